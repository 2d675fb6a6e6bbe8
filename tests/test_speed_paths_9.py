"""Round 22 speed work on the parsed path: Words fills each Word's slots itself, and a
title before a name is read a word at a time.  Both must read as before."""

from __future__ import annotations

from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Word, Words

TEXT = ("“We will not wait,” Mayor Lena Ortiz said on Tuesday.\n"
        "Her deputy, Sam Cole, told reporters the vote wouldn’t come in May.")

_SLOTS = ("i", "start", "end", "text", "lower", "upos", "lemma", "ner", "head", "deprel",
          "sent", "par", "feats")


def _entities(text: str, tags: dict[str, str]) -> ArticleEntities:
    words = Words(annotate(text))
    for w in words.words:
        if w.text in tags:
            w.ner = tags[w.text]
    return ArticleEntities(words, quote_spans=[(q.start, q.end) for q in find_quotes(text)])


def test_words_of_a_document_have_every_slot_as_the_constructor_sets_it():
    # (Words sets the slots itself: a slot left out would raise AttributeError here)
    words = Words(annotate(TEXT)).words
    for w in words:
        made = Word(**{f: getattr(w, f) for f in _SLOTS})
        assert [getattr(w, f) for f in _SLOTS] == [getattr(made, f) for f in _SLOTS]
        assert isinstance(w.deprel, str) and isinstance(w.feats, str)
    negation = next(w for w in words if w.text == "n’t")
    assert negation.lower == "n't"  # the rules' one spelling of the negation
    assert words[0].is_punct and not words[1].is_punct


def test_a_title_right_before_a_name_is_given_to_it():
    text = "Secretary of State Ann Ross met the envoy. Ross said talks went well."
    ents = _entities(text, {"Ann": "B-PERSON", "Ross": "E-PERSON"})
    ross = next(cl for cl in ents.clusters if cl.name == "Ann Ross")
    assert "Secretary of State" in ross.titles


def test_a_title_word_ending_the_sentence_before_is_no_title():
    # a headline ending in a title word, then "Ann Ross ..." on the next line: the
    # sentence boundary stops the title
    text = "An interview with the Secretary\nAnn Ross said talks went well."
    ents = _entities(text, {"Ann": "B-PERSON", "Ross": "E-PERSON"})
    ross = next(cl for cl in ents.clusters if cl.name == "Ann Ross")
    assert not any("secretary" in t.lower() for t in ross.titles)
