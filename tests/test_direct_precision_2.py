"""Direct quotes on the model-free path, second round: which quoted words are speech and
who speaks them ("X said:" frames), one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def spoken(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's text (marks stripped) with the speaker mention the model-free path
    gives it and the name that mention resolves to."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        mention = q.speaker_mention.text if q.speaker_mention else None
        out[q.text.strip('"“”,. ')] = (mention, q.speaker.name if q.speaker else None)
    return out


def test_participle_after_a_clause_of_place_goes_with_its_subject():
    """"X spoke near the plant, where protesters had gathered, chanting “...”": a participle
    after a clause of place, manner or contrast goes with that clause's own subject when it
    is a person, a group or a pronoun; not after "after" ("X said after the senator won,
    remarking": X), nor over a participle ("as senator representing") or a clause with a
    second verb."""
    text = ("Jane Doe spoke just down the street from the old plant, where about 50 protesters "
            "had gathered on Monday morning, chanting “no contract, no peace.”\n\n"
            "Tom Reed praised the budget even as he criticized the council and the mayor, "
            "saying, “Ninety percent of it is fine.”\n\n"
            "Ann Lee spoke on her show after the senator easily won his primary, remarking, "
            "“He earned it.”\n\n"
            "Mary Cole noted her years as senator representing the state, saying, “We faced "
            "hard times together.”")
    found = spoken(text)
    assert found["no contract, no peace"][0] == "about 50 protesters"
    assert found["Ninety percent of it is fine"][0] == "he"
    assert found["He earned it"][0] == "Ann Lee"
    assert found["We faced hard times together"][0] == "Mary Cole"


def test_name_that_only_modifies_a_role_is_not_the_subject():
    """"X (R), a staunch Y ally, said": a role set off after the subject whose name only
    modifies it is no subject of its own; the person named first speaks, and so does the
    pronoun that goes on for them ("the mayor's aide, Jane Doe, said" still names Doe)."""
    text = ("Gov. Jim Hale (R), a staunch Tom Reed ally, said “the plan was fine.”\n\n"
            "The mayor's aide, Jane Doe, said “we will vote.”\n\n"
            "Asked about the count, Mark Ruiz, Reed's spokesman, suggested that the vote had "
            "been rigged. “Most towns tried to do a good job,” he said.\n\n"
            "Hale, a longtime Reed ally, backed the bill even as he criticized the council, "
            "saying, “It is a fair start.”")
    found = spoken(text)
    assert found["the plan was fine"] == ("Gov. Jim Hale", "Jim Hale")
    assert found["we will vote"][0] == "Jane Doe"
    assert found["Most towns tried to do a good job"] == ("he", "Mark Ruiz")
    assert found["It is a fair start"] == ("he", "Jim Hale")


def test_object_of_a_sending_verb_is_no_inverted_speaker():
    """"X, a candidate who A, tweeted a warning. “...”": after a verb that sends a message
    ("tweeted", "posted", "wrote"), a noun phrase that is no name, pronoun or role is the
    message, not the speaker of an inverted frame "CLAUSE, said X"; the quote after it is
    the sender's."""
    text = ("On the other side, Sen. Jim Hale (R-Tex.), a candidate who has made liberty a "
            "centerpiece of his campaign, tweeted a warning. “Remember in November the "
            "members who voted no.”")
    found = spoken(text)
    assert found["Remember in November the members who voted no"] == ("Sen. Jim Hale",
                                                                      "Jim Hale")
    assert all(mention != "a warning" for mention, _ in found.values())


def test_participle_after_a_frame_that_follows_a_quote():
    """'... that “A,” Y added, saying B': a participle after a bare frame that closes a
    quote goes with the frame's speaker, as after a frame that closes a clause ("A, Y
    said, adding"), not with the subject of the sentence the quote stands in."""
    text = ("“He has become the judge and the jury,” Tom Lane said.\n\n"
            "Jim Reed cannot say that “from his perspective,” Lane added, saying it should be "
            "“up to the prosecutor to move forward or not.”")
    found = spoken(text)
    assert found["up to the prosecutor to move forward or not"] == ("Lane", "Tom Lane")


def test_adjunct_after_a_coordinator_keeps_the_first_subject():
    """"X spoke to the council and at a rally said “...”": the object of an adjunct that
    opens after "and" or "but" is no subject; the clause before the coordinator gives it."""
    text = "Jane Doe spoke to the council and at a rally said “we will win.”"
    assert spoken(text)["we will win"][0] == "Jane Doe"


def test_relative_clause_in_an_opening_phrase_is_not_the_main_clause():
    """"In a clip that Judge X called “A,” Y expressed a wish to “B”": without a parse, the
    subject of a relative clause inside a phrase before the main clause does not speak
    the quote of the main clause; the main clause's own subject does."""
    text = ("And, in a clip that U.S. District Judge Tom Lane called \"distasteful,\" Jim Reed "
            "expressed a desire to \"try, convict and jail\" the mayor.")
    found = spoken(text)
    assert found["distasteful"][0] == "U.S. District Judge Tom Lane"
    assert found["try, convict and jail"][0] == "Jim Reed"
