"""Round 32 speed shortcuts (h64-wrd), pinned at their edges.

- ``Words`` joins a parser's false sentence split at a parenthesis only in a text that holds
  a ")": each split it joins has a ")" word, so a text without one skips the pass.
- ``ArticleEntities`` looks for a joint poll's makers ("a Kestrel Times/Harbor Ledger poll")
  only when a name run ends at a "/" or "-", and searches the text for "polling" without
  case only when its lower-cased text holds it (``entity_words._may_hold_polling``).
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.entity_words import _POLLING, _may_hold_polling
from quotetrack.tokens import Words, _join_split_parentheses
from tests.handparse import conllu, spec_rows


def _words(text: str, specs: list[str]) -> Words:
    return Words(quotetrack.from_conllu(text, conllu(text, [spec_rows(s) for s in specs])))


def test_false_split_after_parenthesis_still_joined() -> None:
    text = "Sen. Ann Veld (D-Ore.) said the dam would hold."
    words = _words(text, [
        "Sen./PROPN/3/compound Ann/PROPN/3/compound Veld/PROPN/0/root (/PUNCT/5/punct "
        "D-Ore./PROPN/3/appos )/PUNCT/5/punct",
        "said/VERB/0/root the/DET/3/det dam/NOUN/5/nsubj would/AUX/5/aux hold/VERB/1/ccomp "
        "./PUNCT/1/punct"])
    assert words.sentences == [(0, 12)]
    assert {w.sent for w in words.words} == {0}


def test_split_without_parenthesis_kept() -> None:
    # the other side of the shortcut: no ")" in the text, the sentences stay as parsed,
    # which is what the joining pass gives them too
    text = "Sen. Ann Veld [D-Ore.] said the dam would hold."
    words = _words(text, [
        "Sen./PROPN/3/compound Ann/PROPN/3/compound Veld/PROPN/0/root [/PUNCT/5/punct "
        "D-Ore./PROPN/3/appos ]/PUNCT/5/punct",
        "said/VERB/0/root the/DET/3/det dam/NOUN/5/nsubj would/AUX/5/aux hold/VERB/1/ccomp "
        "./PUNCT/1/punct"])
    assert words.sentences == [(0, 6), (6, 12)]
    assert _join_split_parentheses(words.words, words.sentences, words._parsed) == \
        (words.sentences, words._parsed)


@pytest.mark.parametrize("text", [
    "Polling shows it.", "the POLLING firm", "a pOlLiNg place", "no such word here",
    "poll ing", "pollıng", "POLLİNG", "polls and pollsters", "", "Pollings"])
def test_polling_prefilter_never_hides_a_match(text: str) -> None:
    if _POLLING.search(text) is not None:
        assert _may_hold_polling(text)
    if not _may_hold_polling(text):
        assert _POLLING.search(text) is None


@pytest.mark.parametrize("text", [
    # a poll's noun after the joint ("poll"), or "polling" alone (no poll noun to index)
    "A Kestrel Times/Harbor Ledger poll found that most voters back the plan.",
    "Kestrel Times/Harbor Ledger polling found that most voters back the plan.",
])
def test_joint_poll_makers_still_joined(text: str) -> None:
    result = quotetrack.extract(text)
    assert ("Kestrel Times/Harbor Ledger", "ORG") in {(e.name, e.type) for e in result.entities}
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Kestrel Times/Harbor Ledger"]


def test_hyphenated_name_without_poll_stays_a_person() -> None:
    # a run ending at a "-" word but no poll noun: the makers' pass finds nothing to join
    result = quotetrack.extract("Nina Roe-Vale said the plan would pass.")
    assert [(e.name, e.type) for e in result.entities] == [("Nina Roe-Vale", "PERSON")]
    assert [q.speaker.name for q in result.quotes if q.speaker] == ["Nina Roe-Vale"]
