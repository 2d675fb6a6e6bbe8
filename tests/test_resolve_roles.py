"""Role nouns, groups and people as speakers: "the defender said" is the person the story
gave that role (by apposition, a title before the name, an abbreviated title or "who
coaches"); a role word before a name is its title, not part of it."""

from __future__ import annotations

from findings import quotes

import quotetrack


def _speaker(text: str, quote: str) -> str | None:
    """The name of the speaker credited with ``quote`` in ``text``."""
    return quotes(text)[quote][2]


def test_role_given_in_apposition_names_the_speaker():
    """'Eoin Walsh, a defender, ...; “...,” the defender said': Walsh, not no one."""
    text = ('Eoin Walsh, a defender, was injured in the second half. '
            '"It was a bad tackle," the defender said.')
    assert _speaker(text, '"It was a bad tackle,"') == "Eoin Walsh"


def test_role_after_an_age_and_a_possessive_in_apposition():
    """'Ann Roe, 41, the club's captain,' gives the role "captain"; a reported statement of
    "the captain" is hers."""
    text = ("Ann Roe, 41, the club's captain, missed the final. "
            "The captain said the team had let its fans down.")
    (q,) = quotetrack.extract(text).quotes
    assert q.speaker.name == "Ann Roe"
    assert q.speaker.titles == ("captain",)


def test_title_before_the_name_gives_the_role():
    """'Judge Amy Cole', 'defender Eoin Walsh': "the judge", "the defender"."""
    text = ('Caldmoor defender Eoin Walsh missed the match. '
            '"I will be back soon," the defender said.')
    assert _speaker(text, '"I will be back soon,"') == "Eoin Walsh"


def test_abbreviated_title_stands_for_its_role_noun():
    """'Sen. Tom Roe' is "the senator" (not a new group "the senator")."""
    text = 'Sen. Tom Roe voted against the bill. "It costs too much," the senator said.'
    (q,) = quotetrack.extract(text).quotes
    assert q.speaker.name == "Tom Roe"
    assert [e.name for e in quotetrack.extract(text).entities] == ["Tom Roe"]


def test_relative_clause_verb_gives_the_role():
    """'Mark Dunne, who coaches the under-12 side,' is "the coach"."""
    text = ('Mark Dunne, who coaches the under-12 side, was pleased. '
            '"They played well," the coach added.')
    assert _speaker(text, '"They played well,"') == "Mark Dunne"


def test_role_noun_before_the_name_is_a_title_not_part_of_it():
    """'Skipper Eoin Walsh said' (a given name the annotator does not know): the person is
    Eoin Walsh, with the title Skipper."""
    (q,) = quotetrack.extract("Skipper Eoin Walsh said the team was ready.").quotes
    assert q.speaker.name == "Eoin Walsh"
    assert q.speaker.titles == ("Skipper",)


def test_former_title_is_not_the_sitting_one():
    """'former Caldmoor Gov. Jeb Hale' is no "the governor"; the governor is Tom Roe."""
    text = ('Former Caldmoor Gov. Jeb Hale met Gov. Tom Roe and Maria Kowal on Monday. '
            'Kowal spoke first. "It was a good meeting," the governor said.')
    assert _speaker(text, '"It was a good meeting,"') == "Tom Roe"
    text = ('Former Caldmoor Gov. Jeb Hale met Maria Kowal on Monday. '
            '"It was a good meeting," the governor said.')
    assert _speaker(text, '"It was a good meeting,"') != "Jeb Hale"


def test_indefinite_role_noun_is_someone_new():
    """'a senator said' after 'Senator Tom Roe': an unnamed senator, not Roe."""
    text = ('Senator Tom Roe voted against the bill. '
            '"It costs too much," a senator said on Tuesday.')
    assert _speaker(text, '"It costs too much,"') == "a senator"


def test_age_before_a_title_noun_stands_for_the_person_named():
    """'the 57-year-old scientist' with no one titled scientist: the person just named."""
    text = ('Maria Kowal held up a sign outside the hall. '
            'The 57-year-old scientist said she was worried.')
    (q,) = quotetrack.extract(text).quotes
    assert q.speaker.name == "Maria Kowal"


def _group(text: str) -> tuple[str | None, str | None, str | None]:
    """(mention, speaker name, speaker type) of the one quote of ``text``."""
    (q,) = quotetrack.extract(text).quotes
    return (q.speaker_mention.text if q.speaker_mention else None,
            q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None)


