"""Speakers of reported speech, round twenty-five: misread parse subjects of a cue (a phrase
with a preposition, a noun past the cue's clause, a subject before a colon), a frame set
amid its statement, and "according to" inside a that-clause (see handparse.py for the
hand-written parses)."""

from __future__ import annotations

from findings import parsed, reported
from handparse import conllu, spec_rows

import quotetrack

_LEMMAS = {"said": "say", "says": "say", "asked": "ask", "polled": "poll", "backed": "back",
           "remembers": "remember", "knows": "know", "forgets": "forget", "is": "be",
           "does": "do", "went": "go", "backs": "back", "experts": "expert",
           "teachers": "teacher", "members": "member"}


def rows_of(spec: str) -> list[tuple]:
    """:func:`spec_rows` with the lemmas a parser gives ("said": "say")."""
    return [(r[0], _LEMMAS.get(r[1], r[1]), *r[2:]) for r in spec_rows(spec)]


_NAME = rows_of("Sen./PROPN/3/compound/B-PERSON Jane/PROPN/3/compound/I-PERSON "
                  "Doe/PROPN/0/root/E-PERSON (/PUNCT/5/punct D-Ore/PROPN/3/appos "
                  "./PUNCT/5/punct )/PUNCT/5/punct")


def _parsed_split(text: str, second: list[tuple]) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement of ``text``, parsed as the
    name sentence above and ``second``: a parser's false split after the name's
    parentheses, which the reader joins again."""
    doc = quotetrack.from_conllu(text, conllu(text, [_NAME, second]))
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]


def test_subject_with_a_preposition_after_a_false_split_is_the_name():
    """'Sen. Jane Doe (D-Ore.), for example, earlier asked the board whether the plan had
    failed.': the parse splits after the parentheses and makes "example" the subject; a
    phrase with a preposition is no subject, the name before the split is."""
    text = ("Sen. Jane Doe (D-Ore.), for example, earlier asked the board whether the plan "
            "had failed.")
    second = rows_of(",/PUNCT/3/punct for/ADP/3/case example/NOUN/6/nsubj ,/PUNCT/3/punct "
                       "earlier/ADV/6/advmod asked/VERB/0/root the/DET/8/det board/NOUN/6/obj "
                       "whether/SCONJ/13/mark the/DET/11/det plan/NOUN/13/nsubj "
                       "had/AUX/13/aux failed/VERB/6/ccomp ./PUNCT/6/punct")
    found = _parsed_split(text, second)
    assert [sp for _, sp in found] == ["Sen. Jane Doe"]
    assert found[0][0].startswith("whether the plan had failed")


def test_subject_past_the_cues_clause_after_a_false_split_is_the_name():
    """'Sen. Jane Doe (D-Ore.), one of its authors, said she remembers working with Tom Roe
    and Al Poe.': the parse makes the last name the subject of "said", past the clause the
    cue governs; the name before the split speaks."""
    text = ("Sen. Jane Doe (D-Ore.), one of its authors, said she remembers working with "
            "Tom Roe and Al Poe.")
    second = rows_of(",/PUNCT/7/punct one/NUM/7/obl of/ADP/5/case its/PRON/5/nmod:poss "
                       "authors/NOUN/2/nmod ,/PUNCT/7/punct said/VERB/0/root "
                       "she/PRON/9/nsubj remembers/VERB/7/ccomp working/VERB/9/xcomp "
                       "with/ADP/13/case Tom/PROPN/13/compound/B-PERSON "
                       "Roe/PROPN/10/obl/E-PERSON and/CCONJ/15/cc Al/PROPN/13/conj/B-PERSON "
                       "Poe/PROPN/7/nsubj/E-PERSON ./PUNCT/7/punct")
    found = _parsed_split(text, second)
    assert [sp for _, sp in found] == ["Sen. Jane Doe"]
    assert found[0][0].startswith("she remembers working")


def test_subject_set_off_by_a_comma_after_the_name_stays_without_a_split():
    """Near miss: 'Jane Doe, for her part, said the plan had failed.' in one parse with
    the right subject: nothing to mend."""
    text = "Jane Doe, for her part, said the plan had failed."
    rows = rows_of("Jane/PROPN/2/compound/B-PERSON Doe/PROPN/8/nsubj/E-PERSON "
                     ",/PUNCT/6/punct for/ADP/6/case her/PRON/6/nmod:poss part/NOUN/8/obl "
                     ",/PUNCT/6/punct said/VERB/0/root the/DET/10/det plan/NOUN/12/nsubj "
                     "had/AUX/12/aux failed/VERB/8/ccomp ./PUNCT/8/punct")
    assert parsed(text, rows) == [("the plan had failed", "Jane Doe")]


def test_noun_phrase_after_a_colon_speaks_not_the_subject_before_it():
    """'The union polled its members: 900 teachers said they backed Roe.': the parse hangs
    "said" from the first clause and gives it that clause's subject; the teachers after
    the colon speak."""
    text = "The union polled its members: 900 teachers said they backed Roe."
    rows = rows_of("The/DET/2/det union/NOUN/9/nsubj polled/VERB/2/acl its/PRON/5/nmod:poss "
                     "members/NOUN/3/obj :/PUNCT/5/punct 900/NUM/8/nummod "
                     "teachers/NOUN/5/dep said/VERB/0/root they/PRON/11/nsubj "
                     "backed/VERB/9/ccomp Roe/PROPN/11/obj/S-PERSON ./PUNCT/9/punct")
    assert parsed(text, rows) == [("they backed Roe", "900 teachers")]


def test_subject_before_the_cue_without_a_colon_stays():
    """Near miss: 'The union, in a letter to its 900 teachers, said the strike would go
    on.': no colon or semicolon between the subject and the cue; the union speaks."""
    text = "The union, in a letter to its 900 teachers, said the strike would go on."
    rows = rows_of("The/DET/2/det union/NOUN/12/nsubj ,/PUNCT/6/punct in/ADP/6/case "
                     "a/DET/6/det letter/NOUN/12/obl to/ADP/10/case its/PRON/10/nmod:poss "
                     "900/NUM/10/nummod teachers/NOUN/6/nmod ,/PUNCT/6/punct "
                     "said/VERB/0/root the/DET/14/det strike/NOUN/16/nsubj "
                     "would/AUX/16/aux go/VERB/12/ccomp on/ADP/16/compound:prt "
                     "./PUNCT/12/punct")
    assert parsed(text, rows) == [("the strike would go on", "The union")]


