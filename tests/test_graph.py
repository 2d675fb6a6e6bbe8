"""Tests for quotetrack.graph: building the who-said-what-about-whom graph and exporting it."""

from __future__ import annotations

import datetime
import io
import json
import sys

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetrack.graph import (
    QUOTES_SCHEMA,
    build_graph,
    draw_graph,
    flatten_graph,
    flatten_value,
    read_graph,
    speaker_graph,
    write_graph,
    write_graphml,
    xml_safe,
)
from quotetrack.identity import AliasTable
from quotetrack.model import ArticleResult, Entity, Mention, Quote, Span


def span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    """Offsets of ``part`` in ``text`` (searching from ``start``)."""
    i = text.index(part, start)
    return i, i + len(part)


def make_quote(text: str, quoted: str, *, cue: str | None = None, **kw) -> Quote:
    """A Quote over the span of ``quoted`` in ``text``, with its cue word if given."""
    s, e = span(text, quoted)
    cue_span = Span(*span(text, cue), cue) if cue else None
    return Quote(start=s, end=e, text=quoted, cue=cue_span, **kw)


def corpus() -> list[ArticleResult]:
    """Two articles naming Mike Pompeo two ways, quoting him about Iran and to reporters."""
    t1 = ('Secretary of State Mike Pompeo said on Monday that "Iran must stop enriching '
          'uranium." He told reporters: "We will not back down." An aide said the talks '
          'had stalled.')
    pompeo1 = Entity("e1", "Secretary of State Mike Pompeo", "PERSON", aliases=("Pompeo",),
                     titles=("Secretary of State",),
                     mentions=(Mention(*span(t1, "Mike Pompeo"), "Mike Pompeo"),))
    iran1 = Entity("e2", "Iran", "GPE", mentions=(Mention(*span(t1, "Iran"), "Iran"),))
    reporters = Entity("e3", "reporters", "GROUP")
    a1 = ArticleResult(t1, quotes=(
        make_quote(t1, "Iran must stop enriching uranium.", cue="said", kind="direct",
                   speaker=pompeo1, confidence=0.9, about=("e2",)),
        make_quote(t1, "We will not back down.", cue="told", kind="direct", speaker=pompeo1,
                   addressee=reporters, confidence=0.8, about=("e1",)),
        make_quote(t1, "the talks had stalled", kind="indirect", confidence=0.1),
    ), entities=(pompeo1, iran1, reporters), doc_id="wire-1", metadata={
        "published": datetime.date(2019, 5, 6), "source": "Wire", "title": "Pompeo on Iran",
        "url": "https://example.com/1"})

    t2 = ('"Iran is the world\'s largest state sponsor of terror," Pompeo said. '
          '"Pompeo does not bluff," Pompeo added.')
    pompeo2 = Entity("p", "Pompeo", "PERSON",
                     mentions=(Mention(*span(t2, "Pompeo"), "Pompeo"),
                               Mention(*span(t2, "Pompeo does"), "Pompeo")))
    iran2 = Entity("i", "Iran", "GPE")
    a2 = ArticleResult(t2, quotes=(
        make_quote(t2, "Iran is the world's largest state sponsor of terror,", cue="said",
                   speaker=pompeo2, confidence=0.95, about=("i",)),
        make_quote(t2, "Pompeo does not bluff,", cue="added", speaker=pompeo2,
                   confidence=0.7, about=("p",)),
    ), entities=(pompeo2, iran2), doc_id="wire-2",
        metadata={"published": datetime.datetime(2019, 5, 7, 12, 30), "source": "Wire"})
    return [a1, a2]


def qid(results: list[ArticleResult], art: int, n: int) -> str:
    """Node id of quote ``n`` of article ``art``."""
    r = results[art]
    q = r.quotes[n]
    return f"quote:{r.doc_id}:{q.start}-{q.end}"


def edges_of(G: nx.MultiDiGraph) -> set[tuple]:
    """(source, target, key) of every edge."""
    return {(u, v, k) for u, v, k in G.edges(keys=True)}


def same_graph(H: nx.Graph, F: nx.Graph) -> bool:
    """Same nodes, edges, keys and attributes (graph-level attributes ignored)."""
    if H.is_multigraph() != F.is_multigraph() or H.is_directed() != F.is_directed():
        return False
    if dict(H.nodes(data=True)) != dict(F.nodes(data=True)):
        return False
    if H.is_multigraph():
        return ({(u, v, k): d for u, v, k, d in H.edges(keys=True, data=True)}
                == {(u, v, k): d for u, v, k, d in F.edges(keys=True, data=True)})
    return ({(u, v): d for u, v, d in H.edges(data=True)}
            == {(u, v): d for u, v, d in F.edges(data=True)})


