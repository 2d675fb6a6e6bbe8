"""Reported (indirect) speech in political news, read by the model-free default path: a
second wave of invented campaign, Congress, governor and White House stories in shapes the
twenty-eighth round's wave (tests/test_reported_styles_r28.py) did not cover (h61-rep, the
twenty-ninth round).

"X, who ..., told reporters that A", a long subject ("The top Democrat on the House
Intelligence Committee, Rep. Adam Vance, said A"), "X said in an interview with Y that A",
"X, according to a person familiar with the matter, has A", "X's office said A", "a
spokesperson for X said A", "X asked reporters whether A", "X wondered aloud whether A",
"X would not say whether A", "X told colleagues in a closed-door meeting that A", "X said
in a memo to supporters that A", "Lawyers for X argued in a court filing that A", and the
causes the round fixed: an opening "According to X" whose source runs on past its noun
("According to a survey conducted by the Harbor Institute for the union, A"; "According to
Rita Olsen, writing for the Review, A"; "According to papers from Ann Lowe, a friend of the
governor's who died in 2000, A"), "according to interviews with a dozen county chairmen"
(the chairmen's statement) and "according to an interview he gave to the Review" (his),
"said that, while B, A" (the statement starts at "while", not at the comma), "warned
colleagues that A" (the ones warned are no words of the statement), "is understood to have
told his cabinet that A".

Each expected statement is written as PolNeAR annotates reported speech: the one it
credits (the speaker's mention), the cue word, and the first and last words of the content
("that" left out).  The parsed path reads these shapes through the same surface rules for
"according to" and the clause start; its train numbers are in CHANGELOG.md.

Every article here was written for the test, with invented people and places.
"""

from __future__ import annotations

from functools import cache

import pytest
from findings import statement_test

import quotetrack

ARTICLES: dict[str, str] = {
    "who-told-reporters": (
        "Sen. Marla Quenby, who chairs the budget panel, told reporters on Tuesday that the "
        "spending bill would reach the floor next week. Quenby, who has served in the Senate "
        "since 2009, said she expected some Republicans to vote for it.\n"),
    "long-subject": (
        "The top Democrat on the House Intelligence Committee, Rep. Adam Vance, said the "
        "panel had not received the documents it requested. The committee's ranking "
        "Republican, Rep. Della Hurst of Idaho, said the request was too broad.\n"),
    "interview-with": (
        "Gov. Teodor Brandt said in an interview with the Valley Courier that he would not "
        "sign the bill in its current form. He told the newspaper he wanted the legislature "
        "to add money for rural schools.\n"),
    "person-familiar": (
        "According to two officials briefed on the plan, the White House will send the "
        "nomination on Monday. The president, according to a person familiar with the "
        "matter, has grown impatient with the Senate.\n"),
    "according-runs-on": (
        "According to a survey conducted by the Harbor Institute for the state teachers "
        "union, most parents support longer school days. According to Rita Olsen, writing "
        "for the Plains Review, the governor never intended to sign the bill.\n\n"
        "According to papers from Ann Lowe, a friend of the governor's who died in 2000, "
        "the governor had planned to retire. According to the officer in charge of the "
        "armory that night, the order was never given.\n"),
    "according-near-misses": (
        "According to the poll, a majority of voters back the plan. According to Gallup, a "
        "majority of voters, 54 percent, oppose the tax.\n"),
    "office-said": (
        "Sen. Owen Carrow's office said the senator would return to Washington on "
        "Thursday. The mayor's office said in a statement that the city would not appeal "
        "the ruling.\n"),
    "spokesperson": (
        "A spokesperson for Gov. Nina Haldane said the governor had not been briefed on the "
        "audit. A spokeswoman for the attorney general, Lena Voss, said the office was "
        "reviewing the report.\n"),
    "questions": (
        "Speaker Rhoda Vance asked reporters whether they had read the bill. Sen. Tom "
        "Ulrich wondered aloud whether the agency could be trusted with the money.\n\n"
        "The clerk read the letter aloud to the chamber.\n"),
    "would-not-say": (
        "The White House press secretary, Dana Morrow, would not say whether the president "
        "had spoken to the governor. She stopped short of saying that the president "
        "supported the bill.\n"),
    "interviews-with": (
        "The state party is deeply divided over the nominee, according to interviews with "
        "more than a dozen county chairmen. Ward was never told of the decision, according "
        "to an interview he gave to the Plains Review. According to conversations with "
        "several of Hale's friends, aides and allies, the senator is weighing a run.\n"),
    "told-colleagues": (
        "Rep. Joan Ferraro told colleagues in a closed-door meeting that she would not run "
        "for leader. Her rival, Rep. Sam Ortega, warned colleagues that the caucus could "
        "lose its majority.\n"),
    "memo-filing": (
        "The governor's campaign manager, Eli Sorensen, said in a memo to supporters that "
        "the race was a dead heat. Lawyers for the campaign argued in a court filing on "
        "Friday that the state had no power to remove the candidate from the ballot.\n"),
    "said-that-while": (
        "The spokesman said that, while the senator respected the court, she disagreed with "
        "the ruling. Lee argued that, if passed, the bill would hurt farmers.\n"),
    "understood": (
        "The prime minister is understood to have told his cabinet that the vote would go "
        "ahead.\n"),
    "joint": (
        "Sen. Ada Kim, the top Republican on the panel, and Sen. Hugo Baird, its chairman, "
        "said in a joint statement that the hearing would be postponed.\n"),
}

