"""Round 33: reported speech carried by a noun of saying, with its topic or its clause
("his remarks about the tax plan", "Roe's criticism of the agency", "his warning to
lawmakers that A", "the things Doe has said about A"), on both paths."""
from findings import both_paths

#: A first sentence: the opening sentence of a text is read as a headline.
LEAD = "Tom Vale toured the harbour on Monday. "


def _indirect(text: str) -> list[list[tuple[str, str | None]]]:
    """(statement, speaker mention) of the reported statements, default and parsed path."""
    return [[(row[0], row[2]) for row in rows if row[1] == "indirect"]
            for rows in both_paths(text)]


def _named(text: str) -> list[list[tuple[str, str | None]]]:
    """(statement, speaker name) of the reported statements, default and parsed path."""
    return [[(row[0], row[3]) for row in rows if row[1] == "indirect"]
            for rows in both_paths(text)]


# -- the topic after a possessed noun of saying ------------------------------------------


def test_pronoun_owned_remarks_about_a_topic() -> None:
    text = LEAD + "His remarks about the tax plan were brief."
    assert _indirect(text) == [[("the tax plan", "His")]] * 2
    assert _named(text) == [[("the tax plan", "Tom Vale")]] * 2


def test_name_owned_criticism_of_a_topic() -> None:
    text = LEAD + "Vale's criticism of the harbour board has grown louder."
    assert _indirect(text) == [[("the harbour board", "Vale")]] * 2


def test_attacks_on_a_person_past_modifiers_end_at_the_verb() -> None:
    text = LEAD + "Vale's strikingly personal attacks on Mayor Ada Brill are rare in the county."
    assert _indirect(text) == [[("Mayor Ada Brill", "Vale")]] * 2


def test_remarks_in_a_prepositional_phrase_before_the_clause() -> None:
    text = LEAD + "In addition to his controversial remarks about the budget, Vale opened a park."
    assert _indirect(text) == [[("the budget", "his")]] * 2


def test_remark_noun_as_a_verbs_object_is_no_statement_of_its_owner() -> None:
    # "slammed Vale's remarks": Brill's stance, not Vale's words on the harbour
    text = LEAD + "Ada Brill slammed Vale's remarks about the harbour."
    for rows in _indirect(text):
        assert ("the harbour", "Vale") not in rows


def test_remarks_on_a_day_or_a_medium_are_no_topic() -> None:
    assert _indirect(LEAD + "His remarks on Tuesday were brief.") == [[], []]
    assert _indirect(LEAD + "His comments on Twitter were brief.") == [[], []]


def test_remarks_that_stirred_someone_tell_their_reaction() -> None:
    # "angered voters": the voters' view of the remarks, not Vale's statement
    assert _indirect(LEAD + "His remarks about the tax plan angered voters.") == [[], []]


def test_remarks_about_a_topic_after_another_noun_are_no_statement() -> None:
    # "questions about his criticism of A": the criticism is the topic of the questions
    text = LEAD + "There are questions about his criticism of the harbour board."
    assert _indirect(text) == [[], []]


def test_a_cue_in_the_sentence_keeps_its_own_statement() -> None:
    # the closing frame credits the whole clause to Brill
    text = LEAD + "His comments on the port are a distraction, Ada Brill said."
    for rows in _indirect(text):
        assert ("the port", "His") not in rows
        assert any(speaker == "Ada Brill" for _, speaker in rows)


# -- the "that" clause of a noun of saying ----------------------------------------------


def test_warning_to_an_addressee_that() -> None:
    text = LEAD + "His warning to lawmakers that the fund would run dry went unheeded."
    assert _indirect(text) == [[("the fund would run dry", "His")]] * 2


def test_plural_statement_noun_that() -> None:
    text = LEAD + "His earlier statements that the fund was safe were wrong."
    assert _indirect(text) == [[("the fund was safe", "His")]] * 2


def test_complaints_from_a_speaker_that() -> None:
    text = LEAD + "The plan drew complaints from rival bidders that it favoured his allies."
    assert _indirect(text) == [[("it favoured his allies", "rival bidders")]] * 2


# -- the topic of a relative clause of saying --------------------------------------------


def test_comments_she_made_on_a_topic() -> None:
    text = "Ada Brill met the board on Friday. The comments she made on the merger were mild."
    assert _indirect(text) == [[("the merger", "she")]] * 2
    assert _named(text) == [[("the merger", "Ada Brill")]] * 2


def test_comments_made_on_a_topic_cited_by_another() -> None:
    # "Brill cited comments Vale had made about A": Brill's report, not Vale's statement
    text = LEAD + "Ada Brill cited derogatory comments Vale had made about the harbour."
    for rows in _indirect(text):
        assert ("the harbour", "Vale") not in rows


def test_things_a_named_person_has_said_about_a_topic() -> None:
    text = LEAD + "Activists listed the things Mayor Ada Brill has said about the harbour."
    assert _indirect(text) == [[("the harbour", "Mayor Ada Brill")]] * 2


def test_topic_ends_before_a_phrase_of_time() -> None:
    text = LEAD + "Activists listed the things Ada Brill has said about migrants in recent years."
    assert _indirect(text) == [[("migrants", "Ada Brill")]] * 2


def test_what_a_person_says_about_a_topic() -> None:
    text = LEAD + "Voters like what Vale says about the port."
    assert _indirect(text) == [[("the port", "Vale")]] * 2


def test_nothing_bad_to_say_about_a_topic() -> None:
    text = LEAD + "Vale had nothing bad to say about the new budget."
    assert _indirect(text) == [[("the new budget", "Vale")]] * 2


def test_what_a_text_says_is_no_persons_statement() -> None:
    # a report is no one who speaks: its topic is left alone here
    text = LEAD + "Vale doubted what the report says about the port."
    for rows in _indirect(text):
        assert ("the port", "the report") not in rows
