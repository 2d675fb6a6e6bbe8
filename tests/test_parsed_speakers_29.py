"""Parsed-path speaker mentions, round twenty-nine (hand-written parse rows): a speaker
whose parse head is a count, a share or an office before "of" ("Hundreds of protesters",
"16 percent of voters", "The director of the museum") is the whole noun phrase, as the
model-free path and annotators give it; a name inside the "of" phrase does not speak."""

from __future__ import annotations

from findings import parsed_quotes, quote_rows
from handparse import spec_rows

import quotetrack

#: Lemmas the hand-written rows need (the parse gives the verb's lemma, not its form).
_LEMMAS = {"chanted": "chant", "said": "say", "says": "say", "say": "say", "told": "tell",
           "is": "be", "was": "be", "won": "win", "protesters": "protester",
           "voters": "voter", "residents": "resident", "allies": "ally"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


def _speakers(text: str, *specs: str) -> list[tuple[str | None, str | None, str | None]]:
    """(mention, speaker name, speaker type) of each quote or statement, in order."""
    quotes = parsed_quotes(text, [_rows(s) for s in specs],
                           kinds=("direct", "mixed", "indirect"))
    return [(q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None,
             q.speaker.type if q.speaker else None) for q in quotes]


def test_counted_crowd_is_the_whole_noun_phrase():
    """'Hundreds of protesters chanted “...”': the crowd, not the count "Hundreds"."""
    text = "Hundreds of protesters chanted “Not in our town” outside the hall."
    spec = ("Hundreds/NOUN/4/nsubj of/ADP/3/case protesters/NOUN/1/nmod chanted/VERB/0/root "
            "“/PUNCT/9/punct Not/PART/9/advmod in/ADP/9/case our/PRON/9/nmod:poss "
            "town/NOUN/4/obj ”/PUNCT/9/punct outside/ADP/13/case the/DET/13/det "
            "hall/NOUN/4/obl ./PUNCT/4/punct")
    assert _speakers(text, spec) == [("Hundreds of protesters", "Hundreds of protesters",
                                      "GROUP")]


def test_counted_residents_of_a_reported_statement():
    """'Dozens of residents said the road was unsafe': the residents, not "Dozens"."""
    text = "Dozens of residents said the road was unsafe."
    spec = ("Dozens/NOUN/4/nsubj of/ADP/3/case residents/NOUN/1/nmod said/VERB/0/root "
            "the/DET/6/det road/NOUN/8/nsubj was/AUX/8/cop unsafe/ADJ/4/ccomp "
            "./PUNCT/4/punct")
    assert _speakers(text, spec) == [("Dozens of residents", "Dozens of residents", "GROUP")]


def test_share_of_voters_speaks_as_a_group():
    """'16 percent of voters say “...”': the share names a group (no one before)."""
    text = "Only 16 percent of voters say the mayor is “doing fine.”"
    spec = ("Only/ADV/3/advmod 16/NUM/3/nummod percent/NOUN/6/nsubj of/ADP/5/case "
            "voters/NOUN/3/nmod say/VERB/0/root the/DET/8/det mayor/NOUN/11/nsubj "
            "is/AUX/11/aux “/PUNCT/11/punct doing/VERB/6/ccomp fine/ADJ/11/xcomp "
            "./PUNCT/6/punct ”/PUNCT/6/punct")
    found = _speakers(text, spec)
    assert found and all(f == ("16 percent of voters", "16 percent of voters", "GROUP")
                         for f in found)


def test_office_before_of_takes_the_name_set_off_after_it():
    """'The director of the Hale Museum, Ann Roe, said “...”': she speaks, and the mention
    is the office with its "of" phrase (the parse's "The director" alone named a group)."""
    text = "The director of the Hale Museum, Ann Roe, said “We will reopen in May.”"
    spec = ("The/DET/2/det director/NOUN/12/nsubj of/ADP/7/case the/DET/7/det "
            "Hale/PROPN/7/compound/B-ORG Museum/PROPN/2/nmod/E-ORG ,/PUNCT/10/punct "
            "Ann/PROPN/10/compound/B-PERSON Roe/PROPN/2/appos/E-PERSON ,/PUNCT/10/punct "
            "said/VERB/0/root “/PUNCT/16/punct We/PRON/16/nsubj will/AUX/16/aux "
            "reopen/VERB/12/ccomp in/ADP/18/case May/PROPN/16/obl/S-DATE ./PUNCT/12/punct "
            "”/PUNCT/12/punct")
    mention, name, kind = _speakers(text, spec)[0]
    assert (name, kind) == ("Ann Roe", "PERSON")
    assert mention in ("The director of the Hale Museum", "Ann Roe")


def test_office_with_its_of_phrase_goes_to_the_name_set_off_after_it():
    """'The director of the Hale Museum, Ann Roe, told the Ledger A and said B', the parse
    hanging "said" under the clause after "told": the statement after "said" goes to the
    director's subject, which is now "The director of the Hale Museum", so Ann Roe set off
    after it (before, "The director" alone named a group)."""
    text = ("The director of the Hale Museum, Ann Roe, told the Ledger her staff never met "
            "Lee and said the museum hired the firm alone.")
    spec = ("The/DET/2/det director/NOUN/11/nsubj of/ADP/6/case the/DET/6/det "
            "Hale/PROPN/6/compound/B-ORG Museum/PROPN/2/nmod/E-ORG ,/PUNCT/2/punct "
            "Ann/PROPN/9/compound/B-PERSON Roe/PROPN/2/appos/E-PERSON ,/PUNCT/2/punct "
            "told/VERB/0/root the/DET/13/det Ledger/PROPN/11/obj/S-ORG "
            "her/PRON/15/nmod:poss staff/NOUN/17/nsubj never/ADV/17/advmod "
            "met/VERB/13/acl:relcl Lee/PROPN/17/obj/S-PERSON and/CCONJ/20/cc "
            "said/VERB/17/conj the/DET/22/det museum/NOUN/23/nsubj hired/VERB/20/ccomp "
            "the/DET/25/det firm/NOUN/23/obj alone/ADV/23/advmod ./PUNCT/11/punct")
    assert _speakers(text, spec)[-1] == ("The director of the Hale Museum", "Ann Roe",
                                         "PERSON")


def test_body_named_after_an_office_does_not_speak():
    """'The former head of Acme Corp said “...”': the one who headed it speaks, not the
    company the "of" phrase names."""
    text = "The former head of Acme Corp said “The deal was fair.”"
    spec = ("The/DET/3/det former/ADJ/3/amod head/NOUN/7/nsubj of/ADP/6/case "
            "Acme/PROPN/6/compound/B-ORG Corp/PROPN/3/nmod/E-ORG said/VERB/0/root "
            "“/PUNCT/12/punct The/DET/10/det deal/NOUN/12/nsubj was/AUX/12/cop "
            "fair/ADJ/7/ccomp ./PUNCT/7/punct ”/PUNCT/7/punct")
    mention, name, kind = _speakers(text, spec)[0]
    assert mention == "The former head of Acme Corp"
    assert kind != "ORG" and name != "Acme Corp"


def test_person_named_in_a_share_does_not_speak():
    """'Some of Roe's allies said “...”': her allies speak, not Ann Roe."""
    text = "Ann Roe lost. Some of Roe's allies said “She ran a good race.”"
    first = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON lost/VERB/0/root "
             "./PUNCT/3/punct")
    second = ("Some/DET/6/nsubj of/ADP/5/case Roe/PROPN/5/nmod:poss/S-PERSON 's/PART/3/case "
              "allies/NOUN/1/nmod said/VERB/0/root “/PUNCT/10/punct She/PRON/10/nsubj "
              "ran/VERB/6/ccomp a/DET/13/det good/ADJ/13/amod race/NOUN/10/obj "
              "./PUNCT/6/punct ”/PUNCT/6/punct")
    mention, name, _ = _speakers(text, first, second)[0]
    assert mention == "Some of Roe's allies"
    assert name != "Ann Roe"


