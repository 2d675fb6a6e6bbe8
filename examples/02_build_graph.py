"""Build the who-said-what-about-whom graph of two articles and export it.

    python examples/02_build_graph.py [OUT_DIR]

Reads both articles in ``examples/articles/`` and writes, into ``OUT_DIR``
(default: ``./out``):

- ``quotes.graphml`` and ``quotes.gexf``: the full graph (entities and quotes);
  open either in Gephi or Cytoscape;
- ``speakers.graphml``: the speaker -> target projection;
- ``quotes.json``: node-link JSON, for scripts and web pages.

Then it reads ``quotes.graphml`` back and prints who spoke about or to whom.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quotetrack

HERE = Path(__file__).resolve().parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out")
    out.mkdir(parents=True, exist_ok=True)

    results = []
    for path in sorted((HERE / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        results.append(quotetrack.extract(text, doc_id=path.stem))

    G = quotetrack.build_graph(results)  # networkx.MultiDiGraph
    S = quotetrack.speaker_graph(G)      # networkx.DiGraph, speaker -> target
    quotetrack.write_graph(G, out / "quotes.graphml")
    quotetrack.write_graph(G, out / "quotes.gexf")
    quotetrack.write_graph(G, out / "quotes.json")
    quotetrack.write_graph(S, out / "speakers.graphml")
    n_quotes = sum(1 for _, d in G.nodes(data=True) if d["kind"] == "quote")
    print(f"{len(results)} articles -> {G.number_of_nodes()} nodes ({n_quotes} quotes), "
          f"{G.number_of_edges()} edges; written to {out}/")

    print("\nSpeakers (entity nodes with quote_count > 0):")
    for node, d in sorted(G.nodes(data=True), key=lambda nd: -nd[1].get("quote_count", 0)):
        if d["kind"] == "entity" and d["quote_count"]:
            print(f"  {d['label']:<20} {d['type']:<7} {d['quote_count']} quotes  ({node})")

    H = quotetrack.read_graph(out / "quotes.graphml")  # a MultiDiGraph again
    label = {n: d.get("label", n) for n, d in H.nodes(data=True)}
    print("\nWho said what about whom (quote graph, read back from GraphML):")
    for u, v, d in H.edges(data=True):
        if d["relation"] == "about":
            speakers = [label[s] for s, _, e in H.in_edges(u, data=True)
                        if e["relation"] == "said"]
            print(f"  {' / '.join(speakers) or '?'} said {H.nodes[u]['text']} -- about {label[v]}")
        elif d["relation"] == "told":
            print(f"  {label[u]} told {label[v]}: {H.nodes[d['quote']]['text']}")

    print("\nSpeaker graph edges (weight = number of quotes):")
    for u, v, d in S.edges(data=True):
        print(f"  {S.nodes[u]['label']} -> {S.nodes[v]['label']}: weight {d['weight']}, "
              f"{'/'.join(d['relations'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
