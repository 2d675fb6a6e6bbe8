"""Speakers named by a definite description of a body the story named before (h63-grp;
`quotetrack/resolve.py`).

(1) "the group", "the organization" and "the" with describing words before them ("the
advocacy group") stand for the organisation the story just named, typed as one; not a
body named only after a preposition, a government's body or an outlet, and no one when
words between name another group ("a group of protesters", "the crowd", "the trade group
for the refiners"), nor a group's own name ("the Future45 group").  (2) "the campaign"
is the campaign the story named last, named as that mention is (its candidate: "the Hale
campaign", "Tom Hale's campaign"); no one when that campaign is no named person's ("his
campaign") or none was named.  (3) "the company" after an organisation no tagger tagged
there ("Twitter" in a headline) that the story names elsewhere: that organisation.  All
texts are invented.
"""

from __future__ import annotations

import pytest
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.parse.rules import annotate


def _speaker(text: str, piece: str) -> list[tuple[str | None, str | None, str | None]]:
    """(mention, speaker name, speaker type) of the quote holding ``piece``, on the default
    path and on the parsed path over the model-free annotator's Document."""
    out = []
    for result in (quotetrack.extract(text), quotetrack.attribute_document(annotate(text))):
        hit = [q for q in result.quotes if piece in q.text]
        assert hit, (piece, [q.text for q in result.quotes])
        q = hit[0]
        out.append((q.speaker_mention.text if q.speaker_mention else None,
                    q.speaker.name if q.speaker else None,
                    q.speaker.type if q.speaker else None))
    return out


# (1) the group, the organization -------------------------------------------------------

@pytest.mark.parametrize("text, mention", [
    ('The Harbor Parks Alliance sued the city on Monday. "We will not stop," the group said '
     'in a statement.\n', "the group"),
    ('The Harbor Parks Alliance, an advocacy group, sued the city on Monday. "We will not '
     'stop," the group said.\n', "the group"),
    ('The Harbor Parks Alliance sued the city on Monday. "We will not stop," the advocacy '
     'group said.\n', "the advocacy group"),
    ('The Harbor Parks Alliance sued the city on Monday. "We will not stop," the '
     'organization said.\n', "the organization"),
])
def test_the_group_is_the_body_named(text, mention):
    """"The Harbor Parks Alliance sued ... the group said": the alliance, an organisation."""
    for got in _speaker(text, "We will not stop"):
        assert got == (mention, "Harbor Parks Alliance", "ORG")


@pytest.mark.parametrize("text", [
    'A group of protesters gathered outside Harrow Energy on Monday. "We will not stop," the '
    'group said.\n',
    'Harrow Energy raised prices. Dozens of marchers rallied. The crowd grew. "We will not '
    'stop," the group shouted.\n',
    'Harrow Energy raised prices. The trade group for the refiners objected. "We will not '
    'stop," the group said.\n',
])
def test_the_group_of_people_is_not_the_body(text):
    """"A group of protesters ... outside Harrow Energy ... the group said": not the firm."""
    for mention, name, _ in _speaker(text, "We will not stop"):
        assert mention.lower().endswith("the group") and name != "Harrow Energy"


def test_a_group_named_by_its_own_name_is_no_description():
    text = ("Tom Hale spoke in Ohio on Monday. The Future45 group, funded by donors, said it "
            "would spend $1 million.\n")
    for mention, name, _ in _speaker(text, "would spend"):
        assert (mention, name) == ("The Future45 group", "The Future45 group")


def test_a_national_group_is_the_body_named():
    text = ('The Kurdish Freedom Front said on Monday it would fight. "We will win," the '
            'Kurdish group said.\n')
    for got in _speaker(text, "We will win"):
        assert got == ("the Kurdish group", "Kurdish Freedom Front", "ORG")


# (2) the campaign ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Tom Hale is running for governor. The Hale campaign released a plan on Monday. "It is a '
    'serious plan," the campaign said in a statement.\n',
    'Tom Hale\'s campaign released a plan on Monday. "It is a serious plan," the campaign '
    'said.\n',
    'Tom Hale\'s presidential campaign released a plan on Monday. The campaign said the plan '
    'was costed. "It is a serious plan," the campaign said.\n',
])
def test_the_campaign_is_the_candidates(text):
    """"The Hale campaign ... the campaign said": named as "the Hale campaign" is."""
    for mention, name, _ in _speaker(text, "It is a serious plan"):
        assert (mention, name) == ("the campaign", "Tom Hale")


@pytest.mark.parametrize("text", [
    'Tom Hale spoke in Ohio on Monday. "It is a serious plan," the campaign said.\n',
    'Tom Hale spoke in Ohio. His campaign released a plan. "It is a serious plan," the '
    'campaign said.\n',
])
def test_no_campaign_named_leaves_it_unresolved(text):
    """No campaign named, or "his campaign": not guessed to be Tom Hale's."""
    for mention, name, _ in _speaker(text, "It is a serious plan"):
        assert mention == "the campaign" and name != "Tom Hale"


# (3) the company after an untagged name --------------------------------------------------

def test_the_company_after_an_untagged_headline_name():
    """A headline's "Zentrix" no tagger tagged, an organisation later: "the company"."""
    text = ("Zentrix cuts jobs\n\nThe company said demand fell.\n\nZentrix said it had 900 "
            "workers.\n")
    rows = [
        spec_rows("Zentrix/PROPN/2/nsubj cuts/VERB/0/root jobs/NOUN/2/obj"),
        spec_rows("The/DET/2/det company/NOUN/3/nsubj said/VERB/0/root demand/NOUN/5/nsubj "
                  "fell/VERB/3/ccomp ./PUNCT/3/punct", {"said": "say", "fell": "fall"}),
        spec_rows("Zentrix/PROPN/2/nsubj/S-ORG said/VERB/0/root it/PRON/4/nsubj "
                  "had/VERB/2/ccomp 900/NUM/6/nummod workers/NOUN/4/obj ./PUNCT/2/punct",
                  {"said": "say", "had": "have"}),
    ]
    doc = quotetrack.from_conllu(text, conllu(text, rows))
    found = [(q.speaker_mention.text if q.speaker_mention else None,
              q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None)
             for q in quotetrack.attribute_document(doc).quotes if "demand" in q.text]
    assert found == [("The company", "Zentrix", "ORG")]
