"""Reported speech on the parsed path, round twenty-six (hand-written parse rows): words
a parse hangs before a cue that the frame sets apart, a cue that brings its own "that"
clause, a verbless phrase split from its frame, "said of", a restrictive relative on a
later verb's subject, a participle of saying after the statement, and "X shows how"
with a fact for its subject are no statements, or end where the frame's words begin."""

from __future__ import annotations

from findings import parsed
from handparse import conllu, spec_rows

import quotetrack

#: Lemmas the hand-written rows need (the parse gives the verb's lemma, not its form).
_LEMMAS = {"said": "say", "says": "say", "say": "say", "added": "add", "was": "be",
           "is": "be", "are": "be", "would": "would", "complained": "complain",
           "shows": "show", "pointing": "point", "citing": "cite", "liked": "like",
           "stayed": "stay", "has": "have", "moved": "move", "outnumber": "outnumber",
           "left": "leave", "leaning": "lean", "went": "go",
           "adding": "add"}


def _rows(spec: str) -> list[tuple]:
    """Word rows from "form/UPOS/head/deprel[/NER]" items, with the lemmas of ``_LEMMAS``."""
    return spec_rows(spec, _LEMMAS)


def _statements(text: str, spec: str) -> list[tuple[str, str | None]]:
    return parsed(text, _rows(spec))


# ------------------------------------------------ a frame after a semicolon or colon
_SEMICOLON = ("Turnout/NOUN/6/nsubj in/ADP/4/case the/DET/4/det county/NOUN/1/nmod "
              "was/AUX/6/cop low/ADJ/0/root {p}/PUNCT/10/punct most/ADJ/9/amod "
              "voters/NOUN/10/nsubj said/VERB/6/parataxis as/ADV/12/advmod much/ADJ/10/obj "
              "./PUNCT/6/punct")


def test_clause_before_a_semicolon_is_not_the_later_frames():
    """'Turnout in the county was low; most voters said as much.': the parse hangs the
    writer's clause before the semicolon from the cue after it; the frame opens a clause
    of its own, so the writer's words are no statement of the voters'."""
    text = "Turnout in the county was low; most voters said as much."
    found = _statements(text, _SEMICOLON.format(p=";"))
    assert ("Turnout in the county was low", "most voters") not in found
    assert not any(t.startswith("Turnout") for t, _ in found)


def test_clause_before_a_comma_frame_is_its_statement():
    """Near miss: 'Turnout in the county was low, most voters said.': the closing frame
    credits the clause."""
    text = "Turnout in the county was low, most voters said."
    spec = ("Turnout/NOUN/6/nsubj in/ADP/4/case the/DET/4/det county/NOUN/1/nmod "
            "was/AUX/6/cop low/ADJ/0/root ,/PUNCT/10/punct most/ADJ/9/amod "
            "voters/NOUN/10/nsubj said/VERB/6/parataxis ./PUNCT/6/punct")
    assert _statements(text, spec) == [("Turnout in the county was low", "most voters")]


# ------------------------------------------------ a cue with its own "that" clause
def test_setting_before_a_cue_with_a_that_clause_is_no_statement():
    """'Leaning on the podium, she added that taxes would fall.': the parse hangs the
    cue from the fronted participle and its "that" clause aside; the words before the
    frame are its setting, and what she added is the clause after "that"."""
    text = "Leaning on the podium, she added that taxes would fall."
    spec = ("Leaning/VERB/0/root on/ADP/4/case the/DET/4/det podium/NOUN/1/obl "
            ",/PUNCT/7/punct she/PRON/7/nsubj added/VERB/1/parataxis that/SCONJ/11/mark "
            "taxes/NOUN/11/nsubj would/AUX/11/aux fall/VERB/7/advcl ./PUNCT/1/punct")
    found = _statements(text, spec)
    assert not any(t.startswith("Leaning") for t, _ in found)


