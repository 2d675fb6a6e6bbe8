"""Verbs of memory as cues of reported speech.  "recall" is a speech cue: a person who
recalls that, how or doing something tells a memory ("recalled that A", "recalls how A",
"recalled telling aides A").  "remember" is no cue (measured in round 27: as a thought
verb with a clause it found no gold statement on PolNeAR train and added only appeals
such as "it is important to remember that A"), so the appeals and asides below must stay
empty.  All texts are invented; read by the model-free default path.
"""

from __future__ import annotations

import pytest

import quotetrack


def rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker name) of each quote found in ``text``."""
    return [(q.text, q.kind, q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes]


def test_a_recalled_clause_is_the_speakers_statement():
    """'X, a nurse, recalled that A': the clause after "that" is what X told."""
    text = "Dana Whitfield, a nurse in Toledo, recalled that the clinic closed twice that winter.\n"
    assert rows(text) == [("the clinic closed twice that winter", "indirect", "Dana Whitfield")]


def test_recalls_how_and_a_recalled_gerund_are_statements():
    """'X recalls how A' (a question word opens the statement) and 'X recalled telling
    aides A' (a gerund of saying after the cue)."""
    how = "Dana Whitfield recalls how the clinic closed twice that winter.\n"
    assert rows(how) == [("how the clinic closed twice that winter", "indirect",
                          "Dana Whitfield")]
    gerund = "Tom Avery recalled telling aides the budget was dead.\n"
    assert rows(gerund) == [("telling aides the budget was dead", "indirect", "Tom Avery")]


@pytest.mark.parametrize("text", [
    "Remember to vote on Tuesday.\n",
    "As you may remember, the plan failed in 2019.\n",
    "Senators should remember that the deficit is growing.\n",
    "It is important to remember that the deficit is growing.\n",
    "The company recalled 12,000 cars last month.\n",
])
def test_appeals_asides_and_goods_recalled_are_no_statements(text):
    """Near misses: an imperative ("Remember to vote"), an aside ("as you may remember"),
    an appeal to the reader ("should remember that", "important to remember that") and a
    product recall name no one who said anything."""
    assert rows(text) == []
