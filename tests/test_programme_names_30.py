"""Names of programmes and papers that hold time words ("the Today show", "the Sunday
Times", "the Daily Mail", "Good Morning America") as addressees, in adjuncts and as
sources: the statement after them and the name itself stay whole, on the model-free
default path and on the parsed path; real time adverbs keep working.

Every text here was written for the test.
"""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.parse.rules import annotate

STATEMENT = "the bill would pass"


def statements(text: str):
    return [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]


def sole_statement(text: str):
    (q,) = statements(text)
    return q


# -- a capitalised time word before "show": the show, not the time adverb ---------------

@pytest.mark.parametrize("text", [
    "Senator Ann Lowe told the Today show that the bill would pass.",
    "Senator Ann Lowe said on the Today show that the bill would pass.",
    "Senator Ann Lowe told NBC's Today show on Monday that the bill would pass.",
    "Senator Ann Lowe told the Today show Monday that the bill would pass.",
    "Senator Ann Lowe told the Sunday show that the bill would pass.",
    "Senator Ann Lowe said in an interview with the Today show that the bill would pass.",
    "Senator Ann Lowe told the morning show that the bill would pass.",
    "Senator Ann Lowe told a talk show on Monday that the bill would pass.",
])
def test_a_show_named_by_a_time_word_is_no_part_of_the_statement(text):
    q = sole_statement(text)
    assert q.text == STATEMENT
    assert q.speaker is not None and q.speaker.name == "Ann Lowe"


def test_the_show_is_tagged_a_noun_not_a_verb():
    doc = annotate("Ann Lowe told the Today show that it would.")
    tags = {w.text: w.upos for s in doc.sentences for w in s.words}
    assert tags["show"] == "NOUN"


def test_a_plural_subject_still_takes_show_as_its_verb():
    q = sole_statement("The polls show that the bill would pass.")
    assert q.text == STATEMENT


@pytest.mark.parametrize("text, verb", [
    ("The Democrats show that it would.", "show"),   # a plural name
    ("The BBC say that it would.", "say"),           # an acronym, British agreement
    ("The Government say that it would.", "say"),    # a collective noun
])
def test_a_base_form_after_a_plural_or_collective_name_stays_a_verb(text, verb):
    doc = annotate(text)
    tags = {w.text: w.upos for s in doc.sentences for w in s.words}
    assert tags[verb] == "VERB"


# -- papers and programmes whose names hold a time word ---------------------------------

@pytest.mark.parametrize("text, addressee", [
    ("Senator Ann Lowe told the Sunday Times that the bill would pass.", "Sunday Times"),
    ("Senator Ann Lowe told the Sunday Times on Monday that the bill would pass.",
     "Sunday Times"),
    ("Senator Ann Lowe told the Daily Mail that the bill would pass.", "Daily Mail"),
    ("Senator Ann Lowe told the Daily Show that the bill would pass.", "Daily Show"),
    ("Senator Ann Lowe told the Tonight Show that the bill would pass.", "Tonight Show"),
    ("Senator Ann Lowe told Good Morning America that the bill would pass.",
     "Good Morning America"),
    ("Senator Ann Lowe told the Morning Herald that the bill would pass.", "Morning Herald"),
    ("Senator Ann Lowe told USA Today that the bill would pass.", "USA Today"),
])
def test_the_addressee_is_the_whole_name(text, addressee):
    q = sole_statement(text)
    assert q.text == STATEMENT
    assert q.speaker.name == "Ann Lowe"
    assert q.addressee is not None and q.addressee.name == addressee


def test_a_direct_quote_told_to_a_paper_names_it_whole():
    (q,) = quotetrack.extract('"The bill will pass," Senator Ann Lowe told the Daily Mail.').quotes
    assert q.kind == "direct" and q.speaker.name == "Ann Lowe"
    assert q.addressee is not None and q.addressee.name == "Daily Mail"


@pytest.mark.parametrize("text, source", [
    ("The Daily Mail reported that the bill would pass.", "Daily Mail"),
    ("Ann Lowe wrote in the Weekly Standard that the bill would pass.", "Ann Lowe"),
])
def test_a_paper_as_source_is_named_whole(text, source):
    q = sole_statement(text)
    assert q.text == STATEMENT
    assert q.speaker is not None and q.speaker.name == source


def test_a_paper_under_according_to_is_named_whole():
    q = sole_statement("Senator Ann Lowe told the Today show, according to the Daily Mail, "
                       "that the bill would pass.")
    assert q.speaker is not None and q.speaker.name == "Daily Mail"


@pytest.mark.parametrize("text, names", [
    ("Ann Lowe told the Sunday Telegraph that it would.", ["Ann Lowe", "Sunday Telegraph"]),
    ("Ann Lowe told the Daily Beast that it would.", ["Ann Lowe", "Daily Beast"]),
    ("Ann Lowe told NBC's Today Show that it would.", ["Ann Lowe", "NBC", "Today Show"]),
    # a weekday before a name after no article is the time adverb
    ("Ann Lowe said Sunday Jo Reed would go.", ["Ann Lowe", "Jo Reed"]),
    ("On Sunday Ann Lowe said it.", ["Ann Lowe"]),
])
def test_model_free_names(text, names):
    assert [e.text for e in annotate(text).ents] == names


