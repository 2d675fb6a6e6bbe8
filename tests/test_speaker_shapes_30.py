"""Speaker shapes other helpers of the thirtieth round measured and left (h62-abt).

Invented texts, each checked on the default path and on the parsed path over the
model-free annotator's Document, with near misses the rules must leave alone:

1. A quote opened by a paragraph's dash, the European convention some Irish, Nordic and
   translated papers keep ("– It is a disgrace, said Mary Healy."): direct, the frame's
   speaker's (was reported speech with the dash in its span).  Dashes that open no such
   quote stay as they were: a byline ("— Staff report"), list items, a subheading, a
   dateline's dash, a parenthetical one, a dash line that signs a name or holds a
   sentence ("— Maria Lopez, the mayor, said the plan was bad.").
2. A person's name after "about", "over", "of", "at" or "from" that a verb or an adjective
   takes, then a participle cue ("interviewed about Pope Francis calling Christmas a
   sham"): the named person speaks (was the sentence's subject).
3. An irregular participle of what befalls a person before the cue ("One farmer hit by the
   drought said A", "A woman struck by the car said A"): the person speaks (was nothing).
4. "A, a police report indicates": the model-free tagger reads "report" after "a police"
   as a noun, so the document's closing frame ends the statement and relays it (was inside
   the statement).
5. "asked the cheering crowd, “A?”": the one asked, with a participle before the noun, is
   no reported statement, and the quote is direct.
"""

from __future__ import annotations

import pytest
from findings import both_paths, upos

import quotetrack
from quotetrack.parse.rules import annotate

Row = tuple[str, str, str | None, str | None]


def _holding(rows: list[Row], piece: str) -> list[Row]:
    return [r for r in rows if piece in r[0]]


# -- 1. a quote opened by a dash ------------------------------------------------------


@pytest.mark.parametrize("text, piece, mention", [
    ("Residents of Carrowmore met outside the shut post office on Friday.\n\n"
     "– It is a disgrace, said Mary Healy, who has lived in the village for 50 years.\n",
     "It is a disgrace", "Mary Healy"),
    ("The court fined the firm €40,000.\n\n— We will appeal, the lawyer said.\n",
     "We will appeal", "the lawyer"),
    ("― The vote was rigged, Tom Reed told reporters.\n", "The vote was rigged", "Tom Reed"),
    ("– We waited for years. Nobody came, said Ann Roe.\n", "Nobody came", "Ann Roe"),
])
def test_a_paragraph_opened_by_a_dash_before_a_frame_is_a_direct_quote(text, piece, mention):
    for rows in both_paths(text):
        got = _holding(rows, piece)
        assert len(got) == 1, rows
        quote, kind, said_by, _ = got[0]
        assert (kind, said_by) == ("direct", mention), rows
        assert quote.rstrip(",").endswith(piece), quote


def test_a_dash_quote_s_speaker_is_the_named_person():
    text = ("Residents of Carrowmore met outside the shut post office on Friday.\n\n"
            "– It is a disgrace, said Mary Healy.\n")
    for rows in both_paths(text):
        assert [r[3] for r in rows] == ["Mary Healy"], rows


@pytest.mark.parametrize("text", [
    "The council met on Monday.\n\n— Staff report\n",
    "The plan has three parts:\n\n— Lower taxes.\n— Cut red tape.\n— Build homes.\n",
    "The minister spoke.\n\n– Old hands –\n\nThe party has run the town for years.\n",
    "— Lower taxes and fewer rules\n",
    # a name that signs its line, with a role set off after it
    "— Maria Lopez, the mayor, said.\n",
])
def test_dashes_that_open_no_framed_clause_quote_nothing(text):
    for rows in both_paths(text):
        assert rows == [], rows


@pytest.mark.parametrize("text, piece, kind", [
    # a dateline's dash and a parenthetical one: reported speech, as before
    ("LONDON — The mayor said the plan had failed.\n", "the plan had failed", "indirect"),
    ("The plan — a costly one — failed, he said.\n", "The plan", "indirect"),
    # a dash line that holds a sentence: the name's statement, no quote
    ("— Maria Lopez, the mayor, said the plan was bad.\n", "the plan was bad", "indirect"),
    # a quote in marks after the dash: the marks make the quote
    ("— “We will win,” she said.\n", "We will win", "direct"),
])
def test_other_dashes_keep_their_readings(text, piece, kind):
    for rows in both_paths(text):
        got = _holding(rows, piece)
        assert [r[1] for r in got] == [kind], rows
        assert not got[0][0].startswith(("—", "–")), got


# -- 2. a participle after "about NAME" -------------------------------------------------


@pytest.mark.parametrize("text, piece, mention", [
    ("Dr. Tom Hale will be interviewed about Pope Francis calling Christmas a sham.\n",
     "Christmas a sham", "Pope Francis"),
    ("Ann Roe was interviewed about Tom Reed saying the budget was a fraud.\n",
     "the budget was a fraud", "Tom Reed"),
])
def test_a_named_person_after_about_speaks_the_participle(text, piece, mention):
    for rows in both_paths(text):
        got = _holding(rows, piece)
        assert [(r[1], r[2]) for r in got] == [("indirect", mention)], rows


