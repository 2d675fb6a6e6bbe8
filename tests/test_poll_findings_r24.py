"""Findings of polls and surveys as statements, twenty-fourth round (h50-evd): who claims
what, when the claim is a poll's.

- A sentence opened by "in" and a poll ("In a new Marist survey, Roe leads Doe ...", "In
  the poll, conducted in May, ...") credits its clause to the poll, with the reason
  ``in X, CLAUSE`` and the poll's noun phrase as the mention.
- A verb of evidence ("shows", "found") whose subject is a poll with words that say where,
  when and by whom it was taken ("A poll of Ohio released on Tuesday showed ...", "A new
  poll from Lakeside College released Wednesday found ...") credits the poll, not the day
  or the college.

Near misses: an opening "in" that names no poll ("In the past", "In Iowa", "In a
statement"), a poll's noun that is only a possessor ("In the poll's final week ..."), a
share's own cue after "In a poll" (the share rule credits the poll already), a trailing
"in the polls" (a candidate's standing as often as a finding: left alone), and a poll that
is the object of a preposition before a relative clause with "show".

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack
from quotetrack.attribute import POLL_FINDING_REASON


def _statements(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(text, mention, speaker name, reason) of every indirect statement of ``text``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None, q.reason)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
            if q.kind == "indirect"]


def _holding(text: str, piece: str) -> list[tuple[str, str | None, str | None, str]]:
    return [s for s in _statements(text) if piece in s[0]]


# --- "In a poll, CLAUSE" ---------------------------------------------------------------------

def test_opening_in_a_named_survey_credits_the_survey() -> None:
    text = ("The race tightened over the summer.\n\n"
            "In a new Marist survey, Roe leads Doe by five points among likely voters.")
    assert _holding(text, "Roe leads Doe") == [
        ("Roe leads Doe by five points among likely voters", "a new Marist survey",
         "a new Marist survey", POLL_FINDING_REASON)]


def test_opening_in_the_poll_with_a_set_off_participle() -> None:
    text = ("Young voters remain a worry for the campaign.\n\n"
            "In the poll, conducted in May, Roe led Doe 47 percent to 39 percent among "
            "voters under 30.")
    [(statement, mention, _, reason)] = _holding(text, "Roe led Doe")
    assert statement.startswith("Roe led Doe 47 percent")
    assert mention == "the poll"
    assert reason == POLL_FINDING_REASON


def test_opening_in_a_poll_released_on_a_day() -> None:
    text = ("The mayor's numbers slipped again.\n\n"
            "But in a Lakeside College poll released Monday, her approval rating has "
            "fallen to 38 percent.")
    [(statement, mention, _, reason)] = _holding(text, "approval rating")
    assert statement == "her approval rating has fallen to 38 percent"
    assert mention == "a Lakeside College poll"
    assert reason == POLL_FINDING_REASON


def test_the_writers_reason_after_the_finding_is_not_the_polls() -> None:
    text = ("The senator is gaining.\n\n"
            "In a Harbor Gazette poll last month, Roe had a 10-point lead, largely because "
            "she had twice as many rural supporters as Doe.")
    [(statement, _, _, _)] = _holding(text, "Roe had")
    assert statement == "Roe had a 10-point lead"


def test_a_cue_form_read_as_a_verb_in_a_margin_is_no_cue() -> None:
    text = ("In this poll, Roe rose 1 percentage point since the debate while Doe fell by "
            "the same margin.")
    [(statement, mention, _, reason)] = _holding(text, "Roe rose")
    assert statement.startswith("Roe rose 1 percentage point")
    assert (mention, reason) == ("this poll", POLL_FINDING_REASON)


def test_a_shares_finding_whose_verb_a_tagger_misses() -> None:
    text = ("In the new Acme poll, conducted March 11-13, 40 percent of likely voters back "
            "Roe, up four points from a week earlier.")
    [(statement, mention, _, reason)] = _holding(text, "40 percent")
    assert statement.startswith("40 percent of likely voters back Roe")
    assert (mention, reason) == ("the new Acme poll", POLL_FINDING_REASON)


def test_a_share_that_speaks_in_a_poll_keeps_its_own_cue() -> None:
    text = "In a poll released Monday, 40 percent of voters said they backed the plan."
    [(statement, mention, _, reason)] = _holding(text, "backed the plan")
    assert statement == "they backed the plan"
    assert mention == "a poll"
    assert reason == "X said CLAUSE"


def test_opening_in_that_names_no_poll_reports_nothing() -> None:
    assert _statements("In the past, Roe led comfortably in Ohio and Iowa.") == []
    assert _statements("In Iowa, Roe has campaigned in every county this year.") == []


def test_in_a_statement_is_the_speakers_adjunct() -> None:
    [(statement, mention, _, reason)] = _holding(
        "In a statement, Jane Roe said she would run again.", "would run")
    assert (statement, mention, reason) == ("she would run again", "Jane Roe", "X said CLAUSE")


def test_a_polls_possessive_names_no_finding() -> None:
    assert _statements("In the poll's final week, Roe spent heavily on television ads.") == []


def test_a_trailing_in_the_polls_is_left_alone() -> None:
    assert _statements("Jane Roe has surged in the polls since the debate.") == []
    assert _statements("He will head to Ohio, where he has been leading in the polls, "
                       "to campaign.") == []


def test_a_poll_inside_a_noun_phrase_is_no_finding() -> None:
    assert _statements("The margin of error in the poll is four points.") == []
    assert _statements("Voters in the poll favored lower taxes by a wide margin.") == []


# --- a poll's subject across where, when and by whom it was taken -----------------------------

def test_a_poll_of_a_state_released_on_a_day_shows() -> None:
    [(statement, mention, _, _)] = _holding(
        "A Marist poll of Ohio released on Tuesday showed Roe with a 16-point lead.",
        "16-point lead")
    assert statement == "Roe with a 16-point lead"
    assert mention == "A Marist poll"


def test_a_poll_from_a_college_released_on_a_day_found() -> None:
    [(statement, mention, _, _)] = _holding(
        "A new poll from Lakeside College released Wednesday found Roe leading Doe by 15 "
        "points.", "Roe leading")
    assert statement == "Roe leading Doe by 15 points"
    assert mention == "A new poll"


def test_polls_there_show() -> None:
    [(statement, mention, _, _)] = _holding("Polls there show Roe is trailing Doe.", "trailing")
    assert (statement, mention) == ("Roe is trailing Doe", "Polls")


def test_polls_from_two_pollsters_show() -> None:
    [(statement, mention, _, _)] = _holding(
        "Other recent polls from Lakeside College and Bay University show a 56% "
        "approval rating.", "approval rating")
    assert statement == "a 56% approval rating"
    assert mention == "Other recent polls"


def test_a_poll_as_an_object_before_a_relative_show_is_no_subject() -> None:
    assert _holding("Roe leads in a poll released Monday that shows Doe slipping.",
                    "Doe slipping") == []


def test_the_police_found_nothing_a_poll_would() -> None:
    assert _statements("Police in Ohio found a gun in the car on Tuesday.") == []
