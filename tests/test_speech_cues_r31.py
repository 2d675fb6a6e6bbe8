"""Reported speech whose cue the rules missed (round 31): an adjective after a copula
before "to CUE" that the model-free tagger reads as a noun, an adjunct with a participle
and "this week" between a cue and its "that", and a sentence-opening noun a parser read as
a verb (the cue's clausal subject)."""

from __future__ import annotations

import pytest
from findings import both_paths, parsed, reported
from handparse import spec_rows


@pytest.mark.parametrize("text, statement, speaker", [
    ("The board was quick to note that the budget would fall short by spring.",
     "the budget would fall short by spring", "The board"),
    ("The council is right to note, however, that the new levy would fall on small shops.",
     "the new levy would fall on small shops", "The council"),
    ("The Hale campaign was quick to tell its donors that Lee had dropped out.",
     "Lee had dropped out", "The Hale campaign"),
])
def test_adjective_after_copula_before_to_cue(text: str, statement: str, speaker: str) -> None:
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, speaker)]


def test_noun_after_possessive_is_no_copula_adjective() -> None:
    # "’s" before a noun is a possessive, not "is": the noun is no adjective of a
    # copula, so "to tell" does not take the possessor for its subject through it
    text = "The Hale campaign’s plan to tell donors that Lee had quit drew anger."
    assert all(speaker != "The Hale campaign’s" for _, speaker in reported(text))


@pytest.mark.parametrize("text", [
    "Marta Lindqvist told the Harbor Gazette in a story published this week that the plant "
    "would close in May.",
    "Marta Lindqvist said in an interview aired last night that the plant would close in May.",
])
def test_participle_and_this_week_before_that(text: str) -> None:
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == \
            [("the plant would close in May", "Marta Lindqvist")]


_PARENT_GROUPS = "Parent groups say the new rules are less about safety than about cost."
# a parser's misreading: "Parent" a verb (the clausal subject of "say"), "groups" its object
_PARENT_GROUPS_ROWS = spec_rows(
    "Parent/VERB/3/csubj groups/NOUN/1/obj say/VERB/0/root the/DET/6/det new/ADJ/6/amod "
    "rules/NOUN/10/nsubj are/AUX/10/cop less/ADV/10/advmod about/ADP/10/case "
    "safety/NOUN/3/ccomp than/ADP/13/case about/ADP/13/case cost/NOUN/10/obl ./PUNCT/3/punct",
    {"rules": "rule", "groups": "group", "are": "be"})


def test_opening_noun_read_as_verb_is_the_subject() -> None:
    assert parsed(_PARENT_GROUPS, _PARENT_GROUPS_ROWS) == \
        [("the new rules are less about safety than about cost", "Parent groups")]
    assert reported(_PARENT_GROUPS) == \
        [("the new rules are less about safety than about cost", "Parent groups")]



_HEADLINE = ("Marta Lindqvist Says City Plan Makes No Sense\n\n"
             "Marta Lindqvist, the mayor of Ashford, said on Monday that the plan was flawed.")


def test_title_case_headline_report_on_both_paths() -> None:
    # the model-free tagger, like a parser, reads the capitalised words as one name
    for rows in both_paths(_HEADLINE):
        assert ("City Plan Makes No Sense", "indirect", "Marta Lindqvist") in \
            [r[:3] for r in rows]


@pytest.mark.parametrize("text, statement", [
    ("Lee said after the debate he would not accept the endorsement.",
     "he would not accept the endorsement"),
    ("Lee said before the vote they would lose.", "they would lose"),
])
def test_time_phrase_after_cue_before_bare_clause(text: str, statement: str) -> None:
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, "Lee")]


def test_after_opening_a_clause_is_no_time_phrase() -> None:
    # "after the debate ended": the noun after "after" is a clause's subject, so the
    # words after it are no statement of Lee's ("the party would unite" is not read)
    assert reported("Lee said after the debate ended the party would unite.") == []


@pytest.mark.parametrize("headline", [
    "Marta Lindqvist Accused Of Hiding Ferry Losses From Council",
    "Marta Lindqvist Defends Herself Against Claims She Hid Ferry Losses",
])
def test_headline_passive_or_object_is_no_report(headline: str) -> None:
    # the one accused is no speaker, nor is "X Defends Herself Against" a subject
    text = headline + "\n\nMarta Lindqvist, the mayor of Ashford, spoke on Monday."
    for rows in both_paths(text):
        assert [r for r in rows if r[1] == "indirect"] == []


@pytest.mark.parametrize("text, statement", [
    ("The doctor, Lee said, would resign.", "The doctor, Lee said, would resign"),
    ("The mayor, Jane Doe said, has quit the race.", "The mayor, Jane Doe said, has quit the race"),
])
def test_frame_between_role_subject_and_its_verb(text: str, statement: str) -> None:
    # the frame set off by commas splits a clause whose subject is a role noun: no
    # apposition of the role and the name
    speaker = statement.split(", ")[1].rsplit(" said", 1)[0]
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows if r[1] == "indirect"] == [(statement, speaker)]


def test_role_before_name_in_a_closing_frame_stays() -> None:
    assert reported("The cause was cancer, his daughter, Ruth Hale said.") == \
        [("The cause was cancer", "Ruth Hale")]


def test_headline_question_word_is_no_part_of_the_subject() -> None:
    text = "How Marta Lindqvist Thinks About Ferry Fares\n\nMarta Lindqvist spoke on Monday."
    for rows in both_paths(text):
        assert [r[2] for r in rows if r[1] == "indirect"] == ["Marta Lindqvist"]
