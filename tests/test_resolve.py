"""Which entity a speaker mention resolves to: pronouns, role nouns, names (texts written for
the tests)."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.resolve import ArticleEntities
from quotetrack.tokens import Words


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text).quotes]


def entities(text: str, tags: dict[str, str] | None = None) -> tuple[ArticleEntities, Words]:
    """The article's entities, with NER tags of some words (by text) overridden."""
    words = Words(annotate(text))
    for w in words.words:
        if tags and w.text in tags:
            w.ner = tags[w.text]
    return ArticleEntities(words, quote_spans=[(q.start, q.end) for q in find_quotes(text)]), words


def resolve_at(ents: ArticleEntities, words: Words, phrase: str, nth: int = 0) -> str | None:
    """The entity name the mention ``phrase`` (its ``nth`` occurrence) resolves to."""
    text = words.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    a = words.index_at(start)
    b = words.index_at(start + len(phrase) - 1) + 1
    cl, _, _ = ents.resolve(a, b)
    return cl.name if cl is not None else None


@pytest.mark.parametrize("text, expected", [
    # the subject of the last sentence, not the last person named (an object)
    # (since round 24 "attacked [Jim Cole and Ray Dunn]" is Tom Baker's stance statement)
    ('Tom Baker attacked Jim Cole and Ray Dunn at the rally on Friday.\n\n'
     '"We will win this state," he said.', ["Tom Baker", "Tom Baker"]),
    # a person after a preposition does not break the chain from the last speaker
    ('"We are ready," Tom Baker said on Monday. The remark about Jim Cole drew laughs '
     'from the crowd.\n\n"We will win this state," he said.', ["Tom Baker", "Tom Baker"]),
    # nor the subject of a reported clause ("said Jim Cole was ...")
    ('"We are ready," Tom Baker said on Monday. Later Tom Baker said Jim Cole was careful.'
     '\n\n"We will win this state," he said.', ["Tom Baker", "Tom Baker", "Tom Baker"]),
    # nor an object of the narration ("advised Jim Cole")
    ('"Nobody saw it coming," said Tom Baker, a strategist who advised Jim Cole. '
     '"It was a surprise," he said.', ["Tom Baker", "Tom Baker"]),
])
def test_pronoun_resolves_to_a_subject(text, expected):
    assert speakers(text) == expected


def test_fronted_clause_does_not_make_the_name_an_object():
    assert speakers('"We are ready," Jim Cole said. With a voice that could fill a hall, '
                    'Tom Baker was the star.\n\n"I love this town," he said.') == \
        ["Jim Cole", "Tom Baker"]


def test_as_for_puts_the_subject_first():
    assert speakers('"We are ready," Jim Cole said on Monday.\n\n'
                    'As for Tom Baker, he was calm. "I am not worried," he said.') == \
        ["Jim Cole", "Tom Baker"]


def test_role_noun_with_a_place_is_a_person_not_the_place():
    assert speakers('Tom Baker spoke at a rally in Dayton on Monday.\n\n'
                    'The Ohio senator said that "taxes are too high."') == ["Tom Baker"]


def test_capitalised_head_is_a_name_not_a_role():
    ents, words = entities("Tom Baker spoke on Monday. The Dayton Daily Leader said he was wrong.")
    assert ents.mention_form(words.index_at(words.text.index("The Dayton")),
                             words.index_at(words.text.index(" said"))) != "role"


def test_role_noun_followed_by_its_name():
    text = "Ann Lee spoke first. Then the director, Tom Baker, said the inquiry was over."
    ents, words = entities(text, {"Tom": "B-PERSON", "Baker": "E-PERSON"})
    assert resolve_at(ents, words, "the director") == "Tom Baker"


def test_title_word_tagged_into_a_name_is_left_out():
    text = "Secretary of State Ross met the ambassador. Later Ann Ross spoke."
    ents, _ = entities(text, {"State": "B-PERSON", "Ross": "E-PERSON", "Ann": "B-PERSON"})
    names = {cl.name for cl in ents.clusters}
    assert "State Ross" not in names
    assert "Ann Ross" in names
    assert any("Secretary of State" in cl.titles for cl in ents.clusters if cl.name == "Ann Ross")


def test_untagged_honorific_name_joins_the_full_name():
    text = "Oliver Hedge runs the firm. Mr. Hedge said it was doing well."
    words = Words(annotate(text))
    k = words.index_at(text.index("Mr."))
    for w in words.words:
        w.ner = {0: "B-PERSON", 1: "E-PERSON"}.get(w.i, "O")  # the tagger missed "Mr. Hedge"
    ents = ArticleEntities(words)
    untagged = ents.untagged_name(k, k + 2)
    assert untagged is not None and untagged[0] == "Hedge"
    cl = ents.group_cluster(untagged[0], untagged[2], untagged[1])
    assert cl.name == "Oliver Hedge"


@pytest.mark.parametrize("text, expected", [
    # the surname alone stays with the one the article calls by it, after a relative's full name
    ("Jane Ward spoke at the rally on Monday. Ward said the bill would pass. Her husband, "
     "former Governor Tom Ward, stood at her side.\n\n“We are ready for the vote,” Ward said.",
     ["Jane Ward", "Jane Ward"]),
    # "Mrs." picks the woman of the two
    ("Jane Ward opened the meeting on Monday. Her husband, Tom Ward, spoke after her.\n\n"
     "“We are ready for the vote,” Mrs. Ward said.", ["Jane Ward"]),
])
def test_lone_surname_shared_by_two_people(text, expected):
    assert speakers(text) == expected


