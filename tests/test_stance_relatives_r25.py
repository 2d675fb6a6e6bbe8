"""Stances and intentions held by a relative or a participle inside the subject.

A stance verb or a verb of intention in a restrictive relative inside the sentence's
subject reports the position of the ones it restricts ("Voters who back the plan were
split", "Those who want to stay left early"): the relative "who" is the speaker and the
object ends where the main clause's verb starts.  Left alone: a relative after a verb or
in a role set off by a comma ("said Jo Hale, a donor who backs Tom Reed": who someone is),
an object with no main verb after it (its end is unclear), and on the model-free path an
intention's infinitive unless an opening "Among" closes it with a comma (the tagger alone
misses the main verb after an infinitive too often).

A participle of taking a side right after a group or people in the sentence's subject
names them by whom they are for, and the news credits them ("A super PAC backing Tom Hale
spent heavily"); not after a verb ("gave money to a group backing Hale": what the gift
was for), not a thing's ("Ads backing Hale ran"), not an adjective ("a supporting role").

A share of a group set off by a comma takes the side or holds the intention ("Lee and
Hale, both of whom opposed the deal"); not "none of whom" (a denial).

Every text here was written for the test.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement", [
    ("Republicans who support the bill said little about it.", "the bill"),
    ("Those who oppose the new toll will vote no in May.", "the new toll"),
    ("Even members who have praised the mayor were quiet on Friday.", "the mayor"),
    ("Among those who want a new stadium, most live downtown.", "a new stadium"),
    ("Of the voters who endorsed the levy, half are parents.", "the levy"),
])
def test_stance_in_a_restrictive_relative(text: str, statement: str) -> None:
    assert reported(text) == [(statement, "who")]


@pytest.mark.parametrize("text", [
    # after a verb: who someone is, not a position the news reports
    "The mayor met a donor who backs Tom Reed.",
    "He campaigned with a senator who had endorsed Ann Lee.",
    # a role set off by a comma
    "Jo Hale, a top adviser to the campaign who backed Tom Reed, left in May.",
    # no main verb after the object: where it ends is unclear
    "Voters who support the levy and the new park.",
    # an intention's infinitive on the model-free path: the main verb is too often missed
    "Reporters who want to cover the race need passes.",
])
def test_relative_left_alone(text: str) -> None:
    assert reported(text) == []


def test_intention_in_a_restrictive_relative_on_the_parse() -> None:
    text = "Senators who want to attend the event were turned away."
    rows = [
        ("Senators", "senator", "NOUN", 9, "nsubj:pass"),
        ("who", "who", "PRON", 3, "nsubj"),
        ("want", "want", "VERB", 1, "acl:relcl"),
        ("to", "to", "PART", 5, "mark"),
        ("attend", "attend", "VERB", 3, "xcomp"),
        ("the", "the", "DET", 7, "det"),
        ("event", "event", "NOUN", 5, "obj"),
        ("were", "be", "AUX", 9, "aux:pass"),
        ("turned", "turn", "VERB", 0, "root"),
        ("away", "away", "ADV", 9, "compound:prt"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    assert parsed(text, rows) == [("to attend the event", "who")]


@pytest.mark.parametrize("text, statement, mention", [
    ("A super PAC backing Tom Hale spent heavily in Iowa.", "Tom Hale", "A super PAC"),
    ("Voters supporting Ann Lee are older than her rival's.", "Ann Lee", "Voters"),
    ("Outside groups supporting Hale's campaign spent two million dollars.",
     "Hale's campaign", "Outside groups"),
])
def test_group_named_by_its_side(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text", [
    # after a verb: what the gift was for
    "He gave money to a group backing Tom Hale.",
    # a thing's, not a group's
    "Ads backing Tom Hale ran all week.",
    "The council passed a resolution supporting the plan.",
    # an adjective
    "He had a supporting role in the film.",
    # not a side-taking participle of a group
    "Lawyers defending the law filed a brief.",
])
def test_participle_left_alone(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize("text, statement, mention", [
    ("He met Tom Hale and Ann Lee, both of whom opposed the deal.", "the deal",
     "both of whom"),
    ("Only two senators, both of whom opposed the toll, voted yes.", "the toll",
     "both of whom"),
    ("The party has three leaders, all of whom want to cut taxes.", "to cut taxes",
     "all of whom"),
])
def test_share_of_a_group_set_off(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


def test_share_that_denies_left_alone() -> None:
    # "none of whom backed": no one's stance told
    assert reported("He has ten aides, none of whom backed the plan.") == []
