"""Reported-speech span boundaries, twenty-fourth round: where a statement ends before
the writer's tail (an appositive on it, a concession with a speech act of its own, a
participle of what the saying drew), before the occasion of an object statement (a time
clause, what it went out on or through), and before "and" and a verb in the cue's own
perfect or "-ing" form (the speaker's second act).

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, mention", [
    # an appositive that sums up the statement or describes its last noun
    ("Tom Lane said sales rose 5 percent last year, a record for the firm.",
     "sales rose 5 percent last year", "Tom Lane"),
    ("Ann Roe said the vote would pass, a claim the party disputed.",
     "the vote would pass", "Ann Roe"),
    ("Tom Lane said the city must act - a view many share.",
     "the city must act", "Tom Lane"),
    # a concession that holds a speech act of its own: the writer's clause
    ("Ann Roe said the vote would pass, though she did not say when.",
     "the vote would pass", "Ann Roe"),
    # a participle of what the saying drew
    ("The mayor said the bridge would close, drawing a sharp reply from the council.",
     "the bridge would close", "The mayor"),
    ("The mayor said the bridge would close, prompting protests.",
     "the bridge would close", "The mayor"),
])
def test_statement_ends_before_the_writers_tail(text, statement, mention):
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text, statement", [
    # an aside that a second comma closes before the statement's own verb
    ("Tom Lane said the plan, a costly one, would fail.", "the plan, a costly one, would fail"),
    # a concession of fact: gold and readers keep it with the statement
    ("Jo Hale said the gap is real, though it has narrowed since May.",
     "the gap is real, though it has narrowed since May"),
    # a participle of the statement's own subject ("leaving", "including")
    ("The mayor said the storm hit the coast, leaving 12 homes without power.",
     "the storm hit the coast, leaving 12 homes without power"),
    ("Jo Hale said the firm sold three plants, including the one in Dover.",
     "the firm sold three plants, including the one in Dover"),
    # "citing" stays in: cut off, its phrase would be credited to the statement's subject
    ("The mayor said the bridge would close, citing the cost of repairs.",
     "the bridge would close, citing the cost of repairs"),
])
def test_statement_tail_near_misses(text, statement):
    assert statement in [s for s, _ in reported(text)]


@pytest.mark.parametrize("text, statement, mention", [
    # what the saying went out on or through
    ("The council denied the charges through its lawyer.", "the charges", "The council"),
    ("The campaign touted the endorsement on its Facebook page.", "the endorsement",
     "The campaign"),
    # a time clause after the object: when it was said
    ("Ann Roe announced the deal after cutting ties with the old supplier.", "the deal",
     "Ann Roe"),
    ("The senator tweeted his thanks as he boarded the plane.", "his thanks", "The senator"),
    # a progressive object cue ends at its occasion too
    ("Ann Roe is touting her record in a new commercial.", "her record", "Ann Roe"),
])
def test_object_statement_ends_before_its_occasion(text, statement, mention):
    assert reported(text) == [(statement, mention)]


@pytest.mark.parametrize("text, statement", [
    # a time phrase with no clause may be the object's own ("a deal before the end of ...")
    ("Ann Roe announced the deal before the end of the year.",
     "the deal before the end of the year"),
])
def test_object_occasion_near_misses(text, statement):
    assert statement in [s for s, _ in reported(text)]


@pytest.mark.parametrize("text, statement, mention", [
    # "has said A and has called for B": the second perfect goes back to the speaker
    ("Ann Roe has said she wants a new bridge over the river and has called for higher "
     "taxes.", "she wants a new bridge over the river", "Ann Roe"),
    # "by pledging A and trying B": the second participle is the speaker's
    ("He has sought to regain the lead by pledging to hire more police and trying to win "
     "back voters.", "to hire more police", "He"),
])
def test_second_verb_in_the_cues_form_goes_back_to_the_speaker(text, statement, mention):
    assert (statement, mention) in reported(text)


@pytest.mark.parametrize("text, statement", [
    # the statement's own verb has the same form: all of it is said
    ("The mayor has said the firm has grown and has hired staff.",
     "the firm has grown and has hired staff"),
])
def test_second_verb_in_the_cues_form_near_misses(text, statement):
    assert statement in [s for s, _ in reported(text)]
