"""The speaker a relative pronoun stands for when its antecedent names no one the resolver
knows: the subject a copula gives the antecedent as its predicate ("Doe is a serial liar
and bully who has pledged A": Doe), or, for a "who", the unnamed people the antecedent
names, as a group of their own ("23 percent who said A", "those who say A").  One unnamed
person or a thing ("the political neophyte who", "a push, which") stays unresolved, and a
relative the resolver already resolves keeps its speaker.

Every text here was written for the test (default, model-free path).
"""

from __future__ import annotations

import pytest

import quotetrack

_TRACKER = quotetrack.QuoteTracker(backend="rules")


def _speaker(text: str, statement: str) -> tuple[str, str, str | None] | None:
    """(mention, speaker name or None, speaker type) of the quote whose text opens with
    ``statement``."""
    for q in _TRACKER(text).quotes:
        if q.text.startswith(statement):
            assert q.speaker_mention is not None
            return (q.speaker_mention.text, q.speaker.name if q.speaker else None,
                    q.speaker.type if q.speaker else None)
    return None


@pytest.mark.parametrize("text, statement, name", [
    # a predicate noun after "is": the subject it describes
    ("Ann Lee is a serial liar and bully who has repeatedly pledged to raise taxes on "
     "farms.", "to raise taxes", "Ann Lee"),
    # after a verb phrase joined by "and": the subject the sentence opens with
    ("Ann Lee regularly attacks her rivals and is a serial liar and bully who has "
     "repeatedly pledged to raise taxes on farms.", "to raise taxes", "Ann Lee"),
    # a long list of predicate nouns
    ("Ann Lee is a serial liar, rampant bigot, racist, misogynist, birther and bully who "
     "has repeatedly pledged to raise taxes on farms.", "to raise taxes", "Ann Lee"),
    # past a label the sentence opens with
    ("Note: Ann Lee regularly attacks her rivals and is a serial liar and bully who has "
     "repeatedly pledged to raise taxes on farms.", "to raise taxes", "Ann Lee"),
])
def test_relative_on_a_predicate_noun_is_the_subject(text: str, statement: str,
                                                     name: str) -> None:
    assert _speaker(text, statement) == ("who", name, "PERSON")


@pytest.mark.parametrize("text, statement, group", [
    ("Some 46 percent of voters said yes, compared with 23 percent who said the plan was "
     "improper.", "the plan was improper", "23 percent"),
    ("Jane Roe is among those who say they have no intention of backing Lee.",
     "they have no intention", "those"),
    ("The mayor met with bankers who said the loans would be repaid.",
     "the loans would be repaid", "bankers"),
])
def test_relative_on_unnamed_people_is_their_group(text: str, statement: str,
                                                   group: str) -> None:
    assert _speaker(text, statement) == ("who", group, "GROUP")


def test_group_already_resolved_is_kept() -> None:
    text = "The senator was attacked by business leaders, who said the law would hurt jobs."
    assert _speaker(text, "the law would hurt jobs") == ("who", "business leaders", "GROUP")


@pytest.mark.parametrize("text, statement", [
    # one unnamed person: no name to give
    ("The race will test the political neophyte -- who routinely ridicules losers -- and "
     "the party.", "losers"),
])
def test_one_unnamed_person_stays_unresolved(text: str, statement: str) -> None:
    assert _speaker(text, statement) == ("who", None, None)


def test_named_antecedent_after_inverted_copula_is_kept() -> None:
    # "are Title Fund, which": the name before the relative, not the copula's other side
    text = "Among the donors are Title Fund, which said it would give more."
    assert _speaker(text, "it would give more") == ("which", "Title Fund", "ORG")


def test_share_written_with_a_percent_sign() -> None:
    text = "Some 56% want action, compared with 38% who say the vote should wait."
    assert _speaker(text, "the vote should wait") == ("who", "38%", "GROUP")


@pytest.mark.parametrize("text, statement, name", [
    ("Sen. Tom Hale of Ohio, who last year threatened to close the agency, and who has "
     "said the plan was wasteful, spoke on Monday.", "the plan was wasteful", "Tom Hale"),
    ("Rep. Ann Lee, a Hale endorser whose district went strongly for him but who "
     "suggested that Hale could lose, spoke on Monday.", "Hale could lose", "Ann Lee"),
])
def test_relative_joined_to_an_earlier_one(text: str, statement: str, name: str) -> None:
    assert _speaker(text, statement) == ("who", name, "PERSON")


def test_two_people_each_with_a_relative_keep_their_own() -> None:
    # near miss: "and" joins two people, not two relatives of one
    text = "Ann Lee, who left the party, and Tom Hale, who said the vote was rigged, spoke."
    assert _speaker(text, "the vote was rigged") == ("who", "Tom Hale", "PERSON")


def test_which_never_stands_for_a_person() -> None:
    text = ("Tom Hale, the president of the Carvers Workers of America, which endorsed Lee "
            "in May, said the union would help.")
    mention, name, typ = _speaker(text, "Lee") or (None, None, None)
    assert mention == "which" and typ == "ORG" and name is not None and \
        name.startswith("Carvers Workers")
    # a time it follows is no speaker either
    assert _speaker("Ann Lee released her records in July, which showed she was fit.",
                    "she was fit") == ("which", None, None)
