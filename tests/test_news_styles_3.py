"""News of styles the PolNeAR corpus has little of (sports reports, court reports, company
news, British news, wire copy): one regression case per cause fixed in the fourteenth
round.

Every text here was written for the test, with invented people, places and outlets, and
is read by the model-free default path.
"""

from __future__ import annotations

import quotetrack


def quotes(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Each quote's text to its (kind, speaker mention, speaker name)."""
    return {q.text: (q.kind, q.speaker_mention.text if q.speaker_mention else None,
                     q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes}


def test_an_age_and_a_noun_stand_for_the_person_named_before():
    """ "said the 24-year-old striker": the player the report named."""
    text = ('Luis Ferreira scored twice in the last ten minutes as Caldmoor beat Ashby 2-1.\n\n'
            '"I just kept believing," said the 24-year-old striker. "The lads never stopped '
            'running."\n')
    found = quotes(text)
    assert found['"I just kept believing,"'] == \
        ("direct", "the 24-year-old striker", "Luis Ferreira"), found
    assert found['"The lads never stopped running."'][2] == "Luis Ferreira", found


def test_someone_new_speaks_as_themselves():
    """ "A pal of the couple said", "A representative for Lott said", "the Marlow Islands'
    central bank": a speaker the story brings in with a noun is an entity of its own."""
    text = ("Reality star Kerry Daws has split from Jamie Lott.\n\n"
            "A pal of the couple said: 'Everyone was shocked. They seemed so happy.'\n\n"
            "A representative for Lott said he wished her well.\n\n"
            "The Marlow Islands' central bank raised its main rate on Wednesday, saying "
            'inflation remained "stubbornly high".\n')
    found = quotes(text)
    assert found["'Everyone was shocked. They seemed so happy.'"] == \
        ("direct", "A pal of the couple", "A pal of the couple"), found
    assert found["he wished her well"] == \
        ("indirect", "A representative for Lott", "A representative for Lott"), found
    assert found['"stubbornly high"'] == ("mixed", "The Marlow Islands' central bank",
                                          "The Marlow Islands' central bank"), found


def test_the_company_is_the_company_the_story_named():
    """ "The company said": the business named before, not a new entity "The company";
    but no institute or newspaper is a company."""
    text = ("Corvane Systems said on Thursday that quarterly profit rose 18 percent.\n\n"
            '"We saw strong orders from every region," chief executive Jo Lin said on a call '
            "with analysts.\n\n"
            "The company said in a statement that it would buy back $2 billion of shares.\n")
    found = quotes(text)
    assert found["quarterly profit rose 18 percent"] == \
        ("indirect", "Corvane Systems", "Corvane Systems"), found
    assert found["it would buy back $2 billion of shares"] == \
        ("indirect", "The company", "Corvane Systems"), found
    text = ("Wages fell, according to the Harwick Institute for Labour Studies.\n\n"
            "The company said in a statement that it would cut 300 jobs.\n")
    found = quotes(text)
    assert found["it would cut 300 jobs"][2] != "Harwick Institute for Labour Studies", found


def test_letters_after_a_name_are_no_organisation():
    """ "Gillian Marr KC", "Tom Hurst MP": the person speaks, her letters are no part of
    her name and name no organisation."""
    text = ('Opening the case, Gillian Marr KC told jurors that the defendant had "lured" the '
            'victim to a car park.\n\n"He planned this attack in detail," Ms Marr said.\n\n'
            'Tom Hurst MP said the plan would fail.\n')
    found = quotes(text)
    assert found['"lured"'][::2] == ("mixed", "Gillian Marr"), found
    assert found['"He planned this attack in detail,"'] == ("direct", "Ms Marr", "Gillian Marr")
    assert found["the plan would fail"][::2] == ("indirect", "Tom Hurst"), found
