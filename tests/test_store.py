"""Tests for quotetrack.store: the claim store's schema, ingest, claims and queries."""

from __future__ import annotations

import datetime
import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import POLNEAR, need
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import quotes as quote_strategy

import quotetrack
from quotetrack.graph import build_graph
from quotetrack.identity import AliasTable
from quotetrack.model import ArticleResult, Entity, Mention, Quote, Span
from quotetrack.store import (
    LSH_BANDS,
    SCHEMA_VERSION,
    ClaimStore,
    StoreError,
    claim_segments,
    find_manifest,
    normalise_metadata,
    parse_date,
    read_manifest,
    same_claim,
)

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    """Offsets of ``part`` in ``text``."""
    i = text.index(part, start)
    return i, i + len(part)


def article(doc: str, speaker: str, quote: str, *, about: str | None = None,
            kind: str = "direct", extra: str = "", alias: str | None = None) -> ArticleResult:
    """A one-quote article: '"QUOTE," SPEAKER said.' with an optional target entity."""
    text = f'"{quote}," {speaker} said. {extra}'.strip()
    if about:
        text += f" It was about {about}."
    s, e = span(text, f'"{quote},"')
    ents = [Entity("e1", speaker, "PERSON", aliases=(alias,) if alias else (),
                   mentions=(Mention(*span(text, speaker), speaker),))]
    about_ids: tuple[str, ...] = ()
    if about:
        ents.append(Entity("e2", about, "PERSON", mentions=(Mention(*span(text, about), about),)))
        about_ids = ("e2",)
    q = Quote(s, e, f'"{quote},"', kind, cue=Span(*span(text, "said"), "said"), speaker=ents[0],
              speaker_mention=Mention(*span(text, speaker), speaker), confidence=0.9,
              about=about_ids, reason="test")
    return ArticleResult(text, (q,), tuple(ents), doc)


def rich_article() -> ArticleResult:
    """An article with a named speaker, a pronoun speaker, an addressee and targets."""
    text = ('Secretary of State Mike Pompeo said on Monday that "North Korea must give up its '
            'weapons." He told reporters: "We will not back down." An aide said talks stalled.')
    pompeo = Entity("e1", "Mike Pompeo", "PERSON", aliases=("Pompeo",),
                    titles=("Secretary of State",),
                    mentions=(Mention(*span(text, "Mike Pompeo"), "Mike Pompeo"),
                              Mention(*span(text, "He"), "He", "pronoun")), gender="male")
    nk = Entity("e2", "North Korea", "GPE", mentions=(Mention(*span(text, "North Korea"),
                                                              "North Korea"),))
    reporters = Entity("e3", "reporters", "GROUP")
    aide = Entity("e4", "An aide", "GROUP", mentions=(Mention(*span(text, "An aide"), "An aide",
                                                              "noun"),))
    q1 = Quote(*span(text, '"North Korea must give up its weapons."'),
               '"North Korea must give up its weapons."', "mixed",
               cue=Span(*span(text, "said"), "said"), speaker=pompeo,
               speaker_mention=Mention(*span(text, "Secretary of State Mike Pompeo"),
                                       "Secretary of State Mike Pompeo"),
               confidence=0.8, about=("e2",), reason="X said CLAUSE")
    q2 = Quote(*span(text, '"We will not back down."'), '"We will not back down."', "direct",
               cue=Span(*span(text, "told"), "told"), speaker=pompeo,
               speaker_mention=Mention(*span(text, "He"), "He", "pronoun"), addressee=reporters,
               addressee_mention=Mention(*span(text, "reporters"), "reporters", "noun"),
               confidence=0.92, about=(), reason="X told Y")
    q3 = Quote(*span(text, "talks stalled"), "talks stalled", "indirect",
               cue=Span(*span(text, "said", 100), "said"), speaker=aide,
               speaker_mention=Mention(*span(text, "An aide"), "An aide", "noun"),
               confidence=0.5, reason="X said CLAUSE")
    return ArticleResult(text, (q1, q2, q3), (pompeo, nk, reporters, aide), "hill-1",
                         {"source": "The Hill", "published": "2019-02-26", "title": "Talks",
                          "url": "https://example.com/a?x=1&y='2'"})


