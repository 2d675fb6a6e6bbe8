"""Headlines and title lines (round 29, h61-hdl): invented texts only.

(1) On the default path a title-case headline's verb of stance in -s ("Endorses",
"Defends", "Denounces", "Backs") or of intention before "To" ("Refuses To", "Threatens
To", "Wants" + a noun phrase) is a verb, no word of the name before it.  (2) A given name
alone before the story's full name ("Marisol Says ..." above "Marisol Ortega, the mayor,
said") names that person.  (3) On the parsed path a sentence-case headline's verb that the
parser read as a noun ("Transit union [blasts] mayor", "Nurses [vow] to strike") is read
as the verb.  Near misses: plural nouns spelled as such verbs ("Plans", "Talks").
"""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack


def _indirect(text: str, first_line: bool = False
              ) -> list[tuple[str, str | None, str | None, str | None]]:
    """(statement, speaker mention, speaker name, cue) of each reported statement (on the
    first line of ``text`` only when told)."""
    end = text.index("\n") if first_line else len(text)
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect" and q.start < end]


def _headline(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """The reported statements on the first line of ``text``."""
    return _indirect(text, first_line=True)


# ---------------------------------------------------------------- (1) default path: stance


@pytest.mark.parametrize("text, expected", [
    ("Mayor Jane Roe Endorses Tom Hale For Council.\n\nJane Roe spoke at a rally on Tuesday.",
     [("Tom Hale For Council", "Mayor Jane Roe", "Jane Roe", "Endorses")]),
    ("Local Teachers Union Denounces School Budget Cuts.\n\nThe union met on Monday night.",
     [("School Budget Cuts", "Local Teachers Union", "Local Teachers Union", "Denounces")]),
    ("Ana Ortiz Backs Hale And Condemns Roe Over Ads.\n\nOrtiz spoke on Friday.",
     [("Hale", "Ana Ortiz", "Ana Ortiz", "Backs"),
      ("Roe Over Ads", "Ana Ortiz", "Ana Ortiz", "Condemns")]),
])
def test_title_case_stance_verb_in_s_is_the_headlines_verb(text, expected):
    assert _headline(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Governor Tom Hale Refuses To Sign Budget Bill.\n\nThe governor spoke on Friday.",
     [("To Sign Budget Bill", "Governor Tom Hale", "Tom Hale", "Refuses")]),
    ("Farm Group Wants A New Water Deal With The State.\n\nThe group met in Fresno.",
     [("A New Water Deal With The State", "Farm Group", "Farm Group", "Wants")]),
])
def test_title_case_intention_verb_is_the_headlines_verb(text, expected):
    assert _headline(text) == expected


@pytest.mark.parametrize("text", [
    "Mayor’s Plans Draw Fire From City Council Members.\n\nThe council met on Monday.",
    "Peace Talks Resume In Geneva After Long Pause.\n\nDelegates arrived on Monday.",
    "Paris Attacks Leave Voters Uneasy About Security.\n\nVoters spoke on Monday.",
])
def test_plural_nouns_spelled_as_verbs_report_nothing(text):
    """"Plans", "Talks", "Attacks": nouns of the headline, no one's statement."""
    assert _headline(text) == []


def test_stance_verb_is_no_part_of_the_name():
    result = quotetrack.extract("Senator Ana Ortiz Defends Tom Hale Amid Probe.\n\n"
                                "Ortiz spoke on Friday.")
    names = {e.name for e in result.entities if e.type == "PERSON"}
    assert "Ana Ortiz" in names
    assert not any("Defends" in n for n in names)


# ------------------------------------------------- (2) a given name before the full name


def test_headline_given_name_takes_the_storys_full_name():
    text = ("Marisol Says She Will Run Again For Mayor.\n\n"
            "Marisol Ortega, the city's mayor, said on Monday that she would seek a third "
            "term.")
    rows = _indirect(text)
    assert rows[0] == ("She Will Run Again For Mayor", "Marisol", "Marisol Ortega", "Says")


