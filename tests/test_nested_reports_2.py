"""Nested attributions, second wave: a relayed mixed statement, a relayed stance or
position, inner subjects longer than a noun phrase, and the frame of a relayed direct
quote (invented texts; the default path unless told)."""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from findings import speaker_and_relay as _who
from handparse import spec_rows

import quotetrack


# ------------------------------------------------------- a relayed mixed statement
@pytest.mark.parametrize("text, speaker, reporter, statement", [
    ('Kim said the talks were "a waste of time," state media reported.', "Kim", "state media",
     'the talks were "a waste of time,"'),
    ("Kim said the talks were “a waste of time,” state media reported.", "Kim", "state media",
     "the talks were “a waste of time,”"),
    ('The witness said the order was meant to "protect the mayor," according to the report.',
     "The witness", "the report", 'the order was meant to "protect the mayor,"'),
])
def test_relayed_mixed_statement_is_one_mixed_quote(text, speaker, reporter, statement):
    """As the same sentence without the relay comes out (one mixed quote with its
    statement), plus ``reported_by``: no indirect record for the words before the quote."""
    quotes = quotetrack.extract(text).quotes
    (q,) = quotes
    assert q.kind == "mixed"
    assert _who(q) == (speaker, reporter)
    assert q.statement is not None and q.statement.text == statement
    assert q.cue is not None and q.cue.text == "said"
    # the same sentence without the relay: the same quote, statement and speaker
    bare = text[:text.index(statement) + len(statement)].rstrip(",") + "."
    (b,) = quotetrack.extract(bare).quotes
    assert b.kind == "mixed" and b.speaker_mention.text == speaker
    assert b.reported_by is None


def test_mixed_statement_with_the_speakers_own_frame_after_it_is_no_relay():
    """'..., she told state media': the speaker's own frame again (state media is told)."""
    text = 'Kim said the talks were "a waste of time," she told state media.'
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == "mixed"]
    assert q.reported_by is None
    assert q.addressee_mention is not None and q.addressee_mention.text == "state media"


def test_quote_with_its_own_frame_after_a_statement_is_not_joined():
    """'X said that “A,” Y added': the quote that opens after "that" is Y's."""
    text = 'The mayor said that "the budget is balanced," the treasurer added.'
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind != "indirect"]
    assert q.speaker_mention.text == "the treasurer" and q.reported_by is None


def test_parsed_path_credits_the_inner_speaker_of_a_relayed_fragment():
    """A parse that hangs the quote on the relay's verb: Kim's mixed quote all the same."""
    text = "Kim said the talks were “a waste of time,” state media reported."
    s = spec_rows("Kim/PROPN/2/nsubj/S-PERSON said/VERB/15/ccomp the/DET/4/det "
                  "talks/NOUN/8/nsubj were/AUX/8/cop “/PUNCT/8/punct a/DET/8/det "
                  "waste/NOUN/2/ccomp of/ADP/10/case time/NOUN/8/nmod ,/PUNCT/8/punct "
                  "”/PUNCT/8/punct state/NOUN/14/compound media/NOUN/15/nsubj "
                  "reported/VERB/0/root ./PUNCT/15/punct")
    (q,) = parsed_quotes(text, [s])
    assert q.kind == "mixed"
    assert _who(q) == ("Kim", "state media")
    assert q.statement is not None and q.statement.text == "the talks were “a waste of time,”"


# ------------------------------------------------- a relayed stance or position
@pytest.mark.parametrize("text, speaker, reporter, cue, statement", [
    ("Reuters reported that Moon opposed the deal.", "Moon", "Reuters", "opposed", "the deal"),
    ("Moon opposed the deal, Reuters reported.", "Moon", "Reuters", "opposed", "the deal"),
    ("According to the Ledger, Lee wants a recount.", "Lee", "the Ledger", "wants",
     "a recount"),
    ("Lee wants a recount, according to the Ledger.", "Lee", "the Ledger", "wants",
     "a recount"),
    ("The Ledger reported that Lee called the plan a disgrace.", "Lee", "The Ledger", "called",
     "the plan a disgrace"),
])
def test_relayed_stance_credits_its_holder(text, speaker, reporter, cue, statement):
    (q,) = quotetrack.extract(text).quotes
    assert q.kind == "indirect"
    assert _who(q) == (speaker, reporter)
    assert q.cue is not None and q.cue.text == cue
    assert q.text == statement


