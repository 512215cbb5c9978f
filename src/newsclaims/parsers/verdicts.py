"""Fact-checkers' verdicts on one common scale, and the verdicts file the CLI reads.

A verdict reaches newsclaims in the fact-checker's own words ("Falso", "Pants on
Fire!", "C'est plus compliqué") and, sometimes, as a number on a scale of its own
(1 to 5, 0 to 2, 5 best to 1 worst, or -1/-1/-1). :func:`normalize_verdict` maps both to
newsclaims' scale (true, mostly_true, mixed, mostly_false, false, unverifiable, other),
preferring the words, and never replaces the original: :class:`~newsclaims.model.Rating`
keeps ``alternate_name`` as written.

:func:`load_verdicts` reads the file in which a fact-checker gives its verdicts on
newsclaims' claims (CSV or JSON; the format is documented in docs/cli.md, "claimreview").
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import JsonValue, ValidationError

from newsclaims.errors import InputError
from newsclaims.model import Claim, ClaimReview, Rating, Verdict
from newsclaims.model.entity import name_key
from newsclaims.parsers.jsonld_blocks import normalize_date

__all__ = [
    "VERDICT_LABELS",
    "VerdictEntry",
    "VerdictsFile",
    "label_key",
    "load_verdicts",
    "make_rating",
    "normalize_verdict",
    "parse_number",
    "parse_verdicts",
    "scale_position",
    "verdict_from_label",
    "verdict_from_scale",
]

# Verdict labels by language, as fact-checkers publish them in ClaimReview
# reviewRating.alternateName. Sources: the rating scales published by the fact-checkers
# named beside each group (their methodology pages), the labels measured in
# ../shared/interop/claimreview (meedan/newspeek pages, claimreview-collector tests), and
# the Google Fact Check Explorer's most frequent textualRating values. Keys are matched
# after label_key() (case, accents, punctuation and spacing ignored).
VERDICT_LABELS: Mapping[str, Mapping[str, Verdict]] = {
    # PolitiFact, Snopes, FactCheck.org, Full Fact, AFP Fact Check, Africa Check, Reuters,
    # Lead Stories, BOOM, India Today, Washington Post (Pinocchios), Logically.
    "en": {
        "true": "true",
        "correct": "true",
        "accurate": "true",
        "verified": "true",
        "geppetto checkmark": "true",
        "this is correct": "true",
        "that s correct": "true",
        "that is correct": "true",
        "it s correct": "true",
        "this is true": "true",
        "correct attribution": "true",
        "mostly true": "mostly_true",
        "mostly correct": "mostly_true",
        "mostly accurate": "mostly_true",
        "largely accurate": "mostly_true",
        "true but": "mostly_true",
        "somewhat true": "mostly_true",
        "roughly correct": "mostly_true",
        "broadly correct": "mostly_true",
        "not far off": "mostly_true",
        "one pinocchio": "mostly_true",
        "half true": "mixed",
        "half truth": "mixed",
        "mixture": "mixed",
        "mixed": "mixed",
        "partly true": "mixed",
        "partially true": "mixed",
        "partly false": "mixed",
        "partially false": "mixed",
        "partially correct": "mixed",
        "missing context": "mixed",
        "needs context": "mixed",
        "lacks context": "mixed",
        "cherry picks": "mixed",
        "two pinocchios": "mixed",
        "partly right": "mixed",
        "partly correct": "mixed",
        "these aren t all correct": "mixed",
        "ambiguous": "mixed",
        "mostly false": "mostly_false",
        "mostly incorrect": "mostly_false",
        "misleading": "mostly_false",
        "exaggerated": "mostly_false",
        "exaggeration": "mostly_false",
        "distorts the facts": "mostly_false",
        "out of context": "mostly_false",
        "three pinocchios": "mostly_false",
        "somewhat false": "mostly_false",
        "barely true": "mostly_false",
        "false context": "mostly_false",
        "false": "false",
        "incorrect": "false",
        "inaccurate": "false",
        "wrong": "false",
        "fake": "false",
        "fake news": "false",
        "hoax": "false",
        "scam": "false",
        "pants on fire": "false",
        "pants fire": "false",
        "lie of the year": "false",
        "not true": "false",
        "untrue": "false",
        "not correct": "false",
        "not accurate": "false",
        "this is false": "false",
        "this is wrong": "false",
        "that s wrong": "false",
        "this isn t correct": "false",
        "the statement is false": "false",
        "disinfo": "false",
        "four pinocchios": "false",
        "fabricated": "false",
        "altered": "false",
        "altered photo": "false",
        "altered video": "false",
        "doctored": "false",
        "manipulated": "false",
        "misattributed": "false",
        "miscaptioned": "false",
        "baseless": "unverifiable",
        "baseless claim": "unverifiable",
        "no evidence": "unverifiable",
        "unproven": "unverifiable",
        "unverified": "unverifiable",
        "unsupported": "unverifiable",
        "unsubstantiated": "unverifiable",
        "unverifiable": "unverifiable",
        "insufficient evidence": "unverifiable",
        "cannot be verified": "unverifiable",
        "too early to tell": "unverifiable",
        "research in progress": "unverifiable",
        "satire": "other",
        "outdated": "other",
        "legend": "other",
        "explainer": "other",
        "opinion": "other",
        "not a claim": "other",
        "flip flop": "other",
        "no flip": "other",
        "full flop": "other",
        "half flip": "other",
    },
    # Chequeado, Maldita, Newtral, EFE Verifica, AFP Factual, Colombiacheck, Animal Político.
    "es": {
        "verdadero": "true",
        "cierto": "true",
        "correcto": "true",
        "verdad": "true",
        "verdadero pero": "mostly_true",
        "mayormente verdadero": "mostly_true",
        "casi verdadero": "mostly_true",
        "verdad a medias": "mixed",
        "mitad verdadero": "mixed",
        "medio verdadero": "mixed",
        "mixto": "mixed",
        "parcialmente falso": "mixed",
        "parcialmente verdadero": "mixed",
        "discutible": "mixed",
        "falta contexto": "mixed",
        "sin contexto": "mixed",
        "enganoso": "mostly_false",
        "exagerado": "mostly_false",
        "apresurado": "mostly_false",
        "mayormente falso": "mostly_false",
        "falso": "false",
        "bulo": "false",
        "montaje": "false",
        "fotomontaje": "false",
        "inchequeable": "unverifiable",
        "insostenible": "unverifiable",
        "sin evidencia": "unverifiable",
        "no verificable": "unverifiable",
        "satira": "other",
    },
    # Lupa, Aos Fatos, Estadão Verifica, Comprova, AFP Checamos, Polígrafo, Observador.
    "pt": {
        "verdadeiro": "true",
        "verdade": "true",
        "correto": "true",
        "certo": "true",
        "verdadeiro mas": "mostly_true",
        "praticamente verdadeiro": "mostly_true",
        "maioritariamente verdadeiro": "mostly_true",
        "impreciso": "mixed",
        "contraditorio": "mixed",
        "subestimado": "mixed",
        "meia verdade": "mixed",
        "parcialmente falso": "mixed",
        "parcialmente verdadeiro": "mixed",
        "falta contexto": "mixed",
        "sem contexto": "mixed",
        "distorcido": "mostly_false",
        "enganoso": "mostly_false",
        "exagerado": "mostly_false",
        "maioritariamente falso": "mostly_false",
        "falso": "false",
        "fake": "false",
        "pimenta na lingua": "false",
        "insustentavel": "unverifiable",
        "ainda e cedo para dizer": "unverifiable",
        "sem provas": "unverifiable",
        "nao comprovado": "unverifiable",
        "de olho": "other",
        "satira": "other",
    },
    # Les Décodeurs (Le Monde), AFP Factuel, Libération CheckNews, France 24 Observateurs.
    "fr": {
        "vrai": "true",
        "exact": "true",
        "plutot vrai": "mostly_true",
        "c est plus complique": "mixed",
        "c est plus complexe": "mixed",
        "partiellement vrai": "mixed",
        "partiellement faux": "mixed",
        "manque de contexte": "mixed",
        "plutot faux": "mostly_false",
        "trompeur": "mostly_false",
        "exagere": "mostly_false",
        "faux": "false",
        "c est faux": "false",
        "errone": "false",
        "inexact": "false",
        "fausse information": "false",
        "infonde": "false",
        "non prouve": "unverifiable",
        "invérifiable": "unverifiable",
        "satire": "other",
    },
    # Correctiv, dpa-Faktencheck, AFP Faktencheck, BR24 Faktenfuchs, APA.
    "de": {
        "richtig": "true",
        "wahr": "true",
        "stimmt": "true",
        "grosstenteils richtig": "mostly_true",
        "teilweise richtig": "mixed",
        "teilweise falsch": "mixed",
        "halb wahr": "mixed",
        "fehlender kontext": "mixed",
        "grosstenteils falsch": "mostly_false",
        "irrefuhrend": "mostly_false",
        "ubertrieben": "mostly_false",
        "falsch": "false",
        "frei erfunden": "false",
        "manipuliert": "false",
        "unwahr": "false",
        "falscher kontext": "mostly_false",
        "unbelegt": "unverifiable",
        "satire": "other",
    },
    # Pagella Politica, Facta, Open Fact-checking, AFP.
    "it": {
        "vero": "true",
        "c eri quasi": "mostly_true",
        "ni": "mixed",
        "parzialmente vero": "mixed",
        "parzialmente falso": "mixed",
        "fuorviante": "mostly_false",
        "pinocchio andante": "mostly_false",
        "esagerato": "mostly_false",
        "falso": "false",
        "panzana pazzesca": "false",
        "notizia falsa": "false",
        "senza prove": "unverifiable",
        "non verificabile": "unverifiable",
        "satira": "other",
    },
    # Vishvas News, BOOM Hindi, Aaj Tak, AFP Hindi, Factly, Newschecker (Hindi labels).
    "hi": {
        "सच": "true",
        "सही": "true",
        "सत्य": "true",
        "आधा सच": "mixed",
        "भ्रामक": "mostly_false",
        "गुमराह करने वाला": "mostly_false",
        "गलत": "false",
        "ग़लत": "false",
        "झूठ": "false",
        "झूठा": "false",
        "फर्जी": "false",
        "फ़र्ज़ी": "false",
        "असत्य": "false",
        "अपुष्ट": "unverifiable",
        "व्यंग्य": "other",
    },
    # Vishvas News Urdu, Geo Fact Check.
    "ur": {"سچ": "true", "درست": "true", "گمراہ کن": "mostly_false", "جھوٹ": "false", "غلط": "false", "فرضی": "false"},
    # Mafindo (TurnBackHoax), Tempo Cek Fakta, Kompas, Liputan6, AFP Indonesia.
    "id": {
        "benar": "true",
        "fakta": "true",
        "sebagian benar": "mixed",
        "konteks keliru": "mostly_false",
        "konten yang menyesatkan": "mostly_false",
        "menyesatkan": "mostly_false",
        "keliru": "false",
        "salah": "false",
        "hoaks": "false",
        "sesat": "mostly_false",
        "tidak terbukti": "unverifiable",
        "hoax": "false",
        "konten palsu": "false",
        "konten yang dimanipulasi": "false",
        "konten yang salah": "false",
        "disinformasi": "false",
        "satire atau parodi": "other",
    },
    # Taiwan FactCheck Center, MyGoPen, Cofacts (traditional), AFP (simplified).
    "zh": {
        "正確": "true",
        "正确": "true",
        "部分錯誤": "mixed",
        "部分错误": "mixed",
        "事實釐清": "other",
        "證據不足": "unverifiable",
        "错误": "false",
        "錯誤": "false",
        "謠言": "false",
        "谣言": "false",
        "易生誤解": "mostly_false",
    },
    # Nordic and Dutch: TjekDet, Faktisk.no, Källkritikbyrån, Nieuwscheckers, Knack, AFP.
    "nl_da_no_sv": {
        "waar": "true",
        "grotendeels waar": "mostly_true",
        "half waar": "mixed",
        "misleidend": "mostly_false",
        "grotendeels onwaar": "mostly_false",
        "onwaar": "false",
        "niet waar": "false",
        "sandt": "true",
        "delvis sandt": "mixed",
        "delvis falsk": "mixed",
        "misvisende": "mostly_false",
        "falsk": "false",
        "helt sant": "true",
        "sant": "true",
        "delvis sant": "mixed",
        "helt feil": "false",
        "feil": "false",
        "falskt": "false",
        "vilseledande": "mostly_false",
    },
    # Demagog (pl), Teyit (tr), Misbar and Fatabyyano (ar), StopFake (uk/ru), Factnameh (fa),
    # Istinomer (sr), VERA Files (tl), Verificat (ca); several first seen in the label map of
    # MartinoMensio/claimreview-collector (claimreview_collector/processing/claimreview.py).
    "other": {
        "yanlış": "false",
        "sahte": "false",
        "belirsiz": "unverifiable",
        "نادرست": "false",
        "نیمه درست": "mixed",
        "گمراه‌کننده": "mostly_false",
        "istina": "true",
        "neistina": "false",
        "skoro neistina": "mostly_false",
        "tama": "true",
        "mali": "false",
        "cert": "true",
        "fals": "false",
        "enganyos": "mostly_false",
        "prawda": "true",
        "czesciowa prawda": "mixed",
        "manipulacja": "mostly_false",
        "falsz": "false",
        "nieweryfikowalne": "unverifiable",
        "dogru": "true",
        "karma": "mixed",
        "yaniltici": "mostly_false",
        "yanlis": "false",
        "صحيح": "true",
        "مضلل": "mostly_false",
        "زائف": "false",
        "كاذب": "false",
        "правда": "true",
        "манипуляция": "mostly_false",
        "фейк": "false",
        "неправда": "false",
    },
}

# Phrases that settle a verdict wherever they occur in a longer label ("False. The video
# is from 2015", "Reker hat diesen Satz nie gesagt"), checked after exact and prefix
# matches fail; longest first so "mostly false" beats "false". Kept to unambiguous words.
_CONTAINED_PHRASES: Mapping[str, Verdict] = {
    "pants on fire": "false",
    "never said": "false",
    "nie gesagt": "false",
    "mostly false": "mostly_false",
    "mostly true": "mostly_true",
    "half true": "mixed",
    "misleading": "mostly_false",
    "enganoso": "mostly_false",
    "falso": "false",
    "false": "false",
    "falsch": "false",
    "faux": "false",
    "fake": "false",
    "hoax": "false",
    "hoaks": "false",
    "incorrect": "false",
}


def label_key(label: str) -> str:
    """Normalise a verdict label for lookup: case, accents, punctuation and spacing ignored.

    Latin letters lose their accents ("Engañoso" -> "enganoso"); other scripts keep their
    marks, which carry vowels there (Devanagari ``सच`` stays as it is).
    """
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    kept = "".join(
        char
        for index, char in enumerate(decomposed)
        if not (unicodedata.combining(char) and index > 0 and _is_latin(decomposed[index - 1]))
    )
    composed = unicodedata.normalize("NFC", kept)
    # Letters, digits and marks (Devanagari vowel signs and viramas are marks) make words.
    spaced = "".join(char if char.isalnum() or unicodedata.category(char)[0] == "M" else " " for char in composed)
    return " ".join(spaced.split())


def _is_latin(char: str) -> bool:
    return char.isascii() or "LATIN" in unicodedata.name(char, "")


def _flatten() -> dict[str, Verdict]:
    table: dict[str, Verdict] = {}
    for labels in VERDICT_LABELS.values():
        for label, verdict in labels.items():
            table.setdefault(label_key(label), verdict)
    return table


_LABEL_TABLE: dict[str, Verdict] = _flatten()
# Labels a longer text may start with: short Latin words ("ni", "vero") only match whole,
# since "Ni siquiera..." or "Vero Beach..." say nothing about a verdict.
_PREFIXES = sorted((key for key in _LABEL_TABLE if len(key) >= 5 or not key.isascii()), key=len, reverse=True)
_CONTAINED = sorted(
    ((label_key(phrase), verdict) for phrase, verdict in _CONTAINED_PHRASES.items()), key=lambda pair: -len(pair[0])
)


def verdict_from_label(label: str | None) -> Verdict | None:
    """The common-scale verdict a label names, or ``None`` when the words do not say.

    Exact label first ("Mostly false"), then a known label the text starts with
    ("Falso: a foto é de 2015", "True, but..."), then an unambiguous phrase inside it.
    """
    if not label:
        return None
    key = label_key(label)
    if not key:
        return None
    exact = _LABEL_TABLE.get(key)
    if exact is not None:
        return exact
    for prefix in _PREFIXES:
        if key.startswith(prefix + " "):
            return _LABEL_TABLE[prefix]
    padded = f" {key} "
    for phrase, verdict in _CONTAINED:
        if f" {phrase} " in padded:
            return verdict
    return None


def parse_number(value: object) -> float | None:
    """A rating number from JSON: numbers, numeric strings ("4", " 2.5 ", "3,5"); else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def scale_position(value: float | None, best: float | None, worst: float | None) -> float | None:
    """Where ``value`` sits between worst (0.0) and best (1.0), or ``None`` if it cannot be said.

    Missing bounds take schema.org's defaults (bestRating 5, worstRating 1). An inverted
    scale (best < worst) is read as published; a degenerate one (best == worst) or a
    value outside the scale gives ``None``.
    """
    if value is None:
        return None
    top = 5.0 if best is None else best
    bottom = 1.0 if worst is None else worst
    if top == bottom or not all(math.isfinite(number) for number in (value, top, bottom)):
        return None
    position = (value - bottom) / (top - bottom)
    if not math.isfinite(position) or position < 0.0 or position > 1.0:
        return None
    return position


