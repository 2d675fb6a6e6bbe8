"""Attribution speed, thirty-third round (h65-spd): the number test reads a word without a
hyphen as one part, and the people-noun test of a speaker mention stops at once for a
mention that is a name and nothing else; the answers stay those of the full tests."""

from __future__ import annotations

import pytest
from findings import both_paths

from quotetrack.attribute.words import NUMBER_WORDS, SHARE_WORDS, _is_number
from quotetrack.parse.rules import annotate
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Word, Words


def _full_number_test(w: Word) -> bool:
    """The number test read in full (every word split at its hyphens)."""
    return w.upos == "NUM" or w.text.replace(",", "").replace(".", "").isdigit() or \
        bool(w.lower) and all(part in NUMBER_WORDS or part.rstrip("s") in SHARE_WORDS
                              for part in w.lower.split("-"))


@pytest.mark.parametrize("text, upos, expected", [
    ("1,200", "NOUN", True), ("3.5", "ADJ", True), ("seven", "NOUN", True),
    ("Thirds", "NOUN", True), ("most", "ADJ", True), ("voters", "NOUN", False),
    ("percent", "NOUN", False), ("eleven", "NUM", True), ("", "X", False),
    # with a hyphen: every part must be a number or a share word
    ("Seventy-four", "ADJ", True), ("two-thirds", "NOUN", True),
    ("one-time", "ADJ", False), ("-", "PUNCT", False), ("well-known", "ADJ", False)])
def test_number_test_without_a_hyphen_is_the_full_test(text, upos, expected):
    """A word without a hyphen, one part, and one with, split at its hyphens: the same
    answer as the full test on both sides of the shortcut."""
    w = Word(0, 0, len(text), text, upos, text.lower(), "O", -1, "", 0, 0, "")
    assert _is_number(w) == _full_number_test(w) == expected


def _entities(text: str) -> tuple[ArticleEntities, Words]:
    words = Words(annotate(text))
    return ArticleEntities(words), words


def _span(words: Words, phrase: str) -> tuple[int, int]:
    texts = [w.text for w in words.words]
    parts = phrase.split()
    a = next(i for i in range(len(texts)) if texts[i:i + len(parts)] == parts)
    return a, a + len(parts)


def test_a_mention_that_is_only_a_name_is_no_people_noun():
    """"Ann Lee said" (every word named) stops at once: a name, whose head is its own;
    "Democratic leaders said" and "Ohio's governor said" (a name only as a modifier) still
    read the head: the people speak."""
    ents, words = _entities("Senator Ann Lee of Ohio spoke on Monday. Ann Lee said the plan "
                            "was fair. Democratic leaders said it was late. Ohio's governor "
                            "said it was weak.")
    lee = _span(words, "Ann Lee said")
    assert ents._people_noun_head(lee[0], lee[1] - 1) is False
    assert ents.mention_form(lee[0], lee[1] - 1) == "name"
    leaders = _span(words, "Democratic leaders")
    assert ents._people_noun_head(*leaders) is True
    assert ents.mention_form(*leaders) == "noun"
    governor = _span(words, "Ohio 's governor")
    assert ents._people_noun_head(*governor) is True
    assert ents.mention_form(*governor) == "noun"


def test_statements_of_a_name_and_of_a_named_group_on_both_paths():
    """The speakers of a name alone and of a group a name modifies stay as they were, by the
    rules and by a parse."""
    text = ("Ann Lee said the plan was fair. Democratic leaders said the vote came too "
            "late.")
    for rows in both_paths(text):
        indirect = {t: mention for t, kind, mention, _ in rows if kind == "indirect"}
        assert indirect.get("the plan was fair") == "Ann Lee", rows
        assert indirect.get("the vote came too late") == "Democratic leaders", rows
