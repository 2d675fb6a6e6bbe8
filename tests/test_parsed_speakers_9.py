"""Parse-path speakers, round nineteen: parse shapes that led the parsed path to another
speaker than the sentence names (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes

_ALL = ("direct", "mixed", "indirect")


def test_phrase_after_a_fronted_phrase_and_one_comma_is_the_subject_not_an_apposition():
    """'Ahead of the Ohio primary, Jane Doe's campaign says they are unwilling to debate.':
    the parse takes "primary" for the subject and the campaign for its apposition; a phrase
    that one comma opens and none closes before the verb is the subject."""
    text = "Ahead of the Ohio primary, Jane Doe's campaign says they are unwilling to debate."
    s = [("Ahead", "ahead", "ADV", 5, "advmod"), ("of", "of", "ADP", 5, "case"),
         ("the", "the", "DET", 5, "det"), ("Ohio", "Ohio", "PROPN", 5, "compound", "S-GPE"),
         ("primary", "primary", "NOUN", 11, "nsubj"), (",", ",", "PUNCT", 5, "punct"),
         ("Jane", "Jane", "PROPN", 8, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 10, "nmod:poss", "E-PERSON"), ("'s", "'s", "PART", 8, "case"),
         ("campaign", "campaign", "NOUN", 5, "appos"), ("says", "say", "VERB", 0, "root"),
         ("they", "they", "PRON", 14, "nsubj"), ("are", "be", "AUX", 14, "cop"),
         ("unwilling", "unwilling", "ADJ", 11, "ccomp"), ("to", "to", "PART", 16, "mark"),
         ("debate", "debate", "VERB", 14, "xcomp"), (".", ".", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if q.text.startswith("they are unwilling"))
    assert said.speaker_mention.text.endswith("campaign")


def test_apposition_open_before_an_auxiliary_inside_the_subject_phrase():
    """'Absent a defense of these plans, average voters may conclude that the plans failed.':
    the parse hangs the voters from "plans" as an apposition inside the subject "defense";
    they run up to the verb's auxiliary, so they are who concludes."""
    text = "Absent a defense of these plans, average voters may conclude that the plans failed."
    s = [("Absent", "absent", "ADJ", 3, "amod"), ("a", "a", "DET", 3, "det"),
         ("defense", "defense", "NOUN", 11, "nsubj"), ("of", "of", "ADP", 6, "case"),
         ("these", "these", "DET", 6, "det"), ("plans", "plan", "NOUN", 3, "nmod"),
         (",", ",", "PUNCT", 6, "punct"), ("average", "average", "ADJ", 9, "amod"),
         ("voters", "voter", "NOUN", 6, "appos"), ("may", "may", "AUX", 11, "aux"),
         ("conclude", "conclude", "VERB", 0, "root"), ("that", "that", "SCONJ", 15, "mark"),
         ("the", "the", "DET", 14, "det"), ("plans", "plan", "NOUN", 15, "nsubj"),
         ("failed", "fail", "VERB", 11, "ccomp"), (".", ".", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if q.text.startswith("the plans failed"))
    assert said.speaker_mention.text == "average voters"


def test_person_with_an_apposition_left_open_stays_the_subject():
    """'Jane Doe, a lawyer for Tom Reed said the ruling was wrong.': a writer may leave a
    person's apposition open; the person, not the lawyer's description, is the subject."""
    text = "Jane Doe, a lawyer for Tom Reed said the ruling was wrong."
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 9, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("a", "a", "DET", 5, "det"), ("lawyer", "lawyer", "NOUN", 2, "appos"),
         ("for", "for", "ADP", 8, "case"), ("Tom", "Tom", "PROPN", 8, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 5, "nmod", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 11, "det"), ("ruling", "ruling", "NOUN", 13, "nsubj"),
         ("was", "be", "AUX", 13, "cop"), ("wrong", "wrong", "ADJ", 9, "ccomp"),
         (".", ".", "PUNCT", 9, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if q.text.startswith("the ruling"))
    assert said.speaker_mention.text == "Jane Doe"


def test_object_of_a_causing_verb_speaks_when_the_parse_reads_a_clause_of_purpose():
    """'The late hour led aides to say that the vote would slip.': the parse hangs "say" from
    "led" as a clause of purpose, not its complement; the aides right before its "to" are
    the ones the hour led to speak, not the hour."""
    text = "The late hour led aides to say that the vote would slip."
    s = [("The", "the", "DET", 3, "det"), ("late", "late", "ADJ", 3, "amod"),
         ("hour", "hour", "NOUN", 4, "nsubj"), ("led", "lead", "VERB", 0, "root"),
         ("aides", "aide", "NOUN", 4, "obj"), ("to", "to", "PART", 7, "mark"),
         ("say", "say", "VERB", 4, "advcl"), ("that", "that", "SCONJ", 12, "mark"),
         ("the", "the", "DET", 10, "det"), ("vote", "vote", "NOUN", 12, "nsubj"),
         ("would", "would", "AUX", 12, "aux"), ("slip", "slip", "VERB", 7, "ccomp"),
         (".", ".", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if q.text.startswith("the vote"))
    assert said.speaker_mention.text == "aides"


def test_name_set_off_after_a_role_subject_is_the_speaker_mention():
    """'One aide to Tom Reed, Jo Hale of Vell Partners, said he had called donors.': the
    role "One aide" is the parse's subject; the name that commas set off after it tells who
    speaks (the parse hangs it from "Reed", the nearest noun)."""
    text = "One aide to Tom Reed, Jo Hale of Vell Partners, said he had called donors."
    s = [("One", "one", "NUM", 2, "nummod"), ("aide", "aide", "NOUN", 13, "nsubj"),
         ("to", "to", "ADP", 5, "case"), ("Tom", "Tom", "PROPN", 5, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 2, "nmod", "E-PERSON"), (",", ",", "PUNCT", 5, "punct"),
         ("Jo", "Jo", "PROPN", 8, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 5, "appos", "E-PERSON"), ("of", "of", "ADP", 11, "case"),
         ("Vell", "Vell", "PROPN", 11, "compound", "B-ORG"),
         ("Partners", "Partners", "PROPN", 8, "nmod", "E-ORG"), (",", ",", "PUNCT", 5, "punct"),
         ("said", "say", "VERB", 0, "root"), ("he", "he", "PRON", 16, "nsubj"),
         ("had", "have", "AUX", 16, "aux"), ("called", "call", "VERB", 13, "ccomp"),
         ("donors", "donor", "NOUN", 16, "obj"), (".", ".", "PUNCT", 13, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if q.text.startswith("he had called"))
    assert said.speaker_mention.text == "Jo Hale"


def test_role_and_another_persons_name_in_a_coordination_keep_the_role():
    """'The firm and its founder, Jo Hale, confirmed that the plant would close.': the name
    is the founder's, the second of two subjects; the first subject keeps its own words."""
    text = "The firm and its founder, Jo Hale, confirmed that the plant would close."
    s = [("The", "the", "DET", 2, "det"), ("firm", "firm", "NOUN", 10, "nsubj"),
         ("and", "and", "CCONJ", 5, "cc"), ("its", "its", "PRON", 5, "nmod:poss"),
         ("founder", "founder", "NOUN", 2, "conj"), (",", ",", "PUNCT", 5, "punct"),
         ("Jo", "Jo", "PROPN", 8, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 5, "appos", "E-PERSON"), (",", ",", "PUNCT", 5, "punct"),
         ("confirmed", "confirm", "VERB", 0, "root"), ("that", "that", "SCONJ", 15, "mark"),
         ("the", "the", "DET", 13, "det"), ("plant", "plant", "NOUN", 15, "nsubj"),
         ("would", "would", "AUX", 15, "aux"), ("close", "close", "VERB", 10, "ccomp"),
         (".", ".", "PUNCT", 10, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    said = next(q for q in quotes if q.text.startswith("the plant"))
    assert "Hale" not in said.speaker_mention.text
