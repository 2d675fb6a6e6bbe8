"""Parse-path speakers, round twenty-three (h46-psp): where the parse scrambles the clause
around a quote and the words around it say who speaks (a subject right before its verb of
speech, a possessor's noun of what was said, a participle after a noun's clause, a false
split inside parentheses, a semicolon between clauses).  Hand-written parses copy the
misreadings a parser makes."""

from __future__ import annotations

from findings import parsed_quotes
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.tokens import Words


def _speaker(text: str, specs: list[str], piece: str) -> str | None:
    """The speaker mention of the quote holding ``piece``; None for none, or no such quote
    (a title or a term dropped as nobody's words)."""
    quote = next((q for q in parsed_quotes(text, [spec_rows(s) for s in specs]) if piece in q.text),
                 None)
    return quote.speaker_mention.text if quote and quote.speaker_mention is not None else None


# the subject right before its verb of speech, where the parse hangs the quote from the
# main clause and takes its subject
_CALLS_TEXT = ("Mr. Lee is indeed at the center of a national campaign - one he calls “Bold "
               "Future” - but it is not necessarily for president.")


def _calls_parse(verb: str) -> str:
    return ("Mr./PROPN/2/compound Lee/PROPN/7/nsubj/S-PERSON is/AUX/7/cop indeed/ADV/7/advmod "
            "at/ADP/7/case the/DET/7/det center/NOUN/0/root of/ADP/11/case a/DET/11/det "
            "national/ADJ/11/amod campaign/NOUN/7/nmod -/PUNCT/11/punct one/NUM/11/dep "
            f"he/PRON/15/nsubj {verb}/VERB/13/acl:relcl “/PUNCT/7/punct "
            "Bold/PROPN/18/compound Future/PROPN/7/nmod ”/PUNCT/18/punct -/PUNCT/18/punct "
            "but/CCONJ/22/case it/PRON/18/nmod is/VERB/22/acl:relcl not/ADV/23/advmod "
            "necessarily/ADV/23/advmod for/ADP/27/case president/NOUN/18/dep ./PUNCT/7/punct")


def test_subject_before_its_speech_verb_over_a_scrambled_parse():
    """'Mr. Lee is at the center of a campaign - one he calls “Bold Future” - ...': "he",
    whose verb of speech follows at once, not the main clause's subject the parse climbs
    to from a quote it hangs from "center"."""
    assert _speaker(_CALLS_TEXT, [_calls_parse("calls")], "Bold Future") == "he"


def test_subject_without_a_speech_verb_leaves_the_parse_alone():
    """'... one he remembers “Bold Future” ...': no verb of speech follows "he"; the parse's
    reading stands (a title, nobody's words)."""
    text = _CALLS_TEXT.replace("calls", "remembers")
    assert _speaker(text, [_calls_parse("remembers")], "Bold Future") != "he"


# a possessor's noun of what was said holds the quote after the parse's cue
_OWNED_TEXT = "In a statement, Jane Roe called Tom Lee's assertion of a “right to silence” absurd."


_OWNED_PARSE = ("In/ADP/3/case a/DET/3/det statement/NOUN/7/obl ,/PUNCT/7/punct "
                "Jane/PROPN/6/compound/B-PERSON Roe/PROPN/7/nsubj/E-PERSON called/VERB/0/root "
                "Tom/PROPN/9/compound/B-PERSON Lee/PROPN/11/nmod:poss/E-PERSON 's/PART/9/case "
                "assertion/NOUN/19/dep of/ADP/15/case a/DET/15/det “/PUNCT/15/punct "
                "right/NOUN/11/nmod to/ADP/17/case silence/NOUN/15/nmod ”/PUNCT/15/punct "
                "absurd/ADJ/7/xcomp ./PUNCT/7/punct")


def test_quote_in_a_named_possessors_statement():
    """'Jane Roe called Tom Lee's assertion of a “right to silence” absurd': Lee's words,
    which Roe only judges."""
    assert _speaker(_OWNED_TEXT, [_OWNED_PARSE], "right to silence") == "Tom Lee"


