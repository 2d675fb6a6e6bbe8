"""Names the model-free annotator typed wrong, thirteenth round: each test reads a short
text written for it with the rule-based annotator's entity tags."""

from __future__ import annotations

import pytest
from findings import entities


@pytest.mark.parametrize("text, expected", [
    ("Secretary of Health and Human Services Ann Lee said the plan would work.",
     [("Health and Human Services", "ORG"), ("Ann Lee", "PERSON")]),
    ("Minister of Trade and Industry Tom Hale said the plan would work.",
     [("Trade and Industry", "ORG"), ("Tom Hale", "PERSON")]),
    ("Minister of Trade Tom Hale said the plan would work.", [("Tom Hale", "PERSON")]),
    ("Director of Communications Tom Hale said the plan would work.",
     [("Tom Hale", "PERSON")]),
    ("Tom Hale, Minister of Trade and Industry, said the plan would work.",
     [("Tom Hale", "PERSON"), ("Trade and Industry", "ORG")]),
])
def test_office_after_title_of_is_not_the_name(text: str, expected: list) -> None:
    """ "<title> of <office> <name>": the office after "of", even with an "and" in it, is
    part of the title; the person's name is the given name after it, and the office is
    not cut in two at its "and"."""
    assert entities(text) == expected


@pytest.mark.parametrize("text, outlet", [
    ("The Harlow Ledger reported that the plan would work.", "Harlow Ledger"),
    ("According to the Vennberg Courier, the plan would work.", "Vennberg Courier"),
    ("The plan would work, the Millbrook Sentinel said.", "Millbrook Sentinel"),
    ("The plan would work, the Osterby Chronicle said.", "Osterby Chronicle"),
])
def test_newspaper_word_ends_an_outlet(text: str, outlet: str) -> None:
    """A capitalised run ending in a newspaper's name word (Ledger, Courier, Sentinel,
    Chronicle, ...) is an organisation, not a person."""
    assert entities(text) == [(outlet, "ORG")]


@pytest.mark.parametrize("text, org", [
    ("The Organisation for Rural Trade and Development said the plan would work.",
     "Organisation for Rural Trade and Development"),
    ("The Soil and Water Directorate said the plan would work.", "Soil and Water Directorate"),
])
def test_organisation_heads_keep_the_run_whole(text: str, org: str) -> None:
    """A run headed by an organisation word before its "for"/"of" ("Organisation for ...
    and Development"), or ending in one ("... Directorate"), is one organisation: its
    "and" does not split it and its last word is not a person."""
    assert entities(text) == [(org, "ORG")]


@pytest.mark.parametrize("text, org", [
    ("A study by the Academy of Arts, Music and Dance said the plan would work.",
     "Academy of Arts , Music and Dance"),
    ("The Bureau of Mines, Soil and Water said the plan would work.",
     "Bureau of Mines , Soil and Water"),
])
def test_list_closing_an_organisation_belongs_to_it(text: str, org: str) -> None:
    """ "the Academy of Arts, Music and Dance": the run after the comma closes the list
    of the organisation's "of" complement, so it extends the organisation and its last
    word ("Dance", said of it) is not a person."""
    assert entities(text) == [(org, "ORG")]


def test_names_after_an_organisation_stay_people() -> None:
    """A list of people after an organisation's name is not part of it."""
    assert entities("The Center for Farm Policy, Dan Cole and Ann Lee said it.") == [
        ("Center for Farm Policy", "ORG"), ("Dan Cole", "PERSON"), ("Ann Lee", "PERSON")]


@pytest.mark.parametrize("text, org", [
    ("The Centers for Soil Health and Erosion Control said the plan would work.",
     "Centers for Soil Health and Erosion Control"),
    ("The Dunmore Sun-Times said the plan would work.", "Dunmore Sun-Times"),
    ("Harlow Public Radio said the plan would work.", "Harlow Public Radio"),
    ("Osterby Partners said the plan would work.", "Osterby Partners"),
    ("The Dunmore Free Beacon said the plan would work.", "Dunmore Free Beacon"),
    ("The Wellmark Education Consortium said the plan would work.",
     "Wellmark Education Consortium"),
])
def test_more_organisation_words(text: str, org: str) -> None:
    """Plural heads ("Centers for ..."), a hyphenated last word whose last part names an
    outlet ("Sun-Times"), and radio stations, partnerships, consortiums end organisations;
    none of these runs is a person."""
    assert entities(text) == [(org, "ORG")]


@pytest.mark.parametrize("text, org", [
    ("Since May, according to Prairie Rights Watch, the police have held many.",
     "Prairie Rights Watch"),
    ("The sales fell, according to the Division of Harbor Licensing.",
     "Division of Harbor Licensing"),
])
def test_watch_and_division_end_an_organisation(text: str, org: str) -> None:
    """ "Watch", which never starts a name, still ends an organisation's run ("... Rights
    Watch"), and a "Division of ..." is one organisation, not a person "Harbor Licensing"."""
    assert entities(text) == [(org, "ORG")]


def test_name_after_a_headed_organisation_is_a_person() -> None:
    """ "the Office of Roads and Bridges Tom Hale": a run kept whole as an organisation by
    its head still ends at a given name after its last "and"."""
    assert entities("Head of the Office of Roads and Bridges Tom Hale said it.") == [
        ("Office of Roads and Bridges", "ORG"), ("Tom Hale", "PERSON")]
