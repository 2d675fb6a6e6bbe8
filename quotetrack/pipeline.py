"""QuoteTracker: the stages in order, from article text to attributed quotes.

text -> clean -> parse (Stanza | a user's Document | CoNLL-U | model-free) ->
quote spans -> cues and speakers -> entities -> :class:`ArticleResult`.
"""

from __future__ import annotations

import bisect
import logging
import re
import warnings
from collections.abc import Callable
from typing import Any

import attrs
from stanza.models.common.doc import Document

from ._memory import paused_gc
from .attribute import (
    CRY_OF_X,
    CRY_REASON,
    PERSON_GOES_ON,
    PERSON_OPEN,
    REFUSAL_REASON,
    Attribution,
    Attributor,
    Found,
    is_cue_word,
    is_title,
)
from .attribute.reported import HEADLINE_TEASER_DASH
from .attribute.words import (
    _PERSON_OWNING_PRONOUNS,
    _POSSESSIVE_PRONOUNS,
    _REMARK_NOUNS,
    _possessive_mark,
)
from .clean import CleanText, clean_text
from .entity_words import _plural_noun, is_group_noun
from .lexicon import (
    FIRST_AND_SECOND_PERSON,
    MESSAGE_NOUNS,
    NAME_ADVERBS,
    NAMING_FORMS,
    NOUN_POSTMODIFIERS,
    POLL_NOUNS,
    RELEASE_FORMS,
    REPORTING_VERB_FORMS,
    SPEAKER_NOUNS,
    THOUGHT_VERBS,
    TITLES,
    VENUE_PREPOSITIONS,
)
from .model import ArticleResult, Mention, Quote, Span
from .parse.conllu import from_conllu as _document_from_conllu
from .parse.stanza_pipeline import MODELS_HINT, models_available
from .quotes import QuoteSpan, find_quotes, is_double, multi_paragraph_groups
from .resolve import ArticleEntities, to_entities
from .tokens import Word, Words
from .transcripts import (
    QA_LINE,
    TURN_LABEL,
    TURNS_MIN,
    ends_turn,
    qa_label_kind,
    qa_transcript,
)

log = logging.getLogger("quotetrack")

BACKENDS = ("auto", "rules", "stanza")
_SCARE_QUOTE_WORDS = 4
#: The most words a quoted fragment with no verb of speech in its clause may have and
#: still read as a scare quote rather than someone's words (a lower confidence).
_SCARE_FRAGMENT_WORDS = 3
_notice_given = False


class QuoteTracker:
    """Extracts quotes and their speakers from articles.

    Args:
        nlp: a ``stanza.Pipeline`` to parse with (overrides ``backend``).
        backend: ``"auto"`` (Stanza when its English models are installed, else the
            model-free annotator, with one notice), ``"rules"`` or ``"stanza"``.
        model_dir: Stanza resources folder for ``backend="stanza"``/``"auto"``.
        clean: remove scraped-page junk (hover cards, credits) before parsing.
        cache: a :class:`~quotetrack.parse.cache.ParseCache` or a folder: Stanza
            parses are kept there and reused (see :meth:`parse`).

    Example:
        >>> tracker = QuoteTracker(backend="rules")
        >>> result = tracker('"We will win," Jane Doe said.')
        >>> result.quotes[0].speaker.name
        'Jane Doe'
    """

    def __init__(self, nlp: Any = None, backend: str = "auto", model_dir: str | None = None,
                 clean: bool = True, cache: Any = None) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        self.clean = clean
        self._parse: Callable[[str], Document]
        if nlp is not None:
            self.backend = "stanza"
            self._parse = nlp
        elif backend == "stanza" or (backend == "auto" and models_available(model_dir)):
            from .parse.fast import StanzaParser  # issue #6: only what attribution needs, batched

            self.backend = "stanza"
            self._parse = StanzaParser(model_dir)
        else:
            if backend == "auto":
                _notice_once()
            from .parse.rules import annotate

            self.backend = "rules"
            self._parse = annotate
        self.cache = cache  # issue #6: see parse()

    def __call__(self, article: str | Document, doc_id: str | None = None,
                 metadata: dict[str, Any] | None = None) -> ArticleResult:
        """Attribute the quotes of one article (its text, or a parsed Document)."""
        if isinstance(article, Document):
            return attribute_document(article, doc_id=doc_id, metadata=metadata)
        if not isinstance(article, str):
            raise TypeError("expected article text or a stanza Document, not "
                            f"{type(article).__name__}")
        with paused_gc(collect=True):  # the Document is made and dropped inside
            return self._extract(article, doc_id, metadata)

    def _extract(self, article: str, doc_id: str | None,
                 metadata: dict[str, Any] | None) -> ArticleResult:
        cleaned = clean_text(article) if self.clean else clean_text_identity(article)
        words = self._annotated_words(cleaned.text)
        if words is not None:
            return _attribute_words(words, cleaned, doc_id, metadata)
        return attribute_document(self.parse(cleaned.text), cleaned=cleaned, doc_id=doc_id,
                                  metadata=metadata)

    def _annotated_words(self, text: str) -> Words | None:
        """The model-free annotator's words of ``text`` (cleaned), read without building the
        Stanza Document that attribution would only read back; None when this tracker
        parses otherwise (another backend or parser, a subclass's own :meth:`parse`) or the
        annotator's fast Document is not known to match (then :meth:`parse` as before)."""
        if self.backend == "rules" and type(self).parse is QuoteTracker.parse:
            from .parse import rules

            if self._parse is rules.annotate:
                return rules.annotate_words(text)
        return None

    # -- parse hook (issue #6): a parse cache sits between parsing and attribution.
    def parse(self, text: str) -> Document:
        """The Document of ``text`` (already cleaned), from the parse cache when one is set."""
        if self.cache is not None and self.backend == "stanza":
            from .parse.cache import cached_parse

            return cached_parse(self, text)
        return self._parse(text)


def _notice_once() -> None:
    global _notice_given
    if not _notice_given:
        log.warning(MODELS_HINT)
        _notice_given = True


def clean_text_identity(text: str) -> CleanText:
    """A CleanText that changes nothing."""
    return CleanText.identity(text)


_DEFAULT: dict[str, QuoteTracker] = {}


def extract(text: str | Document, backend: str = "rules", doc_id: str | None = None,
            metadata: dict[str, Any] | None = None) -> ArticleResult:
    """Quotes and speakers of one article with a shared default tracker.

    The default backend is the model-free annotator: no model download is needed.
    Pass ``backend="auto"`` to use Stanza when its English models are installed.
    """
    tracker = _DEFAULT.get(backend)
    if tracker is None:
        tracker = _DEFAULT[backend] = QuoteTracker(backend=backend)
    return tracker(text, doc_id=doc_id, metadata=metadata)


def from_conllu(text: str, conllu: str) -> Document:
    """A Stanza Document over ``text`` from CoNLL-U as Stanza writes it."""
    return _document_from_conllu(text, conllu)


# ---------------------------------------------------------------------------
def attribute_document(doc: Document, cleaned: CleanText | None = None,
                       doc_id: str | None = None,
                       metadata: dict[str, Any] | None = None) -> ArticleResult:
    """Quotes and entities of a parsed Document.

    ``cleaned`` maps the Document's text back to the user's text; without it the
    Document's own text is the user's text.
    """
    with paused_gc():
        return _attribute(doc, cleaned, doc_id, metadata)


def _outside_names(spans: list[QuoteSpan], words: Words) -> list[QuoteSpan]:
    """The quote spans but a nickname in quote marks inside a person's name (the tagger's
    one name 'Mick "Mad Dog" Doherty'): no one's words, and the name stays whole as the
    speaker's mention."""
    ws = words.words
    n = len(ws)
    if not n:
        return spans
    kept = []
    for q in spans:
        i = words.index_at(q.start)
        j = words.index_at(max(q.start, q.end - 1))
        if 0 < i <= j < n - 1 and j - i <= 5 and ws[i - 1].ner in PERSON_OPEN \
                and ws[j + 1].ner in PERSON_GOES_ON:
            continue
        kept.append(q)
    return kept


class PartialDocumentWarning(UserWarning):
    """A Document given to attribution lacks a layer that quotetrack fills or replaces from
    its model-free annotator (see :func:`attribute_document`); filter it with
    ``warnings.simplefilter("ignore", PartialDocumentWarning)``."""


#: The message of the :class:`PartialDocumentWarning` for a Document with no dependency parse.
NO_PARSE_NOTICE = ("the Document has no dependency parse: its quotes are attributed on the "
                   "model-free annotator's reading of its text (the default path), which "
                   "the surface rules are measured on; add depparse to the pipeline to use "
                   "the parsed rules")


def _attribute(doc: Document, cleaned: CleanText | None, doc_id: str | None,
               metadata: dict[str, Any] | None) -> ArticleResult:
    words = Words(doc)
    if not words.has_parse and words.words and _tagged_elsewhere(doc, words):
        # A Document without a dependency parse in any sentence ("tokenize,ner",
        # "tokenize,pos,lemma,ner", tokenize only): the surface rules on its own tags and
        # tokens did worse than on the model-free annotator's (PolNeAR train, Stanza's tags
        # without the parse: speaker accuracy .959 against the default path's .968), so it
        # is read as the default path reads its text, and the user is told once.  (Not
        # the annotator's own Document, from `annotate` or a parse cache: it is that reading.)
        from .parse import rules

        warnings.warn(PartialDocumentWarning(NO_PARSE_NOTICE), stacklevel=3)
        fallback = rules.annotate_words(words.text)
        words = fallback if fallback is not None else Words(rules.annotate(words.text))
    return _attribute_words(words, cleaned, doc_id, metadata)


def _tagged_elsewhere(doc: Document, words: Words) -> bool:
    """True when a Document without a parse is not the model-free annotator's: some word
    has no part of speech (a tokenize-only pipeline) or its first sentence has treebank
    tags (``xpos``, which Stanza's pos processor writes and the annotator never does)."""
    if not words.complete:
        return True
    first = next((s for s in doc.sentences if s.words), None)
    return first is not None and any(w.xpos for w in first.words)


#: Pronouns that, after a person's verb of speech, mostly stand for that person ("Roe said
#: he had told Doe A"): no relay.
_SELF_PRONOUNS = frozenset({"he", "she", "i", "we"})

#: Relative pronouns that may close a speaker's mention ("a slide show that predicted A").
_CLOSING_RELATIVES = frozenset({"that", "which", "who"})
#: Heads of an unnamed group a "who" may stand for that are no plural noun ("23 percent
#: who said", "those who say", "the 30% who").
_SHARE_HEADS = frozenset({"percent", "%", "those", "others", "many", "most", "some"})


#: Reasons of a frame after its quote ('“A,” said X.', '“A,” X said.'; on the parsed path the
#: cue that governs the quote).
_FRAME_AFTER_REASONS = frozenset({"said X", "X said", "X said (parse)",
                                  "cue governs quote (parse)"})


def _lost_closer_groups(attributor: Attributor, words: Words, spans: list[QuoteSpan],
                        starts: list[int]) -> list[list[QuoteSpan]]:
    """The multi-paragraph chains of ``spans``, with a chain's last paragraph split off
    when it is a new speaker's quote: '“A,” said Ada Lind. “B.¶“C,” said Bo Crane.' -- the
    quote opened after Lind's frame lost its closing mark, and the next paragraph's quote,
    closed and framed by a name the paragraph before never gave, is Crane's (not the
    continuation the open mark promised).  Only where the chain opens after a closed quote
    of its own paragraph (so Lind's frame stands before it); a pronoun frame ('“C,” she
    said') or the same name again ('said Lind') keeps the chain."""
    groups = multi_paragraph_groups(spans)
    if len(groups) == len(spans):
        return groups  # no chain (the common case)
    text, out = words.text, []
    for group in groups:
        first, last = group[0], group[-1]
        k = bisect.bisect_left(starts, first.start)
        para = text.rfind("\n", 0, first.start) + 1
        if len(group) < 2 or not last.close_mark or k == 0 or spans[k - 1].end <= para or \
                spans[k - 1].continued or not spans[k - 1].close_mark:
            out.append(group)
            continue
        tail, _ = attributor.attribute_quote(last)
        name = None if tail.speaker is None or tail.reason not in _FRAME_AFTER_REASONS or \
            tail.speaker[0] < words.index_at(last.end) else \
            words.words[tail.speaker[0]:tail.speaker[1]]
        if not name or not name[0].text[:1].isupper() or name[0].lower in _SELF_PRONOUNS or \
                name[-1].text in text[para:first.start]:
            out.append(group)
            continue
        out += [group[:-1], [last]]
    return out


def _without_relative(words: Words, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker's span without a relative pronoun that closes it ("[a slide show] that
    predicted A"): the mention keeps the pronoun, the speaker is the noun phrase."""
    a, b = span
    if b - a > 1 and words.words[b - 1].lower in _CLOSING_RELATIVES:
        return a, b - 1
    return span


def _after_last_break(words: Words, a: int, b: int) -> int:
    """The first word of the speaker phrase [a, b) after its last line break: a parser that
    runs a sentence over a paragraph break ("12:00 p.m.\\n\\nDemocratic presidential
    candidate Ann Roe said") gives no speaker a timestamp or the line before it."""
    text, ws = words.text, words.words
    for k in range(b - 1, a, -1):
        if "\n" in text[ws[k - 1].end:ws[k].start]:
            return k
    return a


#: Dependents that stay in the noun phrase of a party or nationality word ("the [Kentucky]
#: Republican", "[one] [senior] Democrat", "[another] [New Hampshire] Republican").
_DEMONYM_PHRASE_DEPRELS = frozenset({"det", "compound", "amod", "nummod", "flat"})


def _demonym_phrase_start(words: Words, a: int) -> int:
    """The first word of the noun phrase that a lone singular party or nationality word at
    ``a`` heads, when a parser tagged only that word ("the Kentucky [Republican] said", "one
    senior [Democrat] said"): the phrase says whom it means (the Kentucky senator the story
    named, someone new), where the word alone is the party.  ``a`` itself otherwise (not
    "Republicans", "the Chinese", or a word the parse hangs elsewhere)."""
    ws = words.words
    w = ws[a]
    if w.ner != "S-NORP" or w.lower.endswith("s") or not w.is_capitalised:
        return a
    s0 = words.sentences[w.sent][0]
    k = a
    while k > s0 and a - k < 6 and ws[k - 1].deprel in _DEMONYM_PHRASE_DEPRELS and \
            k <= ws[k - 1].head <= a:
        k -= 1
    return k


#: Words that may open the mention of a joint poll before its first maker.
_JOINT_OPENERS = frozenset({"a", "an", "the", "another"})


def _joint_maker_start(words: Words, a: int) -> int:
    """The first word of a joint maker's mention whose span starts at ``a`` right after a
    "/" (a tokenizer that splits at "/" cut "a Kestrel Times/WXRB News poll" to "WXRB News
    poll"): the makers before the "/" too ("Kestrel Times/"), with "the"/"of" between two
    capitalised words and an article before them ("a", "the", "another"), with up to two
    adjectives after it ("the latest", "a new national"); ``a`` itself
    otherwise (not "and / or", nor a "/" set off by spaces).  Only for a mention that
    holds a poll's noun (the caller checks): "Lakeside/[Kordia]" stays the last name."""
    ws = words.words
    k = a
    while k >= 2 and ws[k - 1].text == "/" and ws[k - 1].end == ws[k].start and \
            ws[k].is_capitalised and ws[k - 2].end == ws[k - 1].start and \
            ws[k - 2].is_capitalised and ws[k - 2].sent == ws[a].sent:
        k -= 2
        while k > 0 and a - k < 10 and ws[k - 1].sent == ws[a].sent and (
                ws[k - 1].is_capitalised and ws[k - 1].lower not in _JOINT_OPENERS or
                ws[k - 1].lower in ("the", "of") and k >= 2 and ws[k - 2].is_capitalised and
                ws[k - 2].lower not in _JOINT_OPENERS or
                ws[k - 1].text in ("-", "&")):
            k -= 1
    j = k
    while k < a and j > 0 and k - j < 2 and ws[j - 1].upos == "ADJ" and \
            not ws[j - 1].is_capitalised:
        j -= 1  # "a [recent] Kestrel Times/WXRB News poll"
    return j - 1 if k < a and j > 0 and ws[j - 1].lower in _JOINT_OPENERS else k


def _joint_maker_end(words: Words, b: int) -> int:
    """The end of a joint maker's mention that stops at the "/" at ``b`` ("according to
    [a Kestrel University]/Lakeview Globe poll"): past the makers after it and the poll's
    noun right after them; ``b`` itself when no poll's noun ends them ("Lakeside/Kordia":
    a joint credit, whose last name the mention keeps naming)."""
    ws = words.words
    n = len(ws)
    e = b
    while e + 1 < n and ws[e].text == "/" and ws[e - 1].end == ws[e].start and \
            ws[e].end == ws[e + 1].start and ws[e - 1].is_capitalised and \
            ws[e + 1].is_capitalised and ws[e + 1].sent == ws[b].sent:
        e += 2
        while e < n and e - b < 10 and ws[e].sent == ws[b].sent and (
                ws[e].is_capitalised and ws[e].lower not in POLL_NOUNS or
                ws[e].lower in ("the", "of") and e + 1 < n and ws[e + 1].is_capitalised or
                ws[e].text in ("-", "&")):
            e += 1
    return e + 1 if e > b and e < n and ws[e].lower in POLL_NOUNS else b


#: Parts of speech of the words a title runs over before the name it titles ("Former
#: Florida governor", "Blaze co-host", "ranking Democrat", "Sen.", "$15").
_TITLE_RUN_UPOS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "SYM"})
#: Participles that make part of a title ("ranking Democrat", "organizing director"), unlike
#: a verb with the person as its object ("polls showing rival Sen. Ann Roe").
_TITLE_PARTICIPLES = frozenset({"ranking", "organizing", "managing", "presiding", "acting",
                                "commanding", "founding", "governing", "reigning", "outgoing",
                                "incoming", "visiting", "leading", "consulting", "supervising"})


def _name_after_title(words: Words, a: int, b: int) -> int:
    """The end of the person's name right after a speaker phrase [a, b) that only titles
    them, when a parser hung the name apart ("Former Florida governor [Jeb Doe]", "said
    Oversight ranking Democrat [Ann Roe]", "Clinton campaign chairman [Tom Lee]", "Blaze
    co-host [Tom Lee]", "Fight for $15 organizing director [Ann Roe]"): the person speaks,
    not the title, the place or the body before it.  ``b`` when no such name follows: a
    verb, a comma or a preposition stops the title ("a spokesman for Mayor Ann Roe", "the
    governor told Tom Lee", "a friend of Tom Lee's")."""
    ws = words.words
    if ws[b - 1].is_pronoun:
        return b
    s1 = words.sentences[ws[b - 1].sent][1]
    j = b
    while j < s1 and j - b < 6 and ws[j].ner[2:] != "PERSON":
        w = ws[j]
        if not (w.upos in _TITLE_RUN_UPOS and (not w.is_punct or w.text == "$") or
                w.lower in _TITLE_PARTICIPLES or
                # "Fight for $15 organizing director": a body's own name, capitalised
                w.lower in ("for", "of") and ws[j - 1].is_capitalised and j + 1 < s1 and
                ws[j + 1].upos != "DET"):
            return b
        j += 1
    if j == s1 or ws[j].ner[:2] not in ("B-", "S-") or ws[j].ner[2:] != "PERSON":
        return b
    prev = ws[j - 1]
    if prev.upos not in ("NOUN", "PROPN") or prev.ner[2:] not in ("", "NORP") or \
            j == b and ws[b - 1].ner[2:] == "PERSON":
        return b  # (not "Tom Lee Ann Roe": two names)
    if prev.is_capitalised and any(ws[k].lower in ("for", "of") for k in range(b, j)):
        return b  # "Supporters of Sen. Ann Roe", "Centers for ... Director": no title of hers
    if any(ws[k].ner[2:] == "PERSON" for k in range(a, b)) and \
            any(ws[k].is_capitalised for k in range(b, j)):
        # "Tom Lee campaign manager Ann Roe" titles her in lower case; "Tom Lee Slams Ann
        # Roe" is a headline in title case
        return b
    if j - a >= 5 and all(ws[k].is_capitalised for k in range(a, j)):
        return b  # "Tom Lee Finally Endorses House Speaker Ann Roe": a headline
    e = j + 1
    while e < s1 and ws[e].ner[2:] == "PERSON" and ws[e].ner[:2] in ("I-", "E-"):
        e += 1
    if e < s1 and ws[e].text in ("'s", "’s", "'", "’"):
        return b  # "Former governor Jeb Doe's aide": no name of the speaker
    return e


