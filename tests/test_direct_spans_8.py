"""Direct quote spans, round eighteen: which quoted stretches are quotes, on both paths
(hand-parsed texts, see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes

import quotetrack


def test_sentence_after_a_lead_with_a_comma_is_the_leads_subjects_on_a_parse():
    """'As the Tin Wolves sang in 1985, “We will turn this town into a dance floor.”': a
    whole quoted sentence after the lead's comma is a direct quote, though the parse makes
    the quote's verb the root and hangs "sang" from it; the lead's subject sings it."""
    text = "As the Tin Wolves sang in 1985, “We will turn this town into a dance floor.”"
    s = [("As", "as", "ADP", 5, "mark"), ("the", "the", "DET", 4, "det"),
         ("Tin", "Tin", "PROPN", 4, "compound", "B-ORG"),
         ("Wolves", "Wolves", "PROPN", 5, "nsubj", "E-ORG"),
         ("sang", "sing", "VERB", 13, "advcl"), ("in", "in", "ADP", 7, "case"),
         ("1985", "1985", "NUM", 5, "obl"), (",", ",", "PUNCT", 13, "punct"),
         ("“", "“", "PUNCT", 13, "punct"), ("We", "we", "PRON", 13, "nsubj"),
         ("will", "will", "AUX", 13, "aux"), ("turn", "turn", "VERB", 0, "root"),
         ("this", "this", "DET", 15, "det"), ("town", "town", "NOUN", 13, "obj"),
         ("into", "into", "ADP", 19, "case"), ("a", "a", "DET", 19, "det"),
         ("dance", "dance", "NOUN", 19, "compound"), ("floor", "floor", "NOUN", 13, "obl"),
         (".", ".", "PUNCT", 13, "punct"), ("”", "”", "PUNCT", 13, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.kind == "direct" and q.text.startswith("“We will")
    assert q.speaker_mention is not None and "Wolves" in q.speaker_mention.text


def test_sentence_after_a_lead_with_a_comma_is_direct_on_the_default_path():
    """'In her song, Mara Venn sings, “Nobody owns the river.”': a whole sentence after the
    lead's comma is a direct quote, not a fragment of the writer's."""
    text = "In her song, Mara Venn sings, “Nobody owns the river in this valley.”"
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind != "indirect"]
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Mara Venn"


def test_fragment_whose_parse_climbs_to_an_expletive_subject_is_kept():
    """'It is odd that Tom Reale would denounce “self-deportation.”': the parse climbs from
    the quote past "denounce" to "odd", whose subject "It" names nobody; the words before
    the quote name Reale, who denounces it, as the model-free path reads them."""
    text = "It is odd that Tom Reale would denounce “self-deportation.”"
    s = [("It", "it", "PRON", 3, "nsubj"), ("is", "be", "AUX", 3, "cop"),
         ("odd", "odd", "ADJ", 0, "root"), ("that", "that", "ADP", 8, "mark"),
         ("Tom", "Tom", "PROPN", 6, "compound", "B-PERSON"),
         ("Reale", "Reale", "PROPN", 8, "nsubj", "E-PERSON"),
         ("would", "would", "AUX", 8, "aux"), ("denounce", "denounce", "VERB", 3, "ccomp"),
         ("“", "“", "PUNCT", 10, "punct"),
         ("self-deportation", "self-deportation", "NOUN", 8, "obj"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention is not None and q.speaker_mention.text == "Tom Reale"


def test_slogan_in_title_case_is_the_words_of_whoever_runs_on_it():
    """'Mayor Ada Quill ran on the slogan “Clean Streets Now” in 2010.': a slogan in title
    case is no work's title but the words of the one who runs on it."""
    text = "Mayor Ada Quill ran on the slogan “Clean Streets Now” in 2010 after two terms."
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind != "indirect"]
    assert q.text == "“Clean Streets Now”" and q.speaker is not None
    assert q.speaker.name == "Ada Quill"
