"""Round 24 speed work: the faster ways Words and the Attributor read words give what the
plain computation gives (invented texts)."""

from __future__ import annotations

from stanza.models.common.doc import Document

from quotetrack.attribute import _QUOTE_CUE_FORMS, Attributor, is_cue_word
from quotetrack.lexicon import REPORTING_VERB_FORMS, REPORTING_VERBS
from quotetrack.parse.rules import annotate
from quotetrack.quotes import find_quotes
from quotetrack.tokens import Words, trigger_words


def _doc(text: str, sentences: list[list[tuple[str, str | None, str]]]) -> Document:
    """A Document over ``text`` of (word, lemma, upos) sentences, found in order in ``text``."""
    pos, rows = 0, []
    for sentence in sentences:
        row = []
        for k, (word, lemma, upos) in enumerate(sentence, 1):
            start = text.index(word, pos)
            pos = start + len(word)
            entry = {"id": k, "text": word, "upos": upos, "ner": "O",
                     "misc": f"start_char={start}|end_char={pos}"}
            if lemma is not None:
                entry["lemma"] = lemma
            row.append(entry)
        rows.append(row)
    return Document(rows, text=text)


def _plain_lower(text: str) -> str:
    low = text.lower()
    return "n't" if low == "n’t" else low


def test_lower_and_lemma_are_what_lower_gives():
    # lemmas in every case: the word itself, its lower case, another word, upper case,
    # none (a trigger spelling then takes the verb's lemma, another word its spelling)
    text = "AIDES to Ann Roe said she wouldn’t SAY it, and Roe Told them: Stop."
    sentence = [("AIDES", "AIDES", "NOUN"), ("to", "to", "ADP"), ("Ann", "Ann", "PROPN"),
                ("Roe", None, "PROPN"), ("said", None, "VERB"), ("she", "she", "PRON"),
                ("would", "will", "AUX"), ("n’t", "n’t", "PART"), ("SAY", "Say", "VERB"),
                ("it", "it", "PRON"), (",", ",", "PUNCT"), ("and", "and", "CCONJ"),
                ("Roe", "roe", "PROPN"), ("Told", "TELL", "VERB"), ("them", "they", "PRON"),
                (":", ":", "PUNCT"), ("Stop", "Stop", "VERB"), (".", ".", "PUNCT")]
    words = Words(_doc(text, [sentence]))
    for w, (t, lemma, _) in zip(words.words, sentence, strict=True):
        assert w.text == t
        assert w.lower == _plain_lower(t)
        if lemma:
            assert w.lemma == lemma.lower()
        elif w.lower in REPORTING_VERB_FORMS:
            assert w.lemma == REPORTING_VERB_FORMS[w.lower]
        else:
            assert w.lemma == w.lower
    by_text = {w.text: w for w in words.words}
    assert by_text["n’t"].lower == "n't" and by_text["n’t"].lemma == "n’t"
    assert by_text["said"].lemma == "say" and by_text["Told"].lemma == "tell"
    assert by_text["SAY"].lower == "say" and by_text["AIDES"].lemma == "aides"
    assert words.trigger_index == trigger_words(words.words)


def test_lower_and_lemma_of_the_model_free_rows_match_a_stanza_document():
    text = ("“We won’t back down,” Gov. Maya Lind TOLD reporters on Friday.\n"
            "Her aides Said the Secretary of State would respond.")
    doc = annotate(text)
    words = Words(doc)
    for w, sw in zip(words.words, doc.iter_words(), strict=True):
        assert w.lower == _plain_lower(sw.text)
        assert w.lemma == (sw.lemma.lower() if sw.lemma else w.lemma)
    assert words.trigger_index == trigger_words(words.words)


TEXT = ("Secretary of State Jane Doe said the state's budget would grow.\n"
        "Another official tweeted: “We will not cut a dime.”\n"
        "The mayor's comments, which she repeated on Monday, drew a rebuke. "
        "“It is a bad plan,” Roe told reporters, adding that the council states its case.")


def test_cue_index_equals_a_fresh_scan_after_retagging():
    words = Words(annotate(TEXT))
    by_text = {w.text: w for w in words.words}
    # the retag sites ran: a capitalised reporting-verb form inside a name, a form after
    # a determiner or before "'s" read as nouns
    assert by_text["State"].upos == "PROPN"
    assert by_text["state"].upos == "NOUN"
    att = Attributor(words, find_quotes(TEXT))
    fresh = [w.i for w in words.words if is_cue_word(w)]
    assert att._cue_index == fresh
    cues = {words.words[i].text for i in fresh}
    assert {"said", "tweeted", "told"} <= cues
    assert "State" not in cues and "state" not in cues


def test_quote_cue_candidates_equal_a_plain_scan():
    words = Words(annotate(TEXT))
    att = Attributor(words, find_quotes(TEXT))
    for a, b in words.sentences:
        plain = [c for c in range(a, b) if words.words[c].lower in _QUOTE_CUE_FORMS or
                 words.words[c].lemma in REPORTING_VERBS]
        assert att._quote_cue_candidates(a, b) == plain
    assert att._quote_cue_candidates(0, len(words)) == [
        c for c in range(len(words)) if words.words[c].lower in _QUOTE_CUE_FORMS or
        words.words[c].lemma in REPORTING_VERBS]


def _split_doc(text: str, pieces: list[list[str]]) -> Document:
    return _doc(text, [[(t, None, "X") for t in piece] for piece in pieces])


def test_false_splits_at_parentheses_are_joined_and_others_kept():
    # "Rep. Jane Doe (D-N. | Y.) said": a split inside the parenthesis
    text = "Rep. Jane Doe (D-N. Y.) said it would pass. Will it?"
    words = Words(_split_doc(text, [["Rep.", "Jane", "Doe", "(", "D-N."],
                                    ["Y.", ")", "said", "it", "would", "pass", "."],
                                    ["Will", "it", "?"]]))
    assert words.sentences == [(0, 12), (12, 15)]
    assert [w.sent for w in words.words] == [0] * 12 + [1] * 3
    # "Sen. Ann Roe (D-Ore.) | said": a split after the parenthesis
    text = "Sen. Ann Roe (D-Ore.) said no. (Roe) Left early."
    words = Words(_split_doc(text, [["Sen.", "Ann", "Roe", "(", "D-Ore.", ")"],
                                    ["said", "no", "."], ["(", "Roe", ")"],
                                    ["Left", "early", "."]]))
    # (a capitalised word after the ")" opens a sentence of its own)
    assert words.sentences == [(0, 9), (9, 12), (12, 15)]
    # a sentence that ends in neither ")" nor "." is never joined to the next
    text = "Did Doe (D-Ore.) win? said no one."
    words = Words(_split_doc(text, [["Did", "Doe", "(", "D-Ore.", ")", "win", "?"],
                                    ["said", "no", "one", "."]]))
    assert words.sentences == [(0, 7), (7, 11)]
