"""Where the parse path's speaker of a direct quote defers to what lies around the quote:
a parse subject from another paragraph, on short hand-parsed texts (see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes


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


def test_participle_after_a_relative_clause_on_the_object_speaks_for_the_main_clause():
    """'X attacked Y, with whom he clashed, calling him “...”': the parse hangs the
    participle from the relative clause on the object; the clause above it speaks, not the
    relative's own subject."""
    text = ("Reed also attacked the mayor, with whom he clashed at the forum, "
            "calling him a “coward.”")
    s = [("Reed", "Reed", "PROPN", 3, "nsubj", "S-PERSON"), ("also", "also", "ADV", 3, "advmod"),
         ("attacked", "attack", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("mayor", "mayor", "NOUN", 3, "obj"), (",", ",", "PUNCT", 5, "punct"),
         ("with", "with", "ADP", 8, "case"), ("whom", "whom", "PRON", 10, "obl"),
         ("he", "he", "PRON", 10, "nsubj"), ("clashed", "clash", "VERB", 5, "acl:relcl"),
         ("at", "at", "ADP", 13, "case"), ("the", "the", "DET", 13, "det"),
         ("forum", "forum", "NOUN", 10, "obl"), (",", ",", "PUNCT", 10, "punct"),
         ("calling", "call", "VERB", 10, "xcomp"), ("him", "he", "PRON", 15, "iobj"),
         ("a", "a", "DET", 19, "det"), ("“", "“", "PUNCT", 19, "punct"),
         ("coward", "coward", "NOUN", 15, "obj"), (".", ".", "PUNCT", 3, "punct"),
         ("”", "”", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Reed"


def test_thing_subject_of_a_shared_clause_yields_to_the_person_before_the_cue():
    """'X told Y on Monday the mood was calm, and predicted voters “...”': the parse joins
    "predicted" to "was" and shares its subject, a thing; the person who told speaks."""
    text = ("Ortiz told the Ledger on Monday the mood was calm, and predicted voters "
            "“will be pleased.”")
    s = [("Ortiz", "Ortiz", "PROPN", 2, "nsubj", "S-PERSON"), ("told", "tell", "VERB", 0, "root"),
         ("the", "the", "DET", 4, "det"), ("Ledger", "Ledger", "PROPN", 2, "iobj", "S-ORG"),
         ("on", "on", "ADP", 6, "case"), ("Monday", "Monday", "PROPN", 2, "obl", "S-DATE"),
         ("the", "the", "DET", 8, "det"), ("mood", "mood", "NOUN", 10, "nsubj"),
         ("was", "be", "AUX", 10, "cop"), ("calm", "calm", "ADJ", 2, "ccomp"),
         (",", ",", "PUNCT", 13, "punct"), ("and", "and", "CCONJ", 13, "cc"),
         ("predicted", "predict", "VERB", 10, "conj"), ("voters", "voter", "NOUN", 18, "nsubj"),
         ("“", "“", "PUNCT", 18, "punct"), ("will", "will", "AUX", 18, "aux"),
         ("be", "be", "AUX", 18, "cop"), ("pleased", "pleased", "ADJ", 13, "ccomp"),
         (".", ".", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Ortiz"