def check_graphml_round_trip(G: nx.MultiDiGraph) -> None:
    """``G`` written as GraphML reads back equal, with networkx and with read_graph."""
    buf = io.BytesIO()
    write_graphml(G, buf)
    buf.seek(0)
    H = nx.read_graphml(buf, force_multigraph=True)
    assert same_graph(H, flatten_graph(G))
    buf.seek(0)
    assert same_graph(read_graph(buf, format="graphml"), H)


# ---------------------------------------------------------------------------
# Building


def test_two_name_forms_make_one_entity_node():
    """"Secretary of State Mike Pompeo" and "Pompeo" in another article are one node."""
    G = build_graph(corpus())
    entities = {n: d for n, d in G.nodes(data=True) if d["kind"] == "entity"}
    assert set(entities) == {"entity:mike-pompeo", "entity:iran", "entity:reporters@wire-1"}
    pompeo = entities["entity:mike-pompeo"]
    assert pompeo["label"] == "Mike Pompeo"
    assert pompeo["type"] == "PERSON"
    assert pompeo["aliases"] == ["Pompeo"]
    assert pompeo["titles"] == ["Secretary of State"]
    assert pompeo["external_id"] is None
    assert pompeo["quote_count"] == 4
    assert entities["entity:iran"]["quote_count"] == 0
    assert G.graph["schema"] == QUOTES_SCHEMA


def test_said_about_told_edges():
    """said/about/told edges link speaker, quote and targets, keyed by relation."""
    results = corpus()
    G = build_graph(results)
    P, IRAN, REP = "entity:mike-pompeo", "entity:iran", "entity:reporters@wire-1"
    q = {(a, n): qid(results, a, n) for a, n in [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]}
    assert edges_of(G) == {
        (P, q[0, 0], "said"), (q[0, 0], IRAN, "about"),
        (P, q[0, 1], "said"), (P, REP, f"told:{q[0, 1]}"),
        (P, q[1, 0], "said"), (q[1, 0], IRAN, "about"),
        (P, q[1, 1], "said"), (q[1, 1], P, "about"),
    }
    for _u, _v, k, d in G.edges(keys=True, data=True):
        assert d["relation"] == k.split(":")[0]
    assert G.edges[P, REP, f"told:{q[0, 1]}"]["quote"] == q[0, 1]


def test_quote_about_its_own_speaker_only_when_named():
    """"We will not back down" is not about Pompeo; "Pompeo does not bluff" is."""
    results = corpus()
    G = build_graph(results)
    assert not G.has_edge(qid(results, 0, 1), "entity:mike-pompeo")
    assert G.has_edge(qid(results, 1, 1), "entity:mike-pompeo", key="about")


def test_quote_node_attributes():
    """Quote nodes carry text, kind, cue, confidence, offsets and article metadata."""
    results = corpus()
    G = build_graph(results)
    q0 = results[0].quotes[0]
    assert G.nodes[qid(results, 0, 0)] == {
        "kind": "quote", "label": q0.text, "text": q0.text, "quote_kind": "direct",
        "cue": "said", "confidence": 0.9, "doc": "wire-1", "start": q0.start, "end": q0.end,
        "published": "2019-05-06", "source": "Wire", "title": "Pompeo on Iran",
        "url": "https://example.com/1"}
    assert G.nodes[qid(results, 1, 0)]["published"] == "2019-05-07T12:30:00"
    assert "title" not in G.nodes[qid(results, 1, 0)]


def test_quote_without_speaker_is_a_node_without_said_edge():
    """An unattributed quote still becomes a node, with no said edge."""
    results = corpus()
    G = build_graph(results)
    node = qid(results, 0, 2)
    assert G.nodes[node]["quote_kind"] == "indirect"
    assert G.nodes[node]["cue"] is None
    assert G.in_degree(node) == 0


def test_alias_table_gives_node_id_and_external_id(tmp_path):
    """With an alias table, the entity node is keyed by the table's id."""
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps([{"name": "Mike Pompeo", "aliases": ["Pompeo"],
                                 "id": "Q111", "type": "PERSON"}]), encoding="utf-8")
    G = build_graph(corpus(), aliases=path)
    assert G.nodes["entity:Q111"]["external_id"] == "Q111"
    assert G.nodes["entity:Q111"]["quote_count"] == 4
    G2 = build_graph(corpus(), aliases=AliasTable.from_entries(
        [{"name": "Mike Pompeo", "id": "Q111"}]))
    assert set(G2.nodes) == set(G.nodes)


