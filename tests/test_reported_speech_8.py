"""Reported (indirect) speech on the model-free path, twenty-first round: one regression
case per cause fixed, with the near misses each rule must leave alone.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import quote_rows, reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("Jones cut the rate on Tuesday, but said the bank would hold it there for a year.",
     "the bank would hold it there for a year", "Jones"),
    ("Jones cut the rate, but said the bank would hold it there for a year.",
     "the bank would hold it there for a year", "Jones"),
    ("The bank raised fees, and said customers would pay more next year.",
     "customers would pay more next year", "The bank"),
    ("The county closed two clinics, and said the state budget was to blame.",
     "the state budget was to blame", "The county"),
])
def test_verb_after_a_comma_and_link_shares_a_bare_subject(text, statement, speaker):
    """"Jones cut the rate, but said A", "The bank raised fees, and said A": a surname the
    tagger did not read as a name, or a plain noun, is the speaker of the second verb when
    a clause (a noun phrase and a finite auxiliary) plainly follows the cue."""
    assert (statement, speaker) in reported(text)


@pytest.mark.parametrize("text", [
    "The storm knocked out power, and said a prayer.",
    "The bank raised fees, and said goodbye to its old customers.",
])
def test_verb_after_a_link_with_no_clause_is_no_statement(text):
    """Near misses: the words after "and said" are an object, not a clause, so the plain
    noun is not made a speaker."""
    assert reported(text) == []


def test_past_perfect_after_and_stays_in_the_statement():
    """"X said his client was ashamed and had written a letter": "had written" is the
    reported clause's own verb (its subject is the client), not X's second statement."""
    found = reported("Her lawyer said his client was ashamed and had written a letter of "
                     "apology.")
    assert found == [("his client was ashamed and had written a letter of apology",
                      "Her lawyer")]
    found = reported("The mayor said the city was broke and had asked the state for help.")
    assert found == [("the city was broke and had asked the state for help", "The mayor")]


def test_modal_after_and_is_still_the_speakers_second_act():
    """Near miss: "and would not say more" is the speaker's own act; the statement ends
    before it."""
    found = reported("Her lawyer said his client was ashamed and would not say more about "
                     "the case.")
    assert ("his client was ashamed", "Her lawyer") in found


@pytest.mark.parametrize("text, statement, speaker", [
    ("She has said little about the plan in recent months, and aides say it is on hold.",
     "the plan in recent months", "She"),
    ("The governor said almost nothing about the budget until March.",
     "the budget", "The governor"),
    ("He has also said much over the years about the duty of the board to meet.",
     "the duty of the board to meet", "He"),
])
def test_said_little_about_a_topic(text, statement, speaker):
    """"X said little about A": the topic A is what X spoke of (as after "talked about"),
    not "little about A"."""
    found = reported(text)
    assert (statement, speaker) in found
    assert not any(s.startswith(("little", "almost", "much")) for s, _ in found)


def test_said_little_alone_is_no_statement():
    assert reported("He said little at the hearing.") == []


@pytest.mark.parametrize("text, statement", [
    ("She said little had changed since the flood.", "little had changed since the flood"),
    ("He said much of the work was done.", "much of the work was done"),
])
def test_amount_word_that_opens_a_clause_is_kept(text, statement):
    """Near misses: "little" or "much" as the subject of the reported clause."""
    assert [s for s, _ in reported(text)] == [statement]


def test_that_said_is_the_writers_phrase():
    """"That said, A": no one is credited with A."""
    assert reported("That said, the museum will stay open on Sundays.") == []
    assert reported("This said, the museum will stay open on Sundays.") == []


def test_that_as_a_subject_before_a_set_off_frame_is_kept():
    """Near miss: "That, she said, was A" is her statement."""
    found = reported("That, she said, was the end of the matter.")
    assert [sp for _, sp in found] == ["she"]


def test_asked_about_a_topic_then_the_answer():
    """"Asked about A, X said B": B is X's statement (A, the question's topic, is kept as
    a statement with no speaker, as PolNeAR marks it)."""
    found = reported("Asked about his future, Smith said he would stay until the spring.")
    assert ("he would stay until the spring", "Smith") in found
    assert ("his future", None) in found


@pytest.mark.parametrize("text", [
    "But in Ohio, even more so than in Iowa, Sanders found a receptive audience for his "
    "message.",
    "Whatever prompted them to start, the skaters have found a much-needed support system "
    "in their group.",
    "Back when the mill closed, the town's neighbors feared the loss of the railway.",
])
def test_opening_phrase_before_a_verb_with_an_object_is_no_statement(text):
    """"ADJUNCT, X found an audience": the verb after the comma has an object of its own,
    so it opens the sentence's main clause and is no frame closing a statement."""
    assert reported(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("The plan would cut costs, the mayor announced the next day.", "the mayor"),
    ("The plan would cut costs, the Ledger reported the same week.", "the Ledger"),
    ("The plan would cut costs, the mayor wrote a week later.", "the mayor"),
    ("The plan would cut costs, the mayor told the council.", "the mayor"),
    ("The plan would cut costs, the mayor argued in a statement.", "the mayor"),
])
def test_final_frame_with_a_time_or_addressee_after_it_is_kept(text, speaker):
    """Near misses: a time phrase or the one told after the final cue leaves the frame a
    closing one."""
    assert reported(text) == [("The plan would cut costs", speaker)]


