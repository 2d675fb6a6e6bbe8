"""Round 27 speed work: what the fast paths rely on, on invented texts.

- The model-free annotator runs its three rare name passes (nicknames, Vietnamese names,
  peers' seats) only on sentences holding a word of their kind (``names._rare_kind``): each
  pass starts from such a word, so a sentence without one is left as the pass leaves it.
- ``CleanText.span_to_original`` clamps a span's ends by comparisons, as ``min``/``max``
  did.
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.clean import CleanText, clean_text
from quotetrack.parse import names, rules, tokenizer

TEXTS = [
    'Boxing champion Mick "Mad Dog" Doherty said the fight would go ahead. '
    '"I am ready," Doherty told reporters.',
    "HANOI — Nguyen Van An, a rice farmer, said the rains were late this year. "
    "Mr. An said he would wait. NGUYEN THI MAI, his neighbour, agreed.",
    "Lord Hadley of Brent said the bill was a poor one for the regions. "
    "Baroness Kemp of Ashby disagreed.",
    # near misses: a quote mark with no nickname, a family name with no middle name, a
    # title with no seat, and a text with none of them
    "Le Monde reported that “the talks” had stalled. Lord Byron wrote poems. "
    "Ho said the 'plan' was sound.",
    "Jane Doe said the council would vote on Tuesday. The mayor agreed.",
    'Coach Dre "The Hammer" Collins said the team was ready.',
    "Tran Van Minh Duc, a fisherman, said the boats stayed in port.",
]


def _rows_ungated(text: str) -> list[list[rules.Row]]:
    """What ``rules._rows`` gave before the gate: the three passes over every sentence."""
    sents = tokenizer._sentences(text)
    if not sents:
        return []
    infos = rules._infos(sents)
    namer = names._Namer(sents, infos)
    tags = namer.run()
    given: set[str] = set()
    for toks, tag_row in zip(sents, tags, strict=True):
        rules._join_nicknames(toks, tag_row)
        rules._vietnamese_names(toks, tag_row, given)
        rules._peers_seats(toks, tag_row)
    if given:
        for toks, tag_row in zip(sents, tags, strict=True):
            rules._titled_given_names(toks, tag_row, given)
    return rules._words(sents, infos, tags, namer)


@pytest.mark.parametrize("text", TEXTS)
def test_gated_passes_give_the_ungated_rows(text: str) -> None:
    assert rules._rows(text) == _rows_ungated(text)


@pytest.mark.parametrize("text", TEXTS)
def test_a_pass_changes_only_sentences_with_a_word_of_its_kind(text: str) -> None:
    sents = tokenizer._sentences(text)
    infos = rules._infos(sents)
    tags = names._Namer(sents, infos).run()
    changed = {"nick": 0, "viet": 0, "peer": 0}
    for toks, tag_row, info_row in zip(sents, tags, infos, strict=True):
        kinds = {inf.rare for inf in info_row}
        for name, kind, run in (
                ("nick", names._RARE_NICKNAME, lambda t, r: rules._join_nicknames(t, r)),
                ("viet", names._RARE_VIET, lambda t, r: rules._vietnamese_names(t, r, set())),
                ("peer", names._RARE_PEER, lambda t, r: rules._peers_seats(t, r))):
            after = list(tag_row)
            run(toks, after)
            if after != tag_row:
                changed[name] += 1
                assert kind in kinds, (name, [t for _, _, t in toks])
    # the texts make each pass change something somewhere
    if text is TEXTS[0]:
        assert changed["nick"] == 1
    if text is TEXTS[1]:
        assert changed["viet"] >= 1
    if text is TEXTS[2]:
        assert changed["peer"] >= 1


def test_rare_kinds() -> None:
    kind = names._rare_kind
    assert kind('"', '"') == kind("“", "“") == kind("‘", "‘") == kind("'", "'") == \
        names._RARE_NICKNAME
    assert kind("Nguyen", "nguyen") == kind("NGUYỄN", "nguyễn") == names._RARE_VIET
    assert kind("nguyen", "nguyen") == names._RARE_NONE  # (the pass asks for a capital)
    assert kind("Lord", "lord") == kind("BARONESS", "baroness") == names._RARE_PEER
    assert kind("said", "said") == kind("Van", "van") == kind("”", "”") == names._RARE_NONE
    # one kind a word is enough: no word is of two
    family = {w for w in names._VIET_FAMILY}
    assert not family & names._PEER_TITLES
    assert not family & set(names._NICKNAME_MARKS)
    assert not names._PEER_TITLES & set(names._NICKNAME_MARKS)


def test_rare_passes_outcomes() -> None:
    tracker = quotetrack.QuoteTracker(backend="rules")
    r = tracker(TEXTS[0])
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in r.quotes] == [
        ("indirect", 'Mick "Mad Dog" Doherty'), ("direct", 'Mick "Mad Dog" Doherty')]
    r = tracker(TEXTS[1])
    q = r.quotes[0]
    assert q.text == "the rains were late this year"
    assert q.speaker is not None and q.speaker.name == "Nguyen Van An"
    assert "An" in q.speaker.aliases  # "Mr. An" is him
    r = tracker(TEXTS[2])
    q = r.quotes[0]
    assert q.speaker is not None and q.speaker.name == "Hadley"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Lord Hadley of Brent"
    assert "Brent" in {e.name for e in r.entities if e.type == "GPE"}
    r = tracker(TEXTS[4])
    assert [(q.text, q.speaker.name if q.speaker else None) for q in r.quotes] == [
        ("the council would vote on Tuesday", "Jane Doe")]


@pytest.mark.parametrize("clean", [False, True])
def test_span_to_original_clamps(clean: bool) -> None:
    text = "A &amp; B said “yes”.\n\nC said no." if clean else "Jane Doe said yes."
    c = clean_text(text) if clean else CleanText.identity(text)
    n = len(c.text)

    def old(start: int, end: int) -> tuple[int, int]:
        return c.span_to_original(min(max(start, 0), n), min(max(end, 0), n))

    for start in (-5, -1, 0, 1, 3, n - 1, n, n + 1, n + 9):
        for end in (-3, 0, 2, 5, n - 1, n, n + 4):
            assert c.span_to_original(start, end) == old(start, end)
