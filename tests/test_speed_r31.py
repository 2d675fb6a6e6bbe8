"""Speed structures of the thirty-first round (h63-pol), checked against what they stand for:
the poll nouns ``ArticleEntities`` indexes once per article so that joining a joint poll's
makers looks only at the names that end near one.

Every text here was written for the test, with invented people, places and outlets.
"""

from __future__ import annotations

from quotetrack.lexicon import POLL_NOUNS
from quotetrack.parse.rules import annotate
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words

_TEXTS = [
    "A Kestrel Times/WXRB News poll found that the mayor trails. Marta Quell, a pollster, "
    "said SURVEYS by the Orton Herald-KBVQ News team agree.\n",
    "The Daily Ledger/Marlow College polling unit said the levy will pass. Tom Vey "
    "disagreed.\n",
    "Ann Roe, of the Lakeland Tribune, said the levy will pass. No polls were taken.\n",
]


def _entities(text: str) -> ArticleEntities:
    return ArticleEntities(Words(annotate(text)))


def test_poll_heads_are_the_words_spelled_as_a_poll_noun_or_polling() -> None:
    for text in _TEXTS:
        ents = _entities(text)
        expected = [w.i for w in ents.W.words
                    if w.lower in POLL_NOUNS or w.lower == "polling"]
        assert ents._poll_heads() == expected, text
    # "pollster" is no poll's noun
    assert [_entities(_TEXTS[0]).W.words[i].text for i in _entities(_TEXTS[0])._poll_heads()] \
        == ["poll", "SURVEYS"]


def test_joining_with_the_heads_is_joining_with_every_word_looked_at() -> None:
    # every capitalised word a run of its own, and every tagged name: the runs skipped for
    # want of a head nearby are those the full walk leaves as they are
    for text in _TEXTS:
        ents = _entities(text)
        words = ents.W.words
        every = list(range(len(words)))
        singles = [(w.i, w.i + 1, "ORG") for w in words if w.is_capitalised]
        for runs in (singles, ents._ner_runs()):
            assert ents._joint_poll_makers(runs, ents._poll_heads()) == \
                ents._joint_poll_makers(runs, every), text
