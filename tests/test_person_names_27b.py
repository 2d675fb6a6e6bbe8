"""Person names on the model-free path, twenty-seventh round (h59-nam): a title with its
office after "of"/"for" before a name ("Minister for Trade Jo Lee", "Director of the Office
of Management and Budget Ann Roe", "Chairman of the Joint Chiefs of Staff Gen. Tom Hale"),
and a surname no list holds opening a sentence with a role set off after it ("Kamau, a
member, said").  Each test reads a short invented text with the rule-based annotator's
entity tags or its speakers."""

from __future__ import annotations

from findings import entities, quotes


def _speaker(text: str) -> tuple[str | None, str | None]:
    """(speaker mention, speaker name) of the text's one quote or statement."""
    (found,) = quotes(text).values()
    return found[1], found[2]


# -- a title with an office after "of"/"for" before a name ---------------------------------
def test_one_word_office_before_a_two_word_name() -> None:
    """"Minister for Trade Jo Lee": the office is one word, the name the last two (a given
    name no list holds, a listed surname), not "Trade Jo" and "Lee"."""
    assert entities("Minister for Trade Jo Lee said the deal was done.") == \
        [("Jo Lee", "PERSON")]
    assert _speaker("Minister for Trade Jo Lee said the deal was done.") == \
        ("Minister for Trade Jo Lee", "Jo Lee")
    assert _speaker("“We will act,” Minister for Trade Jo Lee said.") == \
        ("Minister for Trade Jo Lee", "Jo Lee")
    assert entities("Minister of Trade Jo Lee said it.") == [("Jo Lee", "PERSON")]
    assert entities("Minister for Foreign Affairs Jo Lee said the deal was done.")[-1] == \
        ("Jo Lee", "PERSON")


def test_office_list_before_a_name_no_list_holds() -> None:
    """"Director of the Office of Management and Budget Shalanda Kerr": the body ends at
    the word after its last "and", two unknown capitalised words after it are the person."""
    text = "Director of the Office of Management and Budget Shalanda Kerr said the deal was done."
    assert entities(text) == [("Office of Management and Budget", "ORG"),
                              ("Shalanda Kerr", "PERSON")]
    assert _speaker(text)[1] == "Shalanda Kerr"
    assert _speaker("“We will act,” Director of the Office of Management and Budget "
                    "Shalanda Kerr said.")[1] == "Shalanda Kerr"


def test_whole_office_before_a_titled_name_opening_the_sentence() -> None:
    """"Chairman of the Joint Chiefs of Staff Gen. Tom Hale said" opens the sentence: the
    capital "Chairman" is the person's title, not a people noun heading the phrase; the
    mention keeps the title, the speaker is the person."""
    text = "Chairman of the Joint Chiefs of Staff Gen. Tom Hale said the deal was done."
    assert _speaker(text) == ("Chairman of the Joint Chiefs of Staff Gen. Tom Hale", "Tom Hale")
    assert _speaker("Chairman of the Joint Chiefs Tom Hale said the deal was done.")[1] == \
        "Tom Hale"
    assert _speaker("“We will act,” Chairman of the Joint Chiefs of Staff Gen. Tom Hale "
                    "said.")[1] == "Tom Hale"


def test_offices_without_a_name_and_nouns_for_someone_stay() -> None:
    """Near misses: an office alone ("Director of Communications", "Minister for Trade")
    is no one's name; a spokesman for a senator is the spokesman; a body ending in "and
    Human Services" keeps its last words; "Mayor of Dunmore Hale" is a place."""
    assert entities("“We will act,” Director of Communications said.") == []
    assert _speaker("“We will act,” Director of Communications said.")[0] == \
        "Director of Communications"
    assert entities("“We will act,” Minister for Trade said.") == []
    assert _speaker("A spokesman for Sen. Ann Vale said the deal was done.") == \
        ("A spokesman for Sen. Ann Vale", "A spokesman for Sen. Ann Vale")
    assert entities("Friends of Ann Vale said the deal was done.") == \
        [("Friends of Ann Vale", "ORG")]
    assert ("Jo Li", "PERSON") in entities(
        "Secretary of Health and Human Services Jo Li said the deal was done.")
    assert ("Tom Hale", "PERSON") not in entities("Mayor of Dunmore Hale said it rained.")


# -- a surname alone with a role set off after it ------------------------------------------
def test_unknown_surname_set_off_by_a_role_opens_the_sentence() -> None:
    """"Kamau, a member, said A": a surname no list holds opens the sentence, a role set
    off by two commas and a speech verb follow: the person speaks, not "a member"."""
    assert entities("Kamau, a member, said the deal was done.") == [("Kamau", "PERSON")]
    assert _speaker("Kamau, a member, said the deal was done.") == ("Kamau", "Kamau")
    assert _speaker("Wanjiku, a longtime member, said the deal was done.") == \
        ("Wanjiku", "Wanjiku")


def test_connective_adverbs_before_a_role_stay_words() -> None:
    """Near misses: "Nevertheless, the official said" (no second comma), an adverb no list
    holds before a set-off role ("Thereafter"), a role and a name set off ("a spokesman,
    Tom Lee, said"), a party tag ("R-S.C.")."""
    assert entities("Nevertheless, the official said the deal was done.") == []
    assert _speaker("Nevertheless, the official said the deal was done.") == \
        ("the official", "the official")
    assert _speaker("Nevertheless, a spokesman, Tom Lee, said the deal was done.")[1] == \
        "Tom Lee"
    assert ("Thereafter", "PERSON") not in entities("Thereafter, the official, said it.")
    assert entities("Sen. Lindsey Graham, R-S.C., a long-shot candidate, said it was "
                    "over.") == [("Lindsey Graham", "PERSON")]
