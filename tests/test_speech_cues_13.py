"""Reported (indirect) speech, twenty-first round: statements of speech cues the
model-free path missed, or credited to the wrong speaker, where the cue is a second
verb after "and", its subject is set off by dashes, a share of a group or two roles
joined by "and", or a phrase of time follows the frame.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("The court's order gave no reasons and did not say how the judges had voted.",
     "how the judges had voted", "The court's order"),
    ("Some owners seek to be removed from the lists, and argue that their fortunes are "
     "far smaller.", "their fortunes are far smaller", "Some owners"),
])
def test_second_verb_of_a_noun_subject(text, statement, speaker):
    """"The order gave no reasons and did not say how A", "Some owners seek A, and argue
    that B": a cue after "and" shares the first verb's subject, a noun phrase with no name
    in it, when a clause plainly follows the cue ("that", a question word, a pronoun)."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text", [
    "The storm knocked out power and said nothing.",
    "The meeting ran late and said little about taxes.",
])
def test_second_verb_of_a_thing_with_no_clause(text):
    """No clause after the cue: an event's second verb says nothing anyone said."""
    assert reported(text) == []


def test_second_verb_of_a_list_of_names():
    """"Doe, Roe and Poe have done A and say B": the list of names is the subject."""
    text = ("Ana Ruiz, Tom Okafor and Lee Lind have all described their speeches as old "
            "commitments and say they are no longer accepting invitations.")
    assert reported(text) == [("they are no longer accepting invitations",
                               "Ana Ruiz, Tom Okafor and Lee Lind")]


def test_name_set_off_by_a_role_is_no_list():
    """"Lind, the mayor's deputy, ran A and says B": a role set off after the name."""
    text = "Lind, the mayor's deputy, ran the office for years and says the budget is short."
    assert reported(text) == [("the budget is short", "Lind")]


