"""How time grows with input size on the adversarial cases (issue #7).

For every case of ``tests/test_adversarial.py`` (its ``CASES``: k=1 is the size
the tests use) this times the model-free ``quotetrack.extract`` and, on their
own, the cleaner (``clean_text``) and the quote finder (``find_quotes`` on the
cleaned text) at 1x, 10x and 100x, and prints Markdown tables: what happens
(quotes found, or the error), the times and the 100x/1x and 100x/10x ratios.
Linear code gives ratios near 100 and 10 (less when fixed costs dominate at
small sizes); a quadratic step gives ~10,000 and ~100.

Each run happens in a forked child that is killed after ``--limit`` seconds
(default 60): a killed run shows as ``>60s`` and the larger sizes of that
case and stage are not tried.

    python benchmarks/scaling.py                    # every case, 1x 10x 100x
    python benchmarks/scaling.py --cases one_paragraph,minified_json_line --limit 30
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from test_adversarial import CASES, TooSlow, timed_in_child  # noqa: E402

import quotetrack  # noqa: E402
from quotetrack.clean import clean_text  # noqa: E402
from quotetrack.quotes import find_quotes  # noqa: E402

SCALES = (1, 10, 100)


def _best(run, text, repeat_below: float = 0.05, tries: int = 5):
    """Run once; when that was quicker than ``repeat_below`` s, keep the best of ``tries``."""
    t0 = time.perf_counter()
    out = run(text)
    best = time.perf_counter() - t0
    n = 1
    while best < repeat_below and n < tries:
        t0 = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - t0)
        n += 1
    return out, best


def _stage(name: str):
    """(run, summary) for a stage; run returns (output, best time)."""
    if name == "extract":
        return (lambda t: _best(quotetrack.extract, t),
                lambda t, r: f"{len(r[0].quotes)} quotes")
    if name == "clean":
        return (lambda t: _best(clean_text, t), lambda t, r: f"{len(r[0].text)} chars")
    cleaned = {}

    def run(t):
        cleaned["text"] = clean_text(t).text  # not timed: find_quotes runs on cleaned text
        return _best(find_quotes, cleaned["text"])

    return run, lambda t, r: f"{len(r[0])} spans"


def measure(case: str, stage: str, limit: float) -> list[tuple[float | None, str]]:
    """(seconds or None when killed/failed, what happened) at each scale."""
    run, summary = _stage(stage)
    out: list[tuple[float | None, str]] = []
    for k in SCALES:
        if out and out[-1][0] is None:
            out.append((None, "not tried"))
            continue
        try:
            # the child sends run's own best time inside its summary
            _, (what, best) = timed_in_child(
                lambda k=k: CASES[case](k), run,
                lambda t, r: (summary(t, r), r[1]), limit)
            out.append((best, what))
        except TooSlow:
            out.append((None, f">{limit:.0f}s"))
        except AssertionError as exc:
            last = str(exc).strip().splitlines()[-1]
            out.append((None, f"error: {last}"))
    return out


def fmt_time(t: float | None, what: str) -> str:
    if t is None:
        return what if what.startswith(">") else "-"
    if t < 0.01:
        return f"{t * 1000:.2f}ms"
    if t < 1:
        return f"{t * 1000:.0f}ms"
    return f"{t:.2f}s"


def fmt_ratio(row: list[tuple[float | None, str]], i: int, j: int, limit: float) -> str:
    """``row[j] / row[i]``; a lower bound (">N") when run ``j`` was killed or not tried."""
    ti, tj = row[i][0], row[j][0]
    if ti is None:
        return "-"
    if tj is None:
        killed = any(w.startswith(">") for _, w in row[i + 1:j + 1])
        return f">{limit / ti:,.0f}" if killed else "-"
    return f"{tj / ti:,.0f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default=None, help="comma-separated case names (default: all)")
    ap.add_argument("--limit", type=float, default=60.0,
                    help="seconds before a run is killed (default 60)")
    ap.add_argument("--stages", default="extract,clean,find",
                    help="comma-separated: extract, clean, find")
    args = ap.parse_args(argv)
    names = args.cases.split(",") if args.cases else list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        ap.error(f"unknown cases {unknown}; known: {', '.join(CASES)}")
    stages = args.stages.split(",")
    # warm up here, before the children fork: the shared tracker, word lists, regexes
    quotetrack.extract("“We will win,” Jane Doe said.")

    rows = {}
    for name in names:
        size = len(CASES[name](1))
        rows[name] = (size, {st: measure(name, st, args.limit) for st in stages})
        print(f"# {name}: done", file=sys.stderr, flush=True)

    def table(stage: str, with_what: bool) -> None:
        head = ["case", "1x chars"] + (["what happens (1x, 100x)"] if with_what else []) + \
            [f"{k}x" for k in SCALES] + ["100x/1x", "100x/10x"]
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---" for _ in head) + "|")
        for name, (size, by_stage) in rows.items():
            row = by_stage[stage]
            cells = [name, f"{size:,}"]
            if with_what:
                last = row[-1][1] if row[-1][0] is not None else "not finished"
                cells.append(f"{row[0][1]}; {last}")
            cells += [fmt_time(t, w) for t, w in row]
            cells.append(fmt_ratio(row, 0, 2, args.limit))
            cells.append(fmt_ratio(row, 1, 2, args.limit))
            print("| " + " | ".join(cells) + " |")
        print()

    titles = {"extract": "quotetrack.extract (model-free)", "clean": "clean_text",
              "find": "find_quotes (on cleaned text)"}
    for stage in stages:
        print(f"## {titles[stage]}\n")
        table(stage, with_what=stage == "extract")
    return 0


if __name__ == "__main__":
    sys.exit(main())
