"""Surface frames of direct quotes on the model-free path: one case per cause fixed in the
eleventh round (see benchmarks/error_report.py).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

import pytest
from handparse import conllu

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker mention of each direct or mixed quote found in ``text``, in order."""
    return [q.speaker_mention.text if q.speaker_mention is not None else None
            for q in quotetrack.extract(text).quotes if q.kind != "indirect"]


@pytest.mark.parametrize("text, mention", [
    # the cue of the main clause after an opening clause: the main clause's subject speaks,
    # not a name in the opening clause
    ("When Tom Reed, the campaign manager was asked at a lunch if the senator would hold a "
     "press conference, he laughed and said, “We will see about that one.”", "he"),
    # a main clause that names nobody before its cue: the name before it, as ever
    ("When asked about the vote, Jane Doe, a lawyer, said, “We will appeal.”", "Jane Doe"),
])
def test_cue_after_an_opening_clause(text, mention):
    assert speakers(text) == [mention]


@pytest.mark.parametrize("text, mention", [
    # a cue with a noun phrase as object, then a clause of its own that holds the quote:
    # that clause's subject speaks
    ("Boos rained down when Jones mentioned the former governor, and later the crowd loudly "
     "reprised the old chant “Send him home! Send him home!” that rang through the hall.",
     "the crowd"),
    ("Smith proposed a debate on the evening of May 4 - but the Jones campaign rejected the "
     "idea as “ludicrous” because of a game.", "the Jones campaign"),
    # a cue with a clause of its own: the later clause is part of the statement
    ("The auditors said more than 300 files held secrets, but the vast majority were just "
     "“confidential” in the end.", "The auditors"),
])
def test_quote_in_a_later_clause(text, mention):
    assert speakers(text)[-1] == mention


@pytest.mark.parametrize("text, mention", [
    # the cue's subject opens the that-clause of a reporting verb: the reporter relays the
    # words (Quote.reported_by, test_nested_reports.py), the cue's subject speaks them
    ("Investigators say that he told one agent, “I would do it all again.”", "he"),
    ("Doe said the plan was dead, the aide recalled, adding that Doe said of the mayor: "
     "“She will never agree to it.”", "Doe"),
    # "that" as a determiner: the cue's own subject
    ("We asked that reporter what Jane Doe said, and Jane Doe said: “No comment.”", "Jane Doe"),
])
def test_cue_in_a_reported_that_clause(text, mention):
    assert speakers(text)[-1] == mention


@pytest.mark.parametrize("text, mention", [
    # a gerund cue after a verb that takes it as object: that verb's subject speaks
    ("Doe was far less cheerful: “The market will hate this deal,” she recounted telling "
     "them in her memoir.", "she"),
    ("“The market will hate this deal,” Jane Doe recalled saying to the board.", "Jane Doe"),
])
def test_gerund_cue_after_a_verb(text, mention):
    assert speakers(text)[0] == mention


def test_role_set_off_before_the_name_after_the_quote():
    """'“A,” the assailant, John Doe, told ...': the name set off after the role frames the
    quote, and the next quote goes on with it."""
    text = ("''He deserved it,'' the assailant, John Doe, told the program ''Late Edition'' "
            "after the fight, which was filmed. ''Next time, we might do worse.''")
    assert speakers(text) == ["John Doe", "John Doe"]


def test_names_with_an_affiliation_after_the_quote():
    """'“A,” experts Jane Doe and Mary Roe of Lakeland's Institute for Water wrote': the
    names with their affiliation frame the quote, not the tail of the institute's name."""
    text = ("“Tritium would change the designs,” nuclear experts Jane Doe and Mary Roe of "
            "Lakeland's Institute for Science and Water Security wrote in May.")
    (mention,) = speakers(text)
    assert mention is not None and mention.startswith("nuclear experts Jane Doe")


def test_cue_form_after_a_possessive_is_a_noun():
    """A headline's "Smith’s Russia Remarks ‘Troubling’": the noun after the possessive is
    no cue; the headline's subject speaks."""
    text = "Doe Says Hackers Hit Party, Calls Smith’s Russia Remarks ‘Troubling.’"
    assert speakers(text) == ["Doe"]


@pytest.mark.parametrize("text, mention", [
    # an inverted frame of "came" with a noun of utterance: the source after "from"
    ("The chair called a voice vote. “Call the roll,” came shouts from the crowd, as the "
     "crowd booed.", "the crowd"),
    ("“Never again,” came the reply from Jane Doe.", "Jane Doe"),
])
def test_utterance_came_from(text, mention):
    assert speakers(text) == [mention]


def test_relative_clause_closed_before_the_cue_on_the_parse_path():
    """A parse that makes the relative pronoun the subject of the cue after the relative
    clause ("X, who has ... followers, tweeted, “...”"): the noun it stands for speaks."""
    text = "Jane Doe, who has nearly nine million followers, tweeted, “Reporting from the hall.”"
    s = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 0, "root", "E-PERSON"), (",", ",", "PUNCT", 2, "punct"),
         ("who", "who", "PRON", 11, "nsubj"), ("has", "have", "AUX", 11, "aux"),
         ("nearly", "nearly", "ADV", 8, "advmod"), ("nine", "nine", "NUM", 8, "compound"),
         ("million", "million", "NUM", 9, "nummod"), ("followers", "follower", "NOUN", 11, "obj"),
         (",", ",", "PUNCT", 11, "punct"), ("tweeted", "tweet", "VERB", 2, "acl:relcl"),
         (",", ",", "PUNCT", 2, "punct"), ("“", "“", "PUNCT", 14, "punct"),
         ("Reporting", "report", "VERB", 2, "parataxis"), ("from", "from", "ADP", 17, "case"),
         ("the", "the", "DET", 17, "det"), ("hall", "hall", "NOUN", 14, "obl"),
         (".", ".", "PUNCT", 14, "punct"), ("”", "”", "PUNCT", 14, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s]))
    (q,) = [q for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"]
    assert q.speaker_mention.text == "Jane Doe"


def test_colon_lead_cut_off_by_the_sentence_splitter():
    """A parse whose sentence splitter ends the lead-in at the full stop of a party tag and
    opens the next sentence with the colon ("Rep. Jane Doe (R-S.C.):“...”"): the name in
    the sentence before speaks."""
    text = "Rep. Jane Doe (R-S.C.):“I have not heard that figure before.”"
    s1 = [("Rep.", "Rep.", "PROPN", 3, "compound"),
          ("Jane", "Jane", "PROPN", 3, "compound", "B-PERSON"),
          ("Doe", "Doe", "PROPN", 0, "root", "E-PERSON"), ("(", "(", "PUNCT", 5, "punct"),
          ("R-S.C", "R-S.C", "PROPN", 3, "appos"), (".", ".", "PUNCT", 5, "punct"),
          (")", ")", "PUNCT", 5, "punct")]
    s2 = [(":", ":", "PUNCT", 6, "punct"), ("“", "“", "PUNCT", 6, "punct"),
          ("I", "I", "PRON", 6, "nsubj"), ("have", "have", "AUX", 6, "aux"),
          ("not", "not", "ADV", 6, "advmod"), ("heard", "hear", "VERB", 0, "root"),
          ("that", "that", "DET", 8, "det"), ("figure", "figure", "NOUN", 6, "obj"),
          ("before", "before", "ADV", 6, "advmod"), (".", ".", "PUNCT", 6, "punct"),
          ("”", "”", "PUNCT", 6, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s1, s2]))
    (q,) = [q for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"]
    assert q.speaker_mention.text == "Rep. Jane Doe"