@pytest.mark.parametrize("text, statement, speaker", [
    ("Voters met Jones, who runs a small farm and says the new rules will ruin him.",
     "the new rules will ruin him", "who"),
    ("The report offers insight into the bank, which is responsible for the island's debt "
     "- and says it cannot hope to repay it.", "it cannot hope to repay it", "which"),
    ("The director's news conference, in which he laid out a record of errors but then "
     "announced that he would not bring charges, was a failure.",
     "he would not bring charges", "he"),
    ("The tour ended in Ohio, where the mayor visited a plant and told workers that their "
     "jobs were safe.", "their jobs were safe", "the mayor"),
    ("In a year in which Mr. Roe has courted the banks and Mr. Poe has insulted farmers, "
     "and vowed to reverse job losses, Mrs. Doe has run on a plain message.",
     "to reverse job losses", "Mr. Poe"),
])
def test_second_verb_in_a_relative_clause(text, statement, speaker):
    """"X, who runs A and says B", "the meeting, in which he did A but then announced B":
    the cue after "and" goes on the relative clause, whose subject speaks (not the
    sentence's subject, "Voters"), and the statement ends with the clause."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text, statement, speaker", [
    ("In a speech from Ohio -- which holds its primary on Tuesday -- Sanders claimed "
     "momentum and argued he is the stronger candidate.",
     "he is the stronger candidate", "Sanders"),
    ("Voters met Jones, who runs a small farm, and the mayor says the new rules will "
     "ruin him.", "the new rules will ruin him", "the mayor"),
    ("Mr. Brown backed Democrats during his time at the station, which let him go in 2015, "
     "and said he did not support the mayor.", "he did not support the mayor", "Mr. Brown"),
])
def test_relative_clause_closed_before_the_link(text, statement, speaker):
    """A relative clause closed by a dash or comma before "and" is not the one the cue
    goes on."""
    assert (statement, speaker) in reported(text)


def test_name_before_a_modifier_set_off_by_dashes():
    """"Jones — who guarded the office for years — states that A": the name before the
    dashes is the speaker."""
    text = ("In the book, Jones — who guarded the governor's office for three years — "
            "states that the posting was considered a punishment.")
    assert reported(text) == [("the posting was considered a punishment", "Jones")]


def test_thing_before_a_modifier_set_off_by_dashes():
    """"The plan — which the council passed — states that A": no name, no speaker here."""
    assert reported("The plan — which the council passed in May — states that fees "
                    "will rise.") == []


def test_several_of_them():
    """"Several of them said A": a share of a group."""
    assert reported("Several of them said they were only leaning toward Smith.") == [
        ("they were only leaning toward Smith", "Several of them")]


def test_as_many_as_a_fraction_of_them():
    """"as many as three-fourths of them tell pollsters A": a fraction in fourths, after
    "as many as", is a share that speaks."""
    (statement, speaker), = reported(
        "Women make up a majority of the electorate, and as many as three-fourths of them "
        "tell pollsters they have a negative view of him.")
    assert statement == "they have a negative view of him"
    assert speaker is not None and speaker.endswith("three-fourths of them")


@pytest.mark.parametrize("text, speaker", [
    ("The deal would bring jobs to the region, said lobbyist and GOP strategist Jane Brown, "
     "Smith's former business partner.", "lobbyist and GOP strategist Jane Brown"),
    ("The deal would bring jobs to the region, said union leader and longtime organizer "
     "Jane Brown, a former state lawmaker.", "union leader and longtime organizer Jane Brown"),
])
def test_inverted_frame_with_two_roles(text, speaker):
    """"A, said lobbyist and strategist Jane Brown, B": two bare roles joined by "and"
    before one name are one speaker (not "lobbyist" alone, nor A cut at the role)."""
    assert reported(text) == [("The deal would bring jobs to the region", speaker)]


def test_two_speakers_are_not_joined_roles():
    """"said aides and Jane Brown": a plural noun and a name are two speakers, not one
    person with two roles."""
    found = reported("The deal would bring jobs to the region, said aides and Jane Brown.")
    assert all(s != "aides and Jane Brown" for _, s in found)


@pytest.mark.parametrize("text, statement, speaker", [
    ("Later that day, Smith fired back a response saying he would not support the agenda.",
     "he would not support the agenda", "Smith"),
    ("The city put out a statement saying the water was safe.",
     "the water was safe", "The city"),
])
def test_text_released_with_a_phrasal_verb(text, statement, speaker):
    """"X fired back a response saying A": the one who released the text speaks, the
    particle ("back", "out") between verb and object notwithstanding."""
    assert reported(text) == [(statement, speaker)]


def test_phrasal_verb_with_a_participle_of_no_speech():
    """"turned up the music, drowning out the crowd": no cue, no statement."""
    assert reported("The players turned up the music, drowning out the crowd.") == []


@pytest.mark.parametrize("text", [
    "The plan will fail, the mayor declared on Thursday, two days after voters went to the "
    "polls.",
    "The plan will fail, the mayor said, hours after voters went to the polls.",
    "The plan will fail, the mayor said Monday, a day after the vote.",
])
def test_time_from_an_event_after_the_frame(text):
    """"A, X declared on Thursday, two days after B": the phrase of time after the frame
    tells when; A is the statement, not B."""
    assert reported(text) == [("The plan will fail", "the mayor")]


@pytest.mark.parametrize("text, statement", [
    ("The mayor said on Monday, two days after the vote, that the plan will fail.",
     "the plan will fail"),
    ("That plan, the mayor said, is by design.", "That plan, the mayor said, is by design"),
])
def test_frames_the_time_phrase_leaves_alone(text, statement):
    """A statement after the time phrase, and a frame inside its statement, stay."""
    assert reported(text) == [(statement, "the mayor" if "That" in text else "The mayor")]


@pytest.mark.parametrize("text, statement, speaker", [
    ("Mr. Smith, after initially saying he would not advertise on television in the state, "
     "took to the airwaves this week.",
     "he would not advertise on television in the state", "Mr. Smith"),
    ("The mayor, while saying the plan would work, admitted costs had risen.",
     "the plan would work", "The mayor"),
])
def test_participle_set_off_after_the_subject(text, statement, speaker):
    """"Mr. Doe, after initially saying A, took B": the participle's phrase is set off
    between the subject and its verb; the name speaks, and A ends at the closing comma."""
    assert reported(text)[0] == (statement, speaker)


def test_participle_set_off_after_a_thing():
    """"The rule, after saying nothing for years, changed": no name, no clause said."""
    assert reported("The rule, after saying nothing for years, changed.") == []


@pytest.mark.parametrize("text, statement, speaker", [
    ("It is a plan officials say would cost $5 billion.", "would cost $5 billion",
     "officials"),
    ("It's a shift Jane Doe said could drive moderates away this fall.",
     "could drive moderates away this fall", "Jane Doe"),
])
def test_relative_clause_with_no_pronoun(text, statement, speaker):
    """"a plan officials say would cost A": a relative clause with no pronoun whose gap
    is the statement's subject; the speaker is the name or people after the noun, not
    "a plan officials"."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text, statement, speaker", [
    ("The mayor displayed what many analysts said was a sign of progress.",
     "what many analysts said was a sign of progress", "many analysts"),
    ("He withheld some information that government officials said would compromise "
     "security.", "that government officials said would compromise security",
     "government officials"),
])
def test_relative_clause_with_its_pronoun_stays(text, statement, speaker):
    """With "what" or "that" the relative clause keeps its pronoun and whole subject."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text, statement", [
    ("In this state, Mrs. Doe delivered a forceful promise to strengthen unions and raise "
     "the minimum wage.", "to strengthen unions and raise the minimum wage"),
    ("Mrs. Doe made a promise that she would strengthen unions.",
     "she would strengthen unions"),
])
def test_promise_made_by_the_subject(text, statement):
    """"X delivered a forceful promise to A", "X made a promise that A": the one who makes
    the promise speaks (a regular past such as "delivered" included)."""
    assert reported(text) == [(statement, "Mrs. Doe")]


@pytest.mark.parametrize("text", [
    "Mrs. Doe broke a promise that she had made to voters.",
    "The company made a promise that was later broken.",
    "He heard a promise that taxes would fall.",
])
def test_promise_not_made_here(text):
    """A promise broken or heard, or a relative "that was ...": no statement here."""
    assert reported(text) == []
