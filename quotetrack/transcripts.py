"""Interviews and transcripts in a text: the labels of a question-and-answer interview
("Q: ...", "A. ...", "**A:**", "Answer:", a "Q" run into the question's first word) and the
lines of a transcript labelled by a name in capitals ("DOE: ...", "MR. DOE: ..."), read from
the text alone, for the speakers of :mod:`quotetrack.resolve` and the statements of
:mod:`quotetrack.pipeline`."""

from __future__ import annotations

import re

#: The fewest lines labelled by a name in capitals that make a transcript.
TURNS_MIN = 2
#: The fewest answer lines ("A: ...") that make a text a question-and-answer interview.
_QA_MIN_ANSWERS = 2
#: A transcript line: a speaker's name in capitals, an honorific before it or not, and a
#: colon ("DOE: Well, I ...", "MS. DOE: ..."; British, without the point: "MR FENTON:",
#: "CLLR ASHE:", "COUNCILLOR ASHE:"); group 1 the honorific, 2 the name.
TURN_LABEL = re.compile(
    r"^[ \t]*((?:(?:MR|MS|MRS|DR|SEN|REP|GOV)\.|MR|MS|MRS|DR|CLLR|COUNCILLOR)[ \t]+)?"
    r"([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2}):[ \t]+(?=\S)", re.M)
#: An interview's question or answer label that opens a line, in the styles news prints
#: it: "Q: ", "A. ", bold "**Q:** " or "**A**: ", "Question: ", "ANSWER: "; group 1 the
#: label's word (see :data:`QA_KINDS`).
QA_LINE = re.compile(r"^[ \t]*(?:\*\*)?(Q|A|Question|Answer|QUESTION|ANSWER)(?:\*\*)?[:.]"
                     r"(?:\*\*)?[ \t]+(?=\S)", re.M)
#: The label words of :data:`QA_LINE` as a question's ("Q") or an answer's ("A").
QA_KINDS = {"Q": "Q", "Question": "Q", "QUESTION": "Q", "A": "A", "Answer": "A",
            "ANSWER": "A"}
#: Words of an interview's introduction ("spoke to the Ledger", "sat down with", "This
#: interview has been edited", "Questions and answers have been edited", "Excerpts:"): a
#: text of "Q:" and "A:" lines without one is a list of questions (an FAQ), no interview.
_INTERVIEW_INTRO = re.compile(
    r"\b(?:interview(?:s|ed)?|spoke|speaks|talked|talks|sat|sits|conversation|transcript|"
    r"questions|edited|excerpts|Q&A)\b", re.I)


def qa_label_kind(m: re.Match[str]) -> str:
    """"Q" or "A": the kind of the interview label ``m`` of :data:`QA_LINE`."""
    return QA_KINDS[m.group(1)]


def qa_transcript(text: str) -> list[re.Match[str]]:
    """The question and answer labels of ``text`` (:data:`QA_LINE`) when it is a
    question-and-answer interview: two answer lines or more, a question line too unless
    every answer's label takes a colon (not "A. Philip Randolph said ..." twice), and words
    of an interview before the first label ("Mayor Ana Ruiz spoke to the Ledger ... Q: ...
    A: ..."); else an empty list.  One pass over the text, only when it holds a label."""
    if "A:" not in text and "A." not in text and "Answer" not in text and \
            "ANSWER" not in text and "A**" not in text:
        return []
    labels = list(QA_LINE.finditer(text))
    answers = [m for m in labels if QA_KINDS[m.group(1)] == "A"]
    if len(answers) < _QA_MIN_ANSWERS or \
            len(answers) == len(labels) and any(":" not in m.group() for m in answers) or \
            _INTERVIEW_INTRO.search(text, 0, labels[0].start()) is None:
        return []
    return labels


#: A question's label "Q" a scraped page ran into the question's first word ("QLast year,
#: you ...", "QYou've said ..."; not "QVC" or "QB").
GLUED_Q = re.compile(r"Q[A-Z][a-z'’]")


#: A paragraph that opens with :data:`GLUED_Q`.
GLUED_Q_LINE = re.compile(r"^Q[A-Z][a-z'’]", re.M)
#: The first word of a question a scraped page ran into its "Q" label ("QYou've said ...",
#: "QWhat happened?"), group 1 its letters before any clitic.
_GLUED_Q_WORD = re.compile(r"Q([A-Z][a-z]*)(?:['’][a-z]+)?\b")
#: Words that open an interviewer's question or prompt: only after one of these is a "Q"
#: run into a capitalised word read as the question's label, never "QAnon" or "QCells".
_QUESTION_OPENERS = frozenset({
    "you", "your", "what", "why", "how", "when", "where", "who", "whom", "whose", "which",
    "whether", "is", "are", "was", "were", "do", "does", "did", "can", "could", "will",
    "would", "should", "shall", "may", "might", "must", "have", "has", "had", "there",
    "the", "a", "an", "in", "on", "at", "as", "but", "and", "so", "if", "last", "this",
    "that", "these", "those", "it", "let", "tell", "some", "many", "after", "before",
    "since", "now", "we", "i", "for", "with", "talk", "about", "one", "given", "isn't",
    "aren't", "don't", "doesn't", "didn't", "wasn't", "weren't"})


def glued_question(text: str, p0: int) -> bool:
    """True when the paragraph at ``p0`` opens with a question's "Q" a scraped page ran
    into the question's first word, a word that opens questions ("QLast year, you said
    ...", "QYou've stayed ...", "QWhat happened?"); not "QAnon" or "QCells".  Only for a
    paragraph of a question-and-answer transcript (the caller checks)."""
    m = _GLUED_Q_WORD.match(text, p0)
    return m is not None and m.group(1).lower() in _QUESTION_OPENERS


def ends_turn(text: str, b: int, end: int) -> bool:
    """True when the unlabelled paragraph whose words run [b, end) is no continuation of the
    transcript turn before it: it opens with no letter ("(Laughs.)", "(END VIDEO CLIP.)",
    "…", "[Crosstalk]"), ends with a question mark (a question that lost its label, the
    writer's aside "Why now?"), or opens with a question's "Q" a scraped page ran into its
    first word ("QLast year, you said ...")."""
    return not text[b:b + 1].isalpha() or text[end - 1:end] == "?" or \
        GLUED_Q.match(text, b) is not None
