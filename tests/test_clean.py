"""Tests for quotetrack.clean: junk removal with offsets that point into the original text."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from strategies import news_text

from quotetrack.clean import (
    SUBSTITUTIONS,
    CleanText,
    _clean_chars,
    _plain_text_marks,
    char_ref,
    clean_span,
    clean_text,
)


def sub(ch: str) -> str:
    """The character the cleaner puts in place of a kept original character."""
    return SUBSTITUTIONS.get(ch, ch)


def image(orig: str, p: int) -> str:
    """The character the cleaner puts in place of the kept original character at ``p``: a
    character reference's "&" becomes the character it stands for."""
    ch = orig[p]
    if ch == "&":
        ch = char_ref(orig, p) or ch
    return sub(ch)


def same(img: str, ch: str) -> bool:
    """Whether a cleaned character is the image of its original one: that image, or a space
    for a newline inside a hard-wrapped paragraph (stage 3)."""
    return img == ch or (img == "\n" and ch == " ")


def same_text(imgs: str, text: str) -> bool:
    """:func:`same` for every character of two strings of one length."""
    return len(imgs) == len(text) and all(map(same, imgs, text))


def plain_text_changes(raw: str) -> bool:
    """Whether stage 3 (wrapped lines, line-break hyphens, Markdown marks) changes ``raw``:
    whether it is read as a whole, so a part cleaned alone may read otherwise."""
    return _plain_text_marks(_clean_chars(raw)[0]) != ([], [])


def check_invariants(ct: CleanText) -> None:
    """Assert every structural invariant that clean_text guarantees for any input."""
    orig, text = ct.original, ct.text
    # removed: sorted, disjoint, non-adjacent, non-empty, inside the original.
    prev_end = -1
    for a, b in ct.removed:
        assert 0 <= a < b <= len(orig)
        assert a > prev_end
        prev_end = b
    # text == original minus removed spans, with one-for-one substitutions.
    kept = []
    prev = 0
    for a, b in ct.removed:
        kept.extend(range(prev, a))
        prev = b
    kept.extend(range(prev, len(orig)))
    assert same_text("".join(image(orig, p) for p in kept), text)
    # to_original: strictly increasing on characters, end maps to end.
    last = -1
    for i in range(len(text)):
        o = ct.to_original(i)
        assert last < o < len(orig)
        assert same(image(orig, o), text[i])
        assert ct.to_cleaned(o) == i
        last = o
    assert ct.to_original(len(text)) == len(orig)
    assert ct.to_cleaned(len(orig)) == len(text)
    # to_cleaned: non-decreasing; a removed position maps to where the junk was.
    got = [ct.to_cleaned(p) for p in range(len(orig) + 1)]
    assert got == sorted(got)
    for a, b in ct.removed:
        assert all(ct.to_cleaned(p) == ct.to_cleaned(b) for p in range(a, b))
    assert ct.changed == (text != orig)


def local_clean(ct: CleanText, s: int, e: int) -> str:
    """Apply exactly the removals and substitutions that fall inside original[s:e]."""
    dead = set()
    for a, b in ct.removed:
        dead.update(range(max(a, s), min(b, e)))
    return "".join(image(ct.original, p) for p in range(s, e) if p not in dead)


