"""``quotetrack track``: the claim store on the command line (a thin layer over ClaimStore).

Subcommands: ``add`` (extract and store articles), ``query`` (quotes by
speaker, target, kind, dates, outlet, words), ``claims`` (statements reported
by several outlets), ``graph`` (the who-said-what-about-whom graph of the
store), ``entities`` (who the store knows, by name) and ``info`` (counts).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .corpus import open_output
from .store import (
    CLAIM_FIELDS,
    ROW_FIELDS,
    ClaimStore,
    StoreError,
    find_manifest,
    read_manifest,
    write_rows,
)

__all__ = ["add_track_parser"]


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, metavar="FILE",
                   help="the claim store (an SQLite file; created by 'track add')")


def _filter_options(p: argparse.ArgumentParser, full: bool = True) -> None:
    f = p.add_argument_group("filters (all must hold; repeat an option for 'any of')")
    f.add_argument("--speaker", action="append", metavar="NAME",
                   help="who said it: any name articles used ('Pompeo', 'Mike Pompeo') "
                        "or an entity key")
    f.add_argument("--about", action="append", metavar="NAME",
                   help="an entity the quote is about")
    if full:
        f.add_argument("--addressee", action="append", metavar="NAME",
                       help="whom it was said to")
        f.add_argument("--target", action="append", metavar="NAME",
                       help="an entity it is about or was said to")
    f.add_argument("--kind", action="append", choices=["direct", "mixed", "indirect"],
                   help="quote kind")
    f.add_argument("--since", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    f.add_argument("--until", metavar="DATE", help="published on or before (YYYY-MM-DD)")
    f.add_argument("--source", action="append", metavar="OUTLET",
                   help="outlet, as in the article metadata (case-insensitive)")
    f.add_argument("--text", metavar="WORDS",
                   help="words the quote must contain (full-text search)")
    if full:
        f.add_argument("--phrase", action="store_true",
                       help="--text must occur as one phrase")
        f.add_argument("--match", metavar="FTS",
                       help="a raw SQLite FTS5 query, e.g. 'NEAR(korea nuclear, 5)' or "
                            "'korea OR iran'")
        f.add_argument("--doc", action="append", metavar="DOC", help="article key or doc id")
        f.add_argument("--min-confidence", type=float, metavar="X",
                       help="attribution confidence at least X (0..1)")


_FILTER_KEYS = ("speaker", "about", "addressee", "target", "kind", "since", "until", "source",
                "text", "phrase", "match", "doc", "min_confidence")


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in _FILTER_KEYS
            if getattr(args, k, None) not in (None, False)}


def _output_options(p: argparse.ArgumentParser, default_limit: int | None) -> None:
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table",
                   help="output format (default: a readable table)")
    p.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    p.add_argument("--limit", type=int, default=default_limit, metavar="N",
                   help=f"at most N rows (default: {default_limit or 'all'}; 0 for all)")
    p.add_argument("--width", type=int, default=None,
                   help="table width (default: the terminal's, at least 100; 150 in a pipe)")


def add_track_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``track`` command and its subcommands to the ``quotetrack`` parser."""
    from .cli import _add_input_options

    tr = sub.add_parser(
        "track", help="store quotes of many articles and query them (claim store)",
        description="A claim store: quotes of many articles in an SQLite file, queried by "
                    "speaker, target, date and outlet, with quotes repeated by several "
                    "outlets grouped into claims.")
    tsub = tr.add_subparsers(dest="track_command", metavar="SUBCOMMAND")
    tsub.required = True

    ad = tsub.add_parser(
        "add", help="extract quotes from articles and store them",
        description="Extract quotes and speakers from articles and add them to the store, one "
                    "transaction per article.  Articles already stored (same text) are "
                    "skipped, so a killed run can simply be started again.  Metadata "
                    "(source, published, title, url) comes from NAME.json beside NAME.txt, "
                    "JSONL fields, or a manifest (meta.tsv, manifest.csv... in the folder, "
                    "or --manifest).")
    _add_input_options(ad)
    _db_option(ad)
    ad.add_argument("--manifest", action="append", metavar="FILE",
                    help="TSV/CSV of article metadata keyed by file stem (columns doc, "
                         "publisher|source, publication_date|published, title, url); "
                         "default: meta.tsv/manifest.tsv/manifest.csv in each folder")
    ad.add_argument("--no-manifest", action="store_true",
                    help="do not look for a manifest in the folders")
    ad.add_argument("--aliases", metavar="FILE",
                    help="alias table (CSV or JSON) fixing canonical names and ids; kept in "
                         "the store for later runs")
    ad.add_argument("-v", "--verbose", action="store_true", help="one line per article")
    ad.set_defaults(func=cmd_add)

    qu = tsub.add_parser(
        "query", help="quotes by speaker, target, kind, date, outlet or words",
        description="Quotes in the store matching every filter, oldest first, with their date "
                    "and outlet.  Example: what did Trump say about Clinton: "
                    "--speaker Trump --about Clinton.")
    _db_option(qu)
    _filter_options(qu)
    qu.add_argument("--order", choices=["date", "-date", "article", "confidence"],
                    default="date", help="row order (default: date, oldest first)")
    _output_options(qu, None)
    qu.set_defaults(func=cmd_query)

    cl = tsub.add_parser(
        "claims", help="statements reported by several outlets",
        description="Claims: one statement however many outlets reported it (same words "
                    "after normalising case, punctuation and whitespace, or truncated, with "
                    "an ellipsis or a bracketed insertion), with their sources, first-seen "
                    "date and spread.  Filters keep claims with a matching quote.")
    _db_option(cl)
    cl.add_argument("--min-sources", type=int, default=2, metavar="N",
                    help="reported by at least N outlets (default: 2)")
    cl.add_argument("--min-articles", type=int, default=0, metavar="N",
                    help="in at least N articles")
    cl.add_argument("--order", choices=["sources", "first_seen", "id"], default="sources",
                    help="most outlets first (default), oldest first, or by id")
    cl.add_argument("--quotes", action="store_true",
                    help="table: list every quote of each claim (date, outlet, speaker)")
    _filter_options(cl, full=False)
    _output_options(cl, 50)
    cl.set_defaults(func=cmd_claims)

    gr = tsub.add_parser(
        "graph", help="the who-said-what-about-whom graph of the store",
        description="Build the quote graph (as 'quotetrack graph' does) from the stored "
                    "quotes, optionally only those matching the filters.")
    _db_option(gr)
    from .cli import add_graph_output_options  # cli imports this module: import at call time

    add_graph_output_options(gr)
    _filter_options(gr, full=False)
    gr.set_defaults(func=cmd_graph)

    en = tsub.add_parser(
        "entities", help="who the store knows, by name",
        description="Canonical entities (merged across articles) with their names, most "
                    "articles first; with NAME, those known by that name.")
    _db_option(en)
    en.add_argument("name", nargs="?", help="a name, e.g. 'Clinton'")
    en.add_argument("--type", choices=["PERSON", "ORG", "GPE", "NORP", "GROUP", "UNKNOWN"],
                    help="only entities of this type")
    en.add_argument("--limit", type=int, default=30, metavar="N",
                    help="at most N entities (default: 30; 0 for all)")
    en.set_defaults(func=cmd_entities)

    inf = tsub.add_parser("info", help="counts: articles, quotes, entities, claims",
                          description="Counts of the store and a consistency check.")
    _db_option(inf)
    inf.add_argument("--check", action="store_true",
                     help="also run the consistency check (integrity, quote counts)")
    inf.set_defaults(func=cmd_info)
    return tr


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _err(message: str) -> None:
    print(f"quotetrack: {message}", file=sys.stderr)


