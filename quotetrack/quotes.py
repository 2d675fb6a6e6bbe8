"""Find quoted spans (not speakers) in cleaned news text.

:func:`find_quotes` scans the text once, paragraph by paragraph (any line
break ends a paragraph), and pairs quotation marks with a stack.  Whether a
mark opens or closes is decided from its neighbours, the way Markdown decides
emphasis: a mark with a space before it and text after it opens (``"We``), a
mark with text before it and a space or punctuation after it closes
(``won,"``).  Marks recognised:

* doubles: ``"`` ``“`` ``”`` ``„`` and the two-apostrophe ``''`` of
  NYT-style text (one two-character mark); a doubled ``‘‘`` or two
  backticks act as ``“``, a doubled ``’’`` as ``”``, and a doubled ``""`` that
  can only open or only close, next to a word (``""A,"" he said``: text escaped
  as in CSV) as ``"``.  Any of them closes any other; ``„`` only opens.
* guillemets ``«»`` and ``»«`` and single guillemets ``‹›`` and ``›‹``.
* singles ``'`` ``‘`` ``’`` (``‚`` only opens).  Inside a double quote they
  can only nest: a single mark never ends a double quote.

Recovery rules (per paragraph, never an exception):

* An unclosed double or guillemet opener gives a span running to the
  paragraph end (trailing whitespace excluded) with ``close_mark=None``.  If
  the next non-blank paragraph starts with an opening mark, that span gets
  ``continued=True`` (the multi-paragraph quote convention).  But when it is
  the paragraph's only unclosed double and a single mark closes a sentence
  in it with more words after it (``“Let’s go.’ Doe said``), that mark is
  its mistyped closer.  And when a clause in it ends with ``, ? !`` before a speech
  frame (``"We won, he said. …``, ``“Is it fair? asked Jane Doe, …``), the quote lost
  its closing mark: it ends after that ``, ? !`` with ``close_mark=""`` and does not
  continue.  A straight ``"`` opening the next sentence (``"A, Doe said. "B."``) ends
  such a quote at its frame too.
* An unclosed *single* opener is dropped: single marks are too often
  apostrophes, so a single quote only counts when it pairs in its paragraph.
* Apostrophes never open or close: ``It's``, ``don't`` (between letters),
  ``'90s`` (two digits), ``'em``, ``'til``, ``rock 'n' roll`` and the like.
  A single mark after ``s`` or ``in`` followed by a space (``the Joneses'
  house``, ``goin' home``) only closes an open single quote if no better
  closer follows before the next opening mark.
* A stray double closer with no opener is ignored, except when it is the first
  quote mark of the paragraph, follows ``, . ? ! …`` or a dash, and more text
  follows it in the paragraph (``We won,” he said.``): then the quote is
  recovered from the paragraph's first non-space character, with
  ``open_mark=""``; but when the next double mark in the paragraph can only
  close, this one opens the wrong way round (``He says,” we … heard.”``).
  (A closer ending its paragraph is more often the tail of a quote that a
  stray line break cut in two, so it is ignored.)  But after a speech lead-in
  (``she added, the plan failed.”``: a reporting verb, then ``,`` or ``:``) the
  quote starts after the last lead-in, at the paragraph end too.  A paragraph
  that opens with a transcript label (``Q:``, ``A:``, ``MR. DOE:``) is a turn,
  not a quote: its stray closer recovers only after a lead-in, or after the
  label when a frame follows it (``UPDATE: We will appeal,” the mayor said.``).
* A double mark after feet and inches (``6’2”``, ``5'10"``) is the inch sign,
  neither opening nor closing.
* Straight ``"`` pair left to right: one always closes an open straight
  ``"``; an odd one out is an unclosed opener (above) or a stray closer.  But a
  ``"`` with a space before it and a word after it, inside an open straight quote,
  opens a nested quote when the next two double marks can only close (``"If he
  says, "I want ten," be wary."``), and one after the comma that ends a speech
  frame (``"A, she said, "b."``) ends the open quote at its frame and opens anew.
* Curly marks the wrong way round still pair: ``”`` with a space before it
  and a letter after it opens (so does one that opens its paragraph with a
  space after it: ``” … and so on,” she said``), ``“`` with a letter before it and a space
  after it closes an open quote.  A doubled opener (``““``) opens one quote
  (the span starts at the first mark; the second is left in the content).
* A quote nested in another one that is still open when the outer one closes
  is dropped (``“He said ‘no” …`` gives one span).  Unclosed nested doubles
  at the paragraph end are kept, ending there too.
* A paragraph with no quote marks that opens with a dash (``– — ―``) and a capital is a
  quote when a speech frame follows its clause, the European convention some papers keep
  (``– It is a disgrace, said Mary Healy.``): the dash is its ``open_mark`` and it ends
  after the clause's comma with ``close_mark=""``, as a quote that lost its closing mark.
  A dash before no frame (``— Staff report``, a list item) opens nothing.
* Empty or whitespace-only quotes are skipped.

``nested=True`` also returns the quotes inside other quotes, with ``depth``
counting the quotes around them.  Offsets are ``str`` indices; ``open_mark``
and ``close_mark`` are the mark text itself (two characters for ``''``), ``""`` for a
mark that is missing (a recovered opener, a quote ended at its frame).
"""

