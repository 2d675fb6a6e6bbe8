"""Transcript labels in capitals and the person the story names (h63-lab, thirty-first round).

"WA Gov Quillon: ..." in a headline no parser tagged made a person "WA Gov Quillon" beside
the "Marta Quillon" of the story, so a later label "QUILLON:" fitted two people of that
surname and became a person "QUILLON" of its own on the parsed path.  A place's or a
body's word and a title before an untagged name ("WA Gov Quillon", "Acme CEO Roe") are no
part of the name: the headline's speaker is Marta Quillon, and so is the label's.  When the
story names two people of the surname, the label joins neither.

Every text is invented; the parsed path reads hand-written parses (``tests/handparse.py``)
that tag the names in running text and leave the headline and the labels untagged, as the
parser of the benchmark did.
"""

from __future__ import annotations

import pytest
from findings import both_paths, entity_types
from handparse import conllu, spec_rows

import quotetrack

Row = tuple[str, str, str | None, str | None]

HEADED = ("WA Gov Quillon: Budget Is ‘Fair To Everyone’\n\n"
          "Governor Marta Quillon said on Sunday the budget was fair.\n\n"
          "DELL: Is the budget fair?\n\n"
          "QUILLON: I think the budget is fair to everyone.\n\n"
          "DELL: Will you sign it?\n\n"
          "QUILLON: I will sign it on Monday.\n")

HEADED_SPECS = [
    "WA/PROPN Gov/PROPN Quillon/PROPN :/PUNCT Budget/NOUN Is/AUX ‘/PUNCT Fair/ADJ "
    "To/ADP Everyone/PRON ’/PUNCT",
    "Governor/PROPN Marta/PROPN/B-PERSON Quillon/PROPN/E-PERSON said/VERB on/ADP "
    "Sunday/PROPN/S-DATE the/DET budget/NOUN was/AUX fair/ADJ ./PUNCT",
    "DELL/PROPN :/PUNCT Is/AUX the/DET budget/NOUN fair/ADJ ?/PUNCT",
    "QUILLON/PROPN :/PUNCT I/PRON think/VERB the/DET budget/NOUN is/AUX fair/ADJ to/ADP "
    "everyone/PRON ./PUNCT",
    "DELL/PROPN :/PUNCT Will/AUX you/PRON sign/VERB it/PRON ?/PUNCT",
    "QUILLON/PROPN :/PUNCT I/PRON will/AUX sign/VERB it/PRON on/ADP Monday/PROPN/S-DATE "
    "./PUNCT",
]


def _flat(spec: str) -> list[tuple]:
    """Word rows of one sentence of "form/UPOS[/NER]" items, every word hanging from the
    first (the attribution of labelled lines reads no dependencies)."""
    items = [item.split("/") for item in spec.split()]
    rows = spec_rows(" ".join(f"{form}/{upos}/0/x" + "".join(f"/{n}" for n in ner)
                              for form, upos, *ner in items))
    return [(f, lemma, upos, 0 if k == 0 else 1, "root" if k == 0 else "dep", *ner)
            for k, (f, lemma, upos, _, _, *ner) in enumerate(rows)]


def _parsed(text: str, specs: list[str]) -> quotetrack.ArticleResult:
    doc = quotetrack.from_conllu(text, conllu(text, [_flat(s) for s in specs]))
    return quotetrack.attribute_document(doc)


def _speakers(result: quotetrack.ArticleResult) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in result.quotes}


def test_a_label_in_capitals_joins_the_person_of_its_surname_on_the_parsed_path():
    """ "QUILLON: I think ...": Marta Quillon, not a person "QUILLON" nor "WA Gov
    Quillon"."""
    result = _parsed(HEADED, HEADED_SPECS)
    said = _speakers(result)
    assert said["I think the budget is fair to everyone."] == "Marta Quillon", said
    assert said["I will sign it on Monday."] == "Marta Quillon", said
    assert said["‘Fair To Everyone’"] == "Marta Quillon", said
    names = {n for n, _ in entity_types(result)}
    assert "QUILLON" not in names and "WA Gov Quillon" not in names, names


@pytest.mark.parametrize("tag", ["S-PERSON", "S-ORG", "S-GPE"])
def test_a_label_the_parser_tagged_joins_the_person_of_its_surname(tag: str) -> None:
    """ "QUILLON:" tagged a person, a body or a place by the parser: Marta Quillon all the
    same, and her "I"."""
    specs = [s.replace("QUILLON/PROPN", f"QUILLON/PROPN/{tag}") for s in HEADED_SPECS]
    result = _parsed(HEADED, specs)
    said = _speakers(result)
    assert said["I think the budget is fair to everyone."] == "Marta Quillon", said
    assert said["the budget is fair to everyone"] == "Marta Quillon", said
    assert "QUILLON" not in {n for n, _ in entity_types(result)}


