"""Reported speech, twenty-second round: the speaker of "X said CLAUSE" on the model-free
path when the verb before "and" ends in an aside in brackets, and when the cue follows a
thing's relative "that" after a preposition.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported

import quotetrack


@pytest.mark.parametrize("text, statement, speaker", [
    # an aside in brackets with its own subject between the two verbs
    ("The shift was complete when Roe in her first speech called the landlords "
     "“vultures” (although she allowed that some might be decent people) and promised "
     "to build new housing along the river.",
     "to build new housing along the river", "Roe"),
    ("The shift began when Roe in her first speech called the landlords vultures "
     "(though she allowed that some were fair) and promised to build new housing.",
     "to build new housing", "Roe"),
])
def test_aside_in_brackets_is_not_the_clause_the_verb_goes_on(text, statement, speaker):
    """"X called A B (although he allowed C) and promised D": the second verb shares the
    first one's subject, not the subject of the aside."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, expected", [
    # no brackets: as before
    ("The shift began when Roe in her first speech called the landlords vultures and "
     "promised to build new housing along the river.",
     [("to build new housing along the river", "Roe")]),
    # an aside with no clause of its own
    ("The governor vetoed the bill (a rare step) and said it would raise taxes.",
     [("it would raise taxes", "The governor")]),
    # a statement inside the brackets keeps its own speaker
    ("Mr. Doe vetoed the bill (she said it was unfair) and said it would raise taxes.",
     [("it was unfair", "she"), ("it would raise taxes", "Mr. Doe")]),
])
def test_brackets_near_misses(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, statement, speaker", [
    ("Mr. Hale walked the donors through a slide show that predicted victory for the "
     "mayor in every county.", "victory for the mayor in every county", "a slide show that"),
    ("Can the graduates file a suit against the school that promised a well-paid job?",
     "a well-paid job", "the school that"),
    ("Former students filed a lawsuit against the school that said jobs would follow.",
     "jobs would follow", "the school that"),
])
def test_thing_relative_after_a_preposition_speaks(text, statement, speaker):
    """"through a slide show that predicted A": the thing the relative follows is the
    source, not the subject of the sentence around it."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text, expected", [
    # a verb's object: the one who released it, as before
    ("Mr. Hale ran a piece that noted the mayor had resigned.",
     [("the mayor had resigned", "Mr. Hale")]),
    # a person's relative after a comma: the relative pronoun, as before (and, since round
    # 24, "attacked [the senator]" is the critics' stance statement)
    ("Critics attacked the senator, who said the plan would fail.",
     [("the senator", "Critics"), ("the plan would fail", "who")]),
])
def test_thing_relative_near_misses(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text, statement, speaker", [
    ("The number of deleted emails that Mr. Cole asked the hackers to find, which would "
     "require breaking into the server.", "the hackers to find", "Mr. Cole"),
    ("The fact that he talks about taxes at every rally matters.", "taxes", "he"),
])
def test_name_in_a_relative_clause_of_the_subject(text, statement, speaker):
    """"The number of emails that X asked Y to find": the name after "that" in the
    sentence's subject is the subject of the cue, not the head noun before it."""
    assert (statement, speaker) in reported(text)


def test_relative_subject_near_miss_without_a_name():
    """A "that" whose subject is a plain noun phrase (and the verb in "-ing" a tagger may
    read as a cue) stays unread: "The laws require that doctors have admitting privileges"."""
    assert reported("(The laws require that doctors at clinics have admitting privileges "
                    "at local hospitals, and requires clinics to upgrade in costly ways.)") == []


def test_the_speaker_is_named_without_the_relative_that_closes_its_mention():
    """The mention "a slide show that" keeps the relative (gold marks either word), but
    the speaker a user sees in a graph or a table is "a slide show", not "... that"."""
    text = ("Mr. Hale walked the donors through a slide show that predicted victory for the "
            "mayor in every county.")
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert q.speaker_mention is not None and q.speaker_mention.text == "a slide show that"
    assert q.speaker is not None and q.speaker.name == "a slide show"
