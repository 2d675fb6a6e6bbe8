"""An organisation called by its short name before its full name, or by its name with and
without its legal form, round 31 (after ``test_org_names_30.py`` and
``test_org_names_30b.py``, where the bare word came after the full name): "Norvale said
... Norvale Corp. shares fell" made two entities, "Norvale" and "Norvale Corp.", two nodes
of the who-said-what graph for one body; so did "Westbrook News" and "Westbrook News
Channel".  The short name used first now joins the body when its full name is the word
and the words that close a body's name, at most one of them other than a business's
suffix ("Norvale Corp.", "Harrow Energy", "Kelbrook Motor Co."); a name and the same name
with a legal form or "Channel" after it are one body.  Near misses stay apart: a paper or
show named after the word, a body inside it, a person named in full, a word the story
also writes in lower case, another body that opens with the name.  Every text here is
invented.
"""

from __future__ import annotations

import pytest
from findings import speaker_types
from handparse import conllu, spec_rows

import quotetrack

Row = tuple[str, str | None, str | None]


def org_names(result: quotetrack.ArticleResult) -> set[str]:
    return {e.name for e in result.entities if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvale said on Monday that it would cut 500 jobs. “This is a hard year,” Norvale "
         "said. Shares of Norvale Corp. fell 4 percent.",
         [("it would cut 500 jobs", "Norvale Corp.", "ORG"),
          ("“This is a hard year,”", "Norvale Corp.", "ORG")]),
        # a headline's short name, the full name in the story
        ("Norvale cuts jobs.\n\nNorvale Corp. said on Monday that it would cut 500 jobs. "
         "“This is a hard year,” Norvale said.",
         [("it would cut 500 jobs", "Norvale Corp.", "ORG"),
          ("“This is a hard year,”", "Norvale Corp.", "ORG")]),
        # a trade word closes the name (round 30 left this one a person)
        ("Harrow said: “A bad year.” Harrow Energy posted a loss on Monday.",
         [("“A bad year.”", "Harrow Energy", "ORG")]),
        # a trade word and a legal form
        ("“We will build it here,” Kelbrook said. Kelbrook Motor Co. shares rose on Monday.",
         [("“We will build it here,”", "Kelbrook Motor Co.", "ORG")]),
    ],
)
def test_short_name_first_joins_the_organisation(text: str, expected: list[Row]) -> None:
    result = quotetrack.extract(text)
    assert speaker_types(result, text) == expected
    assert org_names(result) == {expected[0][1]}
    assert not any(e.type == "PERSON" for e in result.entities)


@pytest.mark.parametrize(
    ("text", "speaker", "typ", "orgs"),
    [
        # a paper named after the word: not the word's body
        ("“We will appeal,” Harwick said. The Harwick Daily News reported the ruling on "
         "Monday.", "Harwick", "PERSON", {"Harwick Daily News"}),
        # a body inside another
        ("“We will vote,” Norvale said. The Norvale Rules Committee met on Monday.",
         "Norvale", None, {"Norvale Rules Committee"}),
        # a second word no organisation's name ends with (round 30's test, kept)
        ("Kelbrook's shares fell, and Kelbrook said: “A bad year.” Kelbrook Mobil posted a "
         "loss on Monday.", "Kelbrook", "ORG", {"Kelbrook", "Kelbrook Mobil"}),
        # the word is a common noun of the story
        ("“We will rebuild,” Harbor said. Harbor Holdings owns the harbor and its docks.",
         "Harbor", None, {"Harbor Holdings"}),
    ],
)
def test_short_name_first_left_alone(text: str, speaker: str, typ: str | None,
                                     orgs: set[str]) -> None:
    result = quotetrack.extract(text)
    (_, name, got) = speaker_types(result, text)[0]
    assert name == speaker
    assert typ is None or got == typ
    assert orgs <= org_names(result)


@pytest.mark.parametrize(
    "text",
    [
        # the person is named in full, before or after: "Ford" is him
        "Ford said: “I love cars.” Ford Motor Co. shares rose. The designer Tom Ford was "
        "at the show.",
        "The designer Tom Ford was at the show. Ford said: “I love cars.” Ford Motor Co. "
        "shares rose.",
        # "Mr." marks a person
        "Mr. Harrow said: “A bad year.” Harrow Energy posted a loss on Monday.",
    ],
)
def test_people_stay_people(text: str) -> None:
    result = quotetrack.extract(text)
    ((_, _, typ),) = speaker_types(result, text)
    assert typ == "PERSON"
    assert {"Ford Motor Co.", "Harrow Energy"} & org_names(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Westbrook News said: “We stand by the story.” The Westbrook News Channel aired it "
         "again. Westbrook News Channel said: “No comment.”",
         [("“We stand by the story.”", "Westbrook News Channel", "ORG"),
          ("“No comment.”", "Westbrook News Channel", "ORG")]),
        ("Kelvin Group said: “We did nothing wrong.” Kelvin Group Inc. was paid $1 million. "
         "“We filed the forms,” Kelvin Group Inc. said.",
         [("“We did nothing wrong.”", "Kelvin Group Inc.", "ORG"),
          ("“We filed the forms,”", "Kelvin Group Inc.", "ORG")]),
        # and the bare first word, once the two names are one body
        ("Westbrook News said: “We stand by the story.” The Westbrook News Channel aired it "
         "again. “No comment,” Westbrook said.",
         [("“We stand by the story.”", "Westbrook News Channel", "ORG"),
          ("“No comment,”", "Westbrook News Channel", "ORG")]),
    ],
)
def test_name_with_its_legal_form_is_one_body(text: str, expected: list[Row]) -> None:
    result = quotetrack.extract(text)
    assert speaker_types(result, text) == expected
    assert org_names(result) == {expected[0][1]}


