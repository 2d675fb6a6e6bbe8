"""Many articles: extract_many, worker processes, and the extract command's corpus options
(--workers, --progress, --resume, Ctrl-C and kills, unwritable output)."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import TOY_MODELS, need

from quotetrack import extract
from quotetrack.cli import main
from quotetrack.corpus import Article
from quotetrack.parallel import TrackerConfig, as_article, extract_many, iter_outcomes, tracker_for

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    '"We will win the vote," Jane Doe said on Monday.\n\nTom Reed said that the plan would fail.\n',
    '"The budget is fine," Maria Lopez told reporters.\n',
    "Nobody said anything in this one at all, it is about the weather.\n",
    '“It is over,” the mayor, Ann Bell, said. “We are done.”\n',
]


def corpus(n: int) -> list[dict]:
    """n articles as JSONL records, each with its own id and speaker."""
    out = []
    for i in range(n):
        text = TEXTS[i % len(TEXTS)].replace("Jane Doe", f"Jane Doe{i}")
        out.append({"id": f"a{i:05d}", "text": text, "source": "test"})
    return out


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


# ------------------------------------------------------------------ the library
def test_extract_many_matches_extract_in_order():
    """extract_many gives, in input order, what extract gives article by article."""
    recs = corpus(20)
    got = [r.records() for r in extract_many(recs)]
    want = [extract(r["text"], doc_id=r["id"], metadata={"source": "test"}).records() for r in recs]
    assert got == want


def test_two_processes_give_the_same_results():
    """processes=2 gives the same results, in the same order, as one process."""
    recs = corpus(40)
    one = [r.records() for r in extract_many(recs)]
    two = [r.records() for r in extract_many(recs, processes=2, batch_size=3)]
    assert one == two


@pytest.mark.parametrize("processes", [1, 2])
def test_workers_render_jsonl_rows(processes):
    """With jsonl=True each outcome carries its article's rows as UTF-8 JSON Lines,
    rendered by the worker, and no result; articles without quotes carry b""."""
    recs = corpus(12) + [{"id": "calm", "text": "Nothing was said. Rain fell in Cádiz."}]
    want = list(extract_many(recs))
    got = list(iter_outcomes(recs, TrackerConfig(), processes=processes, batch_size=3,
                             jsonl=True))
    assert [o.doc_id for o in got] == [r.doc_id for r in want]
    assert all(o.result is None and o.error is None for o in got)
    rows = [[json.loads(line) for line in o.jsonl.decode("utf-8").splitlines()] for o in got]
    assert rows == [json.loads(json.dumps(r.records())) for r in want]
    assert got[-1].jsonl == b"" and sum(map(len, rows)) > 12


def test_inputs_texts_records_and_articles():
    """Texts get their position as id; records their id and metadata; Articles pass through."""
    assert as_article("x", 3).doc_id == "3"
    a = as_article({"doc": "d1", "text": "t", "date": "2020"}, 0)
    assert (a.doc_id, a.metadata) == ("d1", {"date": "2020"})
    art = Article("z", "text")
    assert as_article(art) is art
    with pytest.raises(TypeError):
        as_article({"body": "no text"})
    with pytest.raises(TypeError):
        as_article(42)


def test_reads_only_a_few_batches_ahead():
    """A huge (here: endless) input is consumed a few batches ahead of the results."""
    taken = []

    def endless():
        i = 0
        while True:
            taken.append(i)
            yield TEXTS[i % len(TEXTS)]
            i += 1

    it = extract_many(endless(), batch_size=4)
    for _ in range(10):
        next(it)
    assert len(taken) <= 12
    from quotetrack.parallel import _IN_FLIGHT

    it2 = extract_many(endless(), processes=2, batch_size=4)
    taken.clear()
    next(it2)
    # batches in flight per worker, those held back for the shrinking tail, + the next
    assert len(taken) <= (_IN_FLIGHT * 2 + 2 * 2) * 4 + 4
    it2.close()  # ends the workers


def test_errors_skip_or_raise(monkeypatch):
    """One failing article raises by default; with errors="skip" the others come through."""
    import quotetrack.parallel as par

    real = par.process_batch

    def flaky(config, articles, parsed=False, jsonl=False):
        out = real(config, articles, parsed, jsonl)
        return [par.Outcome(o.doc_id, error="boom") if o.doc_id == "1" else o for o in out]

    monkeypatch.setattr(par, "process_batch", flaky)
    with pytest.raises(RuntimeError, match="boom"):
        list(extract_many(TEXTS))
    assert len(list(extract_many(TEXTS, errors="skip"))) == len(TEXTS) - 1


@pytest.mark.parametrize("n", [1, len(TEXTS) * 4])
def test_a_dead_worker_is_an_error_not_a_hang(monkeypatch, n):
    """A worker that dies (killed, out of memory) ends the run with a fatal outcome,
    also when its batch was the last one."""
    import quotetrack.parallel as par

    monkeypatch.setattr(par, "process_batch", lambda *a: os._exit(1))  # forked workers see it
    outcomes = list(iter_outcomes((TEXTS * 4)[:n], TrackerConfig(), processes=2,
                                  batch_size=2, start_method="fork"))
    assert outcomes and outcomes[-1].fatal and "worker process died" in outcomes[-1].error
    assert outcomes[-1].doc_id == "0"


def test_tracker_is_built_once_per_process():
    """Workers keep one tracker per recipe: the parser is loaded once, not per task."""
    config = TrackerConfig(backend="rules")
    assert tracker_for(config) is tracker_for(config)


def test_stanza_backend_without_models_is_fatal(tmp_path):
    """backend="stanza" with no models stops before any work, naming `quotetrack download`."""
    with pytest.raises(FileNotFoundError, match="quotetrack download"):
        list(iter_outcomes(TEXTS, TrackerConfig(backend="stanza", model_dir=str(tmp_path))))


def test_stanza_workers_match_one_process():
    """Two Stanza workers (toy models) give the attributions one batched process gives."""
    need(TOY_MODELS / "resources.json", "the toy Stanza models")
    kw = dict(backend="stanza", model_dir=str(TOY_MODELS), batch_size=2)
    one = [r.records() for r in extract_many(TEXTS, **kw)]
    two = [r.records() for r in extract_many(TEXTS, processes=2, **kw)]
    assert one == two


# ---------------------------------------------------------------------- the CLI
def run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_workers_same_output(capfd, tmp_path):
    """extract --workers 2 writes the same JSONL as one worker."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(30))
    rc1, out1, _ = run(capfd, "extract", str(src), "--format", "jsonl", "--backend", "rules")
    rc2, out2, err2 = run(capfd, "extract", str(src), "--format", "jsonl", "--backend", "rules",
                          "--workers", "2")
    assert rc1 == rc2 == 0 and err2 == ""  # workers end quietly
    assert out1 == out2 and out1.count("\n") > 20


