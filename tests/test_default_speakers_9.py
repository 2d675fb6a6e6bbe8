"""Speakers on the model-free path, nineteenth round: one regression case per cause fixed
on PolNeAR train, each found where the parsed path named the speaker and the surface rules
did not.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import said

import quotetrack


def test_a_closing_report_frame_credits_the_participles_before_it():
    """"Dole welcomed the news, saying she was “doing the right thing,” suggesting he
    might hire her, the Harbor Times reported.": the frame that ends the sentence credits
    all of it, the participles' statements too, as "X declared A, officials said." and a
    closing "according to X" do; without the closing frame they stay Dole's."""
    found = said("Tom Dole welcomed the news that Ann Finch would quit, saying she was "
                 "\"doing the right thing,\" suggesting he might hire her, the Harbor Times "
                 "reported.")
    assert found["doing the right thing"] == "the Harbor Times"
    assert found["he might hire her"] == "the Harbor Times"
    found = said("Tom Dole welcomed the news that Ann Finch would quit, saying she was "
                 "\"doing the right thing,\" and suggesting he might hire her.")
    assert found["doing the right thing"] == "Tom Dole"


def _relayed(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's text (marks stripped) with its (speaker mention, relay mention)."""
    return {q.text.strip('"“”,. '): (q.speaker_mention.text if q.speaker_mention else None,
                                     q.reported_by_mention.text if q.reported_by_mention
                                     else None)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes}


def test_a_closing_report_frame_relays_the_statement_it_ends():
    """"Finch noted that the plan – what her party calls “a reform” – is “central” to the
    budget, reported the Harbor Times.": an inverted report frame that ends the sentence
    frames all of it as "…, the Harbor Times reported." does, the quotes of an aside set
    off by dashes too, as "X declared A, officials said." does; "said the aide" as "the
    aide said"; a sentence that opens with a quote keeps its own frame.

    This test asserted the Harbor Times (the aide) as the speaker until round 27 (h57-rly):
    "noted" is now an inner frame of saying as "said" is, so the words are Finch's and the
    closing frame relays them (``reported_by``), as "Finch said that A, reported the Harbor
    Times" was already read; PolNeAR's runner still scores the relay as the speaker."""
    found = _relayed("Ann Finch noted that the plan – what her party calls \"a reform\" – is "
                     "\"central\" to the budget, reported the Harbor Times.")
    assert found["a reform"] == ("Ann Finch", "the Harbor Times")
    assert found["central"] == ("Ann Finch", "the Harbor Times")
    found = _relayed("Ann Finch noted that the plan – what her party calls \"a reform\" – is "
                     "\"central\" to the budget, the Harbor Times reported.")
    assert found["central"] == ("Ann Finch", "the Harbor Times")
    found = _relayed("Ann Finch noted that the plan is \"central\" to the budget, said the "
                     "aide.")
    assert found["central"] == ("Ann Finch", "the aide")
    found = _relayed("Ann Finch noted that the plan is central to the budget, reported the "
                     "Harbor Times.")
    assert found["the plan is central to the budget"] == ("Ann Finch", "the Harbor Times")
    found = said("Ann Finch noted that the plan – what her party calls \"a reform\" – is "
                 "\"central\" to the budget.")
    assert found["central"] == "Ann Finch"


def test_reports_to_says_whom_one_answers_to():
    """"Finch has proposed hiring a “water czar” who reports directly to the mayor, and
    called for doubling “...”": "reports to the mayor" says whom the czar answers to and
    reports nothing, so it frames no quote after it; "reported to the mayor, “A”" still
    frames its quote."""
    found = said("Ann Finch has proposed hiring a \"water czar\" who reports directly to the "
                 "mayor, and called for doubling \"the number of pipe inspectors in every "
                 "district.\"")
    assert found["the number of pipe inspectors in every district"] == "Ann Finch"
    found = said("The aide reported to the mayor, \"The pipes are fine.\"")
    assert found["The pipes are fine"] == "The aide"


def test_the_subject_of_a_relative_naming_clause_after_a_noun_speaks_the_name():
    """"The board raised fares, a move that critics called “a tax on islanders.”": the
    subject of "called" after a relative "that" or "which" names the quote, not a mention
    that runs over the relative and its antecedent ("a move that critics") nor the
    speaker of the statement before it."""
    assert said("The board raised fares, a move that critics called \"a tax on "
                "islanders.\"")["a tax on islanders"] == "critics"
    assert said("The board raised fares, which critics called \"a tax on "
                "islanders.\"")["a tax on islanders"] == "critics"
    found = said("The board said on Monday that fares would rise, a move that Tom Reed "
                 "called \"a tax on islanders.\"")
    assert found["a tax on islanders"] == "Tom Reed"
    assert found["fares would rise"] == "The board"
