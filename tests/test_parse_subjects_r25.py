"""Reported speech on the parsed path, round twenty-five (h53-psb; hand-written parse rows):
the parse's subject of a cue that stands before a clause stop (a dash, colon, semicolon, or
a comma and "and"/"but"/"yet") while another noun phrase opens the clause after that stop
and ends right before the cue.  The tagger's misreadings put the subject there ("unless Roe
wins ... - something Roe aides insist": "wins" read as a noun, the subject of "insist";
"Rebels used an app ..., and messages found on a laptop suggested": "suggested" joined to
"used"); the phrase before the cue speaks, as the surface rules read it.  Near misses: the
closing dash of an aside ("The two senators — whose party ... — both suggested"), and a
list of subjects the parse joins ("Unions, farm groups, and many lawmakers claim").

Every text here was written for the test.
"""

from __future__ import annotations

from findings import parsed_quotes
from handparse import spec_rows

#: Lemmas the hand-written rows need (the parse gives the verb's lemma, not its form).
_LEMMAS = {"wins": "win", "insist": "insist", "is": "be", "used": "use",
           "found": "find", "suggested": "suggest", "claim": "claim", "had": "have",
           "kept": "keep", "dropped": "drop", "aides": "aide", "messages": "message",
           "unions": "union", "groups": "group", "lawmakers": "lawmaker", "cost": "cost",
           "be": "be"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


def _statement(text: str, spec: str, piece: str) -> tuple[str | None, str]:
    """(speaker mention, statement text) of the reported statement holding ``piece``."""
    found = [(q.speaker_mention.text if q.speaker_mention is not None else None, q.text)
             for q in parsed_quotes(text, [_rows(spec)], kinds=("indirect",))
             if piece in q.text]
    assert len(found) == 1, found
    return found[0]


def test_noun_phrase_after_a_dash_speaks_not_the_misread_subject_before_it():
    """'unless Roe wins over the holdouts - something Roe aides insist is likely': the
    tagger reads "wins" as a noun and the parse makes "Roe wins" the subject of "insist",
    across the dash; the aides right before the cue insist on it."""
    text = ("The bill will stall unless Roe wins over the holdouts - something Roe aides "
            "insist is likely after the vote.")
    spec = ("The/DET/2/det bill/NOUN/4/nsubj will/AUX/4/aux stall/VERB/0/root "
            "unless/SCONJ/15/mark Roe/PROPN/7/compound/S-PERSON wins/NOUN/15/nsubj "
            "over/ADP/10/case the/DET/10/det holdouts/NOUN/7/nmod -/PUNCT/7/punct "
            "something/NOUN/7/dep Roe/PROPN/14/compound/S-PERSON aides/NOUN/12/dep "
            "insist/VERB/4/advcl is/AUX/17/cop likely/ADJ/15/ccomp after/ADP/20/case "
            "the/DET/20/det vote/NOUN/17/obl ./PUNCT/4/punct")
    mention, statement = _statement(text, spec, "likely")
    assert mention == "Roe aides"
    assert statement.startswith("is likely")


def test_phrase_after_comma_and_with_its_participle_speaks():
    """'Rebels used a phone app to claim the attack, and messages found on a laptop
    suggested that A': the parse joins "suggested" to "used" and shares its subject; the
    messages, with the participle phrase that names them, suggest A."""
    text = ("Rebels used a phone app to claim the attack, and messages found on a laptop "
            "suggested that the rebels did not encrypt their calls.")
    spec = ("Rebels/NOUN/2/nsubj used/VERB/0/root a/DET/5/det phone/NOUN/5/compound "
            "app/NOUN/2/obj to/PART/7/mark claim/VERB/2/xcomp the/DET/9/det "
            "attack/NOUN/7/obj ,/PUNCT/17/punct and/CCONJ/17/cc messages/NOUN/9/conj "
            "found/VERB/12/acl on/ADP/16/case a/DET/16/det laptop/NOUN/13/obl "
            "suggested/VERB/2/conj that/SCONJ/23/mark the/DET/20/det rebels/NOUN/23/nsubj "
            "did/AUX/23/aux not/PART/23/advmod encrypt/VERB/17/ccomp their/PRON/25/nmod:poss "
            "calls/NOUN/23/obj ./PUNCT/2/punct")
    mention, statement = _statement(text, spec, "encrypt")
    assert mention == "messages found on a laptop"


def test_closing_dash_of_an_aside_keeps_the_subject_before_it():
    """'The two senators — whose party had long kept quiet — both suggested that A': the
    dash before the cue closes an aside about the senators; they suggested A."""
    text = ("The two senators — whose party had long kept quiet — both suggested that the "
            "rule should be dropped.")
    spec = ("The/DET/3/det two/NUM/3/nummod senators/NOUN/13/nsubj —/PUNCT/9/punct "
            "whose/PRON/6/nmod:poss party/NOUN/9/nsubj had/AUX/9/aux long/ADV/9/advmod "
            "kept/VERB/3/acl:relcl quiet/ADJ/9/xcomp —/PUNCT/9/punct both/DET/13/advmod "
            "suggested/VERB/0/root that/SCONJ/19/mark the/DET/16/det rule/NOUN/19/nsubj:pass "
            "should/AUX/19/aux be/AUX/19/aux:pass dropped/VERB/13/ccomp ./PUNCT/13/punct")
    mention, _ = _statement(text, spec, "dropped")
    assert mention == "The two senators"


def test_list_of_subjects_the_parse_joins_stays_whole():
    """'Unions, farm groups, and many lawmakers claim A': one subject of three, which the
    parse joins; the last of them does not claim it alone."""
    text = "But unions, farm groups, and many lawmakers claim the deal will cost jobs."
    spec = ("But/CCONJ/10/cc unions/NOUN/10/nsubj ,/PUNCT/5/punct farm/NOUN/5/compound "
            "groups/NOUN/2/conj ,/PUNCT/9/punct and/CCONJ/9/cc many/ADJ/9/amod "
            "lawmakers/NOUN/2/conj claim/VERB/0/root the/DET/12/det deal/NOUN/14/nsubj "
            "will/AUX/14/aux cost/VERB/10/ccomp jobs/NOUN/14/obj ./PUNCT/10/punct")
    mention, _ = _statement(text, spec, "cost jobs")
    assert mention is not None and mention.startswith("unions")
