"""Quote kinds and headline attributions (h63-knd, thirty-first round).

Invented texts.  A clause of time that dates the saying between the cue and a whole
sentence ("said in the spring, when the audit began, “A.”"), the one asked with an adjunct
after it ("asked the crowd at the rally, “A?”") and the "with" of a reply ("responded to
critics with, “A?”") leave the quote direct, its frame no statement of its own.  A verb of
characterising with an adjective after its object ("calls Roe unqualified", "called the
plan unworkable") states a view.  A title-case headline's verb in its base form after a
plural subject ("Emails Reveal ...", "New Polls Show ...") reports its clause, after a
label's colon too ("Busted: ...").
"""

from __future__ import annotations

import pytest
from findings import both_paths, quote_rows


def _both(text: str, piece: str) -> list[list[tuple[str, str, str | None]]]:
    """(text, kind, speaker mention) of each quote holding ``piece``, on each path."""
    return [[(r[0], r[1], r[2]) for r in rows if piece in r[0]] for rows in both_paths(text)]


def _rows(text: str) -> list[list[tuple[str, str, str | None]]]:
    """(text, kind, speaker mention) of every quote, on each path."""
    return [[(r[0], r[1], r[2]) for r in rows] for rows in both_paths(text)]


@pytest.mark.parametrize("text, piece, mention", [
    ("Mayor Jane Ruddle spoke at the fair. Ruddle initially said in the spring, when the "
     "audit began, “We did nothing wrong.”\n", "We did", "Ruddle"),
    ("Mayor Jane Ruddle spoke at the fair. Ruddle said, when asked, “We did nothing "
     "wrong.”\n", "We did", "Ruddle"),
    ("Mayor Jane Ruddle spoke at the fair. Ruddle said Tuesday when asked about it, “We "
     "will not raise taxes.”\n", "We will", "Ruddle"),
])
def test_a_clause_of_time_before_a_whole_sentence_leaves_it_direct(text, piece, mention):
    """A set-off clause of time after the cue dates the saying: the whole sentence after
    it is direct (was mixed), the speaker's (both paths)."""
    for got in _both(text, piece):
        assert [(k, m) for _, k, m in got] == [("direct", mention)], got


def test_a_clause_inside_the_statement_keeps_the_quote_mixed() -> None:
    """Not a clause of time after the statement's own verb ("said the plan failed when
    the rain came, “a total mess.”"): a fragment the statement holds stays mixed."""
    text = "Mayor Jane Ruddle spoke. Ruddle said the plan failed when the rain came, “a mess.”\n"
    for got in _both(text, "a mess"):
        assert [k for _, k, _ in got] == ["mixed"], got


@pytest.mark.parametrize("text, piece, mention", [
    ("Governor Ada Penn held a rally. Penn asked the crowd at the rally, “Who wants lower "
     "taxes?”\n", "Who wants", "Penn"),
    ("Senator Tom Valk was asked about the bridge. Valk responds to the critics with, “Why "
     "should we pay twice?”\n", "Why should", "Valk"),
    ("Senator Tom Valk was asked about the bridge. Valk responded with, “Why should we pay "
     "twice?”\n", "Why should", "Valk"),
])
def test_the_one_asked_or_answered_before_a_whole_sentence(text, piece, mention):
    """The one asked with an adjunct after it, or the one answered and the reply's
    "with": the quote is direct, the asker's, and no statement is made of the frame's
    words ("the crowd at the rally", "the critics with")."""
    for rows in _rows(text):
        quoted = [(k, m) for t, k, m in rows if piece in t]
        assert quoted == [("direct", mention)], rows
        assert not any(k == "indirect" and m == mention for _, k, m in rows), rows


