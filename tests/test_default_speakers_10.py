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


def test_a_quote_after_a_dash_aside_goes_on_with_the_quote_before_the_aside():
    """'He said, “A” - at which point the crowd chanted “B!” - “and C.”': the quote after
    the aside goes on with A's speaker, not the crowd's cry inside the aside; a dash after
    a quote of a sentence of its own still goes on with that quote."""
    found = said("Tom Dole took the stage. He said, \"The town will build the bridge\" - at "
                 "which point the crowd chanted \"Build it!\" - \"and fix every road.\"")
    assert found["and fix every road"] == "He"
    found = said("Tom Dole took the stage. He said, \"The town will build the bridge.\" The "
                 "crowd chanted \"Build it!\" - \"and fix every road.\"")
    assert found["and fix every road"] == "The crowd"
