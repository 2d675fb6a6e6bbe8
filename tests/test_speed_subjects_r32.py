"""Attribution speed, thirty-second round (h64-sbj): the subject search reads each verb's
parse subject, own subject and mention once, and the surface rules of reported speech stop
at once where no trigger word stands outside quotes; the answers stay those read afresh."""

from __future__ import annotations

from findings import both_paths, quote_rows
from handparse import conllu

import quotetrack
from quotetrack.attribute import Attributor
from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words

_TEXT = "Mayor Ann Roe of Port Alder said the bridge would open and argued the toll was fair."
_ROWS = [("Mayor", "Mayor", "PROPN", 3, "compound", "O"),
         ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 7, "nsubj", "E-PERSON"), ("of", "of", "ADP", 6, "case"),
         ("Port", "Port", "PROPN", 6, "compound", "B-GPE"),
         ("Alder", "Alder", "PROPN", 3, "nmod", "E-GPE"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 9, "det"), ("bridge", "bridge", "NOUN", 11, "nsubj"),
         ("would", "would", "AUX", 11, "aux"), ("open", "open", "VERB", 7, "ccomp"),
         ("and", "and", "CCONJ", 13, "cc"), ("argued", "argue", "VERB", 7, "conj"),
         ("the", "the", "DET", 15, "det"), ("toll", "toll", "NOUN", 17, "nsubj"),
         ("was", "be", "AUX", 17, "cop"), ("fair", "fair", "ADJ", 13, "ccomp"),
         (".", ".", "PUNCT", 7, "punct")]


def _parsed_attributor() -> Attributor:
    doc = quotetrack.from_conllu(_TEXT, conllu(_TEXT, [_ROWS]))
    return Attributor(Words(doc), find_quotes(_TEXT))


def test_subject_search_kept_per_verb_is_the_subject_read_afresh():
    """A second cue that climbs to the first one's verb ("said ... and argued") asks again
    for that verb's parse subject, own subject and mention: the kept answers are those a
    fresh read gives, and both statements are the mayor's."""
    a = _parsed_attributor()
    words = a.words
    said = next(w for w in words if w.text == "said")
    argued = next(w for w in words if w.text == "argued")
    assert a.syntax_subject(argued.i) == a.syntax_subject(said.i) == (1, 3)
    assert a._parse_subject(said, after=False) is a._read_parse_subject(said, False)
    assert a._own_subject(said) == a._read_own_subject(said, False) == (True, (1, 3))
    assert a._own_subject(said, shared=True) == a._read_own_subject(said, True)
    assert a.expand_mention(2) == a._read_mention(2) == (1, 3)
    # kept apart by their flags: "X was angered by Y and said" reads a shared subject
    assert {(said.i, False), (said.i, True)} <= set(a._own_subjects)


def test_statements_of_two_conjoined_cues_credit_one_speaker_on_both_paths():
    """Both statements of "X said A and argued B" stay the speaker's, by the rules and by
    a parse, with the subject search asked once per verb."""
    for rows in both_paths(_TEXT):
        indirect = [(t, name) for t, kind, _, name in rows if kind == "indirect"]
        assert ("the bridge would open", "Ann Roe") in indirect, rows
        assert any(t.startswith("the toll was fair") and name == "Ann Roe"
                   for t, name in indirect), rows


def test_sentence_with_its_only_trigger_inside_a_quote_gives_no_reported_statement():
    """The surface rules start from a trigger outside quotes: a sentence whose only
    reporting word stands inside the quote gives no reported statement (the shortcut's
    side with none), on both paths."""
    text = "The clerk pinned a note: “Critics said the ferry would be late again.”"
    for rows in both_paths(text):
        assert not [r for r in rows if r[1] == "indirect"], rows


def test_trigger_after_an_opening_quote_still_gives_its_statement():
    """The other side: one trigger outside quotes after a quote that opens the sentence
    ('“A,” X said, adding that B') keeps the statement after it."""
    text = "“We are ready,” Tom Veld said, adding that the ferry would sail at noon."
    for parsed in (False, True):
        rows = quote_rows(text, parsed=parsed)
        assert any(kind == "indirect" and "ferry would sail at noon" in t and name == "Tom Veld"
                   for t, kind, _, name in rows), rows


def test_surface_rules_with_no_trigger_in_the_range_give_none():
    """Asked for a range of a sentence with no trigger word outside quotes (the part after
    its last cue), the surface rules give none, as they did after reading the range."""
    text = "Tom Veld said the ferry would sail at noon from the old harbor pier."
    a = Attributor(Words(annotate(text)), find_quotes(text))
    said = next(w.i for w in a.words if w.text == "said")
    lo, hi = a.W.sentences[0]
    assert a._surface_reported(lo, hi, said + 1, hi) is None
    assert a._surface_reported(lo, hi, lo, hi) is not None
