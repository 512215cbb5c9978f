"""Across reports: one Actor or Organization per entity, one Claim per claim.

Claims that say the same thing are merged however they are worded: each claim's core
(its text without trailing source or background clauses: ", per Belta", ", as protests
continue") becomes a bag of normalised terms (lower case, stop words out, suffix
stemming under which inflections meet, a small synonym table of equivalent news words
such as treaty/agreement and pledge/promise, countries and their demonyms and capitals
as one term, the entities it names as terms of their own, a person also standing for
the body they belong to: "Putin" also means Russia). Two claims by the same claimant,
in the same voice, are one when most of the smaller bag is in the larger (overlap
coefficient), enough of both bags is shared (Jaccard), and they do not name only
different entities or only different figures.

Cost: claims alike in claimant, voice and terms (republished copy) are united at once;
of the rest, candidate pairs come from an inverted index probed with each claim's
rarest terms only (prefix filtering), and terms found in more than 64 claims are not
indexed, so work grows close to linearly with the number of claims. Entities are
looked up per claim word in a per-article index. Merging is union-find over the pairs
that pass, so what is merged does not depend on input order. Measured (November 2026,
same extracted articles, min of 3 runs; benchmarks/bench_corpus.py prints the same
figures): synthetic reports 0.33 / 0.30 / 0.46 ms per article at 100 / 1,000 / 4,000
articles; PolNeAR texts 2.4 / 5.2 / 5.2 ms per article at 100 / 924 / 2,000 (above 924
the texts are reused, so most claims merge).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from newsclaims.extract.entities import without_initials
from newsclaims.extract.entity_lexicon import COUNTRIES
from newsclaims.model import (
    Actor,
    Appearance,
    Article,
    Claim,
    ClaimReview,
    Corpus,
    Mention,
    Organization,
    OrganizationKind,
    Quote,
    Span,
    content_id,
    name_key,
)

# English stop words (the SMART/Snowball core, trimmed by us): words that say nothing of a claim.
_STOP_TEXT: Final = """
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each even few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves said says say told
added explained stated declared according therefore must somewhat comes s
"""
STOP_WORDS: Final = frozenset(_STOP_TEXT.split())

# Words that mean the same for matching claims across wordings and translations (written by us).
SYNONYMS: Final[dict[str, str]] = {
    "treaty": "agreement",
    "pact": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "pledge": "promise",
    "pledged": "promise",
    "promised": "promise",
    "vow": "promise",
    "vowed": "promise",
    "guarantee": "promise",
    "guaranteed": "promise",
    "assistance": "assist",
    "help": "assist",
    "aid": "assist",
    "support": "assist",
    "supported": "assist",
    "give": "provide",
    "offer": "provide",
    "supply": "provide",
    "readiness": "ready",
    "prepared": "ready",
    "willing": "ready",
    "threat": "threaten",
    "threats": "threaten",
    "menace": "threaten",
    "safety": "security",
    "fraudulent": "rigged",
    "falsified": "rigged",
    "vote": "election",
    "poll": "election",
    "aware": "informed",
    "informed": "informed",
    "moments": "moment",
    "fit": "fit",
    "say": "say",
}

Voice = Literal["attributed", "editorial"]
_WORD: Final = re.compile(r"[^\W_][\w\-]*")


def _country_terms() -> dict[str, str]:
    terms: dict[str, str] = {}
    for country, (demonyms, aliases, capital) in COUNTRIES.items():
        term = "E:" + name_key(country)
        for word in (country, *demonyms, *aliases, capital):
            terms[name_key(word)] = term
    return terms


_COUNTRY_TERMS: Final = _country_terms()


# Doubled final consonants that stay doubled when a suffix goes ("called" -> "call", "staffed" -> "staff").
_KEEP_DOUBLE: Final = frozenset("lsfz")
_VOWEL: Final = re.compile(r"[aeiouy]")
# Inflections, longest first, with the shortest word each is stripped from.
_SUFFIXES: Final = (("ing", 6), ("eed", 5), ("ed", 6), ("es", 6), ("s", 4))


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A crude suffix stripper whose inflections meet: provide, provides, provided, providing -> provid.

    Final "e"s go too (so "provide" meets "provided", "agree" meets "agreed"), one of a
    doubled consonant left by "-ed"/"-ing" ("rigged" -> "rig"), and "-ies"/"-ied" become
    "y" ("denied" -> "deny"). A stem keeps a vowel ("string" stays); short words stay.
    """
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    stem = word
    for suffix, shortest in _SUFFIXES:
        if len(word) < shortest or not word.endswith(suffix) or word.endswith("ss"):
            continue
        cut = word[:-1] if suffix == "eed" else word[: -len(suffix)]  # agreed -> agree
        if _VOWEL.search(cut):
            stem = cut
            doubled = stem[-1] == stem[-2] and not _VOWEL.match(stem[-1]) and stem[-1] not in _KEEP_DOUBLE
            if suffix in ("ing", "ed") and doubled:
                stem = stem[:-1]
        break
    if len(stem) >= 4 and stem.endswith("e"):
        stem = stem.rstrip("e")
    return stem


