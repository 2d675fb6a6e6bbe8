"""Direct-quote speakers on the model-free path, twenty-fifth round (h52-dsx): a sentence
that opens with a phrase whose noun a clause with a cue of its own modifies ("In what may
be the first time the unions and the Chamber have agreed on anything, the business group
is calling on the mayor to “...”"): the main clause after the comma frames the quote, not
the cue inside the opening phrase.  Near misses: a main clause cue inside an opening phrase
with no clause of its own ("In his speech Doe said ..."), and a clause the cue opens before
the comma ("... Doe said that if it passed, the state would “...”").

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def _found(text: str, piece: str) -> tuple[str | None, str | None, str] | None:
    """(mention, speaker name, kind) of the quote holding ``piece``; None for no such quote."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.kind)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
             if piece in q.text and q.kind != "indirect"]
    return found[0] if found else None


def test_cue_in_a_what_clause_of_the_opening_phrase() -> None:
    text = ("In what may be the first time the unions and the Chamber have agreed on "
            "anything, the business group is calling on the mayor to \"stop the tax now.\"")
    assert _found(text, "stop the tax") == ("the business group", "the business group", "mixed")


def test_cue_in_a_when_clause_of_the_opening_phrase() -> None:
    text = ("In a year when rivals claimed the plan would fail, the business group called "
            "it \"a bold step.\"")
    assert _found(text, "a bold step")[0] == "the business group"


def test_plain_opening_phrase_keeps_the_lead_in() -> None:
    text = ("In what may be the first time the unions and the Chamber have agreed on "
            "anything, Tom Reed said: \"Stop the tax now.\"")
    assert _found(text, "Stop the tax")[:2] == ("Tom Reed", "Tom Reed")


def test_cue_of_the_opening_phrase_own_clause_stays() -> None:
    # no clause word before the cue: "said" is the main clause's own verb
    text = "In his speech Tom Reed said that if it passed, the state would \"collapse.\""
    assert _found(text, "collapse")[1] == "Tom Reed"


def test_cue_that_opens_a_clause_before_the_comma_stays() -> None:
    # "that if ..." after the cue: the comma closes the reported clause's own clause
    text = ("In a talk that aired Sunday Tom Reed said that if it passed, the state would "
            "\"collapse.\"")
    assert _found(text, "collapse")[1] == "Tom Reed"
