"""The extraction pipeline: text (and what a parser knows) -> Article.

Each step is a function of the last step's value: layout, quotes, entities, claims.
Parsers of every format end here, so every format gets the same extraction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from newsclaims.extract.claims import find_claims, publisher_organization
from newsclaims.extract.entities import find_entities
from newsclaims.extract.layout import Layout, find_layout
from newsclaims.extract.quotes import find_quotes
from newsclaims.model import Article, Organization, SourceFormat, Span


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a parser knows about an article besides its text."""

    source_format: SourceFormat = "text"
    url: str | None = None
    standfirst: Span | None = None
    date_published: str | None = None
    date_modified: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    language: str | None = None
    section: str | None = None


def analyze(
    text: str,
    metadata: Metadata | None = None,
    *,
    layout: Layout | None = None,
    gazetteer: object | None = None,
    claims: bool = True,
) -> Article:
    """Build an Article from a text: its layout (found, unless given), quotes, entities and claims.

    ``claims=False`` stops after who said what: claim finding is a fifth of the work, and readers of
    quotes alone (the ``quotes`` command) would throw it away.
    """
    metadata = metadata or Metadata()
    layout = layout or find_layout(text)
    quotes = find_quotes(text, layout)
    entities = find_entities(text, layout, quotes, gazetteer)
    fields = asdict(metadata)
    fields["keywords"] = metadata.keywords or layout.keywords
    organizations = entities.organizations
    if metadata.publisher and metadata.publisher.strip():
        # Editorial claims name the publisher as claimant: it must be an organization of the article.
        named = publisher_organization(organizations, metadata.publisher)
        if named is None:
            organizations += (Organization(name=metadata.publisher.strip(), kind="media"),)
        elif named.kind == "other":
            organizations = tuple(o.model_copy(update={"kind": "media"}) if o is named else o for o in organizations)
    article = Article(
        text=text,
        headline=layout.headline,
        byline=layout.byline,
        dateline=layout.dateline,
        paragraphs=layout.paragraphs,
        boilerplate=layout.boilerplate,
        quotes=entities.quotes,
        mentions=entities.mentions,
        actors=entities.actors,
        organizations=organizations,
        **fields,
    )
    found = find_claims(article) if claims else ()
    # The claims come from the validated article itself (its id, quotes, spans and entities): a copy is enough.
    return article.model_copy(update={"claims": found}) if found else article
