"""Where attribution spends its CPU time, by sampling: the share of samples per function.

usage: python benchmarks/sample_attribution.py [--split train] [--articles 300] [--rounds 3]
                                               [--top 40]

Attributes the first N PolNeAR articles of a split that have a ``.conllu`` parse
(read beforehand, as ``benchmarks/speed.py`` times attribution) ``--rounds``
times, while a CPU-time timer (``ITIMER_PROF``) interrupts it (asked every half
millisecond; the kernel's tick may space samples wider: about 1,500 samples for
the defaults) and counts the function that runs (self) and every function on its
stack (inclusive), and the line that runs.

cProfile charges its own overhead to every call, so it inflates code made of
many small calls (a property read per word) against code that loops inside one
function; samples do not.  C code (building objects, freeing them) is charged to
the Python line that runs when the sample is taken: the freeing of an article's
words and caches when ``attribute_document`` returns shows as contextlib's
``__exit__`` (the collector pause around it).
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import sys
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from _polnear import POLNEAR  # noqa: E402


def _name(frame: FrameType, line: bool = False) -> str:
    code = frame.f_code
    where = frame.f_lineno if line else code.co_firstlineno
    return f"{os.path.basename(code.co_filename)}:{where}:{code.co_name}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    from quotetrack.parse.conllu import read_conllu
    from quotetrack.pipeline import attribute_document

    txts = [t for t in sorted((POLNEAR / args.split).glob("*.txt"))
            if t.with_suffix(".conllu").exists()][:args.articles]
    docs = [(t.stem, read_conllu(t.read_text(encoding="utf-8"), t.with_suffix(".conllu")))
            for t in txts]
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()

    def sample(_signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        own[_name(frame)] += 1
        lines[_name(frame, line=True)] += 1
        on_stack = set()
        f: FrameType | None = frame
        while f is not None:
            on_stack.add(_name(f))
            f = f.f_back
        inclusive.update(on_stack)

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(args.rounds):
            for name, doc in docs:
                attribute_document(doc, doc_id=name)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = sum(own.values())
    print(f"{total} samples, {len(docs)} {args.split} articles x {args.rounds}")
    for title, counts in (("inclusive", inclusive), ("self", own), ("lines", lines)):
        print(f"\n{title}")
        for key, n in counts.most_common(args.top):
            print(f"  {n / total:6.1%}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
