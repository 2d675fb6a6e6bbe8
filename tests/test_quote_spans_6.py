"""Direct and mixed quote spans, sixth round: which quoted words are speech, one regression
case per cause fixed on PolNeAR train (titles of works, interrupted quotes, possessors of
a speech act; on the parsed path, the quoted words' own relative clause and quoted words
inside a cue's subject).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import parsed_quotes

import quotetrack
from quotetrack.attribute import is_title


def quoted(text: str) -> dict[str, str | None]:
    """Each direct or mixed quote's text (marks and end punctuation stripped) with the
    speaker mention the model-free path gives it."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        if q.kind != "indirect":
            out[q.text.strip("\"'“”‘’,. ")] = q.speaker_mention.text if q.speaker_mention \
                else None
    return out


def test_programme_titles_with_an_ampersand_or_a_number():
    """A programme's title after "on" or a plural possessive is no speech, also with "&"
    in it or a number opening it ("on “Fox & Friends”", "on CBS' “60 Minutes”"); a
    quoted number alone is no title ("“99.9” percent sure")."""
    text = ("Jane Roe, a longtime friend of the senator, appeared on “Fox & Friends” to "
            "defend her.\n\n"
            "Governor Tom Reed backed her up in an interview last October on CBS' “60 "
            "Minutes.” “I don't think it posed a problem,” he said.\n\n"
            "Reed's aide Mark Hale called the plan “a stroke of genius.”")
    found = quoted(text)
    assert "Fox & Friends" not in found
    assert "60 Minutes" not in found
    assert found["I don't think it posed a problem"] == "he"
    assert found["a stroke of genius"] == "Reed's aide Mark Hale"
    assert is_title("Fox & Friends") and is_title("60 Minutes.") and is_title("30 Rock")
    assert not is_title("99.9") and not is_title("50-50") and not is_title("& more")


def test_interrupted_quote_goes_on_past_a_name_in_its_frame():
    """'“A,” said Jane Roe, Smith's spokeswoman, “and B.”': the second part of a quote its
    frame interrupts is the same speaker's, though the speaker's apposition names another
    person; a person named in the quote's own clause still speaks it."""
    text = ("“We have had offices in Ohio since last April,” said Jane Roe, Tom Smith's state "
            "communications director, “and we have been building ties that last.”\n\n"
            "“We won the vote today,” said Ann Lee, while Sen. Mark Hale waited for “a "
            "better deal for the whole state.”")
    found = quoted(text)
    assert found["We have had offices in Ohio since last April"] == "Jane Roe"
    assert found["and we have been building ties that last"] == "Jane Roe"
    assert found["a better deal for the whole state"] == "Sen. Mark Hale"


def test_relative_clause_of_the_quoted_words_is_no_frame():
    """Parsed path: 'the so-called “rebels” that would find their way to ...': a relative
    clause on the quoted words whose subject is the relative pronoun tells what the quoted
    thing did; its verb ("find") frames no speech, and the writer's term is no quote."""
    text = ("The agency kept giving arms to the so-called “rebels” that would find their way "
            "to the militias.")
    s = [("The", "the", "DET", 2, "det"), ("agency", "agency", "NOUN", 3, "nsubj"),
         ("kept", "keep", "VERB", 0, "root"), ("giving", "give", "VERB", 3, "xcomp"),
         ("arms", "arm", "NOUN", 4, "obj"), ("to", "to", "ADP", 9, "case"),
         ("the", "the", "DET", 10, "det"), ("so-called", "so-called", "ADJ", 10, "amod"),
         ("“", "``", "PUNCT", 10, "punct"), ("rebels", "rebel", "NOUN", 4, "obl"),
         ("”", "''", "PUNCT", 10, "punct"), ("that", "that", "PRON", 14, "nsubj"),
         ("would", "would", "AUX", 14, "aux"), ("find", "find", "VERB", 10, "acl:relcl"),
         ("their", "they", "PRON", 16, "nmod:poss"), ("way", "way", "NOUN", 14, "obj"),
         ("to", "to", "ADP", 19, "case"), ("the", "the", "DET", 19, "det"),
         ("militias", "militia", "NOUN", 14, "obl"),
         (".", ".", "PUNCT", 3, "punct")]
    assert not parsed_quotes(text, [s])


def test_quoted_words_inside_the_subject_are_not_what_it_says():
    """Parsed path: 'Some in the “Stop Doe” crowd suggest that ...': quoted words inside the
    subject of a cue name who speaks, they are not the speech."""
    text = "Some in the “Stop Doe” crowd suggest a fresh start."
    s = [("Some", "some", "PRON", 9, "nsubj"), ("in", "in", "ADP", 8, "case"),
         ("the", "the", "DET", 8, "det"), ("“", "``", "PUNCT", 5, "punct"),
         ("Stop", "stop", "VERB", 8, "compound"), ("Doe", "Doe", "PROPN", 5, "obj", "S-PERSON"),
         ("”", "''", "PUNCT", 5, "punct"), ("crowd", "crowd", "NOUN", 1, "nmod"),
         ("suggest", "suggest", "VERB", 0, "root"), ("a", "a", "DET", 12, "det"),
         ("fresh", "fresh", "ADJ", 12, "amod"), ("start", "start", "NOUN", 9, "obj"),
         (".", ".", "PUNCT", 9, "punct")]
    assert not [q for q in parsed_quotes(text, [s]) if q.cue is not None]


def test_possessor_of_a_speech_act_says_the_quoted_words():
    """'Doe's call for a “total ban”', "his broadside against “easy money”": a fragment after
    a possessor's noun of a speech act and its preposition is the possessor's words, when
    nobody else in its clause speaks; a noun that is no speech act gives no speaker."""
    text = ("The new rules follow Tom Reed's call for a “total ban” on cars in the center.\n\n"
            "Jane Doe, the treasurer, spoke next. Her recent broadside against “easy money” "
            "leaves room for doubt.\n\n"
            "The new rules follow Tom Reed's plan for a “green belt” around the town.")
    found = quoted(text)
    assert found["total ban"] == "Tom Reed"
    assert found["easy money"] == "Her"
    assert found.get("green belt") is None
