"""Names the model-free annotator typed wrong, fifteenth round (found by comparing its PERSON
and ORG spans with a statistical tagger's on the train split): each test reads a short text
written for it with the rule-based annotator's entity tags."""

from __future__ import annotations

from findings import entities, quotes


def test_one_word_company_known_from_a_company_suffix() -> None:
    """A single unknown word the text also names with a company suffix ("Corvane Inc.") is
    that business wherever it stands alone, also as the subject of "said"."""
    text = ("Corvane Inc. cut 300 jobs on Monday. Corvane said the cuts were needed. "
            "Workers said Corvane had broken its word.")
    assert entities(text).count(("Corvane", "ORG")) == 2
    assert ("Corvane", "PERSON") not in entities(text)


def test_one_word_company_known_from_what_it_owns() -> None:
    """"Tarvix's shares", "Tarvix's chief executive", "shares of Tarvix", "Tarvix
    shareholders": only a business owns these, so every "Tarvix" of the text is one."""
    for evidence in ("Tarvix's shares fell 4 percent.",
                     "Tarvix's chief executive, Ann Holt, resigned.",
                     "Shares of Tarvix fell 4 percent.",
                     "Most Tarvix shareholders will vote in May."):
        text = evidence + " Tarvix said on Tuesday it would appeal."
        assert ("Tarvix", "ORG") in entities(text), evidence
        assert ("Tarvix", "PERSON") not in entities(text), evidence


def test_one_word_company_known_from_a_job_or_what_it_is() -> None:
    """A job "at" the word, a head "of" it, the business noun before it or set off after it
    make it a business; the person at the business stays a person and speaks."""
    for evidence in ("Jo Kerr, a partner at Lindqvist, said the deal was done.",
                     "Ed Marr, the chief executive of Lindqvist, was not there.",
                     "The investment bank Lindqvist said little.",
                     "The deal made Lindqvist, the far smaller company, the buyer."):
        text = evidence + " Lindqvist earned $60 million last year."
        assert ("Lindqvist", "ORG") in entities(text), evidence
    text = ("Lindqvist earned $60 million. Alan Pryor, another partner at Lindqvist, "
            "suggested that the firm sell its stake.")
    assert ("Alan Pryor", "PERSON") in entities(text)
    assert quotes(text)["the firm sell its stake"][1] == "Alan Pryor"


def test_one_word_surname_stays_a_person() -> None:
    """No business evidence, or a full name that ends in the word: a person."""
    assert ("Brannock", "PERSON") in entities("“We will win,” Brannock said. He left.")
    text = ("Tom Brannock, a partner at Keller Partners, spoke. Brannock's shares were sold. "
            "“We will win,” Brannock said.")
    assert ("Brannock", "ORG") not in entities(text)
    assert ("Brannock", "PERSON") in entities(text)


def test_weak_business_evidence_is_ignored() -> None:
    """A common word opening its sentence or a headline before "shares" or "magazine" is no
    business ("Media shares blame", "Spanish-language newspaper")."""
    assert entities("Media shares blame for the poll. Media said nothing.") == []
    assert entities("He read a Spanish-language newspaper. Spanish-language news grew.") == []


def test_clubs_and_cities() -> None:
    """"Town" and "United" close a club's or a group's name ("Ashby Town", "Dunmore United",
    "Citizens United"); a name before "City" is a place ("Dodge City", "Oklahoma City")
    unless it is a city's own name, which makes the club ("Birmingham City")."""
    found = entities("Ashby Town beat Dunmore United and Kelso Town drew with Birmingham City.")
    assert found == [("Ashby Town", "ORG"), ("Dunmore United", "ORG"), ("Kelso Town", "ORG"),
                     ("Birmingham City", "ORG")]
    assert ("Citizens United", "ORG") in entities("The ruling in Citizens United was wrong.")
    assert ("National Nurses United", "ORG") in entities(
        "National Nurses United said it would strike.")
    assert ("Oklahoma City", "GPE") in entities("She grew up in Oklahoma City and Dodge City.")
    assert ("Dodge City", "GPE") in entities("She grew up in Oklahoma City and Dodge City.")
    assert ("Cape Town", "GPE") in entities("He flew to Cape Town.")
    text = "“We deserved it,” said the Ashby Town manager, Tom Vale."
    assert ("Ashby Town", "ORG") in entities(text) and ("Tom Vale", "PERSON") in entities(text)