# ---------------------------------------------------------------------------
# Schema, storage
# ---------------------------------------------------------------------------


def test_memory_store_works() -> None:
    """':memory:' gives a working store with the current schema version."""
    with ClaimStore(":memory:") as store:
        assert store.schema_version == SCHEMA_VERSION
        store.add(rich_article())
        assert store.stats()["quotes"] == 3
        assert quotetrack.ClaimStore is ClaimStore


def test_file_store_uses_wal_and_migrations_table(tmp_path: Path) -> None:
    """A file store is in WAL mode and records its migrations once, across reopenings."""
    db = tmp_path / "c.db"
    ClaimStore(db).close()
    ClaimStore(db).close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = con.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(1, "initial schema"), (2, "co-speakers"), (3, "statements of mixed quotes"),
                    (4, "reporters of relayed quotes")]
    con.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    """A database made by a newer quotetrack (higher schema version) is refused clearly."""
    db = tmp_path / "c.db"
    ClaimStore(db).close()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'now')")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        ClaimStore(db)


def test_not_a_store_is_refused(tmp_path: Path) -> None:
    """A file that is not SQLite gives a StoreError, not a traceback from sqlite3."""
    bad = tmp_path / "x.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError):
        ClaimStore(bad)


def test_article_round_trip_exact() -> None:
    """An ArticleResult comes back equal: quotes, entities (order kept), doc_id, metadata."""
    a = rich_article()
    with ClaimStore() as store:
        store.add(a)
        assert list(store.results()) == [a]
        assert store.article("hill-1") == a


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_strategy, st.lists(quote_strategy, max_size=2))
def test_quote_round_trip(q: Quote, others: list[Quote]) -> None:
    """Quote -> store -> Quote is exact for any attrs values SQLite can hold."""
    ents = tuple(e for x in (q, *others) for e in (x.speaker, x.addressee) if e is not None)
    result = ArticleResult("some text", (q, *others), ents[:1], "doc")
    with ClaimStore() as store:
        store.add(result)
        back = store.quotes(order="article")
        assert back == [q, *others]
        assert list(store.results()) == [result]


def test_nan_confidence_round_trips() -> None:
    """A NaN confidence (stored as NULL) comes back as NaN."""
    q = Quote(0, 4, "text", confidence=float("nan"))
    with ClaimStore() as store:
        store.add(ArticleResult("text", (q,)))
        (back,) = store.quotes()
        assert back.confidence != back.confidence


def test_sql_injection_text_is_just_text() -> None:
    """Text like "'); DROP TABLE quotes;--" is stored, read back and searched intact."""
    evil = "'); DROP TABLE quotes;--"
    a = article("d1", "Robert O'Brien", f"We said {evil} and 100% meant it; really",
                about="Jane \"J\" Doe")
    with ClaimStore() as store:
        store.add(a, source="Bobby'; DROP TABLE articles;--", title=evil)
        (q,) = store.quotes()
        assert evil in q.text
        assert store.quotes(text=evil) == [q]
        assert store.quotes(text="100%") == [q]
        assert store.quotes(speaker="O'Brien") == [q]
        assert store.quotes(about='Jane "J" Doe') == [q]
        assert store.quotes(source="Bobby'; DROP TABLE articles;--") == [q]
        assert store.query()[0]["title"] == evil
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"quotes", "articles"} <= tables


@pytest.mark.parametrize("odd", ["'", '"', "%", "_", ";", "--", "\\", "*", "(", ")", "NEAR",
                                 "AND OR NOT", "a:b", "^", "%';--", "\x00", ""])
def test_odd_query_strings_match_nothing_or_themselves(odd: str) -> None:
    """Filters with odd characters never raise and never match everything."""
    with ClaimStore() as store:
        store.add(article("d1", "Jane Doe", "We will win the vote on Monday"))
        for kw in ("speaker", "about", "source", "doc"):
            assert store.quotes(**{kw: odd}) == [], kw
        found = store.quotes(text=odd)  # punctuation alone is a plain substring search
        assert all(odd in q.text for q in found) and bool(found) == (odd == '"')
        assert len(store.claims(text=odd)) == len(found)


