"""What quotetrack finds in a short test text, in the shapes the tests compare."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest
from handparse import conllu

import quotetrack
from quotetrack.parse.rules import annotate, annotate_tokens


def reported(text: str) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement the rules find."""
    qs = quotetrack.extract(text).quotes
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in qs if q.kind == "indirect"]


def said(text: str) -> dict[str, str | None]:
    """Each statement or quote's text (marks stripped) with the speaker mention the
    model-free path gives it."""
    out = {}
    for q in quotetrack.QuoteTracker(backend="rules")(text).quotes:
        out[q.text.strip('"“”,. ')] = q.speaker_mention.text if q.speaker_mention else None
    return out


def parsed(text: str, rows) -> list[tuple[str, str | None]]:
    """(statement, speaker mention) of each reported statement read from a hand parse."""
    doc = quotetrack.from_conllu(text, conllu(text, [rows]))
    qs = quotetrack.attribute_document(doc).quotes
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in qs if q.kind == "indirect"]


def quotes(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Each quote's text to its (kind, speaker mention, speaker name)."""
    return {q.text: (q.kind, q.speaker_mention.text if q.speaker_mention else None,
                     q.speaker.name if q.speaker else None)
            for q in quotetrack.extract(text).quotes}


def direct_quotes(text: str) -> dict[str, tuple[str, str | None]]:
    """Each direct or mixed quote's text (marks and end punctuation stripped) with its kind
    and the speaker mention the model-free path gives it."""
    return {q.text.strip('"“”,. '): (q.kind, q.speaker_mention.text if q.speaker_mention
                                      else None)
            for q in quotetrack.QuoteTracker(backend="rules")(text).quotes
            if q.kind != "indirect"}


def direct_speakers(text: str) -> dict[str, str | None]:
    """Each direct or mixed quote's text (marks stripped) with the speaker mention the
    model-free path gives it."""
    return {text: mention for text, (_, mention) in direct_quotes(text).items()}


def parsed_direct_speakers(text: str, sentences: list[list[tuple]]) -> dict[str, str | None]:
    """The same on the parsed path, over a hand-written parse."""
    return {q.text.strip('"“”,. '): q.speaker_mention.text if q.speaker_mention else None
            for q in parsed_quotes(text, sentences)}


def upos(text: str, word: str) -> str:
    """The tag the model-free annotator gives the first token ``word`` of ``text``."""
    for sent in annotate_tokens(text):
        for w in sent:
            if w["text"] == word:
                return str(w["upos"])
    raise AssertionError(f"no token {word!r} in {text!r}")


def quote_rows(text: str, parsed: bool = False) -> list[tuple[str, str, str | None, str | None]]:
    """(text, kind, speaker mention, speaker name) of each quote found; ``parsed``: on the
    parsed path, over the model-free annotator's Document."""
    result = quotetrack.attribute_document(annotate(text)) if parsed else quotetrack.extract(text)
    return [(q.text, q.kind, q.speaker_mention.text if q.speaker_mention else None,
             q.speaker.name if q.speaker else None) for q in result.quotes]


def one_quote(text: str, piece: str) -> quotetrack.Quote:
    """The one quote of the default path that holds ``piece`` (the test fails on none or
    several)."""
    quotes = quotetrack.extract(text).quotes
    found = [q for q in quotes if piece in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def both_paths(text: str) -> list[list[tuple[str, str, str | None, str | None]]]:
    """:func:`quote_rows` of the default path and of the parsed path."""
    return [quote_rows(text), quote_rows(text, parsed=True)]


def parsed_quotes(text: str, sentences: list[list[tuple]],
                  kinds: tuple[str, ...] = ("direct", "mixed")) -> list[quotetrack.Quote]:
    """The quotes of the given kinds (direct and mixed unless told) of a hand-parsed
    Document."""
    doc = quotetrack.from_conllu(text, conllu(text, sentences))
    return [q for q in quotetrack.attribute_document(doc).quotes if q.kind in kinds]


def entities(text: str) -> list[tuple[str, str]]:
    """(words, type) of each entity the model-free annotator finds in ``text``."""
    found: list[tuple[str, str]] = []
    words: list[str] = []
    for sent in annotate_tokens(text):
        for word in sent:
            ner = word.get("ner", "O")
            if ner == "O":
                continue
            words.append(word["text"])
            if ner[0] in "ES":
                found.append((" ".join(words), ner[2:]))
                words = []
    return found


def style_cases(expected: list[tuple], not_yet: dict[tuple[str, str], str]) -> list[object]:
    """One pytest case per expected attribution (article, piece, kind, mention, name) of a
    news-style test module, a strict xfail where ``not_yet`` names its open cause."""
    params = []
    for article, piece, kind, mention, name in expected:
        marks = []
        if (article, piece) in not_yet:
            marks.append(pytest.mark.xfail(strict=True, reason=not_yet[article, piece]))
        params.append(pytest.param(article, piece, kind, mention, name, marks=marks,
                                   id=f"{article}:{piece[:24]}"))
    return params


def attribution_test(articles: dict[str, str], expected: list[tuple],
                     not_yet: dict[tuple[str, str], str],
                     parsed: bool = False) -> Callable[..., None]:
    """The test of a news-style module: one case per expected attribution (see
    :func:`style_cases`), each checked with :func:`check_attribution` against what the
    default path finds in its article, read once per article.  Bind it to a module-level
    name starting with ``test_``.

    The table's format: each expected attribution is an article's name, a piece of the
    quote's text, its kind, the speaker mention and the speaker entity's name (``None``
    where the case does not check it; a tuple where more than one reading is right; kind
    ``None``: no quote holds the piece, or, with a mention or name given, the kind is not
    checked); ``not_yet`` maps (article, piece) to the reason of a strict xfail.
    ``parsed``: the same cases on the parsed path, over the model-free annotator's
    Document."""
    @cache
    def found_in(article: str) -> tuple[tuple[str, str, str | None, str | None], ...]:
        return tuple(quote_rows(articles[article], parsed))

    @pytest.mark.parametrize("article, piece, kind, mention, name",
                             style_cases(expected, not_yet))
    def test_attribution(article: str, piece: str, kind: str | None, mention: object,
                         name: object) -> None:
        """The quote that holds ``piece`` has the expected kind, mention and speaker; or,
        for a kind of ``None`` and no speaker, no quote holds it."""
        check_attribution(found_in(article), piece, kind, mention, name)

    return test_attribution


def statement_cases(rows: list[tuple], not_yet: dict[tuple[str, str], str]) -> list[object]:
    """``rows`` as pytest cases, a strict xfail for each row whose (article, piece) ``not_yet``
    names with its open cause."""
    return [pytest.param(*row, marks=pytest.mark.xfail(reason=not_yet[row[:2]], strict=True))
            if row[:2] in not_yet else row for row in rows]


def _statement_content(text: str) -> str:
    """A reported statement's words without the quote marks, stops and "that" around them."""
    text = text.strip(' .,;:\n"“”')
    return text[5:] if text.startswith("that ") else text


def statement_test(quotes_of: Callable[[str], tuple[quotetrack.Quote, ...]],
                   expected: list[tuple], not_yet: dict[tuple[str, str], str]
                   ) -> Callable[..., None]:
    """The test of a reported-speech style module: one case per expected statement (article,
    piece, mention, cue, first, last), checked against ``quotes_of(article)``: the quote
    that holds ``piece`` is indirect, its speaker mention and cue are the expected ones (one
    of them where the value lists several, split by "|"), and its content, without "that",
    starts with ``first`` and ends with ``last`` (each skipped when None); ``not_yet`` maps
    (article, piece) to the reason of a strict xfail.  Bind it to a module-level name
    starting with ``test_``."""
    @pytest.mark.parametrize("article, piece, mention, cue, first, last",
                             statement_cases(expected, not_yet))
    def test_statement(article: str, piece: str, mention: str, cue: str, first: str | None,
                       last: str | None) -> None:
        """The quote holding ``piece`` is an indirect statement with the expected speaker
        mention, cue and content bounds."""
        quotes = quotes_of(article)
        found = [q for q in quotes if piece in q.text]
        assert found, [q.text for q in quotes]
        q = found[0]
        assert q.kind == "indirect", (q.kind, q.text)
        assert q.speaker_mention is not None and q.speaker_mention.text in mention.split("|"), \
            (q.speaker_mention, q.text)
        assert q.cue is not None and q.cue.text in cue.split("|"), (q.cue, q.text)
        if first is not None:
            assert _statement_content(q.text).startswith(first), q.text
        if last is not None:
            assert _statement_content(q.text).endswith(last), q.text

    return test_statement


def speaker_and_relay(q: quotetrack.Quote) -> tuple[str | None, str | None]:
    """(speaker mention, reporter mention) of a quote, as their texts."""
    return (q.speaker_mention.text if q.speaker_mention else None,
            q.reported_by_mention.text if q.reported_by_mention else None)


def relay_rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, kind, speaker mention, relay mention) of each quote the default path finds in
    ``text``."""
    return [(q.text, q.kind, *speaker_and_relay(q)) for q in quotetrack.extract(text).quotes]


def _agrees(expected: object, got: str | None) -> bool:
    """Whether a found mention or name is the expected one (or one of a tuple of them)."""
    if isinstance(expected, tuple):
        return got in expected
    return got == expected


def check_attribution(rows: tuple[tuple[str, str, str | None, str | None], ...], piece: str,
                      kind: str | None, mention: object, name: object) -> None:
    """Assert that the quote among ``rows`` (see :func:`quote_rows`) holding ``piece`` has
    the expected kind, mention and speaker name (each skipped when None); or, when all
    three are None, that no quote holds it."""
    found = [q for q in rows if piece in q[0]]
    if kind is None and mention is None and name is None:
        assert not found, found
        return
    assert found, rows
    _, got_kind, got_mention, got_name = found[0]
    if kind is not None:
        assert got_kind == kind, found[0]
    if mention is not None:
        assert _agrees(mention, got_mention), found[0]
    if name is not None:
        assert _agrees(name, got_name), found[0]


def offset_spans(result: quotetrack.ArticleResult) -> list[tuple[int, int, str]]:
    """(start, end, text) of every quote, cue, speaker and addressee mention and entity
    mention of ``result``: the spans whose offsets must point into the user's text."""
    spans = []
    for q in result.quotes:
        spans.append((q.start, q.end, q.text))
        for m in (q.cue, q.speaker_mention, q.addressee_mention):
            if m is not None:
                spans.append((m.start, m.end, m.text))
    for ent in result.entities:
        spans += [(m.start, m.end, m.text) for m in ent.mentions]
    return spans


def speaker_types(result: quotetrack.ArticleResult,
                  text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted text, speaker entity name, speaker type) of each quote of ``result``, whose
    offsets must point into ``text``."""
    out = []
    for q in result.quotes:
        assert text[q.start:q.end] == q.text
        out.append((q.text, q.speaker.name if q.speaker is not None else None,
                    q.speaker.type if q.speaker is not None else None))
    return out


def entity_types(result: quotetrack.ArticleResult) -> set[tuple[str, str]]:
    """(name, type) of each entity of ``result``."""
    return {(e.name, e.type) for e in result.entities}
