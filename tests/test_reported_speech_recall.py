"""Reported (indirect) speech, twelfth round: recall of speech-cue statements, one
regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported
from handparse import conllu

import quotetrack


@pytest.mark.parametrize("text, statement, mention", [
    # a first-person possessive opens the subject as "his" does
    ("The story never ran. My editor argued the piece was far too kind to the mayor.",
     "the piece was far too kind to the mayor", "My editor"),
    ("Our correspondent reported the bridge had been closed since Monday.",
     "the bridge had been closed since Monday", "Our correspondent"),
])
def test_first_person_possessive_subject(text, statement, mention):
    assert (statement, mention) in reported(text)


def test_aside_after_while_inside_the_statement():
    # ", while a burden," is an aside of the statement, not the writer's own clause
    assert ("the audit, while a burden, was handled well by the board", "He") in reported(
        "He also says the audit, while a burden, was handled well by the board.")
    # a clause after ", but" is still the writer's
    assert ("the plan would work", "He") in reported(
        "He said the plan would work, but critics, citing costs, disagreed.")


@pytest.mark.parametrize("text", [
    "Jane Doe wrote in an op-ed published Sunday that the levy would fail.",
    "Jane Doe said in a statement released by her office on Monday that the levy would fail.",
])
def test_participle_phrase_before_that(text):
    # a reduced relative in the cue's adjunct ("an op-ed published Sunday") comes before
    # the "that" of the statement
    assert ("the levy would fail", "Jane Doe") in reported(text)


def test_request_with_an_infinitive_read_as_a_noun():
    # "intervene" is read as a noun by the model-free tagger; "to" still marks the request
    assert ("the court to intervene", "Doe") in reported("Doe has asked the court to intervene.")


@pytest.mark.parametrize("text, first, second", [
    # a second verb phrase with its own cue after "and" inside the first statement
    ("Jane Doe is noting the problems Tom Reed had answering questions and saying he could "
     "not name a single ally.",
     ("the problems Tom Reed had answering questions", "Jane Doe"),
     ("he could not name a single ally", "Jane Doe")),
    # a later cue after a dash and a quote set off by dashes
    ('Jane Doe lamented his habit of gaffes - "does he have to keep doing this?" - but voters '
     'in Ohio who watched the debate said they were unfazed by it.',
     ('"does he have to keep doing this?"', "Jane Doe"),
     ("they were unfazed by it", "voters in Ohio")),
])
def test_statement_ends_before_a_later_cue(text, first, second):
    found = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
             for q in quotetrack.extract(text).quotes]
    assert first in found and second in found, found


def test_reported_clause_keeps_a_nested_report():
    # "X said that Y told him A": Y's words stay inside X's statement
    assert reported("Jane Doe said that Tom Reed told her the levy had failed.")[0] == (
        "Tom Reed told her the levy had failed", "Jane Doe")


def test_object_after_a_final_cue_is_no_adjunct():
    # "A, X announced the merger": a noun-phrase object after the cue, so the long opening
    # is no statement; the object is
    found = reported("With the board in turmoil after its chair, Tom Reed, resigned over a "
                     "report drafted in part by his deputy, Jane Doe officially announced the "
                     "merger on Tuesday.")
    assert found == [("the merger", "Jane Doe")], found
    # a time phrase after a determiner is still an adjunct
    assert reported("The plan will fail, the agency announced the next day.") == [
        ("The plan will fail", "the agency")]


def test_opening_phrase_set_off_by_dashes():
    # the opening phrase ends at its second dash; the subject after it is shared by the
    # second verb of the clause
    assert ("he is the stronger candidate", "Tom Reed") in reported(
        "In a victory speech in Dayton -- which holds its caucus on Saturday -- Tom Reed "
        "claimed momentum and argued he is the stronger candidate.")


def test_parse_clause_after_a_semicolon_is_the_writers():
    """A cue with a clause before it and one after a semicolon (both hung under it): the
    statement is the one before, not the writer's next clause."""
    text = "To win, candidates must carry Ohio, analysts say; in 2012, Tom Reed lost it."
    rows = [("To", "to", "PART", 2, "mark", "O"),
            ("win", "win", "VERB", 6, "advcl", "O"),
            (",", ",", "PUNCT", 6, "punct", "O"),
            ("candidates", "candidate", "NOUN", 6, "nsubj", "O"),
            ("must", "must", "AUX", 6, "aux", "O"),
            ("carry", "carry", "VERB", 10, "ccomp", "O"),
            ("Ohio", "Ohio", "PROPN", 6, "obj", "S-GPE"),
            (",", ",", "PUNCT", 10, "punct", "O"),
            ("analysts", "analyst", "NOUN", 10, "nsubj", "O"),
            ("say", "say", "VERB", 0, "root", "O"),
            (";", ";", "PUNCT", 10, "punct", "O"),
            ("in", "in", "ADP", 13, "case", "O"),
            ("2012", "2012", "NUM", 17, "obl", "S-DATE"),
            (",", ",", "PUNCT", 17, "punct", "O"),
            ("Tom", "Tom", "PROPN", 16, "compound", "B-PERSON"),
            ("Reed", "Reed", "PROPN", 17, "nsubj", "E-PERSON"),
            ("lost", "lose", "VERB", 10, "parataxis", "O"),
            ("it", "it", "PRON", 17, "obj", "O"),
            (".", ".", "PUNCT", 10, "punct", "O")]
    assert parsed(text, rows) == [("To win, candidates must carry Ohio", "analysts")]


