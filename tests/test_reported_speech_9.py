"""Reported (indirect) speech on the model-free path, twenty-second round (speech-cue
recall): one regression case per cause fixed, with the near misses each rule must leave
alone.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("The gang planned the raids, and messages found on one of the phones suggested that "
     "the men were not using encryption.",
     "the men were not using encryption", "messages"),
    ("Her lead grew in the fall after a gaffe by the party leader suggested the panel was "
     "set up to hurt her.",
     "the panel was set up to hurt her", "a gaffe"),
])
def test_modified_subject_of_an_inner_clause(text, statement, speaker):
    """", and messages found on the phones suggested that A", "after a gaffe by X
    suggested A": the noun phrase right before the cue is the object of a modifier; the
    speaker is the noun phrase that opens the clause after ", and" or the subordinator."""
    assert (statement, speaker) in reported(text)


def test_relative_clause_keeps_its_own_subject():
    """Near miss: "savings that he says A" is the relative clause's own speaker, not the
    noun phrase that opens the coordinated clause."""
    found = reported("The plan trims the budget, and savings from the cuts that he says "
                     "the city would keep are small.")
    assert all(speaker != "savings" for _, speaker in found)


@pytest.mark.parametrize("text, statement, speaker", [
    ("The merger was announced on Monday and shares rose.", "The merger", None),
    ("On Thursday, the closure of the plant was announced.", "the closure of the plant",
     None),
    ("Both attacks were claimed by the rebel group, and the army vowed revenge.",
     "Both attacks", "the rebel group"),
    ("When the case was argued in May, the judges seemed split.", "the case", None),
    ("The breach of the bank's computers by a foreign government had been previously "
     "reported in May.",
     "The breach of the bank's computers by a foreign government", None),
    ("The results of the vote will be announced on Saturday.", "The results of the vote",
     None),
])
def test_subject_of_a_passive_verb_of_announcing(text, statement, speaker):
    """"The merger was announced on Monday", "Both attacks were claimed by the group": the
    subject (with its prepositional phrases) is what was announced, by the agent after
    "by" when there is one."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "He was reported missing on Sunday.",
    "Two people were reported killed.",
    "The plan is claimed to save money.",
    "The winner was announced as Jane Doe.",
])
def test_passive_with_a_complement_or_a_person_is_no_subject_statement(text):
    """Near misses: a complement after the participle ("reported missing", "announced as
    X", "claimed to be") or a person as subject: no statement is the subject."""
    assert not any(s in ("He", "Two people", "The plan", "The winner")
                   for s, _ in reported(text))


@pytest.mark.parametrize("text, statement", [
    ("Some aides are said to be urging the mayor to settle the case, which would end the "
     "dispute.",
     "Some aides are said to be urging the mayor to settle the case"),
    ("The senator, who is said to have pressed for the plan, did not comment.",
     "who is said to have pressed for the plan"),
    ("The gunman is reported to have fled on foot.", "The gunman is reported to have fled on "
     "foot"),
    ("The clerk read the mail (he was said to have opened every letter sent to the office).",
     "he was said to have opened every letter sent to the office"),
])
def test_is_said_to(text, statement):
    """"X is said to B", "X is reported to B": the subject and its infinitive's clause
    are the statement, whose speaker the news does not name."""
    assert (statement, None) in reported(text)


def test_said_to_someone_is_still_the_subjects_statement():
    """Near miss: "said to reporters that A" is an active cue with an addressee."""
    assert reported("The mayor said to reporters that the plan was dead.") == [
        ("the plan was dead", "The mayor")]


@pytest.mark.parametrize("text, statement, speaker", [
    ("Doe was asked to name one bill she had passed in the Senate.",
     "to name one bill she had passed in the Senate", None),
    ("In the poll, voters were asked to rank the candidates, and most chose Smith.",
     "to rank the candidates", None),
    ("Doe was asked to comment on the plan but declined.", "to comment on the plan", None),
    ("He deleted the files, even though he had been asked to keep them by the House "
     "committee on ethics.",
     "to keep them", "the House committee"),
    ("Doe was asked to pay the fine by Friday.", "to pay the fine by Friday", None),
])
def test_asked_to_in_the_passive(text, statement, speaker):
    """"X was asked to B": the request B, by the asker after "by" when one is named (not a
    time: "by Friday"); the one asked answers in a verb of its own ("but declined")."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("The ruling will increase the pressure on her to say whether she agrees with the plan.",
     "whether she agrees with the plan", "her"),
    ("The win was more than enough for him to claim that the party was behind him.",
     "the party was behind him", "him"),
])
def test_one_named_by_on_or_for_before_to_cue(text, statement, speaker):
    """"the pressure on her to say whether A", "enough for him to claim A": the pronoun
    after "on" or "for" speaks."""
    assert (statement, speaker) in reported(text)


def test_for_me_to_say_with_nothing_said_is_no_statement():
    assert reported("It is hard for me to say.") == []


@pytest.mark.parametrize("text, statement, speaker", [
    ("The Times previously reported, the city refused to release the names of 1,076 donors.",
     "the city refused to release the names of 1,076 donors", "The Times"),
    ("The mayor said, the plan would cost too much.", "the plan would cost too much",
     "The mayor"),
])
def test_comma_where_that_would_stand(text, statement, speaker):
    """"X previously reported, A": a comma right after the cue, where "that" would stand,
    before a clause (a subject and its verb) that runs to the sentence's end."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, not_statement", [
    ('"All the way!" Dawn shouted, a cry she often used.', "a cry she often used"),
    ("Their plan is no better than, say, the mayor's plan for a new tax.",
     "the mayor's plan for a new tax"),
])
def test_comma_after_a_frame_or_an_aside_opens_no_statement(text, not_statement):
    """Near misses: an apposition after a quote's frame, and "say" as an aside between
    commas, open no statement."""
    assert all(s != not_statement for s, _ in reported(text))


@pytest.mark.parametrize("text, statement, speaker", [
    ("In Ohio, she has worked to woo voters with promises to cut taxes in her first year.",
     "to cut taxes in her first year", "she"),
    ("The mayor made good on a promise to give $1 million to a charity.",
     "to give $1 million to a charity", "The mayor"),
])
def test_promise_after_with_or_on(text, statement, speaker):
    """"X wooed voters with promises to A", "X made good on a promise to A": the promise
    noun has no possessor; the clause's subject made it."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "The road is paved with promises to fix it.",
    "Voters were met with promises to cut taxes.",
])
def test_promise_with_no_speaker_in_the_clause(text):
    """Near misses: a thing, or the passive's subject (the ones promised to), makes no
    promise."""
    assert reported(text) == []
