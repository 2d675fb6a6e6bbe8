"""The model-free annotator's Document, built directly from its rows: the same content as
Stanza's own constructor gives (words, tags, offsets, whitespace, entities)."""

from stanza.models.common.doc import Document

from quotetrack.parse import rules
from quotetrack.parse.rules import annotate

TEXT = ("Mayor Lena Quist of Ohio told the Harlow Ledger: “We won’t wait.”\n\n"
        "  The council   said no.")


def test_document_content_on_a_short_text() -> None:
    doc = annotate(TEXT)
    assert isinstance(doc, Document) and doc.text == TEXT
    assert [s.text for s in doc.sentences] == [
        "Mayor Lena Quist of Ohio told the Harlow Ledger: “We won’t wait.”",
        "The council   said no."]
    assert doc.sentences[1].comments[0] == "# text = The council said no."
    words = [w for s in doc.sentences for w in s.words]
    assert [w.text for w in words][:6] == ["Mayor", "Lena", "Quist", "of", "Ohio", "told"]
    for w in words:
        assert TEXT[w.start_char:w.end_char] == w.text == w.parent.text
        assert w.head is None and w.deprel is None and w.xpos is None
        assert w.parent.words == [w] and w.sent is w.parent.sent
    told = next(w for w in words if w.text == "told")
    assert (told.upos, told.lemma) == ("VERB", "tell")
    assert [(e.text, e.type) for e in doc.ents] == [
        ("Lena Quist", "PERSON"), ("Ohio", "GPE"), ("Harlow Ledger", "ORG")]
    quist = doc.ents[0]
    assert (quist.start_char, quist.end_char) == (6, 16)
    assert [t.ner for t in quist.tokens] == ["B-PERSON", "E-PERSON"]
    assert quist.sent is doc.sentences[0] and quist.words == [t.words[0] for t in quist.tokens]
    assert doc.sentences[0].ents == doc.ents
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert tokens[0].spaces_before == "" and tokens[-1].spaces_after == ""
    assert "".join(t.text + t.spaces_after for t in tokens) == TEXT.lstrip()
    assert doc.num_tokens == doc.num_words == len(tokens)
    real = Document(rules.annotate_tokens(TEXT), text=TEXT)
    assert rules._snapshot(doc) == rules._snapshot(real)


def _rows(tags: list[str]) -> list[rules.Row]:
    """Rows of one word a tag, over "w0 w1 ..."."""
    return [(f"w{k}", f"w{k}", "PROPN", None, 3 * k, 3 * k + 2, tag)
            for k, tag in enumerate(tags)]


def test_entities_decoded_as_stanza_decodes_bioes() -> None:
    """Entities read from the tagged tokens only, malformed runs included, as Stanza's
    decoder reads every tag."""
    sentences = [
        ["B-PERSON", "E-PERSON", "O", "S-GPE", "B-ORG", "I-ORG", "E-ORG"],
        ["I-ORG", "I-ORG", "O", "E-PERSON", "B-ORG", "O", "B-GPE", "S-ORG", "E-GPE"],
        ["O", "O"],
        ["B-ORG", "B-PERSON", "I-GPE", "O", "O", "I-ORG"],
    ]
    text = ""
    rows = []
    for tags in sentences:
        offset = len(text)
        text += " ".join(f"w{k}" for k in range(len(tags))) + "\n"
        rows.append([(t, lemma, upos, feats, s + offset, e + offset, ner)
                     for t, lemma, upos, feats, s, e, ner in _rows(tags)])
    fast = rules._fast_document(rows, text)
    dicts = [[{"id": k, "text": t, "lemma": lemma, "upos": upos, "xpos": None, "feats": feats,
               "start_char": s, "end_char": e, "ner": ner, "misc": None}
              for k, (t, lemma, upos, feats, s, e, ner) in enumerate(sent, 1)] for sent in rows]
    real = Document(dicts, text=text)
    assert [(e.text, e.type) for e in fast.ents] == [(e.text, e.type) for e in real.ents]
    assert rules._snapshot(fast) == rules._snapshot(real)
