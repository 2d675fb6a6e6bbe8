"""Speakers on the model-free path, twenty-third round: the items of a bulleted list after
"X argued that:", bodies named after a faith or nationality word ("Islamic State"), given
names that are ordinary words before a role or an age ("Grant Young, a pastor,"), and
longer names of a listed firm ("Boeing Kestrel").

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate


def _found(text: str, piece: str) -> tuple[str | None, str | None, str | None]:
    """(mention, speaker name, speaker type) of the quote or statement holding ``piece``."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None,
              q.speaker.type if q.speaker else None)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes if piece in q.text]
    assert found, piece
    return found[0]


def _ents(text: str) -> list[tuple[str, str]]:
    """(text, type) of each entity the model-free annotator tags."""
    return [(e.text, e.type) for e in annotate(text).ents]


# --- a bulleted list after a lead-in that ends in a colon ----------------------------------

_BULLETS = ("Tom Dale, who runs the housing charity, argued that:\n\n"
            "{b} Rather than build now, the city should “wait and see.”\n\n"
            "{b} The site by the river is “entirely wrong” for homes.\n\n"
            "{b} Most families want a school first, because “the old one is full.”\n\n"
            "The council votes on Monday.")


@pytest.mark.parametrize("bullet", ["•", "*", "-", "l"])
@pytest.mark.parametrize("piece", ["wait and see", "entirely wrong", "the old one is full"])
def test_every_item_of_a_bulleted_list_is_the_lead_ins(bullet: str, piece: str) -> None:
    """'X argued that:' and a list whose items open with a bullet (or a lone "l", a bullet
    that lost its symbol font): a fragment quoted in any item is X's (was only the first
    item's; the later items had no speaker)."""
    text = _BULLETS.format(b=bullet)
    assert _found(text, piece)[1] == "Tom Dale"


def test_a_list_after_a_lead_in_with_no_verb_of_speech_is_nobodys() -> None:
    """'The mayor listed three goals:' names no one's words: the items stay without the
    lead-in's subject."""
    text = ("The mayor listed three goals:\n\n• Build more homes.\n\n"
            "• Repair the bridges that the floods left “barely standing” last spring.")
    mentions = [q.speaker_mention.text if q.speaker_mention else None
                for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
                if "barely standing" in q.text]
    assert "The mayor" not in mentions


@pytest.mark.parametrize("text", [
    # a paragraph without a bullet between the lead-in and the item
    "Tom Dale argued that:\n\nThe plan fails.\n\n• The site is “entirely wrong” for homes.",
    # the items do not open with the same mark
    "Tom Dale argued that:\n\n• The plan fails.\n\n- The site is “entirely wrong” for homes.",
])
def test_a_bullet_not_in_the_list_after_the_lead_in_is_not_credited(text: str) -> None:
    """The list must follow the lead-in, each item with the same mark."""
    assert _found(text, "entirely wrong")[1] != "Tom Dale"


# --- bodies named after a faith or nationality word, without "the" ----------------------

@pytest.mark.parametrize("text, piece, name", [
    ("Islamic State claimed the attack, saying the city was “a den of sin.”", "den of sin",
     "Islamic State"),
    ("The so-called Islamic State has called the city “a den of sin.”", "den of sin",
     "Islamic State"),
    ("In a statement, Muslim Advocates said that the ban was “shameful.”", "shameful",
     "Muslim Advocates"),
    ("The ban is “shameful,” said Muslim Advocates, a legal group.", "shameful",
     "Muslim Advocates"),
    ("Ohio State said the plan was “unworkable.”", "unworkable", "Ohio State"),
])
def test_a_body_named_after_a_faith_or_nationality_word(text: str, piece: str,
                                                        name: str) -> None:
    """"Islamic State" is a body, not the nationality word "Islamic" (was NORP "Islamic",
    or "State" a person); a plural of people after such a word names a body where it speaks
    in running text ("..., Muslim Advocates said"; was the nationality word, or "Advocates"
    a person)."""
    assert _found(text, piece)[1:] == (name, "ORG")


@pytest.mark.parametrize("text, piece", [
    ("German Ortega said the plan was “unworkable.”", "unworkable"),
    ("Christian Banks said the plan was “unworkable.”", "unworkable"),
    ("The German Chancellor said the plan was “unworkable.”", "unworkable"),
    # a group in title case where the sentence opens
    ("Democratic Lawmakers said the plan was “unworkable.”", "unworkable"),
])
def test_a_person_or_a_title_after_a_nationality_word_is_no_body(text: str,
                                                                 piece: str) -> None:
    """A surname after a nationality word that is a given name too, or a title, names no
    body."""
    assert _found(text, piece)[2] != "ORG"


