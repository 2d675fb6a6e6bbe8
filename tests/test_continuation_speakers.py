"""Speakers of quotes that continue the statement before them ("same speaker as the quote
before", "continuation paragraph"): the mention they rest on and how sure they are."""

from __future__ import annotations

import pytest
from handparse import conllu

import quotetrack


def attributed(text: str) -> list[quotetrack.Quote]:
    return list(quotetrack.extract(text).quotes)


def mention_of(q: quotetrack.Quote) -> str | None:
    return q.speaker_mention.text if q.speaker_mention is not None else None


def test_continuation_in_the_paragraph_is_nearly_as_sure_as_its_frame():
    """'“A,” Doe said. “B.”': B is Doe's as often as A is, so its confidence is the
    frame's times 0.95, not 0.9 (on PolNeAR train such quotes are right 98% of the
    time, as often as quotes of their frames' confidence)."""
    first, second = attributed("“We will not escalate,” Jane Doe said after the meeting. "
                               "“Our goal is to set norms.”")
    assert second.reason == "same speaker as the quote before"
    assert mention_of(second) == "Jane Doe"
    assert second.confidence == pytest.approx(first.confidence * 0.95, abs=0.002)


def test_continuation_paragraph_stays_less_sure():
    """A quote opening the paragraph after the statement keeps the larger discount."""
    first, second = attributed("“We will not escalate,” Jane Doe said after the meeting.\n\n"
                               "“Our goal is to set norms.”")
    assert second.reason == "continuation paragraph"
    assert second.confidence == pytest.approx(first.confidence * 0.8, abs=0.002)


def test_parsed_continuation_is_nearly_as_sure_as_its_frame():
    """The same confidence on the parsed path, which shares the continuation rule."""
    text = "“We will not escalate,” Jane Doe said. “Our goal is to set norms.”"
    s1 = [("“", "“", "PUNCT", 5, "punct"), ("We", "we", "PRON", 5, "nsubj"),
          ("will", "will", "AUX", 5, "aux"), ("not", "not", "PART", 5, "advmod"),
          ("escalate", "escalate", "VERB", 10, "ccomp"), (",", ",", "PUNCT", 5, "punct"),
          ("”", "”", "PUNCT", 5, "punct"),
          ("Jane", "Jane", "PROPN", 9, "compound", "B-PERSON"),
          ("Doe", "Doe", "PROPN", 10, "nsubj", "E-PERSON"),
          ("said", "say", "VERB", 0, "root"), (".", ".", "PUNCT", 10, "punct")]
    s2 = [("“", "“", "PUNCT", 6, "punct"), ("Our", "we", "PRON", 3, "nmod:poss"),
          ("goal", "goal", "NOUN", 6, "nsubj"), ("is", "be", "AUX", 6, "cop"),
          ("to", "to", "PART", 6, "mark"), ("set", "set", "VERB", 0, "root"),
          ("norms", "norm", "NOUN", 6, "obj"), (".", ".", "PUNCT", 6, "punct"),
          ("”", "”", "PUNCT", 6, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s1, s2]))
    first, second = quotetrack.attribute_document(doc).quotes
    assert mention_of(first) == mention_of(second) == "Jane Doe"
    assert second.reason == "same speaker as the quote before"
    assert second.confidence == pytest.approx(first.confidence * 0.95, abs=0.002)


# What PolNeAR train says about the mention a continuation quote rests on: gold takes the
# mention of the latest statement of the speaker, reported ones too, more often than the
# frame of the latest direct quote or the latest name (47 quotes after a reported
# statement: 37 right as now, 15 with the direct quote's frame).
@pytest.mark.parametrize("text, mention", [
    # a reported statement in between, negated too: its mention carries on
    ("“We will not escalate,” Jane Doe said after the meeting. She did not suggest "
     "retaliation. “Our goal is to set norms.”", "She"),
    # a reported statement with a name: that name, not the frame of the quote before
    ("“We will not escalate,” she said. Jane Doe, the mayor, said the council would "
     "meet again. “Our goal is to set norms.”", "Jane Doe"),
    # "said X, who added that ...": the noun the relative pronoun stands for
    ("“We will not escalate,” said Jane Doe, who added that the council would meet "
     "again. “Our goal is to set norms.”", "Jane Doe"),
])
def test_continuation_rests_on_the_latest_statement_of_the_speaker(text, mention):
    last = attributed(text)[-1]
    assert last.kind == "direct"
    assert mention_of(last) == mention
