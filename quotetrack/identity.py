"""Cross-article entity identity: which entities of different articles are one.

Entity ids are unique only within one article.  :class:`EntityResolver` gives
each entity a :class:`CanonicalEntity` shared by every article that names the
same person, organisation or place; the graph builder and the claim store both
use it, so both agree on who is who.

Merge rules (all decided from the whole set of names seen, so the result does
not depend on article order; call :meth:`EntityResolver.fit` before
:meth:`EntityResolver.resolve`):

* Names are compared by :func:`name_key`: case, accents and punctuation
  ignored; honorifics ("Mr.", "Dr.") and leading titles ("Secretary of State",
  "Sen.", "former President") dropped for people; "Jr.", "Sr.", "II", "III"
  kept, so "Donald Trump" and "Donald Trump Jr." stay apart.
* An alias table (:func:`load_alias_table`) wins over everything: any name or
  alias it lists maps to its entry, whose name becomes the canonical name and
  whose ``id`` (e.g. a Wikidata QID) the ``external_id``.  Two table entries
  never merge.  Entities carrying the same ``external_id`` merge; entities
  carrying different ones never do.
* Types must be compatible: a PERSON never merges with an ORG, GPE, NORP or
  GROUP; UNKNOWN merges with anything; ORG, GPE, NORP and GROUP merge with one
  another only on an identical name ("Russia" the GPE and "Russia" the ORG).
* Organisations, places and groups merge on an identical key of their name or
  any alias ("FBI" listed as an alias links to "FBI" elsewhere).
* People with a full name (two or more name words) merge on the same first
  name, middle initials, surname and suffix; common nicknames count as the
  same first name ("Mike"/"Michael", "Bill"/"William").  A less specific full
  name ("George Bush", "J. Smith") joins a more specific one ("George W.
  Bush", "John Smith") only when exactly one such person is known.
* A surname alone ("Pompeo") joins the one known full name with that surname
  (and the same suffix: "Trump Jr." is not "Trump").  With two or more
  candidates ("Clinton" when both Bill and Hillary Clinton are known) it joins
  the one candidate that appears in the same article, if exactly one does;
  otherwise it stays a node of its own for that article: never guessed.
* A first name alone ("Hillary"), a bare role ("the president", "Secretary of
  State"), a pronoun or an unnamed GROUP ("officials", "a spokesman") is never
  merged across articles: it is a node of its own per article (unless the
  alias table lists it).  Any other single word that matches no full name
  ("Madonna", a surname never given in full) is shared across articles.

Known limits: surname-first names ("Kim Jong Un", "Xi Jinping") are parsed as
given-name-first, so "Kim" alone does not find "Kim Jong Un"; list such names
in an alias table.  Canonical names and keys are chosen from the names seen,
so a key can change as more articles are fitted.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from quotetrack import lexicon
from quotetrack.model import ArticleResult, Entity

__all__ = [
    "AliasEntry",
    "AliasTable",
    "CanonicalEntity",
    "EntityResolver",
    "ENTITY_TYPES",
    "article_key",
    "load_alias_table",
    "name_key",
    "strip_titles",
]

ENTITY_TYPES: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "GROUP", "UNKNOWN"})

# ---------------------------------------------------------------------------
# Name normalisation
# ---------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
_PAREN_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Letters NFKD does not decompose into a base letter plus accent.
_FOLD = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ß": "ss", "þ": "th", "Þ": "th", "ı": "i", "ð": "d",
})

#: Suffixes that tell people apart and are kept in keys; value = normal form.
SUFFIXES: dict[str, str] = {
    "jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii",
    "iv": "iv", "2nd": "ii", "3rd": "iii",
}

_EXTRA_HONORIFICS = frozenset({"mx", "prof", "rev", "hon", "messrs", "mme", "mlle"})
#: Words that may precede a title: "former Secretary of State", "U.S. Attorney".
_TITLE_MODIFIERS: tuple[tuple[str, ...], ...] = (
    ("former",), ("acting",), ("then",), ("interim",), ("incoming",), ("outgoing",),
    ("late",), ("us",), ("u", "s"), ("uk",), ("u", "k"), ("un",), ("u", "n"),
    ("eu",),
)

#: Common nicknames -> the given name they stand for (unambiguous ones only).
NICKNAMES: dict[str, str] = {
    "mike": "michael", "mikey": "michael", "bill": "william", "billy": "william",
    "will": "william", "willie": "william", "bob": "robert", "bobby": "robert",
    "rob": "robert", "robbie": "robert", "jim": "james", "jimmy": "james",
    "jamie": "james", "joe": "joseph", "joey": "joseph", "tom": "thomas",
    "tommy": "thomas", "dick": "richard", "rick": "richard", "ricky": "richard",
    "rich": "richard", "chuck": "charles", "charlie": "charles", "dave": "david",
    "davy": "david", "dan": "daniel", "danny": "daniel", "tony": "anthony",
    "nick": "nicholas", "matt": "matthew", "andy": "andrew", "drew": "andrew",
    "jeff": "jeffrey", "ken": "kenneth", "kenny": "kenneth", "larry": "lawrence",
    "ron": "ronald", "ronnie": "ronald", "don": "donald", "donnie": "donald",
    "greg": "gregory", "jerry": "gerald", "bernie": "bernard", "mitch": "mitchell",
    "newt": "newton", "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth",
    "betty": "elizabeth", "jen": "jennifer", "jenny": "jennifer", "sue": "susan",
    "debbie": "deborah", "peggy": "margaret", "maggie": "margaret", "ben": "benjamin",
    "benny": "benjamin", "ed": "edward", "eddie": "edward", "fred": "frederick",
    "freddie": "frederick", "hank": "henry", "harry": "henry", "jack": "john",
    "johnny": "john", "pete": "peter", "phil": "philip", "ray": "raymond",
    "sandy": "sandra", "stan": "stanley", "tim": "timothy", "vince": "vincent",
    "walt": "walter", "zach": "zachary", "doug": "douglas", "jon": "jonathan",
    "josh": "joshua", "nate": "nathan", "russ": "russell", "al": "albert",
    "abe": "abraham", "barb": "barbara", "cathy": "catherine", "kathy": "katherine",
}

#: Words that stand for someone without naming them (never merged across articles).
_GIVEN_NAMES: frozenset[str] = frozenset(lexicon.GIVEN_NAMES) | frozenset(NICKNAMES) | frozenset(
    NICKNAMES.values())
_PARTICLES = lexicon.SURNAME_PARTICLES


@functools.lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    """Normal form of one word: no accents, case-folded, no apostrophes."""
    t = unicodedata.normalize("NFKD", token.translate(_FOLD))
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.casefold().translate(_FOLD)
    t = re.sub(r"['\u2019]s$", "", t)  # possessive "Pompeo's"
    return t.replace("'", "").replace("\u2019", "")


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_fold_token(m.group()) for m in _WORD_RE.finditer(text))


_TITLE_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    p for p in (_phrase(t) for t in lexicon.TITLES) if p
)
_HONORIFIC_WORDS: frozenset[str] = frozenset(
    w for h in lexicon.HONORIFICS for w in _phrase(h)
) | _EXTRA_HONORIFICS
_MAX_TITLE = max(len(p) for p in _TITLE_PHRASES)
_TITLE_WORDS: frozenset[str] = frozenset(w for p in _TITLE_PHRASES for w in p if w != "of") | {
    "of", "state", "the", "defense", "treasury", "house", "senate"}


def _title_at(words: list[str], i: int) -> int:
    """Length of the longest title phrase starting at ``words[i]`` (0 if none).

    "then-President", "ex-Senator" and "President-elect" count as titles too.
    """
    first = words[i]
    variants = [first]
    for prefix in ("then-", "ex-", "former-"):
        if first.startswith(prefix):
            variants.append(first[len(prefix):])
    variants += [v[:-6] for v in list(variants) if v.endswith("-elect")]
    best = 0
    for v in variants:
        for n in range(1, min(_MAX_TITLE, len(words) - i) + 1):
            if (v, *words[i + 1:i + n]) in _TITLE_PHRASES:
                best = max(best, n)
    return best


@attrs.frozen
class _Parsed:
    display: str  # the original text of the kept words
    words: tuple[str, ...]  # normalised kept words
    titles: tuple[str, ...]  # original text of dropped titles


@functools.lru_cache(maxsize=65536)
def _parse_name(name: str, type: str | None = None) -> _Parsed:
    """Split a name into its normalised words, dropping titles for people."""
    text = _PAREN_RE.sub(" ", name or "")
    matches = list(_WORD_RE.finditer(text))
    words = [_fold_token(m.group()) for m in matches]
    keep = [bool(w) for w in words]
    matches = [m for m, k in zip(matches, keep, strict=True) if k]
    words = [w for w in words if w]
    i = 0
    titles: list[str] = []
    personal = type in (None, "PERSON", "UNKNOWN")
    while i < len(words) - 1:
        if words[i] == "the":
            i += 1
            continue
        if not personal:
            break
        n = _title_at(words, i)
        if words[i] in _HONORIFIC_WORDS and not (n > 1 and i + n < len(words)):
            # (a title of two words that opens with one goes whole: "Datuk Seri Lim Wei
            # Ming", "Puan Sri Noraini Hassan")
            i += 1
            continue
        if not n:
            for mod in _TITLE_MODIFIERS:
                m = len(mod)
                if tuple(words[i:i + m]) == mod and i + m < len(words) and _title_at(words, i + m):
                    n = m + _title_at(words, i + m)
                    break
        if n and i + n < len(words):
            titles.append(text[matches[i].start():matches[i + n - 1].end()])
            i += n
            continue
        break
    if i >= len(matches):
        return _Parsed("", (), tuple(titles))
    start = matches[i].start()
    end = matches[-1].end()
    if end < len(text) and text[end] == "." and words[-1] in SUFFIXES:
        end += 1
    display = " ".join(text[start:end].split())
    display = re.sub(r"['\u2019]s$", "", display) if re.search(
        r"['\u2019]s$", matches[-1].group()) else display
    out = [SUFFIXES.get(w, w) if j > i and j == len(words) - 1 else w
           for j, w in enumerate(words)][i:]
    return _Parsed(display, tuple(out), tuple(titles))


def name_key(name: str, type: str | None = None) -> str:
    """Normalised comparison key of a name: "Secretary of State Mike Pompeo" -> "mike pompeo".

    Case, accents and punctuation are ignored; a leading "the", honorifics
    (Mr., Mrs., Dr.) and leading titles are dropped (titles and honorifics
    only when ``type`` is None, PERSON or UNKNOWN, so "General Motors" typed
    ORG keeps its first word); "Jr."/"Sr."/"II" are kept ("jr", "sr", "ii").
    Hyphenated names stay one word ("ocasio-cortez").  Returns "" for a name
    without letters or digits.
    """
    return " ".join(_parse_name(name, type).words)


def strip_titles(name: str, type: str | None = None) -> str:
    """The name as written, without leading titles/honorifics: "Sen. Ted Cruz" -> "Ted Cruz"."""
    return _parse_name(name, type).display


def _slug(key: str) -> str:
    s = re.sub(r"\s+", "-", key.strip())
    s = re.sub(r"[^\w\-.@~]", "", s)
    return s or "unnamed"


def article_key(result: ArticleResult) -> str:
    """The key naming an article: its ``doc_id``, or a hash of its text when it has none."""
    if result.doc_id is not None:
        return str(result.doc_id)
    return "doc-" + hashlib.sha1(result.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


# ---------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------


@attrs.frozen
class _PersonName:
    first: str | None  # normalised first name as written (None for a surname alone)
    first_canon: str | None  # after nickname mapping
    middles: tuple[str, ...]  # middle-name initials
    last: str
    suffix: str | None

    @property
    def full(self) -> bool:
        return self.first is not None

    @property
    def first_is_initial(self) -> bool:
        return self.first is not None and len(self.first) == 1

    def specificity(self) -> tuple[int, int]:
        return (int(self.full and not self.first_is_initial), len(self.middles))

    def match_key(self) -> tuple[Any, ...]:
        return (self.first_canon, self.middles, self.last, self.suffix)

    def refines(self, other: _PersonName) -> bool:
        """True when self is a more specific form of ``other`` (same person, more detail)."""
        if self.last != other.last or self.suffix != other.suffix or not self.full:
            return False
        if other.first is not None and self.first is not None:
            if other.first_is_initial:
                if self.first_is_initial or not (
                    self.first.startswith(other.first)
                    or (self.first_canon or "").startswith(other.first)
                ):
                    return False
            elif other.first_canon != self.first_canon:
                return False
        if other.middles and other.middles != self.middles:
            return False
        return self.specificity() > other.specificity()


def _person_name(words: tuple[str, ...]) -> _PersonName | None:
    words = tuple(w for w in words if w)
    if not words:
        return None
    suffix = None
    if len(words) > 1 and words[-1] in SUFFIXES.values():
        suffix, words = words[-1], words[:-1]
    if len(words) >= 2 and words[0] in _PARTICLES:
        words = tuple(w for w in words if w not in _PARTICLES) or words[-1:]
        return _PersonName(None, None, (), words[-1], suffix)
    if len(words) == 1:
        return _PersonName(None, None, (), words[0], suffix)
    first = words[0]
    middles = tuple(w[0] for w in words[1:-1] if w not in _PARTICLES)
    return _PersonName(first, NICKNAMES.get(first, first), middles, words[-1], suffix)


# ---------------------------------------------------------------------------
# Alias tables
# ---------------------------------------------------------------------------


@attrs.frozen
class AliasEntry:
    """One row of an alias table: the canonical name, its aliases, id and type."""

    name: str
    aliases: tuple[str, ...] = ()
    id: str | None = None
    type: str | None = None
    where: str = ""  # "file.csv line 3", for messages


@attrs.frozen
class AliasTable:
    """Canonical names fixed by hand: any alias maps to its entry's name and id."""

    entries: tuple[AliasEntry, ...] = ()
    source: str = "<aliases>"
    _index: dict[str, int] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, int] = {}
        ids: dict[str, int] = {}
        for n, entry in enumerate(self.entries):
            if entry.id is not None:
                if entry.id in ids:
                    other = self.entries[ids[entry.id]]
                    raise ValueError(
                        f"{entry.where or self.source}: id {entry.id!r} is already used by "
                        f"{other.name!r} ({other.where or self.source})")
                ids[entry.id] = n
            for form in (entry.name, *entry.aliases):
                for key in _table_keys(form, entry.type):
                    if not key:
                        raise ValueError(
                            f"{entry.where or self.source}: name or alias {form!r} has no "
                            "letters or digits")
                    seen = index.get(key)
                    if seen is not None and seen != n:
                        other = self.entries[seen]
                        raise ValueError(
                            f"{entry.where or self.source}: {form!r} of {entry.name!r} is "
                            f"already a name or alias of {other.name!r} "
                            f"({other.where or self.source})")
                    index[key] = n
        object.__setattr__(self, "_index", index)

    @classmethod
    def from_entries(cls, entries: Iterable[AliasEntry | Mapping[str, Any]],
                     source: str = "<aliases>") -> AliasTable:
        """Build a table from entries or dicts with name/aliases/id/type."""
        out = []
        for n, e in enumerate(entries, 1):
            if isinstance(e, AliasEntry):
                out.append(e)
            else:
                out.append(_entry_from_fields(dict(e), source, f"entry {n}"))
        return cls(tuple(out), source)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[AliasEntry]:
        return iter(self.entries)

    def lookup(self, name: str, type: str | None = None) -> AliasEntry | None:
        """The entry that lists ``name`` (as its name or an alias), or None."""
        for key in _table_keys(name, type):
            n = self._index.get(key)
            if n is not None:
                return self.entries[n]
        return None


