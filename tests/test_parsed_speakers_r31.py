"""Round 31: direct-quote speakers on the parsed path, over misparses the real parser makes.

Each test hand-parses a short invented text the way Stanza misreads the shape found on
PolNeAR train, and checks the speaker of its quote.
"""

from __future__ import annotations

from findings import parsed_direct_speakers
from handparse import spec_rows

_LEMMAS = {"said": "say", "concludes": "conclude", "called": "call", "rejected": "reject",
           "denied": "deny", "spelled": "spell", "complained": "complain",
           "pledged": "pledge", "used": "use", "campaigning": "campaign"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


def test_subject_after_comma_and_that_the_parse_hangs_on_an_object():
    """'A group called for a boycott, and the board firmly rejected it and said “...”': the
    parser makes "the board" a conjunct of "boycott" and gives "rejected" (and "said", its
    conjunct) the group as subject; the phrase right before the verb after ", and" speaks."""
    text = ("Before the vote, a group of farmers called for a boycott of the plan, and the "
            "regional water board firmly rejected the proposal and said it would “review” "
            "every permit.")
    spec = ("Before/ADP/3/case the/DET/3/det vote/NOUN/23/obl ,/PUNCT/23/punct a/DET/6/det "
            "group/NOUN/23/nsubj of/ADP/8/case farmers/NOUN/6/nmod called/VERB/8/acl "
            "for/ADP/12/case a/DET/12/det boycott/NOUN/9/obl of/ADP/15/case the/DET/15/det "
            "plan/NOUN/12/nmod ,/PUNCT/12/punct and/CCONJ/21/cc the/DET/21/det "
            "regional/ADJ/21/amod water/NOUN/21/compound board/NOUN/12/conj "
            "firmly/ADV/23/advmod rejected/VERB/0/root the/DET/25/det proposal/NOUN/23/obj "
            "and/CCONJ/27/cc said/VERB/23/conj it/PRON/31/nsubj would/AUX/31/aux "
            "“/PUNCT/31/punct review/VERB/27/ccomp ”/PUNCT/31/punct every/DET/34/det "
            "permit/NOUN/31/obj ./PUNCT/23/punct")
    assert parsed_direct_speakers(text, [_rows(spec)]) == {"review": "the regional water board"}


def test_conjoined_cue_keeps_the_subject_of_its_verb_without_a_stop():
    """'The group rejected the plan and the board's offer and said “...”': no comma before
    "and", so the phrase before "said" is an object, not a subject; the group speaks."""
    text = "The farmers' group rejected the plan and the board's offer and said it was “unfair.”"
    spec = ("The/DET/4/det farmers/NOUN/4/nmod:poss '/PART/2/case group/NOUN/5/nsubj "
            "rejected/VERB/0/root the/DET/7/det plan/NOUN/5/obj and/CCONJ/12/cc the/DET/10/det "
            "board/NOUN/12/nmod:poss 's/PART/10/case offer/NOUN/7/conj and/CCONJ/14/cc "
            "said/VERB/5/conj it/PRON/18/nsubj was/AUX/18/cop “/PUNCT/18/punct "
            "unfair/ADJ/14/ccomp ./PUNCT/5/punct ”/PUNCT/5/punct")
    assert parsed_direct_speakers(text, [_rows(spec)]) == {"unfair": "The farmers' group"}


def test_appositive_noun_with_its_relative_clause_is_no_closing_frame():
    """'X complained that it was “rigged,” a charge that officials denied': the noun set
    off after the statement is described by a relative clause whose subject denies it; no
    "CLAUSE, X said" frame with "a charge that officials" as the speaker, so the one who
    complained says it."""
    text = ("The mayor complained that the count had been “rigged” against him, a charge "
            "that county officials strongly denied.")
    spec = ("The/DET/2/det mayor/NOUN/3/nsubj complained/VERB/0/root that/SCONJ/10/mark "
            "the/DET/6/det count/NOUN/10/nsubj:pass had/AUX/10/aux been/AUX/10/aux:pass "
            "“/PUNCT/10/punct rigged/VERB/3/ccomp ”/PUNCT/10/punct against/ADP/13/case "
            "him/PRON/10/obl ,/PUNCT/13/punct a/DET/16/det charge/NOUN/13/appos "
            "that/PRON/21/obj county/NOUN/19/compound officials/NOUN/21/nsubj "
            "strongly/ADV/21/advmod denied/VERB/16/acl:relcl ./PUNCT/3/punct")
    assert parsed_direct_speakers(text, [_rows(spec)]) == {"rigged": "The mayor"}


def test_name_after_to_tagged_as_particle_is_no_colon_label():
    """'X spelled out what was wrong to the paper Harbor Times: “...”': the parser tags
    "to" PART, not ADP; the paper's name before the colon is still the object of "to",
    not a label that names the speaker, so the lead-in's subject speaks."""
    text = ("Ann Roe spelled out what was wrong with the plan to the weekly paper Harbor "
            "Times: “It was rushed.”")
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON spelled/VERB/0/root "
            "out/ADP/3/compound:prt what/PRON/8/nsubj was/AUX/8/cop wrong/ADJ/3/ccomp "
            "with/ADP/11/case the/DET/11/det plan/NOUN/8/obl to/PART/17/case the/DET/17/det "
            "weekly/ADJ/17/amod paper/NOUN/17/compound Harbor/PROPN/17/compound/B-ORG "
            "Times/PROPN/11/nmod/E-ORG :/PUNCT/3/punct “/PUNCT/22/punct It/PRON/22/nsubj "
            "was/AUX/22/cop rushed/ADJ/3/parataxis ./PUNCT/3/punct ”/PUNCT/3/punct")
    assert parsed_direct_speakers(text, [_rows(spec)]) == {"It was rushed": "Ann Roe"}


