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
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import Final, Literal

from newsclaims.model import Actor, Article, Claim, Organization, Quote, name_key

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
_WORD_CHAR = re.compile(r"\w")
# Characters outside the ranges whose casefold keeps each character's part in a word (a test checks
# the ranges); 'İ' folds to 'i' and a combining dot, which is not a word character.
_UNSAFE_CASEFOLD = re.compile("[^\x00-\u012f\u0131-\u017f\u2000-\u206f]")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A sentence, up to its end mark or line end; group 1 starts after its leading white space.
_SENTENCE = re.compile(r"(?=[^.!?\n])[^\S\n]*([^.!?\n]*(?:[.!?]+[”\"’)]*|$))", re.MULTILINE)
_THAT = re.compile(r"\bthat\s+", re.IGNORECASE)
# Reported speech starts with its complementizer ("said that the events ..."): the claim starts after it.
_COMPLEMENTIZER = re.compile(r"\s*(?:that|whether)\s+")
_LEADING_TIME = re.compile(
    r"^\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|on\s+\w+day)\b,?\s*)+"
)
_DETERMINER = re.compile(r"\b(?:the|his|her|their|its)\s+$")
_PRONOUN_SUBJECT = re.compile(r"^(?:It|They)\s")
# Candidates for the person words a quote's speaker is named after, whole words as _WORD reads them
# (the lookahead skips to a possible first letter fast). IGNORECASE also lets a few other letters
# through ('İ', 'ı'); each hit is checked by casefold.
_PERSON_WORD = re.compile(
    r"(?=[iImMwWuUoOhHsSſ])(?<![^\W_])(?:i|me|my|we|us|our|he|him|his|she|her)(?![\w'’\-])", re.IGNORECASE
)
_SINGLE_MARK = re.compile("[‘’]")
# Quote marks that only open or close a quotation, dropped from claim texts.
_DOUBLE_MARKS: Final = '“”"«»„'
# Trimmed from the ends of a claim text once its white space is single spaces.
_LEADING_JUNK: Final = ' ,;:–—-“”"‘'
_TRAILING_JUNK: Final = ' ,;:–—-“”"‘’'
# Words that make a sentence someone's view or someone's report, not the article's own fact.
_NOT_EDITORIAL: Final = OPINION | REPORTING | {"you", "i", "we", "our"}
_PRONOUNS: Final = THIRD_PERSON | {"they", "them", "their"}

Voice = Literal["attributed", "editorial"]
_Found = tuple[int, int, str]
"""A mention inside a stretch of text: start, end, id of what it refers to."""
_Rewrite = tuple[int, int, str]
"""Replace text[start:end] by the string in a claim."""


def _words(text: str) -> list[str]:
    return [w.casefold().strip("'’") for w in _WORD.findall(text)]


def _vocabulary(text: str, start: int = 0, end: int | None = None, folded: str | None = None) -> set[str]:
    """set(_words(text[start:end])), with the words read once from casefolded text.

    ``folded`` is the whole text casefolded, given when folding keeps its offsets.
    """
    end = len(text) if end is None else end
    if folded is None:
        if _UNSAFE_CASEFOLD.search(text, start, end) is not None:
            return set(_words(text[start:end]))
        # Folding these characters keeps every character's part in a word: fold first, then read.
        folded = text[start:end].casefold()
        start, end = 0, len(folded)
    words = set(_WORD.findall(folded, start, end))
    # Words start with a letter or digit, so only their ends can carry apostrophes.
    if folded.find("'", start, end) < 0 and folded.find("’", start, end) < 0:
        return words
    return {w.rstrip("'’") for w in words}


@functools.lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    """The words of a name or mention; names recur in every article, so they are read once."""
    return frozenset(_vocabulary(text))


def check_worthiness(text: str, *, entities: int = 0, attributed: bool = False) -> float:
    """How much a fact-checker should look at a statement first, in [0, 1].

    Numbers, dates, named entities, absolutes, comparisons and factual verbs weigh in;
    opinion words and questions weigh against.
    """
    return _worthiness(text, _vocabulary(text), entities, attributed)


def _factual(vocabulary: set[str]) -> bool:
    return not vocabulary.isdisjoint(FACT_VERBS) or any(w.endswith("ed") and len(w) > 4 for w in vocabulary)


