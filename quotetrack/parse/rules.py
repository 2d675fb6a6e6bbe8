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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter

from stanza.models.common.doc import CommentList, Document, Sentence, Token, Word
from stanza.models.common.doc import Span as EntitySpan

from .. import lexicon as lx
from .._memory import paused_gc
from ..given_names import AMBIGUOUS, given_name_gender, unaccented
from ..tokens import Words
from . import gazetteer as gz

__all__ = ["annotate", "tokenize", "split_sentences", "annotate_tokens"]

Span = tuple[int, int]
Tok = tuple[int, int, str]
#: One word as the annotator makes it: text, lemma, upos, feats, start_char, end_char, ner
#: (its id is its place in the sentence, from 1; no xpos, head, deprel or misc).
Row = tuple[str, str, str, "str | None", int, int, str]

# ---------------------------------------------------------------------------
# Tokenizer
# ---------------------------------------------------------------------------

# Unicode combining marks (categories Mn, Mc, Me), precomputed from
# unicodedata so that importing stays fast: they stay inside the word they
# follow ("e" + U+0301, Devanagari vowel signs, Arabic harakat, FE0F...).
_MARK_RANGES = """
300-36F 483-489 591-5BD 5BF 5C1-5C2 5C4-5C5 5C7 610-61A 64B-65F 670 6D6-6DC 6DF-6E4
6E7-6E8 6EA-6ED 711 730-74A 7A6-7B0 7EB-7F3 7FD 816-819 81B-823 825-827 829-82D
859-85B 898-89F 8CA-8E1 8E3-903 93A-93C 93E-94F 951-957 962-963 981-983 9BC 9BE-9C4
9C7-9C8 9CB-9CD 9D7 9E2-9E3 9FE A01-A03 A3C A3E-A42 A47-A48 A4B-A4D A51 A70-A71 A75
A81-A83 ABC ABE-AC5 AC7-AC9 ACB-ACD AE2-AE3 AFA-AFF B01-B03 B3C B3E-B44 B47-B48
B4B-B4D B55-B57 B62-B63 B82 BBE-BC2 BC6-BC8 BCA-BCD BD7 C00-C04 C3C C3E-C44 C46-C48
C4A-C4D C55-C56 C62-C63 C81-C83 CBC CBE-CC4 CC6-CC8 CCA-CCD CD5-CD6 CE2-CE3 D00-D03
D3B-D3C D3E-D44 D46-D48 D4A-D4D D57 D62-D63 D81-D83 DCA DCF-DD4 DD6 DD8-DDF DF2-DF3
E31 E34-E3A E47-E4E EB1 EB4-EBC EC8-ECD F18-F19 F35 F37 F39 F3E-F3F F71-F84 F86-F87
F8D-F97 F99-FBC FC6 102B-103E 1056-1059 105E-1060 1062-1064 1067-106D 1071-1074
1082-108D 108F 109A-109D 135D-135F 1712-1715 1732-1734 1752-1753 1772-1773 17B4-17D3
17DD 180B-180D 180F 1885-1886 18A9 1920-192B 1930-193B 1A17-1A1B 1A55-1A5E 1A60-1A7C
1A7F 1AB0-1ACE 1B00-1B04 1B34-1B44 1B6B-1B73 1B80-1B82 1BA1-1BAD 1BE6-1BF3 1C24-1C37
1CD0-1CD2 1CD4-1CE8 1CED 1CF4 1CF7-1CF9 1DC0-1DFF 20D0-20F0 2CEF-2CF1 2D7F 2DE0-2DFF
302A-302F 3099-309A A66F-A672 A674-A67D A69E-A69F A6F0-A6F1 A802 A806 A80B A823-A827
A82C A880-A881 A8B4-A8C5 A8E0-A8F1 A8FF A926-A92D A947-A953 A980-A983 A9B3-A9C0 A9E5
AA29-AA36 AA43 AA4C-AA4D AA7B-AA7D AAB0 AAB2-AAB4 AAB7-AAB8 AABE-AABF AAC1 AAEB-AAEF
AAF5-AAF6 ABE3-ABEA ABEC-ABED FB1E FE00-FE0F FE20-FE2F 101FD 102E0 10376-1037A
10A01-10A03 10A05-10A06 10A0C-10A0F 10A38-10A3A 10A3F 10AE5-10AE6 10D24-10D27
10EAB-10EAC 10F46-10F50 10F82-10F85 11000-11002 11038-11046 11070 11073-11074
1107F-11082 110B0-110BA 110C2 11100-11102 11127-11134 11145-11146 11173 11180-11182
111B3-111C0 111C9-111CC 111CE-111CF 1122C-11237 1123E 112DF-112EA 11300-11303
1133B-1133C 1133E-11344 11347-11348 1134B-1134D 11357 11362-11363 11366-1136C
11370-11374 11435-11446 1145E 114B0-114C3 115AF-115B5 115B8-115C0 115DC-115DD
11630-11640 116AB-116B7 1171D-1172B 1182C-1183A 11930-11935 11937-11938 1193B-1193E
11940 11942-11943 119D1-119D7 119DA-119E0 119E4 11A01-11A0A 11A33-11A39 11A3B-11A3E
11A47 11A51-11A5B 11A8A-11A99 11C2F-11C36 11C38-11C3F 11C92-11CA7 11CA9-11CB6
11D31-11D36 11D3A 11D3C-11D3D 11D3F-11D45 11D47 11D8A-11D8E 11D90-11D91 11D93-11D97
11EF3-11EF6 16AF0-16AF4 16B30-16B36 16F4F 16F51-16F87 16F8F-16F92 16FE4 16FF0-16FF1
1BC9D-1BC9E 1CF00-1CF2D 1CF30-1CF46 1D165-1D169 1D16D-1D172 1D17B-1D182 1D185-1D18B
1D1AA-1D1AD 1D242-1D244 1DA00-1DA36 1DA3B-1DA6C 1DA75 1DA84 1DA9B-1DA9F 1DAA1-1DAAF
1E000-1E006 1E008-1E018 1E01B-1E021 1E023-1E024 1E026-1E02A 1E130-1E136 1E2AE
1E2EC-1E2EF 1E8D0-1E8D6 1E944-1E94A E0100-E01EF"""


def _mark_class(ranges: str) -> str:
    """Turn ``"300-36F 483 ..."`` into the inside of a regex character class."""
    parts = []
    for item in ranges.split():
        lo, _, hi = item.partition("-")
        a = int(lo, 16)
        b = int(hi, 16) if hi else a
        parts.append(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}")
    return "".join(parts)


_MARKS = _mark_class(_MARK_RANGES)
#: Latin-1 signs that UTF-8 text decoded as Latin-1 leaves inside words ("PeÃ±a" for
#: "Peña"): no space, quote mark, degree sign or middle dot.
_MOJIBAKE = r"\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00b6\u00b8-\u00ba\u00bc-\u00bf"
_WC = rf"[\w{_MARKS}{_MOJIBAKE}\u200c\u200d]"    # a character that continues a word
_CLITIC = r"(?i:s|m|d|ll|re|ve|t)"
_EMOJI_BASE = (r"[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff"
               r"\u24c2\u25aa-\u25fe\u2600-\u27bf\u2934\u2935\u2b00-\u2bff\u3030\u303d"
               r"\u3297\u3299\U0001F000-\U0001F1E5\U0001F200-\U0001FAFF]")
_EMOJI_MOD = r"[\ufe0e\ufe0f\u20e3\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F]"

_TOKEN_RX = re.compile(
    "|".join((
        # URLs and e-mail addresses; no trailing sentence punctuation
        r"(?i:https?://|www\.)[^\s<>\"“”‘’«»]*[^\s<>\"“”‘’«».,;:!?)\]}'…]",
        r"[\w.+-]{1,64}@[\w-]{1,253}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}(?!\w)",
        r"[@#]\w+",                                        # @handles, #hashtags
        r"(?i:can(?=not(?!\w)))",                          # cannot -> can | not
        r"(?:[A-Za-z]{1,2}\.){2,}+",                       # U.S. a.m. e.g. W.Va. Ph.D.
        r"[$€£¥]\d++(?:[.,]\d++)*+|\d++(?:[.,:/]\d++)++",  # $5 1,000 3.5 9/11 10:30
        # words, with inner hyphens and apostrophes (well-known, Jae-in, O'Brien)
        # but not before a clitic, capitals joined by "&" (AT&T, P&G, Q&A); an optional
        # final period is decided later
        rf"(?>\w{_WC}*+(?:[-\u2010\u2011](?:[A-Za-z]\.){{2,}}+(?!\w)"
        rf"|(?:[-\u2010\u2011]|['’](?!{_CLITIC}(?!{_WC})))\w{_WC}*+)*+)"
        r"(?:(?<=[A-Z])&[A-Z]{1,4}(?![\w&]))?(?:\.(?![.\w]))?",
        rf"(?<=[\w.{_MARKS}])['’]{_CLITIC}(?!{_WC})",      # 's 'm 'll 've n't ('t)
        r"\.{2,}|…+",                                      # ellipsis
        r"-{2,}|[\u2012-\u2015]+",                         # dashes
        r"``|''",
        r"[!?]+",
        rf"[\U0001F1E6-\U0001F1FF]{{2}}|{_EMOJI_BASE}{_EMOJI_MOD}*+"
        rf"(?:\u200d{_EMOJI_BASE}{_EMOJI_MOD}*+)*+",      # emoji sequences, flags
        rf"\S[{_MARKS}]*+",                                # anything else: one char
    ))
)

#: Characters that end a line (str.splitlines); every line break ends a sentence.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_LINE_RX = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")

#: Abbreviations keeping their period: the lexicon's, plus plurals of titles.
_ABBREV = lx.ABBREVIATIONS | frozenset({
    "sens.", "reps.", "govs.", "gens.", "messrs.", "mmes.", "drs.", "profs.", "del.",
    "supt.", "cmdr.", "sgts.", "lts.", "maj.", "pfc.", "cpl.", "insp.", "det.", "ph.d.",
    "mass.", "nos.", "jrs.", "bros.",
})
#: Abbreviations that are also plain words: kept only when capitalised.
_ABBREV_NEED_CAP = frozenset(
    a for a in _ABBREV if a[:-1].isalpha() and len(a) > 2 and a[:-1] in {
        "no", "ill", "miss", "mass", "wash", "ind", "la", "mo", "ore", "del", "ed", "est",
        "op", "fig", "ga", "pa", "co", "ark", "mont", "neb", "md", "ky", "kan", "conn",
        "colo", "mt", "ft", "ave", "st", "sen", "rep", "gov", "gen", "col", "dept",
        "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb",
        "apr", "mich", "minn", "nev", "tenn", "vt", "wis", "wyo", "fla", "ariz", "va",
        "tex", "calif", "okla", "pres", "hon", "rev", "capt", "sgt", "adm", "lt", "atty",
        "prof", "dr", "mr", "mrs", "ms", "sr", "jr", "inc", "corp", "ltd", "blvd"})
#: Abbreviations that precede a name or number: a sentence never ends after them.
_ABBREV_NO_SPLIT = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
    "capt.", "sgt.", "adm.", "rev.", "hon.", "pres.", "atty.", "st.", "mt.", "ft.", "no.",
    "vs.", "v.", "e.g.", "i.e.", "approx.", "fig.", "op.", "ave.", "blvd.", "sens.",
    "reps.", "govs.", "gens.", "messrs.", "mmes.", "drs.", "profs.", "del.", "supt.",
    "cmdr.", "sgts.", "lts.", "maj.", "pfc.", "cpl.", "insp.", "det.", "nos.",
})


def _kept_abbrev(t: str) -> bool:
    """Whether ``t`` (ending in ".") is an abbreviation keeping its period: a listed one,
    capitalised if it is also a plain word ("Ed.", not "ed.")."""
    low = t.lower()
    return low in _ABBREV and (t[0].isupper() or low not in _ABBREV_NEED_CAP)


def _raw_tokens(text: str, pos: int, endpos: int) -> list[Tok]:
    """Tokens of one line ``text[pos:endpos]`` as (start, end, text), post-processed."""
    out: list[Tok] = []
    append = out.append
    abbrev = _ABBREV
    for m in _TOKEN_RX.finditer(text, pos, endpos):
        t = m.group()
        last = t[-1]
        if last == "." and len(t) > 1 and t[-2] != ".":
            s, e = m.span()
            if "." in t[:-1] or not (t[0].isalnum() or t[0] == "_"):
                append((s, e, t))            # dotted acronym (U.S.) or odd symbol
                continue
            low = t.lower()
            if "-" in low and _kept_abbrev(t.rsplit("-", 1)[1]):
                append((s, e, t))            # (D-Mo.), not "an op-ed."
                continue
            if low in abbrev:
                keep = _kept_abbrev(t)
                if keep and low == "no.":
                    k = e
                    while k < endpos and text[k] == " ":
                        k += 1
                    keep = k < endpos and text[k].isdigit()
            else:
                keep = len(t) == 2 and t[0].isupper()     # an initial: "J."
            if keep:
                append((s, e, t))
            else:
                append((s, e - 1, t[:-1]))
                append((e - 1, e, "."))
        elif (last == "t" or last == "T") and len(t) == 2 and (t[0] == "'" or t[0] == "’"):
            s, e = m.span()
            if out:
                ps, pe, pt = out[-1]
                if pe == s and len(pt) > 1 and pt[-1] in "nN" and "." not in pt:
                    out[-1] = (ps, pe - 1, pt[:-1])
                    append((pe - 1, e, pt[-1] + t))
                    continue
            append((s, e, t))
        else:
            s, e = m.span()
            append((s, e, t))
    return out


