"""Fixes made while merging the twenty-fifth round: a participle cue after "at one point"
in a coordinated clause with a subject of its own."""

from __future__ import annotations

import quotetrack


def _speaker_of(text: str, words: str) -> str | None:
    quote = next(q for q in quotetrack.extract(text).quotes if words in q.text)
    return quote.speaker_mention.text if quote.speaker_mention is not None else None


def test_at_one_point_is_stepped_over_before_a_participle_cue():
    text = ("Gov. Ann Roe made the port a priority, and she has battled the union, at one "
            "point calling its leader a “bully.”")
    assert _speaker_of(text, "bully") == "she"


def test_at_some_point_alike():
    text = ("Tom Reed lost the vote, and his aide Ann Roe fought on for weeks, at some point "
            "calling the result “a disgrace.”")
    assert _speaker_of(text, "disgrace") == "his aide Ann Roe"


def test_without_a_coordinated_clause_the_main_subject_speaks():
    text = ("Gov. Ann Roe made the port a priority last year, at one point calling the union "
            "“a bully.”")
    assert _speaker_of(text, "bully") == "Gov. Ann Roe"