def test_frame_amid_its_statement_credits_the_name_after_the_cue():
    """'Part of the trouble, say experts like Ann Lee, a geologist, is the soil itself.':
    the parse makes "Part" the subject of "say" and the experts the subject of the clause
    after; the frame sits amid the statement, and the experts speak."""
    text = "Part of the trouble, say experts like Ann Lee, a geologist, is the soil itself."
    rows = rows_of("Part/NOUN/6/nsubj of/ADP/4/case the/DET/4/det trouble/NOUN/1/nmod "
                     ",/PUNCT/6/punct say/VERB/0/root experts/NOUN/17/nsubj like/ADP/10/case "
                     "Ann/PROPN/10/compound/B-PERSON Lee/PROPN/7/nmod/E-PERSON ,/PUNCT/10/punct "
                     "a/DET/13/det geologist/NOUN/10/appos ,/PUNCT/10/punct is/AUX/17/cop "
                     "the/DET/17/det soil/NOUN/6/ccomp itself/PRON/17/nmod:npmod "
                     "./PUNCT/6/punct")
    for spoken, speaker in parsed(text, rows):
        assert "experts" in (speaker or "") and "Part" not in (speaker or "")
        assert spoken.startswith("Part of the trouble")


def test_frame_amid_its_statement_with_a_relative_after_the_name():
    """'And Tom Roe, said Ann Lee, who knows him well, doesn't forgive or forget.': Ann Lee
    speaks, not Tom Roe, whom the parse makes the subject of "said"."""
    text = "And Tom Roe, said Ann Lee, who knows him well, doesn't forgive or forget."
    rows = rows_of("And/CCONJ/5/cc Tom/PROPN/3/compound/B-PERSON Roe/PROPN/5/nsubj/E-PERSON "
                     ",/PUNCT/3/punct said/VERB/0/root Ann/PROPN/7/compound/B-PERSON "
                     "Lee/PROPN/16/nsubj/E-PERSON ,/PUNCT/7/punct who/PRON/10/nsubj "
                     "knows/VERB/7/acl:relcl him/PRON/10/obj well/ADV/10/advmod "
                     ",/PUNCT/7/punct does/AUX/16/aux n't/PART/16/advmod forgive/VERB/5/ccomp "
                     "or/CCONJ/18/cc forget/VERB/16/conj ./PUNCT/5/punct")
    assert parsed(text, rows) == [
        ("And Tom Roe, said Ann Lee, who knows him well, doesn't forgive or forget", "Ann Lee")]