# Cut points on the 0..1 position: five equal bands centred on 0, .25, .5, .75 and 1, so
# 1-5 scales map 1:1 and a 0-2 scale gives false / mixed / true.
_BANDS: tuple[tuple[float, Verdict], ...] = (
    (0.875, "true"),
    (0.625, "mostly_true"),
    (0.375, "mixed"),
    (0.125, "mostly_false"),
    (0.0, "false"),
)


def verdict_from_scale(value: float | None, best: float | None, worst: float | None) -> Verdict | None:
    """The common-scale verdict a number gives on its own scale, or ``None``."""
    position = scale_position(value, best, worst)
    if position is None:
        return None
    for floor, verdict in _BANDS:
        if position >= floor:
            return verdict
    return "false"  # pragma: no cover - position >= 0.0 always matches the last band


def normalize_verdict(
    label: str | None, value: float | None = None, best: float | None = None, worst: float | None = None
) -> Verdict:
    """One verdict on the common scale: from the words when they say, else from the number.

    The words win because they are what the fact-checker wrote for readers (and what
    Google shows); numeric scales are often inconsistent with them (schema.org's own
    example rates "True" 1 of 6). Nothing known gives ``"other"``.
    """
    return verdict_from_label(label) or verdict_from_scale(value, best, worst) or "other"


