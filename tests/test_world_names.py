"""Names from many languages and cultures in invented world news, read by the model-free
default path: each test reads a short text written for it and checks who a mention
resolves to or how a name is tagged."""

from __future__ import annotations

from findings import entities, quote_rows


def test_a_surname_of_two_words_resolves_to_the_full_name() -> None:
    """"García Ortega" after "María José García Ortega", "Thein Aung" after "U Thein Aung",
    "Martínez de la Fuente": a surname of two words or more, the given names left off, is
    the person named in full before, not a new one."""
    text = ("María José García Ortega, the mayor, said on Thursday that the tram would be "
            "finished on time. “Every euro is accounted for,” García Ortega said.\n\n"
            "The opposition leader, Juan Carlos Martínez de la Fuente, said the budget had "
            "grown. “It is a pit,” Martínez de la Fuente said.\n\n"
            "The city engineer, U Thein Aung, said the drains were clear. “We worked all "
            "week,” Thein Aung said.")
    names = [row[3] for row in quote_rows(text) if row[1] == "direct"]
    assert names == ["María José García Ortega", "Juan Carlos Martínez de la Fuente",
                     "U Thein Aung"]


def test_honorifics_of_other_languages_are_no_part_of_the_name() -> None:
    """"Sheikh Hamad bin Khalifa al-Tamimi", "Daw Aye Aye Mon", "Herr Brandt": an honorific
    of another language opens the name as "Mr" does, so the long name is a person (it was
    no name at all), a later "Sheikh Hamad" is the same man, and "Frau"/"Herr" tell which
    of two namesakes speaks."""
    text = ("Sheikh Hamad bin Khalifa al-Tamimi, the minister of water, said on Sunday that "
            "the plant would open. “No family will go without water,” Sheikh Hamad said.")
    assert entities(text) == [("Hamad bin Khalifa al-Tamimi", "PERSON"), ("Hamad", "PERSON")]
    assert [row[3] for row in quote_rows(text)] == ["Hamad bin Khalifa al-Tamimi"] * 2
    assert entities("Daw Aye Aye Mon, a teacher, said the school had closed.") == \
        [("Aye Aye Mon", "PERSON")]
    text = ("A spokeswoman, Khun Nattaya Srisuk, said the deal was public. “It is all "
            "online,” Khun Nattaya said.")
    assert [row[3] for row in quote_rows(text)] == ["Nattaya Srisuk"] * 2
    text = ("Ilse Brandt and her husband, Jonas Brandt, run the bakery. “We will stay open,” "
            "Herr Brandt said. “We have no choice,” Frau Brandt said.")
    assert [row[3] for row in quote_rows(text)] == ["Jonas Brandt", "Ilse Brandt"]


def test_bint_joins_an_arabic_or_malay_name() -> None:
    """"Fatima bint Saeed el-Masri", "Siti Aminah binti Yusof": "bint"/"binti" ("daughter
    of") sits inside a woman's name as "bin" does in a man's, so the name is one person, not
    "Fatima" and "Saeed el-Masri"."""
    assert entities("Dr Fatima bint Saeed el-Masri, a hydrologist, said the brine would harm "
                    "the reefs.") == [("Fatima bint Saeed el-Masri", "PERSON")]
    assert entities("Siti Aminah binti Yusof said the plan would fail.") == \
        [("Siti Aminah binti Yusof", "PERSON")]


def test_a_surname_without_its_arabic_article_is_the_person() -> None:
    """"Rashid" after "Abdullah al-Rashid": a later mention may leave the article off the
    surname; it is still the man named before."""
    text = ("Engineer Abdullah al-Rashid said the plant used half the power of older ones.\n\n"
            "Rashid said the brine would be pumped far offshore.")
    assert [row[3] for row in quote_rows(text)] == ["Abdullah al-Rashid"] * 2


def test_two_given_names_and_a_double_surname_are_one_person() -> None:
    """"João Pedro Sousa Ferreira": four words, two given names and two surnames, are one
    person's name (they were no name at all, so the speaker was "transport official João
    ..."), and "Sousa Ferreira" later is the same man."""
    text = ("In Lisbon, transport official João Pedro Sousa Ferreira said the costs had also "
            "climbed. “No city escapes it,” Sousa Ferreira said.")
    assert ("João Pedro Sousa Ferreira", "PERSON") in entities(text)
    assert [row[3] for row in quote_rows(text)] == ["João Pedro Sousa Ferreira"] * 2


def test_a_cantonese_given_name_after_the_surname_keeps_the_name_whole() -> None:
    """"Jason Wong Kar-fai", "Li Ka-shing": a Cantonese given name of two hyphened syllables
    is a name, no modifier such as "Frankfurt-based" that would drop the run, so the whole
    name is one person and a later "Wong" is he."""
    text = ("The analyst Jason Wong Kar-fai said investors had priced in the fall.\n\n"
            "Wong said the bank's shares were cheap.")
    assert entities(text) == [("Jason Wong Kar-fai", "PERSON"), ("Wong", "PERSON")]
    assert [row[3] for row in quote_rows(text)] == ["Jason Wong Kar-fai"] * 2
    assert entities("A Frankfurt-based bank and a Seoul-based firm said so.") == []


