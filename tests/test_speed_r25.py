"""Round 25 speed work (h52-spd): the fast paths give what the slower code they replace gave.

The sentence join of a parser's false split inside parentheses now asks for the ")" after
the boundary before it looks for the "(" before it; the entity pass picks the named words
and the article's lower-case words in C; ``is_cue_word`` asks a set of tags.  Each is
checked here against the code it replaced, on invented words.
"""

from __future__ import annotations

import itertools

import quotetrack
from quotetrack.attribute.words import is_cue_word
from quotetrack.parse.rules import annotate
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Word, Words, _join_split_parentheses, _split_inside_parenthesis


def _old_split_inside(words: list[Word], pa: int, pb: int, b: int) -> bool:
    """``_split_inside_parenthesis`` as it was (the "(" looked for first)."""
    if not words[pb - 1].text.endswith("."):
        return False
    opening = next((k for k in range(pb - 1, max(pa, pb - 4) - 1, -1)
                    if words[k].text in ("(", ")")), None)
    if opening is None or words[opening].text != "(":
        return False
    close = next((k for k in range(pb, min(b, pb + 2)) if words[k].text == ")"), None)
    return close is not None and words[close].par == words[pb - 1].par


def _words(texts: tuple[str, ...], pars: tuple[int, ...]) -> list[Word]:
    out, pos = [], 0
    for i, (t, p) in enumerate(zip(texts, pars, strict=True)):
        out.append(Word(i, pos, pos + len(t), t, "X", t.lower(), "O", -1, "", 0, p, ""))
        pos += len(t) + 1
    return out


# the words that matter at a boundary: brackets, a word with a full stop, one without
_ALPHABET = ("(", ")", "N.", "Y")


def test_split_inside_parenthesis_agrees_with_the_old_order():
    """Every sentence pair of up to four words before the boundary and two after it (as far
    as either search reads), from brackets and words with and without a full stop, in one
    paragraph or two: the same answer as the "(" first order gave."""
    checked = joined = 0
    for n1, n2 in itertools.product(range(1, 5), range(1, 3)):
        for texts in itertools.product(_ALPHABET, repeat=n1 + n2):
            for split_par in (n1, n1 + n2):  # a paragraph break at the boundary, or none
                pars = tuple(0 if k < split_par else 1 for k in range(n1 + n2))
                ws = _words(texts, pars)
                new = _split_inside_parenthesis(ws, 0, n1, n1 + n2)
                assert new == _old_split_inside(ws, 0, n1, n1 + n2), texts
                checked += 1
                joined += new
    assert checked > 10_000 and joined > 100  # both answers were asked


def test_join_split_parentheses_joins_the_false_splits_only():
    """'Rep. Ann Lee (D-N. | Y.) said ...' is one sentence; 'He left (quietly). | Then ...'
    and a ")" opening the next paragraph stay apart."""
    ws = _words(("Rep.", "Lee", "(", "D-N.", "Y.", ")", "said", "no", "."), (0,) * 9)
    sents, flags = _join_split_parentheses(ws, [(0, 4), (4, 9)], [True, True])
    assert sents == [(0, 9)] and flags == [True]
    assert {w.sent for w in ws} == {0}
    ws = _words(("He", "left", "(", "quietly", ")", ".", "Then", "he", "spoke", "."), (0,) * 10)
    assert _join_split_parentheses(ws, [(0, 6), (6, 10)], [True, False])[0] == [(0, 6), (6, 10)]
    ws = _words(("Rep.", "Lee", "(", "D-N.", "Y.", ")", "said", "no", "."), (0,) * 4 + (1,) * 5)
    assert _join_split_parentheses(ws, [(0, 4), (4, 9)], [True, True])[0] == [(0, 4), (4, 9)]


def test_is_cue_word_tags_as_before():
    """A reporting verb's spelling is a cue under every tag but the eight of no verb."""
    not_verb = ("NOUN", "PROPN", "ADJ", "ADV", "PUNCT", "DET", "ADP", "NUM")
    for upos in (*not_verb, "VERB", "AUX", "", "X", "PRON", "SCONJ"):
        w = Word(0, 0, 4, "said", upos, "say", "O", -1, "", 0, 0, "")
        assert is_cue_word(w) == (upos not in not_verb)
    assert not is_cue_word(Word(0, 0, 5, "table", "VERB", "table", "O", -1, "", 0, 0, ""))


_TEXT = ("Jane Doe, the mayor of Millbrook, spoke on Monday. Research shows the plan works. "
         "The research was paid for by the Acme Group. Doe said the city would vote.")


def test_entity_pass_reads_names_and_lower_case_words_as_before():
    """The named words the entity pass starts from and the article's lower-case words are
    those the word-by-word reading gave, and the names are found."""
    words = Words(annotate(_TEXT))
    ents = ArticleEntities(words)
    assert ents._ner_runs()  # (names were tagged)
    runs_from = {a for a, _, _ in ents._ner_runs()}
    assert runs_from <= {w.i for w in words.words if w.ner != "O"} | {a - 1 for a in runs_from}
    ents._opens_without_name(words.words[words.sentences[1][0]])  # builds the sets
    assert ents._lower_words == {w.text for w in words.words if w.text.islower()}
    result = quotetrack.QuoteTracker(backend="rules")(_TEXT)
    assert any(e.name == "Jane Doe" for e in result.entities)
    doe = next(q for q in result.quotes if q.speaker is not None)
    assert doe.speaker.name == "Jane Doe" and "the city would vote" in doe.text
