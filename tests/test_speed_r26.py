"""Round 26 speed work (h54-spd): the fast paths give what the code they replace gave.

``Words`` reads Stanza's token and word fields as plain attributes (a Document of other
types is copied through the public getters first); the end of a parse statement asks the
clause-break checks only at the words where one of them can answer yes; a parse subtree is
walked over its sentence's dependents read once.  Each is checked here against the code it
replaced, on invented texts.
"""

from __future__ import annotations

from operator import attrgetter

from quotetrack import tokens
from quotetrack.attribute import Attributor
from quotetrack.attribute.words import _SPEAKER_BREAK_WORDS
from quotetrack.parse.rules import annotate
from quotetrack.pipeline import attribute_document, from_conllu
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words

_TEXT = ("Jane Doe said the budget would pass; the council has not voted. "
         "Tom Reed argued the plan was sound, but he said the vote could slip. "
         "The mayor said the tax would rise when asked about the schools. "
         "Ann Lee saying the deal was good and Tom Reed calling it a sham, the talks ended. "
         "Officials said the line would open in May, a year late. "
         "He said that “the money is gone,” Lee added, and the board agreed. "
         "Critics claimed the fund was empty - but the treasurer denied it.")


def _fields(words: Words) -> list[tuple]:
    return [(w.i, w.start, w.end, w.text, w.lower, w.upos, w.lemma, w.ner, w.head, w.deprel,
             w.sent, w.par, w.feats, w.is_punct) for w in words.words]


def test_stanza_documents_are_read_as_they_are_and_others_through_getters(monkeypatch):
    """A Stanza Document's own tokens are read directly; through the public getters (any
    other Document) the same words come out, offsets, tags and flags alike."""
    doc = annotate(_TEXT)
    rows = tokens._token_rows(doc)
    assert rows[0] is doc.sentences[0].tokens  # no copy of Stanza's own tokens
    direct = _fields(Words(doc))
    public = attrgetter(*tokens._TOKEN_FIELDS), attrgetter(*tokens._WORD_FIELDS)
    monkeypatch.setattr(tokens, "_field_getters", lambda _doc: public)
    copied = tokens._token_rows(doc)
    assert isinstance(copied[0][0], tokens._TokenFields)
    assert _fields(Words(doc)) == direct
    assert [f[3] for f in direct][:4] == ["Jane", "Doe", "said", "the"]


def _attributor(text: str) -> Attributor:
    return Attributor(Words(annotate(text)), find_quotes(text))


def test_clause_breaks_answer_yes_only_where_the_filter_asks():
    """At a word that is no punctuation, "when" or "and", and follows no quote word, none of
    the three clause-break checks answers yes: skipping them there changes nothing.  Each
    shape they accept is still found where the filter asks."""
    at = _attributor(_TEXT)
    words, in_quote = at.words, at.in_quote
    hits: set[str] = set()
    for x in range(2, len(words) - 1):
        asked = words[x].is_punct or words[x].lower in _SPEAKER_BREAK_WORDS or \
            in_quote[x - 1] >= 0
        answers = (at._narrator_clause_at(x), at._next_speaker_at(x),
                   at._statement_tail_at(x, len(words)))
        if not asked:
            assert not any(answers), words[x].text
        elif any(answers):
            hits.add(words[x].text if words[x].is_punct or in_quote[x - 1] < 0 else "quote")
    # "; the council", ", but he said", "when asked", "and Tom Reed calling", ", a year
    # late", "“...,” Lee added", "- but the treasurer": every kind of break is still seen
    assert {";", ",", "when", "and", "-", "quote"} <= hits


def test_statements_still_end_at_the_writers_clause():
    """Statements end where the writer's own clause or another speaker's starts, as before
    (the surface rules ask the same checks at punctuation only)."""
    result = attribute_document(annotate("Jane Doe said the budget would pass; the council "
                                         "has not voted. Tom Reed argued the plan was sound, "
                                         "but he said the vote could slip."))
    texts = [q.text for q in result.quotes if q.kind == "indirect"]
    assert "the budget would pass" in texts
    assert "the plan was sound" in texts
    assert all("council" not in t and "he said" not in t for t in texts)


def _parsed(text: str, rows: list[tuple[str, int, str]]):
    """A parsed Document over ``text``: (word, head id, relation) rows, one sentence."""
    lines, pos = [], 0
    for k, (word, head, rel) in enumerate(rows, 1):
        start = text.index(word, pos)
        pos = start + len(word)
        lines.append(f"{k}\t{word}\t{word.lower()}\tX\t_\t_\t{head}\t{rel}\t_\t"
                     f"start_char={start}|end_char={pos}")
    return from_conllu(text, "\n".join(lines) + "\n\n")


def _old_subtree(at: Attributor, h: int, a: int, b: int) -> tuple[int, int]:
    """``_subtree`` as it was (``children`` asked for each word)."""
    inside, todo = {h}, [h]
    while todo:
        for x in at.W.children(at.words[todo.pop()]):
            if a <= x.i < b and x.i not in inside:
                inside.add(x.i)
                todo.append(x.i)
    return min(inside), max(inside) + 1


def test_subtree_over_the_sentence_dependents_matches_children():
    """``dependents_in`` holds what ``children`` gives for every word of the sentence, and
    a subtree read over it spans what the walk by ``children`` gave, in any window."""
    text = "Jane Doe said the plan would fail, aides said."
    doc = _parsed(text, [("Jane", 3, "nsubj"), ("Doe", 1, "flat"), ("said", 10, "parataxis"),
                         ("the", 5, "det"), ("plan", 7, "nsubj"), ("would", 7, "aux"),
                         ("fail", 3, "ccomp"), (",", 10, "punct"), ("aides", 10, "nsubj"),
                         ("said", 0, "root"), (".", 10, "punct")])
    at = Attributor(Words(doc), find_quotes(text))
    words = at.words
    deps = at.W.dependents_in(0)
    for w in words:
        assert list(deps.get(w.i, ())) == list(at.W.children(w))
    n = len(words)
    for h in range(n):
        for a in range(h + 1):
            for b in range(h + 1, n + 1):
                assert at._subtree(h, a, b) == _old_subtree(at, h, a, b)
    assert at._subtree(6, 0, n) == (3, 7)  # "the plan would fail"