def test_quote_after_a_possessors_statement_stays_the_cues():
    """'Jane Roe called Tom Lee's assertion “absurd.”': the quote is Roe's label for the
    assertion, outside its phrase; the cue speaks."""
    text = "In a statement, Jane Roe called Tom Lee's assertion “absurd.”"
    spec = ("In/ADP/3/case a/DET/3/det statement/NOUN/7/obl ,/PUNCT/7/punct "
            "Jane/PROPN/6/compound/B-PERSON Roe/PROPN/7/nsubj/E-PERSON called/VERB/0/root "
            "Tom/PROPN/9/compound/B-PERSON Lee/PROPN/11/nmod:poss/E-PERSON 's/PART/9/case "
            "assertion/NOUN/7/obj “/PUNCT/13/punct absurd/ADJ/7/xcomp ./PUNCT/7/punct "
            "”/PUNCT/7/punct")
    assert _speaker(text, [spec], "absurd") == "Jane Roe"


# a participle after a comma that the parse hangs from a clause on a noun
_CLAIMS_TEXT = ("Dana Fox repeated claims that Lee recites the same lines, calling him a "
                "“tired act.”")
_CLAIMS_PARSE = ("Dana/PROPN/2/compound/B-PERSON Fox/PROPN/3/nsubj/E-PERSON repeated/VERB/0/root "
                 "claims/NOUN/3/obj that/PRON/7/obj Lee/PROPN/7/nsubj/S-PERSON "
                 "recites/VERB/4/acl:relcl the/DET/10/det same/ADJ/10/amod lines/NOUN/7/obj "
                 ",/PUNCT/12/punct calling/VERB/7/advcl him/PRON/12/iobj a/DET/17/det "
                 "“/PUNCT/17/punct tired/ADJ/17/amod act/NOUN/12/obj ./PUNCT/3/punct "
                 "”/PUNCT/3/punct")


def test_participle_past_a_nouns_clause_goes_with_the_main_clause():
    """'Dana Fox repeated claims that Lee recites the same lines, calling him a “tired
    act.”': Fox calls him that, not Lee."""
    assert _speaker(_CLAIMS_TEXT, [_CLAIMS_PARSE], "tired act") == "Dana Fox"


# the same where the parse gives the participle a subject of its own inside the clause on
# a noun ("rival" read as the subject of "saying")
_RADIO_TEXT = ("Dana Fox went on the radio to discuss her remarks about her rival, Tom Lee, "
               "saying he is “a weak choice.”")
_RADIO_PARSE = ("Dana/PROPN/2/compound/B-PERSON Fox/PROPN/3/nsubj/E-PERSON went/VERB/0/root "
                "on/ADP/6/case the/DET/6/det radio/NOUN/3/obl to/PART/8/mark "
                "discuss/VERB/6/acl her/PRON/10/nmod:poss remarks/NOUN/8/obj "
                "about/SCONJ/18/mark her/PRON/13/nmod:poss rival/NOUN/18/nsubj ,/PUNCT/13/punct "
                "Tom/PROPN/16/compound/B-PERSON Lee/PROPN/13/appos/E-PERSON ,/PUNCT/13/punct "
                "saying/VERB/8/advcl he/PRON/24/nsubj is/AUX/24/cop “/PUNCT/24/punct "
                "a/DET/24/det weak/ADJ/24/amod choice/NOUN/18/ccomp ./PUNCT/3/punct "
                "”/PUNCT/3/punct")


def test_participle_past_a_nouns_clause_with_a_misread_subject():
    """'Dana Fox went on the radio to discuss her remarks about her rival, Tom Lee, saying he
    is “a weak choice.”': Fox says it, not the rival the parse made the participle's
    subject inside the clause on "radio"."""
    assert _speaker(_RADIO_TEXT, [_RADIO_PARSE], "weak choice") == "Dana Fox"


def test_participle_without_a_comma_stays_the_clauses():
    """'Dana Fox repeated claims that Lee recites the same lines calling him a “tired
    act.”': no comma sets the participle off; it stays in the clause the parse hangs it
    from."""
    text = _CLAIMS_TEXT.replace("lines,", "lines")
    spec = _CLAIMS_PARSE.replace(",/PUNCT/12/punct ", "")
    spec = " ".join(_shift(item) for item in spec.split())
    assert _speaker(text, [spec], "tired act") == "Lee"


def _shift(item: str) -> str:
    """A word row of the claims parse with its head moved back one past word 11."""
    form, upos, head, *rest = item.split("/")
    h = int(head)
    return "/".join([form, upos, str(h - 1 if h > 11 else h), *rest])


# a parser's false split at the full stop inside "(D-N.Y)"
_SPLIT_TEXT = ("Rep. Dana Fox (D-N.Y) said the mayor called on members to stay "
               "“closely aligned.”")
