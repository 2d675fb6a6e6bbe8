"""Known leads of earlier rounds, second batch: each fixed pattern on a short invented text
(default path, or a hand-parsed Document, see handparse.py), with near misses the rules
must leave alone."""

from __future__ import annotations

from handparse import conllu

import quotetrack
from quotetrack.identity import name_key


def _rows(text: str) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    """(text, kind, speaker mention, speaker name, co-speaker names) of each quote."""
    return [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None, [e.name for e in q.co_speakers])
            for q in quotetrack.extract(text).quotes]


def _holding(text: str, piece: str) -> tuple[str, str, str | None, str | None, list[str]]:
    """The quote or statement that holds ``piece``."""
    found = [r for r in _rows(text) if piece in r[0]]
    assert found, _rows(text)
    return found[0]


def _cue(text: str, piece: str) -> str | None:
    """The cue of the quote or statement that holds ``piece``."""
    q = next(q for q in quotetrack.extract(text).quotes if piece in q.text)
    return q.cue.text if q.cue else None


# ---- 1. an interview: the one asked answers


def test_answer_after_which_question_is_the_one_asked():
    """'X asked Y which states A. “B,” he said': "which" and a noun open the question, so
    Y is the one asked, and the answer's "he" is Y, not the host who asked."""
    text = ("Host Carla Diaz met Senator Tom Pryce and Jim Hale on Sunday. Diaz then asked "
            "Pryce which states specifically he could win. \"We feel great in all of them,\" he "
            "said.\n")
    assert _holding(text, "which states") == (
        "which states specifically he could win", "indirect", "Diaz", "Carla Diaz", [])
    assert _holding(text, "We feel great")[3] == "Tom Pryce"


def test_answer_after_a_quoted_question_asked_of_someone():
    """'“A?” X asked Y. “B,” he replied': the one asked at the frame's end answers."""
    text = ("Host Sean Benning interviewed Governor Tom Kessler. \"Would you raise taxes?\" "
            "Benning asked Kessler. \"Never,\" he replied.\n")
    assert _holding(text, "Would you raise")[3] == "Sean Benning"
    assert _holding(text, "Never")[3] == "Tom Kessler"


def test_question_asked_of_no_one_named_leaves_the_asker():
    """'“A?” X asked reporters. “B,” he said': no person asked, the asker goes on."""
    text = "Jane Roe met Tom Kessler. \"Why?\" Kessler asked reporters. \"Because,\" he said.\n"
    assert _holding(text, "Because")[3] == "Tom Kessler"


def test_which_relative_after_the_one_asked_is_no_question():
    """'asked the panel which had met twice to explain': a relative clause, not a question."""
    text = "Carla Diaz asked the panel which had met twice to explain the delay.\n"
    assert _holding(text, "explain the delay")[0].startswith("the panel which had met")


# ---- 2. phrasal retorts


def test_shot_back_that_is_reported_speech():
    """'X shot back that A', 'Y fired back that A', 'Z weighed in that A': a phrasal retort
    with a "that" clause (the tagger reads "shot" as a noun)."""
    text = ("Senator Tom Kessler shot back that the plan would raise taxes on the middle class.\n\n"
            "Clinton fired back that the voters of her state had elected her twice.\n\n"
            "Ann Lee weighed in that the vote should be delayed.\n")
    assert _holding(text, "raise taxes") == (
        "the plan would raise taxes on the middle class", "indirect", "Senator Tom Kessler",
        "Tom Kessler", [])
    assert _cue(text, "raise taxes") == "shot back"
    assert _holding(text, "elected her twice")[2] == "Clinton"
    assert _holding(text, "should be delayed")[2] == "Ann Lee"


def test_retort_after_a_question_topic_is_its_own_statement():
    """'was trying to ask about A when X shot back that B': the topic ends at the clause of
    time, and B is X's."""
    text = ("The anchor was trying to ask about immigration when the candidate shot back that "
            "the journalist had not been called on.\n")
    assert _holding(text, "not been called on") == (
        "the journalist had not been called on", "indirect", "the candidate", "the candidate",
        [])


def test_phrasal_verbs_that_say_nothing_are_no_cues():
    """'fired back that night', 'His shot back that summer': a time, a noun."""
    text = ("The soldiers fired back that night at the camp.\n\n"
            "His shot back that summer was the best of the game.\n")
    assert _rows(text) == []


def test_phrasal_retort_still_frames_a_direct_quote():
    text = "The mayor fired back, \"We will not be bullied by anyone.\"\n"
    assert _holding(text, "bullied")[:3] == (
        "\"We will not be bullied by anyone.\"", "direct", "The mayor")


