"""Words: the flat view of a Document the attribution rules read."""

from __future__ import annotations

from operator import attrgetter

from stanza.models.common.doc import Word as StanzaWord

from quotetrack import tokens
from quotetrack.parse.rules import annotate
from quotetrack.tokens import Words

TEXT = ("“We will not wait,” Mayor Lena Ortiz said on Tuesday.\n"
        "Her deputy, Sam Cole, told reporters the vote would come in May.")


def _fields(words: Words) -> list[tuple]:
    return [(w.i, w.start, w.end, w.text, w.lower, w.upos, w.lemma, w.ner, w.head, w.deprel,
             w.sent, w.par, w.feats) for w in words.words]


def test_stanza_fields_read_directly_equal_its_properties(monkeypatch):
    doc = annotate(TEXT)
    direct = _fields(Words(doc))
    public = attrgetter(*tokens._TOKEN_FIELDS), attrgetter(*tokens._WORD_FIELDS)
    monkeypatch.setattr(tokens, "_field_getters", lambda _doc: public)
    assert _fields(Words(doc)) == direct
    assert [w[3] for w in direct][:4] == ["“", "We", "will", "not"]
    assert {w[11] for w in direct} == {0, 1}  # two paragraphs


def test_a_word_subclass_is_read_through_its_properties():
    class Untagged(StanzaWord):
        @property
        def upos(self) -> str:
            return "X"

    doc = annotate(TEXT)
    for word in doc.iter_words():
        word.__class__ = Untagged
    assert {w.upos for w in Words(doc).words} == {"X"}
