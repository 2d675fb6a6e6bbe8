"""Speakers on the model-free path, eighteenth round: one regression case per cause fixed
on PolNeAR train, each found where the parsed path named the speaker and the surface rules
did not.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def said(text: str) -> dict[str, str | None]:
    """Each statement or quote's text (marks stripped) with the speaker mention the
    model-free path gives it."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        out[q.text.strip('"“”,. ')] = q.speaker_mention.text if q.speaker_mention else None
    return out


def test_a_relative_clause_closed_by_a_quoted_comma():
    """"Dole, who has described Kent as “a reckless man,” clearly wanted the crowd to “see”
    Kent": the comma inside the quote's marks closes the relative clause, and the verb after
    it is Dole's, so the later fragments are Dole's, not "who"'s; a quoted comma with no verb
    after it ("who called the plan “a disaster,” and Kent, who ...") closes nothing."""
    found = said("Dole, who has in the past described Kent as \"a reckless man,\" clearly "
                 "wanted the crowd to \"see\" Kent in that story and \"walk away\" from him.")
    assert found["a reckless man"] == "who"
    assert found["see"] == "Dole"
    assert found["walk away"] == "Dole"
    found = said("Ann Finch met Tom Dole, who called the plan \"a disaster,\" and Kent, who "
                 "called it \"a fraud.\"")
    assert found["a disaster"] == "who"
    assert found["a fraud"] == "who"
