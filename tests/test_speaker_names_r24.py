"""Speaker names, round twenty-four (h49-nms): the names users see.  A common noun a
parser tagged as one and that the article capitalises only where it opens a sentence is no
one's name ("Footage from the game shows that A", "Polling shows that A"), while a surname
the parser tagged as a noun stays a name when the article writes it mid-sentence too.
Hand-written parses copy the tags a tagger gives."""

from __future__ import annotations

from findings import entities, parsed_quotes
from handparse import spec_rows

import quotetrack

_KINDS = ("direct", "mixed", "indirect")


def _names(text: str, spec: list[str]) -> dict[str, str | None]:
    """Each quote's text to the speaker name the parsed path shows."""
    quotes = parsed_quotes(text, [spec_rows(s) for s in spec], _KINDS)
    return {q.text: q.speaker.name if q.speaker else None for q in quotes}


# ---------------------------------------------------------------- common nouns opening a sentence

def test_one_off_noun_opening_a_sentence_is_no_name():
    """'Footage from the game shows that A', "Footage" tagged NOUN, used once: no
    speaker named "Footage"."""
    text = "Footage from the game shows that the fans were angry."
    spec = [
        "Footage/NOUN/5/nsubj from/ADP/4/case the/DET/4/det game/NOUN/1/nmod "
        "shows/VERB/0/root that/SCONJ/9/mark the/DET/8/det fans/NOUN/9/nsubj "
        "were/AUX/10/cop angry/ADJ/5/ccomp ./PUNCT/5/punct",
    ]
    names = _names(text, spec)
    assert names, "the statement is found"
    assert "Footage" not in names.values()


def test_polling_opening_a_sentence_is_no_name():
    """'Polling shows that A' in an article that never writes "polling" again."""
    text = ("Polling shows that voters are tired of the race. Tom Hale leads by two "
            "points.")
    spec = [
        "Polling/NOUN/2/nsubj shows/VERB/0/root that/SCONJ/6/mark voters/NOUN/6/nsubj "
        "are/AUX/6/cop tired/ADJ/2/ccomp of/ADP/9/case the/DET/9/det race/NOUN/6/obl "
        "./PUNCT/2/punct",
        "Tom/PROPN/3/nsubj/B-PERSON Hale/PROPN/1/flat/E-PERSON leads/VERB/0/root "
        "by/ADP/6/case two/NUM/6/nummod points/NOUN/3/obl ./PUNCT/3/punct",
    ]
    assert "Polling" not in _names(text, spec).values()


def test_surname_tagged_as_noun_written_mid_sentence_stays_a_name():
    """Near miss: "Tester" opens a sentence tagged NOUN with no name tag, but the article
    writes it capitalised mid-sentence too ("a letter from Tester"): still a name."""
    text = ("The board got a letter from Tester on Monday. Tester says that the shelter "
            "needs more beds.")
    spec = [
        "The/DET/2/det board/NOUN/3/nsubj got/VERB/0/root a/DET/5/det letter/NOUN/3/obj "
        "from/ADP/7/case Tester/PROPN/5/nmod on/ADP/9/case Monday/PROPN/3/obl "
        "./PUNCT/3/punct",
        "Tester/NOUN/2/nsubj says/VERB/0/root that/SCONJ/5/mark the/DET/5/det "
        "shelter/NOUN/6/nsubj needs/VERB/2/ccomp more/ADJ/8/amod beds/NOUN/6/obj "
        "./PUNCT/2/punct",
    ]
    assert "Tester" in _names(text, spec).values()


def test_proper_noun_opening_a_sentence_stays_a_name():
    """Near miss: a word the parser tagged PROPN that opens its only sentence ("Marlowe
    says that A") is still read as a name."""
    text = "Marlowe says that the shelter needs more beds."
    spec = [
        "Marlowe/PROPN/2/nsubj says/VERB/0/root that/SCONJ/5/mark the/DET/5/det "
        "shelter/NOUN/6/nsubj needs/VERB/2/ccomp more/ADJ/8/amod beds/NOUN/6/obj "
        "./PUNCT/2/punct",
    ]
    assert "Marlowe" in _names(text, spec).values()


