"""Leads of round 28 on reported speech and speakers (round 29, invented texts): a naming
frame closed by a report verb ('Lee called the plan “reckless,” the Ledger reported': Lee's,
relayed by the Ledger), an editor's note on the article's own update ("This story has been
updated to note that A": no one's statement), and a "he" or "she" in a clause that opens
its sentence standing for the main clause's named subject ("After he said A, Mayor Tom Reed
left": Reed); with the near misses each rule must leave alone (the default path unless
told)."""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from findings import speaker_and_relay as _who
from handparse import spec_rows

import quotetrack


def _one(text: str, kind: str) -> quotetrack.Quote:
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == kind]
    return q


# ------------------------------------------------- a naming frame closed by a report verb
@pytest.mark.parametrize("text, quote, speaker, cue, relay", [
    ("Dora Vance called the plan “reckless,” the Harbor Ledger reported.\n",
     "reckless", "Dora Vance", "called", "the Harbor Ledger"),
    ("Dora Vance called the plan “reckless,” reports the Harbor Ledger.\n",
     "reckless", "Dora Vance", "called", "the Harbor Ledger"),
    ("Dora Vance labeled the plan “reckless,” the Harbor Ledger first reported.\n",
     "reckless", "Dora Vance", "labeled", "the Harbor Ledger"),
    ("Dora Vance called the levy “a tax on hope,” the Harbor Ledger reported on Monday.\n",
     "a tax on hope", "Dora Vance", "called", "the Harbor Ledger"),
    ("On Monday, Dora Vance called the merger “a bad joke,” the Harbor Ledger reported.\n",
     "a bad joke", "Dora Vance", "called", "the Harbor Ledger"),
])
def test_naming_frame_closed_by_a_report_verb_is_relayed(text, quote, speaker, cue, relay):
    q = _one(text, "mixed")
    assert quote in q.text
    assert _who(q) == (speaker, relay)
    assert q.speaker is not None and q.speaker.name == "Dora Vance"
    assert q.cue is not None and q.cue.text == cue


def test_naming_frame_with_a_pronoun_subject_is_relayed():
    text = ("Dora Vance spoke at the hearing. She called the plan “reckless,” the Harbor "
            "Ledger reported.\n")
    q = _one(text, "mixed")
    assert _who(q) == ("She", "the Harbor Ledger")
    assert q.speaker is not None and q.speaker.name == "Dora Vance"


def test_describe_as_closed_by_a_report_verb_stays_relayed():
    """(Already so before the round: the describing verb's subject, the outlet relays.)"""
    q = _one("Dora Vance described the deal as a “giveaway,” the Harbor Ledger reported.\n",
             "mixed")
    assert _who(q) == ("Dora Vance", "the Harbor Ledger")


@pytest.mark.parametrize("text, speaker", [
    # no naming frame: the outlet's words
    ("The plan was “reckless,” the Harbor Ledger reported.\n", "the Harbor Ledger"),
    # a second speaker closes the sentence, no report verb: the closing frame's, as before
    ("Dora Vance called the plan “reckless,” Tom Reed said.\n", "Tom Reed"),
])
def test_without_a_naming_frame_and_a_report_verb_the_closing_frame_speaks(text, speaker):
    q = _one(text, "mixed")
    assert _who(q) == (speaker, None)


def test_naming_frame_inside_a_relative_clause_is_left_alone():
    text = "The plan, which Dora Vance called “reckless,” failed, the Harbor Ledger reported.\n"
    q = _one(text, "mixed")
    assert _who(q) == ("the Harbor Ledger", None)


def test_unquoted_naming_clause_with_a_report_verb_is_the_named_views_relayed():
    """No quote marks: since the thirty-first round "X called Y ADJ" is X's view (h63-knd),
    relayed by the outlet's closing frame like "X said A, the Ledger reported"."""
    (q,) = quotetrack.extract("Dora Vance called the plan reckless, the Harbor Ledger "
                              "reported.\n").quotes
    assert q.kind == "indirect"
    assert q.text == "the plan reckless"
    assert _who(q) == ("Dora Vance", "the Harbor Ledger")


def test_parsed_path_naming_frame_closed_by_a_report_verb():
    text = "Dora Vance called the plan “reckless,” the Ledger reported."
    s = spec_rows("Dora/PROPN/2/compound/B-PERSON Vance/PROPN/3/nsubj/E-PERSON "
                  "called/VERB/12/ccomp the/DET/5/det plan/NOUN/3/obj "
                  "“/PUNCT/7/punct reckless/ADJ/3/xcomp ,/PUNCT/7/punct ”/PUNCT/7/punct "
                  "the/DET/11/det Ledger/PROPN/12/nsubj/S-ORG reported/VERB/0/root "
                  "./PUNCT/12/punct")
    (q,) = parsed_quotes(text, [s])
    assert q.kind == "mixed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Dora Vance"
    assert q.reported_by_mention is not None and "Ledger" in q.reported_by_mention.text
    assert q.cue is not None and q.cue.text == "called"


