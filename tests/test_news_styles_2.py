"""News of styles the PolNeAR corpus has little of (interview transcripts, role nouns,
translated speech, social media posts): one regression case per cause fixed in the
thirteenth round.

Every text here was written for the test, with invented people, places and outlets, and
is read by the model-free default path.
"""

from __future__ import annotations

import pytest
from findings import quote_rows

import quotetrack

TRANSCRIPT = """\
The following is an edited transcript of an interview with Dana Whitcombe, the new chief \
executive of Larkfield Rail, conducted by the Harlow Ledger.

LEDGER: Why did you take the job?

WHITCOMBE: Because the railway is worth saving. My father drove trains there.

LEDGER: Will fares go up again?

WHITCOMBE: Not this year.
"""

HEARING = """\
At the hearing, the exchange grew heated. A portion of the transcript follows.

MR. LEE: Did you know the valves were faulty?

MS. OKAFOR: I did not. Nobody told me until the report came out.
"""


def test_transcript_lines_are_their_labels_statements():
    """ "WHITCOMBE: ...": a line of a transcript is what the person its label names said,
    an honorific before the label or a surname of the article ("Dana Whitcombe")."""
    found = {t: (k, name) for t, k, _, name in quote_rows(TRANSCRIPT)}
    assert found["Because the railway is worth saving. My father drove trains there."] == \
        ("indirect", "Dana Whitcombe"), found
    assert found["Not this year."] == ("indirect", "Dana Whitcombe"), found
    lines = {t: m for t, _, m, _ in quote_rows(HEARING)}
    assert lines["Did you know the valves were faulty?"] == "MR. LEE", lines
    assert lines["I did not. Nobody told me until the report came out."] == "MS. OKAFOR"


@pytest.mark.parametrize("text", [
    # labels that name nobody: a dateline, notes, an update
    "WASHINGTON: The Senate met on Monday.\n\nUPDATE: The vote was delayed.\n\n"
    "NOTE: Times are local.\n",
    # a single labelled line is no transcript
    "Ana Pell spoke on Monday.\n\nPELL: We are ready.\n",
])
def test_labels_that_name_nobody_are_no_transcript(text):
    found = quote_rows(text)
    assert not [q for q in found if q[2] is not None and q[2].isupper()], found


@pytest.mark.parametrize("text, asked", [
    ("A reporter asked Mayor Lena Torvik whether the schools would close.", "Mayor Lena Torvik"),
    ("Reporters asked the commissioner if the clinics would stay open.", "the commissioner"),
    ("When I asked my father what he remembered about the blackout, he laughed.",
     "my father"),
    ("I asked him whether the clinics would stay open.", "him"),
])
def test_the_one_asked_is_not_the_question(text, asked):
    """ "asked X whether A": X is asked, and the question is "whether A"."""
    found = [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert len(found) == 1 and found[0].text.startswith(("whether", "if", "what")), found
    assert found[0].addressee_mention is not None and found[0].addressee_mention.text == asked


def test_the_one_asked_answers():
    """ "A reporter asked Solberg whether A. “No,” she said": the one asked answers, not the
    speaker before the question."""
    text = ("Commissioner Ingrid Solberg and Mayor Victor Kamara held a briefing on Wednesday.\n\n"
            "Kamara said the city would open two clinics. \"There is no excuse left,\" he said.\n\n"
            "A reporter asked Solberg whether schools would close. \"Not at this point,\" she "
            "said.\n")
    found = {t: name for t, _, _, name in quote_rows(text)}
    assert found['"Not at this point,"'] == "Ingrid Solberg", found


def test_a_description_stands_for_the_person_named_before():
    """ "the 45-year-old said", "the mother of three said": the person the story named."""
    text = ("Kevin Moraes, a builder from Harlow, fell while hiking on Friday.\n\n"
            "\"I thought about my kids the whole time,\" the 45-year-old said.\n\n"
            "His wife, Teresa Moraes, called the police. \"I knew something was wrong,\" the "
            "mother of three said.\n")
    found = {t: name for t, _, _, name in quote_rows(text)}
    assert found['"I thought about my kids the whole time,"'] == "Kevin Moraes", found
    assert found['"I knew something was wrong,"'] == "Teresa Moraes", found


FOREIGN = """\
In Seoul, the South Korean trade minister, Park Ji-hoon, said the bloc would go ahead.

Spain's ambassador, María Fernanda García de la Vega, said her government agreed.

The Dutch envoy, Pieter van der Berg, was more blunt. "If they want to stay outside, \
that is their choice," van der Berg said.
"""


def test_foreign_names():
    """A Korean name, surname first ("Park Ji-hoon"); a given name with its accents
    ("María") before a double surname with particles ("García de la Vega"); a surname whose
    particles open the clause ('“...,” van der Berg said'), the same person as the full name."""
    found = {t: (m, name) for t, _, m, name in quote_rows(FOREIGN)}
    assert found["the bloc would go ahead"][1] == "Park Ji-hoon", found
    assert found["her government agreed"][1] == "María Fernanda García de la Vega", found
    assert found['"If they want to stay outside, that is their choice,"'] == \
        ("van der Berg", "Pieter van der Berg"), found


def test_particle_surname_is_the_full_name():
    text = ("Mayor Bill de Blasio spoke on Monday. \"We will help,\" de Blasio said.")
    found = {t: name for t, _, _, name in quote_rows(text)}
    assert found['"We will help,"'] == "Bill de Blasio", found


@pytest.mark.parametrize("text, mention", [
    ("The club's owner, Greta Lindqvist, issued a short statement: \"The coach has my full "
     "support.\"", "Greta Lindqvist"),
    ("The league released a statement on Monday: \"We are reviewing the video.\"", "The league"),
])
def test_a_statement_put_out_before_a_colon(text, mention):
    """ "X issued a statement: “...”": whoever put the statement out speaks, any noun."""
    (found,) = quote_rows(text)
    assert found[1:3] == ("direct", mention), found


@pytest.mark.parametrize("text", [
    "The commission's chairman, Leonard Oduya, responded hours later.",
    "The chairman, Leonard Oduya, responded two days later.",
])
def test_a_time_after_an_inverting_verb_is_no_speaker(text):
    """ "X, Y, responded hours later": no "CLAUSE, said X" with "hours" for X."""
    assert quote_rows(text) == []


@pytest.mark.parametrize("text", [
    'Lifeguard Theo Brandt said the pool had been packed since 10 a.m. "We have already had '
    'to turn people away," he said.',
    '"It was a long night," Ana Pell said at a rally in Dunmore, Ky. "We won anyway."',
])
def test_a_quote_after_an_abbreviation_opens_a_sentence(text):
    """ "... at 10 a.m. “We ...": the abbreviation ends the sentence before a quote that
    opens with a capital, so the quote is a sentence of its own, not a fragment."""
    found = quote_rows(text)
    assert found[-1][1] == "direct", found


def test_a_quote_that_lost_its_closing_mark():
    """ '"A, Doe said at a briefing. "B."': scraping dropped the first closing mark; the
    second mark opens B, the speaker's own sentence, not the close of a quote over the
    frame."""
    text = ('Police Chief Ronald Baptiste spoke on Friday.\n\n"We are short-staffed and '
            'everyone knows it, Baptiste said at a briefing. "The new recruits will start in '
            'September."\n')
    found = {t: (k, name) for t, k, _, name in quote_rows(text)}
    assert found['"The new recruits will start in September."'] == \
        ("direct", "Ronald Baptiste"), found
