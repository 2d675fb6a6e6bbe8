"""Round 33: the speaker of a participle after an object that a coordinated clause's verb
takes.

"X led the charge, and the committee placed ads calling the plan a “...”": the ads are the
committee's (quotetrack credits who released a text, not the text), and the committee is
the subject of the clause that places them, not the first clause's X.  The model-free path
read the outermost clause's subject (X); so did the parsed path when Stanza hung the
participle from a verb of a list of conjuncts (PolNeAR train).  The parsed-path tests read
hand parses shaped as Stanza parses the shape; the rules right before this round already
read these short parses right (the wrong speaker came from a longer article), so they pin
the behaviour the new conjunct rule gives.
"""

from __future__ import annotations

from findings import direct_speakers, parsed_direct_speakers, reported
from handparse import spec_rows

_LEMMAS = {"led": "lead", "placed": "place", "calling": "call", "ads": "ad", "met": "meet",
           "donors": "donor", "sent": "send", "letters": "letter", "voters": "voter"}

#: A sentence before the quote's, so the quote's paragraph is not the article's first.
_OPENING = "The city has a new budget."
_OPENING_SPEC = ("The/DET/2/det city/NOUN/3/nsubj has/VERB/0/root a/DET/6/det new/ADJ/6/amod "
                 "budget/NOUN/3/obj ./PUNCT/3/punct")


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


_CONJUNCT_TEXT = (f"{_OPENING}\nJane Roe led the charge, and the committee placed ads calling "
                  "the plan a \"costly mistake.\"")
_CONJUNCT_SPEC = ("Jane/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON led/VERB/0/root "
                  "the/DET/5/det charge/NOUN/3/obj ,/PUNCT/10/punct and/CCONJ/10/cc "
                  "the/DET/9/det committee/NOUN/10/nsubj placed/VERB/3/conj ads/NOUN/10/obj "
                  "calling/VERB/10/xcomp the/DET/14/det plan/NOUN/12/iobj a/DET/18/det "
                  "\"/PUNCT/18/punct costly/ADJ/18/amod mistake/NOUN/12/obj ./PUNCT/3/punct "
                  "\"/PUNCT/3/punct")


def test_coordinated_clause_releases_the_ads_on_the_default_path():
    """', and the committee placed ads calling ...': the clause after the link has its own
    subject, which releases the ads (was Jane Roe, the first clause's subject)."""
    assert direct_speakers(_CONJUNCT_TEXT) == {"costly mistake": "the committee"}


def test_coordinated_clause_releases_the_ads_on_the_parsed_path():
    """The same over the parse: the verb taking the ads is a conjunct with a subject of its
    own, so the climb to the root's subject stops there."""
    got = parsed_direct_speakers(_CONJUNCT_TEXT, [_rows(_OPENING_SPEC), _rows(_CONJUNCT_SPEC)])
    assert got == {"costly mistake": "the committee"}


_LISTED_TEXT = (f"{_OPENING}\nJane Roe led the charge, and the committee sent letters to "
                "voters and placed ads calling the plan a \"costly mistake.\"")
_LISTED_SPEC = ("Jane/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON led/VERB/0/root "
                "the/DET/5/det charge/NOUN/3/obj ,/PUNCT/10/punct and/CCONJ/10/cc "
                "the/DET/9/det committee/NOUN/10/nsubj sent/VERB/3/conj letters/NOUN/10/obj "
                "to/ADP/13/case voters/NOUN/10/obl and/CCONJ/15/cc placed/VERB/10/conj "
                "ads/NOUN/15/obj calling/VERB/15/xcomp the/DET/19/det plan/NOUN/17/iobj "
                "a/DET/23/det \"/PUNCT/23/punct costly/ADJ/23/amod mistake/NOUN/17/obj "
                "./PUNCT/3/punct \"/PUNCT/3/punct")


def test_list_of_verbs_after_the_link_on_the_default_path():
    """', and the committee sent letters ..., hired lawyers, and placed ads calling ...': the
    last link opens only a verb of the list; the clause the link before it opens has the
    subject."""
    text = ("Jane Roe led the charge, and the committee sent letters to voters, hired "
            "lawyers, and placed ads calling the plan a \"costly mistake.\"")
    assert direct_speakers(text) == {"costly mistake": "the committee"}


def test_reported_statement_of_the_coordinated_clause():
    """The same releaser for a reported statement: ', and the committee placed ads saying
    that B' is the committee's (was Jane Roe's)."""
    text = "Jane Roe led the charge, and the committee placed ads saying that the plan would fail."
    assert reported(text) == [("the plan would fail", "the committee")]


def test_second_verb_of_the_coordinated_clause_on_the_parsed_path():
    """'..., and the committee sent letters and placed ads calling ...': "placed" has no
    subject of its own; the conjunct it joins, "sent", has the committee."""
    got = parsed_direct_speakers(_LISTED_TEXT, [_rows(_OPENING_SPEC), _rows(_LISTED_SPEC)])
    assert got == {"costly mistake": "the committee"}


_ONE_CLAUSE_TEXT = (f"{_OPENING}\nJane Roe met donors and placed ads calling the plan a "
                    "\"costly mistake.\"")
_ONE_CLAUSE_SPEC = ("Jane/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON met/VERB/0/root "
                    "donors/NOUN/3/obj and/CCONJ/6/cc placed/VERB/3/conj ads/NOUN/6/obj "
                    "calling/VERB/6/xcomp the/DET/10/det plan/NOUN/8/iobj a/DET/14/det "
                    "\"/PUNCT/14/punct costly/ADJ/14/amod mistake/NOUN/8/obj ./PUNCT/3/punct "
                    "\"/PUNCT/3/punct")


def test_verb_sharing_the_first_subject_keeps_it_on_both_paths():
    """'Jane Roe met donors and placed ads calling ...': one subject for both verbs, so
    she releases the ads, as before."""
    assert direct_speakers(_ONE_CLAUSE_TEXT) == {"costly mistake": "Jane Roe"}
    got = parsed_direct_speakers(_ONE_CLAUSE_TEXT,
                                 [_rows(_OPENING_SPEC), _rows(_ONE_CLAUSE_SPEC)])
    assert got == {"costly mistake": "Jane Roe"}
