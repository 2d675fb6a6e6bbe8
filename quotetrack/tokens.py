"""A flat, fast view of a stanza Document for the attribution rules.

Every rule reads words through :class:`Words`: one list over the whole
article, with sentence and paragraph numbers, and the dependency head as an
index into the same list (``-1`` for the root or when there is no parse).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import Any

from stanza.models.common.doc import Document
from stanza.models.common.doc import Token as StanzaToken
from stanza.models.common.doc import Word as StanzaWord

from .lexicon import (
    INTENTION_VERBS,
    PRONOUNS,
    QUOTE_CUE_FORMS,
    REPORTED_TRIGGER_FORMS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
    STANCE_VERBS,
    VERB_FORM_LEMMAS,
)

_NEWLINE = re.compile("\n")
#: Past every character offset: the next newline of the last paragraph.
_NO_NEWLINE = sys.maxsize
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my",
                               "your", "this", "these", "those", "every", "each", "no"})


def _past_form(w: Word, verb_forms: dict[str, str]) -> bool:
    """Whether reporting-verb form ``w`` is a past form ("said", "told"), no noun's."""
    return verb_forms[w.lower] != w.lower and not w.lower.endswith(("s", "ing"))


def punct(upos: str, text: str) -> bool:
    """Whether a word of tag ``upos`` spelled ``text`` is punctuation: tagged so, or without
    a letter or digit (most words are letters or digits alone, and most others start with
    one: those answer without reading the rest; ``isalnum`` first, as no slice is made)."""
    return upos == "PUNCT" or not (text.isalnum() or text[:1].isalnum() or
                                   any(map(str.isalnum, text)))


class Word:
    """One word of the article.

    ``is_punct`` is :func:`punct` of the word's tag and text, stored when the word is made
    (the rules read it for most words, often several times): whatever changes ``upos``
    afterwards sets it again (:meth:`retag`)."""

    __slots__ = ("i", "start", "end", "text", "lower", "upos", "lemma", "ner", "head",
                 "deprel", "sent", "par", "feats", "is_punct")

    def __init__(self, i: int, start: int, end: int, text: str, upos: str, lemma: str,
                 ner: str, head: int, deprel: str, sent: int, par: int, feats: str,
                 lower: str | None = None) -> None:
        self.i = i
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower() if lower is None else lower
        self.upos = upos
        self.lemma = lemma
        self.ner = ner
        self.head = head
        self.deprel = deprel
        self.sent = sent
        self.par = par
        self.feats = feats
        self.is_punct = punct(upos, text)

    def retag(self, upos: str) -> None:
        """Give the word the tag ``upos`` (and ``is_punct`` with it)."""
        self.upos = upos
        self.is_punct = punct(upos, self.text)

    @property
    def is_pronoun(self) -> bool:
        return self.upos == "PRON" or (self.lower in PRONOUNS and self.upos in ("", "X"))

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Word({self.i}, {self.text!r}, {self.upos}, {self.deprel}->{self.head})"


#: (a token's offsets are read only where a word has none, or the token no NER tag)
_TOKEN_FIELDS = ("ner", "words")
_WORD_FIELDS = ("start_char", "end_char", "text", "lemma", "head", "upos", "deprel", "feats")
#: Getters of Stanza's own Token and Word fields, kept in attributes of the same names with
#: a leading underscore (what :func:`_field_getters` gives when it may read those).
_PRIVATE_GETTERS = (attrgetter(*("_" + f for f in _TOKEN_FIELDS)),
                    attrgetter(*("_" + f for f in _WORD_FIELDS)))


def _field_getters(doc: Document) -> tuple[attrgetter, attrgetter]:
    """Getters of the token fields and the word fields :class:`Words` reads, in the order
    of ``_TOKEN_FIELDS`` and ``_WORD_FIELDS``.

    Stanza's own Token and Word keep each of these properties in an attribute of the same
    name with a leading underscore; reading those directly halves the cost of building
    :class:`Words` (``_PRIVATE_GETTERS``, which :class:`Words` then reads as plain
    attributes).  Anything else (a subclass, a Stanza version that stores them otherwise)
    is read through its public properties.
    """
    public = attrgetter(*_TOKEN_FIELDS), attrgetter(*_WORD_FIELDS)
    token = next((t for s in doc.sentences for t in s.tokens if t.words), None)
    if token is None or type(token) is not StanzaToken or type(token.words[0]) is not StanzaWord:
        return public
    private = _PRIVATE_GETTERS
    try:
        same = all(p(x) == q(x) for p, q, x in zip(private, public, (token, token.words[0]),
                                                        strict=True))
    except AttributeError:
        return public
    return private if same else public


class _TokenFields:
    """A token's fields under the names of Stanza's private attributes, read through
    getters (see :func:`_token_rows`)."""

    __slots__ = ("_ner", "_words", "start_char", "end_char")
    _ner: str | None
    _words: list[_WordFields]
    start_char: int | None
    end_char: int | None


class _WordFields:
    """A word's fields under the names of Stanza's private attributes (see
    :func:`_token_rows`)."""

    __slots__ = ("_start_char", "_end_char", "_text", "_lemma", "_head", "_upos", "_deprel",
                 "_feats")
    _start_char: int | None
    _end_char: int | None
    _text: str
    _lemma: str | None
    _head: int | None
    _upos: str | None
    _deprel: str | None
    _feats: str | None


