"""Question-and-answer interviews in news (h62-qa, thirtieth round): a transcript whose
answers are labelled "Q:"/"A:", "Q."/"A.", bold "**Q:**"/"**A:**", "Question:"/"Answer:"
or "QUESTION:"/"ANSWER:" under an introduction that names the one asked ("Mayor Ana Ruiz
spoke to the Ledger about the budget. This interview has been edited for length and
clarity.").  Each answer is a statement of the interviewee (kind "indirect", as a
transcript line in no quote marks is; the speaker mention is the answer's label), with the
unlabelled paragraphs that continue it before the next label; the questions are no one's.
Transcripts labelled with names ("RUIZ:", "Ruiz:", several interviewees by surname) keep
their labels' speakers and now also continue a turn over its unlabelled paragraphs.  Near
misses: an FAQ under a notice ("Q: How do I apply? A: Online."), an inline list ("A: ...,
B: ..."), initials opening two paragraphs ("A. Philip Randolph ..."), the paragraph after
the last answer, a stage direction or an unlabelled question between turns.

Every text is invented; each case is checked on the default path
(``quotetrack.extract``) and on the parsed path over the model-free annotator's Document
(``attribute_document(annotate(text))``).
"""

from __future__ import annotations

import pytest
from findings import both_paths

Row = tuple[str, str, str | None, str | None]

INTRO = ("Mayor Ana Ruiz spoke to the Ledger about the budget. This interview has been "
         "edited for length and clarity.\n\n")



def _holding(rows: list[Row], piece: str) -> list[Row]:
    return [r for r in rows if piece in r[0]]


def _transcript(q: str, a: str) -> str:
    return INTRO + (f"{q} Why cut the parks budget?\n\n"
                    f"{a} We had no choice. The state cut our aid.\n\n"
                    f"{q} Will you run again?\n\n"
                    f"{a} I have not decided.\n")


@pytest.mark.parametrize("q, a, mention", [
    ("Q:", "A:", "A"),
    ("Q.", "A.", "A."),
    ("**Q:**", "**A:**", "A"),
    ("**Q**:", "**A**:", "A"),
    ("Question:", "Answer:", "Answer"),
    ("QUESTION:", "ANSWER:", "ANSWER"),
])
def test_each_answer_is_the_interviewees_statement(q, a, mention):
    """The answers are the words of the one the introduction names; the questions are
    no one's; the label is no word of the answer."""
    for rows in both_paths(_transcript(q, a)):
        assert _holding(rows, "We had no choice") == [
            ("We had no choice. The state cut our aid.", "indirect", mention, "Ana Ruiz")], rows
        assert _holding(rows, "I have not decided") == [
            ("I have not decided.", "indirect", mention, "Ana Ruiz")], rows
        assert not _holding(rows, "Why cut") and not _holding(rows, "run again"), rows


def test_an_answer_label_in_capitals_is_no_person():
    """ "QUESTION: ... ANSWER: ...": "ANSWER" is the interview's label, not a speaker of
    that name."""
    for rows in both_paths(_transcript("QUESTION:", "ANSWER:")):
        assert all(r[3] != "ANSWER" for r in rows), rows


@pytest.mark.parametrize("a", ["A:", "A.", "**A:**", "Answer:"])
def test_i_in_an_answer_is_the_interviewee(a):
    """A statement reported inside an answer ("I think A") is the interviewee's in every
    label style, not only after "A:"."""
    text = INTRO + (f"Q: Why cut the parks budget?\n\n{a} I think the state left us no "
                    f"choice.\n\nQ: Will you run again?\n\n{a} I have not decided.\n")
    text = text.replace("Q:", "Q." if a == "A." else "Q:")
    for rows in both_paths(text):
        inner = [r for r in rows if r[0] == "the state left us no choice"]
        assert inner and inner[0][3] == "Ana Ruiz", rows


def test_an_answer_of_several_paragraphs_is_one_speakers():
    """The unlabelled paragraph after an answer continues it, up to the next label."""
    text = INTRO + ("Q: Why cut the parks budget?\n\n"
                    "A: We had no choice. The state cut our aid.\n\n"
                    "And the pools cost more every year.\n\n"
                    "Q: Will you run again?\n\n"
                    "A: I have not decided.\n")
    for rows in both_paths(text):
        assert _holding(rows, "the pools cost more") == [
            ("And the pools cost more every year.", "indirect", "A", "Ana Ruiz")], rows


def test_a_named_turn_of_several_paragraphs_is_one_speakers():
    """A transcript labelled with names continues a turn over its unlabelled paragraphs."""
    text = INTRO + ("LEDGER: Why cut the parks budget?\n\n"
                    "RUIZ: We had no choice. The state cut our aid.\n\n"
                    "And the pools cost more every year.\n\n"
                    "LEDGER: Will you run again?\n\n"
                    "RUIZ: I have not decided.\n")
    for rows in both_paths(text):
        assert [(r[0], r[3]) for r in _holding(rows, "the pools cost more")] == [
            ("And the pools cost more every year.", "Ana Ruiz")], rows
        assert [r[3] for r in _holding(rows, "I have not decided")] == ["Ana Ruiz"], rows