def _open_store(args: argparse.Namespace, must_exist: bool = True, **kw: Any) -> ClaimStore:
    if must_exist and not Path(args.db).exists():
        raise SystemExit(f"quotetrack: {args.db}: no such claim store (create it with "
                         "'quotetrack track add ... --db FILE')")
    try:
        return ClaimStore(args.db, **kw)
    except StoreError as exc:
        raise SystemExit(f"quotetrack: {exc}") from None
    except (OSError, ValueError) as exc:
        raise SystemExit(f"quotetrack: {args.db}: {exc}") from None


def _width(args: argparse.Namespace) -> int:
    if getattr(args, "width", None):
        return max(60, args.width)
    if not sys.stdout.isatty():
        return 150
    return max(100, shutil.get_terminal_size((150, 24)).columns)


def _explain_names(store: ClaimStore, args: argparse.Namespace) -> bool:
    """Say on stderr whom each entity filter matched; False when one matches nobody."""
    ok = True
    for opt in ("speaker", "about", "addressee", "target"):
        for name in getattr(args, opt, None) or ():
            found = store.find_entities(name)
            if not found:
                _err(f"--{opt} {name!r}: no entity known by that name "
                     "(see 'quotetrack track entities')")
                ok = False
                continue
            shown = ", ".join(f"{e.name} [{e.key}, {e.n_articles} art.]" for e in found[:4])
            more = f" and {len(found) - 4} more" if len(found) > 4 else ""
            _err(f"--{opt} {name!r}: {shown}{more}")
    return ok