def test_name_after_the_cue_without_a_comma_is_the_statements_subject():
    """Near miss: 'Tom Roe, a senator, says Ann Lee will win the seat.': the name after the
    cue opens the statement (no comma sets it off); Tom Roe speaks."""
    text = "Tom Roe, a senator, says Ann Lee will win the seat."
    rows = rows_of("Tom/PROPN/2/compound/B-PERSON Roe/PROPN/7/nsubj/E-PERSON ,/PUNCT/5/punct "
                     "a/DET/5/det senator/NOUN/2/appos ,/PUNCT/5/punct says/VERB/0/root "
                     "Ann/PROPN/9/compound/B-PERSON Lee/PROPN/11/nsubj/E-PERSON "
                     "will/AUX/11/aux win/VERB/7/ccomp the/DET/13/det seat/NOUN/11/obj "
                     "./PUNCT/7/punct")
    assert parsed(text, rows) == [("Ann Lee will win the seat", "Tom Roe")]


def test_according_to_inside_a_that_clause_is_an_aside_of_the_reporter():
    """'The Courier reported that, according to an analysis of city records, 40 of the 90
    contracts went to donors.': the outlet reports it all; the "according to" is an aside
    in its statement (as without the comma), not the frame of "The Courier reported that"."""
    text = ("The Courier reported that, according to an analysis of city records, 40 of the "
            "90 contracts went to donors.")
    found = reported(text)
    assert [sp for _, sp in found] == ["The Courier"]
    assert "40 of the 90 contracts went to donors" in found[0][0]


def test_according_to_opening_the_sentence_still_credits_its_source():
    """Near miss: 'According to an analysis of city records, 40 of the 90 contracts went to
    donors.': the frame credits the analysis."""
    text = "According to an analysis of city records, 40 of the 90 contracts went to donors."
    found = reported(text)
    assert [sp for _, sp in found] == ["an analysis of city records"]


def test_role_and_role_with_name_is_one_speaker():
    """'GOP presidential contender and former surgeon Jane Doe said the plan had failed.':
    the parse makes the first role the subject and hangs the name from it as a conjunct;
    the mention runs on to the name (not the party's role alone), and she speaks."""
    text = "GOP presidential contender and former surgeon Jane Doe said the plan had failed."
    rows = rows_of("GOP/PROPN/3/compound/S-ORG presidential/ADJ/3/amod contender/NOUN/9/nsubj "
                   "and/CCONJ/8/cc former/ADJ/8/amod surgeon/NOUN/8/compound "
                   "Jane/PROPN/8/compound/B-PERSON Doe/PROPN/3/conj/E-PERSON said/VERB/0/root "
                   "the/DET/11/det plan/NOUN/13/nsubj had/AUX/13/aux failed/VERB/9/ccomp "
                   "./PUNCT/9/punct")
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    (q,) = [q for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]
    assert q.text == "the plan had failed"
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "GOP presidential contender and former surgeon Jane Doe"
    assert q.speaker is not None and q.speaker.name == "Jane Doe"


