"""HTML pages: metadata from JSON-LD and meta tags, the body without the page's furniture."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.model import Article
from newsclaims.parsers.html import parse_html

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PAGES = SHARED / "interop" / "claimreview" / "pages"

STORY = [
    "The city council voted on Tuesday to close the old bridge to lorries from next month.",
    '"The bridge was built for horses, not for forty-tonne trucks," said the mayor, Ana Ruiz.',
    "Hauliers say the detour adds twenty minutes to every journey through the town centre.",
]

# Written for these tests: a page with every kind of furniture around the story.
PAGE = f"""<!DOCTYPE html><html lang="en-GB"><head>
<title>Bridge closed to lorries | Example Gazette</title>
<meta property="og:title" content="Bridge closed to lorries">
<meta property="og:site_name" content="Example Gazette">
<meta name="keywords" content="bridge, transport">
<link rel="canonical" href="https://gazette.example/bridge">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council closes bridge to lorries",
  "datePublished": "2024-03-05T10:00:00+00:00", "dateModified": "2024-03-05T12:00:00+00:00",
  "author": [{{"@type": "Person", "name": "Sam Lee"}}], "articleSection": "Local",
  "description": "Councillors vote for a weight limit."}}
</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <p>Navigation paragraph that is long enough to count.</p></nav>
<div class="share-bar"><p>Share this story on every social network you know today.</p></div>
<article><h1>Council closes bridge to lorries</h1>
<p>{STORY[0]}</p><div class="ad-slot"><p>Advertisement: buy the best cars in the whole world today.</p></div>
<p>{STORY[1]}</p><p>{STORY[2]}</p>
<aside class="related"><p>Related: another story you might like to read next week.</p></aside>
</article>
<section id="comments"><p>Great article, I completely agree with the mayor here!</p></section>
<footer><p>© Example Gazette 2024. All rights reserved by the publisher.</p></footer>
</body></html>"""


def _paragraphs(article: Article) -> list[str]:
    return [article.text_of(p) for p in article.paragraphs]


def test_metadata_from_json_ld_and_meta_tags() -> None:
    article = parse_html(PAGE)
    assert article.source_format == "html"
    assert article.headline is not None
    assert article.text_of(article.headline) == "Council closes bridge to lorries"
    assert article.standfirst is not None
    assert article.text_of(article.standfirst) == "Councillors vote for a weight limit."
    assert article.date_published == "2024-03-05T10:00:00+00:00"
    assert article.date_modified == "2024-03-05T12:00:00+00:00"
    assert article.authors == ("Sam Lee",)
    assert article.publisher == "Example Gazette"
    assert article.url == "https://gazette.example/bridge"
    assert article.language == "en-GB"
    assert article.section == "Local"
    assert article.keywords == ("bridge", "transport")


def test_body_leaves_the_furniture_out() -> None:
    assert _paragraphs(parse_html(PAGE)) == STORY


def test_without_metadata_the_densest_block_is_the_body() -> None:
    page = (
        "<html><head><title>Plain page</title></head><body>"
        '<div id="menu"><a href="/a">Section A link text</a> <a href="/b">Section B link text</a></div>'
        '<div class="main"><h1>Lorries banned</h1>' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
        '<div class="sidebar"><p>Most read: a list of other things to read this week.</p></div>'
        "</body></html>"
    )
    article = parse_html(page.encode("utf-8"))
    assert article.headline is not None
    assert article.text_of(article.headline) == "Lorries banned"
    assert _paragraphs(article) == STORY
    assert article.date_published is None


def test_meta_date_with_latin1_bytes() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><meta property="og:title" content="Caf\xe9 closes">'
        '<meta property="article:published_time" content="2023-11-02T08:00:00Z"></head>'
        "<body><p>The caf\xe9 on the square closed its doors after forty years of trade.</p></body></html>"
    ).encode("latin-1")
    article = parse_html(page)
    assert article.headline is not None
    assert article.text_of(article.headline) == "Café closes"
    assert article.date_published == "2023-11-02T08:00:00Z"
    assert "café on the square" in article.text


def test_empty_page_is_an_input_error() -> None:
    with pytest.raises(InputError):
        parse_html("<html><body></body></html>")


def _saved_pages() -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for path in sorted(PAGES.iterdir()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            out.append((path.name, raw, None))
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            continue
        if isinstance(value, dict) and isinstance(value.get("page"), str):
            out.append((path.name, value["page"], value.get("url")))
    return out


@pytest.mark.skipif(not PAGES.exists(), reason="../shared is not present")
def test_fact_check_pages_give_headline_date_and_body() -> None:
    """Right = headline equals the page's og:title, JSON-LD headline or <h1>; a date; >= 3 paragraphs."""
    pages = _saved_pages()
    assert len(pages) >= 15
    good = []
    for name, page, url in pages:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = parse_html(page, url)
        headline = article.text_of(article.headline) if article.headline else ""
        in_page = bool(headline) and (headline in page or json.dumps(headline)[1:-1] in page)
        if in_page and article.date_published and len(article.paragraphs) >= 3:
            good.append(name)
    assert len(good) / len(pages) >= 0.85, sorted({n for n, _, _ in pages} - set(good))


@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: f"<html><body><p>{t}</p></body></html>"))
def test_total(data: bytes | str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = parse_html(data)
    except NewsclaimsError:
        return
    assert isinstance(result, Article)
