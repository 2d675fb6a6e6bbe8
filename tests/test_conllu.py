"""The parsed path: Stanza-style CoNLL-U (offsets and NER in MISC) into attributed quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import POLNEAR, need

import quotetrack
from quotetrack import QuoteTracker
from quotetrack.parse.conllu import ParseError, check_offsets, read_conllu

# Three sentences in three paragraphs, with a hand-made UD parse as Stanza writes it:
# a fronted quote (ccomp of the root "said"), reported speech (ccomp "fail"), and an
# inverted "said Tom Reed" after the quote.
TEXT = ('“We will win,” Jane Doe said.\n\n'
        'Jane Doe said the plan would fail.\n\n'
        '"It is over," said Tom Reed.')
CONLLU = """\
# sent_id = 1
# text = “We will win,” Jane Doe said.
1	“	“	PUNCT	``	_	4	punct	_	start_char=0|end_char=1|ner=O
2	We	we	PRON	PRP	Case=Nom|Number=Plur|Person=1|PronType=Prs	4	nsubj	_	start_char=1|end_char=3|ner=O
3	will	will	AUX	MD	VerbForm=Fin	4	aux	_	start_char=4|end_char=8|ner=O
4	win	win	VERB	VB	VerbForm=Inf	9	ccomp	_	start_char=9|end_char=12|ner=O
5	,	,	PUNCT	,	_	4	punct	_	start_char=12|end_char=13|ner=O
6	”	”	PUNCT	''	_	4	punct	_	start_char=13|end_char=14|ner=O
7	Jane	Jane	PROPN	NNP	Number=Sing	8	compound	_	start_char=15|end_char=19|ner=B-PERSON
8	Doe	Doe	PROPN	NNP	Number=Sing	9	nsubj	_	start_char=20|end_char=23|ner=E-PERSON
9	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	start_char=24|end_char=28|ner=O
10	.	.	PUNCT	.	_	9	punct	_	start_char=28|end_char=29|ner=O

# sent_id = 2
# text = Jane Doe said the plan would fail.
1	Jane	Jane	PROPN	NNP	Number=Sing	2	compound	_	start_char=31|end_char=35|ner=B-PERSON
2	Doe	Doe	PROPN	NNP	Number=Sing	3	nsubj	_	start_char=36|end_char=39|ner=E-PERSON
3	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	start_char=40|end_char=44|ner=O
4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	start_char=45|end_char=48|ner=O
5	plan	plan	NOUN	NN	Number=Sing	7	nsubj	_	start_char=49|end_char=53|ner=O
6	would	would	AUX	MD	VerbForm=Fin	7	aux	_	start_char=54|end_char=59|ner=O
7	fail	fail	VERB	VB	VerbForm=Inf	3	ccomp	_	start_char=60|end_char=64|ner=O
8	.	.	PUNCT	.	_	3	punct	_	start_char=64|end_char=65|ner=O

# sent_id = 3
# text = "It is over," said Tom Reed.
1	"	"	PUNCT	``	_	4	punct	_	start_char=67|end_char=68|ner=O
2	It	it	PRON	PRP	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	nsubj	_	start_char=68|end_char=70|ner=O
3	is	be	AUX	VBZ	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	cop	_	start_char=71|end_char=73|ner=O
4	over	over	ADV	RB	_	7	ccomp	_	start_char=74|end_char=78|ner=O
5	,	,	PUNCT	,	_	4	punct	_	start_char=78|end_char=79|ner=O
6	"	"	PUNCT	''	_	4	punct	_	start_char=79|end_char=80|ner=O
7	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	start_char=81|end_char=85|ner=O
8	Tom	Tom	PROPN	NNP	Number=Sing	9	compound	_	start_char=86|end_char=89|ner=B-PERSON
9	Reed	Reed	PROPN	NNP	Number=Sing	7	nsubj	_	start_char=90|end_char=94|ner=E-PERSON
10	.	.	PUNCT	.	_	7	punct	_	start_char=94|end_char=95|ner=O

