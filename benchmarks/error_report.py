"""List each attribution error on a PolNeAR split with its context, grouped by cause.

usage: python benchmarks/error_report.py PRED.jsonl [dev|train] [--family direct|indirect]
       [--show N] [--cause CAUSE]

Causes: missed (no prediction overlaps the gold content), no-speaker (found,
but we named nobody), wrong-speaker (our mention misses the gold source, split
by the attribution rule in "reason"), and false-positive (a prediction
that lies in no gold content).  Use the train split to find patterns.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _polnear import SHARED, scorable_split  # noqa: E402

sys.path.insert(0, str(SHARED / "bench"))


def main() -> int:
    import quotebench  # type: ignore

    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("split", nargs="?", default="dev")
    ap.add_argument("--family", default="direct", choices=["direct", "indirect"])
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--cause", default=None)
    args = ap.parse_args()
    corpus = scorable_split(args.split)
    gold = quotebench.load_gold(str(corpus))
    kinds = {"direct", "mixed"} if args.family == "direct" else {"indirect"}
    preds = collections.defaultdict(list)
    for line in Path(args.pred).read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if q["kind"] in kinds:
            preds[q["doc"]].append(q)
    ov = quotebench.overlap_any
    errors: dict[str, list[str]] = collections.defaultdict(list)
    for doc, attrs in gold.items():
        text = (corpus / f"{doc}.txt").read_text(encoding="utf-8")
        mine = preds.get(doc, [])

        def ctx(a: int, b: int, width: int = 120, text: str = text) -> str:
            shown = text[max(0, a - width):a] + "[[" + text[a:b] + "]]" + text[b:b + width]
            return shown.replace("\n", " / ")

        for a in attrs:
            if a["direct"] != (args.family == "direct") or not a["source"]:
                continue
            if args.family == "indirect" and not a["speech"]:
                continue
            hits = [q for q in mine if ov((q["start"], q["end"]), a["content"]) > 0]
            c0, c1 = a["content"][0][0], a["content"][-1][1]
            src = a["source_text"]
            if not hits:
                errors["missed"].append(
                    f"{doc}: gold source {src!r} cue {a['cue_text']!r}\n    {ctx(c0, c1)}")
                continue
            q = max(hits, key=lambda q: ov((q["start"], q["end"]), a["content"]))
            sp = (q["speaker_start"], q["speaker_end"])
            if sp[0] is None:
                errors["no-speaker"].append(f"{doc}: gold {src!r}\n    {ctx(c0, c1)}")
            elif ov(sp, a["source"]) == 0:
                errors[f"wrong-speaker/{q['reason']}"].append(
                    f"{doc}: gold {src!r} ours {q['speaker_mention']!r} -> {q['speaker']!r} "
                    f"cue {q['cue']!r}\n    {ctx(sp[0], sp[1], 150)}")
        for q in mine:
            span = (q["start"], q["end"])
            best = max(attrs, key=lambda a: ov(span, a["content"]), default=None)
            if best is None or ov(span, best["content"]) * 2 < max(1, span[1] - span[0]):
                errors["false-positive"].append(
                    f"{doc}: {q['kind']} {q['reason']!r}\n    {ctx(*span)}")
    for cause, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        if args.cause and not cause.startswith(args.cause):
            continue
        print(f"## {cause}: {len(items)}")
        for item in items[: args.show]:
            print("  " + item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
