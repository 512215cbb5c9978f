"""Word tables for attribution: cue verbs with their forms, and the small words around speakers.

Hand-written from English reporting usage (the verbs news style guides list for attribution,
and the verbs of saying, believing and showing that attribution corpora such as PolNeAR
annotate). Tables, not ``if`` chains, so they can be read and extended in one place.
"""

from __future__ import annotations

import re

# Verbs of saying: each base form with its irregular forms (regular ones are generated).
_SAY_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "think": ("thinks", "thought", "thinking"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "showing", "shown"),
    "know": ("knows", "knew", "knowing"),
    "feel": ("feels", "felt", "feeling"),
    "hear": ("hears", "heard"),
    "read": ("reads",),
    "learn": ("learns", "learned", "learnt"),
}

# Regular verbs of saying and asserting that take a clause ("X argued that ...", "..., X added").
_SAY_REGULAR = (
    "add acknowledge admit affirm agree allege announce answer argue assert assure boast brag caution charge "
    "claim comment complain concede conclude confirm contend continue counter declare deny disclose emphasize "
    "emphasise estimate explain forecast grumble guarantee hint indicate inform insist joke lament maintain mention "
    "muse note object observe pledge point post predict proclaim promise propose protest reason recall recount "
    "reiterate remark remind repeat reply report respond retort reveal scoff shout signal speculate state stress "
    "suggest swear testify theorize tweet urge vow warn wonder worry write "
    "interject exclaim quip chime cry scream yell whisper mutter sigh plead beg inquire concur rebut recite "
    "summarize summarise describe elaborate clarify quote opine crow thunder gush marvel"
)

# Verbs of belief and expectation: a cue only when a clause follows ("I think we ...", "believe that").
_THINK_REGULAR = "believe hope fear expect doubt suspect assume guess imagine figure worry predict reckon"

_IRREGULAR_REGULAR_FORMS = {"swear": ("swears", "swore", "sworn", "swearing"), "forecast": ("forecasts",)}


def words(spaced: str) -> frozenset[str]:
    """A word table from one space-separated string."""
    return frozenset(spaced.split())


def _regular_forms(verb: str) -> tuple[str, ...]:
    """Present, past and -ing forms of a regular English verb."""
    if verb in _IRREGULAR_REGULAR_FORMS:
        return (verb, *_IRREGULAR_REGULAR_FORMS[verb])
    if verb.endswith("e"):
        stem = verb[:-1]
        return verb, verb + "s", verb + "d", stem + "ing"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        stem = verb[:-1]
        return verb, stem + "ies", stem + "ied", verb + "ing"
    if verb.endswith(("sh", "ch", "ss", "x", "z")):
        return verb, verb + "es", verb + "ed", verb + "ing"
    if verb in _DOUBLING:
        # admit -> admitted, refer -> referred, quip -> quipped: the last consonant doubles.
        return verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


# Verbs whose final consonant doubles before -ed and -ing (stress on the last syllable).
_DOUBLING = frozenset(
    ["admit", "commit", "regret", "omit", "quip", "refer", "prefer", "concur", "rebut", "plan", "slam", "submit"]
)


def _forms(bases: str, irregular: dict[str, tuple[str, ...]] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for base in bases.split():
        for form in _regular_forms(base):
            out[form] = base
    for base, forms in (irregular or {}).items():
        for form in (base, *forms):
            out[form] = base
    return out


SAY_FORMS: dict[str, str] = _forms(_SAY_REGULAR, {k: v for k, v in _SAY_IRREGULAR.items() if k not in {"think"}})
"""Form of a verb of saying -> its base ("said" -> "say")."""

THINK_FORMS: dict[str, str] = _forms(
    _THINK_REGULAR, {"think": _SAY_IRREGULAR["think"], "see": ("sees", "saw", "seen", "seeing")}
)
"""Form of a verb of belief -> its base; these need a clause after them to be a cue."""

# Verbs of knowing, finding and showing report what someone holds, not what someone said.
for _form in [
    form for form, base in SAY_FORMS.items() if base in {"know", "feel", "find", "show", "learn", "hear", "read"}
]:
    THINK_FORMS[_form] = SAY_FORMS.pop(_form)

# Verbs of stance and action toward words or people ("called it “a disgrace”", "criticized the plan",
# "wants to ..."): attribution corpora annotate what follows them as the source's position.
_ACT_REGULAR = (
    "accuse applaud blame blast call cite compare condemn criticize criticise decline defend demand "
    "describe dismiss dub encourage endorse favor hail implore invite label liken mock oppose plan praise "
    "prefer question recommend refuse reject slam support threaten want welcome seek pledge vow promise "
    "propose urge ask expect agree seem appear refer talk denounce decry discuss echo consider identify "
    "express voice attack offer order thank assail request decide"
)
_ACT_IRREGULAR: dict[str, tuple[str, ...]] = {"seek": ("seeks", "sought", "seeking")}

ACT_FORMS: dict[str, str] = _forms(_ACT_REGULAR, _ACT_IRREGULAR)
"""Form of a verb of stance or action -> its base; a cue only with a named, pronoun or determined subject."""
# "spoke about the cost": the finite forms only ("speaking to reporters", "has spoken with" report nothing).
ACT_FORMS.update({"spoke": "speak", "speaks": "speak"})
# "branded the plan a failure": the past form only ("the brand", "brands" are mostly nouns).
ACT_FORMS["branded"] = "brand"
for _form in [f for f in ACT_FORMS if f in SAY_FORMS or f in THINK_FORMS]:
    ACT_FORMS.pop(_form)

PARTICLE_CUES: dict[str, frozenset[str]] = {"speak": words("about of out"), "point": words("to out at")}
"""Verbs that attribute only with their particle, the content after it: "spoke about the cost", "pointed to
the polls" ("spoke to reporters" is no cue)."""

# Every form of every cue verb, "-ing" forms too: they open participles ("..., saying the plan ...").
CUE_WORDS: frozenset[str] = frozenset(SAY_FORMS) | frozenset(THINK_FORMS) | frozenset(ACT_FORMS)

# Verbs whose object is the addressee before the clause ("told reporters that ...").
ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "urge", "promise", "answer", "ask"})

