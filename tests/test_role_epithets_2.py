"""A speaker named by a party's epithet ("the Democratic front-runner said", "the GOP
nominee", "the Republican incumbent"): the person the story gave that party ("Sen. Ann
Lee, D-Ohio", "Democrat Ann Lee", "Republican presidential candidate Tom Hale"), first
the subject of the sentence before when the story gave that one no other party; no one
when two of that party were named, or the only person at hand belongs to the other party
or was titled with another trade.  Also "the former first lady" (the woman the story is
about) and a nation's office ("the French president") that the one titled "President"
was never given, which goes to the other person named just before.  Every article is
invented."""

from __future__ import annotations

import pytest
from findings import quote_rows

CASES: list[tuple[str, str, str | None]] = [
    # the Democrat of the sentence, not the Republican who is its subject
    ("Republican candidate Tom Hale attacked Sen. Ann Lee, D-Ohio, on Sunday after the "
     "Democratic front-runner had said that he was \"a danger to the country.\"\n\n"
     "\"It is nonsense,\" Hale said.\n", "the Democratic front-runner", "Ann Lee"),
    # "GOP" is a party word, no organisation speaking
    ("Republican presidential candidate Tom Hale won Nevada. Democrat Ann Lee campaigned in "
     "Iowa.\n\nIf voters listen to Hale, Lee's chances are over. The GOP front-runner "
     "predicted that she would lose Ohio.\n", "The GOP front-runner", "Tom Hale"),
    # a party letter after the name
    ("Sen. Ann Lee, R-Maine, faces Democrat Paul Ortiz in November.\n\n"
     "\"I vote my conscience,\" Lee said.\n\n"
     "The Republican incumbent said that her record speaks for itself.\n",
     "The Republican incumbent", "Ann Lee"),
    # the guest, not the last of two hosts named
    ("Ann Lee appeared on Dawn Talk, and hosts Tom Rich and Mia Vance asked her about "
     "trade. Ms. Lee is a Democrat.\n\n"
     "\"We need better deals,\" the Democratic presidential candidate stated.\n",
     "the Democratic presidential candidate", "Ann Lee"),
    # no party given to anyone: never the subject of the epithet's own sentence
    ("Mr. Hale took on Ann Lee on Sunday after the Democratic front-runner had said that he "
     "was \"a danger.\"\n", "the Democratic front-runner", "Ann Lee"),
    # a former first lady: the woman the story is about
    ("Ann Lee has a clear path to the nomination.\n\n"
     "The former first lady calls it her \"duty gene\"; rivals call it caution.\n",
     "The former first lady", "Ann Lee"),
    # a nation's office: not the president titled without the nation
    ("President Tom Hale had a talk this week with Jean Moreau. The French president "
     "expressed his condolences over the attack, while Hale offered his own.\n",
     "The French president", "Jean Moreau"),
    # ... who stays when the other one named is only a subject ("Hale endured")
    ("Tom Hale met President Luis Ortega for an hour. In Mexico City, Hale endured a "
     "lecture.\n\n\"Trade is good for both of us,\" the Mexican president said.\n",
     "the Mexican president", "Luis Ortega"),
    # ... and the one president at hand
    ("President Tom Hale spoke in Ohio. \"We stand together,\" the American president "
     "said.\n", "the American president", "Tom Hale"),
]

NO_ONE: list[tuple[str, str]] = [
    # two of that party: no pick
    ("Republican candidates Tom Hale and Rick Dunn met in Reno, and Democrat Ann Lee spoke "
     "in Iowa.\n\nThe Republican front-runner said that the race was over.\n",
     "The Republican front-runner"),
    # a role nobody holds: both named are Democrats
    ("Democrat Ann Lee spoke in Iowa. Sen. Paul Ortiz, D-Iowa, joined her.\n\n"
     "\"We will win,\" the Republican nominee said.\n", "the Republican nominee"),
    # the one just named runs a firm: no nominee
    ("\"I am worried,\" said Carl Romo, president of Romo Strategies, a consulting firm.\n\n"
     "\"They need something to vote for,\" the GOP nominee said.\n", "the GOP nominee"),
]


def _speaker(text: str, mention: str) -> str | None:
    rows = [r for r in quote_rows(text) if r[2] == mention]
    assert rows, quote_rows(text)
    return rows[0][3]


@pytest.mark.parametrize(("text", "mention", "speaker"), CASES)
def test_party_epithet_names_the_partys_person(text: str, mention: str, speaker: str) -> None:
    assert _speaker(text, mention) == speaker


@pytest.mark.parametrize(("text", "mention"), NO_ONE)
def test_party_epithet_without_a_fitting_person(text: str, mention: str) -> None:
    named = _speaker(text, mention)
    assert named is None or named == mention


def test_unnamed_official_referred_back_to() -> None:
    """An unnamed official brought in with a definite description and referred back to by
    its head is the same unnamed speaker, not no one."""
    text = ("The inspector general for the Labor Department said the audit found waste. "
            "The inspector general added that two offices had closed.\n")
    rows = quote_rows(text)
    assert [r[3] for r in rows] == ["The inspector general for the Labor Department"] * 2


def test_unnamed_official_yields_to_a_titled_one() -> None:
    """A named official titled so after the unnamed one is the one referred back to."""
    text = ("The inspector general for the Labor Department said the audit found waste. "
            "Inspector General Ann Roe of the Energy Department said her office had no such "
            "audit. The inspector general added that two offices had closed.\n")
    assert quote_rows(text)[-1][3] == "Ann Roe"
