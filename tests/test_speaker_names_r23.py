"""Speaker names, round twenty-three (h47-nms): the names users see as the nodes of their
graph.  A common word that opens its sentence is no one's name ("Research shows",
"Footage from the game shows"), nor is "of" cut from "one of his aides"; an organisation
or programme a tagger read as a person ("the Ann Doe Foundation") is not the person who
speaks; a name a tagger ran on into a title-case headline ("Tom Roe Denies Deal With
Rivals") ends where the headline's verb starts.  Hand-written parses copy the tags a
tagger gives."""

from __future__ import annotations

from findings import parsed_quotes
from handparse import conllu, spec_rows

import quotetrack


def _default_speaker(text: str, piece: str) -> tuple[str | None, str | None]:
    """(speaker name, speaker mention) of the default path's quote holding ``piece``."""
    q = next(q for q in quotetrack.extract(text).quotes if piece in q.text)
    return (q.speaker.name if q.speaker else None,
            q.speaker_mention.text if q.speaker_mention else None)


def _parsed(text: str, specs: list[str], piece: str,
            kinds: tuple[str, ...] = ("direct", "mixed", "indirect")) -> quotetrack.Quote:
    return next(q for q in parsed_quotes(text, [spec_rows(s) for s in specs], kinds)
                if piece in q.text)


# ---------------------------------------------------------------- common sentence openers

def test_common_word_opening_a_sentence_is_no_speaker_name():
    """'Research suggests that A. ... the research': the article writes the word in lower
    case, so it names no one; the mention stays, the name goes."""
    text = ("The council met on Monday. Research suggests that the new tax will hurt small "
            "shops. Other research says otherwise.")
    name, mention = _default_speaker(text, "the new tax")
    assert mention == "Research"
    assert name is None


def test_pronoun_opener_is_no_speaker_name():
    """'Nobody said that A': a word of no name, capitalised only as the sentence's first."""
    text = "Crime fell last year in the town. Nobody said that the police had done badly."
    quotes = quotetrack.extract(text).quotes
    assert all(q.speaker is None or q.speaker.name != "Nobody" for q in quotes)


def test_surname_opening_a_sentence_keeps_its_name():
    """'Vasquez said that A': a capitalised word the article never writes in lower case is
    a surname, as before."""
    text = ("The plant will close in June. Vasquez said that the workers would be paid "
            "until the end of the year.")
    name, mention = _default_speaker(text, "the workers")
    assert (name, mention) == ("Vasquez", "Vasquez")


def test_surname_that_is_also_a_word_keeps_its_name_once_given_in_full():
    """'Ann Brown ... Brown said that A ... a brown coat': the article named a Brown, so the
    capitalised opener is her, whatever else the word means."""
    text = ("Ann Brown runs the shelter. Brown said that the shelter needs more beds. She "
            "wore a brown coat.")
    name, _ = _default_speaker(text, "more beds")
    assert name == "Ann Brown"


def test_one_of_is_no_name():
    """'according to one of his aides': the mention cut to "one of" gives no name "of"."""
    text = ("Senator Tom Hale will join the lawsuit, according to one of his senior aides. "
            "The suit was filed on Friday.")
    quotes = quotetrack.extract(text).quotes
    assert all(q.speaker is None or q.speaker.name not in ("of", "one of") for q in quotes)


def test_common_word_a_tagger_read_as_a_person_is_no_name():
    """'Footage from the game shows that A', "Footage" tagged as a person and written in
    lower case later: no speaker named "Footage"."""
    text = ("Footage from the game shows that the fans were angry. The footage was posted "
            "online.")
    spec = [
        "Footage/NOUN/5/nsubj/S-PERSON from/ADP/4/case the/DET/4/det game/NOUN/1/nmod "
        "shows/VERB/0/root that/SCONJ/9/mark the/DET/8/det fans/NOUN/9/nsubj "
        "were/AUX/10/cop angry/ADJ/5/ccomp ./PUNCT/5/punct",
        "The/DET/2/det footage/NOUN/4/nsubj:pass was/AUX/4/aux:pass posted/VERB/0/root "
        "online/ADV/4/advmod ./PUNCT/4/punct",
    ]
    quotes = parsed_quotes(text, [spec_rows(s) for s in spec], ("direct", "mixed", "indirect"))
    assert all(q.speaker is None or q.speaker.name != "Footage" for q in quotes)


# ---------------------------------------------------------------- organisations named after people

_FOUNDATION_TEXT = ("Tom Hale ran the race in 2010. The Bill Roe Foundation paid for it. "
                    "“We are proud of it,” he said.")


