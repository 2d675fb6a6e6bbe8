"""A mixed quote's whole reported statement (``Quote.statement``): the clause its quoted
words are part of, in the result, the JSON Lines record, the graph and the claim store.

Every text here was written for the test.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import networkx as nx

import quotetrack
from quotetrack.graph import write_graphml

TEXT = ("A White House spokesman, Andre Kell, said President Nils Marsh still supported "
        "the bill and would sign it \u201cthe day it reaches his desk.\u201d\n\n"
        "\u201cWe have waited long enough,\u201d Kell said.\n")


def _mixed(result: quotetrack.ArticleResult) -> quotetrack.Quote:
    (q,) = [q for q in result.quotes if q.kind == "mixed"]
    return q


def test_mixed_quote_carries_its_whole_statement():
    result = quotetrack.extract(TEXT)
    q = _mixed(result)
    assert q.text == "\u201cthe day it reaches his desk.\u201d"
    assert q.statement is not None
    assert q.statement.text == ("President Nils Marsh still supported the bill and would sign "
                                "it \u201cthe day it reaches his desk.\u201d")
    assert TEXT[q.statement.start:q.statement.end] == q.statement.text
    assert q.statement.start <= q.start and q.end <= q.statement.end
    # whom the statement names, not only the quoted words
    assert [result.entity(e).name for e in q.about] == ["Nils Marsh"]
    # other kinds have none
    assert all(o.statement is None for o in result.quotes if o.kind != "mixed")


def test_statement_offsets_point_into_the_text_given_after_cleaning():
    """Scraped junk (a link's hover card) is cleaned out before parsing; the statement's
    offsets still point into the text given."""
    junk = "Nils MarshNils MarshPresident of the Republic"
    text = TEXT.replace("President Nils Marsh", "President " + junk + " Nils Marsh", 1)
    q = _mixed(quotetrack.extract(text))
    assert q.statement is not None
    raw = text[q.statement.start:q.statement.end]
    assert raw.startswith("President") and raw.endswith("\u201cthe day it reaches his desk.\u201d")


def test_record_graph_and_graphml_hold_the_statement():
    result = quotetrack.extract(TEXT, doc_id="rail")
    recs = result.records()
    (mixed,) = [r for r in recs if r["kind"] == "mixed"]
    assert mixed["statement"].startswith("President Nils Marsh")
    assert (mixed["statement_start"], mixed["statement_end"]) == \
        (_mixed(result).statement.start, _mixed(result).statement.end)
    assert all(r["statement"] is None and r["statement_start"] is None
               for r in recs if r["kind"] != "mixed")
    G = quotetrack.build_graph([result])
    quotes = {d["quote_kind"]: d for _, d in G.nodes(data=True) if d.get("kind") == "quote"}
    assert quotes["mixed"]["statement"] == mixed["statement"]
    assert "statement" not in quotes["direct"]
    buf = io.BytesIO()
    write_graphml(G, buf)
    back = nx.read_graphml(io.BytesIO(buf.getvalue()))
    assert mixed["statement"] in {d.get("statement") for _, d in back.nodes(data=True)}


def test_claim_store_keeps_the_statement(tmp_path: Path):
    with quotetrack.ClaimStore(tmp_path / "c.db") as store:
        store.add(quotetrack.extract(TEXT, doc_id="rail"))
        (q,) = store.quotes(kind="mixed")
        assert q.statement == _mixed(quotetrack.extract(TEXT)).statement
        (row,) = store.query(kind="mixed")
        assert row["statement"] == q.statement.text


def test_a_store_of_schema_two_gains_the_statement_columns(tmp_path: Path):
    """A store made before statements (schema 2) is migrated when opened; its old quotes
    have none, new ones keep theirs."""
    db = tmp_path / "old.db"
    with quotetrack.ClaimStore(db) as store:
        store.add(quotetrack.extract("The mayor said the bridge would open in May.",
                                     doc_id="old"))
    con = sqlite3.connect(db)
    for column in ("statement_start", "statement_end", "statement_text", "reported_by_seq",
                   "rm_start", "rm_end", "rm_text", "rm_form"):
        con.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    con.execute("DELETE FROM schema_migrations WHERE version >= 3")
    con.commit()
    con.close()
    with quotetrack.ClaimStore(db) as store:
        assert store.schema_version == quotetrack.store.SCHEMA_VERSION
        assert [q.statement for q in store.quotes()] == [None]
        store.add(quotetrack.extract(TEXT, doc_id="rail"))
        (q,) = store.quotes(kind="mixed")
        assert q.statement is not None and q.statement.text.startswith("President Nils Marsh")


def test_relative_clause_inside_the_statement_does_not_cut_it():
    """"She said the estimate, which rose by 40 percent, was “not acceptable.”": the
    relative clause closes inside the statement, whose verb and quoted words follow."""
    text = ("She said the latest estimate, which rose by 40 percent in six months, was "
            "\u201csimply not acceptable.\u201d")
    result = quotetrack.extract(text)
    assert [q.kind for q in result.quotes] == ["mixed"]
    assert result.quotes[0].statement.text == text[len("She said "):]