def _worthiness(text: str, vocabulary: set[str], entities: int, attributed: bool, factual: bool | None = None) -> float:
    """check_worthiness for a text whose words (and perhaps factualness) are already known."""
    if not vocabulary:
        return 0.0
    score = 0.2 if attributed else 0.15
    digit = _DIGIT.search(text)
    if digit or not vocabulary.isdisjoint(NUMBER_WORDS):
        score += 0.25
    # A year starts at a digit: look from the first one on (\b still sees the character before).
    if (digit and _YEAR.search(text, digit.start())) or not vocabulary.isdisjoint(DATE_WORDS):
        score += 0.15
    score += 0.1 * min(entities, 3)
    if not vocabulary.isdisjoint(ABSOLUTES):
        score += 0.15
    if not vocabulary.isdisjoint(COMPARISONS):
        score += 0.1
    if _factual(vocabulary) if factual is None else factual:
        score += 0.1
    if not vocabulary.isdisjoint(OPINION):
        score -= 0.3
    if text.rstrip().rstrip('”"’').endswith("?"):
        score -= 0.4
    return round(min(1.0, max(0.0, score)), 3)


class _Context:
    """What claim-finding needs to know about one article, indexed once."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = text = article.text
        self.entities: dict[str, Actor | Organization] = {a.id: a for a in article.actors}
        self.entities.update({o.id: o for o in article.organizations})
        # Plain tuples, by start, longest first, then in the article's order: the same mentions are
        # looked up for every quote and sentence.
        ordered = sorted([(m.span.start, -m.span.end, i, m.refers_to) for i, m in enumerate(article.mentions)])
        self.mentions = [(start, -negative_end, ref) for start, negative_end, _, ref in ordered]
        self.starts = [m[0] for m in self.mentions]
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs]
        self._inside: dict[tuple[int, int], tuple[_Found, ...]] = {}
        # The text casefolded, when folding keeps every offset and every character's part in a word:
        # then any stretch's words are read from it directly.
        folded = text.casefold()
        self.folded = folded if len(folded) == len(text) and _UNSAFE_CASEFOLD.search(text) is None else None

    def name(self, entity_id: str | None) -> str | None:
        entity = self.entities.get(entity_id or "")
        return entity.name if entity else None

    def group_name(self, entity_id: str | None) -> str | None:
        """The name "we" stands for when this entity speaks: a person's country or body, else itself."""
        entity = self.entities.get(entity_id or "")
        if isinstance(entity, Actor):
            return self.name(entity.affiliation)
        return entity.name if entity else None

    def words(self, start: int, end: int) -> set[str]:
        """The words of text[start:end], as _words reads them."""
        return _vocabulary(self.text, start, end, self.folded)

    def mentions_in(self, start: int, end: int) -> tuple[_Found, ...]:
        """Resolved mentions inside start..end, outermost only (remembered: rewriting and scoring both ask)."""
        known = self._inside.get((start, end))
        if known is not None:
            return known
        first = bisect.bisect_left(self.starts, start)
        stop = bisect.bisect_left(self.starts, end, first)
        if first == stop:
            return ()
        found = [(m_start, m_end, ref) for m_start, m_end, ref in self.mentions[first:stop] if ref and m_end <= end]
        if len(found) > 1:
            found = [m for m in found if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in found)]
        result = self._inside[(start, end)] = tuple(found)
        return result


def _drop_single_marks(text: str) -> str:
    """Drop ‘ and the ’ that closes it (a ’ before a letter is an apostrophe and stays)."""
    parts: list[str] = []
    cursor = 0
    single_open = False
    for match in _SINGLE_MARK.finditer(text):
        index = match.start()
        if match.group() == "‘":
            single_open = True
        elif single_open and not text[index + 1 : index + 2].isalpha():
            single_open = False
        else:
            continue
        parts.append(text[cursor:index])
        cursor = index + 1
    parts.append(text[cursor:])
    return "".join(parts)


def _clean(text: str) -> str:
    """Drop quote marks that open and close a quotation (not apostrophes), trim, squeeze spaces."""
    if "‘" in text:
        text = _drop_single_marks(text)
    for mark in _DOUBLE_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    cleaned = " ".join(text.split())
    cleaned = cleaned.lstrip(_LEADING_JUNK).rstrip(_TRAILING_JUNK).rstrip(".").rstrip()
    return cleaned.lstrip(_LEADING_JUNK).rstrip(_TRAILING_JUNK)


