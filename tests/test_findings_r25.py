"""Findings of records, recordings and inquiries, and topic participles after "by", "while"
and "when", twenty-fifth round (h53-evd): who claims what, when the claim is a record's.

- A verb of evidence ("shows", "showed", "found") after records or recordings credits them
  with its object ("The reports show [A]", "News footage showed [the car riddled with
  holes]", "The investigation found [no evidence of A]"), as it did a poll's.
- A hedge, or the "both" of a pair, may open the object ("The survey shows [only a small
  gap]", "The poll shows [both Doe and Roe ahead of Poe]").
- An embedded question may be the object ("Polling shows [why A]", "A review of her work
  shows [how A]").
- "As records show, A" frames A as the records' finding, as "As Doe noted, A" frames it as
  Doe's statement.
- A topic participle joined by "by", "while" or "when" ("Doe opened the rally by talking
  about [crime]", "The senator stumbled when talking about [taxes]") credits the clause's
  subject, also inside an opening subordinate clause ("When Doe launched her bid by talking
  about [jobs], ...").

Near misses: a verb of evidence whose subject is no record ("Police found only a gun",
"Police found how the thief got in"), an "as" frame of a verb of evidence whose subject is
no record ("as the team showed, ..."), and "talking about" with no clause before it.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def _statements(text: str) -> list[tuple[str, str | None, str]]:
    """(text, mention, reason) of every indirect statement of ``text``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None, q.reason)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
            if q.kind == "indirect"]


def _holding(text: str, piece: str) -> list[tuple[str, str | None, str]]:
    return [s for s in _statements(text) if piece in s[0]]


# --- records and recordings as the subjects of verbs of evidence -------------------------

def test_reports_show_a_finding() -> None:
    text = ("The committee spent heavily in March.\n\n"
            "The reports show a sharp rise in television spending.")
    assert _holding(text, "sharp rise") == [
        ("a sharp rise in television spending", "The reports", "X criticized Y")]


def test_footage_showed_a_scene() -> None:
    text = ("The crash closed the highway for hours.\n\n"
            "News footage from the scene showed the car's hood crumpled against a pole.")
    [(statement, mention, _)] = _holding(text, "hood crumpled")
    assert statement == "the car's hood crumpled against a pole"
    assert mention == "News footage"


def test_emails_released_this_week_showed() -> None:
    text = ("The council has faced questions for months.\n\n"
            "A new batch of city emails released this week showed the close ties between "
            "the mayor's office and the developer.")
    [(statement, mention, _)] = _holding(text, "close ties")
    assert statement.startswith("the close ties between the mayor's office")
    assert mention == "A new batch of city emails"


def test_an_investigation_found() -> None:
    text = ("The board asked for an outside review last year.\n\n"
            "The investigation found no evidence of wrongdoing at the treasury.")
    assert _holding(text, "no evidence") == [
        ("no evidence of wrongdoing at the treasury", "The investigation", "X criticized Y")]


def test_a_video_shows_someone() -> None:
    text = ("The clip spread quickly online.\n\n"
            "The video shows Dana Kell outlining her plan to a small crowd.")
    [(statement, mention, _)] = _holding(text, "Dana Kell outlining")
    assert statement.startswith("Dana Kell outlining her plan")
    assert mention == "The video"


# --- hedged objects and questions ---------------------------------------------------------

def test_a_hedge_opens_the_finding() -> None:
    text = ("Renters and homeowners split sharply.\n\n"
            "But the survey shows only a small gender gap.")
    assert _holding(text, "gender gap") == [
        ("only a small gender gap", "the survey", "X criticized Y")]


def test_both_opens_a_pair_in_the_finding() -> None:
    text = ("The poll was taken in early December.\n\n"
            "The poll shows both Dana Kell and Lee Moss beating Poe 45 to 40 percent.")
    assert _holding(text, "beating Poe") == [
        ("both Dana Kell and Lee Moss beating Poe 45 to 40 percent", "The poll",
         "X criticized Y")]


def test_polling_shows_why() -> None:
    text = ("Party leaders sound confident.\n\n"
            "National polling shows why the unrest in Ohio is a problem for Dana Kell.")
    assert _holding(text, "unrest in Ohio") == [
        ("why the unrest in Ohio is a problem for Dana Kell", "National polling",
         "X criticized Y")]


def test_a_review_shows_how() -> None:
    text = ("He later turned to business.\n\n"
            "A review of his work shows how politics and trade converged there.")
    [(statement, mention, _)] = _holding(text, "politics and trade")
    assert statement == "how politics and trade converged there"
    assert mention == "A review of his work"


def test_police_finding_how_is_no_finding() -> None:
    assert _holding("Police found how the thief got into the store.", "thief") == []
    assert _holding("Police found only a gun in the car.", "gun") == []


# --- "As records show, A" -------------------------------------------------------------------

def test_as_records_show_frames_a_clause() -> None:
    text = ("The developer denies any debts.\n\n"
            "As the court records show, the developer paid no taxes for three years.")
    assert _holding(text, "paid no taxes") == [
        ("the developer paid no taxes for three years", "the court records", "as X said")]


def test_as_a_team_showed_is_no_frame() -> None:
    text = ("The season ended early.\n\n"
            "As the young team showed, the league rewards speed over size.")
    assert _holding(text, "rewards speed") == []


# --- topic participles after "by", "while" and "when" ------------------------------------

def test_talking_about_after_when_credits_the_subject() -> None:
    text = ("The debate turned on the economy.\n\n"
            "The senator stumbled when talking about the tax plan.")
    assert _holding(text, "tax plan") == [
        ("the tax plan", "The senator", "X said, referring to B")]


def test_citing_after_while_credits_the_subject() -> None:
    text = ("The vote was close.\n\n"
            "The governor hesitated while citing her record on schools.")
    [(statement, mention, _)] = _holding(text, "record on schools")
    assert statement == "her record on schools"
    assert mention == "The governor"


def test_by_talking_about_inside_an_opening_clause() -> None:
    text = ("Critics laughed at first.\n\n"
            "When Dana Kell launched her campaign by talking about crime, the crowds came.")
    assert _holding(text, "crime") == [("crime", "Dana Kell", "X said, referring to B")]


def test_talking_about_with_no_clause_is_left_alone() -> None:
    text = ("The panel met on Tuesday.\n\n"
            "Talking about taxes is never easy in an election year.")
    assert _holding(text, "taxes") == []
