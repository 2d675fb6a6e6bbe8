"""Remove scraping junk from news text while keeping offsets into the original.

The cleaner works in two stages:

1. Character level: Unicode space characters and control characters become an
   ordinary space and U+2028/U+2029 a newline (one for one); a lone ``"\\r"``
   becomes ``"\\n"``; the ``"\\r"`` of ``"\\r\\n"``, zero-width characters
   and soft hyphens are dropped.  An HTML character reference left in the
   text ("&quot;", "&#8220;", "&amp;"; with its semicolon, for one character;
   also encoded twice, "&amp;quot;") becomes that character, substituted or
   dropped as above: its "&" becomes the character and the rest of it is removed.
2. Line level, on the stage-1 text: link "hover cards" glued after a name
   ("Mike PompeoMike PompeoUS intel: ... MORE on") or repeating it before a
   "Follow" button ("Oskar Lind Oskar Lind Follow said", with a short bio
   between allowed) are removed, then lines that
   are only a photo credit ("© Getty Images") or a caption ending in one in
   brackets ("Dev Patel at the fire. (Photo: Ken Mori/Reuters)"), or unbracketed
   after its last full stop ("... on Sunday. Ana Ruiz/Getty Images", naming a
   picture agency; of a caption that
   quotes someone, '"We saw it," said Jo Roe. (Photo: ...)', only the credit) or page
   furniture (an "Advertisement" slot, "Story continues below advertisement",
   an "Updated 3:45 p.m. ET" stamp, a paywall's "Subscribe to continue reading",
   a link to another story: "Related: ...", "Click here to read ..."; not a
   "Watch:" or "Listen:" label on the text's first line, a video story's title)
   or an author's card ("... Follow her on Twitter @nfair.") are emptied
   (their newline stays), and so are a heading over a list of links ("Most
   Read", "Trending") or a newsletter's sign-up box ("Sign up for our
   newsletter", "Get our free newsletter") and the lines under it up
   to a blank line.
3. Plain text as users paste it (:func:`_plain_text_marks`, on the stage-1 text): a word
   hyphenated over a line break is one word again ("gov-\\nernment"), Markdown's link
   urls, bold marks and line marks ("> ", "## ") are deleted, and in a hard-wrapped
   text (e-mails, PDFs, wire feeds) the newline inside a paragraph becomes a space, page
   numbers and running heads are emptied.

Only deletions and one-for-one substitutions are made, and :class:`CleanText`
stores the kept ranges as breakpoints searched with :mod:`bisect`.  Guarantees,
for every ``str`` input (``clean_text`` never raises on one):

* ``text`` is ``original`` with the ``removed`` spans deleted and every other
  character ``c`` replaced by ``SUBSTITUTIONS.get(c, c)``, except the "&" of a
  decoded character reference, replaced by its character (substituted), and a
  newline inside a wrapped paragraph (stage 3), replaced by a space.
* ``to_original`` is strictly increasing on ``0..len(text)-1``, maps ``i`` to
  the original character that became ``text[i]`` (the "&" of a reference), and
  maps ``len(text)`` to ``len(original)`` (also when trailing junk was removed).
* ``to_cleaned(to_original(i)) == i`` for ``0 <= i <= len(text)``;
  ``to_cleaned`` is non-decreasing and sends a removed position to where the
  junk was.
* For a non-empty span, ``original[s:e]`` (from ``span_to_original``) minus the
  removed junk inside it, substituted and with its references decoded, is
  exactly ``text[start:end]``; a reference at either end is inside ``[s, e)``
  whole.
* ``clean_text(original[s:e]).text == text[start:end]`` whenever the span is a
  run of whole cleaned lines that does not start inside a list of links (hover
  cards, credits, captions and furniture are judged within one line, the lines
  of a list of links with its heading), and for every span when the text holds
  only character-level junk; both only when stage 3 changes nothing (it reads the
  text as a whole: whether it is hard-wrapped, a hyphen at a line's end).
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from operator import add, sub

import attrs

__all__ = ["SUBSTITUTIONS", "CleanText", "char_ref", "clean_span", "clean_text"]

# ---------------------------------------------------------------------------
# Character level
# ---------------------------------------------------------------------------

#: Unicode space characters that become an ordinary space.
SPACE_CHARS: str = (
    "\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"
)
#: Characters that are dropped: zero-width characters and the soft hyphen.
ZERO_WIDTH_CHARS: str = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Control characters (C0 except tab, newline and carriage return, DEL, C1).
CONTROL_CHARS: str = "".join(
    chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
)
#: Unicode line and paragraph separators, which become a newline.
LINE_SEPARATOR_CHARS: str = "\u2028\u2029"

#: One-for-one substitutions made by the cleaner (original char -> cleaned char).
SUBSTITUTIONS: dict[str, str] = {
    **{ch: " " for ch in SPACE_CHARS},
    **{ch: " " for ch in CONTROL_CHARS},
    **{ch: "\n" for ch in LINE_SEPARATOR_CHARS},
    "\r": "\n",
}
_SUBST_RE = re.compile("[" + re.escape("".join(SUBSTITUTIONS)) + "]")
# Runs of dropped characters: zero-width chars and the "\r" of "\r\n".
_DROP_SPLIT_RE = re.compile("((?:\r(?=\n)|[" + ZERO_WIDTH_CHARS + "])+)")
# An HTML character reference with its semicolon: "&quot;", "&#8220;", "&#x201C;".
_CHAR_REF_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A run of dropped characters, or a character reference.
_DROP_OR_REF_RE = re.compile(_DROP_SPLIT_RE.pattern + "|" + _CHAR_REF_RE.pattern)


def char_ref(text: str, pos: int) -> str | None:
    """The one character an HTML character reference at ``text[pos]`` stands for.

    Scraped pages often keep the references of their HTML source ("&quot;",
    "&#8220;", "&amp;", "&nbsp;").  Only a reference with its semicolon that
    stands for exactly one character counts.

    Args:
        text: a text.
        pos: an index into it.

    Returns:
        The character, or None when no such reference starts at ``pos``.
    """
    found = _ref_at(text, pos)
    return found[0] if found is not None else None


# A reference encoded twice, as a scraper that escapes escaped HTML leaves it:
# "&amp;quot;", "&amp;#8220;".
_DOUBLE_REF_RE = re.compile(r"&amp;(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _ref_at(text: str, pos: int) -> tuple[str, int] | None:
    """The character a reference at ``text[pos]`` stands for, and the reference's end.

    A reference encoded twice ("&amp;quot;") stands for its character ('"') as a
    whole; otherwise "&amp;" is a reference of its own.

    Args:
        text: a text.
        pos: an index into it.

    Returns:
        The character and the end of its reference, or None when none starts at ``pos``.
    """
    if text.startswith("&amp;", pos):
        m = _DOUBLE_REF_RE.match(text, pos)
        if m is not None:
            decoded = html.unescape(f"&{m.group(1)};")
            if len(decoded) == 1:
                return decoded, m.end()
    m = _CHAR_REF_RE.match(text, pos)
    if m is None:
        return None
    decoded = html.unescape(m.group())
    return (decoded, m.end()) if len(decoded) == 1 else None

# ---------------------------------------------------------------------------
# Hover cards
# ---------------------------------------------------------------------------

#: Longest hover card (title + teaser + " MORE") that is removed, in characters.
MAX_CARD_LEN = 800
_MAX_TITLE_LEN = 100
_MAX_NAME_WORD_LEN = 40
# " MORE" as a whole word; the match starts at the space.
_MORE_RE = re.compile(r" MORE(?!\w)")
# A lower-case letter glued to an upper-case letter ("PompeoMike").  ASCII and
# Latin-1 letters only; the match is the lower-case letter.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_GLUE_RE = re.compile(rf"[{_LOWER}](?=[{_UPPER}])")
# A capitalised word (at a word start) with a glue point in its first letters;
# the match ends at the first glue point.
_CAP_GLUE_RE = re.compile(
    rf"(?<![^\W\d_])[{_UPPER}][^\W\d_]{{0,{_MAX_NAME_WORD_LEN - 2}}}?[{_LOWER}](?=[{_UPPER}])"
)
_LETTERS_RE = re.compile(r"[^\W\d_]*")
_TITLE_TOKEN = (
    r"(?:[^\W\d_][\w'’.\-]{0,30}"  # word: Mike, O'Rourke, Jr., al-Assad
    r"|\([^()\n]{1,40}\)"  # parenthesised nickname: (Bob)
    r"|[“\"‘'][^“”\"‘’'\n]{1,30}[”\"’'])"  # quoted nickname: "Bob"
)
_TITLE_RE = re.compile(rf"{_TITLE_TOKEN}(?: {_TITLE_TOKEN}){{0,7}}")
_TITLE_TOKEN_RE = re.compile(_TITLE_TOKEN)
_NAME_PARTICLES = frozenset(
    "de da das del della der den di do dos du la le van von ten ter bin ibn al el y".split()
)

# A tooltip card: a name of two to four capitalised words, a space before
# its repetition (the card's title), an optional short bio, and a "Follow" button
# before a lower-case word or punctuation ("Oskar Lind Oskar Lind Follow said").  The
# bio is only read after a repetition, so the scan stays linear.
_NAME_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019.\-]{0,30}+"  # possessive: no backtracking
_FOLLOW_CARD_RE = re.compile(
    rf"(?<![\w'\u2019.\-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}) (?P=name)\b"
    r"(?: [^\n\"\u201c\u201d]{1,200}?)? Follow(?=[ \t]*[,;:.]|[ \t]+[a-z])"
)

# ---------------------------------------------------------------------------
# Photo credits
# ---------------------------------------------------------------------------

_MAX_CREDIT_LINE = 120
_CREDIT_KEYWORDS = (
    "photo image picture credit courtesy copyright getty reuters afp epa shutterstock istock alamy"
).split() + ["associated press"]
# Short lines that start like a credit and mention a credit keyword near their
# start.  Case-sensitive on purpose: IGNORECASE makes the scan several times slower.
_CREDIT_CANDIDATE_RE = re.compile(
    rf"(?m)^(?=[ \t]{{0,20}}[(\[]?[©{_UPPER}i])"
    r"(?=[^\n]{0,60}?(?:©|/|\bAP\b|"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _CREDIT_KEYWORDS)
    + r"))[^\n]{1,160}$"
)
_COPYRIGHT_RE = re.compile(r"(?:copyright\s*)?©\s*", re.IGNORECASE)
_LABEL_RE = re.compile(
    r"(?:(?:AP|AFP|Reuters|Getty|EPA|PA|UPI|Xinhua|Staff|File|Pool)\s+)?"  # "AP Photo"
    r"(?:photo(?:graph)?s?|pictures?|images?)"
    r"(?:\s+(?P<qual>credits?|copyright|source|courtesy(?:\s+of)?))?"
    r"\s*(?P<sep>:|,|/|\bby\b|[-–—](?=\s))?\s*"
    r"|(?:credits?|courtesy(?:\s+of)?)\s*(?P<sep2>:|,|\bby\b|[-–—](?=\s))?\s*",
    re.IGNORECASE,
)
# A bracketed text that ends its line: "(Photo: Ken Mori/Reuters)", "[AP Photo/Evan Vucci]".
_BRACKET_CREDIT_RE = re.compile(r"(?m)[(\[][^()\[\]\n]{3,100}[)\]][ \t]*$")
# A bracketed credit ending a caption names the picture or its maker and agency (matched
# in lower case).
_CAPTION_CREDIT_WORDS = ("photo", "image", "picture", "credit", "\u00a9", "/")
_MAX_CAPTION_LEN = 300
#: A quoted sentence of four words or more in a caption, followed by a verb of speech or
#: after a name and a colon ('Mayor Jo Roe: "We will rebuild this town." (Photo: X)'): the
#: caption quotes someone, whose words are the article's.
_CAPTION_QUOTE_RE = re.compile(r'["“](?:[^"“”\s]+\s+){3,}[^"“”]*["”][^"“”]{0,40}?\b'
                               r"(?:said|says|told|added|recalled|explained)\b|"
                               r'[A-Za-z.)]:[ \t]*["“](?:[^"“”\s]+\s+){3,}[^"“”]*["”]')
_CREDIT_SPLIT_RE = re.compile(r"\s*(?:/|\||;|,|&|\bvia\b|\bfor\b|\band\b)\s*")
#: Picture agencies that a bare credit line ("Getty Images", "Evan Vucci/AP") must name.
PHOTO_AGENCIES: frozenset[str] = frozenset(
    name.strip().casefold()
    for name in (
        "AP|AP Photo|AP Images|Associated Press|The Associated Press|Reuters|Thomson Reuters|"
        "AFP|Agence France-Presse|Getty|Getty Images|EPA|EPA-EFE|EFE|Shutterstock|"
        "Shutterstock Editorial|iStock|iStockphoto|Alamy|Alamy Stock Photo|PA|PA Images|"
        "PA Media|PA Wire|Rex|Rex Features|Bloomberg|Xinhua|Sipa|Sipa USA|ZUMA|ZUMA Press|"
        "ZUMA Wire|NurPhoto|Anadolu|Anadolu Agency|UPI|Corbis|Pool|WireImage|FilmMagic|DPA|"
        "ANSA|Kyodo|Yonhap|TASS"
    ).split("|")
)


# ---------------------------------------------------------------------------
# Page furniture
# ---------------------------------------------------------------------------

# A time stamp's words: "3:45 p.m. ET, May 3, 2026", "07:30, 4 May 2026", "Tuesday".
_STAMP_WORD = (
    r"(?:\d{1,4}(?:[:.]\d{2})?(?:[aApP]\.?[mM]\.?)?|[aApP]\.?[mM]\.?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?|[EPCM][SD]?T|GMT|BST|UTC|CET|CEST|IST"
    r"|AEST|AEDT|on|at)"
)
_STAMP = (
    r"(?:(?:Last\s+)?(?:Updated|Published|Posted)|(?:LAST\s+)?(?:UPDATED|PUBLISHED|POSTED)"
    r"|(?:last\s+)?(?:updated|published|posted))"
    rf"\s*:?\s*(?=[^\n]*\d){_STAMP_WORD}(?:[ \t,]+{_STAMP_WORD})*"
)


def _opener(*words: str) -> str:
    """A regex for a line's first word, in lower case, capitalised or upper case.

    Args:
        words: the words, in lower case.

    Returns:
        An alternation of their three spellings.
    """
    return "(?:" + "|".join(f"{w}|{w.capitalize()}|{w.upper()}" for w in words) + ")"


# Lines that are only page furniture, not the article: advertisement slots, "story
# continues" links and time stamps.  Each pattern of this section matches at a line
# start, and opens with one of _OPENERS.
_FURNITURE_RE = re.compile(
    r"(?m)(?:[-\u2013\u2014\u2022*][ \t]{0,3})?(?:"  # "- Advertisement -"
    + _opener("advertisement")
    + r"(?ai:\s*[-\u2013\u2014:|]\s*(?:scroll|continue|story)[\w ]{0,40})?"
    + "|" + _opener("skip") + r"(?ai:\s+advertisement)"
    + "|" + _opener("sponsored") + r"(?ai:\s+(?:content|links?|stories|post))?"
    + "|" + _opener("paid", "partner") + r"(?ai:\s+(?:content|post))"
    + "|" + _opener("story", "article", "content")
    + r"(?ai:\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?)"
    + "|" + _opener("continue") + r"(?ai:\s+reading\s+(?:the\s+main\s+story|below))"
    + "|" + _opener("scroll")
    + r"(?ai:\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?)"
    + rf"|{_STAMP}(?:[ \t]*\|[ \t]*{_STAMP})?"
    # a paywall's cut: "Subscribe to continue reading", "Already a subscriber? Log in",
    # "This article is for subscribers only"
    + "|" + _opener("subscribe")
    + r"(?ai:\s+(?:now\s+)?to\s+(?:continue\s+reading|keep\s+reading|read\s+(?:more|on|the"
    r"\s+full\s+(?:story|article))|unlock\s+this\s+(?:story|article)))"
    + "|" + _opener("already") + r"(?ai:\s+a\s+subscriber\??(?:\s+(?:log|sign)\s+in)?)"
    + "|" + _opener("this")
    + r"(?ai:\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+to)"
    r"\s+(?:paying\s+|paid\s+)?subscribers(?:\s+only)?)"
    # a link line: "Click here to read our full coverage of the vote.", a share button:
    # "Click to share on Facebook (Opens in new window)"
    + "|" + _opener("click")
    + r"(?ai:\s+(?:here\s+(?:to|for)|to\s+(?:share|email|print|tweet|copy)\b))"
    r"[^\n\"\u201c\u201d]{1,150}?"
    r")[ \t.!\-\u2013\u2014\u2022*]*$"
)
# A line that links to another story: "Related: ...", "READ MORE: ...", "WATCH | ...".
_LINK_LINE_RE = re.compile(
    r"(?m)(?:" + _opener("related", "recommended", "watch", "listen")
    + "|" + _opener("read") + r"(?ai:\s+(?:more|next|also))"
    + "|" + _opener("also") + r"(?ai:\s+read)"
    + "|" + _opener("see") + r"(?ai:\s+also)"
    + "|" + _opener("more") + r"(?ai:\s+on\s+this)"
    r")[ \t]*[:|][^\n]*$"
)
# A label of a video or audio story's own headline on the text's first line ("Watch:
# Mayor Says The Bridge Will Open", "LISTEN: ..."): the article's title, kept (a "WATCH |"
# line, and a "Watch:" line further down, link to another story).
_HEADLINE_LABEL_RE = re.compile(
    r"(?:" + _opener("watch", "listen") + r")[ \t]*:[ \t]*\S[^\n]*$")
# A heading over a list of links to other stories, and the lines under it up to the
# next blank line, each a headline ("Most Read\n1. Police say ...\n2. ...") that ends
# no sentence with a full stop (a line that does is article text the page set right
# under the heading); or a newsletter's sign-up box and the lines under it up to the
# next blank line ("Sign up for our newsletter\nEnter your email\n...").
_LINK_LIST_RE = re.compile(
    r"(?m)(?:(?:" + _opener("most") + r"(?ai:\s+(?:read|popular|viewed|shared))"
    + "|" + _opener("trending") + r"(?ai:\s+(?:now|stories))?"
    + "|" + _opener("top") + r"(?ai:\s+stories)"
    + "|" + _opener("popular") + r"(?ai:\s+now)"
    + "|" + _opener("recommended") + r"(?ai:\s+(?:for\s+you|stories))?"
    + "|" + _opener("you") + r"(?ai:\s+(?:may|might)\s+also\s+like)"
    + "|" + _opener("related") + r"(?ai:\s+(?:stories|articles|coverage|content))"
    + "|" + _opener("more") + r"(?ai:\s+stories)"
    + "|" + _opener("read") + r"(?ai:\s+next)"
    + "|" + _opener("editor") + r"(?ai:[\u2019']?s\s+picks)"
    + r")[ \t]*:?[ \t]*$(?:\n[^\n]{1,150}(?<!\.)(?<!\.[\"\u201d])$){0,12}"
    + "|" + _opener("sign") + r"(?ai:\s+up\s+(?:for|to)\s[^\n]{0,40}newsletters?)[^\n]{0,40}"
    r"[ \t]*:?[ \t]*$(?:\n[^\n]{1,150}$){0,12}"
    # "Get our free newsletter\nSign up to get the latest news in your inbox."
    + "|" + _opener("get") + r"(?ai:\s+(?:our|the)\s[^\n]{0,40}newsletters?)[^\n]{0,40}"
    r"[ \t]*:?[ \t]*$(?:\n[^\n]{1,150}$){0,12})"
)
_OPENERS = (
    "advertisement skip story article content continue scroll last updated published posted "
    "related recommended watch listen read also see more most trending top popular you "
    "editor sign subscribe already this click get sponsored paid partner"
).split()
# A line start where one of the section's patterns may match (an ad slot may stand
# between dashes: "- Advertisement -").
_OPENER_RE = re.compile(
    r"\n(?=(?:[-\u2013\u2014\u2022*][ \t]{0,3})?" + _opener(*_OPENERS) + ")")
_OPENER_AT_START_RE = re.compile(
    r"(?:[-\u2013\u2014\u2022*][ \t]{0,3})?" + _opener(*_OPENERS))
# An author's card: a line of at most a few sentences that asks readers to follow the
# writer ("Nadia Fair is a reporter at The Lantern. Follow her on Twitter @nfair.").
_AUTHOR_CARD_RE = re.compile(
    r"(?m)^(?:[^\n\"\u201c\u201d]{0,250}[.!?] )?Follow (?:him|her|them|me|us) (?:on|at) "
    r"(?:Twitter|X|Instagram|Threads|Bluesky|Facebook|LinkedIn|Mastodon|TikTok)"
    r"(?:[ \t]+(?:at[ \t]+)?@\w{1,30})?[.!]?[ \t]*$"
)


# ---------------------------------------------------------------------------
# The result type
# ---------------------------------------------------------------------------


def _int_array(values: Sequence[int] = ()) -> array:
    """Return a compact array of 64-bit ints.

    Args:
        values: the ints to store.

    Returns:
        An ``array('q')``.
    """
    return array("q", values)


@attrs.frozen
class CleanText:
    """A cleaned text together with the map back to the user's original text.

    The cleaned text is the original with the ``removed`` ranges deleted and
    some characters replaced one for one (see :data:`SUBSTITUTIONS`).  The map
    is stored as kept segments: cleaned ``[cpos[k], cpos[k+1])`` comes from
    original ``[opos[k], opos[k] + length)``.
    """

    original: str
    text: str
    _cpos: array = attrs.field(factory=_int_array, repr=False, eq=False)
    _opos: array = attrs.field(factory=_int_array, repr=False, eq=False)
    _cache: dict[str, object] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    @classmethod
    def identity(cls, text: str) -> CleanText:
        """Return the result for a text that needed no cleaning.

        Args:
            text: the text, used as both original and cleaned text.

        Returns:
            A ``CleanText`` whose map is the identity.
        """
        return cls(text, text, _int_array((0,)), _int_array((0,)))

    def to_original(self, pos: int) -> int:
        """Map a cleaned index to the original index of the same character.

        For ``0 <= pos < len(text)`` this is the index in ``original`` of the
        character that became ``text[pos]``; ``len(text)`` maps to
        ``len(original)``.  Out-of-range positions are clamped.

        Args:
            pos: an index into ``text``.

        Returns:
            An index into ``original``.
        """
        n = len(self.text)
        if pos >= n:
            return len(self.original)
        if pos < 0:
            pos = 0
        k = bisect_right(self._cpos, pos) - 1
        return self._opos[k] + (pos - self._cpos[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span ``[start, end)`` to the original span it came from.

        A non-empty span maps to ``(s, e)`` where ``s`` is the original index of
        its first character and ``e`` the original index just after its last
        character (after the whole character reference it was decoded from),
        so removed junk at either edge is left out and junk inside is included.
        An empty span maps to the empty span at ``to_original(start)``.

        Args:
            start: cleaned start index (inclusive).
            end: cleaned end index (exclusive).

        Returns:
            ``(s, e)``, a span of ``original``.
        """
        n = len(self.text)
        # (each end clamped to [0, n] by comparisons: no min()/max() calls, as this runs
        # for every mention, cue and quote of an article)
        if start < 0:
            start = 0
        elif start > n:
            start = n
        if end < 0:
            end = 0
        elif end > n:
            end = n
        if self.text is self.original:
            # nothing cleaned (a parsed Document, ``clean=False``): the map is the identity
            return (start, end) if end > start else (start, start)
        if end <= start:
            p = self.to_original(start)
            return p, p
        # to_original of start and end - 1, both in [0, n) here, inline: this runs for
        # every mention and quote of an article
        cpos, opos = self._cpos, self._opos
        k = bisect_right(cpos, start) - 1
        last = end - 1
        if k + 1 < len(cpos) and cpos[k + 1] <= last:
            j = bisect_right(cpos, last) - 1
        else:
            j = k  # both ends in one kept segment
        e = opos[j] + (last - cpos[j]) + 1
        if self.original[e - 1] == "&":
            found = _ref_at(self.original, e - 1)
            if found is not None:
                # the last character was decoded from a reference: the span ends after it
                e = found[1]
        return opos[k] + (start - cpos[k]), e

    def to_cleaned(self, pos: int) -> int:
        """Map an original index to a cleaned index.

        A kept character maps to its cleaned index; a position inside removed
        junk maps to where the junk was (the cleaned index of the next kept
        character); ``len(original)`` maps to ``len(text)``.  Out-of-range
        positions are clamped.

        Args:
            pos: an index into ``original``.

        Returns:
            An index into ``text``.
        """
        if pos >= len(self.original):
            return len(self.text)
        if pos < 0:
            pos = 0
        k = bisect_right(self._opos, pos) - 1
        if k < 0:
            return 0
        seg_end = self._cpos[k + 1] if k + 1 < len(self._cpos) else len(self.text)
        return min(self._cpos[k] + (pos - self._opos[k]), seg_end)

    @property
    def removed(self) -> tuple[tuple[int, int], ...]:
        """Original spans that were deleted: sorted, disjoint and non-adjacent."""
        cached = self._cache.get("removed")
        if cached is None:
            cached = self._cache["removed"] = tuple(self._gaps())
        return cached  # type: ignore[return-value]

    def _gaps(self) -> list[tuple[int, int]]:
        """Compute the original ranges between kept segments.

        Returns:
            The deleted ranges, in order.
        """
        cpos, opos = self._cpos, self._opos
        n_orig = len(self.original)
        if not self.text:
            return [(0, n_orig)] if n_orig else []
        # Original end of every kept segment.
        ends = list(map(add, opos, map(sub, [*cpos[1:], len(self.text)], cpos)))
        out = [(0, opos[0])] if opos[0] > 0 else []
        out += [(e, o) for e, o in zip(ends, opos[1:], strict=False) if o > e]
        if ends[-1] < n_orig:
            out.append((ends[-1], n_orig))
        return out

    @property
    def changed(self) -> bool:
        """Whether cleaning changed anything."""
        return self.text != self.original


