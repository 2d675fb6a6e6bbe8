"""The subject of a quote's clause as its speaker (reason "subject of the quote's clause"):
one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack

_REASON = "subject of the quote's clause"


def speakers(text: str) -> dict[str, str | None]:
    """Each quote's text (marks stripped) and the speaker mention the model-free path gives it."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        if q.kind != "indirect":
            out[q.text.strip('"“”,. ')] = q.speaker_mention.text if q.speaker_mention else None
    return out


def test_naming_subject_past_an_apposition():
    """"in what X, a Y, called “...”": X names it, past the apposition, not the main
    subject; but a participle after an apposition of an object is the main clause's."""
    text = ('Tom Reed won the vote on Tuesday, in what Jane Doe, a rival from the north, '
            'called "a stolen election."')
    assert speakers(text)["a stolen election"] == "Jane Doe"
    text = ('Tom Reed attacked Jane Doe, with whom he clashed at the debate, calling her '
            '"a loser."')
    assert speakers(text)["a loser"] == "Tom Reed"


def test_subject_of_an_adverbial_clause_after_a_comma():
    """", although she made it clear that ... “...”": the adverbial clause that holds the
    quote has a subject of its own, as a parse stops its climb there."""
    text = ('Jane Doe backed the deal on Friday, although she made it clear that she has '
            '"serious doubts" about it.')
    assert speakers(text)["serious doubts"] == "she"


def test_naming_verb_in_the_perfect():
    """"in what X has dubbed “...”": the perfect's participle names the quote as the bare
    verb does."""
    text = ('Tom Reed and Ann Lee traded barbs all week, in what Jane Doe has dubbed '
            '"the yuca primary," referring to a staple of the region.')
    assert speakers(text)["the yuca primary"] == "Jane Doe"