def test_father_and_son_with_other_middle_initials_stay_two_people():
    text = ("George H.W. Cole led the firm for years. His son, George W. Cole, took over in "
            "2001.\n\n“We grew fast,” George W. Cole said.")
    assert speakers(text) == ["George W. Cole"]
    names = {e.name for e in quotetrack.extract(text).entities if e.type == "PERSON"}
    assert {"George H.W. Cole", "George W. Cole"} <= names


@pytest.mark.parametrize("text, name, type_", [
    # a party, a place or a person's name modifying people: the people speak
    ("Democratic leaders said the bill would pass.", "Democratic leaders", "GROUP"),
    ("White House officials said the talks would go on.", "White House officials", "GROUP"),
    ("Tom Reed spoke on Monday. Reed's spokesman said the senator would run again.",
     "Reed's spokesman", "GROUP"),
    # an institution speaks for the one it is named after; a title before a name is no head
    ("The Clinton campaign said the report was false.", "Clinton", "PERSON"),
    ("President Tom Reed said the talks would go on.", "Tom Reed", "PERSON"),
])
def test_people_named_after_an_entity_are_not_the_entity(text, name, type_):
    (q,) = quotetrack.extract(text).quotes
    assert (q.speaker.name, q.speaker.type) == (name, type_)


@pytest.mark.parametrize("text, expected", [
    # "it" stands for no people; "they" for no one person
    ("The River Trust said the dam was unsafe. A spokesman said repairs would take a year. "
     "It also said the work would cost more.", ["River Trust", "A spokesman", None]),
    ("A spokesman said the plan was dead. They said the vote would wait until May.",
     ["A spokesman", None]),
    ("City aides said the plan was dead. It said the vote would wait until May.",
     ["City aides", None]),
    # agreeing pronouns still take up the group or organisation
    ("City aides said the plan was dead. They said the vote would wait until May.",
     ["City aides", "City aides"]),
    ("The River Trust said the dam was unsafe. It said the work would cost more.",
     ["River Trust", "River Trust"]),
])
def test_group_pronoun_agrees_in_number_with_its_speaker(text, expected):
    assert speakers(text) == expected


def test_plural_title_after_a_name_is_a_group():
    """"the senator's lawyers": people with no name of their own, not the senator."""
    text = "Tom Reed spoke on Monday. Reed's lawyers said the case would be dropped."
    (q,) = quotetrack.extract(text).quotes
    assert (q.speaker.name, q.speaker.type) == ("Reed's lawyers", "GROUP")


def test_subject_of_a_question_is_a_subject():
    """"Was Jim Cole satisfied?": the auxiliary put first does not make the name an object."""
    text = ('Tom Baker presented the plan on Monday. “It will pass,” he said.\n\n'
            'Was Jim Cole satisfied with Baker’s answer?\n\n“To a point,” he said.')
    assert speakers(text) == ["Tom Baker", "Jim Cole"]


def test_first_person_after_a_transcript_label():
    """"DOE: Well, I think ...": the "I" of a transcript line is the person its label names."""
    text = ('Governor Jane Doe spoke to host Tom Reed on Sunday.\n\n'
            'REED: Will the plan pass?\n\n'
            'DOE: Well, I think the plan will pass this year.')
    # the transcript's lines are statements of their labels too (thirteenth round)
    assert speakers(text) == ["Tom Reed", "Jane Doe", "Jane Doe"]


def test_pronoun_passes_over_a_speaker_of_the_other_gender():
    """"he" after a "she" who spoke last: the last "he" who spoke, not a man named as an
    object in between."""
    text = ('“We are ready,” Tom Baker said. Jane Doe, his rival, disagreed with Jim Cole’s '
            'plan. “It will fail,” she said.\n\n“We will win this state,” he said.')
    assert speakers(text) == ["Tom Baker", "Jane Doe", "Tom Baker"]


def test_capitalised_speaker_noun_opening_a_sentence_is_a_group():
    """"Prosecutors said": a common noun capitalised by its place, not a person named
    Prosecutors whom a later "he" could mean."""
    text = ('“We are ready,” Tom Baker said on Monday.\n\n'
            'Prosecutors said the case was strong. “It will fail,” he said.')
    qs = quotetrack.extract(text).quotes
    assert [(q.speaker.name, q.speaker.type) for q in qs] == [
        ("Tom Baker", "PERSON"), ("Prosecutors", "GROUP"), ("Tom Baker", "PERSON")]


def test_nickname_and_given_name_are_one_person():
    """"Sandy Paradis" and "Sandra Paradis" in one article are one person."""
    text = ("Sandra Paradis runs a diner in Dover.\n\n"
            "Sandy Paradis, as her regulars call her, said the diner was full.")
    names = [e.name for e in quotetrack.extract(text).entities if e.type == "PERSON"]
    assert names == ["Sandra Paradis"]


@pytest.mark.parametrize("text, expected", [
    # a kin noun right before a name tells its gender: "she" skips the son, "he" the daughter
    ('Dana Whitlock spoke on Monday. She greeted the crowd, Ray Ortega and his son Beau '
     'Ortega.\n“We lost a good man,” she said.', ["Dana Whitlock"]),
    ('Sal Moreno spoke on Monday. He greeted the crowd and his daughter Dell Moreno.\n'
     '“We lost a good friend,” he said.', ["Sal Moreno"]),
])
def test_kin_noun_before_a_name_tells_its_gender(text, expected):
    assert speakers(text) == expected
