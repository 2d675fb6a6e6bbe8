"""Shared hypothesis strategies: news-like text built from realistic fragments and junk."""

from __future__ import annotations

from hypothesis import strategies as st

#: Person names in the forms news text uses them.
NAMES: tuple[str, ...] = (
    "Jane Doe",
    "Doe",
    "Kim Jong Un",
    "Robert (Bob) Cusack",
    "Bob Cusack",
    "Mike Pompeo",
    "O'Rourke",
    "Ursula von der Leyen",
)

#: Scraped-page junk: odd spaces, zero-width characters, line endings, controls, credits,
#: HTML character references.
JUNK: tuple[str, ...] = (
    "\u00a0",
    "\u2009",
    "\u3000",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\r\n",
    "\r",
    "\x00",
    "\x85",
    "\x7f",
    "\t",
    "©",
    "© Getty Images",
    "Photo: John Smith/AP",
    "(AP Photo/Evan Vucci)",
    "Getty Images",
    "Image copyright Reuters",
    "&quot;",
    "&#8220;",
    "&#x201D;",
    "&amp;",
    "&nbsp;",
    "&#8203;",
    "&rsquo;",
    "&foo;",
    "\nAdvertisement\n",
    "\nUpdated 3:45 p.m. ET\n",
    "\nJane Doe at the rally. (AP Photo/Evan Vucci)\n",
    "\nRelated: Doe says the talks stalled\n",
)

#: Ordinary prose pieces, some of them near-misses for junk rules.
PROSE: tuple[str, ...] = (
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    "“",
    "”",
    '"',
    " said",
    " MORE",
    "MORE",
    " wants MORE money",
    "blasts rivals over budget",
    "iPhone",
    "McDonald",
    "JavaScript",
    "Trump",
    "DoeJane Doe",
    "Getty Images said on Monday",
    "the",
)

news_fragment = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(JUNK),
    st.sampled_from(PROSE),
    st.text(max_size=3),
)

#: News-like text: fragments glued together, so names meet junk in every way.
news_text = st.lists(news_fragment, max_size=40).map("".join)


# ---------------------------------------------------------------------------
# Quotes and attribution frames (used by test_properties.py)
# ---------------------------------------------------------------------------

#: Every quote mark news text uses, straight and curly, plus guillemets and low marks.
QUOTE_MARKS: tuple[str, ...] = ("“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", "`")

#: Who says it: names, pronouns, role nouns, organisations.
SPEAKERS: tuple[str, ...] = (
    "Jane Doe", "Doe", "he", "He", "she", "they", "The senator", "the secretary of State",
    "Reuters", "Mike Pompeo", "a spokesman", "officials",
)

#: Speech cues and the words around them.
CUES: tuple[str, ...] = (
    " said", " said.", " told", " told reporters", " says", " added", " argued",
    "according to", "According to", " said that", " said on Monday", ": ", ", ", ".",
)

#: Text that breaks naive code: line ends, NUL, odd spaces, a glued hover card.
ODD: tuple[str, ...] = (
    "\n", "\n\n", "\r\n", "\r", "\x00", "\u00a0", "\u2028", "\u200b", "\ufeff", " ", "\t",
    "Jane DoeJane DoeDoe wins MORE", "Mike PompeoMike PompeoUS intel says MORE",
    "© Getty Images", "—", "...", "(", ")",
)

#: Words that make up quoted content and reported clauses.
WORDS: tuple[str, ...] = (
    " we", " will", " win", " the", " plan", " would", " fail", " It", " is", " over",
    " not", " acceptable", " that", " a", " great", " day", " Trump", " budget",
)

quote_fragment = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(SPEAKERS),
    st.sampled_from(CUES),
    st.sampled_from(ODD),
    st.sampled_from(WORDS),
    st.text(max_size=3),
)

#: Text glued from quote marks, speakers, cues, words and junk in any order.
quote_soup = st.lists(quote_fragment, max_size=50).map("".join)


