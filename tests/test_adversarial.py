"""Adversarial inputs (issue #7): whatever text or file it gets, quotetrack must not fall over.

Every case goes through ``quotetrack.extract`` (the model-free default) and,
where it can be a file, through ``quotetrack extract --format jsonl``.  For each:
no exception escapes; every quote, speaker mention and cue slices the input
(``text[start:end]`` cleaned is the reported text, exactly as the cleaner
guarantees); quotes are sorted and never overlap (``pipeline._drop_overlaps``
allows no overlap at all); the graph writer's GraphML reads back; and the run
stays within a generous time bound that only a blow-up would break.  How time
grows with size (1x, 10x, 100x) is measured by ``benchmarks/scaling.py``.

Long cases run in a child process killed at their bound, so a blow-up costs
at most the bound.
"""

from __future__ import annotations

import ast
import base64
import io
import json
import multiprocessing
import random
import re
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import UNICODE_QUOTE_MARKS, hostile_text
from test_clean import check_invariants
from test_graph import check_graphml_round_trip, same_graph
from test_properties import check_no_quote_counted_twice, check_span

import quotetrack
from quotetrack import build_graph, load_alias_table, read_graph, write_graphml
from quotetrack.clean import CONTROL_CHARS, SUBSTITUTIONS, ZERO_WIDTH_CHARS, clean_span, clean_text
from quotetrack.cli import main
from quotetrack.graph import flatten_graph
from quotetrack.model import QUOTE_KINDS, ArticleResult
from quotetrack.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quotetrack"

#: Bound for one case at its test size (1x).  Locally every case takes < 2 s.
CASE_BOUND = 20.0
#: Bound for the 1M-character line (~1 s locally) and the linear stages on 10 MB.
BIG_BOUND = 60.0
#: Bound for extract on the 10 MB paragraph: linear code takes 40-50 s here (about
#: 4.8 us a character on a loaded 2-core machine), a quadratic step would take hours.
TEN_MB_BOUND = 120.0
#: Bound for the pathological one-sentence cases at 4x: linear code needs < 1 s.
SENTENCE_BOUND = 3.0
#: Bound for build_graph on a 9,000-quote article: linear code needs ~0.2 s.
GRAPH_BOUND = 2.0
#: The bounds above are CPU seconds of the timed step.  Its child process is killed when
#: the wall clock passes this many times the bound: on a loaded machine wall time runs
#: several times the CPU time, and a step that blows up is still stopped.
WALL_PER_CPU = 6.0

# ---------------------------------------------------------------------------
# The cases.  Each builder takes a scale k; k=1 is the size the tests use and
# benchmarks/scaling.py measures k = 1, 10, 100.
# ---------------------------------------------------------------------------

#: One paragraph of news prose: quotes, reported speech, pronouns, a role, a colon lead.
NEWS = (
    "“We will not back down,” Mayor Jane Doe said on Monday. "
    "She added that the bridge would reopen in May. "
    "According to officials, the repairs cost $4 million. "
    "The council “has no plan at all,” said John Roe, a spokesman for the union. "
    "He told reporters: “This is a disgrace and everyone knows it.” "
    "Roe said the union would strike if nothing changed. "
)
NEWS_SENTENCES = [s + " " for s in NEWS.split(". ") if s.strip()]

MARKS = "".join(UNICODE_QUOTE_MARKS)


def _nested(opens: str, closes: str, depth: int = 10) -> str:
    """``Jane Doe said: “w0 ‘w1 … core x9’ … x0” she said.`` nested ``depth`` deep."""
    s = "Jane Doe said: "
    for i in range(depth):
        s += opens[i % len(opens)] + f"w{i} "
    s += "core"
    for i in reversed(range(depth)):
        s += f" x{i}" + closes[i % len(closes)]
    return s + " she said."


def _joined(seps: list[str], k: int, reps: int = 20) -> str:
    """NEWS sentences joined by the separators in turn (line ends of every kind)."""
    parts = []
    for i, sentence in enumerate(NEWS_SENTENCES * reps * k):
        parts.append(sentence + seps[i % len(seps)])
    return "".join(parts)