def line_bounds(text: str) -> tuple[list[int], list[int]]:
    """Start and end indexes of the lines of text."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    ends = [i for i, c in enumerate(text) if c == "\n"] + [len(text)]
    return starts, ends


# --- hover cards -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned", "name"),
    [
        (
            "Secretary of State Jane DoeJane DoeDoe blasts rivals over budget Five "
            "takeaways from the hearing MORE on Tuesday ruled out a deal.",
            "Secretary of State Jane Doe on Tuesday ruled out a deal.",
            "Jane Doe",
        ),
        (
            "“The truth is President SmithJohn SmithSmith signs order on tariffs Poll: "
            "voters sour on trade deal 'We will see' MORE only wants a deal,” she said.",
            "“The truth is President Smith only wants a deal,” she said.",
            "President Smith",
        ),
        (
            "Doe told The Post's Tom MillerThomas (Tom) MillerMiller hints at exit The "
            "Morning Report - Markets rally on jobs data MORE.",
            "Doe told The Post's Tom Miller.",
            "Tom Miller",
        ),
        (
            "The talks between Lee and Park Chung HeePark Chung HeeSeoul diplomats leave "
            "port by ferry Unrest grows in the capital MORE that ended last year failed.",
            "The talks between Lee and Park Chung Hee that ended last year failed.",
            "Park Chung Hee",
        ),
        (
            "Rep. Beto O'RourkeBeto O'RourkeO'Rourke to run again MORE, a Democrat, spoke.",
            "Rep. Beto O'Rourke, a Democrat, spoke.",
            "Beto O'Rourke",
        ),
        (
            "Commission chief Ursula von der LeyenUrsula von der LeyenEU unveils plan MORE said.",
            "Commission chief Ursula von der Leyen said.",
            "Ursula von der Leyen",
        ),
    ],
)
def test_hover_card_removed_and_name_maps_back(raw: str, cleaned: str, name: str) -> None:
    """A hover card glued to a name is removed and the name's span maps to the original name."""
    ct = clean_text(raw)
    assert ct.text == cleaned
    start = ct.text.index(name)
    s, e = ct.span_to_original(start, start + len(name))
    assert raw[s:e] == name
    assert raw.index(name) == s
    check_invariants(ct)


def test_hover_card_span_across_card_maps_to_whole_card() -> None:
    """A cleaned span around a removed card maps to an original span holding the whole card."""
    raw = "Senator Jane DoeJane DoeDoe blasts rivals MORE said on Monday that taxes rise."
    ct = clean_text(raw)
    assert ct.text == "Senator Jane Doe said on Monday that taxes rise."
    start = ct.text.index("Doe said")
    s, e = ct.span_to_original(start, start + len("Doe said"))
    assert raw[s:e] == "DoeJane DoeDoe blasts rivals MORE said"
    assert clean_text(raw[s:e]).text == "Doe said"
    card = raw.index("Jane DoeDoe")
    assert ct.removed == ((card, raw.index(" said")),)
    # Any position inside the card maps to where the card was: just after "Doe".
    assert {ct.to_cleaned(p) for p in range(card, raw.index(" said"))} == {start + 3}


def test_two_hover_cards_in_one_paragraph() -> None:
    """Several cards in one paragraph are each removed, and only the cards."""
    raw = (
        "Senator Ann LeeAnn LeeLee sets vote Budget fight looms MORE and Governor Raj "
        "PatelRaj PatelPatel signs bill Storm hits coast MORE met on Friday."
    )
    assert clean_span(raw) == "Senator Ann Lee and Governor Raj Patel met on Friday."


def test_hover_card_with_odd_spaces_and_line_endings() -> None:
    """Cards are found after character cleaning (nbsp before MORE, CRLF paragraphs)."""
    raw = "Intro.\r\n\r\nSenator Jane DoeJane DoeDoe blasts rivals\u00a0MORE said.\r\n"
    ct = clean_text(raw)
    assert ct.text == "Intro.\n\nSenator Jane Doe said.\n"
    check_invariants(ct)


def test_hover_card_spacing_before_punctuation_and_line_end() -> None:
    """Extra spaces after MORE collapse to one, or to none before punctuation or a line end."""
    assert clean_span("Ask Jane DoeJane DoeDoe wins MORE   now.") == "Ask Jane Doe now."
    assert clean_span("Ask Jane DoeJane DoeDoe wins MORE  .") == "Ask Jane Doe."
    assert clean_span("Ask Jane DoeJane DoeDoe wins MORE \nNext") == "Ask Jane Doe\nNext"
    assert clean_span("Ask Jane DoeJane DoeDoe wins MORE") == "Ask Jane Doe"


@pytest.mark.parametrize(
    "raw",
    [
        "Lawmakers want MORE money for schools, Doe said.",
        "Voters should READ MORE of the budget, Doe said.",  # no link line: no colon
        "The McDonald's CEO said JavaScript developers and iPhone users want MORE pay.",
        "LeBron James and Ron DeSantis said they need MORE time.",
        "NASA and the FBI want MORE data, said McCarthy.",
        # A glued name and a card title, but no teaser glued to the title.
        "Jane DoeJane Doe said she wants MORE money.",
        # A card-like run that crosses a paragraph break is left alone.
        "Senator Jane DoeJane DoeDoe blasts rivals.\n\nThe group wants MORE cash.",
        # The title does not end with the glued name.
        "Senator Jane DoeMark SmithSmith blasts rivals MORE said.",
        # Lower-case title.
        "Senator Jane Doejane doeDoe blasts rivals MORE said.",
    ],
)
def test_prose_with_more_or_camel_case_is_untouched(raw: str) -> None:
    """Prose with MORE, camelCase words or near-miss cards is returned unchanged."""
    ct = clean_text(raw)
    assert ct.text == raw
    assert not ct.changed
    assert ct.removed == ()


