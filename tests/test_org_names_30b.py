"""An organisation called by the first word of its name, the tagger typing that word an
organisation too, round 30 (after ``test_org_names_30.py``, where the word was typed a
person or left untagged): "Kelbrook Mobil posted a loss ... Kelbrook said" made two
organisations, "Kelbrook Mobil" and "Kelbrook", two nodes of the who-said-what graph for
one body.  The bare word now joins the body it opens, named earlier, when that body's name
reads as a whole body's name (it closes as organisations' names do, "Harwick
University", or is two words named below the headline); not a generic head
("Department"), not "Senate"/"House" beside one of their committees (a body inside
another), not a title-case headline run, and not when two bodies open with the word.
Every text here is invented.
"""

from __future__ import annotations

import pytest
from findings import speaker_types
from handparse import conllu, spec_rows

import quotetrack

Row = tuple[str, str | None, str | None]



def org_names(result) -> set[str]:
    return {e.name for e in result.entities if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kelbrook Mobil posted a loss on Monday. Kelbrook's shares fell, and Kelbrook "
         "said: “A bad year.”", [("“A bad year.”", "Kelbrook Mobil", "ORG")]),
        ("Kelbrook Mobil posted a loss on Monday. “A bad year,” the company Kelbrook said.",
         [("“A bad year,”", "Kelbrook Mobil", "ORG")]),
        # already so: a business suffix
        ("Shares of Vantor Holdings fell on Monday. Vantor's shares fell again, and Vantor "
         "said: “A bad year.”", [("“A bad year.”", "Vantor Holdings", "ORG")]),
    ],
)
def test_bare_org_word_joins_the_organisation(text: str, expected: list[Row]) -> None:
    result = quotetrack.extract(text)
    assert speaker_types(result, text) == expected
    # one node for the body, not two
    assert org_names(result) == {expected[0][1]}


@pytest.mark.parametrize(
    ("text", "speaker", "orgs"),
    [
        # two bodies open with the word: which one it names is unknown
        ("Kelbrook Energy and Kelbrook Oil both posted losses. Kelbrook's shares fell, and "
         "Kelbrook said: “A bad year.”", "Kelbrook",
         {"Kelbrook Energy", "Kelbrook Oil", "Kelbrook"}),
        # the bare word before the body is named: no link back
        ("Kelbrook's shares fell, and Kelbrook said: “A bad year.” Kelbrook Mobil posted a "
         "loss on Monday.", "Kelbrook", {"Kelbrook Mobil", "Kelbrook"}),
    ],
)
def test_bare_org_word_left_alone(text: str, speaker: str, orgs: set[str]) -> None:
    result = quotetrack.extract(text)
    assert [name for _, name, _ in speaker_types(result, text)] == [speaker]
    assert org_names(result) == orgs


# The parsed path: the tagger types the bare word an organisation.
def _said_after(subject: str) -> tuple[str, str]:
    """"SUBJECT said: “A bad year.”" as text and rows (SUBJECT one word, tagged S-ORG)."""
    text = f"{subject} said: “A bad year.”"
    rows = (f"{subject}/PROPN/2/nsubj/S-ORG said/VERB/0/root :/PUNCT/6/punct "
            "“/PUNCT/6/punct A/DET/6/det bad/ADJ/6/amod year/NOUN/2/ccomp ./PUNCT/6/punct "
            "”/PUNCT/6/punct")
    return text, rows


@pytest.mark.parametrize(
    ("first_text", "first_rows", "word", "expected", "orgs"),
    [
        # a university, and a firm of two words named in the story
        ("Harwick University ran a poll.",
         "Harwick/PROPN/2/compound/B-ORG University/PROPN/3/nsubj/E-ORG ran/VERB/0/root "
         "a/DET/5/det poll/NOUN/3/obj ./PUNCT/3/punct",
         "Harwick", "Harwick University", {"Harwick University"}),
        ("Kelbrook Mobil posted a loss.",
         "Kelbrook/PROPN/3/nsubj/B-ORG Mobil/PROPN/1/flat/E-ORG posted/VERB/0/root "
         "a/DET/5/det loss/NOUN/3/obj ./PUNCT/3/punct",
         "Kelbrook", "Kelbrook Mobil", {"Kelbrook Mobil"}),
        # near misses: a committee of the Senate is not the Senate
        ("Senate Budget Committee met.",
         "Senate/PROPN/3/compound/B-ORG Budget/PROPN/3/compound/I-ORG "
         "Committee/PROPN/4/nsubj/E-ORG met/VERB/0/root ./PUNCT/4/punct",
         "Senate", "Senate", {"Senate Budget Committee", "Senate"}),
        # a generic head alone stands for the body it heads as "X of Y", named before it
        # (round 31: test_org_names_r31.py; a head that opens a committee stays apart, above)
        ("Department of Coastal Affairs met.",
         "Department/PROPN/5/nsubj/B-ORG of/ADP/4/case/I-ORG Coastal/PROPN/4/amod/I-ORG "
         "Affairs/PROPN/1/nmod/E-ORG met/VERB/0/root ./PUNCT/5/punct",
         "Department", "Department of Coastal Affairs", {"Department of Coastal Affairs"}),
        # a body's show is not the body ("Kelbrook" alone is the outlet)
        ("Kelbrook Live aired.",
         "Kelbrook/PROPN/3/nsubj/B-ORG Live/PROPN/1/flat/E-ORG aired/VERB/0/root "
         "./PUNCT/3/punct",
         "Kelbrook", "Kelbrook", {"Kelbrook Live", "Kelbrook"}),
        # a title-case run the tagger took for a body
        ("Kelbrook Spring Into Action.",
         "Kelbrook/PROPN/2/nsubj/B-ORG Spring/PROPN/0/root/I-ORG Into/ADP/4/case/I-ORG "
         "Action/PROPN/2/obl/E-ORG ./PUNCT/2/punct",
         "Kelbrook", "Kelbrook", {"Kelbrook Spring Into Action", "Kelbrook"}),
    ],
)
def test_parsed_bare_org_word(first_text: str, first_rows: str, word: str, expected: str,
                              orgs: set[str]) -> None:
    second_text, second_rows = _said_after(word)
    text = f"{first_text} {second_text}"
    lemmas = {"posted": "post", "ran": "run", "met": "meet", "aired": "air"}
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(first_rows, lemmas),
                                                     spec_rows(second_rows, {"said": "say"})]))
    result = quotetrack.extract(doc)
    assert [(name, typ) for _, name, typ in speaker_types(result, text)] == [(expected, "ORG")]
    assert org_names(result) == orgs