# Trailing clauses that give a claim's source or background, not the claim itself (news style,
# written by us): ", per state news agency Belta", ", reported Axios", ", according to ...",
# ", as protests continue ...", ", amid ...". "as well as" continues the claim.
_TAIL: Final = re.compile(
    r"[,;]\s+(?:as(?!\s+well\b)|while|amid|per|according\s+to|citing|reported|reports|reporting|sources?\s+said)\b",
    re.IGNORECASE,
)
_CORE_MIN_WORDS: Final = 4  # a cut leaves at least this many words, else the whole text is the core


# The synonym table by stems, so every inflection of a word meets its synonyms ("pledges", "pledging").
_SYNONYM_STEMS: Final = {_stem(word): _stem(meaning) for word, meaning in SYNONYMS.items()}


def claim_core(text: str) -> str:
    """The claim without trailing source or background clauses: what two reports must share to say the same.

    "Putin had pledged comprehensive security assistance, as protests continue, per Belta"
    -> "Putin had pledged comprehensive security assistance".
    """
    for match in _TAIL.finditer(text):
        if len(_WORD.findall(text[: match.start()])) >= _CORE_MIN_WORDS:
            return text[: match.start()]
    return text


def _words(text: str) -> str:
    """The words of a text, case-folded, one space apart and padded: for whole-word look-ups."""
    return " " + " ".join(w.casefold() for w in _WORD.findall(text)) + " "


def terms_of(text: str, entity_names: Iterable[str] = (), entity_words: Iterable[str] = ()) -> frozenset[str]:
    """The normalised terms of a claim text, entities (by name) as terms of their own.

    ``entity_words`` are the ways the text names those entities ("Russian President"):
    their words belong to the entity term, not to the claim's own words.
    """
    names = [name_key(n) for n in entity_names]
    terms = {"E:" + n for n in names}
    name_words = {w.casefold() for n in (*names, *entity_words) for w in _WORD.findall(n)}
    words = [w.casefold() for w in _WORD.findall(text)]
    index = 0
    while index < len(words):
        two = " ".join(words[index : index + 2])
        if two in _COUNTRY_TERMS:
            terms.add(_COUNTRY_TERMS[two])
            index += 2
            continue
        word = words[index]
        index += 1
        if word in _COUNTRY_TERMS:
            terms.add(_COUNTRY_TERMS[word])
            continue
        if word in STOP_WORDS or word in name_words or len(word) < 2:
            continue
        if word[0].isdigit():
            terms.add("#" + word.replace(",", ""))
            continue
        stemmed = _stem(word)
        terms.add(_SYNONYM_STEMS.get(stemmed, stemmed))
    return frozenset(terms)


@dataclass(slots=True)
class _UnionFind:
    parent: dict[int, int] = field(default_factory=dict)

    def find(self, item: int) -> int:
        root = item
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(item, item) != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


# --- entities ---------------------------------------------------------------------------

_KIND_RANK: Final[dict[OrganizationKind, int]] = {
    "other": 0,
    "company": 1,
    "political": 2,
    "media": 3,
    "news_agency": 4,
    "government": 5,
    "international": 6,
    "country": 7,
}


def _person_keys(actor: Actor) -> set[str]:
    # "Donald J. Trump" in one report and "Donald Trump" in another are one person.
    keys = {"n:" + name_key(actor.name), "n:" + without_initials(actor.name)}
    keys.update("s:" + s for s in actor.same_as)
    return keys


