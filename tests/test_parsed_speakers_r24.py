"""Direct speakers on the parsed path, round twenty-four: a quote framed by a relative clause
on a noun inside another speaker's reported clause (hand-written parse rows)."""

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
