"""Round 32: attributions in an article's headline (its first line), on both paths."""

from __future__ import annotations

import pytest
from findings import both_paths
from handparse import conllu, spec_rows

import quotetrack


def _parsed_rows(text: str, sentences: list[list[tuple]]) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker mention) of each quote of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [(q.kind, q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes]


_BODY = "Senator Mara Halvorsen said on Monday that the plan would fail."
_BODY_ROWS = spec_rows(
    "Senator/PROPN/3/compound/B-PERSON Mara/PROPN/3/compound/I-PERSON "
    "Halvorsen/PROPN/4/nsubj/E-PERSON said/VERB/0/root on/ADP/6/case Monday/PROPN/4/obl/S-DATE "
    "that/SCONJ/11/mark the/DET/9/det plan/NOUN/11/nsubj would/AUX/11/aux fail/VERB/4/ccomp "
    "./PUNCT/4/punct", {"said": "say"})


def test_headline_label_a_parse_tags_as_a_place_names_the_articles_person() -> None:
    """A parse's tagger, misled by a headline's capitals, tags the lone surname of its label
    as a place ("Halvorsen: Tax Plan ..." as GPE); the article names a person Halvorsen, so
    the claim after the colon is hers, on the parsed path as on the model-free one."""
    text = f"Halvorsen: Tax Plan Will Sink The Budget.\n\n{_BODY}"
    head = spec_rows("Halvorsen/PROPN/5/nsubj/S-GPE :/PUNCT/1/punct Tax/PROPN/4/compound "
                     "Plan/PROPN/5/nsubj Will/AUX/6/aux Sink/VERB/0/root The/DET/7/det "
                     "Budget/PROPN/6/obj ./PUNCT/6/punct")
    claim = ("indirect", "Tax Plan Will Sink The Budget.", "Halvorsen")
    assert claim in _parsed_rows(text, [head, _BODY_ROWS])
    assert ("indirect", "Tax Plan Will Sink The Budget.", "Halvorsen") in [
        (q.kind, q.text, q.speaker_mention.text if q.speaker_mention else None)
        for q in quotetrack.QuoteTracker(backend="rules")(text).quotes]


def test_headline_label_of_a_place_is_no_speaker() -> None:
    """A place's name before a headline's colon is a dateline or a topic, no speaker, when
    the article names no person so ("Dunmore: Farmers Brace For A Long Winter")."""
    text = f"Dunmore: Farmers Brace For A Long Winter.\n\n{_BODY}"
    head = spec_rows("Dunmore/PROPN/4/nsubj/S-GPE :/PUNCT/1/punct Farmers/NOUN/4/nsubj "
                     "Brace/VERB/0/root For/ADP/8/case A/DET/8/det Long/ADJ/8/amod "
                     "Winter/PROPN/4/obl ./PUNCT/4/punct")
    rows = _parsed_rows(text, [head, _BODY_ROWS])
    assert not [r for r in rows if r[1].startswith("Farmers")]


_SINGLE_BODY = "\n\nThe mayor spoke at City Hall on Monday. “We will not accept it,” Velde said."


@pytest.mark.parametrize("headline, claim", [
    ("Mara Velde Says Budget Plan ‘Will Sink The City.’", "Budget Plan ‘Will Sink The City.’"),
    ("Budget Plan ‘Will Sink The City,’ Mara Velde Says.", "Budget Plan ‘Will Sink The City,’"),
])
def test_headline_clause_with_words_in_single_marks_is_a_statement(headline: str,
                                                                   claim: str) -> None:
    """A headline's reported clause that quotes some of its words in single marks, as
    headlines quote, is the speaker's indirect statement beside the quoted words' mixed
    quote, on both paths, as a claim after a headline's colon is."""
    for rows in both_paths(headline + _SINGLE_BODY):
        assert (claim, "indirect", "Mara Velde", "Mara Velde") in rows
        assert any(r[1] == "mixed" and r[2] == "Mara Velde" and "Sink" in r[0] for r in rows)


@pytest.mark.parametrize("headline", [
    "Mara Velde Says ‘We Will Not Accept It.’",  # all of the clause in quote marks
    "Mara Velde Says Budget Plan “Will Sink The City.”",  # double marks: a quote's own
])
def test_headline_clause_all_quoted_or_in_double_marks_is_no_second_statement(
        headline: str) -> None:
    """No indirect statement beside the quote when the headline's clause is all quoted,
    or quotes in double marks, as the body does."""
    for rows in both_paths(headline + _SINGLE_BODY):
        assert not [r for r in rows if r[1] == "indirect" and r[0] in headline]


def test_headline_single_marks_in_a_text_that_quotes_so_throughout() -> None:
    """A text that quotes in single marks throughout (as British papers do) gives its
    headline's clause no second statement."""
    text = "Mara Velde Says Budget Plan ‘Will Sink The City.’\n\n" \
           "The mayor spoke on Monday. ‘We will not accept it,’ Velde said."
    for rows in both_paths(text):
        assert not [r for r in rows if r[1] == "indirect" and "Budget" in r[0]]


def test_headline_clause_stops_at_the_writers_teaser() -> None:
    """The headline's clause with single-marked words ends before the writer's teaser
    after a spaced dash ("– It May Surprise You"), no one's statement."""
    text = "Mara Velde Says Budget Plan ‘Will Sink The City’ – It May Surprise You." + \
        _SINGLE_BODY
    for rows in both_paths(text):
        assert ("Budget Plan ‘Will Sink The City’", "indirect", "Mara Velde",
                "Mara Velde") in rows


def test_headline_quote_with_no_frame_after_its_comma_gives_no_clause() -> None:
    """Only a frame set off by the quote's comma ("‘...,’ Doe Says") closes a clause that
    runs from the headline's start; "Doe Calls Roe ‘A Disgrace’ Over Police Comments" has
    none."""
    text = "Mara Velde Calls Rival ‘A Disgrace’ Over Police Shooting Comments." + _SINGLE_BODY
    for rows in both_paths(text):
        assert not [r for r in rows if r[1] == "indirect" and "Disgrace" in r[0]]


@pytest.mark.parametrize("verb", ["derided", "assailed", "berated"])
def test_verbs_of_criticism_report_their_object(verb: str) -> None:
    """"X derided [Y]", "X assailed [Y]", "X berated [Y]": what X said of Y, as "X
    criticized [Y]" is, on both paths."""
    text = f"Senator Mara Velde {verb} the budget plan on Monday."
    for rows in both_paths(text):
        assert ("the budget plan", "indirect", "Senator Mara Velde", "Mara Velde") in rows
