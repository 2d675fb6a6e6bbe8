"""Quote kinds and speakers from the leads of the twenty-first news-style wave (h61-mix).

Invented texts.  (1) An adjunct between a cue and a quote that makes a whole sentence
("Lee said in a statement, “We will appeal.”") leaves the quote direct, as does a
statement that is all the quote right after its cue ("After the passage, Beck said, “A.”"
read as a reported clause); real mixed quotes stay mixed.  (2) An action set off by
dashes between a split quote's parts ('“We tried” — she shook her head — “but ...”'):
its subject speaks both parts, direct.  (3) A roundup's heading that names no one
("Quotes of the week:", "What they said:") is no speaker of the quotes under it.
"""

from __future__ import annotations

import pytest
from findings import quote_rows


@pytest.mark.parametrize("text, mention", [
    ("Lee said in a statement, “We will appeal.”\n", "Lee"),
    ("Lee said after a pause, “We owe the fans more.”\n", "Lee"),
    ("Lee told reporters on Monday, “The deal is done.”\n", "Lee"),
    ("Lee wrote on Twitter: “The deal is done.”\n", "Lee"),
    ("The council said Thursday on Facebook, “The pool will reopen in May.”\n",
     "The council"),
    ("Ms. Lee pointed out, “Nothing has changed.”\n", "Ms. Lee"),
    ("Lee said of the plan, “It is a mess.”\n", "Lee"),
    ("Lee said in Paris last week, “It is a mess.”\n", "Lee"),
    ("After reciting the passage, Beck said, “Man, it could not be more clear.”\n", "Beck"),
])
def test_adjuncts_before_a_whole_sentence_leave_it_direct(text, mention):
    """ "X said in a statement, “A.”": the words between cue and quote are adjuncts closed
    by a comma, and the quote is a whole sentence: direct, not mixed."""
    rows = quote_rows(text)
    assert [(r[1], r[2]) for r in rows if r[0].startswith("“")] == [("direct", mention)], rows


@pytest.mark.parametrize("text, piece", [
    ("Lee said the plan was “reckless.”\n", "reckless"),
    ("Lee said on Monday that the plan was “a mess.”\n", "a mess"),
    ("Lee said on Monday that “The plan is a mess.”\n", "The plan"),
    ("Many fans noted on Twitter the change from the old slogan, “Go Bears Go.”\n",
     "Go Bears"),
    ("Lee said in a statement, “a mess,” and left the room.\n", "a mess"),
    ("Lee told one agent to “Go home!” and told another to, “Stay put!”\n", "Stay put"),
])
def test_quotes_inside_a_clause_stay_mixed(text, piece):
    """A "that", an object after the adjunct ("noted on Twitter the change from ..."), a
    bare preposition ("told another to,"), or a quote the sentence runs on past: the quote
    is part of a clause, mixed."""
    rows = [r for r in quote_rows(text) if piece in r[0]]
    assert [r[1] for r in rows] == ["mixed"], rows


@pytest.mark.parametrize("text, mention", [
    ("Coach Lena Ruiz was quiet after the defeat.\n\n"
     "“We tried” — she shook her head — “but it was not enough.”\n", "she"),
    ("Coach Lena Ruiz was quiet.\n\n“We tried” — Ruiz stared at the floor — “and we failed.”\n",
     "Ruiz"),
])
def test_an_action_between_dashes_speaks_both_parts(text, mention):
    """ '“A” — she shook her head — “b.”': the one who acts speaks both parts, direct."""
    rows = quote_rows(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [("direct", mention, "Lena Ruiz")] * 2, rows


def test_a_fragment_with_its_own_frame_is_no_beat():
    """ 'Lee called the plan “a mess” — she shook her head — “and b.”': the first part is
    Lee's fragment, mixed, inside Lee's clause."""
    rows = quote_rows("Lee called the plan “a mess” — she shook her head — “and a scandal.”\n")
    assert rows[0][:3] == ("“a mess”", "mixed", "Lee"), rows


@pytest.mark.parametrize("heading", [
    "Quotes of the week:", "Quote of the day:", "What they said:", "What people are saying:",
])
def test_a_heading_that_names_no_one_is_no_speaker(heading):
    """A roundup's heading above an unsigned quote names no speaker."""
    rows = quote_rows(f"{heading}\n\n“Rain is just the sky doing its job.”\n")
    assert [r[1:] for r in rows] == [("direct", None, None)], rows


@pytest.mark.parametrize("text, mention, name", [
    ("What the mayor said:\n\n“Rain is just the sky doing its job.”\n", "the mayor", None),
    ("Mayor Jo Lee spoke first. What she said:\n\n“Rain is just the sky doing its job.”\n",
     "she", "Jo Lee"),
    ("Quotes of the week:\n\n“Rain is just the sky doing its job.” (Mayor Jo Lee)\n",
     "Mayor Jo Lee", "Jo Lee"),
    ("Senators met on Monday. They said:\n\n“We will vote tomorrow.”\n", "They", "Senators"),
])
def test_a_lead_in_that_names_someone_still_speaks(text, mention, name):
    """ "What the mayor said:", a "What she said:" run on after its antecedent, a name
    signed after the quote, a plain "They said:" lead-in: a speaker as before."""
    rows = quote_rows(text)
    assert [r[2:] for r in rows] == [(mention, name)], rows