def _token_rows(doc: Document) -> list[Sequence[Any]]:
    """Each sentence's tokens, whose fields :class:`Words` reads as the plain attributes
    ``_ner`` and ``_words`` and each word's ``_start_char``, ``_end_char``, ``_text``,
    ``_lemma``, ``_head``, ``_upos``, ``_deprel`` and ``_feats`` (a token's ``start_char``
    and ``end_char`` only where a word has no offsets): Stanza's own tokens as they are (an
    attribute read costs less than a getter's call and its tuple, for every word), any
    others copied through the getters of :func:`_field_getters`."""
    token_fields, word_fields = _field_getters(doc)
    if token_fields is _PRIVATE_GETTERS[0] and word_fields is _PRIVATE_GETTERS[1]:
        return [sentence.tokens for sentence in doc.sentences]
    out: list[Sequence[Any]] = []
    for sentence in doc.sentences:
        row = []
        for token in sentence.tokens:
            t = _TokenFields()
            t._ner, token_words = token_fields(token)
            t.start_char, t.end_char = token.start_char, token.end_char
            t._words = []
            for word in token_words:
                w = _WordFields()
                (w._start_char, w._end_char, w._text, w._lemma, w._head, w._upos, w._deprel,
                 w._feats) = word_fields(word)
                t._words.append(w)
            row.append(t)
        out.append(row)
    return out


def split_after_parenthesis(last: str, first: str, same_paragraph: bool) -> bool:
    """Whether a sentence boundary between a sentence whose last token is ``last`` and one
    whose first is ``first`` is a parser's false split after an abbreviation in
    parentheses: "Sen. Jane Doe (D-Ore.) | said ...", "Sen. Jane Doe (D-Ore.) | , who ...,
    said" (a ")" and then a lower-case word or a comma, in the same paragraph)."""
    runs_on = first == "," or first[:1].islower() and first[:1].isalpha()
    return last == ")" and runs_on and same_paragraph


def _split_inside_parenthesis(words: list[Word], pa: int, pb: int, b: int) -> bool:
    """Whether the sentences [pa, pb) and [pb, b) are a parser's false split at a full stop
    inside an abbreviation in parentheses: "Rep. Jane Doe (D-N. | Y.) said ...", the first
    ending in a "(" left open a few words before and the second closing it within its
    first two words, in the same paragraph."""
    if not words[pb - 1].text.endswith("."):
        return False  # (read first: most sentences end so, few with a "(" before)
    # the ")" in the next sentence's first two words, asked before the "(" (two reads, no
    # generator: almost every sentence boundary fails here)
    if words[pb].text == ")":
        close = pb
    elif pb + 1 < b and words[pb + 1].text == ")":
        close = pb + 1
    else:
        return False
    opening = next((k for k in range(pb - 1, max(pa, pb - 4) - 1, -1)
                    if words[k].text in ("(", ")")), None)
    if opening is None or words[opening].text != "(":
        return False
    return words[close].par == words[pb - 1].par


def _join_split_parentheses(words: list[Word], sents: list[tuple[int, int]], parsed: list[bool]
                            ) -> tuple[list[tuple[int, int]], list[bool]]:
    """Sentences with a false split after an abbreviation in parentheses joined again
    (:func:`split_after_parenthesis`).  Word ``sent`` numbers follow."""
    if len(sents) < 2:
        return sents, parsed
    out: list[tuple[int, int]] = [sents[0]]
    flags: list[bool] = [parsed[0]]
    for (a, b), p in zip(sents[1:], parsed[1:], strict=True):
        pa, pb = out[-1]
        last = words[pb - 1].text if pb == a and b > a else ""
        # (a sentence that ends in neither can be no false split: no call for it; the
        # first split needs the ")", the second the full stop)
        if last == ")" and split_after_parenthesis(last, words[a].text,
                                                   words[a].par == words[pb - 1].par) or \
                last[-1:] == "." and _split_inside_parenthesis(words, pa, pb, b):
            out[-1] = (pa, b)
            flags[-1] = flags[-1] and p
        else:
            out.append((a, b))
            flags.append(p)
    if len(out) == len(sents):
        return sents, parsed
    for s_idx, (a, b) in enumerate(out):
        for k in range(a, b):
            words[k].sent = s_idx
    return out, flags


#: Tags a parse gives a capitalised surname it reads as another word ("From", "Will",
#: "Devine", "Jolly"): a preposition, auxiliary, verb or adjective.
_NAME_MISREAD_TAGS = frozenset({"ADP", "AUX", "VERB", "ADJ"})
#: Subordinators that open a reduced clause before a participle ("As reported by X,",
#: "When asked", "Once told"): never a surname there.
_REDUCED_CLAUSE_OPENERS = frozenset({"as", "when", "if", "once", "unless", "until", "though",
                                     "although", "because", "while", "since", "before",
                                     "after", "than", "whether", "where"})


#: Auxiliaries that open a clause before a participle ("(Having said that, ...", "Being
#: told ..."), whatever tag a parse gives them: never a surname.
_OPENING_AUXILIARIES = frozenset({"having", "being", "had", "has", "have", "was", "were",
                                  "is", "are", "been"})