def _foundation_parse() -> list[str]:
    return [
        "Tom/PROPN/3/nsubj/B-PERSON Hale/PROPN/1/flat/E-PERSON ran/VERB/0/root "
        "the/DET/5/det race/NOUN/3/obj in/ADP/7/case 2010/NUM/3/obl ./PUNCT/3/punct",
        "The/DET/4/det Bill/PROPN/4/compound/B-PERSON Roe/PROPN/4/compound/I-PERSON "
        "Foundation/PROPN/5/nsubj/E-PERSON paid/VERB/0/root for/ADP/7/case it/PRON/5/obl "
        "./PUNCT/5/punct",
        "“/PUNCT/3/punct We/PRON/3/nsubj are/AUX/3/cop proud/ADJ/9/ccomp of/ADP/5/case "
        "it/PRON/3/obl ,/PUNCT/3/punct ”/PUNCT/3/punct he/PRON/9/nsubj said/VERB/0/root "
        "./PUNCT/9/punct",
    ]


def test_foundation_tagged_as_a_person_is_no_speaker():
    """'Tom Hale ran ... The Bill Roe Foundation paid for it. “A,” he said': the
    foundation, tagged as a person, is an organisation, so "he" is Tom Hale, not "Bill Roe
    Foundation"."""
    q = _parsed(_FOUNDATION_TEXT, _foundation_parse(), "proud")
    assert q.speaker is not None and q.speaker.name == "Tom Hale"


def test_show_tagged_as_a_person_is_an_organisation():
    """'The Tom Roe Show' tagged as a person: the programme, typed as an organisation."""
    text = "The Tom Roe Show said that ratings rose."
    spec = ["The/DET/4/det Tom/PROPN/4/compound/B-PERSON Roe/PROPN/4/compound/I-PERSON "
            "Show/PROPN/5/nsubj/E-PERSON said/VERB/0/root that/SCONJ/8/mark "
            "ratings/NOUN/8/nsubj rose/VERB/5/ccomp ./PUNCT/5/punct"]
    q = _parsed(text, spec, "ratings")
    assert q.speaker is not None and q.speaker.name.endswith("Show")
    assert q.speaker.type != "PERSON"


def test_person_whose_surname_is_no_institution_word_stays_a_person():
    """'Ann Doe said that A': no institution word ends the name; a person, as before."""
    text = "Ann Doe said that ratings rose."
    spec = ["Ann/PROPN/3/nsubj/B-PERSON Doe/PROPN/1/flat/E-PERSON said/VERB/0/root "
            "that/SCONJ/6/mark ratings/NOUN/6/nsubj rose/VERB/3/ccomp ./PUNCT/3/punct"]
    q = _parsed(text, spec, "ratings")
    assert q.speaker is not None and (q.speaker.name, q.speaker.type) == ("Ann Doe", "PERSON")


# ---------------------------------------------------------------- names run on into headlines

def test_name_run_into_a_headline_ends_at_its_verb():
    """'Tom Roe Denies Deal With Rivals.' tagged whole as one name: "Tom Roe"."""
    text = ("Tom Roe Denies Deal With Rivals.\n\nTom Roe said on Monday that he had made no "
            "deal. “There was never a deal,” Roe said.")
    spec = [
        "Tom/PROPN/3/nsubj/B-ORG Roe/PROPN/1/flat/I-ORG Denies/VERB/0/root/I-ORG "
        "Deal/PROPN/3/obj/I-ORG With/ADP/6/case/I-ORG Rivals/PROPN/4/nmod/E-ORG "
        "./PUNCT/3/punct",
        "Tom/PROPN/3/nsubj/B-PERSON Roe/PROPN/1/flat/E-PERSON said/VERB/0/root "
        "on/ADP/5/case Monday/PROPN/3/obl that/SCONJ/10/mark he/PRON/10/nsubj "
        "had/AUX/10/aux made/VERB/3/ccomp no/DET/12/det deal/NOUN/10/obj ./PUNCT/3/punct",
        "“/PUNCT/3/punct There/PRON/3/expl was/VERB/10/ccomp never/ADV/3/advmod "
        "a/DET/6/det deal/NOUN/3/nsubj ,/PUNCT/3/punct ”/PUNCT/3/punct "
        "Roe/PROPN/10/nsubj/S-PERSON said/VERB/0/root ./PUNCT/10/punct",
    ]
    quotes = parsed_quotes(text, [spec_rows(s) for s in spec], ("direct", "mixed", "indirect"))
    names = {q.speaker.name for q in quotes if q.speaker is not None}
    assert names and all("Denies" not in n for n in names)
    assert "Tom Roe" in names


def test_organisation_name_without_a_verb_is_left_whole():
    """'Citizens For Safe Streets said that A': no verb inside the name; left whole."""
    text = "Citizens For Safe Streets said that crime rose."
    spec = ["Citizens/PROPN/5/nsubj/B-ORG For/ADP/4/case/I-ORG Safe/PROPN/4/compound/I-ORG "
            "Streets/PROPN/1/nmod/E-ORG said/VERB/0/root that/SCONJ/8/mark "
            "crime/NOUN/8/nsubj rose/VERB/5/ccomp ./PUNCT/5/punct"]
    q = _parsed(text, spec, "crime")
    assert q.speaker is not None and q.speaker.name == "Citizens For Safe Streets"


