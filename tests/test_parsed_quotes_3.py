"""Parse-path quotes, round twenty-two: quotes the default path gets right and the parsed
path got wrong because of the parse's own errors -- a surname read as another word, a
speech verb read as a plural noun, a quoted term read as the subject's words (hand-written
parses in the shape CoreNLP's converted UD gives them)."""

from __future__ import annotations

from findings import parsed_quotes
from handparse import conllu

import quotetrack
from quotetrack.tokens import Words


def _words(text: str, sentences: list[list[tuple]]) -> Words:
    return Words(quotetrack.from_conllu(text, conllu(text, sentences)))


# --------------------------------------------------------------------------------------
# A surname the parse read as a preposition, auxiliary or adjective
# --------------------------------------------------------------------------------------

def _surname_sentence(name: str, upos: str, deprel: str) -> tuple[str, list[list[tuple]]]:
    """'“The budget holds up,” NAME said.' with NAME read as ``upos`` hanging from "said"
    as ``deprel`` (no subject for "said")."""
    text = f"“The budget holds up,” {name} said."
    s = [("“", "“", "PUNCT", 4, "punct"), ("The", "the", "DET", 3, "det"),
         ("budget", "budget", "NOUN", 4, "nsubj"), ("holds", "hold", "VERB", 9, "ccomp"),
         ("up", "up", "ADP", 4, "compound:prt"), (",", ",", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct"), (name, name.lower(), upos, 9, deprel),
         ("said", "say", "VERB", 0, "root"), (".", ".", "PUNCT", 9, "punct")]
    return text, [s]


def test_surname_read_as_a_preposition_speaks():
    """'“The budget holds up,” From said.': the parse makes "From" a preposition marking
    "said", which is left without a subject; the surname is the speaker."""
    text, sents = _surname_sentence("From", "ADP", "mark")
    quotes = parsed_quotes(text, sents)
    assert [q.text for q in quotes] == ["“The budget holds up,”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "From"


def test_surname_read_as_an_auxiliary_or_adjective_speaks():
    """The same with "Will" read as an auxiliary and "Long" as an adjective."""
    for name, upos, deprel in (("Will", "AUX", "aux"), ("Long", "ADJ", "dep")):
        text, sents = _surname_sentence(name, upos, deprel)
        quotes = parsed_quotes(text, sents)
        assert quotes[0].speaker_mention is not None, name
        assert quotes[0].speaker_mention.text == name
        assert quotes[0].reason == "cue governs quote (parse)"  # the parse's subject now


def test_subordinator_before_a_participle_is_no_surname():
    """'As reported by the Sun, ...' and 'Having said that, ...': an opening subordinator
    or auxiliary before a reporting participle stays what it is; so does a title-case
    headline verb ("Doe Just Said No")."""
    text = "As reported by the Sun, the mayor left."
    s = [("As", "as", "ADP", 2, "mark"), ("reported", "report", "VERB", 7, "advcl"),
         ("by", "by", "ADP", 5, "case"), ("the", "the", "DET", 5, "det"),
         ("Sun", "Sun", "PROPN", 2, "obl"), (",", ",", "PUNCT", 2, "punct"),
         ("the", "the", "DET", 7, "det"), ("mayor", "mayor", "NOUN", 8, "nsubj"),
         ("left", "leave", "VERB", 0, "root"), (".", ".", "PUNCT", 8, "punct")]
    ws = _words(text, [s]).words
    assert (ws[0].upos, ws[0].deprel) == ("ADP", "mark")
    text = "(Having said that, some economists disagree.)"
    s = [("(", "(", "PUNCT", 8, "punct"), ("Having", "have", "AUX", 3, "aux"),
         ("said", "say", "VERB", 8, "advcl"), ("that", "that", "PRON", 3, "obj"),
         (",", ",", "PUNCT", 8, "punct"), ("some", "some", "DET", 7, "det"),
         ("economists", "economist", "NOUN", 8, "nsubj"),
         ("disagree", "disagree", "VERB", 0, "root"),
         (".", ".", "PUNCT", 8, "punct"), (")", ")", "PUNCT", 8, "punct")]
    ws = _words(text, [s]).words
    assert (ws[1].upos, ws[1].deprel) == ("AUX", "aux")
    text = "Doe Just Said No"
    s = [("Doe", "Doe", "PROPN", 3, "nsubj"), ("Just", "just", "ADV", 3, "advmod"),
         ("Said", "say", "VERB", 0, "root"), ("No", "no", "INTJ", 3, "obj")]
    ws = _words(text, [s]).words
    assert ws[1].upos == "ADV"


def test_surname_rule_leaves_a_verb_with_a_subject():
    """'“...,” Ann Long said.': "said" has its subject; nothing is re-read."""
    text = "“The budget holds up,” Ann Long said."
    s = [("“", "“", "PUNCT", 4, "punct"), ("The", "the", "DET", 3, "det"),
         ("budget", "budget", "NOUN", 4, "nsubj"), ("holds", "hold", "VERB", 10, "ccomp"),
         ("up", "up", "ADP", 4, "compound:prt"), (",", ",", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct"), ("Ann", "Ann", "PROPN", 9, "compound", "B-PERSON"),
         ("Long", "Long", "ADJ", 10, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         (".", ".", "PUNCT", 10, "punct")]
    ws = _words(text, [s]).words
    assert ws[8].upos == "ADJ"
    quotes = parsed_quotes(text, [s])
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Ann Long"


# --------------------------------------------------------------------------------------
# A speech verb read as a plural noun before a colon
# --------------------------------------------------------------------------------------

def test_speech_verb_read_as_a_noun_before_a_colon_frames_the_quote():
    """'Rents rose, as the Acme Institute website notes: “Costs doubled in a year.”': the
    parse reads "notes" as a plural noun with "the Acme Institute website" hung on it; the
    website's words, as on the default path."""
    text = "Rents rose, as the Acme Institute website notes: “Costs doubled in a year.”"
    s = [("Rents", "rent", "NOUN", 2, "nsubj"), ("rose", "rise", "VERB", 0, "root"),
         (",", ",", "PUNCT", 2, "punct"), ("as", "as", "ADP", 9, "case"),
         ("the", "the", "DET", 9, "det"), ("Acme", "Acme", "PROPN", 9, "compound", "B-ORG"),
         ("Institute", "Institute", "PROPN", 9, "compound", "E-ORG"),
         ("website", "website", "NOUN", 9, "compound"), ("notes", "note", "NOUN", 2, "obl"),
         (":", ":", "PUNCT", 2, "punct"), ("“", "“", "PUNCT", 13, "punct"),
         ("Costs", "cost", "NOUN", 13, "nsubj"), ("doubled", "double", "VERB", 2, "parataxis"),
         ("in", "in", "ADP", 16, "case"), ("a", "a", "DET", 16, "det"),
         ("year", "year", "NOUN", 13, "obl"), (".", ".", "PUNCT", 13, "punct"),
         ("”", "”", "PUNCT", 13, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.text for q in quotes] == ["“Costs doubled in a year.”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "the Acme Institute website"


def test_plural_noun_before_a_colon_stays_a_noun():
    """'The plan covers three states: Ohio, Iowa and Utah.' and a heading 'Notes: ...':
    "states" is no speech verb's form for this rule, "Notes" opens its sentence."""
    text = "The plan covers three states: Ohio and Iowa."
    s = [("The", "the", "DET", 2, "det"), ("plan", "plan", "NOUN", 3, "nsubj"),
         ("covers", "cover", "VERB", 0, "root"), ("three", "three", "NUM", 5, "nummod"),
         ("states", "state", "NOUN", 3, "obj"), (":", ":", "PUNCT", 5, "punct"),
         ("Ohio", "Ohio", "PROPN", 5, "appos"), ("and", "and", "CCONJ", 9, "cc"),
         ("Iowa", "Iowa", "PROPN", 7, "conj"), (".", ".", "PUNCT", 3, "punct")]
    ws = _words(text, [s]).words
    assert ws[4].upos == "NOUN"
    text = "Field notes: rain all week."
    s = [("Field", "field", "NOUN", 2, "compound"), ("notes", "note", "NOUN", 0, "root"),
         (":", ":", "PUNCT", 2, "punct"), ("rain", "rain", "NOUN", 2, "appos"),
         ("all", "all", "DET", 6, "det"), ("week", "week", "NOUN", 4, "obl:tmod"),
         (".", ".", "PUNCT", 2, "punct")]
    ws = _words(text, [s]).words
    assert ws[1].upos == "NOUN"


# --------------------------------------------------------------------------------------
# A short quoted term inside the subject's own noun phrase
# --------------------------------------------------------------------------------------

def test_term_inside_the_subject_phrase_is_nobodys_quote():
    """'Jane Doe and Ann Roe, both from the “undercard,” rallied in Ohio.': the parse hangs
    the term inside the subject's phrase; the subject did not say it (the default path
    does not credit it either)."""
    text = "Jane Doe and Ann Roe, both from the “undercard,” rallied in Ohio."
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 14, "nsubj", "E-PERSON"), ("and", "and", "CCONJ", 5, "cc"),
         ("Ann", "Ann", "PROPN", 5, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 2, "conj", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("both", "both", "DET", 2, "appos"), ("from", "from", "ADP", 11, "case"),
         ("the", "the", "DET", 11, "det"), ("“", "“", "PUNCT", 11, "punct"),
         ("undercard", "undercard", "NOUN", 7, "nmod"), (",", ",", "PUNCT", 11, "punct"),
         ("”", "”", "PUNCT", 11, "punct"), ("rallied", "rally", "VERB", 0, "root"),
         ("in", "in", "ADP", 16, "case"), ("Ohio", "Ohio", "PROPN", 14, "obl", "S-GPE"),
         (".", ".", "PUNCT", 14, "punct")]
    quotes = parsed_quotes(text, [s])
    assert all(q.speaker_mention is None for q in quotes)


def test_term_in_the_predicate_is_still_the_subjects():
    """'Jane Doe called the plan an “undercard.”': the term hangs in the predicate, under a
    naming verb: her words."""
    text = "Jane Doe called the plan an “undercard.”"
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"), ("called", "call", "VERB", 0, "root"),
         ("the", "the", "DET", 5, "det"), ("plan", "plan", "NOUN", 3, "obj"),
         ("an", "a", "DET", 8, "det"), ("“", "“", "PUNCT", 8, "punct"),
         ("undercard", "undercard", "NOUN", 3, "xcomp"), (".", ".", "PUNCT", 3, "punct"),
         ("”", "”", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.text for q in quotes] == ["“undercard.”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Jane Doe"


def test_exclamation_inside_the_subject_phrase_is_kept():
    """'Jane Doe, author of the post “Big win!” left early.': an exclamation inside the
    subject's phrase is no term; the rule leaves it to the subject, as before."""
    text = "Jane Doe, author of the post “Big win!” left early."
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 13, "nsubj", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("author", "author", "NOUN", 2, "appos"), ("of", "of", "ADP", 7, "case"),
         ("the", "the", "DET", 7, "det"), ("post", "post", "NOUN", 4, "nmod"),
         ("“", "“", "PUNCT", 10, "punct"), ("Big", "big", "ADJ", 10, "amod"),
         ("win", "win", "NOUN", 7, "appos"), ("!", "!", "PUNCT", 10, "punct"),
         ("”", "”", "PUNCT", 10, "punct"), ("left", "leave", "VERB", 0, "root"),
         ("early", "early", "ADV", 13, "advmod"), (".", ".", "PUNCT", 13, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.text for q in quotes] == ["“Big win!”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Jane Doe"


def test_past_form_read_as_an_adjective_before_a_quote_frames_it():
    """'Another tweeted, “The rules bind us all.”': the parse reads "tweeted" as an
    adjective; a verb after a pronoun-like determiner, its subject the speaker."""
    text = "Another tweeted, “The rules bind us all.”"
    s = [("Another", "another", "DET", 2, "det"), ("tweeted", "tweeted", "ADJ", 7, "ccomp"),
         (",", ",", "PUNCT", 7, "punct"), ("“", "“", "PUNCT", 7, "punct"),
         ("The", "the", "DET", 6, "det"), ("rules", "rule", "NOUN", 7, "nsubj"),
         ("bind", "bind", "VERB", 0, "root"), ("us", "we", "PRON", 7, "obj"),
         ("all", "all", "DET", 8, "det"), (".", ".", "PUNCT", 7, "punct"),
         ("”", "”", "PUNCT", 7, "punct")]
    ws = _words(text, [s]).words
    assert (ws[1].upos, ws[0].deprel, ws[0].head) == ("VERB", "nsubj", 1)
    quotes = parsed_quotes(text, [s])
    assert [q.text for q in quotes] == ["“The rules bind us all.”"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Another"


def test_participle_after_an_article_before_a_quote_stays():
    """'the alleged “plot”': a participle after an article is the noun's modifier."""
    text = "Police foiled the alleged “plot” on Monday."
    s = [("Police", "police", "NOUN", 2, "nsubj"), ("foiled", "foil", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("alleged", "alleged", "ADJ", 6, "amod"),
         ("“", "“", "PUNCT", 6, "punct"), ("plot", "plot", "NOUN", 2, "obj"),
         ("”", "”", "PUNCT", 6, "punct"), ("on", "on", "ADP", 9, "case"),
         ("Monday", "Monday", "PROPN", 2, "obl"), (".", ".", "PUNCT", 2, "punct")]
    ws = _words(text, [s]).words
    assert (ws[3].upos, ws[2].deprel) == ("ADJ", "det")


def test_speech_verb_read_as_a_noun_after_a_set_off_name_frames_the_clause():
    """'Voters, Doe notes, distrust the plan.': "notes" read as a noun in apposition; a
    name set off by commas before it makes it a parenthetical frame: Doe's statement."""
    text = "Voters, Doe notes, distrust the plan."
    s = [("Voters", "voter", "NOUN", 6, "nsubj"), (",", ",", "PUNCT", 1, "punct"),
         ("Doe", "Doe", "PROPN", 4, "compound", "S-PERSON"),
         ("notes", "note", "NOUN", 1, "appos"), (",", ",", "PUNCT", 1, "punct"),
         ("distrust", "distrust", "VERB", 0, "root"), ("the", "the", "DET", 8, "det"),
         ("plan", "plan", "NOUN", 6, "obj"), (".", ".", "PUNCT", 6, "punct")]
    ws = _words(text, [s]).words
    assert ws[3].upos == "VERB"
    got = parsed_quotes(text, [s], kinds=("indirect",))
    assert [(q.speaker_mention.text if q.speaker_mention else None) for q in got] == ["Doe"]


def test_noun_in_a_list_after_a_comma_stays_a_noun():
    """'maps, field notes, and photos': a noun in a list, no name before it."""
    text = "She kept maps, field notes, and photos."
    s = [("She", "she", "PRON", 2, "nsubj"), ("kept", "keep", "VERB", 0, "root"),
         ("maps", "map", "NOUN", 2, "obj"), (",", ",", "PUNCT", 6, "punct"),
         ("field", "field", "NOUN", 6, "compound"), ("notes", "note", "NOUN", 3, "conj"),
         (",", ",", "PUNCT", 9, "punct"), ("and", "and", "CCONJ", 9, "cc"),
         ("photos", "photo", "NOUN", 3, "conj"), (".", ".", "PUNCT", 2, "punct")]
    ws = _words(text, [s]).words
    assert ws[5].upos == "NOUN"


def test_person_named_in_a_clause_before_an_opening_quote_paragraph_speaks():
    """'What “fix it” means is left to voters, since Jane Doe spoke only in slogans.' and
    then a paragraph that is one quote: the parse makes a clause the sentence's subject;
    read on the surface, the person named there speaks, as on the default path."""
    text = ("What “fix it” means is left to voters, since Jane Doe spoke only in slogans.\n\n"
            "“We have to do something.”")
    s1 = [("What", "what", "PRON", 6, "nsubj"), ("“", "“", "PUNCT", 3, "punct"),
          ("fix", "fix", "VERB", 6, "ccomp"), ("it", "it", "PRON", 3, "obj"),
          ("”", "”", "PUNCT", 3, "punct"), ("means", "mean", "VERB", 8, "csubj:pass"),
          ("is", "be", "AUX", 8, "aux:pass"), ("left", "leave", "VERB", 0, "root"),
          ("to", "to", "ADP", 10, "case"), ("voters", "voter", "NOUN", 8, "obl"),
          (",", ",", "PUNCT", 8, "punct"), ("since", "since", "SCONJ", 15, "mark"),
          ("Jane", "Jane", "PROPN", 14, "compound", "B-PERSON"),
          ("Doe", "Doe", "PROPN", 15, "nsubj", "E-PERSON"), ("spoke", "speak", "VERB", 8, "advcl"),
          ("only", "only", "ADV", 18, "advmod"), ("in", "in", "ADP", 18, "case"),
          ("slogans", "slogan", "NOUN", 15, "obl"), (".", ".", "PUNCT", 8, "punct")]
    s2 = [("“", "“", "PUNCT", 3, "punct"), ("We", "we", "PRON", 3, "nsubj"),
          ("have", "have", "VERB", 0, "root"), ("to", "to", "PART", 5, "mark"),
          ("do", "do", "VERB", 3, "xcomp"), ("something", "something", "PRON", 5, "obj"),
          (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    quotes = [q for q in parsed_quotes(text, [s1, s2]) if q.text == "“We have to do something.”"]
    assert len(quotes) == 1
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "Jane Doe"
