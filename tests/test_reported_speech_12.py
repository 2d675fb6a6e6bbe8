"""Reported (indirect) speech, thirteenth round: "made comments about A" — a remark noun
after "make" whose topic is the statement, as after "commented on".

Every text here was written for the test; each shows one pattern from news.  The
surface rules run on the model-free annotator.
"""

from __future__ import annotations

import pytest
from findings import parsed, reported


@pytest.mark.parametrize("text, statement, mention", [
    ("Jane Doe also made comments about the state of the harbour during the visit.",
     "the state of the harbour during the visit", "Jane Doe"),
    ("Senator Roe has made several critical remarks on the new toll road.",
     "the new toll road", "Senator Roe"),
    ("The council made a remark about the flooded underpass.",
     "the flooded underpass", "The council"),
    # "no comment" is still a statement about its topic, as "declined to comment on" is
    ("Doe made no comment on the court ruling.", "the court ruling", "Doe"),
    # the tagger may read the noun as a verb: "made" before it settles it
    ("The mayor, who has made favorable comments about the ferry plan, defended the budget.",
     "the ferry plan", "who"),
])
def test_made_remarks_topic_is_the_statement(text, statement, mention):
    assert (statement, mention) in reported(text)


@pytest.mark.parametrize("text", [
    # a time after "on", not a topic
    "Doe made comments on Monday at the harbour.",
    # no "make" before the noun: whose words the sentence reports is unclear
    "Doe's comments about the ferry plan angered the harbour staff.",
    # "make" with another noun
    "Doe made a mess of the ferry plan.",
])
def test_made_remarks_near_misses(text):
    assert not any(s.startswith(("Monday", "the ferry plan")) for s, _ in reported(text))


def test_parse_made_remarks_topic():
    """The same on the parsed path: the remark noun is the object of "made"."""
    text = "Jane Doe made comments about the ferry plan."
    rows = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
            ("Doe", "Doe", "PROPN", 3, "nsubj", "E-PERSON"),
            ("made", "make", "VERB", 0, "root", "O"),
            ("comments", "comment", "NOUN", 3, "obj", "O"),
            ("about", "about", "ADP", 8, "case", "O"),
            ("the", "the", "DET", 8, "det", "O"),
            ("ferry", "ferry", "NOUN", 8, "compound", "O"),
            ("plan", "plan", "NOUN", 4, "nmod", "O"),
            (".", ".", "PUNCT", 3, "punct", "O")]
    assert parsed(text, rows) == [("the ferry plan", "Jane Doe")]
