"""Person names on the model-free path, twenty-seventh round: names nobody here has seen,
cut short or run long by the tagger (a role word no list holds joined to the name, a given
name or an initial before a listed given name read as a describing word, a plural title,
a month or a modal opening a name).  Each test reads a short invented text with the
rule-based annotator's entity tags or its speakers."""

from __future__ import annotations

from findings import entities, quotes

from quotetrack.given_names import given_name_gender


def _speaker(text: str) -> str | None:
    (found,) = quotes(text).values()
    return found[2]


# -- a role word no list holds before the name --------------------------------------------
def test_agent_noun_before_a_name_is_a_role() -> None:
    """"Keeper Lotte Ambrose said": an agent noun no list holds ("Keeper", from a listed
    verb; "Harbourmaster", "Zookeeper", "Committeeman" by their last part) is the role
    before the name, as a listed title is; it opens the sentence or follows "said"."""
    assert entities("Keeper Lotte Ambrose said both cubs were healthy.") == \
        [("Lotte Ambrose", "PERSON")]
    assert entities("Harbourmaster Dulcie Farrow said the pier was closed.") == \
        [("Dulcie Farrow", "PERSON")]
    assert _speaker("“The pier is closed,” said Zookeeper Mina Arvidsson.") == "Mina Arvidsson"
    assert _speaker("Committeeman Orrin Vasko said the vote was fair.") == "Orrin Vasko"
    assert _speaker("Voter Ann Lee Roe said the line was long.") == "Ann Lee Roe"


def test_given_names_and_business_names_in_er_stay_whole() -> None:
    """Near misses: a given name in -er or -or ("Victor", "Asher") opens the name, and an
    organisation's name ending in its own word keeps a leading "-er" word ("Warner")."""
    assert entities("Victor Hugo Ramos said the crop was lost.") == \
        [("Victor Hugo Ramos", "PERSON")]
    assert entities("Asher Lev Cohen said the crop was lost.") == \
        [("Asher Lev Cohen", "PERSON")]
    assert entities("Player Dana Voss joined Warner Theater Ventures in May.") == \
        [("Dana Voss", "PERSON"), ("Warner Theater Ventures", "ORG")]
    # two words only: no role is split off a name of two ("Farmer Jones" may be a name)
    assert entities("“It rained,” said Farmer Jonsson.")[-1] == ("Farmer Jonsson", "PERSON")


# -- a given name or an initial before a listed given name --------------------------------
def test_given_name_missing_from_the_lists_before_a_listed_one() -> None:
    """"Scottie Nell Hughes" is one name: a familiar form in -ie or -ey that no list holds,
    before a listed given name and a surname, is the first given name, not a describing
    word; so is a given name of either gender ("Jamie Lee Curtis")."""
    assert _speaker("“Facts do not matter,” Scottie Nell Hughes said.") == "Scottie Nell Hughes"
    assert _speaker("“We open in May,” said Jamie Lee Curtis.") == "Jamie Lee Curtis"
    assert entities("Kenzie Mae Tolland said the shop would stay open.") == \
        [("Kenzie Mae Tolland", "PERSON")]


def test_describing_words_before_a_given_name_still_split() -> None:
    """Near misses: a word that describes ("Rookie", "Parent", a party) still stands apart
    from the name after it."""
    assert entities("Rookie Tom Ames said the team would win.") == [("Tom Ames", "PERSON")]
    assert entities("Parent Lucy Moran said the school was closed.") == \
        [("Lucy Moran", "PERSON")]
    assert ("Mike Pompeo", "PERSON") in entities(
        "House Intelligence Republican Mike Pompeo said the report was late.")


def test_initial_before_a_listed_given_name_opens_the_name() -> None:
    """"J. Michael Pearl", "A.E. Dick Hollis", "I. Charles Moffat III": the initial is the
    name's first part, not a word before it."""
    assert _speaker("“It is sound,” said J. Michael Pearl, the chief.") == "J. Michael Pearl"
    assert entities("“It is sound,” said A.E. Dick Hollis, a scholar.") == \
        [("A.E. Dick Hollis", "PERSON")]
    assert entities("I. Charles Moffat III, the inspector, said the files were safe.") == \
        [("I. Charles Moffat III", "PERSON")]
    # near miss: the letters of a body before a name are no initials
    assert entities("The U.N. envoy met U.N. Maria Lopez Ruiz on Monday.")[-2:] == \
        [("U.N.", "ORG"), ("Maria Lopez Ruiz", "PERSON")]


