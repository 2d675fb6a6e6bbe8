"""Names and types of sources (h61-med), read by the model-free default path: a news
outlet is an organisation, a described source after its cue or "per" ("said a person
close to the mayor", ", per sources privy to the talks") keeps the whole description as
its mention and name, a record of a place's voters is the record, and a person whose
surname is an outlet's word stays a person.

Every text here was written for the test, with invented people, places and outlets.
"""

from __future__ import annotations

import quotetrack


def _one(text: str) -> quotetrack.Quote:
    quotes = list(quotetrack.extract(text).quotes)
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    return quotes[0]


def _speaker(text: str) -> tuple[str, str, str]:
    q = _one(text)
    assert q.speaker is not None and q.speaker_mention is not None, q
    return q.speaker.name, q.speaker.type, q.speaker_mention.text


# ---------------------------------------------------------------- described sources

def test_per_source_close_to_keeps_the_whole_description() -> None:
    name, typ, mention = _speaker("The coach will be fired, per sources close to the team.\n")
    assert (name, typ, mention) == ("sources close to the team", "GROUP",
                                    "sources close to the team")


def test_said_a_person_close_to_keeps_the_whole_description() -> None:
    q = _one('"It was a mistake," said a person close to the mayor.\n')
    assert q.kind == "direct"
    assert q.speaker_mention is not None and \
        q.speaker_mention.text == "a person close to the mayor"
    assert q.speaker is not None and q.speaker.type == "GROUP"


def test_according_to_people_close_to_a_named_person_is_not_that_person() -> None:
    text = ("Ann Roe spoke at the fair on Monday.\n\n"
            "The bill will pass, according to people close to Roe.\n")
    q = next(q for q in quotetrack.extract(text).quotes if "bill" in q.text)
    assert q.speaker is not None and q.speaker.name == "people close to Roe"
    assert q.speaker.type == "GROUP"


def test_subject_privy_to_is_the_head_as_close_to_and_familiar_with() -> None:
    # a subject before its cue is the people picked out, as for "close to" and "familiar
    # with" (was "Sources privy", the adjective read as a noun)
    assert _speaker("Sources privy to the negotiations say the deal is done.\n")[1:] == \
        ("GROUP", "Sources")
    name, typ, mention = _speaker(
        "Vice President Ann Roe toured the plant. People close to the vice president say "
        "she will run.\n")
    assert (typ, mention) == ("GROUP", "People")


def test_those_around_him_keeps_the_bare_head() -> None:
    # no adjective before the preposition: the people picked out, as before
    q = _one("Those around him say he is tired.\n")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Those"


def test_came_close_to_is_no_description_of_people() -> None:
    q = _one("The vote came close to a tie, Lee Dunmore said.\n")
    assert q.speaker is not None and q.speaker.name == "Lee Dunmore"


def test_law_enforcement_sources_are_a_group() -> None:
    assert _speaker("Law enforcement sources said the man was armed.\n")[1] == "GROUP"


# ---------------------------------------------------------------- outlets

def test_outlet_with_hyphenated_station_letters_is_an_organisation() -> None:
    name, typ, _ = _speaker("The tax would rise, KXAN-TV reported.\n")
    assert (name, typ) == ("KXAN-TV", "ORG")


def test_poll_maker_with_a_hyphenated_outlet_name_is_an_organisation() -> None:
    q = _one("Voters in Ohio favor the levy, according to a new Associated Press-Ipsos "
             "poll.\n")
    assert q.speaker is not None and q.speaker.type == "ORG"
    assert q.speaker_mention is not None and \
        q.speaker_mention.text == "a new Associated Press-Ipsos poll"


def test_paper_named_with_a_given_name_after_the_is_an_organisation() -> None:
    name, typ, _ = _speaker("The tax would rise, the Jackson Sun reported.\n")
    assert (name, typ) == ("Jackson Sun", "ORG")


def test_outlets_stay_organisations() -> None:
    for text, want in (("The tax would rise, the Omaha Ledger reported.\n", "Omaha Ledger"),
                       ("The tax would rise, Ohio Public Radio reported.\n", "Ohio Public Radio"),
                       ("The tax would rise, the Denver Post reported.\n", "Denver Post")):
        assert _speaker(text)[:2] == (want, "ORG"), text


def test_people_whose_surname_is_an_outlet_word_stay_people() -> None:
    for text, want in (("The tax would rise, Tom Herald said.\n", "Tom Herald"),
                       ("The tax would rise, Lena Sun said.\n", "Lena Sun"),
                       ("The tax would rise, Emily Post said.\n", "Emily Post"),
                       ("The tax would rise, Bill Press said.\n", "Bill Press"),
                       ("The tax would rise, Ann Taylor-Smith said.\n", "Ann Taylor-Smith"),
                       ("The tax would rise, Ann Taylor-Post said.\n", "Ann Taylor-Post")):
        assert _speaker(text)[:2] == (want, "PERSON"), text


# ---------------------------------------------------------------- records of places

def test_poll_of_a_places_voters_is_the_poll_not_the_place() -> None:
    text = ("Lee led the race. A recent poll of Indiana voters found that Lee led by 10 "
            "points.\n")
    q = next(q for q in quotetrack.extract(text).quotes if "10 points" in q.text)
    assert q.speaker is not None and q.speaker.type == "GROUP"
    assert q.speaker.name == "A recent poll of Indiana voters"


def test_results_of_a_poll_of_a_partys_voters_is_no_party() -> None:
    text = ("Lee led the race. Early results of an entrance poll of Ohio Democratic "
            "caucus-goers found that Lee led by 10 points.\n")
    q = next(q for q in quotetrack.extract(text).quotes if "10 points" in q.text)
    assert q.speaker is not None and q.speaker.type == "GROUP"
    assert q.speaker.name.startswith("Early results of an entrance poll")
