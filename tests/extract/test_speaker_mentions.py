"""Speaker mentions as written, on made-up sentences: who is recorded for the quote that holds a phrase."""

from __future__ import annotations

import pytest

from newsclaims.extract.layout import find_layout
from newsclaims.extract.quotes import _subject, find_quotes


def _speakers_of(text: str, phrase: str) -> list[str]:
    """The speaker mentions of the quote whose content holds ``phrase``."""
    at = text.index(phrase)
    for quote in find_quotes(text, find_layout(text)):
        if any(c.start <= at < c.end for c in quote.contents):
            return [text[s.start : s.end] for s in quote.speaker_mentions]
    raise AssertionError(f"no quote holds {phrase!r}")


# (text, a phrase of the content, the speaker mention expected among those recorded)
CASES = [
    # A transcript: the label opening the paragraph speaks the whole paragraph, whatever names it holds.
    (
        "Headline of the day\n\nPart of the exchange:\n\n"
        '"HOST: Good evening and welcome. This morning the harbor board said the ferry would stop running. '
        'Let me ask you about that.\n\n"GUEST: Well, look, the board seems to think this is a joke. '
        "I think it is not.\n",
        "Let me ask you",
        "HOST",
    ),
    (
        "Headline of the day\n\nPart of the exchange:\n\n"
        '"HOST: Good evening and welcome.\n\n"GUEST: Well, look, the board seems to think this is a joke. '
        "I think it is not.\n",
        "I think it is not",
        "GUEST",
    ),
]


# ", saying ..." and "... and emphasized ...": the subject of the sentence speaks, after its opening adverbials.
SUBJECT_CASES = [
    (
        "Hours later, Mayor Jane Holt returned to the podium, telling reporters, “We will rebuild the bridge.”",
        "We will rebuild",
        "Mayor Jane Holt",
    ),
    (
        "Hastily leaving the hall, Holt blamed the council and warned that the bridge would stay closed all year.",
        "the bridge would stay",
        "Holt",
    ),
    (
        "At a town meeting in Dover, Delaware, on Friday, Holt repeated her pledge, saying that the bridge "
        "would reopen in March.",
        "the bridge would reopen",
        "Holt",
    ),
    (
        "Once she was elected, Holt made the bridge a priority, announcing that work would begin in May.",
        "work would begin",
        "Holt",
    ),
    (
        "More recently, the council has changed its tone, arguing that the repairs would cost too much.",
        "the repairs would cost",
        "the council",
    ),
]


# The phrase right before the cue is not always its subject: a floating "both", an adjunct, a relative clause,
# a place or a parenthesis after the name.
LEFT_CASES = [
    (
        "Mayor Holt and Governor Ames both argued that the bridge was unsafe.",
        "the bridge was unsafe",
        "Mayor Holt and Governor Ames",
    ),
    ("Holt and Ames have both argued that the bridge was unsafe.", "the bridge was unsafe", "Holt and Ames"),
    ("Holt at the time said that the bridge would close for a year.", "the bridge would close", "Holt"),
    ("Holt a month later announced that the bridge would close for a year.", "the bridge would close", "Holt"),
    (
        "Her close friends have in the past said she would not seek another term.",
        "she would not seek",
        "Her close friends",
    ),
    (
        "Current and former clerks who spoke with The Harbor Ledger said the archive had become a mess.",
        "the archive had become",
        "former clerks",
    ),
    (
        "A board member who asked for anonymity to talk about the levy said the levy plan was dead.",
        "the levy plan was dead",
        "A board member",
    ),
    (
        "Nell Parr, 41, of Milford, Del., said she had stood in the sleet for two hours.",
        "she had stood",
        "Nell Parr",
    ),
    (
        "Holt, during a meeting in Dover, Delaware, said the bridge would reopen in March.",
        "the bridge would reopen",
        "Holt",
    ),
    (
        "Arno Vale, the owner of the town's largest bakery, The Golden Crust, said every customer was a critic.",
        "every customer was",
        "Arno Vale",
    ),
    (
        "At the county fair in Milford, Sen. Nell Parr (D-Del.), said, “We will mend this bridge before the frost.”",
        "We will mend",
        "Sen. Nell Parr",
    ),
    # The role before the name between commas still names the speaker.
    (
        "The head of the port authority, Lyle Ross, said the authority would appeal.",
        "the authority would appeal",
        "Lyle Ross",
    ),
]