def test_readding_an_article_changes_nothing() -> None:
    """Adding the same text again (even with other metadata) stores nothing new."""
    a = rich_article()
    with ClaimStore() as store:
        first = store.add(a)
        before = store.stats()
        again = store.add(a, source="Another outlet")
        assert first.added and not again.added
        assert again.article_id == first.article_id
        assert store.stats() == before
        assert store.query()[0]["source"] == "The Hill"


def test_same_doc_id_other_text_gets_its_own_key() -> None:
    """Two different articles with one doc_id are both stored, under distinct keys."""
    with ClaimStore() as store:
        a = store.add(article("same", "Jane Doe", "We will win the vote on Monday"))
        b = store.add(article("same", "John Roe", "They will lose the vote on Monday"))
        assert a.added and b.added and a.doc != b.doc
        assert len(store.articles()) == 2


def test_failed_article_leaves_nothing() -> None:
    """An error in the middle of an article's transaction rolls the whole article back."""
    good = rich_article()
    bad_quote = Quote(2**70, 4, "x", speaker=Entity("e9", "X"))  # too big for SQLite
    bad = ArticleResult("other text", (good.quotes[0], bad_quote), good.entities, "bad")
    with ClaimStore() as store:
        store.add(good)
        with pytest.raises(OverflowError):
            store.add(bad)
        assert store.stats()["articles"] == 1
        assert store.stats()["quotes"] == 3
        assert store.check() == []


# ---------------------------------------------------------------------------
# Entities and the graph
# ---------------------------------------------------------------------------


def test_speaker_query_by_any_alias_across_articles() -> None:
    """'Pompeo', 'Mike Pompeo' and 'Secretary Pompeo' find quotes of both articles."""
    a1 = article("a1", "Mike Pompeo", "North Korea must give up its weapons first",
                 about="Kim Jong Un")
    a2 = article("a2", "Pompeo", "Sanctions stay until North Korea acts on it")
    with ClaimStore() as store:
        store.add(a1, published="2019-01-05")
        store.add(a2, published="2019-02-01")
        for name in ("Pompeo", "Mike Pompeo", "Secretary Pompeo", "mike-pompeo",
                     "entity:mike-pompeo"):
            assert [q.text for q in store.quotes(speaker=name)] == [
                a1.quotes[0].text, a2.quotes[0].text], name
        assert store.quotes(speaker="Pompeo", about="Kim Jong Un") == [a1.quotes[0]]
        assert store.quotes(speaker="Pompeo", since="2019-01-10") == [a2.quotes[0]]
        assert store.quotes(speaker="Nobody Known") == []


def test_entities_match_the_graph() -> None:
    """The store's canonical entities are the graph's entity nodes (one resolver)."""
    arts = [article("a1", "Mike Pompeo", "North Korea must give up its weapons first",
                    about="Kim Jong Un"),
            article("a2", "Pompeo", "Sanctions stay until North Korea acts on it",
                    about="Kim Jong Un"),
            rich_article()]
    with ClaimStore() as store:
        for a in arts:
            store.add(a)
        G = build_graph(arts)
        keys = {e.key for e in store.entities()}
        graph_keys = {n.removeprefix("entity:") for n, d in G.nodes(data=True)
                      if d["kind"] == "entity"}
        assert graph_keys <= keys
        S = store.graph()
        assert set(S.nodes) == set(G.nodes)
        assert S.number_of_edges() == G.number_of_edges()


def test_alias_table_is_honoured_and_kept(tmp_path: Path) -> None:
    """An alias table joins names and gives ids; the store keeps it for later sessions."""
    table = AliasTable.from_entries([{"name": "Robert Cusack", "aliases": ["Bob Cusack",
                                                                          "The Boss"],
                                      "id": "Q42", "type": "PERSON"}])
    db = tmp_path / "c.db"
    with ClaimStore(db, aliases=table) as store:
        store.add(article("a1", "Bob Cusack", "The paper will keep covering the hill"))
        store.add(article("a2", "The Boss", "Our reporters will keep asking questions"))
        (e,) = store.find_entities("Robert Cusack")
        assert (e.key, e.external_id) == ("Q42", "Q42")
    with ClaimStore(db) as store:
        assert store.aliases is not None and len(store.aliases) == 1
        assert len(store.quotes(speaker="Q42")) == 2
        assert len(store.quotes(speaker="Bob Cusack")) == 2


# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------

LONG = ("We will not lift the sanctions until North Korea takes real steps to give up "
        "its nuclear weapons")


@pytest.mark.parametrize("a, b, same", [
    (LONG, LONG.upper() + "!!", True),
    (LONG, "  we  will not lift the SANCTIONS, until north korea takes real steps to give up "
           "its nuclear weapons.", True),
    (LONG, "We will not lift the sanctions until North Korea takes real steps", True),
    (LONG, "takes real steps to give up its nuclear weapons", True),
    (LONG, "We will not lift the sanctions … to give up its nuclear weapons", True),
    (LONG, "We will not lift the sanctions ... to give up its nuclear weapons", True),
    (LONG, "We will not lift [economic] sanctions until North Korea takes real steps to give "
           "up its nuclear weapons", True),
    (LONG, "[The U.S.] will not lift the sanctions until North Korea takes real steps", True),
    (LONG, "We will lift the sanctions until North Korea takes real steps to give up its "
           "nuclear weapons", False),  # a word dropped: maybe the opposite claim
    (LONG, "not lift the sanctions until North Korea takes", True),  # from the middle
    (LONG, "We will lift the sanctions when Iran stops enriching uranium", False),
    (LONG, "North Korea", False),
    ("a great day", "A great day!", False),  # too short to be a claim of its own
    ("It is a great day for us", "it's a great day for us", False),
])
def test_same_claim(a: str, b: str, same: bool) -> None:
    """Case, punctuation, truncation, ellipses and bracketed insertions; not changed words."""
    assert same_claim(a, b) is same
    assert same_claim(b, a) is same


def test_claim_segments_cut_at_ellipses_and_brackets() -> None:
    """Ellipses and bracketed insertions split a quote into pieces; accents are dropped."""
    assert claim_segments("“Café [sic] isn’t … OPEN. . . yet”") == (
        ("cafe",), ("isnt",), ("open",), ("yet",))


def test_claims_across_outlets() -> None:
    """One statement in three outlets is one claim with its sources, dates and spread."""
    with ClaimStore() as store:
        store.add(article("a1", "Mike Pompeo", LONG), source="The Hill", published="2019-02-26")
        store.add(article("a2", "Pompeo", "We will not lift the sanctions ... its nuclear "
                                          "weapons"), source="CNN", published="2019-02-25")
        store.add(article("a3", "Pompeo", "not lift the sanctions until North Korea takes"),
                  source="Fox News", published="2019-03-03")
        store.add(article("a4", "Jane Doe", "Nothing here is like the other statements"),
                  source="CNN", published="2019-03-01")
        (c,) = store.claims(min_sources=2)
        assert c.sources == ("CNN", "Fox News", "The Hill")
        assert (c.n_sources, c.n_articles, c.n_quotes) == (3, 3, 3)
        assert (c.first_seen, c.last_seen, c.spread_days) == ("2019-02-25", "2019-03-03", 6)
        assert c.speakers == ("Mike Pompeo",)
        assert LONG in c.text
        assert len(store.claims(min_sources=1)) == 2
        assert store.claims(min_sources=2, speaker="Jane Doe") == []
        assert [x.id for x in store.claims(min_sources=2, text="sanctions")] == [c.id]
        assert len(store.quotes(claim=c.id)) == 3
        assert store.check() == []


def test_fuller_quote_merges_claims_fragment_does_not() -> None:
    """A full version merges the claims of its two halves; a shared fragment merges nothing."""
    with ClaimStore() as store:
        store.add(article("a1", "X", "we will not lift the sanctions until"), source="A")
        store.add(article("a2", "X", "North Korea takes real steps to give up its nuclear "
                                     "weapons"), source="B")
        assert len(store.claims(min_sources=1)) == 2
        store.add(article("a3", "X", LONG), source="C")
        (c,) = store.claims(min_sources=1)
        assert c.n_sources == 3
        # A common phrase inside two unrelated claims joins one of them, merging nothing.
        store.add(article("b1", "Y", "the American people deserve to know the truth about "
                                     "the deal"), source="A")
        store.add(article("b2", "Y", "the American people deserve to know who pays for the "
                                     "wall"), source="B")
        store.add(article("b3", "Y", "the American people deserve to know"), source="C")
        assert [x.n_quotes for x in store.claims(min_sources=1, order="id")] == [3, 2, 1]


