"""Graphs of who said what about whom, and their export.

:func:`build_graph` turns article results into a :class:`networkx.MultiDiGraph`
with a node per canonical entity (people, organisations, places; merged across
articles by :class:`quotetrack.identity.EntityResolver`) and a node per quote.
:func:`speaker_graph` folds it into a weighted speaker -> target
:class:`networkx.DiGraph`.  :func:`write_graph` / :func:`read_graph` save and
load GraphML, GEXF and node-link JSON; :func:`draw_graph` draws a picture.

Schema
======

Graph attributes
----------------
``schema``
    ``"quotetrack.quotes/1"`` for :func:`build_graph`,
    ``"quotetrack.speakers/1"`` for :func:`speaker_graph`.  :func:`read_graph`
    uses it to give a GraphML file back as a MultiDiGraph.

Entity nodes (``build_graph`` and ``speaker_graph``)
----------------------------------------------------
Node id ``"entity:<key>"``: ``<key>`` is the external id when known
(``"entity:Q22686"``), else a slug of the canonical name
(``"entity:mike-pompeo"``); what is never merged across articles (an
ambiguous surname, a first name alone, a bare role, an unnamed GROUP such as
"officials") gets the article key after ``@`` (``"entity:clinton@doc-7"``).
Two different entities with the same key get ``-<type>`` appended.
Only entities that speak, are spoken about, are spoken to or relay a quote
(``reported`` edges) get a node.

==============  ========= ====================================================
attribute       type      meaning
==============  ========= ====================================================
kind            str       ``"entity"``
label           str       canonical name ("Mike Pompeo")
type            str       PERSON, ORG, GPE, NORP, GROUP or UNKNOWN
aliases         list[str] other names seen or listed in the alias table
titles          list[str] roles given to it ("Secretary of State")
external_id     str|None  e.g. a Wikidata QID from the alias table
ambiguous       bool      a surname that could be several known people
quote_count     int       number of quotes it said (``said`` edges)
==============  ========= ====================================================

``speaker_graph`` copies only ``kind``, ``label``, ``type`` and
``quote_count``.

Quote nodes (``build_graph`` only)
----------------------------------
Node id ``"quote:<doc>:<start>-<end>"``: ``<doc>`` is the article's
``doc_id`` (or ``"doc-"`` + a hash of its text when it has none; two
different articles sharing a ``doc_id`` get ``"~"`` + a text hash appended).

==============  ========  =====================================================
attribute       type      meaning
==============  ========  =====================================================
kind            str       ``"quote"``
label           str       the quote text
text            str       the quote text
quote_kind      str       ``direct``, ``mixed`` or ``indirect``
cue             str|None  the reporting cue ("said")
statement       str       a mixed quote's whole reported clause, when it has one
reported_by     str       who relays the quote, when someone does: the name of
                          ``Quote.reported_by`` ("Reuters" in "Reuters reported
                          that Moon said A"; Moon is the speaker)
confidence      float     attribution confidence, 0..1
doc             str       article key (see node id)
start, end      int       character offsets of the quote in the article text
published       str       article metadata, when present (dates as ISO 8601)
source          str       article metadata, when present (values as given)
title           str       article metadata, when present (values as given)
url             str       article metadata, when present (values as given)
==============  ========  =====================================================

Edges of ``build_graph`` (MultiDiGraph; every edge has ``relation``)
--------------------------------------------------------------------
==========================  ==========================  ====================
edge (key)                  attributes                  meaning
==========================  ==========================  ====================
entity -> quote ("said")    relation="said"             the entity said it
                                                        (each of several
                                                        co-speakers too)
quote -> entity ("about")   relation="about"            the quote mentions
                                                        the entity
entity -> entity            relation="told",            the speaker said the
("told:<quote id>")         quote=<quote node id>       quote to the entity
entity -> quote             relation="reported"         the entity relays the
("reported")                                            quote another said
                                                        (``Quote.reported_by``)
==========================  ==========================  ====================

The key of ``said`` and ``about`` edges is the relation; ``told`` edges are
keyed ``"told:" + quote id`` so that each quote keeps its own edge.  A quote
without a speaker still gets its node (and ``about`` edges) but no ``said``
or ``told`` edge.  A relayed quote ("Reuters reported that Moon said A") has
its ``said`` edge from the speaker (Moon) and a ``reported`` edge from the one
who relays it (Reuters); ``quote_count`` and :func:`speaker_graph` read only
``said`` edges.  A statement several made together ("Doe and Roe said",
``Quote.co_speakers``) gets a ``said`` edge, and a ``told`` edge, from each
of them.  A quote is not
``about`` any of its speakers unless that speaker is named inside the quote
(a speaker saying "I" or "we" is not the topic).

Edges of ``speaker_graph`` (DiGraph)
------------------------------------
speaker -> target, where target is an entity one of the speaker's quotes is
``about`` or that the speaker ``told`` (see ``relations``):

==========  =========  ========================================================
attribute   type       meaning
==========  =========  ========================================================
weight      int        number of quotes linking speaker and target
quotes      list[str]  their quote node ids, sorted
relations   list[str]  which of "about"/"told" link them, sorted
==========  =========  ========================================================

Export
======
:func:`flatten_graph` is the one place that turns attribute values into what
the files can hold, used by every writer: ``None``, NaN, empty strings and
empty lists are dropped; dates/datetimes become ISO 8601 strings; lists,
tuples and sets become ``"|"``-joined strings (kept as lists in JSON); dicts
become JSON text (kept as objects in JSON); any other object becomes
``str(obj)``.  In every string (node ids, keys and values), characters XML 1.0
cannot hold (control characters other than tab, newline and carriage return,
lone surrogates, U+FFFE, U+FFFF) become U+FFFD, and carriage returns become
newlines (XML parsers would do that anyway).  For GraphML and GEXF, an
attribute holding several value types across nodes is written as str (or
float for int+float) so that it reads back the same.  Reading a written file
back gives the flattened graph.

In GEXF, ``start`` and ``end`` mean time spells, so quote offsets are written
as ``char_start``/``char_end`` and :func:`read_graph` renames them back.
GraphML and GEXF files are read with defusedxml, so a hostile file cannot
expand entities without bound or fetch external ones.
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
import io
import json
import math
import numbers
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import networkx as nx

from quotetrack import lexicon
from quotetrack.identity import (
    AliasTable,
    CanonicalEntity,
    EntityResolver,
    article_key,
    load_alias_table,
)
from quotetrack.model import ArticleResult, Entity, Quote

__all__ = [
    "QUOTES_SCHEMA",
    "SPEAKERS_SCHEMA",
    "build_graph",
    "draw_graph",
    "flatten_graph",
    "flatten_value",
    "quote_node_id",
    "read_graph",
    "speaker_graph",
    "write_graph",
    "write_graphml",
    "xml_safe",
]

QUOTES_SCHEMA = "quotetrack.quotes/1"
SPEAKERS_SCHEMA = "quotetrack.speakers/1"
_METADATA_FIELDS = ("published", "source", "title", "url")
_FORMATS = {"graphml": "graphml", "gexf": "gexf", "json": "json", "node-link": "json"}
_PLOT_MESSAGE = "install quotetrack[plot] (matplotlib) to draw graphs"

# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------


def _doc_keys(results: list[ArticleResult]) -> list[str]:
    """Article keys, made distinct when two different articles share a doc_id."""

    def text_hash(r: ArticleResult) -> str:
        return hashlib.sha1(r.text.encode("utf-8", "surrogatepass")).hexdigest()[:8]

    keys = [xml_safe(article_key(r)) for r in results]
    texts: dict[str, set[str]] = defaultdict(set)
    for k, r in zip(keys, results, strict=True):
        texts[k].add(text_hash(r))
    return [f"{k}~{text_hash(r)}" if len(texts[k]) > 1 else k
            for k, r in zip(keys, results, strict=True)]


def quote_node_id(doc: str, quote: Quote) -> str:
    """The node id of a quote: ``"quote:<doc>:<start>-<end>"``."""
    return f"quote:{doc}:{quote.start}-{quote.end}"


def _metadata_value(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    return value


def _named_in_quote(quote: Quote, entities: Iterable[Entity]) -> bool:
    """True when one of these entities is named (not just "I"/"we") inside the quote."""
    for ent in entities:
        for m in ent.mentions:
            if m.form == "name" and quote.start <= m.start and m.end <= quote.end:
                return True
        for name in {ent.name, *ent.aliases}:
            name = name.strip()
            if len(name) < 2 or name.casefold() in lexicon.PRONOUNS:
                continue
            if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", quote.text, re.IGNORECASE):
                return True
    return False


def build_graph(results: Iterable[ArticleResult], *,
                aliases: AliasTable | str | os.PathLike[str] | None = None,
                resolver: EntityResolver | None = None) -> nx.MultiDiGraph:
    """Build the quote graph of a corpus (schema in the module docstring).

    ``aliases`` is an alias table or the path of one (CSV/JSON, see
    :func:`quotetrack.identity.load_alias_table`).  ``resolver`` lets the
    caller share one :class:`EntityResolver` (e.g. with the claim store); it is
    fitted with these articles first, so give aliases to it, not here.
    """
    results = list(results)
    if resolver is not None and aliases is not None:
        raise ValueError("pass the alias table to the EntityResolver, not to build_graph, "
                         "when giving both")
    if resolver is None:
        if aliases is not None and not isinstance(aliases, AliasTable):
            aliases = load_alias_table(aliases)
        resolver = EntityResolver(aliases=aliases)
    docs = _doc_keys(results)
    for result, doc in zip(results, docs, strict=True):
        resolver.add_article(result, doc=doc)

    G = nx.MultiDiGraph(schema=QUOTES_SCHEMA)

    def entity_node(canon: CanonicalEntity) -> str:
        if canon.id not in G:
            G.add_node(canon.id, kind="entity", label=canon.name, type=canon.type,
                       aliases=list(canon.aliases), titles=list(canon.titles),
                       external_id=canon.external_id, ambiguous=canon.ambiguous,
                       quote_count=0)
        return canon.id

    for result, doc in zip(results, docs, strict=True):
        meta = {k: _metadata_value(result.metadata.get(k)) for k in _METADATA_FIELDS
                if result.metadata.get(k) is not None}
        by_id = {e.id: e for e in reversed(result.entities)}
        for q in result.quotes:
            qid = quote_node_id(doc, q)
            G.add_node(qid, kind="quote", label=q.text, text=q.text, quote_kind=q.kind,
                       cue=q.cue.text if q.cue is not None else None,
                       confidence=float(q.confidence), doc=doc, start=q.start, end=q.end,
                       **meta)
            if q.statement is not None:
                G.nodes[qid]["statement"] = q.statement.text
            if q.reported_by is not None:
                # "Reuters reported that Moon said A": Reuters relays Moon's words
                reporter = resolver.resolve(q.reported_by, doc)
                G.nodes[qid]["reported_by"] = reporter.name
                G.add_edge(entity_node(reporter), qid, key="reported", relation="reported")
            # the speaker and those who said it with them ("Doe and Roe said"), once each
            speakers = {c.id: c for c in (resolver.resolve(e, doc) for e in q.speakers)}
            for canon in speakers.values():
                G.add_edge(entity_node(canon), qid, key="said", relation="said")
            for eid in dict.fromkeys(q.about):
                ent = by_id.get(eid)
                if ent is None:
                    ent = next((e for e in (*q.speakers, q.addressee)
                                if e is not None and e.id == eid), None)
                if ent is None:
                    continue  # an id the article does not define
                target = resolver.resolve(ent, doc)
                if target.id in speakers and not _named_in_quote(q, [*q.speakers, ent]):
                    continue
                G.add_edge(qid, entity_node(target), key="about", relation="about")
            if speakers and q.addressee is not None:
                addressee = resolver.resolve(q.addressee, doc)
                for sid in speakers:
                    if addressee.id != sid:
                        G.add_edge(sid, entity_node(addressee), key=f"told:{qid}",
                                   relation="told", quote=qid)
    for node, data in G.nodes(data=True):
        if data.get("kind") == "entity":
            data["quote_count"] = sum(
                1 for _, _, d in G.out_edges(node, data=True) if d.get("relation") == "said")
    return G


def speaker_graph(G: nx.Graph, *, relations: Iterable[str] = ("about", "told")) -> nx.DiGraph:
    """Fold a quote graph into a speaker -> target DiGraph (schema in the module docstring).

    A quote counts once for each (speaker, target) pair, whether the target
    is what the quote is ``about`` or whom it was ``told`` to; pass
    ``relations=("about",)`` to count only the former.  Every speaker (entity
    with ``quote_count`` > 0) is a node even when its quotes have no target.
    Works on graphs read back from files too.
    """
    wanted = set(relations)
    unknown = wanted - {"about", "told"}
    if unknown:
        raise ValueError(f"unknown relations {sorted(unknown)}; use 'about' and/or 'told'")
    said: dict[Any, list[Any]] = defaultdict(list)
    about: dict[Any, list[Any]] = defaultdict(list)
    told: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        rel = d.get("relation")
        if rel == "said":
            said[v].append(u)
        elif rel == "about":
            about[u].append(v)
        elif rel == "told" and d.get("quote") is not None:
            told[d["quote"]].append((u, v))
    links: dict[tuple[Any, Any], dict[str, set[Any]]] = defaultdict(
        lambda: {"quotes": set(), "relations": set()})
    for q in sorted(set(said) | set(about) | set(told), key=str):
        speakers = said.get(q, [])
        if "about" in wanted:
            for s in speakers:
                for t in about.get(q, []):
                    links[(s, t)]["quotes"].add(q)
                    links[(s, t)]["relations"].add("about")
        if "told" in wanted:
            for s, t in told.get(q, []):
                links[(s, t)]["quotes"].add(q)
                links[(s, t)]["relations"].add("told")

    S = nx.DiGraph(schema=SPEAKERS_SCHEMA)

    def add(node: Any) -> None:
        if node not in S:
            data = G.nodes[node]
            S.add_node(node, **{k: data[k] for k in ("kind", "label", "type", "quote_count")
                                if k in data})

    for node, data in G.nodes(data=True):
        if data.get("kind") == "entity" and (data.get("quote_count") or 0) > 0:
            add(node)
    for (s, t) in sorted(links, key=lambda st: (str(st[0]), str(st[1]))):
        add(s)
        add(t)
        link = links[(s, t)]
        S.add_edge(s, t, weight=len(link["quotes"]), quotes=sorted(link["quotes"], key=str),
                   relations=sorted(link["relations"]))
    return S


# ---------------------------------------------------------------------------
# Flattening (the one place every writer goes through)
# ---------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD.

    Carriage returns become newlines, as an XML parser would read them.
    """
    return _XML_ILLEGAL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _jsonable(value: Any) -> Any:
    """A JSON-ready copy of a value: scalars flattened, containers kept."""
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            fv = _jsonable(v)
            if fv is not None:
                out[xml_safe(str(k))] = fv
        return out
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [fv for fv in (_jsonable(v) for v in items) if fv is not None]
    return _scalar(value)


