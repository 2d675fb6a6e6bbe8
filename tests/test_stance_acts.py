"""Stance acts: reported speech whose statement is a noun phrase, the object of a verb of
criticism, praise, endorsement, citing or calling for ("Senator Ann Lee criticized the
mayor's budget"), and a poll's finding as a noun phrase ("A poll shows Doe with a lead").

Every text here was written for the test.  The surface rules run on the model-free
annotator; the parse rules on a hand-made dependency parse.
"""

from __future__ import annotations

import pytest
from findings import parsed, quotes, reported


@pytest.mark.parametrize("text, statement, mention", [
    # the object, up to the time of the act
    ("Senator Ann Lee criticized the mayor's budget on Monday.",
     "the mayor's budget", "Senator Ann Lee"),
    # the reason after "for" belongs to the statement
    ("At a rally in Dayton, Gov. Mark Hill praised Jo Kent for her work on the bridge.",
     "Jo Kent for her work on the bridge", "Mark Hill"),
    # "as" and what the object is called belong to it too
    ("The senator described the new tax as a burden on farmers.",
     "the new tax as a burden on farmers", "The senator"),
    # a phrasal verb: the particle is the cue's
    ("The union called for a ban on overtime at the plant.",
     "a ban on overtime at the plant", "The union"),
    # the object ends before a time ("in March"), and the relative "who" speaks
    ("The governor, who endorsed Tom Hale in March, spoke on Friday.", "Tom Hale", "who"),
    # a pronoun object
    ("The mayor, pressed by reporters, defended it.", "it", "The mayor"),
    # the object ends before the participle's own statement
    ("The union rejected the offer, saying it was too low.", "the offer", "The union"),
    # a margin is no part of the statement
    ("Black voters supported the measure by a wide margin.", "the measure", "Black voters"),
    # "support" after a plural subject, which a tagger may read as a noun
    ("A majority of farmers support the new levy on imports.",
     "the new levy on imports", "A majority of farmers"),
])
def test_stance_object(text: str, statement: str, mention: str) -> None:
    found = reported(text)
    assert found and found[0][0] == statement, found
    assert found[0][1] is not None and mention in found[0][1], found


def test_two_stance_acts_of_one_subject() -> None:
    found = reported("Lee praised Doe as a leader and criticized Roe for his votes.")
    assert found == [("Doe as a leader", "Lee"), ("Roe for his votes", "Lee")]


def test_second_verb_ends_the_object() -> None:
    found = reported("The group is supporting Ann Doe and opposing Tom Roe with ads.")
    assert found[0] == ("Ann Doe", "The group"), found


@pytest.mark.parametrize("text, statement, mention", [
    # a poll's finding as a noun phrase
    ("A new poll shows Jane Doe with a lead of six points over Tom Roe.",
     "Jane Doe with a lead of six points over Tom Roe", "A new poll"),
    ("The survey found Mayor Roe ahead among young voters.",
     "Mayor Roe ahead among young voters", "The survey"),
])
def test_poll_finding(text: str, statement: str, mention: str) -> None:
    found = reported(text)
    assert found and found[0][0] == statement, found
    assert found[0][1] is not None and mention in found[0][1], found


@pytest.mark.parametrize("text", [
    # passives: the one praised is the subject, and no one is named as the speaker here
    "The plan was criticized in the report.",
    # a participle as an adjective, and a noun
    "The criticized plan failed. Their support for the plan is firm.",
    # a particle of another sense
    "He backed down after a week.",
    # a reflexive object
    "The mayor defended himself.",
    # a time where the object would be
    "The council endorsed Tuesday.",
    # "found" and "showed" outside a poll's finding
    "Police found a gun in the car. The guide showed the crowd a map.",
    # an attack or backing of another sense
    "Rebels attacked the city. The loan was backed by the bank.",
])
def test_no_stance_act(text: str) -> None:
    assert reported(text) == []


def test_closing_frame_credits_the_whole_sentence() -> None:
    # "X welcomed A, CNN reported": the outlet's frame credits the act too
    found = quotes("The mayor welcomed the ruling on the bridge, officials said.")
    assert found == {"The mayor welcomed the ruling on the bridge":
                     ("indirect", "officials", "officials")}, found


def test_stance_act_on_the_parse() -> None:
    text = "Senator Ann Lee criticized the budget of the mayor."
    rows = [
        ("Senator", "senator", "PROPN", 3, "compound"),
        ("Ann", "Ann", "PROPN", 3, "compound"),
        ("Lee", "Lee", "PROPN", 4, "nsubj", "S-PERSON"),
        ("criticized", "criticize", "VERB", 0, "root"),
        ("the", "the", "DET", 6, "det"),
        ("budget", "budget", "NOUN", 4, "obj"),
        ("of", "of", "ADP", 9, "case"),
        ("the", "the", "DET", 9, "det"),
        ("mayor", "mayor", "NOUN", 6, "nmod"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    found = parsed(text, rows)
    assert found == [("the budget of the mayor", "Senator Ann Lee")] or \
        found == [("the budget of the mayor", "Ann Lee")] or \
        found == [("the budget of the mayor", "Lee")], found


def test_endorsement_on_the_parse() -> None:
    text = "The union endorsed Jane Doe for governor."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("union", "union", "NOUN", 3, "nsubj"),
        ("endorsed", "endorse", "VERB", 0, "root"),
        ("Jane", "Jane", "PROPN", 3, "obj", "B-PERSON"),
        ("Doe", "Doe", "PROPN", 4, "flat", "E-PERSON"),
        ("for", "for", "ADP", 7, "case"),
        ("governor", "governor", "NOUN", 3, "obl"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("Jane Doe for governor", "The union")]
