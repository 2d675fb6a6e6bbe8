"""Nested attributions, third wave: an outlet that quotes someone "as saying", a request
relayed by a report, an opening phrase of time before the inner frame, a closing relay
after it, and a relayed quote's frame that is no statement (invented texts; the default
path unless told)."""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from findings import speaker_and_relay as _who
from handparse import spec_rows

import quotetrack


def _only(text: str, kind: str = "indirect") -> quotetrack.Quote:
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == kind]
    return q


# ------------------------------------------------ "X quoted Y as saying A"
@pytest.mark.parametrize("text, speaker, reporter, statement", [
    ("The Ledger quoted Jo Lee as saying the plan was dead.", "Jo Lee", "The Ledger",
     "the plan was dead"),
    ("CNN quoted a witness as saying he saw two men run from the bank.", "a witness", "CNN",
     "he saw two men run from the bank"),
    ("The Ledger quoted the director, Jo Lee, as saying the plan was dead.", "Jo Lee",
     "The Ledger", "the plan was dead"),
    ("Jo Lee was quoted by the Ledger as saying the plan was dead.", "Jo Lee", "the Ledger",
     "the plan was dead"),
])
def test_outlet_that_quotes_someone_as_saying_relays_the_words(text, speaker, reporter,
                                                               statement):
    """The one quoted speaks, the outlet that quotes them relays the words."""
    q = _only(text)
    assert _who(q) == (speaker, reporter)
    assert q.text == statement
    assert q.cue is not None and q.cue.text == "saying"


def test_outlet_quoting_a_direct_quote_relays_it():
    text = "An early post quoted the mayor as saying “We need to act now!”"
    q = _only(text, "direct")
    assert _who(q) == ("the mayor", "An early post")
    assert q.text == "“We need to act now!”"


def test_quoted_as_saying_with_no_one_quoting_has_no_relay():
    """'X was quoted as saying A': no one named relays it."""
    q = _only("Jo Lee was quoted as saying the plan was dead.")
    assert _who(q) == ("Jo Lee", None)


def test_parsed_path_credits_the_outlet_that_quotes():
    text = "The Ledger quoted Lee as saying the plan was dead."
    s = spec_rows("The/DET/2/det Ledger/PROPN/3/nsubj/S-ORG quoted/VERB/0/root "
                  "Lee/PROPN/3/obj/S-PERSON as/SCONJ/6/mark saying/VERB/3/advcl "
                  "the/DET/8/det plan/NOUN/10/nsubj was/AUX/10/cop dead/ADJ/6/ccomp "
                  "./PUNCT/3/punct")
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert _who(q) == ("Lee", "The Ledger")
    assert q.text == "the plan was dead"


# ------------------------------------------------------ a relayed request
def test_request_with_a_clause_relayed_by_a_report_is_the_requesters():
    """"X has requested A meet B, Reuters reported": X's request, Reuters relays it."""
    text = ("The Korean president, Moon Jae-in, has requested Trump and Kim meet again "
            "in June, Reuters reported.")
    q = _only(text)
    assert q.reported_by_mention is not None and q.reported_by_mention.text == "Reuters"
    assert q.speaker is not None and "Moon" in q.speaker.name
    assert q.cue is not None and q.cue.text == "requested"
    assert q.text == "Trump and Kim meet again in June"


@pytest.mark.parametrize("text, speaker, cue, statement", [
    ("Moon requested that Trump and Kim meet again.", "Moon", "requested",
     "Trump and Kim meet again"),
    ("Moon has requested Trump and Kim meet again in June.", "Moon", "requested",
     "Trump and Kim meet again in June"),
])
def test_request_with_a_clause_is_a_statement(text, speaker, cue, statement):
    q = _only(text)
    assert _who(q) == (speaker, None)
    assert q.cue is not None and q.cue.text == cue
    assert q.text == statement


@pytest.mark.parametrize("text, speaker, reporter, cue, statement", [
    ("Moon urged Trump to meet Kim again, Reuters reported.", "Moon", "Reuters", "urged",
     "Trump to meet Kim again"),
    ("Moon demanded that Trump meet Kim again, Reuters reported.", "Moon", "Reuters",
     "demanded", "Trump meet Kim again"),
    ("According to Reuters, Moon urged Trump to meet Kim.", "Moon", "Reuters", "urged",
     "Trump to meet Kim"),
])
def test_relayed_urging_or_demand_is_the_speakers(text, speaker, reporter, cue, statement):
    q = _only(text)
    assert _who(q) == (speaker, reporter)
    assert q.cue is not None and q.cue.text == cue
    assert q.text == statement


@pytest.mark.parametrize("text", [
    "Moon requested a meeting with Kim.",
    "Moon requested anonymity to discuss the talks.",
    "The firm disclosed the requests it has received.",
])
def test_request_for_a_thing_is_no_statement_of_the_requester(text):
    """A thing asked for ("requested a meeting", "requested anonymity") is no statement."""
    assert not [q for q in quotetrack.extract(text).quotes
                if q.cue is not None and q.cue.text.startswith("request")]


def test_request_for_a_thing_under_a_relay_stays_the_reporters():
    q = _only("Moon requested a meeting with Kim, Reuters reported.")
    assert _who(q) == ("Reuters", None)
    assert q.text == "Moon requested a meeting with Kim"


def test_anonymity_request_leaves_the_speakers_statement_alone():
    text = ("An official, who requested anonymity to discuss a private talk, said the "
            "mayor was upset.")
    (q,) = quotetrack.extract(text).quotes
    assert _who(q) == ("An official", None)
    assert q.text == "the mayor was upset"


