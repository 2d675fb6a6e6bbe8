"""Reported statements that stopped at a quote, round twenty-five (h53-frg): a quote that
goes on with the statement after a noun, a bare-apostrophe possessive, a term noun or the
speaker's own participle; and a second verb after "and" inside a subordinate clause,
whose subject is that clause's own (default path, invented texts)."""

from __future__ import annotations

import quotetrack


def _quotes(text: str) -> list[quotetrack.Quote]:
    return list(quotetrack.extract(text).quotes)


def _indirect(text: str) -> list[str]:
    return [q.text for q in _quotes(text) if q.kind == "indirect"]


def _mixed(text: str) -> quotetrack.Quote:
    qs = _quotes(text)
    assert not [q for q in qs if q.kind == "indirect"], [q.text for q in qs]
    (q,) = [q for q in qs if q.kind == "mixed"]
    return q


def _speaker(q: quotetrack.Quote) -> str | None:
    return q.speaker_mention.text if q.speaker_mention is not None else None


# ------------------------------------------------------------- quotes read through

def test_quote_inside_a_noun_phrase_is_read_through():
    """'criticized the agency's “backroom” deals': the quote modifies the noun after it."""
    q = _mixed("Senator Mara Venn criticized the agency’s “backroom” deals with builders.")
    assert q.text == "“backroom”" and _speaker(q) == "Senator Mara Venn"
    assert q.statement is not None and \
        q.statement.text == "the agency’s “backroom” deals with builders"


def test_quote_after_a_conjunction_inside_a_noun_phrase():
    """'exposes the rage and “erratic” conduct of the mayor': the noun after the quote."""
    q = _mixed("Ed Pryce has written a book in which he exposes the rage and “erratic” "
               "conduct of the mayor.")
    assert q.text == "“erratic”"
    assert q.statement is not None and q.statement.text.endswith("“erratic” conduct of the mayor")


def test_quote_inside_a_noun_phrase_of_a_clause():
    """'accused the hosts of asking too many “gotcha” questions'."""
    q = _mixed("Lena Ortiz accused the hosts of asking too many “gotcha” questions.")
    assert q.text == "“gotcha”" and _speaker(q) == "Lena Ortiz"
    assert q.statement is not None and q.statement.text.endswith("“gotcha” questions")


def test_quote_that_opens_the_verb_phrase_after_its_subject():
    """'predicted viewers “will be uneasy”', 'admits the raid “didn't work,”': the noun is
    the subject of a clause the quote goes on."""
    q = _mixed("Lena Ortiz predicted viewers “will be feeling a little uneasy.”")
    assert _speaker(q) == "Lena Ortiz"
    assert q.statement is not None and \
        q.statement.text == "viewers “will be feeling a little uneasy.”"
    q = _mixed("Jo Hale admits the 2011 raid on the port “didn’t work,” and the town is broke.")
    assert q.statement is not None and \
        q.statement.text == "the 2011 raid on the port “didn’t work,”"


def test_quote_that_opens_with_a_relative_or_to():
    """'endorsing candidates “who share our values”', 'expressed confidence that A “that
    is going to B”', 'called for a ban “to protect kids”'."""
    q = _mixed("Roe went further, endorsing eight local candidates “who embody the spirit "
               "of our movement.”")
    assert _speaker(q) == "Roe"
    assert q.statement is not None and q.statement.text.startswith("eight local candidates “who")
    q = _mixed("Roe expressed confidence that the audit would not be an issue “that is going "
               "to affect the race.”")
    assert q.statement is not None and q.statement.text.startswith("confidence that the audit")


def test_bare_apostrophe_possessive_is_read_through():
    """'slam Ross’ “revolution”': an apostrophe alone marks the possessive."""
    q = _mixed("The editorial goes on to slam Ross’ “political revolution” for its promises.")
    assert q.text == "“political revolution”"
    assert q.statement is not None and \
        q.statement.text == "Ross’ “political revolution” for its promises"