def test_cli_bad_workers_is_a_usage_error(capsys):
    """--workers 0 is refused by the argument parser."""
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--workers", "0"])
    assert exc.value.code == 2


def test_progress_goes_to_stderr_only(capsys, tmp_path):
    """--progress draws a bar with articles/s on stderr; stdout stays pure JSONL."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(12))
    rc, out, err = run(capsys, "extract", str(src), "--format", "jsonl", "--backend", "rules",
                       "--progress")
    assert rc == 0
    for line in out.splitlines():
        json.loads(line)
    assert "12/12" in err and "art" in err


def test_no_progress_bar_when_not_a_terminal(capsys, tmp_path):
    """Without --progress and with stderr not a terminal, nothing but results is printed."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(4))
    rc, out, err = run(capsys, "extract", str(src), "--format", "jsonl", "--backend", "rules")
    assert rc == 0 and err == ""


def test_resume_needs_a_jsonl_file(capsys, tmp_path):
    """--resume without -o FILE --format jsonl is refused with one line."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(2))
    rc, out, err = run(capsys, "extract", str(src), "--resume", "--format", "jsonl")
    assert rc == 2 and "--resume needs -o FILE" in err


def full_output(capsys, src: Path, tmp_path: Path) -> str:
    ref = tmp_path / "ref.jsonl"
    rc, _, _ = run(capsys, "extract", str(src), "--format", "jsonl", "--backend", "rules",
                   "-o", str(ref))
    assert rc == 0
    assert not Path(str(ref) + ".progress").exists()  # a finished run leaves no checkpoint
    return ref.read_text(encoding="utf-8")


def test_resume_after_a_torn_write(capsys, tmp_path):
    """A checkpoint and an output cut in the middle of an article resume to the full output."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(30))
    want = full_output(capsys, src, tmp_path)
    out = tmp_path / "out.jsonl"
    # simulate a run killed while writing: a checkpoint for 10 articles, then half a line
    lines = want.splitlines(keepends=True)
    done = [json.loads(x)["doc"] for x in lines]
    first10 = sorted(set(done))[:10]
    keep = "".join(x for x in lines if json.loads(x)["doc"] in first10)
    out.write_text(keep + lines[len(keep.splitlines())][:25], encoding="utf-8")
    marks = []
    offset = 0
    for doc in [r["id"] for r in corpus(30)]:
        if doc in first10:
            offset += len("".join(x for x in lines if json.loads(x)["doc"] == doc).encode())
            marks.append(json.dumps([doc, offset]))
        elif doc > first10[-1]:
            break
        else:
            marks.append(json.dumps([doc, offset]))  # an article with no quotes
    Path(str(out) + ".progress").write_text("\n".join(marks) + "\n[\"x\", 1", encoding="utf-8")
    rc, _, err = run(capsys, "extract", str(src), "--format", "jsonl", "--backend", "rules",
                     "-o", str(out), "--resume")
    assert rc == 0 and "resuming" in err
    assert out.read_text(encoding="utf-8") == want