# ------------------------------------------------ a verbless phrase of the frame
def test_noun_phrase_split_from_its_frame_is_no_statement():
    """'An avid Roe supporter, Tom Reed complained of the fees he pays.': the parse
    makes the appositive before the name the subject of the last verb and hangs the cue
    beside it; a phrase with no verb, and no quote or comma after the cue, is the
    frame's own."""
    text = "An avid Roe supporter, Tom Reed complained of the fees he pays."
    spec = ("An/DET/4/det avid/ADJ/4/amod Roe/PROPN/4/compound supporter/NOUN/14/nsubj "
            ",/PUNCT/14/punct Tom/PROPN/7/compound/B-PERSON Reed/PROPN/8/nsubj/E-PERSON "
            "complained/VERB/14/parataxis of/ADP/11/case the/DET/11/det fees/NOUN/8/obl "
            "he/PRON/14/nsubj pays/VERB/0/root ./PUNCT/14/punct")
    assert not any(t.startswith("An avid") for t, _ in _statements(text, spec))


def test_subject_before_an_interrupting_frame_is_kept():
    """Near miss: 'An early vote, he said, would help us.': a comma after the cue; the
    frame interrupts the statement, whose subject the parse hangs before it."""
    text = "An early vote, he said, would help us."
    spec = ("An/DET/3/det early/ADJ/3/amod vote/NOUN/9/nsubj ,/PUNCT/6/punct "
            "he/PRON/6/nsubj said/VERB/9/parataxis ,/PUNCT/6/punct would/AUX/9/aux "
            "help/VERB/0/root us/PRON/9/obj ./PUNCT/9/punct")
    found = _statements(text, spec)
    assert found and all(sp == "he" for _, sp in found)
    assert any(t.startswith("An early vote") for t, _ in found)


# ------------------------------------------------ "said of"
def test_said_of_is_no_statement():
    """'“We will win.” Jo Hale, the chair, said of the race she ran.': what the quote
    was said of, which the parse hangs from the cue as a clause (a sentence of its
    own after the quote's)."""
    text = "“We will win.” Jo Hale, the chair, said of the race she ran."
    quote = _rows("“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/0/root "
                  "./PUNCT/4/punct ”/PUNCT/4/punct")
    frame = _rows("Jo/PROPN/2/compound/B-PERSON Hale/PROPN/7/nsubj/E-PERSON "
                  ",/PUNCT/5/punct the/DET/5/det chair/NOUN/2/appos ,/PUNCT/5/punct "
                  "said/VERB/0/root of/ADP/10/case the/DET/10/det race/NOUN/12/obl "
                  "she/PRON/12/nsubj ran/VERB/7/ccomp ./PUNCT/7/punct")
    doc = quotetrack.from_conllu(text, conllu(text, [quote, frame]))
    found = [q.text for q in quotetrack.attribute_document(doc).quotes]
    assert not any(t.startswith("of the race") for t in found)


def test_said_with_a_clause_is_kept():
    """Near miss: 'Jo Hale said the race went well.': the clause is the statement."""
    text = "Jo Hale said the race went well."
    spec = ("Jo/PROPN/2/compound/B-PERSON Hale/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "the/DET/5/det race/NOUN/6/nsubj went/VERB/3/ccomp well/ADV/6/advmod "
            "./PUNCT/3/punct")
    assert _statements(text, spec) == [("the race went well", "Jo Hale")]


# ------------------------------------------------ a restrictive relative on a subject
_RELATIVE = ("Voters/NOUN/9/nsubj who/PRON/3/nsubj say/VERB/1/acl:relcl that/SCONJ/8/mark "
             "taxes/NOUN/8/nsubj are/AUX/8/cop too/ADV/8/advmod high/ADJ/3/ccomp "
             "outnumber/VERB/0/root the/DET/11/det rest/NOUN/9/obj ./PUNCT/9/punct")


def test_restrictive_relative_on_a_subject_is_no_statement():
    """'Voters who say that taxes are too high outnumber the rest.': the clause picks
    out the voters the sentence is about; it reports no one's words."""
    text = "Voters who say that taxes are too high outnumber the rest."
    assert not any(t.startswith("taxes are too high") for t, _ in
                   _statements(text, _RELATIVE))


