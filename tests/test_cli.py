"""The ``newsclaims`` command, through Typer's CliRunner; outputs are read as JSON, not matched as strings."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import newsclaims
import newsclaims.cli
from newsclaims.cli import app
from newsclaims.errors import InputError

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
runner = CliRunner()

COMMANDS = ["parse", "quotes", "jsonld", "claimreview", "validate", "reviews", "schema", "ninjs"]

# A ClaimReview written for these tests, with every field Google's profile asks for.
GOOD_REVIEW: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://factcheck.example/reviews/1",
    "claimReviewed": "Unemployment fell to 3 percent last year.",
    "author": {"@type": "Organization", "name": "Example Fact Check", "url": "https://factcheck.example"},
    "datePublished": "2026-11-24",
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Minister"}},
    "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},
}


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def _seed_text(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def test_version_names_library_and_schema_versions() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert newsclaims.__version__ in result.stdout
    assert newsclaims.SCHEMA_VERSION in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_shows_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"Example: newsclaims {command}" in result.stdout


def test_schema_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == newsclaims.json_schema()


def test_quotes_prints_one_line_per_input_in_order() -> None:
    result = runner.invoke(app, ["quotes", *map(str, reversed(SEEDS))])
    assert result.exit_code == 0, result.stderr
    lines = _lines(result.stdout)
    assert [line["source"] for line in lines] == [str(p) for p in reversed(SEEDS)]
    assert [line["text"] for line in lines] == [_seed_text(p) for p in reversed(SEEDS)]
    assert all(isinstance(line["quotes"], list) for line in lines)


def test_parse_one_file_prints_its_article() -> None:
    result = runner.invoke(app, ["parse", str(SEEDS[0])])
    assert result.exit_code == 0, result.stderr
    article = newsclaims.Article.model_validate_json(result.stdout)
    assert article.text == _seed_text(SEEDS[0])
    assert article.schema_version == newsclaims.SCHEMA_VERSION


def test_parse_several_files_prints_their_corpus() -> None:
    result = runner.invoke(app, ["parse", *map(str, SEEDS)])
    assert result.exit_code == 0, result.stderr
    corpus = newsclaims.Corpus.model_validate_json(result.stdout)
    assert [a.text for a in corpus.articles] == [_seed_text(p) for p in SEEDS]


def test_parse_reads_stdin() -> None:
    text = _seed_text(SEEDS[1])
    result = runner.invoke(app, ["parse", "-"], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert newsclaims.Article.model_validate_json(result.stdout).text.strip() == text.strip()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parse_directory_as_json_lines_in_order_with_summary(jobs: str) -> None:
    result = runner.invoke(app, ["parse", str(REPO / "seeds"), "--jsonl", "--jobs", jobs])
    assert result.exit_code == 0, result.stderr
    articles = [newsclaims.Article.model_validate(line) for line in _lines(result.stdout)]
    assert [a.text for a in articles] == [_seed_text(p) for p in SEEDS]
    # Not a terminal: no progress bar, but the summary line.
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "2 of 2 files" in result.stderr


def test_quiet_prints_no_summary() -> None:
    result = runner.invoke(app, ["parse", *map(str, SEEDS), "--jsonl", "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(_lines(result.stdout)) == len(SEEDS)


def test_parse_out_dir_writes_one_file_per_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["parse", *map(str, SEEDS), "--out-dir", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = sorted(out.iterdir())
    assert [p.name for p in written] == [p.with_suffix(".json").name for p in SEEDS]
    texts = [newsclaims.Article.model_validate_json(p.read_text(encoding="utf-8")).text for p in written]
    assert texts == [_seed_text(p) for p in SEEDS]


def test_output_file_is_written_instead_of_stdout(tmp_path: Path) -> None:
    target = tmp_path / "quotes.jsonl"
    result = runner.invoke(app, ["quotes", *map(str, SEEDS), "-o", str(target), "-q"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(_lines(target.read_text(encoding="utf-8"))) == len(SEEDS)


def test_output_and_out_dir_together_are_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(SEEDS[0]), "-o", str(tmp_path / "a"), "--out-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "either --output or --out-dir" in result.stderr


def test_missing_input_is_one_line_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["parse", str(missing)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(missing) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_file_is_reported_and_the_others_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsclaims.cli.load_article
    bad = str(SEEDS[0])

    def flaky(name: str) -> Any:
        if name == bad:
            raise InputError("broken markup at line 3", source=name)
        return real(name)

    monkeypatch.setattr(newsclaims.cli, "load_article", flaky)
    result = runner.invoke(app, ["parse", *map(str, SEEDS), "--jsonl"])
    assert result.exit_code == 1
    assert [line["text"] for line in _lines(result.stdout)] == [_seed_text(SEEDS[1])]
    assert f"{bad}: broken markup at line 3" in result.stderr
    assert "1 failed" in result.stderr


def test_unexpected_error_asks_for_debug_and_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> Any:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(newsclaims.cli, "load_article", broken)
    quiet = runner.invoke(app, ["parse", str(SEEDS[0])])
    assert quiet.exit_code == 1
    assert "--debug" in quiet.stderr
    assert "Traceback" not in quiet.stderr
    loud = runner.invoke(app, ["parse", str(SEEDS[0]), "--debug"])
    assert loud.exit_code == 1
    assert "Traceback" in loud.stderr


def test_validate_passes_a_good_review_and_fails_one_without_url(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonld"
    good.write_text(json.dumps(GOOD_REVIEW), encoding="utf-8")
    bad = tmp_path / "bad.jsonld"
    bad.write_text(json.dumps({k: v for k, v in GOOD_REVIEW.items() if k != "url"}), encoding="utf-8")
    passed = runner.invoke(app, ["validate", str(good), "--json"])
    assert passed.exit_code == 0, passed.stdout + passed.stderr
    assert _lines(passed.stdout)[0]["valid"] is True
    failed = runner.invoke(app, ["validate", str(good), str(bad), "--json"])
    assert failed.exit_code == 1
    records = _lines(failed.stdout)
    assert [r["source"] for r in records] == [str(good), str(bad)]
    assert records[1]["valid"] is False
    assert any(
        issue["severity"] == "error" and "url" in issue["path"] + issue["message"] for issue in records[1]["issues"]
    )


def test_reviews_prints_a_record_per_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    script = json.dumps(GOOD_REVIEW)
    page.write_text(f'<html><script type="application/ld+json">{script}</script></html>', encoding="utf-8")
    empty = tmp_path / "empty.json"
    empty.write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["reviews", str(page), str(empty)])
    assert result.exit_code == 0, result.stderr
    first, second = _lines(result.stdout)
    assert first["source"] == str(page)
    assert [r["claimreview"]["claimReviewed"] for r in first["reviews"]] == [GOOD_REVIEW["claimReviewed"]]
    assert first["reviews"][0]["verdict"] == "false"
    assert second["reviews"] == []


def test_claimreview_without_a_verdict_says_what_to_give() -> None:
    result = runner.invoke(app, ["claimreview", str(SEEDS[0])])
    assert result.exit_code == 1
    assert "--verdicts FILE" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonld_prints_a_schema_org_document() -> None:
    result = runner.invoke(app, ["jsonld", *map(str, SEEDS)])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["@context"] == "https://schema.org"
    types = {node.get("@type") for node in document["@graph"]}
    assert "NewsArticle" in types


def test_claimreview_with_a_verdict_from_options_passes_the_lint(tmp_path: Path) -> None:
    corpus = newsclaims.Corpus.model_validate_json(runner.invoke(app, ["parse", *map(str, SEEDS)]).stdout)
    if not corpus.claims:
        pytest.skip("the seeds yield no claims yet")
    claim = corpus.claims[0]
    options = ["--claim", claim.id, "--rating", "Mostly false", "--reviewer", "Example Fact Check"]
    options += ["--reviewer-url", "https://factcheck.example", "--url", "https://factcheck.example/r/1"]
    result = runner.invoke(app, ["claimreview", *map(str, SEEDS), *options])
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "review.jsonld"
    out.write_text(result.stdout, encoding="utf-8")
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


def test_claimreview_with_a_verdict_on_no_claim_writes_nothing_and_fails(tmp_path: Path) -> None:
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(
        json.dumps(
            {
                "reviewer": {"name": "Example Fact Check", "url": "https://factcheck.example"},
                "verdicts": [
                    {
                        "claim": "The moon is made of green cheese, said nobody.",
                        "rating": "False",
                        "url": "https://factcheck.example/r/2",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "reviews.jsonld"
    result = runner.invoke(app, ["claimreview", *map(str, SEEDS), "--verdicts", str(verdicts), "-o", str(out)])
    assert result.exit_code == 1
    assert "no verdict names a claim" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_ninjs_prints_one_document_per_input() -> None:
    result = runner.invoke(app, ["ninjs", *map(str, SEEDS)])
    assert result.exit_code == 0, result.stderr
    documents = _lines(result.stdout)
    assert len(documents) == len(SEEDS)
    assert all("uri" in document for document in documents)


class _Terminal:
    """A stand-in for stderr on a terminal."""

    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("tty", "quiet", "total", "shown"),
    [(True, False, 2, True), (False, False, 2, False), (True, True, 2, False), (True, False, 1, False)],
)
def test_progress_bar_only_on_a_terminal_for_several_inputs_unless_quiet(
    monkeypatch: pytest.MonkeyPatch, tty: bool, quiet: bool, total: int, shown: bool
) -> None:
    monkeypatch.setattr(newsclaims.cli.sys, "stderr", _Terminal(tty))
    assert newsclaims.cli._show_progress(quiet, total) is shown


@pytest.fixture
def fake_api(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, Callable[..., Any]], None]:
    """Stand in for a public function, to test the command's wiring whatever the serialiser writes."""

    def install(name: str, function: Callable[..., Any]) -> None:
        monkeypatch.setattr(newsclaims, name, function)

    return install