# ---------------------------------------------------------------------------
# Stage 1: characters
# ---------------------------------------------------------------------------


def _clean_chars(text: str) -> tuple[str, list[int], list[int]]:
    """Apply the character-level cleaning.

    Args:
        text: the original text.

    Returns:
        The stage-1 text and its map: the stage-1 and original start of every
        kept segment (two lists of equal length; empty when the result is empty).
    """
    if "&" in text and _CHAR_REF_RE.search(text) is not None:
        out, c1, o1 = _drop_and_decode(text)
    else:
        out, c1, o1 = _drop(text)
    if not out:
        return out, [], []
    if _SUBST_RE.search(out) is not None:
        for ch in set(_SUBST_RE.findall(out)):
            out = out.replace(ch, SUBSTITUTIONS[ch])
    return out, c1, o1


def _drop(text: str) -> tuple[str, list[int], list[int]]:
    """Drop zero-width characters, soft hyphens and the "\\r" of "\\r\\n".

    Args:
        text: the original text.

    Returns:
        The text without them and its map, as :func:`_clean_chars` returns them
        (before substitution).
    """
    parts = _DROP_SPLIT_RE.split(text)
    if len(parts) == 1:
        c1, o1 = [0], [0]
        out = text
    else:
        # parts alternate kept, dropped, kept, ...; only the first and the last
        # kept piece can be empty.
        lens = list(map(len, parts))
        kept = lens[0::2]
        o1 = [0, *accumulate(lens)][0::2]
        c1 = [0, *accumulate(kept)][:-1]
        if kept[-1] == 0:
            del c1[-1], o1[-1]
        if kept[0] == 0 and c1:
            del c1[0], o1[0]
        out = "".join(parts[0::2])
    return out, c1, o1


