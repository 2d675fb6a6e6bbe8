"""Speaker names, round twenty-four, second pass (h50-nm2): the names users see on the
parsed path.  A party or nationality word a parser tagged alone ("the Ohio [Republican]
said") keeps its noun phrase, so the phrase finds the person it means, not the party; a
given name and a surname that is a nationality word ("Rosa Cuban") tagged as a nationality
is a person, and so is a nationality word after "Mr." or "Ms.".  Hand-written parses copy
the tags a tagger gives."""

from __future__ import annotations

from findings import parsed_quotes
from handparse import conllu, spec_rows

import quotetrack

_KINDS = ("direct", "mixed", "indirect")


def _speakers(text: str, spec: list[str]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each quote's text to (mention, speaker name, speaker type) on the parsed path."""
    quotes = parsed_quotes(text, [spec_rows(s) for s in spec], _KINDS)
    return {q.text: (q.speaker_mention.text if q.speaker_mention else None,
                     q.speaker.name if q.speaker else None,
                     q.speaker.type if q.speaker else None) for q in quotes}


_HALE = ("Sen./PROPN/2/compound Tom/PROPN/4/nsubj/B-PERSON Hale/PROPN/2/flat/E-PERSON "
         "toured/VERB/0/root the/DET/6/det plant/NOUN/4/obj on/ADP/8/case "
         "Monday/PROPN/4/obl/S-DATE ./PUNCT/4/punct")


# ------------------------------------------------- a party word tagged alone after a place

def test_state_and_party_word_is_the_person_named_before():
    """'Sen. Tom Hale ... The Ohio Republican said that A', only "Republican" tagged (as a
    party): the senator, not a speaker named "Republican"."""
    text = ("Sen. Tom Hale toured the plant on Monday. The Ohio Republican said that the "
            "plant would stay open.")
    spec = [
        _HALE,
        "The/DET/3/det Ohio/PROPN/3/compound/S-GPE Republican/PROPN/4/nsubj/S-NORP "
        "said/VERB/0/root that/SCONJ/9/mark the/DET/7/det plant/NOUN/9/nsubj "
        "would/AUX/9/aux stay/VERB/4/ccomp open/ADJ/9/xcomp ./PUNCT/4/punct",
    ]
    found = _speakers(text, spec)
    assert ("The Ohio Republican", "Tom Hale", "PERSON") in found.values()


def test_state_and_party_word_before_a_quote_is_the_person():
    """'“A,” the Ohio Republican said.': the senator named before."""
    text = ("Sen. Tom Hale toured the plant on Monday. “The plant will stay open,” the "
            "Ohio Republican said.")
    spec = [
        _HALE,
        "“/PUNCT/6/punct The/DET/3/det plant/NOUN/6/nsubj will/AUX/6/aux stay/VERB/11/ccomp "
        "open/ADJ/5/xcomp ,/PUNCT/6/punct ”/PUNCT/6/punct the/DET/10/det "
        "Ohio/PROPN/10/compound/S-GPE Republican/PROPN/11/nsubj/S-NORP said/VERB/0/root "
        "./PUNCT/11/punct",
    ]
    found = _speakers(text, spec)
    assert found["“The plant will stay open,”"][1:] == ("Tom Hale", "PERSON")


def test_someone_new_of_a_party_is_not_the_person_named_before():
    """Near miss: 'A Republican from Ohio said that A' is someone new, never the senator
    named before (the phrase is kept, and the party word alone finds no person)."""
    text = ("Sen. Tom Hale toured the plant on Monday. One Ohio Republican said that the "
            "plant would close.")
    spec = [
        _HALE,
        "One/NUM/3/nummod Ohio/PROPN/3/compound/S-GPE Republican/PROPN/4/nsubj/S-NORP "
        "said/VERB/0/root that/SCONJ/9/mark the/DET/7/det plant/NOUN/9/nsubj "
        "would/AUX/9/aux close/VERB/4/ccomp ./PUNCT/4/punct",
    ]
    found = _speakers(text, spec)
    mention, name, _ = next(v for k, v in found.items() if "close" in k)
    assert mention == "One Ohio Republican"
    assert name != "Tom Hale"


def test_party_plural_stays_the_people():
    """Near miss: 'Ohio Republicans said that A' (a plural, the people): no person."""
    text = ("Sen. Tom Hale toured the plant on Monday. Republicans said that the plant "
            "would close.")
    spec = [
        _HALE,
        "Republicans/PROPN/2/nsubj/S-NORP said/VERB/0/root that/SCONJ/7/mark "
        "the/DET/5/det plant/NOUN/7/nsubj would/AUX/7/aux close/VERB/2/ccomp "
        "./PUNCT/2/punct",
    ]
    found = _speakers(text, spec)
    assert ("Republicans", "Republicans", "NORP") in found.values()


# ----------------------------------------- a surname that is a nationality word, tagged so

def test_given_name_and_nationality_surname_is_a_person():
    """'Rosa Cuban, a gallery owner, said that A. “B,” Cuban said.' with both names tagged
    as a nationality: the person Rosa Cuban speaks both."""
    text = ("Rosa Cuban, a gallery owner, said that the fair was a success. “We sold "
            "everything,” Cuban said.")
    spec = [
        "Rosa/PROPN/8/nsubj/B-NORP Cuban/PROPN/1/flat/E-NORP ,/PUNCT/6/punct a/DET/6/det "
        "gallery/NOUN/6/compound owner/NOUN/1/appos ,/PUNCT/1/punct said/VERB/0/root "
        "that/SCONJ/14/mark the/DET/11/det fair/NOUN/14/nsubj was/AUX/14/cop a/DET/14/det "
        "success/NOUN/8/ccomp ./PUNCT/8/punct",
        "“/PUNCT/3/punct We/PRON/3/nsubj sold/VERB/8/ccomp everything/PRON/3/obj "
        ",/PUNCT/3/punct ”/PUNCT/3/punct Cuban/PROPN/8/nsubj/S-NORP said/VERB/0/root "
        "./PUNCT/8/punct",
    ]
    found = _speakers(text, spec)
    assert found["“We sold everything,”"][1:] == ("Rosa Cuban", "PERSON")
    assert ("Rosa Cuban", "Rosa Cuban", "PERSON") in found.values()


def test_honorific_and_nationality_word_is_a_person():
    """'“A,” Mr. English said.' with "English" tagged as a nationality: a person."""
    text = "“We sold everything,” Mr. English said."
    spec = [
        "“/PUNCT/3/punct We/PRON/3/nsubj sold/VERB/9/ccomp everything/PRON/3/obj "
        ",/PUNCT/3/punct ”/PUNCT/3/punct Mr./PROPN/8/compound English/PROPN/9/nsubj/S-NORP "
        "said/VERB/0/root ./PUNCT/9/punct",
    ]
    found = _speakers(text, spec)
    assert found["“We sold everything,”"][1:] == ("English", "PERSON")


def test_nationality_word_before_a_noun_is_no_person():
    """Near miss: 'Cuban officials said that A' ("Cuban" tagged as a nationality, no given
    name before it): the officials speak, no person named "Cuban"."""
    text = "Cuban officials said that the fair was a success."
    spec = [
        "Cuban/ADJ/2/amod/S-NORP officials/NOUN/3/nsubj said/VERB/0/root that/SCONJ/9/mark "
        "the/DET/6/det fair/NOUN/9/nsubj was/AUX/9/cop a/DET/9/det success/NOUN/3/ccomp "
        "./PUNCT/3/punct",
    ]
    found = _speakers(text, spec)
    assert found, "the statement is found"
    assert all(t != "PERSON" for _, _, t in found.values())


# ------------------------------------------- a title phrase cut before the name it titles

def test_title_phrase_before_a_name_the_parse_hung_apart_is_the_person():
    """'“A,” said Harbor ranking Democrat Ann Roe.' with "Harbor" as the parse's object of
    "said" and the name its subject: Ann Roe, not a person named "Harbor"."""
    text = "“The port needs money,” said Harbor ranking Democrat Ann Roe."
    spec = [
        "“/PUNCT/3/punct The/DET/3/det port/NOUN/4/nsubj needs/VERB/8/ccomp "
        "money/NOUN/4/obj ,/PUNCT/4/punct ”/PUNCT/4/punct said/VERB/0/root "
        "Harbor/PROPN/8/obj ranking/VERB/9/amod Democrat/PROPN/13/compound/S-NORP "
        "Ann/PROPN/13/compound/B-PERSON Roe/PROPN/8/nsubj/E-PERSON ./PUNCT/8/punct",
    ]
    found = _speakers(text, spec)
    assert found["“The port needs money,”"] == (
        "Harbor ranking Democrat Ann Roe", "Ann Roe", "PERSON")


def test_lower_case_title_after_a_name_is_the_person_titled():
    """'Hale campaign manager Ann Roe said that A', the parse's subject "Hale": Ann Roe
    speaks, not Tom Hale; and 'Former Ohio governor Tom Lee said that B' is Tom Lee, not a
    group named "Former Ohio governor"."""
    text = ("Tom Hale leads the race. Hale campaign manager Ann Roe said that the race is "
            "close. Former Ohio governor Tom Lee said that the race is over.")
    spec = [
        "Tom/PROPN/3/nsubj/B-PERSON Hale/PROPN/1/flat/E-PERSON leads/VERB/0/root "
        "the/DET/5/det race/NOUN/3/obj ./PUNCT/3/punct",
        "Hale/PROPN/6/nsubj/S-PERSON campaign/NOUN/3/compound manager/NOUN/1/appos "
        "Ann/PROPN/3/appos/B-PERSON Roe/PROPN/4/flat/E-PERSON said/VERB/0/root "
        "that/SCONJ/11/mark the/DET/9/det race/NOUN/11/nsubj is/AUX/11/cop "
        "close/ADJ/6/ccomp ./PUNCT/6/punct",
        "Former/ADJ/3/amod Ohio/PROPN/3/compound/S-GPE governor/NOUN/6/nsubj "
        "Tom/PROPN/3/appos/B-PERSON Lee/PROPN/4/flat/E-PERSON said/VERB/0/root "
        "that/SCONJ/11/mark the/DET/9/det race/NOUN/11/nsubj is/AUX/11/cop "
        "over/ADV/6/ccomp ./PUNCT/6/punct",
    ]
    found = _speakers(text, spec)
    assert found["the race is close"][1:] == ("Ann Roe", "PERSON")
    assert found["the race is over"][1:] == ("Tom Lee", "PERSON")


def test_verb_or_preposition_before_a_name_keeps_the_speaker():
    """Near misses: 'Polls showing rival Sen. Ann Roe ahead suggest that A' (a verb with
    the name as its object) and 'A spokesman for Mayor Ann Roe said that B' (a preposition:
    the one who speaks for her) never make Ann Roe the speaker."""
    text = ("Polls showing rival Sen. Ann Roe ahead suggest that the race is close. "
            "A spokesman for Mayor Ann Roe said that the race is over.")
    spec = [
        "Polls/NOUN/8/nsubj showing/VERB/1/acl rival/ADJ/4/amod Sen./PROPN/5/compound "
        "Ann/PROPN/2/obj/B-PERSON Roe/PROPN/5/flat/E-PERSON ahead/ADV/2/advmod "
        "suggest/VERB/0/root that/SCONJ/13/mark the/DET/11/det race/NOUN/13/nsubj "
        "is/AUX/13/cop close/ADJ/8/ccomp ./PUNCT/8/punct",
        "A/DET/2/det spokesman/NOUN/7/nsubj for/ADP/5/case Mayor/PROPN/5/compound "
        "Ann/PROPN/2/nmod/B-PERSON Roe/PROPN/5/flat/E-PERSON said/VERB/0/root "
        "that/SCONJ/12/mark the/DET/10/det race/NOUN/12/nsubj is/AUX/12/cop "
        "over/ADV/7/ccomp ./PUNCT/7/punct",
    ]
    found = _speakers(text, spec)
    assert all(name != "Ann Roe" for _, name, _ in found.values())
    assert "the race is over" in found, "the statement is found"


# ------------------------------------------- a headline's verb run into the name before it

def test_headline_verb_after_a_name_is_no_part_of_it():
    """'Ann Roe Responds' heading a story, the tagger's name run over the verb: the person
    is Ann Roe, for her later quotes too."""
    text = ("Ann Roe Responds\n\nAnn Roe said that the port needs money. “We will find "
            "it,” Roe said.")
    spec = [
        "Ann/PROPN/0/root/B-PERSON Roe/PROPN/1/flat/I-PERSON Responds/PROPN/1/flat/E-PERSON",
        "Ann/PROPN/3/nsubj/B-PERSON Roe/PROPN/1/flat/E-PERSON said/VERB/0/root "
        "that/SCONJ/7/mark the/DET/6/det port/NOUN/7/nsubj needs/VERB/3/ccomp "
        "money/NOUN/7/obj ./PUNCT/3/punct",
        "“/PUNCT/4/punct We/PRON/4/nsubj will/AUX/4/aux find/VERB/9/ccomp it/PRON/4/obj "
        ",/PUNCT/4/punct ”/PUNCT/4/punct Roe/PROPN/9/nsubj/S-PERSON said/VERB/0/root "
        "./PUNCT/9/punct",
    ]
    found = _speakers(text, spec)
    assert found["“We will find it,”"][1:] == ("Ann Roe", "PERSON")
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in spec]))
    names = [e.name for e in quotetrack.attribute_document(doc).entities]
    assert "Ann Roe" in names
    assert "Ann Roe Responds" not in names


