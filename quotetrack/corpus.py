"""Reading articles (files, folders, JSON Lines) and writing results (JSONL, CSV, a table)."""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .model import ArticleResult

#: Columns of ``extract --format csv`` and the keys of each JSONL row, in order.
RECORD_FIELDS = ("doc", "start", "end", "text", "kind", "speaker", "speaker_id", "speaker_type",
                 "speaker_start", "speaker_end", "speaker_mention", "cue", "cue_start",
                 "cue_end", "addressee", "confidence", "about", "reason", "co_speakers",
                 "co_speaker_ids", "statement", "statement_start", "statement_end",
                 "reported_by", "reported_by_id", "reported_by_start", "reported_by_end",
                 "reported_by_mention")
_TEXT_SUFFIXES = {".txt", ".text", ".md"}


class ArticleError(Exception):
    """An article that cannot be read; the message names the file and the problem."""


@attrs.frozen
class Article:
    """One article to process: its id (the file stem), text and where it came from."""

    doc_id: str
    text: str
    path: Path | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @property
    def conllu_path(self) -> Path | None:
        """The ``NAME.conllu`` beside ``NAME.txt``, when there is one."""
        if self.path is None:
            return None
        p = self.path.with_suffix(".conllu")
        return p if p.exists() else None


def read_text_file(path: Path, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The text of a file, with a clear error for bytes that do not decode."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise ArticleError(f"{path}: unknown encoding {encoding!r}") from None
    data = path.read_bytes()
    # NUL bytes only occur in text encoded as UTF-16/UTF-32; anywhere else
    # they mean a binary file, whatever single-byte encoding was asked for.
    if b"\x00" in data[:4096] and not codec.startswith(("utf-16", "utf-32")):
        raise ArticleError(f"{path}: looks like a binary file (NUL bytes), skipped")
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: bytes at position {exc.start} are not valid {encoding} "
            f"(use --encoding or --errors replace)") from None