def test_hover_card_longer_than_bound_is_kept() -> None:
    """A card-like run longer than the length bound (~800 characters) is not removed."""
    raw = "Senator Jane DoeJane DoeDoe " + "blasts rivals " * 60 + "MORE said."
    assert clean_span(raw) == raw
    raw = "Senator Jane DoeJane DoeDoe " + "blasts rivals " * 20 + "MORE said."
    assert clean_span(raw) == "Senator Jane Doe said."


# --- character cleaning ------------------------------------------------------------


def test_unicode_spaces_become_plain_spaces_one_for_one() -> None:
    """nbsp and the other Unicode spaces become ' ' without changing any offset."""
    spaces = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
    raw = "a" + "b".join(spaces) + "c"
    ct = clean_text(raw)
    assert ct.text == raw.translate({ord(c): " " for c in spaces})
    assert len(ct.text) == len(raw)
    assert all(ct.to_original(i) == i for i in range(len(raw) + 1))
    assert ct.removed == ()
    assert ct.changed


def test_zero_width_and_soft_hyphen_removed() -> None:
    """Zero-width characters and soft hyphens are deleted and reported in ``removed``."""
    raw = "Pom\u00adpeo\u200b said\u200c\u200d \u2060it\ufeff."
    ct = clean_text(raw)
    assert ct.text == "Pompeo said it."
    assert ct.removed == ((3, 4), (7, 8), (13, 15), (16, 17), (19, 20))
    s, e = ct.span_to_original(0, 6)
    assert raw[s:e] == "Pom\u00adpeo"
    check_invariants(ct)


def test_crlf_and_lone_cr() -> None:
    """'\\r\\n' becomes '\\n' by dropping the '\\r'; a lone '\\r' becomes '\\n' in place."""
    ct = clean_text("one\r\ntwo\rthree\r\r\nfour\r")
    assert ct.text == "one\ntwo\nthree\n\nfour\n"
    assert ct.removed == ((3, 4), (15, 16))
    assert ct.to_original(ct.text.index("two")) == 5
    assert ct.to_original(ct.text.index("three")) == 9
    check_invariants(ct)


def test_control_characters_become_spaces() -> None:
    """NUL, other C0 controls, DEL and C1 controls become spaces; tab and newline stay."""
    raw = "a\x00b\x01c\x1fd\x7fe\x85f\x9fg\th\ni\x0bj\x0ck"
    ct = clean_text(raw)
    assert ct.text == "a b c d e f g\th\ni j k"
    assert len(ct.text) == len(raw)
    check_invariants(ct)


# --- photo credits -----------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "© Getty Images",
        "©Getty Images",
        "Photo: John Smith/AP",
        "(AP Photo/Evan Vucci)",
        "Getty Images",
        "Image copyright Reuters",
        "Image copyright Getty Images",
        "Photograph: Evan Vucci/AP",
        "Photo by Chip Somodevilla/Getty Images",
        "AFP via Getty Images",
        "Evan Vucci/AP",
        "  Reuters/Kevin Lamarque  ",
        "(Photo: Reuters)",
        "Credit: Jane Roe",
    ],
)
def test_photo_credit_line_blanked_keeping_paragraphs(credit: str) -> None:
    """A line that is only a photo credit is emptied; its newlines (paragraphs) stay."""
    raw = f"Pompeo downplays summit\n{credit}\n\nSecretary of State Mike Pompeo said."
    ct = clean_text(raw)
    assert ct.text == "Pompeo downplays summit\n\n\nSecretary of State Mike Pompeo said."
    start = raw.index(credit)
    assert ct.removed == ((start, start + len(credit)),)
    check_invariants(ct)


def test_photo_credit_at_text_start_and_end() -> None:
    """Credit lines at the very start or end of the text are removed too."""
    assert clean_span("© Getty Images\nBody text.") == "\nBody text."
    assert clean_span("Body text.\r\nPhoto: John Smith/AP") == "Body text.\n"
    assert clean_span("Getty Images") == ""