def _scalar(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return _scalar(value.value)
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        f = float(value)
        return None if math.isnan(f) else f
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    elif not isinstance(value, str):
        value = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    value = xml_safe(value)
    return value or None


def flatten_value(value: Any, *, keep_lists: bool = False) -> Any:
    """The file-ready form of one attribute value, or None to drop it.

    Returns str, int, float or bool (or, with ``keep_lists``, a list or dict
    of those as JSON allows).  See "Export" in the module docstring.
    """
    if isinstance(value, (Mapping, list, tuple, set, frozenset)):
        data = _jsonable(value)
        if keep_lists:
            return data if data or isinstance(value, (list, tuple, set, frozenset)) else None
        if isinstance(value, Mapping):
            return xml_safe(json.dumps(data, ensure_ascii=False, sort_keys=True)) if data else None
        parts = [json.dumps(v, ensure_ascii=False, sort_keys=True)
                 if isinstance(v, (list, dict)) else str(v) for v in data]
        return xml_safe("|".join(parts)) or None
    return _scalar(value)


def _flat_attrs(data: Mapping[Any, Any], keep_lists: bool) -> dict[str, Any]:
    out = {}
    for k, v in data.items():
        fv = flatten_value(v, keep_lists=keep_lists)
        if fv is not None:
            out[xml_safe(str(k))] = fv
    return out


def _flat_node(node: Any) -> Any:
    return xml_safe(node) if isinstance(node, str) else xml_safe(str(node))


def flatten_graph(G: nx.Graph, *, keep_lists: bool = False) -> nx.Graph:
    """A copy of ``G`` whose ids, keys and attributes the export formats can hold.

    This is what :func:`write_graph` writes, and what reading the file back
    gives (see "Export" in the module docstring).  With ``keep_lists`` (JSON),
    lists and dicts stay lists and dicts.
    """
    H = G.__class__()
    H.graph.update(_flat_attrs(G.graph, keep_lists))
    ids: dict[Any, Any] = {}
    for node, data in G.nodes(data=True):
        new = _flat_node(node)
        if new in H:
            raise ValueError(f"two nodes become {new!r} once made XML-safe; rename one")
        ids[node] = new
        H.add_node(new, **_flat_attrs(data, keep_lists))
    if G.is_multigraph():
        for u, v, k, data in G.edges(keys=True, data=True):
            key = k if isinstance(k, int) and not isinstance(k, bool) else _flat_node(k)
            H.add_edge(ids[u], ids[v], key=key, **_flat_attrs(data, keep_lists))
    else:
        for u, v, data in G.edges(data=True):
            H.add_edge(ids[u], ids[v], **_flat_attrs(data, keep_lists))
    if not keep_lists:
        _unify_types(H)
    return H


def _unify_types(H: nx.Graph) -> None:
    """Give each attribute one type per scope, so typed XML keys read back the same."""
    scopes: list[list[dict[str, Any]]] = [
        [H.graph],
        [d for _, d in H.nodes(data=True)],
        [d for *_, d in (H.edges(keys=True, data=True) if H.is_multigraph()
                         else H.edges(data=True))],
    ]
    for dicts in scopes:
        types: dict[str, set[type]] = defaultdict(set)
        for d in dicts:
            for k, v in d.items():
                types[k].add(type(v))
        for k, ts in types.items():
            if len(ts) < 2:
                continue
            conv: Any = float if ts <= {int, float} else str
            for d in dicts:
                if k in d:
                    d[k] = conv(d[k])


# ---------------------------------------------------------------------------
# Writing and reading
# ---------------------------------------------------------------------------


def _format_of(path_or_file: Any, format: str | None) -> str:
    if format is not None:
        fmt = _FORMATS.get(format.lower().lstrip("."))
        if fmt is None:
            raise ValueError(f"unknown graph format {format!r}; use graphml, gexf or json")
        return fmt
    name = path_or_file if isinstance(path_or_file, (str, os.PathLike)) else getattr(
        path_or_file, "name", None)
    if isinstance(name, (str, os.PathLike)):
        ext = os.path.splitext(os.fspath(name))[1].lower().lstrip(".")
        if ext in _FORMATS:
            return _FORMATS[ext]
        raise ValueError(f"cannot tell the graph format of {os.fspath(name)!r} from its "
                         "extension; use .graphml, .gexf or .json, or pass format=")
    raise ValueError("pass format='graphml', 'gexf' or 'json' when writing to or reading "
                     "from a file object")


def _gexf_rename(H: nx.Graph, pairs: tuple[tuple[str, str], ...]) -> None:
    for _, data in H.nodes(data=True):
        for old, new in pairs:
            if old in data and new not in data:
                data[new] = data.pop(old)


_GEXF_OFFSETS = (("start", "char_start"), ("end", "char_end"))


def _graph_bytes(G: nx.Graph, fmt: str) -> bytes:
    if fmt == "json":
        H = flatten_graph(G, keep_lists=True)
        data = nx.node_link_data(H, edges="edges")
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    H = flatten_graph(G)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml_xml(H, buf)
    else:
        _gexf_rename(H, _GEXF_OFFSETS)
        nx.write_gexf(H, buf)
    return buf.getvalue()


def write_graph(G: nx.Graph, path_or_file: str | os.PathLike[str] | IO[Any],
                format: str | None = None) -> None:
    """Write a graph as GraphML, GEXF or node-link JSON.

    The format comes from the extension (.graphml, .gexf, .json) or from
    ``format``, which file objects need.  Text and binary file objects both
    work; files are UTF-8.  All formats go through :func:`flatten_graph`.
    """
    fmt = _format_of(path_or_file, format)
    data = _graph_bytes(G, fmt)
    if isinstance(path_or_file, (str, os.PathLike)):
        Path(path_or_file).write_bytes(data)
    elif isinstance(path_or_file, io.TextIOBase):
        path_or_file.write(data.decode("utf-8"))
    else:
        path_or_file.write(data)


def write_graphml(G: nx.Graph, path_or_file: str | os.PathLike[str] | IO[Any]) -> None:
    """Write a graph as GraphML (see :func:`write_graph`)."""
    write_graph(G, path_or_file, format="graphml")


def _read_bytes(path_or_file: Any) -> bytes:
    if isinstance(path_or_file, (str, os.PathLike)):
        return Path(path_or_file).read_bytes()
    data = path_or_file.read()
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _defused() -> Any:
    try:
        import defusedxml.ElementTree as det
    except ImportError as e:  # pragma: no cover - defusedxml is a dependency
        raise ImportError("install defusedxml to read GraphML or GEXF files safely") from e
    return det


def _parse_xml(data: bytes) -> Any:
    """Parse untrusted XML: entity declarations and external references are refused."""
    import xml.etree.ElementTree as ET

    try:
        return _defused().fromstring(data)
    except ET.ParseError as e:
        raise ValueError(f"not well-formed XML: {e}") from None


def _read_graphml(data: bytes, multigraph: bool | None) -> nx.Graph:
    from networkx.readwrite.graphml import GraphMLReader

    root = _parse_xml(data)
    if multigraph is None:
        multigraph = (_graphml_schema(root) or "").startswith(QUOTES_SCHEMA.split("/")[0])

    class SafeReader(GraphMLReader):
        def __call__(self, path: Any = None, string: Any = None) -> Any:
            self.xml = root
            keys, defaults = self.find_graphml_keys(self.xml)
            for g in self.xml.findall(f"{{{self.NS_GRAPHML}}}graph"):
                yield self.make_graph(g, keys, defaults)

    reader = SafeReader(node_type=str, force_multigraph=multigraph)
    graphs = list(reader(string=data))
    if not graphs:
        raise ValueError("no <graph> element in the GraphML document")
    H = graphs[0]
    for k in ("node_default", "edge_default"):
        if not H.graph.get(k):
            H.graph.pop(k, None)
    return H


def _graphml_schema(root: Any) -> str | None:
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    key_id = None
    for key in root.findall(f"{ns}key"):
        if key.get("attr.name") == "schema" and key.get("for") in ("graph", "all"):
            key_id = key.get("id")
    graph = root.find(f"{ns}graph")
    if key_id is None or graph is None:
        return None
    for d in graph.findall(f"{ns}data"):
        if d.get("key") == key_id:
            return d.text
    return None


def _read_gexf(data: bytes, multigraph: bool | None) -> nx.Graph:
    import xml.etree.ElementTree as ET

    from networkx.readwrite.gexf import GEXFReader

    root = _parse_xml(data)
    if multigraph is None:
        # write_gexf stores multigraph keys in an edge attribute "networkx_key".
        multigraph = any(el.get("title") == "networkx_key" for el in root.iter()
                         if el.tag.endswith("attribute"))

    class SafeReader(GEXFReader):
        def __call__(self, stream: Any) -> Any:
            self.xml = ET.ElementTree(root)
            for version in [self.version, *self.versions]:
                self.set_version(version)
                g = self.xml.find(f"{{{self.NS_GEXF}}}graph")
                if g is not None:
                    # Stay a multigraph even without parallel edges, keeping the keys.
                    self.simple_graph = not multigraph
                    return self.make_graph(g)
            raise nx.NetworkXError("No <graph> element in GEXF file.")

    H = SafeReader(node_type=None)(None)
    _gexf_rename(H, tuple((new, old) for old, new in _GEXF_OFFSETS))
    for node, d in H.nodes(data=True):
        if d.get("label") == str(node):
            del d["label"]  # GEXF gives every node a label; it was missing (empty)
    for *_, d in (H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)):
        d.pop("id", None)
    return H


