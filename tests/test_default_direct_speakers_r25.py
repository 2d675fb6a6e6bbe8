"""Direct-quote speakers on the model-free path, twenty-fifth round (h52-dsx): a sentence
that opens with a phrase whose noun a clause with a cue of its own modifies ("In what may
be the first time the unions and the Chamber have agreed on anything, the business group
is calling on the mayor to “...”"): the main clause after the comma frames the quote, not
the cue inside the opening phrase.  Near misses: a main clause cue inside an opening phrase
with no clause of its own ("In his speech Doe said ..."), and a clause the cue opens before
the comma ("... Doe said that if it passed, the state would “...”").

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def _found(text: str, piece: str) -> tuple[str | None, str | None, str] | None:
    """(mention, speaker name, kind) of the quote holding ``piece``; None for no such quote."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.kind)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
             if piece in q.text and q.kind != "indirect"]
    return found[0] if found else None


def test_cue_in_a_what_clause_of_the_opening_phrase() -> None:
    text = ("In what may be the first time the unions and the Chamber have agreed on "
            "anything, the business group is calling on the mayor to \"stop the tax now.\"")
    # "the business group" is the body named before it, the Chamber (h63-grp)
    assert _found(text, "stop the tax") == ("the business group", "Chamber", "mixed")


def test_cue_in_a_when_clause_of_the_opening_phrase() -> None:
    text = ("In a year when rivals claimed the plan would fail, the business group called "
            "it \"a bold step.\"")
    assert _found(text, "a bold step")[0] == "the business group"


def test_plain_opening_phrase_keeps_the_lead_in() -> None:
    text = ("In what may be the first time the unions and the Chamber have agreed on "
            "anything, Tom Reed said: \"Stop the tax now.\"")
    assert _found(text, "Stop the tax")[:2] == ("Tom Reed", "Tom Reed")


def test_cue_of_the_opening_phrase_own_clause_stays() -> None:
    # no clause word before the cue: "said" is the main clause's own verb
    text = "In his speech Tom Reed said that if it passed, the state would \"collapse.\""
    assert _found(text, "collapse")[1] == "Tom Reed"


def test_cue_that_opens_a_clause_before_the_comma_stays() -> None:
    # "that if ..." after the cue: the comma closes the reported clause's own clause
    text = ("In a talk that aired Sunday Tom Reed said that if it passed, the state would "
            "\"collapse.\"")
    assert _found(text, "collapse")[1] == "Tom Reed"


# --- a participle after a subordinate clause whose pronoun subject follows an adjunct -------

def test_participle_after_though_clause_with_an_adjunct_before_its_pronoun() -> None:
    text = ("The mayor was praised for the plan, though at a meeting last week she used "
            "harsher words, saying the program \"must be ended.\"")
    assert _found(text, "must be ended")[0] == "she"


def test_participle_after_adjunct_whose_object_is_a_name_is_left() -> None:
    # a name inside the adjunct is its object, not the clause's subject
    text = ("The mayor was praised for the plan, though in a meeting with Jane Doe the "
            "aides disagreed, saying the program \"must be ended.\"")
    assert _found(text, "must be ended")[0] != "Jane Doe"


# --- a relative clause set off after a person's name holds the quote ------------------------

def test_relative_clause_of_a_named_person_across_an_adjective_comma() -> None:
    text = ("Reed's gloomy tone was a jarring contrast to the sunny speech by his daughter "
            "Ann Reed, who portrayed him as a generous, modest business owner who would be "
            "\"the people's champion\" for the town.")
    assert _found(text, "champion")[:2] == ("who", "Ann Reed")


def test_relative_clause_closed_before_the_quote_keeps_the_main_clause() -> None:
    # the relative clause closes at its comma and the main verb goes on
    text = ("Tom Reed, who has a big lead, mocked his rival for his \"low energy\" at the "
            "rally.")
    assert _found(text, "low energy")[:2] == ("Tom Reed", "Tom Reed")


def test_relative_on_a_common_noun_is_the_main_subject_s_words() -> None:
    text = ("Tom Reed cast his rival as a liberal who would \"tax everything that moves\" "
            "in the state.")
    assert _found(text, "tax everything")[1] == "Tom Reed"


# --- a noun phrase read as a subject stops before a relative word after its noun ------------

def test_subordinate_clause_subject_past_an_object_with_a_that_clause() -> None:
    text = ("A judge sentenced a man after the man posted on his Facebook page that "
            "newcomers should \"go back\" or \"leave now.\"")
    assert _found(text, "go back")[0] == "the man"
    assert _found(text, "leave now")[0] == "the man"


def test_main_clause_subject_stays_without_a_subordinate_clause() -> None:
    text = ("The judge wrote on her court's page that newcomers should \"go back\" to the "
            "line.")
    assert _found(text, "go back")[0] == "The judge"


def test_relative_clause_without_a_verb_of_speech_is_no_speaker_s() -> None:
    # the relative clause's verb says nothing: the quoted name is no words of the person's
    text = ("He cited criticism of Tom Reed, who took heat for his questioning of the "
            "candidate during a \"Commander-In-Chief\" forum earlier this month.")
    found = _found(text, "Commander-In-Chief")
    assert found is None or found[0] != "who"


def test_reporting_verb_read_as_a_noun_ends_the_subject_before_that() -> None:
    text = ("The policy is strict. A statement on the Smith campaign's website states that "
            "couples would receive the leave only if their marriage is \"recognized under "
            "state law,\" language that could exclude many.")
    found = _found(text, "recognized under")
    assert found is not None and "that" not in (found[0] or "").split()
