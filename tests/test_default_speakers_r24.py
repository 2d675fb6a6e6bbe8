"""Direct-quote speakers on the model-free path, twenty-fourth round (h49-dsp): texts and
records that speak a quote.  A lead-in sentence ending in a colon whose subject is a text
with a verb that is no verb of speech ("A footnote in the audit makes that clear:"), a bare
"More from the report:" lead-in, and a text that is the subject of the clause a quoted
fragment stands in ("One such contract includes a “no-disparagement” clause").  Near
misses: a possessed text ("His letter": its owner's words), a thing that is no text, and a
name a participle gives a thing ("a group called the “...”").

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def _found(text: str, piece: str) -> tuple[str | None, str | None, str] | None:
    """(mention, speaker name, kind) of the quote holding ``piece``; None for no such quote."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.kind)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
             if piece in q.text and q.kind != "indirect"]
    return found[0] if found else None


# --- a text with a verb of its own leads in a quote after a colon ---------------------------

def test_footnote_lead_in_with_a_verb_that_is_no_speech_verb() -> None:
    text = ("The agency kept poor records. A footnote in the audit makes that clear: "
            "\"These findings do not apply to the officials at the top, who keep their own "
            "systems.\"")
    assert _found(text, "These findings") == ("A footnote", "A footnote", "direct")


def test_letter_lead_in_across_a_set_off_modifier() -> None:
    text = ("The board met on Friday. The letter, dated May 2, puts it plainly: "
            "\"No member may vote twice on the same motion.\"")
    assert _found(text, "No member may vote")[0] == "The letter"


def test_more_from_the_report_after_a_dash() -> None:
    text = ("Polls can mislead. It is not enough to look representative - more from the "
            "report: \"Vendors now weight their samples on many traits at once.\"")
    assert _found(text, "Vendors now weight")[0] == "the report"


def test_more_from_a_person_keeps_the_person() -> None:
    text = ("Polls can mislead. It is not enough to look representative - more from Jane "
            "Roe: \"Vendors now weight their samples on many traits at once.\"")
    assert _found(text, "Vendors now weight")[:2] == ("Jane Roe", "Jane Roe")


def test_possessed_letter_is_not_read_as_the_text() -> None:
    # "His letter": the owner's words, left to the rules for possessors
    text = "The mayor wrote back. His letter makes that clear: \"We will not pay the fine.\""
    assert _found(text, "We will not pay")[0] != "His letter"


def test_thing_that_is_no_text_does_not_speak() -> None:
    text = "The hearing went on: \"These findings do not apply to the officials at the top.\""
    assert _found(text, "These findings")[0] is None


# --- a text is the subject of a quoted fragment's clause -------------------------------------

def test_document_that_includes_quoted_clauses() -> None:
    text = ("Staff had to sign it.\n\nOne such document, obtained by The Times, includes a "
            "\"no-disparagement\" clause that requires staffers to promise \"during the term "
            "of your service and at all time thereafter\" not to \"demean or disparage "
            "publicly\" the firm or any of its owners \"and to prevent your employees from "
            "doing so.\"")
    for piece in ("no-disparagement", "during the term", "demean or disparage",
                  "to prevent your employees"):
        assert _found(text, piece)[0] == "One such document", piece


def test_letter_that_demands_a_quoted_apology() -> None:
    text = ("That letter, on company letterhead, demanded that Roe make \"a major public "
            "apology\" at once.")
    assert _found(text, "a major public apology") == ("That letter", "That letter", "mixed")


def test_a_name_given_after_a_text_is_not_its_words() -> None:
    # "a group called the “...”": the group's name, not what the message says
    text = ("Planes filled the sky. One message read \"anybody.us,\" a website linked to a "
            "group called the \"Free People Foundation.\"")
    found = _found(text, "Free People Foundation")
    assert found is None or found[0] != "One message"
    assert _found(text, "anybody.us")[0] == "One message"


def test_person_subject_still_speaks() -> None:
    text = "Jane Roe gushed about a \"shared interest in keeping our region safe and free.\""
    assert _found(text, "shared interest")[:2] == ("Jane Roe", "Jane Roe")


# --- a colon lead-in of its own after a reporter set off as an aside -------------------------

def test_lead_in_after_an_aside_report_speaks() -> None:
    text = ("As the crowd cheered the mayor on Tuesday night, The Ledger's Jane Roe "
            "reported, his wife whispered to him: \"They are still with you.\"")
    assert _found(text, "still with you") == ("his wife", "his wife", "direct")


def test_lead_in_inside_a_report_stays_the_reporters() -> None:
    # after "X said" the lead-in is part of X's report
    text = ("His wife had warned him to stay calm, but the mayor said he responded: "
            "\"When you are attacked, you hit back.\"")
    assert _found(text, "you hit back")[0] == "the mayor"


# --- a participle after a thing set off behind the quote is no frame ------------------------

def test_nod_after_the_quote_is_not_its_speaker() -> None:
    text = ("At one point, Tom Hale mocked the mayor. That prompted Jane Smith to make a joke "
            "about golf and call Hale \"very nimble,\" a nod to the mayor acknowledging that "
            "he has changed his position on taxes.")
    assert _found(text, "very nimble")[:2] == ("Jane Smith", "Jane Smith")


def test_person_with_a_participle_after_the_quote_still_speaks() -> None:
    text = "\"We will not back down,\" Jane Smith said, adding that the vote was close."
    assert _found(text, "We will not back down")[:2] == ("Jane Smith", "Jane Smith")


def test_text_from_a_named_sender_is_left_to_the_sender() -> None:
    text = ("Most members said they would wait. A memo from the Tax Institute makes that "
            "clear: \"There is no reason to rush a vote.\"")
    assert _found(text, "no reason to rush")[0] != "A memo"
