"""Speaker names, twenty-eighth round (h60-nam): a middle name that is a place or a
surname too ("Deborah Jordan Whitlock", "Tanner Lee Smith"), a place that is a given name
before a role set off at length ("Chad Mercer, the Hale campaign's chairman,"), a double
surname a later "Ms." takes up by its first part ("Lidia Ortega Prado ... Ms. Ortega"), an
office after a title that is no name ("Secretary for Northern Ireland Affairs said"), a
nickname inside a name that opens a reported statement ('Marcia "Cia" Price, his niece,
said'), and a bare party noun ("the Democrat said") never given to someone of the other
party.  Each test reads a short invented text on the model-free path; the last two read
a hand-written parse where a tagger put a full name in a body's run ("Gloria Vance")."""

from __future__ import annotations

from findings import entities, quotes
from handparse import conllu, spec_rows

import quotetrack


def _speaker(text: str) -> tuple[str | None, str | None]:
    """(speaker mention, speaker name) of the text's one quote or statement."""
    (found,) = quotes(text).values()
    return found[1], found[2]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker mention, speaker name) of each quote or statement, in text order."""
    return [(q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes]


# -- a middle name the lists read as something else ---------------------------------------
def test_middle_name_that_is_a_surname_after_an_unlisted_first_name() -> None:
    """"Tanner Lee Smith said": "Tanner" is no word of the lists, "Lee" a given name and a
    surname: the whole name, not "Lee Smith" described by "Tanner"."""
    assert entities("Tanner Lee Smith said the deal was done.") == \
        [("Tanner Lee Smith", "PERSON")]
    assert _speaker("Tanner Lee Smith said the deal was done.") == \
        ("Tanner Lee Smith", "Tanner Lee Smith")
    assert _speaker("“We will act,” Kolton Lee Smith said.") == \
        ("Kolton Lee Smith", "Kolton Lee Smith")
    assert _speaker("“We will act,” said Ruth Ann Miller.") == \
        ("Ruth Ann Miller", "Ruth Ann Miller")


def test_a_role_before_a_middle_name_that_is_a_surname_stays_apart() -> None:
    """Near misses: a role no list holds before "Lee Moran" is still the role ("Stylist",
    "Librarian", "Juror", "Barber", "Trainee" by their endings; "Quarterback" listed)."""
    for role in ("Stylist", "Librarian", "Juror", "Barber", "Trainee", "Quarterback"):
        assert entities(f"{role} Lee Moran said the deal was done.") == \
            [("Lee Moran", "PERSON")], role


def test_middle_name_that_is_a_place() -> None:
    """"Deborah Jordan Whitlock": a given name, a middle name that is a country too and a
    surname are one person, not a place "Jordan"; later "Whitlock" and "she" are her."""
    text = ("In an interview, Deborah Jordan Whitlock told reporters that the show would go "
            "on. Whitlock says the two met online. “We argue on air,” she says.")
    assert ("Deborah Jordan Whitlock", "PERSON") in entities(text)
    assert [name for _, name in _speakers(text)] == ["Deborah Jordan Whitlock"] * 3
    # not a place's own name after a given name
    assert ("Deborah Jordan Valley", "PERSON") not in entities(
        "Deborah Jordan Valley said the deal was done.")


def test_place_given_name_before_a_long_role_set_off() -> None:
    """"Chad Mercer, the Hale campaign's chairman, said": the role set off after the two
    words that open the sentence ends in a noun of people four words on; the first word,
    a country too, is the given name."""
    text = "Chad Mercer, the Hale campaign's chairman, said the attacks were fair."
    assert ("Chad Mercer", "PERSON") in entities(text)
    assert _speaker(text) == ("Chad Mercer", "Chad Mercer")
    assert _speaker("Jordan Pike, the new campaign's top lawyer, said it was fine.") == \
        ("Jordan Pike", "Jordan Pike")
    # a place's own name before a clause set off: no person
    assert ("Jordan Valley", "PERSON") not in entities(
        "Jordan Valley, the region's farmers say, is dry.")


# -- a double surname ------------------------------------------------------------------
def test_double_surname_taken_up_by_its_first_part() -> None:
    """"Lidia Ortega Prado ... Ms. Ortega said": the first part of a double surname, which
    no one else of the story bears, is the same woman, not a new "Ortega"."""
    text = ("“The loans were sound,” said Lidia Ortega Prado, the president of the bank. "
            "Ms. Ortega said the bank had failed.")
    assert _speakers(text) == [("Lidia Ortega Prado", "Lidia Ortega Prado"),
                               ("Ms. Ortega", "Lidia Ortega Prado")]
    text = "Andrés Manuel López Obrador won the vote. “We will act,” Mr. López said."
    assert _speakers(text) == [("Mr. López", "Andrés Manuel López Obrador")]


def test_a_surname_someone_else_bears_is_theirs() -> None:
    """Near misses: a surname a person of the story bears alone goes to that person, and a
    headline that runs a verb onto a name ("Sam Hale Burns Rivals") takes no later
    "Hale"; a middle name that is a given name keys nothing ("Christine Todd Whitman",
    later "Todd" is no one of hers)."""
    text = ("Sam Hale Burns Rivals\n\nSam Hale spoke in Ohio on Monday. “We will act,” "
            "Hale said.")
    assert _speakers(text)[-1] == ("Hale", "Sam Hale")
    text = ("Ann Vale Ruiz spoke first. Tom Vale, her rival, spoke next. “We will act,” "
            "Mr. Vale said.")
    assert _speakers(text)[-1] == ("Mr. Vale", "Tom Vale")


# -- an office after a title -----------------------------------------------------------
def test_office_after_a_title_is_no_name() -> None:
    """"Secretary for Northern Ireland Affairs said", "Minister for Foreign Affairs said":
    the office is no person ("Ireland Affairs", "Foreign Affairs" were); with a name after
    a long office, the name is the person."""
    assert entities("The Secretary for Northern Ireland Affairs said the deal was done.") == []
    assert entities("Minister for Foreign Affairs said the deal was done.") == []
    assert _speaker("Minister for Foreign Affairs said the deal was done.") == \
        ("Minister for Foreign Affairs", "Minister for Foreign Affairs")
    assert ("Jo Lee", "PERSON") in entities(
        "Minister of State for Trade Policy Jo Lee said the deal was done.")
    assert _speaker("“We will act,” Secretary of State for Northern Ireland Affairs Jo Lee "
                    "said.")[1] == "Jo Lee"
    assert _speaker("Minister of State Jo Lee said the deal was done.") == \
        ("Minister of State Jo Lee", "Jo Lee")


def test_names_after_titles_stay() -> None:
    """Near misses: a name after a title, whatever its last word, is still a name."""
    assert entities("Senator Ann Hughes said the deal was done.") == [("Ann Hughes", "PERSON")]
    assert entities("Mayor Tom Affleck said the deal was done.") == [("Tom Affleck", "PERSON")]
    assert entities("Director Avril Haines said the deal was done.") == \
        [("Avril Haines", "PERSON")]
    assert entities("For years, Mr. de Vries noted, the port was slow.") == \
        [("de Vries", "PERSON")]


# -- a nickname inside a name ------------------------------------------------------------
def test_nickname_inside_the_name_of_a_reported_speaker() -> None:
    """'Marcia "Cia" Price, his niece, said A': the mention is the whole name, not
    "Price"; the speaker keeps the name as written; "she" after it is her."""
    text = 'Marcia "Cia" Price, his niece, said the deal was done. “We will act,” she said.'
    assert _speakers(text) == [('Marcia "Cia" Price', 'Marcia "Cia" Price'),
                               ("she", 'Marcia "Cia" Price')]
    assert _speaker('Mick "Mad Dog" Doherty said the fight was on.') == \
        ('Mick "Mad Dog" Doherty', 'Mick "Mad Dog" Doherty')
    text = '“We will act!” Marcia “Cia” Price, his niece, said. She added that it was done.'
    assert _speakers(text) == [('Marcia “Cia” Price', 'Marcia “Cia” Price'),
                               ("She", 'Marcia “Cia” Price')]


# -- a bare party noun -----------------------------------------------------------------
def test_bare_party_noun_is_never_one_of_the_other_party() -> None:
    """"Lee and Hale run. Hale, a Republican, ... the Democrat said": not Hale (no one the
    story named: it never gave Lee a party); "the Republican said" is Hale."""
    base = ("Ann Lee and Tom Hale are running for the Senate seat. Hale, a Republican, has "
            "raised more money. ")
    assert _speaker(base + "“We will win,” the Republican said.") == \
        ("the Republican", "Tom Hale")
    mention, name = _speaker(base + "“We will win,” the Democrat said.")
    assert mention == "the Democrat" and name not in ("Tom Hale", "Ann Lee")


def test_bare_party_noun_goes_to_the_subject_before_as_epithets_do() -> None:
    """"Republican Tom Hale faces Rick Dunn in the primary. Dunn ... the Republican said":
    the subject of the sentence before, whom the story gave no party, as with "the GOP
    front-runner" (an earlier round measured that news means the rival there)."""
    text = ("Republican Tom Hale faces Rick Dunn in the primary. Dunn has raised more "
            "money. “We will win,” the Republican said.")
    assert _speaker(text) == ("the Republican", "Rick Dunn")
    text = ("Democrat Ann Lee faces Tom Hale in the fall. Lee has raised more money. "
            "“We will win,” the Republican said.")
    assert _speaker(text)[1] != "Ann Lee"


