"""Reported (indirect) speech, twenty-third round: a participle set off after a clause
whose object is a statement of the clause's subject — "“A,” X said, referring to B",
"The firm pulled out, citing B".

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import parsed, quotes, reported


@pytest.mark.parametrize("text, statement, mention", [
    # after a quote's frame: the frame's speaker refers to B
    ('"We need a bigger budget," Jane Roe said at the council meeting, referring to the '
     "mayor's spending plan.", "the mayor's spending plan", "Jane Roe"),
    # an inverted frame with a role set off after the name
    ('"The numbers are bad," said Tom Lane, a former aide to the governor, referring to '
     "the latest jobs report.", "the latest jobs report", "Tom Lane"),
    # an adverb before the participle, a question's frame
    ("''Is the board running against us?'' asked Mr. Lane, likely referring to the vote "
     "on the harbour.", "the vote on the harbour", "Mr. Lane"),
    # "citing" after a quote's frame
    ('"It will pass," the senator said, citing support from both parties.',
     "support from both parties", "the senator"),
    # "citing" after a clause of doing: its subject gives the reason
    ("The bakery chain dropped its expansion plans on Monday, citing weak demand in the "
     "region.", "weak demand in the region", "The bakery chain"),
    ("When the author asked for a reprint, the publisher declined, citing legal costs.",
     "legal costs", "the publisher"),
    # "by citing": the means of the subject's argument
    ("Mayor Ann Roe defended the new toll by citing a survey of local drivers.",
     "a survey of local drivers", "Mayor Ann Roe"),
    # "alluding to" after a frame, "talking about" after any clause of its speaker
    ('"You are working hard," Ann Roe told the treasurer, alluding to his rumored bid for '
     "mayor.", "his rumored bid for mayor", "Ann Roe"),
    ("He did it again on Tuesday night in Reno, talking about water rights in the second "
     "debate.", "water rights in the second debate", "He"),
    ("The governor began by talking about the housing shortage.",
     "the housing shortage", "The governor"),
    # set off right after the subject, before its verb
    ("The newspaper, citing two unnamed officials, reported that the deal was off.",
     "two unnamed officials", "The newspaper"),
])
def test_participle_object_is_the_statement(text, statement, mention):
    assert (statement, mention) in reported(text)


def test_direct_quote_keeps_its_frame():
    """The quote the frame brings stays the speaker's direct quote."""
    text = '"We need steady hands," Jane Roe told the crowd, referring to the new mayor.'
    assert quotes(text)['"We need steady hands,"'][:2] == ("direct", "Jane Roe")
    assert ("the new mayor", "Jane Roe") in reported(text)


@pytest.mark.parametrize("text", [
    # no clause of speech before "referring to": a noun set off by commas
    "One poster, apparently referring to the strike, was torn down overnight.",
    # a gerund subject, no participle after a clause
    "For many voters, referring to oneself as a socialist is risky.",
    # "referring to" after a clause with no verb of speech
    "The committee met on Tuesday, referring to the budget several times.",
    # "citing" with no comma or "by" before it: not set off after a clause
    "Officials citing the budget left early.",
    # "pointing to" is as often a finger's as an argument's
    '"It goes in one ear and out the other," Tom Lane said, pointing to the budget.',
    # "talking about" with no subject that can speak
    "The next stop on the tour was, of course, talking about the budget.",
])
def test_participle_near_misses(text):
    assert not any(s.startswith(("the strike", "oneself", "the budget"))
                   for s, _ in reported(text))


def test_parse_referring_to_after_frame():
    """The same on the parsed path: the participle hangs from the frame's verb."""
    text = '"It is over," Jane Doe said, referring to the race.'
    rows = [('"', '"', "PUNCT", 4, "punct", "O"),
            ("It", "it", "PRON", 4, "nsubj", "O"),
            ("is", "be", "AUX", 4, "cop", "O"),
            ("over", "over", "ADV", 9, "ccomp", "O"),
            (",", ",", "PUNCT", 4, "punct", "O"),
            ('"', '"', "PUNCT", 4, "punct", "O"),
            ("Jane", "Jane", "PROPN", 8, "compound", "B-PERSON"),
            ("Doe", "Doe", "PROPN", 9, "nsubj", "E-PERSON"),
            ("said", "say", "VERB", 0, "root", "O"),
            (",", ",", "PUNCT", 11, "punct", "O"),
            ("referring", "refer", "VERB", 9, "advcl", "O"),
            ("to", "to", "ADP", 14, "case", "O"),
            ("the", "the", "DET", 14, "det", "O"),
            ("race", "race", "NOUN", 11, "obl", "O"),
            (".", ".", "PUNCT", 9, "punct", "O")]
    assert parsed(text, rows) == [("the race", "Jane Doe")]


@pytest.mark.parametrize("text, statement, mention", [
    # a cue participle that opens its sentence: the main clause's subject says A
    ("Noting that the vote was close, the mayor said the city would recount.",
     "the vote was close", "the mayor"),
    ("Acknowledging that the plan had flaws, Jane Roe argued it was still the best option.",
     "the plan had flaws", "Jane Roe"),
])
def test_opening_participle_is_the_subjects_statement(text, statement, mention):
    found = reported(text)
    assert (statement, mention) in found
    # the main clause's own statement is still read
    assert any(m == mention and s != statement for s, m in found)


@pytest.mark.parametrize("text", [
    # a gerund subject, no frame
    "Saying goodbye to the old stadium is hard for the fans.",
    # no named subject after the frame's comma
    "Noting the delay, it was decided that the vote would wait.",
])
def test_opening_participle_near_misses(text):
    assert not any(s.startswith(("goodbye", "the delay")) for s, _ in reported(text))


def test_opening_participle_object_relative_is_no_statement():
    """A relative clause on the participle's object is not what the participle says."""
    text = ("Writing for a local paper that all agreed the mayor won, Jane Roe said the race "
            "was close.")
    found = reported(text)
    assert ("the race was close", "Jane Roe") in found
    assert not any(s.startswith(("all agreed", "that all")) for s, _ in found)
