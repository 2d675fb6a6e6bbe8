"""Leftovers of the twelfth round on the parse path and in reported speech, on short
hand-parsed or plain texts (see handparse.py)."""

from __future__ import annotations

from handparse import conllu

import quotetrack


def parsed_quotes(text: str, sentences: list[list[tuple]]) -> list[quotetrack.Quote]:
    """The direct and mixed quotes of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"]


def test_cue_misread_as_a_reduced_relative_of_the_root_name_takes_the_name():
    """'X called on Y to “...”': the parser hangs "called" from the name as a reduced
    relative ("acl") and the name from nothing; the name is the cue's subject and speaks
    the fragment, which is not dropped."""
    text = "Reed called on fellow members to “stand firm against the plan.”"
    s = [("Reed", "Reed", "PROPN", 0, "root", "S-PERSON"), ("called", "call", "VERB", 1, "acl"),
         ("on", "on", "ADP", 5, "case"), ("fellow", "fellow", "ADJ", 5, "amod"),
         ("members", "member", "NOUN", 2, "obl"), ("to", "to", "PART", 8, "mark"),
         ("“", "“", "PUNCT", 8, "punct"), ("stand", "stand", "VERB", 2, "xcomp"),
         ("firm", "firm", "ADJ", 8, "xcomp"), ("against", "against", "ADP", 12, "case"),
         ("the", "the", "DET", 12, "det"), ("plan", "plan", "NOUN", 8, "obl"),
         (".", ".", "PUNCT", 1, "punct"), ("”", "”", "PUNCT", 1, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention is not None and q.speaker_mention.text == "Reed"
