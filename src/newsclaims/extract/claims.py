"""Claims in one article: what its quotes assert, and what it asserts in its own voice.

Every attributed statement yields a Claim whose text a reader could check on its own:
the reported clause of a partial quote ("Vladimir Putin had pledged comprehensive
security assistance"), pronouns made explicit in brackets ("we [Belarus] have a treaty
...") where the article says who they are. Sentences in the article's own voice become
claims when they carry checkable facts (numbers, dates, named entities, absolutes,
factual verbs) and no marks of opinion; questions and scene-setting do not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from newsclaims.model import Actor, Appearance, Article, Claim, Organization, Quote, Span, name_key

# Feature lexicons, written by us after the check-worthiness features of ClaimBuster
# (Hassan et al., KDD 2017: numbers, named entities, past-tense factual verbs) and
# Full Fact's claim types (quantities, predictions, comparisons, laws, correlations).
ABSOLUTES: Final = frozenset(
    {"never", "always", "all", "none", "every", "only", "first", "last", "largest", "biggest", "most", "least"}
)
COMPARISONS: Final = frozenset(
    {"more", "less", "fewer", "than", "higher", "lower", "increase", "increased", "decrease", "decreased", "doubled"}
)
FACT_VERBS: Final = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "provides",
        "provide",
        "won",
        "lost",
        "rose",
        "fell",
        "signed",
        "killed",
        "denied",
        "agreed",
        "promised",
        "pledged",
        "confirmed",
        "reached",
        "threaten",
        "threatens",
        "recognize",
        "recognise",
    }
)
OPINION: Final = frozenset(
    {
        "likes",
        "like",
        "love",
        "loves",
        "hate",
        "think",
        "thinks",
        "believe",
        "believes",
        "feel",
        "feels",
        "should",
        "must",
        "ought",
        "seems",
        "seem",
        "apparently",
        "perhaps",
        "maybe",
        "probably",
        "arguably",
        "classic",
        "sensation",
        "hope",
        "hopes",
        "wish",
        "worried",
        "surprised",
        "fine",
        "naturally",
        "likely",
        "unlikely",
        "might",
        "could",
    }
)
NUMBER_WORDS: Final = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "hundred",
        "thousand",
        "million",
        "billion",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "percent",
        "dozen",
    }
)
DATE_WORDS: Final = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tomorrow",
    }
)
# Reporting verbs: a sentence with one reports someone's words, so it is not the article's own claim
# even when the quote finder has not marked it.
REPORTING: Final = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "added",
        "stated",
        "claimed",
        "claims",
        "declared",
        "explained",
        "according",
        "noted",
        "wrote",
        "tweeted",
        "insisted",
        "argued",
    }
)
# First-person words a quote's speaker uses, and third-person words reported speech uses for them.
FIRST_SINGULAR: Final = frozenset({"i", "me", "my"})
FIRST_PLURAL: Final = frozenset({"we", "us", "our"})
THIRD_PERSON: Final = frozenset({"he", "him", "his", "she", "her"})

_WORD = re.compile(r"[^\W_][\w'’\-]*")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"’)]*|$)", re.MULTILINE)
_THAT = re.compile(r"\bthat\s+", re.IGNORECASE)
_LEADING_TIME = re.compile(
    r"^\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|on\s+\w+day)\b,?\s*)+"
)
_EDGE = re.compile(r"^[\s,;:–—\-“”\"‘]+|[\s,;:–—\-“”\"‘’]+$")
_SPACES = re.compile(r"\s+")
_PRONOUN_SUBJECT = re.compile(r"^(?:It|They)\s")

Voice = Literal["attributed", "editorial"]


@dataclass(frozen=True, slots=True)
class _Rewrite:
    """Replace text[start:end] by ``text`` in a claim."""

    start: int
    end: int
    text: str


def _words(text: str) -> list[str]:
    return [w.casefold().strip("'’") for w in _WORD.findall(text)]


def check_worthiness(text: str, *, entities: int = 0, attributed: bool = False) -> float:
    """How much a fact-checker should look at a statement first, in [0, 1].

    Numbers, dates, named entities, absolutes, comparisons and factual verbs weigh in;
    opinion words and questions weigh against.
    """
    words = _words(text)
    if not words:
        return 0.0
    vocabulary = set(words)
    score = 0.2 if attributed else 0.15
    if _DIGIT.search(text) or vocabulary & NUMBER_WORDS:
        score += 0.25
    if _YEAR.search(text) or vocabulary & DATE_WORDS:
        score += 0.15
    score += 0.1 * min(entities, 3)
    if vocabulary & ABSOLUTES:
        score += 0.15
    if vocabulary & COMPARISONS:
        score += 0.1
    if vocabulary & FACT_VERBS or any(w.endswith("ed") and len(w) > 4 for w in words):
        score += 0.1
    if vocabulary & OPINION:
        score -= 0.3
    if text.rstrip().rstrip('”"’').endswith("?"):
        score -= 0.4
    return round(min(1.0, max(0.0, score)), 3)


class _Context:
    """What claim-finding needs to know about one article, indexed once."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.entities: dict[str, Actor | Organization] = {a.id: a for a in article.actors}
        self.entities.update({o.id: o for o in article.organizations})
        self.mentions = sorted(article.mentions, key=lambda m: (m.span.start, -m.span.end))
        self.starts = [m.span.start for m in self.mentions]

    def name(self, entity_id: str | None) -> str | None:
        entity = self.entities.get(entity_id or "")
        return entity.name if entity else None

    def group_name(self, entity_id: str | None) -> str | None:
        """The name "we" stands for when this entity speaks: a person's country or body, else itself."""
        entity = self.entities.get(entity_id or "")
        if isinstance(entity, Actor):
            return self.name(entity.affiliation)
        return entity.name if entity else None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        found = []
        for index in range(bisect.bisect_left(self.starts, start), len(self.mentions)):
            mention = self.mentions[index]
            if mention.span.start >= end:
                break
            if mention.refers_to and mention.span.end <= end:
                found.append((mention.span.start, mention.span.end, mention.refers_to))
        # Outermost only.
        return [m for m in found if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in found)]


