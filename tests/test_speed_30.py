"""Round 30 speed work: ``Words.lower_words`` / ``Words.inner_capitals``, read with the
words, are the two sets the entity pass built in a pass of its own
(``ArticleEntities._opens_without_name``).
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words

_TEXTS = [
    "Research shows the research holds. Tester voted no, said Tester, a senator.\n\n"
    "Budget talks stalled. The Budget Office said it DON’T know. “We will see,” "
    "Ann Lee said.",
    "Analysis suggests costs rise.\nWalking to the car, Mayor Tom Roe said the city "
    "would vote. Nobody opposed him. Polling shows Roe ahead, Polling Director Jo Kim said.",
]


def _old_sets(words: Words) -> tuple[set[str], set[str]]:
    """The pass the entity pass made: lower-case words, and the lower forms of words
    capitalised other than as a sentence's first."""
    lower_words: set[str] = set()
    inner_capitals: set[str] = set()
    firsts = {s[0] for s in words.sentences if s}
    for x in words.words:
        if x.text.islower():
            lower_words.add(x.text)
        elif x.text[:1].isupper() and x.i not in firsts:
            inner_capitals.add(x.lower)
    return lower_words, inner_capitals


@pytest.mark.parametrize("text", _TEXTS)
def test_word_sets_read_with_the_words(text: str) -> None:
    rows = annotate_words(text)
    assert rows is not None
    for words in (Words(annotate(text)), rows):
        assert (words.lower_words, words.inner_capitals) == _old_sets(words)
        ents = ArticleEntities(words)
        assert ents._lower_words is words.lower_words
        assert ents._inner_capitals is words.inner_capitals
    words = Words(annotate(_TEXTS[0]))
    assert "research" in words.lower_words and "research" not in words.inner_capitals
    assert "budget" in words.inner_capitals and "tester" in words.inner_capitals


def test_respelt_negation_kept_in_its_rule_spelling() -> None:
    words = Words(annotate(_TEXTS[0]))
    assert any(w.text == "N’T" for w in words.words)  # ("DON’T": "DO" "N’T")
    assert "n't" in words.inner_capitals and "n’t" not in words.inner_capitals
    assert (words.lower_words, words.inner_capitals) == _old_sets(words)


def test_openers_still_name_no_one() -> None:
    """The rules reading the sets: "Research shows" and "Polling shows" open a sentence and
    name no one; the speakers are found."""
    result = quotetrack.QuoteTracker(backend="rules")(_TEXTS[0] + "\n\n" + _TEXTS[1])
    names = {e.name for e in result.entities}
    assert "Research" not in names and "Polling" not in names and "Analysis" not in names
    speakers = {q.speaker.name for q in result.quotes if q.speaker is not None}
    assert "Ann Lee" in speakers
