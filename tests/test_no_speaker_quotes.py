"""Direct and mixed quotes found with no speaker though a reader sees one: a fragment after
an object pronoun that goes on with the quote before, a final frame whose subject carries a
reduced relative with a day ("the ruling released Friday said"), and a possessive label set
off by a dash ("Doe's stock answer then — “...”").  One regression case per cause fixed on
PolNeAR train, with the near misses each rule leaves alone (a title, a scare quote, a
document's words with no speaker stay unattributed).

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import direct_quotes as quotes
from handparse import conllu

import quotetrack

# -- a fragment after an object pronoun goes on with the quote before ----------------------


def test_fragment_after_object_pronoun_continues_the_previous_speaker():
    """"him", "her", "them" before a fragment stand for who it is about, not who speaks
    it: the fragment goes on with the speaker of the quote before."""
    text = ("“She still has the same friends she had in grade school,” Tom Reed has said "
            "while campaigning for his wife. That makes her “by definition a loyal and "
            "trustworthy person unless they ran a gang.”")
    found = quotes(text)
    assert found["by definition a loyal and trustworthy person unless they ran a gang"] == \
        ("mixed", "Tom Reed")


def test_fragment_after_him_continues_the_speaker_of_a_fragment_before():
    text = ("The singer is back on stage. Playing the show, Reed said, allowed him to “find "
            "a softer voice,” too. Fans can expect him to sing with “a little more "
            "recklessness than they are used to.”")
    assert quotes(text)["a little more recklessness than they are used to"] == \
        ("mixed", "Reed")


def test_possessive_subject_before_a_fragment_still_blocks_the_continuation():
    """Near miss: "his" and "their" may open the subject of the fragment's clause ("his
    friends joke about ..."): the speaker before does not go on."""
    text = ("“I have watched votes in many countries,” Mr. Reed said. Now his friends joke "
            "about sending observers “to ensure a free and fair vote here.”")
    assert quotes(text)["to ensure a free and fair vote here"][1] != "Mr. Reed"


def test_document_words_after_an_object_pronoun_stay_unattributed():
    """Near miss: with no quote before, a rule's words after "him" name no speaker."""
    text = ("The city adopted the code in May. The code binds him to “renew the permit "
            "within ninety days of the date of its expiry.”")
    assert quotes(text) == {
        "renew the permit within ninety days of the date of its expiry": ("mixed", None)}


def test_object_pronoun_continuation_on_the_parse_path():
    """The same continuation on a parsed Document."""
    text = ("“We will win,” Tom Reed said. That makes her “a very loyal and trustworthy "
            "person in every way.”")
    s1 = [("“", "“", "PUNCT", 4, "punct"), ("We", "we", "PRON", 4, "nsubj"),
          ("will", "will", "AUX", 4, "aux"), ("win", "win", "VERB", 9, "ccomp"),
          (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
          ("Tom", "Tom", "PROPN", 9, "nsubj", "B-PERSON"),
          ("Reed", "Reed", "PROPN", 7, "flat", "E-PERSON"),
          ("said", "say", "VERB", 0, "root"), (".", ".", "PUNCT", 9, "punct")]
    s2 = [("That", "that", "PRON", 2, "nsubj"), ("makes", "make", "VERB", 0, "root"),
          ("her", "she", "PRON", 2, "obj"), ("“", "“", "PUNCT", 10, "punct"),
          ("a", "a", "DET", 10, "det"), ("very", "very", "ADV", 7, "advmod"),
          ("loyal", "loyal", "ADJ", 10, "amod"), ("and", "and", "CCONJ", 9, "cc"),
          ("trustworthy", "trustworthy", "ADJ", 7, "conj"),
          ("person", "person", "NOUN", 2, "xcomp"), ("in", "in", "ADP", 13, "case"),
          ("every", "every", "DET", 13, "det"), ("way", "way", "NOUN", 10, "nmod"),
          (".", ".", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s1, s2]))
    found = {q.text.strip('"“”,. '): (q.kind, q.speaker_mention.text if q.speaker_mention
                                      else None)
             for q in quotetrack.attribute_document(doc).quotes if q.kind != "indirect"}
    assert found["a very loyal and trustworthy person in every way"] == ("mixed", "Tom Reed")


