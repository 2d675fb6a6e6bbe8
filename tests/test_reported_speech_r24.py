"""Reported (indirect) speech, twenty-fourth round: "X pointed to B" as the evidence X
offers, topic verbs with words between the verb and its preposition ("spoke passionately
about B", "talked to reporters about B", "spoke about how A"), and a second verb in the
past joined to a statement that is not ("X said she would run and thanked her staff").

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, mention", [
    # a finite "pointed to": the object is the evidence the subject offers
    ("Asked about the delay, Mayor Ann Roe pointed to the new audit of the harbour fund.",
     "the new audit of the harbour fund", "Mayor Ann Roe"),
    ("Critics point to the rising cost of the bus program.",
     "the rising cost of the bus program", "Critics"),
    ("The senator also points to the falling number of farm jobs.",
     "the falling number of farm jobs", "The senator"),
    # the participle set off after a clause of the subject's
    ("Tom Lane said the city was in good shape, pointing to the falling crime rate.",
     "the falling crime rate", "Tom Lane"),
    ("The company denied the claims, pointing to high ratings from its customers.",
     "high ratings from its customers", "The company"),
    # a noun with its own "that" clause: the whole object, not the clause alone
    ("Jane Doe pointed to reports that the plant would close.",
     "reports that the plant would close", "Jane Doe"),
])
def test_pointed_to_is_the_subjects_argument(text, statement, mention):
    assert (statement, mention) in reported(text)


def test_pointed_to_a_noun_with_that_clause_is_one_statement():
    """The clause belongs to the noun: it is not read as a statement of its own."""
    assert reported("Jane Doe pointed to reports that the plant would close.") == [
        ("reports that the plant would close", "Jane Doe")]


@pytest.mark.parametrize("text", [
    # a gesture: people in the room, body parts, things in sight
    "He pointed to a man in the crowd before he left the stage.",
    '"It goes in here," Tom Lane said, pointing to his left ear.',
    "She pointed to the sky and laughed.",
    # "point" as a noun
    "At one point to the surprise of many, she left the hall.",
    "Her lead shrank from 12 points to 8 points.",
])
def test_pointed_to_near_misses(text):
    assert not any(s.startswith(("a man", "his left ear", "the sky", "the surprise", "8"))
                   for s, _ in reported(text))


@pytest.mark.parametrize("text, statement, mention", [
    # a manner adverb, "out", "at length" between the verb and its preposition
    ("Roe spoke passionately about her father's drive.", "her father's drive", "Roe"),
    ("Several senators spoke out about the shooting.", "the shooting", "Several senators"),
    ("Roe spoke at length about her plan for the harbour.", "her plan for the harbour",
     "Roe"),
    ("The mayor spoke highly of the former chief.", "the former chief", "The mayor"),
    # an addressee between the verb and "about"
    ("Roe spoke with the local paper about the new budget.", "the new budget", "Roe"),
    ("Roe talked to members of the club about the new budget.", "the new budget", "Roe"),
    # a question word right after the preposition: the question is the statement
    ("The actor spoke about how the studio had ignored his audience.",
     "how the studio had ignored his audience", "The actor"),
    ("The senator talked about why her upbringing shaped her views.",
     "why her upbringing shaped her views", "The senator"),
])
def test_topic_verb_past_words_between(text, statement, mention):
    assert (statement, mention) in reported(text)


@pytest.mark.parametrize("text", [
    # an addressee with no topic after it
    "Roe spoke to reporters after the meeting.",
    # the name of a body after "to": its "of" opens no topic
    "Roe spoke to the Economic Club of Ohio on Monday.",
    # a participle with no auxiliary: whose words is unclear
    "The video shows a man talking passionately about the weather.",
])
def test_topic_verb_near_misses(text):
    assert not any(s.startswith(("Ohio", "the weather", "the meeting"))
                   for s, _ in reported(text))


@pytest.mark.parametrize("text, statement, mention", [
    # the statement's own verb is not in the past: the joined past verb is the speaker's
    ("Roe said she has released ten years of tax returns and called on her rival to do "
     "the same.", "she has released ten years of tax returns", "Roe"),
    ("Lawyers for the city said they would miss the deadline, and requested another month.",
     "they would miss the deadline", "Lawyers for the city"),
    ("Roe vowed to keep the clinic open and thanked her staff.",
     "to keep the clinic open", "Roe"),
])
def test_second_past_verb_goes_back_to_the_speaker(text, statement, mention):
    found = reported(text)
    assert (statement, mention) in found
    assert not any(s.startswith(statement) and s != statement for s, _ in found)


@pytest.mark.parametrize("text, statement", [
    # a statement in the past: both verbs may be its own
    ("Roe said prices rose and fell.", "prices rose and fell"),
    # a passive: the second participle is the statement's
    ("Roe said he was fired and replaced by his deputy.",
     "he was fired and replaced by his deputy"),
    # base forms after a modal stay with it
    ("Roe said the city will raise taxes and cut spending.",
     "the city will raise taxes and cut spending"),
    # a participle in the statement's subject does not count as its verb
    ("Roe suggested that a man wearing a cap who was beaten and kicked may have lied.",
     "a man wearing a cap who was beaten and kicked may have lied"),
])
def test_second_verb_near_misses(text, statement):
    assert (statement, "Roe") in reported(text)