def test_resume_without_checkpoint_uses_the_output(capsys, tmp_path):
    """With no checkpoint, --resume keeps the complete lines and skips the docs they hold."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(12))
    want = full_output(capsys, src, tmp_path)
    out = tmp_path / "out.jsonl"
    lines = want.splitlines(keepends=True)
    docs = sorted({json.loads(x)["doc"] for x in lines})
    head = [x for x in lines if json.loads(x)["doc"] in docs[:4]]
    out.write_text("".join(head) + '{"doc": "trunc', encoding="utf-8")
    rc, _, _ = run(capsys, "extract", str(src), "--format", "jsonl", "--backend", "rules",
                   "-o", str(out), "--resume")
    assert rc == 0
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(want.splitlines())


def _start(src: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "quotetrack", "extract", str(src), "--format", "jsonl",
         "--backend", "rules", "-o", str(out), "--resume", *extra],
        env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lines(out: Path, proc: subprocess.Popen, n: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"finished before it could be stopped: {proc.stderr.read()}")
        time.sleep(0.02)
    pytest.fail("no output")


def test_stopped_runs_resume_to_the_full_output(capsys, tmp_path):
    """Ctrl-C (with 2 workers), then a kill, mid-run, each followed by --resume: the output
    ends up the full run's, no article twice, none half-written.  The corpus is long enough
    that a loaded machine cannot finish a run between its first lines and the signal."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(6000))
    want = full_output(capsys, src, tmp_path)
    out = tmp_path / "out.jsonl"
    seen = 0
    for sig in (signal.SIGINT, signal.SIGKILL):
        proc = _start(src, out, *(["--workers", "2"] if sig == signal.SIGINT else []))
        _wait_for_lines(out, proc, seen + 50)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        if sig == signal.SIGINT:
            assert proc.returncode == 130 and "interrupted" in err
            for line in out.read_text(encoding="utf-8").splitlines():
                json.loads(line)  # whole lines only
        seen = out.read_bytes().count(b"\n")
        assert 0 < seen < want.count("\n")
    proc = _start(src, out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "resuming" in err
    assert out.read_text(encoding="utf-8") == want


def test_sigterm_is_handled_like_ctrl_c():
    """During extract, SIGTERM raises KeyboardInterrupt (output stays whole), then is restored."""
    from quotetrack.cli import _sigterm_as_interrupt

    previous = _sigterm_as_interrupt()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_full_disk_is_a_clear_error(capsys, tmp_path):
    """Writing to a full disk (/dev/full) stops with one line naming the problem."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    src = write_jsonl(tmp_path / "c.jsonl", corpus(4))
    rc, out, err = run(capsys, "extract", str(src), "--format", "jsonl", "--backend", "rules",
                       "-o", "/dev/full")
    assert rc == 2
    assert "cannot write /dev/full" in err and "No space left" in err


def test_unwritable_output_is_a_clear_error(capsys, tmp_path):
    """An output path in a folder that does not exist is one line, exit status 2."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus(2))
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(src), "--format", "jsonl", "-o", str(tmp_path / "no" / "x.jsonl")])
    assert "cannot write" in str(exc.value.code)


# ------------------------------------------------------------- the Stanza path
LONG = (
    "The council met on Monday in the old town hall.\n\n"
    "“We will win the vote,” Jane Doe said.\n\n"
    "The weather was cold and the room was full.\n\n"
    "Tom Reed told reporters that the plan would fail.\n"
)


