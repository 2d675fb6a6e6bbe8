"""Acceptance on the scraped seed article, run as a new user would (no Stanza models)."""

from __future__ import annotations

import io
import subprocess
import sys

import networkx as nx
import pytest
from conftest import ROOT

import quotetrack


@pytest.fixture(scope="module")
def result(seed_text):
    return quotetrack.extract(seed_text, doc_id="seed")


def test_direct_and_mixed_quotes_are_pompeos(result, seed_text):
    """The eight direct/mixed quotes all go to Mike Pompeo, whatever the mention."""
    dm = [q for q in result.quotes if q.kind in ("direct", "mixed")]
    assert len(dm) == 8
    assert {q.speaker.name for q in dm} == {"Mike Pompeo"}
    mentions = {q.speaker_mention.text for q in dm}
    assert "he" in mentions and "The secretary of State" in mentions
    continuation = [q for q in dm if q.text.startswith("“And the North Koreans")]
    assert continuation and continuation[0].speaker.name == "Mike Pompeo"
    for q in dm:
        m = q.speaker_mention
        assert seed_text[m.start:m.end] == m.text


def test_no_hover_card_junk_in_quotes(result):
    """Quote texts are cleaned: no hover-card teaser survives."""
    for q in result.quotes:
        assert "MORE" not in q.text and "Noem touts" not in q.text
    told = [q for q in result.quotes if q.text.startswith("“The truth is")][0]
    assert "President Trump only wants" in told.text
    assert told.addressee is not None and told.addressee.name == "Bob Cusack"


def test_reported_speech_of_biegun_and_reuters(result):
    """Biegun's reported speech and "Reuters reported" are found and attributed: Moon's
    request, which Reuters relays (h56-nst; Reuters was the speaker before)."""
    indirect = {q.speaker.name: q for q in result.quotes if q.kind == "indirect" and q.speaker}
    assert "in-person meeting" in indirect["Stephen Biegun"].text
    moon = indirect["Moon Jae-in"]
    assert moon.cue.text == "requested"
    assert moon.reported_by is not None and moon.reported_by.name == "Reuters"


def test_offsets_slice_the_original(result, seed_text):
    """Every quote's text is the cleaned form of its slice of the user's text."""
    from quotetrack.clean import clean_span

    for q in result.quotes:
        assert clean_span(seed_text[q.start:q.end]).strip() == q.text.strip()


def test_graph_of_the_seed(result):
    """Pompeo said a quote about Donald Trump, told Bob Cusack; Biegun is a speaker."""
    G = quotetrack.build_graph([result])
    buf = io.BytesIO()
    quotetrack.write_graphml(G, buf)
    H = nx.read_graphml(io.BytesIO(buf.getvalue()))
    label = {n: d["label"] for n, d in H.nodes(data=True)}
    pompeo = next(n for n in H if label[n] == "Mike Pompeo")
    trump = next(n for n in H if label[n] == "Donald Trump")
    said = [v for _, v, d in H.out_edges(pompeo, data=True) if d["relation"] == "said"]
    assert any(H.has_edge(q, trump) for q in said)
    assert any(label[v] == "Bob Cusack" and d["relation"] == "told"
               for _, v, d in H.out_edges(pompeo, data=True))
    biegun = next(n for n in H if label[n] == "Stephen Biegun")
    assert any(d["relation"] == "said" for _, _, d in H.out_edges(biegun, data=True))


def test_cli_on_the_seed(tmp_path):
    """`quotetrack extract` and `quotetrack graph` run on the seed file as a user would."""
    from conftest import SEED, need

    need(SEED, "the seed article")
    out = subprocess.run([sys.executable, "-m", "quotetrack", "extract", str(SEED)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Mike Pompeo" in out.stdout and "Stephen Biegun" in out.stdout
    assert "Traceback" not in out.stderr