# After a closing quote, the phrase up to the cue speaks: its name before the apposition, or the whole phrase.
AFTER_QUOTE_CASES = [
    (
        "The spot aired.\n\n“You pay your fees. So why does the club skip its own?” a narrator in the radio spot asks. "
        "It ends there.",
        "You pay your fees",
        "a narrator in the radio spot",
    ),
    (
        "“This is an overreach into county business,” Vera Pike, the county attorney of Marlow, one of the counties "
        "suing the board, said in a statement.",
        "This is an overreach",
        "Vera Pike",
    ),
    (
        'Farrow, the co-editor of "Quiet Wires," about the decline of local radio, said the age of one station '
        "is over.",
        "the age of one station",
        "Farrow",
    ),
]


# The speaker of an attribution goes on to the quote that follows it: in the same sentence after the
# words go on (“A,” X said, “B.” Then ...), and in the next paragraph after a piece from the next sentence.
GOES_ON_CASES = [
    (
        "Holt took the stand. “Your honor,” Pettibone said, “I have not seen a case like this in my whole career.” "
        "Grudgingly, the judge nodded.",
        "I have not seen",
        "Pettibone",
    ),
    (
        "They sailed to the cape.\n\n“I am still stunned,” he said. “I hope every reader sees these letters.”\n\n"
        "“Do not wait for the storm to pack your things! Leave today, and take the early ferry.”\n",
        "Do not wait",
        "he",
    ),
]


# A colon introduces the quote: the name right before it, else the subject of its sentence.
COLON_CASES = [
    (
        "When the harbor master retired, Chancellor Vi Orme released the following statement:\n\n"
        "“We thank her for thirty years of steady work on the docks. I remember sailing with her.”\n",
        "We thank her",
        "Chancellor Vi Orme",
    ),
    (
        "The rise does not surprise Republican pollster Dan Shaw: “Outsider candidates facing party favorites "
        "have enjoyed the largest gains.”",
        "Outsider candidates",
        "Dan Shaw",
    ),
    (
        "The memo was long.\n\nOn Tuesday, he joined other council members in a post on Twitter: “The new budget is a "
        "blow to the library and to every reader.”",
        "The new budget",
        "he",
    ),
    (
        "Or, as Lena Marsh, a former warden, put it: ''The wolves are no longer in the woods. They are in the yard.''",
        "The wolves",
        "Lena Marsh, a former warden",
    ),
]


# "“...,” said X" and its kin: any cue right after a quote is inverted; roles, modifiers and participles
# around the name.
INVERTED_CASES = [
    ("“That puts a reckless driver one step from the wheel,” warned Holt.", "That puts", "Holt"),
    ('"In drafting the letter, the staff drew on old minutes," read the statement.', "In drafting", "the statement"),
    (
        '"Thank you, Milford, for hosting these runners," said master of ceremonies Odo Renwick, a local baker.',
        "Thank you, Milford",
        "master of ceremonies Odo Renwick",
    ),
    (
        "''The odds are that the pool will stay shut for the whole summer,'' said another leading coach, Ann Roe.",
        "The odds are",
        "another leading coach",
    ),
    (
        "''Whoever closes the park has no business smiling here!'' wrote a woman calling herself Mia Mia.",
        "Whoever closes",
        "a woman",
    ),
    (
        "“There are jellyfish with more backbone than this council,” reads a Sunday column in The Harbor Ledger.",
        "There are jellyfish",
        "a Sunday column",
    ),
]


