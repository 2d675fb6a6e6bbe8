"""Speed-ups of round 23's second wave keep what the plain reading gives: the punctuation
flag of a word, the names a span holds, and the words before a quote that can frame it."""

from __future__ import annotations

import pytest

from quotetrack import QuoteTracker
from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words, punct


def _plain_punct(upos: str, text: str) -> bool:
    """The flag as it was first written: tagged so, or no letter or digit at all."""
    return upos == "PUNCT" or not any(c.isalnum() for c in text)


@pytest.mark.parametrize("text", ["said", "2016", "U.S.", "n't", "’s", "$5", "co-chair",
                                  ",", "—", "...", "“", "%", "", "_", "½", "Ωmega", "#vote"])
@pytest.mark.parametrize("upos", ["PUNCT", "NOUN", "SYM", "X", ""])
def test_punct_flag_asks_the_whole_word_first_with_the_same_answer(upos, text):
    assert punct(upos, text) == _plain_punct(upos, text)


def test_stored_flags_of_an_invented_article_are_the_plain_ones():
    text = ("“We’re not done — not by a long shot,” Mayor Lena Ortiz, 54, told the U.S. "
            "delegation on Tuesday... The plan costs $5 million (about 4.6 million euros).")
    for words in (Words(annotate(text)), annotate_words(text)):
        assert [w.is_punct for w in words.words] == \
            [_plain_punct(w.upos, w.text) for w in words.words]
        assert {w.text for w in words.words if w.is_punct} >= {"“", "—", ",", "”", ".", "("}
        assert not any(w.is_punct for w in words.words if w.text in ("U.S.", "We", "’re", "54"))


def _clusters_in_span_plain(ents: ArticleEntities, words: Words, start: int, end: int):
    """The names in a character span as a look-up of every word of it gives them."""
    out = []
    for w in words.between(start, end):
        cl = ents._by_word.get(w.i)
        if cl is not None and cl not in out:
            out.append(cl)
    return out


def test_names_in_a_span_come_in_order_once_each():
    text = ("Jane Doe said Tom Reed and Ann Roe would meet Tom Reed's lawyers in Ohio before "
            "Ann Roe flies home.")
    words = Words(annotate(text))
    ents = ArticleEntities(words)
    start, end = text.index("Tom"), len(text)
    names = [cl.name for cl in ents.clusters_in_span(start, end)]
    assert names[:2] == ["Tom Reed", "Ann Roe"]
    assert names.count("Tom Reed") == 1 and names.count("Ann Roe") == 1
    assert "Jane Doe" not in names
    # every span, even one that cuts a name or a word in two, as the plain look-up gives
    for s in range(0, len(text), 3):
        for e in range(s + 1, len(text) + 1, 7):
            assert ents.clusters_in_span(s, e) == _clusters_in_span_plain(ents, words, s, e)


def test_a_name_cut_by_the_span_end_is_not_in_it():
    text = "Officials said Ann Roe would decide."
    words = Words(annotate(text))
    ents = ArticleEntities(words)
    assert [cl.name for cl in ents.clusters_in_span(0, len(text))] == ["Ann Roe"]
    # the span ends inside "Roe": "Ann" is in it, "Roe" is not
    assert [cl.name for cl in ents.clusters_in_span(0, text.index("Roe") + 1)] == ["Ann Roe"]
    assert ents.clusters_in_span(0, text.index("Ann")) == []
    assert ents.clusters_in_span(text.index("Roe"), text.index("Roe") + 2) == []


def test_a_quote_is_about_the_names_in_its_statement_not_its_speaker():
    text = "Jane Doe said Tom Reed would lose to Ann Roe “by a mile” in the fall."
    result = QuoteTracker(backend="rules")(text)
    quote = next(q for q in result.quotes if "mile" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Jane Doe"
    about = [next(e.name for e in result.entities if e.id == i) for i in quote.about]
    assert about == ["Tom Reed", "Ann Roe"]


@pytest.mark.parametrize("text, speaker, cue", [
    # a cue word before the quote frames it
    ("Jane Doe said: “We will win the vote.”", "Jane Doe", "said"),
    # "according to X" before the quote
    ("According to Tom Reed, “the budget is a mess.”", "Tom Reed", "According to"),
    # a verb that only quotes
    ("Ann Roe chanted, “Four more years!”", "Ann Roe", "chanted"),
])
def test_a_cue_before_the_quote_still_frames_it(text, speaker, cue):
    result = QuoteTracker(backend="rules")(text)
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue is not None and quote.cue.text == cue


def test_words_before_the_quote_with_no_cue_frame_nothing():
    # no reporting verb, no "according" before the quote: the lead-in names no speaker
    text = "The sign on the old barn door: “Keep out.”"
    result = QuoteTracker(backend="rules")(text)
    quote = next(q for q in result.quotes if "Keep" in q.text)
    assert quote.cue is None
