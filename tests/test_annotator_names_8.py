"""Names the model-free annotator split or typed wrong, seventeenth round (second wave): each
test reads a short text written for it with the rule-based annotator's entity tags (or its
speakers)."""

from __future__ import annotations

from findings import entities, quotes, reported, upos


def test_spanish_and_filipino_surname_particles_stay_in_the_name() -> None:
    """"Ramon dela Cruz", "Maria delos Santos", "Ana de los Reyes": the particles of Filipino
    and Spanish surnames join the given name to the surname, also when the surname opens a
    clause."""
    for name in ("Ramon dela Cruz", "Maria delos Santos", "Ana de los Reyes"):
        assert entities(f"Transport chief {name} said the fare would rise.") == \
            [(name, "PERSON")], name
    assert quotes("“We will not back down,” dela Cruz said.")[
        "“We will not back down,”"][1] == "dela Cruz"


def test_a_job_noun_that_opens_a_sentence_describes_the_name_after_it() -> None:
    """"Caretaker Bill Hensley said", "Architect Simone Drake said", "Hawker Lim Ah Huat
    said": a capitalised trade before a name at the start of a sentence is no part of the
    name, also before a given name that is an ordinary word too ("Bill")."""
    for text, name in (("Caretaker Bill Hensley said the roof was sound.", "Bill Hensley"),
                       ("Architect Simone Drake said the tower would rise.", "Simone Drake"),
                       ("Hawker Lim Ah Huat said prices were up.", "Lim Ah Huat"),
                       ("Nurse Lucy Grant said the ward was full.", "Lucy Grant")):
        assert entities(text) == [(name, "PERSON")], text


def test_mine_before_a_noun_is_the_noun() -> None:
    """"Mine owner Felix Aubert said": "mine" before a noun is a noun modifying it (the
    possessive pronoun never comes before a noun), so the phrase is the cue's subject."""
    assert reported("Mine owner Felix Aubert said on Monday that work would restart in the "
                    "spring.") == [("work would restart in the spring",
                                    "Mine owner Felix Aubert")]


def test_a_name_ending_in_a_word_of_geography_is_no_person() -> None:
    """"Bedok Reservoir", "Kallang Expressway", "Marrow Dam": a place named by a word of
    geography or a road is no person (and so no "he"), like "Bedok Lake" before."""
    assert entities("On Sunday he walked to Bedok Reservoir, then along Kallang Expressway "
                    "to Marrow Dam.") == []


def test_a_name_ending_in_what_a_business_makes_is_a_business() -> None:
    """"Castell Paper", "Harrow Steel", "Dunmore Shipping": a name that ends in what a
    business makes or moves is one, no person."""
    assert entities("Castell Paper said it had lost money, and Harrow Steel and Dunmore "
                    "Shipping agreed.") == [("Castell Paper", "ORG"), ("Harrow Steel", "ORG"),
                                            ("Dunmore Shipping", "ORG")]


def test_one_word_set_off_after_a_noun_of_businesses_is_that_business() -> None:
    """"Britain's third-largest grocer, Fairmarket,": one unknown capitalised word set off
    after a noun of businesses is the business it names."""
    assert entities("Britain's third-largest grocer, Fairmarket, said it would freeze "
                    "prices.") == [("Britain", "GPE"), ("Fairmarket", "ORG")]
    assert ("Veltro", "ORG") in entities("The deal was signed by a chipmaker, Veltro.")


def test_a_title_with_for_and_an_office_is_no_part_of_the_name() -> None:
    """"Federal Minister for Water Resources Shahid Iqbal Khan said": a title, the office
    after "for" and a level of government before it are no part of the name, which starts
    at a given name of the fuller list."""
    assert entities("Federal Minister for Water Resources Shahid Iqbal Khan said the dam "
                    "would open.") == [("Water Resources", "ORG"),
                                       ("Shahid Iqbal Khan", "PERSON")]
    assert entities("Minister for Trade Tom Hale said so.") == [("Tom Hale", "PERSON")]