# -- a full name a tagger put in a body's run (parse path) ---------------------------------
_BODY_ROWS = [
    spec_rows("Mayor/PROPN/3/compound Gloria/PROPN/3/compound/B-ORG Vance/PROPN/4/nsubj/E-ORG "
              "spoke/VERB/0/root ./PUNCT/4/punct"),
    spec_rows("Vance/PROPN/2/nsubj/S-PERSON said/VERB/0/root the/DET/4/det plan/NOUN/6/nsubj "
              "would/AUX/6/aux work/VERB/2/ccomp ./PUNCT/2/punct"),
]


def _parsed_names(text: str, sentences: list[list[tuple]]) -> list[str | None]:
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q.speaker.name if q.speaker else None
            for q in quotetrack.attribute_document(doc).quotes]


def test_full_name_tagged_as_a_body_names_the_person() -> None:
    """A parser tagged "Gloria Vance" a body and the later "Vance" a person: the given name
    of the lists before the surname in the body's run gives the person's name."""
    text = "Mayor Gloria Vance spoke. Vance said the plan would work."
    assert _parsed_names(text, _BODY_ROWS) == ["Gloria Vance"]


def test_body_without_a_given_name_or_with_two_people_gives_no_name() -> None:
    """Near misses: a body's run whose word before the surname is no given name ("Acme
    Vance"), or a surname two people of the story bear, gives the person no name."""
    text = "Mayor Acme Vance spoke. Vance said the plan would work."
    rows = [spec_rows("Mayor/PROPN/3/compound Acme/PROPN/3/compound/B-ORG "
                      "Vance/PROPN/4/nsubj/E-ORG spoke/VERB/0/root ./PUNCT/4/punct"),
            _BODY_ROWS[1]]
    assert _parsed_names(text, rows) == ["Vance"]