@pytest.mark.parametrize("text", [
    '"We will win," he said aboard his plane on Monday as he flew over Ohio.',
    "''We will win,'' he said aboard his plane on Monday as he flew over Ohio.",
    '"That is not a no," one aide said late last month, "but a muted one."',
    '"We will win," he said two days after the vote, "and we will govern."',
    '"The plan is dead," the spokesman said in a statement issued an hour before the vote.',
    '"Nobody should be confused," she told the mayors who gathered in the city, "about '
    'our aims."',
])
def test_adjunct_after_a_quote_frame_is_no_statement(text):
    """'“A,” X said aboard his plane on Monday as he flew', '“A,” X said late last month,
    “B”': the quote is the statement; words after its frame are one only as a clause of
    their own."""
    assert reported(text) == []


@pytest.mark.parametrize("text, statement, speaker", [
    ('"We will win," Smith said the idea of a merger was dead.',
     "the idea of a merger was dead", "Smith"),
    ('"We will win," he said Monday the party would govern alone.',
     "the party would govern alone", "he"),
    ('"We will win," the mayor told reporters the city would recover.',
     "the city would recover", "the mayor"),
    ('Asked about "the sale of public land," Sanders said private firms can be more '
     'expensive than the state.', "private firms can be more expensive than the state",
     "Sanders"),
    ('Asked whether the mayor “has the grit to serve,” 70 percent of voters said yes, but '
     '55 percent of all voters say she does not.', "yes", "70 percent of voters"),
])
def test_clause_after_a_quote_frame_is_kept(text, statement, speaker):
    """Near misses: a subject and its verb (or an answer) after the frame is a statement."""
    assert (statement, speaker) in reported(text)


def test_clause_after_a_title_in_quotes_keeps_its_speaker():
    """Near miss: a quoted show title before the frame is no quote the frame closes; the
    clause after "said" (with "and" and "that" inside it, and a quoted word in its
    subject) is the speaker's, and so are the mixed quotes in it."""
    rows = quote_rows('In an interview on "Morning Report," Gov. Ann Reed said the recent '
                      'wave of closures and layoffs demands that all towns take "more care" '
                      'and "more time."')
    assert [(t, sp) for t, kind, sp, _ in rows if kind == "mixed"] == [
        ('"more care"', "Gov. Ann Reed"), ('"more time."', "Gov. Ann Reed")]
    rows = quote_rows('On "Morning Report," Gov. Ann Reed said the city\'s "budget" and its '
                      '"debt" are in question.')
    assert [(t, sp) for t, kind, sp, _ in rows if kind == "mixed"] == [
        ('"budget"', "Gov. Ann Reed"), ('"debt"', "Gov. Ann Reed")]
