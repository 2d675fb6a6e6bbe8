"""Part-of-speech tags of the model-free annotator where a verb read as a noun hid a
speaker or a cue, eleventh round: each test tags a short text written for it and checks
that the attribution then reads the statement.
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.parse.rules import annotate_tokens


def tag(text: str, word: str) -> str:
    """The tag the annotator gives the first ``word`` of ``text``."""
    return next(w["upos"] for sent in annotate_tokens(text) for w in sent
                if w["text"] == word)


def reported(text: str) -> list[tuple[str, str | None, str | None]]:
    """(statement, speaker mention, speaker name) of each reported statement found."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, verb, speaker", [
    # an unlisted verb in "-ys" after a name, before its object: the name is the subject
    # the pronoun of the next sentence goes back to
    ("In his new book, Tom Roe underplays the Obama administration's record on jobs. But "
     "he is right to note that the health law was a compromise with the insurers.",
     "underplays", "Tom Roe"),
    ("Tom Roe enjoys the Obama administration's fights. He is right to note that the "
     "health law was a compromise.", "enjoys", "Tom Roe"),
    # an unlisted verb in "-ites": the speaker's mention is the name, not "X recites ..."
    ("Mark Hale recites the senator's record on jobs, but he is right to note that the "
     "health law was a compromise with the insurers.", "recites", "Mark Hale"),
])
def test_s_verb_after_a_name_before_its_object(text: str, verb: str, speaker: str) -> None:
    """ "X underplays the ...": an -s word after a person's name and before an object is a
    verb, whatever plural-noun ending it has but those of people ("Doe supporters")."""
    assert tag(text, verb) == "VERB"
    found = reported(text)
    assert found and found[0][2] == speaker, found
    assert found[0][1] in (speaker, "he", "He"), found


def test_plural_noun_after_a_name_stays_a_noun() -> None:
    """ "told Doe supporters the news": a plural of people after a name is a noun."""
    assert tag("Roe told Doe supporters the news.", "supporters") == "NOUN"


@pytest.mark.parametrize("headline, verb", [
    ("Maria Lopez Calls Transit Plan ‘A Disaster.’", "Calls"),
    ("Ken Burns Calls It a Day", "Calls"),
])
def test_title_case_verb_after_a_name(headline: str, verb: str) -> None:
    """ "Jane Doe Calls X ‘...’": in a title-case line a listed verb in -s after a given name
    and a surname ends the name and is a verb, not a third word of the name."""
    words = annotate_tokens(headline)[0]
    k = next(i for i, w in enumerate(words) if w["text"] == verb)
    assert words[k]["upos"] == "VERB"
    assert words[k]["ner"] == "O" and words[k - 1]["ner"] == "E-PERSON", words


def test_title_case_verb_leaves_a_surname_in_s() -> None:
    """A surname in "-s" that is no listed verb stays in the name ("Sarah Banks")."""
    words = annotate_tokens("Sarah Banks Calls Plan Bad")[0]
    assert [w["ner"] for w in words[:3]] == ["B-PERSON", "E-PERSON", "O"], words


def test_headline_quote_goes_to_the_name_before_the_verb() -> None:
    """ "Maria Lopez Calls Transit Plan ‘A Disaster.’" credits the quoted words to the
    name, which the body names again."""
    text = ("Maria Lopez Calls Transit Plan ‘A Disaster.’\n\nThe mayor spoke on Tuesday. "
            "The plan would fail, Lopez said.")
    quotes = quotetrack.extract(text).quotes
    first = next(q for q in quotes if q.text.startswith("‘A Disaster"))
    assert first.speaker is not None and first.speaker.name == "Maria Lopez", quotes