@st.composite
def attribution_frames(draw: st.DrawFn) -> str:
    """Text made of whole news-style attribution frames with junk between them.

    Frames: ``“Q,” S said.``, ``S said: “Q.”``, ``S said Q.``, ``According to S, Q.``,
    with any quote marks (matched or not), so most examples hold real quotes.
    """
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        left = draw(st.sampled_from(QUOTE_MARKS))
        right = draw(st.sampled_from(QUOTE_MARKS))
        content = "".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))).strip()
        speaker = draw(st.sampled_from(SPEAKERS))
        frame = draw(st.sampled_from((
            "{lq}{q},{rq} {s} said.",
            "{s} said: {lq}{q}.{rq}",
            "{s} told reporters that {q}.",
            "According to {s}, {q}.",
            "{lq}{q},{rq} said {s}. {lq}{q}.{rq}",
            "{s} said {q} was {lq}{q}{rq}.",
        )))
        parts.append(frame.format(lq=left, rq=right, q=content, s=speaker))
        parts.append(draw(st.sampled_from((" ", "\n\n", "\r\n", "\u00a0", " ",
                                           "\n\nJane DoeJane DoeDoe wins MORE ", "\x00"))))
    return "".join(parts)


# ---------------------------------------------------------------------------
# Result objects (used by test_store.py)
# ---------------------------------------------------------------------------

from quotetrack.model import Entity, Mention, Quote, Span  # noqa: E402

#: Any text SQLite can hold, with the characters that break naive SQL and JSON.
store_text = st.one_of(
    st.text(max_size=20),
    st.sampled_from(("'); DROP TABLE quotes;--", '"', "%", "_", ";", "\\", "\x00", "\u2028",
                     "e1", "", " ", "NULL", "null")),
)
offsets = st.integers(min_value=-(2**63), max_value=2**63 - 1)

mentions = st.builds(Mention, offsets, offsets, store_text,
                     st.sampled_from(("name", "pronoun", "role", "noun")))

entities = st.builds(
    Entity, store_text, store_text,
    st.sampled_from(("PERSON", "ORG", "GPE", "NORP", "GROUP", "UNKNOWN")) | store_text,
    aliases=st.lists(store_text, max_size=3).map(tuple),
    titles=st.lists(store_text, max_size=2).map(tuple),
    mentions=st.lists(mentions, max_size=3).map(tuple),
    gender=st.none() | store_text,
    external_id=st.none() | store_text,
)

quotes = st.builds(
    Quote, offsets, offsets, store_text,
    kind=st.sampled_from(("direct", "mixed", "indirect")) | store_text,
    cue=st.none() | st.builds(Span, offsets, offsets, store_text),
    speaker=st.none() | entities,
    speaker_mention=st.none() | mentions,
    addressee=st.none() | entities,
    addressee_mention=st.none() | mentions,
    confidence=st.floats(allow_nan=False),
    about=st.lists(store_text, max_size=4).map(tuple),
    reason=store_text,
)


# ---------------------------------------------------------------------------
# Hostile text (used by test_adversarial.py)
# ---------------------------------------------------------------------------

#: Every character Unicode calls a quotation mark (the Quotation_Mark property and
#: the Pi/Pf punctuation categories) plus look-alikes scrapers produce.
UNICODE_QUOTE_MARKS: tuple[str, ...] = tuple(
    dict.fromkeys(
        "\"'«»‘’‚‛“”„‟‹›⹂「」『』〝〞〟﹁﹂﹃﹄＂＇｢｣"  # Quotation_Mark
        "⸂⸃⸄⸅⸉⸊⸌⸍⸜⸝⸠⸡"  # other Pi/Pf
        "`´′″‶〃❛❜❝❞❟❠❮❯🙶🙷🙸"  # look-alikes
    )
)

#: Pieces that break naive text code: bidi controls, combining marks, emoji
#: sequences, controls, odd line ends, noncharacters, private use.
HOSTILE: tuple[str, ...] = (
    "\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2066", "\u2067", "\u2069",  # bidi
    "שלום", "مرحبا", "Привет", "日本語", "नमस्ते", "ไทย",
    "e\u0301", "\u0301", "a" + "\u0300\u0301\u0302\u0303\u0304" * 4,  # combining
    "👍🏽", "👨\u200d👩\u200d👧", "🇺🇸", "❤\ufe0f", "\U0001f600",  # emoji
    "\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\x9b", "\x0b", "\x0c",  # controls
    "\r\n", "\r", "\n", "\u2028", "\u2029",
    "\ufffe", "\uffff", "\ue000", "\U0010ffff", "\ufdd0", "\ufeff",
    " said", ": ", "Jane Doe", "he", ".",
)

#: Arbitrary Unicode (every category but surrogates) with hostile pieces and quote marks.
hostile_text = st.lists(
    st.one_of(
        st.sampled_from(UNICODE_QUOTE_MARKS),
        st.sampled_from(HOSTILE),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=4),
    ),
    max_size=60,
).map("".join)
