"""Sources' names and mention spans (h62-src): the model-free path's mention of a joint
poll spans all its makers ("a Kestrel Times/WXRB News poll" was "WXRB News poll"), a maker
run ending at a capitalised "Poll" joins; on the parsed path a nationality or faith word
tagged alone before the rest of a body's name ("The Islamic State", "the Kordavian Unity
Party") names the body, and an untagged outlet after a place's possessive ("Portland's
Morning Courant") is the outlet, not the place.

Every text here was written for the test, with invented people, places and outlets.
"""

from __future__ import annotations

from handparse import conllu, spec_rows

import quotetrack


def _one(text: str) -> quotetrack.Quote:
    quotes = list(quotetrack.extract(text).quotes)
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    q = quotes[0]
    assert q.speaker is not None and q.speaker_mention is not None, q
    return q


def _parsed(text: str, spec: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec)]))
    return [(q.text, q.speaker.name if q.speaker else None,
             q.speaker.type if q.speaker else None,
             q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes]


# ---------------------------------------------------------------- joint poll mentions

def test_joint_poll_mention_spans_both_makers() -> None:
    q = _one("A Kestrel Times/WXRB News poll found that the mayor trails by nine points.\n")
    assert q.text == "the mayor trails by nine points"
    assert q.speaker is not None and q.speaker_mention is not None
    assert (q.speaker.name, q.speaker.type) == ("Kestrel Times/WXRB News", "ORG")
    assert q.speaker_mention.text == "A Kestrel Times/WXRB News poll"


def test_joint_poll_mention_keeps_its_article_and_adjectives() -> None:
    q = _one("The latest Kestrel Times/WXRB News poll found that the levy will pass.\n")
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "The latest Kestrel Times/WXRB News poll"


def test_joint_poll_after_according_to_runs_to_the_poll() -> None:
    # the mention stopped at the "/" ("a Kestrel University"), and the maker run that
    # ends at a capitalised "Poll" was named "Globe"
    q = _one("Roe leads the field with 22 percent, according to a Kestrel University/Lakeview "
             "Globe Poll released Sunday.\n")
    assert q.speaker is not None and q.speaker_mention is not None
    assert q.speaker.name == "Kestrel University/Lakeview Globe"
    assert q.speaker_mention.text == "a Kestrel University/Lakeview Globe Poll"


def test_joint_credit_outside_a_poll_keeps_its_last_name() -> None:
    # near miss: no poll's noun, so the mention and the name stay as they were
    q = _one("Afterwards, grainy video credited to Lakeside/Kordia showed the scattered "
             "groups of fighters.\n")
    assert q.speaker is not None and q.speaker_mention is not None
    assert q.speaker_mention.text == "Kordia"


def test_names_joined_by_a_slash_are_no_poll() -> None:
    # near miss: two people credited together, no poll: the mention is as before
    q = _one("Tom Hale/Ann Roe said the plan failed.\n")
    assert q.speaker is not None and q.speaker_mention is not None
    assert q.speaker.name == "Ann Roe"
    assert q.speaker_mention.text == "Ann Roe"


# ---------------------------------------------------------------- parsed: bodies

_SAID = ("said/VERB/{r}/root the/DET/{d}/det attack/NOUN/{s}/nsubj was/AUX/{s2}/cop "
         "its/PRON/{s2}/nmod:poss work/NOUN/{r}/ccomp ./PUNCT/{r}/punct")


def test_parsed_faith_word_tagged_alone_names_the_state() -> None:
    # Stanza's way: "Islamic" a nationality (S-NORP), "State" an untagged noun
    text = "The Islamic State said the attack was its work.\n"
    spec = ("The/DET/3/det Islamic/ADJ/3/amod/S-NORP State/NOUN/4/nsubj "
            + _SAID.format(r=4, d=6, s=9, s2=9))
    assert _parsed(text, spec) == [("the attack was its work", "Islamic State", "ORG",
                                    "The Islamic State")]


def test_parsed_party_after_a_nationality_word_names_the_party() -> None:
    text = "The Kordavian Unity Party said the vote was rigged.\n"
    spec = ("The/DET/4/det Kordavian/ADJ/4/amod/S-NORP Unity/PROPN/4/compound "
            "Party/PROPN/5/nsubj said/VERB/0/root the/DET/7/det vote/NOUN/9/nsubj:pass "
            "was/AUX/9/aux:pass rigged/VERB/5/ccomp ./PUNCT/5/punct")
    assert _parsed(text, spec)[0][1:3] == ("Kordavian Unity Party", "ORG")


def test_parsed_nationality_before_a_title_is_left_alone() -> None:
    # near miss: "Prime Minister" is a title, no body's name
    text = "The Kordavian Prime Minister said the vote was rigged.\n"
    spec = ("The/DET/4/det Kordavian/ADJ/4/amod/S-NORP Prime/PROPN/4/compound "
            "Minister/PROPN/5/nsubj said/VERB/0/root the/DET/7/det vote/NOUN/9/nsubj:pass "
            "was/AUX/9/aux:pass rigged/VERB/5/ccomp ./PUNCT/5/punct")
    assert _parsed(text, spec)[0][1] != "Kordavian Prime Minister"


def test_parsed_body_name_before_a_noun_is_left_alone() -> None:
    # near miss: "Kordavian State fighters" - the words modify a noun, no name ends there
    text = "Kordavian State fighters said the attack was their work.\n"
    spec = ("Kordavian/ADJ/3/amod/S-NORP State/NOUN/3/compound fighters/NOUN/4/nsubj "
            "said/VERB/0/root the/DET/6/det attack/NOUN/9/nsubj was/AUX/9/cop "
            "their/PRON/9/nmod:poss work/NOUN/4/ccomp ./PUNCT/4/punct")
    assert all(name != "Kordavian State" for _, name, _, _ in _parsed(text, spec))


# ---------------------------------------------------------------- parsed: owned outlets

def test_parsed_outlet_after_a_places_possessive_is_the_outlet() -> None:
    text = "Portland's Morning Courant reported that the mayor will resign.\n"
    spec = ("Portland/PROPN/4/nmod:poss/S-GPE 's/PART/1/case Morning/PROPN/4/compound "
            "Courant/PROPN/5/nsubj reported/VERB/0/root that/SCONJ/10/mark the/DET/8/det "
            "mayor/NOUN/10/nsubj will/AUX/10/aux resign/VERB/5/ccomp ./PUNCT/5/punct")
    assert _parsed(text, spec) == [("the mayor will resign", "Morning Courant", "ORG",
                                    "Portland's Morning Courant")]


def test_parsed_persons_possession_is_left_alone() -> None:
    # near miss: a person's possessive before untagged capitals is no outlet they own
    text = "Tom Hale's Running Mate said the plan failed.\n"
    spec = ("Tom/PROPN/5/nmod:poss/B-PERSON Hale/PROPN/1/flat/E-PERSON 's/PART/1/case "
            "Running/PROPN/5/compound Mate/PROPN/6/nsubj said/VERB/0/root the/DET/8/det "
            "plan/NOUN/9/nsubj failed/VERB/6/ccomp ./PUNCT/6/punct")
    assert all(name != "Running Mate" for _, name, _, _ in _parsed(text, spec))


def test_parsed_title_after_a_places_possessive_is_left_alone() -> None:
    # near miss: "Kordavia's Ambassador" is the envoy, no organisation "Ambassador"
    text = "Kordavia's Ambassador said the plan failed.\n"
    spec = ("Kordavia/PROPN/3/nmod:poss/S-GPE 's/PART/1/case Ambassador/PROPN/4/nsubj "
            "said/VERB/0/root the/DET/6/det plan/NOUN/7/nsubj failed/VERB/4/ccomp "
            "./PUNCT/4/punct")
    assert all(typ != "ORG" or name != "Ambassador" for _, name, typ, _ in _parsed(text, spec))


# ---------------------------------------------------------------- coordinated makers

def test_one_poll_of_two_makers_credits_both() -> None:
    # the last maker alone spoke ("Marlow College poll"); gold-style, the whole phrase
    q = _one("The Kestrel University and Marlow College poll found that the mayor leads.\n")
    assert q.speaker is not None and q.speaker_mention is not None
    assert q.speaker.name == "Kestrel University"
    assert [c.name for c in q.co_speakers] == ["Marlow College"]
    assert q.speaker_mention.text == "The Kestrel University and Marlow College poll"


def test_two_makers_of_a_survey_with_an_adjective() -> None:
    q = _one("A new Kestrel Times and WXRB News survey shows that the mayor leads.\n")
    assert q.speaker is not None
    assert (q.speaker.name, [c.name for c in q.co_speakers]) == ("Kestrel Times", ["WXRB News"])


def test_a_poll_of_two_places_voters_is_one_poll() -> None:
    # near miss: the places are whom the poll counted, no makers
    q = _one("A poll of Ohio and Texas voters found that the mayor leads.\n")
    assert q.co_speakers == ()
    assert q.speaker is not None and q.speaker.type == "GROUP"


def test_a_poll_after_talks_between_is_no_coordination() -> None:
    # near miss: "between X and Y" opens no coordination of speakers
    q = _one("Talks between Kestrel University and the Marlow College poll found that the "
             "mayor leads.\n")
    assert q.co_speakers == ()


def test_parsed_one_poll_of_two_makers_credits_both() -> None:
    # the parse joins the makers' names by "conj"; the poll's noun and article are shared
    text = "The Kestrel University and Marlow College poll found that the mayor leads.\n"
    spec = ("The/DET/7/det Kestrel/PROPN/3/compound/B-ORG University/PROPN/7/compound/E-ORG "
            "and/CCONJ/6/cc Marlow/PROPN/6/compound/B-ORG College/PROPN/3/conj/E-ORG "
            "poll/NOUN/8/nsubj found/VERB/0/root that/SCONJ/12/mark the/DET/11/det "
            "mayor/NOUN/12/nsubj leads/VERB/8/ccomp ./PUNCT/8/punct")
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec)]))
    quotes = list(quotetrack.attribute_document(doc).quotes)
    assert [(q.text, q.speaker.name if q.speaker else None, [c.name for c in q.co_speakers])
            for q in quotes] == [("the mayor leads", "Kestrel University", ["Marlow College"])]
