"""What the attribution rules return: :class:`Attribution` and :class:`Found`.
"""

from __future__ import annotations

import attrs

from .._frozen import fast_frozen_init


@fast_frozen_init
@attrs.frozen
class Attribution:
    """A cue and the speaker mention it credits, found in the text."""

    speaker: tuple[int, int] | None  # word index span [a, b) of the speaker mention
    cue: tuple[int, int] | None  # word index span of the cue
    addressee: tuple[int, int] | None = None
    confidence: float = 0.0
    reason: str = ""
    # word span of the one who relays the speaker's words ("state media" in '"A," Kim
    # said, state media reported'): the speaker is then the one whose words they are
    reported_by: tuple[int, int] | None = None


@fast_frozen_init
@attrs.frozen
class Found:
    """A quote or reported statement found in the text, with its attribution."""

    start: int
    end: int
    kind: str
    attribution: Attribution
    statement: tuple[int, int] | None = None  # a mixed quote's reported clause (chars)
