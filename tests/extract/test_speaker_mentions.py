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
        '"HOST: Welcome back to the program. Yesterday the mayor announced that the bridge would close. '
        'I want to ask you about it.\n\n"GUEST: Well, look, the mayor apparently thinks this is a game. '
        "I think it is not.\n",
        "I want to ask you",
        "HOST",
    ),
    (
        "Headline of the day\n\nPart of the exchange:\n\n"
        '"HOST: Welcome back to the program.\n\n"GUEST: Well, look, the mayor apparently thinks this is a game. '
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
    ("Her close allies have in the past said she would not run again.", "she would not run", "Her close allies"),
    (
        "Current and former aides who spoke with The Daily Courier said the office had become a shell.",
        "the office had become",
        "former aides",
    ),
    (
        "A council member who spoke on condition of anonymity to discuss the budget said the plan was dead.",
        "the plan was dead",
        "A council member",
    ),
    (
        "Carla Dunn, 34, of Dover, Del., said she had waited three hours in the rain.",
        "she had waited",
        "Carla Dunn",
    ),
    (
        "Holt, during a meeting in Dover, Delaware, said the bridge would reopen in March.",
        "the bridge would reopen",
        "Holt",
    ),
    (
        "Arno Vale, the editor of the city's oldest newspaper, The Harbor Light, said every mayor was a politician.",
        "every mayor was",
        "Arno Vale",
    ),
    (
        "At the county fair in Dover, Sen. Carla Dunn (D-Del.), said, “We will fix this bridge before the winter.”",
        "We will fix",
        "Sen. Carla Dunn",
    ),
    # The role before the name between commas still names the speaker.
    ("The head of the agency, Jim Ross, said the agency would appeal.", "the agency would appeal", "Jim Ross"),
]


# After a closing quote, the phrase up to the cue speaks: its name before the apposition, or the whole phrase.
AFTER_QUOTE_CASES = [
    (
        "The ad ran.\n\n“You work hard. So why did he not pay?” a narrator in the new ad asks. It ends there.",
        "You work hard",
        "a narrator in the new ad",
    ),
    (
        "“It is an invasion of the state domain,” Jim Dunn, the attorney general of Ohio, one of the states suing "
        "the agency, said in a statement.",
        "It is an invasion",
        "Jim Dunn",
    ),
    (
        'Hemsley, the co-author of "Going Viral," about the spread of news, said the days of one story are gone.',
        "the days of one story",
        "Hemsley",
    ),
]


# The speaker of an attribution goes on to the quote that follows it: in the same sentence after the
# words go on (“A,” X said, “B.” Then ...), and in the next paragraph after a piece from the next sentence.
GOES_ON_CASES = [
    (
        "Holt took the stand. “Judge,” Brafman said, “I have never had that happen in thirty years.” Reluctantly, "
        "the judge agreed.",
        "I have never had",
        "Brafman",
    ),
    (
        "They went to the island.\n\n“I am in disbelief,” he said. “I wish everyone could read them.”\n\n"
        "“Do not wait until the vote to find somewhere else to live! Start now, and hop on a bus.”\n",
        "Do not wait",
        "he",
    ),
]


# A colon introduces the quote: the name right before it, else the subject of its sentence.
COLON_CASES = [
    (
        "When the governor died, President Jim Holt released the following statement:\n\n"
        "“We offer our condolences to the family and friends of the governor. I remember working with him.”\n",
        "We offer our condolences",
        "President Jim Holt",
    ),
    (
        "The surge does not surprise Republican pollster Dan Shaw: “Lesser-known candidates beating establishment "
        "candidates have seen the biggest boost.”",
        "Lesser-known candidates",
        "Dan Shaw",
    ),
    (
        "The report was long.\n\nOn Friday, he joined other Republicans in a post on Twitter: “The new release is a "
        "disaster for the governor and for all of us.”",
        "The new release",
        "he",
    ),
    (
        "Or, as Tom Ridge, a former secretary, put it: ''The barbarians are no longer at the gate. They are inside.''",
        "The barbarians",
        "Tom Ridge, a former secretary",
    ),
]


# "“...,” said X" and its kin: any cue right after a quote is inverted; roles, modifiers and participles
# around the name.
INVERTED_CASES = [
    ("“That means a loose cannon is within reach of the job,” warned Holt.", "That means", "Holt"),
    ('"In writing her speech, her team took notes on her life," read the statement.', "In writing", "the statement"),
    (
        '"Thanks, Dover, for welcoming these families," said master of ceremonies Asab Tabchi, a local engineer.',
        "Thanks, Dover",
        "master of ceremonies Asab Tabchi",
    ),
    (
        "''The odds are that there will be a full term with eight judges,'' said another leading advocate, Ann Roe.",
        "The odds are",
        "another leading advocate",
    ),
    (
        "''Whoever opens the borders has no place pretending here!'' wrote a man calling himself Paul Paul.",
        "Whoever opens",
        "a man",
    ),
    (
        "“There are snails that have shown more spine than the senator,” reads a Wednesday editorial in The Courier.",
        "There are snails",
        "a Wednesday editorial",
    ),
]