def _table_keys(form: str, type: str | None) -> tuple[str, ...]:
    """Keys a table form answers to: with and without title stripping when untyped."""
    if type in (None, "UNKNOWN"):
        a, b = name_key(form, "PERSON"), name_key(form, "ORG")
        return (a,) if a == b else (a, b)
    return (name_key(form, type),)


def _split_aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in re.split(r"[|;]", value) if a.strip())


def _entry_from_fields(fields: Mapping[str, Any], source: str, where: str) -> AliasEntry:
    loc = f"{source}: {where}"
    name = fields.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{loc}: field 'name' is missing or empty")
    raw = fields.get("aliases")
    if raw is None or raw == "":
        aliases: tuple[str, ...] = ()
    elif isinstance(raw, str):
        aliases = _split_aliases(raw)
    elif isinstance(raw, (list, tuple)) and all(isinstance(a, str) for a in raw):
        aliases = tuple(a.strip() for a in raw if a.strip())
    else:
        raise ValueError(f"{loc}: field 'aliases' must be a list of strings or a string "
                         "with aliases separated by '|' or ';'")
    ident = fields.get("id")
    if ident is None or (isinstance(ident, str) and not ident.strip()):
        ident = None
    elif isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise ValueError(f"{loc}: field 'id' must be a string (e.g. a Wikidata QID 'Q123')")
    else:
        ident = str(ident).strip()
        if any(c.isspace() for c in ident):
            raise ValueError(f"{loc}: field 'id' {ident!r} must not contain spaces")
    etype = fields.get("type")
    if etype is None or (isinstance(etype, str) and not etype.strip()):
        etype = None
    elif not isinstance(etype, str) or etype.strip().upper() not in ENTITY_TYPES:
        raise ValueError(f"{loc}: field 'type' is {etype!r}; expected one of "
                         f"{', '.join(sorted(ENTITY_TYPES))}")
    else:
        etype = etype.strip().upper()
    name = " ".join(name.split())
    aliases = tuple(dict.fromkeys(" ".join(a.split()) for a in aliases if a != name))
    return AliasEntry(name, aliases, ident, etype, loc)