def make_rating(
    label: str, value: object = None, best: object = None, worst: object = None
) -> tuple[Rating, tuple[str, ...]]:
    """A :class:`Rating` from published values (numbers or strings), with warnings on what was dropped.

    Raises:
        InputError: ``label`` is blank: a rating is the fact-checker's words, and there are none.
    """
    if not label.strip():
        raise InputError("a rating needs the fact-checker's words (alternateName): none given")
    warnings: list[str] = []
    numbers: dict[str, float | None] = {}
    for name, raw in (("ratingValue", value), ("bestRating", best), ("worstRating", worst)):
        number = parse_number(raw)
        if number is None and raw not in (None, ""):
            warnings.append(f"{name} {raw!r} is not a number")
        numbers[name] = number
    verdict = normalize_verdict(label, numbers["ratingValue"], numbers["bestRating"], numbers["worstRating"])
    rating = Rating(
        alternate_name=label,
        value=numbers["ratingValue"],
        best=numbers["bestRating"],
        worst=numbers["worstRating"],
        verdict=verdict,
    )
    return rating, tuple(warnings)


@dataclass(frozen=True)
class VerdictEntry:
    """One verdict of the fact-checker on one claim, as the verdicts file gives it."""

    rating: Rating
    claim_id: str | None = None
    claim_text: str | None = None
    url: str | None = None
    date_published: str | None = None
    author_name: str | None = None
    author_url: str | None = None
    language: str | None = None
    claim_reviewed: str | None = None
    extra: dict[str, JsonValue] = field(default_factory=dict)

    def review_for(
        self, claim: Claim, *, claim_author: str | None = None, claim_appearances: tuple[str, ...] = ()
    ) -> ClaimReview:
        """The fact-checker's review of ``claim`` as a model, from this verdict.

        ``claim_author`` (the claimant's name) and ``claim_appearances`` (URLs of the
        articles where the claim appears) come from the corpus, which the file does not know.
        The entry's unknown fields stay here: they are the file's, not markup to publish.
        """
        return ClaimReview(
            claim_reviewed=self.claim_reviewed or claim.text,
            rating=self.rating,
            claim=claim.id,
            claim_author=claim_author,
            claim_appearances=claim_appearances,
            author_name=self.author_name,
            author_url=self.author_url,
            url=self.url,
            date_published=self.date_published,
            language=self.language,
        )


