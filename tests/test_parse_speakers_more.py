"""More parse-path speakers of direct quotes (round twelve): the subject a participle cue
gets, on short hand-parsed texts (see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes

import quotetrack


def test_person_right_before_a_participle_speaks_it():
    """'Both leaders spoke after the vote, Doe calling it “...”': the parse hangs the
    participle from the name before it, with no preposition: Doe speaks, not the clause's
    subject the name's phrase hangs from."""
    text = "Both leaders spoke after the vote, Doe calling it “a great day for Dover.”"
    s = [("Both", "both", "DET", 2, "det"), ("leaders", "leader", "NOUN", 3, "nsubj"),
         ("spoke", "speak", "VERB", 0, "root"), ("after", "after", "ADP", 6, "case"),
         ("the", "the", "DET", 6, "det"), ("vote", "vote", "NOUN", 3, "obl"),
         (",", ",", "PUNCT", 3, "punct"), ("Doe", "Doe", "PROPN", 3, "dep", "S-PERSON"),
         ("calling", "call", "VERB", 8, "acl"), ("it", "it", "PRON", 9, "obj"),
         ("“", "“", "PUNCT", 14, "punct"), ("a", "a", "DET", 14, "det"),
         ("great", "great", "ADJ", 14, "amod"), ("day", "day", "NOUN", 9, "xcomp"),
         ("for", "for", "ADP", 16, "case"), ("Dover", "Dover", "PROPN", 14, "nmod", "S-GPE"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Doe"


def test_no_subject_inverts_past_the_cues_that_clause():
    """'Ortez said Monday that the council “welcomes” a Harbor Board role': a parse that takes
    the noun after the complement clause for the subject of "said" misreads it; nothing
    inverts past a that-clause, so the speaker is Doe, before the cue."""
    text = "After a long week, Ortez said Monday that the council “welcomes” a Harbor Board role."
    s = [("After", "after", "ADP", 4, "case"), ("a", "a", "DET", 4, "det"),
         ("long", "long", "ADJ", 4, "amod"), ("week", "week", "NOUN", 7, "obl"),
         (",", ",", "PUNCT", 4, "punct"), ("Ortez", "Ortez", "PROPN", 4, "appos", "S-PERSON"),
         ("said", "say", "VERB", 0, "root"), ("Monday", "Monday", "PROPN", 7, "obl:tmod"),
         ("that", "that", "ADP", 13, "mark"), ("the", "the", "DET", 11, "det"),
         ("council", "council", "NOUN", 13, "nsubj"), ("“", "“", "PUNCT", 13, "punct"),
         ("welcomes", "welcome", "VERB", 7, "ccomp"), ("”", "”", "PUNCT", 13, "punct"),
         ("a", "a", "DET", 18, "det"), ("Harbor", "Harbor", "PROPN", 17, "compound", "B-ORG"),
         ("Board", "Board", "PROPN", 18, "compound", "E-ORG"),
         ("role", "role", "NOUN", 7, "nsubj"), (".", ".", "PUNCT", 7, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Ortez"


def test_title_case_dateline_is_no_speaker():
    """'Dover (AFP) – Jane Doe has taken a swipe at the plan, saying that “...”': a parse
    that hangs everything from the place gives the participle no subject; the opening name
    is read past the dateline, a place in title case before an agency in brackets."""
    text = ("Dover (AFP) – Jane Doe has taken a swipe at the plan, saying that “empty promises” "
            "hurt.")
    s = [("Dover", "Dover", "PROPN", 0, "root", "S-GPE"), ("(", "(", "PUNCT", 3, "punct"),
         ("AFP", "AFP", "PROPN", 1, "appos", "S-ORG"), (")", ")", "PUNCT", 3, "punct"),
         ("–", "–", "PUNCT", 1, "punct"), ("Jane", "Jane", "PROPN", 7, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 1, "dep", "E-PERSON"), ("has", "have", "AUX", 9, "aux"),
         ("taken", "take", "VERB", 7, "acl:relcl"), ("a", "a", "DET", 11, "det"),
         ("swipe", "swipe", "NOUN", 9, "obj"), ("at", "at", "ADP", 14, "case"),
         ("the", "the", "DET", 14, "det"), ("plan", "plan", "NOUN", 1, "dep"),
         (",", ",", "PUNCT", 14, "punct"), ("saying", "say", "VERB", 14, "acl"),
         ("that", "that", "ADP", 22, "mark"), ("“", "“", "PUNCT", 20, "punct"),
         ("empty", "empty", "ADJ", 20, "amod"), ("promises", "promise", "NOUN", 22, "nsubj"),
         ("”", "”", "PUNCT", 20, "punct"), ("hurt", "hurt", "VERB", 16, "ccomp"),
         (".", ".", "PUNCT", 1, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Jane Doe"


def test_relative_frame_after_a_quote_reports_what_follows():
    """'“A,” which Doe thinks will lead to cuts': a parse may hang the relative clause's
    verb beside the main verb; "which X thinks" frames what follows it, not the quote
    before, which goes on with the speaker of the quote before it."""
    text = ("“Our members are tired,” said Jane Doe. “He has been very hard on the rule,” "
            "which Doe thinks will lead to cuts.")
    s1 = [("“", "“", "PUNCT", 5, "punct"), ("Our", "we", "PRON", 3, "nmod:poss"),
          ("members", "member", "NOUN", 5, "nsubj"), ("are", "be", "AUX", 5, "cop"),
          ("tired", "tired", "ADJ", 8, "ccomp"), (",", ",", "PUNCT", 5, "punct"),
          ("”", "”", "PUNCT", 5, "punct"), ("said", "say", "VERB", 0, "root"),
          ("Jane", "Jane", "PROPN", 10, "compound", "B-PERSON"),
          ("Doe", "Doe", "PROPN", 8, "nsubj", "E-PERSON"), (".", ".", "PUNCT", 8, "punct")]
    s2 = [("“", "“", "PUNCT", 16, "punct"), ("He", "he", "PRON", 6, "nsubj"),
          ("has", "have", "AUX", 6, "aux"), ("been", "be", "AUX", 6, "cop"),
          ("very", "very", "ADV", 6, "advmod"), ("hard", "hard", "ADJ", 16, "ccomp"),
          ("on", "on", "ADP", 9, "case"), ("the", "the", "DET", 9, "det"),
          ("rule", "rule", "NOUN", 6, "obl"), (",", ",", "PUNCT", 16, "punct"),
          ("”", "”", "PUNCT", 16, "punct"), ("which", "which", "DET", 14, "obj"),
          ("Doe", "Doe", "PROPN", 14, "nsubj", "S-PERSON"),
          ("thinks", "think", "VERB", 16, "parataxis"), ("will", "will", "AUX", 16, "aux"),
          ("lead", "lead", "VERB", 0, "root"), ("to", "to", "ADP", 18, "case"),
          ("cuts", "cut", "NOUN", 16, "obl"), (".", ".", "PUNCT", 16, "punct")]
    quotes = parsed_quotes(text, [s1, s2])
    assert [(q.kind, q.speaker_mention.text) for q in quotes] == [
        ("direct", "Jane Doe"), ("direct", "Jane Doe")]


def test_naming_clause_before_a_lead_in_colon_does_not_speak_after_it():
    """'X contrasted Y, whom he described as “weak,” with Z: “...”': the naming clause holds
    its own quote, not the one after the colon, which the lead-in's subject speaks."""
    text = ("Doe hammered Reed and contrasted the rival, whom he described as “weak,” with Roe: "
            "“What I have seen is a steady hand.”")
    s = [("Doe", "Doe", "PROPN", 2, "nsubj", "S-PERSON"), ("hammered", "hammer", "VERB", 0, "root"),
         ("Reed", "Reed", "PROPN", 2, "obj", "S-PERSON"), ("and", "and", "CCONJ", 5, "cc"),
         ("contrasted", "contrast", "VERB", 2, "conj"), ("the", "the", "DET", 7, "det"),
         ("rival", "rival", "NOUN", 5, "obj"), (",", ",", "PUNCT", 7, "punct"),
         ("whom", "whom", "PRON", 11, "obj"), ("he", "he", "PRON", 11, "nsubj"),
         ("described", "describe", "VERB", 7, "acl:relcl"), ("as", "as", "ADP", 14, "case"),
         ("“", "“", "PUNCT", 14, "punct"), ("weak", "weak", "ADJ", 11, "advcl"),
         (",", ",", "PUNCT", 14, "punct"), ("”", "”", "PUNCT", 14, "punct"),
         ("with", "with", "ADP", 18, "case"), ("Roe", "Roe", "PROPN", 11, "obl", "S-PERSON"),
         (":", ":", "PUNCT", 2, "punct"), ("“", "“", "PUNCT", 2, "punct"),
         ("What", "what", "PRON", 24, "obj"), ("I", "I", "PRON", 24, "nsubj"),
         ("have", "have", "AUX", 24, "aux"), ("seen", "see", "VERB", 28, "csubj"),
         ("is", "be", "AUX", 28, "cop"), ("a", "a", "DET", 28, "det"),
         ("steady", "steady", "ADJ", 28, "amod"), ("hand", "hand", "NOUN", 2, "parataxis"),
         (".", ".", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct")]
    quotes = parsed_quotes(text, [s])
    assert quotes[-1].speaker_mention.text == "Doe"


def test_clause_after_a_dash_and_but_has_its_own_speaker():
    """'Doe proposed a debate - but the Reed campaign rejected the idea as “absurd”': the
    parse hangs the second clause beside the cue; it is no statement of Doe's, and its own
    subject, not the outermost one, speaks the quote."""
    text = "Doe proposed a debate in May - but the Reed campaign rejected the idea as “absurd.”"
    s = [("Doe", "Doe", "PROPN", 2, "nsubj", "S-PERSON"),
         ("proposed", "propose", "VERB", 0, "root"), ("a", "a", "DET", 4, "det"),
         ("debate", "debate", "NOUN", 2, "obj"),
         ("in", "in", "ADP", 6, "case"), ("May", "May", "PROPN", 2, "obl", "S-DATE"),
         ("-", "-", "PUNCT", 2, "punct"), ("but", "but", "CCONJ", 12, "cc"),
         ("the", "the", "DET", 11, "det"), ("Reed", "Reed", "PROPN", 11, "compound", "S-PERSON"),
         ("campaign", "campaign", "NOUN", 12, "nsubj"),
         ("rejected", "reject", "VERB", 2, "parataxis"), ("the", "the", "DET", 14, "det"),
         ("idea", "idea", "NOUN", 12, "obj"), ("as", "as", "ADP", 17, "case"),
         ("“", "“", "PUNCT", 17, "punct"), ("absurd", "absurd", "ADJ", 12, "advcl"),
         (".", ".", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "the Reed campaign"


def test_participle_after_a_quote_is_no_inverted_frame():
    """'... “more work to do,” noting weak sales in Dover': a participle never inverts its
    subject as "said Jane Doe" does; what follows it is its object, and the clause's
    subject speaks the quote."""
    text = "Jane Doe remarked that there is still “more work to do,” noting weak sales in Dover."
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind != "indirect"]
    assert q.speaker_mention.text == "Jane Doe"
