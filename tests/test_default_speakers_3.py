"""Speakers of direct quotes on the model-free path, third round: one regression case per
cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def spoken(text: str) -> dict[str, str | None]:
    """Each quote's text (marks stripped) with the speaker mention the model-free path
    gives it."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        out[q.text.strip('"“”,. ')] = q.speaker_mention.text if q.speaker_mention else None
    return out


def test_the_one_seen_speaking_speaks_the_fragment():
    """"we watch X calling it the “...”", "to see X defending the idea that “...”": the
    object of a verb of perception or memory, whose participle frames the quote, speaks it,
    not the subject who watches; over a phrase that modifies the object and an adverb."""
    text = ("It was not always like this. You only have to go back a decade to see the Harbor "
            "Party defending the idea that \"cheap money can shorten any slump.\"\n\n"
            "Indeed, down here in the valley, we get a good laugh as we watch the mayor's new "
            "partners in Dunmore relentlessly referring to the council as the \"Old Guard.\"\n\n"
            "We saw Governor Ansel Ward at the fair on Saturday, and he called the new tax a "
            "\"tax on joy.\"")
    found = spoken(text)
    assert found["cheap money can shorten any slump"] == "the Harbor Party"
    assert found["Old Guard"] is not None and "partners" in found["Old Guard"]
    assert found["tax on joy"] == "he"
