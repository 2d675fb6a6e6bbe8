"""Cues and speaker mentions: who is credited with each quote, and by which words.

Rules work on :class:`~quotetrack.tokens.Words`, so they run the same on a
Document from Stanza, from CoNLL-U or from the model-free annotator.  Surface
patterns always run ("X said", "said X", "X told Y:", "according to X");
when the Document has a dependency parse, the cue's subject and clausal
complement from the parse are preferred.

All offsets here are into the text the Document was built from; the pipeline
maps them back to the user's text.
"""

from __future__ import annotations

from typing import Sequence

import attrs

from .lexicon import (
    INVERTING_VERBS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from .quotes import QuoteSpan
from .tokens import Word, Words

#: Words that may stand between a subject and its cue ("Pompeo has also said").
_BETWEEN_SUBJECT_AND_CUE = frozenset({
    "has", "have", "had", "also", "later", "then", "previously", "recently", "once",
    "would", "will", "did", "does", "do", "reportedly", "further", "again", "repeatedly",
    "publicly", "privately", "quickly", "simply", "often", "frequently", "has", "had",
    "just", "already", "since", "still", "even", "never", "always", "had", "was", "is",
    "were", "are", "be", "been", "could", "might", "may", "can", "should", "must",
    "originally", "first", "subsequently", "earlier", "famously", "flatly", "bluntly",
    "angrily", "openly", "explicitly", "specifically", "separately", "initially",
})
#: Words that may follow a cue before the reported clause ("said Wednesday that").
_CUE_ADJUNCTS = frozenset({
    "on", "in", "at", "during", "last", "this", "earlier", "later", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
    "recently", "again", "repeatedly", "publicly", "privately", "also", "previously",
    "statement", "interview", "a", "an", "the", "twitter", "tweet", "speech", "rally",
    "reporters", "times", "once", ",",
})
_SUBORDINATORS = frozenset({"when", "as", "while", "after", "before", "if", "because", "although",
                            "though", "since", "until", "unless", "whether", "but", "and", "so",
                            "yet", "meanwhile", "however", "then", "once", "where"})
#: How many words around a quote, or before a cue, the surface rules look at:
#: news frames are short, and a bound keeps hostile input linear.
_WINDOW = 60
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "yesterday", "tonight"})
_NP_INNER = frozenset({"of", "for", "’s", "'s", "-", "&", "de", "van", "von", "al", "bin",
                       "and", "at", "on", "in", "the"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who"})
_QUOTE_CHARS = frozenset("\"“”„«»‹›‘’'`")
_DASHES = frozenset({"—", "–", "-", "--"})


@attrs.frozen
class Attribution:
    """A cue and the speaker mention it credits, found in the text."""

    speaker: tuple[int, int] | None  # word index span [a, b) of the speaker mention
    cue: tuple[int, int] | None  # word index span of the cue
    addressee: tuple[int, int] | None = None
    confidence: float = 0.0
    reason: str = ""


@attrs.frozen
class Found:
    """A quote or reported statement found in the text, with its attribution."""

    start: int
    end: int
    kind: str
    attribution: Attribution


def is_cue_word(w: Word) -> bool:
    """True for a reporting verb used as a verb."""
    if w.lemma in REPORTING_VERBS or w.lower in REPORTING_VERB_FORMS:
        if w.upos in ("NOUN", "PROPN", "ADJ", "PUNCT", "DET", "ADP", "NUM"):
            return False
        return True
    return False


def _nounish(w: Word) -> bool:
    if w.is_punct:
        return w.text in (".", "-", "&") and w.upos != "PUNCT"
    if w.upos in ("PROPN", "NOUN", "ADJ", "NUM", "DET", "PRON"):
        return True
    if w.ner != "O":
        return True
    if w.upos in ("", "X") and (w.is_capitalised or w.lower in SPEAKER_NOUNS):
        return True
    if w.lower in ("’s", "'s"):
        return True
    return w.is_capitalised and w.upos not in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ")


class Attributor:
    """Finds quotes, reported speech and their speakers in one Document."""

    def __init__(self, words: Words, quote_spans: Sequence[QuoteSpan]) -> None:
        self.W = words
        self.words = words.words
        self.spans = list(quote_spans)
        # word index -> quote span index (depth 0), -1 outside quotes
        self.in_quote = [-1] * len(self.words)
        for k, q in enumerate(self.spans):
            for w in words.between(q.start, q.end):
                self.in_quote[w.i] = k

    # ------------------------------------------------------------------ helpers
    def _sentence_range(self, i: int) -> tuple[int, int]:
        return self.W.sentences[self.words[i].sent]

    def _word_span_chars(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.words[span[0]].start, self.words[span[1] - 1].end

    def _np_back(self, k: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase ending at word ``k`` (inclusive), not before ``limit``."""
        words = self.words
        if k < limit or k < 0:
            return None
        w = words[k]
        if self.in_quote[k] >= 0:
            return None
        if w.lower in _SUBJECT_PRONOUNS and (w.is_pronoun or w.upos in ("", "X")):
            return (k, k + 1)
        if not _nounish(w) or w.is_pronoun:
            return None
        a = k
        while a - 1 >= limit and self.in_quote[a - 1] < 0:
            p = words[a - 1]
            if p.lower in _NP_INNER and a - 2 >= limit and _nounish(words[a - 2]) and \
                    not words[a - 2].is_pronoun and p.lower not in ("and", "the"):
                a -= 1
                continue
            if p.is_capitalised and p.lower in _SUBORDINATORS and p.ner == "O":
                break  # "When Trump", "As reported"
            if p.lower == "the" or (_nounish(p) and not p.is_pronoun) or p.lower in ("his", "her", "their", "its"):
                a -= 1
                continue
            if p.upos == "VERB" and p.lower.endswith(("ing", "ed")) and not is_cue_word(p) and \
                    a - 2 >= limit and (words[a - 2].upos in ("DET", "ADJ", "NUM") or
                                        words[a - 2].lower == "of") and \
                    words[a].upos in ("NOUN", "PROPN"):
                a -= 1
                continue
            break
        if k - a >= 10:
            a = k - 9
        return (a, k + 1)

    def _np_forward(self, k: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase starting at word ``k``, ending before ``limit``."""
        words = self.words
        if k >= limit or self.in_quote[k] >= 0:
            return None
        w = words[k]
        if w.lower in _SUBJECT_PRONOUNS and (w.is_pronoun or w.upos in ("", "X")):
            return (k, k + 1)
        if not _nounish(w) or w.is_pronoun and w.lower not in ("his", "her", "their"):
            return None
        b = k + 1
        while b < limit and self.in_quote[b] < 0 and b - k < 10:
            n = words[b]
            if n.lower in _NP_INNER and b + 1 < limit and _nounish(words[b + 1]) and \
                    (words[b + 1].is_capitalised or n.lower in ("’s", "'s", "of")) and \
                    n.lower not in ("and", "on", "in", "at"):
                b += 1
                continue
            if _nounish(n) and not n.is_pronoun and not is_cue_word(n):
                b += 1
                continue
            break
        return (k, b)

    def _skip_back(self, k: int, limit: int) -> int:
        """Step back over auxiliaries, adverbs and time words between a subject and its cue."""
        words = self.words
        while k >= limit:
            w = words[k]
            if w.lower in _BETWEEN_SUBJECT_AND_CUE or w.lower in _WEEKDAYS:
                k -= 1
            elif w.lower in ("week", "month", "year", "night", "morning") and k - 1 >= limit and \
                    words[k - 1].lower in ("last", "this", "earlier", "next"):
                k -= 2
            else:
                break
        return k

    def _subject_of_cue(self, c: int, limit: int) -> tuple[tuple[int, int] | None, str]:
        """The speaker noun phrase before cue word ``c`` (surface), and how it was found."""
        words = self.words
        k = self._skip_back(c - 1, limit)
        if k < limit:
            return None, ""
        if words[k].text == ")":
            # "Sen. Jane Doe (D-Ore.) said"
            j = k - 1
            while j > limit and k - j < 12 and words[j].text != "(":
                j -= 1
            if j > limit and words[j].text == "(":
                k = j - 1
        if words[k].text in ("–", "—") and words[c].lower.endswith("ing"):
            sub = self.clause_subject(limit, k, inside=c if self.W.has_parse else None)
            return sub, "participle"
        if words[k].text == "," and words[c - 1].lower in ("then", "and") and c - 1 > k:
            # "X offered the man a job, then says ...": the subject of the first verb
            sub = self.clause_subject(limit, k, inside=c if self.W.has_parse else None)
            return sub, "coordination"
        if words[k].text == ",":
            if words[c].lower.endswith("ing"):
                # "X postponed the vote, saying ...": the subject of the main clause
                sub = self.clause_subject(limit, k, inside=c if self.W.has_parse else None)
                if sub is None:
                    # "Clinton, clearly frustrated, responded ..., saying": the opening name
                    i = limit
                    while i < k and words[i].is_punct:
                        i += 1
                    first = self._np_forward(i, k)
                    if first is not None and self.is_named_or_pronoun(first):
                        sub = first
                return sub, "participle"
            # "Gov. John Kasich (R-OH), said"
            j = k - 1
            if j > limit and words[j].text == ")":
                while j > limit and k - j < 12 and words[j].text != "(":
                    j -= 1
                j -= 1
            near = self._np_back(j, limit) if j >= limit else None
            if near is not None and self.is_named_or_pronoun(near) and \
                    not all(words[x].ner.endswith("GPE") or words[x].ner == "O" and not
                            words[x].is_capitalised for x in range(*near)) and (
                    near[0] - 1 < limit or words[near[0] - 1].text != "," or
                    any(words[x].ner.endswith("PERSON") for x in range(*near))):
                return near, "subject"
            # "X, a spokesman for Y, said" / "X, who runs Y, said" / "X, in her dissent, said"
            commas = 0
            j = k - 1
            while j > limit and k - j < 30 and commas < 3:
                if words[j].text == "," and self.in_quote[j] < 0:
                    commas += 1
                    name = self._np_back(j - 1, limit)
                    if name is not None and self.is_named_or_pronoun(name):
                        return name, "apposition"
                j -= 1
            appos = self._np_back(k - 1, limit)
            if appos is not None and self.is_named_or_pronoun(appos):
                return appos, "apposition"
            return None, ""
        if words[k].lower in ("and", "but", "or") and k > limit:
            # "Clinton celebrated ... and said": the subject of the first verb
            sub = self.clause_subject(limit, k, inside=c if self.W.has_parse else None)
            return sub, "coordination"
        np = self._np_back(k, limit)
        return np, "subject"

    def _plausible_subject(self, w: Word) -> bool:
        """False for parser subjects that cannot speak: times and datelines."""
        if w.lower in _WEEKDAYS or w.ner.endswith(("DATE", "TIME")):
            return False
        if w.text.isupper() and len(w.text) > 3 and w.ner.endswith("GPE"):
            return False  # "WASHINGTON —"
        return True

    def syntax_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of cue word ``c`` from the dependency parse, if any."""
        if not self.W.has_parse:
            return None
        words = self.words
        seen = 0
        cue = words[c]
        while cue is not None and seen < 4:
            a, b = self._sentence_range(cue.i)
            for w in words[a:b]:
                if w.head == cue.i and w.deprel.startswith("nsubj") and self.in_quote[w.i] < 0 \
                        and self._plausible_subject(w):
                    return self._antecedent(self.expand_mention(w.i), cue)
            # "..., adding that": the subject of the verb it hangs from
            if cue.deprel in ("xcomp", "conj", "advcl", "ccomp") and cue.head >= 0:
                cue = words[cue.head]
                seen += 1
                continue
            break
        return None

    def _antecedent(self, sub: tuple[int, int], cue: Word) -> tuple[int, int]:
        """The subject as written: a relative "who" stays the mention (see :meth:`antecedent_of`)."""
        return sub

    def antecedent_of(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """For a relative pronoun mention ("Beck, who has said ..."), the noun it stands for."""
        words = self.words
        a, b = span
        if b - a != 1 or words[a].lower not in ("who", "which", "that", "whom"):
            return None
        w = words[a]
        if self.W.has_parse and w.head >= 0:
            verb = words[w.head]
            if verb.deprel.startswith("acl") and verb.head >= 0:
                return self.expand_mention(verb.head)
        k = a - 1
        lo = self.W.sentences[w.sent][0]
        if k >= lo and words[k].text == ",":
            k -= 1
        return self._np_back(k, lo) if k >= lo else None

    def dominates(self, c: int, a: int, b: int) -> bool:
        """True when word ``c`` governs some word in [a, b) or hangs from one (parataxis)."""
        words = self.words
        if a <= words[c].head < b:
            return True
        for i in range(a, b):
            k, steps = i, 0
            while k >= 0 and steps < 30:
                if k == c:
                    return True
                k = words[k].head
                steps += 1
        return False

    def _syntax_quote(self, q: QuoteSpan, first: int, last: int) -> Attribution | None:
        """The cue that governs the quote in the parse, and its subject."""
        words = self.words
        a = self.W.sentences[words[first].sent][0]
        b = self.W.sentences[words[last].sent][1]
        par = words[first].par
        cands = []
        for c in range(a, b):
            w = words[c]
            if self.in_quote[c] >= 0 or w.par != par or not is_cue_word(w):
                continue
            if not self.dominates(c, first, last + 1):
                continue
            # the outermost speech cue: "X said the group lost a voice that said “...”" is X's
            depth, k = 0, c
            while words[k].head >= 0 and depth < 30:
                k = words[k].head
                depth += 1
            dist = first - c if c < first else c - last
            cands.append((w.lemma not in SPEECH_VERBS, depth, dist, c))
        for *_, c in sorted(cands):
            sub = self.syntax_subject(c)
            if sub is None:
                continue
            return Attribution(sub, (c, c + 1), self._addressee(c, b if c > last else first),
                               0.95 if c > last else 0.93, "cue governs quote (parse)")
        return None

    def expand_mention(self, h: int) -> tuple[int, int]:
        """A compact mention around head word ``h``: its name or noun phrase."""
        words = self.words
        w = words[h]
        if w.is_pronoun:
            return (h, h + 1)
        # an NER entity containing the head
        if w.ner != "O":
            a = h
            while a > 0 and words[a].ner[:1] in ("I", "E") and words[a - 1].ner[:1] in ("B", "I"):
                a -= 1
            b = h + 1
            while b < len(words) and words[b - 1].ner[:1] in ("B", "I") and \
                    words[b].ner[:1] in ("I", "E"):
                b += 1
            return (a, b)
        # left dependents that belong to the noun phrase
        a = h
        s0, s1 = self._sentence_range(h)
        for x in words[s0:h]:
            if x.head == h and x.deprel in ("compound", "flat", "det", "amod", "nmod:poss",
                                              "nummod", "compound:prt"):
                a = min(a, x.i)
                break
        b = h + 1
        while b < s1 and words[b].head == h and words[b].deprel in ("flat", "compound"):
            b += 1
        return (a, b)

    # ------------------------------------------------------------- direct quotes
    def attribute_quote(self, q: QuoteSpan) -> tuple[Attribution, str]:
        """Attribution and kind (direct/mixed) for one quote span, or no speaker."""
        words = self.words
        W = self.W
        first = W.index_at(q.start)
        last = W.index_at(max(q.start, q.end - 1))
        if first >= len(words):
            return Attribution(None, None), "direct"
        last = min(last, len(words) - 1)
        par = W.paragraph_of(q.start)
        s_first = W.sentences[words[first].sent]
        s_last = W.sentences[words[last].sent]
        # words after the quote, in its last sentence (up to the next quote)
        after: list[int] = []
        i = last + 1
        while i < s_last[1] and i < len(words) and words[i].par == par and \
                self.in_quote[i] < 0 and len(after) < _WINDOW:
            after.append(i)
            i += 1
        if not after and i < len(words) and self.in_quote[i] < 0 and words[i].par == par \
                and words[i].sent != words[last].sent:
            # "...." he said. -- the quote ended its sentence, the cue opens the next
            s = W.sentences[words[i].sent]
            j = i
            while j < s[1] and self.in_quote[j] < 0 and j - i < 8:
                after.append(j)
                j += 1
        before: list[int] = []
        i = first - 1
        while i >= s_first[0] and words[i].par == par and self.in_quote[i] < 0 and \
                len(before) < _WINDOW:
            before.append(i)
            i -= 1
        before.reverse()
        boundary = q.content_end > q.content_start and \
            self.W.text[q.content_end - 1] in ",.!?;:—–-…" or \
            bool(after) and words[after[0]].text in (",", "—", "–", "--", "-", ":", ";")
        cand_after = self._after_pattern(after) if boundary else None
        cand_before = self._before_pattern(before)
        if self.W.has_parse:
            syn = self._syntax_quote(q, first, last)
            if syn is not None:
                if cand_after is not None and cand_after.cue == syn.cue:
                    syn = attrs.evolve(syn, speaker=cand_after.speaker)
                cand_after, cand_before = syn, None
        kind = "direct"
        if self._embedded(before):
            kind = "mixed"
        chosen: Attribution | None = None
        if cand_after is not None and (cand_before is None or cand_after.confidence >= cand_before[0].confidence):
            chosen = cand_after
        elif cand_before is not None:
            chosen = cand_before[0]
        if chosen is None:
            return Attribution(None, None), kind
        if chosen.reason in ("X verb:", "X: quote"):
            kind = "direct"  # "..., Jane Doe fired back, “...”": the frame ends the clause
        return chosen, kind

    def _embedded(self, before: list[int]) -> bool:
        """True when the words before a quote leave it inside a clause (a mixed quote)."""
        words = self.words
        seq = [i for i in before if not words[i].is_punct or words[i].text in (":",)]
        if not seq:
            return False
        if words[seq[-1]].text == ":":
            return False
        last = words[seq[-1]]
        if is_cue_word(last) or last.lower == "that" and len(seq) > 1 and is_cue_word(words[seq[-2]]):
            return last.lower == "that"
        # "X told Y, “...”": the addressee ends the frame
        for j in range(len(seq) - 1, -1, -1):
            if is_cue_word(words[seq[j]]):
                ad = self._addressee(seq[j], seq[-1] + 1)
                if ad is not None and ad[1] - 1 == seq[-1] and before and words[before[-1]].is_punct:
                    return False
                break
        return True

    def _after_pattern(self, after: list[int]) -> Attribution | None:
        words = self.words
        seq = [i for i in after]
        # drop leading punctuation (", " / "— ")
        while seq and words[seq[0]].is_punct:
            seq.pop(0)
        if not seq:
            return None
        limit = seq[0]
        end = seq[-1] + 1
        w0 = words[seq[0]]
        # "said X" (inverted)
        if is_cue_word(w0) and w0.lemma in INVERTING_VERBS:
            np = self._np_forward(seq[0] + 1, end)
            if np is not None:
                conf = 0.93 if not words[np[0]].is_pronoun else 0.85
                return Attribution(np, (seq[0], seq[0] + 1), self._addressee(seq[0], end),
                                   conf, "said X")
        # "according to X"
        if w0.lower == "according" and len(seq) > 2 and words[seq[1]].lower == "to":
            np = self._np_forward(seq[2], end)
            if np is not None:
                return Attribution(np, (seq[0], seq[1] + 1), None, 0.9, "according to X")
        # "X said" within the first words
        for j, i in enumerate(seq[:12]):
            w = words[i]
            if is_cue_word(w):
                if self.W.has_parse:
                    sub = self.syntax_subject(i)
                    if sub is not None and limit <= sub[0] <= i + 4:
                        return Attribution(sub, (i, i + 1), self._addressee(i, end),
                                           0.95, "X said (parse)")
                np, how = self._subject_of_cue(i, limit)
                if np is not None and np[0] == limit or (np is not None and how == "apposition"):
                    conf = 0.92 if how == "subject" else 0.85
                    return Attribution(np, (i, i + 1), self._addressee(i, end), conf, "X said")
                break
            if w.is_punct and w.text not in (",", "’s", "'s", "-"):
                break
        # any verb right after the quote: "“This is fantastic!” beamed X" / "..., X beamed."
        if w0.upos == "VERB" and not w0.lower.endswith("ing"):
            np = self._np_forward(seq[0] + 1, end)
            if np is not None and self.is_named_or_pronoun(np):
                return Attribution(np, (seq[0], seq[0] + 1), None, 0.8, "verb X")
        np = self._np_forward(seq[0], end)
        if np is not None and np[1] < end and self.is_named_or_pronoun(np):
            v = words[np[1]]
            if v.upos == "VERB" and not v.lower.endswith("ing") and \
                    (np[1] + 1 >= end or words[np[1] + 1].is_punct or
                     words[np[1] + 1].upos in ("ADP", "ADV")):
                return Attribution(np, (np[1], np[1] + 1), None, 0.8, "X verb")
        return None

    def _before_pattern(self, before: list[int]) -> tuple[Attribution, bool] | None:
        """(attribution, quote-is-embedded) from the words before a quote."""
        words = self.words
        if not before:
            return None
        seq = list(before)
        # strip trailing punctuation and "that"
        tail_punct = ""
        while seq and (words[seq[-1]].is_punct or words[seq[-1]].lower == "that"):
            tail_punct = words[seq[-1]].text + tail_punct
            seq.pop()
        if not seq:
            return None
        limit = before[0]
        # the clause that introduces the quote: after the last comma before it
        last_comma = max((j for j, x in enumerate(seq) if words[x].text in (",", ";")), default=-1)
        # the last speech verb before the quote, else the last reporting verb
        order = list(range(len(seq) - 1, -1, -1))
        order.sort(key=lambda j: words[seq[j]].lemma not in SPEECH_VERBS)
        for j in order:
            i = seq[j]
            w = words[i]
            if is_cue_word(w) and j < last_comma and tail_punct[:1] in (",", ":") and \
                    last_comma + 1 < len(seq):
                # "After X criticized Y, Hillary shot back, “...”": the last clause speaks
                lead = self.clause_subject(seq[last_comma + 1], seq[-1] + 1)
                if lead is not None and lead[0] > i:
                    return Attribution(lead, None, None, 0.75, "X verb:"), False
            if w.lower == "according" and j + 2 < len(seq) and words[seq[j + 1]].lower == "to":
                np = self._np_forward(seq[j + 2], seq[-1] + 1)
                if np is not None:
                    return Attribution(np, (i, seq[j + 1] + 1), None, 0.85, "according to X"), True
            if not is_cue_word(w):
                continue
            embedded = any(not words[x].is_punct for x in seq[j + 1:])
            addressee = self._addressee(i, seq[-1] + 1)
            if addressee is not None and addressee[1] - 1 == seq[-1]:
                embedded = False
            if self.W.has_parse:
                sub = self.syntax_subject(i)
                if sub is not None and sub[0] >= limit:
                    conf = 0.93 if not embedded else 0.88
                    return Attribution(sub, (i, i + 1), addressee, conf, "X said: (parse)"), embedded
            np, how = self._subject_of_cue(i, limit)
            if np is None and j + 1 < len(seq) and w.lemma in INVERTING_VERBS and \
                    tail_punct[:1] in (":", ","):
                np2 = self._np_forward(seq[j + 1], seq[-1] + 1)
                if np2 is not None and np2[1] - 1 == seq[-1]:
                    return Attribution(np2, (i, i + 1), None, 0.85, "said X:"), False
            if np is None:
                return None
            conf = 0.9 if not embedded else 0.85
            if how == "apposition":
                conf -= 0.05
            return Attribution(np, (i, i + 1), addressee, conf, "X said:"), embedded
        # a colon lead-in without a verb: "Pompeo: “...”"
        if tail_punct.startswith(":") and seq:
            np = self._np_back(seq[-1], limit)
            if np is not None and np[0] == seq[0]:
                return Attribution(np, None, None, 0.8, "X: quote"), False
            if np is not None and self.is_named_or_pronoun(np) and \
                    any(words[x].ner.endswith(("PERSON", "ORG")) for x in range(*np)):
                # "... - Michael P. McDonald: “...”", "surprise pollster Daron Shaw: “...”"
                return Attribution(np, None, None, 0.7, "X: quote"), False
        return None

    def _addressee(self, c: int, end: int) -> tuple[int, int] | None:
        """The object of "told" (told The Hill's Bob Cusack)."""
        words = self.words
        if words[c].lemma != "tell" or c + 1 >= end:
            return None
        np = self._np_forward(c + 1, end)
        if np is None:
            return None
        if words[np[0]].lower in ("that", "it") :
            return None
        return np

    def previous_colon_lead(self, q: QuoteSpan) -> Attribution | None:
        """A lead-in sentence ending with a colon just before the quote ("X continued:")."""
        words = self.words
        first = self.W.index_at(q.start)
        k = first - 1
        if k < 0 or words[k].text != ":":
            return None
        # the lead-in runs back to its sentence start (or the previous quote)
        a = k
        while a - 1 >= 0 and words[a - 1].sent == words[k].sent and self.in_quote[a - 1] < 0:
            a -= 1
        found = self._before_pattern(list(range(a, k + 1)))
        if found:
            return found[0]
        # "Cruz called them on it:" -- no reporting verb, but a subject
        sub = self.clause_subject(a, k)
        if sub is not None:
            return Attribution(sub, None, None, 0.75, "lead-in sentence:")
        return None

    def is_named_or_pronoun(self, span: tuple[int, int]) -> bool:
        """True when the mention is a pronoun, contains a name, or is headed by a role noun."""
        ws = self.words[span[0]:span[1]]
        if len(ws) == 1 and ws[0].is_pronoun:
            return ws[0].lower not in ("it", "that", "this", "which")
        return any(w.ner not in ("O", "") or w.upos == "PROPN" for w in ws) or \
            ws[-1].lower in TITLES or ws[-1].lower in SPEAKER_NOUNS

    def clause_subject(self, a: int, k: int, inside: int | None = None,
                       deep: bool = False) -> tuple[int, int] | None:
        """The subject of the clause spanning words [a, k) (or governing word ``inside``)."""
        words = self.words
        a = max(a, k - _WINDOW)
        if self.W.has_parse:
            start = inside if inside is not None else None
            if start is None:
                roots = [i for i in range(a, k) if words[i].head < 0 or
                         not (a <= words[words[i].head].i < k)]
                start = roots[0] if roots else None
            # the outermost clause's subject: "Rubio bemoaned the climate in which people
            # “hate each other”" is Rubio's, not people's
            steps = 0
            found = None
            while start is not None and start >= 0 and steps < 12:
                for x in self.W.sentence_words(words[start].sent):
                    if x.head == start and x.deprel.startswith("nsubj") and \
                            self.in_quote[x.i] < 0 and self._plausible_subject(x):
                        found = self._antecedent(self.expand_mention(x.i), words[start])
                        break
                start = words[start].head
                steps += 1
            return found
        # surface: a named or pronoun noun phrase that opens the clause (or follows an
        # introductory phrase and its comma) when a verb-like word follows it
        starts = [a] + [x + 1 for x in range(a, k)
                        if words[x].text in (",", "–", "—", ")", ":", ";") and self.in_quote[x] < 0]
        if inside is None and deep:
            # then any name or pronoun in the clause that a verb follows
            starts += [x for x in range(a, k) if x not in starts and
                       (words[x].ner != "O" or words[x].is_pronoun) and
                       (x == a or words[x - 1].ner == "O")]
        for i in starts:
            while i < k and (words[i].is_punct or words[i].lower in ("but", "and", "so", "then")):
                i += 1
            np = self._np_forward(i, k)
            if np is None or np[1] >= k or not self.is_named_or_pronoun(np):
                continue
            j = np[1]
            # "Mayor X on Tuesday postponed", "X immediately posted": step over adjuncts
            while j < k and j - np[1] < 4 and (words[j].upos == "ADV" or
                                                words[j].lower.endswith("ly") or
                                                words[j].lower in ("on", "last", "this", "earlier",
                                                                   "also", "later", "then")):
                j += 1
                while j < k and j - np[1] < 4 and words[j].is_capitalised and \
                        words[j - 1].lower in ("on", "last", "this"):
                    j += 1
            if j >= k:
                continue
            nxt = words[j]
            if nxt.upos in ("VERB", "AUX") or is_cue_word(nxt) or nxt.lower.endswith("ed") or \
                    (nxt.lower.endswith("s") and not nxt.is_capitalised and nxt.upos != "PRON"):
                return np
        return None

    # ----------------------------------------------------------- reported speech
    def reported_speech(self) -> list[Found]:
        """Indirect speech: "X said (that) ...", "..., X said", "according to X, ..."."""
        out: list[Found] = []
        for a0, b0 in self.W.sentences:
            # a "sentence" of thousands of words (scraped junk) is read in windows
            for a in range(a0, b0, 4 * _WINDOW):
                b = min(b0, a + 4 * _WINDOW)
                self._reported_in_window(a, b, out)
        return out

    def _reported_in_window(self, a: int, b: int, out: list[Found]) -> None:
        """Append the reported statements of sentence words [a, b) to ``out``."""
        if b - a < 4:
            return
        # several statements can share a sentence ("X, who said A, said B")
        start = a
        here: list[Found] = []
        while start < b:
            found = self._reported_in_sentence(a, b, start)
            if found is None:
                break
            if not any(f.start < found.end and found.start < f.end for f in here):
                here.append(found)
            cue = found.attribution.cue
            start = cue[1] if cue else b
        out.extend(here)

    def _content_end(self, a: int, b: int) -> int:
        words = self.words
        while b > a and (words[b - 1].is_punct and words[b - 1].text not in _QUOTE_CHARS):
            b -= 1
        return b

    def _subtree(self, h: int, a: int, b: int) -> tuple[int, int]:
        """Word span [lo, hi) of the subtree of ``h`` within sentence words [a, b)."""
        words = self.words
        inside = {h}
        changed = True
        while changed:
            changed = False
            for x in range(a, b):
                if x not in inside and words[x].head in inside:
                    inside.add(x)
                    changed = True
        return min(inside), max(inside) + 1

    def _syntax_reported(self, a: int, b: int, start: int) -> Found | None:
        """Reported speech from the parse: a cue with a clausal complement and a subject."""
        words = self.words
        for c in range(start, b):
            w = words[c]
            if self.in_quote[c] >= 0 or not is_cue_word(w):
                continue
            comp = [x for x in range(a, b) if words[x].head == c and
                    words[x].deprel in ("ccomp", "parataxis") and self.in_quote[x] < 0]
            if not comp and w.deprel in ("parataxis",) and a <= w.head < b:
                comp = [w.head]
                lo, hi = a, c
                sub_lo, _ = self._subtree(c, a, b)
                hi = sub_lo
            elif comp:
                lo, hi = self._subtree(comp[0], a, b)
                if comp[0] == w.head:
                    continue
            else:
                continue
            sub = self.syntax_subject(c)
            if sub is None:
                continue
            if lo < c < hi:
                continue  # the cue sits inside its own clause: a parse we cannot use
            while lo < hi and (words[lo].lower == "that" and words[lo].head == comp[0] or
                               words[lo].is_punct and words[lo].text not in _QUOTE_CHARS):
                lo += 1
            hi = self._content_end(lo, hi)
            if hi - lo < 3:
                continue
            conf = 0.85 if w.lemma in SPEECH_VERBS else 0.7
            return self._found(lo, hi, Attribution(sub, (c, c + 1), self._addressee(c, b), conf,
                                                   "cue with a clause (parse)"))
        return None

    def _reported_in_sentence(self, a: int, b: int, start: int) -> Found | None:
        """The first reported statement in sentence words [a, b) whose cue is at or after ``start``."""
        words = self.words
        if self.W.has_parse:
            found = self._syntax_reported(a, b, start)
            if found is not None:
                return found
        # skip sentences wholly inside one quote
        outside = [i for i in range(a, b) if self.in_quote[i] < 0 and i >= start]
        if len([i for i in range(a, b) if self.in_quote[i] < 0]) < 3:
            return None
        if len(outside) < 3:
            return None
        # "according to X, CLAUSE" / "CLAUSE, according to X"
        for i in outside:
            w = words[i]
            if w.lower == "according" and i + 2 < b and words[i + 1].lower == "to":
                np = self._np_forward(i + 2, b)
                if np is None:
                    continue
                if i == a or (i == a + 1 and words[a].is_punct):
                    c0 = np[1]
                    while c0 < b and words[c0].is_punct:
                        c0 += 1
                    c1 = self._content_end(c0, b)
                else:
                    c0 = a
                    c1 = i
                    while c1 > c0 and words[c1 - 1].is_punct:
                        c1 -= 1
                if c1 - c0 >= 3:
                    return self._found(c0, c1, Attribution(np, (i, i + 2), None, 0.8,
                                                            "according to X"))
        for i in outside:
            w = words[i]
            if not is_cue_word(w) or i == a:
                continue
            nxt = words[i + 1] if i + 1 < b else None
            # "CLAUSE, X said." / "CLAUSE, said X." at the end of the sentence
            tail = [x for x in range(i + 1, min(b, i + 24)) if not words[x].is_punct]
            if i + 24 < b:
                tail.extend(range(i + 24, i + 34))  # only "is it short?" is asked of it
            prev = i - 1
            while prev >= a and words[prev].lower in _BETWEEN_SUBJECT_AND_CUE:
                prev -= 1
            # subject before the cue
            np, how = self._subject_of_cue(i, a)
            if np is not None and self.W.has_parse:
                sub = self.syntax_subject(i)
                if sub is not None:
                    np = sub
            # ---- "CLAUSE, X said [adjunct]."
            if np is not None and np[0] - 1 > a and words[np[0] - 1].text in (",", "—", "–") \
                    and (self._short_adjunct(tail, w) or i + 1 < b and words[i + 1].text == ","):
                c1 = np[0] - 1
                while c1 > a and words[c1 - 1].is_punct and words[c1 - 1].text not in _QUOTE_CHARS:
                    c1 -= 1
                att = Attribution(np, (i, i + 1), None, 0.85 if how == "subject" else 0.75,
                                  "CLAUSE, X said")
                if i + 1 < b and words[i + 1].text == ",":
                    # "That, X explained, is by design": the statement's longer side
                    r1 = self._content_end(i + 2, b)
                    if r1 - (i + 2) > c1 - a and r1 - (i + 2) >= 3:
                        return self._found(i + 2, r1, att)
                if c1 - a >= 3:
                    return self._found(a, c1, att)
            # ---- "CLAUSE, said X."
            if w.lemma in INVERTING_VERBS and i - 1 > a and words[i - 1].text == ",":
                np2 = self._np_forward(i + 1, b)
                if np2 is not None and self._short_adjunct([x for x in range(np2[1], b) if not words[x].is_punct], w):
                    c1 = i - 1
                    if c1 - a >= 3:
                        return self._found(a, c1, Attribution(np2, (i, i + 1), None, 0.85,
                                                              "CLAUSE, said X"))
            # ---- "X said (that) CLAUSE"
            if np is None or nxt is None:
                continue
            if np[0] > a and not self._starts_clause(a, np[0]):
                continue
            c0 = i + 1
            addressee = self._addressee(i, b)
            if addressee is not None:
                c0 = addressee[1]
            c0 = self._clause_start(c0, b)
            if c0 is None:
                continue
            if words[c0 - 1].lower != "that" and w.lemma not in SPEECH_VERBS and \
                    w.lemma not in ("believe", "think", "argue"):
                continue
            c1 = self._content_end(c0, b)
            # "X, who said A, said B": A ends where the next cue takes over
            nxt_cue = next((x for x in range(c0, c1 - 1) if words[x].text == "," and
                            is_cue_word(words[x + 1]) and self.in_quote[x] < 0), None)
            if nxt_cue is not None:
                c1 = nxt_cue
            if c1 - c0 < 3:
                continue
            if words[c0 - 1].lower != "that" and not any(
                    words[x].upos in ("VERB", "AUX") for x in range(c0 + 1, c1)) and \
                    not (words[c0].lower in _SUBJECT_PRONOUNS and c1 - c0 >= 3) and c1 - c0 < 6:
                continue
            conf = 0.8 if how == "subject" else 0.7
            return self._found(c0, c1, Attribution(np, (i, i + 1), addressee, conf,
                                                  "X said CLAUSE"))
        return None

    def _clause_start(self, c0: int, b: int) -> int | None:
        """Where the reported clause begins after a cue at ``c0 - 1``, or None.

        Steps over "that", and over short adjuncts before it ("said on Friday
        during a news conference that", "said Wednesday he").
        """
        words = self.words
        if c0 >= b:
            return None
        # a "that" within a few adjunct words
        j = c0
        while j < b and j - c0 < 10 and words[j].lower != "that" and \
                words[j].upos not in ("VERB", "AUX") and words[j].text not in (".", ";", ":") \
                and self.in_quote[j] < 0:
            j += 1
        if j < b and words[j].lower == "that" and (j == c0 or words[j - 1].upos != "NOUN" or
                                                   words[j - 1].lower in _CUE_ADJUNCTS):
            return j + 1
        if words[c0].is_punct:
            return None  # "she said, as she had the day before": no complement clause
        # short time/place adjuncts, then a clause ("said on Friday he ...")
        j = c0
        prev_prep = False
        while j < b and j - c0 < 5:
            lw = words[j].lower
            if lw in ("on", "in", "at", "during", "last", "this", "earlier", "later") or \
                    words[j].ner == "DATE":
                prev_prep = True
            elif lw in ("a", "an", "the") and prev_prep:
                pass
            elif lw in _CUE_ADJUNCTS and lw not in ("a", "an", "the", "on", "in", "at"):
                prev_prep = lw in ("last", "this")
            else:
                break
            j += 1
        if j >= b:
            return None
        w = words[j]
        if w.is_punct or w.lower in ("to", "in", "on", "so", "of", "about", "for", "with", "at",
                                     "by", "nothing", "something", "anything", "what", "how",
                                     "goodbye", "hello", "yes", "no", "thanks"):
            return None
        if w.lower in ("it", "this", "that") and not (j + 1 < b and words[j + 1].upos in ("VERB", "AUX")):
            return None
        return j

    def _starts_clause(self, a: int, k: int) -> bool:
        """True when the words a..k before a subject do not make it an object."""
        words = self.words
        last = words[k - 1]
        return last.is_punct or last.lower in ("where", "about", "nearly", "almost", "some", "only",
                                                "roughly", "around", "most", "many", "all",
                                                "both", "several", "two", "three", "few") or \
            last.lower in ("and", "but", "yet", "so", "meanwhile", "while",
                                                "however", "instead", "now", "then", "also",
                                                "when", "because", "as", "since", "although")

    def _short_adjunct(self, tail: list[int], cue: Word) -> bool:
        """True when what follows a final cue is only a short adjunct."""
        words = self.words
        if not tail:
            return True
        if words[tail[0]].lower in ("that",):
            return False
        return len(tail) <= 8 and all(self.in_quote[t] < 0 for t in tail) and \
            words[tail[0]].lower in _CUE_ADJUNCTS | {"to", "after", "before", "when", "while",
                                                     "adding", "citing", "according", "referring",
                                                     "speaking", "noting", "as", "of", "by"}

    def _found(self, c0: int, c1: int, att: Attribution) -> Found:
        """A reported statement over words [c0, c1): mixed when it carries quoted words.

        A quote that only follows a later comma ("he said X, which he called
        “a cartel”") belongs to another frame: the content stops at that comma.
        """
        words = self.words
        q = next((x for x in range(c0, c1) if self.in_quote[x] >= 0), None)
        if q is not None and q > c0:
            comma = next((x for x in range(q - 1, c0, -1) if words[x].text in (",", ";", "—", "–")),
                         None)
            if comma is not None and comma - c0 >= 3:
                c1 = comma
                q = None
        start, end = words[c0].start, words[c1 - 1].end
        kind = "mixed" if q is not None else "indirect"
        return Found(start, end, kind, att)
