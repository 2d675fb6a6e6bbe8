"""Reported (indirect) speech, eleventh round: one regression case per cause fixed on
PolNeAR train.

Every text here was written for the test; each shows one pattern from news, read by the
surface rules on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    # a final cue followed by a long adjunct of time and place
    ("The bridge will close for repairs in the spring, Mayor Tom Reed said during his "
     "annual address to the county business association in Springfield.",
     "The bridge will close for repairs in the spring", "Tom Reed"),
    # an apposition, then the cue and a long adjunct of medium
    ("Two of the files have been placed in secure storage, Jane Doe, the agency's counsel, "
     "wrote in a two-page memo to the agency's deputy inspector general on Friday.",
     "Two of the files have been placed in secure storage", "Jane Doe"),
])
def test_statement_before_a_cue_with_a_long_adjunct(text, statement, mention):
    """ "A, X said [long adjunct]." credits A to X."""
    found = reported(text)
    assert found and found[0][0] == statement, found
    assert found[0][1] is not None and mention in found[0][1], found


def test_claim_to():
    """ "X claim to VERB ..." reports the infinitive, as "vowed to" does."""
    found = reported("Several council members claim to oppose the new stadium deal.")
    assert found == [("to oppose the new stadium deal", "Several council members")], found


@pytest.mark.parametrize("text, statement", [
    ("Three senators vowed to block the bill: Jane Doe, Tom Reed and Ann Lee.",
     "to block the bill"),
    ("If the vote fails - as Tom Reed has vowed to ensure - the plan is dead.",
     "to ensure"),
])
def test_infinitive_statement_ends_at_a_colon_or_dash(text, statement):
    """A promise in the infinitive ends at a colon or a dash set off by spaces."""
    found = reported(text)
    assert found and found[0][0] == statement, found


def test_infinitive_statement_keeps_a_hyphenated_word():
    """A hyphen inside a word ("U.S.-Mexico") does not end the promise."""
    found = reported("Tom Reed vowed to build a fence along the U.S.-Mexico border.")
    assert found and found[0][0] == "to build a fence along the U.S.-Mexico border", found


@pytest.mark.parametrize("text, statement, mention", [
    ("The price was not disclosed, though it was widely reported that Tom Reed paid "
     "$2 million.", "Tom Reed paid $2 million", None),
    ("It's been reported that the former mayor has left the country.",
     "the former mayor has left the country", None),
    # the one told is no speaker
    ("Jane Doe had been told just before the vote that she would lose narrowly.",
     "she would lose narrowly", None),
    # an agent after "by" speaks
    ("It was announced by the club that the coach would leave.", "the coach would leave",
     "the club"),
    # a subordinate clause ends at its comma
    ("At a time when it was said that the party might never win again, Tom Reed proved "
     "that wrong.", "the party might never win again", None),
])
def test_passive_report_with_a_that_clause(text, statement, mention):
    """ "it was reported that A": A is reported speech, by the agent if one is named."""
    found = reported(text)
    assert found and found[0] == (statement, mention), found


@pytest.mark.parametrize("text", [
    "It should be noted that two of the researchers were hired in August.",
    "Tom Reed was declared the owner of a company in 2004 that was later sold.",
])
def test_no_passive_report(text):
    """The writer's own note, and a "that" of a relative clause after an object."""
    assert reported(text) == []


@pytest.mark.parametrize("text, statement, mention", [
    ("But Tom Reed was declared the winner in Rhode Island, and his rival conceded.",
     "Tom Reed was declared the winner in Rhode Island", None),
    ("Jane Doe was declared the winner in Ohio by news organizations.",
     "Jane Doe was declared the winner in Ohio", "news organizations"),
])
def test_declared_the_winner(text, statement, mention):
    """ "X was declared the winner": a declared result, said by the agent if named."""
    found = reported(text)
    assert found and found[0] == (statement, mention), found