#: (article, piece of the statement, speaker mention(s), cue word(s), first words, last
#: words): an indirect statement holding ``piece`` with that speaker, cue and content
#: (``None``: not checked; "a|b": either).
EXPECTED: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("who-told-reporters", "would reach the floor", "Sen. Marla Quenby|Marla Quenby",
     "told", "the spending bill", "next week"),
    ("who-told-reporters", "she expected some Republicans", "Quenby",
     "said", "she expected", "vote for it"),
    ("long-subject", "had not received the documents", "Rep. Adam Vance|Adam Vance",
     "said", "the panel", "it requested"),
    ("long-subject", "the request was too broad",
     "Rep. Della Hurst of Idaho|Rep. Della Hurst|Della Hurst", "said", "the request",
     "too broad"),
    ("interview-with", "he would not sign the bill", "Gov. Teodor Brandt|Teodor Brandt",
     "said", "he would not sign", "its current form"),
    ("interview-with", "he wanted the legislature", "He", "told", "he wanted", "rural schools"),
    ("person-familiar", "will send the nomination", "two officials briefed on the plan|two "
     "officials", "According to", "the White House", "on Monday"),
    ("person-familiar", "has grown impatient",
     "a person familiar with the matter|a person", "according to", "The president",
     "with the Senate"),
    ("according-runs-on", "most parents support",
     "a survey|a survey conducted by the Harbor Institute for the state teachers union",
     "According to", "most parents", "longer school days"),
    ("according-runs-on", "never intended to sign", "Rita Olsen",
     "According to", "the governor", "sign the bill"),
    ("according-runs-on", "had planned to retire", "papers from Ann Lowe|Ann Lowe|papers",
     "According to", "the governor", "to retire"),
    ("according-runs-on", "the order was never given", "the officer",
     "According to", "the order", "never given"),
    ("according-near-misses", "back the plan", "the poll", "According to",
     "a majority", "the plan"),
    ("according-near-misses", "oppose the tax", "Gallup", "According to",
     "a majority", "the tax"),
    ("office-said", "would return to Washington", "Sen. Owen Carrow's office",
     "said", "the senator", "on Thursday"),
    ("office-said", "would not appeal the ruling", "The mayor's office",
     "said", "the city", "the ruling"),
    ("spokesperson", "had not been briefed",
     "A spokesperson for Gov. Nina Haldane|A spokesperson", "said", "the governor",
     "the audit"),
    ("spokesperson", "was reviewing the report",
     "Lena Voss|A spokeswoman for the attorney general, Lena Voss", "said", "the office",
     "the report"),
    ("questions", "they had read the bill", "Speaker Rhoda Vance|Rhoda Vance",
     "asked", "whether they", "the bill"),
    ("questions", "could be trusted", "Sen. Tom Ulrich|Tom Ulrich",
     "wondered", "whether the agency", "the money"),
    ("would-not-say", "had spoken to the governor",
     "The White House press secretary|Dana Morrow|The White House press secretary, Dana "
     "Morrow", "say|would not say", "whether the president", "the governor"),
    ("interviews-with", "deeply divided", "more than a dozen county chairmen|county chairmen",
     "according to", "The state party", "the nominee"),
    ("interviews-with", "never told of the decision", "he",
     "according to", "Ward", "the decision"),
    ("interviews-with", "weighing a run", "several of Hale's friends",
     "According to", "the senator", "weighing a run"),
    ("told-colleagues", "she would not run", "Rep. Joan Ferraro|Joan Ferraro",
     "told", "she would not", "for leader"),
    ("told-colleagues", "could lose its majority", "Rep. Sam Ortega|Sam Ortega",
     "warned", "the caucus", "its majority"),
    ("memo-filing", "a dead heat", "Eli Sorensen|The governor's campaign manager, Eli Sorensen",
     "said", "the race", "a dead heat"),
    ("memo-filing", "had no power", "Lawyers for the campaign|Lawyers",
     "argued", "the state", "from the ballot"),
    ("said-that-while", "she disagreed with the ruling", "The spokesman",
     "said", "while the senator", "the ruling"),
    ("said-that-while", "the bill would hurt farmers", "Lee",
     "argued", "if passed", "hurt farmers"),
    ("understood", "the vote would go ahead", "The prime minister",
     "told", "the vote", "go ahead"),
    ("joint", "the hearing would be postponed", "Sen. Ada Kim|Ada Kim|Sen. Ada Kim, the top "
     "Republican on the panel, and Sen. Hugo Baird",
     "said", "the hearing", "be postponed"),
]

