"""Plural and group speakers, second round: "They each said A", "The two said A", surnames
coordinated at the cue, a later "they" over a group that spoke only through a "who", "the
statement said" credited to whoever issued the statement, a family that speaks as one, and
a parse's "who" hung from a thing past the people right before it."""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack as qt

_PAIR = "Ann Lee and Tom Reed run the harbour board. "


def _only(text: str) -> qt.Quote:
    quotes = qt.extract(text).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


def _names(q: qt.Quote) -> list[str]:
    return [e.name for e in q.speakers]


# ---------------------------------------------------------------- "each", "the two", "both"
@pytest.mark.parametrize("text, mention", [
    (_PAIR + "They each said the plan would fail.", "They"),
    (_PAIR + "The two each said the plan would fail.", "The two"),
    (_PAIR + "The two both said the plan would fail.", "The two"),
    (_PAIR + "Both said the plan would fail.", "Both"),
    (_PAIR + "The two each claimed that the plan would fail.", "The two"),
])
def test_a_pair_named_before_speaks_together(text: str, mention: str) -> None:
    """A floating "each" keeps "said" a verb (it was read as a noun, "each said" like "each
    statement", and no statement was found); "the two", "both" stand for the pair."""
    q = _only(text)
    assert q.kind == "indirect" and q.text == "the plan would fail"
    assert q.speaker_mention is not None and q.speaker_mention.text == mention
    assert _names(q) == ["Ann Lee", "Tom Reed"]


def test_direct_quote_of_the_two_each() -> None:
    q = _only(_PAIR + "“We will not sell,” the two each said.")
    assert q.kind == "direct"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the two"
    assert _names(q) == ["Ann Lee", "Tom Reed"]