@dataclass(frozen=True)
class VerdictsFile:
    """The verdicts read from one file, and what had to be skipped."""

    entries: tuple[VerdictEntry, ...]
    warnings: tuple[str, ...] = ()

    def lookup(self, claim: Claim) -> VerdictEntry | None:
        """The verdict on this claim: by claim id first, then by its text (case and spacing ignored)."""
        for entry in self.entries:
            if entry.claim_id == claim.id:
                return entry
        key = name_key(claim.text)
        for entry in self.entries:
            if entry.claim_text is not None and name_key(entry.claim_text) == key:
                return entry
        return None


_CLAIM_ID = re.compile(r"^claim_[0-9a-f]{16}$")
_KNOWN_FIELDS = frozenset(
    {
        "claim",
        "claim_id",
        "claim_text",
        "rating",
        "rating_value",
        "best_rating",
        "worst_rating",
        "url",
        "date_published",
        "reviewer",
        "reviewer_name",
        "reviewer_url",
        "language",
        "claim_reviewed",
    }
)


def load_verdicts(path: str | Path) -> VerdictsFile:
    """Read a verdicts file (CSV or JSON, by extension, else by content).

    Raises:
        InputError: the file cannot be read, or is neither CSV nor JSON of the documented shape.
    """
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read verdicts file: {error}", source=source) from error
    return parse_verdicts(text, source=source, csv_format=source.lower().endswith(".csv"))


