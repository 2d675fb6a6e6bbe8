"""One regression case per attribution error cause fixed on PolNeAR train (see benchmarks/error_report.py).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest

import quotetrack


def attributed(text: str, kind: str | None = None):
    qs = quotetrack.extract(text).quotes
    return [q for q in qs if kind is None or q.kind == kind]


@pytest.mark.parametrize("text, mention", [
    # an apposition with a title between the name and the cue
    ("Jane Doe, executive director of the River Trust, said the dam would fail.", "Jane Doe"),
    # a party tag in parentheses
    ("Sen. Jane Doe (D-Ore.) said the bill would pass next week.", "Jane Doe"),
    # time words between the subject and the cue
    ("Jane Doe last week said the bill would pass.", "Jane Doe"),
    # a participle: the subject of the main clause speaks
    ("Mayor Jane Doe postponed the vote on Tuesday, saying the city needed more time.", "Jane Doe"),
    # a participle after a dash
    ("Jane Doe changed her mind on the spot – saying she would back the plan after all.",
     "Jane Doe"),
    # coordinated verbs share the subject
    ("Jane Doe thanked the crowd and said the campaign would go on.", "Jane Doe"),
    # the cue after a quantifier
    ("About half of the voters said they wanted a change.", "half of the voters"),
    # a capitalised reporting-verb form inside a title is part of the name
    ("The talks are unlikely this year, Deputy Secretary of State Jane Doe said on Monday.",
     "Jane Doe"),
])
def test_reported_speech_speaker(text, mention):
    """Reported speech credits the subject the news frame names."""
    qs = attributed(text, "indirect")
    assert qs, "no reported speech found"
    assert mention in qs[0].speaker_mention.text


def test_two_statements_in_one_sentence():
    """A relative clause with its own cue does not hide the main statement."""
    text = "Jane Doe, who said she was tired, said the plan would fail in the spring."
    texts = [q.text for q in attributed(text, "indirect")]
    assert any(t.startswith("the plan would fail") for t in texts)


@pytest.mark.parametrize("text, mention", [
    # any verb right after a quote frames it
    ("“This is fantastic!” beamed Jane Doe, a delegate from Ohio.", "Jane Doe"),
    # the clause right before the quote speaks, not an earlier subordinate clause
    ("After Tom Reed criticized the plan, Jane Doe fired back, “I suppose you would.”",
     "Jane Doe"),
    # a name and a colon introduce the quote
    ("More from the pollster Jane Doe: “Turnout will decide this race, as it always does.”",
     "Jane Doe"),
    # a participle introduces the quote
    ("Jane Doe posted a comment of her own, saying, “We are so excited to be here!”", "Jane Doe"),
])
def test_direct_quote_speaker(text, mention):
    """Direct quotes framed by a verb, a colon or a participle get the right mention."""
    (q,) = attributed(text, "direct")
    assert q.speaker_mention is not None and mention in q.speaker_mention.text


def test_colon_lead_in_paragraph():
    """A paragraph ending in a colon introduces the quote paragraph after it."""
    text = ("Jane Doe turned to the crowd:\n\n"
            "“You look at the questions and you know who wrote them. Nobody here believes it.”")
    (q,) = attributed(text, "direct")
    assert q.speaker.name == "Jane Doe"


def test_mixed_fragments_share_the_clause_subject():
    """Several quoted words in one statement are mixed quotes of the same speaker."""
    text = "Jane Doe called the plan “reckless” and “wasteful” in a long speech on Friday."
    qs = attributed(text, "mixed")
    assert [q.text for q in qs] == ["“reckless”", "“wasteful”"]
    assert {q.speaker.name for q in qs} == {"Jane Doe"}


@pytest.mark.parametrize("text", [
    'He appeared on "Meet the Press" on Sunday.',
    "She is the host of “The Morning Show With Tom Reed.”",
    "Jane Doe said the plan, which she discussed on “Good Morning America,” was dead.",
])
def test_titles_in_quote_marks_are_not_speech(text):
    """A quoted show or book title is not a quote."""
    assert not any("Morning" in q.text or "Press" in q.text for q in attributed(text, "mixed")
                   + attributed(text, "direct"))


def test_role_noun_prefers_the_exact_title():
    """"The secretary of State" is the Secretary of State, not the deputy named later."""
    text = ("Secretary of State Jane Doe met the envoy.\n\n"
            "The secretary of State said the talks were “serious.”\n\n"
            "Deputy Secretary of State Tom Reed said the talks would go on.")
    q = attributed(text, "mixed")[0]
    assert q.speaker.name == "Jane Doe"


def test_hover_card_gives_the_full_name():
    """A link hover card's title names the person a short mention refers to."""
    text = ('"We will win," President ReedTom ReedReed signs budget Council votes MORE said.')
    (q,) = attributed(text, "direct")
    assert q.speaker.name == "Tom Reed"
    assert "Reed" in q.speaker.aliases


def test_same_paragraph_continuation_only_for_direct_quotes():
    """A scare quote after a real quote does not inherit its speaker."""
    text = '"We won," Jane Doe said. The so-called "experts" disagreed.'
    qs = attributed(text)
    assert [q.text for q in qs] == ['"We won,"']


