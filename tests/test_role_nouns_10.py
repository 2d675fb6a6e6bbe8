"""Role nouns and short statements, nineteenth round: people a report names by their job
("the pilot asked"), and a statement of two words before its frame ("Evacuations
continue, officials said.").

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import said


@pytest.mark.parametrize("noun", ["pilot", "farmer", "firefighter", "paramedic", "surgeon"])
def test_a_job_noun_is_the_subject_a_coordinated_cue_shares(noun: str) -> None:
    """"Just before the flight took off, the pilot needed to balance the weight and asked
    for volunteers": a person named by the job is the subject that the second verb
    shares after a fronted subordinate clause, not the subordinate clause's subject."""
    found = said(f"Just before the flight took off, the {noun} needed to balance the weight "
                 "and asked for volunteers to move to the back.")
    assert found["volunteers to move to the back"] == f"the {noun}"


def test_a_two_word_statement_before_its_frame_is_reported() -> None:
    """"Evacuations continue, officials said.": a subject and its verb are a whole
    statement, on its own line after one without a final stop too; a set phrase ("Thank
    you") is not, nor the words before a frame that a clause follows ("He hoped, he said,
    that A")."""
    assert said("Evacuations continue, officials said.") == {"Evacuations continue": "officials"}
    found = said("The mayor said the roads were shut\nEvacuations continue, officials said.")
    assert found == {"the roads were shut": "The mayor", "Evacuations continue": "officials"}
    assert said("Prices rose, the minister said.") == {"Prices rose": "the minister"}
    assert said("Thank you, he said.") == {}
    found = said("He hoped, he said, that the plan would work.")
    assert "He hoped" not in found
    assert found["the plan would work"] is not None