# A participle with a subject of its own ("with X saying"), a sentence adverb before the cue, a name opening the
# sentence after an adverbial (then "said Fiorina" is not inverted), a relative clause with a participle in it.
MORE_LEFT_CASES = [
    (
        "Holt tried to tie Ames to Walker, with one of her ads asking, “Is Ames independent enough to serve?”",
        "Is Ames independent",
        "her ads",
    ),
    (
        "The attacks are rippling through the race, with other candidates suggesting that his past is fair game.",
        "his past is fair game",
        "other candidates",
    ),
    (
        "The two have taken aim at one another, both candidates acknowledging that they could meet in the fall.",
        "they could meet",
        "both candidates",
    ),
    ("Holt has nevertheless called the vote an irresponsible one.", "the vote an irresponsible", "Holt"),
    (
        'In an interview, Steve Huhn, a former vice president of sales, said Ann Fiore "was involved in all that."',
        "was involved",
        "Steve Huhn",
    ),
    (
        "Many of the local leaders who’d rather be working for Cruz or Ben Carson said they have rallied behind him.",
        "they have rallied",
        "the local leaders",
    ),
]


def test_modifiers_after_quote_join_the_speaker() -> None:
    text = 'Holt "is the only candidate with the temperament to keep us safe," retired Air Force general Lee Ness said.'
    assert _speakers_of(text, "is the only candidate") == ["retired Air Force general Lee Ness"]


def test_participle_after_before_goes_to_the_subject() -> None:
    text = "Holt sings to the crowd before asking them, “I just want to know, where do we go from here?”"
    assert _speakers_of(text, "I just want to know") == ["Holt"]


def test_verb_after_quote_is_no_modifier() -> None:
    text = "The spot, titled “Arrogant,” features a Daily Courier report that he paid no tax for years."
    mentions = [text[s.start : s.end] for q in find_quotes(text, find_layout(text)) for s in q.speaker_mentions]
    assert not any("features" in m for m in mentions)


MORE_AFTER_QUOTE_CASES = [
    (
        "''We were not happy when it was first announced,'' said Jock A. Finlayson, head of policy at the council.",
        "We were not happy",
        "Jock A. Finlayson",
    ),
    ("Jock A. Finlayson said the plan was bad for the province.", "the plan was bad", "Jock A. Finlayson"),
    (
        '"From Day One, I made the climate the top priority," the bespectacled, 71-year-old diplomat said.',
        "From Day One",
        "the bespectacled, 71-year-old diplomat",
    ),
    # The next piece of the quote after a short phrase: “A,” X told reporters after a forum in Dover, Del. “B.”
    (
        '"His record does not match what he says," Holt told reporters after a forum in Dover, Del. "It seems he has '
        'a lot of nervous energy."',
        "It seems he has",
        "Holt",
    ),
    (
        'Jobs left.\n\n"The risk," said Ed Lee, an economist who is the director of the Dover Forecast, "is that jobs '
        'never return to this town."',
        "is that jobs never return",
        "Ed Lee",
    ),
]


NAME_SHAPE_CASES = [
    # A possessor's own name belongs to the phrase.
    (
        "The race went on.\n\nIowa State University's Dana Byrd agreed. \"Mainstream voters are running out of time "
        'to find another candidate."',
        "Mainstream voters",
        "Iowa State University's Dana Byrd",
    ),
    (
        "The race went on.\n\nYet another said, “Holt is in a five-way battle with Ames and Dunn.”",
        "Holt is",
        "Yet another",
    ),
    (
        "The race went on.\n\nAnother tweeted, “Holt thinks she is above the rules and the law.”",
        "Holt thinks",
        "Another",
    ),
    # An apposition without its closing comma: the name opening the sentence speaks.
    (
        "Sam Lau, the communications director for the Dover Party said the ballots were counted twice.",
        "the ballots were counted",
        "Sam Lau",
    ),
    # “A,” he said. But “B.”: the conjunction keeps the speaker.
    (
        "The race went on.\n\n“I do not think it is do or die, any endorsement,” he said outside the building. "
        "But “her candidacy is strengthened by the endorsement of the most powerful person.”",
        "her candidacy is strengthened",
        "he",
    ),
]


def test_interrupting_attribution_is_no_apposition() -> None:
    text = "Holt, a top aide said, “is very confident in the contrast between her and Ames.”"
    assert "Holt" not in _speakers_of(text, "is very confident")