# A participle with a subject of its own ("with X saying"), a sentence adverb before the cue, a name opening the
# sentence after an adverbial (then "said Fiore" is not inverted), a relative clause with a participle in it.
MORE_LEFT_CASES = [
    (
        "Holt tried to link Ames to Pruitt, with one of her mailers asking, “Can Ames think for himself on the board?”",
        "Can Ames think",
        "her mailers",
    ),
    (
        "The rumors are spreading across the district, with rival campaigns hinting that his old debts are fair game.",
        "his old debts are fair game",
        "rival campaigns",
    ),
    (
        "The two have traded barbs for weeks, both contenders conceding that they could face each other in June.",
        "they could face",
        "both contenders",
    ),
    ("Holt has nonetheless called the levy a reckless one.", "the levy a reckless", "Holt"),
    (
        'In an interview, Otis Brandt, a former head of marketing, said Tess Albee "was aware of every single deal."',
        "was aware",
        "Otis Brandt",
    ),
    (
        "Many of the local organizers who’d rather be campaigning for Pike or Lena Voss said they have lined up "
        "behind him.",
        "they have lined up",
        "the local organizers",
    ),
]


def test_modifiers_after_quote_join_the_speaker() -> None:
    text = 'Holt "is the only one with the patience to run this port," retired Navy captain Lee Ness said.'
    assert _speakers_of(text, "is the only one") == ["retired Navy captain Lee Ness"]


def test_participle_after_before_goes_to_the_subject() -> None:
    text = "Holt hums to the audience before asking them, “Tell me honestly, what should we build next?”"
    assert _speakers_of(text, "Tell me honestly") == ["Holt"]


def test_verb_after_quote_is_no_modifier() -> None:
    text = "The clip, titled “Greedy,” features a Harbor Ledger story that he skipped his dues for a decade."
    mentions = [text[s.start : s.end] for q in find_quotes(text, find_layout(text)) for s in q.speaker_mentions]
    assert not any("features" in m for m in mentions)


MORE_AFTER_QUOTE_CASES = [
    (
        "''We were not pleased when the plan first came out,'' said Rhea B. Talbot, head of research at the guild.",
        "We were not pleased",
        "Rhea B. Talbot",
    ),
    ("Rhea B. Talbot said the plan was bad for the guild.", "the plan was bad", "Rhea B. Talbot"),
    (
        '"From the start, I made the harbor my first concern," the bearded, 68-year-old envoy said.',
        "From the start",
        "the bearded, 68-year-old envoy",
    ),
    # The next piece of the quote after a short phrase: “A,” X told reporters after a forum in Dover, Del. “B.”
    (
        '"His votes do not fit his speeches," Holt told reporters after a debate in Milford, Del. "It looks like he '
        'is just very restless."',
        "It looks like he",
        "Holt",
    ),
    (
        'Mills closed.\n\n"The danger," said Ed Lee, a banker who is the head of the Marlow Savings Fund, "is that the '
        'mills stay shut for good."',
        "is that the mills stay",
        "Ed Lee",
    ),
]


NAME_SHAPE_CASES = [
    # A possessor's own name belongs to the phrase.
    (
        "The race went on.\n\nMarlow State College's Dana Byrd agreed. \"Moderate voters have little time left "
        'to pick a new favorite."',
        "Moderate voters",
        "Marlow State College's Dana Byrd",
    ),
    (
        "The race went on.\n\nYet another said, “Holt is stuck in a three-way fight with Ames and Dunn.”",
        "Holt is",
        "Yet another",
    ),
    (
        "The race went on.\n\nAnother tweeted, “Holt acts as if the parking rules were for other people.”",
        "Holt acts",
        "Another",
    ),
    # An apposition without its closing comma: the name opening the sentence speaks.
    (
        "Sam Lau, the press secretary for the Harbor League said the ballots were counted twice.",
        "the ballots were counted",
        "Sam Lau",
    ),
    # “A,” he said. But “B.”: the conjunction keeps the speaker.
    (
        "The race went on.\n\n“No single endorsement makes or breaks a race,” he said outside the hall. "
        "But “her campaign gains a lot from the backing of the union chief.”",
        "her campaign gains",
        "he",
    ),
]