def test_relayed_characterisation_with_a_quote():
    text = "The Ledger reported that Lee called the plan “a disgrace.”"
    (q,) = quotetrack.extract(text).quotes
    assert q.kind == "mixed" and q.text == "“a disgrace.”"
    assert _who(q) == ("Lee", "The Ledger")
    assert q.statement is not None and q.statement.text == "the plan “a disgrace.”"


@pytest.mark.parametrize("text", [
    # the speaker's own statement of a position, not a relay
    "Most voters said they want a recount.",
    "Jo Roe said Lee wants a recount.",
    # a pronoun that stands for a group, a modal (no stance taken), a poll's finding
    "According to the Ledger, they want a recount.",
    "According to Lee, the media would call the plan a disgrace.",
    "According to exit polls, Roe has praised the plan.",
    # the stance verb inside the subject
    "Reuters reported that the bill opposed by Moon failed.",
])
def test_stance_near_misses_keep_no_reporter(text):
    assert all(q.reported_by is None for q in quotetrack.extract(text).quotes)


def test_parsed_path_credits_the_holder_of_a_relayed_stance():
    text = "Reuters reported that Moon opposed the deal."
    s = spec_rows("Reuters/PROPN/2/nsubj/S-ORG reported/VERB/0/root that/SCONJ/5/mark "
                  "Moon/PROPN/5/nsubj/S-PERSON opposed/VERB/2/ccomp the/DET/7/det "
                  "deal/NOUN/5/obj ./PUNCT/2/punct")
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert _who(q) == ("Moon", "Reuters")
    assert q.text == "the deal"


# --------------------------------------------------------- longer inner subjects
@pytest.mark.parametrize("text, speaker, reporter, statement", [
    ("A witness interviewed by staff said the door was open, the report said.", "A witness",
     "the report", "the door was open"),
    ("A witness interviewed by staff said the door was open, according to the report.",
     "A witness", "the report", "the door was open"),
    ("Sanders himself has acknowledged the plan failed, the paper reported.", "Sanders",
     "the paper", "the plan failed"),
    ("The Ledger reported that Lee himself said the plan failed.", "Lee", "The Ledger",
     "the plan failed"),
])
def test_inner_subject_with_a_participle_or_a_reflexive(text, speaker, reporter, statement):
    (q,) = quotetrack.extract(text).quotes
    assert _who(q) == (speaker, reporter)
    assert q.text == statement


@pytest.mark.parametrize("text, speaker", [
    ("CNN's Jane Doe said the plan failed.", "CNN's Jane Doe"),
    ("Sanders himself said the plan failed.", "Sanders himself"),
])
def test_one_frame_has_no_reporter(text, speaker):
    (q,) = quotetrack.extract(text).quotes
    assert q.reported_by is None
    assert q.speaker_mention is not None and q.speaker_mention.text in speaker


# ------------------------------------------------- the frame of a relayed direct quote
@pytest.mark.parametrize("text", [
    "Investigators say that he told one agent, “I would do it all again.”",
    "Investigators say he told one agent: “I would do it all again.”",
])
def test_frame_of_a_relayed_quote_is_no_statement(text):
    """The direct quote carries "he told one agent"; no indirect record repeats it."""
    (q,) = quotetrack.extract(text).quotes
    assert q.kind == "direct"
    assert _who(q) == ("he", "Investigators")
    assert q.addressee_mention is not None and q.addressee_mention.text == "one agent"


def test_frame_with_a_clause_of_its_own_stays_a_statement():
    text = "Investigators say that he told one agent the plan failed. “It is over,” he said."
    quotes = quotetrack.extract(text).quotes
    (ind,) = [q for q in quotes if q.kind == "indirect"]
    assert ind.text == "the plan failed" and _who(ind) == ("he", "Investigators")