def test_subject_before_a_split_after_a_question_mark_in_a_title():
    """'The new ad, titled “Who Pays?”, concludes that the mayor is too “reckless”': the
    parser ends a sentence after the title's question mark, so the second parse opens with
    the comma and its verb has no subject; the noun the first parse makes its root speaks,
    not the subject of the clause that holds the quote."""
    text = ("The new ad, titled “Who Pays?”, concludes that the mayor is too “reckless” to "
            "lead.")
    first = ("The/DET/3/det new/ADJ/3/amod ad/NOUN/0/root ,/PUNCT/3/punct titled/VERB/3/acl "
             "“/PUNCT/8/punct Who/PRON/8/nsubj Pays/VERB/5/xcomp ?/PUNCT/3/punct "
             "”/PUNCT/3/punct")
    second = (",/PUNCT/2/punct concludes/VERB/0/root that/SCONJ/9/mark the/DET/5/det "
              "mayor/NOUN/9/nsubj is/AUX/9/cop too/ADV/9/advmod “/PUNCT/9/punct "
              "reckless/ADJ/2/ccomp ”/PUNCT/9/punct to/PART/12/mark lead/VERB/9/xcomp "
              "./PUNCT/2/punct")
    found = parsed_direct_speakers(text, [_rows(first), _rows(second)])
    assert found.get("reckless") == "The new ad"


def test_quote_in_a_later_conjunct_with_its_own_subject():
    """'X is the only mayor to have pledged to visit every town and she has used that fact
    to mock her rivals for not campaigning “the valley way.”': the parse hangs the quote
    from "used", a conjunct with its own subject "she", not from the cue "pledged"; the
    later clause's subject speaks."""
    text = ("Ann Roe is the only mayor here to have pledged to visit every town and she has "
            "long used that fact to mock her rivals for not campaigning “the valley way.”")
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/6/nsubj/E-PERSON is/AUX/6/cop "
            "the/DET/6/det only/ADJ/6/amod mayor/NOUN/0/root here/ADV/6/advmod "
            "to/PART/10/mark have/AUX/10/aux pledged/VERB/6/advcl to/PART/12/mark "
            "visit/VERB/10/xcomp every/DET/14/det town/NOUN/12/obj and/CCONJ/19/cc "
            "she/PRON/19/nsubj has/AUX/19/aux long/ADV/19/advmod used/VERB/6/conj "
            "that/SCONJ/23/mark fact/NOUN/23/nsubj to/PART/23/mark mock/VERB/19/ccomp "
            "her/PRON/25/nmod:poss rivals/NOUN/23/obj for/ADP/28/mark not/ADV/28/advmod "
            "campaigning/VERB/23/advcl “/PUNCT/32/punct the/DET/32/det valley/NOUN/32/compound "
            "way/NOUN/28/obj ./PUNCT/6/punct ”/PUNCT/6/punct")
    assert parsed_direct_speakers(text, [_rows(spec)]) == {"the valley way": "she"}