def test_jsonld_passes_an_article_for_one_input_and_a_corpus_for_several(
    fake_api: Callable[[str, Callable[..., Any]], None],
) -> None:
    fake_api("to_jsonld", lambda document: {"@type": type(document).__name__, "id": document.id})
    one = runner.invoke(app, ["jsonld", str(SEEDS[0])])
    several = runner.invoke(app, ["jsonld", *map(str, SEEDS), "-q"])
    assert one.exit_code == 0, one.stderr
    assert json.loads(one.stdout)["@type"] == "Article"
    assert several.exit_code == 0, several.stderr
    assert json.loads(several.stdout)["@type"] == "Corpus"


def test_claimreview_options_become_one_verdict_for_the_serialiser(
    fake_api: Callable[[str, Callable[..., Any]], None],
) -> None:
    seen: dict[str, Any] = {}

    def to_claimreviews(corpus: Any, verdicts: Any) -> list[dict[str, Any]]:
        seen["corpus"], seen["verdicts"] = corpus, verdicts
        return [{"@type": "ClaimReview"}]

    fake_api("to_claimreviews", to_claimreviews)
    options = ["--claim", "Some claim.", "--rating", "Falso", "--reviewer", "Example Fact Check"]
    options += ["--url", "https://factcheck.example/r/1"]
    result = runner.invoke(app, ["claimreview", *map(str, SEEDS), *options, "-q"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == [{"@type": "ClaimReview"}]
    assert len(seen["corpus"].articles) == len(SEEDS)
    (entry,) = seen["verdicts"].entries
    assert (entry.claim_text, entry.rating.alternate_name) == ("Some claim.", "Falso")
    assert entry.author_name == "Example Fact Check"
    assert entry.url == "https://factcheck.example/r/1"
    assert entry.rating.verdict == "false"


def test_ninjs_out_dir_writes_one_file_per_input(
    fake_api: Callable[[str, Callable[..., Any]], None], tmp_path: Path
) -> None:
    fake_api("to_ninjs", lambda article: {"uri": article.id, "type": "text"})
    result = runner.invoke(app, ["ninjs", *map(str, SEEDS), "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    written = sorted(tmp_path.iterdir())
    assert [p.name for p in written] == [f"{p.stem}.ninjs.json" for p in SEEDS]
    assert all(json.loads(p.read_text(encoding="utf-8"))["uri"].startswith("article_") for p in written)


def test_a_verdict_on_no_claim_is_one_warning_line_and_the_others_are_written(tmp_path: Path) -> None:
    example = json.loads((REPO / "examples" / "verdicts.json").read_text(encoding="utf-8"))
    stray = {"claim": "The moon is made of green cheese, said nobody.", "rating": "False"}
    example["verdicts"].append(stray)
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(json.dumps(example), encoding="utf-8")
    result = runner.invoke(app, ["claimreview", *map(str, SEEDS), "--verdicts", str(verdicts)])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("newsclaims: warning:")]
    assert len(warnings) == 1
    assert "green cheese" in warnings[0] or "verdict 2" in warnings[0]
    assert "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)) == 1
