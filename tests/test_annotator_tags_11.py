"""Part-of-speech tags of the model-free annotator, nineteenth round (h39-tg2): "later"
and "first" as adjective or adverb, the verb of a relative clause after "that", a word
after a modal, and short title-case headlines.  Each test tags or attributes a short text
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


def ner(text: str, word: str) -> str:
    """The entity tag the annotator gives the first ``word`` of ``text``."""
    return next(w["ner"] for sent in annotate_tokens(text) for w in sent
                if w["text"] == word)


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quote's text and its speaker mention's text."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes]


@pytest.mark.parametrize("text, word, upos", [
    ("In a later interview, Ann Vale said the plan was flawed.", "later", "ADJ"),
    ("The vote was moved to a later date.", "later", "ADJ"),
    ("In later years the mill closed.", "later", "ADJ"),
    # an adverb after a noun or a verb, or before a clause
    ("A year later the mill closed.", "later", "ADV"),
    ("Ann Vale said later that the plan was flawed.", "later", "ADV"),
    ("The mill closed and the shop followed later.", "later", "ADV"),
])
def test_later_before_a_noun_is_an_adjective(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    ("Ann Vale first said the plan was sound.", "first", "ADV"),
    ("The rumour, which first emerged in May, was false.", "first", "ADV"),
    # an adjective after a determiner or possessive
    ("His first elected office was on the council.", "first", "ADJ"),
    ("The first said no.", "first", "ADJ"),
])
def test_first_between_subject_and_verb_is_an_adverb(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


def test_second_statement_after_later_interview_keeps_the_first_subject() -> None:
    """"X first said A, but in a later interview said B": X said B, not the interview."""
    text = "Ann Vale first said the plan was sound, but in a later interview said it was flawed."
    assert ("it was flawed", "Ann Vale") in speakers(text)


@pytest.mark.parametrize("text, word, upos", [
    ("Towns that include Elmwood and Dover should show gains.", "include", "VERB"),
    ("Groups that block the plan said they would stay.", "block", "VERB"),
    # a noun after a demonstrative
    ("At that point the mayor left.", "point", "NOUN"),
    ("He cited rules that state law sets.", "state", "NOUN"),
])
def test_base_verb_after_relative_that(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word", [
    ("The coach said the club would appeal.", "appeal"),
    ("Doe said the club would not appeal the ruling.", "appeal"),
    ("The panel could reveal its findings.", "reveal"),
    ("The board will abolish the fee.", "abolish"),
    ("The coach said the club will likely appeal.", "appeal"),
])
def test_word_after_a_modal_is_a_verb(text: str, word: str) -> None:
    assert tag(text, word) == "VERB"


def test_adverb_between_a_modal_and_its_verb() -> None:
    assert tag("The club will likely appeal the ruling.", "likely") == "ADV"


def test_adjective_after_be_after_a_modal_stays_one() -> None:
    assert tag("The club would be critical of it.", "critical") == "ADJ"


@pytest.mark.parametrize("text, word", [
    ("Mayor Says She Backs Plan", "Backs"),
    ("Mayor Says He Regrets Vote", "Regrets"),
    ("Critics Say They Want New Vote", "Want"),
    ("Farmers Say We Need Rain", "Need"),
])
def test_short_title_case_headline_verb(text: str, word: str) -> None:
    """A capitalised subject pronoun mid-sentence marks title case: its verb is one."""
    assert tag(text, word) == "VERB"
    assert ner(text, word) == "O"


def test_short_title_case_headline_credits_its_subject() -> None:
    assert speakers("Mayor Says She Backs Plan") == [("She Backs Plan", "Mayor")]
