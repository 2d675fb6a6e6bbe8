"""Part-of-speech tags of the model-free annotator, twelfth round (h23-tag): unlisted verbs
after "to", nouns in -ing and adjectives in -some, plural nouns after "many", participles
before a noun that looks like a verb.  Each test tags a short text written for it; where
the tag hid a statement, the attribution is checked too.
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate_tokens


def tag(text: str, word: str) -> str:
    """The tag the annotator gives the first ``word`` of ``text``."""
    return next(w["upos"] for sent in annotate_tokens(text) for w in sent
                if w["text"] == word)


@pytest.mark.parametrize("text, word, upos", [
    # an unlisted base form after "to" is a verb before any word but a punctuation mark
    ("Her plan to deport workers drew fire.", "deport", "VERB"),
    ("The court refused to intervene in the dispute.", "intervene", "VERB"),
    ("He vowed to safeguard Ruritanian jobs.", "safeguard", "VERB"),
    ("They hope to woo younger voters.", "woo", "VERB"),
    # ... but a noun where "to" is a preposition or the phrase ends
    ("Mr. Roe went to prison.", "prison", "NOUN"),
    ("Turnout rose, according to exit polls released late.", "exit", "NOUN"),
    ("Ms. Vale did not respond to interview requests.", "interview", "NOUN"),
    # adjectives in -some
    ("The vote was troublesome for the mayor.", "troublesome", "ADJ"),
    ("It was a worrisome sign.", "worrisome", "ADJ"),
    # nouns in -ing that the suffix made verbs
    ("At a town hall meeting in Dunmore, she spoke.", "meeting", "NOUN"),
    ("The state polling average moved.", "polling", "NOUN"),
    # ... but verbs before their object after a verb or preposition
    ("Ms. Vale recalled meeting the mayor.", "meeting", "VERB"),
    ("After meeting Roe, she left.", "meeting", "VERB"),
    # a verb's -s form after a plural quantifier is a plural noun
    ("Mr. Roe has broken many promises he made.", "promises", "NOUN"),
    ("Several reports said so.", "reports", "NOUN"),
    # a past form between an article and a noun that looks like a verb modifies it
    ("The published report said so.", "published", "ADJ"),
    ("The published report said so.", "report", "NOUN"),
    # common verbs the word lists lacked, a verb after a subject and a noun after "a"
    ("If you look at the polls, they are close.", "look", "VERB"),
    ("Take a look at the polls.", "look", "NOUN"),
    ("Voters understand the stakes.", "understand", "VERB"),
    # "us" after "let" is no possessive
    ("Let's understand that first.", "understand", "VERB"),
    ("His remarks were odd.", "remarks", "NOUN"),
    # an irregular participle and a noun in -ed
    ("A man born in Dunmore spoke.", "born", "VERB"),
    ("Their hatred runs deep.", "hatred", "NOUN"),
    # a verb's -s form right after a past or -ing form is that verb's object
    ("Ms. Vale made comments about the race.", "comments", "NOUN"),
    ("He is disavowing remarks made by Roe.", "remarks", "NOUN"),
    ("He said reports show it.", "reports", "NOUN"),
    ("The memo claims Roe lied.", "claims", "VERB"),
])
def test_tags(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


def test_town_hall_meeting_before_that_clause() -> None:
    """ "meeting" read as a verb hid the "that" clause after "said ... meeting in X,". """
    text = ("Dana Roe said Thursday during a taping of a town hall meeting in Dunmore, "
            "Ruritania, that the state is wrong to tax hydraulic pumps.")
    found = [(q.text, q.speaker.name if q.speaker else None)
             for q in quotetrack.extract(text).quotes if q.kind == "indirect"]
    assert any("the state is wrong" in t and name == "Dana Roe" for t, name in found), found


def _indirect(text: str) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement found in ``text``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect"]


def test_participle_after_told_object_is_no_statement() -> None:
    """With "meeting" a noun, "told a caucus meeting being held in X" read the participle
    phrase as what was told; it modifies the object."""
    text = ("\"Everything we are doing is wrong,\" Dana Roe told a caucus meeting being "
            "held in a church in Dunmore. \"We are in trouble.\"")
    assert _indirect(text) == []


def test_that_clause_after_told_object_and_participle() -> None:
    """ "told a crowd gathered in X that A": the statement opens at "that"."""
    text = "Dana Roe told a crowd gathered in Dunmore that he wanted a recount."
    assert _indirect(text) == [("he wanted a recount", "Dana Roe")]
