"""Nested attributions, fourth wave: the residue of relays the earlier waves left (a writer's
pronoun after a named inner speaker, "cited X, a role, as saying", "as reported.", a
quoting relative in a subject, a document's finding with a time after it, "told the
Ledger, which reported it", "noted" as an inner frame), with the near misses each rule
must leave alone (invented texts; the default path unless told)."""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from findings import speaker_and_relay as _who
from handparse import spec_rows

import quotetrack


def _quotes(text: str, kind: str = "indirect") -> list[quotetrack.Quote]:
    return [q for q in quotetrack.extract(text).quotes if q.kind == kind]


def _only(text: str, kind: str = "indirect") -> quotetrack.Quote:
    (q,) = _quotes(text, kind)
    return q


# ---------------------------------- a writer's pronoun after a named inner speaker
def test_pronoun_relay_after_a_named_speaker_is_not_that_speaker():
    """'“A,” Ada Obi said, she writes': "she" is the writer who relays Ada Obi, not Ada Obi
    herself (before, the "she" resolved to her, the relay was undone as a self-report and a
    mixed quote of the writer's was left)."""
    q = _only("“We were never told,” Ada Obi said, she writes.", "direct")
    assert _who(q) == ("Ada Obi", "she")
    assert q.speaker is not None and q.speaker.name == "Ada Obi"
    assert q.reported_by is None  # no one else named: the writer is unknown
    assert q.cue is not None and q.cue.text == "said"


def test_pronoun_relay_resolves_to_the_writer_named_before():
    text = ("Jo Roe wrote a memoir about the war. “We were never told,” Ada Obi said, she "
            "writes.")
    q = _only(text, "direct")
    assert _who(q) == ("Ada Obi", "she")
    assert q.speaker is not None and q.speaker.name == "Ada Obi"
    assert q.reported_by is not None and q.reported_by.name == "Jo Roe"


def test_pronoun_relay_after_a_common_noun_still_works():
    text = ("Jo Roe wrote a memoir about the war. “We were never told,” the soldier said, "
            "she writes.")
    q = _only(text, "direct")
    assert _who(q) == ("the soldier", "she")
    assert q.reported_by is not None and q.reported_by.name == "Jo Roe"


def test_a_pronoun_of_the_other_gender_relays_as_before():
    text = ("Tom Hale wrote a memoir about the war. “We were never told,” Ada Obi said, he "
            "writes.")
    q = _only(text, "direct")
    assert _who(q) == ("Ada Obi", "he")
    assert q.reported_by is not None and q.reported_by.name == "Tom Hale"


def test_a_single_pronoun_frame_is_the_writers_own_quote():
    """Near miss: '“A,” she writes' after the writer is named is her own quote."""
    q = _only("Jo Roe wrote a memoir about the war. “We were never told,” she writes.",
              "direct")
    assert _who(q) == ("she", None)
    assert q.speaker is not None and q.speaker.name == "Jo Roe"


def test_parsed_path_pronoun_relay_after_a_named_speaker():
    text = "“We were never told,” Ada Obi said, she writes."
    s = spec_rows("“/PUNCT/6/punct We/PRON/6/nsubj:pass were/AUX/6/aux:pass "
                  "never/ADV/6/advmod told/VERB/10/ccomp ,/PUNCT/6/punct ”/PUNCT/6/punct "
                  "Ada/PROPN/10/nsubj/B-PERSON Obi/PROPN/8/flat/E-PERSON "
                  "said/VERB/0/root ,/PUNCT/13/punct she/PRON/13/nsubj "
                  "writes/VERB/10/parataxis ./PUNCT/10/punct")
    (q,) = parsed_quotes(text, [s])
    assert q.kind == "direct"
    assert _who(q) == ("Ada Obi", "she")


# ------------------------------------------------- "cited X, a role, as saying A"
@pytest.mark.parametrize("text, speaker", [
    ("The Ledger cited Wen Obi, an aide, as saying the plan was dead.", "Wen Obi"),
    ("The Ledger quoted Wen Obi, a Cardiff native, as saying the plan was dead.", "Wen Obi"),
    ("The Ledger cited Jo Lee, the city's director, as saying the plan was dead.", "Jo Lee"),
    # near miss: the role first, the name set off after it, as before
    ("The Ledger quoted the director, Jo Lee, as saying the plan was dead.", "Jo Lee"),
])
def test_name_before_a_set_off_role_is_the_one_quoted(text, speaker):
    """The name, not the role set off after it, speaks; the outlet relays; and the verb of
    quoting makes no stance record of its own ("The Ledger cited Wen Obi")."""
    q = _only(text)
    assert _who(q) == (speaker, "The Ledger")
    assert q.text == "the plan was dead"
    assert q.cue is not None and q.cue.text == "saying"