def _name_read_as_other_word(words: list[Word], first: int, end: int, k: int,
                             verb_forms: dict[str, str]) -> None:
    """Make the capitalised word right before the finite reporting verb ``words[k]`` its
    subject when the parse read that surname as another word and left the verb without a
    subject ('“...,” From said.', '“...,” Will wrote.', "Devine added": "From" a
    preposition marking "said", "Will" its auxiliary, "Devine" an adjective).  Only a
    lower-case verb in a past or -s form (not a title-case headline, "Trump Just Said"),
    never a subordinator or conjunction ("As reported by X", "When asked", "And said")
    nor an opening auxiliary ("Having said that, ...", "Having announced")."""
    w, p = words[k], words[k - 1]
    low = w.lower
    if not w.text[:1].islower() or verb_forms[low] == low or low.endswith("ing") or \
            not p.text[:1].isupper() or p.upos not in _NAME_MISREAD_TAGS or \
            not p.text.isalpha() or p.text.isupper() or p.lower in _REDUCED_CLAUSE_OPENERS or \
            p.lower in _OPENING_AUXILIARIES or \
            p.upos == "AUX" and all(words[x].is_punct for x in range(first, k - 1)):
        return
    for x in range(first, end):
        if words[x].head == k and words[x].deprel.startswith("nsubj"):
            return
    p.retag("PROPN")
    p.deprel, p.head = "nsubj", k


#: Lemmas whose -s form before a colon or a quote reports the words after it ("the website
#: notes:", "Fox News reports:"), not the plural noun that "states:" or "remarks:" would be.
_COLON_SPEECH_LEMMAS = frozenset({"note", "report", "write", "explain", "say", "add", "tell",
                                  "warn", "insist", "argue", "recall"})
#: Marks that open a quote right after its verb ("tweeted, “...”", "said ''...''").
_OPENING_MARKS = frozenset({"“", '"', "``", "''", "«"})
_NOUN_PHRASE_DEPRELS = frozenset({"det", "compound", "amod", "nmod:poss", "nummod", "flat"})


def _opens_quoted_words(words: list[Word], j: int, end: int) -> bool:
    """True when word ``j`` is a colon or a quote's opening mark, or a comma before one."""
    t = words[j].text
    return t == ":" or t in _OPENING_MARKS or \
        t == "," and j + 1 < end and words[j + 1].text in _OPENING_MARKS


def _set_off_after_name(words: list[Word], first: int, k: int) -> bool:
    """True when word ``k`` follows a name set off by commas ("Democrats, Doe notes, back
    the plan"): a parenthetical frame."""
    return k - 2 > first and words[k + 1].text == "," and words[k - 1].upos == "PROPN" and \
        words[k - 2].text == ","


def _speech_verb_read_as_noun(words: list[Word], first: int, k: int,
                              verb_forms: dict[str, str]) -> None:
    """Make the reporting-verb form ``words[k]`` before a colon or a quote a verb with the
    word before it as its subject, when the parse read it as a noun or an adjective ('as the
    Acme website notes: “...”', 'Another tweeted, “...”'): a past form after a noun, a name
    or a pronoun-like determiner, or the -s form of a verb of saying after a noun; not a
    heading ("Notes:", "Editor's notes:"), a noun after a modifier ("Earlier reports:"),
    nor a participle after an article ("the alleged “plot”")."""
    w, p = words[k], words[k - 1]
    low = w.lower
    lemma = verb_forms[low]
    if lemma == low and p.lower == "to" and p.upos == "PART" and w.text[:1].islower():
        # "That prompted the group to state, “...”": the infinitive the tagger's own "to"
        # announces, though it read the verb as a noun; its subject is the clause's to find
        w.retag("VERB")
        return
    if lemma == low or low.endswith("ing") or not w.text[:1].islower() or k - 1 <= first and \
            not low.endswith("ed"):
        return
    if low.endswith("s"):
        if lemma not in _COLON_SPEECH_LEMMAS or p.upos not in ("NOUN", "PROPN") or \
                p.lower == "news" and p.text[:1].islower():
            return
    elif p.upos not in ("NOUN", "PROPN", "DET") or p.lower in _NOUN_DETERMINERS or \
            p.deprel.startswith("nsubj") and p.head == k:
        return
    w.retag("VERB")
    w.lemma = lemma
    p.deprel, p.head = "nsubj", k
    for x in range(first, k - 1):  # "the Acme website": the noun phrase goes with its head
        if words[x].head == k and words[x].deprel in _NOUN_PHRASE_DEPRELS:
            words[x].head = k - 1


#: Plural words in -s that are no subject of a title-case headline's verb after them ("Fox
#: News Report", "Jobs Report", "Arms Deal"): the verb's form is a name part there.
_NOT_HEADLINE_PLURAL_SUBJECTS = frozenset({"news", "jobs", "arms", "sports", "affairs",
                                           "series", "means", "politics", "economics"})


def plural_subject_before(words: Sequence[Word], k: int) -> bool:
    """True when the word before ``words[k]`` is a plural in -s that a verb's base form
    there agrees with ("Emails [Reveal]", "Critics [Say]"), not "Fox News [Report]"."""
    p = words[k - 1].lower if k else ""
    return len(p) >= 4 and p.endswith("s") and not p.endswith(("ss", "’s", "'s")) and \
        p not in _NOT_HEADLINE_PLURAL_SUBJECTS