def test_relative_set_off_by_a_comma_is_kept():
    """Near miss: 'Ann Roe, who says that taxes are too high, left early.': her words."""
    text = "Ann Roe, who says that taxes are too high, left early."
    spec = ("Ann/PROPN/2/compound/B-PERSON Roe/PROPN/13/nsubj/E-PERSON ,/PUNCT/5/punct "
            "who/PRON/5/nsubj says/VERB/2/acl:relcl that/SCONJ/10/mark taxes/NOUN/10/nsubj "
            "are/AUX/10/cop too/ADV/10/advmod high/ADJ/5/ccomp ,/PUNCT/5/punct "
            "left/VERB/0/root early/ADV/13/advmod ./PUNCT/13/punct")
    found = _statements(text, spec)
    assert any(t == "taxes are too high" for t, _ in found)


# ------------------------------------------------ a participle of saying after it
def test_statement_ends_before_a_participle_of_pointing_out():
    """'Tom Reed said the deal would fail, pointing to the vote.': the parse hangs the
    participle from the statement's verb; the frame's subject goes on speaking, and the
    statement ends before it."""
    text = "Tom Reed said the deal would fail, pointing to the vote."
    spec = ("Tom/PROPN/2/compound/B-PERSON Reed/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "the/DET/5/det deal/NOUN/7/nsubj would/AUX/7/aux fail/VERB/3/ccomp "
            ",/PUNCT/9/punct pointing/VERB/7/advcl to/ADP/12/case the/DET/12/det "
            "vote/NOUN/9/obl ./PUNCT/3/punct")
    found = _statements(text, spec)
    assert ("the deal would fail", "Tom Reed") in found


def test_citing_stays_in_the_statement():
    """Near miss: '..., citing the vote': "citing" often goes on with the statement."""
    text = "Tom Reed said the deal would fail, citing the vote."
    spec = ("Tom/PROPN/2/compound/B-PERSON Reed/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "the/DET/5/det deal/NOUN/7/nsubj would/AUX/7/aux fail/VERB/3/ccomp "
            ",/PUNCT/9/punct citing/VERB/7/advcl the/DET/11/det vote/NOUN/9/obj "
            "./PUNCT/3/punct")
    found = _statements(text, spec)
    assert ("the deal would fail, citing the vote", "Tom Reed") in found


# ------------------------------------------------ "X shows how" with a fact for X
_SHOWS = ("{a}/DET/2/det {n}/NOUN/3/nsubj shows/VERB/0/root how/ADV/5/advmod "
          "far/ADV/9/advmod the/DET/7/det party/NOUN/9/nsubj has/AUX/9/aux "
          "moved/VERB/3/ccomp ./PUNCT/3/punct")


def test_fact_that_shows_how_is_no_speaker():
    """'The surge shows how far the party has moved.': the writer's inference from a
    fact, nobody's statement."""
    text = "The surge shows how far the party has moved."
    assert _statements(text, _SHOWS.format(a="The", n="surge")) == []


def test_poll_that_shows_how_is_kept():
    """Near miss: 'The poll shows how far the party has moved.': a record's finding."""
    text = "The poll shows how far the party has moved."
    found = _statements(text, _SHOWS.format(a="The", n="poll"))
    assert found and found[0][1] == "The poll"


def test_adding_with_an_object_stays_in_the_statement():
    """Near miss: 'Tom Reed said the deal would fail, adding weight to the doubts.': "adding"
    with an object adds no words; the statement is not cut before it."""
    text = "Tom Reed said the deal would fail, adding weight to the doubts."
    spec = ("Tom/PROPN/2/compound/B-PERSON Reed/PROPN/3/nsubj/E-PERSON said/VERB/0/root "
            "the/DET/5/det deal/NOUN/7/nsubj would/AUX/7/aux fail/VERB/3/ccomp "
            ",/PUNCT/9/punct adding/VERB/7/advcl weight/NOUN/9/obj to/ADP/13/case "
            "the/DET/13/det doubts/NOUN/9/obl ./PUNCT/3/punct")
    found = _statements(text, spec)
    assert ("the deal would fail, adding weight to the doubts", "Tom Reed") in found