def test_given_name_shared_by_two_people_stays_as_written():
    """Two people of the story bear the given name: no guess between them."""
    text = ("Marisol Says She Will Run Again For Mayor.\n\n"
            "Marisol Ortega and Marisol Vance both spoke on Monday. Vance said she was tired.")
    rows = _indirect(text)
    assert rows[0][1:3] == ("Marisol", "Marisol")


# ------------------------------------- (3) parsed path: a headline verb read as a noun

_BODY = "The/DET/2/det union/NOUN/3/nsubj met/VERB/0/root on/ADP/5/case Monday/PROPN/3/obl " \
    "./PUNCT/3/punct"


def _parsed(text: str, specs: list[str]) -> list[tuple[str, str | None, str | None]]:
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in specs]))
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.cue.text if q.cue else None)
            for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]


def test_parsed_headline_verb_in_s_read_as_noun():
    text = "Transit union blasts mayor over fare plan\n\nThe union met on Monday."
    head = ("Transit/NOUN/2/compound union/NOUN/3/compound blasts/NOUN/0/root mayor/NOUN/3/dep "
            "over/ADP/7/case fare/NOUN/7/compound plan/NOUN/4/nmod")
    assert _parsed(text, [head, _BODY]) == [("mayor over fare plan", "Transit union", "blasts")]


def test_parsed_headline_base_form_after_plural_subject():
    text = "Nurses vow to strike over staffing\n\nThe union met on Monday."
    head = ("Nurses/PROPN/2/nsubj vow/NOUN/0/root to/PART/4/case strike/NOUN/2/nmod "
            "over/ADP/6/case staffing/NOUN/4/nmod")
    assert _parsed(text, [head, _BODY]) == [("to strike over staffing", "Nurses", "vow")]


@pytest.mark.parametrize("text, head", [
    ("Rail strike talks collapse\n\nThe union met on Monday.",
     "Rail/NOUN/2/compound strike/NOUN/3/compound talks/NOUN/0/root collapse/NOUN/3/dep"),
    ("Peace talks resume in Geneva\n\nThe union met on Monday.",
     "Peace/NOUN/2/compound talks/NOUN/3/nsubj resume/VERB/0/root in/ADP/5/case "
     "Geneva/PROPN/3/obl"),
])
def test_parsed_headline_plural_nouns_stay_nouns(text, head):
    assert _parsed(text, [head, _BODY]) == []


def test_parsed_rule_reads_the_first_line_only():
    """The same words in the story's body: the parse's reading stands."""
    text = "The union met on Monday.\n\nTransit union blasts mayor over fare plan."
    head = ("Transit/NOUN/2/compound union/NOUN/3/compound blasts/NOUN/0/root mayor/NOUN/3/dep "
            "over/ADP/7/case fare/NOUN/7/compound plan/NOUN/4/nmod ./PUNCT/3/punct")
    assert _parsed(text, [_BODY, head]) == []


def test_stance_object_ends_before_amid():
    """"Defends Tom Hale Amid Probe": the occasion is no part of the object."""
    text = "Senator Ana Ortiz Defends Tom Hale Amid Probe.\n\nOrtiz spoke on Friday."
    assert _headline(text) == [("Tom Hale", "Senator Ana Ortiz", "Ana Ortiz", "Defends")]
    body = "Headline\n\nThe mayor defended the police chief amid a federal probe on Monday."
    assert [r[0] for r in _indirect(body)] == ["the police chief"]


def test_parsed_headline_with_a_quoted_term_is_left_to_the_parse():
    text = "Transit union blasts mayor over ‘fare hike’ plan\n\nThe union met on Monday."
    head = ("Transit/NOUN/2/compound union/NOUN/3/compound blasts/NOUN/0/root mayor/NOUN/3/dep "
            "over/ADP/9/case ‘/PUNCT/8/punct fare/NOUN/8/compound hike/NOUN/9/compound "
            "’/PUNCT/8/punct plan/NOUN/4/nmod")
    assert _parsed(text, [head, _BODY]) == []