def test_name_with_an_of_phrase_stays_the_name():
    """Near miss: 'Ann Roe of the Hale Museum said “...”': a name keeps its compact
    mention (the "of" phrase only says where she works)."""
    text = "Ann Roe of the Hale Museum said “We will reopen in May.”"
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/7/nsubj/E-PERSON of/ADP/6/case "
            "the/DET/6/det Hale/PROPN/6/compound/B-ORG Museum/PROPN/2/nmod/E-ORG "
            "said/VERB/0/root “/PUNCT/11/punct We/PRON/11/nsubj will/AUX/11/aux "
            "reopen/VERB/7/ccomp in/ADP/13/case May/PROPN/11/obl/S-DATE ./PUNCT/7/punct "
            "”/PUNCT/7/punct")
    assert _speakers(text, spec) == [("Ann Roe", "Ann Roe", "PERSON")]


def test_of_phrase_after_the_cue_is_no_part_of_the_speaker():
    """Near miss: '“We won,” Roe said of the vote': the "of" phrase hangs from the cue,
    not from the speaker, who stays Roe."""
    text = "Ann Roe ran. “We won,” Roe said of the vote."
    first = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON ran/VERB/0/root "
             "./PUNCT/3/punct")
    second = ("“/PUNCT/3/punct We/PRON/3/nsubj won/VERB/7/ccomp ,/PUNCT/3/punct "
              "”/PUNCT/3/punct Roe/PROPN/7/nsubj/S-PERSON said/VERB/0/root of/ADP/10/case "
              "the/DET/10/det vote/NOUN/7/obl ./PUNCT/7/punct")
    assert _speakers(text, first, second) == [("Roe", "Ann Roe", "PERSON")]