@pytest.mark.parametrize("text, statement, mention", [
    ("Tom Valk calls Jane Ruddle unqualified; the senator sharpens his attacks.\n",
     "Jane Ruddle unqualified", "Tom Valk"),
    ("Tom Valk called the plan unworkable.\n", "the plan unworkable", "Tom Valk"),
    ("Tom Valk called the new rules lawful, and said nothing else.\n",
     "the new rules lawful", "Tom Valk"),
])
def test_calling_an_object_an_adjective_is_a_view(text, statement, mention):
    """"X called Y ADJ": what Y is called is X's view, the object and its adjective the
    statement (both paths), though the tagger reads the adjective as a verb or a noun."""
    for rows in _rows(text):
        assert (statement, "indirect", mention) in rows, rows


@pytest.mark.parametrize("text", [
    "Tom Valk called the executive, who did not answer.\n",
    "Tom Valk called the police chief on Monday.\n",
])
def test_calling_someone_is_no_view(text):
    """A call with no adjective after its object states nothing."""
    for rows in _rows(text):
        assert rows == [], rows


@pytest.mark.parametrize("text, statement, mention", [
    ("Emails Reveal Mayor Knew About The Leak.\n\nThe emails came out on Monday.\n",
     "Mayor Knew About The Leak", "Emails"),
    ("New Polls Show Big Gaps In The Governor Race.\n\nThe polls came out on Monday.\n",
     "Big Gaps In The Governor Race", "New Polls"),
    ("Busted: Emails Reveal Mayor Knew About The Leak.\n\nThe emails came out on Monday.\n",
     "Mayor Knew About The Leak", "Emails"),
])
def test_a_headline_verb_in_its_base_form_after_a_plural(text, statement, mention):
    """A title-case headline's "Reveal", "Show" after a plural subject is its verb, no
    word of a name: the rest of the line is the subject's statement (default path)."""
    assert (statement, "indirect", mention, mention) in quote_rows(text), quote_rows(text)


def test_a_headline_plural_subject_is_a_group() -> None:
    """"New Polls" whose plural the article writes in lower case too is no person: a
    role noun later ("The candidate") is not taken for it."""
    text = ("New Polls Show Big Gaps In The Race.\n\nThe candidate labeled “a "
            "fighter” still leads in the polls.\n")
    rows = quote_rows(text)
    assert ("“a fighter”", "mixed", "The candidate", "The candidate") in rows, rows


@pytest.mark.parametrize("text", [
    "Jobs Report Shows Big Gains In Hiring.\n\nThe report came out on Monday.\n",
    "Fox News Report Says Mayor Lied.\n\nThe report came out on Monday.\n",
])
def test_a_noun_in_a_name_before_a_verb_stays_a_noun(text):
    """"Jobs Report Shows": the verb after it is the headline's ("Shows"), "Report" no
    verb of "Jobs"; "Fox News Report": "News" is no plural subject."""
    rows = quote_rows(text)
    assert not any(m in ("Jobs", "Fox News") for _, _, m, _ in rows), rows


@pytest.mark.parametrize("text, statement", [
    ("Tom Valk Just Revealed Who He Would Pick For Chief – It Might Surprise You.\n\nValk "
     "spoke on Monday at the fair.\n", "Who He Would Pick For Chief"),
    ("Tom Valk Just Vowed To Never Utter These 2 Words During His Campaign- And It Says A "
     "Lot.\n\nValk spoke on Monday.\n", "To Never Utter These 2 Words During His Campaign"),
])
def test_a_headline_statement_ends_at_the_teaser_dash(text, statement):
    """A title-case headline's statement ends at a spaced dash: the teaser after it ("It
    Might Surprise You") is the writer's (both paths); a hyphen inside a word is no dash."""
    for rows in _rows(text):
        assert [r[0] for r in rows if r[1] == "indirect"] == [statement], rows


def test_a_hyphen_inside_a_headline_word_is_no_teaser_dash() -> None:
    """"Double-Digit" keeps its hyphen inside the statement."""
    text = "New Polls Show Double-Digit Gaps In The Race.\n\nThe polls came out on Monday.\n"
    for rows in _rows(text):
        assert ("Double-Digit Gaps In The Race", "indirect", "New Polls") in rows, rows
