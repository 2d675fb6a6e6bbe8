"""Real stanza.Pipelines, built offline from the models in ../shared (skipped when missing)."""

from __future__ import annotations

import logging

import pytest
from conftest import REAL_TOKENIZER, TOY_MODELS, need

import quotetrack.pipeline as pipeline_mod
from quotetrack import PartialDocumentWarning, QuoteTracker
from quotetrack.clean import clean_span
from quotetrack.parse.stanza_pipeline import PROCESSORS, build_pipeline, models_available

ARTICLE = (
    "City council votes on budget\n\n"
    "“We will win the vote,” Jane Doe said on Monday.\n\n"
    "Council member Tom Reed said that the plan would fail. "
    '"It is over," he told reporters.\n'
)
# The same story with scraped-page junk: a hover card, a no-break space, CRLF line ends.
JUNKY = (
    "Mayor Ann BellAnn BellBell opens new library Council votes on budget MORE said on Monday "
    "that the library would open in May.\r\n\r\n"
    "“It is a great day,” Ann\u00a0Bell said.\r\n"
)


@pytest.fixture(scope="module")
def tokenizer_nlp():
    """Stanza's real English tokenize,mwt models, loaded once."""
    need(REAL_TOKENIZER / "resources.json", "Stanza's English tokenize,mwt models")
    return build_pipeline(REAL_TOKENIZER, processors="tokenize,mwt")


@pytest.fixture(scope="module")
def toy_nlp():
    """The whole processor chain with toy weights, loaded once."""
    need(TOY_MODELS / "resources.json", "the toy Stanza models")
    return build_pipeline(TOY_MODELS)


def assert_well_formed(result, text: str) -> None:
    """Every quote is well-formed and all its offsets slice ``text`` (cleaned)."""
    n = len(text)
    last = (-1, -1)
    for q in result.quotes:
        assert q.kind in ("direct", "mixed", "indirect")
        assert 0 <= q.start < q.end <= n
        assert clean_span(text[q.start:q.end]) == q.text
        assert 0.0 <= q.confidence <= 1.0
        assert (q.start, q.end) >= last
        last = (q.start, q.end)
        for m in (q.speaker_mention, q.addressee_mention, q.cue):
            if m is not None:
                assert 0 <= m.start <= m.end <= n
                assert clean_span(text[m.start:m.end]) == m.text
    for ent in result.entities:
        for m in ent.mentions:
            assert 0 <= m.start <= m.end <= n
            assert clean_span(text[m.start:m.end]) == m.text


# ------------------------------------------------------ real tokenizer models
def test_real_tokenizer_finds_quotes_with_exact_offsets(tokenizer_nlp):
    """With Stanza's real tokenizer, the article's quotes are found and slice the input exactly
    (a Document without a parse: read as the default path reads its text, with a notice)."""
    with pytest.warns(PartialDocumentWarning, match="no dependency parse"):
        result = QuoteTracker(nlp=tokenizer_nlp)(ARTICLE)
    texts = [q.text for q in result.quotes]
    assert "“We will win the vote,”" in texts
    assert '"It is over,"' in texts
    for q in result.quotes:
        assert ARTICLE[q.start:q.end] == q.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert ARTICLE[m.start:m.end] == m.text
        if q.cue is not None:
            assert ARTICLE[q.cue.start:q.cue.end] == q.cue.text
    first = next(q for q in result.quotes if q.text.startswith("“We"))
    assert first.kind == "direct"
    assert first.speaker_mention is not None and first.speaker_mention.text == "Jane Doe"
    assert first.cue is not None and first.cue.text == "said"
    assert_well_formed(result, ARTICLE)


def test_tokenize_only_pipeline_still_names_speakers(tokenizer_nlp):
    """A tokenize-only Document (no POS, NER or parse) is read as the default path reads its
    text, with a notice, so speakers resolve."""
    with pytest.warns(PartialDocumentWarning):
        result = QuoteTracker(nlp=tokenizer_nlp)(ARTICLE)
    first = next(q for q in result.quotes if q.text.startswith("“We"))
    assert first.speaker is not None and first.speaker.name == "Jane Doe"