def _org_keys(org: Organization) -> set[str]:
    keys = {"n:" + name_key(org.name)}
    if org.acronym:
        keys.add("n:" + name_key(org.acronym))
    keys.update("n:" + name_key(a) for a in org.aliases if a[:1].isupper())
    keys.update("s:" + s for s in org.same_as)
    return keys


def _cluster(items: Sequence[set[str]]) -> list[int]:
    """Union items sharing any key; return each item's root."""
    sets = _UnionFind()
    owner: dict[str, int] = {}
    for index, keys in enumerate(items):
        for key in keys:
            if key in owner:
                sets.union(owner[key], index)
            else:
                owner[key] = index
    return [sets.find(i) for i in range(len(items))]


def _canonical(names: Iterable[str], *, person: bool) -> str:
    counts = Counter(names)
    if person:
        return min(counts, key=lambda n: (-len(n.split()), -len(n), -counts[n], n))
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


def _unique(values: Iterable[str], exclude: str = "") -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        key = " ".join(value.split())  # as written: "Belta" stays an alias of "BELTA"
        if key and key != exclude and key not in seen:
            seen[key] = value
    return tuple(seen.values())


@dataclass(slots=True)
class _Entities:
    """Corpus-wide entities and the map from each article's ids to theirs."""

    actors: dict[str, Actor] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    remap: dict[str, str] = field(default_factory=dict)


def _merge_entities(articles: Sequence[Article]) -> _Entities:
    actors = [a for article in articles for a in article.actors]
    orgs = [o for article in articles for o in article.organizations]
    result = _Entities()
    # Organizations first: actors' affiliations point at them.
    roots = _cluster([_org_keys(o) for o in orgs])
    groups: dict[int, list[Organization]] = defaultdict(list)
    for org, root in zip(orgs, roots, strict=True):
        groups[root].append(org)
    merged_orgs: list[tuple[list[Organization], Organization]] = []
    for members in groups.values():
        name = _canonical((m.name for m in members), person=False)
        kind = max((m.kind for m in members), key=lambda k: _KIND_RANK[k])
        acronym = next((m.acronym for m in members if m.acronym and name_key(m.acronym) != name_key(name)), None)
        aliases = _unique((n for m in members for n in (m.name, *m.aliases)), exclude=name)
        aliases = tuple(a for a in aliases if a != acronym)
        same_as = tuple(sorted({s for m in members for s in m.same_as}))
        merged = Organization(name=name, kind=kind, acronym=acronym, aliases=aliases, same_as=same_as)
        merged_orgs.append((members, merged))
        for member in members:
            result.remap[member.id] = merged.id
    for members, merged in merged_orgs:
        part_of = next((result.remap.get(m.part_of, m.part_of) for m in members if m.part_of), None)
        if part_of == merged.id:
            part_of = None
        result.organizations[merged.id] = merged.model_copy(update={"part_of": part_of}) if part_of else merged
    # People: by name and same_as, then a surname alone joins the one full name that ends with it.
    keys = [_person_keys(a) for a in actors]
    full = defaultdict(set)
    for actor in actors:
        words = name_key(actor.name).split()
        if len(words) > 1:
            full[words[-1]].add(name_key(actor.name))
    for actor, actor_keys in zip(actors, keys, strict=True):
        words = name_key(actor.name).split()
        if len(words) == 1 and len(full.get(words[0], ())) == 1:
            actor_keys.add("n:" + next(iter(full[words[0]])))
    person_roots = _cluster(keys)
    people: dict[int, list[Actor]] = defaultdict(list)
    for actor, root in zip(actors, person_roots, strict=True):
        people[root].append(actor)
    for people_members in people.values():
        name = _canonical((m.name for m in people_members), person=True)
        affiliation = next(
            (result.remap.get(m.affiliation, m.affiliation) for m in people_members if m.affiliation), None
        )
        merged_actor = Actor(
            name=name,
            aliases=_unique((n for m in people_members for n in (m.name, *m.aliases)), exclude=name),
            roles=_unique(r for m in people_members for r in m.roles),
            affiliation=affiliation if affiliation in result.organizations else None,
            same_as=tuple(sorted({s for m in people_members for s in m.same_as})),
        )
        result.actors[merged_actor.id] = merged_actor
        for person in people_members:
            result.remap[person.id] = merged_actor.id
    return result


