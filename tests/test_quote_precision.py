"""Which quoted words are speech at all (quote precision and recall of direct and mixed
quotes): one regression case per cause fixed on PolNeAR train.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from handparse import conllu

import quotetrack

#: A speaker mention of None: the quote is kept as speech, but names nobody.
NOBODY = None


def quotes(text: str) -> dict[str, str | None]:
    """Each direct or mixed quote's text (marks stripped) and the speaker mention the
    model-free path gives it."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        if q.kind != "indirect":
            out[q.text.strip('"“”,. ')] = q.speaker_mention.text if q.speaker_mention else None
    return out


def test_cries_of_a_crowd_are_speech():
    """"chants of “...”": what a crowd called out is speech though no verb frames it; the
    noun's possessor speaks it, or the subject of a verb that takes it with "in", "into"
    or "with"; else it is kept with no speaker, not dropped as a scare quote."""
    text = ("Jane Doe spoke for an hour on Monday. Their chants of “Doe! Doe! Doe!” went on "
            "long after. Fans broke into chants of “Four more years!” at the door. Tom Reed "
            "took the stage to loud chants of “Lock him up,” and his bus was met with cries "
            "of “Go home!” in the next town.")
    found = quotes(text)
    assert found["Doe! Doe! Doe!"] == "Their"
    assert found["Four more years!"] == "Fans"
    assert found["Lock him up"] is NOBODY  # the crowd's, not Reed's
    assert found["Go home!"] is NOBODY


def test_translation_after_a_quote_is_the_writers():
    """"“...,” Latin for “...”": the quote after a language's name and "for" translates the
    quote before it; it is the writer's gloss, nobody's words."""
    text = ("Jane Doe ended her speech with “Si vis pacem, para bellum,” Latin for “if you "
            "want peace, prepare for war.” Tom Reed waved and shouted “Adieu!” -- French for "
            "“goodbye.”")
    found = quotes(text)
    assert found["Si vis pacem, para bellum"] == "Jane Doe"
    assert "if you want peace, prepare for war" not in found
    assert "goodbye" not in found


def test_slogan_on_a_thing_is_nobodys_words():
    """"showing off the “...” hat": a quote right before a thing that bears it (a hat,
    T-shirts, lawn signs) names the slogan there, which nobody says; a sentence in its own
    marks before such a noun is still speech."""
    text = ("“I think Doe will win,” Ann Lee said, showing off the “Doe for Mayor” hat his "
            "campaign had given her. A group dressed in “We Are Riverton” T-shirts marched "
            "in silence. Jane Doe told the crowd, “We lost.” T-shirts went on sale anyway.")
    found = quotes(text)
    assert found["I think Doe will win"] == "Ann Lee"
    assert "Doe for Mayor" not in found
    assert "We Are Riverton" not in found
    assert found["We lost"] == "Jane Doe"


def test_a_named_possessor_of_a_remark_said_it():
    """"Doe's “...” comment": a quote between a name's possessive and a noun of what was
    said (comment, pledge, rallying cry) is the possessor's words, title case too, whoever
    the clause around it is about; not after "his", which may stand for someone else."""
    text = ("Tom Reed spoke on Monday. Critics recalled Jane Doe's “forty percent” comment, "
            "and the crowd still loved Ann Lee’s “Lee for Riverton” rallying cry.")
    found = quotes(text)
    assert found["forty percent"] == "Jane Doe"
    assert found["Lee for Riverton"] == "Ann Lee"


def test_fragment_in_the_first_person_is_speech():
    """"The impostor gushed about a “...our...”": a quoted fragment in the first or second
    person is someone's words, so the noun phrase subject of its clause speaks it with no
    verb of speech; a title in the first person stays a name ("a “Talk to Me” rally")."""
    text = "The impostor gushed about a “common interest in keeping our borders safe.”"
    s = [("The", "the", "DET", 2, "det"), ("impostor", "impostor", "NOUN", 3, "nsubj"),
         ("gushed", "gush", "VERB", 0, "root"), ("about", "about", "ADP", 8, "case"),
         ("a", "a", "DET", 8, "det"), ("“", "“", "PUNCT", 8, "punct"),
         ("common", "common", "ADJ", 8, "amod"), ("interest", "interest", "NOUN", 3, "obl"),
         ("in", "in", "SCONJ", 10, "mark"), ("keeping", "keep", "VERB", 8, "acl"),
         ("our", "we", "PRON", 12, "nmod:poss"), ("borders", "border", "NOUN", 10, "obj"),
         ("safe", "safe", "ADJ", 10, "xcomp"), (".", ".", "PUNCT", 3, "punct"),
         ("”", "”", "PUNCT", 3, "punct")]
    doc = quotetrack.attribute_document(quotetrack.from_conllu(text, conllu(text, [s])))
    said = {q.text.strip("“”,. "): q.speaker_mention.text for q in doc.quotes
            if q.kind != "indirect" and q.speaker_mention is not None}
    assert said == {"common interest in keeping our borders safe": "The impostor"}
    text = "The actress took the stage at a “Talk Doe to Me” rally on Friday."
    assert quotes(text) == {}
