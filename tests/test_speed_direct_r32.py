"""Round 32 speed work (h64-dsd): direct-quote attribution's shortcuts give what the code
they replace gave.

``dominates`` asks whether a cue governs a quote's words only at the words whose head
lies outside the quote (the path up from any word of it leaves there), not at every word;
the lead-in reader sorts only the words it reads (cue words and "according"), not every
word before the quote.  Each is checked here on invented texts: the first against the
code it replaced, over every cue and span of a hand parse, the second on lead-ins on each
side of the words it now skips.
"""

from __future__ import annotations

import pytest
from findings import both_paths, parsed_direct_speakers
from handparse import conllu

from quotetrack.attribute import Attributor
from quotetrack.pipeline import from_conllu
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words

_TEXT = "Ann Lee said the plan “would fail within a year,” aides added."
_ROWS = [("Ann", "ann", "PROPN", 3, "nsubj", "B-PERSON"),
         ("Lee", "lee", "PROPN", 1, "flat", "E-PERSON"),
         ("said", "say", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("plan", "plan", "NOUN", 8, "nsubj"), ("“", "“", "PUNCT", 8, "punct"),
         ("would", "would", "AUX", 8, "aux"), ("fail", "fail", "VERB", 3, "ccomp"),
         ("within", "within", "ADP", 11, "case"), ("a", "a", "DET", 11, "det"),
         ("year", "year", "NOUN", 8, "obl"), (",", ",", "PUNCT", 8, "punct"),
         ("”", "”", "PUNCT", 8, "punct"), ("aides", "aide", "NOUN", 15, "nsubj"),
         ("added", "add", "VERB", 3, "parataxis"), (".", ".", "PUNCT", 3, "punct")]


def _old_dominates(at: Attributor, c: int, a: int, b: int) -> bool:
    """``dominates`` as it was: every word of the span asked."""
    words = at.words
    if a <= words[c].head < b:
        return True
    end = next((i + 1 for i in range(b - 1, a - 1, -1) if not words[i].is_punct), b)
    start = next((i for i in range(a, end) if not words[i].is_punct), a)
    return any(i == c or at._above(c, i) for i in range(start, end))


def test_dominates_matches_the_walk_from_every_word():
    """Over every word and every span of a hand parse, the walk up from the words whose
    head leaves the span answers as the walk from every word did; the cue governs the
    quote's deepest words ("year") through the one word whose head is outside ("fail")."""
    at = Attributor(Words(from_conllu(_TEXT, conllu(_TEXT, [_ROWS]))), find_quotes(_TEXT))
    n = len(at.words)
    yes = 0
    for c in range(n):
        for a in range(n):
            for b in range(a + 1, n + 1):
                old = _old_dominates(at, c, a, b)
                assert at.dominates(c, a, b) == old, (c, a, b)
                yes += old
    assert yes and at.dominates(2, 8, 11)  # "said" over "within a year" (via "fail")
    assert not at.dominates(14, 8, 11)  # "added" governs none of it
    assert at.dominates(7, 6, 11)  # "fail" inside the span itself


def test_parsed_quote_under_its_cue_keeps_its_speaker():
    """The parse's cue over the quote's head still frames the quote."""
    assert parsed_direct_speakers(_TEXT, [_ROWS]) == {"would fail within a year": "Ann Lee"}


@pytest.mark.parametrize(("text", "kind"), [
    # non-cue words before the cue and between it and the quote ("After the long vote",
    # "reporters"): skipped before the sort now, as the loop skipped them
    ("After the long vote, Ann Lee told reporters, “We won the seat.”", "direct"),
    # the closing cue of a lead-in ("shot back:") after a clause with none of its own
    ("The council met at noon, and Ann Lee shot back: “No deal today.”", "direct"),
    # "according" is read though it is no cue word
    ("According to Ann Lee, “the plan is dead.”", "direct"),
    # a cue with words after it: a mixed quote
    ("Ann Lee called the plan “a slow disaster” on Monday.", "mixed"),
    # no cue word at all before the colon: the loop has nothing to read
    ("Ann Lee of the Harwick council: “We won the seat.”", "direct"),
])
def test_lead_in_cues_are_read_past_the_words_skipped(text, kind):
    """Each lead-in credits Ann Lee on both paths, with or without cue words to sort."""
    for rows in both_paths(text):
        assert [(r[1], r[3]) for r in rows] == [(kind, "Ann Lee")], rows
