"""Ingest PolNeAR train+dev into a claim store and report time, size and claims.

    python benchmarks/ingest_polnear.py                 # a temporary store, removed after
    python benchmarks/ingest_polnear.py --db polnear.db --examples 10

Runs ``quotetrack track add train dev --parsed --backend rules`` (the
manifests ``meta.tsv`` are found in the folders), then prints:

- the wall time of the ingest (extraction + store) and of the store alone
  (re-adding the stored results to a fresh store, resolving entities);
- the database size after a WAL checkpoint, and the store's counts;
- how many claims have two or more sources, and examples of them with every
  quote (date, outlet, speaker, text), to check by reading;
- the answer to "what did Trump say about Clinton" (``track query``).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _polnear import POLNEAR  # noqa: E402

from quotetrack.cli import main as cli_main  # noqa: E402
from quotetrack.store import ClaimStore  # noqa: E402


def _size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="store to write (default: a temporary file)")
    ap.add_argument("--examples", type=int, default=8, help="claims to print (default 8)")
    ap.add_argument("--seed", type=int, default=5, help="seed for picking examples")
    ap.add_argument("--no-parsed", action="store_true",
                    help="use the model-free annotator instead of the corpus's CoNLL-U")
    ap.add_argument("--skip-store-only", action="store_true",
                    help="do not time the store alone")
    args = ap.parse_args(argv)
    splits = [POLNEAR / "train", POLNEAR / "dev"]
    for s in splits:
        if not s.is_dir():
            print(f"PolNeAR not found at {s}", file=sys.stderr)
            return 2
    tmp = tempfile.TemporaryDirectory(prefix="qt-store-")
    db = Path(args.db) if args.db else Path(tmp.name) / "polnear.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        if p.exists():
            p.unlink()

    cmd = ["track", "add", *map(str, splits), "--db", str(db), "--backend", "rules"]
    if not args.no_parsed:
        cmd.append("--parsed")
    t0, c0 = time.perf_counter(), time.process_time()
    status = cli_main(cmd)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if status not in (0, 1):
        return status

    with ClaimStore(db) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        st = store.stats()
        results = list(store.results())
        claims = store.claims(min_sources=2)
    size = _size(db)

    print("\n== PolNeAR train+dev ingest ==")
    print(f"articles read        {sum(1 for s in splits for _ in s.glob('*.txt'))}")
    print(f"wall time            {wall:.1f} s  ({st['articles'] / wall:.1f} articles/s, "
          f"extraction included; CPU time {cpu:.1f} s)")
    if not args.skip_store_only:
        with tempfile.TemporaryDirectory(prefix="qt-store2-") as d2:
            t1, c1 = time.perf_counter(), time.process_time()
            with ClaimStore(Path(d2) / "again.db") as again:
                for r in results:
                    again.add(r)
                t_add = time.perf_counter() - t1
                again.resolve_entities()
            store_only, store_cpu = time.perf_counter() - t1, time.process_time() - c1
        print(f"store alone          {store_only:.1f} s  ({len(results) / store_only:.0f} "
              f"articles/s; adding {t_add:.1f} s, entity resolution "
              f"{store_only - t_add:.1f} s; CPU time {store_cpu:.1f} s)")
    print(f"database size        {size / 2**20:.1f} MiB")
    for k in ("articles", "quotes", "entities", "article_entities", "claims",
              "claims_2plus_sources", "claims_2plus_articles", "sources", "first_published",
              "last_published"):
        print(f"{k:20} {st[k]}")

    print(f"\n== {len(claims)} claims with 2+ sources; {args.examples} examples ==")
    rng = random.Random(args.seed)
    picks = sorted(rng.sample(claims, min(args.examples, len(claims))), key=lambda c: c.id)
    with ClaimStore(db, readonly=True) as store:
        for c in picks:
            print(f"\nclaim {c.id}: {c.n_sources} sources {', '.join(c.sources)}; first seen "
                  f"{c.first_seen}, spread {c.spread_days} days")
            for r in store.query(claim=c.id):
                who = r["speaker_entity"] or r["speaker"] or "?"
                print(f"  {r['published']}  {r['source']:12}  {who[:24]:24}  "
                      f"{' '.join(r['text'].split())}")

    print("\n== quotetrack track query --speaker Trump --about Clinton ==")
    cli_main(["track", "query", "--db", str(db), "--speaker", "Trump", "--about", "Clinton",
              "--width", "150"])
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
