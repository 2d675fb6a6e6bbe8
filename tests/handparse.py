"""Hand-written CoNLL-U for parse-path tests: word rows, offsets found in the text."""

from __future__ import annotations


def conllu(text: str, sentences: list[list[tuple]]) -> str:
    """CoNLL-U over ``text``: each sentence is a list of word rows
    ``(form, lemma, upos, head, deprel[, ner])``, heads 1-based (0 = root); a head of
    "_" leaves the word unparsed, as Stanza sentence selection does.  Each form is
    looked up in ``text`` after the previous one, for its character offsets."""
    lines, pos = [], 0
    for sentence in sentences:
        for k, (form, lemma, upos, head, deprel, *ner) in enumerate(sentence, 1):
            start = text.index(form, pos)
            pos = start + len(form)
            misc = f"start_char={start}|end_char={pos}|ner={ner[0] if ner else 'O'}"
            lines.append("\t".join([str(k), form, lemma, upos, "_", "_", str(head), deprel, "_",
                                    misc]))
        lines.append("")
    return "\n".join(lines) + "\n"


def spec_rows(spec: str, lemmas: dict[str, str] | None = None) -> list[tuple]:
    """Word rows for :func:`conllu` from "form/UPOS/head/deprel[/NER]" items separated by
    spaces; a word's lemma is the one ``lemmas`` gives its form (or its lower-cased form),
    else the lower-cased form."""
    rows = []
    for item in spec.split():
        form, upos, head, deprel, *ner = item.split("/")
        low = form.lower()
        lemma = (lemmas.get(form) or lemmas.get(low, low)) if lemmas else low
        rows.append((form, lemma, upos, int(head), deprel, *ner))
    return rows
