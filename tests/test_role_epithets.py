"""A speaker named later only by a role or a standing no title gave ("the striker said",
"the opener said", "the rookie said", "the two-time champion said", "the former world
No. 1 said", "the Oscar winner said"): the person the story described so (an
apposition, a title before the name, "who plays as a striker", an age), else the one
person named before whom it may fit; no one when two may hold it, when the story used the
noun for someone else, or when the only people named were described as something else (a
manager is not "the striker", a man not "the congresswoman").  Every article is invented."""

from __future__ import annotations

import pytest
from findings import quote_rows

ARTICLES: dict[str, str] = {
    # sports: the player the story is about, not the manager of the sentence before
    "striker-after-manager": (
        "Nathan Blake scored twice as Kelworth beat Ashby 3-1 on Saturday.\n\n"
        "Kelworth manager Tom Pike praised his players after the match.\n\n"
        "\"It was a great team effort,\" the striker said.\n"),
    "cricket-opener": (
        "Nathan Blake's unbeaten 142 carried Dorset to a seven-wicket win over Essex at "
        "Hove.\n\n"
        "\"Everything came off the middle today,\" the opener said.\n"),
    "striker-in-apposition": (
        "Kelworth beat Ashby 3-1 on Saturday. Nathan Blake, the club's striker, scored "
        "twice.\n\n"
        "Manager Tom Pike said the side had been superb.\n\n"
        "\"I just try to be in the right place,\" the striker said.\n"),
    "who-plays-as": (
        "Kelworth beat Ashby 3-1. Nathan Blake, who plays as a striker, scored twice.\n\n"
        "Manager Tom Pike said the side had been superb.\n\n"
        "\"I just try to be in the right place,\" the striker said.\n"),
    "striker-by-age": (
        "Nathan Blake, 34, scored twice as Kelworth beat Ashby.\n\n"
        "Manager Tom Pike said the side had been superb.\n\n"
        "\"I feel 24 again,\" the 34-year-old said.\n"),
    "rookie-and-coach": (
        "Jalen Moss threw for 310 yards as the Hawks beat the Rams 27-20.\n\n"
        "Coach Dan Reilly said the team had grown up.\n\n"
        "\"I just trusted my reads,\" the rookie said.\n"),
    "veteran": (
        "Mark Ossing, who has spent 15 seasons with the Hawks, hit a late winner.\n\n"
        "\"I still love this game,\" the veteran said.\n"),
    "tennis-ranking": (
        "Elena Varga beat the top seed 6-4, 6-3 to reach the semi-finals.\n\n"
        "\"I played my best tennis today,\" the former world No. 1 said.\n"),
    "tennis-champion": (
        "Elena Varga reached her third final in a row on Saturday.\n\n"
        "\"I feel stronger every week,\" the two-time champion said.\n"),
    # politics
    "freshman-senator": (
        "Sen. Ana Ruiz of Oregon introduced a bill on Tuesday to cap insulin prices.\n\n"
        "\"This is long overdue,\" the freshman said.\n"),
    "first-term-congresswoman": (
        "Rep. Ana Ruiz of Oregon introduced a bill on Tuesday to cap insulin prices.\n\n"
        "House Speaker Mark Dunn said he would not bring it to a vote.\n\n"
        "\"People are dying because they cannot pay,\" the first-term congresswoman "
        "said.\n"),
    # of several who may hold a standing, the one the sentence before made its subject
    "veteran-endorses": (
        "Former Ohio Gov. Ann Hale endorsed Sen. Tom Roe for president on Sunday.\n\n"
        "Hale told reporters that the race had come down to Roe and Mark Dunn. \"Tom Roe "
        "is the most consistent conservative in the field,\" Hale said.\n\n"
        "The Army veteran also believes that Roe would make a strong commander in chief.\n"),
    # culture
    "oscar-winner": (
        "Clara Beaumont will star in a new film about a nineteenth-century composer.\n\n"
        "\"I have wanted this part for years,\" the Oscar winner said.\n"),
    "novelist": (
        "Priya Raman's third book, a family saga set in Chennai, won the Harwick Prize on "
        "Tuesday.\n\n"
        "\"I wrote it for my grandmother,\" the novelist said.\n"),
    "nobel-laureate": (
        "Ruth Adeyemi spoke to students at Harwick University on Monday.\n\n"
        "\"Science needs patience,\" the Nobel laureate said.\n"),
    "wimbledon-champion": (
        "Elena Varga reached her third final in a row on Saturday.\n\n"
        "\"I feel stronger every week,\" the Wimbledon champion said.\n"),
    # near misses: no one
    "two-players": (
        "Nathan Blake and Leo Hart both scored as Kelworth beat Ashby 3-1.\n\n"
        "\"It was a great team effort,\" the striker said.\n"),
    "manager-only": (
        "Kelworth manager Tom Pike praised his players after a 3-1 win over Ashby.\n\n"
        "\"It was a great team effort,\" the striker said.\n"),
    "goalkeeper-nobody-named": (
        "Kelworth manager Tom Pike praised his players after a 3-1 win over Ashby.\n\n"
        "\"We kept our shape,\" the goalkeeper said.\n"),
    "congresswoman-a-man": (
        "Rep. Tom Hale of Oregon introduced a bill on Tuesday to cap insulin prices.\n\n"
        "\"People are dying because they cannot pay,\" the congresswoman said.\n"),
    "champion-two-could": (
        "Elena Varga beat Mia Kowal 6-4, 6-3 to reach the final.\n\n"
        "\"I played my best tennis today,\" the two-time champion said.\n"),
    "top-seed-someone-else": (
        "Elena Varga beat the top seed 6-4, 6-3 to reach the semi-finals.\n\n"
        "\"I was not at my best,\" the top seed said.\n"),
    "sign-a-striker": (
        "Nathan Blake missed the match with a knee injury.\n\n"
        "Manager Tom Pike said the club hoped to sign a striker before the deadline.\n\n"
        "\"I want to play as soon as I can,\" the striker said.\n"),
    "other-team-striker": (
        "Nathan Blake scored twice as Kelworth beat Ashby 3-1.\n\n"
        "\"We were second best,\" the Ashby striker said.\n"),
    # a team the story named before: one of its players, never the team, and not guessed
    # (a story names the players of both sides: "Blake ... beat Ashby ... the Ashby striker")
    "team-opener": (
        "Nathan Blake's unbeaten 142 carried England to a seven-wicket win over New "
        "Zealand.\n\n"
        "\"Everything came off the middle,\" the England opener said.\n"),
}

