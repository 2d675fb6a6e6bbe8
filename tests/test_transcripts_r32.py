"""Transcripts inside news stories (h64-trn, thirty-second round).

A transcript's label ("DANE: ...") opens its line but is no subject of the sentence after
it: a "he" in the guest's answer goes back to the person the host asked about, not to the
host whose label opened the question.  And a label of a surname two people of the story
bear joins neither on either path, tagged a person by a parser or not, unless a title
before it tells them apart ("MRS. QUILLON:").

Every text is invented; the parsed path reads hand-written parses (``tests/handparse.py``).
"""

from __future__ import annotations

from findings import both_paths
from handparse import conllu, spec_rows

import quotetrack

ASKED = ("Governor Nora Pell spoke with the host on Sunday.\n\n"
         "KARL DANE: Do you think Victor Osk can win the state?\n\n"
         "PELL: I think he has to win the suburbs.\n\n"
         "He said he would campaign there all week.\n")

ASKED_SPECS = [
    "Governor/PROPN/3/compound Nora/PROPN/3/compound/B-PERSON Pell/PROPN/4/nsubj/E-PERSON "
    "spoke/VERB/0/root with/ADP/7/case the/DET/7/det host/NOUN/4/obl on/ADP/9/case "
    "Sunday/PROPN/4/obl/S-DATE ./PUNCT/4/punct",
    "KARL/PROPN/0/root/B-PERSON DANE/PROPN/1/flat/E-PERSON :/PUNCT/1/punct Do/AUX/6/aux "
    "you/PRON/6/nsubj think/VERB/1/parataxis Victor/PROPN/10/nsubj/B-PERSON "
    "Osk/PROPN/7/flat/E-PERSON can/AUX/10/aux win/VERB/6/ccomp the/DET/12/det "
    "state/NOUN/10/obj ?/PUNCT/6/punct",
    "PELL/PROPN/0/root/S-PERSON :/PUNCT/1/punct I/PRON/4/nsubj think/VERB/1/parataxis "
    "he/PRON/6/nsubj has/VERB/4/ccomp to/PART/8/mark win/VERB/6/xcomp the/DET/10/det "
    "suburbs/NOUN/8/obj ./PUNCT/4/punct",
    "He/PRON/2/nsubj said/VERB/0/root he/PRON/5/nsubj would/AUX/5/aux "
    "campaign/VERB/2/ccomp there/ADV/5/advmod all/DET/8/det week/NOUN/5/obl:tmod "
    "./PUNCT/2/punct",
]


def _rows(result: quotetrack.ArticleResult) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None) for q in result.quotes]


def test_he_in_an_answer_is_the_one_the_host_asked_about():
    """ "DANE: Do you think Victor Osk can win?" then the guest's "He said A": Osk, not
    the host Karl Dane, whose label only opened the question."""
    for rows in both_paths(ASKED):
        assert ("he would campaign there all week", "indirect", "He", "Victor Osk") in rows, \
            rows


def test_he_in_an_answer_on_a_hand_parse():
    """The same over a parser's tags and dependencies, the labels tagged people."""
    doc = quotetrack.from_conllu(ASKED, conllu(ASKED, [spec_rows(s) for s in ASKED_SPECS]))
    rows = _rows(quotetrack.attribute_document(doc))
    assert ("he would campaign there all week", "He", "Victor Osk") in rows, rows


def test_he_after_a_question_that_names_no_one_else_is_still_the_host():
    """Only the host named before: "he" may still be the host, as before."""
    text = ASKED.replace("Victor Osk", "the mayor")
    for rows in both_paths(text):
        assert ("he would campaign there all week", "indirect", "He", "KARL DANE") in rows, \
            rows


def test_he_after_a_headline_label_is_the_one_the_headline_names():
    """ "Pell: Osk Can Win The State" then "He said A": Osk, not the headline's speaker."""
    text = ("Pell: Victor Osk can win the state\n\n"
            "He said he would campaign there all week.\n")
    for rows in both_paths(text):
        assert ("he would campaign there all week", "indirect", "He", "Victor Osk") in rows, \
            rows


