"""Parse-path speakers, round thirteen: the speaker a hand-parsed short text gives its quote
(see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes
from handparse import conllu

import quotetrack


def test_statement_whose_verb_is_quoted_is_the_cues():
    """'While not everything Doe says is true, Roe said Doe is “telling voters what they
    want.”': the parse hangs the quoted verb from "said" with its subject "Doe" before the
    quote; the statement is Roe's, not one of the "says" in the clause before."""
    text = ("While not everything Doe says is true, Roe said Doe is “telling voters what "
            "they want.”")
    s = [("While", "while", "ADP", 7, "mark"), ("not", "not", "ADV", 3, "advmod"),
         ("everything", "everything", "NOUN", 7, "nsubj"),
         ("Doe", "Doe", "PROPN", 5, "nsubj", "S-PERSON"),
         ("says", "say", "VERB", 3, "acl:relcl"), ("is", "be", "AUX", 7, "cop"),
         ("true", "true", "ADJ", 10, "advcl"), (",", ",", "PUNCT", 10, "punct"),
         ("Roe", "Roe", "PROPN", 10, "nsubj", "S-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("Doe", "Doe", "PROPN", 14, "nsubj", "S-PERSON"), ("is", "be", "AUX", 14, "aux"),
         ("“", "“", "PUNCT", 14, "punct"), ("telling", "tell", "VERB", 10, "ccomp"),
         ("voters", "voter", "NOUN", 14, "obj"), ("what", "what", "PRON", 18, "obj"),
         ("they", "they", "PRON", 18, "nsubj"), ("want", "want", "VERB", 14, "ccomp"),
         (".", ".", "PUNCT", 10, "punct"), ("”", "”", "PUNCT", 10, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Roe"


def reported(text: str, sentences: list[list[tuple]]) -> list[quotetrack.Quote]:
    """The reported statements of a hand-parsed Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]


def test_closing_according_credits_the_sentence_wherever_the_parse_hangs_it():
    """'Nearly three in four voters say A, but B, according to the Dover Ledger survey.': the
    parse hangs "according to" from the last clause, not from "say"; set off at the end of
    the sentence, it credits the whole of it, the share's statement too."""
    text = ("Nearly three in four voters say they want local goods, but the goods are hard to "
            "find, according to the Dover Ledger survey.")
    s = [("Nearly", "nearly", "ADV", 2, "advmod"), ("three", "three", "NUM", 6, "nsubj"),
         ("in", "in", "ADP", 4, "case"), ("four", "four", "NUM", 2, "nmod"),
         ("voters", "voter", "NOUN", 4, "nmod"), ("say", "say", "VERB", 0, "root"),
         ("they", "they", "PRON", 8, "nsubj"), ("want", "want", "VERB", 6, "ccomp"),
         ("local", "local", "ADJ", 10, "amod"), ("goods", "good", "NOUN", 8, "obj"),
         (",", ",", "PUNCT", 17, "punct"), ("but", "but", "CCONJ", 17, "cc"),
         ("the", "the", "DET", 14, "det"), ("goods", "good", "NOUN", 17, "nsubj"),
         ("are", "be", "AUX", 17, "cop"), ("hard", "hard", "ADJ", 17, "advmod"),
         ("to", "to", "PART", 18, "mark"), ("find", "find", "VERB", 6, "conj"),
         (",", ",", "PUNCT", 18, "punct"), ("according", "according", "VERB", 25, "case"),
         ("to", "to", "PART", 20, "fixed"), ("the", "the", "DET", 25, "det"),
         ("Dover", "Dover", "PROPN", 24, "compound", "B-ORG"),
         ("Ledger", "Ledger", "PROPN", 25, "compound", "E-ORG"),
         ("survey", "survey", "NOUN", 18, "obl"), (".", ".", "PUNCT", 6, "punct")]
    (q,) = reported(text, [s])
    assert q.text.startswith("they want") and q.speaker_mention.text == "the Dover Ledger survey"


def test_closing_according_in_a_relative_clause_is_that_clauses():
    """'Roe says her lead is proof of momentum in the county, which stood at 263 votes,
    according to the Dover Ledger.': the parse hangs the source in the relative clause
    about the count; Roe's statement stays hers."""
    text = ("Roe says her lead is proof of momentum in the county, which stood at 263 votes, "
            "according to the Dover Ledger.")
    s = [("Roe", "Roe", "PROPN", 2, "nsubj", "S-PERSON"), ("says", "say", "VERB", 0, "root"),
         ("her", "her", "PRON", 4, "nmod:poss"), ("lead", "lead", "NOUN", 6, "nsubj"),
         ("is", "be", "AUX", 6, "cop"), ("proof", "proof", "NOUN", 2, "ccomp"),
         ("of", "of", "ADP", 8, "case"), ("momentum", "momentum", "NOUN", 6, "nmod"),
         ("in", "in", "ADP", 11, "case"), ("the", "the", "DET", 11, "det"),
         ("county", "county", "NOUN", 8, "nmod"), (",", ",", "PUNCT", 11, "punct"),
         ("which", "which", "PRON", 14, "nsubj"), ("stood", "stand", "VERB", 11, "acl:relcl"),
         ("at", "at", "ADP", 17, "case"), ("263", "263", "NUM", 17, "nummod"),
         ("votes", "vote", "NOUN", 14, "obl"), (",", ",", "PUNCT", 14, "punct"),
         ("according", "according", "VERB", 23, "case"), ("to", "to", "PART", 19, "fixed"),
         ("the", "the", "DET", 23, "det"), ("Dover", "Dover", "PROPN", 23, "compound", "B-ORG"),
         ("Ledger", "Ledger", "PROPN", 14, "obl", "E-ORG"), (".", ".", "PUNCT", 2, "punct")]
    q = reported(text, [s])[0]
    assert q.text.startswith("her lead") and q.speaker_mention.text == "Roe"


def test_cue_joined_to_a_verb_of_another_form_is_the_outer_cues():
    """'Doe said she has not taken new jobs since announcing her run and suggested that
    rivals are idle': the parse joins "suggested" to the gerund "announcing"; a finite verb
    is no conjunct of a gerund, so it goes on the statement of "said": Doe suggested it."""
    text = ("Doe said she has not taken new jobs since announcing her run and suggested that "
            "rivals are idle.")
    s = [("Doe", "Doe", "PROPN", 2, "nsubj", "S-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("she", "she", "PRON", 6, "nsubj"), ("has", "have", "AUX", 6, "aux"),
         ("not", "not", "PART", 6, "advmod"), ("taken", "take", "VERB", 2, "ccomp"),
         ("new", "new", "ADJ", 8, "amod"), ("jobs", "job", "NOUN", 6, "obj"),
         ("since", "since", "SCONJ", 10, "mark"), ("announcing", "announce", "VERB", 6, "advcl"),
         ("her", "her", "PRON", 12, "nmod:poss"), ("run", "run", "NOUN", 10, "obj"),
         ("and", "and", "CCONJ", 14, "cc"), ("suggested", "suggest", "VERB", 10, "conj"),
         ("that", "that", "SCONJ", 18, "mark"), ("rivals", "rival", "NOUN", 18, "nsubj"),
         ("are", "be", "AUX", 18, "cop"), ("idle", "idle", "ADJ", 14, "ccomp"),
         (".", ".", "PUNCT", 2, "punct")]
    q = next(q for q in reported(text, [s]) if q.text.startswith("rivals"))
    assert q.speaker_mention.text == "Doe"


def test_participle_after_comma_and_coordinator_speaks_for_the_main_clause():
    """'Doe has indicated she would try to curb critics, vowing to cut fees, and suggesting she
    would sign new rules': a participle after ", and" speaks for the main clause as one after
    a comma does, not for the clause the parse joins it to."""
    text = ("Doe has indicated she would try to curb critics, vowing to cut fees, and suggesting "
            "she would sign new rules.")
    s = [("Doe", "Doe", "PROPN", 3, "nsubj", "S-PERSON"), ("has", "have", "AUX", 3, "aux"),
         ("indicated", "indicate", "VERB", 0, "root"), ("she", "she", "PRON", 6, "nsubj"),
         ("would", "would", "AUX", 6, "aux"), ("try", "try", "VERB", 3, "ccomp"),
         ("to", "to", "PART", 8, "mark"), ("curb", "curb", "VERB", 6, "xcomp"),
         ("critics", "critic", "NOUN", 8, "obj"), (",", ",", "PUNCT", 8, "punct"),
         ("vowing", "vow", "VERB", 8, "conj"), ("to", "to", "PART", 13, "mark"),
         ("cut", "cut", "VERB", 11, "xcomp"), ("fees", "fee", "NOUN", 13, "obj"),
         (",", ",", "PUNCT", 8, "punct"), ("and", "and", "CCONJ", 17, "cc"),
         ("suggesting", "suggest", "VERB", 8, "conj"), ("she", "she", "PRON", 20, "nsubj"),
         ("would", "would", "AUX", 20, "aux"), ("sign", "sign", "VERB", 17, "ccomp"),
         ("new", "new", "ADJ", 22, "amod"), ("rules", "rule", "NOUN", 20, "obj"),
         (".", ".", "PUNCT", 3, "punct")]
    q = next(q for q in reported(text, [s]) if q.text.startswith("she would sign"))
    assert q.speaker_mention.text == "Doe"


def test_closing_frame_of_the_parse_credits_the_whole_sentence():
    """'Doe voiced concern about the letter and said it could hurt the plan, people familiar
    with the talks said.': the parse finds Doe's statement and the closing frame's; the frame
    that ends the sentence credits all of it, Doe's statement included, as on the surface
    ("X declared A, officials said")."""
    text = ("Doe voiced concern about the letter and said it could hurt the plan, people "
            "familiar with the talks said.")
    s = [("Doe", "Doe", "PROPN", 2, "nsubj", "S-PERSON"), ("voiced", "voice", "VERB", 20, "ccomp"),
         ("concern", "concern", "NOUN", 2, "obj"), ("about", "about", "ADP", 6, "case"),
         ("the", "the", "DET", 6, "det"), ("letter", "letter", "NOUN", 2, "obl"),
         ("and", "and", "CCONJ", 8, "cc"), ("said", "say", "VERB", 2, "conj"),
         ("it", "it", "PRON", 11, "nsubj"), ("could", "could", "AUX", 11, "aux"),
         ("hurt", "hurt", "VERB", 8, "ccomp"), ("the", "the", "DET", 13, "det"),
         ("plan", "plan", "NOUN", 11, "obj"), (",", ",", "PUNCT", 20, "punct"),
         ("people", "people", "NOUN", 20, "nsubj"), ("familiar", "familiar", "ADJ", 15, "amod"),
         ("with", "with", "ADP", 19, "case"), ("the", "the", "DET", 19, "det"),
         ("talks", "talk", "NOUN", 16, "obl"), ("said", "say", "VERB", 0, "root"),
         (".", ".", "PUNCT", 20, "punct")]
    (q,) = reported(text, [s])
    assert q.speaker_mention.text == "people"


def test_absolute_with_phrase_frames_its_own_quote():
    """'The campaign has denied it happened, with Doe taking to Twitter to call Roe “totally
    delusional.”': the absolute "with Doe taking ..." is the writer's addition, not part of
    the denial; Doe calls Roe that, not the campaign."""
    text = ("The campaign has denied it happened, with Doe taking to Twitter to call Roe "
            "“totally delusional.”")
    s = [("The", "the", "DET", 2, "det"), ("campaign", "campaign", "NOUN", 4, "nsubj"),
         ("has", "have", "AUX", 4, "aux"), ("denied", "deny", "VERB", 0, "root"),
         ("it", "it", "PRON", 6, "nsubj"), ("happened", "happen", "VERB", 4, "ccomp"),
         (",", ",", "PUNCT", 6, "punct"), ("with", "with", "ADP", 9, "case"),
         ("Doe", "Doe", "PROPN", 6, "obl", "S-PERSON"), ("taking", "take", "VERB", 9, "acl"),
         ("to", "to", "ADP", 12, "case"), ("Twitter", "Twitter", "PROPN", 10, "obl", "S-ORG"),
         ("to", "to", "PART", 14, "mark"), ("call", "call", "VERB", 10, "xcomp"),
         ("Roe", "Roe", "PROPN", 18, "dep", "S-PERSON"), ("“", "“", "PUNCT", 18, "punct"),
         ("totally", "totally", "ADV", 18, "advmod"),
         ("delusional", "delusional", "ADJ", 14, "xcomp"), (".", ".", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Doe"
    (statement,) = reported(text, [s])
    assert statement.text == "it happened"
