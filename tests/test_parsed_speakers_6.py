"""Parse-path speakers, round sixteen: where a misparse gave the parsed path a speaker the
surface reads right (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_cue_coordinated_with_the_main_verb_keeps_its_person():
    """'Ann Roe rejected the idea that the changes amounted to a purge and said that Tom
    Reed was not being sidelined.': the parse joins "said" to "amounted", the verb of the
    idea's clause; Ann Roe said it, not "the changes"."""
    text = ("Ann Roe rejected the idea that the changes amounted to a purge and said that "
            "Tom Reed was not being sidelined.")
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"),
         ("rejected", "reject", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("idea", "idea", "NOUN", 3, "obj"), ("that", "that", "SCONJ", 9, "mark"),
         ("the", "the", "DET", 8, "det"), ("changes", "change", "NOUN", 9, "nsubj"),
         ("amounted", "amount", "VERB", 3, "ccomp"), ("to", "to", "ADP", 12, "case"),
         ("a", "a", "DET", 12, "det"), ("purge", "purge", "NOUN", 9, "obl"),
         ("and", "and", "CCONJ", 14, "cc"), ("said", "say", "VERB", 9, "conj"),
         ("that", "that", "SCONJ", 21, "mark"),
         ("Tom", "Tom", "PROPN", 17, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 21, "nsubj:pass", "E-PERSON"),
         ("was", "be", "AUX", 21, "aux"), ("not", "not", "PART", 21, "advmod"),
         ("being", "be", "AUX", 21, "aux:pass"), ("sidelined", "sideline", "VERB", 14, "ccomp"),
         (".", ".", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.speaker_mention.text == "Ann Roe"
