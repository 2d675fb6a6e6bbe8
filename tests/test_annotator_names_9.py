"""Names the model-free annotator typed wrong or cut short, twenty-first round: each test
reads a short text written for it with the rule-based annotator's entity tags (or its
quotes and speakers)."""

from __future__ import annotations

from findings import entities, quotes


def test_world_news_agencies_and_papers_are_organisations() -> None:
    """"Xinhua said", "Der Spiegel reported", "La Stampa wrote": a wire agency or a foreign
    paper whose article or shape reads as a person's name is an organisation; a surname
    with the same particle stays a person ("Marine Le Pen")."""
    for outlet in ("Xinhua", "Der Spiegel", "La Stampa", "Le Monde", "Haaretz", "Al Jazeera"):
        assert entities(f"“The talks stalled,” {outlet} reported on Monday.") == \
            [(outlet, "ORG")], outlet
    assert quotes("“The talks stalled,” Xinhua said.")["“The talks stalled,”"] == \
        ("direct", "Xinhua", "Xinhua")
    assert entities("“Non,” said Marine Le Pen.") == [("Marine Le Pen", "PERSON")]
    assert entities("“No,” said Evan Spiegel.") == [("Evan Spiegel", "PERSON")]


def test_a_surname_that_is_a_title_word_ends_the_name() -> None:
    """"Billie Jean King said", "Charlie King said": a title word after a given name (one
    borne by men and women alike too) is the surname; "Burger King" (no given name) and
    "Jordan King Abdullah" (a name after the title) are left alone."""
    assert entities("“We won,” Billie Jean King said on Sunday.") == \
        [("Billie Jean King", "PERSON")]
    assert entities("She praised Charlie King, the author.") == [("Charlie King", "PERSON")]
    assert quotes("“We won,” Charlie King said.")["“We won,”"][1] == "Charlie King"
    assert entities("He ate at Burger King yesterday.") == []
    assert ("King Abdullah", "PERSON") not in entities("He met Jordan's King Abdullah.")
    assert entities("“Yes,” said Rep. Peter T. King.") == [("Peter T. King", "PERSON")]


def test_a_surname_that_is_a_nationality_word_is_the_person() -> None:
    """"Mark Cuban ... Cuban said", "Bryan English said": a nationality word that the text has
    as a person's surname is that person where it stands as a noun; before a noun or after
    an article it stays the nationality ("Cuban officials", "the Cuban")."""
    assert entities("Investor Mark Cuban spoke at length. “I will buy the team,” Cuban said.") \
        == [("Mark Cuban", "PERSON"), ("Cuban", "PERSON")]
    assert entities("Mark Cuban spoke. Cuban officials disagreed, and the Cuban left.") == \
        [("Mark Cuban", "PERSON"), ("Cuban", "NORP"), ("Cuban", "NORP")]
    assert entities("Cuban officials said no.") == [("Cuban", "NORP")]
    assert entities("“Yes,” said Tessa English, the campaign director.") == \
        [("Tessa English", "PERSON")]
    assert entities("He spoke British English to Welsh students.") == \
        [("British", "NORP"), ("English", "NORP"), ("Welsh", "NORP")]


def test_a_body_named_for_its_country_speaks_as_one() -> None:
    """"Transport Scotland said", "a Police Scotland spokesman": a word that is no name before
    a country or province names a body of it where it speaks; a describing word before the
    place ("Central America", "Rural Ontario"), a given name ("Jack England") or a place in
    its time ("Nazi Germany invaded") is left alone."""
    assert entities("“The roads are closed,” Transport Scotland said.") == \
        [("Transport Scotland", "ORG")]
    assert quotes("“The roads are closed,” Transport Scotland said.")[
        "“The roads are closed,”"][2] == "Transport Scotland"
    assert ("Police Scotland", "ORG") in entities("A Police Scotland spokesman said no.")
    assert entities("Nazi Germany invaded Poland.") == [("Germany", "GPE"), ("Poland", "GPE")]
    assert ("Central America", "GPE") in entities("Central America and Rural Ontario said so.")
    assert entities("“Yes,” said Jack England.") == [("Jack England", "PERSON")]


def test_headline_names_before_a_colon_or_a_speech_verb_stay_whole() -> None:
    """"Darrell Dunn: ‘...’", "Francine Roe Says ...": a headline's name opened by a given name
    of the fuller lists is the whole name, not its surname alone; a headline's noun phrase
    before a colon ("Budget Update:") is no one."""
    assert entities("Darrell Dunn: ‘You Find Me Wrong Because I Back Him’") == \
        [("Darrell Dunn", "PERSON")]
    assert ("Francine Roe", "PERSON") in entities(
        "Francine Roe Says The Mayor ‘Makes You Want To Leave’")
    assert entities("Grace Period Ends For Tenants In Dispute Over Rent") == []


def test_towns_after_in_and_towns_by_their_last_word() -> None:
    """"in Palo Alto", "near Boca Raton", "Colorado Springs", "Myrtle Beach": two unknown
    capitalised words after "in" or "near", or a name ending in a word of towns, are a
    place; a person after "in" with a given name ("faith in Dana Perino") and a building
    ("in City Hall") are not."""
    assert entities("The firm moved its offices in Palo Alto last year.") == \
        [("Palo Alto", "GPE")]
    assert entities("She lives near Boca Raton, and he in Colorado Springs.") == \
        [("Boca Raton", "GPE"), ("Colorado Springs", "GPE")]
    assert entities("He saw Myrtle Beach.") == [("Myrtle Beach", "GPE")]
    assert entities("Interest in Dana Perino grew.") == [("Dana Perino", "PERSON")]
    assert entities("They met in City Hall.") == []


def test_a_nickname_in_quote_marks_stays_inside_the_speakers_name() -> None:
    """'Mick "Mad Dog" Doherty said': the nickname in quote marks is part of the name, no
    quote, and the speaker's mention is the whole name; a quoted phrase after a name that
    goes on in lower case is still a quote."""
    found = quotes('"It was fast," Mick "Mad Dog" Doherty said.')
    assert list(found) == ['"It was fast,"']
    assert found['"It was fast,"'][1] == 'Mick "Mad Dog" Doherty'
    found = quotes('"It was fast," said Mick "Mad Dog" Doherty.')
    assert found['"It was fast,"'][1] == 'Mick "Mad Dog" Doherty'
    found = quotes('Jo Doe said the plan was "a mess" and left.')
    assert '"a mess"' in found and found['"a mess"'][1] == "Jo Doe"
