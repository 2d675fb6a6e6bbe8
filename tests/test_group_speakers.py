"""Statements several people made together ("Doe and Roe said"): every one of them is credited,
in the Quote (``speaker`` the first, ``co_speakers`` the others), its record, the graph and the
claim store, on both paths; a title's or a name's own "and" stays one speaker."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from handparse import conllu

import quotetrack
from quotetrack.corpus import CsvWriter
from quotetrack.graph import build_graph

_INTRO = "Senator Jane Holloway and Representative Carl Ostrander sponsored the bill. "


def speakers(text: str) -> list[tuple[list[str], str | None]]:
    """(speaker names, speaker mention) of each quote of ``text`` on the default path."""
    return [([e.name for e in q.speakers], q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.extract(text).quotes]


def test_direct_quote_of_two_surnames_credits_both():
    """'“A,” Holloway and Ostrander said': the first is the speaker, the second a co-speaker
    (not the last name alone, as before), and the mention is the whole coordination."""
    text = _INTRO + "“We will not vote for it,” Holloway and Ostrander said in a joint statement."
    (q,) = quotetrack.extract(text).quotes
    assert q.speaker.name == "Jane Holloway"
    assert [e.name for e in q.co_speakers] == ["Carl Ostrander"]
    assert q.speaker_mention.text == "Holloway and Ostrander"


def test_reported_speech_mention_spans_both_titled_names():
    """'Senator Jane Holloway and Representative Carl Ostrander said that A': the mention is
    both titled names, not the last conjunct."""
    text = "Senator Jane Holloway and Representative Carl Ostrander said that the bill would fail."
    assert speakers(text) == [(["Jane Holloway", "Carl Ostrander"],
                               "Senator Jane Holloway and Representative Carl Ostrander")]


def test_inverted_frame_and_colon_lead_in():
    """'“A,” said X and Y.' and 'X and Y said on Monday: “A.”'."""
    both = ["Jane Holloway", "Carl Ostrander"]
    text = "“We will not vote,” said Senator Jane Holloway and Representative Carl Ostrander."
    assert [s for s, _ in speakers(text)] == [both]
    text = "Senator Jane Holloway and Representative Carl Ostrander said on Monday: “We are done.”"
    assert [s for s, _ in speakers(text)] == [both]


def test_list_of_three_and_a_floating_both():
    """'X, Y and Z wrote in a letter that A'; 'Both Lee and Wu said A' (the "both" on either
    side of the coordination is no conjunct)."""
    text = "Mayor Ann Lee, Tom Wu and Rita Moss wrote in a letter that the park must stay open."
    assert speakers(text) == [(["Ann Lee", "Tom Wu", "Rita Moss"],
                               "Mayor Ann Lee, Tom Wu and Rita Moss")]
    text = "Ann Lee and Tom Wu run the park board. Both Lee and Wu said the park must stay open."
    assert [s for s, _ in speakers(text)] == [["Ann Lee", "Tom Wu"]]
    text = "Ann Lee and Tom Wu run the park board. Lee and Wu both said the park must stay open."
    assert [s for s, _ in speakers(text)] == [["Ann Lee", "Tom Wu"]]


def test_organisations_and_groups_are_co_speakers():
    """'The Dover Port Authority and the state police said A': an organisation and a group."""
    text = "The Dover Port Authority and the state police said the ferry would stay docked."
    assert speakers(text) == [(["Dover Port Authority", "the state police"],
                               "The Dover Port Authority and the state police")]


def test_one_speaker_where_the_and_is_no_coordination_of_speakers():
    """A title's own "and", a name's own "and", two roles of one person, an "and" inside a
    prepositional phrase, and an "and" that joins two clauses each leave one speaker."""
    cases = [
        "Secretary of Health and Human Services Ann Lee said the plan would work.",
        "The Center for Economic and Policy Research found that the tax would raise money.",
        "The Dover Institute for Science and Technology said the park must stay open.",
        "The Organization for Economic Cooperation and Development noted that jobs were lost.",
        "Notes from the talks between Ann Lee and Tom Wu said the park must stay open.",
        "Real estate mogul and reality television star Tom Wu said the park must stay open.",
        "The talks between Ann Lee and Tom Wu, said one official, were tense.",
        "The board met in Dover, and Tom Wu said the park must stay open.",
        "Ann Lee, a lawyer and activist, said the park must stay open.",
        "Exit polls in Ohio and Iowa said the race was close.",
    ]
    for text in cases:
        for names, _ in speakers(text):
            assert len(names) <= 1, (text, names)


def test_they_after_a_coordinated_speaker_stands_for_all_of_them():
    """'X and Y said A. “B,” they said.': "they" is the two of them; after one person, it is
    nobody (as before)."""
    text = ("Jane Holloway and Carl Ostrander said on Monday that the bill would fail.\n\n"
            "“We are done,” they said.")
    assert [s for s, _ in speakers(text)] == [["Jane Holloway", "Carl Ostrander"]] * 2
    text = "Jane Holloway said the bill would fail. They said the vote would be close."
    assert [s for s, _ in speakers(text)][-1] == []


def test_records_and_csv_list_the_co_speakers():
    """The JSONL record keeps ``speaker`` (the first) and adds ``co_speakers`` and
    ``co_speaker_ids``; the CSV joins them with "|"; a single speaker has empty lists."""
    result = quotetrack.extract(_INTRO + "“We will not vote for it,” Holloway and Ostrander said.")
    (rec,) = result.records()
    assert rec["speaker"] == "Jane Holloway"
    assert rec["speaker_mention"] == "Holloway and Ostrander"
    assert rec["co_speakers"] == ["Carl Ostrander"]
    assert rec["co_speaker_ids"] == [result.quotes[0].co_speakers[0].id]
    buf = io.StringIO()
    CsvWriter(buf).write(result)
    (row,) = csv.DictReader(io.StringIO(buf.getvalue()))
    assert row["co_speakers"] == "Carl Ostrander"
    (single,) = quotetrack.extract("“We are done,” Jane Holloway said.").records()
    assert single["co_speakers"] == [] and single["co_speaker_ids"] == []


def test_graph_has_a_said_edge_from_each_speaker_and_no_about_edge_to_them():
    """Each co-speaker gets a ``said`` edge and counts the quote; none of them is what the
    quote is ``about``, though the quote names them ("Ostrander" is named in the frame, not
    in the quote)."""
    result = quotetrack.extract(_INTRO + "“We will not vote for it,” Holloway and Ostrander said.",
                                doc_id="a1")
    G = build_graph([result])
    said = sorted(G.nodes[u]["label"] for u, _, d in G.edges(data=True)
                  if d["relation"] == "said")
    assert said == ["Carl Ostrander", "Jane Holloway"]
    assert not [e for e in G.edges(data=True) if e[2]["relation"] == "about"]
    counts = {d["label"]: d["quote_count"] for _, d in G.nodes(data=True)
              if d["kind"] == "entity"}
    assert counts["Carl Ostrander"] == counts["Jane Holloway"] == 1


def test_graph_has_a_told_edge_from_each_speaker():
    """'“A,” Lee and Wu told Moss.': each of the two told Moss."""
    text = ("Ann Lee and Tom Wu run the park board. Mayor Rita Moss backs them. "
            "“The park stays,” Lee and Wu told Moss.")
    G = build_graph([quotetrack.extract(text, doc_id="a1")])
    told = sorted((G.nodes[u]["label"], G.nodes[v]["label"]) for u, v, d in G.edges(data=True)
                  if d["relation"] == "told")
    assert told == [("Ann Lee", "Rita Moss"), ("Tom Wu", "Rita Moss")]


def test_claim_store_finds_the_quote_by_either_speaker_and_gives_it_back_whole(tmp_path: Path):
    """``quotes(speaker=...)`` matches a co-speaker too; the stored quote has its co-speakers;
    ``query`` rows name them canonically; claims count them among their speakers."""
    result = quotetrack.extract(_INTRO + "“We will not vote for it,” Holloway and Ostrander said.",
                                doc_id="a1")
    with quotetrack.ClaimStore(tmp_path / "c.db") as store:
        store.add(result, source="Dover Ledger")
        (q,) = store.quotes(speaker="Ostrander")
        assert q == result.quotes[0]
        assert [e.name for e in q.co_speakers] == ["Carl Ostrander"]
        assert store.quotes(speaker="Holloway") == [q]
        (row,) = store.query(speaker="Carl Ostrander")
        assert row["speaker_entity"] == "Jane Holloway"
        assert row["co_speaker_entities"] == ["Carl Ostrander"]
        (claim,) = store.claims()
        assert set(claim.speakers) == {"Jane Holloway", "Carl Ostrander"}
        assert next(store.results()).quotes == result.quotes


def test_a_store_of_schema_one_gains_the_co_speaker_table(tmp_path: Path):
    """A store made before co-speakers (schema 1) is migrated when opened: its quotes keep
    working and new articles store their co-speakers."""
    db = tmp_path / "old.db"
    quotetrack.ClaimStore(db).close()
    con = sqlite3.connect(db)
    con.execute("DROP TABLE quote_speakers")
    for column in ("statement_start", "statement_end", "statement_text", "reported_by_seq",
                   "rm_start", "rm_end", "rm_text", "rm_form"):
        con.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    con.execute("DELETE FROM schema_migrations WHERE version >= 2")
    con.commit()
    con.close()
    with quotetrack.ClaimStore(db) as store:
        assert store.schema_version == quotetrack.store.SCHEMA_VERSION
        store.add(quotetrack.extract("Jane Holloway and Carl Ostrander said the bill would fail."))
        (q,) = store.quotes(speaker="Ostrander")
        assert [e.name for e in q.speakers] == ["Jane Holloway", "Carl Ostrander"]


# ---------------------------------------------------------------- the parsed path
_PARSED_TEXT = ("Jane Holloway and Carl Ostrander sponsored the bill. "
                "“We will not vote for it,” Holloway and Ostrander said.")
_FIRST = [("Jane", "Jane", "PROPN", 2, "compound", "B-PERSON"),
          ("Holloway", "Holloway", "PROPN", 6, "nsubj", "E-PERSON"),
          ("and", "and", "CCONJ", 5, "cc"), ("Carl", "Carl", "PROPN", 5, "compound", "B-PERSON"),
          ("Ostrander", "Ostrander", "PROPN", 2, "conj", "E-PERSON"),
          ("sponsored", "sponsor", "VERB", 0, "root"), ("the", "the", "DET", 8, "det"),
          ("bill", "bill", "NOUN", 6, "obj"), (".", ".", "PUNCT", 6, "punct")]


def _second(joined: bool) -> list[tuple]:
    """'“We will not vote for it,” Holloway and Ostrander said.': the names joined by
    ``conj`` as the subject of "said", or (a misparse) not joined at all."""
    return [("“", "“", "PUNCT", 5, "punct"), ("We", "we", "PRON", 5, "nsubj"),
            ("will", "will", "AUX", 5, "aux"), ("not", "not", "PART", 5, "advmod"),
            ("vote", "vote", "VERB", 12, "ccomp"), ("for", "for", "ADP", 7, "case"),
            ("it", "it", "PRON", 5, "obl"), (",", ",", "PUNCT", 5, "punct"),
            ("”", "”", "PUNCT", 5, "punct"),
            ("Holloway", "Holloway", "PROPN", 12 if joined else 5, "nsubj" if joined else "obl",
             "S-PERSON"),
            ("and", "and", "CCONJ", 11, "cc"),
            ("Ostrander", "Ostrander", "PROPN", 10 if joined else 12,
             "conj" if joined else "nsubj", "S-PERSON"),
            ("said", "say", "VERB", 0, "root"), (".", ".", "PUNCT", 12, "punct")]


def parsed_direct(joined: bool) -> quotetrack.Quote:
    """The direct quote of the hand-parsed text."""
    doc = quotetrack.from_conllu(_PARSED_TEXT, conllu(_PARSED_TEXT, [_FIRST, _second(joined)]))
    (q,) = [q for q in quotetrack.attribute_document(doc).quotes if q.kind == "direct"]
    return q


def test_parsed_path_credits_conjuncts_the_parse_joins():
    """On the parsed path the parse's ``conj`` joins the two names: both are credited."""
    q = parsed_direct(joined=True)
    assert [e.name for e in q.speakers] == ["Jane Holloway", "Carl Ostrander"]
    assert q.speaker_mention.text == "Holloway and Ostrander"


