"""Peak memory of ``quotetrack extract`` as the corpus grows (100 -> 10,000 articles).

usage: python benchmarks/memory.py [--sizes 100,1000,10000] [--workers 1] [--backend rules]

Writes JSONL corpora of the given sizes (PolNeAR dev articles, cut to their
first ~1,500 characters and given their own ids, over and over), runs
``python -m quotetrack extract CORPUS --format jsonl -o OUT`` on each in a
child process and prints its peak resident memory (``ru_maxrss`` from
``wait4``: the child and the workers it waited for), time and articles/s,
and the largest/smallest peak ratio.  Flat memory means that ratio stays near 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from _polnear import POLNEAR  # noqa: E402


def make_corpus(path: Path, n: int, texts: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = texts[i % len(texts)]
            f.write(json.dumps({"id": f"a{i:06d}", "text": text, "source": "bench"}) + "\n")


def run(corpus: Path, out: Path, extra: list[str]) -> tuple[float, float, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "quotetrack", "extract", str(corpus),
                             "--format", "jsonl", "-o", str(out), *extra], env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, secs, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--backend", default="rules")
    ap.add_argument("--chars", type=int, default=1500)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = []
    for p in sorted((POLNEAR / "dev").glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        cut = t.rfind("\n", 0, args.chars)
        texts.append(t[: cut if cut > 200 else args.chars])
    extra = ["--backend", args.backend, "--workers", str(args.workers)]
    print(f"corpus articles of <= {args.chars} characters; extract {' '.join(extra)}")
    peaks = []
    with tempfile.TemporaryDirectory(prefix="qt-mem-") as tmp:
        for n in sizes:
            corpus = Path(tmp) / f"c{n}.jsonl"
            make_corpus(corpus, n, texts)
            out = Path(tmp) / f"out{n}.jsonl"
            peak, secs, rc = run(corpus, out, extra)
            lines = out.read_bytes().count(b"\n") if out.exists() else 0
            print(f"  {n:>7,} articles ({corpus.stat().st_size / 1e6:7.1f} MB): peak RSS "
                  f"{peak:7.1f} MB  {secs:7.1f} s  {n / secs:7.1f} articles/s  "
                  f"{lines:,} quotes  exit {rc}")
            peaks.append(peak)
    print(f"peak RSS ratio, {sizes[-1]:,} / {sizes[0]:,} articles: {peaks[-1] / peaks[0]:.3f} "
          "(goal: flat, ~1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
