"""Part-of-speech tags of the model-free annotator, sixteenth round: a verb's -s form
after a clause's subject before the rest of its verb phrase; each test reads a short text
written for it."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate_tokens


def upos_of(text: str, word: str) -> str:
    """The tag the annotator gives the first token ``word`` of ``text``."""
    return next(d["upos"] for s in annotate_tokens(text) for d in s if d["text"] == word)


@pytest.mark.parametrize("text, word", [
    ("The new survey takes into account voters who moved, Jane Okafor said.", "takes"),
    ("The decision comes at a difficult time for the mayor.", "comes"),
    ("The group seeks to ban the tax, said Ann Lee, its director.", "seeks"),
    ("The meeting comes only a day before the vote.", "comes"),
    ("Ted Ruiz said his fortune exceeds $10 billion.", "exceeds"),
    ("Ann Lee said the new survey takes into account older voters.", "takes"),
])
def test_s_form_after_subject_before_verb_phrase_is_a_verb(text: str, word: str) -> None:
    """ "The new survey takes into account", "his fortune exceeds $10": an -s word after
    a clause's opening noun phrase (also right after "said") and before a preposition,
    adverb, number or symbol is the clause's verb."""
    assert upos_of(text, word) == "VERB"


@pytest.mark.parametrize("text, word", [
    ("The terrorist attacks in Lyon shocked the city, Ann Lee said.", "attacks"),
    ("The tax breaks for small firms were cut, Ann Lee said.", "breaks"),
    ("Senate aides also said the vote would slip.", "aides"),
    ("Ann Lee told the group leaders at the hall to wait.", "leaders"),
])
def test_plural_noun_heads_stay_nouns(text: str, word: str) -> None:
    """A plural noun heading a subject before a preposition that modifies nouns ("attacks
    in", "breaks for") or before an adverb and its verb ("aides also said") stays a noun."""
    assert upos_of(text, word) == "NOUN"


def test_clause_after_said_keeps_its_speaker() -> None:
    """ "Ted Ruiz ... said his fortune exceeds $10 billion": with "exceeds" a verb, the
    clause after "said" is the statement and Ted Ruiz its speaker (the clause was read as
    a speaker before)."""
    text = ("Ted Ruiz, an analyst at the Harlow Ledger, said his fortune exceeds "
            "$10 billion.")
    quotes = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
              for q in quotetrack.extract(text).quotes]
    assert quotes == [("his fortune exceeds $10 billion", "Ted Ruiz")]


@pytest.mark.parametrize("text, word", [
    ("Ann Lee recites the same campaign points, calling him a “fraud.”", "points"),
    ("Ann Lee endured the lewd jokes of her rivals.", "jokes"),
    ("Ted Ruiz penned the scathing remarks delivered by the mayor.", "remarks"),
])
def test_s_form_ending_an_object_is_a_noun(text: str, word: str) -> None:
    """ "recites the same campaign points,": a verb's -s form after a determiner, its
    modifiers and a singular noun, all after a verb that takes no clause, heads that
    verb's object: a noun."""
    assert upos_of(text, word) == "NOUN"


@pytest.mark.parametrize("text, word", [
    ("Footage from the game shows that the fans booed.", "shows"),
    ("A lawyer weighing a Senate race admits he will decide soon.", "admits"),
    ("Ann Lee said the campaign seeks a recount.", "seeks"),
])
def test_s_form_after_a_subject_modifier_stays_a_verb(text: str, word: str) -> None:
    """A noun phrase after a preposition or a participle may end a subject's modifier
    ("Footage from the game shows that"), and one after "said" opens its clause: the -s
    form after it stays the clause's verb."""
    assert upos_of(text, word) == "VERB"


def test_object_noun_is_not_a_speaker() -> None:
    """ "Ann Lee recites the same campaign points, calling him a “fraud.”": "points" is no
    verb of speech, so "the same campaign" does not speak the quote; Ann Lee does."""
    quotes = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
              for q in quotetrack.extract(
                  "Ann Lee recites the same campaign points, calling him a “fraud.”").quotes]
    assert quotes == [("“fraud.”", "Ann Lee")]


def test_capital_will_before_a_past_form_is_a_name() -> None:
    """ "Will described Ruiz as “...”": a modal never takes a past form, so a capital
    "Will" before one is the surname of the columnist named before, who speaks the quote;
    "Will voters care?" keeps its modal."""
    text = ("Columnist Peter Will spoke on Monday. Will described Ted Ruiz as “a menace to "
            "the party.” Will voters care?")
    wills = [(d["upos"], d["ner"]) for s in annotate_tokens(text) for d in s
             if d["text"] == "Will"]
    assert wills == [("PROPN", "E-PERSON"), ("PROPN", "S-PERSON"), ("AUX", "O")]
    quotes = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
              for q in quotetrack.extract(text).quotes]
    assert quotes == [("“a menace to the party.”", "Will")]


@pytest.mark.parametrize("text, word, upos", [
    ("Ted Ruiz said people misunderstand Jane Okafor.", "misunderstand", "VERB"),
    ("Ted Ruiz said voters distrust Jane Okafor.", "distrust", "VERB"),
    # a title or role before a name is the name's modifier, not a verb
    ("Ted Ruiz said communications director Jane Okafor would resign.", "director", "NOUN"),
    ("The plan drew fire, local news affiliate Harlow Seven reported.", "affiliate", "NOUN"),
])
def test_base_verb_between_plural_subject_and_name(text: str, word: str, upos: str) -> None:
    """ "said people misunderstand Jane Okafor": an unlisted word between a plural noun and
    a name is the verb whose object the name is, unless it is a title or role word, or the
    noun before it is the singular "news"."""
    assert upos_of(text, word) == upos


def test_clause_with_name_object_after_said_is_a_statement() -> None:
    """ "The coach said people misunderstand Jane Okafor.": the clause after "said" is a
    statement of the coach."""
    quotes = [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in
              quotetrack.extract("Coach Ted Ruiz said people misunderstand Jane Okafor.").quotes]
    assert quotes == [("people misunderstand Jane Okafor", "Coach Ted Ruiz")]
