"""Model-free annotator: tokens, sentences, POS, lemmas and names, in pure Python.

:func:`annotate` turns cleaned article text into a real
:class:`stanza.models.common.doc.Document` -- the same kind of object a Stanza
pipeline produces (tokens with exact character offsets, ``upos``, ``lemma``,
``feats`` and BIOES ``ner`` tags, ``doc.ents``) -- but without any neural
model, so the attribution code downstream handles both the same way.  There is
no dependency parse: ``head``/``deprel`` are absent.

Everything is driven by one compiled token regex and dict/set lookups over the
word lists in :mod:`quotetrack.lexicon` and :mod:`quotetrack.parse.gazetteer`;
every step is linear in the length of the text.

The annotator is split in four modules, each importing only earlier ones:
:mod:`quotetrack.parse.tokenizer` (tokens, sentences and the ``Tok``/``Row`` types),
:mod:`quotetrack.parse.tags` (word fields out of context),
:mod:`quotetrack.parse.names` (BIOES ``ner`` tags: ``_Info``, ``_Namer``) and this
module, the Document section: tags in context, the name passes over whole sentences
(nicknames, Vietnamese names, peers' seats, titled given names) and the assembly of
the Document (:func:`annotate`, :func:`annotate_tokens`, :func:`annotate_words`).
:func:`tokenize` and :func:`split_sentences` are re-exported from the tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from stanza.models.common.doc import CommentList, Document, Sentence, Token, Word
from stanza.models.common.doc import Span as EntitySpan

from .. import lexicon as lx
from .._memory import paused_gc
from ..given_names import AMBIGUOUS, given_name_gender
from ..tokens import Words
from .names import (
    _KIN_OWNERS,
    _NICKNAME_MARKS,
    _PEER_TITLES,
    _POSSESSIVE_MARKS,
    _QUOTE_CLOSERS,
    _RARE_NICKNAME,
    _RARE_NONE,
    _RARE_PEER,
    _RARE_VIET,
    _TITLE_WORDS,
    _VIET_FAMILY,
    _finite_verb,
    _Info,
    _Namer,
    _plural_noun_word,
)
from .tags import (
    _ADP,
    _APOSTROPHES,
    _AUX,
    _COORDINATORS,
    _CURRENCY,
    _HEADLINE_INTENT_S,
    _HEADLINE_STANCE_ED,
    _HEADLINE_STANCE_S,
    _HEADLINE_VERB_LEMMAS,
    _HER_POSS,
    _IRREGULAR,
    _IS_BEFORE_S,
    _LEX,
    _LEX_S,
    _OBJ_UPOS,
    _PLURAL_SUBJECTS,
    _PRE_POSS,
    _PRON_INFO,
    _SINGLE_QUANTIFIERS,
    _SUBJ_PRON,
    _VERB_LEMMAS,
    _s_verb_lemma,
    _verb_form,
)
from .tokenizer import _MONTHS_DAYS, Row, Tok, _sentences, split_sentences, tokenize

__all__ = ["annotate", "tokenize", "split_sentences", "annotate_tokens"]


# ---------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------

_NOUNISH = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "ADV", "VERB", "X"})
#: Subject pronouns that take a verb in -s ("It Proves" in a headline: no name).
_SINGULAR_SUBJ_PRON = frozenset({"he", "she", "it"})
#: Singular demonstratives: before "said" or "suggests" they are a subject, not a determiner.
_SING_DEM = frozenset({"that", "this"})
#: Plural demonstratives: before "surveyed" or "polled" they are a subject.
_PLUR_DEM = frozenset({"these", "those"})
#: Adjectives that stand alone as a subject ("Many say", "Others claim").
_QUANTIFIER_ADJ = frozenset({"many", "few", "more", "most", "several", "much", "other",
                             "such", "own"})
#: Of those, the ones before a plural noun, never a verb in -s ("many promises", not
#: "much remains").
_PLURAL_QUANTIFIERS = _QUANTIFIER_ADJ - {"much"}
#: Prepositions after which a base-form verb is a noun ("secretary of state").
_NOUN_ADP = frozenset(_ADP.split()) - {"to", "up", "down", "out", "off", "like",
                                                   "than", "de", "van", "von", "der", "bin",
                                                   "ibn", "al"}
#: Singular subject pronouns and "who": a word in -s after them is a verb ("he flies",
#: "who represents").
_SG_SUBJECT = frozenset({"he", "she", "it", "who"})
#: Relative and demonstrative subjects: a known verb's -s form after them is a verb.
_REL_SUBJECT = frozenset({"which", "that", "this"})
_S_VERB_SUBJECTS = _SG_SUBJECT | _REL_SUBJECT
#: Relative subjects after which any -s word but a plural noun is a verb ("the oil that
#: funds"), unless a verb comes before them ("said that taxes"); "what" takes one anywhere.
_WH_SUBJECTS = frozenset({"that", "which"})
#: Adverbs that open a clause or a phrase rather than stand between a subject and its
#: verb ("a year when voters", "gave lawmakers just days"; unlike "Doe also owns").
_CLAUSE_ADVERBS = frozenset({"how", "when", "where", "why", "then", "just", "there", "here",
                             "so", "as", "not", "once", "ago", "back", "away", "else",
                             "well", "together", "today", "yesterday", "tomorrow",
                             "tonight", "later", "least", "less", "whenever", "wherever"})
#: What a subject ends in before an adverb and a verb ("Doe also owns", "it often helps").
_SUBJECT_UPOS = frozenset({"NOUN", "PROPN", "PRON"})
#: Words before which an -s word is a noun even before an object ("of states the").
_NOT_BEFORE_S_VERB = frozenset({"ADP", "VERB", "ADJ", "NUM", "DET"})
#: Words that open a relative clause, not an object ("calls that came in").
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
_OPEN_QUOTES = frozenset({"“", '"', "``"})
#: Adjective suffixes that nouns rarely have (unlike "-al": "editorial", "official").
#: Tags before "later" that make it an adjective when a noun follows ("a later date",
#: "in later years", "Doe's later work"), unlike "a year later" or "said later that".
_BEFORE_LATER_ADJ = frozenset({"DET", "ADP", "PART"})
_LATER_HEADS = frozenset({"NOUN", "VERB", "ADJ"})
_MODIFIER_SUFFIXES = ("ous", "ful", "able", "ible", "ical", "less", "ional")
#: Suffixes of words that are nouns only, never a base-form verb ("organization", "majority").
_NOUN_ONLY_SUFFIXES = ("ation", "ness", "ity", "ship", "ism")
#: Endings of plural nouns rather than verbs in -s ("supporters", "aides", "allies").
_PLURAL_NOUN_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ives", "ians", "ions", "ees",
                         "als", "ings", "ies", "ades", "ates", "ites", "ars", "ics", "ays",
                         "ums", "ys", "ls", "ides")
#: Plural-noun suffixes of people and things a name modifies ("Doe supporters", "Doe
#: investments"), not of verbs in -s ("Doe enjoys", "Doe recites", "Doe underplays").
_AGENT_PLURAL_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ives", "ians", "ions", "ees",
                          "ings")
#: Modals: the word after one is a verb ("would impose"); after "do" only with a
#: negation between ("did not choose"; "do things" is an object).
_MODALS = frozenset(w for w, lemma in _AUX.items() if lemma not in ("be", "have", "do"))
_MODALS_AND_DO = _MODALS | {"do", "does", "did"}
_NEGATION = frozenset({"not", "n't", "n’t", "never"})
#: Subjects that take a base-form verb: a noun after them is one ("they appear").
_BASE_SUBJECTS = frozenset({"i", "we", "they", "who"})
#: Words right before an unlisted base-form verb ("would", "to"); cheap pre-test.
_BEFORE_BASE_VERB = _MODALS | _BASE_SUBJECTS | {"to"}
#: Tags of the word before a noun in -ing ("meeting") that make it a verb before its
#: object ("recalled meeting the mayor", "after meeting him", "was polling voters").
_BEFORE_GERUND = frozenset({"VERB", "AUX", "ADP", "SCONJ"})
#: Tags of the word after "to" and a noun that keep the noun one ("to prison.", "to date
#: have").
_NOT_AFTER_BASE_VERB = frozenset({"PUNCT", "AUX", "PART", "SYM"})
#: Tags of the word after "to" and a collective noun that make the noun a verb before its
#: object ("to staff the ward", "to police our streets"); any other keeps it a noun ("a
#: memo to staff that", "a letter to staff on Monday").
_OBJECT_OPENERS = frozenset({"DET", "PRON", "PROPN", "NUM", "ADJ", "NOUN"})
#: Words before a "to" that is a preposition, never an infinitive's mark ("according to
#: exit polls", "did not respond to interview requests").
_TO_PREPOSITION = frozenset({"according", "due", "thanks", "prior", "contrary", "addition",
                             "compared", "next", "respond", "responds", "responded",
                             "responding", "reply", "replies", "replied", "replying",
                             "listen", "listens", "listened", "listening"})


def _modifier_adj(inf: _Info) -> bool:
    """Whether a word is an adjective that goes before a noun ("new", "political").

    Listed adjectives but the quantifiers that stand alone ("many"), and words
    with a suffix that nouns rarely have ("-ous", "-ical"; not "-al", "-ive":
    "the editorial", "the executive").
    """
    if inf.upos != "ADJ" or inf.cap or inf.low in _QUANTIFIER_ADJ:
        return False
    return inf.low in _LEX or inf.low.endswith(_MODIFIER_SUFFIXES)


def _noun_use(inf: _Info, prev: _Info | None, prev_upos: str, report: bool) -> bool:
    """Whether a verb form is a noun after its left neighbour ("the release", "of state").

    After an article or possessive any form but a plain past is a noun; a
    singular demonstrative takes a verb in -s or -ed ("that said"), a plural one
    an -ed form ("those surveyed"), and so does "her", an object too ("who wrote to
    her said"), and "another" a verb in any inflected form
    ("another said"); a base form is a noun after "one" or "any" too ("one tweet
    said", "any sign of"; but "one says").  Base and -s forms are nouns after a preposition or an
    adjective ("of state", "new report"), -s forms after a number ("two
    reports", but "one says"), -ing forms after an adjective ("the same polling"), -s
    forms after a plural quantifier ("many promises") or a verb's past or -ing form,
    whose object they are ("made comments", "disavowing remarks").
    An "'s" read as "is" or "has" is no possessive ("he's said", "who's argued").
    """
    if prev is None or prev_upos == "AUX":
        return False
    form = _verb_form(inf.low, inf.lemma)
    # a bare apostrophe read as a plural possessive ("Sanders’ fundraising email")
    p = "'s" if prev.low in _APOSTROPHES and prev_upos == "PART" else prev.low
    if p in _PRE_POSS and not (prev_upos == "PRON" and p in _LEX_S):  # "let's": "us"
        if p in _SING_DEM and form in ("s", "past") or p == "her" and form == "past":
            return False
        if p in _PLUR_DEM and form == "past":
            return False
        return form != "past" or report
    if form == "past":
        return False
    if p == "another":
        return form != "s"
    if p in _SINGLE_QUANTIFIERS and form == "base" or p == "such" and form in ("base", "s"):
        return True               # "one tweet said", "such caution has", "such claims"
    if form == "s" and p in _PLURAL_QUANTIFIERS:
        return True               # "many promises he made": "many" takes a base form
    if _modifier_adj(prev) and (form != "s" or p in _LEX):
        return True               # "the missive suggests": only listed adjectives
    if form == "ing":
        return False
    if form == "s" and prev_upos == "VERB" and _verb_form(prev.low, prev.lemma) in (
            "past", "ing"):
        return True               # "made comments", "disavowing remarks": an object
    if form == "s" and (p == "to" or prev.upos == "NUM" and p != "one"):
        return True
    return p in _NOUN_ADP


def _state_noun(inf: _Info, prev: _Info | None, prev_upos: str, prev2_low: str, prev_ner: str,
                nxt: _Info | None) -> bool:
    """Whether "state" or "states", in the news mostly a noun, is one here.

    "state" before a noun, name, adjective, number, verb or "of" ("state law", "state
    Sen.", "the swing state has", "home state of") unless a subject pronoun, modal or
    "to" comes before it ("they state facts"); "states" after an adjective or a common
    noun with no determiner before it ("diverse states", "battleground states"), or
    before a verb ("states open"); not after a name or "the memo" ("the memo states").
    """
    if inf.lemma != "state":
        return False
    if inf.low == "state":
        if nxt is None or prev is not None and (prev_upos == "PRON" or
                                                prev.low in _BEFORE_BASE_VERB):
            return False
        return nxt.low == "of" or nxt.upos == "AUX" or not nxt.closed and (
            nxt.cap or nxt.upos in _STATE_MODIFIES)
    if inf.low != "states":
        return False
    if nxt is not None and nxt.upos in ("VERB", "AUX") and not nxt.closed or prev_upos == "ADJ":
        return True
    return prev_upos in ("NOUN", "PROPN") and prev_ner == "O" and prev2_low not in _PRE_POSS


#: What "state" modifies when it is a noun ("state law", "state party", "state has").
_STATE_MODIFIES = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "VERB"})


def _plural_subject(inf: _Info, prev: _Info | None, prev_upos: str, prev_ner: str,
                    nxt: _Info | None) -> bool:
    """Whether a verb's -s form is a plural noun, the subject of the plural auxiliary
    after it ("his remarks were", "the charges are"); not after a pronoun, name, adverb
    or relative, whose verb it is ("what he believes are", "State now says are")."""
    if nxt is None or nxt.low not in _PLURAL_AUX or _verb_form(inf.low, inf.lemma) != "s":
        return False
    return prev is None or prev_ner == "O" and prev_upos not in _NOT_BEFORE_PLURAL_SUBJECT \
        and prev.low not in _S_VERB_SUBJECTS


#: Auxiliaries that take a plural subject ("remarks were", "charges are").
_PLURAL_AUX = frozenset({"are", "were", "have", "had", "do", "'re", "’re"})
#: Words before a verb's -s form that make it that verb, not a plural noun.
_NOT_BEFORE_PLURAL_SUBJECT = frozenset({"PRON", "PROPN", "ADV"})


def _singular_modifiee(inf: _Info) -> bool:
    """Whether a word can be the singular common noun (or its modifier) of a compound."""
    return not (inf.cap or inf.closed or inf.upos not in ("NOUN", "ADJ")
                or _s_verb_lemma(inf.low))


def _past_verb(inf: _Info) -> bool:
    """Whether a word is a verb's distinct past form ("said", "told"; not "put")."""
    return inf.upos == "VERB" and _verb_form(inf.low, inf.lemma) == "past"


_DEGREE = frozenset({"more", "most", "less", "least"})
#: Adjectives that are adverbs between an auxiliary and its verb ("have long argued",
#: "was first reported", "will likely win").
_VERB_ADVERBS = frozenset({"long", "first", "likely"})


def _before_predicate_adj(row: list[_Info], k: int) -> bool:
    """True when the word after ``k`` is an adjective that heads no noun ("more [likely]
    to say", "less [clear] than"): word ``k`` is a degree adverb."""
    if k + 1 >= len(row) or row[k + 1].upos != "ADJ":
        return False
    return k + 2 >= len(row) or row[k + 2].upos not in _NOUNISH  # "most explosive claim"


def _adjective_as_adverb(row: list[_Info], k: int, prev_upos: str) -> bool:
    """Whether listed adjective ``k`` is an adverb: a degree word before a predicate
    adjective ("more likely to say"), or "long", "first", "likely" between an auxiliary
    and its verb ("have long argued") or a subject and its finite verb ("Doe first said",
    "which first emerged"; not "his first elected office")."""
    low = row[k].low
    if low in _DEGREE:
        return _before_predicate_adj(row, k)
    if low not in _VERB_ADVERBS or k + 1 >= len(row):
        return False
    if prev_upos == "AUX":
        nxt = row[k + 1]
        return nxt.upos == "VERB" or row[k - 1].low in _MODALS and nxt.low not in _LEX \
            and not nxt.cap and nxt.upos in ("ADJ", "NOUN")   # "will likely appeal"
    return _finite_verb(row[k + 1]) and k > 0 and (
        prev_upos in _SUBJECT_UPOS and row[k - 1].low not in _PRE_POSS
        or row[k - 1].low in _WH_SUBJECTS)


#: Degree adverbs that make the participle after them an adjective ("so charged that",
#: "the most telling"); the comparative ones only after a determiner, auxiliary or adverb
#: ("Two more said" is a subject and its verb).
_PARTICIPLE_DEGREE = frozenset({"so", "too", "very"})


def _determined_name_before(row: list[_Info], k: int,
                            upos_before: Callable[[int], str]) -> bool:
    """Whether a name that a determiner or possessive opens ends right before word ``k``
    ("[the Tallis Mills] bottling", "[the Harbor Mall] shooting")."""
    j = k - 1
    while j > 0 and upos_before(j) == "PROPN":
        j -= 1
    return j < k - 1 and row[j].low in _PRE_POSS


def _named_gerund_modifier(row: list[_Info], k: int, upos_before: Callable[[int], str],
                           prev_ner: str) -> bool:
    """Whether the -ing form at ``k`` modifies the singular noun after it, between that and
    a name its determiner opens ("the Tallis Mills bottling plant", "the Acme mining
    company"); not after a people's plural, the subject of a clause in -ing ("all
    Ruritanians seeking entry")."""
    if k < 2 or k + 1 >= len(row) or not row[k].low.endswith("ing") \
            or prev_ner.endswith("NORP") or not _singular_modifiee(row[k + 1]) \
            or row[k + 1].upos != "NOUN":
        return False
    return _determined_name_before(row, k, upos_before)


#: Prepositions after an event named by a place and a noun in -ing ("the Sandy Hook
#: shooting in 2012", "the Oklahoma City bombing of 1995").
_AFTER_NAMED_EVENT = frozenset({"in", "of", "at"})


def _named_event(row: list[_Info], k: int, upos_before: Callable[[int], str],
                 prev_ner: str) -> bool:
    """Whether the -ing form at ``k`` heads a noun phrase that a determiner and a name
    open, an event named by its place ("the Oklahoma City bombing and", "The Harbor Mall
    shooting was"), before a conjunction, a mark, an auxiliary or "in", "of", "at"; not a
    participle with an object or a clause after it ("the Times reporting that", "the
    Doe campaign running ads")."""
    if k < 2 or not row[k].low.endswith("ing") or prev_ner.endswith("NORP"):
        return False
    nxt = row[k + 1] if k + 1 < len(row) else None
    if nxt is not None and not (nxt.upos in ("CCONJ", "PUNCT", "AUX") and nxt.low != "that"
                                or nxt.low in _AFTER_NAMED_EVENT):
        return False
    return _determined_name_before(row, k, upos_before)


#: Verbs whose object may take a bare infinitive: "let a Republican win", "saw a Doe win".
_BARE_INFINITIVE_VERBS = frozenset({"let", "lets", "help", "helps", "helped", "make", "makes",
                                    "made", "see", "sees", "saw", "watch", "watched", "watches"})


def _named_outcome(row: list[_Info], k: int, upos_before: Callable[[int], str],
                   prev_ner: str) -> bool:
    """Whether the base form at ``k`` is a noun that a person's name modifies after "a" or
    "an" ("A Sanders win, on the other hand, creates ...", "a Cruz win would"): a singular
    name with an article takes no base-form verb; not after a modal, "do" or a verb of
    letting or seeing, whose object takes one ("Will a Republican win?", "let a Doe win")."""
    if not prev_ner.endswith(("S-PERSON", "E-PERSON")) or \
            _verb_form(row[k].low, row[k].lemma) != "base":
        return False
    j = k - 1
    if j > 0 and upos_before(j - 1) == "PROPN" and row[j - 1].low not in ("a", "an"):
        j -= 1  # "a Bernie Sanders win"
    if j < 1 or row[j - 1].low not in ("a", "an"):
        return False
    before = row[j - 2].low if j >= 2 else ""
    return before not in _MODALS_AND_DO and before not in _BARE_INFINITIVE_VERBS


#: Words of quantity after "a" that make the noun phrase plural ("a few voters say").
_PLURAL_AFTER_A = frozenset({"few", "lot", "number", "couple", "dozen", "handful", "host",
                             "majority", "minority", "third", "quarter", "half", "plurality",
                             "bunch", "series", "variety", "group", "pair"})


def _indefinite_compound(row: list[_Info], k: int, upos_before: Callable[[int], str]) -> bool:
    """Whether the base form at ``k`` ends a singular noun phrase that "a" or "an" opens a
    few words before, past nouns and adjectives that modify it ("who hosts an Atlanta area
    radio show, was asked"): no singular subject takes a base-form verb; not a plural or a
    quantity ("a few voters say", "a lot of people"), nor after a modal, "do" or a verb of
    letting or seeing ("let a Doe campaign aide speak")."""
    if _verb_form(row[k].low, row[k].lemma) != "base" or row[k].low in _IRREGULAR:
        return False
    j = k - 1
    while j > 0 and k - j <= 4 and upos_before(j) in ("NOUN", "PROPN", "ADJ"):
        w = row[j]
        if w.low in _PLURAL_AFTER_A or upos_before(j) == "NOUN" and _plural_noun_word(w) or \
                w.low in _COUNT_NOUNS:
            return False
        j -= 1
    if j == k - 1 or k - j < 3 or row[j].low not in ("a", "an"):
        return False  # (one modifier: the rule of _compound_noun)
    before = row[j - 1].low if j >= 1 else ""
    return before not in _MODALS_AND_DO and before not in _BARE_INFINITIVE_VERBS


def _degree_participle(row: list[_Info], k: int, upos_before: Callable[[int], str]) -> bool:
    """Whether the participle at ``k`` is an adjective after a degree adverb, maybe past
    an adverb in -ly ("the most telling sign", "so politically charged that");
    ``upos_before(j)`` is the tag already given to word ``j < k``."""
    if not row[k].low.endswith(("ing", "ed")):
        return False
    j = k - 1
    if j > 0 and row[j].low.endswith("ly") and upos_before(j) == "ADV":
        j -= 1
    if j < 1:
        return False
    low = row[j].low
    if low in _PARTICIPLE_DEGREE:
        return True
    return low in _DEGREE and upos_before(j - 1) in ("DET", "AUX", "ADV")


def _adj_as_head(prev_upos: str, nxt: _Info | None) -> bool:
    """Whether a word with an adjective suffix heads its noun phrase ("press secretary,").

    After a determiner, noun or adjective and before no noun or adjective it
    modifies (a noun, adjective or a verb's base or -s form: "a think tank"),
    "-ary", "-al", "-ive" words are nouns ("a campaign official said", "its
    chief executive"); after a verb they stay predicates ("is political").
    """
    if prev_upos not in ("DET", "NOUN", "PROPN", "ADJ"):
        return False
    return nxt is None or not (nxt.upos in ("NOUN", "ADJ", "PROPN") or nxt.cap
                               and not nxt.closed or _noun_like_verb(nxt))


def _noun_like_verb(inf: _Info) -> bool:
    """Whether a verb form may be a noun after a modifier ("a sympathetic tweet")."""
    return inf.upos == "VERB" and _verb_form(inf.low, inf.lemma) in ("base", "s")


def _existential_noun(inf: _Info, prev_upos: str, prev2_low: str) -> bool:
    """Whether a verb's base or -s form is the noun that "there" and a form of "be"
    introduce ("There were reports the", "there is talk of"), no verb of "there"."""
    return prev2_low == "there" and prev_upos == "AUX" and \
        _verb_form(inf.low, inf.lemma) in ("base", "s")


def _compound_noun(inf: _Info, prev: _Info | None, prev_upos: str, prev2_low: str,
                   nxt: _Info | None) -> bool:
    """Whether a base-form verb is a noun inside a compound ("a state delegate").

    Between a singular noun and a singular common noun, its modifier or a past
    verb a base form heads no clause ("the campaign state party", "the press
    release said"); a subject's postmodifier may end in a singular noun ("aides
    to Clinton say she") but the clause then opens with a pronoun, name,
    plural or article.  After "a" and a singular noun, a base form is never the verb
    ("a conference call that").
    """
    if prev_upos not in ("NOUN", "PROPN") or nxt is None or prev is None \
            or inf.low in _IRREGULAR or _verb_form(inf.low, inf.lemma) != "base":  # "put"
        return False
    if prev.low in _MASS_MODIFIERS and (
            prev2_low in ("a", "an") or prev2_low in _DEFINITE and _finite_verb(nxt)):
        return True  # "a police report indicates", "the staff memo said": no verb after "a"
    if _s_verb_lemma(prev.low) or prev.low in _PLURAL_SUBJECTS or prev2_low in _COORDINATORS:
        return False
    if prev2_low in ("a", "an") and not prev.cap and prev.low not in _COUNT_NOUNS and \
            not _plural_noun_word(prev):
        return True  # "on a conference call that", "a radio show with": no verb agrees
    if prev2_low in _TITLE_DETERMINERS and (prev_upos == "PROPN" and _title_word(prev) or
                                            inf.low in _TITLE_HEAD_NOUNS and
                                            prev.low in _SHOW_MODIFIERS):
        # "told the Today show that", "NBC's Sunday show on", "told the morning show that":
        # no verb agrees
        return True
    return _singular_modifiee(nxt) or _past_verb(nxt)


#: Nouns of a body that take a plural verb ("police say") but, after "a" or before a
#: second verb, modify the noun after them ("a [police] report indicates", "the [staff]
#: memo said", "a [media] report"); not "a majority support", "a crowd chant".
_MASS_MODIFIERS = frozenset({"police", "staff", "media", "personnel", "clergy", "military"})
#: Determiners before such a noun that leave it the subject unless a second verb follows
#: ("the police report that A": a verb; "the police report said": a noun).
_DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her"})
#: Nouns a quoted programme's title stands before ("the “Today” show").
_TITLE_HEAD_NOUNS = frozenset({"show", "broadcast"})
#: Lower-case words that make a show's kind ("the morning show", "a talk show").
_SHOW_MODIFIERS = frozenset({"morning", "evening", "night", "late-night", "weekend",
                             "breakfast", "talk", "radio", "news", "chat", "cable", "tv",
                             "television", "game", "daytime", "comedy", "cooking"})
#: Words before a programme's or paper's capitalised title word ("the Today show",
#: "NBC's Sunday show").
_TITLE_DETERMINERS = frozenset({"the"}) | _POSSESSIVE_MARKS   # (not "let a Reed win")
#: Capitalised singulars that take a plural verb in British use ("the Government say").
_COLLECTIVE_NAMES = frozenset({"government", "cabinet", "team", "family", "public", "crown",
                               "opposition", "left", "right", "police", "staff"})


def _title_word(prev: _Info) -> bool:
    """Whether a capitalised word after "the" or a possessive is a singular title word
    that no base-form verb can agree with ("the Today", "NBC's Sunday"): no acronym, plural,
    organisation word or collective noun ("the BBC say", "the Democrats show", "the
    Government say")."""
    low = prev.low
    return prev.cap and not prev.acro and not low.endswith("s") and low.isalpha() \
        and low not in lx.ORG_SUFFIXES and low not in _COLLECTIVE_NAMES \
        and not low.endswith(("sh", "ch", "ese"))   # "the British say", "the French"


#: Singular nouns of number that take a plural verb after "a" ("a lot say", "a dozen
#: agree").
_COUNT_NOUNS = frozenset({"lot", "number", "dozen", "couple", "handful", "host", "third",
                          "quarter", "half", "fifth", "plurality"})


def _modified_head(inf: _Info, prev_upos: str, prev2_low: str) -> bool:
    """Whether a base form heads a noun phrase after its determiner or possessive and an
    adjective ("the controversial pledge to", "Doe's latest promise"); not an -s form or
    a past like its base, the verb of an adjective read as a noun ("the executive says",
    "our editorial read")."""
    return prev_upos == "ADJ" and prev2_low in _PRE_POSS and inf.low not in _IRREGULAR \
        and _verb_form(inf.low, inf.lemma) == "base"


def _attributive_participle(inf: _Info, prev: _Info | None, nxt: _Info) -> bool:
    """Whether a past form between an article or possessive and a noun modifies it.

    "a retired general", "the proposed act", "his stated goal", "the published report"
    (a verb's base or -s form read as a noun) -- but not after
    a demonstrative, which may be a subject ("that said", "those polled").
    """
    if prev is None or prev.low not in _PRE_POSS or prev.low in _SING_DEM \
            or prev.low in _PLUR_DEM or _verb_form(inf.low, inf.lemma) != "past":
        return False
    return nxt.upos in ("NOUN", "ADJ") and not nxt.closed or nxt.cap and nxt.upos != "PUNCT" \
        or _noun_like_verb(nxt)   # "the published report said"


def _opening_modifier(inf: _Info, nxt: _Info) -> bool:
    """Whether an -ed form opening a sentence modifies the common noun after it ("Retired
    general X said"), unlike an opening participle phrase ("Reached by phone, X")."""
    return inf.low.endswith("ed") and nxt.upos in ("NOUN", "ADJ") and not nxt.cap \
        and not nxt.closed


def _opening_title_modifier(row: list[_Info]) -> bool:
    """Whether the -ed form that opens the sentence ``row`` modifies the title of the name
    after it ("Retired Army Col. Jo Doe said", "Embattled Mayor Jo Doe said"): capitalised
    words up to a title word within three, a name after it and a lower-case word after the
    name, and no verb of saying ("Asked Sen. Doe about it")."""
    inf = row[0]
    if not inf.low.endswith("ed") or inf.low in lx.REPORTING_VERB_FORMS:
        return False
    for j in range(1, min(len(row), 4)):
        if not row[j].cap:
            return False
        if row[j].low.rstrip(".") in _TITLE_WORDS or row[j].low in _TITLE_WORDS:
            # a name after the title, then the sentence's own lower-case words (not a
            # headline in title case: "Retired General Reveals ...")
            k = j + 1
            while k < len(row) and row[k].cap:
                k += 1
            return k > j + 1 and k < len(row) and row[k].low[:1].isalpha()
    return False


def _verb_use(inf: _Info, prev: _Info | None, prev_upos: str, prev_ner: str,
              prev2: tuple[str, str], nxt: _Info | None, subject_slot: bool) -> str | None:
    """The lemma of a word in -s that is a verb after its subject, or None.

    Any -s word after "he", "she", "it" ("he flies"); the -s form of a known
    verb after a relative or demonstrative subject or a name ("which includes",
    "Sanders calls"), or before its object unless a preposition, verb or
    modifier comes before it (", calls her", not "of states the"); any -s word
    without a plural-noun suffix after a person's name, when no verb follows
    ("Clinton fixates on"), or after an adverb or relative pronoun that ends a
    subject ("Doe also owns", "the law that protects"; see :func:`_ends_subject`); any -s
    word in ``subject_slot``, after a clause's subject noun phrase and before its object
    ("The ad targets a"; see :func:`_subject_verb_slot`), with a plural-noun suffix only
    before a word that opens a verb's object ("the deal favors the";
    :func:`_object_after_plural_form`).  A plural-noun suffix makes no noun after a
    subject pronoun, relative or name and an adverb ("Doe regularly incites", "he often
    calls"; for a name, no agent suffix), nor after a relative that follows its
    antecedent, before an object ("the network that facilitates the").
    ``prev2`` is the (lower-case text, upos) of the word before ``prev``.
    """
    if prev is None or inf.cap:
        return None
    if subject_slot and (not _plural_noun_form(inf.low) or _object_after_plural_form(nxt)):
        return _s_verb_lemma(inf.low)
    before_object = _opens_object(nxt) and prev_upos not in _NOT_BEFORE_S_VERB \
        and prev.low not in _PRE_POSS
    if prev_ner == "O" and prev.low not in _S_VERB_SUBJECTS and not before_object \
            and prev_upos != "ADV" and prev.low != "what":
        return None
    lemma = _s_verb_lemma(inf.low)
    if lemma is None:
        return None
    if prev.low in _SG_SUBJECT:
        return lemma
    known = lemma in _VERB_LEMMAS or lemma in lx.REPORTING_VERBS
    if known and (before_object or prev.low in _REL_SUBJECT
                  or prev_ner.endswith(("PERSON", "ORG"))):
        return lemma
    if before_object and prev_ner.endswith("PERSON") and not _plural_noun_form(
            inf.low, _AGENT_PLURAL_SUFFIXES):
        return lemma              # "Doe enjoys the", "Doe recites a"; not "Doe supporters the"
    if nxt is not None and (nxt.upos in ("VERB", "AUX") or nxt.low == "of"):
        return None               # "Clinton aides say", "which states have", "that lots of"
    if prev_upos == "ADV" and _ends_subject(prev, prev_upos, prev2) and (
            prev2[0] in _S_VERB_SUBJECTS or prev2[1] == "PROPN"
            and not _plural_noun_form(inf.low, _AGENT_PLURAL_SUFFIXES)):
        return lemma              # "Doe regularly incites", "it often calls", "that also carries"
    if prev.low in _WH_SUBJECTS and prev2[1] in _ANTECEDENT_ENDS and nxt is not None \
            and _object_after_plural_form(nxt) and (_opens_object(nxt) or nxt.upos == "NUM"):
        return lemma              # "the network that facilitates the", "a firm which owns 40"
    if inf.low.endswith(_PLURAL_NOUN_SUFFIXES):
        return None
    if prev_ner.endswith("PERSON") or _ends_subject(prev, prev_upos, prev2):
        return lemma              # "Clinton fixates on", "Doe also owns", "what happens"
    return None


#: Tags of the word before a relative "that" or "which" that ends its antecedent ("the
#: network that", "the firm, which"), not a preposition's ("in which states the").
_ANTECEDENT_ENDS = frozenset({"NOUN", "PROPN", "PUNCT"})


#: Words that follow a plural noun as a floating quantifier ("a few stragglers all winning").
_FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})


def _object_after_plural_form(nxt: _Info | None) -> bool:
    """Whether the word after an -s word with a plural-noun suffix in a clause's verb slot
    (:func:`_subject_verb_slot`) makes it the verb: a determiner, pronoun, number, quote
    or preposition that opens its object or the rest of its phrase ("the deal demonstrates
    the", "the poll carries a", "the coalition carries him", "the email appears to"); not
    a name, adverb or adjective after a plural noun in apposition or modified ("Democratic
    candidates Hillary Clinton", "party leaders long ago", "the primaries last month"), nor
    a relative or floating quantifier ("allies that", "stragglers all")."""
    return nxt is not None and not nxt.cap and nxt.upos not in ("ADV", "ADJ") \
        and nxt.low not in _RELATIVES and nxt.low not in _FLOATING_QUANTIFIERS


def _coordinated_s_verb(row: list[_Info], k: int, tags: _TagsSoFar) -> str | None:
    """The lemma of the -s word ``k`` after "and" or "or" that joins a second verb to an
    earlier verb in -s of its clause, before its object ("The film shows X and depicts one
    of", "The bill cuts taxes and raises the fee"), or None: a
    word without a plural-noun suffix, before no subject pronoun, and no comma, semicolon
    or relative between the two verbs."""
    lemma = _s_verb_lemma(row[k].low)
    if lemma is None or _plural_noun_form(row[k].low) or k + 1 == len(row):
        return None
    nxt = row[k + 1]
    if not (_opens_object(nxt) or nxt.upos == "NUM") or nxt.cap and nxt.closed \
            or nxt.feats is not None and "Case=Nom" in nxt.feats:
        return None               # "charges and insults he'll level"
    for j in range(k - 2, -1, -1):
        if row[j].low in _CLAUSE_BREAKS or tags(j) == "SCONJ":
            return None
        if tags(j) == "VERB" and _s_verb_lemma(row[j].low) is not None:
            return lemma
    return None


#: Tags that open a phrase set off between a subject and its verb: an appositive
#: ("the mayor, a Democrat,"; "her rival, Jo Doe,"), an age ("Doe, 54,"), a relative or
#: participle clause ("the bill, which passed," "the firm, based in Ohio,"), an aside
#: ("the tax, critics argue,"; "the plan, however,"; "Iran, like Turkey,").  Not a noun
#: or adjective, which more often lists things ("taxes, fees, bans").
_SET_OFF_OPENERS = frozenset({"DET", "PROPN", "NUM", "PRON", "ADV", "VERB", "ADP", "SCONJ"})
#: Plural-noun endings no verb in -s has ("appearances", "agreements", "elections").
_SET_OFF_NOUNS = ("ances", "ences", "ments", "tions", "nesses", "ities")


def _verb_after_set_off(row: list[_Info], k: int, tags: _TagsSoFar) -> str | None:
    """The lemma of the -s word ``k`` right after the comma that closes a phrase set off
    after its clause's singular subject, or None: "Jane Doe, 54, owns a shop", "The bill,
    which passed in May, bans guns", "her rival, Jo Doe, wants to", "The tax, critics
    argue, hurts farmers", "a facet that, to her, invokes".  The words before the first
    comma must be a noun phrase that opens a clause (:func:`_subject_phrase_before`) or a
    relative "that" or "which" after a noun, the set-off phrase must open as
    :data:`_SET_OFF_OPENERS` say, and no conjunction, comma or verb may follow the -s word
    ("the city, the state, taxes and fees"; "Doe, the chair, remarks were"), and a word
    unknown as a verb must not end like a plural noun ("appearances by")."""
    lemma = _s_verb_lemma(row[k].low)
    if lemma is None or k + 1 >= len(row):
        return None
    nxt = row[k + 1]
    if nxt.low in _COORDINATORS or nxt.upos in ("PUNCT", "VERB", "AUX") or nxt.low == "of":
        return None
    known = lemma in _VERB_LEMMAS or lemma in lx.REPORTING_VERBS
    if not known and (_plural_noun_form(row[k].low) or row[k].low.endswith(_SET_OFF_NOUNS)):
        return None               # "appearances by surrogates"
    if nxt.upos == "ADP" and k + 2 < len(row) and row[k + 2].low in _RELATIVES:
        return None               # "issues on which she"
    c = next((j for j in range(k - 2, 0, -1) if row[j].low in (",", ";", ":", "(", ")")
              or row[j].low in _OPEN_QUOTES or row[j].low in ("”", "’")), None)
    if c is None or row[c].low != "," or c + 1 > k - 2:
        return None
    if tags(c + 1) not in _SET_OFF_OPENERS and not (
            c + 3 == k - 1 and row[c + 2].low in lx.REPORTING_VERB_FORMS):
        return None               # but "critics argue," is an aside
    if row[c - 1].low in _WH_SUBJECTS and tags(c - 2) in ("NOUN", "PROPN"):
        return lemma              # "one facet that, to her, invokes the past"
    return lemma if _subject_phrase_before(row, c, tags) else None


#: Words that end the clause an -s verb after "and" may share its subject with.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "that", "which", "who", "“", '"'})


def _plural_noun_form(low: str, suffixes: tuple[str, ...] = _PLURAL_NOUN_SUFFIXES) -> bool:
    """Whether a word in -s has one of the plural-noun ``suffixes`` after a stem of two
    letters or more ("supporters", "activists", "orders"; not "lists": a one-letter stem)."""
    # (one endswith over the whole tuple first, in C: most words end in none of them, and
    # answer without the loop)
    return low.endswith(suffixes) and any(low.endswith(suffix) and len(low) - len(suffix) >= 2
                                          for suffix in suffixes)


def _ends_subject(prev: _Info, prev_upos: str, prev2: tuple[str, str]) -> bool:
    """Whether the word before an -s word ends a subject: an adverb after a noun, name or
    pronoun or "that", "which" but no possessive ("Doe also owns", "the law unfairly
    targets", "that also carries"; not "a year when voters"), "what" ("see what
    happens"), or "that", "which" after no verb or preposition ("the oil that funds", not
    "said that taxes" or "in which states the")."""
    prev2_low, prev2_upos = prev2
    if prev_upos == "ADV":
        return (prev2_upos in _SUBJECT_UPOS and prev2_low not in _PRE_POSS
                or prev2_low in _WH_SUBJECTS) and prev.low not in _CLAUSE_ADVERBS
    return prev.low == "what" or prev.low in _WH_SUBJECTS and prev2_upos not in ("VERB", "ADP")


#: Tags inside a noun phrase between its determiner and its head ("the former Florida
#: governor", "the group's Web page").
_NP_INNER_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PART"})
#: Words before a noun phrase that opens a clause whatever their tag ("that their party
#: controls", "when the candidate speaks at"); not "after", "before" or "until", more
#: often prepositions ("before the Iowa caucuses Feb. 1").
_CLAUSE_OPENERS = frozenset({"that", "when", "where", "as"})
#: Tags of the word before a noun phrase that opens a clause (", the ad", "while the FBI").
_BEFORE_CLAUSE = frozenset({"PUNCT", "CCONJ", "SCONJ"})


class _TagsSoFar:
    """The tags given so far to a sentence's words, and what the clause rules ask of them,
    worked out from the tags up to the word asked about when a rule first asks (a rule
    asks on few sentences), so that a sentence is tagged in linear time."""

    def __init__(self, row: list[_Info]) -> None:
        self._row = row
        self._upos: list[str] = []
        #: Give the next word its tag.
        self.add: Callable[[str], None] = self._upos.append
        self._run_start: list[int] = []   # first word of the noun-phrase run ending at j
        self._run_part: list[bool] = []   # whether that run holds a possessive 's
        self._quotes: list[int] | None = None

    def __call__(self, j: int) -> str:
        """The tag given to word ``j``."""
        return self._upos[j]

    def inner_run(self, j: int) -> tuple[int, bool]:
        """The first word of the run of noun-phrase tags (:data:`_NP_INNER_TAGS`) that
        ends at word ``j``, and whether a possessive 's is in it."""
        upos, run_start, run_part = self._upos, self._run_start, self._run_part
        for i in range(len(run_start), j + 1):
            tag = upos[i]
            inner = tag in _NP_INNER_TAGS
            in_run = inner and i > 0 and upos[i - 1] in _NP_INNER_TAGS
            run_start.append(run_start[i - 1] if in_run else i if inner else i + 1)
            run_part.append(inner and (tag == "PART" or in_run and run_part[i - 1]))
        return run_start[j], run_part[j]

    def straight_quotes_before(self, k: int) -> int:
        """How many straight quote marks stand before word ``k``."""
        if self._quotes is None:
            counts = [0]
            for inf in self._row:
                counts.append(counts[-1] + (inf.low == '"'))
            self._quotes = counts
        return self._quotes[k]


#: Forms of the verbs of saying and thought whose clause may open without "that" ("said
#: the poll takes", "thought the economy favors"); not "told", whose object comes first,
#: nor "expected", before an object and "to" ("expected the tax cuts to").
_CLAUSE_CUE_FORMS = frozenset(f for f, lemma in lx.REPORTING_VERB_FORMS.items()
                              if lemma in lx.INVERTING_VERBS and lemma != "tell"
                              or lemma in lx.THOUGHT_VERBS and lemma != "expect")


def _subject_phrase_before(row: list[_Info], k: int, tags: _TagsSoFar,
                           after_cue: bool = True) -> bool:
    """Whether the words before ``k`` are a noun phrase that opens a clause: a determiner
    or possessive, or a name, its modifiers, and a singular noun or a name as its head
    ("The ad", ", the former Florida governor", "while the FBI", "Doe's campaign page"),
    at the start of the sentence (where it may have none: "Federal law provides") or
    after a punctuation mark, a conjunction, a clause opener ("that their party",
    "when the governor"; :data:`_CLAUSE_OPENERS`) or a verb of saying or thought ("said
    his fortune", "thought the economy"); not after another
    verb or a preposition ("opposed the tax cuts the", "of the campaign ads the") and not a
    possessive's head ("the company's profits the").  A noun phrase after "of", "in", "on"
    or "for" modifies a singular noun phrase that opens a clause in the same way ("A
    footnote in the report makes"), though not one after a verb of saying ("declared the
    winner of the Iowa caucuses": ``after_cue`` false).  ``tags`` holds the tags already
    given to the words before ``k``."""
    head = k - 1
    if tags(head) not in ("NOUN", "PROPN") or \
            tags(head) == "NOUN" and row[head].low.endswith("s"):
        return False
    start, possessive = tags.inner_run(head)
    j = start - 1
    if j >= 0 and (tags(j) == "DET" or row[j].low in _PRE_POSS):
        j -= 1                    # "the ad", "his campaign"
    elif not possessive and tags(j + 1) != "PROPN" and j >= 0:
        return False              # ", tax cuts the": no determiner, possessive or name
    if j >= 1 and row[j].low in _NOUN_MODIFIER_ADP and tags(j) == "ADP":
        return _subject_phrase_before(row, j, tags, after_cue=False)
    return j < 0 or tags(j) in _BEFORE_CLAUSE or row[j].low in _CLAUSE_OPENERS \
        or after_cue and row[j].low in _CLAUSE_CUE_FORMS \
        and tags(j) == "VERB"     # "said the new survey takes"


def _opens_complement(row: list[_Info], k: int, tags: _TagsSoFar) -> bool:
    """Whether the words after ``k`` open a verb's object or a "that" clause.

    An object opens as in :func:`_opens_object`, but a straight quote mark must open a
    quote, not close one ('the "New York values" phrase'), and a pronoun or name before
    a verb is the subject of a relative clause ("the taxes you'll pay", "the fees Doe
    has received"); "that" opens a clause before a subject ("projects that “imposing",
    "recognizes that there are"; not "projects that remain"), or is the object before an
    adjective that completes it ("makes that clear").
    """
    nxt = row[k + 1] if k + 1 < len(row) else None
    after = row[k + 2] if k + 2 < len(row) else None
    if nxt is None:
        return False
    if nxt.low == "that":
        return after is not None and (_opens_object(after) or after.low in _SUBJ_PRON
                                      or _that_complement(row, k + 2, after))
    if nxt.low == '"':
        return tags.straight_quotes_before(k) % 2 == 0
    if nxt.upos == "PRON" and nxt.low not in _PRE_POSS or nxt.cap:
        return _opens_object(nxt) and (after is None or after.upos not in ("VERB", "AUX"))
    return _opens_object(nxt)


#: Words after "makes that clear" that end the phrase ("clear:", "clear that", "clear to").
_AFTER_COMPLEMENT = frozenset({"that", "to"})


def _that_complement(row: list[_Info], j: int, adj: _Info) -> bool:
    """Whether the adjective ``adj`` at ``j`` completes "that" as a verb's object and ends
    the phrase ("makes that clear:", "made that plain to"; not "the tax cuts that clear
    the way")."""
    if adj.upos != "ADJ" or adj.closed:
        return False
    return j + 1 == len(row) or row[j + 1].upos == "PUNCT" or row[j + 1].low in _AFTER_COMPLEMENT


#: Tags of a word that can follow a verb but not a plural noun's head right after a
#: clause's subject ("The group seeks to", "The ad comes only", "his fortune exceeds $10").
_AFTER_VERB_UPOS = frozenset({"ADV", "ADJ", "NUM", "SYM"})


#: Prepositions that often open a noun's modifier ("the terrorist attacks in Paris", "tax
#: breaks for"), which :func:`_follows_verb` does not take as a verb's.
_NOUN_MODIFIER_ADP = frozenset({"of", "in", "on", "for"})


def _follows_verb(inf: _Info, nxt: _Info, after: _Info | None) -> bool:
    """Whether the words after the -s word ``inf`` read as the rest of a verb phrase: an
    adverb not before a verb, an adjective, number or symbol ("comes only a day", "makes
    clear", "exceeds $10", "includes 64 percent"; not "aides also said"), or, after the -s
    form of a listed verb (or of one of :data:`_PHRASE_VERBS`), a preposition that seldom
    opens a noun's modifier, "as", or a bare noun, its object ("The poll takes into
    account", "The decision comes at", "The rally comes as", "Her platform ignores
    reform"; not "the tax cuts for", nor "the attacks test Doe": see
    :func:`_verb_after_noun`)."""
    if nxt.cap:
        return False
    if nxt.upos in _AFTER_VERB_UPOS:
        return (not nxt.closed or nxt.upos != "ADJ") and not (
            nxt.upos == "ADV" and after is not None and after.upos in ("VERB", "AUX"))
    lemma = _s_verb_lemma(inf.low)
    if lemma is not None and inf.low.endswith("uses") and lemma + "e" in _PHRASE_VERBS:
        lemma += "e"  # "refuses": "refuse" (the stem rule reads "-uses" as "focuses" reads)
    return (nxt.upos == "ADP" and nxt.low not in _NOUN_MODIFIER_ADP or nxt.low == "as"
            or nxt.upos == "NOUN" and not _verb_after_noun(nxt, after)) \
        and lemma is not None \
        and (lemma in _VERB_LEMMAS or lemma in lx.REPORTING_VERBS or lemma in _PHRASE_VERBS)


def _verb_after_noun(nxt: _Info, after: _Info | None) -> bool:
    """Whether a bare singular noun after an -s word may be the verb of a plural subject
    before its object or negation ("Paris attacks test Doe", "the attacks compel voters",
    "attacks resonate not"), not the -s verb's object ("comes hours before")."""
    return after is not None and not nxt.low.endswith("s") and (
        after.cap or after.upos in ("NOUN", "PRON", "PART"))


#: Verbs, seldom nouns, missing from the word lists, whose -s form the clause's subject
#: may put before a preposition, "to" or "as" ("the nation tends to", "the tax applies
#: to", "the memo serves as"); "come" is listed, "comes as" takes :func:`_follows_verb`.
_PHRASE_VERBS = frozenset({"tend", "struggle", "refuse", "intend", "threaten", "belong",
                           "apply", "extend", "serve", "seem", "coincide", "amount",
                           # a habit a column or profile quotes ("The mayor likes to say
                           # that A", "the coach loves to remind reporters that A")
                           "like", "love", "hate", "prefer"})


def _object_phrase_before(row: list[_Info], k: int, tags: _TagsSoFar) -> bool:
    """Whether the -s word ``k`` ends a noun phrase that is an object: a determiner or
    possessive, modifiers and a singular noun before it, after a verb that takes no clause
    ("recites the same campaign points,", "chose the short-term demands of"); not after a
    verb of saying or thought ("said the campaign seeks") or a preposition, whose noun
    phrase may modify a subject ("Footage from the game shows"), nor before a subject
    pronoun ("the man weighing a presidential race says he")."""
    head = k - 1
    if row[head].low.endswith("s") or _verb_form(row[k].low, row[k].lemma) != "s":
        return False
    start, possessive = tags.inner_run(head)
    j = start - 1
    if possessive or j < 1 or not (tags(j) == "DET" or row[j].low in _PRE_POSS):
        return False
    return tags(j - 1) == "VERB" and row[j - 1].low not in lx.REPORTING_VERB_FORMS and (
        k + 1 == len(row) or row[k + 1].low not in _SUBJ_PRON)  # "race says he"


def _subject_verb_slot(row: list[_Info], k: int, tags: _TagsSoFar) -> bool:
    """Whether word ``k`` stands where a clause's verb does: after the noun phrase that
    opens the clause and before an object, a "that" clause or the rest of a verb phrase
    ("The ad targets a", "the memo quotes him", "the FBI lists “", "The poll takes into";
    see :func:`_follows_verb`)."""
    return (_opens_complement(row, k, tags)
            or k + 1 < len(row) and _follows_verb(
                row[k], row[k + 1], row[k + 2] if k + 2 < len(row) else None)
            or _verbless_reported_clause(row, k, tags)) \
        and _subject_phrase_before(row, k, tags)


def _verbless_reported_clause(row: list[_Info], k: int, tags: _TagsSoFar) -> bool:
    """Whether the -s word ``k`` is the only word that can be the verb of a clause reported
    after a verb of saying or thought and "the" or a possessive and a singular noun ("said
    the jail meets state standards", "said the company plans to appeal", "says the plan
    works."): no word after it, up to a punctuation mark or relative, is a verb out of
    context (but one after "to"), so the clause has none unless this word is it.  A word
    with a plural-noun suffix stays a noun ("said the party leaders in the state")."""
    if _plural_noun_form(row[k].low) or k < 3:
        return False
    head = k - 1
    if tags(head) != "NOUN" or row[head].low.endswith(("s", "ing")):
        return False              # "noted the rising costs and left"
    start, possessive = tags.inner_run(head)
    j = start - 1
    if possessive or j < 1 or not (tags(j) == "DET" or row[j].low in _PRE_POSS):
        return False
    cue = j - 1
    if row[cue].low == "that" and cue > 0:
        cue -= 1
    if row[cue].low not in _CLAUSE_CUE_FORMS or tags(cue) != "VERB":
        return False
    x = k + 1
    while x < len(row):
        w = row[x]
        if w.upos in ("PUNCT", "SCONJ", "CCONJ") or w.low in _RELATIVES:
            break
        if w.upos in ("VERB", "AUX"):
            return False
        x += 2 if w.low == "to" else 1
    return True


def _relative_clause_verb(row: list[_Info], k: int, tags: _TagsSoFar) -> bool:
    """Whether base-form verb ``k`` after "that" after a plural noun is the verb of the
    relative clause before its object ("towns that include Elmwood", "groups that fund
    the plan"), not a noun after a demonstrative ("at that point the", "that state law")."""
    if k < 2 or k + 1 >= len(row) or row[k - 1].low != "that" or tags(k - 2) != "NOUN":
        return False
    noun, nxt = row[k - 2].low, row[k + 1]
    if not (noun.endswith("s") and not noun.endswith("ss") or noun in _PLURAL_SUBJECTS):
        return False
    return _verb_form(row[k].low, row[k].lemma) == "base" and (
        _opens_object(nxt) or nxt.upos in ("NUM", "ADJ") and not nxt.cap)


def _opens_object(nxt: _Info | None) -> bool:
    """Whether a word can open a verb's object: a determiner, pronoun, name or quote."""
    if nxt is None or nxt.low in _RELATIVES:
        return False
    return nxt.upos in ("DET", "PRON") or nxt.cap and not nxt.closed or nxt.low in _OPEN_QUOTES


#: Words of titles and roles, which stand before a name after a plural noun as its
#: modifier ("communications director Jo Doe", "police officer Ann Lee"), no verb.
_TITLES_AND_ROLES = _TITLE_WORDS | lx.SPEAKER_NOUNS


#: Words of amount after "too" ("too much", "too many").
_EXCESS_AMOUNTS = frozenset({"much", "many", "little", "few"})


def _price_or_excess(nxt: _Info, after: _Info | None) -> bool:
    """Whether ``nxt`` (and ``after``, the word after it) open a price or an excess, which
    follow a verb of a plural noun, no noun compound ("the repairs cost $4 million", "the
    pools cost too much"; not "the schools budget too was cut")."""
    return nxt.low[:1] in _CURRENCY and nxt.low[1:2].isdigit() or \
        nxt.low == "too" and after is not None and after.low in _EXCESS_AMOUNTS


def _base_verb_use(inf: _Info, prev: _Info, prev2_low: str, nxt: _Info | None,
                   after: _Info | None = None) -> bool:
    """Whether an unlisted lower-case word is a base-form verb from the words before it.

    After a lower-case modal ("would impose", "can't speak"; not "Will voters
    ...?"), a negation or adverb after a modal or "do" ("did not choose", "will
    forever define"), a subject pronoun or "who" ("they appear", "who support"),
    or after a plural noun before an object ("voters misunderstand the plan", "39 percent
    blame his", "people misunderstand Doe"; not a title before a name: "communications
    director Jo Doe"), or before a price or an excess (``after`` the word after ``nxt``:
    "the repairs cost $4 million", "the pools cost too much"), or after "to" before any
    word but a punctuation mark or an auxiliary
    ("to donate the", "to deport immigrants", "to intervene in"; not "to prison." or
    "according to press reports").
    """
    if inf.cap or _s_verb_lemma(inf.low) is not None:
        return False              # an -s form ("calls"), not a base in -ss ("press")
    prev_low = prev.low
    if _after_modal(prev, prev2_low):
        return True               # "will forever define", "did not choose"
    if prev_low in _BASE_SUBJECTS:
        return True               # "they appear", "voters who support"
    if nxt is None:
        return False
    if _plural_noun_word(prev):
        return (nxt.upos in ("DET", "PRON") and nxt.low not in _RELATIVES
                or nxt.namey and inf.low not in _TITLES_AND_ROLES
                or _price_or_excess(nxt, after)) \
            and not inf.closed and not inf.low.endswith(_NOUN_ONLY_SUFFIXES)
    if prev_low == "to" and inf.low in _PLURAL_SUBJECTS and (
            nxt.upos not in _OBJECT_OPENERS or nxt.low == "that"):
        return False              # "in a memo to staff that A" (not "to staff the ward")
    return prev_low == "to" and nxt.upos not in _NOT_AFTER_BASE_VERB \
        and not inf.low.endswith(_NOUN_ONLY_SUFFIXES) and prev2_low not in _TO_PREPOSITION


def _after_modal(prev: _Info, prev2_low: str, prev_upos: str = "") -> bool:
    """Whether the word after ``prev`` stands where a modal's base verb does: right after a
    lower-case modal ("would appeal"), or after a negation or adverb after a modal or "do"
    ("will forever define", "did not choose", "will likely appeal"); ``prev_upos`` is the
    tag ``prev`` was given, when known."""
    return prev.low in _MODALS and not prev.cap or prev2_low in _MODALS_AND_DO and (
        prev.low in _NEGATION or (prev_upos or prev.upos) == "ADV")


#: Verbs of belief whose base and -s forms are nouns as the object of a verb before them
#: ("expressed doubt that A", "has doubts about", "cast doubt on"); as verbs they follow a
#: subject, a modal or an adverb ("Officials doubt that A", "would doubt").
_OBJECT_BELIEF_NOUNS = frozenset({"doubt"})


def _belief_object_noun(inf: _Info, prev: _Info | None, prev_upos: str) -> bool:
    """Whether a base or -s form of a verb of belief (``_OBJECT_BELIEF_NOUNS``) is the noun
    object of the verb or of the "have" right before it."""
    return inf.lemma in _OBJECT_BELIEF_NOUNS and prev is not None and \
        (prev_upos == "VERB" or prev.lemma == "have") and \
        _verb_form(inf.low, inf.lemma) in ("base", "s")


def _verb_as_noun(inf: _Info, prev: _Info | None, prev_upos: str, prev2_low: str,
                  prev_ner: str, nxt: _Info | None, report: bool) -> bool:
    """Whether a word tagged VERB out of context is a noun among its neighbours ("the
    release", "state law", "his remarks were"); ``report`` marks a reporting verb's form.
    A past form after a floating "each" before no noun is the verb ("They each said A",
    "The two each claimed that"; "each reported case" keeps its participle)."""
    if prev is not None and prev.low == "each" and report and \
            (nxt is None or nxt.upos not in ("NOUN", "ADJ")) and \
            _verb_form(inf.low, inf.lemma) == "past":
        return False
    return _noun_use(inf, prev, prev_upos, report) \
        or _belief_object_noun(inf, prev, prev_upos) \
        or _existential_noun(inf, prev_upos, prev2_low) \
        or _compound_noun(inf, prev, prev_upos, prev2_low, nxt) \
        or _modified_head(inf, prev_upos, prev2_low) \
        or _plural_subject(inf, prev, prev_upos, prev_ner, nxt) \
        or _state_noun(inf, prev, prev_upos, prev2_low, prev_ner, nxt)


#: Words before a noun's modifier that open its noun phrase ("several cast members said").
_NP_OPENERS = _QUANTIFIER_ADJ | _PRE_POSS | {"some", "two", "three", "four", "five", "all"}


def _opening_subject_word(row: list[_Info], k: int) -> bool:
    """Whether the base-form verb at word ``k`` is the (first word of the) subject of a
    reporting verb two words on: before an adverb or a plural noun and a past or -s form
    of speech, opening the sentence or after a determiner or quantifier ("State initially
    said", "Cast members said", "Several cast members told"), which no imperative ("Tell
    voters ...") leaves."""
    if k + 2 >= len(row) or row[k].low != row[k].lemma or \
            not (k == 0 and row[k].cap or k == 1 and row[0].low in _NP_OPENERS):
        return False
    mid, cue = row[k + 1], row[k + 2]
    if cue.low not in lx.REPORTING_VERB_FORMS or \
            _verb_form(cue.low, lx.REPORTING_VERB_FORMS[cue.low]) not in ("past", "s"):
        return False
    return mid.upos == "ADV" and mid.low.endswith("ly") and k == 0 or mid.upos == "NOUN" and \
        not mid.cap and (mid.low.endswith("s") or mid.low in _MASS_MODIFIERS)


def _after_joined_names(rows: list[Row], k: int) -> bool:
    """Whether the words tagged so far before word ``k`` end in two names joined by "and"
    ("Mr. Hale and Mr. Dorn [say]"): a plural subject, before its base-form verb."""
    j = k - 1
    while j >= 0 and rows[j][2] == "PROPN":
        j -= 1
    return 1 <= j < k - 1 and rows[j][0].lower() in ("and", "&") and rows[j - 1][2] == "PROPN"


def _noun_as_verb(inf: _Info, prev: _Info, prev_upos: str, prev2: tuple[str, str],
                  prev_ner: str, nxt: _Info | None, subject_slot: bool,
                  after: _Info | None = None) -> str | None:
    """The lemma of a word tagged NOUN out of context that its neighbours make a verb;
    ``prev2`` is the (lower-case text, upos) of the word before ``prev``, ``subject_slot``
    whether the word stands between a subject and an object (:func:`_subject_verb_slot`),
    ``after`` the word after ``nxt``."""
    if _s_verb_lemma(inf.low) is not None:
        return _verb_use(inf, prev, prev_upos, prev_ner, prev2, nxt, subject_slot)
    return inf.low if _base_verb_use(inf, prev, prev2[0], nxt, after) else None


#: A lower-case letter before a capital inside a word: a name in any position ("HuffPost",
#: "McCain"), even where a sentence or a headline opens.
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
#: Single quote marks that open a quote ("‘...’").
_SINGLE_OPENERS = frozenset({"‘", "`"})


def _plural_possessive(toks: list[Tok], k: int) -> bool:
    """Whether the apostrophe at token ``k`` marks the possessive of the word in "s" it is
    attached to, before a word after a space ("Sanders’ campaign", "voters' anger"), not
    the end of a single quote opened before it in the sentence ("‘a new era’ and")."""
    if k == 0 or k + 1 >= len(toks):
        return False
    (_, pe, pt), (s, e, _), (ns, _, nt) = toks[k - 1], toks[k], toks[k + 1]
    if pe != s or ns == e or pt[-1:] not in ("s", "S") or not pt.isalpha() or \
            not nt[:1].isalpha():
        return False
    # a single quote opened before it: "‘...’" or " 'word"
    return not any(t in _SINGLE_OPENERS or t == "'" and (j == 0 or toks[j - 1][1] < ts) and
                   j + 1 < k and toks[j + 1][0] == te
                   for j, (ts, te, t) in enumerate(toks[:k]))


#: Words in -ing that are nouns after a determiner and their modifiers ("in a regulatory
#: filing", "a Facebook posting") unless an object follows ("a lawyer filing the suit").
_FILED_NOUNS = frozenset({"filing", "posting"})
_BEFORE_FILING = frozenset({"NOUN", "ADJ", "DET", "PROPN"})
_FILING_OBJECTS = frozenset({"DET", "PRON", "NUM", "PROPN"})
#: Singular role nouns that "lead" modifies ("said lead author Anna Roe", "lead
#: prosecutor", "lead singer"): as a verb, "lead" takes a determiner or a plural ("lead
#: the talks", "lead investigators to"), never a bare singular role.
_LEAD_ROLES = frozenset(w for w in lx.TITLES | lx.SPEAKER_NOUNS
                        if " " not in w and "." not in w and not w.endswith("s")) | \
    frozenset({"singer", "vocalist", "guitarist", "negotiator", "investigator", "plaintiff",
               "organizer", "organiser", "designer", "sponsor", "writer", "counsel",
               "detective", "defendant", "role", "actor", "actress"})


def _words(sents: list[list[Tok]], infos: list[list[_Info]], tags: list[list[str]],
           namer: _Namer) -> list[list[Row]]:
    """:data:`Row` tuples (text, lemma, upos, feats, offsets, ner) for every sentence."""
    out: list[list[Row]] = []
    report = lx.REPORTING_VERB_FORMS
    titles = namer.titles
    for si, (toks, inf_row, tag_row, (initial, headline, _)) in enumerate(
            zip(sents, infos, tags, namer.flags, strict=True)):
        n = len(toks)
        rows: list[Row] = []
        so_far = _TagsSoFar(inf_row)
        prev_low = prev2_low = ""
        prev_upos = prev2_upos = ""
        for k in range(n):
            s, e, t = toks[k]
            inf = inf_row[k]
            upos = inf.upos
            lemma = inf.lemma
            feats = inf.feats
            ner = tag_row[k]
            low = inf.low
            if (ner != "O" and low not in _POSSESSIVE_MARKS  # "Teachers' Union": a PART
                    or inf.cap and titles and (si, k) in titles):
                if not inf.closed or inf.cap:
                    upos = "PROPN"           # names, and titles before them
                    feats = None
            elif low == "as" and (k == 0 or k == 1 and prev_upos == "ADV"):
                upos = "SCONJ"               # "As X put it", "Even as X spoke"
            elif low == "once" and k and prev_upos in _SUBJECT_UPOS and k + 1 < n and \
                    inf_row[k + 1].upos in ("VERB", "AUX"):
                upos = "ADV"                 # "Doe once called it “...”": no subordinator
            elif headline and inf.cap and not initial[k] and prev_upos == "PROPN" and \
                    (low in lx.NAME_ADVERBS or low == "just"):
                upos = "ADV"                 # "Tom Hale [Finally] Endorses Roe": no name's word
            elif upos in _NOUNISH:
                s_lemma = _s_verb_lemma(low) if inf.cap and upos == "NOUN" else None
                if s_lemma in _HEADLINE_VERB_LEMMAS and k and not initial[k] and \
                        tag_row[k - 1].endswith(("S-PERSON", "E-PERSON")):
                    upos, lemma = "VERB", s_lemma or lemma  # "Jane Doe Calls X ‘...’"
                elif headline and k and not initial[k] and (
                        prev_upos in ("PROPN", "NOUN") or prev_low == "and" and
                        prev2_upos == "PROPN" or prev_upos == "ADV" and
                        prev_low in lx.NAME_ADVERBS and prev2_upos == "PROPN") and k + 1 < n and (
                        low in _HEADLINE_STANCE_S and inf_row[k + 1].cap or
                        low in _HEADLINE_INTENT_S and (inf_row[k + 1].low == "to" or
                                                       inf_row[k + 1].cap and "np" in
                                                       lx.INTENTION_VERBS[low[:-1]])):
                    # "GOP Figure Endorses Doe", "Roe Backs Doe And Denounces Poe", "Roe
                    # Refuses To Quit", "Roe Wants A Recount": a headline's verb, no name's word
                    upos, lemma = "VERB", lx.STANCE_VERB_FORMS.get(low) or \
                        lx.INTENTION_VERB_FORMS[low]
                elif headline and inf.cap and prev_low == "to" and k >= 2 and \
                        prev2_low in _HEADLINE_INTENT_S and not inf.closed:
                    upos, lemma = "VERB", low    # "Roe Refuses To [Quit]": the infinitive
                elif headline and inf.cap and prev_low in _SINGULAR_SUBJ_PRON \
                        and _s_verb_lemma(low):
                    upos, lemma = "VERB", _s_verb_lemma(low) or lemma  # "Critics Say It
                    #                                                    Proves Mayor Lied"
                elif headline and inf.cap and prev_upos == "PRON" and prev_low in _BASE_SUBJECTS \
                        and low in _VERB_LEMMAS:
                    upos, lemma = "VERB", low    # "Critics Say They Want Vote"
                elif headline and inf.cap and not initial[k] and low in _HEADLINE_STANCE_ED and \
                        k + 1 < n and (inf_row[k + 1].cap or inf_row[k + 1].upos == "DET") and (
                        prev_upos in ("PROPN", "NOUN") or prev_upos == "ADV" and (
                            prev_low in lx.NAME_ADVERBS or prev_low == "just") and
                        prev2_upos in ("PROPN", "NOUN")):
                    # "Tom Hale Just Endorsed Jane Roe", "Panel Dismissed Tax Plan": a past
                    # form of stance after the subject is the headline's verb, no name's word
                    upos, lemma = "VERB", lx.STANCE_VERB_FORMS[low]
                elif inf.cap and (inf.acro or _CAMEL_CASE.search(t) or not initial[k] and (
                        low not in report or low == lemma and not headline)) and not (
                        inf.acro and k and low != lemma and low in report and
                        toks[k - 1][2] in _QUOTE_CLOSERS):
                    # (not '“WE WILL WIN,” SAYS MAYOR': a verb of speech after a quote in a
                    # headline in capitals)
                    upos = "PROPN"           # "Islamic State", not "Trump Says"
                    feats = None
                elif upos == "VERB":
                    prev = inf_row[k - 1] if k else None
                    nxt = inf_row[k + 1] if k + 1 < n else None
                    if low == "counter" and nxt is not None and nxt.low == "to":
                        upos = "ADV"         # "runs counter to the law": no one counters
                    elif low in _TITLE_HEAD_NOUNS and k >= 2 and prev_low in _QUOTE_CLOSERS \
                            and inf_row[k - 2].cap:
                        upos = "NOUN"        # "told NBC's “Today” show that": the show a
                        #                      quoted title names, no verb after the title
                    elif low in _FILED_NOUNS and prev_upos in _BEFORE_FILING and any(
                            inf_row[x].upos == "DET" or inf_row[x].low in _PRE_POSS
                            for x in range(max(0, k - 4), k)) and (
                            nxt is None or nxt.upos not in _FILING_OBJECTS or nxt.low == "that"):
                        upos = "NOUN"        # "said in a regulatory filing that", "a court
                        #                      filing on"; not "a lawyer filing the suit"
                    elif low == "lead" and nxt is not None and nxt.low in _LEAD_ROLES:
                        upos = "ADJ"         # "said lead author Jo Doe", "lead singer":
                        #                      "lead" leads no bare singular role
                    elif prev_upos == "PROPN" and lx.REPORTING_VERB_FORMS.get(low) == low \
                            and _after_joined_names(rows, k):
                        pass                 # "Mr. Hale and Mr. Dorn say other A": the verb
                        #                      of the names joined before it, no noun
                    elif _verb_as_noun(inf, prev, prev_upos, prev2_low,
                                       tag_row[k - 1] if k else "O", nxt, low in report) \
                            and not _relative_clause_verb(inf_row, k, so_far) \
                            or prev_upos == "NOUN" and low[-1] == "s" \
                            and _object_phrase_before(inf_row, k, so_far) \
                            or prev_upos == "PROPN" and (_named_gerund_modifier(
                                inf_row, k, so_far, tag_row[k - 1])
                                or _named_event(inf_row, k, so_far, tag_row[k - 1])
                                or _named_outcome(inf_row, k, so_far, tag_row[k - 1])) \
                            or prev_upos == "NOUN" and _indefinite_compound(inf_row, k, so_far) \
                            or _opening_subject_word(inf_row, k):
                        upos = "NOUN"
                    elif nxt is not None and prev_upos != "AUX" and (
                            _attributive_participle(inf, prev, nxt)  # not "he's predicted wins"
                            or k == 0 and (_opening_modifier(inf, nxt) or
                                           _opening_title_modifier(inf_row))) or \
                            _degree_participle(inf_row, k, so_far):
                        upos = "ADJ"
                elif low == "later" and k + 1 < n \
                        and (prev_upos in _BEFORE_LATER_ADJ or prev_low in _KIN_OWNERS) \
                        and inf_row[k + 1].upos in _LATER_HEADS and not inf_row[k + 1].closed:
                    upos = "ADJ"             # "in a later interview", "in later years"
                elif upos == "ADJ" and _adjective_as_adverb(inf_row, k, prev_upos):
                    upos = "ADV"             # "more likely to say", "have long argued"
                elif upos == "ADJ" and low not in _LEX and k and not inf.cap \
                        and _after_modal(inf_row[k - 1], prev2_low, prev_upos):
                    upos = "VERB"            # "would appeal", "could reveal": no adjective
                    #                          follows a modal
                elif upos == "ADJ" and low not in _LEX and _adj_as_head(
                        prev_upos, inf_row[k + 1] if k + 1 < n else None):
                    upos = "NOUN"
                elif upos == "NOUN" and prev_upos in _BEFORE_GERUND and low.endswith("ing") \
                        and k + 1 < n and _opens_object(inf_row[k + 1]):
                    upos = "VERB"            # "recalled meeting the mayor", "after ruling it"
                elif upos == "NOUN" and k and (low[-1] == "s" or prev_low in _BEFORE_BASE_VERB
                                               or prev2_low in _MODALS_AND_DO
                                               or prev_upos == "NOUN"):   # cheap test
                    nxt = inf_row[k + 1] if k + 1 < n else None
                    slot = _subject_verb_slot(inf_row, k, so_far)
                    verb_lemma = _noun_as_verb(inf, inf_row[k - 1], prev_upos,
                                               (prev2_low, prev2_upos), tag_row[k - 1], nxt,
                                               slot, inf_row[k + 2] if k + 2 < n else None)
                    if verb_lemma is None and prev_low in _COORDINATORS:
                        verb_lemma = _coordinated_s_verb(inf_row, k, so_far)
                    elif verb_lemma is None and prev_low == ",":
                        verb_lemma = _verb_after_set_off(inf_row, k, so_far)
                    if verb_lemma is not None:
                        upos, lemma = "VERB", verb_lemma
            elif inf.cap and low in _MONTHS_DAYS and (prev_upos == "ADP" or k + 1 < n
                                                      and toks[k + 1][2][0].isdigit()):
                upos, lemma, feats = "PROPN", t, None     # "in May", "May 2012"
            elif low == "mine" and k + 1 < n and inf_row[k + 1].upos == "NOUN":
                upos, lemma, feats = "NOUN", "mine", None  # "Mine owner X said": no pronoun
            elif (low == "outside" or low == "inside" and prev_low in _PRE_POSS) \
                    and k + 1 < n and inf_row[k + 1].upos == "NOUN":
                upos = "ADJ"                 # "outside experts say", not "outside the hall";
                #                              "an inside source said", not "inside prisons"
            elif low == "that":          # said that / told her that / that he ...
                nxt = inf_row[k + 1] if k + 1 < n else None
                if prev_low in report or (prev2_low in report and prev_upos in _OBJ_UPOS) \
                        or (nxt is not None and (
                            nxt.upos == "DET" or nxt.cap and not nxt.closed
                            or nxt.low in _SUBJ_PRON
                            or nxt.upos == "NUM" and _AUX.get(prev_low) == "be")):
                    upos, feats = "SCONJ", None   # "is that 60 percent of voters said"
            elif low in _APOSTROPHES and _plural_possessive(toks, k):
                upos, lemma, feats = "PART", "'s", None  # "Sanders’ campaign"
            elif low == "'s" or low == "’s":
                if prev_low in _IS_BEFORE_S:
                    upos, lemma = "AUX", "be"
                elif prev_low == "let":
                    upos, lemma, feats = "PRON", "we", _PRON_INFO["us"][1]
            elif low == "her" and k + 1 < n:
                nxt = inf_row[k + 1]
                if nxt.upos in _NOUNISH and toks[k + 1][2][0].isalnum():
                    feats = _HER_POSS
            rows.append((t, lemma, upos, feats, s, e, ner))
            so_far.add(upos)
            prev2_low = prev_low
            prev2_upos = prev_upos
            prev_low = low
            prev_upos = upos
        out.append(rows)
    return out


#: :class:`_Info` by token text, shared by the documents of a process (an _Info depends on
#: its text alone and is never changed); emptied when it reaches :data:`_INFO_CACHE_SIZE`
#: texts, so that memory stays flat over any number of articles.
_INFO_CACHE: dict[str, _Info] = {}
_INFO_CACHE_SIZE = 50_000


def _infos(sents: list[list[Tok]]) -> list[list[_Info]]:
    """Per-token :class:`_Info`, computed once per distinct token text."""
    cache = _INFO_CACHE
    if len(cache) >= _INFO_CACHE_SIZE:
        cache.clear()
    get = cache.get
    rows = []
    for toks in sents:
        row = []
        for _, _, t in toks:
            inf = get(t)
            if inf is None:
                inf = cache[t] = _Info(t)
            row.append(inf)
        rows.append(row)
    return rows


_RARE = attrgetter("rare")


def _rows(text: str) -> list[list[Row]]:
    """The :data:`Row` tuples of every sentence of ``text``."""
    sents = _sentences(text)
    if not sents:
        return []
    infos = _infos(sents)
    namer = _Namer(sents, infos)
    tags = namer.run()
    given: set[str] = set()
    for toks, tag_row, info_row in zip(sents, tags, infos, strict=True):
        # each pass starts from a word of its kind (_rare_kind): a sentence with none of
        # them (most) is passed over, read in C
        kinds = set(map(_RARE, info_row))
        if len(kinds) == 1 and _RARE_NONE in kinds:
            continue
        if _RARE_NICKNAME in kinds:
            _join_nicknames(toks, tag_row)
        if _RARE_VIET in kinds:
            _vietnamese_names(toks, tag_row, given)
        if _RARE_PEER in kinds:
            _peers_seats(toks, tag_row)
    if given:
        for toks, tag_row in zip(sents, tags, strict=True):
            _titled_given_names(toks, tag_row, given)
    return _words(sents, infos, tags, namer)


#: The most words of such a nickname ("Mad Dog", "The Rock", "El Chapo").
_NICKNAME_WORDS = 3


def _join_nicknames(toks: list[Tok], tags: list[str]) -> None:
    """Make one name of a given name, a short capitalised nickname in quote marks and a
    surname after it (Mick "Mad Dog" Doherty, Joaquín “El Chapo” Guzmán), which the namer
    reads as three names; ``tags`` are changed in place.  Only a given name alone before
    the nickname is joined, so that the name's gender stays its given name's."""
    n = len(toks)
    for k in range(n - 3):
        if toks[k + 1][2] not in _NICKNAME_MARKS:
            continue
        # a given name no list holds, after a role in lower case, before a surname the
        # namer found ('champion Dre "The Hammer" Collins')
        unlisted = tags[k] == "O" and k > 0 and toks[k - 1][2].isalpha() and \
            toks[k - 1][2].islower() and toks[k][2].isalpha() and toks[k][2][:1].isupper() \
            and toks[k][2][1:].islower() and len(toks[k][2]) > 2
        if not unlisted and (tags[k] != "S-PERSON" or not (
                given_name_gender(toks[k][2].lower()) or toks[k][2].lower() in AMBIGUOUS)):
            continue  # a given name alone before it (not "Marine John “Tig” Tiegen"), one
            #           of either gender too ('Kim "Frost" Ji-ho')
        close = _NICKNAME_MARKS[toks[k + 1][2]]
        m = next((x for x in range(k + 2, min(n, k + 3 + _NICKNAME_WORDS))
                  if toks[x][2] == close), None)
        if unlisted and (m is None or m + 1 >= n or tags[m + 1] not in ("S-PERSON", "B-PERSON")):
            continue
        if m is None or m == k + 2 or m + 1 >= n or \
                not all(toks[x][2][:1].isupper() for x in range(k + 2, m)) or \
                not toks[m + 1][2][:1].isupper() or not toks[m + 1][2][1:].islower() or \
                tags[m + 1] not in ("O", "S-PERSON", "B-PERSON"):
            continue
        end = m + 1
        if tags[end] == "B-PERSON":
            while end + 1 < n and tags[end] != "E-PERSON":
                end += 1
        tags[k] = "B-PERSON"
        for x in range(k + 1, end):
            tags[x] = "I-PERSON"
        tags[end] = "E-PERSON"


_VIET_MIDDLE = frozenset({
    "van", "văn", "thi", "thị", "duc", "đức", "minh", "quoc", "quốc", "thanh", "ngoc",
    "ngọc", "huu", "hữu", "xuan", "xuân", "hong", "hồng", "kim", "dinh", "đình", "cong",
    "công", "tan", "tấn", "quang", "trong", "trọng", "thu", "bich", "bích"})


def _vietnamese_names(toks: list[Tok], tags: list[str], given: set[str]) -> None:
    """Make one person of a Vietnamese name written family name first, a middle name of
    :data:`_VIET_MIDDLE` and one or two capitalised given names ("Nguyen Van An", "Nguyen
    Thi Kim Ngan"), which the namer leaves as nothing or splits ("HANOI — Nguyen Van An, a
    rice farmer, said": the farmer's name is the speaker, and "Mr. An" later is him, the
    given name last as the surname slot of a Western name).  Only words no other entity
    holds are joined; ``tags`` are changed in place, and each name's last word is added to
    ``given``."""
    n = len(toks)
    for k in range(n - 2):
        t = toks[k][2]
        if t[:1].isupper() and t.lower() in _VIET_FAMILY and \
                toks[k + 1][2][:1].isupper() and toks[k + 1][2].lower() in _VIET_MIDDLE and \
                (k == 0 or tags[k - 1][:1] in ("O", "E", "S")):
            end = k + 2
            while end < n and end < k + 4 and toks[end][2][:1].isupper() and \
                    toks[end][2][1:].islower() and toks[end][2].isalpha():
                end += 1
            if end == k + 2 or any(tags[x] != "O" and not tags[x].endswith("PERSON")
                                   for x in range(k, end)) or \
                    end < n and tags[end][:1] in ("I", "E"):
                continue
            tags[k] = "B-PERSON"
            for x in range(k + 1, end - 1):
                tags[x] = "I-PERSON"
            tags[end - 1] = "E-PERSON"
            given.add(toks[end - 1][2])


#: Honorifics before a Vietnamese given name used alone ("Mr. An", "Ms. Mai").
_VIET_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr"})


def _titled_given_names(toks: list[Tok], tags: list[str], given: set[str]) -> None:
    """The given name of a Vietnamese name of the story after "Mr." or "Ms." ("Mr. An":
    the word that is an article elsewhere) is that person; ``tags`` are changed in place."""
    for k in range(1, len(toks)):
        if toks[k][2] in given and tags[k] == "O" and toks[k - 1][2].lower() in _VIET_HONORIFICS:
            tags[k] = "S-PERSON"


def _peers_seats(toks: list[Tok], tags: list[str]) -> None:
    """A peer's seat after "of" ("Lord Hadley of Brent") is a place, not a second person
    whose name the mention would take: the peer is Hadley.  ``tags`` are changed in
    place."""
    n = len(toks)
    for k in range(1, n - 2):
        if tags[k] != "S-PERSON" or toks[k - 1][2].lower() not in _PEER_TITLES or \
                toks[k + 1][2] != "of" or not tags[k + 2].endswith("PERSON"):
            continue
        end = k + 2
        while end < n and tags[end][:1] in ("B", "I"):
            end += 1
        if tags[end][:1] not in ("S", "E"):
            continue
        for x in range(k + 2, end + 1):
            tags[x] = ("S" if x == k + 2 == end else "B" if x == k + 2 else
                       "E" if x == end else "I") + "-GPE"


def annotate_tokens(text: str) -> list[list[dict]]:
    """The CoNLL-U dicts that :func:`annotate` builds its Document from."""
    return [[{"id": k, "text": t, "lemma": lemma, "upos": upos, "xpos": None, "feats": feats,
              "start_char": s, "end_char": e, "ner": ner, "misc": None}
             for k, (t, lemma, upos, feats, s, e, ner) in enumerate(rows, 1)]
            for rows in _rows(text)]


#: Build Documents with :func:`_fast_document` once it has been checked to give
#: exactly what ``Document(sentences, text=text)`` gives (see :func:`_fast_ok`).
FAST_DOCUMENT = True
_FAST_CHECKED: list[bool] = []


def _fast_document(sentences: list[list[Row]], text: str) -> Document:
    """What ``Document(annotate_tokens(text), text=text)`` builds, without its per-token
    overhead.

    Stanza's constructor costs ~8 us a token (most of annotate's time); this
    fills the same Sentence/Token/Word/Span attributes directly from the
    annotator's rows (no head, deprel, misc or multi-word tokens): the
    whitespace around tokens as ``Document.mark_whitespace`` sets it, and the
    entities as ``Sentence.build_ents`` decodes them from BIOES tags, reading
    only the tagged tokens.  Only used after :func:`_fast_ok`.
    """
    doc = Document([], text=text)
    new = object.__new__
    built: list[Sentence] = []
    doc_ents: list[EntitySpan] = []
    prev_tk: Token | None = None
    n_tokens = 0
    for entries in sentences:
        sent = new(Sentence)
        toks: list[Token] = []
        words: list[Word] = []
        named: list[int] = []  # places of the tokens with an NER tag other than "O"
        sent.__dict__.update({
            "_tokens": toks, "_words": words, "_dependencies": [], "_text": None,
            "_ents": [], "_doc": doc, "_comments": CommentList(),
            "_enhanced_dependencies": None, "_empty_words": [],
        })
        wid = 0
        for text_, lemma, upos, feats, s, en, ner in entries:
            wid += 1
            # attribute by attribute, in __init__'s order: the objects then share
            # their key tables the way constructed ones do (half the memory of a
            # fresh __dict__ each)
            w = new(Word)
            w._id = wid
            w._text = text_
            w._lemma = lemma
            w._upos = upos
            w._xpos = None
            w._feats = feats
            w._head = None
            w._deprel = None
            w._misc = None
            w._start_char = s
            w._end_char = en
            w._parent = None
            w._sent = sent
            w._mexp = None
            w._coref_chains = None
            w._line_number = None
            tk = new(Token)
            tk._id = (wid,)
            tk._text = text_
            tk._misc = None
            tk._ner = ner
            tk._multi_ner = None
            tk._words = [w]
            tk._start_char = s
            tk._end_char = en
            tk._sent = sent
            tk._mexp = None
            tk._spaces_before = ""
            tk._spaces_after = ""
            tk._line_number = None
            w._parent = tk
            toks.append(tk)
            words.append(w)
            if prev_tk is not None:  # the whitespace since the token before, in any sentence
                prev_tk._spaces_after = text[prev_tk._end_char:s]
            prev_tk = tk
            if ner != "O":
                named.append(wid - 1)
        sent.index = len(built)
        sent.text = text[toks[0]._start_char:toks[-1]._end_char]
        if named:
            sent._ents = _spans(sent, toks, named, doc, text)
            doc_ents += sent._ents
        n_tokens += wid
        built.append(sent)
    doc.sentences = built
    doc._num_tokens = doc._num_words = n_tokens
    for sent in built:
        if sent.text:
            sent.add_comment("# text = " + " ".join(sent.text.split()))
        if sent.sent_id is None:
            sent.sent_id = str(sent.index)
    doc.ents = doc_ents
    if prev_tk is not None:
        prev_tk._spaces_after = text[prev_tk._end_char:]
        built[0]._tokens[0]._spaces_before = text[:built[0]._tokens[0]._start_char]
    return doc


def _spans(sent: Sentence, toks: list[Token], named: list[int], doc: Document,
           text: str) -> list[EntitySpan]:
    """The entity Spans of a sentence whose tokens at ``named`` have a tag other than "O",
    decoded from BIOES as Stanza's ``decode_from_bioes`` does (an "O" between two of them
    ends an entity; a malformed run is decoded the same way)."""
    found: list[tuple[int, int, str]] = []
    run: list[int] = []
    typ = ""
    last = -2
    for i in named:
        if i != last + 1 and run:   # an "O" came between
            found.append((run[0], run[-1], typ))
            run = []
        last = i
        tag = toks[i]._ner
        head = tag[:2]
        if head == "B-" or head == "S-":
            if run:
                found.append((run[0], run[-1], typ))
            run = [i]
            typ = tag[2:]
            if head == "S-":
                found.append((i, i, typ))
                run = []
        elif head == "I-" or head == "E-":
            run.append(i)
            typ = tag[2:]
            if head == "E-":
                found.append((run[0], i, typ))
                run = []
    if run:
        found.append((run[0], run[-1], typ))
    new = object.__new__
    spans: list[EntitySpan] = []
    for a, b, typ in found:
        span = new(EntitySpan)
        span_tokens = toks[a:b + 1]
        start, end = span_tokens[0]._start_char, span_tokens[-1]._end_char
        span._text = text[start:end]
        span._type = typ
        span._start_char = start
        span._end_char = end
        span._tokens = span_tokens
        span._words = [t._words[0] for t in span_tokens]
        span._doc = doc
        span._sent = sent
        spans.append(span)
    return spans


def _snapshot(obj: object) -> object:
    """Deep, comparable state of a Document (objects by attributes, shared refs by index)."""
    seen: dict[int, int] = {}

    def walk(x: object) -> object:
        if x is None or isinstance(x, (str, int, float, bool)):
            return x
        if isinstance(x, (list, tuple)):
            return (type(x).__name__, tuple(walk(v) for v in x))
        if isinstance(x, dict):
            return ("dict", tuple(sorted((str(k), walk(v)) for k, v in x.items())))
        if id(x) in seen:
            return ("ref", seen[id(x)])
        seen[id(x)] = len(seen)
        attrs = dict(getattr(x, "__dict__", {}))
        for cls in type(x).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if hasattr(x, name):
                    attrs[name] = getattr(x, name)
        return (type(x).__name__, tuple(sorted((k, walk(v)) for k, v in attrs.items())))

    return walk(obj)


_PROBE = ("Secretary of State Mike Pompeo said Monday: \u201cWe won\u2019t go.\u201d\n\n"
          "He didn\u2019t say.  Sen. Ted Cruz (R-Texas) told CNN\u2019s Jake Tapper.\r\n"
          "  \u2026 1,000 U.S. troops, @handle #tag \U0001F600 e\u0301 end")


def _fast_ok() -> bool:
    """Whether :func:`_fast_document` matches the real constructor here (checked once)."""
    if not _FAST_CHECKED:
        try:
            ok = True
            for probe in (_PROBE, "x", " a \n\n b. C"):
                fast = _fast_document(_rows(probe), probe)
                real = Document(annotate_tokens(probe), text=probe)
                ok = ok and _snapshot(fast) == _snapshot(real)
        except Exception:  # a different stanza: fall back to the constructor
            ok = False
        _FAST_CHECKED.append(ok)
    return _FAST_CHECKED[0]


def annotate_words(text: str) -> Words | None:
    """``Words(annotate(text))``, read straight from the annotator's rows (no Stanza objects
    built); None where :func:`annotate` would not use :func:`_fast_document`, whose
    Document is known to hold exactly the rows."""
    if not (FAST_DOCUMENT and _fast_ok()):
        return None
    with paused_gc():
        return Words.from_rows(text, _rows(text))


def annotate(text: str) -> Document:
    """Annotate ``text`` into a stanza Document (tokens, sentences, upos, lemma, feats, ner).

    Never raises on a str; empty or whitespace-only text gives a Document with
    no sentences.  ``doc.text`` is ``text`` and every token's offsets slice it.
    """
    fast = FAST_DOCUMENT and _fast_ok()
    # Building ~4 objects a token makes the cyclic GC rescan the heap over and
    # over (half of the run time); nothing here makes garbage cycles, so the
    # collector waits until the Document is built
    with paused_gc():
        if fast:
            return _fast_document(_rows(text), text)
        return Document(annotate_tokens(text), text=text)
