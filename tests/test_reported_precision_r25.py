"""Reported (indirect) speech, round twenty-five: words read as a cue or a statement that
are no one's words (a cue form used as a noun or an adjective, the idiom "time will
tell", a relative clause on the one told, a second verb or a manner adverb after the
cue), with the near misses each rule must leave alone.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import quotes, reported


@pytest.mark.parametrize("text", [
    # a singular cue noun after its modifiers, the subject of a verb of its own
    "The strong jobs report has cleared the way for a rate rise next month.",
    "The state will appeal the ruling next week.",
    # a cue participle between a preposition and its noun
    "By the end of May, her lead in pledged delegates will be too big to close.",
    "Police launched a manhunt for alleged plotters across the region.",
    # "time will tell": the writer's doubt, no speaker
    "Only time will tell whether the plan works.",
    "Time can tell if the new stadium pays for itself.",
    # a relative clause on the one told, after a quote that is the statement
    "\u201cWe need change,\u201d the senator told a crowd at Rudy's Diner that spilled out "
    "onto the street.",
    # a second verb of the subject, not a clause
    "The protester yelled and held up a banner.",
    # how it was asked, not what
    "The mayor asked rhetorically, shaking his head.",
])
def test_no_reported_statement(text):
    assert reported(text) == []


@pytest.mark.parametrize("text, statement, mention", [
    # the cue verb itself, with its clause
    ("The union reports that wages rose by 4 percent.", "wages rose by 4 percent", "The union"),
    ("The report shows that sales fell in March.", "sales fell in March", "The report"),
    ("The agency says its report has found that sales fell.",
     "its report has found that sales fell", "The agency"),
    ("The governor said the state will appeal the ruling.", "the state will appeal the ruling",
     "The governor"),
    # a promise, not a participle before a noun
    ("The senator pledged to fight the bill in the Senate.", "to fight the bill in the Senate",
     "The senator"),
    # "tell" with a subject that can speak
    ("The coach will tell reporters whether the plan works.", "whether the plan works",
     "The coach"),
    # a "that" clause with a subject of its own after the one told and a place
    ("The senator told a crowd at Rudy's Diner that the plant would reopen.",
     "the plant would reopen", "The senator"),
    # "said ... that" after a place: the clause is the statement
    ("The senator said at a school in Dayton that she would run again.",
     "she would run again", "The senator"),
    # an adverb that opens the statement's clause
    ("The mayor said privately that the budget was short.", "the budget was short",
     "The mayor"),
    # two cues joined by "and", one statement
    ("The senator wrote and said that the bill was dead.", "the bill was dead", "The senator"),
])
def test_near_misses_still_fire(text, statement, mention):
    assert (statement, mention) in reported(text)


def test_two_cue_participles_keep_their_object():
    """'tweeting and emailing a video': the second participle is a cue too, and the object
    both share is the statement (not a second verb after the first cue)."""
    text = "The campaign went on the offensive, tweeting and emailing a video of the rally."
    assert [m for _, m in reported(text)] == ["The campaign"]


def test_manner_adverb_before_a_colon_leaves_the_quote_direct():
    """'said flatly: “...”': the adverb is how it was said; the quote after the colon is
    the whole statement, a direct quote of the speaker."""
    text = "The minority leader said flatly: \u201cI don't think it matters at all.\u201d"
    assert reported(text) == []
    found = quotes(text)
    assert [(k, v[0], v[1]) for k, v in found.items()] == [
        ("\u201cI don't think it matters at all.\u201d", "direct", "The minority leader")]
