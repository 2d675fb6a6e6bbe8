"""A quote whose speaker is named only after it, by a sentence that points back to it
(h56-aft): one rule (``Attributor._named_after``) over one list of shapes
(``_POINTING_BACK`` in quotetrack/attribute/words.py), one reason, ``that was how X put
it``.

1. The shapes the two earlier rules read ("that quote from X" in the Attributor, "that was
   how X put it" in the pipeline), now for one quote and for several whole quoted
   paragraphs alike: "That quote from X", "The remark, by X,", "Those words came from X",
   "So said X", "So says X", "That was how X put it / described it", "That's what X said",
   "Those were the words of X", with an apposition after the name.
2. Shapes neither read: "Those were X's words", "Such was the verdict of X", "The words
   are X's.", "That, at least, is how X sees it", "X's words, not mine.", "The quote was
   attributed to X", a noun of people ("So said Reed's lawyer", "the mayor's words").
3. Near misses: no person named ("That quote is often misread", "So said the sign",
   "Such was the verdict of history"), a pronoun, a denial ("That's not what X said"), a
   pointer that leads into the next quote ("This is what X said: “B”"), a guess ("is
   often attributed to"), an answer ("The response from X"), a pointer in the next
   paragraph after a quote that shares its paragraph with the writer's words, or after a
   paragraph of the writer's, and a quote with a frame of its own.

Every text here was written for the test.
"""

from __future__ import annotations

import pytest
from findings import parsed_quotes

import quotetrack

REASON = "that was how X put it"

_LONE = "Rail fares rise again. \"I'd rather walk to work than pay that much for a ticket.\" "
_PARAS = '"We never saw it coming."\n\n"It was over in a second."\n\n'


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str, float]]:
    """(text, mention, speaker name, reason, confidence) of each direct or mixed quote."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None, q.reason, q.confidence)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
            if q.kind != "indirect"]


def _lone(after: str) -> tuple[str | None, str | None, str]:
    """(mention, speaker name, reason) of the lone quote of ``_LONE`` followed by ``after``."""
    found = [(m, n, r) for t, m, n, r, _ in _quotes(_LONE + after) if "rather walk" in t]
    assert len(found) == 1, _quotes(_LONE + after)
    return found[0]


# 1. The shapes both earlier rules read, for one quote


@pytest.mark.parametrize(("after", "mention", "name"), [
    ("That quote from commuter group leader Ann Lee appeared on the front page.",
     "commuter group leader Ann Lee", "Ann Lee"),
    ("The line, from Tom Reed, became a slogan.", "Tom Reed", "Tom Reed"),
    ("Those words came from Tom Reed, a commuter.", "Tom Reed", "Tom Reed"),
    ("So said Tom Reed, a commuter.", "Tom Reed", "Tom Reed"),
    ("So says Tom Reed.", "Tom Reed", "Tom Reed"),
    ("That was how Tom Reed, a commuter, put it.", "Tom Reed", "Tom Reed"),
    ("That is how Tom Reed described the fares.", "Tom Reed", "Tom Reed"),
    ("That's what Tom Reed said.", "Tom Reed", "Tom Reed"),
    ("Those were the words of Tom Reed, a commuter.", "Tom Reed", "Tom Reed"),
])
def test_one_quote_named_by_the_sentence_after_it(after: str, mention: str, name: str) -> None:
    """'“A.” So says Tom Reed.' read "So" as the subject of "says", and "That's what Tom
    Reed said" gave the mention "That's what Tom Reed": now the name, and one reason."""
    assert _lone(after) == (mention, name, REASON)


# 1. ... and for several whole quoted paragraphs


@pytest.mark.parametrize("after", [
    "That was how Jo Roe, a driver, described the crash.",
    "That is how Jo Roe put it.",
    "So says Jo Roe, a driver.",
    "Those were the words of Jo Roe.",
    "That quote from Jo Roe appeared in the paper.",
    "Those were Jo Roe's words.",
])
def test_quoted_paragraphs_named_by_a_pointer_after_them(after: str) -> None:
    """Every quoted paragraph of the run is Jo Roe's; the one right before the pointer
    with more confidence than the one farther back."""
    rows = _quotes(_PARAS + after + "\n")
    assert [(t, n, r) for t, _, n, r, _ in rows] == [
        ('"We never saw it coming."', "Jo Roe", REASON),
        ('"It was over in a second."', "Jo Roe", REASON)], rows
    assert rows[0][4] < rows[1][4] == 0.8


def test_a_run_ending_in_a_quote_the_pointer_follows_in_its_paragraph() -> None:
    text = '"We never saw it coming."\n\n"It was over." That was how Jo Roe put it.\n'
    assert [n for _, _, n, _, _ in _quotes(text)] == ["Jo Roe", "Jo Roe"]


def test_a_short_quoted_paragraph_named_after_it_is_kept() -> None:
    """'“No.”' alone was dropped as a scare quote before the pipeline's rule could name
    it; the pointer names it first now."""
    assert _quotes('"No."\n\nThat was how Jo Roe put it.\n') == [
        ('"No."', "Jo Roe", "Jo Roe", REASON, 0.8)]


# 2. Shapes neither earlier rule read