def _moved_quote(quote: Quote, remap: dict[str, str]) -> Quote:
    update: dict[str, object] = {
        "speaker": remap.get(quote.speaker, quote.speaker) if quote.speaker else None,
        "relayed_by": tuple(dict.fromkeys(remap.get(r, r) for r in quote.relayed_by)),
    }
    speakers = getattr(quote, "speakers", None)
    if isinstance(speakers, tuple):
        update["speakers"] = tuple(dict.fromkeys(remap.get(s, s) for s in speakers))
    return quote.model_copy(update=update)


def _relink(article: Article, entities: _Entities) -> Article:
    """The article with its people and bodies replaced by the corpus's, and every reference moved."""
    remap = entities.remap

    def moved(ref: str | None) -> str | None:
        return remap.get(ref, ref) if ref is not None else None

    own = [remap.get(a.id, a.id) for a in article.actors]
    own_orgs = [remap.get(o.id, o.id) for o in article.organizations]
    unchanged = all(remap.get(i, i) == i for i in (*own, *own_orgs)) and all(
        entities.actors.get(a.id) == a for a in article.actors
    )
    if unchanged and all(entities.organizations.get(o.id) == o for o in article.organizations):
        return article
    actors = tuple(entities.actors[i] for i in dict.fromkeys(own))
    present = set(own) | set(own_orgs)
    organizations = []
    for org_id in dict.fromkeys(own_orgs):
        org = entities.organizations[org_id]
        if org.part_of and org.part_of not in present:
            org = org.model_copy(update={"part_of": None})
        organizations.append(org)
    actors = tuple(
        a if a.affiliation is None or a.affiliation in present else a.model_copy(update={"affiliation": None})
        for a in actors
    )
    quotes = tuple(_moved_quote(q, remap) for q in article.quotes)
    mentions = tuple(Mention(span=m.span, refers_to=moved(m.refers_to)) for m in article.mentions)
    claims = tuple(c.model_copy(update={"claimant": moved(c.claimant)}) for c in article.claims)
    return article.model_copy(
        update={
            "actors": actors,
            "organizations": tuple(organizations),
            "quotes": quotes,
            "mentions": mentions,
            "claims": claims,
        }
    )


# --- claims -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    """One article's claim, with what merging needs."""

    claim: Claim
    order: tuple[bool, str, int, int]
    terms: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Spellings:
    """An entity's names as padded word forms: those that name it, and other wordings of it."""

    naming: tuple[str, ...]
    """Name, acronym, and aliases that share a word with the name ("Putin" for Vladimir Putin)."""
    wording: tuple[str, ...]
    """Aliases that are roles ("Russian President"): they name nobody alone, but are not claim words."""


def _spellings(entity: Actor | Organization) -> _Spellings:
    """How a claim may name an entity (see :class:`_Spellings`)."""
    own = set(_words(entity.name).split())
    naming = [_words(entity.name)]
    if isinstance(entity, Organization) and entity.acronym:
        naming.append(_words(entity.acronym))
    wording: list[str] = []
    for alias in entity.aliases:
        padded = _words(alias)
        (naming if own & set(padded.split()) else wording).append(padded)
    return _Spellings(tuple(n for n in naming if n.strip()), tuple(w for w in wording if w.strip()))