def _clean(text: str) -> str:
    """Drop quote marks that open and close a quotation (not apostrophes), trim, squeeze spaces."""
    out: list[str] = []
    single_open = False
    for index, char in enumerate(text):
        if char in '“”"«»„':
            continue
        if char == "‘":
            single_open = True
            continue
        if char == "’" and single_open:
            following = text[index + 1 : index + 2]
            if not following.isalpha():
                single_open = False
                continue
        out.append(char)
    cleaned = _SPACES.sub(" ", "".join(out))
    cleaned = _EDGE.sub("", cleaned).rstrip(".").rstrip()
    return _EDGE.sub("", cleaned)


def _render(text: str, start: int, end: int, rewrites: Iterable[_Rewrite]) -> str:
    parts: list[str] = []
    cursor = start
    for rewrite in sorted(rewrites, key=lambda r: r.start):
        if rewrite.start < cursor or rewrite.end > end:
            continue
        parts.append(text[cursor : rewrite.start])
        parts.append(rewrite.text)
        cursor = rewrite.end
    parts.append(text[cursor:end])
    return _clean("".join(parts))


def _explicit(context: _Context, start: int, end: int, quote: Quote | None) -> list[_Rewrite]:
    """Rewrites that name who pronouns and role nouns stand for, where the article says."""
    text = context.text
    rewrites: list[_Rewrite] = []
    mentions = context.mentions_in(start, end)
    taken: set[int] = set()
    # "his Russian counterpart, Vladimir Putin," -> "Vladimir Putin".
    for index, (m_start, m_end, ref) in enumerate(mentions[:-1]):
        n_start, n_end, n_ref = mentions[index + 1]
        if n_ref == ref and text[m_end:n_start].strip() == ",":
            determiner = re.search(r"\b(?:the|his|her|their|its)\s+$", text[max(start, m_start - 8) : m_start])
            begin = m_start - (len(determiner.group()) if determiner else 0)
            stop = n_end + (1 if text[n_end : n_end + 1] == "," else 0)
            rewrites.append(_Rewrite(begin, stop, context.name(ref) or text[n_start:n_end]))
            taken.update((index, index + 1))
    named: set[str] = set()
    for index, (m_start, m_end, ref) in enumerate(mentions):
        if index in taken:
            continue
        surface = text[m_start:m_end]
        name = context.name(ref)
        if name is None or name in named:
            continue
        lowered = surface.casefold()
        if text[m_end : m_end + 2].strip().startswith("("):
            continue  # "him (Vladimir Putin)": the article already says who
        pronoun = lowered in THIRD_PERSON or lowered in ("they", "them", "their")
        person = isinstance(context.entities.get(ref), Actor)
        role_noun = person and not set(_words(surface)) & set(_words(name))
        if pronoun or role_noun:
            rewrites.append(_Rewrite(m_end, m_end, f" [{name}]"))
            named.add(name)
    if quote is None or quote.speaker is None:
        return rewrites
    speaker = context.name(quote.speaker)
    group = context.group_name(quote.speaker)
    direct = quote.kind in ("direct", "mixed")
    reported_person = not direct and isinstance(context.entities.get(quote.speaker), Actor)
    covered = [(m[0], m[1]) for m in mentions]
    seen: set[str] = set()
    for match in _WORD.finditer(text, start, end):
        word = match.group().casefold()
        if any(a <= match.start() < b for a, b in covered):
            continue
        if direct and word in FIRST_PLURAL and group:
            insert = f"{group}'s" if word == "our" else group
        elif speaker and (word in FIRST_SINGULAR if direct else reported_person and word in THIRD_PERSON):
            insert = speaker
        else:
            continue
        if word in seen:
            continue
        seen.add(word)
        rewrites.append(_Rewrite(match.end(), match.end(), f" [{insert}]"))
    return rewrites


