"""Attribution speed, twenty-second round (h45-spd): the shortcuts give what the long way
gives, on short invented texts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import hostile_text, news_text, quote_soup

import quotetrack
from quotetrack.clean import clean_text
from quotetrack.parse import rules
from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.tokens import Word, Words

_TEXTS = [
    "“We will not sign it,” Mayor Ann Roe said on Tuesday. The council wouldn’t say.\n\n"
    "Sen. Tom Veld (D-Ore.) said the bridge would open, according to the Harbor Ledger.",
    "Secretary of State Jo Kent told reporters the talks went well. Her comments came late.\n"
    "Critics say it is too little. The state's report said so, officials said.",
    "",
    "   \n\n  ",
    "Asked whether she would run, Ms. Roe said: “No.”",
]


def _state(words: Words) -> tuple:
    return ([tuple(getattr(w, f) for f in Word.__slots__) for w in words.words],
            words.sentences, words._parsed, words.has_parse, words.has_ner, words.complete,
            words._newlines, words._starts, words._no_ner, words.text)


@pytest.mark.parametrize("text", _TEXTS)
def test_words_from_the_annotator_rows_are_the_words_of_its_document(text):
    """annotate_words reads the annotator's rows straight into Words: every word's fields
    (the reporting-verb forms retagged as names or nouns too), the sentences and indexes are
    what Words reads from annotate's Stanza Document."""
    fast = annotate_words(text)
    assert fast is not None
    assert _state(fast) == _state(Words(annotate(text)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_text, quote_soup, hostile_text))
def test_any_text_reads_the_same_words_either_way(text):
    """On any text, news-like, quote soup or hostile, the rows' Words equal the Document's
    (or the shortcut declines and the Document path runs)."""
    fast = annotate_words(text)
    if fast is not None:
        assert _state(fast) == _state(Words(annotate(text)))


def test_tracker_reads_the_rows_and_gives_the_document_path_results(monkeypatch):
    """QuoteTracker(backend="rules") attributes the rows' Words; with that shortcut off (as
    where the fast Document is not known to match) the results are the same."""
    tracker = quotetrack.QuoteTracker(backend="rules")
    calls = []
    real = rules.annotate_words
    monkeypatch.setattr(rules, "annotate_words", lambda t: calls.append(t) or real(t))
    text = _TEXTS[0] + "\n\n" + _TEXTS[1]
    fast = tracker(text)
    assert calls
    assert {(q.text, q.speaker.name if q.speaker else None) for q in fast.quotes} >= {
        ("“We will not sign it,”", "Ann Roe")}
    monkeypatch.setattr(rules, "annotate_words", lambda t: None)
    assert tracker(text) == fast
    monkeypatch.setattr(rules, "FAST_DOCUMENT", False)
    monkeypatch.setattr(rules, "annotate_words", real)
    assert real(text) is None
    assert tracker(text) == fast


def test_a_tracker_whose_parse_is_overridden_parses_with_it():
    """A subclass's own parse() (or another parser in ``_parse``) is used, never the rows."""
    seen = []

    class Mine(quotetrack.QuoteTracker):
        def parse(self, text):
            seen.append(text)
            return annotate(text)

    text = "“Yes,” Jane Doe said."
    assert Mine(backend="rules")(text) == quotetrack.QuoteTracker(backend="rules")(text)
    assert seen
    other = quotetrack.QuoteTracker(backend="rules")
    other._parse = lambda t: seen.append(t) or annotate(t)
    n = len(seen)
    other(text)
    assert len(seen) == n + 1


def test_workers_read_the_rows_too_and_count_the_documents_words(monkeypatch):
    """iter_outcomes (``quotetrack extract``, extract_many, Dask) attributes the rows' Words
    as the tracker does: the same results, and the word count of annotate's Document."""
    from quotetrack.parallel import TrackerConfig, iter_outcomes

    texts = [_TEXTS[0], _TEXTS[1], ""]
    calls = []
    real = rules.annotate_words
    monkeypatch.setattr(rules, "annotate_words", lambda t: calls.append(t) or real(t))
    outcomes = list(iter_outcomes(texts, TrackerConfig(backend="rules")))
    assert len(calls) == len(texts)
    tracker = quotetrack.QuoteTracker(backend="rules")
    for text, outcome in zip(texts, outcomes, strict=True):
        assert outcome.error is None
        assert outcome.result == tracker(text, doc_id=outcome.result.doc_id)
        assert outcome.words == annotate(clean_text(text).text).num_words