def _base64_line(n: int) -> str:
    """``n`` characters of base64 (a data URI pasted into an article): no spaces at all."""
    raw = random.Random(7).randbytes(n * 3 // 4 + 3)
    return base64.b64encode(raw).decode("ascii")[:n]


CASES: dict[str, Callable[[int], str]] = {
    "empty": lambda k: "",
    "whitespace_only": lambda k: " \t\n\u00a0\u2003\u3000\r\n\u2028\u2029\x0b\x0c\x85 " * 100 * k,
    "all_quote_marks": lambda k: MARKS * 20 * k,
    "unbalanced_marks": lambda k: '"' * 1000 * k,
    "unbalanced_openers_in_words": lambda k: "“We " * 1000 * k,
    "unbalanced_marks_in_sentences": lambda k: "He said “no. " * 1000 * k,
    "unbalanced_marks_one_sentence": lambda k: 'He said "no ' * 1000 * k,
    "nested_ten_deep": lambda k: "\n".join(
        [_nested("“‘", "”’"), _nested("«‹", "»›"), _nested("„‚", "“‘"), _nested('"\'', '"\'')]
        * 10 * k),
    "one_paragraph": lambda k: NEWS * 60 * k,
    "long_line_no_spaces": lambda k: _base64_line(10_000 * k),
    "minified_json_line": lambda k: '{"id":123,"name":"x","tags":["a","b"]},' * 100 * k,
    "every_unicode_quote_mark": lambda k: "".join(
        f"{o}ok{c} " for o in MARKS for c in MARKS) * k,
    "every_quote_mark_as_speech": lambda k: "".join(
        f"{o}We will win the vote today,{c} Jane Doe said.\n" for o in MARKS for c in MARKS[:8]
    ) * k,
    "mixed_scripts": lambda k: (
        "Президент сказал: «Мы победим». 日本の首相は「勝つ」と述べた。 "
        "Der Minister sagte: „Wir gewinnen.“ Ο υπουργός είπε: «Θα νικήσουμε». "
        "प्रधानमंत्री ने कहा, “हम जीतेंगे।” ‘คำพูด’ said he. "
        "“We will win,” said 习近平 and Jane Doe.\n") * 30 * k,
    "right_to_left": lambda k: (
        "\u202bהשר אמר: „אנחנו ננצח“\u202c said Jane Doe. قال الوزير: «سننتصر». "
        "\u200f“כן,”\u200e he said. \u2067“We will win,” said Jane Doe\u2069. "
        "\u202e.dias eoD enaJ ”,niw lliw eW“\u202c\n") * 40 * k,
    "combining_marks": lambda k: (
        "\u0301J\u0301a\u0308ne D\u0303oe said: “W" + "\u0300\u0301\u0302\u0303\u0304" * 20
        + "e will win.” “\u0301We lost,”\u0301 he said. " + "e\u0301" * 40 + "\n") * 30 * k,
    "emoji": lambda k: (
        "“We will win 👍🏽,” Jane Doe 👨\u200d👩\u200d👧 said. 🇺🇸🇬🇧 “❤\ufe0f it,” she said. "
        "😀” ” 👍 \U0001f9d1\u200d\U0001f680 said: “🙂🙂🙂 🙂”\n") * 40 * k,
    "control_chars": lambda k: "".join(
        f"\x00“We will{c} win,” Jane{c}Doe said.{c} He{c} added that{c} it was over. "
        for c in CONTROL_CHARS) * 3 * k,
    "crlf_line_ends": lambda k: _joined(["\r\n", "\r\n\r\n"], k),
    "lone_cr_line_ends": lambda k: _joined(["\r", "\r\r"], k),
    "mixed_line_ends": lambda k: _joined(
        ["\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\r\n", "\n\r"], k),
    "noncharacters_private_use": lambda k: (
        "\ufeff“We\ufffe will\uffff win,”\ue000 Jane Doe said \U0010ffff.\ufdd0 "
        "\U000e0041“Tagged,” he said\U000e007f. \ufeff\n") * 100 * k,
    "lone_surrogates": lambda k: (
        "“We will \udc80win,” Jane Doe\ud800 said.\udfff \udcff“Fine,”\udc80 he said. ") * 100 * k,
    "colon_quotes": lambda k: (
        'John Doe:"We will win the vote." Jane Roe:“We lost it all.” '
        'Mike Pompeo: "No comment at this time."\n') * 50 * k,
}

#: Cases a UTF-8 file can hold (lone surrogates cannot be encoded).
FILE_CASES = sorted(set(CASES) - {"lone_surrogates"})

# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

_DROP = re.compile("\r(?=\n)|[" + ZERO_WIDTH_CHARS + "]")
_SUB = str.maketrans(SUBSTITUTIONS)


def char_level_only(text: str, ct) -> bool:
    """True when the cleaner made only character-level changes (no hover card, no credit)."""
    return ct.text == _DROP.sub("", text).translate(_SUB)


def check_result(text: str, result: ArticleResult, every: int = 1) -> None:
    """Assert every offset guarantee of ``result`` for ``text`` (see the module docstring).

    Offsets are checked with ``test_properties.check_span`` (the span's cleaned
    image is the reported text); when the cleaner made only character-level
    changes, ``clean_span(text[start:end])`` must also equal the reported text
    (the cleaner's re-clean guarantee).  With ``every=n`` the slices of only
    every n-th quote (and its mentions) are checked; order and overlaps always
    are for all.
    """
    ct = clean_text(text)
    exact = char_level_only(text, ct)
    assert result.text == text
    check_no_quote_counted_twice(result.quotes)  # _drop_overlaps: none but in a line
    previous = None
    for i, q in enumerate(result.quotes):
        assert q.kind in QUOTE_KINDS
        assert 0 <= q.start < q.end <= len(text), (q.start, q.end, len(text))
        assert 0.0 <= q.confidence <= 1.0
        if previous is not None:
            assert (previous.start, previous.end) <= (q.start, q.end)  # sorted
        previous = q
        if i % every:
            continue
        check_span(text, ct, q.start, q.end, q.text, nonempty=True)
        if exact:
            assert clean_span(text[q.start:q.end]) == q.text
        for m in (q.speaker_mention, q.addressee_mention, q.cue):
            if m is not None:
                check_span(text, ct, m.start, m.end, m.text, nonempty=False)
                if exact:
                    assert clean_span(text[m.start:m.end]) == m.text
        for ent in (q.speaker, q.addressee):
            if ent is not None:
                assert result.entity(ent.id) == ent
        for eid in q.about:
            assert result.entity(eid) is not None
    for ent in result.entities:
        for m in ent.mentions[::every]:
            check_span(text, ct, m.start, m.end, m.text, nonempty=False)


def check_graph(result: ArticleResult) -> None:
    """The result's quote graph written as GraphML reads back equal (networkx and read_graph)."""
    check_graphml_round_trip(build_graph([result]))


def check_spans(text: str) -> None:
    """find_quotes (nested too): every span slices ``text`` at its marks; top level disjoint."""
    spans = find_quotes(text, nested=True)
    top_end = -1
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start <= s.content_start <= s.content_end <= s.end
        assert text[s.start:s.content_start] == s.open_mark
        if s.close_mark is not None:
            assert text[s.content_end:s.end] == s.close_mark
        assert text[s.content_start:s.content_end].strip()
        if s.depth == 0:
            assert s.start >= top_end
            top_end = s.end


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run ``quotetrack ARGV`` in-process; return (exit status, stdout, stderr)."""
    rc = main(list(argv))
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


def jsonl_rows(out: str) -> list[dict[str, Any]]:
    """JSONL rows (records end at "\\n" only: U+2028 and U+0085 may sit raw inside strings)."""
    return [json.loads(line) for line in out.split("\n") if line]


# ---------------------------------------------------------------------------
# Deadline: run a case in a forked child and kill it at the bound
# ---------------------------------------------------------------------------


class TooSlow(AssertionError):
    """The timed step did not finish within its bound (the child was killed)."""


def _child(conn, build, run, check) -> None:  # pragma: no cover - runs in the child
    try:
        text = build()
        conn.send(("built", None))
        t0 = time.process_time()
        result = run(text)
        conn.send(("ran", time.process_time() - t0))
        conn.send(("checked", check(text, result)))
    except BaseException:
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def timed_in_child(build: Callable[[], Any], run: Callable[[Any], Any],
                   check: Callable[[Any, Any], Any], bound: float) -> tuple[float, Any]:
    """Build a text, time ``run(text)`` against ``bound``, then ``check`` it, in a child process.

    ``run`` fails (TooSlow) when it takes more than ``bound`` seconds of CPU time, which
    other load on the machine does not inflate.  The child is killed when the wall clock
    passes ``WALL_PER_CPU`` times the bound, so a blow-up costs at most that, and the
    memory of a huge case is freed.  Returns (CPU seconds ``run`` took, what ``check``
    returned).
    """
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, build, run, check), daemon=True)
    proc.start()
    send.close()

    def get(timeout: float, what: str) -> tuple:
        if not recv.poll(timeout):
            raise TooSlow(f"{what} took more than {timeout:.0f} s")
        msg = recv.recv()
        if msg[0] == "error":
            raise AssertionError("in the child process:\n" + msg[1])
        return msg

    try:
        get(300, "building the text")
        _, elapsed = get(bound * WALL_PER_CPU, "the timed run")
        if elapsed > bound:
            raise TooSlow(f"the timed run took {elapsed:.1f} s of CPU, more than {bound:.0f} s")
        _, summary = get(600, "checking the result")
        return elapsed, summary
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()


def _extract_and_check(text: str, result: ArticleResult) -> int:
    """Check an extract result in the child; return its number of quotes."""
    check_result(text, result)
    return len(result.quotes)


def _extract_and_check_sampled(text: str, result: ArticleResult) -> int:
    """Like _extract_and_check, slicing every 7th quote (the 10 MB text repeats one paragraph)."""
    check_result(text, result, every=7)
    return len(result.quotes)


# ---------------------------------------------------------------------------
# Every case through extract and through the CLI
# ---------------------------------------------------------------------------

_RESULTS: dict[str, ArticleResult] = {}


def case_result(name: str) -> ArticleResult:
    """extract() of case ``name`` at 1x, shared by the extract and the CLI test."""
    if name not in _RESULTS:
        _RESULTS[name] = quotetrack.extract(CASES[name](1))
    return _RESULTS[name]



@pytest.mark.parametrize("name", sorted(CASES))
def test_case_through_extract(name):
    """extract() on the case: no exception, exact offsets, no overlaps, GraphML reads back, fast."""
    text = CASES[name](1)
    t0 = time.perf_counter()
    result = _RESULTS[name] = quotetrack.extract(text)
    elapsed = time.perf_counter() - t0
    assert elapsed < CASE_BOUND, f"{name}: {elapsed:.1f} s"
    check_result(text, result)
    check_graph(result)
    check_spans(text)
    check_spans(clean_text(text).text)


@pytest.mark.parametrize("name", FILE_CASES)
def test_case_through_cli(name, capsys, tmp_path):
    """`quotetrack extract --format jsonl` on the case file: extract()'s rows, or one line."""
    text = CASES[name](1)
    if "\x00" in text:
        # a .txt with NUL bytes counts as binary (see test_nul_in_txt_file_is_binary), so
        # text with NUL arrives as a JSON Lines record
        path = tmp_path / "corpus.jsonl"
        path.write_text(json.dumps({"id": "case", "text": text}) + "\n", encoding="utf-8")
    else:
        path = tmp_path / "case.txt"
        path.write_bytes(text.encode("utf-8"))
    rc, out, err = run_cli(capsys, "extract", str(path), "--format", "jsonl", "--backend", "rules")
    if not text.strip():
        assert (rc, out) == (1, "")
        assert err.count("\n") == 1 and "empty article" in err, err
        return
    assert (rc, err) == (0, "")
    rows = jsonl_rows(out)
    assert rows == [q.to_record("case") for q in case_result(name).quotes]
    ct = clean_text(text)
    for row in rows:
        check_span(text, ct, row["start"], row["end"], row["text"], nonempty=True)


# ---------------------------------------------------------------------------
# What the cases must give, where that is robustly right
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty", "whitespace_only", "unbalanced_marks"])
def test_nothing_to_find(name):
    """Empty, whitespace-only and bare-quote-mark texts give no quotes and no entities."""
    result = quotetrack.extract(CASES[name](1))
    assert result.quotes == () and result.entities == ()


def test_colon_quotes_name_their_speaker():
    """`John Doe:"foo"` (the input CoreNLP throws on) gives a direct quote by John Doe."""
    for text, quoted, speaker in [
        ('John Doe:"foo"', '"foo"', "John Doe"),
        ('John Doe:"We will win the vote."', '"We will win the vote."', "John Doe"),
        ("Jane Roe:“We lost it all.”", "“We lost it all.”", "Jane Roe"),
        ('John Doe said:"Fine."', '"Fine."', "John Doe"),
    ]:
        (q,) = quotetrack.extract(text).quotes
        assert (q.text, q.kind, q.speaker.name) == (quoted, "direct", speaker), text
        assert text[q.start:q.end] == quoted


def test_colon_quotes_in_a_row_keep_their_speakers():
    """Several `Name:"..."` leads in one paragraph each keep their own speaker."""
    result = quotetrack.extract('John Doe:"foo" Jane Roe:"bar"')
    assert [(q.text, q.speaker.name) for q in result.quotes] == [
        ('"foo"', "John Doe"), ('"bar"', "Jane Roe")]


@pytest.mark.parametrize("opens,closes", [("“‘", "”’"), ("«‹", "»›"), ("„‚", "“‘")])
def test_quotes_nested_ten_deep(opens, closes):
    """Curly, guillemet and low marks nested ten deep: depths 0-9, one top-level quote."""
    text = _nested(opens, closes)
    spans = find_quotes(text, nested=True)
    assert [s.depth for s in spans] == list(range(10))
    assert all(a.start < b.start and b.end < a.end for a, b in zip(spans, spans[1:], strict=False))
    (q,) = quotetrack.extract(text).quotes
    assert (q.start, q.end) == (spans[0].start, spans[0].end)
    assert q.kind == "direct"


def test_straight_marks_pair_left_to_right():
    """Straight marks cannot nest (documented): ten-deep straight quotes still slice exactly."""
    text = _nested('"\'', '"\'')
    check_result(text, quotetrack.extract(text))
    check_spans(text)


def test_crlf_and_lone_cr_offsets_point_into_the_raw_text():
    """With \\r\\n and lone \\r line ends, offsets index the raw text, \\r included."""
    for sep in ("\r\n", "\r"):
        text = f"“We will win,” Jane Doe said.{sep}{sep}“We lost,” John Roe said.{sep}"
        result = quotetrack.extract(text)
        assert [text[q.start:q.end] for q in result.quotes] == ["“We will win,”", "“We lost,”"]
        assert [q.speaker.name for q in result.quotes] == ["Jane Doe", "John Roe"]


def test_text_of_quote_marks_only_has_no_speaker():
    """A text made only of quote marks attributes nothing to anybody."""
    result = quotetrack.extract(CASES["all_quote_marks"](1))
    assert all(q.speaker is None and q.speaker_mention is None for q in result.quotes)


# ---------------------------------------------------------------------------
# The big cases: one test each
# ---------------------------------------------------------------------------


def _ten_megabytes() -> str:
    return NEWS * (10_000_000 // len(NEWS) + 1)


def test_ten_megabyte_article_in_one_paragraph():
    """A 10 MB article in one paragraph: extract within 120 s, offsets exact."""
    elapsed, n = timed_in_child(_ten_megabytes, quotetrack.extract, _extract_and_check_sampled,
                                TEN_MB_BOUND)
    assert n > 100_000


def test_ten_megabyte_paragraph_cleaner_and_quote_finder():
    """The 10 MB paragraph through clean_text and find_quotes: within 60 s, exact spans."""
    text = _ten_megabytes()
    t0 = time.perf_counter()
    ct = clean_text(text)
    spans = find_quotes(ct.text)
    elapsed = time.perf_counter() - t0
    assert elapsed < BIG_BOUND, f"{elapsed:.1f} s"
    assert ct.text == text and len(spans) == 3 * (len(text) // len(NEWS))
    for s in spans[:: max(1, len(spans) // 1000)]:
        assert text[s.start:s.content_start] == s.open_mark
        assert text[s.content_end:s.end] == s.close_mark


def test_million_character_line_without_spaces(capsys, tmp_path):
    """A 1,000,000-character line with no spaces: extract and the CLI within 60 s, exact offsets."""
    elapsed, n = timed_in_child(lambda: _base64_line(1_000_000), quotetrack.extract,
                                _extract_and_check, BIG_BOUND)
    path = tmp_path / "line.txt"
    path.write_bytes(_base64_line(1_000_000).encode("ascii"))
    t0 = time.perf_counter()
    rc, out, err = run_cli(capsys, "extract", str(path), "--format", "jsonl", "--backend", "rules")
    assert time.perf_counter() - t0 < BIG_BOUND
    assert (rc, err) == (0, "")
    assert len(jsonl_rows(out)) == n


def test_one_sentence_with_4000_unbalanced_marks():
    """One 48 kB sentence with 4,000 cues and unbalanced marks: extract within 3 s."""
    timed_in_child(lambda: CASES["unbalanced_marks_one_sentence"](4), quotetrack.extract,
                   _extract_and_check, SENTENCE_BOUND)


def test_minified_json_line():
    """A 39 kB line of minified JSON (7,000 straight quotes, no spaces): extract within 3 s."""
    timed_in_child(lambda: CASES["minified_json_line"](10), quotetrack.extract,
                   _extract_and_check, SENTENCE_BOUND)


def _graph_round_trip(result: ArticleResult, G: nx.MultiDiGraph) -> int:
    """Write ``G`` as GraphML and read it back equal; return its number of nodes."""
    buf = io.BytesIO()
    write_graphml(G, buf)
    buf.seek(0)
    assert same_graph(read_graph(buf, format="graphml"), flatten_graph(G))
    return G.number_of_nodes()


def test_graph_of_a_long_article():
    """build_graph on a 480 kB article (9,000 quotes, one speaker): within 2 s, reads back."""
    timed_in_child(lambda: quotetrack.extract(NEWS * 1500), lambda r: build_graph([r]),
                   _graph_round_trip, GRAPH_BOUND)


# ---------------------------------------------------------------------------
# Files: bytes that are not UTF-8, binary files, encodings
# ---------------------------------------------------------------------------

LATIN1 = "Café owner Jane Doe said: «We will win the vote tomorrow.»\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder: good, not-UTF-8, binary-named-.txt, an image, and another good article."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_good.txt").write_text("“We will win,” Jane Doe said.\n", encoding="utf-8")
    (folder / "b_latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "c_binary.txt").write_bytes(PNG)
    (folder / "d_picture.png").write_bytes(PNG)
    (folder / "e_good.txt").write_text("“We lost,” John Roe said.\n", encoding="utf-8")
    return folder


def test_folder_with_bad_bytes_and_binary_file(capsys, corpus):
    """Not-UTF-8 and binary files: one line each naming the file, the rest processed, exit 1."""
    rc, out, err = run_cli(capsys, "extract", str(corpus), "--format", "jsonl",
                           "--backend", "rules")
    assert rc == 1
    assert [(r["doc"], r["speaker"]) for r in jsonl_rows(out)] == [
        ("a_good", "Jane Doe"), ("e_good", "John Roe")]
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert "b_latin1.txt" in lines[0] and "position 3" in lines[0] and "--encoding" in lines[0]
    assert "c_binary.txt" in lines[1] and "binary" in lines[1]
    assert "Traceback" not in err and "d_picture" not in err


def test_not_utf8_position_is_the_byte_offset(capsys, tmp_path):
    """The error names the byte offset of the first bad byte, also for a sequence cut at EOF."""
    truncated = "“We won,” she said. é".encode()[:-1]  # é cut after its first byte
    for data, pos in [(b"ok \xff", 3), (truncated, len(truncated) - 1),
                      (b"\xed\xa0\x80 surrogate", 0)]:
        path = tmp_path / "bad.txt"
        path.write_bytes(data)
        rc, out, err = run_cli(capsys, "extract", str(path), "--format", "jsonl",
                               "--backend", "rules")
        assert (rc, out) == (1, "")
        assert err.count("\n") == 1 and f"position {pos} " in err and str(path) in err, err


@pytest.mark.parametrize("option,quotes", [
    (("--encoding", "latin-1"), ["«We will win the vote tomorrow.»"]),
    (("--encoding", "cp1252"), ["«We will win the vote tomorrow.»"]),
    (("--errors", "replace"), []),
    # the marks dropped, "said: We will win ..." is reported speech after its colon
    (("--errors", "ignore"), ["We will win the vote tomorrow"]),
])
def test_encoding_choices(capsys, tmp_path, option, quotes):
    """--encoding and --errors choices read a Latin-1 file; offsets slice the decoded text."""
    path = tmp_path / "latin1.txt"
    path.write_bytes(LATIN1.encode("latin-1"))
    rc, out, err = run_cli(capsys, "extract", str(path), "--format", "jsonl",
                           "--backend", "rules", *option)
    assert (rc, err) == (0, "")
    rows = jsonl_rows(out)
    assert [r["text"] for r in rows] == quotes
    enc = option[1] if option[0] == "--encoding" else "utf-8"
    errors = option[1] if option[0] == "--errors" else "strict"
    text = path.read_bytes().decode(enc, errors)
    ct = clean_text(text)
    for r in rows:
        check_span(text, ct, r["start"], r["end"], r["text"], nonempty=True)


def test_random_bytes_with_errors_replace(capsys, tmp_path):
    """16 kB of random bytes without NUL, read with --errors replace: processed, no exception."""
    data = bytes(b or 1 for b in random.Random(3).randbytes(16384))
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    rc, out, err = run_cli(capsys, "extract", str(path), "--format", "jsonl",
                           "--backend", "rules", "--errors", "replace")
    assert (rc, err) == (0, "")
    text = data.decode("utf-8", "replace")
    assert jsonl_rows(out) == quotetrack.extract(text, doc_id="noise").records()


def test_utf16_and_bom_files(capsys, tmp_path):
    """A UTF-16 file needs --encoding utf-16 (else: reported as binary); a UTF-8 BOM is fine."""
    text = "“We will win,” Jane Doe said.\n"
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    rc, out, err = run_cli(capsys, "extract", str(tmp_path / "u16.txt"), "--format", "jsonl",
                           "--backend", "rules")
    assert (rc, out) == (1, "") and err.count("\n") == 1 and "binary" in err
    rc, out, err = run_cli(capsys, "extract", str(tmp_path / "u16.txt"), "--format", "jsonl",
                           "--backend", "rules", "--encoding", "utf-16")
    assert (rc, err) == (0, "") and [r["speaker"] for r in jsonl_rows(out)] == ["Jane Doe"]
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    rc, out, err = run_cli(capsys, "extract", str(tmp_path / "bom.txt"), "--format", "jsonl",
                           "--backend", "rules")
    assert (rc, err) == (0, "")
    (row,) = jsonl_rows(out)
    assert ("\ufeff" + text)[row["start"]:row["end"]] == "“We will win,”"


def test_nul_in_txt_file_is_binary(capsys, tmp_path):
    """A .txt file with a NUL byte is skipped as binary with one line (the documented heuristic)."""
    path = tmp_path / "nul.txt"
    path.write_bytes("“We will win,” Jane\x00Doe said.\n".encode())
    rc, out, err = run_cli(capsys, "extract", str(path), "--format", "jsonl", "--backend", "rules")
    assert (rc, out) == (1, "")
    assert err.count("\n") == 1 and "binary" in err and str(path) in err


def test_unknown_encoding_is_one_line(capsys, tmp_path):
    """An unknown --encoding is reported in one line per file, not a traceback."""
    path = tmp_path / "a.txt"
    path.write_text("“We will win,” Jane Doe said.\n", encoding="utf-8")
    rc, out, err = run_cli(capsys, "extract", str(path), "--backend", "rules",
                           "--encoding", "no-such-codec")
    assert (rc, out) == (1, "")
    assert err.count("\n") == 1 and "no-such-codec" in err


# ---------------------------------------------------------------------------
# Properties over arbitrary text
# ---------------------------------------------------------------------------

PROPS = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@PROPS
@given(st.one_of(any_text, hostile_text))
@example('John Doe:"foo"')
@example("\x00\r\r\n\u2028\u202e“”")
@example(MARKS)
def test_extract_and_graphml_round_trip_any_text(text):
    """For any text: extract raises nothing, offsets are exact, GraphML of the result reads back."""
    result = quotetrack.extract(text)
    check_result(text, result)
    check_graph(result)


@PROPS
@given(st.one_of(any_text, hostile_text, st.text(st.sampled_from(MARKS + " a\n"), max_size=80)))
def test_quote_finder_spans_slice_any_text(text):
    """For any text: find_quotes (nested too) raises nothing; spans slice the text at its marks."""
    check_spans(text)


@settings(max_examples=100, deadline=None)
@given(hostile_text)
def test_cleaner_invariants_on_hostile_text(text):
    """Bidi, combining marks, emoji, controls, odd line ends: the cleaner's map stays exact."""
    check_invariants(clean_text(text))


# ---------------------------------------------------------------------------
# Security: XML entities, alias tables, pickle
# ---------------------------------------------------------------------------

_GRAPHML_HEAD = b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
_GRAPHML_BODY = (b'<key id="d0" for="node" attr.name="label" attr.type="string"/>'
                 b'<graph edgedefault="directed"><node id="n0"><data key="d0">%s</data></node>'
                 b"</graph></graphml>")


def _graphml(doctype: bytes, label: bytes) -> bytes:
    return b'<?xml version="1.0"?>\n' + doctype + b"\n" + _GRAPHML_HEAD + _GRAPHML_BODY % label


BILLION_LAUGHS = _graphml(
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
               for i in range(1, 10))
    + b"]>", b"&lol9;")
QUADRATIC_BLOWUP = _graphml(b'<!DOCTYPE g [<!ENTITY a "' + b"A" * 100_000 + b'">]>',
                            b"&a;" * 10_000)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("data", [BILLION_LAUGHS, QUADRATIC_BLOWUP], ids=["billion", "quadratic"])
def test_entity_expansion_is_refused(data, fmt):
    """Billion laughs and quadratic blow-up: read_graph refuses at once with a ValueError."""
    if fmt == "gexf":
        data = data.replace(b"graphml", b"gexf")
    t0 = time.perf_counter()
    with pytest.raises(ValueError):
        read_graph(io.BytesIO(data), format=fmt)
    assert time.perf_counter() - t0 < 5.0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_external_entities_are_refused(tmp_path, fmt):
    """An external entity (file:// or a parameter entity) is refused; nothing is read from it."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    for doctype, ref in [
        (b'<!DOCTYPE g [<!ENTITY x SYSTEM "' + secret.as_uri().encode() + b'">]>', b"&x;"),
        (b'<!DOCTYPE g [<!ENTITY % p SYSTEM "' + secret.as_uri().encode() + b'"> %p;]>', b"x"),
    ]:
        data = _graphml(doctype, ref)
        if fmt == "gexf":
            data = data.replace(b"graphml", b"gexf")
        with pytest.raises(ValueError):
            read_graph(io.BytesIO(data), format=fmt)


def test_external_dtd_is_not_loaded(tmp_path):
    """A DOCTYPE naming an external DTD is read without loading it (nothing injected)."""
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ATTLIST node injected CDATA "TOPSECRET">', encoding="utf-8")
    data = _graphml(b'<!DOCTYPE graphml SYSTEM "' + dtd.as_uri().encode() + b'">', b"ok")
    try:
        H = read_graph(io.BytesIO(data), format="graphml")
    except ValueError:
        return  # refusing is safe too
    assert "TOPSECRET" not in repr(dict(H.nodes(data=True)))


@pytest.mark.parametrize("data", [b"", b"\x89PNG\x00\x00", b"<graphml", b"<a>" * 100_000])
def test_malformed_graphml_is_a_value_error(data):
    """Empty, binary, truncated and deeply nested GraphML: a ValueError, nothing else."""
    with pytest.raises(ValueError):
        read_graph(io.BytesIO(data), format="graphml")


@pytest.mark.parametrize("data", [b"[" * 100_000 + b"]" * 100_000, b"[]"], ids=["deep", "list"])
def test_malformed_node_link_json_is_a_value_error(data):
    """Deeply nested or wrongly shaped node-link JSON: read_graph gives a ValueError."""
    with pytest.raises(ValueError):
        read_graph(io.BytesIO(data), format="json")


DEEP_JSON = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("data", [DEEP_JSON, '{"Jane Doe": {"aliases": ' + DEEP_JSON + "}}"],
                         ids=["top", "aliases"])
def test_deeply_nested_alias_json_is_a_value_error(data):
    """An alias JSON file nested 100,000 deep: a clean ValueError naming the file."""
    f = io.StringIO(data)
    f.name = "aliases.json"
    with pytest.raises(ValueError, match="aliases.json"):
        load_alias_table(f, format="json")


def test_deeply_nested_alias_json_through_the_cli(capsys, tmp_path):
    """`quotetrack graph --aliases deep.json`: one line naming the file, exit 2, no traceback."""
    (tmp_path / "a.txt").write_text("“We will win,” Jane Doe said.\n", encoding="utf-8")
    (tmp_path / "deep.json").write_text(DEEP_JSON, encoding="utf-8")
    rc, out, err = run_cli(capsys, "graph", str(tmp_path / "a.txt"), "-o",
                           str(tmp_path / "g.graphml"), "--aliases", str(tmp_path / "deep.json"),
                           "--backend", "rules")
    assert rc == 2 and "deep.json" in err and "Traceback" not in err


@pytest.mark.parametrize("data,fmt", [
    ("name,aliases\n" + "x" * 1_000_000 + ",y\n", "csv"),  # a field over csv's limit
    ('name,aliases\n"' + "x" * 1_000_000 + '",y\n', "csv"),
    ('[{"name": "x", "id": ' + "9" * 100_000 + "}]", "json"),  # int over Python's digit limit
    ('{"Jane Doe": {"aliases": ' + "[" * 500 + "]" * 500 + "}}", "json"),
    ('[{"name": NaN}]', "json"),
    ("\x00\x01\x02", "csv"),
], ids=["csv-huge-field", "csv-huge-quoted", "json-huge-int", "json-nested-500", "json-nan",
        "csv-binary"])
def test_absurd_alias_tables_are_value_errors(data, fmt):
    """Absurd alias tables (huge field or number, nesting, NaN, binary): a clean ValueError."""
    t0 = time.perf_counter()
    with pytest.raises(ValueError):
        load_alias_table(io.StringIO(data), format=fmt)
    assert time.perf_counter() - t0 < 10.0


def test_big_alias_tables_load_in_time():
    """A 2 MB name, 100,000 columns and 5,000 rows: they load (or fail cleanly) within bounds."""
    cases = [
        ('[{"name": "' + "x" * 2_000_000 + '"}]', "json"),
        ("name," + ",".join(f"c{i}" for i in range(100_000)) + "\nJane Doe,\n", "csv"),
        ("name,aliases\n" + "".join(f"Name{i} Person,A{i}|B{i}\n" for i in range(5_000)), "csv"),
    ]
    for data, fmt in cases:
        t0 = time.perf_counter()
        try:
            table = load_alias_table(io.StringIO(data), format=fmt)
        except ValueError:
            pass
        else:
            assert len(table.entries) >= 1
        assert time.perf_counter() - t0 < 30.0


#: Calls that unpickle (or otherwise execute) data: never on input a user passes in.
_UNSAFE_LOADS = {("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"),
                 ("cPickle", "load"), ("cPickle", "loads"), ("dill", "load"), ("dill", "loads"),
                 ("joblib", "load"), ("torch", "load"), ("marshal", "load"), ("marshal", "loads"),
                 ("shelve", "open"), ("yaml", "load"), ("yaml", "unsafe_load"),
                 ("numpy", "load"), ("np", "load")}
#: "module.py:function" -> why that use is safe.
_ALLOWED_LOADS: dict[str, str] = {
    "quotetrack/parallel.py:pickle.loads": "the outcomes a worker process of ours pickled, "
    "over the pool's own pipe (which the pool itself unpickles anyway); never input data",
    "quotetrack/model.py:pickle.loads": "the inner bytes of a pickled ArticleResult, read only "
    "while an outer pickle that names _unpickle_whole is unpickled: no reach beyond the "
    "outer pickle's own",
}


def test_no_unpickling_of_untrusted_input():
    """No pickle/torch/marshal/yaml loading anywhere in the package outside the allowlist."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            hit = None
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if (node.value.id, node.attr) in _UNSAFE_LOADS:
                    hit = f"{node.value.id}.{node.attr}"
            elif isinstance(node, ast.ImportFrom) and node.module in {"pickle", "cPickle", "dill",
                                                                        "marshal", "shelve"}:
                hit = f"from {node.module} import ..."
            if hit is not None and f"{rel}:{hit}" not in _ALLOWED_LOADS:
                found.append(f"{rel}:{node.lineno}: {hit}")
    assert not found, "unpickling outside the allowlist:\n" + "\n".join(found)
