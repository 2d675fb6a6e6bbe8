"""Reported (indirect) speech, twentieth round: frames of clause content the model-free
path missed while the parsed path found them.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("Neither the mayor nor his aides said the plan had failed.",
     "the plan had failed", "his aides"),
    ("Neither Ola Brandt nor Tomas Vik acknowledged that the levy was late.",
     "the levy was late", "Tomas Vik"),
    ("Neither Ola Brandt nor the Harbour Trust responded to requests for comment.",
     "requests for comment", "the Harbour Trust"),
])
def test_neither_nor_subject(text, statement, speaker):
    """"Neither X nor Y said A": the coordination after "nor" is the cue's subject, as
    after "and" ("Both X and Y said A")."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("The Census' vow that the answers will stay private is hollow.",
     "the answers will stay private", "Census"),
    # the object of a person's verb: the whole phrase is the subject's (h54-own)
    ("Critics mocked Lena Morales' promise that no jobs would go.",
     "Lena Morales' promise that no jobs would go", "Critics"),
    ("Critics scoffed at Lena Morales' promise that no jobs would go.",
     "no jobs would go", "Lena Morales"),
])
def test_noun_of_saying_after_a_lone_apostrophe(text, statement, speaker):
    """"the Census' vow that A": an apostrophe alone marks the possessor as "'s" does."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("Mr. Dunn never cited a source for his claim in November that the city would take in "
     "5,000 refugees.", "the city would take in 5,000 refugees", "his"),
    # the object of a person's verb: the whole phrase is the subject's (h54-own)
    ("Analysts doubted Ms. Hale's assertion Monday that the budget was balanced.",
     "Ms. Hale's assertion Monday that the budget was balanced", "Analysts"),
    ("Voters cheered the mayor's pledge last week that the library would reopen.",
     "the mayor's pledge last week that the library would reopen", "Voters"),
    ("At the rally, Ms. Hale's assertion Monday that the budget was balanced drew jeers.",
     "the budget was balanced", "Ms. Hale"),
])
def test_noun_of_saying_with_a_time(text, statement, speaker):
    """"his claim in November that A", "Doe's assertion Monday that A": a time phrase
    between the noun of saying and its "that" clause."""
    assert (statement, speaker) in reported(text)


def test_noun_of_saying_by_an_agent():
    """"claims by intelligence officials that A": the agent after "by" makes the claim."""
    text = ("The agency pushed back against claims by intelligence officials that some of "
            "the files were secret.")
    assert ("some of the files were secret", "intelligence officials") in reported(text)


def test_noun_of_saying_after_a_hyphenated_modifier():
    """"Dunn's by-now-familiar claims that A": a verb never follows "'s", so "claims" is
    the noun, past a hyphenated modifier; the statement ends at a spaced dash."""
    text = ("It was an expansion of Ray Dunn's by-now-familiar claims that Ms. Hale is "
            "unqualified - and one that angered many.")
    assert ("Ms. Hale is unqualified", "Ray Dunn") in reported(text)


@pytest.mark.parametrize("text, statement", [
    ("Ms. Hale's assertion Monday that more ferries are needed on the route drew rebukes "
     "from the council.", "more ferries are needed on the route"),
    ("The Harbour Board's vow that fares will be kept low is as reliable as a campaign "
     "promise.", "fares will be kept low"),
])
def test_noun_of_saying_as_subject_ends_before_the_main_verb(text, statement):
    """"Doe's assertion that A drew rebukes": the noun phrase is the sentence's subject, so
    A ends before the sentence's own verb."""
    assert statement in [s for s, _ in reported(text)]


@pytest.mark.parametrize("text, statement, speaker", [
    ("Critics have in particular noted that the ferry plan relied on fear.",
     "the ferry plan relied on fear", "Critics"),
    ("The mayor has in fact said that the levy will rise.", "the levy will rise",
     "The mayor"),
    ("Aides have in private argued that the plan is doomed.", "the plan is doomed", "Aides"),
])
def test_fixed_adverbial_between_auxiliary_and_cue(text, statement, speaker):
    """"X have in particular noted that A", "has in fact said", "have in private argued":
    a fixed adverbial phrase between the auxiliary and the cue is no subject."""
    assert (statement, speaker) in reported(text)
