"""Statements under an expletive "it" and statements of a text a participle modifies.

Every text here was written for the test; the rules run on the model-free annotator.
"""

from __future__ import annotations

from findings import parsed, reported

import quotetrack


def test_expletive_in_a_subordinate_clause_speaks_for_no_one():
    """ "X lost the vote, though it's fair to say that A": the "it" holds the place of "to
    say", so A keeps no speaker, not the main clause's subject."""
    text = "The mayor lost the vote, though it's fair to say that few expected her to win."
    assert reported(text) == [("few expected her to win", None)]


def test_expletive_before_to_say_keeps_its_statement():
    """ "It is fair to say that A": the statement is found, with no speaker."""
    text = ("Few expected the appeal to work. It is fair to say that the judges disagreed "
            "with the ruling.")
    assert reported(text) == [("the judges disagreed with the ruling", None)]


def test_subject_before_to_say_still_speaks():
    """ "The mayor was quick to say that A": no expletive, the subject speaks."""
    text = "The mayor was quick to say that the vote had been rigged."
    assert reported(text) == [("the vote had been rigged", "The mayor")]


def test_a_texts_participle_with_a_cue_form_modifies_the_subject():
    """ "Messages found on the phones suggested that A": "found on the phones" is a reduced
    relative on "Messages", which speak through "suggested"."""
    text = "Messages found on the phones suggested that the pair had planned the theft."
    assert reported(text) == [("the pair had planned the theft", "Messages")]


def test_a_counts_reported_participle_is_not_the_cue():
    """ "Figures reported on Sunday now suggest that A": the cue is "suggest", and the
    statement does not start with it."""
    text = "Figures reported on Sunday now suggest that the governor has the money to run."
    quotes = [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == \
        [("the governor has the money to run", "suggest")], quotes


def test_a_text_that_reports_is_still_the_speaker():
    """ "The memo reported on Sunday that A": "reported" is the memo's own verb."""
    text = "The memo reported on Sunday that the governor has the money to run."
    assert reported(text) == [("the governor has the money to run", "The memo")]


def test_parse_expletive_in_a_subordinate_clause_speaks_for_no_one():
    """The same on a parse ("it" an expl of "fair", "say" its clausal subject): a guard, the
    parsed path already gave the statement no speaker."""
    text = "The mayor lost the vote, though it's fair to say that few expected her to win."
    rows = [("The", "the", "DET", 2, "det", "O"),
            ("mayor", "mayor", "NOUN", 3, "nsubj", "O"),
            ("lost", "lose", "VERB", 0, "root", "O"),
            ("the", "the", "DET", 5, "det", "O"),
            ("vote", "vote", "NOUN", 3, "obj", "O"),
            (",", ",", "PUNCT", 10, "punct", "O"),
            ("though", "though", "SCONJ", 10, "mark", "O"),
            ("it", "it", "PRON", 10, "expl", "O"),
            ("'s", "be", "AUX", 10, "cop", "O"),
            ("fair", "fair", "ADJ", 3, "advcl", "O"),
            ("to", "to", "PART", 12, "mark", "O"),
            ("say", "say", "VERB", 10, "csubj", "O"),
            ("that", "that", "SCONJ", 15, "mark", "O"),
            ("few", "few", "ADJ", 15, "nsubj", "O"),
            ("expected", "expect", "VERB", 12, "ccomp", "O"),
            ("her", "she", "PRON", 15, "obj", "O"),
            ("to", "to", "PART", 18, "mark", "O"),
            ("win", "win", "VERB", 15, "xcomp", "O"),
            (".", ".", "PUNCT", 3, "punct", "O")]
    assert parsed(text, rows) == [("few expected her to win", None)]
