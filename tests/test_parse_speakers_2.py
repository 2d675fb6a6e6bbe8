"""Parse-path speakers, round thirteen: the speaker a hand-parsed short text gives its quote
(see handparse.py)."""

from __future__ import annotations

from handparse import conllu

import quotetrack


def parsed_quotes(text: str, sentences: list[list[tuple]]) -> list[quotetrack.Quote]:
    """The direct and mixed quotes of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"]


def test_statement_whose_verb_is_quoted_is_the_cues():
    """'While not everything Doe says is true, Roe said Doe is “telling voters what they
    want.”': the parse hangs the quoted verb from "said" with its subject "Doe" before the
    quote; the statement is Roe's, not one of the "says" in the clause before."""
    text = ("While not everything Doe says is true, Roe said Doe is “telling voters what "
            "they want.”")
    s = [("While", "while", "ADP", 7, "mark"), ("not", "not", "ADV", 3, "advmod"),
         ("everything", "everything", "NOUN", 7, "nsubj"),
         ("Doe", "Doe", "PROPN", 5, "nsubj", "S-PERSON"),
         ("says", "say", "VERB", 3, "acl:relcl"), ("is", "be", "AUX", 7, "cop"),
         ("true", "true", "ADJ", 10, "advcl"), (",", ",", "PUNCT", 10, "punct"),
         ("Roe", "Roe", "PROPN", 10, "nsubj", "S-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("Doe", "Doe", "PROPN", 14, "nsubj", "S-PERSON"), ("is", "be", "AUX", 14, "aux"),
         ("“", "“", "PUNCT", 14, "punct"), ("telling", "tell", "VERB", 10, "ccomp"),
         ("voters", "voter", "NOUN", 14, "obj"), ("what", "what", "PRON", 18, "obj"),
         ("they", "they", "PRON", 18, "nsubj"), ("want", "want", "VERB", 14, "ccomp"),
         (".", ".", "PUNCT", 10, "punct"), ("”", "”", "PUNCT", 10, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Roe"