def test_name_ending_in_a_name_word_verb_stays_whole():
    """Near miss: a name whose last word is a verb's form that names things too ("Harbor
    Reports", "Field Notes") keeps it."""
    text = "Harbor Reports said that the port needs money."
    spec = [
        "Harbor/PROPN/3/nsubj/B-ORG Reports/PROPN/1/flat/E-ORG said/VERB/0/root "
        "that/SCONJ/7/mark the/DET/6/det port/NOUN/7/nsubj needs/VERB/3/ccomp "
        "money/NOUN/7/obj ./PUNCT/3/punct",
    ]
    found = _speakers(text, spec)
    assert ("Harbor Reports", "Harbor Reports", "ORG") in found.values()


# ------------------------------------------------ someone new of a party, not the party

def test_unnamed_member_of_a_party_is_not_the_party():
    """'“A,” said a Maine Republican.' and 'one senior Democrat said': someone new of that
    party, shown by the phrase (a group of its own), never the party "Republican"."""
    text = ("“The race is close,” said a Maine Republican. “It is over,” one senior "
            "Democrat said.")
    spec = [
        "“/PUNCT/5/punct The/DET/3/det race/NOUN/5/nsubj is/AUX/5/cop close/ADJ/8/ccomp "
        ",/PUNCT/5/punct ”/PUNCT/5/punct said/VERB/0/root a/DET/11/det "
        "Maine/PROPN/11/compound/S-GPE Republican/PROPN/8/nsubj/S-NORP ./PUNCT/8/punct",
        "“/PUNCT/5/punct It/PRON/5/nsubj is/AUX/5/cop over/ADV/11/ccomp ,/PUNCT/5/punct "
        "”/PUNCT/5/punct one/NUM/10/nummod senior/ADJ/10/amod Democrat/PROPN/11/nsubj/S-NORP "
        "said/VERB/0/root ./PUNCT/11/punct",
    ]
    found = _speakers(text, spec)
    assert found["“The race is close,”"][1:] == ("a Maine Republican", "GROUP")
    assert found["“It is over,”"][1:] == ("one senior Democrat", "GROUP")