def test_article_order_does_not_change_the_graph():
    """Building from the articles in reverse order gives the same graph."""
    G = build_graph(corpus())
    H = build_graph(list(reversed(corpus())))
    assert same_graph(G, H)


def test_same_doc_id_for_different_articles_keeps_quotes_apart():
    """Two different articles sharing a doc_id do not collapse their quotes."""
    speaker = Entity("e1", "Jane Doe", "PERSON")
    arts = [ArticleResult(text, quotes=(make_quote(text, "Yes.", speaker=speaker),),
                          entities=(speaker,), doc_id="same")
            for text in ('"Yes." Jane Doe said.', '"Yes." Jane Doe said it.')]
    G = build_graph(arts)
    assert sum(1 for _, d in G.nodes(data=True) if d["kind"] == "quote") == 2
    assert G.nodes["entity:jane-doe"]["quote_count"] == 2


# ---------------------------------------------------------------------------
# speaker_graph


def test_speaker_graph_weights():
    """speaker_graph counts quotes per speaker -> target pair and lists them."""
    results = corpus()
    S = speaker_graph(build_graph(results))
    assert isinstance(S, nx.DiGraph) and not S.is_multigraph()
    P, IRAN, REP = "entity:mike-pompeo", "entity:iran", "entity:reporters@wire-1"
    assert S.edges[P, IRAN] == {"weight": 2, "relations": ["about"],
                                "quotes": sorted([qid(results, 0, 0), qid(results, 1, 0)])}
    assert S.edges[P, REP] == {"weight": 1, "relations": ["told"],
                               "quotes": [qid(results, 0, 1)]}
    assert S.edges[P, P]["weight"] == 1
    assert S.nodes[P] == {"kind": "entity", "label": "Mike Pompeo", "type": "PERSON",
                          "quote_count": 4}
    only_about = speaker_graph(build_graph(results), relations=("about",))
    assert not only_about.has_edge(P, REP)


# ---------------------------------------------------------------------------
# Export


def test_flatten_value():
    """Flattening drops None, writes dates as ISO, joins lists and dumps dicts as JSON."""
    assert flatten_value(None) is None
    assert flatten_value("") is None
    assert flatten_value(float("nan")) is None
    assert flatten_value(datetime.date(2020, 1, 2)) == "2020-01-02"
    assert flatten_value(["a", "b", 3]) == "a|b|3"
    assert flatten_value(("a",), keep_lists=True) == ["a"]
    assert flatten_value([]) is None
    assert flatten_value({"b": 1, "a": None}) == '{"b": 1}'
    assert flatten_value(True) is True and flatten_value(3) == 3
    assert flatten_value("a\x00b\r\nc\ud800") == "a\ufffdb\nc\ufffd"
    assert xml_safe("tab\tok\ufffe") == "tab\tok\ufffd"


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_round_trip_through_bytesio(fmt):
    """Writing to BytesIO and reading back gives the flattened graph, keys included."""
    G = build_graph(corpus())
    for graph in (G, speaker_graph(G)):
        buf = io.BytesIO()
        write_graph(graph, buf, format=fmt)
        buf.seek(0)
        H = read_graph(buf, format=fmt)
        assert same_graph(H, flatten_graph(graph, keep_lists=fmt == "json"))


@pytest.mark.parametrize("ext", ["graphml", "gexf", "json"])
def test_write_graph_picks_the_format_from_the_extension(tmp_path, ext):
    """write_graph/read_graph on paths choose the format from .graphml/.gexf/.json."""
    G = build_graph(corpus())
    path = tmp_path / f"quotes.{ext}"
    write_graph(G, path)
    assert same_graph(read_graph(path), flatten_graph(G, keep_lists=ext == "json"))


def test_graphml_is_read_by_networkx_and_text_files_work(tmp_path):
    """The GraphML file reads back with plain networkx; text file objects work too."""
    G = build_graph(corpus())
    path = tmp_path / "quotes.graphml"
    write_graphml(G, path)
    H = nx.read_graphml(path, force_multigraph=True)
    assert same_graph(H, flatten_graph(G))
    assert H.nodes["entity:mike-pompeo"]["aliases"] == "Pompeo"
    text = io.StringIO()
    write_graph(G, text, format="graphml")
    assert same_graph(read_graph(io.StringIO(text.getvalue()), format="graphml"), H)


