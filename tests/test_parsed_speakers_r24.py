"""Quote speakers on the parsed path, round twenty-four (hand-written parse rows): a quote
framed by a relative clause on a noun inside another speaker's reported clause, and a quote
in the clause of a verb of thought or data that a verb of speech reports."""

from __future__ import annotations

from findings import parsed_quotes


def test_relative_cue_inside_a_reported_clause_gives_the_reporter():
    """'Jane Roe said the town lost a voice that said “...”': the parse hangs the quote
    from the relative clause's "said", whose subject is "that"; the words are the ones
    Jane Roe reports, as the parse's outermost cue and the model-free path read them."""
    text = "Jane Roe said the town lost a voice that said “kindness is a form of courage.”"
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 5, "det"), ("town", "town", "NOUN", 6, "nsubj"),
         ("lost", "lose", "VERB", 3, "ccomp"), ("a", "a", "DET", 8, "det"),
         ("voice", "voice", "NOUN", 6, "obj"), ("that", "that", "PRON", 10, "nsubj"),
         ("said", "say", "VERB", 8, "acl:relcl"), ("“", "``", "PUNCT", 15, "punct"),
         ("kindness", "kindness", "NOUN", 15, "nsubj"), ("is", "be", "AUX", 15, "cop"),
         ("a", "a", "DET", 15, "det"), ("form", "form", "NOUN", 10, "ccomp"),
         ("of", "of", "ADP", 17, "case"), ("courage", "courage", "NOUN", 15, "nmod"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "''", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.text for q in quotes] == ["“kindness is a form of courage.”"]
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker_mention.text == "Jane Roe"
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Jane Roe"


