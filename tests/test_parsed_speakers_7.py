"""Parse-path speakers, round seventeen: where a misparse gave the parsed path a speaker the
surface reads right (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_cue_joined_to_a_verb_inside_a_report_keeps_the_reporter():
    """'Mr. Lane said he did not buy the jets to polish his brand, but agreed that the fleet
    had some value.': the parse joins "agreed" to "polish", inside what Mr. Lane said; the
    surface coordination and the verb above the report agree on Mr. Lane, not "he"."""
    text = ("Mr. Lane said he did not buy the jets to polish his brand, but agreed that the "
            "fleet had some value.")
    s = [("Mr.", "Mr.", "PROPN", 2, "compound", "B-PERSON"),
         ("Lane", "Lane", "PROPN", 3, "nsubj", "E-PERSON"),
         ("said", "say", "VERB", 0, "root"), ("he", "he", "PRON", 7, "nsubj"),
         ("did", "do", "AUX", 7, "aux"), ("not", "not", "PART", 7, "advmod"),
         ("buy", "buy", "VERB", 3, "ccomp"), ("the", "the", "DET", 9, "det"),
         ("jets", "jet", "NOUN", 7, "obj"), ("to", "to", "PART", 11, "mark"),
         ("polish", "polish", "VERB", 7, "advcl"), ("his", "his", "PRON", 13, "nmod:poss"),
         ("brand", "brand", "NOUN", 11, "obj"), (",", ",", "PUNCT", 16, "punct"),
         ("but", "but", "CCONJ", 16, "cc"), ("agreed", "agree", "VERB", 11, "conj"),
         ("that", "that", "SCONJ", 20, "mark"), ("the", "the", "DET", 19, "det"),
         ("fleet", "fleet", "NOUN", 20, "nsubj"), ("had", "have", "VERB", 16, "ccomp"),
         ("some", "some", "DET", 22, "det"), ("value", "value", "NOUN", 20, "obj"),
         (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    agreed = next(q for q in quotes if q.text.startswith("the fleet"))
    assert agreed.speaker_mention.text == "Mr. Lane"


def test_cue_joined_to_a_bare_clause_on_the_object_keeps_the_teller():
    """'Ann Roe told the paper her group never worked for Tom Reed and said the group found
    its lobbyists on its own.': the parse reads "her group never worked ..." as a relative
    clause on "the paper" (no relative word) and joins "said" to "worked"; Ann Roe said it,
    not her group."""
    text = ("Ann Roe told the paper her group never worked for Tom Reed and said the group "
            "found its lobbyists on its own.")
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"),
         ("told", "tell", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("paper", "paper", "NOUN", 3, "obj"), ("her", "her", "PRON", 7, "nmod:poss"),
         ("group", "group", "NOUN", 9, "nsubj"), ("never", "never", "ADV", 9, "advmod"),
         ("worked", "work", "VERB", 5, "acl:relcl"), ("for", "for", "ADP", 12, "case"),
         ("Tom", "Tom", "PROPN", 12, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 9, "obl", "E-PERSON"), ("and", "and", "CCONJ", 14, "cc"),
         ("said", "say", "VERB", 9, "conj"), ("the", "the", "DET", 16, "det"),
         ("group", "group", "NOUN", 17, "nsubj"), ("found", "find", "VERB", 14, "ccomp"),
         ("its", "its", "PRON", 19, "nmod:poss"), ("lobbyists", "lobbyist", "NOUN", 17, "obj"),
         ("on", "on", "ADP", 22, "case"), ("its", "its", "PRON", 22, "nmod:poss"),
         ("own", "own", "ADJ", 17, "obl"), (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    said = next(q for q in quotes if q.text.startswith("the group"))
    assert said.speaker_mention.text == "Ann Roe"


def test_cue_in_a_relative_clause_keeps_its_relative_subject():
    """'Tom Reed met Ann Roe, who answered the door and said she would vote for him.': the
    cue is the relative clause's, its subject "who" (as the scorer's gold marks it)."""
    text = "Tom Reed met Ann Roe, who answered the door and said she would vote for him."
    s = [("Tom", "Tom", "PROPN", 2, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 3, "nsubj", "E-PERSON"),
         ("met", "meet", "VERB", 0, "root"), ("Ann", "Ann", "PROPN", 5, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "obj", "E-PERSON"), (",", ",", "PUNCT", 5, "punct"),
         ("who", "who", "PRON", 8, "nsubj"), ("answered", "answer", "VERB", 5, "acl:relcl"),
         ("the", "the", "DET", 10, "det"), ("door", "door", "NOUN", 8, "obj"),
         ("and", "and", "CCONJ", 12, "cc"), ("said", "say", "VERB", 8, "conj"),
         ("she", "she", "PRON", 15, "nsubj"), ("would", "would", "AUX", 15, "aux"),
         ("vote", "vote", "VERB", 12, "ccomp"), ("for", "for", "ADP", 17, "case"),
         ("him", "him", "PRON", 15, "obl"), (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    said = next(q for q in quotes if q.text.startswith("she would"))
    assert said.speaker_mention.text == "who"


def test_thing_relative_in_a_reported_clause_keeps_its_thing():
    """'Ann Roe cited a 2014 study that found the wage rise cost jobs.': the relative "that"
    names nothing by itself; the mention is the study with it, as the surface reads it."""
    text = "Ann Roe cited a 2014 study that found the wage rise cost jobs."
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"),
         ("cited", "cite", "VERB", 0, "root"), ("a", "a", "DET", 6, "det"),
         ("2014", "2014", "NUM", 6, "nummod", "S-DATE"), ("study", "study", "NOUN", 3, "obj"),
         ("that", "that", "PRON", 8, "nsubj"), ("found", "find", "VERB", 6, "acl:relcl"),
         ("the", "the", "DET", 11, "det"), ("wage", "wage", "NOUN", 11, "compound"),
         ("rise", "rise", "NOUN", 12, "nsubj"), ("cost", "cost", "VERB", 8, "ccomp"),
         ("jobs", "job", "NOUN", 12, "obj"), (".", ".", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.speaker_mention.text == "a 2014 study that"


def test_the_one_an_outlet_quotes_as_saying_speaks_on_the_parse_too():
    """'The Harbour Gazette quoted Mayor Colin Tate as saying the ferry would run all
    winter.': the words are the mayor's, as the surface path reads them, not the paper's
    (the subject of "quoted")."""
    text = ("The Harbour Gazette quoted Mayor Colin Tate as saying the ferry would run all "
            "winter.")
    s = [("The", "the", "DET", 3, "det"), ("Harbour", "Harbour", "PROPN", 3, "compound",
                                           "B-ORG"),
         ("Gazette", "Gazette", "PROPN", 4, "nsubj", "E-ORG"), ("quoted", "quote", "VERB", 0,
                                                              "root"),
         ("Mayor", "Mayor", "PROPN", 7, "compound"),
         ("Colin", "Colin", "PROPN", 7, "compound", "B-PERSON"),
         ("Tate", "Tate", "PROPN", 4, "obj", "E-PERSON"), ("as", "as", "SCONJ", 9, "mark"),
         ("saying", "say", "VERB", 4, "advcl"), ("the", "the", "DET", 11, "det"),
         ("ferry", "ferry", "NOUN", 13, "nsubj"), ("would", "would", "AUX", 13, "aux"),
         ("run", "run", "VERB", 9, "ccomp"), ("all", "all", "DET", 15, "det"),
         ("winter", "winter", "NOUN", 13, "obl:tmod"), (".", ".", "PUNCT", 4, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    said = next(q for q in quotes if q.text.startswith("the ferry"))
    assert said.speaker_mention.text in ("Mayor Colin Tate", "Colin Tate")
    assert said.speaker.name == "Colin Tate"