# ---- 3. promises with a time between cue and infinitive; "pledge"


def test_pledge_with_an_infinitive_is_a_promise():
    text = ("Governor Bill Marsh pledged Monday to veto the spending bill.\n\n"
            "The mayor vowed again Wednesday to fight the plan.\n\n"
            "Jane Roe pledged on Friday night to cut taxes for families.\n")
    assert _holding(text, "veto") == (
        "to veto the spending bill", "indirect", "Governor Bill Marsh", "Bill Marsh", [])
    assert _holding(text, "fight the plan")[:3] == ("to fight the plan", "indirect", "The mayor")
    assert _holding(text, "cut taxes")[:3] == (
        "to cut taxes for families", "indirect", "Jane Roe")


def test_pledged_delegates_are_no_promise():
    text = ("Delegates pledged to Marsh will meet in June.\n\n"
            "The donors pledged to the fund after the flood.\n")
    assert _rows(text) == []


def test_promise_ends_before_the_writers_clause():
    """'pledged to A, after B' / 'vowed to A, while B' / 'pledged to A, reversing B': the
    clause of time or contrast or the participle is the writer's; ', including' goes on."""
    text = ("He also pledged to shut down private detention centers, after he introduced a bill "
            "last month.\n\n"
            "The aides vowed to win back the public's trust, while conceding the task was hard.\n\n"
            "The ministry pledged to bolster the army, reversing decades of cuts.\n\n"
            "Marsh pledged to cut taxes for families, including a credit for child care.\n")
    found = {r[0] for r in _rows(text)}
    assert "to shut down private detention centers" in found
    assert "to win back the public's trust" in found
    assert "to bolster the army" in found
    assert "to cut taxes for families, including a credit for child care" in found


def test_pledge_with_a_time_on_the_parse_path():
    """The parse hangs the infinitive from "pledged" as its ``xcomp``, past the date."""
    text = "Governor Ann Lee pledged Monday to veto the bill."
    s = [("Governor", "Governor", "PROPN", 3, "compound"),
         ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
         ("Lee", "Lee", "PROPN", 4, "nsubj", "E-PERSON"), ("pledged", "pledge", "VERB", 0, "root"),
         ("Monday", "Monday", "PROPN", 4, "obl:tmod", "S-DATE"), ("to", "to", "PART", 7, "mark"),
         ("veto", "veto", "VERB", 4, "xcomp"), ("the", "the", "DET", 9, "det"),
         ("bill", "bill", "NOUN", 7, "obj"), (".", ".", "PUNCT", 4, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s]))
    quotes = [(q.text, q.speaker.name if q.speaker else None)
              for q in quotetrack.attribute_document(doc).quotes if q.kind == "indirect"]
    assert quotes == [("to veto the bill", "Ann Lee")]


# ---- 4. coordinated speakers with their states


def test_coordinated_senators_with_their_states_speak_together():
    """'Senators A of Maine and B of Alaska said': both speak; the state after each name is
    the person's, as "(R-Maine)" is."""
    text = ("Senators Susan Cole of Maine and Lisa Marsh of Alaska said they would vote against "
            "the bill.\n\n"
            "\"We will fight this,\" said Governor Tom Reed of Ohio and Mayor Ann Lee of Dayton.\n")
    assert _holding(text, "vote against")[2:] == (
        "Senators Susan Cole of Maine and Lisa Marsh of Alaska", "Susan Cole", ["Lisa Marsh"])
    assert _holding(text, "fight this")[2:] == (
        "Governor Tom Reed of Ohio and Mayor Ann Lee of Dayton", "Tom Reed", ["Ann Lee"])


def test_a_place_before_the_and_is_no_speaker():
    """'Voters of Maine and Lisa Marsh of Alaska said': "Maine" names no person."""
    text = "Voters of Maine and Lisa Marsh of Alaska said no.\n"
    assert _holding(text, "no")[3:] == ("Lisa Marsh", [])


# ---- 5. documents obtained by an outlet (the convention holds already)


def test_document_obtained_by_an_outlet_is_the_source():
    text = ("The agency plans to cut 400 jobs next year, according to a copy obtained by the "
            "Ledger.\n\n"
            "According to a draft seen by the Herald, the plan would close two plants.\n")
    assert _holding(text, "400 jobs")[2] == "a copy"
    assert _holding(text, "close two plants")[2] == "a draft"


# ---- 6. Malaysian titles