def test_each_before_a_noun_stays_a_determiner() -> None:
    """Near misses: "each reported case" is no cue; "the two senators each said" rests on
    the senators; "the two" with no pair before stays unresolved."""
    assert not qt.extract("Officials counted each reported case in the county.").quotes
    q = _only("The two senators each said the plan would fail.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "The two senators"
    q = _only("Ann Lee spoke on Monday. The two said the plan would fail.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "The two"
    assert _names(q) == []


# ------------------------------------------------------- surnames coordinated at the cue
@pytest.mark.parametrize("text", [
    "“We will not vote for it,” Smith and Jones said.",
    "“We will not vote for it,” Smith and Jones both said.",
    "“We will not vote for it,” said Smith and Jones.",
])
def test_two_surnames_at_the_cue_are_two_people(text: str) -> None:
    """Every shape of '“A,” X and Y said' gives the same record: the first speaker, the
    second a co-speaker, each a person (before: one "Smith and Jones" or Smith alone)."""
    q = _only(text)
    assert [(e.name, e.type) for e in q.speakers] == [("Smith", "PERSON"), ("Jones", "PERSON")]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Smith and Jones"


def test_two_surnames_with_both_in_reported_speech() -> None:
    q = _only("Smith and Jones both said the plan would fail.")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Smith and Jones"
    assert _names(q) == ["Smith", "Jones"]


def test_surnames_away_from_the_cue_stay_alone() -> None:
    """A coordination of places or a time before the cue is no pair of speakers."""
    q = _only("“We will stay,” said Lee on Monday and Tuesday.")
    assert _names(q) == ["Lee"]


# ------------------------------------------------- "they" over a group that spoke by "who"
def test_they_takes_the_plural_subject_over_a_relative_group() -> None:
    text = ("A poll found most voters back the plan, compared with those who say it will "
            "fail. Democratic senators met on Tuesday. They said the plan would fail.")
    quotes = qt.extract(text).quotes
    last = quotes[-1]
    assert last.text == "the plan would fail" and last.speaker_mention.text == "They"
    assert _names(last) == ["Democratic senators"]
    assert any(_names(q) == ["those"] for q in quotes[:-1])


def test_they_keeps_a_relative_group_with_no_plural_subject_after_it() -> None:
    """Near miss: nothing plural spoke or was a subject after "those who say A"."""
    text = ("A new poll shows support for the plan, compared with those who say it will fail. "
            "They said it would raise taxes.")
    last = qt.extract(text).quotes[-1]
    assert last.speaker_mention.text == "They" and _names(last) == ["those"]


# ------------------------------------------------------------ the statement and the family
@pytest.mark.parametrize("lead, issuer", [
    ("A statement from the Marsh family thanked the nurses on Tuesday.", ["the Marsh family"]),
    ("The family said in a statement that she died at home.", ["The family"]),
    ("In a statement, the Marsh family said she died at home.", ["the Marsh family"]),
    ("Her husband, Tom Marsh, released a statement on Tuesday.", ["Tom Marsh"]),
    ("Tom Reed and Ann Lee issued a joint statement on Tuesday.", ["Tom Reed", "Ann Lee"]),
    ("A lawyer read a statement on behalf of the Marsh family.", ["the Marsh family"]),
    ("Mayor Tom Reed issued a statement of regret on Tuesday.", ["Tom Reed"]),
])
def test_the_statement_said_credits_who_issued_it(lead: str, issuer: list[str]) -> None:
    text = "Ann Marsh died on Monday. " + lead + " “She was our light,” the statement said."
    q = qt.extract(text).quotes[-1]
    assert q.kind == "direct" and q.text == "“She was our light,”"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the statement"
    assert _names(q) == issuer


@pytest.mark.parametrize("lead", [
    "The Gazette said Tom Marsh provided a written statement.",
    "Ann Marsh died on Monday.",
])
def test_the_statement_stays_itself_when_no_one_issued_it(lead: str) -> None:
    """Near misses: a statement someone only "provided" as another reports it, or none
    named before: the statement speaks."""
    q = qt.extract(lead + " “She was our light,” the statement said.").quotes[-1]
    assert _names(q) == ["the statement"]


@pytest.mark.parametrize("subject, name", [
    ("The family", "The family"),
    ("Her family", "Her family"),
    ("The Marsh family", "The Marsh family"),
])
def test_a_family_speaks_as_a_group(subject: str, name: str) -> None:
    """"the family said" was no one, "the Marsh family said" the person Marsh: now the
    family, a group."""
    q = _only(f"Ann Marsh died on Monday. {subject} said that she died at home.")
    assert [(e.name, e.type) for e in q.speakers] == [(name, "GROUP")]


# ----------------------------------------------------- parse: "who" after a thing's people
_BACKLASH = "The state faced a backlash from party leaders who say the law is unfair."
_BACKLASH_ROWS = (
    "The/DET/2/det state/NOUN/3/nsubj faced/VERB/0/root a/DET/5/det backlash/NOUN/3/obj "
    "from/ADP/8/case party/NOUN/8/compound leaders/NOUN/5/nmod who/PRON/10/nsubj "
    "say/VERB/5/acl:relcl the/DET/12/det law/NOUN/14/nsubj is/AUX/14/cop unfair/ADJ/10/ccomp "
    "./PUNCT/3/punct")


def test_parse_who_hung_from_a_thing_takes_the_people_before_it() -> None:
    doc = qt.from_conllu(_BACKLASH, conllu(_BACKLASH, [spec_rows(_BACKLASH_ROWS)]))
    (q,) = qt.attribute_document(doc).quotes
    assert q.text == "the law is unfair"
    assert _names(q) == ["party leaders"]


def test_parse_who_hung_from_a_person_noun_keeps_it() -> None:
    """Near miss: "the aide to party leaders who": the parse's head names people."""
    text = "They hired an aide to party leaders who says the law is unfair."
    rows = (
        "They/PRON/2/nsubj hired/VERB/0/root an/DET/4/det aide/NOUN/2/obj to/ADP/7/case "
        "party/NOUN/7/compound leaders/NOUN/4/nmod who/PRON/9/nsubj says/VERB/4/acl:relcl "
        "the/DET/11/det law/NOUN/13/nsubj is/AUX/13/cop unfair/ADJ/9/ccomp ./PUNCT/2/punct")
    doc = qt.from_conllu(text, conllu(text, [spec_rows(rows)]))
    (q,) = qt.attribute_document(doc).quotes
    assert _names(q) == ["an aide"]


# ------------------------------------------------------ "X and Y, who said A": both of them
@pytest.mark.parametrize("text", [
    "Rubio spared his rivals, particularly Govs. Ann Lee and Tom Reed, who say that the "
    "senator lacks experience.",
    "The delegation includes Reps. Ann Lee and Tom Reed, who said the plan would fail.",
])
def test_who_after_two_names_stands_for_both(text: str) -> None:
    q = qt.extract(text).quotes[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "who"
    assert _names(q) == ["Ann Lee", "Tom Reed"]


def test_who_after_one_name_of_a_phrase_stays_that_person() -> None:
    """Near misses: one name; a name joined to a thing ("the city and Tom Reed")."""
    q = qt.extract("Rubio met Ann Lee, who said the plan would fail.").quotes[-1]
    assert _names(q) == ["Ann Lee"]
    q = qt.extract("Rubio praised talks between the city and Tom Reed, who said the plan "
                   "would fail.").quotes[-1]
    assert _names(q) == ["Tom Reed"]


def test_who_after_a_longer_list_is_the_last_one() -> None:
    """Near miss: "stars like A, B, C and D, who joked": the last one."""
    q = qt.extract("The gala drew stars like Ann Lee, Tom Reed, Jo Hale and Kim Moss, who "
                   "joked that the hall was too cold.").quotes[-1]
    assert q.speaker_mention is not None and q.speaker_mention.text == "who"
    assert _names(q) == ["Kim Moss"]