from __future__ import annotations

import re

import attrs

from .lexicon import INVERTING_VERBS, REPORTING_VERB_FORMS

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


_DOUBLE_MARKS = frozenset({'"', '""', "“", "”", "„", "''", "‘‘", "’’", "``", "«", "»"})
#: Straight double marks: ``"``, NYT-style ``''`` and the doubled ``""`` of escaped text.
_STRAIGHT_DOUBLES = frozenset({'"', "''", '""'})


def is_double(mark: str) -> bool:
    """True for double quotation marks (``" “ ” „ « »``, ``''``, ``""``, ``‘‘ ’’``, two
    backticks)."""
    return mark in _DOUBLE_MARKS


# Families: which openers a closer may close.
_EN = 0  # English-style doubles: " “ ” „ '' ‘‘ ’’ and two backticks
_SQ = 1  # singles: ' ‘ ’ ‚
_GL = 2  # opened by «, closed by »
_GR = 3  # opened by », closed by «
_SL = 4  # opened by ‹, closed by ›
_SR = 5  # opened by ›, closed by ‹

# Guillemet mark -> (family it opens, family it closes).
_GUILLEMETS = {"«": (_GL, _GR), "»": (_GR, _GL), "‹": (_SL, _SR), "›": (_SR, _SL)}
_SINGLES = frozenset("'‘’")
_RECOVER_AFTER = frozenset(",.?!…-–—")
_POSSESSIVE_STOPS = frozenset(",.?!")
_SINGLE_CLOSERS = frozenset("'’")
_ELISIONS = frozenset(
    {"em", "til", "tis", "twas", "twere", "cause", "bout", "round", "nother", "cos", "n"}
)
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_TOKEN = re.compile("[\"'`‘’‚“”„«»‹›" + _LINE_BREAKS + "]")
_NON_SPACE = re.compile(r"\S")
_NEXT_DOUBLE = re.compile("[\"“”„«»" + _LINE_BREAKS + "]|''|’’")
#: A single closing mark after a sentence's end with more words after it on the line: the
#: end of an unclosed double quote mistyped with a single mark ("“Let’s go.’ Doe said").
_MISTYPED_CLOSER = re.compile(r"[.?!…][’'](?=[^\S" + _LINE_BREAKS + r"]+\S)")
#: The finite forms of the verbs that frame a quote ("said", "says", "told", "asked").
_FRAME_VERBS = "|".join(sorted(
    {form for form, lemma in REPORTING_VERB_FORMS.items()
     if (lemma in INVERTING_VERBS or lemma == "tell") and form != lemma
     and not form.endswith(("ing", "en"))}, key=len, reverse=True))
