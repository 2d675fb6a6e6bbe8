"""Reported (indirect) speech, eighteenth round: statements after speech cues that the
rules missed, one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported

import quotetrack


@pytest.mark.parametrize("text, statement, speaker", [
    ("Some residents say: It is time to leave the valley.",
     "It is time to leave the valley", "Some residents"),
    ("A reporter asked: Did the mayor discuss the bridge tolls?",
     "Did the mayor discuss the bridge tolls", "A reporter"),
    ("The mayor often says: The port is the future of Harwick.",
     "The port is the future of Harwick", "The mayor"),
])
def test_clause_after_a_colon(text, statement, speaker):
    """"X says: A.": a colon after a verb of speech opens the statement even without
    quote marks, as it does a quote."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "The mayor listed her plans: roads, schools and parks.",
    "The mayor said: roads, schools and parks.",
])
def test_no_clause_after_a_colon(text):
    """A list or a noun phrase after the colon is no statement."""
    assert reported(text) == []


@pytest.mark.parametrize("text, statement, speaker", [
    ("A spokesman for the council did not say when the vote would be held.",
     "when the vote would be held", "A spokesman for the council"),
    ("The spokesman wouldn’t say when, or if, the council will vote on the plan.",
     "when, or if, the council will vote on the plan", "The spokesman"),
    ("The spokesman declined to say when the council will vote on the plan.",
     "when the council will vote on the plan", "The spokesman"),
    ("The spokesman wouldn’t say whether the council will vote on the plan.",
     "whether the council will vote on the plan", "The spokesman"),
])
def test_question_after_a_cue_someone_would_not_say(text, statement, speaker):
    """"X did not say when A", "X declined to say when A": what someone would not say is a
    question left open, as after "asked"; "n’t" with a curly apostrophe negates as "n't"
    does."""
    assert (statement, speaker) in reported(text)


def test_when_after_a_plain_say_is_no_question():
    """"X said when A, B": after a cue that is said, "when" opens a time of the
    statement, not a question."""
    assert ("when the council votes", "The spokesman") not in reported(
        "The spokesman said when the council votes, he will be there.")


@pytest.mark.parametrize("text, statement, speaker", [
    ("The department repeatedly hid facts, admitted it withheld emails, and delayed the "
     "audit.", "it withheld emails", "The department"),
    ("Tom Hale wins the county, vows to press on to the next vote.",
     "to press on to the next vote", "Tom Hale"),
    ("Ann Voss pledged to fix the roads and cast doubt on the budget, suggested that the "
     "real deficit could be far higher.", "the real deficit could be far higher", "Ann Voss"),
])
def test_cue_in_a_list_of_verbs(text, statement, speaker):
    """"X hid A, admitted B, and delayed C": a verb of speech after a comma, in the tense of
    the verb before it, shares its subject, and B ends where the list goes on."""
    assert (statement, speaker) in reported(text)


def test_verb_after_a_comma_with_its_own_subject_is_no_list():
    """"A, reported the Ledger": the frame's own subject follows the cue; the frame ends the
    sentence and relays all of it, as "A, the Ledger reported." does (nineteenth round,
    h37-dsp).

    Until round 27 (h57-rly) the Ledger was asserted as the speaker of "Tom Hale noted that
    A": "noted" is now an inner frame of saying as "said" is, so the statement is Hale's
    ("the port was central to the plan") and the Ledger relays it (``reported_by``), as
    "Tom Hale said that A, reported the Harwick Ledger" was already read."""
    text = "Tom Hale noted that the port was central to the plan, reported the Harwick Ledger."
    found = reported(text)
    assert all(speaker != "Tom Hale" or statement != "the Harwick Ledger"
               for statement, speaker in found)
    assert found == [("the port was central to the plan", "Tom Hale")]
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert q.reported_by_mention is not None and \
        q.reported_by_mention.text == "the Harwick Ledger"


#: "Deficits will end this year, the nonpartisan Harwick Budget Office reported on
#: Tuesday.", parsed as a parser may: "reported" a relative clause on "year", its subject
#: "Office" with "the" and "nonpartisan" hanging from it.
_BUDGET_TEXT = ("Deficits will end this year, the nonpartisan Harwick Budget Office reported "
                "on Tuesday.")
