"""Parse-path speakers, round twenty: quotes whose speaker the default path finds and the
parsed path missed or misread (see findings.parsed_quotes for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def test_frame_after_a_quote_with_no_comma_speaks_when_the_parse_hangs_it_inside():
    """'"Mr. Reed asked us to talk about changes he wanted" the Ledger's editor Ina Kirsch
    responded.': no comma closes the quote, and the parse hangs the editor as the object of
    the quote's verb, "responded" as a relative clause on it; the frame that closes the
    sentence still names the speaker, as it does on the default path."""
    text = ('"Mr. Reed asked us to talk about changes he wanted" the Ledger\'s editor '
            "Ina Kirsch responded.")
    s = [('"', '"', "PUNCT", 11, "punct"), ("Mr.", "Mr.", "PROPN", 3, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 4, "nsubj", "E-PERSON"), ("asked", "ask", "VERB", 11, "dep"),
         ("us", "we", "PRON", 4, "obj"), ("to", "to", "PART", 7, "mark"),
         ("talk", "talk", "VERB", 4, "xcomp"), ("about", "about", "ADP", 9, "case"),
         ("changes", "change", "NOUN", 7, "obl"), ("he", "he", "PRON", 11, "nsubj"),
         ("wanted", "want", "VERB", 0, "root"), ('"', '"', "PUNCT", 11, "punct"),
         ("the", "the", "DET", 14, "det"), ("Ledger", "Ledger", "PROPN", 16, "nmod:poss", "S-ORG"),
         ("'s", "'s", "PART", 14, "case"), ("editor", "editor", "NOUN", 11, "obj"),
         ("Ina", "Ina", "PROPN", 18, "compound", "B-PERSON"),
         ("Kirsch", "Kirsch", "PROPN", 19, "nsubj", "E-PERSON"),
         ("responded", "respond", "VERB", 16, "acl:relcl"), (".", ".", "PUNCT", 11, "punct")]
    quote = parsed_quotes(text, [s])[0]
    assert quote.speaker_mention is not None and quote.speaker_mention.text.endswith("Ina Kirsch")


def test_subject_of_a_relative_after_the_quote_is_no_tail_frame():
    """'Most voters saw the "right direction" compared to 24 percent who said otherwise.':
    "who said otherwise" closes the sentence but does not open it after the quote; the 24
    percent are no speaker of the quote."""
    text = 'Most voters saw the "right direction" compared to 24 percent who said otherwise.'
    s = [("Most", "most", "ADJ", 2, "amod"), ("voters", "voter", "NOUN", 3, "nsubj"),
         ("saw", "see", "VERB", 0, "root"), ("the", "the", "DET", 7, "det"),
         ('"', '"', "PUNCT", 7, "punct"), ("right", "right", "ADJ", 7, "amod"),
         ("direction", "direction", "NOUN", 3, "obj"), ('"', '"', "PUNCT", 7, "punct"),
         ("compared", "compare", "VERB", 3, "advcl"), ("to", "to", "ADP", 12, "case"),
         ("24", "24", "NUM", 12, "nummod"), ("percent", "percent", "NOUN", 9, "obl"),
         ("who", "who", "PRON", 14, "nsubj"), ("said", "say", "VERB", 12, "acl:relcl"),
         ("otherwise", "otherwise", "ADV", 14, "advmod"), (".", ".", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s])
    assert all(q.speaker_mention is None or q.speaker_mention.text != "who" for q in quotes)


def test_restrictive_that_keeps_the_noun_phrase_it_follows_when_the_parse_hangs_it_higher():
    """'One exception was a 2019 University of Harwick at Elmton paper that found the tax
    caused "lasting" harm.': the parse hangs "that found" from "University", not from
    "paper"; a restrictive "that" follows its noun phrase, so the paper speaks, not a bare
    "that"."""
    text = ('One exception was a 2019 University of Harwick at Elmton paper that found the '
            'tax caused "lasting" harm.')
    s = [("One", "one", "NUM", 2, "nummod"), ("exception", "exception", "NOUN", 6, "nsubj"),
         ("was", "be", "AUX", 6, "cop"), ("a", "a", "DET", 6, "det"),
         ("2019", "2019", "NUM", 6, "nummod"),
         ("University", "University", "PROPN", 0, "root", "B-ORG"),
         ("of", "of", "ADP", 8, "case", "I-ORG"),
         ("Harwick", "Harwick", "PROPN", 6, "nmod", "E-ORG"),
         ("at", "at", "ADP", 11, "case"), ("Elmton", "Elmton", "PROPN", 11, "compound", "S-GPE"),
         ("paper", "paper", "NOUN", 8, "nmod"), ("that", "that", "PRON", 13, "nsubj"),
         ("found", "find", "VERB", 6, "acl:relcl"), ("the", "the", "DET", 15, "det"),
         ("tax", "tax", "NOUN", 16, "nsubj"), ("caused", "cause", "VERB", 13, "ccomp"),
         ('"', '"', "PUNCT", 18, "punct"), ("lasting", "lasting", "ADJ", 20, "amod"),
         ('"', '"', "PUNCT", 18, "punct"), ("harm", "harm", "NOUN", 16, "obj"),
         (".", ".", "PUNCT", 6, "punct")]
    quote = next(q for q in parsed_quotes(text, [s]) if q.text == '"lasting"')
    assert quote.speaker_mention is not None and "paper" in quote.speaker_mention.text