@pytest.mark.parametrize("text", [
    "Jane Doe has repeatedly made public promises to cut the county levy.",
    "At the rally, Jane Doe made a promise to cut the county levy.",
])
def test_promise_made_by_the_subject(text):
    # the subject of the verb that makes the promise is its speaker
    assert ("to cut the county levy", "Jane Doe") in reported(text)


@pytest.mark.parametrize("text, first, second", [
    ("In Dayton, marchers carried white roses, a local station reported, while in Akron the "
     "parade began with a moment of silence, the Akron Ledger reported.",
     ("In Dayton, marchers carried white roses", "a local station"),
     ("in Akron the parade began with a moment of silence", "the Akron Ledger")),
    ("Though mayors boast of strong turnout in their towns, there is no link between turnout "
     "and victory, political scientists say.",
     ("strong turnout in their towns", "mayors"),
     ("there is no link between turnout and victory", "political scientists")),
])
def test_final_cue_statement_starts_after_an_earlier_one(text, first, second):
    # "A, X said, while B, Y said": B starts after X's frame instead of being dropped
    found = reported(text)
    assert first in found and second in found, found


@pytest.mark.parametrize("mark_open, mark_close", [("“", "”"), ("''", "''")])
def test_doubled_apostrophes_read_as_quote_marks(mark_open, mark_close):
    # a quote in doubled apostrophes (an archive style) frames the clause as a curly one
    text = (f"Mr. Reed, citing {mark_open}the unique appeal of Doe,{mark_close} said the "
            "candidate could win in Ohio.")
    assert ("the candidate could win in Ohio", "Mr. Reed") in reported(text)


def test_parse_sentence_ending_in_the_next_quotes_opening_mark():
    """A parse may end a sentence with the mark that opens the next paragraph's quote; that
    mark is no part of the statement, which runs on past its split cue."""
    text = "The goal, he said, is to forge a truce.\n\n''We will act fast,'' he said."
    first = [("The", "the", "DET", 2, "det", "O"),
             ("goal", "goal", "NOUN", 7, "nsubj", "O"),
             (",", ",", "PUNCT", 5, "punct", "O"),
             ("he", "he", "PRON", 5, "nsubj", "O"),
             ("said", "say", "VERB", 7, "parataxis", "O"),
             (",", ",", "PUNCT", 5, "punct", "O"),
             ("is", "be", "VERB", 0, "root", "O"),
             ("to", "to", "PART", 9, "mark", "O"),
             ("forge", "forge", "VERB", 7, "xcomp", "O"),
             ("a", "a", "DET", 11, "det", "O"),
             ("truce", "truce", "NOUN", 9, "obj", "O"),
             (".", ".", "PUNCT", 7, "punct", "O"),
             ("''", "''", "PUNCT", 7, "punct", "O")]
    second = [("We", "we", "PRON", 3, "nsubj", "O"),
              ("will", "will", "AUX", 3, "aux", "O"),
              ("act", "act", "VERB", 8, "ccomp", "O"),
              ("fast", "fast", "ADV", 3, "advmod", "O"),
              (",", ",", "PUNCT", 3, "punct", "O"),
              ("''", "''", "PUNCT", 3, "punct", "O"),
              ("he", "he", "PRON", 8, "nsubj", "O"),
              ("said", "say", "VERB", 0, "root", "O"),
              (".", ".", "PUNCT", 8, "punct", "O")]
    doc = quotetrack.from_conllu(text, conllu(text, [first, second]))
    found = [(q.text, q.kind) for q in quotetrack.attribute_document(doc).quotes]
    assert ("The goal, he said, is to forge a truce", "indirect") in found, found


def test_long_parenthetical_after_the_subject():
    # a parenthetical of a dozen words or more between the subject and the cue, after an
    # opening clause
    assert ("he was unfocused", "Sen. Tom Reed") in reported(
        "Few voters would admit this, but Sen. Tom Reed (a Democrat so young he has been "
        "mistaken for a junior staffer) says he was unfocused.")


def test_quote_in_a_dashed_apposition_after_a_prepositional_phrase():
    # "A spokesman for the firm - a shop billed as “...” - noted that B": the quote sits in
    # the apposition set off by dashes, after the subject's prepositional phrase
    assert ("the company offers paid leave", "A spokesman") in reported(
        "A spokesman for the firm - a small shop billed as \"the home of honest work\" - noted "
        "that the company offers paid leave.")