DASH_CASES = [
    (
        "Party figures — whose party was once known for its discipline — both suggested that the writer should be "
        "fired at once.",
        "the writer should be fired",
        "Party figures",
    ),
    (
        "Democratic leaders — and, in particular, the Senate leader — insisted that any package include a delay.",
        "any package include",
        "Democratic leaders",
    ),
]


def test_one_comma_before_inverted_cue_is_no_apposition() -> None:
    text = "The race went on.\n\n“The risk is that jobs will never come back to this town,” said Ed Lee."
    assert _speakers_of(text, "The risk is") == ["Ed Lee"]


def test_relative_pronoun_before_an_adjunct_speaks() -> None:
    text = "The race went on.\n\nBeck, who has in the past described Holt as “a pathological liar,” kept quiet today."
    assert _speakers_of(text, "Holt as") == ["Beck", "who"]


def test_relative_pronoun_before_through_phrase_speaks() -> None:
    text = "The race went on.\n\nDunn, who through his office declined to comment on the ruling, was born in Gary."
    assert "who" in _speakers_of(text, "to comment on the ruling")


def test_name_right_before_participle_with_quote_speaks() -> None:
    text = "The race went on.\n\nThe ad uses footage of Ann Holt asking, “Why am I not fifty points ahead, you ask?”"
    assert _speakers_of(text, "Why am I not") == ["Ann Holt"]


def test_subject_after_an_opening_date_with_year() -> None:
    text = (
        "The race went on.\n\nOn July 6, 2015, Dunn made the following comment:\n\n"
        "“For young people who have left high school, the rate of joblessness is a third.”\n"
    )
    assert _speakers_of(text, "For young people") == ["Dunn"]


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
        "The briefing went on.\n\n''We will not give up a bunch of civil liberties,'' Ann Holt said in the briefing. "
        "But she added, ''We do not want terrorists to have a safe haven in cyberspace.''"
    )
    assert _speakers_of(text, "We do not want") == ["she"]


def test_police_speak_without_a_plural_s() -> None:
    text = "The city waited.\n\nBut police also fear that sweeping crackdowns could add fuel to the tensions."
    assert _speakers_of(text, "sweeping crackdowns") == ["police"]


def test_closing_inverted_attribution_governs_the_sentence() -> None:
    text = (
        "The hearing went on.\n\nDunn's refusal to answer fully did not go over well with the panel, and the meeting "
        "deteriorated from there, said one source in the room."
    )
    assert _speakers_of(text, "the meeting deteriorated") == ["one source"]


def test_subject_after_an_opening_passive_participle() -> None:
    text = (
        "The fees came up.\n\nChallenged by a reporter on her speaking fees, Holt said that her family came out of "
        "the mayor’s office “dead broke.”"
    )
    assert _speakers_of(text, "her family came out") == ["Holt"]


def test_question_put_to_the_speaker_does_not_go_on() -> None:
    text = (
        'The race went on.\n\n"Anybody can change," he said when asked about the temper of the candidate. "But I just '
        'do not see evidence that he wants to change at all."'
    )
    assert _speakers_of(text, "But I just do not see") == ["he"]


def test_inverted_speaker_and_others() -> None:
    text = "The race went on.\n\nThe contrast with Ames, said Doyle and others, would be clear since she stands alone."
    assert _speakers_of(text, "The contrast with Ames") == ["Doyle and others"]


def test_relative_lead_then_comma_and_quote() -> None:
    text = (
        'She was upset.\n\nI told her I did not. To which she said, "Thank God at least you still believe in the '
        'devil, son."'
    )
    assert _speakers_of(text, "Thank God") == ["she"]


def test_plural_after_determiner_is_no_verb_before_and() -> None:
    text = "The race went on.\n\nHolt has disputed both critiques, but says that in retrospect she would have waited."
    assert _speakers_of(text, "in retrospect she would") == ["Holt"]


def test_participle_goes_to_the_last_clause_subject() -> None:
    text = (
        "The debate went on.\n\nHolt quickly pivoted to talking about trade, but Ames brought her back to the "
        "attacks, asking that she share her views on the program."
    )
    assert _speakers_of(text, "she share her views") == ["Ames"]


def test_subject_after_a_quote_opening_the_sentence() -> None:
    text = "“We will win this,” Holt told the crowd before leaving"
    subject = _subject(text, 0, len(text))
    assert subject is not None
    assert text[subject[0] : subject[1]] == "Holt"


def test_agent_after_by_speaks() -> None:
    text = (
        "The bill stalled.\n\nThe bill included poison pill measures added by Republicans that would cut funds "
        "for clinics across the state."
    )
    assert _speakers_of(text, "that would cut funds") == ["Republicans"]


def test_pronoun_inside_an_unclosed_opening_phrase_is_the_subject() -> None:
    text = (
        "The race went on.\n\nBy Sunday afternoon she had canceled a joint rally in Green Bay, Wis., citing the attack."
    )
    assert _speakers_of(text, "the attack") == ["she"]


