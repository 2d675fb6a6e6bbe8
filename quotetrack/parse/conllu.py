"""Stanza Documents from CoNLL-U, as Stanza writes it (offsets and NER in MISC)."""

from __future__ import annotations

from pathlib import Path

from stanza.models.common.doc import Document
from stanza.utils.conll import CoNLL


class ParseError(ValueError):
    """A parsed document that cannot be used (bad CoNLL-U, offsets that miss the text)."""


def from_conllu(text: str, conllu: str, *, name: str | None = None) -> Document:
    """Read CoNLL-U (a string) into a Document over ``text``.

    The CoNLL-U must carry ``start_char``/``end_char`` in MISC (Stanza writes
    them); ``ner=`` tags in MISC become ``doc.ents``.

    Raises:
        ParseError: the CoNLL-U cannot be read or its offsets do not fit ``text``.
    """
    label = name or "CoNLL-U input"
    try:
        doc = CoNLL.conll2doc(input_str=conllu)
    except Exception as exc:  # stanza raises several error types on bad input
        raise ParseError(f"{label}: not readable as CoNLL-U ({exc})") from exc
    doc.text = text
    check_offsets(doc, label)
    doc.build_ents()
    return doc


def read_conllu(text: str, path: str | Path) -> Document:
    """Read the CoNLL-U file at ``path`` into a Document over ``text``."""
    path = Path(path)
    return from_conllu(text, path.read_text(encoding="utf-8"), name=str(path))


def check_offsets(doc: Document, label: str = "document") -> None:
    """Raise ParseError unless every token has offsets that slice ``doc.text``."""
    text = doc.text or ""
    n = len(text)
    for sentence in doc.sentences:
        for token in sentence.tokens:
            s, e = token.start_char, token.end_char
            if s is None or e is None:
                raise ParseError(f"{label}: token {token.text!r} has no start_char/end_char")
            if not 0 <= s <= e <= n:
                raise ParseError(f"{label}: token {token.text!r} at {s}-{e} lies outside the text")
