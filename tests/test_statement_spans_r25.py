"""Reported statement spans, round twenty-five: quotes that go on with a stance verb's
object, lists in an object, the saying's occasion after a verbless object, and another's
saying of the statement set off at its end (default path, invented texts)."""

from __future__ import annotations

import quotetrack


def _quotes(text: str) -> list[quotetrack.Quote]:
    return list(quotetrack.extract(text).quotes)


def _indirect(text: str) -> list[str]:
    return [q.text for q in _quotes(text) if q.kind == "indirect"]


def test_stance_object_reads_through_a_quote_after_a_preposition():
    """'decried the rise of “backroom dealing” in the county': the quote goes on with the
    object after "of", so the statement is mixed and whole, not the fragment "the rise of"."""
    text = "Senator Mara Venn decried the rise of “backroom dealing” in the county."
    qs = _quotes(text)
    assert not [q for q in qs if q.kind == "indirect"]
    (q,) = qs
    assert q.kind == "mixed" and q.text == "“backroom dealing”"
    assert q.speaker is not None and q.speaker.name == "Mara Venn"
    assert q.statement is not None and q.statement.text == \
        "the rise of “backroom dealing” in the county"


def test_stance_object_reads_through_a_quote_after_as():
    """'described the new budget as “a gift to nobody”': "as" ends no object (a tagger
    may read it as a noun), the quote is the rest of it."""
    text = "Mayor Jo Hale described the new budget as “a gift to nobody” in a speech."
    qs = _quotes(text)
    assert not [q for q in qs if q.kind == "indirect"]
    (q,) = qs
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.name == "Jo Hale"
    assert q.statement is not None and q.statement.text == "the new budget as “a gift to nobody”"


def test_object_cue_reads_through_a_quote_after_a_determiner():
    """'blamed the flooding on “reckless planning”': the object runs through the quote
    after the preposition."""
    text = "Governor Ted Olsen blamed the flooding on “reckless planning” by the council."
    (q,) = _quotes(text)
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.name == "Ted Olsen"
    assert q.statement is not None and q.statement.text.startswith("the flooding on “reckless")


def test_quote_closed_on_a_comma_ends_the_object():
    """'praised Hale for his “steady hand,” and the council agreed': the comma inside the
    marks ends the object the quote carried on."""
    text = "Mara Venn praised Hale for his “steady hand,” and the council agreed."
    (q,) = _quotes(text)
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.name == "Mara Venn"
    assert q.statement is not None and q.statement.text == "Hale for his “steady hand,”"


def test_quote_after_a_noun_is_left_to_its_own_rules():
    """'criticized the plan “a disaster”': after a noun the object may be whole; the quote
    keeps its own attribution and the object stays as it was."""
    text = "Senator Mara Venn criticized the plan “a disaster” on Monday."
    assert _indirect(text) == ["the plan"]


def test_stance_object_is_the_whole_list():
    """'criticized Texas, Ohio and Utah over the vote': the comma parts the list's items,
    so the object does not stop at the first."""
    text = "Senator Mara Venn criticized Texas, Ohio and Utah over the vote."
    assert _indirect(text) == ["Texas, Ohio and Utah over the vote"]
    text = "Senator Mara Venn praised the nurses, the teachers and the firefighters for their work."
    assert _indirect(text) == ["the nurses, the teachers and the firefighters for their work"]


def test_comma_before_a_new_clause_still_ends_the_object():
    """'criticized the ban, and the league denounced it': "and" opens a clause with a verb
    of its own, no last item of a list."""
    text = "Senator Mara Venn criticized the ban, and the league denounced it."
    assert "the ban" in _indirect(text)


def test_verbless_object_ends_before_the_occasion():
    """'explained his reasoning in an appearance on Channel Nine', 'stressed those worries
    on Sunday at a forum': the occasion of the saying is the writer's."""
    text = "Mayor Jo Hale explained his reasoning in an appearance on Channel Nine."
    assert _indirect(text) == ["his reasoning"]
    text = "Mayor Jo Hale stressed those worries on Sunday at a forum in Dover."
    assert _indirect(text) == ["those worries"]


def test_occasion_inside_a_clause_is_kept():
    """'said the plan in the interview was bad': the phrase sits in a clause with a verb of
    its own after it."""
    text = "Mayor Jo Hale said the plan in the interview was bad."
    assert _indirect(text) == ["the plan in the interview was bad"]


def test_anothers_saying_of_the_statement_is_cut_off():
    """'said A - something the council denied', 'A, something that Roe mocked': another's
    saying of the statement, the writer's note on it."""
    text = ("Mayor Jo Hale said the council had lied about the budget - something the "
            "council denied on Monday.")
    assert _indirect(text) == ["the council had lied about the budget"]
    text = "Mayor Jo Hale said the budget was too small, something that Roe mocked."
    assert _indirect(text) == ["the budget was too small"]


def test_something_with_no_saying_stays_in_the_statement():
    """'A, something few towns can afford': no saying in the phrase; as gold reads it, it
    goes on with the statement."""
    text = "Mayor Jo Hale said the budget was too small, something few towns can afford."
    assert _indirect(text) == ["the budget was too small, something few towns can afford"]


def test_stance_object_reads_through_a_quote_after_an_adverb():
    """'described the protests as largely “peaceful”': an adverb ends no object either."""
    text = "Mayor Jo Hale described the protests as largely “peaceful” in her report."
    qs = _quotes(text)
    assert not [q for q in qs if q.kind == "indirect"]
    (q,) = qs
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.name == "Jo Hale"
    assert q.statement is not None and q.statement.text.startswith("the protests as largely “")


def test_quoted_title_after_a_determiner_is_not_read_through():
    """'praised the staff during a “Harbor Town Forum”': a quoted title is a name, no words
    of the speaker's; the statement is not made mixed by it."""
    text = "Mayor Jo Hale praised the staff during a “Harbor Town Forum” on Monday."
    assert not [q for q in _quotes(text)
                if q.kind == "mixed" and q.statement is not None and
                q.statement.text.startswith("the staff")]
    # (the title names the occasion of the praise, which ends the object)
    assert _indirect(text) == ["the staff"]


def test_quote_framed_inside_the_object_keeps_its_own_speaker():
    """'backed what the mayor calls a “tax on joy”': a cue inside the object frames the
    quote, so the object is not read through it."""
    text = "Ted Okafor backed what the mayor calls a “tax on joy” in the vote."
    mixed = [q for q in _quotes(text) if q.kind == "mixed"]
    assert mixed and all(q.speaker_mention is not None and
                         q.speaker_mention.text == "the mayor" for q in mixed)


def test_quote_in_an_object_is_not_read_through_before_a_closing_report():
    """'slammed the club for “reckless spending” on his show, “Roe Talks,” the Ledger first
    reported': a report closes the sentence and may credit the quote, so the object stops
    at the quote as before."""
    text = ("Tom Roe slammed the club for “reckless spending” on his show, “Roe Talks,” the "
            "Dover Ledger first reported.")
    assert not [q for q in _quotes(text) if q.reason == "X criticized Y" and q.kind == "mixed"]