@pytest.mark.parametrize("text, piece, mention", [
    # a noun takes the preposition: the clip's maker, as the parse path reads "an account
    # of X telling"
    ("The show aired a clip of Jo Lee saying the war was lost.\n", "the war was lost",
     "The show"),
    # set off by a comma: the clause's subject
    ("Kim Lee was angry about Tom Reed's plan, calling it a sham.\n", "it a sham",
     "Kim Lee"),
    # not after a preposition: the sentence's subject, as before
    ("Donald Trump gave a speech at a college that included Trump vowing to protect "
     "jobs.\n", "to protect jobs", "Donald Trump"),
])
def test_near_misses_of_a_participle_after_a_name(text, piece, mention):
    for rows in both_paths(text):
        got = _holding(rows, piece)
        assert [r[2] for r in got] == [mention], rows


# -- 3. an irregular participle before the cue ------------------------------------------


@pytest.mark.parametrize("text, piece, mention", [
    ("One farmer hit by the drought said the crops had failed.\n", "the crops had failed",
     "One farmer"),
    ("A woman struck by the car said the driver had sped.\n", "the driver had sped",
     "A woman"),
    ("Families caught in the flood said the warnings came late.\n", "the warnings came late",
     "Families"),
    ("Workers paid by the hour said the rules were unfair.\n", "the rules were unfair",
     "Workers"),
])
def test_an_irregular_participle_of_what_befalls_the_speaker(text, piece, mention):
    for rows in both_paths(text):
        got = _holding(rows, piece)
        assert [(r[1], r[2]) for r in got] == [("indirect", mention)], rows


@pytest.mark.parametrize("text, piece, mention", [
    ("The storm hit on Tuesday, officials said.\n", "The storm hit on Tuesday", "officials"),
    ("Storms hit the coast after forecasters said it would turn.\n", "it would turn",
     "forecasters"),
])
def test_a_past_tense_of_the_same_form_is_still_a_verb(text, piece, mention):
    for rows in both_paths(text):
        got = _holding(rows, piece)
        assert [r[2] for r in got] == [mention], rows


# -- 4. "A, a police report indicates" -------------------------------------------------


def test_a_police_report_closing_the_sentence_ends_the_statement_and_relays_it():
    text = "The woman told police she had been robbed, a police report indicates.\n"
    for result in (quotetrack.extract(text), quotetrack.attribute_document(annotate(text))):
        (q,) = result.quotes
        assert q.text == "she had been robbed"
        assert q.speaker_mention is not None and q.speaker_mention.text == "The woman"
        assert q.reported_by_mention is not None
        assert q.reported_by_mention.text == "a police report"


@pytest.mark.parametrize("text, word, tag", [
    ("The woman told police she had been robbed, a police report indicates.\n", "report",
     "NOUN"),
    ("Jo Hale denied the claim, the police report said.\n", "report", "NOUN"),
    ("A staff memo says the plan failed.\n", "memo", "NOUN"),
    # "police" is the subject: the verb stays a verb
    ("The police report that two men were hurt.\n", "report", "VERB"),
    ("Police report two arrests.\n", "report", "VERB"),
    ("A majority support the plan.\n", "support", "VERB"),
])
def test_a_body_noun_after_a_modifies_the_noun_after_it(text, word, tag):
    assert upos(text, word) == tag


def test_the_police_report_said_is_the_report_s_frame():
    text = "Jo Hale denied the claim, the police report said.\n"
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows] == [("Jo Hale denied the claim",
                                                 "the police report")], rows


# -- 5. "asked the cheering crowd, “A?”" ------------------------------------------------


@pytest.mark.parametrize("text, piece", [
    ("“You will be fine,” Hale said. He then asked the cheering crowd, “Can she stay? Can "
     "she stay?”\n", "Can she stay"),
    ("Hale asked the packed hall, “Who wants a new bridge?”\n", "Who wants"),
    ("Hale asked the local party chairman: “Who wants a new bridge?”\n", "Who wants"),
])
def test_the_one_asked_before_a_quote_is_no_statement(text, piece):
    for rows in both_paths(text):
        assert [r for r in rows if r[1] == "indirect"] == [], rows
        got = _holding(rows, piece)
        assert [r[1] for r in got] == ["direct"], rows


@pytest.mark.parametrize("text, statement", [
    # a request before the quote: the request is reported, the quote stays mixed
    ("Hale asked the board to vote, “Now or never.”\n", "the board to vote"),
    # a question before a quote that goes on with it
    ("Hale asked whether the plan would work, “or is it a sham?”\n",
     "whether the plan would work"),
])
def test_more_than_the_one_asked_stays_a_statement(text, statement):
    for rows in both_paths(text):
        assert [r[0] for r in rows if r[1] == "indirect"] == [statement], rows



_DASH_LIST = "— Unemployment fell, the report said.\n\n— Wages rose by 3 percent, it said.\n"


def test_dash_items_of_an_article_with_quote_marks_are_no_quotes():
    """An article that keeps its quotes in marks: its dash paragraphs are a list's items
    (without the marks the same lines are the dash convention's quotes)."""
    marked = "The report came out on Friday. “It is grim,” said Ann Lowe.\n\n" + _DASH_LIST
    bare = "The report came out on Friday.\n\n" + _DASH_LIST
    for rows in both_paths(marked):
        assert [r[0] for r in rows if r[1] == "direct"] == ["“It is grim,”"], rows
        assert _holding(rows, "Unemployment fell")[0][1] == "indirect"
    for rows in both_paths(bare):
        assert _holding(rows, "Unemployment fell")[0][1] == "direct", rows
