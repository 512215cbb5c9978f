"""Start-up: a command imports only what it runs, so `newsclaims quotes` over a few files starts fast.

The package exports its public names lazily (PEP 562); these tests pin that the quotes command,
run on plain text, loads no markup parser, no fact-check reader, no corpus merge and no
multiprocessing, and that every public name still imports the usual ways.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import newsclaims

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_c839cbb831798b6b.txt"

# Run the quotes command in a fresh interpreter, then list the modules it imported (on stderr).
_RUN_QUOTES = """
import json, sys
from newsclaims.cli import main
sys.argv = ["newsclaims", "quotes", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""

NOT_FOR_QUOTES = (
    "concurrent.futures.process",
    "multiprocessing",
    "lxml",
    "newsclaims.extract.corpus",
    "newsclaims.lint",
    "newsclaims.model.corpus",
    "newsclaims.model.review",
    "newsclaims.parsers.claimreview",
    "newsclaims.parsers.html",
    "newsclaims.parsers.verdicts",
    "newsclaims.serialize.jsonld",
    "newsclaims.schema",
)


def test_quotes_on_plain_text_imports_only_what_it_runs() -> None:
    done = subprocess.run([sys.executable, "-c", _RUN_QUOTES, str(SEED)], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)["quotes"], "the command printed no quotes"
    loaded = set(json.loads(done.stderr.splitlines()[-1]))
    assert "newsclaims.extract.quotes" in loaded
    assert sorted(name for name in NOT_FOR_QUOTES if name in loaded) == []


def test_every_public_name_imports_with_from() -> None:
    for name in newsclaims.__all__:
        namespace: dict[str, object] = {}
        exec(f"from newsclaims import {name}", namespace)
        assert namespace[name] is getattr(newsclaims, name)


def test_dir_lists_the_public_api() -> None:
    assert set(newsclaims.__all__) <= set(dir(newsclaims))


def test_an_unknown_name_is_an_attribute_error() -> None:
    assert not hasattr(newsclaims, "no_such_name")


def test_a_subpackage_is_an_attribute_after_a_bare_import() -> None:
    code = "import newsclaims; print(newsclaims.model.Article.__name__, newsclaims.schema.SCHEMA_VERSION)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["Article", newsclaims.SCHEMA_VERSION]
