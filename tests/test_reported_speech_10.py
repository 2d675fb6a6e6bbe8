"""Reported speech, twenty-second round: where a statement ends when the noun of saying
that opens it stands in the sentence's subject ("The mayor's claim that A was false"),
on both paths (see handparse.py for the hand-written parses).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import parsed_quotes, reported


def _parsed(text: str, sentences: list[list[tuple]]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in parsed_quotes(text, sentences, kinds=("indirect",))]


# ------------------------------------------------------ the model-free path


@pytest.mark.parametrize("text, statement, speaker", [
    # a copula with a word read as a verb: the second "was" is the sentence's own
    ("The mayor's claim that the city was broke was false.",
     "the city was broke", "The mayor"),
    # a modal group, then a verb in the past
    ("The senator's warning that taxes would rise proved wrong.",
     "taxes would rise", "The senator"),
    ("Roe's warning that the levee was failing went unanswered.",
     "the levee was failing", "Roe"),
    ("Doe's claim that prices did not rise is false.", "prices did not rise", "Doe"),
    ("Roe's assertion that she had been misquoted did not satisfy critics.",
     "she had been misquoted", "Roe"),
    ("Doe's claim that he should have known was dismissed.", "he should have known", "Doe"),
    ("Doe's promise that taxes would fall drew jeers.", "taxes would fall", "Doe"),
])
def test_statement_in_the_subject_ends_at_its_own_verb_group(text, statement, speaker):
    """"X's claim that A VERB ...": A has one verb group; the next finite verb is the
    sentence's, and A ends before it."""
    assert reported(text) == [(statement, speaker)]


@pytest.mark.parametrize("text, statement", [
    ("Doe's claim that the man who lied was elected is false.",
     "the man who lied was elected"),
    ("Doe's claim that the plan that he drew would work was wrong.",
     "the plan that he drew would work"),
    ("Doe's claim that the money he raised was spent is false.",
     "the money he raised was spent"),
    ("Doe's claim that what he did was legal drew scorn.", "what he did was legal"),
    ("The governor's warning that the dam could fail if rain continued went unheeded.",
     "the dam could fail if rain continued"),
])
def test_clause_inside_the_statement_keeps_its_verb(text, statement):
    """"the man who lied", "the money he raised", "if rain continued": a clause inside
    the statement has a verb of its own, which does not end the statement."""
    assert [s for s, _ in reported(text)] == [statement]


@pytest.mark.parametrize("text, statement", [
    ("Doe's claim that he lied and cheated is false.", "he lied and cheated"),
    ("Her assertion that taxes rose and jobs fell is false.", "taxes rose and jobs fell"),
    ("The company's claim that its product is safe and that it never hid data was "
     "rejected.", "its product is safe and that it never hid data"),
])
def test_joined_verbs_and_clauses_stay_in_the_statement(text, statement):
    """"he lied and cheated", "taxes rose and jobs fell": verbs and clauses joined by
    "and" belong to the statement; the sentence's verb comes after them."""
    assert [s for s, _ in reported(text)] == [statement]


@pytest.mark.parametrize("text, statement", [
    ("Doe's claim that he wanted to be elected was a lie.", "he wanted to be elected"),
    ("Doe's claim that he got elected fairly is false.", "he got elected fairly"),
    ("Doe's claim that he was fired for refusing to lie is false.",
     "he was fired for refusing to lie"),
])
def test_verb_group_runs_on_over_infinitives_and_participles(text, statement):
    """Near miss: "wanted to be elected", "got elected", "for refusing to lie": words of
    one verb group, or no finite verb at all, do not end the statement."""
    assert [s for s, _ in reported(text)] == [statement]


def test_joined_noun_before_the_sentence_verb():
    """Near miss: "he met Smith and Jones was false": after a noun joined by "and", the
    one verb left is the sentence's."""
    assert reported("His claim that he met Smith and Jones was false.") == \
        [("he met Smith and Jones", "His")]


def test_statement_in_a_relative_subject_ends_before_the_main_verb():
    """"Firms that said A have cut jobs": the statement of a relative clause in the
    subject ends before the sentence's verb, here an auxiliary after A's verb."""
    text = "Businesses that warned the plant would close were not consulted."
    assert [s for s, _ in reported(text)] == ["the plant would close"]
    text = "Firms that said prices would rise have cut jobs."
    assert [s for s, _ in reported(text)] == ["prices would rise"]


