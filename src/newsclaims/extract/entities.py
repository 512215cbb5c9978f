"""People and organizations: mentions, resolution, and the speakers of quotes.

Recognition works on capitalised runs of words, read with context rather than a model:
titles and demonyms before a name ("Belarusian President Alexander Lukashenko"),
organization head words ("Defense Ministry", "Treaty Organization"), descriptors
("state news agency Belta", "Nexta Telegram channel"), acronyms in brackets, and a
small lexicon (:mod:`newsclaims.extract.entity_lexicon`) plus an optional newsroom
:class:`~newsclaims.extract.gazetteer.Gazetteer`. Surnames, role nouns ("the
Belarusian President"), pronouns and documents ("the statement") are then resolved
to the people and bodies already found, in text order.

A quote's speaker mentions are resolved in this order: an apposition to the name before
it ("Hugh Hill, a doctor,"); the head of a named phrase and the names coordinated with it
("The European Union and the United States"; not a possessive: "Putin's spokesman Dmitry
Peskov" is Peskov); he/she (the person named earlier in the sentence, else the last
speaker, else the last named; honorifics and earlier pronouns tell gender); "who"; "it"
(the body quoted or named last); a title ("the Florida senator"); "they" and counted
plurals ("the two leaders"); documents ("the statement": the speaker quoted just before)
and body nouns ("the press service": the nearest body named like it, else of its kind).
Anything else ("sources", "officials", "a new group") stays unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter, methodcaller
from os import PathLike
from typing import Any, Literal, NamedTuple

from newsclaims.extract.entity_lexicon import (
    BODY_NOUNS,
    COUNTRIES,
    DESCRIPTORS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    KNOWN_ORGANIZATIONS,
    NAME_JOINERS,
    NOT_ENTITIES,
    NOT_PERSON_LAST,
    ORG_HEADS,
    PART_NOUNS,
    PERSON_TITLES,
    PLACE_PREFIXES,
    PLATFORMS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
)
from newsclaims.extract.gazetteer import Gazetteer, first_word_lengths
from newsclaims.extract.layout import Layout
from newsclaims.model import Actor, Mention, Organization, OrganizationKind, Quote, Span
from newsclaims.model import name_key as _name_key
from newsclaims.model.ids import content_id

_new_tuple = tuple.__new__

name_key = lru_cache(maxsize=1 << 16)(_name_key)
"""Names recur within and across texts: normalise each once."""


@dataclass(frozen=True, slots=True)
class EntityFindings:
    """What entity recognition found in one text."""

    actors: tuple[Actor, ...] = ()
    organizations: tuple[Organization, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    """The quotes given, with ``speaker`` (and ``relayed_by``) resolved."""
    speakers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Quote id -> every resolved speaker id: the same as each quote's ``speakers``, kept for lookup by id."""


# --- tables derived from the lexicon -------------------------------------------------

_COUNTRY_OF: dict[str, str] = {}
"""Any country name, alias or demonym (as written) -> canonical country name."""
_CAPITALS: dict[str, str] = {}
for _state, (_demonyms, _names, _capital) in COUNTRIES.items():
    _COUNTRY_OF[_state] = _state
    for _alias in _names:
        _COUNTRY_OF[_alias] = _state
    _CAPITALS[_capital] = _state
_DEMONYM_OF: dict[str, str] = {d: c for c, (ds, _, _) in COUNTRIES.items() for d in ds}


@dataclass(frozen=True, slots=True)
class _Known:
    """A lexicon or gazetteer entry as recognition needs it."""

    name: str
    is_person: bool
    kind: OrganizationKind = "other"
    acronym: str | None = None
    same_as: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


def _lexicon_known() -> tuple[dict[str, _Known], dict[str, _Known]]:
    """Known names: case-insensitive names, and case-sensitive acronyms."""
    names: dict[str, _Known] = {}
    acronyms: dict[str, _Known] = {}
    for org_name, (acronym, kind, aliases) in KNOWN_ORGANIZATIONS.items():
        known = _Known(org_name, False, kind, acronym, aliases=aliases)
        for alias in (org_name, *aliases):
            names[name_key(alias)] = known
        if acronym:
            acronyms[acronym] = known
    for country, (_, aliases, _) in COUNTRIES.items():
        known = _Known(country, False, "country")
        for alias in (country, *aliases):
            if alias.replace(".", "").isupper():
                acronyms[alias] = known
            else:
                names[name_key(alias)] = known
    return names, acronyms


_LEX_NAMES, _LEX_ACRONYMS = _lexicon_known()


_LEX_LENGTHS = first_word_lengths([*_LEX_NAMES, *_LEX_ACRONYMS])
"""Where a known name can begin, and how long it can be: most capitalised words begin none."""
_MAX_KNOWN_WORDS = 8


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first, as a trie (much faster than a flat list)."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    ends_here = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


_REFERRING_TITLES = {t for t in PERSON_TITLES if t not in HONORIFICS and "." not in t} - {
    "general",
    "chief",
    "head",
    "speaker",
    "justice",
    "chair",
    "secretary",
    "director",
    "judge",
}
_COUNTRY_ALT = _alternation(_COUNTRY_OF)
# Role phrases are found from their title outwards: the title first (one fast scan), then
# what stands before it (determiner, demonym or country) and after it ("of Belarus").
_TITLE = re.compile(rf"\b(?P<title>(?i:{_alternation(_REFERRING_TITLES)}))\b")
_TITLE_LOWER_ALT = _alternation({t.lower() for t in _REFERRING_TITLES})
_TITLE_LOWER = re.compile(rf"\b(?P<title>{_TITLE_LOWER_ALT})\b")
"""The same on a lower-cased copy of the text: twice as fast as ignoring case while matching."""
_TITLE_AFTER_BREAK = re.compile(rf"[^0-9A-Z_a-z](?<=\W)(?P<title>{_TITLE_LOWER_ALT})\b")
"""_TITLE_LOWER with the character before the title (no word's) taken along: that character is
tried against plain ranges first, so the scan skips most of the text in C (a sixth faster)."""
_DETERMINERS = ("The", "the", "His", "his", "Her", "her", "Their", "their", "Its", "its")
_DETERMINER_ALT = _alternation(_DETERMINERS)
_BEFORE_TITLE = re.compile(
    rf"(?:\b(?P<det>{_DETERMINER_ALT})\s+)?"
    rf"(?:\b(?P<adj>{_alternation(_DEMONYM_OF)}|{_COUNTRY_ALT})(?P<poss>['’]s?)?\s+)?$"
)
_BEFORE_TITLE_REVERSED = re.compile(
    rf"(?:s?['’])?(?:{_alternation(w[::-1] for w in (*_DEMONYM_OF, *_COUNTRY_OF, *_DETERMINERS))})"
)
"""What the words before a title end with when _BEFORE_TITLE finds any, read backwards: a
determiner, or a demonym or country (possessive or not). One match at the start of the reversed
text instead of a search through the forty characters before every title."""
_DETERMINER_BEFORE = re.compile(rf"\b(?P<det>{_DETERMINER_ALT})\s+$")
_OF_COUNTRY = re.compile(rf"\s+of\s+(?:the\s+)?(?P<of>{_COUNTRY_ALT})\b")


class _RoleMatch(NamedTuple):
    """A role phrase: "the Belarusian President", "President of Belarus", "his Russian counterpart"
    (a tuple: built for every title in a text, never changed)."""

    start: int
    end: int
    title: str
    title_start: int
    det: str = ""
    adj: str = ""
    of: str = ""


def _role_matches(text: str, start: int, end: int, lowered: str | None = None) -> list[_RoleMatch]:
    """Role phrases in text[start:end]; ``lowered`` is ``text.lower()`` when that keeps every offset."""
    found = []
    if lowered is None:
        titles = _TITLE.finditer(text, start, end)
    elif start == 0:
        titles = _TITLE_LOWER.finditer(lowered, start, end)
    else:
        # From the character before ``start``, as _TITLE_AFTER_BREAK takes it along (a title
        # ends in a letter, so no title starts where another ends: taking it skips none).
        titles = _TITLE_AFTER_BREAK.finditer(lowered, start - 1, end)
    for match in titles:
        title_start, title_end = match.span(1)
        window_start = max(start, title_start - 40)
        before = None  # most titles follow neither a determiner nor a place: only the empty match then
        stripped = text[window_start:title_start].rstrip()
        if len(stripped) < title_start - window_start and _BEFORE_TITLE_REVERSED.match(stripped[::-1]):
            before = _BEFORE_TITLE.search(text, window_start, title_start)
        adj = before.group("adj") or "" if before else ""
        det = before.group("det") or "" if before else ""
        phrase_start = before.start("adj") if before and adj else title_start
        if adj and before and before.group("det") is None:
            previous = _DETERMINER_BEFORE.search(text, max(start, phrase_start - 8), phrase_start)
            det = previous.group("det") if previous else ""
        of = _OF_COUNTRY.match(text, title_end, end)
        found.append(
            _RoleMatch(
                phrase_start,
                of.end() if of else title_end,
                text[title_start:title_end],
                title_start,
                det,
                adj,
                of.group("of") if of else "",
            )
        )
    return found