def _source_name(obj: Any) -> str:
    if isinstance(obj, (str, os.PathLike)):
        return os.fspath(obj)
    return str(getattr(obj, "name", None) or "<stream>")


def load_alias_table(path_or_file: str | os.PathLike[str] | IO[Any],
                     format: str | None = None) -> AliasTable:
    """Read an alias table from a CSV or JSON file (path or open file).

    CSV: a header row with a ``name`` column and optional ``aliases`` (several
    separated by "|" or ";"), ``id`` and ``type`` columns; other columns are
    ignored; blank lines and lines starting with "#" are skipped.
    JSON: a list of objects ``{"name", "aliases", "id", "type"}`` or an object
    mapping each name to ``{"aliases", "id", "type"}`` (or directly to its
    list of aliases).  ``format`` ("csv"/"json") defaults to the file
    extension, or to sniffing the first character.

    Raises ValueError naming the file and the line or entry and field for a
    malformed table, and when two entries claim the same name, alias or id.
    """
    source = _source_name(path_or_file)
    if isinstance(path_or_file, (str, os.PathLike)):
        data: str | bytes = Path(path_or_file).read_bytes()
    else:
        data = path_or_file.read()
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ValueError(f"{source}: not UTF-8 text ({e})") from None
    else:
        text = data.lstrip("\ufeff")
    fmt = (format or "").lower().lstrip(".")
    if not fmt:
        ext = os.path.splitext(source)[1].lower().lstrip(".")
        if ext in ("csv", "json"):
            fmt = ext
        else:
            fmt = "json" if text.lstrip()[:1] in ("[", "{") else "csv"
    if fmt == "json":
        entries = _parse_json_table(text, source)
    elif fmt == "csv":
        entries = _parse_csv_table(text, source)
    else:
        raise ValueError(f"{source}: unknown alias table format {format!r} (use 'csv' or 'json')")
    return AliasTable(tuple(entries), source)


