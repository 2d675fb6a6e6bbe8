"""Interviews and transcripts (h63-int, thirty-first round).

"BRENNOCK: I think ...\\n\\nI also said ...": a paragraph with no label of its own that
continues a turn labelled by a name in capitals is still that speaker's, and so is its "I"
(as the paragraph that continues an "A:" answer was already); "JONES: I ..." is the Jones
the story calls by that one name.  Near misses: a paragraph that ends the turn
("(Laughter.)"), a text with one label only (no transcript).  A question's "Q" run into its
first word ("QYou said ...", "QKestria is ...") names no person or place.  The model-free
tagger reads "the pools cost too much" with "cost" a verb.

Every text is invented; each case is checked on the default path
(``quotetrack.extract``) and on the parsed path over the model-free annotator's Document
(``attribute_document(annotate(text))``).
"""

from __future__ import annotations

import pytest
from findings import both_paths, entity_types, upos
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.parse.rules import annotate

Row = tuple[str, str, str | None, str | None]

TRANSCRIPT = ("Mayor Tilda Brennock spoke to the Harbor Ledger on Tuesday.\n\n"
              "LEDGER: Why close the pools?\n\n"
              "BRENNOCK: The pools were losing money. We had no choice.\n\n"
              "I also said we would reopen them next summer.\n\n"
              "LEDGER: Will you run again?\n\n"
              "BRENNOCK: I have not decided yet.\n")


def _holding(rows: list[Row], piece: str) -> list[Row]:
    return [r for r in rows if piece in r[0]]


def test_i_in_a_continued_named_turn_is_the_speaker():
    """ "BRENNOCK: ...\\n\\nI also said ...": the second paragraph's "I" is Brennock."""
    for rows in both_paths(TRANSCRIPT):
        assert _holding(rows, "reopen them") == [
            ("I also said we would reopen them next summer.", "indirect", "BRENNOCK",
             "Tilda Brennock"),
            ("we would reopen them next summer", "indirect", "I", "Tilda Brennock")], rows


def test_i_after_an_honorific_label():
    """ "MR. VENN: ...\\n\\nI told ...": the same after a label with an honorific."""
    text = ("Transcript of the debate between Dario Venn and Petra Jones.\n\n"
            "MODERATOR: Mr. Venn, is the budget balanced?\n\n"
            "MR. VENN: It is balanced.\n\n"
            "I told the council the deficit was gone.\n\n"
            "MS. JONES: That is not true.\n")
    for rows in both_paths(text):
        assert ("the deficit was gone", "indirect", "I", "Dario Venn") in rows, rows
        assert not [r for r in rows if r[3] == "Petra Jones" and "deficit" in r[0]], rows


def test_a_turn_ended_by_a_stage_note_keeps_i_unresolved():
    """ "(Laughter.)" ends the turn: the "I" after it is no longer Brennock's."""
    text = TRANSCRIPT.replace("I also said", "(Laughter.)\n\nI also said")
    for rows in both_paths(text):
        assert ("we would reopen them next summer", "indirect", "I", None) in rows, rows


def test_one_label_is_no_transcript():
    """A single line labelled in capitals makes no transcript: the "I" after it is no one."""
    text = ("Mayor Tilda Brennock faced the council on Tuesday.\n\n"
            "BRENNOCK: The pools were losing money.\n\n"
            "I also said we would reopen them next summer.\n")
    for rows in both_paths(text):
        assert ("we would reopen them next summer", "indirect", "I", None) in rows, rows


GLUED = ("Senator Orla Pemberton sat down with the Courier this week.\n\n"
         "QYou said the bridge would open in May. What happened?\n\n"
         "A: The steel came late.\n\n"
         "QKestria is next door. Did you go there?\n\n"
         "A: I did.\n")


def test_a_glued_you_is_the_one_asked_and_no_name():
    """ "QYou said ...": a question's label run into "You" is no person called "QYou" but
    the question's "you", the one the interview asks."""
    for rows in both_paths(GLUED):
        assert _holding(rows, "bridge") == [
            ("the bridge would open in May", "indirect", "QYou", "Orla Pemberton")], rows
    for result in (quotetrack.extract(GLUED), quotetrack.attribute_document(annotate(GLUED))):
        assert not [e.name for e in result.entities if e.name.startswith("Q")]


