"""Parse-path speakers, round twenty-two: cues whose subject the parse misreads (see
findings.parsed_quotes for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def _speaker(text: str, sentences: list[list[tuple]], piece: str,
             kinds: tuple[str, ...] = ("direct", "mixed")) -> str | None:
    quote = next(q for q in parsed_quotes(text, sentences, kinds) if piece in q.text)
    return quote.speaker_mention.text if quote.speaker_mention is not None else None


def test_subject_after_a_subordinator_read_as_a_preposition():
    """'The bill stalled in March after the governor suggested he would veto it.': the
    parse reads "after" as a preposition, hangs "the governor" from the clause before and
    makes "suggested" the root with the bill for its subject; the governor suggests."""
    text = "The bill stalled in March after the governor suggested he would veto it."
    s = [("The", "the", "DET", 2, "det"), ("bill", "bill", "NOUN", 9, "nsubj"),
         ("stalled", "stall", "VERB", 2, "acl"), ("in", "in", "ADP", 5, "case"),
         ("March", "March", "PROPN", 3, "obl", "S-DATE"), ("after", "after", "ADP", 8, "case"),
         ("the", "the", "DET", 8, "det"), ("governor", "governor", "NOUN", 3, "obl"),
         ("suggested", "suggest", "VERB", 0, "root"), ("he", "he", "PRON", 12, "nsubj"),
         ("would", "would", "AUX", 12, "aux"), ("veto", "veto", "VERB", 9, "ccomp"),
         ("it", "it", "PRON", 12, "obj"), (".", ".", "PUNCT", 9, "punct")]
    assert _speaker(text, [s], "veto it", ("indirect",)) == "the governor"


def test_subject_after_a_subordinator_with_an_adverb_before_the_cue():
    """'Years after Tom Reed famously claimed that the mill would reopen, Ann Roe won.':
    the parse makes "Years" the cue's subject (a time the rules pass over, to the
    main clause's Ann Roe); Tom Reed claims."""
    text = "Years after Tom Reed famously claimed that the mill would reopen, Ann Roe won."
    s = [("Years", "year", "NOUN", 6, "nsubj"), ("after", "after", "ADP", 4, "case"),
         ("Tom", "Tom", "PROPN", 4, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 1, "nmod", "E-PERSON"),
         ("famously", "famously", "ADV", 6, "advmod"), ("claimed", "claim", "VERB", 15, "ccomp"),
         ("that", "that", "SCONJ", 11, "mark"), ("the", "the", "DET", 9, "det"),
         ("mill", "mill", "NOUN", 11, "nsubj"), ("would", "would", "AUX", 11, "aux"),
         ("reopen", "reopen", "VERB", 6, "ccomp"), (",", ",", "PUNCT", 15, "punct"),
         ("Ann", "Ann", "PROPN", 14, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 15, "nsubj", "E-PERSON"), ("won", "win", "VERB", 0, "root"),
         (".", ".", "PUNCT", 15, "punct")]
    assert _speaker(text, [s], "mill would reopen", ("indirect",)) == "Tom Reed"


def test_subject_after_a_subordinator_speaks_a_quote():
    """'The plan died after the mayor called it “a waste of money.”': the mayor calls it so,
    not the plan the parse gives the cue for its subject."""
    text = "The plan died after the mayor called it “a waste of money.”"
    s = [("The", "the", "DET", 2, "det"), ("plan", "plan", "NOUN", 7, "nsubj"),
         ("died", "die", "VERB", 2, "acl"), ("after", "after", "ADP", 6, "case"),
         ("the", "the", "DET", 6, "det"), ("mayor", "mayor", "NOUN", 3, "obl"),
         ("called", "call", "VERB", 0, "root"), ("it", "it", "PRON", 7, "obj"),
         ("“", "“", "PUNCT", 11, "punct"), ("a", "a", "DET", 11, "det"),
         ("waste", "waste", "NOUN", 7, "xcomp"), ("of", "of", "ADP", 13, "case"),
         ("money", "money", "NOUN", 11, "nmod"), (".", ".", "PUNCT", 7, "punct"),
         ("”", "”", "PUNCT", 7, "punct")]
    assert _speaker(text, [s], "waste of money") == "the mayor"


def test_speaker_before_a_prepositional_phrase_keeps_the_cue():
    """Near miss: 'Officials after the vote said the count was fair.': "after the vote" is
    a phrase of time between the subject and its cue; the officials speak."""
    text = "Officials after the vote said the count was fair."
    s = [("Officials", "official", "NOUN", 5, "nsubj"), ("after", "after", "ADP", 4, "case"),
         ("the", "the", "DET", 4, "det"), ("vote", "vote", "NOUN", 5, "obl"),
         ("said", "say", "VERB", 0, "root"), ("the", "the", "DET", 7, "det"),
         ("count", "count", "NOUN", 9, "nsubj"), ("was", "be", "AUX", 9, "cop"),
         ("fair", "fair", "ADJ", 5, "ccomp"), (".", ".", "PUNCT", 5, "punct")]
    assert _speaker(text, [s], "count was fair", ("indirect",)) == "Officials"


