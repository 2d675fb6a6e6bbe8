"""Reported (indirect) speech, twentieth round: frames found on articles written for the
round, one regression case per cause fixed.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("The museum will return the mask to the village, its director announced on "
     "Thursday, ending a dispute with the village that had dragged on for more than a "
     "decade.",
     "The museum will return the mask to the village", "its director"),
    ("The council will close the library, officials said Monday, citing falling "
     "visitor numbers.", "The council will close the library", "officials"),
    ("The branch will close, the mayor said in a statement on Monday, adding that staff "
     "would be moved to other libraries across the county next spring.",
     "The branch will close", "the mayor"),
])
def test_participle_after_the_time_of_a_final_frame(text, statement, speaker):
    """"A, X said on Monday, citing B": the participle after the frame's adjunct is the
    writer's gloss or a cue of its own, not what X said; the statement is A."""
    found = reported(text)
    assert (statement, speaker) in found
    assert not any(s.startswith(("ending", "citing", "adding")) for s, _ in found)


def test_adding_after_the_time_of_a_final_frame_is_a_second_statement():
    found = reported("The branch will close, the mayor said on Monday, adding that staff "
                     "would be moved to other libraries.")
    assert ("The branch will close", "the mayor") in found
    assert ("staff would be moved to other libraries", "the mayor") in found
