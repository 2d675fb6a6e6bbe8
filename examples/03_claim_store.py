"""Fill a claim store with two articles and query it.

    python examples/03_claim_store.py [OUT_DIR]

Stores both articles in ``examples/articles/`` in ``OUT_DIR/claims.db``
(default: ``./out``), with the outlet and date from each article's
``NAME.json`` sidecar, then asks:

- what did Vasquez say (any name an article used finds her);
- what did Brennan say about Vasquez;
- which statements did two or more outlets report (claims).

Running it again adds nothing: an article whose text is already stored is
skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotetrack
from quotetrack.corpus import ArticleError, iter_articles

HERE = Path(__file__).resolve().parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out")
    out.mkdir(parents=True, exist_ok=True)
    try:
        from quotetrack.store import ClaimStore
    except ImportError as exc:  # only in a quotetrack without the claim store
        print(f"skipped: this quotetrack has no claim store ({exc})")
        return 0

    with ClaimStore(out / "claims.db") as store:
        # iter_articles reads .txt files and the metadata in NAME.json beside each one.
        for article in iter_articles([HERE / "articles"]):
            if isinstance(article, ArticleError):
                print(f"cannot read: {article}")
                continue
            result = quotetrack.extract(article.text, doc_id=article.doc_id,
                                        metadata=article.metadata)
            done = store.add(result)
            state = "added" if done.added else "already stored"
            print(f"{article.doc_id}: {done.quotes} quotes, {state} "
                  f"({article.metadata.get('source')}, {article.metadata.get('published')})")

        print("\nWhat did Vasquez say?")
        for row in store.query(speaker="Vasquez"):
            print(f"  {row['published']}  {row['source']:<17} [{row['kind']}] "
                  f"({row['speaker_mention']}) {' '.join(row['text'].split())}")

        print("\nWhat did Brennan say about Vasquez?")
        for q in store.quotes(speaker="Brennan", about="Vasquez"):
            print(f"  {q.speaker.name}: {q.text}")

        print("\nStatements reported by two or more outlets:")
        for claim in store.claims(min_sources=2):
            print(f"  claim {claim.id}: {claim.text}")
            print(f"    said by {', '.join(claim.speakers)}; reported by "
                  f"{', '.join(claim.sources)}; first seen {claim.first_seen}, "
                  f"spread over {claim.spread_days} day(s)")

        print("\nWho the store knows as 'Vasquez':")
        for ent in store.find_entities("Vasquez"):
            print(f"  {ent.name} (entity:{ent.key}), in {ent.n_articles} articles, "
                  f"also called {', '.join(ent.aliases)}")

        stats = store.stats()
        print(f"\nStore: {stats['articles']} articles, {stats['quotes']} quotes, "
              f"{stats['entities']} entities, {stats['claims']} claims; "
              f"consistency problems: {store.check() or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