@pytest.fixture(scope="module")
def toy_pair():
    need(TOY_MODELS / "resources.json", "the toy Stanza models")
    from quotetrack.parse.fast import StanzaParser
    from quotetrack.parse.stanza_pipeline import build_pipeline

    return build_pipeline(TOY_MODELS), StanzaParser(TOY_MODELS, select=False), \
        StanzaParser(TOY_MODELS)


def test_stanza_parser_matches_the_plain_pipeline(toy_pair):
    """Batched, explicit-processor parsing gives the plain pipeline's Document, word for word."""
    plain, everything, _ = toy_pair
    texts = [LONG, TEXTS[0], TEXTS[3]]
    want = [f"{plain(t):C}" for t in texts]
    assert [f"{d:C}" for d in everything.parse_many(texts)] == want


def test_selection_parses_only_attribution_sentences(toy_pair):
    """With selection, sentences with quotes or cues are tagged and parsed as before; the
    others keep their tokens and entities but no tags or parse."""
    from quotetrack.parse.fast import attribution_sentences

    plain, _, selecting = toy_pair
    full, sel = plain(LONG), selecting(LONG)
    keep = attribution_sentences(sel)
    assert keep == [1, 3]
    for i, (a, b) in enumerate(zip(full.sentences, sel.sentences, strict=True)):
        assert [t.text for t in a.tokens] == [t.text for t in b.tokens]
        assert [t.ner for t in a.tokens] == [t.ner for t in b.tokens]
        if i in keep:
            assert f"{a:C}" == f"{b:C}"
        else:
            assert all(w.upos is None and w.head is None for w in b.words)


def test_selection_skips_sentences_wholly_inside_a_quote():
    """A quoted sentence is attributed by the frame outside the marks: only the
    sentence holding the frame (and other cue sentences) is tagged and parsed."""
    from quotetrack.parse.fast import attribution_sentences
    from quotetrack.parse.rules import annotate

    text = ('Smith arrived late. “We will win. We will fight on,” he said. '
            '“Nobody stops us. Nobody.” The rain fell. Jones said it would end. '
            'Reed called it “a farce” on Monday.')
    doc = annotate(text)
    assert [s.text for s in doc.sentences][1:5] == [
        "“We will win.", "We will fight on,” he said.", "“Nobody stops us.", "Nobody.”"]
    kept = [doc.sentences[i].text for i in attribution_sentences(doc)]
    assert kept == ["We will fight on,” he said.", "Jones said it would end.",
                    "Reed called it “a farce” on Monday."]


def test_selection_keeps_every_kind_of_cue():
    """A sentence whose only cue is a topic verb ("spoke about"), a statement noun ("his
    claim that") or a verb that only quotes is tagged and parsed too: every rule that can
    attribute reads the parse of its sentence."""
    from quotetrack.parse.fast import attribution_sentences
    from quotetrack.parse.rules import annotate

    text = ("The rain fell. Laura Reed spoke about the museum. Her claim that it was late "
            "stood. Nobody came. The crowd chanted. The bus left.")
    doc = annotate(text)
    kept = [doc.sentences[i].text for i in attribution_sentences(doc)]
    assert kept == ["Laura Reed spoke about the museum.",
                    "Her claim that it was late stood.", "The crowd chanted."]


def test_selection_keeps_every_part_of_a_sentence_split_after_a_parenthesis():
    """Attribution reads "Sen. Jane Doe (D-Ore.) | said ..." as one sentence when a parser
    split it after the party tag, so selection keeps the part without a cue along with the
    part that has one (and a paragraph break is a real boundary)."""
    from handparse import conllu

    import quotetrack
    from quotetrack.parse.fast import attribution_sentences

    text = ("The rain fell. Sen. Jane Doe (D-Ore.) said the bridge must close.\n\n"
            "Rep. Tom Reed (R-Ohio)\nsaid nothing.")
    rows = [[(w, w, "X", 0, "root") for w in sentence.split()] for sentence in (
        "The rain fell .", "Sen. Jane Doe ( D-Ore. )", "said the bridge must close .",
        "Rep. Tom Reed ( R-Ohio )", "said nothing .")]
    doc = quotetrack.from_conllu(text, conllu(text, rows))
    spans = [(s.tokens[0].start_char, s.tokens[-1].end_char) for s in doc.sentences]
    kept = [text[a:b] for a, b in (spans[i] for i in attribution_sentences(doc))]
    assert kept == ["Sen. Jane Doe (D-Ore.)", "said the bridge must close.", "said nothing."]


