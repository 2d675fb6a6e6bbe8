"""Round 32: verbs of belief that are nouns too ("doubt", "suspect") report a belief as
verbs only; plurals of titles and an office hold an intention ("declined to comment")."""
from findings import both_paths, upos


def _indirect(text: str) -> list[list[tuple[str, str | None]]]:
    """(statement, speaker mention) of the reported statements, default and parsed path."""
    return [[(row[0], row[2]) for row in rows if row[1] == "indirect"]
            for rows in both_paths(text)]


def test_doubt_that_reports_a_belief() -> None:
    text = "Harbour officials doubt that the new ferry will sail before May."
    assert _indirect(text) == [[("the new ferry will sail before May", "Harbour officials")]] * 2


def test_suspects_with_a_bare_clause_reports_a_belief() -> None:
    text = "Mayor Ada Brill suspects the council leaked the budget."
    assert _indirect(text) == [[("the council leaked the budget", "Mayor Ada Brill")]] * 2


def test_expressed_doubt_is_the_object_of_the_cue() -> None:
    # "doubt" after a verb is its object, a noun: the statement runs on through it
    text = "Ada Brill expressed doubt that the ferry would sail."
    assert _indirect(text) == [[("doubt that the ferry would sail", "Ada Brill")]] * 2
    assert upos(text, "doubt") == "NOUN"


def test_doubts_after_a_verb_or_have_are_nouns() -> None:
    assert upos("He would express doubts about her record.", "doubts") == "NOUN"
    assert upos("Ada Brill has doubts about the ferry.", "doubts") == "NOUN"
    assert upos("Ada Brill cast doubt on the ferry plan.", "doubt") == "NOUN"
    # after a modal or "do" it stays the verb
    assert upos("Few would doubt that the ferry sails.", "doubt") == "VERB"
    assert upos("I do not doubt that the ferry sails.", "doubt") == "VERB"


def test_suspected_of_holds_no_statement_of_its_own() -> None:
    # "groups suspected of ties": a participle before "of" reports no belief, so the
    # object of "point to" stays whole
    text = "Critics point to charities that fund groups suspected of ties to smugglers."
    assert _indirect(text) == [
        [("charities that fund groups suspected of ties to smugglers", "Critics")]] * 2


def test_the_suspect_is_a_speaker_not_a_cue() -> None:
    text = "The suspect told detectives that he had been at the harbour."
    assert _indirect(text) == [[("he had been at the harbour", "The suspect")]] * 2


def test_plural_title_declines_to_comment() -> None:
    text = "Some senators declined to comment."
    assert _indirect(text) == [[("to comment", "Some senators")]] * 2


def test_plural_in_men_declines_to_comment() -> None:
    text = "The two spokesmen declined to comment."
    assert _indirect(text) == [[("to comment", "The two spokesmen")]] * 2


def test_office_declines_to_comment() -> None:
    text = "The mayor's office declined to comment."
    assert _indirect(text) == [[("to comment", "The mayor's office")]] * 2


def test_plural_of_a_text_holds_no_intention() -> None:
    # "surveys" is the plural of a text that speaks but holds no position
    text = "The surveys want lower fares."
    assert _indirect(text) == [[], []]


def test_clause_of_a_noun_of_saying_past_a_time_is_the_nouns() -> None:
    # "that" after "assertion Monday" opens the assertion's clause, not the belief verb's
    text = "Analysts believed Ms. Hale's assertion Monday that the budget was balanced."
    assert _indirect(text) == [
        [("Ms. Hale's assertion Monday that the budget was balanced", "Analysts")]] * 2


def test_clause_after_a_statement_as_the_medium_is_the_cues() -> None:
    text = "The harbour master said in a statement Monday that the ferry would sail."
    assert _indirect(text) == [[("the ferry would sail", "The harbour master")]] * 2
