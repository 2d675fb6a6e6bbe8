"""Reported (indirect) speech, round twenty-three: where a statement ends before the
writer's note on it, the speaker of a cue joined to a relative clause, and the writer's
words before a quote that a parse hangs from the quote's frame (see handparse.py for the
hand-written parses).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import parsed_quotes, reported


def _indirect(text: str, sentences: list[list[tuple]]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in parsed_quotes(text, sentences, kinds=("indirect",))]


# ------------------------------------------------ the writer's note after a statement


@pytest.mark.parametrize("text, statement, mention", [
    # a comparison the writer adds
    ("The mayor said turnout was higher this year, compared with 40 percent in 2012.",
     "turnout was higher this year", "The mayor"),
    ("The mayor said the park would open, compared to the old one.",
     "the park would open", "The mayor"),
    # another's case likened to the statement
    ("Ann Roe said she wants an inquiry too, as have other council members.",
     "she wants an inquiry too", "Ann Roe"),
    ("Tom Reed said he does not hold briefings in public, as was the case on Monday.",
     "he does not hold briefings in public", "Tom Reed"),
    # a relative clause on the last noun that "whose", "where" or a preposition opens
    ("The senator said he admired the governor, whose energy he praised at length.",
     "he admired the governor", "The senator"),
    ("The mayor said the team will play in Dover, where the club was founded in 1890.",
     "the team will play in Dover", "The mayor"),
    ("Jo Hale said she is close to Tom Reed, for whom she raised money last year.",
     "she is close to Tom Reed", "Jo Hale"),
    # a noun phrase that sums the statement up
    ("The council said it would cut 300 jobs, a move that angered the union.",
     "it would cut 300 jobs", "The council"),
    ("Officials said the plant would close next year - a decision that surprised workers.",
     "the plant would close next year", "Officials"),
    ("The coach said there is a debate about the roster, one that will go on all season.",
     "there is a debate about the roster", "The coach"),
    ("The firm said its sales rose 9 percent in the spring, a gain of almost $2 million.",
     "its sales rose 9 percent in the spring", "The firm"),
])
def test_statement_ends_before_the_writers_note(text, statement, mention):
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text, statement", [
    # a name's apposition, which the statement goes on past
    ("Jo Hale said she needed to meet Tom Reed, a banker who knew the mayor, before June.",
     "she needed to meet Tom Reed, a banker who knew the mayor, before June"),
    # an apposition set off inside the statement, its verb after it
    ("The mayor said the island, a fortress for years, will reopen soon.",
     "the island, a fortress for years, will reopen soon"),
    # a noun phrase that opens a clause of its own after a fronted phrase
    ("The report said that after the storm, a crew was sent to the dam.",
     "after the storm, a crew was sent to the dam"),
    # "as" that opens no likening clause
    ("The mayor said the vote was close, as expected.", "the vote was close, as expected"),
    # a frame that closes the sentence credits all of it, the relative clause included
    ("The victim was taken to Dover Hospital, where she remains in a stable condition, a "
     "police spokesman said.",
     "The victim was taken to Dover Hospital, where she remains in a stable condition"),
    ("Rents rose 6 percent last year, a gain that surprised the city, the report said.",
     "Rents rose 6 percent last year, a gain that surprised the city"),
])
def test_statement_kept_whole(text, statement):
    assert [s for s, _ in reported(text)] == [statement]


# ------------------------------------------ a cue that goes on a relative clause (parse)


def _relative_conjunct(comma: bool) -> tuple[str, list[list[tuple]]]:
    """'Tom met Ann Roe, who answered the door and said she would vote.', parsed with
    "said" joined to "met", as parsers often do."""
    text = f"Tom met Ann Roe, who answered the door{',' if comma else ''} and said she would vote."
    s = [("Tom", "Tom", "PROPN", 2, "nsubj", "S-PERSON"), ("met", "meet", "VERB", 0, "root"),
         ("Ann", "Ann", "PROPN", 4, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 2, "obj", "E-PERSON"), (",", ",", "PUNCT", 6, "punct"),
         ("who", "who", "PRON", 7, "nsubj"), ("answered", "answer", "VERB", 4, "acl:relcl"),
         ("the", "the", "DET", 9, "det"), ("door", "door", "NOUN", 7, "obj")]
    if comma:
        s.append((",", ",", "PUNCT", 12, "punct"))
    n = len(s)
    s += [("and", "and", "CCONJ", n + 2, "cc"), ("said", "say", "VERB", 2, "conj"),
          ("she", "she", "PRON", n + 5, "nsubj"), ("would", "would", "AUX", n + 5, "aux"),
          ("vote", "vote", "VERB", n + 2, "ccomp"), (".", ".", "PUNCT", 2, "punct")]
    return text, [s]


def test_cue_joined_to_a_relative_clause_speaks_for_its_relative():
    """The relative's "who" says it (Ann Roe), not the main clause's subject the parse
    joins the cue to."""
    assert _indirect(*_relative_conjunct(comma=False)) == [("she would vote", "who")]


def test_cue_after_a_restrictive_relative_speaks_for_the_main_clause():
    """'Tom greeted the voters who came and said he would fight on.': a relative that no
    comma sets off names whom Tom greeted; "said" goes on Tom's clause."""
    text = "Tom greeted the voters who came and said he would fight on."
    s = [("Tom", "Tom", "PROPN", 2, "nsubj", "S-PERSON"), ("greeted", "greet", "VERB", 0, "root"),
         ("the", "the", "DET", 4, "det"), ("voters", "voter", "NOUN", 2, "obj"),
         ("who", "who", "PRON", 6, "nsubj"), ("came", "come", "VERB", 4, "acl:relcl"),
         ("and", "and", "CCONJ", 8, "cc"), ("said", "say", "VERB", 2, "conj"),
         ("he", "he", "PRON", 11, "nsubj"), ("would", "would", "AUX", 11, "aux"),
         ("fight", "fight", "VERB", 8, "ccomp"), ("on", "on", "ADP", 11, "compound:prt"),
         (".", ".", "PUNCT", 2, "punct")]
    assert _indirect(text, [s]) == [("he would fight on", "Tom")]