@pytest.mark.parametrize(("after", "mention"), [
    ("Those were Tom Reed's words.", "Tom Reed"),
    ("Such was the verdict of Tom Reed, a commuter.", "Tom Reed"),
    ("The words are Tom Reed's.", "Tom Reed"),
    ("The words were Tom Reed's, not mine.", "Tom Reed"),
    ("That, at least, is how Tom Reed sees it.", "Tom Reed"),
    ("Tom Reed's words, not mine.", "Tom Reed"),
    ("The quote was attributed to Tom Reed, a commuter.", "Tom Reed"),
    ("That is exactly what Tom Reed told me.", "Tom Reed"),
    ("So said Tom Reed's lawyer.", "Tom Reed's lawyer"),
    ("Those were the mayor's words.", "the mayor"),
])
def test_new_shapes_that_point_back(after: str, mention: str) -> None:
    assert _lone(after)[0::2] == (mention, REASON)


# 3. Near misses


@pytest.mark.parametrize("after", [
    "That quote is often misread by the council.",
    "The line from the station to the port is closed.",
    "So said the sign.",
    "So said he.",
    "Those were his words.",
    "Such was the verdict of history.",
    "That was the view of the lake from Jo Roe's house.",
    "That's not what Tom Reed said.",
    "That is what Tom Reed saw.",
    "The quote is often attributed to Tom Reed.",
    "The response from Tom Reed was swift.",
    "Tom Reed's words were drowned out.",
])
def test_sentences_that_name_no_speaker_for_the_quote(after: str) -> None:
    assert _lone(after)[0] is None


def test_a_pointer_that_leads_into_the_next_quote_is_that_quote_s_frame() -> None:
    """'This is what X said: “B.”' introduces B; the quote before it stays unnamed."""
    rows = _quotes(_LONE + 'This is what Tom Reed said: "We need trains."')
    assert [(t[:8], n) for t, _, n, _, _ in rows] == [("\"I'd rat", None),
                                                      ('"We need', "Tom Reed")], rows


def test_a_frame_of_its_own_keeps_its_speaker() -> None:
    """'That is how the system works, Jo Roe said.': a statement with its own frame, no
    pointer; and a quote its own sentence frames keeps that frame."""
    near = '"We never saw it coming."\n\nThat is how the system works, Jo Roe said.\n'
    assert _quotes(near)[0][2] is None
    framed = ("Tom Reed said: \"I'd rather walk to work than pay that much for a ticket.\" "
              "That quote from Ann Lee came later.")
    assert _quotes(framed)[0][2] == "Tom Reed"


@pytest.mark.parametrize("text", [
    # the quote shares its paragraph with the writer's words: the pointer in the next
    # paragraph may point to all of it
    '"We never saw it coming." The bus was late.\n\nThat was how Jo Roe put it.\n',
    'The bus was late. "We never saw it coming."\n\nThat was how Jo Roe put it.\n',
    # a paragraph of the writer's between the quote and the pointer
    '"We never saw it coming."\n\nThe bus was late.\n\nThat was how Jo Roe put it.\n',
])
def test_a_pointer_in_another_paragraph_that_does_not_count(text: str) -> None:
    assert _quotes(text)[0][2] is None, _quotes(text)


def test_a_framed_quote_ends_the_run_the_pointer_names() -> None:
    """'“A.”\\n\\n“B,” Ann Lee said.\\n\\nThat was how Jo Roe put it.': B is Lee's, and
    the pointer reaches no further back than her frame."""
    text = ('"We never saw it coming."\n\n"It was over," Ann Lee said.\n\n'
            "That was how Jo Roe put it.\n")
    assert [n for _, _, n, _, _ in _quotes(text)] == [None, "Ann Lee"]


# The parsed path reads the same rule


_LEMMAS = {"were": "be", "lost": "lose", "words": "word", "Those": "that"}


def test_parsed_path_those_were_x_s_words() -> None:
    text = "\u201cWe lost the vote.\u201d Those were Jane Doe's words."
    specs = ["\u201c/PUNCT/3/punct We/PRON/3/nsubj lost/VERB/0/root the/DET/5/det "
             "vote/NOUN/3/obj ./PUNCT/3/punct \u201d/PUNCT/3/punct",
             "Those/PRON/6/nsubj were/AUX/6/cop Jane/PROPN/6/nmod:poss/B-PERSON "
             "Doe/PROPN/3/flat/E-PERSON 's/PART/3/case words/NOUN/0/root ./PUNCT/6/punct"]
    sentences = []
    for spec in specs:
        rows = []
        for item in spec.split():
            form, upos, head, deprel, *ner = item.split("/")
            rows.append((form, _LEMMAS.get(form, form.lower()), upos, int(head), deprel,
                         *ner))
        sentences.append(rows)
    quotes = parsed_quotes(text, sentences)
    assert [(q.speaker_mention.text if q.speaker_mention else None, q.reason)
            for q in quotes] == [("Jane Doe", REASON)]


@pytest.mark.parametrize(("text", "name"), [
    ('Fares rise. "Why pay more?" So says Tom Reed.', "Tom Reed"),
    ('Fares rise. "We will win!" Those were Tom Reed\'s words.', "Tom Reed"),
])
def test_a_quote_ending_in_a_question_or_exclamation_mark(text: str, name: str) -> None:
    """'“A?” So says X.': "So" is no subject of "says" (it was the mention), and a short
    quote named after it is no scare quote."""
    assert [(n, r) for _, _, n, r, _ in _quotes(text)] == [(name, REASON)]
