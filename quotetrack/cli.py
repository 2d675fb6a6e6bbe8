"""The ``quotetrack`` command: a thin layer over the library.

Subcommands: ``extract`` (quotes as a table, JSONL or CSV), ``graph`` (who said
what about whom, as GraphML/GEXF/JSON or a picture) and ``download`` (Stanza's
English models).  Problems with single articles are reported in one line on
stderr; the rest are still processed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Iterator, Sequence

from .corpus import Article, ArticleError, CsvWriter, format_table, iter_articles, write_jsonl
from .model import ArticleResult
from .parse.conllu import ParseError, read_conllu
from .parse.stanza_pipeline import PROCESSORS, download_models
from .pipeline import QuoteTracker, attribute_document
from .store_cli import add_track_parser


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files (.txt), folders of them, or .jsonl corpora")
    p.add_argument("--parsed", action="store_true",
                   help="read the parse from NAME.conllu beside each NAME.txt")
    p.add_argument("--backend", choices=["auto", "rules", "stanza"], default="auto",
                   help="parser: Stanza when its models are installed (auto), the "
                        "model-free annotator (rules), or Stanza (stanza)")
    p.add_argument("--model-dir", default=None, help="Stanza resources folder")
    p.add_argument("--encoding", default="utf-8", help="encoding of the article files")
    p.add_argument("--errors", default="strict", choices=["strict", "replace", "ignore"],
                   help="what to do with bytes that do not decode (default: report the file)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotetrack`` command."""
    parser = argparse.ArgumentParser(
        prog="quotetrack", description="Quote attribution in news text: who said what about whom.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="extract quotes and their speakers",
                        description="Extract quotes, reported speech and their speakers.")
    _add_input_options(ex)
    ex.add_argument("--format", choices=["table", "jsonl", "csv"], default="table",
                    help="output format (default: a readable table)")
    ex.add_argument("-o", "--output", default="-", help="output file (default: stdout)")

    gr = sub.add_parser("graph", help="build the who-said-what-about-whom graph",
                        description="Build a graph of speakers, quotes and their targets.")
    _add_input_options(gr)
    gr.add_argument("-o", "--output", help="graph file: .graphml, .gexf or .json (node-link)")
    gr.add_argument("--speakers-only", action="store_true",
                    help="write the speaker -> target projection instead of the full graph")
    gr.add_argument("--png", "--picture", dest="picture", default=None,
                    help="also draw the speaker graph to this PNG/SVG file (needs matplotlib)")
    gr.add_argument("--aliases", default=None,
                    help="alias table (CSV or JSON) fixing canonical names and ids")

    dl = sub.add_parser("download", help="download Stanza's English models",
                        description="Fetch the Stanza English models quotetrack's parsed path uses.")
    dl.add_argument("--model-dir", default=None, help="where to put them (Stanza's default)")
    dl.add_argument("--processors", default=PROCESSORS, help=f"default: {PROCESSORS}")
    dl.add_argument("--package", default="default", help="Stanza package (default: default)")
    dl.add_argument("--dry-run", action="store_true", help="print what would be fetched")
    add_track_parser(sub)
    return parser


class _NoTracker(Exception):
    """The parser cannot be set up (e.g. ``--backend stanza`` without models): stop the run."""


