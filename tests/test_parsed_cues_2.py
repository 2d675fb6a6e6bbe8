"""Reported speech on the parsed path, round twenty-one: a short noun the speech verb
reports, and the frame words a parse hangs after a cue as if they were its statement (see
handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes

_ALL = ("direct", "mixed", "indirect")


def _indirect(text: str, sentences: list[list[tuple]]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in parsed_quotes(text, sentences, kinds=("indirect",))]


# --------------------------------------------------------------- short objects said


def test_two_word_object_of_a_report_is_the_statement():
    """'Police reported no arrests late Sunday.': what the police reported is the noun
    phrase, two words, which the rule for clauses left out ("said so" is no statement)."""
    text = "Police reported no arrests late Sunday."
    s = [("Police", "police", "NOUN", 2, "nsubj"), ("reported", "report", "VERB", 0, "root"),
         ("no", "no", "DET", 4, "det"), ("arrests", "arrest", "NOUN", 2, "obj"),
         ("late", "late", "ADV", 6, "advmod"), ("Sunday", "Sunday", "PROPN", 2, "obl:tmod",
                                                "S-DATE"),
         (".", ".", "PUNCT", 2, "punct")]
    assert _indirect(text, [s]) == [("no arrests", "Police")]


def test_one_word_object_of_a_denial_is_the_statement():
    """'The mill denied wrongdoing.': a one-word object the speech verb reports."""
    text = "The mill denied wrongdoing."
    s = [("The", "the", "DET", 2, "det"), ("mill", "mill", "NOUN", 3, "nsubj"),
         ("denied", "deny", "VERB", 0, "root"), ("wrongdoing", "wrongdoing", "NOUN", 3, "obj"),
         (".", ".", "PUNCT", 3, "punct")]
    assert _indirect(text, [s]) == [("wrongdoing", "The mill")]


def test_time_or_amount_taken_for_the_object_is_no_statement():
    """'Jo Hale said Tuesday.', 'Jo Hale said a lot.': a time the parse took for the
    object, and an amount, are no words said."""
    text = "Jo Hale said Tuesday. Jo Hale said a lot."
    s1 = [("Jo", "Jo", "PROPN", 2, "compound", "B-PERSON"),
          ("Hale", "Hale", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
          ("Tuesday", "Tuesday", "PROPN", 3, "obj", "S-DATE"), (".", ".", "PUNCT", 3, "punct")]
    s2 = [("Jo", "Jo", "PROPN", 2, "compound", "B-PERSON"),
          ("Hale", "Hale", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
          ("a", "a", "DET", 5, "det"), ("lot", "lot", "NOUN", 3, "obj"),
          (".", ".", "PUNCT", 3, "punct")]
    assert _indirect(text, [s1, s2]) == []


def test_short_object_that_a_verb_follows_is_the_subject_of_the_statement():
    """'Tom Reed said his firm was sound.': the parse takes "his firm" for the object and
    hangs "was sound" elsewhere; the statement is the whole clause, as the surface rules
    read it, not the two words."""
    text = "Tom Reed said his firm was sound."
    s = [("Tom", "Tom", "PROPN", 2, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("his", "he", "PRON", 5, "nmod:poss"), ("firm", "firm", "NOUN", 3, "obj"),
         ("was", "be", "AUX", 7, "cop"), ("sound", "sound", "ADJ", 3, "advcl"),
         (".", ".", "PUNCT", 3, "punct")]
    quotes = _indirect(text, [s])
    assert ("his firm", "Tom Reed") not in quotes
    assert quotes == [("his firm was sound", "Tom Reed")]


# ------------------------------------------------- frame words taken for the statement


def test_name_after_said_set_off_by_a_comma_is_the_speaker_not_the_object():
    """'The mayor would lose the vote, said Tom Reed, a former aide.': the parse takes the
    subject of the clause before for the subject of "said" and the name after it for its
    object; the name is the speaker, not what was said."""
    text = "The mayor would lose the vote, said Tom Reed, a former aide."
    s = [("The", "the", "DET", 2, "det"), ("mayor", "mayor", "NOUN", 8, "nsubj"),
         ("would", "would", "AUX", 4, "aux"), ("lose", "lose", "VERB", 2, "acl:relcl"),
         ("the", "the", "DET", 6, "det"), ("vote", "vote", "NOUN", 4, "obj"),
         (",", ",", "PUNCT", 8, "punct"), ("said", "say", "VERB", 0, "root"),
         ("Tom", "Tom", "PROPN", 10, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 8, "obj", "E-PERSON"), (",", ",", "PUNCT", 10, "punct"),
         ("a", "a", "DET", 14, "det"), ("former", "former", "ADJ", 14, "amod"),
         ("aide", "aide", "NOUN", 10, "appos"), (".", ".", "PUNCT", 8, "punct")]
    quotes = _indirect(text, [s])
    assert not any(q.startswith("Tom Reed") for q, _ in quotes)
    assert quotes == [("The mayor would lose the vote", "Tom Reed")]


def test_object_after_a_comma_that_the_cues_own_subject_speaks_stays_the_statement():
    """Near miss: 'The firm, in turn, denied Jo Hale.': a comma stands before the cue,
    but the subject before it is the cue's own, with no verb between: the name after
    the cue is what the firm denied, not a speaker."""
    text = "The firm, in turn, denied Jo Hale."
    s = [("The", "the", "DET", 2, "det"), ("firm", "firm", "NOUN", 7, "nsubj"),
         (",", ",", "PUNCT", 5, "punct"), ("in", "in", "ADP", 5, "case"),
         ("turn", "turn", "NOUN", 7, "obl"), (",", ",", "PUNCT", 5, "punct"),
         ("denied", "deny", "VERB", 0, "root"), ("Jo", "Jo", "PROPN", 9, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 7, "obj", "E-PERSON"), (".", ".", "PUNCT", 7, "punct")]
    assert _indirect(text, [s]) == [("Jo Hale", "The firm")]


def test_addressee_after_told_that_the_parse_takes_for_a_subject_is_no_statement():
    """'“We will win,” Jo Hale told Channel Four on Monday.': the parse hangs "Channel
    Four on Monday" from "told" as a clause whose subject is the addressee; no clause is
    left after it, so the quote alone is what she said."""
    text = "“We will win,” Jo Hale told Channel Four on Monday."
    s = [("“", "“", "PUNCT", 4, "punct"), ("We", "we", "PRON", 4, "nsubj"),
         ("will", "will", "AUX", 4, "aux"), ("win", "win", "VERB", 9, "ccomp"),
         (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
         ("Jo", "Jo", "PROPN", 8, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 9, "nsubj", "E-PERSON"), ("told", "tell", "VERB", 0, "root"),
         ("Channel", "Channel", "PROPN", 11, "nsubj", "B-ORG"),
         ("Four", "Four", "PROPN", 9, "ccomp", "E-ORG"), ("on", "on", "ADP", 13, "case"),
         ("Monday", "Monday", "PROPN", 11, "obl", "S-DATE"), (".", ".", "PUNCT", 9, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any("Channel" in q.text for q in quotes)
    assert [(q.text, q.speaker_mention.text) for q in quotes if q.kind == "direct"] == \
        [("“We will win,”", "Jo Hale")]


def test_addressee_after_told_with_a_participle_is_no_statement():
    """'Tom Reed told the local station in an interview aired Monday.': the participle
    belongs to the addressee's phrase; no clause with a subject of its own follows."""
    text = "Tom Reed told the local station in an interview aired Monday."
    s = [("Tom", "Tom", "PROPN", 2, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 3, "nsubj", "E-PERSON"), ("told", "tell", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("local", "local", "ADJ", 6, "amod"),
         ("station", "station", "NOUN", 10, "nsubj"), ("in", "in", "ADP", 9, "case"),
         ("an", "a", "DET", 9, "det"), ("interview", "interview", "NOUN", 6, "nmod"),
         ("aired", "air", "VERB", 3, "ccomp"),
         ("Monday", "Monday", "PROPN", 10, "obl:tmod", "S-DATE"),
         (".", ".", "PUNCT", 3, "punct")]
    assert _indirect(text, [s]) == []


def test_statement_after_the_addressee_of_told_starts_after_it():
    """'Ann Roe told the Daily Star last week she would run.': the parse takes the
    addressee for the subject of the clause; the statement starts after it."""
    text = "Ann Roe told the Daily Star last week she would run."
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"), ("told", "tell", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("Daily", "Daily", "PROPN", 6, "compound", "B-ORG"),
         ("Star", "Star", "PROPN", 11, "nsubj", "E-ORG"), ("last", "last", "ADJ", 8, "amod"),
         ("week", "week", "NOUN", 11, "obl:tmod"), ("she", "she", "PRON", 11, "nsubj"),
         ("would", "would", "AUX", 11, "aux"), ("run", "run", "VERB", 3, "ccomp"),
         (".", ".", "PUNCT", 3, "punct")]
    quotes = _indirect(text, [s])
    assert len(quotes) == 1
    said, speaker = quotes[0]
    assert said.endswith("she would run") and "Star" not in said
    assert speaker == "Ann Roe"