def test_he_in_an_answer_is_not_the_host_whose_turn_spoke_last():
    """The host's turns are statements of his: a "he" in the guest's answer is still the
    one those turns talk about ("what he said this week": Osk), not the host."""
    text = ("Governor Nora Pell spoke with the host on Sunday.\n\n"
            "KARL DANE: Victor Osk released a plan on Friday.\n\n"
            "PELL: It is a fine plan.\n\n"
            "DANE: Do you think Victor Osk has a chance in the state?\n\n"
            "PELL: I think so. If you watch what he said this week, he talked about jobs.\n")
    for rows in both_paths(text):
        assert ("what he said this week", "indirect", "he", "Victor Osk") in rows, rows


def test_he_in_an_interview_answer_is_not_the_one_who_answers():
    """ "A: I think so. He said A.": the one who answers says "I"; "he" is Osk, whom the
    question asked about, not the interviewee Leo Pell."""
    text = ("Mayor Leo Pell spoke to the Ledger about the race on Sunday.\n\n"
            "Q: Victor Osk released a plan on Friday. Is it a good plan?\n\n"
            "A: It is a fine plan.\n\n"
            "Q: Do you think Victor Osk has a chance in the state?\n\n"
            "A: I think so. He said he would campaign there all week.\n")
    for rows in both_paths(text):
        assert ("he would campaign there all week", "indirect", "He", "Victor Osk") in rows, \
            rows
        assert ("It is a fine plan.", "indirect", "A", "Leo Pell") in rows, rows


TWO = ("Marta Quillon and her brother Tomas Quillon spoke on the radio on Sunday.\n\n"
       "DELL: Is the budget fair?\n\n"
       "MRS. QUILLON: I think the budget is fair to everyone.\n\n"
       "DELL: Will you sign it?\n\n"
       "MRS. QUILLON: I will sign it on Monday.\n")

TWO_SPECS = [
    "Marta/PROPN/2/nsubj/B-PERSON Quillon/PROPN/1/flat/E-PERSON and/CCONJ/6/cc "
    "her/PRON/5/nmod:poss brother/NOUN/6/compound Tomas/PROPN/1/conj/B-PERSON "
    "Quillon/PROPN/6/flat/E-PERSON spoke/VERB/0/root on/ADP/11/case the/DET/11/det "
    "radio/NOUN/8/obl on/ADP/13/case Sunday/PROPN/8/obl/S-DATE ./PUNCT/8/punct",
    "DELL/PROPN/0/root :/PUNCT/1/punct Is/AUX/6/cop the/DET/5/det budget/NOUN/6/nsubj "
    "fair/ADJ/1/parataxis ?/PUNCT/1/punct",
    "MRS./PROPN/2/compound QUILLON/PROPN/0/root/S-PERSON :/PUNCT/2/punct I/PRON/5/nsubj "
    "think/VERB/2/parataxis the/DET/7/det budget/NOUN/9/nsubj is/AUX/9/cop fair/ADJ/5/ccomp "
    "to/ADP/11/case everyone/PRON/9/obl ./PUNCT/5/punct",
    "DELL/PROPN/0/root :/PUNCT/1/punct Will/AUX/5/aux you/PRON/5/nsubj sign/VERB/1/parataxis "
    "it/PRON/5/obj ?/PUNCT/1/punct",
    "MRS./PROPN/2/compound QUILLON/PROPN/0/root/S-PERSON :/PUNCT/2/punct I/PRON/5/nsubj "
    "will/AUX/5/aux sign/VERB/2/parataxis it/PRON/5/obj on/ADP/8/case "
    "Monday/PROPN/5/obl/S-DATE ./PUNCT/5/punct",
]


def test_a_tagged_label_with_a_title_that_tells_namesakes_apart_joins_her():
    """ "MRS. QUILLON:" tagged a person, Marta and her brother Tomas both named: Marta."""
    doc = quotetrack.from_conllu(TWO, conllu(TWO, [spec_rows(s) for s in TWO_SPECS]))
    said = {q.text: q.speaker.name if q.speaker else None
            for q in quotetrack.attribute_document(doc).quotes}
    assert said["I will sign it on Monday."] == "Marta Quillon", said
