"""Nested attributions, round 28: a mixed quote framed by a verb of naming and relayed by a
closing "according to" ('Lee called the plan “reckless,” according to the Ledger'): the
naming verb's subject speaks and the source of "according to" relays the words, as a
relayed "said" already did; with the near misses the rule must leave alone (invented
texts; the default path unless told)."""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from findings import speaker_and_relay as _who
from handparse import spec_rows

import quotetrack


def _mixed(text: str) -> quotetrack.Quote:
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == "mixed"]
    return q


@pytest.mark.parametrize("text, quote, speaker, cue, relay", [
    ("Dora Vance called the plan “reckless,” according to the Harbor Ledger.\n",
     "reckless", "Dora Vance", "called", "the Harbor Ledger"),
    ("Dora Vance will call the bill “a disgrace,” according to excerpts released by her "
     "office.\n", "a disgrace", "Dora Vance", "call", "excerpts"),
    ("Dora Vance described the levy as “a tax on hope,” according to the Harbor "
     "Ledger.\n", "a tax on hope", "Dora Vance", "described", "the Harbor Ledger"),
    ("On Monday, Dora Vance called the merger “a bad joke,” according to two aides.\n",
     "a bad joke", "Dora Vance", "called", "two aides"),
])
def test_naming_verb_subject_speaks_and_the_source_relays(text, quote, speaker, cue, relay):
    q = _mixed(text)
    assert quote in q.text
    assert _who(q) == (speaker, relay)
    assert q.speaker is not None and q.speaker.name == "Dora Vance"
    assert q.cue is not None and q.cue.text == cue


def test_relayed_said_keeps_its_speaker_as_before():
    """'X said A “B,” according to W': the inner speaker with the relay (an older rule)."""
    q = _mixed("Dora Vance said the plan was “reckless,” according to the Harbor Ledger.\n")
    assert _who(q) == ("Dora Vance", "the Harbor Ledger")
    assert q.cue is not None and q.cue.text == "said"


@pytest.mark.parametrize("text", [
    # no naming verb: the source speaks
    "Dora Vance's plan was “reckless,” according to the Harbor Ledger.\n",
    "The plan was “reckless,” according to the Harbor Ledger.\n",
    # a naming verb in a relative clause, and the relay closes the main clause
    "The plan, which Dora Vance called “reckless,” failed, according to the Harbor "
    "Ledger.\n",
])
def test_without_a_naming_frame_the_source_speaks(text):
    q = _mixed(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "the Harbor Ledger"
    assert q.reported_by is None


def test_naming_verb_without_a_relay_is_left_alone():
    q = _mixed("Dora Vance called the plan “reckless.”\n")
    assert _who(q) == ("Dora Vance", None)


def test_unquoted_naming_clause_is_the_named_views_relayed():
    """No quote marks: since the thirty-first round "X called Y ADJ" is X's view (h63-knd),
    which "according to" the outlet relays."""
    qs = quotetrack.extract("Dora Vance called the plan reckless, according to the Harbor "
                            "Ledger.\n").quotes
    assert [q.kind for q in qs] == ["indirect"]
    assert qs[0].speaker_mention is not None
    assert qs[0].speaker_mention.text == "Dora Vance"
    assert qs[0].reported_by is not None and qs[0].reported_by.name == "Harbor Ledger"


def test_parsed_path_naming_verb_relayed_by_according_to():
    text = "Dora Vance called the plan “reckless,” according to the Ledger."
    s = spec_rows("Dora/PROPN/3/nsubj/B-PERSON Vance/PROPN/1/flat/E-PERSON "
                  "called/VERB/0/root the/DET/5/det plan/NOUN/3/obj "
                  "“/PUNCT/7/punct reckless/ADJ/3/xcomp ,/PUNCT/7/punct ”/PUNCT/7/punct "
                  "according/VERB/13/case to/ADP/10/fixed the/DET/13/det "
                  "Ledger/PROPN/3/obl/S-ORG ./PUNCT/3/punct")
    (q,) = parsed_quotes(text, [s])
    assert q.kind == "mixed"
    assert _who(q) == ("Dora Vance", "the Ledger")
    assert q.cue is not None and q.cue.text == "called"