def _attribute_words(words: Words, cleaned: CleanText | None, doc_id: str | None,
                     metadata: dict[str, Any] | None) -> ArticleResult:
    text = words.text
    if cleaned is None:
        cleaned = clean_text_identity(text)
    if not words.complete or words.names_missing:
        # a pipeline without pos, lemma or ner, or sentences StanzaParser left untagged:
        # the model-free annotator supplies the POS, lemmas and names they lack (every
        # NER tag when no word has an entity: a Document whose tags are all "O")
        from .parse.rules import annotate

        words.borrow_tags(annotate(text))
    spans = _outside_names(find_quotes(text), words)
    attributor = Attributor(words, spans)
    ents = ArticleEntities(words, hover_card_names(cleaned), [(q.start, q.end) for q in spans])
    found = _find_all(attributor, spans, words, ents.names_person_called)
    to_orig = cleaned.span_to_original

    quotes: list[tuple[Found, Any, Mention | None, float, Any, Mention | None, list[Any],
                       Any, Mention | None]] = []
    for f in found:
        # "Reuters reported that Moon said A": Moon's words, which Reuters relays; not
        # "Doe said she told Roe that A", Doe's own words
        nested = attributor.nested_report(f)
        relay: tuple[Any] | None = None  # the relay's cluster, when not its mention's own
        if nested is not None and nested.attribution.reported_by is not None and \
                nested.attribution.speaker is not None:
            outer = nested.attribution.reported_by
            by = _speaker_cluster(ents, words, text, *outer)[0]
            inner = nested.attribution.speaker
            if by is not None and outer[1] - outer[0] == 1 and outer[0] >= inner[1] and \
                    words.words[outer[0]].lower in ("he", "she") and \
                    by is _speaker_cluster(ents, words, text, *inner)[0]:
                # '“A,” Ada Obi said, she writes': the "she" after the inner frame is the
                # writer who relays Ada Obi, someone named before her (or no one known)
                by = ents.resolve(*outer, at=inner[0])[0]
                relay = (by,)
            self_report = by is not None and by.type == "PERSON" and outer[0] < inner[0] and \
                words.words[inner[0]].lower in _SELF_PRONOUNS and \
                f.attribution.cue is not None and \
                words.words[f.attribution.cue[0]].lower != "according"
            if not self_report and \
                    (by is None or by is not _speaker_cluster(ents, words, text, *inner)[0]):
                # (not "Roe, contradicting Doe, said he had told Doe A": a person's "he" or
                # "I" in her own report is mostly the person herself)
                f = nested
        att = f.attribution
        reporter = rmention = None
        if att.reported_by is not None:
            a, b = _without_relative(words, att.reported_by)
            reporter, form, _ = _speaker_cluster(ents, words, text, a, b)
            if relay is not None and f is nested:
                reporter = relay[0]
            s, e = words.words[a].start, words.words[b - 1].end
            rmention = Mention(*to_orig(s, e), text[s:e], form)  # type: ignore[arg-type]
        cluster = mention = addressee = amention = None
        co: list[Any] = []
        factor = 1.0
        if att.speaker is not None and not ents.expletive_it(*att.speaker):
            # ("It is fair to say A": an "it" that holds a clause's place speaks for no one)
            a, b = att.speaker
            if b - a > 1 and words.words[a].text == "as" and words.words[a].upos == "NOUN":
                a += 1       # "The rules, as Mr. Sykes said, ...": the annotator's noun "as"
            if b - a > 1 and "\n" in text[words.words[a].start:words.words[b - 1].start]:
                a = _after_last_break(words, a, b)
            cue0 = att.cue[0] if att.cue is not None else a
            over_cue = a < cue0 < b
            if over_cue:
                # "[Trump Says] He Will Win", "[Pastor Wants Girl Scout Leaders ...]": a
                # title-case headline the parser read as one noun phrase around its verb;
                # the speaker ends before the cue, and before an adverb ("Roe Just Said")
                b = cue0
                while b - a > 1 and (words.words[b - 1].lower in NAME_ADVERBS or
                                     words.words[b - 1].lower == "just"):
                    b -= 1
            if b - a == 1:
                a = _demonym_phrase_start(words, a)  # "the Kentucky Republican said"
            if a >= 2 and words.words[a - 1].text == "/" and \
                    any(w.lower in POLL_NOUNS for w in words.words[a:b]):
                a = _joint_maker_start(words, a)  # "a Kestrel Times/[WXRB News poll]"
            if b < len(words.words) - 1 and words.words[b].text == "/":
                b = _joint_maker_end(words, b)  # "according to [a Kestrel Times]/WXRB poll"
            # "[Hundreds] of protesters chanted": the parse's head with its "of" phrase
            head_end = b
            b = of_end = attributor.of_phrase_end(a, b)
            b = _name_after_title(words, a, b)  # "said Blaze co-host Tom Lee"
            speaker_span = (a, b)
            # "Beck, who has said ...": the mention is "who", the speaker is Beck
            antecedent = attributor.antecedent_of(speaker_span)
            rel = a
            if antecedent is None and words.words[a].lower in ("who", "which") and b - a == 1:
                # "Roe, who sued the city, and who said A": the earlier relative's noun
                earlier = attributor.coordinated_relative(a)
                if earlier is not None:
                    antecedent = attributor.antecedent_of((earlier, earlier + 1), whose=True)
                    rel = earlier if antecedent else a
                elif a >= 2 and words.words[a - 1].text == "%" and \
                        words.words[a - 2].upos == "NUM":
                    antecedent = (a - 2, a)  # "compared with 38% who said A": the share
            held = None if antecedent else attributor.relative_holder(speaker_span)
            if held is not None:
                # "The nurse who quit because she believed A": the one the "who" stands for,
                # when of her gender (not "Doe, who sued Roe because he ...")
                cl = _speaker_cluster(ents, words, text, *held)[0]
                gender = "male" if words.words[a].lower == "he" else "female"
                if cl is None or cl.type in ("PERSON", "GROUP") and cl.gender in (None, gender):
                    antecedent = held
            # "Doe and Roe said": each of them spoke, and the mention is the whole phrase
            conjuncts = None if antecedent else attributor.speaker_conjuncts(speaker_span, att.cue)
            if conjuncts:
                a, b = conjuncts[0][0], conjuncts[-1][1]
            s, e = words.words[a].start, words.words[b - 1].end
            if antecedent and not conjuncts and words.words[a].lower == "who" and \
                    words.words[antecedent[1]].text == ",":
                # "particularly Govs. Ann Lee and Tom Reed, who say A": both of them, the
                # mention staying "who"
                conjuncts = attributor.speaker_conjuncts(antecedent, None, relative=True)
            resolved = [_speaker_cluster(ents, words, text, *_without_relative(words, span))
                        for span in conjuncts or [antecedent or speaker_span]]
            person = ents.person_set_off_before(rel) \
                if antecedent and words.words[a].lower == "who" else None
            if person is not None:
                # "Ann Roe, a Texas banker who said": the person the banker is set off after
                resolved[0] = (person, *resolved[0][1:])
            cluster, form, factor = resolved[0]
            if over_cue and cluster is not None and not conjuncts and antecedent is None and \
                    words.words[cue0].text in cluster.name.split():
                # the headline's whole run tagged as one name ("Pastor Wants Girl Scout
                # Leaders ..." an organisation): the words before the cue, as any untagged
                # name or group noun
                cluster = None
                untagged = ents.untagged_name(a, b)
                if untagged is not None:
                    cluster = ents.group_cluster(untagged[0], untagged[2], untagged[1])
                elif is_group_noun(words.words[a:b]):
                    cluster = ents.group_cluster(text[s:e], s)
                resolved[0] = (cluster, form, factor)
            if of_end > head_end and antecedent is None and not conjuncts and (
                    cluster is None or any(ents.cluster_in(k, k + 1) is cluster
                                           for k in range(head_end, of_end))):
                # "40 percent of Clinton voters", "the former CEO of Acme", "Backers of
                # the bill": no one the "of" phrase names speaks, but the group the whole
                # phrase names, else whoever the words before "of" give
                cluster, form, factor = ents.resolve(a, head_end)
                if cluster is None and (is_group_noun(words.words[a:head_end]) or
                                        attributor.counts_a_group(head_end - 1) and
                                        is_group_noun(words.words[a:b])):
                    cluster = ents.group_cluster(text[s:e], s)
                resolved[0] = (cluster, form, factor)
            if cluster is None and antecedent is not None and not conjuncts and \
                    words.words[a].lower in _CLOSING_RELATIVES:
                cluster = _relative_speaker(attributor, ents, words, text, antecedent, a)
            for cl, _, f_cl in resolved:
                if cl is None or cl is cluster or cl in co:
                    continue
                if cluster is None:
                    cluster, factor = cl, f_cl
                else:
                    co.append(cl)
            if cluster is not None and cluster.type == "PERSON" and antecedent is not None \
                    and words.words[a].lower == "which":
                # "the president of the Carvers Union, which endorsed A": a "which" never
                # stands for a person, so the organisation its antecedent names, else no
                # one ("records released in July, which showed A": not a "July")
                g0, g1 = words.words[antecedent[0]].start, words.words[antecedent[1] - 1].end
                cluster = next((cl for cl in reversed(ents.clusters_in_span(g0, g1))
                                if cl.type in ("ORG", "GROUP")), None)
            pair = cluster is None and not co and \
                tuple(w.lower for w in words.words[a:b]) in _PAIR_MENTIONS
            if pair or form == "pronoun" and words.words[a].lower == "they" and (
                    cluster is None or ents.latest_speaker_relative(s)):
                # "Doe and Roe said A. They added B": the two of them again; else the
                # plural subject before it ("Democratic leaders met. They said"), also
                # over a group that spoke only through a "who" ("those who say A.
                # Democratic senators met. They said": the senators)
                together = (ents.speakers_together(s) if cluster is None else ()) or \
                    ents.plural_subject_before(a)
                if together:
                    cluster, co = together[0], list(together[1:])
            if cluster is not None and cluster.type == "GROUP" and b - a == 2 and \
                    words.words[a].lower == "the" and words.words[a + 1].lower in _ISSUED_TEXTS:
                # "the statement said" after "a statement from the Lee family" or "the
                # family said in a statement": the one who issued it
                issuers = _statement_issuer(attributor, ents, words, text, a, cluster)
                if issuers:
                    cluster, co = issuers[0], issuers[1:]
            mention = Mention(*to_orig(s, e), text[s:e], form)  # type: ignore[arg-type]
            if cluster is not None:
                ents.note_speakers(s, [cluster, *co])
        if att.addressee is not None:
            a, b = att.addressee
            addressee = ents.cluster_in(a, b)
            s, e = words.words[a].start, words.words[b - 1].end
            amention = Mention(*to_orig(s, e), text[s:e], ents.mention_form(a, b))  # type: ignore[arg-type]
            if addressee is not None and att.cue is not None and \
                    words.words[att.cue[0]].lemma == "ask" and \
                    (f.kind == "indirect" or addressee.type == "PERSON"):
                # "A reporter asked Doe whether A. “No,” she said": the one asked answers;
                # so after '“A?” X asked Jane Doe.'
                ents.note_speaker(s, addressee)
        quotes.append((f, cluster, mention, att.confidence * factor, addressee, amention, co,
                       reporter, rmention))

    entities = to_entities(ents.clusters, to_orig)
    out: list[Quote] = []
    for f, cluster, mention, conf, addressee, amention, co, reporter, rmention in quotes:
        att = f.attribution
        cue = None
        if att.cue is not None:
            a, b = att.cue
            s, e = words.words[a].start, words.words[b - 1].end
            cue = Span(*to_orig(s, e), text[s:e])
        speaker = entities.get(cluster.id) if cluster is not None else None
        own = {cl.id for cl in (cluster, *co) if cl is not None}
        # a mixed quote is about whom its whole statement names ("said Marsh would sign it
        # “the day it reaches his desk”": Marsh)
        s0, s1 = f.statement or (f.start, f.end)
        about = tuple(cl.id for cl in ents.clusters_in_span(s0, s1) if cl.id not in own)
        statement = Span(*to_orig(s0, s1), text[s0:s1]) if f.statement else None
        ostart, oend = to_orig(f.start, f.end)
        # (every field by position, in the class's order: sixteen keywords cost about as
        # much again as the object itself, for each quote of every article)
        out.append(Quote(
            ostart, oend, text[f.start:f.end], f.kind, cue,  # start, end, text, kind, cue
            speaker, mention,  # speaker, speaker_mention
            entities.get(addressee.id) if addressee is not None else None,  # addressee
            amention,  # addressee_mention
            round(conf if speaker or mention else 0.0, 3),  # confidence
            about, att.reason,  # about, reason
            tuple(entities[cl.id] for cl in co if cl.id in entities),  # co_speakers
            statement,  # statement
            entities.get(reporter.id) if reporter is not None else None,  # reported_by
            rmention))  # reported_by_mention
    out.sort(key=lambda q: (q.start, q.end))
    return ArticleResult(text=cleaned.original, quotes=tuple(out),
                         entities=tuple(entities.values()), doc_id=doc_id,
                         metadata=dict(metadata or {}))


def _relative_speaker(attributor: Attributor, ents: ArticleEntities, words: Words, text: str,
                      np: tuple[int, int], rel: int) -> Any:
    """The speaker a relative pronoun stands for when its antecedent ``np`` names no one
    the resolver knows: the subject a copula gives the antecedent as its predicate ("Doe
    is a serial liar and bully who has pledged A": Doe), else, for a "who", the unnamed
    people the antecedent names, as a group of their own ("23 percent who said A", "those
    who say A", "the “bigots” who oppose A"); None for one unnamed person or thing ("the
    political neophyte who", "the push, which": no name to give)."""
    sub = attributor.copula_subject(np)
    if sub is not None:
        cl = _speaker_cluster(ents, words, text, *sub)[0]
        if cl is not None:
            return cl
    if words.words[rel].lower != "who":
        return None
    ws = [w for w in words.words[np[0]:np[1]] if not w.is_punct or w.text == "%"]
    gap = words.words[np[1]:rel]
    if not ws or len(gap) > 1 or gap and not gap[0].is_punct:
        return None  # (a parse's antecedent away from the "who": "their minds ... who")
    head = ws[-1]
    if head.is_capitalised or head.upos not in ("NOUN", "NUM", "PRON", "DET", "SYM") or \
            not (_plural_noun(head.lower) or head.lower in _SHARE_HEADS):
        return None
    g0, g1 = ws[0].start, head.end
    return ents.group_cluster(text[g0:g1], g0)


#: Mentions of two people named before ("The two each said A", "Both said A"): the two
#: who spoke together last, else the pair a sentence before names, as for a "they".
_PAIR_MENTIONS = frozenset({("the", "two"), ("both",), ("the", "pair"), ("the", "two", "men"),
                            ("the", "two", "women")})
#: Texts someone issues that a later "the statement said" speaks for ("a statement from X",
#: "X said in a statement"); how many words back the earlier one is looked for.
_ISSUED_TEXTS = frozenset({"statement", "release"})
_ISSUED_LOOKBACK = 400
#: Words between an issued text and the "from" or "by" that names who issued it.
_ISSUING_WORDS = frozenset({"issued", "released", "put", "out", "sent", "posted", "late",
                            "on", "behalf", "of", "signed"})


def _statement_issuer(attributor: Attributor, ents: ArticleEntities, words: Words, text: str,
                      a: int, text_cluster: Any) -> list[Any]:
    """Who issued the statement a mention "the statement" at word ``a`` (a "the" before its
    noun) refers back to: the one after "from" or "by" that the latest earlier mention of
    that noun names ("a statement from the Lee family", "a statement issued by the Hale
    campaign", "a statement on behalf of the family"), else the one who spoke in that
    mention's sentence ("the family said in a statement that", "In a statement, Doe said");
    empty when no earlier mention or none of these; several for "Doe and Roe issued a
    statement"."""
    ws = words.words
    noun = ws[a + 1].lower
    in_quote = attributor.in_quote
    k = next((x for x in range(a - 1, max(-1, a - _ISSUED_LOOKBACK), -1)
              if ws[x].lower == noun and in_quote[x] < 0), None)
    if k is None:
        return []
    j = k + 1
    while j < len(ws) and ws[j].lower in _ISSUING_WORDS and j - k < 5:
        j += 1
    if j < len(ws) and (ws[j].lower in ("from", "by") or ws[j - 1].lower == "of" and
                        ws[j - 2].lower == "behalf"):
        j += ws[j].lower in ("from", "by")
        end = j
        while end < len(ws) and end - j < 8 and not ws[end].is_punct and in_quote[end] < 0 and \
                (ws[end].upos in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or
                 ws[end].lower in ("'s", "’s")):
            end += 1
        if end > j:
            issuer = _speaker_cluster(ents, words, text, j, end)[0]
            if issuer is not None:
                return [issuer]
    d = k - 1
    while d > 0 and ws[d].upos in ("ADJ", "NOUN") and k - d < 3:
        d -= 1  # "a written statement", "a joint statement", "a campaign statement"
    if d < 1 or ws[d].lower not in ("a", "an"):
        return []  # "the Times said Cook provided the statement": whose is unsaid
    s0, s1 = words.sentences[ws[k].sent]
    if ws[d - 1].lower == "in":
        # "the family said in a statement", "In a statement, Doe said": that sentence's
        # speaker
        said = ents.speaker_between(ws[s0].start, ws[s1 - 1].end, text_cluster)
        return [] if said is None else [said]
    if ws[d - 1].lower in RELEASE_FORMS:
        # "President Obama released a statement": the subject of the verb that put it out
        end = d - 1
        while end > s0 and ws[end - 1].upos in ("ADV", "AUX"):
            end -= 1  # "Doe has also issued a statement"
        if end > s0 + 1 and ws[end - 1].text == "," and ws[end - 2].upos == "PROPN":
            end -= 1  # "Her husband, Tom Lee, released a statement": the name set off
        start = end
        while start > s0 and end - start < 6 and ws[start - 1].upos in ("PROPN", "NOUN"):
            start -= 1
        while start > s0 and end - start < 8 and ws[start - 1].upos in ("DET", "ADJ"):
            start -= 1
        if start < end:
            # "Doe and Roe issued a statement": both of them
            parts = attributor.speaker_conjuncts((start, end), (d - 1, d)) or [(start, end)]
            found = [_speaker_cluster(ents, words, text, *p)[0] for p in parts]
            return [cl for cl in found if cl is not None]
    return []