_FRAME_SUBJECT = (r"(?:he|she|they|we|I|(?:the|a|an|his|her|their|its)(?:\s+[\w’'-]+){1,3}?"
                  r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")
#: An apposition set off after the subject (", a driver," ", Rhys Vane,").
_FRAME_APPOSITION = r"(?:,\s+(?:(?:a|an|the|his|her|their|its)\s|[A-Z])[^,.;:!?\"“”\n]{1,60},)?"
#: Role words before the name after an inverted frame ("said librarian Jo Doe", "said
#: council leader Jo Doe"); not words of a clause ("said nothing about Brexit").
_FRAME_ROLE = (r"(?:(?!(?:nothing|about|it|that|this|so|no|not|to|of|in|on|at|for|and|but|"
               r"he|she|they|we|the|a|an|his|her|their|its)\b)[a-z][\w’'-]*\s+){0,2}?")
#: A speech frame right after a clause of an unclosed double quote, as an unclosed quote
#: that lost its closing mark reads (", he said." ", said Jane Doe, ..." ", Doe told
#: reporters on Monday.", ", Doe, a driver, said of the plan.", ", said librarian Jo Doe."):
#: the quote ends before
#: it.  The frame ends its sentence, or a comma or a word of time, place or topic follows
#: it ("he said no and left" is no frame).
_FRAME_AFTER_UNCLOSED = re.compile(
    r"[,?!](?=[^\S" + _LINE_BREAKS + r"]+(?:" + _FRAME_SUBJECT + _FRAME_APPOSITION
    + r"\s+(?:(?:told|tells|asked)"
    r"\s+(?:me|us|him|her|them|reporters|journalists|the\s+[\w’'-]+|[A-Z][\w’'-]+)|"
    + _FRAME_VERBS + r")|(?:" + _FRAME_VERBS + r")\s+" + _FRAME_ROLE + _FRAME_SUBJECT
    + r")(?:\s*(?:[.,;:!?]|$)|\s+(?:on|in|at|during|after|before|when|while|as|last|this|"
    r"yesterday|today|tonight|earlier|later|recently|outside|of|about|with)\b))")
#: A speech lead-in before the words of a quote that lost its opening mark ("she added, the
#: plan is a failure.”"): a finite reporting verb, or ``say tell ask write``, then ``,`` or ``:``.
_LEAD_IN = re.compile(r"\b(?:" + _FRAME_VERBS + r"|say|tell|ask|write)[,:][^\S" + _LINE_BREAKS
                      + r"]+(?=[^\W_])")
#: A speaker or section label opening a paragraph ("Q:", "A:", "MR. DOE:", "UPDATE:"): the
#: paragraph is a turn, not a quote that lost its opening mark.  Looser than the pipeline's
#: transcript labels (``transcripts.TURN_LABEL``, which name who speaks): here a label only
#: keeps a stray closer from swallowing it.
_PARAGRAPH_LABEL = re.compile(r"[^\S" + _LINE_BREAKS
                         + r"]*(?:[QA]|[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}):\s")
#: A dash opening a paragraph before a capital: the quote mark of the European convention
#: some Irish, Scandinavian and translated papers keep ("– It is a disgrace, said Mary
#: Healy."), a quote when a speech frame follows its clause (see :meth:`_Scanner.dash_quote`).
_DASH_OPENER = re.compile(r"[^\S" + _LINE_BREAKS + r"]*([–—―])[^\S" + _LINE_BREAKS
                          + r"]*(?=[A-Z])")
#: The stretch of a frame after a dash-opened quote, to its first stop.
_FRAME_STRETCH = re.compile(r"[^,.;:!?" + _LINE_BREAKS + r"]*")
#: Words of a clause's own verb, which no frame "said Jane Doe" / "the lawyer said" holds:
#: ", said the plan was bad" is a sentence, not a frame.
_CLAUSE_VERB_WORDS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will",
                                "would", "can", "could", "should", "may", "might", "must",
                                "does", "did", "do"})
#: Feet and inches before a double mark ("6’2”", "5'10\""): the mark is the inch sign.
_INCHES = re.compile(r"\d[’']\d{1,2}\Z")
_SENTENCE_END = re.compile(r"[.?!;:\"“”]")
_INLINE_SPACE = re.compile(r"[^\S" + _LINE_BREAKS + "]*")
_ALNUM = re.compile(r"[^\W_]")

# Character kinds, and how a mark flanked by two kinds may act.
_SPACE, _WORD, _PUNCT = 0, 1, 2
_OPEN, _CLOSE, _BOTH, _INTRAWORD = 1, 2, 3, 4  # _BOTH: both or neither


def _kind_of(c: str) -> int:
    """Whether ``c`` is a space (line breaks included), a letter or digit, or punctuation."""
    return _SPACE if c.isspace() else _WORD if c.isalnum() else _PUNCT


_LINE_BREAK_SET = frozenset(_LINE_BREAKS)
_KIND = {chr(i): _kind_of(chr(i)) for i in range(0x2100)}