def test_noun_after_the_sentence_verb_keeps_the_whole_clause():
    """Near miss: "X repeated his claim that A is false" holds the noun in the object;
    the clause runs to the sentence's end."""
    assert [s for s, _ in reported("Roe repeated her claim that the audit was rigged.")] \
        == ["the audit was rigged"]


# ------------------------------------------------------ the parsed path


def test_parsed_copula_statement_ends_before_the_sentence_verb():
    """The parse reads "broke" as a verb: the statement still ends at it."""
    text = "The mayor's claim that the city was broke was false."
    s = [("The", "the", "DET", 2, "det"), ("mayor", "mayor", "NOUN", 4, "nmod:poss"),
         ("'s", "'s", "PART", 2, "case"), ("claim", "claim", "NOUN", 11, "nsubj"),
         ("that", "that", "SCONJ", 9, "mark"), ("the", "the", "DET", 7, "det"),
         ("city", "city", "NOUN", 9, "nsubj"), ("was", "be", "AUX", 9, "aux"),
         ("broke", "break", "VERB", 4, "acl"), ("was", "be", "AUX", 11, "cop"),
         ("false", "false", "ADJ", 0, "root"), (".", ".", "PUNCT", 11, "punct")]
    assert _parsed(text, [s]) == [("the city was broke", "The mayor")]


def test_parsed_relative_clause_inside_the_statement():
    text = "Doe's claim that the man who lied was elected is false."
    s = [("Doe", "Doe", "PROPN", 3, "nmod:poss", "S-PERSON"), ("'s", "'s", "PART", 1, "case"),
         ("claim", "claim", "NOUN", 12, "nsubj"), ("that", "that", "SCONJ", 10, "mark"),
         ("the", "the", "DET", 6, "det"), ("man", "man", "NOUN", 10, "nsubj:pass"),
         ("who", "who", "PRON", 8, "nsubj"), ("lied", "lie", "VERB", 6, "acl:relcl"),
         ("was", "be", "AUX", 10, "aux:pass"), ("elected", "elect", "VERB", 3, "acl"),
         ("is", "be", "AUX", 12, "cop"), ("false", "false", "ADJ", 0, "root"),
         (".", ".", "PUNCT", 12, "punct")]
    assert _parsed(text, [s]) == [("the man who lied was elected", "Doe")]


def test_parsed_joined_verbs_inside_the_statement():
    text = "Doe's claim that he lied and cheated is false."
    s = [("Doe", "Doe", "PROPN", 3, "nmod:poss", "S-PERSON"), ("'s", "'s", "PART", 1, "case"),
         ("claim", "claim", "NOUN", 10, "nsubj"), ("that", "that", "SCONJ", 6, "mark"),
         ("he", "he", "PRON", 6, "nsubj"), ("lied", "lie", "VERB", 3, "acl"),
         ("and", "and", "CCONJ", 8, "cc"), ("cheated", "cheat", "VERB", 6, "conj"),
         ("is", "be", "AUX", 10, "cop"), ("false", "false", "ADJ", 0, "root"),
         (".", ".", "PUNCT", 10, "punct")]
    assert _parsed(text, [s]) == [("he lied and cheated", "Doe")]


def test_parsed_modal_statement_before_a_past_verb():
    text = "The senator's warning that taxes would rise proved wrong."
    s = [("The", "the", "DET", 2, "det"), ("senator", "senator", "NOUN", 4, "nmod:poss"),
         ("'s", "'s", "PART", 2, "case"), ("warning", "warning", "NOUN", 9, "nsubj"),
         ("that", "that", "SCONJ", 8, "mark"), ("taxes", "tax", "NOUN", 8, "nsubj"),
         ("would", "would", "AUX", 8, "aux"), ("rise", "rise", "VERB", 4, "acl"),
         ("proved", "prove", "VERB", 0, "root"), ("wrong", "wrong", "ADJ", 9, "xcomp"),
         (".", ".", "PUNCT", 9, "punct")]
    assert _parsed(text, [s]) == [("taxes would rise", "The senator")]
