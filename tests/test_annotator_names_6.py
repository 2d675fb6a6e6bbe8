"""Names the model-free annotator typed wrong, sixteenth round: each test reads a short text
written for it with the rule-based annotator's entity tags (or its speakers)."""

from __future__ import annotations

from findings import entities, quotes

from quotetrack.given_names import unaccented
from quotetrack.parse.rules import _INFO_CACHE, _Info, annotate, tokenize


def test_outlet_named_before_magazine_at_a_sentence_start() -> None:
    """"Halvorsen magazine started the list" opens its sentence, yet only a title or a
    business stands before "magazine" or "shareholders": every "Halvorsen" of the text is
    that organisation, also as the subject of "said". A common word before the noun is no
    name, and "shares" may be a verb ("Media shares blame")."""
    for evidence in ("Halvorsen magazine started the rich list in 1990.",
                     "Halvorsen shareholders will vote in May."):
        text = evidence + " Halvorsen said the list was fair. Critics disagreed."
        assert entities(text) == [("Halvorsen", "ORG"), ("Halvorsen", "ORG")], evidence
    assert entities("Media shares blame for the crisis, Halvorsen said.") == \
        [("Halvorsen", "PERSON")]


def test_capitals_joined_by_an_ampersand_are_one_company() -> None:
    """"AT&T", "P&G" are one word and one company, also with "'s" and as a speaker;
    "Q&A" and "R&D" are common nouns."""
    words = "AT&T's Q&A."
    assert [words[s:e] for s, e in tokenize(words)] == ["AT&T", "'s", "Q&A", "."]
    text = ("AT&T's shares fell. The R&D budget of P&G grew. "
            "“We cut 300 jobs,” AT&T said after a Q&A on Monday.")
    assert entities(text) == [("AT&T", "ORG"), ("P&G", "ORG"), ("AT&T", "ORG")]
    assert quotes(text)["“We cut 300 jobs,”"] == ("direct", "AT&T", "AT&T")


def test_people_of_a_club_at_a_sentence_start_are_no_part_of_its_name() -> None:
    """"Fans of Caldmoor Rovers said": the capital of "Fans" is the sentence's; the
    organisation is "Caldmoor Rovers" (an organisation named "Friends of ..." is kept)."""
    assert entities("Fans of Caldmoor Rovers said the club had let them down.") == \
        [("Caldmoor Rovers", "ORG")]
    assert entities("Members of Congress said no.") == [("Congress", "ORG")]
    assert entities("Friends of Caldmoor Park Trust said no.") == \
        [("Friends of Caldmoor Park Trust", "ORG")]


def test_school_short_name() -> None:
    """"Oakfield Primary", "Sandy Hook Elementary" are schools, not people; "the Democratic
    Primary" is an election after a party's adjective."""
    text = ("Parents at Oakfield Primary said the roof leaked. Oakfield Primary said it "
            "would reopen. Sandy Hook Elementary closed. Jo Kent won the Democratic Primary.")
    assert entities(text) == [("Oakfield Primary", "ORG"), ("Oakfield Primary", "ORG"),
                              ("Sandy Hook Elementary", "ORG"), ("Jo Kent", "PERSON"),
                              ("Democratic", "NORP")]


def test_word_after_a_preposition_is_no_subject_of_said() -> None:
    """"Mayor Jo Kent of Brackford said", "Residents of Brackford said": the word next to
    "said" is the object of "of", no person; the mayor speaks."""
    text = "Mayor Jo Kent of Brackford said the road would close because it was unsafe."
    assert entities(text) == [("Jo Kent", "PERSON")]
    assert quotes(text)["the road would close because it was unsafe"][2] == "Jo Kent"
    assert entities("Residents of Brackford said the road was unsafe.") == []
    assert entities("“It is unsafe,” Brackford said.") == [("Brackford", "PERSON")]


def test_unaccented_form_is_cached_with_the_token() -> None:
    """The name rules read a token's lower case without accents from its cached facts."""
    annotate("María López said so.")
    assert _INFO_CACHE["María"].plain == "maria" == unaccented("maría")
    assert _Info("José").plain == "jose"