def test_name_before_a_predicate_quote_lets_the_speaker_before_go_on():
    """'Tom Reed “kind of misspoke.”' after another's quote: the name is the subject of the
    quoted predicate, whom the words are about; the speaker of the quote before goes on."""
    text = ("“We thought only Reed was a careless man,” said Ann Lee, who wrote a book on the "
            "race. Tom Reed “kind of misspoke. This is not something he should talk about in "
            "public.”")
    assert quotes(text)["kind of misspoke. This is not something he should talk about in "
                        "public"] == ("mixed", "Ann Lee")


def test_name_before_a_predicate_quote_with_no_quote_before_names_no_one():
    """Near miss: with no statement before, such a quote keeps no speaker."""
    text = ("The race is close. Tom Reed “kind of misspoke. This is not something he should "
            "talk about in public.”")
    assert quotes(text) == {"kind of misspoke. This is not something he should talk about "
                            "in public": ("mixed", None)}


# -- a final frame whose subject carries a reduced relative with a day ---------------------


def test_final_frame_with_participle_and_day_names_its_subject():
    """'“A,” the ruling released Friday said': the noun before the participle and the day
    speaks, as in "the ruling said"."""
    text = ("The judge was not persuaded. The company’s “claim that the files still have any "
            "value is doubtful given the lack of any plan to reopen the school,” the ruling "
            "released Friday said.")
    assert quotes(text)["claim that the files still have any value is doubtful given the "
                        "lack of any plan to reopen the school"] == ("mixed", "the ruling")


def test_final_frame_with_issued_on_a_day_and_last_week():
    for frame, mention in (("a statement issued on Tuesday said", "a statement"),
                           ("the report published last week said", "the report")):
        text = ("The mayor was silent. “We will review every contract signed since the storm "
                f"and report back to the council,” {frame}.")
        assert quotes(text)["We will review every contract signed since the storm and "
                            "report back to the council"] == ("direct", mention)


def test_sentence_after_an_exclaimed_quote_is_no_reduced_relative_frame():
    """Near miss: a quote that ends its sentence ("!") does not run into the next one,
    whose subject carries a participle and a day."""
    text = ("The ads ran all week, with kids yelling “tax hikes!” A campaign ad released "
            "Thursday accuses Smith of selling favors for years.")
    assert quotes(text).get("tax hikes!", ("direct", None))[1] != "A campaign ad"


# -- a possessive label set off by a dash --------------------------------------------------


def test_possessive_label_before_a_dash_names_the_speaker():
    """"Doe's stock answer then — “...” —": the possessor's answer, as with a colon."""
    text = ("Ann Lee faced the same charge in 2010. Ann Lee’s stock answer then — “I will be "
            "fine whatever happens, it is the voters I worry about” — is likely to be heard "
            "again.")
    assert quotes(text)["I will be fine whatever happens, it is the voters I worry "
                        "about"][1] == "Ann Lee"


def test_pronoun_label_before_a_dash_names_the_speaker():
    text = ("Ann Lee faced the same charge in 2010. Her usual answer — “I will be fine "
            "whatever happens, it is the voters I worry about” — may be heard again.")
    assert quotes(text)["I will be fine whatever happens, it is the voters I worry "
                        "about"][1] == "Her"


def test_title_of_a_report_after_a_dash_stays_unattributed():
    """Near miss: a thing's report set off by dashes names no speaker, and a scare quote
    stays dropped."""
    text = ("The plan changed in 2010. The agency’s report — “Rebuilding the harbor and its "
            "piers after the storm of the century” — is due out soon. The council’s "
            "so-called “green lane” plan drew fire.")
    assert quotes(text) == {"Rebuilding the harbor and its piers after the storm of the "
                            "century": ("mixed", None)}


# -- "a voice" heard but not named speaks --------------------------------------------------


def test_a_voice_speaks_in_a_colon_lead_and_a_final_frame():
    """"a familiar voice cheered ...:", "“A,” a voice over says": one heard, not named."""
    text = ("The fire spread fast. In the hours after the fire, a familiar voice cheered the "
            "attack online: “We have already arrived with our men. Choose how to meet your "
            "end.”\n\nThe ad ran on Monday. “Jane Doe is skipping the last debate before the "
            "vote. Why? She can’t handle tough questions,” a voice over says as a photo of an "
            "empty stage is shown.")
    found = quotes(text)
    assert found["We have already arrived with our men. Choose how to meet your end"] == \
        ("direct", "a familiar voice")
    assert found["Jane Doe is skipping the last debate before the vote. Why? She can’t "
                 "handle tough questions"] == ("direct", "a voice")