def _render(text: str, start: int, end: int, rewrites: list[_Rewrite]) -> str:
    if not rewrites:
        return _clean(text[start:end])
    parts: list[str] = []
    cursor = start
    for r_start, r_end, replacement in sorted(rewrites, key=operator.itemgetter(0)):
        if r_start < cursor or r_end > end:
            continue
        parts.append(text[cursor:r_start])
        parts.append(replacement)
        cursor = r_end
    parts.append(text[cursor:end])
    return _clean("".join(parts))


def _starts_word(text: str, at: int) -> bool:
    """Whether _WORD, reading ``text``, starts a word at ``at`` (a letter) rather than inside one."""
    index = at
    while index > 0:
        char = text[index - 1]
        if char not in "_'’-":
            return _WORD_CHAR.match(char) is None
        index -= 1
    return True


def _named_mentions(context: _Context, start: int, mentions: tuple[_Found, ...]) -> list[_Rewrite]:
    """Rewrites that name who pronouns and role nouns stand for, where the article says."""
    rewrites: list[_Rewrite] = []
    if not mentions:
        return rewrites
    text = context.text
    taken: set[int] = set()
    # "his Russian counterpart, Vladimir Putin," -> "Vladimir Putin".
    for index in range(len(mentions) - 1):
        m_start, m_end, ref = mentions[index]
        n_start, n_end, n_ref = mentions[index + 1]
        if n_ref == ref and text[m_end:n_start].strip() == ",":
            determiner = _DETERMINER.search(text[max(start, m_start - 8) : m_start])
            begin = m_start - (len(determiner.group()) if determiner else 0)
            stop = n_end + (1 if text[n_end : n_end + 1] == "," else 0)
            rewrites.append((begin, stop, context.name(ref) or text[n_start:n_end]))
            taken.update((index, index + 1))
    named: set[str] = set()
    for index, (m_start, m_end, ref) in enumerate(mentions):
        if index in taken:
            continue
        name = context.name(ref)
        if name is None or name in named:
            continue
        if text[m_end : m_end + 2].strip().startswith("("):
            continue  # "him (Vladimir Putin)": the article already says who
        surface = text[m_start:m_end]
        pronoun = surface.casefold() in _PRONOUNS
        person = isinstance(context.entities.get(ref), Actor)
        if pronoun or (person and _word_set(surface).isdisjoint(_word_set(name))):
            rewrites.append((m_end, m_end, f" [{name}]"))
            named.add(name)
    return rewrites


def _explicit(context: _Context, start: int, end: int, quote: Quote | None) -> list[_Rewrite]:
    """Rewrites that name who pronouns, role nouns and the speaker's I/we/he stand for, where the article says."""
    mentions = context.mentions_in(start, end)
    rewrites = _named_mentions(context, start, mentions)
    if quote is None or quote.speaker is None:
        return rewrites
    speaker = context.name(quote.speaker)
    group = context.group_name(quote.speaker)
    # Direct speech: "we"/"our" are the speaker's country or body, "I"/"my" the speaker;
    # reported speech about a person: "he"/"his" are the speaker.
    wanted: frozenset[str] = frozenset()
    if quote.kind in ("direct", "mixed"):
        wanted = (FIRST_PLURAL if group else wanted) | (FIRST_SINGULAR if speaker else wanted)
    elif speaker and isinstance(context.entities.get(quote.speaker), Actor):
        wanted = THIRD_PERSON
    if not wanted:
        return rewrites
    for at, word in _person_words(context, start, end, wanted, mentions):
        insert = speaker if word not in FIRST_PLURAL else f"{group}'s" if word == "our" else group
        rewrites.append((at, at, f" [{insert}]"))
    return rewrites


def _person_words(
    context: _Context, start: int, end: int, wanted: frozenset[str], mentions: tuple[_Found, ...]
) -> list[tuple[int, str]]:
    """Where each wanted word first stands as a whole word of start..end outside any mention: (end, word).

    The stretch is read on its own, as _WORD would read it: a slice, so nothing before it counts.
    """
    found: list[tuple[int, str]] = []
    stretch = context.text[start:end]
    seen: set[str] = set()
    for match in _PERSON_WORD.finditer(stretch):
        word = match.group().casefold()
        at = start + match.start()
        if word not in wanted or word in seen or not _starts_word(stretch, match.start()):
            continue
        if any(a <= at < b for a, b, _ in mentions):
            continue
        seen.add(word)
        found.append((start + match.end(), word))
    return found


