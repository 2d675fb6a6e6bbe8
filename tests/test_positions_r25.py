"""Positions and intentions as attributions (round 25, h52-int).

What a person or a group wants, plans, hopes, intends, prefers or agreed to do is
their statement, as the news reports positions ("Rep. Jane Doe wants more money for
schools"): the object or the infinitive after the verb, with the reason "X wants Y".
Only a subject that can hold a position, and never a question, a condition, a denial,
a guess or what someone else tells.  Invented texts.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported

import quotetrack


@pytest.mark.parametrize(("text", "statement", "mention"), [
    ("Rep. Jane Doe wants more money for schools.", "more money for schools",
     "Rep. Jane Doe"),
    ("The company plans to cut 200 jobs.", "to cut 200 jobs", "The company"),
    ("Neither side wants a war over the islands.", "a war over the islands", "Neither side"),
    ("Ms. Roe hopes to win Ohio in November.", "to win Ohio", "Ms. Roe"),
    ("The mayor would like to see a new park.", "to see a new park", "The mayor"),
    ("The union agreed to return to talks.", "to return to talks", "The union"),
    ("Most parents prefer smaller classes.", "smaller classes", "Most parents"),
    ("The governor intends to sign the bill.", "to sign the bill", "The governor"),
    ("Aides to the senator want a recount.", "a recount", "Aides"),
    ("The mayor wants more bike lanes downtown.", "more bike lanes downtown", "The mayor"),
])
def test_position_statement(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


def test_reason_and_cue() -> None:
    [q] = [q for q in quotetrack.extract("The mayor would like to see a new park.").quotes
           if q.kind == "indirect"]
    assert q.reason == "X wants Y"
    assert q.cue is not None and q.cue.text == "would like"
    assert q.speaker_mention is not None and q.speaker_mention.text == "The mayor"


@pytest.mark.parametrize("text", [
    "The bill wants to raise taxes.",  # a text holds no position
    "It wants to expand trade.",  # "it": a thing, when we cannot tell
    "If you want a job, apply early.",  # a condition, the generic reader
    "Does the mayor want a new park?",  # a question
    "She wants to know whether he lied.",  # a wish to learn, no position
    "The mayor hopes to show that the budget is balanced.",  # neither finding nor stance
    "He does not want a war.",  # a denial: mostly a motive told
    "The council may want to rethink the plan.",  # a guess
    "As she planned to leave, the phone rang.",  # the setting of another clause
    "I want to thank my family.",  # a transcript's or a column's voice
    "The plans to expand the port were dropped.",  # a noun
    "Voters know what the mayor wants.",  # the thing wanted, no position stated
])
def test_no_position(text: str) -> None:
    assert reported(text) == []


def test_transcript_turn_is_the_speakers() -> None:
    # the label's speaker says it all; "They" holds no position of its own here
    found = reported("ROE: They want safe streets.")
    assert all(mention != "They" for _, mention in found), found


def test_reported_position_is_the_reporters() -> None:
    # "Critics say A": the position is part of what the critics say
    assert reported("Critics say the mayor wants to raise taxes.") == [
        ("the mayor wants to raise taxes", "Critics")]
    # a verb of speech in the sentence: the position is part of Roe's account
    found = reported("The plan failed badly, Roe said, so the leaders plan to quit.")
    assert all(mention != "the leaders" for _, mention in found), found
    # a closing frame credits the whole sentence
    assert reported("Roe hopes to win Ohio, aides said.") == [
        ("Roe hopes to win Ohio", "aides")]


def test_clause_after_hope_is_read_as_before() -> None:
    assert reported("The senator hopes that the bill passes.") == [
        ("the bill passes", "The senator")]


def test_position_on_the_parse() -> None:
    text = "The company plans to cut 200 jobs."
    rows = [
        ("The", "the", "DET", 2, "det"),
        ("company", "company", "NOUN", 3, "nsubj"),
        ("plans", "plan", "VERB", 0, "root"),
        ("to", "to", "PART", 5, "mark"),
        ("cut", "cut", "VERB", 3, "xcomp"),
        ("200", "200", "NUM", 7, "nummod"),
        ("jobs", "job", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    assert parsed(text, rows) == [("to cut 200 jobs", "The company")]


def test_amount_object_and_noun_read_verb_on_the_parse() -> None:
    # a tagger's "more" as an adverb, "hopes" as a noun and the name as an adjective: the
    # parse's subject makes "hopes" the clause's verb
    text = "Tom Reed hopes to win more votes."
    rows = [
        ("Tom", "Tom", "PROPN", 2, "compound", "B-PERSON"),
        ("Reed", "Reed", "ADJ", 3, "nsubj", "E-PERSON"),
        ("hopes", "hope", "NOUN", 0, "root"),
        ("to", "to", "PART", 5, "mark"),
        ("win", "win", "VERB", 3, "xcomp"),
        ("more", "more", "ADV", 7, "advmod"),
        ("votes", "vote", "NOUN", 5, "obj"),
        (".", ".", "PUNCT", 3, "punct"),
    ]
    found = parsed(text, rows)
    assert len(found) == 1 and found[0][0] == "to win more votes", found


def test_want_object_on_the_parse() -> None:
    text = "Senator Ann Lee wants a new bridge."
    rows = [
        ("Senator", "senator", "PROPN", 3, "compound"),
        ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
        ("Lee", "Lee", "PROPN", 4, "nsubj", "E-PERSON"),
        ("wants", "want", "VERB", 0, "root"),
        ("a", "a", "DET", 7, "det"),
        ("new", "new", "ADJ", 7, "amod"),
        ("bridge", "bridge", "NOUN", 4, "obj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    found = parsed(text, rows)
    assert len(found) == 1 and found[0][0] == "a new bridge", found
    assert found[0][1] in ("Senator Ann Lee", "Ann Lee", "Lee"), found


def test_more_read_as_adverb_opens_the_object_on_the_parse() -> None:
    text = "Senator Ann Lee wants more funding for schools."
    rows = [
        ("Senator", "senator", "PROPN", 3, "compound"),
        ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
        ("Lee", "Lee", "PROPN", 4, "nsubj", "E-PERSON"),
        ("wants", "want", "VERB", 0, "root"),
        ("more", "more", "ADV", 6, "advmod"),
        ("funding", "fund", "VERB", 4, "xcomp"),
        ("for", "for", "ADP", 8, "case"),
        ("schools", "school", "NOUN", 6, "obl"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    found = parsed(text, rows)
    assert len(found) == 1 and found[0][0] == "more funding for schools", found
