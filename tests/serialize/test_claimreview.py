"""Verdicts -> ClaimReview markup: matched to their claims, linted, expanded, and lossless for real reviews."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import newsclaims
from newsclaims.errors import NewsclaimsWarning
from newsclaims.lint import has_errors, lint_claimreview
from newsclaims.model import Actor, Claim, ClaimReview, Corpus, Organization
from newsclaims.parsers.claimreview import find_review_nodes, read_claimreviews, review_from_jsonld
from newsclaims.parsers.jsonld_blocks import normalize_date
from newsclaims.parsers.verdicts import load_verdicts, parse_verdicts
from newsclaims.serialize.claimreview import claimreview_jsonld, match_verdicts, to_claimreview, to_claimreviews
from newsclaims.serialize.jsonld import node_id
from newsclaims.testing import claim_reviews, corpora

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
EXAMPLES = REPO / "examples"
MAIN_CLAIM = "Russia will provide security assistance to Belarus at its request"
REVIEWER = {"name": "Example Fact Check", "url": "https://factcheck.example"}


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return newsclaims.parse_corpus(SEEDS)


def _verdicts(*rows: dict[str, Any]) -> Any:
    return parse_verdicts(json.dumps({"reviewer": REVIEWER, "verdicts": list(rows)}))


def _reports(claim: Claim) -> int:
    return len({appearance.article for appearance in claim.appearances})


def _reviews(document: Corpus, verdicts: Any) -> Any:
    """to_claimreviews, typed loosely for the assertions below."""
    return to_claimreviews(document, verdicts)


def test_the_example_verdicts_files_say_the_same_and_name_the_main_claim() -> None:
    from_json, from_csv = load_verdicts(EXAMPLES / "verdicts.json"), load_verdicts(EXAMPLES / "verdicts.csv")
    assert from_json.warnings == from_csv.warnings == ()
    assert from_json.entries == from_csv.entries
    (entry,) = from_json.entries
    assert entry.claim_id is None  # keyed by text, so it stays valid when ids change
    assert entry.claim_text == MAIN_CLAIM
    assert entry.rating.verdict == "mostly_true"
    assert entry.url is not None
    assert entry.author_name == REVIEWER["name"]


def test_the_example_verdicts_review_the_seeds_main_shared_claim(seeds: Corpus, ld: Any, terms_table: Any) -> None:
    verdicts = load_verdicts(EXAMPLES / "verdicts.json")
    matches = match_verdicts(seeds, verdicts)
    if not matches.reviews:
        pytest.skip(f"parse_corpus finds no claim of the seeds matching {MAIN_CLAIM!r} yet: {matches.unmatched}")
    ((claim, _),) = matches.reviews
    if _reports(claim) < 2:
        pytest.skip(f"the claim matching {MAIN_CLAIM!r} is found in one seed only: parse_corpus does not merge it yet")
    claimant = next(actor for actor in seeds.actors if actor.id == claim.claimant)
    assert claimant.name == "Alexander Lukashenko"
    markup = _reviews(seeds, verdicts)
    issues = lint_claimreview(markup)
    assert not has_errors(issues), [str(issue) for issue in issues]
    assert ld.term_problems(ld.expand(markup), terms_table) == []
    (review,) = markup
    assert review["claimReviewed"] == MAIN_CLAIM
    item = review["itemReviewed"]
    assert [work["@id"] for work in item["appearance"]] == [node_id(article.id) for article in seeds.articles]
    assert item["firstAppearance"] == item["appearance"][0]
    assert item["author"] == {"@type": "Person", "name": "Alexander Lukashenko"}


def test_a_shared_claim_of_the_seeds_gets_a_review_the_lint_passes(seeds: Corpus, ld: Any, terms_table: Any) -> None:
    shared = [claim for claim in seeds.claims if _reports(claim) >= 2]
    if not shared:
        pytest.skip("parse_corpus finds no claim shared by both seeds yet")
    claim = shared[0]
    rows = {"claim": claim.text, "rating": "Mostly false", "url": "https://factcheck.example/r/1"}
    markup = _reviews(seeds, _verdicts(rows))
    (review,) = markup
    issues = lint_claimreview(markup)
    assert not has_errors(issues), [str(issue) for issue in issues]
    expanded = ld.expand(markup)
    assert ld.term_problems(expanded, terms_table) == []
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["@id"] == node_id(claim.id)
    where = list(dict.fromkeys(appearance.article for appearance in claim.appearances))
    assert [work["@id"] for work in item["appearance"]] == [node_id(article) for article in where]
    assert item["firstAppearance"] == item["appearance"][0]
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["author"] == {"@type": "Organization", **REVIEWER}
    entities: list[Actor | Organization] = [*seeds.actors, *seeds.organizations]
    claimant = next((e for e in entities if e.id == claim.claimant), None)
    if claimant is not None:
        assert item["author"] == {"@type": claimant.type, "name": claimant.name}


def test_verdicts_match_by_id_by_text_and_by_wording_in_the_files_order(rich: Corpus) -> None:
    claim = rich.claims[0]
    by_id = {"claim": claim.id, "rating": "True", "url": "https://factcheck.example/r/1"}
    by_text = {"claim": "  RUSSIA will provide  assistance to Belarus at its request", "rating": "Falso"}
    by_wording = {"claim": MAIN_CLAIM, "rating": "Misleading", "url": "https://factcheck.example/r/3"}
    matches = match_verdicts(rich, _verdicts(by_wording, by_id, by_text))
    assert matches.unmatched == ()
    matched = matches.reviews
    assert [review.rating.alternate_name for _, review in matched if review.rating] == ["Misleading", "True", "Falso"]
    assert all(found == claim for found, _ in matched)
    # The fact-checker's wording is the claim reviewed; by id, the claim's own text.
    assert [review.claim_reviewed for _, review in matched] == [MAIN_CLAIM, claim.text, by_text["claim"].strip()]
    first = matched[0][1]
    assert first.claim == claim.id
    assert first.claim_author == "Alexander Lukashenko"
    assert first.claim_date == rich.articles[0].date_published
    assert first.claim_appearances == ("https://news.example/minsk",)


def test_a_verdict_on_no_claim_is_left_out_and_listed(rich: Corpus) -> None:
    unknown = {"claim": "The moon is made of cheese and nobody checks it", "rating": "False"}
    known = {"claim": rich.claims[0].id, "rating": "True"}
    with pytest.warns(NewsclaimsWarning, match="names no claim"):
        assert to_claimreviews(rich, _verdicts(unknown)) == []
    matches = match_verdicts(rich, _verdicts(unknown, known))
    assert [claim.id for claim, _ in matches.reviews] == [rich.claims[0].id]
    (line,) = matches.unmatched
    assert line.startswith("verdict 1 ('The moon")
    assert "names no claim" in line


def test_an_ambiguous_wording_matches_no_claim(rich: Corpus) -> None:
    twin = rich.claims[0].model_copy(update={"text": "Russia will provide assistance at the request of Belarus"})
    ambiguous = rich.model_copy(
        update={"claims": (rich.claims[0], twin.model_copy(update={"id": "claim_" + "1" * 16}))}
    )
    matches = match_verdicts(ambiguous, _verdicts({"claim": MAIN_CLAIM, "rating": "False"}))
    assert matches.reviews == ()
    assert len(matches.unmatched) == 1


def test_the_published_markup_wins_over_what_the_corpus_adds(rich: Corpus) -> None:
    claimant = {"@type": "Person", "name": "A. Lukashenko", "jobTitle": "President"}
    review = rich.reviews[0].model_copy(update={"extra": {"itemReviewed": {"author": claimant, "name": "Minsk"}}})
    markup = to_claimreview(rich.claims[0], review, corpus=rich)
    item = markup["itemReviewed"]
    assert isinstance(item, dict)
    assert item["author"] == {**claimant}
    assert item["name"] == "Minsk"
    assert item["appearance"][0]["@id"] == node_id(rich.articles[0].id)  # type: ignore[index,call-overload]


def test_a_published_id_of_the_claim_is_not_doubled(rich: Corpus, ld: Any) -> None:
    review = rich.reviews[0].model_copy(update={"extra": {"itemReviewed": {"id": "https://fc.example/claims/7"}}})
    markup = to_claimreview(rich.claims[0], review, corpus=rich)
    item = markup["itemReviewed"]
    assert isinstance(item, dict)
    assert "@id" not in item
    assert item["id"] == "https://fc.example/claims/7"
    assert ld.expand(markup)


def test_a_published_list_of_reviewed_items_is_kept_as_published(rich: Corpus) -> None:
    """Which item of a published list is newsclaims' claim is not guessed: the list is not linked."""
    items: list[Any] = [{"@type": "Claim", "name": "first"}, {"@type": "Claim", "name": "second"}]
    review = rich.reviews[0].model_copy(update={"extra": {"itemReviewed": items}})
    markup = to_claimreview(rich.claims[0], review, corpus=rich)
    assert markup == claimreview_jsonld(review)
    written: Any = markup["itemReviewed"]
    first, second = written
    assert first["name"] == "first"
    assert "@id" not in first
    assert second == items[1]