def test_parse_fronted_setting_is_no_statement():
    """A fronted clause the parse hangs as the cue's complement is the setting when the cue
    has an object of its own ("Minutes after A, X announced B"): B is the statement."""
    text = "Minutes after the vote began, the chairman announced four votes for Jane Doe."
    rows = [("Minutes", "minute", "NOUN", 5, "nsubj", "O"),
            ("after", "after", "ADP", 4, "case", "O"),
            ("the", "the", "DET", 4, "det", "O"),
            ("vote", "vote", "NOUN", 1, "nmod", "O"),
            ("began", "begin", "VERB", 9, "ccomp", "O"),
            (",", ",", "PUNCT", 9, "punct", "O"),
            ("the", "the", "DET", 8, "det", "O"),
            ("chairman", "chairman", "NOUN", 9, "nsubj", "O"),
            ("announced", "announce", "VERB", 0, "root", "O"),
            ("four", "four", "NUM", 11, "nummod", "O"),
            ("votes", "vote", "NOUN", 9, "obj", "O"),
            ("for", "for", "ADP", 14, "case", "O"),
            ("Jane", "Jane", "PROPN", 14, "compound", "B-PERSON"),
            ("Doe", "Doe", "PROPN", 11, "nmod", "E-PERSON"),
            (".", ".", "PUNCT", 9, "punct", "O")]
    assert parsed(text, rows) == [("four votes for Jane Doe", "the chairman")]


@pytest.mark.parametrize("text, statement, mention", [
    ("Exit polls told a tale of two cities, with renters far angrier.",
     "a tale of two cities", "Exit polls"),
    ("The Ledger told a slightly different story.", "a slightly different story",
     "The Ledger"),
    ("Jane Doe told them the story of her father's farm - a tale she tells often.",
     "the story of her father's farm", "Jane Doe"),
    ("At the rally, Tom Reed tells one joke about the mayor.", "one joke about the mayor",
     "Tom Reed"),
])
def test_told_a_story(text, statement, mention):
    """ "X told a story (of A)": the story is the statement, up to a stop or spaced dash."""
    found = reported(text)
    assert found and found[0] == (statement, mention), found


def test_according_to_a_plural_read_as_a_verb():
    """ "according to its EPA reports": the tagger's verb "reports" still ends the source."""
    found = reported("The plant had released little waste, according to its EPA reports.")
    assert found == [("The plant had released little waste", "its EPA reports")], found


def test_parse_title_case_headline():
    """A title-case headline the parser reads as one name ("Jane Doe Announces Plans To
    Run", all compounds): the first reporting verb form after the capitalised subject is
    the cue and the rest of the line its statement, as the surface rules read it."""
    text = "Jane Doe Announces Plans To Run For Mayor In Springfield."
    rows = [("Jane", "Jane", "PROPN", 4, "compound", "B-PERSON"),
            ("Doe", "Doe", "PROPN", 4, "compound", "E-PERSON"),
            ("Announces", "Announces", "PROPN", 4, "compound", "O"),
            ("Plans", "Plans", "PROPN", 0, "root", "O"),
            ("To", "to", "PART", 6, "mark", "O"),
            ("Run", "run", "VERB", 4, "acl", "O"),
            ("For", "for", "ADP", 8, "case", "O"),
            ("Mayor", "Mayor", "PROPN", 6, "obl", "O"),
            ("In", "in", "ADP", 10, "case", "O"),
            ("Springfield", "Springfield", "PROPN", 6, "obl", "S-GPE"),
            (".", ".", "PUNCT", 4, "punct", "O")]
    assert parsed(text, rows) == [("Plans To Run For Mayor In Springfield", "Jane Doe")]


@pytest.mark.parametrize("text, statement, mention", [
    ("Even so, it proudly declared that it had never shared the names with the police.",
     "it had never shared the names with the police", "it"),
    ("Tom Reed has ridiculously claimed that the mayor founded the group.",
     "the mayor founded the group", "Tom Reed"),
])
def test_manner_adverb_between_subject_and_cue(text, statement, mention):
    """ "It proudly declared that A", "X has ridiculously claimed that A": a manner adverb
    in "-ly" between the subject and the cue does not hide the subject."""
    found = reported(text)
    assert found == [(statement, mention)], found
