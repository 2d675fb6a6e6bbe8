"""Reported speech: the entry point, the trigger index and the parse-path rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import attrs

from ..lexicon import INTENTION_VERB_FORMS, SPEECH_VERBS, THOUGHT_VERBS, TITLES
from ..tokens import Word
from .reported_surface import _SurfaceReported
from .results import Attribution, Found
from .words import (
    _ADDRESSEE_CUES,
    _AMOUNT_OBJECTS,
    _AS_FRAME_WORDS,
    _CLAUSE_LINKS,
    _CLAUSE_ONLY_CUES,
    _CLAUSE_STOPS,
    _CLOCK_SUFFIXES,
    _CLOCK_TIME,
    _CLOSING_SOURCE_WORDS,
    _DASHES,
    _DIRECT_FRAME_FORMS,
    _EMBEDDED_QUESTION_WORDS,
    _EMBEDDED_RELS,
    _EVIDENCE_SUBJECTS,
    _MODAL_AUXILIARIES,
    _MODIFIER_WORDS,
    _NAME_WORDS,
    _NAMED_OBJECT_WORDS,
    _NESTED_CUE_FORMS,
    _NESTED_FRAME_WORDS,
    _NESTED_STANCE_FORMS,
    _NESTED_SUBJECT_WORDS,
    _NOUN_PHRASE_DETERMINERS,
    _NOUN_PHRASE_RELS,
    _OBJECT_NOT_SAID,
    _PASSIVE_AUX,
    _PERFECT_AUXILIARIES,
    _POLL_NOUNS,
    _QUESTION_VERBS,
    _QUESTION_WORDS,
    _QUOTE_CHARS,
    _QUOTING_VERBS,
    _REFLEXIVES,
    _RELATIVE_CONJUNCT_WORDS,
    _RELATIVES,
    _RELAY_CUE_FORMS,
    _REPLY_VERBS,
    _REPORT_FORMS,
    _SETTING_SUBORDINATORS,
    _SPEAKER_BREAK_WORDS,
    _SUBJECT_PRONOUNS,
    _TELLING_CUES,
    _THAT_ASIDE_WORDS,
    _TITLE_WORDS,
    _TO_VERBS,
    _TOPIC_PREPOSITIONS,
    _WEEKDAYS,
    _WH_ADVERBS,
    _WINDOW,
    _adverbial,
    _direct_cue,
    _person_word,
    _time_word,
    is_cue_word,
    is_title,
)

#: The most characters of a headline line.
_HEADLINE_CHARS = 400
#: A dash set off by a space after it in a headline ("Plan – It Might Surprise You",
#: "Campaign- And It Says A Lot"), which opens the writer's teaser; not a hyphen inside a
#: word ("Double-Digit").
HEADLINE_TEASER_DASH = re.compile(r"(?<=\s)[-–—―]+(?=\s)|(?<=\w)[-–—―](?=\s)")


class _ReportedSpeech(_SurfaceReported):
    """Reported speech: the entry point, the trigger index and the parse-path rules."""

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
        triggers = self._indices_in(self._surface_trigger_index, a, b)
        if not triggers:
            # every rule below starts from a word of _surface_trigger_index (the question
            # frame's "asked" and the headline's verb too): none, no statement
            return
        a = self._past_dateline(a, b)  # "GENEVA (Reuters) - A, officials said": not A's
        if a < b and _CLOCK_TIME.fullmatch(self.words[a].text):
            # a live blog's time stamp ("14:05 Police say A"), with its "a.m." or "p.m."
            a += 2 if a + 1 < b and self.words[a + 1].lower in _CLOCK_SUFFIXES else 1
        if b - a < 4 or self._correction_notice(a, b):
            return
        # several statements can share a sentence ("X, who said A, said B")
        start = a
        asked = self._asked_frame(a, b)  # a question frame wins over the cue it holds
        here: list[Found] = [asked] if asked is not None else []
        in_quote = self.in_quote
        if in_quote[triggers[0]] >= 0 and all(in_quote[x] >= 0 for x in triggers):
            # every trigger stands inside a quote ('“Critics said A and claimed B.”'
            # alone): the parse rules take no cue inside a quote, the surface rules start
            # from the triggers outside quotes only, and a headline's verb outside quotes
            # is a trigger too, so none of them finds a statement
            out.extend(here)
            return
        while start < b:
            found = self._reported_in_sentence(a, b, start)
            if found is None:
                break
            over = [k for k, f in enumerate(here) if f.start < found.end and found.start < f.end]
            if len(over) == 1 and self._final_frame_credits_all(here[over[0]], found):
                # "X declared A, officials said.": the frame that ends the sentence credits
                # all of it, X's statement included (not "when X said A, Y shouted")
                here[over[0]] = found
            elif len(over) == 1 and self._final_frame_credits_all(here[over[0]], found,
                                                                  cut=True):
                # "X noted that A – what Y calls “B” – is “C”, reported the Post.": the
                # frame's statement was cut before the aside's quote; X's statement is the
                # frame's too
                here[over[0]] = attrs.evolve(here[over[0]], attribution=found.attribution)
            elif len(over) == 1:
                # "X said A, while Y suggested B": A ends before Y's clause
                cut = self._cut_before_cue(here[over[0]], found)
                if cut is not None:
                    here[over[0]] = cut
                    over = []
                else:
                    # "A, X said, while B, Y said": B starts after X's frame
                    found = self._start_after(here[over[0]], found) or found
                    over = [] if found.start >= here[over[0]].end else over
            if not over:
                here.append(found)
                lead = self._clause_before_quote(found) if found.kind == "mixed" else None
                if lead is not None:
                    here.append(lead)
                self._final_frame_over_participles(here, found)
            cue = found.attribution.cue
            start = cue[1] if cue else b
        if a == 0:
            here = [t for t in map(self._before_headline_teaser, here) if t is not None]
        out.extend(here)

    def _before_headline_teaser(self, f: Found) -> Found | None:
        """A reported statement of a title-case headline on the text's first line cut at a
        spaced dash after its cue ("Roe Just Revealed Who She Would Pick – It Might Surprise
        You", "Roe Vowed To Quit- And It Says A Lot"): the words after it are the writer's
        teaser, no one's statement; None for a statement wholly after the dash."""
        text, cue = self.W.text, f.attribution.cue
        line_end = text.find("\n", 0, _HEADLINE_CHARS)
        if f.kind != "indirect" or cue is None or line_end < 0 or f.start >= line_end or \
                not is_title(HEADLINE_TEASER_DASH.sub(" ", text[:line_end]),
                             max_words=4 * _TITLE_WORDS):
            return f
        dash = HEADLINE_TEASER_DASH.search(text, self.words[cue[1] - 1].end, line_end)
        if dash is None or dash.start() >= f.end:
            return f
        if f.start >= dash.start():
            return None  # ("Roe Just Said Something About Doe – [It Might Surprise You]")
        end = len(text[:dash.start()].rstrip())
        return attrs.evolve(f, end=end) if end > f.start else f

    def _final_frame_credits_all(self, inner: Found, found: Found, cut: bool = False) -> bool:
        """True when ``found``, a statement its frame ends ("A, officials said."), holds all
        of ``inner``, a statement whose subject opens ``found`` ("X declared A, officials
        said.", "Doe's claim that A hurt B, officials said."): the closing frame credits the
        whole sentence.  A parse's statement may run
        on over the frame that a parse hangs inside it ("X explained how A, those people
        said": "those people" as words of A).  With ``cut``, ``inner`` runs on past the end
        of ``found``, which stopped before a quote after a comma or dash, to the frame."""
        cue, sp = found.attribution.cue, inner.attribution.speaker
        return cue is not None and (
            found.attribution.reason in ("CLAUSE, X said", "CLAUSE, said X") or
            found.attribution.reason == "cue with a clause (parse)" and
            found.end <= self.words[cue[0]].start and self._ends_sentence(found.attribution)) and \
            inner.attribution.reason in ("X said CLAUSE", "cue with a clause (parse)",
                                         "X's claim that", "X criticized Y") and \
            self.words[cue[0]].lemma in SPEECH_VERBS and sp is not None and \
            self._title_before(self.W.index_at(found.start), sp[0]) and \
            (inner.end <= found.end or inner.attribution.reason == "cue with a clause (parse)" and
             inner.end <= self.words[cue[0]].end or cut and self._runs_to_frame(inner, found))

    def _runs_to_frame(self, inner: Found, found: Found) -> bool:
        """True when ``inner``, a statement with quoted words, starts inside ``found`` and
        ends before the frame of ``found``, a frame that ends its sentence."""
        frame = found.attribution
        if inner.kind != "mixed" or frame.cue is None or frame.speaker is None or \
                not self._ends_sentence(frame):
            return False
        opens = self.words[min(frame.cue[0], frame.speaker[0])].start
        return found.start <= inner.start < found.end and inner.end <= opens

    def _final_frame_over_participles(self, here: list[Found], found: Found) -> None:
        """Credit to ``found``, a statement its frame ends ("X welcomed A, CNN reported."),
        the statements in ``here`` of the participles between it and its frame whose
        subject opens it ("X welcomed A, saying B, suggesting C, CNN reported."): the
        closing frame credits the whole sentence, as "X declared A, officials said." and a
        closing "according to X" do; the statement was cut before the participle's quote."""
        att = found.attribution
        cue = att.cue
        words = self.words
        if att.reason != "CLAUSE, X said" or cue is None or \
                words[cue[0]].lemma not in SPEECH_VERBS or not self._ends_sentence(att):
            return
        k0 = self.W.index_at(found.start)
        frame = words[min(cue[0], att.speaker[0]) if att.speaker else cue[0]].start
        for n, f in enumerate(here):
            fc, sp = f.attribution.cue, f.attribution.speaker
            if fc is not None and sp is not None and found.end <= f.start and \
                    f.end <= frame and f.attribution.reason == "X said CLAUSE" and \
                    words[fc[0]].lower.endswith("ing") and self._title_before(k0, sp[0]) and \
                    (words[fc[0] - 1].text == "," or
                     self._quote_ends_at(fc[0] - 1, k0, comma=True)):
                here[n] = attrs.evolve(f, attribution=att)

    def _ends_sentence(self, frame: Attribution) -> bool:
        """True when no verb follows the cue and speaker of ``frame`` in their sentence ("...,
        the report said."; not "- “A,” X said twice - and reminded the crowd ...")."""
        cue, sp = frame.cue, frame.speaker
        if cue is None or sp is None:
            return False
        tail = max(cue[1], sp[1])
        return not any(w.upos in ("VERB", "AUX") for w in
                       self.words[tail:self._sentence_range(cue[0])[1]])

    def _title_before(self, k: int, s: int) -> bool:
        """True when words [k, s) are none, or a title or name before the speaker at word
        ``s`` that a parse left out of the mention ("Rep. Mia Love": "Mia Love")."""
        return k <= s and all(self.words[x].upos in ("PROPN", "NOUN") or
                              self.words[x].lower in TITLES for x in range(k, s))

    def _cut_before_cue(self, kept: Found, found: Found) -> Found | None:
        """``kept`` cut before the clause of a later statement ``found`` whose cue lies
        inside it ("X said A, while Y suggested B", "X noted A and saying B": A ends before
        Y, or before the cue), or None when ``found`` does not start inside ``kept`` after
        its start, or too little of ``kept`` is left ("X said Y told him B")."""
        cue = found.attribution.cue
        if cue is None or found.start <= kept.start:
            return None
        words = self.words
        if not kept.start < words[cue[0]].start < kept.end or \
                words[cue[0]].lemma not in SPEECH_VERBS:
            return None
        cut = min(cue[0], self.W.index_at(found.start))
        speaker = found.attribution.speaker
        k0 = self.W.index_at(kept.start)
        if speaker is not None and kept.start < words[speaker[0]].start:
            cut = min(cut, speaker[0])
        elif speaker is not None and words[speaker[1] - 1].lower in _POLL_NOUNS:
            # "In a poll, 79 percent said A and 60 percent said B": the poll's share opens B
            share = self._share_subject(k0, cue[0])
            cut = min(cut, share[0]) if share is not None else cut
        # the later clause opens after a comma, dash or semicolon, or a link ("and",
        # "while"), or after a quote that its comma closes ('“A,” Y said B')
        end = cut
        while end > k0 and (words[end - 1].text in _CLAUSE_STOPS or
                            words[end - 1].text in _DASHES or
                            words[end - 1].lower in _CLAUSE_LINKS):
            end -= 1
        quote_closed = end > k0 + 1 and words[end - 1].text in _QUOTE_CHARS and \
            words[end - 2].text == ","
        if end == cut and not quote_closed or end - k0 < 3 or self._opening_phrase(k0, end):
            return None  # (a setting alone is no statement: "that during the visit, Y said")
        return self._found(k0, end, kept.attribution)

    def _fronted_own_clause(self, c: int, own: tuple[int, int], a: int, b: int) -> bool:
        """True when cue ``c`` and its own subject ``own`` stand in a clause that a comma
        sets off before the main verb of sentence words [a, b) ("At the moment Lee announced
        her run, Roe was meeting aides and told them A, according to a person there"): a
        closing "according to" credits the main clause, not the fronted clause's speaker
        (not an "as" frame: "As I noted, A, according to Y" is Y's)."""
        words = self.words
        if not a <= own[0] < c:
            return False
        root = c
        for _ in range(b - a):
            h = words[root].head
            if h < a or h >= b:
                break
            root = h
        if root <= c or words[root].head >= 0:
            return False
        lo, hi = self._subtree(c, a, b)
        return lo <= own[0] and hi < root and words[hi].text == "," and words[lo].lower != "as"

    def _start_after(self, kept: Found, found: Found) -> Found | None:
        """A statement ``found`` before its final cue ("CLAUSE, X said") that runs back over
        an earlier statement ``kept`` and its cue, started after them ("A, X reported,
        while B, Y reported"; "Though X boasts of A, B, analysts say"; "Asked whether A, she
        said B, according to a translation"), or None when it does not or too little is
        left."""
        att, cue = found.attribution, kept.attribution.cue
        # a closing "according to X" credits the whole sentence, but not the question put
        framed = att.reason == "CLAUSE, X said" or att.reason == "according to X" and \
            kept.attribution.reason == "Asked A, X said"
        if not framed or cue is None or att.cue is None or \
                found.start > kept.start or kept.end >= found.end or cue[0] >= att.cue[0]:
            return None
        words = self.words
        c0 = max(self.W.index_at(kept.end), cue[1])
        c1 = self.W.index_at(found.end - 1) + 1
        while c0 < c1 and (words[c0].is_punct and words[c0].text not in _QUOTE_CHARS or
                           words[c0].lower in _CLAUSE_LINKS):
            c0 += 1
        if c1 - c0 < 3 or words[c0].start < kept.end:
            return None
        return self._found(c0, c1, att)

    def _clause_before_quote(self, found: Found) -> Found | None:
        """The reported clause before a second verb that brings the quote of a mixed
        statement ("X says [he respects her] and calls her “...”"), as a statement of its
        own; None when the quote is not in such a second verb phrase."""
        words = self.words
        c0 = self.W.index_at(found.start)
        q = next((x for x in range(c0, len(words)) if self.in_quote[x] >= 0), None)
        if q is None:
            return None
        conj = next((x for x in range(q - 1, c0 + 2, -1) if words[x].lower in ("and", "but") and
                     words[x + 1].upos == "VERB" and self.in_quote[x + 1] < 0), None)
        if conj is None or not any(words[x].upos in ("VERB", "AUX") for x in range(c0, conj)):
            return None
        c1 = self._content_end(c0, conj)
        return Found(found.start, words[c1 - 1].end, "indirect", found.attribution)

    def _idiom_subject(self, k: int, c: int, a: int, b: int) -> bool:
        """True when the one word ``k`` the parse gives the cue at word ``c`` (window [a,
        b)) as its subject speaks for no one: the "that" of the writer's "That said, A"
        (as the surface rule reads it), or a "which" right after a preposition, which is
        no clause's subject ("at [which] point the crowd chanted A", with "point" read as
        the cue)."""
        words = self.words
        wk = words[k]
        if wk.lower in ("that", "this") and k + 1 == c and c + 1 < b and \
                words[c + 1].text == "," and \
                self.in_quote[c + 1] < 0 and all(words[x].is_punct for x in range(a, k)):
            return True
        return wk.lower == "which" and k - 1 >= a and words[k - 1].upos == "ADP"

    def _syntax_reported(self, a: int, b: int, start: int) -> Found | None:
        """Reported speech from the parse: a cue with a clausal complement and a subject.

        What a cue gives depends on the cue and the window [a, b) only, not on ``start``;
        :meth:`_reported_in_window` asks again from each statement's cue on, and from an
        earlier surface cue back over the parse's ("X, who said A, said B"), so each cue's
        answer is kept for the window and read once."""
        words = self.words
        if self._syntax_window != (a, b):
            self._syntax_window = (a, b)
            self._syntax_at = {}
        known = self._syntax_at
        prev = -1  # the cue read last, which found nothing when the loop goes on
        for c in self._indices_in(self._cue_index, start, b):
            if prev >= 0:
                known[prev] = None
            prev = -1
            if c in known:
                if known[c] is None:
                    continue
                return known[c]
            prev = c
            w = words[c]
            obj = None
            said_thing: tuple[int, int] | None = None  # "everything [he said]": its noun phrase
            # (every word of _cue_index is a cue word: is_cue_word read when it was made)
            if self.in_quote[c] >= 0 or self._knowing_aside(c) or \
                    self._participle_modifier(c) or self._inverted_frame(c, a) or \
                    self._told_clause_as_relative(c, a, b) or self._frame_amid_clause(c, a, b) or \
                    w.lower == "states" and self._noun_use(c, a):
                continue
            comp = [x.i for x in self.W.children(w) if a <= x.i < b and
                    x.deprel in ("ccomp", "parataxis") and
                    (self.in_quote[x.i] < 0 or self._statement_into_quote(c, x.i, a, b)) and
                    not self._coordinated_clause(x)]
            if not comp:
                comp = self._question_clause(c, a, b)
            if len(comp) > 1:
                that = self._that_clause(c, a, b)
                if that in comp:
                    # "said — on Twitter, as it happens — that A", "argued - rebuking X -
                    # that A": the parse hangs the aside as a clause too; the statement is
                    # the clause the complementizer opens
                    comp = [that]
            # two clauses under one cue (a misparse): the one after it is the statement;
            # a clause after it that a semicolon sets off is none ("A, analysts say; in
            # 2012, B", "X tweeted a note of concern; hours later, she B": the writer's next
            # clause)
            comp.sort(key=lambda x: x < c)
            if comp and comp[0] > c and any(
                    words[x].text == ";" and self.in_quote[x] < 0 for x in range(c + 1, comp[0])
            ) and any(words[x].text == ";" and self.in_quote[x] < 0
                      for x in range(c + 1, self._subtree(comp[0], a, b)[0])):
                comp = comp[1:]
            if comp and comp[0] > c and words[comp[0]].deprel == "parataxis" and \
                    self._object_before_colon_clause(c, comp[0], a, b):
                comp = comp[1:]
            if not comp and w.deprel in ("parataxis",) and a <= w.head < b:
                if any(x.lower in _RELATIVES and x.i < c for x in self.W.children(w)):
                    continue  # '“A,” which X thinks will B': X's words are B, not A
                comp = [w.head]
                lo, hi = a, c
                sub_lo, sub_hi = self._subtree(c, a, b)
                hi = sub_lo
                if self._frame_opens_its_head(c, sub_lo, sub_hi):
                    # "In a book, Ann Roe said Tom Reed had told the board B": the frame
                    # opens the clause the parse hung it from, which is the statement
                    lo, hi = sub_hi, self._subtree(w.head, a, b)[1]
                elif hi - 1 > lo and words[hi - 1].text in _DASHES:
                    continue  # "NEW YORK (AP) — X announced A": a dateline, not X's words
                elif self._quote_after_frame(w.head, sub_hi, b) and \
                        not self._condition_at(lo, hi) and not any(
                            x.deprel.startswith(("nsubj", "csubj")) and lo <= x.i < hi
                            for x in self.W.children(words[w.head])):
                    # "After A, X warned, “B”": the frame brings the quote the parse hung it
                    # from, and the words before it are the quote's setting; but a condition
                    # is said with the quote ("If A, X said, “B”"), and so is the subject
                    # of its clause ("An economic downturn, he said, “could be ...”")
                    continue
            elif not comp and w.deprel == "advcl" and a <= w.head < b and \
                    w.lemma in SPEECH_VERBS and any(words[x].head == c and words[x].lower == "as"
                                                    for x in range(max(a, c - _WINDOW), c)):
                # "As X noted, CLAUSE" / "CLAUSE, as X noted": the clause the frame modifies
                comp = [w.head]
                sub_lo, sub_hi = self._subtree(c, a, b)
                lo, hi = self._subtree(w.head, a, b)
                if words[sub_lo].lower != "as" or sub_hi - sub_lo > _AS_FRAME_WORDS:
                    continue  # "as" must open a short frame: not "such as", "as soon as"
                if sub_lo == lo and sub_hi < hi and words[sub_hi].text == ",":
                    lo = sub_hi
                elif (sub_hi == hi or self._content_end(sub_hi, hi) == sub_hi) and \
                        sub_lo - 1 > lo and words[sub_lo - 1].text == ",":
                    hi = sub_lo
                else:
                    continue
            elif comp:
                lo, hi = self._subtree(comp[0], a, b)
                if self.in_quote[comp[0]] >= 0:
                    hi = self._to_quote_end(comp[0], hi, b)
                if comp[0] == w.head or comp[0] < c and not self._has_subject(comp[0]):
                    continue  # not "Touring the plant, X said": a fronted phrase, no clause
                if comp[0] < c and self._says_more_after(c, lo, b):
                    continue  # "After A, X announced B", "When A, X said, “B”": a setting
            else:
                obj = self._syntax_object(c, a, b)
                if obj is None:
                    said_thing = self._zero_relative_object(c, a, b)
                    if said_thing is None:
                        continue
                    comp = [w.head]
                    lo, hi = said_thing
                else:
                    comp = [obj]
                    lo, hi = self._subtree(obj, a, b)
            own = self._participle_past_noun_clause(c, a) or \
                self._relative_conjunct_subject(c) or self._cue_subject(c)
            frame = self._according_frame(c, b) or self._sentence_according(c, a, b)
            if frame is not None and own is not None and frame[0] > c and \
                    self._fronted_own_clause(c, own, a, b):
                frame = None  # "When Lee announced A, Roe quit, according to aides": Lee's
            sub = frame or own and (
                self._misjoined_cue_subject(c) or self._cue_past_auxiliary(c)) or \
                own or self._modified_noun_subject(c)
            if sub is None:
                continue
            if sub[1] - sub[0] == 1 and self._idiom_subject(sub[0], c, a, b):
                continue  # "That said, A", "at which point the crowd chanted": no speaker
            if frame is None:
                # "a 2014 paper that found A": the thing with its relative, as on the surface
                sub = self._with_relative_antecedent(
                    self._coordinated_person_over_thing(c, a, sub))
            if lo < c < hi:
                continue  # the cue sits inside its own clause: a parse we cannot use
            if words[lo].text == "(" or w.deprel == "parataxis" and comp[0] == w.head and \
                    not any(words[x].upos in ("VERB", "AUX", "ADJ") for x in range(lo, hi)):
                continue  # a bracketed aside, or a name the parse hung as the clause
            while lo < hi and (words[lo].lower == "that" and words[lo].head == comp[0] or
                               words[lo].is_punct and words[lo].text not in _QUOTE_CHARS):
                lo += 1
            if lo > c and self._frame_words_after_cue(c, comp[0], lo, hi, a, obj is not None):
                continue
            if lo > c and w.lemma == "tell" and words[lo].lower != "that":
                past = self._past_addressee(c, comp[0], lo, hi, a)
                if past is None:
                    continue  # "X told Channel Four on Monday": the addressee, no statement
                lo = past
            hi = self._content_end(lo, self._absolute_start(lo, hi))
            hi = self._infinitive_end(lo, hi)
            if lo > c:
                # a parse may hang the writer's next clause inside the statement after its cue
                # ("said A, and the city has sued"), or a clause with a speaker of its own
                # ("say A, compared with 64 percent who say B"): it ends there, as on the surface
                # (both answer no inside a quote: its words are not asked)
                # (asked only at punctuation, "when", "and" or a word right after a quote:
                # at any other word all three answer no, and most words are such)
                in_quote = self.in_quote
                hi = next((x for x in range(lo + 2, hi - 1) if in_quote[x] < 0 and (
                    words[x].is_punct or words[x].lower in _SPEAKER_BREAK_WORDS or
                    in_quote[x - 1] >= 0) and (
                    self._narrator_clause_at(x) or self._next_speaker_at(x) or
                    x - lo >= 3 and (self._statement_tail_at(x, hi) or
                                     self._saying_participle_at(x)))), hi)
            if frame is not None:
                hi = self._before_closing_according(lo, hi)
            zero_relative = said_thing is not None
            if hi <= c and not zero_relative and self._frame_set_apart(lo, hi, c, b) or \
                    lo == c + 1 and words[lo].lower == "of" and self.in_quote[lo] < 0 or \
                    self._relative_on_later_subject(c, hi, a, b) or \
                    lo > c and self._fact_shows_how(c, lo, sub):
                # ('“A,” Jo Hale, the chair, recalled [of a talk with Tom]': what the
                # quote was said of, not a statement)
                continue
            if self._frame_alone(lo, hi):
                # "He believes, he said, that A", "The effects are hard to predict, many
                # experts say": the parse hangs the other frame as the cue's clause
                continue
            if not zero_relative and (hi - lo < 2 or hi - lo == 2 and not any(
                    words[x].deprel.startswith("nsubj") for x in range(lo, hi))):
                # "They said she could" is a statement; "said so" is not; "police reported
                # no arrests", "it did not admit wrongdoing" are (a noun the cue reports)
                short = None if obj is None else self._short_object_end(c, obj, lo, hi)
                if short is None:
                    continue
                hi = short
            if hi <= c and self._quote_set_off_before_frame(hi, c):
                continue
            conf = 0.7 if zero_relative else 0.85 if w.lemma in SPEECH_VERBS else 0.7
            known[c] = self._found(lo, hi, Attribution(sub, (c, c + 1), self._addressee(c, b),
                                                       conf, "cue with a clause (parse)"))
            return known[c]
        if prev >= 0:
            known[prev] = None
        return None

    def _frame_set_apart(self, lo: int, hi: int, c: int, b: int) -> bool:
        """True when the statement [lo, hi) that the parse hangs before cue ``c`` (sentence
        end ``b``) is not what the cue reports:

        - a semicolon or colon outside quotes stands between them and the cue ("The plan
          was bold; most voters said they liked it", "One reason stands out: he did not
          mention it"): the frame opens a clause of its own after the writer's;
        - the cue brings its own clause right after it, past adverbs and (after a verb of
          telling) the one told, with a "that" ("In a press release, the firm boasted that
          A", "Leaning in, she added that A", "Months later, the agency told Roe that A"):
          the words before are its setting.  Not a quote after the frame ("An economic
          slump, he said, “could help”", "Sooner or later, she told us, “it pays off”"):
          the words before are its subject or its start;
        - the words have no verb and hold no quote, and neither a comma nor a quote
          follows the cue ("An avid fan of the team, Ann Roe complained of the fees",
          "Senate candidate Tom Reed has pointed to the case"): a noun phrase of the
          frame's, which the parse split from it; not the start of a clause that the frame
          interrupts ("An early vote, he said, would help us", "An early vote, he said,
          “would help us”")."""
        words, in_quote = self.words, self.in_quote
        if any(words[x].text in (";", ":") and in_quote[x] < 0 for x in range(hi, c)):
            return True
        if c + 1 < b and words[c + 1].text != "," and not any(
                words[x].upos in ("VERB", "AUX") or in_quote[x] >= 0 for x in range(lo, hi)) \
                and not any(in_quote[x] >= 0 for x in range(c + 1, min(b, c + _NAME_WORDS + 2))):
            return True
        k = c + 1
        while k < b and words[k].upos == "ADV" and in_quote[k] < 0:
            k += 1
        if words[c].lemma in _TELLING_CUES:
            n = k
            while n < min(b, k + _NAME_WORDS) and words[n].upos in ("PROPN", "PRON", "NOUN",
                                                                    "DET", "ADJ") and \
                    in_quote[n] < 0 and words[n].lower != "that":
                n += 1
            k = n
        if k >= b or in_quote[k] >= 0:
            return False
        return words[k].lower == "that" and words[k].deprel == "mark"

    def _fact_shows_how(self, c: int, lo: int, sub: tuple[int, int]) -> bool:
        """True when cue ``c`` is "show" with an embedded question at word ``lo`` and a
        subject ``sub`` that is a fact or an event, not a person, group or record ("Her
        win shows how far the party has moved", "It shows what the voters want", "The
        discovery showed how easy a fix would be"): the writer's inference, nobody's
        statement; not "The Republicans show how ...", "A new poll shows how ...", "Ann
        Roe showed what she meant")."""
        words = self.words
        if words[c].lemma != "show" or words[lo].lower not in _QUESTION_WORDS:
            return False
        head = words[sub[1] - 1]
        if head.lower in ("it", "this", "that"):
            return True
        return head.upos == "NOUN" and head.ner == "O" and not _person_word(head) and \
            not any(words[x].lower in _EVIDENCE_SUBJECTS for x in range(*sub))

    def _saying_participle_at(self, x: int) -> bool:
        """True when the comma at word ``x`` opens a participle of saying or pointing out
        ("X said A, pointing to B", "X said she would not run, conceding the race", "X
        noted A, adding that B"): the frame's subject goes on speaking, and the statement
        ends before it, however the parse hangs it (not "citing", "including", which often
        go on with the statement)."""
        words = self.words
        if words[x].text != "," or x + 1 >= len(words) or self.in_quote[x + 1] >= 0:
            return False
        p = words[x + 1]
        if p.lemma == "add" and (x + 2 >= len(words) or words[x + 2].lower != "that" and
                                 self.in_quote[x + 2] < 0 and not words[x + 2].is_punct):
            return False  # "A, adding levity to the night": not a saying
        return p.upos == "VERB" and p.lower.endswith("ing") and (
            p.lemma in SPEECH_VERBS and p.lemma != "cite" or p.lower == "pointing")

    def _relative_on_later_subject(self, c: int, hi: int, a: int, b: int) -> bool:
        """True when cue ``c`` heads a restrictive relative clause on the subject of a verb
        that follows the statement ending at word ``hi`` ("Voters who say that A are
        fewer", "Those aides who think A -- a third of them -- lean to B", "The judges who
        ruled that A said B"): the clause picks out whom the sentence is about, it reports
        no one's words (sentence words [a, b)).  Not a relative set off by a comma ("Ann
        Roe, who said A, left early": her statement), nor one on an object ("lawmakers
        who thought A" after "angered")."""
        words = self.words
        w = words[c]
        if w.deprel != "acl:relcl" or not a <= w.head < c:
            return False
        n = words[w.head]
        if not n.deprel.startswith("nsubj") or not hi <= n.head < b or n.head == c:
            return False
        lo = self._subtree(c, a, b)[0]
        return lo > a and words[lo - 1].text != "," and words[lo].lower in _RELATIVES

    def _quote_set_off_before_frame(self, hi: int, c: int) -> bool:
        """True when a paragraph break lies between a statement that ends at word ``hi`` and
        cue ``c`` after it (a parse sentence that runs on over the break: "X spoke for an
        hour.\n\n“A,” he said"), or a colon sets a quote off between them ("X ran an ad in
        Iowa: “A,” the senator says"): the frame brings the quote, and the words before it
        are the writer's, not the speaker's (the parse hangs them from the cue)."""
        words, W = self.words, self.W
        if W.paragraph_of(words[hi - 1].end) != W.paragraph_of(words[c].start):
            return True
        first = next((x for x in range(hi, c) if self.in_quote[x] >= 0), None)
        return first is not None and any(words[x].text == ":" and self.in_quote[x] < 0
                                         for x in range(hi, first))

    def _frame_words_after_cue(self, c: int, h: int, lo: int, hi: int, a: int,
                               from_object: bool) -> bool:
        """True when the words [lo, hi) that the parse hangs after cue ``c`` (its object,
        or the clause headed by ``h``) belong to the frame, not to what was said:

        - "A, said Tom Reed, a former aide.": the parse takes the name after a cue set off
          by a comma, with no subject or the subject of the clause before it, for its
          object; it is the speaker;
        - '“A,” Jo Hale said Saturday at the White House.', '“A,” she said of the visit.':
          the quote before the frame is the statement; words after the frame need a verb
          of their own and may not open with a preposition or manner adverb."""
        words = self.words
        w = words[c]
        subject = self._cue_subject(c)
        if from_object and c - 1 >= a and (subject is None or subject[1] <= c and any(
                words[x].upos in ("VERB", "AUX") for x in range(subject[1], c))) and \
                (words[c - 1].text == "," or self.in_quote[c - 1] >= 0) and \
                not w.lower.endswith("ing") and \
                (words[h].upos == "PROPN" or words[h].ner.endswith("PERSON") or
                 _person_word(words[h])):
            return True
        if subject is None or subject[1] > c or w.lower.endswith("ing") or \
                not all(_adverbial(words[x]) for x in range(subject[1], c)):
            return False
        if self._quote_ends_at(subject[0] - 1, a) and (
                self._manner_or_place_at(lo) or
                not any(words[x].upos in ("VERB", "AUX") for x in range(lo, hi))):
            return True
        return False

    def _past_addressee(self, c: int, h: int, lo: int, hi: int, a: int) -> int | None:
        """Where the statement of "tell" at ``c`` starts when the parse takes the addressee
        right after it for the subject of the clause headed by ``h`` ("Jo Hale told the
        Star last week she would run": after "the Star"; past a "that" the parse hangs
        inside the addressee); ``lo`` when the clause's subject is not there; None when no
        clause with a subject of its own before its verb is left ("Jo Hale told Channel
        Four on Monday.", "Tom Reed told the local station in an interview aired Monday":
        the addressee and when, not a statement)."""
        words = self.words
        sub = next((x for x in self.W.children(words[h])
                    if x.deprel.startswith("nsubj") and x.i > c), None)
        if sub is None:
            return lo
        start, end = self._subtree(sub.i, a, hi)
        if start != c + 1:
            return lo
        that = next((x for x in range(start, end) if words[x].lower == "that" and
                     words[x].deprel == "mark"), None)
        k = end if that is None else that + 1
        while k < hi and (words[k].lower == "that" or
                          words[k].is_punct and words[k].text not in _QUOTE_CHARS):
            k += 1
        verbs = [x for x in range(k, hi) if words[x].upos in ("VERB", "AUX")]
        if not verbs or that is None and not any(words[x].deprel.startswith("nsubj")
                                                 for x in range(k, verbs[0])):
            return None
        return k

    def _quote_after_frame(self, h: int, k: int, b: int) -> bool:
        """True when parse word ``h`` stands in a quote that opens at word ``k``, the end
        of a frame, or right after its punctuation (before sentence end ``b``)."""
        q = self.in_quote[h]
        if q < 0:
            return False
        while k < b and self.in_quote[k] < 0 and self.words[k].is_punct:
            k += 1
        return k < b and self.in_quote[k] == q

    def _object_before_colon_clause(self, c: int, h: int, a: int, b: int) -> bool:
        """True when parse cue ``c`` has an object of its own before a colon that opens the
        clause of parse word ``h`` hung beside it, and a verb of another clause comes
        between them ("X suggests a broader difference when it comes to A: when B, C", "X
        explained the phenomenon decades ago, but people keep falling for it: B"): the
        object is what the cue reports, the clause after the colon the writer's (not "X
        points out some other statistics: A", whose object announces A)."""
        words = self.words
        lo = self._subtree(h, a, b)[0]
        colon = next((x for x in range(lo - 1, c, -1) if words[x].text == ":" and
                      self.in_quote[x] < 0), None)
        if colon is None:
            return False
        obj = next((x.i for x in self.W.children(words[c]) if x.deprel == "obj" and
                    c < x.i < colon and x.upos in ("NOUN", "PROPN") and not x.is_pronoun), None)
        return obj is not None and any(words[x].upos in ("VERB", "AUX") for x in range(obj, colon))

    def _that_clause(self, c: int, a: int, b: int) -> int | None:
        """The head of the clause that a complementizer "that" opens right after parse cue
        ``c`` in sentence words [a, b), past adverbs and an aside that dashes or commas set
        off ("saying that A", "argued emphatically - rebuking X - that A", "said — on
        Twitter, as it happens — that A"), when the parse hangs it from the cue; None when
        there is none."""
        words, in_quote = self.words, self.in_quote
        j = c + 1
        while j < b and words[j].upos == "ADV" and in_quote[j] < 0:
            j += 1
        if j < b and in_quote[j] < 0 and (words[j].text == "," or words[j].text in _DASHES):
            opener = words[j].text
            j = next((x + 1 for x in range(j + 1, min(b, j + _THAT_ASIDE_WORDS))
                      if in_quote[x] < 0 and (words[x].text == opener or
                                              opener in _DASHES and words[x].text in _DASHES)),
                     b)
        if j >= b or words[j].lower != "that" or words[j].deprel != "mark" or in_quote[j] >= 0:
            return None
        h = words[j].head
        return h if j < h < b and words[h].head == c else None

    def _frame_opens_its_head(self, c: int, sub_lo: int, sub_hi: int) -> bool:
        """True when cue ``c``, whose subtree is words [sub_lo, sub_hi), is a frame with its
        subject before it the parse hung as parataxis from a clause that follows it and has
        its own subject after the frame, none before ("In the long run, economists say, the
        effect could ripple ...", "In a book, Ann Roe said Tom Reed had told ..."); not the
        frame of a quote before it, nor a frame before a closing one ("X added B, the Times
        reported")."""
        words = self.words
        h = words[c].head
        if not (sub_lo < c and sub_hi < h) or is_cue_word(words[h]) and not any(
                x.i > h and not x.is_punct for x in self.W.children(words[h])):
            return False
        subject = next((x.i for x in self.W.children(words[c]) if x.deprel.startswith("nsubj")),
                       None)
        if subject is None or subject > c:
            return False
        p = self._subtree(subject, sub_lo, c)[0] - 1
        while p >= 0 and words[p].is_punct and words[p].text not in _QUOTE_CHARS:
            p -= 1
        if p >= 0 and (self.in_quote[p] >= 0 or words[p].text in _QUOTE_CHARS) or \
                any(self.in_quote[x] >= 0 for x in range(sub_hi, h + 1)):
            return False
        subjects = [x.i for x in self.W.children(words[h])
                    if x.deprel.startswith(("nsubj", "csubj", "expl"))]
        return bool(subjects) and all(x > sub_hi for x in subjects)

    def _coordinated_person_over_thing(self, c: int, a: int, sub: tuple[int, int]
                                       ) -> tuple[int, int]:
        """The person whose verb cue ``c`` is coordinated with on the surface when the
        parse's subject ``sub`` names no one ("Ann Roe rejected the idea that the changes
        were a purge and said that A": the parse joins "said" to "were", whose subject is
        "the changes"); ``sub`` otherwise."""
        if self.is_named_or_pronoun(sub):
            if self.words[c].deprel != "conj":
                return sub
            np, how = self._subject_of_cue(c, a)
            return np if np is not None and how == "coordination" and \
                self._joined_below_subject_of(c, np, sub) else sub
        np, how = self._subject_of_cue(c, a)
        if np is not None and how == "coordination" and self._thing_over_person(sub, np):
            return np
        return sub

    def _joined_below_subject_of(self, c: int, np: tuple[int, int], sub: tuple[int, int]
                                 ) -> bool:
        """True when the parse joins cue ``c`` to a verb that a clause of another verb holds,
        whose own subject is ``np``, the subject the surface coordination gives, while the
        parse's ``sub`` is the inner verb's ("Mr. Lane said he did not own the jets to
        burnish his brand, but agreed that A", "X told the paper her group never worked for
        Y and said A", "X question whether she opposes it and worry that A": the cue is the
        outer verb's conjunct).  Not through a relative or a subordinate clause, which may
        hold the cue ("X, though she praised Y and said A": she)."""
        words = self.words
        if words[c].upos != "VERB" or np[0] < sub[1] and sub[0] < np[1]:
            return False
        k, steps = words[words[c].head], 0
        while k.deprel in _EMBEDDED_RELS | {"xcomp"} and k.head >= 0 and steps < 5:
            if k.deprel == "acl:relcl" and any(x.lower in _RELATIVES for x in self.W.children(k)) \
                    or k.deprel == "advcl" and not any(x.deprel == "mark" and x.lower == "to"
                                                       for x in self.W.children(k)):
                return False
            k, steps = words[k.head], steps + 1
            has, own = self._own_subject(k) if k.upos == "VERB" else (False, None)
            if has and (own is None or not (own[0] < sub[1] and sub[0] < own[1])):
                # past verbs of the inner subject ("he did not own"), to the next subject,
                # named by the role the parse gives it or by the name set off after the role
                head = self._parse_subject(k, after=False)
                return own is not None and own[0] < np[1] and np[0] < own[1] or \
                    head is not None and np[0] <= head.i < np[1]
        return False

    def _statement_into_quote(self, c: int, h: int, a: int, b: int) -> bool:
        """True when the clause of parse word ``h``, which stands in a quote, is what speech
        cue ``c`` reports: its subject comes before the quote ("X said Y is “telling voters
        ...”": the quoted verb heads the clause), and no other report frames the sentence,
        neither a cue above ``c`` ("A, X noted, is “central,” reported the Post") or beside
        it ("X noted that A is “central,” reported the Post") nor an "according to" in
        sentence words [a, b) (the parse may hang it anywhere)."""
        words = self.words
        if not _direct_cue(words[c]) or not any(
                x.deprel.startswith("nsubj") and x.i < h and self.in_quote[x.i] < 0
                for x in self.W.children(words[h])) or any(
                x.deprel == "parataxis" and is_cue_word(x) for x in self.W.children(words[c])):
            return False
        k, steps = words[c].head, 0
        while k >= 0 and steps < 30:
            if is_cue_word(words[k]):
                return False
            k, steps = words[k].head, steps + 1
        return not any(words[x].lower == "according" and self.in_quote[x] < 0
                       for x in range(a, b))

    def _to_quote_end(self, h: int, hi: int, b: int) -> int:
        """``hi`` past the closing marks of the quote that holds parse word ``h`` when only
        punctuation of that quote follows before them (a parse hangs the closing period and
        mark from the root): the statement keeps its quoted words whole."""
        k = hi
        while k < b and self.in_quote[k] == self.in_quote[h] and self.words[k].is_punct:
            k += 1
        return k if k == b or self.in_quote[k] != self.in_quote[h] else hi

    def _coordinated_clause(self, verb: Word) -> bool:
        """True when parse word ``verb`` heads a clause beside its head that a coordinator
        opens, with a subject of its own ("X proposed a debate - but the Y campaign
        rejected the idea as “ludicrous”"): a second statement of the writer's, not what
        the verb before it reports."""
        return verb.deprel == "parataxis" and self._has_subject(verb.i) and any(
            x.deprel == "cc" and x.i < verb.i for x in self.W.children(verb))

    def _says_more_after(self, c: int, lo: int, b: int) -> bool:
        """True when parse cue ``c`` brings words of its own after it in sentence words [c,
        b), so the clause the parse hangs before it, from word ``lo``, is its setting, not
        its statement: an object that is no one addressed ("Minutes after A, X announced
        [four votes]"), or a quote after a clause that opens with a subordinator or a
        preposition ("When A, X said, “B”")."""
        words = self.words
        opening = words[lo]
        if opening.upos in ("SCONJ", "ADP") or opening.lower in _SETTING_SUBORDINATORS:
            q = next((x for x in range(c + 1, min(b, c + 5)) if self.in_quote[x] >= 0), None)
            if q is not None and words[q - 1].text in (",", ":"):
                return True
        sub = self.syntax_subject(c)
        return sub is not None and sub[1] <= c and words[c].lemma not in _ADDRESSEE_CUES and \
            any(x.deprel == "obj" and x.i > c and x.upos == "NOUN"
                for x in self.W.children(words[c]))

    def _told_clause_as_relative(self, c: int, a: int, b: int) -> bool:
        """True when the parse hangs cue ``c`` as a relative clause on the one a verb of
        telling with a subject addresses, though no relative word opens it ("X told
        [reporters] she believed A", "X told [the Post] he thinks A"): the clause is what
        was told, so its cue is no frame of its own and the surface rules read the
        sentence."""
        words = self.words
        w = words[c]
        if w.deprel != "acl:relcl" or not 0 <= w.head < c:
            return False
        obj = words[w.head]
        told = words[obj.head] if obj.deprel in ("obj", "iobj") and 0 <= obj.head < obj.i \
            else None
        if told is None or told.lemma not in _TELLING_CUES or \
                self._cue_subject(told.i) is None:
            return False  # without a teller the clause's own subject is the best speaker
        return not self._set_off_as_relative(w, obj.i, a, b)

    def _frame_amid_clause(self, c: int, a: int, b: int) -> bool:
        """True for a finite cue set off by a comma inside the statement, its speaker named
        after it and set off by a comma too ("The trouble, say experts like Ann Lee, a
        geologist, is the soil", "And Tom Roe, said Ann Lee, who knows him, never
        forgets"): the parse makes the words before the cue its subject and the speaker the
        subject of the clause after; the surface rules read the frame ("CLAUSE, said X")."""
        words, in_quote = self.words, self.in_quote
        if c - 1 <= a or c + 2 >= b or words[c - 1].text != "," or in_quote[c - 1] >= 0 or \
                in_quote[c + 1] >= 0 or words[c].lower.endswith("ing") or \
                words[c + 1].upos not in ("NOUN", "PROPN"):
            return False
        h = c + 1
        for _ in range(4):  # the head of the noun phrase after the cue ("Ann Lee": Lee)
            if words[h].deprel not in ("compound", "flat", "amod") or not h < words[h].head < b:
                break
            h = words[h].head
        verb = words[h].head
        return words[h].deprel.startswith("nsubj") and verb != c and h < verb < b and \
            words[verb].head == c and \
            any(words[x].text == "," and in_quote[x] < 0 for x in range(h + 1, verb))

    def _set_off_as_relative(self, w: Word, n: int, a: int, b: int) -> bool:
        """True when parse clause ``w`` reads as a true relative clause of noun ``n``: it
        opens with a relative word ("who", "that", "where") or a subordinator ("as she
        left"), or a comma sets it off."""
        words = self.words
        lo = self._subtree(w.i, a, b)[0]
        return lo <= n or words[lo].lower in _RELATIVES | _WH_ADVERBS or \
            any(x.deprel == "mark" for x in self.W.children(w)) or \
            any(words[x].text == "," for x in range(n, lo))

    def _according_frame(self, c: int, b: int) -> tuple[int, int] | None:
        """The source of an "according to X" that the parse hangs from cue ``c`` ("According
        to the Post, X said A", "N percent say A, according to the survey"): the news
        credits the whole report, and so the statement, to X; None if there is none."""
        words = self.words
        for x in self.W.children(words[c]):
            if x.deprel.startswith("obl") and x.i > 0 and self.in_quote[x.i] < 0:
                case = next((k for k in self.W.children(x) if k.lower == "according" and
                             k.i + 1 < b and words[k.i + 1].lower == "to"), None)
                if case is not None:
                    return self._according_source(case.i + 2, b)
        return self._closing_according(c, b)

    def _sentence_according(self, c: int, a: int, b: int) -> tuple[int, int] | None:
        """The source of an "according to X," that opens the sentence of cue ``c`` (words
        [a, b)), wherever the parse hangs it ("According to the Post, the aides looked into
        what would happen if their candidate announced A", or read as a verb: "According to
        their friends, Ann and Tom Roe have worried that A"): it credits the whole sentence;
        else None."""
        words = self.words
        if b - a < 4 or words[a].lower != "according" or words[a + 1].lower != "to" or \
                self.in_quote[a] >= 0:
            return None
        found = self._source_phrase(a, c)
        if found is None:
            return None
        np = found[0]
        return np if np[1] < c and words[np[1]].text == "," else None

    def _closing_according(self, c: int, b: int) -> tuple[int, int] | None:
        """The source of an "according to X" that a comma sets off at the end of the
        sentence after cue ``c``, wherever the parse hangs it ("Nearly three in four say
        A, but B, according to the survey."; the comma may close a quote: 'X said A was
        “B,” according to the report'; a participle phrase may follow the source: "...,
        according to a poll released Monday"): it credits the whole sentence; else None."""
        words = self.words
        end = b
        while end > c and words[end - 1].is_punct:
            end -= 1
        for i in range(end - 3, max(c, end - _CLOSING_SOURCE_WORDS - 3), -1):
            if words[i].lower == "according" and words[i + 1].lower == "to" and \
                    self.in_quote[i] < 0 and (words[i - 1].text == "," or
                                              words[i - 1].text in _QUOTE_CHARS and
                                              words[i - 2].text == ","):
                np = self._according_source(i + 2, end)
                if np is not None and np[1] < end and self._participle_phrase_to(np[1], end):
                    np = np[0], end  # "a poll released Monday": the whole source
                if np is None or np[1] != end and not self._source_modifier_to(np[1], end) or \
                        self._in_other_relative(words[i].head, c):
                    return None  # "..., which stood at 263, according to the AP": the number's
                return np
        return None

    def _before_closing_according(self, lo: int, hi: int) -> int:
        """The end of statement words [lo, hi) before a closing ", according to X" in them
        (the frame that credits the statement is not part of it), or ``hi``."""
        words = self.words
        for x in range(lo + 2, hi):
            if words[x].lower == "according" and words[x - 1].text == "," and \
                    self.in_quote[x] < 0 and x + 1 < hi and words[x + 1].lower == "to":
                return self._content_end(lo, x - 1)
        return hi

    def _source_modifier_to(self, j: int, end: int) -> bool:
        """True when words [j, end) that end the sentence after a closing "according to"
        source are a short phrase of that source, with no punctuation ("according to two
        senators present", "to someone in attendance", "to an account she gave to the
        Courier", "to polling reported by CNN and the Herald")."""
        return end - j <= _MODIFIER_WORDS and not any(
            self.words[x].is_punct and self.in_quote[x] < 0 for x in range(j, end))

    def _participle_phrase_to(self, j: int, end: int) -> bool:
        """True when words [j, end) are a past participle and its short phrase, with no
        punctuation ("released Thursday", "conducted in February")."""
        words = self.words
        return words[j].upos == "VERB" and words[j].lower.endswith(("ed", "en")) and \
            end - j <= _MODIFIER_WORDS and not any(words[x].is_punct for x in range(j, end))

    def _in_other_relative(self, h: int, c: int) -> bool:
        """True when parse word ``h`` hangs inside a relative clause that does not hold cue
        ``c`` (a reduced one may be a misparse: "the threshold needed to secure it, according
        to the AP"); not a clause on a name with no relative word, which the parse misread
        as one ('X said they doubt Doe “cares,” according to a poll')."""
        words = self.words
        k, steps = h, 0
        while k >= 0 and k != c and steps < 30:
            if words[k].deprel == "acl:relcl" and not self._above(k, c) and not (
                    words[words[k].head].upos == "PROPN" and
                    not any(x.lower in _RELATIVES for x in self.W.children(words[k]))):
                return True
            k, steps = words[k].head, steps + 1
        return False

    def _relative_conjunct_subject(self, c: int) -> tuple[int, int] | None:
        """The relative subject of the clause that cue ``c`` goes on when "and" joins the cue
        to it but the parse hangs the cue from the verb the relative clause sits under ("Tom
        met Ann Roe, who answered the door and said A", "Jo Hale, who is enjoying her role
        and is saying A": "who", Ann Roe or Jo Hale, not Tom or the main clause's subject).
        Only for a relative set off by a comma, with no stop between its clause and the
        "and", and no verb outside that clause but the cue's own auxiliaries; None otherwise
        (not "Tom met Ann Roe, who answered the door, and said A", nor "Tom thanked the
        voters who came and said A": Tom)."""
        words = self.words
        w = words[c]
        if w.deprel != "conj" or not 0 <= w.head < c or self._own_subject(w)[0]:
            return None
        k = c - 1
        while k > w.head and (words[k].head == c and words[k].deprel == "aux" or
                              words[k].upos == "ADV"):
            k -= 1
        if words[k].lower != "and" or words[k - 1].is_punct:
            return None
        for r in range(k - 1, max(w.head, k - _RELATIVE_CONJUNCT_WORDS), -1):
            x = words[r]
            if x.is_punct or self.in_quote[r] >= 0:
                return None
            if x.deprel != "acl:relcl":
                continue
            rel = self._parse_subject(x, after=False)
            if rel is None or rel.lower not in ("who", "which") or \
                    not w.head < rel.i < r or words[rel.i - 1].text != "," or any(
                        words[y].upos in ("VERB", "AUX") and y != r and not self._above(r, y)
                        for y in range(rel.i, k)):
                return None
            return self._own_subject(x)[1]
        return None

    def _misjoined_cue_subject(self, c: int) -> tuple[int, int] | None:
        """For a cue without a subject that the parse joins to the verb of an earlier cue's
        clause ("X said he did not A, but agreed that B": "agreed" as a conjunct of "did"),
        the earlier cue's subject, not the one of the verb it hangs from; also past a verb of
        another form in that clause, which no cue is coordinated with ("X said he has not
        taken gigs since announcing it and suggested that B", "X indicated he would try to
        curb critics, vowing A and suggesting B"); None otherwise."""
        words = self.words
        w = words[c]
        if w.deprel != "conj" or not 0 <= w.head < c or self._own_subject(w)[0]:
            return None
        verb = words[w.head]
        steps = 0
        while verb.deprel in ("advcl", "xcomp", "conj") and 0 <= verb.head < verb.i and \
                steps < 4 and verb.lower.endswith("ing") != w.lower.endswith("ing"):
            verb, steps = words[verb.head], steps + 1
        outer = words[verb.head] if verb.deprel == "ccomp" and 0 <= verb.head < verb.i else None
        if outer is None or outer.lemma not in SPEECH_VERBS or not is_cue_word(outer):
            return None
        return self.syntax_subject(outer.i)

    def _cue_past_auxiliary(self, c: int) -> tuple[int, int] | None:
        """For a cue without a subject that the parse joins to an embedded verb whose
        auxiliary the cue's form cannot share ("X refused questions on whom Y would back but
        said A": no "would said"; "X fear that Y has missed a chance and warn that A": no
        "has warn"), the subject of the verb above that verb's clause, which the cue joins;
        None otherwise."""
        words = self.words
        w = words[c]
        if w.deprel != "conj" or not 0 <= w.head < c or self._own_subject(w)[0]:
            return None
        verb = words[w.head]
        aux = [x.lower for x in self.W.children(verb) if x.deprel == "aux" and x.i < verb.i]
        if not aux:
            return None
        base = w.lower == w.lemma
        if aux[-1] in _PERFECT_AUXILIARIES:
            fits = not base and not w.lower.endswith("s")
        elif aux[-1] in _MODAL_AUXILIARIES:
            fits = base
        else:
            return None
        if fits:
            return None
        k, steps = verb, 0
        while k.deprel in _EMBEDDED_RELS and 0 <= k.head and steps < 4:
            k, steps = words[k.head], steps + 1
            if k.upos == "VERB":
                return self.syntax_subject(k.i)
        return None

    def _modified_noun_subject(self, c: int) -> tuple[int, int] | None:
        """For a cue that modifies a noun ("issued [a statement] saying that A", "went out
        of [his way] to say that A", "shot back in [an article] stating that A"), the
        subject of the verb that noun hangs from; None for any other cue or parse."""
        words = self.words
        n = words[c]
        if n.deprel != "acl" or n.head < 0:
            return None
        for _ in range(3):  # "a pitch to [voters] saying": over nouns up to the verb
            n = words[n.head]
            if n.upos == "VERB":
                return self._cue_subject(n.i)
            if n.upos not in ("NOUN", "PROPN") or n.head < 0:
                return None
        return None

    def _question_clause(self, c: int, a: int, b: int) -> list[int]:
        """The head of an embedded question after speech verb ``c`` that the parse hangs
        from it as a clause of its own (advcl) rather than its complement ("explained to
        reporters [why the mill closed]", "would not comment on [whether he would run]",
        "asked voters [if the vote was fair]"), as a one-item list; [] when none: the
        question must open its clause right after the cue, its object or addressee, or a
        preposition, with no verb between; not a clause of time or place ("said [when
        the vote closed]", "added [where he was]") nor an "if" after a verb that does not
        ask ("added [if the vote fails], ...")."""
        words = self.words
        w = words[c]
        if w.lemma not in SPEECH_VERBS:
            return []
        for x in self.W.children(w):
            if x.deprel != "advcl" or not c < x.i < b or self.in_quote[x.i] >= 0:
                continue
            lo = self._subtree(x.i, a, b)[0]
            if lo <= c:
                continue
            k = lo + 1 if words[lo].lower in _TOPIC_PREPOSITIONS else lo
            if k < x.i and (words[k].lower in _EMBEDDED_QUESTION_WORDS or
                            words[k].lower == "if" and w.lemma in _QUESTION_VERBS) and \
                    not any(words[y].upos in ("VERB", "AUX") or self.in_quote[y] >= 0
                            for y in range(c + 1, lo)):
                return [x.i]
        return []

    def _frame_alone(self, lo: int, hi: int) -> bool:
        """True when words [lo, hi) are a frame alone: a subject of a few words and the
        speech verb that ends them ("he said", "many economists say", "Jo Hale wrote"), no
        statement (not "he hoped", which a "said" before it reports)."""
        words = self.words
        if not 2 <= hi - lo <= _NAME_WORDS or any(self.in_quote[x] >= 0 for x in range(lo, hi)):
            return False
        last = words[hi - 1]
        return last.upos == "VERB" and last.lemma in SPEECH_VERBS and \
            any(words[x].deprel.startswith("nsubj") and words[x].head == hi - 1
                for x in range(lo, hi - 1)) and \
            not any(words[x].upos in ("VERB", "AUX", "SCONJ") or words[x].is_punct
                    for x in range(lo, hi - 1))

    def _short_object_end(self, c: int, obj: int, lo: int, hi: int) -> int | None:
        """Where the statement ends when the one or two words [lo, hi) headed by noun
        ``obj``, the parse's object of speech verb ``c``, are what was said ("Police
        reported [no arrests]", "The firm denied [wrongdoing]", "he said [Ryan]"), phrases
        the parse hangs from the cue left out ("announced [his candidacy] in June", as
        the statement is usually marked): not a time the parse took for
        the object ("said [Tuesday]"), an amount ("said [a lot]"), nor the object of a
        verb that writes, takes or lets in ("wrote [a letter]", "claimed [the
        nomination]", "admit [refugees]", "pledged [delegates]"), nor a subject whose
        verb follows ("said his work [was] ..."); None for those."""
        words = self.words
        o = words[obj]
        if not (lo < hi and lo <= obj < hi and o.deprel == "obj") or \
                words[c].lemma in _OBJECT_NOT_SAID or o.lower in _AMOUNT_OBJECTS or \
                _time_word(o) or o.ner.endswith(("DATE", "TIME")):
            return None
        # "announced plans Tuesday to expand A", "said his work was B", "say any efforts
        # to C could backfire": a verb after the object before the next clause stop
        # carries the statement on (the surface rules read it whole)
        end = self._sentence_range(c)[1]
        stop = self._clause_stop(hi, end)
        stop = self._content_end(hi, end if stop is None else stop)
        if any(words[x].upos in ("VERB", "AUX") or words[x].lower == "to"
               for x in range(hi, stop)):
            return None
        return hi

    def _zero_relative_object(self, c: int, a: int, b: int) -> tuple[int, int] | None:
        """For speech verb ``c`` heading a relative clause with no relative word, whose gap
        is its object ("everything he said", "a point Roe also conceded to reporters", "nine
        odd things the mayor has said about them"), the words [lo, hi) of the noun phrase
        it modifies up to the clause: what was said.  None for a clause with an object or a
        clause of its own ("the plan he said would work"), with a relative word ("which he
        said": the surface rules), on a person or a time ("the aide he told", "by the time
        he said that"), or on a noun that does not come right before its subject."""
        words = self.words
        w = words[c]
        if w.deprel != "acl:relcl" or w.lemma not in SPEECH_VERBS or \
                w.lemma in _OBJECT_NOT_SAID or w.lemma in _REPLY_VERBS or not a <= w.head < c:
            return None
        noun = words[w.head]
        if noun.upos not in ("NOUN", "PRON") or noun.lower in _RELATIVES or \
                noun.is_pronoun and noun.lower not in _AMOUNT_OBJECTS or \
                _time_word(noun) or _person_word(noun) or noun.ner != "O" or \
                self.in_quote[w.head] >= 0:
            return None
        kids = self.W.children(w)
        subject = [x.i for x in kids if x.deprel.startswith("nsubj")]
        if len(subject) != 1 or words[subject[0]].deprel != "nsubj" or any(
                x.deprel in ("obj", "ccomp", "xcomp", "parataxis", "mark") or
                x.lower in _RELATIVES for x in kids):
            return None
        clause_lo = self._subtree(c, a, b)[0]
        if clause_lo != self._subtree(subject[0], a, b)[0] or \
                not w.head < clause_lo <= w.head + _NAME_WORDS or \
                words[clause_lo - 1].upos not in ("NOUN", "PROPN", "PRON") or any(
                    words[x].is_punct or words[x].upos in ("VERB", "AUX") or
                    self.in_quote[x] >= 0 for x in range(w.head + 1, clause_lo)):
            # the subject opens the clause right after the noun phrase ("the sort of
            # change the party warned about"), with no comma, verb or quote between
            return None
        # the noun phrase opens at the noun's modifiers before it, not at the words of the
        # clause a parse hangs from a noun that is its predicate ("this was the sort of ...")
        lo = w.head
        before = sorted((x for x in self.W.children(noun) if a <= x.i < w.head),
                        key=lambda x: -x.i)
        for x in before:
            if x.deprel not in _NOUN_PHRASE_RELS:
                break
            lo = min(lo, self._subtree(x.i, a, b)[0])
        if noun.upos == "NOUN" and words[clause_lo].upos not in ("DET", "PRON") and not any(
                x.deprel in _NOUN_PHRASE_DETERMINERS for x in before):
            # "digital consultant Jo Hale says", "vice presidential candidate Al Poe
            # insisted": a role before a name, one phrase that the parse split
            return None
        k = c + 1
        while k < b and words[k].upos == "ADV":
            k += 1
        if k < b and words[k].upos in ("VERB", "AUX"):
            # "a decision they say allowed A", "the ones officials now say were B": the noun
            # is the subject of the statement after the cue, which the surface rules read
            return None
        return lo, clause_lo

    def _syntax_object(self, c: int, a: int, b: int) -> int | None:
        """A statement that is not a clause: "announced [his resignation]", "vowed [to
        fight on]" -- the object (or "to" complement) after speech verb ``c``, or None."""
        words = self.words
        w = words[c]
        if w.lemma not in SPEECH_VERBS or w.lemma in _CLAUSE_ONLY_CUES or \
                w.lemma in ("tell", "ask", "add") and w.lemma not in _TO_VERBS:
            return None
        for x in range(c + 1, b):
            k = words[x]
            if k.head != c or self.in_quote[x] >= 0:
                continue
            if k.deprel == "obj" and w.lemma not in ("tell", "ask", "add") and \
                    not k.is_pronoun and k.upos in ("NOUN", "PROPN"):
                return x
            if k.deprel == "xcomp" and w.lemma in _TO_VERBS and x - 1 > c and \
                    any(m.head == x and m.lower == "to" for m in words[c + 1:x]):
                return x
        return None

    def _reported_in_sentence(self, a: int, b: int, start: int) -> Found | None:
        """The first reported statement in sentence words [a, b) whose cue is at or after
        ``start``."""
        if self.W.has_parse:
            found = self._syntax_reported(a, b, start)
            if found is not None:
                # a cue before the parse's whose parse failed ("Protest groups say A, and
                # B sued, saying C"): the surface rules read it
                cue = found.attribution.cue
                earlier = self._surface_reported(a, b, start, cue[0]) if cue else None
                if earlier is not None and earlier.end > found.start and \
                        not self._frames(earlier, found):
                    # "hackers who officials say are tied to X and who claimed Y": the surface
                    # statement runs on over the parse's later clause and its cue; it ends
                    # before that clause, as two statements of a sentence do
                    earlier = self._cut_before_cue(earlier, found)
                return earlier if earlier is not None and (
                    earlier.end <= found.start or self._frames(earlier, found)) else found
        found = self._surface_reported(a, b, start, b)
        return found if found is not None or start > a else self._headline_report(a, b)

    def _frames(self, outer: Found, inner: Found) -> bool:
        """True when the surface statement ``outer`` holds the parse's statement ``inner``
        and its cue is a verb that heads no relative clause in the parse ("In 1990, Doe said,
        when she was a clerk, she thought A": Doe's statement, which the parse missed, holds
        what she thought; not "While everything X says is true, Y said A", nor "According to
        X, Y said A", whose source the parse's statement credits already)."""
        cue = outer.attribution.cue
        if cue is None or not (outer.start <= inner.start and inner.end <= outer.end):
            return False
        verb = self.words[cue[0]]
        return verb.lower != "according" and verb.deprel != "acl:relcl"

    # ------------------------------------------------------------ nested reports
    def nested_report(self, f: Found) -> Found | None:
        """``f`` credited to the one whose words it holds, when its speaker only relays them,
        or None.

        News relays a statement with two frames: "Reuters reported that [Moon said] the
        summit would go ahead", "[Kim said] the talks were a waste of time, according to
        state media", '“Talks are a waste of time,” [Kim said], state media reported',
        'According to state media, [Kim said]: “...”'.  The rules (and the parse) credit
        the outermost frame, as PolNeAR's gold does; here the inner frame's subject becomes
        the speaker, its verb the cue, the outer speaker ``reported_by``, and a reported
        statement is the inner clause ("the summit would go ahead").  Not '“A,” Kim told
        state media' (the outer frame is Kim's own: state media is told) nor "CNN's Doe
        said A" (one frame).
        """
        att = f.attribution
        if att.speaker is None or att.cue is None or att.reported_by is not None:
            return None
        outlet = self._quoting_outlet(att) or self._closing_relay(f) or self._aside_relay(att)
        if outlet is not None:
            return attrs.evolve(f, attribution=attrs.evolve(att, reported_by=outlet))
        if f.kind == "direct":
            return self._nested_direct(f)
        if f.kind == "mixed" and f.statement is not None:
            whole = self._nested_whole(f)
            if whole is not None:
                return whole
        if f.kind == "mixed" and f.statement is None:
            return self._nested_fragment(f) or self._nested_naming(f)
        region = f.statement if f.kind == "mixed" else (f.start, f.end)
        if region is None:
            return None
        inner = self._frame_opening(*region, att)
        if inner is None:
            inner = self._frame_before(region[0], att)
            if inner is None:
                return self._nested_stance(f, region, att)
            sub, cue, addressee, start = inner
            start = region[0]
        else:
            sub, cue, addressee, start = inner
        if f.kind == "mixed" and start > f.start:
            return None
        new = attrs.evolve(att, speaker=sub, cue=cue, addressee=addressee,
                           reported_by=att.speaker)
        if f.kind == "mixed":
            return attrs.evolve(f, attribution=new, statement=(start, region[1]))
        return attrs.evolve(f, start=start, attribution=new)

    def _quoting_outlet(self, att: Attribution) -> tuple[int, int] | None:
        """The one who quotes or cites ``att``'s speaker "as saying", who relays the words:
        "CNN quoted a witness as saying A", "The Ledger cited Jo Lee, an aide, as saying
        “...”" (CNN, the Ledger), "Lee was quoted by the Ledger as saying A" (the Ledger),
        "The report, which quoted Lee as saying A, angered B" (the report);
        None for any other frame (not "Lee was quoted as saying A": no one named)."""
        assert att.speaker is not None and att.cue is not None
        words = self.words
        c = att.cue[0]
        s0, s1 = att.speaker
        if words[c].lower != "saying" or c < 2 or words[c - 1].lower != "as" or s1 >= c:
            return None
        a = self._sentence_range(c)[0]
        if s1 + 3 < c and words[s1].lower in _PASSIVE_AUX and \
                words[s1 + 1].lower in _QUOTING_VERBS and words[s1 + 2].lower == "by":
            # "Lee was quoted by the Ledger as saying A": the agent relays
            by = self._np_forward(s1 + 3, c - 1)
            return by if by is not None and by[1] == c - 1 else None
        j = s0 - 1
        if j > a and words[j].text == ",":
            outer = self._np_back(j - 1, a)  # "quoted the director, Jo Lee, as saying"
            j = outer[0] - 1 if outer is not None else j
        if j <= a or words[j].lower not in _QUOTING_VERBS or self.in_quote[j] >= 0:
            return None
        k = self._skip_back(j - 1, a)
        if k - 2 >= a and words[k].lower == "which" and words[k - 1].text == ",":
            # "The report, which quoted Lee as saying A, angered B": the antecedent relays
            k = self._skip_back(k - 2, a)
        by = self._np_back(k, a) if k >= a else None
        if by is None or words[by[0]].lower in _RELATIVES or \
                words[by[0]].lower in ("it", "there", "this"):
            return None  # (not "a report that quoted Lee as saying": no one named)
        return by

    def _aside_relay(self, att: Attribution) -> tuple[int, int] | None:
        """The source of an aside "according to X" (or "per X") set off by commas between
        ``att``'s speaker and its verb of saying ("Lee, according to a person familiar with
        the matter, has told aides that A": Lee speaks, the person relays), or None."""
        assert att.speaker is not None and att.cue is not None
        words = self.words
        i = att.speaker[1]
        if i + 3 >= att.cue[0] or words[i].text != "," or self.in_quote[i] >= 0:
            return None
        per = words[i + 1].lower == "per"
        if not per and not (words[i + 1].lower == "according" and words[i + 2].lower == "to"):
            return None
        b = self._sentence_range(i)[1]
        np = self._according_source(i + 3 - per, att.cue[0])
        if np is None:
            return None
        close = next((x for x in range(np[1], att.cue[0]) if words[x].text == ","), None)
        if close is None or self._aside_speech_verb(close, b) != att.cue[0]:
            return None
        return np

    def _closing_relay(self, f: Found) -> tuple[int, int] | None:
        """The source of a report frame that closes the sentence right after the statement
        of ``f``, whose own frame of saying opens it: "In a statement, Lee said A, the
        Ledger reported", "Later, Lee told aides A, according to the Ledger" (the Ledger),
        where an opening phrase kept the closing frame from the rules, a document's
        finding ("Lee said A, the report found", "..., court documents show") or "as
        reported by" ("Lee said A, as reported by the Ledger", '“A,” Lee said in an
        interview, as reported by the Ledger', '“A,” Lee said in comments reported by the
        Ledger'); None for any other (not "Lee said A, officials said": a second speaker).
        """
        att = f.attribution
        assert att.speaker is not None and att.cue is not None
        words = self.words
        c = att.cue[0]
        thought = False
        if words[c].lower not in _NESTED_CUE_FORMS and \
                not (f.kind == "direct" and words[c].lemma in SPEECH_VERBS):
            # ('“A,” Lee noted, as reported by X': any verb of saying); a thought or a
            # stance only under a document ("Lee thought A, minutes of the meeting show",
            # "Lee wanted A, emails obtained by the Post show": Lee's, the papers relay)
            thought = f.kind != "direct" and (words[c].lemma in THOUGHT_VERBS or
                                             words[c].lower in _NESTED_STANCE_FORMS)
            if not thought:
                return None
        b = self._sentence_range(c)[1]
        stop = b - 1 if words[b - 1].text == "." else b
        if f.kind == "direct":
            # the quote's frame after it, an adjunct, then the relay to the sentence's end
            q1 = self.W.index_at(f.end - 1) + 1
            o0, o1 = min(att.speaker[0], c), max(att.speaker[1], att.cue[1])
            if o0 < q1 or o1 >= stop:
                return None
            x = next((x for x in range(o1, stop) if words[x].text == "," or
                      words[x].lower in ("in", "as") and self._reported_by_tail(x, stop)),
                     stop)
            if x >= stop or not self._frame_adjunct(o1, x):
                return None
            return self._reported_by_tail(x + (words[x].text == ","), stop)
        if f.start < words[att.cue[1] - 1].end or att.speaker[1] > c:
            return None
        x = self.W.index_at(f.end - 1) + 1
        if x >= len(words) or words[x].text != "," or words[x].sent != words[c].sent:
            return None
        if thought:
            return self._document_relay(x, b)
        if x + 3 < stop and words[x + 1].lower == "according" and words[x + 2].lower == "to":
            np = self._np_forward(x + 3, stop)
            return np if np is not None and np[1] == stop else None
        report = self._closing_report(x, b)
        if report is not None:
            return report[0]
        # "Lee said A, the report found", "Lee said A, as reported by the Ledger"
        return self._document_relay(x, b) or self._reported_by_tail(x + 1, stop)

    def _reported_by_tail(self, x: int, stop: int) -> tuple[int, int] | None:
        """The agent of a relay phrase that runs from word ``x`` to the sentence's end at
        ``stop``: "as (first) reported by [the Ledger]", "in comments (first) reported by
        [the Ledger]", "in an interview published by [the Ledger]", "as reported in [the
        Ledger]" (a title, not "as reported in May"); None for any other."""
        words = self.words
        if x + 3 >= stop:
            return None
        y = x + 1
        if words[x].lower == "in":
            while y < stop and y - x <= 3 and words[y].upos in ("DET", "ADJ", "NOUN"):
                y += 1
            if y == x + 1 or words[y - 1].upos != "NOUN":
                return None
        elif words[x].lower != "as":
            return None
        if y < stop and words[y].lower in ("first", "later", "originally"):
            y += 1
        if y + 2 >= stop or words[y].lower not in ("reported", "published", "aired") or \
                words[y + 1].lower not in ("by", "in"):
            return None
        np = self._np_forward(y + 2, stop)
        if np is None or np[1] != stop:
            return None
        last = words[stop - 1]
        if words[y + 1].lower == "in" and (
                words[x].lower != "as" or not last.is_capitalised or last.ner.endswith("DATE")
                or last.lower in _WEEKDAYS or _time_word(last)):
            return None  # "as reported in the Ledger" (not "as reported in May")
        return np

    def _outside_frame(self, att: Attribution, a: int, b: int) -> bool:
        """True when neither the speaker nor the cue of ``att`` touches words [a, b)."""
        return all(s is None or s[1] <= a or s[0] >= b for s in (att.speaker, att.cue))

    def _nested_verb(self, sub: tuple[int, int] | None, v: int, b: int
                     ) -> tuple[tuple[int, int], tuple[int, int] | None, int] | None:
        """(subject, addressee, word after them) of the nested frame whose verb is word
        ``v`` and whose subject is ``sub``; the addressee of "told" must follow it before
        word ``b``."""
        if sub is None:
            return None
        words = self.words
        w = sub[0]
        if words[w].lower in _RELATIVES or words[w].lower in ("it", "there", "this") or \
                sub[1] - sub[0] > _NESTED_SUBJECT_WORDS:
            return None  # "those who said A", "it said": no speaker of their own
        if v > 0 and words[v - 1].lower in _PASSIVE_AUX or self._adjective_noted(v):
            return None  # "his name was announced", "a noted author": no speaker
        addressee = None
        j = v + 1
        if words[v].lower in ("told", "tells", "tell"):  # "is set to tell"
            addressee = self._np_forward(j, b)
            if addressee is None:
                return None
            j = addressee[1]
        elif words[v].lower in ("asked", "asks") and sub[1] <= v:
            # a quoted question's frame, with or without the one asked ('“Q?” the
            # prosecutor asked [Lee], according to the transcript')
            addressee = self._np_forward(j, b)
            j = addressee[1] if addressee is not None else j
        return sub, addressee, j

    def _adjective_noted(self, v: int) -> bool:
        """True when "noted" at word ``v`` is no verb of a frame: an adjective ("a noted
        author", "the widely noted gap") or a writer's aside ("as noted above")."""
        words = self.words
        if words[v].lower != "noted" or v == 0:
            return False
        prev = words[v - 1]
        return prev.upos == "DET" or prev.lower in ("a", "an", "the", "as", "widely", "well")

    def _inner_frame(self, s0: int, s1: int, forms: frozenset[str], att: Attribution
                     ) -> tuple[int, int, int, tuple[int, int] | None] | None:
        """(first word, end word, verb, subject or None) of an inner speaker's frame that
        opens the statement at chars [s0, s1) with a verb of ``forms`` a few words in
        ("[Moon said] the summit …", "[Lee wants] a recount"), outside ``att``'s own
        frame, or None."""
        words = self.words
        W = self.W
        i = W.index_at(s0)
        e = W.index_at(s1 - 1) + 1
        if i < e and words[i].lower == "that":
            i += 1
        i = self._past_opening_adjunct(i, e)
        v = next((x for x in range(i + 1, min(e, i + _NESTED_SUBJECT_WORDS + 2))
                  if words[x].lower in forms and not self._adjective_noted(x) or
                  words[x].is_punct or self.in_quote[x] >= 0), None)
        if v is None or words[v].lower not in forms or self.in_quote[v] >= 0 or \
                not self._outside_frame(att, i, e):
            return None
        k = self._skip_back(v - 1, i)
        sub = self._np_back(k, i) if k >= i else None
        if (sub is None or sub[0] != i) and k > i:
            sub = self._nested_long_subject(i, sub, k)
        return i, e, v, sub

    def _past_opening_adjunct(self, i: int, e: int) -> int:
        """Word ``i`` moved past a short phrase of time or setting that opens the statement
        [i, e) before its inner frame: "[On Monday,] Lee said A", "[In a statement,] Lee
        said A", "that [on Monday] Lee said A" (a day or time word with no comma); ``i``
        when none (not "In Ohio, voters want A, the Ledger reported": see the callers, whose
        verb must be a frame's)."""
        words = self.words
        first = words[i] if i < e else None
        if first is None or not (first.upos in ("ADP", "ADV") or _time_word(first) or
                                 first.lower in _WEEKDAYS) or self.in_quote[i] >= 0:
            return i
        for x in range(i + 1, min(e - 2, i + 7)):
            w = words[x]
            if w.text == ",":
                return x + 1 if x > i or first.upos == "ADV" else i
            if w.is_punct or w.upos in ("VERB", "AUX") or self.in_quote[x] >= 0:
                return i
            if first.upos == "ADP" and x == i + 1 and (w.lower in _WEEKDAYS or _time_word(w)):
                nxt = words[x + 1]
                if nxt.text != "," and (nxt.upos == "PROPN" or nxt.lower in ("he", "she")):
                    return x + 1  # "that on Monday Lee said A"
        return i

    def _frame_opening(self, s0: int, s1: int, att: Attribution
                       ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None,
                                  int] | None:
        """(subject, cue, addressee, clause start in chars) of a frame that opens the
        statement at chars [s0, s1) ("[Moon said] the summit would go ahead"), or None."""
        words = self.words
        inner = self._inner_frame(s0, s1, _NESTED_CUE_FORMS, att)
        if inner is None:
            return None
        i, e, v, sub = inner
        got = self._nested_verb(sub if sub is not None and sub[0] == i else None, v, e)
        if got is None:
            return None
        if got[2] < e and self.in_quote[got[2]] >= 0:
            # 'Lee said “there is hope” in Ohio': the quoted words open the clause
            return got[0], (v, v + 1), got[1], words[got[2]].start
        c = self._clause_start(got[2], e, words[v])
        if c is None or e - c < 3 or words[c].upos in ("AUX", "VERB") or self._verbless(c, e):
            # "Doe said nothing", "the refugees admitted are women", "Doe has added another
            # link": no clause of the inner speaker's
            return None
        return got[0], (v, v + 1), got[1], words[c].start

    def _nested_stance(self, f: Found, region: tuple[int, int], att: Attribution
                       ) -> Found | None:
        """``f`` credited to the subject of a stance, characterisation or position verb
        that opens its statement at chars ``region`` ("Reuters reported that [Moon opposed]
        the deal", "According to the Ledger, [Lee wants] a recount", "The Ledger reported
        that [Lee called] the plan “a disgrace”"), relayed by ``att``'s speaker: the
        statement the surface rules give that verb (its object), or None."""
        words = self.words
        assert att.cue is not None
        if words[att.cue[0]].lower not in _RELAY_CUE_FORMS:
            # only a reporter's frame relays a position: "Doe said they want A", "Roe
            # said Doe intends A" are Doe's and Roe's own statements
            return None
        inner = self._inner_frame(region[0], region[1], _NESTED_STANCE_FORMS, att)
        if inner is None:
            return None
        i, e, v, sub = inner
        if words[v].upos not in ("VERB", "") or v + 2 > e or sub is None or sub[0] != i or \
                words[i].lower in _SUBJECT_PRONOUNS and words[i].lower not in ("he", "she") or \
                self._nested_verb(sub, v, e) is None:
            return None  # (not "who", "they": "those who, according to X, want A")
        if any(words[x].lower in _MODAL_AUXILIARIES for x in range(sub[1], v)):
            return None  # "the media would call him a “chicken”": no stance taken
        if words[v].lower in INTENTION_VERB_FORMS and v + 1 < e and words[v + 1].lower == "to":
            # "According to aides, he wants to run again": the relay's whole clause (as
            # annotators give it), not the intention's bare "to run again"
            return None
        assert att.speaker is not None
        if words[att.speaker[1] - 1].lower in _POLL_NOUNS:
            return None  # "According to exit polls, Roe has praised A": the poll's finding
        if f.kind == "mixed":
            # the quote is in the verb's object ("called the plan “a disgrace”")
            if f.start < words[v].end:
                return None
            new = attrs.evolve(att, speaker=sub, cue=(v, v + 1), addressee=None,
                               reported_by=att.speaker)
            return attrs.evolve(f, attribution=new, statement=(words[v + 1].start, region[1]))
        got = self._surface_reported(i, e, v, e)
        if got is None or got.attribution.speaker != sub or got.attribution.cue is None or \
                got.attribution.cue[0] != v:
            return None
        new = attrs.evolve(got.attribution, reported_by=att.speaker)
        return attrs.evolve(got, attribution=new)

    def frame_before_quote(self, f: Found) -> bool:
        """True when the reported statement ``f`` is only the frame of a direct quote right
        after it ('Investigators say that [he told one agent], “...”') or right before it
        ('“...?” [Lee said], according to the Ledger'): the quote carries that frame (see
        :meth:`_nested_direct`), so the frame is no statement of its own."""
        if f.kind != "indirect" or f.attribution.speaker is None:
            return False
        words = self.words
        i = self.W.index_at(f.start)
        e = self.W.index_at(f.end - 1) + 1
        if i > 0 and self.in_quote[i - 1] >= 0 and words[i - 1].text in _QUOTE_CHARS and \
                words[i].par == words[i - 1].par and self._frame_between(i, e) is not None:
            # '“Is it a priority?” [Lee said at a rally], according to the Ledger': the frame
            # after the quote, which a relay after it would make a statement
            return True
        j = e
        while j < len(words) and j < e + 2 and words[j].text in (",", ":"):
            j += 1
        if j == e or j >= len(words) or self.in_quote[j] < 0 or \
                words[j].sent != words[i].sent:
            return False
        return self._frame_between(i, e) is not None

    def _nested_fragment(self, f: Found) -> Found | None:
        """A mixed quote without a statement that the frame after it credits, when it ends
        the clause of a frame of saying before it ('Kim said the talks were “a waste of
        time,” state media reported', read by a parse that hangs the quote on "reported"):
        Kim's mixed quote, with its statement, relayed by the frame after it."""
        att = f.attribution
        assert att.speaker is not None and att.cue is not None
        words = self.words
        q0 = self.W.index_at(f.start)
        q1 = self.W.index_at(f.end - 1) + 1
        o0 = min(att.speaker[0], att.cue[0])
        if o0 < q1 or any(not words[x].is_punct for x in range(q1, o0)) or \
                words[att.speaker[0]].lower in ("he", "she", "i", "we"):
            return None  # the outer frame right after the quote, not the speaker's own again
        a = self._sentence_range(q0)[0]
        frame = self._frame_before_quote(q0, a, a + 1, (";", ":"),
                                         lambda x: words[x].lower in _NESTED_CUE_FORMS)
        if frame is None:
            return None
        v, sub = frame
        got = self._nested_verb(sub, v, q0)
        if got is None:
            return None
        c = self._clause_start(got[2], q0, words[v])
        if c is None or not self.fragment_goes_on_clause(c, q0):
            return None
        new = attrs.evolve(att, speaker=got[0], cue=(v, v + 1), addressee=got[1],
                           reported_by=att.speaker)
        return attrs.evolve(f, attribution=new, statement=(words[c].start, f.end))

    def _frame_before_quote(self, q0: int, a: int, lo: int, stops: Collection[str],
                            is_cue: Callable[[int], bool]) -> tuple[int, tuple[int, int]] | None:
        """The cue before the quote at word ``q0`` in the sentence from word ``a``: the
        nearest word from ``lo`` on that ``is_cue`` accepts, with no quote and none of
        ``stops`` between it and the quote, and its subject, which opens the sentence or
        follows a comma ('Kim said the talks were “...”', 'Lee called the plan “...”'):
        (cue, subject), or None."""
        words, in_quote = self.words, self.in_quote
        v = next((x for x in range(q0 - 1, lo - 1, -1)
                  if in_quote[x] >= 0 or words[x].text in stops or is_cue(x)), None)
        if v is None or in_quote[v] >= 0 or not is_cue(v):
            return None
        k = self._skip_back(v - 1, a)
        sub = self._np_back(k, a) if k >= a else None
        if sub is None or sub[0] > a and not words[sub[0] - 1].is_punct:
            return None
        return v, sub

    def _nested_naming(self, f: Found) -> Found | None:
        """A mixed quote that a closing "according to" credits, when a verb of naming
        before it frames it: 'Lee called the plan “reckless,” according to the Ledger',
        'Lee will call the bill “a disgrace,” according to excerpts', 'Lee described it as
        “reckless,” according to the Ledger': the naming verb's subject speaks, and the
        source of "according to" relays the words; so does a report frame that closes the
        sentence right after the quote ('Lee called the plan “reckless,” the Ledger
        reported', '..., reports the Ledger').  Not "Lee's plan was “reckless,”
        according to the Ledger" (no naming verb: the source speaks)."""
        att = f.attribution
        assert att.speaker is not None and att.cue is not None
        words = self.words
        c = att.cue[0]
        if words[c].lower in _REPORT_FORMS and (
                att.speaker[1] == c or att.speaker[0] == c + 1 or
                att.speaker[1] == c - 1 and words[c - 1].upos == "ADV"):
            # ", the Ledger reported", ", the Ledger first reported", ", reports the Ledger"
            near = min(att.speaker[0], c)
        elif words[c].lower == "according" and c + 1 < len(words) and \
                words[c + 1].lower == "to":
            near = c
        else:
            return None
        q0 = self.W.index_at(f.start)
        q1 = self.W.index_at(f.end - 1) + 1
        if near < q1 or q0 < 2 or any(not words[x].is_punct and words[x].upos != "DET"
                                      for x in range(q1, near)):
            return None  # the relay right after the quote (a parse's "[the] Ledger")
        a = self._sentence_range(q0)[0]
        frame = self._frame_before_quote(q0, a, max(a + 1, q0 - _NAMED_OBJECT_WORDS),
                                         _CLAUSE_STOPS, self._naming_verb)
        if frame is None:
            return None
        v, sub = frame
        if sub[1] != self._skip_back(v - 1, a) + 1 or words[sub[0]].lower in _RELATIVES or \
                not self.is_named_or_pronoun(sub):
            return None
        new = attrs.evolve(att, speaker=sub, cue=(v, v + 1), reported_by=att.speaker)
        return attrs.evolve(f, attribution=new)

    def _nested_long_subject(self, i: int, tail: tuple[int, int] | None, k: int
                             ) -> tuple[int, int] | None:
        """The subject opening at word ``i`` of a nested frame whose last noun phrase
        ``tail`` (ending at word ``k``) is not its start: "Sanders himself [has
        acknowledged]" (the reflexive that stresses him), "A witness interviewed by staff
        [said]" (a participle phrase on the subject); None for any other words."""
        words = self.words
        np = self._np_forward(i, k + 1)
        if np is None:
            return None
        w = words[np[1]] if np[1] <= k else None
        if w is not None and w.lower in _REFLEXIVES and np[1] == k:
            return np
        if w is not None and w.lower.endswith("ed") and np[1] + 1 <= k and \
                words[np[1] + 1].lower == "by" and tail is not None and tail[0] == np[1] + 2 and \
                np[1] + 1 - np[0] <= 3:
            return np  # (a short subject, and "by" right before the last noun phrase)
        return None

    def _frame_before(self, s0: int, att: Attribution
                      ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None,
                                 int] | None:
        """(subject, cue, addressee, s0) of a frame right before the statement at char
        ``s0`` whose speaker the outer frame relays ("According to X, [Y said] A" read
        by a parse that credits X with A), or None."""
        words = self.words
        i = self.W.index_at(s0)
        j = i - 1
        if j >= 0 and words[j].lower == "that":
            j -= 1
        if i >= len(words):
            return None
        a = self._sentence_range(i)[0]
        if j < a + 1 or words[j].lower not in _NESTED_CUE_FORMS or self.in_quote[j] >= 0:
            return None
        v = j
        k = self._skip_back(v - 1, a)
        sub = self._np_back(k, a) if k >= a else None
        if sub is None or not self._outside_frame(att, sub[0], v + 1) or (
                sub[0] > a and words[sub[0] - 1].lower not in ("that", ",") and
                not (att.cue is not None and att.cue[1] == sub[0])):
            return None  # the subject opens the sentence, a clause after "that" or a comma
        if att.cue is None or not (att.cue[1] <= sub[0] or att.cue[0] > i):
            return None  # the outer frame stands before the inner one or after the statement
        got = self._nested_verb(sub, v, i)
        if got is None or got[2] not in (i, i - 1):
            return None
        return got[0], (v, v + 1), got[1], s0

    def _nested_direct(self, f: Found) -> Found | None:
        """A direct quote whose own frame stands between it and the frame credited:
        '“A,” [Kim said], state media reported', '“A,” [said Kim], according to state
        media', 'According to state media, [Kim said]: “A”'."""
        att = f.attribution
        assert att.speaker is not None and att.cue is not None
        words = self.words
        W = self.W
        q0 = W.index_at(f.start)
        q1 = W.index_at(f.end - 1) + 1
        sb, (ca, cb) = att.speaker[1], att.cue
        if sb < ca and cb <= q0 and self._skip_back(ca - 1, sb) >= sb:
            # "Investigators say that he told one agent, “...”": a rule that climbed from
            # the quote's cue to the one who reports its clause
            k = sb
            while k < ca and words[k].upos in ("AUX", "ADV", "PART"):
                k += 1
            if k >= ca or words[k].lemma not in SPEECH_VERBS:
                return None  # (not "Doe released a video that said “...”": no report)
            got = self._frame_between(k + 1, q0)
            if got is None or got[1] != att.cue:
                return None
            new = attrs.evolve(att, speaker=got[0], addressee=got[2], reported_by=att.speaker)
            return attrs.evolve(f, kind="direct", attribution=new, statement=None)
        o0 = min(att.speaker[0], att.cue[0])
        o1 = max(att.speaker[1], att.cue[1])
        if o0 >= q1:
            got = self._frame_between(q1, o0)  # the outer frame after the quote
        elif o1 <= q0:
            got = self._frame_between(o1, q0)  # before it
        else:
            return None
        if got is None:
            return None
        new = attrs.evolve(att, speaker=got[0], cue=got[1], addressee=got[2],
                           reported_by=att.speaker)
        return attrs.evolve(f, kind="direct", attribution=new, statement=None)

    def _nested_whole(self, f: Found) -> Found | None:
        """A mixed quote whose statement is the quote and its own frame, which a frame
        outside relays ('[“A,” Kim said], state media reported', 'According to state media,
        [Kim said: “A.”]'): a direct quote of the inner speaker."""
        assert f.statement is not None
        W = self.W
        s0, s1 = f.statement
        att = f.attribution
        assert att.speaker is not None and att.cue is not None
        o0 = min(att.speaker[0], att.cue[0])
        o1 = max(att.speaker[1], att.cue[1])
        # the outer frame beyond the inner one, not across the quote ('Polling shows that
        # “A,” said Roe': Roe's frame, which no one relays)
        if s0 == f.start and s1 > f.end:
            a, b = W.index_at(f.end - 1) + 1, W.index_at(s1 - 1) + 1
            if o0 < b:
                return None
        elif s1 == f.end and s0 < f.start:
            a, b = W.index_at(s0), W.index_at(f.start)
            if o1 > a:
                return None
        else:
            return None
        got = self._frame_between(a, b)
        if got is None:
            return None
        new = attrs.evolve(att, speaker=got[0], cue=got[1], addressee=got[2],
                           reported_by=att.speaker)
        return attrs.evolve(f, kind="direct", attribution=new, statement=None)

    def _frame_between(self, a: int, b: int
                       ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None] | None:
        """(subject, cue, addressee) when words [a, b) are only a frame of speech ("Kim
        said", "said Kim", "the minister told reporters", "that Kim said", a question's "the
        prosecutor asked"), with at most an
        adjunct after it ("Kim said at a rally on Monday", "said Jo Day, an aide to the
        mayor"), or None."""
        words = self.words
        while a < b and words[a].is_punct:
            a += 1
        if a < b and words[a].lower == "that":
            a += 1
        while b > a and words[b - 1].is_punct:
            b -= 1
        if b - a < 2 or b - a > _NESTED_FRAME_WORDS or \
                any(self.in_quote[x] >= 0 for x in range(a, b)):
            return None
        if words[a].lower in _DIRECT_FRAME_FORMS:  # "said Kim", "asked the judge"
            sub = self._np_forward(a + 1, b)
            got = self._nested_verb(sub, a, b)
            if got is None or got[1] is not None or not self._frame_adjunct(got[0][1], b):
                return None
            return got[0], (a, a + 1), None
        # "Kim said", "Kim told reporters"
        v = next((x for x in range(a + 1, b) if words[x].lower in _DIRECT_FRAME_FORMS or
                  words[x].is_punct or self._forecast_cue(x, a)), -1)
        if v < 0 or words[v].is_punct:
            return None
        k = self._skip_back(v - 3 if self._forecast_cue(v, a) else v - 1, a)
        sub = self._np_back(k, a) if k >= a else None
        got = self._nested_verb(sub if sub is not None and sub[0] == a else None, v, b)
        if got is None or not self._frame_adjunct(got[2], b):
            return None  # nothing after the frame but an adjunct and the outer frame
        return got[0], (v, v + 1), got[1]

    def _frame_adjunct(self, j: int, b: int) -> bool:
        """True when words [j, b) after a nested frame are nothing or an adjunct of it: a
        phrase of place or time ("at a rally", "Monday in Ohio", "in a statement") or an
        apposition (", an aide to the mayor"), with no verb of its own (not "Kim said,
        adding that A", nor "Kim said Roe was wrong")."""
        if j >= b:
            return True
        words = self.words
        first = words[j]
        if not (first.upos in ("ADP", "ADV") or first.text == "," or first.lower in _WEEKDAYS or
                _time_word(first)):
            return False
        return not any(w.upos == "AUX" or w.lower in _NESTED_CUE_FORMS or is_cue_word(w) or
                       w.upos == "VERB" and not w.lower.endswith("ed")
                       for w in words[j:b])
