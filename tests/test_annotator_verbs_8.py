"""Part-of-speech tags of the model-free annotator, eighteenth round (h36-svb): verbs in
-s right after a singular noun subject.  An -s word with a plural-noun suffix ("favors",
"carries", "demonstrates") in a clause's verb slot is the verb before a word that opens
its object; a noun phrase after "that", "when", "where" or "as" opens a clause
whatever the tag of the word before it.  Each test tags a short text written for it.
"""

from __future__ import annotations

import pytest

from quotetrack.parse.rules import annotate_tokens


def tag(text: str, word: str) -> str:
    """The tag the annotator gives the first ``word`` of ``text``."""
    return next(w["upos"] for sent in annotate_tokens(text) for w in sent
                if w["text"] == word)


@pytest.mark.parametrize("text, word, upos", [
    # a plural-noun suffix in the verb slot, before a determiner, pronoun or "to"
    ("Critics said the merger favors the largest lenders.", "favors", "VERB"),
    ("The survey carries a margin of error of four points.", "carries", "VERB"),
    ("The new audit demonstrates the scale of the losses.", "demonstrates", "VERB"),
    ("Her coalition carries him to the nomination.", "carries", "VERB"),
    ("The memo appears to contradict his account.", "appears", "VERB"),
    # ... but a plural noun before a name, an adverb, an adjective, a relative or "all"
    ("The Liberal candidates Ann Roe and Jo Vale spoke.", "candidates", "NOUN"),
    ("The party leaders long ago picked Roe.", "leaders", "NOUN"),
    ("The Ruritanian primaries last month drew crowds.", "primaries", "NOUN"),
    ("The party allies that backed her left.", "allies", "NOUN"),
    ("The city parks department closed.", "parks", "NOUN"),
    ("The company's shares rose.", "shares", "NOUN"),
])
def test_plural_suffix_in_the_verb_slot(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    # a noun phrase after a word that opens a clause, whatever its tag
    ("Roe argued that their party controls the senate.", "controls", "VERB"),
    ("She will speak when the governor visits the hall.", "visits", "VERB"),
    ("The budget grew as the city expands its services.", "expands", "VERB"),
    ("Prices rose as the bank raises its rates.", "raises", "VERB"),
    # ... but a plural noun after a preposition stays one
    ("Roe led the field before the state caucuses in March.", "caucuses", "NOUN"),
])
def test_subject_after_a_clause_opener(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    # a verb seldom a noun before "to" or a preposition, and "comes as"
    ("The new levy applies to imported cars.", "applies", "VERB"),
    ("The board tends to agree with Roe.", "tends", "VERB"),
    ("The rally comes as the vote nears.", "comes", "VERB"),
    ("The memo serves as a warning.", "serves", "VERB"),
    # ... but not a plural noun whose verb is not listed
    ("Her tax plans to raise revenue failed.", "plans", "NOUN"),
])
def test_verb_before_to_or_as(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    # a verb of thought opens a clause without "that", like a verb of saying
    ("Most voters thought the economy favors the rich.", "favors", "VERB"),
    ("She believes the merger requires a new vote.", "requires", "VERB"),
])
def test_subject_after_a_verb_of_thought(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos


@pytest.mark.parametrize("text, word, upos", [
    # a noun phrase without a determiner opens the sentence as its subject
    ("Federal labor law provides two remedies.", "provides", "VERB"),
    ("Cyber security remains a worry for Roe.", "remains", "VERB"),
    # ... but not before a verb or a noun's modifier
    ("Health care costs rose again.", "costs", "NOUN"),
    ("Campaign stops in Ruritania drew crowds.", "stops", "NOUN"),
])
def test_bare_subject_opening_the_sentence(text: str, word: str, upos: str) -> None:
    assert tag(text, word) == upos
