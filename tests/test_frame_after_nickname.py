"""A frame after a quote whose speaker's name holds a nickname in quote marks, and a frame
the tagger cuts off after a quote ending in "!" (twenty-seventh round, review).

Every text here was written for the test, with invented people and places, and is read
by the model-free default path.
"""

from __future__ import annotations

import pytest

import quotetrack as qt


def _quotes(text: str) -> list[qt.Quote]:
    return list(qt.extract(text).quotes)


@pytest.mark.parametrize("frame", [
    'Marcia "Cia" Price, his niece, said.',
    'Marcia "Cia" Price (D-Newport News) said.',
    'state Del. Marcia "Cia" Price (D-Newport News) shouted to the crowd.',
])
def test_a_nickname_inside_the_name_does_not_end_the_frame(frame: str) -> None:
    text = f'"This is a big year for our city!" {frame}'
    quotes = _quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == 'Marcia "Cia" Price'
    assert q.speaker_mention is not None
    assert text[q.speaker_mention.start:q.speaker_mention.end] == q.speaker_mention.text


@pytest.mark.parametrize("mark", ["!", "?"])
def test_a_frame_after_a_quote_ending_its_sentence_is_no_statement(mark: str) -> None:
    # the "!" or "?" ends the tagger's sentence, so the frame reads like "CLAUSE, X said"
    text = f'"Is this the year for our city{mark}" Scott\'s niece, Marcia Price, said.'
    quotes = _quotes(text)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Marcia Price"


def test_a_statement_after_the_cue_of_a_quote_in_its_subject_stays() -> None:
    text = ('Tom Lerner, citing "the unique pull of the mayor," said the party could win '
            'three more seats in the fall.')
    quotes = _quotes(text)
    statement = [q for q in quotes if q.kind == "indirect"]
    assert len(statement) == 1
    assert statement[0].text.startswith("the party could win")
    assert statement[0].speaker is not None and statement[0].speaker.name == "Tom Lerner"

