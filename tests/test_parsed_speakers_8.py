"""Parse-path speakers, round eighteen: parse shapes that led the parsed path to another
speaker than the one the surface frame names (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_open_mark_left_on_the_sentence_before_does_not_tie_the_quote_to_its_cue():
    """'The plan is too slow, said Ann Roe, an analyst at Vell Partners. “The costs have not
    come down,” Ms. Roe pointed out.': the splitter leaves the opening mark at the end of the
    first sentence, hung from its "said"; the mark is no word of the quote, and the frame
    after the quote names its speaker."""
    text = ("The plan is too slow, said Ann Roe, an analyst at Vell Partners. “The costs have "
            "not come down,” Ms. Roe pointed out.")
    s1 = [("The", "the", "DET", 2, "det"), ("plan", "plan", "NOUN", 5, "nsubj"),
          ("is", "be", "AUX", 5, "cop"), ("too", "too", "ADV", 5, "advmod"),
          ("slow", "slow", "ADJ", 7, "ccomp"), (",", ",", "PUNCT", 7, "punct"),
          ("said", "say", "VERB", 0, "root"), ("Ann", "Ann", "PROPN", 9, "compound", "B-PERSON"),
          ("Roe", "Roe", "PROPN", 7, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 9, "punct"),
          ("an", "a", "DET", 12, "det"), ("analyst", "analyst", "NOUN", 9, "appos"),
          ("at", "at", "ADP", 15, "case"), ("Vell", "Vell", "PROPN", 15, "compound", "B-ORG"),
          ("Partners", "Partners", "PROPN", 12, "nmod", "E-ORG"), (".", ".", "PUNCT", 7, "punct"),
          ("“", "“", "PUNCT", 7, "punct")]
    s2 = [("The", "the", "DET", 2, "det"), ("costs", "cost", "NOUN", 5, "nsubj"),
          ("have", "have", "AUX", 5, "aux"), ("not", "not", "PART", 5, "advmod"),
          ("come", "come", "VERB", 11, "ccomp"), ("down", "down", "ADV", 5, "advmod"),
          (",", ",", "PUNCT", 11, "punct"), ("”", "”", "PUNCT", 11, "punct"),
          ("Ms.", "Ms.", "PROPN", 10, "compound"), ("Roe", "Roe", "PROPN", 11, "nsubj", "S-PERSON"),
          ("pointed", "point", "VERB", 0, "root"), ("out", "out", "ADP", 11, "compound:prt"),
          (".", ".", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s1, s2])
    costs = next(q for q in quotes if q.text.startswith("“The costs"))
    mention = costs.speaker_mention
    assert mention.text.endswith("Roe") and mention.start >= text.index("Ms. Roe")


def test_report_frame_the_parse_hangs_from_the_clause_after_it_speaks_the_quote():
    """'She said, if elected, she would ask Tom Reed to lead a “clean water” drive.': the
    parse makes "said" a complement of "ask"; the frame that opens the sentence is the
    writer's, and the quote is in what she said (the first "She")."""
    text = "She said, if elected, she would ask Tom Reed to lead a “clean water” drive."
    s = [("She", "she", "PRON", 2, "nsubj"), ("said", "say", "VERB", 9, "ccomp"),
         (",", ",", "PUNCT", 2, "punct"), ("if", "if", "SCONJ", 5, "mark"),
         ("elected", "elect", "VERB", 2, "advcl"), (",", ",", "PUNCT", 9, "punct"),
         ("she", "she", "PRON", 9, "nsubj"), ("would", "would", "AUX", 9, "aux"),
         ("ask", "ask", "VERB", 0, "root"), ("Tom", "Tom", "PROPN", 11, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 9, "obj", "E-PERSON"), ("to", "to", "PART", 13, "mark"),
         ("lead", "lead", "VERB", 9, "xcomp"), ("a", "a", "DET", 19, "det"),
         ("“", "“", "PUNCT", 17, "punct"), ("clean", "clean", "ADJ", 17, "amod"),
         ("water", "water", "NOUN", 19, "compound"), ("”", "”", "PUNCT", 17, "punct"),
         ("drive", "drive", "NOUN", 13, "obj"), (".", ".", "PUNCT", 9, "punct")]
    quotes = parsed_quotes(text, [s])
    water = next(q for q in quotes if "clean water" in q.text)
    assert water.speaker_mention.start == 0