# ------------------------------------------ an opening phrase before the inner frame
@pytest.mark.parametrize("text, speaker, reporter, statement", [
    ("On Monday, Lee said she was happy that Roe won, according to the Ledger.", "Lee",
     "the Ledger", "she was happy that Roe won"),
    ("The Ledger reported that on Monday Lee said she was happy.", "Lee", "The Ledger",
     "she was happy"),
    ("According to the Ledger, on Monday Lee told aides the plan would fail.", "Lee",
     "the Ledger", "the plan would fail"),
])
def test_inner_frame_after_an_opening_phrase_of_time(text, speaker, reporter, statement):
    q = _only(text)
    assert _who(q) == (speaker, reporter)
    assert q.text == statement


def test_relayed_mixed_statement_after_an_opening_phrase():
    text = 'On Monday, Lee said she was "happy to see" that Roe won, according to the Ledger.'
    q = _only(text, "mixed")
    assert _who(q) == ("Lee", "the Ledger")
    assert q.statement is not None and q.statement.text == 'she was "happy to see" that Roe won'


def test_opening_phrase_without_an_inner_frame_stays_the_reporters():
    """"On Monday, the plan failed, the Ledger reported": the Ledger's own report."""
    q = _only("On Monday, the plan failed, the Ledger reported.")
    assert _who(q) == ("the Ledger", None)


# ------------------------------------------------ a closing relay the rules left off
@pytest.mark.parametrize("text, speaker, reporter, statement", [
    ("In a statement, Lee said she was happy that Roe won, the Ledger reported.", "Lee",
     "the Ledger", "she was happy that Roe won"),
    ("Later, Lee told aides the plan would fail, according to the Ledger.", "Lee",
     "the Ledger", "the plan would fail"),
])
def test_closing_relay_after_a_statement_with_an_opening_phrase(text, speaker, reporter,
                                                                statement):
    q = _only(text)
    assert _who(q) == (speaker, reporter)
    assert q.text == statement


def test_statement_without_a_closing_relay_has_none():
    q = _only("In a statement, Lee said she was happy that Roe won.")
    assert _who(q) == ("Lee", None)


# ------------------------------------------- the frame of a relayed question
def test_frame_after_a_relayed_question_is_no_statement():
    """'“A?” Lee said at a rally, according to the Ledger': one direct quote of Lee's,
    relayed; the frame after it is no statement of the Ledger's."""
    text = "“Is this a priority for them?” Lee said at a rally, according to the Ledger."
    (q,) = quotetrack.extract(text).quotes
    assert q.kind == "direct"
    assert _who(q) == ("Lee", "the Ledger")


def test_near_misses_stay_as_they_are():
    """The addressee of "told", one frame with a possessive, and a report that finds."""
    q = _only("“The talks are over,” Kim told state media.", "direct")
    assert _who(q) == ("Kim", None)
    assert q.addressee_mention is not None and q.addressee_mention.text == "state media"
    q = _only("CNN's Jo Doe said the talks were over.")
    assert _who(q) == ("CNN's Jo Doe", None)


# ------------------------------------------------ a document's finding as the relay
@pytest.mark.parametrize("text, speaker, reporter, statement", [
    ("Lee told aides the plan was dead, the report found.", "Lee", "the report",
     "the plan was dead"),
    ("Lee said the plan was dead, the lawsuit alleges.", "Lee", "the lawsuit",
     "the plan was dead"),
    ("Lee wrote that the plan was dead, court documents show.", "Lee", "court documents",
     "the plan was dead"),
])
def test_document_finding_after_a_statement_relays_it(text, speaker, reporter, statement):
    """"X said A, the report found": X's words, which the report relays (the statement
    no longer runs on over the report's frame)."""
    q = _only(text)
    assert _who(q) == (speaker, reporter)
    assert q.text == statement


def test_document_finding_alone_is_the_documents():
    q = _only("The plan was dead, the report found.")
    assert _who(q) == ("the report", None)
    assert q.text == "The plan was dead"


def test_relative_clause_on_a_document_is_no_relay():
    """"..., the report, which found flaws": the report is no frame of Lee's statement."""
    quotes = quotetrack.extract("Lee said the plan was dead, the report, which found flaws.")
    lee = [q for q in quotes.quotes if q.speaker_mention and q.speaker_mention.text == "Lee"]
    assert lee and all(q.reported_by is None for q in lee)


# ----------------------------------------------------------- "as reported by X"
@pytest.mark.parametrize("text, speaker, reporter", [
    ("“We will act,” Lee said in an interview with a radio host, as reported by the Ledger.",
     "Lee", "the Ledger"),
    ("“We will act,” Lee said, as first reported by the Ledger.", "Lee", "the Ledger"),
    ("“We will act,” Lee said in comments reported by the Ledger.", "Lee", "the Ledger"),
    ("“We will act,” Lee noted in a radio interview, as reported by the Ledger.", "Lee",
     "the Ledger"),
])
def test_quote_relayed_as_reported_by(text, speaker, reporter):
    q = _only(text, "direct")
    assert _who(q) == (speaker, reporter)
    assert q.text == "“We will act,”"


def test_statement_relayed_as_reported_by():
    q = _only("Lee said the plan was dead, as reported by the Ledger.")
    assert _who(q) == ("Lee", "the Ledger")
    assert q.text == "the plan was dead"


def test_quote_in_a_report_by_is_no_relay_phrase():
    """'“A,” Lee said in a report by the Ledger': no "reported by" to the end."""
    q = _only("“We will act,” Lee said in a report by the Ledger.", "direct")
    assert _who(q) == ("Lee", None)