def _drop_and_decode(text: str) -> tuple[str, list[int], list[int]]:
    """Drop as :func:`_drop` does, and decode HTML character references.

    A reference becomes its character, mapped to the reference's "&"; the rest
    of the reference is removed.  A reference to a dropped character is dropped
    whole.

    Args:
        text: the original text.

    Returns:
        As :func:`_drop`.
    """
    pieces: list[str] = []
    c1: list[int] = []
    o1: list[int] = []
    n_out = 0  # length of the output so far
    kept_end = -1  # original end of the last kept segment

    def keep(piece: str, start: int, end: int) -> None:
        nonlocal n_out, kept_end
        if start != kept_end:
            c1.append(n_out)
            o1.append(start)
        pieces.append(piece)
        n_out += len(piece)
        kept_end = end

    pos = 0
    for m in _DROP_OR_REF_RE.finditer(text):
        a, b = m.span()
        if a < pos:
            continue  # inside a reference encoded twice, already read
        if a > pos:
            keep(text[pos:a], pos, a)
        pos = b
        if text[a] != "&":
            continue  # dropped characters
        found = _ref_at(text, a)
        if found is None:
            keep(text[a:b], a, b)
            continue
        ch, pos = found
        if ch not in ZERO_WIDTH_CHARS:
            keep(ch, a, a + 1)
    if pos < len(text):
        keep(text[pos:], pos, len(text))
    return "".join(pieces), c1, o1