class _Runner:
    """Turns articles into results, reporting failures without stopping."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failed = 0
        self.fatal = False
        self._tracker: QuoteTracker | None = None

    @property
    def tracker(self) -> QuoteTracker:
        if self._tracker is None:
            try:
                self._tracker = QuoteTracker(backend=self.args.backend,
                                             model_dir=self.args.model_dir)
            except FileNotFoundError as exc:  # missing models: no article would succeed
                raise _NoTracker(str(exc)) from None
        return self._tracker

    def fail(self, message: str) -> None:
        self.failed += 1
        print(f"quotetrack: {message}", file=sys.stderr)

    def results(self) -> Iterator[ArticleResult]:
        for item in iter_articles(self.args.paths, self.args.encoding, self.args.errors):
            if isinstance(item, ArticleError):
                self.fail(str(item))
                continue
            try:
                yield self._one(item)
            except _NoTracker as exc:
                self.fail(str(exc))
                self.fatal = True
                return
            except ParseError as exc:
                self.fail(str(exc))
            except Exception as exc:  # one bad article must not stop a corpus run
                self.fail(f"{item.path or item.doc_id}: {type(exc).__name__}: {exc}")

    def _one(self, article: Article) -> ArticleResult:
        if self.args.parsed:
            conllu = article.conllu_path
            if conllu is not None:
                doc = read_conllu(article.text, conllu)
                return attribute_document(doc, doc_id=article.doc_id, metadata=article.metadata)
            print(f"quotetrack: {article.path or article.doc_id}: no .conllu beside it; "
                  "using the model-free annotator", file=sys.stderr)
        return self.tracker(article.text, doc_id=article.doc_id, metadata=article.metadata)


def _open_output(name: str | None):
    if not name or name == "-":
        return sys.stdout, False
    try:
        return open(name, "w", encoding="utf-8", newline=""), True
    except OSError as exc:
        raise SystemExit(f"quotetrack: cannot write {name}: {exc.strerror or exc}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    runner = _Runner(args)
    out, close = _open_output(args.output)
    try:
        csv_writer = CsvWriter(out) if args.format == "csv" else None
        for result in runner.results():
            if args.format == "jsonl":
                write_jsonl([result], out)
            elif csv_writer is not None:
                csv_writer.write(result)
            else:
                out.write(format_table(result) + "\n")
            out.flush()
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("quotetrack: interrupted; output holds the articles done", file=sys.stderr)
        return 130
    finally:
        if close:
            out.close()
    if runner.fatal:
        return 2
    return 1 if runner.failed else 0


def cmd_graph(args: argparse.Namespace) -> int:
    from . import graph as graphs

    if not args.output and not args.picture:
        print("quotetrack: graph needs -o FILE (.graphml, .gexf, .json) or --png FILE",
              file=sys.stderr)
        return 2
    runner = _Runner(args)
    results = list(runner.results())
    if runner.fatal:
        return 2
    try:
        G = graphs.build_graph(results, aliases=args.aliases)
    except (OSError, ValueError) as exc:
        print(f"quotetrack: {exc}", file=sys.stderr)
        return 2
    S = graphs.speaker_graph(G)
    try:
        if args.output:
            graphs.write_graph(S if args.speakers_only else G, args.output)
        if args.picture:
            graphs.draw_graph(S, args.picture)
    except (ImportError, RuntimeError) as exc:
        print(f"quotetrack: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"quotetrack: cannot write the graph: {exc}", file=sys.stderr)
        return 2
    print(f"quotetrack: {len(results)} articles, {G.number_of_nodes()} nodes, "
          f"{G.number_of_edges()} edges", file=sys.stderr)
    return 1 if runner.failed else 0


def cmd_download(args: argparse.Namespace) -> int:
    try:
        fetched = download_models(args.model_dir, args.processors, args.package,
                                  dry_run=args.dry_run)
    except ValueError as exc:
        print(f"quotetrack: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # network and disk problems come in many types
        print(f"quotetrack: download failed: {exc}", file=sys.stderr)
        return 1
    verb = "would fetch" if args.dry_run else "fetched"
    print(f"quotetrack: {verb} Stanza English models ({fetched['processors']}, "
          f"package {fetched['package']}) into {fetched['model_dir']}")
    return 0


COMMANDS = {"extract": cmd_extract, "graph": cmd_graph, "download": cmd_download}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quotetrack`` command; returns the exit status."""
    logging.basicConfig(format="quotetrack: %(message)s", level=logging.WARNING)
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", None)
    return func(args) if func else COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