def test_statement_after_told_and_its_object_stays_whole():
    """Near miss: 'Ann Roe told reporters the plan would fail.': the addressee is the
    object, the clause has its own subject; the statement is the clause."""
    text = "Ann Roe told reporters the plan would fail."
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"), ("told", "tell", "VERB", 0, "root"),
         ("reporters", "reporter", "NOUN", 3, "obj"), ("the", "the", "DET", 6, "det"),
         ("plan", "plan", "NOUN", 8, "nsubj"), ("would", "would", "AUX", 8, "aux"),
         ("fail", "fail", "VERB", 3, "ccomp"), (".", ".", "PUNCT", 3, "punct")]
    assert _indirect(text, [s]) == [("the plan would fail", "Ann Roe")]


def test_time_and_place_after_a_quote_frame_are_no_statement():
    """'“This is our best chance,” Tom Reed said Saturday at the town hall.': the parse
    takes "Saturday" for the object of "said"; the quote is the statement, and the words
    after the frame have no verb of their own."""
    text = "“This is our best chance,” Tom Reed said Saturday at the town hall."
    s = [("“", "“", "PUNCT", 6, "punct"), ("This", "this", "PRON", 6, "nsubj"),
         ("is", "be", "AUX", 6, "cop"), ("our", "we", "PRON", 6, "nmod:poss"),
         ("best", "good", "ADJ", 6, "amod"), ("chance", "chance", "NOUN", 11, "ccomp"),
         (",", ",", "PUNCT", 6, "punct"), ("”", "”", "PUNCT", 6, "punct"),
         ("Tom", "Tom", "PROPN", 10, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 11, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("Saturday", "Saturday", "PROPN", 11, "obj", "S-DATE"), ("at", "at", "ADP", 16, "case"),
         ("the", "the", "DET", 16, "det"), ("town", "town", "NOUN", 16, "compound"),
         ("hall", "hall", "NOUN", 12, "nmod"), (".", ".", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any("Saturday" in q.text for q in quotes)
    assert [(q.kind, q.speaker_mention.text) for q in quotes] == [("direct", "Tom Reed")]


def test_topic_after_a_quote_frame_is_no_statement():
    """'“He just stopped and asked,” Ann Roe said of the meeting she had with him.': the
    parse hangs the topic from "said" as a clause; it opens with a preposition."""
    text = "“He just stopped and asked,” Ann Roe said of the meeting she had with him."
    s = [("“", "“", "PUNCT", 4, "punct"), ("He", "he", "PRON", 4, "nsubj"),
         ("just", "just", "ADV", 4, "advmod"), ("stopped", "stop", "VERB", 12, "ccomp"),
         ("and", "and", "CCONJ", 6, "cc"), ("asked", "ask", "VERB", 4, "conj"),
         (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
         ("Ann", "Ann", "PROPN", 10, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 12, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("of", "of", "ADP", 14, "case"), ("the", "the", "DET", 14, "det"),
         ("meeting", "meeting", "NOUN", 16, "obl"), ("she", "she", "PRON", 16, "nsubj"),
         ("had", "have", "VERB", 11, "ccomp"), ("with", "with", "ADP", 18, "case"),
         ("him", "he", "PRON", 16, "obl"), (".", ".", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any("meeting" in q.text for q in quotes)


def test_clause_after_a_quote_frame_with_a_verb_of_its_own_stays_a_statement():
    """Near miss: '“We lost,” Jo Hale said, adding that the vote was close.': the
    participle's clause after the frame is a statement of its own."""
    text = "“We lost,” Jo Hale said, adding that the vote was close."
    s = [("“", "“", "PUNCT", 3, "punct"), ("We", "we", "PRON", 3, "nsubj"),
         ("lost", "lose", "VERB", 9, "ccomp"), (",", ",", "PUNCT", 3, "punct"),
         ("”", "”", "PUNCT", 3, "punct"), ("Jo", "Jo", "PROPN", 7, "compound", "B-PERSON"),
         ("Hale", "Hale", "PROPN", 9, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         (",", ",", "PUNCT", 9, "punct"), ("adding", "add", "VERB", 9, "advcl"),
         ("that", "that", "SCONJ", 16, "mark"), ("the", "the", "DET", 13, "det"),
         ("vote", "vote", "NOUN", 16, "nsubj"), ("was", "be", "AUX", 16, "cop"),
         ("close", "close", "ADJ", 11, "ccomp"), (".", ".", "PUNCT", 9, "punct")]
    assert _indirect(text, [s]) == [("the vote was close", "Jo Hale")]


# ------------------------------------------------------------ another frame alone


def test_frame_hung_as_the_clause_of_a_verb_of_thought_is_no_statement():
    """'He firmly believes, he said, that “the plan will work.”': the parse hangs the
    aside "he said" from "believes" as its clause (the quoted clause is left out); a
    subject and a speech verb alone are a frame, not what he believes."""
    text = "He firmly believes, he said, that “the plan will work.”"
    s = [("He", "he", "PRON", 3, "nsubj"), ("firmly", "firmly", "ADV", 3, "advmod"),
         ("believes", "believe", "VERB", 0, "root"), (",", ",", "PUNCT", 6, "punct"),
         ("he", "he", "PRON", 6, "nsubj"), ("said", "say", "VERB", 3, "parataxis"),
         (",", ",", "PUNCT", 6, "punct"), ("that", "that", "SCONJ", 13, "mark"),
         ("“", "“", "PUNCT", 13, "punct"), ("the", "the", "DET", 11, "det"),
         ("plan", "plan", "NOUN", 13, "nsubj"), ("will", "will", "AUX", 13, "aux"),
         ("work", "work", "VERB", 3, "ccomp"), (".", ".", "PUNCT", 13, "punct"),
         ("”", "”", "PUNCT", 13, "punct")]
    quotes = parsed_quotes(text, [s], kinds=_ALL)
    assert not any(q.text == "he said" for q in quotes)


def test_frame_after_a_clause_of_difficulty_is_no_statement_of_the_verb_before_it():
    """'The costs are hard to predict, many analysts say, because the rules are new.': the
    parse hangs "many analysts say" from "predict"; it is the frame of the clause before,
    not what is predicted."""
    text = "The costs are hard to predict, many analysts say, because the rules are new."
    s = [("The", "the", "DET", 2, "det"), ("costs", "cost", "NOUN", 4, "nsubj"),
         ("are", "be", "AUX", 4, "cop"), ("hard", "hard", "ADJ", 0, "root"),
         ("to", "to", "PART", 6, "mark"), ("predict", "predict", "VERB", 4, "xcomp"),
         (",", ",", "PUNCT", 10, "punct"), ("many", "many", "ADJ", 9, "amod"),
         ("analysts", "analyst", "NOUN", 10, "nsubj"), ("say", "say", "VERB", 6, "parataxis"),
         (",", ",", "PUNCT", 10, "punct"), ("because", "because", "SCONJ", 16, "mark"),
         ("the", "the", "DET", 14, "det"), ("rules", "rule", "NOUN", 16, "nsubj"),
         ("are", "be", "AUX", 16, "cop"), ("new", "new", "ADJ", 6, "advcl"),
         (".", ".", "PUNCT", 4, "punct")]
    quotes = _indirect(text, [s])
    assert not any(q == "many analysts say" for q, _ in quotes)
    assert ("The costs are hard to predict", "many analysts") in quotes


def test_clause_that_ends_in_a_verb_of_hope_stays_a_statement():
    """Near miss: 'Ann Roe said she hoped.' keeps "she hoped": what a speech verb
    reports may end in a verb of thought; only a subject and a speech verb alone are a
    frame."""
    text = "Ann Roe said she hoped."
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("she", "she", "PRON", 5, "nsubj"), ("hoped", "hope", "VERB", 3, "ccomp"),
         (".", ".", "PUNCT", 3, "punct")]
    assert _indirect(text, [s]) == [("she hoped", "Ann Roe")]


# ------------------------------------------------------------- embedded questions


def test_question_the_parse_hangs_as_an_adverbial_clause_is_the_statement():
    """'The report does not explain why the mill closed.': the parse hangs the question
    from "explain" as a clause of its own (advcl), not its complement; it is what the
    report does not explain."""
    text = "The report does not explain why the mill closed."
    s = [("The", "the", "DET", 2, "det"), ("report", "report", "NOUN", 5, "nsubj"),
         ("does", "do", "AUX", 5, "aux"), ("not", "not", "PART", 5, "advmod"),
         ("explain", "explain", "VERB", 0, "root"), ("why", "why", "ADV", 9, "advmod"),
         ("the", "the", "DET", 8, "det"), ("mill", "mill", "NOUN", 9, "nsubj"),
         ("closed", "close", "VERB", 5, "advcl"), (".", ".", "PUNCT", 5, "punct")]
    assert _indirect(text, [s]) == [("why the mill closed", "The report")]


def test_question_after_a_topic_preposition_is_the_statement():
    """'His aides would not comment on whether he will run.': the question after "on"."""
    text = "His aides would not comment on whether he will run."
    s = [("His", "he", "PRON", 2, "nmod:poss"), ("aides", "aide", "NOUN", 5, "nsubj"),
         ("would", "would", "AUX", 5, "aux"), ("not", "not", "PART", 5, "advmod"),
         ("comment", "comment", "VERB", 0, "root"), ("on", "on", "SCONJ", 10, "mark"),
         ("whether", "whether", "SCONJ", 10, "mark"), ("he", "he", "PRON", 10, "nsubj"),
         ("will", "will", "AUX", 10, "aux"), ("run", "run", "VERB", 5, "advcl"),
         (".", ".", "PUNCT", 5, "punct")]
    quotes = _indirect(text, [s])
    assert len(quotes) == 1 and quotes[0][0].endswith("whether he will run")
    assert quotes[0][1] == "His aides"


def test_clause_of_time_after_a_cue_is_no_question():
    """Near miss: 'The owner complained when the vote closed.': a "when" clause is the
    time of speaking, not a question; no statement."""
    text = "The owner complained when the vote closed."
    s = [("The", "the", "DET", 2, "det"), ("owner", "owner", "NOUN", 3, "nsubj"),
         ("complained", "complain", "VERB", 0, "root"), ("when", "when", "ADV", 7, "advmod"),
         ("the", "the", "DET", 6, "det"), ("vote", "vote", "NOUN", 7, "nsubj"),
         ("closed", "close", "VERB", 3, "advcl"), (".", ".", "PUNCT", 3, "punct")]
    assert _indirect(text, [s]) == []