@settings(max_examples=15)
@given(corpus=corpora())
def test_a_verdict_on_every_claim_id_gives_one_review_each_that_expands(corpus: Corpus, ld: Any) -> None:
    rows = [{"claim": c.id, "rating": "False", "url": f"https://fc.example/{c.id}"} for c in corpus.claims]
    markup = _reviews(corpus, _verdicts(*rows))
    assert [review["itemReviewed"]["@id"] for review in markup] == [node_id(c.id) for c in corpus.claims]
    for review in markup:
        assert ld.dropped_terms(review, ld.expand(review)) == set()


def test_without_a_claim_the_markup_is_the_reviews_own(rich: Corpus) -> None:
    review = rich.reviews[0]
    assert to_claimreview(None, review) == claimreview_jsonld(review)


@given(review=claim_reviews())
def test_a_review_written_with_its_claim_reads_back_the_same(review: ClaimReview, ld: Any) -> None:
    corpus = ld.rich_corpus()
    plain = review.model_copy(update={"extra": {}, "claim_appearances": ()})
    again, _ = review_from_jsonld(to_claimreview(corpus.claims[0], plain, corpus=corpus))
    assert again is not None
    fields = ("claim_reviewed", "url", "author_name", "author_url", "date_published", "claim_date", "language")
    assert {name: getattr(again, name) for name in fields} == {name: getattr(plain, name) for name in fields}
    # Appearance urls are the reports' own (the second report has none).
    assert again.claim_appearances == tuple(a.url for a in corpus.articles if a.url is not None)


