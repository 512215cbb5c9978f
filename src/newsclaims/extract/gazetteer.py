"""A newsroom's own list of people and organizations, used when present.

A gazetteer settles what context cannot: that "Belta" is a news agency, that "Lukashenka"
is the same man as "Lukashenko", and which Wikidata item a name stands for. Recognition
works without one; with one, canonical names, kinds and ``same_as`` come from it.

The JSON file is a list of entries (or ``{"entries": [...]}``)::

    [{"name": "Alexander Lukashenko", "type": "Person", "aliases": ["Lukashenka"],
      "same_as": ["https://www.wikidata.org/wiki/Q4742"]},
     {"name": "BELTA", "type": "Organization", "kind": "news_agency",
      "aliases": ["Belarusian Telegraph Agency"]}]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any, Literal, cast, get_args

from newsclaims.errors import InputError
from newsclaims.model import OrganizationKind, name_key

EntryType = Literal["Person", "Organization"]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known person or organization."""

    name: str
    type: EntryType = "Person"
    aliases: tuple[str, ...] = ()
    kind: OrganizationKind = "other"
    acronym: str | None = None
    roles: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every name the entry goes by, canonical first."""
        extra = (self.acronym,) if self.acronym else ()
        return (self.name, *self.aliases, *extra)


def first_word_lengths(phrases: Iterable[str]) -> dict[str, int]:
    """First word (casefolded) -> words in the longest phrase starting with it: where a name can begin."""
    lengths: dict[str, int] = {}
    for phrase in phrases:
        words = name_key(phrase).split()
        if words:
            lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
    return lengths


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Known entities, looked up by any of their names (case and spacing ignored)."""

    entries: tuple[GazetteerEntry, ...] = ()
    _index: dict[str, GazetteerEntry] = field(default_factory=dict, init=False, repr=False, compare=False)
    _lengths: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for name in entry.names():
                self._index.setdefault(name_key(name), entry)
        self._lengths.update(first_word_lengths(self._index))

    def words_from(self, first: str) -> int:
        """Words in the longest name that starts with the word ``first`` (0: none does).

        Recognition asks this before trying the phrases that start at a word, so a text is
        not looked up phrase by phrase where no name can begin.
        """
        return self._lengths.get(name_key(first), 0)

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry one of whose names is ``name``, if any."""
        return self._index.get(name_key(name))

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, source: str | None = None) -> Gazetteer:
        """Build a gazetteer from plain records (as read from JSON); bad records raise InputError."""
        entries = []
        for number, record in enumerate(records):
            entries.append(_entry(record, source=source, position=number))
        return cls(entries=tuple(entries))

    @classmethod
    def load(cls, path: str | PathLike[str]) -> Gazetteer:
        """Read a gazetteer JSON file (see the module docstring for its layout)."""
        where = str(path)
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InputError(f"cannot read gazetteer: {error}", source=where) from error
        if isinstance(data, dict):
            data = data.get("entries")
        if not isinstance(data, list):
            raise InputError("a gazetteer is a JSON list of entries (or {'entries': [...]})", source=where)
        return cls.from_records(data, source=where)


def _strings(value: object, what: str, source: str | None, position: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"gazetteer entry {position}: {what} must be a list of names", source=source)
    return tuple(v.strip() for v in cast(list[str], value))


def _entry(record: object, *, source: str | None, position: int) -> GazetteerEntry:
    if not isinstance(record, Mapping):
        raise InputError(f"gazetteer entry {position} is not an object", source=source)
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f"gazetteer entry {position} has no name", source=source)
    kind_of = record.get("type", "Person")
    if kind_of not in ("Person", "Organization"):
        raise InputError(f"gazetteer entry {position}: type must be Person or Organization", source=source)
    kind = record.get("kind", "other")
    if kind not in get_args(OrganizationKind):
        raise InputError(f"gazetteer entry {position}: unknown organization kind {kind!r}", source=source)
    acronym = record.get("acronym")
    if acronym is not None and (not isinstance(acronym, str) or not acronym.strip()):
        raise InputError(f"gazetteer entry {position}: acronym must be a name", source=source)
    return GazetteerEntry(
        name=name.strip(),
        type=cast(EntryType, kind_of),
        aliases=_strings(record.get("aliases"), "aliases", source, position),
        kind=cast(OrganizationKind, kind),
        acronym=acronym.strip() if isinstance(acronym, str) else None,
        roles=_strings(record.get("roles"), "roles", source, position),
        same_as=_strings(record.get("same_as"), "same_as", source, position),
    )
