"""Reading ClaimReview markup: real fact-checkers' pages, dirty fixtures, round trips.

The real pages are read from ../shared/interop/claimreview (skipped when absent); the
dirty fixtures below are written by us after the faults the shared README lists.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.model import ClaimReview
from newsclaims.parsers.claimreview import find_review_nodes, read_claimreviews, review_from_jsonld, review_verdict
from newsclaims.parsers.jsonld_blocks import normalize_date
from newsclaims.serialize.claimreview import claimreview_jsonld
from newsclaims.testing import claim_reviews, json_values

CLAIMREVIEW_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "interop" / "claimreview"


def _shared(name: str) -> Path:
    path = CLAIMREVIEW_DIR / name
    if not path.exists():
        pytest.skip("../shared is not present")
    return path


def _jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in _shared(name).read_text(encoding="utf-8").splitlines() if line.strip()]


# Verdicts read by us from each page's alternateName (not from the code's output).
EXPECTED_PAGE_VERDICTS = {
    "aajtak_india_today_raw.json": ["false"],  # "False"
    "afp_checamos_raw.json": ["false"],  # "Falso" (pt)
    "afp_factual_raw.json": ["mostly_false"],  # "Engañoso" (es): misleading
    "afp_raw.json": ["false"],  # "False"
    "africa_check_raw.json": ["false"],  # "Incorrect"
    "africa_check_raw_old.json": ["false"],  # "Incorrect \r"
    "boom_live_raw.html": ["false"],  # "False"
    "data_commons_raw.json": ["false"],  # "Reker hat diesen Satz nie gesagt ..." (de): never said
    "estadao_raw.json": ["false"],  # "Falso"
    "fact_check_cite_raw.json": ["other"],  # a sentence of findings, ratingValue "": no verdict
    "india_today_mixed_ld_json_types.json": ["mixed"],  # "Half true"
    "india_today_raw.json": ["mostly_false"],  # "Mostly false"
    "lupa_raw.json": ["false"],  # "Falso"
    "tfc_taiwan_raw.json": ["false"],  # "錯誤" (zh): wrong
    "vishvas_news_raw.json": ["false"],  # "False"
    "google_fact_check_raw.json": ["false"],  # Fact Check Tools API answer, textualRating "False"
}

# claimreview-collector's test cases, in file order.
EXPECTED_COLLECTOR_VERDICTS = [
    "false",  # "Falso", 5 on an inverted 1 (best) .. 5 (worst) scale
    "mixed",  # "Mixto", 3 of 1..5
    "other",  # "Not really, charts say", degenerate -1/-1/-1 scale
    "mixed",  # "C'est plus compliqué", 1 of 0..2
    "false",  # "FAUX", 0 of 0..2
    "false",  # "Falsk", degenerate 1/1/1 scale
]


def test_every_claimreview_in_the_saved_pages_is_found_and_its_verdict_normalised() -> None:
    pages = _shared("pages")
    expected_counts = Counter(Path(row["source_path"]).name for row in _jsonl("meedan_newspeek_claimreviews.jsonl"))
    assert sum(expected_counts.values()) == 15
    found: dict[str, list[str]] = {}
    for path in sorted(pages.iterdir()):
        reading = read_claimreviews(path.read_bytes(), source=path.name)
        if reading.reviews:
            found[path.name] = [review_verdict(review) for review in reading.reviews]
        if path.name in expected_counts:
            assert len(reading.reviews) == expected_counts[path.name], path.name
    assert found == EXPECTED_PAGE_VERDICTS


def test_reviews_read_from_pages_match_the_extracted_objects() -> None:
    pages = _shared("pages")
    for row in _jsonl("meedan_newspeek_claimreviews.jsonl"):
        reading = read_claimreviews((pages / Path(row["source_path"]).name).read_bytes())
        expected, _ = review_from_jsonld(row["claimreview"], context=row["effective_context"])
        assert expected is not None
        assert expected in reading.reviews, row["source_path"]


def test_collector_test_cases_are_all_read() -> None:
    rows = _jsonl("claimreview_collector_tests.jsonl")
    verdicts = []
    for row in rows:
        reading = read_claimreviews(json.dumps(row["claimreview"]))
        assert len(reading.reviews) == 1, row["var"]
        verdicts.append(review_verdict(reading.reviews[0]))
    assert verdicts == EXPECTED_COLLECTOR_VERDICTS


def test_collector_dates_and_scales_are_normalised() -> None:
    rows = {row["var"]: row["claimreview"] for row in _jsonl("claimreview_collector_tests.jsonl")}
    inverted, warnings = review_from_jsonld(rows["cr_1"])
    assert inverted is not None
    assert inverted.rating is not None
    assert (inverted.rating.value, inverted.rating.best, inverted.rating.worst) == (5.0, 1.0, 5.0)
    assert inverted.date_published == "2020-10-07T20:05"
    assert any("inverted" in warning for warning in warnings)
    utc, _ = review_from_jsonld(rows["cr_3"])
    assert utc is not None
    assert utc.date_published == "2017-03-01T20:30:17Z"
    offset, _ = review_from_jsonld(rows["cr_6"])
    assert offset is not None
    assert offset.date_published == "2019-01-23T14:22:00+01:00"
    assert offset.author_name == "TjekDet"
    assert offset.extra["author"] == {
        "@type": "Person",
        "sameAs": [
            "https://twitter.com/TjekDet",
            "https://www.facebook.com/tjekdetdk",
            "https://www.linkedin.com/company/tjekdet",
            "https://www.instagram.com/tjekdet/",
        ],
    }


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        return {leaf: item for key, child in value.items() for leaf, item in _leaves(child, f"{path}/{key}").items()}
    if isinstance(value, list):
        return {
            leaf: item for index, child in enumerate(value) for leaf, item in _leaves(child, f"{path}[{index}]").items()
        }
    return {path: value}


def _published_equal(path: str, published: Any, written: Any) -> bool:
    """Whether a written value is the published one, up to the normalisations we promise."""
    if published == written:
        return True
    if path.endswith(("ratingValue", "bestRating", "worstRating")):
        return isinstance(published, str) and float(published) == written
    if path.endswith("datePublished"):
        return isinstance(published, str) and normalize_date(published) == written
    if path == "/@context":
        return published in ("http://schema.org", "https://schema.org", "http://schema.org/")
    return path == "/@type[0]" and written == "ClaimReview"


@pytest.mark.parametrize("name", ["meedan_newspeek_claimreviews.jsonl", "claimreview_collector_tests.jsonl"])
def test_real_claimreview_to_model_to_claimreview_keeps_every_field(name: str) -> None:
    for row in _jsonl(name):
        published = row["claimreview"]
        review, _ = review_from_jsonld(published)
        assert review is not None
        written = claimreview_jsonld(review)
        before, after = _leaves(published), _leaves(written)
        lost = [path for path in before if path not in after and not (path == "/@type[0]" and "/@type" in after)]
        assert lost == [], row.get("source_path", row.get("var"))
        changed = [path for path in before if path in after and not _published_equal(path, before[path], after[path])]
        assert changed == [], row.get("source_path", row.get("var"))
        assert written["@context"] == "https://schema.org"
        assert written["@type"] == "ClaimReview"
        again, _ = review_from_jsonld(written)
        assert again == review


# --- dirty markup, written by us ------------------------------------------------------------------

DIRTY_PAGE = """<!DOCTYPE html><html lang="pt-BR"><head>
<link rel="canonical" href="https://checagem.example/2024/01/ponte">
<script type="application/ld+json">
<!--
{"@context": "https://schema.org", "@type": "WebSite", "url": "https://checagem.example/",}
-->
</script>
<script type='application/ld+json'>//<![CDATA[
{"@context": "http://schema.org/", "@type": "claimreview",
 "claimReviewed": "A ponte foi\u0007 inaugurada em 2019",
 "url": "https://checagem.example/2024/01/ponte",
 "datePublished": "2024-01-05 10:30",
 "author": [{"@type": "Organization", "name": "Checagem", "url": "https://checagem.example", "id": "org-7"},
            {"@type": "Person", "name": "Ana Souza"}],
 "publisher": {"@type": "Organization", "name": "Checagem", "trackingCode": "X-42"},
 "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "worstRating": "1",
                  "alternateName": "Falso", "image": "https://checagem.example/falso.png"},
 "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Deputado X", "jobTitle": "Deputado"},
                  "datePublished": "15/01/2024",
                  "appearance": [{"@type": "CreativeWork", "url": "https://social.example/p/1"},],},
}
//]]></script>
<script type="application/ld+json">{"@type": "BreadcrumbList"}{"@type": "ClaimReview", "claimReviewed": "Outra",
 "url": "https://checagem.example/2024/01/outra", "reviewRating": {"alternateName": "Verdadeiro, mas"}}</script>
