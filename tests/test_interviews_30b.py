"""Question-and-answer interviews scraped with their question label run into the question
(h62-qq, thirtieth round): "QLast spring, you told the council ..." is a question of the
transcript when the text is an interview with answer labels ("A: ...") and the word after
the "Q" is one that opens questions ("QLast", "QYou've", "QWhat"); its "you" is then the
interviewee, as after "Q:".  Near misses: "QAnon posts say you ..." (no question opener),
the same paragraphs in a text with no answer labels (no transcript).

Every text is invented; each case is checked on the default path
(``quotetrack.extract``) and on the parsed path over the model-free annotator's Document
(``attribute_document(annotate(text))``).
"""

from __future__ import annotations

from findings import both_paths

from quotetrack.resolve import glued_question

Row = tuple[str, str, str | None, str | None]

INTRO = ("Mayor Ana Ruiz spoke to the Ledger about the budget. This interview has been "
         "edited for length and clarity.\n\n")
TEXT = INTRO + ("QLast spring, you told the council that the pools would close. Why?\n\n"
                "A: We had no choice. The state cut our aid.\n\n"
                "QWill you run again?\n\n"
                "A: I have not decided.\n")



def _holding(rows: list[Row], piece: str) -> list[Row]:
    return [r for r in rows if piece in r[0]]


def test_you_in_a_glued_question_is_the_interviewee():
    """ "QLast spring, you told the council ...": the question's "you" is the one asked."""
    for rows in both_paths(TEXT):
        assert _holding(rows, "pools would close") == [
            ("the pools would close", "indirect", "you", "Ana Ruiz")], rows
        assert _holding(rows, "We had no choice") == [
            ("We had no choice. The state cut our aid.", "indirect", "A", "Ana Ruiz")], rows


def test_a_q_name_is_no_question_label():
    """ "QAnon posts say you told ...": "QAnon" is a name, no question's label, so "you"
    stays no one's."""
    text = TEXT.replace("QLast spring,", "QAnon posts say")
    for rows in both_paths(text):
        assert _holding(rows, "pools would close") == [
            ("the pools would close", "indirect", "you", None)], rows


def test_no_answer_labels_no_transcript():
    """The same paragraphs without "A:" labels are no transcript: "you" stays no one's."""
    for rows in both_paths(TEXT.replace("A: ", "")):
        assert _holding(rows, "pools would close") == [
            ("the pools would close", "indirect", "you", None)], rows


def test_glued_question_words():
    """Only a word that opens questions after the "Q" reads as a question's label."""
    for text in ("QLast year, you said", "QYou've said", "QWhat happened?", "QIf you win?",
                 "QThere's talk of a run."):
        assert glued_question(text, 0), text
    for text in ("QAnon posts said", "QCells will build", "Qatar said", "Quebec said",
                 "QVC said", "Q: Why?"):
        assert not glued_question(text, 0), text
