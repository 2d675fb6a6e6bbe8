"""Round 31: reported speech with a non-finite cue ("to say", "saying") on the model-free
default path: who speaks in a purpose infinitive after a verb and its object."""
from findings import both_paths, reported


def test_purpose_infinitive_after_object_with_a_day_is_the_subjects() -> None:
    # "a news conference on Monday" is the object of "held", not the one who announces:
    # the date in its phrase names no one
    text = ("The mayor held a news conference on Monday to announce that the toll bridge "
            "would close.")
    assert reported(text) == [("the toll bridge would close", "The mayor")]


def test_purpose_infinitive_after_object_and_bare_day_is_the_subjects() -> None:
    text = "Governor Ada Brill called a briefing Thursday to say the ferry line was finished."
    assert reported(text) == [("the ferry line was finished", "Governor Ada Brill")]


def test_purpose_infinitive_after_object_with_a_place_is_the_subjects() -> None:
    text = "Ada Brill went on the radio in Dover to declare that the strike was over."
    assert reported(text) == [("the strike was over", "Ada Brill")]


def test_object_brought_to_speak_still_speaks() -> None:
    # a named object after a verb is the one who speaks, its place phrase notwithstanding
    text = "The audit led Senator Ada Brill of Kent to announce that she would step down."
    assert reported(text) == [("she would step down", "Senator Ada Brill of Kent")]


def test_object_pronoun_brought_to_speak_still_speaks() -> None:
    text = "A loss on Tuesday forced him to concede that the race was over."
    assert reported(text) == [("the race was over", "him")]


def test_purpose_infinitive_with_day_on_both_paths() -> None:
    text = ("The mayor held a news conference on Monday to announce that the toll bridge "
            "would close.")
    for rows in both_paths(text):
        assert [row[:3] for row in rows if row[1] == "indirect"] == [
            ("the toll bridge would close", "indirect", "The mayor")]


def test_quantifier_subject_of_purpose_infinitive() -> None:
    # "Others", "Some": a quantifier standing alone for people opens the clause
    text = "Others took to the forum to say they had met the envoy."
    assert reported(text) == [("they had met the envoy", "Others")]


def test_quantifier_subject_before_modal_and_gerund() -> None:
    text = "Some could be heard phoning relatives to say the dam had held."
    assert reported(text) == [("the dam had held", "Some")]


def test_purpose_infinitive_object_noun_phrase_is_no_statement() -> None:
    # a noun phrase after the cue is what was announced, not a clause: no statement
    text = "Ada Brill went on the radio on Monday to announce her candidacy for mayor."
    assert reported(text) == []


def test_purpose_infinitive_after_a_things_object_with_an_owner_name() -> None:
    # "Carl Dunn's old deficit" names Dunn, but a deficit claims nothing: Ada Brill does
    text = "Ada Brill invoked Carl Dunn's old polling deficit to claim the slump was not permanent."
    assert reported(text) == [("the slump was not permanent", "Ada Brill")]
