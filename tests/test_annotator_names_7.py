"""Names the model-free annotator typed wrong, seventeenth round: each test reads a short text
written for it with the rule-based annotator's entity tags (or its speakers)."""

from __future__ import annotations

from findings import entities, quotes, reported


def test_a_name_after_a_noun_of_businesses_only_is_a_business() -> None:
    """"Carmaker Vantor Kell said", "by the law firm Harrow Vale": a noun only businesses
    are makes the unknown words after it a business, at a sentence start and inside one; a
    given name or a surname after it still names a person ("lender Tom Hale")."""
    assert entities("Carmaker Vantor Kell said the plant would close.") == \
        [("Vantor Kell", "ORG")]
    assert entities("The deal was drafted by the law firm Harrow Vale, which said it was "
                    "fair.") == [("Harrow Vale", "ORG")]
    assert entities("Carmaker Vantor said the plant would close.") == [("Vantor", "ORG")]
    assert entities("The loan came from lender Tom Hale, who said it was fair.") == \
        [("Tom Hale", "PERSON")]


def test_a_trade_of_people_too_leaves_a_two_word_name_a_person() -> None:
    """"Florida developer Mel Brannock said": a developer, a builder or a publisher may be a
    person, so the name after one keeps its own shape."""
    assert ("Mel Brannock", "PERSON") in \
        entities("Florida developer Mel Brannock said the plan would work.")


def test_a_name_ending_in_a_business_word_is_a_business() -> None:
    """"Kestrel Homes", "Marnock Builders": a name that ends in the trade of a business is
    one, with or without "Developer" before it."""
    for text in ("Developer Kestrel Homes said it would build 300 homes.",
                 "The plans were drawn up by developer Kestrel Homes, which said it would "
                 "build 300 homes.",
                 "Kestrel Homes said it would build 300 homes."):
        assert entities(text) == [("Kestrel Homes", "ORG")], text
    assert entities("Marnock Builders said the site was safe.") == [("Marnock Builders", "ORG")]


def test_a_business_noun_that_opens_a_name_is_part_of_it() -> None:
    """"Network Rail said", "said Network Rail": a capitalised business noun before another
    capital opens the name (no person "Rail"), at a sentence start and inside one."""
    for text in ("Network Rail said the line would reopen on Monday.",
                 "The line would reopen on Monday, said Network Rail."):
        assert entities(text) == [("Network Rail", "ORG")], text
    assert quotes("Network Rail said the line would reopen on Monday.")[
        "the line would reopen on Monday"] == ("indirect", "Network Rail", "Network Rail")


def test_a_body_named_with_of_the_is_one_name() -> None:
    """"Friends of the Earth", "the Ministry of the Environment": a body's head word goes on
    over "of the" (no person "Earth"); "Ministry of Defence" opens a sentence as a name;
    "News of the move" is no body."""
    assert entities("Friends of the Earth said the plan was a disaster.") == \
        [("Friends of the Earth", "ORG")]
    assert entities("A panel of the Ministry of the Environment said so.") == \
        [("Ministry of the Environment", "ORG")]
    assert entities("Ministry of Defence officials said the base would close.") == \
        [("Ministry of Defence", "ORG")]
    assert entities("News of the Harlow merger broke on Monday.") != \
        [("News of the Harlow", "ORG")]


def test_counter_before_to_is_no_speech_verb() -> None:
    """"The plan, including Mr. Holt's, runs counter to the law": "counter to" is the
    idiom's adverb, so no "runs" says the words before it."""
    text = "The plan, including Mr. Holt's, runs counter to the law, critics said."
    assert [speaker for _, speaker in reported(text)] == ["critics"], reported(text)
    assert reported("The plan, like the others, runs counter to the law.") == []


def test_a_two_word_clause_after_said_is_a_statement() -> None:
    """"Grocer Pellman Stores said sales rose.": a subject and its verb in the past or in
    -s, ending the sentence right after the speech verb, are a whole statement; a thought
    ("she knew I knew") or a relative clause ("the $1.11 that analysts expected") is not."""
    assert reported("Grocer Pellman Stores said sales rose.") == \
        [("sales rose", "Grocer Pellman Stores")]
    assert reported("Mayor Jo Kent said that she agreed.") == [("she agreed", "Mayor Jo Kent")]
    assert "I knew" not in [statement for statement, _ in
                            reported("She knew that I had won, and she also knew I knew.")]
    assert reported("Its profit was well above the $1.11 a share that analysts expected.") \
        == []


def test_a_nationality_and_a_word_after_the_name_a_body() -> None:
    """"The Armenian Legion said", "according to the Toledo Lantern": after "the", a listed
    place or nationality and one or two capitalised words are one name, not a place and a
    person "Legion"; not when the words name a thing ("the Vietnam War") or a party's member
    ("the Kentucky Republican")."""
    assert entities("The Armenian Legion said the fliers broke the rules.") == \
        [("Armenian Legion", "ORG")]
    assert quotes("The rally was the largest yet, according to the Toledo Lantern.")[
        "The rally was the largest yet"][2] == "Toledo Lantern"
    assert ("Vietnam War", "ORG") not in entities("He served in the Vietnam War, he said.")
    assert ("Kentucky Republican", "ORG") not in \
        entities("The Kentucky Republican said the plan would fail.")