"""

# A multi-word token ("cannot" = can + not) whose offsets sit on the range line only,
# and a pronoun speaker.
MWT_TEXT = "“I cannot accept it,” she said."
MWT_CONLLU = """\
# text = “I cannot accept it,” she said.
1	“	“	PUNCT	``	_	5	punct	_	start_char=0|end_char=1|ner=O
2	I	I	PRON	PRP	Case=Nom|Number=Sing|Person=1|PronType=Prs	5	nsubj	_	start_char=1|end_char=2|ner=O
3-4	cannot	_	_	_	_	_	_	_	start_char=3|end_char=9|ner=O
3	can	can	AUX	MD	VerbForm=Fin	5	aux	_	_
4	not	not	PART	RB	_	5	advmod	_	_
5	accept	accept	VERB	VB	VerbForm=Inf	10	ccomp	_	start_char=10|end_char=16|ner=O
6	it	it	PRON	PRP	Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs	5	obj	_	start_char=17|end_char=19|ner=O
7	,	,	PUNCT	,	_	5	punct	_	start_char=19|end_char=20|ner=O
8	”	”	PUNCT	''	_	5	punct	_	start_char=20|end_char=21|ner=O
9	she	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	10	nsubj	_	start_char=22|end_char=25|ner=O
10	said	say	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	start_char=26|end_char=30|ner=O
11	.	.	PUNCT	.	_	10	punct	_	start_char=30|end_char=31|ner=O

"""


def assert_well_formed(result: quotetrack.ArticleResult, text: str) -> None:
    """Every quote of ``result`` is well-formed and its offsets slice ``text`` exactly.

    A parsed Document is attributed without cleaning, so every ``.text`` is the
    exact slice of the document's text (no-break spaces and all).
    """
    n = len(text)
    last = (-1, -1)
    for q in result.quotes:
        assert q.kind in ("direct", "mixed", "indirect")
        assert 0 <= q.start < q.end <= n
        assert text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        assert (q.start, q.end) >= last
        last = (q.start, q.end)
        for m in (q.speaker_mention, q.addressee_mention, q.cue):
            if m is not None:
                assert 0 <= m.start <= m.end <= n
                assert text[m.start:m.end] == m.text


@pytest.fixture(scope="module")
def result() -> quotetrack.ArticleResult:
    return quotetrack.attribute_document(quotetrack.from_conllu(TEXT, CONLLU))


def test_hand_written_conllu_tokens_slice_the_text():
    """The fixture itself is right: every token's offsets slice its form out of TEXT."""
    doc = quotetrack.from_conllu(TEXT, CONLLU)
    assert doc.text == TEXT
    assert len(doc.sentences) == 3
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert TEXT[token.start_char:token.end_char] == token.text


def test_ner_from_misc_becomes_entities():
    """ner= tags in MISC become doc.ents with their character offsets."""
    doc = quotetrack.from_conllu(TEXT, CONLLU)
    assert [(e.text, e.type, e.start_char, e.end_char) for e in doc.ents] == [
        ("Jane Doe", "PERSON", 15, 23), ("Jane Doe", "PERSON", 31, 39),
        ("Tom Reed", "PERSON", 86, 94)]


def test_fronted_direct_quote_uses_the_parse(result):
    """“We will win,” Jane Doe said. -> direct, speaker Jane Doe, cue "said", via the parse."""
    q = result.quotes[0]
    assert q.kind == "direct"
    assert q.text == "“We will win,”" == TEXT[q.start:q.end]
    assert q.speaker is not None and q.speaker.name == "Jane Doe"
    assert (q.speaker_mention.start, q.speaker_mention.end) == (15, 23)
    assert q.speaker_mention.form == "name"
    assert q.cue is not None and (q.cue.text, q.cue.start, q.cue.end) == ("said", 24, 28)
    assert "parse" in q.reason


def test_reported_speech_with_ccomp(result):
    """Jane Doe said the plan would fail. -> indirect, the whole clause, speaker Jane Doe."""
    q = result.quotes[1]
    assert q.kind == "indirect"
    assert q.text == "the plan would fail" == TEXT[q.start:q.end]
    assert q.speaker is not None and q.speaker.name == "Jane Doe"
    assert q.cue is not None and q.cue.text == "said" and q.cue.start == 40


def test_inverted_said_speaker(result):
    """"It is over," said Tom Reed. -> direct, speaker Tom Reed after the cue."""
    q = result.quotes[2]
    assert q.kind == "direct"
    assert q.text == '"It is over,"'
    assert q.speaker is not None and q.speaker.name == "Tom Reed"
    assert q.speaker_mention.text == "Tom Reed" and q.speaker_mention.start == 86
    assert q.cue.text == "said" and q.cue.start == 81


def test_same_name_is_one_entity(result):
    """Both "Jane Doe" mentions resolve to one entity; Tom Reed is another."""
    assert len(result.quotes) == 3
    jane = {q.speaker.id for q in result.quotes[:2]}
    assert len(jane) == 1
    assert result.quotes[2].speaker.id not in jane
    assert result.entity(jane.pop()).name == "Jane Doe"
    assert_well_formed(result, TEXT)


def test_tracker_accepts_the_document(result):
    """QuoteTracker(backend="rules")(doc) gives the same quotes as attribute_document(doc)."""
    doc = quotetrack.from_conllu(TEXT, CONLLU)
    got = QuoteTracker(backend="rules")(doc, doc_id="d1")
    assert got.doc_id == "d1"
    assert [(q.start, q.end, q.kind, q.speaker.name, q.cue.text) for q in got.quotes] == \
        [(q.start, q.end, q.kind, q.speaker.name, q.cue.text) for q in result.quotes]


