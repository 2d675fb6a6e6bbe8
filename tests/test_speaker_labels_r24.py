"""Speaker labels and headlines, twenty-fourth round: a headline's claim that quotes words
in single marks, as headlines quote ("Doe: Rival Is a ‘Proven Failure’"), is the speaker's
statement beside the quoted words; the "I" of an interview's answer ("A: I think ...") and
the "you" of its question ("Q: You said ...") are the person the interview asks.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import quotetrack


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, mention) of every quote and statement found."""
    return [(q.kind, q.text, q.speaker.name if q.speaker else None,
             q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes]


_BODY = ("\n\nMaria Okafor, the state treasurer, spoke to reporters in Dover on Tuesday. "
         "She said the budget was sound.")


# --- a headline's claim with words quoted in single marks ----------------------------------

def test_label_headline_claim_with_single_marked_words_is_the_speakers_statement() -> None:
    found = _quotes("Maria Okafor: Rival Is a ‘Proven Failure’ in Business." + _BODY)
    assert ("indirect", "Rival Is a ‘Proven Failure’ in Business.", "Maria Okafor",
            "Maria Okafor") in found
    # the quoted words stay a mixed quote of the same speaker
    assert ("mixed", "‘Proven Failure’", "Maria Okafor", "Maria Okafor") in found


def test_label_headline_claim_opening_with_the_quote() -> None:
    found = _quotes("Okafor: ‘No Idea’ Why the Council Voted Twice." + _BODY)
    assert ("indirect", "‘No Idea’ Why the Council Voted Twice.", "Maria Okafor",
            "Okafor") in found


def test_label_headline_claim_with_two_quoted_pieces() -> None:
    found = _quotes("Okafor: ‘Reckless Spending’ Has ‘No Place In Dover.’" + _BODY)
    claims = [q for q in found if q[0] == "indirect" and q[1].startswith("‘Reckless")]
    assert claims == [("indirect", "‘Reckless Spending’ Has ‘No Place In Dover.’",
                       "Maria Okafor", "Okafor")]


def test_headline_all_in_single_marks_stays_one_direct_quote() -> None:
    # near miss: the whole claim is the quote; no statement doubles it
    found = _quotes("Okafor: ‘We Will Win This Race.’" + _BODY)
    head = [q for q in found if "Win" in q[1]]
    assert head == [("direct", "‘We Will Win This Race.’", "Maria Okafor", "Okafor")]


def test_headline_with_double_marks_is_left_to_the_quote() -> None:
    # near miss: double marks are the rules of quotes' own; only the mixed quote
    found = _quotes("Okafor: Rival Is a “Proven Failure” in Business." + _BODY)
    head = [q for q in found if "Failure" in q[1]]
    assert head == [("mixed", "“Proven Failure”", "Maria Okafor", "Okafor")]


def test_verb_headline_keeps_the_quoted_words_beside_its_clause() -> None:
    # a frame's clause with words quoted in single marks in a headline gives its mixed
    # quote and, since round 32, the clause as the speaker's statement holding it (as a
    # headline's colon does; see tests/test_headlines_r32.py)
    found = _quotes("Maria Okafor Says Rival, ‘Alt Movement’ Pose A Threat To Democracy."
                    + _BODY)
    head = [q for q in found if "Alt" in q[1]]
    assert head == [("indirect", "Rival, ‘Alt Movement’ Pose A Threat To Democracy",
                     "Maria Okafor", "Maria Okafor"),
                    ("mixed", "‘Alt Movement’", "Maria Okafor", "Maria Okafor")]


def test_single_marked_fragment_in_the_body_makes_no_statement() -> None:
    # near miss: only the headline quotes in single marks by custom
    found = _quotes("Treasurer defends budget" + _BODY +
                    " She said the vote was 'rigged' by the board.")
    assert not [q for q in found if q[0] == "indirect" and "rigged" in q[1]]
    assert ("mixed", "'rigged'", "Maria Okafor", "She") in found


# --- question-and-answer interviews --------------------------------------------------------

_INTERVIEW = (
    "Mayor Dana Whitfield spoke on Friday with reporter Sam Keel about the harbor plan. "
    "Whitfield defended the budget. Here is an edited transcript.\n\n"
    "Q: You said the harbor plan would pay for itself. Is that still true?\n\n"
    "A: Because the tolls came in early, I think. We ran the numbers twice.\n\n"
    "Q: Critics say the council was never consulted.\n\n"
    "A: I believe the council had every chance to weigh in.\n")


def test_answers_first_person_is_the_interviewee() -> None:
    found = _quotes(_INTERVIEW)
    assert ("indirect", "the council had every chance to weigh in", "Dana Whitfield",
            "I") in found


def test_answer_statement_leaves_out_the_label() -> None:
    found = _quotes(_INTERVIEW)
    assert ("indirect", "Because the tolls came in early", "Dana Whitfield", "I") in found
    assert not [q for q in found if q[1].startswith(("A:", "Q:"))]


def test_questions_you_is_the_interviewee() -> None:
    found = _quotes(_INTERVIEW)
    assert ("indirect", "the harbor plan would pay for itself", "Dana Whitfield",
            "You") in found
    # the one the question reports stays its own speaker
    assert ("indirect", "the council was never consulted", "Critics", "Critics") in found


def test_one_answer_line_is_no_interview() -> None:
    # near miss: a lone "A:" line names no one the text asks
    text = ("Mayor Dana Whitfield spoke on Friday about the harbor plan.\n\n"
            "A: I believe the council had every chance to weigh in.\n")
    assert ("indirect", "the council had every chance to weigh in", None, "I") in _quotes(text)


def test_questions_first_person_is_not_the_interviewee() -> None:
    # near miss: the "I" of a question is the interviewer's
    text = _INTERVIEW + "\nQ: I think voters want a new bridge. Do they?\n\nA: No.\n"
    assert ("indirect", "voters want a new bridge", None, "I") in _quotes(text)


def test_headline_of_a_text_quoting_in_single_marks_throughout() -> None:
    # near miss: where the body quotes in single marks too (British style), the headline's
    # marks are the paper's quote marks, read as double marks are
    text = ("Whitby: Wards Are ‘Ready For Winter’ in Leeds\n\n"
            "Health Secretary Jane Whitby said the wards were 'fully staffed'.\n\n"
            "She said: 'We have more beds than ever before.'\n")
    found = _quotes(text)
    assert not [q for q in found if q[0] == "indirect" and "Winter" in q[1]]
    assert ("mixed", "‘Ready For Winter’", "Jane Whitby", "Whitby") in found
