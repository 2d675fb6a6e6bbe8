"""Round 26 speed work, second wave (h55-spd): the fast paths give what the code they
replace gave.

A scan for a speaker's second cue asks ``_next_cue_at`` only where it can answer yes
(``_may_take_over_at``); ``_clause_start`` keeps its answers for the article; the entity
pass reads the article's lower-case words and inner capitals in one pass.  Each is checked
here against the code it replaced, on invented texts.
"""

from __future__ import annotations

from quotetrack.attribute import Attributor
from quotetrack.parse.rules import annotate
from quotetrack.pipeline import attribute_document
from quotetrack.quotes import find_quotes
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words

_TEXT = ("Jane Doe said the budget would pass, argued it was fair and urged calm. "
         "Tom Reed said the plan was sound but suggested a delay. "
         "The mayor said the tax would rise when asked about the schools. "
         "Officials said the line would open in May; 46 percent said it would not. "
         "He said that “the money is gone,” Lee added, and the board agreed. "
         "Ann Lee told reporters that the vote was close, and Tom Reed said it was not. "
         "Research shows the budget grew. The research was new. Analysis by Tom Reed "
         "followed, and Reed said the Budget Office agreed.")


def _attributor(text: str) -> Attributor:
    return Attributor(Words(annotate(text)), find_quotes(text))


def test_next_cue_answers_yes_only_where_the_filter_asks():
    """Where ``_may_take_over_at`` says no, ``_next_cue_at`` says no too, with or without
    the cue: skipping it there changes nothing.  Each kind of take-over is still seen."""
    at = _attributor(_TEXT)
    words = at.words
    said = next(w for w in words if w.lower == "said")
    hits: set[str] = set()
    for x in range(len(words) - 1):
        for cue in (None, said):
            answer = at._next_cue_at(x, cue)
            if not at._may_take_over_at(x):
                assert not answer, words[x].text
            elif answer:
                hits.add(words[x].lower if not at.in_quote[x - 1] >= 0 else "quote")
    # ", argued", "and urged", "but suggested", "when asked", "; 46 percent said",
    # "“...,” Lee added", ", and Tom Reed said": every kind is still found
    assert {",", "and", "but", "when", ";", "quote"} <= hits


def test_second_cues_still_end_statements():
    """A statement still ends where the same speaker's second cue or another speaker's
    clause takes over."""
    result = attribute_document(annotate("Tom Reed said the plan was sound but suggested "
                                         "a delay. Ann Lee told reporters that the vote "
                                         "was close, and Tom Reed said it was not."))
    texts = {(q.speaker.name if q.speaker else None, q.text) for q in result.quotes}
    assert ("Tom Reed", "the plan was sound") in texts
    assert ("Ann Lee", "the vote was close") in texts
    assert ("Tom Reed", "it was not") in texts


def test_clause_start_keeps_its_answers():
    """The kept answer of ``_clause_start`` is the one read afresh, for every cue and every
    word after it, asked twice."""
    at = _attributor(_TEXT)
    words = at.words
    n = len(words)
    cues = [w for w in words if w.lower in ("said", "told", "argued", "suggested", "added")]
    assert len(cues) >= 8
    for cue in cues:
        b = at.W.sentences[cue.sent][1]
        for c0 in range(cue.i + 1, min(b, cue.i + 4) + 1):
            fresh = at._read_clause_start(c0, b, cue)
            assert at._clause_start(c0, b, cue) == fresh
            assert at._clause_start(c0, b, cue) == fresh
    assert at._clause_start(n, n, cues[0]) is None
    assert at._clause_start(cues[0].i + 1, at.W.sentences[0][1], cues[0]) == cues[0].i + 1


def test_lower_case_words_and_inner_capitals_as_before():
    """One pass over the words gives the two sets two passes gave: the words written in
    lower case, and the lower forms of words capitalised other than as a sentence's
    first."""
    words = Words(annotate(_TEXT))
    ents = ArticleEntities(words)
    opener = next(w for w in words.words if w.text == "Research")
    ents._opens_without_name(opener)  # (builds both, the first time it is asked)
    firsts = {s[0] for s in words.sentences}
    assert ents._lower_words == {w.text for w in words.words if w.text.islower()}
    assert ents._inner_capitals == {w.lower for w in words.words
                                    if w.text[:1].isupper() and w.i not in firsts}
    assert "research" in ents._lower_words and "budget" in ents._inner_capitals
    assert "research" not in ents._inner_capitals  # capitalised only where it opens
    # "Research shows": an abstract noun the article writes in lower case, no one's name
    assert ents._opens_without_name(opener)
