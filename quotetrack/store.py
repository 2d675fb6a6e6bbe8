"""The claim store: quotes of many articles in SQLite, their speakers, targets and claims.

>>> import quotetrack
>>> store = quotetrack.ClaimStore(":memory:")
>>> text = '"We will win the vote," Jane Doe said on Monday.'
>>> _ = store.add(quotetrack.extract(text, doc_id="a1"), source="The Hill",
...               published="2020-02-26")
>>> [(q.speaker.name, q.text) for q in store.quotes(speaker="Doe")]
[('Jane Doe', '"We will win the vote,"')]

:class:`ClaimStore` keeps articles (source, url, published date, title,
content hash, text), the entities of each article, the canonical entities
they resolve to across articles, the quotes (offsets, text, kind, cue,
confidence, speaker, addressee, reason), the entities each quote is about,
and claims: one statement reported by one or several outlets.

Storage
=======
SQLite through the standard library, in WAL mode, so readers in other
processes keep reading while one process writes.  Each article is written in
one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``): an ingest killed half
way leaves whole articles or nothing of an article, and ``articles.n_quotes``
and ``articles.n_entities`` hold what the transaction wrote, so anyone can
check.  An article whose text (SHA-256 ``content_hash``) is already stored
is not stored again.  The schema is versioned: ``schema_migrations`` lists
the migrations applied, and opening a store applies the missing ones.  All
SQL is parameterised; user text never becomes SQL.

Tables (version 1): ``articles``; ``article_entities`` (every entity of an
article as the article gave it, with ``entity_id`` pointing at its canonical
entity); ``entities`` (canonical, cross-article) and ``entity_aliases`` (every
name an entity went by: its canonical name, aliases, the names articles used
for it, and alias-table names; with a normalised ``alias_key``); ``quotes``;
``quote_speakers`` (version 2: the co-speakers of a statement several made
together, see ``Quote.co_speakers``); version 3 gave ``quotes`` a mixed quote's
statement (``statement_start``, ``statement_end``, ``statement_text``), version 4
who relays a quote another said (``reported_by_seq``, the article entity, and the
mention ``rm_start``, ``rm_end``, ``rm_text``, ``rm_form``: ``Quote.reported_by``);
``quote_about``; ``claims`` and ``claim_keys``; ``quotes_fts`` (FTS5 over
quote text); ``store_info`` (the alias table in use, whether entities need
resolving again).

Entities across articles
========================
Canonical entities come from :class:`quotetrack.identity.EntityResolver`,
the same resolver :func:`quotetrack.graph.build_graph` uses, honouring the
store's alias table (given once, kept in the store).  The resolver decides
from the whole set of names (a surname joins the one full name it fits), so
the canonical table is rebuilt from all stored entities after an ingest run
(:meth:`ClaimStore.resolve_entities`; queries do it when something was added
since).  Canonical keys therefore match the graph's ``entity:<key>`` nodes.

Claims
======
A claim is one statement, however many outlets reported it: its quotes, its
sources, first and last date seen and spread.  Two quotes are the same claim
when their *normalised* words (Unicode NFKC, accents removed, case-folded,
punctuation and apostrophes dropped, whitespace collapsed) are

* identical (for quotes of at least :data:`MIN_CLAIM_WORDS` words), or
* one is contained in the other: every piece of the shorter one, cut at
  ellipses ("...", "…") and bracketed insertions ("[the president]"), appears
  in order in the longer one.  This covers truncated quotes, quotes with an
  ellipsis and quotes with an editor's insertion.  The shorter one needs at
  least :data:`MIN_FRAGMENT_WORDS` words, so that "the American people" does
  not tie unrelated statements together.

Short matches also need the same speaker: an identical quote of fewer than
:data:`MIN_FRAGMENT_WORDS` words, or a fragment of fewer than
:data:`SURE_FRAGMENT_WORDS` words, joins only a quote whose speaker has the
same surname key (:func:`speaker_tag`; "Trump" and "Donald Trump" agree, an
unknown speaker agrees with nobody).  Set phrases ("boots on the ground",
"we're going to build a wall") are said by many people on many days; on
PolNeAR they were the wrong merges before this rule.  Longer matches ignore
speakers, so a statement attributed to different people by different outlets
is still one claim, which shows the disagreement.

Quotes with a word changed are *not* the same claim: "we will raise taxes"
and "we will not raise taxes" differ by one word, and telling such quotes
apart is the point of tracking claims.

Comparing every new quote with every stored one would be quadratic.  Instead
each quote gets a few index keys (``claim_keys``), and only quotes sharing a
key are compared:

* an *exact key*: a hash of the whole normalised text;
* a *prefix key* and a *suffix key*: the first and the last
  :data:`EDGE_WORDS` normalised words.  Truncation nearly always keeps one
  end of the quote, so a short fragment of a long quote still meets it;
* *MinHash/LSH band keys*: a MinHash signature of the word trigrams
  (:data:`LSH_BANDS` bands of :data:`LSH_ROWS` rows).  Two quotes share a band
  with probability ``1 - (1 - J**2)**20``: 73% at a Jaccard similarity J of
  0.25, 90% at 0.33, 99.7% at 0.5.  A fragment from the middle of a quote
  keeps neither end; its trigrams are a subset of the full quote's, so J is
  the share of the quote it keeps, and LSH finds it when that is a quarter or
  more.

Each lookup is an index probe returning at most :data:`BUCKET_CAP` quotes, so
adding a quote costs O(keys x cap) whatever the size of the store, and the
index has ``~3 + LSH_BANDS`` rows per quote.  The price: a fragment that
keeps neither end of a quote and shares under about a quarter of its
trigrams can be missed, and a very common opening ("I think that we") meets
only the :data:`BUCKET_CAP` latest quotes with that opening.

Assignment is incremental, in the article's transaction: a new quote that
equals or contains quotes of existing claims joins them (merging those
claims, since a fuller version shows they are one statement); a quote that is
only a fragment of others joins the one claim it covers best and never merges
claims (so a common phrase cannot chain unrelated statements).  Claim counts
(quotes, articles, sources, first and last date) are refreshed for the claims
touched.  Sources are the articles' ``source`` values; articles without one
count as articles, not as sources.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import email.utils
import hashlib
import io
import json
import math
import os
import random
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from quotetrack import lexicon
from quotetrack.identity import (
    AliasTable,
    EntityResolver,
    article_key,
    load_alias_table,
    name_key,
)
from quotetrack.model import ArticleResult, Entity, Mention, Quote, Span

__all__ = [
    "ArticleInfo",
    "Claim",
    "ClaimStore",
    "Ingested",
    "ROW_FIELDS",
    "SCHEMA_VERSION",
    "StoredEntity",
    "claim_segments",
    "find_manifest",
    "normalise_metadata",
    "parse_date",
    "read_manifest",
    "same_claim",
    "speaker_tag",
]

#: Quotes with fewer normalised words never join other quotes in a claim.
MIN_CLAIM_WORDS = 4
#: The shorter quote must have this many words to count as a fragment of a longer one.
MIN_FRAGMENT_WORDS = 6
#: Matches whose shorter side has fewer words need speakers with the same surname.
SURE_FRAGMENT_WORDS = 10
#: Words in the prefix and suffix keys.
EDGE_WORDS = 6
#: MinHash LSH: bands x rows hash functions.
LSH_BANDS = 20
LSH_ROWS = 2
#: At most this many stored quotes are compared per key.
BUCKET_CAP = 64

SCHEMA_VERSION = 4

# ---------------------------------------------------------------------------
# Schema and migrations
# ---------------------------------------------------------------------------

_SCHEMA_V1 = """
CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    doc_id         TEXT,                    -- ArticleResult.doc_id as given
    doc_key        TEXT NOT NULL UNIQUE,    -- unique article key (identity.article_key)
    content_hash   TEXT NOT NULL UNIQUE,    -- sha256 of the text
    source         TEXT,
    url            TEXT,
    published      TEXT,                    -- as given
    published_date TEXT,                    -- ISO YYYY-MM-DD, for date ranges
    title          TEXT,
    metadata       TEXT NOT NULL DEFAULT '{}',  -- JSON, the article's metadata
    text           TEXT NOT NULL,
    n_quotes       INTEGER NOT NULL,        -- quotes written with the article
    n_entities     INTEGER NOT NULL,        -- article_entities written with it
    added_at       TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published_date);
CREATE INDEX articles_source ON articles (source COLLATE NOCASE);
CREATE INDEX articles_doc_id ON articles (doc_id);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,       -- graph node id is "entity:" + key
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    external_id TEXT,
    ambiguous   INTEGER NOT NULL DEFAULT 0,
    titles      TEXT NOT NULL DEFAULT '[]', -- JSON list
    n_articles  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE entity_aliases (
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,               -- identity.name_key of the alias
    origin     TEXT NOT NULL,               -- name | alias | article | table
    n_articles INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, alias_key, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);

