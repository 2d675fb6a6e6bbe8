"""Reported statements with a speech cue that the rules missed (h64-rep).

(1) Model-free path: an opening prepositional phrase with no comma after it runs into the
subject ("On Monday Trump said that A", "In Ohio the senator said A"): the subject is the
phrase after it, not the preposition's object.  (2) Model-free path: "said no [immediate]
decision was made" is a statement, the noun after "no" past its modifiers.  (3) Both
paths: "A, X said Friday, as they B" ends with the frame and its adverbial clause, so A is
X's statement.  (4) Model-free path: "Although A, elected officials say B" (a participle
that modifies the subject after a subordinate clause).  (5) Parsed path: a bare cue form
a parser tags as a noun after "to", "did" or a modal and before "that" ("did note that
A", "is likely to stress that A") is the frame's verb.  (6) Model-free path: a line
that ends in a reporting verb and a colon ("The mayor added:") runs on into the next
paragraph, the block it sets off being what was said (not after "tweeted:", which
leads in a post a scraped page drops).  (7) Model-free path: "the
farmers, most of whom say A": the share of the group speaks, as with a stance verb.  All
texts are invented.
"""

from __future__ import annotations

import pytest
from findings import both_paths, parsed, reported
from handparse import spec_rows

from quotetrack.parse.rules import annotate


@pytest.mark.parametrize("text, statement, mention", [
    ("On Monday Hale said that the bridge would close.", "the bridge would close", "Hale"),
    ("In Ohio the senator said that the bridge would close.", "the bridge would close",
     "the senator"),
    ("At the time Jane Rowe said that the bridge would close.", "the bridge would close",
     "Jane Rowe"),
    ("In a meeting with the board Hale said the bridge would close.",
     "the bridge would close", "Hale"),
    ("In Ohio Senator Jane Rowe said that the bridge would close.", "the bridge would close",
     "Senator Jane Rowe"),
])
def test_subject_after_opening_phrase_without_comma(text: str, statement: str,
                                                    mention: str) -> None:
    assert reported(text) == [(statement, mention)]


def test_opening_phrase_no_speaker_without_cue() -> None:
    # the split only serves a cue's subject: no cue, no statement
    assert reported("In the end the voters of the state decided the race.") == []


@pytest.mark.parametrize("text, statement", [
    ("Tom Reyes said no immediate decision had been made.",
     "no immediate decision had been made"),
    ("Tom Reyes said no new tax increase would pass.", "no new tax increase would pass"),
])
def test_said_no_noun_with_modifiers(text: str, statement: str) -> None:
    assert reported(text) == [(statement, "Tom Reyes")]


def test_said_no_to_is_still_no_clause() -> None:
    assert reported("Tom Reyes said no new taxes.") == []


def test_final_frame_with_time_and_adverbial_clause() -> None:
    text = ("The levy is an insult to all farmers, union leaders said Friday afternoon, as "
            "they bristled at the questions about the plan from the city.")
    for rows in both_paths(text):
        got = [(t, m) for t, kind, m, _ in rows if kind == "indirect"]
        assert got == [("The levy is an insult to all farmers", "union leaders")]


@pytest.mark.parametrize("text, mention", [
    ("Although Rowe lacks a record, elected officials say he has built a name.", "officials"),
    ("While the plan failed, leading economists say the levy will pass.", "economists"),
])
def test_participle_modifier_after_subordinate_clause(text: str, mention: str) -> None:
    assert [m for _, m in reported(text)] == [mention]


_LEMMAS = {"did": "do", "had": "have", "won": "win", "is": "be"}


def test_did_note_tagged_noun_parsed() -> None:
    text = "Lee did not name her rivals but did note that she had won the vote."
    rows = spec_rows("Lee/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod name/VERB/0/root "
                     "her/PRON/6/nmod:poss rivals/NOUN/4/obj but/CCONJ/9/cc did/VERB/4/conj "
                     "note/NOUN/9/obj that/SCONJ/13/mark she/PRON/13/nsubj had/AUX/13/aux "
                     "won/VERB/9/ccomp the/DET/15/det vote/NOUN/13/obj ./PUNCT/4/punct",
                     _LEMMAS)
    assert parsed(text, rows) == [("she had won the vote", "Lee")]


def test_to_stress_tagged_noun_parsed() -> None:
    text = "Lee is likely to stress that the bank would pause its plan."
    rows = spec_rows("Lee/PROPN/3/nsubj is/AUX/3/cop likely/ADJ/0/root to/PART/5/case "
                     "stress/NOUN/3/obl that/SCONJ/10/mark the/DET/8/det bank/PROPN/10/nsubj "
                     "would/AUX/10/aux pause/VERB/3/ccomp its/PRON/12/nmod:poss "
                     "plan/NOUN/10/obj ./PUNCT/3/punct", _LEMMAS)
    assert parsed(text, rows) == [("the bank would pause its plan", "Lee")]


def test_noun_after_determiner_stays_a_noun_parsed() -> None:
    # "the note that she left": a noun with its relative clause, no cue
    text = "Lee read the note that she had left."
    rows = spec_rows("Lee/PROPN/2/nsubj read/VERB/0/root the/DET/4/det note/NOUN/2/obj "
                     "that/PRON/8/obj she/PRON/8/nsubj had/AUX/8/aux left/VERB/4/acl:relcl "
                     "./PUNCT/2/punct", {"had": "have", "left": "leave", "read": "read"})
    assert parsed(text, rows) == []


@pytest.mark.parametrize("frame, speaker", [
    ("The mayor added:", "The mayor"),
    ("In a speech last July, she said:", "she"),
])
def test_colon_frame_sets_off_next_paragraph(frame: str, speaker: str) -> None:
    text = f"{frame}\n\nIt is typical of Hale. She knows nothing.\n\nThe race goes on."
    for rows in both_paths(text):
        got = [(t, m) for t, kind, m, _ in rows if kind == "indirect"]
        assert got == [("It is typical of Hale", speaker)]


def test_colon_frame_before_quote_stays_direct() -> None:
    text = "Hale said:\n\n“We will win.”\n\nThe race goes on."
    for rows in both_paths(text):
        assert [(t, kind, m) for t, kind, m, _ in rows] == [("“We will win.”", "direct", "Hale")]


def test_colon_after_other_words_ends_the_line() -> None:
    doc = annotate("Here are the facts:\n\nThe plan failed.")
    assert len(doc.sentences) == 2


def test_quantified_whom_speaks() -> None:
    text = "The plan angered the farmers, most of whom say the levy is unfair."
    assert reported(text) == [("the levy is unfair", "most of whom")]


def test_none_of_whom_is_no_speaker() -> None:
    assert reported("The plan angered the farmers, none of whom said the levy is unfair.") == []


def test_colon_after_posting_verb_ends_the_line() -> None:
    # "X tweeted:" leads in a post a scraped page drops: the next line is the writer's
    doc = annotate("Ann Roe tweeted:\n\nTom Reed is not the first man to lose.")
    assert len(doc.sentences) == 2