# ---------------------------------------------------------------------------
# Stage 2: hover cards
# ---------------------------------------------------------------------------


def _title_ok(title: str) -> bool:
    """Tell whether a hover-card title looks like a person's name.

    Args:
        title: the candidate title, e.g. ``"Robert (Bob) Cusack"``.

    Returns:
        True if every word is capitalised (or a name particle such as "de").
    """
    if "\n" in title or _TITLE_RE.fullmatch(title) is None:
        return False
    for tok in _TITLE_TOKEN_RE.findall(title):
        head = tok[0]
        if head in "(\"“‘'":
            if not tok[1].isupper():
                return False
        elif not head.isupper():
            low, _, rest = tok.partition("-")
            if tok not in _NAME_PARTICLES and not (low in _NAME_PARTICLES and rest[:1].isupper()):
                return False
    return True


def _card_title_end(text: str, k: int, g: int) -> int:
    """Find the end of a hover-card title glued to the name word ``text[k:g]``.

    The title starting at ``g`` must be a name ending with that same word
    ("PompeoMike Pompeo..."), itself glued to the teaser that follows (or
    followed directly by " MORE").

    Args:
        text: the stage-1 text.
        k: start of the capitalised word the card is glued to.
        g: index of the title's first (upper-case) letter.

    Returns:
        The index just after the title, or -1 when there is no hover card here.
    """
    word = text[k:g]
    limit = min(len(text), g + _MAX_TITLE_LEN)
    p = text.find(word, g, limit)
    while p != -1:
        t_end = p + len(word)
        if p == g or not text[p - 1].isalpha():
            nxt = text[t_end] if t_end < len(text) else ""
            glued = nxt != "" and not nxt.isspace() and not nxt.islower()
            if (glued or text.startswith(" MORE", t_end)) and _title_ok(text[g:t_end]):
                return t_end
        p = text.find(word, p + 1, limit)
    return -1