def test_party_members_and_named_members_keep_their_names():
    """Near misses: 'Republicans said that A' stays the party's people, and 'said a Maine
    Republican, Tom Hale,' is the person named."""
    text = ("Republicans said that the race is close. “It is over,” said a Maine "
            "Republican, Tom Hale, on Monday.")
    spec = [
        "Republicans/PROPN/2/nsubj/S-NORP said/VERB/0/root that/SCONJ/7/mark "
        "the/DET/5/det race/NOUN/7/nsubj is/AUX/7/cop close/ADJ/2/ccomp ./PUNCT/2/punct",
        "“/PUNCT/5/punct It/PRON/5/nsubj is/AUX/5/cop over/ADV/7/ccomp ,/PUNCT/5/punct "
        "”/PUNCT/5/punct said/VERB/0/root a/DET/10/det Maine/PROPN/10/compound/S-GPE "
        "Republican/PROPN/7/nsubj/S-NORP ,/PUNCT/12/punct Tom/PROPN/10/appos/B-PERSON "
        "Hale/PROPN/12/flat/E-PERSON ,/PUNCT/12/punct on/ADP/16/case Monday/PROPN/7/obl/S-DATE "
        "./PUNCT/7/punct",
    ]
    found = _speakers(text, spec)
    assert found["the race is close"][1:] == ("Republicans", "NORP")
    assert found["“It is over,”"][1:] == ("Tom Hale", "PERSON")


