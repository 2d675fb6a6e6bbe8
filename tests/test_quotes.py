"""Tests for quotetrack.quotes: finding quoted spans in news text."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrack.quotes import QuoteSpan, find_quotes, is_double, multi_paragraph_groups

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
QUOTE_CHARS = "\"'‘’‚“”„«»‹›"
OPENING_CHARS = QUOTE_CHARS + "`"  # two backticks open like “


def contents(text: str, *, nested: bool = False) -> list[str]:
    """The quoted contents (marks stripped) that find_quotes reports."""
    return [text[s.content_start : s.content_end] for s in find_quotes(text, nested=nested)]


# ---------------------------------------------------------------------------
# Examples: (text, expected top-level quoted contents)

MARKS = [
    ('She said "we will win" on Monday.', ["we will win"]),
    ('"Yes," he said. "No."', ["Yes,", "No."]),
    ("The mayor called it “a disaster” on Monday.", ["a disaster"]),
    ("Er sagte „wir gewinnen“ gestern.", ["wir gewinnen"]),
    ("„Closed by a right mark” too.", ["Closed by a right mark"]),
    ("Il a dit «nous gagnerons» hier.", ["nous gagnerons"]),
    ("Il a dit « nous gagnerons » hier.", [" nous gagnerons "]),
    ("Er sagte »wir gewinnen« gestern.", ["wir gewinnen"]),
    ("Er sagte ‹ja› und ›nein‹ dann.", ["ja", "nein"]),
    ("Mayor Says Budget Is ‘in Good Shape.’", ["in Good Shape."]),
    ("Voters Say It’s ‘Time for a Change’", ["Time for a Change"]),
    ("Senator's 'Big Plan' Stalls Again", ["Big Plan"]),
    ("''We are told, 'it is special,''' Mr. Smith said.", ["We are told, 'it is special,'"]),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_quote_marks(text: str, expected: list[str]) -> None:
    """Each kind of quotation mark pairs with its closing counterpart."""
    assert contents(text) == expected


NESTED = [
    (
        "“He told me, ‘Go home,’ and I did,” she said.",
        ["He told me, ‘Go home,’ and I did,"],
        ["He told me, ‘Go home,’ and I did,", "Go home,"],
    ),
    (
        "\"He said 'no' twice\" she said.",
        ["He said 'no' twice"],
        ["He said 'no' twice", "no"],
    ),
    (
        "“They call it ‘the voters’ choice,’ he said,” she added.",
        ["They call it ‘the voters’ choice,’ he said,"],
        ["They call it ‘the voters’ choice,’ he said,", "the voters’ choice,"],
    ),
    ('"I said \'stop" and left.', ["I said 'stop"], ["I said 'stop"]),
    (
        "“It’s the Joneses’ house,” he said.",
        ["It’s the Joneses’ house,"],
        ["It’s the Joneses’ house,"],
    ),
]


@pytest.mark.parametrize(("text", "top", "everything"), NESTED)
def test_nested_singles_stay_inside_doubles(
    text: str, top: list[str], everything: list[str]
) -> None:
    """Single quotes inside a double quote nest in it and never end it."""
    assert contents(text) == top
    assert contents(text, nested=True) == everything


def test_nested_depths() -> None:
    """nested=True reports inner quotes with depth counting the enclosing quotes."""
    text = "“One ‘two “three” two’ one”"
    spans = find_quotes(text, nested=True)
    assert [(text[s.content_start : s.content_end], s.depth) for s in spans] == [
        ("One ‘two “three” two’ one", 0),
        ("two “three” two", 1),
        ("three", 2),
    ]
    assert find_quotes(text) == [spans[0]]


APOSTROPHES = [
    ("It’s Clinton’s turn, and don't forget it.", []),
    ("Music from the '90s was loud, the ’80s louder.", []),
    ("They played rock 'n' roll and rock ’n’ roll all night.", []),
    ("The Joneses' house was sold.", []),
    ("The Joneses’ house was sold to the Smiths’ cousin.", []),
    ("We'll rock 'em 'til dawn, 'cause it's fun.", []),
    ("The Joneses' dog barked at the 'new' neighbours.", ["new"]),
    ("In the '90s, the 'new' economy boomed.", ["new"]),
    ("'The voters' choice was clear' today.", ["The voters' choice was clear"]),
    ("He is 6'2\" tall and 'strong' too.", ["strong"]),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes_are_not_quotes(text: str, expected: list[str]) -> None:
    """Apostrophes (contractions, possessives, elisions, inch marks) never open or close quotes."""
    assert contents(text) == expected


CUES = [
    ("“We won,” he said. “They lost.”", ["We won,", "They lost."]),
    ('"We won," he said, "and they lost."', ["We won,", "and they lost."]),
    ("“We won,” he said. ‘Fine,’ she replied.", ["We won,", "Fine,"]),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_cue_in_the_middle_splits_the_quote(text: str, expected: list[str]) -> None:
    """A speech cue between two quoted parts gives two separate spans."""
    assert contents(text) == expected


WRONG_WAY = [
    ("He said ”get out” and left.", ["get out"]),
    ("A “best in the world“ claim and “more”.", ["best in the world", "more"]),
    ("He tweeted ”No way“ today.", ["No way"]),
]


@pytest.mark.parametrize(("text", "expected"), WRONG_WAY)
def test_wrong_way_curly_marks_still_pair(text: str, expected: list[str]) -> None:
    """Curly marks the wrong way round pair when their neighbours make the role clear."""
    assert contents(text) == expected


UNBALANCED = [
    (
        "“We will fight on, she said.\nLater he said “yes” twice.",
        ["We will fight on,", "yes"],  # an unclosed quote ends before its frame
    ),
    ('a "b" c "d   \nThen "e" f.', ["b", "d", "e"]),
    ("A stray ” mark here.\n“Next paragraph,” he said.", ["Next paragraph,"]),
    ("A stray “ opener\nand “a quote” later.", [" opener", "a quote"]),
    ("He said 'maybe and left.\nShe said 'no' then.", ["no"]),
    ("We will win,” he said.\nShe said “no.”", ["We will win,", "no."]),
    ("He left.”\nShe said “no.”", ["no."]),
    ("He said ‘hi” and “bye”.\nNext “one”.", ["bye", "one"]),
]


@pytest.mark.parametrize(("text", "expected"), UNBALANCED)
def test_unbalanced_marks_recover_per_paragraph(text: str, expected: list[str]) -> None:
    """Unbalanced marks are recovered within their paragraph and later quotes are still found."""
    spans = find_quotes(text)
    assert contents(text) == expected
    assert not any(s.continued for s in spans)


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    """An unclosed opener spans to its paragraph end, trailing spaces excluded, close_mark None."""
    text = "He said “we will not stop   \nNext."
    (span,) = find_quotes(text)
    assert span == QuoteSpan(8, 25, "“", None)
    assert text[span.content_start : span.content_end] == "we will not stop"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe posted: “Time to vote. We can win.’ Doe was at the rally.",
         ["“Time to vote. We can win.’"]),
        ("Doe wrote “we won!' and left.", ["“we won!'"]),
        # a nested single quote that pairs keeps the double unclosed
        ("He said “they told me ‘no.’ and we left", ["“they told me ‘no.’ and we left"]),
        # the last words of the paragraph: a multi-paragraph quote, not a mistyped closer
        ("He said “we will not stop.’\n“Ever.”", ["“we will not stop.’", "“Ever.”"]),
        # two unclosed doubles: which one the mark would end is unclear
        ("“A “b.’ c d", ["“A “b.’ c d"]),
    ],
)
def test_single_mark_closes_a_lone_unclosed_double(text: str, expected: list[str]) -> None:
    """A single mark ending a sentence inside the paragraph's only unclosed double quote,
    with words after it, closes that quote ("“Let’s go.’ Doe said")."""
    assert [text[s.start:s.end] for s in find_quotes(text)] == expected


def test_recovered_quote_has_no_open_mark() -> None:
    """A paragraph-initial stray closer followed by a cue is recovered from the paragraph start."""
    text = "Intro.\n  We will win,” he said."
    (span,) = find_quotes(text)
    assert span.open_mark == ""
    assert span.start == 9
    assert text[span.start : span.end] == "We will win,”"


def test_odd_straight_quotes_pair_left_to_right() -> None:
    """An odd number of straight quotes pairs left to right; the last one is unclosed."""
    text = 'He said "one" and "two" and "three'
    spans = find_quotes(text)
    assert [text[s.content_start : s.content_end] for s in spans] == ["one", "two", "three"]
    assert [s.close_mark for s in spans] == ['"', '"', None]


def test_empty_quotes_are_skipped() -> None:
    """Empty or whitespace-only quotes are not reported."""
    assert find_quotes('He said "" and “ ” and «  » then.') == []


# ---------------------------------------------------------------------------
# Multi-paragraph quotes

def test_two_paragraph_quote() -> None:
    """An unclosed quote followed by a paragraph opening with a mark is continued."""
    text = "“We will win this race.\n\n“And then we will govern,” she said."
    spans = find_quotes(text)
    assert contents(text) == ["We will win this race.", "And then we will govern,"]
    assert [s.continued for s in spans] == [True, False]
    assert [s.close_mark for s in spans] == [None, "”"]
    assert multi_paragraph_groups(spans) == [spans]


def test_three_paragraph_quote_and_single_spans() -> None:
    """Chains of three paragraphs are one group; other quotes are groups of one."""
    text = (
        'He said "hi" first.\n'
        '"One paragraph.\n'
        '  "Two paragraphs.\r\n'
        '"Three," he said.\n'
        'Then "bye" again.'
    )
    spans = find_quotes(text)
    assert contents(text) == ["hi", "One paragraph.", "Two paragraphs.", "Three,", "bye"]
    assert [s.continued for s in spans] == [False, True, True, False, False]
    groups = multi_paragraph_groups(spans)
    assert [[text[s.content_start : s.content_end] for s in g] for g in groups] == [
        ["hi"],
        ["One paragraph.", "Two paragraphs.", "Three,"],
        ["bye"],
    ]


def test_not_continued_without_opening_mark() -> None:
    """An unclosed quote is not continued when the next paragraph starts with plain text."""
    text = "“We will win.\nShe said “no” later."
    spans = find_quotes(text)
    assert [s.continued for s in spans] == [False, False]
    assert multi_paragraph_groups(spans) == [[spans[0]], [spans[1]]]


def test_groups_with_nested_spans() -> None:
    """multi_paragraph_groups keeps chains intact when nested spans are in the list."""
    text = "“He said ‘go’ now.\n“And ‘stay’,” she said."
    spans = find_quotes(text, nested=True)
    groups = multi_paragraph_groups(spans)
    assert [[s.depth for s in g] for g in groups] == [[0, 0], [1], [1]]


# ---------------------------------------------------------------------------
# Small API pieces

def test_is_double() -> None:
    """is_double tells double marks from single ones."""
    assert all(is_double(m) for m in ['"', "“", "”", "„", "«", "»", "''"])
    assert not any(is_double(m) for m in ["'", "‘", "’", "‹", "›", ""])


def test_content_offsets() -> None:
    """content_start/content_end exclude the marks, and the missing closer when unclosed."""
    closed = QuoteSpan(3, 10, "“", "”")
    assert (closed.content_start, closed.content_end) == (4, 9)
    unclosed = QuoteSpan(3, 10, "''", None)
    assert (unclosed.content_start, unclosed.content_end) == (5, 10)
    recovered = QuoteSpan(0, 10, "", "”")
    assert (recovered.content_start, recovered.content_end) == (0, 9)


# ---------------------------------------------------------------------------
# Property tests

FRAGMENTS = st.sampled_from(
    [
        "word", "We", "won", "said", "it's", "Joneses'", "'90s", "'n'", "don't",
        " ", " ", "  ", ",", ".", "!", "(", ")", "—", "-", "7",
        "\n", "\n\n", "\r\n", "\u2029",
        *QUOTE_CHARS, "''", "'''", "``", "‘‘", "’’",
    ]
)
TEXTS = st.one_of(st.lists(FRAGMENTS, max_size=60).map("".join), st.text(max_size=200))


def _check_span_invariants(text: str, spans: list[QuoteSpan]) -> None:
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start <= s.content_start < s.content_end <= s.end
        assert text[s.content_start : s.content_end].strip()
        if s.open_mark:
            assert text.startswith(s.open_mark, s.start)
            assert s.open_mark[0] in OPENING_CHARS
        if s.close_mark is not None:
            assert text[s.end - len(s.close_mark) : s.end] == s.close_mark
        else:
            # Unclosed: the span runs to the end of its paragraph.
            rest = text[s.end :]
            cut = min((rest.find(b) for b in LINE_BREAKS if b in rest), default=len(rest))
            assert not rest[:cut].strip()
        assert not any(b in text[s.start : s.end] for b in LINE_BREAKS)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_property_top_level_spans(text: str) -> None:
    """Top-level spans never raise, stay in bounds, in order, non-overlapping, on one paragraph."""
    spans = find_quotes(text)
    _check_span_invariants(text, spans)
    assert all(s.depth == 0 for s in spans)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_property_continued_only_before_opening_mark(text: str) -> None:
    """continued=True only when the next paragraph starts with the next span's opening mark."""
    spans = find_quotes(text)
    for k, s in enumerate(spans):
        if not s.continued:
            continue
        assert s.close_mark is None
        nxt = spans[k + 1]
        gap = text[s.end : nxt.start]
        assert not gap.strip() and any(b in gap for b in LINE_BREAKS)
        assert nxt.open_mark and text[nxt.start] in OPENING_CHARS
    assert [s for g in multi_paragraph_groups(spans) for s in g] == spans


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_property_nested_spans(text: str) -> None:
    """nested=True adds properly nested spans whose depth counts their enclosing spans."""
    everything = find_quotes(text, nested=True)
    _check_span_invariants(text, everything)
    assert [s for s in everything if s.depth == 0] == find_quotes(text)
    assert everything == sorted(everything, key=lambda s: (s.start, -s.end))
    open_spans: list[QuoteSpan] = []
    for s in everything:
        while open_spans and open_spans[-1].end <= s.start:
            open_spans.pop()
        assert s.depth == len(open_spans)
        if open_spans:
            assert s.end <= open_spans[-1].end
        open_spans.append(s)