def _parse_json_table(text: str, source: str) -> list[AliasEntry]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"{source}: invalid JSON at line {e.lineno} column {e.colno}: "
                         f"{e.msg}") from None
    except RecursionError:
        raise ValueError(f"{source}: JSON nested too deeply to be an alias table") from None
    entries = []
    if isinstance(doc, list):
        for n, item in enumerate(doc, 1):
            if not isinstance(item, dict):
                raise ValueError(f"{source}: entry {n}: expected an object with 'name', "
                                 f"'aliases', 'id', 'type', got {type(item).__name__}")
            label = f"entry {n}" + (f" ({item['name']!r})" if isinstance(item.get("name"), str)
                                    else "")
            entries.append(_entry_from_fields(item, source, label))
    elif isinstance(doc, dict):
        for name, item in doc.items():
            label = f"entry {name!r}"
            if isinstance(item, (list, str)):
                item = {"aliases": item}
            elif item is None:
                item = {}
            elif not isinstance(item, dict):
                raise ValueError(f"{source}: {label}: expected an object or a list of "
                                 f"aliases, got {type(item).__name__}")
            fields = dict(item)
            if "name" in fields and fields["name"] != name:
                raise ValueError(f"{source}: {label}: field 'name' {fields['name']!r} "
                                 "differs from its key")
            fields["name"] = name
            entries.append(_entry_from_fields(fields, source, label))
    else:
        raise ValueError(f"{source}: expected a JSON list of entries or an object mapping "
                         f"names to entries, got {type(doc).__name__}")
    return entries


