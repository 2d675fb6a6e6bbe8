"""Speaker names and types users see: outlets, platforms and pollsters a tagger takes for
a person, a place or a nationality ("Politico reported", "as The Hill reported", "the
Guardian") are organisations; a lone "Twitter" never joins a person a headline's "Will
Twitter ..." made; and the names that are well-known surnames too ("Bloomberg", "Forbes")
stay the person when the story named one.

Every text here was written for the test.  The parse-path cases run on a hand-made
dependency parse whose NER tags are the wrong ones a tagger gives.
"""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from handparse import conllu, spec_rows

import quotetrack


def _speakers(text: str, sentences: list[str]) -> dict[str, tuple[str, str] | None]:
    """Each reported statement's text to its speaker's (name, type) on a hand parse."""
    qs = parsed_quotes(text, [spec_rows(s) for s in sentences], kinds=("indirect",))
    return {q.text: (q.speaker.name, q.speaker.type) if q.speaker else None for q in qs}


_REPORTED = ("reported/VERB/0/root that/SCONJ/6/mark the/DET/5/det vote/NOUN/6/nsubj "
             "failed/VERB/{h}/ccomp ./PUNCT/{h}/punct")


@pytest.mark.parametrize("text, subject, tag", [
    ("Politico reported that the vote failed.", "Politico", "S-GPE"),
    ("Politico reported that the vote failed.", "Politico", "S-PERSON"),
    ("Gallup reported that the vote failed.", "Gallup", "S-NORP"),
    ("Facebook reported that the vote failed.", "Facebook", "S-PERSON"),
])
def test_outlet_tagged_as_person_place_or_nationality_is_an_organisation(
        text: str, subject: str, tag: str) -> None:
    spec = f"{subject}/PROPN/2/nsubj/{tag} " + \
        "reported/VERB/0/root that/SCONJ/6/mark the/DET/5/det vote/NOUN/6/nsubj " \
        "failed/VERB/2/ccomp ./PUNCT/2/punct"
    assert _speakers(text, [spec]) == {"the vote failed": (subject, "ORG")}


@pytest.mark.parametrize("article, tag", [("The", "S-PERSON"), ("the", "S-NORP")])
def test_paper_after_the_is_an_organisation(article: str, tag: str) -> None:
    # "The Hill reported", "the Guardian reported": a paper's name after "the"
    name = "Hill" if article == "The" else "Guardian"
    text = f"{article} {name} reported that the vote failed."
    spec = f"{article}/DET/2/det {name}/PROPN/3/nsubj/{tag} " \
        "reported/VERB/0/root that/SCONJ/7/mark the/DET/6/det vote/NOUN/7/nsubj " \
        "failed/VERB/3/ccomp ./PUNCT/3/punct"
    assert _speakers(text, [spec]) == {"the vote failed": (name, "ORG")}


def test_platform_never_joins_a_person_a_headline_made() -> None:
    # the headline's "Will Twitter" tagged as a person; the platform speaks later
    text = "Will Twitter Survive?\n\nTwitter said that the plan failed."
    heads = ["Will/PROPN/3/nsubj/B-PERSON Twitter/PROPN/1/flat/E-PERSON "
             "Survive/VERB/0/root ?/PUNCT/3/punct",
             "Twitter/PROPN/2/nsubj/S-ORG said/VERB/0/root that/SCONJ/6/mark "
             "the/DET/5/det plan/NOUN/6/nsubj failed/VERB/2/ccomp ./PUNCT/2/punct"]
    assert _speakers(text, heads) == {"the plan failed": ("Twitter", "ORG")}


@pytest.mark.parametrize("full, lone, tag", [
    ("Michael Bloomberg", "Bloomberg", "S-ORG"),
    ("Steve Forbes", "Forbes", "S-PERSON"),
    ("Steve Forbes", "Forbes", "S-ORG"),
])
def test_surname_that_names_an_outlet_too_stays_the_person(full: str, lone: str,
                                                            tag: str) -> None:
    # near miss: the story named the person; the lone surname is him
    given, surname = full.split()
    text = f"{full} spoke on Monday. {lone} said that the plan failed."
    sents = [f"{given}/PROPN/3/nsubj/B-PERSON {surname}/PROPN/1/flat/E-PERSON "
             "spoke/VERB/0/root on/ADP/5/case Monday/PROPN/3/obl/S-DATE ./PUNCT/3/punct",
             f"{lone}/PROPN/2/nsubj/{tag} said/VERB/0/root that/SCONJ/6/mark "
             "the/DET/5/det plan/NOUN/6/nsubj failed/VERB/2/ccomp ./PUNCT/2/punct"]
    assert _speakers(text, sents) == {"the plan failed": (full, "PERSON")}


def test_untagged_outlet_name_is_an_organisation() -> None:
    # no tag at all on "Facebook": a listed platform, not a person's surname
    text = "Facebook said that the plan failed."
    spec = "Facebook/PROPN/2/nsubj said/VERB/0/root that/SCONJ/6/mark the/DET/5/det " \
        "plan/NOUN/6/nsubj failed/VERB/2/ccomp ./PUNCT/2/punct"
    assert _speakers(text, [spec]) == {"the plan failed": ("Facebook", "ORG")}


