"""Attribution speed, twenty-third round (h48-trg): the index of the words a rule of reported
speech can start from is read with the words (``Words.trigger_index``) and is what the
separate pass over the words gives, on every build and after every later change to the
words (retags, sentence joins, borrowed tags), on short invented texts."""

from __future__ import annotations

import pytest

from quotetrack import attribute
from quotetrack.lexicon import (
    PHRASAL_CUE_FORMS,
    REPORTED_TRIGGER_FORMS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
    TOPIC_PARTICIPLES,
)
from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.pipeline import extract
from quotetrack.tokens import Words, trigger_words

_TEXTS = [
    # a false split inside the parenthesis ("D-N. | Y."), joined again
    "Rep. Jane Doe (D-N. Y.) said the bill would pass.",
    "Sen. Tom Veld (D-Ore.) said rents rose, according to the Harbor Ledger.",
    # "State" retagged as a name part, "comments" as a noun: still triggers by spelling
    "Secretary of State Jo Kent told reporters the talks went well; her comments came late.",
    "The firm pulled out, citing the cost. “No,” Ann Roe shot back.\n\nPer the mayor, it "
    "wouldn’t close. The union criticised the plan.",
    "The ferry left the harbor at noon on Friday.",
    "",
]


def _pass(words: Words) -> list[int]:
    """The separate pass the attribution made before (the set spelled out as it was)."""
    return [w.i for w in words.words
            if w.lower in REPORTED_TRIGGER_FORMS or w.lemma in REPORTING_VERBS]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_index_read_with_the_words_is_the_separate_pass_on_both_builds(text):
    """Words(Document) and Words.from_rows record the same trigger words, in order, as a
    pass over the finished words finds (after the retags and the parenthesis join)."""
    doc_words = Words(annotate(text))
    rows = annotate_words(text)
    assert rows is not None
    for words in (doc_words, rows):
        assert words.trigger_index == _pass(words) == trigger_words(words.words)
        assert words.trigger_index == sorted(set(words.trigger_index))
    assert rows.trigger_index == doc_words.trigger_index


def test_the_index_holds_every_kind_of_trigger_and_no_other_word():
    """Reporting verbs, "according", "per", statement nouns, a phrasal cue's verb, a topic
    participle, a stance verb and a verb of intention's spelling ("plan", a noun here, as
    "comments" is below: round 25) are triggers; the words around them are not."""
    text = _TEXTS[3]
    words = Words(annotate(text))
    assert [words.words[i].text for i in words.trigger_index] == [
        "citing", "shot", "Per", "criticised", "plan"]
    words = Words(annotate(_TEXTS[2]))
    assert [words.words[i].text for i in words.trigger_index] == [
        "State", "told", "talks", "comments"]
    assert Words(annotate(_TEXTS[4])).trigger_index == []
    assert Words(annotate("")).trigger_index == []


def test_the_parenthesis_join_keeps_the_index():
    """'Rep. Jane Doe (D-N. Y.) said A': the two sentences the annotator makes are joined
    into one; the index (by article word) is the same, and the statement is read."""
    text = _TEXTS[0]
    doc = annotate(text)
    assert len(doc.sentences) == 2
    words = Words(doc)
    assert words.sentences == [(0, len(words.words))]
    assert [words.words[i].text for i in words.trigger_index] == ["said"]
    result = extract(text)
    assert [(q.text, q.kind, q.speaker_mention.text, q.cue.text) for q in result.quotes] == [
        ("the bill would pass", "indirect", "Rep. Jane Doe", "said")]


def test_borrowed_lemmas_rebuild_the_index():
    """A tokenize-only reading leaves words without tags; the lemma another reading lends
    may make a word a trigger ("sayed": "say") or take that away (a lemma "say" the word
    had, replaced by its own): the index follows, as the pass would give it."""
    text = "Ann Roe sayed the vote was rigged and Tom Veld wrote back."
    doc = annotate(text)
    sayed = doc.sentences[0].words[2]
    assert sayed.text == "sayed"
    sayed.upos = None
    sayed.lemma = None
    veld = doc.sentences[0].words[9]
    assert veld.text == "Veld"
    veld.upos = None
    veld.lemma = "say"  # a reading that took the surname for a verb of saying
    hints = annotate(text)
    hints.sentences[0].words[2].lemma = "say"
    hints.sentences[0].words[9].lemma = "Veld"
    words = Words(doc)
    assert not words.complete
    assert [words.words[i].text for i in words.trigger_index] == ["Veld", "wrote"]
    words.borrow_tags(hints)
    assert words.words[2].lemma == "say" and words.words[9].lemma == "veld"
    assert [words.words[i].text for i in words.trigger_index] == ["sayed", "wrote"]
    assert words.trigger_index == _pass(words)


def test_borrowed_tags_without_new_lemmas_keep_the_index():
    """Borrowed tags that change no lemma leave the index read with the words."""
    text = "Ann Roe said the vote was rigged."
    doc = annotate(text)
    doc.sentences[0].words[2].upos = None
    words = Words(doc)
    before = words.trigger_index
    words.borrow_tags(annotate(text))
    assert words.words[2].upos == "VERB"
    assert words.trigger_index is before and words.trigger_index == _pass(words) == [2]


def test_the_attribution_reads_the_words_index():
    """The attribution's index is the one Words recorded (no pass of its own), and the
    spellings it starts from are the lexicon's, the rules' own tables among them."""
    words = Words(annotate(_TEXTS[1]))
    at = attribute.Attributor(words, [])
    assert at._surface_trigger_index is words.trigger_index
    assert attribute._REPORTED_TRIGGER_FORMS is REPORTED_TRIGGER_FORMS
    assert attribute._TOPIC_PARTICIPLES is TOPIC_PARTICIPLES
    assert set(TOPIC_PARTICIPLES) | PHRASAL_CUE_FORMS | set(REPORTING_VERB_FORMS) <= \
        REPORTED_TRIGGER_FORMS


def test_reported_speech_is_found_from_the_recorded_triggers():
    """End to end on the model-free path: statements from a verb, a topic participle, a
    phrasal cue and "according to"; a text without a trigger has none."""
    result = extract(_TEXTS[3])
    assert [(q.text, q.kind, q.speaker_mention.text, q.cue.text) for q in result.quotes][:2] == [
        ("the cost", "indirect", "The firm", "citing"), ("“No,”", "direct", "Ann Roe", "shot")]
    result = extract(_TEXTS[1])
    assert [(q.kind, q.speaker_mention.text, q.cue.text) for q in result.quotes] == [
        ("indirect", "the Harbor Ledger", "according to")]
    assert not extract(_TEXTS[4]).quotes
