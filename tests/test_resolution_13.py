"""Speaker resolution, twentieth round (h41-res): an unnamed person a gendered noun
describes ("the 84-year-old widow", "his wife"), a nationality inside an indefinite role
("a European negotiator"), and a given name's usual gender overruled by its sentence.

Every text here is invented, and is read by the model-free default path.
"""

from __future__ import annotations

import pytest

import quotetrack


def _speakers(text: str) -> dict[str, str | None]:
    return {q.speaker_mention.text: (q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes if q.speaker_mention is not None}


@pytest.mark.parametrize("text, mention, name", [
    ("Talks in Geneva stalled on Tuesday. A European negotiator said the offer was "
     "\"not serious\".", "A European negotiator", "A European negotiator"),
    ("The rule takes effect in May. A Texas rancher said it was \"a disaster\".",
     "A Texas rancher", "A Texas rancher"),
])
def test_nationality_in_an_indefinite_role_is_no_speaker(text, mention, name):
    """"a European negotiator": someone new of that nation, not the nation."""
    assert _speakers(text)[mention] == name


def test_named_source_after_the_role_keeps_its_organisation():
    """A name after the head ("a report from the Harlow Institute") still speaks."""
    text = ("Wages fell last year, according to a report from the Harlow Institute. "
            "\"It was a bad year,\" the report said.")
    speakers = _speakers(text)
    assert speakers["a report from the Harlow Institute"] == "Harlow Institute", speakers


@pytest.mark.parametrize("text, mention", [
    ("Mr Justice Pemberton heard the case on Monday. In a statement read by the "
     "prosecution, the 84-year-old widow described the night of the fire. She said: "
     "\"I lost everything I had.\"", "She"),
    ("Mr Justice Pemberton heard the case on Monday. \"I lost everything I had,\" the "
     "84-year-old widow said. \"Nothing is left,\" she added.", "she"),
])
def test_she_after_a_described_woman_is_that_woman(text, mention):
    """A "she" after a woman a noun describes is that woman, not a person named before
    whose gender the story never gave."""
    assert _speakers(text)[mention] == "the 84-year-old widow"


@pytest.mark.parametrize("text, mention, name", [
    # the judge is known to be a man: the described woman does not take his "he"
    ("Judge Tom Pemberton sentenced the man. His wife wept in court. \"This was cruel,\" "
     "he said.", "he", "Tom Pemberton"),
    # a woman named: "the widow" is her
    ("Ann Roe, 84, lost her home in the fire. \"I lost everything,\" the 84-year-old "
     "widow said.", "the 84-year-old widow", "Ann Roe"),
])
def test_named_person_of_that_gender_still_wins(text, mention, name):
    assert _speakers(text)[mention] == name


@pytest.mark.parametrize("text", [
    "In her new novel, the writer Chidi Okafor returns to Lagos. \"I wanted to go home,\" "
    "she said.",
    "The actress Chidi Okafor returns to Lagos. \"I wanted to go home,\" she said.",
    "Chidi Okafor, the actress, returns to Lagos. \"I wanted to go home,\" she said.",
])
def test_the_text_overrules_a_given_names_usual_gender(text):
    """A given name the table gives to men, borne by a woman the text calls so."""
    assert _speakers(text)["she"] == "Chidi Okafor"


@pytest.mark.parametrize("text, mention, name", [
    # a "-man" title is given to women too
    ("Party spokesman Hope Dale denied the claim. \"It is false,\" she said.", "she",
     "Hope Dale"),
    # another man in the sentence: "his" may be his
    ("After his suspension last season, Chidi Okafor replaced Tom Lee on the show. "
     "\"I was ready,\" he said.", "he", "Chidi Okafor"),
])
def test_weak_signals_leave_the_usual_gender(text, mention, name):
    assert _speakers(text)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    # the subject of the sentence before goes on, however often another was named
    ("Zara Quill won the award in 2019. Quill thanked her family. Quill later toured "
     "Europe, and critics praised Quill.\n\nIna Vos opened up about her childhood in a "
     "blog post. The actress explained that she \"had to leave home at 16\".",
     "The actress", "Ina Vos"),
])
def test_epithet_follows_the_subject_of_the_sentence_before(text, mention, name):
    assert _speakers(text)[mention] == name
