"""Part-of-speech tags of the model-free annotator, nineteenth round (h38-tg): capitalised
name particles before a lower-case one ("Van der Berg"), -ing modifiers between a name and
its noun ("the Tallis Mills bottling plant").  Each test tags or attributes a short text
written for it.
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate_tokens


def tag(text: str, word: str) -> str:
    """The tag the annotator gives the first ``word`` of ``text``."""
    return next(w["upos"] for sent in annotate_tokens(text) for w in sent
                if w["text"] == word)


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker mention's text."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes]


@pytest.mark.parametrize("text, quote, speaker", [
    ('"We will fight on," Van der Berg said.', '"We will fight on,"', "Van der Berg"),
    ("Van der Berg said the mill would close.", "the mill would close", "Van der Berg"),
    ('"Nothing is settled," said De la Cruz.', '"Nothing is settled,"', "De la Cruz"),
    ("Van Der Berg said the mill would close.", "the mill would close", "Van Der Berg"),
])
def test_capital_particle_before_a_lower_case_one_opens_the_name(
        text: str, quote: str, speaker: str) -> None:
    """A capitalised particle, a lower-case particle and a surname are one name."""
    assert (quote, speaker) in speakers(text)


def test_capital_particle_name_is_a_proper_noun() -> None:
    assert tag("He met Van der Berg on Monday.", "Van") == "PROPN"


@pytest.mark.parametrize("text, word, upos", [
    ("Workers at the Tallis Mills bottling plant say they are tired.", "bottling", "NOUN"),
    ("The Acme mining company said it would appeal.", "mining", "NOUN"),
    # a clause's verb after a plural people's name, or with no determiner, stays a verb
    ("All Ruritanians seeking entry were stopped.", "seeking", "VERB"),
    ("Officials said Dorvale fearing unrest closed the border.", "fearing", "VERB"),
])
def test_ing_form_between_a_name_and_its_noun(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


def test_ing_modifier_keeps_the_whole_speaker() -> None:
    """The mention runs on through the -ing modifier to the noun it modifies."""
    assert speakers("Workers at the Tallis Mills bottling plant say the mill will close.") \
        == [("the mill will close", "Workers at the Tallis Mills bottling plant")]


def test_as_frame_speaker_mention_leaves_out_as() -> None:
    """The annotator keeps "as" a noun (the attributor reads its frames by the word), but
    the speaker mention of an as-frame statement begins after it."""
    assert speakers("The rules, as Mr. Sykes said, are clear.") \
        == [("The rules, as Mr. Sykes said, are clear", "Mr. Sykes")]


@pytest.mark.parametrize("text, word, upos", [
    ("The plan, an inside source said, is to close the mill.", "inside", "ADJ"),
    ("Conditions inside prisons are poor.", "inside", "ADP"),
    ("Inside the hall, the crowd waited.", "Inside", "ADP"),
])
def test_inside_after_a_determiner_before_a_noun_is_an_adjective(
        text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


def test_inside_source_states_the_statement_it_splits() -> None:
    assert speakers("The plan, an inside source said, is to close the mill.") \
        == [("The plan, an inside source said, is to close the mill", "an inside source")]


def test_title_case_s_form_after_a_singular_pronoun_is_a_verb() -> None:
    """In a title-case headline a capitalised -s form after "He", "She" or "It" is the
    pronoun's verb, not the first word of a name."""
    assert tag("Critics Say It Proves Mayor Lied", "Proves") == "VERB"
