"""People and organizations: mentions, resolution, and the speakers of quotes.

PLACEHOLDER: finds nothing yet. To be replaced by the entity finder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclaims.extract.layout import Layout
from newsclaims.model import Actor, Mention, Organization, Quote


@dataclass(frozen=True, slots=True)
class EntityFindings:
    """What entity recognition found in one text."""

    actors: tuple[Actor, ...] = ()
    organizations: tuple[Organization, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    """The quotes given, with ``speaker`` (and ``relayed_by``) resolved."""


def find_entities(
    text: str, layout: Layout, quotes: Sequence[Quote], gazetteer: object | None = None
) -> EntityFindings:
    """Recognise the actors and organizations of a text and resolve the quotes' speakers."""
    del text, layout, gazetteer
    return EntityFindings(quotes=tuple(quotes))
