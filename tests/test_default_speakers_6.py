"""Speakers on the model-free path, sixth round: one regression case per cause fixed on
PolNeAR train (the clause, subject and cue side of the default path).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import said

import quotetrack


def relayed(text: str) -> dict[str, str | None]:
    """Each statement's reporter when someone relays it (``Quote.reported_by_mention``),
    else its speaker mention."""
    return {q.text: (m.text if (m := q.reported_by_mention or q.speaker_mention) else None)
            for q in quotetrack.extract(text).quotes}


def test_a_poll_is_credited_with_what_its_share_said():
    """"In a Harbor Times survey, 79 percent said A and 60 percent said B", "The poll also
    showed that ..., and 74 percent said A", "most polls, with some polls indicating that A":
    the news credits the poll named before the share with the share's statement, as it does
    a share's quote, and each statement keeps its own clause; "31% of voters in a poll said"
    keeps the share, and "with 30 percent of voters saying A" is the share's, not the
    clause subject's."""
    text = ("In a Harbor Times survey released last Thursday, 79 percent of Democrats said "
            "they were satisfied with Mr. Dole's record and 60 percent said they would like "
            "to see the next mayor continue his policies.\n\n"
            "The poll also showed that 59 percent of those surveyed disapprove of the mayor, "
            "and 74 percent said the town is on the wrong track.\n\n"
            "Mr. Dole leads in most polls, with some polls indicating that Ann Finch, the "
            "governor there, has a small lead in the west.\n\n"
            "Ms. Finch has slightly improved her standing, with 30 percent of voters saying "
            "they have a positive view of her.\n\n"
            "Some 31 percent of voters in the Courier poll said the council should resign.")
    found = said(text)
    survey = "a Harbor Times survey"
    assert found["they were satisfied with Mr. Dole's record"] == survey
    assert found["they would like to see the next mayor continue his policies"] == survey
    assert found["the town is on the wrong track"] == "The poll"
    assert found["Ann Finch, the governor there, has a small lead in the west"] == "some polls"
    assert found["they have a positive view of her"] == "30 percent of voters"
    assert found["the council should resign"] is not None and \
        "31 percent" in found["the council should resign"]


def test_a_setting_alone_is_no_statement():
    """"Local media reported that during the visit, Mayor Tom Dole reiterated his request":
    the prepositional phrase that opens the reported clause is part of it, not a statement
    of its own cut off before the next cue; the report runs on over the clause it sets."""
    text = ("Local media reported that during the visit, Mayor Tom Dole reiterated his request "
            "that the state pay for the bridge.")
    found = said(text)
    assert "during the visit" not in found
    statement = next(s for s in found if s.startswith("during the visit,"))
    assert found[statement] == "Local media"


def test_a_work_quoted_by_its_title_is_a_source():
    """"According to “The Harbor Years,” a 1998 book by Ann Lowe, Mr. Dole told his roommate
    that A", "According to “The Harbor Years” by Ann Lowe, ...": the book the frame names by
    its quoted title, with its description and its author, is the source of what follows
    (it relays what Mr. Dole told: ``reported_by``)."""
    text = ("According to \"The Harbor Years,\" a 1998 book by Ann Lowe, Mr. Dole told his "
            "roommate that his brother's decision to fly had cleared a path for him.\n\n"
            "But he also looked ahead. According to \"The Long Shore\" by Tim Roe, Ms. Finch "
            "told her staff that the port would close within a decade.")
    found = relayed(text)
    first = next(s for s in found if "cleared a path" in s)
    assert found[first] == "\"The Harbor Years,\" a 1998 book by Ann Lowe"
    second = next(s for s in found if "port would close" in s)
    assert found[second] == "\"The Long Shore\" by Tim Roe"


def test_a_poll_by_its_name_and_a_share_of_a_named_group():
    """"In a Courier/Harbor International Poll, 38 percent said A, while 60 percent said B"
    (the poll's name in capitals), "Polls show as many as 30 percent of Mr. Dole's backers
    say A" (a share of a possessed group, after "as many as"): the poll speaks (the
    whole clause after "show", in the second)."""
    text = ("In a Courier International Poll the same month, 38 percent of voters said Mr. "
            "Dole should step down from the board, while 60 percent said he should be able to "
            "stay on.\n\n"
            "Polls show as many as 30 percent of Mr. Dole's backers say they will not vote "
            "for Mrs. Finch.")
    found = said(text)
    assert found["Mr. Dole should step down from the board"] == "a Courier International Poll"
    assert found["he should be able to stay on"] == "a Courier International Poll"
    # (h62-dom: "as many as 30 percent" opens the statement of "show", the whole clause
    # the polls' as PolNeAR marks it; it was the clause after "say")
    assert found["as many as 30 percent of Mr. Dole's backers say they will not vote for "
                 "Mrs. Finch"] == "Polls"


def test_the_agent_of_a_passive_ask_asks():
    """"Mr. Dole was asked by Courier moderator Ann Lowe whether A": the question is the
    moderator's, not the one asked."""
    text = "Mr. Dole was asked by Courier moderator Ann Lowe whether his plan would raise taxes."
    assert said(text)["whether his plan would raise taxes"] == "Courier moderator Ann Lowe"


def test_a_closing_frame_with_late_or_early_before_its_time():
    """"A, the Harbor Times reported late Thursday", "... early last week": the frame that
    ends the sentence credits it, as with "reported Thursday", and its words are not part of
    the statement (it relays what Ann Finch told: ``reported_by``)."""
    for adjunct in ("late Thursday", "early last week"):
        text = ("Ann Finch told investigators in July she was advised by a former mayor to use a "
                f"private account, the Harbor Times reported {adjunct}.")
        found = relayed(text)
        statement = next(s for s in found if "private account" in s)
        assert found[statement] == "the Harbor Times"
        assert "reported" not in statement


def test_a_participle_after_by_goes_with_the_nearest_clause_subject():
    """"X argued that A, while Tom Dole has gained ground by saying that B", "X won the vote,
    but Tom Dole gained ground after saying that B": the participle shares the subject of the
    clause it hangs from, the one after the link, not the sentence's first; a second verb
    with no subject of its own still shares the first ("X won, and gained ground by ...")."""
    text = ("Ann Finch argued that the council is rigged, while Tom Dole has gained ground by "
            "saying that the system favors the rich.\n\n"
            "Ann Finch won the vote, but Tom Dole gained ground after saying that the budget "
            "was a sham.\n\n"
            "Ann Finch won the vote, and then gained ground by saying that the port must stay "
            "open.")
    found = said(text)
    assert found["the system favors the rich"] == "Tom Dole"
    assert found["the budget was a sham"] == "Tom Dole"
    assert found["the port must stay open"] == "Ann Finch"


def test_a_verb_after_and_goes_with_the_subject_of_its_linked_clause():
    """"Mayor Tom Dole signed an order, while Ann Finch, the former governor, proposed a tax
    and said A", "Tom Dole signed it, but Ann Finch criticized it and said A": the second verb
    shares the subject of the clause that the comma and its link open."""
    text = ("Mayor Tom Dole on Monday signed an order to block the plan, while Ann Finch, the "
            "former governor, proposed a new tax and said the speaker should resign.\n\n"
            "Tom Dole signed the order, but Ann Finch criticized it and said the council must "
            "vote again.")
    found = said(text)
    assert found["the speaker should resign"] == "Ann Finch"
    assert found["the council must vote again"] == "Ann Finch"