def parse_verdicts(text: str, *, source: str | None = None, csv_format: bool | None = None) -> VerdictsFile:
    """Read verdicts from text; ``csv_format`` None guesses from the first character."""
    if csv_format is None:
        csv_format = not text.lstrip().startswith(("{", "["))
    defaults: dict[str, JsonValue] = {}
    if csv_format:
        rows = _csv_rows(text, source)
    else:
        rows, defaults = _json_rows(text, source)
    entries: list[VerdictEntry] = []
    warnings: list[str] = []
    for number, row in enumerate(rows, start=1):
        entry, problems = _entry(row, defaults)
        warnings += [f"verdict {number}: {problem}" for problem in problems]
        if entry is not None:
            entries.append(entry)
    return VerdictsFile(entries=tuple(entries), warnings=tuple(warnings))


def _csv_rows(text: str, source: str | None) -> list[dict[str, JsonValue]]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None or "rating" not in [name.strip() for name in reader.fieldnames]:
            raise InputError("CSV verdicts need a header row with at least 'claim' and 'rating'", source=source)
        return [
            {key.strip(): value.strip() for key, value in row.items() if key is not None and value and value.strip()}
            for row in reader
        ]
    except csv.Error as error:
        raise InputError(f"not CSV: {error}", source=source) from error