def _cell(text: Any, width: int) -> str:
    s = " ".join(str(text or "").split())
    return s if len(s) <= width else s[:width - 1] + "\u2026"


def _table(headers: tuple[str, ...], widths: tuple[int, ...], rows: list[tuple[Any, ...]],
           total: int) -> Iterator[str]:
    """Fixed columns then one wrapped last column."""
    fixed = sum(widths) + 2 * len(widths)
    last = max(30, total - fixed)
    yield "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)) + "  " + \
        headers[-1]
    yield "  ".join("-" * w for w in widths) + "  " + "-" * min(last, 40)
    for r in rows:
        lines = textwrap.wrap(" ".join(r[-1].split()), last) or [""]
        yield "  ".join(_cell(c, w).ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + \
            "  " + lines[0]
        for more in lines[1:]:
            yield " " * fixed + more


# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------


def _manifests(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    files: list[Path] = [Path(m) for m in args.manifest or ()]
    if not args.manifest and not args.no_manifest:
        for raw in args.paths:
            p = Path(raw)
            folder = p if p.is_dir() else p.parent
            found = find_manifest(folder)
            if found is not None and found not in files:
                files.append(found)
    out: dict[str, dict[str, Any]] = {}
    for f in files:
        try:
            rows = read_manifest(f)
        except OSError as exc:
            raise SystemExit(f"quotetrack: cannot read manifest {f}: "
                             f"{exc.strerror or exc}") from None
        except ValueError as exc:
            raise SystemExit(f"quotetrack: {exc}") from None
        _err(f"manifest {f}: metadata for {len(rows)} articles")
        out.update(rows)
    return out


def _runner(args: argparse.Namespace, store: ClaimStore,
            manifest: dict[str, dict[str, Any]]) -> Any:
    """cli._Runner that merges manifest metadata and skips articles already stored."""
    from .cli import _Runner

    class TrackRunner(_Runner):
        skipped = 0

        def _one(self, article: Any) -> Any:
            if store.has_text(article.text):
                self.skipped += 1
                return None
            meta = {**manifest.get(article.doc_id, {}), **article.metadata}
            return super()._one(attrs.evolve(article, metadata=meta))

    return TrackRunner(args)


def cmd_add(args: argparse.Namespace) -> int:
    """``track add``: extract articles and store them, one transaction each."""
    manifest = _manifests(args)
    store = _open_store(args, must_exist=False)
    t0 = time.perf_counter()
    try:
        if args.aliases:
            try:
                store.set_aliases(args.aliases)
            except (OSError, ValueError) as exc:
                _err(str(exc))
                return 2
        runner = _runner(args, store, manifest)
        added = quotes = dup = 0
        try:
            for result in runner.results():
                if result is None:
                    continue
                got = store.add(result)
                if got.added:
                    added += 1
                    quotes += got.quotes
                else:
                    dup += 1
                if args.verbose:
                    state = "added" if got.added else "already stored"
                    _err(f"{got.doc}: {got.quotes} quotes, {state}")
        except KeyboardInterrupt:
            _err(f"interrupted: {added} articles added; the store holds whole articles "
                 "only; run the same command again to go on")
            return 130
        if runner.fatal:
            return 2
        store.resolve_entities()
        st = store.stats()
        secs = time.perf_counter() - t0
        _err(f"{added} articles added ({quotes} quotes), {runner.skipped + dup} already "
             f"stored, {runner.failed} failed, in {secs:.1f} s; store: {st['articles']} "
             f"articles, {st['quotes']} quotes, {st['entities']} entities, {st['claims']} "
             f"claims ({st['claims_2plus_sources']} with 2+ sources)")
        return 1 if runner.failed else 0
    finally:
        store.close()


def _limit(args: argparse.Namespace) -> int | None:
    return None if not args.limit or args.limit <= 0 else args.limit


def _run_output(args: argparse.Namespace, write: Callable[[IO[str]], int]) -> int:
    out, close = open_output(args.output)
    try:
        write(out)
    except BrokenPipeError:
        return 0
    finally:
        if close:
            out.close()
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """``track query``: matching quotes as a table, JSONL or CSV."""
    store = _open_store(args)
    try:
        if not _explain_names(store, args):
            return 1
        try:
            rows = store.query(order=args.order, limit=_limit(args), **_filters(args))
        except ValueError as exc:
            _err(str(exc))
            return 2

        def write(out: IO[str]) -> int:
            if args.format != "table":
                return write_rows(rows, out, args.format, ROW_FIELDS)
            table = []
            for r in rows:
                who = " & ".join([r["speaker_entity"] or r["speaker"] or "?",
                                  *r["co_speaker_entities"]])
                if r["speaker_mention"] and r["speaker_mention"] not in (who, r["speaker"]):
                    who = f"{who} ({r['speaker_mention']})"
                table.append(((r["published"] or "")[:10], r["source"] or "", who,
                              r["kind"], ", ".join(r["about_entities"]), r["text"]))
            headers = ("date", "outlet", "speaker", "kind", "about", "quote")
            widths = (10, min(14, max([6, *(len(t[1]) for t in table)])), 24, 8, 20)
            out.write(f"# {len(rows)} quotes\n")
            for line in _table(headers, widths, table, _width(args)):
                out.write(line + "\n")
            return len(rows)

        return _run_output(args, write)
    finally:
        store.close()


def cmd_claims(args: argparse.Namespace) -> int:
    """``track claims``: claims reported by several outlets."""
    store = _open_store(args)
    try:
        if not _explain_names(store, args):
            return 1
        try:
            claims = store.claims(min_sources=args.min_sources, min_articles=args.min_articles,
                                  order=args.order, limit=_limit(args), **_filters(args))
        except ValueError as exc:
            _err(str(exc))
            return 2

        def write(out: IO[str]) -> int:
            if args.format != "table":
                return write_rows((c.to_record() for c in claims), out, args.format,
                                  CLAIM_FIELDS)
            width = _width(args)
            out.write(f"# {len(claims)} claims\n")
            for c in claims:
                spread = f", over {c.spread_days} days" if c.spread_days else ""
                out.write(f"\nclaim {c.id}: {c.n_sources} outlets, {c.n_articles} articles, "
                          f"first seen {c.first_seen or '?'}{spread}; said by "
                          f"{', '.join(c.speakers[:3]) or '?'}\n")
                out.write(f"  outlets: {', '.join(c.sources)}\n")
                for line in textwrap.wrap(" ".join(c.text.split()), width - 4):
                    out.write(f"    {line}\n")
                if args.quotes:
                    rows = store.query(claim=c.id)
                    for r in rows:
                        who = r["speaker_entity"] or r["speaker"] or "?"
                        out.write(f"    - {(r['published'] or '')[:10]:10}  "
                                  f"{_cell(r['source'], 14):14}  {_cell(who, 24):24}  "
                                  f"{_cell(r['text'], max(20, width - 60))}\n")
            return len(claims)

        return _run_output(args, write)
    finally:
        store.close()


def cmd_graph(args: argparse.Namespace) -> int:
    """``track graph``: write the store's quote graph."""
    if not args.output and not args.picture:
        _err("track graph needs -o FILE (.graphml, .gexf, .json) or --png FILE")
        return 2
    store = _open_store(args)
    try:
        if not _explain_names(store, args):
            return 1
        G = store.graph(**_filters(args))
    finally:
        store.close()
    from .cli import export_graph

    if export_graph(G, args) != 0:
        return 2
    _err(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    """``track entities``: canonical entities, optionally those known by a name."""
    store = _open_store(args)
    try:
        limit = None if not args.limit or args.limit <= 0 else args.limit
        if args.name:
            found = store.find_entities(args.name)
            if args.type:
                found = [e for e in found if e.type == args.type]
            found = found[:limit] if limit else found
        else:
            found = store.entities(type=args.type, limit=limit)
        for e in found:
            names = ", ".join(e.aliases[:6]) + (", ..." if len(e.aliases) > 6 else "")
            ext = f" {e.external_id}" if e.external_id else ""
            amb = " (ambiguous)" if e.ambiguous else ""
            print(f"{e.name:30} {e.type:7} {e.n_articles:5} art.  entity:{e.key}{ext}{amb}"
                  + (f"\n{'':30} also: {names}" if names else ""))
        if not found:
            _err("no such entity" if args.name else "the store has no entities")
            return 1
        return 0
    finally:
        store.close()


def cmd_info(args: argparse.Namespace) -> int:
    """``track info``: counts and an optional consistency check."""
    store = _open_store(args)
    try:
        for k, v in store.stats().items():
            print(f"{k:22} {v}")
        if args.check:
            problems = store.check()
            for p in problems:
                print(f"problem: {p}")
            print("check: ok" if not problems else f"check: {len(problems)} problems")
            return 1 if problems else 0
        return 0
    finally:
        store.close()
