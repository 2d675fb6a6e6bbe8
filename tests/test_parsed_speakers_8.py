"""Parse-path speakers, round eighteen: parse shapes that led the parsed path to another
speaker than the one the surface frame names (see handparse.py for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_open_mark_left_on_the_sentence_before_does_not_tie_the_quote_to_its_cue():
    """'The plan is too slow, said Ann Roe, an analyst at Vell Partners. “The costs have not
    come down,” Ms. Roe pointed out.': the splitter leaves the opening mark at the end of the
    first sentence, hung from its "said"; the mark is no word of the quote, and the frame
    after the quote names its speaker."""
    text = ("The plan is too slow, said Ann Roe, an analyst at Vell Partners. “The costs have "
            "not come down,” Ms. Roe pointed out.")
    s1 = [("The", "the", "DET", 2, "det"), ("plan", "plan", "NOUN", 5, "nsubj"),
          ("is", "be", "AUX", 5, "cop"), ("too", "too", "ADV", 5, "advmod"),
          ("slow", "slow", "ADJ", 7, "ccomp"), (",", ",", "PUNCT", 7, "punct"),
          ("said", "say", "VERB", 0, "root"), ("Ann", "Ann", "PROPN", 9, "compound", "B-PERSON"),
          ("Roe", "Roe", "PROPN", 7, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 9, "punct"),
          ("an", "a", "DET", 12, "det"), ("analyst", "analyst", "NOUN", 9, "appos"),
          ("at", "at", "ADP", 15, "case"), ("Vell", "Vell", "PROPN", 15, "compound", "B-ORG"),
          ("Partners", "Partners", "PROPN", 12, "nmod", "E-ORG"), (".", ".", "PUNCT", 7, "punct"),
          ("“", "“", "PUNCT", 7, "punct")]
    s2 = [("The", "the", "DET", 2, "det"), ("costs", "cost", "NOUN", 5, "nsubj"),
          ("have", "have", "AUX", 5, "aux"), ("not", "not", "PART", 5, "advmod"),
          ("come", "come", "VERB", 11, "ccomp"), ("down", "down", "ADV", 5, "advmod"),
          (",", ",", "PUNCT", 11, "punct"), ("”", "”", "PUNCT", 11, "punct"),
          ("Ms.", "Ms.", "PROPN", 10, "compound"), ("Roe", "Roe", "PROPN", 11, "nsubj", "S-PERSON"),
          ("pointed", "point", "VERB", 0, "root"), ("out", "out", "ADP", 11, "compound:prt"),
          (".", ".", "PUNCT", 11, "punct")]
    quotes = parsed_quotes(text, [s1, s2])
    costs = next(q for q in quotes if q.text.startswith("“The costs"))
    mention = costs.speaker_mention
    assert mention.text.endswith("Roe") and mention.start >= text.index("Ms. Roe")
