"""The public API is what ``newsclaims.__all__`` lists: pinned, so nothing leaves or arrives by accident."""

import subprocess
import sys

import newsclaims

# Changing this set is a change of the public API: say so in the changelog and the version.
PUBLIC = {
    "SCHEMA_VERSION", "__version__",
    # model
    "Actor", "Appearance", "Article", "Claim", "ClaimReview", "Corpus", "Mention", "Organization", "Quote",
    "Rating", "Span", "merge_extra",
    # errors and warnings
    "InputError", "LenientReadWarning", "NewsclaimsError", "NewsclaimsWarning", "SchemaVersionError",
    "UnsafeInputError", "UnsupportedFormatError",
    # schema
    "json_schema", "migrate",
    # parsing and extraction
    "Gazetteer", "GazetteerEntry", "MatchSettings", "Parsed", "merge_articles", "parse", "parse_corpus",
    "parse_html", "parse_newsml", "parse_nitf", "parse_ninjs", "parse_text", "sniff",
    # fact-checks: reading, verdicts, lint
    "LintIssue", "ReviewReading", "VerdictEntry", "VerdictMatches", "VerdictsFile", "claimreview_jsonld", "has_errors",
    "lint_claimreview", "load_verdicts", "make_rating", "normalize_verdict", "read_claimreviews", "review_verdict",
    # serialising
    "from_jsonld", "match_verdicts", "to_citron", "to_claimreview", "to_claimreviews", "to_factcheck", "to_jsonld",
    "to_ninjs",
}  # fmt: skip


def test_all_is_the_pinned_public_api() -> None:
    assert set(newsclaims.__all__) == PUBLIC
    assert len(newsclaims.__all__) == len(PUBLIC), "a name is listed twice in __all__"


def test_every_public_name_resolves() -> None:
    missing = [name for name in newsclaims.__all__ if not hasattr(newsclaims, name)]
    assert missing == []


def test_errors_share_one_base() -> None:
    errors = [getattr(newsclaims, n) for n in newsclaims.__all__ if n.endswith("Error")]
    assert errors
    assert all(issubclass(e, newsclaims.NewsclaimsError) for e in errors)


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert newsclaims.SCHEMA_VERSION in done.stdout