def test_capitals_after_the_name_a_body_or_a_thing() -> None:
    """"the Brisco Compact", "The Ku Klux Klan said": capitals that head a phrase opened by
    "the", with no given name first and no surname last, name a body or a thing, not a
    person (so "he" is not the Compact); a noun after them makes them a modifier, which may
    be a person's name ("the Dace Morrow shooting")."""
    text = ("Harland adopted the Brisco Compact. On his campaign website, Vale-Moreno "
            "promises to “end” the Brisco Compact. He told the Harlow Ledger the rules are "
            "not perfect but “getting better and better.”")
    assert ("Brisco Compact", "ORG") in entities(text)
    assert ("Brisco Compact", "PERSON") not in entities(text)
    assert quotes(text)["“getting better and better.”"][2] == "Vale-Moreno"
    assert entities("The Ku Klux Klan said nothing.") == [("Ku Klux Klan", "ORG")]
    assert entities("Jo Kent reopened the Dace Morrow shooting inquiry.") == \
        [("Jo Kent", "PERSON"), ("Dace Morrow", "PERSON")]
    assert entities("He met the Tom Vale of old.") == [("Tom Vale", "PERSON")]


def test_ampersand_company_is_no_part_of_a_person_name_run() -> None:
    """"one P&G Amiens employee": the company's letters keep the run from being a person."""
    assert ("P&G", "ORG") in entities("“We are shocked,” one P&G Tarlow employee said.")


def test_lone_surname_that_also_ends_outlet_names_is_the_person() -> None:
    """"Mayor Don Guardian ... Guardian said", "Anita Hill ... Hill said": the lone word is
    the person the text named, not the outlet; "the Guardian", "The Hill" stay outlets."""
    text = ("“There is no bad news,” said Harwick Mayor Don Guardian in an interview. "
            "Guardian said he understood the vote. He told the Guardian so.")
    assert entities(text) == [("Don Guardian", "PERSON"), ("Guardian", "PERSON"),
                              ("Guardian", "ORG")]
    assert quotes(text)["he understood the vote"][2] == "Don Guardian"
    assert entities("Anita Hill testified. Hill said she was calm. The Hill reported it.") == \
        [("Anita Hill", "PERSON"), ("Hill", "PERSON"), ("The Hill", "ORG")]


def test_titles_listed_up_to_their_office_and_offices_of_two_words() -> None:
    """"Deputy Chief of Staff Jo Lee": "chief of staff" is a listed title, so "Staff Jo" is
    no office; "... and Human Services Jo Li": the office runs to its last word."""
    assert entities("It named Deputy Chief of Staff Jo Lee and Press Secretary Tom Vale.") == \
        [("Jo Lee", "PERSON"), ("Tom Vale", "PERSON")]
    assert entities("Secretary of Health and Human Services Jo Li said no.") == \
        [("Health and Human Services", "ORG"), ("Jo Li", "PERSON")]
    assert entities("Minister of Trade and Industry Lo Hale agreed.") == \
        [("Trade and Industry", "ORG"), ("Lo Hale", "PERSON")]


def test_name_in_capitals_before_a_colon_is_a_person() -> None:
    """A transcript's speaker in capitals ("JOEL BENENSON: ...") is a person when a given
    name opens it; capitals without one stay letters ("CNN NEWS")."""
    assert entities("JOEL BENENSON: This is a man who said he would never run.") == \
        [("JOEL BENENSON", "PERSON")]
    assert entities("He told CNN NEWS that.") == [("CNN NEWS", "ORG")]


def test_lone_given_name_mid_sentence_is_a_person() -> None:
    """"his brother Freddy, who died": a given name of the fuller list alone inside a
    sentence is a person, as it is at a clause's start; not a party to a case."""
    assert entities("He seldom speaks of his brother Freddy, who died in 1981.") == \
        [("Freddy", "PERSON")]
    assert ("Wade", "PERSON") not in entities("The court upheld Roe v. Wade in 1992.")


def test_company_described_with_capitalised_modifiers() -> None:
    """"Telvora, a US Spanish-language channel,": letters, a nationality or a hyphened
    modifier may describe the business; a business noun that only modifies ("a Dutch bank
    employee") describes a person."""
    text = ("The anchor for Telvora, a US Spanish-language channel, was ejected. "
            "Telvora said it would protest.")
    assert entities(text) == [("Telvora", "ORG"), ("Telvora", "ORG")]
    assert entities("Brannic, a Dutch bank, said no.")[0] == ("Brannic", "ORG")
    assert entities("Marko, a Dutch bank employee, said no.")[0] == ("Marko", "PERSON")


def test_people_of_a_nation_or_place_in_the_plural() -> None:
    """"New Yorkers", "Ohioans", "Armenians": the people of a place or nation, a
    nationality's group, not a person's name; surnames in "-s" stay people."""
    text = ("Some three million New Yorkers could not vote. Many Ohioans and Iowans agreed, "
            "and Dr. Jo Evans said so.")
    assert entities(text) == [("New Yorkers", "NORP"), ("Ohioans", "NORP"),
                              ("Iowans", "NORP"), ("Jo Evans", "PERSON")]
    assert entities("He spoke to Armenians in Paris.")[0] == ("Armenians", "NORP")