# Only words that can be part of a name: capitalised words (the case is checked in Python,
# so any script's capitals count; "O’Malley" is one word) and the joiners inside names;
# other words are skipped.
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")
_POSSESSIVE_MARK = rf"(?P<possessive>{_POSSESSIVE.pattern})?"
_NAME_GAPS = (" ", "\u00a0")
"""What may stand between two words of one name."""
_JOINER_WORDS = NAME_JOINERS | {"the"}
_JOINER_STARTS = frozenset(word[0] for word in _JOINER_WORDS)
_WORD = re.compile(
    # The first character is tried against a plain range (upper-case ASCII or any non-ASCII),
    # then checked (a third faster a scan than the category test at every character).
    r"(?P<word>[^\x00-@\[-\x7f](?<=[^\W\d_a-z])[\w\-]*(?:['’][^\W\d_a-z][\w\-]*)?(?:\.[^\W\d_]+)*\.?)"
    rf"(?:(?=[{''.join(_NAME_GAPS)}][{''.join(sorted(_JOINER_STARTS))}])(?P<gap>))?" + _POSSESSIVE_MARK
)
"""A word not starting with an ASCII lower-case letter (the scan skips the rest of the text in C).
``gap`` (empty) says a gap and a letter a joiner can begin with follow, ``possessive`` a possessive
mark: ``lastindex`` tells which (the first excludes the second)."""
_GAP_GROUP, _POSSESSIVE_GROUP = _WORD.groupindex["gap"], _WORD.groupindex["possessive"]
_JOINER = re.compile(rf"(?P<word>{_alternation(_JOINER_WORDS)})\b" + _POSSESSIVE_MARK)
"""A joiner (of, for, on, de, du, von, van, der, al, bin, the): looked for only right after a word and a gap."""
_NAME_CHARS = re.compile(r"[\-'’]")
"""Marks inside a name's words besides letters ("Jean-Marie", "O’Malley")."""
_SENTENCE_END = re.compile(r"[.!?\n:](?:(?<=[.!?])[”\"’')\]]*\s+|(?<=\n)\n*|(?<=:)\s+)")
"""A sentence end (stop, then closing marks and space; line breaks; a colon and space), written to
open with one character class: the regex engine then skips to the next candidate in C."""
_OPENERS_AND_SPACE = re.compile(r"[“\"‘'«„(\[—–\-\s]*")
_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "sen.", "rep.", "gov.", "st.", "jr.", "sr."})
_BRACKETED_PRONOUN = re.compile(r"\b(?P<pronoun>him|her|he|she)\s+\((?P<name>[^()\n]{2,60})\)")
_APPOSITION_ROLE = re.compile(r",\s+(?:a|an|the)\s+(?P<role>[a-z][a-z\- ]{2,40}?),")
_DESCRIPTOR_BEFORE = re.compile(rf"(?:{_alternation(DESCRIPTORS)})\s+$")
_DESCRIPTOR_REACH = max(map(len, DESCRIPTORS))
"""A descriptor before a name starts at most this far before the whitespace that ends the text searched."""
_RELAY_VERB = r"(?:reports|reported)\b"
"""A relay verb after an outlet's name ("Belta reports")."""
_MEDIA_AT = re.compile(rf"\s+(?:(?P<d>{_alternation(DESCRIPTORS)})\b|{_RELAY_VERB})")
"""A descriptor ("Belta news agency": ``d``) or a relay verb ("Belta reports") after a name, in one match."""
_MEDIA_AFTER = re.compile("^" + _MEDIA_AT.pattern)
_PART_AFTER = re.compile(rf"^\s+(?P<part>{_alternation(PART_NOUNS)})\b")
_RELAY_WORDS = ("reported", "per", "according to", "told")
"""Cues before an outlet's name."""
_RELAY_WORD = re.compile("|".join(map(re.escape, _RELAY_WORDS)))
"""Any of the cues anywhere: a cheap test before _RELAY_BEFORE (where none is present, no search)."""
_RELAY_BEFORE = re.compile(rf"\b(?:{'|'.join(_RELAY_WORDS)})\s+(?:the\s+)?$")
_RELAY_AFTER = re.compile(rf"^\s+{_RELAY_VERB}")
_SPEECH_AFTER = re.compile(rf"^\s*,?\s*(?:{_alternation(SPEECH_VERBS)})\b")
_IN_ORG = re.compile(r"^\s+(?:in|of|at)\s+the\s+")
_SINGULAR_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
"""Singular personal pronouns, with the gender they require of the person they stand for."""
_HONORIFIC_BEFORE = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Sir|Lady|Madam)\.?\s+$")
_HONORIFIC_GENDER = {"Mr": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Lady": "f", "Madam": "f"}
_RELATIVE_PRONOUNS = frozenset({"who", "which"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "both"})
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_PLURAL_NOUN = re.compile(rf"(?P<n>{'|'.join(_COUNTS)})\s+(?:[\w\-]+\s+)?[\w\-]+s")
"""Plural role nouns that name several speakers at once ("the two leaders", "both sides")."""
_CONJUNCTION = re.compile(r"\s*(?:,\s*)?(?:(?P<and>and|&|as well as)\s+)?(?:the\s+)?(?<=[\s,])", re.IGNORECASE)
"""What may stand between coordinated names: ", ", " and (the) ", ", and ", " as well as "."""
_COMMON_NOUN_PHRASE = re.compile(r"(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?")
"""One or two lower-case words with at most one more before them, no possessive."""
_INDEFINITE = re.compile(r"(?:an?|one|another|some)\s", re.IGNORECASE)
_DOCUMENT_REACH = 600
"""How far (in characters) after a quote "the statement" still stands for its speaker."""
_COMMA_BEFORE = re.compile(r",\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_RELAY_CONTEXT = re.compile(
    r"\b(?:reported|reports|per|according to|reported by|cited by|citing|quoted by|via)\s+(?:the\s+)?"
    r"(?:[\w’'\-]+\s+){0,4}$",
    re.IGNORECASE,
)
"""A relay cue before an outlet's name, with up to four descriptor words between ("per state news agency")."""


Category = Literal["person", "org", "role", "single", "bracket", "pronoun", "document"]


class _Token(NamedTuple):
    """A word that can be part of a name (a tuple: built by the thousand, never changed)."""

    start: int
    end: int
    text: str
    possessive: bool = False
    low: str = ""
    """``text.casefold()`` (computed once, asked of many tables)."""
    cap: bool = False
    """Whether the word starts with a capital."""


def _word_token(word: str) -> _Token:
    return _Token(0, 0, word, False, word.casefold(), word[:1].isupper())


@dataclass(slots=True)
class _Found:
    """A mention found by recognition, before clustering."""

    start: int
    end: int
    category: Category
    name: str
    """The name as written (persons: without title; orgs: as named; roles: the role phrase)."""
    kind: OrganizationKind = "other"
    role: str | None = None
    country: str | None = None
    """Country of a title or demonym ("Belarusian President" -> Belarus)."""
    part_of: str | None = None
    """Name of the organization this one is part of."""
    acronym: str | None = None
    known: _Known | None = None
    alias: str | None = None
    """A role phrase written with the name ("Belarusian leader"), kept as an alias."""
    initial: bool | None = False
    """Known to stand in a headline (or scare quotes, a quoted term); None: not asked yet. Whether
    a lone word opens a sentence waits until asked too (see :meth:`_Finder._speaks`)."""
    key: str | None = None
    """Cluster key, once resolved."""
    noted: bool = False
    """Whether its place is recorded among its cluster's positions."""


@dataclass(slots=True)
class _Cluster:
    key: str
    person: bool
    name: str
    first: int
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: OrganizationKind = "other"
    acronym: str | None = None
    country: str | None = None
    part_of: str | None = None
    same_as: tuple[str, ...] = ()
    fixed_name: bool = False


@dataclass(slots=True)
class _Forms:
    """A person's names (normalised) and their words, as read so far from the cluster."""

    name: str
    names_seen: int = 0
    aliases_seen: int = 0
    forms: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    unindexed: list[str] = field(default_factory=list)
    """Forms and parts not yet in the finder's person index."""

    def add(self, name: str) -> None:
        form = name_key(name)
        if form in self.forms:
            return
        self.forms.add(form)
        self.unindexed.append(form)
        for part in form.split():
            if part not in self.parts:
                self.parts.add(part)
                self.unindexed.append(part)


def _name_runs(text: str, start: int, end: int, covered: Sequence[tuple[int, int]] = ()) -> list[list[_Token]]:
    """Runs of capitalised words next to each other, with joiners ("of", "for") inside, in one scan.

    The words are those that can be part of a name, with their possessive marks. Words inside
    a ``covered`` stretch (sorted, as :func:`_covered` decides) are left out; they still count
    as the word before a joiner. A lone word no name is made of ("The", "But": a third of all
    runs) is left out too: it would be trimmed to nothing, and it is no person's name after a
    title either.
    """
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []
    last_end = -1
    index = -1
    last_cover = len(covered) - 1
    for match in _WORD.finditer(text, start, end):
        begin, stop = match.span(1)
        word, low, cap, lower_first, cut = _word_form(match.group(1))
        if lower_first and not (last_end >= 0 and text[last_end:begin] in _NAME_GAPS):
            continue  # a lower-case word ("état") matters only right after a word of a name
        marks = match.lastindex
        possessive = marks == _POSSESSIVE_GROUP
        # A gap and maybe a joiner follow (not when the word's full stop was cut off).
        probe = marks == _GAP_GROUP and not cut
        if cut:
            stop -= 1
            possessive = False
        while True:
            last_end = stop
            while index < last_cover and covered[index + 1][0] <= begin:
                index += 1
            if not (index >= 0 and covered[index][0] <= begin and stop <= covered[index][1]):
                # tuple.__new__ directly: the NamedTuple's own __new__ is a Python call per token.
                token = _new_tuple(_Token, (begin, stop, word, possessive, low, cap))
                joined = False
                if current:
                    last = pending[-1] if pending else current[-1]
                    # One gap character between them, and no possessive before it.
                    if begin - last.end == 1 and text[last.end] in _NAME_GAPS and not last.possessive:
                        if cap:
                            if low not in NAME_JOINERS:
                                current.extend(pending)
                                pending = []
                                current.append(token)
                                joined = True
                        elif len(pending) < 2 and (low in NAME_JOINERS or (low == "the" and pending)):
                            pending.append(token)
                            joined = True
                    if not joined:
                        if len(current) > 1 or current[0].low not in NOT_ENTITIES:
                            runs.append(current)
                        current, pending = [], []
                if cap and not joined:
                    current = [token]
            # Joiners count only right after a word and one gap ("Bank of the"): looked for
            # there, they cost nothing elsewhere. They hold no capital, so the scan above
            # finds its next word after them.
            if not probe:
                break
            joiner = _JOINER.match(text, stop + 1, end)
            if joiner is None:
                break
            word = joiner.group(1)
            low, cap = word, False
            begin, stop = joiner.span(1)
            possessive = joiner.end() != stop
            probe = (
                not possessive and text[stop : stop + 1] in _NAME_GAPS and text[stop + 1 : stop + 2] in _JOINER_STARTS
            )
    if current and (len(current) > 1 or current[0].low not in NOT_ENTITIES):
        runs.append(current)
    return runs


@lru_cache(maxsize=1 << 16)
def _word_form(word: str) -> tuple[str, str, bool, bool, bool]:
    """A scanned word as a token holds it (a sentence's full stop cut off, not an initial's or
    an abbreviation's), its casefolded form and capital, whether it begins in lower case, and
    whether the stop was cut. Words recur: each is read once."""
    cut = (
        word[-1] == "."
        and not (len(word) == 2 and word[0].isupper())
        and "." not in word[:-1]
        and word.casefold() not in _ABBREVIATIONS
    )
    lower_first = word[0].islower()
    if cut:
        word = word[:-1]
    return word, word.casefold(), word[:1].isupper(), lower_first, cut


_AFFILIATIONS = frozenset({"democrat", "democratic", "republican", "gop", "conservative", "liberal", "independent"})
_NOT_SPLITTING = _AFFILIATIONS | {"former", "head", "chief", "mr.", "mrs.", "ms.", "dr.", "sir"}

_ORG_PRONOUNS = frozenset({"it", "its"})
_TRIMMED = NOT_ENTITIES | NAME_JOINERS
"""Words a run of names never begins or ends with."""
_ORG_HEAD_WORDS = frozenset(ORG_HEADS)
_LOW = itemgetter(4)
"""A token's casefolded word (``_Token.low``), for map()."""
_TEXT = itemgetter(2)
_DESCRIPTOR_ENDS = tuple(DESCRIPTORS)
_PERSON_NOUNS = {
    title: TITLE_ABBREVIATIONS.get(title, title)
    for title in (PERSON_TITLES | ROLE_NOUNS) - HONORIFICS - _AFFILIATIONS - {"former", "head", "chief", "counterpart"}
}
"""Titles a definite description can end in ("the Florida senator"), written out as roles are."""
_NAME_WORD = re.compile(r"[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?")


def _person_of(tokens: Sequence[_Token]) -> int:
    """Where "of" follows a person's two or three names and precedes a body (0: it does not)."""
    for position in (2, 3):
        if len(tokens) > position + 1 and tokens[position].text == "of":
            names = [t.low for t in tokens[:position]]
            if (
                names[0] in PLACE_PREFIXES
                or names[-1] in NOT_PERSON_LAST
                or any(
                    n in ORG_HEADS or n in PERSON_TITLES or n in NOT_ENTITIES or n in NAME_JOINERS or n == "the"
                    for n in names
                )
            ):
                return 0
            return position
    return 0


@lru_cache(maxsize=1 << 16)
def _not_name_word(word: str) -> bool:
    """A word no name is written with: lower-case, digits or marks besides "-", "'" and "’", a trailing "-"."""
    return not word[:1].isupper() or not _NAME_CHARS.sub("", word).rstrip(".").isalpha() or word.endswith("-")


def without_initials(name: str) -> str:
    """A full name without its middle initials ("Loretta E. Lynch" -> "loretta lynch")."""
    words = name_key(name).split()
    if len(words) < 3:
        return " ".join(words)
    middle = [w for w in words[1:-1] if len(w.rstrip(".")) > 1]
    return " ".join([words[0], *middle, words[-1]])


_without_initials = lru_cache(maxsize=1 << 16)(without_initials)
"""The same, remembered: asked of every person's name, and names recur."""


def _not_a_name(words: Sequence[str]) -> bool:
    """A place ("New York"), a thing ("Election Day") or a headline ("Stealth Over Health")."""
    lowered = [w.casefold() for w in words]
    return (
        lowered[0] in PLACE_PREFIXES
        or lowered[-1] in NOT_PERSON_LAST
        or any(w in NOT_ENTITIES for w in lowered[1:])
        or all(w.isupper() and len(w) > 2 for w in words)
    )


_ANY_NAME, _NO_NAME, _NOT_A_PERSON = range(3)


@lru_cache(maxsize=1 << 16)
def _name_words(words: tuple[str, ...]) -> int:
    """What the words of a run alone say of it as a name: ``_NO_NAME`` (more than four words, or
    one no name is written with), ``_NOT_A_PERSON`` (two words or more that :func:`_not_a_name`
    rules out as a person's name), else ``_ANY_NAME``. The same runs recur: each is read once."""
    if len(words) > 4 or any(map(_not_name_word, words)):
        return _NO_NAME
    return _NOT_A_PERSON if len(words) >= 2 and _not_a_name(words) else _ANY_NAME


def _title_inside(rest: Sequence[_Token]) -> int:
    """Where a title stands between a place of one or two words and a name of one to three (0: nowhere)."""
    for position in (1, 2):
        if position + 1 < len(rest) <= position + 4:
            low = rest[position].low
            if low in PERSON_TITLES and low not in _NOT_SPLITTING and not rest[position - 1].possessive:
                return position
    return 0


@lru_cache(maxsize=1 << 12)
def _role_name(title: str, country: str | None) -> str | None:
    """A stated title as a role ("President of Belarus"); none for plain referring nouns (few
    titles and countries: each pair is spelt out once)."""
    lowered = " ".join(title.casefold().split())
    lowered = TITLE_ABBREVIATIONS.get(lowered, lowered)
    if lowered in _NOT_ROLES or lowered in HONORIFICS:
        return None
    words = " ".join(w if w in NAME_JOINERS else w[:1].upper() + w[1:] for w in lowered.split())
    return f"{words} of {country}" if country else words


@lru_cache(maxsize=1 << 12)
def _title_of(role: str) -> str:
    return role.split(" of ")[0].casefold()


_NOT_ROLES = frozenset({"leader", "counterpart", "head of state", "head"})


class _Finder:
    """Recognition and resolution over one text."""

    def __init__(self, text: str, layout: Layout, quotes: Sequence[Quote], gazetteer: Gazetteer | None) -> None:
        self.text = text
        self.quotes = sorted(quotes, key=lambda q: q.contents[0].start)
        self.gazetteer = gazetteer
        regions = [s for s in (layout.headline, *layout.paragraphs) if s is not None and s.end <= len(text)]
        if not regions:
            regions = [Span(start=0, end=len(text))]
        self.regions = sorted(regions, key=lambda s: s.start)
        self.sentence_starts = self._sentences()
        self.quoted = sorted(
            (c.start, c.end) for q in self.quotes if q.kind != "scare" for c in q.contents if c.end <= len(text)
        )
        self.scare = _merged([(c.start, c.end) for q in self.quotes if q.kind == "scare" for c in q.contents])
        self.found: list[_Found] = []
        self.pending_roles: dict[int, tuple[int, str | None, str | None, str]] = {}
        self.clusters: dict[str, _Cluster] = {}
        self.forms_cache: dict[str, _Forms] = {}
        self.titlecase_cache: dict[int, bool] = {}
        self.titlecase_last: tuple[int, int, bool] = (0, 0, False)
        """The sentence _titlecase was asked of last: its start, end and answer."""
        self.positions: dict[str, list[int]] = {}
        self.title_starts: set[int] = set()
        self.plain_names: dict[str, str] = {}
        """A person's name without middle initials -> their cluster key."""
        self.last_speakers: tuple[str, ...] = ()
        """Who spoke in the last attributed quote, while quotes are resolved in text order."""
        self.last_said = 0
        """Where that quote (its words or its speaker) ends."""
        self.genders: dict[str, str] | None = None
        """Person key -> "m"/"f" where an honorific gives it (computed on first need)."""
        self.person_index: dict[str, set[str]] = {}
        self.starts: list[int] = []
        self.quoted_merged: list[tuple[int, int]] = _merged(self.quoted)

    # --- positions -------------------------------------------------------------

    def _sentences(self) -> list[int]:
        starts: set[int] = set()
        for region in self.regions:
            starts.add(region.start)
            starts.update(map(_END, _SENTENCE_END.finditer(self.text, region.start, region.end)))
        return sorted(starts)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        start = self.sentence_starts[index] if self.sentence_starts else 0
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def sentence_initial(self, offset: int) -> bool:
        # sentence_bounds(sentence_of(offset))[0], inlined: asked of every single-word name.
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index if index > 0 else 0]
        # Only openers and spaces before the offset (matched in place, up to the first other character).
        return start > offset or _OPENERS_AND_SPACE.fullmatch(self.text, start, offset) is not None

    def quoted_at(self, start: int, end: int) -> bool:
        return _covered(self.quoted_merged, start, end)

    def _quoted_term(self, start: int, end: int) -> bool:
        """A title or term in quote marks ("‘Europe’s Last Dictator’"): only known names inside.

        Asked only where a closing mark follows (:meth:`_headline_or_quoted` tests that first)."""
        window = self.text[max(0, start - 30) : start]
        opening = max(window.rfind(mark) for mark in _OPENING_MARKS)
        return opening >= 0 and not any(mark in window[opening + 1 :] for mark in '”"')

    def _titlecase(self, offset: int) -> bool:
        """Headline-style sentences (every word capitalised) give only known names."""
        # Asked of every run, in text order: the sentence asked last usually answers.
        last_start, last_end, last = self.titlecase_last
        if last_start <= offset < last_end:
            return last
        # sentence_bounds(sentence_of(offset)), inlined: asked of most runs.
        starts = self.sentence_starts
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        start = starts[index] if starts else 0
        end = starts[index + 1] if index + 1 < len(starts) else len(self.text)
        cached = self.titlecase_cache.get(index)
        if cached is None:
            cached = _headline_style(self.text, start, end) and not _prose_start(self.text, start, end)
            self.titlecase_cache[index] = cached
        # Offsets before the first sentence start count as in the first sentence.
        self.titlecase_last = (start if index else -1, end, cached)
        return cached

    # --- lexicon ---------------------------------------------------------------

    def known_words(self, low: str) -> int:
        """Words in the longest known name (lexicon or gazetteer) that can start with ``low`` (casefolded)."""
        longest = _LEX_LENGTHS.get(low, 0)
        if self.gazetteer is not None:
            longest = max(longest, self.gazetteer.words_from(low))
        return min(longest, _MAX_KNOWN_WORDS)

    def known(self, words: Sequence[_Token]) -> _Known | None:
        phrase = " ".join(t.text for t in words)
        if self.gazetteer is not None and phrase[:1].isupper():
            entry = self.gazetteer.lookup(phrase)
            if entry is not None and not (phrase.isupper() and entry.acronym and phrase != entry.acronym):
                return _Known(
                    entry.name,
                    entry.type == "Person",
                    entry.kind,
                    entry.acronym,
                    entry.same_as,
                    entry.aliases,
                    entry.roles,
                )
        return _lexicon_entry(phrase)

    # --- recognition -----------------------------------------------------------

    def recognise(self) -> None:
        lowered = self.text.lower()
        same_offsets = lowered if len(lowered) == len(self.text) else None
        roles = [m for r in self.regions for m in _role_matches(self.text, r.start, r.end, same_offsets)]
        covered = sorted((m.start, m.end) for m in roles)
        runs: list[list[_Token]] = []
        for region in self.regions:
            runs.extend(_name_runs(self.text, region.start, region.end, covered))
        run_at = {run[0].start: run for run in runs}
        persons_after: set[int] = set()
        self.title_starts = {m.title_start for m in roles}
        for match in roles:
            self._role(match, run_at, persons_after)
        for run in runs:
            self._run(run, role_before=run[0].start in persons_after)
        self._bracketed_pronouns()

    def _add(self, found: _Found) -> _Found:
        self.found.append(found)
        return found

    def _role(self, match: _RoleMatch, run_at: dict[int, list[_Token]], persons_after: set[int]) -> None:
        adjective, of, title = match.adj, match.of, match.title
        country = _DEMONYM_OF.get(adjective) or _COUNTRY_OF.get(adjective) or _COUNTRY_OF.get(of)
        start = match.start
        role = _role_name(title, country)
        phrase = self.text[start : match.end]
        gap = _AFTER_ROLE.match(self.text, match.end)
        name_start = gap.end() if gap else match.end
        run = run_at.get(name_start)
        # "former Florida Governor Jeb Bush": a place between two titles is nobody's name.
        if run is not None and self._person_run(run) and run[-1].end + 1 not in self.title_starts:
            persons_after.add(name_start)
            if gap is not None and "," in gap.group():
                found = self._add(_Found(start, match.end, "role", phrase, role=role, country=country))
                found.part_of = f"@{name_start}"
            else:
                self.pending_roles[name_start] = (start, role, country, phrase)
            return
        if title.casefold() not in ROLE_NOUNS or not (match.det or adjective or of):
            return
        if not match.det and not adjective and not title[:1].isupper():
            return
        self._add(_Found(start, match.end, "role", phrase, role=role, country=country))

    def _person_run(self, run: list[_Token]) -> bool:
        if run[0].low in NOT_ENTITIES or any(t.low in ORG_HEADS for t in run):
            return False
        known = self.known(run)
        return known is None or known.is_person

    def _headline_or_quoted(self, start: int, end: int) -> bool:
        """Whether text[start:end] stands where only known names are read: a headline-style
        sentence, scare quotes, a quoted term."""
        return (
            self._titlecase(start)
            or (bool(self.scare) and _covered(self.scare, start, end))
            or (self.text[end : end + 1] in _CLOSERS and self._quoted_term(start, end))
        )

    def _run(self, run: list[_Token], *, role_before: bool) -> None:
        if len(run) == 1 and self.gazetteer is None:
            # One word (most runs): the lexicon's verdict on it is remembered across texts.
            token = run[0]
            lone = _lone_word(token.text)
            if lone == _NOTHING:
                return
            if lone == _SINGLE and not role_before and self._plain_single(token.start, token.end):
                # What _name_run would find, without its questions about the context.
                self._add(_Found(token.start, token.end, "single", token.text, initial=None))
                return
            if lone != _OTHER:
                # After a title the answer decides between a person and a single: ask it now.
                titlecase = self._headline_or_quoted(run[0].start, run[0].end) if role_before else None
                self._name_run(run, country=None, title=None, role_before=role_before, titlecase=titlecase)
                return
        while run and run[0].low in _TRIMMED:
            run = run[1:]
        while run and run[-1].low in _TRIMMED:
            run = run[:-1]
        if not run:
            return
        index = 0
        country: str | None = None
        titles: list[str] = []
        size = len(run)
        while index < size:
            token = run[index]
            low = token.low
            # Most words begin no known name: the lexicon's table answers without a call.
            longest = _LEX_LENGTHS.get(low, 0) if self.gazetteer is None else self.known_words(low)
            if longest:
                known: _Known | None = None
                stop = min(size, index + longest, index + _MAX_KNOWN_WORDS)
                while stop > index:
                    known = self.known(run[index:stop])
                    if known is not None:
                        break
                    stop -= 1
                if known is not None:
                    self._known(run, index, stop, known)
                    index = stop
                    country = None
                    continue
            if low in NAME_JOINERS or low == "the":
                index += 1
                continue
            if token.text in _DEMONYM_OF:
                if index + 1 < len(run):
                    country = _DEMONYM_OF[token.text]
                index += 1
                continue
            if token.text in _CAPITALS and token.possessive:
                capital_of = _CAPITALS[token.text]
                self._add(_Found(token.start, token.end, "org", capital_of, "country", known=_country(capital_of)))
                index += 1
                continue
            rest = run[index:] if index else run
            # Asked once per run at most (each branch below ends the loop), and only when needed.
            if self._headline_or_quoted(run[0].start, run[-1].end):
                self._name_run(rest, country=None, title=None, role_before=role_before, titlecase=True)
                return
            if not _ORG_HEAD_WORDS.isdisjoint(map(_LOW, rest)):
                self._org_run(run, index, country)
                return
            if low in PERSON_TITLES and index + 1 < size:
                titles.append(token.text)
                index += 1
                if index < size and run[index].text == "of":
                    index += 1
                continue
            split = _title_inside(rest) if len(rest) > 2 else 0
            if split and not titles:
                # "Arkansas Gov. Mike Huckabee", "FBI Director James Comey": a place or a body
                # (read on its own), a title, then the name.
                self._run(list(rest[:split]), role_before=False)
                self._name_run(rest[split + 1 :], country=country, title=rest[split].text, role_before=role_before)
                return
            self._name_run(rest, country=country, title=titles[-1] if titles else None, role_before=role_before)
            return

    def _plain_single(self, start: int, end: int) -> bool:
        """Whether no media descriptor or relay cue stands around text[start:end], the stretches
        :meth:`_name_run` reads (the same tests, on the same windows, without slicing them out
        where it can)."""
        text = self.text
        if _MEDIA_AT.match(text, end, end + 60) is not None:
            return False
        floor = max(0, start - 40)
        if _RELAY_WORD.search(text, floor, start) is not None:
            return False
        return not (
            start > floor and text[start - 1].isspace() and text[floor:start].rstrip().endswith(_DESCRIPTOR_ENDS)
        )

    def _known(self, run: list[_Token], index: int, stop: int, known: _Known) -> None:
        start, end = run[index].start, run[stop - 1].end
        category: Category = "person" if known.is_person else "org"
        found = self._add(_Found(start, end, category, self.text[start:end], known.kind, known=known))
        found.acronym = known.acronym
        if not known.is_person:
            self._org_context(found)

    def _org_run(self, run: list[_Token], index: int, country: str | None) -> None:
        tokens = run[index:]
        # A title followed by "of (the)" is a role without a person: the organization follows.
        for position, token in enumerate(tokens[:-1]):
            if token.low in PERSON_TITLES and tokens[position + 1].text == "of":
                rest = tokens[position + 2 :]
                if rest and not any(t.low in ORG_HEADS for t in tokens[:position]):
                    self._run(rest, role_before=False)
                    return
        person = _person_of(tokens)
        if person:
            # "Norah O’Donnell of CBS News": a person, then the body they are with.
            self._name_run(tokens[:person], country=None, title=None, role_before=False)
            rest = tokens[person + 1 :]
            self._run(rest[1:] if rest and rest[0].text == "the" else rest, role_before=False)
            return
        start = run[index - 1].start if country and index > 0 else tokens[0].start
        end = tokens[-1].end
        kind: OrganizationKind = "other"
        for token in reversed(tokens):
            if token.low in ORG_HEADS:
                kind = ORG_HEADS[token.low]
                break
        if country and kind in ("other", "government"):
            kind = "government"
        found = self._add(_Found(start, end, "org", self.text[start:end], kind))
        if country:
            found.part_of = country
            self._add(
                _Found(run[index - 1].start, run[index - 1].end, "org", country, "country", known=_country(country))
            )
        self._org_context(found)

    def _org_context(self, found: _Found) -> None:
        """Acronyms in brackets after a name, and parts named after it ("the Kremlin press service")."""
        after = self.text[found.end : found.end + 60]
        acronym = _ACRONYM_AFTER.match(after)
        if acronym:
            found.acronym = found.acronym or acronym.group("a")
            self._add(
                _Found(
                    found.end + acronym.start("a"),
                    found.end + acronym.end("a"),
                    "org",
                    acronym.group("a"),
                    found.kind,
                    known=found.known,
                    acronym=found.acronym,
                    part_of=f"={found.start}",
                )
            )
        part = _PART_AFTER.match(after)
        if part:
            end = found.end + part.end("part")
            name = f"{found.known.name if found.known else found.name} {part.group('part')}"
            self._add(_Found(found.start, end, "org", name, "government", part_of=found.name))
            self.found[-1].key = None
        inside = _IN_ORG.match(after)
        if inside and found.part_of is None:
            found.part_of = f"@{found.end + inside.end()}"

    def _name_run(
        self,
        rest: list[_Token],
        *,
        country: str | None,
        title: str | None,
        role_before: bool,
        titlecase: bool | None = False,
    ) -> None:
        """A run read as a name (of a person, or a body where its context says so).

        ``titlecase`` None (a lone word, no title before it) leaves :meth:`_headline_or_quoted`
        unasked until an answer depends on it: such a word is a "single" either way, and
        whether it stands in a headline matters only when it names no one found before.
        """
        words = rest if HONORIFICS.isdisjoint(map(_LOW, rest)) else [t for t in rest if t.low not in HONORIFICS]
        if not words:
            return
        start, end = words[0].start, words[-1].end
        after = self.text[end : end + 60]
        before = self.text[max(0, rest[0].start - 40) : rest[0].start]
        media_after = descriptor_after = descriptor_before = None
        if not titlecase:
            media_after = _MEDIA_AFTER.match(after)
            descriptor_after = media_after.group("d") if media_after is not None else None
            if descriptor_after is None:
                # A descriptor ends where the space before the name begins: most names have none.
                stripped = before.rstrip()
                if len(stripped) < len(before) and stripped.endswith(_DESCRIPTOR_ENDS):
                    descriptor_before = _DESCRIPTOR_BEFORE.search(before, max(0, len(stripped) - _DESCRIPTOR_REACH))
            if titlecase is None and (media_after is not None or descriptor_before is not None):
                titlecase = self._headline_or_quoted(start, end)
                if titlecase:
                    media_after = descriptor_after = descriptor_before = None
        if media_after is not None or descriptor_before is not None:
            kind: OrganizationKind = "media"
            if descriptor_after:
                kind = DESCRIPTORS.get(descriptor_after.casefold(), "media")
            elif descriptor_before:
                kind = DESCRIPTORS.get(" ".join(descriptor_before.group().split()).casefold(), "media")
            while len(words) > 1 and words[-1].low in PLATFORMS:
                words = words[:-1]
            found = self._add(
                _Found(words[0].start, words[-1].end, "org", self.text[words[0].start : words[-1].end], kind)
            )
            self._org_context(found)
            return
        if len(words) == 1 and len(words[0].text) > 1 and words[0].text.replace(".", "").isupper():
            # Acronyms; not transcript labels ("PENCE:"), abbreviations ("N.Y.") or "R-IN".
            plain = words[0].text.isalpha() and len(words[0].text) <= 6 and not after.startswith(":")
            if plain and titlecase is None:
                titlecase = self._headline_or_quoted(start, end)
            if not titlecase and plain:
                found = self._add(_Found(start, end, "org", words[0].text, acronym=words[0].text))
                found.initial = True
            return
        if not titlecase and len(words) <= 2 and _RELAY_WORD.search(before) and _RELAY_BEFORE.search(before):
            if titlecase is None:
                titlecase = self._headline_or_quoted(start, end)
            if not titlecase:
                self._add(_Found(start, end, "org", self.text[start:end], "media"))
                return
        verdict = _name_words(tuple(map(_TEXT, words)))
        if verdict == _NO_NAME:
            return
        if len(words) == 1 and words[0].low in PLATFORMS:
            self._add(_Found(start, end, "org", words[0].text, "company"))
            return
        person = (len(words) >= 2 or title is not None or role_before) and not titlecase
        if person and verdict == _NOT_A_PERSON and not role_before and title is None:
            return
        if not person:
            found = self._add(_Found(start, end, "single", self.text[start:end]))
            found.initial = titlecase  # None: not known yet (see _speaks)
            return
        role = _role_name(title, country) if title else None
        found = self._add(_Found(start, end, "person", self.text[start:end], role=role, country=country))
        pending = self.pending_roles.pop(start, None)
        if pending is not None:
            found.start, found.role, found.country, found.alias = (
                pending[0],
                pending[1] or found.role,
                pending[2] or found.country,
                pending[3],
            )
        apposition = _APPOSITION_ROLE.match(after)
        if apposition:
            found.role = found.role or apposition.group("role")

    def _bracketed_pronouns(self) -> None:
        """ "him (Vladimir Putin)": the pronoun is a mention of the person named in brackets."""
        for region in self.regions:
            if self.text.find("(", region.start, region.end) < 0:
                continue  # most paragraphs have no brackets: skip the scan
            for match in _BRACKETED_PRONOUN.finditer(self.text, region.start, region.end):
                name = match.group("name").strip()
                self._add(_Found(match.start("pronoun"), match.end("pronoun"), "bracket", name))

    # --- clustering ------------------------------------------------------------

    def _note(self, found: _Found) -> None:
        """Record where an entity is mentioned, for "the nearest preceding mention" questions."""
        if found.key is not None and not found.noted:
            found.noted = True
            bisect.insort(self.positions.setdefault(found.key, []), found.start)

    def _last_before(self, key: str, offset: int) -> int:
        places = self.positions.get(key, [])
        index = bisect.bisect_left(places, offset)
        return places[index - 1] if index else -1

    def _index_person(self, cluster: _Cluster) -> None:
        forms = self._forms(cluster)
        # Only the words new since the last time: the index keeps the others already.
        for word in forms.unindexed:
            self.person_index.setdefault(word, set()).add(cluster.key)
        forms.unindexed = []

    def cluster(self) -> None:
        # By start, the longest first (two stable sorts on plain attributes: no key tuple per mention).
        self.found.sort(key=_FOUND_END, reverse=True)
        self.found.sort(key=_FOUND_START)
        self.starts = [f.start for f in self.found]
        # Categories change only in the last pass below (a single may turn out a person or a body).
        orgs = [f for f in self.found if f.category == "org"]
        persons = [f for f in self.found if f.category == "person"]
        # Organizations first (persons' affiliations and parts point at them).
        for found in orgs:
            # Plain names first; acronyms ("=") and parts ("@") once what they point at is known.
            if not (found.part_of or "").startswith(("=", "@")):
                self._org(found)
        for found in orgs:
            if found.key is None:
                self._org(found)
        for found in self.found:
            if found.key is not None:
                self._note(found)
        # Full names first; a surname alone ("Clinton", "Secretary Clinton") then joins its full name.
        for found in persons:
            if found.known is not None or len(found.name.split()) > 1:
                self._person(found)
                self._note(found)
        for found in persons:
            if found.key is None:
                match = self._person_by_name(found.name, found.start)
                if match is None:
                    self._person(found)
                else:
                    self.clusters[match].names.append(found.name)
                    self._attach_role(found, match)
                self._note(found)
        for found in self.found:
            if found.category == "role" and (found.part_of or "").startswith("@"):
                target = self._person_at(int((found.part_of or "@0")[1:]))
                if target is not None:
                    self._attach_role(found, target)
                    self._note(found)
        for found in self.found:
            if found.category == "single":
                self._single(found)
            elif found.category == "role" and found.key is None:
                self._role_ref(found)
            elif found.category == "bracket":
                found.key = self._person_by_name(found.name, found.start)
            if found.key is not None and not found.noted:
                self._note(found)

    def _org_found_at(self, start: int) -> _Found | None:
        """The organization mention starting at ``start`` (the longest), if any."""
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.found) and self.found[index].start == start:
            if self.found[index].category == "org":
                return self.found[index]
            index += 1
        return None

    def _org_key(self, name: str) -> str:
        return "org:" + name_key(name)

    def _org(self, found: _Found) -> None:
        if found.key is not None:
            return
        link = found.part_of or ""
        if link.startswith("="):
            head = self._org_found_at(int(link[1:]))
            if head is not None and head.key is not None:
                found.key = head.key
                cluster = self.clusters[head.key]
                cluster.acronym = cluster.acronym or found.name
                return
            found.part_of = None
        name = found.known.name if found.known else found.name
        key = self._org_key(name)
        if key not in self.clusters and name.casefold() in ORG_HEADS:
            # "the Ministry" after "the Ministry of Health": the body named before.
            earlier = [
                c
                for c in self.clusters.values()
                if not c.person and c.first < found.start and name.casefold() in c.name.casefold().split()
            ]
            if earlier:
                referent = max(earlier, key=lambda c: c.first)
                found.key = referent.key
                referent.aliases.append(found.name)
                return
        if key not in self.clusters:
            acronym_match = self._by_acronym(found)
            if acronym_match is not None:
                found.key = acronym_match
                self.clusters[acronym_match].aliases.append(found.name)
                return
        existing = self.clusters.get(key)
        if existing is None:
            cluster = _Cluster(key, False, name, found.start, kind=found.kind)
            if found.known is not None:
                cluster.same_as = found.known.same_as
                cluster.fixed_name = True
                cluster.aliases.extend(found.known.aliases)
            self.clusters[key] = cluster
        else:
            cluster = existing
            if cluster.kind == "other" and found.kind != "other":
                cluster.kind = found.kind
        found.key = key
        cluster.names.append(found.name)
        if found.acronym and found.acronym != name:
            cluster.acronym = cluster.acronym or found.acronym
        if link.startswith("@"):
            target = self._org_found_at(int(link[1:]))
            if target is not None:
                self._org(target)
                cluster.part_of = cluster.part_of or target.key
        elif link:
            parent = self._org_key(_COUNTRY_OF.get(link, link))
            if parent not in self.clusters:
                parent_known = self.known([_word_token(w) for w in link.split()])
                self.clusters[parent] = _Cluster(
                    parent, False, parent_known.name if parent_known else link, found.start
                )
                if parent_known is not None:
                    self.clusters[parent].kind = parent_known.kind
            cluster.part_of = cluster.part_of or parent

    def _by_acronym(self, found: _Found) -> str | None:
        """Tie an acronym to an expansion found earlier ("CSTO" -> Collective Security Treaty Organization)."""
        letters = found.name.replace(".", "")
        if not letters.isupper() or len(letters) < 2:
            return None
        for key, cluster in self.clusters.items():
            if cluster.person:
                continue
            if cluster.acronym == letters:
                return key
            initials = "".join(w[0] for w in cluster.name.split() if w[:1].isupper())
            if initials == letters:
                cluster.acronym = cluster.acronym or letters
                return key
        return None

    def _person_key(self, name: str) -> str:
        return "person:" + name_key(name)

    def _person(self, found: _Found) -> None:
        known = found.known
        if known is None and self.gazetteer is not None:
            entry = self.gazetteer.lookup(found.name)
            if entry is not None and entry.type == "Person":
                known = _Known(entry.name, True, same_as=entry.same_as, aliases=entry.aliases, roles=entry.roles)
        name = known.name if known else found.name
        key = self._person_key(name)
        cluster = self.clusters.get(key)
        plain = _without_initials(name)
        if cluster is None and plain in self.plain_names:
            # "Loretta E. Lynch" after "Loretta Lynch": one person.
            key = self.plain_names[plain]
            cluster = self.clusters[key]
        if cluster is None:
            cluster = _Cluster(key, True, name, found.start)
            if known is not None:
                cluster.fixed_name = True
                cluster.same_as = known.same_as
                cluster.aliases.extend(known.aliases)
                cluster.roles.extend(known.roles)
            self.clusters[key] = cluster
            self.plain_names.setdefault(plain, key)
        found.key = key
        cluster.names.append(found.name)
        self._attach_role(found, key)
        self._index_person(cluster)

    def _attach_role(self, found: _Found, key: str) -> None:
        cluster = self.clusters[key]
        found.key = key
        if found.role and found.role not in cluster.roles:
            cluster.roles.append(found.role)
        if found.country and cluster.country is None:
            cluster.country = found.country
        alias = found.alias or (found.name if found.category == "role" else None)
        if alias:
            cluster.aliases.append(_strip_determiner(alias))

    def _person_at(self, start: int) -> str | None:
        index = bisect.bisect_right(self.starts, start) - 1
        while index >= 0 and index >= bisect.bisect_left(self.starts, start - 200):
            found = self.found[index]
            if found.start <= start < found.end and found.category == "person":
                return found.key
            index -= 1
        return None

    def _forms(self, cluster: _Cluster) -> _Forms:
        """A person's names and name parts, normalised.

        Kept up to date as the cluster grows: its names and aliases are only ever appended
        to, so only the new ones are read (a surname said fifty times is not read fifty
        times over); a new canonical name starts afresh.
        """
        cached = self.forms_cache.get(cluster.key)
        if cached is None or cached.name != cluster.name:
            cached = _Forms(cluster.name)
            self.forms_cache[cluster.key] = cached
            cached.add(cluster.name)
        if cached.names_seen < len(cluster.names):
            for name in cluster.names[cached.names_seen :]:
                cached.add(name)
            cached.names_seen = len(cluster.names)
        if cached.aliases_seen < len(cluster.aliases):
            for name in cluster.aliases[cached.aliases_seen :]:
                cached.add(name)
            cached.aliases_seen = len(cluster.aliases)
        return cached

    def _person_by_name(self, name: str, offset: int) -> str | None:
        """The person a name or surname refers to: the nearest preceding mention wins."""
        # The index holds only a person's forms and the words of them (a cluster's forms only
        # grow, and a new canonical name is one of its names): whoever it lists goes by the name.
        listed = self.person_index.get(name_key(name))
        if not listed:
            return None
        if len(listed) == 1:
            return next(iter(listed))
        candidates = sorted(((self._last_before(key, offset), key) for key in listed), reverse=True)
        if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
            return None
        return candidates[0][1]

    def _single(self, found: _Found) -> None:
        key = self._person_by_name(found.name, found.start)
        if key is not None:
            found.key = key
            found.category = "person"
            self.clusters[key].names.append(found.name)
            self._index_person(self.clusters[key])
            return
        org = self.clusters.get(self._org_key(found.name))
        if org is not None:
            found.key = org.key
            found.category = "org"
            return
        if self._speaks(found):
            found.category = "person"
            self._person(found)

    def _speaks(self, found: _Found) -> bool:
        """A lone word followed by a speech verb or a colon ("Smith said"), not at a sentence start
        (nor in scare quotes): asked only of the words that name no one found before."""
        after = self.text[found.end : found.end + 60]
        if _SPEECH_AFTER.match(after) is None and _COLON_AFTER.match(after) is None:
            return False
        initial = found.initial
        if initial is None:
            initial = self._headline_or_quoted(found.start, found.end)
        return not (initial or self.sentence_initial(found.start) or _covered(self.scare, found.start, found.end))

    def _role_ref(self, found: _Found) -> None:
        """A role noun referring back ("the Belarusian President") -> the person it fits."""
        title = (found.role or "").split(" of ")[0].casefold()
        words = found.name.casefold().split()
        noun = words[-1] if words else ""
        candidates: list[tuple[int, str]] = []
        for cluster in self.clusters.values():
            if not cluster.person:
                continue
            if found.country and cluster.country and found.country != cluster.country:
                continue
            if found.country and cluster.country is None:
                continue
            has_title = any(_title_of(r) == title for r in cluster.roles) if title else True
            if title and not has_title and noun not in _NOT_ROLES:
                continue
            candidates.append((self._last_before(cluster.key, found.start), cluster.key))
        if not candidates and found.country:
            # By elimination: the one person whose country the text has not yet given.
            unplaced = [c.key for c in self.clusters.values() if c.person and c.country is None]
            if len(unplaced) == 1:
                candidates = [(-1, unplaced[0])]
        if not candidates:
            return
        candidates.sort(reverse=True)
        if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
            return
        self._attach_role(found, candidates[0][1])

    # --- quotes ----------------------------------------------------------------

    def mention_keys(self, start: int, end: int) -> list[str]:
        """Whom a phrase names: its head entity, with those coordinated with it.

        "The European Union and the United States" names both; "Putin's spokesman Dmitry
        Peskov" names Peskov (a possessive is not the head unless nothing else is named);
        "a doctor at St Mary's Hospital" after no name names the hospital.
        """
        inside = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.found)):
            f = self.found[index]
            if f.start >= end:
                break
            if f.key is not None and f.end <= end:
                inside.append(f)
        # The mentions no longer one holds (one mention alone, the usual case, is outermost).
        outer = (
            inside
            if len(inside) < 2
            else [
                f
                for f in inside
                if not any(
                    g is not f and g.start <= f.start and f.end <= g.end and (g.end - g.start) > (f.end - f.start)
                    for g in inside
                )
            ]
        )
        heads = [f for f in outer if not _POSSESSIVE.match(self.text, f.end)] or outer
        if not heads:
            return []
        head = next((f for f in heads if f.key is not None and self.clusters[f.key].person), heads[0])
        return self._coordinated(head.end, [head.key] if head.key else [])

    def resolve_quotes(self) -> tuple[list[Quote], dict[int, tuple[str, ...]], list[_Found]]:
        """Each quote's speaker mentions -> entity keys, in text order (pronouns look back)."""
        resolved: dict[int, tuple[str, ...]] = {}
        extra: list[_Found] = []
        self.last_speakers = ()
        for number, quote in enumerate(self.quotes):
            if quote.kind == "scare":
                continue
            keys: list[str] = []
            for mention in quote.speaker_mentions:
                if mention.end > len(self.text) or mention.end <= mention.start:
                    continue
                found, referring = self._resolve_mention(mention.start, mention.end, quote)
                keys.extend(k for k in found if k not in keys)
                if referring:
                    words = self.text[mention.start : mention.end]
                    extra.extend(_Found(mention.start, mention.end, "pronoun", words, key=k) for k in found)
            if keys:
                resolved[number] = tuple(keys)
                self.last_speakers = tuple(keys)
                self.last_said = max(span.end for span in (*quote.contents, *quote.speaker_mentions))
        quotes: list[Quote] = []
        for number, quote in enumerate(self.quotes):
            keys = list(resolved.get(number, ()))
            relays = [k for k in self._relays(quote) if k not in keys]
            quotes.append(self._with_speakers(quote, keys, relays))
        return quotes, resolved, extra

    def _resolve_mention(self, start: int, end: int, quote: Quote) -> tuple[list[str], bool]:
        """Keys a speaker mention stands for, and whether it refers (rather than names).

        In order: an apposition refers to the name before it ("Hugh Hill, a doctor,");
        names and role phrases found by recognition; pronouns, plural speakers, documents
        and body nouns by context.
        """
        bare = _strip_determiner(" ".join(self.text[start:end].split()))
        low = bare.casefold()
        if bare[:1].islower() and _COMMA_AFTER.match(self.text, end):
            head = self._apposition_head(start)
            if head is not None:
                return [head], True
        named = self.mention_keys(start, end)
        if named:
            return named, False
        window = self.found[bisect.bisect_left(self.starts, start - 200) : bisect.bisect_left(self.starts, end)]
        overlapping = [f.key for f in window if f.key and start < f.end]
        if overlapping:
            return overlapping[:1], False
        if low in _SINGULAR_PRONOUNS:
            person = self._last_person(start, quote, _SINGULAR_PRONOUNS[low])
            return ([person] if person else []), True
        if low in _RELATIVE_PRONOUNS:
            nearest = next(self._entities_before(start, self.sentence_bounds(self.sentence_of(start))[0]), None)
            return ([nearest.key] if nearest is not None and nearest.key else []), True
        if low in _ORG_PRONOUNS:
            return self._last_body(start), True
        title = _tail_in(low, _PERSON_NOUNS)
        if title is not None:
            titled = self._titled_person(_PERSON_NOUNS[title], start)
            if titled is not None:
                return [titled], True
        if _NAME_WORD.fullmatch(bare) and not bare.isupper():
            # A surname the recognizer left alone at a sentence start ("Trump, meanwhile, said").
            person = self._person_by_name(bare, start)
            if person is not None:
                return [person], True
        counted = _PLURAL_NOUN.fullmatch(low)
        if counted is not None:
            return self._counted(_COUNTS[counted.group("n")], start, quote), True
        if low in _PLURAL_PRONOUNS:
            return self._plural(start, quote), True
        # Definite common nouns only ("the statement", "the Mexican government"): not a name
        # ("Islamic State"), not a new body ("a new group"), not a longer description ("the
        # nation's largest gun group").
        words = bare.split()
        if not _COMMON_NOUN_PHRASE.fullmatch(low) or words[-1][:1].isupper() or _INDEFINITE.match(self.text, start):
            return [], False
        noun = _tail_in(low, DOCUMENT_NOUNS)
        if noun is not None:
            return self._document(start), True
        noun = _tail_in(low, BODY_NOUNS)
        if noun is not None:
            return self._body(noun, start), True
        return [], False

    def _apposition_head(self, start: int) -> str | None:
        """The entity named right before ", <mention>" ("Hugh Hill, a doctor, said")."""
        comma = _COMMA_BEFORE.search(self.text, max(0, start - 4), start)
        if comma is None:
            return None
        index = bisect.bisect_left(self.starts, comma.start()) - 1
        floor = comma.start() - 200
        best: _Found | None = None
        while index >= 0 and self.found[index].start >= floor:
            found = self.found[index]
            index -= 1
            if found.key is not None and found.end == comma.start() and (best is None or found.start < best.start):
                best = found
        return best.key if best is not None else None

    def _coordinated(self, end: int, keys: list[str]) -> list[str]:
        """Names coordinated after a mention ("The European Union" + "and the United States")."""
        index = bisect.bisect_left(self.starts, end)
        pending: list[str] = []
        position = end
        while index < len(self.found) and self.found[index].start - position <= 20:
            found = self.found[index]
            index += 1
            if found.key is None or found.start < position:
                continue
            joint = _CONJUNCTION.fullmatch(self.text, position, found.start)
            if (
                joint is None
                or not (joint.group("and") or "," in joint.group())
                or _POSSESSIVE.match(self.text, found.end)
            ):
                break
            pending.append(found.key)
            position = found.end
            if joint.group("and"):
                keys = keys + [k for k in pending if k not in keys]
                pending = []
            while index < len(self.found) and self.found[index].start < position:
                index += 1
        return keys

    def _with_speakers(self, quote: Quote, keys: list[str], relays: list[str]) -> Quote:
        update: dict[str, object] = {}
        if keys:
            update["speaker"] = self.ids[keys[0]]
            update["speakers"] = tuple(self.ids[k] for k in keys)
        if relays:
            update["relayed_by"] = tuple(dict.fromkeys(self.ids[k] for k in relays))
        return quote.model_copy(update=update) if update else quote

    def _entities_before(
        self, offset: int, floor: int, own: Sequence[Span] = (), *, people: bool | None = None
    ) -> Iterator[_Found]:
        """Mentions ending before ``offset`` and starting at ``floor`` or later, nearest first.

        People are looked for outside quotes (an "[Putin]" inside a quote is not who "he"
        is), and never inside the quote's own words.
        """
        index = bisect.bisect_left(self.starts, offset) - 1
        while index >= 0:
            found = self.found[index]
            index -= 1
            if found.start < floor:
                return
            if found.key is None or found.end > offset:
                continue
            person = self.clusters[found.key].person
            if people is not None and person != people:
                continue
            if person and self.quoted_at(found.start, found.end):
                continue
            if any(c.start <= found.start < c.end for c in own):
                continue
            yield found

    def _last_person(self, offset: int, quote: Quote, gender: str) -> str | None:
        """He/she: a person named earlier in the same sentence, else the last speaker, else the last named.

        People whose honorific ("Mrs. Clinton") or earlier pronoun gives the other gender are
        passed over; a pronoun whose sentence names one person only tells that person's gender.
        """
        sentence_start, _ = self.sentence_bounds(self.sentence_of(offset))
        before = self._entities_before(offset, max(0, offset - _LOOK_BACK), quote.contents, people=True)
        nearest = next((f for f in before if self._gender(f.key or "") in (gender, None)), None)
        if nearest is not None and nearest.start >= sentence_start:
            in_sentence = {f.key for f in self._entities_before(offset, sentence_start, quote.contents, people=True)}
            if in_sentence == {nearest.key} and self.genders is not None:
                self.genders.setdefault(nearest.key or "", gender)
            return nearest.key
        people = [k for k in self.last_speakers if self.clusters[k].person and self._gender(k) in (gender, None)]
        if len(people) == 1:
            return people[0]
        return nearest.key if nearest is not None else None

    def _gender(self, key: str) -> str | None:
        """A person's gender where an honorific before one of their mentions gives it."""
        if self.genders is None:
            self.genders = {}
            for found in self.found:
                if found.key is None or found.category != "person":
                    continue
                honorific = _HONORIFIC_BEFORE.search(self.text, max(0, found.start - 8), found.start)
                if honorific is not None:
                    self.genders.setdefault(found.key, _HONORIFIC_GENDER[honorific.group("h")])
        return self.genders.get(key)

    def _plural(self, offset: int, quote: Quote) -> list[str]:
        """They: the people named in this and the previous sentence, else the last speakers together."""
        index = self.sentence_of(offset)
        start, _ = self.sentence_bounds(max(0, index - 1))
        near = [f.key for f in self._entities_before(offset, start, quote.contents, people=True) if f.key]
        people = list(dict.fromkeys(near))
        if len(people) >= 2:
            return sorted(people[:2], key=lambda k: self.clusters[k].first)
        if len(self.last_speakers) > 1:
            return list(self.last_speakers)
        return people

    def _last_body(self, offset: int) -> list[str]:
        """ "It said": the body quoted last, else the body named last in this or the previous sentence."""
        bodies = [k for k in self.last_speakers if not self.clusters[k].person]
        if bodies:
            return bodies[:1]
        start, _ = self.sentence_bounds(max(0, self.sentence_of(offset) - 1))
        nearest = next(self._entities_before(offset, start, people=False), None)
        return [nearest.key] if nearest is not None and nearest.key else []

    def _titled_person(self, title: str, offset: int) -> str | None:
        """ "The Florida senator", "the former president": the person last named with that title."""
        for found in self._entities_before(offset, max(0, offset - _LOOK_BACK), people=True):
            cluster = self.clusters[found.key or ""]
            if any(_title_of(role) == title for role in cluster.roles):
                return cluster.key
        return None

    def _counted(self, count: int, offset: int, quote: Quote) -> list[str]:
        """ "The two leaders": the people last named, as many as the phrase counts, in order of first mention."""
        people: list[str] = []
        for found in self._entities_before(offset, max(0, offset - _LOOK_BACK), quote.contents, people=True):
            if found.key and found.key not in people:
                people.append(found.key)
                if len(people) == count:
                    return sorted(people, key=lambda k: self.clusters[k].first)
        return []

    def _document(self, offset: int) -> list[str]:
        """ "The statement said": whoever was quoted just before issued it, else the body named last
        in this or the previous sentence."""
        if self.last_speakers and offset - self.last_said <= _DOCUMENT_REACH:
            return list(self.last_speakers[:1])
        start, _ = self.sentence_bounds(max(0, self.sentence_of(offset) - 1))
        nearest = next(self._entities_before(offset, start, people=False), None)
        return [nearest.key] if nearest is not None and nearest.key else []

    def _body(self, noun: str, offset: int) -> list[str]:
        """ "The press service", "the ministry": the nearest body named like it, else of its kind."""
        floor = max(0, offset - _LOOK_BACK)
        kinds = BODY_NOUNS[noun]
        of_kind: str | None = None
        for found in self._entities_before(offset, floor, people=False):
            cluster = self.clusters[found.key or ""]
            if f" {noun} " in f" {name_key(cluster.name)} " or any(
                f" {noun} " in f" {name_key(alias)} " for alias in cluster.aliases
            ):
                return [cluster.key]
            if of_kind is None and cluster.kind in kinds:
                of_kind = cluster.key
        return [of_kind] if of_kind is not None else []

    def _relays(self, quote: Quote) -> list[str]:
        """Outlets the words came through, named in the attribution's sentence.

        Outside the quote's own words any outlet counts; inside reported words only one
        marked as a relay ("per state news agency Belta", "BELTA reports"), since the
        boundaries of reported speech are loose.
        """
        anchor = quote.cue or quote.contents[-1]
        start, end = self.sentence_bounds(self.sentence_of(anchor.start))
        keys = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.found)):
            found = self.found[index]
            if found.start >= end:
                break
            if found.key is None or found.end > end:
                continue
            cluster = self.clusters[found.key]
            if cluster.person or cluster.kind not in ("news_agency", "media"):
                continue
            if any(c.start <= found.start < c.end for c in quote.contents) and not (
                _RELAY_CONTEXT.search(self.text, max(0, found.start - 60), found.start)
                or _RELAY_AFTER.match(self.text[found.end : found.end + 12])
            ):
                continue
            keys.append(found.key)
        return keys

    # --- output ----------------------------------------------------------------

    @property
    def ids(self) -> dict[str, str]:
        return self._ids

    def build(self) -> EntityFindings:
        self.recognise()
        self.cluster()
        self._finish_names()
        quotes, resolved, extra = self.resolve_quotes()
        self.found.extend(extra)
        mentioned = {f.key for f in self.found if f.key is not None}
        organizations: list[Organization] = []
        actors: list[Actor] = []
        for cluster in sorted(self.clusters.values(), key=lambda c: c.first):
            if cluster.key not in mentioned:
                continue
            aliases = tuple(dict.fromkeys(a for a in (*cluster.names, *cluster.aliases) if a and a != cluster.name))
            if cluster.person:
                affiliation = self.clusters.get(self._org_key(cluster.country)) if cluster.country else None
                actors.append(
                    Actor(
                        id=self._ids[cluster.key],
                        name=cluster.name,
                        aliases=aliases,
                        roles=tuple(cluster.roles),
                        affiliation=self._ids.get(affiliation.key)
                        if affiliation and affiliation.key in mentioned
                        else None,
                        same_as=cluster.same_as,
                    )
                )
            else:
                part_of = self._ids.get(cluster.part_of) if cluster.part_of in mentioned else None
                organizations.append(
                    Organization(
                        id=self._ids[cluster.key],
                        name=cluster.name,
                        kind=cluster.kind,
                        acronym=cluster.acronym if cluster.acronym and cluster.acronym != cluster.name else None,
                        aliases=tuple(a for a in aliases if a != cluster.acronym),
                        part_of=part_of,
                        same_as=cluster.same_as,
                    )
                )
        mentions = sorted(
            {
                (f.start, f.end, self._ids[f.key])
                for f in self.found
                if f.key is not None and f.end > f.start and f.key in self._ids
            }
        )
        speakers = {quotes[number].id: tuple(self._ids[k] for k in keys) for number, keys in resolved.items() if keys}
        return EntityFindings(
            actors=tuple(actors),
            organizations=tuple(organizations),
            # Validated from plain data in one call (as fast as building the Span first, and checked),
            # by the validator model_validate calls (a third cheaper without its Python wrapper).
            mentions=tuple(
                _validate_mention({"span": {"start": s, "end": e}, "refers_to": ref}) for s, e, ref in mentions
            ),
            quotes=tuple(quotes),
            speakers=speakers,
        )

    def _finish_names(self) -> None:
        """Canonical names: the fullest form written; ids follow from them."""
        for cluster in self.clusters.values():
            if cluster.person and not cluster.fixed_name and cluster.names:
                # Each distinct name weighed once (the first of the longest wins, as before).
                cluster.name = max(dict.fromkeys(cluster.names), key=lambda n: (len(n.split()), len(n)))
        # The ids Actor and Organization derive from their names (checked when the article is built).
        self._ids = {
            key: _entity_id("actor" if cluster.person else "org", cluster.name)
            for key, cluster in self.clusters.items()
        }

    _ids: dict[str, str]