def _speaker_cluster(ents: ArticleEntities, words: Words, text: str, a: int, b: int
                     ) -> tuple[Any, str, float]:
    """(cluster, mention form, confidence factor) of a speaker mention at word span [a, b):
    a named or resolved entity, or a cluster made for a capitalised name no tagger marked or
    for an unnamed source ("officials")."""
    cluster, form, factor = ents.resolve(a, b)
    if cluster is None and form in ("noun", "role", "name"):
        untagged = ents.untagged_name(a, b)
        if untagged is not None:
            cluster = ents.group_cluster(untagged[0], untagged[2], untagged[1])
        elif form != "name" and is_group_noun(words.words[a:b]) and \
                words.words[b - 1].lower not in NOUN_POSTMODIFIERS:
            # (not "one of" cut from "one of his aides": no group's name)
            # named after the antecedent of a "who", not after "who"
            g0, g1 = words.words[a].start, words.words[b - 1].end
            cluster = ents.group_cluster(text[g0:g1], g0)
    return cluster, form, factor


def hover_card_names(cleaned: CleanText) -> dict[int, str]:
    """Names that link hover cards gave, keyed by where the card sat in the cleaned text.

    A card glued to "President Trump" starts with its link's title, "Donald
    Trump": a fuller name for the mention it followed.
    """
    out: dict[int, str] = {}
    original = cleaned.original
    for s, e in cleaned.removed:
        if " MORE" not in original[s:e]:
            continue
        k = s
        while k > 0 and original[k - 1].isalpha():
            k -= 1
        word = original[k:s]
        if not word or not word[0].isupper():
            continue
        p = original.find(word, s, min(e, s + 120))
        if p <= s:
            continue
        title = re.sub(r"\s*\([^)]*\)", "", original[s:p + len(word)]).strip()
        if 2 <= len(title.split()) <= 5:
            out[cleaned.to_cleaned(s)] = title
    return out


def _find_all(attributor: Attributor, spans: list[QuoteSpan], words: Words,
              names_person_called: Callable[[str], bool]) -> list[Found]:
    """Direct and mixed quotes, then reported speech, without double counting."""
    reported = attributor.reported_speech()
    # reported clauses with quoted words: each quoted fragment is a mixed quote
    mixed = [r for r in reported if r.kind == "mixed"]
    # (not 'Investigators say that [he told one agent], “A.”': the quote's frame)
    reported = [_past_qa_label(words.text, r) for r in reported
                if r.kind != "mixed" and not attributor.frame_before_quote(r)]
    # reported statements with a speaker, by where they end (for continuations)
    attributed = sorted((f for f in reported if f.attribution.speaker), key=lambda f: f.end)
    attributed_ends = [f.end for f in attributed]
    found: list[Found] = []
    previous: Found | None = None  # the last attributed quote
    double_style = _quotes_in_double_marks(spans)
    starts = [span.start for span in spans]
    text = words.text
    head_end = text.find("\n", len(text) - len(text.lstrip()))
    head_end = len(text) if head_end < 0 else head_end
    # single marks are a headline's custom only where the body quotes in double ones (not
    # in a text that quotes in single marks throughout, as British papers do)
    body = spans[bisect.bisect_right(starts, head_end):]
    head_singles = not body or _quotes_in_double_marks(body)
    for group in _lost_closer_groups(attributor, words, spans, starts):
        first, last = group[0], group[-1]
        owner = attributor.remark_owner(words.index_at(first.start), words.index_at(last.end))
        if owner is not None:
            # "Critics recalled Doe's “...” remark": the possessor's words, whoever recalls
            # them, title case too ("Doe’s “Vote Doe” rallying cry")
            found.append(Found(first.start, last.end, "mixed", owner))
            continue
        if len(group) == 1 and _is_media_title(words.text, first) and \
                _line_label_speaker(attributor, words, first) is None:
            # "told ABC’s “This Week”": a programme, not speech; but the headline
            # "Doe: Smith’s ‘Hateful Rhetoric’ Hurts Party" quotes its speaker
            continue
        if len(group) == 1 and _is_heading(words, first, double_style):
            continue  # "‘A fight to the finish.’" on a line of its own: a heading
        if _names_the_source(words.text, first):
            continue  # "according to her “clawback” plan": the source's name, not its words
        if _on_an_item(words.text, first):
            continue  # "wearing a “Vote Doe” hat": a slogan on a thing, not said there
        if _GLOSS_BEFORE.search(words.text, max(0, first.start - _GLOSS_CHARS), first.start):
            continue  # "“Basta,” Spanish for “enough”": the writer's translation
        if first.start > 0 and words.text[first.start - 1] == "=" or \
                words.text.startswith(">", first.content_start):
            # markup left in the text: <tweet author="@jdoe">, and the mark that closes an
            # attribute's value before the tag's end ('<tweet date="...">Text')
            continue
        clause = next((m for m in mixed if m.start <= first.start and last.end <= m.end), None)
        tail = attributor.closing_frame(last) if clause is not None else None
        if clause is not None and tail is not None:
            if tail.speaker is not None and clause.attribution.reported_by is None and \
                    tail.cue != clause.attribution.cue and \
                    tail.speaker != clause.attribution.speaker and \
                    clause.end == last.end and clause.start < first.start and \
                    words.words[tail.speaker[0]].lower not in _SELF_PRONOUNS and \
                    attributor.fragment_goes_on_clause(words.index_at(clause.start),
                                                       words.index_at(first.start)):
                # 'Kim said the talks were “a waste of time,” state media reported': the
                # fragment ends Kim's statement, which the frame after it relays (not
                # '..., she told reporters': Kim's own frame again)
                clause = attrs.evolve(clause, attribution=attrs.evolve(
                    clause.attribution, reported_by=tail.speaker))
            else:
                clause = None  # 'X asserted that A: “B,” he claimed.': the quote's own frame
        if clause is not None and _own_colon_lead(attributor, words, clause, first):
            clause = None  # 'As they cheered, X reported, his wife whispered: “...”'
        if clause is not None:
            # "X argues that polls show A “B”": the reporter's words, not the polls'
            over = attributor.reporter_over_thought(clause.attribution)
            if over is not None:
                clause = attrs.evolve(clause, attribution=over)
        if clause is not None:
            # title case too ("said the budget was “Dead On Arrival”"): the statement's words;
            # a work named after "book", "on" and the like was skipped above
            # "‘A’, X said.", "«A», said X": a quote that is the whole statement before its
            # frame is direct, wherever the comma stands
            cue = clause.attribution.cue
            # (the statement is the quote and nothing more)
            all_quote = clause.start == first.start and clause.end <= last.end and \
                not any(c.isalnum() for c in words.text[clause.end:last.end])
            whole = cue is not None and last.end <= words.words[cue[0]].start and (
                all_quote or
                _glossed(words.text, clause.start, clause.end, first.start, last.end))
            # 'After the vote, Doe said, “We lost.”': a statement that is all the quote, a
            # whole sentence right after its cue, is direct too (not 'Doe said that “We
            # lost.”', nor 'Doe said “reckless.”')
            whole = whole or cue is not None and all_quote and \
                words.words[cue[1] - 1].end <= first.start and not any(
                    c.isalnum() for c in words.text[words.words[cue[1] - 1].end:first.start]) and \
                words.text[first.content_start:first.content_start + 1].isupper()
            # 'Lee said the vote could be “messy,” adding, “Democracy is messy.”': a whole
            # sentence after a participle cue set off by commas at the statement's end is
            # direct, the statement's speaker's (not 'adding that “A.”', nor 'adding, “a
            # mess,” and ...')
            adding = _PARTICIPLE_LEAD.search(text, max(0, first.start - 24), first.start)
            whole = whole or cue is not None and adding is not None and \
                _whole_sentence_quote(text, first, last) and \
                not any(c.isalnum() for c in text[last.end:clause.end])
            # 'Kim wrote back, “A.”', 'Kim asked the room, “A?”', 'Kim said back in the
            # summer: “A.”': a statement of the one told, adjuncts or adverbs and a whole
            # sentence is that sentence alone (not 'said the plan had one aim: “A.”')
            whole = whole or cue is not None and clause.start < first.start and \
                words.words[cue[1] - 1].end <= clause.start and \
                not any(c.isalnum() for c in text[last.end:clause.end]) and \
                attributor.frame_only_between(cue[1] - 1, words.index_at(first.start))
            found.append(Found(first.start, last.end, "direct" if whole else "mixed",
                               clause.attribution,
                               None if whole else (min(clause.start, first.start),
                                                   max(clause.end, last.end))))
            if clause.attribution.speaker is not None and _takes_over(words, previous, found[-1]):
                previous = found[-1]  # '“A” before the vote, she said. “B.”': B is hers too
            continue
        att, kind = attributor.attribute_quote(first)
        if kind == "mixed" and _modifies_its_speaker(words, last, att):
            # 'the “provisional” role of Assad once agreed', 'a browse of “moan”-worthy
            # headlines shows': the fragment is a word of the noun phrase after it, which
            # is then no speaker of a frame after the quote
            att = Attribution(None, None)
        if att.speaker is None:
            att = attributor.parenthesis_signature(first.start, last.end) or att
        if att.speaker is None:
            lead = attributor.previous_colon_lead(first)
            if lead is not None:
                att, kind = lead, "direct"
        if att.speaker is None:
            # "Doe wrote:\n\nI think the vote was “rigged” ...": a block quotation that lost
            # its marks; a fragment quoted in it is the lead-in's speaker's
            att = _block_after_lead(attributor, words, first) or att
        if att.speaker is None:
            att = attributor.signature_line(first.start, last.end) or \
                _name_line_under(attributor, words, last) or att
        if att.speaker is None:
            att = _line_label_speaker(attributor, words, first) or att
        if att.speaker is None and len(group) > 1:
            for span in group[1:]:
                a2, _ = attributor.attribute_quote(span)
                if a2.speaker is not None:
                    att = a2
                    break
        if att.speaker is None and kind == "direct":
            # '“A.” “B,” said X.': X's two sentences, the frame after the second
            att = _framed_after_the_next_quote(attributor, words, spans, starts, last) or att
        if att.speaker is None and kind == "mixed" and _after_connective(words, first):
            kind = "direct"  # "But “We will not back down.”": a sentence of its own
        led = att.speaker is None and kind == "mixed" and \
            _sentence_after_a_lead(words.text, first, last)
        if led:
            kind = "direct"  # 'As Jo Hale sings, “Don't go.”': the quote is a sentence
        subject_tried = False  # the clause subject below, tried once
        if att.speaker is None and kind == "direct":
            before = _latest_statement(words, previous, attributed, attributed_ends, first)
            if _has_lead_in(attributor, words, first) and \
                    (before is None or not _in_sentence_of(words, before, first)):
                # "As Jane Doe put it: “...”": the quote's own clause names its speaker
                # before the speaker of an earlier sentence goes on
                att = _clause_subject_speaker(attributor, words, first, last, kind) or att
                subject_tried = True
            if before is not None and att.speaker is None and \
                    not _goes_on_speaking(attributor, before):
                # "The party issued a statement on the emails, which showed staff members
                # suggesting ...\n\n“...”": the sentence before says who speaks
                att = _named_just_before(attributor, words, first, att, names_person_called)
            if before is not None and att.speaker is None:
                before = _before_dash_aside(words, found, before, first)
                att = _continuation(attributor, before, first, words, att)
                if att.reason == "continuation paragraph":
                    att = _answer_to_question(attributor, words, found, before) or att
        if att.speaker is None and not subject_tried:
            # "their chants of “Lock him up!”": what a crowd cried out, though not the
            # subject's words in "Doe took the stage to chants of “...”"
            att = attributor.crowd_cry(words.index_at(first.start)) or att
            subject_tried = att.reason in (CRY_REASON, CRY_OF_X)
        if att.speaker is None and not subject_tried and kind == "mixed":
            # 'Under Ohio law, theft is committed when a person “knowingly takes ...”': the
            # law's words, whoever the clause after it is about
            att = _governing_text(attributor, words, first) or att
            subject_tried = att.reason == GOVERNING_TEXT_REASON
        if att.speaker is None and not subject_tried and kind == "mixed":
            # "Insisting that the vote was “rigged,” Doe refused to concede": the subject of
            # the main clause after an opening participle of speech
            att = _opening_participle_speaker(attributor, words, first, last) or att
        if att.speaker is None and not subject_tried:
            # a fragment inside someone's clause: "Bush called Trump “unhinged.”"
            att = _clause_subject_speaker(attributor, words, first, last, kind) or att
        if att.speaker is None and kind == "mixed":
            # "The plan drew on Doe's call for a “total ban”": the possessor's words
            att = attributor.speech_noun_owner(words.index_at(first.start)) or att
        if att.speaker is None and kind == "direct":
            att = _named_just_before(attributor, words, first, att, names_person_called)
        if att.speaker is None and kind == "direct":
            framed = _framed_with_the_next_quote(attributor, words, spans, starts, first, last)
            if framed is not None:
                # '“Gold Dust” was to be a “cautionary tale,” said X.': the title is a word
                # of the statement X frames
                att, kind = framed, "mixed"
        content = words.between(first.content_start, last.content_end)
        if att.speaker is None and kind == "mixed" and _is_long_fragment(content):
            before = _latest_statement(words, previous, attributed, attributed_ends, first)
            if before is not None:
                att = _fragment_continuation(attributor, before, first, words, att)
        if att.speaker is None and (led or kind == "mixed"):
            # 'As Jo Hale sings, “...”', 'Doe would denounce “...”': a parse that hangs the
            # quote where no subject governs it; the words before it name one
            att = _surface_subject_speaker(attributor, words, first, last, kind) or att
        elif att.speaker is None:
            # "Doe emailed her thanks, telling her, “...”": a whole quoted sentence whose
            # frame the parse misreads (the participle hung under an aside, "to state" read
            # as a noun); the surface reading of its lead-in names the one whose verb of
            # speech stands between
            att = _surface_subject_speaker(attributor, words, first, last, kind,
                                           spoken=True) or att
        if kind == "mixed" and att.cue is None and _NOT_SAID_BEFORE.search(
                words.text, max(0, first.start - _NOT_SAID_CHARS), first.start) is not None:
            # 'She said “A,” not “B.”': B is what she did not say; but '“Go,” not “Stop,”
            # she said' has a frame of its own and is hers
            continue
        if att.speaker is not None and attributor.in_correction_notice(first.start):
            # 'An earlier version of this article misquoted Jo Lee as saying “A.”': the
            # retracted misquote is no one's words
            att = Attribution(None, None)
        n_words = len(content)
        if att.speaker is None and att.reason != CRY_REASON and \
                (n_words <= _SCARE_QUOTE_WORDS or (kind == "mixed" or led) and
                 not _unattributed_quotation(content)):
            continue  # a scare quote or a title: not speech
        if att.speaker is None and \
                _MARKUP_TAG_BEFORE.search(words.text, max(0, first.start - _MARKUP_CHARS),
                                          first.start) is not None:
            continue  # '<tweet author="@jdoe">“...”': an embedded post's markup, no speech
        f = Found(first.start, last.end, kind, att,
                  _labelled_line_claim(words, first, last) if kind == "mixed" and
                  att.reason == _LINE_LABEL_REASON else None)
        found.append(f)
        if att.speaker is not None and _takes_over(words, previous, f):
            previous = f
    found = _repeated_quotes(words.text, found)
    found.extend(reported)
    found.sort(key=lambda f: f.start)
    # a transcript line holds the statements reported in it ("DOE: I think A."), and stays
    # beside them
    turns = _transcript_turns(words, spans, names_person_called) + \
        _interview_answers(words, spans, names_person_called)
    turn_starts = {f.start for f in turns}
    heads = [f for f in _headline_statements(words, spans, names_person_called, head_singles)
             if f.start not in turn_starts]
    kept = _drop_overlaps(found)
    if head_singles and head_end - (len(text) - len(text.lstrip())) <= _HEADLINE_LINE_CHARS:
        # (a longer first line is a paragraph, no headline)
        heads += _headline_single_marked_claims(words, spans, kept + heads, head_end)
    # a line statement before the quotes it holds ("‘Is Unfit,’ Doe Says" and its quote)
    return sorted(kept + turns + heads, key=lambda f: (f.start, -f.end))


#: The reason of a headline's reported clause beside the single-marked quote it holds.
HEADLINE_CLAUSE_REASON = "X said: headline clause"


def _headline_single_marked_claims(words: Words, spans: list[QuoteSpan], found: list[Found],
                                   head_end: int) -> list[Found]:
    """The reported clauses of the headline (the text's first line, ending at ``head_end``)
    that hold words quoted in single marks, as headlines quote, and words outside them
    ("Doe Says Rival ‘Makes You Want To Retch’", "Rival ‘Is Unfit,’ Doe Says"): each the
    speaker's indirect statement too, beside the quoted words' own mixed quote, as a claim
    after a headline's colon is (see :func:`_headline_statement`); so too what the speaker
    calls what a quote says, with it ("Doe Calls Rival’s Plan ‘A Sham’", see
    :func:`_headline_named_claim`); not a clause all in quote marks, one with double marks,
    nor one no indirect statement there holds already."""
    text = words.text
    starts = [q.start for q in spans]
    head_start = len(text) - len(text.lstrip())
    out: list[Found] = []
    for f in found:
        cue = f.attribution.cue
        claim = f.statement
        speaker = f.attribution.speaker
        if claim is None and cue is not None and speaker is not None and f.kind == "mixed" and \
                words.words[cue[0]].start >= f.end and \
                not _WORD_CHAR.search(text, f.end, words.words[speaker[0]].start) and \
                "," in text[f.end - 2:words.words[speaker[0]].start]:
            # "Rival ‘Is Unfit,’ Doe Says": the clause runs from the line's start to the
            # end of the quote the frame after its comma closes (not "Doe Calls Roe ‘A
            # Disgrace’ Over Police Comments": no frame there)
            claim = (head_start, f.end)
        cue_at = cue
        named = None
        if claim is None and speaker is not None and f.kind in ("mixed", "direct") and \
                f.start < head_end:
            # (a quote of what is named is a fragment, though a tagger may read a capital
            # and a stop in it as a sentence's: "Calls Plan ‘Troubling.’")
            named = _headline_named_claim(words, spans, starts, f, speaker, head_end)
            if named is not None:
                claim, cue_at = named
        if claim is not None:
            # "Doe Just Named Who He ‘Would Pick’ – It May Surprise You": the writer's teaser
            # after a spaced dash is no one's statement
            dash = HEADLINE_TEASER_DASH.search(text, claim[0], claim[1])
            claim = (claim[0], len(text[:dash.start()].rstrip())) if dash else claim
        if f.kind != "mixed" and named is None or claim is None or claim[1] > head_end or \
                f.attribution.speaker is None or \
                any(g.kind == "indirect" and g.start < claim[1] and claim[0] < g.end
                    for g in found + out):
            continue
        k = bisect.bisect_left(starts, claim[0])
        if k < len(spans) and spans[k].start < claim[1] and \
                _single_marked_claim(text, spans, k, *claim):
            out.append(Found(claim[0], claim[1], "indirect",
                             attrs.evolve(f.attribution, cue=cue_at,
                                          reason=HEADLINE_CLAUSE_REASON)))
    return out