# ---------------------------------------------------------------- a surname that is a preposition

def test_given_name_and_preposition_surname_is_one_name():
    """'said Al From, who ...' on the model-free path: the capitalised preposition after a
    given name mid-sentence is his surname, and a later "From said" is the same man."""
    text = ('"We lost the South," said Al From, who helped found the group. "We had to '
            'change," From said.')
    quotes = quotetrack.extract(text).quotes
    names = {q.text.strip('"“”,. '): q.speaker.name if q.speaker else None for q in quotes}
    assert names["We lost the South"] == "Al From"
    assert names["We had to change"] == "Al From"


def test_capital_preposition_before_a_capital_word_is_no_surname():
    """Near miss: "Al Gore On Monday" (a capital word follows the preposition): the name
    stays "Al Gore"."""
    text = '"We will win," said Al Gore On Monday in the city.'
    quotes = quotetrack.extract(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Al Gore"]


# ---------------------------------------------------------------- "X of The Outlet"

def test_person_of_the_outlet_is_the_person():
    """'Tom Wu of The Clarion asked ...' on the model-free path: the speaker shown is the
    reporter, not a person "Clarion"."""
    text = ("Nothing was released. Tom Wu of The Clarion asked Hale whether she would "
            "release the letters.")
    quotes = quotetrack.extract(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tom Wu"]


def test_the_outlet_alone_is_an_organisation():
    """'..., according to The Clarion': one word after a capital "The" mid-sentence is a
    title, an organisation."""
    ents = entities("The mayor will resign, according to The Clarion.")
    assert ("Clarion", "ORG") in ents or ("The Clarion", "ORG") in ents
    assert all(t != "PERSON" for _, t in ents)


def test_the_name_before_a_noun_or_a_given_name_is_left_alone():
    """Near misses: "The Obama administration" (a name modifying a lower-case noun) and
    "The Donald" (a given name) stay persons."""
    assert ("Obama", "PERSON") in entities("He said The Obama administration was slow.")
    assert ("Donald", "PERSON") in entities("Fans cheered for The Donald at the rally.")


# ---------------------------------------------------------------- a given name left untagged

_GIVEN_TEXT = ("Guy Hale, the group's chief strategist, said the race was close. "
               "“We need every vote,” Hale said.")


def _given_parse(first_tag: str = "PROPN") -> list[str]:
    return [
        f"Guy/{first_tag}/2/compound Hale/PROPN/10/nsubj/S-PERSON ,/PUNCT/8/punct "
        "the/DET/5/det group/NOUN/8/nmod:poss 's/PART/5/case chief/ADJ/8/amod "
        "strategist/NOUN/2/appos ,/PUNCT/8/punct said/VERB/0/root the/DET/12/det "
        "race/NOUN/14/nsubj was/AUX/14/cop close/ADJ/10/ccomp ./PUNCT/10/punct",
        "“/PUNCT/4/punct We/PRON/2/nsubj need/VERB/8/ccomp every/DET/4/det "
        "vote/NOUN/2/obj ,/PUNCT/2/punct ”/PUNCT/2/punct Hale/PROPN/8/nsubj/S-PERSON "
        "said/VERB/0/root ./PUNCT/8/punct",
    ]


def test_untagged_given_name_before_a_tagged_surname_joins_the_name():
    """'Guy Hale, the group's chief strategist, said A' with only "Hale" tagged by the
    parser's NER: the speaker shown is "Guy Hale", here and where "Hale said" later."""
    names = _names(_GIVEN_TEXT, _given_parse())
    assert names, "quotes are found"
    assert set(names.values()) == {"Guy Hale"}


def test_given_name_not_tagged_as_proper_noun_is_left_out():
    """Near miss: the word before the surname is no proper noun by the parser (a question's
    "Will Hale win?" style modal): the name stays the surname."""
    names = _names(_GIVEN_TEXT, _given_parse("AUX"))
    assert "Guy Hale" not in names.values()


# ---------------------------------------------------------------- a parser's sentence over a break

def test_speaker_phrase_over_a_paragraph_break_starts_after_it():
    """A live blog's "10:30 a.m." line run into the next paragraph by a parser's sentence
    split and parsed into the subject: the speaker mention and name start after the break,
    no timestamp in them."""
    text = "10:30 a.m.\n\nPresidential candidates said that the debate would go ahead."
    spec = [
        "10:30/NUM/2/nummod a.m./NOUN/4/compound Presidential/ADJ/4/amod "
        "candidates/NOUN/5/nsubj said/VERB/0/root that/SCONJ/10/mark the/DET/8/det "
        "debate/NOUN/10/nsubj would/AUX/10/aux go/VERB/5/ccomp ahead/ADV/10/advmod "
        "./PUNCT/5/punct",
    ]
    quotes = parsed_quotes(text, [spec_rows(s) for s in spec], _KINDS)
    assert [(q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Presidential candidates", "Presidential candidates")]


def test_name_tagged_over_a_paragraph_break_is_the_part_after_it():
    """A name tag run over a paragraph break by the parser ("... in Ex.\n\nSexton said
    A"): the mention is "Sexton", and the name the article's Jane Sexton."""
    text = ("Jane Sexton sells the book. She gave a talk in Ex.\n\nSexton said that the book "
            "would sell.")
    spec = [
        "Jane/PROPN/3/nsubj/B-PERSON Sexton/PROPN/1/flat/E-PERSON sells/VERB/0/root "
        "the/DET/5/det book/NOUN/3/obj ./PUNCT/3/punct",
        "She/PRON/2/nsubj gave/VERB/8/advcl a/DET/4/det talk/NOUN/2/obj in/ADP/6/case "
        "Ex./PROPN/2/obl/B-PERSON Sexton/PROPN/8/nsubj/E-PERSON said/VERB/0/root "
        "that/SCONJ/13/mark the/DET/11/det book/NOUN/13/nsubj would/AUX/13/aux "
        "sell/VERB/8/ccomp ./PUNCT/8/punct",
    ]
    quotes = parsed_quotes(text, [spec_rows(s) for s in spec], _KINDS)
    got = {q.text: (q.speaker_mention.text if q.speaker_mention else None,
                    q.speaker.name if q.speaker else None) for q in quotes}
    assert got["the book would sell"] == ("Sexton", "Jane Sexton")


# ---------------------------------------------------------------- a person at the end of an ORG tag

def _org_tag_parse(given: str) -> list[str]:
    return [
        "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux win/VERB/12/ccomp ,/PUNCT/4/punct "
        "”/PUNCT/4/punct said/VERB/0/root Harlow/PROPN/12/compound/B-ORG "
        "Steelworkers/PROPN/12/compound/I-ORG Political/PROPN/12/compound/I-ORG "
        f"Director/PROPN/12/compound/I-ORG {given}/PROPN/12/compound/I-ORG "
        "Hale/PROPN/7/nsubj/E-ORG ./PUNCT/7/punct",
    ]


def test_person_after_a_title_inside_an_organisation_tag_speaks():
    """'said Harlow Steelworkers Political Director Tom Hale' tagged whole as one
    organisation by the parser's NER: the speaker shown is the person, "Tom Hale"."""
    text = "“We will win,” said Harlow Steelworkers Political Director Tom Hale."
    quotes = parsed_quotes(text, [spec_rows(s) for s in _org_tag_parse("Tom")])
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tom Hale"]


def test_organisation_tag_without_a_given_name_stays_an_organisation():
    """Near miss: the same tag ending in "Director Board Hale" (no given name after the
    title) is left as the organisation it was tagged."""
    text = "“We will win,” said Harlow Steelworkers Political Director Board Hale."
    quotes = parsed_quotes(text, [spec_rows(s) for s in _org_tag_parse("Board")])
    assert [q.speaker.type if q.speaker else None for q in quotes] == ["ORG"]