def _lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of every non-empty line of ``text``."""
    for m in _LINE_RX.finditer(text):
        yield m.span()


def tokenize(text: str) -> list[Span]:
    """Token (start, end) offsets; ``text[start:end]`` is the token, never whitespace."""
    spans: list[Span] = []
    for ls, le in _lines(text):
        spans.extend((s, e) for s, e, _ in _raw_tokens(text, ls, le))
    return spans


# ---------------------------------------------------------------------------
# Sentence splitter
# ---------------------------------------------------------------------------

_TERMINAL = frozenset(".!?…")
_CLOSERS_ANY = frozenset("”’)]}»›")        # closers that may follow a space
_CLOSERS_ADJ = frozenset({"\"", "'", "''"})  # ASCII quotes close only when adjacent
_OPENERS = frozenset("“‘\"'([{«‹¿¡`")
_MONTHS_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"})
#: Capitalised words that start a sentence after an abbreviation like "U.S."
_STARTERS = frozenset(
    w.capitalize() for w in lx.NOT_NAMES
    if "." not in w and w not in _MONTHS_DAYS
    and w not in {"more", "most", "one", "two", "three", "first", "last", "next", "a",
                  "of", "to", "over", "under", "according", "asked", "said", "says", "read",
                  "updated", "photo", "image", "video", "watch", "related", "advertisement",
                  "today", "yesterday", "tomorrow", "now", "all", "some", "many", "other",
                  "another", "such", "both", "each", "every", "either", "neither"}
) | {"I"}


def _wrong_way_opener(toks: Sequence[Tok], j: int) -> bool:
    """True when the ``”`` at ``j``, after a space, opens a quote the wrong way round as the
    quote finder reads it: a capital follows it unspaced and no double quote of the line is
    open before it ('... a driver. ”We always have.”')."""
    if toks[j][2] != "”" or j + 1 >= len(toks) or toks[j + 1][0] != toks[j][1] \
            or not toks[j + 1][2][0].isupper():
        return False
    curly = straight = 0
    for _, _, t in toks[:j]:
        if t == "“":
            curly += 1
        elif t == "”":
            curly = max(curly - 1, 0)
        elif t == "\"":
            straight ^= 1
    return not curly and not straight


def _split_line(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """Sentence (first, last+1) index ranges within the tokens of one line."""
    n = len(toks)
    out: list[tuple[int, int]] = []
    start = 0
    i = 0
    terminal = _TERMINAL
    while i < n:
        t = toks[i][2]
        if t[-1] in terminal:
            c = t[0]
            is_term = not (c.isalnum() or c == "_")
            if is_term or (t[-1] == "." and t.lower() not in _ABBREV_NO_SPLIT):
                j = i + 1
                pe = toks[i][1]
                while j < n:
                    s2, e2, t2 = toks[j]
                    if t2 in _CLOSERS_ANY and not (s2 > pe and _wrong_way_opener(toks, j)) \
                            or (t2 in _CLOSERS_ADJ and s2 == pe):
                        pe = e2
                        j += 1
                    else:
                        break
                if j >= n:
                    break
                s2, _, t2 = toks[j]
                if s2 > pe:
                    c2 = t2[0]
                    if (t == "." or t == "!" or t == "?") and (c2 == "…" or t2[:2] == "..") \
                            and j + 1 < n and toks[j + 1][0] > toks[j][1]:
                        c3 = toks[j + 1][2][0]          # "it. ... The": the ellipsis
                        if c3.isupper() or c3 in _OPENERS:       # opens the next one
                            out.append((start, j))
                            start = j
                            i = j + 1
                            continue
                    if is_term:   # upper case, or a letter of a script without case
                        split = (c2.isalpha() and not c2.islower()) or c2.isdigit() \
                            or c2 in _OPENERS or t2 == "”"   # '. ”We': wrong way round
                    else:                        # abbreviation or initial
                        # '... at 10 a.m. “We ...': a quote that opens a sentence, not
                        # after an initial ('John F. “Jack” Doe')
                        split = t2 in _STARTERS or (t2 in _OPENERS or t2 == "”") \
                            and len(t) > 2 and j + 1 < n and toks[j + 1][0] == toks[j][1] and \
                            toks[j + 1][2][0].isupper()
                    if split:
                        out.append((start, j))
                        start = j
                i = j
                continue
        i += 1
    if start < n:
        out.append((start, n))
    return out


def _sentences(text: str) -> list[list[Tok]]:
    """Tokenize ``text`` and split it into sentences of (start, end, text) tokens."""
    sents: list[list[Tok]] = []
    run: list[Tok] = []
    for ls, le in _lines(text):
        toks = _raw_tokens(text, ls, le)
        if not toks:
            continue
        if run and _runs_on(run[-1][2], toks[0][2]):
            run.extend(toks)
            continue
        sents.extend(run[a:b] for a, b in _split_line(run))
        run = toks
    sents.extend(run[a:b] for a, b in _split_line(run))
    return sents


def _runs_on(last: str, first: str) -> bool:
    """True when a line that ends in the word ``last`` runs on into the next line, which
    starts with ``first``: a lower-case word after a lower-case word, where a line was
    wrapped or an "Advertisement" slot emptied in mid-sentence ("said the company
    would" / "raise bills by 6 percent")."""
    return last[-1].islower() and first[0].islower()


def split_sentences(text: str, tokens: Sequence[Span]) -> list[list[Span]]:
    """Group token offsets (as from :func:`tokenize`) into sentences.

    Splits after . ! ? ... (closing quotes and brackets stay in the sentence)
    before an upper-case letter, digit or opening quote; never after titles and
    initials; every line break ends a sentence, unless a lower-case word runs on past
    it (see :func:`_runs_on`).
    """
    out: list[list[Span]] = []
    line: list[Tok] = []
    breaks = _LINE_BREAKS
    prev_end = 0
    for s, e in tokens:
        if line and s > prev_end and not breaks.isdisjoint(text[prev_end:s]) and \
                not _runs_on(line[-1][2], text[s:e]):
            out.extend([(a, b) for a, b, _ in line[x:y]] for x, y in _split_line(line))
            line = []
        line.append((s, e, text[s:e]))
        prev_end = e
    if line:
        out.extend([(a, b) for a, b, _ in line[x:y]] for x, y in _split_line(line))
    return out


# ---------------------------------------------------------------------------
# Word fields: lemma, upos, feats
# ---------------------------------------------------------------------------

_PRS = "PronType=Prs"
_PRON_INFO: dict[str, tuple[str, str]] = {
    "i": ("i", "Case=Nom|Number=Sing|Person=1|" + _PRS),
    "me": ("i", "Case=Acc|Number=Sing|Person=1|" + _PRS),
    "my": ("i", "Case=Gen|Number=Sing|Person=1|Poss=Yes|" + _PRS),
    "mine": ("i", "Case=Gen|Number=Sing|Person=1|Poss=Yes|" + _PRS),
    "myself": ("i", "Case=Acc|Number=Sing|Person=1|PronType=Prs|Reflex=Yes"),
    "you": ("you", "Person=2|" + _PRS),
    "your": ("you", "Person=2|Poss=Yes|" + _PRS),
    "yours": ("you", "Person=2|Poss=Yes|" + _PRS),
    "yourself": ("you", "Case=Acc|Number=Sing|Person=2|PronType=Prs|Reflex=Yes"),
    "yourselves": ("you", "Case=Acc|Number=Plur|Person=2|PronType=Prs|Reflex=Yes"),
    "he": ("he", "Case=Nom|Gender=Masc|Number=Sing|Person=3|" + _PRS),
    "him": ("he", "Case=Acc|Gender=Masc|Number=Sing|Person=3|" + _PRS),
    "his": ("he", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|" + _PRS),
    "himself": ("he", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    "she": ("she", "Case=Nom|Gender=Fem|Number=Sing|Person=3|" + _PRS),
    "her": ("she", "Case=Acc|Gender=Fem|Number=Sing|Person=3|" + _PRS),
    "hers": ("she", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|" + _PRS),
    "herself": ("she", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    "it": ("it", "Gender=Neut|Number=Sing|Person=3|" + _PRS),
    "its": ("it", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|" + _PRS),
    "itself": ("it", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    "we": ("we", "Case=Nom|Number=Plur|Person=1|" + _PRS),
    "us": ("we", "Case=Acc|Number=Plur|Person=1|" + _PRS),
    "our": ("we", "Case=Gen|Number=Plur|Person=1|Poss=Yes|" + _PRS),
    "ours": ("we", "Case=Gen|Number=Plur|Person=1|Poss=Yes|" + _PRS),
    "ourselves": ("we", "Case=Acc|Number=Plur|Person=1|PronType=Prs|Reflex=Yes"),
    "they": ("they", "Case=Nom|Number=Plur|Person=3|" + _PRS),
    "them": ("they", "Case=Acc|Number=Plur|Person=3|" + _PRS),
    "their": ("they", "Case=Gen|Number=Plur|Person=3|Poss=Yes|" + _PRS),
    "theirs": ("they", "Case=Gen|Number=Plur|Person=3|Poss=Yes|" + _PRS),
    "themselves": ("they", "Case=Acc|Number=Plur|Person=3|PronType=Prs|Reflex=Yes"),
    "who": ("who", "PronType=Rel"),
    "whom": ("who", "Case=Acc|PronType=Rel"),
    "whose": ("who", "Poss=Yes|PronType=Rel"),
}
#: Feats of "her" when it is a possessive determiner ("her team").
_HER_POSS = "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|" + _PRS

_DET_INFO: dict[str, str | None] = {
    "the": "Definite=Def|PronType=Art", "a": "Definite=Ind|PronType=Art",
    "an": "Definite=Ind|PronType=Art", "this": "Number=Sing|PronType=Dem",
    "that": "Number=Sing|PronType=Dem", "these": "Number=Plur|PronType=Dem",
    "those": "Number=Plur|PronType=Dem", "some": None, "any": None, "no": None,
    "every": None, "each": None, "all": None, "another": None, "either": None,
    "neither": None, "both": None, "which": None, "what": None, "whatever": None,
}
_ADP = ("of in on at by for with from to about into over under after before during "
        "between against through without within among amid amidst across behind beyond "
        "toward towards upon via per like near despite around throughout along alongside "
        "onto off until till than inside outside beside besides below above unlike regarding "
        "concerning versus vs. vs v. atop underneath up down out de van von der bin ibn al")
_CCONJ = "and or but nor & plus"
_SCONJ = "if because although though while whether unless whereas since once lest"
_ADV = ("also very just now then still even only never already soon here there too again "
        "ever however maybe perhaps really almost always often later instead indeed "
        "meanwhile rather quite else back away yet so how when where why ago once "
        "today yesterday tomorrow tonight recently currently nearly mostly least less "
        "furthermore moreover therefore thus hence otherwise somewhat anyway sometimes "
        "well further somehow together forever anywhere everywhere somewhere nowhere "
        "aloud afterward afterwards abroad")
_ADJ = ("new old good bad big small great high low long short large little own other same "
        "different last next first former few many more most much several such top major "
        "political public national federal local presidential last early late full real "
        "true false sure free able likely possible clear hard easy important best worst "
        "better worse whole young social economic foreign military senior key final "
        "earlier recent latest longtime private significant strong difficult certain "
        "particular simple friendly deadly daily weekly monthly quarterly costly unlikely "
        "elderly current similar entire popular regulatory statutory mandatory")
_VERBS = ("go get make take come see want need help give work call try keep begin seem "
          "run move live win lose pay meet lead stop stay change vote face become leave "
          "put bring hold turn start show hear play believe happen provide sit stand "
          "allow build spend send fall cut kill raise pass sell decide pull force seek "
          "remain open join serve die release sign ban block push fight avoid attack "
          "look understand "
          # verbs whose -s forms look like plural nouns ("Doe appears", "Doe refers")
          "appear refer deliver consider differ fail prevail unveil appreciate illustrate "
          "investigate deserve seem include exceed ignore represent sing focus prefer remind "
          "speak assail berate castigate excoriate deride decry")
#: Nouns in -ing, -ly, -ed and -ic, which the suffix would make verbs, adverbs and
#: adjectives ("a town hall meeting in", "the polling average", "their hatred", "housing
#: critic Jo Lee").
_SUFFIX_NOUNS = ("morning evening family rally ally assembly supply tally bully anomaly monopoly "
                 "meeting polling shooting ruling briefing wedding hatred housing funding "
                 "financing lending policing critic cleric medic mechanic clinic topic")
_NUMW = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
         "seventy eighty ninety hundred thousand million billion trillion dozen zero")
_PRON_IND = ("something someone somebody anything anyone anybody everything everyone "
             "everybody nothing nobody none")

#: Auxiliary forms -> lemma.
_AUX: dict[str, str] = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "be": "be",
    "been": "be", "being": "be", "'m": "be", "’m": "be", "'re": "be", "’re": "be",
    "has": "have", "have": "have", "had": "have", "having": "have", "'ve": "have",
    "’ve": "have", "do": "do", "does": "do", "did": "do", "will": "will",
    "would": "would", "can": "can", "could": "could", "should": "should", "may": "may",
    "might": "might", "must": "must", "shall": "shall", "'ll": "will", "’ll": "will",
    "'d": "would", "’d": "would", "ca": "can", "wo": "will", "ai": "be",
    "ought": "ought",
}
#: Irregular forms of common verbs -> lemma (reporting verbs come from the lexicon).
_IRREGULAR: dict[str, str] = {
    "went": "go", "gone": "go", "goes": "go", "made": "make", "took": "take",
    "taken": "take", "came": "come", "gave": "give", "given": "give", "got": "get",
    "gotten": "get", "saw": "see", "seen": "see", "began": "begin", "begun": "begin",
    "left": "leave", "kept": "keep", "held": "hold", "brought": "bring", "met": "meet",
    "ran": "run", "won": "win", "lost": "lose", "paid": "pay", "sent": "send",
    "spent": "spend", "built": "build", "led": "lead", "meant": "mean", "heard": "hear",
    "became": "become", "chose": "choose", "chosen": "choose", "fell": "fall",
    "fallen": "fall", "stood": "stand", "understood": "understand", "sought": "seek",
    "bought": "buy", "caught": "catch", "taught": "teach", "spoke": "speak",
    "spoken": "speak", "broke": "break", "broken": "break", "drove": "drive",
    "driven": "drive", "rose": "rise", "risen": "rise", "ate": "eat", "eaten": "eat",
    "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw",
    "sat": "sit", "lay": "lie", "laid": "lay", "read": "read", "put": "put", "set": "set",
    "let": "let", "cut": "cut", "hit": "hit", "hurt": "hurt", "quit": "quit",
    "known": "know", "shown": "show", "drawn": "draw", "withdrawn": "withdraw",
    "sworn": "swear", "hidden": "hide", "forgotten": "forget", "fought": "fight",
    "struck": "strike", "sold": "sell", "shook": "shake", "dealt": "deal", "swore": "swear",
    "wore": "wear", "forgave": "forgive", "forgot": "forget", "drew": "draw", "flew": "fly",
    "blew": "blow", "slept": "sleep", "swept": "sweep", "sank": "sink", "stole": "steal",
    "done": "do", "sang": "sing", "sung": "sing", "born": "bear",
    # past forms no noun shares, and "cast", a noun after an article ("the cast of")
    "cast": "cast", "fled": "flee", "flown": "fly", "forgiven": "forgive", "froze": "freeze",
    "frozen": "freeze", "hid": "hide", "knelt": "kneel", "slid": "slide", "spun": "spin",
    "swung": "swing", "tore": "tear", "torn": "tear", "wept": "weep", "borne": "bear",
    "bred": "breed", "dug": "dig", "leapt": "leap", "lent": "lend", "rode": "ride",
    "ridden": "ride", "rang": "ring", "overcame": "overcome", "overtook": "overtake",
    "overtaken": "overtake", "overran": "overrun", "oversaw": "oversee", "overseen": "oversee",
    "undertook": "undertake", "undertaken": "undertake", "underwent": "undergo",
    "undergone": "undergo", "withdrew": "withdraw", "withheld": "withhold",
    "withstood": "withstand", "upheld": "uphold", "mistook": "mistake",
    "mistaken": "mistake", "foresaw": "foresee", "foreseen": "foresee",
}

_LEX: dict[str, tuple[str, str, str | None]] = {}
for _w in _ADV.split():
    _LEX[_w] = ("ADV", _w, None)
for _w in _ADJ.split():
    _LEX[_w] = ("ADJ", _w, None)
for _w in _VERBS.split():
    _LEX[_w] = ("VERB", _w, None)
for _w in _SUFFIX_NOUNS.split():
    _LEX[_w] = ("NOUN", _w, None)
for _w in _NUMW.split():
    _LEX[_w] = ("NUM", _w, "NumType=Card")
for _w, _l in _IRREGULAR.items():
    _LEX[_w] = ("VERB", _l, None)
for _w, _l in lx.REPORTING_VERB_FORMS.items():
    _LEX[_w] = ("VERB", _l, None)
for _w in _ADP.split():
    _LEX[_w] = ("ADP", _w, None)
for _w in _SCONJ.split():
    _LEX[_w] = ("SCONJ", _w, None)
for _w in _CCONJ.split():
    _LEX[_w] = ("CCONJ", _w, None)
for _w in _PRON_IND.split():
    _LEX[_w] = ("PRON", _w, "PronType=Ind")
for _w, _f in _DET_INFO.items():
    _LEX[_w] = ("DET", "a" if _w == "an" else _w, _f)
for _w, _l in _AUX.items():
    _LEX[_w] = ("AUX", _l, None)
_LEX["not"] = ("PART", "not", None)
_LEX["n't"] = _LEX["n’t"] = ("PART", "not", "Polarity=Neg")
for _w in lx.PRONOUNS - {"this", "that", "these", "those"}:
    _l, _f = _PRON_INFO.get(_w, (_w, _PRS))
    _LEX[_w] = ("PRON", _l, _f)
#: The clitic "'s": a possessive, "is", "has", or "us" after "let".
_LEX_S = frozenset({"'s", "’s"})
#: Apostrophes that mark a plural possessive on their own ("voters’ anger") or close a
#: single quote.
_APOSTROPHES = frozenset({"’", "'"})
for _w in _LEX_S:
    _LEX[_w] = ("PART", "'s", None)
del _w, _l, _f

#: Closed-class words: never part of a name.  "as" keeps its context-free NOUN tag
#: (the attributor reads its frames by the word) but is closed class all the same.
_CLOSED = frozenset(w for w, v in _LEX.items()
                    if v[0] in {"ADP", "SCONJ", "CCONJ", "DET", "AUX", "PART", "PRON"}) | {"as"}
_PRE_POSS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your",
                       "this", "that", "these", "those", "no", "every", "each"}) | _LEX_S
#: Determiners of one thing that are also pronouns: a base form after them is a noun.
_SINGLE_QUANTIFIERS = frozenset({"one", "any"})
_IS_BEFORE_S = frozenset({"he", "she", "it", "that", "there", "what", "who", "here", "where",
                          "how", "this", "everyone", "nobody", "someone", "everything",
                          "nothing", "something", "one"})
_CURRENCY = frozenset("$€£¥")
_SYMBOLS = frozenset("$%+=<>|~^©®™°§¶#@*€£¥")


_VOWELS = frozenset("aeiouy")


def _shape(t: str, low: str) -> tuple[str, str, str | None]:
    """Context-free (upos, lemma, feats) of a token that is not in the word lists."""
    c = t[0]
    if not c.isalnum() and (c != "_" or not t.strip("_")):
        if c in _CURRENCY and len(t) > 1:
            return "NUM", low, "NumType=Card"
        if len(t) > 1 and (t[1].isalnum() and (c == "@" or c == "#")):
            return "PROPN" if c == "@" else "NOUN", low, None
        if c in _SYMBOLS or (ord(c) >= 0x2100 and not 0x3000 <= ord(c) <= 0x303F):
            return "SYM", low, None
        return "PUNCT", low, None
    if c.isdigit():
        if any(ch.isalpha() for ch in t):
            return "NOUN" if not t[-1].isdigit() and "-" not in t else "NUM", low, None
        return "NUM", low, "NumType=Card"
    if low.startswith(("http", "www.")) or "@" in t:
        return "X", low, None
    if low.endswith("ly") and len(low) > 4:
        return "ADV", low, None
    if low.endswith("ing") and (len(low) > 5 or len(low) == 5 and _VOWELS.intersection(low[:2])):
        return "VERB", low, None  # "going", "doing", "using"; not "thing", "sting"
    if low.endswith("ed") and not low.endswith("eed") and len(low) > 3:
        if "-" in low:
            return _hyphen_ed(low), low, None
        return "VERB", low, None  # fired, hired, asked: short past forms too
    if low.endswith(("ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "ary",
                     "ic", "ian", "ese", "al", "some")) and len(low) > 4:
        return "ADJ", low, None
    return "NOUN", low, None


#: Prefixes that keep a hyphenated past form a verb ("co-founded", "re-elected").
_VERB_PREFIXES = frozenset({"co", "re", "pre", "de"})


def _hyphen_ed(low: str) -> str:
    """The upos of a hyphenated word in -ed: a noun when "ed" stands alone ("op-ed"),
    a verb after a verbal prefix ("co-founded", "re-elected"), else a compound
    adjective ("so-called", "self-described", "like-minded")."""
    if low.endswith("-ed"):
        return "NOUN"
    return "VERB" if low.partition("-")[0] in _VERB_PREFIXES else "ADJ"


# ---------------------------------------------------------------------------
# Names (BIOES ner tags)
# ---------------------------------------------------------------------------

_GIVEN = lx.GIVEN_NAMES
_NOT_NAMES = lx.NOT_NAMES
_ORG_SUFFIXES = lx.ORG_SUFFIXES
_COMPANY_SUFFIXES = lx.COMPANY_SUFFIXES
#: Words after a business noun that leave it the head of a phrase set off after a name
#: ("Allergan, the maker of Botox", "..., a firm that"), not a modifier ("a company man").
_FIRM_NOUN_FOLLOWERS = frozenset({"of", "that", "which", "whose", "based", "behind"})
#: What sets off a description after a name ("Allergan, the maker", "Verizon is the parent
#: company of AOL").
_APPOSITION_OPENERS = frozenset({",", "is", "was"})
#: Nouns right after a business's or a title's name that are never verbs: they follow it
#: at the start of a sentence too ("Forbes magazine started the list").
_NOUNS_AFTER_BUSINESS = frozenset({"shareholders", "stockholders", "magazine", "newspaper"})
#: All nouns right after a business's or a title's name ("Valeant shares", "Time
#: magazine"); "shares" and "stock" may be verbs at a sentence start ("Media shares blame").
_AFTER_BUSINESS = _NOUNS_AFTER_BUSINESS | {"shares", "stock"}
_SURNAMES = gz.PERSON_SURNAMES
_TITLES = frozenset(lx.TITLES) | frozenset(lx.HONORIFICS)
_TITLE_WORDS = frozenset(w for t in _TITLES for w in t.split())
#: Words of a title of several words that are names too: the surnames Tan and Toh ("Tan
#: Cheng Bock", but "Tan Sri Ahmad"), the given name Sri ("Sri Mulyani Indrawati").
_NAMES_IN_TITLES = frozenset({"tan", "toh", "sri"})
#: Whole-span lookups: lower-cased, space-joined span -> type ("" = a bare title).
_WHOLE: dict[str, str] = {}
for _n in gz.NORP:
    _WHOLE[_n] = "NORP"
for _n in gz.GPE:
    _WHOLE[_n] = "GPE"
for _n in gz.ORGS | lx.KNOWN_ORGS:
    _WHOLE[_n] = "ORG"
for _n in _TITLES:
    _WHOLE.setdefault(_n, "")
_WHOLE["us"] = "GPE"
del _n
#: Listed names that are not titles (a title word that is one too is no surname).
_TYPED_NOT_TITLES = frozenset(k for k, v in _WHOLE.items() if v)
#: Lower-case words that may sit inside a name between capitalised words.
_CONNECT = frozenset({"of", "and", "for", "de", "da", "di", "du", "del", "della", "der",
                      "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos", "das",
                      "dela", "delos", "los", "las", "&", "bint", "binti", "ter", "ten", "zu",
                      "y"})
#: A Korean or Cantonese given name after the surname, its second syllable in lower case
#: after a hyphen ("Park Ji-hoon", "Moon Jae-in", "Wong Kar-fai", "Li Ka-shing").
_KOREAN_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|wh|sh|[gkndtrlmbpsjhywf])?" \
    r"(?:yae|yeo|wae|ae|ai|au|oi|iu|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeiou])" \
    r"(?:ng|[kntlmpgbr])?"
_HYPHENED_GIVEN = re.compile(rf"(?i:{_KOREAN_SYLLABLE})-(?-i:{_KOREAN_SYLLABLE})$")
#: Inner lower-case words at which a run that is not one organisation is split.
_POSSESSIVE_MARKS = _LEX_S | _APOSTROPHES
_PLURAL_POSSESSORS = ("men", "people", "children")   # plurals that take 's
_SPLITTERS = frozenset({"of", "and", "for"})
#: Capitalised modals that are given names inside a name ("Chairman Will Rogers").
_NAME_MODALS = frozenset({"will"})
#: Capitalised ordinary words that go on a name begun before them (Theresa May, George Will).
_NAME_HOMOGRAPHS = _MONTHS_DAYS | _NAME_MODALS
_NAME_VERBS = frozenset({"said", "read"})   # surnames that are verbs ("Omar Said", "Ian Read")
#: Name particles, which open a name when capitalised ("De Blasio", "Van Hollen").
_PARTICLES = _CONNECT - _SPLITTERS - {"&"}
#: Closed-class words that may open a name before a capitalised word.
_NAME_OPENERS = _PARTICLES | _NAME_MODALS
#: Words whose presence before "of" makes the whole run an organisation.
_ORG_HEADS = _ORG_SUFFIXES | frozenset({
    "university", "department", "bank", "council", "bureau", "office", "institute",
    "school", "college", "house", "court", "ministry", "federation", "union", "league",
    "church", "museum", "academy", "chamber", "daughters", "sons", "friends", "board",
    "federal", "national", "united"})
#: Heads of the names of bodies that go on with "of" or "of the" ("Ministry of the
#: Environment", "Friends of the Earth", "Department of Justice"), not of outlets or things
#: whose first word is an ordinary noun too ("News of the move", "Times of crisis").
_BODY_HEADS = frozenset({
    "university", "department", "bank", "council", "bureau", "office", "institute", "school",
    "college", "court", "ministry", "federation", "union", "league", "church", "museum",
    "academy", "chamber", "daughters", "sons", "friends", "board", "committee", "commission",
    "agency", "foundation", "association", "society", "organization", "organisation",
    "authority", "center", "centre", "corps", "army", "fund", "trust", "alliance",
    "coalition"})
_STATES = gz.US_STATES | gz.STATE_ABBREVIATIONS
_NAME_SUFFIX = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
#: All-caps words that are not organisations.
_ACRO_STOP = frozenset({
    "tv", "ok", "am", "pm", "ceo", "cfo", "coo", "id", "dna", "gdp", "ii", "iii", "iv", "vi",
    "vii", "viii", "ix", "xi", "xii", "lol", "omg", "ps", "faq", "pdf", "usb", "ad", "ai",
    "it", "llc", "aids", "hiv", "vip", "ufo", "diy", "asap", "rip", "mvp", "gop", "pr",
    "no", "yes", "not", "the", "and", "for", "but", "new", "all", "now", "wow", "mr",
    "ms", "mrs", "dr", "jr", "sr", "st", "re", "fyi", "btw", "aka", "eta", "tba", "ip",
    "iq", "kg", "km", "mph", "lb", "lbs", "oz", "ft", "hd", "uv", "co", "inc", "ltd",
    # a heading's word, time zones, offices and taxes, and "O.K." with its periods
    "text", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "vp", "vat", "o.k.",
})
#: Capitalised inflected reporting verbs ("Says", "Warned") never start a name.
_VERB_NOT_NAME = frozenset(
    f for f, lemma in lx.REPORTING_VERB_FORMS.items()
    if f != lemma and (f.endswith("ed") or (f.endswith("s") and not f.endswith("ss")))
) - {"states", "reports", "news", "charges", "comments", "remarks", "points", "thanks"}
#: Forms of the verbs that introduce speech right before or after a speaker.
_SAID_FORMS = frozenset({"said", "says", "told", "tells", "added"})  # verbs, never nouns
_SPEECH_FORMS = frozenset(f for f, lemma in lx.REPORTING_VERB_FORMS.items()
                          if lemma in lx.INVERTING_VERBS or lemma == "tell")
#: Marks that close a quote before its frame ('“...,” SAYS X').
_QUOTE_CLOSERS = frozenset({"”", "\"", "’", "'", "»"})
#: A token after one of these is at the start of a clause (like a sentence start).
_INIT_PREV = frozenset({"“", "\"", "‘", "'", "(", "[", ":", "—", "–", "―", "--", "…", "...",
                        "•", "*", ">", "|", "-", "``", "«"})
#: Words that make a capitalised run something other than a person's name.
_NON_PERSON = frozenset(_ORG_SUFFIXES | gz.NORP | gz.GPE | _TITLE_WORDS - _NAMES_IN_TITLES |
                        _ORG_HEADS
                        | _MONTHS_DAYS | frozenset("""
    day amendment act war plan bill law forum prize award street avenue road tower
    building hall island islands bay river lake mountain park county city hospital circuit
    corps show grants grant fellow research relations coverage beach springs fort port
    church cathedral airport station bridge square summit conference convention debate
    games olympics cup series bowl championship program programme initiative treaty
    accord agreement deal doctrine rule code report poll survey index award awards
    medal trophy stadium arena theater theatre museum library prison base camp zone
    valley heights falls creek canyon desert sea ocean gulf coast harbor harbour peninsula
    avenue boulevard lane drive plaza mall hotel resort restaurant cafe bar farm ranch
    reservoir reservoirs dam pond wharf quay jetty swamp lagoon estuary canal reef cove inlet
    waterfall waterfalls glacier volcano plateau wetland wetlands woodland woodlands hills
    mountains highway expressway freeway motorway tunnel gorge strait straits basin
    true false mostly half pants fire""".split()))
#: Last words of the names of things, events, shows and eras, never a surname: a run that
#: ends in one names no person even after a given name ("the Kelly File", "the Great
#: Recession", "Saturday Night Live", "the New Year", "the Trans-Pacific Partnership").
_THING_HEADS = frozenset("""
    recession depression revolution era crisis reform policy system dialogue statement
    strategy partnership clause rights room side week year eve time file live again
    """.split())
_NON_PERSON = _NON_PERSON | _THING_HEADS
#: First words of place names, never a given name ("San Bernardino", "West Point").
_PLACE_OPENERS = frozenset({"san", "santa", "los", "las", "north", "south", "east", "west",
                            "upper", "lower", "mount", "cape"})
#: Lower-case forms of ordinary words that often start a sentence capitalised.
_COMMON_START = frozenset(lx.SPEAKER_NOUNS | frozenset("""
    earlier later several critics officials voters polls sources experts analysts
    democrats republicans supporters opponents residents police authorities americans
    among despite under during following without within unlike like asked speaking
    writing meanwhile instead indeed still even perhaps maybe yet so thus hence overall
    finally ultimately eventually separately similarly likewise additionally already
    breaking exclusive update watch read listen look see""".split()))


#: Endings of connective adverbs no list holds ("Nevertheless", "Thereafter", "Otherwise")
_ADVERB_ENDINGS = ("less", "after", "wise", "where", "ever", "fore")
#: Closed classes a surname may look like ("Al From", "George Will"); no pronouns.
_NAME_LIKE_CLOSED = frozenset({"ADP", "AUX"})


def _closing_quote(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is a straight quote that closes a quote: it sticks to the
    word or punctuation before it and a space follows (``...,\" Jane said``)."""
    s, e, t = toks[k]
    return (t == '"' or t == "'") and k > 0 and toks[k - 1][1] == s \
        and k + 1 < len(toks) and toks[k + 1][0] > e


_LOWER_TAIL = re.compile(r"-[a-z]+$")


def _modifier_compound(t: str) -> bool:
    """Whether a capitalised word is a modifier that a lower-case word after its hyphen ends
    ("Frankfurt-based", "Botox-maker", "Oscar-winner", "Indiana-born", "Spanish-language"), not
    a name ("Seitz-Wald", a Korean given name "Jae-in")."""
    return "-" in t and _LOWER_TAIL.search(t) is not None and not _HYPHENED_GIVEN.match(t)


#: Adjectives of a faith that open a body's name ("Islamic Jihad", "Muslim Brotherhood"),
#: never a given name ("Christian" is one) nor a people's name before a surname.
_FAITH_ADJECTIVES = frozenset({
    "islamic", "islamist", "jewish", "catholic", "protestant", "evangelical", "muslim",
    "hindu", "sikh", "buddhist", "mormon", "sunni", "shiite", "shia", "lutheran",
    "methodist", "baptist", "presbyterian", "episcopal", "orthodox",
})

#: What :func:`_rare_kind` says of a token text: none of the below, a nickname's opening
#: mark (:func:`_join_nicknames` starts from nothing else), a Vietnamese family name
#: (:func:`_vietnamese_names`), a peer's title (:func:`_peers_seats`).
_RARE_NONE, _RARE_NICKNAME, _RARE_VIET, _RARE_PEER = 0, 1, 2, 4


def _rare_kind(t: str, low: str) -> int:
    """Which rare pass of :func:`_rows` token text ``t`` (lower case ``low``) can start: each
    of those passes asks this of a word before anything else, so a sentence with no such
    word is passed over whole (:data:`_RARE_NONE` for most words).  The three sets share no
    word, so one kind a word is enough."""
    if t in _NICKNAME_MARKS:
        return _RARE_NICKNAME
    if low in _VIET_FAMILY and t[:1].isupper():
        return _RARE_VIET
    if low in _PEER_TITLES:
        return _RARE_PEER
    return _RARE_NONE


class _Info:
    """Context-free facts about one token text (cached: :data:`_INFO_CACHE`)."""

    __slots__ = ("low", "plain", "upos", "lemma", "feats", "cap", "namey", "acro", "closed",
                 "rare")

    def __init__(self, t: str) -> None:
        low = t.lower()
        self.low = low
        self.plain = unaccented(low)   # "maría" -> "maria": a given name without its accents
        hit = _LEX.get(low)
        if hit is None:
            hit = _shape(t, low)
        self.upos, self.lemma, self.feats = hit
        # which of the rare per-sentence passes of _rows this word can start (_RARE_*)
        self.rare = _rare_kind(t, low)
        c = t[0]
        acro = len(t) > 1 and t.isupper() and t.isalpha()
        self.acro = acro
        closed = low in _CLOSED and not (acro and low in _WHOLE)
        self.closed = closed
        cap = c.isupper() or (len(t) > 4 and low[:3] in ("al-", "el-") and t[3].isupper())
        self.cap = cap
        # "V." is an initial ("Vladimir V. Putin"), "v." the "versus" of "Roe v. Wade"
        initial = cap and len(t) == 2 and t[1] == "."
        self.namey = bool(cap and c.isalpha()
                          and (acro or low not in _NOT_NAMES)
                          and not _modifier_compound(t)  # "Frankfurt-based Keller Motors"
                          and (not closed or low in _GIVEN or initial)
                          and (low not in _VERB_NOT_NAME or low in _GIVEN))


def _title_case_verb(low: str) -> bool:
    """Whether a capitalised word inside a title-case run is a listed verb in -s rather
    than a surname ("Jane Doe Calls Transit Plan", not "Jane Banks")."""
    return _s_verb_lemma(low) in _VERB_LEMMAS and low not in _SURNAMES and low not in _GIVEN


def _org_word(low: str) -> bool:
    """Whether a lower-cased word ends an organisation's name, also as the last part of a
    hyphenated word ("Sun-Times")."""
    return low in _ORG_SUFFIXES or "-" in low and low.rpartition("-")[2] in _ORG_SUFFIXES


def _person_run(lows: list[str], a: int, b: int) -> bool:
    """True when the words [a, b) open with a given name and hold no word that names no
    person ("Alex Seitz-Wald", not "Jordan Valley Authority")."""
    return (lows[a] in _GIVEN or bool(given_name_gender(lows[a]))) and \
        not any(lows[k] in _NON_PERSON for k in range(a, b))


#: What a lower-case word after a name is when the name modifies it ("the Jo Lee
#: shooting", "the Kel Tec handgun").
_NOUNISH_AFTER_NAME = frozenset({"NOUN", "ADJ", "PROPN", "X"})
#: "versus" between the parties of a case ("Roe v. Wade").
_VERSUS = frozenset({"v.", "vs.", "v", "vs", "versus"})
#: Word classes before a nationality word that make it no one's surname ("the Cuban").
_NOT_BEFORE_SURNAME = frozenset({"DET", "ADP", "ADJ", "NUM"})
#: Last words of a school's short name ("Oakfield Primary", "Sandy Hook Elementary").
_SCHOOL_LAST_WORDS = frozenset({"primary", "elementary"})
#: Describing words before a title ("Interim CEO Jo Lee", "Founding Chairman Ed Roe").
_BEFORE_TITLES = frozenset({"interim", "acting", "outgoing", "incoming", "founding", "longtime",
                            "retired", "former", "then", "current", "new", "late"})
#: Levels of government before a title ("Federal Minister for ...", "Provincial Minister").
_GOVERNMENT_LEVELS = frozenset({"federal", "provincial", "regional", "state", "national"})
#: Surnames that also end the names of organisations ("Anita Hill", "Vicente Fox", "Mayor Don
#: Guardian", not "the Hill", "Fox News", "The Guardian").
_SURNAME_ORG_WORDS = frozenset({"hill", "fox", "guardian", "court", "post"})


def _surname_org_name(lows: list[str], a: int, b: int) -> bool:
    """Whether the words [a, b) are a given name, perhaps an initial, and one of those
    surnames ("Anita Hill", "Michael J. Fox"): a person; not a place named for one ("Clinton
    Hill")."""
    return 2 <= b - a <= 3 and lows[b - 1] in _SURNAME_ORG_WORDS \
        and (lows[a] in _GIVEN or bool(given_name_gender(lows[a])) and lows[a] not in _SURNAMES) \
        and (b - a == 2 or len(lows[a + 1]) == 2 and lows[a + 1][1] == ".")


#: Nouns of people that open a sentence before a name with a capital they owe only to
#: their place ("Actor Jo Lee said", "Celebrities Ann Roe and ..."); titles are read apart.
_PEOPLE_NOUNS = frozenset(lx.GENDERED_NOUNS) | lx.UNNAMED_SOURCE_NOUNS | frozenset({
    "actor", "actors", "actresses", "celebrity", "celebrities", "singer", "singers",
    "musician", "filmmaker", "novelist", "writer", "poet", "designer",
    "entrepreneur", "veteran", "farmer", "teacher", "student", "journalist", "journalists",
    "columnist", "activist", "activists", "artist", "economist", "historian",
    # trades and jobs that describe a person before the name ("Architect Simone Drake",
    # "Caretaker Bill Hensley", "Hawker Lim Ah Huat")
    "architect", "caretaker", "janitor", "hawker", "vendor", "trader", "shopkeeper",
    "owner", "landlord", "tenant", "resident", "engineer", "nurse", "surgeon", "pilot",
    "driver", "miner", "fisherman", "fisher", "chef", "cook", "baker", "butcher",
    "mechanic", "plumber", "electrician", "carpenter", "contractor", "gardener", "cleaner",
    "guard", "firefighter", "paramedic", "pharmacist", "dentist", "vet", "lecturer",
    "professor", "researcher", "scientist", "photographer", "director",
    "producer", "editor", "reporter", "blogger", "coach", "player", "athlete", "runner",
    "climber", "hiker", "survivor", "victim", "witness", "passenger", "commuter",
    "shopper", "customer", "patient", "parent", "pensioner", "retiree", "volunteer",
    "organiser", "campaigner", "protester", "lawyer", "attorney", "doctor",
    "manager", "shipowner", "trucker", "rancher", "grower", "welder", "bartender", "waiter",
    "cashier", "clerk", "courier", "midwife", "carer", "labourer", "laborer",
    # business and office jobs ("chief executive Lina Park", "analyst Jo Hill")
    "executive", "officer", "analyst", "strategist", "founder", "co-founder", "cofounder",
    "investor", "consultant", "adviser", "advisor", "aide", "staffer", "official",
    "spokesperson", "homeowner", "neighbor", "neighbour", "biologist", "physician"})


#: Plural nouns of people that open a sentence before "of" and a name ("Fans of Caldmoor
#: Rovers", "Residents of Brackford"): a group, no part of the name after "of"; not the
#: first word of an organisation's name ("Friends of the Earth", "Sons of Liberty").
_PEOPLE_OF = frozenset(w for w in lx.SPEAKER_NOUNS | lx.UNNAMED_SOURCE_NOUNS | _PEOPLE_NOUNS
                       if w.endswith("s")) - {"friends", "sons", "daughters", "brothers",
                                              "sisters", "news"} | {
    # nor is what a business has ("Shares of Halden Motors fell")
    "shares", "stock", "stocks", "bonds", "sales", "profits", "earnings", "revenue",
    "revenues"}


def _describes_named(lows: list[str], a: int, b: int) -> bool:
    """Whether the first word of a run that opens its sentence is a noun of people before a
    name, a given name or two words or three ("Actor Clint Howard", "Actress Amandla
    Stenberg"), not the name's own first word nor an organisation's ("Sons of Liberty")."""
    return lows[a] in _PEOPLE_NOUNS and not given_name_gender(lows[a]) \
        and lows[a + 1] not in _CONNECT \
        and (3 <= b - a <= 4 or lows[a + 1] in _GIVEN or bool(given_name_gender(lows[a + 1])))


#: Words that name what comes after them ("a phone called Lumora Vue", "a firm named").
_NAMING_WORDS = frozenset({"called", "named", "dubbed"})
#: Nouns of things (products, works, programmes) before "called" or "named", whose name is
#: no person's; "so" of "so called".
_NAMED_THINGS = frozenset("""
    phone smartphone app application device product brand model car truck vehicle drug
    medicine pill vaccine software program programme website site platform service tool
    system game show series film movie documentary book novel album song podcast
    newsletter blog plan initiative project scheme operation campaign fund index so
    """.split())


#: Owners before a kin noun ("his wife, Carys,"), and what may follow the name after it.
_KIN_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})
_KIN_NAME_CLOSERS = frozenset({",", ".", ";", ")", "—", "–"})
#: Business nouns that, opening a sentence before a name, describe it rather than begin
#: it ("Developer Kestrel Homes said", "Carmaker Vantor said"); not the ones that are
#: companies' own first words too ("Maker Studios", "Carrier Global").
_FIRM_DESCRIBERS = frozenset(
    w for w in lx.FIRM_NOUNS if w.endswith(("er", "or")) and w not in {"maker", "carrier"}
) | {"developer", "builder", "housebuilder", "homebuilder", "wholesaler", "distributor"}

#: Business nouns that, capitalised before another capitalised word, begin a business's
#: name rather than describe it ("Network Rail", "Bank Leumi", "Club Med", "Maker
#: Studios"): no false title like "Retailer" or "Startup" is among them.
_FIRM_NAME_OPENERS = lx.FIRM_NOUNS - _FIRM_DESCRIBERS - {"startup", "start-up", "giant",
                                                         "conglomerate"}
#: Of the business nouns, the trades of people too ("developer Mel Sembler", "publisher
#: Jo Kent"): before a name of unknown words they tell no business from a person.
_PEOPLE_TRADES = frozenset({"developer", "builder", "grocer", "broadcaster", "publisher",
                            "operator", "miner", "brewer", "carrier", "maker", "giant"})
#: Business nouns before a business's name only ("carmaker Vantor Motors", "the law firm
#: Perkins Coie", "lender Brackford Mutual"), not a person's ("retailing giant Amancio
#: Ortega").
_BUSINESS_ONLY_NOUNS = (lx.FIRM_NOUNS | _FIRM_DESCRIBERS) - _PEOPLE_TRADES


#: A capitalised word of two capitalised parts ("EgyptAir"), and the surname prefixes
#: that make such a word a person's ("VandeHei", "FitzGerald", "MacKenzie").
_RUN_TOGETHER = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]+)")
_SURNAME_PREFIXES = ("van", "fitz", "mac")