def test_a_given_name_that_is_a_word_too_opens_the_name_after_a_describer() -> None:
    """"Groundskeeper Bill Hensley said", "Senate Bill Nelson": a given name that is an
    ordinary word too ("Bill") opens the name when one more name-like word closes the run,
    after a describing word the lists lack."""
    assert entities("Groundskeeper Bill Hensley said the pitch was wet.") == \
        [("Bill Hensley", "PERSON")]
    assert ("Bill Nelson", "PERSON") in entities("Senate Bill Nelson said so.")



def test_an_s_verb_before_that_and_an_adjective_is_the_lead_ins_verb() -> None:
    """"The union's statement makes that clear: “...”": "that" before an adjective that ends
    the phrase is the verb's object, so "makes" is the verb and its subject the speaker,
    not the whole lead-in; also when a phrase after "in" or "of" modifies the subject ("A
    note in the filing makes"), but not in "the tax cuts that clear the way"."""
    text = "The union's statement makes that clear: “We will not accept the offer.”"
    assert upos(text, "makes") == "VERB"
    assert quotes(text)["“We will not accept the offer.”"][1] == "The union's statement"
    assert upos("A note in the filing makes that obvious: “No funds were moved.”",
                "makes") == "VERB"
    assert upos("The tax cuts that clear the way were passed.", "cuts") == "NOUN"


def test_will_before_an_s_verb_is_the_person_named_will() -> None:
    """"While Will acknowledges", "Will believes": no modal comes before a verb's -s form,
    so "Will" there is the columnist "Susan Will" named before, like "Will wrote"."""
    text = ("Columnist Susan Will spoke on Monday. While Will acknowledges the plan's appeal, "
            "she said it would fail. Will believes the mayor erred.")
    assert entities(text) == [("Susan Will", "PERSON"), ("Will", "PERSON"),
                              ("Will", "PERSON")]


def test_a_name_after_called_is_no_person_after_a_noun_of_things_or_firms() -> None:
    """"a phone called Lumora Vue": the name a thing is called is no person's (so the maker's
    own "Lumora" does not take it as a full name); after a business noun ("a company called
    Harvell Dane") it is a business; after a noun of people it stays a person."""
    assert entities("The maker launched a phone called Lumora Vue on Tuesday.") == []
    assert entities("A company called Harvell Dane sued the city.") == \
        [("Harvell Dane", "ORG")]
    assert entities("A worker named Tom Orsk said he quit.") == [("Tom Orsk", "PERSON")]


def test_a_given_name_in_ly_or_ing_opens_the_name_after_a_colon() -> None:
    """"victims: Kimberly Morris, ...", "Sterling Drake, the owner, said": a given name with
    an ending of adverbs or verbs ("-ly", "-ing") is no ordinary word where a sentence or a
    list after a colon opens, so the whole name is a person."""
    assert entities("Police named three victims: Kimberly Morris, Tom Hale and Ann Roe.") == \
        [("Kimberly Morris", "PERSON"), ("Tom Hale", "PERSON"), ("Ann Roe", "PERSON")]
    assert entities("Sterling Drake, the owner, said it was sold.") == \
        [("Sterling Drake", "PERSON")]


def test_an_s_word_after_and_joins_the_clauses_earlier_s_verb() -> None:
    """"The film shows X leaving and depicts one of the guards shouting, “...”": an -s word
    after "and" before an object, in a clause whose verb is in -s, is a second verb, so
    "one of the guards" shouts, not "depicts one of the guards"; not before a subject
    pronoun ("charges and insults he would level")."""
    text = ("The film shows Ana Reyes leaving the town and depicts one of the guards "
            "shouting, “Go home!”")
    assert upos(text, "depicts") == "VERB"
    assert quotes(text)["“Go home!”"][1] == "one of the guards"
    assert upos("He cited charges and insults he would level.", "insults") == "NOUN"
