"""Attribution speed, twenty-fourth round (h51-qcc): the words that can be a quote's cue in
the parse's rule (:meth:`Attributor._quote_cue_candidates`) are read from the word indexes
(``Words.trigger_index`` and the new ``Words.cue_form_index``) by bisection, not by a scan
of the quote's sentence, and are exactly what the scan finds, in order, on short invented
texts: on both builds of the words, after retags, with a tagger's lemma, and for spans at a
sentence's edges."""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.attribute import _QUOTE_CUE_FORMS, Attributor
from quotetrack.lexicon import (
    QUOTE_CUE_FORMS,
    REPORTED_TRIGGER_FORMS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
)
from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words

_TEXTS = [
    # "dubbed", "echoed": a quote cue's spelling that is no trigger spelling
    "The mayor dubbed the plan “a folly.” Critics echoed the charge, calling it “waste.”",
    # "according", "poll": trigger spellings that are no quote cue's
    "According to a new poll, voters want “real change,” Ann Roe said.",
    # 'Another tweeted, “...”': a verb read as a noun and retagged
    "Another tweeted, “We will win.” The Acme website notes: “Closed on Sunday.”",
    # a quote that opens and closes its sentence
    "“We are done here.”\n\n“Not yet,” she replied, and derided the vote as “a sham.”",
    "The ferry left the harbor at noon on Friday.",
    "",
]


def _scan(words: Words, a: int, b: int) -> list[int]:
    """The scan the rule made before: every word of [a, b), spelling and lemma."""
    return [w.i for w in words.words[a:b]
            if w.lower in _QUOTE_CUE_FORMS or w.lemma in REPORTING_VERBS]


def _spans(words: Words) -> list[tuple[int, int]]:
    """Every sentence, the whole text, and spans cut at each sentence's first and last
    word (a quote at a sentence's edge), and empty ones."""
    n = len(words.words)
    spans = [(0, n), (0, 0), (n, n)]
    for a, b in words.sentences:
        spans += [(a, b), (a, a + 1), (b - 1, b), (a + 1, b), (a, b - 1), (b, b)]
    return [(a, b) for a, b in spans if 0 <= a <= b <= n]


def _check(words: Words) -> None:
    att = Attributor(words, find_quotes(words.text))
    for a, b in _spans(words):
        assert att._quote_cue_candidates(a, b) == _scan(words, a, b), (a, b)
        # asked again: the same list, read once
        assert att._quote_cue_candidates(a, b) is att._quote_cue_candidates(a, b)


def test_the_cue_forms_are_the_lexicons():
    """The attribution's set is the lexicon's, and the cue-form index holds just the
    spellings the trigger index does not (the two together: every cue spelling)."""
    assert _QUOTE_CUE_FORMS == QUOTE_CUE_FORMS
    assert frozenset(REPORTING_VERB_FORMS) <= QUOTE_CUE_FORMS
    assert "dubbed" in QUOTE_CUE_FORMS - REPORTED_TRIGGER_FORMS
    assert "according" in REPORTED_TRIGGER_FORMS - QUOTE_CUE_FORMS


@pytest.mark.parametrize("text", _TEXTS)
def test_index_candidates_are_the_scan_on_both_builds(text):
    doc_words = Words(annotate(text))
    _check(doc_words)
    assert [doc_words.words[i].lower for i in doc_words.cue_form_index] == [
        w.lower for w in doc_words.words
        if w.lower in QUOTE_CUE_FORMS and w.lower not in REPORTED_TRIGGER_FORMS]
    rows = annotate_words(text)
    if rows is not None:
        _check(rows)
        assert rows.cue_form_index == doc_words.cue_form_index


def test_cue_only_forms_and_a_retag_are_found():
    """The candidates of the first texts, by word: "dubbed" and "echoed" (cue-form index),
    "charge", "calling" and "said" (trigger index: a spelling or a reporting verb's lemma),
    not "According" or "poll"; "tweeted" retagged."""
    words = Words(annotate(_TEXTS[0] + " " + _TEXTS[1]))
    att = Attributor(words, find_quotes(words.text))
    found = att._quote_cue_candidates(0, len(words.words))
    assert [words.words[i].text for i in found] == [
        "dubbed", "echoed", "charge", "calling", "said"]
    words = Words(annotate(_TEXTS[2]))
    att = Attributor(words, find_quotes(words.text))
    a, b = words.sentences[0]
    assert [words.words[i].text for i in att._quote_cue_candidates(a, b)] == ["tweeted"]
    assert words.words[1].upos == "VERB"


# a parse whose tagger gives lemmas of its own: "dubbed" with a reporting verb's lemma (in
# both indexes: found once) and "quipt", a spelling of no list with a reporting verb's lemma
_PARSED = "Doe dubbed it “a mess” and quipt “never again.”"
_PARSED_ROWS = [
    ("Doe", "Doe", "PROPN", 2, "nsubj", "PERSON"), ("dubbed", "say", "VERB", 0, "root"),
    ("it", "it", "PRON", 2, "obj"), ("“", "“", "PUNCT", 6, "punct"),
    ("a", "a", "DET", 6, "det"), ("mess", "mess", "NOUN", 2, "xcomp"),
    ("”", "”", "PUNCT", 6, "punct"), ("and", "and", "CCONJ", 9, "cc"),
    ("quipt", "quip", "VERB", 2, "conj"), ("“", "“", "PUNCT", 11, "punct"),
    ("never", "never", "ADV", 11, "advmod"), ("again", "again", "ADV", 9, "obj"),
    (".", ".", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct")]


def test_a_taggers_lemma_counts_once_and_from_the_trigger_index():
    words = Words(quotetrack.from_conllu(_PARSED, conllu(_PARSED, [_PARSED_ROWS])))
    _check(words)
    att = Attributor(words, find_quotes(words.text))
    found = att._quote_cue_candidates(0, len(words.words))
    assert [words.words[i].text for i in found] == ["dubbed", "quipt"]
    assert words.cue_form_index == [1] and 1 in words.trigger_index


# "The mayor dubbed the plan “a folly.”": the naming verb's subject speaks the fragment
_DUBBED = "The mayor dubbed the plan “a folly.”"
_DUBBED_ROWS = (
    "The/DET/2/det mayor/NOUN/3/nsubj dubbed/VERB/0/root the/DET/5/det plan/NOUN/3/obj "
    "“/PUNCT/8/punct a/DET/8/det folly/NOUN/3/xcomp ./PUNCT/3/punct ”/PUNCT/3/punct")


def test_a_cue_only_spelling_still_cues_the_parsed_quote():
    doc = quotetrack.from_conllu(_DUBBED, conllu(_DUBBED, [spec_rows(_DUBBED_ROWS)]))
    words = Words(doc)
    _check(words)
    quotes = quotetrack.attribute_document(doc).quotes
    assert [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None) for q in quotes] == [
        ("“a folly.”", "The mayor", "dubbed")]
    spans = find_quotes(_DUBBED)
    att, _ = Attributor(words, spans).attribute_quote(spans[0])
    assert att is not None and att.reason == "cue governs quote (parse)"
