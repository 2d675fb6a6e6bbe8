"""Speakers the model-free path missed where a parse found them, thirteenth round: each
test reads a short text written for it with the model-free annotator.
"""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str, kind: str = "mixed") -> list[tuple[str, str | None]]:
    """(quote text, speaker mention) of each quote of ``kind`` found in ``text``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes if q.kind == kind]


@pytest.mark.parametrize("text, mention", [
    # a common noun after the "what" of a free relative names the quote
    ("The fight over whether Acme College is what former students have called a "
     "“fraudulent scheme” took an uglier turn.", "former students"),
    ("The vote on the dam is what local critics call a “sham.”", "local critics"),
    # a name set off by its apposition after "what"
    ("Roe guarded his allies in 1988, in what Jane Doe, treasurer of the Ruiz campaign, "
     "called “hand-to-hand combat.”", "Jane Doe"),
    # a role noun names it; a pronoun after "what" stands for the clause's subject
    ("Ted Okafor backed what the mayor calls a “tax on joy.”", "the mayor"),
    ("Ted Okafor condemned what he called a “tax on joy.”", "Ted Okafor"),
])
def test_subject_after_what_names_the_quote(text: str, mention: str) -> None:
    """ "... is what former students have called “...”": the subject of the free relative's
    verb of naming speaks the quote, not the subject of the clause around it."""
    assert [m for _, m in speakers(text)] == [mention]
