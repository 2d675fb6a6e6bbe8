"""Parse-path speakers, round twenty-one: quotes whose speaker the parse rules misread (see
findings.parsed_quotes for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def _speaker(text: str, sentences: list[list[tuple]], piece: str) -> str | None:
    quote = next(q for q in parsed_quotes(text, sentences) if piece in q.text)
    return quote.speaker_mention.text if quote.speaker_mention is not None else None


def test_person_in_footage_speaks():
    """'The ad shows footage of Tom Reed saying, “...”': the one the footage shows speaks,
    not the ad."""
    text = "The ad shows footage of Tom Reed saying, “We will cut your taxes.”"
    s = [("The", "the", "DET", 2, "det"), ("ad", "ad", "NOUN", 3, "nsubj"),
         ("shows", "show", "VERB", 0, "root"), ("footage", "footage", "NOUN", 3, "obj"),
         ("of", "of", "ADP", 7, "case"), ("Tom", "Tom", "PROPN", 7, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 4, "nmod", "E-PERSON"), ("saying", "say", "VERB", 7, "acl"),
         (",", ",", "PUNCT", 8, "punct"), ("“", "“", "PUNCT", 13, "punct"),
         ("We", "we", "PRON", 13, "nsubj"), ("will", "will", "AUX", 13, "aux"),
         ("cut", "cut", "VERB", 8, "ccomp"), ("your", "your", "PRON", 15, "nmod:poss"),
         ("taxes", "tax", "NOUN", 13, "obj"), (".", ".", "PUNCT", 13, "punct"),
         ("”", "”", "PUNCT", 13, "punct")]
    assert _speaker(text, [s], "cut your taxes") == "Tom Reed"


def test_person_in_a_video_speaks_when_the_parse_hangs_the_participle_on_the_video():
    """'The group released a video of Ann Roe asking, “...”': the parse may hang "asking"
    from the video rather than from the name; the one the video shows speaks."""
    text = "The group released a video of Ann Roe asking, “Where did the money go?”"
    s = [("The", "the", "DET", 2, "det"), ("group", "group", "NOUN", 3, "nsubj"),
         ("released", "release", "VERB", 0, "root"), ("a", "a", "DET", 5, "det"),
         ("video", "video", "NOUN", 3, "obj"), ("of", "of", "ADP", 8, "case"),
         ("Ann", "Ann", "PROPN", 8, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 5, "nmod", "E-PERSON"), ("asking", "ask", "VERB", 5, "acl"),
         (",", ",", "PUNCT", 9, "punct"), ("“", "“", "PUNCT", 16, "punct"),
         ("Where", "where", "ADV", 16, "advmod"), ("did", "do", "AUX", 16, "aux"),
         ("the", "the", "DET", 15, "det"), ("money", "money", "NOUN", 16, "nsubj"),
         ("go", "go", "VERB", 9, "ccomp"), ("?", "?", "PUNCT", 16, "punct"),
         ("”", "”", "PUNCT", 16, "punct")]
    assert _speaker(text, [s], "money go") == "Ann Roe"


def test_maker_of_a_statement_still_speaks_for_it():
    """Near miss: 'The group released a statement saying, “...”': a statement is no
    recording of someone; its maker speaks."""
    text = "The group released a statement saying, “We will appeal.”"
    s = [("The", "the", "DET", 2, "det"), ("group", "group", "NOUN", 3, "nsubj"),
         ("released", "release", "VERB", 0, "root"), ("a", "a", "DET", 5, "det"),
         ("statement", "statement", "NOUN", 3, "obj"), ("saying", "say", "VERB", 5, "acl"),
         (",", ",", "PUNCT", 6, "punct"), ("“", "“", "PUNCT", 11, "punct"),
         ("We", "we", "PRON", 11, "nsubj"), ("will", "will", "AUX", 11, "aux"),
         ("appeal", "appeal", "VERB", 6, "ccomp"), (".", ".", "PUNCT", 11, "punct"),
         ("”", "”", "PUNCT", 11, "punct")]
    assert _speaker(text, [s], "appeal") == "The group"