def _follow_cards(text: str) -> list[tuple[int, int]]:
    """Find tooltip cards that end in a "Follow" button.

    "Trade minister Oskar Lind Oskar Lind Follow said A" and "Senator Mia Roe
    Mia Roe Senator from Alba, chair of the committee Follow said A": a name,
    its repetition after a space and a short bio, then "Follow".
    The repetition, the bio and "Follow" are removed.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted, disjoint ranges of ``text`` to delete.
    """
    return [(m.end("name"), m.end()) for m in _FOLLOW_CARD_RE.finditer(text)]


def _hover_cards(text: str) -> list[tuple[int, int]]:
    """Find hover cards in the stage-1 text.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted, disjoint ranges of ``text`` to delete.
    """
    if " Follow" in text:
        follows = _follow_cards(text)
        if follows:
            return _merge(sorted(follows + _more_cards(text)))
    return _more_cards(text)


def _more_cards(text: str) -> list[tuple[int, int]]:
    """Find hover cards that end in " MORE" in the stage-1 text.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted, disjoint ranges of ``text`` to delete.
    """
    if " MORE" not in text:
        return []
    mores = [m.start() for m in _MORE_RE.finditer(text)]
    if not mores:
        return []
    # A card can only start within MAX_CARD_LEN before a " MORE": scan only there.
    windows: list[list[int]] = []
    for m in mores:
        lo = max(0, m + 5 - MAX_CARD_LEN - _MAX_NAME_WORD_LEN)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = m
        else:
            windows.append([lo, m])
    n = len(text)
    cands: list[tuple[int, int]] = []
    for lo, hi in windows:
        for wm in _CAP_GLUE_RE.finditer(text, lo, hi):
            k = wm.start()
            word_end = _LETTERS_RE.match(  # type: ignore[union-attr]  # matches ''
                text, k, min(n, k + _MAX_NAME_WORD_LEN + 1)).end()
            glues = [wm.end()]
            glues += [gm.end() for gm in _GLUE_RE.finditer(text, wm.end(), word_end)]
            for g in glues:
                if g >= word_end:
                    break
                t_end = _card_title_end(text, k, g)
                if t_end != -1:
                    cands.append((g, t_end))
                    break
    cuts: list[tuple[int, int]] = []
    claimed = 0
    for i, (g, t_end) in enumerate(cands):
        if g < claimed:
            continue
        j = bisect_right(mores, t_end - 1)
        if j == len(mores):
            continue
        m = mores[j]
        end = m + 5
        if end - g > MAX_CARD_LEN or text.find("\n", g, m) != -1:
            continue
        # A later card starting before this " MORE" owns it.
        if i + 1 < len(cands) and cands[i + 1][0] < m:
            continue
        # Leave exactly one space, or none before punctuation or a line end.
        run = end
        while run < n and run - end < 100 and text[run] in " \t":
            run += 1
        if run > end:
            if run >= n or text[run] in "\n.,;:!?)]}”’\"'":
                end = run
            else:
                end = run - 1
        cuts.append((g, end))
        claimed = end
    return cuts


# ---------------------------------------------------------------------------
# Stage 2: photo credits
# ---------------------------------------------------------------------------


def _name_like(segment: str) -> bool:
    """Tell whether a credit segment looks like a name ("Evan Vucci", "The Hill").

    Args:
        segment: a piece of a credit line between separators.

    Returns:
        True for one to six capitalised words (name particles allowed).
    """
    words = segment.split()
    if not 1 <= len(words) <= 6:
        return False
    for w in words:
        if w in _NAME_PARTICLES:
            continue
        if not w[0].isupper() or not all(c.isalpha() or c in ".'’-" for c in w):
            return False
    return True


def _credit_tail_ok(tail: str, need_agency: bool) -> bool:
    """Tell whether text is a credit: agencies and names joined by "/", "via", ...

    Args:
        tail: the text after any "Photo:" label.
        need_agency: require at least one known picture agency.

    Returns:
        True if the text reads as a credit.
    """
    parts = [p.strip() for p in _CREDIT_SPLIT_RE.split(tail)]
    if not parts or any(not p for p in parts):
        return False
    agency = False
    for part in parts:
        if part.casefold() in PHOTO_AGENCIES:
            agency = True
        elif not _name_like(part):
            return False
    return agency or not need_agency


@lru_cache(maxsize=4096)
def _is_credit_line(line: str) -> bool:
    """Tell whether a whole line is only a photo credit.

    Args:
        line: one line of stage-1 text (no newline).

    Returns:
        True for lines such as "© Getty Images", "Photo: John Smith/AP",
        "(AP Photo/Evan Vucci)", "Getty Images" or "Image copyright Reuters".
    """
    s = line.strip()
    if not s or len(s) > _MAX_CREDIT_LINE:
        return False
    if len(s) > 2 and s[0] + s[-1] in ("()", "[]"):
        s = s[1:-1].strip()
        if not s:
            return False
    m = _COPYRIGHT_RE.match(s)
    if m is not None:
        rest = s[m.end() :]
        return bool(rest) and len(rest) <= 100 and not any(q in rest for q in '“”"')
    m = _LABEL_RE.match(s)
    if m is not None and (m.group("qual") or m.group("sep") or m.group("sep2")):
        tail = s[m.end() :].strip()
        if tail and _credit_tail_ok(tail, need_agency=False):
            return True
    return _credit_tail_ok(s, need_agency=True)


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """Find photo captions: lines that end in a credit in brackets.

    "Firefighter Dev Patel carries a hose. (Photo: Ken Mori/Reuters)" describes
    a picture; the people it names are not the article's speakers.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted ranges of ``text`` (line contents, without the newline) to delete.
    """
    out = []
    for m in _BRACKET_CREDIT_RE.finditer(text):
        credit = m.group().rstrip()
        lowered = credit.lower()
        if not any(word in lowered for word in _CAPTION_CREDIT_WORDS) or \
                not _is_credit_line(credit):
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - start <= _MAX_CAPTION_LEN:
            if _CAPTION_QUOTE_RE.search(text, start, m.start()):
                # 'Crews at the fire. "We saw the smoke," said Irene Kowal. (Photo: ...)':
                # a caption that quotes someone keeps its words; the credit goes
                start = m.start()
            out.append((start, m.end()))
    return out