#: (article, piece): no quote holds the piece.
NEAR_MISSES: list[tuple[str, str]] = [
    ("questions", "the chamber"),
    ("would-not-say", "supported the bill"),
    ("according-runs-on", "writing for"),
    ("according-runs-on", "conducted by"),
    ("according-runs-on", "a friend of the governor"),
    ("according-runs-on", "in charge of"),
]

#: Cases the library does not get right yet, each with its cause.
NOT_YET: dict[tuple[str, str], str] = {}


@cache
def _quotes(article: str) -> tuple[quotetrack.Quote, ...]:
    return tuple(quotetrack.extract(ARTICLES[article]).quotes)


test_statement = statement_test(_quotes, EXPECTED, NOT_YET)


@pytest.mark.parametrize("article, piece", NEAR_MISSES)
def test_near_miss(article: str, piece: str) -> None:
    """No quote holds ``piece``: no one's statement (or the frame's own words)."""
    assert not [q.text for q in _quotes(article) if piece in q.text]


def test_according_to_interviews_names_the_ones_interviewed() -> None:
    """ "A, according to interviews with more than a dozen county chairmen": the chairmen
    said A; "A, according to an interview he gave to the Review": he did."""
    quotes = _quotes("interviews-with")
    divided = next(q for q in quotes if "deeply divided" in q.text)
    assert divided.speaker_mention is not None and \
        "interviews" not in divided.speaker_mention.text
    told = next(q for q in quotes if "never told" in q.text)
    assert told.speaker is not None and told.speaker.name == "Ward", told.speaker


def test_joint_statement_names_both_speakers() -> None:
    q = next(q for q in _quotes("joint") if "postponed" in q.text)
    assert "Hugo Baird" in [s.name for s in q.co_speakers], q.co_speakers