def _run_together_org(t: str) -> bool:
    """Whether one word is a company's two words run together ("EgyptAir", "LinkedIn",
    "CrowdStrike"): a first part of four letters or more, not a surname's prefix ("Mc",
    "De", "VandeHei", "FitzGerald") and no given name after it ("MaryAnn")."""
    m = _RUN_TOGETHER.fullmatch(t)
    return m is not None and not m.group(1).lower().startswith(_SURNAME_PREFIXES) \
        and m.group(2).lower() not in _GIVEN and m.group(1).lower() not in _GIVEN


#: Prefixes before a hyphen ("ANTI-WAR", "PRO-TRUMP", "NON-PROFIT").
_WORD_PREFIXES = frozenset({"anti", "pro", "non", "post", "pre", "ex", "co", "self", "semi",
                            "multi", "mid", "neo", "ultra", "over", "under", "re", "de"})
_JOINED_LETTERS = re.compile(r"[A-Z]{2,}(?:-[A-Z]+)+")


#: Capital letters joined by "&" that are common nouns, not a company's ("Q&A", "R&D").
_AMPERSAND_WORDS = frozenset({"q&a", "r&d", "m&a", "b&b", "p&l"})


def _joined_letters(t: str) -> bool:
    """Whether one word is an organisation's capital letters joined by a hyphen ("AFL-CIO",
    "UC-AFT"), none of them an ordinary word, a prefix or a name ("ANTI-WAR", "PRO-TRUMP")."""
    return _JOINED_LETTERS.fullmatch(t) is not None and not any(
        low in _LEX or low in _NOT_NAMES or low in _ACRO_STOP or low in _COMMON_START
        or low in _WORD_PREFIXES or low in _SURNAMES or low in _GIVEN or low in _WHOLE
        for low in t.lower().split("-"))


