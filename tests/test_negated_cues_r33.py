"""Round 33: reported speech whose cue is negated, passive or a refusal: a refusal's holder
before "for" ("Spokesmen for the port declined to comment"), a refusal beside its holder's
own saying ("declined to comment, saying A"), and a participle before a noun read as a cue
inside a refusal's object ("declined to comment on continued fighting")."""
from findings import both_paths


def _indirect(text: str) -> list[list[tuple[str, str | None]]]:
    """(statement, speaker mention) of the reported statements, default and parsed path."""
    return [[(row[0], row[2]) for row in rows if row[1] == "indirect"]
            for rows in both_paths(text)]


def test_refusal_of_spokesmen_for_a_body() -> None:
    # the noun before "for" holds the refusal, not "the port" after it
    text = "Spokesmen for the port declined to comment."
    assert _indirect(text) == [[("to comment", "Spokesmen for the port")]] * 2


def test_refusal_of_an_aide_at_a_body() -> None:
    text = "An aide at the port refused to answer questions about the fares."
    assert _indirect(text) == [[("to answer questions about the fares",
                                 "An aide at the port")]] * 2


def test_refusal_of_a_thing_before_at_holds_nothing() -> None:
    # no noun of people before "at": a gate refuses nothing anyone said
    assert _indirect("The gate at the port refused to open.") == [[], []]


def test_refusal_then_saying() -> None:
    text = ("A spokeswoman for the ferry line also declined to comment, saying that nobody "
            "involved remains at the firm.")
    for rows in _indirect(text):
        assert rows[0] == ("to comment", "A spokeswoman for the ferry line")
        # (the saying keeps its own mention, "A spokeswoman")
        assert [(s, (m or "").startswith("A spokeswoman")) for s, m in rows[1:]] == \
            [("nobody involved remains at the firm", True)]


def test_refusal_then_but_said() -> None:
    text = ("The spokesman refused to answer questions on who would lead the board but said "
            "there was no call.")
    expected = [("to answer questions on who would lead the board", "The spokesman"),
                ("there was no call", "The spokesman")]
    assert _indirect(text) == [expected] * 2


def test_refusal_then_adding() -> None:
    text = "Tom Vale refused to speculate on the vote, adding that he would be on leave."
    expected = [("to speculate on the vote", "Tom Vale"), ("he would be on leave", "Tom Vale")]
    assert _indirect(text) == [expected] * 2


def test_refusal_after_a_passive_speech_verb() -> None:
    # "was charged" tells nothing of the prosecutors' refusal
    text = "Tom Vale was charged with assault, but prosecutors declined to proceed with the case."
    assert _indirect(text) == [[("to proceed with the case", "prosecutors")]] * 2


def test_refusal_told_by_an_earlier_frame_stays_the_teller_s() -> None:
    text = ("As Ted Marr previously reported, the ferry company refused to release the names "
            "of its donors.")
    assert _indirect(text) == [[("the ferry company refused to release the names of its donors",
                                 "Ted Marr")]] * 2


def test_refusal_told_by_a_closing_frame_stays_the_teller_s() -> None:
    text = "The ferry company refused to release the names of its donors, the paper reported."
    assert _indirect(text) == [[("The ferry company refused to release the names of its donors",
                                 "the paper")]] * 2


def test_refusal_to_comment_on_continued_fighting() -> None:
    # "continued" before its noun is no second cue inside the refusal's object
    text = "He declined to comment on continued fighting in the harbour."
    assert _indirect(text) == [[("to comment on continued fighting in the harbour", "He")]] * 2


def test_continued_as_a_verb_is_still_read() -> None:
    text = "Ada Brill said the fighting continued on Monday."
    assert _indirect(text) == [[("the fighting continued on Monday", "Ada Brill")]] * 2


def test_negated_cues_keep_their_speaker() -> None:
    # PolNeAR marks what was not said as the subject's statement
    for text, statement in (
            ("Ada Brill did not say whether the harbour would reopen.",
             "whether the harbour would reopen"),
            ("Ada Brill wouldn't say if the harbour would reopen.",
             "if the harbour would reopen"),
            ("Ada Brill never said that the harbour would reopen.", "the harbour would reopen")):
        assert _indirect(text) == [[(statement, "Ada Brill")]] * 2, text


def test_passive_asked_names_no_source() -> None:
    # PolNeAR gives "X was asked whether A" no source: the asker is unnamed, not X
    text = "Ada Brill was asked whether the harbour would reopen."
    assert _indirect(text) == [[("whether the harbour would reopen", None)]] * 2


def test_refusal_ends_before_a_clause_with_its_own_subject() -> None:
    # "and council aides later said A" is the aides' statement, not part of the refusal
    text = "The agency declined to comment and council aides later said the plan was dead."
    expected = [("to comment", "The agency"), ("the plan was dead", "council aides")]
    assert _indirect(text) == [expected] * 2


def test_refusal_runs_over_and_without_a_finite_verb() -> None:
    # "the union and the board meet": no finite verb after "and", one refused act
    text = "Ada Brill refused to let the union and the board meet."
    assert _indirect(text) == [[("to let the union and the board meet", "Ada Brill")]] * 2


def test_telling_two_nouns_joined_by_and_keeps_the_statement() -> None:
    # "voters and harbour workers" are both told: no second clause opens at "and"
    text = ("Vale has also announced his support, telling voters and harbour workers that the "
            "mayor should resign.")
    for rows in _indirect(text):
        assert any(said.endswith("that the mayor should resign") and by == "Vale"
                   for said, by in rows), rows
