"""Statements introduced by a speaker's label and a colon, without quote marks: a headline
"Speaker: claim" and the turns of a transcript "DOE: ...".

Every text here was written for the test.
"""

from __future__ import annotations

import pytest
from handparse import conllu

import quotetrack


def indirect(text: str) -> list[tuple[str, str | None, str | None]]:
    """(statement, speaker mention, speaker name) of the indirect statements of ``text``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect"]


def labelled(text: str, reason: str) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of the statements ``text`` credits for ``reason``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes if q.reason == reason]


BODY = ("\n\nSenator Grace Okafor and Governor Erik Lindqvist spoke at a town hall in a "
        "suburb on Tuesday night.")


# ------------------------------------------------------------------ headlines
@pytest.mark.parametrize("headline, claim, mention", [
    ("Okafor: Rivals taking the easy road on the housing bill",
     "Rivals taking the easy road on the housing bill", "Okafor"),
    ("Poll: Mayor a big worry for younger voters in the east",
     "Poll: Mayor a big worry for younger voters in the east"[6:], "Poll"),
    ("Report: Governor to speak at the party's convention",
     "Governor to speak at the party's convention", "Report"),
    ("Newspaper: Minister used a private phone for state business",
     "Minister used a private phone for state business", "Newspaper"),
    ("Historians: Two presidents linked no matter what",
     "Two presidents linked no matter what", "Historians"),
    ("Harbor Daily News: Port expansion threatens the wetlands",
     "Port expansion threatens the wetlands", "Harbor Daily News"),
    ("Former AG Erik Lindqvist: The inquiry ended far too early",
     "The inquiry ended far too early", "Former AG Erik Lindqvist"),
])
def test_headline_claim_is_its_labels_statement(headline, claim, mention):
    """"Speaker: claim" opening the article: the claim is the speaker's statement."""
    found = indirect(headline + BODY)
    assert (claim, mention) in [(t, m) for t, m, _ in found]


def test_headline_speaker_resolves_to_the_person_named_below():
    text = ("Okafor: Rivals taking the easy road on the housing bill\n\n"
            "Senator Grace Okafor spoke to reporters on Monday.")
    ((claim, mention, name),) = [f for f in indirect(text) if f[1] == "Okafor"]
    assert claim == "Rivals taking the easy road on the housing bill"
    assert name == "Grace Okafor"


def test_headline_speaker_is_cut_before_whom_it_speaks_to():
    """"Roe To Voters Worried About Vote: ...": Roe speaks, not the whole label."""
    text = "Lindqvist To Farmers Worried About Drought: It Is Going To Be Fine" + BODY
    assert ("It Is Going To Be Fine", "Lindqvist") in [(t, m) for t, m, _ in indirect(text)]


def test_headline_tag_before_the_speaker_is_skipped():
    text = "EXCLUSIVE – Marta Ruiz: Do Not Trust the Early Counts" + BODY
    assert ("Do Not Trust the Early Counts", "Marta Ruiz") in \
        [(t, m) for t, m, _ in indirect(text)]


def test_headline_of_an_organisation_with_a_lower_case_source_noun():
    text = "Okafor camp: Rival's tax plan threatens the recovery" + BODY
    assert ("Rival's tax plan threatens the recovery", "Okafor camp") in \
        [(t, m) for t, m, _ in indirect(text)]


