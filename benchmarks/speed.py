"""Speed of quotetrack's paths, as words/s, articles/s and ratios measured in one run.

usage: python benchmarks/speed.py [--stanza-dir DIR] [--stanza-articles N] [--skip-stanza]
                                  [--stanza-worker-articles K] [--skip-workers] [--repeat N]

On PolNeAR dev (../shared/data/polnear/dev) it times:

- the model-free default end to end (``QuoteTracker(backend="rules")``);
- attribution alone on already parsed Documents (the ``.conllu`` files, read
  beforehand), against Stanza's real tokenizer alone on the same texts
  (../shared/models/stanza_resources);
- with a Stanza resources folder of the full English architecture (``--stanza-dir``,
  built by ``SIZE=full ../shared/tools/make_stanza_test_models.sh DIR``, then
  ``benchmarks/make_default_toy_models.py DIR`` for the constituency and
  sentiment processors of Stanza's default English pipeline; toy weights, real
  cost) on the first N articles: a naive ``stanza.Pipeline("en")`` with its
  default processors, one article at a time, plus attribution; the same with
  only the six processors attribution uses; and quotetrack's Stanza path
  (``iter_outcomes``: explicit processors, batches, lemma memory, only
  attribution sentences tagged and parsed), without and with a parse cache
  filled by that run (the cached re-run).  Each Stanza run is timed with torch's
  default threads and with one, and the faster counts: on a busy machine
  torch's threads wait for each other;
- 1 against 2 worker processes on the Stanza path (one torch thread each), on
  the first K and 2K articles: with start-up (two workers each load Stanza
  first) and in the steady state (the 2K run's time minus the K run's);
- 1 against 2 worker processes (``extract_many(processes=...)``) and a Dask
  LocalCluster of 1 against 2 workers, on the model-free path, in a fresh
  process (a parent that has loaded Stanza would slow its forked workers).
  Dask is timed two ways: ``extract_bag(bag).compute()``, which brings each
  partition to the client as it is done and joins them there, and batches
  streamed to the client as ``quotetrack extract --dask --format jsonl`` runs
  them (``iter_outcomes_on(..., jsonl=True)``: workers render the rows, the
  client receives bytes while workers compute);
- whether selecting sentences changes attributions on the parsed path: every
  dev article's CoNLL-U parse with the unselected sentences stripped of tags
  and parse, against the whole parse.

Words are whitespace-separated words of the article text, the same count for
every path.  Every time is the best of ``--repeat`` runs after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from _polnear import POLNEAR, SHARED  # noqa: E402

REAL_TOKENIZER = SHARED / "models" / "stanza_resources"
#: textacy's direct quotations on spaCy's en_core_web_sm, as measured on this
#: machine for issue #6 (not re-measured here: neither is installed).
TEXTACY_WORDS_PER_S = 4300


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def best(fn: Callable[[], Any], repeat: int, settle: Callable[[], Any] | None = None) -> float:
    """The best time of ``repeat`` calls of ``fn``, each after ``settle`` (untimed)."""
    times = []
    for _ in range(repeat):
        if settle is not None:
            settle()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def threads_best(fn: Callable[[], Any], name: str, n_words: int, n_articles: int) -> float:
    """Time ``fn`` with torch's default threads and with one; print both, return the faster.

    On a busy machine torch's threads wait for each other and several can be far
    slower than one: comparisons use the better of the two.
    """
    import torch

    default = torch.get_num_threads()
    t_default = best(fn, 1)
    line(f"{name}, {default} torch threads", n_words, n_articles, t_default)
    if default == 1:
        return t_default
    torch.set_num_threads(1)
    try:
        t_one = best(fn, 1)
    finally:
        torch.set_num_threads(default)
    line(f"{name}, 1 torch thread", n_words, n_articles, t_one)
    return min(t_default, t_one)


def line(name: str, n_words: int, n_articles: int, secs: float) -> None:
    print(f"  {name:<58} {n_words / secs:>10,.0f} words/s {n_articles / secs:>9.2f} articles/s"
          f"  ({secs:.2f} s)")


def stanza_workers(texts: list[str], sdir: Path, k: int) -> list[tuple[str, float, str]]:
    """1 against 2 worker processes on the Stanza path, on k and 2k articles.

    One process works in this process with its pipeline already loaded; two
    workers each load theirs first.  The difference between the 2k and k runs
    is the time of k more articles, without start-up: the steady-state rate.
    """
    from quotetrack.parallel import TrackerConfig, iter_outcomes, tracker_for

    config = TrackerConfig(backend="stanza", model_dir=str(sdir), threads=1)
    tracker_for(config)._parse("Pompeo said the talks would go on.")
    times: dict[tuple[int, int], float] = {}
    print(f"\nStanza path workers (one torch thread each; first k and 2k={2 * k} articles)")
    for n in (1, 2):
        for m in (k, 2 * k):
            sub = texts[:m]
            t = time.perf_counter()
            for _ in iter_outcomes(sub, config, processes=n):
                pass
            times[n, m] = time.perf_counter() - t
            label = f"{n} process{'es' if n > 1 else ''}{' (each loads Stanza)' if n > 1 else ''}"
            line(f"{label}, {m} articles", words(sub), m, times[n, m])
    steady = {n: times[n, 2 * k] - times[n, k] for n in (1, 2)}
    return [("2 worker processes / 1, Stanza path, 2k articles (start-up included)",
             times[1, 2 * k] / times[2, 2 * k], ">= 1.8"),
            ("2 worker processes / 1, Stanza path, steady state (2k run - k run)",
             steady[1] / steady[2], "")]


def workers(texts: list[str], repeat: int, copies: int) -> list[tuple[str, float, str]]:
    """1 against 2 worker processes and Dask workers on the model-free path.

    Run in a fresh process (``--only-workers``), as ``quotetrack extract
    --workers 2`` runs: forked workers of a parent that has loaded Stanza's
    models for the sections before would pay for its heap.
    """
    from quotetrack.parallel import extract_many

    ratios = []
    big = texts * copies
    BW, BA = words(big), len(big)
    print(f"\nWorkers, model-free path, fresh process (PolNeAR dev x{copies}: {BA} articles, "
          f"{BW:,} words)")
    list(extract_many(big[:8], processes=2))  # start-up paid once for the page cache
    t1 = best(lambda: list(extract_many(big, processes=1)), repeat)
    line("extract_many, 1 process", BW, BA, t1)
    t2 = best(lambda: list(extract_many(big, processes=2)), repeat)
    line("extract_many, processes=2", BW, BA, t2)
    ratios.append(("2 worker processes / 1 (extract_many, --workers)", t1 / t2, ">= 1.8"))
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster

        from quotetrack.dask import extract_bag, iter_outcomes_on
        from quotetrack.parallel import TrackerConfig
    except ImportError:
        print("  (Dask not installed: pip install 'quotetrack[dask]')")
        return ratios
    bag_times, stream_times = {}, {}
    config = TrackerConfig()
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            # the same Bag for both: 16 partitions of about 16 articles
            bag = db.from_sequence(big, npartitions=16)
            extract_bag(db.from_sequence(big[:4], npartitions=n)).compute()  # warm up
            bag_times[n] = best(lambda b=bag: extract_bag(b).compute(), repeat,
                                settle=lambda c=client: _scheduler_idle(c))
            workers_ = f"{n} worker{'s' if n > 1 else ''}"
            line(f"Dask LocalCluster, {workers_}, extract_bag().compute()", BW, BA, bag_times[n])
            stream_times[n] = best(
                lambda c=client: sum(1 for _ in iter_outcomes_on(c, big, config, jsonl=True)),
                repeat)
            line(f"Dask LocalCluster, {workers_}, streamed jsonl (extract --dask)",
                 BW, BA, stream_times[n])
    ratios.append(("2 Dask workers / 1, extract_bag().compute()",
                   bag_times[1] / bag_times[2], ">= 1.8"))
    ratios.append(("2 Dask workers / 1, streamed as `extract --dask --format jsonl` runs",
                   stream_times[1] / stream_times[2], ">= 1.8"))
    return ratios


def _task_count(dask_scheduler: Any) -> int:
    """How many tasks the Dask scheduler holds (run on the scheduler)."""
    return len(dask_scheduler.tasks)


def _scheduler_idle(client: Any, timeout: float = 30.0) -> None:
    """Wait until the scheduler has let go of the last run's tasks.  A Bag computed again
    at once has the same keys; while the client's release of the last results is still on
    its way, the scheduler hands those results back and the run times nothing."""
    deadline = time.perf_counter() + timeout
    while client.run_on_scheduler(_task_count) and time.perf_counter() < deadline:
        time.sleep(0.01)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stanza-dir",
                    default=os.environ.get("QUOTETRACK_STANZA_FULL", "/work/stanza_full"))
    ap.add_argument("--stanza-articles", type=int, default=6)
    ap.add_argument("--skip-stanza", action="store_true")
    ap.add_argument("--skip-workers", action="store_true")
    ap.add_argument("--stanza-worker-articles", type=int, default=8, metavar="K",
                    help="time 1 against 2 workers on the Stanza path on K and 2K "
                    "articles (0: skip)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--worker-copies", type=int, default=3, metavar="N",
                    help="time the model-free workers on N copies of dev (default 3)")
    ap.add_argument("--only-workers", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only_workers:
        dev_texts = [p.read_text(encoding="utf-8") for p in sorted((POLNEAR / "dev").glob("*.txt"))]
        result = workers(dev_texts, args.repeat, args.worker_copies)
        sys.stdout.flush()
        print(json.dumps(result))
        return 0

    import torch

    import quotetrack

    threads_default = torch.get_num_threads()
    from quotetrack.clean import clean_text
    from quotetrack.parse.conllu import read_conllu
    from quotetrack.pipeline import attribute_document

    dev = POLNEAR / "dev"
    if not dev.is_dir():
        print(f"PolNeAR dev not found at {dev}")
        return 1
    txts = sorted(dev.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in txts]
    W, A = words(texts), len(texts)
    print(f"PolNeAR dev: {A} articles, {W:,} words; {os.cpu_count()} CPUs, "
          f"torch threads {torch.get_num_threads()}, load average {os.getloadavg()[0]:.1f}")
    ratios: list[tuple[str, float, str]] = []

    # -- 1. the model-free default, end to end
    tracker = quotetrack.QuoteTracker(backend="rules")
    tracker(texts[0])
    t_rules = best(lambda: [tracker(t) for t in texts], args.repeat)
    print("\nModel-free default")
    line("QuoteTracker(backend='rules'), end to end", W, A, t_rules)
    ratios.append(("model-free words/s / textacy+spaCy sm (4,300 words/s, issue #6, not this run)",
                   W / t_rules / TEXTACY_WORDS_PER_S, ">= 10"))

    # -- 2. attribution alone on parsed Documents vs Stanza's tokenizer alone
    parsed = [(t, p.with_suffix(".conllu")) for t, p in zip(texts, txts, strict=True)
              if p.with_suffix(".conllu").exists()]
    docs = [read_conllu(t, c) for t, c in parsed]
    ptexts = [t for t, _ in parsed]
    PW, PA = words(ptexts), len(ptexts)
    t_attr = best(lambda: [attribute_document(d) for d in docs], args.repeat)
    t_read = best(lambda: [read_conllu(t, c) for t, c in parsed], 1)
    print(f"\nParsed path ({PA} articles with a .conllu, {PW:,} words)")
    line("attribution alone on parsed Documents", PW, PA, t_attr)
    line("reading the .conllu files into Documents", PW, PA, t_read)
    if (REAL_TOKENIZER / "resources.json").exists():
        import stanza

        tok = stanza.Pipeline("en", dir=str(REAL_TOKENIZER), processors="tokenize",
                              download_method=None, logging_level="WARN")
        tok(ptexts[0])
        t_tok = threads_best(lambda: [tok(t) for t in ptexts], "Stanza's tokenizer alone (real "
                             "model)", PW, PA)
        ratios.append(("attribution time / Stanza tokenizer time", t_attr / t_tok, "<= 0.05"))
    else:
        print(f"  (Stanza's tokenizer not found at {REAL_TOKENIZER})")

    # -- 3. does selecting sentences change attributions on the parsed path?
    from quotetrack.parse.fast import attribution_sentences

    same = 0
    kept = total = 0
    for (t, c), d in zip(parsed, docs, strict=True):
        full = attribute_document(d).records()
        d2 = read_conllu(t, c)
        keep = set(attribution_sentences(d2))
        for i, s in enumerate(d2.sentences):
            total += len(s.words)
            if i in keep:
                kept += len(s.words)
                continue
            for w in s.words:
                w.upos = w.xpos = w.lemma = w.feats = w.head = w.deprel = None
        same += attribute_document(d2).records() == full
    print(f"  sentence selection on the parsed path: {kept / total:.0%} of words tagged and "
          f"parsed; attributions identical on {same}/{PA} articles")

    # -- 4. Stanza: naive default pipeline vs quotetrack's path, and the cached re-run
    sdir = Path(args.stanza_dir)
    if not args.skip_stanza and (sdir / "resources.json").exists():
        import stanza

        sub = texts[: args.stanza_articles]
        SW, SA = words(sub), len(sub)
        print(f"\nStanza, full-size toy models in {sdir} (first {SA} articles, {SW:,} words)")
        warm = "Pompeo said the talks would go on. \"We hope,\" he told reporters."
        naive_recs: list[Any] = []

        def naive_run(nlp: Any) -> Callable[[], None]:
            def run() -> None:
                naive_recs.clear()
                for i, t in enumerate(sub):
                    c = clean_text(t)
                    naive_recs.append(attribute_document(nlp(c.text), cleaned=c,
                                                         doc_id=str(i)).records())
            return run

        # Stanza's default English pipeline: all the processors its default package has
        # (tokenize, mwt, pos, lemma, depparse, ner, sentiment, constituency with
        # Stanza's real models; benchmarks/make_default_toy_models.py adds the last two
        # to a toy folder)
        naive = stanza.Pipeline("en", dir=str(sdir), download_method=None, logging_level="WARN")
        default_procs = ",".join(naive.processors)
        naive(warm)
        t_default = threads_best(naive_run(naive), f"naive stanza.Pipeline('en') + attribution "
                                 f"({len(naive.processors)} processors)", SW, SA)
        print(f"    processors: {default_procs}")
        del naive
        six = "tokenize,mwt,pos,lemma,depparse,ner"
        t_six = t_default
        if default_procs != six:
            naive6 = stanza.Pipeline("en", dir=str(sdir), processors=six, download_method=None,
                                     logging_level="WARN")
            naive6(warm)
            t_six = threads_best(naive_run(naive6), "naive, only the 6 processors attribution "
                                 "uses, + attribution", SW, SA)
            del naive6

        cache = tempfile.mkdtemp(prefix="qt-bench-cache-")
        try:
            from quotetrack.parallel import TrackerConfig, iter_outcomes, tracker_for

            def run_qt(select: bool, cached: str | None, threads: int) -> tuple[float, list[Any]]:
                config = TrackerConfig(backend="stanza", model_dir=str(sdir), cache=cached,
                                       select=select, threads=threads)
                tracker_for(config)._parse(warm)
                t = time.perf_counter()
                recs = [o.result.records() for o in iter_outcomes(sub, config)]
                return time.perf_counter() - t, recs

            def threads_qt(select: bool, name: str) -> tuple[float, list[Any], int]:
                """Like threads_best: torch's default threads and one, the faster counts."""
                runs = []
                for n in dict.fromkeys((threads_default, 1)):
                    secs, recs = run_qt(select, None, n)
                    line(f"{name}, {n} torch thread{'s' if n > 1 else ''}", SW, SA, secs)
                    runs.append((secs, recs, n))
                return min(runs, key=lambda r: r[0])

            t_all, all_recs, _ = threads_qt(False, "quotetrack, all sentences")
            t_fast, fast_recs, n_fast = threads_qt(True, "quotetrack's Stanza path (selection)")
            run_qt(True, cache, n_fast)  # fills the cache
            t_cached, cached_recs = run_qt(True, cache, n_fast)
            line("quotetrack's Stanza path, cached re-run", SW, SA, t_cached)
            torch.set_num_threads(threads_default)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        same_all = sum(a == b for a, b in zip(naive_recs, all_recs, strict=True))
        same_sel = sum(a == b for a, b in zip(naive_recs, fast_recs, strict=True))
        print(f"  attributions identical to the naive pipeline's: all sentences {same_all}/{SA}, "
              f"with selection {same_sel}/{SA} (toy weights: parses are noise); "
              f"cached = parsed: {cached_recs == fast_recs}")
        ratios.append(("quotetrack Stanza path speed / naive default pipeline + attribution",
                       t_default / t_fast, ">= 3"))
        if t_six is not t_default:
            ratios.append(("  same / naive with only the 6 processors attribution uses",
                           t_six / t_fast, ""))
        ratios.append(("  all sentences (no selection) / naive default pipeline",
                       t_default / t_all, ""))
        ratios.append(("cached re-run speed / parsing (quotetrack Stanza path)",
                       t_fast / t_cached, ">= 20"))
        if args.stanza_worker_articles:
            ratios.extend(stanza_workers(texts, sdir, args.stanza_worker_articles))
    elif not args.skip_stanza:
        print(f"\n(no full-size Stanza models at {sdir}: build them with "
              f"SIZE=full ../shared/tools/make_stanza_test_models.sh {sdir})")

    # -- 5. workers: processes and a Dask LocalCluster, in a fresh process (see workers())
    if not args.skip_workers:
        out = subprocess.run([sys.executable, __file__, "--only-workers", "--repeat",
                              str(args.repeat), "--worker-copies", str(args.worker_copies)],
                             stdout=subprocess.PIPE, text=True, check=True)
        *shown, last = out.stdout.rstrip("\n").split("\n")
        print("\n".join(shown))
        ratios.extend(tuple(r) for r in json.loads(last))

    print("\nRatios (same run)")
    for name, value, goal in ratios:
        print(f"  {name:<78} {value:>8.3f}   goal {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