def test_citing_a_thing_as_a_reason_keeps_its_stance():
    """Near miss: "cited rising costs, a familiar complaint, as the reason" quotes no one."""
    q = _only("The mayor cited rising costs, a familiar complaint, as the reason for the "
              "cuts.")
    assert q.cue is not None and q.cue.text == "cited"
    assert _who(q) == ("The mayor", None)


def test_parsed_path_name_before_a_set_off_role():
    text = "The Ledger cited Wen Obi, an aide, as saying the plan was dead."
    s = spec_rows("The/DET/2/det Ledger/PROPN/3/nsubj/S-ORG cited/VERB/0/root "
                  "Wen/PROPN/3/obj/B-PERSON Obi/PROPN/4/flat/E-PERSON ,/PUNCT/8/punct "
                  "an/DET/8/det aide/NOUN/4/appos ,/PUNCT/8/punct as/SCONJ/11/mark "
                  "saying/VERB/3/advcl the/DET/13/det plan/NOUN/15/nsubj was/AUX/15/cop "
                  "dead/ADJ/11/ccomp ./PUNCT/3/punct")
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert _who(q) == ("Wen Obi", "The Ledger")
    assert q.text == "the plan was dead"


# ------------------------------------------------------------- "as reported (in X)"
@pytest.mark.parametrize("text, kind, reporter", [
    ("“The plan is dead,” Lee said, as reported.", "direct", None),
    ("“The plan is dead,” Lee said, as first reported.", "direct", None),
    ("“The plan is dead,” Lee said, as reported in May.", "direct", None),
    ("Lee said the plan was dead, as reported in March.", "indirect", None),
    ("“The plan is dead,” Lee said, as reported in the Ledger.", "direct", "the Ledger"),
    ("Lee said the plan was dead, as reported in the Ledger.", "indirect", "the Ledger"),
    ("“The plan is dead,” Lee said, as reported by the Ledger.", "direct", "the Ledger"),
    ("“The plan is dead,” Lee said, the Ledger reported.", "direct", "the Ledger"),
])
def test_as_reported_names_a_relay_only_when_it_names_one(text, kind, reporter):
    """'“A,” Lee said, as reported.' is Lee's quote with no relay (before, the tagger's
    noun "as" was the reporter); "as reported in the Ledger" relays as "as reported by
    the Ledger" does; "as reported in May" names a time, no one."""
    q = _only(text, kind)
    assert _who(q) == ("Lee", reporter)


# ----------------------------------------- a quoting relative inside the subject
@pytest.mark.parametrize("text", [
    "A report that quoted Lee as saying the plan was dead angered the mayor.",
    "A report that quoted Lee as saying the plan was dead was wrong.",
    "Those who quoted Lee as saying the plan was dead were wrong.",
    # near miss: the relative in the object, the statement to the sentence's end
    "She read a report that quoted Lee as saying the plan was dead.",
])
def test_statement_of_a_quoting_relative_ends_before_the_main_verb(text):
    """"A report that quoted Lee as saying A angered B": A ends before the main clause's
    verb (before, "angered the mayor" ran on); no one named relays it."""
    q = _only(text)
    assert q.text == "the plan was dead"
    assert _who(q) == ("Lee", None)


# ----------------------------------------- a document's finding with a time after it
@pytest.mark.parametrize("text, reporter", [
    ("Lee said the plan was dead, the report found on Monday.", "the report"),
    ("Lee said the plan was dead, the report found last week.", "the report"),
    ("Lee said the plan was dead, court documents showed in May.", "court documents"),
    ("Lee said the plan was dead, the report found.", "the report"),
])
def test_document_relay_with_a_time_after_it_ends_the_statement(text, reporter):
    """"Lee said A, the report found on Monday": the statement ends before the report's
    frame, which relays it, as without the time (before, it ran on over the frame)."""
    (q,) = _quotes(text)
    assert q.text == "the plan was dead"
    assert _who(q) == ("Lee", reporter)