def test_relative_cue_in_the_writers_own_clause_keeps_the_relative():
    """'Last spring the town lost a voice that said “...”': no verb of speech reports the
    clause that holds "voice"; the relative clause's own subject stays the speaker."""
    text = "Last spring the town lost a voice that said “kindness is a form of courage.”"
    s = [("Last", "last", "ADJ", 2, "amod"), ("spring", "spring", "NOUN", 5, "obl:tmod"),
         ("the", "the", "DET", 4, "det"), ("town", "town", "NOUN", 5, "nsubj"),
         ("lost", "lose", "VERB", 0, "root"), ("a", "a", "DET", 7, "det"),
         ("voice", "voice", "NOUN", 5, "obj"), ("that", "that", "PRON", 9, "nsubj"),
         ("said", "say", "VERB", 7, "acl:relcl"), ("“", "``", "PUNCT", 14, "punct"),
         ("kindness", "kindness", "NOUN", 14, "nsubj"), ("is", "be", "AUX", 14, "cop"),
         ("a", "a", "DET", 14, "det"), ("form", "form", "NOUN", 9, "ccomp"),
         ("of", "of", "ADP", 16, "case"), ("courage", "courage", "NOUN", 14, "nmod"),
         (".", ".", "PUNCT", 5, "punct"), ("”", "''", "PUNCT", 5, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.text for q in quotes] == ["“kindness is a form of courage.”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text in ("that", "a voice that", "a voice")


def _poll_rows(opening: list[tuple], offset: int) -> list[tuple]:
    """Rows of 'polls show voters think the town is on the “wrong track” this year.' after
    ``opening``, whose word ``offset`` + 1 the clause's verb "show" hangs from."""
    o = len(opening)
    return opening + [
        ("polls", "poll", "NOUN", o + 2, "nsubj"),
        ("show", "show", "VERB", offset, "ccomp" if offset else "root"),
        ("voters", "voter", "NOUN", o + 4, "nsubj"),
        ("think", "think", "VERB", o + 2, "ccomp"), ("the", "the", "DET", o + 6, "det"),
        ("town", "town", "NOUN", o + 12, "nsubj"), ("is", "be", "AUX", o + 12, "cop"),
        ("on", "on", "ADP", o + 12, "case"), ("the", "the", "DET", o + 12, "det"),
        ("“", "``", "PUNCT", o + 12, "punct"), ("wrong", "wrong", "ADJ", o + 12, "amod"),
        ("track", "track", "NOUN", o + 4, "ccomp"), ("”", "''", "PUNCT", o + 12, "punct"),
        ("this", "this", "DET", o + 15, "det"), ("year", "year", "NOUN", o + 12, "obl:tmod"),
        (".", ".", "PUNCT", o + 2 if not offset else offset, "punct")]


def test_quote_in_a_clause_of_data_gives_the_one_who_reports_it():
    """'Jane Roe argues that polls show voters think the town is on the “wrong track” this
    year.': the quoted words stand in the clause of "show" (polls utter no words), which
    Jane Roe's "argues" reports: hers, not the polls'."""
    text = ("Jane Roe argues that polls show voters think the town is on the “wrong track” "
            "this year.")
    opening = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
               ("Roe", "Roe", "PROPN", 3, "nsubj", "E-PERSON"),
               ("argues", "argue", "VERB", 0, "root"), ("that", "that", "SCONJ", 6, "mark")]
    quotes = parsed_quotes(text, [_poll_rows(opening, 3)])
    assert [(q.text, q.kind) for q in quotes] == [("“wrong track”", "mixed")]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Jane Roe"


def test_quote_in_a_clause_of_data_with_no_reporter_is_left_alone():
    """'Polls show voters think the town is on the “wrong track” this year.': no verb of
    speech reports the clause of "show"; its own subject stays the speaker."""
    text = "Polls show voters think the town is on the “wrong track” this year."
    rows = _poll_rows([], 0)
    rows[0] = ("Polls", "poll", "NOUN", 2, "nsubj")
    quotes = parsed_quotes(text, [rows])
    assert [q.text for q in quotes] == ["“wrong track”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Polls"


def test_quote_in_a_clause_of_belief_gives_the_one_who_told_it():
    """'Jane Roe, the union's former head, told reporters before she spoke that she
    believed it is time to reach out “with an open hand” to the strikers.': the parse
    hangs the "that" clause from "spoke" in the time clause, so "told" reports no clause
    with the quote in it; the quoted words stand in the clause of "believed" (a thought
    utters no words), which "told" reports through "spoke": the teller's, named as the
    teller, not the pronoun of the belief."""
    text = ("Jane Roe, the union's former head, told reporters before she spoke that she "
            "believed it is time to reach out “with an open hand” to the strikers.")
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 10, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("the", "the", "DET", 5, "det"), ("union", "union", "NOUN", 8, "nmod:poss"),
         ("'s", "'s", "PART", 5, "case"), ("former", "former", "ADJ", 8, "amod"),
         ("head", "head", "NOUN", 2, "appos"), (",", ",", "PUNCT", 2, "punct"),
         ("told", "tell", "VERB", 0, "root"),
         ("reporters", "reporter", "NOUN", 10, "obj"),
         ("before", "before", "SCONJ", 14, "mark"),
         ("she", "she", "PRON", 14, "nsubj"), ("spoke", "speak", "VERB", 10, "advcl"),
         ("that", "that", "SCONJ", 17, "mark"), ("she", "she", "PRON", 17, "nsubj"),
         ("believed", "believe", "VERB", 14, "ccomp"), ("it", "it", "PRON", 20, "nsubj"),
         ("is", "be", "AUX", 20, "cop"), ("time", "time", "NOUN", 17, "ccomp"),
         ("to", "to", "PART", 22, "mark"), ("reach", "reach", "VERB", 20, "acl"),
         ("out", "out", "ADP", 22, "compound:prt"), ("“", "``", "PUNCT", 28, "punct"),
         ("with", "with", "ADP", 28, "case"), ("an", "a", "DET", 28, "det"),
         ("open", "open", "ADJ", 28, "amod"), ("hand", "hand", "NOUN", 22, "obl"),
         ("”", "''", "PUNCT", 28, "punct"), ("to", "to", "ADP", 32, "case"),
         ("the", "the", "DET", 32, "det"), ("strikers", "striker", "NOUN", 22, "obl"),
         (".", ".", "PUNCT", 10, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [(q.text, q.kind) for q in quotes] == [("“with an open hand”", "mixed")]
    assert quotes[0].speaker_mention.text == "Jane Roe"
    assert quotes[0].cue is not None and quotes[0].cue.text == "told"
