"""An organisation called by the first word of its name, round 30: "Shares of Norvale Bank
fell ... Norvale said" made two entities, the bank and a person "Norvale", and credited the
quote to the person; so did "Harrow Energy ... Harrow said" once "energy" closed firms'
names.  The bare word now joins the organisation (and takes its type) when no person of
the article bears it as a given name or surname, nothing before it marks a person ("Mr.",
a title), and the organisation was named first.  Every text here is invented.
"""

from __future__ import annotations

import pytest
from findings import entity_types, speaker_types
from handparse import conllu, spec_rows

import quotetrack

Row = tuple[str, str | None, str | None]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Norvale Bank fell. In a statement, Norvale said: “The loss was expected.”",
         [("“The loss was expected.”", "Norvale Bank", "ORG")]),
        ("Shares of Norvale Bank fell. Norvale said in a statement that the loss was "
         "expected.",
         [("the loss was expected", "Norvale Bank", "ORG")]),
        ("Shares of Norvale Bank fell. “The loss was expected,” said Norvale.",
         [("“The loss was expected,”", "Norvale Bank", "ORG")]),
        ("The mining giant Harrow Energy posted a loss on Monday. Harrow said: “A bad year.”",
         [("“A bad year.”", "Harrow Energy", "ORG")]),
        ("Ford Motor posted a loss on Monday. Ford said: “It was a hard year.”",
         [("“It was a hard year.”", "Ford Motor", "ORG")]),
        # already so: a business suffix
        ("Harrow Corp. shares fell on Monday. Harrow said: “The loss was expected.”",
         [("“The loss was expected.”", "Harrow Corp.", "ORG")]),
    ],
)
def test_first_word_joins_the_organisation(text: str, expected: list[Row]) -> None:
    result = quotetrack.extract(text)
    assert speaker_types(result, text) == expected
    # one entity, the organisation: no person named after its first word
    assert not any(e.type == "PERSON" for e in result.entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person of the article bears the word: "Ford" is the designer
        ("Ford Motor posted a loss. The designer Tom Ford was at the show. Ford said: “It "
         "was fine.”", [("“It was fine.”", "Tom Ford", "PERSON")]),
        ("Ford Motor posted a loss. Ford said: “It was fine.” The designer Tom Ford was at "
         "the show.", [("“It was fine.”", "Tom Ford", "PERSON")]),
        # a person whose surname is the firm's first word stays a person
        ("Ann Harrow runs Harrow Energy. Harrow said: “A bad year.”",
         [("“A bad year.”", "Ann Harrow", "PERSON")]),
        ("Harrow Energy posted a loss. Its chief, Ann Harrow, was blunt. Harrow said: “A bad "
         "year.”", [("“A bad year.”", "Ann Harrow", "PERSON")]),
        # "Mr." and a title mark a person
        ("Harrow Energy posted a loss on Monday. Mr. Harrow said: “A bad year.”",
         [("“A bad year.”", "Harrow", "PERSON")]),
        ("Harrow Energy posted a loss on Monday. Chief executive Harrow said: “A bad year.”",
         [("“A bad year.”", "Harrow", "PERSON")]),
        # (the bare word before the organisation is named joins it since round 31, when the
        # full name is the word and a body's closing words: test_org_names_r31.py)
        # a well-known person's surname after a body named for them: the person
        ("Supporters boarded the Trump Train on Monday. Trump said: “We will win.”",
         [("“We will win.”", "Trump", "PERSON")]),
    ],
)
def test_people_stay_people(text: str, expected: list[Row]) -> None:
    assert speaker_types(quotetrack.extract(text), text) == expected


def test_two_bodies_of_one_first_word_stay_apart() -> None:
    """Two organisations that open with the word: which one it names is unknown."""
    text = "Harrow Energy and Harrow Oil both posted losses. Harrow said: “A bad year.”"
    result = quotetrack.extract(text)
    assert ("Harrow Energy", "ORG") in entity_types(result)
    assert ("Harrow Oil", "ORG") in entity_types(result)
    assert [name for _, name, _ in speaker_types(result, text)] == ["Harrow"]


def test_pronoun_after_the_short_name() -> None:
    """"It" after "Norvale said" is the bank."""
    text = ("Norvale Bank posted a loss. Norvale said the year was hard. “Costs rose,” "
            "it said.")
    result = quotetrack.extract(text)
    assert [(name, typ) for _, name, typ in speaker_types(result, text)] == [
        ("Norvale Bank", "ORG"), ("Norvale Bank", "ORG")]


# The parsed path: the tagger calls the bare word a person, or leaves it untagged.
HARROW = "Harrow Energy posted a loss. Harrow said: “A bad year.”"


def _harrow_rows(ner: str) -> list[list[tuple]]:
    tag = f"/{ner}" if ner else ""
    return [
        spec_rows("Harrow/PROPN/3/nsubj/B-ORG Energy/PROPN/1/flat/E-ORG posted/VERB/0/root "
                  "a/DET/5/det loss/NOUN/3/obj ./PUNCT/3/punct", {"posted": "post"}),
        spec_rows(f"Harrow/PROPN/2/nsubj{tag} said/VERB/0/root :/PUNCT/6/punct "
                  "“/PUNCT/6/punct A/DET/6/det bad/ADJ/6/amod year/NOUN/2/ccomp "
                  "./PUNCT/6/punct ”/PUNCT/6/punct", {"said": "say"}),
    ]


@pytest.mark.parametrize("ner", ["S-PERSON", "O"])
def test_parsed_first_word_joins_the_organisation(ner: str) -> None:
    doc = quotetrack.from_conllu(HARROW, conllu(HARROW, _harrow_rows(ner)))
    result = quotetrack.extract(doc)
    assert [(name, typ) for _, name, typ in speaker_types(result, HARROW)] == [
        ("Harrow Energy", "ORG")]
    assert not any(e.type == "PERSON" for e in result.entities)
