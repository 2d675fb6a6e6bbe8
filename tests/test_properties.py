"""Property tests: quotetrack.extract never raises and its offsets always point into the input."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import attribution_frames, news_text, quote_soup

import quotetrack
from quotetrack.clean import SUBSTITUTIONS, char_ref, clean_text
from quotetrack.parse.rules import annotate
from quotetrack.pipeline import attribute_document

_REF_RE = re.compile(r"&[#0-9A-Za-z]+;")
SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def image_of(original: str, cleaned: str) -> bool:
    """True when ``cleaned`` is ``original`` with characters removed and 1:1 substitutions.

    The cleaner only deletes characters and replaces some one for one (no-break
    and control characters -> space, lone ``\\r`` -> ``\\n``, a character
    reference -> its character); a span's cleaned
    form also starts and ends with (the image of) the span's first and last characters.
    """
    if not cleaned:
        return not original
    if not original:
        return False
    # a character reference counts as the character it stands for
    original = _REF_RE.sub(lambda m: char_ref(m.group(), 0) or m.group(), original)
    def sub(ch: str, default: str) -> str:
        # a newline inside a hard-wrapped paragraph becomes a space (the cleaner's stage 3)
        got = SUBSTITUTIONS.get(ch, default)
        return " " if got == "\n" else got

    cleaned = cleaned.replace("\n", " ")
    if sub(original[0], original[0]) != cleaned[0]:
        return False
    if sub(original[-1], original[-1]) != cleaned[-1]:
        return False
    i = 0
    for ch in cleaned:
        while i < len(original) and sub(original[i], original[i]) != ch:
            i += 1
        if i == len(original):
            return False
        i += 1
    return True


def check_span(text: str, ct, start: int, end: int, got: str, *, nonempty: bool) -> None:
    """``[start, end)`` lies in ``text`` and ``got`` is the cleaned form of that slice."""
    if nonempty:
        assert 0 <= start < end <= len(text), (start, end, len(text))
    else:
        assert 0 <= start <= end <= len(text), (start, end, len(text))
    assert image_of(text[start:end], got), (text[start:end], got)
    # the exact cleaned slice between the mapped positions
    assert ct.text[ct.to_cleaned(start):ct.to_cleaned(end)] == got


#: Statements that hold the whole line they stand on, and so the quotes and statements
#: reported inside it, kept beside them (docs/concepts.md: a transcript's turn, a headline
#: "Doe: Rival Is a 'Proven Failure'", "Doe Says Rival Is a 'Proven Failure'").
LINE_REASONS = frozenset({"X: transcript line", "X: headline", "X said: headline clause"})


def check_no_quote_counted_twice(quotes: Sequence[quotetrack.Quote]) -> None:
    """No two quotes overlap, except quotes wholly inside a line statement that holds them;
    those do not overlap each other either."""
    holder = None  # the line statement the quotes now read lie in
    last = None  # the last quote read at the level of the quote being read
    outer_last = None  # the last quote read outside any line statement
    for q in quotes:
        if holder is not None and holder.start <= q.start and q.end <= holder.end:
            if last is not None and last is not holder:
                assert last.end <= q.start, (last, q)  # no quote counted twice
            last = q
            continue
        if outer_last is not None:
            assert outer_last.end <= q.start, (outer_last, q)  # no quote counted twice
        outer_last = last = q
        holder = q if q.reason in LINE_REASONS else None


def check_result(text: str) -> None:
    """Run extract on ``text`` and assert every structural guarantee of the result."""
    result = quotetrack.extract(text)
    ct = clean_text(text)
    assert result.text == text
    check_no_quote_counted_twice(result.quotes)
    previous = None
    for q in result.quotes:
        assert q.kind in ("direct", "mixed", "indirect")
        check_span(text, ct, q.start, q.end, q.text, nonempty=True)
        assert 0.0 <= q.confidence <= 1.0
        if previous is not None:
            assert (previous.start, previous.end) <= (q.start, q.end)  # sorted
        previous = q
        for m in (q.speaker_mention, q.addressee_mention, q.cue):
            if m is not None:
                check_span(text, ct, m.start, m.end, m.text, nonempty=False)
        if q.speaker is not None:
            assert result.entity(q.speaker.id) == q.speaker
        if q.addressee is not None:
            assert result.entity(q.addressee.id) == q.addressee
        for eid in q.about:
            assert result.entity(eid) is not None
    for ent in result.entities:
        for m in ent.mentions:
            check_span(text, ct, m.start, m.end, m.text, nonempty=False)


@SETTINGS
@given(st.text(max_size=300))
@example("")
@example("\x00")
@example('"')
@example("“”")
@example('"We will win," Jane Doe said.')
def test_arbitrary_text(text):
    """For any Unicode text, extract returns well-formed quotes whose offsets slice the input."""
    check_result(text)


@SETTINGS
@given(quote_soup)
@example("Jane DoeJane DoeDoe wins MORE said “we will win,” he said.")
@example("„We will win“ \r\nsaid\u00a0Jane Doe.\x00")
@example("«It is over» ‹he› said. 'We' ‘will’ `win`")
@example("“““ said")  # an inverted cue at the very end: no word after it to read
# a headline's label claim holds the statement reported inside it, beside it
@example("Jane Doe: Jane Doe said said““”““")
def test_quote_soup(text):
    """Quote marks, speakers, cues and junk glued in any order never break the offsets."""
    check_result(text)


@SETTINGS
@given(attribution_frames())
def test_attribution_frames(text):
    """News-style attribution frames (which do yield quotes) keep every guarantee."""
    check_result(text)


@SETTINGS
@given(news_text)
def test_news_text_with_junk(text):
    """Names glued to hover cards, credits and odd spaces never break the offsets."""
    check_result(text)


def test_image_of_helper():
    """The subsequence helper accepts deletions and 1:1 substitutions, nothing else."""
    assert image_of("a\u00a0b", "a b")
    assert image_of("a\r\nb", "a\nb")
    assert image_of("a\u200bb", "ab")
    assert not image_of("ab", "ba")
    assert not image_of("ab", "abc")
    assert not image_of("\u200bab", "ab")  # first character kept: spans start on a kept char


NER_TAGS = ("O", "S-PERSON", "B-PERSON", "I-PERSON", "E-PERSON", "S-ORG", "B-ORG", "E-GPE")
UPOS_TAGS = ("NOUN", "PROPN", "VERB", "PRON", "PUNCT", "ADP", "DET", "AUX", "PART", "X")
DEPRELS = ("nsubj", "root", "ccomp", "punct", "obj", "parataxis", "nmod", "appos",
           "acl:relcl", "dep", "nsubj:pass", "obl:agent")


@SETTINGS
@given(attribution_frames(), st.data())
@example('“We will win,” Jane Doe’s said.', None)  # a PERSON run that is only "’s"
def test_any_tags_and_tree_from_a_users_model(text, data):
    """A user's own model may tag and parse in any way (any NER runs, tags, relations, tree
    shape): attribution still raises nothing and its offsets point into the text."""
    doc = annotate(text)
    for sent in doc.sentences:
        if data is None:  # the example: every possessive a PERSON of its own
            for token in sent.tokens:
                token.ner = "S-PERSON" if token.text in ("’s", "'s") else "O"
            continue
        for token in sent.tokens:
            token.ner = data.draw(st.sampled_from(NER_TAGS))
        order = data.draw(st.permutations(range(1, len(sent.words) + 1)))
        for k, i in enumerate(order):  # each word hangs from one placed before it: a tree
            word = sent.words[i - 1]
            word.head = order[data.draw(st.integers(0, k - 1))] if k else 0
            word.upos = data.draw(st.sampled_from(UPOS_TAGS))
            word.deprel = data.draw(st.sampled_from(DEPRELS))
    result = attribute_document(doc)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        for span in (q.cue, q.speaker_mention):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