CREATE TABLE article_entities (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,           -- 0, 1, ... within the article
    position    INTEGER,                    -- index in ArticleResult.entities, NULL if absent
    local_id    TEXT NOT NULL,              -- Entity.id (unique within one article only)
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    aliases     TEXT NOT NULL,              -- JSON list
    titles      TEXT NOT NULL,              -- JSON list
    mentions    TEXT NOT NULL,              -- JSON list of [start, end, text, form]
    gender      TEXT,
    external_id TEXT,
    entity_id   INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    quote_id   INTEGER,                     -- the fullest version
    text       TEXT NOT NULL,
    n_quotes   INTEGER NOT NULL DEFAULT 0,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_sources  INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,                        -- earliest published_date
    last_seen  TEXT
);
CREATE INDEX claims_sources ON claims (n_sources);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      TEXT,
    speaker_seq   INTEGER,                  -- article_entities.seq
    sm_start      INTEGER,                  -- speaker mention
    sm_end        INTEGER,
    sm_text       TEXT,
    sm_form       TEXT,
    addressee_seq INTEGER,
    am_start      INTEGER,                  -- addressee mention
    am_end        INTEGER,
    am_text       TEXT,
    am_form       TEXT,
    confidence    REAL,                     -- NULL stands for NaN
    reason        TEXT NOT NULL,
    norm          TEXT NOT NULL,            -- normalised words, pieces joined by " | "
    speaker_tag   TEXT,                     -- speaker's surname key, for short claims
    claim_id      INTEGER REFERENCES claims (id),
    UNIQUE (article_id, seq)
);
CREATE INDEX quotes_claim ON quotes (claim_id);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker_seq);
CREATE INDEX quotes_kind ON quotes (kind);

CREATE TABLE quote_about (
    quote_id   INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    local_id   TEXT NOT NULL,               -- as in Quote.about
    entity_seq INTEGER,                     -- the article entity it names, if any
    PRIMARY KEY (quote_id, seq)
);

