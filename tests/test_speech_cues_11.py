"""Reported (indirect) speech, twentieth round: frames of clause content the model-free
path missed while the parsed path found them.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from findings import reported


@pytest.mark.parametrize("text, statement, speaker", [
    ("Neither the mayor nor his aides said the plan had failed.",
     "the plan had failed", "his aides"),
    ("Neither Ola Brandt nor Tomas Vik acknowledged that the levy was late.",
     "the levy was late", "Tomas Vik"),
    ("Neither Ola Brandt nor the Harbour Trust responded to requests for comment.",
     "requests for comment", "the Harbour Trust"),
])
def test_neither_nor_subject(text, statement, speaker):
    """"Neither X nor Y said A": the coordination after "nor" is the cue's subject, as
    after "and" ("Both X and Y said A")."""
    assert (statement, speaker) in reported(text)