def test_a_label_in_capitals_joins_the_person_of_its_surname_on_the_default_path():
    """The same on the model-free path, which already read it so."""
    said = _speakers(quotetrack.extract(HEADED))
    assert said["I think the budget is fair to everyone."] == "Marta Quillon", said
    assert said["‘Fair To Everyone’"] == "Marta Quillon", said


TWO = ("Marta Quillon and her brother Tomas Quillon spoke on the radio on Sunday.\n\n"
       "DELL: Is the budget fair?\n\n"
       "QUILLON: I think the budget is fair to everyone.\n\n"
       "DELL: Will you sign it?\n\n"
       "QUILLON: I will sign it on Monday.\n")

TWO_SPECS = [
    "Marta/PROPN/B-PERSON Quillon/PROPN/E-PERSON and/CCONJ her/PRON brother/NOUN "
    "Tomas/PROPN/B-PERSON Quillon/PROPN/E-PERSON spoke/VERB on/ADP the/DET radio/NOUN "
    "on/ADP Sunday/PROPN/S-DATE ./PUNCT",
    *HEADED_SPECS[2:],
]


def test_a_label_of_a_surname_two_people_bear_joins_neither():
    """Marta and Tomas Quillon both named: "QUILLON:" may be either, so neither."""
    for said in (_speakers(_parsed(TWO, TWO_SPECS)), _speakers(quotetrack.extract(TWO))):
        for text in ("I think the budget is fair to everyone.", "I will sign it on Monday."):
            assert said.get(text) not in ("Marta Quillon", "Tomas Quillon"), said


def test_a_tagged_label_of_a_surname_two_people_bear_joins_neither():
    """ "QUILLON:" tagged a person, Marta and Tomas Quillon both named: neither."""
    specs = [s.replace("QUILLON/PROPN", "QUILLON/PROPN/S-PERSON") for s in TWO_SPECS]
    said = _speakers(_parsed(TWO, specs))
    assert said.get("I will sign it on Monday.") not in ("Marta Quillon", "Tomas Quillon")


def test_a_place_and_a_title_before_an_untagged_name_are_no_part_of_it():
    """ "Acme CEO Brask said ..." with the parse tagging nothing: the person "Brask", the
    one the story names in full later, not a person "Acme CEO Brask"."""
    text = ("Acme CEO Brask said the plant would close.\n\n"
            "Lena Brask has run the firm since 2019.\n")
    said = spec_rows("Acme/PROPN/3/compound CEO/PROPN/3/compound Brask/PROPN/4/nsubj "
                     "said/VERB/0/root the/DET/6/det plant/NOUN/8/nsubj would/AUX/8/aux "
                     "close/VERB/4/ccomp ./PUNCT/4/punct")
    named = _flat("Lena/PROPN/B-PERSON Brask/PROPN/E-PERSON has/AUX run/VERB the/DET "
                  "firm/NOUN since/ADP 2019/NUM/S-DATE ./PUNCT")
    doc = quotetrack.from_conllu(text, conllu(text, [said, named]))
    result = quotetrack.attribute_document(doc)
    names = {n for n, _ in entity_types(result)}
    assert "Acme CEO Brask" not in names, names
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Lena Brask"]


def test_a_given_name_before_a_title_word_keeps_the_name_whole():
    """ "Marta Judge said ...": a given name then a surname that is a title word ("Judge")
    is a person's whole name, nothing cut."""
    for rows in both_paths("Marta Judge said the plant would close.\n"):
        assert [r[3] for r in rows] == ["Marta Judge"], rows


PAIRED = ("Senator Ivo Brandt spoke to the host on Sunday.\n\n"
          "NINA ROSKA: Is the budget fair?\n\n"
          "BRANDT: I think the budget is fair to everyone.\n\n"
          "ROSKA: Will you sign it?\n\n"
          "BRANDT: I will sign it on Monday.\n")

