"""Quote kinds: whole sentences after frames the adjunct rule did not read (h62-mix,
thirtieth round).

Invented texts.  A quote that opens with a capital and ends its sentence is direct after
a frame whose words past the cue are only the one told or asked ("telling them, “A.”",
"asked the crowd, “A?”"), adverbs ("replied evenly, “A.”", "acknowledged, however,
“A.”", "wrote back, “A.”", "concluded firmly and quietly, “A.”"), an adverb before a
participle aside ("joked, again using a drawl, “A.”"), adjuncts with a number or a noun in
"-ing" ("at one point", "before a Senate budget hearing"), or adjuncts closed by a colon
("said back in the summer: “A.”").  Fragments, a quote a clause holds, and a quote the
sentence runs on past stay mixed.
"""

from __future__ import annotations

import pytest
from findings import both_paths


def _both(text: str, piece: str) -> list[list[tuple[str, str | None]]]:
    """(kind, speaker mention) of the quote holding ``piece``, on each path."""
    return [[(r[1], r[2]) for r in rows if piece in r[0]] for rows in both_paths(text)]


@pytest.mark.parametrize("text, piece, mention", [
    ("Lee told them, “We will not move.”\n", "We will", "Lee"),
    ("The union leader emailed members on Friday, telling them, “We will not move.”\n",
     "We will", "The union leader"),
    ("Ruiz then asked the room, “Who wants to go first?”\n", "Who wants", "Ruiz"),
    ("Ruiz told the local paper simply, “We lost.”\n", "We lost", "Ruiz"),
])
def test_a_whole_sentence_after_the_one_told_is_direct(text, piece, mention):
    """Nothing but the one told or asked (and an adverb) between the cue and a whole
    sentence: the quote is direct, the teller's (both paths)."""
    for got in _both(text, piece):
        assert got == [("direct", mention)], got


@pytest.mark.parametrize("text, piece, mention", [
    ("Lee replied evenly, “That is not my decision.”\n", "That is", "Lee"),
    ("Ruiz acknowledged, however, “The numbers are bad.”\n", "The numbers", "Ruiz"),
    ("Kim wrote back, “Thanks for the note.”\n", "Thanks", "Kim"),
    ("Ruiz concluded firmly and quietly, “We will be back.”\n", "We will", "Ruiz"),
    ("Kim joked, again using a deep voice, “Welcome to the show!”\n", "Welcome", "Kim"),
])
def test_a_whole_sentence_after_adverbs_is_direct(text, piece, mention):
    """Adverbs after the cue ("evenly", "however", "back", "firmly and quietly", "again"
    before a participle aside) are a frame, not a clause: direct."""
    for got in _both(text, piece):
        assert got == [("direct", mention)], got


@pytest.mark.parametrize("text, piece, mention", [
    ("Ruiz said at one point, “Nobody wants a strike.”\n", "Nobody", "Ruiz"),
    ("Sen. Ana Ruiz, D-Ore., said in an op-ed piece before a 2014 Senate budget hearing, "
     "“The plan fails.”\n", "The plan", "Sen. Ana Ruiz"),
    ("Kim said back in the summer: “It is a big mistake.”\n", "It is", "Kim"),
    ("Ruiz said at a briefing, “We lost.”\n", "We lost", "Ruiz"),
])
def test_a_whole_sentence_after_longer_adjuncts_is_direct(text, piece, mention):
    """Adjuncts with a number, a noun in "-ing" a tagger reads as a verb, more than ten
    words, or closed by a colon: the quote after them is direct."""
    for got in _both(text, piece):
        assert got == [("direct", mention)], got


@pytest.mark.parametrize("text, piece", [
    ("Lee called the plan “a disaster.”\n", "disaster"),
    ("The group ran an ad titled, “Scam.”\n", "Scam"),
    ("Lee wore a shirt with the slogan, “Vote Early.”\n", "Vote Early"),
    ("Kim said on Monday that the plan was “a mess.”\n", "a mess"),
    ("Lee told them “a mess.”\n", "a mess"),
    ("Lee said simply “reckless.”\n", "reckless"),
    ("Lee told allies privately that “We will win.”\n", "We will"),
    ("Lee called it, “A disaster.”\n", "disaster"),
    ("Lee told them, “a mess,” before leaving.\n", "a mess"),
    ("Lee asked the board to vote, “Now or never.”\n", "Now or"),
    ("Lee told reporters the plan was, “Dead on arrival.”\n", "Dead on"),
    ("Ruiz said in a statement announcing the plan, “We lost.”\n", "We lost"),
    ("Lee said the plan had one aim: “We want every child in a classroom by "
     "September.”\n", "We want"),
])
def test_fragments_and_quotes_inside_a_clause_stay_mixed(text, piece):
    """A fragment, a title or slogan, a quote after "that", an object ("called it"), a
    verb ("to vote", "announcing the plan") or a clause before the colon: mixed."""
    for got in _both(text, piece):
        assert [k for k, _ in got] == ["mixed"], got