def test_surname_after_a_show_named_for_its_host_is_the_host():
    """'Sitting down with “The Tom Roe Show” ... Roe said': the show is no person, and the
    bare surname is the host the show is named after, "Tom Roe"."""
    text = ("Sitting down with “The Tom Roe Show” on Thursday, Ann Doe spoke about taxes. "
            "“You are wrong,” Roe said.")
    name, mention = _default_speaker(text, "You are wrong")
    assert (name, mention) == ("Tom Roe", "Roe")


def test_foundation_with_a_one_word_name_makes_no_person():
    """'the Roe Foundation said': no given name inside, so no person is made of it."""
    text = "The Roe Foundation said that it would pay for the park."
    result = quotetrack.extract(text)
    assert not any(e.type == "PERSON" and e.name == "Roe" for e in result.entities)


# ---------------------------------------------------------------- names no list knows

def test_unknown_given_name_joins_its_surname():
    """'in what Bay Redfield, the party treasurer, called “A.” ... “B,” Redfield said':
    a given name no list knows, the tagger finds only the surname alone; both quotes are
    Bay Redfield's."""
    text = ("The fight moved to the floor, in what Bay Redfield, national treasurer for Tom "
            "Hale's 1980 campaign, called “hand-to-hand combat.” “You are down to the people "
            "you can count,” Redfield said.")
    quotes = quotetrack.extract(text).quotes
    named = {q.speaker_mention.text: q.speaker.name for q in quotes
             if q.speaker is not None and q.speaker_mention is not None}
    assert named.get("Redfield") == "Bay Redfield"


def test_unknown_word_after_a_faith_word_is_a_body():
    """'Islamic Jihad said it would attend': a body, not a person surnamed "Jihad"."""
    text = "Palestinian groups met on Monday. Islamic Jihad said it would attend the talks."
    q = next(q for q in quotetrack.extract(text).quotes if "attend" in q.text)
    assert q.speaker is not None and q.speaker.name == "Islamic Jihad"
    assert q.speaker.type != "PERSON"


def test_given_name_after_a_faith_word_is_a_person():
    """'Christian Banks said that A': a given name, so a person, as before."""
    text = "The vote was close. Christian Banks said that the count was fair."
    q = next(q for q in quotetrack.extract(text).quotes if "count" in q.text)
    assert q.speaker is not None and q.speaker.type == "PERSON"


def test_name_with_a_word_that_is_also_a_verb_of_speech_is_left_whole():
    """'the United States Postal Service said that A': "States" is part of the name, no
    headline's verb."""
    text = "The United States Postal Service said that rates would rise."
    spec = ["The/DET/5/det United/PROPN/5/compound/B-ORG States/PROPN/5/compound/I-ORG "
            "Postal/PROPN/5/compound/I-ORG Service/PROPN/6/nsubj/E-ORG said/VERB/0/root "
            "that/SCONJ/10/mark rates/NOUN/10/nsubj would/AUX/10/aux rise/VERB/6/ccomp "
            "./PUNCT/6/punct"]
    q = _parsed(text, spec, "rates")
    assert q.speaker is not None and q.speaker.name == "United States Postal Service"


def test_conjunction_a_tagger_took_into_a_name_is_dropped():
    """'As The Daily Ledger reported, A' with "As" tagged into the outlet's name: the
    outlet's name is "The Daily Ledger"."""
    text = "As The Daily Ledger reported, the mayor will resign in June."
    spec = ["As/SCONJ/5/mark/B-ORG The/DET/4/det/I-ORG Daily/PROPN/4/compound/I-ORG "
            "Ledger/PROPN/5/nsubj/E-ORG reported/VERB/10/advcl ,/PUNCT/5/punct "
            "the/DET/8/det mayor/NOUN/10/nsubj will/AUX/10/aux resign/VERB/0/root "
            "in/ADP/12/case June/PROPN/10/obl ./PUNCT/10/punct"]
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in spec]))
    names = {e.name for e in quotetrack.attribute_document(doc).entities}
    assert "The Daily Ledger" in names
    assert not any(n.startswith("As ") for n in names)


def test_abstract_noun_opening_a_sentence_is_no_speaker_name():
    """'Analysis shows that A', the word used once: a noun of an abstract noun's ending
    names no one."""
    text = "The firm has been sued 300 times. Analysis shows that lawsuits are its main tool."
    name, mention = _default_speaker(text, "lawsuits")
    assert mention == "Analysis"
    assert name is None


def test_title_cut_from_before_a_name_is_no_name():
    """'Former Secretary of State Ann Doe and ... said that A' with the mention cut to the
    title's first words: "Former Secretary" is a title, no person's name."""
    text = ("Sanders promised bold action. Former Secretary said that the plan would "
            "fail.")
    quotes = quotetrack.extract(text).quotes
    assert not any(q.speaker is not None and q.speaker.type == "PERSON" and
                   q.speaker.name == "Former Secretary" for q in quotes)


def test_honorific_before_a_surname_that_is_a_title_keeps_the_name():
    """'Charles King ... Mr. King said': a surname that is also a title ("King") after an
    honorific is the person's, as before."""
    text = ("Charles King ran the party for years. “We lost the young voters,” Mr. King "
            "said.")
    name, _ = _default_speaker(text, "young voters")
    assert name == "Charles King"
