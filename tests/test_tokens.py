"""Words: the flat view of a Document the attribution rules read."""

from __future__ import annotations

from operator import attrgetter

from stanza.models.common.doc import Document
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


def _doc(text: str, sentences: list[list[tuple[str, int | None]]]) -> Document:
    """A Document over ``text`` whose sentences are (word, head id) lists, words found in
    order in ``text``."""
    pos, rows = 0, []
    for sentence in sentences:
        row = []
        for k, (word, head) in enumerate(sentence, 1):
            start = text.index(word, pos)
            pos = start + len(word)
            entry = {"id": k, "text": word, "upos": "X", "lemma": word.lower(), "ner": "O",
                     "misc": f"start_char={start}|end_char={pos}"}
            if head is not None:
                entry.update(head=head, deprel="dep")
            row.append(entry)
        rows.append(row)
    return Document(rows, text=text)


def test_heads_index_words_of_their_own_sentence():
    text = "Jane Doe spoke.\n\nSam Cole left here."
    doc = _doc(text, [[("Jane", 2), ("Doe", 3), ("spoke", 0), (".", 3)],
                      [("Sam", 2), ("Cole", 3), ("left", 0), ("here", 3), (".", 3)]])
    doc.sentences[1].words[3].head = 9  # beyond its sentence: no head
    words = Words(doc)
    assert [w.head for w in words.words] == [1, 2, -1, 2, 5, 6, -1, -1, 6]
    assert [w.par for w in words.words] == [0, 0, 0, 0, 2, 2, 2, 2, 2]  # newlines before
    assert words.sentences == [(0, 4), (4, 9)] and words.has_parse


def test_a_sentence_without_heads_is_unparsed():
    text = "Jane Doe spoke. Sam left."
    words = Words(_doc(text, [[("Jane", None), ("Doe", None), ("spoke", None), (".", None)],
                              [("Sam", 2), ("left", 0), (".", 2)]]))
    assert [w.head for w in words.words] == [-1, -1, -1, -1, 5, -1, 5]
    assert [words.sentence_has_parse(s) for s in range(2)] == [False, True]


def test_a_word_without_a_pos_tag_leaves_the_words_incomplete():
    text = "Jane Doe spoke."
    doc = _doc(text, [[("Jane", 2), ("Doe", 3), ("spoke", 0), (".", 3)]])
    assert Words(doc).complete
    doc.sentences[0].words[1].upos = None
    assert not Words(doc).complete