@pytest.mark.parametrize(
    "line",
    [
        "Getty Images said on Monday it would cut 100 jobs.",
        "Reuters reported earlier this month.",
        "Reuters Reports Profit Rise",
        "Photo: the president greets supporters at the rally in Ohio.",
        "Images of War",
        "Photos show the damage from the storm.",
        "The AP Stylebook changed its guidance on Monday.",
        "“© is a symbol,” she said, “and so is ®.”",
        "Doe said the ruling was “a disgrace/travesty.”",
        "John Smith/Jane Roe",
    ],
)
def test_prose_lines_mentioning_credits_are_kept(line: str) -> None:
    """Lines of real prose that mention agencies or photos are not treated as credits."""
    raw = f"First line.\n{line}\nLast line."
    assert clean_span(raw) == raw


# --- API -----------------------------------------------------------------------------


def test_identity_fast_path() -> None:
    """Clean text comes back as the same string with an identity map."""
    raw = "“We will win,” Jane Doe said on Tuesday.\n\nShe left.\tDone."
    ct = clean_text(raw)
    assert ct.text is raw
    assert not ct.changed
    assert ct.removed == ()
    assert all(ct.to_original(i) == i == ct.to_cleaned(i) for i in range(len(raw) + 1))
    assert ct.span_to_original(3, 9) == (3, 9)
    assert ct == CleanText.identity(raw)


def test_empty_and_all_junk_texts() -> None:
    """Empty text and text that is entirely junk give an empty cleaned text with sane maps."""
    ct = clean_text("")
    assert (ct.text, ct.removed, ct.changed) == ("", (), False)
    assert ct.to_original(0) == 0 and ct.to_cleaned(0) == 0
    ct = clean_text("\u200b\ufeff\u00ad")
    assert ct.text == ""
    assert ct.removed == ((0, 3),)
    assert ct.to_original(0) == 3
    assert [ct.to_cleaned(p) for p in range(4)] == [0, 0, 0, 0]
    assert ct.span_to_original(0, 0) == (3, 3)
    check_invariants(ct)


def test_span_to_original_edges() -> None:
    """Empty spans map to empty spans; junk at span edges is left out, junk inside kept."""
    raw = "\u200bab\u200bcd\u200b"
    ct = clean_text(raw)
    assert ct.text == "abcd"
    assert ct.span_to_original(0, 4) == (1, 6)
    assert ct.span_to_original(1, 3) == (2, 5)
    assert ct.span_to_original(2, 2) == (4, 4)
    assert ct.span_to_original(4, 4) == (7, 7)
    assert ct.span_to_original(3, 1) == (5, 5)


def test_out_of_range_positions_are_clamped() -> None:
    """Positions outside the texts are clamped instead of raising."""
    ct = clean_text("a\u200bb")
    assert ct.to_original(-5) == 0
    assert ct.to_original(99) == 3
    assert ct.to_cleaned(-1) == 0
    assert ct.to_cleaned(99) == 2
    assert ct.span_to_original(-3, 99) == (0, 3)


def test_non_str_input_is_a_type_error() -> None:
    """clean_text accepts only str."""
    with pytest.raises(TypeError):
        clean_text(b"bytes")  # type: ignore[arg-type]


def test_seed_style_paragraph() -> None:
    """A short article in the seed's style loses its credit line and cards, nothing else."""
    raw = (
        "Doe downplays chance of deal\n"
        "© Getty Images\n"
        "\n"
        "Senator Jane DoeJane DoeDoe blasts rivals over budget Poll: voters sour MORE on "
        "Monday said the talks with Governor Raj PatelRaj PatelPatel signs bill MORE stalled.\r\n"
        "\r\n"
        "“We want MORE time,” Doe said.\u00a0\n"
    )
    ct = clean_text(raw)
    assert ct.text == (
        "Doe downplays chance of deal\n"
        "\n"
        "\n"
        "Senator Jane Doe on Monday said the talks with Governor Raj Patel stalled.\n"
        "\n"
        "“We want MORE time,” Doe said. \n"
    )
    i = ct.text.index("Raj Patel")
    s, e = ct.span_to_original(i, i + len("Raj Patel"))
    assert raw[s:e] == "Raj Patel"
    check_invariants(ct)