# ------------------------------------------------------ an editor's note on the update
@pytest.mark.parametrize("note", [
    "This story has been updated to note that the “Harbor Plan” vote was moved to "
    "Friday.",
    "This article was corrected to reflect that Dora Vance said the vote was 5-4.",
    "Update: This story has been updated to clarify that Dora Vance denied the claim.",
    "This story has been updated to note that the mayor said the vote was 5-4.",
])
def test_update_note_is_no_statement(note):
    text = ("The council voted on Tuesday to close the Harbor Street library.\n\n"
            "“We have no money left,” Dora Vance said.\n\n" + note + "\n")
    qs = quotetrack.extract(text).quotes
    assert [(q.kind, _who(q)[0]) for q in qs] == [("direct", "Dora Vance")]


def test_update_note_leaves_the_next_sentence_alone():
    text = ("This story has been updated to note that the vote was delayed.\n\n"
            "Dora Vance said the library would close.\n")
    (q,) = quotetrack.extract(text).quotes
    assert q.kind == "indirect" and _who(q)[0] == "Dora Vance"


@pytest.mark.parametrize("text, speaker", [
    # a text the story reports on, not the article's own note
    ("The report was updated to note that the mayor lied.\n", "The report"),
    # an update note that states no clause: the speaker it names keeps her words
    ("This story has been updated to include comments from Dora Vance, who said the vote "
     "was late.\n", "who"),
])
def test_update_note_near_misses_keep_their_statements(text, speaker):
    qs = [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert [_who(q)[0] for q in qs] == [speaker]


def test_quoted_update_words_stay_the_speakers():
    q = _one("“This story has been updated to note that we lied,” Dora Vance said.\n",
             "direct")
    assert _who(q) == ("Dora Vance", None)


def test_parsed_path_update_note_is_no_statement():
    def parse(first: str) -> list[tuple]:
        return spec_rows(f"{first}/DET/2/det story/NOUN/4/nsubj:pass was/AUX/4/aux:pass "
                         "updated/VERB/0/root to/PART/6/mark note/VERB/4/xcomp "
                         "that/SCONJ/10/mark Dora/PROPN/9/compound/B-PERSON "
                         "Vance/PROPN/10/nsubj/E-PERSON quit/VERB/6/ccomp ./PUNCT/4/punct")

    kinds = ("direct", "mixed", "indirect")
    text = "This story was updated to note that Dora Vance quit."
    assert parsed_quotes(text, [parse("This")], kinds) == []
    text = "The story was updated to note that Dora Vance quit."  # a story it reports on
    (q,) = parsed_quotes(text, [parse("The")], kinds)
    assert _who(q)[0] == "The story"


# ------------------------------------------- a pronoun before the name in an opening clause
@pytest.mark.parametrize("text, name", [
    ("After he said the plan was dead, Mayor Tom Reed left the room.\n", "Tom Reed"),
    ("Though she said the plan was dead, Ana Ortiz voted for it.\n", "Ana Ortiz"),
    ("When she told reporters the plan was dead, Ana Ortiz was smiling.\n", "Ana Ortiz"),
    # a quoted phrase ends the clause
    ("After he called the budget “a disgrace,” Pastor Tom Reed took aim at the library.\n",
     "Tom Reed"),
])
def test_pronoun_in_an_opening_clause_stands_for_the_main_subject(text, name):
    (q,) = quotetrack.extract(text).quotes
    assert q.speaker_mention is not None and q.speaker_mention.text in ("he", "she")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    # a woman's "she" is no man's
    ("Though she said the plan was dead, Tom Reed voted for it.\n", None),
    # someone named before the pronoun fits it: that person, as before
    ("Jo Lee spoke first. When she said the plan was dead, Mayor Ana Ortiz left.\n",
     "Jo Lee"),
    # the clause's comma is followed by no person: no one
    ("After he said the plan was dead, the council voted.\n", None),
    # a comma inside the quoted phrase does not end the clause
    ("After he called the budget “sad, slow and late,” Pastor Tom Reed left.\n", None),
])
def test_pronoun_in_an_opening_clause_near_misses(text, name):
    qs = [q for q in quotetrack.extract(text).quotes if q.kind != "direct"]
    assert len(qs) == 1
    assert (qs[0].speaker.name if qs[0].speaker else None) == name