#: The most words of what a headline's verb of naming names before the quoted words it is
#: called ("Doe Calls [Rival’s Plan For Farm Aid] ‘A Sham’").
_HEADLINE_NAMED_WORDS = 8
#: Words after a verb of naming that make it no naming of its object ("Calls On Roe To
#: ‘Step Aside’", "Calls For ‘Calm’", "Calls Out Roe’s ‘Lies’").
_NOT_NAMED_OBJECTS = frozenset({"on", "for", "out", "off", "up", "back", "in", "to", "upon"})
#: Words between a headline's quotes that list them as one thing called ("‘Stupid’,
#: ‘Useless’", "‘Reckless’ and ‘Wrong’").
_QUOTE_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


def _headline_named_claim(words: Words, spans: list[QuoteSpan], starts: list[int], f: Found,
                          speaker: tuple[int, int], head_end: int
                          ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the claim, the cue) of a headline whose speaker calls something what the mixed
    quote ``f`` says ("Doe Calls Rival’s Plan ‘A Sham’", "Doe Says A, Calls Plan ‘Reckless’",
    "Doe Calls Plan ‘Stupid’, ‘Useless’"): the thing named and the quotes that name it, from
    the word after the verb of naming (the cue) to the last quote of their list: the
    speaker's statement, in a headline quoting in single marks (``starts``: the starts of
    ``spans``).  Not a question, nor "Calls On Roe To ‘Quit’" or "Calls For ‘Calm’", nor a
    verb another subject's words stand before ("Doe Says Roe Calls Plan ‘A Sham’" is Doe's
    clause)."""
    text, ws = words.text, words.words
    line_end = len(text[:head_end].rstrip())
    if text[line_end - 1:line_end] == "?":
        return None  # "Does Doe Call Plan ‘A Sham’?": a question states nothing
    q = words.index_at(f.start)
    v = next((j for j in range(q - 1, speaker[1] - 1, -1) if ws[j].lower in NAMING_FORMS),
             None)
    if v is None or not 1 <= q - v - 1 <= _HEADLINE_NAMED_WORDS or \
            ws[v + 1].lower in _NOT_NAMED_OBJECTS or ws[v + 1].upos == "ADP" or \
            any(w.is_punct for w in ws[v + 1:q]):
        return None
    # the speaker's own verb: right after the speaker or an adverb ("Doe Just Called"), or
    # after a comma or "and" that adds it to the speaker's first ("Doe Says A, Calls B")
    if not (all(w.upos == "ADV" or w.lower == "just" for w in ws[speaker[1]:v]) or
            ws[v - 1].text == "," or ws[v - 1].lower == "and"):
        return None
    end = f.end
    k = bisect.bisect_right(starts, f.start)
    while k < len(spans) and spans[k].start < head_end and spans[k].close_mark is not None and \
            _QUOTE_LIST_GAP.fullmatch(text, end, spans[k].start) is not None:
        end = spans[k].end
        k += 1
    return (ws[v + 1].start, end), (v, v + 1)


#: The reason of a pull quote credited to the speaker the body gives the same words.
REPEATED_REASON = "repeated quote"
#: The fewest words of a quote matched as a pull quote (not a repeated "No." or slogan).
_PULL_QUOTE_WORDS = 6
_WORDS_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _repeated_quotes(text: str, found: list[Found]) -> list[Found]:
    """A whole quoted sentence without a speaker whose words the article quotes again with
    one ('“We were one storm away from the street.”' on a line of its own above the story,
    then '“We were one storm away from the street,” she said.'): a pull quote, the
    speaker's words.  One lookup per quote, keyed by the quote's lower-cased words."""
    if not any(f.attribution.speaker is None and f.kind == "direct" for f in found):
        return found
    said: dict[tuple[str, ...], Attribution] = {}
    for f in found:
        if f.attribution.speaker is not None and f.kind in ("direct", "mixed"):
            key = tuple(_WORDS_RE.findall(text[f.start:f.end].lower()))
            if len(key) >= _PULL_QUOTE_WORDS:
                said.setdefault(key, f.attribution)
    if not said:
        return found
    out = []
    for f in found:
        if f.attribution.speaker is None and f.kind == "direct":
            att = said.get(tuple(_WORDS_RE.findall(text[f.start:f.end].lower())))
            if att is not None:
                f = attrs.evolve(f, attribution=attrs.evolve(
                    att, confidence=min(att.confidence, 0.6), reason=REPEATED_REASON))
        out.append(f)
    return out


#: A participle cue set off by commas right before a quote (', adding, “', '," adding: “').
_PARTICIPLE_LEAD = re.compile(r',[”"’]?\s+(?:adding|saying|noting|continuing)\s*[,:]\s*\Z')


def _whole_sentence_quote(text: str, first: QuoteSpan, last: QuoteSpan) -> bool:
    """True when the quote from ``first`` to ``last`` opens with a capital and ends with a
    full stop, "!" or "?" inside its marks or right after them (a whole sentence)."""
    head = text[first.content_start:first.content_start + 1]
    tail = text[max(first.content_start, last.content_end - 1):last.content_end] + \
        text[last.end:last.end + 1]
    return head.isupper() and any(c in ".!?" for c in tail)


def _past_qa_label(text: str, f: Found) -> Found:
    """The statement ``f`` without the interview's label that opens its line ("A: Because
    they asked, I think" -> "Because they asked", "Answer: ...", "**A:** ..."): the label
    is no word of what is said; not "A. J. Hale will run, the party said" (an initial)."""
    if f.start == 0 or text[f.start - 1] == "\n":
        m = QA_LINE.match(text, f.start)
        if m is not None and m.end() < f.end and ":" in m.group():
            return attrs.evolve(f, start=m.end())
    return f


#: The reason of an interview's answer line credited to the one the interview asks.
_ANSWER_REASON = "A: interview answer"


def _interview_answers(words: Words, spans: list[QuoteSpan],
                       names_person_called: Callable[[str], bool]) -> list[Found]:
    """The answers of a question-and-answer interview (see
    :func:`~quotetrack.resolve.qa_transcript`: "Mayor Ana Ruiz spoke to the Ledger ...
    Q: Why cut the parks budget?  A: We had no choice."; also "Q."/"A.", bold "**A:**",
    "Answer:", "ANSWER:") as statements of the answer's label, which resolves to the one
    the introduction names most often, of kind "indirect" as a transcript line's; with the
    unlabelled paragraphs that continue an answer before the next label.  The questions
    are no one's (the interviewer, whom such a text seldom names).  None when the
    introduction names no person of the article ("Q: How do I apply? A: Online." under a
    notice: an FAQ)."""
    text = words.text
    labels = qa_transcript(text)
    if not labels or not any(w.is_capitalised and names_person_called(w.text)
                             for w in words.between(0, labels[0].start())):
        return []
    out: list[Found] = []
    span_starts = [q.start for q in spans]
    for i, m in enumerate(labels):
        if qa_label_kind(m) != "A":
            continue
        a = words.index_at(m.start(1))
        if a >= len(words.words) or words.words[a].start != m.start(1):
            continue
        att = Attribution((a, a + 1), None, None, 0.7, _ANSWER_REASON)
        after = labels[i + 1].start() if i + 1 < len(labels) else None
        out.extend(_turn_paragraphs(words, span_starts, m.end(), after, att))
    return out


def _turn_paragraphs(words: Words, span_starts: list[int], start: int, after: int | None,
                     att: Attribution) -> list[Found]:
    """The statement of a transcript's turn that starts at ``start`` (its label's end) as
    ``att`` says, its paragraph and, when the next label opens a line at ``after``, the
    unlabelled paragraphs before it, each its own statement of the same speaker (an answer
    of several paragraphs), up to one that opens with no letter ("(END VIDEO CLIP.)") or
    ends with a question mark (a question that lost its label, the writer's aside).  A
    paragraph all in quote marks is left to the rules of quotes (see
    :func:`_transcript_turns`)."""
    text = words.text
    out: list[Found] = []
    at = start
    while True:
        p0, p1 = words.paragraph_bounds(at)
        b = max(p0, at)
        while b < p1 and text[b] in " \t":
            b += 1
        end = p1
        while end > b and text[end - 1].isspace():
            end -= 1
        k = bisect.bisect_left(span_starts, b)
        whole = k < len(span_starts) and span_starts[k] < p1 and \
            not text[b:span_starts[k]].strip(" \t*_").strip()
        if whole and not out:
            return out  # "DOE: “...”": the turn is the quote's
        if out and ends_turn(text, b, end):
            return out  # "(END VIDEO CLIP.)", "Why now?", "QLast year, you ...": it ends
        if end > b and not whole:
            out.append(Found(b, end, "indirect", att))
        if after is None or p1 >= after:
            return out
        at = p1 + 1
        while at < after and text[at].isspace():
            at += 1
        if at >= after:
            return out


#: A bold label of an interview in Markdown: a name before a colon inside the bold marks or
#: after them ("**Bellandi:** My wife ...", "**Jane Doe**: ..."); groups as above.
_BOLD_LABEL = re.compile(
    r"^[ \t]*\*\*()?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?::\*\*|\*\*:)[ \t]+(?=\S)",
    re.M)
#: A transcript line labelled in mixed case ("Robert Dunn: We learned ...", "Sen. Jane Doe:
#: ..."); groups as above.  Such a label also opens headlines and lists ("Jeb Bush: Student
#: loans", "Clinton: 547."), so it counts only in a dialogue (see :func:`_dialogue_labels`).
_MIXED_LABEL = re.compile(
    r"^[ \t]*((?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r":[ \t]+(?=\S)", re.M)
#: Two letters on the rest of a line: words, not numbers ("Clinton: 547.").
_LINE_LETTERS = re.compile(r"[^\n]*?[^\W\d_]{2}")
#: Labels in capitals of the one who asks in a transcript, who is not named by them.
_INTERVIEWER_LABELS = frozenset({"INTERVIEWER", "HOST", "MODERATOR", "ANCHOR", "PRESENTER",
                                 "QUESTION", "REPORTER", "CO-HOST"})


#: The openings of a question's line in a transcript (see :func:`_transcript_turns`).
_ASKED = ("Q: ", "QUESTION: ")


def _transcript_turns(words: Words, spans: list[QuoteSpan],
                      names_person_called: Callable[[str], bool]) -> list[Found]:
    """The lines of a transcript as statements of the name in capitals that labels them
    ("WHITCOMBE: Not this year. ...", "MR. LEE: Did you ..."), or in bold ("**Bellandi:**
    ..."), of kind "indirect" as they stand in no quote marks.  A label speaks when an
    honorific comes before it or it is the surname of a person named in the text ("Dana
    Whitcombe", as ``names_person_called`` tells), and only in a text with two such lines
    or more: "WASHINGTON:", "UPDATE:" or "NOTE:" name nobody.  A line with a quote mark in
    it is left to the rules of quotes (see :func:`_line_label_speaker`)."""
    text = words.text
    # "**Q**: ... **A**: ...": an interview's labels, no names (see :func:`_interview_answers`)
    labels = [m for m in _dialogue_labels(text, _turn_labels(text))
              if m.group(2) not in ("Q", "A")]
    if not labels:
        return []
    turns: list[list[Found]] = []  # each turn's paragraphs
    span_starts = [q.start for q in spans]
    names = [m.group(2) for m in labels]
    # an interviewer's label proves a transcript: a name in capitals that answers it and
    # labels two turns speaks though the story names nobody by it ("INTERVIEWER: ...
    # OKORO: ...")
    answering = {m.group(2) for m, before in zip(labels[1:], names, strict=False)
                 if before in _INTERVIEWER_LABELS and m.re is TURN_LABEL and
                 m.group(2) != "ANSWER"}  # "QUESTION: ... ANSWER: ...": an interview's
    # two names in capitals that each label two turns or more make a dialogue, though the
    # story names neither in other words ("JANE DOE: ... ROE: ... DOE: ... ROE: ..."); a
    # surname counts its full name's turns ("JANE DOE:" then "DOE:")
    surnames = [n.split()[-1] for m, n in zip(labels, names, strict=True)
                if m.re is TURN_LABEL and m.group(1) is None and
                n not in _INTERVIEWER_LABELS and n.lower() not in _NOT_SPEAKER_LABELS]
    repeated = {n for n in surnames if surnames.count(n) >= TURNS_MIN}
    if len(repeated) < TURNS_MIN:
        repeated = set()
    speaks = [m.group(1) is not None or m.group(2) not in _INTERVIEWER_LABELS and (
        names_person_called(m.group(2).split()[-1]) or
        m.group(2) in answering and names.count(m.group(2)) >= TURNS_MIN or
        m.re is TURN_LABEL and m.group(2).split()[-1] in repeated) for m in labels]
    # "CLINTON: ... TRUMP: ... CLINTON: ...": a name in capitals between two turns that
    # speak (or an interviewer's line and a turn) is a turn too, though the story names
    # nobody by it and it labels one line
    for i in range(1, len(labels) - 1):
        m = labels[i]
        if not speaks[i] and m.re is TURN_LABEL and speaks[i + 1] and \
                (speaks[i - 1] or names[i - 1] in _INTERVIEWER_LABELS) and \
                names[i] not in _INTERVIEWER_LABELS and \
                names[i].lower() not in _NOT_SPEAKER_LABELS:
            speaks[i] = True
    for i, (m, speaking) in enumerate(zip(labels, speaks, strict=True)):
        if not speaking:
            continue
        a = words.index_at(m.start(1) if m.group(1) else m.start(2))
        colon = words.index_at(m.end(2))
        # "DOE: “...”": a turn all in quote marks is read by the rules of quotes; but "DOE:
        # Saying ‘speculation’ — everyone ..." holds a quote in the speaker's words; the
        # unlabelled paragraphs before the next label continue the turn
        turn = _turn_paragraphs(
            words, span_starts, m.end(), labels[i + 1].start() if i + 1 < len(labels) else None,
            Attribution((a, colon), None, None, 0.7, "X: transcript line"))
        if turn:
            turns.append(turn)
    if len(turns) == 1:
        # "Q: Does he believe it?\n\nMR. SPICER: He does.": one turn that answers a
        # question labelled "Q:" in the line before it
        before = text[:words.paragraph_bounds(turns[0][0].start)[0]].rstrip()
        if before[before.rfind("\n") + 1:].lstrip().startswith(_ASKED):
            return turns[0]
    return [f for turn in turns for f in turn] if len(turns) >= TURNS_MIN else []


#: The most words of a headline's claim after its speaker's colon.
_HEADLINE_WORDS = 25
#: The most characters of a headline's label before its colon.
_HEADLINE_LABEL_CHARS = 80
#: The most characters of a headline's claim (a label's paragraph is read no further).
_HEADLINE_CHARS = 250
#: The most characters of a first line read as a headline whose single marks quote.
_HEADLINE_LINE_CHARS = 400
#: The fewest words of a headline's claim ("Doe: Tax plan is dead"; not "Doe: 547.").
_HEADLINE_MIN_WORDS = 3
#: The most words of the speaker that labels a headline ("Former AG Jane Doe:").
_HEADLINE_SPEAKER_WORDS = 4
#: Words of a headline's label that name no speaker but a section, a kind of item or a
#: feature ("Update:", "Watch:", "Photos:", "Exclusive:", "Editor's note:", "Morning Email:").
_NOT_SPEAKER_LABELS = frozenset({
    "update", "updated", "updates", "watch", "video", "videos", "photo", "photos", "pictures",
    "exclusive", "breaking", "note", "editor", "editors", "correction", "clarification",
    "latest", "live", "byline", "contributing", "twitter", "email", "follow", "read", "more",
    "related", "transcript", "opinion", "analysis", "commentary", "review", "quiz",
    "timeline", "explainer", "recap", "listen", "audio", "podcast", "graphic", "chart", "map",
    "factbox", "spoiler", "paid", "notice", "alert", "credit", "caption", "see", "also",
    "ingredients", "directions", "summary", "highlights", "daily", "weekly", "newsletter",
    "briefing", "digest", "question", "answer", "part", "chapter", "step", "quote", "quotes",
    "sponsored", "advertisement", "ad", "bonus", "vote", "today", "tonight", "source"})
#: Nouns that head a headline's label as a source of its claim beyond the words for people
#: ("Clinton camp: ...", "WSJ editorial: ...", "Historians: ...").
_HEADLINE_SOURCES = frozenset({"camp", "editorial", "historians", "economists", "scientists",
                               "researchers", "lawmakers", "strategists", "analysts"})
#: Words that end a headline's speaker and open who or what it speaks to or about ("Obama To
#: Asians Worried About Election: ...", "Doe on Tax Plan: ...", "Ex-AG Doe at Convention:").
_HEADLINE_SPEAKER_ENDS = frozenset({"to", "on", "at", "about", "for", "in", "with", "after",
                                    "over", "vs", "vs.", "from", "of"})
#: The most letters of an agency's initials that speak as a headline's label ("AP:", "CNN:").
_ACRONYM_LETTERS = 3
#: Tags of a word inside a named entity of more than one word.
_NAME_INSIDE = frozenset({"B-", "I-", "E-"})
#: Named-entity kinds that speak as a headline's label (not "WASHINGTON:", "Iowa:", "2016:").
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def _headline_statements(words: Words, spans: list[QuoteSpan],
                         names_person_called: Callable[[str], bool], singles: bool = True
                         ) -> list[Found]:
    """The claim of a headline labelled with its speaker and a colon, without quote marks
    ("Doe: Tax plan is dead on arrival", "Report: Mayor to resign", "Roe To Voters Worried
    About Vote: It Will Be Fine"), as an indirect statement of the speaker, when the words
    before the colon name who speaks (see :func:`_headline_speaker`): the article's first
    line, or a later line whose claim is set in title case as a subhead is ("Doe: I Am Not
    Running Again"; not a list's item "Doe: Win in a walk.", a transcript's turn or a
    sentence after a label).  A line with a quote mark in it is left to the rules of quotes
    ("Doe: Smith's “Hateful Rhetoric” Hurts Party"), but for words quoted in single marks
    as headlines quote (``singles``: the body quotes in double marks, or not at all), see
    :func:`_headline_statement`."""
    text = words.text
    first = len(text) - len(text.lstrip())
    found: list[tuple[int, Found]] = []
    labelled: set[int] = set()  # the starts of lines that open with a label
    span_starts = [q.start for q in spans]
    colon = text.find(":")
    while colon >= 0:
        p0 = text.rfind("\n", 0, colon) + 1
        if colon - p0 <= _HEADLINE_LABEL_CHARS:
            labelled.add(p0)
            statement = _headline_statement(words, spans, span_starts, p0, colon,
                                            names_person_called, singles)
            if statement is not None:
                found.append((p0, statement))
        nl = text.find("\n", colon)
        colon = text.find(":", nl) if nl >= 0 else -1  # one label a line
    # later lines with a speaker's label are a list's items ("Doe: Win in a walk." ...
    # "Roe: Survive to S.C.") when two or more of them are, or when one stands next to a
    # line with a label of its own; a subhead stands alone, in title case
    later = [(p0, f) for p0, f in found if p0 > first]
    return [f for p0, f in found if p0 <= first] + \
        [f for p0, f in later if len(later) == 1 and _in_title_case(words, f) and
         _line_before(text, p0) not in labelled and _line_after(text, p0) not in labelled]


def _in_title_case(words: Words, f: Found) -> bool:
    """True when two in three words of the statement ``f`` or more are capitalised, as a
    headline's are ("I Am Not Running Again"; not "Win in a walk.")."""
    claim = [w for w in words.between(f.start, f.end) if not w.is_punct]
    return sum(w.is_capitalised for w in claim) * 3 >= len(claim) * 2


def _own_colon_lead(attributor: Attributor, words: Words, clause: Found,
                    first: QuoteSpan) -> bool:
    """True when the quote ``first`` in the reported clause ``clause`` follows a lead-in of
    its own, a subject and a verb of speech before a colon after the clause's cue ("As the
    crowd cheered, The Ledger's Jane Roe reported, his wife whispered to him: “...”"): the
    one whose words the colon sets out speaks, not the reporter of the clause.  Only for a
    report set off as an aside ("CLAUSE, X said"): after "X said" the lead-in is part of
    X's report ("Doe said he responded: “...”", "he said he thinks of what his parents
    told him: “...”" are Doe's and his)."""
    cue = clause.attribution.cue
    speaker = clause.attribution.speaker
    if clause.attribution.reason != "CLAUSE, X said" or cue is None or speaker is None or \
            words.text[max(0, first.start - 3):first.start].rstrip()[-1:] != ":":
        return False
    lead = attributor.previous_colon_lead(first)
    if lead is None or lead.speaker is None or lead.cue is None:
        return False
    return lead.speaker[0] >= cue[1] and lead.speaker != speaker

def _line_before(text: str, p0: int) -> int:
    """The start of the last line with words before the line that starts at ``p0``."""
    end = p0
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1 if end else -1


def _line_after(text: str, p0: int) -> int:
    """The start of the next line with words after the line that starts at ``p0``."""
    nl = text.find("\n", p0)
    if nl < 0:
        return -1
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    return text.rfind("\n", 0, k) + 1 if k < len(text) else -1


def _headline_statement(words: Words, spans: list[QuoteSpan], span_starts: list[int], p0: int,
                        colon: int, names_person_called: Callable[[str], bool],
                        singles: bool = True) -> Found | None:
    """The statement of the headline whose line opens at ``p0`` with a label before the
    colon at ``colon`` (see :func:`_headline_statements`), or None.  A claim that holds
    words quoted in single marks, as headlines quote, is the speaker's statement too
    ("Doe: Rival Is a ‘Proven Failure’ in Business"), beside the quoted words' own mixed
    quote; not a claim all in quote marks ("Doe: ‘We Will Win’": a direct quote) nor one
    with double marks (see :func:`_single_marked_claim`), nor one in a text that quotes in
    single marks throughout (``singles`` False)."""
    text = words.text
    if not text[p0:p0 + 1].isupper() or text[colon + 1:colon + 2] not in (" ", "\t"):
        return None  # "10:30 a.m.", "http://...", "he had one goal:"
    p1 = text.find("\n", colon)
    p1 = len(text) if p1 < 0 else p1
    end = p1
    while end > colon and text[end - 1].isspace():
        end -= 1
    if end - colon > _HEADLINE_CHARS or text[end - 1] == "?":
        return None  # a paragraph after a label; "Doe: Hero or villain?": a question
    k = bisect.bisect_left(span_starts, p0)
    if k < len(span_starts) and span_starts[k] < p1 and \
            not (singles and _single_marked_claim(words.text, spans, k, colon + 1, end)):
        return None  # a quote mark on the line: the rules of quotes read it
    a, k = words.index_at(p0), words.index_at(colon)
    if k >= len(words.words) or words.words[k].text != ":":
        return None
    speaker = _headline_speaker(words, a, k, names_person_called)
    if speaker is None:
        return None
    claim = [w for w in words.between(colon + 1, end) if not w.is_punct]
    if not _HEADLINE_MIN_WORDS <= len(claim) <= _HEADLINE_WORDS:
        return None  # "Doe: 547.", "Doe: Ann Roe": a list's item
    return Found(words.words[k + 1].start, end, "indirect",
                 Attribution(speaker, None, None, 0.6, "X: headline"))


def _single_marked_claim(text: str, spans: list[QuoteSpan], k: int, start: int, end: int
                         ) -> bool:
    """True when the quotes from ``spans[k]`` on that stand in a headline's claim [start,
    end) are closed, in single marks, as headlines quote, and leave a word of the claim
    outside them ("Doe: Rival Is a ‘Proven Failure’"; not "Doe: ‘We Will Win’" nor "Doe:
    Rival Is a “Failure”")."""
    outside = False
    at = start
    while k < len(spans) and spans[k].start < end:
        q = spans[k]
        if q.start < start or q.close_mark is None or q.end > end or \
                is_double(q.close_mark) or is_double(q.open_mark):
            return False
        outside = outside or _WORD_CHAR.search(text, at, q.start) is not None
        at = q.end
        k += 1
    return outside or _WORD_CHAR.search(text, at, end) is not None


def _headline_speaker(words: Words, a: int, k: int,
                      names_person_called: Callable[[str], bool]) -> tuple[int, int] | None:
    """The words [a, k) before a headline's colon as its speaker, cut before who it speaks
    to or about ("Roe To Voters Worried About Vote:" is Roe), past a tag that opens it
    ("EXCLUSIVE – Jane Doe:"): a name of a person, an organisation or a people ("Doe:",
    "Clinton camp:", "AP:") or a word for people or for a source ("Poll:", "Report:",
    "Historians:"); not a label of a section or an item ("Update:", "Editor's note:", "The
    Latest:", "WASHINGTON:", "Jane Doe and John Roe:")."""
    ws = words.words
    dash = next((j for j in range(a, min(k, a + 3)) if ws[j].text in ("–", "—", "-", "|")),
                None)
    if dash is not None:
        if any(ws[j].lower not in _NOT_SPEAKER_LABELS for j in range(a, dash)):
            return None
        a = dash + 1  # "EXCLUSIVE – Jane Doe: ..."
    b = next((j for j in range(a + 1, k) if ws[j].lower in _HEADLINE_SPEAKER_ENDS), k)
    name = ws[a:b]
    if not name or sum(not w.is_punct and w.upos != "PART" for w in name) > \
            _HEADLINE_SPEAKER_WORDS or name[0].upos in ("DET", "ADP"):
        return None  # "The Latest:", "By Jane Doe:", "In Pictures:"
    for w in name:
        low = w.lower
        if low in _NOT_SPEAKER_LABELS and not _label_word_in_name(w, name) or \
                w.upos in ("AUX", "NUM", "CCONJ", "PRON") or \
                not (w.is_capitalised or w.is_punct or w.upos == "PART" or
                     low in SPEAKER_NOUNS or low in _HEADLINE_SOURCES):
            return None
    head = name[-1]
    if head.ner[2:] not in ("", "O") and head.ner[2:] not in _SPEAKING_ENTITIES and \
            not names_person_called(head.text):
        # "WASHINGTON:", "Iowa:", "Monday:"; but "Ames: Rival Is Unfit" where the article
        # names a person Ames: a parse's tagger, misled by a headline's capitals, takes a
        # lone surname for a place
        return None
    if all(w.text.isupper() or w.is_punct for w in name) and \
            any(len(w.text) > _ACRONYM_LETTERS for w in name):
        # "BOOM:", "BUSTED:": a cry in capitals a tagger may take for a name; "MR SMITH:",
        # "DOE:": a transcript's label, which one line alone does not make
        return None
    # the name heads the label: "Okafor Rally: Thousands Gather" is about Okafor's rally
    if head.ner[2:] in _SPEAKING_ENTITIES or head.lower in SPEAKER_NOUNS or \
            head.lower in _HEADLINE_SOURCES or head.lower in TITLES or \
            names_person_called(head.text):
        return a, b
    return None


def _label_word_in_name(w: Word, name: list[Word]) -> bool:
    """True when the label's word ``w`` belongs to a name of more words that ``name`` ends
    with another word ("NY Daily News:"); not a feature's label that ends with it
    ("Campaign Watch:", "Breitbart News Daily:", "Daily Update:")."""
    return w.ner[:2] in _NAME_INSIDE and w is not name[-1]


def _dialogue_labels(text: str, labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """``labels`` without those in mixed case unless they make a dialogue: lines of words
    where one surname labels two turns or more ("Sen. Marcia Hollis: ... Robert Dunn: ...
    Sen. Marcia Hollis: ..."), not a list of names each with its own heading."""
    mixed = [m for m in labels if m.re is _MIXED_LABEL]
    if not mixed:
        return labels
    worded = [m for m in mixed if _LINE_LETTERS.match(text, m.end())]
    surnames = [m.group(2).split()[-1] for m in worded]
    keep = worded if len(set(surnames)) < len(surnames) else []
    return [m for m in labels if m.re is not _MIXED_LABEL or m in keep]


def _turn_labels(text: str) -> list[re.Match[str]]:
    """The transcript labels of ``text`` (see :data:`TURN_LABEL` and :data:`_BOLD_LABEL`),
    read only at a colon after a capital or beside a bold mark: one pass of ``str.find``
    instead of regular expressions tried at every line."""
    out = []
    k = text.find(":")
    while k >= 0:
        if k > 0 and text[k - 1].isupper():
            m = TURN_LABEL.match(text, text.rfind("\n", 0, k) + 1)
            if m is not None and m.end(2) == k:
                out.append(m)
        elif k > 0 and text[k - 1].islower() and text[k + 1:k + 2] in (" ", "\t"):
            m = _MIXED_LABEL.match(text, text.rfind("\n", 0, k) + 1)
            if m is not None and m.end(2) == k:
                out.append(m)
        elif text[k - 1:k] == "*" or text[k + 1:k + 3] == "**":
            m = _BOLD_LABEL.match(text, text.rfind("\n", 0, k) + 1)
            if m is not None and k in (m.end(2), m.end(2) + 2):
                out.append(m)
        k = text.find(":", k + 1)
    return out


#: The confidence in the subject of a quote's clause as its speaker: about five in six of
#: them are right on PolNeAR train, and two in three of those with a short fragment and no
#: verb of speech (a scare quote as often as not, :data:`_SCARE_CONFIDENCE`).
_SUBJECT_CONFIDENCE = 0.6
_SCARE_CONFIDENCE = 0.35
#: The reason of a quote in the phrase of a possessed noun of what was said.
_OWNED_REMARK = "X's remarks that “...”"
#: The most words a venue phrase takes, its preposition included.
_VENUE_WORDS = 8
#: The confidence of a fragment in a block quotation credited to its lead-in's speaker.
_BLOCK_CONFIDENCE = 0.6
#: Lemmas of verbs that lead in a post a page embeds, not words set out after them.
_EMBED_VERBS = frozenset({"tweet", "retweet", "post", "share"})
#: Marks a paragraph that is a quotation of its own opens with.
_QUOTE_OPENERS = frozenset("“\"'‘«`")
#: The reason of a source after "according to".
_ACCORDING_TO = "according to X"
#: A bullet that opens a paragraph of a list: a bullet sign, a dash or star and a space, or
#: a lone "l" before a capital (a Wingdings bullet that lost its font in a scraped page).
_BULLET = re.compile(r"(?:[•·◦▪●■○*–—-]|l(?= [A-Z]))\s+")
#: The most bullet paragraphs a list after a lead-in is walked back over.
_MAX_BULLETS = 12
#: The most words between a subject and the quote of its clause before a comma among them
#: makes it a guess: about two in three of those are right on PolNeAR train (nine in ten
#: nearer), as the scare quotes' :data:`_SCARE_CONFIDENCE` says.
_FAR_SUBJECT_WORDS = 15


def _clause_subject_speaker(attributor: Attributor, words: Words, first: QuoteSpan,
                            last: QuoteSpan, kind: str) -> Attribution | None:
    """The subject of the clause the quote stands in as its speaker (see
    :func:`_subject_fragment`), or None; not a subject in an earlier paragraph, where a
    parse may end a sentence with the opening mark of the quote that opens the next."""
    at = _quote_in_sentence(words, first)
    if at is None:
        return None
    qi, a = at
    namer = attributor.passive_namer(qi, words.index_at(last.end))
    if namer is not None:
        # "labeled as a “witch hunt” by Democrats": the agent gave it the name
        return Attribution(namer, None, None, _SUBJECT_CONFIDENCE, "named by X")
    # "The group ran ads using her comments to the panel that “...”": the words of the one
    # whose remarks they are, not the subject's; but "Doe stood by his comment that “...”"
    # credits the person the clause opens with, whom the pronoun most likely stands for
    owner = attributor.statement_noun_owner(qi)
    if owner is not None and not words.words[owner[0]].is_pronoun:
        return Attribution(owner, None, None, _SUBJECT_CONFIDENCE, _OWNED_REMARK)
    held = attributor.perspective_holder(a, qi)
    if held is not None:
        # "To Doe, Reed is the “gentle and generous” man who ...": the view of the one the
        # sentence opens with, not of its subject
        return Attribution(held, None, None, _SUBJECT_CONFIDENCE, "to X, ...")
    parsed = words.sentence_has_parse(words.words[qi].sent)
    controlled = attributor.report_controller(qi) if parsed else None
    if controlled is not None:
        # "After saying her ankle was “...,” she was taken to hospital": the one whose
        # speech verb reports the quote's clause, even after the quote
        return Attribution(controlled[0], (controlled[1], controlled[1] + 1), None,
                           _SUBJECT_CONFIDENCE, "subject of the quote's clause")
    sub = attributor.clause_subject(a, qi, inside=qi if parsed else None, deep=True)
    if sub is None or words.words[sub[0]].par != words.words[qi].par:
        return None if owner is None else \
            Attribution(owner, None, None, _SUBJECT_CONFIDENCE, _OWNED_REMARK)
    if parsed:
        sub = _pronoun_before_a_misread_verb(words, sub)
        sub = _surface_speaker_over_parse(attributor, words, a, qi, sub) or sub
    elif not is_title(words.text[first.content_start:last.content_end]):
        # "X contrasted that with Y who is looking to bring “...”": Y's relative clause
        # (not a title there: "X cited Y, who took heat at a “Town Hall” forum" names an
        # event, kept as the subject's words as before)
        sub = attributor.holding_relative(max(a, sub[1] - 1), qi) or sub
    if not parsed and not attributor.speech_act_between(sub, qi, words.index_at(last.end)):
        # "X demanded that Y make “...”": X's report, as a parse climbs to X
        sub = attributor.complement_reporter(sub, a) or sub
    if owner is not None and not attributor.names_a_person(sub):
        return Attribution(owner, None, None, _SUBJECT_CONFIDENCE, _OWNED_REMARK)
    return _subject_fragment(attributor, words, first, last, kind, sub)


def _surface_speaker_over_parse(attributor: Attributor, words: Words, a: int, qi: int,
                                sub: tuple[int, int]) -> tuple[int, int] | None:
    """The subject the words before a quote give its clause, when a verb of speech follows
    it at once and the parse gives the clause another subject that none follows: the
    parse scrambled the clause around the quote ("the rally denounced Doe's call for “...”"
    with "call" read as the subject, "Doe mocked A's claim that they stayed friends as they
    competed, as “...”" with the quote hung from "competed", "the plan, one he calls
    “...”"); None otherwise.  Not a relative pronoun right after the parse's subject
    ("said Jane Doe, who noted that ... had “...”": the parse's name is the one it
    stands for)."""
    surf = attributor.clause_subject(a, qi, deep=True, unparsed=True)
    ws = words.words
    if surf is None or surf[1] > qi or surf[0] < sub[1] and sub[0] < surf[1] or \
            ws[surf[0]].par != ws[qi].par or not ws[surf[0]].text[:1].isalnum():
        return None
    if ws[surf[0]].lower in ("who", "which", "that") and sub[1] <= surf[0] and \
            all(w.is_punct for w in ws[sub[1]:surf[0]]):
        return None
    if not attributor.speaks_right_after(surf, qi) or attributor.speaks_right_after(sub, qi):
        return None
    return surf


#: Subject pronouns that stand before a verb, never inside a noun phrase ("we" does:
#: "we Democrats").
_PRONOUNS_BEFORE_VERBS = frozenset({"he", "she", "they", "i"})


def _pronoun_before_a_misread_verb(words: Words, sub: tuple[int, int]) -> tuple[int, int]:
    """The subject pronoun right before a one-word subject the parse made of a verb it read
    as a plural noun ("He rails against A and pledges to stand firm against “...”", with
    "rails" the subject of "stand" and "He" hung on it): the pronoun; else ``sub``."""
    a, b = sub
    ws = words.words
    if b - a != 1 or a == 0 or ws[a].upos != "NOUN" or ws[a - 1].sent != ws[a].sent or \
            ws[a - 1].lower not in _PRONOUNS_BEFORE_VERBS or ws[a - 1].upos != "PRON":
        return sub
    return (a - 1, a)


#: Words that may open a participle before it ("In declaring ...", "After calling ...").
_PARTICIPLE_OPENERS = frozenset({"in", "by", "after", "while", "when", "before", "since"})
#: Lemmas of reporting verbs whose participle does not report words of its subject.
_NOT_SPEECH_PARTICIPLES = THOUGHT_VERBS | frozenset(
    {"show", "find", "rule", "indicate", "imply", "estimate", "speculate", "signal",
     "continue", "agree", "point"})
#: Naming verbs whose participle reports the quoted name as its subject's words.
_NAMING_PARTICIPLES = frozenset({"calling", "dubbing", "labeling", "labelling", "branding",
                                 "terming", "describing", "characterizing", "deriding",
                                 "dismissing"})
#: Adverbs set off after the comma that ends an opening participle ("..., though, X said").
_SET_OFF_ADVERBS = frozenset({"though", "however", "too", "then", "still", "again"})


def _opening_participle_speaker(attributor: Attributor, words: Words, first: QuoteSpan,
                                last: QuoteSpan) -> Attribution | None:
    """The subject of the main clause as the speaker of a quoted fragment inside the
    participle of speech that opens its sentence ("Insisting that the vote was “rigged from
    the start,” Tom Reed refused to concede", "Acknowledging that Doe “says odd things,”
    though, Jane Roe argued ...", "In declaring the plan “not workable,” the governor ..."):
    the participle's own subject is the main clause's, whatever the main verb; a name, a
    pronoun or a role right after the comma that ends the participle, a verb after it.
    None when no comma outside quotes ends the participle at the quote (the quote then
    stands in the main clause: "Speaking on Monday, Doe called it “rigged”"), or the
    participle is not one of speech or naming ("Believing that ...", "Showing ...")."""
    at = _quote_in_sentence(words, first)
    if at is None:
        return None
    qi, a = at
    ws = words.words
    p = a + 1 if ws[a].lower in _PARTICIPLE_OPENERS else a
    if p >= qi:
        return None
    lead = ws[p].lower
    lemma = REPORTING_VERB_FORMS.get(lead)
    if not lead.endswith("ing") or lead not in _NAMING_PARTICIPLES and (
            lemma is None or lemma in _NOT_SPEECH_PARTICIPLES):
        return None
    in_quote = attributor.in_quote
    if any(in_quote[x] < 0 and ws[x].text in (",", ";", ":", "(") or ws[x].text in _ASIDE_DASHES
           for x in range(p + 1, qi)):
        return None  # the participle ended before the quote
    s_end = words.sentences[ws[qi].sent][1]
    k = words.index_at(last.end)
    content = words.text[last.content_start:last.content_end].rstrip()
    if k < s_end and ws[k].text == ",":
        k += 1
    elif not content.endswith(","):
        return None  # the quote goes on in the participle, or ends the sentence
    if k + 1 < s_end and ws[k].lower in _SET_OFF_ADVERBS and ws[k + 1].text == ",":
        k += 2
    np = attributor._np_forward(k, s_end)
    if np is None or not attributor.is_named_or_pronoun(np):
        return None
    j = np[1]
    while j < s_end and ws[j].lower in ("not", "only", "never"):
        j += 1  # "the governor not only drew cheers"
    if not attributor._verb_follows(j, s_end):
        return None
    return Attribution(np, (p, p + 1), None, _SUBJECT_CONFIDENCE,
                       "subject after an opening participle")


def _surface_subject_speaker(attributor: Attributor, words: Words, first: QuoteSpan,
                             last: QuoteSpan, kind: str, spoken: bool = False
                             ) -> Attribution | None:
    """The subject of a parsed sentence read from its words before the quote, as on the
    model-free path, when the parse gives the quote's clause none ('As Jo Hale sings,
    “...”' with the quote's verb the root; 'It is strange that Doe would denounce “...”'
    with the subject "It"); None for a sentence with no parse, and for a short fragment
    with no verb of speech (a scare quote as often as not, the parse's reading stands).  A
    fragment with a verb of speech before it stays its subject's even far across a comma
    ("Doe, while being interviewed on Monday, called again for ... an act of “gross
    negligence”", the parse hanging "called" under the aside), as on the default path.
    ``spoken`` asks for that verb of speech whatever the fragment: a whole quoted sentence
    read so is its subject's words only when the subject said something before it."""
    at = _quote_in_sentence(words, first)
    if at is None:
        return None
    qi, a = at
    if not words.sentence_has_parse(words.words[qi].sent):
        return None
    sub = attributor.clause_subject(a, qi, deep=True, unparsed=True)
    if sub is None or sub[1] > qi or words.words[sub[0]].par != words.words[qi].par:
        return None
    att = _subject_fragment(attributor, words, first, last, kind, sub)
    if att is None:
        return None
    if att.confidence > _SCARE_CONFIDENCE and not spoken:
        return att
    q0, q1 = words.index_at(first.start), words.index_at(last.end)
    return att if attributor.speech_act_between(sub, q0, q1) else None


#: Reasons of a frame that closes its quote ("“A,” X said", "“A,” said X").
_CLOSING_FRAMES = frozenset({"X said", "said X", "X said (parse)"})


def _framed_with_the_next_quote(attributor: Attributor, words: Words, spans: list[QuoteSpan],
                                starts: list[int], first: QuoteSpan, last: QuoteSpan
                                ) -> Attribution | None:
    """The frame that closes the next quote of the sentence a quote opens, with no frame of
    its own between ('“Gold Dust” was to be a “cautionary tale,” said X.'): the quote that
    opens (``first`` to ``last``: a title, a term) stands in the statement that frame gives
    its speaker; else None."""
    at = _quote_in_sentence(words, first)
    if at is None:
        return None
    qi, a = at
    k = bisect.bisect_right(starts, last.start)
    if k >= len(spans) or any(not w.is_punct for w in words.words[a:qi]):
        return None  # no next quote, or words of the writer's lead into the first one
    nxt = spans[k]
    e, n = words.index_at(max(last.start, last.end - 1)), words.index_at(nxt.start)
    if n >= len(words.words) or words.words[n].sent != words.words[e].sent or \
            any(is_cue_word(w) or w.text in (";", ":") for w in words.words[e + 1:n]):
        return None
    frame, _ = attributor.attribute_quote(nxt)
    if frame.speaker is None or frame.cue is None or frame.cue[0] < n or \
            frame.reason not in _CLOSING_FRAMES or \
            words.words[frame.cue[0]].sent != words.words[n].sent:
        return None
    return frame


def _framed_after_the_next_quote(attributor: Attributor, words: Words, spans: list[QuoteSpan],
                                 starts: list[int], last: QuoteSpan) -> Attribution | None:
    """The frame that closes the next quote when it follows this one on the line with no
    words between ('“The roof lifted off.” “We ran,” said X.'): one speaker's sentences;
    but not the answer to a question ('“Are you running?” “No,” she said.'). Else None."""
    k = bisect.bisect_right(starts, last.start)
    if k >= len(spans) or words.text[last.content_end - 1:last.content_end] == "?":
        return None
    nxt = spans[k]
    gap = words.text[last.end:nxt.start]
    if gap.strip() or "\n" in gap:
        return None
    frame, _ = attributor.attribute_quote(nxt)
    if frame.speaker is None or frame.cue is None or frame.reason not in _CLOSING_FRAMES or \
            words.words[frame.cue[0]].start < nxt.end:
        return None
    return frame


def _quote_in_sentence(words: Words, span: QuoteSpan) -> tuple[int, int] | None:
    """The index of the quote's first word and of the first word of its sentence, or None
    for a quote after the last word."""
    qi = words.index_at(span.start)
    if qi >= len(words.words):
        return None
    return qi, words.sentences[words.words[qi].sent][0]


def _has_lead_in(attributor: Attributor, words: Words, span: QuoteSpan) -> bool:
    """True when the quote's sentence opens with words of the writer's before it, more than
    a connective ("Indeed, “...”"): a clause whose subject may speak the quote."""
    at = _quote_in_sentence(words, span)
    if at is None:
        return False
    qi, a = at
    lead = (x for x in range(qi - 1, max(a, qi - _LEAD_WORDS) - 1, -1)
            if attributor.in_quote[x] < 0 and not words.words[x].is_punct)
    return next(lead, None) is not None and next(lead, None) is not None and \
        words.words[a].par == words.words[qi].par


#: Determiners and possessives that open a speaker's noun phrase after a quote ('“A” the
#: mayor said'): a phrase opened by one is not one the quoted words modify.
_SPEAKER_PHRASE_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those",
                                     "his", "her", "their", "its", "our", "my", "your",
                                     "one", "some", "many", "several", "both", "all"})


def _modifies_its_speaker(words: Words, last: QuoteSpan, att: Attribution) -> bool:
    """True when a quoted fragment is a modifier of the speaker noun phrase that a frame
    after it names: the phrase starts right after the closing mark with a hyphen or a
    lower-case word that is no pronoun or determiner ('a “provisional” role of Assad
    once agreed', '“moan”-worthy headlines shows'), not '“A” the mayor said' nor '“A”
    he said'.  A fragment that ends with a comma or other stop sets its frame off."""
    if att.speaker is None or last.close_mark is None:
        return False
    speaker = words.words[att.speaker[0]]
    gap = words.text[last.end:speaker.start]
    if speaker.start < last.end or gap not in ("", "-", " "):
        return False
    inside = words.text[last.content_start:last.content_end].rstrip()
    if inside[-1:] in _FRAGMENT_STOPS:
        return False
    return gap == "-" or speaker.text[:1].islower() and not speaker.is_pronoun and \
        speaker.lower not in _SPEAKER_PHRASE_OPENERS


#: Marks that end a quoted fragment before a frame ('“A,” the mayor said').
_FRAGMENT_STOPS = frozenset(",.;:?!…—–")


def _in_sentence_of(words: Words, statement: Found, span: QuoteSpan) -> bool:
    """True when the statement ends in the sentence that holds the quote ``span`` ("Doe
    confirmed it and said, “...”"): the statement's frame is the quote's too."""
    e, q = words.index_at(max(0, statement.end - 1)), words.index_at(span.start)
    n = len(words.words)
    return e < n and q < n and words.words[e].sent == words.words[q].sent


def _subject_fragment(attributor: Attributor, words: Words, first: QuoteSpan, last: QuoteSpan,
                      kind: str, sub: tuple[int, int]) -> Attribution | None:
    """The subject ``sub`` of a quoted fragment's clause as its speaker, or None.

    A name, pronoun or role speaks it; so does a noun phrase with a verb of speech, stance,
    naming or showing between it and the quote ("the crowd chanted “Lock her up!”", "The ad
    targets a “...”").  A quoted title with no such verb names a work ("Doe starred in “River
    Town”"), with one it is the subject's words ("Doe called Smith “The Great Divider”").  A
    short fragment with no such verb is a scare quote or a term ("Party elders produced an
    “autopsy”") more often than the subject's words: it gets a lower confidence.  A subject
    that does not end before the fragment is another clause's, or the fragment's own noun
    phrase ("As the “Never Again” movement grows, Doe ...", "The “wise Latina” phrase"): a
    parse that climbs there names nobody who said it (a whole quoted sentence may have its
    frame after it: '“...,” Doe sings').
    """
    q0, q1 = words.index_at(first.start), words.index_at(last.end)
    if kind == "mixed" and sub[1] > q0:
        return None
    if _SO_CALLED_BEFORE.search(words.text, max(0, first.start - _SO_CALLED_CHARS), first.start):
        return None  # "weapons went to the so-called “rebels”": the writer's term
    content = words.between(first.content_start, last.content_end)
    quoted = words.text[first.content_start:last.content_end]
    if kind == "mixed" and sum(not w.is_punct for w in content) <= _SCARE_FRAGMENT_WORDS and \
            "!" not in quoted and "?" not in quoted and \
            _inside_the_subject(attributor, words, first, sub):
        return None  # a short term, not an exclamation ("Photo gone viral!")
    spoken = attributor.speech_act_between(sub, q0, q1) or \
        _names_a_work(attributor, words, sub, q0) or \
        _SLOGAN_BEFORE.search(words.text, max(0, first.start - _SLOGAN_CHARS),
                              first.start) is not None or \
        _in_person(content) and not is_title(quoted)
    if not attributor.is_named_or_pronoun(sub) and \
            not (spoken and attributor.is_speaking_noun_phrase(sub)) and \
            not attributor.it_names_the_quote(sub, q0) and \
            not (not words.sentence_has_parse(words.words[sub[0]].sent) and
                 attributor.text_holds_quote(sub, q0)):
        return None
    if not spoken and is_title(quoted):
        return None
    if not spoken and kind == "mixed" and not attributor.text_holds_quote(sub, q0) and \
            _labels_the_noun_after(words, first, last, content):
        return None  # "pushed the “gun violence” narrative": a label in a noun phrase
    if not spoken and _no_speaker_pronoun(words, sub):
        return None
    scare = kind == "mixed" and not spoken and \
        sum(not w.is_punct for w in content) <= _SCARE_FRAGMENT_WORDS
    far = _far_across_a_comma(attributor, words, sub, q0)
    return Attribution(sub, None, None,
                       _SCARE_CONFIDENCE if scare or far else _SUBJECT_CONFIDENCE,
                       "subject of the quote's clause")


#: Words before a quote that open the noun phrase it modifies ("the", "his", "Doe's").
_NOUN_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NUM"})
#: Tags of a quoted word that describes the noun after it, someone's word for the thing
#: ("the “missing” emails", "a “rigged” system").
_DESCRIBING_TAGS = frozenset({"ADJ", "VERB"})
#: Nouns of what was said, or of a name someone gave, after a quoted modifier: the phrase
#: names words someone said ("his “Second Amendment people” remark", "Doe's “read my lips”
#: pledge", "the “king of debt” moniker").
_SAID_NOUNS = _REMARK_NOUNS | {"slogans", "cries", "chant", "chants", "tweets", "headline",
                               "headlines", "message", "speech", "reply", "response",
                               "question", "rhetoric", "label", "labels", "moniker",
                               "monikers", "nickname", "nicknames", "name", "names", "term",
                               "terms", "dictum"}


def _labels_the_noun_after(words: Words, first: QuoteSpan, last: QuoteSpan,
                           content: list[Word]) -> bool:
    """True for a short quoted fragment that modifies the common noun right after it, inside
    a noun phrase that a determiner, a possessive or an adjective opens ("the media pushed
    the “gun violence” narrative", "Facebook activated its “safety check” feature", "a
    “unity” lunch"): the writer's label for a thing, no words of the clause's subject.  Not
    before a noun of what was said ("his “Second Amendment people” remark": see
    :data:`_SAID_NOUNS`), nor a fragment that ends as a clause does ("“brand building,”") or
    exclaims ("“Lock her up!” chants"), nor one that ends in an adjective or a participle
    ("a “realistic” contribution", "the “missing” emails"): someone's word for the thing
    more often than a term."""
    quoted = words.text[first.content_start:last.content_end].rstrip()
    said = [w for w in content if not w.is_punct]
    if not said or len(said) > _SCARE_FRAGMENT_WORDS or said[-1].upos in _DESCRIBING_TAGS or \
            quoted[-1:] in _FRAGMENT_STOPS or "!" in quoted or "?" in quoted:
        return False
    before, after = words.index_at(first.start) - 1, words.index_at(last.end)
    if before < 0 or after >= len(words.words):
        return False
    b, a = words.words[before], words.words[after]
    if a.sent != b.sent or a.upos != "NOUN" or a.is_capitalised or a.lower in _SAID_NOUNS \
            or words.text[last.end:a.start].strip():
        return False
    return b.upos in _NOUN_PHRASE_OPENERS or b.lower in _POSSESSIVE_PRONOUNS or \
        b.lower in _PERSON_OWNING_PRONOUNS or _possessive_mark(b)


#: The most heads :func:`_inside_the_subject` climbs, and the relations that open a clause.
_CLIMB_STEPS = 12
_CLAUSE_RELATIONS = frozenset({"acl", "acl:relcl", "ccomp", "xcomp", "advcl", "csubj",
                               "parataxis"})


def _inside_the_subject(attributor: Attributor, words: Words, first: QuoteSpan,
                        sub: tuple[int, int]) -> bool:
    """True when a parse hangs the quoted fragment ``first`` inside the subject ``sub``'s
    own phrase ("Doe and Roe, both of the “undercard,” rallied", "Party elders -- what is
    left of the “establishment” -- ..."): a term in the subject's description, not words
    the subject said (a model-free reading never climbs there)."""
    ws = words.words
    c = words.index_at(first.content_start)
    if c >= len(ws) or not words.sentence_has_parse(ws[c].sent):
        return False
    heads = [x for x in range(sub[0], sub[1]) if not sub[0] <= ws[x].head < sub[1]]
    if len(heads) != 1:
        return False
    # climb from the quote to the subject's head through noun phrases only: a clause on
    # the way ("The group, which issued a “deep apology”, ...") is the subject's own act
    k, steps = ws[c].head, 0
    while k >= 0 and steps < _CLIMB_STEPS:
        if k == heads[0]:
            return True
        if ws[k].upos in ("VERB", "AUX") or ws[k].deprel in _CLAUSE_RELATIONS:
            return False
        k, steps = ws[k].head, steps + 1
    return False


#: Pronouns that stand for no speaker of a fragment in their clause: "what", a possessive.
_NO_SPEAKER_PRONOUNS = frozenset({"what", "whatever", "his", "her", "its", "their", "my",
                                  "our", "your"})


def _no_speaker_pronoun(words: Words, sub: tuple[int, int]) -> bool:
    """True when a parse gives a fragment's clause the subject "what" or a lone possessive
    ("So what's doing “well”", "His ... attacks from the “conservative” press"): nobody who
    said it, where no verb of speech stands between (a model-free reading finds none)."""
    w = words.words[sub[0]]
    return sub[1] - sub[0] == 1 and w.lower in _NO_SPEAKER_PRONOUNS and \
        words.sentence_has_parse(w.sent)


def _far_across_a_comma(attributor: Attributor, words: Words, sub: tuple[int, int],
                        q0: int) -> bool:
    """True when more than :data:`_FAR_SUBJECT_WORDS` words and a comma outside quotes
    stand between the subject ``sub`` and the quote at word ``q0`` ("X's tone was a contrast
    to the introduction by Y, who portrayed him as a man who would be “...”"): another
    clause's subject speaks the quote about as often as not."""
    if sub[1] > q0:
        return False
    between = range(sub[1], q0)
    return sum(not words.words[x].is_punct for x in between) > _FAR_SUBJECT_WORDS and \
        any(words.words[x].text == "," and attributor.in_quote[x] < 0 for x in between)


def _in_person(content: list[Word]) -> bool:
    """True when quoted words hold a word of the first or second person ("the “progress we
    made”"): someone's speech, never a scare quote or a name ("US" is a country)."""
    return any(w.lower in FIRST_AND_SECOND_PERSON and w.text != "US" for w in content)


#: "so-called" right before a quote (also "so- called", "so called"): the writer's name
#: for a thing, which no subject of the clause said.
_SO_CALLED_BEFORE = re.compile(r"\bso[-\s]{1,2}called\s*$", re.I)
#: How far before a quote "so-called" is looked for.
_SO_CALLED_CHARS = 16
#: A slogan's noun right before a quote ("ran on the slogan “Experience Counts”"): the
#: words of whoever runs on it, title case or not.
_SLOGAN_BEFORE = re.compile(
    r"\b(?:slogans?|motto|mantra|rallying cry|battle cry|catchphrase|catch phrase|tagline)"
    r",?\s*$", re.I)
#: How far before a quote a slogan's noun is looked for.
_SLOGAN_CHARS = 20

#: Verbs that give a work or a thing its name: the subject chose the quoted words ("X released
#: a memo titled “...”", "X named “...” as his favourite show").
_WORK_NAMING_FORMS = frozenset({"titled", "entitled", "named", "names", "naming"})


def _names_a_work(attributor: Attributor, words: Words, sub: tuple[int, int], q0: int) -> bool:
    """True when a verb of naming a work stands between the subject ``sub`` and the quote at
    word ``q0`` in its sentence ("Jane Doe released a memo titled “...”"), not in the passive
    ("Jane Doe was named “Mother of the Year”": a name she was given)."""
    return sub[1] <= q0 and words.words[sub[1] - 1].sent == words.words[q0 - 1].sent and \
        any(words.words[k].lower in _WORK_NAMING_FORMS and not attributor.in_the_passive(k)
            for k in range(sub[1], q0))


_WORD_CHAR = re.compile(r"[^\W_]")
#: Words just before a quoted name that make it the title of a programme, book, song or film.
_MEDIA_TITLE_BEFORE = re.compile(
    r"(?:['’]s|s['’]|\bon|\btold|\bshow|\bprogram|\bprogramme|\bseries|\bpodcast|"
    r"\binterview with|\bhosts? of|\bstar of|\bbook|\bmemoir|\bnovel|\bsong|\bfilm|"
    r"\bmovie|\balbum|\barticle|\bop-ed|\bcolumn|\bessay|\bheadline|\btune of|\bauthor of|"
    r"\bbiography|\bautobiography|\btold the|\bon the),?\s*$", re.I)


#: Words just after a quoted name that make it the title of a show or film ("the “Avatar” star").
_MEDIA_TITLE_AFTER = re.compile(
    r"\s+(?:stars?|co-stars?|hosts?|actors?|actress(?:es)?|anchors?|creators?|cast|"
    # "the “Harlow” show", "the “Today” programme": the programme the title names
    r"shows?|programs?|programmes?|series|podcasts?|broadcasts?|documentar(?:y|ies))\b",
    re.I)
#: Marks that end quoted speech before its frame ("“We won,” host Jane Doe said"), which a
#: title before "star" or "host" does not take.
_SPEECH_END = frozenset(",.!?…")
#: The most words a work's title with a subtitle may take, the subtitle included.
_SUBTITLED_TITLE_WORDS = 16


def _is_media_title(text: str, span: QuoteSpan) -> bool:
    """True for the name of a programme, book or film, not speech: a short quoted title
    right after "on", "told", a possessive or "show" ("said on NBC’s “Meet the Press.”") or
    right before "star", "host" and the like ("the “River Town” star"; in any case when no
    comma or stop ends it, as speech before its frame would), or a title with a subtitle
    ("“Backfire: A Life in the Valley of the Giants”")."""
    content = text[span.content_start:span.content_end]
    if _is_subtitled_title(content):
        return True
    if len(content.split()) > 6:
        return False
    if _MEDIA_TITLE_AFTER.match(text, span.end):
        # "the “Orange is the New Black” star": a show's title, in title case or not
        return is_title(content) or _reads_as_a_name(content)
    return is_title(content) and \
        _MEDIA_TITLE_BEFORE.search(text, max(0, span.start - 20), span.start) is not None


def _reads_as_a_name(content: str) -> bool:
    """True for quoted words that open with a capital and end with no comma or stop, as
    the name of a show may ("Orange is the New Black") and speech before its frame does not."""
    return content.lstrip()[:1].isupper() and content.rstrip()[-1:] not in _SPEECH_END


def _is_subtitled_title(content: str) -> bool:
    """True for a title, a colon and a subtitle, all in title case ("Crippled Town: How
    to Make It Great Again"): the name of a book or film, which speech never is."""
    head, colon, tail = content.partition(":")
    return bool(colon) and is_title(head) and \
        is_title(tail.strip(), max_words=_SUBTITLED_TITLE_WORDS - len(head.split()))


#: "according to" and at most two words, no comma, before a quote: the quote is inside the
#: source's noun phrase.
_ACCORDING_TO_BEFORE = re.compile(r"\baccording to(?:\s+[^\s,]+){0,2}\s+$", re.I)
#: A lowercase word right after a closing mark: the noun the quoted words modify.
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def _names_the_source(text: str, span: QuoteSpan) -> bool:
    """True for a short quote inside the source of "according to", before the noun it
    modifies ("according to the “Medicare for all” document"): the source's name."""
    return len(text[span.content_start:span.content_end].split()) <= _SCARE_QUOTE_WORDS and \
        _NOUN_AFTER.match(text, span.end) is not None and \
        _ACCORDING_TO_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


#: Things that carry a slogan, right after it or after one noun ("“Vote Doe” lawn signs").
_ITEM_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:t-shirts?|shirts?|tees|hats?|caps?|pins?|buttons?|badges?|"
    r"signs?|placards?|banners?|stickers?|posters?|mugs?|jerseys?|sweatshirts?|hoodies?|"
    r"bracelets?|flags?)\b", re.I)


def _on_an_item(text: str, span: QuoteSpan) -> bool:
    """True for a quote that names what a thing bears, right before the thing ("wearing a
    “Vote Doe” hat", "held “Doe for Mayor” signs"): nobody says it there.  Not a sentence
    that ends in its own mark ("“We lost.” T-shirts appeared")."""
    content = text[span.content_start:span.content_end].rstrip()
    return content[-1:] not in _SENTENCE_END and _ITEM_AFTER.match(text, span.end) is not None


#: A markup tag right before a quote ('<tweet id="1">“Great rally!”'): the text of an
#: embedded post that scraping left in the article, not a quote of its prose.
_MARKUP_TAG_BEFORE = re.compile(r"<[A-Za-z][^<>\n]*>[ \t]*$")
#: How far before a quote a markup tag is looked for.
_MARKUP_CHARS = 200

#: A language's name and "for" right after a quote's closing mark: the quote after them
#: translates it ("“Basta,” Spanish for “enough”", "''Adieu'' -- French for ''goodbye''").
_GLOSS_BEFORE = re.compile(r"[”\"'’]\s*(?:,|-{1,2}|–|—)?\s*[A-Z][a-z]+\s+for\s*$")
#: How far before a quote the gloss's language and the quote it translates are looked for.
_GLOSS_CHARS = 24
#: A quote set against the quote just before it ('She said “we will review it,” not “we
#: will cancel it.”'): the words she did not say, as a correction notice gives them.
_NOT_SAID_BEFORE = re.compile(r"[”\"'’],?[ \t]+not[ \t]+$")
#: How far before a quote the "not" after the previous quote is looked for.
_NOT_SAID_CHARS = 8


def _quotes_in_double_marks(spans: list[QuoteSpan]) -> bool:
    """True when an article quotes in double marks more often than in single ones."""
    doubles = sum(is_double(s.close_mark or s.open_mark) for s in spans)
    return doubles * 2 > len(spans)


#: The fewest words a quote in capitals needs to read as a heading ("“NO DEAL”" may be shouted).
_CAPS_HEADING_WORDS = 3


#: The most characters a label may take before a quoted headline on its line ("NOW OPEN—").
_HEADING_LABEL_CHARS = 40
#: A byline after a quoted headline that opens its line: '—"Museum to close," by the Post's X'.
_BYLINE_AFTER = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")


def _is_heading(words: Words, span: QuoteSpan, double_style: bool) -> bool:
    """True for a quote that reads as a heading, not speech: one that fills its line in
    single marks in an article that quotes in double ones ("‘A fight to the finish.’") or
    in capitals ("“VOTERS MAKE GOOD DECISIONS”"), or a headline that opens its line with
    its byline after it ('—"Museum to close," by the Post's Jane Doe')."""
    text = words.text
    p0, p1 = words.paragraph_bounds(span.start)
    if span.start - p0 > _HEADING_LABEL_CHARS:
        return False  # far into its line (and a 10 MB line must not be read once per quote)
    lead = text[p0:span.start]
    if any(c.islower() for c in lead):
        return False  # the quote is inside a sentence, not at the head of its line
    if text[span.content_end - 1:span.content_end] == "," and \
            _BYLINE_AFTER.match(text, span.end):
        return True
    if lead.strip() or _WORD_CHAR.search(text, span.end, p1):
        return False
    if double_style and not is_double(span.close_mark or span.open_mark):
        return True
    content = text[span.content_start:span.content_end]
    return content.isupper() and len(content.split()) >= _CAPS_HEADING_WORDS


#: The most words a name may take before the colon that opens a headline or a transcript
#: line ("Sen. Jane Doe: ...").
_LINE_LABEL_WORDS = 5


#: The reason of a quote credited to the label that opens its line.
_LINE_LABEL_REASON = "X: on the quote's line"
#: The most characters of a labelled line's claim read as a mixed quote's statement.
_LINE_CLAIM_CHARS = 200


def _line_label_speaker(attributor: Attributor, words: Words, span: QuoteSpan
                        ) -> Attribution | None:
    """The name before the colon that opens the quote's line, as a headline or a transcript
    names its speaker ("Jane Doe: Tax Plan Is ‘Dead on Arrival’", "Doe: Well, nobody says
    ‘never.’"), for a quote after the colon that no frame attributes; not a label ("The
    Latest:", "Note:", "UPDATE:", "Q:")."""
    label = words.line_label(span.start, _LINE_LABEL_WORDS)
    if label is None:
        return None
    a, colon = label
    name = words.words[a:colon]
    if name[0].upos == "DET" or not all(w.is_capitalised or w.is_punct for w in name) or \
            not attributor.is_named_or_pronoun((a, colon)) or _is_line_label(name) or \
            not attributor.label_names_speaker((a, colon)):
        return None  # "Update: Town hails “a great day”": a label a parse may tag a name
    return Attribution((a, colon), None, None, 0.6, _LINE_LABEL_REASON)


def _labelled_line_claim(words: Words, first: QuoteSpan, last: QuoteSpan
                         ) -> tuple[int, int] | None:
    """The claim after the label of the quote's line, as the statement of a mixed quote in it
    ("Doe: Rival's ‘Hateful Rhetoric’ Hurts Party": "Rival's ... Party"), or None when the
    line goes on past a sentence of its own."""
    text = words.text
    p0, p1 = words.paragraph_bounds(first.start)
    colon = text.find(":", p0, first.start)
    if colon < 0:
        return None
    start = colon + 1
    while start < first.start and text[start].isspace():
        start += 1
    end = p1
    while end > last.end and text[end - 1].isspace():
        end -= 1
    if end - start > _LINE_CLAIM_CHARS:
        return None  # a transcript's long turn: the quote's own clause is not the line
    return start, end


#: The end of a name line that closes the quote above it: an optional full stop, the mark.
_NAME_LINE_END = re.compile(r"\.?[\"\u201d]\s*$")
#: Double marks that, inside a name line, make it a quote of its own.
_NAME_LINE_MARKS = re.compile("[\"\u201c\u201d]")


def _name_line_under(attributor: Attributor, words: Words, span: QuoteSpan
                     ) -> Attribution | None:
    """The name on the line under a quote left open at the end of its line, the line that
    closes the quote mark ('"We need a stimulus.\nJane Doe, River Policy Institute."'): a
    pull quote signed inside its marks, as a scraped block quote reads; not a line with a
    verb ('"...\nThank you."')."""
    text = words.text
    if span.close_mark is not None or text[span.end:span.end + 1] != "\n":
        return None
    l0, l1 = words.paragraph_bounds(span.end + 1)
    end = _NAME_LINE_END.search(text, l0, l1)
    if end is None or _NAME_LINE_MARKS.search(text, l0, end.start()):
        return None
    name = attributor.signed_name(words.index_at(l0), words.index_at(end.start()))
    if name is None:
        return None
    return Attribution(name, None, None, 0.8, "signature line after the quote")


def _is_line_label(name: list[Word]) -> bool:
    """True for one word in capitals that names nobody ("UPDATE", "Q"): a label, not a name."""
    return len(name) == 1 and name[0].text.isupper() and \
        (len(name[0].text) == 1 or name[0].ner in ("O", ""))


def _named_just_before(attributor: Attributor, words: Words, span: QuoteSpan,
                       att: Attribution,
                       names_person_called: Callable[[str], bool] | None = None) -> Attribution:
    """A paragraph that opens with an unattributed quote: the person the sentence before
    it was about ("Trump spoke only in bromides.\n\n“We have to do something.”"), or
    whoever that sentence says released a statement (a party, a group); not
    when its sentence goes on after it with a frame of its own that no rule read
    ('“...” said one unaligned strategist.').  A surname alone counts as a person's name
    when ``names_person_called`` says a person of the article goes by it, whatever the
    tagger made of it there ("since Doe spoke ..." with "Doe" tagged an organisation)."""
    text = words.text
    p0, _ = words.paragraph_bounds(span.start)
    if _frame_after(words, span) or \
            text[p0:span.start].strip() and not _opens_sentence_in_paragraph(text, span):
        return att
    i = _word_before(words, span)
    if i < 0 or words.paragraph_of(span.start) - words.words[i].par > 2:
        return att
    s = words.words[i].sent
    b = words.sentences[s][1]
    if attributor.generic_heading(words.sentences[s][0], b - 1):
        return att  # "What they said:\n\n“...”": a roundup's heading names no one
    def person(m: tuple[int, int]) -> bool:
        return _names_a_person(words, m) or names_person_called is not None and \
            _surname_of_a_person(words, m, names_person_called)

    sub = _sentence_subject(attributor, words, s)
    if words.sentence_has_parse(s) and (sub is None or not person(sub)):
        # "What “X” means is left to voters, since Doe spoke only in bromides.\n\n“...”":
        # a parse finds a clause for the subject; the surface reading finds the person
        a = words.sentences[s][0]
        surface = attributor.clause_subject(a, b, inside=None, deep=True, unparsed=True)
        if surface is not None and person(surface):
            sub = surface
    if sub is None:
        return att
    ws = words.words[sub[0]:sub[1]]
    if any(w.ner.endswith("PERSON") for w in ws) or person(sub):
        return Attribution(sub, None, None, 0.45, "person named just before")
    if _released_a_statement(words, sub[1], b):
        # "The party issued a statement apologizing ...\n\n“On behalf of ...”"
        return Attribution(sub, None, None, 0.45, "statement released just before")
    if attributor.is_named_or_pronoun(sub) and attributor.reports_after(sub[1], b):
        # "The pastor further related that ...\n\n“I sensed ...”"
        return Attribution(sub, None, None, 0.45, "person named just before")
    return att


def _opens_sentence_in_paragraph(text: str, span: QuoteSpan) -> bool:
    """True when the quote at ``span`` is a sentence of its own after a whole sentence of
    its paragraph ('Sen. Jo Hale, who lost the primary, named fatigue as one reason. “Voters
    are tired.”'): the words before it end with a full stop, "!" or "?", and its own open
    with a capital."""
    lead = text[text.rfind("\n", 0, span.start) + 1:span.start].rstrip()
    content = text[span.content_start:span.content_end].lstrip(_OPENING_MARKS)
    return lead[-1:] in _SENTENCE_END and content[:1].isupper()


def _block_after_lead(attributor: Attributor, words: Words, span: QuoteSpan
                      ) -> Attribution | None:
    """The speaker of the lead-in paragraph that ends in a colon right before the paragraph
    holding ``span``, when that paragraph opens with no quote mark ("In a post, Doe wrote:\n
    \nI think the vote was “rigged” ..."): a block quotation set without marks, whose quoted
    fragments are the lead-in speaker's words.  Only a lead-in with a verb of speech and its
    subject in that paragraph, the verb right before the colon ("X wrote:", "X argued
    that:") or the source after "according to" ("According to the Ledger:"); a bulleted
    list after it is the lead-in's to its last item ("X argued that:\n\n• A\n\n• B
    “...”"); not a label ("Like the page:"), a lead-in to a thing ("X tweeted the
    transcript:") or a post ("X tweeted:"), whose embed a scraped page drops (the paragraph
    after it is the writer's), nor a lead-in whose sentence the splitter ran on from an
    earlier paragraph."""
    p0, _ = words.paragraph_bounds(span.start)
    opening = words.text[p0:span.start].lstrip()
    bullet = _BULLET.match(opening)
    if bullet:
        opening = opening[bullet.end():]
    if not opening or opening[0] in _QUOTE_OPENERS:
        return None
    if bullet:
        # "X argued that:\n\n• A ...\n\n• B “...”": the list's items after the first
        # are the lead-in's too; walk back over the paragraphs that open with the same mark
        mark = bullet.group().strip()
        for _ in range(_MAX_BULLETS):
            k = words.index_at(p0) - 1
            if k < 0:
                return None
            q0, _ = words.paragraph_bounds(words.words[k].start)
            before = _BULLET.match(words.text[q0:words.words[k].end].lstrip())
            if before is None or before.group().strip() != mark:
                break
            p0 = q0
        else:
            return None
    k = words.index_at(p0) - 1
    if k < 0 or words.words[k].text != ":":
        return None
    lead = attributor.previous_colon_lead(QuoteSpan(p0, p0 + 1, "", "", False, 0))
    if lead is None or lead.speaker is None or lead.cue is None:
        return None
    par = words.words[k].par
    c = lead.cue[1]
    if c < k and words.words[c].lower == "that":
        c += 1
    if lead.reason == _ACCORDING_TO and lead.cue[1] <= lead.speaker[0]:
        c = lead.speaker[1]  # "According to the Ledger:": the source right before the colon
    cue = words.words[lead.cue[0]]
    c = _past_venue(words, c, k)
    if c != k or cue.lemma in _EMBED_VERBS or words.words[lead.speaker[0]].par != par or \
            cue.par != par:
        return None  # "X tweeted the transcript:", "X posted:": a post the page embedded
    return attrs.evolve(lead, confidence=min(lead.confidence, _BLOCK_CONFIDENCE),
                        reason="block after X said:")


def _past_venue(words: Words, c: int, k: int) -> int:
    """Word ``k`` when words [c, k) only name where a lead-in's words ran: "X wrote in
    the Ledger:", "X said on Fox:", "According to X, writing for the Ledger:" (a participle
    of speech after a comma, then a short phrase of place with no verb); else ``c``."""
    w = words.words
    i = c
    if i + 1 < k and w[i].text == "," and w[i + 1].lower.endswith("ing") and \
            REPORTING_VERB_FORMS.get(w[i + 1].lower) is not None:
        i += 2
    if i >= k or w[i].lower not in VENUE_PREPOSITIONS or k - i > _VENUE_WORDS:
        return c
    if any(x.upos in ("VERB", "AUX") or x.is_punct and x.text not in (".", "'", "’")
           for x in w[i + 1:k]):
        return c
    return k


def _word_before(words: Words, span: QuoteSpan) -> int:
    """The index of the last word before the quote that is no punctuation (-1: none)."""
    i = words.index_at(span.start) - 1
    while i >= 0 and words.words[i].is_punct:
        i -= 1
    return i


def _sentence_subject(attributor: Attributor, words: Words, s: int) -> tuple[int, int] | None:
    """The subject of sentence ``s``'s main clause."""
    a, b = words.sentences[s]
    # a Document may parse only some sentences (Stanza sentence selection): the surface
    # method reads a sentence without heads
    if words.sentence_has_parse(s):
        return attributor.clause_subject(a, b, inside=next((x for x in range(a, b)
                                                            if words.words[x].head < 0), None))
    return attributor.clause_subject(a, b, inside=None, deep=True)


def _person_named_between(attributor: Attributor, words: Words, previous: Found,
                          span: QuoteSpan) -> tuple[int, int] | None:
    """The person named as the subject of a sentence that stands between the frame of the
    previous statement and a quote opening its own sentence ('“A,” Jane Doe said. Tom Reed
    disagreed. “B.”', '“A,” says Jane Doe, 32. Doe backs the plan. “B.”'): the quote is
    that person's, in that mention; a pronoun or a thing there names no one new."""
    q = words.index_at(span.start)
    i = _word_before(words, span)
    if i < 0 or q >= len(words.words) or words.words[i].sent == words.words[q].sent:
        return None
    frame = [words.index_at(max(previous.start, previous.end - 1))]
    frame += [x[0] for x in (previous.attribution.cue, previous.attribution.speaker)
              if x is not None]
    s = words.words[i].sent
    if any(x < len(words.words) and words.words[x].sent >= s for x in frame):
        return None
    sub = _sentence_subject(attributor, words, s)
    return sub if sub is not None and _names_a_person(words, sub) else None


def _names_a_person(words: Words, mention: tuple[int, int]) -> bool:
    """True for a mention headed by a person's name with no determiner ("Tom Reed", "Sen.
    Jane Doe"), not a thing named after someone ("the oversized Trump [face]")."""
    return words.words[mention[0]].upos != "DET" and \
        words.words[mention[1] - 1].ner.endswith("PERSON")


def _surname_of_a_person(words: Words, mention: tuple[int, int],
                         names_person_called: Callable[[str], bool]) -> bool:
    """True for a mention that is one capitalised proper noun a person of the article goes
    by ("Doe" after "Jane Doe" was named), though the tagger gave it another type there."""
    w = words.words[mention[0]]
    return mention[1] - mention[0] == 1 and w.upos == "PROPN" and w.text[:1].isupper() and \
        not w.text.isupper() and names_person_called(w.text)


def _released_a_statement(words: Words, a: int, b: int) -> bool:
    """True when a verb of releasing with a statement noun as its object stands in the
    words [a, b) after a subject ("... issued a statement apologizing to ..."): the
    paragraph after quotes that statement, whoever the subject is (a party, a group)."""
    ws = words.words
    return any(ws[x].lower in RELEASE_FORMS and ws[x].upos == "VERB" and
               any(ws[y].lower in MESSAGE_NOUNS for y in range(x + 1, min(b, x + 4)))
               for x in range(a, min(b, a + 4)))


#: Words going on with the sentence right after a closing mark ('”, said', '” said'): no
#: mark that ends a sentence or opens another quote between.
_SENTENCE_GOES_ON = re.compile(r"[ \t,;:\u2013\u2014-]*[^\W_]")


def _frame_after(words: Words, span: QuoteSpan) -> bool:
    """True when the quote's sentence goes on after its closing mark ('“...” said one
    strategist.', '“...,” Doe told reporters'): a frame of its own that no rule read."""
    _, p1 = words.paragraph_bounds(span.start)
    return _SENTENCE_GOES_ON.match(words.text, span.end, p1) is not None


#: Word classes of a sentence adverb or conjunction that may open a sentence before a
#: quote of a whole sentence ("Indeed, “...”", "But “...”").
_CONNECTIVE_TAGS = frozenset({"ADV", "CCONJ"})
#: The most words (punctuation included) a connective lead-in may take ("Indeed, “").
_CONNECTIVE_REACH = 4


def _after_connective(words: Words, span: QuoteSpan) -> bool:
    """True when only one sentence adverb or conjunction stands before the quote in its
    sentence ("Indeed, “We cite a dozen cases.”", "But “it helps.”"): the quote is a
    sentence of the speaker's, not a fragment of the writer's."""
    q = words.index_at(span.start)
    if q >= len(words.words):
        return False
    a = words.sentences[words.words[q].sent][0]
    lead = [w for w in words.words[max(a, q - _CONNECTIVE_REACH):q] if not w.is_punct]
    return q - a <= _CONNECTIVE_REACH and len(lead) == 1 and \
        lead[0].upos in _CONNECTIVE_TAGS and words.words[a].par == words.words[q].par


def _latest_statement(words: Words, previous: Found | None, attributed: list[Found],
                      attributed_ends: list[int], span: QuoteSpan) -> Found | None:
    """The latest attributed statement before ``span``, quoted (``previous``) or reported
    (``attributed``, sorted by end), unless the reported one lies in the frame of the quote."""
    k = bisect.bisect_right(attributed_ends, span.start)
    latest = attributed[k - 1] if k > 0 else None
    if previous is None or (latest is not None and latest.end > previous.end and
                            not _in_frame_of(words, latest, previous)):
        return latest
    return previous


def _goes_on_speaking(attributor: Attributor, statement: Found) -> bool:
    """True when the speaker of ``statement`` may go on speaking in the quote after it: the
    speaker of a quote, or a person, a name or a role that a reported statement credits;
    not a thing ("the emails" of "the emails, which showed staff suggesting ...")."""
    sp = statement.attribution.speaker
    return statement.kind != "indirect" or sp is not None and \
        attributor.is_named_or_pronoun(attributor.antecedent_of(sp) or sp)


#: A gloss in parentheses after a quote, its translation, as all the rest of the statement
#: ('“A” (“B”), X said', '“A” (B), X said').
_GLOSS_AFTER = re.compile(r"\s*\([^()\n]{1,160}\)?")
#: The quote a gloss in parentheses translates, as all of the statement before the gloss.
_GLOSSED_BEFORE = re.compile(r"[\"“‘'«][^()\n]{1,300}[\"”’'»]\s*\(")


def _glossed(text: str, c0: int, c1: int, q0: int, q1: int) -> bool:
    """True when the statement at text [c0, c1) is a quote at [q0, q1) and a translation in
    parentheses, the one before the other ('“Nous sommes prêts” (“We are ready”), X told
    reporters'): each quote is the whole statement, and direct (the statement may end
    before the closing parenthesis)."""
    if c0 == q0:
        return q1 < c1 and bool(_GLOSS_AFTER.fullmatch(text, q1, c1))
    return c0 < q0 and text[q1:c1].strip() in ("", ")") and \
        bool(_GLOSSED_BEFORE.fullmatch(text, c0, q0))


def _takes_over(words: Words, previous: Found | None, f: Found) -> bool:
    """True when the attributed quote ``f`` becomes the statement that later quotes go on
    with: not a fragment quoted in the frame of the direct quote before, with no verb of
    its own ('“A,” said Jane Doe, before a “town hall” event. “B.”': B is Doe's, whoever
    the fragment's clause is about); a fragment with a frame of its own speaks ('“A” --
    as they say -- “B,” he says. “C.”')."""
    return previous is None or f.kind != "mixed" or previous.kind != "direct" or \
        f.attribution.cue not in (None, previous.attribution.cue) or \
        not _in_frame_of(words, f, previous)


#: Dashes that set off an aside inside a sentence (" - ", " -- ", " — ").
_ASIDE_DASHES = ("-", "--", "—", "–", "―")


def _before_dash_aside(words: Words, found: list[Found], before: Found,
                       span: QuoteSpan) -> Found:
    """The quote before the aside that dashes set off between it and the quote ``span``
    when the statement ``before`` lies in that aside ('He said, “A” - at which point the
    crowd chanted “B!” - “and C.”': C goes on with A, not with the crowd's B); else
    ``before``."""
    text = words.text
    if text[before.end:span.start].strip() not in _ASIDE_DASHES:
        return before
    earlier = next((f for f in reversed(found) if f.end <= before.start), None)
    if earlier is None or earlier.attribution.speaker is None:
        return before
    lead = text[earlier.end:before.start]
    opening = lead.lstrip(" ,")
    if "\n" in lead or not opening.startswith(_ASIDE_DASHES) or \
            any(d in opening[2:] for d in ("—", "–", "―", " - ")):
        return before
    return earlier


def _in_frame_of(words: Words, reported: Found, quote: Found) -> bool:
    """True when a reported statement lies in the sentence that frames the quote before it
    ('“A!” X declared, after a show during which callers asked how much he made'): the
    quote's speaker, not the statement's, goes on speaking."""
    if reported.start < quote.end:
        return False
    r = words.index_at(reported.start)
    frame = [words.index_at(max(quote.start, quote.end - 1))]
    if quote.attribution.cue is not None:
        frame.append(quote.attribution.cue[0])  # '“A!” X declared, ...': split after the "!"
    return r < len(words.words) and any(
        q < len(words.words) and words.words[q].sent == words.words[r].sent for q in frame)


#: How sure a quote with no cue of its own is of the speaker of the statement before in its
#: paragraph, relative to that statement: nearly as sure ('“A,” Doe said. “B.”' is Doe's
#: as often as the frame's mention is right).
_SAME_PARAGRAPH_CONTINUATION = 0.95


def _continuation(attributor: Attributor, previous: Found, span: QuoteSpan, words: Words,
                  att: Attribution) -> Attribution:
    """A quote with no cue of its own continues the previous quote's speaker.

    Either in the same paragraph ("A," he said. "B.") or as a paragraph that
    opens with the quote right after the paragraph of the previous quote, in the
    mention :func:`_continued_mention` gives.
    """
    text = words.text
    prev = previous.attribution
    if prev.reason == REFUSAL_REASON:
        return att  # "X declined to comment. ... “A”": X said nothing to go on with
    if prev.speaker is not None:
        prev = attrs.evolve(prev, speaker=_continued_mention(attributor, words, previous,
                                                             prev.speaker))
    p0, p1 = words.paragraph_bounds(span.start)
    # words after the quote in its paragraph: a frame of its own that no rule read
    trailing = _WORD_CHAR.search(text, span.end, p1) is not None
    short = len(text[span.content_start:span.content_end].split()) <= _SCARE_QUOTE_WORDS
    if words.paragraph_of(span.start) == words.paragraph_of(previous.end):
        if short and trailing and not _ends_sentence(text, span):
            # "... said Smith. “Hamas” is a group ...": a term, not more speech; but
            # "“We are tired,” Doe said. “We are not afraid.” Smith said: ..." is Doe's
            return att
        between = _person_named_between(attributor, words, previous, span)
        if between is not None:
            return Attribution(between, None, None, prev.confidence * 0.8,
                               "person named between")
        return Attribution(prev.speaker, prev.cue, prev.addressee,
                           prev.confidence * _SAME_PARAGRAPH_CONTINUATION,
                           "same speaker as the quote before")
    _, prev_end = words.paragraph_bounds(previous.end)
    if text[p0:span.start].strip() or text[prev_end:p0].strip() or trailing or \
            short and not _ends_sentence(text, span):
        return att
    between = _person_named_between(attributor, words, previous, span)
    if between is not None:
        return Attribution(between, None, None, prev.confidence * 0.7, "person named between")
    return Attribution(prev.speaker, prev.cue, None, prev.confidence * 0.8,
                       "continuation paragraph")


#: The reason of a quoted paragraph with no frame that answers the question quoted in the
#: paragraph before, put by someone else: the one asked answers.
ANSWER_REASON = "answer to the question before"


def _answer_to_question(attributor: Attributor, words: Words, found: list[Found],
                        question: Found) -> Attribution | None:
    """The speaker of the quote before ``question`` when a quoted paragraph with no frame
    answers it: a scene's exchange ('“Get in the truck,” Cal Winters tells his son.\n\n
    “Why?” the boy asks.\n\n“Because I said so.”': Winters answers, not the boy) or an
    interview's ('“A,” he says.\n\n“Why?” I ask.\n\n“B.”').  The question must be a
    direct quote ending in "?" that opens its paragraph, right after a paragraph that
    ends with another speaker's quote, no question itself; None otherwise."""
    text = words.text
    if question.kind != "direct" or question.attribution.speaker is None or \
            not text[question.start:question.end].rstrip(_CLOSING_MARKS).endswith("?"):
        return None
    q0, _ = words.paragraph_bounds(question.start)
    if text[q0:question.start].strip():
        return None
    earlier = next((f for f in reversed(found) if f.end <= question.start), None)
    if earlier is None or earlier is question or earlier.kind != "direct" or \
            earlier.attribution.speaker is None:
        return None
    _, e1 = words.paragraph_bounds(earlier.end)
    if text[e1:q0].strip() or \
            text[earlier.start:earlier.end].rstrip(_CLOSING_MARKS).endswith("?"):
        return None

    def who(sp: tuple[int, int]) -> str:
        a, b = attributor.antecedent_of(sp) or sp
        return " ".join(w.lower for w in words.words[a:b])

    asked, asker = earlier.attribution.speaker, question.attribution.speaker
    if who(asked) == who(asker):
        return None
    return Attribution(asked, None, None, earlier.attribution.confidence * 0.7, ANSWER_REASON)


#: Marks and commas that may close a quote after its last word.
_CLOSING_MARKS = " ,\"'”’"


def _continued_mention(attributor: Attributor, words: Words, statement: Found,
                       sp: tuple[int, int]) -> tuple[int, int]:
    """The mention of ``statement``'s speaker ``sp`` that a quote after it goes on with: the
    noun a relative pronoun stands for ('said X, who added that ...'), or the named subject
    of the sentence in whose clause a pronoun speaks a fragment ('Jane Doe assails what she
    calls the “lie.” “...”'); else ``sp``."""
    antecedent = attributor.antecedent_of(sp)
    if antecedent is not None:
        return antecedent
    if statement.kind == "direct" and words.words[sp[1] - 1].end <= statement.start:
        # 'X said “A,” she said. “B.”': a quote framed on both sides goes on with the
        # nearer frame's mention
        span = next((q for q in attributor.spans if q.start == statement.start), None)
        tail = attributor.closing_frame(span) if span is not None else None
        if tail is not None and tail.speaker is not None and \
                words.words[tail.speaker[0]].start >= statement.end:
            return tail.speaker
    if statement.kind == "mixed" and sp[1] - sp[0] == 1 and \
            words.words[sp[0]].lower in _PERSON_PRONOUNS and \
            words.words[sp[0]].end <= statement.start:  # not '“...,” she said'
        sub = _sentence_subject(attributor, words, words.words[sp[0]].sent)
        if sub is not None and sub[1] <= sp[0] and _names_a_person(words, sub):
            return sub
    return sp


#: Marks that end a sentence inside a quote ("“We are not afraid.”").
_SENTENCE_END = frozenset(".!?…")


def _ends_sentence(text: str, span: QuoteSpan) -> bool:
    """True when the quote's words end with a full stop, "!" or "?" before the closing
    mark: a sentence of its own, not a term inside the writer's sentence."""
    content = text[span.content_start:span.content_end].rstrip("\"'’”» \u00a0")
    return content[-1:] in _SENTENCE_END


#: Marks that end a lead into a quoted sentence ("Said Doe, “...”", "wrapped up — “...”").
_LEAD_END = (",", ":", "—", "–", "--")
#: Marks that may open a quote's words before its first letter.
_OPENING_MARKS = "\"'‘“«…. \u00a0"


def _sentence_after_a_lead(text: str, first: QuoteSpan, last: QuoteSpan) -> bool:
    """True for quoted words that make a whole sentence of more than a scare quote's words
    (a capital first, a full stop, "!" or "?" last) after a lead that ends in a comma, colon
    or dash ("As Jo Hale sings, “Don't go changing to try and please me.”"): someone's
    sentence, not a term inside the writer's."""
    content = text[first.content_start:last.content_end].lstrip(_OPENING_MARKS)
    if not content[:1].isupper() or not _ends_sentence(text, last) or \
            len(content.split()) <= _SCARE_QUOTE_WORDS:
        return False
    return text[text.rfind("\n", 0, first.start) + 1:first.start].rstrip().endswith(_LEAD_END)


#: How much less sure a mixed quote is of the speaker it continues than a direct one.
_FRAGMENT_CONTINUATION = 0.8


#: The fewest words of a quoted fragment that no rule attributes and that is still kept, with
#: no speaker (see :func:`_unattributed_quotation`).
_QUOTATION_WORDS = 8


def _unattributed_quotation(content: list[Word]) -> bool:
    """True for quoted words that no rule attributes but that are too long for a scare quote
    or a term, and not capitalised as a title is ("A memo said he had “repeatedly failed to
    follow the rules set for all staff.”", "The report, “Rebuilding the Harbor,” ..." no):
    someone's words, a report's or a law's, kept as a quotation whose speaker is unknown
    rather than dropped."""
    return sum(not w.is_punct for w in content) >= _QUOTATION_WORDS and _is_long_fragment(content)


def _is_long_fragment(content: list[Word]) -> bool:
    """True for a quoted fragment longer than a scare quote whose words are not mostly
    capitalised, as a work's title is ("Those Guys Have All the Fun: Inside the World")."""
    ws = [w for w in content if not w.is_punct]
    return len(ws) > _SCARE_QUOTE_WORDS and sum(w.is_capitalised for w in ws) * 2 <= len(ws)


def _fragment_continuation(attributor: Attributor, previous: Found, span: QuoteSpan,
                           words: Words, att: Attribution) -> Attribution:
    """A long quoted fragment that no frame or clause subject attributes goes on with the
    speaker of the statement before, as a direct quote would ('..., said Jane Doe, “and we
    have been building ties that last.”'), with less confidence."""
    if _someone_else_in_lead(attributor, words, previous, span):
        return att
    cont = _continuation(attributor, previous, span, words, att)
    if cont.speaker is None:
        return att
    return attrs.evolve(cont, confidence=cont.confidence * _FRAGMENT_CONTINUATION)


#: Pronouns that stand for a person who may speak a fragment after them ("as he puts it").
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})
#: Object pronouns before a fragment stand for who it is about, not who speaks it ("That
#: makes her “a good person”", "expect him to play with “more recklessness than usual”");
#: "his" and "their" may open the subject ("his friends joke about “...”"), so they count.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: The most words before a quote read for someone else who may speak it.
_LEAD_WORDS = 30


