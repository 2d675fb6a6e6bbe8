"""Tests for ``quotetrack track``: ingest (killed and resumed), queries, claims, graph, help."""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import POLNEAR, ROOT, need

from quotetrack.cli import build_parser, main
from quotetrack.graph import read_graph
from quotetrack.store import ClaimStore

PEOPLE = ["Mike Pompeo", "Jane Doe", "John Roe", "Ann Smith", "Tom Brown", "Kim Lee"]
OUTLETS = ["The Hill", "CNN", "Fox News", "Reuters", "AP"]
SAYINGS = [
    "We will not lift the sanctions until North Korea gives up its weapons",
    "The budget deal is a good deal for working families in this country",
    "Nobody in this administration has talked to the Russians about it",
    "The vote on Friday will decide the future of the health care law",
]


def make_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """``n`` short articles with two quotes each and a meta.tsv manifest."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["doc\tpublisher\tpublication_date\ttitle"]
    for i in range(n):
        a, b = rng.sample(PEOPLE, 2)
        s1 = SAYINGS[(i // 3) % len(SAYINGS) % 2] if i % 3 == 0 else \
            f"Statement {i} is mine alone today"
        text = (f'"{s1}," {a} said on Monday. {b} told reporters that talks on item {i} had '
                f'stalled. "We are ready to talk about point {i}," {b} added.\n')
        (folder / f"art-{i:04d}.txt").write_text(text, encoding="utf-8")
        lines.append(f"art-{i:04d}\t{OUTLETS[i % len(OUTLETS)]}\t2019-0{1 + i % 9}-1{i % 10}"
                     f"\tArticle {i}")
    (folder / "meta.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the quotetrack command in-process; returns status, stdout, stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_every_track_subcommand_has_help() -> None:
    """'track' and each of its subcommands have help text and a description."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {c.dest: c.help for c in sub._choices_actions}
    assert helps.get("track")
    track = sub.choices["track"]
    tsub = next(a for a in track._actions if isinstance(a, argparse._SubParsersAction))
    thelps = {c.dest: c.help for c in tsub._choices_actions}
    assert set(thelps) == {"add", "query", "claims", "graph", "entities", "info"}
    for name, p in tsub.choices.items():
        assert thelps[name] and p.description, name
        for action in p._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"track {name} {action.option_strings}"


def test_add_query_claims_graph(tmp_path: Path, capsys) -> None:
    """The documented workflow: add a folder, query a speaker, list claims, write a graph."""
    corpus = make_corpus(tmp_path / "corpus", 12)
    db = str(tmp_path / "claims.db")
    status, _, err = run(capsys, "track", "add", str(corpus), "--db", db, "--backend", "rules")
    assert status == 0, err
    assert "12 articles added" in err and "manifest" in err

    status, _, err = run(capsys, "track", "add", str(corpus), "--db", db, "--backend", "rules")
    assert status == 0 and "0 articles added" in err and "12 already stored" in err

    status, out, err = run(capsys, "track", "query", "--db", db, "--speaker", "Pompeo")
    assert status == 0, err
    assert "date" in out and "outlet" in out and "Mike Pompeo" in out
    assert "2019-" in out and "mike-pompeo" in err

    status, out, _ = run(capsys, "track", "query", "--db", db, "--format", "jsonl",
                         "--text", "sanctions", "--since", "2019-01-01")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all("sanctions" in r["text"].lower() for r in rows)
    assert all(r["source"] in ("The Hill", "CNN", "Fox News", "Reuters", "AP") for r in rows)

    status, out, _ = run(capsys, "track", "query", "--db", db, "--format", "csv", "--limit", "3")
    assert out.splitlines()[0].startswith("quote_id,claim_id,doc,published,source")
    assert len(out.splitlines()) == 4

    status, out, _ = run(capsys, "track", "claims", "--db", db, "--min-sources", "2",
                         "--quotes")
    assert status == 0 and "outlets" in out and "claim " in out

    status, out, _ = run(capsys, "track", "claims", "--db", db, "--format", "jsonl")
    claims = [json.loads(line) for line in out.splitlines()]
    assert claims and all(c["n_sources"] >= 2 for c in claims)

    graph = tmp_path / "all.graphml"
    status, _, err = run(capsys, "track", "graph", "--db", db, "-o", str(graph))
    assert status == 0, err
    G = read_graph(graph)
    assert any(d.get("label") == "Mike Pompeo" for _, d in G.nodes(data=True))

    status, out, _ = run(capsys, "track", "entities", "--db", db, "Pompeo")
    assert status == 0 and "entity:mike-pompeo" in out

    status, out, _ = run(capsys, "track", "info", "--db", db, "--check")
    assert status == 0 and "check: ok" in out and "articles               12" in out