class _ArticleNames:
    """How one article names its entities, indexed so each claim costs a look-up per word, not per entity."""

    def __init__(self, article: Article, spellings: dict[str, _Spellings]) -> None:
        self.article = article
        self.spellings = spellings
        self.by_word: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first word -> (spelling, entity id)
        for identifier in dict.fromkeys((*(a.id for a in article.actors), *(o.id for o in article.organizations))):
            for spelling in spellings[identifier].naming if identifier in spellings else ():
                self.by_word[spelling.split(" ", 2)[1]].append((spelling, identifier))
        located = sorted((m.span.start, m.span.end, m.refers_to) for m in article.mentions if m.refers_to)
        self.starts = [start for start, _, _ in located]
        self.mentions = located

    def named_in(self, words: str, within: Span) -> tuple[list[str], list[str]]:
        """Entities the claim's words name, and the wordings that name them.

        An entity is named by its name, acronym or a name-bearing alias, the longest
        match winning ("Clinton" inside "Hillary Clinton" is not Bill Clinton). Its role
        aliases and its mentions inside ``within`` (the claim's first appearance) that the
        claim repeats are wordings of it too.
        """
        found = [
            (spelling, identifier)
            for word in set(words.split())
            for spelling, identifier in self.by_word.get(word, ())
            if spelling in words
        ]
        named: list[str] = []
        wordings: list[str] = []
        for spelling, identifier in found:
            if not any(spelling != longer and spelling in longer for longer, other in found if other != identifier):
                named.append(identifier)
                wordings.append(spelling)
        chosen = set(named)
        for identifier in chosen:
            wordings += [wording for wording in self.spellings[identifier].wording if wording in words]
        index = bisect.bisect_left(self.starts, within.start)
        while index < len(self.mentions) and self.mentions[index][0] < within.end:
            start, end, ref = self.mentions[index]
            index += 1
            if end <= within.end and ref in chosen:
                surface = _words(self.article.text[start:end])
                if surface in words:
                    wordings.append(surface)
        return named, wordings


def _items(articles: Sequence[Article], entities: _Entities) -> list[_Item]:
    """Each article's claims with their terms: those of the claim's core and of the entities it names.

    An entity counts when the core names it (see :meth:`_ArticleNames.named_in`); a
    person brings their affiliation ("Putin" also means Russia).
    """
    items: list[_Item] = []
    names: dict[str, Actor | Organization] = {**entities.actors, **entities.organizations}
    spellings = {identifier: _spellings(entity) for identifier, entity in names.items()}
    for number, article in enumerate(articles):
        index = _ArticleNames(article, spellings)
        for claim in article.claims:
            first = claim.appearances[0].span
            core = claim_core(claim.text)
            named, wordings = index.named_in(_words(core), first)
            mentioned: list[str] = []
            for ref in dict.fromkeys(named):
                entity = names[ref]  # named_in only finds entities with spellings, and those are all in names
                mentioned.append(entity.name)
                affiliation = entity.affiliation if isinstance(entity, Actor) else None
                if affiliation and affiliation in names:
                    mentioned.append(names[affiliation].name)
            date = article.date_published
            order = (date is None, date or "", number, first.start)
            items.append(_Item(claim, order, terms_of(core, mentioned, wordings)))
    return items


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """How alike two claims must be to be one claim."""

    overlap: float = 0.6
    """Share of the smaller claim's terms found in the other."""
    min_shared: int = 4
    """Terms the two must share at least (unless their terms are the same)."""
    jaccard: float = 0.25
    """Share of all their terms the two must have in common (keeps a short claim from joining a long one)."""
    editorial_overlap: float = 0.8
    """The same for two claims in reports' own voice, which restate wire copy nearly word for word."""
    editorial_jaccard: float = 0.5
    """The same for two claims in reports' own voice."""
    max_posting: int = 64
    """A term in more claims than this is too common to find candidates by (it keeps the cost linear)."""


def _says_something(terms: frozenset[str]) -> bool:
    """Whether a claim has a word of its own besides the entities it names ("Why would Trump do that?" has not)."""
    return any(not term.startswith("E:") for term in terms)


def _similar(first: _Item, second: _Item, settings: MatchSettings) -> bool:
    a, b = first.claim, second.claim
    if a.claimant != b.claimant or a.voice != b.voice:
        return False
    shared = len(first.terms & second.terms)
    smaller = min(len(first.terms), len(second.terms))
    if first.terms == second.terms and _says_something(first.terms):
        return True
    editorial = a.voice == "editorial"
    overlap = settings.editorial_overlap if editorial else settings.overlap
    jaccard = settings.editorial_jaccard if editorial else settings.jaccard
    if shared < settings.min_shared or smaller == 0 or shared / smaller < overlap:
        return False
    if shared / len(first.terms | second.terms) < jaccard:
        return False
    # Claims about different entities, or with other figures, are different claims.
    own = {t for t in first.terms if t.startswith("E:")}
    other = {t for t in second.terms if t.startswith("E:")}
    if own and other and not own & other:
        return False
    own = {t for t in first.terms if t.startswith("#")}
    other = {t for t in second.terms if t.startswith("#")}
    return own <= other or other <= own