def _flat(spec: str) -> list[tuple]:
    """Word rows of one sentence, every word hanging from the first."""
    rows = spec_rows(spec)
    return [(f, lemma, upos, 0 if k == 0 else 1, "root" if k == 0 else "dep", *ner)
            for k, (f, lemma, upos, _, _, *ner) in enumerate(rows)]


def test_a_glued_place_is_no_entity():
    """ "QKestria is next door.": a parser's place "QKestria" at a glued question label of
    the transcript names no place."""
    specs = ["Senator/PROPN/0/x Orla/PROPN/0/x/B-PERSON Pemberton/PROPN/0/x/E-PERSON "
             "sat/VERB/0/x down/ADP/0/x with/ADP/0/x the/DET/0/x Courier/PROPN/0/x/S-ORG "
             "this/DET/0/x week/NOUN/0/x ./PUNCT/0/x",
             "QYou/PRON/0/x said/VERB/0/x the/DET/0/x bridge/NOUN/0/x would/AUX/0/x "
             "open/VERB/0/x in/ADP/0/x May/PROPN/0/x/S-DATE ./PUNCT/0/x",
             "What/PRON/0/x happened/VERB/0/x ?/PUNCT/0/x",
             "A/NOUN/0/x :/PUNCT/0/x The/DET/0/x steel/NOUN/0/x came/VERB/0/x late/ADV/0/x "
             "./PUNCT/0/x",
             "QKestria/PROPN/0/x/S-GPE is/AUX/0/x next/ADJ/0/x door/NOUN/0/x ./PUNCT/0/x",
             "Did/AUX/0/x you/PRON/0/x go/VERB/0/x there/ADV/0/x ?/PUNCT/0/x",
             "A/NOUN/0/x :/PUNCT/0/x I/PRON/0/x did/VERB/0/x ./PUNCT/0/x"]
    doc = quotetrack.from_conllu(GLUED, conllu(GLUED, [_flat(s) for s in specs]))
    names = entity_types(quotetrack.attribute_document(doc))
    assert ("Orla Pemberton", "PERSON") in names
    assert not [n for n, _ in names if n.startswith("Q")], names


def test_a_q_name_in_a_transcript_without_glued_labels_stays():
    """ "QKestria" in a transcript whose questions take "Q:" is a name as written."""
    text = GLUED.replace("QYou said", "Q: You said")
    rows = _flat("QKestria/PROPN/0/x/S-GPE is/AUX/0/x next/ADJ/0/x door/NOUN/0/x ./PUNCT/0/x")
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    assert ("QKestria", "GPE") in entity_types(quotetrack.attribute_document(doc))


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("I think the pools cost too much.", "cost", "VERB"),
    ("The repairs cost $4 million.", "cost", "VERB"),
    ("Voters want too many things.", "want", "VERB"),
    ("The new schools budget too was cut.", "budget", "NOUN"),
    ("The cost of the pools was high.", "cost", "NOUN"),
])
def test_a_verb_of_a_plural_subject_before_a_price_or_an_excess(text: str, word: str,
                                                                 tag: str) -> None:
    """ "the pools cost too much", "the repairs cost $4 million": a word that may be a noun
    is the plural noun's verb before a price or "too much"; "too" that means "also" after a
    compound ("the schools budget too was") leaves it a noun."""
    assert upos(text, word) == tag


RADIO = ("Transcript of the radio interview with Councillor Dario Venn.\n\n"
         "HOST: Do you think the tax will pass?\n\n"
         "VENN: I think it will.\n\n"
         "JONES: I disagree with that entirely.\n\n"
         "HOST: Mr. Jones, why do you oppose it?\n\n"
         "JONES: I think the tax is unfair.\n")


def test_i_of_a_label_the_story_names_by_surname_alone():
    """ "JONES: I think ..." where the story calls him only "Mr. Jones": his "I"; the
    host's questions are no guest's."""
    for rows in both_paths(RADIO):
        assert ("the tax is unfair", "indirect", "I", "Jones") in rows, rows
        assert ("it will", "indirect", "I", "Dario Venn") in rows, rows
        assert not [r for r in rows if "pass?" in r[0] or "oppose" in r[0]], rows


def test_a_frame_at_the_end_of_the_text_does_not_crash():
    """ ' he said she added,"\\'"",': no word after the frame (a crash the property test of
    quote marks found)."""
    text = ' he said she added,"\'"",'
    for rows in both_paths(text):
        assert isinstance(rows, list)
