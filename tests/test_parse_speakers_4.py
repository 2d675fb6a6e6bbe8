"""Parse-path speakers, round fifteen: where the model-free path was right and the parse
led the parsed path astray (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_as_reported_by_credits_the_agent():
    """'As reported by the Harbor Courier, inspectors found 40 cracks in the dam.': the
    participle has no subject of its own; the one after "by" reports, not the subject of
    the clause it hangs from."""
    text = "As reported by the Harbor Courier, inspectors found 40 cracks in the dam."
    s = [("As", "as", "ADP", 2, "mark"), ("reported", "report", "VERB", 9, "advcl"),
         ("by", "by", "ADP", 6, "case"), ("the", "the", "DET", 6, "det"),
         ("Harbor", "Harbor", "PROPN", 6, "compound", "B-ORG"),
         ("Courier", "Courier", "PROPN", 2, "obl", "E-ORG"), (",", ",", "PUNCT", 9, "punct"),
         ("inspectors", "inspector", "NOUN", 9, "nsubj"), ("found", "find", "VERB", 0, "root"),
         ("40", "40", "NUM", 11, "nummod"), ("cracks", "crack", "NOUN", 9, "obj"),
         ("in", "in", "ADP", 14, "case"), ("the", "the", "DET", 14, "det"),
         ("dam", "dam", "NOUN", 11, "nmod"), (".", ".", "PUNCT", 9, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.speaker_mention.text == "Harbor Courier"


def test_warned_by_credits_the_agent_not_the_one_warned():
    """'The agency questioned Tom Reed after being warned by the ministry that he was a
    threat.': the ministry warned; the agency was warned."""
    text = ("The agency questioned Tom Reed after being warned by the ministry that he was "
            "a threat.")
    s = [("The", "the", "DET", 2, "det"), ("agency", "agency", "NOUN", 3, "nsubj"),
         ("questioned", "question", "VERB", 0, "root"),
         ("Tom", "Tom", "PROPN", 5, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 3, "obj", "E-PERSON"), ("after", "after", "SCONJ", 8, "mark"),
         ("being", "be", "AUX", 8, "aux:pass"), ("warned", "warn", "VERB", 3, "advcl"),
         ("by", "by", "ADP", 11, "case"), ("the", "the", "DET", 11, "det"),
         ("ministry", "ministry", "NOUN", 8, "obl"), ("that", "that", "SCONJ", 15, "mark"),
         ("he", "he", "PRON", 15, "nsubj"), ("was", "be", "AUX", 15, "cop"),
         ("a", "a", "DET", 16, "det"), ("threat", "threat", "NOUN", 8, "ccomp"),
         (".", ".", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.speaker_mention.text == "the ministry"


def test_conjoined_cue_shares_the_passive_subject_not_its_agent():
    """'Union leaders were angered by the ruling and predicted it would hurt wages.': the
    conjoined verb takes the passive verb's subject; the agent did not predict."""
    text = "Union leaders were angered by the ruling and predicted it would hurt wages."
    s = [("Union", "union", "NOUN", 2, "compound"), ("leaders", "leader", "NOUN", 4, "nsubj:pass"),
         ("were", "be", "AUX", 4, "aux:pass"), ("angered", "anger", "VERB", 0, "root"),
         ("by", "by", "ADP", 7, "case"), ("the", "the", "DET", 7, "det"),
         ("ruling", "ruling", "NOUN", 4, "obl"), ("and", "and", "CCONJ", 9, "cc"),
         ("predicted", "predict", "VERB", 4, "conj"), ("it", "it", "PRON", 13, "nsubj"),
         ("would", "would", "AUX", 13, "aux"), ("hurt", "hurt", "VERB", 9, "ccomp"),
         ("wages", "wage", "NOUN", 12, "obj"), (".", ".", "PUNCT", 4, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.speaker_mention.text == "Union leaders"


def test_participle_speaks_for_the_clause_before_not_a_misparsed_later_one():
    """'Lee attacked Doe, saying he would raise taxes, and reminded voters of remarks Doe
    made.': the parse hangs "attacked" from "made" at the end; the participle speaks for
    the clause before it (Lee), not for a subject that comes after it."""
    text = ("Lee attacked Doe, saying he would raise taxes, and reminded voters of remarks "
            "Doe made.")
    s = [("Lee", "Lee", "PROPN", 2, "nsubj", "S-PERSON"), ("attacked", "attack", "VERB", 17, "dep"),
         ("Doe", "Doe", "PROPN", 2, "obj", "S-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("saying", "say", "VERB", 2, "advcl"), ("he", "he", "PRON", 8, "nsubj"),
         ("would", "would", "AUX", 8, "aux"), ("raise", "raise", "VERB", 5, "ccomp"),
         ("taxes", "tax", "NOUN", 8, "obj"), (",", ",", "PUNCT", 12, "punct"),
         ("and", "and", "CCONJ", 12, "cc"), ("reminded", "remind", "VERB", 8, "conj"),
         ("voters", "voter", "NOUN", 12, "obj"), ("of", "of", "ADP", 15, "case"),
         ("remarks", "remark", "NOUN", 13, "nmod"),
         ("Doe", "Doe", "PROPN", 17, "nsubj", "S-PERSON"), ("made", "make", "VERB", 0, "root"),
         (".", ".", "PUNCT", 17, "punct")]
    # ("attacked [Doe]" is Lee's criticism too, a stance verb's object since round 24)
    (q,) = [q for q in parsed_quotes(text, [s], kinds=("indirect",)) if "taxes" in q.text]
    assert q.speaker_mention.text == "Lee"


def test_one_seen_speaking_after_a_verb_of_perception():
    """'Each night we watch the envoys from Tarvia relentlessly referring to the treaty as a
    “death warrant.”': the envoys, seen speaking, say it, not "we" who watch (the surface
    rule of the model-free path; the parse hangs the participle from the place)."""
    text = ("Each night we watch the envoys from Tarvia relentlessly referring to the treaty "
            "as a “death warrant.”")
    s = [("Each", "each", "DET", 2, "det"), ("night", "night", "NOUN", 4, "obl:tmod"),
         ("we", "we", "PRON", 4, "nsubj"), ("watch", "watch", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("envoys", "envoy", "NOUN", 4, "obj"),
         ("from", "from", "ADP", 8, "case"), ("Tarvia", "Tarvia", "PROPN", 6, "nmod", "S-GPE"),
         ("relentlessly", "relentlessly", "ADV", 10, "advmod"),
         ("referring", "refer", "VERB", 8, "acl"), ("to", "to", "ADP", 13, "case"),
         ("the", "the", "DET", 13, "det"), ("treaty", "treaty", "NOUN", 10, "obl"),
         ("as", "as", "ADP", 18, "case"), ("a", "a", "DET", 18, "det"),
         ("“", "“", "PUNCT", 18, "punct"), ("death", "death", "NOUN", 18, "compound"),
         ("warrant", "warrant", "NOUN", 10, "obl"), (".", ".", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "the envoys"


def test_name_in_apposition_to_a_description_speaks():
    """'One of the men, Tom Reed, 70, had served in the navy and said he was convinced the
    plan would fail.': the name set off by commas tells who speaks, not "One"."""
    text = ("One of the men, Tom Reed, 70, had served in the navy and said he was convinced "
            "the plan would fail.")
    s = [("One", "one", "NUM", 12, "nsubj"), ("of", "of", "ADP", 4, "case"),
         ("the", "the", "DET", 4, "det"), ("men", "man", "NOUN", 1, "nmod"),
         (",", ",", "PUNCT", 1, "punct"), ("Tom", "Tom", "PROPN", 7, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 1, "appos", "E-PERSON"), (",", ",", "PUNCT", 7, "punct"),
         ("70", "70", "NUM", 7, "amod"), (",", ",", "PUNCT", 1, "punct"),
         ("had", "have", "AUX", 12, "aux"), ("served", "serve", "VERB", 0, "root"),
         ("in", "in", "ADP", 15, "case"), ("the", "the", "DET", 15, "det"),
         ("navy", "navy", "NOUN", 12, "obl"), ("and", "and", "CCONJ", 17, "cc"),
         ("said", "say", "VERB", 12, "conj"), ("he", "he", "PRON", 20, "nsubj:pass"),
         ("was", "be", "AUX", 20, "aux:pass"), ("convinced", "convince", "VERB", 17, "ccomp"),
         ("the", "the", "DET", 22, "det"), ("plan", "plan", "NOUN", 24, "nsubj"),
         ("would", "would", "AUX", 24, "aux"), ("fail", "fail", "VERB", 20, "ccomp"),
         (".", ".", "PUNCT", 12, "punct")]
    (q,) = [q for q in parsed_quotes(text, [s], kinds=("indirect",))
            if q.cue is not None and q.cue.text == "said"]
    assert q.speaker_mention.text == "Tom Reed"


def test_parenthetical_said_the_parse_missed_frames_the_thought_inside():
    """'Without a car of her own, Ms. Alder said, she thought she would walk to every
    meeting.': the parse hangs "said" from the name as a modifier and reads only "she
    thought"; the surface frame "X said," holds that statement and is Ms. Alder's."""
    text = ("Without a car of her own, Ms. Alder said, she thought she would walk to every "
            "meeting.")
    s = [("Without", "without", "ADP", 3, "case"), ("a", "a", "DET", 3, "det"),
         ("car", "car", "NOUN", 13, "obl"), ("of", "of", "ADP", 6, "case"),
         ("her", "she", "PRON", 6, "nmod:poss"), ("own", "own", "ADJ", 3, "nmod"),
         (",", ",", "PUNCT", 3, "punct"), ("Ms.", "Ms.", "PROPN", 9, "compound"),
         ("Alder", "Alder", "PROPN", 3, "appos", "S-PERSON"), ("said", "say", "VERB", 9, "acl"),
         (",", ",", "PUNCT", 13, "punct"), ("she", "she", "PRON", 13, "nsubj"),
         ("thought", "think", "VERB", 0, "root"), ("she", "she", "PRON", 16, "nsubj"),
         ("would", "would", "AUX", 16, "aux"), ("walk", "walk", "VERB", 13, "ccomp"),
         ("to", "to", "ADP", 19, "case"), ("every", "every", "DET", 19, "det"),
         ("meeting", "meeting", "NOUN", 16, "obl"), (".", ".", "PUNCT", 13, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.text.startswith("she thought")
    assert q.speaker_mention.text == "Ms. Alder"


def test_cue_that_cannot_share_the_embedded_auxiliary_joins_the_main_verb():
    """'Union leaders fear that the mayor has already lost the vote and warn that wages will
    fall.': the parse joins "warn" to "lost", but there is no "has warn": the cue joins
    "fear", and the union leaders warn."""
    text = ("Union leaders fear that the mayor has already lost the vote and warn that wages "
            "will fall.")
    s = [("Union", "union", "NOUN", 2, "compound"), ("leaders", "leader", "NOUN", 3, "nsubj"),
         ("fear", "fear", "VERB", 0, "root"), ("that", "that", "SCONJ", 9, "mark"),
         ("the", "the", "DET", 6, "det"), ("mayor", "mayor", "NOUN", 9, "nsubj"),
         ("has", "have", "AUX", 9, "aux"), ("already", "already", "ADV", 9, "advmod"),
         ("lost", "lose", "VERB", 3, "ccomp"), ("the", "the", "DET", 11, "det"),
         ("vote", "vote", "NOUN", 9, "obj"), ("and", "and", "CCONJ", 13, "cc"),
         ("warn", "warn", "VERB", 9, "conj"), ("that", "that", "SCONJ", 17, "mark"),
         ("wages", "wage", "NOUN", 17, "nsubj"), ("will", "will", "AUX", 17, "aux"),
         ("fall", "fall", "VERB", 13, "ccomp"), (".", ".", "PUNCT", 3, "punct")]
    (q,) = [q for q in parsed_quotes(text, [s], kinds=("indirect",))
            if q.cue is not None and q.cue.text == "warn"]
    assert q.speaker_mention.text == "Union leaders"


def test_fragment_keeps_its_clause_subject_over_a_misparsed_head_after_it():
    """'Lee denounced the plan as “reckless and cruel” and warned of the damage a new tax
    would do.': the parse hangs "denounced" from "do" at the end; the subject of that head
    comes after the quote and names another clause: Lee, the subject before, speaks."""
    text = ("Lee denounced the plan as “reckless and cruel” and warned of the damage a new tax "
            "would do.")
    s = [("Lee", "Lee", "PROPN", 2, "nsubj", "S-PERSON"),
         ("denounced", "denounce", "VERB", 20, "dep"),
         ("the", "the", "DET", 4, "det"), ("plan", "plan", "NOUN", 2, "obj"),
         ("as", "as", "ADP", 7, "case"), ("“", "“", "PUNCT", 7, "punct"),
         ("reckless", "reckless", "ADJ", 2, "advcl"), ("and", "and", "CCONJ", 9, "cc"),
         ("cruel", "cruel", "ADJ", 7, "conj"), ("”", "”", "PUNCT", 7, "punct"),
         ("and", "and", "CCONJ", 12, "cc"), ("warned", "warn", "VERB", 2, "conj"),
         ("of", "of", "ADP", 15, "case"), ("the", "the", "DET", 15, "det"),
         ("damage", "damage", "NOUN", 12, "obl"), ("a", "a", "DET", 18, "det"),
         ("new", "new", "ADJ", 18, "amod"), ("tax", "tax", "NOUN", 20, "nsubj"),
         ("would", "would", "AUX", 20, "aux"), ("do", "do", "VERB", 0, "root"),
         (".", ".", "PUNCT", 20, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Lee"


def test_closing_according_source_with_a_phrase_after_it_credits_the_source():
    """'Lee told aides that the plan was dead, according to someone in attendance.': the
    closing source runs on with a short phrase of its own ("in attendance"); it is credited,
    and its frame is not part of the statement."""
    text = "Lee told aides that the plan was dead, according to someone in attendance."
    s = [("Lee", "Lee", "PROPN", 2, "nsubj", "S-PERSON"), ("told", "tell", "VERB", 0, "root"),
         ("aides", "aide", "NOUN", 2, "obj"), ("that", "that", "SCONJ", 8, "mark"),
         ("the", "the", "DET", 6, "det"), ("plan", "plan", "NOUN", 8, "nsubj"),
         ("was", "be", "AUX", 8, "cop"), ("dead", "dead", "ADJ", 2, "ccomp"),
         (",", ",", "PUNCT", 8, "punct"), ("according", "accord", "VERB", 12, "case"),
         ("to", "to", "ADP", 10, "fixed"), ("someone", "someone", "PRON", 8, "obl"),
         ("in", "in", "ADP", 14, "case"), ("attendance", "attendance", "NOUN", 12, "nmod"),
         (".", ".", "PUNCT", 2, "punct")]
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert q.text == "the plan was dead"
    assert q.speaker_mention.text == "someone in attendance"