def test_interrupting_attribution_is_no_apposition() -> None:
    text = "Holt, a senior adviser said, “is quite calm about the matchup with Ames.”"
    assert "Holt" not in _speakers_of(text, "is quite calm")


DASH_CASES = [
    (
        "Guild elders — whose guild was once famous for its order — both hinted that the treasurer should resign "
        "at once.",
        "the treasurer should resign",
        "Guild elders",
    ),
    (
        "Union leaders — and, above all, the union president — insisted that any deal include a pause.",
        "any deal include",
        "Union leaders",
    ),
]


def test_one_comma_before_inverted_cue_is_no_apposition() -> None:
    text = "The race went on.\n\n“The danger is that the mills will stay shut for good,” said Ed Lee."
    assert _speakers_of(text, "The danger is") == ["Ed Lee"]


def test_relative_pronoun_before_an_adjunct_speaks() -> None:
    text = "The race went on.\n\nBeck, who has in the past described Holt as “a chronic fibber,” stayed silent today."
    assert _speakers_of(text, "Holt as") == ["Beck", "who"]


def test_relative_pronoun_before_through_phrase_speaks() -> None:
    text = "The race went on.\n\nDunn, who through a spokesman declined to discuss the verdict, grew up in Marlow."
    assert "who" in _speakers_of(text, "to discuss the verdict")


def test_name_right_before_participle_with_quote_speaks() -> None:
    text = (
        "The race went on.\n\nThe clip shows footage of Ann Holt asking, “Why are the ferries always late, you wonder?”"
    )
    assert _speakers_of(text, "Why are the ferries") == ["Ann Holt"]


def test_subject_after_an_opening_date_with_year() -> None:
    text = (
        "The race went on.\n\nOn March 9, 2014, Dunn made the following remark:\n\n"
        "“For young workers who have finished an apprenticeship, one in four still has no steady job.”\n"
    )
    assert _speakers_of(text, "For young workers") == ["Dunn"]


ALL_CASES = [
    *CASES,
    *SUBJECT_CASES,
    *LEFT_CASES,
    *AFTER_QUOTE_CASES,
    *GOES_ON_CASES,
    *COLON_CASES,
    *INVERTED_CASES,
    *MORE_LEFT_CASES,
    *MORE_AFTER_QUOTE_CASES,
    *NAME_SHAPE_CASES,
    *DASH_CASES,
]


@pytest.mark.parametrize(("text", "phrase", "speaker"), ALL_CASES)
def test_speaker_mention(text: str, phrase: str, speaker: str) -> None:
    assert speaker in _speakers_of(text, phrase)


def test_next_attribution_takes_its_own_quote() -> None:
    text = (
        "The briefing went on.\n\n''We will not hand over our members' records,'' Ann Holt said in the briefing. "
        "But she added, ''We do not want fraudsters to hide behind our servers.''"
    )
    assert _speakers_of(text, "We do not want") == ["she"]


def test_police_speak_without_a_plural_s() -> None:
    text = "The city waited.\n\nBut police also fear that harsh curfews could make the unrest worse."
    assert _speakers_of(text, "harsh curfews") == ["police"]


def test_closing_inverted_attribution_governs_the_sentence() -> None:
    text = (
        "The hearing went on.\n\nHolt's failure to reply clearly did not sit well with the board, and the talks "
        "soured quickly, said one source at the table."
    )
    assert _speakers_of(text, "the talks soured") == ["one source"]


def test_subject_after_an_opening_passive_participle() -> None:
    text = (
        "The costs came up.\n\nPressed by a student on her travel costs, Holt said that her family left "
        "the governor’s mansion “nearly penniless.”"
    )
    assert _speakers_of(text, "her family left") == ["Holt"]


def test_question_put_to_the_speaker_does_not_go_on() -> None:
    text = (
        'The race went on.\n\n"People can grow," he said when asked about the manners of the nominee. "But I just '
        'do not see any sign that he is trying to grow."'
    )
    assert _speakers_of(text, "But I just do not see") == ["he"]