def iter_articles(paths: Iterable[str | Path], encoding: str = "utf-8",
                  errors: str = "strict") -> Iterator[Article | ArticleError]:
    """Articles from files, folders (their ``*.txt`` files) and ``.jsonl`` corpora.

    Problems come out as :class:`ArticleError` items, in order, so a caller
    reports them and goes on with the rest.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield ArticleError(f"{path}: no such file or directory")
            continue
        if path.is_dir():
            files = sorted(p for p in path.iterdir()
                           if p.is_file() and (p.suffix.lower() in _TEXT_SUFFIXES or
                                               p.suffix.lower() == ".jsonl"))
            if not files:
                yield ArticleError(f"{path}: no articles (.txt or .jsonl files) in this folder")
                continue
            for f in files:
                yield from _from_file(f, encoding, errors)
        else:
            yield from _from_file(path, encoding, errors)


def _from_file(path: Path, encoding: str, errors: str) -> Iterator[Article | ArticleError]:
    if path.suffix.lower() == ".jsonl":  # streamed: a corpus of any size in bounded memory
        yield from _from_jsonl(path, _jsonl_lines(path, encoding, errors))
        return
    try:
        text = read_text_file(path, encoding, errors)
    except ArticleError as exc:
        yield exc
        return
    except OSError as exc:
        yield ArticleError(f"{path}: cannot be read ({exc.strerror or exc})")
        return
    if not text.strip():
        yield ArticleError(f"{path}: empty article, nothing to extract")
        return
    yield Article(path.stem, text, path, _sidecar_metadata(path))


def _jsonl_lines(path: Path, encoding: str, errors: str) -> Iterator[str | ArticleError]:
    """The lines of a JSON Lines file, read as they are needed.

    Records are separated by "\\n" only: str.splitlines() would also split at
    U+2028, U+0085 and friends, which json.dumps(ensure_ascii=False) leaves raw
    inside strings.  A leading byte order mark is not part of the JSON.  A file
    that cannot be read or decoded ends with one ArticleError.
    """
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        yield ArticleError(f"{path}: unknown encoding {encoding!r}")
        return
    n = 0
    try:
        with open(path, "rb") as raw:
            if b"\x00" in raw.read(4096) and not codec.startswith(("utf-16", "utf-32")):
                yield ArticleError(f"{path}: looks like a binary file (NUL bytes), skipped")
                return
        with open(path, encoding=encoding, errors=errors, newline="\n") as f:
            for n, line in enumerate(f, 1):
                if n == 1:
                    line = line.removeprefix("\ufeff")
                yield line
    except UnicodeDecodeError:
        yield ArticleError(f"{path}:{n + 1}: bytes that are not valid {encoding} "
                           f"(use --encoding or --errors replace)")
    except OSError as exc:
        yield ArticleError(f"{path}: cannot be read ({exc.strerror or exc})")


def _from_jsonl(path: Path,
                lines: Iterable[str | ArticleError]) -> Iterator[Article | ArticleError]:
    for n, line in enumerate(lines, 1):
        if isinstance(line, ArticleError):
            yield line
            return
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield ArticleError(f"{path}:{n}: not a JSON object ({exc})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield ArticleError(f"{path}:{n}: needs an object with a \"text\" string")
            continue
        doc_id = next((str(rec[k]) for k in ("id", "doc") if rec.get(k) not in (None, "")),
                      f"{path.stem}:{n}")
        meta = {k: v for k, v in rec.items() if k not in ("text", "id", "doc")}
        if not rec["text"].strip():
            yield ArticleError(f"{path}:{n}: empty article, nothing to extract")
            continue
        yield Article(doc_id, rec["text"], None, meta)


def _sidecar_metadata(path: Path) -> dict[str, Any]:
    side = path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


# --------------------------------------------------------------------- output
def write_jsonl(results: Iterable[ArticleResult], out: IO[str]) -> int:
    """One JSON object per quote; returns the number written."""
    n = 0
    for result in results:
        out.write(result.to_jsonl())
        n += len(result.quotes)
    return n


class CsvWriter:
    """CSV rows with a header, one row per quote."""

    def __init__(self, out: IO[str]) -> None:
        self._w = csv.DictWriter(out, fieldnames=RECORD_FIELDS, extrasaction="ignore")
        self._w.writeheader()

    def write(self, result: ArticleResult) -> None:
        """Write one row per quote of ``result`` (its lists joined with "|")."""
        for rec in result.records():
            rec = dict(rec, about="|".join(rec["about"]), co_speakers="|".join(rec["co_speakers"]),
                       co_speaker_ids="|".join(rec["co_speaker_ids"]))
            self._w.writerow(rec)


def format_table(result: ArticleResult, width: int = 100) -> str:
    """A readable table of one article's quotes: speaker, kind, cue, quote."""
    rows = [("speaker", "kind", "cue", "conf", "quote")]
    for q in result.quotes:
        mention = q.speaker_mention.text if q.speaker_mention else "?"
        names = " & ".join(e.name for e in q.speakers)
        who = names or mention
        if names and q.speaker_mention and q.speaker_mention.text != names:
            who = f"{names} ({q.speaker_mention.text})"
        quote = " ".join(q.text.split())
        rows.append((who, q.kind, q.cue.text if q.cue else "", f"{q.confidence:.2f}", quote))
    widths = [min(32, max(len(r[i]) for r in rows)) for i in range(4)]
    buf = io.StringIO()
    if result.doc_id:
        buf.write(f"# {result.doc_id}: {len(result.quotes)} quotes\n")
    rest = max(20, width - sum(widths) - 8)
    for r in rows:
        cells = [r[i][: widths[i]].ljust(widths[i]) for i in range(4)]
        shown = r[4] if len(r[4]) <= rest else r[4][: rest - 1] + "…"
        buf.write("  ".join(cells) + "  " + shown + "\n")
    return buf.getvalue()


def open_output(name: str | None) -> tuple[IO[str], bool]:
    """The output stream for a CLI ``-o`` value ("-" or None: stdout), and whether to close it.

    Raises:
        SystemExit: the file cannot be written, with a one-line message.
    """
    if not name or name == "-":
        return sys.stdout, False
    try:
        return open(name, "w", encoding="utf-8", newline=""), True
    except OSError as exc:
        raise SystemExit(f"quotetrack: cannot write {name}: {exc.strerror or exc}") from None