def _someone_else_in_lead(attributor: Attributor, words: Words, previous: Found,
                          span: QuoteSpan) -> bool:
    """True when the quote's sentence names a person or has a personal pronoun before the
    quote, outside quotes and outside the previous statement's speaker ("Said Comey, “...”",
    "one lawmaker called Trump “...”"): someone the continuation would pass over."""
    q = words.index_at(span.start)
    if q >= len(words.words):
        return False
    a = max(words.sentences[words.words[q].sent][0], q - _LEAD_WORDS)
    if _name_as_predicate_subject(words, a, q):
        return False
    sp = previous.attribution.speaker or (0, 0)
    if previous.kind != "indirect" and previous.end <= words.words[sp[0]].start and \
            sp[1] <= q and words.index_at(previous.end) >= a:
        # '“A,” said Jane Doe, Smith's spokeswoman, “and B.”': the frame between the two
        # parts of one quote names its speaker, whoever her apposition names
        a = q
    # "him", "her", "them" stand for someone the clause is about, no one who speaks it:
    # 'X said “A.” That makes her “B.”' goes on with X (see _OBJECT_PRONOUNS)
    return any(attributor.in_quote[i] < 0 and not sp[0] <= i < sp[1] and
               (words.words[i].ner.endswith("PERSON") or
                words.words[i].lower in _PERSON_PRONOUNS and
                words.words[i].lower not in _OBJECT_PRONOUNS)
               for i in range(a, q))


