"""Reported speech on the parsed path, round twenty-five (h53-psb; hand-written parse rows):
the parse's subject of a cue that stands before a clause stop (a dash, colon, semicolon, or
a comma and "and"/"but"/"yet") while another noun phrase opens the clause after that stop
and ends right before the cue.  The tagger's misreadings put the subject there ("unless Roe
finishes ... - something Roe aides argue": "finishes" read as a noun, the subject of
"argue"; "Rebels used an app ..., and messages found on a laptop suggested": "suggested"
joined to "used"); the phrase before the cue speaks, as the surface rules read it.  Near
misses: the closing dash of an aside ("Ann Roe — whose party ... — both suggested"), and a
list of subjects the parse joins ("Unions, farm groups, and many lawmakers claim").

Every text here was written for the test.
"""

from __future__ import annotations

from findings import parsed_quotes

#: Lemmas the hand-written rows need (the parse gives the verb's lemma, not its form).
_LEMMAS = {"argue": "argue", "finishes": "finish", "is": "be", "used": "use",
           "found": "find", "suggested": "suggest", "claim": "claim", "had": "have",
           "prized": "prize", "aides": "aide", "messages": "message", "unions": "union",
           "groups": "group", "lawmakers": "lawmaker", "cost": "cost", "be": "be"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with lemmas."""
    rows = []
    for item in spec.split():
        form, upos, head, deprel, *ner = item.split("/")
        rows.append((form, _LEMMAS.get(form.lower(), form.lower()), upos, int(head), deprel,
                     *ner))
    return rows


def _statement(text: str, spec: str, piece: str) -> tuple[str | None, str]:
    """(speaker mention, statement text) of the reported statement holding ``piece``."""
    found = [(q.speaker_mention.text if q.speaker_mention is not None else None, q.text)
             for q in parsed_quotes(text, [_rows(spec)], kinds=("indirect",))
             if piece in q.text]
    assert len(found) == 1, found
    return found[0]


def test_noun_phrase_after_a_dash_speaks_not_the_misread_subject_before_it():
    """'unless Roe finishes on a strong streak - something Roe aides argue is possible':
    the tagger reads "finishes" as a noun and the parse makes "Roe finishes" the subject
    of "argue", across the dash; the aides right before the cue argue it."""
    text = ("It will be hard unless Roe finishes on a strong streak - something Roe aides "
            "argue is possible after the win.")
    spec = ("It/PRON/4/nsubj will/AUX/4/aux be/AUX/4/cop hard/ADJ/0/root "
            "unless/SCONJ/16/mark Roe/PROPN/7/compound/S-PERSON finishes/NOUN/16/nsubj "
            "on/ADP/11/case a/DET/11/det strong/ADJ/11/amod streak/NOUN/7/nmod "
            "-/PUNCT/7/punct something/NOUN/7/dep Roe/PROPN/15/compound/S-PERSON "
            "aides/NOUN/13/dep argue/VERB/4/advcl is/AUX/18/cop possible/ADJ/16/ccomp "
            "after/ADP/21/case the/DET/21/det win/NOUN/18/obl ./PUNCT/4/punct")
    mention, statement = _statement(text, spec, "possible")
    assert mention == "Roe aides"
    assert statement.startswith("is possible")


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
    """'Ann Roe — whose party had prized its unity — both suggested that A': the dash
    before the cue closes an aside about Ann Roe; she suggested A."""
    text = ("Ann Roe — whose party had prized its unity — both suggested that the aide "
            "should be fired.")
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/12/nsubj/E-PERSON —/PUNCT/7/punct "
            "whose/PRON/5/nmod:poss party/NOUN/7/nsubj had/AUX/7/aux prized/VERB/2/acl:relcl "
            "its/PRON/9/nmod:poss unity/NOUN/7/obj —/PUNCT/7/punct both/DET/12/advmod "
            "suggested/VERB/0/root that/SCONJ/18/mark the/DET/15/det aide/NOUN/18/nsubj:pass "
            "should/AUX/18/aux be/AUX/18/aux:pass fired/VERB/12/ccomp ./PUNCT/12/punct")
    mention, _ = _statement(text, spec, "fired")
    assert mention == "Ann Roe"


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
