"""Known leads of earlier rounds, fixed: each on a short invented text (default path, or a
hand-parsed Document, see handparse.py)."""

from __future__ import annotations

from handparse import conllu

import quotetrack


def _speakers(text: str) -> dict[str, str | None]:
    """Each quote's text (its first words) and its speaker mention on the default path."""
    return {q.text[:30]: q.speaker_mention.text if q.speaker_mention else None
            for q in quotetrack.extract(text).quotes}


def test_dateline_closed_by_a_horizontal_bar_is_no_speaker():
    """'BRIMFIELD ― The administration announced ..., acknowledging that A': the horizontal
    bar closes the dateline as a dash does; the place is nobody's subject."""
    text = ("Agency Expands Program.\n\nBRIMFIELD ― The Harlow administration announced plans "
            "Tuesday to expand the program, acknowledging that the current system has not "
            "stopped people from entering the country.\n")
    found = _speakers(text)
    assert found["the current system has not sto"] == "The Harlow administration"


def test_agency_dateline_in_title_case_is_no_speaker_on_the_parse_path():
    """'Brimfield (AFP) – X has taken a swipe at Y, saying that “A” ...': the parse makes
    the place its root and hangs the rest from it; the participle's speaker is X, past the
    dateline, not the place."""
    text = ("Brimfield (AFP) – Democrat Jane Doe has taken a swipe at Tom Roe’s stance, saying "
            "that “bombastic comments” do more harm than good.")
    s = [("Brimfield", "Brimfield", "PROPN", 0, "root", "S-GPE"), ("(", "(", "PUNCT", 3, "punct"),
         ("AFP", "AFP", "PROPN", 1, "appos", "S-ORG"), (")", ")", "PUNCT", 3, "punct"),
         ("–", "--", "PUNCT", 1, "punct"), ("Democrat", "Democrat", "PROPN", 8, "compound"),
         ("Jane", "Jane", "PROPN", 8, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 1, "dep", "E-PERSON"), ("has", "have", "AUX", 10, "aux"),
         ("taken", "take", "VERB", 8, "acl:relcl"), ("a", "a", "DET", 12, "det"),
         ("swipe", "swipe", "NOUN", 10, "obj"), ("at", "at", "ADP", 16, "case"),
         ("Tom", "Tom", "PROPN", 15, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 16, "nmod:poss", "E-PERSON"), ("’s", "'s", "PART", 15, "case"),
         ("stance", "stance", "NOUN", 1, "dep"), (",", ",", "PUNCT", 17, "punct"),
         ("saying", "say", "VERB", 17, "acl"), ("that", "that", "ADP", 25, "mark"),
         ("“", "``", "PUNCT", 25, "punct"), ("bombastic", "bombastic", "ADJ", 23, "amod"),
         ("comments", "comment", "NOUN", 25, "nsubj"), ("”", "''", "PUNCT", 25, "punct"),
         ("do", "do", "VERB", 19, "ccomp"), ("more", "more", "ADJ", 27, "amod"),
         ("harm", "harm", "NOUN", 25, "obj"), ("than", "than", "ADP", 29, "case"),
         ("good", "good", "ADJ", 25, "advcl"), (".", ".", "PUNCT", 1, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s]))
    quotes = quotetrack.attribute_document(doc).quotes
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert [q.speaker_mention.text for q in mixed] == ["Democrat Jane Doe"]


def test_fragment_in_a_that_clause_after_a_set_off_phrase_is_the_reporters():
    """'X may have thought that, for a fee, they might ... the “fabulous” deals': with no
    frame of its own, the fragment in the "that" clause of a reporting verb is the
    reporter's, as a parse's climb finds, not the clause's own subject's."""
    text = ("Some students may have thought that, for $35,000, they might meet Tom Roe, or even "
            "have him speak to them about the \"fabulous\" deals.\n")
    assert _speakers(text)['"fabulous"'] == "Some students"


def _mentions(text: str) -> list[tuple[str, int]]:
    """Each direct or mixed quote's speaker mention (text, start) on the default path."""
    return [(q.speaker_mention.text, q.speaker_mention.start) if q.speaker_mention else ("", -1)
            for q in quotetrack.extract(text).quotes if q.kind != "indirect"]