def _name_as_predicate_subject(words: Words, a: int, q: int) -> bool:
    """True when the words [a, q) from the sentence start to a fragment are only a person's
    name right before it ('“A,” said Jane Doe. Tom Reed “just misspoke. It was a slip.”'):
    the subject of the quoted predicate, whom the words are about, not who speaks them."""
    ws = words.words[a:q]
    return 0 < len(ws) <= 3 and ws[0].is_capitalised and \
        all(w.ner.endswith("PERSON") and w.upos == "PROPN" for w in ws)


#: The reason of a fragment quoted in a sentence that opens with the text that governs it.
GOVERNING_TEXT_REASON = "under X, clause"
#: Nouns of a text that lays down rules, whose words a sentence opening "Under the ...,"
#: quotes ("Under the Harbor Act,", "Under state law,", "Under the new rules,").
_GOVERNING_TEXTS = frozenset({
    "law", "laws", "act", "statute", "code", "constitution", "rule", "rules", "regulation",
    "regulations", "ordinance", "treaty", "charter", "bylaws", "amendment", "contract"})


def _governing_text(attributor: Attributor, words: Words, span: QuoteSpan
                    ) -> Attribution | None:
    """The text named in an opening "Under X," of the sentence that quotes a fragment of it
    with no verb of speech between ('Under Ohio law, theft is committed when a person
    “knowingly takes ...”', 'Under the Harbor Act, the mayor must hear “any resident
    ...”'): the law speaks, not the clause's subject; None otherwise (not 'Under the new
    rules, Doe said the fee was “a tax.”', nor a scare quote: 'Under the rules, only some
    are “safe”')."""
    q = words.index_at(span.start)
    if q >= len(words.words) or \
            len(words.text[span.content_start:span.content_end].split()) <= _SCARE_QUOTE_WORDS:
        return None
    a = words.sentences[words.words[q].sent][0]
    if words.words[a].lower != "under":
        return None
    comma = next((x for x in range(a + 1, q) if words.words[x].text == ","), None)
    if comma is None or comma - a < 2 or words.words[comma - 1].lower not in _GOVERNING_TEXTS:
        return None
    if any(attributor.in_quote[x] >= 0 or is_cue_word(words.words[x]) for x in range(a, q)):
        return None
    return Attribution((a + 1, comma), None, None, 0.6, GOVERNING_TEXT_REASON)


def _drop_overlaps(found: list[Found]) -> list[Found]:
    """Keep direct/mixed quotes over reported speech that overlaps them.

    ``found`` is sorted by start; one sweep keeps it linear: a quote replaces
    the reported statements it overlaps, reported speech never displaces anything.
    """
    quotes = [f for f in found if f.kind != "indirect"]
    kept: list[Found] = []
    for f in quotes:  # quotes among themselves: the first one wins
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    out: list[Found] = []
    q_starts = [q.start for q in kept]
    for f in found:
        if f.kind != "indirect":
            continue
        k = bisect.bisect_left(q_starts, f.end)  # quotes that start before f ends
        if k > 0 and kept[k - 1].end > f.start:  # kept quotes never overlap: ends are sorted
            continue
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return sorted(kept + out, key=lambda f: f.start)
