"""Reported (indirect) speech, thirteenth round: objects of speech verbs that are what was
said, on the model-free annotator.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, mention", [
    # a pro-form of an earlier statement after "say" is what was said
    ("Ann and Tom had basically said the same thing.", "the same thing", "Ann and Tom"),
    ("She was saying the opposite.", "the opposite", "She"),
    ("Most members say the opposite about the treasurer.", "the opposite about the treasurer",
     "Most members"),
    # a set phrase of parting or thanks
    ("Longtime fans cannot quite say goodbye.", "goodbye", "Longtime fans"),
    ("The mayor said thanks.", "thanks", "The mayor"),
])
def test_say_with_a_pro_form_object(text, statement, mention):
    assert (statement, mention) in reported(text)


@pytest.mark.parametrize("text, statement", [
    # "the same" and "the opposite" that open a clause are its subject, as before
    ("The coach said the same thing would happen again.", "the same thing would happen again"),
    ("The coach said the opposite view was wrong.", "the opposite view was wrong"),
])
def test_pro_form_opening_a_clause(text, statement):
    assert (statement, "The coach") in reported(text)


@pytest.mark.parametrize("text", [
    "She says thanks are due to the staff.",
    "The team said nothing.",
])
def test_no_pro_form_statement(text):
    # "thanks" as a subject, "nothing": no statement read from the object
    assert not any(s in ("thanks", "nothing") for s, _ in reported(text))


@pytest.mark.parametrize("text, statement, mention", [
    # a negated object of an object cue
    ("Police reported no arrests.", "no arrests", "Police"),
    ("The ministry confirmed no deaths.", "no deaths", "The ministry"),
    # the weekday that dates the saying is left out of the object
    ("Police reported no arrests late Monday, although dozens were cited.", "no arrests",
     "Police"),
    ("The city announced a ban on fireworks on Friday.", "a ban on fireworks", "The city"),
    ("The governor confirmed the report earlier Sunday.", "the report", "The governor"),
])
def test_object_statement(text, statement, mention):
    assert (statement, mention) in reported(text)


def test_object_near_misses():
    # "said no to" is an answer, "no one was hurt" a clause, "wrote no letters" a thing
    assert ("no", "He") in reported("He said no to the plan.")
    assert ("no one was hurt", "He") in reported("He said no one was hurt.")
    assert reported("She wrote no letters.") == []
    # a weekday that modifies the object's noun stays in it
    assert ("a Monday rally in Ohio", "The party") in reported(
        "The party announced a Monday rally in Ohio.")
