"""Reported (indirect) speech, twentieth round, second wave: statements the model-free
path cut or credited wrongly where one frame holds another.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported

import quotetrack


@pytest.mark.parametrize("text, statement, speaker", [
    ("Tom Reed's claim that the council had sold the land hurt the town, Lena Doe said.",
     "Tom Reed's claim that the council had sold the land hurt the town", "Lena Doe"),
    ("Ana Cruz's assertion that the levy was legal had angered farmers, officials said.",
     "Ana Cruz's assertion that the levy was legal had angered farmers", "officials"),
])
def test_final_frame_holds_a_noun_of_saying(text, statement, speaker):
    """"Doe's claim that A hurt B, X said": the frame that ends the sentence credits all
    of it, the noun's clause included, as it does "Doe declared A, X said"; A is not
    Doe's statement cutting X's down to "hurt B"."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text, statement, speaker", [
    ("Businesses that warn it could harm commerce were not consulted.",
     "it could harm commerce", "Businesses that"),
    ("Firms that say the rule will cost jobs have sued the state.",
     "the rule will cost jobs", "Firms that"),
])
def test_cue_in_a_relative_clause_of_the_subject(text, statement, speaker):
    """"Businesses that warn A were not consulted": the statement of a cue in a
    restrictive relative clause on the sentence's subject ends before the main clause's
    verb (the relative stays in the mention, as a relative "who" does)."""
    assert reported(text) == [(statement, speaker)]


def test_list_comma_keeps_a_mixed_statement():
    """"X said that support among nations that include A, B and C should show that D is
    “E”": the comma of a list is no frame's end; the quoted words stay X's, and "C" is
    no one's speaker."""
    text = ("Ina Kirsch said that support for Mr. Lund among nations that include Chile, "
            "Peru and Ghana should show that his bid is “not just a favor.”")
    assert reported(text) == []
    quote = quotetrack.extract(text).quotes[0]
    assert (quote.kind, quote.speaker_mention.text) == ("mixed", "Ina Kirsch")
    assert quote.statement.text.startswith("support for Mr. Lund")



@pytest.mark.parametrize("text, statement, speaker", [
    ("The ministry accused Kastoria of shelling civilian areas.",
     "Kastoria of shelling civilian areas", "The ministry"),
    ("Critics have long accused the port authority of hiding the cost of the dredging.",
     "the port authority of hiding the cost of the dredging", "Critics"),
])
def test_accused_x_of_doing_y(text, statement, speaker):
    """"X accused Y of doing Z" reports X's charge: the one charged and the "of" phrase
    (what X said Y did)."""
    assert reported(text) == [(statement, speaker)]


def test_accused_of_a_quote_leaves_the_quote():
    """"X accused Y of “lying”": the quoted charge is the statement, no bare "Y of"."""
    text = "Ana Cruz accused the mayor of “lying.”"
    assert reported(text) == []
