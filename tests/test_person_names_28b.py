"""Speaker names, twenty-eighth round (h60-nm2): a given name spelled like an abbreviated
title without its period ("Defence Minister Gen Ito said") is the person's given name in a
text that writes titles with their periods; a text writing them without ("Mr Lee", British
style), a given name after the word ("Gen Mark Roe") or the word opening the sentence keep
it the title.  Each test reads a short invented text on the model-free path."""

from __future__ import annotations

from findings import entities

import quotetrack


def _speakers(text: str) -> list[str | None]:
    """The speaker name of each quote or statement, in text order."""
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text).quotes]


def test_given_name_spelled_like_a_title_after_another_title() -> None:
    """"Defence Minister Gen Ito said": "Gen" is his given name, later "Ito" is him."""
    text = ("Defence Minister Gen Ito said the navy would patrol the strait. "
            "“We will not look away,” Ito said.")
    assert ("Gen Ito", "PERSON") in entities(text)
    assert _speakers(text) == ["Gen Ito", "Gen Ito"]


def test_text_writing_titles_without_periods_keeps_the_title() -> None:
    """Near miss: a text writing "Mr Lee" without a period writes "Gen Ito" so too."""
    text = ("Mr Lee spoke first. Defence Minister Gen Ito said the navy would patrol the "
            "strait.")
    assert _speakers(text) == ["Ito"]


def test_title_before_a_given_name_or_opening_the_sentence_stays_a_title() -> None:
    """Near misses: "Gen. Mark Roe" and "Gen Mark Roe" (a given name after it), and "Gen Ito
    said" opening the sentence, keep the title out of the name."""
    assert _speakers("Gen. Mark Roe said the army would help.") == ["Mark Roe"]
    assert _speakers("Army chief Gen Mark Roe said the army would help.") == ["Mark Roe"]
    assert _speakers("Gen Ito said the army would help.") == ["Ito"]