def _clause(context: _Context, quote: Quote) -> tuple[int, int]:
    """Where the statement a quote carries lies: the contents, or for a partial quote its clause."""
    start, end = quote.contents[0].start, quote.contents[-1].end
    if quote.kind != "partial":
        return start, end
    text = context.text
    paragraph = next((p for p in context.article.paragraphs if p.start <= start < p.end), None)
    floor = paragraph.start if paragraph else 0
    sentence_start = max(text.rfind(". ", floor, start) + 2, floor) if text.rfind(". ", floor, start) >= 0 else floor
    cue = quote.cue
    if cue is not None and cue.end <= start and cue.start >= sentence_start:
        begin = cue.end
        between = text[begin:start]
        thats = list(_THAT.finditer(between))
        if thats:
            begin += thats[-1].end()
        elif (leading := _LEADING_TIME.match(between)) is not None:
            begin += leading.end()
        return begin, end
    if cue is not None and cue.start >= end:
        return sentence_start, end
    return start, end


def _quote_claims(context: _Context) -> list[Claim]:
    claims: list[Claim] = []
    for quote in context.article.quotes:
        if quote.kind == "scare":
            continue
        if any(c.end > len(context.text) for c in quote.contents):
            continue
        start, end = _clause(context, quote)
        text = _render(context.text, start, end, _explicit(context, start, end, quote))
        if not text:
            continue
        entities = len(context.mentions_in(start, end))
        claims.append(
            Claim(
                text=text,
                claimant=quote.speaker,
                voice="attributed",
                appearances=(Appearance(article=context.article.id, span=Span(start=start, end=end), quote=quote.id),),
                check_worthiness=check_worthiness(text, entities=entities, attributed=True),
            )
        )
    return claims


def _sentences(context: _Context) -> Iterable[tuple[int, int]]:
    regions = [s for s in (context.article.headline, *context.article.paragraphs) if s is not None]
    for region in regions:
        for match in _SENTENCE.finditer(context.text, region.start, region.end):
            begin = match.start() + (len(match.group()) - len(match.group().lstrip()))
            if match.end() > begin:
                yield begin, match.end()


def publisher_organization(organizations: Iterable[Organization], publisher: str | None) -> Organization | None:
    """The organization that stands for the publisher: named, abbreviated or aliased as it.

    The pipeline adds one when the text never names its publisher, so editorial claims
    always have a claimant that resolves.
    """
    if not publisher or not publisher.strip():
        return None
    key = name_key(publisher)
    for org in organizations:
        if key in {name_key(n) for n in (org.name, org.acronym, *org.aliases) if n}:
            return org
    return None


def _editorial_claims(context: _Context) -> list[Claim]:
    """Checkable sentences in the article's own voice (not attributed, not opinion, not questions)."""
    article = context.article
    blocked: list[tuple[int, int]] = []
    for quote in article.quotes:
        if quote.kind == "scare":
            continue
        blocked.extend((c.start, c.end) for c in quote.contents)
        if quote.cue is not None:
            blocked.append((quote.cue.start, quote.cue.end))
        blocked.extend((m.start, m.end) for m in quote.speaker_mentions)
    publisher_org = publisher_organization(article.organizations, article.publisher)
    publisher = publisher_org.id if publisher_org is not None else None
    claims: list[Claim] = []
    previous: tuple[int, int] | None = None
    for start, end in _sentences(context):
        sentence = context.text[start:end]
        before, previous = previous, (start, end)
        if any(a < end and start < b for a, b in blocked):
            continue
        words = set(_words(sentence))
        if sentence.rstrip().endswith("?") or words & (OPINION | REPORTING) or words & {"you", "i", "we", "our"}:
            continue
        entities = len(context.mentions_in(start, end))
        score = check_worthiness(sentence, entities=entities)
        factual = bool(words & FACT_VERBS) or any(w.endswith("ed") and len(w) > 4 for w in words)
        figures = _DIGIT.search(sentence) is not None
        if not (factual or figures) or score < 0.45 or (entities == 0 and not figures):
            continue
        rewrites = _explicit(context, start, end, None)
        subject = _PRONOUN_SUBJECT.match(sentence)
        if subject and before is not None:
            earlier = context.mentions_in(*before)
            if earlier:
                name = context.name(earlier[0][2])
                if name:
                    at = start + len(subject.group().rstrip())
                    rewrites.append(_Rewrite(at, at, f" [{name}]"))
        claims.append(
            Claim(
                text=_render(context.text, start, end, rewrites),
                claimant=publisher,
                voice="editorial",
                appearances=(Appearance(article=article.id, span=Span(start=start, end=end)),),
                check_worthiness=score,
            )
        )
    return claims


def find_claims(article: Article) -> tuple[Claim, ...]:
    """Every checkable claim of the article: attributed statements and the article's own factual ones.

    Claims come in text order; two statements with the same text are one Claim with
    both appearances.
    """
    context = _Context(article)
    found = _quote_claims(context) + _editorial_claims(context)
    found.sort(key=lambda c: c.appearances[0].span.start)
    merged: dict[str, Claim] = {}
    for claim in found:
        same = merged.get(claim.id)
        if same is None:
            merged[claim.id] = claim
        else:
            merged[claim.id] = same.model_copy(
                update={
                    "appearances": same.appearances + claim.appearances,
                    "check_worthiness": max(same.check_worthiness, claim.check_worthiness),
                }
            )
    return tuple(merged.values())