# The last "/" of a line, with at most 60 characters after it: where an unbracketed
# credit may end a caption ("Crews on the ridge on Sunday. Ana Ruiz/Getty Images").
_SLASH_AT_END_RE = re.compile(r"(?m)/[^\n/]{2,60}$")
# Or a labelled credit after a full stop: "... at Kelsby. Photograph: Jo Reed for X",
# "... on Sunday. Photo by Lee Grant"
# (the match starts at the space before the label).
_LABELLED_AT_END_RE = re.compile(
    r"(?m)\. (?:Photo(?:graph)?|Picture|Image|PHOTO|IMAGE)s?(?: credit)?(?::| by )[^\n/]{2,80}$")


def _unbracketed_captions(text: str) -> list[tuple[int, int]]:
    """Find photo captions that end in a credit with no brackets round it.

    "Firefighters watch the ridge on Sunday. Ana Ruiz/Getty Images": after the
    caption's last full stop comes "Name/Agency" naming a picture agency, or a
    labelled credit ("Photograph: Jo Reed for The Ledger").  The
    photographer is no antecedent of the next quote's "she".  A caption that
    quotes someone keeps its words; only the credit goes.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted ranges of ``text`` (line contents, without the newline) to delete.
    """
    out = []
    found = list(_SLASH_AT_END_RE.finditer(text)) if "/" in text else []
    if ". " in text:
        found += _LABELLED_AT_END_RE.finditer(text)
    for m in found:
        start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - start > _MAX_CAPTION_LEN:
            continue
        dot = text.rfind(". ", start, m.start() + 2)
        if dot == -1:
            continue  # a credit alone on its line is a credit line
        end = m.start() + len(m.group().rstrip())
        credit = text[dot + 2:end].strip()
        if not credit[:1].isupper() or not _is_credit_line(credit):
            continue
        if _CAPTION_QUOTE_RE.search(text, start, dot + 1):
            start = dot + 2
        out.append((start, end))
    return sorted(out)


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """Find lines of the stage-1 text that are only a photo credit or page furniture.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted ranges of ``text`` (line contents, without the newline) to delete.
    """
    lines = [m.span() for m in _CREDIT_CANDIDATE_RE.finditer(text) if _is_credit_line(m.group())]
    captions = _caption_lines(text)
    unbracketed = _unbracketed_captions(text)
    if unbracketed:
        captions = sorted(captions + unbracketed)
    if captions:
        lines = _merge(sorted(lines + captions))
    starts = [m.end() for m in _OPENER_RE.finditer(text)]
    if _OPENER_AT_START_RE.match(text):
        starts.insert(0, 0)
    furniture: list[tuple[int, int]] = []
    for p in starts:
        m = _FURNITURE_RE.match(text, p) or _LINK_LINE_RE.match(text, p)
        if m is not None and not (p == 0 and _HEADLINE_LABEL_RE.match(m.group())):
            furniture.append(m.span())
        m = _LINK_LIST_RE.match(text, p)
        if m is not None:
            for line in m.group().split("\n"):  # each line emptied, its newline kept
                furniture.append((p, p + len(line)))
                p += len(line) + 1
    if furniture:
        lines = _merge(sorted(lines + furniture))
    if "Follow " in text:
        cards = [m.span() for m in _AUTHOR_CARD_RE.finditer(text)]
        if cards:
            lines = _merge(sorted(lines + cards))
    return lines


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge sorted-by-start ranges that overlap or touch.

    Args:
        ranges: ``(start, end)`` pairs sorted by start.

    Returns:
        Disjoint, non-adjacent ranges.
    """
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        if a >= b:
            continue
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _compose(
    c1: list[int], o1: list[int], n1: int, cuts: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """Remove cut ranges of the stage-1 text from the stage-1 map.

    Args:
        c1: stage-1 start of every kept segment.
        o1: original start of every kept segment.
        n1: length of the stage-1 text.
        cuts: sorted, disjoint, non-adjacent ranges of the stage-1 text.

    Returns:
        Cleaned and original start of every kept segment of the final text.
    """
    if not cuts:
        return c1, o1
    cpos: list[int] = []
    opos: list[int] = []
    shift = 0  # characters cut before the current region
    prev = 0  # stage-1 start of the current uncut region
    for a, b in [*cuts, (n1, n1)]:
        if prev < a:
            k = bisect_right(c1, prev) - 1
            lo = k
            if c1[k] < prev:
                # The region starts inside a stage-1 segment: new breakpoint.
                cpos.append(prev - shift)
                opos.append(o1[k] + (prev - c1[k]))
                lo = k + 1
            hi = bisect_left(c1, a, lo)
            cpos.extend([c - shift for c in c1[lo:hi]] if shift else c1[lo:hi])
            opos.extend(o1[lo:hi])
        shift += b - a
        prev = b
    return cpos, opos


def _cut(text: str, cuts: list[tuple[int, int]]) -> str:
    """Delete sorted, disjoint ranges from a text.

    Args:
        text: the text.
        cuts: the ranges to delete.

    Returns:
        The text without those ranges.
    """
    if not cuts:
        return text
    pieces = []
    prev = 0
    for a, b in cuts:
        pieces.append(text[prev:a])
        prev = b
    pieces.append(text[prev:])
    return "".join(pieces)


def _stage2_cuts(text1: str) -> list[tuple[int, int]]:
    """Find the hover cards, then the credit lines of the text without them.

    Credit lines are judged after hover cards are gone, so a line's fate does
    not depend on junk that is removed from it anyway.

    Args:
        text1: the stage-1 text.

    Returns:
        Sorted, disjoint, non-adjacent ranges of ``text1`` to delete.
    """
    cards = _hover_cards(text1)
    if not cards:
        return _merge(_credit_lines(text1))
    text2 = _cut(text1, cards)
    credits = _credit_lines(text2)
    if not credits:
        return cards
    # Map text2 ranges back to text1: add the length of every card cut before.
    starts2: list[int] = []
    total: list[int] = []
    gone = 0
    for a, b in cards:
        starts2.append(a - gone)
        gone += b - a
        total.append(gone)

    def to1(j: int) -> int:
        k = bisect_right(starts2, j)
        return j + (total[k - 1] if k else 0)

    mapped = [(to1(a), to1(b - 1) + 1) for a, b in credits]
    return _merge(sorted(cards + mapped))


def clean_text(text: str) -> CleanText:
    """Clean scraped news text, keeping a map back to the original.

    Args:
        text: the user's text.

    Returns:
        The cleaned text with its offset map.
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_text() needs a str, not {type(text).__name__}")
    text1, c1, o1 = _clean_chars(text)
    cuts = _stage2_cuts(text1)
    marks, soft = _plain_text_marks(text1)
    if marks:
        cuts = _merge(sorted(cuts + marks))
    if soft:
        # a newline inside a hard-wrapped paragraph becomes a space (one for one)
        chars = list(text1)
        for p in soft:
            chars[p] = " "
        text1 = "".join(chars)
    if not cuts and len(c1) == 1 and o1[0] == 0:
        if text1 == text:
            return CleanText.identity(text)
        return CleanText(text, text1, _int_array((0,)), _int_array((0,)))
    cpos, opos = _compose(c1, o1, len(text1), cuts)
    return CleanText(text, _cut(text1, cuts), _int_array(cpos), _int_array(opos))


