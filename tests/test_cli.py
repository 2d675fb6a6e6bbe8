"""The ``quotetrack`` command: extract, graph and download, driven through ``cli.main``."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_conllu import CONLLU, TEXT

from quotetrack.clean import clean_span
from quotetrack.cli import build_parser, main
from quotetrack.corpus import RECORD_FIELDS
from quotetrack.parse.stanza_pipeline import PROCESSORS

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "“We will win the vote,” Jane Doe said on Monday.\n\n"
    "Council member Tom Reed said that the plan would fail.\n"
)
SECOND = '"The budget is fine," Maria Lopez told reporters.\n'

#: The fields every JSONL row and CSV header must carry.
REQUIRED = ("doc", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end",
            "speaker_mention", "cue", "addressee", "confidence")

# The first sentence of test_conllu's hand-written UD parse (offsets and NER in MISC).
PARSED_TEXT = TEXT.split("\n", 1)[0] + "\n"
PARSED_CONLLU = CONLLU.split("\n\n", 1)[0] + "\n\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run ``quotetrack ARGV`` in-process; return (exit status, stdout, stderr)."""
    rc = main(list(argv))
    cap = capsys.readouterr()
    return rc, cap.out, cap.err


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` byte for byte (no newline translation)."""
    path.write_bytes(text.encode(encoding))
    return path


def jsonl_rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def err_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return write(tmp_path / "a.txt", ARTICLE)


# --------------------------------------------------------------------- extract
def test_table_output_names_the_speaker(capsys, article):
    """The default table lists the article's quotes with the speaker's name."""
    rc, out, err = run(capsys, "extract", str(article), "--backend", "rules")
    assert rc == 0
    assert "# a:" in out
    assert "Jane Doe" in out
    assert "We will win the vote" in out
    assert "Traceback" not in err


def test_jsonl_rows_have_the_fields_and_offsets_slice_the_file(capsys, article):
    """Each JSONL row carries the documented fields and its offsets slice the file's text."""
    rc, out, _ = run(capsys, "extract", str(article), "--backend", "rules", "--format", "jsonl")
    assert rc == 0
    rows = jsonl_rows(out)
    assert rows
    file_text = article.read_text(encoding="utf-8")
    for row in rows:
        assert set(REQUIRED) <= set(row)
        assert list(row) == list(RECORD_FIELDS)
        assert row["doc"] == "a"
        assert file_text[row["start"]:row["end"]] == row["text"]
        assert row["kind"] in ("direct", "mixed", "indirect")
        assert 0.0 <= row["confidence"] <= 1.0
        if row["speaker_mention"] is not None:
            assert file_text[row["speaker_start"]:row["speaker_end"]] == row["speaker_mention"]
        if row["cue"] is not None:
            assert file_text[row["cue_start"]:row["cue_end"]] == row["cue"]
    direct = [r for r in rows if r["kind"] == "direct"]
    assert direct[0]["speaker"] == "Jane Doe" and direct[0]["cue"] == "said"


def test_jsonl_offsets_point_into_raw_file_with_crlf_and_nbsp(capsys, tmp_path):
    """With CRLF line ends and no-break spaces, offsets still index the file's own text."""
    raw = ARTICLE.replace("\n", "\r\n").replace("Jane Doe", "Jane\u00a0Doe")
    path = write(tmp_path / "crlf.txt", raw)
    rc, out, _ = run(capsys, "extract", str(path), "--backend", "rules", "--format", "jsonl")
    assert rc == 0
    rows = jsonl_rows(out)
    assert rows
    for row in rows:
        assert clean_span(raw[row["start"]:row["end"]]) == row["text"]
        if row["speaker_mention"] is not None:
            mention = raw[row["speaker_start"]:row["speaker_end"]]
            assert clean_span(mention) == row["speaker_mention"]
    assert any(r["speaker"] == "Jane Doe" for r in rows)


def test_csv_has_header_and_one_row_per_quote(capsys, article):
    """--format csv writes the record fields as a header, then one row per quote."""
    rc, out, _ = run(capsys, "extract", str(article), "--backend", "rules", "--format", "csv")
    assert rc == 0
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == list(RECORD_FIELDS)
    rows = list(reader)
    rc, out2, _ = run(capsys, "extract", str(article), "--backend", "rules", "--format", "jsonl")
    assert len(rows) == len(jsonl_rows(out2)) >= 1
    text = ARTICLE
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    assert "Jane Doe" in {r["speaker"] for r in rows}


def test_folder_with_bad_files_reports_each_once_and_goes_on(capsys, tmp_path):
    """Good articles are output; each unreadable/empty/binary file gets one stderr line; exit 1."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "a.txt", ARTICLE)
    write(folder / "b.txt", SECOND)
    write(folder / "latin.txt", '"Café prices will rise," Ann Bell said.\n', "latin-1")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    rc, out, err = run(capsys, "extract", str(folder), "--backend", "rules")
    assert rc == 1
    assert "# a:" in out and "# b:" in out
    assert "Jane Doe" in out and "Maria Lopez" in out
    assert "Traceback" not in err
    lines = err_lines(err)
    assert len(lines) == 3, lines
    for name in ("latin.txt", "empty.txt", "image.txt"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert any("binary" in line for line in lines)
    assert any("empty" in line for line in lines)
    assert any("utf-8" in line for line in lines)


def test_binary_file_is_reported_whatever_the_encoding(capsys, tmp_path):
    """A file with NUL bytes is reported as binary under --encoding latin-1 too."""
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    rc, out, err = run(capsys, "extract", str(path), "--backend", "rules", "--encoding", "latin-1")
    assert rc == 1
    assert out == ""
    (line,) = err_lines(err)
    assert "image.txt" in line and "binary" in line


def test_missing_path_is_one_line(capsys, tmp_path):
    """A path that does not exist gives one line naming it and exit status 1."""
    missing = tmp_path / "nope.txt"
    rc, out, err = run(capsys, "extract", str(missing), "--backend", "rules")
    assert rc == 1
    assert out == ""
    (line,) = err_lines(err)
    assert "nope.txt" in line and "no such file" in line


def test_folder_without_articles(capsys, tmp_path):
    """A folder holding no .txt/.jsonl files is reported, with exit status 1."""
    folder = tmp_path / "pics"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG")
    rc, out, err = run(capsys, "extract", str(folder), "--backend", "rules")
    assert rc == 1
    assert out == ""
    (line,) = err_lines(err)
    assert "pics" in line and "no articles" in line


def test_encoding_option_reads_latin1(capsys, tmp_path):
    """--encoding latin-1 decodes a Latin-1 file that fails as UTF-8."""
    path = tmp_path / "cafe.txt"
    path.write_bytes('"Café prices will rise," Ann Bell said.\n'.encode("latin-1"))
    rc, _, err = run(capsys, "extract", str(path), "--backend", "rules")
    assert rc == 1 and "cafe.txt" in err and "--encoding" in err
    rc, out, err = run(capsys, "extract", str(path), "--backend", "rules", "--encoding", "latin-1")
    assert rc == 0
    assert "Café prices" in out and "Ann Bell" in out
    assert err_lines(err) == []


def test_unknown_encoding_is_reported(capsys, article):
    """An encoding Python does not know is reported as such, not as a traceback."""
    rc, _, err = run(capsys, "extract", str(article), "--backend", "rules", "--encoding", "klingon")
    assert rc == 1
    (line,) = err_lines(err)
    assert "unknown encoding" in line and "a.txt" in line


def test_errors_replace_keeps_going(capsys, tmp_path):
    """--errors replace turns undecodable bytes into U+FFFD instead of rejecting the file."""
    path = tmp_path / "cafe.txt"
    path.write_bytes('"Café prices will rise," Ann Bell said.\n'.encode("latin-1"))
    rc, out, err = run(capsys, "extract", str(path), "--backend", "rules", "--errors", "replace",
                       "--format", "jsonl")
    assert rc == 0
    (row,) = jsonl_rows(out)
    assert "Caf\ufffd prices" in row["text"]
    assert row["speaker"] == "Ann Bell"


def test_jsonl_corpus_input_with_a_bad_line(capsys, tmp_path):
    """A .jsonl corpus gives one article per {"id","text"} line; bad lines are named by number."""
    lines = [
        json.dumps({"id": "one", "text": ARTICLE}),
        "this is not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "two", "text": SECOND, "source": "wire"}),
    ]
    path = write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    rc, out, err = run(capsys, "extract", str(path), "--backend", "rules", "--format", "jsonl")
    assert rc == 1
    rows = jsonl_rows(out)
    assert {r["doc"] for r in rows} == {"one", "two"}
    for r in rows:
        source = ARTICLE if r["doc"] == "one" else SECOND
        assert source[r["start"]:r["end"]] == r["text"]
    bad = err_lines(err)
    assert len(bad) == 2, bad
    assert "corpus.jsonl:2" in bad[0] and "JSON" in bad[0]
    assert "corpus.jsonl:3" in bad[1] and "text" in bad[1]
    assert "Traceback" not in err


def test_jsonl_corpus_with_bom_line_separator_and_zero_id(capsys, tmp_path):
    """A BOM, a raw U+2028 inside a JSON string and an id of 0 do not lose or rename records."""
    recs = [{"id": "one", "text": ARTICLE.replace("\n\n", "\u2028")}, {"id": 0, "text": SECOND}]
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n"
    path = tmp_path / "c.jsonl"
    path.write_bytes(body.encode("utf-8-sig"))
    rc, out, err = run(capsys, "extract", str(path), "--backend", "rules", "--format", "jsonl")
    assert rc == 0, err
    docs = {r["doc"] for r in jsonl_rows(out)}
    assert docs == {"one", "0"}


def test_parsed_reads_conllu_beside_the_text(capsys, tmp_path):
    """--parsed attributes from NAME.conllu beside NAME.txt (the parse-based rule fires)."""
    txt = write(tmp_path / "doc.txt", PARSED_TEXT)
    write(tmp_path / "doc.conllu", PARSED_CONLLU)
    rc, out, err = run(capsys, "extract", str(txt), "--parsed", "--backend", "rules",
                       "--format", "jsonl")
    assert rc == 0
    assert err_lines(err) == []
    (row,) = jsonl_rows(out)
    assert row["speaker"] == "Jane Doe" and row["kind"] == "direct" and row["cue"] == "said"
    assert PARSED_TEXT[row["start"]:row["end"]] == row["text"] == "“We will win,”"
    assert "parse" in row["reason"]


def test_parsed_falls_back_without_conllu(capsys, tmp_path):
    """--parsed with no NAME.conllu says so on stderr and uses the model-free annotator."""
    txt = write(tmp_path / "doc.txt", PARSED_TEXT)
    rc, out, err = run(capsys, "extract", str(txt), "--parsed", "--backend", "rules",
                       "--format", "jsonl")
    assert rc == 0
    (line,) = err_lines(err)
    assert "doc.txt" in line and "no .conllu" in line and "model-free" in line
    (row,) = jsonl_rows(out)
    assert row["speaker"] == "Jane Doe"
    assert "parse" not in row["reason"]


def test_parsed_with_broken_conllu_is_one_line(capsys, tmp_path):
    """A .conllu whose offsets miss the text is reported in one line naming it; exit 1."""
    txt = write(tmp_path / "doc.txt", PARSED_TEXT)
    write(tmp_path / "doc.conllu", PARSED_CONLLU.replace("end_char=29", "end_char=290"))
    rc, out, err = run(capsys, "extract", str(txt), "--parsed", "--backend", "rules")
    assert rc == 1
    assert out == ""
    (line,) = err_lines(err)
    assert "doc.conllu" in line and "outside the text" in line
    assert "Traceback" not in err


def test_output_file(capsys, tmp_path, article):
    """-o FILE writes the output there and nothing to stdout."""
    target = tmp_path / "out.jsonl"
    rc, out, _ = run(capsys, "extract", str(article), "--backend", "rules", "--format", "jsonl",
                     "-o", str(target))
    assert rc == 0
    assert out == ""
    rows = jsonl_rows(target.read_text(encoding="utf-8"))
    assert rows and rows[0]["doc"] == "a"


def test_unwritable_output_file(capsys, tmp_path, article):
    """-o into a missing folder stops with a one-line message, not a traceback."""
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(article), "--backend", "rules", "-o", str(tmp_path / "no" / "x")])
    assert "cannot write" in str(exc.value.code)


def test_stanza_backend_without_models_fails_once(capsys, tmp_path, article):
    """--backend stanza without models stops with one message naming `quotetrack download`."""
    second = write(tmp_path / "b.txt", SECOND)
    rc, out, err = run(capsys, "extract", str(article), str(second), "--backend", "stanza",
                       "--model-dir", str(tmp_path / "models"))
    assert rc == 2
    assert out == ""
    (line,) = err_lines(err)
    assert "quotetrack download" in line


def test_python_m_quotetrack_subprocess(tmp_path, article):
    """`python -m quotetrack extract FILE` runs as a program and prints the speaker."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run(
        [sys.executable, "-m", "quotetrack", "extract", str(article), "--backend", "rules",
         "--format", "jsonl"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = jsonl_rows(proc.stdout)
    assert any(r["speaker"] == "Jane Doe" for r in rows)
    assert "Traceback" not in proc.stderr


# -------------------------------------------------------------------- download
def test_download_dry_run(capsys, tmp_path, monkeypatch):
    """download --dry-run prints where it would fetch to and fetches nothing."""
    import stanza

    def boom(*a, **k):
        raise AssertionError("dry run must not download")

    monkeypatch.setattr(stanza, "download", boom)
    rc, out, _ = run(capsys, "download", "--model-dir", str(tmp_path), "--dry-run")
    assert rc == 0
    assert "would fetch" in out and str(tmp_path) in out


def test_download_bogus_processor(capsys, tmp_path, monkeypatch):
    """download --processors bogus exits 2 with a message naming the bad processor."""
    import stanza

    monkeypatch.setattr(stanza, "download", lambda *a, **k: pytest.fail("must not download"))
    rc, _, err = run(capsys, "download", "--model-dir", str(tmp_path), "--processors", "bogus")
    assert rc == 2
    assert "bogus" in err


@pytest.mark.parametrize("extra, processors", [
    ((), PROCESSORS),
    (("--processors", "tokenize,mwt", "--package", "gum"), "tokenize,mwt"),
])
def test_download_calls_stanza_download(capsys, tmp_path, monkeypatch, extra, processors):
    """download passes lang, model_dir, package and processors to stanza.download."""
    import stanza

    calls = []
    monkeypatch.setattr(stanza, "download", lambda *a, **k: calls.append((a, k)))
    rc, out, _ = run(capsys, "download", "--model-dir", str(tmp_path), *extra)
    assert rc == 0
    assert len(calls) == 1
    args, kwargs = calls[0]
    got = dict(zip(("lang", "model_dir", "package", "processors"), args, strict=False), **kwargs)
    assert got["lang"] == "en"
    assert got["model_dir"] == str(tmp_path)
    assert got["processors"] == processors
    assert got["package"] == ("gum" if extra else "default")
    assert "fetched" in out


def test_download_failure_is_reported(capsys, tmp_path, monkeypatch):
    """A failing stanza.download (e.g. no network) is one message and exit status 1."""
    import stanza

    def offline(*a, **k):
        raise ConnectionError("network unreachable")

    monkeypatch.setattr(stanza, "download", offline)
    rc, _, err = run(capsys, "download", "--model-dir", str(tmp_path))
    assert rc == 1
    assert "network unreachable" in err


# ------------------------------------------------------------------------ help
@pytest.mark.parametrize("command", [[], ["extract"], ["graph"], ["download"]])
def test_help(capsys, command):
    """Every subcommand (and the top level) prints help and exits 0."""
    with pytest.raises(SystemExit) as exc:
        main([*command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.strip()
    assert "usage: quotetrack" in out


def test_every_subcommand_has_help_text():
    """The top-level help lists each subcommand with a one-line description."""
    text = build_parser().format_help()
    for name in ("extract", "graph", "download"):
        line = next(ln for ln in text.splitlines() if ln.strip().startswith(name))
        assert len(line.split()) > 1, line


def test_no_command_is_a_usage_error(capsys):
    """Running with no subcommand is a usage error (exit status 2)."""
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    assert "usage" in capsys.readouterr().err


# ----------------------------------------------------------------------- graph
def test_graph_writes_graphml(capsys, tmp_path):
    """graph -o x.graphml writes a file networkx can read back, with the speakers in it."""
    pytest.importorskip("quotetrack.graph")
    nx = pytest.importorskip("networkx")
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "a.txt", ARTICLE)
    write(folder / "b.txt", SECOND)
    target = tmp_path / "x.graphml"
    rc, _, err = run(capsys, "graph", str(folder), "--backend", "rules", "-o", str(target))
    assert rc == 0, err
    G = nx.read_graphml(target)
    assert G.number_of_nodes() > 0
    labels = " ".join(str(v) for _, data in G.nodes(data=True) for v in data.values())
    assert "Jane Doe" in labels or any("Jane Doe" in str(n) for n in G.nodes)


def test_graph_needs_an_output(capsys, article):
    """graph without -o or --png exits 2 and says what it needs."""
    pytest.importorskip("quotetrack.graph")
    rc, _, err = run(capsys, "graph", str(article), "--backend", "rules")
    assert rc == 2
    assert "-o" in err