def test_quote_paragraph_after_reported_speech():
    """A paragraph that is all quote continues the speaker of the reported speech before it."""
    text = ("Jane Doe said the city would rebuild the pier by summer.\n\n"
            "“We owe it to the people who fish here, and we will not let them down.”")
    q = attributed(text, "direct")[0]
    assert q.speaker is not None and q.speaker.name == "Jane Doe"


def test_relative_pronoun_speaker_resolves_to_its_noun():
    """"..., who said X": the mention is "who", the speaker the noun it stands for."""
    text = "The council thanked Jane Doe, who said the plan would cost too much."
    q = attributed(text, "indirect")[0]
    assert q.speaker_mention.text == "who"
    assert q.speaker is not None and q.speaker.name == "Jane Doe"


def test_quote_paragraph_after_a_sentence_about_a_person():
    """An unattributed quote paragraph goes, with low confidence, to the person just named."""
    text = ("Jane Doe spoke only in general terms during the interview.\n\n"
            "“We have to do something about the harbor, and we have to do it now.”")
    q = attributed(text, "direct")[0]
    assert q.speaker is not None and q.speaker.name == "Jane Doe"
    assert q.confidence < 0.6


@pytest.mark.parametrize("text, mention", [
    # a quote nested at the end of the quote: the frame after both closers still counts
    ("Jane Doe spoke first.\n\n“He always told me, ‘You are the best one here,’” she said.",
     "she"),
    ('Jane Doe spoke first.\n\n"You can walk off and say, \'Well done,\' " said Tom Reed.',
     "Tom Reed"),
    # a long apposition between the name and the cue after the quote
    ("“The plan will fail,” Jane Doe, executive director of the River Valley Water "
     "Conservation Trust, said on Monday.", "Jane Doe"),
    # a possessive apostrophe inside the apposition
    ('"The campaign is growing," Tom Reed, Jane Doe\' campaign manager, said in a statement.',
     "Tom Reed"),
    # a capitalised name the tagger read as a verb
    ("“We will appeal the ruling,” Will wrote.", "Will"),
    # a verb the tagger read as a noun, in a short frame after the quote
    ("“They are all here for the free food,” Bennett shot back with a laugh.", "Bennett"),
    ("“The chairman tied these statements to the firm,” the suit reads.", "the suit"),
    # no comma after the quote: the sentence ends with the frame
    ("“The caucus is a battle of niches” Tom Grubbs said.", "Tom Grubbs"),
])
def test_frame_after_the_quote(text, mention):
    """The words after a quote name its speaker, however the tagger read them."""
    q = attributed(text, "direct")[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_quote_titles_after_media_words_are_not_speech():
    """"said on NBC’s “Meet the Press,”": a programme name, whatever the clause around it."""
    text = ("Jane Doe said on NBC’s “Meet the Press” that she would run. "
            "She told “Fox and Friends” the same. “Honestly,” she said, “I am ready.”")
    assert [q.text for q in attributed(text)
            if q.kind != "indirect"] == ["“Honestly,”", "“I am ready.”"]


def test_continuation_paragraph_needs_a_bare_quote():
    """A quote paragraph with its own (unread) frame, or a quoted term, is no continuation."""
    text = ("“The ruling is wrong,” Jane Doe said.\n\n"
            "“The chairman tied these statements to the firm,” the suit reads.\n\n"
            "“Refoulement” is forbidden by international law.")
    qs = attributed(text, "direct")
    assert [q.speaker_mention.text for q in qs] == ["Jane Doe", "the suit"]


def test_mixed_quote_speaker_carries_to_the_next_quote():
    """'“A” before the crash, she said. “B.”': B is hers too."""
    text = ("Jane Doe watched the parade.\n\n"
            "“People were celebrating” before the crash, Jane Doe said. “It was so peaceful.”")
    qs = attributed(text)
    assert qs[-1].text == "“It was so peaceful.”"
    assert qs[-1].speaker is not None and qs[-1].speaker.name == "Jane Doe"


def test_next_sentence_is_not_the_frame_of_a_closing_fragment():
    """“absurd.” ends its sentence: the next sentence's subject did not say it."""
    text = "Jane Doe dismissed the fuss as “absurd.” Tom Reed laughed."
    (q,) = attributed(text, "mixed")
    assert q.speaker is not None and q.speaker.name == "Jane Doe"


def test_markup_attribute_values_are_not_quotes():
    """Tweet markup left in an article: its attribute values are not speech."""
    text = 'Jane Doe posted <tweet author="@janedoe" id="7719">We will win this race.</tweet>'
    assert attributed(text, "direct") == [] and attributed(text, "mixed") == []


def test_short_cue_sentence_leads_the_quote():
    """"X agreed. “...”": the quote right after a sentence that ends with its cue."""
    text = ("Most experts were cautious. Harbor College's Jane Doe agreed. "
            "\"The council is running out of time to find another plan.\"")
    (q,) = attributed(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Jane Doe"


def test_participle_after_an_object_credits_the_clause_subject():
    """"X released a statement saying “...”": X speaks, not the statement."""
    text = "Jane Doe released a statement Wednesday saying the plans “are based on opinion.”"
    (q,) = attributed(text, "mixed")
    assert q.speaker_mention.text == "Jane Doe"
