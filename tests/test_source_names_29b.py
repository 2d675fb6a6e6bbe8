"""Names of sources that named the wrong entity (h61-own), read by the model-free default
path: the makers of a joint poll are one organisation ("a Kestrel Times/WXRB News poll"
was "WXRB News" or, on the parsed path, "News"), and a record's maker named before its
"of" names it ("a Gallup poll of Ohio voters" was Ohio, the last name inside).

Every text here was written for the test, with invented people, places and outlets.
"""

from __future__ import annotations

import quotetrack


def _speaker(text: str) -> tuple[str, str, str]:
    quotes = list(quotetrack.extract(text).quotes)
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    q = quotes[0]
    assert q.speaker is not None and q.speaker_mention is not None, q
    return q.speaker.name, q.speaker.type, q.text


# ---------------------------------------------------------------- joint poll makers

def test_makers_joined_by_a_slash_are_one_organisation() -> None:
    name, typ, text = _speaker(
        "The race is close. A Kestrel Times/WXRB News poll found that the mayor trails "
        "by nine points.\n")
    assert (name, typ, text) == ("Kestrel Times/WXRB News", "ORG",
                                 "the mayor trails by nine points")


def test_makers_of_a_new_survey_keep_their_whole_names() -> None:
    name, typ, _ = _speaker(
        "A new Daily Ledger/Marlow College survey found that most voters back the levy.\n")
    assert (name, typ) == ("Daily Ledger/Marlow College", "ORG")


def test_makers_joined_by_a_hyphen_are_one_organisation() -> None:
    name, typ, _ = _speaker("An Orton Herald-KBVQ News survey found that the levy will pass.\n")
    assert (name, typ) == ("Orton Herald-KBVQ News", "ORG")


def test_one_maker_of_a_poll_is_left_alone() -> None:
    # no joint: the outlet as tagged, and the article before it is no part of the name
    name, typ, _ = _speaker("A new Lakeland Tribune poll found that the levy will pass.\n")
    assert (name, typ) == ("Lakeland Tribune", "ORG")


def test_names_joined_by_a_slash_outside_a_poll_are_left_alone() -> None:
    # not before a poll's noun: the outlet cited, as before
    name, typ, _ = _speaker(
        "The mayor will resign, the Kestrel Times reported on Monday.\n")
    assert (name, typ) == ("Kestrel Times", "ORG")


# ---------------------------------------------------------------- a record's maker

def test_poll_of_a_places_voters_is_its_makers() -> None:
    name, typ, _ = _speaker("A Gallup poll of Ohio voters found that the levy will pass.\n")
    assert (name, typ) == ("Gallup", "ORG")


def test_survey_on_a_day_of_a_partys_delegates_is_its_makers() -> None:
    name, typ, _ = _speaker(
        "An Acme News survey on Monday of Democratic delegates found that the levy will "
        "pass.\n")
    assert (name, typ) == ("Acme News", "ORG")


def test_poll_of_a_places_voters_with_no_maker_stays_the_poll() -> None:
    # h61-med's rule: no maker before "of", so the poll speaks, not the place
    name, typ, _ = _speaker("A recent poll of Indiana voters found that the levy will pass.\n")
    assert (name, typ) == ("A recent poll of Indiana voters", "GROUP")


# ---------------------------------------------------------------- parsed path

def test_parsed_joint_poll_tagged_in_parts_is_one_organisation() -> None:
    # Stanza's way: "Times/WXRB" one untagged token, "Kestrel" a place, "News" an
    # organisation alone (the source was named "News")
    from handparse import conllu

    text = "A Kestrel Times/WXRB News poll found that the mayor trails.\n"
    rows = [("A", "a", "DET", 5, "det"), ("Kestrel", "Kestrel", "PROPN", 5, "compound", "S-GPE"),
            ("Times/WXRB", "Times/WXRB", "PROPN", 5, "compound"),
            ("News", "News", "PROPN", 5, "compound", "S-ORG"), ("poll", "poll", "NOUN", 6, "nsubj"),
            ("found", "find", "VERB", 0, "root"), ("that", "that", "SCONJ", 10, "mark"),
            ("the", "the", "DET", 9, "det"), ("mayor", "mayor", "NOUN", 10, "nsubj"),
            ("trails", "trail", "VERB", 6, "ccomp"), (".", ".", "PUNCT", 6, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    quotes = list(quotetrack.attribute_document(doc).quotes)
    assert [(q.text, q.speaker.name if q.speaker else None,
             q.speaker.type if q.speaker else None) for q in quotes] == \
        [("the mayor trails", "Kestrel Times/WXRB News", "ORG")]


def test_makers_joined_by_and_are_not_one_name() -> None:
    # "and" joins two polls' makers, not the parts of one name
    name, _, _ = _speaker(
        "The Kestrel Times/WXRB News and Marlow College polls found that the levy will "
        "pass.\n")
    assert name == "Marlow College"