<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": </script>
</head><body>
<div itemscope itemtype="https://schema.org/ClaimReview">
  <span itemprop="claimReviewed">Terceira alegação</span>
  <link itemprop="url" href="https://checagem.example/2024/01/terceira">
  <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
    <meta itemprop="ratingValue" content="2"><meta itemprop="bestRating" content="5">
    <meta itemprop="worstRating" content="1"><span itemprop="alternateName">Enganoso</span>
  </div>
</div>
</body></html>"""


def test_dirty_page_every_review_is_read_and_the_broken_script_is_a_warning() -> None:
    reading = read_claimreviews(DIRTY_PAGE.encode("utf-8"), source="dirty.html")
    assert [review.claim_reviewed for review in reading.reviews] == [
        "A ponte foi inaugurada em 2019",
        "Outra",
        "Terceira alegação",
    ]
    assert [review_verdict(review) for review in reading.reviews] == ["false", "mostly_true", "mostly_false"]
    assert reading.source == "dirty.html"
    assert any("[3]" in warning and "not readable" in warning for warning in reading.warnings)
    assert any("claimreview" in warning for warning in reading.warnings)


def test_dirty_page_review_keeps_what_the_model_does_not_hold() -> None:
    review = read_claimreviews(DIRTY_PAGE).reviews[0]
    assert review.rating is not None
    assert (review.rating.value, review.rating.best, review.rating.worst) == (1.0, 5.0, 1.0)
    assert review.date_published == "2024-01-05T10:30"
    assert review.claim_date == "2024-01-15"
    assert review.claim_author == "Deputado X"
    assert review.claim_appearances == ("https://social.example/p/1",)
    assert (review.author_name, review.author_url) == ("Checagem", "https://checagem.example")
    assert review.extra["publisher"] == {"@type": "Organization", "name": "Checagem", "trackingCode": "X-42"}
    assert review.extra["author"] == [
        {"@type": "Organization", "id": "org-7"},
        {"@type": "Person", "name": "Ana Souza"},
    ]
    written = claimreview_jsonld(review)
    assert written["author"] == [
        {"@type": "Organization", "name": "Checagem", "url": "https://checagem.example", "id": "org-7"},
        {"@type": "Person", "name": "Ana Souza"},
    ]
    assert written["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Falso",
        "image": "https://checagem.example/falso.png",
    }
    assert written["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Deputado X", "jobTitle": "Deputado"},
        "datePublished": "2024-01-15",
        "appearance": [{"@type": "CreativeWork", "url": "https://social.example/p/1"}],
    }


def test_page_url_comes_from_the_canonical_link() -> None:
    (first, *_) = find_review_nodes(DIRTY_PAGE)
    assert first.page_url == "https://checagem.example/2024/01/ponte"
    assert first.context == "http://schema.org/"


def test_review_without_claim_reviewed_or_alternate_name_is_still_read() -> None:
    node: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": "",
        "name": "Headline of the check",
        "url": "https://check.example/1",
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1},
    }
    review, warnings = review_from_jsonld(node)
    assert review is not None
    assert review.claim_reviewed == "Headline of the check"
    assert review.rating is None
    assert review_verdict(review) == "false"
    assert any("claimReviewed" in warning for warning in warnings)
    written = claimreview_jsonld(review)
    assert written["claimReviewed"] == ""  # written back as published
    assert written["reviewRating"] == node["reviewRating"]


def test_reading_as_a_json_lines_record() -> None:
    reading = read_claimreviews(DIRTY_PAGE, source="dirty.html")
    record = json.loads(json.dumps(reading.as_record()))
    assert record["source"] == "dirty.html"
    assert [item["verdict"] for item in record["reviews"]] == ["false", "mostly_true", "mostly_false"]
    assert record["reviews"][0]["claimreview"]["@type"] == "ClaimReview"
    assert record["reviews"][0]["claimreview"]["publisher"]["trackingCode"] == "X-42"
    assert record["warnings"] == list(reading.warnings)


def test_google_fact_check_api_answer_is_read() -> None:
    answer = {
        "claims": [
            {
                "text": "The bridge opened in 2019",
                "claimant": "Deputy X",
                "claimDate": "2024-01-02T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Checagem", "site": "checagem.example"},
                        "url": "https://checagem.example/2024/01/ponte",
                        "title": "No, the bridge did not open in 2019",
                        "reviewDate": "2024-01-05T10:30:00Z",
                        "textualRating": "Falso",
                        "languageCode": "pt",
                    }
                ],
            }
        ],
        "nextPageToken": "abc",
    }
    (review,) = read_claimreviews(json.dumps(answer)).reviews
    assert review.claim_reviewed == "The bridge opened in 2019"
    assert review.claim_author == "Deputy X"
    assert review.claim_date == "2024-01-02T00:00:00Z"
    assert (review.author_name, review.author_url) == ("Checagem", "https://checagem.example")
    assert review.language == "pt"
    assert review.rating is not None
    assert review.rating.verdict == "false"
    assert review.extra["name"] == "No, the bridge did not open in 2019"


def test_single_object_json_without_context_and_graph_with_nesting() -> None:
    bare = {"@type": "ClaimReview", "claimReviewed": "X", "url": "https://a.example/x"}
    nested = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "WebPage", "mainEntity": {**bare, "claimReviewed": "Y", "url": "https://a.example/y"}}],
    }
    assert [review.claim_reviewed for review in read_claimreviews(json.dumps(bare)).reviews] == ["X"]
    assert [review.claim_reviewed for review in read_claimreviews(json.dumps([nested, bare])).reviews] == ["Y", "X"]


def test_lists_where_single_values_are_expected_are_read_and_kept() -> None:
    node: dict[str, Any] = {
        "@type": ["ClaimReview", "Review"],
        "claimReviewed": ["First wording", "Second wording"],
        "url": ["https://a.example/r", "https://b.example/r"],
        "reviewRating": [{"alternateName": "False"}, {"alternateName": "Falso"}],
        "itemReviewed": [
            {"@type": "Claim", "author": {"@type": "Person", "name": "A"}, "datePublished": "2024-01-02"},
            {"@type": "Claim", "author": {"@type": "Person", "name": "B"}},
        ],
    }
    review, warnings = review_from_jsonld(node)
    assert review is not None
    assert review.claim_reviewed == "First wording"
    assert review.url == "https://a.example/r"
    assert review.rating is not None
    assert review.rating.alternate_name == "False"
    assert (review.claim_author, review.claim_date) == ("A", "2024-01-02")
    assert len(warnings) == 4
    written = claimreview_jsonld(review)
    assert written["@type"] == ["ClaimReview", "Review"]
    assert written["claimReviewed"] == node["claimReviewed"]
    assert written["url"] == node["url"]
    assert written["reviewRating"] == [{"@type": "Rating", "alternateName": "False"}, {"alternateName": "Falso"}]
    assert written["itemReviewed"] == node["itemReviewed"]


def test_duplicate_review_in_jsonld_and_microdata_is_read_once() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "Z", '
        '"url": "https://a.example/z"}</script>'
        '<div itemscope itemtype="http://schema.org/ClaimReview"><span itemprop="claimReviewed">Z</span>'
        '<a itemprop="url" href="https://a.example/z">z</a></div>'
    )
    reading = read_claimreviews(page)
    assert len(reading.reviews) == 1
    assert any("read once" in warning for warning in reading.warnings)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "not a page", "{", "[1, 2, 3]", "<html><body>nothing</body></html>"],
)
def test_inputs_without_reviews_give_an_empty_reading(text: str) -> None:
    reading = read_claimreviews(text)
    assert reading.reviews == ()


def test_claimreview_without_any_text_is_a_warning_not_a_loss() -> None:
    reading = read_claimreviews('[{"@type": "ClaimReview"}, {"@type": "ClaimReview", "claimReviewed": "ok"}]')
    assert [review.claim_reviewed for review in reading.reviews] == ["(claim not stated)", "ok"]
    assert any("placeholder" in warning for warning in reading.warnings)


@given(st.one_of(st.text(), st.binary()))
def test_read_claimreviews_is_total_on_any_text_or_bytes(data: str | bytes) -> None:
    reading = read_claimreviews(data)
    assert isinstance(reading.warnings, tuple)


@given(json_values())
def test_read_claimreviews_is_total_on_any_json_inside_a_claimreview(value: Any) -> None:
    node = {"@type": "ClaimReview", "claimReviewed": value, "reviewRating": value, "itemReviewed": value}
    for key in ("author", "url", "datePublished"):
        node[key] = value
    reading = read_claimreviews(json.dumps(node))
    assert len(reading.reviews) <= 1


@given(claim_reviews())
def test_model_to_jsonld_to_model_keeps_the_schema_org_fields(review: ClaimReview) -> None:
    # Extra keys that name a modelled property would override it on writing; the
    # strategy's extra is arbitrary, so this property checks the fields schema.org carries.
    plain = review.model_copy(update={"extra": {}})
    again, _ = review_from_jsonld(claimreview_jsonld(plain))
    assert again is not None
    fields = ("claim_reviewed", "claim_author", "claim_date", "author_name", "author_url", "url", "date_published")
    assert {name: getattr(again, name) for name in fields} == {name: getattr(plain, name) for name in fields}
    assert again.claim_appearances == tuple(dict.fromkeys(plain.claim_appearances))
    assert again.language == plain.language
    if plain.rating is None:
        assert again.rating is None
    else:
        assert again.rating is not None
        assert again.rating.alternate_name == plain.rating.alternate_name
        assert (again.rating.value, again.rating.best, again.rating.worst) == (
            plain.rating.value,
            plain.rating.best,
            plain.rating.worst,
        )