def read_graph(path_or_file: str | os.PathLike[str] | IO[Any], format: str | None = None,
               *, multigraph: bool | None = None) -> nx.Graph:
    """Read a graph written by :func:`write_graph` (or any GraphML/GEXF/node-link JSON).

    GraphML and GEXF are parsed with defusedxml: entity declarations and
    external references are refused (``defusedxml`` errors, which are
    ValueErrors), so an untrusted file cannot blow up memory; XML that is
    not well-formed is a ValueError too.  A file of a
    :func:`build_graph` graph comes back as a MultiDiGraph with its edge keys;
    ``multigraph`` forces (True) or forbids (False) that.
    """
    fmt = _format_of(path_or_file, format)
    data = _read_bytes(path_or_file)
    if fmt == "graphml":
        H = _read_graphml(data, multigraph)
    elif fmt == "gexf":
        H = _read_gexf(data, multigraph)
    else:
        name = getattr(path_or_file, "name", path_or_file)
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
            raise ValueError(f"{name}: not node-link JSON ({type(exc).__name__})") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("nodes"), list):
            raise ValueError(f"{name}: node-link JSON needs an object with a 'nodes' list")
        edges = "edges" if "edges" in doc or "links" not in doc else "links"
        try:
            H = nx.node_link_graph(doc, edges=edges)
        except (KeyError, TypeError, AttributeError, nx.NetworkXError) as exc:
            raise ValueError(f"{name}: malformed node-link JSON ({exc})") from None
    if multigraph is False and H.is_multigraph():
        H = nx.DiGraph(H) if H.is_directed() else nx.Graph(H)
    return H