def clean_span(original: str) -> str:
    """Return the cleaned form of a text (``clean_text(original).text``).

    Args:
        original: the text to clean.

    Returns:
        The cleaned text.
    """
    return clean_text(original).text


# ---------------------------------------------------------------------------
# Stage 3: hard-wrapped lines, PDF hyphens and page numbers, Markdown and "> " marks
# ---------------------------------------------------------------------------

# A Markdown link "[words](url)": its "[" and its "](url)" are deleted, the words kept (a
# wrapped line's newline may fall among them, not a blank line).
_MD_LINK_RE = re.compile(r"\[((?:[^\[\]\n]|\n(?!\n)){1,200})\](\((?:https?://|www\.|/|mailto:|#)[^()\s]{0,500}\))")
# Markdown bold "**Ana Ruiz**" / "__Ana Ruiz__": both marks are deleted (not inside a word:
# "s**t"; a wrapped line's newline may fall inside).
_MD_BOLD_RE = re.compile(r"(?<!\w)(\*\*|__)(?=\S)(?:[^*_\n]|\n(?!\n)){1,200}?(?<=\S)\1(?!\w)")
# The marks that open a line of Markdown or of a quoted e-mail: "> " (nested ">> ") and a
# heading's "## ".  A bullet ("* ", "- ", "• ") is left: the list rules read it.
_LINE_MARK_RE = re.compile(r"(?m)^[ \t]*(?:(?:>[ \t]?)+|#{1,6}[ \t]+)")
# A line that may open with a mark (after the first): one search for a newline, which the
# regex engine finds fast.
_MARK_HINT_RE = re.compile(r"\n[ \t]*[>#]")
# A line that may open in lower case (after a mark): a letter not in Latin capitals.
_LOWER_START_RE = re.compile(rf"\n[ \t>]*[^\W\d_{_UPPER}]")
# A line that is only a page number: "12", "- 12 -", "Page 12", "Page 12 of 40".
_PAGE_NUMBER_RE = re.compile(r"[ \t]*(?:-[ \t]*\d{1,4}[ \t]*-|(?:[Pp]age[ \t]+)?\d{1,4}"
                             r"(?:[ \t]+of[ \t]+\d{1,4})?)[ \t]*")
# A list item opening a line: "* ", "+ ", "- ", "• ", "1. ", "2) ".
_LIST_ITEM_RE = re.compile(r"(?:[-*+\u2022][ \t]|\d{1,3}[.)][ \t])")
# What the last line of a wrapped paragraph ends in.
_SENTENCE_ENDS = ".?!:;\"\u201d'\u2019)"
# The widest line a hard-wrapped text has (wider lines: paragraphs on one line each).
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40
# First words of compounds that keep their hyphen when a line break splits them
# ("well-\nknown" -> "well-known"; "gov-\nernment" -> "government").
_COMPOUND_FIRST = frozenset({
    "well", "self", "so", "long", "short", "ill", "half", "full", "part", "ex", "non",
    "anti", "pro", "all", "far", "high", "low", "first", "second", "third", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
    "year", "mid", "post", "pre", "cross", "co", "vice", "old", "open", "close", "left",
    "right", "top", "world", "hard", "best", "little", "much", "record", "then", "would",
    "x", "e", "t",
})


def _line_mark_len(line: str) -> int:
    """Length of the mark opening a line ("> ", "## "), 0 when there is none."""
    m = _LINE_MARK_RE.match(line)
    return m.end() if m is not None else 0


