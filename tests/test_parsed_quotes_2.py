"""Parse-path quote finding, round twenty-one: short quoted fragments whose speaker the
default path finds and the parsed path dropped as scare quotes (see findings.parsed_quotes
for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def _far_sentence(verb: tuple, frag: str) -> tuple[str, list[tuple]]:
    """'Jane Doe, while being interviewed on Radio Nine Monday morning, VERB again for the
    mayor to resign for not calling the fire an act of “FRAG.”', parsed as the parser
    misreads such a sentence: the name the root, the verb a parataxis under the aside."""
    text = ("Jane Doe, while being interviewed on Radio Nine Monday morning, "
            f"{verb[0]} again for the mayor to resign for not calling the fire an act of "
            f"“{frag}.”")
    a, b = frag.split()
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 0, "root", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("while", "while", "SCONJ", 6, "mark"), ("being", "be", "AUX", 6, "aux:pass"),
         ("interviewed", "interview", "VERB", 2, "dep"), ("on", "on", "ADP", 10, "case"),
         ("Radio", "Radio", "PROPN", 9, "compound", "B-ORG"),
         ("Nine", "Nine", "PROPN", 10, "compound", "E-ORG"),
         ("Monday", "Monday", "PROPN", 6, "obl", "S-DATE"),
         ("morning", "morning", "NOUN", 6, "obl:tmod"), (",", ",", "PUNCT", 6, "punct"),
         (verb[0], verb[1], "VERB", 6, "parataxis"), ("again", "again", "ADV", 13, "advmod"),
         ("for", "for", "ADP", 17, "case"), ("the", "the", "DET", 17, "det"),
         ("mayor", "mayor", "NOUN", 13, "obl"), ("to", "to", "PART", 19, "mark"),
         ("resign", "resign", "VERB", 13, "xcomp"), ("for", "for", "SCONJ", 22, "mark"),
         ("not", "not", "PART", 22, "advmod"), ("calling", "call", "VERB", 19, "advcl"),
         ("the", "the", "DET", 24, "det"), ("fire", "fire", "NOUN", 22, "iobj"),
         ("an", "a", "DET", 26, "det"), ("act", "act", "NOUN", 22, "obj"),
         ("of", "of", "ADP", 30, "case"), ("“", "“", "PUNCT", 30, "punct"),
         (a, a, "ADJ", 30, "amod"), (b, b, "NOUN", 26, "nmod"), (".", ".", "PUNCT", 2, "punct"),
         ("”", "”", "PUNCT", 2, "punct")]
    return text, [s]


def test_fragment_far_across_a_comma_after_a_verb_of_speech_is_the_subjects():
    """'Jane Doe, while being interviewed ..., called again for the mayor to resign for not
    calling the fire an act of “gross negligence.”': the parse hangs "called" under the
    aside, so only the words before the quote give it a subject; far across a comma, that
    subject is a guess, but a verb of speech stands between her and the fragment: her words,
    as on the default path."""
    text, sents = _far_sentence(("called", "call"), "gross negligence")
    quotes = parsed_quotes(text, sents)
    assert [(q.text, q.kind) for q in quotes] == [("“gross negligence.”", "mixed")]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Jane Doe"


def test_fragment_far_across_a_comma_with_no_verb_of_speech_stays_a_scare_quote():
    """The same sentence with "stood" and no "calling": nothing says anyone spoke the
    fragment, far from its subject across a comma: a scare quote, dropped."""
    text = ("Jane Doe, while being interviewed on Radio Nine Monday morning, stood again by "
            "the mayor after the fire, an act of “gross negligence.”")
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 0, "root", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("while", "while", "SCONJ", 6, "mark"), ("being", "be", "AUX", 6, "aux:pass"),
         ("interviewed", "interview", "VERB", 2, "dep"), ("on", "on", "ADP", 10, "case"),
         ("Radio", "Radio", "PROPN", 9, "compound", "B-ORG"),
         ("Nine", "Nine", "PROPN", 10, "compound", "E-ORG"),
         ("Monday", "Monday", "PROPN", 6, "obl", "S-DATE"),
         ("morning", "morning", "NOUN", 6, "obl:tmod"), (",", ",", "PUNCT", 6, "punct"),
         ("stood", "stand", "VERB", 6, "parataxis"), ("again", "again", "ADV", 13, "advmod"),
         ("by", "by", "ADP", 17, "case"), ("the", "the", "DET", 17, "det"),
         ("mayor", "mayor", "NOUN", 13, "obl"), ("after", "after", "ADP", 20, "case"),
         ("the", "the", "DET", 20, "det"), ("fire", "fire", "NOUN", 13, "obl"),
         (",", ",", "PUNCT", 23, "punct"), ("an", "a", "DET", 23, "det"),
         ("act", "act", "NOUN", 20, "appos"), ("of", "of", "ADP", 27, "case"),
         ("“", "“", "PUNCT", 27, "punct"), ("gross", "gross", "ADJ", 27, "amod"),
         ("negligence", "negligence", "NOUN", 23, "nmod"), (".", ".", "PUNCT", 2, "punct"),
         ("”", "”", "PUNCT", 2, "punct")]
    quotes = parsed_quotes(text, [s])
    assert all(q.speaker_mention is None or q.speaker_mention.text != "Jane Doe"
               for q in quotes)



def _rails_sentence(det: str, frag: str) -> tuple[str, list[tuple]]:
    """'She rails against the county's “land grab” and [DET] pledges to stand firm against
    its “FRAG.”', parsed as a parser misreads it: "rails" and "pledges" plural nouns,
    "stand" the root with "rails" its subject, "She" hung on "rails"."""
    text = ("She rails against the county's “land grab” and " + (det + " " if det else "") +
            f"pledges to stand firm against its “{frag}.”")
    o = 13 if det else 12  # the id of "pledges"
    s = [("She", "she", "PRON", 2, "dep"), ("rails", "rail", "NOUN", o + 2, "nsubj"),
         ("against", "against", "ADP", 9, "case"), ("the", "the", "DET", 5, "det"),
         ("county", "county", "NOUN", 9, "nmod:poss"), ("'s", "'s", "PART", 5, "case"),
         ("“", "“", "PUNCT", 9, "punct"), ("land", "land", "NOUN", 9, "compound"),
         ("grab", "grab", "NOUN", 2, "nmod"), ("”", "”", "PUNCT", 9, "punct"),
         ("and", "and", "CCONJ", o, "cc")]
    if det:
        s.append((det, det, "PRON", o, "nmod:poss"))
    s += [("pledges", "pledge", "NOUN", 2, "conj"), ("to", "to", "PART", o + 2, "mark"),
          ("stand", "stand", "VERB", 0, "root"), ("firm", "firm", "ADV", o + 2, "advmod"),
          ("against", "against", "ADP", o + 7, "case"),
          ("its", "its", "PRON", o + 7, "nmod:poss"), ("“", "“", "PUNCT", o + 7, "punct"),
          (frag, frag, "NOUN", o + 2, "obl"), (".", ".", "PUNCT", o + 2, "punct"),
          ("”", "”", "PUNCT", o + 2, "punct")]
    return text, [s]


def test_verb_of_speech_read_as_a_noun_after_and_frames_the_fragment():
    """'She rails against the county's “land grab” and pledges to stand firm against its
    “bullying.”': the parse reads "rails" and "pledges" as plural nouns and makes "rails"
    the subject; "pledges to stand" is a verb of speech all the same, and "She" before the
    misread verb is the subject: the fragment is hers, as on the default path."""
    text, sents = _rails_sentence("", "bullying")
    found = {q.text: q for q in parsed_quotes(text, sents)}
    assert "“bullying.”" in found and found["“bullying.”"].kind == "mixed"
    mention = found["“bullying.”"].speaker_mention
    assert mention is not None and mention.text == "She"


def test_plural_noun_after_a_possessive_is_no_verb_of_speech():
    """'... and her pledges to stand firm against its “bullying.”': "her pledges" is a noun
    phrase, no verb; nothing frames the short fragment as anyone's words: if the subject
    keeps it, it is at a scare quote's confidence, below that of the framed fragment."""
    text, sents = _rails_sentence("her", "bullying")
    found = {q.text: q for q in parsed_quotes(text, sents)}
    q = found.get("“bullying.”")
    assert q is None or q.confidence < 0.4
    text, sents = _rails_sentence("", "bullying")
    assert {q.text: q for q in parsed_quotes(text, sents)}["“bullying.”"].confidence > 0.5
