"""Names the model-free annotator typed wrong, fourteenth round, second pass (found by
comparing its PERSON and ORG spans with a statistical tagger's on the train split): each
test reads a short text written for it with the rule-based annotator's entity tags."""

from __future__ import annotations

from findings import entities

import quotetrack


def test_long_acronym_in_running_text_is_an_organisation() -> None:
    """An all-caps word of five letters or more inside a sentence is an organisation's
    letters; an all-caps heading word or one beside other capitals is not."""
    assert ("WALDRA", "ORG") in entities("Mia Torvend told the WALDRA meeting the plan was dead.")
    assert ("FENTRU", "ORG") in entities("The deal was backed by FENTRU, its lawyers said.")
    assert entities("ABSTRACT: The committee met on Monday.") == []
    assert not any(t == "ORG" for _, t in entities("It said NUCLEAR WEAPONS were banned."))


def test_organisation_name_keeps_a_plural_possessive() -> None:
    """A plural's possessive inside an organisation's name does not split it ("the Lark
    Valley Passengers' Association", "the Dorn People's Party"); a person's possessive
    before an organisation does ("Jane Velt's Labour Party", "Tom Harks' Union")."""
    assert ("Lark Valley Passengers ’ Association", "ORG") in entities(
        "The Lark Valley Passengers’ Association said fares rose.")
    assert ("Dorn People 's Party", "ORG") in entities("The Dorn People's Party won.")
    assert ("Harlow Teachers ' Union", "ORG") in entities("The Harlow Teachers' Union voted.")
    found = entities("Jane Velt's Labour Party won, and Tom Harks' Union lost.")
    assert ("Jane Velt", "PERSON") in found and ("Labour Party", "ORG") in found
    assert ("Tom Harks", "PERSON") in found


def test_hospital_and_initiative_end_an_organisation() -> None:
    """"Hospital", "Clinic" and "Initiative" close an organisation's name of two words or
    more: no person "Hospital" after the title-like "General", no person "Lorne" alone."""
    assert entities("He was taken to Eastbrook General Hospital, police said.") == [
        ("Eastbrook General Hospital", "ORG")]
    assert entities("She spoke at the Lorne Global Initiative on Monday.") == [
        ("Lorne Global Initiative", "ORG")]
    assert ("Harbin Clinic", "ORG") in entities("A doctor at the Harbin Clinic said so.")


def test_surname_said_after_a_given_name() -> None:
    """A capitalised "Said" after a given name mid-sentence is a surname, so the apposition
    after it resolves to the whole name; title-case "Said She" stays a verb."""
    text = ("The team lost 3-0 on Sunday. Omar Said, the club's captain, said: "
            "\"We were not good enough.\"")
    assert ("Omar Said", "PERSON") in entities(text)
    quote = quotetrack.extract(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Omar Said"
    assert ("Omar Said", "PERSON") in entities("“We lost,” said Omar Said, the captain.")
    assert ("Hillary", "PERSON") in entities("Hillary Said She Would Run Again")


def test_dateline_with_a_place_of_two_words_is_skipped() -> None:
    """A dateline whose place opens with a capitalised adjective ("New Haven (Reuters) -")
    is no part of the statement after it."""
    text = "New Haven (Reuters) - The city will cut bus fares, Mayor Ann Kell said on Monday."
    quote = quotetrack.extract(text).quotes[0]
    assert quote.text == "The city will cut bus fares"


def test_foundation_named_for_a_couple_is_one_organisation() -> None:
    """"the Tom and Ada Vell Foundation" names one foundation, not the person Tom and an
    organisation; "Tom and Ada Vell spoke" stays two people."""
    assert entities("The Tom and Ada Vell Foundation gave money.") == [
        ("Tom and Ada Vell Foundation", "ORG")]
    assert ("Tom", "PERSON") in entities("Tom and Ada Vell spoke on Monday.")


def test_province_of_two_words_is_a_place() -> None:
    """A province of another federation is a place, not a person's name of two words."""
    assert entities("He flew to Nova Scotia on Monday.") == [("Nova Scotia", "GPE")]
    assert ("New South Wales", "GPE") in entities("Officials in New South Wales said so.")


def test_run_together_company_name_is_an_organisation() -> None:
    """A company's two words run together in one ("TrelAir", "BrightMesh") is an
    organisation, also as the subject of "said"; surnames with a capital inside ("McTavish",
    "LeBrun", "VanderKamp") and run-together given names ("MaryAnn") stay people."""
    assert ("TrelAir", "ORG") in entities("The fare rose on Monday, TrelAir said.")
    assert ("BrightMesh", "ORG") in entities("He left BrightMesh in May.")
    found = entities("McTavish, LeBrun and VanderKamp met MaryAnn Holt, aides said.")
    assert not any(t == "ORG" for _, t in found)


def test_unknown_name_opening_a_sentence_before_said_is_a_person() -> None:
    """A word no list knows, first in its sentence and the subject of "said" or "told", is
    a name; a plural or common noun before "said" and the idiom "Enough said." are not."""
    assert entities("The vote failed. Brenvik said so.") == [("Brenvik", "PERSON")]
    assert entities("The vote failed. Quelsa told us so.") == [("Quelsa", "PERSON")]
    assert entities("The vote failed. Protesters said so.") == []
    assert entities("The vote failed. Enough said.") == []


def test_given_name_missing_from_the_short_list_opens_a_sentence() -> None:
    """A given name that only the fuller list of given names knows is a person also first
    in its sentence ("Greta went home"); the common word "Will" there stays a verb."""
    assert entities("The vote failed. Greta went home early.") == [("Greta", "PERSON")]
    assert entities("The vote failed. Will it pass?") == []
