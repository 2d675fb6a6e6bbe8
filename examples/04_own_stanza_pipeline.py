"""Attribute quotes from a parse you already have, or with your own Stanza pipeline.

    python examples/04_own_stanza_pipeline.py

Part 1 always runs: ``examples/parsed/vasquez-short.conllu`` is a dependency
parse of ``vasquez-short.txt`` in CoNLL-U as Stanza writes it (character
offsets and NER tags in the MISC column).  ``quotetrack.from_conllu`` turns it
into a ``stanza`` Document, and the tracker attributes its quotes from the
parse: see the "(parse)" rules.

Part 2 runs when Stanza's English models are installed (``quotetrack
download``): it builds a ``stanza.Pipeline`` itself, hands it to
``QuoteTracker(nlp=...)``, and also passes a Document parsed beforehand.
Without the models it says so and stops, with exit status 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotetrack
from quotetrack.parse.stanza_pipeline import PROCESSORS, default_model_dir, models_available

HERE = Path(__file__).resolve().parent


def show(result: quotetrack.ArticleResult) -> None:
    for q in result.quotes:
        who = q.speaker.name if q.speaker else "?"
        mention = q.speaker_mention.text if q.speaker_mention else "-"
        print(f"  [{q.kind}] {who} (via {mention!r}, rule: {q.reason}): {q.text}")


def main() -> int:
    print("1. A parse you already have (CoNLL-U):")
    text = (HERE / "parsed" / "vasquez-short.txt").read_text(encoding="utf-8")
    conllu = (HERE / "parsed" / "vasquez-short.conllu").read_text(encoding="utf-8")
    doc = quotetrack.from_conllu(text, conllu)
    show(quotetrack.QuoteTracker(backend="rules")(doc, doc_id="vasquez-short"))

    print("\n2. Your own Stanza pipeline:")
    if not models_available():
        print(f"  skipped: Stanza's English models are not installed in {default_model_dir()}.")
        print("  Get them once with `quotetrack download` (a few hundred MB), then run this again.")
        return 0
    import stanza

    nlp = stanza.Pipeline("en", processors=PROCESSORS, download_method=None,
                          logging_level="WARN")
    tracker = quotetrack.QuoteTracker(nlp=nlp)
    article = (HERE / "articles" / "harbor-bridge.txt").read_text(encoding="utf-8")
    print("  a. QuoteTracker(nlp=nlp) on the text (cleaned first, then parsed by your pipeline):")
    show(tracker(article, doc_id="harbor-bridge"))

    print("  b. a Document you parsed yourself (used as it is, no cleaning):")
    parsed = nlp("\"We are not going to sign a blank check,\" Vasquez told reporters.")
    show(tracker(parsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
