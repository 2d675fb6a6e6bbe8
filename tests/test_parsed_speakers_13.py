"""Parse-path speakers, round twenty-two (h45-nsp): quotes the parse leaves with no speaker
where the words before them name one (see findings.parsed_quotes for the hand-written
parses), and fragments in a block quotation set out after a lead-in paragraph."""

from __future__ import annotations

from findings import direct_speakers, parsed_quotes
from handparse import conllu

import quotetrack
from quotetrack.tokens import Words


def _speaker(text: str, sentences: list[list[tuple]], piece: str) -> str | None:
    quote = next(q for q in parsed_quotes(text, sentences) if piece in q.text)
    return quote.speaker_mention.text if quote.speaker_mention is not None else None


def _reason(text: str, sentences: list[list[tuple]], piece: str) -> str:
    return next(q for q in parsed_quotes(text, sentences) if piece in q.text).reason


# "to state" read as a noun after the tagger's own infinitival "to", hung from the relative
# clause; the quote hangs from it
_STATE_TEXT = ("That streak prompted the Acme Institute, which tracks county votes, to state, "
               "“Elm County has picked every winner since 1960.”")


def _state_parse(to_tag: str) -> list[tuple]:
    return [("That", "that", "DET", 2, "det"), ("streak", "streak", "NOUN", 3, "nsubj"),
            ("prompted", "prompt", "VERB", 0, "root"), ("the", "the", "DET", 6, "det"),
            ("Acme", "Acme", "PROPN", 6, "compound", "B-ORG"),
            ("Institute", "Institute", "PROPN", 3, "obj", "E-ORG"),
            (",", ",", "PUNCT", 9, "punct"), ("which", "which", "PRON", 9, "nsubj"),
            ("tracks", "track", "VERB", 6, "acl:relcl"),
            ("county", "county", "NOUN", 11, "compound"),
            ("votes", "vote", "NOUN", 9, "obj"), (",", ",", "PUNCT", 9, "punct"),
            ("to", "to", to_tag, 14, "case"), ("state", "state", "NOUN", 9, "obl"),
            (",", ",", "PUNCT", 14, "punct"), ("“", "“", "PUNCT", 20, "punct"),
            ("Elm", "Elm", "PROPN", 18, "compound"), ("County", "County", "PROPN", 20, "nsubj"),
            ("has", "have", "AUX", 20, "aux"), ("picked", "pick", "VERB", 14, "dep"),
            ("every", "every", "DET", 22, "det"), ("winner", "winner", "NOUN", 20, "obj"),
            ("since", "since", "ADP", 24, "case"), ("1960", "1960", "NUM", 20, "obl"),
            (".", ".", "PUNCT", 20, "punct"), ("”", "”", "PUNCT", 20, "punct")]


def test_infinitive_read_as_a_noun_before_a_quote():
    """'That streak prompted the Acme Institute, which tracks county votes, to state, “...”':
    the parse tags "to" as the infinitive's particle but "state" as a noun it hangs the
    quote from; the verb stands, and the surface reading names the institute."""
    assert _speaker(_STATE_TEXT, [_state_parse("PART")], "Elm County") == "Acme Institute"


def test_infinitive_read_as_a_noun_is_a_verb_again():
    """The word "state" after the particle "to" and before the quote is read as a verb."""
    words = Words(quotetrack.from_conllu(_STATE_TEXT, conllu(_STATE_TEXT, [_state_parse("PART")])))
    assert next(w for w in words.words if w.text == "state").upos == "VERB"


def test_noun_after_a_preposition_stays_a_noun():
    """"to" tagged a preposition: "state" after it is the noun the tagger read."""
    words = Words(quotetrack.from_conllu(_STATE_TEXT, conllu(_STATE_TEXT, [_state_parse("ADP")])))
    assert next(w for w in words.words if w.text == "state").upos == "NOUN"


_TELLING_TEXT = ("Jane Doe emailed her aunt, addressing her as “Auntie” and telling her, "
                 "“You are a star and we need you!”")