def test_quote_framed_on_both_sides_is_the_lead_ins():
    """'Asked about it, X said “A,” she said. “B.”': the quote framed twice is the lead-in
    subject's; the quote after it goes on with the nearer frame's "she"."""
    text = ("Asked Tuesday about the memo, Jane Doe said \"I don't know anything about the "
            "memo,\" she said. \"I've never heard of it.\"\n")
    assert _mentions(text) == [("Jane Doe", 30), ("she", 84)]


def test_quote_after_a_lead_in_with_no_subject_of_its_own_keeps_its_closing_frame():
    """'X said A but added, “B,” X said': the lead-in verb shares a subject far back; the
    closing frame speaks the quote."""
    text = ("Tom Roe said in politics it takes time but added, \"I strongly support Jane Doe,\" "
            "Roe said.\n")
    assert [m for m, _ in _mentions(text)] == ["Roe"]


def test_final_cue_a_parse_read_as_a_noun_frames_the_clause():
    """'A, the Brimfield Courier reports.': a parser may read the sentence-final "reports"
    after the outlet as a plural noun; it is the frame's verb all the same."""
    text = "Fans at the game chanted for the coach, the Brimfield Courier reports."
    s = [("Fans", "fan", "NOUN", 4, "nsubj"), ("at", "at", "ADP", 3, "case"),
         ("the", "the", "DET", 3, "det"), ("game", "game", "NOUN", 1, "nmod"),
         ("chanted", "chant", "VERB", 0, "root"), ("for", "for", "ADP", 7, "case"),
         ("the", "the", "DET", 7, "det"), ("coach", "coach", "NOUN", 4, "obl"),
         (",", ",", "PUNCT", 4, "punct"), ("the", "the", "DET", 12, "det"),
         ("Brimfield", "Brimfield", "PROPN", 12, "compound", "B-ORG"),
         ("Courier", "Courier", "PROPN", 13, "compound", "E-ORG"),
         ("reports", "report", "NOUN", 4, "parataxis"), (".", ".", "PUNCT", 4, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s]))
    found = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
             for q in quotetrack.attribute_document(doc).quotes]
    assert found == [("Fans at the game chanted for the coach", "the Brimfield Courier")]


def test_verb_of_criticism_in_s_after_a_name_is_a_verb():
    """'Roe assails in scoffing prose what she calls the “lie”': "assails" looks like a
    plural noun ("emails", "officials") but is a verb; its subject, not the "she" of the
    free relative, speaks the fragments."""
    text = ("“The poor are in thrall to a selfish culture,” writes Jane Roe, a columnist at the "
            "Brimfield Review. Roe assails in scoffing prose what she calls the “immoral” “lie” "
            "of the moment.\n")
    found = _speakers(text)
    assert found["“immoral”"] == found["“lie”"] == "Roe"


def test_article_after_a_noun_opens_a_noun_phrase_of_its_own():
    """'X mentioned Y, and at one point the crowd reprised the chant “...”': "one point the
    crowd" is no noun phrase; the prepositional phrase ends at "point" and the crowd, the
    later clause's subject, chants the quote."""
    text = ("Boos rained down when Tom Roe mentioned the former governor, and at one point the "
            "crowd loudly reprised the caustic chant “Lock her up! Lock her up!” that ricocheted "
            "through the arena.\n")
    assert _speakers(text)["“Lock her up! Lock her up!”"] == "the crowd"


def test_pronoun_prefers_a_known_gender_to_an_object_of_unknown_gender():
    """'Mayor Jane Doe spoke. The band played a song written by Robin Varga. “...,” she
    said.': the nearest person, of unknown gender and no subject, gives way to the woman
    named a sentence before (the resolved name, not the mention, changes)."""
    text = ("Mayor Jane Doe spoke at the rally on Monday. The crowd cheered when the band played "
            "a song written by Robin Varga. “We will win this fight,” she said.\n")
    quote = quotetrack.extract(text).quotes[0]
    assert quote.speaker_mention.text == "she"
    assert quote.speaker.name == "Jane Doe"
