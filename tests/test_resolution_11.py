"""Which entity a speaker mention names (h37-res): a group's head noun, not a name that only
modifies it ("Several Doe associates", "six Harwick newspapers in Ostland").

Every text here is invented, and is read by the model-free default path unless a hand-made
parse is given.
"""

from __future__ import annotations

from findings import parsed_quotes

import quotetrack


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Quote text -> (speaker name, speaker type)."""
    return {q.text: (q.speaker.name if q.speaker else None,
                     q.speaker.type if q.speaker else None)
            for q in quotetrack.extract(text).quotes}


def test_associates_of_a_person_are_a_group_not_the_person():
    """ "Several Dorn associates said “A”": the associates speak, not Kevin Dorn."""
    text = ("Kevin Dorn announced his campaign on Tuesday.\n\n"
            'Several Dorn associates said the launch was "long overdue."\n')
    assert _speakers(text)['"long overdue."'] == ("Several Dorn associates", "GROUP"), \
        _speakers(text)


def test_newspapers_named_after_a_place_are_a_group_not_the_place():
    """ "Six Harwick newspapers in New Jersey said “A”": the newspapers, not New Jersey;
    and "they" after them is the newspapers again."""
    text = ("Governor Tom Vale spoke in Trenton on Monday.\n\n"
            'Six Harwick newspapers in New Jersey said he was "unfit to serve." '
            'They called him "a part-time governor."\n')
    got = _speakers(text)
    assert got['"unfit to serve."'] == ("Six Harwick newspapers in New Jersey", "GROUP"), got
    assert got['"a part-time governor."'][0] == "Six Harwick newspapers in New Jersey", got


def test_one_confidant_of_a_person_is_someone_new():
    """ "One Vale confidant said “A”": a person the story does not name, not Tom Vale."""
    text = ("Tom Vale spoke in Trenton on Monday.\n\n"
            'One Vale confidant said the speech was "a reset."\n')
    assert _speakers(text)['"a reset."'] == ("One Vale confidant", "GROUP"), _speakers(text)


def test_politicians_of_a_place_are_a_group_not_the_place():
    """ "The Ohio politicians said “A”": the politicians, not Ohio."""
    text = ("Tom Vale spoke in Trenton on Monday.\n\n"
            'The Ohio politicians said the plan was "a good start."\n')
    assert _speakers(text)['"a good start."'] == ("The Ohio politicians", "GROUP"), \
        _speakers(text)


def test_who_after_a_description_set_off_after_a_name_is_that_person():
    """ "Warren Pike, an Ohio banker who said “A”": the "who" is Warren Pike, whom the
    banker describes, not Ohio."""
    text = ("The plan drew criticism on Monday from Warren Pike, an Ohio banker who said "
            'it was "reckless and rushed."\n')
    assert _speakers(text)['"reckless and rushed."'] == ("Warren Pike", "PERSON"), \
        _speakers(text)


def test_who_after_a_description_with_a_place_is_the_person_not_the_place():
    """ "Dana Roe, 34, a nurse from Dover, Delaware, who said “A”": the nurse, Dana Roe,
    not Delaware; nor the one whose friend a description names ("the girlfriend of Tom
    Doe's brother")."""
    text = ("Hundreds waited outside the clinic, among them Dana Roe, 34, a nurse from "
            'Dover, Delaware, who said the line was "a disgrace."\n\n'
            "The protest was led by Lena Hart, then the girlfriend of Tom Doe's brother, "
            'who said the city had "failed everyone."\n')
    got = _speakers(text)
    assert got['"a disgrace."'] == ("Dana Roe", "PERSON"), got
    assert got['"failed everyone."'] == ("Lena Hart", "PERSON"), got


def _statements(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Statement text -> (speaker mention, speaker name)."""
    return {q.text: (q.speaker_mention.text if q.speaker_mention else None,
                     q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes}


def test_an_expletive_it_speaks_for_no_one():
    """ "It is important to note that A": the statement stays, with no speaker (the "it"
    holds the place of the infinitive, it stands for nothing named before); a referential
    "it" keeps its mention ("The Harwick Group released ... It added that B")."""
    text = ("The Ostland voting law was upheld in March.\n\n"
            "It is important to note that the Supreme Court has ruled against such laws "
            "before.\n\n"
            "The Harwick Group released its annual report on Monday. It added that profits "
            "rose by a fifth.\n")
    got = {k[:30]: v for k, v in _statements(text).items()}
    assert got["the Supreme Court has ruled ag"] == (None, None), got
    assert got["profits rose by a fifth"][0] == "It", got


def test_a_surname_no_tagger_marked_is_the_person_its_early_mention_folded_into():
    """ "Vane spoke first. Then Tom Vane arrived. “We will win,” Vane said." with the last
    "Vane" untagged by the parser's NER: Tom Vane, whom the first "Vane" joined, not that
    first lone "Vane" (folded into him, so no entity of the article)."""
    text = "Vane spoke first. Then Tom Vane arrived. “We will win,” Vane said."
    s1 = [("Vane", "Vane", "PROPN", 2, "nsubj", "S-PERSON"), ("spoke", "speak", "VERB", 0, "root"),
          ("first", "first", "ADV", 2, "advmod"), (".", ".", "PUNCT", 2, "punct")]
    s2 = [("Then", "then", "ADV", 4, "advmod"), ("Tom", "Tom", "PROPN", 3, "compound", "B-PERSON"),
          ("Vane", "Vane", "PROPN", 4, "nsubj", "E-PERSON"),
          ("arrived", "arrive", "VERB", 0, "root"), (".", ".", "PUNCT", 4, "punct")]
    s3 = [("“", "“", "PUNCT", 4, "punct"), ("We", "we", "PRON", 4, "nsubj"),
          ("will", "will", "AUX", 4, "aux"), ("win", "win", "VERB", 8, "ccomp"),
          (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
          ("Vane", "Vane", "PROPN", 8, "nsubj"), ("said", "say", "VERB", 0, "root"),
          (".", ".", "PUNCT", 8, "punct")]
    quote = next(q for q in parsed_quotes(text, [s1, s2, s3]) if "win" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Tom Vane", quote


def test_it_raised_before_likely_to_is_no_expletive():
    """ "The Harwick Group ... It is likely to announce that A": the group, raised before
    "likely", not an "it" holding a clause's place."""
    text = ("The Harwick Group released its annual report on Monday. It is likely to announce "
            "that profits rose by a fifth.\n")
    got = {k[:23]: v for k, v in _statements(text).items()}
    assert got["profits rose by a fifth"] == ("It", "Harwick Group"), got


def test_the_head_of_an_organisations_name_is_that_organisation():
    """ "The Harwick Budget Office ... the budget office said A": the office named before,
    not a group of its own; but not past a nearer noun phrase of that head ("the trade
    group for the insurers ... the group")."""
    text = ("The Harwick Budget Office published new figures on Monday.\n\n"
            "Deficits will rise sharply, the budget office said.\n\n"
            "Ostvale Holdings Group sold its stake. The trade group for the insurers "
            "objected. The plan is unfair, the group said.\n")
    got = {k[:20]: v for k, v in _speakers(text).items()}
    assert got["Deficits will rise s"] == ("Harwick Budget Office", "ORG"), got
    assert got["The plan is unfair"][0] != "Ostvale Holdings Group", got
