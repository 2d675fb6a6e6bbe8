"""Speaker names, twenty-eighth round (h60-nm2). (1) A given name spelled like an abbreviated
title without its period ("Defence Minister Gen Ito said") is the person's given name in a
text that writes titles with their periods; a text writing them without ("Mr Lee", British
style), a given name after the word ("Gen Mark Roe") or the word opening the sentence keep
it the title.  (2) A headline's opening run "Hale Challenger Kelli Ward: ..." ends in the
speaker's name, a given name only the fuller lists hold.  (3) "The Minister of State for
Trade Policy said": an office with no name after it, no person "Policy".  Each test reads a
short invented text on the model-free path."""

from __future__ import annotations

from findings import entities

import quotetrack


def _speakers(text: str) -> list[str | None]:
    """The speaker name of each quote or statement, in text order."""
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text).quotes]


def test_given_name_spelled_like_a_title_after_another_title() -> None:
    """"Defence Minister Gen Ito said": "Gen" is his given name, later "Ito" is him."""
    text = ("Defence Minister Gen Ito said the navy would patrol the strait. "
            "“We will not look away,” Ito said.")
    assert ("Gen Ito", "PERSON") in entities(text)
    assert _speakers(text) == ["Gen Ito", "Gen Ito"]


def test_text_writing_titles_without_periods_keeps_the_title() -> None:
    """Near miss: a text writing "Mr Lee" without a period writes "Gen Ito" so too."""
    text = ("Mr Lee spoke first. Defence Minister Gen Ito said the navy would patrol the "
            "strait.")
    assert _speakers(text) == ["Ito"]


def test_title_before_a_given_name_or_opening_the_sentence_stays_a_title() -> None:
    """Near misses: "Gen. Mark Roe" and "Gen Mark Roe" (a given name after it), and "Gen Ito
    said" opening the sentence, keep the title out of the name."""
    assert _speakers("Gen. Mark Roe said the army would help.") == ["Mark Roe"]
    assert _speakers("Army chief Gen Mark Roe said the army would help.") == ["Mark Roe"]
    assert _speakers("Gen Ito said the army would help.") == ["Ito"]


# -- a headline's run: someone's role and a name of the fuller lists before the colon -------
def test_headline_role_between_two_names_credits_the_last() -> None:
    """"Hale Challenger Kelli Ward: ..." (a given name only the fuller lists hold): the
    headline's speaker is Kelli Ward, not the listed Hale the run opens with."""
    text = ("McCain Challenger Kelli Ward: Impeach the Judge, ‘Stop the Plan Now.’\n\n"
            "Former state senator Kelli Ward called for the impeachment of the judge. "
            "Senator John McCain did not answer.")
    assert ("Kelli Ward", "PERSON") in entities(text.split("\n")[0])
    assert set(_speakers(text)) == {"Kelli Ward"}


def test_headline_run_before_a_verb_and_near_misses() -> None:
    """The run may end before a title-case verb in -s too ("... Kelli Ward Says ..."); near
    misses: a run ending in a verb and a given name ("Cash Debunks Hillary:") keeps its
    words apart, and the name that opens the run stays a person of its own."""
    assert ("Kelli Ward", "PERSON") in entities("Obama Critic Kelli Ward Says the Plan Fails")
    found = entities("Marlow Cash Debunks Hillary: Only Two Instances")
    assert ("Hillary", "PERSON") in found
    assert not any(name.endswith("Debunks Hillary") for name, _ in found)
    assert ("Obama", "PERSON") in entities("Obama Challenger Kelli Ward: Cut the Tax Now")


# -- an office after "Minister of State for" with no name after it --------------------------
def test_office_after_minister_of_state_is_no_name() -> None:
    """"The Minister of State for Trade Policy said": no person "Policy", nor "Affairs"; the
    speaker is the office.  Near miss: a name after the office is still the person."""
    for office in ("Trade Policy", "Foreign Affairs"):
        text = f"The Minister of State for {office} said the tariffs would fall."
        assert not [e for e in entities(text) if e[1] == "PERSON"], office
        assert _speakers(text) == [f"Minister of State for {office}"]
    text = "Minister of State for Sustainability Tan Wei Ling said the plan would work."
    assert ("Tan Wei Ling", "PERSON") in entities(text)
    assert _speakers(text) == ["Tan Wei Ling"]
