"""Round 32 (b): a headline's speaker calls something what its single-marked quote says
("Doe Calls Rival’s Plan ‘A Sham’"): the thing named and the quote are the speaker's
indirect statement too, beside the quoted words' mixed quote, on both paths."""

from __future__ import annotations

import pytest
from findings import both_paths

import quotetrack

_BODY = ("\n\nSenator Mara Halvorsen said on Monday that the plan would fail. "
         "\u201cIt is over,\u201d she said.")


def _head_rows(head: str) -> list[list[tuple[str, str, str | None]]]:
    """(text, kind, speaker mention) of each headline quote, default then parsed path."""
    return [[(t, k, m) for t, k, m, _ in rows if t in head] for rows in both_paths(head + _BODY)]


@pytest.mark.parametrize("head, claim, speaker", [
    ("Halvorsen Calls Rival\u2019s Farm Plan \u2018A Sham.\u2019",
     "Rival\u2019s Farm Plan \u2018A Sham.\u2019", "Halvorsen"),
    # two quotes listed as what it is called make one statement
    ("Ex-Governor Halvorsen calls Dunmore\u2019s tax idea \u2018reckless\u2019, "
     "\u2018cruel.\u2019",
     "Dunmore\u2019s tax idea \u2018reckless\u2019, \u2018cruel.\u2019", "Ex-Governor Halvorsen"),
    # a second verb of the same speaker after a comma
    ("Halvorsen Says Budget Is Broken, Calls Dunmore\u2019s Cuts \u2018Cruel.\u2019",
     "Dunmore\u2019s Cuts \u2018Cruel.\u2019", "Halvorsen"),
])
def test_headline_naming_with_a_single_marked_quote_is_a_statement(
        head: str, claim: str, speaker: str) -> None:
    for rows in _head_rows(head):
        assert (claim, "indirect", speaker) in rows
        assert any(k == "mixed" and m == speaker for _, k, m in rows)  # the quote stays


def test_headline_naming_statement_when_its_quote_reads_as_a_sentence() -> None:
    """A capital and a stop in what is named make the tagger read the quote as a whole
    sentence (a direct quote); it is still what the speaker calls the remarks."""
    head = ("Halvorsen Says Hackers Hit Office, Calls Dunmore’s Putin Remarks "
            "‘Troubling.’")
    for rows in _head_rows(head):
        assert ("Dunmore’s Putin Remarks ‘Troubling.’", "indirect",
                "Halvorsen") in rows
        assert ("Hackers Hit Office", "indirect", "Halvorsen") in rows


def test_headline_naming_statement_has_the_verb_as_cue_and_stops_at_a_teaser_dash() -> None:
    head = "Halvorsen Just Called Dunmore \u2018A Coward\u2019 \u2013 You Won\u2019t Believe Why."
    for result in (quotetrack.extract(head + _BODY),
                   quotetrack.QuoteTracker(backend="rules")(head + _BODY)):
        statements = [q for q in result.quotes if q.kind == "indirect" and q.start < len(head)]
        assert [(q.text, q.cue.text if q.cue else None) for q in statements] == \
            [("Dunmore \u2018A Coward\u2019", "Called")]


@pytest.mark.parametrize("head", [
    "Does Halvorsen Call Dunmore\u2019s Plan \u2018A Sham\u2019?",  # a question
    "Halvorsen Calls On Dunmore To \u2018Step Aside.\u2019",  # a request, no naming
    "Halvorsen Calls For \u2018Calm\u2019 In Capital.",
    "The \u2018Sham\u2019 Plan Halvorsen Calls Reform.",  # the quote before the verb
])
def test_headline_without_a_naming_of_its_quote_states_nothing(head: str) -> None:
    for rows in _head_rows(head):
        assert not [r for r in rows if r[1] == "indirect"], rows


def test_naming_quote_in_single_marks_in_the_body_stays_a_quote_only() -> None:
    text = ("Budget Talks Stall In Capital\n\nHalvorsen called Dunmore\u2019s plan "
            "\u2018a sham\u2019 on Monday. \u201cIt is over,\u201d she said.")
    for rows in both_paths(text):
        assert not [r for r in rows if r[1] == "indirect" and "sham" in r[0]], rows
