"""A quantifier floating between a subject and its verb ("both", "all", "each") is not
part of the speaker's mention: "The two senators both said A" rests on "The two senators"."""

import pytest

import quotetrack as qt


def _only(text: str) -> qt.Quote:
    quotes = qt.extract(text).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize("text, mention", [
    ("The two senators both said the plan would fail.", "The two senators"),
    ("The mayors all said the plan would fail.", "The mayors"),
    ("Ann Lee, Tom Reed and Jo Hale all said the plan would fail.",
     "Ann Lee, Tom Reed and Jo Hale"),
])
def test_floating_quantifier_left_out_of_the_mention(text: str, mention: str) -> None:
    q = _only(text)
    assert q.kind == "indirect"
    assert q.text == "the plan would fail"
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_coordinated_names_with_both_keep_both_speakers() -> None:
    q = _only("Ann Lee and Tom Reed both said the plan would fail.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ann Lee and Tom Reed"
    assert [e.name for e in q.speakers] == ["Ann Lee", "Tom Reed"]


def test_a_quantifier_alone_is_the_subject() -> None:
    # nothing before "Both": it is the subject itself, not a word to step over
    q = _only("Both said the plan would fail.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Both"


def test_a_quantifier_after_a_preposition_is_left_alone() -> None:
    # "at all" ends no subject: the speaker is the name after the quote's cue
    q = _only('"Not at all," said Ann Lee.')
    assert q.speaker is not None and q.speaker.name == "Ann Lee"