def test_body_named_for_a_sum_before_its_director_is_the_director():
    """'“A,” Wage for $20 organizing director Ann Roe told the crowd.' with "Wage" the
    parse's subject: Ann Roe speaks, not a person named "Wage"."""
    text = "“Pay us more,” Wage for $20 organizing director Ann Roe told the crowd."
    spec = [
        "“/PUNCT/2/punct Pay/VERB/15/ccomp us/PRON/2/iobj more/ADV/2/advmod ,/PUNCT/2/punct "
        "”/PUNCT/2/punct Wage/NOUN/15/nsubj for/ADP/10/case $/SYM/10/dep 20/NUM/7/nmod "
        "organizing/VERB/10/acl director/NOUN/14/compound Ann/PROPN/14/compound/B-PERSON "
        "Roe/PROPN/11/obj/E-PERSON told/VERB/0/root the/DET/17/det crowd/NOUN/15/obj "
        "./PUNCT/15/punct",
    ]
    found = _speakers(text, spec)
    assert found["“Pay us more,”"][1:] == ("Ann Roe", "PERSON")


# ------------------------------------ one name tagged as a person and as something else

def _entities(text: str, spec: list[str]) -> list[tuple[str, str]]:
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in spec]))
    return [(e.name, e.type) for e in quotetrack.attribute_document(doc).entities]