def test_inverted_speaker_and_others() -> None:
    text = (
        "The race went on.\n\nThe difference from Ames, said Doyle and others, would be obvious because she runs alone."
    )
    assert _speakers_of(text, "The difference from Ames") == ["Doyle and others"]


def test_relative_lead_then_comma_and_quote() -> None:
    text = (
        'She was upset.\n\nI told her I had not. To which she said, "Good heavens, at least you still fear the '
        'dark, child."'
    )
    assert _speakers_of(text, "Good heavens") == ["she"]


def test_plural_after_determiner_is_no_verb_before_and() -> None:
    text = "The race went on.\n\nHolt has rejected both objections, but says that in hindsight she would have paused."
    assert _speakers_of(text, "in hindsight she would") == ["Holt"]


def test_participle_goes_to_the_last_clause_subject() -> None:
    text = (
        "The debate went on.\n\nHolt swiftly turned to discussing tariffs, but Ames steered her back to the "
        "scandal, asking that she give her opinion on the contract."
    )
    assert _speakers_of(text, "she give her opinion") == ["Ames"]


def test_subject_after_a_quote_opening_the_sentence() -> None:
    text = "“We will win this,” Holt told the crowd before leaving"
    subject = _subject(text, 0, len(text))
    assert subject is not None
    assert text[subject[0] : subject[1]] == "Holt"


def test_agent_after_by_speaks() -> None:
    text = (
        "The bill stalled.\n\nThe measure carried amendments added by Republicans that would slash money "
        "for libraries across the county."
    )
    assert _speakers_of(text, "that would slash money") == ["Republicans"]


def test_pronoun_inside_an_unclosed_opening_phrase_is_the_subject() -> None:
    text = (
        "The race went on.\n\nBy Tuesday evening she had called off a joint picnic in Port Alden, Wis., "
        "citing the storm."
    )
    assert _speakers_of(text, "the storm") == ["she"]


def test_pronoun_after_an_opening_description_is_the_subject() -> None:
    text = "A Socialist, he backed Nora Field"
    subject = _subject(text, 0, len(text))
    assert subject is not None
    assert text[subject[0] : subject[1]] == "he"


def test_subject_opened_by_a_quantifier() -> None:
    text = (
        "The loan went on.\n\nIn October, several coastal charities granted him a delay on a loan, "
        "saying that his savings were smaller than expected."
    )
    assert _speakers_of(text, "his savings were") == ["several coastal charities"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # an -ing word right after the determiner modifies the noun after it
        ("In May, several fishing groups granted him a delay", "several fishing groups"),
        # a noun-like word before an object pronoun is the verb, not part of the subject
        ("In May, several farm groups gave him a delay", "several farm groups"),
        ("Last week, the dairy unions sent them a letter", "the dairy unions"),
    ],
)
def test_subject_of_a_participle_stops_before_the_verb(opening: str, speaker: str) -> None:
    text = f"The loan went on.\n\n{opening}, saying that the season had been poor."
    assert _speakers_of(text, "the season had been poor") == [speaker]


def test_participle_between_article_and_head_modifies_it() -> None:
    text = "The talks ended.\n\nThe shipping tycoon told reporters that the dock would close."
    assert _speakers_of(text, "the dock would close") == ["The shipping tycoon"]


def test_subordinator_is_no_part_of_the_speaker() -> None:
    text = "The vote came.\n\nAlthough critics say the plan is costly, the council passed it on Monday."
    assert _speakers_of(text, "the plan is costly") == ["critics"]
    text = "The vote came.\n\nThe mayor is ahead in the polls, although history says upsets are common."
    assert _speakers_of(text, "upsets are common") == ["history"]


def test_adjective_with_its_object_after_the_subject() -> None:
    text = "The talks stalled.\n\nA source close to him said the deal was dead."
    assert _speakers_of(text, "the deal was dead") == ["A source"]
    text = "The talks stalled.\n\nAnother aide familiar with the talks said the deal was dead."
    assert _speakers_of(text, "the deal was dead") == ["Another aide"]