#: Last words of towns' names ("Colorado Springs", "Myrtle Beach", "Shaker Heights").
_TOWN_LAST_WORDS = frozenset({"springs", "beach", "heights", "falls", "hills", "township",
                              "borough", "harbor", "harbour"})
#: Last words of buildings and streets, no town ("in City Hall", "on Elm Street").
_BUILDING_WORDS = frozenset({"hall", "tower", "towers", "building", "square", "street",
                             "avenue", "road", "park", "airport", "station", "stadium",
                             "arena", "church", "cathedral", "bridge", "plaza", "mall",
                             "garden", "gardens", "field", "center", "centre", "house"})
#: Nouns after a body that speaks through them ("a Police Scotland spokesman").
_BODY_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official",
                            "officials", "statement", "spokespeople", "chief", "director"})
#: Words that open a role set off after a name ("Jo Roe, a lawyer", "another strategist").
_ROLE_DETERMINERS = frozenset({"a", "an", "the", "another", "one"})
#: Prepositions before a town ("in Palo Alto") that come before a person's name seldom.
_TOWN_PREPOSITIONS = frozenset({"in", "near", "outside"})
#: Marks after a town's name ("in Palo Alto, Calif.", "in Boca Raton.").
_AFTER_TOWN = frozenset({",", ".", ";", ":", ")", "—", "–"})
#: Singular nationality words, surnames too ("Bryan English", "Mark Cuban").
_NATIONALITY_WORDS = frozenset(w for w in gz.NATIONALITY_WORDS if " " not in w)
#: Countries and provinces that a body's name may end in ("Transport Scotland"); not the
#: ones that are given names or surnames too.
_BODY_COUNTRIES = (gz.COUNTRIES | gz.PROVINCES) - frozenset(
    {"chad", "georgia", "israel", "jordan", "england", "holland", "us", "uk", "usa", "u.s.",
     "u.k.", "u.s.a.", "america", "korea", "niger", "cuba", "india", "kenya", "alberta"})
#: Endings of describing words before a place ("Central", "Northern", "Greater",
#: "Corporate", "Historic", "Occupied").
_DESCRIBING_ENDINGS = ("al", "ern", "ic", "ish", "ian", "ed", "er", "ese", "ate", "ive",
                       "ous", "ful", "ary", "ory", "ing", "le", "ly")


#: Endings of abstract nouns, seldom of a surname ("Journalism", "Solutions", "Decisions",
#: "Empowerment", "Awareness", "Economics"; not "Vance", "Champion").
_ABSTRACT_NOUN_ENDINGS = ("ism", "isms", "tion", "sion", "ions", "ment", "ments", "ness", "ity",
                          "ities", "ics", "ship", "ships", "ances", "ences")
#: Endings of words in -s that are no plural of a common noun ("Congress", "Hastings",
#: "Jesus", "Davis").
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ys", "as", "os", "ings")
#: Polls, done by a pollster, no person ("a survey by ...", "...'s poll").
_POLL_NOUNS = frozenset({"poll", "polls", "polling", "survey", "surveys"})
#: Endings of plurals of people ("Officeholders", "Lawmakers", "Activists", "Students").
_PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ents")


def _common_noun_word(low: str) -> bool:
    """Whether a capitalised word is shaped like a common noun, not a surname: an abstract
    noun ("Journalism", "Solutions", "Empowerment") or the plural of one ("Crossroads",
    "Books", "Insights", "Voices"); not a given name, a listed surname, a plural of a
    nation or a given name ("Williams", "Roberts"), nor a plural of people ("Voters",
    "Officeholders")."""
    if len(low) < 5 or not low.isalpha() or low in _SURNAMES or low in _GIVEN \
            or low in _WHOLE or given_name_gender(low) or low in lx.SPEAKER_NOUNS \
            or low in lx.UNNAMED_SOURCE_NOUNS:
        return False
    if low.endswith(_ABSTRACT_NOUN_ENDINGS):
        return True
    if not low.endswith("s") or low.endswith(_NOT_PLURAL_ENDINGS):
        return False
    stem = low[:-1]
    return not low.endswith(_PEOPLE_PLURAL_ENDINGS) and stem not in _GIVEN \
        and not given_name_gender(stem) and stem not in _WHOLE \
        and not _people_of_place(low) and low not in _PEOPLE_OF


def _fuller_given(low: str) -> bool:
    """Whether a lower-cased word is a given name of the fuller lists, one borne by men
    and women alike too ("Charlie", "Billie"), and no listed place, group or title."""
    return low not in _NON_PERSON and bool(given_name_gender(low)
                                           or unaccented(low) in AMBIGUOUS)


#: Endings of agent nouns no list holds that stand before a name as a role ("Keeper Lotte
#: Ambrose", "Harbourmaster Dulcie Farrow", "Committeeman Curly Haugland"): a compound's
#: last part, or a suffix long words only have (not "Victor", "Asher", "Tanner").
_AGENT_ENDINGS = ("keeper", "master", "maker", "woman", "sman", "eeman", "person", "worker",
                  "leader", "player", "writer", "holder", "seller", "owner", "rider", "driver",
                  "builder", "fighter", "singer", "dancer", "farmer", "teacher", "trainer",
                  "runner", "manager", "grapher", "ologist", "ician")
#: Endings of nouns for people no list holds ("Stylist", "Librarian", "Trainee", "Juror",
#: "Barber", "Chaplain", "Tourist"): such a word before a name is a role, no given name.
_ROLE_ENDINGS = ("ist", "ian", "ee", "ary", "or", "er", "ain", "ant", "ent", "ive", "ic",
                 "man", "ier", "ess", "ard")
#: Words in -ie or -ey that are no given name ("Rookie Jo Ames", "Goalie Tim Roe").
_NOT_PET_NAMES = frozenset({
    "rookie", "goalie", "newbie", "bookie", "roadie", "foodie", "techie", "junkie", "hippie",
    "yuppie", "aussie", "bestie", "hottie", "cutie", "sweetie", "auntie", "groupie", "indie",
    "jockey", "monkey", "donkey", "turkey", "hockey", "jersey", "valley", "alley", "money",
    "honey", "lackey", "whiskey", "trolley", "journey", "survey", "attorney", "kidney"})


#: Plural nouns that end the name of an office ("Foreign Affairs"), no surname in -s.
_OFFICE_PLURALS = frozenset({"affairs", "services", "resources", "works", "veterans"})


def _office_after_title(lows: list[str], a: int, b: int) -> bool:
    """Whether the words ``[a, b)`` after a title are its office, no one's name: two or more
    words ending in an office's plural ("Affairs"), an abstract noun or a listed non-name
    word, with no given name or surname of the lists among them ("Minister for Foreign
    Affairs said", "Secretary for Northern Ireland Affairs said", "... for Trade Policy
    said"; not "Senator Ann Hughes", "Mayor Tom Affleck", "Mr. de Vries", "Director Avril
    Haines": a surname in -s)."""
    last = lows[b - 1]
    office = last in _NON_PERSON or last in _OFFICE_PLURALS or \
        last.endswith(_ABSTRACT_NOUN_ENDINGS) and _common_noun_word(last)
    return b - a >= 2 and office and not any(
        lows[k] in _GIVEN or lows[k] in _SURNAMES or given_name_gender(lows[k])
        or lows[k] in _CONNECT or lows[k] in _PARTICLES for k in range(a, b))


def _agent_noun(low: str) -> bool:
    """Whether a capitalised word no list holds is a role by its shape: an agent noun made
    from a listed verb ("Keeper", "Voter", "Winner") or with an ending of
    :data:`_AGENT_ENDINGS`; never a given name or surname of the lists."""
    if len(low) < 5 or not low.isalpha() or _fuller_given(low) or low in _GIVEN \
            or low in _SURNAMES:
        return False
    if low.endswith(_AGENT_ENDINGS):
        return True
    if not low.endswith("er"):
        return False
    stem = low[:-2]
    return stem in _VERB_LEMMAS or stem + "e" in _VERB_LEMMAS or (
        len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _VERB_LEMMAS)


#: Plurals of titles that stand before the names of two or more ("Senators Rubio and
#: Cruz", "Professors Foner and Alba"), not plural roles that head a body's name
#: ("Executives for Acme", "Delegates Unbound").
_PLURAL_TITLES = frozenset({
    "presidents", "senators", "representatives", "professors", "justices", "governors",
    "generals", "judges", "mayors", "doctors", "bishops", "cardinals", "rabbis", "sheriffs",
    "ambassadors", "admirals", "commissioners", "congressmen", "congresswomen",
    "councilmen", "councilwomen", "ministers", "chancellors", "presidents-elect"})


#: Letters of bodies and places written with periods, never a person's initials.
_DOTTED_BODIES = frozenset({"u.n.", "e.u.", "u.k.", "u.s.", "d.c.", "l.a.", "n.y.", "n.j."})


def _initial(low: str) -> bool:
    """Whether a lower-cased word is an initial or two ("j.", "a.e.")."""
    return len(low) in (2, 4) and low[-1] == "." and low[0].isalpha() and (
        len(low) == 2 or low[1] == "." and low[2].isalpha())


def _pet_name_shape(low: str) -> bool:
    """Whether a word no list holds has the shape of a given name's familiar form
    ("Scottie", "Kenzie", "Dorsey"): ends in -ie or -ey, no listed ordinary word."""
    return len(low) >= 4 and low.endswith(("ie", "ey")) and low.isalpha() \
        and low not in _NOT_PET_NAMES and low not in _LEX and low not in _NON_PERSON \
        and low not in _PEOPLE_NOUNS and low not in lx.SPEAKER_NOUNS


def _people_of_place(key: str) -> bool:
    """Whether lower-cased words in the plural name the people of a nation or place: the
    plural of a listed nationality ("Armenians") or a listed place with "-ans", "-ns" or
    "-ers" ("Ohioans", "Iowans", "New Yorkers")."""
    return _WHOLE.get(key[:-1]) == "NORP" or key.endswith(("ans", "ers")) \
        and _WHOLE.get(key[:-3]) == "GPE" or key.endswith("ns") and _WHOLE.get(key[:-2]) == "GPE"


