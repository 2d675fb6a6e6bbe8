"""Attribution speed, twenty-fourth round (h50-sp2): shortcuts in reported speech that give
what the full computation gives, on short invented texts.

- :meth:`Attributor._syntax_reported` keeps each cue's answer for its window, so the cues
  that :meth:`Attributor._reported_in_window` asks about again (from each statement's cue
  on, or back from an earlier surface cue) are read once;
- :meth:`Attributor._asked_frame` answers a window with no "asked" from the trigger index.
"""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.attribute import Attributor
from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words

# "Neighbors say A, and the town sued, saying B": the parse hangs A from "sued", so the
# parse reads no statement at "say"; the surface rules do, and the window is asked again
# from "say" on, over "saying"
_SUED = "Neighbors say the mill is loud, and the town sued, saying it broke the rules."
_SUED_ROWS = (
    "Neighbors/NOUN/2/nsubj say/VERB/0/root the/DET/4/det mill/NOUN/6/nsubj is/AUX/6/cop "
    "loud/ADJ/11/advcl ,/PUNCT/6/punct and/CCONJ/11/cc the/DET/10/det town/NOUN/11/nsubj "
    "sued/VERB/2/conj ,/PUNCT/13/punct saying/VERB/11/advcl it/PRON/15/nsubj "
    "broke/VERB/13/{rel} the/DET/17/det rules/NOUN/15/obj ./PUNCT/2/punct")


def _parsed(text: str, spec: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec)]))
    return [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None)
            for q in quotetrack.attribute_document(doc).quotes]


def _cue_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cues the parse rules read past their first checks, in order (_inverted_frame
    is asked of each, and only there)."""
    reads: list[str] = []
    inverted = Attributor._inverted_frame

    def spy(self: Attributor, c: int, a: int) -> bool:
        reads.append(self.words[c].text)
        return inverted(self, c, a)

    monkeypatch.setattr(Attributor, "_inverted_frame", spy)
    return reads


def _without_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call of _syntax_reported reads all its cues again (the full computation)."""
    syntax = Attributor._syntax_reported

    def full(self: Attributor, a: int, b: int, start: int):
        self._syntax_window = (-1, -1)
        return syntax(self, a, b, start)

    monkeypatch.setattr(Attributor, "_syntax_reported", full)


@pytest.mark.parametrize("rel, expected, reads", [
    # the parse's statement at "saying" is found again after the surface's at "say"
    ("ccomp", [("the mill is loud", "indirect", "Neighbors", "say"),
               ("it broke the rules", "indirect", "the town", "saying")], ["say", "saying"]),
    # the parse finds nothing at "saying" (its clause hung as an adverbial): nothing again
    ("advcl", [("the mill is loud", "indirect", "Neighbors", "say")], ["say", "saying"]),
])
def test_each_cue_of_a_window_is_read_once_with_the_full_result(monkeypatch, rel, expected,
                                                                reads):
    spec = _SUED_ROWS.format(rel=rel)
    seen = _cue_reads(monkeypatch)
    assert _parsed(_SUED, spec) == expected
    assert seen == reads
    # the full computation reads "saying" twice and finds the same
    seen.clear()
    _without_memory(monkeypatch)
    assert _parsed(_SUED, spec) == expected
    assert seen == reads + ["saying"]


def test_two_statements_and_two_sentences_keep_their_own_answers(monkeypatch):
    """Two parse statements in one sentence ("X said A and Y said B") and the same cue
    position in the next sentence: each window's answers are its own."""
    text = "Ann Roe said taxes rose and Tom Reed said rents fell. Jo Hale said costs grew."
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "taxes/NOUN/5/nsubj rose/VERB/3/ccomp and/CCONJ/9/cc Tom/PROPN/8/compound/B-PERSON "
            "Reed/PROPN/9/nsubj/E-PERSON said/VERB/3/conj rents/NOUN/11/nsubj "
            "fell/VERB/9/ccomp ./PUNCT/3/punct")
    rows = [spec_rows(spec), spec_rows(
        "Jo/PROPN/2/compound/B-PERSON Hale/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
        "costs/NOUN/5/nsubj grew/VERB/3/ccomp ./PUNCT/3/punct")]
    doc = quotetrack.from_conllu(text, conllu(text, rows))
    expected = [("taxes rose", "Ann Roe"), ("rents fell", "Tom Reed"), ("costs grew", "Jo Hale")]
    found = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
             for q in quotetrack.attribute_document(doc).quotes]
    assert found == expected
    _without_memory(monkeypatch)
    doc = quotetrack.from_conllu(text, conllu(text, rows))
    assert [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes] == expected