# --- real reviews: read -> model -> to_claimreview keeps every schema.org field -------------------


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _leaves(item, f"{path}/{key}").items()}
    if isinstance(value, list):
        return {k: v for index, item in enumerate(value) for k, v in _leaves(item, f"{path}[{index}]").items()}
    return {path: value}


def _same(path: str, published: Any, written: Any) -> bool:
    """Equal up to what the reader promises: numbers as numbers, dates in ISO 8601, one context, one type."""
    if published == written:
        return True
    if path.endswith(("ratingValue", "bestRating", "worstRating")) and isinstance(published, str):
        return bool(float(published) == written)
    if path.endswith("datePublished") and isinstance(published, str):
        return bool(normalize_date(published) == written)
    if path == "/@context":
        return bool(str(published).rstrip("/").replace("http:", "https:") == written)
    return path.startswith("/@type") and written == "ClaimReview"


def test_the_real_reviews_of_the_pages_keep_every_field(shared_dir: Path, ld: Any) -> None:
    pages = shared_dir / "interop" / "claimreview" / "pages"
    if not pages.is_dir():
        pytest.skip("../shared/interop/claimreview/pages is not present")
    distinct: dict[str, Any] = {}
    for page in sorted(pages.iterdir()):
        data = page.read_bytes()
        reading = read_claimreviews(data, source=page.name)
        nodes = {found.path: found.node for found in find_review_nodes(data)}
        for review, path in zip(reading.reviews, reading.paths, strict=True):
            published = nodes[path]
            written = to_claimreview(None, review)
            before, after = _leaves(published), _leaves(written)
            lost = [p for p in before if p not in after and not (p.startswith("/@type") and "/@type" in after)]
            assert lost == [], page.name
            changed = [p for p in before if p in after and not _same(p, before[p], after[p])]
            assert changed == [], page.name
            assert ld.dropped_terms(written, ld.expand(written)) == set(), page.name
            if not path.startswith("api:"):  # a Fact Check Tools API answer is not a page's markup
                distinct[review.id] = written
    assert len(distinct) == 15