def test_islamic_state_anywhere_is_one_organisation() -> None:
    assert ("Islamic State", "ORG") in _ents("The raid hit Islamic State positions near the "
                                             "border on Monday.")


# --- a given name that is an ordinary word, before a role or an age ------------------------

@pytest.mark.parametrize("text, piece, name", [
    ("Grant Young, a pastor, spoke on Monday. “We tried,” Young said.", "We tried",
     "Grant Young"),
    ("Grant Young, another unaligned Iowa strategist, spoke on Monday. “We tried,” Young "
     "said.", "We tried", "Grant Young"),
    ("In what Grant Young, national treasurer for the campaign, called a rout, the vote was "
     "close. “It was hard,” Young said.", "It was hard", "Grant Young"),
    ("Hope Reed, 35, spoke on Monday. “We tried,” Reed said.", "We tried", "Hope Reed"),
])
def test_a_given_name_that_is_a_word_before_a_role_or_an_age(text: str, piece: str,
                                                             name: str) -> None:
    """"Grant Young, a pastor,": both words are ordinary words too, but the role or the age
    set off after them makes them a person's name, and "Young said" later is that person
    (was "Young" alone)."""
    assert _found(text, piece)[1:] == (name, "PERSON")


@pytest.mark.parametrize("text, name, typ", [
    ("Chase Bank, a lender, said on Monday that rates would rise.", "Chase Bank", "ORG"),
    ("Virginia Beach, a city of lawyers, voted on Monday.", "Virginia Beach", "GPE"),
])
def test_a_body_or_a_place_before_a_role_stays_what_it_is(text: str, name: str,
                                                          typ: str) -> None:
    assert (name, typ) in _ents(text)


# --- a longer name of a listed firm -----------------------------------------------------

@pytest.mark.parametrize("text, piece", [
    ("Boeing Kestrel said on Monday that the ruling was “flawed.”", "flawed"),
    # a firm's short name is its first word: "Vantor" alone is a business
    ("Vantor Kell said on Monday that the deal was “fair.” Shares of Vantor fell.", "fair"),
])
def test_a_longer_name_of_a_firm_is_no_person(text: str, piece: str) -> None:
    """A listed firm's one-word name and a word no list knows ("Boeing Kestrel"), or two
    words whose first the text names a business by ("Vantor"): an organisation (was a
    person, as two capitalised words unknown to the lists)."""
    assert _found(text, piece)[2] == "ORG"


def test_it_after_a_longer_firm_name_is_the_firm() -> None:
    text = ("Boeing Kestrel said on Monday that the ruling was “flawed.” It added that the "
            "judge had been “misled.”")
    assert _found(text, "misled")[:2] == ("It", "Boeing Kestrel")


@pytest.mark.parametrize("text, name", [
    ("Apple Martin said the deal was “fair.”", "Apple Martin"),       # a given name after
    ("Mercedes Schlapp said the deal was “fair.”", "Mercedes Schlapp"),  # a given name first
    ("Mark Kell said the deal was “fair.” Shares of Kell rose.", "Mark Kell"),
])
def test_a_person_whose_name_opens_like_a_firm_stays_a_person(text: str, name: str) -> None:
    assert _found(text, "fair")[1:] == (name, "PERSON")


def test_letters_and_bodies_before_a_capitalised_word_keep_their_own_name() -> None:
    """"GOP Convention", "Senate Dems": the letters or the body's word is the organisation,
    the word after it what it holds or does."""
    ents = _ents("Delegates met at the GOP Convention in July, and the Senate Dems "
                 "were absent.")
    assert ("GOP", "ORG") in ents and ("GOP Convention", "ORG") not in ents
    assert ("Senate Dems", "ORG") not in ents


# --- a block after "According to X:" ------------------------------------------------------

def test_a_block_after_according_to_a_source_is_the_sources() -> None:
    """"According to the Ledger:" and a paragraph with no quote mark at its start: the
    fragments quoted in it are the source's (were nobody's, and dropped)."""
    text = ("The fund drew scrutiny last year.\n\nAccording to the Ledger:\n\nThe fund "
            "“received as much as $2 million” from donors.")
    assert _found(text, "received as much")[:2] == ("the Ledger", "Ledger")


def test_a_sentence_ending_in_according_to_a_source_leads_in_nothing() -> None:
    """'..., according to Tom Dale. The details:': the source closes its own sentence; the
    lead-in before the colon has no source."""
    text = ("The fund drew scrutiny, according to Tom Dale. The details:\n\nThe fund "
            "“received as much as $2 million” from donors.")
    mentions = [q.speaker_mention.text if q.speaker_mention else None
                for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
                if "received as much" in q.text]
    assert "Tom Dale" not in mentions
