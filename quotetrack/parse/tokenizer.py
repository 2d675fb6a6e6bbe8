"""Model-free annotator, part 1: the tokenizer and the sentence splitter.

:func:`tokenize` cuts cleaned article text into tokens with exact character offsets
(one compiled token regex); :func:`split_sentences` groups them into sentences.  Also
the annotator's shared types: ``Span``, ``Tok`` (start, end, text) and ``Row`` (one
word as :mod:`quotetrack.parse.rules` makes it).  It takes nothing from the other
parts (:mod:`quotetrack.parse.tags`, :mod:`quotetrack.parse.names`,
:mod:`quotetrack.parse.rules`), which take these types and the sentence lists
(``_sentences``, ``_MONTHS_DAYS``, ``_CLOSERS_ANY``) from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import lexicon as lx

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
    # honorifics of Indian, Pakistani, Nigerian and Gulf news ("Smt. Lakshmi Rao", "Ch. Imran
    # Ali", "Engr. Musa Bello", "Eng. Saeed Al Hammadi")
    "smt.", "shri.", "ch.", "engr.", "eng.",
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
    "smt.", "shri.", "ch.", "engr.", "eng.",
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
    w.capitalize() for w in lx.NOT_NAMES - lx.NAME_ADVERBS
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
        if run and (_runs_on(run[-1][2], toks[0][2]) or _frame_runs_on(run, toks[0][2])):
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


#: Verbs of posting whose colon leads in an embedded post a scraped page drops ("X
#: tweeted:"): the line after it is the writer's.
_POSTING_VERBS = frozenset({"tweet", "retweet", "post"})


def _frame_runs_on(run: Sequence[Tok], first: str) -> bool:
    """True when a line that ends in a reporting verb and a colon ("The governor
    added:") runs on into the next line, which starts with a capitalised word, not a
    quote: the block it sets off is what was said ("It's typical of her."); not a verb
    of posting (see :data:`_POSTING_VERBS`)."""
    if len(run) < 2 or run[-1][2] != ":" or not first[0].isupper():
        return False
    lemma = lx.REPORTING_VERB_FORMS.get(run[-2][2].lower())
    return lemma is not None and lemma not in _POSTING_VERBS


def split_sentences(text: str, tokens: Sequence[Span]) -> list[list[Span]]:
    """Group token offsets (as from :func:`tokenize`) into sentences.

    Splits after . ! ? ... (closing quotes and brackets stay in the sentence)
    before an upper-case letter, digit or opening quote; never after titles and
    initials; every line break ends a sentence, unless a lower-case word runs on past
    it (see :func:`_runs_on`) or a reporting verb's colon sets off the next line (see
    :func:`_frame_runs_on`).
    """
    out: list[list[Span]] = []
    line: list[Tok] = []
    breaks = _LINE_BREAKS
    prev_end = 0
    for s, e in tokens:
        if line and s > prev_end and not breaks.isdisjoint(text[prev_end:s]) and \
                not _runs_on(line[-1][2], text[s:e]) and not _frame_runs_on(line, text[s:e]):
            out.extend([(a, b) for a, b, _ in line[x:y]] for x, y in _split_line(line))
            line = []
        line.append((s, e, text[s:e]))
        prev_end = e
    if line:
        out.extend([(a, b) for a, b, _ in line[x:y]] for x, y in _split_line(line))
    return out