def _headline_plural_verb(words: list[Word], first: int, k: int, end: int,
                          verb_forms: dict[str, str]) -> bool:
    """True when the capitalised base form of a reporting verb ``words[k]`` is the verb of
    the article's title-case headline after a plural subject ("Emails Reveal Aide Knew",
    "New Polls Show Gap Closing", "Critics Say Mayor Lied"): in the text's first sentence,
    after capitalised words only (a label's colon too: "Busted: Emails Reveal ...") that
    end in a plural in -s (not "Fox News Report"), and
    before a capitalised word that is no verb of speech ("Jobs Report Shows ...")."""
    if first != 0 or k - first > 5 or k + 1 >= end:
        return False
    nxt = words[k + 1]
    if not plural_subject_before(words, k) or not nxt.text[:1].isupper() or \
            nxt.lower in verb_forms:
        return False
    return all(words[x].text[:1].isupper() or words[x].text[:1].isdigit() or
               words[x].text == ":" for x in range(first, k))


def _retag_verb_forms(words: list[Word], verb_like: list[int], first: int, end: int,
                      has_heads: bool) -> None:
    """Words spelled as a reporting verb in sentence words [first, end) that are a name part
    or a noun, whatever a tagger said (``verb_like``: their indices); in a parsed sentence
    (``has_heads``), also a surname or a verb the parse read as another word."""
    verb_forms = REPORTING_VERB_FORMS
    for k in verb_like:
        w = words[k]
        if w.upos in ("VERB", ""):
            # "Secretary of State": a capitalised reporting-verb form inside a
            # sentence is a name part, whatever a tagger said
            if k > first and w.text[:1].isupper() and verb_forms[w.lower] == w.lower \
                    and words[k - 1].text[:1].isalnum() and \
                    not _headline_plural_verb(words, first, k, end, verb_forms):
                w.retag("PROPN")
            # "the state's", "his comments": a reporting-verb form used as a noun
            # (not a past form after "her", an object: "who wrote to her said", nor after
            # a floating "each": "They each said A", "The two each claimed A")
            elif k > first and words[k - 1].lower in _NOUN_DETERMINERS and not (
                    words[k - 1].lower in ("her", "each") and _past_form(w, verb_forms)) or \
                    k + 1 < end and words[k + 1].lower in ("’s", "'s"):
                w.retag("NOUN")
            # '“...,” From said.': a surname the parse read as another word
            elif has_heads and k > first and w.upos == "VERB":
                _name_read_as_other_word(words, first, end, k, verb_forms)
        elif has_heads and w.upos in ("NOUN", "ADJ") and k > first and k + 1 < end and \
                (_opens_quoted_words(words, k + 1, end) or _set_off_after_name(words, first, k)):
            # 'as the Acme website notes: “...”', 'Another tweeted, “...”': a verb the parse
            # read as a noun or an adjective
            _speech_verb_read_as_noun(words, first, k, verb_forms)


#: Lemmas of the verbs a headline's subject reports with ("Senator blasts plan", "Rabbis
#: vow to boycott talk", "Germany pledges to expand army"), for a parser's tags (the
#: model-free tagger's own list, for title case, is ``parse.tags._HEADLINE_VERB_LEMMAS``).
_HEADLINE_VERB_LEMMAS = REPORTING_VERBS | frozenset(STANCE_VERBS) | frozenset(INTENTION_VERBS)
#: Forms of those verbs left as the parse read them: plural nouns in a headline more often
#: ("Peace talks resume", "Tax plans draw fire", "Calls grow for a recount"), and a few the
#: parser seldom misreads where a wrong retag would cost more than a right one wins
#: ("says", "slams", "backs").
_HEADLINE_NOUN_FORMS = frozenset({
    "talks", "plans", "claims", "calls", "reports", "states", "comments", "remarks", "notes",
    "charges", "points", "thanks", "attacks", "shows", "finds", "concerns", "questions",
    "answers", "replies", "responses", "words", "hopes", "fears", "doubts", "promises",
    "demands", "requests", "statements", "tweets", "posts", "cites", "likes", "wants",
    "needs", "says", "cheers", "quotes", "records", "signals", "votes", "offers", "proposals",
    "threats", "warnings", "orders", "rules", "reveals", "supports", "backs", "slams"})


_HEADLINE_QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "'", "``", "''", "«", "»"})


def _headline_verb_read_as_noun(words: list[Word], first: int, end: int, text: str) -> None:
    """Make the verb of a headline the parser read as a noun a verb ("Super PAC [blasts]
    Trump for skipping debate", "Rabbis [vow] to boycott speech", "Germany [pledges] to
    expand its military"): on the article's first line only, ended by a line break, the
    first word after a subject of names and nouns (no verb before it) spelled as a verb of
    speech, stance or intention in -s, or in its base form after a plural noun ("officials
    [welcome] ...", read as an adjective), and followed by a word; not a form that is a
    plural noun more often (``_HEADLINE_NOUN_FORMS``)."""
    line_end = text.find("\n")
    if line_end < 0:
        return
    while end > first and words[end - 1].start >= line_end:
        end -= 1  # (a parser may run the headline on into the next line)
    if end - first < 3 or any(words[x].text in _HEADLINE_QUOTE_MARKS for x in range(first, end)):
        return  # (a quoted term on the line: "blasts Doe over ‘sanctuary’ plan" is left to
        #         the quote rules on the parse's reading: the term is seldom the subject's)
    for k in range(first + 1, end - 1):
        w, p = words[k], words[k - 1]
        if w.upos in ("VERB", "AUX") or p.upos not in ("NOUN", "PROPN") or \
                words[k + 1].is_punct:
            return
        if w.lower == "calls" and w.upos in ("NOUN", "PROPN") and p.upos == "PROPN" and \
                words[k + 1].lower in ("on", "for"):
            w.retag("VERB")  # "Roe Calls On Hale To Quit", "Roe calls for a recount": a
            w.lemma = "call"  # name's call is its verb ("Growing Calls For" stays a noun)
            return
        if w.upos not in ("NOUN", "ADJ") or not w.text[:1].islower() or \
                w.lower in _HEADLINE_NOUN_FORMS:
            continue
        low = w.lower
        base = low[:-2] if low.endswith("es") and low[:-2] in _HEADLINE_VERB_LEMMAS else \
            low[:-1] if low.endswith("s") else None
        if base in _HEADLINE_VERB_LEMMAS or low in _HEADLINE_VERB_LEMMAS and \
                p.lower.endswith("s") and not p.lower.endswith("ss"):
            w.retag("VERB")
            w.lemma = base if base in _HEADLINE_VERB_LEMMAS else low
            return