_validate_mention = Mention.__pydantic_validator__.validate_python


@lru_cache(maxsize=1 << 16)
def _entity_id(kind: str, name: str) -> str:
    """The id Actor and Organization derive from a name (the same names recur across articles)."""
    return content_id(kind, name_key(name))


def _merged(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted intervals with overlapping ones joined, for bisection."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _covered(intervals: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-nested intervals."""
    if not intervals:
        return False
    index = bisect.bisect_right(intervals, (start, 1 << 60)) - 1
    return index >= 0 and intervals[index][0] <= start and end <= intervals[index][1]


def _headline_style(text: str, start: int, end: int) -> bool:
    """Nine in ten of the words of four letters or more in text[start:end] capitalised (and four at least)."""
    # Such words are at most (length + 1) // 5: more than a tenth of that in lower case rules the
    # sentence out, found by one search that stops at the last one needed (most sentences: early).
    need = (end - start + 1) // 50 + 1
    if need <= len(_LOWER_WORDS) and _LOWER_WORDS[need - 1].search(text, start, end):
        return False
    words = _LONG_WORDS.findall(text, start, end)
    return len(words) >= 4 and sum(map(str.isupper, map(_FIRST, words))) >= 0.9 * len(words)


_PROSE_PROBE = 64


def _prose_start(text: str, start: int, end: int) -> bool:
    """Whether the first characters of a long sentence already rule out :func:`_headline_style`.

    Words wholly inside the probe are words of the sentence (the last one may be cut, so it
    is not counted); the rest holds at most one word per five characters (four letters and a
    break) plus the cut one. Too many uncapitalised words for even that many: not a headline.
    """
    if end - start <= 2 * _PROSE_PROBE:
        return False
    probe_end = start + _PROSE_PROBE
    words = _LONG_WORDS.findall(text, start, probe_end)[:-1]
    lower = len(words) - sum(map(str.isupper, map(_FIRST, words)))
    most = len(words) + 2 + (end - probe_end) // 5
    return 10 * lower > most


def _lexicon_entry(phrase: str) -> _Known | None:
    """The lexicon's entry for a phrase: an acronym as written, else a name in any case."""
    if phrase in _LEX_ACRONYMS:
        return _LEX_ACRONYMS[phrase]
    if phrase[:1].isupper():
        return _LEX_NAMES.get(name_key(phrase))
    return None


_NOTHING, _PLAIN, _OTHER, _SINGLE = range(4)


@lru_cache(maxsize=1 << 16)
def _lone_word(word: str) -> int:
    """What the lexicon alone makes of a run of one word, as :meth:`_Finder._run` would find.

    ``_NOTHING`` comes of it (not a name, a demonym, an honorific); ``_PLAIN`` words may be
    names, as their context decides; ``_OTHER`` words (known names, capitals, organization
    heads) take the general path. Two runs in three are one word, and few distinct ones.
    ``_SINGLE`` words are ``_PLAIN`` ones that :meth:`_Finder._name_run` makes a "single" of
    unless a descriptor or relay cue stands beside them (not acronyms, platforms, nor words
    no name is written with): most lone words.
    """
    low = word.casefold()
    if low in _TRIMMED:
        return _NOTHING
    if _LEX_LENGTHS.get(low, 0) and _lexicon_entry(word) is not None:
        return _OTHER
    if word in _DEMONYM_OF:
        return _NOTHING
    if word in _CAPITALS or low in ORG_HEADS:
        return _OTHER
    if low in HONORIFICS:
        return _NOTHING
    if (len(word) > 1 and word.replace(".", "").isupper()) or _not_name_word(word) or low in PLATFORMS:
        return _PLAIN
    return _SINGLE


def _country(name: str) -> _Known | None:
    return _LEX_NAMES.get(name_key(name))


@lru_cache(maxsize=1 << 16)
def _strip_determiner(words: str) -> str:
    return _DETERMINER.sub("", words).strip()


def _tail_in(words: str, table: Iterable[str]) -> str | None:
    """The last one or two words of a phrase when the table has them ("the kremlin's statement" -> statement)."""
    parts = words.split()
    for size in (2, 1):
        tail = " ".join(parts[-size:])
        if len(parts) >= size and tail in table:
            return tail
    return None


_DETERMINER = re.compile(r"^(?:the|his|her|their|its|a|an)\s+", re.IGNORECASE)
_LONG_WORDS = re.compile(r"[^\W\d_]{4,}")
"""Words of four letters or more (a run of letters is found whole or not at all)."""
_LOWER_WORD = r"\b[a-z]{4}"
"""The start of a word of four letters or more in ASCII lower case: each is one of _LONG_WORDS
not capitalised (the others in lower case are not counted)."""
_LOWER_WORDS = tuple(
    re.compile(_LOWER_WORD + "".join(rf"(?=(.*?{_LOWER_WORD}))\{group}" for group in range(1, n)), re.DOTALL)
    for n in range(1, 24)
)
"""``_LOWER_WORDS[n - 1]`` finds n such words (sentences of up to 1,148 characters need 23 at most).
Each next word is the first one after the last, taken by a lookahead and its group, which a
failing search never tries again (an atomic group, written so for Python 3.10): it takes time in
proportion to the text, not to the ways of choosing words."""
_FIRST = itemgetter(0)
_FOUND_START, _FOUND_END = attrgetter("start"), attrgetter("end")
_END = methodcaller("end")
_AFTER_ROLE = re.compile(r",\s*|\s+")
_ACRONYM_AFTER = re.compile(r"^\s*\((?P<a>[A-Z][A-Z\-&.]{1,9})\)")
_COLON_AFTER = re.compile(r"^:\s")
_LOOK_BACK = 5000
"""How far back (in characters) "he" may look for the person it stands for."""
_CLOSERS = frozenset('’”"»')
_OPENING_MARKS = ("‘", "“", "«")


def find_entities(
    text: str, layout: Layout, quotes: Sequence[Quote], gazetteer: object | None = None
) -> EntityFindings:
    """Recognise the actors and organizations of a text and resolve the quotes' speakers.

    ``gazetteer`` is a :class:`~newsclaims.extract.gazetteer.Gazetteer`, the path of a
    gazetteer JSON file (read with :meth:`Gazetteer.load`), or None; anything else is
    ignored (the pipeline passes what the caller gave).
    """
    if isinstance(gazetteer, (str, PathLike)):
        gazetteer = Gazetteer.load(gazetteer)
    finder = _Finder(text, layout, quotes, gazetteer if isinstance(gazetteer, Gazetteer) else None)
    return finder.build()
