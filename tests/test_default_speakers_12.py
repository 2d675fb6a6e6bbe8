"""Speakers on the model-free path, twenty-second round: the name a role is set off after,
not a name inside the role; nationality words that modify a thing; "a Doe win".

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import said, upos

import quotetrack


def _speaker(text: str, piece: str) -> tuple[str | None, str | None]:
    """(mention, speaker name) of the quote or statement of ``text`` that holds ``piece``."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes if piece in q.text]
    assert found, piece
    return found[0]


# --- a role set off after a name, whose preposition governs another name ----------------

@pytest.mark.parametrize("text, piece, speaker", [
    # the role ends in a name it is "for" or "of": the name before the comma speaks
    ('Tom Dale, a spokesman for Mayor Ann Lee, said, “We have not been briefed.”',
     "briefed", "Tom Dale"),
    ("Mr. Dale, a former speechwriter for President Ann Lee, wrote: “The big question is "
     "whether he can win.”", "big question", "Mr. Dale"),
    ("Jo Hale, a lawyer for Ann Lee, said the ruling was “a disgrace.”", "disgrace", "Jo Hale"),
    # the phrase before the cue is cut at its length: a relative clause's object
    ("Tom Dale, who appraises golf course properties for the real estate firm Acme Land "
     "Partners, said the trade had “made great strides” lately.", "great strides", "Tom Dale"),
    ("Tom Dale, a former expert who now studies the cyber activities of nations at the "
     "Center for Strategic Studies, said, “They almost certainly saw it.”", "saw it",
     "Tom Dale"),
    # an adverb inside the apposition: "and now the chairman of ..."
    ("Tom Dale, a former aide to the mayor and now the chairman of the Republican Party in "
     "Kent County, said of the mayor: “He is honest.”", "honest", "Tom Dale"),
    # the second of two names after "and" in the role: the daughter of A and B
    ("Jane Roe, 35, the daughter of former President Tom Roe and Senator Ann Lee, said on "
     "Monday, “Next summer, we grow.”", "we grow", "Jane Roe"),
    ("Tom Dale, a nominal Republican who voted for Bill Grant and Ann Lee, said that given "
     "the candidates: “There is only one.”", "only one", "Tom Dale"),
])
def test_the_name_before_a_role_with_a_name_in_it_speaks(text: str, piece: str,
                                                         speaker: str) -> None:
    """"Tom Dale, a spokesman for Mayor Ann Lee, said": the role's "for" governs Ann Lee,
    so Tom Dale, before the comma, speaks (was the role phrase, or Ann Lee)."""
    assert _speaker(text, piece)[0] == speaker


@pytest.mark.parametrize("text, piece, speaker", [
    ("Tom Dale, president and CEO of the Ohio Restaurant Association stated, “It is a math "
     "problem.”", "math problem", "Tom Dale"),
    ("Tom Dale, a former agent for President Bill Grant has written a book in which he "
     "exposes the “eruptive” behavior of Ann Lee.", "eruptive", "Tom Dale"),
    ("Sam Lau, the communications director for the Ohio Democratic Party said in a "
     "statement. “There are no paper ballots to recount.”", "paper ballots", "Sam Lau"),
])
def test_a_role_left_open_before_the_cue(text: str, piece: str, speaker: str) -> None:
    """"Jane Doe, a spokesman for Tom Reed said": the writer left the apposition open; the
    name that opens the clause speaks, not the role (nor its name)."""
    assert _speaker(text, piece)[0] == speaker


@pytest.mark.parametrize("text, piece, speaker", [
    # a name set off after a role is the speaker, as before
    ("The mayor’s aide, Jane Doe, said, “We have not been briefed.”", "briefed", "Jane Doe"),
    ("Gov. John Kasich (R-OH), said, “We have not been briefed.”", "briefed", "Gov. John Kasich"),
    # a role with no name in it, set off after the name
    ("Tom Dale, a spokesman for the mayor, said, “We have not been briefed.”", "briefed",
     "Tom Dale"),
    # names listed in an apposition speak together
    ("Two military analysts, Tom Reed and Ann Lee, found in 2014 that the army is “the best "
     "in the world.”", "best in the world", "Tom Reed and Ann Lee"),
    # a frame set off inside the sentence: the role speaks, not the name before it
    ("Jane Doe, a top aide said, “is very confident in the contrast” between her and Tom Reed.",
     "very confident", "a top aide"),
])
def test_names_and_roles_that_speak_stay(text: str, piece: str, speaker: str) -> None:
    """Near misses: a name in apposition to a role ("the mayor's aide, Jane Doe, said"), a
    role without a name, names listed after a plural role, and a frame set off mid-sentence
    ("Jane Doe, a top aide said, “is ...”") keep their speakers."""
    assert _speaker(text, piece)[0] == speaker


