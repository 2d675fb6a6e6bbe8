"""Quote marks that never close, as scraped news loses them: the quote ends before its frame.

A quote whose closing mark was lost ('"This pub has been here since 1782, he said. Locals
agree.') used to run over its own frame to the paragraph end, so the frame became quoted
words and the speaker was lost.  Every text here is invented.
"""

from __future__ import annotations

import pytest
from handparse import conllu
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import check_result

import quotetrack
from quotetrack.quotes import find_quotes, multi_paragraph_groups


def found(text: str) -> list[tuple[str, str | None]]:
    """(quoted text, speaker mention) of each direct or mixed quote, on the default path."""
    result = quotetrack.extract(text)
    for q in result.quotes:
        assert text[q.start:q.end] == q.text  # offsets point into the user's text
    return [(q.text, q.speaker_mention.text if q.speaker_mention is not None else None)
            for q in result.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subject and verb after the clause
        ('"This pub has been here since 1782, he said. Locals agree.',
         [('"This pub has been here since 1782,', "he")]),
        ("“The bridge is safe, Mayor Ellen Varga said on Monday. Engineers disagree.",
         [("“The bridge is safe,", "Mayor Ellen Varga")]),
        ("“Nobody listens to us, she said, adding that the village would appeal.",
         [("“Nobody listens to us,", "she")]),
        ("“We will sell the farm, Ivo Marsh told reporters. His sons will not.",
         [("“We will sell the farm,", "Ivo Marsh")]),
        # a quote opened inside the sentence, and one of two sentences
        ("Voters are “tired of waiting, said Lin Ames, who runs the food bank.",
         [("“tired of waiting,", "Lin Ames")]),
        ("“We will win. We always do, she said. Then she left.",
         [("“We will win. We always do,", "she")]),
        # an apposition after the subject, a topic after the verb
        ("“We need more buses, Rhys Vane, a driver, said. It was late.",
         [("“We need more buses,", "Rhys Vane")]),
        ("“We need more buses, the driver, Rhys Vane, said. It was late.",
         [("“We need more buses,", "Rhys Vane")]),
        ("“We need more buses, Vane said of the plan. It was late.",
         [("“We need more buses,", "Vane")]),
        # the verb before its subject, after a comma or a question mark
        ("“We will not back down, said Nora Quill, the union’s leader. The strike goes on.",
         [("“We will not back down,", "Nora Quill")]),
        ("“Is this fair? asked Pat Lowe, a tenant. Nobody answered.",
         [("“Is this fair?", "Pat Lowe")]),
        # a comma inside the quote that no frame follows does not end it
        ("“When I called him, he said no and we left, Kim Baird recalled.",
         [("“When I called him, he said no and we left,", "Kim Baird")]),
        # the next sentence opens a quote of its own: the first one ends at its frame
        ("“We are ready, Ada Munn said. “We have been ready for years.”",
         [("“We are ready,", "Ada Munn"), ("“We have been ready for years.”", "Ada Munn")]),
        ('"We are ready, Ada Munn said. "We have been ready for years."',
         [('"We are ready,', "Ada Munn"), ('"We have been ready for years."', "Ada Munn")]),
    ],
)
def test_unclosed_quote_ends_before_its_frame(text: str, expected: list[tuple[str, str]]
                                              ) -> None:
    """An unclosed double quote that reaches a speech frame (", he said." ", said X,")
    ends before it, and the frame names its speaker."""
    assert found(text) == expected


def test_quote_ended_at_its_frame_has_an_empty_closing_mark() -> None:
    """The span ends after the clause's comma, with ``close_mark=""`` (no mark to strip),
    as a recovered quote with no opening mark has ``open_mark=""``."""
    text = "“Rents keep rising, she said. Nobody can stay."
    (span,) = find_quotes(text)
    assert span.close_mark == ""
    assert span.content_end == span.end
    assert text[span.content_start:span.content_end] == "Rents keep rising,"
    assert not span.continued