def test_query_odd_text_and_unknown_names(tmp_path: Path, capsys) -> None:
    """Odd characters in a query are plain text; an unknown name is reported, not an error."""
    corpus = make_corpus(tmp_path / "corpus", 3)
    db = str(tmp_path / "c.db")
    assert main(["track", "add", str(corpus), "--db", db, "--backend", "rules"]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "track", "query", "--db", db, "--text",
                         "'); DROP TABLE quotes;--")
    assert status == 0 and out.startswith("# 0 quotes")
    status, _, err = run(capsys, "track", "query", "--db", db, "--speaker", "Nobody%';--")
    assert status == 1 and "no entity known" in err
    status, _, err = run(capsys, "track", "query", "--db", db, "--match", '"open')
    assert status == 2 and "full-text" in err
    status, out, _ = run(capsys, "track", "info", "--db", db, "--check")
    assert "check: ok" in out


def test_missing_store_is_a_clear_error(tmp_path: Path, capsys) -> None:
    """Querying a store that does not exist says how to create one."""
    with pytest.raises(SystemExit, match="track add"):
        main(["track", "query", "--db", str(tmp_path / "none.db")])


def test_jsonl_corpus_carries_metadata(tmp_path: Path, capsys) -> None:
    """JSONL articles bring their own source and date (synonyms accepted)."""
    path = tmp_path / "c.jsonl"
    recs = [{"id": "x1", "text": '"We will win the vote on Friday," Jane Doe said.',
             "publisher": "CNN", "date": "2020-02-26T09:00:00Z", "title": "T1"},
            {"id": "x2", "text": '"We will win the vote on Friday," Doe said on Tuesday.',
             "source": "Fox News", "published": "2020-02-27"}]
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert main(["track", "add", str(path), "--db", str(db), "--backend", "rules"]) == 0
    with ClaimStore(db) as store:
        rows = store.query()
        assert [(r["doc"], r["source"], r["published"]) for r in rows] == [
            ("x1", "CNN", "2020-02-26"), ("x2", "Fox News", "2020-02-27")]
        (claim,) = store.claims(min_sources=2)
        assert claim.sources == ("CNN", "Fox News") and claim.first_seen == "2020-02-26"


def test_killed_ingest_leaves_whole_articles_and_resumes(tmp_path: Path, capsys) -> None:
    """SIGKILL mid-ingest: the store is consistent, and a re-run completes without duplicates."""
    n = 400
    corpus = make_corpus(tmp_path / "corpus", n)
    db = tmp_path / "claims.db"
    cmd = [sys.executable, "-m", "quotetrack", "track", "add", str(corpus), "--db", str(db),
           "--backend", "rules"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    seen = 0
    deadline = time.time() + 180
    try:
        while time.time() < deadline and proc.poll() is None:
            if db.exists():
                # closed however the query ends: a connection left open in this process
                # (sqlite3 connections are freed only by the cycle collector) would keep
                # the later ones from recovering an article the kill left committed in
                # the WAL but not yet in its index, and they would count one too few
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                try:
                    seen = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    seen = 0  # the schema is not there yet
                finally:
                    con.close()
            if seen >= 15:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        proc.wait(30)
        err = proc.stderr.read().decode() if proc.stderr else ""
    assert proc.returncode == -signal.SIGKILL, f"ingest was not killed mid-way: {err}"

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored, = con.execute("SELECT COUNT(*) FROM articles").fetchone()
    assert 15 <= stored < n
    partial = con.execute(
        "SELECT a.doc_key FROM articles a WHERE a.n_quotes != (SELECT COUNT(*) FROM quotes q "
        "WHERE q.article_id = a.id)").fetchall()
    assert partial == []
    orphans, = con.execute("SELECT COUNT(*) FROM quotes WHERE article_id NOT IN "
                           "(SELECT id FROM articles)").fetchone()
    assert orphans == 0
    con.close()
    with ClaimStore(db) as store:
        assert store.check() == []

    status = main(["track", "add", str(corpus), "--db", str(db), "--backend", "rules"])
    _, err = capsys.readouterr()
    assert status == 0, err
    assert f"{n - stored} articles added" in err and f"{stored} already stored" in err
    with ClaimStore(db) as store:
        assert store.check() == []
        st = store.stats()
        assert st["articles"] == n
        expected, = store.db.execute("SELECT SUM(n_quotes) FROM articles").fetchone()
        assert st["quotes"] == expected
        dup, = store.db.execute("SELECT COUNT(*) FROM (SELECT article_id, start_char, "
                                "end_char FROM quotes GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"
                                ).fetchone()
        assert dup == 0
        assert store.db.execute("SELECT value FROM store_info WHERE key = 'entities_dirty'"
                                ).fetchone()[0] == "0"


def test_polnear_articles_get_manifest_metadata(tmp_path: Path, capsys) -> None:
    """PolNeAR dev articles given one by one take publisher, date and title from meta.tsv."""
    dev = need(POLNEAR / "dev", "PolNeAR")
    files = sorted(dev.glob("*.txt"))[:4]
    db = tmp_path / "p.db"
    status = main(["track", "add", *map(str, files), "--db", str(db), "--parsed",
                   "--backend", "rules"])
    assert status == 0, capsys.readouterr().err
    with ClaimStore(db) as store:
        arts = store.articles()
        assert len(arts) == 4
        for a in arts:
            assert a.source and a.published_date and a.title
            assert a.doc.startswith(a.source)
