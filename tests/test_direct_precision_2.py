"""Direct quotes on the model-free path, second round: which quoted words are speech and
who speaks them ("X said:" frames), one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def spoken(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's text (marks stripped) with the speaker mention the model-free path
    gives it and the name that mention resolves to."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        mention = q.speaker_mention.text if q.speaker_mention else None
        out[q.text.strip('"“”,. ')] = (mention, q.speaker.name if q.speaker else None)
    return out


def test_participle_after_a_clause_of_place_goes_with_its_subject():
    """"X spoke near the plant, where protesters had gathered, chanting “...”": a participle
    after a clause of place, manner or contrast goes with that clause's own subject when it
    is a person, a group or a pronoun; not after "after" ("X said after the senator won,
    remarking": X), nor over a participle ("as senator representing") or a clause with a
    second verb."""
    text = ("Jane Doe spoke just down the street from the old plant, where about 50 protesters "
            "had gathered on Monday morning, chanting “no contract, no peace.”\n\n"
            "Tom Reed praised the budget even as he criticized the council and the mayor, "
            "saying, “Ninety percent of it is fine.”\n\n"
            "Ann Lee spoke on her show after the senator easily won his primary, remarking, "
            "“He earned it.”\n\n"
            "Mary Cole noted her years as senator representing the state, saying, “We faced "
            "hard times together.”")
    found = spoken(text)
    assert found["no contract, no peace"][0] == "about 50 protesters"
    assert found["Ninety percent of it is fine"][0] == "he"
    assert found["He earned it"][0] == "Ann Lee"
    assert found["We faced hard times together"][0] == "Mary Cole"

