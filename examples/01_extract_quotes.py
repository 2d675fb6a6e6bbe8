"""Extract the quotes of one article and print who said each one.

    python examples/01_extract_quotes.py [ARTICLE.txt]

Without an argument it reads ``examples/articles/harbor-bridge.txt``, an
article written for these examples. It has the hard cases: a hover card and
a photo credit left over from scraping, a pronoun speaker ("she said"), a
role noun ("The mayor said"), mixed quotes (quoted words inside reported
speech), a quote that runs over two paragraphs and reported speech with no
quote marks. The model-free annotator does the work, so no model download
is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotetrack

HERE = Path(__file__).resolve().parent
FORMS = {"name": "a name", "pronoun": "a pronoun", "role": "a role noun", "noun": "a noun phrase"}


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "articles" / "harbor-bridge.txt"
    text = path.read_text(encoding="utf-8")
    result = quotetrack.extract(text, doc_id=path.stem)

    print(f"{path.name}: {len(result.quotes)} quotes, {len(result.entities)} entities\n")
    for q in result.quotes:
        speaker = q.speaker.name if q.speaker else "(nobody resolved)"
        print(f"[{q.kind}] {speaker}  confidence {q.confidence:.2f}")
        print(f"    quote:   {' '.join(q.text.split())}")
        m = q.speaker_mention
        if m is not None:
            # Offsets point into the text we passed in, junk and all.
            assert text[m.start:m.end] == m.text
            print(f"    rests on {m.text!r} ({FORMS[m.form]}) at {m.start}-{m.end}", end="")
            print(f", cue {q.cue.text!r}" if q.cue else "")
        print(f"    rule:    {q.reason or '-'}")

    print("\nEntities of the article (one per person or group, with every name it went by):")
    for e in result.entities:
        names = ", ".join(e.aliases) or "-"
        titles = ", ".join(e.titles) or "-"
        print(f"  {e.id}: {e.name} [{e.type}] also called: {names}; titles: {titles}")

    # The scraped junk is gone from the quotes, but offsets still fit the original.
    first = result.quotes[0]
    print(f"\nThe first quote is text[{first.start}:{first.end}] = {text[first.start:first.end]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
