"""A parse cache on disk: each article is parsed once per parser configuration.

Parsing is what costs (Stanza's neural processors run at a few hundred words
a second on a CPU); attribution over a parsed Document is cheap.  A
:class:`ParseCache` keeps each Document as CoNLL-U, as Stanza writes it, under
a key made of a hash of the (cleaned) text and of the parser's configuration,
so re-running attribution after a rule change, or resuming a corpus run,
parses nothing that was parsed before.

The files are plain CoNLL-U read back with :func:`quotetrack.parse.conllu.from_conllu`:
no pickle, so a cache folder from elsewhere cannot run code.  A file that does
not read back (truncated, edited, from another text) counts as a miss and is
written anew.

Only Stanza parses are cached: the model-free annotator is faster than
reading a Document back (about 3x), so ``QuoteTracker(backend="rules",
cache=...)`` parses every time.

Example::

    tracker = quotetrack.QuoteTracker(backend="stanza", cache="~/.cache/quotetrack")
    tracker(text)        # parsed by Stanza, kept as CoNLL-U
    tracker(text)        # read back: no parsing
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from stanza.models.common.doc import Document

from .conllu import ParseError, from_conllu

__all__ = ["ParseCache", "as_cache", "cached_parse", "parser_fingerprint"]

_SUFFIX = ".conllu.gz"
#: The model-free annotator's modules (rules.py split in four: h60-spl); their source keys parses.
_PARSE_MODULES = ("tokenizer.py", "tags.py", "names.py", "rules.py", "gazetteer.py")
#: The package's word lists the annotator reads (its tags and names change with them).
_SHARED_WORD_LISTS = ("lexicon.py", "given_names.py")


class ParseCache:
    """Parsed Documents in a folder, keyed by sha256(parser configuration, text).

    Args:
        directory: the cache folder (made when missing).  Files are spread over
            256 subfolders by the first two hex digits of their key.
        compress: gzip the CoNLL-U (level 1: about 5x smaller, little time).

    Attributes:
        hits, misses: counts since the cache was opened (for reports and tests).
    """

    def __init__(self, directory: str | os.PathLike[str], *, compress: bool = True) -> None:
        self.directory = Path(directory)
        self.compress = compress
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(f"cannot use {self.directory} as a parse cache: "
                          f"{exc.strerror or exc}") from None

    def __repr__(self) -> str:
        return f"ParseCache({str(self.directory)!r}, hits={self.hits}, misses={self.misses})"

    def __reduce__(self) -> Any:  # workers get the folder, not the counters or the lock
        return (ParseCache, (self.directory,), {"compress": self.compress})

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.compress = state.get("compress", True)

    # ----------------------------------------------------------------- keys
    @staticmethod
    def key(text: str, config: str) -> str:
        """The hex sha256 of the configuration and the text."""
        h = hashlib.sha256(config.encode("utf-8"))
        h.update(b"\x00")
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def path(self, key: str) -> Path:
        """Where the Document with this key lives."""
        return self.directory / key[:2] / (key + (_SUFFIX if self.compress else ".conllu"))

    # ------------------------------------------------------------ get / put
    def get(self, text: str, config: str) -> Document | None:
        """The cached Document of ``text`` under ``config``, or None (a miss)."""
        key = self.key(text, config)
        data = self._read(key)
        if data is not None:
            try:
                doc = from_conllu(text, data, name=str(self.path(key)))
            except ParseError:
                doc = None
            else:
                _drop_dummy_heads(doc)
            if doc is not None:
                with self._lock:
                    self.hits += 1
                return doc
        with self._lock:
            self.misses += 1
        return None

    def put(self, text: str, config: str, doc: Document) -> None:
        """Store ``doc`` (the parse of ``text`` under ``config``); never raises on a full disk.

        The file is written to a temporary name and renamed into place, so a
        reader (another worker, a later run) sees the whole file or none.
        """
        key = self.key(text, config)
        path = self.path(key)
        data = f"{doc:C}\n\n".encode()
        if self.compress:
            data = gzip.compress(data, compresslevel=1, mtime=0)
        try:
            path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            pass  # a cache that cannot be written only costs speed

    def parse(self, text: str, config: str, parse: Callable[[str], Document]) -> Document:
        """The cached Document of ``text``, or ``parse(text)`` stored for next time."""
        doc = self.get(text, config)
        if doc is None:
            doc = parse(text)
            self.put(text, config, doc)
        return doc

    def _read(self, key: str) -> str | None:
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            if self.compress:
                raw = gzip.decompress(raw)
            return raw.decode("utf-8")
        except (OSError, EOFError, ValueError):
            return None


def _drop_dummy_heads(doc: Document) -> None:
    """Undo the placeholder heads CoNLL-U writing gives sentences that had no parse.

    Stanza writes ``HEAD = id - 1`` for a word without a head (UD tools want an
    integer) and ``_`` for its relation: a sentence whose relations are all
    missing had no parse, so its heads go back to None.
    """
    for sentence in doc.sentences:
        words = sentence.words
        if words and all(w.deprel is None for w in words):
            for w in words:
                w.head = None


def as_cache(cache: ParseCache | str | os.PathLike[str] | None) -> ParseCache | None:
    """A ParseCache from a ParseCache, a folder name, or None."""
    if cache is None or isinstance(cache, ParseCache):
        return cache
    return ParseCache(cache)


def cached_parse(tracker: Any, text: str) -> Document:
    """``tracker``'s parse of ``text`` through ``tracker.cache`` (QuoteTracker.parse's helper).

    Turns a folder name in ``tracker.cache`` into a :class:`ParseCache` and
    keeps the parser's fingerprint on the tracker, both once.
    """
    cache = tracker.cache
    if not isinstance(cache, ParseCache):
        cache = tracker.cache = ParseCache(cache)
    config = getattr(tracker, "_cache_config", None)
    if config is None:
        config = tracker._cache_config = parser_fingerprint(tracker._parse)
    return cache.parse(text, config, tracker._parse)


# --------------------------------------------------------------- fingerprints
def _quotetrack_version() -> str:
    from .. import __version__

    return __version__


def _source_digest(names: tuple[str, ...]) -> str:
    """A digest of the model-free annotator's own source: its output changes with it."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in names:
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    for shared in _SHARED_WORD_LISTS:  # the word lists the annotator reads
        try:
            h.update((here.parent / shared).read_bytes())
        except OSError:
            pass
    return h.hexdigest()[:16]


