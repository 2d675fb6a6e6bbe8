"""Leads of the thirtieth round's reported-speech work (h62-rep): a plural of people whose
"to" or "for" phrase names two people joined by "and" ("Aides to Ann Lowe and Tom Reed
said"), "continued to assure X that A", and, on the parsed path, a cue with its own
subject in a clause set off before the main clause of a sentence that a closing
"according to Y" credits ("At the moment Lee announced her run, Roe ... told aides A,
according to a person there": the announcement stays Lee's).

Every text here was written for the test, with invented people and places.
"""

from __future__ import annotations

from findings import one_quote, parsed_quotes

import quotetrack


def _quotes(text: str) -> list[quotetrack.Quote]:
    return list(quotetrack.extract(text).quotes)


# ---------------------------------------------------------------- "aides to X and Y said"

def test_aides_to_two_named_people_are_one_group() -> None:
    q = one_quote("Aides to Gov. Ann Lowe and Gov. Tom Reed said their speeches would focus on "
             "jobs.\n", "focus on jobs")
    assert q.kind == "indirect"
    assert q.text == "their speeches would focus on jobs"
    assert q.speaker_mention is not None and \
        q.speaker_mention.text == "Aides to Gov. Ann Lowe and Gov. Tom Reed"
    assert q.speaker is not None and q.speaker.type == "GROUP"
    assert not q.co_speakers  # not the aides and Tom Reed


def test_strategists_for_two_named_people_agree() -> None:
    q = one_quote("Strategists for Ann Lowe and Reed agree that the debate will matter.\n",
             "debate will matter")
    assert q.speaker_mention is not None and \
        q.speaker_mention.text == "Strategists for Ann Lowe and Reed"
    assert q.cue is not None and q.cue.text == "agree"
    assert not q.co_speakers


def test_two_named_people_still_speak_together() -> None:
    """Near miss: no plural of people before them, so both named people speak."""
    q = one_quote("Ann Lowe and Tom Reed said the charges would be dropped.\n", "charges")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ann Lowe and Tom Reed"
    assert [s.name for s in q.co_speakers] == ["Tom Reed"]


def test_people_of_an_unnamed_thing_and_a_name_left_alone() -> None:
    """Near miss: "the county" is no name, so the phrase is no group of one's people (the
    name after "and" speaks, as before)."""
    q = one_quote("Officials of the county and Tom Reed said the charges would be dropped.\n",
             "charges")
    assert q.speaker_mention is not None and q.speaker_mention.text == "Tom Reed"


# ---------------------------------------------------------------- "continued to assure"

def test_continued_to_assure_her_that() -> None:
    q = one_quote("The board was nervous. Her directors and advisers continued to assure her that "
             "the merger, however messy, was worth the risk.\n", "worth the risk")
    assert q.kind == "indirect"
    assert q.text == "the merger, however messy, was worth the risk"
    assert q.speaker_mention is not None and \
        q.speaker_mention.text == "Her directors and advisers"
    assert q.cue is not None and q.cue.text == "assure"


def test_went_on_to_assure_voters_that() -> None:
    q = one_quote("Mayor Ines Carrow went on to assure voters that the bridge would reopen by "
             "May.\n", "bridge would reopen")
    assert q.text == "the bridge would reopen by May"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mayor Ines Carrow"


# ---------------------------------------------------------------- fronted clause, parsed

_FRONTED = ("At the moment Lee announced her run, Roe was meeting aides and told them that "
            "she saw Lee as a threat, according to someone in attendance.")
_FRONTED_PARSE = [
    ("At", "at", "ADP", 3, "case"), ("the", "the", "DET", 3, "det"),
    ("moment", "moment", "NOUN", 5, "obl"), ("Lee", "Lee", "PROPN", 5, "nsubj", "S-PERSON"),
    ("announced", "announce", "VERB", 11, "ccomp"), ("her", "she", "PRON", 7, "nmod:poss"),
    ("run", "run", "NOUN", 5, "obj"), (",", ",", "PUNCT", 11, "punct"),
    ("Roe", "Roe", "PROPN", 11, "nsubj", "S-PERSON"), ("was", "be", "AUX", 11, "aux"),
    ("meeting", "meet", "VERB", 0, "root"), ("aides", "aide", "NOUN", 11, "obj"),
    ("and", "and", "CCONJ", 14, "cc"), ("told", "tell", "VERB", 11, "conj"),
    ("them", "they", "PRON", 14, "obj"), ("that", "that", "SCONJ", 18, "mark"),
    ("she", "she", "PRON", 18, "nsubj"), ("saw", "see", "VERB", 14, "ccomp"),
    ("Lee", "Lee", "PROPN", 18, "obj", "S-PERSON"), ("as", "as", "ADP", 22, "case"),
    ("a", "a", "DET", 22, "det"), ("threat", "threat", "NOUN", 18, "obl"),
    (",", ",", "PUNCT", 11, "punct"), ("according", "accord", "VERB", 26, "case"),
    ("to", "to", "ADP", 24, "fixed"), ("someone", "someone", "PRON", 11, "obl"),
    ("in", "in", "ADP", 28, "case"), ("attendance", "attendance", "NOUN", 26, "nmod"),
    (".", ".", "PUNCT", 11, "punct")]


def test_fronted_clause_cue_keeps_its_own_speaker_under_closing_according() -> None:
    # (as a parser may, the fronted clause hangs from the main verb as its complement)
    found = parsed_quotes(_FRONTED, [_FRONTED_PARSE], kinds=("indirect",))
    by_cue = {q.cue.text: q for q in found if q.cue is not None}
    assert by_cue["announced"].speaker_mention is not None
    assert by_cue["announced"].speaker_mention.text == "Lee"
    assert by_cue["told"].speaker_mention is not None
    assert by_cue["told"].speaker_mention.text == "someone in attendance"


_AS_FRAME = "As I noted, turnout rose by a third, according to county officials."
_AS_FRAME_PARSE = [
    ("As", "as", "SCONJ", 3, "mark"), ("I", "I", "PRON", 3, "nsubj"),
    ("noted", "note", "VERB", 6, "advcl"), (",", ",", "PUNCT", 6, "punct"),
    ("turnout", "turnout", "NOUN", 6, "nsubj"), ("rose", "rise", "VERB", 0, "root"),
    ("by", "by", "ADP", 9, "case"), ("a", "a", "DET", 9, "det"),
    ("third", "third", "NOUN", 6, "obl"), (",", ",", "PUNCT", 6, "punct"),
    ("according", "accord", "VERB", 14, "case"), ("to", "to", "ADP", 11, "fixed"),
    ("county", "county", "NOUN", 14, "compound"), ("officials", "official", "NOUN", 6, "obl"),
    (".", ".", "PUNCT", 6, "punct")]


def test_as_frame_before_closing_according_stays_the_sources() -> None:
    """Near miss: an "as" frame ("As I noted, A") frames the main clause; the closing
    "according to" still credits it, not the writer."""
    found = parsed_quotes(_AS_FRAME, [_AS_FRAME_PARSE], kinds=("indirect",))
    assert found, found
    assert all(q.speaker_mention is not None and
               q.speaker_mention.text == "county officials" for q in found), \
        [(q.text, q.speaker_mention) for q in found]
