"""Parse-path speakers, round fourteen: the speaker a hand-parsed short text gives its quote
(see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes


def test_closing_according_after_a_quote_credits_the_source():
    """'The clerk said the order was to “avoid delays,” according to the audit.': the comma
    that sets off "according to" closes the quote; the audit is credited, not the clerk."""
    text = "The clerk said the order was to “avoid delays,” according to the audit."
    s = [("The", "the", "DET", 2, "det"), ("clerk", "clerk", "NOUN", 3, "nsubj"),
         ("said", "say", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("order", "order", "NOUN", 6, "nsubj"), ("was", "be", "VERB", 3, "ccomp"),
         ("to", "to", "PART", 9, "mark"), ("“", "“", "PUNCT", 9, "punct"),
         ("avoid", "avoid", "VERB", 6, "xcomp"), ("delays", "delay", "NOUN", 9, "obj"),
         (",", ",", "PUNCT", 9, "punct"), ("”", "”", "PUNCT", 9, "punct"),
         ("according", "accord", "VERB", 16, "case"), ("to", "to", "PART", 13, "fixed"),
         ("the", "the", "DET", 16, "det"), ("audit", "audit", "NOUN", 9, "obl"),
         (".", ".", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "the audit"


def test_closing_according_source_with_a_participle_and_a_misread_relative():
    """'Some 40 percent of voters said they doubt Roe “cares about us,” according to a poll
    conducted in May.': the parse misreads "Roe cares" as a relative clause on the name and
    hangs the source from it; a name takes no relative clause without a relative word, and
    the source runs on over its participle ("conducted in May")."""
    text = ("Some 40 percent of voters said they doubt Roe “cares about us,” according to a "
            "poll conducted in May.")
    s = [("Some", "some", "DET", 3, "det"), ("40", "40", "NUM", 3, "nummod"),
         ("percent", "percent", "NOUN", 6, "nsubj"), ("of", "of", "ADP", 5, "case"),
         ("voters", "voter", "NOUN", 3, "nmod"), ("said", "say", "VERB", 0, "root"),
         ("they", "they", "PRON", 8, "nsubj"), ("doubt", "doubt", "VERB", 6, "ccomp"),
         ("Roe", "Roe", "PROPN", 8, "obj", "S-PERSON"), ("“", "“", "PUNCT", 11, "punct"),
         ("cares", "care", "VERB", 9, "acl:relcl"), ("about", "about", "ADP", 13, "case"),
         ("us", "we", "PRON", 11, "obl"), (",", ",", "PUNCT", 11, "punct"),
         ("”", "”", "PUNCT", 11, "punct"), ("according", "accord", "VERB", 19, "case"),
         ("to", "to", "PART", 16, "fixed"), ("a", "a", "DET", 19, "det"),
         ("poll", "poll", "NOUN", 11, "obl"), ("conducted", "conduct", "VERB", 19, "acl"),
         ("in", "in", "ADP", 22, "case"), ("May", "May", "PROPN", 20, "obl"),
         (".", ".", "PUNCT", 6, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "a poll conducted in May"


def test_participle_after_a_clause_of_place_goes_with_its_subject():
    """'Roe spoke down the street, where about 40 protesters had gathered, chanting “no deal,
    no peace.”': the parse hangs the participle from "spoke", but the clause of place right
    before it has a subject of its own, who chants (as without a parse)."""
    text = ("Roe spoke down the street, where about 40 protesters had gathered, chanting “no "
            "deal, no peace.”")
    s = [("Roe", "Roe", "PROPN", 2, "nsubj", "S-PERSON"), ("spoke", "speak", "VERB", 0, "root"),
         ("down", "down", "ADP", 5, "case"), ("the", "the", "DET", 5, "det"),
         ("street", "street", "NOUN", 2, "obl"), (",", ",", "PUNCT", 5, "punct"),
         ("where", "where", "ADV", 12, "advmod"), ("about", "about", "ADV", 9, "advmod"),
         ("40", "40", "NUM", 10, "nummod"), ("protesters", "protester", "NOUN", 12, "nsubj"),
         ("had", "have", "AUX", 12, "aux"), ("gathered", "gather", "VERB", 5, "acl:relcl"),
         (",", ",", "PUNCT", 2, "punct"), ("chanting", "chant", "VERB", 2, "xcomp"),
         ("“", "“", "PUNCT", 14, "punct"), ("no", "no", "DET", 17, "det"),
         ("deal", "deal", "NOUN", 14, "obj"), (",", ",", "PUNCT", 17, "punct"),
         ("no", "no", "DET", 20, "det"), ("peace", "peace", "NOUN", 17, "appos"),
         (".", ".", "PUNCT", 14, "punct"), ("”", "”", "PUNCT", 14, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "about 40 protesters"


def test_closing_report_whose_verb_the_tagger_read_as_a_noun():
    """'Fans also chanted, “Go home,” referring to the visitors, the Dover Ledger reports.':
    the tagger reads "reports" as a noun of the name; the report at the end of the sentence
    credits the Ledger, not the fans."""
    text = "Fans also chanted, “Go home,” referring to the visitors, the Dover Ledger reports."
    s = [("Fans", "fan", "NOUN", 3, "nsubj"), ("also", "also", "ADV", 3, "advmod"),
         ("chanted", "chant", "VERB", 0, "root"), (",", ",", "PUNCT", 3, "punct"),
         ("“", "“", "PUNCT", 6, "punct"), ("Go", "go", "VERB", 3, "ccomp"),
         ("home", "home", "ADV", 6, "advmod"), (",", ",", "PUNCT", 6, "punct"),
         ("”", "”", "PUNCT", 6, "punct"), ("referring", "refer", "VERB", 3, "advcl"),
         ("to", "to", "ADP", 13, "case"), ("the", "the", "DET", 13, "det"),
         ("visitors", "visitor", "NOUN", 10, "obl"), (",", ",", "PUNCT", 3, "punct"),
         ("the", "the", "DET", 18, "det"), ("Dover", "Dover", "PROPN", 17, "compound", "B-ORG"),
         ("Ledger", "Ledger", "PROPN", 18, "compound", "E-ORG"),
         ("reports", "report", "NOUN", 3, "parataxis"), (".", ".", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "the Dover Ledger"


def test_closing_report_after_a_quoted_title_with_an_adverb():
    """'Roe slammed the club for “reckless spending” on his show, “Roe Talks,” the Dover Ledger
    first reported.': the comma that sets off the report closes a quoted title, and an
    adverb stands before "reported"; the Ledger is credited, though the parse hangs the
    report from the show as a relative clause."""
    text = ("Roe slammed the club for “reckless spending” on his show, “Roe Talks,” the Dover "
            "Ledger first reported.")
    s = [("Roe", "Roe", "PROPN", 2, "nsubj", "S-PERSON"), ("slammed", "slam", "VERB", 0, "root"),
         ("the", "the", "DET", 4, "det"), ("club", "club", "NOUN", 2, "obj"),
         ("for", "for", "ADP", 8, "case"), ("“", "“", "PUNCT", 8, "punct"),
         ("reckless", "reckless", "ADJ", 8, "amod"), ("spending", "spending", "NOUN", 2, "obl"),
         ("”", "”", "PUNCT", 8, "punct"), ("on", "on", "ADP", 12, "case"),
         ("his", "his", "PRON", 12, "nmod:poss"), ("show", "show", "NOUN", 2, "obl"),
         (",", ",", "PUNCT", 12, "punct"), ("“", "“", "PUNCT", 16, "punct"),
         ("Roe", "Roe", "PROPN", 16, "compound"), ("Talks", "Talks", "PROPN", 12, "appos"),
         (",", ",", "PUNCT", 16, "punct"), ("”", "”", "PUNCT", 16, "punct"),
         ("the", "the", "DET", 21, "det"), ("Dover", "Dover", "PROPN", 21, "compound", "B-ORG"),
         ("Ledger", "Ledger", "PROPN", 23, "nsubj", "E-ORG"),
         ("first", "first", "ADV", 23, "advmod"), ("reported", "report", "VERB", 12, "acl:relcl"),
         (".", ".", "PUNCT", 2, "punct")]
    quotes = parsed_quotes(text, [s])
    spending = next(q for q in quotes if "reckless" in q.text)
    assert spending.speaker_mention.text.endswith("Dover Ledger")