def test_a_trade_before_a_korean_name_is_no_part_of_it() -> None:
    """"Fishmonger Jung Eun-ji said": a capitalised word before a surname and a hyphened
    Korean given name is what describes her, not her name, so a later "Jung" is she."""
    text = "Fishmonger Jung Eun-ji said she was frightened. “Where will we go?” Jung asked."
    assert entities(text)[0] == ("Jung Eun-ji", "PERSON")
    assert [row[3] for row in quote_rows(text)] == ["Jung Eun-ji"] * 2


def test_a_surname_written_first_opens_a_later_sentence_as_the_person() -> None:
    """"Kovács Péter ... Kovács said": a Hungarian name puts the surname first, before a
    given name of the list; that surname alone at a sentence start is the person, not an
    unknown word."""
    text = ("The orchestra's director, Kovács Péter, said the choice had been unanimous. "
            "Kovács said the players had been won over in one rehearsal.")
    assert [row[3] for row in quote_rows(text)] == ["Kovács Péter"] * 2


def test_a_surname_in_capitals_after_a_given_name_is_a_person() -> None:
    """"Rémi LEBLANC": some outlets print the surname in capitals; after a given name of the
    list it is a person's, not an organisation's acronym, and a later "LEBLANC" is he."""
    text = ("A ministry official, Rémi LEBLANC, said the school had too few pupils. LEBLANC "
            "said the children would move to a bigger school.")
    assert entities(text)[0] == ("Rémi LEBLANC", "PERSON")
    assert [row[3] for row in quote_rows(text)] == ["Rémi LEBLANC"] * 2
    assert ("NATO", "ORG") in entities("Jordan NATO said so.")


def test_a_french_d_particle_and_a_long_name_after_a_title_stay_whole() -> None:
    """"Anne-Sophie de La Tour d'Auvergne", "Valéry Giscard d’Estaing": a surname in "d'"
    goes on the name; after a title the name may run to four words besides its particles."""
    assert entities("Teacher Anne-Sophie de La Tour d'Auvergne said the pupils were "
                    "worried.") == [("Anne-Sophie de La Tour d'Auvergne", "PERSON")]
    assert entities("Former president Valéry Giscard d’Estaing said so.") == \
        [("Valéry Giscard d’Estaing", "PERSON")]


def test_a_name_after_a_noun_of_businesses_stays_a_person_before_who() -> None:
    """"Vietnamese supplier Nguyen Van Thanh, who runs a factory": "who" after the name says
    it is a person's even after a noun of businesses, so a later "Mr Thanh" is he."""
    text = ("Vietnamese supplier Nguyen Van Thanh, who runs a factory near Hanoi, said his "
            "plant could ship sensors. “We can help,” Mr Thanh said.")
    assert ("Nguyen Van Thanh", "PERSON") in entities(text)
    assert [row[3] for row in quote_rows(text)] == ["Nguyen Van Thanh"] * 2
    assert entities("Carmaker Vantor Kell said it would cut jobs.") == [("Vantor Kell", "ORG")]


def test_dutch_and_spanish_particles_join_the_name() -> None:
    """"Joost ter Horst", "José Ortega y Gasset": lower-case "ter", "ten", "zu" and "y" sit
    inside a name as "van" and "de" do, so a later "Ter Horst" is the same man."""
    text = ("Another shop owner, Joost ter Horst, said the tax was fair. Ter Horst said the "
            "lanes were crowded.")
    assert entities(text) == [("Joost ter Horst", "PERSON"), ("Ter Horst", "PERSON")]
    assert [row[3] for row in quote_rows(text)] == ["Joost ter Horst"] * 2
    assert entities("The philosopher José Ortega y Gasset wrote it.") == \
        [("José Ortega y Gasset", "PERSON")]


def test_malay_names_titles_and_given_names_before_bin() -> None:
    """"Datuk Seri Rahim bin Osman", then "Rahim"; "Nurul Aisyah binti Kamal", then "Nurul
    Aisyah": a Malaysian title of two words is no part of the name, and the given names
    before "bin"/"binti" are what the story calls the person later."""
    text = ("Transport minister Datuk Seri Rahim bin Osman said on Monday that the rail link "
            "would open late. “The tunnels took longer,” Rahim said.\n\n"
            "Opposition MP Nurul Aisyah binti Kamal said the delay would cost billions. "
            "“Someone must answer for this,” Nurul Aisyah said.")
    assert [row[3] for row in quote_rows(text)] == ["Rahim bin Osman"] * 2 + \
        ["Nurul Aisyah binti Kamal"] * 2


def test_a_name_ending_in_electric_is_a_business() -> None:
    """"Kasai Electric said": a name that ends in "Electric" or "Electronics" is a business's,
    no person's."""
    assert entities("Kasai Electric said on Thursday that it would recall cookers.") == \
        [("Kasai Electric", "ORG")]
