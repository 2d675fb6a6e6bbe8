"""Precision of direct and mixed quotes (round 31): quoted words that are no statement of
the noun phrase a frame after them names."""

from __future__ import annotations

import pytest
from findings import both_paths


@pytest.mark.parametrize("text, fragment, phrase", [
    # the fragment modifies the noun after it, which a verb after the quote governs
    ("The talks may settle the “provisional” role of the leader once agreed.", "provisional",
     "role"),
    # a hyphenated compound: the fragment is part of the word after it
    ("A quick look at “moan”-worthy headlines shows that pay matters.", "moan", "worthy"),
])
def test_fragment_modifying_the_phrase_after_it_is_no_quote_of_it(text: str, fragment: str,
                                                                  phrase: str) -> None:
    for rows in both_paths(text):
        assert not [row for row in rows if fragment in row[0] and row[2] and
                    row[2].startswith(phrase)], rows


@pytest.mark.parametrize("text, speaker", [
    # a speaker phrase after the quote opened by a determiner or a pronoun still frames it
    ("“We will win” the mayor said on Monday.", "the mayor"),
    ("“We will win” he said.", "he"),
    # a fragment set off by a comma keeps its frame
    ("“Rebuild the bridge,” residents said.", "residents"),
])
def test_frame_after_a_quote_still_names_its_speaker(text: str, speaker: str) -> None:
    for rows in both_paths(text):
        assert [row[2] for row in rows] == [speaker], rows
