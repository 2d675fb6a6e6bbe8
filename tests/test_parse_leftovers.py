"""Leftovers of the twelfth round on the parse path and in reported speech, on short
hand-parsed or plain texts (see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes

import quotetrack


def reported(text: str) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement the surface rules find."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect"]



def test_cue_misread_as_a_reduced_relative_of_the_root_name_takes_the_name():
    """'X called on Y to “...”': the parser hangs "called" from the name as a reduced
    relative ("acl") and the name from nothing; the name is the cue's subject and speaks
    the fragment, which is not dropped."""
    text = "Reed called on fellow members to “stand firm against the plan.”"
    s = [("Reed", "Reed", "PROPN", 0, "root", "S-PERSON"), ("called", "call", "VERB", 1, "acl"),
         ("on", "on", "ADP", 5, "case"), ("fellow", "fellow", "ADJ", 5, "amod"),
         ("members", "member", "NOUN", 2, "obl"), ("to", "to", "PART", 8, "mark"),
         ("“", "“", "PUNCT", 8, "punct"), ("stand", "stand", "VERB", 2, "xcomp"),
         ("firm", "firm", "ADJ", 8, "xcomp"), ("against", "against", "ADP", 12, "case"),
         ("the", "the", "DET", 12, "det"), ("plan", "plan", "NOUN", 8, "obl"),
         (".", ".", "PUNCT", 1, "punct"), ("”", "”", "PUNCT", 1, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention is not None and q.speaker_mention.text == "Reed"


def test_term_in_a_phrase_of_an_inverted_frame_is_not_the_speakers():
    """'“A,” said X, a founder of the “Y” group, ...': the parse hangs the quoted name from
    the cue of the quote before, but a quote that opens after a word inside the frame's
    phrase is a term of that phrase, not more of X's speech (as without a parse)."""
    text = "“We will win,” said Jane Reed, a founder of the “Renewal Project” group."
    s = [("“", "“", "PUNCT", 4, "punct"), ("We", "we", "PRON", 4, "nsubj"),
         ("will", "will", "AUX", 4, "aux"), ("win", "win", "VERB", 7, "ccomp"),
         (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
         ("said", "say", "VERB", 0, "root"), ("Jane", "Jane", "PROPN", 9, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 7, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 9, "punct"),
         ("a", "a", "DET", 12, "det"), ("founder", "founder", "NOUN", 9, "appos"),
         ("of", "of", "ADP", 19, "case"), ("the", "the", "DET", 19, "det"),
         ("“", "“", "PUNCT", 17, "punct"), ("Renewal", "Renewal", "PROPN", 17, "compound"),
         ("Project", "Project", "PROPN", 19, "compound"), ("”", "”", "PUNCT", 17, "punct"),
         ("group", "group", "NOUN", 12, "nmod"), (".", ".", "PUNCT", 7, "punct")]
    quotes = parsed_quotes(text, [s])
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text == "Jane Reed"
    term = [q for q in quotes if "Renewal" in q.text]
    assert not term or term[0].speaker_mention is None


def test_quote_after_the_comma_of_an_inverted_frame_goes_on_with_its_speaker():
    """'“A,” said X, “B.”': a quote opened after the frame's comma is more of X's speech."""
    text = "“We will win,” said Jane Reed, “and we will win big.”"
    s = [("“", "“", "PUNCT", 4, "punct"), ("We", "we", "PRON", 4, "nsubj"),
         ("will", "will", "AUX", 4, "aux"), ("win", "win", "VERB", 7, "ccomp"),
         (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
         ("said", "say", "VERB", 0, "root"), ("Jane", "Jane", "PROPN", 9, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 7, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 7, "punct"),
         ("“", "“", "PUNCT", 15, "punct"), ("and", "and", "CCONJ", 15, "cc"),
         ("we", "we", "PRON", 15, "nsubj"), ("will", "will", "AUX", 15, "aux"),
         ("win", "win", "VERB", 7, "conj"), ("big", "big", "ADV", 15, "advmod"),
         (".", ".", "PUNCT", 7, "punct"), ("”", "”", "PUNCT", 7, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.speaker_mention and q.speaker_mention.text for q in quotes] == \
        ["Jane Reed", "Jane Reed"]


def test_statement_stops_at_a_dash_and_but_before_a_new_subject():
    """'X proposed A - but the Y campaign rejected it': the clause after the dash has a
    subject of its own and is the writer's; after a pronoun it may go on reporting ('X said
    A - but she needs B', as annotators read it)."""
    text = "Reed proposed a debate in Denver on May 4 - but the Doe campaign rejected the idea."
    # (the campaign's rejection of the idea is a stance act of its own: test_stance_acts)
    assert reported(text) == [("a debate in Denver on May 4", "Reed"),
                              ("the idea", "the Doe campaign")]
    text = "Reed said the plan would work - but she needs more votes."
    assert reported(text) == [("the plan would work - but she needs more votes", "Reed")]


def test_second_named_participle_frame_ends_the_first_statement():
    """'both issued a statement - X saying A and Y calling it a “B”': "and" with a name and
    a participle cue of its own opens the second frame of the list; B is Y's, not more of
    X's statement."""
    text = ("After the talks, both men issued a statement – Tom Reed saying he was “quite "
            "hopeful” and Paul Martinez calling it a “productive session.”")
    quotes = quotetrack.extract(text).quotes
    assert [(q.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        ("“quite hopeful”", "Tom Reed"), ("“productive session.”", "Paul Martinez")]
