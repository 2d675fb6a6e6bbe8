"""Direct and mixed quotes, fourth round: markup that scraping leaves around an embedded
post, and a frame whose verb is followed by an adjunct of time and place before a
participle (one regression case per cause fixed on PolNeAR train, with the near misses each
rule leaves alone).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import direct_quotes as quotes
from handparse import conllu

import quotetrack

# -- markup left around an embedded post ----------------------------------------------------


def test_quote_right_after_a_markup_tag_with_no_speaker_is_dropped():
    """'<post author="@jdoe">“...”': the text of an embedded post that scraping left inside
    its tag is no quotation of the article's prose; with no speaker found it is dropped."""
    text = ("The mayor answered critics online on Monday.\n\n"
            '<post id="4471" author="@harbor_watch" date="2021-05-02">“Great turnout at the '
            'harbor cleanup today. Thanks to every volunteer who came out”</post>.\n\n'
            "Volunteers collected more than two tons of rubbish.")
    assert quotes(text) == {}


def test_quote_opening_with_the_end_of_a_tag_is_dropped():
    """'<post date="...\\n...">Text': a straight mark that closes an attribute's value before
    the tag's end pairs with another mark as if it opened a quote; the span it gives (its
    words open with ">") is markup, not a quote."""
    text = ('Here is the list he posted. <post author="the council" date="\n'
            '- Fix the pier.\n'
            '- Reopen the ferry.">Here are the two things the council must do before the '
            'summer season begins, whatever "the budget" says:</post>.')
    found = quotes(text)
    assert not any(k.startswith(">") for k in found)


def test_quote_after_a_tag_that_names_its_speaker_is_kept():
    """Near misses: a quote right after a tag whose frame names the speaker keeps the
    speaker (the rule only drops what names nobody); an ordinary quote with no markup is
    unchanged."""
    text = ('<p>“We will rebuild the pier by June,” Mayor Jane Doe said on Monday.</p>\n\n'
            "“The ferry will run again,” said Tom Reed, the harbor master.")
    found = quotes(text)
    assert found["We will rebuild the pier by June"][1] == "Mayor Jane Doe"
    assert found["The ferry will run again"] == ("direct", "Tom Reed")


def test_markup_rules_on_the_parse_path():
    """On a parsed Document too, the text of an embedded post right after its tag names
    nobody and is dropped."""
    text = '<post author="@jdoe">“Great turnout at the harbor today. Thanks, all!”</post>.'
    rows = [
        ("<post", "<post", "X", 0, "root"), ("author=", "author=", "X", 1, "dep"),
        ('"', '"', "PUNCT", 1, "punct"), ("@jdoe", "@jdoe", "X", 1, "dep"),
        ('"', '"', "PUNCT", 1, "punct"), (">", ">", "PUNCT", 1, "punct"),
        ("“", "“", "PUNCT", 9, "punct"), ("Great", "great", "ADJ", 9, "amod"),
        ("turnout", "turnout", "NOUN", 1, "dep"), ("at", "at", "ADP", 12, "case"),
        ("the", "the", "DET", 12, "det"), ("harbor", "harbor", "NOUN", 9, "nmod"),
        ("today", "today", "NOUN", 9, "nmod:tmod"), (".", ".", "PUNCT", 9, "punct"),
        ("Thanks", "thanks", "NOUN", 1, "dep"), (",", ",", "PUNCT", 17, "punct"),
        ("all", "all", "PRON", 15, "vocative"), ("!", "!", "PUNCT", 15, "punct"),
        ("”", "”", "PUNCT", 15, "punct"), ("</post>", "</post>", "X", 1, "dep"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    found = [q.text for q in quotetrack.attribute_document(doc).quotes
             if q.kind != "indirect"]
    assert found == []


# -- a final frame with an adjunct of time and place before a participle --------------------


def test_frame_with_time_and_place_before_a_participle_credits_the_clause():
    """"The plan’s “flaws” are obvious, Doe said Tuesday in Paris, noting that ...": the
    frame after the clause ends at the participle set off after its adjunct of time and
    place, so the clause before it (with its quoted word) is the frame's statement, as it is
    after "said Tuesday,"; the participle's fragment has the same speaker."""
    text = ("The plan’s “flaws” are obvious, Jane Doe said Tuesday in Paris, noting that "
            "the mayor “makes promises he cannot keep.”\n\n"
            "The budget’s “gaps” are plain, Tom Reed told reporters at City Hall, adding "
            "that the council “has not done its job.”")
    found = quotes(text)
    assert found["flaws"] == ("mixed", "Jane Doe")
    assert found["makes promises he cannot keep"] == ("mixed", "Jane Doe")
    assert found["gaps"] == ("mixed", "Tom Reed")
    assert found["has not done its job"] == ("mixed", "Tom Reed")


def test_frame_adjunct_near_misses():
    """Near misses: an object of a common noun after the frame's verb ("in the harbor
    district") is no name a place preposition opens, and a clause after the frame ("said
    Tuesday in Paris that ...") is the frame's content: the rule leaves both as they were;
    a plain "said Tuesday, noting" frame is unchanged."""
    text = ("The plan’s “flaws” are obvious, Jane Doe said Tuesday, noting that the mayor "
            "“makes promises he cannot keep.”\n\n"
            "Tom Reed said Tuesday in Paris that the plan had “serious flaws.”")
    found = quotes(text)
    assert found["flaws"] == ("mixed", "Jane Doe")
    assert found["makes promises he cannot keep"] == ("mixed", "Jane Doe")
    assert found["serious flaws"] == ("mixed", "Tom Reed")