def test_short_matches_need_the_same_speaker() -> None:
    """A set phrase said by different people is not one claim; by one person it is."""
    with ClaimStore() as store:
        store.add(article("a1", "Ben Carson", "Boots on the ground"), source="A")
        store.add(article("a2", "John Kasich", "boots on the ground"), source="B")
        store.add(article("a3", "Mr. Carson", "BOOTS ON THE GROUND!"), source="C")
        store.add(article("a4", "Donald Trump", "We are going to build a wall"), source="A")
        store.add(article("a5", "Reince Priebus", "We are going to build a wall, believe me, "
                                                  "a big beautiful wall"), source="B")
        store.add(article("a6", "Trump", "We are going to build a wall, believe me"),
                  source="C")
        claims = store.claims(min_sources=2)
        assert sorted((c.speakers, c.sources) for c in claims) == [
            (("Ben Carson",), ("A", "C")), (("Donald Trump",), ("A", "C"))]
    assert same_claim("Boots on the ground", "boots on the ground", "carson", "carson")
    assert not same_claim("Boots on the ground", "boots on the ground", "carson", None)


def test_claim_index_is_bounded_per_quote() -> None:
    """Each quote adds at most 3 + LSH_BANDS index keys (no pairwise table)."""
    with ClaimStore() as store:
        for i in range(30):
            store.add(article(f"a{i}", "Jane Doe", f"statement number {i} is about the budget "
                                                   f"and the vote and nothing else {i * 7}"))
        n_keys = store.db.execute("SELECT COUNT(*) FROM claim_keys").fetchone()[0]
        assert n_keys <= 30 * (3 + LSH_BANDS)


def test_rebuild_claims_gives_the_same_grouping() -> None:
    """rebuild_claims recomputes the same claims as incremental assignment."""
    with ClaimStore() as store:
        store.add(article("a1", "X", LONG), source="A")
        store.add(article("a2", "X", "not lift the sanctions until North Korea takes"),
                  source="B")
        store.add(article("a3", "Y", "something else entirely was said on the day"),
                  source="B")
        before = sorted((c.n_quotes, c.sources) for c in store.claims())
        assert store.rebuild_claims() == 2
        assert sorted((c.n_quotes, c.sources) for c in store.claims()) == before


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


def test_query_filters_and_rows() -> None:
    """Kind, dates, source, full text, addressee and target filters; rows carry metadata."""
    with ClaimStore() as store:
        store.add(rich_article())
        store.add(article("a2", "Jane Doe", "The budget vote will pass on Friday"),
                  source="CNN", published=datetime.date(2019, 3, 1))
        assert len(store.quotes()) == 4
        assert [q.kind for q in store.quotes(kind="indirect")] == ["indirect"]
        assert len(store.quotes(kind=["direct", "mixed"])) == 3
        assert len(store.quotes(since="2019-03-01")) == 1
        assert len(store.quotes(until="2019-02-26")) == 3
        assert len(store.quotes(source="the hill")) == 3
        assert len(store.quotes(source=["CNN", "The Hill"])) == 4
        assert [q.text for q in store.quotes(text="budget FRIDAY")] == [
            '"The budget vote will pass on Friday,"']
        assert store.quotes(text="friday budget", phrase=True) == []
        assert len(store.quotes(match="NEAR(budget pass, 3)")) == 1
        with pytest.raises(ValueError):
            store.quotes(match='"unbalanced')
        assert len(store.quotes(addressee="reporters")) == 1
        assert len(store.quotes(target="North Korea")) == 1
        assert len(store.quotes(min_confidence=0.85)) == 2
        assert store.count(source="The Hill") == 3
        rows = store.query(speaker="Pompeo", order="article")
        assert [r["source"] for r in rows] == ["The Hill", "The Hill"]
        r = rows[0]
        assert r["published"] == "2019-02-26"
        assert r["speaker_entity"] == "Mike Pompeo" and r["speaker_key"] == "mike-pompeo"
        assert r["about_entities"] == ["North Korea"]
        assert rows[1]["addressee_entity"] == "reporters"
        with pytest.raises(ValueError):
            store.quotes(since="not a date")


