"""Speaker names, twenty-eighth round (h60-nm3): a portfolio's last word before a lone
surname ("Minister of State for Trade Lee said") is the office's, not a first name, and a
"Minister of State for <portfolio>" with no name after it is an unnamed official, no
organisation "State for Trade".  Each test reads a short invented text on the model-free
path."""

from __future__ import annotations

from findings import entities, quotes


def _speaker(text: str) -> tuple[str | None, str | None]:
    """(speaker mention, speaker name) of the text's one quote or statement."""
    (found,) = quotes(text).values()
    return found[1], found[2]


def test_portfolio_word_before_a_lone_surname() -> None:
    """"Minister of State for Trade Lee said": the person is "Lee", the title the whole
    office before him (not a person "Trade Lee" nor a body "State for")."""
    text = "Minister of State for Trade Lee said the deal was done."
    assert entities(text) == [("Lee", "PERSON")]
    assert _speaker(text) == ("Minister of State for Trade Lee", "Lee")
    assert _speaker("“We will act,” Minister of State for Housing Okafor said.")[1] == \
        "Okafor"
    assert entities("Minister of State for Immigration Hale said it was done.") == \
        [("Hale", "PERSON")]


def test_full_names_after_a_portfolio_stay_whole() -> None:
    """Near misses: a given name of the lists, or a first name no list holds, before the
    surname is the person's ("Jo Lee", "Taylor Lee", "Kolton Lee", "Tan Wei Ling")."""
    assert entities("Minister of State for Trade Jo Lee said the deal was done.") == \
        [("Jo Lee", "PERSON")]
    assert entities("Minister for Trade Taylor Lee said it was done.") == \
        [("Taylor Lee", "PERSON")]
    assert entities("Minister of State for Trade Kolton Lee said it was done.") == \
        [("Kolton Lee", "PERSON")]
    assert _speaker("Minister of State for Sustainability Tan Wei Ling said it was "
                    "done.")[1] == "Tan Wei Ling"


def test_portfolio_without_a_name_is_an_unnamed_official() -> None:
    """"The Minister of State for Trade said": no entity, the speaker the office itself
    (as "The Minister for Trade said"), not an organisation "State for Trade"."""
    text = "The Minister of State for Trade said the deal was done."
    assert entities(text) == []
    assert _speaker(text) == ("The Minister of State for Trade", "Minister of State for Trade")
    assert entities("The Minister of State for Health said it was done.") == []


def test_places_and_bodies_after_a_portfolio_stay() -> None:
    """Near misses: a place or a body after the "for" of a long office is still typed
    ("Northern Ireland", "Health and Human Services")."""
    assert entities("The Secretary of State for Northern Ireland said it was done.") == \
        [("Northern Ireland", "GPE")]
    assert entities("Minister of State for Health and Human Services Jo Li said it.") == \
        [("Health and Human Services", "ORG"), ("Jo Li", "PERSON")]


def test_office_word_after_of_before_a_lone_surname() -> None:
    """"Secretary of Homeland Security Noem said": the surname alone follows the office
    (not "Security Noem", "Energy Granholm"); a place's name after "of" is still read as a
    name's first word ("Mayor of Dunmore Hale", no cue), and a full name stays whole."""
    assert _speaker("Secretary of Homeland Security Noem said it was done.")[1] == "Noem"
    assert ("Granholm", "PERSON") in entities("Secretary of Energy Granholm said it was done.")
    assert ("Jennifer Granholm", "PERSON") in entities(
        "Secretary of Energy Jennifer Granholm said it was done.")
    assert ("Dunmore Hale", "PERSON") in entities("Mayor of Dunmore Hale said it was done.")
    assert not any(t == "PERSON" for _, t in entities(
        "The Secretary of Homeland Security said it was done."))
