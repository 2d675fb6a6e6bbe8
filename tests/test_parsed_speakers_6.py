"""Parse-path speakers, round sixteen: where a misparse gave the parsed path a speaker the
surface reads right (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_cue_coordinated_with_the_main_verb_keeps_its_person():
    """'Ann Roe rejected the idea that the changes amounted to a purge and said that Tom
    Reed was not being sidelined.': the parse joins "said" to "amounted", the verb of the
    idea's clause; Ann Roe said it, not "the changes"."""
    text = ("Ann Roe rejected the idea that the changes amounted to a purge and said that "
            "Tom Reed was not being sidelined.")
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"),
         ("rejected", "reject", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("idea", "idea", "NOUN", 3, "obj"), ("that", "that", "SCONJ", 9, "mark"),
         ("the", "the", "DET", 8, "det"), ("changes", "change", "NOUN", 9, "nsubj"),
         ("amounted", "amount", "VERB", 3, "ccomp"), ("to", "to", "ADP", 12, "case"),
         ("a", "a", "DET", 12, "det"), ("purge", "purge", "NOUN", 9, "obl"),
         ("and", "and", "CCONJ", 14, "cc"), ("said", "say", "VERB", 9, "conj"),
         ("that", "that", "SCONJ", 21, "mark"),
         ("Tom", "Tom", "PROPN", 17, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 21, "nsubj:pass", "E-PERSON"),
         ("was", "be", "AUX", 21, "aux"), ("not", "not", "PART", 21, "advmod"),
         ("being", "be", "AUX", 21, "aux:pass"), ("sidelined", "sideline", "VERB", 14, "ccomp"),
         (".", ".", "PUNCT", 3, "punct")]
    # (what Ann Roe rejected, "the idea that A", is her stance act: test_stance_acts)
    (q,) = [q for q in parsed_quotes(text, [s], kinds=("indirect",)) if "Reed" in q.text]
    assert q.speaker_mention.text == "Ann Roe"


def test_participle_after_a_comma_inside_quote_marks_speaks_for_the_main_clause():
    """'Greenfield had sued after Marlow County scrapped the “green week,” saying that the
    change hurt small growers.': the comma sits inside the closing mark, as American
    style puts it; the participle still speaks for the main clause (Greenfield), not for
    the "after" clause the parse hung it from."""
    text = ("Greenfield had sued after Marlow County scrapped the “green week,” saying that "
            "the change hurt small growers.")
    s = [("Greenfield", "Greenfield", "PROPN", 3, "nsubj", "S-ORG"),
         ("had", "have", "AUX", 3, "aux"),
         ("sued", "sue", "VERB", 0, "root"), ("after", "after", "SCONJ", 7, "mark"),
         ("Marlow", "Marlow", "PROPN", 6, "compound", "B-GPE"),
         ("County", "County", "PROPN", 7, "nsubj", "E-GPE"),
         ("scrapped", "scrap", "VERB", 3, "advcl"), ("the", "the", "DET", 11, "det"),
         ("“", "“", "PUNCT", 11, "punct"), ("green", "green", "ADJ", 11, "amod"),
         ("week", "week", "NOUN", 7, "obj"), (",", ",", "PUNCT", 7, "punct"),
         ("”", "”", "PUNCT", 7, "punct"), ("saying", "say", "VERB", 7, "xcomp"),
         ("that", "that", "SCONJ", 18, "mark"), ("the", "the", "DET", 17, "det"),
         ("change", "change", "NOUN", 18, "nsubj"), ("hurt", "hurt", "VERB", 14, "ccomp"),
         ("small", "small", "ADJ", 20, "amod"), ("growers", "grower", "NOUN", 18, "obj"),
         (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s], kinds=("indirect",))
    said = next(q for q in quotes if q.text.startswith("the change"))
    assert said.speaker_mention.text == "Greenfield"


