"""Find quoted spans (not speakers) in cleaned news text.

:func:`find_quotes` scans the text once, paragraph by paragraph (any line
break ends a paragraph), and pairs quotation marks with a stack.  Whether a
mark opens or closes is decided from its neighbours, the way Markdown decides
emphasis: a mark with a space before it and text after it opens (``"We``), a
mark with text before it and a space or punctuation after it closes
(``won,"``).  Marks recognised:

* doubles: ``"`` ``“`` ``”`` ``„`` and the two-apostrophe ``''`` of
  NYT-style text (one two-character mark).  Any of them closes any other;
  ``„`` only opens.
* guillemets ``«»`` and ``»«`` and single guillemets ``‹›`` and ``›‹``.
* singles ``'`` ``‘`` ``’`` (``‚`` only opens).  Inside a double quote they
  can only nest: a single mark never ends a double quote.

Recovery rules (per paragraph, never an exception):

* An unclosed double or guillemet opener gives a span running to the
  paragraph end (trailing whitespace excluded) with ``close_mark=None``.  If
  the next non-blank paragraph starts with an opening mark, that span gets
  ``continued=True`` (the multi-paragraph quote convention).
* An unclosed *single* opener is dropped: single marks are too often
  apostrophes, so a single quote only counts when it pairs in its paragraph.
* Apostrophes never open or close: ``It's``, ``don't`` (between letters),
  ``'90s`` (two digits), ``'em``, ``'til``, ``rock 'n' roll`` and the like.
  A single mark after ``s`` or ``in`` followed by a space (``the Joneses'
  house``, ``goin' home``) only closes an open single quote if no better
  closer follows before the next opening mark.
* A stray double closer with no opener is ignored, except when it is the first
  quote mark of the paragraph and follows ``, . ? ! …`` or a dash
  (``We won,” he said.``): then the quote is recovered from the paragraph's
  first non-space character, with ``open_mark=""``.
* Straight ``"`` pair left to right: one always closes an open straight
  ``"``; an odd one out is an unclosed opener (above) or a stray closer.
* Curly marks the wrong way round still pair: ``”`` with a space before it
  and a letter after it opens, ``“`` with a letter before it and a space
  after it closes an open quote.  A doubled opener (``““``) counts once.
* Empty or whitespace-only quotes are skipped.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["QuoteSpan", "find_quotes", "is_double", "multi_paragraph_groups"]


@attrs.frozen
class QuoteSpan:
    """One quoted stretch of text, with its marks, as ``str`` offsets."""

    start: int
    end: int
    open_mark: str
    close_mark: str | None
    continued: bool = False
    depth: int = 0

    @property
    def content_start(self) -> int:
        """Index just after the opening mark."""
        return self.start + len(self.open_mark)

    @property
    def content_end(self) -> int:
        """Index of the closing mark (``end`` when unclosed)."""
        if self.close_mark is None:
            return self.end
        return self.end - len(self.close_mark)


_DOUBLE_MARKS = frozenset({'"', "“", "”", "„", "''", "«", "»"})


def is_double(mark: str) -> bool:
    """True for double quotation marks (``" “ ” „ « »`` and ``''``)."""
    return mark in _DOUBLE_MARKS


# Families: which openers a closer may close.
_EN = 0  # English-style doubles: " “ ” „ ''
_SQ = 1  # singles: ' ‘ ’ ‚
_GL = 2  # opened by «, closed by »
_GR = 3  # opened by », closed by «
_SL = 4  # opened by ‹, closed by ›
_SR = 5  # opened by ›, closed by ‹
_N_FAMILIES = 6

# Guillemet mark -> (family it opens, family it closes).
_GUILLEMETS = {"«": (_GL, _GR), "»": (_GR, _GL), "‹": (_SL, _SR), "›": (_SR, _SL)}
_SINGLES = frozenset("'‘’")
_DASHES = "-–—"
_RECOVER_AFTER = frozenset(",.?!…" + _DASHES)
_ELISIONS = frozenset(
    {"em", "til", "tis", "twas", "twere", "cause", "bout", "round", "nother", "cos", "n"}
)
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_TOKEN = re.compile("('{2,})|([\"'‘’‚“”„«»‹›])|([" + _LINE_BREAKS + "])")
_NON_SPACE = re.compile(r"\S")
_ALNUM = re.compile(r"[^\W_]")

# Flanking classes.
_OPEN = 1
_CLOSE = 2
_BOTH = 3  # neither or both: decided by the mark and the open quotes
_INTRAWORD = 4  # letter or digit on both sides


def _flank(text: str, i: int, j: int) -> int:
    """Classify the mark ``text[i:j]`` by its neighbours (line breaks are spaces)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    prev_word = prev.isalnum()
    next_word = nxt.isalnum()
    if prev_word and next_word:
        return _INTRAWORD
    can_open = not next_space and (next_word or not prev_word)
    can_close = not prev_space and (prev_word or not next_word)
    if can_open and not can_close:
        return _OPEN
    if can_close and not can_open:
        return _CLOSE
    return _BOTH


def _is_elision(text: str, j: int) -> bool:
    """True when a single mark ending at ``j`` starts '90s, 'em, 'n' and such."""
    n = len(text)
    if j + 1 < n and text[j].isdigit() and text[j + 1].isdigit():
        return j + 2 >= n or not text[j + 2].isdigit()
    k = j
    while k < n and k - j <= 6 and text[k].isalpha():
        k += 1
    if k == j or (k < n and text[k].isalpha()):
        return False
    return text[j:k].lower() in _ELISIONS


def _keeps_unclosed(mark: str) -> bool:
    """True for openers whose unclosed quotes are kept (all but ``' ‘ ’ ‚``)."""
    return mark not in _SINGLES and mark != "‚"


class _Paragraph:
    """Stack-based pairing state for one paragraph starting at ``lo``."""

    __slots__ = ("text", "lo", "stack", "fam", "strong", "pending", "spans", "seen")

    def __init__(self, text: str, lo: int) -> None:
        self.text = text
        self.lo = lo
        # Stack entries: (start, mark, family).
        self.stack: list[tuple[int, str, int]] = []
        self.fam: list[list[int]] = [[] for _ in range(_N_FAMILIES)]
        self.strong: list[int] = []  # stack indices of non-single openers
        self.pending = -1  # end of a tentative closer of the top single quote
        self.spans: list[QuoteSpan] = []
        self.seen = False  # a quote was opened, closed or recovered already

    def _emit(self, start: int, end: int, open_mark: str, close_mark: str | None) -> None:
        cs = start + len(open_mark)
        ce = end - len(close_mark) if close_mark is not None else end
        if cs < ce and _NON_SPACE.search(self.text, cs, ce):
            self.spans.append(QuoteSpan(start, end, open_mark, close_mark))

    def _pop(self) -> tuple[int, str, int]:
        entry = self.stack.pop()
        self.fam[entry[2]].pop()
        if entry[2] != _SQ:
            self.strong.pop()
        return entry

    def _resolve_pending(self) -> None:
        if self.pending >= 0:
            start, mark, _ = self._pop()
            self._emit(start, self.pending, mark, self.text[self.pending - 1])
            self.pending = -1

    def push(self, pos: int, mark: str, family: int) -> None:
        """Open a quote at ``pos``."""
        self._resolve_pending()
        stack = self.stack
        self.seen = True
        if family == _EN and stack and stack[-1][1] == mark and stack[-1][0] + len(mark) == pos:
            return  # a doubled opener such as ““ counts once
        self.fam[family].append(len(stack))
        if family != _SQ:
            self.strong.append(len(stack))
        stack.append((pos, mark, family))

    def close(self, index: int, end: int, mark: str) -> None:
        """Close stack entry ``index`` with ``mark`` ending at ``end``."""
        if self.pending >= 0:
            if index == len(self.stack) - 1:
                self.pending = -1  # a better closer for the tentative one
            else:
                self._resolve_pending()
        while len(self.stack) > index + 1:
            self._pop()  # unclosed quotes nested inside: dropped
        start, open_mark, _ = self._pop()
        self._emit(start, end, open_mark, mark)
        self.seen = True

    def open_single(self) -> int:
        """Stack index of the innermost single quote not inside a double, or -1."""
        singles = self.fam[_SQ]
        if not singles:
            return -1
        top = singles[-1]
        if self.strong and self.strong[-1] > top:
            return -1
        return top

    def double_closer(self, pos: int, end: int, mark: str) -> None:
        """Handle a double closing mark: close, recover or ignore it."""
        en = self.fam[_EN]
        if en:
            self.close(en[-1], end, mark)
            return
        if self.seen:
            return
        self.seen = True  # only the paragraph's first mark may recover
        text = self.text
        if pos <= self.lo or text[pos - 1] not in _RECOVER_AFTER:
            return
        m = _NON_SPACE.search(text, self.lo, pos)
        if m is not None and _ALNUM.search(text, m.start(), pos):
            self.spans.append(QuoteSpan(m.start(), end, "", mark))

    def single(self, pos: int, end: int, mark: str, flank: int) -> None:
        """Handle ``'``, ``‘`` or ``’``: open, close, or skip as an apostrophe."""
        if flank == _INTRAWORD:
            return
        text = self.text
        if flank == _OPEN:
            if not _is_elision(text, end):
                self.push(pos, mark, _SQ)
            return
        index = self.open_single()
        if index < 0:
            return
        if flank == _CLOSE:
            prev = text[pos - 1]
            before = text[pos - 2] if pos - 2 >= self.lo else " "
            if prev in "nN" and not before.isalpha():
                return  # rock 'n' roll
            if (end == len(text) or text[end].isspace()) and (
                prev in "sS" or (prev in "nN" and before in "iI")
            ):
                self.pending = end  # the Joneses' house: a later closer may win
                return
        self.close(index, end, mark)

    def finish(self, hi: int) -> list[QuoteSpan]:
        """End the paragraph at ``hi``; return its spans in order, with depths."""
        self._resolve_pending()
        if self.strong:
            text = self.text
            end = hi
            while end > self.lo and text[end - 1].isspace():
                end -= 1
            for index in self.strong:
                start, mark, _ = self.stack[index]
                self._emit(start, end, mark, None)
        spans = self.spans
        if len(spans) > 1:
            spans.sort(key=lambda s: (s.start, -s.end))
            ends: list[int] = []
            for k, span in enumerate(spans):
                while ends and ends[-1] <= span.start:
                    ends.pop()
                if ends:
                    spans[k] = attrs.evolve(span, depth=len(ends))
                ends.append(span.end)
        return spans

    def feed(self, m: re.Match[str]) -> None:
        """Pair one quote-mark token."""
        pos = m.start()
        run = m.group(1)
        if run is not None:
            self._apostrophe_run(pos, len(run))
            return
        mark = m.group(2)
        end = pos + 1
        text = self.text
        flank = _flank(text, pos, end)
        fam = self.fam
        if mark in _SINGLES:
            self.single(pos, end, mark, flank)
        elif mark == '"':
            self.straight_double(pos, end, mark, flank)
        elif mark == "“":
            en = fam[_EN]
            if flank == _CLOSE:
                if en:
                    self.close(en[-1], end, mark)  # wrong-way closer
            elif flank != _OPEN and en and self.stack[en[-1]][1] == "„":
                self.close(en[-1], end, mark)  # „…“
            else:
                self.push(pos, mark, _EN)
        elif mark == "”":
            if flank == _OPEN and not fam[_EN]:
                self.push(pos, mark, _EN)  # wrong-way opener
            else:
                self.double_closer(pos, end, mark)
        elif mark == "„" or mark == "‚":
            if flank != _CLOSE and flank != _INTRAWORD:
                self.push(pos, mark, _EN if mark == "„" else _SQ)
        else:  # guillemets
            opens, closes = _GUILLEMETS[mark]
            if flank != _OPEN and fam[closes]:
                self.close(fam[closes][-1], end, mark)
            elif flank != _CLOSE:
                self.push(pos, mark, opens)

    def straight_double(self, pos: int, end: int, mark: str, flank: int) -> None:
        """Handle ``"`` or ``''``: straight doubles pair left to right."""
        en = self.fam[_EN]
        if en:
            opener = self.stack[en[-1]][1]
            if flank == _OPEN and opener != '"' and opener != "''":
                self.push(pos, mark, _EN)  # straight quote nested in a curly one
            else:
                self.close(en[-1], end, mark)
        elif flank == _CLOSE:
            self.double_closer(pos, end, mark)
        else:
            self.push(pos, mark, _EN)

    def _apostrophe_run(self, pos: int, n: int) -> None:
        """Split a run of straight apostrophes into ``''`` doubles and one single."""
        text = self.text
        pairs, odd = divmod(n, 2)
        single_first = odd and pos > 0 and not text[pos - 1].isspace()
        i = pos
        if single_first:
            self.single(i, i + 1, "'", _flank(text, i, i + 1))
            i += 1
        for _ in range(pairs):
            self.straight_double(i, i + 2, "''", _flank(text, i, i + 2))
            i += 2
        if odd and not single_first:
            self.single(i, i + 1, "'", _flank(text, i, i + 1))


def find_quotes(text: str, *, nested: bool = False) -> list[QuoteSpan]:
    """Return the quoted spans of ``text`` in order (top level only unless ``nested``)."""
    result: list[QuoteSpan] = []
    candidate = -1  # index in result of an unclosed quote that may continue
    lo = 0
    para: _Paragraph | None = None
    for m in _TOKEN.finditer(text):
        if m.lastindex == 3:
            candidate = _finish(text, para, lo, m.start(), result, candidate)
            para = None
            lo = m.end()
        else:
            if para is None:
                para = _Paragraph(text, lo)
            para.feed(m)
    _finish(text, para, lo, len(text), result, candidate)
    if nested:
        return result
    return [s for s in result if s.depth == 0]


def _finish(
    text: str,
    para: _Paragraph | None,
    lo: int,
    hi: int,
    result: list[QuoteSpan],
    candidate: int,
) -> int:
    """Close paragraph ``[lo, hi)``, add its spans; return the continuation candidate."""
    spans = para.finish(hi) if para is not None else []
    if candidate >= 0:
        first = _NON_SPACE.search(text, lo, hi)
        if first is not None:  # the next non-blank paragraph
            head = spans[0] if spans else None
            if (
                head is not None
                and head.start == first.start()
                and head.open_mark
                and _keeps_unclosed(head.open_mark)
            ):
                result[candidate] = attrs.evolve(result[candidate], continued=True)
            candidate = -1
    if not spans:
        return candidate
    last_top = max(k for k, s in enumerate(spans) if s.depth == 0)
    tail = spans[last_top]
    candidate = len(result) + last_top if tail.close_mark is None else -1
    result.extend(spans)
    return candidate


def multi_paragraph_groups(spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    """Group spans into multi-paragraph chains linked by ``continued=True``."""
    groups: list[list[QuoteSpan]] = []
    chain: list[QuoteSpan] | None = None
    for span in spans:
        if span.depth > 0:
            groups.append([span])
            continue
        if chain is None:
            chain = []
            groups.append(chain)
        chain.append(span)
        if not span.continued:
            chain = None
    return groups
