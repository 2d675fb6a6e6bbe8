"""Speakers on the model-free path, twentieth round: one regression case per cause fixed
on PolNeAR train, each found where the parsed path named the speaker and the surface rules
did not.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import said


def test_a_clause_of_time_after_the_main_clause_has_its_own_speaker():
    """"The feud echoes a fight in June when Tom Dole attacked a judge for her “foreign
    roots.”": a clause of time that no comma sets off after the main clause holds the
    quote, and its own subject speaks, as a parse's climb stops at an adverbial clause with
    a subject of its own; a clause that opens the sentence before the main one stays the
    main clause's, and one of cause argues the main clause's case."""
    found = said("The feud echoes a fight in June when Tom Dole attacked a judge, Ann Finch, "
                 "for her \"foreign roots.\"")
    assert found["foreign roots"] == "Tom Dole"
    found = said("A judge fined the man after Tom Dole had posted on his page that migrants "
                 "should \"go home\" at once.")
    assert found["go home"] == "Tom Dole"
    found = said("When Tom Dole spoke, Ann Finch called it \"a disgrace.\"")
    assert found["a disgrace"] == "Ann Finch"
    found = said("Ann Finch tried to turn the tables, portraying Tom Dole as a hypocrite "
                 "because he had accepted \"about $200,000\" from banks.")
    assert found["about $200,000"] == "Ann Finch"


def test_a_name_in_a_relative_clause_after_an_adverb_is_no_subject():
    """"Tom Dole, a former official who is now a fellow at the Harbor Institute, said
    ...": the institute is named inside the relative clause, after "is now", as after
    "is"; the name before the apposition speaks."""
    found = said("Tom Dole, a former official who is now a fellow at the Harbor Institute, "
                 "said the plan was \"not a stunt.\"")
    assert found["not a stunt"] == "Tom Dole"
    found = said("Tom Dole, a former official who is a fellow at the Harbor Institute, "
                 "said the plan was \"not a stunt.\"")
    assert found["not a stunt"] == "Tom Dole"


def test_a_phrase_after_and_or_but_before_a_cue_holds_no_subject():
    """"The clerk first said A, but in a later interview said he had an “awful” moment.":
    the noun after "in" is the phrase's object, not the subject of "said"; the verb shares
    the subject of the first one."""
    found = said("The clerk first said he did not recall the deletions, but in a later "
                 "interview said he had an \"awful\" moment.")
    assert found["awful"] == "The clerk"
    found = said("Ann Finch spoke on Monday and on Tuesday said the plan was \"a mistake.\"")
    assert found["a mistake"] == "Ann Finch"