def test_business_named_as_what_it_is() -> None:
    """"X is the parent company of Y", "the website X", "X, a political crowdfunding
    website,": the word is a business or an outlet, not a person; all-caps letters after
    "network" are not ("network TV")."""
    text = ("Harlex is the parent company of Dunmore Foods. Harlex said sales rose. "
            "The website Quillby said it would close. Quillby cut 80 jobs.")
    found = entities(text)
    assert found.count(("Harlex", "ORG")) == 2 and found.count(("Quillby", "ORG")) == 2
    assert entities("The ads ran on network TV all week.") == []


def test_people_noun_opening_a_sentence_before_a_name() -> None:
    """A noun of people opening a sentence is no part of the name after it ("Actor Clint
    Doyle", "Actress Amandla Roe", "Celebrities Ann Vell and ..."), so the speaker is the
    name; "Sons of Liberty" keeps its first word."""
    text = "Actor Dane Holloway admits his choice is “not the most handsome man in the field.”"
    assert ("Dane Holloway", "PERSON") in entities(text)
    assert quotes(text)["“not the most handsome man in the field.”"][2] == "Dane Holloway"
    assert ("Amandla Vetter", "PERSON") in entities("Actress Amandla Vetter was honored.")
    assert ("Julia Marne", "PERSON") in entities("Celebrities Julia Marne and Ed Tovey came.")
    assert not any(t == "PERSON" for _, t in entities("Sons of Liberty marched on Monday."))


def test_listed_name_with_a_word_that_names_nothing_alone() -> None:
    """"USA Today" is one listed outlet although "Today" alone opens no name."""
    assert entities("Dana Roe told USA Today that the plan was dead.") == [
        ("Dana Roe", "PERSON"), ("USA Today", "ORG")]


def test_given_name_before_a_surname_that_ends_organisations() -> None:
    """"Hill", "Fox", "Guardian" after a given name (and an initial, or a title) are a
    surname: "Anita Hill", "Michael J. Fox", "Mayor Don Guardian" speak as people; "the
    Denver Post" and "Clinton Hill" (a surname first) are no people."""
    assert entities("Anita Vell and Michael J. Fox came.") == [
        ("Anita Vell", "PERSON"), ("Michael J. Fox", "PERSON")]
    assert ("Emily Hill", "PERSON") in entities("Emily Hill testified on Monday.")
    text = "“We are ready,” said Harwick Mayor Don Guardian on Monday."
    assert ("Don Guardian", "PERSON") in entities(text)
    assert quotes(text)["“We are ready,”"][2] == "Don Guardian"
    assert ("Denver Post", "ORG") in entities("He told the Denver Post so.")
    assert not any(t == "PERSON" for _, t in entities("They met in Clinton Hill on Monday."))


def test_capitalised_modifier_with_a_hyphen_is_no_name() -> None:
    """"Botox-maker", "Oscar-winner", "Indiana-born" are modifiers, not the first word of the
    name after them; a name before such a word modifies ("an Ann Vell-style plan") and is
    no mention of her."""
    found = entities("The deal with Botox-maker Tarvix was signed. Tarvix's shares rose.")
    assert found == [("Tarvix", "ORG"), ("Tarvix", "ORG")]
    assert entities("The Indiana-born Gonzalo Vetter spoke.") == [("Gonzalo Vetter", "PERSON")]
    assert entities("She backs an Elizabeth Vell-style plan.") == []
    assert ("Moon Jae-in", "PERSON") in entities("President Moon Jae-in spoke.")


def test_hyphened_capitals_and_the_business_before_its_chief() -> None:
    """Capital letters joined by a hyphen are an organisation ("AFL-CIO"), not "ANTI-WAR";
    the one word before "CEO", "chief executive" or "founder" is the business ("the former
    Harlow-Densmore CEO"), not "Interim"; "Read" after a given name is a surname."""
    assert entities("“No,” the NFTU-CIO said.") == [("NFTU-CIO", "ORG")]
    assert entities("It was an ANTI-WAR rally.") == []
    found = entities("Jo Kell, the former Harlow-Densmore CEO, spoke with Interim CEO Ed Lam.")
    assert found == [("Jo Kell", "PERSON"), ("Harlow-Densmore", "ORG"), ("Ed Lam", "PERSON")]
    assert ("Ian Read", "PERSON") in entities("Tarvix chief executive Ian Read said so.")
