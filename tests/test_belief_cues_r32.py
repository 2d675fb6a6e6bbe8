"""Round 32: indirect attributions whose cue is no verb of speech: an accusation whose
charge is a noun or follows an object pronoun ("Roe accused him of bias")."""
from findings import both_paths


def _indirect(text: str) -> list[list[tuple[str, str | None]]]:
    """(statement, speaker mention) of the reported statements, default and parsed path."""
    return [[(row[0], row[2]) for row in rows if row[1] == "indirect"]
            for rows in both_paths(text)]


def test_accusation_of_a_noun_charge() -> None:
    # "Brill of bias": the noun phrase reads on through "of", yet the charge is what
    # she said of him
    text = "Councillor Ada Brill accused Tom Vale of bias."
    assert _indirect(text) == [[("Tom Vale of bias", "Councillor Ada Brill")]] * 2


def test_accusation_of_an_object_pronoun() -> None:
    text = "On Friday, Ada Brill accused him of misleading the harbour board."
    assert _indirect(text) == [[("him of misleading the harbour board", "Ada Brill")]] * 2


def test_verbless_charge_ends_at_a_comma() -> None:
    # a charge without a verb ends as an object does, before the rest of the sentence
    text = "On Friday, Ada Brill accused them of favouritism, and walked out."
    assert _indirect(text) == [[("them of favouritism", "Ada Brill")]] * 2


def test_accusation_of_a_pronoun_with_a_noun_charge() -> None:
    text = "Ada Brill accused them of a taste for secrecy."
    assert _indirect(text) == [[("them of a taste for secrecy", "Ada Brill")]] * 2


def test_accusation_of_a_name_with_of_is_no_charge() -> None:
    # "the Bureau of Ports": "of" inside a name opens no charge
    text = "Ada Brill accused the Bureau of Ports."
    assert _indirect(text) == [[], []]


def test_charge_that_opens_a_quote_leaves_the_later_statement() -> None:
    # the charge runs into a quote: the mixed quote frames it, and "he said" keeps its own
    text = ("The head of the harbour board has accused his own council of a “grave breach "
            "of trust” in trying to block a rule that he said would make it harder to sail.")
    for rows in both_paths(text):
        assert ("that he said would make it harder to sail", "indirect", "he", None) in rows