def test_speech_verb_without_subject_speaks_for_its_controller_after_the_quote():
    """'After saying her ankle was “so swollen I could not walk,” she was taken to
    hospital.': "saying" has no subject of its own; the one it hangs from says it ("she",
    after the quote), not the subject of what it reports ("her ankle")."""
    text = ("After saying her ankle was “so swollen I could not walk,” she was taken to "
            "hospital.")
    s = [("After", "after", "SCONJ", 2, "mark"), ("saying", "say", "VERB", 17, "advcl"),
         ("her", "her", "PRON", 4, "nmod:poss"), ("ankle", "ankle", "NOUN", 8, "nsubj"),
         ("was", "be", "AUX", 8, "cop"), ("“", "“", "PUNCT", 8, "punct"),
         ("so", "so", "ADV", 8, "advmod"), ("swollen", "swollen", "ADJ", 2, "ccomp"),
         ("I", "I", "PRON", 12, "nsubj"), ("could", "could", "AUX", 12, "aux"),
         ("not", "not", "PART", 12, "advmod"), ("walk", "walk", "VERB", 8, "ccomp"),
         (",", ",", "PUNCT", 17, "punct"), ("”", "”", "PUNCT", 17, "punct"),
         ("she", "she", "PRON", 17, "nsubj:pass"), ("was", "be", "AUX", 17, "aux:pass"),
         ("taken", "take", "VERB", 0, "root"), ("to", "to", "ADP", 19, "case"),
         ("hospital", "hospital", "NOUN", 17, "obl"), (".", ".", "PUNCT", 17, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "she"
    assert q.cue is not None and q.cue.text == "saying"


def test_as_x_put_it_with_as_read_as_a_preposition():
    """'Or, as Tom Reed, a former mayor, put it: “The river is no longer at the gate.”':
    the parse took "as" for a preposition and Tom Reed for its object, leaving "put" with
    no subject; "as" opens the clause and Tom Reed is its subject."""
    text = "Or, as Tom Reed, a former mayor, put it: “The river is no longer at the gate.”"
    s = [("Or", "or", "CCONJ", 11, "cc"), (",", ",", "PUNCT", 11, "punct"),
         ("as", "as", "ADP", 5, "case"), ("Tom", "Tom", "PROPN", 5, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 11, "obl", "E-PERSON"), (",", ",", "PUNCT", 5, "punct"),
         ("a", "a", "DET", 9, "det"), ("former", "former", "ADJ", 9, "amod"),
         ("mayor", "mayor", "NOUN", 5, "appos"), (",", ",", "PUNCT", 11, "punct"),
         ("put", "put", "VERB", 0, "root"), ("it", "it", "PRON", 11, "obj"),
         (":", ":", "PUNCT", 11, "punct"), ("“", "“", "PUNCT", 11, "punct"),
         ("The", "the", "DET", 16, "det"), ("river", "river", "NOUN", 22, "nsubj"),
         ("is", "be", "AUX", 22, "cop"), ("no", "no", "ADV", 19, "advmod"),
         ("longer", "longer", "ADV", 22, "advmod"), ("at", "at", "ADP", 22, "case"),
         ("the", "the", "DET", 22, "det"), ("gate", "gate", "NOUN", 11, "parataxis"),
         (".", ".", "PUNCT", 11, "punct"), ("”", "”", "PUNCT", 11, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Tom Reed"


def test_second_clause_after_a_report_is_the_reporters():
    """'She said the mayor had been “a vital ally,” and residents would need to “trust the
    plan” for another year.': the parse joins the second clause to "said", past its
    report; the report runs on, and its quote is hers, not the residents'."""
    text = ("She said the mayor had been “a vital ally,” and residents would need to “trust "
            "the plan” for another year.")
    s = [("She", "she", "PRON", 2, "nsubj"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 4, "det"), ("mayor", "mayor", "NOUN", 6, "nsubj"),
         ("had", "have", "AUX", 6, "aux"), ("been", "be", "VERB", 2, "ccomp"),
         ("“", "“", "PUNCT", 10, "punct"), ("a", "a", "DET", 10, "det"),
         ("vital", "vital", "ADJ", 10, "amod"), ("ally", "ally", "NOUN", 6, "xcomp"),
         (",", ",", "PUNCT", 10, "punct"), ("”", "”", "PUNCT", 10, "punct"),
         ("and", "and", "CCONJ", 16, "cc"), ("residents", "resident", "NOUN", 16, "nsubj"),
         ("would", "would", "AUX", 16, "aux"), ("need", "need", "VERB", 2, "conj"),
         ("to", "to", "PART", 19, "mark"), ("“", "“", "PUNCT", 19, "punct"),
         ("trust", "trust", "VERB", 16, "xcomp"), ("the", "the", "DET", 21, "det"),
         ("plan", "plan", "NOUN", 19, "obj"), ("”", "”", "PUNCT", 19, "punct"),
         ("for", "for", "ADP", 25, "case"), ("another", "another", "DET", 25, "det"),
         ("year", "year", "NOUN", 16, "obl"), (".", ".", "PUNCT", 2, "punct")]
    speakers = {q.text: q.speaker_mention.text if q.speaker_mention else None
                for q in parsed_quotes(text, [s])}
    assert speakers["“trust the plan”"] == "She"


def test_party_tag_split_before_a_question_asked_keeps_the_asker():
    """'Sen. Jane Doe (R-Wis.) kept asking why the agency had tied the fire to “faulty”
    wiring.': a parser that ends a sentence at the party tag leaves "kept asking" with no
    subject; the quote in the question is the asker's, not the agency's."""
    text = ("Sen. Jane Doe (R-Wis.) kept asking why the agency had tied the fire to “faulty” "
            "wiring.")
    s1 = [("Sen.", "Sen.", "PROPN", 3, "compound"),
          ("Jane", "Jane", "PROPN", 3, "compound", "B-PERSON"),
          ("Doe", "Doe", "PROPN", 0, "root", "E-PERSON"), ("(", "(", "PUNCT", 5, "punct"),
          ("R-Wis", "R-Wis", "PROPN", 3, "appos"), (".", ".", "PUNCT", 5, "punct"),
          (")", ")", "PUNCT", 5, "punct")]
    s2 = [("kept", "keep", "VERB", 0, "root"), ("asking", "ask", "VERB", 1, "ccomp"),
          ("why", "why", "ADV", 7, "advmod"), ("the", "the", "DET", 5, "det"),
          ("agency", "agency", "NOUN", 7, "nsubj"), ("had", "have", "AUX", 7, "aux"),
          ("tied", "tie", "VERB", 2, "advcl"), ("the", "the", "DET", 9, "det"),
          ("fire", "fire", "NOUN", 7, "obj"), ("to", "to", "ADP", 14, "case"),
          ("“", "“", "PUNCT", 12, "punct"), ("faulty", "faulty", "ADJ", 14, "amod"),
          ("”", "”", "PUNCT", 12, "punct"), ("wiring", "wiring", "NOUN", 7, "obl"),
          (".", ".", "PUNCT", 1, "punct")]
    (q,) = parsed_quotes(text, [s1, s2])
    assert q.speaker_mention.text.endswith("Jane Doe")


def test_cue_joined_to_a_relative_clause_on_the_object_is_the_main_subjects():
    """'The union thanked the nurses who had walked out but said, “The strike is over.”':
    the parse joins "said" to the relative clause on the object ("who had walked out");
    the union said it, not the nurses."""
    text = "The union thanked the nurses who had walked out but said, “The strike is over.”"
    s = [("The", "the", "DET", 2, "det"), ("union", "union", "NOUN", 3, "nsubj"),
         ("thanked", "thank", "VERB", 0, "root"), ("the", "the", "DET", 5, "det"),
         ("nurses", "nurse", "NOUN", 3, "obj"), ("who", "who", "PRON", 8, "nsubj"),
         ("had", "have", "AUX", 8, "aux"), ("walked", "walk", "VERB", 5, "acl:relcl"),
         ("out", "out", "ADP", 8, "compound:prt"), ("but", "but", "CCONJ", 11, "cc"),
         ("said", "say", "VERB", 8, "conj"), (",", ",", "PUNCT", 11, "punct"),
         ("“", "“", "PUNCT", 17, "punct"), ("The", "the", "DET", 15, "det"),
         ("strike", "strike", "NOUN", 17, "nsubj"), ("is", "be", "AUX", 17, "cop"),
         ("over", "over", "ADV", 11, "ccomp"), (".", ".", "PUNCT", 11, "punct"),
         ("”", "”", "PUNCT", 11, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "The union"


def test_clause_after_the_quote_with_its_own_subject_is_no_frame():
    """'Ms. Roe also came close to an admission, saying, “We never said the plant was
    safe,” but she denied that it had leaked.': the parse joins "denied" to the quote's
    verb; "but she denied" is the writer's next clause, and "saying" frames the quote (Ms.
    Roe, not the later "she")."""
    text = ("Ms. Roe also came close to an admission, saying, “We never said the plant was "
            "safe,” but she denied that it had leaked.")
    s = [("Ms.", "Ms.", "PROPN", 2, "compound"), ("Roe", "Roe", "PROPN", 4, "nsubj", "S-PERSON"),
         ("also", "also", "ADV", 4, "advmod"), ("came", "come", "VERB", 0, "root"),
         ("close", "close", "ADJ", 4, "xcomp"), ("to", "to", "ADP", 8, "case"),
         ("an", "a", "DET", 8, "det"), ("admission", "admission", "NOUN", 5, "obl"),
         (",", ",", "PUNCT", 8, "punct"), ("saying", "say", "VERB", 8, "acl"),
         (",", ",", "PUNCT", 10, "punct"), ("“", "“", "PUNCT", 15, "punct"),
         ("We", "we", "PRON", 15, "nsubj"), ("never", "never", "ADV", 15, "advmod"),
         ("said", "say", "VERB", 4, "ccomp"), ("the", "the", "DET", 17, "det"),
         ("plant", "plant", "NOUN", 19, "nsubj"), ("was", "be", "AUX", 19, "cop"),
         ("safe", "safe", "ADJ", 15, "ccomp"), (",", ",", "PUNCT", 15, "punct"),
         ("”", "”", "PUNCT", 15, "punct"), ("but", "but", "CCONJ", 15, "cc"),
         ("she", "she", "PRON", 24, "nsubj"), ("denied", "deny", "VERB", 15, "conj"),
         ("that", "that", "SCONJ", 28, "mark"), ("it", "it", "PRON", 28, "nsubj"),
         ("had", "have", "AUX", 28, "aux"), ("leaked", "leak", "VERB", 24, "ccomp"),
         (".", ".", "PUNCT", 4, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text.endswith("Roe")
