"""A user's own Document with fewer layers than the full chain: no NER, NER tags all "O", no
dependency parse, no lemmas, tokens only.  Whatever a Document lacks is filled from the
model-free annotator (or, without a parse, the text is read as the default path reads it,
with a ``PartialDocumentWarning``), so the quotes and speakers are those of the default path
on the same text, never fewer."""

from __future__ import annotations

import re
import warnings

import pytest
from stanza.models.common.doc import Document

import quotetrack
from quotetrack.pipeline import PartialDocumentWarning
from quotetrack.tokens import Words

# Invented text: a fronted direct quote with a named speaker, then reported speech.
TEXT = '“We will win,” Nadia Kovac said.\n\nTom Reed said the plan would fail.'

# (text, lemma, upos, xpos, feats, head, deprel, ner), one sentence a list
_ROWS = [
    [("“", "“", "PUNCT", "``", "_", 4, "punct", "O"),
     ("We", "we", "PRON", "PRP", "Case=Nom|Number=Plur|Person=1|PronType=Prs", 4, "nsubj", "O"),
     ("will", "will", "AUX", "MD", "VerbForm=Fin", 4, "aux", "O"),
     ("win", "win", "VERB", "VB", "VerbForm=Inf", 9, "ccomp", "O"),
     (",", ",", "PUNCT", ",", "_", 4, "punct", "O"),
     ("”", "”", "PUNCT", "''", "_", 4, "punct", "O"),
     ("Nadia", "Nadia", "PROPN", "NNP", "Number=Sing", 8, "compound", "B-PERSON"),
     ("Kovac", "Kovac", "PROPN", "NNP", "Number=Sing", 9, "nsubj", "E-PERSON"),
     ("said", "say", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin", 0, "root", "O"),
     (".", ".", "PUNCT", ".", "_", 9, "punct", "O")],
    [("Tom", "Tom", "PROPN", "NNP", "Number=Sing", 2, "compound", "B-PERSON"),
     ("Reed", "Reed", "PROPN", "NNP", "Number=Sing", 3, "nsubj", "E-PERSON"),
     ("said", "say", "VERB", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin", 0, "root", "O"),
     ("the", "the", "DET", "DT", "Definite=Def|PronType=Art", 5, "det", "O"),
     ("plan", "plan", "NOUN", "NN", "Number=Sing", 7, "nsubj", "O"),
     ("would", "would", "AUX", "MD", "VerbForm=Fin", 7, "aux", "O"),
     ("fail", "fail", "VERB", "VB", "VerbForm=Inf", 3, "ccomp", "O"),
     (".", ".", "PUNCT", ".", "_", 3, "punct", "O")],
]


def _conllu(text: str, strip: frozenset[str] = frozenset()) -> str:
    """CoNLL-U of ``_ROWS`` over ``text`` as Stanza writes it, without the layers named:
    "ner" (no ner= in MISC), "ner-o" (every tag O), "depparse", "lemma", "xpos", "pos"."""
    out, pos = [], 0
    for n, sentence in enumerate(_ROWS, 1):
        out.append(f"# sent_id = {n}")
        for k, (tok, lemma, upos, xpos, feats, head, deprel, ner) in enumerate(sentence, 1):
            start = text.index(tok, pos)
            pos = start + len(tok)
            misc = f"start_char={start}|end_char={pos}"
            if "ner" not in strip:
                misc += f"|ner={'O' if 'ner-o' in strip else ner}"
            if "lemma" in strip:
                lemma = "_"
            if "xpos" in strip or "pos" in strip:
                xpos = "_"
            if "pos" in strip:
                upos, feats = "_", "_"
            h, rel = ("_", "_") if "depparse" in strip else (str(head), deprel)
            out.append("\t".join([str(k), tok, lemma, upos, xpos, feats, h, rel, "_", misc]))
        out.append("")
    return "\n".join(out) + "\n"


def _outcome(result: quotetrack.ArticleResult) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in result.quotes]


def _document(strip: frozenset[str]) -> Document:
    return quotetrack.from_conllu(TEXT, _conllu(TEXT, strip))


def _default() -> list[tuple[str, str, str | None]]:
    return _outcome(quotetrack.extract(TEXT))


def test_the_default_path_and_the_full_document_agree() -> None:
    expected = _default()
    assert [(k, s) for k, _, s in expected] == [("direct", "Nadia Kovac"),
                                                ("indirect", "Tom Reed")]
    with warnings.catch_warnings():
        warnings.simplefilter("error", PartialDocumentWarning)  # a full Document: no notice
        assert _outcome(quotetrack.attribute_document(_document(frozenset()))) == expected


@pytest.mark.parametrize("strip", ["ner", "ner-o", "lemma", "xpos", "ner,lemma,xpos"])
def test_a_parsed_document_without_a_layer_gives_the_default_paths_speakers(strip: str) -> None:
    doc = _document(frozenset(strip.split(",")))
    with warnings.catch_warnings():
        warnings.simplefilter("error", PartialDocumentWarning)  # parsed: filled, no notice
        assert _outcome(quotetrack.attribute_document(doc)) == _default()


@pytest.mark.parametrize("strip", ["depparse", "ner,depparse", "ner,depparse,lemma,pos"])
def test_a_document_without_a_parse_is_read_as_the_default_path_with_a_warning(
        strip: str) -> None:
    doc = _document(frozenset(strip.split(",")))
    with pytest.warns(PartialDocumentWarning, match="no dependency parse"):
        result = quotetrack.attribute_document(doc)
    assert _outcome(result) == _default()


def test_all_o_ner_tags_borrow_the_annotators_names() -> None:
    """NER tags all "O" (a pipeline that wrote "O" without running NER): the annotator's
    person names stand in, so "Nadia Kovac" is one PERSON as on the default path."""
    words = Words(_document(frozenset({"ner-o"})))
    assert not words.has_ner and words.names_missing
    result = quotetrack.attribute_document(_document(frozenset({"ner-o"})))
    speaker = result.quotes[0].speaker
    assert speaker is not None and speaker.name == "Nadia Kovac"
    assert speaker.type == "PERSON"


def test_a_document_with_names_keeps_its_own_tags() -> None:
    """Near miss: a Document whose NER found a name is complete; nothing is borrowed."""
    words = Words(_document(frozenset()))
    assert words.has_ner and words.complete and not words.names_missing


def test_missing_lemmas_are_borrowed_where_the_tags_agree() -> None:
    words = Words(_document(frozenset({"lemma"})))
    assert not words.complete
    from quotetrack.parse.rules import annotate

    words.borrow_tags(annotate(TEXT))
    said = [w for w in words.words if w.text == "said"]
    assert [w.lemma for w in said] == ["say", "say"]
    assert words.complete


def test_a_tokens_only_document_from_dicts() -> None:
    """A Document built from a list of token dicts (text and offsets only), as a user's own
    tokenizer gives it: the default path's quotes and speakers, with the notice."""
    sentences = []
    for a, b in ((0, TEXT.index("\n")), (TEXT.rindex("\n") + 1, len(TEXT))):
        sentences.append([{"id": k, "text": m.group(), "start_char": a + m.start(),
                           "end_char": a + m.end()}
                          for k, m in enumerate(re.finditer(r"\w+|[^\w\s]", TEXT[a:b]), 1)])
    doc = Document(sentences, text=TEXT)
    with pytest.warns(PartialDocumentWarning):
        result = quotetrack.attribute_document(doc)
    assert _outcome(result) == _default()


def test_the_annotators_own_document_is_no_partial_document() -> None:
    """Near miss: the model-free annotator's Document (``annotate``, or read back from a
    parse cache's CoNLL-U) has no parse but is the default path's reading itself: no
    notice, the same quotes and speakers."""
    from quotetrack.parse.conllu import from_conllu
    from quotetrack.parse.rules import annotate

    doc = annotate(TEXT)
    back = from_conllu(TEXT, f"{doc:C}\n\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", PartialDocumentWarning)
        assert _outcome(quotetrack.attribute_document(doc)) == _default()
        assert _outcome(quotetrack.attribute_document(back)) == _default()
