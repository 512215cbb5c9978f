"""Model -> schema.org JSON-LD -> model: the shape written, and the exact way back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims.errors import InputError, NewsclaimsError, SchemaVersionError
from newsclaims.model import SCHEMA_VERSION, Article, Corpus
from newsclaims.serialize.jsonld import from_jsonld, model_id, node_id, to_jsonld
from newsclaims.testing import articles, corpora, json_values

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _written(document: Article | Corpus) -> Any:
    """What :func:`to_jsonld` writes, typed loosely for the assertions below."""
    return to_jsonld(document)


def _via_json(document: dict[str, Any]) -> Any:
    """The document as another program would read it: dumped and loaded again."""
    return json.loads(json.dumps(document, ensure_ascii=False))


def _nodes(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {node["@id"]: node for node in document["@graph"]}


def _of_type(document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [node for node in document["@graph"] if node["@type"] == kind]


@given(articles())
def test_article_to_jsonld_to_article_is_the_same_article(article: Article) -> None:
    assert from_jsonld(_via_json(_written(article))) == article


@given(corpora())
def test_corpus_to_jsonld_to_corpus_is_the_same_corpus(corpus: Corpus) -> None:
    assert from_jsonld(_via_json(_written(corpus))) == corpus


@given(corpora())
def test_a_corpus_graph_has_one_schema_org_claim_per_corpus_claim(corpus: Corpus) -> None:
    document = _written(corpus)
    claims = _of_type(document, "Claim")
    assert sorted(model_id(node["@id"]) for node in claims) == sorted(claim.id for claim in corpus.claims)
    # The generated corpora merge their articles' claims by id: every record has its corpus Claim.
    known = {node["@id"] for node in claims}
    for record in _of_type(document, "newsclaims:ClaimRecord"):
        assert record["newsclaims:claim"]["@id"] in known
        assert "text" not in record
        assert "author" not in record


@given(corpora())
def test_claims_merged_across_articles_leave_records_that_come_back(corpus: Corpus) -> None:
    """All the articles' claims merged into one corpus claim: each article's claim that differs is a record of it."""
    if not corpus.claims:
        return
    every_claim = (*corpus.claims, *(claim for article in corpus.articles for claim in article.claims))
    appearances = tuple(dict.fromkeys(a for claim in every_claim for a in claim.appearances))
    one = corpus.claims[0].model_copy(update={"appearances": appearances})
    merged = corpus.model_copy(update={"claims": (one,)})
    document = _written(merged)
    (claim,) = _of_type(document, "Claim")
    records = _of_type(document, "newsclaims:ClaimRecord")
    assert len(records) == sum(own != one for article in merged.articles for own in article.claims)
    assert all(record["newsclaims:claim"] == {"@id": claim["@id"]} for record in records)
    assert from_jsonld(_via_json(document)) == merged


def test_the_seeds_graph_has_one_schema_org_claim_per_corpus_claim() -> None:
    seeds = newsclaims.parse_corpus(SEEDS)
    document = _written(seeds)
    assert len(_of_type(document, "Claim")) == len(seeds.claims)
    nodes = _nodes(document)
    for record in _of_type(document, "newsclaims:ClaimRecord"):
        assert nodes[record["newsclaims:claim"]["@id"]]["@type"] == "Claim"
    abouts = [ref["@id"] for node in _of_type(document, "Quotation") for ref in node.get("about", [])]
    assert abouts
    assert all(nodes[iri]["@type"] == "Claim" for iri in abouts)


@settings(max_examples=15)
@given(corpus=corpora())
def test_generated_corpora_expand_offline_and_lose_no_key(corpus: Corpus, ld: Any) -> None:
    document = _written(corpus)
    assert ld.dropped_terms(document, ld.expand(document)) == set()


def test_the_root_says_schema_org_literally_and_carries_the_schema_version(rich: Corpus) -> None:
    for document in (_written(rich), _written(rich.articles[0])):
        assert document["@context"] == "https://schema.org"
        assert document["newsclaims:schemaVersion"] == SCHEMA_VERSION
        assert all(isinstance(node["@type"], str) for node in document["@graph"])


def test_the_graph_is_sorted_by_stable_unique_ids(rich: Corpus) -> None:
    document = _written(rich)
    ids = [node["@id"] for node in document["@graph"]]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))
    assert all(iri.startswith("urn:newsclaims:") for iri in ids)
    assert json.dumps(_written(rich)) == json.dumps(document)  # deterministic
    assert node_id(rich.claims[0].id) in ids
    assert model_id(node_id(rich.claims[0].id)) == rich.claims[0].id


def test_article_maps_to_news_article(rich: Corpus) -> None:
    article = rich.articles[0]
    (node,) = list(_of_type(_written(article), "NewsArticle"))
    assert node["@id"] == node_id(article.id)
    assert node["headline"] == "Lukashenko says Russia will help"
    assert node["articleBody"].startswith("“Russia will provide")
    assert node["articleBody"].endswith("met the CSTO.")
    assert node["newsclaims:text"] == article.text  # the body is not the whole text: offsets need the text
    assert node["url"] == article.url
    assert node["datePublished"] == article.date_published
    assert node["publisher"] == {"@type": "Organization", "name": "Example News"}
    assert node["author"] == [{"@type": "Person", "name": "Jane Roe"}]
    assert node["keywords"] == ["Belarus", "Russia"]
    assert node["inLanguage"] == "en"
    assert node["articleSection"] == "World"
    assert len(node["mentions"]) == len(article.actors) + len(article.organizations)


def test_people_organizations_quotes_and_claims_are_linked(rich: Corpus) -> None:
    document = _written(rich.articles[0])
    nodes = _nodes(document)
    (person,) = _of_type(document, "Person")
    assert person["name"] == "Alexander Lukashenko"
    assert person["jobTitle"] == ["President of Belarus"]
    assert nodes[person["affiliation"]["@id"]]["name"] == "Belarus"
    csto = next(n for n in _of_type(document, "Organization") if n["name"].startswith("Collective"))
    assert csto["alternateName"] == ["CSTO"]
    (quotation,) = _of_type(document, "Quotation")
    assert quotation["text"] == "Russia will provide assistance at our request"
    assert quotation["creator"] == {"@id": person["@id"]} == quotation["spokenByCharacter"]
    assert quotation["isPartOf"] == {"@id": node_id(rich.articles[0].id)}
    assert [nodes[ref["@id"]]["@type"] for ref in quotation["about"]] == ["Claim"]
    assert quotation["newsclaims:contents"][0]["newsclaims:start"] == rich.articles[0].quotes[0].contents[0].start
    (scare,) = _of_type(document, "newsclaims:ScareQuote")  # nobody's words: not a Quotation
    assert "text" not in scare
    assert "creator" not in scare
    (claim,) = _of_type(document, "Claim")
    assert claim["author"] == {"@id": person["@id"]}
    assert claim["firstAppearance"] == {"@id": node_id(rich.articles[0].id)}
    assert claim["datePublished"] == rich.articles[0].date_published


def test_a_shared_claim_appears_in_both_reports_and_article_records_stay_their_own(rich: Corpus) -> None:
    document = _written(rich)
    nodes = _nodes(document)
    shared = nodes[node_id(rich.claims[0].id)]
    assert shared["appearance"] == [{"@id": node_id(article.id)} for article in rich.articles]
    assert shared["firstAppearance"] == {"@id": node_id(rich.articles[0].id)}
    # One schema.org Claim; each article's own record of it (one appearance) is a
    # newsclaims:ClaimRecord scoped to the article and linked to the corpus Claim.
    assert [iri for iri, node in nodes.items() if node["@type"] == "Claim"] == [shared["@id"]]
    records = {iri: node for iri, node in nodes.items() if node["@type"] == "newsclaims:ClaimRecord"}
    assert sorted(records) == sorted(f"{node_id(a.id)}:claim:{rich.claims[0].id[6:]}" for a in rich.articles)
    assert all(node["newsclaims:claim"] == {"@id": shared["@id"]} for node in records.values())
    assert {key for node in records.values() for key in node if not key.startswith("@")} <= {
        "newsclaims:claim",
        "newsclaims:text",
        "newsclaims:claimant",
        "newsclaims:voice",
        "newsclaims:checkWorthiness",
        "newsclaims:appearances",
    }
    # Quotations are about the corpus Claim, not an article's record of it.
    abouts = [ref for node in _of_type(document, "Quotation") for ref in node.get("about", [])]
    assert abouts == [{"@id": shared["@id"]}]
    # The first article's person equals the corpus's: one node; the second's differs: its own.
    people = [iri for iri, node in nodes.items() if node["@type"] == "Person"]
    assert len(people) == 2
    (dataset,) = _of_type(document, "Dataset")
    assert dataset["newsclaims:articles"] == [{"@id": node_id(a.id)} for a in rich.articles]
    (review,) = _of_type(document, "ClaimReview")
    assert review["newsclaims:claim"] == {"@id": shared["@id"]}
    assert json.loads(review["newsclaims:extra"]) == rich.reviews[0].extra


def test_the_rich_corpus_and_the_seeds_come_back_the_same(rich: Corpus) -> None:
    assert from_jsonld(_via_json(_written(rich))) == rich
    seeds = newsclaims.parse_corpus(SEEDS)
    assert from_jsonld(_via_json(_written(seeds))) == seeds
    for article in seeds.articles:
        assert from_jsonld(_via_json(_written(article))) == article


def test_duplicate_ids_get_their_own_nodes_and_come_back(rich: Corpus) -> None:
    article = rich.articles[0]
    twice = article.model_copy(
        update={"actors": (article.actors[0], article.actors[0].model_copy(update={"name": "alexander lukashenko"}))}
    )
    document = _written(twice)
    people = [node["@id"] for node in _of_type(document, "Person")]
    assert people == [node_id(article.actors[0].id), node_id(article.actors[0].id) + "-2"]
    assert from_jsonld(_via_json(document)) == twice


@pytest.mark.parametrize(
    ("document", "error"),
    [
        ({}, InputError),
        ({"@graph": "x"}, InputError),
        ({"@graph": [{"@type": "NewsArticle"}]}, InputError),
        ({"@graph": []}, InputError),
        ({"@graph": [{"@id": "https://example.org/a", "@type": "NewsArticle", "articleBody": "x"}]}, InputError),
        ({"newsclaims:schemaVersion": "99.0.0", "@graph": []}, SchemaVersionError),
        ({"newsclaims:schemaVersion": "one", "@graph": []}, SchemaVersionError),
    ],
)
def test_from_jsonld_refuses_what_it_did_not_write(document: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        from_jsonld(document)


def test_from_jsonld_names_a_broken_reference_or_model(rich: Corpus) -> None:
    document = _via_json(_written(rich.articles[0]))
    article = next(node for node in document["@graph"] if node["@type"] == "NewsArticle")
    article["newsclaims:quotes"].append({"@id": "urn:newsclaims:quote:0000000000000000"})
    with pytest.raises(InputError, match="names no node"):
        from_jsonld(document)
    article["newsclaims:quotes"].pop()
    article["newsclaims:paragraphSpans"][0]["newsclaims:end"] = 10**6
    with pytest.raises(InputError, match="not a valid newsclaims model"):
        from_jsonld(document)


@given(
    value=json_values(),
    key=st.sampled_from(["@graph", "@id", "mentions", "newsclaims:quotes", "newsclaims:mentions", "articleBody"]),
)
def test_from_jsonld_is_total_a_model_or_a_newsclaims_error(value: Any, key: str, ld: Any) -> None:
    document = _via_json(_written(ld.rich_corpus()))
    article = next(node for node in document["@graph"] if node["@type"] == "NewsArticle")
    if key == "@graph":
        document["@graph"] = value
    else:
        article[key] = value
    try:
        result = from_jsonld(document)
    except NewsclaimsError:
        return
    assert isinstance(result, (Article, Corpus))