def _flank_of(prev: int, nxt: int) -> int:
    """Whether a mark between characters of kinds ``prev`` and ``nxt`` opens, closes or either."""
    if prev == _WORD and nxt == _WORD:
        return _INTRAWORD
    can_open = nxt != _SPACE and (nxt == _WORD or prev != _WORD)
    can_close = prev != _SPACE and (prev == _WORD or nxt != _WORD)
    if can_open != can_close:
        return _OPEN if can_open else _CLOSE
    return _BOTH


_FLANK = [_flank_of(p, n) for p in range(3) for n in range(3)]


def _keeps_unclosed(mark: str) -> bool:
    """True for openers whose unclosed quotes are kept (all but ``' ‘ ’ ‚``)."""
    return mark not in _SINGLES and mark != "‚"


class _Scanner:
    """Single-pass pairing state: a stack of open quotes for the current paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.lo = 0  # start of the current paragraph
        self.active = False  # the paragraph has quote marks
        self.stack: list[tuple[int, str, int]] = []  # (start, mark, family)
        self.fam: list[list[int]] = [[] for _ in range(6)]  # stack indices per family
        self.strong: list[int] = []  # stack indices of non-single openers
        self.pending = -1  # end of a tentative closer of the top single quote
        self.spans: list[tuple[int, int, str, str | None]] = []  # (start, end, marks)
        self.seen = False  # a quote was opened, closed or recovered already
        self.skip = 0  # marks before this index were consumed already
        self.result: list[QuoteSpan] = []
        self.cand = -1  # index in result of an unclosed quote that may continue
        self.cand_raw: tuple[int, int, str, str | None, int] = (0, 0, "", None, 0)
        # an article that marks anything with double quote marks keeps its quotes in them:
        # its dash-opened paragraphs are list items ("— Unemployment fell, the report
        # said."), not the dash convention's quotes (see :meth:`dash_quote`)
        self.dash_quotes = not any(mark in text for mark in _DOUBLE_MARKS)

    # -- stack operations -------------------------------------------------

    def _emit(self, start: int, end: int, open_mark: str, close_mark: str | None) -> None:
        cs = start + len(open_mark)
        ce = end - len(close_mark) if close_mark is not None else end
        if cs < ce and _NON_SPACE.search(self.text, cs, ce):
            self.spans.append((start, end, open_mark, close_mark))

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
        if self.pending >= 0:
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

    # -- marks ------------------------------------------------------------

    def flank(self, i: int, j: int) -> int:
        """How the mark ``text[i:j]`` may act, judged from its neighbours."""
        text = self.text
        if i > 0:
            c = text[i - 1]
            prev = _KIND.get(c)
            if prev is None:
                prev = _kind_of(c)
        else:
            prev = _SPACE
        if j < self.n:
            c = text[j]
            nxt = _KIND.get(c)
            if nxt is None:
                nxt = _kind_of(c)
        else:
            nxt = _SPACE
        return _FLANK[prev * 3 + nxt]

    def mark(self, pos: int, c: str) -> None:
        """Pair the quote mark ``c`` found at ``pos``."""
        text = self.text
        self.active = True
        if c == "'" and pos + 1 < self.n and text[pos + 1] == "'":
            k = pos + 2
            while k < self.n and text[k] == "'":
                k += 1
            self.skip = k
            self.apostrophe_run(pos, k - pos)
            return
        end = pos + 1
        before = text[pos - 1] if pos > 0 else " "
        prev = _KIND.get(before)
        if prev is None:
            prev = _kind_of(before)
        after = text[end] if end < self.n else " "
        nxt = _KIND.get(after)
        if nxt is None:
            nxt = _kind_of(after)
        flank = _FLANK[prev * 3 + nxt]  # inlined self.flank(pos, end): this is the hot path
        fam = self.fam
        if c in _SINGLES:
            if after == c and c != "'":
                self.skip = end + 1
                self.doubled(pos, c)
            else:
                self.single(pos, end, c, flank)
        elif c == '"':
            if prev == _WORD and before.isdigit() and self.inch_sign(pos):
                return  # 5'10" tall
            if after == c and text[end + 1:end + 2] != c and self.escaped_pair(pos):
                two = self.flank(pos, end + 1)
                if two == _OPEN or two == _CLOSE:  # '""A,"" he said': escaped text
                    self.skip = end + 1
                    self.straight_double(pos, end + 1, c + c, two)
                    return
            self.straight_double(pos, end, c, flank)
        elif c == "“":
            self.curly_opener(pos, end, c, flank)
        elif c == "”":
            if prev == _WORD and before.isdigit() and self.inch_sign(pos):
                return  # he’s 6’2”
            self.curly_closer(pos, end, c, flank)
        elif c == "`":
            if after == c and text[end + 1:end + 2] != c and text[pos - 1:pos] != c:
                self.skip = end + 1
                self.doubled(pos, c)  # exactly two: a run of three is a code fence
        elif c == "„" or c == "‚":
            if flank != _CLOSE and flank != _INTRAWORD:
                self.push(pos, c, _EN if c == "„" else _SQ)
        else:  # guillemets
            opens, closes = _GUILLEMETS[c]
            if fam[closes] and (flank != _OPEN or self.spaced_closer(pos, fam[closes][-1])):
                self.close(fam[closes][-1], end, c)
            elif flank != _CLOSE:
                self.push(pos, c, opens)

    def inch_sign(self, pos: int) -> bool:
        """True for a double mark at ``pos`` that ends feet and inches (``6’2”``, ``5'10"``):
        an inch sign, neither opening nor closing a quote."""
        return _INCHES.search(self.text, max(self.lo, pos - 5), pos) is not None

    def spaced_closer(self, pos: int, index: int) -> bool:
        """True for a guillemet at ``pos`` after a space that closes the open one at stack
        ``index`` when that one has a space after it: French typography spaces both marks
        off their words ("« A », dit-il")."""
        text = self.text
        start = self.stack[index][0]
        return _KIND.get(text[pos - 1]) == _SPACE and start + 1 < pos - 1 and \
            text[start + 1].isspace() and not text[pos - 2].isspace()

    def escaped_pair(self, pos: int) -> bool:
        """True for a ``""`` at ``pos`` with a letter or digit after it, or one before it
        or a sentence's ``, . ? !``: a straight mark doubled as escaped text doubles it."""
        text = self.text
        return text[pos + 2:pos + 3].isalnum() or pos > 0 and (
            text[pos - 1].isalnum() or text[pos - 1] in ",.?!")

    def curly_opener(self, pos: int, end: int, mark: str, flank: int) -> None:
        """Handle ``“`` (or ``‘‘``, two backticks): open, or close the wrong way round."""
        en = self.fam[_EN]
        if flank == _CLOSE:
            if en:
                self.close(en[-1], end, mark)  # wrong-way closer
        elif flank != _OPEN and en and self.stack[en[-1]][1] == "„":
            self.close(en[-1], end, mark)  # „…“
        else:
            self.push(pos, mark, _EN)

    def curly_closer(self, pos: int, end: int, mark: str, flank: int) -> None:
        """Handle ``”`` (or ``’’``): close, or open the wrong way round."""
        if not self.fam[_EN] and (flank == _OPEN or flank == _BOTH and self.opens_paragraph(pos)):
            self.push(pos, mark, _EN)  # wrong-way opener
        else:
            self.double_closer(pos, end, mark)

    def doubled(self, pos: int, c: str) -> None:
        """Handle a doubled ``‘‘``, ``’’`` or two backticks: one double mark."""
        end = pos + 2
        if c == "’":
            self.curly_closer(pos, end, c + c, self.flank(pos, end))
        else:
            self.curly_opener(pos, end, c + c, self.flank(pos, end))

    def opens_paragraph(self, pos: int) -> bool:
        """True when only spaces stand between the paragraph start and ``pos``."""
        return _NON_SPACE.search(self.text, self.lo, pos) is None

    def double_closer(self, pos: int, end: int, mark: str) -> None:
        """Handle a double closing mark: close, recover from the paragraph start, or ignore."""
        en = self.fam[_EN]
        if en:
            self.close(en[-1], end, mark)
            return
        if self.seen:
            return
        self.seen = True  # only the paragraph's first quote mark may recover
        text = self.text
        if pos <= self.lo or text[pos - 1] not in _RECOVER_AFTER:
            return
        after = _INLINE_SPACE.match(text, end).end()  # type: ignore[union-attr]  # matches ''
        line_end = after == self.n or text[after].isspace()
        if not line_end and self.closer_follows(after):
            self.push(pos, mark, _EN)  # 'He says,” there are ... listened to.”': wrong way round
            return
        start = -1
        label = None if line_end else _PARAGRAPH_LABEL.match(text, self.lo, pos)
        if line_end or label is not None:
            # 'she added, the plan is a failure.”' ends its paragraph, and 'A: I am surprised.
            # … my folks say, we lost.” When I …' is a transcript turn: the quote that lost its
            # opening mark starts after the last lead-in, or there is none
            for lead in _LEAD_IN.finditer(text, self.lo, pos):
                start = lead.end()
            if start < 0 and label is not None and (text[pos - 1] == "," or
                                                    text[after].islower()):
                # 'UPDATE: We will appeal,” the mayor said.': a framed quote after a label
                m = _NON_SPACE.search(text, label.end(), pos)
                start = -1 if m is None else m.start()
            if start < 0:
                return
        else:
            m = _NON_SPACE.search(text, self.lo, pos)
            if m is None:
                return
            start = m.start()
        if _ALNUM.search(text, start, pos):
            self.spans.append((start, end, "", mark))

    def closer_follows(self, i: int, count: int = 1) -> bool:
        """True when the next double mark from ``i`` in the paragraph (each of the next
        ``count`` ones) can only close."""
        text = self.text
        for _ in range(count):
            m = _NEXT_DOUBLE.search(text, i)
            if m is None or m.group() in _LINE_BREAK_SET:
                return False
            if self.flank(m.start(), m.end()) != _CLOSE:
                return False
            i = m.end()
        return True

    def closer_dropped(self, pos: int, end: int, index: int) -> bool:
        """True for a straight double mark at ``pos`` that opens a sentence after one ended
        ('... said at a briefing. "The ...'), or opens after the comma ending a speech frame
        that follows a clause of the open quote ('"We need jobs, she said, "and roads."'), and
        whose next mark in the paragraph can only close: the quote open before it (stack
        entry ``index``) lost its closing mark in scraping."""
        text = self.text
        if pos - 2 < self.lo or text[pos - 1] != " ":
            return False
        p = text[pos - 2]
        if p in ".?!":
            return text[end:end + 1].isupper() and self.closer_follows(end)
        if p != ",":
            return False
        start, mark, _ = self.stack[index]
        frame = self.frame_after(start + len(mark), pos - 1)
        return frame >= 0 and _SENTENCE_END.search(text, frame, pos - 2) is None and \
            self.closer_follows(end)

    def straight_double(self, pos: int, end: int, mark: str, flank: int) -> None:
        """Handle ``"`` or ``''``: straight doubles pair left to right."""
        en = self.fam[_EN]
        if en:
            opener = self.stack[en[-1]][1]
            if flank == _OPEN and opener not in _STRAIGHT_DOUBLES:
                self.push(pos, mark, _EN)  # a straight quote nested in a curly one
            elif flank == _OPEN and self.closer_dropped(pos, end, en[-1]):
                # '"A, Doe said. "B."': the first quote lost its closing mark; the second
                # opens a quote of its own, and the first is dropped
                lost = en[-1]
                start, lost_mark, _ = self.stack[lost]
                frame = self.frame_after(start + len(lost_mark), pos)
                while len(self.stack) > lost:
                    self._pop()
                if frame >= 0:
                    self._emit(start, frame, lost_mark, "")  # '"A, Doe said. "B."'
                self.push(pos, mark, _EN)
            elif flank == _OPEN and self.text[pos - 1] == " " and self.closer_follows(end, 2):
                # '"If he says, "I want ten," be wary."': a straight quote nested in one,
                # as the two closers that follow it show
                self.push(pos, mark, _EN)
            else:
                self.close(en[-1], end, mark)
        elif flank == _CLOSE:
            self.double_closer(pos, end, mark)
        else:
            self.push(pos, mark, _EN)

    def single(self, pos: int, end: int, mark: str, flank: int) -> None:
        """Handle ``'``, ``‘`` or ``’``: open, close, or skip as an apostrophe."""
        if flank == _INTRAWORD:
            return  # it's, don't
        text = self.text
        if flank == _OPEN:
            if not self.elision(end):
                self.push(pos, mark, _SQ)
            return
        index = self.open_single()
        if index < 0:
            return  # the Joneses' house, or a single mark trying to end a double
        if flank == _CLOSE:
            prev = text[pos - 1]
            before = text[pos - 2] if pos - 2 >= self.lo else " "
            if prev in "nN" and not before.isalpha():
                return  # rock 'n' roll
            if (end == self.n or text[end].isspace()) and (
                prev in "sS" or (prev in "nN" and before in "iI")
            ):
                self.pending = end  # voters' or goin': a later closer may win
                return
            if prev in "sS" and text[end:end + 1] in _POSSESSIVE_STOPS and \
                    text[end + 1:end + 2] in _SINGLE_CLOSERS:
                # "'... not the bosses',' said Doe": a plural possessive ends the British
                # quote, and the mark after its comma closes it
                return
        self.close(index, end, mark)

    def elision(self, j: int) -> bool:
        """True when a single mark ending at ``j`` starts '90s, 'em, 'n' and such."""
        text, n = self.text, self.n
        if j + 1 < n and text[j].isdigit() and text[j + 1].isdigit():
            return j + 2 >= n or not text[j + 2].isdigit()
        k = j
        while k < n and k - j <= 6 and text[k].isalpha():
            k += 1
        if k == j or (k < n and text[k].isalpha()):
            return False
        return text[j:k].lower() in _ELISIONS

    def apostrophe_run(self, pos: int, n: int) -> None:
        """Split a run of straight apostrophes into ``''`` doubles and one single."""
        pairs, odd = divmod(n, 2)
        single_first = odd and pos > 0 and not self.text[pos - 1].isspace()
        i = pos
        if single_first:
            self.single(i, i + 1, "'", self.flank(i, i + 1))
            i += 1
        for _ in range(pairs):
            self.straight_double(i, i + 2, "''", self.flank(i, i + 2))
            i += 2
        if odd and not single_first:
            self.single(i, i + 1, "'", self.flank(i, i + 1))

    # -- paragraphs -------------------------------------------------------

    def _paragraph_spans(self, hi: int) -> list[tuple[int, int, str, str | None, int]]:
        """Close what is still open; return the paragraph's spans with depths."""
        self._resolve_pending()
        if self.strong:
            text = self.text
            end = hi
            while end > self.lo and text[end - 1].isspace():
                end -= 1
            lone = len(self.strong) == 1
            for index in self.strong:
                start, mark, family = self.stack[index]
                closer = frame = -1
                if lone and family == _EN:
                    closer = self.mistyped_closer(start + len(mark), end)
                    frame = self.frame_after(start + len(mark), end if closer < 0 else closer)
                    # a cut never falls inside a quote that opened after this one and closed
                    # ('"“, he said,"': the curly quote closed; the straight one holds it)
                    if closer >= 0 and self._straddled(start, closer):
                        closer = -1
                    if frame >= 0 and self._straddled(start, frame):
                        frame = -1
                if frame >= 0:
                    self._emit(start, frame, mark, "")
                elif closer >= 0:
                    self._emit(start, closer, mark, text[closer - 1])
                else:
                    self._emit(start, end, mark, None)
        elif self.fam[_SQ] and self._single_continues(hi):
            # British style: "‘A.\n\n‘B.’": the single quote goes on in the next paragraph
            start, mark, _ = self.stack[self.fam[_SQ][0]]
            end = hi
            while end > self.lo and self.text[end - 1].isspace():
                end -= 1
            self._emit(start, end, mark, None)
        spans = self.spans
        if len(spans) > 1:
            spans.sort(key=lambda s: (s[0], -s[1]))
        out = []
        ends: list[int] = []
        for start, end, om, cm in spans:
            while ends and ends[-1] <= start:
                ends.pop()
            out.append((start, end, om, cm, len(ends)))
            ends.append(end)
        return out

    def _straddled(self, start: int, cut: int) -> bool:
        """True when a span found after the opener at ``start`` opens before ``cut`` and
        closes after it: the opener's quote cannot end there."""
        return any(start < a < cut < b for a, b, _, _ in self.spans)

    def _single_continues(self, hi: int) -> bool:
        """True when the next non-blank paragraph after ``hi`` opens with a single quote
        mark before a word, as a quote that goes on there does."""
        nxt = _NON_SPACE.search(self.text, hi)
        if nxt is None:
            return False
        k = nxt.start()
        return self.text[k] in ("'", "‘") and k + 1 < self.n and self.text[k + 1].isalnum()

    def mistyped_closer(self, lo: int, hi: int) -> int:
        """The end of the first single mark in ``[lo, hi)`` that closes a sentence and no
        single quote ("“We won.’ Doe said"), or -1: the closer of a lone unclosed double."""
        ends: set[int] | None = None  # ends of the single quotes nested in it
        for m in _MISTYPED_CLOSER.finditer(self.text, lo, hi):
            if ends is None:
                ends = {s[1] for s in self.spans}
            if m.end() not in ends:
                return m.end()
        return -1

    def frame_after(self, lo: int, hi: int) -> int:
        """The end of the clause in ``[lo, hi)`` that a speech frame follows ("A, he said."),
        or -1: where an unclosed double quote that lost its closing mark ends."""
        m = _FRAME_AFTER_UNCLOSED.search(self.text, lo, hi)
        return -1 if m is None else m.end()

    def dash_quote(self, hi: int) -> list[tuple[int, int, str, str | None, int]]:
        """The quote of a paragraph ``[lo, hi)`` without quote marks that opens with a dash
        and a capital and whose clause a speech frame follows ("– It is a disgrace, said
        Mary Healy." "— We will appeal, the lawyer said."): the dash is its opening mark,
        and it ends after the clause's comma, as a quote that lost its closing mark does.
        A dash before no frame is left alone (a byline "— Staff report", a list's item
        "— Lower taxes.", a subheading "– Old hands –"), and so is a dash line that signs
        a name or holds a sentence ("— Maria Lopez, the mayor, said the plan was bad."),
        and every dash of an article with double quote marks, whose quotes are in them
        ("— Unemployment fell, the report said." is a list's item there)."""
        m = _DASH_OPENER.match(self.text, self.lo, hi) if self.dash_quotes else None
        if m is None:
            return []
        frame = self.frame_after(m.end(), hi)
        if frame < 0:
            return []
        said = self.text[m.end():frame - 1].split()
        if len(said) >= 2 and all(w[:1].isupper() for w in said):
            return []  # "— Maria Lopez, the mayor, said.": a name signs a line
        stretch = _FRAME_STRETCH.match(self.text, frame, hi)
        if stretch is not None and any(w in _CLAUSE_VERB_WORDS
                                       for w in stretch.group().lower().split()):
            return []  # "— Maria Lopez, the mayor, said the plan was bad.": a sentence
        return [(m.start(1), frame, m.group(1), "", 0)]

    def end_paragraph(self, hi: int) -> None:
        """Finish the paragraph ``[lo, hi)`` and move its spans to the result."""
        spans = self._paragraph_spans(hi) if self.active else self.dash_quote(hi)
        result = self.result
        if self.cand >= 0:
            first = _NON_SPACE.search(self.text, self.lo, hi)
            if first is not None:  # the next non-blank paragraph
                head = spans[0] if spans else None
                continued = (
                    head is not None
                    and head[0] == first.start()
                    and head[2] != ""
                    and (_keeps_unclosed(head[2]) or not _keeps_unclosed(self.cand_raw[2]))
                )
                self._settle_candidate(continued)
        if spans:
            last_top = max(k for k, s in enumerate(spans) if s[4] == 0)
            for k, (start, end, om, cm, depth) in enumerate(spans):
                if k == last_top and cm is None:
                    self.cand = len(result)
                    self.cand_raw = (start, end, om, cm, depth)
                    result.append(None)  # type: ignore[arg-type]  # settled later
                else:
                    result.append(QuoteSpan(start, end, om, cm, False, depth))
        if self.active:
            self.active = False
            self.seen = False
            self.pending = -1
            self.stack.clear()
            self.strong.clear()
            self.spans.clear()
            for f in self.fam:
                f.clear()

    def _settle_candidate(self, continued: bool) -> None:
        start, end, om, cm, depth = self.cand_raw
        self.result[self.cand] = QuoteSpan(start, end, om, cm, continued, depth)
        self.cand = -1


def find_quotes(text: str, *, nested: bool = False) -> list[QuoteSpan]:
    """Return the quoted spans of ``text`` in order (top level only unless ``nested``)."""
    scanner = _Scanner(text)
    mark = scanner.mark
    for m in _TOKEN.finditer(text):
        pos = m.start()
        c = text[pos]
        if c in _LINE_BREAK_SET:
            scanner.end_paragraph(pos)
            scanner.lo = pos + 1
        elif pos >= scanner.skip:
            mark(pos, c)
    scanner.end_paragraph(len(text))
    if scanner.cand >= 0:
        scanner._settle_candidate(False)
    if nested:
        return scanner.result
    return [s for s in scanner.result if s.depth == 0]


def multi_paragraph_groups(spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    """Group spans into multi-paragraph chains linked by ``continued=True``.

    Spans nested in another quote (``depth > 0``) are groups of one.
    """
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
