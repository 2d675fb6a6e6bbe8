"""More parse-path speakers of direct quotes (round twelve): the subject a participle cue
gets, on short hand-parsed texts (see handparse.py)."""

from __future__ import annotations

from handparse import conllu

import quotetrack


def parsed_quotes(text: str, sentences: list[list[tuple]]) -> list[quotetrack.Quote]:
    """The direct and mixed quotes of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"]


def test_person_right_before_a_participle_speaks_it():
    """'Both leaders spoke after the vote, Doe calling it “...”': the parse hangs the
    participle from the name before it, with no preposition: Doe speaks, not the clause's
    subject the name's phrase hangs from."""
    text = "Both leaders spoke after the vote, Doe calling it “a great day for Dover.”"
    s = [("Both", "both", "DET", 2, "det"), ("leaders", "leader", "NOUN", 3, "nsubj"),
         ("spoke", "speak", "VERB", 0, "root"), ("after", "after", "ADP", 6, "case"),
         ("the", "the", "DET", 6, "det"), ("vote", "vote", "NOUN", 3, "obl"),
         (",", ",", "PUNCT", 3, "punct"), ("Doe", "Doe", "PROPN", 3, "dep", "S-PERSON"),
         ("calling", "call", "VERB", 8, "acl"), ("it", "it", "PRON", 9, "obj"),
         ("“", "“", "PUNCT", 14, "punct"), ("a", "a", "DET", 14, "det"),
         ("great", "great", "ADJ", 14, "amod"), ("day", "day", "NOUN", 9, "xcomp"),
         ("for", "for", "ADP", 16, "case"), ("Dover", "Dover", "PROPN", 14, "nmod", "S-GPE"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Doe"
