"""Speech cues the model-free path missed where the parsed path found them (round 33).

Cause fixed: the rule-based tagger read the comparative or superlative of a gradable
adjective ("firmest", "wider", "younger") as a noun, so the noun after it looked like a
verb ("her firmest promise yet that A": "promise" tagged VERB), and the statement noun's
"that" clause went unreported.
"""

from __future__ import annotations

import pytest
from findings import reported, upos


@pytest.mark.parametrize(("text", "word", "tag"), [
    ("Mayor Ann Tull offered her firmest promise yet that taxes would not rise.",
     "firmest", "ADJ"),
    ("Mayor Ann Tull offered her firmest promise yet that taxes would not rise.",
     "promise", "NOUN"),
    ("The council warned of a wider war over the harbor.", "wider", "ADJ"),
    ("Younger voters flocked to the biggest rally of the year.", "biggest", "ADJ"),
    # nouns and verbs in -er and -est stay what they were
    ("The protest drew interest from a leader of the union.", "protest", "NOUN"),
    ("The protest drew interest from a leader of the union.", "leader", "NOUN"),
])
def test_graded_adjectives_are_adjectives(text: str, word: str, tag: str) -> None:
    assert upos(text, word) == tag


def test_superlative_before_statement_noun_reports_its_clause() -> None:
    text = "Mayor Ann Tull offered her firmest promise yet that taxes would not rise."
    rows = reported(text)
    assert len(rows) == 1
    statement, speaker = rows[0]
    assert statement.endswith("taxes would not rise")
    assert speaker == "Mayor Ann Tull"


# Cause fixed: a subject the surface rules could not reach. A pronoun head ("those",
# "many") with a relative "who" clause before a cue other than "say" ("Those who backed
# him acknowledge that A") was no noun phrase that can speak, so the cue had no subject.
@pytest.mark.parametrize(("text", "statement", "speaker"), [
    ("Those who voted for him acknowledge that the budget is too thin.",
     "the budget is too thin", "Those"),
    ("Many who know them argue that the harbor deal had failed badly.",
     "the harbor deal had failed badly", "Many"),
    ("Even those who expect Mr. Penn to win concede that the race is close.",
     "the race is close", "those"),
])
def test_pronoun_with_who_clause_is_the_cues_subject(text: str, statement: str,
                                                     speaker: str) -> None:
    assert (statement, speaker) in reported(text)
