"""Quote kinds from the leads of h61-mix and h61-wld (h61-lv2, twenty-ninth round).

Invented texts.  (1) A whole sentence quoted after a participle cue set off by commas at
the end of a longer reported statement ('Lee said the vote could be “messy,” adding,
“Democracy is messy.”') is direct, the statement's speaker's; a fragment there, or
"adding that", stays mixed.  (2) An aside set off by dashes between a cue and the second
part of a split quote ('“A,” she said — her voice broke — “but B.”') leaves that part
direct; a clause after the dashes ("— after the vote — that “A”") stays mixed.  (3) A
French frame ("« A », a déclaré X") names its speaker.
"""

from __future__ import annotations

import pytest
from findings import quote_rows


@pytest.mark.parametrize("text, piece, mention", [
    ("Lee said the vote could be “messy,” adding, “Democracy is messy.”\n",
     "Democracy", "Lee"),
    ("Mayor Ana Ruiz said the budget was “tight but fair,” adding: “Nobody gets everything.”\n",
     "Nobody", "Mayor Ana Ruiz"),
    ("Kim told reporters the plan was a “gamble,” saying, “We will know by June.”\n",
     "We will", "Kim"),
])
def test_a_whole_sentence_after_adding_is_direct(text, piece, mention):
    """ '..., adding, “A.”' at the end of a reported statement: A is a whole sentence
    after its own participle cue, direct, the statement's speaker's (both paths)."""
    for rows in (quote_rows(text), quote_rows(text, parsed=True)):
        got = [(r[1], r[2]) for r in rows if piece in r[0]]
        assert got == [("direct", mention)], rows


@pytest.mark.parametrize("text, piece", [
    ("Lee said the vote could be “messy,” adding that “Democracy is messy.”\n", "Democracy"),
    ("Lee said the vote could be “messy,” adding, “a real mess,” and then left.\n",
     "a real mess"),
    ("Lee said the vote could be “messy,” adding, “a real mess.”\n", "a real mess"),
    ("Lee said the vote could be “messy,” adding, “Democracy” was never tidy.\n",
     "Democracy"),
])
def test_fragments_after_adding_stay_mixed(text, piece):
    """ "adding that", a fragment the sentence runs on past, one in lower case, or a word
    inside the clause: the quote is part of a clause, mixed."""
    rows = [r for r in quote_rows(text) if piece in r[0]]
    assert [r[1] for r in rows] == ["mixed"], rows


@pytest.mark.parametrize("text, mention", [
    ("Coach Lena Ruiz spoke after the loss.\n\n"
     "“We tried,” she said — her voice broke — “but it was not enough.”\n", "she"),
    ("Coach Lena Ruiz spoke after the loss.\n\n"
     "“We tried,” Ruiz said — her voice cracking — “but it was not enough.”\n", "Ruiz"),
])
def test_an_aside_in_dashes_after_the_cue_leaves_the_second_part_direct(text, mention):
    """ '“A,” she said — her voice broke — “but B.”': both parts are hers, direct."""
    for rows in (quote_rows(text), quote_rows(text, parsed=True)):
        assert [(r[1], r[2]) for r in rows] == [("direct", mention)] * 2, rows


def test_a_whole_sentence_after_an_aside_in_dashes_is_direct():
    """ 'Lee said — and she meant it — “We will win.”': a whole sentence, direct."""
    rows = quote_rows("Lee said — and she meant it — “We will win.”\n")
    assert [(r[1], r[2]) for r in rows] == [("direct", "Lee")], rows


@pytest.mark.parametrize("text, piece", [
    ("Lee said — after the vote — that the plan was “a mess.”\n", "a mess"),
    ("Lee said — after the vote — the plan was “a mess.”\n", "a mess"),
    ("Lee said the vote — a close one — was “messy.”\n", "messy"),
])
def test_a_clause_after_the_dashes_stays_mixed(text, piece):
    """A clause between the dashed aside and the quote: the quote is inside it, mixed."""
    rows = [r for r in quote_rows(text) if piece in r[0]]
    assert [r[1] for r in rows] == ["mixed"], rows


@pytest.mark.parametrize("text, mention", [
    ("« Nous sommes prêts », a déclaré Hélène Marchais.\n", "Hélène Marchais"),
    ("« La route restera fermée », a précisé le maire Paul Girard.\n",
     "le maire Paul Girard"),
])
def test_a_french_frame_names_the_speaker(text, mention):
    """ '« A », a déclaré X.': a French frame, "a" and a past participle of saying."""
    for rows in (quote_rows(text), quote_rows(text, parsed=True)):
        assert [(r[1], r[2]) for r in rows] == [("direct", mention)], rows


def test_an_english_article_a_is_no_french_frame():
    """ '“A,” a spokesman said.': the English article, the usual frame."""
    rows = quote_rows("“The road stays shut,” a spokesman said.\n")
    assert [(r[1], r[2]) for r in rows] == [("direct", "a spokesman")], rows