def _clause(context: _Context, quote: Quote) -> tuple[int, int]:
    """Where the statement a quote carries lies: the contents, or for a partial quote its clause."""
    start, end = quote.contents[0].start, quote.contents[-1].end
    text = context.text
    if quote.kind != "direct" and (complementizer := _COMPLEMENTIZER.match(text, start, end)) is not None:
        return complementizer.end(), end  # the content is already the reported clause
    if quote.kind != "partial":
        return start, end
    floor = next((p_start for p_start, p_end in context.paragraphs if p_start <= start < p_end), 0)
    full_stop = text.rfind(". ", floor, start)
    sentence_start = max(full_stop + 2, floor) if full_stop >= 0 else floor
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
    text = context.text
    size = len(text)
    article_id = context.article.id
    for quote in context.article.quotes:
        if quote.kind == "scare":
            continue
        if any(c.end > size for c in quote.contents):
            continue
        start, end = _clause(context, quote)
        claim_text = _render(text, start, end, _explicit(context, start, end, quote))
        if not claim_text:
            continue
        entities = len(context.mentions_in(start, end))
        # One validation of plain data: cheaper than building the Span and Appearance models first.
        claims.append(
            Claim.model_validate(
                {
                    "text": claim_text,
                    "claimant": quote.speaker,
                    "voice": "attributed",
                    "appearances": ({"article": article_id, "span": {"start": start, "end": end}, "quote": quote.id},),
                    "check_worthiness": check_worthiness(claim_text, entities=entities, attributed=True),
                }
            )
        )
    return claims


def _sentences(context: _Context) -> Iterator[tuple[int, int]]:
    """The sentences of the headline and the paragraphs, leading white space left out."""
    text = context.text
    for region in (context.article.headline, *context.article.paragraphs):
        if region is None:
            continue
        for match in _SENTENCE.finditer(text, region.start, region.end):
            begin, end = match.start(1), match.end()
            if end > begin:
                yield begin, end


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


def _blocked(article: Article) -> tuple[list[int], list[int]]:
    """Stretches no editorial claim may touch (quotes, cues, speakers), sorted by start: their starts,
    and the furthest end reached by any stretch up to each."""
    stretches: list[tuple[int, int]] = []
    for quote in article.quotes:
        if quote.kind == "scare":
            continue
        stretches.extend((c.start, c.end) for c in quote.contents)
        if quote.cue is not None:
            stretches.append((quote.cue.start, quote.cue.end))
        stretches.extend((m.start, m.end) for m in quote.speaker_mentions)
    stretches.sort()
    return [a for a, _ in stretches], list(itertools.accumulate((b for _, b in stretches), max))


def _editorial_claims(context: _Context) -> list[Claim]:
    """Checkable sentences in the article's own voice (not attributed, not opinion, not questions)."""
    article = context.article
    text = context.text
    blocked_starts, blocked_reach = _blocked(article)
    publisher_org = publisher_organization(article.organizations, article.publisher)
    publisher = publisher_org.id if publisher_org is not None else None
    claims: list[Claim] = []
    previous: tuple[int, int] | None = None
    for start, end in _sentences(context):
        before, previous = previous, (start, end)
        # Blocked when a stretch starting before the sentence's end reaches past its start.
        count = bisect.bisect_left(blocked_starts, end)
        if count and blocked_reach[count - 1] > start:
            continue
        # The cheap tests first: a claim needs figures or a named entity, and is no question.
        sentence = text[start:end]
        figures = _DIGIT.search(sentence) is not None
        entities = len(context.mentions_in(start, end))
        if (entities == 0 and not figures) or sentence.rstrip().endswith("?"):
            continue
        words = context.words(start, end)
        if not words.isdisjoint(_NOT_EDITORIAL):
            continue
        factual = _factual(words)
        if not (figures or factual):
            continue
        score = _worthiness(sentence, words, entities, False, factual)
        if score < 0.45:
            continue
        rewrites = _explicit(context, start, end, None)
        subject = _PRONOUN_SUBJECT.match(sentence)
        if subject and before is not None:
            earlier = context.mentions_in(*before)
            if earlier:
                name = context.name(earlier[0][2])
                if name:
                    at = start + len(subject.group().rstrip())
                    rewrites.append((at, at, f" [{name}]"))
        claims.append(
            Claim.model_validate(
                {
                    "text": _render(text, start, end, rewrites),
                    "claimant": publisher,
                    "voice": "editorial",
                    "appearances": ({"article": article.id, "span": {"start": start, "end": end}},),
                    "check_worthiness": score,
                }
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
