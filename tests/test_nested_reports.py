"""Nested attributions: a statement one speaker made and another relays ("Reuters reported
that Moon said A") is credited to the one who made it, with the relay in
``Quote.reported_by`` (the default path unless told; invented texts)."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest
from findings import parsed_quotes
from findings import speaker_and_relay as _who
from handparse import spec_rows

import quotetrack
from quotetrack.corpus import RECORD_FIELDS
from quotetrack.graph import build_graph


def _one(text: str) -> quotetrack.Quote:
    (q,) = quotetrack.extract(text).quotes
    return q



@pytest.mark.parametrize("text, speaker, reporter, statement", [
    # 'X reported/said/wrote that Y said A'
    ("Reuters reported that Moon said the summit would go ahead.", "Moon", "Reuters",
     "the summit would go ahead"),
    ("The Ledger wrote that the mayor told reporters the budget was balanced.", "the mayor",
     "The Ledger", "the budget was balanced"),
    ("The Post reported Kim said the talks were a waste of time.", "Kim", "The Post",
     "the talks were a waste of time"),
    # 'Y said A, X reported'
    ("Kim said the talks were a waste of time, state media reported.", "Kim", "state media",
     "the talks were a waste of time"),
    # 'Y said A, according to X' and 'According to X, Y said A'
    ("Kim said the talks were a waste of time, according to state media.", "Kim",
     "state media", "the talks were a waste of time"),
    ("According to state media, Kim said the talks were a waste of time.", "Kim",
     "state media", "the talks were a waste of time"),
])
def test_relayed_reported_speech_credits_the_inner_speaker(text, speaker, reporter, statement):
    q = _one(text)
    assert q.kind == "indirect"
    assert _who(q) == (speaker, reporter)
    assert q.text == statement and text[q.start:q.end] == statement
    assert q.cue is not None and q.cue.text in ("said", "told")
    assert q.reported_by is not None and q.reported_by.name.endswith(reporter.split()[-1])
    assert text[q.reported_by_mention.start:q.reported_by_mention.end] == reporter


@pytest.mark.parametrize("text, speaker, reporter", [
    ('"Talks are a waste of time," Kim said, state media reported.', "Kim", "state media"),
    ('"Talks are a waste of time," said Kim, according to state media.', "Kim", "state media"),
    ('According to state media, Kim said: "Talks are a waste of time."', "Kim", "state media"),
    ('Reuters reported that Moon said: "The summit will go ahead."', "Moon", "Reuters"),
    ('"We will not resign," the minister told reporters, the agency reported.', "the minister",
     "the agency"),
    # an adjunct or an apposition after the inner frame
    ('"Talks are a waste of time," Kim said at a rally on Monday, state media reported.', "Kim",
     "state media"),
    ('"We care about this," said Jo Day, an aide to the mayor, according to the Ledger.',
     "Jo Day", "the Ledger"),
    # a rule that climbed from the quote's cue to the one who reports its clause
    ("Investigators say that Jo Lee told one agent, “I would do it all again.”", "Jo Lee",
     "Investigators"),
])
def test_relayed_direct_quote_credits_the_inner_speaker(text, speaker, reporter):
    (q,) = [q for q in quotetrack.extract(text).quotes if q.kind != "indirect"]
    assert q.kind == "direct" and q.statement is None
    assert _who(q) == (speaker, reporter)
    assert q.cue is not None and q.cue.text in ("said", "told")


def test_relayed_mixed_quote_credits_the_inner_speaker():
    text = 'According to pool reports, Lee said "there is hope" in Ohio after the vote.'
    q = _one(text)
    assert q.kind == "mixed" and q.text == '"there is hope"'
    assert q.speaker_mention.text == "Lee" and q.reported_by_mention is not None
    assert q.statement.text == '"there is hope" in Ohio after the vote'


def test_a_pronoun_inner_speaker_resolves_as_speakers_do():
    text = "Jane Roe arrived on Monday. Reuters reported that she said the vote was rigged."
    q = _one(text)
    assert _who(q) == ("she", "Reuters")
    assert q.speaker is not None and q.speaker.name == "Jane Roe"
    assert q.text == "the vote was rigged"


@pytest.mark.parametrize("text, speaker, addressee", [
    # the one told is no relay
    ('"Talks are a waste of time," Kim told state media.', "Kim", "state media"),
    ("Doe told CNN the plan would fail.", "Doe", "CNN"),
    # one frame: the outlet is part of the speaker's mention
    ("CNN's Doe said the plan would fail.", "CNN's Doe", None),
    # a reporter alone
    ("Reuters reported that the summit would go ahead.", "Reuters", None),
    ('"The summit will go ahead," Reuters reported.', "Reuters", None),
    # a person's own report of what they said; a frame that is no speech
    ("Jane Roe said she told the mayor that the budget was wrong.", "Jane Roe", None),
    ("The agency reported that his name was announced on the radio twice.", "The agency", None),
    ("Jo Lee said social media has added another link to the chain.", "Jo Lee", None),
    # a relative clause, not a speaker of its own
    ("Doe said those who said the plan would fail were wrong.", "Doe", None),
    # a thing that speaks for the one who released it: no report
    ("Mayor Jane Doe released a video that said, “We will rebuild the park.”",
     "Mayor Jane Doe", None),
    # a verb of speech of its own after the inner frame: not an adjunct
    ('"We care about this," Jo Lee said, adding that Roe agreed, the Ledger reported.',
     "the Ledger", None),
])
def test_near_misses_keep_their_one_speaker(text, speaker, addressee):
    q = _one(text)
    assert _who(q) == (speaker, None)
    assert q.reported_by is None
    assert (q.addressee_mention.text if q.addressee_mention else None) == addressee


def test_record_carries_the_reporter():
    text = "Reuters reported that Moon said the summit would go ahead."
    (rec,) = quotetrack.extract(text, doc_id="d").records()
    assert list(rec) == list(RECORD_FIELDS)
    assert rec["speaker"] == "Moon" and rec["speaker_mention"] == "Moon"
    assert rec["reported_by"] == "Reuters" and rec["reported_by_mention"] == "Reuters"
    assert rec["reported_by_id"] is not None
    assert text[rec["reported_by_start"]:rec["reported_by_end"]] == "Reuters"
    assert rec["statement"] is None and rec["text"] == "the summit would go ahead"
    (plain,) = quotetrack.extract("Moon said the summit would go ahead.").records()
    assert plain["reported_by"] is None and plain["reported_by_start"] is None


def test_pickling_keeps_the_reporter():
    result = quotetrack.extract('"Talks are a waste of time," Kim said, state media reported.')
    back = pickle.loads(pickle.dumps(result))
    assert back == result
    assert back.quotes[0].reported_by_mention.text == "state media"
    q = result.quotes[0]
    assert pickle.loads(pickle.dumps(q)).reported_by == q.reported_by


def test_graph_has_a_reported_edge_and_attribute():
    result = quotetrack.extract("Reuters reported that Moon said the summit would go ahead.",
                                doc_id="d")
    G = build_graph([result])
    (qid,) = [n for n, d in G.nodes(data=True) if d["kind"] == "quote"]
    assert G.nodes[qid]["reported_by"] == "Reuters"
    rels = {(G.nodes[u]["label"], d["relation"]) for u, _, d in G.in_edges(qid, data=True)}
    assert rels == {("Moon", "said"), ("Reuters", "reported")}
    labels = {d["label"]: d for _, d in G.nodes(data=True) if d["kind"] == "entity"}
    assert labels["Moon"]["quote_count"] == 1 and labels["Reuters"]["quote_count"] == 0


def test_store_round_trip_and_an_old_store(tmp_path: Path):
    text = "Reuters reported that Moon said the summit would go ahead."
    db = tmp_path / "c.db"
    with quotetrack.ClaimStore(db) as store:
        store.add(quotetrack.extract("The mayor said the bridge would open in May.",
                                     doc_id="old"))
    # a store made before the reporter's columns: migrated when opened
    con = sqlite3.connect(db)
    for column in ("reported_by_seq", "rm_start", "rm_end", "rm_text", "rm_form"):
        con.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    con.execute("DELETE FROM schema_migrations WHERE version = 4")
    con.commit()
    con.close()
    with quotetrack.ClaimStore(db) as store:
        assert store.schema_version == quotetrack.store.SCHEMA_VERSION
        assert [q.reported_by for q in store.quotes()] == [None]
        result = quotetrack.extract(text, doc_id="relay")
        store.add(result)
        (q,) = store.quotes(speaker="Moon")
        assert q == result.quotes[0]
        assert q.reported_by is not None and q.reported_by.name == "Reuters"
        (row,) = store.query(speaker="Moon")
        assert row["reported_by"] == "Reuters" and row["reported_by_mention"] == "Reuters"
        assert store.article("relay").quotes == result.quotes


def test_parsed_path_credits_the_inner_speaker_of_a_closing_report():
    """'“Talks are a waste of time,” Kim said, state media reported.': the parse's
    outermost cue is "reported"; Kim said the words."""
    text = "“Talks are a waste of time,” Kim said, state media reported."
    s = spec_rows("“/PUNCT/5/punct Talks/NOUN/5/nsubj are/AUX/5/cop a/DET/5/det "
                  "waste/NOUN/11/ccomp of/ADP/7/case time/NOUN/5/nmod ,/PUNCT/5/punct "
                  "”/PUNCT/5/punct Kim/PROPN/11/nsubj/S-PERSON said/VERB/15/parataxis "
                  ",/PUNCT/15/punct state/NOUN/14/compound media/NOUN/15/nsubj "
                  "reported/VERB/0/root ./PUNCT/15/punct")
    (q,) = parsed_quotes(text, [s])
    assert _who(q) == ("Kim", "state media")


def test_parsed_path_credits_the_inner_speaker_of_a_relayed_clause():
    text = "Reuters reported that Moon said the summit would go ahead."
    s = spec_rows("Reuters/PROPN/2/nsubj/S-ORG reported/VERB/0/root that/SCONJ/5/mark "
                  "Moon/PROPN/5/nsubj/S-PERSON said/VERB/2/ccomp the/DET/7/det "
                  "summit/NOUN/9/nsubj would/AUX/9/aux go/VERB/5/ccomp "
                  "ahead/ADV/9/advmod ./PUNCT/2/punct")
    (q,) = parsed_quotes(text, [s], kinds=("indirect",))
    assert _who(q) == ("Moon", "Reuters")
    assert q.text == "the summit would go ahead"
