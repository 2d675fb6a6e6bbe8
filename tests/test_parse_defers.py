"""Where the parse path's speaker of a direct quote defers to what lies around the quote:
a parse subject from another paragraph, on short hand-parsed texts (see handparse.py)."""

from __future__ import annotations

from handparse import conllu

import quotetrack


def parsed_quotes(text: str, sentences: list[list[tuple]]) -> list[quotetrack.Quote]:
    """The direct and mixed quotes of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"]


def test_parse_subject_from_the_paragraph_before_speaks_not():
    """A paragraph without a final period runs on in the parse into the next one, whose
    "X says" takes the earlier paragraph's noun for its subject: the cue's own paragraph
    holds its speaker."""
    text = ("Activists are weighing in with criticism of Mayor Reed’s rules to cut parking "
            "downtown\n\nCouncil member Jane Ortiz says Reed is “obsessed” with fines.")
    s = [("Activists", "activist", "NOUN", 20, "nsubj"), ("are", "be", "AUX", 3, "aux"),
         ("weighing", "weigh", "VERB", 1, "acl:relcl"), ("in", "in", "ADP", 6, "case"),
         ("with", "with", "ADP", 6, "case"), ("criticism", "criticism", "NOUN", 3, "obl"),
         ("of", "of", "ADP", 9, "case"), ("Mayor", "Mayor", "PROPN", 9, "compound"),
         ("Reed", "Reed", "PROPN", 12, "nmod:poss", "S-PERSON"), ("’s", "'s", "PART", 9, "case"),
         ("rules", "rule", "NOUN", 20, "nsubj"), ("to", "to", "PART", 13, "mark"),
         ("cut", "cut", "VERB", 11, "acl"), ("parking", "parking", "NOUN", 13, "obj"),
         ("downtown", "downtown", "NOUN", 19, "compound"),
         ("Council", "council", "PROPN", 19, "compound"),
         ("member", "member", "NOUN", 19, "compound"),
         ("Jane", "Jane", "PROPN", 19, "compound", "B-PERSON"),
         ("Ortiz", "Ortiz", "PROPN", 13, "obl", "E-PERSON"),
         ("says", "say", "VERB", 0, "root"), ("Reed", "Reed", "PROPN", 24, "nsubj:pass",
                                                  "S-PERSON"),
         ("is", "be", "AUX", 24, "aux:pass"), ("“", "“", "PUNCT", 24, "punct"),
         ("obsessed", "obsess", "VERB", 20, "ccomp"), ("”", "”", "PUNCT", 24, "punct"),
         ("with", "with", "ADP", 27, "case"), ("fines", "fine", "NOUN", 24, "obl"),
         (".", ".", "PUNCT", 20, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Council member Jane Ortiz"
