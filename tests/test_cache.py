"""The parse cache: Stanza parses kept as CoNLL-U, keyed by text and parser configuration."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from conftest import TOY_MODELS, need

from quotetrack import QuoteTracker
from quotetrack.parse.cache import ParseCache, parser_fingerprint
from quotetrack.parse.rules import annotate
from quotetrack.pipeline import attribute_document

ARTICLE = (
    "City council votes on budget\n\n"
    "“We will win the vote,” Jane Doe said on Monday.\n\n"
    "Council member Tom Reed said that the plan would fail. "
    '"It is over," he told reporters.\n'
)
CONFIG = '{"parser": "test"}'


@pytest.fixture(scope="module")
def toy_tracker_factory():
    need(TOY_MODELS / "resources.json", "the toy Stanza models")

    def make(cache):
        return QuoteTracker(backend="stanza", model_dir=str(TOY_MODELS), cache=cache)
    return make


def records(result):
    return result.records()


def test_round_trip_keeps_the_attributions(tmp_path):
    """A Document read back from the cache attributes exactly as the one stored."""
    cache = ParseCache(tmp_path)
    doc = annotate(ARTICLE)
    cache.put(ARTICLE, CONFIG, doc)
    back = cache.get(ARTICLE, CONFIG)
    assert back is not None and cache.hits == 1
    assert attribute_document(back).records() == attribute_document(doc).records()
    # sentences without a parse come back without one (CoNLL-U writes placeholder heads)
    assert all(w.head is None for s in back.sentences for w in s.words)


def test_key_depends_on_text_and_config(tmp_path):
    """Another text or another parser configuration is a miss."""
    cache = ParseCache(tmp_path)
    cache.put(ARTICLE, CONFIG, annotate(ARTICLE))
    assert cache.get(ARTICLE + " ", CONFIG) is None
    assert cache.get(ARTICLE, '{"parser": "other"}') is None
    assert cache.misses == 2
    assert ParseCache.key("a", "b") != ParseCache.key("ab", "")


def test_files_are_plain_conllu_not_pickle(tmp_path):
    """The cache holds gzipped CoNLL-U text, readable without running any code."""
    cache = ParseCache(tmp_path)
    cache.put(ARTICLE, CONFIG, annotate(ARTICLE))
    (path,) = [p for p in Path(tmp_path).rglob("*") if p.is_file()]
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    assert "# text = " in text and "start_char=" in text


@pytest.mark.parametrize("damage", [b"", b"not gzip", gzip.compress(b"1\tbroken\n\n")])
def test_damaged_file_is_a_miss_and_is_rewritten(tmp_path, damage):
    """A truncated or foreign cache file counts as a miss; the next put replaces it."""
    cache = ParseCache(tmp_path)
    doc = annotate(ARTICLE)
    cache.put(ARTICLE, CONFIG, doc)
    cache.path(cache.key(ARTICLE, CONFIG)).write_bytes(damage)
    assert cache.parse(ARTICLE, CONFIG, annotate) is not None
    assert cache.misses == 1
    assert cache.get(ARTICLE, CONFIG) is not None


def test_unwritable_cache_only_costs_speed(tmp_path):
    """put() on a folder that cannot be written is silent; get() misses."""
    cache = ParseCache(tmp_path / "c")
    (tmp_path / "c").chmod(0o500)
    try:
        cache.put(ARTICLE, CONFIG, annotate(ARTICLE))
    finally:
        (tmp_path / "c").chmod(0o700)


def test_rules_fingerprint_names_the_annotator():
    """The model-free annotator's fingerprint carries quotetrack's version and a source digest."""
    fp = parser_fingerprint(annotate)
    assert "quotetrack.parse.rules.annotate" in fp and '"source"' in fp and '"quotetrack"' in fp


def test_rules_backend_does_not_use_the_cache(tmp_path):
    """Annotating is faster than reading a parse back: the model-free path never caches."""
    tracker = QuoteTracker(backend="rules", cache=str(tmp_path))
    tracker(ARTICLE)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_stanza_parse_is_reused(tmp_path, toy_tracker_factory):
    """With Stanza, the second run of the same text is read from the cache with the same result."""
    first = toy_tracker_factory(str(tmp_path))
    a = first(ARTICLE)
    assert first.cache.misses == 1 and first.cache.hits == 0
    second = toy_tracker_factory(str(tmp_path))
    b = second(ARTICLE)
    assert second.cache.hits == 1 and second.cache.misses == 0
    assert records(a) == records(b)
    fp = second._cache_config
    assert '"stanza"' in fp and "pos" in fp and '"models"' in fp and str(TOY_MODELS) in fp


def test_parse_many_goes_through_the_cache(tmp_path, toy_tracker_factory):
    """Batched parsing (extract_many with Stanza) stores and reuses parses too."""
    from quotetrack.parallel import extract_many

    texts = [ARTICLE, ARTICLE.replace("Jane", "Ann")]
    kw = dict(backend="stanza", model_dir=str(TOY_MODELS), cache=str(tmp_path))
    a = [r.records() for r in extract_many(texts, **kw)]
    files = [p for p in tmp_path.rglob("*.gz")]
    assert len(files) == 2
    b = [r.records() for r in extract_many(texts, **kw)]
    assert a == b


def test_cli_cache_option(tmp_path, capsys, toy_tracker_factory):
    """extract --cache DIR with Stanza fills DIR on the first run and gives the same output on
    the second."""
    from quotetrack.cli import main

    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    argv = ["extract", str(art), "--format", "jsonl", "--backend", "stanza",
            "--model-dir", str(TOY_MODELS), "--cache", str(tmp_path / "cache")]
    assert main(argv) == 0
    first, _ = capsys.readouterr()
    assert len(list((tmp_path / "cache").rglob("*.gz"))) == 1
    assert main(argv) == 0
    second, _ = capsys.readouterr()
    assert first == second