def test_people_at_an_organisation_speak_not_the_organisation():
    """'Parents at Oakfield Primary School said' is the parents, a group, not the school;
    so after an inverted cue and before "told"."""
    assert _group("Parents at Oakfield Primary School said the building was unsafe.") == \
        ("Parents at Oakfield Primary School", "Parents at Oakfield Primary School", "GROUP")
    assert _group('"It is unsafe," said parents at Oakfield Primary School.') == \
        ("parents at Oakfield Primary School", "parents at Oakfield Primary School", "GROUP")
    assert _group('"It is unsafe," parents at Oakfield Primary School told the council.')[2] \
        == "GROUP"


def test_people_from_an_organisation_are_one_mention():
    """'Parents from Oakfield Primary School told the council A': the whole phrase speaks
    (not "Parents" alone, taken for a person's name)."""
    assert _group("Parents from Oakfield Primary School told the council the building "
                  "was unsafe.") == ("Parents from Oakfield Primary School",
                                     "Parents from Oakfield Primary School", "GROUP")


def test_capitalised_people_noun_opening_a_sentence_is_no_name():
    """'Parents said A', 'Organizers said A': a group, not a person called Parents."""
    assert _group("The school shut on Monday. Parents said the building was unsafe.") == \
        ("Parents", "Parents", "GROUP")


def test_people_told_end_before_the_place_they_were_told_at():
    """'told attendees at the Caldmoor Party's annual gala how A': the statement is A (the
    addressee stays "attendees")."""
    (q,) = quotetrack.extract("Dora Hale is telling attendees at the Caldmoor Party's "
                              "annual gala how she helped save the hotel.").quotes
    assert q.text == "how she helped save the hotel"
    assert q.addressee_mention.text == "attendees"


def test_two_bare_surnames_one_unknown_to_the_annotator_both_speak():
    """'Holloway and Ostrander said' in a story that never gave their full names (the
    annotator knows Ostrander only): both speak, the mention is the coordination, and a
    "they" after stands for both."""
    text = ("The school closed on Monday. Holloway and Ostrander said the building was "
            "unsafe. They added that repairs would take a year.")
    first, second = quotetrack.extract(text).quotes
    assert first.speaker_mention.text == "Holloway and Ostrander"
    assert [e.name for e in first.speakers] == ["Holloway", "Ostrander"]
    assert [e.name for e in second.speakers] == ["Holloway", "Ostrander"]
    (q,) = quotetrack.extract('The school closed. "It is unsafe," Holloway and Ostrander '
                              'said.').quotes
    assert [e.name for e in q.speakers] == ["Holloway", "Ostrander"]



def test_abbreviated_title_and_role_noun_on_the_parsed_path():
    """A parse of 'Sen. Tom Roe voted no. “It costs too much,” the senator said.': the
    senator is Roe on the parsed path too."""
    from handparse import conllu

    text = "Sen. Tom Roe voted no. “It costs too much,” the senator said."
    first = [("Sen.", "Sen.", "PROPN", 3, "compound"),
             ("Tom", "Tom", "PROPN", 3, "compound", "B-PERSON"),
             ("Roe", "Roe", "PROPN", 4, "nsubj", "E-PERSON"),
             ("voted", "vote", "VERB", 0, "root"),
             ("no", "no", "ADV", 4, "advmod"),
             (".", ".", "PUNCT", 4, "punct")]
    second = [("“", "“", "PUNCT", 3, "punct"),
              ("It", "it", "PRON", 3, "nsubj"),
              ("costs", "cost", "VERB", 10, "ccomp"),
              ("too", "too", "ADV", 5, "advmod"),
              ("much", "much", "ADV", 3, "advmod"),
              (",", ",", "PUNCT", 3, "punct"),
              ("”", "”", "PUNCT", 3, "punct"),
              ("the", "the", "DET", 9, "det"),
              ("senator", "senator", "NOUN", 10, "nsubj"),
              ("said", "say", "VERB", 0, "root"),
              (".", ".", "PUNCT", 10, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [first, second]))
    (q,) = quotetrack.attribute_document(doc).quotes
    assert q.speaker_mention.text == "the senator"
    assert q.speaker.name == "Tom Roe"


def test_police_and_council_titles_abbreviated_before_the_name():
    """'Det. Insp. Mark Bell' is "the inspector", 'Cllr Ann Marsh' "the councillor"."""
    text = 'Det. Insp. Mark Bell led the inquiry. "We need witnesses," the inspector said.'
    assert _speaker(text, '"We need witnesses,"') == "Mark Bell"
    text = 'Cllr Ann Marsh objected. "This is wrong," the councillor said.'
    assert _speaker(text, '"This is wrong,"') == "Ann Marsh"