_ROE_TWICE = [
    "Ann/PROPN/3/nsubj/B-PERSON Roe/PROPN/1/flat/E-PERSON spoke/VERB/0/root "
    "on/ADP/5/case Monday/PROPN/3/obl/S-DATE ./PUNCT/3/punct",
    "Ann/PROPN/3/nsubj/B-PERSON Roe/PROPN/1/flat/E-PERSON left/VERB/0/root "
    "early/ADV/3/advmod ./PUNCT/3/punct",
]


def test_name_tagged_once_as_a_body_is_the_person_it_names_elsewhere():
    """'Ann Roe' tagged an organisation where she speaks and a person twice elsewhere in
    the article: one person, who speaks (not an organisation "Ann Roe" beside her)."""
    text = ("Ann Roe said that the port needs money. Ann Roe spoke on Monday. Ann Roe "
            "left early.")
    spec = [
        "Ann/PROPN/3/nsubj/B-ORG Roe/PROPN/1/flat/E-ORG said/VERB/0/root "
        "that/SCONJ/7/mark the/DET/6/det port/NOUN/7/nsubj needs/VERB/3/ccomp "
        "money/NOUN/7/obj ./PUNCT/3/punct",
        *_ROE_TWICE,
    ]
    found = _speakers(text, spec)
    assert found["the port needs money"][1:] == ("Ann Roe", "PERSON")
    assert ("Ann Roe", "ORG") not in _entities(text, spec)


def test_place_tagged_a_person_once_stays_a_place():
    """Near miss: 'Harbor Point' tagged a place twice and a person once keeps its place:
    the one person tag gains nothing."""
    text = ("Harbor Point said that the port needs money. Harbor Point flooded on Monday. "
            "Harbor Point is quiet.")
    spec = [
        "Harbor/PROPN/3/nsubj/B-PERSON Point/PROPN/1/flat/E-PERSON said/VERB/0/root "
        "that/SCONJ/7/mark the/DET/6/det port/NOUN/7/nsubj needs/VERB/3/ccomp "
        "money/NOUN/7/obj ./PUNCT/3/punct",
        "Harbor/PROPN/3/nsubj/B-GPE Point/PROPN/1/flat/E-GPE flooded/VERB/0/root "
        "on/ADP/5/case Monday/PROPN/3/obl/S-DATE ./PUNCT/3/punct",
        "Harbor/PROPN/4/nsubj/B-GPE Point/PROPN/1/flat/E-GPE is/AUX/4/cop quiet/ADJ/0/root "
        "./PUNCT/4/punct",
    ]
    assert ("Harbor Point", "GPE") in _entities(text, spec)
