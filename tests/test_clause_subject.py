"""The subject of a quote's clause as its speaker (reason "subject of the quote's clause"):
one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import direct_speakers
from handparse import conllu

import quotetrack


def test_naming_subject_past_an_apposition():
    """"in what X, a Y, called “...”": X names it, past the apposition, not the main
    subject; but a participle after an apposition of an object is the main clause's."""
    text = ('Tom Reed won the vote on Tuesday, in what Jane Doe, a rival from the north, '
            'called "a stolen election."')
    assert direct_speakers(text)["a stolen election"] == "Jane Doe"
    text = ('Tom Reed attacked Jane Doe, with whom he clashed at the debate, calling her '
            '"a loser."')
    assert direct_speakers(text)["a loser"] == "Tom Reed"


def test_subject_of_an_adverbial_clause_after_a_comma():
    """", although she made it clear that ... “...”": the adverbial clause that holds the
    quote has a subject of its own, as a parse stops its climb there."""
    text = ('Jane Doe backed the deal on Friday, although she made it clear that she has '
            '"serious doubts" about it.')
    assert direct_speakers(text)["serious doubts"] == "she"


def test_naming_verb_in_the_perfect():
    """"in what X has dubbed “...”": the perfect's participle names the quote as the bare
    verb does."""
    text = ('Tom Reed and Ann Lee traded barbs all week, in what Jane Doe has dubbed '
            '"the yuca primary," referring to a staple of the region.')
    assert direct_speakers(text)["the yuca primary"] == "Jane Doe"


def test_clause_of_contrast_the_parse_hangs_from_a_noun_keeps_its_subject():
    """"X calls him “A,” while Y refers to her as “B”": the clause "while" opens has a
    subject of its own, even when the parse hangs it from the noun before it."""
    text = "Jane Doe refers to him as “Mr. Reed,” while Reed refers to her as “Janie.”"
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"),
         ("refers", "refer", "VERB", 0, "root"), ("to", "to", "ADP", 5, "case"),
         ("him", "he", "PRON", 3, "obl"), ("as", "as", "ADP", 9, "case"),
         ("“", "“", "PUNCT", 9, "punct"), ("Mr.", "Mr.", "PROPN", 9, "compound"),
         ("Reed", "Reed", "PROPN", 3, "obl", "S-PERSON"), (",", ",", "PUNCT", 9, "punct"),
         ("”", "”", "PUNCT", 9, "punct"), ("while", "while", "SCONJ", 14, "mark"),
         ("Reed", "Reed", "PROPN", 14, "nsubj", "S-PERSON"),
         ("refers", "refer", "VERB", 9, "acl:relcl"), ("to", "to", "ADP", 16, "case"),
         ("her", "she", "PRON", 14, "obl"), ("as", "as", "ADP", 19, "case"),
         ("“", "“", "PUNCT", 19, "punct"), ("Janie", "Janie", "PROPN", 14, "obl"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    doc = quotetrack.attribute_document(quotetrack.from_conllu(text, conllu(text, [s])))
    said = {q.text.strip("“”,. "): q.speaker_mention.text for q in doc.quotes
            if q.kind != "indirect" and q.speaker_mention is not None}
    assert said["Janie"] == "Reed"


def test_so_called_term_is_nobodys_words():
    """"the so-called “...”": the writer names a thing; the clause's subject did not say it."""
    for text in ('Tom Reed won the so-called "closed" primaries where only party members vote.',
                 'Jane Doe sent arms to the so- called "rebels" in the north.'):
        assert direct_speakers(text) == {}