def _model_files(config: Mapping[str, Any]) -> dict[str, Any]:
    """Each model file a Stanza config names, with its size and mtime."""
    out: dict[str, Any] = {}
    for k, v in sorted(config.items()):
        if isinstance(v, str) and k.endswith(("_path", "_file")) and os.path.isfile(v):
            st = os.stat(v)
            out[k] = [os.path.abspath(v), st.st_size, int(st.st_mtime)]
    return out


def parser_fingerprint(parser: Any) -> str:
    """A string naming everything a parse depends on, for cache keys.

    For a Stanza pipeline: its processors, their options and model files
    (path, size, modification time) and Stanza's version; for the model-free
    annotator, a digest of its source.  quotetrack's version always.
    """
    import stanza

    fp = getattr(parser, "fingerprint", None)
    if isinstance(fp, str):
        return fp
    desc: dict[str, Any] = {"quotetrack": _quotetrack_version()}
    config = getattr(parser, "config", None)
    if isinstance(config, Mapping):  # a stanza.Pipeline
        desc["stanza"] = stanza.__version__
        desc["processors"] = sorted(getattr(parser, "processors", {}) or {})
        desc["config"] = {k: v for k, v in sorted(config.items())
                          if isinstance(v, (str, int, float, bool, type(None)))}
        desc["models"] = _model_files(config)
    else:
        qualname = getattr(parser, "__qualname__", type(parser).__name__)
        name = f"{getattr(parser, '__module__', '')}.{qualname}"
        desc["parser"] = name
        if name == "quotetrack.parse.rules.annotate":
            desc["source"] = _source_digest(_PARSE_MODULES)
    return json.dumps(desc, sort_keys=True, default=str)
