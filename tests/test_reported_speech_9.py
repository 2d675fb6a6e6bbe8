"""Reported (indirect) speech on the model-free path, twenty-second round (speech-cue
recall): one regression case per cause fixed, with the near misses each rule must leave
alone.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("The club lost the final, and letters found in the locker room suggested that the "
     "coach had planned to resign.",
     "the coach had planned to resign", "letters"),
    ("Sales rose in the spring after a slip by the company's founder suggested the product "
     "would be withdrawn.",
     "the product would be withdrawn", "a slip"),
])
def test_modified_subject_of_an_inner_clause(text, statement, speaker):
    """", and letters found in the locker room suggested that A", "after a slip by X
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
    ("On Tuesday, the sale of the stadium was announced.", "the sale of the stadium", None),
    ("Both fires were claimed by an anarchist group, and the police vowed arrests.",
     "Both fires", "an anarchist group"),
    ("When the appeal was argued in October, the panel seemed divided.", "the appeal", None),
    ("The theft of the museum's paintings by a local gang had been previously reported in "
     "March.",
     "The theft of the museum's paintings by a local gang", None),
    ("The winners of the contest will be announced on Friday.", "The winners of the contest",
     None),
])
def test_subject_of_a_passive_verb_of_announcing(text, statement, speaker):
    """"The merger was announced on Monday", "Both fires were claimed by the group": the
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
    ("Several bankers are said to be pressing the board to sell the firm, which would end "
     "the feud.",
     "Several bankers are said to be pressing the board to sell the firm"),
    ("The senator, who is said to have drafted the bill, did not comment.",
     "who is said to have drafted the bill"),
    ("The gunman is reported to have fled on foot.", "The gunman is reported to have fled on "
     "foot"),
    ("The chef ran the kitchen (she was said to have tasted every dish before it left).",
     "she was said to have tasted every dish before it left"),
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
    ("The coach was asked to name one player he would keep next season.",
     "to name one player he would keep next season", None),
    ("In the survey, diners were asked to rank the dishes, and most chose the soup.",
     "to rank the dishes", None),
    ("Doe was asked to comment on the plan but declined.", "to comment on the plan", None),
    ("The clerk shredded the files, even though she had been asked to keep them by the "
     "county board of elections.",
     "to keep them", "the county board of elections"),
    ("Doe was asked to pay the fine by Friday.", "to pay the fine by Friday", None),
])
def test_asked_to_in_the_passive(text, statement, speaker):
    """"X was asked to B": the request B, by the asker after "by" when one is named (not a
    time: "by Friday"); the one asked answers in a verb of its own ("but declined")."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("The vote will add to the pressure on him to say whether he backs the new stadium.",
     "whether he backs the new stadium", "him"),
    ("The result was enough for her to claim that the town was on her side.",
     "the town was on her side", "her"),
])
def test_one_named_by_on_or_for_before_to_cue(text, statement, speaker):
    """"the pressure on him to say whether A", "enough for her to claim A": the pronoun
    after "on" or "for" speaks."""
    assert (statement, speaker) in reported(text)


def test_for_me_to_say_with_nothing_said_is_no_statement():
    assert reported("It is hard for me to say.") == []


@pytest.mark.parametrize("text, statement, speaker", [
    ("The Gazette previously reported, the school board refused to publish the list of "
     "bidders.",
     "the school board refused to publish the list of bidders", "The Gazette"),
    ("The mayor said, the plan would cost too much.", "the plan would cost too much",
     "The mayor"),
])
def test_comma_where_that_would_stand(text, statement, speaker):
    """"X previously reported, A": a comma right after the cue, where "that" would stand,
    before a clause (a subject and its verb) that runs to the sentence's end."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, not_statement", [
    ('"Go, go!" Mara yelled, a cry she used at every match.', "a cry she used at every match"),
    ("Their offer is no worse than, say, the rival bid for the harbor site.",
     "the rival bid for the harbor site"),
])
def test_comma_after_a_frame_or_an_aside_opens_no_statement(text, not_statement):
    """Near misses: an apposition after a quote's frame, and "say" as an aside between
    commas, open no statement."""
    assert all(s != not_statement for s, _ in reported(text))


@pytest.mark.parametrize("text, statement, speaker", [
    ("In Texas, he has tried to win over farmers with promises to lower fuel prices by "
     "spring.",
     "to lower fuel prices by spring", "he"),
    ("The actor made good on a promise to fund a new library in his hometown.",
     "to fund a new library in his hometown", "The actor"),
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


def test_standing_appeal_is_no_request():
    """Near miss: "Anyone with information is asked to call police" is the paper's
    standing appeal, not a reported request."""
    assert reported("Anyone with information is asked to call the county police on "
                    "555 0100.") == []