@pytest.mark.parametrize("headline", [
    "Update: Town hails a great day for the bridge",       # a section's label
    "Watch: Mayor rides the new tram across the river",
    "Photos: Crowds fill the square for the parade",
    "Editor's note: This story has been updated since it ran",
    "The Latest: Governor signs the budget into law",      # a column's name
    "WASHINGTON: The Senate voted on Monday to pass the bill",  # a dateline
    "BOOM: Mayor Fires Back At Her Critics On The Council",     # a cry in capitals
    "Okafor: 547",                                           # a tally, not a claim
    "Okafor: Hero or villain of the housing fight?",         # a question about her
    "Okafor and Lindqvist: A long and tangled friendship",   # two people it is about
    "Partial transcript as follows: the mayor spoke first",
    "Okafor Rally: Thousands Gather In The Rain Downtown",    # an event of hers, not her
    "Daily Update: Council passes the budget at last",
    "Harbor News Daily: A City at War With Itself",          # a newsletter's name
    "MR OKAFOR: I object to the plan for the harbour",       # a transcript's label alone
    "By Grace Okafor: Notes from the campaign trail",        # a byline
    "Source: Harbour Authority figures for the year",        # a data credit
])
def test_labels_that_name_no_speaker_make_no_statement(headline):
    assert labelled(headline + BODY, "X: headline") == []


def test_colon_in_running_text_is_no_label():
    text = ("The mayor spoke on Tuesday.\n\n"
            "Okafor had one goal: winning the seat back for her party.")
    assert labelled(text, "X: headline") == []


def test_label_on_a_later_line_is_no_headline():
    """A later line "Doe: Claim" whose claim is not in title case is a list's item."""
    text = ("Where the candidates stand\n\n"
            "Okafor: Win the suburbs by a wide margin\n\n"
            "Lindqvist: Hold on to the rural vote")
    assert labelled(text, "X: headline") == []


def test_quoted_headline_is_left_to_the_rules_of_quotes():
    """"Doe: ‘...’": the quote is direct, not a second, indirect statement."""
    text = "Okafor: ‘We Will Win This Seat Back.’" + BODY
    assert labelled(text, "X: headline") == []
    kinds = [(q.kind, q.speaker_mention.text if q.speaker_mention else None)
             for q in quotetrack.extract(text).quotes]
    assert ("direct", "Okafor") in kinds


def test_headline_on_the_parsed_path():
    text = "Okafor: Rivals taking the easy road\n\nGrace Okafor spoke."
    head = [("Okafor", "Okafor", "PROPN", 0, "root", "S-PERSON"),
            (":", ":", "PUNCT", 1, "punct"),
            ("Rivals", "rival", "NOUN", 4, "nsubj"),
            ("taking", "take", "VERB", 1, "parataxis"),
            ("the", "the", "DET", 7, "det"),
            ("easy", "easy", "ADJ", 7, "amod"),
            ("road", "road", "NOUN", 4, "obj")]
    body = [("Grace", "Grace", "PROPN", 3, "nsubj", "B-PERSON"),
            ("Okafor", "Okafor", "PROPN", 1, "flat", "E-PERSON"),
            ("spoke", "speak", "VERB", 0, "root"), (".", ".", "PUNCT", 3, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [head, body]))
    found = [(q.text, q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None)
             for q in quotetrack.attribute_document(doc).quotes if q.reason == "X: headline"]
    assert found == [("Rivals taking the easy road", "Okafor", "Grace Okafor")]


# ------------------------------------------------------------------ transcripts
TRANSCRIPT = """Lindqvist declines a debate.

Video transcript:

MARA FELD: Why not a debate in the city?

OTTO BRANN: This is a man who said he would never run a negative ad. Now he runs them.

FELD: Back in January your campaign was open to more debates.

BRANN: Senator Lindqvist does not get to decide when we debate; we call that a ‘stunt.’

LINDQVIST: Honestly, I think every voter deserves to hear from us.

Share your view below."""


def test_transcript_turns_of_names_the_story_never_spells_out():
    """"MARA FELD: ... FELD: ...": two names in capitals that each label two turns make a
    dialogue, though neither is named in other words; the surname turns follow the full
    name's."""
    found = labelled(TRANSCRIPT, "X: transcript line")
    assert ("Why not a debate in the city?", "MARA FELD") in found
    assert ("Back in January your campaign was open to more debates.", "FELD") in found
    assert ("This is a man who said he would never run a negative ad. Now he runs them.",
            "OTTO BRANN") in found


