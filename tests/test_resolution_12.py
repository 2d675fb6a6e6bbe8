"""Speaker resolution, twentieth round: a role in a lede that names no one, given to the
person the story names with that title after it ("its chief executive said" ... "said
Mara Lind, the chief executive").

Every text here is invented, and is read by the model-free default path.
"""

from __future__ import annotations

import pytest

import quotetrack


def _speakers(text: str) -> dict[str, str | None]:
    return {q.speaker_mention.text: (q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes if q.speaker_mention is not None}


@pytest.mark.parametrize("text, mention, name", [
    ("Harrow Mills will cut 200 jobs, its chief executive said on Thursday.\n\n"
     '"We grew too fast," said Mara Lind, the chief executive. "Now we pay for it."\n',
     "its chief executive", "Mara Lind"),
    ("The Hollis museum will send the mask home, its director announced on Friday.\n\n"
     '"We held it for too long," said Director Paula Grant.\n',
     "its director", "Paula Grant"),
])
def test_lede_role_is_the_person_titled_so_later(text, mention, name):
    assert _speakers(text)[mention] == name


@pytest.mark.parametrize("text, mention", [
    # a person named before may bear the role untitled
    ("Tom Hale spoke first. The company will cut jobs, its chief executive said.\n\n"
     '"We grew too fast," said Mara Lind, the chief executive.\n', "its chief executive"),
    # two people bear the title later: no guess
    ("The board will meet on Monday, its director said.\n\n"
     '"We are ready," said Director Ann Voss. Director Bo Lund agreed.\n', "its director"),
])
def test_no_later_bearer_is_guessed(text, mention):
    speakers = _speakers(text)
    assert mention in speakers, speakers
    assert speakers[mention] in (None, mention), speakers


def test_a_role_someone_unnamed_bore_before_is_not_the_later_bearer():
    """The role was someone else's before: "a Selby Tools executive" ... "the executive" is
    that unnamed executive (h62-agy; was no one), never Ira Moss, titled so later."""
    text = ("A Selby Tools executive told workers the plant would close. The executive said "
            "the decision was final.\n\n"
            '"It is a sad day," said Ira Moss, the executive in charge of sales.\n')
    assert _speakers(text)["The executive"] == "A Selby Tools executive"


@pytest.mark.parametrize("text, mention, name", [
    ("Majority Leader Dana Whitfield accused the holdouts of stalling. \"Every week we wait "
     "is another week of risk,\" the New York Democrat said.",
     "the New York Democrat", "Dana Whitfield"),
    ("Sen. Tom Reed voted against the bill on Tuesday. The Texas Republican said the "
     "inspection rule would cost jobs.", "The Texas Republican", "Tom Reed"),
])
def test_party_word_after_a_place_is_the_person_the_story_is_about(text, mention, name):
    """"the New York Democrat", "the Texas Republican": as "the Democrat" after a quote, a
    person of that party, the one just named, not an entity called "Democrat"."""
    assert _speakers(text)[mention] == name


@pytest.mark.parametrize("text, mention, name", [
    ("Rita Vance toured a steel plant in Ohio on Monday. \"We will bring these jobs "
     "back,\" the billionaire said.", "the billionaire", "Rita Vance"),
    ("Dr. Omar Hale spoke to voters in Des Moines. The retired neurosurgeon said the "
     "health law had failed.", "The retired neurosurgeon", "Omar Hale"),
    ("Gov. Ned Pryce met workers at the port.\n\nHost Carla Diaz asked Pryce about the "
     "deficit. The candidate said he would cut spending.", "The candidate", "Ned Pryce"),
])
def test_epithet_refers_back_to_the_person_the_story_is_about(text, mention, name):
    """"the billionaire", "the retired neurosurgeon", "the candidate": an epithet for the
    person the story is about, whom no title named so; not a host named in passing."""
    assert _speakers(text)[mention] == name


@pytest.mark.parametrize("text, mention", [
    # the story brought in a new person by that noun
    ("Rita Vance spoke first. A candidate from the north then rose. \"We need roads,\" "
     "the candidate said.", "the candidate"),
    # the noun's gender rules the man out
    ("Tom Reed arrived at the premiere late. \"It was a long night,\" the actress said.",
     "the actress"),
])
def test_epithet_is_no_one_named_before(text, mention):
    speakers = _speakers(text)
    assert speakers[mention] in (None, mention), speakers
