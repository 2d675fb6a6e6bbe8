"""Speaker resolution cases the first wave of the seventeenth round left open (h34-crs): a
role noun that names the same job as the title a person was given ("the attorney" for
"Tom Doe's lawyer, Ann Roe", "the boss" for a club's manager).

Every text here is invented, and is read by the model-free default path.
"""

from __future__ import annotations

import pytest
from findings import quote_rows


@pytest.mark.parametrize("role, title", [
    ("the defense attorney", "lawyer"),
    ("the lawyer", "attorney"),
    ("the spokesman", "spokesperson"),
])
def test_a_role_noun_of_the_same_job_is_the_person_given_it(role, title):
    """ "Tom Doe's lawyer, Ann Roe, ... the defense attorney said": attorney and lawyer
    (spokesman and spokesperson) name one job, so the role noun is the person given it,
    not a new, unnamed speaker."""
    text = ("Prosecutor Jim Vale said Tom Doe had lied to the court.\n\n"
            f"Tom Doe's {title}, Ann Roe, argued that the evidence was weak.\n\n"
            f'"We will appeal," {role} said.\n')
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names['"We will appeal,"'] == "Ann Roe", names


def test_the_boss_of_a_club_is_its_manager():
    """ "Kelworth Town manager Sam Pike ... The Kelworth boss said": a club's boss is its
    manager."""
    text = ("Kelworth Town manager Sam Pike said his players had let the fans down.\n\n"
            '"We were not good enough," Pike said.\n\n'
            "The Kelworth boss added that he would not resign.\n")
    rows = {q[0]: (q[2], q[3]) for q in quote_rows(text)}
    assert rows["he would not resign"] == ("The Kelworth boss", "Sam Pike"), rows


def test_the_place_before_a_role_noun_picks_the_person_titled_with_it():
    """ "Dunmore manager Ian Cole ... Kelworth Town manager Sam Pike ... The Dunmore manager
    said": of two managers, the one whose title phrase holds "Dunmore", not the one named
    last."""
    text = ("Dunmore manager Ian Cole said his side deserved the win.\n\n"
            "Kelworth Town manager Sam Pike said his players had let the fans down.\n\n"
            "The Dunmore manager said he was pleased.\n\n"
            "The Kelworth boss added that he would not resign.\n")
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names["he was pleased"] == "Ian Cole", names
    assert names["he would not resign"] == "Sam Pike", names


def test_it_is_the_organisation_its_sentence_is_about():
    """ "Corvane Inc. unveiled its phone, which it calls '...'": no organisation has spoken,
    so "it" is the business named as its sentence's subject."""
    text = ("Corvane Inc. unveiled its new phone on Tuesday, which it calls \"the toughest "
            "phone we have ever made\".\n")
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names['"the toughest phone we have ever made"'] == "Corvane Inc.", names


@pytest.mark.parametrize("rank, name", [("elder", "Ada Voss"), ("younger", "Lena Voss")])
def test_the_elder_of_two_namesakes_is_the_one_given_the_greater_age(rank, name):
    """ "Ada Voss, 71, ... her sister, Lena Voss, 66, ... The elder Voss said": of two
    people of one surname, each given an age, the older (younger) one; not the one named
    last."""
    text = ('"We open at six," said Ada Voss, 71.\n\n'
            'Her sister, Lena Voss, 66, runs the till. "I count the money," Lena Voss said.\n\n'
            f"The {rank} Voss said the shop would stay open.\n")
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names["the shop would stay open"] == name, names


@pytest.mark.parametrize("title, role", [
    ("Minister for Trade", "The minister"),
    ("Federal Minister for Water Resources", "The minister"),
    ("Secretary of Health and Human Services", "The secretary"),
])
def test_a_title_with_its_office_gives_the_role_alone(title, role):
    """ "Minister for Trade Tom Hale ... The minister said": a title with its office after
    "for" or "of" is the person's, and its noun alone names them later (review, round 17)."""
    text = (f"{title} Tom Hale visited the port on Monday.\n\n"
            f"{role} said exports would rise.\n")
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names["exports would rise"] == "Tom Hale", names


def test_a_quantity_opening_a_sentence_is_no_ones_name():
    """ "Some said A. Others said B.": capitalised at the sentence's start, "Some" and
    "Others" are no person named Some; and no later "he" stands for them (review, round
    17)."""
    text = ("Mayor Tom Hale closed the library on Monday. Some said the decision was rushed. "
            "Others said it was overdue. “We had no choice,” he said.\n")
    rows = {q[0]: q for q in quote_rows(text)}
    assert rows["the decision was rushed"][2:] == ("Some", None), rows
    assert rows["it was overdue"][2:] == ("Others", None), rows
    assert rows["“We had no choice,”"][2:] == ("he", "Tom Hale"), rows