class _Namer:
    """Finds names over a whole document: three passes, linear time."""

    def __init__(self, sents: list[list[Tok]], infos: list[list[_Info]]) -> None:
        self.sents = sents
        self.infos = infos
        self.tags: list[list[str]] = [["O"] * len(s) for s in sents]
        self.ents: list[tuple[int, int, int, str]] = []       # (sent, a, b, type)
        self.pending: list[tuple[int, int, bool]] = []         # (sent, k, initial)
        self.pending_runs: list[tuple[int, int, int]] = []     # (sent, a, b) in headlines
        self.midcap: set[str] = set()
        self.titles: set[tuple[int, int]] = set()              # (sent, k) of title words
        self.flags: list[tuple[list[bool], bool, bool]] = []   # initial, headline, shouty

    # -- pass A: sentence shapes and capitalised words seen mid-sentence -----
    def _shapes(self) -> None:
        """Mark clause-initial tokens, headline and all-caps sentences; collect midcap."""
        midcap = self.midcap
        for toks, infos in zip(self.sents, self.infos, strict=True):
            n = len(toks)
            initial = [False] * n
            seen_word = False
            long_words = caps = shout = alpha = common = cap_subjects = 0
            prev = ""
            for k in range(n):
                t = toks[k][2]
                inf = infos[k]
                if t[0].isalnum():
                    if not seen_word or prev in _INIT_PREV and not _closing_quote(toks, k - 1):
                        initial[k] = True
                    seen_word = True
                    if t[0].isalpha():
                        alpha += 1
                        if inf.closed and inf.cap and not initial[k] \
                                and inf.low in _SUBJ_PRON:
                            cap_subjects += 1   # "Mayor Says She Backs Plan": title case
                        if len(t) > 2 and not inf.closed and not initial[k]:
                            long_words += 1
                            if inf.cap:
                                caps += 1
                                if self._common(inf.low):
                                    common += 1     # "Worries", "Headed": title case
                        if inf.acro and len(t) > 2:
                            shout += 1
                prev = t
            headline = (long_words >= 4 or long_words >= 2 and cap_subjects > 0) \
                and caps >= 0.9 * long_words and common > 0
            shouty = shout >= 3 and shout * 2 > alpha
            self.flags.append((initial, headline, shouty))
            if headline or shouty:
                continue
            for k in range(n):
                if not initial[k] and infos[k].namey:
                    midcap.add(toks[k][2])

    # -- helpers -----------------------------------------------------------
    def _emit(self, si: int, a: int, b: int, typ: str) -> None:
        """Record tokens a..b-1 of sentence si as an entity of type typ."""
        if a < b:
            self.ents.append((si, a, b, typ))

    @staticmethod
    def _key(lows: list[str], a: int, b: int) -> str:
        """The lower-cased words a..b-1 joined by spaces (a gazetteer key)."""
        return lows[a] if b - a == 1 else " ".join(lows[a:b])

    def _strong1(self, si: int, k: int, shouty: bool) -> str | None:
        """The type one word has on its own, from the word lists, or None."""
        inf = self.infos[si][k]
        low = inf.low
        typ = _WHOLE.get(low)
        if typ:
            return typ
        if _org_word(low):
            return "ORG"
        if low in _SURNAMES or low in _GIVEN:
            return "PERSON"
        if inf.acro and not shouty and low not in _ACRO_STOP \
                and (len(low) <= 4 or self._lone_long_acronym(si, k)) \
                and low not in _LEX and low not in _NOT_NAMES and low not in _COMMON_START:
            return "ORG"      # FBI, NAACP; an all-caps word of five letters or more too
        if _run_together_org(self.sents[si][k][2]):
            return "ORG"                         # EgyptAir, LinkedIn; not McDonald, LeVell
        if not shouty and _joined_letters(self.sents[si][k][2]):
            return "ORG"                         # AFL-CIO
        if len(low) > 2 and "&" in low and not shouty and low not in _AMPERSAND_WORDS:
            return "ORG"                         # AT&T, P&G; not "Q&A", "R&D"
        if low.count(".") >= 2 and len(low) > 3 and not shouty and low not in _ACRO_STOP \
                and all(len(part) == 1 for part in low.split(".") if part):
            return "ORG"                         # E.U., I.R.S., S.E.C.; not "Sens."
        return None

    def _named_business(self, si: int, k: int, shouty: bool) -> bool:
        """Whether the one word before a business's title ("CEO", "chief executive",
        "chairman", "founder") is that business's name: no word the lists type, no ordinary
        or describing word ("Interim CEO")."""
        low = self.infos[si][k].low
        return self._strong1(si, k, shouty) is None and not self._common(low) \
            and low not in _TITLE_WORDS and low not in _BEFORE_TITLES

    def _lone_long_acronym(self, si: int, k: int) -> bool:
        """Whether an all-caps word of five letters or more is an organisation's letters
        (NAACP, UNESCO) in running text: not a common word, not first in its sentence, and
        no all-caps word beside it ("ABSTRACT:" and "NUCLEAR WEAPONS" are headings)."""
        infos = self.infos[si]
        low = infos[k].low
        if self._common(low) or low in gz.NORP or self.flags[si][0][k]:
            return False
        n = len(infos)
        return not (k > 0 and infos[k - 1].acro or k + 1 < n and infos[k + 1].acro
                    or k + 1 < n and self.sents[si][k + 1][2] == ":")

    def _strong(self, si: int, lows: list[str], a: int, b: int, shouty: bool) -> None:
        """Tag a run (a title's prefix) only from strong evidence."""
        if a >= b:
            return
        typ = _WHOLE.get(self._key(lows, a, b))
        if typ:
            self._emit(si, a, b, typ)
            return
        if lows[a] in _GIVEN and b - a <= 3:
            self._emit(si, a, b, "PERSON")
            return
        if b - a >= 2 and (lows[b - 1] in _ORG_SUFFIXES or lows[b - 1] in lx.ORG_LAST_WORDS):
            self._emit(si, a, b, "ORG")
            return
        for k in range(a, b):
            typ = self._strong1(si, k, shouty)
            if typ:
                self._emit(si, k, k + 1, typ)

    def _title(self, lows: list[str], a: int, b: int) -> tuple[int, int] | None:
        """The title match in lows[a:b] that ends last, as (i, j)."""
        best = None
        for i in range(a, b):
            if lows[i] not in _TITLE_WORDS and not lows[i].endswith("-elect") \
                    and not lows[i].startswith(("ex-", "then-")):
                continue
            if i > a and lows[i - 1] in _SPLITTERS:
                continue                         # Department of Justice
            after_given = i > a and (lows[i - 1] in _GIVEN or len(lows[i - 1]) == 2
                                     and lows[i - 1][1] == "." and lows[i - 1][0].isalpha()
                                     or i + 1 == b and _fuller_given(lows[i - 1]))
            for j in range(min(b, i + 5), i, -1):
                parts = lows[i:j]
                key = " ".join(parts)
                if key not in _TITLES:
                    w = parts[0]
                    if w.startswith(("ex-", "then-")):
                        w = w.split("-", 1)[1]
                    if w.endswith("-elect"):
                        w = w[:-6]
                    key = " ".join([w] + parts[1:])
                if key in _TITLES:
                    if after_given and j == i + 1:
                        break                    # the surname of "Rep. Peter T. King"
                    if best is None or j > best[1]:
                        best = (i, j)
                    break
        if best is not None and best[1] + 3 < b and lows[best[1]] in lx.TITLE_JOINERS:
            # "Commissioner of Agriculture Sid Miller", "Minister for Trade Jo Lee": the
            # office after "of" is the title's, up to a given name two or three words
            # before the run's end, or else up to the run's last two words
            for m in range(best[1] + 2, min(b - 1, best[1] + 5)):
                if b - m <= 3 and (lows[m] in _GIVEN or _fuller_given(lows[m])):
                    return (best[0], m)
            if b - best[1] <= 5:
                return (best[0], b - 2)
        return best

    # -- pass B: runs of capitalised words ----------------------------------
    def _runs(self) -> None:
        """Find maximal runs of capitalised words (with inner connectors) and type them."""
        for si, (toks, infos) in enumerate(zip(self.sents, self.infos, strict=True)):
            initial, headline, shouty = self.flags[si]
            if shouty:
                continue
            n = len(toks)
            # "María", "José": a given name with its accents is the one without them
            lows = [inf.plain for inf in infos]
            k = 0
            while k < n:
                inf = infos[k]
                if inf.acro and inf.low in lx.POSTNOMINALS and k > 0 and infos[k - 1].namey:
                    k += 1  # "Ann Roe KC": her letters, no organisation
                    continue
                if inf.cap and inf.low in _NAME_MODALS and k + 1 < n and not headline \
                        and _finite_verb(infos[k + 1]):
                    self.pending.append((si, k, initial[k]))  # "Will wrote": no modal
                    k += 1
                    continue
                if not inf.namey and not (inf.cap and inf.low in _NAME_OPENERS
                                          and self._opens_name(infos, k, initial, headline)) \
                        and not (inf.cap and inf.upos in _NAME_LIKE_CLOSED
                                 and self._named_by_cue(si, k)) \
                        and not (inf.cap and inf.low in _NAME_HOMOGRAPHS and initial[k]
                                 and not headline and k + 1 < n and infos[k + 1].namey
                                 and self._role_set_off_after(si, k + 2)):
                    # (the last: "Will Ostrander, the treasurer, said", "April Mellors, a
                    # spokeswoman, said": a modal or month opens the name a role follows)
                    k += 1
                    continue
                a = k
                k += 1
                while k < n:
                    inf = infos[k]
                    if inf.acro and inf.low in lx.POSTNOMINALS:
                        break
                    if inf.namey:
                        k += 1
                    elif (inf.low in _CONNECT and k + 1 < n and infos[k + 1].namey
                          and (toks[k][2][0].islower() or inf.low == "&")):
                        k += 2
                    elif inf.cap and inf.low in _PARTICLES and k + 1 < n and infos[k + 1].namey:
                        k += 2                                   # Jason Van Dyke
                    elif toks[k][2][:2] in ("d'", "d’") and toks[k][2][2:3].isupper():
                        k += 1                                   # Giscard d'Estaing
                    elif k == a + 1 and self._head_of_the(si, lows, a):
                        k += 3                   # Friends of the Earth, Ministry of the Interior
                    elif (inf.low in _CONNECT and k + 2 < n and toks[k][2][0].islower()
                          and infos[k + 1].low in _CONNECT and infos[k + 2].namey
                          and toks[k + 1][2][0].islower()):
                        k += 3                                   # von der Leyen
                    elif inf.cap and inf.low in _ORG_SUFFIXES:
                        k += 1                   # Human Rights Watch: ends an organisation
                        break
                    elif inf.low in _POSSESSIVE_MARKS and self._possessive_org(infos, a, k):
                        k += 1                   # the Harlow Teachers' Union: one name
                    elif inf.cap and inf.low in _NAME_HOMOGRAPHS and (
                            infos[k - 1].low in _GIVEN or inf.low in _NAME_MODALS
                            and not headline and k + 1 < n and infos[k + 1].namey):
                        k += 1                   # Theresa May, George Will, Chair Will Rogers
                    elif inf.cap and inf.low in _NAME_VERBS and not headline \
                            and (lows[k - 1] in _GIVEN or given_name_gender(lows[k - 1])) \
                            and not (k + 1 < n and toks[k + 1][2][:1].isupper()):
                        k += 1                   # Omar Said: a capital verb mid-sentence,
                        #                          not the title case of "Al Said She Would
                    elif inf.cap and inf.upos in _NAME_LIKE_CLOSED and not headline \
                            and (lows[k - 1] in _GIVEN or given_name_gender(lows[k - 1])) \
                            and not (k + 1 < n and toks[k + 1][2][:1].isupper()):
                        k += 1                   # "said Al From, who ...": a capital
                        #                          preposition mid-sentence after a given name
                    elif inf.cap and self._key(lows, a, k + 1) in _WHOLE:
                        k += 1                   # "USA Today": a listed name
                    else:
                        break
                if k < n and infos[k].cap and _modifier_compound(toks[k][2]):
                    continue             # "an Elizabeth Warren-style plan": no one named
                self._run(si, lows, a, k, initial, headline, shouty)

    def _head_of_the(self, si: int, lows: list[str], a: int) -> bool:
        """Whether an organisation's head word at ``a`` goes on with "of the" and a
        capitalised word, its name ("Friends of the Earth", "Ministry of the Environment"),
        not a title ("Office of the Director of ...")."""
        toks = self.sents[si]
        return a + 3 < len(toks) and lows[a] in _BODY_HEADS and toks[a + 1][2] == "of" \
            and toks[a + 2][2] == "the" and self.infos[si][a + 3].namey \
            and lows[a + 3] not in _TITLE_WORDS

    @staticmethod
    def _possessive_org(infos: list[_Info], a: int, k: int) -> bool:
        """Whether the possessive mark at k of a run from a sits inside an organisation's
        name: it marks a plural ("Teachers' Union", "People's Party"), not a person ("Jo
        Doe's Labour Party", "Sanders' Senate"), and one to three capitalised words after it
        end in an organisation word."""
        owner = infos[k - 1].low
        if not (owner.endswith("s") if infos[k].low in _APOSTROPHES
                else owner.endswith(_PLURAL_POSSESSORS)) or owner in _SURNAMES \
                or owner in _GIVEN or owner in _WHOLE or infos[a].low in _GIVEN:
            return False                 # "Sanders' Senate", "Democrats' Senate"
        end = min(len(infos), k + 4)
        j = k + 1
        while j < end and infos[j].namey:
            if infos[j].cap and infos[j].low in _ORG_SUFFIXES and not infos[j].acro:
                return j + 1 == len(infos) or not infos[j + 1].namey
            j += 1
        return False

    def _named_by_cue(self, si: int, k: int) -> bool:
        """Whether a capitalised preposition or modal between a closing quote and a speech
        verb is a surname ("“...,” From said"): a name may look like a preposition."""
        infos = self.infos[si]
        toks = self.sents[si]
        if k < 2 or k + 1 >= len(infos) or infos[k + 1].low not in _SPEECH_FORMS:
            return False
        prev = toks[k - 1][2]
        return (prev in _CLOSERS_ANY or _closing_quote(toks, k - 1)) and toks[k - 2][2] in ",?!"

    def _listing(self, si: int, lows: list[str], a: int, b: int, shouty: bool) -> bool:
        """Whether a run is a list joined by "and" ("FBI and CNN"), not one name."""
        if "and" not in lows[a:b]:
            return False
        cut = lows.index("and", a, b)
        if cut == a + 1 and _org_word(lows[b - 1]) and all(
                lows[k] in _GIVEN or given_name_gender(lows[k]) for k in (a, cut + 1)):
            return False                 # "the Bill and Ada Roe Foundation": one name
        if 2 <= cut - a <= 3 and _person_run(lows, a, cut):
            return True                  # "Alex Seitz-Wald and Reuters": a person first
        return cut > a and bool(_WHOLE.get(self._key(lows, a, cut))
                                or self._strong1(si, cut - 1, shouty)
                                or cut - a >= 2 and lows[cut - 1] in lx.ORG_LAST_WORDS
                                and not any(lows[m] in _SPLITTERS for m in range(a, cut)))

    def _before_state(self, si: int, b: int) -> bool:
        """Whether tokens b, b+1 of a sentence are ", <US state>" (a city comes before);
        not when a title follows the state ("Jon Doe, Ohio Secretary of State")."""
        toks = self.sents[si]
        infos = self.infos[si]
        return (b + 1 < len(toks) and toks[b][2] == "," and infos[b + 1].low in _STATES
                and not (b + 2 < len(toks) and infos[b + 2].low in _TITLE_WORDS))

    @staticmethod
    def _common(low: str) -> bool:
        """Whether a lower-cased word is an ordinary word rather than a name (an ending of
        adverbs or verbs makes one, unless a given name has it: "Kimberly", "Sterling")."""
        return (low in _LEX or low in _COMMON_START or low in lx.REPORTING_VERB_FORMS
                or low.endswith(("ly", "ing", "ed")) and given_name_gender(low) is None)

    @staticmethod
    def _opens_name(infos: list[_Info], k: int, initial: list[bool], headline: bool) -> bool:
        """Whether a capitalised particle or modal begins the name after it.

        "De Blasio" and "Van der Berg" anywhere, "said Will Doyle" but not "Will Trump win?".
        """
        if headline or k + 1 >= len(infos):
            return False
        if not infos[k + 1].namey:
            return (infos[k].low in _PARTICLES and k + 2 < len(infos) and infos[k + 2].namey
                    and infos[k + 1].low in _PARTICLES)
        return infos[k].low in _PARTICLES or not initial[k]

    def _known_start(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Whether a run's first word is a name even at the start of a sentence."""
        inf = self.infos[si][a]
        low = inf.low
        if low in _GIVEN or low in _SURNAMES or low in _WHOLE or inf.acro:
            return True
        if low in _PARTICLES and b - a >= 2:
            return True                          # De Blasio, Van Hollen
        if 2 <= b - a <= 3 and _fuller_given(low) and self._heads_headline(si, lows, b):
            return True      # headlines "Darrell Dunn: ‘...’", "Francine Roe Says ..."
        if self.sents[si][a][2] in self.midcap:
            return True
        for j in range(a + 2, min(b, a + 5) + 1):
            if self._key(lows, a, j) in _WHOLE:
                return True
        if low in _FIRM_DESCRIBERS and b - a >= 3:
            return False                         # "Retailer Pellbrook Stores said"
        if self._firm_name(lows, a, b):
            return True                          # "Network Rail said"
        if b - a >= 3 and lows[a] in _BODY_HEADS and lows[a + 1] in ("of", "for"):
            return True                          # "Department of Justice officials said"
        return b - a >= 2 and (lows[b - 1] in _ORG_SUFFIXES or lows[b - 1] in lx.ORG_LAST_WORDS)

    def _heads_headline(self, si: int, lows: list[str], b: int) -> bool:
        """Whether a run ending before word ``b`` is what a headline's colon or title-case
        verb in -s follows ("Darrell Dunn: ‘...’", "Francine Roe Says ...")."""
        return b < len(lows) and (self.sents[si][b][2] == ":" or self.infos[si][b].cap
                                  and _title_case_verb(lows[b]))

    def _run(self, si: int, lows: list[str], a: int, b: int, initial: list[bool],
             headline: bool, shouty: bool) -> None:
        """Drop an unknown sentence-initial word and edge connectors, then resolve."""
        if b - a > 20:                   # a name list at most; else title-case junk
            return
        toks = self.sents[si]
        if initial[a] and b - a >= 3 and lows[a + 1] == "of" and lows[a] in _PEOPLE_OF:
            a += 2                       # "Fans of Caldmoor Rovers said": the fans speak
        while a < b and (initial[a] or headline) and not self._known_start(si, lows, a, b):
            if not headline and b - a >= 2 and not self._common(lows[a]) and (
                    not _describes_named(lows, a, b) or lows[a + 1] not in _NON_PERSON
                    and self._given_after_noun(lows, a, a + 1)) \
                    and lows[a] not in _FIRM_DESCRIBERS:
                break                    # "Douglas Brinkley, a historian, ..."; "Parent
                #                          Lucy Grant" is typed by the given name after it
            if self._set_off_person(si, lows, a, b, headline):
                if b - a == 1:
                    self._emit(si, a, b, "PERSON")  # "Walz, 60, a former teacher, said"
                    return
                break                    # "Hope Reed, 35, said": a given name that is a word
            self.pending.append((si, a, True))   # a name only if seen as one elsewhere
            a += 1
            if not headline:
                break
        while a < b and lows[a] in _CONNECT and not toks[a][2][0].isupper():
            a += 1
        while b > a and lows[b - 1] in _CONNECT and not toks[b - 1][2][0].isupper():
            b -= 1
        if a >= b:
            return
        if self._ends_org_list(si, lows, a, b):
            return
        found = len(self.ents)
        self._resolve(si, lows, a, b, initial[a] or headline, headline, shouty)
        if a > 0 and lows[a - 1] in _BUSINESS_ONLY_NOUNS:
            self._firm_named(si, lows, a, found)
        elif a > 1 and lows[a - 1] in _NAMING_WORDS and not toks[a - 1][2][0].isupper():
            self._thing_named(si, lows, a, found)

    @staticmethod
    def _firm_name(lows: list[str], a: int, b: int) -> bool:
        """Whether a run of two to four words is a business's name opened by a business
        noun ("Network Rail", "Bank Leumi"): no given name, title or listed name after it."""
        return 2 <= b - a <= 4 and lows[a] in _FIRM_NAME_OPENERS \
            and lows[a + 1] not in _GIVEN and lows[a + 1] not in _TITLE_WORDS \
            and not given_name_gender(lows[a + 1]) \
            and not any(lows[k] in _WHOLE or lows[k] in _CONNECT for k in range(a + 1, b))

    @staticmethod
    def _listed_firm_first(lows: list[str], a: int, b: int) -> bool:
        """Whether two or three words open with a listed organisation's one-word name and go
        on with words no list knows, a longer name of the same body ("Exxon Mobil", "Acme
        Reports"), not a person ("Dell Curry": a surname; "Apple Martin": a given name;
        "Mercedes Schlapp": a given name first), nor a body's word before what it holds or
        does ("Senate Dems", "Congress Gets"; letters: "GOP Convention", see the caller)."""
        return 2 <= b - a <= 3 and _WHOLE.get(lows[a]) == "ORG" and lows[a] not in _GIVEN \
            and lows[a] not in _ORG_SUFFIXES and not given_name_gender(lows[a]) and not any(
            lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
            or lows[k] in _WHOLE or lows[k] in _CONNECT or lows[k] in _TITLE_WORDS
            for k in range(a + 1, b))

    def _firm_named(self, si: int, lows: list[str], a: int, found: int) -> None:
        """Retype as a business the person read from the words a noun of businesses only
        describes ("Carmaker Vantor Kell said", "the law firm Perkins Coie"), unless they
        open with a given name or end in a surname ("lender Tom Hale", "insurer Jo Lee"), or
        "who" follows them ("supplier Nguyen Van Thanh, who runs a plant")."""
        if lows[a] in _GIVEN or given_name_gender(lows[a]):
            return
        for m in range(found, len(self.ents)):
            esi, ea, eb, typ = self.ents[m]
            if ea == a and typ == "PERSON" and lows[eb - 1] not in _SURNAMES and \
                    lows[eb + 1:eb + 2] != ["who"]:
                self.ents[m] = (esi, ea, eb, "ORG")

    def _thing_named(self, si: int, lows: list[str], a: int, found: int) -> None:
        """Retype the person read from the words after "called" or "named" when the noun
        before them names a business ("a company called Vantor Kell": a business) or a
        thing ("a phone called Lumora Vue", "the so-called Never Trumpers": no entity),
        also set off by a comma ("The app, called Vibe Check,"), where a plural noun names
        no person either ("The glasses, called Lumora Vue,": one name for several things;
        without the comma "Protesters called Jo Roe" is a verb and its object)."""
        noun = lows[a - 2]
        set_off = noun == "," and a > 2
        if set_off:
            noun = lows[a - 3]
        if noun in _BUSINESS_ONLY_NOUNS:
            self._firm_named(si, lows, a, found)
        elif noun in _NAMED_THINGS or set_off and _plural_noun_word(self.infos[si][a - 3]):
            self.ents[found:] = [e for e in self.ents[found:]
                                 if e[1] != a or e[3] != "PERSON"]

    def _ends_org_list(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Extend an organisation whose "of"/"for" complement is a list over the run that
        closes the list ("the Academy of Arts, Music and Dance"): True when done."""
        if a < 2 or "and" not in lows[a + 1:b - 1] or self.sents[si][a - 1][2] != "," \
                or not self.ents:
            return False
        esi, ea, eb, typ = self.ents[-1]
        if esi != si or eb != a - 1 or typ != "ORG" or not any(
                lows[m] in _SPLITTERS for m in range(ea + 1, eb - 1)) \
                or any(self._strong1(si, m, False) for m in range(a, b)):
            return False
        self.ents[-1] = (si, ea, b, "ORG")
        return True

    @staticmethod
    def _headed(lows: list[str], a: int, b: int) -> bool:
        """Whether a run is one organisation named by a head before its first "of" or
        "for" ("Organisation for Economic Co-operation and Development")."""
        first = next((m for m in range(a + 1, b - 1) if lows[m] in _SPLITTERS), b)
        if first == b or lows[first] == "and":
            return False
        return any(lows[m] in _ORG_HEADS for m in range(a, first))

    @staticmethod
    def _two_word_name(lows: list[str], b: int, known: bool = True) -> bool:
        """Whether the last two words of a run [.., b) after an office can be a person's
        name: no place, title, body or organisation word, and (``known``) a listed surname
        last or a given name first ("... for Trade Jo Lee")."""
        if any(lows[k] in _NON_PERSON or lows[k] in _CONNECT or lows[k] in _WHOLE
               or _org_word(lows[k]) for k in (b - 2, b - 1)):
            return False
        return not known or lows[b - 1] in _SURNAMES or lows[b - 2] in _GIVEN \
            or bool(given_name_gender(lows[b - 2]))

    def _title_of(self, si: int, lows: list[str], a: int, b: int, headline: bool,
                  shouty: bool) -> bool:
        """Type "<title> of <office> <name>" ("Secretary of Health and Human Services Jo
        Li", "Minister of Trade and Industry Tom Hale"): the office after "of" is part of
        the title, the name starts at a given name after it or after the office's last
        "and"/"of" word. False when the run is not of that shape (or a title is listed whole
        up to the office, "Secretary of State", "Deputy Chief of Staff"): the caller types
        it."""
        while a < b - 1 and (lows[a] in _BEFORE_TITLES or lows[a] in _GOVERNMENT_LEVELS) \
                and lows[a + 1] in _TITLE_WORDS:
            a += 1                               # "Federal Minister for ...": no name
        j = a
        while j < b and lows[j] in _TITLE_WORDS and lows[j] not in lx.TITLE_JOINERS:
            j += 1
        if j > a and j + 2 == b and lows[j] in lx.TITLE_JOINERS and \
                self._key(lows, a, j) in _TITLES and not any(
                self._key(lows, k, b) in _TITLES for k in range(a, j)):
            # "The Minister for Health said", "the Bishop of Durham": an office or a place,
            # no one's name; a business after its head ("CEO of Hewlett-Packard")
            self.titles.update((si, k) for k in range(a, j))
            typ = _WHOLE.get(lows[j + 1]) or \
                ("ORG" if lows[j] == "of" and lows[j - 1] in lx.BUSINESS_HEADS else None)
            if typ:
                self._emit(si, j + 1, b, typ)
            return True
        if j == a or j + 2 >= b or lows[j] not in lx.TITLE_JOINERS or any(
                self._key(lows, k, j + 2) in _TITLES
                or j + 3 <= b and self._key(lows, k, j + 3) in _TITLES for k in range(a, j)):
            return False                         # "(Deputy) Chief of Staff Jo Lee": listed
        m = next((m for m in range(j + 2, b)
                  if lows[m] in _GIVEN and lows[m] not in _NON_PERSON), b)
        if m == b and lows[j] == "for":          # "Minister for Water Resources Shahid Khan"
            m = next((m for m in range(j + 2, b) if given_name_gender(lows[m])
                      and lows[m] not in _NON_PERSON and not _org_word(lows[m])), b)
        if m == b - 1 and m - 1 >= j + 2 and self._two_word_name(lows, b):
            m = b - 2                            # "Minister for Trade Jo Lee": not "Lee"
        if m == b:
            last = max((k for k in range(j + 1, b) if lows[k] in _SPLITTERS), default=j)
            if last == j and b - j >= 4 and self._two_word_name(lows, b):
                # "Minister for Trade Jo Lee": an office word, then a name whose surname no
                # list gives a first name of
                last = b - 4
            elif last == j:
                return False                     # "Mayor of Dunmore Hale": no cue
            m = min(last + 2, b)
            while m < b - 1 and _org_word(lows[m]):
                m += 1                           # "... and Human Services Jo Li"
        self.titles.update((si, k) for k in range(a, j))
        typ = _WHOLE.get(self._key(lows, j + 1, m))
        if typ:
            self._emit(si, j + 1, m, typ)
        elif m - j > 2 or lows[m - 1] in _ORG_SUFFIXES:
            self._emit(si, j + 1, m, "ORG")      # Health and Human Services
        if m < b:
            self._resolve(si, lows, m, b, False, headline, shouty)
        return True

    def _resolve(self, si: int, lows: list[str], a: int, b: int, init: bool,
                 headline: bool, shouty: bool) -> None:
        """Type a run: gazetteers, lists, titles, org cues, places, given names, shape."""
        n = b - a
        key = self._key(lows, a, b)
        typ = _WHOLE.get(key)
        if typ is not None:
            if typ:
                self._emit(si, a, b, typ)
            return
        if key[-1] == "s" and n <= 3 and _people_of_place(key):
            self._emit(si, a, b, "NORP")         # "Armenians", "New Yorkers", "Ohioans"
            return
        if n == 1 and self._set_off_person(si, lows, a, b, headline):
            self._emit(si, a, b, "PERSON")       # "Walz, 60, a former teacher, said"
            return
        if n == 1 and not headline and a >= 2 and self.sents[si][a - 1][2] == "The" \
                and lows[a] not in _GIVEN and not given_name_gender(lows[a]) and not (
                    b < len(self.sents[si]) and self.sents[si][b][2][0].islower()
                    and self.infos[si][b].upos in _NOUNISH_AFTER_NAME):
            # "Jane Roe of The Nation", "asked The Sentinel": one word after a capital "The"
            # mid-sentence is a title (a paper, a site, a show), no person; not a modifier
            # ("... The Obama administration")
            self._emit(si, a, b, "ORG")
            return
        if n == 2 and _HYPHENED_GIVEN.match(self.sents[si][a + 1][2]) and \
                self.sents[si][a][2].istitle():
            self._emit(si, a, b, "PERSON")   # "Park Ji-hoon", "Kim Jong-un": surname first
            return
        if n == 2 and _HYPHENED_GIVEN.match(self.sents[si][a][2]) and \
                self.sents[si][a + 1][2].istitle() and lows[a + 1] not in _ORG_HEADS:
            self._emit(si, a, b, "PERSON")   # "Jae-won Park", "Min-jun Lee": given name first,
            return                           # its surname a word ("Park") or not
        org_end = _org_word(lows[b - 1]) or n >= 2 and lows[b - 1] in lx.ORG_LAST_WORDS
        listing = self._listing(si, lows, a, b, shouty)
        if not listing and self._title_of(si, lows, a, b, headline, shouty):
            return
        if not (listing or org_end) and "and" in lows[a + 1:b - 1] and self._headed(lows, a, b):
            last = max(m for m in range(a + 1, b - 1) if lows[m] in _SPLITTERS)
            name = next((m for m in range(last + 2, b)
                         if lows[m] in _GIVEN and lows[m] not in _NON_PERSON), b)
            if name == b and b - last == 4 and self._two_word_name(lows, b, known=False):
                name = b - 2             # "... Management and Budget Shalanda Young"
            self._emit(si, a, name, "ORG")   # Organisation for ... and Development
            if name < b:                     # ... Office of Management and Budget Jo Li
                self._resolve(si, lows, name, b, False, headline, shouty)
            return
        if "and" in lows[a + 1:b - 1] and (listing or not org_end):
            start = a                            # Joe Biden and Bernie Sanders
            for m in range(a, b + 1):
                if m == b or lows[m] == "and":
                    if start < m:
                        self._resolve(si, lows, start, m, init and start == a, headline,
                                      shouty)
                    start = m + 1
            return
        if n >= 2 and lows[a] in _PLURAL_TITLES and not headline \
                and lows[a + 1] not in _CONNECT:
            self.titles.add((si, a))         # "Senators Rubio and Cruz": the title of both
            cut = next((m for m in range(a + 1, b) if lows[m] in _SPLITTERS), b)
            if cut - a <= 5:                 # a name after a title, as a title's is
                self._emit(si, a + 1, cut, _WHOLE.get(self._key(lows, a + 1, cut)) or "PERSON")
            if cut + 1 < b:                  # ... of Nevada
                self._resolve(si, lows, cut + 1, b, False, headline, shouty)
            return
        best = self._title(lows, a, b)
        if best is not None:
            i, j = best
            self.titles.update((si, k) for k in range(i, j))
            name_a = j
            while name_a < b and lows[name_a] in _CONNECT and not self.infos[si][name_a].cap \
                    and not (lows[name_a] in _PARTICLES and name_a + 1 < b):
                name_a += 1  # not "Al" of "Sen. Al Franken"; "de" of "Mr. de Vries" is the name's
            if i > a and lows[a] in _GIVEN and i - a <= 2 and n <= 5 and all(
                    lows[k] in _NAME_SUFFIX for k in range(name_a, b)):
                self._emit(si, a, b, "PERSON")   # Larry King, Martin Luther King Jr.
                return
            if name_a >= b or not org_end or _surname_org_name(lows, name_a, b):
                if i == a + 1 and lows[j - 1] in lx.BUSINESS_HEADS and not init \
                        and self._named_business(si, a, shouty):
                    self._emit(si, a, i, "ORG")  # "the former Hewlett-Packard CEO Jo Lee"
                else:
                    self._strong(si, lows, a, i, shouty)
                if name_a < b:
                    cut = next((m for m in range(name_a, b) if lows[m] in _SPLITTERS), b)
                    typ = _WHOLE.get(self._key(lows, name_a, cut))
                    if typ:
                        self._emit(si, name_a, cut, typ)
                    elif cut - name_a - sum(lows[m] in _CONNECT for m in range(name_a, cut)) <= 4 \
                            and not _office_after_title(lows, name_a, cut):
                        # Senator John McCain, Mayor Juan Carlos Martínez de la Fuente
                        self._emit(si, name_a, cut, "PERSON")
                    if cut < b:                                 # ... of Arizona
                        self._resolve(si, lows, cut + 1, b, False, headline, shouty)
                return
        if n >= 3 and not headline and not org_end and lows[a + 1] not in _CONNECT \
                and _agent_noun(lows[a]) and lows[a] not in _NON_PERSON and lows[a] not in _WHOLE:
            # "Keeper Lotte Ambrose said": an agent noun no list holds is the role before
            # the name, as a listed title is ("Warden Kofi Mensah")
            self._resolve(si, lows, a + 1, b, False, headline, shouty)
            return
        if n >= 3 and _HYPHENED_GIVEN.match(self.sents[si][b - 1][2]) and \
                self.sents[si][b - 2][2].istitle() and not given_name_gender(lows[a]):
            self._strong(si, lows, a, b - 2, shouty)   # "Fishmonger Jung Eun-ji said"
            self._emit(si, b - 2, b, "PERSON")
            return
        if org_end and (n >= 2 or not init) and not listing:
            if _surname_org_name(lows, a, b):
                self._emit(si, a, b, "PERSON")   # "Anita Hill", "Vicente Fox"
                return
            of = next((m for m in range(a + 2, b - 1) if lows[m] == "of"), b)
            name = a
            while name < of - 2 and lows[name] in _TITLE_WORDS:
                name += 1  # "Climatologist Ben Arora of Prairie State University"
            if of < b and of - name <= 3 and _person_run(lows, name, of):
                if name > a:
                    self._resolve(si, lows, a, of, init, headline, shouty)
                else:
                    self._emit(si, a, of, "PERSON")  # "Megyn Kelly of Fox News": a person
                self._resolve(si, lows, of + 1, b, False, headline, shouty)
                return
            self._emit(si, a, b, "ORG")
            return
        if "&" in lows[a:b]:
            self._emit(si, a, b, "ORG")
            return
        inner = [m for m in range(a + 1, b - 1) if lows[m] in _SPLITTERS]
        if inner:
            first = inner[0]
            if org_end and lows[first] == "and" and not listing or any(
                    lows[m] in _ORG_HEADS for m in range(a, first)):
                self._emit(si, a, b, "ORG")      # Department of Justice, Securities and
                return                           # Exchange Commission, Center for ...
            start = a
            for m in range(a, b + 1):
                if m == b or lows[m] in _SPLITTERS:
                    if start < m:
                        self._resolve(si, lows, start, m, init and start == a, headline,
                                      shouty)
                    start = m + 1
            return
        if n <= 3 and self._before_state(si, b):
            self._emit(si, a, b, "GPE")          # Toledo, Ohio / Fort Wayne, Ind.
            return
        if 2 <= n <= 3 and lows[b - 1] == "city" and not any(
                lows[k] in _ORG_HEADS or lows[k] in _TITLE_WORDS for k in range(a, b - 1)):
            # "Oklahoma City", "Dodge City": a place; a city's name before it, its club
            self._emit(si, a, b, "ORG" if n == 2 and lows[a] in gz.CITIES else "GPE")
            return                               # ("Harwell City" is, "Leicester City")
        if 2 <= n <= 3 and lows[b - 1] in _SCHOOL_LAST_WORDS and not any(
                lows[k] in _WHOLE or self._common(lows[k]) for k in range(a, b - 1)):
            self._emit(si, a, b, "ORG")          # "Oakfield Primary", "Sandy Hook Elementary"
            return                               # (not "Democratic Primary": an election)
        if 2 <= n <= 3 and not headline and self._place_name(si, lows, a, b):
            self._emit(si, a, b, "GPE")          # "Colorado Springs", "in Palo Alto"
            return
        for p in (3, 2, 1):
            if p < n and _WHOLE.get(self._key(lows, a, a + p)) in ("GPE", "NORP"):
                if not headline and (self._body_after_place(si, lows, a, a + p, b)
                                     or self._body_after_nationality(lows, a, a + p, b)
                                     or self._speaking_body_after_faith(si, lows, a, a + p, b)):
                    self._emit(si, a, b, "ORG")
                    return
                if n == 2 and p == 1 and (a == 0 and self._role_set_off_after(si, b)
                                          or self._role_set_off_before(si, lows, a)
                                          or lows[a] in _GIVEN_DEMONYMS):
                    self._emit(si, a, b, "PERSON")  # "Jordan Pike, a lawyer for ...,"
                    return
                self._emit(si, a, a + p, _WHOLE[self._key(lows, a, a + p)])
                self._resolve(si, lows, a + p, b, False, headline, shouty)
                return
        if 2 <= n <= 3 and lows[a] in _PLACE_OPENERS and lows[b - 1] not in _WHOLE \
                and not org_end and "-" not in lows[b - 1]:
            self._emit(si, a, b, "GPE")          # San Bernardino, West Point, Cape Breton
            return
        if n == 2 and not headline and self._body_of_country(si, lows, a):
            self._emit(si, a, b, "ORG")          # "Transport Scotland", "Health Canada"
            return
        if lows[b - 1] in _THING_HEADS and n >= 2:
            return                               # "the Kelly File": no one's name
        if self._firm_name(lows, a, b) or not headline and not self.infos[si][a].acro \
                and self._listed_firm_first(lows, a, b):
            self._emit(si, a, b, "ORG")          # "Network Rail", "Club Med", "Exxon Mobil"
            return
        if n == 1:
            typ = self._strong1(si, a, shouty)
            if typ:
                self._emit(si, a, b, typ)
            else:
                self.pending.append((si, a, init))
            return
        if n >= 3 and (lows[a] in _GIVEN or headline and _fuller_given(lows[a])):
            verb = next((m for m in range(a + 2, min(b, a + 4)) if _title_case_verb(lows[m])), b)
            if verb < b:                         # "Jane Doe Calls Transit Plan ‘...’"
                self._emit(si, a, verb, "PERSON")
                if verb + 1 < b:
                    self._resolve(si, lows, verb + 1, b, False, headline, shouty)
                return
        if lows[a] in _GIVEN and n - sum(lows[k] in _CONNECT for k in range(a, b)) <= 4:
            self._emit(si, a, b, "PERSON")   # "María Fernanda García de la Vega"
            return
        if n == 2 and not headline and lows[b - 1] in _NATIONALITY_WORDS \
                and given_name_gender(lows[a]) and lows[a] not in _NON_PERSON:
            self._emit(si, a, b, "PERSON")   # "Bryan English", "Rosa Cuban": a surname that
            return                           # is a nationality word after a given name
        if n == 2 and _WHOLE.get(lows[b - 1]) == "GPE" and given_name_gender(lows[a]) and \
                lows[a] not in _WHOLE and lows[a] not in _NON_PERSON and \
                lows[a] not in _PLACE_OPENERS:
            # "Gemma Flint", "Nadia Hull": a given name of the fuller list before a surname
            # that is a town's name too (the shorter list already knows "Jack London")
            self._emit(si, a, b, "PERSON")
            return
        if n == 2 and a > 0 and (
                self.sents[si][a - 1][2] in _PEOPLE_NOUNS or
                b < len(self.sents[si]) and self.sents[si][b][2] == "," and
                self._role_set_off_before(si, lows, a)) and \
                given_name_gender(lows[a]) and lows[a] not in _NON_PERSON and \
                lows[b - 1] not in _WHOLE:
            # "midwife Tessa Grant": after a lower-case noun of people, a given name of the
            # fuller list and a surname that is a word too (not "Jackson Park" alone); so
            # also set off after one ("the owner, Keisha Hall, said", "its chief executive,
            # Lina Park,")
            self._emit(si, a, b, "PERSON")
            return
        if n == 3 and not headline and self._given_place_given(si, lows, a):
            self._emit(si, a, b, "PERSON")   # "Deborah Jordan Whitlock", "Tanner Lee Smith"
            return
        # "Jamie Lee Curtis", "Scottie Nell Hughes", "J. Michael Pearl": a given name or an
        # initial before the given name opens the name; it does not describe the person
        lead = not headline and (self._initials(si, lows, a) or n == 3 and (
            _fuller_given(lows[a]) and not self.infos[si][a].acro or _pet_name_shape(lows[a])))
        for k in range(a + 1, b - 1):
            if (lows[k] in _GIVEN or k < a + 3 and self._given_after_noun(lows, a, k)) and (
                    lows[k] not in _NON_PERSON or self._given_homograph(si, lows, k, b, headline)
            ) and (k < a + 3 or b - k <= 3 and not any(lows[m] in _NON_PERSON
                                                       for m in range(k, b))):
                if k == a + 1 and lead:
                    self._emit(si, a, b, "PERSON")
                    return
                # "House Intelligence Republican Mike Pompeo", "Parent Lucy Moran": the name
                # after what describes
                self._strong(si, lows, a, k, shouty)
                self._emit(si, k, b, "PERSON")
                return
        if n == 2 and given_name_gender(lows[a]) and not self.infos[si][a].acro and \
                self.infos[si][a + 1].acro and len(lows[a + 1]) >= 4 and \
                lows[a + 1] not in _WHOLE and lows[a] not in _NON_PERSON:
            self._emit(si, a, b, "PERSON")   # "Rémi LEBLANC": a surname in capitals
            return
        if self._set_off_person(si, lows, a, b, headline):
            self._emit(si, a, b, "PERSON")   # "Grant Young, a pastor, said", "Hope Reed, 35,"
            return
        # (not "Jr.": "C. Stewart Verdon Jr." has three words of name)
        words = [k for k in range(a, b) if lows[k] not in _CONNECT
                 and (n < 4 or lows[k] not in _NAME_SUFFIX)]
        # "Billie Jean King said": a surname that is a title word too ends the name after a
        # given name (the title path skips a title right after a given name); not "Burger
        # King" (no given name) or "Jordan King Abdullah" (a name after the title)
        last = b - 1 if n >= 2 and not headline and lows[b - 1] in _TITLE_WORDS \
            and lows[b - 1] not in _TYPED_NOT_TITLES \
            and (lows[a] in _GIVEN or _fuller_given(lows[a])) else b
        # "João Pedro Sousa Ferreira": two given names and a double surname
        personal = (len(words) <= 3 or len(words) == 4 and all(
            given_name_gender(lows[k]) for k in words[:2])) and not any(
                k != last and lows[k] in _NON_PERSON or self.infos[si][k].acro
                or "&" in lows[k] for k in words)
        if personal and n >= 2 and not headline and self._the_name(si, lows, a, b):
            self._emit(si, a, b, "ORG")          # "the Ku Klux Klan", "the Common Core"
            return
        if personal and not headline and 2 <= n <= 3 and (
                lows[b - 1].endswith(_ABSTRACT_NOUN_ENDINGS) and _common_noun_word(lows[b - 1])
                or self._business_run(si, a, b)) and not any(
                lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
                for k in range(a, b)):
            # two or three unknown words ending in an abstract noun, or where only a body
            # stands, name a body, no person ("Harlow Empowerment", "Dunmore Economics", "an
            # analyst at Vantor Kell"; not "Tom Wolf", "Ann Rich")
            self._emit(si, a, b, "ORG")
            return
        if len(words) <= 3 and lows[b - 1] in _SURNAMES or personal and not headline:
            self._emit(si, a, b, "PERSON")
            return
        if 2 <= n <= 3 and lows[a] not in _WHOLE and given_name_gender(lows[a]) \
                and all(self.infos[si][k].acro for k in range(a, b)) \
                and not any(lows[k] in _NON_PERSON for k in range(a, b)):
            self._emit(si, a, b, "PERSON")       # "JOEL BENENSON: ...", a name in capitals
            return
        if personal and headline and 2 <= n <= 3 and _fuller_given(lows[a]) \
                and self._heads_headline(si, lows, b):
            self._emit(si, a, b, "PERSON")       # "Darrell Dunn: ‘...’" heads a headline
            return
        found = len(self.ents)
        self._strong(si, lows, a, b, shouty)
        if personal and len(self.ents) == found:
            self.pending_runs.append((si, a, b))   # "Jane Doe: ..." heads a headline

    def _given_place_given(self, si: int, lows: list[str], a: int) -> bool:
        """Whether three capitalised words are one person's given name, middle name and
        surname though the tagger's lists read the middle or first word otherwise: a middle
        name that is a place too ("Deborah Jordan Whitlock", "Ann Georgia Hale": no place
        "Jordan" inside), or a first name no list holds before a middle name that is a
        listed surname too ("Tanner Lee Smith": not "Tanner" describing "Lee Smith"). The
        first word is no ordinary word, title, agent noun or noun of people ("Quarterback
        Tom Ames", "Parent Lucy Moran", "Keeper Jo Lee" keep their role apart), the last
        no place, body or title word."""
        first, mid, last = lows[a], lows[a + 1], lows[a + 2]
        infos = self.infos[si]
        if any(infos[k].acro or not infos[k].cap or not lows[k].isalpha()
               for k in range(a, a + 3)) or last in _WHOLE or last in _NON_PERSON \
                or self._common(last):
            return False
        mid_given = bool(given_name_gender(mid)) or unaccented(mid) in AMBIGUOUS
        if _WHOLE.get(mid) == "GPE":
            return mid_given and _fuller_given(first) and first not in _WHOLE
        return mid_given and mid in _SURNAMES and mid in _GIVEN and len(first) >= 4 \
            and first not in _GIVEN and not given_name_gender(first) \
            and unaccented(first) not in AMBIGUOUS and first not in _SURNAMES \
            and first not in _WHOLE and first not in _NON_PERSON and not self._common(first) \
            and first not in _PEOPLE_NOUNS and first not in lx.SPEAKER_NOUNS \
            and not _agent_noun(first) and not _common_noun_word(first) \
            and not first.endswith(_ADVERB_ENDINGS) and not first.endswith(_ROLE_ENDINGS)

    def _body_after_place(self, si: int, lows: list[str], a: int, m: int, b: int) -> bool:
        """Whether one or two capitalised words ``[m, b)`` after "the" and a listed place or
        nationality from ``a`` end the name of a body ("the American Legion", "the Islamic
        State", "the Toledo Lantern"): no person's given name or surname, no thing, member or
        ordinary word ("the Vietnam War", "the Kentucky Republican", "the Democratic
        Primary"), no modifier of a noun after it ("the Ohio Legion post").  Without "the"
        the words may be a person's name ("German Ortega", "America Ferrera")."""
        toks = self.sents[si]
        if b - m > 2 or a == 0 or toks[a - 1][2].lower() != "the" or lows[m] in _GIVEN \
                or given_name_gender(lows[m]) or lows[b - 1] in _SURNAMES or any(
                    lows[k] in _NON_PERSON or lows[k] in _WHOLE or lows[k] in _SCHOOL_LAST_WORDS
                    or self._common(lows[k]) for k in range(m, b)):
            return False
        return b == len(toks) or not (toks[b][2][0].islower()
                                      and self.infos[si][b].upos in _NOUNISH_AFTER_NAME)

    def _business_run(self, si: int, a: int, b: int) -> bool:
        """Whether the words [a, b) stand where only a business or a pollster does: after a
        job "at" it or a head "of" it ("a managing director at Vantor Kell", "the founder of
        Vantor Kell"), after "a poll by" or "a survey by" ("a survey by Vantor Kell"), or
        before its "'s" and a poll or what a business owns ("Vantor Kell's poll", "Vantor
        Kell's shares"), like one unknown word (:meth:`_business_context`)."""
        infos = self.infos[si]
        if a >= 2:
            prev, prev2 = infos[a - 1].low, infos[a - 2].low
            if prev == "at" and prev2 in lx.JOBS_AT or prev == "of" and prev2 in lx.BUSINESS_HEADS \
                    or prev == "by" and prev2 in _POLL_NOUNS:
                return True
        return b + 1 < len(infos) and infos[b].low in _LEX_S and (
            infos[b + 1].low in _POLL_NOUNS or infos[b + 1].low in lx.BUSINESS_POSSESSIONS)

    @staticmethod
    def _body_after_nationality(lows: list[str], a: int, m: int, b: int) -> bool:
        """Whether one or two capitalised words ``[m, b)`` after a nationality or party word
        from ``a`` end the name of an outlet or a group, with or without "the": the last is
        a common noun by its shape ("Western Journalism", "Latino Decisions", "American
        Crossroads", "Conservative Solutions", "American Family Voices"), not a surname, and
        the first word is no given name ("Christian Banks")."""
        if not 1 <= b - m <= 2 or _WHOLE.get(" ".join(lows[a:m])) != "NORP" \
                or lows[a] in _GIVEN or given_name_gender(lows[a]) \
                or lows[b - 1] in _NON_PERSON or not _common_noun_word(lows[b - 1]):
            return False
        return b - m == 1 or not (lows[m] in _GIVEN or lows[m] in _SURNAMES or lows[m] in _WHOLE
                                  or lows[m] in _TITLE_WORDS or _fuller_given(lows[m]))

    def _speaking_body_after_faith(self, si: int, lows: list[str], a: int, m: int, b: int
                                   ) -> bool:
        """Whether one or two capitalised words ``[m, b)`` after a nationality or faith word
        from ``a`` end the name of a body without "the": "Islamic State" (a state that is a
        movement, not a place), or a body that speaks right there ("..., Muslim Advocates
        said", "said Muslim Advocates", "Ohio State said"), its last word a plural of people
        in running text or an ordinary word (:meth:`_body_after_nationality` takes the
        abstract nouns).  Not a person ("German Ortega said", "Christian Banks said"), a
        title ("the German Chancellor said") or a group at a sentence's start ("Democratic
        Lawmakers said")."""
        if not 1 <= b - m <= 2 or lows[a] in _GIVEN or given_name_gender(lows[a]):
            return False
        typ = _WHOLE.get(" ".join(lows[a:m]))
        if b - m == 1 and lows[m] == "state" and typ == "NORP":
            return True                          # "Islamic State", "so-called Islamic State"
        infos = self.infos[si]
        if m == a + 1 and lows[a] in _FAITH_ADJECTIVES and not any(
                lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
                or lows[k] in _WHOLE or lows[k] in _TITLE_WORDS or infos[k].acro
                or self._common(lows[k]) or _common_noun_word(lows[k]) for k in range(m, b)):
            # "Islamic Jihad", "Muslim Brotherhood": a word no list knows after a faith, no
            # surname (not "the Islamic Revolution", a thing)
            return True
        nxt = infos[b].low if b < len(infos) else ""
        if not (nxt in _SPEECH_FORMS or nxt in _VERB_NOT_NAME or nxt in _BODY_SPEAKERS
                or a > 0 and infos[a - 1].low in _SPEECH_FORMS):
            return False
        last = lows[b - 1]
        if typ == "GPE":
            return b - m == 1 and last == "state"      # "Ohio State said": its university
        if typ != "NORP" or any(lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
                                or lows[k] in _WHOLE or lows[k] in _TITLE_WORDS or infos[k].acro
                                for k in range(m, b)):
            return False
        # a plural of people capitalised in running text, not where a sentence opens
        # ("Democratic Lawmakers said little": title case of a group)
        return last in _LEX or last.endswith("s") and last in _PEOPLE_OF \
            and not self.flags[si][0][a]

    def _place_name(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Whether two or three capitalised words name a town: they end in a word of towns
        ("Colorado Springs", "Myrtle Beach", "Shaker Heights"), or they come after "in" or
        "near" with no given name, surname, title or organisation's word among them ("in
        Palo Alto", "near Boca Raton"; not "in Jane Roe's view", "in Acme Corp")."""
        if any(lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
               or lows[k] in _TITLE_WORDS or _org_word(lows[k]) or lows[k] in lx.ORG_LAST_WORDS
               or lows[k] in _TYPED_NOT_TITLES or self.infos[si][k].acro
               for k in range(a if lows[a] not in _WHOLE else a + 1, b)):
            return False
        if lows[b - 1] in _BUILDING_WORDS:
            return False                         # "in City Hall", "in Trump Tower"
        if lows[b - 1] in _TOWN_LAST_WORDS:
            return True
        toks = self.sents[si]
        return b - a == 2 and a > 0 and toks[a - 1][2] in _TOWN_PREPOSITIONS \
            and lows[a] not in _WHOLE and (b == len(toks) or toks[b][2] in _AFTER_TOWN
                                           or toks[b][2][:1].islower()
                                           and self.infos[si][b].upos not in _OBJ_UPOS)

    def _body_of_country(self, si: int, lows: list[str], a: int) -> bool:
        """Whether two capitalised words, a word that is no name and a country or province
        ("Transport Scotland", "Health Canada", "Police Scotland"), name a body of that
        country that speaks, not the place: no given name or surname first ("Jack
        England"), no describing word ("Central America", "Rural Ontario", "Greater
        Manchester"), no country that is a given name too ("Chad", "Georgia")."""
        first, place = lows[a], lows[a + 1]
        if place not in _BODY_COUNTRIES or first in _WHOLE or first in _SURNAMES \
                or first in _GIVEN or _fuller_given(first) or first in _PLACE_OPENERS \
                or first in _TITLE_WORDS or first.endswith(_DESCRIBING_ENDINGS) \
                or "." in first or "-" in first:
            return False
        lex = _LEX.get(first)
        if lex is not None and lex[0] != "NOUN" or not self.infos[si][a].cap:
            return False
        # only where a body speaks ("Transport Scotland said", "a Police Scotland
        # spokesman"): "Nazi Germany" or "Vichy France" is a place in its time
        toks = self.sents[si]
        nxt = self.infos[si][a + 2].low if a + 2 < len(toks) else ""
        prv = self.infos[si][a - 1].low if a > 0 else ""
        return nxt in _SPEECH_FORMS or nxt in _BODY_SPEAKERS or prv in _SPEECH_FORMS

    def _role_set_off_after(self, si: int, b: int) -> bool:
        """Whether a comma, an article and a noun of people (perhaps after one modifier)
        follow word ``b``: "Jordan Pike, a lawyer for ...": two words that open the sentence
        before them are a person, though the first is a place too."""
        toks = self.sents[si]
        if b + 2 >= len(toks) or toks[b][2] != "," or toks[b + 1][2].lower() not in (
                "a", "an", "the"):
            return False
        if any(toks[k][2] in _PEOPLE_NOUNS or toks[k][2] in lx.TITLES
               for k in range(b + 2, min(len(toks), b + 4))):
            return True
        return self._long_role_set_off(si, b)

    def _long_role_set_off(self, si: int, b: int) -> bool:
        """Whether the role set off after two words that open the sentence ends, before its
        comma, in a noun of people after a modifier of three or four words: "Chad Mercer, the
        Hale campaign's chairman, said" (the first word a place that is a given name too);
        not when no comma closes it within reach."""
        toks = self.sents[si]
        if b < 2 or not (given_name_gender(toks[b - 2][2]) or
                         unaccented(toks[b - 2][2].lower()) in AMBIGUOUS):
            return False
        for k in range(b + 4, min(len(toks) - 1, b + 7)):
            if toks[k + 1][2] == ",":
                return toks[k][2] in _PEOPLE_NOUNS or toks[k][2] in lx.TITLES
        return False

    def _role_then_speech(self, si: int, b: int) -> bool:
        """Whether a role set off by two commas after word ``b - 1`` is followed right away by
        a speech verb: "Kamau, a member, said": a surname alone that opens the sentence (not
        "Nevertheless, the official said", nor "Still, a spokesman, Jo Lee, said")."""
        toks = self.sents[si]
        if b + 3 >= len(toks) or toks[b + 1][2].lower() not in _ROLE_DETERMINERS \
                or not (toks[b - 1][2].isalpha() and toks[b - 1][2].istitle()):
            return False
        for k in range(b + 2, min(len(toks) - 1, b + 6)):
            t = toks[k][2]
            if t == ",":
                return k > b + 2 and toks[k + 1][2] in _SAID_FORMS and (
                    toks[k - 1][2] in _PEOPLE_NOUNS or toks[k - 1][2] in lx.TITLES
                    or toks[k - 1][2] in lx.SPEAKER_NOUNS) and \
                    not toks[b - 1][2].endswith(_ADVERB_ENDINGS)
            if not t[:1].isalpha() or not t.islower():
                return False
        return False

    def _set_off_person(self, si: int, lows: list[str], a: int, b: int, headline: bool) -> bool:
        """Whether two capitalised words are a person's name because a role or an age is set
        off after them ("Grant Young, a pastor, said", "Hope Reed, 35, said"), though both are
        ordinary words too (a given name of the fuller lists that is a noun, a verb or a
        title word, a surname that is an adjective): no listed place or group, body or title
        word last ("Chase Bank, a lender,", "Virginia Beach, a city,"); a surname alone
        before an age ("Walz, 60, a former teacher, said": a story's second mention)."""
        if headline or self.infos[si][a].acro:
            return False
        if b - a == 1:
            toks = self.sents[si]
            return b + 2 < len(toks) and toks[b][2] == "," and (
                toks[b + 2][2] == "," and toks[b + 1][2].isdigit()
                and 0 < int(toks[b + 1][2]) < 111 or self._role_then_speech(si, b)) and \
                len(lows[a]) > 2 and lows[a] not in _WHOLE and not _org_word(lows[a]) and \
                lows[a] not in lx.ORG_LAST_WORDS and lows[a] not in _TITLE_WORDS and \
                lows[a] not in _TOWN_LAST_WORDS and not self._common(lows[a])
        if b - a != 2 or not given_name_gender(lows[a]):
            return False
        last = lows[a + 1]
        if last in _WHOLE or last in _TITLE_WORDS or _org_word(last) \
                or last in lx.ORG_LAST_WORDS or last in _TOWN_LAST_WORDS \
                or last in _BUILDING_WORDS or self.infos[si][a + 1].acro:
            return False
        toks = self.sents[si]
        if b + 2 >= len(toks) or toks[b][2] != ",":
            return False
        if toks[b + 1][2].isdigit():
            return toks[b + 2][2] == ","         # an age: "Hope Reed, 35,"
        # "Grant Young, another Iowa strategist," or, with no article, a role in lower case:
        # "Kristen Day, executive director of ..."
        first, end = (b + 2, b + 7) if toks[b + 1][2].lower() in _ROLE_DETERMINERS \
            else (b + 1, b + 4)
        for k in range(first, min(len(toks), end)):
            t = toks[k][2]
            if t in _PEOPLE_NOUNS or t in lx.TITLES or t in lx.SPEAKER_NOUNS:
                return True
            if not t[:1].isalnum() or first == b + 1 and not t.islower():
                return False
        return False

    def _role_set_off_before(self, si: int, lows: list[str], a: int) -> bool:
        """Whether a noun of people and a comma come just before word ``a``, itself a given
        name too: "a spokesman, Jordan Ellis, said": a place that opens a name set off after
        a role is the person's given name."""
        toks = self.sents[si]
        return a >= 2 and toks[a - 1][2] == "," and (
            toks[a - 2][2] in _PEOPLE_NOUNS or toks[a - 2][2] in lx.TITLES) and bool(
            given_name_gender(lows[a]) or unaccented(lows[a]) in AMBIGUOUS)

    def _the_name(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Whether a run of capitals is the head of a noun phrase opened by "the": a body or a
        thing ("the Ku Klux Klan said", "the Common Core"), no person, unless it opens with a
        given name or ends in a surname, or a noun after it makes it a modifier ("the Lois
        Lerner email", "the Abe Ruiz shooting")."""
        toks = self.sents[si]
        if a == 0 or toks[a - 1][2].lower() != "the" or lows[b - 1] in _SURNAMES \
                or lows[a] in _GIVEN or given_name_gender(lows[a]):
            return False
        if b == len(toks):
            return True
        nxt = self.infos[si][b]
        return not (toks[b][2][0].islower() and nxt.upos in _NOUNISH_AFTER_NAME)

    def _initials(self, si: int, lows: list[str], a: int) -> bool:
        """Whether word ``a`` is a person's initial or two ("J.", "A.E."), not the letters of a
        body or place ("the U.N.", "U.S.", "D.C.")."""
        low = lows[a]
        if not _initial(low):
            return False
        return len(low) == 2 or low not in _WHOLE and low not in _DOTTED_BODIES and not (
            a > 0 and lows[a - 1] in _ROLE_DETERMINERS)

    def _given_homograph(self, si: int, lows: list[str], k: int, b: int, headline: bool) -> bool:
        """Whether a given name that is an ordinary word too ("Bill", "Mark") opens the name
        at the end of a run, before one more word that is no ordinary word ("Groundskeeper
        Bill Hensley"), outside headlines ("Farm Bill Vote Fails")."""
        if headline or k + 2 != b:
            return False
        last = lows[k + 1]
        return self.infos[si][k + 1].cap and not self._common(last) \
            and last not in _NON_PERSON and last not in _WHOLE

    @staticmethod
    def _given_after_noun(lows: list[str], a: int, k: int) -> bool:
        """Whether word ``k`` of a run from ``a`` is a given name of the fuller list after
        one or two words that are neither given names, surnames nor initials ("Parent Lucy
        Moran", "Co-author Lukas Brenner"): the words describe the person; not "Lucy Grace
        Moran" or "J. Gerald Doe"."""
        return bool(given_name_gender(lows[k])) and not any(
            "." in lows[m] or lows[m] in _SURNAMES or given_name_gender(lows[m])
            for m in range(a, k))

    # -- pass C: single words seen elsewhere as part of a name ---------------
    def _resolve_pending(self) -> None:
        """Type words left open: surnames and words typed elsewhere, speech cues, and
        headline runs that end in a surname the text names."""
        surnames: set[str] = set()
        singles: dict[str, str] = {}
        businesses: set[str] = set()
        for si, a, b, typ in self.ents:
            toks = self.sents[si]
            if typ == "PERSON":
                last = b - 1
                while last > a and self.infos[si][last].low in _NAME_SUFFIX:
                    last -= 1
                t = toks[last][2]
                if len(t) > 1 and t[0].isalpha():
                    surnames.add(t)
                if b - a == 2 and given_name_gender(self.infos[si][a + 1].plain) and \
                        not given_name_gender(self.infos[si][a].plain):
                    surnames.add(toks[a][2])     # "Kovács Péter": the surname first
            elif b - a == 1:
                singles.setdefault(toks[a][2], typ)
            elif b - a == 2 and typ == "ORG" and self.infos[si][a + 1].low in _COMPANY_SUFFIXES:
                businesses.add(toks[a][2])          # "Allergan Inc.": then "Allergan said"
        for si, k, _ in self.pending:
            if self._business_context(si, k):
                businesses.add(self.sents[si][k][2])
        businesses -= surnames
        self._surname_nationalities(surnames)
        if any(t.lower() in _SURNAME_ORG_WORDS for t in surnames):
            self._surname_org_words(surnames)
        for si, a, b in self.pending_runs:
            if self.sents[si][b - 1][2] in surnames:
                self.ents.append((si, a, b, "PERSON"))   # a headline name, named in the text
        left = []
        for si, k, init in self.pending:
            t = self.sents[si][k][2]
            if t in surnames:
                self.ents.append((si, k, k + 1, "PERSON"))
            elif t in businesses:
                self.ents.append((si, k, k + 1, "ORG"))
            elif t in singles:
                self.ents.append((si, k, k + 1, singles[t]))
            elif not init and self._speaks(si, k) and not self._people_plural(si, k):
                self.ents.append((si, k, k + 1, "PERSON"))
                surnames.add(t)
            elif init and self._opens_speech(si, k) or self._given_name(si, k) \
                    or not init and self._named_kin(si, k):
                self.ents.append((si, k, k + 1, "PERSON"))   # this mention only
            else:
                left.append((si, k))
        for si, k in left:           # "Doe continued": Doe speaks elsewhere ("..., Doe said")
            if self.sents[si][k][2] in surnames:
                self.ents.append((si, k, k + 1, "PERSON"))
        self._firms_by_first_word()

    def _people_plural(self, si: int, k: int) -> bool:
        """Whether a lone capitalised word is a plural of people ("Muslim Advocates said":
        "Advocates" names a group, never one person)."""
        low = self.infos[si][k].low
        return low.endswith("s") and low in _PEOPLE_OF and low not in _SURNAMES

    def _firms_by_first_word(self) -> None:
        """Retype as an organisation two words read as a person whose first word the text
        names an organisation by on its own ("Vantor Kell said ... Vantor, the company,
        said", "snack maker Vantor"): a person's short name is the surname, a firm's the
        first word.  Not when the first word is a given name or a surname ("Mark Kell")."""
        firms = {self.sents[si][a][2] for si, a, b, typ in self.ents
                 if typ == "ORG" and b - a == 1}
        if not firms:
            return
        for n, (si, a, b, typ) in enumerate(self.ents):
            if typ == "PERSON" and b - a == 2 and self.sents[si][a][2] in firms:
                low = self.infos[si][a].low
                if low not in _GIVEN and low not in _SURNAMES and not _fuller_given(low):
                    self.ents[n] = (si, a, b, "ORG")

    def _surname_nationalities(self, surnames: set[str]) -> None:
        """Retype as the person a lone nationality word that the text has as a person's
        surname ("Mark Cuban ... Cuban said", "Sarah English ... English told"), where it
        stands as a noun: no article or preposition before it ("the Cuban", "of Cuban"), no
        noun after it ("Cuban officials")."""
        if not surnames:
            return
        for n, (si, a, b, typ) in enumerate(self.ents):
            if b - a != 1 or typ != "NORP" or self.sents[si][a][2] not in surnames:
                continue
            infos = self.infos[si]
            if a > 0 and infos[a - 1].upos in _NOT_BEFORE_SURNAME:
                continue
            if a + 1 < len(infos) and (self.sents[si][a + 1][2][0].isalpha()
                                       and infos[a + 1].upos in _NOUNISH_AFTER_NAME
                                       or infos[a + 1].low in _COORDINATORS):
                continue
            self.ents[n] = (si, a, b, "PERSON")

    def _surname_org_words(self, surnames: set[str]) -> None:
        """Retype as the person the lone words the lists make an organisation but the text
        names a person by ("Mayor Don Guardian ... Guardian said", "Anita Hill ... Hill
        told"); not after "the" ("the Guardian reported")."""
        for n, (si, a, b, typ) in enumerate(self.ents):
            if b - a == 1 and typ == "ORG" and self.sents[si][a][2] in surnames \
                    and self.infos[si][a].low in _SURNAME_ORG_WORDS \
                    and (a == 0 or self.infos[si][a - 1].low != "the"):
                self.ents[n] = (si, a, b, "PERSON")

    def _business_context(self, si: int, k: int) -> bool:
        """Whether a single unknown capitalised word stands where only a business's name does:
        before what a business owns ("Allergan's shares", "Allergan's chief executive",
        "Corvane shareholders", "Forbes magazine"), after a job "at" it or a head "of" it ("a
        partner at Centerview", "chief executive of Intel", "shares of Allergan"), after what
        it is ("investment bank Centerview said", "snack giant Nabisco on Monday") or with
        that set off after it or said of it ("Allergan, the far smaller company,", "Verizon is
        the parent company of AOL", "Univision, a US Spanish-language channel,")."""
        infos = self.infos[si]
        if infos[k].acro:
            return False                         # "network TV": letters are typed apart
        n = len(infos)
        nxt = infos[k + 1].low if k + 1 < n else ""
        if nxt in _POSSESSIVE_MARKS:
            owned = infos[k + 2].low if k + 2 < n else ""
            return owned in lx.BUSINESS_POSSESSIONS or owned == "chief" and k + 3 < n \
                and infos[k + 3].low == "executive"
        if nxt in _AFTER_BUSINESS:               # not "Media shares blame for ..."
            initial, headline, _ = self.flags[si]
            return not headline and (not initial[k] or nxt in _NOUNS_AFTER_BUSINESS
                                     and not self._common(infos[k].low))
        if k >= 2:
            prev = infos[k - 1].low
            if prev == "at" and infos[k - 2].low in lx.JOBS_AT \
                    or prev == "of" and infos[k - 2].low in lx.BUSINESS_HEADS:
                return True
        toks = self.sents[si]
        if k >= 2 and toks[k - 1][2] == "," and infos[k - 2].low in lx.FIRM_NOUNS \
                and not infos[k - 2].cap and (not nxt or nxt in _KIN_NAME_CLOSERS):
            return True                          # "Britain's third-largest grocer, Fairmarket,"
        if k >= 1 and (infos[k - 1].low in lx.FIRM_NOUNS and not infos[k - 1].cap
                       or infos[k - 1].low in _BUSINESS_ONLY_NOUNS):
            return not nxt[:1].isalpha() or infos[k + 1].upos == "ADP" or nxt in _SAID_FORMS
        if nxt not in _APPOSITION_OPENERS or k + 2 >= n \
                or infos[k + 2].low not in ("the", "a", "an"):
            return False
        j = k + 3
        while j < min(n - 1, k + 8):
            word = toks[j][2]
            place = next((p for p in (3, 2, 1) if j + p < n and
                          self._key([inf.low for inf in infos[j:j + p]], 0, p) in gz.GPE), 0)
            if place and not word[0].islower():
                j += place  # "Brightwell, a London start-up that", "a San Francisco firm"
                continue
            if not word[0].islower() and not self._describing_capital(infos[j], word):
                return False
            if infos[j].low in lx.FIRM_NOUNS:
                after = infos[j + 1].low
                return not after[:1].isalpha() or after in _FIRM_NOUN_FOLLOWERS
            j += 1
        return False

    @staticmethod
    def _describing_capital(inf: _Info, word: str) -> bool:
        """Whether a capitalised word describes inside a phrase set off after a name ("a US
        Spanish-language channel", "a Dutch bank", "a U.K. lender"): letters, a nationality,
        a modifier with a lower-case tail; not the start of another name."""
        return inf.acro or "." in word or inf.low in gz.NORP or _modifier_compound(word)

    def _given_name(self, si: int, k: int) -> bool:
        """Whether a word is a given name the short list lacks ("Greta went home", "his
        brother Freddy, who"), from the fuller list of given names, alone: not a common word,
        not the first word of a name the headline rules cut off, not a party to a case
        ("Roe v. Wade")."""
        infos = self.infos[si]
        low = infos[k].low
        return bool(given_name_gender(low)) and not self._common(low) \
            and low not in _NON_PERSON and low not in _NOT_NAMES and "-" not in low \
            and k + 1 < len(infos) and not infos[k + 1].namey \
            and (k == 0 or infos[k - 1].low not in _VERSUS)   # not "Amanda Becker" cut

    def _named_kin(self, si: int, k: int) -> bool:
        """Whether an unknown word set off by commas names a relative just mentioned ("his
        wife, Carys, said", "her late son, Taliesin,", "Pryce's brother, Iolo."): a given name
        no list holds."""
        infos = self.infos[si]
        toks = self.sents[si]
        if k < 3 or toks[k - 1][2] != "," or infos[k - 2].low not in lx.KIN_NOUNS \
                or k + 1 < len(toks) and toks[k + 1][2] not in _KIN_NAME_CLOSERS:
            return False
        det = k - 4 if infos[k - 3].low == "late" and k >= 4 else k - 3
        return infos[det].low in _KIN_OWNERS or infos[det].low in _POSSESSIVE_MARKS

    def _opens_speech(self, si: int, k: int) -> bool:
        """Whether an unknown word that opens its clause is a name as the subject of "said"
        or "told" after it ("Maddox said", "Kristen told"), not a plural or common noun
        ("Critics said", "Police said", "Enough said.")."""
        toks = self.sents[si]
        inf = self.infos[si][k]
        return (k + 2 < len(toks) and toks[k + 1][2] in _SAID_FORMS and not inf.acro
                and toks[k + 2][2][0].isalnum()      # not the idiom "Enough said."
                and not self._common(inf.low) and inf.low not in _NON_PERSON
                and not inf.low.endswith("s"))

    def _speaks(self, si: int, k: int) -> bool:
        """Whether word k of a sentence is next to a speech verb as its subject ("Doe
        said", "said Doe." but not "said Doe Street", nor the object of a preposition:
        "the mayor of Brackford said")."""
        toks = self.sents[si]
        infos = self.infos[si]
        nxt = infos[k + 1].low if k + 1 < len(toks) else ""
        prv = infos[k - 1].low if k > 0 else ""
        if nxt in _SPEECH_FORMS:     # not "Residents of Brackford said": the residents speak
            return k == 0 or infos[k - 1].upos != "ADP"
        return (prv in _SPEECH_FORMS and (
            k + 1 == len(toks) or not toks[k + 1][2][0].isalnum()))

    def _the(self) -> None:
        """Let "The" start the names of papers and magazines (The Washington Post)."""
        for n, (si, a, b, typ) in enumerate(self.ents):
            if typ == "ORG" and a > 0 and self.sents[si][a - 1][2] == "The" \
                    and self.infos[si][b - 1].low in gz.THE_ORGS:
                self.ents[n] = (si, a - 1, b, typ)

    def _particles(self) -> None:
        """Let the lower-case particles of a surname that opens its clause start the person's
        name ('“...,” van der Berg said', "de la Vega said"): the run of capitals began after
        them."""
        for n, (si, a, b, typ) in enumerate(self.ents):
            if typ != "PERSON" or a == 0 or self.infos[si][a - 1].low not in lx.SURNAME_PARTICLES:
                continue
            k = a - 1
            while k > 0 and self.infos[si][k - 1].low in lx.SURNAME_PARTICLES:
                k -= 1
            before = self.sents[si][k - 1][2] if k > 0 else ""
            if k - a < -2 or self.sents[si][k][2][0].isupper() or before[:1].isalnum():
                continue  # "the van Smith drove": a noun, not a particle
            self.ents[n] = (si, k, b, typ)

    def run(self) -> list[list[str]]:
        """BIOES tags for every token of every sentence."""
        self._shapes()
        self._runs()
        self._resolve_pending()
        self._the()
        self._particles()
        tags = self.tags
        for si, a, b, typ in self.ents:
            row = tags[si]
            if b - a == 1:
                row[a] = "S-" + typ
            else:
                row[a] = "B-" + typ
                for k in range(a + 1, b - 1):
                    row[k] = "I-" + typ
                row[b - 1] = "E-" + typ
        return tags


# ---------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------

_NOUNISH = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "ADV", "VERB", "X"})
_OBJ_UPOS = frozenset({"PRON", "PROPN", "NOUN"})
_SUBJ_PRON = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "this"})
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
#: Lemmas of the verbs in the word lists (base forms of "calls", "focuses", ...).
_VERB_LEMMAS = frozenset(v[1] for v in _LEX.values() if v[0] == "VERB")
#: Nouns without a final -s that take a plural verb ("people say", "police report").
_PLURAL_SUBJECTS = frozenset({"people", "police", "staff", "media", "personnel", "clergy",
                              "percent", "public", "military", "men", "women", "children", "data",
                              "majority", "minority", "team", "family", "crowd", "audience"})
#: Words joining a coordinated (plural) subject.
_COORDINATORS = frozenset({"and", "&", "or", "nor"})
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
#: Endings of -s verb forms that drop "-es" for their base form ("pushes" -> "push").
_ES_STEMS = ("sses", "ches", "shes", "xes", "zes", "uses", "oes")


def _verb_form(low: str, lemma: str) -> str:
    """The form of a verb: "ing", "past", "s" (third person) or "base"."""
    if low.endswith("ing"):
        return "ing"
    if low.endswith("ed") or (low != lemma and low[-1] != "s"):
        return "past"
    return "s" if low != lemma else "base"


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


def _finite_verb(inf: _Info) -> bool:
    """Whether a word is a verb's distinct past or -s form ("wrote", "acknowledges"), which
    no modal comes before ("Will wrote", "While Will acknowledges": a person)."""
    return inf.upos == "VERB" and _verb_form(inf.low, inf.lemma) in ("past", "s")


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
    if _s_verb_lemma(prev.low) or prev.low in _PLURAL_SUBJECTS or prev2_low in _COORDINATORS:
        return False
    if prev2_low in ("a", "an") and not prev.cap and prev.low not in _COUNT_NOUNS and \
            not _plural_noun_word(prev):
        return True  # "on a conference call that", "a radio show with": no verb agrees
    return _singular_modifiee(nxt) or _past_verb(nxt)


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


def _s_verb_lemma(low: str) -> str | None:
    """The base form of ``low`` read as a verb in -s ("calls" -> "call"), or None."""
    if len(low) < 4 or low[-1] != "s" or low.endswith(("ss", "us", "is")) or low == "news":
        return None
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(_ES_STEMS):
        return low[:-2]
    return low[:-1]


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
    return any(low.endswith(suffix) and len(low) - len(suffix) >= 2 for suffix in suffixes)


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
                           "apply", "extend", "serve", "seem", "coincide", "amount"})


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


def _base_verb_use(inf: _Info, prev: _Info, prev2_low: str, nxt: _Info | None) -> bool:
    """Whether an unlisted lower-case word is a base-form verb from the words before it.

    After a lower-case modal ("would impose", "can't speak"; not "Will voters
    ...?"), a negation or adverb after a modal or "do" ("did not choose", "will
    forever define"), a subject pronoun or "who" ("they appear", "who support"),
    or after a plural noun before an object ("voters misunderstand the plan", "39 percent
    blame his", "people misunderstand Doe"; not a title before a name: "communications
    director Jo Doe"), or after "to" before any word but a punctuation mark or an auxiliary
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
                or nxt.namey and inf.low not in _TITLES_AND_ROLES) \
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


def _plural_noun_word(inf: _Info) -> bool:
    """Whether a lower-case word is a plural noun out of context ("voters", "people",
    "percent"; not "news"), one that can be the subject of a base-form verb."""
    return not inf.cap and (inf.low in _PLURAL_SUBJECTS or inf.upos == "NOUN"
                            and inf.low.endswith("s") and not inf.low.endswith("ss")
                            and inf.low != "news")


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
        or _existential_noun(inf, prev_upos, prev2_low) \
        or _compound_noun(inf, prev, prev_upos, prev2_low, nxt) \
        or _modified_head(inf, prev_upos, prev2_low) \
        or _plural_subject(inf, prev, prev_upos, prev_ner, nxt) \
        or _state_noun(inf, prev, prev_upos, prev2_low, prev_ner, nxt)


def _noun_as_verb(inf: _Info, prev: _Info, prev_upos: str, prev2: tuple[str, str],
                  prev_ner: str, nxt: _Info | None, subject_slot: bool) -> str | None:
    """The lemma of a word tagged NOUN out of context that its neighbours make a verb;
    ``prev2`` is the (lower-case text, upos) of the word before ``prev``, ``subject_slot``
    whether the word stands between a subject and an object (:func:`_subject_verb_slot`)."""
    if _s_verb_lemma(inf.low) is not None:
        return _verb_use(inf, prev, prev_upos, prev_ner, prev2, nxt, subject_slot)
    return inf.low if _base_verb_use(inf, prev, prev2[0], nxt) else None


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


#: Nationality nouns that are given names too: before one capitalised word they open a
#: person's name ("Scot Ross", "Brit Hume"), not a nationality ("the Scot said").
_GIVEN_DEMONYMS = frozenset({"scot", "brit"})
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
        rows = []
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
            elif upos in _NOUNISH:
                s_lemma = _s_verb_lemma(low) if inf.cap and upos == "NOUN" else None
                if s_lemma in _VERB_LEMMAS and k and not initial[k] and tag_row[k - 1].endswith(
                        ("S-PERSON", "E-PERSON")):
                    upos, lemma = "VERB", s_lemma or lemma  # "Jane Doe Calls X ‘...’"
                elif headline and inf.cap and prev_low in _SINGULAR_SUBJ_PRON \
                        and _s_verb_lemma(low):
                    upos, lemma = "VERB", _s_verb_lemma(low) or lemma  # "Critics Say It
                    #                                                    Proves Mayor Lied"
                elif headline and inf.cap and prev_upos == "PRON" and prev_low in _BASE_SUBJECTS \
                        and low in _VERB_LEMMAS:
                    upos, lemma = "VERB", low    # "Critics Say They Want Vote"
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
                    elif low in _FILED_NOUNS and prev_upos in _BEFORE_FILING and any(
                            inf_row[x].upos == "DET" or inf_row[x].low in _PRE_POSS
                            for x in range(max(0, k - 4), k)) and (
                            nxt is None or nxt.upos not in _FILING_OBJECTS or nxt.low == "that"):
                        upos = "NOUN"        # "said in a regulatory filing that", "a court
                        #                      filing on"; not "a lawyer filing the suit"
                    elif low == "lead" and nxt is not None and nxt.low in _LEAD_ROLES:
                        upos = "ADJ"         # "said lead author Jo Doe", "lead singer":
                        #                      "lead" leads no bare singular role
                    elif _verb_as_noun(inf, prev, prev_upos, prev2_low,
                                       tag_row[k - 1] if k else "O", nxt, low in report) \
                            and not _relative_clause_verb(inf_row, k, so_far) \
                            or prev_upos == "NOUN" and low[-1] == "s" \
                            and _object_phrase_before(inf_row, k, so_far) \
                            or prev_upos == "PROPN" and (_named_gerund_modifier(
                                inf_row, k, so_far, tag_row[k - 1])
                                or _named_event(inf_row, k, so_far, tag_row[k - 1])
                                or _named_outcome(inf_row, k, so_far, tag_row[k - 1])) \
                            or prev_upos == "NOUN" and _indefinite_compound(inf_row, k, so_far):
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
                                               slot)
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


#: Marks that open and close a nickname set inside a name, each with its closer.
_NICKNAME_MARKS = {'"': '"', "“": "”", "‘": "’", "'": "'"}
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


#: Vietnamese family names, and the middle names that follow them in a name of three or
#: four words written family name first ("Nguyen Van An", "Tran Thi Mai", "Pham Minh
#: Chinh"); both are needed, so "Le Monde" or "Do Van" alone open no name.
_VIET_FAMILY = frozenset({
    "nguyen", "nguyễn", "tran", "trần", "pham", "phạm", "hoang", "hoàng", "huynh", "huỳnh",
    "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ho", "hồ",
    "ngo", "ngô", "duong", "dương", "ly", "lý", "le", "lê", "truong", "trương", "dinh",
    "đinh", "doan", "đoàn", "luong", "lương", "trinh", "trịnh"})
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


#: Titles of British peers, whose seat follows the name after "of" ("Lord Hadley of
#: Brent", "Baroness Kemp of Ashby").
_PEER_TITLES = frozenset({"lord", "baroness", "baron", "viscount", "viscountess", "earl",
                          "countess"})


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
