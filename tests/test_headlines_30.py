"""Headlines and title lines (round 30, h62-hdl): invented texts only.

(1) A title-case past form of stance after its subject is the headline's verb, no word of
the name ("Ann Poe Just Endorsed Tom Hale", "Local News Panel Dismissed ...").  (2) "X
Calls On Y To Z" in title case is "X called on Y to Z" on both paths ("Calls" is no name's
word; a title-case "To" before a capitalised word no tagger names opens the infinitive).
(3) Irregular past forms of speech and thought ("Knew", "Told") are no name's words; a
title-case description opened by an adverb and a participle ("Newly Released Memo") is a
description, not a person; "Board Of Elections" is an organisation.  (4) A "Watch:" label
on the text's first line is a video story's title, kept.  (5) "called NAME a Z" ends the
name before the article ("called Hale a liar").  Near misses: plural nouns ("Peace Talks
Resumed", "Growing Calls For Reform"), "WATCH |" link lines, "called Hale a dozen times".
"""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack

_BODY = "\n\nTom Hale, the mayor, spoke to Ann Roe on Monday."


def _headline(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(statement, speaker mention, speaker name, cue) of each reported statement on the
    first line of ``text``."""
    end = text.index("\n")
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect" and q.start < end]


def _person_names(text: str) -> set[str]:
    return {e.name for e in quotetrack.extract(text).entities if e.type == "PERSON"}


# ------------------------------------------------ (1) title-case past forms of stance


@pytest.mark.parametrize("text, expected", [
    ("Ann Poe Just Endorsed Tom Hale For Mayor" + _BODY,
     [("Tom Hale For Mayor", "Ann Poe", "Ann Poe", "Endorsed")]),
    ("Ann Poe Endorsed Tom Hale For Mayor" + _BODY,
     [("Tom Hale For Mayor", "Ann Poe", "Ann Poe", "Endorsed")]),
    ("This Local News Panel Just Dismissed Tom Hale’s Tax Plan" + _BODY,
     [("Tom Hale’s Tax Plan", "This Local News Panel", "Local News Panel", "Dismissed")]),
])
def test_title_case_past_form_of_stance_is_the_headlines_verb(text, expected):
    assert _headline(text) == expected


def test_past_form_of_stance_is_no_word_of_a_name():
    names = _person_names("Ann Poe Endorsed Tom Hale For Mayor" + _BODY)
    assert "Ann Poe" in names
    assert not any("Endorsed" in n for n in names)


@pytest.mark.parametrize("text", [
    "Peace Talks Resumed In Geneva After Long Pause" + _BODY,
    "Mayor’s Plans Drew Fire From City Council Members" + _BODY,
])
def test_title_case_nouns_before_a_past_form_report_nothing(text):
    assert _headline(text) == []


# ------------------------------------------------------- (2) "X Calls On Y To Z"


@pytest.mark.parametrize("text, expected", [
    ("Hale Calls On Roe To Resign." + _BODY,
     [("Roe To Resign", "Hale", "Tom Hale", "Calls On")]),
    ("Tom Hale Calls On Council To Drop The Tax." + _BODY,
     [("Council To Drop The Tax", "Tom Hale", "Tom Hale", "Calls On")]),
    ("Mayor Hale Calls For New Audit After Report." + _BODY,
     [("New Audit", "Mayor Hale", "Tom Hale", "Calls For")]),
    ("Hale calls on council to drop the tax." + _BODY,
     [("council to drop the tax", "Hale", "Tom Hale", "calls on")]),
])
def test_calls_on_in_a_headline(text, expected):
    assert _headline(text) == expected


@pytest.mark.parametrize("text", [
    "Growing Calls For Reform Split The Council." + _BODY,
    "Calls For Reform Grow Louder In City Hall." + _BODY,
])
def test_calls_as_a_plural_noun_reports_nothing(text):
    assert _headline(text) == []


def test_calls_is_no_word_of_a_name():
    assert not any("Calls" in n for n in _person_names("Hale Calls On Roe To Resign." + _BODY))


def _parsed(text: str, specs: list[str]) -> list[tuple[str, str | None, str | None]]:
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in specs]))
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None)
            for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]


_PARSED_BODY = "The/DET/2/det mayor/NOUN/3/nsubj spoke/VERB/0/root on/ADP/5/case " \
    "Monday/PROPN/3/obl ./PUNCT/3/punct"


def test_parsed_calls_on_read_as_a_noun_is_the_verb():
    """The parser reads a title-case "Calls" as a plural noun after the name."""
    text = "Hale Calls On Roe To Resign\n\nThe mayor spoke on Monday."
    head = ("Hale/PROPN/2/compound Calls/NOUN/6/dep On/ADP/4/case Roe/PROPN/6/obl "
            "To/PART/6/mark Resign/VERB/0/root")
    assert _parsed(text, [head, _PARSED_BODY]) == [("Roe To Resign", "Hale", "Calls On")]


def test_parsed_calls_after_an_adjective_stays_a_noun():
    text = "Growing Calls For Reform Split Council\n\nThe mayor spoke on Monday."
    head = ("Growing/ADJ/2/amod Calls/NOUN/5/nsubj For/ADP/4/case Reform/PROPN/2/nmod "
            "Split/VERB/0/root Council/PROPN/5/obj")
    assert _parsed(text, [head, _PARSED_BODY]) == []


# ----------------------------------- (3) past forms of speech, descriptions, bodies


def test_irregular_past_form_of_speech_is_no_name():
    text = "Newly Released Memo Reveals Mayor Knew Of Plan." + _BODY
    assert "Knew" not in _person_names(text)


def test_title_case_description_is_no_person():
    text = "Newly Released Memo Reveals Mayor Knew Of Plan.\n\nThe memo was dated May 2."
    result = quotetrack.extract(text)
    rows = [(q.text, q.speaker.name if q.speaker else None,
             q.speaker.type if q.speaker else None) for q in result.quotes]
    assert rows == [("Mayor Knew Of Plan", "Newly Released Memo", "GROUP")]


def test_given_names_in_ly_and_ed_stay_a_person():
    """"Kelly", "Ahmed": given names, whatever their endings."""
    text = "Kelly Ahmed Says Plan Is Bad.\n\nKelly Ahmed spoke on Monday."
    result = quotetrack.extract(text)
    assert [(q.speaker.name, q.speaker.type) for q in result.quotes if q.speaker] == \
        [("Kelly Ahmed", "PERSON")]


def test_board_of_a_thing_is_an_organisation():
    text = ("Board Of Elections said the count was done.\n\n"
            "The board met on Monday.")
    result = quotetrack.extract(text)
    assert [(q.speaker.name, q.speaker.type) for q in result.quotes if q.speaker] == \
        [("Board Of Elections", "ORG")]


# ------------------------------------------------- (4) a "Watch:" label over the title


@pytest.mark.parametrize("label", ["Watch", "WATCH", "Listen"])
def test_watch_label_on_the_first_line_is_the_title(label):
    text = f"{label}: Mayor Tom Hale Says The Bridge Will Open In May\n\nHale spoke on Monday."
    assert _headline(text) == [("The Bridge Will Open In May", "Mayor Tom Hale", "Tom Hale",
                                "Says")]


@pytest.mark.parametrize("text", [
    "WATCH | Premier says the dam will be finished on time\n\nThe premier spoke.",
    "The mayor spoke.\n\nWatch: Premier says the dam will be finished on time\n\nEnd.",
])
def test_watch_links_elsewhere_stay_out(text):
    assert [q.text for q in quotetrack.extract(text).quotes] == []


# ----------------------------------------------------- (5) "called NAME a Z"


@pytest.mark.parametrize("text, statement", [
    ("Ann Roe called Hale a liar.", "Hale a liar"),
    ("Ann Roe called Tom Hale a risk to public safety.", "Tom Hale a risk to public safety"),
])
def test_called_a_name_something(text, statement):
    rows = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert rows == [(statement, "Ann Roe")]


@pytest.mark.parametrize("text", [
    "Ann Roe called Tom Hale a dozen times.",
    "Ann Roe called Tom Hale a second time on Monday.",
    "Ann Roe called Tom Hale a day later.",
])
def test_called_a_name_by_phone_reports_nothing(text):
    assert [q.text for q in quotetrack.extract(text).quotes] == []