def test_pronoun_with_auxiliary_is_no_possessor() -> None:
    text = (
        "The plan moved.\n\nThough he’s touted plans to tax yacht owners, experts say the gain would be "
        "dwarfed by other breaks."
    )
    assert _speakers_of(text, "the gain would be dwarfed") == ["experts"]


def test_participle_after_a_possessor_heads_the_modifier_object() -> None:
    text = "The talks went on.\n\nAnother aide familiar with Orme’s thinking said, “She will try to stay calm.”"
    assert _speakers_of(text, "She will try") == ["Another aide"]


def test_relative_clause_goes_on_after_and() -> None:
    text = "The rally ended.\n\nThe crowd cheered for Ames, who campaigned on jobs and said the plan would fail."
    assert _speakers_of(text, "the plan would fail") == ["Ames", "who"]


def test_function_word_inside_a_title_name() -> None:
    text = (
        "The talk went on.\n\n“It has been ages since we saw you here, senator,” WXYZ This Morning co-anchor Dee "
        "Lam said."
    )
    assert _speakers_of(text, "It has been ages") == ["WXYZ This Morning co-anchor Dee Lam"]


def test_relative_pronoun_before_an_adjunct_in_commas() -> None:
    text = (
        "The call ended.\n\nThe crowd cheered Ames, who, during a radio interview Monday, blamed the mayor "
        "for the delay."
    )
    assert "who" in _speakers_of(text, "the mayor for the delay")


def test_present_cue_in_a_gapped_relative_clause() -> None:
    text = "The vote neared.\n\nThe county has a rent cap, which the board says was the lowest in the region."
    assert _speakers_of(text, "the lowest in the region") == ["the board"]


def test_past_participle_between_article_and_head_modifies_it() -> None:
    text = (
        "The case went back.\n\n“The panel expresses no opinion on the facts” of the dispute, the retired judge said."
    )
    assert _speakers_of(text, "The panel expresses no opinion") == ["the retired judge"]


def test_quote_after_an_adjunct_in_commas() -> None:
    text = "The hall went quiet.\n\nHolt joked, once more putting on an accent, “Well, neighbor! Step right up!”"
    assert _speakers_of(text, "Well, neighbor") == ["Holt"]
    text = "The hall went quiet.\n\nHolt said of the episode, “I don’t like it.”"
    assert _speakers_of(text, "I don’t like it") == ["Holt"]


def test_that_with_a_verb_opens_a_relative_clause_after_the_subject() -> None:
    text = "The hearing ended.\n\nOfficials that have seen the plan say it is costly."
    assert _speakers_of(text, "it is costly") == ["Officials"]


def test_plural_noun_before_a_subjectless_that_is_no_cue() -> None:
    text = "The hearing ended.\n\nSouthern states that have raised tolls say the plan is costly."
    assert "Southern" not in _speakers_of(text, "the plan is costly")


def test_adverb_between_conjunction_and_cue() -> None:
    text = "The day was long.\n\nHolt met the mayor on Monday and later said the plan would fail."
    assert _speakers_of(text, "the plan would fail") == ["Holt"]
    quote = next(q for q in find_quotes(text, find_layout(text)) if q.speaker_mentions)
    assert text[quote.contents[0].start : quote.contents[0].end] == "the plan would fail"


def test_inverted_attribution_inside_the_reported_sentence() -> None:
    text = "The race went on.\n\nThe difference, said Doyle, would be obvious by spring."
    assert _speakers_of(text, "would be obvious") == ["Doyle"]


def test_role_words_between_a_capital_and_a_name_open_the_subject() -> None:
    text = "The hall filled.\n\nGrain futures trader Jo Lee drew jeers from the audience, calling them “paid hecklers.”"
    assert _speakers_of(text, "paid hecklers") == ["Grain futures trader Jo Lee"]


def test_opening_participle_is_no_name() -> None:
    text = "The hall filled.\n\nWaving banners calling him “a fraud,” the strikers marched."
    mentions = [text[s.start : s.end] for q in find_quotes(text, find_layout(text)) for s in q.speaker_mentions]
    assert not any("Waving" in m for m in mentions)
