"""Direct and mixed quotes, third round: quotations that were found but dropped for want of
a speaker, and the frames that name the speaker of a fragment in a participle (one
regression case per cause fixed on PolNeAR train, with the near misses each rule leaves).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import direct_quotes as quotes
from handparse import conllu

import quotetrack

# -- long quoted fragments with no speaker found: kept, not dropped as scare quotes --------


def test_long_unattributed_fragment_is_kept_as_a_quotation():
    """A quoted stretch of eight words or more inside the writer's sentence that no rule
    attributes is someone's words (a memo's, a law's, a report's), not a scare quote: it is
    reported with no speaker rather than dropped."""
    text = ("The rules were clear. Under the code, a permit lapses when the holder \"fails to "
            "renew it within ninety days of the date of its expiry.\"\n\n"
            "It turned out that staff had been “repeatedly told to follow the rules set down "
            "for all employees.”")
    found = quotes(text)
    # (the law's words, once "Under the code," names it: h63-nsp)
    assert found["fails to renew it within ninety days of the date of its expiry"] == \
        ("mixed", "the code")
    assert found["repeatedly told to follow the rules set down for all employees"] == \
        ("mixed", None)


def test_short_or_title_fragments_with_no_speaker_are_still_dropped():
    """Near misses: a short scare quote or term, a fragment of fewer than eight words, and a
    long title in capitals name nobody's words: still dropped when no rule attributes them."""
    text = ("The agency's so-called “green lane” program began in March.\n\n"
            "The town council later approved a “plan for the harbor and its piers.”\n\n"
            "The museum shop sells copies of “The Long Road Home To The Valley Of The Kings.”")
    assert quotes(text) == {}


def test_long_fragment_with_a_speaker_keeps_its_speaker():
    """A long fragment that a frame attributes is unchanged: the rule only keeps what was
    dropped."""
    text = ("Jane Doe said the city had “failed to renew the contract within ninety days of "
            "its expiry date.”")
    assert quotes(text)["failed to renew the contract within ninety days of its expiry "
                        "date"] == ("mixed", "Jane Doe")


# -- an opening participle of speech: the main clause's subject speaks ---------------------


def test_opening_participle_of_speech_gives_the_main_clause_subject():
    """"Insisting that the vote was “rigged,” Tom Reed refused to concede": the participle
    that opens the sentence has the main clause's subject as its own, whatever the main verb
    (one of speech or not), past an adverb set off by commas ("though") and a preposition
    before the participle ("In declaring ...")."""
    text = ("Insisting that the vote was “rigged from the start,” Tom Reed refused to "
            "concede.\n\n"
            "Acknowledging that the mayor “says a lot of odd things,” though, Jane Doe "
            "defended his record.\n\n"
            "In declaring the mayor's remarks \"not serious,\" the governor not only drew "
            "cheers but also won votes.")
    found = quotes(text)
    assert found["rigged from the start"] == ("mixed", "Tom Reed")
    assert found["says a lot of odd things"] == ("mixed", "Jane Doe")
    assert found["not serious"] == ("mixed", "the governor")


def test_opening_participle_near_misses():
    """Near misses: a participle of thought ("Believing") reports no words; a participle
    that ends before the quote leaves the quote to its own clause ("Speaking on Monday, X
    called the vote “rigged”": X by the clause, not by this rule); a quote that does not
    end the participle ("“rigged” and that ...") names no main clause."""
    text = ("Believing that the vote was “rigged,” Tom Reed refused to concede.\n\n"
            "Speaking on Monday, Jane Doe called the vote “rigged” and left.\n\n"
            "Insisting that the vote was “rigged from the start” and that the count was "
            "late, Mark Ruiz left.")
    found = quotes(text)
    assert "rigged" not in found or found["rigged"][1] != "Tom Reed"
    assert found.get("rigged", ("", ""))[1] in (None, "Jane Doe")
    assert "rigged from the start" not in found


# -- a participle after the inverted frame of the quote before -----------------------------


def test_participle_after_an_inverted_frame_shares_its_speaker():
    """'“A,” said Jane Doe, urging Y to “B.”': the participle right after the inverted frame
    of the quote before has that frame's speaker; the fragment stays mixed (it is no
    sentence of its own after the frame)."""
    text = ("“Let him decide,” said Sen. Tom Reed, urging those who want the mayor out to "
            "“give him time.”\n\n"
            "“We can work with this,” said Jane Doe, calling the plan “a fair start.”")
    found = quotes(text)
    assert found["Let him decide"] == ("direct", "Sen. Tom Reed")
    assert found["give him time"] == ("mixed", "Sen. Tom Reed")
    assert found["We can work with this"] == ("direct", "Jane Doe")
    assert found["a fair start"] == ("mixed", "Jane Doe")


def test_clause_after_an_inverted_frame_keeps_its_own_subject():
    """Near misses: a clause with its own subject after the inverted frame ('said X, as Y
    called it “B”') gives Y; a quote right after the frame is the frame's next sentence."""
    text = ("“Let him decide,” said Tom Reed, as Jane Doe called the plan “a fair start.”\n\n"
            "“We can work with this,” said Mark Ruiz, “It is a start.”")
    found = quotes(text)
    assert found["a fair start"] == ("mixed", "Jane Doe")
    assert found["It is a start"] == ("direct", "Mark Ruiz")


# -- the parse path ------------------------------------------------------------------------


def test_long_unattributed_fragment_kept_on_the_parse_path():
    """On a parsed Document too, a long fragment no rule attributes is kept with no speaker
    (here the parse hangs the quote from a clause whose subject is a thing)."""
    text = "The permit lapses if the holder \"fails to renew it within ninety days of expiry.\""
    rows = [
        ("The", "the", "DET", 2, "det"), ("permit", "permit", "NOUN", 3, "nsubj"),
        ("lapses", "lapse", "VERB", 0, "root"), ("if", "if", "SCONJ", 7, "mark"),
        ("the", "the", "DET", 6, "det"), ("holder", "holder", "NOUN", 7, "nsubj"),
        ('"', '"', "PUNCT", 8, "punct"), ("fails", "fail", "VERB", 3, "advcl"),
        ("to", "to", "PART", 10, "mark"), ("renew", "renew", "VERB", 8, "xcomp"),
        ("it", "it", "PRON", 10, "obj"), ("within", "within", "ADP", 14, "case"),
        ("ninety", "ninety", "NUM", 14, "nummod"), ("days", "day", "NOUN", 10, "obl"),
        ("of", "of", "ADP", 16, "case"), ("expiry", "expiry", "NOUN", 14, "nmod"),
        (".", ".", "PUNCT", 3, "punct"), ('"', '"', "PUNCT", 3, "punct"),
    ]
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    found = {q.text.strip('"“”,. '): (q.kind, q.speaker_mention)
             for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"}
    assert found == {"fails to renew it within ninety days of expiry": ("mixed", None)}
