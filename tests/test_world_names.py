"""Names from many languages and cultures in invented world news, read by the model-free
default path: each test reads a short text written for it and checks who a mention
resolves to or how a name is tagged."""

from __future__ import annotations

from findings import entities, quote_rows


def test_a_surname_of_two_words_resolves_to_the_full_name() -> None:
    """"García Ortega" after "María José García Ortega", "Thein Aung" after "U Thein Aung",
    "Martínez de la Fuente": a surname of two words or more, the given names left off, is
    the person named in full before, not a new one."""
    text = ("María José García Ortega, the mayor, said on Thursday that the tram would be "
            "finished on time. “Every euro is accounted for,” García Ortega said.\n\n"
            "The opposition leader, Juan Carlos Martínez de la Fuente, said the budget had "
            "grown. “It is a pit,” Martínez de la Fuente said.\n\n"
            "The city engineer, U Thein Aung, said the drains were clear. “We worked all "
            "week,” Thein Aung said.")
    names = [row[3] for row in quote_rows(text) if row[1] == "direct"]
    assert names == ["María José García Ortega", "Juan Carlos Martínez de la Fuente",
                     "U Thein Aung"]
