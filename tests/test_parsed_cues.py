"""Reported speech on the parsed path, round twenty: parse shapes that hid a statement the
model-free path finds (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes

_ALL = ("direct", "mixed", "indirect")


def test_that_clause_after_an_aside_is_the_statement_not_the_aside():
    """'Jane Doe said — in a post, as it turned out — that the mill would close.': the parse
    hangs the aside between dashes from "said" as a clause too (parataxis) beside the "that"
    clause (ccomp); the clause the complementizer opens is the statement, not the aside."""
    text = "Jane Doe said — in a post, as it turned out — that the mill would close."
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("—", "—", "PUNCT", 11, "punct"), ("in", "in", "ADP", 7, "case"),
         ("a", "a", "DET", 7, "det"), ("post", "post", "NOUN", 11, "obl"),
         (",", ",", "PUNCT", 11, "punct"), ("as", "as", "ADP", 11, "mark"),
         ("it", "it", "PRON", 11, "nsubj"), ("turned", "turn", "VERB", 3, "parataxis"),
         ("out", "out", "ADP", 11, "compound:prt"), ("—", "—", "PUNCT", 11, "punct"),
         ("that", "that", "ADP", 18, "mark"), ("the", "the", "DET", 16, "det"),
         ("mill", "mill", "NOUN", 18, "nsubj"), ("would", "would", "AUX", 18, "aux"),
         ("close", "close", "VERB", 3, "ccomp"), (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert [q.text for q in quotes] == ["the mill would close"]
    assert quotes[0].speaker_mention.text == "Jane Doe"


def test_clause_after_a_semicolon_is_not_the_statement_of_the_cue_before_it():
    """'Ann Roe first tweeted a note of sympathy; hours later, she issued a plan.': the
    parse hangs the clause after the semicolon from "tweeted" (parataxis); it is the
    writer's next clause, not what she tweeted."""
    text = "Ann Roe first tweeted a note of sympathy; hours later, she issued a plan."
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 4, "nsubj", "E-PERSON"), ("first", "first", "ADV", 4, "advmod"),
         ("tweeted", "tweet", "VERB", 0, "root"), ("a", "a", "DET", 6, "det"),
         ("note", "note", "NOUN", 4, "obj"), ("of", "of", "ADP", 8, "case"),
         ("sympathy", "sympathy", "NOUN", 6, "nmod"), (";", ";", "PUNCT", 4, "punct"),
         ("hours", "hour", "NOUN", 11, "obl:npmod"), ("later", "later", "ADV", 14, "advmod"),
         (",", ",", "PUNCT", 14, "punct"), ("she", "she", "PRON", 14, "nsubj"),
         ("issued", "issue", "VERB", 4, "parataxis"), ("a", "a", "DET", 16, "det"),
         ("plan", "plan", "NOUN", 14, "obj"), (".", ".", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any("issued" in q.text for q in quotes)
