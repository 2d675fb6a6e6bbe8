"""Round 16 (h32-snt): the model-free annotator's sentences and names, on invented texts."""
from __future__ import annotations

from findings import entities, quotes

from quotetrack.parse.rules import annotate


def test_a_wrong_way_closing_mark_opens_the_next_sentence():
    """ "... a driver. ”We always have.”": the ``”`` after a sentence's end and a space,
    before a capital, opens the next sentence as ``“`` does, so its quote is direct."""
    text = ("Bus services stopped on Monday, said Rhys Vane, a driver. ”We always have.”\n")
    sents = [s.text for s in annotate(text).sentences]
    assert sents == ["Bus services stopped on Monday, said Rhys Vane, a driver.",
                     "”We always have.”"], sents
    assert quotes(text)["”We always have.”"][0] == "direct", quotes(text)


def test_a_closing_mark_after_a_space_still_closes_an_open_quote():
    """ "“It is over. ”Then ...": the ``”`` closes the open quote; it stays in its sentence."""
    text = "“It is over. ”Then the board left, said Ada Frost.\n"
    sents = [s.text for s in annotate(text).sentences]
    assert sents[0].startswith("“It is over. ”"), sents


def test_a_straight_mark_after_a_sentence_opens_the_next_one():
    text = 'Bus services stopped on Monday, said Rhys Vane, a driver. "We always have."\n'
    sents = [s.text for s in annotate(text).sentences]
    assert sents[-1] == '"We always have."', sents


def test_a_business_noun_opening_a_sentence_describes_the_name_after_it():
    """ "Developer Kestrel Homes said": the business noun is no part of the name, as
    "Actor Clint Howard" is not ("Retailer", "Builder", "Carmaker" alike)."""
    for noun, name in (("Developer", "Harrow Vale Homes"), ("Retailer", "Pellbrook Stores"),
                       ("Builder", "Marnock Homes"), ("Carmaker", "Vantor")):
        text = f"{noun} {name} said the plans had been on display for six weeks.\n"
        found = quotes(text)["the plans had been on display for six weeks"]
        assert found[2] == name, (noun, found)


def test_an_unlisted_given_name_set_off_after_a_kin_noun_is_a_person():
    """ "his wife, Carys, said": a word no list holds, set off by commas after "his wife",
    "her late son" or "Pryce's brother", names that relative."""
    for kin, name in (("his wife", "Carys"), ("Her late son", "Taliesin"),
                      ("Mr Pryce's brother", "Iolo")):
        text = f'At the hearing, {kin}, {name}, said he had been "always careful".\n'
        text = text.replace("At the hearing, Her", "At the hearing, her")
        assert (name, "PERSON") in entities(text), (kin, entities(text))
        assert quotes(text)['"always careful"'][2] == name, (kin, quotes(text))


def test_a_word_set_off_after_a_firm_noun_is_no_relative():
    """ "its partner, Kestrel, said": no kin noun, so no given name is read in."""
    text = 'The deal was signed, and its partner, Kestrel, said it was "a good day".\n'
    assert ("Kestrel", "PERSON") not in entities(text), entities(text)
