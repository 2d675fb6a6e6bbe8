"""Run quotetrack over a PolNeAR split and score it with ../shared/bench/quotebench.py.

usage: python benchmarks/run_polnear.py [dev|train] [--path default|parsed|both] [--out DIR]
                                        [--strip LAYER,...]

Prints the scorer's lines for each path, a reliability table (confidence
bucket, count, share of attributions that are right) for direct quotes, and
the speech-cue recall on the gold statements that hold no quote in doubled
apostrophes: the scorer files an ``''A''`` quote (the New York Times' style) as
indirect, since ``''`` is no double quote mark, while quotetrack reports it as
a direct quote, so no reported-speech rule can find it.

PolNeAR annotates only the outer attribution of a nested pair ("The Post reported
that Klein said A": source The Post), so a quote that another relays is scored with
its ``reported_by`` mention as the speaker (:func:`polnear_speaker`); ``--own-speaker``
scores the speaker quotetrack itself reports (Klein), to show what the convention costs.

``--strip ner,depparse`` removes layers from each parsed Document before attribution (the
parsed path only), as a user's own pipeline with fewer processors would leave it: ``ner``
(every token's NER tag None), ``ner-o`` (every tag "O": NER ran and found nothing),
``depparse`` (heads and relations), ``lemma``, ``xpos``, ``pos`` (upos, xpos and feats),
``tokenize`` (all of them: a tokenize-only Document).  docs/accuracy.md's table "Documents
with layers missing" was measured with it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from _polnear import POLNEAR, SHARED, scorable_split  # noqa: E402

import quotetrack  # noqa: E402
from quotetrack.parse.conllu import read_conllu  # noqa: E402


def polnear_speaker(row: dict, relay_type: str | None = None) -> dict:
    """The record as PolNeAR credits it: the outer reporter of a relayed quote is its
    source ("Reuters reported that Moon said A": Reuters), typed as that reporter
    (``relay_type``, the reporter entity's type; was left the inner speaker's, so "The Post"
    read as a person)."""
    if row.get("reported_by_start") is None:
        return row
    return {**row, "speaker": row["reported_by"], "speaker_id": row["reported_by_id"],
            "speaker_type": relay_type,
            "speaker_start": row["reported_by_start"], "speaker_end": row["reported_by_end"],
            "speaker_mention": row["reported_by_mention"]}


#: The layers ``--strip`` can remove: each a list of (token or word, field) to set to None
#: ("ner-o" sets the NER tag to "O" instead).
STRIP_LAYERS = ("ner", "ner-o", "depparse", "lemma", "xpos", "pos", "tokenize")


def strip_layers(doc, layers: frozenset[str]):  # type: ignore[no-untyped-def]
    """``doc`` without the annotation layers named (see ``--strip``), changed in place."""
    if "tokenize" in layers:
        layers = layers | {"ner", "depparse", "lemma", "pos"}
    for sentence in doc.sentences:
        for token in sentence.tokens:
            if "ner" in layers:
                token.ner = None
            elif "ner-o" in layers:
                token.ner = "O"
            for word in token.words:
                if "depparse" in layers:
                    word.head = None
                    word.deprel = None
                    word.deps = None
                if "lemma" in layers:
                    word.lemma = None
                if "xpos" in layers or "pos" in layers:
                    word.xpos = None
                if "pos" in layers:
                    word.upos = None
                    word.feats = None
        if "ner" in layers or "ner-o" in layers:
            sentence.ents = []
    if "ner" in layers or "ner-o" in layers:
        doc.ents = []
    return doc


def run(split_dir: Path, path: str, own_speaker: bool = False,
        strip: frozenset[str] = frozenset()) -> list[dict]:
    tracker = quotetrack.QuoteTracker(backend="rules")
    rows = []
    for txt in sorted(split_dir.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        conllu = txt.with_suffix(".conllu")
        if path == "parsed" and conllu.exists():  # else the model-free path, as the CLI does
            doc = read_conllu(text, conllu)
            if strip:
                strip_layers(doc, strip)
            result = quotetrack.attribute_document(doc, doc_id=txt.stem)
        else:
            result = tracker(text, doc_id=txt.stem)
        records = result.records()
        if own_speaker:
            rows.extend(records)
        else:
            rows.extend(polnear_speaker(r, q.reported_by.type if q.reported_by else None)
                        for q, r in zip(result.quotes, records, strict=True))
    return rows


def _quotebench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(SHARED / "bench"))
    import quotebench  # type: ignore

    return quotebench


def reliability(gold: dict, rows: list[dict]) -> list[tuple[str, int, float]]:
    quotebench = _quotebench()
    buckets: dict[str, list[int]] = {}
    overlap = quotebench.overlap_any
    for q in rows:
        attrs = gold.get(q["doc"], [])
        span = (q["start"], q["end"])
        best = max(attrs, key=lambda a: overlap(span, a["content"]), default=None)
        if best is None or overlap(span, best["content"]) * 2 < max(1, span[1] - span[0]):
            continue  # not a quote at all: precision, not attribution
        sp = (q["speaker_start"], q["speaker_end"])
        ok = sp[0] is not None and best["source"] and overlap(sp, best["source"]) > 0
        c = q["confidence"]
        key = ("0.9-1.0" if c >= 0.9 else "0.8-0.9" if c >= 0.8 else
               "0.6-0.8" if c >= 0.6 else "<0.6")
        buckets.setdefault(key, []).append(int(bool(ok)))
    order = ("0.9-1.0", "0.8-0.9", "0.6-0.8", "<0.6")  # highest confidence first
    return [(k, len(buckets[k]), sum(buckets[k]) / len(buckets[k])) for k in order if k in buckets]


def speech_cue_recall_without_doubled_apostrophes(split_dir: Path, gold: dict, rows: list[dict]
                                                   ) -> tuple[int, float, int]:
    """(gold statements left, our recall on them, gold statements set aside) for the
    indirect speech-cue attributions, leaving out those whose content holds ``''``."""
    quotebench = _quotebench()
    ours: dict[str, list[tuple[int, int]]] = {}
    for q in rows:
        if q["kind"] == "indirect":
            ours.setdefault(q["doc"], []).append((q["start"], q["end"]))
    n = found = aside = 0
    for doc, attrs in gold.items():
        text = (split_dir / f"{doc}.txt").read_text(encoding="utf-8")
        for a in attrs:
            if a["direct"] or not a["speech"]:
                continue
            if any("''" in text[x:y] for x, y in a["content"]):
                aside += 1
                continue
            n += 1
            found += any(quotebench.overlap_any(span, a["content"]) > 0
                         for span in ours.get(doc, []))
    return n, found / n if n else 0.0, aside


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="dev")
    ap.add_argument("--path", default="both", choices=["default", "parsed", "both"])
    ap.add_argument("--out", default="/tmp/quotetrack-bench")
    ap.add_argument("--own-speaker", action="store_true",
                    help="score quotetrack's own speaker of a relayed quote, not the reporter "
                         "PolNeAR credits")
    ap.add_argument("--strip", default="",
                    help="parsed path: remove these layers (comma-separated: "
                         + ", ".join(STRIP_LAYERS) + ") from each Document first")
    args = ap.parse_args()
    strip = frozenset(x.strip() for x in args.strip.split(",") if x.strip())
    if strip - set(STRIP_LAYERS):
        ap.error(f"--strip: unknown layers {sorted(strip - set(STRIP_LAYERS))}")
    if not (POLNEAR / args.split).is_dir():
        print(f"PolNeAR not found at {POLNEAR / args.split}; nothing to measure")
        return 0
    split_dir = scorable_split(args.split)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    gold = _quotebench().load_gold(str(split_dir))
    for path in (["default", "parsed"] if args.path == "both" else [args.path]):
        t0 = time.perf_counter()
        rows = run(split_dir, path, args.own_speaker, strip)
        dt = time.perf_counter() - t0
        pred = out / f"{args.split}-{path}.jsonl"
        pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"== {path} path on {args.split} ({dt:.1f} s)")
        subprocess.run([sys.executable, str(SHARED / "bench" / "quotebench.py"), "score",
                        str(split_dir), str(pred)], check=True)
        print("confidence  count  accuracy")
        for key, n, acc in reliability(gold, rows):
            print(f"{key:10s} {n:6d}  {acc:.3f}")
        n, recall, aside = speech_cue_recall_without_doubled_apostrophes(split_dir, gold, rows)
        print(f"speech-cue recall without the {aside} statements in '' quotes: "
              f"{recall:.3f} of {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
