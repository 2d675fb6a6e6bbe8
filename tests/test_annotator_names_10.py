"""Bodies the model-free annotator typed as a nationality or a person, twenty-second round:
each test reads a short text written for it with the rule-based annotator's entity tags (or
its quotes and speakers)."""

from __future__ import annotations

import pytest
from findings import entities, quotes


@pytest.mark.parametrize("name", [
    "Northern Journalism", "Latino Insights", "Conservative Solutions", "American Crossroads",
    "American Family Voices", "Hispanic Decisions"])
def test_a_nationality_or_party_word_before_a_common_noun_names_a_body(name: str) -> None:
    """"Western Journalism reported", "a poll by Latino Decisions": a nationality or party
    word before one or two capitalised words that end in a common noun by its shape (an
    abstract noun in -ism, -ion(s), -ment, or the plural of a noun) is one organisation,
    with or without "the", not the nationality and a person after it."""
    assert entities(f"{name} reported that the mayor had resigned.") == [(name, "ORG")]
    assert entities(f"A poll by {name} found that most voters backed the measure.") == \
        [(name, "ORG")]


def test_the_body_speaks_and_it_takes_it_up() -> None:
    """The body is the speaker, by its whole name, and "it" later takes it up."""
    found = quotes("“We will spend heavily,” Northern Journalism said on Monday. "
                   "“The ads run in May,” it added.")
    assert found["“We will spend heavily,”"] == \
        ("direct", "Northern Journalism", "Northern Journalism")
    assert found["“The ads run in May,”"] == ("direct", "it", "Northern Journalism")


def test_nationality_words_before_people_or_surnames_are_left_alone() -> None:
    """Near misses: a plural of people after the word ("Democratic Lawmakers"), a surname
    ("German Ortega"), a thing ("the Islamic Revolution"), a given name that is a
    nationality word ("Christian"), a nationality word as a surname ("Tessa English")."""
    assert ("Democratic Lawmakers", "ORG") not in entities("Democratic Lawmakers said little.")
    assert entities("German Ortega said it was over.") == \
        [("German", "NORP"), ("Ortega", "PERSON")]
    assert entities("He blamed the Islamic Revolution for it.") == [("Islamic", "NORP")]
    assert ("Christian Banks", "ORG") not in entities("“We won,” said Christian Banks.")
    assert entities("“We won,” said Tessa English on Tuesday.") == \
        [("Tessa English", "PERSON")]


@pytest.mark.parametrize("name", ["Harlow Empowerment", "Dunmore Economics",
                                  "Kestrel Transition", "Brackford Membership"])
def test_two_unknown_words_ending_in_an_abstract_noun_name_a_body(name: str) -> None:
    """"Sustainable Development", "Concrete Economics": two unknown capitalised words, the
    last an abstract noun by its ending, name a body or a thing, not a person."""
    assert entities(f"“The rent is too high,” said {name} in a note.") == [(name, "ORG")]


@pytest.mark.parametrize("name", ["Tom Wolf", "Ann Rich", "Will Price", "Lena Clement",
                                  "Ivo Patience", "Ray Mention"])
def test_people_whose_surnames_are_english_words_stay_people(name: str) -> None:
    """Near misses: a given name before a surname that is an English word, an abstract
    noun too ("Patience", "Mention"), stays a person's name."""
    assert entities(f"“We won,” said {name} on Tuesday.") == [(name, "PERSON")]
    assert quotes(f"“We won,” said {name}.")["“We won,”"] == ("direct", name, name)


def test_two_unknown_words_where_only_a_business_or_pollster_stands_name_a_body() -> None:
    """"a managing director at Harrow Stearns", "the founder of Vantor Kell", "a survey by
    Vantor Kell", "Vantor Kell's poll", "Vantor Kell's shares": two unknown capitalised
    words after a job "at" or a head "of" them, after "a poll/survey by", or before "'s"
    and a poll or what a business owns, are a business, not a person."""
    assert entities("“Rates will rise,” said Ilse Brandt, a managing director at Harrow "
                    "Stearns.") == [("Ilse Brandt", "PERSON"), ("Harrow Stearns", "ORG")]
    assert entities("Orla Finn, the founder of Vantor Kell, declined to comment.") == \
        [("Orla Finn", "PERSON"), ("Vantor Kell", "ORG")]
    assert entities("A recent survey by Vantor Kell found that most viewers binge.") == \
        [("Vantor Kell", "ORG")]
    assert entities("Vantor Kell's poll found that most viewers binge.") == \
        [("Vantor Kell", "ORG")]
    assert entities("Vantor Kell's shares fell.") == [("Vantor Kell", "ORG")]


def test_people_in_those_places_stay_people() -> None:
    """Near misses: a person after "at" with no job before it, after "by" with no poll, or
    before "'s" and a thing a person has; a given name before the words ("a survey by Ann
    Rich")."""
    assert entities("He looked at Rakeem Jones and laughed.") == [("Rakeem Jones", "PERSON")]
    assert entities("The report by Rakeem Jones found little.") == [("Rakeem Jones", "PERSON")]
    assert entities("Rakeem Jones's book sold well.") == [("Rakeem Jones", "PERSON")]
    assert entities("A survey by Ann Rich found little.") == [("Ann Rich", "PERSON")]
    assert entities("A survey by economist Will Price found little.") == \
        [("Will Price", "PERSON")]