def test_role_and_bare_name_are_left_as_the_parse_reads_them():
    """Near miss: 'The mayor and Jane Doe said the plan had failed.': no role before the
    name, two people, whom the mention covers as before."""
    text = "The mayor and Jane Doe said the plan had failed."
    rows = rows_of("The/DET/2/det mayor/NOUN/6/nsubj and/CCONJ/5/cc "
                   "Jane/PROPN/5/compound/B-PERSON Doe/PROPN/2/conj/E-PERSON said/VERB/0/root "
                   "the/DET/8/det plan/NOUN/10/nsubj had/AUX/10/aux failed/VERB/6/ccomp "
                   "./PUNCT/6/punct")
    assert parsed(text, rows) == [("the plan had failed", "The mayor and Jane Doe")]


def test_one_pressed_on_to_speak_is_the_speaker_of_the_infinitive():
    """'The ruling will raise the pressure on her to say whether she backs the plan.': the
    parse hangs "to say" from "raise", whose subject is the ruling; the one the pressure is
    on is to speak."""
    text = "The ruling will raise the pressure on her to say whether she backs the plan."
    rows = rows_of("The/DET/2/det ruling/NOUN/4/nsubj will/AUX/4/aux raise/VERB/0/root "
                   "the/DET/6/det pressure/NOUN/4/obj on/ADP/8/case her/PRON/6/nmod "
                   "to/PART/10/mark say/VERB/4/advcl whether/SCONJ/13/mark she/PRON/13/nsubj "
                   "backs/VERB/10/ccomp the/DET/15/det plan/NOUN/13/obj ./PUNCT/4/punct")
    assert parsed(text, rows) == [("whether she backs the plan", "her")]


def test_infinitive_after_a_place_with_on_keeps_the_subject():
    """Near miss: 'The mayor went on television to say that the plan had failed.': "on"
    opens where she went, not whom anyone pressed; the mayor speaks."""
    text = "The mayor went on television to say that the plan had failed."
    rows = rows_of("The/DET/2/det mayor/NOUN/3/nsubj went/VERB/0/root on/ADP/5/case "
                   "television/NOUN/3/obl to/PART/7/mark say/VERB/3/advcl that/SCONJ/12/mark "
                   "the/DET/10/det plan/NOUN/12/nsubj had/AUX/12/aux failed/VERB/7/ccomp "
                   "./PUNCT/3/punct")
    assert parsed(text, rows) == [("the plan had failed", "The mayor")]


def test_participle_after_a_coordinated_clause_goes_with_its_subject():
    """'The mayor was pressed on the budget, but Ann Lee stayed calm, saying the plan would
    pass.': without a parse, the participle goes with the clause that ", but" opens right
    before it, whose subject is Ann Lee, not with the sentence's first subject."""
    text = ("The mayor was pressed on the budget, but Ann Lee stayed calm, saying the plan "
            "would pass.")
    assert reported(text) == [("the plan would pass", "Ann Lee")]


def test_participle_after_a_pronoun_clause_takes_the_nearest_mention():
    """'Jane Doe was challenged over her temper, but she talked more about policy than before,
    saying she would raise taxes.': the pronoun of the nearer clause is the mention."""
    text = ("Jane Doe was challenged over her temper, but she talked more about policy than "
            "before, saying she would raise taxes.")
    assert reported(text) == [("she would raise taxes", "she")]


def test_participle_after_a_clause_with_coordinated_objects_keeps_the_subject():
    """Near miss: 'Ann Lee met the governor and the council, saying the plan would pass.':
    "and" joins two objects, no clause; Ann Lee speaks."""
    text = "Ann Lee met the governor and the council, saying the plan would pass."
    assert reported(text) == [("the plan would pass", "Ann Lee")]