def _parse_csv_table(text: str, source: str) -> list[AliasEntry]:
    lines = [ln for ln in io.StringIO(text)]
    # Keep line numbers: blank out comment lines instead of dropping them.
    cleaned = "".join("\n" if ln.lstrip().startswith("#") else ln for ln in lines)
    reader = csv.reader(io.StringIO(cleaned))
    header: list[str] | None = None
    entries = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [h.strip().lower() for h in row]
                if "name" not in header:
                    raise ValueError(
                        f"{source}: line {reader.line_num}: header has no 'name' column "
                        f"(got {', '.join(repr(h) for h in header)}; expected name, aliases, "
                        "id, type)")
                continue
            if len(row) > len(header):
                raise ValueError(f"{source}: line {reader.line_num}: {len(row)} fields but the "
                                 f"header has {len(header)} (quote names that contain commas)")
            fields = {h: row[i].strip() if i < len(row) else "" for i, h in enumerate(header)}
            entries.append(_entry_from_fields(fields, source, f"line {reader.line_num}"))
    except csv.Error as e:
        raise ValueError(f"{source}: line {reader.line_num}: malformed CSV ({e})") from None
    if header is None:
        raise ValueError(f"{source}: empty alias table (expected a header row with a "
                         "'name' column)")
    return entries


# ---------------------------------------------------------------------------
# The resolver
# ---------------------------------------------------------------------------


@attrs.frozen
class CanonicalEntity:
    """The cross-article identity of an entity.

    ``key`` is stable text naming it ("mike-pompeo", or the external id such as
    "Q123"); ``id`` is the graph node id ``"entity:" + key``.  ``ambiguous`` is
    True for a surname that could be several known people and so stands alone.
    """

    key: str
    id: str
    name: str
    type: str = "UNKNOWN"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    external_id: str | None = None
    ambiguous: bool = False


_P, _N, _U = "P", "N", "U"


def _type_class(etype: str | None) -> str:
    if etype == "PERSON":
        return _P
    if etype in ("ORG", "GPE", "NORP", "GROUP"):
        return _N
    return _U


@attrs.define
class _Record:
    doc: str | None
    entity: Entity | None
    table: AliasEntry | None
    etype: str
    cls: str
    names: list[_Parsed]  # name first, then aliases (parsed for this record's type)
    full_keys: set[str]  # exact keys that may link to other records
    persons: list[_PersonName]  # full person names (P/U/table)
    short: _PersonName | None  # for P/U records without a full name
    short_key: str = ""
    local: bool = False  # never merged across articles (first name, role, pronoun)
    sort_key: tuple[Any, ...] = ()


class _Clusters:
    """Union-find over records that refuses merges breaking the type/id rules."""

    def __init__(self, records: list[_Record]) -> None:
        self.parent = list(range(len(records)))
        self.classes = [{r.cls} - {_U} for r in records]
        self.tables = [{id(r.table)} if r.table else set() for r in records]
        self.ext = [{r.entity.external_id} if r.entity is not None and r.entity.external_id
                    else ({r.table.id} if r.table and r.table.id else set()) for r in records]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def can_union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return True
        if len(self.classes[a] | self.classes[b]) > 1:
            return False
        if self.tables[a] and self.tables[b]:
            return False
        return len(self.ext[a] | self.ext[b]) <= 1

    def union(self, a: int, b: int) -> bool:
        if not self.can_union(a, b):
            return False
        a, b = self.find(a), self.find(b)
        if a == b:
            return True
        if b < a:
            a, b = b, a
        self.parent[b] = a
        self.classes[a] |= self.classes[b]
        self.tables[a] |= self.tables[b]
        self.ext[a] |= self.ext[b]
        return True

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


