"""Which mention a direct quote's attribution rests on (round 32).

PolNeAR's gold Source of a direct quote is, on train, the mention that the quote's own
cue governs when it has one (the pronoun of "..., she said" even when the sentence
named the speaker earlier: 75 of 83 such quotes), and the mention the quote before rests
on when the quote has no cue of its own (a continuing quote). These tests pin that
choice on both paths: the person is the same either way, but the scorer counts only the
mention, so a change that moves it to another mention of the same person (the first
name in the paragraph, the nearest name) costs accuracy.
"""

from __future__ import annotations

import pytest
from findings import annotate

import quotetrack


def mentions(text: str, parsed: bool) -> list[tuple[str, int | None, str | None]]:
    """(quote text, start of the speaker mention, speaker name) of each direct quote."""
    result = quotetrack.attribute_document(annotate(text)) if parsed else quotetrack.extract(text)
    return [(q.text, q.speaker_mention.start if q.speaker_mention else None,
             q.speaker.name if q.speaker else None)
            for q in result.quotes if q.kind in ("direct", "mixed")]


PATHS = pytest.mark.parametrize("parsed", [False, True], ids=["default", "parsed"])


@PATHS
def test_cue_pronoun_not_the_name_earlier_in_the_sentence(parsed: bool) -> None:
    text = ("Orla Kesterny, who chairs the Dunport harbour board, defended the levy on Monday. "
            '"We will not wait for the council," she said.')
    she = text.index("she said")
    assert mentions(text, parsed) == [('"We will not wait for the council,"', she, "Orla Kesterny")]


@PATHS
def test_cue_pronoun_after_an_indirect_statement_of_the_same_speaker(parsed: bool) -> None:
    text = ("Orla Kesterny said the levy would pay for itself. "
            '"The harbour needs the money now," she added.')
    she = text.index("she added")
    assert mentions(text, parsed) == [('"The harbour needs the money now,"', she, "Orla Kesterny")]


@PATHS
def test_continuing_quote_rests_on_the_quote_before(parsed: bool) -> None:
    text = ('"We will not wait for the council," said Orla Kesterny, who chairs the board. '
            "She spoke at the quay.\n\n"
            '"The harbour needs the money now."')
    name = text.index("Orla")
    assert mentions(text, parsed) == [
        ('"We will not wait for the council,"', name, "Orla Kesterny"),
        ('"The harbour needs the money now."', name, "Orla Kesterny")]


@PATHS
def test_second_quote_of_a_sentence_rests_on_its_cue(parsed: bool) -> None:
    text = ('Orla Kesterny spoke at the quay. "We will not wait," she said. '
            '"The harbour needs the money now."')
    she = text.index("she said")
    assert mentions(text, parsed) == [
        ('"We will not wait,"', she, "Orla Kesterny"),
        ('"The harbour needs the money now."', she, "Orla Kesterny")]
