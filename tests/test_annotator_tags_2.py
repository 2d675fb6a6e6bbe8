"""Speakers the model-free path missed where a parse found them, thirteenth round: each
test reads a short text written for it with the model-free annotator.
"""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str, kind: str = "mixed") -> list[tuple[str, str | None]]:
    """(quote text, speaker mention) of each quote of ``kind`` found in ``text``."""
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes if q.kind == kind]


@pytest.mark.parametrize("text, mention", [
    # a common noun after the "what" of a free relative names the quote
    ("The fight over whether Acme College is what former students have called a "
     "“fraudulent scheme” took an uglier turn.", "former students"),
    ("The vote on the dam is what local critics call a “sham.”", "local critics"),
    # a name set off by its apposition after "what"
    ("Roe guarded his allies in 1988, in what Jane Doe, treasurer of the Ruiz campaign, "
     "called “hand-to-hand combat.”", "Jane Doe"),
    # a role noun names it; a pronoun after "what" stands for the clause's subject
    ("Ted Okafor backed what the mayor calls a “tax on joy.”", "the mayor"),
    ("Ted Okafor condemned what he called a “tax on joy.”", "Ted Okafor"),
])
def test_subject_after_what_names_the_quote(text: str, mention: str) -> None:
    """ "... is what former students have called “...”": the subject of the free relative's
    verb of naming speaks the quote, not the subject of the clause around it."""
    assert [m for _, m in speakers(text)] == [mention]


@pytest.mark.parametrize("dash", ["―", "—"])
def test_horizontal_bar_sets_off_an_aside(dash: str) -> None:
    """ "Hastily politicizing it ― much like he did ... ― Jon Ruiz cast the blame ...": the
    horizontal bar some outlets set for an em dash closes an aside as the em dash does, so
    the subject after it, not the pronoun inside it, speaks the quote of its clause; and
    "cast" is a verb's past form, not a noun, after the name."""
    text = (f"Hastily politicizing the tragedy {dash} much like he did after the attacks in "
            f"Lyon last year {dash} Jon Ruiz cast the blame on his rivals, and stressed the "
            "threat that “terrorism” poses to the world.")
    assert [m for q, m in speakers(text)] == ["Jon Ruiz"]


@pytest.mark.parametrize("word, upos", [
    ("cast", "VERB"), ("withdrew", "VERB"), ("oversaw", "VERB"), ("fled", "VERB"),
])
def test_irregular_past_forms_are_verbs(word: str, upos: str) -> None:
    """Irregular past forms that no noun shares are verbs after a name ("Jon Ruiz fled the
    city"); "cast" after an article is still a noun ("the cast of the show")."""
    from quotetrack.parse.rules import annotate_tokens

    tags = {w["text"]: w["upos"] for sent in annotate_tokens(f"Jon Ruiz {word} the city.")
            for w in sent}
    assert tags[word] == upos
    cast = [w["upos"] for sent in annotate_tokens("The cast of the show said it was a hit.")
            for w in sent if w["text"] == "cast"]
    assert cast == ["NOUN"]


@pytest.mark.parametrize("dash", ["―", "—"])
def test_stance_modifier_makes_a_noun(dash: str) -> None:
    """ "Doe's absurd ― and dangerous ― anti-Latino remarks": a verb's -s form after a
    modifier in "anti-" or "pro-" is a plural noun, no cue of a statement."""
    text = (f"We have compiled an updated list of Jane Doe’s absurd {dash} and dangerous {dash} "
            "anti-Latino remarks.")
    assert speakers(text, "indirect") == []


@pytest.mark.parametrize("text, mention", [
    ("The plan gathered steam this week as a number of writers suggested such a list was "
     "overdue.", "a number of writers"),
    ("The plan gathered steam this week as local writers suggested such a list was overdue.",
     "local writers"),
])
def test_as_opens_the_subject_of_a_cue(text: str, mention: str) -> None:
    """ "The plan gathered steam as writers suggested A": the annotator's "as" is a noun by
    design, but the subject of the cue starts after it, not at "steam this week"."""
    assert [m for _, m in speakers(text, "indirect")] == [mention]


@pytest.mark.parametrize("text, mention", [
    # a comparative clause opens with its own subject
    ("Such caution has cost Mayor Ana Ruiz, who gets less credit than aides say she deserves "
     "for the new bridge.", "aides"),
    ("That is still more ethanol than the farm lobby says the fuel markets can handle.",
     "the farm lobby"),
    # "more than", "less than" qualify a share that is the subject
    ("Less than a third of the members agreed that the fee was fair.",
     "Less than a third of the members"),
    # so does the "that" clause after a form of "be"
    ("One thing in Ruiz's favor is that 60 percent of voters in a recent poll said they trust "
     "her on taxes.", "60 percent of voters in a recent poll"),
])
def test_subject_after_than_or_is_that(text: str, mention: str) -> None:
    """ "less credit than aides say A", "One thing is that 60 percent of voters said A": the
    noun phrase after "than", or after "that" and a form of "be", is the cue's subject, not
    the subject that opens the sentence."""
    assert [m for _, m in speakers(text, "indirect")] == [mention]


def test_now_that_opens_a_subordinate_statement() -> None:
    """ "Now that Ann Lee has claimed A, B": "now that" opens the cue's clause, whose subject
    speaks A; the statement ends where the main clause begins."""
    text = ("Now that Ann Lee has repeatedly claimed that the mayor lied about the budget, the "
            "council must act.")
    assert speakers(text, "indirect") == [("the mayor lied about the budget", "Ann Lee")]