CREATE TABLE claim_keys (                  -- the claim index (see "Claims")
    key      INTEGER NOT NULL,
    quote_id INTEGER NOT NULL,
    PRIMARY KEY (key, quote_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

INSERT INTO store_info (key, value) VALUES ('entities_dirty', '0');
"""

#: Version 2: the people who made a statement with its speaker ("Doe and Roe said").
_SCHEMA_V2 = """
CREATE TABLE quote_speakers (              -- Quote.co_speakers, in order
    quote_id   INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    entity_seq INTEGER NOT NULL,            -- article_entities.seq
    PRIMARY KEY (quote_id, seq)
);
"""

#: Version 3: a mixed quote's whole reported statement (``Quote.statement``).
_SCHEMA_V3 = """
ALTER TABLE quotes ADD COLUMN statement_start INTEGER;
ALTER TABLE quotes ADD COLUMN statement_end INTEGER;
ALTER TABLE quotes ADD COLUMN statement_text TEXT;
"""

#: Version 4: who relays a quote another said (``Quote.reported_by``, "Reuters reported that
#: Moon said A"): the article entity and the mention.
_SCHEMA_V4 = """
ALTER TABLE quotes ADD COLUMN reported_by_seq INTEGER;
ALTER TABLE quotes ADD COLUMN rm_start INTEGER;
ALTER TABLE quotes ADD COLUMN rm_end INTEGER;
ALTER TABLE quotes ADD COLUMN rm_text TEXT;
ALTER TABLE quotes ADD COLUMN rm_form TEXT;
"""

#: (version, name, SQL script). Append new migrations; never edit applied ones.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", _SCHEMA_V1),
    (2, "co-speakers", _SCHEMA_V2),
    (3, "statements of mixed quotes", _SCHEMA_V3),
    (4, "reporters of relayed quotes", _SCHEMA_V4),
)


class StoreError(Exception):
    """A store that cannot be opened or used (newer schema, not a claim store...)."""


# ---------------------------------------------------------------------------
# Result classes
# ---------------------------------------------------------------------------


@attrs.frozen
class Ingested:
    """What :meth:`ClaimStore.add` did: the article's row id, key, and whether it was new."""

    article_id: int
    doc: str
    added: bool
    quotes: int


@attrs.frozen
class ArticleInfo:
    """An article's metadata as stored."""

    id: int
    doc: str
    doc_id: str | None
    source: str | None
    url: str | None
    published: str | None
    published_date: str | None
    title: str | None
    content_hash: str
    n_quotes: int


@attrs.frozen
class StoredEntity:
    """A canonical entity of the store: ``key`` is the graph's ``entity:<key>``."""

    id: int
    key: str
    name: str
    type: str
    external_id: str | None
    ambiguous: bool
    n_articles: int
    aliases: tuple[str, ...] = ()


@attrs.frozen
class Claim:
    """One statement with every quote reporting it.

    ``sources`` are the distinct outlets (sorted), ``first_seen``/``last_seen``
    the earliest and latest publication dates (ISO) and ``spread_days`` the
    days between them; ``speakers`` the canonical names its quotes were
    attributed to (co-speakers too), most frequent first.
    """

    id: int
    text: str
    n_quotes: int
    n_articles: int
    n_sources: int
    sources: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    speakers: tuple[str, ...]
    quote_ids: tuple[int, ...]

    @property
    def spread_days(self) -> int | None:
        if not self.first_seen or not self.last_seen:
            return None
        return (_dt.date.fromisoformat(self.last_seen)
                - _dt.date.fromisoformat(self.first_seen)).days

    def to_record(self) -> dict[str, Any]:
        """A flat JSON-ready dict: the ``track claims --format jsonl`` row."""
        return {"claim_id": self.id, "text": self.text, "n_sources": self.n_sources,
                "n_articles": self.n_articles, "n_quotes": self.n_quotes,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "spread_days": self.spread_days, "sources": list(self.sources),
                "speakers": list(self.speakers), "quote_ids": list(self.quote_ids)}


#: Keys of :meth:`ClaimStore.query` rows, in order (CSV columns of ``track query``).
ROW_FIELDS: tuple[str, ...] = (
    "quote_id", "claim_id", "doc", "published", "source", "title", "url",
    "speaker_entity", "speaker_key", "speaker", "speaker_mention", "kind", "cue", "text",
    "about_entities", "addressee_entity", "addressee", "confidence", "start", "end",
    "speaker_start", "speaker_end", "reason", "co_speakers", "co_speaker_entities",
    "statement", "statement_start", "statement_end",
    "reported_by", "reported_by_mention", "reported_by_start", "reported_by_end",
)

CLAIM_FIELDS: tuple[str, ...] = ("claim_id", "text", "n_sources", "n_articles", "n_quotes",
                                 "first_seen", "last_seen", "spread_days", "sources",
                                 "speakers", "quote_ids")

# ---------------------------------------------------------------------------
# Metadata, dates, manifests
# ---------------------------------------------------------------------------

_META_SYNONYMS: dict[str, tuple[str, ...]] = {
    "source": ("source", "publisher", "outlet", "publication", "site", "site_name", "media",
               "newspaper"),
    "published": ("published", "publication_date", "pub_date", "date", "published_at",
                  "datetime", "date_published", "publish_date"),
    "title": ("title", "headline"),
    "url": ("url", "link", "href", "uri"),
}
_DOC_COLUMNS = ("doc", "doc_id", "id", "name", "file", "filename", "path", "stem")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d",
                 "%m/%d/%Y", "%d.%m.%Y", "%Y%m%d")


def parse_date(value: Any) -> str | None:
    """An ISO date ("2020-02-26") from a date, datetime or common date string, else None.

    Strings may be ISO 8601 (with a time and zone), RFC 2822 ("Wed, 26 Feb 2020
    10:00:00 GMT") or forms such as "February 26, 2020" and "2020/02/26".
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return _dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def normalise_metadata(meta: Mapping[str, Any]) -> dict[str, Any]:
    """Metadata with ``source``/``published``/``title``/``url`` under those names.

    Synonyms such as ``publisher``, ``publication_date``, ``date``, ``headline``
    or ``link`` are renamed (the canonical name wins when both are present);
    other keys are kept as they are.
    """
    out: dict[str, Any] = {}
    lower = {str(k).strip().lower(): k for k in meta}
    taken: set[Any] = set()
    for canon, names in _META_SYNONYMS.items():
        for n in names:
            k = lower.get(n)
            if k is not None and meta[k] not in (None, ""):
                out[canon] = meta[k]
                taken.update(lower[x] for x in names if x in lower)
                break
    for k, v in meta.items():
        if k not in taken and k not in out:
            out[k] = v
    return out


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    s = str(value).strip()
    return s or None


def read_manifest(path: str | os.PathLike[str]) -> dict[str, dict[str, Any]]:
    """Article metadata from a TSV or CSV manifest, keyed by document (file stem).

    The header names the columns: one of ``doc``, ``doc_id``, ``id``, ``name``,
    ``file`` or ``filename`` holds the document (a file name's extension is
    dropped: ``a.txt`` -> ``a``); ``publisher``/``source``,
    ``publication_date``/``published``/``date``, ``title`` and ``url`` become
    ``source``, ``published``, ``title`` and ``url``; other columns are kept.
    The delimiter is a tab for ``.tsv`` files, a comma for ``.csv``, otherwise
    sniffed.  PolNeAR's ``meta.tsv`` (doc, publisher, publication_date, title)
    is such a manifest.

    Raises:
        ValueError: naming the file and line, for a manifest without a
            document column or with a malformed row.
    """
    p = Path(path)
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{p}: not UTF-8 text ({exc})") from None
    ext = p.suffix.lower()
    if ext == ".tsv":
        delim = "\t"
    elif ext == ".csv":
        delim = ","
    else:
        first = text.split("\n", 1)[0]
        delim = "\t" if first.count("\t") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    header: list[str] | None = None
    doc_col = -1
    out: dict[str, dict[str, Any]] = {}
    try:
        for row in reader:
            if not any(c.strip() for c in row):
                continue
            if header is None:
                header = [h.strip() for h in row]
                low = [h.lower() for h in header]
                doc_col = next((low.index(c) for c in _DOC_COLUMNS if c in low), -1)
                if doc_col < 0:
                    raise ValueError(
                        f"{p}: line {reader.line_num}: no document column in the header "
                        f"(expected one of {', '.join(_DOC_COLUMNS)}; got {', '.join(header)})")
                continue
            if len(row) > len(header):
                raise ValueError(f"{p}: line {reader.line_num}: {len(row)} fields but the "
                                 f"header has {len(header)}")
            doc = row[doc_col].strip() if doc_col < len(row) else ""
            if not doc:
                raise ValueError(f"{p}: line {reader.line_num}: empty document name")
            name = Path(doc).name
            stem = Path(name).stem if Path(name).suffix.lower() in (
                ".txt", ".text", ".md", ".json", ".conllu") else name
            fields = {header[i]: row[i].strip() for i in range(len(row))
                      if i != doc_col and row[i].strip()}
            out[stem] = normalise_metadata(fields)
    except csv.Error as exc:
        raise ValueError(f"{p}: line {reader.line_num}: malformed ({exc})") from None
    if header is None:
        raise ValueError(f"{p}: empty manifest")
    return out


#: File names :func:`find_manifest` looks for in a folder, in order.
MANIFEST_NAMES = ("meta.tsv", "manifest.tsv", "manifest.csv", "metadata.tsv", "metadata.csv",
                  "meta.csv")


def find_manifest(folder: str | os.PathLike[str]) -> Path | None:
    """The manifest in ``folder`` (``meta.tsv``, ``manifest.csv``, ...), or None."""
    for name in MANIFEST_NAMES:
        p = Path(folder) / name
        if p.is_file():
            return p
    return None


# ---------------------------------------------------------------------------
# Claim keys: normalisation, containment, MinHash/LSH
# ---------------------------------------------------------------------------

_GAP = "\x1f"
_BRACKET_RE = re.compile(r"\[[^\[\]]*\]|\{[^{}]*\}")
_ELLIPSIS_RE = re.compile(r"\.(?:\s*\.){2,}")
_APOSTROPHE_RE = re.compile(r"(?<=\w)['\u2019\u02bc`](?=\w)")
_WORD_RE = re.compile(r"[^\W_]+")


def claim_segments(text: str) -> tuple[tuple[str, ...], ...]:
    """The normalised words of a quote, in pieces cut at ellipses and bracketed insertions.

    >>> claim_segments('“We will [not] stop … ever,” he said.')
    (('we', 'will'), ('stop',), ('ever', 'he', 'said'))
    """
    t = unicodedata.normalize("NFKC", text.replace(_GAP, " "))  # "…" becomes "..."
    t = _BRACKET_RE.sub(_GAP, t)
    t = _ELLIPSIS_RE.sub(_GAP, t)
    t = _APOSTROPHE_RE.sub("", t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    segs = []
    for part in t.split(_GAP):
        words = tuple(_WORD_RE.findall(part))
        if words:
            segs.append(words)
    return tuple(segs)


def _norm_text(segs: tuple[tuple[str, ...], ...]) -> str:
    return " | ".join(" ".join(s) for s in segs)


def _segs_of_norm(norm: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in norm.split(" | ") if p.strip())


def _words(segs: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(w for s in segs for w in s)


def _shingles(segs: tuple[tuple[str, ...], ...], k: int = 3) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for s in segs:
        if len(s) < k:
            out.add(s)
        else:
            out.update(s[i:i + k] for i in range(len(s) - k + 1))
    return out


def _find(hay: tuple[str, ...], needle: tuple[str, ...], start: int) -> int:
    n = len(needle)
    first = needle[0]
    for i in range(start, len(hay) - n + 1):
        if hay[i] == first and hay[i:i + n] == needle:
            return i
    return -1


def _contained(short: tuple[tuple[str, ...], ...], long_words: tuple[str, ...]) -> bool:
    pos = 0
    for seg in short:
        i = _find(long_words, seg, pos)
        if i < 0:
            return False
        pos = i + len(seg)
    return True


def _relation(a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...]) -> str | None:
    """How quote ``a`` relates to ``b``: "equal", "contains", "within" or None."""
    wa, wb = _words(a), _words(b)
    if len(wa) < MIN_CLAIM_WORDS or len(wb) < MIN_CLAIM_WORDS:
        return None
    if wa == wb:
        return "equal"
    if len(wb) <= len(wa) and len(wb) >= MIN_FRAGMENT_WORDS and _contained(b, wa):
        return "contains"
    if len(wa) < len(wb) and len(wa) >= MIN_FRAGMENT_WORDS and _contained(a, wb):
        return "within"
    return None


def _speakers_agree(rel: str, a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...],
                    tag_a: str | None, tag_b: str | None) -> bool:
    """Short matches need speakers with the same surname (see "Claims")."""
    shorter = min(len(_words(a)), len(_words(b)))
    sure = shorter >= MIN_FRAGMENT_WORDS if rel == "equal" else shorter >= SURE_FRAGMENT_WORDS
    return sure or (tag_a is not None and tag_a == tag_b)


_SUFFIX_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def speaker_tag(quote: Quote) -> str | None:
    """The surname key of a quote's speaker ("trump" for "Donald Trump" and "Mr. Trump").

    None without a speaker, or when its name is a pronoun or has no letters.
    """
    ent = quote.speaker
    if ent is None:
        return None
    words = name_key(ent.name, ent.type).split()
    if words and words[-1] in _SUFFIX_WORDS and len(words) > 1:
        words = words[:-1]
    if not words or " ".join(words) in lexicon.PRONOUNS:
        return None
    return words[-1]


def same_claim(a: str, b: str, speaker_a: str | None = "", speaker_b: str | None = "") -> bool:
    """True when two quote texts are the same claim by the rules in the module docstring.

    ``speaker_a``/``speaker_b`` are the speakers' surname keys (see
    :func:`speaker_tag`); by default the two are taken to agree.

    >>> same_claim('“We will not back down,”', 'We will NOT back down!')
    True
    >>> same_claim('We will [never] back down from this fight', 'we will back down from this')
    True
    >>> same_claim('"Boots on the ground"', 'boots on the ground.', "carson", "obama")
    False
    """
    sa, sb = claim_segments(a), claim_segments(b)
    rel = _relation(sa, sb)
    return rel is not None and _speakers_agree(rel, sa, sb, speaker_a, speaker_b)


_P61 = (1 << 61) - 1
_rng = random.Random(20240605)
_MINHASH = tuple((_rng.randrange(1, _P61), _rng.randrange(0, _P61))
                 for _ in range(LSH_BANDS * LSH_ROWS))


def _h64(*parts: str) -> int:
    d = hashlib.blake2b("\x1e".join(parts).encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(d.digest(), "big", signed=True)


def _claim_keys(segs: tuple[tuple[str, ...], ...]) -> list[int]:
    """Index keys of a quote (see "Claims" in the module docstring); [] for short quotes."""
    words = _words(segs)
    if len(words) < MIN_CLAIM_WORDS:
        return []
    keys = [_h64("x", " ".join(words))]
    if len(words) < MIN_FRAGMENT_WORDS:
        return keys
    keys.append(_h64("p", " ".join(segs[0][:EDGE_WORDS])))
    keys.append(_h64("s", " ".join(segs[-1][-EDGE_WORDS:])))
    base = [_h64("w", " ".join(s)) % _P61 for s in _shingles(segs)]
    sig = [min((a * x + b) % _P61 for x in base) for a, b in _MINHASH]
    for band in range(LSH_BANDS):
        row = sig[band * LSH_ROWS:(band + 1) * LSH_ROWS]
        keys.append(_h64("b", str(band), *map(str, row)))
    return list(dict.fromkeys(keys))


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _alias_keys(form: str) -> set[str]:
    """Keys a name answers to, with and without title stripping ("General Motors")."""
    return {k for k in (name_key(form, "PERSON"), name_key(form, "ORG")) if k}


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def _as_list(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _fts_query(text: str, phrase: bool = False) -> str | None:
    """A safe FTS5 query from user text: its words as quoted strings (None if no words)."""
    words = _WORD_RE.findall(text)
    if not words:
        return None
    if phrase:
        return '"' + " ".join(words) + '"'
    return " ".join('"' + w + '"' for w in words)


def _chunks(seq: Sequence[Any], n: int = 500) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _mention(start: Any, end: Any, text: Any, form: Any) -> Mention | None:
    if start is None:
        return None
    return Mention(start, end, text, form)


def _entity_from_row(r: sqlite3.Row) -> Entity:
    return Entity(
        id=r["local_id"], name=r["name"], type=r["type"],
        aliases=tuple(json.loads(r["aliases"])), titles=tuple(json.loads(r["titles"])),
        mentions=tuple(Mention(*m) for m in json.loads(r["mentions"])),
        gender=r["gender"], external_id=r["external_id"])


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class ClaimStore:
    """Quotes of many articles in one SQLite database, with claims across outlets.

    Args:
        path: database file, or ``":memory:"``.
        aliases: an alias table (:class:`~quotetrack.identity.AliasTable` or the
            path of a CSV/JSON table) fixing canonical names and ids.  It is
            kept in the store and used by later sessions; passing another one
            replaces it and re-resolves entities.
        readonly: open without writing (another process may be writing);
            entities are then not re-resolved before queries.
        timeout: seconds to wait for another writer's transaction.

    Raises:
        StoreError: the file is not a claim store, or was made by a newer
            quotetrack.

    The store is a context manager; :meth:`close` closes it.
    """

    def __init__(self, path: str | os.PathLike[str] = ":memory:", *,
                 aliases: AliasTable | str | os.PathLike[str] | None = None,
                 readonly: bool = False, timeout: float = 60.0) -> None:
        self.path = os.fspath(path)
        self.readonly = readonly
        if readonly:
            if self.path == ":memory:" or not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such claim store")
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                                      check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                      check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            tables = {r[0] for r in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "schema_migrations" not in tables:
                raise StoreError(f"{self.path}: an SQLite database, but not a quotetrack "
                                 "claim store (no schema_migrations table)")
            if not readonly:
                if self.path != ":memory:":
                    self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not a quotetrack claim store ({exc})") from None
        except StoreError:
            self.db.close()
            raise
        self._alias_table: AliasTable | None = None
        if aliases is not None:
            if readonly:
                raise StoreError("cannot set an alias table on a read-only store")
            self.set_aliases(aliases)
        else:
            self._alias_table = self._load_aliases()

    # -- lifecycle ------------------------------------------------------------

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ClaimStore({self.path!r})"

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything or nothing."""
        if self.readonly:
            raise StoreError("this store was opened read-only")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _check_version(self) -> int:
        try:
            row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a quotetrack claim store ({exc})") from None
        version = row[0] or 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version} is newer than this "
                             f"quotetrack understands ({SCHEMA_VERSION}); upgrade quotetrack")
        return version

    def _migrate(self) -> None:
        try:
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a quotetrack claim store ({exc})") from None
        for version, name, script in MIGRATIONS:
            if version <= self._check_version():
                continue
            now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
            # executescript runs the whole migration in its own transaction.
            self.db.executescript(
                "BEGIN IMMEDIATE;\n" + script +
                f"\nINSERT INTO schema_migrations (version, name, applied_at) "
                f"VALUES ({int(version)}, '{name.replace(chr(39), '')}', '{now}');\nCOMMIT;")

    @property
    def schema_version(self) -> int:
        """The schema version of the database."""
        return self._check_version()

    # -- alias table ----------------------------------------------------------

    def _info(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM store_info WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_info(self, key: str, value: str | None) -> None:
        self.db.execute("INSERT INTO store_info (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _load_aliases(self) -> AliasTable | None:
        raw = self._info("alias_table")
        if not raw:
            return None
        data = json.loads(raw)
        return AliasTable.from_entries(data["entries"], source=data.get("source", "<store>"))

    @property
    def aliases(self) -> AliasTable | None:
        """The alias table the store resolves entities with, or None."""
        return self._alias_table

    def set_aliases(self, aliases: AliasTable | str | os.PathLike[str] | None) -> None:
        """Use this alias table from now on (None: none) and re-resolve entities."""
        if aliases is not None and not isinstance(aliases, AliasTable):
            aliases = load_alias_table(aliases)
        raw = None
        if aliases is not None:
            raw = _json({"source": aliases.source, "entries": [
                {"name": e.name, "aliases": list(e.aliases), "id": e.id, "type": e.type}
                for e in aliases.entries]})
        if raw == self._info("alias_table"):
            self._alias_table = aliases
            return
        with self._write():
            self._set_info("alias_table", raw)
            self._set_info("entities_dirty", "1")
        self._alias_table = aliases

    # -- adding ---------------------------------------------------------------

    def has_text(self, text: str) -> bool:
        """True when an article with exactly this text is stored."""
        return self.db.execute("SELECT 1 FROM articles WHERE content_hash = ?",
                               (_content_hash(text),)).fetchone() is not None

    def add(self, result: ArticleResult, *, source: str | None = None, url: str | None = None,
            published: str | _dt.date | None = None, title: str | None = None,
            metadata: Mapping[str, Any] | None = None) -> Ingested:
        """Store one article's quotes and entities, in one transaction.

        Metadata comes from ``result.metadata``, then ``metadata``, then the
        keyword arguments (later ones win); synonyms such as ``publisher`` or
        ``publication_date`` count as ``source`` and ``published``
        (:func:`normalise_metadata`).  An article whose text is already stored
        is left as it is (``added`` is False).  Canonical entities are
        resolved again before the next query (or call
        :meth:`resolve_entities`).

        Returns:
            :class:`Ingested` with the article's id and key.
        """
        meta: dict[str, Any] = dict(result.metadata)
        if metadata:
            meta.update(metadata)
        for k, v in (("source", source), ("url", url), ("published", published),
                     ("title", title)):
            if v is not None:
                meta[k] = v
        norm = normalise_metadata(meta)
        chash = _content_hash(result.text)
        with self._write() as db:
            row = db.execute("SELECT id, doc_key, n_quotes FROM articles WHERE content_hash = ?",
                             (chash,)).fetchone()
            if row is not None:
                return Ingested(row["id"], row["doc_key"], False, row["n_quotes"])
            doc = article_key(result)
            if db.execute("SELECT 1 FROM articles WHERE doc_key = ?", (doc,)).fetchone():
                doc = f"{doc}~{chash[:8]}"
            ents, seq_of, first_by_id = self._article_entities(result)
            now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
            cur = db.execute(
                "INSERT INTO articles (doc_id, doc_key, content_hash, source, url, published, "
                "published_date, title, metadata, text, n_quotes, n_entities, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result.doc_id, doc, chash, _text_or_none(norm.get("source")),
                 _text_or_none(norm.get("url")), _text_or_none(norm.get("published")),
                 parse_date(norm.get("published")), _text_or_none(norm.get("title")),
                 _json(meta), result.text, len(result.quotes), len(ents), now))
            aid = cur.lastrowid
            assert aid is not None
            db.executemany(
                "INSERT INTO article_entities (article_id, seq, position, local_id, name, type, "
                "aliases, titles, mentions, gender, external_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(aid, seq, pos, e.id, e.name, e.type, _json(list(e.aliases)),
                  _json(list(e.titles)),
                  _json([[m.start, m.end, m.text, m.form] for m in e.mentions]),
                  e.gender, e.external_id) for seq, (e, pos) in enumerate(ents)])
            touched: set[int] = set()
            for qseq, q in enumerate(result.quotes):
                qid = self._insert_quote(db, aid, qseq, q, seq_of, first_by_id)
                touched |= self._assign_claim(db, qid, q.text, speaker_tag(q))
            for cid in sorted(touched):
                self._refresh_claim(db, cid)
            self._set_info("entities_dirty", "1")
        return Ingested(aid, doc, True, len(result.quotes))

    def add_many(self, results: Iterable[ArticleResult]) -> list[Ingested]:
        """Store many articles (one transaction each), then resolve entities."""
        out = [self.add(r) for r in results]
        self.resolve_entities()
        return out

    @staticmethod
    def _article_entities(result: ArticleResult) -> tuple[
            list[tuple[Entity, int | None]], dict[Entity, int], dict[str, int]]:
        ents: list[tuple[Entity, int | None]] = []
        seq_of: dict[Entity, int] = {}
        first_by_id: dict[str, int] = {}
        for pos, ent in enumerate(result.entities):
            seq_of.setdefault(ent, len(ents))
            first_by_id.setdefault(ent.id, len(ents))
            ents.append((ent, pos))
        for q in result.quotes:
            for who in (*q.speakers, q.addressee, q.reported_by):
                if who is not None and who not in seq_of:
                    seq_of[who] = len(ents)
                    ents.append((who, None))
        return ents, seq_of, first_by_id

    @staticmethod
    def _insert_quote(db: sqlite3.Connection, aid: int, qseq: int, q: Quote,
                      seq_of: dict[Entity, int], first_by_id: dict[str, int]) -> int:
        sm, am, cue, st = q.speaker_mention, q.addressee_mention, q.cue, q.statement
        rm = q.reported_by_mention
        conf = None if isinstance(q.confidence, float) and math.isnan(q.confidence) \
            else q.confidence
        segs = claim_segments(q.text)
        cur = db.execute(
            "INSERT INTO quotes (article_id, seq, start_char, end_char, text, kind, cue_start, "
            "cue_end, cue_text, speaker_seq, sm_start, sm_end, sm_text, sm_form, addressee_seq, "
            "am_start, am_end, am_text, am_form, confidence, reason, norm, speaker_tag, "
            "statement_start, statement_end, statement_text, reported_by_seq, rm_start, rm_end, "
            "rm_text, rm_form) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?)",
            (aid, qseq, q.start, q.end, q.text, q.kind,
             cue.start if cue else None, cue.end if cue else None, cue.text if cue else None,
             seq_of[q.speaker] if q.speaker is not None else None,
             sm.start if sm else None, sm.end if sm else None, sm.text if sm else None,
             sm.form if sm else None,
             seq_of[q.addressee] if q.addressee is not None else None,
             am.start if am else None, am.end if am else None, am.text if am else None,
             am.form if am else None, conf, q.reason, _norm_text(segs), speaker_tag(q),
             st.start if st else None, st.end if st else None, st.text if st else None,
             seq_of[q.reported_by] if q.reported_by is not None else None,
             rm.start if rm else None, rm.end if rm else None, rm.text if rm else None,
             rm.form if rm else None))
        qid = cur.lastrowid
        assert qid is not None
        about = []
        for n, eid in enumerate(q.about):
            eseq = first_by_id.get(eid)
            if eseq is None:
                ent = next((e for e in (*q.speakers, q.addressee)
                            if e is not None and e.id == eid), None)
                eseq = seq_of[ent] if ent is not None else None
            about.append((qid, n, eid, eseq))
        db.executemany("INSERT INTO quote_about (quote_id, seq, local_id, entity_seq) "
                       "VALUES (?, ?, ?, ?)", about)
        db.executemany("INSERT INTO quote_speakers (quote_id, seq, entity_seq) VALUES (?, ?, ?)",
                       [(qid, n, seq_of[e]) for n, e in enumerate(q.co_speakers)])
        return qid

    # -- claims ---------------------------------------------------------------

    def _assign_claim(self, db: sqlite3.Connection, qid: int, text: str,
                      tag: str | None) -> set[int]:
        """Put a new quote in a claim (see the module docstring); returns claims touched."""
        segs = claim_segments(text)
        keys = _claim_keys(segs)
        cands: dict[int, None] = {}
        for key in keys:
            for (cq,) in db.execute("SELECT quote_id FROM claim_keys WHERE key = ? "
                                    "ORDER BY quote_id DESC LIMIT ?", (key, BUCKET_CAP)):
                cands.setdefault(cq, None)
        db.executemany("INSERT OR IGNORE INTO claim_keys (key, quote_id) VALUES (?, ?)",
                       [(k, qid) for k in keys])
        merge: set[int] = set()
        fragment_of: list[tuple[float, int]] = []
        ids = list(cands)
        for chunk in _chunks(ids):
            for row in db.execute(f"SELECT id, norm, claim_id, speaker_tag FROM quotes WHERE "
                                  f"id IN ({_placeholders(len(chunk))})", chunk):
                other = _segs_of_norm(row["norm"])
                rel = _relation(segs, other)
                if rel is None or row["claim_id"] is None or not _speakers_agree(
                        rel, segs, other, tag, row["speaker_tag"]):
                    continue
                if rel == "within":
                    cover = len(_words(segs)) / max(1, len(_words(other)))
                    fragment_of.append((-cover, row["claim_id"]))
                else:
                    merge.add(row["claim_id"])
        if merge:
            target = min(merge)
            others = sorted(merge - {target})
            if others:
                ph = _placeholders(len(others))
                db.execute(f"UPDATE quotes SET claim_id = ? WHERE claim_id IN ({ph})",
                           (target, *others))
                db.execute(f"DELETE FROM claims WHERE id IN ({ph})", others)
        elif fragment_of:
            target = min(fragment_of)[1]
        else:
            new_id = db.execute("INSERT INTO claims (quote_id, text) VALUES (?, ?)",
                                (qid, text)).lastrowid
            assert new_id is not None
            target = new_id
        db.execute("UPDATE quotes SET claim_id = ? WHERE id = ?", (target, qid))
        return {target}

    @staticmethod
    def _refresh_claim(db: sqlite3.Connection, cid: int) -> None:
        rows = db.execute(
            "SELECT q.id, q.norm, q.text, a.id AS aid, a.source, a.published_date "
            "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.claim_id = ?",
            (cid,)).fetchall()
        if not rows:
            db.execute("DELETE FROM claims WHERE id = ?", (cid,))
            return
        dates = sorted(r["published_date"] for r in rows if r["published_date"])
        # The fullest version stands for the claim; the earliest stored one on a tie.
        best = max(rows, key=lambda r: (len(r["norm"].split()), -r["id"]))
        sources = {r["source"].casefold() for r in rows if r["source"]}
        db.execute("UPDATE claims SET quote_id = ?, text = ?, n_quotes = ?, n_articles = ?, "
                   "n_sources = ?, first_seen = ?, last_seen = ? WHERE id = ?",
                   (best["id"], best["text"], len(rows), len({r["aid"] for r in rows}),
                    len(sources), dates[0] if dates else None, dates[-1] if dates else None,
                    cid))

    def rebuild_claims(self) -> int:
        """Recompute every claim from scratch, in article order; returns the number of claims.

        Claims are kept up to date as articles are added; this is for a store
        whose claim rules changed.  One transaction.
        """
        with self._write() as db:
            db.execute("DELETE FROM claim_keys")
            db.execute("UPDATE quotes SET claim_id = NULL")
            db.execute("DELETE FROM claims")
            touched: set[int] = set()
            rows = db.execute("SELECT id, text, speaker_tag FROM quotes "
                              "ORDER BY article_id, seq").fetchall()
            for row in rows:
                touched |= self._assign_claim(db, row["id"], row["text"], row["speaker_tag"])
            live = {r[0] for r in db.execute("SELECT id FROM claims")}
            for cid in sorted(touched & live):
                self._refresh_claim(db, cid)
            return len(live)

    # -- entities -------------------------------------------------------------

    def _ensure_resolved(self) -> None:
        if not self.readonly and self._info("entities_dirty") == "1":
            self.resolve_entities()

    def resolve_entities(self) -> int:
        """Rebuild the canonical entities from every stored article; returns their number.

        Uses :class:`~quotetrack.identity.EntityResolver` with the store's alias
        table, exactly as :func:`quotetrack.graph.build_graph` does, in one
        transaction.
        """
        with self._write() as db:
            rows = db.execute(
                "SELECT ae.*, a.doc_key FROM article_entities ae "
                "JOIN articles a ON a.id = ae.article_id ORDER BY ae.article_id, ae.seq"
            ).fetchall()
            resolver = EntityResolver(aliases=self._alias_table)
            ents = [_entity_from_row(r) for r in rows]
            for r, e in zip(rows, ents, strict=True):
                resolver.add(e, r["doc_key"])
            canon = [resolver.resolve(e, r["doc_key"]) for r, e in zip(rows, ents, strict=True)]
            db.execute("UPDATE article_entities SET entity_id = NULL")
            db.execute("DELETE FROM entity_aliases")
            db.execute("DELETE FROM entities")
            every = {c.key: c for c in resolver.canonical_entities()}
            for c in canon:
                every.setdefault(c.key, c)
            articles_of: dict[str, set[int]] = defaultdict(set)
            forms: dict[str, dict[tuple[str, str], list[Any]]] = defaultdict(dict)
            for r, e, c in zip(rows, ents, canon, strict=True):
                articles_of[c.key].add(r["article_id"])
                for form in dict.fromkeys((e.name, *e.aliases)):
                    form = " ".join(form.split())
                    for k in _alias_keys(form):
                        slot = forms[c.key].setdefault((k, form), ["article", set()])
                        slot[1].add(r["article_id"])
            id_of: dict[str, int] = {}
            for key in sorted(every):
                c = every[key]
                cur = db.execute(
                    "INSERT INTO entities (key, name, type, external_id, ambiguous, titles, "
                    "n_articles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (c.key, c.name, c.type, c.external_id, int(c.ambiguous),
                     _json(list(c.titles)), len(articles_of.get(c.key, ()))))
                assert cur.lastrowid is not None
                id_of[key] = cur.lastrowid
                table_forms: set[str] = set()
                if self._alias_table is not None:
                    entry = self._alias_table.lookup(c.name, c.type)
                    if entry is not None and (entry.id is None or entry.id == c.external_id):
                        table_forms = {entry.name, *entry.aliases}
                for origin, names in (("name", [c.name]), ("alias", c.aliases),
                                      ("table", sorted(table_forms))):
                    for form in names:
                        form = " ".join(form.split())
                        for k in _alias_keys(form):
                            known = forms[key].get((k, form))
                            if known is None:
                                forms[key][(k, form)] = [origin, set()]
                            elif known[0] == "article":
                                known[0] = origin
            db.executemany(
                "INSERT INTO entity_aliases (entity_id, alias, alias_key, origin, n_articles) "
                "VALUES (?, ?, ?, ?, ?)",
                [(id_of[key], form, k, origin, len(arts))
                 for key, fs in forms.items() if key in id_of
                 for (k, form), (origin, arts) in sorted(fs.items())])
            db.executemany("UPDATE article_entities SET entity_id = ? "
                           "WHERE article_id = ? AND seq = ?",
                           [(id_of[c.key], r["article_id"], r["seq"])
                            for r, c in zip(rows, canon, strict=True)])
            self._set_info("entities_dirty", "0")
            return len(every)

    def find_entities(self, name: str) -> list[StoredEntity]:
        """Canonical entities known by ``name``, most articles first.

        ``name`` may be any name an article used for the entity ("Pompeo",
        "Secretary Pompeo", "Mike Pompeo"), an alias-table name or alias, the
        entity's key ("mike-pompeo", "entity:mike-pompeo") or its external id.
        When no name matches exactly, entities with a name containing all of
        its words ("Pompeo" in "Mike Pompeo") are returned.
        """
        self._ensure_resolved()
        raw = name.strip()
        key = raw.removeprefix("entity:")
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM entities WHERE key = ? OR external_id = ?", (key, raw))]
        if not ids:
            keys = sorted(_alias_keys(raw))
            if keys:
                ids = [r[0] for r in self.db.execute(
                    f"SELECT DISTINCT entity_id FROM entity_aliases WHERE alias_key IN "
                    f"({_placeholders(len(keys))})", keys)]
            if not ids and keys:
                words = name_key(raw, "PERSON").split() or name_key(raw, "ORG").split()
                clauses = " AND ".join(
                    "(' ' || alias_key || ' ') LIKE ? ESCAPE '\\'" for _ in words)
                params = ["% " + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                          + " %" for w in words]
                ids = [r[0] for r in self.db.execute(
                    f"SELECT DISTINCT entity_id FROM entity_aliases WHERE {clauses}", params)]
        return self._entities_by_id(ids)

    def _entities_by_id(self, ids: Sequence[int]) -> list[StoredEntity]:
        out = []
        for chunk in _chunks(list(ids)):
            rows = self.db.execute(
                f"SELECT * FROM entities WHERE id IN ({_placeholders(len(chunk))})", chunk)
            for r in rows:
                aliases = tuple(a[0] for a in self.db.execute(
                    "SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ? AND alias != ? "
                    "ORDER BY n_articles DESC, alias", (r["id"], r["name"])))
                out.append(StoredEntity(r["id"], r["key"], r["name"], r["type"],
                                        r["external_id"], bool(r["ambiguous"]), r["n_articles"],
                                        aliases))
        out.sort(key=lambda e: (-e.n_articles, e.key))
        return out

    def entities(self, *, type: str | None = None, limit: int | None = None
                 ) -> list[StoredEntity]:
        """Canonical entities, most articles first (``type``: only PERSON, ORG, ...)."""
        self._ensure_resolved()
        sql = "SELECT id FROM entities"
        params: list[Any] = []
        if type:
            sql += " WHERE type = ?"
            params.append(type.upper())
        sql += " ORDER BY n_articles DESC, key"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._entities_by_id([r[0] for r in self.db.execute(sql, params)])

    # -- querying -------------------------------------------------------------

    def _entity_ids(self, names: str | Iterable[str] | None) -> list[int] | None:
        lst = _as_list(names)
        if lst is None:
            return None
        ids: dict[int, None] = {}
        for n in lst:
            for e in self.find_entities(n):
                ids.setdefault(e.id, None)
        return list(ids)

    def _where(self, *, speaker: Any = None, about: Any = None, addressee: Any = None,
               target: Any = None, kind: Any = None, since: Any = None, until: Any = None,
               source: Any = None, text: str | None = None, phrase: bool = False,
               match: str | None = None, doc: Any = None, claim: int | None = None,
               min_confidence: float | None = None) -> tuple[list[str], list[Any]] | None:
        """SQL conditions and parameters for the filters, or None when nothing can match."""
        where: list[str] = []
        params: list[Any] = []

        def ent_cond(sql: str, names: Any) -> bool:
            ids = self._entity_ids(names)
            if ids is None:
                return True
            if not ids:
                return False
            where.append(sql.format(ph=_placeholders(len(ids))))
            params.extend(ids)
            return True

        about_sql = ("EXISTS (SELECT 1 FROM quote_about qa JOIN article_entities ae "
                     "ON ae.article_id = q.article_id AND ae.seq = qa.entity_seq "
                     "WHERE qa.quote_id = q.id AND ae.entity_id IN ({ph}))")
        addr_sql = ("EXISTS (SELECT 1 FROM article_entities ad WHERE ad.article_id = "
                    "q.article_id AND ad.seq = q.addressee_seq AND ad.entity_id IN ({ph}))")
        if speaker is not None:  # the speaker, or one who said it with them
            ids = self._entity_ids(speaker)
            if not ids:
                return None
            ph = _placeholders(len(ids))
            where.append(f"(se.entity_id IN ({ph}) OR EXISTS (SELECT 1 FROM quote_speakers qs "
                         f"JOIN article_entities ce ON ce.article_id = q.article_id AND "
                         f"ce.seq = qs.entity_seq WHERE qs.quote_id = q.id AND "
                         f"ce.entity_id IN ({ph})))")
            params.extend(ids + ids)
        if not ent_cond(about_sql, about):
            return None
        if not ent_cond(addr_sql, addressee):
            return None
        if target is not None:
            ids = self._entity_ids(target)
            if not ids:
                return None
            ph = _placeholders(len(ids))
            where.append(f"({about_sql.format(ph=ph)} OR {addr_sql.format(ph=ph)})")
            params.extend(ids + ids)
        kinds = _as_list(kind)
        if kinds is not None:
            where.append(f"q.kind IN ({_placeholders(len(kinds))})")
            params.extend(kinds)
        for name, value, op in (("since", since, ">="), ("until", until, "<=")):
            if value is None:
                continue
            d = parse_date(value)
            if d is None:
                raise ValueError(f"{name}: cannot read {value!r} as a date (use YYYY-MM-DD)")
            where.append(f"a.published_date {op} ?")
            params.append(d)
        sources = _as_list(source)
        if sources is not None:
            where.append("a.source COLLATE NOCASE IN (" + _placeholders(len(sources)) + ")")
            params.extend(sources)
        docs = _as_list(doc)
        if docs is not None:
            ph = _placeholders(len(docs))
            where.append(f"(a.doc_key IN ({ph}) OR a.doc_id IN ({ph}))")
            params.extend(docs + docs)
        if text is not None:
            fts = _fts_query(text, phrase)
            if fts is None:
                if not text:
                    return None
                where.append("instr(q.text, ?) > 0")
                params.append(text)
            else:
                where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
                params.append(fts)
        if match is not None:
            where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(match)
        if claim is not None:
            where.append("q.claim_id = ?")
            params.append(int(claim))
        if min_confidence is not None:
            where.append("q.confidence >= ?")
            params.append(float(min_confidence))
        return where, params

    _ORDERS = {
        "date": "a.published_date IS NULL, a.published_date, a.id, q.seq",
        "-date": "a.published_date IS NULL, a.published_date DESC, a.id DESC, q.seq",
        "article": "a.id, q.seq",
        "confidence": "q.confidence DESC, a.published_date, a.id, q.seq",
    }

    def _select(self, filters: dict[str, Any], order: str, limit: int | None,
                offset: int = 0) -> list[sqlite3.Row]:
        if order not in self._ORDERS:
            raise ValueError(f"order must be one of {', '.join(self._ORDERS)}")
        self._ensure_resolved()
        cond = self._where(**filters)
        if cond is None:
            return []
        where, params = cond
        sql = ("SELECT q.*, a.doc_key, a.doc_id, a.source, a.url, a.published, "
               "a.published_date, a.title, sp.name AS speaker_entity, sp.key AS speaker_key "
               "FROM quotes q JOIN articles a ON a.id = q.article_id "
               "LEFT JOIN article_entities se ON se.article_id = q.article_id "
               "AND se.seq = q.speaker_seq "
               "LEFT JOIN entities sp ON sp.id = se.entity_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + self._ORDERS[order]
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, -1 if limit is None else int(limit), int(offset)]
        return self._fetch(sql, params, filters)

    def _fetch(self, sql: str, params: Sequence[Any], filters: Mapping[str, Any]
               ) -> list[sqlite3.Row]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if filters.get("match") is not None:  # the user's FTS5 syntax
                raise ValueError(f"bad full-text query {filters['match']!r}: {exc}") from None
            raise

    def _materialise(self, rows: Sequence[sqlite3.Row]) -> list[Quote]:
        ents: dict[int, dict[int, Entity]] = {}
        aids = sorted({r["article_id"] for r in rows})
        for chunk in _chunks(aids):
            for er in self.db.execute(
                    f"SELECT * FROM article_entities WHERE article_id IN "
                    f"({_placeholders(len(chunk))})", chunk):
                ents.setdefault(er["article_id"], {})[er["seq"]] = _entity_from_row(er)
        about: dict[int, list[str]] = defaultdict(list)
        co: dict[int, list[int]] = defaultdict(list)
        qids = [r["id"] for r in rows]
        for chunk in _chunks(qids):
            for ar in self.db.execute(
                    f"SELECT quote_id, local_id FROM quote_about WHERE quote_id IN "
                    f"({_placeholders(len(chunk))}) ORDER BY quote_id, seq", chunk):
                about[ar["quote_id"]].append(ar["local_id"])
            for cr in self.db.execute(
                    f"SELECT quote_id, entity_seq FROM quote_speakers WHERE quote_id IN "
                    f"({_placeholders(len(chunk))}) ORDER BY quote_id, seq", chunk):
                co[cr["quote_id"]].append(cr["entity_seq"])
        out = []
        for r in rows:
            e = ents.get(r["article_id"], {})
            cue = (Span(r["cue_start"], r["cue_end"], r["cue_text"])
                   if r["cue_start"] is not None else None)
            out.append(Quote(
                start=r["start_char"], end=r["end_char"], text=r["text"], kind=r["kind"],
                cue=cue,
                speaker=e[r["speaker_seq"]] if r["speaker_seq"] is not None else None,
                speaker_mention=_mention(r["sm_start"], r["sm_end"], r["sm_text"],
                                         r["sm_form"]),
                addressee=e[r["addressee_seq"]] if r["addressee_seq"] is not None else None,
                addressee_mention=_mention(r["am_start"], r["am_end"], r["am_text"],
                                           r["am_form"]),
                confidence=math.nan if r["confidence"] is None else r["confidence"],
                about=tuple(about.get(r["id"], ())), reason=r["reason"],
                co_speakers=tuple(e[k] for k in co.get(r["id"], ())),
                statement=Span(r["statement_start"], r["statement_end"], r["statement_text"])
                if r["statement_start"] is not None else None,
                reported_by=e[r["reported_by_seq"]] if r["reported_by_seq"] is not None
                else None,
                reported_by_mention=_mention(r["rm_start"], r["rm_end"], r["rm_text"],
                                             r["rm_form"])))
        return out

    def quotes(self, *, speaker: str | Iterable[str] | None = None,
               about: str | Iterable[str] | None = None,
               addressee: str | Iterable[str] | None = None,
               target: str | Iterable[str] | None = None,
               kind: str | Iterable[str] | None = None, since: Any = None, until: Any = None,
               source: str | Iterable[str] | None = None, text: str | None = None,
               phrase: bool = False, match: str | None = None,
               doc: str | Iterable[str] | None = None, claim: int | None = None,
               min_confidence: float | None = None, order: str = "date",
               limit: int | None = None, offset: int = 0) -> list[Quote]:
        """Stored quotes matching every filter given, as :class:`~quotetrack.model.Quote`.

        Args:
            speaker: a name of the speaker (any name an article used, an alias,
                or the canonical key); several names match any of them.
            about: an entity the quote is about.  ``addressee``: the entity
                it was said to.  ``target``: either.
            kind: ``direct``, ``mixed``, ``indirect`` or several.
            since, until: publication dates, inclusive (ISO strings or dates).
            source: outlet name(s), case-insensitive.
            text: words the quote text must all contain (full-text search;
                ``phrase=True``: as one phrase).  Any characters are fine; a
                text without letters or digits matches as a plain substring.
            match: a raw FTS5 query (``'NEAR(korea nuclear, 5)'``) for experts.
            doc: article key(s) or doc_id(s).  ``claim``: a claim id.
            order: ``date`` (default, oldest first), ``-date``, ``article``
                or ``confidence``.

        Returns:
            Quotes equal to the ones added.  :meth:`query` gives the same
            quotes as rows with their article's metadata.
        """
        filters = dict(speaker=speaker, about=about, addressee=addressee, target=target,
                       kind=kind, since=since, until=until, source=source, text=text,
                       phrase=phrase, match=match, doc=doc, claim=claim,
                       min_confidence=min_confidence)
        return self._materialise(self._select(filters, order, limit, offset))

    def query(self, *, order: str = "date", limit: int | None = None, offset: int = 0,
              **filters: Any) -> list[dict[str, Any]]:
        """Rows for export: one dict per quote with its article and canonical entities.

        Takes the filters of :meth:`quotes`.  Keys are :data:`ROW_FIELDS`:
        the quote's ``extract --format jsonl`` fields, the article's ``doc``,
        ``published``, ``source``, ``title`` and ``url``, the canonical
        ``speaker_entity`` and ``speaker_key``, ``about_entities`` (canonical
        names), ``addressee_entity``, ``co_speaker_entities`` (the canonical
        names of those who made the statement with the speaker), and
        ``quote_id``/``claim_id``.
        """
        rows = self._select(filters, order, limit, offset)
        quotes = self._materialise(rows)
        about_names: dict[int, list[str]] = defaultdict(list)
        co_names: dict[int, list[str]] = defaultdict(list)
        addr: dict[int, str] = {}
        qids = [r["id"] for r in rows]
        for chunk in _chunks(qids):
            ph = _placeholders(len(chunk))
            for ar in self.db.execute(
                    f"SELECT qa.quote_id, e.name FROM quote_about qa JOIN quotes q "
                    f"ON q.id = qa.quote_id JOIN article_entities ae ON ae.article_id = "
                    f"q.article_id AND ae.seq = qa.entity_seq JOIN entities e ON "
                    f"e.id = ae.entity_id WHERE qa.quote_id IN ({ph}) "
                    f"ORDER BY qa.quote_id, qa.seq", chunk):
                if ar["name"] not in about_names[ar["quote_id"]]:
                    about_names[ar["quote_id"]].append(ar["name"])
            for ar in self.db.execute(
                    f"SELECT q.id, e.name FROM quotes q JOIN article_entities ae ON "
                    f"ae.article_id = q.article_id AND ae.seq = q.addressee_seq JOIN entities e "
                    f"ON e.id = ae.entity_id WHERE q.id IN ({ph})", chunk):
                addr[ar["id"]] = ar["name"]
            for cr in self.db.execute(
                    f"SELECT qs.quote_id, e.name FROM quote_speakers qs JOIN quotes q ON "
                    f"q.id = qs.quote_id JOIN article_entities ae ON ae.article_id = "
                    f"q.article_id AND ae.seq = qs.entity_seq JOIN entities e ON "
                    f"e.id = ae.entity_id WHERE qs.quote_id IN ({ph}) "
                    f"ORDER BY qs.quote_id, qs.seq", chunk):
                co_names[cr["quote_id"]].append(cr["name"])
        out = []
        for r, q in zip(rows, quotes, strict=True):
            rec = q.to_record(r["doc_key"])
            rec.update(quote_id=r["id"], claim_id=r["claim_id"],
                       published=r["published_date"] or r["published"], source=r["source"],
                       title=r["title"], url=r["url"], speaker_entity=r["speaker_entity"],
                       speaker_key=r["speaker_key"], about_entities=about_names.get(r["id"], []),
                       addressee_entity=addr.get(r["id"]),
                       co_speaker_entities=co_names.get(r["id"], []))
            out.append({k: rec.get(k) for k in ROW_FIELDS})
        return out

    def count(self, **filters: Any) -> int:
        """How many quotes match the filters of :meth:`quotes`."""
        self._ensure_resolved()
        cond = self._where(**filters)
        if cond is None:
            return 0
        where, params = cond
        sql = ("SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
               "LEFT JOIN article_entities se ON se.article_id = q.article_id "
               "AND se.seq = q.speaker_seq")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._fetch(sql, params, filters)[0][0]

    # -- claims ---------------------------------------------------------------

    def claims(self, *, min_sources: int = 0, min_articles: int = 0,
               order: str = "sources", limit: int | None = None,
               **filters: Any) -> list[Claim]:
        """Claims with at least ``min_sources`` outlets and ``min_articles`` articles.

        ``filters`` are those of :meth:`quotes` (``speaker``, ``about``,
        ``text``, ``since``...): a claim is kept when one of its quotes
        matches.  ``order``: ``sources`` (most outlets first), ``first_seen``
        or ``id``.
        """
        orders = {"sources": "c.n_sources DESC, c.n_articles DESC, c.first_seen, c.id",
                  "first_seen": "c.first_seen IS NULL, c.first_seen, c.id", "id": "c.id"}
        if order not in orders:
            raise ValueError(f"order must be one of {', '.join(orders)}")
        self._ensure_resolved()
        sql = "SELECT c.* FROM claims c WHERE c.n_sources >= ? AND c.n_articles >= ?"
        params: list[Any] = [int(min_sources), int(min_articles)]
        active = {k: v for k, v in filters.items() if v is not None and v is not False}
        if active:
            cond = self._where(**active)
            if cond is None:
                return []
            where, wparams = cond
            sql += (" AND c.id IN (SELECT q.claim_id FROM quotes q JOIN articles a ON "
                    "a.id = q.article_id LEFT JOIN article_entities se ON se.article_id = "
                    "q.article_id AND se.seq = q.speaker_seq"
                    + (" WHERE " + " AND ".join(where) if where else "") + ")")
            params.extend(wparams)
        sql += " ORDER BY " + orders[order]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [self._claim(r) for r in self._fetch(sql, params, filters)]

    def claim(self, claim_id: int) -> Claim | None:
        """The claim with this id, or None."""
        self._ensure_resolved()
        row = self.db.execute("SELECT * FROM claims WHERE id = ?", (int(claim_id),)).fetchone()
        return self._claim(row) if row else None

    def _claim(self, r: sqlite3.Row) -> Claim:
        qs = self.db.execute(
            "SELECT q.id, a.source, sp.name AS speaker FROM quotes q "
            "JOIN articles a ON a.id = q.article_id "
            "LEFT JOIN article_entities se ON se.article_id = q.article_id "
            "AND se.seq = q.speaker_seq LEFT JOIN entities sp ON sp.id = se.entity_id "
            "WHERE q.claim_id = ? ORDER BY a.published_date IS NULL, a.published_date, q.id",
            (r["id"],)).fetchall()
        sources: dict[str, str] = {}
        for x in qs:
            if x["source"]:
                sources.setdefault(x["source"].casefold(), x["source"])
        counts: dict[str, int] = defaultdict(int)
        for x in qs:
            if x["speaker"]:
                counts[x["speaker"]] += 1
        for x in self.db.execute(
                "SELECT e.name FROM quotes q JOIN quote_speakers qs ON qs.quote_id = q.id "
                "JOIN article_entities ae ON ae.article_id = q.article_id AND "
                "ae.seq = qs.entity_seq JOIN entities e ON e.id = ae.entity_id "
                "WHERE q.claim_id = ?", (r["id"],)):
            counts[x["name"]] += 1
        speakers = tuple(sorted(counts, key=lambda s: (-counts[s], s)))
        return Claim(r["id"], r["text"], r["n_quotes"], r["n_articles"], r["n_sources"],
                     tuple(sorted(sources.values(), key=str.casefold)), r["first_seen"],
                     r["last_seen"], speakers, tuple(x["id"] for x in qs))

    # -- articles, graph, stats -------------------------------------------------

    def articles(self) -> list[ArticleInfo]:
        """Every stored article's metadata, in the order added."""
        return [ArticleInfo(r["id"], r["doc_key"], r["doc_id"], r["source"], r["url"],
                            r["published"], r["published_date"], r["title"],
                            r["content_hash"], r["n_quotes"])
                for r in self.db.execute(
                    "SELECT id, doc_key, doc_id, source, url, published, published_date, title, "
                    "content_hash, n_quotes FROM articles ORDER BY id")]

    def results(self, **filters: Any) -> Iterator[ArticleResult]:
        """The stored articles as :class:`~quotetrack.model.ArticleResult`, in the order added.

        With filters (those of :meth:`quotes`), only the articles with a
        matching quote, holding only the matching quotes.  Each result equals
        the one added (metadata as stored, JSON-safe).
        """
        wanted: dict[int, set[int]] | None = None
        active = {k: v for k, v in filters.items() if v is not None and v is not False}
        if active:
            wanted = defaultdict(set)
            for r in self._select(active, "article", None):
                wanted[r["article_id"]].add(r["id"])
        for (aid,) in self.db.execute("SELECT id FROM articles ORDER BY id").fetchall():
            if wanted is not None and aid not in wanted:
                continue
            yield self._result(aid, None if wanted is None else wanted[aid])

    def _result(self, aid: int, quote_ids: set[int] | None = None) -> ArticleResult:
        a = self.db.execute("SELECT doc_id, text, metadata FROM articles WHERE id = ?",
                            (aid,)).fetchone()
        qrows = self.db.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY seq",
                                (aid,)).fetchall()
        if quote_ids is not None:
            qrows = [r for r in qrows if r["id"] in quote_ids]
        erows = self.db.execute("SELECT * FROM article_entities WHERE article_id = ? AND "
                                "position IS NOT NULL ORDER BY position", (aid,)).fetchall()
        return ArticleResult(a["text"], tuple(self._materialise(qrows)),
                             tuple(_entity_from_row(e) for e in erows), a["doc_id"],
                             json.loads(a["metadata"]))

    def article(self, doc: str) -> ArticleResult | None:
        """One stored article, by its key (``doc``) or its doc_id, or None."""
        row = self.db.execute("SELECT id FROM articles WHERE doc_key = ? OR doc_id = ? "
                              "ORDER BY doc_key = ? DESC, id LIMIT 1", (doc, doc, doc)).fetchone()
        return None if row is None else self._result(row["id"])

    def graph(self, **filters: Any) -> Any:
        """The who-said-what-about-whom graph of the stored quotes (``networkx.MultiDiGraph``).

        Built by :func:`quotetrack.graph.build_graph` from the stored articles,
        with the store's alias table, so it is the graph ``quotetrack graph``
        would draw from the same articles.  Filters (those of :meth:`quotes`)
        keep only the matching quotes.
        """
        from quotetrack.graph import build_graph

        results = []
        for r in self.results(**filters):
            meta = normalise_metadata(r.metadata)
            if meta.get("published") is not None:
                meta["published"] = parse_date(meta["published"]) or meta["published"]
            results.append(attrs.evolve(r, metadata=meta))
        return build_graph(results, aliases=self._alias_table)

    def stats(self) -> dict[str, Any]:
        """Counts: articles, quotes, entities, claims, claims with 2+ sources, file size."""
        self._ensure_resolved()
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        size = None
        if self.path != ":memory:":
            size = sum(p.stat().st_size for p in (Path(self.path), Path(self.path + "-wal"))
                       if p.exists())
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "quotes": one("SELECT COUNT(*) FROM quotes"),
            "entities": one("SELECT COUNT(*) FROM entities"),
            "article_entities": one("SELECT COUNT(*) FROM article_entities"),
            "claims": one("SELECT COUNT(*) FROM claims"),
            "claims_2plus_sources": one("SELECT COUNT(*) FROM claims WHERE n_sources >= 2"),
            "claims_2plus_articles": one("SELECT COUNT(*) FROM claims WHERE n_articles >= 2"),
            "sources": one("SELECT COUNT(DISTINCT lower(source)) FROM articles "
                           "WHERE source IS NOT NULL"),
            "first_published": one("SELECT MIN(published_date) FROM articles"),
            "last_published": one("SELECT MAX(published_date) FROM articles"),
            "schema_version": self.schema_version,
            "bytes": size,
        }

    def check(self) -> list[str]:
        """Consistency problems (empty when fine): SQLite's integrity check, then ours."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for r in self.db.execute(
                "SELECT a.doc_key, a.n_quotes, COUNT(q.id) AS n FROM articles a LEFT JOIN quotes "
                "q ON q.article_id = a.id GROUP BY a.id HAVING n != a.n_quotes"):
            problems.append(f"{r['doc_key']}: {r['n']} quotes stored, {r['n_quotes']} expected")
        for r in self.db.execute(
                "SELECT a.doc_key, a.n_entities, COUNT(e.seq) AS n FROM articles a LEFT JOIN "
                "article_entities e ON e.article_id = a.id GROUP BY a.id "
                "HAVING n != a.n_entities"):
            problems.append(f"{r['doc_key']}: {r['n']} entities stored, "
                            f"{r['n_entities']} expected")
        n = self.db.execute("SELECT COUNT(*) FROM quotes q LEFT JOIN claims c ON "
                            "c.id = q.claim_id WHERE c.id IS NULL").fetchone()[0]
        if n:
            problems.append(f"{n} quotes without a claim")
        n = self.db.execute("SELECT COUNT(*) FROM claims c WHERE n_quotes != (SELECT COUNT(*) "
                            "FROM quotes q WHERE q.claim_id = c.id)").fetchone()[0]
        if n:
            problems.append(f"{n} claims with a wrong quote count")
        fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} rows break foreign keys")
        return problems


def write_rows(rows: Iterable[Mapping[str, Any]], out: IO[str], format: str,
               fields: Sequence[str]) -> int:
    """Write rows as JSONL or CSV (lists joined with "|"); returns the number written."""
    n = 0
    if format == "jsonl":
        for r in rows:
            out.write(json.dumps(dict(r), ensure_ascii=False) + "\n")
            n += 1
        return n
    w = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: "|".join(map(str, v)) if isinstance(v, list) else v
                    for k, v in r.items()})
        n += 1
    return n
