"""Speakers on the model-free path, eighteenth round: one regression case per cause fixed
on PolNeAR train, each found where the parsed path named the speaker and the surface rules
did not.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import said


def test_a_relative_clause_closed_by_a_quoted_comma():
    """"Dole, who has described Kent as “a reckless man,” clearly wanted the crowd to “see”
    Kent": the comma inside the quote's marks closes the relative clause, and the verb after
    it is Dole's, so the later fragments are Dole's, not "who"'s; a quoted comma with no verb
    after it ("who called the plan “a disaster,” and Kent, who ...") closes nothing."""
    found = said("Dole, who has in the past described Kent as \"a reckless man,\" clearly "
                 "wanted the crowd to \"see\" Kent in that story and \"walk away\" from him.")
    assert found["a reckless man"] == "who"
    assert found["see"] == "Dole"
    assert found["walk away"] == "Dole"
    found = said("Ann Finch met Tom Dole, who called the plan \"a disaster,\" and Kent, who "
                 "called it \"a fraud.\"")
    assert found["a disaster"] == "who"
    assert found["a fraud"] == "who"


def test_the_one_a_verb_of_causing_brings_to_speak():
    """"a win that led her to declare that A", "the delay prompted Republicans to say that
    A", "pressure drives mayor to say plan was “...”": the object of the verb of causing
    speaks in the "to" cue, not the clause's subject (a win, a delay, pressure); in the
    passive ("Dole was forced to say A") the subject still does."""
    found = said("Ann Finch beat Tom Dole with a strong win that led her to declare that the "
                 "nomination was \"in sight.\"")
    assert found["in sight"] == "her"
    found = said("The long delay prompted Republicans to say that the council was hiding the "
                 "report.")
    assert found["the council was hiding the report"] == "Republicans"
    found = said("Pressure from donors drives mayor to say plan was \"a mistake.\"")
    assert found["a mistake"] == "mayor"
    found = said("Tom Dole was forced to say that the race was over.")
    assert found["the race was over"] == "Tom Dole"


def test_a_poll_speaks_for_a_share_of_two_groups():
    """"In a Harbor Times poll released Monday, 31% of Democrats and Democratic-leaning
    voters said A": the share is taken of both groups, and the news credits the poll with
    it as with a share of one ("31% of Democrats said"); without a share the coordinated
    groups speak ("In the poll, Democrats and Republicans said")."""
    found = said("In a Harbor Times poll released Monday, 31% of Democrats and "
                 "Democratic-leaning voters said they were \"very worried\" about the bridge.")
    assert found["very worried"] == "a Harbor Times poll"
    found = said("In the poll, Democrats and Republicans said they were \"very worried\" about "
                 "the bridge.")
    assert found["very worried"] == "Democrats and Republicans"


def test_an_inverted_frame_inside_one_statement():
    """"The plan, said Ann Finch, would cost the town millions", "Part of the problem, say
    experts like Tom Hale, a local engineer, is the age of the pipes", "The contrast, said
    Finch and others, would be clear": the frame after the subject's comma names the
    speaker, and the statement runs from the subject over the frame to the end of its
    predicate, as in "The plan, Ann Finch said, would cost ..."; no participle frames it
    ("Tom Dole, noting the cost, said A": Tom Dole says A)."""
    found = said("The plan, said Ann Finch, would cost the town millions.")
    assert found == {"The plan, said Ann Finch, would cost the town millions": "Ann Finch"}
    found = said("Part of the problem in finding the leaks, say experts like Tom Hale, a local "
                 "engineer, is the age of the pipes.")
    statement = next(s for s in found if s.startswith("Part of the problem"))
    assert statement.endswith("the age of the pipes")
    assert found[statement] == "experts like Tom Hale"
    found = said("The contrast with Dole, said Finch and others, would be clear at the rally.")
    statement = next(s for s in found if s.startswith("The contrast"))
    assert found[statement] == "Finch and others"
    found = said("Tom Dole, noting the cost of the bridge, said the toll would stay.")
    assert found == {"the toll would stay": "Tom Dole"}
