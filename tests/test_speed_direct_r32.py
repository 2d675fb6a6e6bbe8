"""Round 32 speed work (h64-dsd): direct-quote attribution's shortcuts give what the code
they replace gave.

``dominates`` asks whether a cue governs a quote's words only at the words whose head
lies outside the quote (the path up from any word of it leaves there), not at every word;
the lead-in reader sorts only the words it reads (cue words and "according"), not every
word before the quote.  Each is checked here on invented texts: the first against the
code it replaced, over every cue and span of a hand parse, the second on lead-ins on each
side of the words it now skips; the "according to" scan and the choice among a parse's cues
likewise, with and without the words and cues they now pass over.
"""

from __future__ import annotations

import attrs
import pytest
from findings import both_paths, parsed_direct_speakers, parsed_quotes
from handparse import conllu

import quotetrack
from quotetrack.attribute import Attributor
from quotetrack.model import Entity, Quote
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


_RELATIVE_TEXT = "The vote was close, said Jane Doe, who added: “We won.”"
_RELATIVE_ROWS = [
    ("The", "the", "DET", 2, "det"), ("vote", "vote", "NOUN", 4, "nsubj"),
    ("was", "be", "AUX", 4, "cop"), ("close", "close", "ADJ", 6, "ccomp"),
    (",", ",", "PUNCT", 6, "punct"), ("said", "say", "VERB", 0, "root"),
    ("Jane", "jane", "PROPN", 6, "nsubj", "B-PERSON"),
    ("Doe", "doe", "PROPN", 7, "flat", "E-PERSON"),
    (",", ",", "PUNCT", 11, "punct"), ("who", "who", "PRON", 11, "nsubj"),
    ("added", "add", "VERB", 7, "acl:relcl"), (":", ":", "PUNCT", 15, "punct"),
    ("“", "“", "PUNCT", 15, "punct"), ("We", "we", "PRON", 15, "nsubj"),
    ("won", "win", "VERB", 11, "ccomp"), (".", ".", "PUNCT", 6, "punct"),
    ("”", "”", "PUNCT", 15, "punct")]
_ONE_CUE_TEXT = "Jane Doe added: “We won.”"
_ONE_CUE_ROWS = [
    ("Jane", "jane", "PROPN", 3, "nsubj", "B-PERSON"),
    ("Doe", "doe", "PROPN", 1, "flat", "E-PERSON"),
    ("added", "add", "VERB", 0, "root"), (":", ":", "PUNCT", 7, "punct"),
    ("“", "“", "PUNCT", 7, "punct"), ("We", "we", "PRON", 7, "nsubj"),
    ("won", "win", "VERB", 3, "ccomp"), (".", ".", "PUNCT", 3, "punct"),
    ("”", "”", "PUNCT", 7, "punct")]


@pytest.mark.parametrize(("text", "rows", "mention"), [
    # two cues over the quote: the one in the speaker's relative clause is picked ("who")
    (_RELATIVE_TEXT, _RELATIVE_ROWS, "who"),
    # one cue: no other to pick, its own subject speaks
    (_ONE_CUE_TEXT, _ONE_CUE_ROWS, "Jane Doe"),
])
def test_parse_cue_choice_with_one_or_more_cues(text, rows, mention):
    """The parse's cue of the quote, with and without other cues to choose among."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
             for q in parsed_quotes(text, [rows])]
    assert found == [(mention, "Jane Doe", "added")]


@pytest.mark.parametrize("text", [
    # a comma and an "in" inside the quote, the source phrase after it
    "“We won, and in the end we will win again,” according to Ann Lee.",
    # "Per" opening the quote: a quoted word, no source phrase
    "“Per the rules, we won,” Ann Lee said.",
    # commas and "in" inside a mixed quote, an "as" frame after it
    "Ann Lee said the council “had, in short, failed the town,” as Tom Reed put it.",
])
def test_source_phrases_read_outside_the_quote(text):
    """The words of a quote are no source phrase; the one after it still is read."""
    for rows in both_paths(text):
        assert [r[3] for r in rows] == ["Ann Lee"], rows


def test_output_objects_are_built_by_position_in_the_fields_order():
    """The pipeline builds each Quote and Entity by position (keywords cost a third more):
    the classes' field order is the one those calls follow."""
    assert [f.name for f in attrs.fields(Quote)] == [
        "start", "end", "text", "kind", "cue", "speaker", "speaker_mention", "addressee",
        "addressee_mention", "confidence", "about", "reason", "co_speakers", "statement",
        "reported_by", "reported_by_mention"]
    assert [f.name for f in attrs.fields(Entity)][:7] == [
        "id", "name", "type", "aliases", "titles", "mentions", "gender"]


def _fields_of(q: Quote) -> dict[str, object]:
    """Each field of a quote as a name or a text (None when empty)."""
    return {f.name: getattr(getattr(q, f.name), "name", None) or
            getattr(getattr(q, f.name), "text", None) or getattr(q, f.name)
            for f in attrs.fields(Quote)}


def test_each_quote_field_holds_its_own_value():
    """An addressee, co-speakers, a relay and a mixed quote's statement each land in their
    own field."""
    told = _fields_of(quotetrack.extract("“We will win,” Ann Lee told Kim Park.").quotes[0])
    assert (told["speaker"], told["speaker_mention"], told["addressee"],
            told["addressee_mention"], told["cue"], told["kind"]) == (
        "Ann Lee", "Ann Lee", "Kim Park", "Kim Park", "told", "direct")
    both = quotetrack.extract("Ann Lee and Tom Reed said, “We will win.”").quotes[0]
    assert [e.name for e in both.co_speakers] == ["Tom Reed"]
    assert both.speaker_mention is not None and both.speaker_mention.text == "Ann Lee and Tom Reed"
    relayed = _fields_of(quotetrack.extract(
        "“Talks are a waste of time,” Kim Park said, state media reported.").quotes[0])
    assert (relayed["speaker"], relayed["reported_by"], relayed["reported_by_mention"]) == (
        "Kim Park", "state media", "state media")
    mixed = _fields_of(quotetrack.extract(
        "Ann Lee told Kim Park that the council would sign it “the day it reaches my desk.”"
    ).quotes[0])
    assert (mixed["kind"], mixed["statement"], mixed["about"]) == (
        "mixed", "the council would sign it “the day it reaches my desk.”", ())
    assert 0 < told["confidence"] <= 1 and told["reason"]


@pytest.mark.parametrize(("text", "form", "speaker"), [
    # a name's own head: answered at once, a name
    ("“We will win,” Ann Lee said.", "name", "Ann Lee"),
    # a people noun a name only modifies: the people speak
    ("“We will win,” Democratic leaders said.", "noun", "Democratic leaders"),
    ("“We will win,” Ann Lee’s spokesman said.", "noun", "Ann Lee’s spokesman"),
    # a title before the name, its head no name: still read as the person's title
    ("“We will win,” former secretary of state Ann Lee said.", "name", "Ann Lee"),
])
def test_people_noun_head_on_each_side_of_the_name_head(text, form, speaker):
    """A speaker mention whose head is a name is a name; a people noun a name modifies is
    the people; a title's head before a name is still the person's."""
    assert [q.speaker_mention.form for q in quotetrack.extract(text).quotes
            if q.speaker_mention] == [form]
    for rows in both_paths(text):
        assert [r[3] for r in rows] == [speaker], rows