def _plain_text_marks(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Find what makes pasted plain text read unlike a web page's paragraphs.

    * A word hyphenated over a line break ("the gov-\\nernment"): the hyphen and the
      newline are deleted; the newline only after the first word of a compound
      ("well-\\nknown" -> "well-known"), after a digit ("40-\\nyear-old") or before a
      capital ("Lopez-\\nGarcia").
    * Markdown: a link's "[" and "](url)" (the url is no words of the text), bold's "**",
      and the mark opening a line: "> " of a block quote or a quoted e-mail (nested too),
      "## " of a heading (a bullet stays: the rules of lists read it).
    * Hard-wrapped text (e-mails, PDFs, wire feeds, plain-text books: a newline every
      40-100 characters inside a paragraph): the newline inside a paragraph becomes a
      space, so "said Ana\\nRuiz" is one name and a quote keeps its frame.  A text is
      hard-wrapped when at least three of its lines end full and mid-sentence and few
      lines are wider than 100 characters.  A paragraph there ends at a blank line, before
      an indented line, a list item, a line of another quoting depth, or after a line the
      next word would have fitted on (a short last line; a poem's or an address's lines).
      Lines that are only a page number are emptied there, and a paragraph that a page
      number cut in mid-sentence is joined again.

    Args:
        text: the stage-1 text.

    Returns:
        Sorted ranges of ``text`` to delete, and the positions of the newlines that
        become a space.
    """
    cuts: list[tuple[int, int]] = []
    soft: list[int] = []
    if "](" in text:
        for m in _MD_LINK_RE.finditer(text):
            if m.start() and text[m.start() - 1] == "!":
                cuts.append((m.start() - 1, m.end()))  # an image: its alt text too
                continue
            cuts.append((m.start(), m.start() + 1))
            cuts.append((m.end(1), m.end()))
    if "**" in text or "__" in text:
        for m in _MD_BOLD_RE.finditer(text):
            k = len(m.group(1))
            cuts.append((m.start(), m.start() + k))
            cuts.append((m.end() - k, m.end()))
    if "\n" not in text:
        return sorted(cuts), soft
    lines = text.split("\n")
    marked = text.lstrip(" \t")[:1] in (">", "#") or \
        _MARK_HINT_RE.search(text) is not None
    marks = [_line_mark_len(line) for line in lines] if marked else None
    if marks is not None:
        pos = 0
        for line, k in zip(lines, marks, strict=True):
            if k:
                cuts.append((pos, pos + k))
            pos += len(line) + 1
    # hyphens over a line break, wherever they are
    if "-\n" in text:
        pos = 0
        for i in range(len(lines) - 1):
            line, nxt = lines[i], lines[i + 1]
            pos += len(line) + 1
            if len(line) >= 3 and line[-1] == "-" and line[-2].isdigit() and nxt[:1].isalpha():
                cuts.append((pos - 1, pos))  # "40-\nyear-old": the newline only
            elif len(line) >= 3 and line[-1] == "-" and line[-2].isalpha() and nxt[:1].isalpha():
                word = line.rsplit(None, 1)[-1][:-1].rsplit("-", 1)[-1]
                if not word.isalpha():
                    continue
                if nxt[0].isupper() or word.lower() in _COMPOUND_FIRST:
                    # "well-\nknown", "Lopez-\nGarcia": the newline only
                    cuts.append((pos - 1, pos))
                else:
                    cuts.append((pos - 2, pos))  # "gov-\nernment": hyphen and newline
    # most texts: a paragraph a line, many of them wider than a hard-wrapped line (one
    # pass in C over the line lengths)
    lens = list(map(len, lines))
    wide = sum(map(_MAX_WRAP_WIDTH.__lt__, lens))
    filled = sum(map(_MIN_WRAP_WIDTH.__le__, lens)) - wide
    if filled < 2 or wide * 10 > filled:
        _lower_case_runs(text, lines, marks, cuts, soft)
        return sorted(cuts), soft
    widths = [len(line.rstrip()) for line in lines]
    # the wrapping width: the widest lines but one in ten (a signature's or a link's line
    # a little wider than the rest)
    ranked = sorted((w for w in widths if w <= _MAX_WRAP_WIDTH), reverse=True)
    width = ranked[len(ranked) // 10]
    # lines that end full and mid-sentence (a quote's ',"' before its frame too), with a
    # line after them
    ends_mid = lower_next = 0
    for i in range(len(lines) - 1):
        end = lines[i].rstrip()[-2:]
        if widths[i] >= width - 20 and widths[i + 1] and (
                end[-1:] not in ".?!:\"\u201d'\u2019)" or end in (',"', ",\u201d")):
            ends_mid += 1
            if lines[i + 1].lstrip(" \t>")[:1].islower():
                lower_next += 1
    if ends_mid < 3 and not (ends_mid == 2 and lower_next):
        # not hard-wrapped (a headline and a kicker end mid-sentence too, but open no
        # line in lower case): only a line that ends in a lower-case word or a comma and
        # runs on in lower case on the next line is one line
        _lower_case_runs(text, lines, marks, cuts, soft)
        return sorted(cuts), soft
    joined = {b for a, b in cuts if b - a <= 2 and text[b - 1:b] == "\n"}
    _page_furniture(text, lines, widths, width, cuts, soft)
    pos = 0
    item_col = 0  # the column the text of an open list item starts at
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        nl = pos + len(line)  # the newline after the line
        pos = nl + 1
        depth = marks[i] if marks is not None else 0
        next_depth = marks[i + 1] if marks is not None else 0
        if not widths[i]:
            item_col = 0
        else:
            lead = len(line) - len(line.lstrip(" \t"))
            item = _LIST_ITEM_RE.match(line, lead) if lead >= depth else None
            if item is not None:
                item_col = item.end()  # a "* ", "- " or "1. " item
            elif lead != item_col:
                item_col = 0
        if not widths[i] or not widths[i + 1]:
            continue
        if _PAGE_NUMBER_RE.fullmatch(nxt) is not None:
            continue
        if (depth != next_depth and (marks is None or lines[i][:depth].count(">")
                                     != nxt[:next_depth].count(">"))):
            continue  # another quoting depth
        if next_depth and ">" not in nxt[:next_depth]:
            continue  # a heading or a list item
        body = nxt[next_depth:]
        if (body[:1] in " \t" and lines[i][depth:depth + 1] not in " \t"
                and not (item_col and not next_depth
                         and len(nxt) - len(nxt.lstrip(" \t")) == item_col)):
            continue  # an indented line opens a paragraph (not a list item's next line)
        if _LIST_ITEM_RE.match(body) is not None:
            continue  # a list item
        first_word = body.split(None, 1)[0] if body.strip() else ""
        if widths[i] + 1 + len(first_word) <= width - 8:
            continue  # the next word would have fitted: the paragraph ended
        if nl + 1 in joined:
            continue  # joined over a hyphen already
        if (widths[i + 1] <= width - 20 and nxt.rstrip()[-1:] not in _SENTENCE_ENDS
                and line.rstrip()[-1:] != "," and pos + len(nxt) + 1 not in joined):
            continue  # a short line no sentence ends: a byline, a kicker, a heading's line
        soft.append(nl)
        _cut_indent(nxt, nl + 1, next_depth, cuts)
    return sorted(cuts), soft


def _cut_indent(line: str, start: int, depth: int, cuts: list[tuple[int, int]]) -> None:
    """Delete the indentation of a line joined to the line before it (a list item's next
    line: "...we thank the\\n  workers" -> "we thank the workers")."""
    if depth == 0 and line[:1] in (" ", "\t"):
        cuts.append((start, start + len(line) - len(line.lstrip(" \t"))))


def _page_furniture(text: str, lines: list[str], widths: list[int], width: int,
                    cuts: list[tuple[int, int]], soft: list[int]) -> None:
    """Empty the page numbers and running heads of a hard-wrapped text (a line that is only
    a page number, or a short line repeated three times or more: "Harbor Gazette - March
    2026"), and join a paragraph that a page break cut in mid-sentence: the line before
    ends full and mid-sentence, the line after opens in lower case.  Adds to ``cuts`` and
    ``soft`` as :func:`_plain_text_marks` returns them."""
    counts = Counter(line.strip() for line in lines if 0 < len(line) <= 60)
    heads = {line for line, c in counts.items()
             if c >= 3 and line[:1] not in "\"\u201c'>" and any(map(str.isalpha, line))}
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not widths[i] or not (_PAGE_NUMBER_RE.fullmatch(line) is not None
                                 or line.strip() in heads):
            i += 1
            continue
        cuts.append((starts[i], starts[i] + len(line)))
        # the paragraph before and after, over blank lines and other furniture
        j = i - 1
        while j >= 0 and not widths[j]:
            j -= 1
        k = i + 1
        while k < n and (not widths[k] or _PAGE_NUMBER_RE.fullmatch(lines[k]) is not None
                         or lines[k].strip() in heads):
            if widths[k]:
                cuts.append((starts[k], starts[k] + len(lines[k])))
            k += 1
        if (j >= 0 and k < n and widths[j] >= width - 20
                and lines[j].rstrip()[-1:] not in ".?!:\"\u201d'\u2019)"
                and lines[k].lstrip()[:1].islower()):
            nl = starts[j] + len(lines[j])
            soft.append(nl)
            cuts.append((nl + 1, starts[k]))
        i = k


def _lower_case_runs(text: str, lines: list[str], marks: list[int] | None,
                     cuts: list[tuple[int, int]], soft: list[int]) -> None:
    """In a text that is not hard-wrapped as a whole, the newline between a line of 40
    characters or more ending in a lower-case word or a comma and a line of the same quoting
    depth that runs on in lower case (a quoted e-mail's or a block quote's wrapped lines, a
    stray line break inside a sentence) becomes a space.  Adds to ``soft``."""
    if _LOWER_START_RE.search(text) is None:
        return  # no line opens in lower case (most texts): one search
    joined = None
    pos = 0
    nxt = lines[0]
    for i in range(len(lines) - 1):
        line, nxt = nxt, lines[i + 1]
        nl = pos + len(line)
        pos = nl + 1
        # (most lines: a paragraph ending in a full stop; two string tests)
        last = line[-1:]
        if not (last.islower() or last == "," or last in " \t"):
            continue
        depth = marks[i] if marks is not None else 0
        next_depth = marks[i + 1] if marks is not None else 0
        body = nxt[next_depth:].lstrip(" \t")
        if not body[:1].islower() or len(line.rstrip()) < _MIN_WRAP_WIDTH:
            continue
        last = line.rstrip()[-1]
        if not (last.islower() or last == ","):
            continue
        if line[:depth].count(">") != nxt[:next_depth].count(">"):
            continue
        if next_depth and ">" not in nxt[:next_depth]:
            continue  # a heading or a list item
        if joined is None:
            joined = {b for a, b in cuts if b - a <= 2 and text[b - 1:b] == "\n"}
        if nl + 1 not in joined and _LIST_ITEM_RE.match(body) is None:
            soft.append(nl)
            _cut_indent(nxt, nl + 1, next_depth, cuts)
