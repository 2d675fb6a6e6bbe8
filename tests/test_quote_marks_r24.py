"""Quote-mark pairing on unbalanced and doubled-up marks (round 24).

Causes fixed: an inch sign after feet (``6’2”``) read as a closing mark; a straight quote
that lost its closer before a mid-sentence frame ('"A, she said, "b."'); a straight quote
nested in a straight one ('"If he says, "I want ten," be wary."'); a stray closer at a
paragraph's end after a lead-in ('she added, the plan failed.”'); and a stray closer in a
transcript turn ('A: ... we lost.” Then ...') that made the whole turn, label included, a
quote.  Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_properties import check_result

import quotetrack
from quotetrack.quotes import QuoteSpan, find_quotes

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def spans(text: str, *, nested: bool = False) -> list[str]:
    """The text of each quote span find_quotes returns."""
    return [text[s.start:s.end] for s in find_quotes(text, nested=nested)]


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quoted text, speaker name) of each direct or mixed quote, on the default path."""
    result = quotetrack.extract(text)
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
    return [(q.kind, q.text, q.speaker.name if q.speaker is not None else None)
            for q in result.quotes if q.kind != "indirect"]


# -- inch signs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“He’s taller than me, he’s like 6’2”, and faster,” Dana Whitfield said.",
         ["“He’s taller than me, he’s like 6’2”, and faster,”"]),
        ('"She is 5\'10" and a fine point guard," coach Raul Ortiz said.',
         ['"She is 5\'10" and a fine point guard,"']),
        ("“Look at him, he’s 5’9”. And he still dunks.” The crowd roared.",
         ["“Look at him, he’s 5’9”. And he still dunks.”"]),
    ],
)
def test_inch_sign_after_feet_is_no_closer(text: str, expected: list[str]) -> None:
    """A double mark after feet and inches (``6’2”``) is the inch sign: the quote goes on."""
    assert spans(text) == expected


def test_inch_quote_keeps_its_speaker() -> None:
    """The whole quote around the inch sign is direct and keeps the speaker after it."""
    text = "“He’s like 6’2”, and I’m not,” Dana Whitfield said."
    assert found(text) == [("direct", "“He’s like 6’2”, and I’m not,”", "Dana Whitfield")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closer after a number that is no feet-and-inches still closes
        ("“Give me 10” tickets, Whitfield told the clerk.", ["“Give me 10”"]),
        ('"The score was 3-2" at the half, Ortiz said.', ['"The score was 3-2"']),
        ("“It was the ’90s,” she said.", ["“It was the ’90s,”"]),
        ("He called it “the 1990’s 2”.", ["“the 1990’s 2”"]),
    ],
)
def test_closers_after_other_numbers_still_close(text: str, expected: list[str]) -> None:
    """Near misses: only digits, an apostrophe and one or two digits make an inch sign."""
    assert spans(text) == expected


# -- straight quotes around a frame --------------------------------------------------------


def test_straight_quote_lost_its_closer_before_a_mid_sentence_frame() -> None:
    """'"A, she said, "b."': the first quote ends at its frame, the second opens anew
    (as the curly marks already did), and both are the mayor's."""
    text = '"We need more buses, Mayor Ellen Park said, "and a lot more drivers."'
    assert spans(text) == ['"We need more buses,', '"and a lot more drivers."']
    quotes = find_quotes(text)
    assert quotes[0].close_mark == "" and quotes[1].close_mark == '"'
    assert [(kind, speaker) for kind, _, speaker in found(text)] == [
        ("direct", "Ellen Park"), ("mixed", "Ellen Park")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # properly closed: unchanged
        ('"We need more buses," Mayor Ellen Park said, "and more drivers."',
         ['"We need more buses,"', '"and more drivers."']),
        # no frame before the comma: the quote is not ended there (the inner pair nests)
        ('"We need buses, trains, "and" more," Park said.',
         ['"We need buses, trains, "and" more,"']),
    ],
)
def test_straight_frame_near_misses(text: str, expected: list[str]) -> None:
    """Near misses of the mid-sentence frame rule."""
    assert spans(text) == expected


def test_frame_must_end_right_before_the_new_opener() -> None:
    """A sentence ends between the frame and the mark: the quote is not ended at that frame."""
    text = '"We need buses, Park said. Later, "fine."'
    assert all(s.close_mark != "" for s in find_quotes(text, nested=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"If a man walks in and says, "I want ten rifles," you should be wary," '
         "Senator Tom Briggs said.",
         ['"If a man walks in and says, "I want ten rifles," you should be wary,"',
          '"I want ten rifles,"']),
        ('Lena Ruiz tweeted, "Witnesses say the driver yelled "Stop!" before the crash." '
         "Officials did not confirm it.",
         ['"Witnesses say the driver yelled "Stop!" before the crash."', '"Stop!"']),
    ],
)
def test_straight_quote_nested_in_a_straight_quote(text: str, expected: list[str]) -> None:
    """A straight opener after a space inside an open straight quote, with two closers after
    it, opens a nested quote: the outer quote is no longer cut at it."""
    assert spans(text, nested=True) == expected


def test_nested_straight_quote_keeps_the_outer_speaker() -> None:
    text = ('"If a man walks in and says, "I want ten rifles," you should be wary," '
            "Senator Tom Briggs said.")
    assert found(text) == [
        ("direct", '"If a man walks in and says, "I want ten rifles," you should be wary,"',
         "Tom Briggs")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closer glued to the next word still closes ('...,"Doe said')
        ('"We won,"Ann Doe said. "We will win again."', ['"We won,"', '"We will win again."']),
        # only one closer follows: a new sentence's quote, as before
        ('"We won. "They lost."', ['"They lost."']),
    ],
)
def test_nested_straight_near_misses(text: str, expected: list[str]) -> None:
    """Near misses of the nested straight quote rule."""
    assert spans(text) == expected