def test_transcript_turn_holding_a_quoted_word_is_still_the_speakers():
    """A turn with a quoted word inside ("we call that a ‘stunt’") is the speaker's turn."""
    found = labelled(TRANSCRIPT, "X: transcript line")
    assert [m for t, m in found if t.startswith("Senator Lindqvist does not")] == ["BRANN"]


def test_transcript_turn_all_in_quote_marks_is_left_to_the_quote_rules():
    text = ("Dana Whitcombe and Ian Roe met on Monday.\n\n"
            "WHITCOMBE: Not this year, I am afraid.\n\n"
            "ROE: “We will try again next spring.”\n\n"
            "WHITCOMBE: Then we will wait.")
    found = labelled(text, "X: transcript line")
    assert ("Not this year, I am afraid.", "WHITCOMBE") in found
    assert not any(t.startswith("“We will") for t, _ in found)


def test_one_repeated_label_in_capitals_is_no_dialogue():
    """One name in capitals labelling lines, with no second voice, names nobody it is
    known to be: "UPDATE: ... UPDATE: ..." or a list in capitals."""
    text = ("The council met on Monday.\n\n"
            "UPDATE: The vote was moved to Friday.\n\n"
            "UPDATE: The vote passed nine to two.\n\n"
            "NOTE: Figures are from the clerk's office.")
    assert labelled(text, "X: transcript line") == []


def test_labels_repeated_in_capitals_that_are_not_people():
    text = ("The council met on Monday.\n\n"
            "UPDATE: The vote was moved to Friday.\n\n"
            "NOTE: Figures are from the clerk.\n\n"
            "UPDATE: The vote passed nine to two.\n\n"
            "NOTE: The clerk corrected one figure.")
    assert labelled(text, "X: transcript line") == []


def test_subhead_in_title_case_is_its_labels_statement():
    """A later line "Doe: Claim In Title Case" on its own is a subhead's claim."""
    text = ("Senator Grace Okafor spoke at a town hall on Tuesday night.\n\n"
            "Okafor: I Am Not Running For Governor Again\n\n"
            "The senator took questions for an hour.")
    assert labelled(text, "X: headline") == [("I Am Not Running For Governor Again", "Okafor")]


def test_title_case_items_of_a_list_are_no_subheads():
    text = ("Senator Grace Okafor and Governor Erik Lindqvist face the voters today.\n\n"
            "Okafor: Win The Suburbs By A Wide Margin\n\n"
            "Lindqvist: Hold On To The Rural Vote\n\n"
            "Polls close at eight.")
    assert labelled(text, "X: headline") == []


def test_labelled_lines_apart_from_each_other_are_a_list():
    """Two later lines "Doe: ..." far apart are the items of a list, not two subheads."""
    text = ("Here is what each candidate needs on Tuesday.\n\n"
            "Okafor: Win The Suburbs Big\n\n"
            "Senator Grace Okafor leads in every poll of the state.\n\n"
            "Lindqvist: Survive To The South\n\n"
            "Governor Erik Lindqvist trails by ten points.")
    assert labelled(text, "X: headline") == []


def test_quoted_words_in_a_headline_carry_its_claim_as_their_statement():
    """"Doe: Rival's ‘Hateful Rhetoric’ Hurts Party": the quoted words are a mixed quote of
    Doe's, whose statement is the whole claim after the label."""
    text = "Okafor: Rival’s ‘Hateful Rhetoric’ Hurts the Party" + BODY
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind == "mixed"]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Okafor"
    assert q.statement is not None
    assert q.statement.text == "Rival’s ‘Hateful Rhetoric’ Hurts the Party"
    # the claim is Okafor's statement too, as headlines quote in single marks (round 24)
    assert labelled(text, "X: headline") == [("Rival’s ‘Hateful Rhetoric’ Hurts the Party",
                                               "Okafor")]
