"""Leads left by round 28's h60-cue and h60-prc, fixed: a correction notice's earlier
version of the article says nothing (nor is its misquote anyone's words), a direct quote
framed by a letter or memo is its writer's ('“A,” a letter from Jo Lee to the board
said', '“A,” said a memo from the governor'), a role set off inside a quoting relative
("The Ledger, which quoted Jo Lee, an aide, as saying A, ..."), and a request that the
speaker's employer or hometown be kept out of print.  All texts are invented; read by
the model-free default path.
"""

from __future__ import annotations

import pytest
from findings import relay_rows as rows


# ------------------------------------------------------------ correction notices
@pytest.mark.parametrize("text", [
    "A previous version of this article incorrectly said the mayor had resigned.\n",
    "An earlier version of this story misquoted Jo Lee as saying the plan was flawed.\n",
    "An earlier version of this article said the vote was 5-4. It was 6-3.\n",
    "Correction: An earlier version of this story incorrectly indicated that Jo Lee "
    "would run for the seat.\n",
    "The original version of this post misstated that the council had voted.\n",
])
def test_a_correction_notice_says_nothing(text):
    """The article's own earlier, retracted text is no one's statement (not even the
    paper's: PolNeAR discards such notices; train: 1 record, "An earlier version of this
    story incorrectly indicated that A", no longer found)."""
    assert rows(text) == []


def test_a_misquote_in_a_correction_notice_has_no_speaker():
    """The retracted misquote is a quotation in the text, but no one's words."""
    text = ("An earlier version of this article misquoted Jo Lee as saying "
            "“the plan is flawed.”\n")
    assert rows(text) == [("“the plan is flawed.”", "direct", None, None)]


def test_the_correction_after_the_notice_is_the_speakers():
    """Near miss: the sentence after the notice says what she did say: hers."""
    text = ("An earlier version of this article misquoted Jo Lee. "
            "She said the plan was sound.\n")
    assert rows(text) == [("the plan was sound", "indirect", "She", None)]


@pytest.mark.parametrize("text, statement, speaker", [
    ("A previous version of the bill said the tax would rise.\n", "the tax would rise",
     "A previous version of the bill"),
    ("The earlier version of the report said the river was safe.\n",
     "the river was safe", "The earlier version of the report"),
])
def test_an_earlier_version_of_another_text_still_speaks(text, statement, speaker):
    """Near misses: a bill's or a report's earlier version is a text the story reports on,
    not the article's own."""
    assert rows(text) == [(statement, "indirect", speaker, None)]


# ------------------------------------------- a direct quote framed by a message
@pytest.mark.parametrize("text, speaker", [
    ("“We will not close the plant,” a letter from Jo Lee to the board said.\n", "Jo Lee"),
    ("“The budget is balanced,” a memo from Gov. Ann Hart said.\n", "Gov. Ann Hart"),
    ("“The budget is balanced,” a memo to staff from Ann Hart said.\n", "Ann Hart"),
    ("“The budget is balanced,” said a memo from the governor.\n", "the governor"),
    ("“The budget is balanced,” said a memo from Gov. Ann Hart to lawmakers.\n",
     "Gov. Ann Hart"),
])
def test_the_writer_of_a_message_speaks_a_direct_quote(text, speaker):
    """The sender after "from" (h60-cue's `_message_from`, for reported speech) now frames
    a direct quote too, before the cue or inverted after "said"."""
    assert [(r[1], r[2]) for r in rows(text)] == [("direct", speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("“The budget is balanced,” a report from the agency said.\n",
     "a report from the agency"),
    ("“The budget is balanced,” said a report from the agency.\n", "a report"),
    ("“The budget is balanced,” a letter from 2019 said.\n", "a letter from 2019"),
    ("“The budget is balanced,” said a letter from 2019.\n", "a letter"),
    ("“The budget is balanced,” the memo said.\n", "the memo"),
])
def test_a_text_from_no_writer_still_speaks(text, speaker):
    """Near misses: a report (no message noun) or a letter from a year names no writer."""
    assert [(r[1], r[2]) for r in rows(text)] == [("direct", speaker)]


# ------------------------------------------ a role set off in a quoting relative
@pytest.mark.parametrize("text", [
    "The Ledger, which quoted Jo Lee, an aide, as saying the deal was dead, ran the story "
    "on Monday.\n",
    "The Ledger, which quoted an aide, Jo Lee, as saying the deal was dead, ran the story "
    "on Monday.\n",
    "The Ledger, which quoted Jo Lee as saying the deal was dead, ran the story on "
    "Monday.\n",
])
def test_a_role_set_off_inside_a_quoting_relative(text):
    """The one quoted speaks, past her role; the relative's antecedent relays (was
    nothing: the tagger's phrase ran over "which quoted Jo Lee")."""
    assert rows(text) == [("the deal was dead", "indirect", "Jo Lee", "The Ledger")]


def test_a_restrictive_quoting_relative_names_no_relay():
    """Near miss: "a report that quoted" names no one who relays."""
    text = ("A report that quoted Jo Lee, an aide, as saying the deal was dead angered "
            "the board.\n")
    assert rows(text) == [("the deal was dead", "indirect", "Jo Lee", None)]


# ------------------------------------------- what else of hers is kept out of print
@pytest.mark.parametrize("text", [
    "Maria Soto, who asked that her employer not be identified, said the shifts were too "
    "long.\n",
    "Maria Soto, who asked that her employer's name not be used, said the shifts were too "
    "long.\n",
    "Maria Soto, who asked that her hometown not be published for fear of reprisals, said "
    "the shifts were too long.\n",
])
def test_a_withheld_employer_or_hometown_is_no_statement(text):
    """A request that what would name the speaker be kept out of print is to the writer:
    only her statement is found."""
    assert rows(text) == [("the shifts were too long", "indirect", "Maria Soto", None)]


@pytest.mark.parametrize("text, statement", [
    ("Maria Soto asked that her son be named to the board.\n",
     "her son be named to the board"),
    ("Maria Soto asked that the company not be named in the lawsuit.\n",
     "the company not be named in the lawsuit"),
    ("Maria Soto asked that her company not be named to the list of suppliers.\n",
     "her company not be named to the list of suppliers"),
    ("Maria Soto asked that her school be named after her mother.\n",
     "her school be named after her mother"),
])
def test_other_requests_about_naming_stay_statements(text, statement):
    """Near misses: an office, a thing with no owner of hers, a list, a namesake."""
    assert rows(text) == [(statement, "indirect", "Maria Soto", None)]