# -- quoted programme titles before their noun ------------------------------------------

@pytest.mark.parametrize("text, addressee", [
    ("Senator Ann Lowe told NBC's “Harlow” program that the bill would pass.", "NBC"),
    ('Senator Ann Lowe told NBC\'s "Today" show that the bill would pass.', "NBC"),
    ("Senator Ann Lowe told the “Harlow” program that the bill would pass.", None),
    ('Senator Ann Lowe told the "Today" show that the bill would pass.', None),
    ('Senator Ann Lowe told the "Tonight Show" that the bill would pass.', None),
    ("Senator Ann Lowe said on NBC's “Harlow” program that the bill would pass.", None),
])
def test_a_quoted_programme_title_is_no_quote_and_keeps_the_statement(text, addressee):
    qs = quotetrack.extract(text).quotes
    assert [(q.kind, q.text) for q in qs] == [("indirect", STATEMENT)]
    assert qs[0].speaker.name == "Ann Lowe"
    assert (qs[0].addressee.name if qs[0].addressee else None) == addressee


def test_a_relative_clause_on_the_programme_is_no_statement():
    assert statements("Senator Ann Lowe said on NBC's “Harlow” program that airs on Sundays.") \
        == []


# -- real time adverbs are left alone -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senator Ann Lowe told reporters today that the bill would pass.",
    "Senator Ann Lowe said Sunday that the bill would pass.",
    "Senator Ann Lowe told the paper on Monday that the bill would pass.",
    "Senator Ann Lowe said today that the bill would pass.",
])
def test_time_adverbs_stay_adverbs(text):
    q = sole_statement(text)
    assert q.text == STATEMENT and q.speaker.name == "Ann Lowe"


# -- the parsed path -----------------------------------------------------------------------

_LEMMAS = {"told": "tell", "said": "say", "reported": "report"}


def _parsed(text: str, spec: str):
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec, _LEMMAS)]))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]


def test_parsed_path_today_show_as_object():
    text = "Senator Ann Lowe told the Today show that the bill would pass."
    (q,) = _parsed(text, "Senator/PROPN/3/compound Ann/PROPN/3/compound/B-PERSON "
                         "Lowe/PROPN/4/nsubj/E-PERSON told/VERB/0/root the/DET/7/det "
                         "Today/NOUN/7/compound show/NOUN/4/obj that/SCONJ/12/mark "
                         "the/DET/10/det bill/NOUN/12/nsubj would/AUX/12/aux "
                         "pass/VERB/4/ccomp ./PUNCT/4/punct")
    assert q.text == STATEMENT and q.speaker.name == "Ann Lowe"


def test_parsed_path_today_show_in_an_adjunct_with_a_date():
    text = "Senator Ann Lowe said on the Today show on Monday that the bill would pass."
    (q,) = _parsed(text, "Senator/PROPN/3/compound Ann/PROPN/3/compound/B-PERSON "
                         "Lowe/PROPN/4/nsubj/E-PERSON said/VERB/0/root on/ADP/8/case "
                         "the/DET/8/det Today/NOUN/8/compound/S-DATE show/NOUN/4/obl "
                         "on/ADP/10/case Monday/PROPN/4/obl/S-DATE that/SCONJ/15/mark "
                         "the/DET/13/det bill/NOUN/15/nsubj would/AUX/15/aux "
                         "pass/VERB/4/ccomp ./PUNCT/4/punct")
    assert q.text == STATEMENT and q.speaker.name == "Ann Lowe"


def test_parsed_path_sunday_times_as_addressee_and_source():
    text = "Senator Ann Lowe told the Sunday Times that the bill would pass."
    (q,) = _parsed(text, "Senator/PROPN/3/compound Ann/PROPN/3/compound/B-PERSON "
                         "Lowe/PROPN/4/nsubj/E-PERSON told/VERB/0/root the/DET/7/det/B-ORG "
                         "Sunday/PROPN/7/compound/I-ORG Times/PROPN/4/obj/E-ORG "
                         "that/SCONJ/12/mark the/DET/10/det bill/NOUN/12/nsubj "
                         "would/AUX/12/aux pass/VERB/4/ccomp ./PUNCT/4/punct")
    assert q.text == STATEMENT and q.speaker.name == "Ann Lowe"
    assert q.addressee is not None and q.addressee.name.endswith("Sunday Times")
    text = "The Sunday Times reported that the bill would pass."
    (q,) = _parsed(text, "The/DET/3/det/B-ORG Sunday/PROPN/3/compound/I-ORG "
                         "Times/PROPN/4/nsubj/E-ORG reported/VERB/0/root that/SCONJ/9/mark "
                         "the/DET/7/det bill/NOUN/9/nsubj would/AUX/9/aux pass/VERB/4/ccomp "
                         "./PUNCT/4/punct")
    assert q.text == STATEMENT and q.speaker.name.endswith("Sunday Times")