def test_parsed_path_keeps_one_speaker_when_the_parse_does_not_join_them():
    """A parse that does not join the names by ``conj`` leaves one speaker."""
    assert len(parsed_direct(joined=False).speakers) == 1


def test_parsed_reported_speech_extends_the_parse_subject_to_its_conjunct():
    """'Holloway and Ostrander said that A' parsed with "Holloway" as the subject: the
    mention grows to the conjunct the parse joins to it."""
    text = "Holloway and Ostrander said that the bill would fail."
    s = [("Holloway", "Holloway", "PROPN", 4, "nsubj", "S-PERSON"),
         ("and", "and", "CCONJ", 3, "cc"),
         ("Ostrander", "Ostrander", "PROPN", 1, "conj", "S-PERSON"),
         ("said", "say", "VERB", 0, "root"), ("that", "that", "SCONJ", 9, "mark"),
         ("the", "the", "DET", 7, "det"), ("bill", "bill", "NOUN", 9, "nsubj"),
         ("would", "would", "AUX", 9, "aux"), ("fail", "fail", "VERB", 4, "ccomp"),
         (".", ".", "PUNCT", 4, "punct")]
    doc = quotetrack.from_conllu(text, conllu(text, [s]))
    (q,) = quotetrack.attribute_document(doc).quotes
    assert q.speaker_mention.text == "Holloway and Ostrander"
    assert [e.name for e in q.speakers] == ["Holloway", "Ostrander"]