# (article, a piece of the quote, the speaker mention, the speaker's name)
EXPECTED: list[tuple[str, str, str, str | None]] = [
    ("striker-after-manager", "great team effort", "the striker", "Nathan Blake"),
    ("cricket-opener", "came off the middle", "the opener", "Nathan Blake"),
    ("striker-in-apposition", "right place", "the striker", "Nathan Blake"),
    ("who-plays-as", "right place", "the striker", "Nathan Blake"),
    ("striker-by-age", "24 again", "the 34-year-old", "Nathan Blake"),
    ("rookie-and-coach", "trusted my reads", "the rookie", "Jalen Moss"),
    ("veteran", "love this game", "the veteran", "Mark Ossing"),
    ("tennis-ranking", "best tennis", "the former world No. 1", "Elena Varga"),
    ("tennis-champion", "stronger every week", "the two-time champion", "Elena Varga"),
    ("freshman-senator", "long overdue", "the freshman", "Ana Ruiz"),
    ("first-term-congresswoman", "cannot pay", "the first-term congresswoman", "Ana Ruiz"),
    ("oscar-winner", "wanted this part", "the Oscar winner", "Clara Beaumont"),
    ("novelist", "my grandmother", "the novelist", "Priya Raman"),
    ("nobel-laureate", "needs patience", "the Nobel laureate", "Ruth Adeyemi"),
    ("wimbledon-champion", "stronger every week", "the Wimbledon champion", "Elena Varga"),
    ("two-players", "great team effort", "the striker", None),
    ("manager-only", "great team effort", "the striker", None),
    ("goalkeeper-nobody-named", "kept our shape", "the goalkeeper", None),
    ("congresswoman-a-man", "cannot pay", "the congresswoman", None),
    ("champion-two-could", "best tennis", "the two-time champion", None),
    ("top-seed-someone-else", "not at my best", "the top seed", None),
    ("sign-a-striker", "as soon as I can", "the striker", None),
    ("other-team-striker", "second best", "the Ashby striker", None),
    ("team-opener", "came off the middle", "the England opener", None),
]


def test_a_standing_of_several_goes_with_the_subject_before():
    """Hale, Roe and Dunn may all be veterans; Hale is the subject of the sentence before,
    so "The Army veteran also believes that A" is hers (no longer an entity "Army")."""
    rows = quote_rows(ARTICLES["veteran-endorses"])
    assert ("Roe would make a strong commander in chief", "indirect", "The Army veteran",
            "Ann Hale") in rows, rows


@pytest.mark.parametrize("article, piece, mention, name", EXPECTED)
def test_role_speaker(article: str, piece: str, mention: str, name: str | None) -> None:
    """The direct quote holding ``piece`` keeps its role mention and is credited to
    ``name`` (no entity at all for None: the mention stays, no one is guessed)."""
    rows = [r for r in quote_rows(ARTICLES[article]) if piece in r[0]]
    assert len(rows) == 1, rows
    _, kind, got_mention, got_name = rows[0]
    assert (kind, got_mention, got_name) == ("direct", mention, name), rows[0]


def test_the_manager_keeps_his_own_statement():
    """The manager named in the sentence before keeps what he said; only the striker's
    quote moves to the player."""
    rows = quote_rows(ARTICLES["striker-in-apposition"])
    assert ("the side had been superb", "indirect", "Manager Tom Pike", "Tom Pike") in rows
