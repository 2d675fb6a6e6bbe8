"""Leads of the twenty-ninth round's reported-speech work (h61-rp2), read by the model-free
default path: an aside "according to X" (or "per X") between a speaker and a verb of
saying, a closing ", per X." whose source is a description or an anonymous group, two
speakers each set off by a role and joined by "and", and an opening "According to X, A"
whose A holds a verb of intention.

Every text here was written for the test, with invented people and places.
"""

from __future__ import annotations

from findings import one_quote

import quotetrack


def _quotes(text: str) -> list[quotetrack.Quote]:
    return list(quotetrack.extract(text).quotes)


# ---------------------------------------------------------------- aside before "told"

def test_aside_according_to_before_told_is_the_speakers_statement_relayed() -> None:
    text = ("Mayor Ines Carrow, according to a person familiar with the matter, has told "
            "aides that she will run for governor.\n")
    (q,) = _quotes(text)
    assert q.kind == "indirect"
    assert q.text == "she will run for governor"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mayor Ines Carrow"
    assert q.cue is not None and q.cue.text == "told"
    assert q.reported_by is not None and \
        q.reported_by.name == "a person familiar with the matter", q.reported_by


def test_aside_per_before_said_is_the_speakers_statement_relayed() -> None:
    text = ("Sen. Dale Ormond, per two people close to him, privately said the bill was "
            "dead.\n")
    (q,) = _quotes(text)
    assert q.text == "the bill was dead"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Sen. Dale Ormond"
    assert q.cue is not None and q.cue.text == "said"
    assert q.reported_by is not None and "two people" in q.reported_by.name


def test_aside_before_another_verb_stays_the_sources_statement() -> None:
    """Near miss: "X, according to Y, has grown impatient": no verb of saying after the
    aside, so the source's statement is the whole clause."""
    text = "The governor, according to two aides, has grown impatient with the council.\n"
    (q,) = _quotes(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "two aides"
    assert q.cue is not None and q.cue.text == "according to"
    assert q.text.startswith("The governor")
    assert q.reported_by is None


# ---------------------------------------------------------------- closing ", per X."

def test_closing_per_a_described_group() -> None:
    q = one_quote("The two sides are close to a deal, per two people familiar with the talks.\n",
             "close to a deal")
    assert q.kind == "indirect"
    assert q.text == "The two sides are close to a deal"
    assert q.speaker_mention is not None and \
        q.speaker_mention.text == "two people familiar with the talks"
    assert q.cue is not None and q.cue.text == "per"


def test_closing_per_an_aide_with_a_modifier() -> None:
    q = one_quote("The senator will not seek a fourth term, per an aide to the governor.\n",
             "fourth term")
    assert q.speaker_mention is not None and q.speaker_mention.text == "an aide"
    assert q.cue is not None and q.cue.text == "per"


def test_closing_per_bare_plural() -> None:
    q = one_quote("The coach will be fired on Monday, per sources.\n", "will be fired")
    assert q.speaker_mention is not None and q.speaker_mention.text == "sources"


def test_per_as_a_rate_is_no_frame() -> None:
    """Near misses: a rate after a comma ("$40, per two people"), one the sentence runs
    on past, and one with no comma."""
    assert _quotes("Tickets cost $40, per two people.\n") == []
    assert _quotes("Tickets cost $40, per person at the door, and children go free.\n") == []
    assert _quotes("Fees rose 3 percent per two years.\n") == []


# ---------------------------------------------------------------- coordinated roles

def test_two_speakers_each_set_off_by_a_role() -> None:
    text = ("Rep. Nora Pell, a Democrat, and Rep. Gus Wendt, a Republican, said the bridge "
            "bill would pass this week.\n")
    q = one_quote(text, "would pass")
    assert q.speaker is not None and q.speaker.name == "Nora Pell", q.speaker
    assert "Gus Wendt" in [s.name for s in q.co_speakers], q.co_speakers
    assert q.text == "the bridge bill would pass this week"


def test_role_aside_then_a_clause_of_its_own_names_one_speaker() -> None:
    """Near miss: the coordination ends its own clause; the next sentence's speaker has
    no co-speaker."""
    text = ("Rep. Nora Pell, a Democrat, and the council voted on Monday. Rep. Gus Wendt said "
            "the bill would pass.\n")
    q = one_quote(text, "would pass")
    assert q.speaker is not None and q.speaker.name == "Gus Wendt"
    assert not q.co_speakers


# ---------------------------------------------------------------- intention under a relay

def test_according_to_with_an_intention_keeps_the_whole_clause() -> None:
    q = one_quote("According to aides, the governor wants to run again.\n", "run again")
    assert q.text == "the governor wants to run again"
    assert q.speaker_mention is not None and q.speaker_mention.text == "aides"
    assert q.cue is not None and q.cue.text == "According to"


def test_according_to_with_a_stance_on_an_object_stays_relayed() -> None:
    """Near miss: a stance verb with a noun object ("Lee wants a recount") stays the
    inner speaker's, relayed by the source."""
    q = one_quote("According to the Ledger, Mayor Ines Carrow wants a recount.\n", "recount")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mayor Ines Carrow"
    assert q.cue is not None and q.cue.text == "wants"
    assert q.reported_by is not None


def test_role_set_off_after_the_first_speaker_only() -> None:
    """"X, a Democrat, and Y said": the first name before its role is a speaker too."""
    text = "Rep. Nora Pell, a Democrat, and Rep. Gus Wendt said the bill would pass.\n"
    q = one_quote(text, "would pass")
    names = {s.name for s in (q.speaker, *q.co_speakers) if s is not None}
    assert names == {"Nora Pell", "Gus Wendt"}, names


def test_role_aside_inside_an_object_is_no_coordination() -> None:
    """Near miss: the first name is the object of an earlier verb ("Voters liked X, a
    Democrat, and Y said A"): Y speaks alone."""
    text = "Voters liked Rep. Nora Pell, a Democrat, and Rep. Gus Wendt said the bill would pass.\n"
    q = one_quote(text, "would pass")
    assert q.speaker is not None and q.speaker.name == "Gus Wendt"
    assert not q.co_speakers