def test_multi_word_token_and_pronoun_speaker():
    """A multi-word token keeps its range offsets; "she said" gives a pronoun mention and cue."""
    doc = quotetrack.from_conllu(MWT_TEXT, MWT_CONLLU)
    assert [w.text for w in doc.sentences[0].words][2:4] == ["can", "not"]
    (q,) = quotetrack.attribute_document(doc).quotes
    assert q.kind == "direct"
    assert q.text == "“I cannot accept it,”" == MWT_TEXT[q.start:q.end]
    assert q.speaker_mention is not None
    assert (q.speaker_mention.text, q.speaker_mention.form) == ("she", "pronoun")
    assert q.cue is not None and q.cue.text == "said"


def test_read_conllu_from_a_file(tmp_path: Path):
    """read_conllu reads a .conllu file into a Document over the given text."""
    path = tmp_path / "doc.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    doc = read_conllu(TEXT, path)
    assert [q.speaker.name for q in quotetrack.attribute_document(doc).quotes] == \
        ["Jane Doe", "Jane Doe", "Tom Reed"]


# ----------------------------------------------------------------- bad input
@pytest.mark.parametrize("conllu, message", [
    ("", "not readable as CoNLL-U"),
    ("this is not conllu\n", "not readable as CoNLL-U"),
    ("1\tWe\twe\n", "not readable as CoNLL-U"),
    (CONLLU.replace("\t4\tpunct\t", "\tX\tpunct\t", 1), "not readable as CoNLL-U"),
    (CONLLU.replace("start_char=0|end_char=1|ner=O", "ner=O", 1), "has no start_char/end_char"),
    (CONLLU.replace("start_char=94|end_char=95", "start_char=94|end_char=500"),
     "lies outside the text"),
    (CONLLU.replace("start_char=0|end_char=1", "start_char=-3|end_char=1"),
     "lies outside the text"),
    (CONLLU.replace("start_char=0|end_char=1", "start_char=5|end_char=1"),
     "lies outside the text"),
], ids=["empty", "prose", "three-columns", "bad-head", "no-offsets", "past-the-end",
        "negative", "reversed"])
def test_bad_conllu_raises_parse_error(conllu, message):
    """Unreadable CoNLL-U and offsets that miss the text raise ParseError saying why."""
    with pytest.raises(ParseError, match=re.escape(message)) as exc:
        quotetrack.from_conllu(TEXT, conllu)
    assert "CoNLL-U input" in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_conllu_for_a_longer_text_raises():
    """A parse made for a longer text than the one given raises ParseError naming a token."""
    with pytest.raises(ParseError, match="outside the text") as exc:
        quotetrack.from_conllu(TEXT[:40], CONLLU)
    assert "'" in str(exc.value)  # names the offending token


def test_parse_error_names_the_file(tmp_path: Path):
    """read_conllu puts the file's path in the ParseError message."""
    path = tmp_path / "broken.conllu"
    path.write_text("garbage\n", encoding="utf-8")
    with pytest.raises(ParseError, match="broken.conllu"):
        read_conllu(TEXT, path)


def test_check_offsets_accepts_good_document():
    """check_offsets passes silently on a Document whose tokens all lie in its text."""
    doc = quotetrack.from_conllu(TEXT, CONLLU)
    check_offsets(doc, "ok")


# ------------------------------------------------------------------- PolNeAR
_DIRECT_FRAME = re.compile(r"[,!?][”\"] (?:[A-Z][a-z]+ ){1,2}said\b")


def test_polnear_dev_article():
    """A real PolNeAR dev article with its CoNLL-U: well-formed quotes, a credited direct quote."""
    dev = need(POLNEAR / "dev", "the PolNeAR dev split")
    chosen = None
    for txt in sorted(dev.glob("*.txt")):
        conllu = txt.with_suffix(".conllu")
        if not conllu.exists():
            continue
        text = txt.read_bytes().decode("utf-8")
        if _DIRECT_FRAME.search(text):
            chosen = (txt, text, conllu)
            break
    if chosen is None:
        pytest.skip("no PolNeAR dev article with a '“...,” Name said' frame and a .conllu")
    txt, text, conllu = chosen
    doc = read_conllu(text, conllu)
    result = quotetrack.attribute_document(doc, doc_id=txt.stem)
    assert result.quotes, txt.name
    assert_well_formed(result, text)
    assert any(q.kind == "direct" and q.speaker is not None for q in result.quotes), txt.name