def test_write_graph_needs_a_known_format():
    """Unknown extensions and file objects without format= are ValueErrors."""
    G = build_graph(corpus())
    with pytest.raises(ValueError, match="format"):
        write_graph(G, io.BytesIO())
    with pytest.raises(ValueError, match="extension"):
        write_graph(G, "graph.txt")
    with pytest.raises(ValueError, match="unknown graph format"):
        write_graph(G, io.BytesIO(), format="dot")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
 <key id="d0" for="node" attr.name="label" attr.type="string"/>
 <graph edgedefault="directed"><node id="n0"><data key="d0">&lol3;</data></node></graph>
</graphml>"""


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_read_graph_refuses_entity_expansion(fmt):
    """read_graph refuses XML entity declarations (billion laughs) in GraphML and GEXF."""
    data = BILLION_LAUGHS
    if fmt == "gexf":
        data = data.replace(b"graphml", b"gexf")
    with pytest.raises(ValueError):
        read_graph(io.BytesIO(data), format=fmt)


odd_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=odd_text, name=odd_text, doc=odd_text, source=odd_text)
def test_graphml_round_trips_any_text(quote, name, doc, source):
    """Any quote text, name, doc id or metadata (control characters too) gives valid GraphML."""
    text = quote + " " + name
    speaker = Entity("e1", name or "x", "PERSON")
    q = Quote(start=0, end=len(quote), text=quote, speaker=speaker, confidence=0.5,
              cue=Span(0, 0, source))
    art = ArticleResult(text, quotes=(q,), entities=(speaker,), doc_id=doc or None,
                        metadata={"source": source, "title": [quote, name]})
    check_graphml_round_trip(build_graph([art]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=odd_text, name=odd_text, fmt=st.sampled_from(["gexf", "json"]),
       confidence=st.floats(allow_nan=True, allow_infinity=True))
def test_gexf_and_json_round_trip_any_text(quote, name, fmt, confidence):
    """GEXF and node-link JSON also read back equal for any text and confidence."""
    speaker = Entity("e1", name or "x", "PERSON", aliases=(quote,))
    target = Entity("e2", quote or "y", "ORG")
    q = Quote(start=3, end=3 + len(quote), text=quote, speaker=speaker, addressee=target,
              confidence=confidence, about=("e2",))
    art = ArticleResult(quote, quotes=(q,), entities=(speaker, target),
                        metadata={"title": [quote, name], "url": {"name": name}})
    G = build_graph([art])
    for graph in (G, speaker_graph(G)):
        buf = io.BytesIO()
        write_graph(graph, buf, format=fmt)
        buf.seek(0)
        assert same_graph(read_graph(buf, format=fmt),
                          flatten_graph(graph, keep_lists=fmt == "json"))


def test_draw_graph_writes_png(tmp_path):
    """draw_graph saves a PNG of the speaker graph."""
    pytest.importorskip("matplotlib", reason="matplotlib (quotetrack[plot]) is not installed")
    results = corpus()
    speakers = [Entity(f"s{i}", name, "PERSON") for i, name in enumerate(
        ["Nancy Pelosi", "Chuck Schumer", "Mitch McConnell", "Kevin McCarthy"])]
    text = "Filler text for extra quotes about Iran and each other."
    iran = Entity("g", "Iran", "GPE")
    extra = ArticleResult(text, quotes=tuple(
        Quote(start=i, end=i + 3, text=text[i:i + 3], speaker=s,
              about=("g", speakers[(n + 1) % 4].id))
        for n, (i, s) in enumerate(zip(range(0, 40, 4), speakers * 3, strict=False))),
        entities=(*speakers, iran), doc_id="extra")
    G = build_graph([*results, extra])
    png = tmp_path / "speakers.png"
    draw_graph(G, png, top=5)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "speakers.svg"
    draw_graph(speaker_graph(G), svg)
    assert b"<svg" in svg.read_bytes()[:1000]


def test_draw_graph_without_matplotlib_says_what_to_install(monkeypatch, tmp_path):
    """Without matplotlib, draw_graph raises ImportError naming quotetrack[plot]."""
    for mod in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg",
                "matplotlib.lines"):
        monkeypatch.setitem(sys.modules, mod, None)
    with pytest.raises(ImportError, match=r"install quotetrack\[plot\] \(matplotlib\)"):
        draw_graph(build_graph(corpus()), tmp_path / "x.png")
