"""Reported speech the model-free path missed (round 31): a sentence-opening word that can
be a verb read as the imperative before the subject's noun and its cue ("Cast members
said"), a quantifier standing alone as the subject that a second verb shares ("Some seek
A and argue that B"), an object cue's noun phrase that opens with a graded adjective
("reported disappointingly weak sales"), a sentence-opening gerund before an aside
"according to X" ("Fundraising, according to X, has surged"), and a base-form verb of
speech after two names joined by "and" ("Mr. Hale and Mr. Dorn say A")."""

from __future__ import annotations

import pytest
from findings import both_paths, reported, upos


@pytest.mark.parametrize("text, word, statement, speaker", [
    ("Cast members said the play would close in June.", "Cast",
     "the play would close in June", "Cast members"),
    ("State initially said the bridge would reopen by spring.", "State",
     "the bridge would reopen by spring", "State"),
    ("Lead engineers said the bridge was safe to cross.", "Lead",
     "the bridge was safe to cross", "Lead engineers"),
    ("Several cast members said the director had shouted at them.", "cast",
     "the director had shouted at them", "Several cast members"),
])
def test_opening_word_before_noun_and_cue_is_no_verb(text: str, word: str, statement: str,
                                                     speaker: str) -> None:
    assert upos(text, word) == "NOUN"
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, speaker)]


@pytest.mark.parametrize("text", [
    "Tell voters the polls close at eight.",
    "Cast your vote before the polls close, officials said.",
])
def test_imperative_keeps_its_verb(text: str) -> None:
    # an imperative's object is no plural noun before a past or -s verb of speech
    assert upos(text, text.split()[0]) == "VERB"


@pytest.mark.parametrize("text, statement, speaker", [
    ("Some seek relief from the levy and argue that the fees are too high.",
     "the fees are too high", "Some"),
    ("Many left the hall early and said the vote had been rigged.",
     "the vote had been rigged", "Many"),
])
def test_lone_quantifier_shared_by_second_verb(text: str, statement: str,
                                               speaker: str) -> None:
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, speaker)]


def test_lone_quantifier_needs_a_clause_after_the_cue() -> None:
    # "said nothing": no clause follows, so the quantifier is no speaker of a statement
    assert reported("Many of the towns grew and said nothing.") == []


@pytest.mark.parametrize("text, statement", [
    ("Norvale Foods reported disappointingly weak sales in its third quarter.",
     "disappointingly weak sales in its third quarter"),
    ("The brewer announced sharply higher prices for its lagers.",
     "sharply higher prices for its lagers"),
])
def test_object_with_graded_adjective(text: str, statement: str) -> None:
    for rows in both_paths(text):
        assert [r[0] for r in rows if r[1] == "indirect"] == [statement]


def test_adverb_of_the_saying_is_no_object() -> None:
    # "said publicly" tells how it was said: the clause after it is the statement
    assert reported("Dana Ruiz said publicly the plan would fail.") == \
        [("the plan would fail", "Dana Ruiz")]


@pytest.mark.parametrize("text, statement, source", [
    ("Fundraising, according to the campaign, has surged since the debate.",
     "Fundraising, according to the campaign, has surged since the debate", "the campaign"),
    ("Spending, according to the audit, rose sharply in the last quarter.",
     "Spending, according to the audit, rose sharply in the last quarter", "the audit"),
])
def test_gerund_subject_split_by_according_to(text: str, statement: str, source: str) -> None:
    # the "-ing" word that opens the sentence is the subject of the verb after the aside
    # (a gerund the tagger reads as a verb), so the frame credits the whole sentence
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, source)]


@pytest.mark.parametrize("text, verb, statement, speaker", [
    ("But Mr. Hale and Mr. Dorn say other changes are needed.", "say",
     "other changes are needed", "Mr. Hale and Mr. Dorn"),
    ("Ann Hale and Tom Dorn argue the levy is unfair.", "argue",
     "the levy is unfair", "Ann Hale and Tom Dorn"),
])
def test_base_verb_after_joined_names(text: str, verb: str, statement: str,
                                      speaker: str) -> None:
    # two names joined by "and" are a plural subject: the base form after them is its verb
    assert upos(text, verb) == "VERB"
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, speaker)]


def test_say_after_joined_names_stays_a_noun() -> None:
    assert upos("Hale and Dorn have a say in the matter.", "say") == "NOUN"
