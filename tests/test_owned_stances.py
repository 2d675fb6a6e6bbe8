"""Owned nouns of saying that are the object of another's verb.

A noun of saying with its owner ("Tom Hale's claim that A", "her pledge to B") is the
owner's statement when it stands alone or after a preposition ("Critics scoffed at Hale's
claim that A").  When the whole phrase is the object of a verb whose subject is a person
("Senator Ann Lee rejected Tom Hale's claim that A", "The mayor repeated his claim that
A"), the news reports what that subject did with the claim: the phrase, owner included,
is the subject's statement, with the verb up to the noun as its cue.  Left alone: a
subject that is a thing ("A strong finish would bolster Hale's claim that A"), "including"
(a list, not a verb).  A claim without an owner is the stance verb's object ("Ann Lee
rejected [the claim that A]").

Measured on the PolNeAR train split: owned nouns of stance or intention ("his support
for A", "her decision to A", "Doe's plans to A") as statements of their own are credited
to the owner by the annotation in well under half of the cases, so no such shape is added.

Every text here was written for the test.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    ("Senator Ann Lee rejected Tom Hale's claim that the bridge was safe.",
     "Tom Hale's claim that the bridge was safe", "Senator Ann Lee"),
    ("Dr. Ruth Vance disputed the agency's assertion that the water was clean.",
     "the agency's assertion that the water was clean", "Dr. Ruth Vance"),
    # the owner is the subject: the subject's own mention, a role too
    ("The mayor repeated his claim that the budget was balanced.",
     "his claim that the budget was balanced", "The mayor"),
    ("Ann Lee revisited her pledge to cut bus fares in the city.",
     "her pledge to cut bus fares in the city", "Ann Lee"),
    # the verb after "to", and a participle: the subject of the clause
    ("In an interview on Sunday, Tom Hale sought to clarify Ann Lee's comment that the "
     "plant would close.", "Ann Lee's comment that the plant would close", "Tom Hale"),
    ("Ann Lee raises money for the party, even while keeping her promise to spend Sundays "
     "at home.", "her promise to spend Sundays at home", "Ann Lee"),
])
def test_owned_claim_as_the_object_of_a_verb(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


def test_owned_claim_cue_runs_from_the_verb() -> None:
    import quotetrack
    q = quotetrack.extract("Senator Ann Lee rejected Tom Hale's claim that the bridge was "
                           "safe.").quotes[0]
    assert q.cue is not None and q.cue.text == "rejected Tom Hale's claim"
    assert q.reason == "X rejected Y's claim that"


@pytest.mark.parametrize("text, statement, mention", [
    # a thing as the verb's subject: the owner's words
    ("A strong finish in Ohio would bolster Tom Hale's claim that he can win the state.",
     "he can win the state", "Tom Hale"),
    # the phrase heads the subject
    ("Tom Hale's claim that the bridge was safe drew jeers.", "the bridge was safe",
     "Tom Hale"),
    # after a preposition
    ("Critics scoffed at Tom Hale's claim that the bridge was safe.", "the bridge was safe",
     "Tom Hale"),
    ("A win in Ohio would help to bolster Tom Hale's claim that he can win the state.",
     "he can win the state", "Tom Hale"),
    # "including" lists, it is no act of anyone's
    ("The ads, including his promise to cut taxes for farmers, ran all week.",
     "to cut taxes for farmers", "his"),
])
def test_owned_claim_stays_the_owners(text: str, statement: str, mention: str) -> None:
    assert reported(text) == [(statement, mention)]


def test_claim_without_an_owner_is_the_rejecters() -> None:
    """ "X rejected the claim that A" (no owner): the rejection is X's statement, the noun
    phrase its object, as PolNeAR marks "dismissed the argument that A", "dismisses
    accusations that A" (h60-ind; this test said "left alone" before)."""
    assert reported("Ann Lee rejected the claim that the bridge was safe.") == [
        ("the claim that the bridge was safe", "Ann Lee")]


def test_owned_claim_as_the_object_on_the_parse() -> None:
    text = "Senator Ann Lee rejected Tom Hale's claim that the bridge was safe."
    rows = [
        ("Senator", "senator", "PROPN", 3, "compound"),
        ("Ann", "Ann", "PROPN", 3, "compound"),
        ("Lee", "Lee", "PROPN", 4, "nsubj"),
        ("rejected", "reject", "VERB", 0, "root"),
        ("Tom", "Tom", "PROPN", 6, "compound"),
        ("Hale", "Hale", "PROPN", 8, "nmod:poss"),
        ("'s", "'s", "PART", 6, "case"),
        ("claim", "claim", "NOUN", 4, "obj"),
        ("that", "that", "SCONJ", 13, "mark"),
        ("the", "the", "DET", 11, "det"),
        ("bridge", "bridge", "NOUN", 13, "nsubj"),
        ("was", "be", "AUX", 13, "cop"),
        ("safe", "safe", "ADJ", 8, "acl"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    # (the hand parse has no names: the annotator's stand in, and the mention is the name,
    # as with a pipeline's NER; h60-dgr)
    assert parsed(text, rows) == [("Tom Hale's claim that the bridge was safe", "Ann Lee")]
