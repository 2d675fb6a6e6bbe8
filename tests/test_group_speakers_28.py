"""A crowd of unnamed people that does what a participle after a comma says ("Hundreds of
students marched to the capitol, chanting “...”"): h60-gp2 in the twenty-eighth round.

Plural people nouns of unnamed sources ("students", "parents", "workers") are no speaker
nouns (``lexicon.SPEAKER_NOUNS``): political news talks about them far more often than it
quotes them, and made speakers everywhere they took scare quotes and phrases of others'
clauses (h60-grp, not merged).  Only the host of a participle after a comma may be one,
and only as a counted crowd ("Hundreds of / Dozens of / Thousands of / Scores of X",
"About 200 X") or plain "The X".  Every text here is invented.
"""

from __future__ import annotations

from findings import direct_speakers, parsed_direct_speakers, quote_rows


def test_counted_crowd_chanting_speaks():
    """"Hundreds of students marched ..., chanting “...”": the students chant."""
    text = ('Hundreds of students marched to the statehouse on Friday, chanting '
            '"Books, not bars."\n')
    assert quote_rows(text) == [('"Books, not bars."', "direct", "Hundreds of students",
                                 "Hundreds of students")]


def test_other_counts_of_a_crowd():
    """"Dozens of workers", "Thousands of fans", "About 200 parents": counted crowds."""
    got = direct_speakers('Dozens of workers walked off the line at the Kelso plant, '
                          'chanting "Fair pay now."\n')
    assert got == {"Fair pay now": "Dozens of workers"}
    got = direct_speakers('Thousands of fans poured into the square after the final, '
                          'chanting "We are the champions of Varnby."\n')
    assert got == {"We are the champions of Varnby": "Thousands of fans"}
    got = direct_speakers('About 200 parents gathered outside Linden Elementary on Monday, '
                          'chanting "Let our children learn."\n')
    assert got == {"Let our children learn": "About 200 parents"}


def test_plain_the_crowd_chanting_speaks():
    """"The students marched ..., chanting “...”": the students the story has set out."""
    got = direct_speakers('The students marched across the campus at noon, chanting '
                          '"No more tuition hikes."\n')
    assert got == {"No more tuition hikes": "The students"}


def test_parsed_path_agrees():
    """The parsed path already read the crowd as the parse's subject of the clause the
    participle hangs from (no speaker-noun gate there); the default path now agrees."""
    text = 'The students marched to the capitol, chanting "No more cuts."'
    s = [("The", "the", "DET", 2, "det"),
         ("students", "student", "NOUN", 3, "nsubj"), ("marched", "march", "VERB", 0, "root"),
         ("to", "to", "ADP", 6, "case"), ("the", "the", "DET", 6, "det"),
         ("capitol", "capitol", "NOUN", 3, "obl"), (",", ",", "PUNCT", 8, "punct"),
         ("chanting", "chant", "VERB", 3, "advcl"), ('"', '"', "PUNCT", 12, "punct"),
         ("No", "no", "DET", 12, "det"), ("more", "more", "ADJ", 12, "amod"),
         ("cuts", "cut", "NOUN", 8, "obj"), (".", ".", "PUNCT", 3, "punct"),
         ('"', '"', "PUNCT", 3, "punct")]
    assert parsed_direct_speakers(text, [s]) == {"No more cuts": "The students"}
    assert direct_speakers(text) == {"No more cuts": "The students"}


# --- near misses -------------------------------------------------------------------------

def test_counted_things_do_not_speak():
    """"Hundreds of pages of records were released ..., showing “...”": no people."""
    got = direct_speakers('Hundreds of pages of records were released on Friday, showing '
                          '"a pattern of neglect."\n')
    assert got == {"a pattern of neglect": None}


def test_crowd_as_addressee_does_not_speak():
    """"The principal told the students, “...”": the principal, not the students."""
    got = direct_speakers('The principal told the students, "Stay in your classrooms."\n')
    assert got == {"Stay in your classrooms": "The principal"}


def test_scare_quote_about_a_group_stays_unattributed():
    """A scare quote in a clause about a group gets no group speaker (the change left
    out in h60-grp gave one)."""
    got = direct_speakers('Under the new rules, only European immigrants are "safe" from '
                          'the raids.\n')
    assert got.get("safe") is None  # (an unattributed word in quotes is dropped)
    got = direct_speakers('The workers were "temporary" on paper for eleven years.\n')
    assert got.get("temporary") is None
    got = direct_speakers('Hundreds of immigrants, the mayor said, are "safe" in the '
                          'city, citing a new ordinance.\n')
    assert got.get("safe") in (None, "the mayor")


def test_group_without_count_or_article_does_not_speak():
    """"Angry students marched ..., chanting": neither counted nor "The X"; and "The
    students' parents ..., chanting": a possessed group; both as before (no speaker)."""
    got = direct_speakers('Angry students marched to the capitol, chanting "No cuts."\n')
    assert got.get("No cuts") is None
    got = direct_speakers('The students\' parents gathered at the gate, chanting '
                          '"Open the doors."\n')
    assert got.get("Open the doors") is None