_BUDGET_ROWS = [
    ("Deficits", "deficit", "NOUN", 3, "nsubj"),
    ("will", "will", "AUX", 3, "aux"),
    ("end", "end", "VERB", 0, "root"),
    ("this", "this", "DET", 5, "det"),
    ("year", "year", "NOUN", 3, "obj"),
    (",", ",", "PUNCT", 5, "punct"),
    ("the", "the", "DET", 11, "det"),
    ("nonpartisan", "nonpartisan", "ADJ", 11, "amod"),
    ("Harwick", "Harwick", "PROPN", 11, "compound", "B-ORG"),
    ("Budget", "Budget", "PROPN", 11, "compound", "I-ORG"),
    ("Office", "Office", "PROPN", 12, "nsubj", "E-ORG"),
    ("reported", "report", "VERB", 5, "acl:relcl"),
    ("on", "on", "ADP", 14, "case"),
    ("Tuesday", "Tuesday", "PROPN", 12, "obl", "S-DATE"),
    (".", ".", "PUNCT", 3, "punct"),
]


def test_frame_after_a_clause_past_the_parse_subjects_modifiers():
    """"A, the nonpartisan X Office reported": the subject's article and adjective, which
    the parse hangs from its head, belong to the frame after the comma, so A is the
    statement however the parse attaches the cue."""
    assert ("Deficits will end this year", "Harwick Budget Office") in \
        parsed(_BUDGET_TEXT, _BUDGET_ROWS)


def test_subject_after_a_subordinator_before_a_set_off_relative():
    """"after X, which had said A, said B": X opens the subordinate clause and says B, though
    a preposition's object would stand where it stands."""
    found = reported("The silence came after the Harwick Ledger, which originally said it "
                     "would ignore the race, said it would cover the campaign.")
    assert ("it would cover the campaign", "the Harwick Ledger") in found
    assert ("it would ignore the race", "which") in found


@pytest.mark.parametrize("text, statement, speaker", [
    ("Still, polls continue to show that voters are more likely to turn out this year.",
     "voters are more likely to turn out this year", "polls"),
    ("Many voters continue to believe that the mayor lied.", "the mayor lied", "Many voters"),
])
def test_thought_or_evidence_after_continue_to(text, statement, speaker):
    """"Polls continue to show that A", "X continue to believe that A": "continue to" keeps
    the verb's clause the subject's, as "continue to say" does."""
    assert (statement, speaker) in reported(text)


def test_show_after_a_wish_is_no_statement():
    """"X hopes to show that A": a wish, not a finding."""
    assert reported("The mayor hopes to show that the budget is balanced.") == []


@pytest.mark.parametrize("text, statement", [
    ("The numbers changed over the summer, as Ann Voss has sometimes acknowledged.",
     "The numbers changed over the summer"),
    ("The plant is unsafe, as Ann Voss has long argued.", "The plant is unsafe"),
    ("The plant is unsafe, Ann Voss has long argued.", "The plant is unsafe"),
])
def test_adverb_between_the_frames_subject_and_cue(text, statement):
    """"A, as X has sometimes acknowledged", "A, X has long argued": any adverb may stand
    between the frame's subject and its cue, not only "also" or "often"."""
    assert (statement, "Ann Voss") in reported(text)


def test_aside_in_dashes_after_a_set_off_that():
    """"X says, however, that – in her view – A": past the set-off "however", "that" may
    open an aside in dashes before the clause."""
    found = reported("Ann Voss now says, however, that – in her professional life – she is a "
                     "strong advocate for the port.")
    assert any(speaker == "Ann Voss" and statement.endswith("she is a strong advocate for the "
                                                            "port")
               for statement, speaker in found)


@pytest.mark.parametrize("text, speaker", [
    ("The plan, the mayor told reporters, was simple.", "the mayor"),
    ("The solution, the partner told them, was simple.", "the partner"),
    ("The decision, Ann Voss told the Harwick Ledger, is final.", "Ann Voss"),
])
def test_set_off_frame_with_the_one_told(text, speaker):
    """"A, X told reporters, B": the frame is set off after the one told, as "A, X said, B"
    is after the cue, and A and B are one statement around it."""
    assert (text[:-1], speaker) in reported(text)
