"""The ``quotetrack`` command: a thin layer over the library.

Subcommands: ``extract`` (quotes as a table, JSONL or CSV), ``graph`` (who said
what about whom, as GraphML/GEXF/JSON or a picture) and ``download`` (Stanza's
English models).  Problems with single articles are reported in one line on
stderr; the rest are still processed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .corpus import Article, ArticleError, CsvWriter, format_table, iter_articles, open_output
from .model import ArticleResult
from .parallel import Outcome, TrackerConfig, iter_outcomes
from .parse.conllu import ParseError, read_conllu
from .parse.stanza_pipeline import PROCESSORS, download_models
from .pipeline import QuoteTracker, attribute_document
from .store_cli import add_track_parser


def _add_input_options(p: argparse.ArgumentParser, extract: bool = False) -> None:
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
    g = p.add_argument_group("speed and scale")
    g.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="worker processes, each loading the parser once (default: 1)")
    g.add_argument("--cache", metavar="DIR", default=None,
                   help="keep Stanza parses in DIR and reuse them: a re-run after a rule "
                        "change parses nothing")
    g.add_argument("--batch-size", type=_positive, default=None, metavar="N",
                   help="articles Stanza parses together (default: 16)")
    g.add_argument("--select", action=argparse.BooleanOptionalAction, default=True,
                   help="Stanza: tag and parse only the sentences with quote marks, reporting "
                        "verbs or cue phrases; tokens and names everywhere (default: on)")
    g.add_argument("--dask", metavar="ADDRESS", default=None,
                   help="run on a Dask cluster: its scheduler address (tcp://HOST:8786), or "
                        "local[:N] for a LocalCluster of N workers (needs quotetrack[dask])")
    g.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="a progress bar on stderr (default: when stderr is a terminal)")
    if extract:
        g.add_argument("--resume", action="store_true",
                       help="with -o FILE --format jsonl: keep the articles FILE already holds "
                            "and extract only the rest")


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotetrack`` command."""
    parser = argparse.ArgumentParser(
        prog="quotetrack", description="Quote attribution in news text: who said what about whom.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="extract quotes and their speakers",
                        description="Extract quotes, reported speech and their speakers.")
    _add_input_options(ex, extract=True)
    ex.add_argument("--format", choices=["table", "jsonl", "csv"], default="table",
                    help="output format (default: a readable table)")
    ex.add_argument("-o", "--output", default="-", help="output file (default: stdout)")

    gr = sub.add_parser("graph", help="build the who-said-what-about-whom graph",
                        description="Build a graph of speakers, quotes and their targets.")
    _add_input_options(gr)
    add_graph_output_options(gr)
    gr.add_argument("--aliases", default=None,
                    help="alias table (CSV or JSON) fixing canonical names and ids")

    dl = sub.add_parser(
        "download", help="download Stanza's English models",
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
    """Turns articles into results, reporting failures without stopping.

    Articles go through :func:`quotetrack.parallel.iter_outcomes` in batches
    (``--workers``, ``--cache``, Stanza batching) or through a Dask cluster
    (``--dask``), in input order, read a few batches ahead: memory stays
    bounded whatever the corpus size.  ``skip`` holds doc ids not to redo
    (``--resume``).  A subclass may override :meth:`_prepare` to change or
    skip (None) an article before it is processed; one that overrides
    :meth:`_one` instead is run one article at a time in this process.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.failed = 0
        self.fatal = False
        self.done = 0
        self.skip: collections.Counter[str] = collections.Counter()
        self._tracker: QuoteTracker | None = None

    @property
    def tracker(self) -> QuoteTracker:
        if self._tracker is None:
            try:
                self._tracker = QuoteTracker(backend=self.args.backend,
                                             model_dir=self.args.model_dir,
                                             cache=getattr(self.args, "cache", None))
            except FileNotFoundError as exc:  # missing models: no article would succeed
                raise _NoTracker(str(exc)) from None
        return self._tracker

    def fail(self, message: str) -> None:
        self.failed += 1
        print(f"quotetrack: {message}", file=sys.stderr)

    def config(self) -> TrackerConfig:
        """The tracker recipe every worker builds once."""
        a = self.args
        return TrackerConfig(backend=a.backend, model_dir=a.model_dir,
                             cache=getattr(a, "cache", None),
                             select=bool(getattr(a, "select", True)))

    def _prepare(self, article: Article) -> Article | None:
        """The article to process (None skips it): a hook for subclasses."""
        return article

    def _articles(self) -> Iterator[Article]:
        for item in iter_articles(self.args.paths, self.args.encoding, self.args.errors):
            if isinstance(item, ArticleError):
                self.fail(str(item))
                continue
            if self.skip[item.doc_id] > 0:
                self.skip[item.doc_id] -= 1
                continue
            prepared = self._prepare(item)
            if prepared is not None:
                yield prepared

    def results(self) -> Iterator[ArticleResult]:
        """The results of the articles that went through; failures are reported."""
        for outcome in self.outcomes():
            yield outcome.result  # type: ignore[misc]

    def outcomes(self, jsonl: bool = False) -> Iterator[Outcome]:
        """The outcomes of the articles that went through; failures are reported.

        With ``jsonl``, each carries its rows as JSON Lines bytes, rendered
        where the work ran, instead of its result (:meth:`Outcome.rendered`).
        """
        if type(self)._one is not _Runner._one and type(self)._prepare is _Runner._prepare:
            for result in self._one_by_one():  # a subclass's _one, in this process
                if result is not None:  # None: the subclass skipped the article
                    outcome = Outcome(result.doc_id or "", result)
                    yield outcome.rendered() if jsonl else outcome
            return
        with _progress(self.args, self._count()) as bar:
            try:
                outcomes = self._outcomes(jsonl)
                for outcome in outcomes:
                    bar.update(1)
                    if outcome.notice:
                        print(f"quotetrack: {outcome.notice}", file=sys.stderr)
                    if outcome.error is not None:
                        self.fail(outcome.error)
                        if outcome.fatal:
                            self.fatal = True
                            return
                        continue
                    self.done += 1
                    yield outcome
            except FileNotFoundError as exc:  # models missing: no article would succeed
                self.fail(str(exc))
                self.fatal = True
            except _DaskUnavailable as exc:
                self.fail(str(exc))
                self.fatal = True

    def _outcomes(self, jsonl: bool) -> Iterator[Outcome]:
        a = self.args
        config = self.config()
        if getattr(a, "dask", None):
            try:
                from .dask import iter_outcomes_on
            except ImportError as exc:
                raise _DaskUnavailable(
                    f"--dask needs Dask: pip install 'quotetrack[dask]' ({exc})") from None
            return iter_outcomes_on(a.dask, self._articles(), config, parsed=a.parsed,
                                    batch_size=getattr(a, "batch_size", None), jsonl=jsonl)
        return iter_outcomes(self._articles(), config, processes=getattr(a, "workers", 1),
                             parsed=a.parsed, batch_size=getattr(a, "batch_size", None),
                             jsonl=jsonl)

    def _count(self) -> int | None:
        """How many articles there are (for the bar's ETA), when a bar is shown."""
        if not _show_progress(self.args):
            return None
        n = 0
        for raw in self.args.paths:
            path = Path(raw)
            files = sorted(path.iterdir()) if path.is_dir() else [path]
            for f in files:
                suffix = f.suffix.lower()
                if suffix == ".jsonl":
                    n += _count_lines(f)
                elif suffix in (".txt", ".text", ".md") and f.is_file():
                    n += 1
        return max(0, n - sum(self.skip.values())) or None

    def _one_by_one(self) -> Iterator[ArticleResult]:
        for item in self._articles():
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


class _DaskUnavailable(Exception):
    """--dask without Dask installed."""


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return 0


def _show_progress(args: argparse.Namespace) -> bool:
    flag = getattr(args, "progress", None)
    if flag is not None:
        return bool(flag)
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def update(self, n: int = 1) -> None:
        pass


def _progress(args: argparse.Namespace, total: int | None) -> Any:
    """A tqdm bar on stderr (articles/s and ETA), or one that shows nothing."""
    if not _show_progress(args):
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return _NoBar()
    return tqdm(total=total, unit="art", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5)



# ------------------------------------------------------------ JSONL checkpoints
class _JsonlSink:
    """JSONL output an article at a time, with a checkpoint file for ``--resume``.

    Each article's lines go out in one write and a flush, then ``FILE.progress``
    gets ``[doc_id, bytes of FILE so far]``: a kill at any moment leaves FILE
    plus a checkpoint that says where the last whole article ends.  On a run
    that ends without interruption the checkpoint is removed.
    """

    def __init__(self, name: str, resume: bool) -> None:
        self.name = name
        self.progress_name = name + ".progress"
        self.done: collections.Counter[str] = collections.Counter()
        mode = "wb"
        if resume and os.path.exists(name):
            self.done, keep = _resume_state(name, self.progress_name)
            with open(name, "r+b") as f:
                f.truncate(keep)
            mode = "ab"
        try:
            self.out = open(name, mode)
            self.progress = open(self.progress_name, "ab" if mode == "ab" else "wb")
        except OSError as exc:
            raise SystemExit(f"quotetrack: cannot write {name}: {exc.strerror or exc}") from None

    def write(self, doc_id: str, data: bytes) -> None:
        """An article's rows (UTF-8 JSON Lines), then its checkpoint."""
        if data:
            self.out.write(data)
            self.out.flush()
        mark = json.dumps([doc_id, self.out.tell()], ensure_ascii=False) + "\n"
        self.progress.write(mark.encode("utf-8"))
        self.progress.flush()

    def close(self, complete: bool) -> None:
        for f in (self.out, self.progress):
            try:
                f.close()
            except OSError:
                pass
        if complete:
            try:
                os.unlink(self.progress_name)
            except OSError:
                pass


def _resume_state(name: str, progress_name: str) -> tuple[collections.Counter[str], int]:
    """Doc ids FILE holds whole, and the byte length of FILE to keep.

    From the checkpoint when there is one (the articles it lists, FILE cut where
    the last of them ends); else from FILE itself: every complete line's doc,
    a trailing partial line dropped.  Without a checkpoint, articles with no
    quotes are done again (they add no lines).
    """
    size = os.path.getsize(name)
    done: collections.Counter[str] = collections.Counter()
    if os.path.exists(progress_name):
        keep = 0
        with open(progress_name, "rb") as f:
            for line in f:
                if not line.endswith(b"\n"):
                    break
                try:
                    doc, offset = json.loads(line)
                except (ValueError, TypeError):
                    break
                if not isinstance(offset, int) or offset > size:
                    break
                done[str(doc)] += 1
                keep = offset
        return done, keep
    keep = 0
    seen: set[str] = set()
    with open(name, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                doc = json.loads(line).get("doc")
            except (ValueError, AttributeError):
                break
            keep += len(line)
            if doc is not None and str(doc) not in seen:
                seen.add(str(doc))
                done[str(doc)] += 1
    return done, keep


def _check_resume(args: argparse.Namespace) -> str | None:
    if not getattr(args, "resume", False):
        return None
    if args.format != "jsonl" or not args.output or args.output == "-":
        return "--resume needs -o FILE and --format jsonl"
    return None


def cmd_extract(args: argparse.Namespace) -> int:
    problem = _check_resume(args)
    if problem:
        print(f"quotetrack: {problem}", file=sys.stderr)
        return 2
    runner = _Runner(args)
    sink: _JsonlSink | None = None
    out: Any = None
    close = False
    complete = False
    if args.format == "jsonl" and args.output and args.output != "-":
        sink = _JsonlSink(args.output, getattr(args, "resume", False))
        runner.skip = collections.Counter(sink.done)
        if sink.done:
            print(f"quotetrack: resuming: {sum(sink.done.values())} articles already in "
                  f"{args.output}", file=sys.stderr)
    else:
        out, close = open_output(args.output)
    previous = _sigterm_as_interrupt()
    try:
        if args.format == "jsonl":  # rows rendered by the workers: bytes to pass on
            for outcome in runner.outcomes(jsonl=True):
                data = outcome.jsonl or b""
                if sink is not None:
                    sink.write(outcome.doc_id, data)
                else:
                    out.write(data.decode("utf-8"))
                    out.flush()
        else:
            csv_writer = CsvWriter(out) if args.format == "csv" else None
            for result in runner.results():
                if csv_writer is not None:
                    csv_writer.write(result)
                else:
                    out.write(format_table(result) + "\n")
                out.flush()
        complete = not runner.fatal
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("quotetrack: interrupted; output holds the articles done"
              + (" (--resume goes on from there)" if sink is not None else ""), file=sys.stderr)
        return 130
    except OSError as exc:  # a full disk, a file system gone read-only
        where = args.output if args.output and args.output != "-" else "the output"
        print(f"quotetrack: cannot write {where}: {exc.strerror or exc}; "
              "it holds the articles written before", file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGTERM, previous)
        if sink is not None:
            sink.close(complete)
        if close:
            try:
                out.close()
            except OSError:
                pass
    if runner.fatal:
        return 2
    return 1 if runner.failed else 0


def _sigterm_as_interrupt() -> Any:
    """Treat SIGTERM like Ctrl-C for the run (output stays whole); returns the old handler."""
    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt
    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        return signal.getsignal(signal.SIGTERM)


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
    if export_graph(G, args) != 0:
        return 2
    print(f"quotetrack: {len(results)} articles, {G.number_of_nodes()} nodes, "
          f"{G.number_of_edges()} edges", file=sys.stderr)
    return 1 if runner.failed else 0


def add_graph_output_options(p: argparse.ArgumentParser) -> None:
    """``-o``, ``--speakers-only`` and ``--png``: what :func:`export_graph` reads."""
    p.add_argument("-o", "--output", help="graph file: .graphml, .gexf or .json (node-link)")
    p.add_argument("--speakers-only", action="store_true",
                   help="write the speaker -> target projection instead of the full graph")
    p.add_argument("--png", "--picture", dest="picture", default=None,
                   help="also draw the speaker graph to this PNG/SVG file (needs matplotlib)")


def export_graph(G: Any, args: argparse.Namespace) -> int:
    """Write ``G`` (or, with ``--speakers-only``, its speaker projection) to ``-o`` and draw
    the projection to ``--png``; 0, or 2 after a one-line message."""
    from . import graph as graphs

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
    return 0


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
