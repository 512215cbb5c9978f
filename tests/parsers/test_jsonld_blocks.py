"""JSON-LD and microdata found in pages, clean and dirty.

The dirty fixtures are written by us, after the faults listed in
../shared/interop/README.md and seen in fact-checkers' pages.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import JsonValue

from newsclaims.errors import InputError
from newsclaims.parsers.jsonld_blocks import (
    decode_page,
    has_type,
    iter_jsonld,
    iter_microdata,
    iter_nodes,
    iter_page_nodes,
    loads_lenient,
    normalize_date,
    type_names,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PAGES = SHARED / "interop" / "claimreview" / "pages"


def _script(body: str, type_attr: str = '"application/ld+json"') -> str:
    return f"<html><head><script type={type_attr}>{body}</script></head><body></body></html>"


@pytest.mark.parametrize(
    ("body", "expected", "repair"),
    [
        ('<!-- {"a": 1} -->', {"a": 1}, "comment or CDATA wrapper removed"),
        ('//<![CDATA[\n{"a": 1}\n//]]>', {"a": 1}, "comment or CDATA wrapper removed"),
        ('/*<![CDATA[*/{"a": 1}/*]]>*/', {"a": 1}, "comment or CDATA wrapper removed"),
        ('{"a": [1, 2,], "b": 3,}', {"a": [1, 2], "b": 3}, "trailing comma removed"),
        ('{"a": "x\x01y"}\x02', {"a": "xy"}, "control character removed"),
        ('{"a": "it\\\'s"}', {"a": "it's"}, "invalid escape removed"),
        (
            '{"a": 1, // note\n "u": "https://x.example/a//b"}',
            {"a": 1, "u": "https://x.example/a//b"},
            "comment removed",
        ),
        ("{&quot;a&quot;: &quot;b&quot;}", {"a": "b"}, "HTML entities decoded"),
        ('{"a": 1}\n{"b": 2}', [{"a": 1}, {"b": 2}], "2 concatenated values read as a list"),
        ('{"a": 1};{"b": 2}', [{"a": 1}, {"b": 2}], "2 concatenated values read as a list"),
    ],
)
def test_loads_lenient_repairs_dirty_json(body: str, expected: object, repair: str) -> None:
    value, repairs = loads_lenient(body)
    assert value == expected
    assert repair in repairs


def test_loads_lenient_keeps_clean_json_unrepaired() -> None:
    value, repairs = loads_lenient('{"text": "line one\\nline two", "n": 1.5}')
    assert value == {"text": "line one\nline two", "n": 1.5}
    assert repairs == ()


def test_raw_newlines_inside_strings_are_accepted() -> None:
    value, _ = loads_lenient('{"claimReviewed": "one\ntwo"}')
    assert value == {"claimReviewed": "one\ntwo"}


@pytest.mark.parametrize("body", ["", "   ", "{", "[[[[", "not json at all", '{"a": }'])
def test_loads_lenient_raises_input_error_on_garbage(body: str) -> None:
    with pytest.raises(InputError):
        loads_lenient(body)


def test_iter_jsonld_finds_scripts_in_order_and_reports_broken_ones() -> None:
    page = (
        "<html><head>"
        '<script type="application/ld+json">{"@type": "WebSite"}</script>'
        '<SCRIPT TYPE=\'application/ld+json; charset=utf-8\'>[{"@type": "ClaimReview"},]</SCRIPT>'
        '<script type="text/javascript">var x = {"@type": "ClaimReview"};</script>'
        '<script type="application/ld+json">{"broken": </script>'
        "</head></html>"
    )
    blocks = list(iter_jsonld(page))
    assert [block.index for block in blocks] == [0, 1, 2]
    assert blocks[0].data == {"@type": "WebSite"}
    assert blocks[1].data == [{"@type": "ClaimReview"}]
    assert blocks[1].repairs == ("trailing comma removed",)
    assert blocks[2].data is None
    assert blocks[2].error is not None
    assert page[blocks[1].offset :].lower().startswith("<script")


def test_iter_jsonld_skips_scripts_commented_out_of_the_page() -> None:
    page = '<!-- <script type="application/ld+json">{"@type": "Old"}</script> -->' + _script('{"@type": "New"}')
    assert [block.data for block in iter_jsonld(page)] == [{"@type": "New"}]


def test_iter_jsonld_reads_bytes_in_a_declared_charset() -> None:
    page = _script('{"name": "Vérifié"}').replace("<head>", '<head><meta charset="iso-8859-1">')
    blocks = list(iter_jsonld(page.encode("iso-8859-1")))
    assert blocks[0].data == {"name": "Vérifié"}


def test_decode_page_handles_bom_and_utf8() -> None:
    assert decode_page("\ufeffé".encode()) == "é"
    assert decode_page("ü".encode()) == "ü"


def test_iter_nodes_walks_graph_arrays_and_nesting_with_context() -> None:
    data: JsonValue = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "mainEntity": {"@type": "claimreview", "reviewRating": {"@type": "Rating"}}},
            [{"@context": "http://schema.org/", "@type": "Organization"}],
        ],
    }
    nodes = list(iter_nodes(data, path="[0]"))
    assert [(node.path, type_names(node.node)) for node in nodes] == [
        ("[0]/@graph[0]", ("WebPage",)),
        ("[0]/@graph[0]/mainEntity", ("claimreview",)),
        ("[0]/@graph[0]/mainEntity/reviewRating", ("Rating",)),
        ("[0]/@graph[1][0]", ("Organization",)),
    ]
    assert nodes[1].context == "https://schema.org"
    assert nodes[3].context == "http://schema.org/"


def test_type_names_strip_schema_prefixes_and_compare_without_case() -> None:
    node: dict[str, object] = {"@type": ["http://schema.org/ClaimReview", "schema:Review", " ", 3]}
    assert type_names(node) == ("ClaimReview", "Review")  # type: ignore[arg-type]
    assert has_type({"type": "CLAIMREVIEW"}, "ClaimReview")
    assert not has_type({"@type": "Claim"}, "ClaimReview")


def test_iter_microdata_builds_jsonld_shaped_items() -> None:
    page = """<html><body>
    <div itemscope itemtype="https://schema.org/ClaimReview" itemid="https://check.example/r1">
      <span itemprop="claimReviewed">The moon is   made of cheese</span>
      <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">
        <meta itemprop="ratingValue" content="1"><meta itemprop="bestRating" content="5">
        <span itemprop="alternateName">False</span>
      </div>
      <a itemprop="url" href="https://check.example/r1">link</a>
      <time itemprop="datePublished" datetime="2020-06-23">23 June</time>
      <span itemprop="author" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Check</span></span>
      <span itemprop="author" itemscope itemtype="https://schema.org/Organization">
        <span itemprop="name">Other</span></span>
    </div></body></html>"""
    (item,) = list(iter_microdata(page))
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "ClaimReview"
    assert item["@id"] == "https://check.example/r1"
    assert item["claimReviewed"] == "The moon is made of cheese"
    assert item["reviewRating"] == {"@type": "Rating", "ratingValue": "1", "bestRating": "5", "alternateName": "False"}
    assert item["url"] == "https://check.example/r1"
    assert item["datePublished"] == "2020-06-23"
    assert item["author"] == [{"@type": "Organization", "name": "Check"}, {"@type": "Organization", "name": "Other"}]


def test_iter_page_nodes_walks_scripts_then_microdata() -> None:
    page = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "H",'
        ' "publisher": {"@type": "Organization", "name": "P"}}]}</script>'
        '<script type="application/ld+json">{broken</script>'
        '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">N</span></div>'
    )
    nodes = [(node.path, type_names(node.node)) for node in iter_page_nodes(page)]
    assert nodes == [
        ("[0]/@graph[0]", ("NewsArticle",)),
        ("[0]/@graph[0]/publisher", ("Organization",)),
        ("microdata[0]", ("Person",)),
    ]


def test_iter_microdata_without_items_yields_nothing() -> None:
    assert list(iter_microdata("<p>no structured data</p>")) == []
    assert list(iter_microdata(b"")) == []


@given(st.one_of(st.text(), st.binary()))
def test_block_readers_are_total(page: str | bytes) -> None:
    for block in iter_jsonld(page):
        assert (block.error is None) or block.data is None
        list(iter_nodes(block.data))
    list(iter_microdata(page))


@given(st.text())
def test_loads_lenient_raises_only_input_error(text: str) -> None:
    with contextlib.suppress(InputError):
        loads_lenient(text)


@given(st.text(max_size=30))
def test_script_wrapped_text_is_read_back(text: str) -> None:
    page = _script(json.dumps({"@type": "Thing", "name": text}).replace("</", "<\\/"))
    blocks = list(iter_jsonld(page))
    assert len(blocks) == 1
    assert blocks[0].data == {"@type": "Thing", "name": text}


def test_real_pages_blocks_are_all_readable() -> None:
    if not PAGES.is_dir():
        pytest.skip("../shared is not present")
    unreadable = []
    for path in sorted(PAGES.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        page = document.get("page") if isinstance(document, dict) else None
        if isinstance(page, str):
            unreadable += [(path.name, block.index) for block in iter_jsonld(page) if block.error is not None]
    assert unreadable == []


@pytest.mark.parametrize(
    ("published", "iso"),
    [
        # Forms measured in ../shared/interop/claimreview (AFP, Lupa, Vishvas News, Africa Check, PolitiFact).
        ("2020-07-05", "2020-07-05"),
        ("2020-06-23 20:02", "2020-06-23T20:02"),
        ("2020-08-31 17:22:16", "2020-08-31T17:22:16"),
        ("2017-03-01 20:30:17 UTC", "2017-03-01T20:30:17Z"),
        ("2020-06-22T12:26:08+5:30", "2020-06-22T12:26:08+05:30"),
        ("2020-03-27T10:46:13+0200", "2020-03-27T10:46:13+02:00"),
        ("2020-03-10T12:31:20+01:00", "2020-03-10T12:31:20+01:00"),
        ("2021-06-01T00:00:00.000Z", "2021-06-01T00:00:00.000Z"),
        ("April 19, 2019", "2019-04-19"),
        ("19 Apr 2019", "2019-04-19"),
        ("19/04/2019", "2019-04-19"),
        ("04/19/2019", "2019-04-19"),
        ("Tue, 23 Jun 2020 12:00:00 GMT", "2020-06-23T12:00:00+00:00"),
    ],
)
def test_normalize_date_writes_iso_8601(published: str, iso: str) -> None:
    assert normalize_date(published) == iso


@pytest.mark.parametrize("published", ["", "soon", "04/05/2019", "2020-13-01", "2020-02-30", "2020-01-01 25:00"])
def test_normalize_date_refuses_what_it_cannot_read_for_sure(published: str) -> None:
    assert normalize_date(published) is None


@given(st.text(max_size=40))
def test_normalize_date_is_total_and_its_output_is_a_fixpoint(text: str) -> None:
    iso = normalize_date(text)
    if iso is not None:
        assert normalize_date(iso) == iso