def test_cue_after_the_relative_clause_is_closed_speaks_for_the_main_clause():
    """'..., who answered the door, and said A': the comma closes the relative clause, so
    the cue goes on the main clause: Tom says it."""
    assert _indirect(*_relative_conjunct(comma=True)) == [("she would vote", "Tom")]


# ------------------------------- the writer's words before a quote and its frame (parse)


def _frame_after(text: str, mark: str) -> list[list[tuple]]:
    """'The senator ran an ad in Iowa[mark] “We will win,” she says.', parsed with "ran"
    hung from "says" as a clause of its own."""
    s = [("The", "the", "DET", 2, "det"), ("senator", "senator", "NOUN", 3, "nsubj"),
         ("ran", "run", "VERB", 16, "parataxis"), ("an", "a", "DET", 5, "det"),
         ("ad", "ad", "NOUN", 3, "obj"), ("in", "in", "ADP", 7, "case"),
         ("Iowa", "Iowa", "PROPN", 3, "obl", "S-GPE"), (mark, mark, "PUNCT", 3, "punct"),
         ("“", "“", "PUNCT", 12, "punct"), ("We", "we", "PRON", 12, "nsubj"),
         ("will", "will", "AUX", 12, "aux"), ("win", "win", "VERB", 16, "ccomp"),
         (",", ",", "PUNCT", 12, "punct"), ("”", "”", "PUNCT", 12, "punct"),
         ("she", "she", "PRON", 16, "nsubj"), ("says", "say", "VERB", 0, "root"),
         (".", ".", "PUNCT", 16, "punct")]
    return [s]


def test_words_before_a_colon_and_quote_are_not_the_frames_statement():
    text = "The senator ran an ad in Iowa: “We will win,” she says."
    assert _indirect(text, _frame_after(text, ":")) == []


def test_words_before_a_comma_and_quote_stay_the_frames_statement():
    """Near miss: with a comma the sentence is one, and its closing frame credits it."""
    text = "The senator ran an ad in Iowa, “We will win,” she says."
    assert _indirect(text, _frame_after(text, ",")) == [("The senator ran an ad in Iowa", "she")]


def test_paragraph_before_a_quote_is_not_the_frames_statement():
    """A parse sentence that runs on over a paragraph break: the paragraph before the
    quote is the writer's, not what "she said"."""
    text = "Jo Hale spoke for an hour.\n\n“We will win,” she said."
    s = [("Jo", "Jo", "PROPN", 2, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 3, "nsubj", "E-PERSON"),
         ("spoke", "speak", "VERB", 15, "parataxis"), ("for", "for", "ADP", 6, "case"),
         ("an", "a", "DET", 6, "det"), ("hour", "hour", "NOUN", 3, "obl"),
         (".", ".", "PUNCT", 3, "punct"), ("“", "“", "PUNCT", 11, "punct"),
         ("We", "we", "PRON", 11, "nsubj"), ("will", "will", "AUX", 11, "aux"),
         ("win", "win", "VERB", 15, "ccomp"), (",", ",", "PUNCT", 11, "punct"),
         ("”", "”", "PUNCT", 11, "punct"), ("she", "she", "PRON", 15, "nsubj"),
         ("said", "say", "VERB", 0, "root"), (".", ".", "PUNCT", 15, "punct")]
    assert _indirect(text, [s]) == []