# ---------------------------------------------------------------------------
# Scale

def _marks_and_words(size: int) -> str:
    rng = random.Random(1234)
    words = [" word", " said,", " it's", " the", " Joneses'", " votes.", " ", " "]
    pieces = [*QUOTE_CHARS, "''", "\n", *words * 3]
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(pieces)
        out.append(piece)
        total += len(piece)
    return "".join(out)[:size]


def test_one_megabyte_of_marks_and_words_is_fast() -> None:
    """1 MB of mixed quote marks and words is handled in about linear time (< 2 s)."""
    text = _marks_and_words(1_000_000)
    began = time.process_time()
    spans = find_quotes(text, nested=True)
    assert time.process_time() - began < 2.0
    assert spans


def test_ten_megabyte_paragraph() -> None:
    """A 10 MB single-paragraph article is scanned without error and finds every quote."""
    unit = "The senator said “we will win this” and then left the room again. "
    text = unit * (10_000_000 // len(unit))
    spans = find_quotes(text)
    assert len(spans) == text.count("“")


@pytest.mark.parametrize(
    "text",
    [
        "“a ‘b " * 1000 + "end",  # 2,000 unclosed openers in one paragraph
        "”" * 1000 + "’" * 1000,  # 2,000 stray closers
        QUOTE_CHARS * 20_000,  # nothing but quote marks
        "'" * 100_001,  # one long run of apostrophes
        "\n“" * 50_000,  # many one-mark paragraphs
    ],
    ids=["unclosed", "stray-closers", "all-marks", "apostrophe-run", "many-paragraphs"],
)
def test_pathological_inputs(text: str) -> None:
    """Degenerate inputs finish quickly and without exceptions."""
    began = time.process_time()
    spans = find_quotes(text, nested=True)
    assert time.process_time() - began < 5.0  # generous: these are mostly "no exception" checks
    _check_span_invariants(text, spans)


def test_ten_deep_nesting() -> None:
    """Quotes nested ten deep are all found with increasing depth."""
    text = "“a ‘b " * 5 + "core" + "’ b” a " * 5
    spans = find_quotes(text, nested=True)
    assert [s.depth for s in spans] == list(range(10))
    assert text[spans[-1].content_start : spans[-1].content_end] == "b core"
