"""Direct-quote speakers in frames the model-free path misread, twenty-third round: a quote
after a clause that an earlier speech verb reports ("X said she seldom asks ..., “...”"),
the main clause's subject before a relative clause ("The doctor who ran ... is talking
about “...”"), the one who carries or prints a sign, banner or cover that "says" the quote,
and a block quotation after "X wrote in the Ledger:" or "According to X, writing for Y:".

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def _found(text: str, piece: str) -> tuple[str | None, str | None, str]:
    """(mention, speaker name, kind) of the quote holding ``piece``."""
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.kind)
             for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
             if piece in q.text and q.kind != "indirect"]
    assert found, piece
    return found[0]


# --- a quote after the clause an earlier speech verb reports --------------------------------

def test_quote_after_reported_clause_is_the_reporters() -> None:
    text = ("The longtime mayor said she seldom asks colleagues to campaign for her, "
            "“except for friends. And I am not close to him.”")
    assert _found(text, "except for friends")[0] == "The longtime mayor"


def test_quote_after_reported_clause_with_that() -> None:
    text = ("The senator told reporters that he rarely begs donors for cash, "
            "“because it never works.”")
    assert _found(text, "never works")[0] == "The senator"


def test_quote_framed_by_its_own_verb_keeps_it() -> None:
    # the inner verb closes the lead-in: the quote is what it frames
    text = "Officials said the mayor told them, “We will rebuild the bridge.”"
    assert _found(text, "rebuild the bridge")[0] == "the mayor"


# --- the main clause's subject before a relative clause -------------------------------------

def test_subject_before_relative_clause_speaks() -> None:
    text = ("The doctor who ran four marathons before her hip gave out is already talking "
            "about “a new start” for the clinic.")
    mention, name, _ = _found(text, "a new start")
    assert mention == "The doctor" and name == "The doctor"


def test_quote_inside_relative_clause_keeps_who() -> None:
    text = "The aide who called it “a mess” resigned on Friday."
    mention, name, _ = _found(text, "a mess")
    assert mention == "who" and name == "The aide"


def test_relative_clause_of_an_object_keeps_who() -> None:
    text = "Rubio met a voter who has called him “unfit” twice."
    assert _found(text, "unfit")[1] == "a voter"


# --- a sign, banner or cover that "says" the quote ------------------------------------------

def test_signs_carried_by_a_crowd() -> None:
    text = ("Outside, the nurses waited in the rain, carrying signs saying \"Pay us now.\" "
            "Many wore white.")
    assert _found(text, "Pay us now")[0] == "the nurses"


def test_sign_carried_after_the_main_clause() -> None:
    text = ("That morning, a crowd of angry teachers had gathered at the hall, calling for a "
            "vote and carrying placards saying, \"Fund our schools.\" The vote failed.")
    assert _found(text, "Fund our schools")[0] == "a crowd of angry teachers"


def test_cover_the_paper_was_prompted_to_print() -> None:
    text = ("The mayor skipped the debate. This prompted the paper to print a cover saying "
            "\"Stop hiding, Tom!\"")
    assert _found(text, "Stop hiding")[0] == "the paper"


def test_person_seen_carrying_a_sign() -> None:
    text = "Reporters saw a man carrying a sign saying \"Repent now.\""
    assert _found(text, "Repent now")[0] == "a man"


def test_sign_held_up_by_a_named_person() -> None:
    text = "Ana Lopez held up a sign saying \"Teachers for Smith.\" She is 40."
    assert _found(text, "Teachers for Smith")[1] == "Ana Lopez"


def test_message_that_said_keeps_the_thing() -> None:
    # not a carrier that someone holds up: the page's message speaks
    text = ("The listing was replaced by a message that said, \"Sorry, this item is no "
            "longer available.\"")
    assert _found(text, "no longer available")[1] == "a message"


# --- a block quotation after a lead-in naming where the words ran ---------------------------

_BLOCK = ("The agency lists fraud as its top priority.\n\n{lead}\n\n"
          "The charity “received as much as $2 million in unreported gifts” from firms "
          "and donors abroad.\n\nIt is unclear why.")


def test_block_after_according_to_writing_for() -> None:
    text = _BLOCK.format(lead="According to Tom Reed, writing for the Courier:")
    assert _found(text, "unreported gifts")[:2] == ("Tom Reed", "Tom Reed")


def test_block_after_wrote_in_venue() -> None:
    text = _BLOCK.format(lead="Tom Reed wrote in the Courier:")
    assert _found(text, "unreported gifts")[:2] == ("Tom Reed", "Tom Reed")


def test_block_after_verb_with_an_object_is_not_the_leads() -> None:
    # "X posted the transcript in the Courier:": a lead-in to a thing, not to X's words
    text = _BLOCK.format(lead="Tom Reed posted the transcript in the Courier:")
    assert _found(text, "unreported gifts")[0] is None