@pytest.mark.parametrize(
    "text",
    [
        # the multi-paragraph convention: the paragraph never closes, the next one opens
        "Farmer Jo Pike was angry.\n\n“Nobody asked us, we found out from the paper.\n\n"
        "“Now they want us to pay,” she said.",
        '"I told them, he said no.\n"Then I left," Dan Orr said.',
    ],
)
def test_multi_paragraph_quotes_without_a_frame_go_on(text: str) -> None:
    """A paragraph left open with no frame in it still goes on in the next one."""
    spans = find_quotes(text)
    assert [s.continued for s in spans] == [True, False]
    assert spans[0].close_mark is None
    assert multi_paragraph_groups(spans) == [spans]


def test_closed_quotes_are_unchanged() -> None:
    """A frame inside a quote that closes is the speaker's own words."""
    text = "“I asked the clerk, she said the form was lost,” Kim Baird said."
    assert found(text) == [("“I asked the clerk, she said the form was lost,”", "Kim Baird")]


def test_parsed_path_reads_the_frame_after_an_unclosed_quote() -> None:
    """The parsed path finds the same span and the frame's speaker."""
    text = '"The ferry will run again in May, said Ruth Calder. Nobody believes it.'
    s1 = [('"', '"', "PUNCT", 5, "punct"), ("The", "the", "DET", 3, "det"),
          ("ferry", "ferry", "NOUN", 5, "nsubj"), ("will", "will", "AUX", 5, "aux"),
          ("run", "run", "VERB", 10, "ccomp"), ("again", "again", "ADV", 5, "advmod"),
          ("in", "in", "ADP", 8, "case"), ("May", "May", "PROPN", 5, "obl", "S-DATE"),
          (",", ",", "PUNCT", 5, "punct"), ("said", "say", "VERB", 0, "root"),
          ("Ruth", "Ruth", "PROPN", 12, "compound", "B-PERSON"),
          ("Calder", "Calder", "PROPN", 10, "nsubj", "E-PERSON"),
          (".", ".", "PUNCT", 10, "punct")]
    s2 = [("Nobody", "nobody", "PRON", 2, "nsubj"), ("believes", "believe", "VERB", 0, "root"),
          ("it", "it", "PRON", 2, "obj"), (".", ".", "PUNCT", 2, "punct")]
    doc = quotetrack.attribute_document(quotetrack.from_conllu(text, conllu(text, [s1, s2])))
    direct = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
              for q in doc.quotes if q.kind != "indirect"]
    assert direct == [('"The ferry will run again in May,', "Ruth Calder")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('""We will win,"" Ruth Calder said.', [('""We will win,""', "Ruth Calder")]),
        ('Dr. Mia Holt said the results were ""very encouraging"".',
         [('""very encouraging""', "Dr. Mia Holt")]),
        ('""We lost,"" he said. ""We will be back.""',
         [('""We lost,""', "he"), ('""We will be back.""', "he")]),
    ],
)
def test_doubled_straight_marks_are_one_mark(text: str, expected: list[tuple[str, str]]
                                             ) -> None:
    """Text escaped as in CSV doubles every straight mark: a ``""`` next to a word is
    one mark, not an empty quote and a stray opener."""
    assert found(text) == expected


def test_empty_doubled_marks_stay_empty_quotes() -> None:
    """An empty ``""`` between spaces or in markup is still no quote."""
    assert find_quotes('He said "" and "" then.') == []
    assert find_quotes('He said "".') == []
    text = '<tweet pic="" author="Jo">'
    assert [text[s.start:s.end] for s in find_quotes(text)] == ['"Jo"']


FRAMED = st.lists(st.sampled_from([
    '"', '""', "“", "”", "'", " ", "\n", "\n\n", ",", ".", "?", " We won", " they left",
    ", he said", ", said Jane Doe", ", Doe told reporters", ", she said no", " on Monday",
    ", the mayor said", " said", " Doe", ", asked Al Roe,", "!",
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FRAMED)
def test_property_quotes_ended_at_a_frame(text: str) -> None:
    """A span ended at its frame closes after ``, ? !`` and before a frame, on one line;
    top-level spans stay in order; and extract keeps every offset guarantee."""
    spans = find_quotes(text)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for s in find_quotes(text, nested=True):
        assert 0 <= s.start <= s.content_start < s.content_end <= s.end <= len(text)
        assert "\n" not in text[s.start:s.end]
        if s.close_mark == "":
            assert text[s.end - 1] in ",?!" and s.open_mark and not s.continued
            assert text[s.end] == " "
    check_result(text)
