"""Fast paths of the attribution helpers give what the plain reading gives."""

from __future__ import annotations

import re
from array import array

from quotetrack.clean import CleanText
from quotetrack.entity_words import _name_tokens
from quotetrack.parse.rules import annotate
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words


def test_name_tokens_split_on_any_whitespace_as_a_regex_would():
    for name in ("Jane  Doe", " Dr.\u00a0Lena\tOrtiz, ", "Sam\u2028Cole Jr."):
        plain = tuple(t.lower().strip(".,") for t in re.split(r"\s+", name.strip()) if t)
        assert _name_tokens(name) == plain


def test_span_to_original_equals_mapping_each_end():
    # "abc" kept, "XX" removed, "def" kept
    cleaned = CleanText("abcXXdef", "abcdef", array("q", [0, 3]), array("q", [0, 5]))
    for start in range(7):
        for end in range(start + 1, 7):
            expected = cleaned.to_original(start), cleaned.to_original(end - 1) + 1
            assert cleaned.span_to_original(start, end) == expected
    assert cleaned.span_to_original(2, 4) == (2, 6)
    assert cleaned.span_to_original(4, 4) == (6, 6)


def test_between_keeps_words_wholly_inside_the_span():
    words = Words(annotate("Jane Doe said the vote, “a farce,” was rigged."))
    text = words.text
    span = text.index("the"), text.index("was") + 2  # ends inside "was"
    assert [w.text for w in words.between(*span)] == ["the", "vote", ",", "“", "a", "farce",
                                                      ",", "”"]


def test_a_title_before_a_name_is_kept_and_a_plain_word_is_not():
    text = "Secretary of State Mike Pompeo spoke. Later, Mike Pompeo left."
    words = Words(annotate(text))
    ents = ArticleEntities(words)
    people = [cl for cl in ents.clusters if cl.type == "PERSON"]
    assert [cl.titles for cl in people] == [["Secretary of State"]]