# --- properties ------------------------------------------------------------------------

# Characters that can never form a hover card or a credit line (no capitals, no "i",
# no brackets, no "/", no "©"), mixed with every kind of character-level junk.
char_level_text = st.lists(
    st.sampled_from(
        list("abcdeghjklnopqrstuvwxyz0123456789 .,;:'\"-!?\n\t")
        + ["é", "ß", "日", "🙂", "\u0301"]
        + list("\u00a0\u2003\u3000\u200b\u200d\ufeff\u00ad\r\x00\x01\x7f\x85\x9f\u2028")
        + ["\r\n"]
        + ["&quot;", "&#8220;", "&#x201D;", "&amp;", "&nbsp;", "&#8203;", "&shy;", "&#1;",
           "&foo;", "&", ";", "#", "&#", "&am"]
    ),
    max_size=60,
).map("".join)

any_text = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(exclude_categories=()), max_size=40),  # lone surrogates too
    news_text,
)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_invariants_hold_for_any_text(raw: str) -> None:
    """For any str: no exception, and the map is exact (see check_invariants)."""
    check_invariants(clean_text(raw))


@settings(max_examples=300, deadline=None)
@given(any_text, st.data())
def test_span_to_original_is_exact_for_any_span(raw: str, data: st.DataObject) -> None:
    """original[s:e] minus the removed junk inside it, substituted, is text[start:end]."""
    ct = clean_text(raw)
    n = len(ct.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = ct.span_to_original(start, end)
    assert 0 <= s <= e <= len(raw)
    assert same_text(local_clean(ct, s, e), ct.text[start:end])
    if start == end:
        assert s == e
    else:
        assert ct.to_cleaned(s) == start
        assert same(image(raw, s), ct.text[start])
        last = ct.to_original(end - 1)  # a reference ends the span whole
        assert same(image(raw, last), ct.text[end - 1])
        assert e == last + 1 or (char_ref(raw, last) is not None and raw[e - 1] == ";"
                                 and ";" not in raw[last:e - 1])


@settings(max_examples=300, deadline=None)
@given(char_level_text, st.data())
def test_reclean_round_trip_for_character_level_junk(raw: str, data: st.DataObject) -> None:
    """With only character-level junk, cleaning original[s:e] alone gives text[start:end]
    (not when stage 3 reads the text as a whole: "a-\\nb" is one word, "a-" alone not)."""
    assume(not plain_text_changes(raw))
    ct = clean_text(raw)
    n = len(ct.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = ct.span_to_original(start, end)
    assert clean_span(raw[s:e]) == ct.text[start:end]


@settings(max_examples=300, deadline=None)
@given(any_text, st.data())
def test_reclean_round_trip_for_whole_lines(raw: str, data: st.DataObject) -> None:
    """For any text, cleaning the original of a run of whole cleaned lines gives those lines
    (unless stage 3 read the text as a whole)."""
    assume(not plain_text_changes(raw))
    ct = clean_text(raw)
    starts, ends = line_bounds(ct.text)
    i = data.draw(st.integers(0, len(starts) - 1))
    j = data.draw(st.integers(i, len(ends) - 1))
    start, end = starts[i], ends[j]
    s, e = ct.span_to_original(start, end)
    assert clean_span(raw[s:e]) == ct.text[start:end]


# --- speed -------------------------------------------------------------------------------


def test_one_megabyte_without_spaces_is_fast() -> None:
    """1 MB of text with no spaces (and glued capitals) cleans in well under 2 s of CPU."""
    raw = "aBcDeFgHiJ" * 100_000
    t0 = time.process_time()
    ct = clean_text(raw)
    assert time.process_time() - t0 < 2.0
    assert ct.text == raw


def test_one_megabyte_paragraph_with_cards_is_fast() -> None:
    """A 1 MB single paragraph full of cards, junk and MORE cleans in well under 2 s."""
    unit = (
        "Senator Jane DoeJane DoeDoe blasts rivals MORE said the McDonald\u00a0plan "
        "wants MORE\u200b money. "
    )
    raw = unit * (1_000_000 // len(unit))
    t0 = time.process_time()
    ct = clean_text(raw)
    assert time.process_time() - t0 < 2.0
    assert ct.text.startswith("Senator Jane Doe said the McDonald plan wants MORE money. Senator")