# Words between a speaker and its cue verb: auxiliaries, negation and adverbs of time or manner.
BETWEEN = words(
    "also has have had was were is are be been would will could can may might did does do not n't never later then "
    "previously once recently now further again repeatedly publicly privately often always first subsequently "
    "reportedly allegedly apparently initially earlier since still just even already ultimately simply quickly "
    "flatly openly specifically separately frequently famously told here too himself herself themselves itself"
)

PRONOUNS = words("he she they we i you it who")
"""Pronouns that can be the subject of a cue ("it" for an organization or a document)."""

DETERMINERS = words(
    "the a an another one his her their its our my your this that these those some many most several two three "
    "four five six other both each every all few any no such"
)

# Words that end a speaker noun phrase going left: prepositions, conjunctions, verbs and the like.
STOP = words(
    "in on at of for to from by with without about after before during since than as because while when where "
    "if but and or nor so yet that which what who whom whose why how there here not no also has have had was were is "
    "are be been being would will could can may might shall should must did does do said says say told tells "
    "added according asked wrote this those these it its it's he she they we i you him her them us me be"
)

# Capitalised words that start sentences but never start a speaker's name.
FUNCTION_CAPS = words(
    "The A An But And Or So Yet In On At Of For To From By With After Before During Since As Because While When "
    "Where If Still Now Then However Meanwhile Instead Also Asked Last This That These Those There Here It "
    "Although Though Even Just Only Indeed Moreover Furthermore Later Earlier Today Yesterday Perhaps Rather Maybe "
    "Yes No Well Already Sometimes Often Finally Ultimately Again Correction Update Editor Editor's Editor’s Note "
    "Watch Video Exclusive Breaking Opinion Analysis Photos Read Related Advertisement "
    "His Her Their Its Our My Your Some Many Most Several Both Each Every All Few Such Another Other "
    "Alongside Among Amid Despite Under Over Across Against Beyond Within Without Through Throughout Following "
    "Including Unlike Like Per Via Given Upon Into Onto Toward Towards Around About Behind Near "
    "Likewise Similarly Additionally Separately Specifically Notably Clearly Obviously Apparently Interestingly "
    "Ironically Unfortunately Fortunately Importantly Currently Recently Previously Initially Eventually "
    "Subsequently Otherwise Nevertheless Nonetheless Regardless Accordingly Consequently Therefore Thus Hence "
    "Besides Overall Together Not Never Why What How Who Whom Whose Which"
)

# Time and place words that may sit between a cue and the reported clause ("said Saturday his ...").
TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later "
    "again repeatedly publicly privately previously last week month year morning afternoon evening night"
)

ABBREVIATIONS = words(
    "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev hon pres vs etc inc corp co ltd no jan feb "
    "mar apr aug sep sept oct nov dec ft mt u.s u.k u.n d.c a.m p.m ph.d e.g i.e"
)
"""Lower-cased words that a period follows without ending the sentence."""

CALENDAR = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tonight"
)
"""Capitalised words that name days and months, never speakers."""

NEEDS_THAT = words(
    "continue joke laugh shout retort scoff muse grumble lament boast brag signal post read know learn hear "
    "feel maintain"
)
"""Verbs that attribute only before "that", a colon or a quote ("he continued discussing" is no cue)."""

NOUN_LIKE = words(
    "remark comment charge point state claim report note answer promise signal post tweet reply protest estimate "
    "forecast concern respond object counter repeat mention guarantee pledge vow warn caution stress reason joke "
    "attack blast slam challenge demand order request thank"
)
"""Cue verbs that are also nouns ("his remarks", "several states"): outside the past tense they need a named or
pronoun subject."""

TO_VERBS = words(
    "pledge promise vow urge ask agree threaten refuse decline plan want expect hope seek swear warn seem appear "
    "refer talk prefer claim"
)
"""Verbs whose reported content may be an infinitive ("vowed to fight on")."""

NOMINAL_CUES = words(
    "claim assertion argument belief confidence hope concern fear view warning insistence suggestion promise "
    "pledge allegation accusation statement announcement prediction doubt conviction worry contention admission "
    "acknowledgment acknowledgement complaint charge assurance notion speculation point case position message"
)
"""Nouns of saying and believing that carry a clause: "X's claim that ...", "expressed confidence that ..."."""

INTENT_NOUNS = words("promise pledge vow decision threat refusal intention call")
"""Nouns of saying and deciding that carry an infinitive: "his promise to build a bridge", "her decision to run"."""

SUPPORT_VERBS = words(
    "expressed expresses express voiced voices voice raised raises made makes repeated repeats reiterated reiterates "
    "shared shares stated offered offers gave gives dismissed rejected echoed echoes renewed renews"
)
"""Verbs that lend a nominal cue its speaker: "X expressed confidence that ..." (X is the speaker)."""


Trie = dict[str, "Trie"]


def alternation(options: frozenset[str] | set[str]) -> str:
    """A regular-expression alternation of words, factored as a trie so that matching is linear."""
    trie: Trie = {}
    for option in options:
        node = trie
        for char in option:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: Trie) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


AUXILIARIES = words("is are was were have has had will would could can may might should must do does did shall")
"""Words that follow a noun, not a verb: "The tax cut plans are ..." makes "plans" a noun, not a cue."""
