"""Labels before a colon that name nobody, and quoted titles in a framed statement."""

from __future__ import annotations

import pytest
from handparse import conllu

import quotetrack


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker mention's text."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention is not None else None)
            for q in quotetrack.extract(text).quotes]


@pytest.mark.parametrize("label", ["Update", "Correction", "Editor's note", "Watch",
                                   "Breaking"])
def test_label_before_a_colon_speaks_nothing(label: str) -> None:
    """"Update: “...”": a label of a word or two that is no name, person or title of the
    article introduces the quote but does not say it."""
    text = (f"The county board met on Tuesday.\n\n{label}: “The Elm Street bridge will "
            "reopen on Monday.”")
    assert all(mention is None for _, mention in speakers(text))


def test_label_a_parse_tags_a_name_speaks_nothing() -> None:
    """A parse may tag the label at the head of the line a proper noun ("Update/PROPN"):
    no word of the article names it, so neither colon rule gives it the quote."""
    text = "Update: “The bridge will reopen Monday.”"
    rows = [("Update", "update", "PROPN", 0, "root"), (":", ":", "PUNCT", 1, "punct"),
            ("“", "“", "PUNCT", 7, "punct"), ("The", "the", "DET", 5, "det"),
            ("bridge", "bridge", "NOUN", 7, "nsubj"), ("will", "will", "AUX", 7, "aux"),
            ("reopen", "reopen", "VERB", 1, "parataxis"),
            ("Monday", "Monday", "PROPN", 7, "obl:tmod", "S-DATE"),
            (".", ".", "PUNCT", 7, "punct"), ("”", "”", "PUNCT", 7, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    assert all(q.speaker_mention is None for q in quotetrack.attribute_document(doc).quotes)


@pytest.mark.parametrize("text, mention", [
    # a surname the article names elsewhere
    ("Kovac: “We will rebuild the pier this year.”\n\nMayor Lena Kovac said on Monday "
     "that the town would borrow the money.", "Kovac"),
    # a title
    ("Mayor: “We will rebuild the pier this year.”", "Mayor"),
    # a full name
    ("The council met. Lena Kovac: “We will rebuild the pier this year.”", "Lena Kovac"),
    # a lead-in longer than a label: a document speaks
    ("Transcript of the hearing as follows: “We will rebuild the pier this year.”",
     "Transcript of the hearing as follows"),
])
def test_name_or_phrase_before_a_colon_still_speaks(text: str, mention: str) -> None:
    """Names, titles and phrases before the colon keep speaking the quote after it."""
    assert speakers(text)[0][1] == mention


@pytest.mark.parametrize("frame, mention", [
    ("said Tom Bellweather", "Tom Bellweather"),
    ("Tom Bellweather said", "Tom Bellweather"),
    ("said Tom Bellweather, then the studio's publicist", "Tom Bellweather"),
])
def test_title_opening_a_framed_sentence_is_the_speakers(frame: str, mention: str) -> None:
    """'“Night Harbor” was to be a “cautionary tale,” said X.': the title that opens the
    sentence stands in the statement X frames, so it is X's as the later quote is."""
    text = f"“Night Harbor” was to be a “cautionary tale,” {frame}."
    assert speakers(text) == [("“Night Harbor”", mention), ("“cautionary tale,”", mention)]


def test_title_before_a_quote_framed_in_the_next_sentence_names_nobody() -> None:
    """A frame in a later sentence does not reach back to the title of this one."""
    text = ("Tom Bellweather spoke first. “Night Harbor” is a “cautionary tale.” Jane Moss "
            "said so too.")
    assert ("“Night Harbor”", "Jane Moss") not in speakers(text)


def test_title_after_the_writers_lead_in_keeps_its_own_reading() -> None:
    """A title after words of the writer's is not taken into the later frame."""
    text = ("Critics praised “Night Harbor” as a “cautionary tale,” said Tom Bellweather.")
    assert ("“Night Harbor”", "Tom Bellweather") not in speakers(text)