def candidate_pairs(items: Sequence[_Item], settings: MatchSettings) -> set[tuple[int, int]]:
    """Pairs of claims sharing one of their rarest terms (prefix filtering over an inverted index)."""
    frequency: Counter[str] = Counter(t for item in items for t in item.terms)
    limit = settings.max_posting
    postings: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    ordered = [sorted(item.terms, key=lambda t: (frequency[t], t)) for item in items]
    for index, terms in enumerate(ordered):
        for term in terms:
            if frequency[term] <= limit:
                postings[term].append(index)
    for index, terms in enumerate(ordered):
        size = len(terms)
        prefix = size - math.ceil(settings.overlap * size) + 1 if size else 0
        for term in terms[: max(prefix, 1)]:
            for other in postings.get(term, ()):
                if other != index:
                    pairs.add((min(index, other), max(index, other)))
    return pairs


def _merge_claims(items: Sequence[_Item], settings: MatchSettings) -> list[tuple[Claim, list[str]]]:
    sets = _UnionFind()
    # Claims alike in all that _similar looks at (claimant, voice, terms) are one claim at once
    # (republished wire copy): only one of each is matched against the others.
    kept: dict[tuple[str | None, str, frozenset[str]], int] = {}
    distinct: list[int] = []
    for index, item in enumerate(items):
        alike = (item.claim.claimant, item.claim.voice, item.terms)
        same = kept.setdefault(alike, index) if _says_something(item.terms) else index
        if same == index:
            distinct.append(index)
        else:
            sets.union(same, index)
    for first, second in sorted(candidate_pairs([items[i] for i in distinct], settings)):
        if _similar(items[distinct[first]], items[distinct[second]], settings):
            sets.union(distinct[first], distinct[second])
    groups: dict[int, list[_Item]] = defaultdict(list)
    for index, item in enumerate(items):
        groups[sets.find(index)].append(item)
    merged: list[tuple[Claim, list[str]]] = []
    used: set[str] = set()
    for members in sorted(groups.values(), key=lambda g: min(i.order for i in g)):
        members.sort(key=lambda i: i.order)
        appearances: list[Appearance] = []
        seen: set[tuple[str, int, int]] = set()
        for item in members:
            for appearance in item.claim.appearances:
                key = (appearance.article, appearance.span.start, appearance.span.end)
                if key not in seen:
                    seen.add(key)
                    appearances.append(appearance)
        earliest = members[0].claim
        claimant = next((i.claim.claimant for i in members if i.claim.claimant), None)
        voice: Voice = "attributed" if any(i.claim.voice == "attributed" for i in members) else "editorial"
        claim = Claim(
            text=earliest.text,
            claimant=claimant,
            voice=voice,
            appearances=tuple(appearances),
            check_worthiness=max(i.claim.check_worthiness for i in members),
        )
        if claim.id in used:
            claim = claim.model_copy(update={"id": content_id("claim", name_key(earliest.text), claimant, len(used))})
        used.add(claim.id)
        merged.append((claim, [i.claim.id for i in members]))
    return merged


def merge_articles(
    articles: Iterable[Article],
    reviews: Iterable[ClaimReview] = (),
    *,
    settings: MatchSettings | None = None,
) -> Corpus:
    """One Corpus from several articles: shared people, bodies and claims merged.

    Articles keep their input order; each article's people and bodies are replaced by
    the corpus-wide ones (references moved), so an id means the same entity everywhere.
    A review that names an article's claim is moved to the merged claim.
    """
    settings = settings or MatchSettings()
    given = list(articles)
    entities = _merge_entities(given)
    linked = [_relink(article, entities) for article in given]
    merged = _merge_claims(_items(linked, entities), settings)
    moved = {old: claim.id for claim, olds in merged for old in olds}
    kept_reviews = tuple(r.model_copy(update={"claim": moved[r.claim]}) if r.claim in moved else r for r in reviews)
    return Corpus(
        articles=tuple(linked),
        actors=tuple(entities.actors.values()),
        organizations=tuple(entities.organizations.values()),
        claims=tuple(claim for claim, _ in merged),
        reviews=kept_reviews,
    )
