"""Names the model-free annotator typed wrong, fourteenth round (found by comparing its
PERSON and ORG spans with a statistical tagger's on the train split): each test reads a
short text written for it with the rule-based annotator's entity tags."""

from __future__ import annotations

import pytest
from findings import entities

import quotetrack


@pytest.mark.parametrize("text, name", [
    ("He met President Tomas V. Halvik on Monday.", "Tomas V. Halvik"),
    ("Sergei V. Dubrin, the foreign minister, said the talks went well.", "Sergei V. Dubrin"),
    ("Officer Jason Van Brekel opened fire, the report said.", "Jason Van Brekel"),
    ("Greta Van Orsdel said the vote was close.", "Greta Van Orsdel"),
    ("Minnesota Sen. Al Brenner joked about the vote.", "Al Brenner"),
    ("said Representative Peter T. King of Ohio.", "Peter T. King"),
    ("Congressman Pete King spoke to reporters.", "Pete King"),
])
def test_whole_name_after_initial_particle_or_title_word(text: str, name: str) -> None:
    """A capital initial "V." (not the "v." of "Roe v. Wade"), a capitalised particle inside
    the name ("Van"), a given name "Al" after a title and a surname that is also a title
    ("King") after a given name or an initial stay in the person's name."""
    assert (name, "PERSON") in entities(text)


def test_versus_is_no_initial() -> None:
    assert ("Roe v. Wade", "PERSON") not in entities("The ruling cited Roe v. Wade twice.")


@pytest.mark.parametrize("text, name", [
    ("A producer for Harlow Studios told the paper about the plan.", "Harlow Studios"),
    ("A reporter for Agence Belle-Presse called it chaos.", "Agence Belle-Presse"),
    ("The photo was taken by Dunmore Images last week.", "Dunmore Images"),
    ("The Border Patrol said the tunnel was new.", "Border Patrol"),
    ("Alan Voss, a spokesman for Tellan Capital, said it would sell.", "Tellan Capital"),
    ("A spokeswoman for Marlow Chemical said the plant was safe.", "Marlow Chemical"),
    ("The Kettle Politics poll found him ahead.", "Kettle Politics"),
])
def test_company_and_outlet_by_last_word(text: str, name: str) -> None:
    """A run that ends in a word naming a company, outlet or agency ("Studios", "Presse",
    "Images", "Patrol"; "Capital", "Chemical", "Politics" when they close a name of two
    words) is an organisation, not a person."""
    assert (name, "ORG") in entities(text)


@pytest.mark.parametrize("text, words", [
    ("Ann Vale said on the Kelly File that she would run.", "Kelly File"),
    ("He blamed the Great Recession for the losses.", "Great Recession"),
    ("She hosted Saturday Night Live last year.", "Night Live"),
    ("They celebrated the New Year in Dunmore.", "New Year"),
])
def test_show_event_or_era_is_no_person(text: str, words: str) -> None:
    """A run that ends in the word of a show, event or era ("File", "Recession", "Live",
    "Year") names no person, even after a given name ("Kelly")."""
    assert all(not (words in w or w in words) or t != "PERSON" for w, t in entities(text))


def test_capital_inside_a_name_is_no_organisation_of_its_own() -> None:
    assert ("Capital", "ORG") not in entities("Analysts at Redd Capital Markets agreed.")
    assert ("International", "ORG") not in entities("The International Paper mill closed.")


@pytest.mark.parametrize("text, person, org", [
    ("She told Megan Voss of Harlow News on Monday that she would run.", "Megan Voss",
     "Harlow News"),
    ("Another pollster, David Orrin of Dunmore University, said it was close.",
     "David Orrin", "Dunmore University"),
])
def test_person_of_an_organisation_is_two_names(text: str, person: str, org: str) -> None:
    """ "<given name> <surname> of <organisation>" is a person and an organisation, not one
    organisation ("Bank of America" stays one)."""
    found = entities(text)
    assert (person, "PERSON") in found and (org, "ORG") in found
    assert ("Bank of America", "ORG") in entities("The Bank of America said it would sell.")


@pytest.mark.parametrize("text, name", [
    ("House Intelligence Republican Mike Tolliver said the memo was false.", "Mike Tolliver"),
    ("said Harlow County Recorder Helen Voss during a hearing.", "Helen Voss"),
])
def test_given_name_late_in_a_run_opens_the_persons_name(text: str, name: str) -> None:
    """A given name after three or more capitalised words that describe the person (a
    committee, a party, an office) opens one name to the run's end, not a lone given
    name and a lone surname."""
    assert (name, "PERSON") in entities(text)


@pytest.mark.parametrize("text, name", [
    ("Archbishop Aris Vale of the Dunmore Patriarchate told them so.", "Aris Vale"),
    ("Co-moderator Jana Holt raised the issue.", "Jana Holt"),
    ("Pres. Tom Orrin claimed a new era had begun.", "Tom Orrin"),
])
def test_role_before_a_name_is_a_title(text: str, name: str) -> None:
    """Clergy, moderators, anchors and "Pres." open a name as titles do; the name is the
    person's without them."""
    assert (name, "PERSON") in entities(text)


def test_person_and_organisation_are_two_names() -> None:
    """ "<given name> <surname> and <organisation>" is a list of two, not one
    organisation that ends in the second's word."""
    found = entities("Instead, Harlow News’ Alex Brill and Reuters’ Ann Voss argued it.")
    assert ("Alex Brill", "PERSON") in found and ("Reuters", "ORG") in found


@pytest.mark.parametrize("text, place", [
    ("The shooting in San Arvedo shocked the town.", "San Arvedo"),
    ("He won a scholarship to West Harlow to study law.", "West Harlow"),
    ("She hosts a radio show in Cape Dunmore every week.", "Cape Dunmore"),
])
def test_place_opener_makes_a_place_not_a_person(text: str, place: str) -> None:
    """A name of two or three words opened by "San", "Santa", "Los", a compass word,
    "Upper", "Mount" or "Cape" is a place ("Las Vegas Sun" and "South Carolina Democrat"
    keep their known place and their last word)."""
    assert (place, "GPE") in entities(text)
    found = entities("A South Carolina Democrat said it.")
    assert ("South Carolina", "GPE") in found and ("Democrat", "NORP") in found


def test_plural_title_abbreviation_is_no_organisation() -> None:
    """ "Sens." and "Reps." (one period at the end) are titles, not abbreviated
    organisations like "I.R.S.", and a heading's all-caps "TEXT" names nothing."""
    found = entities("Sens. Ray Holt of Ohio and Tom Brill said the bill would pass.")
    assert ("Ray Holt", "PERSON") in found and ("Tom Brill", "PERSON") in found
    assert not any(w.startswith("Sens.") for w, _ in found)
    assert entities("TEXT.") == []
    assert ("I.R.S.", "ORG") in entities("The I.R.S. said it would appeal.")


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text).quotes]


@pytest.mark.parametrize("text, speaker", [
    ("“We will not comment,” a representative for Sen. Tom Vale said on Monday.",
     "a representative for Sen. Tom Vale"),
    ("“It is over,” one senior strategist said.", "one senior strategist"),
    ("“The plant will close,” one employee said.", "one employee"),
    ("A person familiar with the talks said the deal was “dead.”", "A person"),
])
def test_unnamed_source_after_an_indefinite_or_a_source_noun(text: str, speaker: str) -> None:
    """A title after "a"/"one"/"another" ("a representative for X", "one senior
    strategist") and nouns of people who speak unnamed ("one employee", "a person familiar
    with") make an unnamed source as the speaker, like "a spokesman for X"."""
    assert _speakers(text) == [speaker]