PAIRED_SPECS = [
    "Senator/PROPN Ivo/PROPN/B-PERSON Brandt/PROPN/E-PERSON spoke/VERB to/ADP the/DET "
    "host/NOUN on/ADP Sunday/PROPN/S-DATE ./PUNCT",
    "NINA/PROPN/S-PERSON ROSKA/PROPN :/PUNCT Is/AUX the/DET budget/NOUN fair/ADJ ?/PUNCT",
    *HEADED_SPECS[3:4],
    "ROSKA/PROPN :/PUNCT Will/AUX you/PRON sign/VERB it/PRON ?/PUNCT",
    *HEADED_SPECS[5:],
]


def test_a_label_whose_given_name_alone_was_tagged_is_the_whole_name():
    """ "NINA ROSKA:" with "NINA" alone tagged a person: the host is "NINA ROSKA", and the
    later "ROSKA:" is she, no person "NINA" beside a person "ROSKA"."""
    specs = [s.replace("QUILLON", "BRANDT") for s in PAIRED_SPECS]
    result = _parsed(PAIRED, specs)
    said = _speakers(result)
    assert said["Is the budget fair?"] == "NINA ROSKA", said
    assert said["Will you sign it?"] == "NINA ROSKA", said
    assert said["I think the budget is fair to everyone."] == "Ivo Brandt", said
    names = {n for n, _ in entity_types(result)}
    assert "NINA" not in names and "ROSKA" not in names, names


def test_a_name_tagged_in_a_label_of_one_word_stays():
    """ "NINA: ..." tagged a person with the colon right after it: "NINA", nothing more."""
    text = "NINA: Is the budget fair?\n\nNINA: Will you sign it?\n"
    specs = ["NINA/PROPN/S-PERSON :/PUNCT Is/AUX the/DET budget/NOUN fair/ADJ ?/PUNCT",
             "NINA/PROPN/S-PERSON :/PUNCT Will/AUX you/PRON sign/VERB it/PRON ?/PUNCT"]
    assert ("NINA", "PERSON") in entity_types(_parsed(text, specs))


RADIO = ("Transcript of the radio interview with Councillor Dario Venn and Mr. Jones.\n\n"
         "HOST: Do you think the tax will pass?\n\n"
         "VENN: I think it will.\n\n"
         "HOST: Mr. Jones, you said the tax is unfair. Why?\n\n"
         "JONES: I think the tax is unfair.\n")


def test_you_after_the_name_a_turn_opens_with_is_the_one_addressed():
    """ "HOST: Mr. Jones, you said the tax is unfair.": the "you" is Jones."""
    for rows in both_paths(RADIO):
        assert ("the tax is unfair", "indirect", "you", "Jones") in rows, rows


def test_you_after_the_name_a_turn_opens_with_on_a_hand_parse():
    """The same over a parser's tags and dependencies."""
    text = ("Transcript of the radio interview with Councillor Dario Venn and Mr. Jones.\n\n"
            "HOST: Mr. Jones, you said the tax is unfair.\n\n"
            "JONES: I think the tax is unfair.\n")
    specs = [_flat("Transcript/NOUN of/ADP the/DET radio/NOUN interview/NOUN with/ADP "
                   "Councillor/PROPN Dario/PROPN/B-PERSON Venn/PROPN/E-PERSON and/CCONJ "
                   "Mr./PROPN Jones/PROPN/S-PERSON ./PUNCT"),
             spec_rows("HOST/PROPN/0/root :/PUNCT/1/punct Mr./PROPN/4/compound "
                       "Jones/PROPN/7/vocative/S-PERSON ,/PUNCT/4/punct you/PRON/7/nsubj "
                       "said/VERB/1/parataxis the/DET/9/det tax/NOUN/11/nsubj "
                       "is/AUX/11/cop unfair/ADJ/7/ccomp ./PUNCT/7/punct")]
    doc = quotetrack.from_conllu(text, conllu(text, specs))
    rows = [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None)
            for q in quotetrack.attribute_document(doc).quotes]
    assert ("the tax is unfair", "you", "Jones") in rows, rows


def test_you_after_a_clause_that_names_someone_is_no_one_addressed():
    """ "HOST: When Ann Roe spoke, you said ...": Ann Roe is talked about, not addressed;
    and a "you" of a paragraph with no label is no one."""
    text = RADIO.replace("Mr. Jones, you said", "When Ann Roe spoke, you said")
    for rows in both_paths(text):
        assert ("the tax is unfair", "indirect", "you", None) in rows, rows
    text = RADIO.replace("HOST: Mr. Jones, you said", "Mr. Jones, you said")
    for rows in both_paths(text):
        assert not [r for r in rows if r[2] == "you" and r[3] is not None], rows
