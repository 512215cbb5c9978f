"""Articles: one text, and everything found in it as spans into that text."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.claim import Claim
from newsclaims.model.entity import Actor, Organization
from newsclaims.model.ids import content_id
from newsclaims.model.quote import Quote
from newsclaims.model.span import Mention, Span
from newsclaims.model.types import Identifier, IsoDate, NonEmptyText, SourceFormat
from newsclaims.model.version import SCHEMA_VERSION

SemVer = str


class Article(NewsclaimsModel):
    """A news report: its text held once, and its layout, quotes and mentions as spans into it.

    For plain-text input ``text`` is the input exactly as given, so every offset can be
    shown in the original. For HTML and newsroom formats it is the extracted text
    (headline, then body paragraphs), and spans point into that.
    """

    schema_version: SemVer = Field(default=SCHEMA_VERSION, pattern=r"^\d+\.\d+\.\d+$")
    """Version of the newsclaims schema this document follows."""
    text: str
    """The article's text; every span of the article points into it."""
    source_format: SourceFormat = "text"
    """The format the article was read from."""
    url: str | None = None
    """Canonical URL of the article, where known."""
    headline: Span | None = None
    """The headline, where the text has one."""
    standfirst: Span | None = None
    """The standfirst (dek, summary) under the headline, where there is one."""
    byline: Span | None = None
    """The byline as written ("By Jane Doe, Reuters")."""
    dateline: Span | None = None
    """The dateline as written ("MINSK, Aug 16 (Reuters) -")."""
    paragraphs: tuple[Span, ...] = ()
    """The body paragraphs, in order; boilerplate is not among them."""
    boilerplate: tuple[Span, ...] = ()
    """Text kept out of the body: related links, share prompts, footers."""
    date_published: IsoDate | None = None
    """When the article was first published."""
    date_modified: IsoDate | None = None
    """When the article was last changed."""
    publisher: NonEmptyText | None = None
    """Name of the publishing outlet."""
    authors: tuple[NonEmptyText, ...] = ()
    """Names of the authors."""
    keywords: tuple[NonEmptyText, ...] = ()
    """Keywords and tags the publisher gave."""
    subjects: tuple[NonEmptyText, ...] = ()
    """Subject codes or names from newsroom formats (IPTC media topics)."""
    language: NonEmptyText | None = None
    """Language of the text (BCP 47), where known."""
    section: NonEmptyText | None = None
    """Section of the publication ("World", "Politics")."""
    quotes: tuple[Quote, ...] = ()
    """Every quote found, in text order, scare quotes included (with kind ``scare``)."""
    mentions: tuple[Mention, ...] = ()
    """Every mention of an actor or organization, in text order."""
    actors: tuple[Actor, ...] = ()
    """The people in this article."""
    organizations: tuple[Organization, ...] = ()
    """The organizations in this article."""
    claims: tuple[Claim, ...] = ()
    """The checkable claims this article carries."""
    id: Identifier = Field(default_factory=lambda data: content_id("article", data.get("url"), data.get("text", "")))
    """Deterministic id, derived from the url and the text."""

    def text_of(self, span: Span) -> str:
        """Return the words a span of this article covers."""
        return span.of(self.text)

    def spans(self) -> Iterator[Span]:
        """Every span the article holds, for checks and for tools that display them."""
        for single in (self.headline, self.standfirst, self.byline, self.dateline):
            if single is not None:
                yield single
        yield from self.paragraphs
        yield from self.boilerplate
        for quote in self.quotes:
            yield from quote.contents
            if quote.cue is not None:
                yield quote.cue
            yield from quote.speaker_mentions
        for mention in self.mentions:
            yield mention.span
        for claim in self.claims:
            for appearance in claim.appearances:
                if appearance.article == self.id:
                    yield appearance.span

    def entity_ids(self) -> set[str]:
        """Ids of the actors and organizations of this article."""
        return {a.id for a in self.actors} | {o.id for o in self.organizations}

    @model_validator(mode="after")
    def _consistent(self) -> Article:
        size = len(self.text)
        for span in self.spans():
            if span.end > size:
                raise ValueError(f"span {span.start}..{span.end} does not fit a text of {size} characters")
        known = self.entity_ids()
        references = [q.speaker for q in self.quotes] + [m.refers_to for m in self.mentions]
        references += [ref for q in self.quotes for ref in (*q.speakers, *q.relayed_by)]
        references += [c.claimant for c in self.claims]
        for ref in references:
            if ref is not None and ref not in known:
                raise ValueError(f"reference {ref} names no actor or organization of the article")
        quote_ids = {q.id for q in self.quotes}
        for claim in self.claims:
            for appearance in claim.appearances:
                if appearance.article != self.id:
                    raise ValueError(f"claim {claim.id} appears in article {appearance.article}, not in {self.id}")
                if appearance.quote is not None and appearance.quote not in quote_ids:
                    raise ValueError(f"claim {claim.id} cites quote {appearance.quote}, not in the article")
        return self
