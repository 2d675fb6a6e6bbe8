"""News of styles the earlier style tests did not try (columns, letters, headlines, photo
captions, embedded posts, interviews, wire copy): one regression case per cause fixed by
h27-st2 in the fourteenth round.

Every text here was written for the test, with invented people, places and outlets, and
is read by the model-free default path.
"""

from __future__ import annotations

from findings import quotes


def test_an_adjunct_before_the_clause_keeps_an_appositive_subject_speaking():
    """ "The party's new leader, Jane Doe, said on Monday she would ...": the clause after
    the adjunct is the statement, not the noun phrase before the name."""
    text = ("The Valley Party's new leader, Mara Quint, said on Monday she would cut fuel "
            "taxes.\n\nThe country's largest lender, Norvale Group, said on Tuesday that it "
            "would close 40 branches.\n")
    found = quotes(text)
    assert found["she would cut fuel taxes"][0] == "indirect", found
    assert found["she would cut fuel taxes"][2] == "Mara Quint", found
    assert found["it would close 40 branches"][2] == "Norvale Group", found
    assert not any(t.startswith(("The Valley", "The country")) for t in found), found


def test_the_one_an_outlet_quotes_as_saying_speaks():
    """ "The paper quoted the director, Gail Ferris, as saying that A" (as in a letter to the
    editor): Gail Ferris said A, not the paper."""
    text = ("Sir, your report on the bus timetable quoted the transport director, Gail "
            "Ferris, as saying that nobody would be left without a service.\n\n"
            "The Harbour Gazette quoted Mayor Colin Tate as saying the ferry would run "
            "all winter.\n")
    found = quotes(text)
    assert found["nobody would be left without a service"][2] == "Gail Ferris", found
    assert found["the ferry would run all winter"][2] == "Colin Tate", found


def test_a_bolded_question_of_an_interview_has_no_speaker():
    """ "**Why write a book now?**": the interviewer's question opens with "Why", which is
    no one who writes."""
    text = ("The owner of Bellini's talks to the Weekly Courier about his first cookbook.\n\n"
            "**Why write a book now?**\n\nBecause people kept asking for the recipes.\n")
    assert not quotes(text), quotes(text)


def test_a_live_blog_time_stamp_leaves_a_whole_sentence_quote_direct():
    """ '14:20 “A,” Orme tells MPs.': the time stamp of the entry is no clause around the
    quote."""
    text = ("Live: Budget day\n\n14:05 The chancellor, Rachel Orme, has begun her speech.\n\n"
            '14:20 "This is a budget for working families," Orme tells MPs.\n')
    found = quotes(text)
    assert found['"This is a budget for working families,"'] == \
        ("direct", "Orme", "Rachel Orme"), found


def test_a_noun_with_a_phrase_and_an_auxiliary_after_said_opens_the_statement():
    """ "Tenant Gary Booth, 62, said the damp in his flat had made his daughter ill": the
    noun after "said" is the statement's subject, not a speaker of "CLAUSE, said X"."""
    text = ('In a statement, the Fenwick Housing Trust said: "We are sorry."\n\n'
            "Tenant Gary Booth, 62, said the damp in his flat had made his daughter ill.\n")
    found = quotes(text)
    assert found["the damp in his flat had made his daughter ill"][2] == "Gary Booth", found
    assert "Tenant Gary Booth, 62" not in found, found


def test_a_sentence_opened_by_as_x_put_it_quotes_directly():
    """ "But as one neighbour put it, “A promise is not a lane.”": the quote is the whole
    sentence after its frame, a direct quote; "Y wants, as she put it, “...”" stays mixed."""
    text = ('Sir, I was glad to read that the mayor has promised more cycle lanes. But as one '
            'neighbour put it, "A promise is not a lane."\n\n'
            'Derek Hale wants, as he put it, "a lane for every school."\n')
    found = quotes(text)
    assert found['"A promise is not a lane."'][:2] == ("direct", "one neighbour"), found
    assert found['"a lane for every school."'][0] == "mixed", found


def test_a_columnist_s_neighbour_speaks():
    """ "As my neighbour put it, “...”" in a letter or a column: "my neighbour" (like "his
    neighbour") is the source the phrase names."""
    text = ('Sir, the mayor has promised more cycle lanes. As my neighbour put it, "A promise '
            'is not a lane."\n')
    found = quotes(text)
    assert found['"A promise is not a lane."'][1] == "my neighbour", found