def _json_rows(text: str, source: str | None) -> tuple[list[dict[str, JsonValue]], dict[str, JsonValue]]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(f"not JSON: {error}", source=source) from error
    if isinstance(data, list):
        return [row if isinstance(row, dict) else {"_invalid": row} for row in data], {}
    if not isinstance(data, dict):
        raise InputError("a verdicts file is a JSON object or list", source=source)
    if "verdicts" not in data:
        # Shorthand: {"<claim id or text>": "<rating>"}.
        return [{"claim": key, "rating": value} for key, value in data.items()], {}
    verdicts = data["verdicts"]
    if not isinstance(verdicts, list):
        raise InputError("'verdicts' must be a list", source=source)
    defaults = {key: value for key, value in data.items() if key != "verdicts"}
    return [row if isinstance(row, dict) else {"_invalid": row} for row in verdicts], defaults


def _text(value: JsonValue) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _entry(row: dict[str, JsonValue], defaults: dict[str, JsonValue]) -> tuple[VerdictEntry | None, list[str]]:
    if "_invalid" in row:
        return None, ["not an object: skipped"]
    claim = _text(row.get("claim_id")) or _text(row.get("claim")) or _text(row.get("claim_text"))
    label = _text(row.get("rating"))
    if claim is None or label is None:
        return None, ["needs 'claim' and 'rating': skipped"]
    claim_id = claim if _CLAIM_ID.match(claim) else None
    claim_text = _text(row.get("claim_text")) or (None if claim_id else claim)
    reviewer = row.get("reviewer", defaults.get("reviewer"))
    reviewer_map = reviewer if isinstance(reviewer, dict) else {}
    author_name = _text(row.get("reviewer_name")) or _text(reviewer_map.get("name"))
    author_url = _text(row.get("reviewer_url")) or _text(reviewer_map.get("url"))
    if isinstance(reviewer, str):
        author_name = author_name or _text(reviewer)
    problems: list[str] = []
    try:
        rating, rating_problems = make_rating(
            label, row.get("rating_value"), row.get("best_rating"), row.get("worst_rating")
        )
    except ValidationError as error:  # pragma: no cover - label is non-empty, numbers parsed
        return None, [f"rating not valid: {error.errors()[0]['msg']}"]
    problems += rating_problems
    date = _text(row.get("date_published"))
    iso = None
    if date is not None:
        iso = normalize_date(date)
        if iso is None:
            problems.append(f"date_published {date!r} is not a date: dropped")
    entry = VerdictEntry(
        rating=rating,
        claim_id=claim_id,
        claim_text=claim_text,
        url=_text(row.get("url")),
        date_published=iso,
        author_name=author_name,
        author_url=author_url,
        language=_text(row.get("language")) or _text(defaults.get("language")),
        claim_reviewed=_text(row.get("claim_reviewed")),
        extra={key: value for key, value in row.items() if key not in _KNOWN_FIELDS},
    )
    return entry, problems