# ---------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------

_TYPE_COLOURS = {"PERSON": "#4C78A8", "ORG": "#F58518", "GPE": "#54A24B", "NORP": "#B279A2",
                 "GROUP": "#E45756"}
_OTHER_COLOUR = "#9D9D9D"


def _plot_label(text: Any, width: int = 28) -> str:
    s = " ".join(xml_safe(str(text)).split())
    if len(s) > width:
        s = s[:width - 1] + "\u2026"
    return s.replace("$", r"\$")


def draw_graph(G_or_S: nx.Graph, path: str | os.PathLike[str], *, top: int = 30) -> None:
    """Draw who speaks about whom as a PNG or SVG (format from the extension).

    Takes a quote graph (folded with :func:`speaker_graph`) or a speaker
    graph.  Speakers are sized by quote count, colours show entity types and
    arrows are as thick as the number of quotes.  Only the ``top`` entities by
    weighted degree and quote count are drawn.  Needs matplotlib (the
    ``quotetrack[plot]`` extra); it uses the Agg canvas, never a window.
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
    except ImportError as e:
        raise ImportError(_PLOT_MESSAGE) from e
    if top < 1:
        raise ValueError("top must be at least 1")
    S = G_or_S
    if S.is_multigraph() or S.graph.get("schema") == QUOTES_SCHEMA or any(
            d.get("kind") == "quote" for _, d in S.nodes(data=True)):
        S = speaker_graph(S)

    def score(n: Any) -> tuple[float, int, str]:
        qc = S.nodes[n].get("quote_count") or 0
        return (S.degree(n, weight="weight") + qc, qc, str(n))

    ranked = sorted(S.nodes, key=lambda n: (-score(n)[0], -score(n)[1], score(n)[2]))
    keep = ranked[:top]
    sub = S.subgraph(keep)
    n = sub.number_of_nodes()
    side = min(6.0 + 0.3 * n, 20.0)
    fig = Figure(figsize=(side, side * 0.8))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    shown = f"top {n} of {S.number_of_nodes()}" if S.number_of_nodes() > n else f"{n}"
    ax.set_title(f"Who speaks about whom ({shown} entities)")
    if n == 0:
        ax.text(0.5, 0.5, "no speakers", ha="center", va="center", transform=ax.transAxes)
        fig.savefig(path, dpi=150)
        return
    density = sub.number_of_edges() / max(n * (n - 1), 1)
    circle = n > 8 and density > 0.08
    if circle:
        # Dense: a circle (biggest first) with labels pointing outwards stays readable.
        pos = nx.circular_layout(sorted(sub.nodes, key=keep.index))
    else:
        pos = nx.spring_layout(sub, seed=7, k=2.5 / math.sqrt(n), iterations=200,
                               weight=None)
    qmax = max((sub.nodes[v].get("quote_count") or 0) for v in sub) or 1
    sizes = [250 + 2000 * ((sub.nodes[v].get("quote_count") or 0) / qmax) for v in sub]
    colours = [_TYPE_COLOURS.get(sub.nodes[v].get("type"), _OTHER_COLOUR) for v in sub]
    wmax = max((d.get("weight", 1) for *_, d in sub.edges(data=True)), default=1) or 1
    widths = [0.8 + 5.0 * d.get("weight", 1) / wmax for *_, d in sub.edges(data=True)]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, edge_color="#555555", alpha=0.6,
                           arrows=True, arrowstyle="-|>", arrowsize=14, node_size=sizes,
                           connectionstyle="arc3,rad=0.12")
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.9,
                           linewidths=1.0, edgecolors="white")
    labels = {v: _plot_label(sub.nodes[v].get("label", v)) for v in sub}
    box = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75}
    if circle:
        for v, (x, y) in pos.items():
            angle = math.degrees(math.atan2(y, x))
            left = x < -1e-9
            ax.text(1.16 * x, 1.16 * y, labels[v], fontsize=8, bbox=box,
                    rotation=angle + 180 if left else angle, rotation_mode="anchor",
                    ha="right" if left else "left", va="center")
    else:
        nx.draw_networkx_labels(sub, pos, labels=labels, ax=ax, font_size=9, bbox=box)
    types = sorted({sub.nodes[v].get("type") or "UNKNOWN" for v in sub})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9,
                      color=_TYPE_COLOURS.get(t, _OTHER_COLOUR), label=t) for t in types]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False,
              title="node size = quotes, arrow = quotes about/to", title_fontsize=8)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 0.9 if circle else 0.25
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    fig.savefig(path, dpi=150, bbox_inches="tight")