_SECRETARY = ("The/DET/2/det Secretary/PROPN/6/nsubj of/ADP/5/case "
              "Health/PROPN/5/compound/B-ORG Services/PROPN/2/nmod/E-ORG said/VERB/0/root "
              "“/PUNCT/12/punct The/DET/9/det clinics/NOUN/12/nsubj will/AUX/12/aux "
              "stay/VERB/6/ccomp open/ADJ/11/xcomp ./PUNCT/6/punct ”/PUNCT/6/punct")


def test_office_whose_body_the_tagger_named_is_no_organisation():
    """'The Secretary of Health Services said “...”' with only "Health Services" tagged:
    the one who holds the office speaks (a person, as "The Governor of Texas"), not an
    organisation called "Secretary of Health Services"."""
    text = "The Secretary of Health Services said “The clinics will stay open.”"
    assert _speakers(text, _SECRETARY) == [("The Secretary of Health Services",
                                            "Secretary of Health Services", "PERSON")]


def test_office_goes_to_the_person_the_story_titled_so():
    """'Jo Hale, the Secretary of Health Services, ... The Secretary of Health Services
    said “...”': the person the story gave that office."""
    text = ("The clinics are run by Jo Hale, the Secretary of Health Services. "
            "The Secretary of Health Services said “The clinics will stay open.”")
    first = ("The/DET/2/det clinics/NOUN/5/nsubj:pass are/AUX/5/aux:pass run/VERB/0/root "
             "by/ADP/8/case Jo/PROPN/8/compound/B-PERSON Hale/PROPN/5/obl/E-PERSON "
             ",/PUNCT/11/punct the/DET/11/det Secretary/PROPN/8/appos of/ADP/14/case "
             "Health/PROPN/14/compound/B-ORG Services/PROPN/11/nmod/E-ORG ./PUNCT/5/punct")
    mention, name, kind = _speakers(text, first, _SECRETARY)[-1]
    assert (mention, name, kind) == ("The Secretary of Health Services", "Jo Hale", "PERSON")


def test_office_phrase_on_the_model_free_path_is_no_organisation():
    """The same office on the model-free path: no organisation speaks."""
    rows = quote_rows("The Secretary of Health Services said “The clinics will stay open.”")
    assert [(r[2], r[3]) for r in rows] == [("The Secretary of Health Services",
                                             "Secretary of Health Services")]
    q = quotetrack.extract("The Secretary of Health Services said “The clinics will "
                           "stay open.”").quotes[0]
    assert q.speaker is not None and q.speaker.type == "PERSON"