def test_a_role_without_a_preposition_is_no_open_apposition() -> None:
    """"Jane Doe, officials said.": the closing frame's subject, not the name before it."""
    assert said("The plan is dead, Jane Doe said. Jane Doe, officials said, will appeal "
                "the ruling.").get("will appeal the ruling") != "Jane Doe"


# --- a nationality or party word that modifies a thing -----------------------------------

@pytest.mark.parametrize("text", [
    "Reed's wins in the race for the Republican nomination unleashed a wave of praise online, "
    "from admiration of his skills as a \"strongman\" to hopes for the economy.",
    "Reed is the man who attacked a judge because of his Mexican heritage, who fights with "
    "reporters, and whose \"attacks\" go on.",
])
def test_a_nationality_before_a_thing_names_no_speaker(text: str) -> None:
    """"the Republican nomination unleashed", "his Mexican heritage": the nationality or
    party word modifies a thing; no one who speaks opens there (the fragment was the
    party's)."""
    found = [q.speaker.name if q.speaker else None
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes]
    assert not {"Mexican", "Republican"} & set(found)


@pytest.mark.parametrize("text, piece, speaker", [
    ('Chinese officials called the plan "a provocation" on Monday.', "provocation",
     "Chinese officials"),
    ('The Republican leaders called the plan "a provocation" on Monday.', "provocation",
     "The Republican leaders"),
    ('But will the Republicans try to have it "both ways" this time?', "both ways",
     "Republicans"),
    # a statement noun after the party word: the party's claims
    ("Democrats on the panel plan to release transcripts in an effort to disprove Republican "
     'claims of "significant breakthroughs" in the inquiry.', "significant", "Republican"),
])
def test_nationality_words_of_people_still_speak(text: str, piece: str, speaker: str) -> None:
    """Near misses: a nationality or party before a noun of people ("Chinese officials") or
    of what they say ("Republican claims of “...”"), and the plural that names the people
    themselves ("the Republicans try")."""
    assert _speaker(text, piece)[0] == speaker


# --- "a Doe win": a name with "a" before a base form -------------------------------------

@pytest.mark.parametrize("text, word, tag", [
    ("A Sanders win, on the other hand, creates a problem.", "win", "NOUN"),
    ("He said a Cruz win would help the party.", "win", "NOUN"),
    ("A Bernie Sanders win would help.", "win", "NOUN"),
    # near misses: a modal or a verb of letting before the article takes the verb
    ("Will a Sanders win in May?", "win", "VERB"),
    ("They let a Reed win the seat.", "win", "VERB"),
])
def test_a_name_after_a_before_a_base_form(text: str, word: str, tag: str) -> None:
    """"A Sanders win, on the other hand, creates ...": a singular name after "a" takes no
    base-form verb, so the word is the noun the name modifies (the mention was "A Sanders");
    after "Will" or "let" it is the verb."""
    assert upos(text, word) == tag


# --- a nationality or party word that only modifies the speaker's noun ------------------

@pytest.mark.parametrize("text, piece, speaker", [
    ("The Kazakh government said the plan was “a joke.”", "joke", "The Kazakh government"),
    ("A group of Mexican comedians said the plan was “a joke.”", "joke",
     "A group of Mexican comedians"),
    ("A group of 67 Latin American artists wrote that the plan was “a joke.”", "joke",
     "A group of 67 Latin American artists"),
])
def test_a_body_or_group_a_nationality_modifies_speaks(text: str, piece: str,
                                                       speaker: str) -> None:
    """"The Kazakh government said": the government speaks, not the nation "Kazakh" (the
    speaker was the nationality word)."""
    assert _speaker(text, piece)[1] == speaker


@pytest.mark.parametrize("text, piece, speaker", [
    ("The Saudis said the plan was “a joke.”", "joke", "Saudis"),
    ("Some Democrats said the plan was “a joke.”", "joke", "Democrats"),
    ("Mexican comedians said the plan was “a joke.”", "joke", "Mexican comedians"),
])
def test_nationality_words_that_name_the_people_stay(text: str, piece: str,
                                                     speaker: str) -> None:
    """Near misses: the plural that is the people themselves ("The Saudis", "Some
    Democrats"), and a noun of people after the nationality, as before."""
    assert _speaker(text, piece)[1] == speaker