class EntityResolver:
    """Merge entities across articles into :class:`CanonicalEntity` identities.

    Usage::

        resolver = EntityResolver(aliases=load_alias_table("people.csv"))
        resolver.fit(results)            # collect every name first
        canon = resolver.resolve(entity, doc=article_key(result))

    :meth:`resolve` of an entity not seen by :meth:`fit` adds it first, which
    works but makes the answer depend on what was added before; fit the whole
    corpus first for order-independent results.
    """

    def __init__(self, aliases: AliasTable | str | os.PathLike[str] | None = None) -> None:
        if aliases is not None and not isinstance(aliases, AliasTable):
            aliases = load_alias_table(aliases)
        self.aliases = aliases
        self._seen: dict[tuple[str | None, Entity], int] = {}
        self._entities: list[tuple[str | None, Entity]] = []
        self._by_entity: dict[Entity, list[int]] = defaultdict(list)
        self._result: list[CanonicalEntity] | None = None
        self._canon_of: list[int] = []

    # -- collecting ---------------------------------------------------------

    def add(self, entity: Entity, doc: str | None = None) -> None:
        """Record one entity of article ``doc`` (see :func:`article_key`)."""
        if (doc, entity) in self._seen:
            return
        self._seen[(doc, entity)] = len(self._entities)
        self._by_entity[entity].append(len(self._entities))
        self._entities.append((doc, entity))
        self._result = None

    def add_article(self, result: ArticleResult, doc: str | None = None) -> None:
        """Record every entity of an article, including quote speakers (co-speakers too),
        addressees and those who relay a quote (``Quote.reported_by``)."""
        doc = article_key(result) if doc is None else doc
        for ent in result.entities:
            self.add(ent, doc)
        for q in result.quotes:
            for party in (*q.speakers, q.addressee, q.reported_by):
                if party is not None:
                    self.add(party, doc)

    def fit(self, results: Iterable[ArticleResult]) -> EntityResolver:
        """Record the entities of all articles (keyed by :func:`article_key`); returns self."""
        for result in results:
            self.add_article(result)
        return self

    # -- answering ----------------------------------------------------------

    def resolve(self, entity: Entity, doc: str | None = None) -> CanonicalEntity:
        """The canonical identity of ``entity`` as seen in article ``doc``."""
        idx = self._seen.get((doc, entity))
        if idx is None and doc is None and len(self._by_entity.get(entity, ())) == 1:
            idx = self._by_entity[entity][0]
        if idx is None:
            self.add(entity, doc)
            idx = self._seen[(doc, entity)]
        if self._result is None:
            self._compute()
        assert self._result is not None
        return self._result[self._canon_of[idx]]

    def canonical_entities(self) -> list[CanonicalEntity]:
        """Every canonical entity known so far (alias-table entries included), sorted by key."""
        if self._result is None:
            self._compute()
        assert self._result is not None
        return sorted(set(self._result), key=lambda c: c.key)

    # -- the clustering -----------------------------------------------------

    def _make_record(self, doc: str | None, entity: Entity | None,
                     table: AliasEntry | None) -> _Record:
        if table is not None:
            etype = table.type or "UNKNOWN"
            raw_names = [table.name, *table.aliases]
        else:
            assert entity is not None
            etype = entity.type if entity.type in ENTITY_TYPES else "UNKNOWN"
            raw_names = [entity.name, *entity.aliases]
        cls = _type_class(etype)
        names = [_parse_name(n, None if cls == _U else etype) for n in raw_names]
        full_keys: set[str] = set()
        persons: list[_PersonName] = []
        for raw, parsed in zip(raw_names, names, strict=True):
            key = " ".join(parsed.words)
            if not key:
                continue
            if table is not None:
                full_keys.update(_table_keys(raw, table.type))
            elif cls == _N and etype != "GROUP":
                full_keys.add(key)
            if cls == _N:
                continue
            pn = _person_name(parsed.words)
            if pn is None or not pn.full:
                continue
            if all(w in _TITLE_WORDS for w in parsed.words):
                continue  # a bare role: "Secretary of State"
            if table is None:
                full_keys.add(key)
                if cls == _U:
                    full_keys.add(name_key(raw, "ORG"))
            persons.append(pn)
        short = None
        short_key = ""
        local = False
        if table is None and etype == "GROUP":
            # An unnamed group ("officials", "a spokesman"): never the same across articles.
            short_key = " ".join(names[0].words) if names else ""
            local = True
        elif table is None and cls != _N and not persons:
            key = " ".join(names[0].words) if names else ""
            short_key = key
            pn = _person_name(names[0].words) if names else None
            words = names[0].words if names else ()
            if pn is None:
                local = True
            elif all(w in _TITLE_WORDS for w in words) or key in lexicon.PRONOUNS:
                local = True
            else:
                short = pn
                if pn.last in _GIVEN_NAMES and pn.suffix is None:
                    local = True  # a first name alone: may still be a surname, see below
        sort_key = (doc or "", entity.id if entity else "", entity.name if entity else "",
                    table.name if table else "", repr(entity) if entity else "")
        return _Record(doc, entity, table, etype, cls, names, full_keys, persons, short,
                       short_key, local, sort_key)

    def _compute(self) -> None:
        records: list[_Record] = []
        if self.aliases is not None:
            for entry in self.aliases.entries:
                records.append(self._make_record(None, None, entry))
        n_table = len(records)
        for doc, ent in self._entities:
            records.append(self._make_record(doc, ent, None))
        order = sorted(range(len(records)), key=lambda i: (records[i].table is None,
                                                         records[i].sort_key))
        uf = _Clusters(records)

        # Step 0: shared external ids.
        by_ext: dict[str, list[int]] = defaultdict(list)
        for i in order:
            r = records[i]
            ext = r.table.id if r.table else (r.entity.external_id if r.entity else None)
            if ext:
                by_ext[ext].append(i)
        for members in by_ext.values():
            for j in members[1:]:
                uf.union(members[0], j)

        # Step 1: identical keys of full names (and any name of an ORG/GPE/...).
        buckets: dict[str, list[int]] = defaultdict(list)
        for i in order:
            for key in sorted(records[i].full_keys):
                buckets[key].append(i)
        for key in sorted(buckets):
            self._union_bucket(uf, records, buckets[key])

        # Step 2: the same person name (nicknames, middle initials).
        pbuckets: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for i in order:
            if records[i].cls == _N:
                continue
            for pn in records[i].persons:
                pbuckets[pn.match_key()].append(i)
        for pkey in sorted(pbuckets, key=repr):
            self._union_bucket(uf, records, pbuckets[pkey])

        # Step 3: a less specific full name joins the one more specific match.
        for _ in range(len(records)):
            if not self._refine(uf, records):
                break

        # Step 4: single words (surnames, mononyms, first names, roles).
        local_key: dict[int, tuple[Any, ...]] = {}
        ambiguous: set[int] = set()
        shared: dict[tuple[str, str], list[int]] = defaultdict(list)
        person_index = self._person_index(uf, records)
        exact_n = defaultdict(set)
        for i, r in enumerate(records):
            if r.cls == _N or r.table is not None:
                for key in r.full_keys:
                    exact_n[key].add(uf.find(i))
        table_index: dict[str, set[int]] = defaultdict(set)
        for i in range(n_table):
            for key in records[i].full_keys:
                table_index[key].add(uf.find(i))
        docs_of: dict[int, set[str | None]] = defaultdict(set)
        for i, r in enumerate(records):
            docs_of[uf.find(i)].add(r.doc)
        proposals: list[tuple[int, int]] = []
        for i in order:
            r = records[i]
            if r.table is not None or r.persons or (r.cls == _N and r.etype != "GROUP"):
                continue
            if r.short is None:
                listed = table_index.get(r.short_key, set()) if r.short_key else set()
                if len(listed) == 1:
                    proposals.append((i, next(iter(listed))))
                else:
                    local_key[i] = (r.doc, r.short_key or f"#{r.entity.id if r.entity else i}")
                continue
            cands = set(table_index.get(r.short_key, ()))
            if not cands:
                cands = {c for c in person_index.get((r.short.last, r.short.suffix), ())
                         if uf.can_union(i, c)}
                if r.cls == _U:
                    cands |= {c for c in exact_n.get(r.short_key, ()) if uf.can_union(i, c)}
            if len(cands) > 1:
                same_doc = {c for c in cands if r.doc in docs_of[c]}
                if len(same_doc) == 1:
                    cands = same_doc
            if len(cands) == 1:
                proposals.append((i, next(iter(cands))))
            elif len(cands) > 1:
                ambiguous.add(i)
                local_key[i] = (r.doc, r.short_key)
            elif r.local:
                local_key[i] = (r.doc, r.short_key)
            else:
                shared[(r.short_key, r.cls)].append(i)
        for i, c in proposals:
            uf.union(i, c)
        for members in shared.values():
            for j in members[1:]:
                uf.union(members[0], j)
        locals_: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for i in sorted(local_key, key=lambda i: records[i].sort_key):
            locals_[local_key[i]].append(i)
        for members in locals_.values():
            for j in members[1:]:
                uf.union(members[0], j)

        self._build_canonicals(uf, records, n_table, ambiguous, local_key)

    @staticmethod
    def _union_bucket(uf: _Clusters, records: list[_Record], members: list[int]) -> None:
        """Union a bucket, people with people and organisations with organisations."""
        by_cls: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_cls[records[i].cls].append(i)
        for cls in (_P, _N, _U):
            group = by_cls.get(cls, [])
            for j in group[1:]:
                uf.union(group[0], j)
        unknown = by_cls.get(_U, [])
        if unknown:
            typed = [by_cls[c][0] for c in (_P, _N) if by_cls.get(c)]
            # Tables count as typed anchors when they have a type.
            if len(typed) == 1:
                for j in unknown:
                    uf.union(typed[0], j)
            elif not typed:
                for j in unknown[1:]:
                    uf.union(unknown[0], j)

    @staticmethod
    def _person_index(uf: _Clusters, records: list[_Record]) -> dict[tuple[Any, ...], set[int]]:
        index: dict[tuple[Any, ...], set[int]] = defaultdict(set)
        for i, r in enumerate(records):
            if r.cls == _N:
                continue
            for pn in r.persons:
                index[(pn.last, pn.suffix)].add(uf.find(i))
        return index

    def _refine(self, uf: _Clusters, records: list[_Record]) -> bool:
        forms: dict[int, set[_PersonName]] = defaultdict(set)
        for i, r in enumerate(records):
            if r.cls != _N:
                forms[uf.find(i)].update(r.persons)
        by_last: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        for root, fs in forms.items():
            for last in {(f.last, f.suffix) for f in fs}:
                by_last[last].append(root)
        proposals = []
        for root in sorted(forms):
            fs = forms[root]
            if not fs:
                continue
            top = max(f.specificity() for f in fs)
            best = [f for f in fs if f.specificity() == top]
            cands = set()
            for f in best:
                for other in by_last[(f.last, f.suffix)]:
                    if other != root and other not in cands and any(
                            g.refines(f) for g in forms[other]) and uf.can_union(root, other):
                        cands.add(other)
                if len(cands) > 1:
                    break
            if len(cands) == 1:
                proposals.append((root, next(iter(cands))))
        changed = False
        for a, b in proposals:
            if uf.find(a) != uf.find(b) and uf.union(a, b):
                changed = True
        return changed

    def _build_canonicals(self, uf: _Clusters, records: list[_Record], n_table: int,
                          ambiguous: set[int], local_key: dict[int, tuple[Any, ...]]) -> None:
        groups = uf.groups()
        drafts: list[dict[str, Any]] = []
        root_index: dict[int, int] = {}
        for root in sorted(groups, key=lambda r: min(records[i].sort_key for i in groups[r])):
            members = groups[root]
            recs = [records[i] for i in members]
            table = next((r.table for r in recs if r.table is not None), None)
            # Canonical name.
            if table is not None:
                name = table.name
            else:
                counts: Counter[str] = Counter()
                displays: dict[str, Counter[str]] = defaultdict(Counter)
                fullness: dict[str, int] = {}
                spec: dict[str, tuple[int, int]] = {}
                for r in recs:
                    if not r.names or not r.names[0].words:
                        continue
                    p = r.names[0]
                    key = " ".join(p.words)
                    counts[key] += 1
                    displays[key][p.display] += 1
                    full = int(bool(r.persons) or r.cls == _N)
                    fullness[key] = max(fullness.get(key, 0), full)
                    pn = _person_name(p.words) if r.cls != _N else None
                    sp = pn.specificity() if pn is not None else (0, 0)
                    spec[key] = max(spec.get(key, (0, 0)), sp)
                if counts:
                    # Prefer full names, then a full first name over an initial, then the
                    # commonest form, then more middle names, then more words.
                    best_key = sorted(counts, key=lambda k: (
                        -fullness[k], -spec[k][0], -counts[k], -spec[k][1], -len(k.split()),
                        k))[0]
                    name = sorted(displays[best_key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                else:
                    ent = recs[0].entity
                    name = (ent.name.strip() if ent and ent.name.strip() else "") or "unnamed"
            # Type.
            if table is not None and table.type:
                etype = table.type
            else:
                tc = Counter(r.etype for r in recs if r.etype != "UNKNOWN" and r.table is None)
                etype = (sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if tc
                         else "UNKNOWN")
            # External id.
            ext = table.id if table is not None and table.id else None
            if ext is None:
                exts = sorted({r.entity.external_id for r in recs
                               if r.entity is not None and r.entity.external_id})
                ext = exts[0] if exts else None
            # Aliases and titles.
            name_k = name_key(name, etype)
            alias_forms: dict[str, str] = {}
            titles: dict[str, str] = {}
            for r in recs:
                raw = ([r.table.name, *r.table.aliases] if r.table is not None
                       else [r.entity.name, *r.entity.aliases] if r.entity is not None else [])
                for text, parsed in zip(raw, r.names, strict=True):
                    form = parsed.display if r.table is None else " ".join(text.split())
                    if form and form.casefold() != name.casefold():
                        alias_forms.setdefault(form.casefold(), form)
                    for t in parsed.titles:
                        titles.setdefault(" ".join(t.split()).casefold(), " ".join(t.split()))
                if r.entity is not None:
                    for t in r.entity.titles:
                        t = " ".join(t.split())
                        if t:
                            titles.setdefault(t.casefold(), t)
            alias_forms.pop(name.casefold(), None)
            is_amb = any(i in ambiguous for i in members)
            docs = {records[i].doc for i in members}
            is_local = (table is None and ext is None and len(docs) == 1
                        and all(i in local_key for i in members))
            base = re.sub(r"\s+", "_", ext) if ext else _slug(name_k or name.casefold())
            doc = next(iter(docs))
            if is_local and doc is not None:
                base = f"{base}@{_slug(doc)}"
            drafts.append(dict(base=base, name=name, type=etype, ext=ext, ambiguous=is_amb,
                               aliases=tuple(sorted(alias_forms.values(), key=str.casefold)),
                               titles=tuple(sorted(titles.values(), key=str.casefold)),
                               sig=min(records[i].sort_key for i in members)))
            root_index[root] = len(drafts) - 1
        # Unique keys: add the type, then a counter, when two clusters share one.
        by_base: dict[str, list[int]] = defaultdict(list)
        for n, d in enumerate(drafts):
            by_base[d["base"]].append(n)
        keys: dict[int, str] = {}
        for base, ns in by_base.items():
            if len(ns) == 1:
                keys[ns[0]] = base
                continue
            typed: dict[str, list[int]] = defaultdict(list)
            for n in ns:
                typed[f"{base}-{drafts[n]['type'].lower()}"].append(n)
            for tkey, tns in typed.items():
                tns.sort(key=lambda n: drafts[n]["sig"])
                for k, n in enumerate(tns):
                    keys[n] = tkey if k == 0 else f"{tkey}-{k + 1}"
        canon = [
            CanonicalEntity(key=keys[n], id=f"entity:{keys[n]}", name=d["name"], type=d["type"],
                            aliases=d["aliases"], titles=d["titles"], external_id=d["ext"],
                            ambiguous=d["ambiguous"])
            for n, d in enumerate(drafts)
        ]
        self._result = canon
        self._canon_of = [root_index[uf.find(n_table + k)] for k in range(len(self._entities))]
