"""Round 32: direct-quote speakers where the real parser's output misleads the rules.

Each test hand-parses a short invented text the way Stanza misreads the shape found on
PolNeAR train (or reads it the way Stanza does), and checks the speaker of its quote; the
model-free path is checked on the same text where the shape applies to it.
"""

from __future__ import annotations

from findings import direct_speakers, parsed_direct_speakers
from handparse import spec_rows

_LEMMAS = {"lists": "list", "has": "have", "names": "name", "fans": "fan",
           "identified": "identify", "lost": "lose", "met": "meet"}

#: A sentence before the quote's, so the quote's paragraph is not the article's first.
_OPENING = "The city has a new budget."
_OPENING_SPEC = ("The/DET/2/det city/NOUN/3/nsubj has/VERB/0/root a/DET/6/det new/ADJ/6/amod "
                 "budget/NOUN/3/obj ./PUNCT/3/punct")


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


_LISTS_TEXT = (f"{_OPENING}\nOn its official website, the NTSB lists “runway safety as the "
               "NTSB’s top priority.”")
#: Stanza reads "the NTSB lists" as one noun phrase, "lists" a plural noun and the root of
#: a sentence with no verb, and hangs the quote from it.
_LISTS_SPEC = ("On/ADP/4/case its/PRON/4/nmod:poss official/ADJ/4/amod website/NOUN/8/nmod "
               ",/PUNCT/8/punct the/DET/8/det NTSB/PROPN/8/compound/S-ORG lists/NOUN/0/root "
               "“/PUNCT/11/punct runway/NOUN/11/compound safety/NOUN/8/dep as/ADP/17/case "
               "the/DET/14/det NTSB/PROPN/17/nmod:poss/S-ORG ’s/PART/14/case top/ADJ/17/amod "
               "priority/NOUN/11/nmod ./PUNCT/11/punct ”/PUNCT/11/punct")


def test_verb_read_as_plural_noun_root_before_the_quote():
    """'the NTSB lists “...”': the parser reads the verb as the plural noun of "the NTSB",
    the root of a sentence left with no verb; the words before it are the subject."""
    got = parsed_direct_speakers(_LISTS_TEXT, [_rows(_OPENING_SPEC), _rows(_LISTS_SPEC)])
    assert got == {"runway safety as the NTSB’s top priority": "the NTSB"}


def test_verb_read_as_plural_noun_on_the_default_path():
    """The model-free path reads "lists" as the verb of "the NTSB" already."""
    assert direct_speakers(_LISTS_TEXT) == {"runway safety as the NTSB’s top priority":
                                            "the NTSB"}


def test_plural_noun_root_after_a_bare_name_is_no_misread_verb():
    """'Trump delegates “ready to ...”': a caption with no verb whose root plural noun
    follows a name with no determiner before it is a noun phrase, not "Trump" with a verb
    in -s."""
    text = f"{_OPENING}\nTrump delegates “ready to fight for every single vote in the state.”"
    spec = ("Trump/PROPN/2/compound/S-PERSON delegates/NOUN/0/root “/PUNCT/4/punct "
            "ready/ADJ/2/amod to/PART/6/mark fight/VERB/4/xcomp for/ADP/10/case "
            "every/DET/10/det single/ADJ/10/amod vote/NOUN/6/obl in/ADP/13/case "
            "the/DET/13/det state/NOUN/10/nmod ./PUNCT/2/punct ”/PUNCT/2/punct")
    got = parsed_direct_speakers(text, [_rows(_OPENING_SPEC), _rows(spec)])
    assert got["ready to fight for every single vote in the state"] != "Trump", got


_TITLE_TEXT = (f"{_OPENING}\n\nOn \"Morning Desk,\" Sen. Jane Doe (Ore.), who lost the race to "
               "Smith, identified voters' fatigue with gridlock as one of the reasons that they "
               "should back Smith. \"People are tired of the fighting, more than ever before.\"")
#: Stanza makes the senator an oblique of "identified" with the show's title ("On ...
#: Doe"), so the sentence has no subject in the parse.
_TITLE_SPEC = ("On/ADP/10/case \"/PUNCT/10/punct Morning/PROPN/4/compound Desk/PROPN/10/dep "
               ",/PUNCT/10/punct \"/PUNCT/10/punct Sen./PROPN/10/compound "
               "Jane/PROPN/10/compound/B-PERSON Doe/PROPN/23/obl/E-PERSON (/PUNCT/12/punct "
               "Ore./PROPN/10/appos )/PUNCT/12/punct ,/PUNCT/23/punct who/PRON/16/nsubj "
               "lost/VERB/23/dep the/DET/18/det race/NOUN/16/obj to/ADP/20/case "
               "Smith/PROPN/16/obl/S-PERSON ,/PUNCT/23/punct identified/VERB/0/root "
               "voters/NOUN/25/nmod:poss '/PART/23/case fatigue/NOUN/23/obj with/ADP/27/case "
               "gridlock/NOUN/25/nmod as/ADP/29/case one/NUM/23/obl of/ADP/32/case "
               "the/DET/32/det reasons/NOUN/29/nmod that/SCONJ/36/mark they/PRON/36/nsubj "
               "should/AUX/36/aux back/VERB/32/acl Smith/PROPN/36/obj/S-PERSON ./PUNCT/23/punct")
_TITLE_QUOTE_SPEC = ("\"/PUNCT/4/punct People/NOUN/4/nsubj are/AUX/4/cop tired/ADJ/0/root "
                     "of/ADP/7/case the/DET/7/det fighting/NOUN/4/obl ,/PUNCT/11/punct "
                     "more/ADV/11/advmod than/ADP/11/case ever/ADV/11/advmod "
                     "before/ADV/4/advmod ./PUNCT/4/punct \"/PUNCT/4/punct")


def test_person_before_the_quote_after_a_quoted_title_and_a_relative_clause():
    """'On “Morning Desk,” Sen. Jane Doe (Ore.), who lost ..., identified ... “...”': the
    clause after the title's closing mark (its comma inside the marks) opens with the
    person the quote after the sentence is credited to, not with the relative "who"."""
    assert direct_speakers(_TITLE_TEXT) == {
        "People are tired of the fighting, more than ever before": "Sen. Jane Doe"}


def test_person_before_the_quote_after_a_quoted_title_on_the_parsed_path():
    """The same on the parsed path, where the parse gives the sentence no subject."""
    got = parsed_direct_speakers(_TITLE_TEXT, [_rows(_OPENING_SPEC), _rows(_TITLE_SPEC),
                                               _rows(_TITLE_QUOTE_SPEC)])
    assert got == {"People are tired of the fighting, more than ever before": "Sen. Jane Doe"}
