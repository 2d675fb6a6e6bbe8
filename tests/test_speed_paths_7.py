"""Attribution speed, seventeenth round (h33-spd): the shortcuts read what the full rules
read, on short invented texts."""

from __future__ import annotations

from handparse import conllu

import quotetrack
from quotetrack.attribute import _REPORTED_TRIGGER_FORMS, Attributor, is_title
from quotetrack.lexicon import REPORTING_VERBS
from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words

_TEXT = ("Asked whether the bridge would open, Mayor Ann Roe of Port Alder said it would. "
         "The council met on Tuesday. Critics, according to the Harbor Ledger, doubt it.\n\n"
         "“It is late,” said Tom Veld, a councillor. Nobody else spoke.")


def _attributor(text: str) -> Attributor:
    return Attributor(Words(annotate(text)), find_quotes(text))


def test_trigger_index_holds_every_form_and_lemma_in_order():
    """The one-pass index of reported speech's trigger words: each word spelled as a
    trigger or with a reporting verb's lemma, once, in word order."""
    a = _attributor(_TEXT)
    expected = [w.i for w in a.words
                if w.lower in _REPORTED_TRIGGER_FORMS or w.lemma in REPORTING_VERBS]
    assert a._surface_trigger_index == expected
    assert {"asked", "said", "according"} <= {a.words[i].lower for i in expected}


def test_sentences_without_a_trigger_word_are_skipped_without_losing_statements():
    """Skipping the windows with no trigger word keeps every statement: the question frame
    ("Asked whether ..."), the "according to" frame and the plain "X said" all come out,
    and a sentence without a trigger ("The council met on Tuesday.") gives none."""
    text = _TEXT
    result = quotetrack.extract(text)
    indirect = {(q.text, q.speaker.name if q.speaker else None) for q in result.quotes
                if q.kind == "indirect"}
    assert ("it would", "Ann Roe") in indirect
    assert any(t.startswith("Critics") or t.startswith("doubt") for t, _ in indirect)
    assert not any("council met" in t for t, _ in indirect)


def test_parse_subject_kept_per_cue_is_the_parse_subject():
    """syntax_subject keeps each cue's subject once read: asked again, the same answer as
    reading the parse afresh."""
    text = "Jane Doe said the plan failed."
    rows = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
            ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
            ("the", "the", "DET", 5, "det"), ("plan", "plan", "NOUN", 6, "nsubj"),
            ("failed", "fail", "VERB", 3, "ccomp"), (".", ".", "PUNCT", 3, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    words = Words(doc)
    a = Attributor(words, find_quotes(text))
    said = next(w.i for w in words.words if w.text == "said")
    first = a.syntax_subject(said)
    assert first == (0, 2)
    assert a.syntax_subject(said) == first == a._syntax_subject(said)


def test_is_title_stops_at_too_many_words_as_before():
    """is_title gives up once the stripped words pass the limit, with the same answers:
    punctuation-only tokens do not count towards it."""
    assert is_title("Cake Boss")
    assert is_title("Gang of Eight")
    assert not is_title("One Two Three Four Five Six Seven Eight Nine")
    assert is_title("One Two Three ... Four", max_words=4)
    assert not is_title("One Two Three Four Five", max_words=4)
    assert not is_title("... ...")
    assert not is_title("Cake Boss", max_words=-1)