def test_suffix_after_an_initial_and_a_given_name() -> None:
    """"C. Stewart Verdon Jr." has three words of name and a suffix: a person; a Roman
    numeral after one word is no suffix of a person's name ("Article II")."""
    assert entities("“It is sound,” said C. Stewart Verdon Jr., a lawyer.") == \
        [("C. Stewart Verdon Jr.", "PERSON")]
    assert not any(t == "PERSON" for _, t in entities(
        "The ballot did not comply with Article II of the charter."))


# -- titles before names ------------------------------------------------------------------
def test_particle_after_a_title_is_part_of_the_name() -> None:
    """"Mr. de Vries": the lower-case particle after the title begins the surname."""
    assert entities("For years, Mr. de Vries noted, the port was slow.") == \
        [("de Vries", "PERSON")]
    assert _speaker("“It is slow,” said Mayor van der Berg.") == "van der Berg"


def test_plural_title_before_two_names() -> None:
    """"Senators Ames and Roe", "Professors Foner and Alba": the plural title stands before
    both names and is no part of the first; "of" after a name starts the place."""
    assert entities("Senators Tallis Ames and Mora Roe said the bill would pass.") == \
        [("Tallis Ames", "PERSON"), ("Mora Roe", "PERSON")]
    found = entities("The plan, Professors Foner and Alba said, was flawed.")
    assert found == [("Foner", "PERSON"), ("Alba", "PERSON")]
    assert entities("Allies pointed to Senators Harlan Reed of Nevada and Lisa Lund.")[:2] == \
        [("Harlan Reed", "PERSON"), ("Nevada", "GPE")]


def test_plural_roles_that_head_a_body_are_left_alone() -> None:
    """Near misses: "Executives for Acme" and a headline's "Delegates Unbound" are no titled
    people."""
    assert all(t != "PERSON" for _, t in entities(
        "Executives for Pellbrook, which earned $3 billion, declined to comment."))


# -- a month or a modal opening a name ----------------------------------------------------
def test_month_or_modal_opens_a_name_a_role_follows() -> None:
    """"Will Ostrander, the treasurer, said" and "April Mellors, a spokeswoman for the
    council, said": a modal or a month that opens the sentence is a given name when a role
    is set off after the next word; a question ("Will Congress act?") is left alone."""
    text = "Will Ostrander, the treasurer, said the bridge would be rebuilt."
    assert entities(text) == [("Will Ostrander", "PERSON")]
    assert quotes(text)["the bridge would be rebuilt"][2] == "Will Ostrander"
    text = "April Mellors, a spokeswoman for the council, said the bridge would be rebuilt."
    assert entities(text)[0] == ("April Mellors", "PERSON")
    assert entities("Will Congress act? Nobody knows.") == [("Congress", "ORG")]
    assert entities("May 4 was the date, the clerk said.") == []


# -- given names of many languages ---------------------------------------------------------
def test_given_names_added_to_the_lists() -> None:
    """Common given names the lists lacked now carry their gender; names of either gender
    ("Oluwaseun") and words ("River", "Summer") stay out."""
    for name, gender in (("Victor", "male"), ("Silas", "male"), ("Thiago", "male"),
                         ("Mila", "female"), ("Wanjiru", "female"), ("Sigrid", "female")):
        assert given_name_gender(name) == gender, name
    for name in ("Oluwaseun", "River", "Summer", "Carter"):
        assert given_name_gender(name) is None, name


def test_names_from_many_languages_as_speakers() -> None:
    """Particle, hyphenated and patronymic names after "said" come out whole."""
    for name in ("Maria de la Cruz", "Ahmad bin Ismail", "Pieter van der Berg", "J.D. Harrow",
                 "Anna-Lena Brückner", "Hendrik ten Brink", "Fatima bint Ali",
                 "Tupac Quispe Mamani", "Lwazi Ndlovu-Khumalo", "Ursula von der Leyen"):
        assert _speaker(f"“It is done,” said {name}, a councillor.") == name, name