def test_pronoun_after_an_opening_description_is_the_subject() -> None:
    text = "A Libertarian, he backed Ron Paul"
    subject = _subject(text, 0, len(text))
    assert subject is not None
    assert text[subject[0] : subject[1]] == "he"


def test_subject_opened_by_a_quantifier() -> None:
    text = (
        "The mine went on.\n\nIn August, several environmental groups granted him an extension on a court order, "
        "saying that his capital was less than expected."
    )
    assert _speakers_of(text, "his capital was") == ["several environmental groups"]


def test_participle_between_article_and_head_modifies_it() -> None:
    text = "The talks ended.\n\nThe gambling tycoon told reporters that the casino would close."
    assert _speakers_of(text, "the casino would close") == ["The gambling tycoon"]


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
        "The plan moved.\n\nThough he’s heralded plans to tax fund managers, experts say the change would be "
        "swamped by other cuts."
    )
    assert _speakers_of(text, "the change would be swamped") == ["experts"]


def test_participle_after_a_possessor_heads_the_modifier_object() -> None:
    text = "The talks went on.\n\nAnother aide familiar with Lee’s thinking said, “He will try to be friendly.”"
    assert _speakers_of(text, "He will try") == ["Another aide"]


def test_relative_clause_goes_on_after_and() -> None:
    text = "The rally ended.\n\nThe crowd cheered for Ames, who campaigned on jobs and said the plan would fail."
    assert _speakers_of(text, "the plan would fail") == ["Ames", "who"]


def test_function_word_inside_a_title_name() -> None:
    text = (
        "The talk went on.\n\n“That was the first time in a long time, senator,” WXYZ This Morning co-anchor Dee "
        "Lam said."
    )
    assert _speakers_of(text, "the first time") == ["WXYZ This Morning co-anchor Dee Lam"]


def test_relative_pronoun_before_an_adjunct_in_commas() -> None:
    text = "The call ended.\n\nThe crowd cheered Ames, who, on a press call Friday, criticized the mayor for the delay."
    assert "who" in _speakers_of(text, "the mayor for the delay")


def test_present_cue_in_a_gapped_relative_clause() -> None:
    text = "The vote neared.\n\nThe state has a wage floor, which the agency says was the highest in the region."
    assert _speakers_of(text, "the highest in the region") == ["the agency"]


def test_past_participle_between_article_and_head_modifies_it() -> None:
    text = "The case went back.\n\n“The court takes no view on the merits” of the case, the retired judge said."
    assert _speakers_of(text, "The court takes no view") == ["the retired judge"]


def test_quote_after_an_adjunct_in_commas() -> None:
    text = "The hall went quiet.\n\nHolt joked, again putting on a drawl, “Amen, brother! Come on up!”"
    assert _speakers_of(text, "Amen, brother") == ["Holt"]
    text = "The hall went quiet.\n\nHolt said of the episode, “I don’t like it.”"
    assert _speakers_of(text, "I don’t like it") == ["Holt"]


def test_that_with_a_verb_opens_a_relative_clause_after_the_subject() -> None:
    text = "The hearing ended.\n\nOfficials that have seen the plan say it is costly."
    assert _speakers_of(text, "it is costly") == ["Officials"]


def test_plural_noun_before_a_subjectless_that_is_no_cue() -> None:
    text = "The hearing ended.\n\nWestern states that have built fences say the plan is costly."
    assert "Western" not in _speakers_of(text, "the plan is costly")


def test_adverb_between_conjunction_and_cue() -> None:
    text = "The day was long.\n\nHolt met the mayor on Monday and later said the plan would fail."
    assert _speakers_of(text, "the plan would fail") == ["Holt"]
    quote = next(q for q in find_quotes(text, find_layout(text)) if q.speaker_mentions)
    assert text[quote.contents[0].start : quote.contents[0].end] == "the plan would fail"


def test_inverted_attribution_inside_the_reported_sentence() -> None:
    text = "The race went on.\n\nThe contrast, said Doyle, would be clear by the fall."
    assert _speakers_of(text, "would be clear") == ["Doyle"]


def test_role_words_between_a_capital_and_a_name_open_the_subject() -> None:
    text = "The hall filled.\n\nReal estate mogul Jo Lee drew boos from the crowd, calling them “special interests.”"
    assert _speakers_of(text, "special interests") == ["Real estate mogul Jo Lee"]


def test_opening_participle_is_no_name() -> None:
    text = "The hall filled.\n\nHolding signs calling him “a loser,” the protesters marched."
    mentions = [text[s.start : s.end] for q in find_quotes(text, find_layout(text)) for s in q.speaker_mentions]
    assert not any("Holding" in m for m in mentions)
