"""People and organizations that speak or are named in the news."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from newsclaims.model.base import NewsclaimsModel
from newsclaims.model.ids import content_id
from newsclaims.model.types import Identifier, NonEmptyText, OrganizationKind


def name_key(name: str) -> str:
    """Normalise a name for identity: case and spacing do not make another entity."""
    return " ".join(name.split()).casefold()


class Actor(NewsclaimsModel):
    """A person who speaks or is named in the news."""

    type: Literal["Person"] = "Person"
    """Type tag, as in schema.org."""
    name: NonEmptyText
    """Canonical name, the fullest form the text gives ("Alexander Lukashenko")."""
    aliases: tuple[NonEmptyText, ...] = ()
    """Other names used for this person ("Lukashenko", "Belarusian leader")."""
    roles: tuple[NonEmptyText, ...] = ()
    """Titles and roles as the text states them ("President of Belarus")."""
    affiliation: Identifier | None = None
    """Id of the Organization the person belongs to or leads, where the text says."""
    same_as: tuple[NonEmptyText, ...] = ()
    """URIs that identify the person elsewhere (Wikidata, an official page)."""
    id: Identifier = Field(default_factory=lambda data: content_id("actor", name_key(data.get("name", ""))))
    """Deterministic id, derived from the canonical name."""


class Organization(NewsclaimsModel):
    """A body that speaks or is named: agency, ministry, alliance, country, outlet, company."""

    type: Literal["Organization"] = "Organization"
    """Type tag, as in schema.org."""
    name: NonEmptyText
    """Canonical name ("Collective Security Treaty Organization")."""
    kind: OrganizationKind = "other"
    """What kind of body it is."""
    acronym: NonEmptyText | None = None
    """Acronym tied to the name ("CSTO")."""
    aliases: tuple[NonEmptyText, ...] = ()
    """Other names used for it ("Belta", "the press service")."""
    part_of: Identifier | None = None
    """Id of the organization this one is part of (the Kremlin press service -> the Kremlin)."""
    same_as: tuple[NonEmptyText, ...] = ()
    """URIs that identify the organization elsewhere (Wikidata, its website)."""
    id: Identifier = Field(default_factory=lambda data: content_id("org", name_key(data.get("name", ""))))
    """Deterministic id, derived from the canonical name."""


Entity = Annotated[Actor | Organization, Field(discriminator="type")]
"""An actor or an organization, told apart by ``type``."""
