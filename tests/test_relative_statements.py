"""Reported statements around relative clauses: whose they are, and which the news leaves.

(1) A participle after "by", "while" or "after" inside a relative clause that is still open
goes with the relative pronoun, the one it stands for, not the main clause's subject ("The
mayor met with Ann Lee, who last week surprised the council by declaring A": "who", Ann Lee);
a comma before the subordinator closes the relative, and the participle goes with the main
clause again.

(2) A progressive verb after the comma that closes a relative set off after a name is the
name's ("Jo Hale, who won two races, is calling for A": Jo Hale, not "who"), as a plain verb
there already was ("Jo Hale, who won two races, said A").

(3) On the parse: a restrictive relative inside the subject of the sentence's main verb
says who the subject is ("The judges who ruled that A said B"), which the news rarely
reports as a statement, and which the model-free rule leaves alone too; but "There are
experts who think A" reports their view, and a relative set off by a comma ("Ann Lee, who
said A, left") is read as before.  The writer's "That said, ..." and a "which" after a
preposition ("at which point the crowd chanted A") speak for no one.

Every text here was written for the test.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported
from handparse import spec_rows


@pytest.mark.parametrize("text, statement", [
    ("The mayor met with Senator Ann Lee, who last week surprised the council by declaring "
     "she could not back the levy.", "she could not back the levy"),
    ("Tom Reed met the board, which angered staff by announcing that the plant would close.",
     "the plant would close"),
    ("He was a tired farmer who sold his land after saying the county would build a school.",
     "the county would build a school"),
])
def test_participle_in_an_open_relative(text: str, statement: str) -> None:
    (found,) = reported(text)
    assert found[0] == statement
    assert found[1] in ("who", "which")


@pytest.mark.parametrize("text, statement, mention", [
    # a comma closes the relative: the main clause's subject again
    ("The mayor met with Senator Ann Lee, who surprised the council, while saying she "
     "could not back the levy.", "she could not back the levy", "The mayor"),
    # no relative at all
    ("Tom Reed thanked the council by saying the plan was sound.", "the plan was sound",
     "Tom Reed"),
])
def test_participle_outside_a_relative(text: str, statement: str, mention: str) -> None:
    assert (statement, mention) in reported(text)


def test_asking_who_is_no_relative() -> None:
    # "asked who would pay": a question, whose "who" nothing else says
    text = "Tom Reed asked who would pay for it after saying the plan was sound."
    assert all(m == "Tom Reed" for _, m in reported(text))


@pytest.mark.parametrize("text, statement", [
    ("Jo Hale, who won two races, is calling for a recount in the county.",
     "a recount in the county"),
    ("Jo Hale, who won two races, is now saying the count was wrong.", "the count was wrong"),
    ("Jo Hale, who ran the count, was later saying the count was wrong.",
     "the count was wrong"),
])
def test_progressive_after_a_closed_relative(text: str, statement: str) -> None:
    assert reported(text) == [(statement, "Jo Hale")]


@pytest.mark.parametrize("text, statement, mention", [
    # a participle after a comma still goes with the clause's subject
    ("Jo Hale met voters, eventually saying the count was wrong.", "the count was wrong",
     "Jo Hale"),
    # the relative's own statement keeps "who"
    ("Jo Hale, who says the count was wrong, left early.", "the count was wrong", "who"),
])
def test_relative_near_misses(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


_JUDGES = "The judges who ruled that the law was void said little about it."
_JUDGES_PARSE = spec_rows(
    "The/DET/2/det judges/NOUN/10/nsubj who/PRON/4/nsubj ruled/VERB/2/acl:relcl "
    "that/SCONJ/9/mark the/DET/7/det law/NOUN/9/nsubj was/AUX/9/cop void/ADJ/4/ccomp "
    "said/VERB/0/root little/ADJ/10/obj about/ADP/13/case it/PRON/11/obl ././10/punct")


def test_relative_in_the_subject_on_the_parse() -> None:
    # what the judges ruled says who they are; the main clause's statement is "little"
    assert all(m != "who" for _, m in parsed(_JUDGES, _JUDGES_PARSE))


def test_relative_set_off_by_a_comma_on_the_parse() -> None:
    text = "Ann Lee, who said the law was void, left early."
    rows = spec_rows(
        "Ann/PROPN/2/compound Lee/PROPN/11/nsubj ,/PUNCT/5/punct who/PRON/5/nsubj "
        "said/VERB/2/acl:relcl the/DET/7/det law/NOUN/9/nsubj was/AUX/9/cop "
        "void/ADJ/5/ccomp ,/PUNCT/5/punct left/VERB/0/root early/ADV/11/advmod ././11/punct")
    assert parsed(text, rows) == [("the law was void", "who")]


def test_there_are_experts_who_think_on_the_parse() -> None:
    text = "There are some experts who think the case is clear."
    rows = spec_rows(
        "There/PRON/2/expl are/VERB/0/root some/DET/4/det experts/NOUN/2/nsubj "
        "who/PRON/6/nsubj think/VERB/4/acl:relcl the/DET/8/det case/NOUN/10/nsubj "
        "is/AUX/10/cop clear/ADJ/6/ccomp ././2/punct")
    assert parsed(text, rows) == [("the case is clear", "who")]


def test_that_said_on_the_parse() -> None:
    text = "That said, she also noted the plan was late."
    rows = spec_rows(
        "That/DET/2/nsubj said/VERB/0/root ,/PUNCT/2/punct she/PRON/6/nsubj "
        "also/ADV/6/advmod noted/VERB/2/ccomp the/DET/8/det plan/NOUN/10/nsubj "
        "was/AUX/10/cop late/ADJ/6/ccomp ././2/punct")
    # (the parse makes "said" the root and "she also noted" its clause)
    assert all(m != "That" for _, m in parsed(text, rows))


def test_which_after_a_preposition_on_the_parse() -> None:
    text = "He said the wall would rise, at which point the crowd cheered."
    rows = spec_rows(
        "He/PRON/2/nsubj said/VERB/0/root the/DET/4/det wall/NOUN/6/nsubj "
        "would/AUX/6/aux rise/VERB/2/ccomp ,/PUNCT/10/punct at/ADP/9/case "
        "which/PRON/10/nsubj point/VERB/2/parataxis the/DET/12/det crowd/NOUN/13/nsubj "
        "cheered/VERB/10/ccomp ././2/punct")
    assert all(m != "which" for _, m in parsed(text, rows))
