"""Reported speech on the parsed path, round twenty: parse shapes that hid a statement the
model-free path finds (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes

_ALL = ("direct", "mixed", "indirect")


def test_that_clause_after_an_aside_is_the_statement_not_the_aside():
    """'Jane Doe said — in a post, as it turned out — that the mill would close.': the parse
    hangs the aside between dashes from "said" as a clause too (parataxis) beside the "that"
    clause (ccomp); the clause the complementizer opens is the statement, not the aside."""
    text = "Jane Doe said — in a post, as it turned out — that the mill would close."
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("—", "—", "PUNCT", 11, "punct"), ("in", "in", "ADP", 7, "case"),
         ("a", "a", "DET", 7, "det"), ("post", "post", "NOUN", 11, "obl"),
         (",", ",", "PUNCT", 11, "punct"), ("as", "as", "ADP", 11, "mark"),
         ("it", "it", "PRON", 11, "nsubj"), ("turned", "turn", "VERB", 3, "parataxis"),
         ("out", "out", "ADP", 11, "compound:prt"), ("—", "—", "PUNCT", 11, "punct"),
         ("that", "that", "ADP", 18, "mark"), ("the", "the", "DET", 16, "det"),
         ("mill", "mill", "NOUN", 18, "nsubj"), ("would", "would", "AUX", 18, "aux"),
         ("close", "close", "VERB", 3, "ccomp"), (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert [q.text for q in quotes] == ["the mill would close"]
    assert quotes[0].speaker_mention.text == "Jane Doe"


def test_clause_after_a_semicolon_is_not_the_statement_of_the_cue_before_it():
    """'Ann Roe first tweeted a note of sympathy; hours later, she issued a plan.': the
    parse hangs the clause after the semicolon from "tweeted" (parataxis); it is the
    writer's next clause, not what she tweeted."""
    text = "Ann Roe first tweeted a note of sympathy; hours later, she issued a plan."
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 4, "nsubj", "E-PERSON"), ("first", "first", "ADV", 4, "advmod"),
         ("tweeted", "tweet", "VERB", 0, "root"), ("a", "a", "DET", 6, "det"),
         ("note", "note", "NOUN", 4, "obj"), ("of", "of", "ADP", 8, "case"),
         ("sympathy", "sympathy", "NOUN", 6, "nmod"), (";", ";", "PUNCT", 4, "punct"),
         ("hours", "hour", "NOUN", 11, "obl:npmod"), ("later", "later", "ADV", 14, "advmod"),
         (",", ",", "PUNCT", 14, "punct"), ("she", "she", "PRON", 14, "nsubj"),
         ("issued", "issue", "VERB", 4, "parataxis"), ("a", "a", "DET", 16, "det"),
         ("plan", "plan", "NOUN", 14, "obj"), (".", ".", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any("issued" in q.text for q in quotes)


def test_participle_statement_whose_subject_the_parse_takes_without_its_title():
    """'Mr. Reed revised his plans in May, saying that about 500 jobs would remain.': the
    parse hangs the "that" clause from "saying" as a clause of purpose, so the surface rules
    read it; the parse's subject of the participle is "Reed" without the "Mr." that opens
    its noun phrase, which still opens the clause: Reed says it."""
    text = "Mr. Reed revised his plans in May, saying that about 500 jobs would remain."
    s = [("Mr.", "Mr.", "PROPN", 2, "compound"), ("Reed", "Reed", "PROPN", 3, "nsubj", "S-PERSON"),
         ("revised", "revise", "VERB", 0, "root"), ("his", "he", "PRON", 5, "nmod:poss"),
         ("plans", "plan", "NOUN", 3, "obj"), ("in", "in", "ADP", 7, "case"),
         ("May", "May", "PROPN", 3, "obl", "S-DATE"), (",", ",", "PUNCT", 3, "punct"),
         ("saying", "say", "VERB", 3, "advcl"), ("that", "that", "ADP", 15, "mark"),
         ("about", "about", "ADP", 15, "mark"), ("500", "500", "NUM", 13, "nummod"),
         ("jobs", "job", "NOUN", 15, "nsubj"), ("would", "would", "AUX", 15, "aux"),
         ("remain", "remain", "VERB", 9, "advcl"), (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if "jobs would remain" in q.text)
    assert said.text == "about 500 jobs would remain"
    assert said.speaker_mention.text == "Reed"


def test_clause_after_a_colon_past_the_cues_object_and_another_verb_is_the_writers():
    """'The survey suggests a wider gap when it comes to older voters: when prices rise,
    they stay home.': the parse hangs the clause after the colon from "suggests"; the cue has
    its own object, and another clause's verb comes before the colon, so the object is what
    the survey suggests and the clause after the colon the writer's."""
    text = ("The survey suggests a wider gap when it comes to older voters: when prices rise, "
            "they stay home.")
    s = [("The", "the", "DET", 2, "det"), ("survey", "survey", "NOUN", 3, "nsubj"),
         ("suggests", "suggest", "VERB", 0, "root"), ("a", "a", "DET", 6, "det"),
         ("wider", "wide", "ADJ", 6, "amod"), ("gap", "gap", "NOUN", 3, "obj"),
         ("when", "when", "ADV", 9, "advmod"), ("it", "it", "PRON", 9, "nsubj"),
         ("comes", "come", "VERB", 6, "acl:relcl"), ("to", "to", "ADP", 12, "case"),
         ("older", "old", "ADJ", 12, "amod"), ("voters", "voter", "NOUN", 9, "obl"),
         (":", ":", "PUNCT", 3, "punct"), ("when", "when", "ADV", 16, "advmod"),
         ("prices", "price", "NOUN", 16, "nsubj"), ("rise", "rise", "VERB", 19, "advcl"),
         (",", ",", "PUNCT", 19, "punct"), ("they", "they", "PRON", 19, "nsubj"),
         ("stay", "stay", "VERB", 3, "parataxis"), ("home", "home", "ADV", 19, "advmod"),
         (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any("stay home" in q.text for q in quotes)
    assert any(q.text.startswith("a wider gap") for q in quotes)


def test_clause_after_a_colon_that_the_cues_object_announces_stays_the_statement():
    """'The group also points out some other figures: the wage is low.': the object closes
    right at the colon and announces the clause after it, which stays the statement."""
    text = "The group also points out some other figures: the wage is low."
    s = [("The", "the", "DET", 2, "det"), ("group", "group", "NOUN", 4, "nsubj"),
         ("also", "also", "ADV", 4, "advmod"), ("points", "point", "VERB", 0, "root"),
         ("out", "out", "ADP", 4, "compound:prt"), ("some", "some", "DET", 8, "det"),
         ("other", "other", "ADJ", 8, "amod"), ("figures", "figure", "NOUN", 4, "obj"),
         (":", ":", "PUNCT", 4, "punct"), ("the", "the", "DET", 11, "det"),
         ("wage", "wage", "NOUN", 13, "nsubj"), ("is", "be", "AUX", 13, "cop"),
         ("low", "low", "ADJ", 4, "parataxis"), (".", ".", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert any(q.text == "the wage is low" for q in quotes)


def test_setting_before_a_frame_that_brings_a_quote_is_no_statement():
    """'After the court ruled, Jo Hale warned, “We will appeal.”': the parse hangs the frame
    from the quote's verb (parataxis); the clause before the frame is the quote's setting,
    not a statement of Hale's."""
    text = "After the court ruled, Jo Hale warned, “We will appeal.”"
    s = [("After", "after", "ADP", 4, "mark"), ("the", "the", "DET", 3, "det"),
         ("court", "court", "NOUN", 4, "nsubj"), ("ruled", "rule", "VERB", 13, "advcl"),
         (",", ",", "PUNCT", 8, "punct"), ("Jo", "Jo", "PROPN", 7, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 8, "nsubj", "E-PERSON"),
         ("warned", "warn", "VERB", 13, "parataxis"), (",", ",", "PUNCT", 8, "punct"),
         ("“", "“", "PUNCT", 13, "punct"), ("We", "we", "PRON", 13, "nsubj"),
         ("will", "will", "AUX", 13, "aux"), ("appeal", "appeal", "VERB", 0, "root"),
         (".", ".", "PUNCT", 13, "punct"), ("”", "”", "PUNCT", 13, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any(q.text.startswith("After") for q in quotes)
    assert [q.speaker_mention.text for q in quotes if "appeal" in q.text] == ["Jo Hale"]


def test_subject_before_a_frame_that_brings_the_rest_of_its_clause_stays_a_statement():
    """'A new tax, Jo Hale said, “would hurt farmers.”': the words before the frame are the
    subject of the quote's clause, said with it."""
    text = "A new tax, Jo Hale said, “would hurt farmers.”"
    s = [("A", "a", "DET", 3, "det"), ("new", "new", "ADJ", 3, "amod"),
         ("tax", "tax", "NOUN", 11, "nsubj"), (",", ",", "PUNCT", 7, "punct"),
         ("Jo", "Jo", "PROPN", 6, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 7, "nsubj", "E-PERSON"),
         ("said", "say", "VERB", 11, "parataxis"), (",", ",", "PUNCT", 7, "punct"),
         ("“", "“", "PUNCT", 11, "punct"), ("would", "would", "AUX", 11, "aux"),
         ("hurt", "hurt", "VERB", 0, "root"), ("farmers", "farmer", "NOUN", 11, "obj"),
         (".", ".", "PUNCT", 11, "punct"), ("”", "”", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert any(q.text == "A new tax" and q.speaker_mention.text == "Jo Hale" for q in quotes)
