"""Two people of one surname stay two, and a lone surname goes to the one it fits (texts
written for the tests)."""

from __future__ import annotations

import quotetrack


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text).quotes]


def genders(text: str) -> dict[str, str | None]:
    return {e.name: e.gender for e in quotetrack.extract(text).entities if e.type == "PERSON"}


def test_lone_surname_is_the_subject_not_the_person_in_her_aside() -> None:
    text = ("Jane Roe, mother of the late soldier Tim Roe, heard the claim on Monday.\n\n"
            "“She lied to me at the ceremony,” Roe said.")
    assert speakers(text) == ["Jane Roe"]


def test_a_title_given_to_a_guessed_namesake_is_not_kept() -> None:
    # neither Vale was called president: "the former president" is no Vale
    text = ("Ted Vale campaigned in Ohio on Monday with his older brother, Ned Vale.\n\n"
            "Vale spoke first. Critics of President Vale's record on trade were loud.\n\n"
            "“Labels are for soup cans,” the former president told the crowd.")
    assert speakers(text) == ["the former president"]


def test_his_wife_before_a_comma_says_she_is_a_woman() -> None:
    text = ("Omar Dane spoke at the convention on Thursday. His wife, Leila Dane, stood beside "
            "him.\n\n“I could not speak,” she said later.\n\n“We lost our son,” Mr. Dane said.")
    assert speakers(text) == ["Leila Dane", "Omar Dane"]
    assert genders(text) == {"Omar Dane": "male", "Leila Dane": "female"}


def test_mr_and_mrs_of_two_unknown_namesakes_give_no_gender() -> None:
    # "Mrs. Dane" fits either Dane as well: the guess must not make Omar a woman
    text = ("Leila Dane and Omar Dane arrived in Ohio in 1980.\n\n"
            "Letters came addressed to Mrs. Dane at their home.\n\n"
            "“We lost our son,” Omar Dane said. “He was a soldier,” he added.")
    assert genders(text)["Omar Dane"] != "female"
    assert speakers(text) == ["Omar Dane", "Omar Dane"]