#: Any spelling of a trigger (``REPORTED_TRIGGER_FORMS``) or of a quote's cue
#: (``QUOTE_CUE_FORMS``): one set lookup tells :class:`Words` that a word is neither.
_TRIGGER_OR_CUE_FORMS = REPORTED_TRIGGER_FORMS | QUOTE_CUE_FORMS


def trigger_words(words: Sequence[Word]) -> list[int]:
    """The indices of ``words`` spelled as in ``REPORTED_TRIGGER_FORMS`` or with a lemma in
    ``REPORTING_VERBS``, in order: the words a rule of reported speech can start from
    (``Words.trigger_index``, which :class:`Words` reads with the words)."""
    forms, lemmas = REPORTED_TRIGGER_FORMS, REPORTING_VERBS
    return [w.i for w in words if w.lower in forms or w.lemma in lemmas]


class Words:
    """All words of a Document, in order, with sentence and paragraph spans."""

    def __init__(self, doc: Document) -> None:
        text = doc.text or ""
        self.text = text
        has_ner = False
        no_ner: list[tuple[int, int]] = []  # (first word, end char) of tokens without NER
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        self._newlines = newlines
        words: list[Word] = []
        append = words.append
        # the words' start chars, for index_at (kept with the words: a pass of their own
        # over every word afterwards reads each from memory again)
        starts: list[int] = []
        add_start = starts.append
        sents: list[tuple[int, int]] = []
        parsed: list[bool] = []  # per sentence: whether it carries a dependency parse
        par, n_newlines = 0, len(newlines)  # paragraph of the current word: newlines before it
        # the newline that ends the current word's paragraph: one comparison per word
        # tells whether the paragraph count moves
        next_newline = newlines[0] if newlines else _NO_NEWLINE
        verb_forms = REPORTING_VERB_FORMS
        form_lemmas = VERB_FORM_LEMMAS  # (the lemma of a verb a Document gives none)
        # the words a rule of reported speech can start from (``trigger_index``)
        trigger_forms, reporting_verbs = REPORTED_TRIGGER_FORMS, REPORTING_VERBS
        triggers: list[int] = []
        add_trigger = triggers.append
        # and the cue-form index (``cue_form_index``)
        trigger_or_cue = _TRIGGER_OR_CUE_FORMS
        cue_forms: list[int] = []
        add_cue_form = cue_forms.append
        # the words with a NER tag other than "O", in order (``ner_index``)
        named_words: list[int] = []
        add_named = named_words.append
        untagged: list[int] = []  # words read without a POS tag (the rules may give one)
        # tagged words read without a lemma (a pipeline without the lemma processor)
        no_lemma: list[int] = []
        n_read = 0  # the words kept so far: len(words), the index of the next one
        # a Word made empty and its slots set here: calling Word(...) (type call, then
        # __init__'s frame) costs half again as much, and this runs for every word
        new_word = Word.__new__
        for s_idx, sentence_tokens in enumerate(_token_rows(doc)):
            first = n_read
            has_heads = False
            top_head = 0  # the largest head id: one beyond the sentence is malformed
            verb_like: list[int] = []  # words spelled as a reporting verb, looked at below
            # stanza heads are 1-based word ids within the sentence, 0 = root; the words
            # kept so far are words[first:], so id h is words[first + h - 1]
            head_base = first - 1
            for token in sentence_tokens:
                ner = token._ner  # (plain attributes: see _token_rows)
                named = False  # a token with a NER tag other than "O": its words go to ner_index
                if ner is None:
                    no_ner.append((n_read, token.end_char))
                    ner = "O"
                elif ner != "O":
                    has_ner = named = True
                for word in token._words:
                    start, end, wtext = word._start_char, word._end_char, word._text
                    lemma, head, upos = word._lemma, word._head, word._upos
                    deprel, feats = word._deprel, word._feats
                    if start is None or end is None:
                        if start is None:
                            start = token.start_char
                        if end is None:
                            end = token.end_char
                        if start is None or end is None:
                            continue
                    if start > next_newline:
                        while par < n_newlines and newlines[par] < start:
                            par += 1
                        next_newline = newlines[par] if par < n_newlines else _NO_NEWLINE
                    # the word's own string when it is in lower case already (a string
                    # islower() says so of lower() copies unchanged), and that string
                    # again for a lemma spelled as the word: most words then make no new
                    # string, to build and later free (the same values as lower() gives)
                    lower = wtext if wtext.islower() else wtext.lower()
                    if lemma:
                        lemma = lower if lemma == lower or lemma == wtext else \
                            lemma if lemma.islower() else lemma.lower()
                    elif upos:
                        no_lemma.append(n_read)
                    if lower == "n’t":
                        lower = "n't"  # "wouldn’t": the rules spell the negation one way
                    # the trigger index (a reporting-verb form is a trigger spelling: the
                    # verb-form test only for those)
                    if lower not in trigger_or_cue:  # most words: one lookup
                        if not lemma:
                            lemma = lower
                        if lemma in reporting_verbs:
                            add_trigger(n_read)
                    elif lower in trigger_forms:
                        add_trigger(n_read)
                        if lower in verb_forms:
                            verb_like.append(n_read)
                        if not lemma:  # (a tagged word without a lemma: the verb's)
                            lemma = form_lemmas.get(lower, lower)
                    else:  # a quote cue's spelling only ("dubbed"): the cue-form index
                        add_cue_form(n_read)
                        if not lemma:
                            lemma = form_lemmas.get(lower, lower)
                        if lemma in reporting_verbs:
                            add_trigger(n_read)
                    if head is None:
                        head = -1
                    else:
                        has_heads = True
                        if head > top_head:
                            top_head = head
                        head = head_base + head if head > 0 else -1
                    if not upos:
                        untagged.append(n_read)
                        upos = ""
                    w = new_word(Word)  # (the fields of Word.__init__, in its order)
                    w.i = n_read
                    w.start = start
                    w.end = end
                    w.text = wtext
                    w.lower = lower
                    w.upos = upos
                    w.lemma = lemma
                    w.ner = ner
                    w.head = head
                    # (a test of None, not of truth: the string itself, which no rule reads
                    # here, is not fetched from memory)
                    w.deprel = deprel if deprel is not None else ""
                    w.sent = s_idx
                    w.par = par
                    w.feats = feats if feats is not None else ""
                    # (punct(upos, wtext) written out: a call per word costs as much again)
                    w.is_punct = upos == "PUNCT" or not (wtext.isalnum() or
                                                         wtext[:1].isalnum() or
                                                         any(map(str.isalnum, wtext)))
                    append(w)
                    add_start(start)
                    if named:
                        add_named(n_read)
                    n_read += 1
            end_word = len(words)
            if top_head > end_word - first:
                # a head beyond the sentence's words (malformed input): no head
                for k in range(first, end_word):
                    if words[k].head >= end_word:
                        words[k].head = -1
            if verb_like:
                _retag_verb_forms(words, verb_like, first, end_word, has_heads)
            sents.append((first, end_word))
            parsed.append(has_heads)
        if sents and parsed[0]:
            _headline_verb_read_as_noun(words, sents[0][0], sents[0][1], text)
        self.has_ner = has_ner
        #: the indices of the words with a NER tag other than "O", in order, read with the
        #: words (the entity pass starts its name runs there, not at every word); None once
        #: tags were borrowed (:meth:`borrow_tags`): read them from the words then
        self.ner_index: list[int] | None = named_words
        self._finish(words, starts, sents, parsed, no_ner, untagged, triggers, cue_forms)
        self._no_lemma = no_lemma
        if no_lemma:  # tagged words without lemmas: :meth:`borrow_tags` fills them
            self.complete = False
        #: NER tags that are all "O" in a Document's words (a pipeline that wrote "O"
        #: without running NER, or one that found no name): :meth:`borrow_tags` takes the
        #: model-free annotator's names instead (PolNeAR train, Stanza's Documents with
        #: every tag "O": speaker accuracy .9635, with the annotator's names .9675)
        self.names_missing = not has_ner and bool(words)

    @classmethod
    def from_rows(cls, text: str, sentences: list[list[tuple[str, str, str, str | None, int,
                                                              int, str]]]) -> Words:
        """The Words of the model-free annotator's Document, read from the rows it is built
        from (``parse.rules.Row``: text, lemma, upos, feats, start, end, ner; one word a token,
        no parse): what ``Words(annotate(text))`` gives, without building the Stanza objects
        first.  Each word is read as :meth:`__init__` reads it: keep the two in step."""
        self = cls.__new__(cls)
        self.text = text
        self.has_ner = False
        no_ner: list[tuple[int, int]] = []
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        self._newlines = newlines
        words: list[Word] = []
        append = words.append
        starts: list[int] = []  # (as in __init__)
        add_start = starts.append
        sents: list[tuple[int, int]] = []
        par, n_newlines = 0, len(newlines)
        next_newline = newlines[0] if newlines else _NO_NEWLINE
        verb_forms = REPORTING_VERB_FORMS
        trigger_forms, reporting_verbs = REPORTED_TRIGGER_FORMS, REPORTING_VERBS
        triggers: list[int] = []
        add_trigger = triggers.append
        # and the cue-form index (``cue_form_index``)
        trigger_or_cue = _TRIGGER_OR_CUE_FORMS
        cue_forms: list[int] = []
        add_cue_form = cue_forms.append
        untagged: list[int] = []
        named_words: list[int] = []  # (``ner_index``, as in __init__)
        self.ner_index = named_words
        n_read = 0
        new_word = Word.__new__
        for s_idx, rows in enumerate(sentences):
            first = n_read
            verb_like: list[int] = []
            for wtext, lemma, upos, feats, start, end, ner in rows:
                if ner is None:
                    no_ner.append((n_read, end))
                    ner = "O"
                elif ner != "O":
                    self.has_ner = True
                    named_words.append(n_read)
                if start > next_newline:
                    while par < n_newlines and newlines[par] < start:
                        par += 1
                    next_newline = newlines[par] if par < n_newlines else _NO_NEWLINE
                lower = wtext if wtext.islower() else wtext.lower()  # (as in __init__)
                if lemma:
                    lemma = lower if lemma == lower or lemma == wtext else \
                        lemma if lemma.islower() else lemma.lower()
                if lower == "n’t":
                    lower = "n't"
                if lower not in trigger_or_cue:  # most words: one lookup
                    if not lemma:
                        lemma = lower
                    if lemma in reporting_verbs:
                        add_trigger(n_read)
                elif lower in trigger_forms:
                    add_trigger(n_read)
                    if lower in verb_forms:
                        verb_like.append(n_read)
                    if not lemma:
                        lemma = verb_forms.get(lower, lower)
                else:  # a quote cue's spelling only ("dubbed"): the cue-form index
                    add_cue_form(n_read)
                    if not lemma:
                        lemma = lower
                    if lemma in reporting_verbs:
                        add_trigger(n_read)
                if not upos:
                    untagged.append(n_read)
                    upos = ""
                w = new_word(Word)  # (as in __init__: no Word(...) call per word)
                w.i = n_read
                w.start = start
                w.end = end
                w.text = wtext
                w.lower = lower
                w.upos = upos
                w.lemma = lemma
                w.ner = ner
                w.head = -1
                w.deprel = ""
                w.sent = s_idx
                w.par = par
                w.feats = feats or ""
                w.is_punct = upos == "PUNCT" or not (wtext.isalnum() or wtext[:1].isalnum() or
                                                     any(map(str.isalnum, wtext)))
                append(w)
                add_start(start)
                n_read += 1
            if verb_like:
                _retag_verb_forms(words, verb_like, first, n_read, False)
            sents.append((first, n_read))
        self._finish(words, starts, sents, [False] * len(sents), no_ner, untagged,
                     triggers, cue_forms)
        self._no_lemma = []
        self.names_missing = False  # (the annotator's own reading)
        return self

    def _finish(self, words: list[Word], starts: list[int], sents: list[tuple[int, int]],
                parsed: list[bool], no_ner: list[tuple[int, int]], untagged: list[int],
                triggers: list[int], cue_forms: list[int]) -> None:
        """The sentence spans and indexes over the words read (``starts``: each word's
        start char)."""
        #: the indices of the words spelled as in ``REPORTED_TRIGGER_FORMS`` or with a
        #: lemma in ``REPORTING_VERBS``, in order (what :func:`trigger_words` gives): read
        #: with the words, not in another pass.  Only ``lower`` and ``lemma`` decide it and
        #: it spans the article, so a retag or a sentence join leaves it as it is; a lemma
        #: changed afterwards must keep it so (a reporting-verb form's lemma, already in by
        #: its spelling) or build it again (:meth:`borrow_tags`).
        self.trigger_index = triggers
        #: the indices of the words spelled as in ``QUOTE_CUE_FORMS`` but in no trigger
        #: spelling ("dubbed", "echoed"), in order: with ``trigger_index`` they hold every
        #: word a quote's cue can be (``attribute.Attributor._quote_cue_candidates``).
        #: Only ``lower`` decides it: no retag or borrowed lemma changes it.
        self.cue_form_index = cue_forms
        # (each false split it joins has a ")" word, which the text holds: none, no pass)
        if ")" in self.text:
            sents, parsed = _join_split_parentheses(words, sents, parsed)
        self._word_sets: tuple[set[str], set[str]] | None = None  # (:meth:`_read_word_sets`)
        self.words = words
        self.sentences = sents
        self._parsed = parsed
        # per sentence, once a rule asks: each word's dependents, by the head's index
        self._dependents: list[dict[int, list[Word]] | None] = [None] * len(sents)
        self.has_parse = any(parsed)
        self._starts = starts
        self._no_ner = no_ner
        #: every word has a POS tag and a NER tag ("O" counts): nothing to borrow
        self.complete = not no_ner and all(words[k].upos for k in untagged)

    def borrow_tags(self, hints: Document) -> None:
        """Fill missing POS, lemmas and NER tags from another Document over the same text.

        A Stanza pipeline run with ``tokenize`` alone gives no POS or NER, and
        :class:`~quotetrack.parse.fast.StanzaParser` tags only the sentences
        that can carry an attribution; the model-free annotator's tags, matched
        by character offsets, stand in where a word has none.  Tags the
        Document has are kept.
        """
        by_start: dict[int, tuple[str, str, str, str]] = {}
        for sentence in hints.sentences:
            for token in sentence.tokens:
                for word in token.words:
                    start = word.start_char if word.start_char is not None else token.start_char
                    by_start[start] = (word.upos or "", word.lemma or "", token.ner or "O",
                                       word.feats or "")
        words = self.words
        lemmas_changed = False
        for w in words:
            if not w.upos:
                hint = by_start.get(w.start)
                if hint is not None:
                    w.retag(hint[0])
                    w.feats = w.feats or hint[3]
                    lemma = hint[1].lower() or w.lemma
                    if lemma != w.lemma:
                        w.lemma = lemma
                        lemmas_changed = True
        for k in self._no_lemma:  # a tagged word without a lemma: the annotator's
            w = words[k]
            hint = by_start.get(w.start)
            if hint is not None and hint[1] and hint[0] == w.upos and w.lemma == w.lower:
                lemma = hint[1].lower()
                if lemma != w.lemma:
                    w.lemma = lemma
                    lemmas_changed = True
        self._no_lemma = []
        if not self.has_ner:
            # every tag "O": the Document's pipeline found no names, or ran no NER and
            # wrote "O" for it; the annotator's names, word by word
            for w in words:
                hint = by_start.get(w.start)
                if hint is not None:
                    w.ner = hint[2]
        # a token's words share its tag; the token's first word finds it
        for k, token_end in self._no_ner:
            hint = by_start.get(words[k].start) if k < len(words) else None
            j = k
            while hint is not None and j < len(words) and words[j].start < token_end:
                words[j].ner = hint[2]
                j += 1
        self._no_ner = []
        self.ner_index = None  # (tags borrowed: read again from the words when asked)
        if lemmas_changed:  # a borrowed lemma may make a word a trigger, or no longer one
            self.trigger_index = trigger_words(words)
        self.has_ner = any(w.ner != "O" for w in words)
        self.complete = True
        self.names_missing = False

    def paragraph_of(self, pos: int) -> int:
        """The paragraph number (count of newlines before ``pos``)."""
        return bisect.bisect_left(self._newlines, pos)

    def paragraph_bounds(self, pos: int) -> tuple[int, int]:
        """Character span of the paragraph (line) holding ``pos``."""
        k = bisect.bisect_left(self._newlines, pos)
        start = self._newlines[k - 1] + 1 if k > 0 else 0
        end = self._newlines[k] if k < len(self._newlines) else len(self.text)
        return start, end

    def line_label(self, pos: int, max_words: int) -> tuple[int, int] | None:
        """The words before the colon that opens the line (paragraph) holding ``pos``, at most
        ``max_words`` of them and the colon before ``pos``: the label of a headline or a
        transcript line ("Jane Doe: ...", "DOE: Well, I ..."), as (first word, colon); None
        without one."""
        a = self.index_at(self.paragraph_bounds(pos)[0])
        words = self.words
        colon = next((k for k in range(a + 1, min(a + max_words + 1, len(words)))
                      if words[k].text == ":"), None)
        if colon is None or words[colon].end > pos:
            return None
        return a, colon

    @property
    def lower_words(self) -> set[str]:
        """The words the article writes in lower case (their text): what names no one
        ("Research shows ... the research"), for ``resolve.ArticleEntities``."""
        return (self._word_sets or self._read_word_sets())[0]

    @property
    def inner_capitals(self) -> set[str]:
        """The lower-case forms of the words the article writes with a capital first inside
        a sentence (not as its first word): what may be a surname ("said Tester")."""
        return (self._word_sets or self._read_word_sets())[1]

    def _read_word_sets(self) -> tuple[set[str], set[str]]:
        """Both sets in one pass over the words, the first time one is asked (18 of dev's 83
        articles ask: built with the words for every article, they cost more than this
        pass where it runs).  Text only, which no retag or borrowed tag changes;
        ``sentences`` are joined already (a split inside parentheses)."""
        lower_words: set[str] = set()
        inner_capitals: set[str] = set()
        firsts = {s[0] for s in self.sentences if s}
        for x in self.words:
            text = x.text
            if text.islower():
                lower_words.add(text)
            elif text[:1].isupper() and x.i not in firsts:
                inner_capitals.add(x.lower)
        self._word_sets = lower_words, inner_capitals
        return self._word_sets

    def index_at(self, pos: int) -> int:
        """Index of the first word that ends after ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.words[i].end > pos:
            return i
        return i + 1

    def between(self, start: int, end: int) -> list[Word]:
        """Words lying wholly inside the character span."""
        # the words from the first that starts at ``start`` to the last that starts
        # before ``end`` (starts are in order), keeping those that end in time
        # (:meth:`span_range` written out: this runs often)
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end, i)
        return [w for w in self.words[i:j] if w.end <= end]

    def span_range(self, start: int, end: int) -> tuple[int, int]:
        """The index range [i, j) of the words that start inside the character span, in which
        :meth:`between` keeps those that also end in it."""
        # the words from the first that starts at ``start`` to the last that starts
        # before ``end`` (starts are in order)
        i = bisect.bisect_left(self._starts, start)
        return i, bisect.bisect_left(self._starts, end, i)

    def sentence_has_parse(self, s: int) -> bool:
        """True when sentence ``s`` has a dependency parse: a Document may parse only some
        sentences (Stanza sentence selection), whose rules must read the others by surface."""
        return self._parsed[s]

    def sentence_words(self, s: int) -> list[Word]:
        a, b = self.sentences[s]
        return self.words[a:b]

    def children(self, w: Word) -> Sequence[Word]:
        """Dependents of ``w`` in its sentence, in order (the index's own list: iterate over
        it, never change it)."""
        # (the list itself, not an iterator over it: every caller loops over it once; the
        # sentence's index read here, dependents_in called only to build it)
        dependents = self._dependents[w.sent]
        if dependents is None:
            return self.dependents_in(w.sent).get(w.i, ())
        return dependents.get(w.i, ())

    def dependents_in(self, s: int) -> Mapping[int, list[Word]]:
        """The dependents of the words of sentence ``s``, in order, by their head's index
        (read it, never change it): :meth:`children` of each word at once, for a walk over a
        subtree that asks for many of them."""
        dependents = self._dependents[s]
        if dependents is None:
            # read the sentence once: the rules ask for the dependents of many of its words
            # (a defaultdict: no empty list made per word; get() adds no key)
            dependents = defaultdict(list)
            a, b = self.sentences[s]
            for x in self.words[a:b]:
                dependents[x.head].append(x)
            self._dependents[s] = dependents
        return dependents

    def __len__(self) -> int:
        return len(self.words)
