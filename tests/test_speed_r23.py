"""Attribution speed, twenty-third round (h46-spd): the stored and shortcut values agree with
what the long way computes, on short invented texts."""

from __future__ import annotations

import pytest
from handparse import conllu

from quotetrack.parse.rules import annotate, annotate_words
from quotetrack.pipeline import attribute_document, from_conllu
from quotetrack.tokens import Word, Words, punct

_TEXTS = [
    "“We will not sign it,” Mayor Ann Roe said on Tuesday — and the council wouldn’t say.\n\n"
    "Sen. Tom Veld (D-Ore.) said rents rose 5% to $1,200, according to the Harbor Ledger...",
    "Secretary of State Jo Kent told reporters the talks went well; her comments came late.\n"
    "“Ugh!!” — @jkent #vote 3.5 ... -- ** «Non» ’s",
    "Asked whether she would run, Ms. Roe said: “No.”\n* * *\n",
]

#: The words of a sentence the parse reads: "Officials said the bridge would open in May, and
#: the city has already sued the builder."  (the parse hangs the writer's clause after the
#: comma inside the statement, as parsers do)
_SUED = "Officials said the bridge would open in May, and the city has already sued the builder."
_SUED_ROWS = [("Officials", "official", "NOUN", 2, "nsubj"), ("said", "say", "VERB", 0, "root"),
              ("the", "the", "DET", 4, "det"), ("bridge", "bridge", "NOUN", 6, "nsubj"),
              ("would", "would", "AUX", 6, "aux"), ("open", "open", "VERB", 2, "ccomp"),
              ("in", "in", "ADP", 8, "case"), ("May", "May", "PROPN", 6, "obl"),
              (",", ",", "PUNCT", 14, "punct"), ("and", "and", "CCONJ", 14, "cc"),
              ("the", "the", "DET", 12, "det"), ("city", "city", "NOUN", 14, "nsubj"),
              ("has", "have", "AUX", 14, "aux"), ("already", "already", "ADV", 14, "advmod"),
              ("sued", "sue", "VERB", 6, "conj"), ("the", "the", "DET", 17, "det"),
              ("builder", "builder", "NOUN", 14, "obj"), (".", ".", "PUNCT", 2, "punct")]


def _agree(words: Words) -> None:
    for w in words.words:
        assert w.is_punct == punct(w.upos, w.text), (w.text, w.upos)


@pytest.mark.parametrize("text", _TEXTS)
def test_stored_punct_flag_is_the_computed_one_on_both_model_free_builds(text):
    """Word.is_punct is stored when a word is made: on the annotator's Document and on its
    rows it is what punct() computes from the final tag and text (the reporting-verb forms
    retagged as names or nouns too: "Secretary of State", "her comments")."""
    doc_words = Words(annotate(text))
    _agree(doc_words)
    rows = annotate_words(text)
    assert rows is not None
    _agree(rows)
    assert [w.is_punct for w in rows.words] == [w.is_punct for w in doc_words.words]
    state = next(w for w in doc_words.words if w.text == "State") if "State" in text else None
    assert state is None or (state.upos == "PROPN" and not state.is_punct)
    flags = {w.text: w.is_punct for w in doc_words.words}
    assert flags.get("—", True) and flags.get("...", True) and flags.get("Roe", False) is False
    assert flags.get("5", False) is False and flags.get("%", True)


def test_a_word_retagged_gets_its_flag_again():
    """Word.retag sets the tag and the flag together: a word tagged punctuation by a tagger
    and given another tag is no longer punctuation, and a mark is one whatever its tag."""
    w = Word(0, 0, 4, "Kent", "PUNCT", "kent", "O", -1, "", 0, 0, "")
    assert w.is_punct
    w.retag("PROPN")
    assert w.upos == "PROPN" and not w.is_punct
    dash = Word(1, 5, 6, "—", "SYM", "—", "O", -1, "", 0, 0, "")
    assert dash.is_punct
    dash.retag("X")
    assert dash.is_punct


def test_a_name_read_as_a_preposition_is_retagged_with_its_flag():
    """'“...,” From said.': the parse's preposition "From" made the verb's subject (a name),
    its flag as computed."""
    text = "“We are done,” From said."
    rows = [("“", "“", "PUNCT", 4, "punct"), ("We", "we", "PRON", 4, "nsubj"),
            ("are", "be", "AUX", 4, "cop"), ("done", "done", "ADJ", 0, "root"),
            (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
            ("From", "from", "ADP", 8, "case"), ("said", "say", "VERB", 4, "parataxis"),
            (".", ".", "PUNCT", 4, "punct")]
    words = Words(from_conllu(text, conllu(text, [rows])))
    name = next(w for w in words.words if w.text == "From")
    assert name.upos == "PROPN" and name.deprel == "nsubj"
    _agree(words)


def test_borrowed_tags_set_the_flag_too():
    """A word without a tag (a tokenize-only pipeline) takes the tag another reading gives;
    its flag follows that tag, not the empty one it was made with."""
    text = "Ann Roe said the vote was rigged."
    doc = annotate(text)
    doc.sentences[0].words[2].upos = None  # "said": untagged
    doc.sentences[0].words[5].upos = None  # "was"
    hints = annotate(text)
    hints.sentences[0].words[5].upos = "PUNCT"  # a reading that calls "was" punctuation
    words = Words(doc)
    assert not words.complete and not words.words[5].is_punct
    words.borrow_tags(hints)
    assert words.words[2].upos == "VERB" and not words.words[2].is_punct
    assert words.words[5].upos == "PUNCT" and words.words[5].is_punct
    _agree(words)


def test_children_are_the_words_whose_head_it_is_in_order():
    """Words.children gives the index's list: the word's dependents in order, the same on
    every call, and nothing for a word no one depends on."""
    words = Words(from_conllu(_SUED, conllu(_SUED, [_SUED_ROWS])))
    for w in words.words:
        expected = [x for x in words.words if x.head == w.i]
        assert list(words.children(w)) == expected
        assert list(words.children(w)) == expected  # (read twice: the list is not used up)
    said = words.words[1]
    assert [x.text for x in words.children(said)] == ["Officials", "open", "."]
    assert list(words.children(words.words[0])) == []


def test_the_statement_ends_at_the_writers_clause_but_not_inside_a_quote():
    """'Officials said A, and the city has already sued B': the statement ends before the
    writer's own clause the parse hung inside it; the same words inside a quote are the
    officials' (the check is skipped there, as it answers no)."""
    result = attribute_document(from_conllu(_SUED, conllu(_SUED, [_SUED_ROWS])))
    assert [(q.text, q.kind, q.speaker_mention.text, q.cue.text) for q in result.quotes] == [
        ("the bridge would open in May", "indirect", "Officials", "said")]
    quoted = "Officials said the bridge would open “in May, and the city has already sued " \
        "the builder.”"
    rows = [*_SUED_ROWS[:6], ("“", "“", "PUNCT", 9, "punct")] + [
        (f, lemma, upos, head + 1 if head > 6 else head, rel)
        for f, lemma, upos, head, rel in _SUED_ROWS[6:]] + [("”", "”", "PUNCT", 2, "punct")]
    result = attribute_document(from_conllu(quoted, conllu(quoted, [rows])))
    assert [(q.text, q.kind, q.speaker_mention.text) for q in result.quotes] == [
        ("“in May, and the city has already sued the builder.”", "mixed", "Officials")]