_ASKED = [
    ("Asked whether the mill would close, Jane Doe said it would not.",
     [("whether the mill would close", None, "Asked"), ("it would not", "Jane Doe", "said")]),
    # (the refusal is Doe's own statement: a later "asked" does not tell it, round 33)
    ("Jane Doe declined to comment when asked about the mill's future.",
     [("to comment", "Jane Doe", "declined"), ("the mill's future", None, "asked")]),
    ("Asked by reporters if the mill would close, Jane Doe said it would stay open.",
     [("if the mill would close", "reporters", "Asked"),
      ("it would stay open", "Jane Doe", "said")]),
    # no "asked": no question frame, the statement alone
    ("The mill will close next year, Jane Doe said on Friday.",
     [("The mill will close next year", "Jane Doe", "said")]),
    # an "asked" that frames no question: the statement that holds it
    ("Jane Doe said she asked the board to keep the mill open.",
     [("she asked the board to keep the mill open", "Jane Doe", "said")]),
]


def _statements(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes]


@pytest.mark.parametrize("text, expected", _ASKED)
def test_question_frames_with_and_without_the_index_shortcut(monkeypatch, text, expected):
    """The question frames are found where an "asked" stands, and the windows without
    one give what the full reading gives (the shortcut turned off, every trigger word of
    the window read as before: the same)."""
    assert _statements(text) == expected
    monkeypatch.setattr(Attributor, "_asked_index",
                        property(lambda self: self._surface_trigger_index))
    assert _statements(text) == expected


def test_the_asked_index_holds_every_asked_of_the_article():
    """Every "asked" (any case, a frame's or not) and no other word; a sentence without
    one has no question frame, the one with it has."""
    text = ("The mill closed, and workers asked for pay. Asked why, Jane Doe said costs "
            "rose. She was not asked again; Tom Reed asks often.")
    words = Words(annotate(text))
    att = Attributor(words, [])
    assert att._asked_index == [w.i for w in words.words if w.lower == "asked"]
    assert [words.words[i].text for i in att._asked_index] == ["asked", "Asked", "asked"]
    (a0, b0), (a1, b1), _ = words.sentences
    assert att._asked_frame(a1, b1) is not None
    assert att._asked_frame(a0 + 3, a0 + 5) is None



_QUOTED = [
    # the first sentence's triggers ("said", "claimed") all stand inside the quote
    ("“Critics said the plan failed. They claimed it cost too much,” Jane Doe said.",
     [("“Critics said the plan failed. They claimed it cost too much,”", "direct",
       "Jane Doe", "said")]),
    # a quoted paragraph of its own, its frame in the paragraph before
    ("Jane Doe spoke for an hour.\n\n“Critics said the plan failed and argued it cost too "
     "much.”\n\nShe left.",
     [("“Critics said the plan failed and argued it cost too much.”", "direct", "Jane Doe",
       None)]),
    # near miss: a trigger outside the quote is read, its statement holding the quote
    ("Critics said the plan “failed badly” and cost too much.",
     [("“failed badly”", "mixed", "Critics", "said")]),
]


@pytest.mark.parametrize("text, expected", _QUOTED)
def test_windows_whose_triggers_are_all_quoted_find_what_the_full_reading_finds(text,
                                                                                expected):
    """A window whose trigger words all stand inside quotes is left after the question
    frame: the full reading of it (the parse and surface rules, the headline's) finds
    nothing there either."""
    found = quotetrack.QuoteTracker(backend="rules")(text).quotes
    assert [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None) for q in found] == expected
    words = Words(annotate(text))
    att = Attributor(words, find_quotes(text))
    quoted = 0
    for a, b in words.sentences:
        triggers = att._indices_in(att._surface_trigger_index, a, b)
        if triggers and all(att.in_quote[x] >= 0 for x in triggers):
            quoted += 1
            assert att._reported_in_sentence(a, b, a) is None
            assert att._surface_reported(a, b, a, b) is None
            out: list = []
            att._reported_in_window(a, b, out)
            assert out == []
    assert quoted == (0 if text.startswith("Critics") else 1)
