"""Tags and names of the model-free annotator, nineteenth round (h37-ann): verbs in -s
after an adverb or a relative, and a product named after ", called".  Each test reads a
short text written for it.
"""

from __future__ import annotations

import pytest
from findings import entities, quotes, reported

from quotetrack.parse.rules import annotate_tokens


def tag(text: str, word: str) -> str:
    """The tag the annotator gives the first ``word`` of ``text``."""
    return next(w["upos"] for sent in annotate_tokens(text) for w in sent
                if w["text"] == word)


@pytest.mark.parametrize("text, names", [
    # a name set off after a plural noun and "called" names things, no person
    ("The headsets, called Orvane Lite, go on sale in May.", []),
    # ... but a name after a plural subject and the verb "called" is its object
    ("Protesters called Dana Whitcombe a traitor.", [("Dana Whitcombe", "PERSON")]),
])
def test_a_name_after_called(text: str, names: list[tuple[str, str]]) -> None:
    assert entities(text) == names


def test_a_product_named_after_called_is_not_the_firm_s_first_name() -> None:
    """ "The headsets, called Orvane Lite," then "Orvane said": the firm speaks, no person
    whose first name is Orvane."""
    text = ("Orvane on Tuesday unveiled its first headsets.\n\n"
            "The headsets, called Orvane Lite, go on sale in May for $299.\n\n"
            "Orvane said the battery would last about five hours.\n")
    found = quotes(text)
    assert found["the battery would last about five hours"][1:] == ("Orvane", "Orvane"), found


@pytest.mark.parametrize("text, word, upos", [
    # an -s word after a subject and an adverb is its verb, whatever its suffix
    ("Rowan Pike regularly incites the crowd at his rallies.", "incites", "VERB"),
    ("He often calls out rival firms by name.", "calls", "VERB"),
    ("The league, which largely supports rural clubs, met today.", "supports", "VERB"),
    ("They passed a bill that temporarily extends some tax breaks.", "extends", "VERB"),
    ("Ask what happens if that ever becomes necessary.", "becomes", "VERB"),
    # ... not after an adverb that opens a phrase, nor before a verb
    ("She said that just days later the mill closed.", "days", "NOUN"),
    ("Pike often aides say is too blunt.", "aides", "NOUN"),
])
def test_an_s_verb_after_an_adverb(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    # a relative after its antecedent, then an -s word before its object: the verb
    ("It is a network that facilitates the flow of cash.", "facilitates", "VERB"),
    ("The Varn Agency, which coordinates the transfer, said no.", "coordinates", "VERB"),
    ("It is a contractor that receives $4 billion a year.", "receives", "VERB"),
    # ... not a noun before a verb, nor after a preposition and "which"
    ("These are the lapses that regulators revealed.", "regulators", "NOUN"),
    ("We asked in which provinces the rule applies.", "provinces", "NOUN"),
])
def test_an_s_verb_after_a_relative(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    # a listed verb's -s form after a clause's subject, before a bare noun: its object
    ("Her platform ignores reform entirely.", "ignores", "VERB"),
    ("The hearing comes days before the vote.", "comes", "VERB"),
    ("A degree means money and status here.", "means", "VERB"),
    ("The bill becomes law in May.", "becomes", "VERB"),
    # ... not a plural noun before a verb with an object or a negation
    ("The Varnish attacks test Roe's strategy.", "attacks", "NOUN"),
    ("The harbour attacks resonate not as crimes but as war.", "attacks", "NOUN"),
])
def test_an_s_verb_before_a_bare_noun(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, statements", [
    # "that" before a singular noun that ends its phrase, and no verb: a determiner
    ("Mayor Tessa Vale denied that report on Monday.", []),
    # ... but a clause after "that" is the statement
    ("Mayor Tessa Vale said that voters in Orlen want change.",
     [("voters in Orlen want change", "Mayor Tessa Vale")]),
    ("Mayor Tessa Vale said that money in politics is a problem.",
     [("money in politics is a problem", "Mayor Tessa Vale")]),
])
def test_that_before_a_noun_and_no_verb_is_a_determiner(
        text: str, statements: list[tuple[str, str]]) -> None:
    assert reported(text) == statements
