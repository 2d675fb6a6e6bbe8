"""End-to-end attribution with the model-free default, on texts written for the tests."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack import QuoteTracker


def quotes(text: str):
    return quotetrack.extract(text).quotes


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.kind) for q in quotes(text)]


@pytest.mark.parametrize("text, speaker, mention", [
    ('"We will build it," Jane Doe said.', "Jane Doe", "Jane Doe"),
    ('"We will build it," said Jane Doe.', "Jane Doe", "Jane Doe"),
    ('Jane Doe said: "We will build it."', "Jane Doe", "Jane Doe"),
    ('Jane Doe told reporters, "We will build it."', "Jane Doe", "Jane Doe"),
    ('"We will build it," Jane Doe, a city engineer, said.', "Jane Doe", "Jane Doe"),
    ('"We will build it," Reuters reported.', "Reuters", "Reuters"),
])
def test_speaker_patterns(text, speaker, mention):
    """The common news frames around a direct quote credit the right speaker."""
    (q,) = quotes(text)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker_mention.text == mention
    assert text[q.start:q.end] == q.text
    assert q.confidence > 0.5


def test_pronoun_resolves_to_previous_speaker():
    """"he said" credits the most recent compatible speaker, the mention being "he"."""
    text = ('Senator John Marsh said on Monday that the bill would pass.\n\n'
            '"We have the votes," he said.')
    q = [q for q in quotes(text) if q.kind == "direct"][0]
    assert q.speaker.name == "John Marsh"
    assert q.speaker_mention.text == "he"
    assert q.speaker_mention.form == "pronoun"


def test_role_noun_resolves_through_title():
    """"The senator said" credits the person the article titled Senator."""
    text = ('Senator John Marsh spoke first.\n\n'
            'The senator said the deal was "dead on arrival."')
    q = quotes(text)[-1]
    assert q.speaker is not None and q.speaker.name == "John Marsh"
    assert q.speaker_mention.text.lower() == "the senator"


def test_cue_in_the_middle_and_continuation():
    """A quote after "X said." in the same paragraph, and a quote-only paragraph, keep the
    speaker."""
    text = ('"We won," Maria Lopez said. "They lost."\n\n'
            '"And we will win again next year."')
    got = speakers(text)
    assert got == [("Maria Lopez", "direct")] * 3


def test_multi_paragraph_quote_is_one_quote():
    """A quote that reopens in the next paragraph without closing is one quote."""
    text = ('"We will look at every option," Maria Lopez said. '
            '"If the plan fails, we start over.\n\n'
            '"Nothing is off the table."')
    qs = quotes(text)
    assert qs[-1].text.endswith('"Nothing is off the table."')
    assert qs[-1].text.startswith('"If the plan fails')
    assert qs[-1].speaker.name == "Maria Lopez"


def test_mixed_quote():
    """A quoted fragment inside reported speech is a mixed quote of the reporting subject."""
    text = 'Maria Lopez said the budget was "simply not acceptable" to the council.'
    (q,) = quotes(text)
    assert q.kind == "mixed"
    assert q.speaker.name == "Maria Lopez"
    assert "simply not acceptable" in q.text


@pytest.mark.parametrize("text", [
    "The plan would cut costs, Maria Lopez said on Tuesday.",
    "Maria Lopez said that the plan would cut costs.",
    "According to Maria Lopez, the plan would cut costs.",
])
def test_reported_speech(text):
    """Indirect speech frames give an indirect quote with its speaker and clause."""
    (q,) = quotes(text)
    assert q.kind == "indirect"
    assert q.speaker.name == "Maria Lopez"
    assert q.text.startswith("the plan") or q.text.startswith("The plan")
    assert q.text.endswith("costs")


def test_scare_quotes_are_not_speech():
    """A short quoted phrase with no speaker anywhere near is not a quote."""
    assert quotes('The so-called "reform" package passed the house.') == ()


def test_addressee():
    """"X told Y" records Y as the addressee."""
    text = '"We are ready," Maria Lopez told The Herald\'s Tom Reed.'
    (q,) = quotes(text)
    assert q.addressee is not None and q.addressee.name == "Tom Reed"


def test_offsets_point_into_original_text_after_cleaning():
    """Hover-card junk is cleaned, but offsets still slice the user's text."""
    text = ('Mayor Ann BellAnn BellBell opens new library Council votes on budget MORE said '
            'on Monday that the library would open in May.\n\n'
            '"It is a great day," Bell said.')
    result = quotetrack.extract(text)
    for q in result.quotes:
        assert "MORE" not in q.text
        assert text[q.start:q.end].replace("\u00a0", " ").startswith(q.text[:5])
        m = q.speaker_mention
        assert text[m.start:m.end] == m.text
    direct = [q for q in result.quotes if q.kind == "direct"][0]
    assert direct.speaker.name == "Ann Bell"


def test_document_input_is_accepted():
    """A stanza Document from the model-free annotator goes through the tracker."""
    from quotetrack.parse.rules import annotate

    doc = annotate('"We will build it," Jane Doe said.')
    result = QuoteTracker(backend="rules")(doc)
    assert result.quotes[0].speaker.name == "Jane Doe"


def test_bad_backend_and_input_types():
    """Unknown backends and non-text input fail with clear errors."""
    with pytest.raises(ValueError, match="backend"):
        QuoteTracker(backend="spacy")
    with pytest.raises(TypeError, match="article text"):
        QuoteTracker(backend="rules")(42)


def test_empty_and_whitespace_text():
    """Empty or blank text gives an empty result, not an error."""
    assert quotes("") == ()
    assert quotes("   \n\n ") == ()


def test_people_sharing_a_surname_stay_apart():
    """Bill and Hillary Clinton are two entities; "Clinton" alone joins the latest one."""
    text = ('Hillary Clinton spoke first. Bill Clinton followed her on stage.\n\n'
            '"We are ready," Hillary Clinton said. "So am I," Bill Clinton said.')
    result = quotetrack.extract(text)
    names = sorted(e.name for e in result.entities if e.type == "PERSON")
    assert names == ["Bill Clinton", "Hillary Clinton"]
    speakers = [q.speaker.name for q in result.quotes]
    assert speakers == ["Hillary Clinton", "Bill Clinton"]