def test_untagged_sentences_borrow_names_and_tags():
    """Sentences a parser left untagged (no POS, no NER) take the model-free
    annotator's tags, so a name there still resolves a later "he said"; the
    sentences it tagged keep their own tags."""
    from quotetrack.parse.rules import annotate
    from quotetrack.pipeline import PartialDocumentWarning, attribute_document
    from quotetrack.tokens import Words

    text = "Mike Pompeo arrived in Seoul on Friday.\n\n“We are hopeful,” he said."
    doc = annotate(text)
    first, second = doc.sentences
    for token in first.tokens:
        token.ner = None
    for word in first.words:
        word.upos = word.xpos = word.lemma = None
    second.words[-2].upos = "X"  # "said": a tag of the parser's own, kept
    words = Words(doc)
    assert not words.complete and words.has_ner is False
    words.borrow_tags(annotate(text))
    assert [w.ner for w in words.words[:2]] == ["B-PERSON", "E-PERSON"]
    assert words.words[0].upos == "PROPN" and words.words[-2].upos == "X"
    with pytest.warns(PartialDocumentWarning):  # no parse: the default path's reading
        quote = attribute_document(doc).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Mike Pompeo"


def test_results_pickle_as_field_tuples():
    """Results cross process boundaries as cls(*fields): equal after the round trip,
    and without attrs' per-field dict (the cost of moving results between workers)."""
    import pickle

    from quotetrack.model import Entity, Mention, pickled_by_fields

    res = extract("Jane Doe arrived.\n\n“We will win,” she said. Tom Reed said it "
                             "would rain.", doc_id="a1", metadata={"outlet": "Example"})
    back = pickle.loads(pickle.dumps(res))
    assert back == res and back.quotes[0].speaker.name == "Jane Doe"
    assert hash(back.quotes[0].speaker) == hash(res.quotes[0].speaker)
    mention = res.quotes[0].speaker_mention
    assert mention.__reduce__() == (Mention, (mention.start, mention.end, mention.text,
                                              mention.form))
    assert Entity.__reduce__ is not object.__reduce__

    import attrs

    with pytest.raises(TypeError, match="positional"):
        @pickled_by_fields
        @attrs.frozen
        class KeywordOnly:
            x: int = attrs.field(kw_only=True)


_COLLECTOR_SEEN: list[tuple[str, bool]] = []


def _seen_on_load(tag: str) -> str:
    _COLLECTOR_SEEN.append(("load", gc.isenabled()))
    return tag


class _CollectorProbe:
    """Metadata that notes whether the collector ran while it was pickled or unpickled."""

    def __reduce__(self):
        _COLLECTOR_SEEN.append(("dump", gc.isenabled()))
        return _seen_on_load, ("probe",)


def test_results_pickle_whole_with_the_collector_held_back():
    """A list of results (what Dask moves between workers and to the client) pickles
    each result as one bytes field made with the collector paused, and unpickles it
    the same way; the collector is on again afterwards."""
    import pickle

    from quotetrack.model import ArticleResult, _unpickle_whole

    res = extract("“We will win,” Jane Doe said.", doc_id="a1",
                  metadata={"probe": _CollectorProbe()})
    func, (cls, data) = res.__reduce__()
    assert func is _unpickle_whole and cls is ArticleResult and isinstance(data, bytes)
    _COLLECTOR_SEEN.clear()
    assert gc.isenabled()
    back = pickle.loads(pickle.dumps([res, res]))
    assert _COLLECTOR_SEEN == [("dump", False), ("load", False)]  # once: the list memoises
    assert gc.isenabled()
    assert back[0] is back[1] and back[0].metadata == {"probe": "probe"}
    assert back[0].quotes == res.quotes and back[0].quotes[0].speaker.name == "Jane Doe"


@pytest.mark.parametrize("n, workers", [(0, 2), (5, 1), (37, 1), (5, 2), (37, 2), (200, 3)])
def test_batches_keep_every_article_in_order(n, workers):
    """Batches cover the input once, in order; with several workers the last ones
    shrink, so no worker waits long for another's last full batch."""
    from quotetrack.parallel import _batches

    batches = list(_batches((f"text {i}" for i in range(n)), 8, workers))
    assert [a.doc_id for b in batches for a in b] == [str(i) for i in range(n)]
    assert all(0 < len(b) <= 8 for b in batches)
    if workers > 1 and n > 8:
        assert len(batches[-1]) < 8 and len(batches[-1]) <= len(batches[-2])
    if workers == 1:  # full batches, and what is left in one (Stanza batches it)
        assert all(len(b) == 8 for b in batches[:-1])
