"""A notebook-friendly summary: every quote of both articles as a table.

    python examples/05_dataframe_summary.py

With pandas installed (``pip install pandas`` or ``pip install
"quotetrack[examples]"``) the quotes become a ``pandas.DataFrame`` (one row per
quote, the columns of ``quotetrack extract --format jsonl``), and the script
prints it and a count of quotes per speaker and kind.  In a notebook, the last
expression ``df`` shows the table.  Without pandas it prints the same rows as
plain dicts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotetrack

HERE = Path(__file__).resolve().parent


def main() -> int:
    records = []
    for path in sorted((HERE / "articles").glob("*.txt")):
        result = quotetrack.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
        records.extend(result.records())  # one flat dict per quote

    try:
        import pandas as pd
    except ImportError:
        print("pandas is not installed; the rows as plain dicts:")
        for r in records:
            print({k: r[k] for k in ("doc", "speaker", "kind", "cue", "confidence", "text")})
        return 0

    df = pd.DataFrame.from_records(records)
    with pd.option_context("display.width", 140, "display.max_colwidth", 50,
                           "display.max_columns", 10):
        print(df[["doc", "speaker", "speaker_mention", "kind", "cue", "confidence", "text"]])
        print("\nQuotes per speaker and kind:")
        print(df.pivot_table(index="speaker", columns="kind", values="text", aggfunc="count",
                             fill_value=0))
        print("\nMean confidence per speaker:")
        print(df.groupby("speaker")["confidence"].mean().round(2).sort_values(ascending=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