def test_concurrent_reader_while_writer_writes(tmp_path: Path) -> None:
    """A read-only store in another process reads while this process writes, without errors."""
    db = tmp_path / "c.db"
    ClaimStore(db).close()
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    reader = ctx.Process(target=_reader, args=(str(db), q))
    reader.start()
    with ClaimStore(db) as store:
        for i in range(60):
            store.add(article(f"a{i}", "Jane Doe", f"statement {i} about the budget and the "
                                                   "vote today"), source="CNN")
            time.sleep(0.002)
    reader.join(30)
    errors, seen = q.get(timeout=5)
    assert errors == []
    assert seen and seen == sorted(seen)  # counts only grow: whole articles appear
    with ClaimStore(db) as store:
        assert store.stats()["quotes"] == 60


def _reader(db: str, q) -> None:
    errors, seen = [], []
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            with ClaimStore(db, readonly=True) as store:
                n = store.count(source="CNN")
                assert n == store.stats()["articles"] or n <= store.stats()["articles"]
                seen.append(n)
                if n >= 60:
                    break
        except Exception as exc:  # report anything to the parent
            errors.append(repr(exc))
            break
        time.sleep(0.01)
    q.put((errors, seen))


# ---------------------------------------------------------------------------
# Metadata and manifests
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("value, iso", [
    ("2020-02-26", "2020-02-26"), ("2020-02-26T10:00:00Z", "2020-02-26"),
    ("Wed, 26 Feb 2020 10:00:00 GMT", "2020-02-26"), ("February 26, 2020", "2020-02-26"),
    ("2020/02/26", "2020-02-26"), (datetime.date(2020, 2, 26), "2020-02-26"),
    (datetime.datetime(2020, 2, 26, 23, 0), "2020-02-26"), ("yesterday", None), ("", None),
    (None, None), (20200226, None),
])
def test_parse_date(value, iso) -> None:
    """Common date forms become ISO dates; anything else None."""
    assert parse_date(value) == iso


def test_normalise_metadata_synonyms() -> None:
    """publisher/publication_date/headline/link become source/published/title/url."""
    assert normalise_metadata({"publisher": "nyt", "publication_date": "2016-01-02",
                               "headline": "H", "link": "u", "x": 1}) == {
        "source": "nyt", "published": "2016-01-02", "title": "H", "url": "u", "x": 1}
    assert normalise_metadata({"source": "A", "publisher": "B"})["source"] == "A"


def test_manifest_tsv_and_csv(tmp_path: Path) -> None:
    """TSV and CSV manifests are keyed by file stem, with metadata under canonical names."""
    (tmp_path / "meta.tsv").write_text(
        "doc\tpublisher\tpublication_date\ttitle\nart-1\tnyt\t2016-09-30\tA title, with comma\n",
        encoding="utf-8")
    assert read_manifest(tmp_path / "meta.tsv") == {
        "art-1": {"source": "nyt", "published": "2016-09-30", "title": "A title, with comma"}}
    assert find_manifest(tmp_path) == tmp_path / "meta.tsv"
    (tmp_path / "m.csv").write_text('file,source,url\nb.txt,"The Hill","http://x/?a=1"\n',
                                    encoding="utf-8")
    assert read_manifest(tmp_path / "m.csv") == {"b": {"source": "The Hill",
                                                       "url": "http://x/?a=1"}}
    (tmp_path / "bad.csv").write_text("publisher,title\nx,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no document column"):
        read_manifest(tmp_path / "bad.csv")


def test_polnear_manifest_reads() -> None:
    """PolNeAR's dev meta.tsv gives a source, date and title for each of its articles."""
    meta = read_manifest(need(POLNEAR / "dev" / "meta.tsv", "PolNeAR"))
    assert len(meta) == 84
    assert all({"source", "published", "title"} <= set(m) for m in meta.values())


def test_other_sqlite_database_is_left_alone(tmp_path: Path) -> None:
    """An SQLite file of another application is refused and not modified."""
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a quotetrack"):
        ClaimStore(db)
    con = sqlite3.connect(db)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["notes"]
    con.close()