def test_real_tokenizer_offsets_survive_cleaning(tokenizer_nlp):
    """Hover-card junk, a no-break space and CRLF are cleaned; offsets still slice the input."""
    with pytest.warns(PartialDocumentWarning):
        result = QuoteTracker(nlp=tokenizer_nlp)(JUNKY)
    assert result.text == JUNKY
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert direct and direct[0].text == "“It is a great day,”"
    for q in result.quotes:
        assert "MORE" not in q.text
    assert_well_formed(result, JUNKY)


def test_tracker_with_nlp_reports_stanza_backend(tokenizer_nlp):
    """A tracker given a pipeline says it uses the stanza backend."""
    assert QuoteTracker(nlp=tokenizer_nlp).backend == "stanza"


# ----------------------------------------------------- full chain, toy weights
def test_toy_full_chain_runs_and_quotes_are_well_formed(toy_nlp):
    """The whole tokenize..ner chain runs end to end; every quote it yields is well-formed."""
    assert set(toy_nlp.processors) >= set(PROCESSORS.split(","))
    for text in (ARTICLE, JUNKY):
        result = QuoteTracker(nlp=toy_nlp)(text, doc_id="toy")
        assert result.doc_id == "toy"
        assert result.text == text
        assert_well_formed(result, text)


def test_toy_pipeline_document_goes_through_the_tracker(toy_nlp):
    """A Document parsed by the user with Stanza is accepted as tracker input."""
    doc = toy_nlp(ARTICLE)
    words = [w for s in doc.sentences for w in s.words]
    assert words and all(w.upos and w.lemma is not None and w.deprel and w.head is not None
                         for w in words)
    assert all(t.ner for s in doc.sentences for t in s.tokens)
    result = QuoteTracker(backend="rules")(doc)
    assert result.text == ARTICLE
    assert_well_formed(result, ARTICLE)


# ------------------------------------------------------------ model discovery
def test_models_available_on_shared_folders():
    """models_available is true only when every asked-for processor's model is present."""
    need(REAL_TOKENIZER / "resources.json", "Stanza's English tokenize,mwt models")
    need(TOY_MODELS / "resources.json", "the toy Stanza models")
    assert models_available(REAL_TOKENIZER, "tokenize,mwt")
    assert not models_available(REAL_TOKENIZER)  # no pos/lemma/depparse/ner there
    assert models_available(TOY_MODELS)
    assert models_available(TOY_MODELS, "tokenize,mwt,pos")


def test_models_available_false_on_empty_or_broken_folder(tmp_path):
    """An empty folder, a broken resources.json or an empty processor folder mean no models."""
    assert not models_available(tmp_path)
    assert not models_available(tmp_path / "missing")
    (tmp_path / "resources.json").write_text("{not json", encoding="utf-8")
    assert not models_available(tmp_path, "tokenize")
    (tmp_path / "resources.json").write_text('{"en": {}}', encoding="utf-8")
    (tmp_path / "en" / "tokenize").mkdir(parents=True)
    assert not models_available(tmp_path, "tokenize")
    (tmp_path / "en" / "tokenize" / "x.pt").write_bytes(b"")
    assert models_available(tmp_path, "tokenize")


def test_auto_backend_falls_back_with_a_notice(tmp_path, caplog, monkeypatch):
    """backend="auto" without models uses the model-free annotator and logs the notice once."""
    monkeypatch.setattr(pipeline_mod, "_notice_given", False)
    with caplog.at_level(logging.WARNING, logger="quotetrack"):
        tracker = QuoteTracker(backend="auto", model_dir=str(tmp_path))
        QuoteTracker(backend="auto", model_dir=str(tmp_path))
    assert tracker.backend == "rules"
    notices = [r for r in caplog.records if "quotetrack download" in r.getMessage()]
    assert len(notices) == 1
    assert notices[0].name == "quotetrack"
    (q,) = [q for q in tracker('"We will win the vote," Jane Doe said.').quotes]
    assert q.speaker.name == "Jane Doe"


def test_build_pipeline_without_models_says_how_to_get_them(tmp_path):
    """build_pipeline without models raises FileNotFoundError naming `quotetrack download`."""
    with pytest.raises(FileNotFoundError, match="quotetrack download") as exc:
        build_pipeline(tmp_path)
    assert str(tmp_path) in str(exc.value)


def test_stanza_backend_without_models_raises(tmp_path):
    """backend="stanza" does not silently fall back: it raises like build_pipeline."""
    with pytest.raises(FileNotFoundError, match="quotetrack download"):
        QuoteTracker(backend="stanza", model_dir=str(tmp_path))