def test_another_body_that_opens_with_the_name_stays_apart() -> None:
    """"Freedom Allies Action Fund" is a body of its own, not Freedom Allies' legal name."""
    text = ("Freedom Allies said: “We back the bill.” Freedom Allies Action Fund said: “We "
            "will run ads.”")
    result = quotetrack.extract(text)
    assert [name for _, name, _ in speaker_types(result, text)] == [
        "Freedom Allies", "Freedom Allies Action Fund"]
    assert {"Freedom Allies", "Freedom Allies Action Fund"} <= {e.name for e in result.entities}


# The parsed path: the short name tagged a person, an organisation, or left untagged.
HARROW = "Harrow said: “A bad year.” Harrow Energy posted a loss."


def _harrow_rows(ner: str) -> list[list[tuple]]:
    tag = f"/{ner}" if ner else ""
    return [
        spec_rows(f"Harrow/PROPN/2/nsubj{tag} said/VERB/0/root :/PUNCT/6/punct "
                  "“/PUNCT/6/punct A/DET/6/det bad/ADJ/6/amod year/NOUN/2/ccomp "
                  "./PUNCT/6/punct ”/PUNCT/6/punct", {"said": "say"}),
        spec_rows("Harrow/PROPN/3/nsubj/B-ORG Energy/PROPN/1/flat/E-ORG posted/VERB/0/root "
                  "a/DET/5/det loss/NOUN/3/obj ./PUNCT/3/punct", {"posted": "post"}),
    ]


@pytest.mark.parametrize("ner", ["S-PERSON", "S-ORG", "O"])
def test_parsed_short_name_first_joins_the_organisation(ner: str) -> None:
    doc = quotetrack.from_conllu(HARROW, conllu(HARROW, _harrow_rows(ner)))
    result = quotetrack.extract(doc)
    assert [(name, typ) for _, name, typ in speaker_types(result, HARROW)] == [
        ("Harrow Energy", "ORG")]
    assert org_names(result) == {"Harrow Energy"}


CHANNEL = "Westbrook News said: “No comment.” Westbrook News Channel aired it."


def test_parsed_name_with_its_medium_is_one_body() -> None:
    rows = [
        spec_rows("Westbrook/PROPN/3/nsubj/B-ORG News/PROPN/1/flat/E-ORG said/VERB/0/root "
                  ":/PUNCT/6/punct “/PUNCT/6/punct No/DET/6/det comment/NOUN/3/ccomp "
                  "./PUNCT/6/punct ”/PUNCT/6/punct", {"said": "say"}),
        spec_rows("Westbrook/PROPN/4/nsubj/B-ORG News/PROPN/1/flat/I-ORG "
                  "Channel/PROPN/1/flat/E-ORG aired/VERB/0/root it/PRON/4/obj "
                  "./PUNCT/4/punct", {"aired": "air"}),
    ]
    doc = quotetrack.from_conllu(CHANNEL, conllu(CHANNEL, rows))
    result = quotetrack.extract(doc)
    assert [(name, typ) for _, name, typ in speaker_types(result, CHANNEL)] == [
        ("Westbrook News Channel", "ORG")]
    assert org_names(result) == {"Westbrook News Channel"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill passed the House of Delegates on Monday. The House said in a statement "
         "that it would meet again.", "House of Delegates"),
        ("The Board of Trade met on Monday. The Board said in a statement that it would cut "
         "fees.", "Board of Trade"),
    ],
)
def test_head_word_after_its_body_joins_it(text: str, expected: str) -> None:
    """A generic head alone ("the House") after the body it heads ("House of ...")."""
    result = quotetrack.extract(text)
    assert [(name, typ) for _, name, typ in speaker_types(result, text)] == [(expected, "ORG")]
    assert org_names(result) == {expected}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the head closes another body's name: the sheriff's department, not the parks'
        ("The Department of Parks closed the lake on Monday. The county Sheriff's Department "
         "said the search would go on.", "Department"),
        # before the body is named
        ("The House said in a statement that it would meet again. The bill passed the House "
         "of Delegates on Monday.", "House"),
        # a body inside the chamber, not one it heads (round 30's guard, kept)
        ("The Senate Judiciary Committee met on Monday. The Senate said in a statement that "
         "it would meet again.", "Senate"),
    ],
)
def test_head_word_left_alone(text: str, speaker: str) -> None:
    result = quotetrack.extract(text)
    assert [name for _, name, _ in speaker_types(result, text)] == [speaker]
