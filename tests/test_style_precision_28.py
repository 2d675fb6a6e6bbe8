"""Precision on this round's invented articles (tests/test_news_styles_19.py,
tests/test_reported_styles_r28.py, tests/test_reported_leads_28.py), the sweep of
tests/test_style_precision.py again: every attribution the default path finds beyond a
file's expected table was read (21 in the two tables' articles; the leads file's tests
compare whole rows already).  Most were real statements the tables left out (a study that
"suggests", voters who "asked for lower rents", a memory that "recalls the first day", a
transcript's questions, a question frame's "Asked about A", a stance "blamed the weather",
"did not respond to requests for comment", which PolNeAR marks too).  Three were false:
a request that a name be kept out of print ("Maria, who asked that only her first name be
used because ..., said"), a correction's misquote ('She said “A,” not “B.”': B was never
said), both fixed here, and "If the governor says A, ..." (a hypothetical, left: PolNeAR
marks "if X says A" on train, 10 of 11 of ours; test_reported_styles_r28.py keeps its strict
xfail).  All texts are invented; read by the model-free default path.
"""

from __future__ import annotations

import pytest
from test_news_styles_19 import ARTICLES as STYLE_ARTICLES

import quotetrack


def rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker mention) of each quote found in ``text``."""
    return [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes]


def test_the_first_name_article_reads_no_request():
    """'Maria, who asked that only her first name be used because she fears losing her
    job, said A': A is Maria's; the request to the writer and its reason are no one's."""
    got = [(t, k) for t, k, _ in rows(STYLE_ARTICLES["first-name-only"])]
    assert got == [("the night shifts were the worst", "indirect"),
                   ('"Nobody checks on us after midnight,"', "direct")]


@pytest.mark.parametrize("request_", [
    "who asked that only her first name be used because she fears losing her job",
    "who asked that her last name not be published",
    "who asked that her full name not be used for fear of reprisal",
    "who requested that only her first name be used",
    "who asked that she not be named",
    "who asked that she be identified only by her first name",
    "who asked to be identified only by her first name",
    "who asked to be identified by her first name only",
    "who asked to be identified by her initials",
])
def test_a_request_that_a_name_be_kept_out_of_print_is_no_statement(request_):
    """A request to the writer about the speaker's own name (a modifier before "name", a
    pronoun that is to be named, "to be identified only by ..."): no statement; the
    speaker's words after it are hers."""
    text = f"Maria, {request_}, said the night shifts were the worst.\n"
    assert rows(text) == [("the night shifts were the worst", "indirect", "Maria")]


@pytest.mark.parametrize("text, statement", [
    ("The mayor asked that she be named to the board.\n", "she be named to the board"),
    ("The mayor asked to be named to the committee.\n", "to be named to the committee"),
    ("Lee asked to be identified as a Republican.\n", "to be identified as a Republican"),
    ("Lee asked that only the first page be published.\n",
     "only the first page be published"),
    ("Lee asked that her name be removed from the ballot.\n",
     "her name be removed from the ballot"),
    ("Lee asked that they not be punished.\n", "they not be punished"),
    ("Lee insisted that she be heard.\n", "she be heard"),
])
def test_requests_about_other_things_stay_statements(text, statement):
    """Near misses: an office ("named to the board"), a description with no limit on the
    name, a page, a name put on or off a ballot, and requests about anything else are the
    speaker's statements."""
    assert [t for t, _, _ in rows(text)] == [statement]


def test_a_non_response_is_marked_as_polnear_marks_it():
    """Found in the sweep and kept: "Neither campaign responded to requests for comment"
    (PolNeAR marks "did not respond to a request for comment": 10 of 16 of ours on train
    overlap a gold statement)."""
    assert rows("Neither campaign responded to requests for comment on Monday.\n") == [
        ("requests for comment on Monday", "indirect", "Neither campaign")]


def test_the_correction_articles_misquote_is_no_one_s_words():
    """'She said “we will review the contract,” not “we will cancel the contract.”': the
    second quote is what she did not say (the article's misquote), no mixed quote of
    hers."""
    got = [(t, k, m) for t, k, m in rows(STYLE_ARTICLES["correction-note"])]
    assert got == [('"we will review the contract,"', "direct", "She")]


@pytest.mark.parametrize("text, quotes", [
    ('Lee said "review," not "cancel."\n', ['"review,"']),
    ('Lee called the plan "bold," not "reckless."\n', ['"bold,"']),
])
def test_a_quote_set_against_the_one_before_is_not_said(text, quotes):
    assert [t for t, _, _ in rows(text)] == quotes


@pytest.mark.parametrize("text, quotes", [
    ('Lee said the deal was "not great" but "fine."\n', ['"not great"', '"fine."']),
    ('Lee wrote that the plan was "bold," not "reckless."\n', ['"bold,"', '"reckless."']),
])
def test_a_quote_inside_a_reported_clause_or_after_but_stays(text, quotes):
    """Near misses: "but" joins what was said, and inside "wrote that A" the contrast is
    part of the statement the writer reports (each quote a mixed quote of it)."""
    assert [(t, k) for t, k, _ in rows(text)] == [(q, "mixed") for q in quotes]
