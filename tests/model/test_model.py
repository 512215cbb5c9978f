"""The model's promises: immutable, strict, stand-off spans, deterministic ids, exact round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from newsclaims.model import (
    Actor,
    Appearance,
    Article,
    Claim,
    ClaimReview,
    Corpus,
    Mention,
    Organization,
    Quote,
    Rating,
    Span,
)
from newsclaims.model.ids import content_id, spans_id
from newsclaims.testing import actors, articles, claim_reviews, corpora, organizations, ratings

TEXT = "“We agreed,” Lukashenko said."


def test_span_gives_the_covered_words() -> None:
    article = Article(text=TEXT, quotes=(Quote(kind="direct", contents=(Span(start=1, end=10),)),))
    assert article.text_of(article.quotes[0].contents[0]) == "We agreed"


def test_span_past_the_text_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="does not fit"):
        Article(text="short", paragraphs=(Span(start=0, end=6),))


def test_inverted_or_negative_span_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=4)
    with pytest.raises(ValidationError):
        Span(start=-1, end=4)


def test_models_are_frozen_and_reject_unknown_fields() -> None:
    actor = Actor(name="Alexander Lukashenko")
    with pytest.raises(ValidationError):
        actor.name = "Someone else"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Actor.model_validate({"name": "Alexander Lukashenko", "nickname": "Bat'ka"})


def test_reference_to_unknown_entity_is_rejected() -> None:
    stranger = Actor(name="Nobody Here")
    quote = Quote(kind="direct", contents=(Span(start=1, end=10),), speaker=stranger.id)
    with pytest.raises(ValidationError, match="names no actor or organization"):
        Article(text=TEXT, quotes=(quote,))


def test_claim_must_appear_in_its_own_article() -> None:
    claim = Claim(
        text="We agreed", appearances=(Appearance(article="article_0000000000000000", span=Span(start=0, end=1)),)
    )
    with pytest.raises(ValidationError, match="appears in article"):
        Article(text=TEXT, claims=(claim,))


def test_corpus_rejects_appearance_in_missing_article() -> None:
    claim = Claim(
        text="We agreed", appearances=(Appearance(article="article_0000000000000000", span=Span(start=0, end=1)),)
    )
    with pytest.raises(ValidationError, match="not in the corpus"):
        Corpus(claims=(claim,))


def test_ids_come_from_content() -> None:
    assert Actor(name="Vladimir Putin").id == Actor(name="vladimir  putin").id
    assert Actor(name="Vladimir Putin").id != Actor(name="Vladimir Lenin").id
    assert Organization(name="NATO").id.startswith("org_")
    assert Article(text=TEXT).id == Article(text=TEXT).id != Article(text=TEXT + " ").id
    quote = Quote(kind="direct", contents=(Span(start=1, end=10),))
    assert quote.id == Quote(kind="partial", contents=(Span(start=1, end=10),)).id
    assert quote.id != Quote(kind="direct", contents=(Span(start=1, end=11),)).id


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**9))))
def test_spans_id_is_the_content_id_of_the_offsets(spans: list[tuple[int, int]]) -> None:
    assert spans_id("quote", spans) == content_id("quote", spans)


def test_id_given_explicitly_is_kept() -> None:
    assert Actor(name="A", id="actor_0123456789abcdef").id == "actor_0123456789abcdef"
    with pytest.raises(ValidationError):
        Actor(name="A", id="not an id")


def test_first_appearance_is_the_first() -> None:
    article = Article(text=TEXT)
    first = Appearance(article=article.id, span=Span(start=0, end=3))
    later = Appearance(article=article.id, span=Span(start=4, end=8))
    assert Claim(text="x", appearances=(first, later)).first_appearance == first


def test_mention_and_rating_defaults() -> None:
    assert Mention(span=Span(start=0, end=1)).refers_to is None
    assert Rating(alternate_name="False").verdict == "other"
    assert ClaimReview(claim_reviewed="x").extra == {}


@given(articles())
def test_article_round_trips_through_json(article: Article) -> None:
    assert Article.model_validate_json(article.model_dump_json()) == article


@given(corpora())
def test_corpus_round_trips_through_json(corpus: Corpus) -> None:
    assert Corpus.model_validate_json(corpus.model_dump_json()) == corpus


@given(claim_reviews())
def test_claim_review_round_trips_through_json(review: ClaimReview) -> None:
    assert ClaimReview.model_validate_json(review.model_dump_json()) == review


@given(actors() | organizations() | ratings())
def test_small_models_round_trip(model: Actor | Organization | Rating) -> None:
    assert type(model).model_validate_json(model.model_dump_json()) == model


@given(articles())
def test_every_span_of_a_generated_article_fits(article: Article) -> None:
    for span in article.spans():
        assert 0 <= span.start <= span.end <= len(article.text)


@given(articles())
def test_ids_are_stable_across_rebuilds(article: Article) -> None:
    rebuilt = Article.model_validate(article.model_dump(exclude={"id"}))
    assert rebuilt.id == article.id
    for quote in article.quotes:
        assert Quote.model_validate(quote.model_dump(exclude={"id"})).id == quote.id