_TELLING_PARSE = [
    ("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
    ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"), ("emailed", "email", "VERB", 21, "dep"),
    ("her", "her", "PRON", 5, "nmod:poss"), ("aunt", "aunt", "NOUN", 3, "obj"),
    (",", ",", "PUNCT", 7, "punct"), ("addressing", "address", "VERB", 3, "advcl"),
    ("her", "her", "PRON", 7, "obj"), ("as", "as", "ADP", 11, "case"),
    ("“", "“", "PUNCT", 11, "punct"), ("Auntie", "Auntie", "PROPN", 7, "obl"),
    ("”", "”", "PUNCT", 11, "punct"), ("and", "and", "CCONJ", 14, "cc"),
    ("telling", "tell", "VERB", 7, "conj"), ("her", "her", "PRON", 14, "obj"),
    (",", ",", "PUNCT", 21, "punct"), ("“", "“", "PUNCT", 21, "punct"),
    ("You", "you", "PRON", 21, "nsubj"), ("are", "be", "AUX", 21, "cop"),
    ("a", "a", "DET", 21, "det"), ("star", "star", "NOUN", 0, "root"),
    ("and", "and", "CCONJ", 24, "cc"), ("we", "we", "PRON", 24, "nsubj"),
    ("need", "need", "VERB", 21, "conj"), ("you", "you", "PRON", 24, "obj"),
    ("!", "!", "PUNCT", 21, "punct"), ("”", "”", "PUNCT", 21, "punct")]


def test_whole_quote_after_a_participle_the_parse_hangs_below_it():
    """'Jane Doe emailed her aunt, addressing her as “Auntie” and telling her, “You are a star
    ...!”': the parse makes the quote the root and hangs the frame below it, so no cue
    governs the quote, and the quoted name cuts the lead-in short; the surface reading of
    the clause, with its verb of speech, names Jane Doe."""
    assert _speaker(_TELLING_TEXT, [_TELLING_PARSE], "You are a star") == "Jane Doe"


_HEADLINE_TEXT = ("Consider this headline from the Post, which hits readers where they live: "
                  "“Crime rises in the city.”")
_HEADLINE_PARSE = [
    ("Consider", "consider", "VERB", 0, "root"), ("this", "this", "DET", 3, "det"),
    ("headline", "headline", "NOUN", 1, "obj"), ("from", "from", "ADP", 6, "case"),
    ("the", "the", "DET", 6, "det"), ("Post", "Post", "PROPN", 3, "nmod", "S-ORG"),
    (",", ",", "PUNCT", 9, "punct"), ("which", "which", "PRON", 9, "nsubj"),
    ("hits", "hit", "VERB", 6, "acl:relcl"), ("readers", "reader", "NOUN", 9, "obj"),
    ("where", "where", "ADV", 13, "advmod"), ("they", "they", "PRON", 13, "nsubj"),
    ("live", "live", "VERB", 9, "advcl"), (":", ":", "PUNCT", 1, "punct"),
    ("“", "“", "PUNCT", 17, "punct"), ("Crime", "crime", "NOUN", 17, "nsubj"),
    ("rises", "rise", "VERB", 1, "parataxis"), ("in", "in", "ADP", 20, "case"),
    ("the", "the", "DET", 20, "det"), ("city", "city", "NOUN", 17, "obl"),
    (".", ".", "PUNCT", 17, "punct"), ("”", "”", "PUNCT", 17, "punct")]


def test_whole_quote_after_a_lead_in_with_no_verb_of_speech():
    """'... which hits readers where they live: “Crime rises in the city.”': a pronoun in
    the lead-in with no verb of speech after it did not say the headline."""
    assert _speaker(_HEADLINE_TEXT, [_HEADLINE_PARSE], "Crime rises") != "they"


_SURNAME_TEXT = ("Tom Reed met voters on Monday.\n\n"
                 "The plan is unclear, since {name} spoke only in vague terms.\n\n"
                 "“We have to do something.”")


def _surname_parse(name: str, ner: str) -> list[list[tuple]]:
    return [
        [("Tom", "Tom", "PROPN", 2, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 3, "nsubj", "E-PERSON"), ("met", "meet", "VERB", 0, "root"),
         ("voters", "voter", "NOUN", 3, "obj"), ("on", "on", "ADP", 6, "case"),
         ("Monday", "Monday", "PROPN", 3, "obl", "S-DATE"), (".", ".", "PUNCT", 3, "punct")],
        [("The", "the", "DET", 2, "det"), ("plan", "plan", "NOUN", 4, "nsubj"),
         ("is", "be", "AUX", 4, "cop"), ("unclear", "unclear", "ADJ", 0, "root"),
         (",", ",", "PUNCT", 8, "punct"), ("since", "since", "SCONJ", 8, "mark"),
         (name, name, "PROPN", 8, "nsubj", ner), ("spoke", "speak", "VERB", 4, "advcl"),
         ("only", "only", "ADV", 12, "advmod"), ("in", "in", "ADP", 12, "case"),
         ("vague", "vague", "ADJ", 12, "amod"), ("terms", "term", "NOUN", 8, "obl"),
         (".", ".", "PUNCT", 4, "punct")],
        [("“", "“", "PUNCT", 3, "punct"), ("We", "we", "PRON", 3, "nsubj"),
         ("have", "have", "VERB", 0, "root"), ("to", "to", "PART", 5, "mark"),
         ("do", "do", "VERB", 3, "xcomp"), ("something", "something", "PRON", 5, "obj"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]]


def test_surname_the_tagger_took_for_an_organisation_opens_a_paragraph_of_quotes():
    """'The plan is unclear, since Reed spoke only in vague terms.\\n\\n“We have to do
    something.”': the tagger calls "Reed" an organisation there, but Tom Reed is a person
    of the story; the paragraph of quotes is his."""
    text = _SURNAME_TEXT.format(name="Reed")
    assert _speaker(text, _surname_parse("Reed", "S-ORG"), "We have to") == "Reed"


def test_organisation_no_person_goes_by_opens_no_paragraph_of_quotes():
    """The same with "Acme", which no person of the story is called: no one named just
    before speaks the paragraph."""
    text = _SURNAME_TEXT.format(name="Acme")
    assert _reason(text, _surname_parse("Acme", "S-ORG"), "We have to") != \
        "person named just before"


def test_fragment_in_a_block_quotation_after_a_lead_in():
    """'In a post on his site, Tom Reed wrote:\n\nThe county needs a recount, and we must
    stop this “rigged from the start” vote now.': the paragraph after the lead-in is his
    block quotation, with no marks; the fragment quoted in it is his, not the "we" of its
    clause."""
    text = ("In a post on his site, Tom Reed wrote:\n\n"
            "The county needs a recount, and we must stop this “rigged from the start” vote now.")
    assert direct_speakers(text)["rigged from the start"] == "Tom Reed"
    s1 = [("In", "in", "ADP", 3, "case"), ("a", "a", "DET", 3, "det"),
          ("post", "post", "NOUN", 10, "obl"), ("on", "on", "ADP", 6, "case"),
          ("his", "his", "PRON", 6, "nmod:poss"), ("site", "site", "NOUN", 3, "nmod"),
          (",", ",", "PUNCT", 10, "punct"), ("Tom", "Tom", "PROPN", 9, "compound", "B-PERSON"),
          ("Reed", "Reed", "PROPN", 10, "nsubj", "E-PERSON"), ("wrote", "write", "VERB", 0, "root"),
          (":", ":", "PUNCT", 10, "punct")]
    s2 = [("The", "the", "DET", 2, "det"), ("county", "county", "NOUN", 3, "nsubj"),
          ("needs", "need", "VERB", 0, "root"), ("a", "a", "DET", 5, "det"),
          ("recount", "recount", "NOUN", 3, "obj"), (",", ",", "PUNCT", 10, "punct"),
          ("and", "and", "CCONJ", 10, "cc"), ("we", "we", "PRON", 10, "nsubj"),
          ("must", "must", "AUX", 10, "aux"), ("stop", "stop", "VERB", 3, "conj"),
          ("this", "this", "DET", 18, "det"), ("“", "“", "PUNCT", 13, "punct"),
          ("rigged", "rig", "VERB", 18, "amod"), ("from", "from", "ADP", 16, "case"),
          ("the", "the", "DET", 16, "det"), ("start", "start", "NOUN", 13, "obl"),
          ("”", "”", "PUNCT", 13, "punct"), ("vote", "vote", "NOUN", 10, "obj"),
          ("now", "now", "ADV", 10, "advmod"), (".", ".", "PUNCT", 3, "punct")]
    assert _speaker(text, [s1, s2], "rigged from the start") == "Tom Reed"


def test_fragment_after_a_lead_in_to_an_embedded_post_is_not_the_poster_s():
    """'Ann Roe tweeted the transcript for context:' and 'Ann Roe tweeted:' lead in a post
    a scraped page drops: the paragraph after them is the writer's, and Tom Reed, its
    subject, speaks the fragment in it."""
    for lead in ("Ann Roe tweeted the transcript for context:", "Ann Roe tweeted:"):
        text = lead + ("\n\nTom Reed is not the first man to call a vote “rigged from the "
                       "start” in this town.")
        assert direct_speakers(text)["rigged from the start"] == "Tom Reed", lead


def test_fragment_after_a_label_with_a_colon():
    """'Like the page:' is a label with no one speaking: the paragraph after it keeps the
    speaker its own clause names."""
    text = ("Like the page:\n\nTom Reed is not the first man to call a vote “rigged from the "
            "start” in this town.")
    assert direct_speakers(text)["rigged from the start"] == "Tom Reed"
