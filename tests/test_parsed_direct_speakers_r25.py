"""Direct-quote speakers on the parsed path, round twenty-five (hand-written parse rows): a
speech participle that goes on with an "as" or "while" clause under another speaker's cue
speaks for that clause's subject; after "after" it stays the main clause's."""

from __future__ import annotations

from findings import parsed_quotes
from handparse import spec_rows

#: Lemmas the hand-written rows need (the parse gives the verb's lemma, not its form).
_LEMMAS = {"asks": "ask", "asked": "ask", "walks": "walk", "walked": "walk",
           "saying": "say", "said": "say", "is": "be", "won": "win",
           "opposed": "oppose", "left": "leave"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


def _speaker(text: str, spec: str) -> str | None:
    quotes = parsed_quotes(text, [_rows(spec)])
    assert len(quotes) == 1
    q = quotes[0]
    return q.speaker_mention.text if q.speaker_mention is not None else None


def test_participle_after_an_as_clause_speaks_for_its_subject():
    """'Ann Roe asks as a waiter walks past her, saying he is “...”': the parse hangs
    "saying" from "walks"; the waiter goes on talking as he walks, so the words are his,
    not those of Ann Roe, whose "asks" the parse puts over the whole sentence."""
    text = "Ann Roe asks as a waiter walks past her, saying he is “here to clean the table.”"
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON asks/VERB/0/root "
            "as/SCONJ/7/mark a/DET/6/det waiter/NOUN/7/nsubj walks/VERB/3/advcl "
            "past/ADP/9/case her/PRON/7/obl ,/PUNCT/7/punct saying/VERB/7/xcomp "
            "he/PRON/13/nsubj is/AUX/11/ccomp “/PUNCT/13/punct here/ADV/13/advmod "
            "to/PART/17/mark clean/VERB/13/xcomp the/DET/19/det table/NOUN/17/obj "
            "./PUNCT/3/punct ”/PUNCT/3/punct")
    assert _speaker(text, spec) == "a waiter"


def test_participle_after_a_while_clause_speaks_for_its_subject():
    """'Tom Reed said little while his aide walked in, saying “...”': the aide's words."""
    text = "Tom Reed said little while his aide walked in, saying “We are late.”"
    spec = ("Tom/PROPN/2/compound/B-PERSON Reed/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "little/ADJ/3/obj while/SCONJ/8/mark his/PRON/7/nmod:poss aide/NOUN/8/nsubj "
            "walked/VERB/3/advcl in/ADV/8/advmod ,/PUNCT/8/punct saying/VERB/8/xcomp "
            "“/PUNCT/16/punct We/PRON/16/nsubj are/AUX/16/cop late/ADJ/11/ccomp "
            "./PUNCT/3/punct ”/PUNCT/3/punct")
    assert _speaker(text, spec) == "his aide"


def test_participle_after_an_after_clause_stays_the_main_speakers():
    """Near miss: 'Tom Reed said little after his aide walked in, saying “...”': a remark
    that follows on the main clause's "said", not on what the aide did, though the parse
    hangs it from "walked"."""
    text = "Tom Reed said little after his aide walked in, saying “We are late.”"
    spec = ("Tom/PROPN/2/compound/B-PERSON Reed/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "little/ADJ/3/obj after/SCONJ/8/mark his/PRON/7/nmod:poss aide/NOUN/8/nsubj "
            "walked/VERB/3/advcl in/ADV/8/advmod ,/PUNCT/8/punct saying/VERB/8/xcomp "
            "“/PUNCT/16/punct We/PRON/16/nsubj are/AUX/16/cop late/ADJ/11/ccomp "
            "./PUNCT/3/punct ”/PUNCT/3/punct")
    assert _speaker(text, spec) == "Tom Reed"


def test_participle_of_the_main_clause_keeps_its_subject():
    """Near miss: 'Ann Roe left the hall, saying “...”': no clause between; Ann Roe's."""
    text = "Ann Roe left the hall, saying “We will be back.”"
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/3/nsubj/E-PERSON left/VERB/0/root "
            "the/DET/5/det hall/NOUN/3/obj ,/PUNCT/3/punct saying/VERB/3/advcl "
            "“/PUNCT/12/punct We/PRON/12/nsubj will/AUX/12/aux be/AUX/12/cop "
            "back/ADV/7/ccomp ./PUNCT/3/punct ”/PUNCT/3/punct")
    assert _speaker(text, spec) == "Ann Roe"


def test_relative_report_inside_another_speakers_sentence():
    """Guard: 'Tom Reed said he opposed the bill, which Ann Roe said would be “...”': the
    relative clause's own speaker, not the main clause's (kept as the parse reads it)."""
    text = "Tom Reed said he opposed the bill, which Ann Roe said would be “a disaster for farms.”"
    spec = ("Tom/PROPN/2/compound/B-PERSON Reed/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "he/PRON/5/nsubj opposed/VERB/3/ccomp the/DET/7/det bill/NOUN/5/obj "
            ",/PUNCT/7/punct which/PRON/17/nsubj Ann/PROPN/11/compound/B-PERSON "
            "Roe/PROPN/12/nsubj/E-PERSON said/VERB/7/acl:relcl would/AUX/17/aux "
            "be/AUX/17/cop “/PUNCT/17/punct a/DET/17/det disaster/NOUN/12/ccomp "
            "for/ADP/19/case farms/NOUN/17/nmod ./PUNCT/3/punct ”/PUNCT/3/punct")
    assert _speaker(text, spec) == "Ann Roe"