_SPLIT_PARSE = [
    "Rep./PROPN/3/compound Dana/PROPN/3/compound/B-PERSON Fox/PROPN/0/root/E-PERSON "
    "(/PUNCT/5/punct D-N/PROPN/3/appos ./PUNCT/3/punct",
    "Y/NOUN/3/dep )/PUNCT/3/punct said/VERB/0/root the/DET/5/det mayor/NOUN/3/obj "
    "called/VERB/5/acl on/ADP/6/compound:prt members/NOUN/6/obl to/PART/13/mark "
    "stay/AUX/13/cop “/PUNCT/13/punct closely/ADV/13/advmod aligned/ADJ/6/xcomp "
    "./PUNCT/3/punct ”/PUNCT/3/punct"]


def test_split_inside_parentheses_is_joined():
    """The two parse sentences of "Rep. Dana Fox (D-N. | Y) said ..." are one sentence."""
    words = Words(quotetrack.from_conllu(
        _SPLIT_TEXT, conllu(_SPLIT_TEXT, [spec_rows(s) for s in _SPLIT_PARSE])))
    assert len(words.sentences) == 1


def test_split_inside_parentheses_keeps_the_name_as_speaker():
    """'Rep. Dana Fox (D-N.Y) said the mayor called on members to stay “closely aligned.”':
    Fox, not the mayor the parse made the object of "said"."""
    assert _speaker(_SPLIT_TEXT, _SPLIT_PARSE, "closely aligned") == "Rep. Dana Fox"


def test_full_stop_without_an_open_parenthesis_stays_a_split():
    """"... in the U.S. | Y) ..." without a "(" left open before: two sentences."""
    text = "Fox spoke in the U.S. Later she left."
    parse = ["Fox/PROPN/2/nsubj spoke/VERB/0/root in/ADP/5/case the/DET/5/det U.S./PROPN/2/obl",
             "Later/ADV/3/advmod she/PRON/3/nsubj left/VERB/0/root ./PUNCT/3/punct"]
    words = Words(quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in parse])))
    assert len(words.sentences) == 2


# a semicolon between the cue the parse found and the quote
_SEMI_TEXT = ("The report led the board to call a hearing; one member called the plan "
              "“a slow-motion disaster.”")
_SEMI_PARSE = ("The/DET/2/det report/NOUN/3/nsubj led/VERB/0/root the/DET/5/det board/NOUN/3/obj "
               "to/PART/7/mark call/VERB/3/xcomp a/DET/9/det hearing/NOUN/7/obj ;/PUNCT/12/punct "
               "one/NUM/12/nummod member/NOUN/7/obl called/VERB/12/acl the/DET/15/det "
               "plan/NOUN/13/obj “/PUNCT/20/punct a/DET/20/det slow-motion/ADJ/20/amod "
               "disaster/NOUN/13/xcomp ./PUNCT/3/punct ”/PUNCT/3/punct")


def test_no_cue_across_a_semicolon():
    """'The report led the board to call a hearing; one member called the plan “...”': the
    member's words, not the board's, whatever clause the parse hangs them from."""
    assert _speaker(_SEMI_TEXT, [_SEMI_PARSE], "slow-motion") == "one member"


def test_cue_after_the_semicolon_frames_its_quote():
    """'The board met; it called the plan “...”': the cue in the quote's own clause speaks."""
    text = "The board met; it called the plan “a slow-motion disaster.”"
    spec = ("The/DET/2/det board/NOUN/3/nsubj met/VERB/0/root ;/PUNCT/6/punct it/PRON/6/nsubj "
            "called/VERB/3/parataxis the/DET/8/det plan/NOUN/6/obj “/PUNCT/13/punct "
            "a/DET/13/det slow-motion/ADJ/13/amod disaster/NOUN/6/xcomp ./PUNCT/3/punct "
            "”/PUNCT/3/punct")
    assert _speaker(text, [spec], "slow-motion") == "it"


def test_semicolon_inside_the_quote_leaves_its_cue():
    """'Fox called the plan “slow; costly; late.”': semicolons inside the quote set no
    clauses of the writer's apart; the cue before it speaks."""
    text = "Fox called the plan “slow; costly; late.”"
    spec = ("Fox/PROPN/2/nsubj/S-PERSON called/VERB/0/root the/DET/4/det plan/NOUN/2/obj "
            "“/PUNCT/6/punct slow/ADJ/2/xcomp ;/PUNCT/8/punct costly/ADJ/6/conj ;/PUNCT/10/punct "
            "late/ADJ/6/conj ./PUNCT/2/punct ”/PUNCT/2/punct")
    assert _speaker(text, [spec], "costly") == "Fox"