def test_list_after_such_as_keeps_the_parse_subject():
    """Near miss: 'Groups such as the union said the law was unfair.': "such as" opens a
    list of the groups, no clause; the parse's subject, the groups, speaks."""
    text = "Groups such as the union said the law was unfair."
    s = [("Groups", "group", "NOUN", 6, "nsubj"), ("such", "such", "ADJ", 5, "case"),
         ("as", "as", "ADP", 2, "fixed"), ("the", "the", "DET", 5, "det"),
         ("union", "union", "NOUN", 1, "nmod"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 8, "det"), ("law", "law", "NOUN", 10, "nsubj"),
         ("was", "be", "AUX", 10, "cop"), ("unfair", "unfair", "ADJ", 6, "ccomp"),
         (".", ".", "PUNCT", 6, "punct")]
    assert _speaker(text, [s], "law was unfair", ("indirect",)).startswith("Groups")


def test_opening_according_to_credits_a_statement_deep_in_its_sentence():
    """'According to the newspaper, aides studied what might follow if the senator
    announced he would quit.': the parse hangs "according to" from the main verb, not from
    the cue deep below it; the opening source credits the whole sentence."""
    text = ("According to the newspaper, aides studied what might follow if the senator "
            "announced he would quit.")
    s = [("According", "accord", "VERB", 4, "case"), ("to", "to", "ADP", 1, "fixed"),
         ("the", "the", "DET", 4, "det"), ("newspaper", "newspaper", "NOUN", 7, "obl"),
         (",", ",", "PUNCT", 7, "punct"), ("aides", "aide", "NOUN", 7, "nsubj"),
         ("studied", "study", "VERB", 0, "root"), ("what", "what", "PRON", 10, "nsubj"),
         ("might", "might", "AUX", 10, "aux"), ("follow", "follow", "VERB", 7, "ccomp"),
         ("if", "if", "SCONJ", 14, "mark"), ("the", "the", "DET", 13, "det"),
         ("senator", "senator", "NOUN", 14, "nsubj"),
         ("announced", "announce", "VERB", 10, "advcl"), ("he", "he", "PRON", 17, "nsubj"),
         ("would", "would", "AUX", 17, "aux"), ("quit", "quit", "VERB", 14, "ccomp"),
         (".", ".", "PUNCT", 7, "punct")]
    assert _speaker(text, [s], "would quit", ("indirect",)) == "the newspaper"


def test_according_to_inside_the_sentence_does_not_open_it():
    """Near miss: 'Acting according to the rules, the mayor announced he would quit.': the
    sentence opens with no source; the mayor announces."""
    text = "Acting according to the rules, the mayor announced he would quit."
    s = [("Acting", "act", "VERB", 9, "advcl"), ("according", "accord", "VERB", 5, "case"),
         ("to", "to", "ADP", 2, "fixed"), ("the", "the", "DET", 5, "det"),
         ("rules", "rule", "NOUN", 1, "obl"), (",", ",", "PUNCT", 9, "punct"),
         ("the", "the", "DET", 8, "det"), ("mayor", "mayor", "NOUN", 9, "nsubj"),
         ("announced", "announce", "VERB", 0, "root"), ("he", "he", "PRON", 12, "nsubj"),
         ("would", "would", "AUX", 12, "aux"), ("quit", "quit", "VERB", 9, "ccomp"),
         (".", ".", "PUNCT", 9, "punct")]
    assert _speaker(text, [s], "would quit", ("indirect",)) == "the mayor"


def _rally(owner: str) -> tuple[str, list[tuple]]:
    text = (f"{owner} speech drew applause, reflecting the distrust that her voters feel about "
            "the “rigged” courts.")
    s = [(owner, owner.lower(), "DET" if owner == "The" else "PRON", 2,
          "det" if owner == "The" else "nmod:poss"), ("speech", "speech", "NOUN", 3, "nsubj"),
         ("drew", "draw", "VERB", 0, "root"), ("applause", "applause", "NOUN", 3, "obj"),
         (",", ",", "PUNCT", 6, "punct"), ("reflecting", "reflect", "VERB", 3, "advcl"),
         ("the", "the", "DET", 8, "det"), ("distrust", "distrust", "NOUN", 6, "obj"),
         ("that", "that", "PRON", 12, "obj"), ("her", "she", "PRON", 11, "nmod:poss"),
         ("voters", "voter", "NOUN", 12, "nsubj"), ("feel", "feel", "VERB", 8, "acl:relcl"),
         ("about", "about", "ADP", 18, "case"), ("the", "the", "DET", 18, "det"),
         ("“", "“", "PUNCT", 16, "punct"), ("rigged", "rigged", "ADJ", 18, "amod"),
         ("”", "”", "PUNCT", 16, "punct"), ("courts", "court", "NOUN", 12, "obl"),
         (".", ".", "PUNCT", 3, "punct")]
    return text, [s]


def test_quote_under_a_thing_that_cannot_speak_is_the_clause_below():
    """'The speech drew applause, reflecting the distrust that her voters feel about the
    “rigged” courts.': no cue frames the quote, and the outermost clause's subject, a
    speech, says nothing of the courts; the voters in the clause that holds it speak."""
    text, s = _rally("The")
    assert _speaker(text, s, "rigged") == "her voters"


def test_quote_under_an_owned_thing_stays_the_outermost_clauses():
    """Near miss: 'Her speech drew applause, reflecting ...': a thing with an owner may be
    that owner's words; the outermost clause keeps the quote, as before."""
    text, s = _rally("Her")
    assert _speaker(text, s, "rigged") == "Her speech"
