"""Round 33: speech cues the parsed path missed on PolNeAR train.

Each test hand-parses a short invented sentence the way Stanza reads the shape found on
train, and checks the reported statements of the parsed path:

- a speech verb heading a relative clause with no relative word, whose gap is its object
  ("everything he said", "four odd things the senator has said about farmers"): the noun
  phrase is what was said (not when the gap is the subject of a clause after the cue, nor
  a role before a name that the parse split into a noun and a relative clause);
- a surface "who X say(s)" statement that runs on over a second relative clause with a cue
  of its own ("hackers who officials say are tied to A and who claimed B"): it ends before
  that clause instead of being dropped for it.
"""

from __future__ import annotations

from findings import parsed
from handparse import spec_rows

_LEMMAS = {"said": "say", "says": "say", "has": "have", "is": "be", "are": "be",
           "insisted": "insist", "claimed": "claim", "cited": "cite", "tied": "tie",
           "hackers": "hacker", "officials": "official", "things": "thing",
           "farmers": "farmer", "rejected": "reject", "passed": "pass", "warned": "warn"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


def test_zero_relative_pronoun_object_is_what_was_said():
    """'rejected everything the mayor said': "everything" is the mayor's statement."""
    text = "The council rejected everything the mayor said."
    spec = ("The/DET/2/det council/NOUN/3/nsubj rejected/VERB/0/root everything/PRON/3/obj "
            "the/DET/6/det mayor/NOUN/7/nsubj said/VERB/4/acl:relcl ./PUNCT/3/punct")
    assert ("everything", "the mayor") in parsed(text, _rows(spec))


def test_zero_relative_noun_phrase_with_its_modifiers():
    """'Here are four odd things the senator has said about farmers': the noun phrase
    from its number on, not the copula the parse hangs from the predicate noun."""
    text = "Here are four odd things the senator has said about farmers."
    spec = ("Here/ADV/5/advmod are/AUX/5/cop four/NUM/5/nummod odd/ADJ/5/amod "
            "things/NOUN/0/root the/DET/7/det senator/NOUN/9/nsubj has/AUX/9/aux "
            "said/VERB/5/acl:relcl about/ADP/11/case farmers/NOUN/9/obl ./PUNCT/5/punct")
    assert ("four odd things", "the senator") in parsed(text, _rows(spec))


def test_zero_relative_noun_phrase_running_past_the_noun():
    """'this was the kind of change the party warned about': the relative clause follows
    the noun phrase's "of" phrase, which the parse hangs from "kind"."""
    text = "In fact, this was the kind of change the party warned about in May."
    spec = ("In/ADP/2/case fact/NOUN/9/obl ,/PUNCT/9/punct this/PRON/9/nsubj "
            "was/AUX/9/cop the/DET/7/det kind/NOUN/0/root of/ADP/9/case "
            "change/NOUN/7/nmod the/DET/11/det party/NOUN/12/nsubj warned/VERB/7/acl:relcl "
            "about/ADP/15/case in/ADP/15/case May/PROPN/12/obl/S-DATE ./PUNCT/7/punct")
    assert ("the kind of change", "the party") in parsed(text, _rows(spec))


def test_zero_relative_whose_gap_is_the_subject_of_a_clause_after():
    """'a tax the mayor says would hurt farmers': the noun is the subject of the
    statement after the cue (which the parse hangs elsewhere), not the statement."""
    text = "The board passed a tax the mayor says would hurt farmers."
    spec = ("The/DET/2/det board/NOUN/3/nsubj passed/VERB/0/root a/DET/5/det tax/NOUN/3/obj "
            "the/DET/7/det mayor/NOUN/8/nsubj says/VERB/5/acl:relcl would/AUX/10/aux "
            "hurt/VERB/3/parataxis farmers/NOUN/10/obj ./PUNCT/3/punct")
    assert not any(statement == "a tax" for statement, _ in parsed(text, _rows(spec)))


def test_role_before_a_name_is_no_zero_relative():
    """'digital consultant Jo Hale insisted Thursday': a role and a name, one phrase that
    the parse split into a noun and a relative clause on it; the role is not what was
    said."""
    text = "That is false, digital consultant Jo Hale insisted Thursday."
    spec = ("That/PRON/3/nsubj is/AUX/3/cop false/ADJ/0/root ,/PUNCT/3/punct "
            "digital/ADJ/6/amod consultant/NOUN/3/parataxis "
            "Jo/PROPN/9/nsubj/B-PERSON Hale/PROPN/7/flat/E-PERSON "
            "insisted/VERB/6/acl:relcl Thursday/PROPN/9/obl:tmod/S-DATE ./PUNCT/3/punct")
    got = parsed(text, _rows(spec))
    assert not any("consultant" in statement and "false" not in statement
                   for statement, _ in got)


_HACKERS_TEXT = ("They cited a group of hackers who officials say is tied to the army and who "
                 "claimed credit for the attack.")
#: Stanza hangs "is tied" from "say" as a bare dependent and "who claimed" as a conjunct of
#: "tied".
_HACKERS_SPEC = ("They/PRON/2/nsubj cited/VERB/0/root a/DET/4/det group/NOUN/2/obj "
                 "of/ADP/6/case hackers/NOUN/4/nmod who/PRON/9/obj officials/NOUN/9/nsubj "
                 "say/VERB/6/acl:relcl is/AUX/11/aux:pass tied/VERB/9/dep to/ADP/14/case "
                 "the/DET/14/det army/NOUN/11/obl and/CCONJ/17/cc who/PRON/17/nsubj "
                 "claimed/VERB/11/conj credit/NOUN/17/obj for/ADP/21/case the/DET/21/det "
                 "attack/NOUN/18/nmod ./PUNCT/2/punct")


def test_relative_statement_cut_before_a_second_relative_with_its_cue():
    """'hackers who officials say is tied to the army and who claimed credit': the
    officials' statement ends before the second relative clause, whose cue the parse
    reads; it is no longer dropped for it."""
    got = parsed(_HACKERS_TEXT, _rows(_HACKERS_SPEC))
    assert ("who officials say is tied to the army", "officials") in got