def test_a_finding_of_its_own_after_the_document_is_no_relay():
    """Near miss: "..., the report found in May that B" is the report's own finding."""
    qs = _quotes("Lee said the plan was dead, the report found in May that the city was "
                 "broke.")
    assert all(q.reported_by_mention is None for q in qs)


@pytest.mark.parametrize("text", [
    "The plan was dead, the report found last week.",
    "The plan was dead, the report found this past month.",
    "The plan was dead, the report found on Monday.",
])
def test_time_after_a_finding_verb_is_no_stance_object(text):
    """"The plan was dead, the report found last week": "last week" is when it found, no
    object of a stance (before, a record of the report's with the text "last week"), so
    the closing frame credits the report with the clause, as with "on Monday"."""
    q = _only(text)
    assert q.text == "The plan was dead"
    assert _who(q) == ("the report", None)


# ------------------------------------------- "told the Ledger, which reported it"
def test_told_outlet_that_reported_it_is_the_addressee_not_a_relay():
    """"Lee told the Ledger, which reported it, that A": Lee's words to the Ledger, as in
    "Lee told the Ledger that A"; the relative says what the Ledger did with them, and
    the Ledger stays the addressee, no relay (as '“A,” Kim told state media' is read)."""
    for text in ("Lee told the Ledger, which reported it, that the plan was dead.",
                 "Lee told the Ledger that the plan was dead."):
        q = _only(text)
        assert q.text == "the plan was dead"
        assert _who(q) == ("Lee", None)
        assert q.addressee_mention is not None and q.addressee_mention.text == "the Ledger"


# ------------------------------------------------------ "noted" as an inner frame
@pytest.mark.parametrize("text, reporter", [
    ("The Ledger reported that Lee noted the plan was dead.", "The Ledger"),
    ("The Ledger reported that Lee noted that the plan was dead.", "The Ledger"),
    ("Jo Lee noted that the plan was dead, reported the Daily Herald.", "the Daily Herald"),
    ("According to the Ledger, Lee noted the plan was dead.", "the Ledger"),
])
def test_noted_is_an_inner_frame_as_said_is(text, reporter):
    """A remark relayed with "noted" keeps its speaker as one with "said" does: "The Ledger
    reported that Lee noted A" is Lee's, relayed (before, the Ledger's statement "Lee noted
    A"), and "X noted that A, reported Y" is read as "X said that A, reported Y"."""
    q = _only(text)
    assert q.text == "the plan was dead"
    assert q.speaker_mention is not None and q.speaker_mention.text.endswith("Lee")
    assert q.reported_by_mention is not None and q.reported_by_mention.text == reporter
    assert q.cue is not None and q.cue.text == "noted"


def test_noted_mixed_quote_under_a_closing_report_is_the_speakers():
    text = "Ann Finch noted that the plan is “central” to the budget, reported the Harbor Times."
    q = _only(text, "mixed")
    assert _who(q) == ("Ann Finch", "the Harbor Times")
    assert q.statement is not None and q.statement.text == "the plan is “central” to the budget"


@pytest.mark.parametrize("text, speaker, cue", [
    # an adjective, not a frame: the frame after it is the inner one
    ("The Ledger reported that a noted author said the plan was dead.", "a noted author",
     "said"),
    # a writer's aside, not a frame
    ("As noted above, Lee said the plan was dead, the Ledger reported.", "Lee", "said"),
])
def test_noted_that_is_no_frame_is_skipped(text, speaker, cue):
    q = _only(text)
    assert q.text == "the plan was dead"
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker
    assert q.cue is not None and q.cue.text == cue


def test_noted_with_a_thing_noted_is_no_relay():
    """Near miss: "Lee noted the rise in prices" holds no clause of Lee's to relay."""
    q = _only("The Ledger reported that Lee noted the rise in prices.")
    assert q.reported_by_mention is None


def test_parsed_path_noted_under_a_report():
    text = "The Ledger reported that Lee noted the plan was dead."
    s = spec_rows("The/DET/2/det Ledger/PROPN/3/nsubj/S-ORG reported/VERB/0/root "
                  "that/SCONJ/6/mark Lee/PROPN/6/nsubj/S-PERSON noted/VERB/3/ccomp "
                  "the/DET/8/det plan/NOUN/10/nsubj was/AUX/10/cop dead/ADJ/6/ccomp "
                  "./PUNCT/3/punct")
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Lee"
    assert q.reported_by is not None and q.reported_by.name.endswith("Ledger")
    assert q.text == "the plan was dead"
    assert q.cue is not None and q.cue.text == "noted"
