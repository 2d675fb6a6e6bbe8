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


def test_quote_after_a_sentence_about_a_person_in_its_paragraph_is_theirs():
    """'Sen. Jo Hale ..., named voter fatigue as one reason. “The younger people are
    tired.”': a quoted sentence with no frame after a sentence whose subject is a named
    person, in the same paragraph and after a quote of another paragraph, is that
    person's, as when it opens the next paragraph."""
    text = ("“We will win this race,” Roe said on Sunday.\n\n"
            "Sen. Jo Hale of Ohio, who lost the primary to Roe, named voter fatigue as one of "
            "the reasons for the low turnout. “The younger people are tired of the same old "
            "fights and the same old faces.”")
    for rows in both_paths(text):
        got = _speakers(rows)
        assert got["“The younger people are tired of the same old fights and the same old "
                   "faces.”"] == "Sen. Jo Hale of Ohio"


def test_headline_words_before_a_quote_name_no_one():
    """'THE HARBOR IN WINTER “The boats ... .”': a heading that runs into the quote, no
    sentence before it, names no speaker."""
    text = ("Morning notes.\n\nTHE HARBOR IN WINTER “The boats stay in until the ice breaks "
            "and the fishermen wait for spring to come back.” [Tribune.]")
    for rows in both_paths(text):
        assert all(mention is None for _, _, mention, _ in rows)
