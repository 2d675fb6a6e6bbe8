"""Transcripts labelled by names in capitals (h63-int, thirty-first round).

"BRENNOCK: I think ...\\n\\nI also said ...": a paragraph with no label of its own that
continues a turn labelled by a name in capitals is still that speaker's, and so is its "I"
(as the paragraph that continues an "A:" answer was already).  Near misses: a paragraph
that ends the turn ("(Laughter.)", a question), a text with one label only (no transcript).

Every text is invented; each case is checked on the default path
(``quotetrack.extract``) and on the parsed path over the model-free annotator's Document
(``attribute_document(annotate(text))``).
"""

from __future__ import annotations

from findings import both_paths

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
