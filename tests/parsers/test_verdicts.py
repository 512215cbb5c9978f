"""Verdict normalisation (words and numbers) and the fact-checker's verdicts file."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.errors import InputError
from newsclaims.model import Appearance, Claim, Span
from newsclaims.parsers.verdicts import (
    VERDICT_LABELS,
    label_key,
    load_verdicts,
    make_rating,
    normalize_verdict,
    parse_number,
    parse_verdicts,
    scale_position,
    verdict_from_label,
    verdict_from_scale,
)


@pytest.mark.parametrize(
    ("label", "verdict"),
    [
        # Labels as fact-checkers publish them, with the verdict their scales define.
        ("Pants on Fire!", "false"),
        ("Mostly True", "mostly_true"),
        ("Half True", "mixed"),
        ("Missing context", "mixed"),
        ("Misleading", "mostly_false"),
        ("Four Pinocchios", "false"),
        ("Unproven", "unverifiable"),
        ("Satire", "other"),
        ("Engañoso", "mostly_false"),  # es: misleading
        ("Verdadero pero...", "mostly_true"),  # Chequeado
        ("Inchequeable", "unverifiable"),  # Chequeado
        ("Verdadeiro, mas", "mostly_true"),  # Lupa
        ("Insustentável", "unverifiable"),  # Lupa
        ("Distorcido", "mostly_false"),  # Aos Fatos
        ("C’est plus compliqué", "mixed"),  # Les Décodeurs, typographic apostrophe
        ("Plutôt faux", "mostly_false"),
        ("FAUX", "false"),
        ("Größtenteils falsch", "mostly_false"),  # Correctiv
        ("Fehlender Kontext", "mixed"),
        ("Panzana pazzesca", "false"),  # Pagella Politica
        ("C'eri quasi", "mostly_true"),
        ("भ्रामक", "mostly_false"),  # hi: misleading
        ("फ़र्ज़ी", "false"),  # hi: fake
        ("आधा सच", "mixed"),  # hi: half truth
        ("Salah", "false"),  # id
        ("Menyesatkan", "mostly_false"),
        ("錯誤", "false"),  # zh-Hant: wrong
        ("Falsk", "false"),  # da
        ("Misleidend", "mostly_false"),  # nl
        ("That’s wrong. The figure is 3%", "false"),  # Full Fact's sentence-long verdicts
        ("Not true", "false"),
        ("Barely True", "mostly_false"),  # PolitiFact's old name for Mostly False
        ("Tidak terbukti", "unverifiable"),  # id: unproven
        ("Yanlış", "false"),  # tr, with the dotless i
        ("نادرست", "false"),  # fa
        ("گمراه‌کننده", "mostly_false"),  # fa, with a zero-width non-joiner
        ("Skoro neistina", "mostly_false"),  # sr: almost untrue
        ("Incorrect \r", "false"),  # Africa Check, with the stray carriage return it publishes
        ("  FALSE  ", "false"),
        ("Falso: a foto é de 2015", "false"),  # a label that starts with the verdict
        ("Reker hat diesen Satz nie gesagt.", "false"),  # a sentence with an unambiguous phrase
    ],
)
def test_labels_in_many_languages_map_to_the_common_scale(label: str, verdict: str) -> None:
    assert verdict_from_label(label) == verdict


@pytest.mark.parametrize(
    "label", [None, "", "   ", "!!!", "The experts said antibodies fade", "Not really, charts say"]
)
def test_labels_that_say_nothing_known_give_none(label: str | None) -> None:
    assert verdict_from_label(label) is None


def test_label_key_ignores_case_accents_and_punctuation_but_keeps_other_scripts() -> None:
    assert label_key("  C’est   plus COMPLIQUÉ ! ") == "c est plus complique"
    assert label_key("Engañoso") == "enganoso"
    assert label_key("भ्रामक") == "भ्रामक"


def test_the_table_has_no_language_giving_two_verdicts_for_one_label() -> None:
    seen: dict[str, str] = {}
    conflicts = []
    for labels in VERDICT_LABELS.values():
        for label, verdict in labels.items():
            key = label_key(label)
            if seen.setdefault(key, verdict) != verdict:
                conflicts.append(label)
    assert conflicts == []


@pytest.mark.parametrize(
    ("value", "best", "worst", "verdict"),
    [
        (1, 5, 1, "false"),
        (2, 5, 1, "mostly_false"),
        (3, 5, 1, "mixed"),
        (4, 5, 1, "mostly_true"),
        (5, 5, 1, "true"),
        (5, 1, 5, "false"),  # inverted: 1 is best, 5 worst (AFP Factual)
        (1, 1, 5, "true"),
        (0, 2, 0, "false"),  # Le Monde's 0..2
        (1, 2, 0, "mixed"),
        (2, 2, 0, "true"),
        (1, 6, None, "false"),  # worstRating defaults to 1
        (4, None, None, "mostly_true"),  # both default: 1..5
    ],
)
def test_numeric_scales_map_to_the_common_scale(
    value: float, best: float | None, worst: float | None, verdict: str
) -> None:
    assert verdict_from_scale(value, best, worst) == verdict


@pytest.mark.parametrize(
    ("value", "best", "worst"),
    [(-1, -1, -1), (1, 1, 1), (7, 5, 1), (0, 5, 1), (None, 5, 1)],
)
def test_degenerate_scales_and_values_outside_give_none(value: float | None, best: float, worst: float) -> None:
    assert verdict_from_scale(value, best, worst) is None


def test_words_win_over_the_number_and_number_fills_in() -> None:
    # schema.org's own example: "True" rated 1 of 6.
    assert normalize_verdict("True", 1, 6, None) == "true"
    assert normalize_verdict("Not really, charts say", 1, 5, 1) == "false"
    assert normalize_verdict(None, None, None, None) == "other"


@pytest.mark.parametrize(("raw", "number"), [(3, 3.0), ("4", 4.0), (" 2.5 ", 2.5), ("3,5", 3.5), (-1, -1.0)])
def test_parse_number_reads_numbers_and_numeric_strings(raw: object, number: float) -> None:
    assert parse_number(raw) == number


@pytest.mark.parametrize("raw", [None, "", "five", True, float("nan"), float("inf"), [1], {"v": 1}])
def test_parse_number_refuses_what_is_not_a_number(raw: object) -> None:
    assert parse_number(raw) is None


@given(st.floats(allow_nan=False), st.floats(allow_nan=False), st.floats(allow_nan=False))
def test_scale_position_is_between_zero_and_one_or_none(value: float, best: float, worst: float) -> None:
    position = scale_position(value, best, worst)
    assert position is None or 0.0 <= position <= 1.0


@given(st.text(), st.one_of(st.none(), st.text(), st.integers(), st.floats()))
def test_normalize_verdict_and_make_rating_are_total(label: str, value: object) -> None:
    verdict = normalize_verdict(label, parse_number(value))
    assert verdict in ("true", "mostly_true", "mixed", "mostly_false", "false", "unverifiable", "other")
    if label.strip():
        rating, _ = make_rating(label, value)
        assert rating.alternate_name == label
    else:
        with pytest.raises(InputError):
            make_rating(label, value)


def test_make_rating_keeps_the_words_and_reports_bad_numbers() -> None:
    rating, warnings = make_rating("Falso", "1", "5", "one")
    assert rating.alternate_name == "Falso"
    assert (rating.value, rating.best, rating.worst) == (1.0, 5.0, None)
    assert rating.verdict == "false"
    assert warnings == ("worstRating 'one' is not a number",)


# --- the verdicts file --------------------------------------------------------------------------

CLAIM = Claim(
    text="Unemployment fell to 3 percent last year.",
    appearances=(Appearance(article="article_0123456789abcdef", span=Span(start=0, end=5)),),
)


def test_json_verdicts_file_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.json"
    path.write_text(
        json.dumps(
            {
                "reviewer": {"name": "Example Fact Check", "url": "https://factcheck.example"},
                "language": "en",
                "verdicts": [
                    {
                        "claim": CLAIM.id,
                        "rating": "Mostly false",
                        "rating_value": 2,
                        "best_rating": "5",
                        "worst_rating": 1,
                        "url": "https://factcheck.example/r/1",
                        "date_published": "2026-11-24 09:00",
                        "note": "kept",
                    },
                    {"claim": "Another claim", "rating": "Falso", "reviewer_name": "Outro"},
                    {"rating": "True"},
                    "not an object",
                ],
            }
        ),
        encoding="utf-8",
    )
    verdicts = load_verdicts(path)
    assert len(verdicts.entries) == 2
    first, second = verdicts.entries
    assert first.claim_id == CLAIM.id
    assert first.claim_text is None
    assert first.rating.verdict == "mostly_false"
    assert (first.rating.value, first.rating.best, first.rating.worst) == (2.0, 5.0, 1.0)
    assert (first.author_name, first.author_url, first.language) == (
        "Example Fact Check",
        "https://factcheck.example",
        "en",
    )
    assert first.date_published == "2026-11-24T09:00"
    assert first.extra == {"note": "kept"}
    assert second.claim_text == "Another claim"
    assert second.author_name == "Outro"
    assert second.rating.verdict == "false"
    assert len(verdicts.warnings) == 2
    assert verdicts.lookup(CLAIM) is first


def test_verdict_entry_gives_the_review_of_its_claim() -> None:
    verdicts = parse_verdicts(
        json.dumps(
            {
                "reviewer": {"name": "Check", "url": "https://check.example"},
                "verdicts": [{"claim": CLAIM.id, "rating": "Falso", "url": "https://check.example/r/1"}],
            }
        )
    )
    entry = verdicts.lookup(CLAIM)
    assert entry is not None
    review = entry.review_for(CLAIM, claim_author="Minister", claim_appearances=("https://news.example/a",))
    assert review.claim == CLAIM.id
    assert review.claim_reviewed == CLAIM.text
    assert review.rating is not None
    assert review.rating.verdict == "false"
    assert (review.author_name, review.author_url, review.url) == (
        "Check",
        "https://check.example",
        "https://check.example/r/1",
    )
    assert review.claim_author == "Minister"
    assert review.claim_appearances == ("https://news.example/a",)


def test_csv_verdicts_file_matches_claims_by_text(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.csv"
    path.write_text(
        "claim,rating,url,reviewer_name,rating_value,best_rating,worst_rating\n"
        '"  unemployment FELL to 3 percent   last year. ",Falso,https://f.example/1,Checa,1,5,1\n'
        ",True,,,,,\n",
        encoding="utf-8",
    )
    verdicts = load_verdicts(path)
    (entry,) = verdicts.entries
    assert verdicts.lookup(CLAIM) is entry
    assert entry.rating.alternate_name == "Falso"
    assert entry.rating.verdict == "false"
    assert entry.author_name == "Checa"
    assert verdicts.warnings == ("verdict 2: needs 'claim' and 'rating': skipped",)


def test_shorthand_mapping_of_claim_to_rating() -> None:
    verdicts = parse_verdicts(json.dumps({CLAIM.text: "False"}))
    entry = verdicts.lookup(CLAIM)
    assert entry is not None
    assert entry.rating.verdict == "false"


@pytest.mark.parametrize("text", ["{not json", '"a string"', '{"verdicts": 3}'])
def test_unreadable_json_verdicts_raise_input_error(text: str) -> None:
    with pytest.raises(InputError):
        parse_verdicts(text, csv_format=False)


def test_csv_without_a_rating_column_raises_input_error() -> None:
    with pytest.raises(InputError):
        parse_verdicts("claim,verdict\nx,False\n", csv_format=True)


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_verdicts(tmp_path / "absent.json")


@given(st.text())
def test_parse_verdicts_raises_only_input_error(text: str) -> None:
    with contextlib.suppress(InputError):
        parse_verdicts(text)