def test_quote_after_a_term_noun():
    """'a sign bearing the words “most corrupt mayor ever!”', 'using the term “thug”'."""
    q = _mixed("Roe tweeted an image of a sign bearing the words “most corrupt mayor ever!”")
    assert q.statement is not None and \
        q.statement.text == "an image of a sign bearing the words “most corrupt mayor ever!”"
    # (and "the term" is no time that ends a stance object: "endorsed Doe the term before")
    q = _mixed("Roe criticized the mayor for using the term “thugs” for protesters.")
    assert q.statement is not None and \
        q.statement.text == "the mayor for using the term “thugs” for protesters"
    assert _indirect("Roe backed the mayor the term before.") == ["the mayor"]


def test_speakers_own_participle_does_not_frame_the_quote():
    """'mocked Hale for calling himself the “king of debt,”', 'talked about continuing the
    “progress we made”', 'wrote a letter asking the county to probe the “fiasco.”': the
    participle has no subject of its own, so the quote is the statement's."""
    q = _mixed("Jane Roe mocked Hale for calling himself the “king of debt,” and left.")
    assert _speaker(q) == "Jane Roe"
    assert q.statement is not None and \
        q.statement.text == "Hale for calling himself the “king of debt,”"
    q = _mixed("The senator talked about continuing the “progress we made under the governor.”")
    assert _speaker(q) == "The senator"
    assert q.statement is not None and q.statement.text.startswith("continuing the “progress")
    q = _mixed("Jane Roe wrote a letter asking the county to investigate the “fiasco.”")
    assert q.statement is not None and \
        q.statement.text == "a letter asking the county to investigate the “fiasco.”"


# ------------------------------------------------------------- near misses kept

def test_quote_framed_by_another_speakers_verb_keeps_its_frame():
    """'backed what the mayor calls a “tax on joy”', 'what some are calling a “tax”': the
    verb has a subject of its own; the quote is not the speaker's."""
    assert _indirect("Ted Okafor backed what the mayor calls a “tax on joy.”") == \
        ["what the mayor calls a"]
    assert _indirect("Ted Okafor backed what some are calling a “tax on joy.”") == \
        ["what some are calling a"]


def test_quote_after_a_noun_with_a_determiner_inside_stays_apart():
    """'criticized the plan “a disaster”': a quote after a noun that opens with a
    determiner is left to its own rules (as before); so is a quoted title."""
    assert _indirect("Senator Mara Venn criticized the plan “a disaster” on Monday.") == \
        ["the plan"]
    assert _indirect("Roe criticized the plan “A Better Deal” on Monday.") == ["the plan"]


def test_capitalised_quote_after_a_noun_is_no_continuation():
    """'said the bill “If it passes, ...”' is no case here: a capitalised first word opens
    a sentence of its own, not a relative or subordinate clause going on the noun."""
    qs = _quotes("Mara Venn described the bill. “If it passes, we lose,” she said.")
    assert not [q for q in qs if q.kind == "mixed"]


# ------------------------------------------------------- second verb's subject

def test_second_verb_in_a_subordinate_clause_takes_its_subject():
    """'lost support after she attacked A and blamed B on “C”': "blamed" is the subordinate
    clause's second verb, so its subject is "she", not the main clause's."""
    text = ("Mayor Jo Hale lost support after she attacked the unions and blamed the "
            "deficit on “greedy contractors.”")
    qs = _quotes(text)
    assert [_speaker(q) for q in qs] == ["she", "she"]
    text = ("Union leaders have never trusted him, in part because he favors cuts and "
            "opposes the new wage rules.")
    (q,) = _quotes(text)
    assert q.text == "the new wage rules" and _speaker(q) == "he"


def test_second_verb_after_a_subordinate_clause_with_no_speaker():
    """'resigned after the talks collapsed and said A': talks speak no words, and 'spoke
    after the vote and said A' has no clause: the main clause's subject."""
    (q,) = _quotes("Jo Hale resigned after the talks collapsed and said the plan would fail.")
    assert _speaker(q) == "Jo Hale"
    (q,) = _quotes("Jo Hale spoke after the vote and said the plan would fail.")
    assert _speaker(q) == "Jo Hale"


def test_second_verb_after_a_comma_goes_with_the_main_clause():
    """'When I asked Doe if he would run, she smiled and said A': the comma closes the
    subordinate clause; the main clause's subject says A."""
    (q,) = [q for q in _quotes("When I asked Ed Doe if he would run, Ann Roe smiled and "
                               "said the race was over.") if q.text == "the race was over"]
    assert _speaker(q) == "Ann Roe"