def test_said_the_parse_hangs_as_parataxis_of_the_report_speaks_the_quote():
    """'In a new book, Ann Roe said Tom Reed had told donors that he would not “give an inch”
    on taxes.': the parse hangs "said" from "told" as parataxis; Ann Roe reports what Tom
    Reed told donors, and the quote is in her report, as on the surface: Tom Reed's words,
    which Ann Roe relays (``reported_by``); the fronted phrase "In a new book" is no
    statement of hers."""
    text = ("In a new book, Ann Roe said Tom Reed had told donors that he would not “give an "
            "inch” on taxes.")
    s = [("In", "in", "ADP", 4, "case"), ("a", "a", "DET", 4, "det"),
         ("new", "new", "ADJ", 4, "amod"), ("book", "book", "NOUN", 12, "obl"),
         (",", ",", "PUNCT", 4, "punct"), ("Ann", "Ann", "PROPN", 7, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 8, "nsubj", "E-PERSON"), ("said", "say", "VERB", 12, "parataxis"),
         ("Tom", "Tom", "PROPN", 10, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 12, "nsubj", "E-PERSON"), ("had", "have", "AUX", 12, "aux"),
         ("told", "tell", "VERB", 0, "root"), ("donors", "donor", "NOUN", 12, "obj"),
         ("that", "that", "SCONJ", 19, "mark"), ("he", "he", "PRON", 19, "nsubj"),
         ("would", "would", "AUX", 19, "aux"), ("not", "not", "PART", 19, "advmod"),
         ("“", "“", "PUNCT", 19, "punct"), ("give", "give", "VERB", 12, "ccomp"),
         ("an", "a", "DET", 21, "det"), ("inch", "inch", "NOUN", 19, "obj"),
         ("”", "”", "PUNCT", 19, "punct"), ("on", "on", "ADP", 24, "case"),
         ("taxes", "tax", "NOUN", 19, "obl"), (".", ".", "PUNCT", 12, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("direct", "mixed", "indirect"))
    inch = next(q for q in quotes if q.kind != "indirect" and "give" in q.text)
    assert inch.speaker_mention.text == "Tom Reed"
    assert inch.reported_by_mention.text == "Ann Roe"
    assert not any(q.text.startswith("In a new book") for q in quotes)


def test_fronted_phrase_before_a_parenthetical_frame_is_no_statement():
    """'In the long run, many economists say, the rule could raise rents.': the parse hangs
    "say" from "raise" as parataxis; the statement is the clause after the frame, not the
    fronted "In the long run"."""
    text = "In the long run, many economists say, the rule could raise rents."
    s = [("In", "in", "ADP", 4, "case"), ("the", "the", "DET", 4, "det"),
         ("long", "long", "ADJ", 4, "amod"), ("run", "run", "NOUN", 13, "obl"),
         (",", ",", "PUNCT", 4, "punct"), ("many", "many", "ADJ", 7, "amod"),
         ("economists", "economist", "NOUN", 8, "nsubj"), ("say", "say", "VERB", 13, "parataxis"),
         (",", ",", "PUNCT", 8, "punct"), ("the", "the", "DET", 11, "det"),
         ("rule", "rule", "NOUN", 13, "nsubj"), ("could", "could", "AUX", 13, "aux"),
         ("raise", "raise", "VERB", 0, "root"), ("rents", "rent", "NOUN", 13, "obj"),
         (".", ".", "PUNCT", 13, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    assert [(q.text, q.speaker_mention.text) for q in quotes] == \
        [("the rule could raise rents", "many economists")]


def test_participle_under_a_clause_with_a_pronoun_subject_is_that_pronouns():
    """'Gov. Ann Roe made the port a priority, and she has battled the union, at one point
    calling its leader a “bully.”': "calling" has no subject; the clause it hangs from is
    "she has battled", whose subject the mention is, not the name the climb reaches."""
    text = ("Gov. Ann Roe made the port a priority, and she has battled the union, at one "
            "point calling its leader a “bully.”")
    s = [("Gov.", "Gov.", "PROPN", 3, "compound"),
         ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 4, "nsubj", "E-PERSON"), ("made", "make", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("port", "port", "NOUN", 4, "obj"),
         ("a", "a", "DET", 8, "det"), ("priority", "priority", "NOUN", 4, "xcomp"),
         (",", ",", "PUNCT", 13, "punct"), ("and", "and", "CCONJ", 13, "cc"),
         ("she", "she", "PRON", 13, "nsubj"), ("has", "have", "AUX", 13, "aux"),
         ("battled", "battle", "VERB", 4, "conj"), ("the", "the", "DET", 15, "det"),
         ("union", "union", "NOUN", 13, "obj"), (",", ",", "PUNCT", 13, "punct"),
         ("at", "at", "ADP", 19, "case"), ("one", "one", "NUM", 19, "nummod"),
         ("point", "point", "NOUN", 13, "obl"), ("calling", "call", "VERB", 19, "acl"),
         ("its", "its", "PRON", 22, "nmod:poss"), ("leader", "leader", "NOUN", 20, "iobj"),
         ("a", "a", "DET", 25, "det"), ("“", "“", "PUNCT", 25, "punct"),
         ("bully", "bully", "NOUN", 20, "obj"), (".", ".", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s])
    bully = next(q for q in quotes if "bully" in q.text)
    assert bully.speaker_mention.text == "she"


def test_participle_in_an_adverbial_clause_is_that_clauses_subjects():
    """'Mayor Tom Reed conceded some delays even as he defended the budget, saying, “Most of
    the work is done.”': the participle hangs from "he defended", an adverbial clause with
    its own subject, under the speech verb "conceded"; the quote is what he said in
    defending, its mention "he"."""
    text = ("Mayor Tom Reed conceded some delays even as he defended the budget, saying, “Most "
            "of the work is done.”")
    s = [("Mayor", "Mayor", "PROPN", 3, "compound"),
         ("Tom", "Tom", "PROPN", 3, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 4, "nsubj", "E-PERSON"),
         ("conceded", "concede", "VERB", 0, "root"), ("some", "some", "DET", 6, "det"),
         ("delays", "delay", "NOUN", 4, "obj"), ("even", "even", "ADV", 10, "advmod"),
         ("as", "as", "SCONJ", 10, "mark"), ("he", "he", "PRON", 10, "nsubj"),
         ("defended", "defend", "VERB", 4, "advcl"), ("the", "the", "DET", 12, "det"),
         ("budget", "budget", "NOUN", 10, "obj"), (",", ",", "PUNCT", 10, "punct"),
         ("saying", "say", "VERB", 10, "advcl"), (",", ",", "PUNCT", 14, "punct"),
         ("“", "“", "PUNCT", 14, "punct"), ("Most", "most", "ADJ", 22, "nsubj"),
         ("of", "of", "ADP", 20, "case"), ("the", "the", "DET", 20, "det"),
         ("work", "work", "NOUN", 17, "nmod"), ("is", "be", "AUX", 22, "aux:pass"),
         ("done", "do", "VERB", 14, "ccomp"), (".", ".", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s])
    most = next(q for q in quotes if "Most of" in q.text)
    assert most.speaker_mention.text == "he"



def test_poll_that_opens_the_sentence_speaks_for_its_share_whatever_the_parse():
    """'In a Marlow Institute survey released Tuesday, 62 percent of renters said they would
    move if rents rose.': the parse reads "survey released" as the main clause and hangs
    "said" from it; the news credits the survey, as the surface reads it."""
    text = ("In a Marlow Institute survey released Tuesday, 62 percent of renters said they "
            "would move if rents rose.")
    s = [("In", "in", "ADP", 5, "case"), ("a", "a", "DET", 5, "det"),
         ("Marlow", "Marlow", "PROPN", 4, "compound", "B-ORG"),
         ("Institute", "Institute", "PROPN", 5, "compound", "E-ORG"),
         ("survey", "survey", "NOUN", 6, "nsubj"), ("released", "release", "VERB", 0, "root"),
         ("Tuesday", "Tuesday", "PROPN", 13, "obl:tmod"), (",", ",", "PUNCT", 13, "punct"),
         ("62", "62", "NUM", 10, "nummod"), ("percent", "percent", "NOUN", 13, "nsubj"),
         ("of", "of", "ADP", 12, "case"), ("renters", "renter", "NOUN", 10, "nmod"),
         ("said", "say", "VERB", 6, "dep"), ("they", "they", "PRON", 16, "nsubj"),
         ("would", "would", "AUX", 16, "aux"), ("move", "move", "VERB", 13, "ccomp"),
         ("if", "if", "SCONJ", 19, "mark"), ("rents", "rent", "NOUN", 19, "nsubj"),
         ("rose", "rise", "VERB", 16, "advcl"), (".", ".", "PUNCT", 6, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    move = next(q for q in quotes if q.text.startswith("they would move"))
    assert move.speaker_mention.text.endswith("survey")
