"""Reported (indirect) speech, sixteenth round: statements after speech cues that the
rules missed, one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported

import quotetrack


@pytest.mark.parametrize("text, statement", [
    ("The mayor is under pressure from tenants who claim the landlord ignored them.",
     "the landlord ignored them"),
    ("The alliance also includes farmers who claim to speak for the whole valley.",
     "to speak for the whole valley"),
])
def test_cue_that_is_also_a_noun_after_who(text, statement):
    """"tenants who claim A": after "who" a cue that can be a noun ("claim", "report",
    "note") is the relative clause's verb, as "said" is."""
    assert (statement, "who") in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("The coach named no one, nor did he say that anyone had been dropped.",
     "anyone had been dropped", "he"),
    ("Never has the council claimed that the budget was balanced.",
     "the budget was balanced", "the council"),
])
def test_subject_after_a_negative_that_inverts(text, statement, speaker):
    """"Nor did he say that A", "Never has X claimed A": the negative puts the auxiliary
    before the subject, which still says A."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text, statement, speaker", [
    ("Councillor Ann Voss questioned whether the bridge could be repaired by May.",
     "whether the bridge could be repaired by May", "Councillor Ann Voss"),
    ("Some parents questioned why the school had closed without notice.",
     "why the school had closed without notice", "Some parents"),
    ("Tenants are questioning how the landlord spent the repair fund.",
     "how the landlord spent the repair fund", "Tenants"),
    ("Councillor Ann Voss continued to question whether the bridge was safe.",
     "whether the bridge was safe", "Councillor Ann Voss"),
])
def test_question_after_questioned(text, statement, speaker):
    """"X questioned whether A": the question is X's, as after "asked whether"."""
    assert (statement, speaker) in reported(text)


def test_questioned_without_a_question_reports_nothing():
    """"Police questioned the suspect": no question word, no statement."""
    assert reported("Police questioned the driver for two hours on Monday.") == []


@pytest.mark.parametrize("text, statement, source", [
    ("County records show she gave $500 to both candidates in 2019.",
     "she gave $500 to both candidates in 2019", "County records"),
    ("A new Harwick Courier poll shows Ann Voss leading Tom Reed by four points.",
     "Ann Voss leading Tom Reed by four points", "A new Harwick Courier poll"),
    ("Inspectors found the dam had been neglected for a decade.",
     "the dam had been neglected for a decade", "Inspectors"),
])
def test_clause_without_that_after_a_verb_of_evidence(text, statement, source):
    """"Records show she gave A", "a poll shows X leading Y": a verb of evidence takes its
    clause without "that", as "said" does."""
    assert (statement, source) in reported(text)


@pytest.mark.parametrize("text", [
    "The mayor showed a photo of a flooded street that was taken on Monday.",
    "Police found the van, which was stolen, near the river.",
    "The vote showed a lack of political will to fix the roads.",
])
def test_object_after_a_verb_of_evidence_is_no_clause(text):
    """"showed a photo ... that was taken": a relative clause of the object, not a clause
    after the verb."""
    assert reported(text) == []


def test_topic_asked_about_after_the_one_asked():
    """"X asked the mayor about the budget": the topic is the question, the mayor the one
    asked (not part of the statement)."""
    text = "Councillor Tom Reed asked the mayor about the budget for the new bridge."
    assert reported(text) == [("the budget for the new bridge", "Councillor Tom Reed")]
    quote = quotetrack.extract(text).quotes[0]
    assert quote.addressee_mention is not None and quote.addressee_mention.text == "the mayor"


@pytest.mark.parametrize("text, statement, speaker", [
    ("Retired Gen. Ann Voss, who led the relief effort, said that the camp was unsafe.",
     "the camp was unsafe", "Gen. Ann Voss"),
    ("And retired Adm. Ann Voss said on Sunday that the harbour was unsafe.",
     "the harbour was unsafe", "Adm. Ann Voss"),
])
def test_participle_before_a_title_opens_the_subject(text, statement, speaker):
    """"Retired Gen. X, who ..., said A": a participle that opens the clause modifies the
    title after it; it is no verb whose object the name would be."""
    assert (statement, speaker) in reported(text)


def test_participle_before_a_title_inside_a_clause_is_a_verb():
    """"X echoed Mr. Y's defence of the plan, saying A": the name after the verb is its
    object, never the subject of a later clause."""
    text = ("On Sunday, Mayor Tom Reed even echoed Mr. Diaz's defence of the plan, saying "
            "most residents wanted it, remarks that were aired on local radio.")
    assert [speaker for _, speaker in reported(text)] == ["Mayor Tom Reed"]


@pytest.mark.parametrize("text, statement, speaker", [
    ("Tenants hope the council will repair the lifts before winter.",
     "the council will repair the lifts before winter", "Tenants"),
    ("Mayor Ann Voss fears the storm will close the harbour for a week.",
     "the storm will close the harbour for a week", "Mayor Ann Voss"),
])
def test_clause_without_that_after_a_verb_of_belief(text, statement, speaker):
    """"X hopes A", "X fears A": a belief in a clause without "that", as after "believes"."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "Most residents know the harbour well.",
    "Tenants expect the council to repair the lifts.",
])
def test_object_after_a_verb_of_belief_is_no_clause(text):
    """"know the harbour well", "expect the council to repair": an object, no clause."""
    assert reported(text) == []