# -- stray closers -------------------------------------------------------------------------


def test_stray_closer_at_paragraph_end_after_a_lead_in() -> None:
    """'she added, the plan is a failure.”' at a paragraph's end: the quote lost its opening
    mark after the lead-in; it starts there and is hers."""
    text = ("Senator Ann Cole spoke to the crowd in Dayton.\n\n"
            "Listing the closures, she added, the plan is a failure.”\n\nShe left.")
    assert spans(text) == ["the plan is a failure.”"]
    assert find_quotes(text)[0].open_mark == ""
    assert found(text) == [("mixed", "the plan is a failure.”", "Ann Cole")]


def test_lead_in_quote_on_a_line_of_its_own() -> None:
    text = "Senator Ann Cole spoke in Dayton. She added, the plan is a failure.”"
    assert found(text) == [("direct", "the plan is a failure.”", "Ann Cole")]


@pytest.mark.parametrize(
    "text",
    [
        # no lead-in: still the tail of a quote a line break cut off
        "“We will keep the mill open and\nwe will keep hiring.”",
        "and we will keep hiring.”",
        # a reporting verb that is no lead-in (no comma or colon after it)
        "The mayor said the mill will stay open.”",
    ],
)
def test_stray_closer_at_paragraph_end_without_a_lead_in_is_ignored(text: str) -> None:
    assert "we will keep hiring.”" not in spans(text)
    assert all(s.open_mark for s in find_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Q: Did the vote surprise you?\n\nA: It did. We had the numbers. We lost anyway.” "
        "Then we regrouped and went home.",
        "MR. BRIGGS: We had the votes.” That was the end of it.",
        "Q: Are you running?” We asked him twice.",
    ],
)
def test_stray_closer_in_a_transcript_turn_makes_no_quote(text: str) -> None:
    """'A: ... we lost.” Then ...': a transcript turn is no quote that lost its opener; its
    label and words are not quoted."""
    assert find_quotes(text) == []
    assert found(text) == []


def test_stray_closer_in_a_transcript_turn_after_a_lead_in() -> None:
    """Inside a turn, a quote that lost its opener after a lead-in starts there."""
    text = "A: It did. My staff say, we had the numbers.” Then we regrouped."
    assert spans(text) == ["we had the numbers.”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a label: a sentence before the colon
        ("The mayor was blunt: We had the numbers,” Doe said.",
         ["The mayor was blunt: We had the numbers,”"]),
        # no label: recovered from the paragraph's start as before
        ("We had the numbers,” Senator Tom Briggs said.", ["We had the numbers,”"]),
        # a label before a framed quote that lost its opener: the quote starts after it
        ("UPDATE: We will appeal,” the mayor said.", ["We will appeal,”"]),
        # a label before a quote that has its marks
        ("A: He told me, “We had the numbers.” Then he left.", ["“We had the numbers.”"]),
    ],
)
def test_transcript_near_misses(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


# -- properties ----------------------------------------------------------------------------

PIECES = st.sampled_from([
    '"', "“", "”", "'", "’", "‘", "''", " ", " ", "\n", "\n\n", ",", ".", "!", ":",
    "6", "2", "10", "’2", "'10", "5’", " he said", " she added,", " say,", " Doe", " we won",
    " Park said,", "Q:", "A:", " MR. DOE:", " and left", " I want ten", " Stop!", " tall",
])
MARK_SOUP = st.lists(PIECES, max_size=40).map("".join)


def _check(text: str, found_spans: list[QuoteSpan]) -> None:
    for s in found_spans:
        assert 0 <= s.start <= s.content_start < s.content_end <= s.end <= len(text)
        assert text[s.content_start:s.content_end].strip()
        assert not any(b in text[s.start:s.end] for b in LINE_BREAKS)
        if s.open_mark:
            assert text.startswith(s.open_mark, s.start)
        if s.close_mark:
            assert text[s.end - len(s.close_mark):s.end] == s.close_mark


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARK_SOUP)
@example('"If he says, "I want ten," be wary," Doe said.')
@example('"A, Park said, "b."')
@example("A: we won.” Then")
@example("she added, we won.”")
@example("he’s 6’2”.”")
@example('"5\'10"')
@example('"“, he said,"')  # a quote closed inside an unclosed one: no frame cut before it ends
def test_property_pairing_never_raises_and_spans_stay_in_place(text: str) -> None:
    """On untrusted mixes of the marks these rules read, find_quotes never raises; spans lie
    inside the text on one line, start and end at their marks, top-level spans never overlap,
    nested spans nest, an inch sign never ends a span, and extract keeps its guarantees."""
    top = find_quotes(text)
    _check(text, top)
    for a, b in zip(top, top[1:], strict=False):
        assert a.end <= b.start
    everything = find_quotes(text, nested=True)
    _check(text, everything)
    open_spans: list[QuoteSpan] = []
    for s in everything:
        while open_spans and open_spans[-1].end <= s.start:
            open_spans.pop()
        assert s.depth == len(open_spans)
        if open_spans:
            assert s.end <= open_spans[-1].end
        open_spans.append(s)
    for s in everything:
        if s.close_mark in ('"', "”"):
            before = text[max(0, s.end - 5):s.end - 1]
            assert not (len(before) >= 3 and before[-1].isdigit() and
                        (before[-2] in "’'" and before[-3].isdigit() or
                         before[-2].isdigit() and before[-3] in "’'" and
                         len(before) >= 4 and before[-4].isdigit())), text
    check_result(text)