MALAYSIAN = (
    "KUALA LUMPUR - Tan Sri Ahmad Zainal, the chairman of the port authority, said the new "
    "terminal would open in June.\n\n"
    "Puan Sri Noraini Hassan said the charity had raised RM2 million. \"It is a good start,\" "
    "she said.\n\n"
    "\"This is unacceptable,\" said Datuk Seri Lim Wei Ming. Tan Sri Ahmad said the board "
    "agreed.\n\n"
    "Tan Cheng Bock, a former lawmaker, said the plan was sound. Sri Mulyani Indrawati said the "
    "budget was tight.\n")


def test_malaysian_titles_are_no_part_of_the_name():
    """"Tan Sri", "Puan Sri", "Datuk Seri" are titles: the entity is the name after them,
    a later "Tan Sri Ahmad" is the same man, and "Puan" says she is a woman."""
    result = quotetrack.extract(MALAYSIAN)
    people = {e.name: e for e in result.entities if e.type == "PERSON"}
    assert {"Ahmad Zainal", "Noraini Hassan", "Lim Wei Ming"} <= set(people)
    assert "Tan Sri" in people["Ahmad Zainal"].titles
    assert people["Noraini Hassan"].gender == "female"
    assert _holding(MALAYSIAN, "board agreed")[3] == "Ahmad Zainal"
    assert _holding(MALAYSIAN, "good start")[3] == "Noraini Hassan"


def test_names_that_open_like_a_title_stay_names():
    """The surname Tan and the given name Sri open names of their own."""
    assert _holding(MALAYSIAN, "plan was sound")[3] == "Tan Cheng Bock"
    assert _holding(MALAYSIAN, "budget was tight")[3] == "Sri Mulyani Indrawati"


def test_name_keys_drop_two_word_malaysian_titles():
    """A title of two words that opens with an honorific goes whole from the name's key."""
    assert name_key("Datuk Seri Lim Wei Ming", "PERSON") == name_key("Lim Wei Ming", "PERSON")
    assert name_key("Puan Sri Noraini Hassan", "PERSON") == "noraini hassan"
    assert name_key("Tan Sri Ahmad Zainal", "PERSON") == "ahmad zainal"
    assert name_key("Tan Cheng Bock", "PERSON") == "tan cheng bock"
    assert name_key("Mr. John Smith", "PERSON") == "john smith"


# ---- 7. nouns of saying


def test_aside_is_a_noun_of_saying():
    text = "Then there was the host's aside that the audience had been paid to cheer.\n"
    assert _holding(text, "paid to cheer")[:3] == (
        "the audience had been paid to cheer", "indirect", "the host")


def test_accusations_are_left_to_the_cue_that_holds_them():
    """'X dismissed Y's accusations that A': not Y's statement (the news annotates X's)."""
    text = "The board dismissed Tom Reed's accusations that the vote had been rigged.\n"
    assert all(r[2] != "Tom Reed" for r in _rows(text))


def test_aside_as_an_adverb_is_no_cue():
    text = ("Leaving aside that the law is new, the court ruled against the city.\n\n"
            "She put her doubts aside that evening and signed the deal.\n")
    assert _rows(text) == []


# ---- 8. a second statement after a subject with a restrictive relative


def test_second_statement_after_a_restrictive_relative():
    """'The official who led the talks said A and warned that B': B is the official's."""
    text = ("The official who led the talks said the deal was close and warned that a strike "
            "could follow.\n\n"
            "The senator who chairs the panel said the bill would pass but cautioned that the "
            "vote could slip.\n")
    assert _holding(text, "strike could follow")[:3] == (
        "a strike could follow", "indirect", "The official")
    assert _holding(text, "vote could slip")[:3] == (
        "the vote could slip", "indirect", "The senator")



# ---- 9. a "he" or "she" after a subordinator inside a relative clause


def test_pronoun_after_because_in_a_relative_clause_is_the_relatives():
    """'The nurse who quit because she believed A': "she" is the nurse, not the woman named
    in the sentence before (the nurse has no name: no entity rather than the wrong one)."""
    text = ("Karen Doe introduced the speaker. The nurse who quit because she believed the ward "
            "was unsafe has sued the hospital.\n")
    row = _holding(text, "the ward was unsafe")
    assert row[2] == "she" and row[3] != "Karen Doe"


def test_pronoun_of_the_other_gender_in_a_relative_clause_is_someone_else():
    """'Ann Lee, who sued the city because he said A': "he" is not Ann Lee."""
    text = ("Mayor Tom Reed spoke first. Ann Lee, who sued the city because he said the audit "
            "was rigged, spoke next.\n")
    assert _holding(text, "audit was rigged")[3] == "Tom Reed"
    text = ("Mayor Tom Reed spoke first. Ann Lee, who was fired because she said the audit was "
            "rigged, has sued the city.\n")
    assert _holding(text, "audit was rigged")[3] == "Ann Lee"