@pytest.mark.parametrize("between", [
    "(Laughs.)\n\n",
    "(END VIDEO CLIP)\n\n",
    "Why now, of all years?\n\n",
    "QWhat about the pools?\n\n",
])
def test_a_turn_ends_at_a_stage_direction_or_an_unlabelled_question(between):
    """Near misses: a stage direction, a question without its label (or one whose bold "Q"
    a scraped page ran into its first word) is no part of the answer before it, nor is
    what follows it."""
    text = INTRO + ("Q: Why cut the parks budget?\n\n"
                    "A: We had no choice.\n\n" + between +
                    "The pools cost more every year.\n\n"
                    "Q: Will you run again?\n\n"
                    "A: I have not decided.\n")
    for rows in both_paths(text):
        assert not _holding(rows, "The pools cost more"), rows
        assert not _holding(rows, between.strip()[1:8]), rows
        assert [r[3] for r in _holding(rows, "We had no choice")] == ["Ana Ruiz"], rows


def test_several_interviewees_labelled_by_surname():
    """Two people asked together, each answer labelled by surname, after a "Q:"."""
    text = ("Ana Ruiz and Tom Reed, the two candidates for mayor, spoke to the Ledger.\n\n"
            "Q: Why run?\n\nRuiz: The city needs a change.\n\n"
            "Reed: The city needs experience.\n\nQ: What about the parks?\n\n"
            "Ruiz: We will save them.\n\nReed: We will fund them.\n")
    for rows in both_paths(text):
        assert [(r[0], r[3]) for r in rows] == [
            ("The city needs a change.", "Ana Ruiz"), ("The city needs experience.", "Tom Reed"),
            ("We will save them.", "Ana Ruiz"), ("We will fund them.", "Tom Reed")], rows


def test_a_transcript_after_a_news_lead_keeps_the_leads_quotes():
    """An ordinary lead with quotes of two people, then the interview: the lead's quotes
    keep their speakers, the answers are the one the lead names most, and the paragraph
    after the last answer is no part of it."""
    text = ("The city will close two pools, Mayor Ana Ruiz said on Monday. \"We had no "
            "choice,\" Ruiz said.\n\n"
            "Council member Tom Reed called the cuts \"cruel.\"\n\n"
            "Ruiz spoke to the Ledger on Tuesday.\n\n"
            "Q: Why cut the parks budget?\n\nA: The state cut our aid.\n\n"
            "Q: Will you run again?\n\nA: I have not decided.\n\n"
            "Reed said later that the mayor had not read the budget.\n")
    for rows in both_paths(text):
        assert [(r[1], r[3]) for r in _holding(rows, "We had no choice")] == [
            ("direct", "Ana Ruiz")], rows
        assert [(r[1], r[3]) for r in _holding(rows, "cruel")] == [("mixed", "Tom Reed")], rows
        assert [(r[2], r[3]) for r in _holding(rows, "The state cut our aid")] == [
            ("A", "Ana Ruiz")], rows
        assert [r[3] for r in _holding(rows, "had not read the budget")] == ["Tom Reed"], rows


@pytest.mark.parametrize("text", [
    # an FAQ under a notice: no interview, no one named
    "The city opened applications for the grant on Monday.\n\n"
    "Q: How do I apply?\nA: Online.\n\nQ: When is the deadline?\nA: March 1.\n",
    # a person named, but no interview: an FAQ about her announcement
    "Mayor Ana Ruiz announced the grant on Monday.\n\n"
    "Q: How do I apply?\n\nA: Online, at the city's website.\n\n"
    "Q: When is the deadline?\n\nA: March 1.\n",
    # an interview whose introduction names no one
    "Readers sent us their questions, edited for length.\n\n"
    "Q: How do I apply?\n\nA: Online, at the city's website.\n\n"
    "Q: When is the deadline?\n\nA: March 1.\n",
])
def test_an_faq_names_no_one(text):
    """Near misses: questions and answers with no interviewee named, or under no
    introduction of an interview, are no one's statements."""
    for rows in both_paths(text):
        assert not _holding(rows, "Online") and not _holding(rows, "March 1"), rows


@pytest.mark.parametrize("text", [
    "In an interview, Ann Lee said the ballot has two measures. A: a tax on hotels, B: a "
    "bond for schools.\n",
    "In an interview, the historian Ann Lee said the march mattered.\n\n"
    "A. Philip Randolph led it in 1963.\n\nA. Philip Randolph spoke first.\n",
])
def test_a_list_or_initials_is_no_transcript(text):
    """Near misses: "A: ..., B: ..." inside a sentence, and two paragraphs opening with an
    initial ("A. Philip Randolph") with no question line, are no interview's answers."""
    for rows in both_paths(text):
        assert not [r for r in rows if "Randolph" in r[0] or r[0].startswith("a tax")], rows


def test_i_in_a_paragraph_that_continues_an_answer_is_the_interviewee():
    """The "I" of a statement in the unlabelled paragraph after an answer is the one
    asked, as in the answer's own paragraph; not after the last label's turn has ended."""
    text = INTRO + ("Q: Why cut the parks budget?\n\n"
                    "A: We had no choice.\n\n"
                    "I told the council the vote would come in June.\n\n"
                    "Q: Will you run again?\n\n"
                    "A: I have not decided.\n\n"
                    "(Laughs.)\n\n"
                    "I said the council would vote in May.\n")
    for rows in both_paths(text):
        assert [r[3] for r in rows if r[0] == "the vote would come in June"] == ["Ana Ruiz"], rows
        assert [r[3] for r in rows if r[0].startswith("the council would vote")] == [None], rows