def test_party_word_in_a_role_phrase_stays_a_modifier() -> None:
    # near miss: "GOP" is a party word, not an outlet; "the GOP front-runner" is a person
    # or no one, never the party
    text = "The GOP front-runner said that the plan failed."
    spec = "The/DET/3/det GOP/PROPN/3/compound/S-NORP front-runner/NOUN/4/nsubj " \
        "said/VERB/0/root that/SCONJ/8/mark the/DET/7/det plan/NOUN/8/nsubj " \
        "failed/VERB/4/ccomp ./PUNCT/4/punct"
    got = _speakers(text, [spec])
    assert got.get("the plan failed") is None or got["the plan failed"][0] != "GOP"


def test_default_path_platform_after_headline() -> None:
    text = "Will Twitter Survive the Year?\n\nTwitter said on Monday that it would cut jobs."
    qs = [q for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert [(q.speaker.name, q.speaker.type) for q in qs if q.speaker] == [("Twitter", "ORG")]


def _entities(text: str, sentences: list[str]) -> list[tuple[str, str]]:
    """(name, type) of each entity of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in sentences]))
    return sorted((e.name, e.type) for e in quotetrack.attribute_document(doc).entities)


@pytest.mark.parametrize("text, spec, expected", [
    # a headline's verb tagged into an organisation's name, its first name tagged a noun
    ("Tom Hale Explains The Vote",
     "Tom/NOUN/3/nsubj/B-ORG Hale/PROPN/1/flat/I-ORG Explains/VERB/0/root/E-ORG "
     "The/DET/5/det Vote/NOUN/3/obj", [("Tom Hale", "PERSON")]),
    # a long run: any verb after the proper nouns ends the name
    ("Ann Lee Questioned Why Actors Play Roles",
     "Ann/PROPN/3/nsubj/B-ORG Lee/PROPN/1/flat/I-ORG Questioned/VERB/0/root/I-ORG "
     "Why/ADV/6/advmod/I-ORG Actors/NOUN/6/nsubj/I-ORG Play/VERB/3/ccomp/I-ORG "
     "Roles/NOUN/6/obj/E-ORG", [("Ann Lee", "PERSON")]),
    # near miss: an organisation's name of a noun and a proper noun stays whole
    ("Citizens United Sues The State",
     "Citizens/NOUN/2/compound/B-ORG United/PROPN/3/nsubj/E-ORG Sues/VERB/0/root "
     "The/DET/5/det State/PROPN/3/obj", [("Citizens United", "ORG")]),
])
def test_headline_words_are_no_part_of_a_name(text: str, spec: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert _entities(text, [spec]) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Ohio businessman" after a woman was named last: the man named before her
    ("Donald Roe opened a hotel in Ohio. Ann Vale, a senator, criticized the plan. The Ohio "
     "businessman said that the hotel would stay open.", "Donald Roe"),
    ("Donald Roe opened a hotel in May. Ann Vale criticized him on Monday. \"It is a "
     "disgrace,\" she said. The Ohio businessman said that the hotel would stay open.",
     "Donald Roe"),
    # near miss: a noun of no gender keeps the person the story just named
    ("Donald Roe opened a hotel in Ohio. Ann Vale criticized the plan on Monday. The Ohio "
     "senator said that the hotel should close.", "Ann Vale"),
])
def test_place_role_noun_takes_a_person_of_its_gender(text: str, expected: str) -> None:
    found = {q.text: q.speaker.name if q.speaker else None
             for q in quotetrack.extract(text).quotes}
    assert found[next(t for t in found if t.startswith("the hotel"))] == expected


@pytest.mark.parametrize("words, tags, expected", [
    # an organisation's name tagged as a nationality or a place: its last word says so
    (["Tax", "Policy", "Center"], ["B-NORP", "I-NORP", "E-NORP"], ("Tax Policy Center", "ORG")),
    (["Harwick", "Memorial", "Museum"], ["B-GPE", "I-GPE", "E-GPE"],
     ("Harwick Memorial Museum", "ORG")),
    # near miss: a union of states is a place
    (["Eastern", "Union"], ["B-GPE", "E-GPE"], ("Eastern Union", "GPE")),
    (["Harbor", "Hill"], ["B-GPE", "E-GPE"], ("Harbor Hill", "GPE")),
])
def test_organisation_suffix_beats_a_place_or_nationality_tag(
        words: list[str], tags: list[str], expected: tuple[str, str]) -> None:
    name = " ".join(words)
    text = f"The {name} said that the plan failed."
    n = len(words)
    spec = f"The/DET/{n + 1}/det " + " ".join(
        f"{w}/PROPN/{n + 1}/compound/{t}" for w, t in zip(words[:-1], tags[:-1],
                                                         strict=True)) + \
        f" {words[-1]}/PROPN/{n + 2}/nsubj/{tags[-1]} said/VERB/0/root " \
        f"that/SCONJ/{n + 6}/mark the/DET/{n + 5}/det plan/NOUN/{n + 6}/nsubj " \
        f"failed/VERB/{n + 2}/ccomp ./PUNCT/{n + 2}/punct"
    assert _speakers(text, [spec]) == {"the plan failed": expected}


def test_untagged_poll_name_is_no_person() -> None:
    # no tag on "Riverside Poll": its last word names an institution, no one's surname
    text = "Riverside Poll said that the plan failed."
    spec = "Riverside/PROPN/2/compound Poll/PROPN/3/nsubj said/VERB/0/root " \
        "that/SCONJ/7/mark the/DET/6/det plan/NOUN/7/nsubj failed/VERB/3/ccomp " \
        "./PUNCT/3/punct"
    assert _speakers(text, [spec]) == {"the plan failed": ("Riverside Poll", "ORG")}
