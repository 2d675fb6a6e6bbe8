"""Direct-quote speakers, round thirty-one: a fragment quoted in a sentence that opens
"Under the ... law," is the law's (both paths, invented texts)."""

from __future__ import annotations

from findings import both_paths


def _speakers(rows: list[tuple[str, str, str | None, str | None]]) -> dict[str, str | None]:
    return {text: mention for text, _, mention, _ in rows}


def test_fragment_under_a_law_is_the_laws():
    """'Under Ohio law, theft is committed when a person “knowingly takes ...”': the law's
    words, not the clause subject's (there none), nor the mayor's in 'Under the Act, the
    mayor must hear “...”'."""
    law = ("Under Ohio law, theft is committed when a person \"knowingly takes the property "
           "of another person without the consent of the owner.\"")
    act = ("Under the Harbor Safety Act, the mayor must publish a plan and hold hearings "
           "that include \"any resident who has been determined by the board to be affected "
           "by the new rules.\"")
    for rows in both_paths(law):
        assert [(kind, mention) for _, kind, mention, _ in rows] == [("mixed", "Ohio law")]
    for rows in both_paths(act):
        assert [(kind, mention) for _, kind, mention, _ in rows] == \
            [("mixed", "the Harbor Safety Act")]


def test_a_speaker_under_a_law_still_speaks():
    """'Under the new rules, Jane Roe said the fee was “...”': a verb of speech in the
    sentence names its speaker, whatever text the sentence opens with."""
    text = ("Under the new rules, Jane Roe said the fee was \"a tax on every family that owns "
            "a small boat in the harbor.\"")
    for rows in both_paths(text):
        assert [(kind, mention) for _, kind, mention, _ in rows] == [("mixed", "Jane Roe")]
