"""Who a named or pronoun mention resolves to (texts written for the tests)."""

from __future__ import annotations

import quotetrack


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotetrack.extract(text).quotes]


def test_a_group_made_after_a_folded_surname_does_not_take_a_persons_id() -> None:
    # "Roe" before "Tom Roe" folds into him; the "officials" made later must get an id
    # of their own, not his, or Roe's quote is credited to the officials
    text = ("Roe has run the port for a decade. Tom Roe, its director, spoke on Monday.\n\n"
            "“The cranes are old,” port officials said.\n\n"
            "“We will replace them,” Tom Roe said.")
    result = quotetrack.extract(text)
    assert speakers(text) == ["port officials", "Tom Roe"]
    ids = [e.id for e in result.entities]
    assert len(ids) == len(set(ids))


def test_who_after_a_stressing_himself_stands_for_the_name_before_it() -> None:
    text = ("Tom Roe spoke at the fair on Monday. Roe himself, who has said the race is "
            "“a circus run by clowns,” has now entered it.")
    assert speakers(text) == ["Tom Roe"]


def test_a_lone_surname_is_not_the_namesake_named_in_a_whose_aside() -> None:
    text = ("Dana Lisle, whose brother, Ray Lisle, died in the crash, spoke to reporters on "
            "Friday.\n\nLisle said the inquiry was “a sham from the start.”")
    assert speakers(text) == ["Dana Lisle"]


def test_a_lone_surname_is_not_the_namesake_after_whose_without_commas() -> None:
    text = ("Kim Lisle, whose son Ray Lisle died in the crash, spoke to reporters on Friday."
            "\n\n“It was a sham from the start,” Lisle said.")
    assert speakers(text) == ["Kim Lisle"]


def test_a_kin_noun_after_a_possessive_name_is_the_relative_not_the_named() -> None:
    text = ("Tom Roe spoke at the fair on Monday.\n\n“He never listens,” said Tom Roe’s eldest "
            "daughter.\n\n“I am proud of him,” she added.")
    assert speakers(text) == ["Tom Roe’s eldest daughter", "Tom Roe’s eldest daughter"]


def test_a_name_after_a_lower_case_title_is_the_person_not_a_group() -> None:
    text = "“We will win,” said former secretary of state Ann Vale, who spoke in Ohio."
    assert speakers(text) == ["Ann Vale"]
    # the title's own head, not one before it, makes a titled name
    assert speakers("“We will win,” said the spokesman of Sen. Tom Roe.") == [
        "the spokesman of Sen. Tom Roe"]


def test_a_spokesman_for_a_named_person_is_not_that_person() -> None:
    text = ("Tom Roe spoke on Monday.\n\n“We will win,” said a spokesman for Sen. Tom Roe.\n\n"
            "“The polls are wrong,” he added.")
    assert speakers(text) == ["a spokesman for Sen. Tom Roe"] * 2
