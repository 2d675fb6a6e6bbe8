"""Direct-quote speakers, twenty-sixth round (h54-dsp): three frames that name a quote's
speaker away from it.

1. "in X's view" / "In X's mind," (as "in X's words" already did) credits the quotes of its
   sentence, also when it closes the sentence after words of the statement ("“A” from B to
   C, in X's view."); a finite speech cue of someone else in the sentence keeps its own
   speaker ("In X's view, Y was wrong when she said “A”"), and "in X's account" is no
   source.
2. A quote that stands alone is credited by the sentence after it when that sentence opens
   by naming the words' source: "“A.” That quote from X appeared ...", "The remark, by X,
   ...", "Those words came from X", "So said X."; not "That quote is often misread".
3. ", as X said" after a quote keeps X when a clause of time follows its cue ("..., as X
   suggested after she swept the South."), on both paths.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import parsed_quotes

import quotetrack


def _found(text: str, piece: str) -> tuple[str | None, str | None, str] | None:
    """(mention, speaker name, kind) of the quote holding ``piece``; None for no such quote."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.kind)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
             if piece in q.text and q.kind != "indirect"]
    return found[0] if found else None


# 1. "in X's view", "In X's mind,"


def test_in_x_view_closing_the_sentence_credits_x() -> None:
    text = ("The mayor warned that the city faces a budget crisis. \u201cThis is not a problem "
            "you can fix with one vote \u2013 it is a failure across the board\u201d from the "
            "parks to the police, in Reed\u2019s view.")
    assert _found(text, "failure across the board")[0] == "Reed"


def test_in_x_mind_opening_the_sentence_credits_x() -> None:
    text = ("In Reed's mind, his habit of speaking bluntly \u2013 whether it's mocking the "
            "governor as having \"folded like a tent\" or calling the mayor \"a clown\" \u2013 "
            "is a winning strategy.")
    assert _found(text, "folded like a tent")[0] == "Reed"
    assert _found(text, "a clown")[0] == "Reed"


def test_in_x_view_leaves_another_speakers_cue_alone() -> None:
    """Near miss: the quote has a finite speech cue of its own in the sentence."""
    text = "In Reed's view, Lee was wrong when she said \"the budget is fine.\""
    assert _found(text, "the budget is fine")[0] == "she"


def test_in_x_view_after_a_framed_quote_leaves_the_frame() -> None:
    """Near miss: '“A,” Lee said, in Reed's view.' keeps the frame's speaker."""
    text = "\"We will win,\" Lee said, in Reed's view."
    assert _found(text, "We will win")[0] == "Lee"


def test_in_x_words_still_credits_x() -> None:
    text = "Lee called the plan \"a disaster\" in Reed's words."
    assert _found(text, "a disaster")[0] == "Reed"


# 2. A lone quote credited by the sentence after it


_LONE = "Rail fares rise again. \"I'd rather walk to work than pay that much for a ticket.\" "


def test_that_quote_from_x_credits_the_quote_before() -> None:
    text = _LONE + ("That quote from commuter group leader Ann Lee appeared on the front page "
                    "of the Gazette in 2009.")
    assert _found(text, "rather walk")[0] == "commuter group leader Ann Lee"


def test_the_remark_set_off_by_x_credits_the_quote_before() -> None:
    text = _LONE + "The line, from Tom Reed, became a slogan."
    assert _found(text, "rather walk")[0] == "Tom Reed"


def test_those_words_came_from_x() -> None:
    text = _LONE + "Those words came from Tom Reed, a commuter."
    assert _found(text, "rather walk")[0] == "Tom Reed"


def test_so_said_x() -> None:
    text = _LONE + "So said Tom Reed, a commuter."
    assert _found(text, "rather walk")[0] == "Tom Reed"


def test_sentence_naming_no_one_leaves_the_quote_unattributed() -> None:
    """Near misses: 'That quote is often misread', 'The line from the station', 'So said
    the sign': the next sentence names no person as the words' source."""
    for after in ("That quote is often misread by the council.",
                  "The line from the station to the port is closed.",
                  "So said the sign."):
        assert _found(_LONE + after, "rather walk")[0] is None, after


def test_quote_with_a_lead_in_is_not_credited_by_the_next_sentence() -> None:
    """Near miss: a quote its own sentence frames keeps that frame."""
    text = ("Tom Reed said: \"I'd rather walk to work than pay that much for a ticket.\" "
            "That quote from Ann Lee came later.")
    assert _found(text, "rather walk")[0] == "Tom Reed"


# 3. ", as X said" before a clause of time


def test_as_x_suggested_after_a_clause_keeps_x() -> None:
    text = ("Lee's wins Tuesday solidify her argument that she is popular across the country, "
            "rather than just a \u201cregional\u201d candidate, as Reed's campaign manager "
            "suggested after she swept the South.")
    assert _found(text, "regional")[0] == "Reed's campaign manager"


def test_as_x_said_when_clause_keeps_x() -> None:
    text = "Lee is popular, not just a \u201cregional\u201d candidate, as Reed said when she won."
    assert _found(text, "regional")[0] == "Reed"


def test_as_with_a_verb_that_is_no_cue_is_no_frame() -> None:
    """Near misses: 'as Reed knows after ...' (no speech cue) and 'as Reed said the plan
    would fail after ...' (the cue has words of its own before the clause)."""
    for tail in ("as Reed knows after she won.", "as Reed said the plan would fail after she won."):
        text = "Lee is popular, not just a \u201cregional\u201d candidate, " + tail
        assert _found(text, "regional")[0] == "Lee", tail


_AS_LEMMAS = {"is": "be", "suggested": "suggest", "swept": "sweep"}


def test_parsed_as_frame_before_a_clause_keeps_its_speaker() -> None:
    """Parsed path: the parse hangs the quote's noun from the main clause ("Lee is ...
    candidate"), but the closing ", as Reed suggested after she swept the South" frames it."""
    text = ("Lee is popular, not just a \u201cregional\u201d candidate, as Reed suggested after "
            "she swept the South.")
    spec = ("Lee/PROPN/3/nsubj/S-PERSON is/AUX/3/cop popular/ADJ/0/root ,/PUNCT/11/punct "
            "not/PART/11/advmod just/ADV/11/advmod a/DET/11/det \u201c/PUNCT/9/punct "
            "regional/ADJ/11/amod \u201d/PUNCT/9/punct candidate/NOUN/3/conj ,/PUNCT/15/punct "
            "as/SCONJ/15/mark Reed/PROPN/15/nsubj/S-PERSON suggested/VERB/3/advcl "
            "after/SCONJ/18/mark she/PRON/18/nsubj swept/VERB/15/advcl the/DET/20/det "
            "South/PROPN/18/obj/S-LOC ./PUNCT/3/punct")
    rows = []
    for item in spec.split():
        form, upos, head, deprel, *ner = item.split("/")
        rows.append((form, _AS_LEMMAS.get(form, form.lower()), upos, int(head), deprel, *ner))
    quotes = [q for q in parsed_quotes(text, [rows]) if "regional" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Reed"
