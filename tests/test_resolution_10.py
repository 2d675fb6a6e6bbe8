"""A speaking "they" no group spoke for before (h36-thy): the plural subject before it
("Democratic leaders met ... They said"), two people named together as a subject ("Mr. Roe
and Mr. Reed ... They said"), a plural noun opening a sentence ("Companies say"), and
"these people".

Every text here is invented, and is read by the model-free default path.
"""

from __future__ import annotations

import quotetrack


def _speakers(text: str) -> dict[str, tuple[str | None, list[str]]]:
    """Quote text -> (speaker name, co-speaker names)."""
    return {q.text: (q.speaker.name if q.speaker else None, [c.name for c in q.co_speakers])
            for q in quotetrack.extract(text).quotes}


def test_they_is_the_plural_people_subject_before():
    """ "Democratic leaders met with the mayor. They said “A”": the leaders, who did not
    speak before."""
    text = ("Democratic leaders met with the mayor on Monday.\n\n"
            'They said the budget was "dead on arrival."\n')
    assert _speakers(text)['"dead on arrival."'] == ("Democratic leaders", []), _speakers(text)


def test_they_is_two_people_named_together_as_the_subject():
    """ "Mr. Tolley and Mr. Brandt, who ..., had moments where they agreed. They said":
    both of them, one as the speaker and the other as a co-speaker."""
    text = ("Mr. Tolley and Mr. Brandt, who have feuded for months, had moments where "
            "they agreed.\n\n"
            'They said the tax plan was "a disaster for farmers."\n')
    assert _speakers(text)['"a disaster for farmers."'] == ("Tolley", ["Brandt"]), \
        _speakers(text)


def test_they_after_a_parenthetical_is_the_subject_of_the_sentence_before():
    """ "Mexican officials polled voters. The outreach, they said, raised worries": not
    the outreach, whose sentence "they said" only interrupts."""
    text = ("Mexican officials conducted polls across the border last year.\n\n"
            'The outreach, they said, showed "a deep fear among our people."\n')
    assert _speakers(text)['"a deep fear among our people."'][0] == "Mexican officials"


def test_they_is_a_named_party_subject_of_its_sentence():
    """ "Senate Democrats blocked the bill because they said “A”": the party its sentence
    opens with."""
    text = 'Senate Democrats blocked the bill because they said it was "a poison pill."\n'
    assert _speakers(text)['"a poison pill."'][0] == "Democrats", _speakers(text)


def test_they_is_not_a_group_behind_a_nearer_subject():
    """ "Mexican officials met. A spokesman declined to comment. They said “A”": the
    nearest subject is one person, so the "they" stays unresolved rather than guessed."""
    text = ("Mexican officials met on Monday.\n\n"
            "A spokesman for the ministry declined to comment.\n\n"
            'They said the deal "would not close."\n')
    assert _speakers(text)['"would not close."'] == (None, []), _speakers(text)


def test_they_is_not_a_group_behind_an_it():
    """ "The police released a video. It contradicted what Doe said. They had said “A”":
    an "it" opens the sentence before, so not the police."""
    text = ("The police released a video of the night.\n\n"
            "It contradicted what Ann Vole and Tim Rusk said about the fight.\n\n"
            'They had said they "never touched anyone."\n')
    assert _speakers(text)['"never touched anyone."'][0] != "The police", _speakers(text)


def test_they_is_a_plural_noun_opening_its_sentence():
    """ "Companies say A. What's more, they note, B": the companies, a plural noun no
    tagger marked, not a person called "Companies"."""
    text = ("Companies say that the new rule would hurt their customers. What's more, "
            'they note, "the rule costs too much."\n')
    rows = _speakers(text)
    assert rows['"the rule costs too much."'] == ("Companies", []), rows
    ents = {e.name: e.type for e in quotetrack.extract(text).entities}
    assert ents.get("Companies") == "GROUP", ents


def test_they_is_these_people():
    """ "Mrs. Vale, these people said, would deal. They said “A”": "people" is a plural
    without an "s"."""
    text = ("Mrs. Vale, these people said, would be open to a deal.\n\n"
            'They said "the talks would resume in May."\n')
    assert _speakers(text)['"the talks would resume in May."'][0] == "these people", \
        _speakers(text)


def test_they_is_a_list_of_people_opening_a_clause():
    """ "As Tim Voss and Ann Keel stumped, they were recognized": the two a clause opening
    the sentence names; "Voss, Keel and Lund established ... They all said": all three."""
    text = ('As Tim Voss and Ann Keel stumped across the county, they were recognized by '
            'voters, "something new," they said.\n')
    assert _speakers(text)['"something new,"'] == ("Tim Voss", ["Ann Keel"]), _speakers(text)
    text = ("Tim Voss, Ann Keel and Rob Lund established their lead in March.\n\n"
            'They all said they would "fight on."\n')
    assert _speakers(text)['"fight on."'] == ("Tim Voss", ["Ann Keel", "Rob Lund"]), \
        _speakers(text)