# --- the one a "who" stands for, past a dash or "that of" --------------------------------

@pytest.mark.parametrize("text, piece, speaker", [
    ('GOP front-runner Tom Reed - who previously said he would "bomb the hell out of" them '
     '- has not said more.', "bomb the hell", "Tom Reed"),
    ("Her tone was more conciliatory than that of her campaign’s leadership, who, on a press "
     "call Friday, criticized Reed for “misrepresenting what had occurred.”", "misrepresenting",
     "her campaign’s leadership"),
])
def test_who_after_a_dash_or_that_of(text: str, piece: str, speaker: str) -> None:
    """"Tom Reed - who previously said": the name before the dash (was no one); "than that
    of her campaign's leadership, who": the leadership, not "that of ..."."""
    assert _speaker(text, piece)[1] == speaker


# --- "X once called it “...”" ---------------------------------------------------------------

@pytest.mark.parametrize("text, piece, speaker", [
    ("Tom Reed once called the plan “a disaster.”", "disaster", "Tom Reed"),
    ("The vote was on Monday. Tom Reed, who once called the plan “a disaster,” has not said "
     "more.", "disaster", "Tom Reed"),
])
def test_once_between_a_subject_and_its_verb(text: str, piece: str, speaker: str) -> None:
    """"Tom Reed once called the plan “a disaster.”": "once" after a subject and before its
    verb is an adverb, not a subordinator that cut the clause (the quote went unattributed
    and was dropped)."""
    assert _speaker(text, piece)[1] == speaker


@pytest.mark.parametrize("text", [
    "Prices will rise once costs go up.",
    "The deal will close once shareholders approve it.",
    "Once he left, they cheered.",
])
def test_once_that_opens_a_clause_stays_a_subordinator(text: str) -> None:
    """Near misses: "once" after a verb or at the start opens a clause."""
    assert upos(text, "once" if not text.startswith("Once") else "Once") == "SCONJ"


# --- "an Atlanta area radio show": a base form that ends a singular noun phrase ----------

@pytest.mark.parametrize("text, word, tag", [
    ("Tom Reed, who hosts an Ohio area radio show, was asked by a caller why men come.",
     "show", "NOUN"),
    ("According to a White House pool report, the talks went well.", "report", "NOUN"),
    # near misses: a plural or a quantity after "a", and a verb of letting before it
    ("A few local voters say the plan is bad.", "say", "VERB"),
    ("A lot of voters say the plan is bad.", "say", "VERB"),
    ("They let a Doe campaign aide speak.", "speak", "VERB"),
])
def test_a_base_form_that_ends_a_noun_phrase_after_a(text: str, word: str, tag: str) -> None:
    """"who hosts an Ohio area radio show, was asked": a singular noun phrase that "a" or
    "an" opens takes no base-form verb, so "show" is its noun (it was a cue, whose
    statement took the host for the one who asked)."""
    assert upos(text, word) == tag


def test_the_asker_of_a_host_with_a_radio_show() -> None:
    """The question is the caller's, the agent of "was asked by"."""
    text = ("Recently, Tom Reed, the radio host and former candidate who hosts an Ohio area "
            "radio show, was asked by a caller why young men are coming to the city.")
    assert _speaker(text, "why young men")[0] == "a caller"


# --- a name and a plural of people that a possessive or quantifier opens ----------------

@pytest.mark.parametrize("text, mention, speaker", [
    ("Tom Reed and his rivals for the party nomination have said they will undo the plan.",
     "Tom Reed and his rivals for the party nomination", "Tom Reed"),
    ("But Mr. Reed and his colleagues found that in districts with many voters, turnout fell.",
     "Mr. Reed and his colleagues", "Reed"),
    ("Ann Lee, Jo Hale and other prominent donors said their networks were small.",
     "Ann Lee, Jo Hale and other prominent donors", "Ann Lee"),
])
def test_a_name_and_a_plural_of_people_speak_together(text: str, mention: str,
                                                      speaker: str) -> None:
    """"Tom Reed and his rivals for the nomination have said": both speak, Reed first (the
    mention was the rivals alone, and the speaker the party word inside it)."""
    q = next(q for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
             if q.kind == "indirect")
    assert q.speaker_mention is not None and q.speaker_mention.text == mention
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_plural_of_remarks_is_no_speaker() -> None:
    """Near miss: "Tom Reed and his remarks" are no two speakers."""
    found = said("Tom Reed and his remarks were discussed at length, officials said.")
    assert "Tom Reed and his remarks" not in found.values()
