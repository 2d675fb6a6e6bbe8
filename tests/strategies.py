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

#: Scraped-page junk: odd spaces, zero-width characters, line endings, controls, credits.
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
