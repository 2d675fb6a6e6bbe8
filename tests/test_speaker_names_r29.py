"""Speaker names (round 29, h61-hd2): invented texts only.

(1) A role or kin noun in a title-case headline that a name only owns or modifies ("Roe's
Son Says A", "Former Roe Pollster Says A") is the son or the pollster: the one person the
story later titles so, else the description itself, never Roe.  (2) An adverb a headline
puts between a name and its verb ("Tom Hale Finally Endorses Ann Roe") is no word of the
name.  (3) "Supporters of Hale", "Friends of Mr. Hale", "Attorneys for Roe" are groups,
not a person or an organisation.  (4) A speaker mention never runs over its cue (a parsed
title-case headline "[Tom Hale Says] He Will Run").  Near misses: "Roe's campaign said"
stays Roe's, "Friends of the Earth" stays an organisation, a surname that is no adverb
("Rex Early") stays a name.
"""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack


def _said(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(statement, speaker mention, speaker name, speaker type) of each quote."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None)
            for q in quotetrack.extract(text).quotes]


# ------------------------------------------------------- (1) a headline's role or kin noun


def test_headline_son_of_a_named_person_is_not_that_person():
    text = ("Hale's Son Says He Will Campaign Hard\n\nTom Hale said on Monday he would win. "
            "Tom Hale Jr., the candidate's eldest son, said the race would be close.")
    first = _said(text)[0]
    assert first[:2] == ("He Will Campaign Hard", "Hale's Son")
    assert first[2] != "Tom Hale"
    assert first[3] == "GROUP"


def test_headline_former_pollster_is_the_pollster_the_story_names():
    text = ("Former Hale Pollster Says Hale Is In Trouble\n\nFormer Tom Hale pollster Ann Poe "
            "spoke on the radio on Monday. Poe said the campaign was losing ground.")
    assert _said(text)[0] == ("Hale Is In Trouble", "Former Hale Pollster", "Ann Poe", "PERSON")


def test_headline_former_pollster_no_one_titled_is_the_description():
    text = ("Former Hale Pollster Says Hale Is In Trouble\n\nTom Hale leads the race by two "
            "points.")
    assert _said(text) == [("Hale Is In Trouble", "Former Hale Pollster",
                            "Former Hale Pollster", "GROUP")]


@pytest.mark.parametrize("text, mention, name", [
    # a campaign speaks for its candidate: no role noun
    ("Tom Lee spoke on Monday. Lee's campaign said the plan was unfair.",
     "Lee's campaign", "Tom Lee"),
    # body text: the relative and the adviser are no Lee (as before)
    ("Tom Lee spoke on Monday. Lee's daughter said the plan was unfair.",
     "Lee's daughter", "Lee's daughter"),
    ("Tom Lee spoke on Monday. A longtime Lee adviser said the plan was unfair.",
     "A longtime Lee adviser", "A longtime Lee adviser"),
])
def test_owned_nouns_in_body_text(text, mention, name):
    assert [q[:3] for q in _said(text)] == [("the plan was unfair", mention, name)]


def test_headline_name_itself_is_still_the_person():
    text = "Tom Hale Says He Will Run Again\n\nTom Hale spoke in Dover on Monday."
    assert _said(text)[0] == ("He Will Run Again", "Tom Hale", "Tom Hale", "PERSON")


# ------------------------------------------------------ (2) adverbs inside a headline name


@pytest.mark.parametrize("text, mention", [
    ("Tom Hale Finally Endorses Ann Roe For Senate\n\nTom Hale spoke in Dover on Friday.",
     "Tom Hale"),
    ("Tom Hale Quietly Backs Ann Roe For Senate\n\nTom Hale spoke in Dover on Friday.",
     "Tom Hale"),
])
def test_headline_adverb_is_no_word_of_the_name(text, mention):
    first = _said(text)[0]
    assert first[:3] == ("Ann Roe For Senate", mention, "Tom Hale")


def test_surname_that_looks_like_an_adverb_stays_a_name():
    text = "Rex Early said on Monday that the party would unite."
    assert _said(text) == [("the party would unite", "Rex Early", "Rex Early", "PERSON")]


# --------------------------------------------------------------- (3) "Supporters of X"


@pytest.mark.parametrize("text, name", [
    ("The vote is on Monday. Supporters of Hale say the plan will pass.", "Supporters of Hale"),
    ("The vote is on Monday. Friends of Mr. Hale say he is tired.", "Friends of Mr. Hale"),
    ("The vote is on Monday. Attorneys for Roe argued that the law was void.",
     "Attorneys for Roe"),
])
def test_people_of_a_named_person_are_a_group(text, name):
    found = _said(text)
    assert [(q[2], q[3]) for q in found] == [(name, "GROUP")]


def test_friends_of_a_body_stay_an_organisation():
    text = "The vote is on Monday. Friends of the Earth said the plan would harm rivers."
    assert [q[3] for q in _said(text)] == ["ORG"]


# ------------------------------------------------- (4) parsed: the mention ends at the cue


_BODY = ("The/DET/2/det union/NOUN/3/nsubj met/VERB/0/root on/ADP/5/case Monday/PROPN/3/obl "
         "./PUNCT/3/punct")


def _parsed(text: str, specs: list[str]) -> list[tuple[str, str | None]]:
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in specs]))
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes]


def test_parsed_headline_entity_over_the_verb_ends_at_the_cue():
    """The tagger made "Pastor Wants Town Leaders" one organisation: the mention ends
    before "Wants" and names no organisation of the headline's words."""
    text = "Pastor Wants Town Leaders To Resign\n\nThe union met on Monday."
    head = ("Pastor/NOUN/2/nsubj/B-ORG Wants/VERB/0/root/I-ORG Town/PROPN/4/compound/I-ORG "
            "Leaders/PROPN/2/obj/E-ORG To/PART/6/mark Resign/VERB/2/xcomp")
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(head), spec_rows(_BODY)]))
    quotes = quotetrack.attribute_document(doc).quotes
    assert [(q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == ["Pastor"]
    assert all("Wants" not in (q.speaker.name if q.speaker else "") for q in quotes)


def test_parsed_headline_name_and_verb_tagged_together():
    text = "Tom Hale Says He Will Run Again\n\nThe union met on Monday."
    head = ("Tom/PROPN/2/compound/B-PERSON Hale/PROPN/3/nsubj/I-PERSON Says/VERB/0/root/E-PERSON "
            "He/PRON/6/nsubj Will/AUX/6/aux Run/VERB/3/ccomp Again/ADV/6/advmod")
    assert _parsed(text, [head, _BODY]) == [("He Will Run Again", "Tom Hale")]


def test_parsed_mention_before_its_cue_is_left_alone():
    text = "Tom Hale said the plan would pass.\n\nThe union met on Monday."
    head = ("Tom/PROPN/2/compound/B-PERSON Hale/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "the/DET/5/det plan/NOUN/7/nsubj would/AUX/7/aux pass/VERB/3/ccomp ./PUNCT/3/punct")
    assert _parsed(text, [head, _BODY]) == [("the plan would pass", "Tom Hale")]
