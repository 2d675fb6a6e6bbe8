"""Direct and mixed quotes: their cues and speakers.
"""

from __future__ import annotations

import re
from itertools import chain

import attrs

from ..lexicon import (
    HONORIFICS,
    INVERTING_VERBS,
    MESSAGE_NOUNS,
    QUOTE_ONLY_FORMS,
    RELEASE_FORMS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
    SENDING_VERBS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
    UNNAMED_SOURCE_NOUNS,
    VENUE_PREPOSITIONS,
)
from ..quotes import QuoteSpan
from ..tokens import Word
from .coordination import _Coordination
from .results import Attribution
from .words import (
    _ADDRESSEE_LABEL_WORDS,
    _ADJUNCT_SUBORDINATORS,
    _AFFILIATIONS,
    _AFTER_CUE_WORDS,
    _AGENT_WORDS,
    _ASIDE_WORDS,
    _BEFORE_QUOTE_FORMS,
    _CARRIER_NOUNS,
    _CLAUSE_END_MARKS,
    _CLAUSE_RELATIVES,
    _CLAUSE_STOPS,
    _COORDINATORS,
    _CRY_CONFIDENCE,
    _CRY_MODIFIERS,
    _CRY_NOUNS,
    _CRY_TAKING,
    _CRY_VERBS,
    _CUE_ADJUNCTS,
    _DASHES,
    _DATA_CUES,
    _DEGREE_WORDS,
    _DETERMINERS,
    _FLOOR_VERBS,
    _FORECAST_WORDS,
    _HEADING_GENERIC_SUBJECTS,
    _INTERRUPT_VERBS,
    _INTERVIEW_GIVING,
    _INTERVIEW_NOUNS,
    _IRREGULAR_PARTICIPLES,
    _LABEL_NAME_LOOKS,
    _LABEL_PREPOSITIONS,
    _LABEL_TIME_ADVERBS,
    _LABEL_WORDS,
    _LATIN_PER,
    _LEAD_SUBORDINATORS,
    _LIST_MARKER,
    _LOOSE_INNER,
    _MESSAGE_LABEL_NOUNS,
    _MODIFIER_WORDS,
    _NAME_WORDS,
    _NAMED_OBJECT_WORDS,
    _NAMING_FORMS,
    _NAMING_RELATIVES,
    _NEGATIONS,
    _NEXT_SENTENCE_FRAME_WORDS,
    _NOUN_CUE_FORMS,
    _OBJECT_PRONOUNS,
    _OPENING_INVERTED_FORMS,
    _OWNED_RELATIVE_WORDS,
    _OWNED_STATEMENT_LINKS,
    _OWNED_STATEMENT_MODIFIERS,
    _OWNED_STATEMENT_NOUNS,
    _OWNED_STATEMENT_TOPICS,
    _OWNED_STATEMENT_WORDS,
    _P_ASIDE,
    _P_NAME,
    _P_OWNER,
    _PARTICIPLE_MODIFIERS,
    _PASSIVE_AUX,
    _PASSIVE_CUE_PREPOSITIONS,
    _PASSIVE_NAMING_FORMS,
    _PASSIVE_SPEAKER_CUES,
    _PER_COUNTS,
    _PERSONAL_POSSESSIVES,
    _PERSONAL_SUBJECTS,
    _PHRASAL_CUES,
    _PLAIN_SPEECH_FORMS,
    _POINTING_BACK,
    _POINTING_OPENERS,
    _POSSESSIVE_LABEL_WORDS,
    _POSSESSIVE_PRONOUNS,
    _POSSESSIVES,
    _PROPOSAL_MODALS,
    _PUT_FORMS,
    _QUOTE_CHARS,
    _QUOTE_LABEL_NOUNS,
    _RECEIVED_FORMS,
    _RELATIVES,
    _RELEASE_LEAD_WORDS,
    _REMARK_NOUNS,
    _REPORT_FORMS,
    _SET_OFF_WORDS,
    _SIGNATURE_WORDS,
    _SIGNED_LEAD,
    _SINGULAR_DETERMINERS,
    _SOURCE_PHRASE_NOUNS,
    _SOURCE_PHRASE_OPENERS,
    _SOURCE_WORDS,
    _SPEECH_ACT_NOUNS,
    _SPEECH_NOUN_MODIFIERS,
    _SPLITTING_ADVERBS,
    _SUBJECT_MODIFIER_STARTS,
    _SUBJECT_PRONOUNS,
    _TERM_WORDS,
    _THING_PRONOUNS,
    _TIME_NOUNS,
    _TIME_PERIODS,
    _TIMES_COUNT_WORDS,
    _UTTERANCE_NOUNS,
    _VIEW_NOUNS,
    _WEEKDAYS,
    _WINDOW,
    CRY_OF_X,
    CRY_REASON,
    NAMED_AFTER_REASON,
    PERSON_GOES_ON,
    _adverbial,
    _direct_cue,
    _is_date,
    _nounish,
    _person_word,
    _personal_pronoun,
    _plain_speech_verb,
    _possessive_mark,
    _text_noun,
    _time_word,
    is_cue_word,
    is_title,
)

#: Words that open a clause modifying the noun of a sentence-opening phrase ("In [what] may
#: be the first time X agreed on A, ...", "In a year [when] X said A, ...").
_OPENER_CLAUSE_WORDS = frozenset({"what", "when", "where", "which", "that", "who", "whom"})


#: Most words (commas too) of the adjuncts between a cue and a whole-sentence quote ("X
#: told reporters [on Monday in Paris], “A.”", "X said [in an op-ed piece before a 2014
#: Senate budget hearing], “A.”").
_ADJUNCT_WORDS = 14
#: Most words (dashes too) of an action set off by dashes between the parts of a split
#: quote ("“A” — she shook her head — “b.”").
_BEAT_WORDS = 12
#: Past participles of saying after "a" in a French frame ("« A », a déclaré X").
_FRENCH_SAID = frozenset(("déclaré", "dit", "affirmé", "ajouté", "indiqué", "expliqué",
                          "souligné", "précisé", "répondu", "lancé", "estimé", "assuré"))
#: Particles of a phrasal cue that may stand between it and a whole-sentence quote ("X
#: pointed out, “A.”", "X weighed in, “A.”").
_CUE_PARTICLES = frozenset({"out", "in", "up", "back", "off"})
#: Lemmas of the cues of a reply, whose "with" takes the quote ("responded with, “A”").
_REPLY_LEMMAS = frozenset({"respond", "reply", "counter", "retort"})
#: Subordinators of a clause of time that may date the saying between a cue and its quote
#: ("said, when asked, “A”", "said in May, after the vote, “A”").
_FRAME_TIME_SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "once"})

#: Labels of a correction notice ("Correction: An earlier version of this story ...").
_CORRECTION_LABELS = frozenset({"correction", "corrections", "clarification", "update"})
#: Words of the article's own earlier text in a correction ("An [earlier] version of").
_EARLIER_WORDS = frozenset({"earlier", "previous", "prior", "original", "initial", "older"})
#: What a correction calls the article it corrects ("An earlier version of this [story]").
#: The verb of an editor's note on the article's update ("This story has been [updated] to
#: note that A") and what the update does ("... updated to [note] that A").
_UPDATED_FORMS = frozenset({"updated", "corrected", "revised", "amended", "clarified"})
_UPDATE_NOTE_VERBS = frozenset({"note", "reflect", "clarify", "correct", "show", "indicate",
                                "state", "say", "make"})
_OWN_TEXT_NOUNS = frozenset({"article", "story", "report", "post", "column", "piece", "item",
                             "headline", "caption", "graphic", "editorial", "review",
                             "essay", "analysis", "newsletter", "blog", "page", "video"})


class _DirectQuotes(_Coordination):
    """Direct and mixed quotes: their cues and speakers."""

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
        # the quote's last character, past the closer of a quote nested at its end
        ce = q.content_end
        while ce > q.content_start + 1 and (self.W.text[ce - 1] in _QUOTE_CHARS or
                                            self.W.text[ce - 1].isspace()):
            ce -= 1
        # a quote ending in "!" or "?" may end the tagger's sentence, not the writer's
        runs_on = ce > q.content_start and self.W.text[ce - 1] in ",!?"
        # words after the quote, in its last sentence (up to the next quote)
        after: list[int] = []
        i = last + 1
        end = s_last[1]
        while i < end and i < len(words) and words[i].par == par and len(after) < _WINDOW:
            if self.in_quote[i] >= 0:
                past = self._term_in_frame(i, after, end)
                if past is None:
                    break
                after.extend(range(i, past))  # '“A,” X, wearing “Vote Doe” pins, said'
                i = past
                continue
            after.append(i)
            i += 1
            if i == end and after and self._split_mid_frame(i):
                end = W.sentences[words[i].sent][1]  # '“A,” Sen. Jane Doe (R-Fla.) | said'
        if after and i < len(words) and words[i].par != par and i == after[-1] + 1 and \
                words[after[-1]].is_capitalised and self.in_quote[i] < 0 and \
                _plain_speech_verb(words[i]) and words[i].text[:1].islower():
            # '“A,” Ferrante\n\nsaid.': a scraper split the frame's sentence at a paragraph
            # break, between the name and its verb; the frame runs on into the next line
            end = W.sentences[words[i].sent][1]
            while i < end and self.in_quote[i] < 0 and len(after) < _WINDOW:
                after.append(i)
                i += 1
        # after a quote that ends its sentence with a full stop, a frame read from the next
        # sentence must be all of it ("“A.” Tom Reed said."), unless it runs on in lower
        # case ("“A.” he said, ...")
        frame_in_next_sentence = False
        if not after and i < len(words) and self.in_quote[i] < 0 and words[i].par == par \
                and words[i].sent != words[last].sent:
            # "...." he said. -- the quote ended its sentence, the cue opens the next
            s = W.sentences[words[i].sent]
            j = i
            # a quote that runs on in "!" or "?" may have its frame cut off by the splitter
            # ("“... today?” Miller, a retired worker, said"): read as far as after a comma
            reach = _AFTER_CUE_WORDS if runs_on else _NEXT_SENTENCE_FRAME_WORDS
            while j < s[1] and self.in_quote[j] < 0 and j - i < reach:
                after.append(j)
                j += 1
            frame_in_next_sentence = words[i].is_capitalised and not runs_on
            if frame_in_next_sentence and j < s[1]:
                after = []  # "“A.” He added, “B.”", "“A.” She said that ...": B's frame
        # '“A,”\n\n(Photo: ...)\n\nhe said.': a comma says the frame follows; a paragraph
        # break that scraped junk left cuts it off, and the frame is all its sentence
        frame_in_next_paragraph = not after and i == last + 1 < len(words) and \
            self.in_quote[i] < 0 and words[i].par != par and self.W.text[ce - 1] == "," and \
            self._frame_sentence_at(i)
        if frame_in_next_paragraph:
            after = list(range(i, W.sentences[words[i].sent][1]))
        before: list[int] = []
        i = first - 1
        while i >= s_first[0] and words[i].par == par and self.in_quote[i] < 0 and \
                len(before) < _WINDOW:
            before.append(i)
            i -= 1
        before.reverse()
        if not before and (not after or frame_in_next_sentence or runs_on or
                           words[after[0]].text in _DASHES):
            # "“A.” That quote from X ...", "“A?” So says X.", '“A.”\n\n“B.”\n\nThat was
            # how X put it.': the sentence after points back and names the speaker
            named = self._named_after(first, last)
            if named is not None:
                return named, "direct"
        beat = self._dash_beat(after[0], after[-1] + 1) if after else None
        if beat is None and before:
            beat = self._dash_beat(before[0], before[-1] + 1)
        if beat is not None:
            # '“We tried” — she shook her head — “but it was not enough.”': both parts
            return Attribution(beat, None, None, 0.7, "action between the parts"), "direct"
        boundary = ce > q.content_start and \
            self.W.text[ce - 1] in ",.!?;:—–-…" or \
            bool(after) and words[after[0]].text in (",", "—", "–", "―", "--", "-", ":", ";")
        # the tagger's errors are read past only right after a quote that ends its clause
        same_sentence = not after or words[after[0]].sent == words[last].sent or runs_on
        cand_after = self._after_pattern(after, runs_on and same_sentence, same_sentence) \
            if boundary else None
        as_tail = False
        if cand_after is None and after and (after[-1] + 1 == s_last[1] or
                                             words[after[-1]].text in (".", "!", "?")):
            cand_after = self._tail_frame(after)
            # ", as X said after she won.": the frame stands over any clause a parse gives
            as_tail = cand_after is not None and cand_after.speaker is not None and any(
                self._as_frame_before_clause(cand_after, after[c:])
                for c in range(len(after)) if words[after[c]].text == "," and
                cand_after.speaker[0] - after[c] in (1, 2))
        if (frame_in_next_sentence or frame_in_next_paragraph) and cand_after is not None and \
                not self._bare_frame(cand_after, after):
            cand_after = None  # "“A.” Cruz says he agrees.": a statement of its own
        if cand_after is not None and self._statement_after_question(ce, after, cand_after):
            cand_after = None  # "“A?” She replied that B.": a statement of its own
        if cand_after is not None and cand_after.reason == "X verb" and self._embedded(before):
            # "When X wrapped up — “...” — the balloons cascaded": a verb that is no cue frames
            # no quote its own sentence already holds in a clause
            cand_after = None
        cand_before = self._before_pattern(before)
        if cand_after is not None and cand_before is not None and \
                self._introduces_quotes(before, after, cand_before[0]):
            cand_after = None  # 'Y responds with, “A?” X writes back, “B”': that frame is B's
        # a name signed before the colon speaks, whatever the parse hangs the quote from
        signed = cand_before is not None and cand_before[0].reason == _SIGNED_LEAD
        if cand_before is not None and cand_after is not None and s_first == s_last and \
                self._double_frame(cand_before[0], cand_after, before, last):
            # 'X said “A,” she said.': a quote framed twice; the lead-in names the speaker
            cand_after, signed = None, True
        if (self._parsed(first) or self._parsed(last)) and not signed:
            syn = self._syntax_quote(q, first, last)
            if syn is not None and self._in_owned_statement(syn, first) or as_tail:
                syn = None
            if syn is not None:
                if cand_after is not None and cand_after.cue == syn.cue:
                    syn = attrs.evolve(syn, speaker=cand_after.speaker)
                elif cand_after is not None and runs_on and same_sentence and \
                        self._closing_frame(cand_after, syn, first, last):
                    # 'Y declared the need: “A,” she said.': the frame that closes the quote
                    # speaks it, whatever clause of the lead-in the parse hung it from
                    syn = attrs.evolve(cand_after, confidence=min(cand_after.confidence, 0.9))
                elif cand_before is not None and self._opening_frame(cand_before[0], syn, first):
                    # 'X said A, though he said, “B”': the frame that leads in the quote
                    syn = cand_before[0]
                cand_after, cand_before = syn, None
        kind = "direct"
        if self._embedded(before):
            kind = "mixed"
        chosen: Attribution | None = None
        if cand_after is not None and (cand_before is None or
                                       cand_after.confidence >= cand_before[0].confidence):
            chosen = cand_after
        elif cand_before is not None:
            chosen = cand_before[0]
        if chosen is None or chosen.reason != "according to X":
            # "“A,” the judge said, according to the Post": the news credits the Post
            cue = chosen.cue if chosen is not None else None
            frame_end = cue[0] if cue is not None and cue[0] > last else last
            chosen = self._according_in_sentence(first, last, cue is not None, frame_end,
                                                 cue[0] if cue is not None else None) or chosen
        if chosen is None:
            return Attribution(None, None), kind
        if chosen.reason in ("X verb:", "X: quote", _SIGNED_LEAD) or \
                chosen.reason == "said X:" and (self._frame_after_quote(chosen) or
                                                self._opening_cue(chosen)):
            # "..., Jane Doe fired back, “...”", "“A,” said X, “B.”": the frame ends the clause
            kind = "direct"
        return self._without_subordinator(chosen), kind

    def in_correction_notice(self, char: int) -> bool:
        """True when the sentence at text offset ``char`` is a correction notice about the
        article's earlier version (see :meth:`_correction_notice`): 'An earlier version of
        this article misquoted Jo Lee as saying “A.”' credits the misquote to no one."""
        i = self.W.index_at(char)
        return i < len(self.words) and \
            self._correction_notice(*self.W.sentences[self.words[i].sent])

    def _correction_notice(self, a: int, b: int) -> bool:
        """True when sentence words [a, b) open with the article's own earlier version, a
        correction notice ("An earlier version of this article incorrectly said A", "A
        previous version of this story misquoted Jo Lee as saying A", after a label
        "Correction:"): the retracted text is no one's statement, not even the paper's
        (PolNeAR discards such notices); not "A previous version of the bill said A" (a
        text the story reports on)."""
        words = self.words
        k = a
        while k < b and words[k].text in _QUOTE_CHARS:
            k += 1  # a stray mark a sentence splitter left at the opening
        if k > a and (k >= b or self.in_quote[k] >= 0):
            return False  # ('“An earlier version of this story said A,” Lee said': his)
        if k + 1 < b and words[k].lower in _CORRECTION_LABELS and words[k + 1].text == ":":
            k += 2
        if self._update_note(k, b):
            return True
        if k + 5 >= b or words[k].lower not in ("a", "an", "the") or \
                words[k + 1].lower not in _EARLIER_WORDS or words[k + 2].lower != "version" or \
                words[k + 3].lower != "of":
            return False
        return words[k + 4].lower == "this" and words[k + 5].lower in _OWN_TEXT_NOUNS or \
            words[k + 4].lower == "the" and words[k + 5].lower in ("article", "story")

    def _update_note(self, k: int, b: int) -> bool:
        """True when sentence words [k, b) are an editor's note on the article's own update
        that says what the update changed: "This story has been updated to note that A",
        "This article was corrected to reflect that A" (the paper's note on its text, no
        one's statement, like a correction); not "This story has been updated to include
        comments from Lee" (no clause it states) nor "The report was updated to note A"
        (a text the story reports on)."""
        words = self.words
        if k + 5 >= b or words[k].lower != "this" or words[k + 1].lower not in _OWN_TEXT_NOUNS:
            return False
        v = k + 2
        if words[v].lower in ("has", "had") and words[v + 1].lower == "been":
            v += 2
        elif words[v].lower in ("was", "is"):
            v += 1
        else:
            return False
        return v + 2 < b and words[v].lower in _UPDATED_FORMS and words[v + 1].lower == "to" \
            and words[v + 2].lower in _UPDATE_NOTE_VERBS

    def _in_owned_statement(self, syn: Attribution, first: int) -> bool:
        """True when the quote at word ``first`` stands in the phrase of a named possessor's
        noun of what was said, after the cue the parse found governing it ("Roe called
        Doe's assertion of a “blanket privilege” reckless"): Doe's words, which the
        cue's subject only judges (see :meth:`statement_noun_owner`)."""
        if syn.cue is None or syn.cue[0] >= first:
            return False
        owner = self.statement_noun_owner(first)
        return owner is not None and syn.cue[0] < owner[0] and \
            not self.words[owner[0]].is_pronoun

    def _frame_sentence_at(self, i: int) -> bool:
        """True when word ``i`` opens a short sentence that ends in a full stop and holds no
        quote: the only kind a frame cut off from its quote by a paragraph break can be."""
        start, end = self.W.sentences[self.words[i].sent]
        return start == i and end - i <= _NEXT_SENTENCE_FRAME_WORDS + 4 and \
            self.words[end - 1].text == "." and \
            all(self.in_quote[j] < 0 for j in range(i, end))

    def _double_frame(self, lead: Attribution, tail: Attribution, before: list[int],
                      last: int) -> bool:
        """True when a quote has a frame on each side in one sentence: a subject and its
        speech cue right before its opening mark (past a comma or colon) and a subject with a
        plain speech cue right after it ("Asked about it, X said “A,” she said.", "he warned,
        “A,” X told NBC"); not "X said A but added, “B,” X said", whose lead-in is no clause
        of its own."""
        words = self.words
        if lead.cue is None or lead.speaker is None or tail.cue is None or \
                tail.speaker is None or not before or tail.speaker[0] <= last or \
                tail.cue[0] < tail.speaker[1] or tail.cue[0] - last > _NAME_WORDS + 2:
            return False
        if words[tail.cue[0]].lower not in _PLAIN_SPEECH_FORMS:
            return False  # "X said: “A,” the Times reported": the outlet relays it
        k = before[-1]
        if words[k].text in (",", ":"):
            k -= 1
        return k == lead.cue[1] - 1 and _direct_cue(words[k]) and \
            words[k].lemma in SPEECH_VERBS and lead.speaker[1] == lead.cue[0] and \
            self.is_named_or_pronoun(lead.speaker) and words[lead.speaker[0]].lower != "it" \
            and not self._embedded(before) and self._opens_clause_at(lead.speaker[0])

    def _opens_clause_at(self, j: int) -> bool:
        """True when word ``j`` opens its sentence or follows punctuation or a conjunction
        ("Asked about it, X said", "but he said"), not a word of the clause before
        ("Nothing the president said")."""
        words = self.words
        return j == 0 or words[j - 1].sent != words[j].sent or words[j - 1].is_punct or \
            words[j - 1].upos == "CCONJ"

    def _without_subordinator(self, att: Attribution) -> Attribution:
        """``att`` with a subordinator that opens its speaker left out ("as Rubio has said",
        "As the Post reported": "Rubio", "the Post"); not "as many as 40 voters"."""
        words = self.words
        sp = att.speaker
        if sp is None or sp[1] - sp[0] < 2 or words[sp[0]].lower not in _LEAD_SUBORDINATORS or \
                words[sp[0]].ner != "O" or self._past_approximation(sp[0], sp[1]) > sp[0]:
            return att
        return attrs.evolve(att, speaker=(sp[0] + 1, sp[1]))

    def _statement_after_question(self, ce: int, after: list[int], att: Attribution) -> bool:
        """True when a quote ends in "?" or "!" (its content ending at ``ce``) and the words
        ``after`` it open a new sentence, in upper case, whose cue ``att`` takes a
        that-clause of its own ("“A?” She replied to him that B."): a report, no frame."""
        words = self.words
        if self.W.text[ce - 1] not in "!?" or att.cue is None or not after or \
                not words[after[0]].is_capitalised or att.cue[0] < after[0]:
            return False
        k = att.cue[1]
        if att.addressee is not None and att.addressee[0] >= k:
            k = att.addressee[1]  # "told the mayor that"
        elif k in after and words[k].lower == "to":
            # "replied to the mayor that", "replied to him that" (an object pronoun)
            k = (self._np_forward(k + 1, after[-1] + 1) or (k + 1, k + 2))[1]
        elif k in after and words[k].is_pronoun and words[k].lower != "that":
            k += 1  # "told him that"
        return k in after and words[k].lower == "that"

    def _introduces_quotes(self, before: list[int], after: list[int], lead: Attribution) -> bool:
        """True when the frame ``lead`` on the words ``before`` a quote introduces it with a
        comma or colon and the words ``after`` it introduce the next quote the same way
        ("Y responds with, “A?” X writes back, “B”"): each frame speaks its own quote; not
        when a participle cue there leads on ("“A,” he said, adding, “B”": "he said" is A's)."""
        words = self.words
        if lead.cue is None or not before or not after or \
                words[before[-1]].text not in (",", ":") or words[after[-1]].text not in (",", ":"):
            return False
        if any(_direct_cue(words[x]) and words[x].lower.endswith("ing") for x in after):
            return False
        nxt = after[-1] + 1
        return nxt < len(words) and self.in_quote[nxt] >= 0 and \
            words[nxt].par == words[after[-1]].par

    def _term_in_frame(self, i: int, after: list[int], end: int) -> int | None:
        """The word after a short quoted term that opens at word ``i`` inside a phrase set
        off by a comma in the frame ``after`` a quote, before ``end`` ('“A,” X, wearing a
        hat and “Vote Doe” pins, said'), or None when the quote is more speech."""
        words, text = self.words, self.W.text
        q = self.spans[self.in_quote[i]]
        if not any(words[x].text == "," for x in after[1:]) or \
                len(text[q.content_start:q.content_end].split()) > _TERM_WORDS or \
                text[q.content_start:q.content_end].rstrip()[-1:] in _CLAUSE_END_MARKS:
            return None
        j = i
        while j < end and self.in_quote[j] >= 0:
            j += 1
        if j >= end or words[j].is_punct or words[j].par != words[i].par:
            return None
        return j

    def _according_in_sentence(self, first: int, last: int, framed: bool = False,
                               frame_end: int | None = None, cue: int | None = None
                               ) -> Attribution | None:
        """The source of an "according to X" outside quotes in the sentences of the quote on
        words [first, last] and of its cue at word ``frame_end`` (the splitter may cut
        '“... mean?” she asked, according to X' after the "?"): the one the news credits
        with the quote, over a speaker it reports ("“A,” she said, according to the Post";
        "According to X, Y praised “...”").  "As X put it" credits a quote with no cue of
        its own (``framed`` False): "As X put it, Y wants “...”", not "Y pledged “...”, as
        she put it"; a participle ``cue`` of the "as" clause is none ("As X put it in a
        memo explaining the deal, “...”"), and a phrase between the ``cue`` and the quote is
        part of the statement ("X said that according to its count, A won but “B”")."""
        words = self.words
        end = max(last, frame_end if frame_end is not None else last)
        a = max(self._sentence_range(first)[0], first - _WINDOW)
        b = min(self._sentence_range(end)[1], last + _WINDOW)
        # (each word read once for the test that passes over most of them; of the quote's
        # own words [first, last] only those outside every quote, as neither test below
        # takes a quoted word before the frame's end: most of the window is the quote)
        stop = max(a, b - 2)
        in_quote = self.in_quote
        lead_end = first if first < stop else stop  # (a <= first <= last)
        quote_end = last + 1 if last < stop else stop
        outside = [x for x in range(first, quote_end) if in_quote[x] < 0]
        for i in chain(range(a, lead_end), outside, range(last + 1, stop)):
            wi = words[i]
            if wi.text != "," and wi.lower not in _SOURCE_PHRASE_OPENERS:
                continue  # opens neither a source phrase nor a closing report frame
            if self.in_quote[i] >= 0 and framed and i > end and words[i].text == ",":
                # '“A,” X said on the show “Y,” CNN reported.': a title's comma sets it off
                report = self._closing_report(i, b)
                if report is not None:
                    return Attribution(report[0], report[1], None, 0.85, "according to X")
            if self.in_quote[i] < 0 and words[i].par == words[first].par:
                found = self._source_phrase(i, b)
                if found is not None and framed and words[i].lower == "as" and \
                        not self._participle_of_phrase(cue, found[1][1], first):
                    continue
                if found is not None and cue is not None and cue < i < first:
                    continue  # 'X said that according to its count, A won but “B”': X's words
                if found is not None and framed and cue is not None and \
                        words[i].lower == "in" and words[found[1][1] - 1].lower != "words" and \
                        not words[cue].lower.endswith("ing"):
                    continue  # 'In X's view, Y was wrong when she said “B”': Y's words
                if found is None and framed and i > end:
                    found = self._closing_report(i, b)  # '“A,” X said, CNN reported.'
                    if found is not None:
                        return Attribution(found[0], found[1], None, 0.85, "according to X")
                if found is not None and (words[i].lower in ("according", "as", "per") or
                                          words[i].lower == "in" and i == self._skip_opening(
                                              self._sentence_range(i)[0], i) or
                                          words[i].lower == "in" and not framed and
                                          i > last and self._phrase_ends_sentence(found[1][1]) or
                                          words[i].lower == "in" and not framed and
                                          i < first and self._set_off_words_of(i, found[0]) or
                                          self._next_to((min(found[0][0], found[1][0]),
                                                         max(found[0][1], found[1][1])),
                                                        first, last)):
                    # "In the words of X, the valley is “A”": the frame opens the sentence
                    return Attribution(found[0], found[1], None, 0.85, "according to X")
        return None

    def _set_off_words_of(self, i: int, np: tuple[int, int]) -> bool:
        """True when "in the words of" at word ``i`` and its source ``np`` are set off by
        commas inside the sentence before the quote ("The season, in the words of captain
        Jo Lee, was “a disaster”"): the source's words, as at the sentence's start."""
        words = self.words
        return i > 0 and words[i - 1].text == "," and words[i + 2].lower == "words" and \
            np[1] < len(words) and words[np[1]].text == ","

    def _named_after(self, first: int, last: int) -> Attribution | None:
        """The one the sentence after a quote that stands alone names as its speaker when
        that sentence points back to it (a shape of ``_POINTING_BACK``: "“A.” That quote
        from Jane Doe appeared ...", "“A.” So said Jane Doe", "“A.” Those were Jane Doe's
        words"), in the quote's paragraph or opening the next one; over more whole quoted
        paragraphs, a pointer after the last names the speaker of them all ('“A.”\n\n“B.”
        \n\nThat was how Jo Roe, a nurse, described the day.').  A quote farther back than
        the one right before the pointer gets less confidence.  None for any other
        sentence ("That quote is often misread", "So said the sign", "Those were his
        words"), and for a pointer in the next paragraph after a quote that shares its own
        paragraph with the writer's words.  Each quote of a run of quoted paragraphs is
        walked over once (``_pointed_back``)."""
        words, memo = self.words, self._pointed_back
        run: list[int] = []  # the quotes walked over, by first word
        pointer: tuple[tuple[int, int], tuple[int, int]] | None = None
        base = 0  # how many quoted paragraphs stand between the last of the run and it
        while True:
            if first in memo:
                known = memo[first]
                if known is not None:
                    pointer, base = (known[0], known[1]), known[2] + 1
                break
            run.append(first)
            i = last + 1
            if i >= len(words):
                break
            if words[i].par == words[last].par:
                # the sentence right after the quote, in its paragraph
                if self.in_quote[i] < 0 and words[i].sent != words[last].sent:
                    pointer = self._pointer_at(i)
                elif self.in_quote[i] < 0 and words[i].text in _DASHES and \
                        i + 1 < len(words) and words[i + 1].par == words[i].par and \
                        first == self._sentence_range(first)[0]:
                    # '“A slow-motion disaster” — that is how Jo Roe described it': the
                    # pointer after a dash, in the quote's own sentence
                    pointer = self._pointer_at(i + 1)
                break
            if first > 0 and words[first - 1].par == words[first].par:
                break  # the quote shares its paragraph with words before it
            k = self.in_quote[i]
            if k < 0:
                pointer = self._pointer_at(i)  # a paragraph that opens with the pointer
                break
            # the next paragraph opens with a quote: the pointer may follow it
            q = self.spans[k]
            first, last = i, self.W.index_at(max(q.start, q.end - 1))
        for n, x in enumerate(reversed(run)):
            memo[x] = None if pointer is None else (pointer[0], pointer[1], base + n)
        if pointer is None:
            return None
        back = base + len(run) - 1  # (base - 1 when the quote itself was walked before)
        return Attribution(pointer[0], pointer[1], None, 0.8 if back == 0 else 0.6,
                           NAMED_AFTER_REASON)

    def _pointer_at(self, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(speaker, cue) of the sentence opening at word ``i`` when it is a shape of
        ``_POINTING_BACK`` that names a person: the noun phrase named ends in a person's
        name or a noun of people ("Jane Doe", "Doe's lawyer", "the mayor"; not "So said
        the sign", "That was the view of the lake from Jo Roe's house", nor a pronoun), and
        no colon or quote follows in the sentence ("This is how X put it: “B”" leads into
        the next quote)."""
        words = self.words
        w = words[i]
        if w.lower not in _POINTING_OPENERS and not w.ner.endswith("PERSON"):
            return None  # (most sentences: no shape opens with their first word)
        end = self._sentence_range(i)[1]
        for slots, cue_slot in _POINTING_BACK:
            found = self._pointer_shape(slots, cue_slot, i, end)
            if found is not None:
                return found
        return None

    def _pointer_shape(self, slots: tuple[frozenset[str] | str, ...], cue_slot: int, i: int,
                       end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(speaker, cue) when the words from ``i`` to the sentence's ``end`` fill
        ``slots`` (one shape of ``_POINTING_BACK``), else None."""
        words, in_quote = self.words, self.in_quote
        k = i
        speaker: tuple[int, int] | None = None
        cue: tuple[int, int] | None = None
        for s, slot in enumerate(slots):
            if isinstance(slot, frozenset):
                if k < end and words[k].lower in slot and in_quote[k] < 0:
                    if s == cue_slot:
                        cue = (k, k + 1)
                    k += 1
                elif "" not in slot:
                    return None
            elif slot == _P_NAME:
                np = self._np_forward(k, end)
                if np is None or words[np[0]].is_pronoun:
                    return None
                speaker = self._with_apposition(np, end)
                named = words[speaker[1] - 1]
                if not named.ner.endswith("PERSON") and not _person_word(named):
                    return None  # "the sign", "the lake from Jo Roe's house"
                k = speaker[1]
                if s + 1 < len(slots) and k < end and words[k].text == ",":
                    # "That was how Jo Roe, a nurse, described ...": past the apposition
                    k = next((x + 1 for x in range(k + 1, min(end, k + 12))
                              if words[x].text == ","), end)
            elif slot == _P_OWNER:
                j = k
                while j < end and j - k < 6 and not _possessive_mark(words[j]) and \
                        not words[j].is_punct:
                    j += 1
                if j == k or j >= end or not _possessive_mark(words[j]) or \
                        not words[j - 1].ner.endswith("PERSON") and \
                        not _person_word(words[j - 1]):
                    return None  # "Those were his words", "the city's words"
                speaker, k = (k, j), j + 1
            elif slot == _P_ASIDE:
                if k < end and words[k].text == ",":
                    # "That, at least, is how ...": a short aside set off by commas
                    k = next((x + 1 for x in range(k + 1, min(end, k + 6))
                              if words[x].text == ","), end)
            elif not (k >= end or words[k].text in (".", "!") or
                      words[k].text == "," and k + 1 < end and words[k + 1].lower == "not"):
                return None  # _P_END: "The words are X's." / "X's words, not mine."
        if speaker is None or cue is None or \
                any(words[x].text == ":" or in_quote[x] >= 0 for x in range(k, end)):
            return None
        return speaker, cue

    def _phrase_ends_sentence(self, k: int) -> bool:
        """True when only punctuation stands from word ``k`` to the end of its sentence
        ("“A” from B to C, in X's view."): a source phrase that closes the sentence."""
        end = self._sentence_range(k - 1)[1]
        return all(self.words[x].is_punct for x in range(k, end))

    def _next_to(self, span: tuple[int, int], first: int, last: int) -> bool:
        """True when only punctuation stands between the words ``span`` and the quote on
        words [first, last] ("in X's words, “A”", "“A,” in the words of X")."""
        gap = range(span[1], first) if span[1] <= first else range(last + 1, span[0])
        return all(self.words[x].is_punct for x in gap)

    def _per_tail_ends(self, k: int) -> bool:
        """True when the source of a closing "per" ends its sentence at word ``k``, or runs
        on to the end in a modifier with no comma (", per an aide to the governor.", ",
        per two people familiar with the talks."; not ", per person, and kids ...")."""
        if self._phrase_ends_sentence(k):
            return True
        words = self.words
        end = self._sentence_range(k - 1)[1]
        return words[k].upos == "ADP" and words[k].lower != "per" and \
            all(words[x].text != "," for x in range(k, end)) and \
            self._phrase_ends_sentence(next((x for x in range(k, end) if words[x].is_punct),
                                            end))

    def _source_per(self, i: int, b: int) -> bool:
        """True for a "per" at word ``i`` that a source follows ("Per a former employee,",
        "Per the filing,", "Per CNN,"), not a rate or a Latin phrase ("per share", "per
        capita"); whether it opens its clause, as a source "per" must, the caller checks."""
        words = self.words
        if i + 2 >= b or words[i + 1].lower in _LATIN_PER or self.in_quote[i] >= 0:
            return False
        nxt = words[i + 1]
        return nxt.upos in ("DET", "PROPN") or nxt.is_capitalised and i + 1 != \
            self._sentence_range(i)[0] or nxt.lower in _PERSONAL_POSSESSIVES or \
            _person_word(nxt) and words[i + 2].is_capitalised or \
            self._after_comma(i) and (  # ", per two people familiar with the talks."
                _person_word(nxt) and nxt.lower.endswith("s") or
                nxt.lower in _PER_COUNTS and _person_word(words[i + 2]) and
                not words[i + 3].is_punct)  # ", per sources."; not "$40, per two people."

    def _after_comma(self, i: int) -> bool:
        """True when a comma stands before word ``i``, or ends the quote that closes just
        before it ('“B,” per X')."""
        words = self.words
        return i > 0 and (words[i - 1].text == "," or i > 1 and self.in_quote[i - 1] >= 0 and
                          words[i - 2].text == ",")

    def _source_phrase(self, i: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(source, cue) of a phrase at word ``i`` that names whose words the sentence
        gives, before word ``b``: "according to X", "in the words of X", "in X's words",
        "as X put it"; None unless the word is one of ``_SOURCE_PHRASE_OPENERS``."""
        words = self.words
        if words[i].lower == "according" and words[i + 1].lower == "to":
            np = self._according_source(i + 2, b)
            return (np, (i, i + 2)) if np is not None else None
        if words[i].lower == "per":
            if not self._source_per(i, b):
                return None
            np = self._according_source(i + 1, b)
            if np is None or self._skip_opening(self._sentence_range(i)[0], i) != i and not (
                    self._after_comma(i) and self._per_tail_ends(np[1])):
                # "Per X, A" opens its clause; "A is “B,” per coach X." (sports copy) closes
                # the sentence after a comma, as ", according to X." does
                return None
            return (np, (i, i + 1))
        if words[i].lower == "as":
            np = self._np_forward(i + 1, b)
            if np is None and words[i + 1].lower in _PERSONAL_POSSESSIVES:
                # "as my neighbour put it" in a letter or a column
                noun = self._np_forward(i + 2, b)
                np = (i + 1, noun[1]) if noun is not None else None
            np = self._with_apposition(np, b) if np is not None else None
            v = np[1] + (words[np[1]].text == ",") if np is not None else b
            if np is not None and v > np[1] and v < b and words[v].lower not in _PUT_FORMS and \
                    self._names_person(np):
                # "as Tom Reed, a former mayor, put it": past the role set off after the name
                role = self._np_forward(v, b)
                if role is not None and role[1] + 1 < b and words[role[1]].text == ",":
                    v = role[1] + 1
            if np is None or np[0] != i + 1 or v + 1 >= b or \
                    words[v].lower not in _PUT_FORMS or words[v + 1].lower != "it":
                return None
            return np, (v, v + 2)
        if words[i].lower != "in":
            return None
        if i + 4 < b and [w.lower for w in words[i + 1:i + 4]] == ["the", "words", "of"]:
            np = self._np_forward(i + 4, b)
            # "in the words of its officer, Ann Roe,": the name set off after the role too
            return (self._with_apposition(np, b), (i, i + 4)) if np is not None else None
        k = next((x for x in range(i + 2, min(b - 1, i + 2 + _NAME_WORDS))
                  if _possessive_mark(words[x])), None)
        if k is None or words[k + 1].lower not in _SOURCE_PHRASE_NOUNS or \
                self.in_quote[k + 1] >= 0:
            return None
        np = self._possessor(k, i + 1)  # "in Jane Doe's words", "in Doe's view"
        return (np, (i, k + 2)) if np is not None and np[0] == i + 1 else None

    def _closing_report(self, i: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(source, cue) of a report frame that a comma at word ``i`` sets off at the end of
        its sentence (before ``b``): ", CNN reported.", ", reports the Daily News.", ", the
        Daily News first reported." (a tagger may read "reports" as a noun of the name)."""
        words = self.words
        if words[i].text != "," or i + 2 >= b:
            return None
        stop = b - 1 if words[b - 1].text == "." else b
        if words[i + 1].text in _QUOTE_CHARS:
            i += 1  # '..., “The Show,” CNN reported.': past the mark that closes a title
        if words[i + 1].lower in _REPORT_FORMS:
            np = self._np_forward(i + 2, stop)
            return (np, (i + 1, i + 2)) if np is not None and np[1] == stop else None
        np = self._np_forward(i + 1, stop)
        if np is None or words[stop - 1].lower not in _REPORT_FORMS or \
                words[np[0]].lower == "as":
            return None  # (not '“A,” Lee said, as reported.': no one named, the tagger's noun)
        if np[1] == stop and np[1] - np[0] > 1:
            return (np[0], stop - 1), (stop - 1, stop)  # "the Daily News reports" as one noun
        if np[1] + 2 == stop and words[np[1]].upos == "ADV" or np[1] + 1 == stop:
            return np, (stop - 1, stop)  # "first reported"
        return None

    def _participle_of_phrase(self, cue: int | None, k: int, first: int) -> bool:
        """True when ``cue`` is a participle between the end ``k`` of a source phrase and
        the quote at word ``first``, with no comma before it: a modifier inside the phrase
        ("As X put it in a memo explaining the deal, “...”"), not the quote's own frame."""
        words = self.words
        return cue is not None and k <= cue < first and words[cue].lower.endswith("ing") and \
            not any(words[x].text == "," for x in range(k, cue))

    def _with_apposition(self, np: tuple[int, int], b: int) -> tuple[int, int]:
        """``np`` widened over the name set off by commas after it, before ``b`` ("the
        group's chief, Jane Doe,"), the closing comma left out; ``np`` when none follows."""
        words = self.words
        if np[1] + 1 >= b or words[np[1]].text != ",":
            return np
        name = self._np_forward(np[1] + 1, b)
        if name is None or name[1] >= b or words[name[1]].text != "," or \
                not self._names_person(name):
            return np
        return np[0], name[1]

    def _split_mid_frame(self, i: int) -> bool:
        """True when word ``i`` opens a sentence that the splitter cut off from the one
        before it in mid-frame: it starts in lower case ("(R-Fla.) said Saturday")."""
        words = self.words
        return i < len(words) and self.in_quote[i] < 0 and words[i].text[:1].islower() and \
            words[i].par == words[i - 1].par

    def _closing_frame(self, after: Attribution, syn: Attribution, first: int, last: int) -> bool:
        """True when the surface frame right after a quote ("“A,” she said") should win
        over a cue that the parse found governing it: one before the quote, or one further
        on ("“A,” she said, but “B,” said Y", "“A,” X said, after Y said ...")."""
        words = self.words
        if syn.cue is None or after.cue is None or after.speaker is None or \
                first <= syn.cue[0] <= after.cue[0] or \
                after.reason not in ("X said (parse)", "X said", "said X"):
            return False
        k = last + 1
        while k < len(words) and (words[k].is_punct or words[k].lower in HONORIFICS):
            k += 1  # "''A,'' Mr. Doe said": the mention leaves the honorific out
        # the frame opens right after the quote: not "“A,” and he vowed", "“A,” while X
        # said"
        if k not in (after.speaker[0], after.cue[0]):
            return False
        cue = words[after.cue[0]]
        if cue.i + 1 < len(words) and words[cue.i + 1].text == ":":
            return False  # "After X said “A,” Y said: “B”": Y's frame leads in B
        # "“A,” Y argues the plan will work": a statement of its own, no closing frame
        return cue.lemma in SPEECH_VERBS and \
            not any(x.deprel == "ccomp" and x.i > cue.i for x in self.W.children(cue))

    def _opening_frame(self, lead: Attribution, syn: Attribution, first: int) -> bool:
        """True when the surface frame that leads in a quote, right before it ("..., he
        said, “A”"), should win over a cue further before that the parse found governing it
        ("X said A, though he said, “B”", "X was asked Y, and he said, “B”")."""
        words = self.words
        if syn.cue is None or lead.cue is None or lead.speaker is None or \
                not syn.cue[0] < lead.cue[0] < first or \
                lead.reason not in ("X said: (parse)", "X said:"):
            return False
        cue = words[lead.cue[0]]
        # (or a crowd's cry: 'He said, “A” - at which point the crowd chanted “B!” - “C”':
        # the crowd's, whatever the parse hangs B from; but not a text's "which reads")
        if cue.lemma not in SPEECH_VERBS and cue.lemma not in _CRY_VERBS or \
                cue.head == syn.cue[0] and \
                cue.deprel in ("ccomp", "xcomp") or \
                not all(words[k].is_punct for k in range(cue.i + 1, first)):
            return False  # not "X said he responded: “...”", a report of X's
        # its own subject leads in the quote: not "X said A but added, “...”"
        sub = self._parse_subject(cue, after=False)
        return sub is not None and sub.i < cue.i and lead.speaker[0] <= sub.i < lead.speaker[1]

    def _embedded(self, before: list[int]) -> bool:
        """True when the words before a quote leave it inside a clause (a mixed quote)."""
        words = self.words
        seq = [i for i in before if not words[i].is_punct or words[i].text in (":", ",")]
        while seq and words[seq[-1]].text == ",":
            seq.pop()
        seq = [i for i in self._without_quote_formula(seq) if words[i].text != ","]
        while seq and self._clock_time(words[seq[0]]):
            seq.pop(0)  # '14:20 “A,” X tells MPs.': the time stamp of a live blog's entry
        if not seq:
            return False
        if words[seq[-1]].text == ":" or self._opening_put_it(seq) or \
                self._opening_according(seq) or self._opening_as_told(seq):
            return False
        last = words[seq[-1]]
        if is_cue_word(last) or _direct_cue(last) or \
                last.lower == "that" and len(seq) > 1 and is_cue_word(words[seq[-2]]):
            return last.lower == "that"
        # "X told Y, “...”": the addressee ends the frame
        for j in range(len(seq) - 1, -1, -1):
            if is_cue_word(words[seq[j]]):
                if self._participle_set_off(seq[j] + 1, before[-1] + 1) and \
                        self._quote_ends_sentence(before[-1] + 1):
                    return False  # "X said, shaking her head, “...”"
                if self._dash_aside(seq[j] + 1, before[-1] + 1, before[0]):
                    return False  # '“A,” she said — her voice broke — “but B.”'
                ad = self._addressee(seq[j], seq[-1] + 1)
                if ad is not None and self._past_time_phrase(ad[1], seq[-1] + 1) - 1 == seq[-1] \
                        and before and words[before[-1]].is_punct:  # "X told CNN last year:"
                    return False
                ad = ad or self._asked_object(seq[j], before[-1] + 1)
                if self._adjunct_set_off(seq[j] + 1 if ad is None else ad[1], before[-1] + 1,
                                         ad is not None):
                    return False  # "X said in a statement, “We will appeal.”", "told them, “A.”"
                break
        return True

    def _opening_put_it(self, seq: list[int]) -> bool:
        """True when the words ``seq`` before a quote are only "As X put it" after a
        conjunction ("But as one voter put it, “...”"): the frame of a whole sentence."""
        words = self.words
        if len(seq) < 4 or words[seq[-1]].lower != "it" or words[seq[-2]].lower not in _PUT_FORMS:
            return False
        k = 0
        while k < len(seq) and words[seq[k]].lower in ("but", "and", "so", "yet"):
            k += 1
        return k < len(seq) and words[seq[k]].lower == "as"

    def _opening_as_told(self, seq: list[int]) -> bool:
        """True when the words ``seq`` before a quote are only "As X said" or "As X told Y
        [last year]" opening the sentence ("As the planner Omar Reyes told me last year,
        “...”"): the frame of a whole sentence, as "As X put it" is."""
        words = self.words
        if len(seq) < 3 or words[seq[0]].lower != "as":
            return False
        end = seq[-1] + 1
        for j in range(len(seq) - 1, 0, -1):
            cue = words[seq[j]]
            if not (is_cue_word(cue) and cue.lemma in SPEECH_VERBS):
                continue
            np = self._np_forward(seq[1], seq[j])
            if np is None or np[1] != seq[j]:
                return False
            if j == len(seq) - 1:
                return True
            ad = self._addressee(seq[j], end)
            rest = seq[j] + 1 if ad is None else ad[1]
            if ad is None and words[rest].lower in _OBJECT_PRONOUNS:
                rest += 1  # "As X told me last year"
            return rest == end or self._past_time_phrase(rest, end) == end
        return False

    def _opening_according(self, seq: list[int]) -> bool:
        """True when the words ``seq`` before a quote are only "According to X" opening the
        sentence ("According to him, “...”", common in Nigerian news): the frame of a whole
        sentence, a direct quote."""
        words = self.words
        if len(seq) < 3 or words[seq[0]].text != "According" or words[seq[1]].lower != "to":
            return False
        np = self._according_source(seq[2], seq[-1] + 1)
        return np is not None and np[1] == seq[-1] + 1

    def _tail_frame(self, after: list[int]) -> Attribution | None:
        """The frame that closes the sentence after a quote with no boundary of its own:
        "“A” if she lost, said X." / "“A” Grubbs said." (the quote runs on into the clause)."""
        words = self.words
        commas = [k for k, i in enumerate(after) if words[i].text == ","]
        # the last clause first; then one that a comma opens and a set-off phrase closes
        # ("“A” but B, says X, a consultant in Y, Va."); without a comma, only a bare frame
        # ("“A” as examples of X's comments about Y": no frame); last, the whole of it
        # ("“A” said X, a spokesman.")
        for c in [*reversed(commas), *([0] if not commas or commas[0] else [])]:
            tail = after[c:]
            if len(tail) > _AFTER_CUE_WORDS:
                return None
            att = self._after_pattern(tail)
            if att is None or att.reason not in ("said X", "X said", "X said (parse)") or \
                    att.cue is None:
                continue
            if self._as_frame_before_clause(att, tail):
                return attrs.evolve(att, confidence=att.confidence - 0.1)
            if att.reason == "X said (parse)" and not self._opens_tail(att, tail):
                continue
            # a phrase after the cue needs a comma before the frame or a cue that is no
            # noun ("“A” X said after an event", not "“A” as X's comments about Y", "“A”
            # TV show, which ...")
            phrases = words[tail[0]].text == "," or _plain_speech_verb(words[att.cue[0]])
            if self._bare_frame(att, tail, phrases) or phrases and self._adjunct_frame(att, tail):
                return attrs.evolve(att, confidence=att.confidence - 0.1)
        return None

    def _as_frame_before_clause(self, att: Attribution, tail: list[int]) -> bool:
        """True when ``tail`` is ", as X VERBed" whose cue a clause of time or cause follows
        to the sentence's end ("... a “regional” candidate, as Reed's manager suggested
        after she swept the South."): the clause dates the saying; "as X said" still frames
        the quote.  Not a tail without "as" ("..., Reed said after she won": a clause the
        bare-frame rules judge) nor a cue with words of its own between it and the clause."""
        words = self.words
        if att.cue is None or att.speaker is None or len(tail) < 4 or \
                words[tail[0]].text != "," or words[tail[1]].lower != "as" or \
                att.speaker[0] not in (tail[1], tail[2]) or att.speaker[1] != att.cue[0] or \
                not self.is_named_or_pronoun(att.speaker):
            return False
        k = att.cue[1]
        return k <= tail[-1] and words[k].lower in _ADJUNCT_SUBORDINATORS and \
            self.in_quote[k] < 0

    def _opens_tail(self, att: Attribution, tail: list[int]) -> bool:
        """True when the speaker the parse found for a tail frame stands in the noun phrase
        that opens ``tail`` ("“A” the paper's editor Jo Hale responded"), as the surface
        "X said" reads it; not a subject further on ("“A” standard that the court set",
        "“A” compared to 24 percent who said otherwise")."""
        words = self.words
        first = next((i for i in tail if not words[i].is_punct), None)
        if first is None or att.speaker is None:
            return False
        np = self._np_forward(first, tail[-1] + 1)
        return np is not None and np[0] <= att.speaker[0] < np[1]

    def _adjunct_frame(self, att: Attribution, frame: list[int]) -> bool:
        """True when the speaker of ``att`` is a name, a pronoun or a role, and the words of
        ``frame`` past its cue and speaker are set off by a comma (", whose group ...", ", a
        lawyer") or are prepositional phrases ("wrote in a court filing."), not a clause."""
        words = self.words
        if att.cue is None or att.speaker is None or not self.is_named_or_pronoun(att.speaker):
            return False  # '“poison pill” measures added by Republicans': no speaker
        end = max(att.cue[1], att.speaker[1])
        if end in frame and words[end].text == ",":
            return True
        in_phrase = False
        for i in (x for x in frame if x >= end and not words[x].is_punct):
            w = words[i]
            if w.upos == "ADP" and w.lower != "that":
                in_phrase = True
            elif not (w.lower in _CUE_ADJUNCTS or w.upos == "ADV" or
                      in_phrase and (_nounish(w) or w.lower.endswith("ing"))):
                return False
        return True

    def closing_frame(self, q: QuoteSpan) -> Attribution | None:
        """The bare frame that closes quote ``q`` in its sentence ("“A,” he claimed.",
        "“A,” said X on Monday."), when the quote runs on into it with a comma, "?" or "!"."""
        words = self.words
        if self.W.text[q.content_end - 1:q.content_end] not in (",", "?", "!"):
            return None
        last = self.W.index_at(max(q.start, q.end - 1))
        if last + 1 >= len(words):
            return None
        _, end = self.W.sentences[words[last].sent]
        frame: list[int] = []
        for i in range(last + 1, min(end, last + 1 + _WINDOW)):
            if self.in_quote[i] >= 0 or words[i].text == ":":
                return None  # 'A, X said: “B”': the frame leads into the next quote
            if words[i].text == ";" or words[i].text in _DASHES and frame:
                break  # '“B,” she said - and charged ...': the frame between dashes
            if words[i].text == "," and frame and i + 1 < end and \
                    (words[i + 1].lower in _LEAD_SUBORDINATORS | _CLAUSE_RELATIVES or
                     self._participle_phrase_at(i + 1, end) or
                     i + 2 < end and words[i + 1].lower == "according" and
                     words[i + 2].lower == "to") and \
                    any(_direct_cue(words[x]) for x in frame):
                # '“B,” she said, as Reed went on', '“B,” X wrote in a memo, which the
                # Sun reported', '“B,” X said, explaining the decision': a clause of its
                # own after the frame (before its cue: 'X, who was polled, said')
                break
            frame.append(i)
        att = self._after_pattern(frame)
        if att is None or att.reason not in ("X said", "said X", "X said (parse)") or \
                not self._bare_frame(att, frame, told_too=True):
            return None
        return att

    def _reduced_relative_subject(self, np: tuple[int, int] | None, limit: int,
                                  c: int) -> tuple[int, int] | None:
        """The noun phrase that opens a frame when only a past participle and a day come
        between it and cue ``c`` ("“A,” a statement issued Tuesday said", "the ruling
        released on Friday said"): a reduced relative clause on the speaker, which the
        subject rules read as a verb of its own."""
        words = self.words
        if np is None or np[0] != limit or np[1] + 1 >= c or \
                words[np[1] - 1].upos not in ("NOUN", "PROPN") or \
                not any(words[x].text == "," for x in range(max(0, limit - 2), limit)):
            return None  # only after a quote that runs on into its frame: '“A,” the ...'
        v = words[np[1]]
        if v.upos != "VERB" or not v.lower.endswith(("ed", "en")) or _direct_cue(v):
            return None
        rest = [words[x].lower for x in range(np[1] + 1, c)]
        if rest[:1] == ["on"]:
            rest = rest[1:]
        if rest[:1] in (["last"], ["this"]) and len(rest) == 2 and \
                rest[1] in _TIME_NOUNS | _TIME_PERIODS:
            return np
        return np if len(rest) == 1 and rest[0] in _WEEKDAYS else None

    def _participle_phrase_at(self, i: int, end: int) -> bool:
        """True for a verb in -ing at word ``i``, or after adverbs or a degree word there,
        before ``end`` ("..., explaining the decision", "..., half joking")."""
        words = self.words
        while i + 1 < end and (words[i].upos == "ADV" or words[i].lower in _DEGREE_WORDS):
            i += 1
        return words[i].upos == "VERB" and words[i].lower.endswith("ing")

    def _bare_frame(self, att: Attribution, frame: list[int], phrases: bool = True,
                    told_too: bool = False) -> bool:
        """True when the words of ``frame`` past the cue and speaker are only adjuncts
        ("said X on Monday.", with ``phrases`` "wrote in the email"; with ``told_too`` the
        one told: "X told a committee"), not a clause or a quote of their own ("X added
        that ...")."""
        words = self.words
        if att.cue is None or att.speaker is None or \
                att.cue[1] < len(words) and words[att.cue[1]].lower == "by":
            return False  # "measures added by Republicans": a passive, no frame
        apposition = self._inverted_apposition(att, frame)
        told = range(*att.addressee) if told_too and att.addressee is not None else range(0)
        rest = [i for i in frame if i >= att.cue[1] and not words[i].is_punct and
                not (att.speaker[0] <= i < att.speaker[1]) and i not in apposition and
                i not in told]
        return len(rest) <= 8 and all(words[i].lower in _CUE_ADJUNCTS or words[i].is_capitalised or
                                      words[i].upos in ("ADP", "NUM", "DET", "ADV") and
                                      words[i].lower != "that" or
                                      phrases and self._in_phrase(i, rest) for i in rest)

    def _inverted_apposition(self, att: Attribution, frame: list[int]) -> range:
        """The words of a noun phrase set off by a comma right after the speaker of an
        inverted frame ("said X, a co-chairman of the caucus", up to the frame's end or
        next comma): the speaker's apposition, no clause; an empty range otherwise."""
        words = self.words
        sp = att.speaker
        if att.cue is None or sp is None or sp[0] < att.cue[1] or sp[1] not in frame or \
                words[sp[1]].text != ",":
            return range(0)
        stop = next((x for x in frame if x > sp[1] and words[x].text == ","), frame[-1] + 1)
        np = self._np_forward(sp[1] + 1, stop)
        return range(sp[1] + 1, stop) if np is not None and np[1] == stop else range(0)

    def _in_phrase(self, i: int, rest: list[int]) -> bool:
        """True when word ``i`` is a noun or adjective of a prepositional phrase that opens
        among the words ``rest`` after a frame's cue ("said in a statement", "wrote in the
        email"): an adjunct, not an object or a clause."""
        words = self.words
        if words[i].upos not in ("NOUN", "ADJ", "PRON") and not _possessive_mark(words[i]):
            return False
        return self._in_phrase_chain(i, rest)

    def _in_phrase_chain(self, i: int, rest: list[int]) -> bool:
        """True when only nouns, modifiers and determiners stand between a preposition of
        the words ``rest`` and word ``i``."""
        words = self.words
        k = rest.index(i) - 1
        # "after the court's action", "in the North Carolina case"
        while k >= 0 and (words[rest[k]].upos in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") or
                          _possessive_mark(words[rest[k]])):
            k -= 1
        return k >= 0 and words[rest[k]].upos == "ADP" and words[rest[k]].lower != "that"

    def reporter_over_thought(self, att: Attribution) -> Attribution | None:
        """The speaker whose verb of speech reports the clause that holds ``att``'s cue, a
        verb of thought or of data with a parse ("Jane Roe argues that polls show voters
        think the town is on the “wrong track”", "Doe recalled that listeners, who
        wondered if “...”, ..."): a mind or a poll utters no words, so the quoted words
        are the reporter's; None when no verb of speech takes the cue's clause as its
        complement within a few heads, or for a cue of speech itself."""
        cue = att.cue
        if cue is None or not self._parsed(cue[0]):
            return None
        words = self.words
        w = words[cue[0]]
        if w.lemma in SPEECH_VERBS or not (w.lemma in THOUGHT_VERBS or w.lemma in _DATA_CUES):
            return None
        k, steps, complement = cue[0], 0, False
        while words[k].head >= 0 and steps < 8:
            complement = complement or words[k].deprel in ("ccomp", "parataxis")
            k = words[k].head
            steps += 1
            v = words[k]
            if complement and v.upos == "VERB" and v.lemma in SPEECH_VERBS:
                sub = self.syntax_subject(k)
                if sub is None or self.in_quote[sub[0]] >= 0 or \
                        not self.is_named_or_pronoun(sub):
                    return None
                return Attribution(sub, (k, k + 1), None, att.confidence, att.reason)
        return None

    def _reporter_of_relative_cue(self, i: int, sub: tuple[int, int],
                                  limit: int) -> tuple[int, int] | None:
        """The subject of the speech verb whose reported clause holds the noun that parsed
        cue ``i`` describes in a relative clause with "that" or "which" as its subject
        ("Jane Roe said the town lost a voice that said “...”"): the one who reports the
        words, as the parse's outermost cue is (:meth:`_syntax_quote`) and as the model-free
        path reads it; None when no verb of speech takes that clause as its complement
        ("Last spring the town lost a voice that said “...”": the voice's words)."""
        words = self.words
        w = words[i]
        if sub[1] - sub[0] != 1 or words[sub[0]].lower not in ("that", "which") or \
                not w.deprel.startswith("acl") or w.head < limit:
            return None
        k, steps, complement = w.head, 0, False
        while words[k].head >= limit and steps < 8:
            complement = complement or words[k].deprel in ("ccomp", "parataxis")
            k = words[k].head
            steps += 1
            v = words[k]
            if complement and v.lemma in SPEECH_VERBS and v.upos == "VERB":
                outer = self.syntax_subject(k)
                if outer is not None and outer[0] >= limit and \
                        self.is_named_or_pronoun(outer):
                    return outer
                return None
        return None

    def _relative_on_noun_after(self, i: int, limit: int) -> bool:
        """True when parsed cue ``i`` heads a relative clause with a subject of its own on a
        noun after ``limit``, the first word after a quote ("“A!” Her father worried that
        voters skip the news they read"): a clause of the writer's sentence, no frame."""
        words = self.words
        w = words[i]
        if w.deprel != "acl:relcl" or not limit <= w.head < i:
            return False
        noun = words[w.head]
        if not limit <= noun.head < noun.i or words[noun.head].upos != "VERB":
            return False  # '“A” the paper's editor Jo Hale responded': no verb takes it
        sub = self._parse_subject(w, after=False)
        return sub is not None and w.head < sub.i and sub.lower not in _RELATIVES

    def _after_pattern(self, after: list[int], loose: bool = False,
                       same_sentence: bool = True) -> Attribution | None:
        """The frame after a quote: "said X", "X said", "according to X", "X beamed".

        ``loose`` reads past tagger errors ("Bennett shot back"); ``same_sentence`` is
        False when the words come from the sentence after the quote's.
        """
        words = self.words
        seq = [i for i in after]
        # drop leading punctuation (", " / "— ")
        while seq and words[seq[0]].is_punct:
            seq.pop(0)
        if not seq or words[seq[0]].lower in ("and", "but"):
            return None  # 'Y called it “A,” and I agree': a clause of its own, no frame
        limit = seq[0]
        end = seq[-1] + 1
        w0 = words[seq[0]]
        # "said X" (inverted); never a participle ('“A,” noting the slump in China': its
        # object, whose speaker is the clause's subject)
        if not w0.lower.endswith("ing") and (
                is_cue_word(w0) and w0.lemma in INVERTING_VERBS or
                w0.lower in QUOTE_ONLY_FORMS and _direct_cue(w0)):  # "“A,” read one"
            np = self._np_forward(seq[0] + 1, end) or self._participle_title(seq[0] + 1, end)
            if np is not None and np[1] - np[0] == 1 and words[np[0]].upos in ("DET", "NUM"):
                title = self._participle_title(np[1], end)  # "said one unaligned strategist"
                np = (np[0], title[1]) if title is not None else np
            if np is not None and np[1] - np[0] > 1 and words[np[1] - 1].lower in _RELATIVES:
                np = np[0], np[1] - 1  # "said one owner of a shop [that] sells shoes"
            if np is not None:
                # "said Jane Doe [as] she left": a subordinator the tagger took for a noun
                np = np[0], next((x for x in range(np[0] + 1, np[1])
                                  if words[x].lower in _LEAD_SUBORDINATORS and
                                  not words[x].is_capitalised), np[1])
            if np is not None and self._opens_clause(np, end):
                np = None  # "“reckless,” said the council would vote": a clause, not its speaker
            if np is not None and np[1] < end and words[np[1]].lower == "from":
                np = self._said_message_from(seq[0], end) or np
            if np is not None:
                conf = 0.93 if not words[np[0]].is_pronoun else 0.85
                return Attribution(np, (seq[0], seq[0] + 1), self._addressee(seq[0], end),
                                   conf, "said X")
        # "“A,” shot back Jane Doe": a phrasal cue of a retort inverts as "said" does
        if len(seq) > 2 and w0.lower in _PHRASAL_CUES.get(words[seq[1]].lower, ()):
            np = self._np_forward(seq[1] + 1, end)
            if np is not None and np[0] == seq[2] and self.is_named_or_pronoun(np) and \
                    not self._opens_clause(np, end):
                return Attribution(np, (seq[0], seq[1] + 1), None, 0.85, "said X")
        # "“A,” came shouts from the crowd": the source after "from"
        came = self._came_from(seq[0], end)
        if came is not None:
            return Attribution(came, (seq[0], seq[0] + 1), None, 0.8, "said X")
        # "according to X"
        if w0.lower == "according" and len(seq) > 2 and words[seq[1]].lower == "to":
            np = self._according_source(seq[2], end)
            if np is not None:
                return Attribution(np, (seq[0], seq[1] + 1), None, 0.9, "according to X")
        # '« A », a déclaré Hélène Marchais.': a French frame (a Canadian or African paper
        # quoting in French), "a" and a past participle of saying before the name
        if len(seq) > 2 and w0.lower == "a" and words[seq[1]].lower in _FRENCH_SAID:
            np = self._np_forward(seq[2], end)
            if np is not None and np[0] == seq[2] and self.is_named_or_pronoun(np):
                return Attribution(np, (seq[0], seq[1] + 1), None, 0.85, "said X")
        # '“A,” the statement quoted Jane Doe as saying': the one quoted speaks, not the
        # outlet or text that quotes her
        saying = next((i for i in seq[:_AFTER_CUE_WORDS + 4] if words[i].lower == "saying"),
                      None)
        quoted = self._quoted_as_saying(saying, limit) if saying is not None else None
        if saying is not None and quoted is not None and self._speaks(quoted):
            return Attribution(quoted, (saying, saying + 1), None, 0.85, "X said")
        # "X said" within the first words (past an apposition: "X, a lawyer for Y, said")
        first_np = self._np_forward(limit, end)
        # a name set off by a comma may take a long apposition before its cue ("“A,” X, the
        # frontrunner nationally and polling leader in the state by a wide margin, said")
        set_off = first_np is not None and first_np[1] < end and \
            words[first_np[1]].text == "," and self.is_named_or_pronoun(first_np)
        # "“A,” the assailant, John Doe, told ...": a role set off before the name
        named_after = self._name_set_off_after(first_np, end) if not set_off else None
        set_off = set_off or named_after is not None
        # (the marks of a nickname inside a name are no words of the frame: 'Marcia
        # "Cia" Price, his niece, said')
        window = [i for i in seq if not (words[i].is_punct and words[i].ner in PERSON_GOES_ON)]
        for i in window[:_WINDOW if set_off else _AFTER_CUE_WORDS]:
            w = words[i]
            if self.in_quote[i] >= 0:
                continue  # a quoted term in the frame (see :meth:`_term_in_frame`)
            if self._concessive_said(i):
                break  # '“A.” (That said, she noted, “B.”)': an adverbial, no frame
            if _direct_cue(w):
                if self._set_off_relative_cue(i, limit):
                    continue  # "“A,” X, who has proposed B, said": the apposition's cue
                if self._parsed(i) and self._relative_on_noun_after(i, limit):
                    continue  # '“A!” Her father worried voters skip the news they read'
                if self._parsed(i):
                    sub = self.syntax_subject(i)
                    if sub is not None and limit <= sub[0] <= i + 4:
                        return Attribution(sub, (i, i + 1), self._addressee(i, end),
                                           0.95, "X said (parse)")
                verb = self._verb_before_gerund(i, limit)
                # "“A,” she recounted telling them": the subject of the verb the cue is the
                # object of
                np, how = self._subject_of_cue(i if verb is None else verb, limit)
                if np is not None and verb is None and w.lower.endswith("ing") and \
                        not self._speaks(np):
                    # '“A,” a nod to the mayor acknowledging that ...': a participle that
                    # modifies a thing set after the quote, no frame of it
                    break
                if np is not None and np[0] == limit or (np is not None and how == "apposition"):
                    conf = 0.92 if how == "subject" else 0.85
                    return Attribution(np, (i, i + 1), self._addressee(i, end), conf, "X said")
                if np is not None and np == named_after:
                    return Attribution(np, (i, i + 1), self._addressee(i, end), 0.85, "X said")
                if np is not None and how == "subject" and self._message_sender(np, limit):
                    # '“A,” a letter from Jo Lee to the board said': the writer speaks
                    return Attribution(np, (i, i + 1), self._addressee(i, end), 0.85, "X said")
                affiliated = self._affiliated_subject(first_np, i)
                if affiliated is not None:
                    # "“A,” experts Jane Doe and Tom Roe of the Z Institute wrote"
                    return Attribution(affiliated, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                if first_np is not None and first_np[1] < i and \
                        words[first_np[1]].text in (",", "(") and words[i - 1].text in (",", ")") \
                        and self.is_named_or_pronoun(first_np):
                    return Attribution(first_np, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                if first_np is not None and first_np[0] == limit and \
                        self._adverbs_only(first_np[1], i):
                    # "“A,” it now says": an adverb the subject rules do not step over
                    return Attribution(first_np, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                joined = self._joined_subject(first_np, np)
                if joined is not None:
                    return Attribution(joined, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                reduced = self._reduced_relative_subject(first_np, limit, i) \
                    if same_sentence else None
                if reduced is not None:
                    # "“A,” the order released Friday said": a noun whose participle and
                    # day word come between it and the cue
                    return Attribution(reduced, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                b = self._skip_back(i - 1, limit) + 1
                loose_np = self._loose_subject(limit, b if b > limit else i)
                if loose_np is not None:
                    return Attribution(loose_np, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                break
            if w.is_punct and w.text not in (",", "’s", "'s", "’", "'", "-", "(", ")", "&") and \
                    not (w.text == "." and i + 1 < end and words[i + 1].text == ")"):
                break  # but "(R-Fla.)" and "a P&G employee" go on
        if not same_sentence:
            return None  # a quote that ends its sentence: the next one is not its frame
        # any verb right after the quote: "“This is fantastic!” beamed X" / "..., X beamed."
        if w0.upos == "VERB" and not w0.lower.endswith("ing"):
            np = self._np_forward(seq[0] + 1, end)
            if np is not None and self.is_named_or_pronoun(np):
                return Attribution(np, (seq[0], seq[0] + 1), None, 0.8, "verb X")
        np = self._np_forward(seq[0], end)
        if np is not None and np[1] < end and self.is_named_or_pronoun(np):
            # "..., a staffer in the room wondered.", "..., X barked and a guard ..."
            k = self._past_prepositional(np[1], end)
            v = words[k]
            if v.upos == "VERB" and not v.lower.endswith("ing") and \
                    (k + 1 >= end or words[k + 1].is_punct or
                     words[k + 1].upos in ("ADP", "ADV", "CCONJ")):
                return Attribution(np, (k, k + 1), None, 0.8, "X verb")
        # "“...,” Bennett shot back.", "“...,” the suit reads.": a short clause whose
        # verb the tagger took for a noun
        if not loose:
            return None
        mistagged = self._mistagged_cue(limit, end)
        if mistagged is not None:
            return mistagged
        e = limit + 1
        while e < end and e - limit < 7 and not words[e].is_punct and \
                words[e].upos not in ("ADP", "ADV") and words[e].lower not in ("back", "out"):
            e += 1
        k = e - 1
        v = words[k]
        if 1 <= k - limit < 6 and v.text.isalpha() and v.text.islower() and \
                v.upos in ("VERB", "NOUN", "") and (
                    v.upos == "VERB" or v.lower.endswith(("s", "ed")) or
                    e < end and words[e].lower in ("back", "out")):
            sub = self._loose_subject(limit, k)
            if sub is not None:
                return Attribution(sub, (k, k + 1), None, 0.75, "X verb")
        return None

    def _affiliated_subject(self, np: tuple[int, int] | None, c: int) -> tuple[int, int] | None:
        """The whole subject before cue word ``c`` when it is the name ``np`` (or two names
        joined by "and") followed by an affiliation of "of", "from" or "at" that runs to
        the cue with no punctuation or verb ("experts Jane Doe and Tom Roe of Washington's
        Institute for Science wrote"); else None."""
        words = self.words
        if np is None or np[1] >= c or not self.is_named_or_pronoun(np):
            return None
        j = np[1]
        if any(words[x].is_punct or words[x].upos in ("VERB", "AUX") or self.in_quote[x] >= 0
               for x in range(j, c)):
            return None
        if words[j].lower == "and":
            # "Jane Doe and Tom Roe of ...": the second name may take the affiliation in
            second = self._np_forward(j + 1, c)
            if second is None or second[0] != j + 1 or not self.is_named_or_pronoun(second):
                return None
            j = next((x for x in range(j + 1, c) if words[x].lower in _AFFILIATIONS), c)
        return (np[0], c) if j < c and words[j].lower in _AFFILIATIONS else None

    def _name_set_off_after(self, np: tuple[int, int] | None, end: int
                            ) -> tuple[int, int] | None:
        """The name or pronoun set off by commas right after the noun phrase ``np`` that
        opens a frame ("the assailant, John Doe, told"), ending before ``end``; else None."""
        words = self.words
        if np is None or np[1] + 1 >= end or words[np[1]].text != ",":
            return None
        name = self._np_forward(np[1] + 1, end)
        if name is None or name[0] != np[1] + 1 or name[1] >= end or \
                words[name[1]].text != "," or not self.is_named_or_pronoun(name):
            return None
        return name

    def _came_from(self, c: int, end: int) -> tuple[int, int] | None:
        """The source in an inverted frame of "came" with a noun of utterance and "from"
        right after a quote ("“A,” came shouts from the crowd", "“B,” came the reply from
        Jane Doe"), before ``end``; else None."""
        words = self.words
        if words[c].lower not in ("came", "comes") or c + 1 >= end:
            return None
        # a bare plural the tagger may take for a verb ("came shouts from")
        said = (c + 1, c + 2) if words[c + 1].lower in _UTTERANCE_NOUNS else \
            self._np_forward(c + 1, end)
        if said is None or said[0] != c + 1 or said[1] + 1 >= end or \
                words[said[1] - 1].lower not in _UTTERANCE_NOUNS or \
                words[said[1]].lower != "from":
            return None
        return self._np_forward(said[1] + 1, end)

    def _message_sender(self, np: tuple[int, int], limit: int) -> bool:
        """Whether ``np``, found as the subject of a cue after a quote, is the sender
        `_message_from` took out of "a letter from [X] (to Y)" that opens the frame
        ('“A,” a letter from Jo Lee to the board said'; not "an aide from the ministry")."""
        return np[0] - 2 >= limit and self.words[np[0] - 1].lower == "from" and \
            self._message_from(np, limit) == np

    def _said_message_from(self, c: int, end: int) -> tuple[int, int] | None:
        """The writer in an inverted frame "said a memo from X" right after a quote
        ('“A,” said a memo from the governor'), before ``end``; else None (not "said a
        report from the agency", "said a letter from 2019": `_message_from` checks the
        noun and that the sender is a name, pronoun or role)."""
        words = self.words
        if words[c].lower not in ("said", "says", "read", "reads", "stated", "states") or \
                c + 3 >= end or words[c + 1].lower not in ("a", "an", "the", "one"):
            return None
        msg = self._np_forward(c + 1, end)
        if msg is None or msg[1] + 1 >= end or words[msg[1]].lower != "from":
            return None
        sender = self._np_forward(msg[1] + 1, end)
        if sender is None or sender[0] != msg[1] + 1:
            return None
        return self._message_from(sender, c + 1)

    def _forecast_cue(self, x: int, a: int) -> bool:
        """True when word ``x`` is the "say" or "tell" of a forecast of remarks not yet
        given, its "expected to" after word ``a`` ("“A,” he is expected to say, according
        to excerpts"): the subject of the forecast speaks."""
        words = self.words
        return x - 2 > a and words[x].lower in ("say", "tell") and \
            words[x - 1].lower == "to" and words[x - 2].lower in _FORECAST_WORDS

    def _verb_before_gerund(self, c: int, limit: int) -> int | None:
        """The finite verb right before cue word ``c`` when the cue is a gerund it takes as
        object ("recounted telling", "recalled saying"), or the forecast word before "to"
        and a "say" or "tell" ("is expected to say"), not before ``limit``; else None."""
        words = self.words
        v = c - 1
        if self._forecast_cue(c, limit - 1) and self.in_quote[c - 2] < 0:
            # "“A,” he is expected to say", "X is set to tell Y": remarks not yet given
            # still have the subject of the forecast as their speaker
            return c - 2
        if v < limit or not words[c].lower.endswith("ing") or self.in_quote[v] >= 0:
            return None
        w = words[v]
        return v if w.upos == "VERB" and w.text.islower() and \
            not w.lower.endswith("ing") else None

    def _concessive_said(self, c: int) -> bool:
        """True when word ``c`` is the "said" of the phrase "That said," or "That being
        said," ("this" too): a sentence adverb meaning "even so", not a cue."""
        words = self.words
        if words[c].lower != "said" or c + 1 >= len(words) or words[c + 1].text != ",":
            return False
        k = c - 2 if c >= 2 and words[c - 1].lower == "being" else c - 1
        return k >= 0 and words[k].lower in ("that", "this")

    def _set_off_relative_cue(self, c: int, limit: int) -> bool:
        """True when cue word ``c`` is the verb of a relative clause set off by a comma
        ("X, who has proposed ..., said"; not after ``limit``): it frames nothing after a
        quote, the main clause's cue further on does."""
        words = self.words
        k = self._skip_back(c - 1, limit)
        return k - 1 >= limit and words[k].lower in _CLAUSE_RELATIVES and \
            words[k - 1].text == ","

    def _participle_title(self, k: int, end: int) -> tuple[int, int] | None:
        """A speaker whose title opens with a participle the tagger read as a verb, after an
        inverted cue ("said retired neurosurgeon Jane Doe", "said undecided voter Tom Reed"),
        the participle included; None when word ``k`` is no such participle."""
        words = self.words
        if k >= end:
            return None
        w = words[k]
        if w.upos != "VERB" or not w.lower.endswith(("ed", "ing")) or is_cue_word(w):
            return None
        np = self._np_forward(k + 1, end)
        if np is None or np[0] != k + 1 or words[np[0]].is_pronoun or \
                not self.is_named_or_pronoun(np):
            return None
        return k, np[1]

    def _mistagged_cue(self, limit: int, end: int) -> Attribution | None:
        """The frame on words [limit, end) after a quote whose cue the tagger or parser took
        for a noun: a short noun phrase, maybe with a prepositional phrase, then a cue form
        that ends the frame or comes before an adjunct ("“A,” the Saudis state in a paper",
        "“A,” a voice-over in the ad states.", "“A,” the editorial read.")."""
        words = self.words
        for k in range(limit + 1, min(end, limit + _MODIFIER_WORDS)):
            w = words[k]
            if w.is_punct or w.upos in ("VERB", "AUX"):
                return None
            if w.lower not in REPORTING_VERB_FORMS and w.lower not in QUOTE_ONLY_FORMS:
                continue
            if w.lower.endswith("ing") or REPORTING_VERB_FORMS.get(w.lower) in THOUGHT_VERBS:
                return None
            if k + 1 < end and not (words[k + 1].is_punct or words[k + 1].upos in ("ADP", "ADV")):
                return None  # "the states voted": a noun after all
            np = self._np_forward(limit, k)
            if np is None or words[np[0]].is_pronoun or np[1] != k and not (
                    words[np[1]].upos == "ADP" and
                    self._np_forward(np[1] + 1, k) == (np[1] + 1, k)):
                return None  # "a voice-over [in the ad] states"
            return Attribution(np, (k, k + 1), None, 0.75, "X verb")
        return None

    def _adverbs_only(self, a: int, b: int) -> bool:
        """True when the words [a, b) are one or more adverbs, no negation ("now", "again")."""
        return a < b and all(w.upos == "ADV" and w.lower not in ("not", "n't", "never")
                             for w in self.words[a:b])

    def _opens_clause(self, np: tuple[int, int], end: int) -> bool:
        """True when a finite verb follows the noun phrase after a verb ("said the council
        would vote", "said he would lose"): the subject of a clause, not an inverted speaker."""
        nxt = self.words[np[1]] if np[1] < end else None
        return nxt is not None and nxt.upos in ("AUX", "VERB") and not nxt.lower.endswith("ing")

    def _loose_subject(self, a: int, b: int) -> tuple[int, int] | None:
        """Words [a, b) right after a quote as its speaker when the tagger misread them:
        a capitalised name tagged as a verb ("Will wrote", "columnist Ai Jun wrote")."""
        words = self.words
        if b <= a or b - a > 8:
            return None
        ws = words[a:b]
        if any(self.in_quote[w.i] >= 0 for w in ws):
            return None
        if not (ws[-1].is_capitalised or _nounish(ws[-1])) or ws[-1].is_punct or \
                ws[-1].upos in ("ADP", "DET"):
            return None
        if len(ws) == 1 and ws[0].is_pronoun:
            return (a, b) if ws[0].lower in _SUBJECT_PRONOUNS else None
        for w in ws:
            if w.is_pronoun and w.lower not in ("his", "her", "their", "its"):
                return None
            if not (w.is_capitalised or _nounish(w) or w.lower in _LOOSE_INNER or
                    self._title_gerund(w, a, b)):
                return None
        if ws[0].text.islower() and ws[0].upos not in ("DET", "NOUN", "ADJ", "PROPN", "NUM"):
            return None
        if not (self.is_named_or_pronoun((a, b)) or ws[0].lower in ("the", "a", "an", "one") or
                any(w.is_capitalised for w in ws)):
            return None
        return (a, b)

    def _title_gerund(self, w: Word, a: int, b: int) -> bool:
        """True for a word in -ing inside a title, between nouns ("policy planning
        director"), within the words [a, b)."""
        return a < w.i < b - 1 and w.lower.endswith("ing") and not is_cue_word(w) and \
            _nounish(self.words[w.i - 1]) and _nounish(self.words[w.i + 1])

    def _joined_subject(self, first: tuple[int, int] | None, np: tuple[int, int] | None
                        ) -> tuple[int, int] | None:
        """The mention "X and Y" when the cue's subject ``np`` is the second of two names
        joined by "and" after the quote ("“...,” Jane Doe and Tom Reyes wrote.")."""
        if first is None or np is None or np[0] != first[1] + 1 or \
                self.words[first[1]].lower != "and":
            return None
        if not (self.is_named_or_pronoun(first) and self.is_named_or_pronoun(np)):
            return None
        return first[0], np[1]

    def _opening_cue(self, att: Attribution) -> bool:
        """True when the cue of ``att`` opens its sentence ("Said Doe, “...”")."""
        return att.cue is not None and \
            self.W.sentences[self.words[att.cue[0]].sent][0] == att.cue[0]

    def _opening_inverted_cue(self, seq: list[int], tail_punct: str) -> Attribution | None:
        """'Said Jane Doe, “...”' with "Said" opening the sentence: a tagger may take the
        capitalised verb for a name; the name after it, all the lead-in up to its comma or
        colon, speaks."""
        words = self.words
        if len(seq) < 2 or tail_punct[:1] not in (",", ":") or \
                words[seq[0]].text not in _OPENING_INVERTED_FORMS or \
                words[seq[0]].upos == "VERB" or \
                self.W.sentences[words[seq[0]].sent][0] != seq[0]:
            return None
        np = self._np_forward(seq[1], seq[-1] + 1)
        if np is None or np[0] != seq[1] or np[1] != seq[-1] + 1 or \
                not self.is_named_or_pronoun(np):
            return None
        return Attribution(np, (seq[0], seq[0] + 1), None, 0.85, "said X:")

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
        seq = self._without_quote_formula(seq)
        if not seq:
            return None
        limit = before[0]
        if tail_punct.startswith(":"):
            signed = self._signed_lead(seq)
            if signed is not None:
                # a roundup's "Pollsters agree - Jane Doe: “...”": the name after the dash
                return Attribution(signed, None, None, 0.8, _SIGNED_LEAD), False
        named = self._relative_naming(seq)
        if named is not None:
            # "Y said groups were sent with the marchers, whom he described as “...”"
            return named, True
        opening = self._opening_inverted_cue(seq, tail_punct)
        if opening is not None:
            return opening, False
        # the clause that introduces the quote: after the last comma before it
        # (read from the end: the last one found, no walk over the whole lead-in)
        last_comma = next((j for j in range(len(seq) - 1, -1, -1)
                           if words[seq[j]].text in (",", ";")), -1)
        # a cue that ends the lead-in ("..., to which Y interjected: “...”"), else the last
        # speech verb before the quote, else the last reporting verb
        # (only the words the loop below reads: a cue word or "according", the rest skipped
        # before the sort, which keeps the order of those it holds)
        order = [j for j in range(len(seq) - 1, -1, -1)
                 if words[seq[j]].lower in _BEFORE_QUOTE_FORMS or
                 words[seq[j]].lemma in REPORTING_VERBS]
        closing = len(seq) - 1 if tail_punct[:1] in (",", ":") and \
            _direct_cue(words[seq[-1]]) else None
        order.sort(key=lambda j: (j != closing, words[seq[j]].lemma not in SPEECH_VERBS))
        if self._absolute_clause(seq[last_comma + 1:]):
            # "Y were irritated, with Sen. Jane Doe calling it “...”": the absolute's own
            # subject frames the quote, not a cue of the clause before it
            order = [j for j in order if j > last_comma]
        for j in order:
            i = seq[j]
            w = words[i]
            # (the "as" frame matters only to a cue before the last comma)
            as_source = is_cue_word(w) and j < last_comma and self._as_source_cue(i, limit)
            if is_cue_word(w) and j < last_comma and tail_punct[:1] in (",", ":") and \
                    last_comma + 1 < len(seq) and not as_source:
                # "After X criticized Y, Hillary shot back, “...”": the last clause speaks
                # (its own subject: not the main clause's "As X explained, taxes rose,
                # depriving the city of “...”" that a parse climbs to)
                lead = self.clause_subject(seq[last_comma + 1], seq[-1] + 1) or \
                    self._named_opening(seq[last_comma + 1], seq[-1] + 1)
                if lead is not None and lead[0] > seq[last_comma] and \
                        not self._relative_without_cue(lead, seq[-1] + 1):
                    return Attribution(lead, None, None, 0.75, "X verb:"), False
            if is_cue_word(w) and j < last_comma and last_comma + 1 < len(seq) and \
                    not as_source and \
                    words[seq[0]].is_capitalised and (words[seq[0]].lower in _LEAD_SUBORDINATORS
                                                      or self._clausal_opener(seq, j)) \
                    and not any(words[x].text in (",", ";") for x in seq[j + 1:last_comma]):
                # "When X announced Y, he called them “criminals”": the cue sits in the
                # opening subordinate clause; the main clause's subject speaks
                lead = self.clause_subject(seq[last_comma + 1], seq[-1] + 1)
                if lead is not None and lead[0] > i:
                    return Attribution(lead, None, None, 0.7, "main clause after X said,"), True
            if w.lower == "according" and j + 2 < len(seq) and words[seq[j + 1]].lower == "to":
                np = self._according_source(seq[j + 2], seq[-1] + 1)
                if np is not None:
                    # "According to him, “A.”": the whole sentence after the frame is direct
                    embedded = any(not words[x].is_punct for x in seq[j + 2:] if x >= np[1])
                    return (Attribution(np, (i, seq[j + 1] + 1), None, 0.85, "according to X"),
                            embedded)
            if not _direct_cue(w) or self._noun_use(i, limit) or self._unreported_cue(i, limit) \
                    or self._possessed_noun(i, limit):
                continue
            if j != closing and self._inside_reported_clause(seq, j):
                # "The mayor said she seldom asks aides to campaign, “except for friends”":
                # the verb inside the reported clause is not the quote's frame; the one
                # who reports it is
                continue
            embedded = any(not words[x].is_punct for x in seq[j + 1:])
            addressee = self._addressee(i, seq[-1] + 1)
            if addressee is not None and addressee[1] - 1 == seq[-1]:
                embedded = False
            later = self._later_clause_speaker(seq, j)
            if later is not None:
                # "X mentioned Y, and the crowd reprised the chant “...”": the crowd's
                return Attribution(later, None, None, 0.7, "X verb:"), embedded
            if self._parsed(i) and not self._term_in_earlier_frame(i, seq[-1] + 1):
                own = self._parsed_later_conjunct_subject(i, before[-1] + 1)
                if own is not None:
                    # "X is the only one to have pledged A and he has used it to attack Y
                    # for not campaigning “...”": the later clause's own subject
                    return Attribution(own, None, None, 0.7, "later clause's subject (parse)"), \
                        embedded
                sub = self.syntax_subject(i)
                if sub is not None and sub[0] >= limit:
                    sub = self._reporter_of_relative_cue(i, sub, limit) or sub
                    conf = 0.93 if not embedded else 0.88
                    return (Attribution(sub, (i, i + 1), addressee, conf, "X said: (parse)"),
                            embedded)
            if i - 1 >= limit and words[i - 1].lower in _PASSIVE_AUX and \
                    w.lemma not in _PASSIVE_SPEAKER_CUES and j + 2 < len(seq) and \
                    words[seq[j + 1]].lower == "by":
                # "X was asked by host Y, “...”": the agent speaks, not the subject
                agent = self._np_forward(seq[j + 2], seq[-1] + 1)
                if agent is not None and self.is_named_or_pronoun(agent):
                    return Attribution(agent, (i, i + 1), None, 0.8, "X was asked by Y:"), embedded
            aside = self._inverted_aside_speaker(i, seq[-1] + 1)
            if aside is not None:
                # "The paradox of it, says Jane Doe, a historian, is that “...”"
                return Attribution(aside, (i, i + 1), addressee, 0.85, "said X:"), embedded
            np, how = self._main_clause_subject(seq, j, last_comma) or \
                self._subject_of_cue(i, limit)
            chained = self._chained_verb(self._skip_back(i - 1, limit), limit) \
                if np is None and i - 1 >= limit else None
            if chained is not None:
                # "X went on to say, “...”", "X continued by saying, “...”": the subject of
                # the verb before
                np, how = self._subject_of_cue(chained, limit)
            if np is None and j + 1 < len(seq) and w.lemma in INVERTING_VERBS and \
                    tail_punct[:1] in (":", ","):
                np2 = self._np_forward(seq[j + 1], seq[-1] + 1)
                if np2 is not None and np2[1] - 1 == seq[-1]:
                    return Attribution(np2, (i, i + 1), None, 0.85, "said X:"), False
                if np2 is not None and np2[0] == seq[j + 1] and \
                        self._set_off_to(np2[1], seq[-1] + 1) and self.is_named_or_pronoun(np2):
                    # '“A,” said Jo Lee, a spokesman for the city, “and B”', '..., who led
                    # the drive, “and B”': the inverted frame of a split quote, its speaker
                    # described in between
                    return Attribution(np2, (i, i + 1), None, 0.85, "said X:"), False
            if np is None and i == limit and i > 0 and self.in_quote[i - 1] >= 0 and \
                    w.lemma in INVERTING_VERBS:
                # '“A,” said Jane Doe, calling it “B”': the inverted frame of the quote
                # before, whose speaker the participle right after it shares; else a cue
                # after it may frame this quote
                np2 = self._np_forward(seq[j + 1], seq[-1] + 1) if j + 1 < len(seq) else None
                p = np2[1] if np2 is not None else -1
                if np2 is not None and p + 1 <= seq[-1] and words[p].text == "," and \
                        words[p + 1].lower.endswith("ing") and words[p + 1].upos == "VERB" and \
                        self.is_named_or_pronoun(np2):
                    return Attribution(np2, (i, i + 1), None, 0.85, "said X, participle"), True
                continue
            if np is None:
                return None
            conf = 0.9 if not embedded else 0.85
            if how == "apposition":
                conf -= 0.05
            np = self._poll_before_share(np, i) or np
            np = self._reporting_subject(np, limit) or np
            np = self._carrier_holder(np, limit) or np
            if np[1] - np[0] > 1 and words[np[0]].lower in _CLAUSE_RELATIVES:
                np = (np[0] + 1, np[1])  # "..., to which Doe replied: “...”"
            if self.generic_heading(seq[0], seq[-1] + 1):
                return None  # "What they said:" heading a roundup
            return Attribution(np, (i, i + 1), addressee, conf, "X said:"), embedded
        retort = self._phrasal_retort(seq, tail_punct)
        if retort is not None:
            return retort, False
        # a colon lead-in without a verb: "Pompeo: “...”", "Rep. Jane Doe (R-Ohio): “...”"
        if tail_punct.startswith((":", "):", ".):")) and seq:
            # past a party tag ("Rep. Jane Doe (R-Ohio):"), its full stop split off by the
            # tokenizer ("(R-S.C.):")
            close = seq[-1] + tail_punct.index(")") + 1 if tail_punct[0] != ":" else seq[-1]
            owner = self._label_owner(seq[0], seq[-1] + 1) if tail_punct[0] == ":" else None
            if owner is not None:
                return Attribution(owner, None, None, 0.7, "X: quote"), False  # "Her message:"
            np = self._np_back(self._before_parenthetical(close, limit), limit)
            if np is not None and (np[0] == seq[0] and self.label_names_speaker(np) or
                                   self._from_label(seq[0], np[0])):
                return Attribution(np, None, None, 0.8, "X: quote"), False  # "From the report:"
            if np is not None and self.is_named_or_pronoun(np) and \
                    any(words[x].ner.endswith(("PERSON", "ORG")) for x in range(*np)) and \
                    not self._object_before_colon(np):
                # "surprise pollster Daron Shaw: “...”"
                return Attribution(np, None, None, 0.7, "X: quote"), False
        if tail_punct[:1] in _DASHES and len(seq) > 1:
            # "Doe's stock answer then — “...” — is likely to ...": a possessive label set off
            # by a dash, as by a colon; "then" or "now" may close it
            k = seq[-1] + (words[seq[-1]].lower not in _LABEL_TIME_ADVERBS)
            owner = self._label_owner(seq[0], k)
            if owner is not None:
                return Attribution(owner, None, None, 0.7, "X: quote"), False
        return None

    def _quote_ends_sentence(self, qi: int) -> bool:
        """True when the quote that opens at word ``qi`` runs to the end of its sentence
        (only punctuation after it)."""
        if qi >= len(self.words) or self.in_quote[qi] < 0:
            return False
        return self._phrase_ends_sentence(self.W.index_at(self.spans[self.in_quote[qi]].end))

    def _participle_set_off(self, k: int, e: int) -> bool:
        """True when words [k, e) between a cue and its quote are only a participle phrase
        set off by commas, an aside on how the words were said ('“A,” she said, shaking
        her head, “B.”', 'Doe said, pausing, “B.”', 'Doe joked, again
        using a drawl, “B.”'): the quote stands after the frame, not inside a clause."""
        words = self.words
        if e > 0 and words[e - 1].text == ",":
            e -= 1  # the closing comma, when the words hold it
        v = k + 2 if k + 2 < e and words[k + 1].upos == "ADV" else k + 1  # "again using"
        if e - k > _SET_OFF_WORDS or v + 1 > e or e >= len(words) or words[k].text != "," or \
                words[e].text != "," or not words[v].lower.endswith("ing") or \
                words[v].upos != "VERB":
            return False
        return not any(self.in_quote[x] >= 0 or words[x].text in (";", ":", ",") or
                       words[x].text in _DASHES for x in range(k + 1, e))

    def _dash_aside(self, k: int, e: int, b: int) -> bool:
        """True when words [k, e) between a cue and the quote that opens at word ``e`` are
        only an aside set off by dashes ('“A,” she said — her voice broke — “but B.”',
        'Lee said — and she meant it — “We will win.”'): the quote stands after its frame,
        not inside a clause.  The quote must run on in lower case from a quote that ends
        right before the frame (word ``b`` opens the frame), or open with a capital and end
        its sentence (not 'Lee said — after the vote — that “A”', where "that" ends the
        words, nor an aside holding a quote, a colon or a third dash)."""
        words = self.words
        if not k < e - 2 or e - k > _BEAT_WORDS or e >= len(words) or \
                words[k].text not in _DASHES or words[e - 1].text not in _DASHES or \
                any(self.in_quote[x] >= 0 or words[x].text in (";", ":") or
                    words[x].text in _DASHES for x in range(k + 1, e - 1)):
            return False
        nxt = next((x for x in range(e, min(e + 3, len(words))) if not words[x].is_punct), None)
        if nxt is None or self.in_quote[nxt] != self.in_quote[e]:
            return False
        if words[nxt].is_capitalised:
            return self._quote_ends_sentence(e)
        return b > 0 and self.in_quote[b - 1] >= 0 and words[b - 1].sent == words[e].sent

    def _dash_beat(self, k: int, e: int) -> tuple[int, int] | None:
        """The subject of an action set off by dashes between the two parts of a split
        quote, words [k, e) ('“We tried” — she shook her head — “but it was not
        enough.”'): the one who acts speaks both parts; None unless the first part opens
        its sentence, the words are only a person's clause with a verb that is no cue, and
        the second part runs on from the first in lower case."""
        words = self.words
        if not 0 < k < e - 3 or e >= len(words) or e - k > _BEAT_WORDS or \
                words[k].text not in _DASHES or words[e - 1].text not in _DASHES or \
                self.in_quote[k - 1] < 0 or self.in_quote[e] < 0 or \
                words[k - 1].par != words[e].par:
            return None
        nxt = next((x for x in range(e, min(e + 3, len(words))) if not words[x].is_punct), None)
        if nxt is None or self.in_quote[nxt] != self.in_quote[e] or words[nxt].is_capitalised:
            return None
        opener = self.W.index_at(self.spans[self.in_quote[k - 1]].start)
        if opener > 0 and words[opener - 1].par == words[opener].par and \
                words[opener - 1].sent == words[opener].sent:
            return None  # the first part has a frame of its own before it
        np = self._np_forward(k + 1, e - 1)
        if np is None or np[1] >= e - 1 or not self.is_named_or_pronoun(np):
            return None
        verb = words[np[1]]
        if verb.upos != "VERB" or is_cue_word(verb) or _direct_cue(verb) or \
                any(self.in_quote[x] >= 0 or words[x].text in _DASHES or
                    words[x].text in (";", ":") for x in range(np[1], e - 1)):
            return None
        return np

    def _adjunct_set_off(self, k: int, e: int, told: bool = False) -> bool:
        """True when words [k, e) between a cue (or the one it tells) and the quote that
        opens at word ``e`` are only adjuncts closed by a comma or a colon ("X said in a
        statement, “We will appeal.”", "X said after a pause, “A.”", "X told reporters on
        Monday, “A.”", "X said back in the summer: “A.”"), adverbs ("X replied evenly,
        “A.”", "X acknowledged, however, “A.”", "X wrote back, “A.”"), or nothing after the
        one told or asked (``told``: "telling them, “A.”", "asked the crowd, “A?”"), and
        the quote opens with a capital and ends its sentence: a whole sentence after its
        frame (direct), not words inside a clause ("X said on Monday that the plan was “a
        mess.”", "X said the plan was “reckless.”")."""
        words = self.words
        if not k < e - (0 if told else 1) or e - k > _ADJUNCT_WORDS or \
                words[e - 1].text not in (",", ":") or not self._quote_ends_sentence(e):
            return False
        first = next((x for x in range(e, min(e + 3, len(words))) if not words[x].is_punct), None)
        if first is None or not words[first].is_capitalised or self.in_quote[first] < 0:
            return False
        rest = [i for i in range(k, e - 1) if words[i].text != ","]
        when = self._set_off_time_clause(k, e)
        if when is not None:
            # "X said in the spring, when the audit began, “A.”", "X said Tuesday when asked
            # about it, “A.”": a clause of time dates the saying, whatever its words
            if when == k:
                return True
            rest = [i for i in rest if i < when]
            e = when
        if not rest:
            return told and k == e - 1
        if not (words[rest[0]].upos in ("ADP", "ADV") or words[rest[0]].lower in _CUE_ADJUNCTS
                or _time_word(words[rest[0]]) or words[rest[0]].lower == "to"):
            return False  # ("responds to Roe with, “A?”": a parse's "to" may be a PART)
        particle = rest == [k] and words[k].lower in _CUE_PARTICLES and is_cue_word(words[k - 1])
        # "X responded to Y with, “A?”": what the reply was made with is the quote
        particle = particle or words[rest[-1]].lower == "with" and any(
            words[x].lemma in _REPLY_LEMMAS and is_cue_word(words[x])
            for x in range(max(0, k - _NAME_WORDS), k))
        if words[rest[-1]].upos == "ADP" and not particle or any(
                words[i].upos == "DET" and words[i - 1].upos not in ("ADP", "DET") and
                words[i - 1].text != "," and self._past_time_phrase(i, e) == i
                for i in rest[1:]):
            # "told another to, “A”": a preposition with no noun (not the particle of
            # "pointed out, “A”", "weighed in, “A”"); "noted on Twitter the
            # change from the slogan, “A”": a determiner past a phrase opens the object
            return False
        return all(self.in_quote[i] < 0 and (words[i].upos not in ("VERB", "AUX") or
                                             self._ing_noun(i, rest)) and
                   words[i].lower not in ("that", "whether", "if") and
                   not is_cue_word(words[i]) and not _direct_cue(words[i]) and
                   words[i].text not in (";", ":") and words[i].text not in _DASHES and
                   (words[i].lower in _CUE_ADJUNCTS or words[i].is_capitalised or
                    i == rest[0] and words[i].lower == "to" or
                    _time_word(words[i]) or words[i].upos in ("ADP", "NUM", "DET", "ADV") or
                    self._in_phrase(i, rest) or self._joins_adverbs(i, rest) or
                    self._ing_noun(i, rest)) for i in rest)

    def _set_off_time_clause(self, k: int, e: int) -> int | None:
        """The first word of a clause of time ("when", "after", "before", "while", "as",
        "once") that ends the frame words [k, e) at the comma before the quote opening at
        ``e``, right after the cue or after a comma or an adjunct ("said, when asked, “A”",
        "said in the spring, when the audit began, “A”", "said Tuesday when asked about
        it, “A”"), with no quote, dash or stronger stop in it; or None."""
        words = self.words
        x = next((x for x in range(k, e - 2) if words[x].lower in _FRAME_TIME_SUBORDINATORS),
                 None)
        if x is None or x > k and words[x - 1].text != "," and words[x - 1].upos == "VERB" or \
                not all(self.in_quote[y] < 0 and words[y].text not in (";", ":") and
                        words[y].text not in _DASHES for y in range(x, e - 1)):
            return None
        return x

    def frame_only_between(self, c: int, e: int) -> bool:
        """True when the words between the cue that ends at word ``c`` and the quote that
        opens at word ``e`` are only the one told or asked, adjuncts or adverbs, before a
        quote that is a whole sentence ("Kim wrote back, “A.”", "Kim asked the room,
        “A?”", "Kim said back in the summer: “A.”"): a reported statement made of them and
        the quote is the quote alone, direct."""
        ad = self._addressee(c, e) or self._asked_object(c, e)
        return self._adjunct_set_off(c + 1 if ad is None else ad[1], e, ad is not None)

    def _ing_noun(self, i: int, rest: list[int]) -> bool:
        """True when word ``i`` is a noun in "-ing" that ends a phrase of the words
        ``rest`` after a noun or modifier ("before a Senate budget [hearing]", "at a
        [briefing]"), which a tagger without a model reads as a verb; not one with an
        object after it ("in a statement [announcing] the plan")."""
        words = self.words
        return words[i].lower.endswith("ing") and i - 1 in rest and \
            words[i - 1].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and \
            (i + 1 not in rest or words[i + 1].upos == "ADP") and self._in_phrase_chain(i, rest)

    def _joins_adverbs(self, i: int, rest: list[int]) -> bool:
        """True when word ``i`` is "and" or "or" between two adverbs of the words ``rest``
        ("replied firmly and quietly")."""
        words = self.words
        return words[i].lower in ("and", "or") and i - 1 in rest and i + 1 in rest and \
            words[i - 1].upos == "ADV" and words[i + 1].upos == "ADV"

    def _asked_object(self, c: int, e: int) -> tuple[int, int] | None:
        """The one asked or told right after the cue at word ``c`` when a comma or colon
        ends it before word ``e`` ("asked the crowd, “A?”", "asked the buzzing crowd,
        “A?”"), where :meth:`_addressee` finds none (it keeps the one asked only before a
        question it can read)."""
        words = self.words
        if words[c].lemma not in ("ask", "tell"):
            return None
        np = (c + 1, c + 2) if c + 2 < e and words[c + 1].lower in _OBJECT_PRONOUNS else \
            self._np_forward(c + 1, e)
        if np is not None and np[0] == c + 1 and np[1] < e and (
                words[np[1]].text in (",", ":") or
                words[np[1]].upos == "ADP" and words[e - 1].text in (",", ":")):
            return np  # (an adjunct after the one asked: "asked the crowd at the rally, “A?”")
        # "asked the buzzing crowd, “A?”", "asked the packed hall: “A?”": a participle that
        # modifies the noun after it, which a tagger reads as a verb, ends no phrase
        k = c + 1
        while k < e and k - c <= _NAME_WORDS and (
                words[k].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or
                words[k].upos == "VERB" and words[k].lower.endswith(("ing", "ed")) and
                k + 1 < e and words[k + 1].upos in ("NOUN", "ADJ")) and self.in_quote[k] < 0:
            k += 1
        return (c + 1, k) if c + 1 < k < e and words[k].text in (",", ":") and \
            words[k - 1].upos in ("NOUN", "PROPN") else None

    def _set_off_to(self, k: int, e: int) -> bool:
        """True when words [k, e) are only a comma and an apposition or a relative clause
        it sets off, with no cue, quote or stronger stop (", a spokesman for the city", ",
        who has led the petition drive"), at most ``_SET_OFF_WORDS`` words."""
        words = self.words
        if k + 1 >= e or e - k > _SET_OFF_WORDS or words[k].text != "," or \
                not (words[k + 1].lower in _CLAUSE_RELATIVES or
                     words[k + 1].upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM")):
            return False
        return not any(self.in_quote[x] >= 0 or words[x].text in (";", ":") or
                       words[x].text in _DASHES or _direct_cue(words[x])
                       for x in range(k + 1, e))

    def _clausal_opener(self, seq: list[int], j: int) -> bool:
        """True when the lead-in ``seq`` opens with a phrase (a capitalised preposition)
        whose noun a clause modifies, and the cue at ``seq[j]`` stands in that clause: "In
        what may be the first time the unions and the Chamber have agreed on anything, the
        group is calling on the mayor to “...”", "In a year when rivals claimed A, the
        group said B" (the main clause after the comma frames the quote); not "In his
        speech Doe said that ...", whose cue is the main clause's own."""
        words = self.words
        if words[seq[0]].upos != "ADP" or j < 2:
            return False
        comma = next((y for y in range(j + 1, len(seq)) if words[seq[y]].text == ","), len(seq))
        # (not "In a talk that aired Sunday Doe said that if it passed, A would “...”": a
        # clause the cue opens before the comma holds the comma's)
        return any(words[x].lower in _OPENER_CLAUSE_WORDS for x in seq[1:j]) and \
            not any(words[x].lower in _LEAD_SUBORDINATORS or words[x].lower == "that"
                    for x in seq[j + 1:comma])

    def _reporting_subject(self, np: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The subject of a reporting verb whose that-clause the cue's subject ``np`` opens
        ("The Journal notes that Y tweeted ... “...”", "prosecutors say that he told an
        agent, “...”": the Journal, prosecutors), as a parse climbs from a complement to
        the verb that reports it; else None."""
        words = self.words
        t = np[0] - 1
        if t - 1 < limit or words[t].lower != "that" or words[t].upos != "SCONJ":
            return None
        c = t - 1
        if not is_cue_word(words[c]) or self._noun_use(c, limit):
            return None
        outer, _ = self._subject_of_cue(c, limit)
        return outer if outer is not None and outer[1] <= c else None

    def _possessed_noun(self, i: int, limit: int) -> bool:
        """True for a cue form that is also a noun, after a possessive and at most two names
        or nouns ("Smith’s Russia Remarks", "the mayor's budget remarks"): the noun a
        headline's capitals or the tagger may take for a verb, not from ``limit`` on."""
        words = self.words
        if words[i].lower not in _NOUN_CUE_FORMS:
            return False
        j = i - 1
        while j >= limit and i - j <= 2 and words[j].upos in ("PROPN", "NOUN") and \
                not _possessive_mark(words[j]):
            j -= 1
        return j >= limit and _possessive_mark(words[j])

    def _later_clause_speaker(self, seq: list[int], j: int) -> tuple[int, int] | None:
        """The subject of a clause of its own that follows the clause of the cue at
        ``seq[j]`` after ", and", "- but" or ";" and runs into the quote, when the cue takes a
        noun phrase as its object ("X mentioned Y, and the crowd reprised the chant “...”",
        "X proposed a debate - but Y rejected the idea as “...”": the crowd, Y); None when
        the cue takes a clause ("X said A, but most were “...”" stays X's), the later
        clause has a cue of its own or its subject cannot speak."""
        words = self.words
        c, end = seq[j], seq[-1] + 1
        if c + 1 >= end or c > 0 and words[c - 1].lower == "to":
            return None  # "to counter threats, but ...": no clause of the cue's own
        obj = self._np_forward(c + 1, end)
        if obj is None or obj[0] != c + 1 or obj[1] >= end or words[c + 1].lower == "that" or \
                words[obj[1]].upos in ("VERB", "AUX"):
            return None
        joint = next((y for y in range(len(seq) - 2, j, -1)
                      if words[seq[y]].text == ";" or
                      words[seq[y]].text in _DASHES | {","} and
                      words[seq[y + 1]].lower in _COORDINATORS), None)
        if joint is None or seq[joint] < obj[1]:
            return None
        start = seq[joint] + 1 + (words[seq[joint] + 1].lower in _COORDINATORS)
        if start < end:
            # "and at one point the crowd", "and later the crowd"
            start = self._skip_adjuncts(self._past_prepositional(start, end), end)
        # a parse climbs from the later clause to the outermost one unless read as a
        # quote's own clause, whose climb stops at a coordinated clause with a subject
        sub = self.clause_subject(start, end, deep=self._parsed(start)) if start < end else None
        if (sub is None or sub[0] < start) and start < end and self._parsed(start):
            # "and at one point the crowd loudly reprised the chant": a parse that takes
            # the crowd for a word on the adverb leaves the clause no subject; read its words
            sub = self.clause_subject(start, end, deep=True, unparsed=True)
        if sub is None or sub[0] < start or words[sub[0]].lower in _RELATIVES or \
                any(_direct_cue(words[x]) for x in range(sub[1], end)) or \
                not (self.is_named_or_pronoun(sub) or self.is_speaking_noun_phrase(sub)):
            return None
        return sub

    def _parsed_later_conjunct_subject(self, c: int, q: int) -> tuple[int, int] | None:
        """The subject of a verb that the parse joins as a conjunct (not to cue ``c``) after
        ``c``, with a subject of its own between ``c`` and the quote that opens at word
        ``q``, when the quote hangs from that verb and not from ``c`` ("X pledged to visit
        A and he has used that fact to attack Y for not campaigning “...”": he); None
        otherwise (not "X said A and Y was “...”", whose conjunct the parse hangs from the
        cue or from a verb the cue governs)."""
        words = self.words
        k = next((x for x in range(q, min(len(words), q + 4)) if not words[x].is_punct), None)
        if k is None or not self._parsed(k) or words[k].sent != words[c].sent or \
                self._above(c, k):
            return None
        steps = 0
        while k >= 0 and steps < 12:
            v = words[k]
            if v.deprel == "conj" and c < k < q and v.head != c and \
                    v.upos in ("VERB", "AUX"):
                x = self._parse_subject(v, after=False)
                if x is not None and c < x.i < k and x.deprel.startswith("nsubj") and \
                        (x.is_pronoun or x.upos == "PROPN"):
                    return self.expand_mention(x.i)
                return None
            k, steps = v.head, steps + 1
        return None

    def _carrier_holder(self, np: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The one who holds up, carries or prints the sign, banner or cover ``np`` that
        "says" the quote: "nurses carrying signs saying “...”", "the paper ran a cover
        saying “...”" (a sign that stands alone, "A sign read “...”", keeps the sign)."""
        words = self.words
        if words[np[1] - 1].lower not in _CARRIER_NOUNS:
            return None
        v = np[0] - 1
        if v < limit or words[v].lemma in SPEECH_VERBS or \
                words[v].upos != "VERB" and words[v].lower not in ("do", "did", "does"):
            return None
        if words[v].lower.endswith("ing") and words[v].upos == "VERB":
            # "a man carrying a sign saying": the man; "X amassed at the hall, chanting and
            # carrying signs saying": the clause's subject
            sub = self._np_back(v - 1, limit) if v - 1 >= limit and \
                words[v - 1].upos in ("NOUN", "PROPN") else self._participle_host(v, limit)
        elif v - 2 >= limit and words[v - 1].lower == "to":
            # "prompted the paper to run a cover saying": the object the infinitive hangs
            # on; "The union plans to carry signs": the subject of the verb before
            sub = self._np_back(v - 2, limit) if words[v - 2].upos in ("NOUN", "PROPN", "PRON") \
                else self._subject_of_cue(v - 2, limit)[0]
        else:
            sub, _ = self._subject_of_cue(v, limit)
        if sub is None or sub[1] > np[0] or words[sub[1] - 1].lower in _CARRIER_NOUNS or \
                words[sub[1] - 1].upos not in ("NOUN", "PROPN", "PRON"):
            return None
        return sub

    def _participle_host(self, v: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase before the finite verb of the clause that participle ``v``
        follows after a comma ("the nurses had gathered at the hall, chanting and carrying
        ..."): the one doing what the participle says; None if no such clause."""
        words = self.words
        comma = False
        for p in range(v - 1, max(limit, v - _WINDOW), -1):
            w = words[p]
            if self.in_quote[p] >= 0 or w.text in (";", ":", "—", "–"):
                return None
            if w.text == ",":
                comma = True
            elif comma and w.upos in ("AUX", "VERB") and \
                    words[p - 1].upos in ("NOUN", "PROPN", "PRON"):
                return self._np_back(p - 1, limit)
        return None

    def _inside_reported_clause(self, seq: list[int], j: int) -> bool:
        """True when the cue ``seq[j]`` sits in the clause an earlier speech verb reports,
        with no comma between them: "X said (that) she rarely asks ...", the earlier
        verb's object clause opening with a personal pronoun."""
        words = self.words
        addressee = self._addressee(seq[j], seq[-1] + 1)
        if addressee is not None and addressee[1] - 1 == seq[-1]:
            return False  # "X said he asked them, “...”": the question he asked
        for j0 in range(j - 1, max(-1, j - 8), -1):
            w0 = words[seq[j0]]
            if w0.text in (",", ";", ":"):
                return False
            if w0.lemma in SPEECH_VERBS and _direct_cue(w0) and j0 + 1 < j:
                nxt = words[seq[j0 + 1]]
                if nxt.lower == "that" and j0 + 2 < j:
                    nxt = words[seq[j0 + 2]]
                return nxt.is_pronoun and _personal_pronoun(nxt) and nxt.lower != "it"
        return False

    def _main_clause_subject(self, seq: list[int], j: int, last_comma: int
                             ) -> tuple[tuple[int, int], str] | None:
        """The subject of the cue at ``seq[j]`` found within the main clause after an opening
        subordinate clause ("When X was asked if ..., he laughed and said, “...”": he, not
        X), or None when the lead-in opens no such clause or the main clause before the
        cue names nobody ("When asked, Doe, a lawyer, said": read as usual)."""
        words = self.words
        if last_comma < 0 or j <= last_comma + 1 or not words[seq[0]].is_capitalised or \
                words[seq[0]].lower not in _LEAD_SUBORDINATORS:
            return None
        np, how = self._subject_of_cue(seq[j], seq[last_comma] + 1)
        return (np, how) if np is not None else None

    def _as_source_cue(self, c: int, limit: int) -> bool:
        """True when cue word ``c`` closes an "as" phrase that names a source for the
        sentence ("As the Ledger reported, the White House refused ...: “...”"), not a
        clause of its own whose subject the quote's clause outranks."""
        words = self.words
        np = self._np_back(self._skip_back(c - 1, limit), limit) if c - 1 >= limit else None
        return np is not None and c + 1 < len(words) and words[c + 1].text == "," and (
            words[np[0]].lower == "as" or np[0] - 1 >= limit and words[np[0] - 1].lower == "as")

    def _relative_without_cue(self, sub: tuple[int, int], end: int) -> bool:
        """True when the subject ``sub`` is a relative pronoun whose clause, up to ``end``,
        holds no cue ("X, who was responsible for the file: “...”"): a modifier of the
        noun before it, not the clause that speaks (unlike "the report, which notes, “...”")."""
        words = self.words
        return words[sub[0]].lower in _CLAUSE_RELATIVES and \
            not any(_direct_cue(words[x]) for x in range(sub[1], end))

    def _unreported_cue(self, c: int, limit: int) -> bool:
        """True when the subject of cue word ``c`` (its words from ``limit``) made no
        statement: a proposal after "should" or "must" ("the party should reiterate its
        support for “...”"), or a passive without its agent ("the name was announced", "an
        “error” that was reported"); not "X is said to have called it “...”"."""
        words = self.words
        if words[c].lemma == "report" and self._reports_to(c):
            return True
        k = c - 1
        while k >= limit and (words[k].upos == "ADV" or words[k].lower in _NEGATIONS):
            k -= 1  # "should not ask", "was also told"
        if k < limit:
            return False
        aux = words[k].lower
        if aux in _PROPOSAL_MODALS or aux == "to" and k - 1 >= limit and \
                words[k - 1].lower == "ought":
            return True
        cue = words[c]
        participle = cue.lower.endswith("ed") or cue.lower in _IRREGULAR_PARTICIPLES
        after = words[c + 1].lower if c + 1 < len(words) else ""
        return aux in _PASSIVE_AUX and participle and cue.lemma not in _PASSIVE_SPEAKER_CUES \
            and after not in ("by", "to")

    def _reports_to(self, c: int) -> bool:
        """True when "report" at word ``c`` says whom its subject answers to, with nothing
        reported ("a czar who reports directly to the mayor, and ..."): "to" and a noun phrase
        after it that a comma, a stop or "and" ends."""
        words = self.words
        k = c + 1
        while k < len(words) and words[k].upos == "ADV" and self.in_quote[k] < 0:
            k += 1  # "reports directly to"
        if k + 1 >= len(words) or words[k].lower != "to" or self.in_quote[k + 1] >= 0:
            return False
        np = self._np_forward(k + 1, min(len(words), k + 1 + _NAME_WORDS + 2))
        e = np[1] if np is not None else len(words)
        return e + 1 < len(words) and self.in_quote[e] < 0 and self.in_quote[e + 1] < 0 and \
            words[e].text in (",", ".", ";", "and")  # not 'reported to X, “A”'

    def _phrasal_retort(self, seq: list[int], tail_punct: str) -> Attribution | None:
        """The subject of a phrasal cue that ends the words ``seq`` before a quote, after which
        only ``tail_punct`` (a comma or a colon) stands: "Reed shot back, “...”", "Doe
        chimed in: “...”" (the tagger may read the verb as a noun)."""
        words = self.words
        if len(seq) < 3 or tail_punct[:1] not in (",", ":"):
            return None
        particle, verb = words[seq[-1]], words[seq[-2]]
        if verb.lower not in _PHRASAL_CUES.get(particle.lower, ()):
            return None
        np = self._np_back(self._skip_back(seq[-3], seq[0]), seq[0])
        if np is None or not (self.is_named_or_pronoun(np) or self._loose_subject(*np)):
            return None  # "Reed shot back": a name the tagger read as a noun
        return Attribution(np, (seq[-2], seq[-1] + 1), None, 0.8, "X verb:")

    def _without_quote_formula(self, seq: list[int]) -> list[int]:
        """The words ``seq`` before a quote without the writer's formula that ends them, set
        off by a comma ("X said, [and I quote,] “...”"): X's frame, not the writer's."""
        words = self.words
        for n in (3, 2):
            if len(seq) > n and [words[x].lower for x in seq[-n:]] == \
                    ["and", "i", "quote"][3 - n:] and words[seq[-n - 1]].text == ",":
                return seq[:-n - 1]
        return seq

    def _absolute_clause(self, clause: list[int]) -> bool:
        """True when the words ``clause`` before a quote are an absolute phrase "with X
        V-ing" whose X can speak ("with Sen. Jane Doe calling it a")."""
        words = self.words
        if len(clause) < 3 or words[clause[0]].lower != "with":
            return False
        v = next((x for x in clause[2:] if words[x].upos == "VERB" and
                  words[x].lower.endswith("ing")), None)
        np = self._np_back(v - 1, clause[1]) if v is not None else None
        return np is not None and np[0] == clause[1] and self._absolute_speaker(np)

    def _relative_naming(self, seq: list[int]) -> Attribution | None:
        """The subject of a relative clause of naming that ends right before a quote, the
        words before it being ``seq`` ("..., whom he described as", "which she called a"):
        the one who names what the relative stands for speaks the name."""
        words = self.words
        # the last clause stop or verb of naming within _NAMED_OBJECT_WORDS of the quote
        # (``seq`` ascends: the walk back stops at the first word farther than that, not at
        # the start of the lead-in)
        c = None
        top = seq[-1]
        for x in reversed(seq):
            if top - x >= _NAMED_OBJECT_WORDS:
                break
            if words[x].text in _CLAUSE_STOPS or self._naming_verb(x):
                c = x
                break
        if c is None or c - 2 < seq[0] or words[c].text in _CLAUSE_STOPS:
            return None
        # "whom he called", "who Jane Doe on Monday called", "which he has called"
        np = self._np_back(c - 1, seq[0]) or self._np_back(self._skip_back(c - 1, seq[0]), seq[0])
        # the verb names the quote itself ("called “...”", "described as “...”"), so a
        # "that" before its subject is the relative, its object; not "reports that Doe
        # called the winner “...”", where "that" opens the report's clause
        bare = c == seq[-1] or c + 1 == seq[-1] and words[seq[-1]].lower == "as"
        if np is not None and bare:
            # "a move that critics called", "fares, which critics called": the noun phrase
            # may run over a relative "that" or "which"; the subject of "called" follows it
            np = next(((x + 1, np[1]) for x in range(np[1] - 2, np[0] - 1, -1)
                       if self._relative_after_noun(x, seq[0])), np)
        zero = bare and np is not None and self._zero_relative(np)
        if zero and np is not None:
            np = (np[0] + 2, np[1])  # "a figure critics call": "critics call" it so
        if np is None or np[0] - 1 < seq[0] or not (zero or self.is_named_or_pronoun(np)) or \
                words[np[0] - 1].lower not in _NAMING_RELATIVES and not zero and \
                not (bare and self._relative_after_noun(np[0] - 1, seq[0])):
            return None
        return Attribution(np, (c, c + 1), None, 0.8, "which X called")

    def _zero_relative(self, np: tuple[int, int]) -> bool:
        """True when the noun phrase ``np`` before a verb of naming runs over a relative
        clause without "that": "a" and a singular noun, then a name or a plural noun of
        people, which "a" cannot open ("a figure critics call", "a sum Jane Doe calls", "a
        figure campaigners call")."""
        words = self.words
        a, b = np
        if b - a < 3 or words[a].lower not in _SINGULAR_DETERMINERS:
            return False
        noun, last = words[a + 1], words[b - 1]
        if noun.upos != "NOUN" or noun.is_capitalised or noun.lower.endswith("s"):
            return False
        return words[a + 2].ner.endswith(("PERSON", "ORG")) and last.ner == words[a + 2].ner \
            or (_person_word(last) or last.lower in UNNAMED_SOURCE_NOUNS) and \
            last.lower.endswith("s") and \
            all(not w.is_capitalised or w.ner != "O" for w in words[a + 2:b])

    def _relative_after_noun(self, x: int, limit: int) -> bool:
        """True for a relative "that" or "which" at word ``x`` (not before ``limit``) right
        after a noun or a comma, its antecedent's end ("a move that", "fares, which")."""
        words = self.words
        return x > limit and words[x].lower in ("that", "which") and \
            (words[x - 1].upos == "NOUN" or words[x - 1].text == ",")

    def _named_opening(self, a: int, b: int) -> tuple[int, int] | None:
        """A name or pronoun that opens the clause on words [a, b) with more words after it,
        its verb one the tagger may have missed ("..., Hillary shot back, “...”")."""
        words = self.words
        while a < b and words[a].is_punct:
            a += 1
        np = self._np_forward(a, b)
        if np is None or np[0] != a or np[1] >= b or not self.is_named_or_pronoun(np):
            return None
        nxt = words[np[1]]
        if nxt.is_punct or nxt.upos in ("ADP", "CCONJ", "SCONJ") or nxt.lower in _RELATIVES:
            return None
        if np[1] - np[0] > 1 and words[np[1] - 2].is_capitalised and \
                words[np[1] - 1].text.islower() and not _person_word(words[np[1] - 1]):
            return np[0], np[1] - 1  # "Hillary shot [back]": the verb read as a noun
        return np

    def _object_before_colon(self, np: tuple[int, int]) -> bool:
        """True when the name ``np`` before a colon is the object of a verb or a preposition
        ("delivered a message to Trump:", "quoting Jane Doe:"): the lead-in's subject
        speaks, not the name; not a source after "by" or "from" ('“Headline,” by Jane Doe:').
        "to" counts whatever its tag: a parser may tag it PART before a noun ("spelled out
        what was wrong to the weekly Harbor Times:")."""
        w = self.words[np[0] - 1] if np[0] > 0 else None
        return w is not None and not w.is_punct and w.lower not in ("by", "from") and \
            (w.upos in ("ADP", "VERB", "AUX") or w.lower == "to")

    def generic_heading(self, a: int, colon: int) -> bool:
        """True when the words [a, colon] are a roundup's heading on a paragraph of its own,
        "What" and a subject that names no one, then a colon ("What they said:", "What
        people are saying:"): no speaker for the quotes under it; not "What the mayor
        said:" nor "What she said:" run on in a paragraph."""
        words = self.words
        return colon + 1 < len(words) and a + 2 < colon and words[a].lower == "what" and \
            words[a + 1].lower in _HEADING_GENERIC_SUBJECTS and words[colon].text == ":" and \
            (a == 0 or words[a - 1].par != words[a].par) and \
            words[colon + 1].par != words[colon].par

    def label_names_speaker(self, np: tuple[int, int]) -> bool:
        """True when the words ``np`` alone before a colon name who speaks ("Doe:", "Mayor:",
        "Partial transcript as follows:"): a phrase longer than a label, a named entity, a
        pronoun, a word for people, or a word the article tags as a name elsewhere ("Doe:"
        over "Jane Doe said"); not a label of a word or two ("Update:", "Correction:",
        "Editor's note:", "Watch:"), which a tagger may take for a name at the head of a
        line."""
        ws = self.words[np[0]:np[1]]
        head = ws[-1]
        if any(w.lower in _QUOTE_LABEL_NOUNS for w in ws) and \
                not any(w.ner.endswith(("PERSON", "ORG")) or _person_word(w) for w in ws):
            return False  # "Quotes of the week:", "Quote of the day:": a roundup's heading
        if sum(not w.is_punct and w.upos != "PART" for w in ws) > _LABEL_WORDS or \
                any(w.ner not in ("O", "") or w.upos == "NUM" for w in ws) or \
                _person_word(head) or \
                len(ws) == 1 and head.is_pronoun and head.lower not in _THING_PRONOUNS:
            return True
        if not head.is_capitalised:
            return False
        for n, m in enumerate(re.finditer(rf"\b{re.escape(head.text)}\b", self.W.text)):
            if n >= _LABEL_NAME_LOOKS:
                break
            w = self.words[self.W.index_at(m.start())]
            if w.i != head.i and w.text == head.text and (w.upos == "PROPN" or
                                                          w.ner not in ("O", "")):
                return True
        return False

    def _from_label(self, a: int, k: int) -> bool:
        """True when the words [a, k) are a source label's "From" or "More from" ("More from
        the report: “...”")."""
        labels = [w.lower for w in self.words[a:k]]
        return labels in (["from"], ["more", "from"])

    def _signed_lead(self, seq: list[int]) -> tuple[int, int] | None:
        """The name that fills the words ``seq`` after their last dash, as a signature line
        does ("Pollsters agree - Jane Doe, a pollster"), or None."""
        dash = next((j for j in range(len(seq) - 1, 0, -1)
                     if self.words[seq[j]].text in _DASHES), None)
        if dash is None or dash + 1 >= len(seq):
            return None
        a = seq[dash + 1]
        if self.words[a].par != self.words[a - 1].par:
            return None
        return self.signed_name(a, seq[-1] + 1)

    def previous_colon_lead(self, q: QuoteSpan) -> Attribution | None:
        """A lead-in sentence ending with a colon just before the quote ("X continued:")."""
        words = self.words
        first = self.W.index_at(q.start)
        k = first - 1
        if k >= 0 and words[k].text == "." and \
                words[k].par == words[min(first, len(words) - 1)].par:
            return self._cue_sentence_lead(k)
        if k < 0 or words[k].text != ":":
            return None
        # the lead-in runs back to its sentence start (or the previous quote)
        a = k
        while a - 1 >= 0 and words[a - 1].sent == words[k].sent and self.in_quote[a - 1] < 0:
            a -= 1
        if a == k and a - 1 >= 0 and words[a - 1].par == words[k].par and \
                self.in_quote[a - 1] < 0:
            # a splitter that ends the sentence at an abbreviation's full stop before the
            # colon ("Rep. Jane Doe (R-S.C.):"): the lead-in is the sentence before
            s = words[a - 1].sent
            while a - 1 >= 0 and words[a - 1].sent == s and self.in_quote[a - 1] < 0:
                a -= 1
        if self.generic_heading(a, k):
            return None  # "What people are saying:" heading a roundup
        found = self._before_pattern(list(range(a, k + 1)))
        if not found:
            comma = self._venue_participle(a, k)
            if comma is not None:
                # "According to X, writing for the Ledger:": the frame before the
                # participle of where the words ran
                found = self._before_pattern(list(range(a, comma + 1)))
        if found:
            return self._without_subordinator(found[0])
        # "Cruz called them on it:" -- no reporting verb, but a subject (read from the words
        # when the parse finds none: "X, a group, emailed a link with one sentence:" parsed
        # with the name for its root)
        sub = self._own_clause_subject(a, k) or self.clause_subject(a, k)
        if sub is None and self._parsed(a):
            sub = self.clause_subject(a, k, unparsed=True)
        elif sub is not None and self._parsed(a) and self._mute_thing(sub):
            # "X supports A, opposes B and recalled the freeze on pay:": a parse that takes
            # a thing that cannot speak for the subject; the words' subject speaks
            # (from the sentence's start when a quote cuts the lead-in from its subject)
            surface = self.clause_subject(a, k, unparsed=True) or \
                self.clause_subject(self._sentence_range(a)[0], k, unparsed=True)
            if surface is not None and self._speaks(surface):
                sub = surface
        if sub is not None and not (sub[1] - sub[0] == 1 and
                                    words[sub[0]].lower in _THING_PRONOUNS) and \
                not self._relative_without_cue(sub, k):  # "It gets worse:", "who ran it:"
            return Attribution(sub, None, None, 0.75, "lead-in sentence:")
        return self._release_lead(a, k) or self._text_subject_lead(a, k)

    def _venue_participle(self, a: int, k: int) -> int | None:
        """The comma before a closing participle of speech and the venue it names, in
        words [a, k) ("..., writing for the Ledger", "..., speaking on Fox"), else None."""
        words = self.words
        for c in range(k - 1, max(a, k - 10), -1):
            w = words[c]
            if w.text == ",":
                nxt = words[c + 1]
                if c + 2 < k and nxt.lower.endswith("ing") and \
                        REPORTING_VERB_FORMS.get(nxt.lower) is not None and \
                        words[c + 2].lower in VENUE_PREPOSITIONS:
                    return c
                return None
            if w.upos in ("VERB", "AUX") and c > a and words[c - 1].text != ",":
                return None
        return None

    def _own_clause_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """For a lead-in [a, k) that a quote before it cuts from its sentence's start ('X
        said A is “B,” but he gave Y a compliment:'), the parse subject of the clause it
        holds, when that subject lies in it: the lead-in's own, not the subject of the
        clause before the quote that the parse hangs it from (X)."""
        words = self.words
        if not self._parsed(a) or self.W.sentences[words[a].sent][0] == a:
            return None
        roots = [i for i in range(a, k) if not a <= words[i].head < k]
        verb = next((i for i in roots if words[i].upos in ("VERB", "AUX")), None)
        if verb is None:
            return None
        x = self._parse_subject(words[verb], after=False)
        if x is None or not a <= x.i < k:
            return None
        return self._antecedent(self.expand_mention(x.i), words[verb])

    def _label_owner(self, a: int, k: int) -> tuple[int, int] | None:
        """The possessor of a lead-in [a, k) that is only a possessive and a noun of a
        message ("Her message:", "The mayor's blunt answer:"), the quote's speaker; None
        for any other lead-in."""
        words = self.words
        to = next((x for x in range(a + 2, min(k - 1, a + _POSSESSIVE_LABEL_WORDS + 1))
                   if words[x].lower in _LABEL_PREPOSITIONS), None)
        if to is not None and k - to <= _ADDRESSEE_LABEL_WORDS and \
                words[to - 1].lower in _MESSAGE_LABEL_NOUNS and \
                not any(words[x].upos in ("VERB", "AUX") or words[x].is_punct
                        for x in range(to + 1, k)):
            # "His message to the crowd:", "The mayor's answer to critics:", "The coach's
            # verdict after the loss:" (the occasion of the words)
            k = to
        if not 1 < k - a <= _POSSESSIVE_LABEL_WORDS or \
                words[k - 1].lower not in _MESSAGE_LABEL_NOUNS or \
                any(words[x].upos in ("VERB", "AUX") or words[x].is_punct
                    for x in range(a, k - 1)):
            return None
        # modifiers of the noun: adjectives, or a noun ("Doe's stock answer")
        if words[a].lower in _POSSESSIVE_PRONOUNS and \
                all(words[x].upos in ("ADJ", "NOUN") for x in range(a + 1, k - 1)):
            return (a, a + 1)
        mark = next((x for x in range(a + 1, k - 1) if _possessive_mark(words[x])), None)
        if mark is None or not all(words[x].upos in ("ADJ", "NOUN")
                                   for x in range(mark + 1, k - 1)):
            return None
        owner = (a, mark)
        return owner if self.is_named_or_pronoun(owner) else None  # not "Editor's note:"

    def _text_subject_lead(self, a: int, k: int) -> Attribution | None:
        """A lead-in [a, k) whose subject is a text or record and whose verb is no verb of
        speech ("A footnote in the audit makes that clear:", "The memo, dated May 2, puts it
        plainly:"): the text speaks the quote after the colon, as it does with "says";
        also a lead-in that is only "From" or "More from" and a text ("More from the
        report:").  None otherwise ("The hearing went on:", a thing that says nothing)."""
        words = self.words
        # "More from the report:", also after a dash that closes the writer's own words
        f = max((x + 1 for x in range(a, k) if words[x].text in _DASHES), default=a)
        while f < k and (words[f].is_punct or words[f].lower in ("but", "and", "more")):
            f += 1
        if f + 1 < k and words[f].lower == "from" and f - a <= 2 or \
                f + 1 < k and words[f].lower == "from" and words[f - 1].lower == "more":
            np = self._np_forward(f + 1, k)
            if np is not None and np[1] == k and _text_noun(words[k - 1]):
                return Attribution(np, None, None, 0.6, "lead-in sentence:")
            return None
        s = a
        while s < k and (words[s].is_punct or words[s].lower in ("but", "and")):
            s += 1
        np = self._np_forward(s, k)
        if np is None or np[1] >= k or not _text_noun(words[np[1] - 1]) or \
                words[np[0]].lower in _POSSESSIVES or self._sent_by_someone(np, k):
            return None
        j = self._skip_adjuncts(self._past_set_offs(
            self._past_prepositional_phrases(np[1], k), k), k)
        if j >= k or words[j].upos not in ("VERB", "AUX") or words[j].lower.endswith("ing"):
            return None
        return Attribution(np, None, None, 0.6, "lead-in sentence:")

    def _release_lead(self, a: int, k: int) -> Attribution | None:
        """A lead-in [a, k) that puts out a message right before its colon ("The club's
        owner, Jane Doe, issued a short statement:", "The league released a statement:"):
        the noun phrase that opens it, any noun, issued the quote after it."""
        words = self.words
        v = next((x for x in range(max(a + 1, k - _RELEASE_LEAD_WORDS), k)
                  if words[x].lower in RELEASE_FORMS and words[x].upos == "VERB"), None)
        if v is None or not any(words[y].lower in MESSAGE_NOUNS for y in range(v + 1, k)):
            return None
        sub = self._opening_subject_of(a, v) or self._opening_subject(a, v)
        if sub is None and words[v - 1].text == ",":
            # "The club's owner, Jane Doe, issued": the name set off after the role
            name = self._np_back(v - 2, a)
            role = self._np_back(name[0] - 2, a) if name is not None and name[0] - 2 >= a \
                and words[name[0] - 1].text == "," else None
            if name is not None and role is not None and role[0] == a and \
                    self._names_person(name):
                sub = name
        if sub is None or self.in_quote[sub[0]] >= 0:
            return None
        return Attribution(sub, None, None, 0.7, "lead-in sentence:")

    def signature_line(self, start: int, end: int) -> Attribution | None:
        """A quote paragraph [start, end) signed by a dash line, on the same line ('“...” ―
        Jane Doe') or as the next one ('“...”\n\n- Jane Doe, a teacher.'): the name speaks."""
        W, words = self.W, self.words
        text = W.text
        p0, _ = W.paragraph_bounds(start)
        _, p1 = W.paragraph_bounds(end)
        if not _LIST_MARKER.fullmatch(text, p0, start):
            return None  # the quote is inside a sentence: 'Doe called him “A” – Reuters.'
        k = W.index_at(end)
        if k < len(words) and words[k].start < p1 and words[k].text in _DASHES and \
                not text[end:words[k].start].strip(" .\u00a0"):
            pass  # '“...” ― Jane Doe'
        elif not text[end:p1].strip(" .\u00a0"):
            k = W.index_at(p1)  # '“...”\n\n- Jane Doe'
            if k >= len(words) or words[k].text not in _DASHES or \
                    text[p1:words[k].start].strip():
                return None
        else:
            return None  # not a paragraph of its own: '... called him “A.”\n\n- Reuters.'
        _, line_end = W.paragraph_bounds(words[k].start)
        a = k + 1
        np = self.signed_name(a, W.index_at(line_end)) if a < len(words) and \
            words[a].par == words[k].par else None
        if np is None:
            return None
        return Attribution(np, None, None, 0.8, "signature line after the quote")

    def parenthesis_signature(self, start: int, end: int) -> Attribution | None:
        """A quote paragraph [start, end) signed by a name in parentheses that closes its
        line, as a roundup of quotes prints them ('“...” (Finance minister Ola Berg, on the
        budget.)'): the name speaks, over a heading's colon before it."""
        W, words = self.W, self.words
        text = W.text
        p0, _ = W.paragraph_bounds(start)
        _, p1 = W.paragraph_bounds(end)
        k = W.index_at(end)
        if k >= len(words) or words[k].text != "(" or words[k].start >= p1 or \
                text[end:words[k].start].strip(" .\u00a0") or \
                not _LIST_MARKER.fullmatch(text, p0, start):
            return None
        close = text.rfind(")", words[k].start, p1)
        if close < 0 or text[close + 1:p1].strip(" .\u00a0"):
            return None  # '“A” (in Spanish), she said.': more follows the parenthesis
        np = self.signed_name(k + 1, W.index_at(close))
        if np is None or not any(words[x].ner.endswith("PERSON") for x in range(*np)):
            return None  # a person's name: not "(Reuters)" or "(Photo: AP)"
        return Attribution(np, None, None, 0.8, "signature line after the quote")

    def signed_name(self, a: int, b: int) -> tuple[int, int] | None:
        """The name that fills a signature line on words [a, b), or None: a name with at most
        a comma apposition, a place or a handle in parentheses after it ("Jane Doe, a retired
        teacher, Ohio", "Jane Doe (@jdoe)"), not a sentence ("Jane Doe said it was late")."""
        words = self.words
        np = self._np_forward(a, b) if a < b else None
        if np is None or words[np[0]].is_pronoun or not self.is_named_or_pronoun(np) or \
                all(words[x].ner.endswith(("GPE", "LOC", "DATE")) for x in range(*np)):
            return None  # not a place or a date: "Updated Monday - Ohio: “...”"
        rest = words[np[1]:b]
        if rest and rest[0].text not in (",", "(", "."):
            return None  # "– Jane Doe said the plan was bad": a sentence after a dash
        if len(rest) > _SIGNATURE_WORDS or any(self._clause_verb(x, b) for x in range(np[1], b)):
            return None  # "– Jane Doe, the mayor, said ..."
        return np

    def _clause_verb(self, x: int, b: int) -> bool:
        """True for a word that makes a clause of a signature's apposition (ending before
        ``b``): an auxiliary or a verb that is no participle: "runs", "said", not "tweeting
        after the speech" or "a retired teacher"."""
        w = self.words[x]
        if w.upos == "AUX":
            return True
        if w.upos != "VERB" and not is_cue_word(w):
            return False
        if w.lower.endswith("ing"):
            return False
        return not (w.lower.endswith(("ed", "en")) and x + 1 < b and _nounish(self.words[x + 1]))

    def _cue_sentence_lead(self, k: int) -> Attribution | None:
        """A short sentence ending with its cue before the quote: "X agreed. “...”"; or with
        a verb of taking the floor ("Her husband cut in. “...”", "The judge interrupted me.
        “...”"), also in a clause after an earlier quote ("“A,” Doe said, and her husband
        cut in. “B”": B is his)."""
        words = self.words
        a = self._sentence_range(k)[0]
        turn = self._turn_taking_verb(k, a)
        if turn is not None:
            a = max([a] + [i + 1 for i in range(a, k) if self.in_quote[i] >= 0])
            # the noun phrase right before the verb, which a parse may not take for its
            # subject ("Doe said, and her husband cut in": "cut" read as a noun)
            sub = self._np_back(turn - 1, a)
            if sub is None or sub[1] != turn or not self.is_named_or_pronoun(sub):
                return None
            return Attribution(sub, (turn, turn + 1), None, 0.7, "lead-in sentence:")
        if k - a > 15 or any(self.in_quote[i] >= 0 for i in range(a, k)):
            return None
        c = k - 1
        while c > a and (words[c].lower in _CUE_ADJUNCTS or words[c].lower in _WEEKDAYS or
                         words[c].upos == "ADV"):
            c -= 1
        if c <= a or not is_cue_word(words[c]) or words[c].lower.endswith("ing"):
            return None
        if self._parsed(c):
            sub = self.syntax_subject(c)
            if sub is not None and sub[0] >= a:
                return Attribution(sub, (c, c + 1), None, 0.7, "lead-in sentence:")
        np, how = self._subject_of_cue(c, a)
        if np is None or how != "subject" or not self.is_named_or_pronoun(np):
            return None
        return Attribution(np, (c, c + 1), None, 0.7, "lead-in sentence:")

    def _turn_taking_verb(self, k: int, a: int) -> int | None:
        """The verb of taking the floor that ends the words [a, k) before a full stop at
        ``k`` ("cut in", "chimed in", "piped up", "interrupted me", "interjected"), else None."""
        words = self.words
        c = k - 1
        if c - 1 > a and words[c].lower in _OBJECT_PRONOUNS and \
                words[c - 1].lower in _INTERRUPT_VERBS:
            c -= 1  # "interrupted me"
        elif c - 1 > a and words[c].lower in ("in", "up") and \
                words[c - 1].lower in _FLOOR_VERBS.get(words[c].lower, ()):
            return c - 1
        return c if c > a and words[c].lower in _INTERRUPT_VERBS else None

    def reports_after(self, j: int, b: int) -> bool:
        """True when a reporting verb opens at word ``j`` before ``b``, adverbs and time
        phrases aside: the verb of a subject that ends before ``j`` ("The pastor [further]
        related that ...")."""
        v = self._skip_adjuncts(j, b)
        return v < b and is_cue_word(self.words[v])

    def speaks_right_after(self, np: tuple[int, int], k: int) -> bool:
        """True when noun phrase ``np`` is followed at once, before word ``k``, by a verb of
        reporting, stance or naming, adverbs, time phrases and one short aside set off by
        commas aside ("the rally denounced", "Limbaugh, for one, called", "he calls"): the
        subject's own verb of speech; not one of thought ("the distrust her voters feel
        about the “rigged” courts")."""
        words = self.words
        j = np[1]
        if j < k and words[j].text == "," and self.in_quote[j] < 0:
            close = next((x for x in range(j + 1, min(k, j + _ASIDE_WORDS + 2))
                          if words[x].text == ","), None)
            if close is None:
                return False
            j = close + 1
        v = self._skip_adjuncts(j, k)
        return v < k and self._speech_act_word(v) and words[v].lemma not in THOUGHT_VERBS and \
            REPORTING_VERB_FORMS.get(words[v].lower, words[v].lemma) not in THOUGHT_VERBS

    def crowd_cry(self, q0: int) -> Attribution | None:
        """The attribution of a quote at word ``q0`` right after an utterance noun and "of"
        ("their chants of “...”", "a chorus of “No!”"): words a crowd called out, speech
        though no verb frames them.  The noun's possessor speaks them ("their", "the
        crowd's"), or the subject of an active verb that takes them with "in", "into" or
        "with" ("Fans broke into chants of", not "He was met with chants of"), else nobody
        named; None when no such noun stands before the quote."""
        w = self.words
        k = q0 - 2
        if k < 0 or w[q0 - 1].lower != "of" or w[k].lower not in _CRY_NOUNS or \
                self.in_quote[k] >= 0:
            return None
        j = k - 1  # over the adjectives: "their loud chants of"
        while j >= 0 and k - j <= _CRY_MODIFIERS and w[j].upos in ("ADJ", "ADV", "NOUN") and \
                not w[j].is_capitalised and self.in_quote[j] < 0:
            j -= 1
        owner: tuple[int, int] | None = None
        if j >= 0 and w[j].lower in _POSSESSIVES:
            owner = (j, j + 1)
        elif j >= 0 and _possessive_mark(w[j]):
            owner = self._possessor(j, max(0, j - _NAME_WORDS))
        else:
            j -= j >= 0 and w[j].lower in ("a", "an", "the")
            if j >= 1 and w[j].lower in _CRY_TAKING and w[j - 1].upos == "VERB" and \
                    not self.in_the_passive(j - 1):
                a = self._sentence_range(j)[0]
                v = j - 1  # the verb, then the subject before it: "Fans [quickly] broke into"
                while v - 1 >= a and w[v - 1].upos == "ADV":
                    v -= 1
                owner = self.clause_subject(a, j) or self._np_back(v - 1, a)
                if owner is not None and owner[1] > v:
                    owner = None
        if owner is not None and (self.is_named_or_pronoun(owner) or
                                  self.is_speaking_noun_phrase(owner)):
            return Attribution(owner, None, None, _CRY_CONFIDENCE, CRY_OF_X)
        return Attribution(None, None, None, 0.0, CRY_REASON)

    def remark_owner(self, q0: int, q1: int) -> Attribution | None:
        """The attribution of a quote on words [q0, q1) between a named possessor and a noun
        of what was said ("Romney's “47 percent” comment", "Doe's “...” rallying cry"): the
        possessor said it; else None."""
        w = self.words
        k = q1 + (q1 + 1 < len(w) and w[q1].lower not in _REMARK_NOUNS and
                  w[q1].upos in ("ADJ", "NOUN", "VERB") and not w[q1].is_capitalised)
        # (over one modifier: "rallying cry")
        if q0 < 2 or k >= len(w) or w[k].lower not in _REMARK_NOUNS or self.in_quote[k] >= 0:
            return None
        j = q0 - 1  # a name's, not "his" (who may be someone else than the pronoun's)
        owner = self._possessor(j, max(0, j - _NAME_WORDS)) if _possessive_mark(w[j]) else None
        if owner is None or not self.is_named_or_pronoun(owner):
            return None
        return Attribution(owner, None, None, _CRY_CONFIDENCE, "X's “...” remark")

    def speech_noun_owner(self, q0: int) -> Attribution | None:
        """The attribution of a quote at word ``q0`` after a named possessor's noun of a
        speech act and its preposition ("Doe's call for a “total ban”", "Doe's repeated
        promise to “fix the roads”", "Doe's broadside against “easy money”"): the possessor
        said the words; else None."""
        w = self.words
        x = q0 - 1
        while x >= 0 and w[x].lower in ("a", "an", "the") and self.in_quote[x] < 0:
            x -= 1
        if x < 2 or self.in_quote[x] >= 0:
            return None
        n = x - 1
        if w[n].lower not in _SPEECH_ACT_NOUNS or w[x].lower not in _SPEECH_ACT_NOUNS[w[n].lower]:
            return None
        k = n - 1  # over a few modifiers: "Doe's recent, evidence-free call for"
        while k > 0 and n - k <= _SPEECH_NOUN_MODIFIERS and self.in_quote[k] < 0 and \
                not _possessive_mark(w[k]) and (w[k].upos in ("ADJ", "ADV", "NOUN", "VERB") or
                                                w[k].text == ",") and not w[k].is_capitalised:
            k -= 1
        if w[k].lower in _POSSESSIVE_PRONOUNS:
            owner: tuple[int, int] | None = (k, k + 1)  # "his call for “...”"
        else:
            owner = self._possessor(k, max(0, k - _NAME_WORDS)) if _possessive_mark(w[k]) \
                else None
        if owner is not None:
            # "But Clinton's", "X.\n\nNixon's": the name only
            a = next((y for y in range(owner[0], owner[1]) if w[y].upos == "PROPN" or
                      w[y].ner != "O" or w[y].is_pronoun), owner[1])
            owner = (a, owner[1]) if a < owner[1] and w[a].par == w[q0].par else None
        if owner is None or not self.is_named_or_pronoun(owner):
            return None
        return Attribution(owner, None, None, _CRY_CONFIDENCE, "X's call for “...”")

    def statement_noun_owner(self, q0: int) -> tuple[int, int] | None:
        """The possessor of a noun of what was said whose own phrase holds the quote at word
        ``q0`` ("Doe's assertion of a “blanket privilege”", "her comments before the panel that
        “...”", "her comment that, “...”", "his argument in favour of “...”"): the
        possessor's words, not the clause subject's ("The group ran ads using her comments
        that ..."); None with no "that" or "of" between nor "on" or "about" after the noun,
        when "as", a copula, "and", a clause stop, a relative or a verb of speech stands
        between (the subject's
        label for the remark: "Roe denounced Doe's remarks as “cruel”", "said his claims
        were “a joke”", "her remarks, which Roe called “...”"), or with no such noun."""
        w = self.words
        if q0 < 2 or q0 >= len(w):
            return None
        lo = max(0, q0 - 1 - _OWNED_STATEMENT_WORDS)
        x = q0 - 1
        if w[x].text == "," and w[x - 1].lower == "that":
            x -= 1  # "her comment that, “...”"
        n, linked = None, False
        while x >= lo and self.in_quote[x] < 0 and w[x].sent == w[q0].sent:
            if w[x].lower in _OWNED_STATEMENT_NOUNS and w[x].upos == "NOUN":
                n = x
                break
            if w[x].is_punct or w[x].lower in _RELATIVES and w[x].lower != "that" or \
                    w[x].lower == "as" or w[x].upos in ("AUX", "CCONJ") or w[x].lemma == "be" \
                    or is_cue_word(w[x]) and w[x].upos == "VERB":
                return None
            linked = linked or w[x].lower in _OWNED_STATEMENT_LINKS
            x -= 1
        if n is None or not (linked or self._remark_topic(n)):
            return None
        k = n - 1  # over a few modifiers: "her March comment", "his confusing argument"
        while k > 0 and n - k <= _OWNED_STATEMENT_MODIFIERS and self.in_quote[k] < 0 and \
                not w[k].is_punct and not _possessive_mark(w[k]) and \
                w[k].lower not in _POSSESSIVE_PRONOUNS and w[k].upos in ("ADJ", "NOUN", "PROPN"):
            k -= 1
        if w[k].lower in _POSSESSIVE_PRONOUNS:
            owner: tuple[int, int] | None = (k, k + 1)
        elif _possessive_mark(w[k]):
            owner = self._possessor(k, max(0, k - _NAME_WORDS))
        else:
            return None
        if owner is None or w[owner[0]].sent != w[q0].sent or \
                not self.is_named_or_pronoun(owner):
            return None
        if not linked and owner[0] > 0 and w[owner[0] - 1].lower in _NAMING_FORMS:
            return None  # "X called Y's remarks about race “an alarm bell”": X's label
        return owner

    def _remark_topic(self, n: int) -> bool:
        """True when "on" or "about" after the noun of a remark at word ``n`` opens its
        topic ("her comments on closing the pool"), not a time ("his remarks on Saturday")."""
        w = self.words
        if n + 2 >= len(w) or w[n + 1].lower not in _OWNED_STATEMENT_TOPICS:
            return False
        t = w[n + 2]
        return not (t.lower in _WEEKDAYS or t.lower in _TIME_NOUNS or
                    t.ner.endswith(("DATE", "TIME")) or t.upos == "NUM")

    def holding_relative(self, a: int, k: int) -> tuple[int, int] | None:
        """Without a parse, the relative "who" after a person's name whose clause runs on to
        the quote at word ``k`` with no punctuation between ("X contrasted that with Y who is
        looking to bring “both sides to the table”", "Y, who could be celebrating being dubbed the
        “...”"):
        that clause's subject, as a parse's climb stops at a relative clause of a person;
        None when punctuation, another quote or a second finite verb after the relative's
        own verbs ("The lawyer who ran races is already talking about “...”": the main
        clause's) stands between, or from word ``a`` on no such "who" stands."""
        w = self.words
        x, finite = k - 1, 0
        while x > a and k - x <= _OWNED_RELATIVE_WORDS:
            if self.in_quote[x] >= 0 or w[x].is_punct:
                return None
            if w[x].lower == "who":
                break
            # a run of verbs and auxiliaries counts once ("could be celebrating being")
            if w[x].upos in ("VERB", "AUX") and w[x - 1].upos not in ("VERB", "AUX", "PART",
                                                                      "ADV"):
                finite += w[x - 1].lower != "to"
            x -= 1
        else:
            return None
        named = w[x - 2] if w[x - 1].text == "," and x >= 2 else w[x - 1]
        if finite > 1 or named.upos != "PROPN" or not named.ner.endswith("PERSON"):
            return None  # "X casts Y as a liberal who would “gut” ...": X's description
        return (x, x + 1)

    def perspective_holder(self, a: int, k: int) -> tuple[int, int] | None:
        """The one in whose eyes an opening phrase sets the sentence from word ``a`` ("To
        Doe, Reed is the “gentle and generous” man who ...", "To many voters, ...", "In Doe's mind,
        his refusal to ... is “...”"): whose words the quote at word ``k`` in the main clause
        gives; None without such a phrase ("To be sure,", "To Doe's credit,"), or with a
        verb of speech after it ("To reporters, Reed described it as “...”": Reed's)."""
        w = self.words
        if k - a < 4 or w[a].lower not in ("to", "in") or self.in_quote[a] >= 0:
            return None
        comma = next((x for x in range(a + 2, min(k, a + _NAME_WORDS + 3))
                      if w[x].text == "," or self.in_quote[x] >= 0), None)
        if comma is None or w[comma].text != ",":
            return None
        holder: tuple[int, int] | None = None
        if w[a].lower == "to":
            holder = self._np_forward(a + 1, comma)
            last = w[comma - 1]
            if holder is None or holder[1] != comma or not (
                    last.upos == "PROPN" or _personal_pronoun(last) or _person_word(last)):
                return None
        elif comma - 2 > a and w[comma - 1].lower in _VIEW_NOUNS:
            j = comma - 2  # "In Doe's mind", "In her view"
            if w[j].lower in _POSSESSIVE_PRONOUNS:
                holder = (j, j + 1)
            elif _possessive_mark(w[j]):
                holder = self._possessor(j, a + 1)
        if holder is None or not self.is_named_or_pronoun(holder) or \
                any(self._speech_act_word(x) for x in range(comma + 1, k)):
            return None
        return holder

    def names_a_person(self, span: tuple[int, int]) -> bool:
        """True when the mention is a person's name or a personal subject pronoun."""
        return self._names_person(span) or \
            span[1] - span[0] == 1 and self.words[span[0]].lower in ("he", "she", "they", "i")

    def passive_namer(self, q0: int, q1: int) -> tuple[int, int] | None:
        """The agent of a naming participle in the passive that gives the quote on words
        [q0, q1) as a name, when it may speak: "labeled as a “witch hunt” by Democrats",
        "known by some Republicans as a “hug”"; else None."""
        w = self.words
        x = self._past_name_articles(q0)
        if x >= 0 and w[x].lower in _PASSIVE_NAMING_FORMS:
            by = q1 + (q1 < len(w) and w[q1].text == ",")  # '... “witch hunt,” by Democrats'
            end = self._sentence_range(by)[1] if by < len(w) else by
        elif x >= 0 and w[x].lower == "as":
            # "known by some Republicans as a “hug”": walk back over the agent to "by"
            by = next((y for y in range(x - 1, max(-1, x - _AGENT_WORDS - 2), -1)
                       if w[y].lower == "by"), -1)
            if by < 1 or w[by - 1].lower not in _PASSIVE_NAMING_FORMS:
                return None
            end = x
        else:
            return None
        if by >= len(w) or w[by].lower != "by" or self.in_quote[by] >= 0:
            return None
        np = self._np_forward(by + 1, end)
        if np is None or not (self.is_named_or_pronoun(np) or self.is_speaking_noun_phrase(np)):
            return None
        return np

    def report_controller(self, q0: int) -> tuple[tuple[int, int], int] | None:
        """For a quote at parse word ``q0`` inside what a speech verb with no subject of its
        own reports, the subject of the clause that verb hangs from, wherever it stands, and
        the verb ("After saying her ankle was “so swollen ...,” she was taken to hospital":
        she said it, not her ankle); None otherwise."""
        words = self.words
        if not self._parsed(q0):
            return None
        w, steps = words[q0], 0
        while w.head >= 0 and steps < 6 and (self.in_quote[w.i] >= 0 or not is_cue_word(w)):
            w, steps = words[w.head], steps + 1
        if self.in_quote[w.i] >= 0 or w.lemma not in SPEECH_VERBS or not is_cue_word(w) or \
                w.deprel not in ("advcl", "xcomp") or w.head < 0 or self._has_subject(w.i):
            return None
        sub = self._parse_subject(words[w.head])
        if sub is None or words[sub.i].sent != words[q0].sent:
            return None
        return self.expand_mention(sub.i), w.i

    def complement_reporter(self, sub: tuple[int, int], a: int) -> tuple[int, int] | None:
        """The subject of the reporting verb whose "that" clause the noun phrase ``sub``
        opens, in words from ``a`` ("X demanded that Y make “...”", "X may have thought that,
        for a fee, Y might ...", "X, adding hopefully that Y ..."): the quoted words in that
        clause are X's report, as a parse's climb to the outermost clause finds; else None."""
        words = self.words
        j = sub[0] - 1
        if j > a and words[j].text == ",":
            # "that, for $35,000, they": past a phrase set off before the clause's subject
            j = next((x for x in range(j - 1, max(a, j - _MODIFIER_WORDS) - 1, -1)
                      if words[x].text == ","), a) - 1
        if j <= a or words[j].lower != "that" or self.in_quote[j] >= 0:
            return None
        v = j - 1
        while v > a and words[v].upos == "ADV" and words[v].lower.endswith("ly"):
            v -= 1  # "adding hopefully that"
        if not is_cue_word(words[v]) or self.in_quote[v] >= 0:
            return None
        return self._subject_of_cue(v, a)[0]

    def _after_inner_as(self, np: tuple[int, int]) -> tuple[int, int]:
        """The noun phrase ``np`` from after the last lower-case "as" inside it ("steam this
        week as [a number of writers]"), where the surface reading ran back across it; else
        ``np``."""
        words = self.words
        return next(((x + 1, np[1]) for x in range(np[1] - 2, np[0], -1)
                     if words[x].text == "as"), np)

    # ----------------------------------------------------------- reported speech
    def _according_source(self, k: int, b: int) -> tuple[int, int] | None:
        """The source after "according to" at word ``k``: a noun phrase, or, when the
        tagger reads a noun as a verb ("according to exit polls"), the words up to the
        next punctuation if a noun ends them; a work by its quoted title ("according to
        “The Harbor Years,” a memoir by Ann Lowe"); an object pronoun ("according to him")."""
        words = self.words
        q = self.in_quote[k] if k < b else -1
        if q >= 0 and words[k].text in _QUOTE_CHARS:
            span = self.spans[q]
            if is_title(self.W.text[span.content_start:span.content_end]):
                j = k
                while j < b and self.in_quote[j] == q:
                    j += 1
                work = (k, j)
                # "“The Harbor Years,” a 1998 book by Ann Lowe,": its description too
                after = j + 1 if j < b and words[j].text == "," else \
                    j if words[j - 2].text == "," else None
                if after is not None and after < b:
                    work = self._np_forward(after, b) or work
                if work[1] < b and words[work[1]].lower == "by":
                    # "“The Harbor Years” by Ann Lowe": its author too
                    author = self._np_forward(work[1] + 1, b)
                    if author is not None and self._names_person(author):
                        return k, author[1]
                return k, j
        np = self._np_forward(k, b)
        if np is not None:
            return self._with_agent(np, b)
        if words[k].lower in _OBJECT_PRONOUNS and self.in_quote[k] < 0:
            return (k, k + 1)
        j = k
        while j < b and j - k < _SOURCE_WORDS and not words[j].is_punct and self.in_quote[j] < 0:
            j += 1
        if j > k + 1 and (words[j - 1].upos in ("NOUN", "PROPN") or
                          self._noun_read_as_verb(k, j)):
            return (k, j)
        return None

    def _noun_read_as_verb(self, k: int, j: int) -> bool:
        """True when words [k, j) open with a determiner or possessive and end in a plural
        or an "-ing" noun the tagger read as a verb ("its FEC reports", "the campaign's
        filings", "its annual filing")."""
        words = self.words
        last = words[j - 1]
        return words[k].lower in _DETERMINERS | _POSSESSIVES and last.upos == "VERB" and \
            (last.lower.endswith("s") and not last.lower.endswith("ss") or
             last.lower.endswith("ing") and j - k > 1)

    def _with_agent(self, np: tuple[int, int], b: int) -> tuple[int, int]:
        """The source ``np`` of "according to" stretched over the one who made it when a
        thing is named ("a count by the AP", "audio provided by X", "a document filed by
        X", "a statement from X"), so the mention holds both the record and its maker."""
        words = self.words
        j = np[1]
        if j + 1 < b and words[j - 1].lower in _INTERVIEW_NOUNS:
            # "interviews with a dozen county chairmen", "an interview he gave to the
            # Review": the one interviewed
            talker = None
            if words[j].lower == "with":
                k = j + 1
                if k + 2 < b and words[k].lower in ("more", "fewer") and \
                        words[k + 1].lower == "than":
                    k += 2  # "with more than a dozen aides"
                talker = self._np_forward(k, b)
                if talker and talker[1] < b and words[talker[1] - 1].lower in ("'s", "’s"):
                    # "with several of Cruz's friends": the friends, not Cruz
                    talker = self._np_forward(talker[1], b) or talker
                talker = talker and (j + 1, talker[1])
            elif words[j].upos in ("PRON", "PROPN", "DET"):
                talker = self._np_forward(j, b)
                if talker and (talker[1] >= b or words[talker[1]].lower not in _INTERVIEW_GIVING):
                    talker = None
            if talker and self._can_speak(talker):
                return talker
        if j + 1 < b and words[j].lower == "from":
            # "a statement from the association": whoever put it out, named or not
            agent = self._np_forward(j + 1, b)
            if agent is not None and self.is_named_or_pronoun(agent):
                return np[0], agent[1]
        if self.is_named_or_pronoun(np):
            return np
        if j + 1 < b and words[j].upos == "VERB" and words[j + 1].lower == "by" and \
                words[j].lower.endswith(("ed", "en")):
            if words[j].lower in _RECEIVED_FORMS:
                return np  # "a copy of the letter obtained by the Post": not its maker
            j += 1  # "provided by", "filed by", "written by"
        if j >= b or words[j].lower != "by":
            return np
        agent = self._np_forward(j + 1, b)
        if agent is None or not self.is_named_or_pronoun(agent):
            return np
        return np[0], agent[1]

    def _frame_after_quote(self, att: Attribution) -> bool:
        """True when the cue of ``att`` comes right after a quote and its punctuation ("“A,”
        said X, “B.”"): the frame splits one quote."""
        if att.cue is None:
            return False
        k = att.cue[0] - 1
        while k >= 0 and self.in_quote[k] < 0 and self.words[k].is_punct:
            k -= 1
        return k >= 0 and self.in_quote[k] >= 0

    def _opening_subject(self, a: int, c: int, chained: bool = False) -> tuple[int, int] | None:
        """The noun phrase opening sentence words [a, c) when it can be the subject of
        verb ``c`` across a modifier: an apposition, a relative clause or a prepositional
        phrase ("Gov. X of Ohio, a Republican who ..., said"); None otherwise.

        ``c`` is the cue, or with ``chained`` the verb whose subject the cue shares
        ("went on to say")."""
        words = self.words
        if c - a > 40:
            return None
        # a cue that is often a noun ("claims", "show") only after a participle's modifier
        # and before "that" ("a video shared online claims that A")
        plain = chained or _plain_speech_verb(words[c])
        if not plain and not (words[c].upos == "VERB" and is_cue_word(words[c]) and
                              c + 1 < len(words) and words[c + 1].lower == "that"):
            return None
        s = self._subject_start(a, c)
        if s is None:
            return None
        np = self._np_forward(s, c)
        if np is not None and np[1] + 1 < c and words[np[1]].lower == "and":
            more = self._np_forward(np[1] + 1, c)  # "Current and former officials who ..."
            np = np if more is None else (np[0], more[1])
        if np is not None and np[1] < c and words[np[1] - 1].lower in ("'s", "’s"):
            more = self._np_forward(np[1], c)  # "a copy of the inspector general's memo"
            np = np if more is None else (np[0], more[1])
        while np is not None and np[1] - np[0] > 1 and \
                words[np[1] - 1].lower in _SUBJECT_MODIFIER_STARTS:
            np = (np[0], np[1] - 1)  # "a source [close] to him": the modifier's first word
        # "Messages found on the phones suggested", "Figures reported on Sunday suggest": a
        # text or a count finds and reports nothing itself
        of_text = np is not None and _text_noun(words[np[1] - 1])
        # a relative "who" after the phrase makes it a person's, a pronoun's too ("Those
        # who backed him acknowledge that A", "Many who know her argue that A"), when the
        # relative clause has a verb of its own before the cue (not "Voters who agree that
        # A were ...": the cue is the relative clause's)
        who = np is not None and np[1] + 2 < c and words[np[1]].lower == "who" and \
            any(words[x].upos in ("VERB", "AUX") for x in range(np[1] + 1, c - 1))
        if np is None or np[1] >= c or not (who or self._can_speak(np)) or \
                not plain and not who and \
                not (words[np[1] - 1].upos == "NOUN" and
                     (self._reduced_relative(np[1], of_text) or
                      self._count_of_times(np[1], c))):
            return None
        # adverbs, auxiliaries and time words before the cue ("X politely suggested")
        k = c - 1
        while k >= np[1] and _adverbial(words[k]):
            k -= 1
        # quoted words may stand in a relative clause or a modifier set off by commas or
        # dashes ("X, who called it “reckless,” said", "X, citing “A,” said"), not elsewhere
        # between subject and cue; one between dashes may hold commas ("X — like Y, a Z —")
        relative = words[np[1]].text == "," and np[1] + 1 < c and \
            words[np[1] + 1].lower in ("who", "which")
        # the modifier may follow a prepositional phrase ("A representative for the brand
        # - a firm pitched as “A” - noted")
        j = self._past_prepositional_phrases(np[1], k + 1)
        j = j if j < k and words[j].text in _DASHES else np[1]
        framed = relative or \
            self._past_set_off(j, k + 1, quotes=True, commas=True) == k + 1 > j
        if any(self.in_quote[x] < 0 and words[x].text in (";", ":") or
               self.in_quote[x] >= 0 and not framed for x in range(np[1], c)):
            return None
        if k < np[1]:
            return np
        if words[k].lower in ("and", "but") and words[k - 1].text != ",":
            # "Some senators vented about X and said ...", "X, a former chairman, became a
            # delegate and said ...": the subject of the first verb
            return np if self._verb_follows(self._past_set_off(np[1], k), k) else None
        nxt = words[np[1]]
        if nxt.text in _DASHES:
            # "X -- who ... -- said": the cue right after the closing dash
            return np if framed else None
        if not (nxt.text in (",", "(") or nxt.lower in _SUBJECT_MODIFIER_STARTS or
                nxt.upos == "VERB" and nxt.lower.endswith("ing") or
                self._reduced_relative(np[1], of_text)
                or self._count_of_times(np[1], c)
                or self._contact_relative(np[1], c)):
            return None
        # (not a text's participle: "Figures reported on Sunday suggest")
        if any(is_cue_word(words[x]) and words[x].lemma in SPEECH_VERBS and x + 1 < c and
               words[x + 1].text != "," and words[x - 1].lower not in ("who", "that") and
               not (x == np[1] and of_text and self._reduced_relative(x, of_text)) and
               _PASSIVE_CUE_PREPOSITIONS.get(words[x].lower) != words[x + 1].lower
               for x in range(np[1], c)):
            return None  # another verb of saying takes this subject (not "who wrote to her")
        return self._surface_sender(np, c) or np

    def _surface_sender(self, np: tuple[int, int], c: int) -> tuple[int, int] | None:
        """The one named after "by" in a participle of sending right after a message noun
        that ends ``np`` ("a fundraising email sent out by Jane Doe on Tuesday warned", "a
        letter signed by Tom Reed said"), before cue ``c``: the news credits a message to
        whoever put it out, as :meth:`_sender_of` does on a parse; None otherwise."""
        words = self.words
        k = np[1]
        if words[k - 1].lower not in MESSAGE_NOUNS or words[k].upos != "VERB" or \
                REPORTING_VERB_FORMS.get(words[k].lower, words[k].lemma) not in SENDING_VERBS \
                and words[k].lower not in RELEASE_FORMS:
            return None
        k += 1
        if k < c and words[k].lower == "out":
            k += 1
        if k + 1 >= c or words[k].lower != "by":
            return None
        agent = self._np_forward(k + 1, c)
        return agent if agent is not None and self.is_named_or_pronoun(agent) else None

    def _contact_relative(self, j: int, c: int) -> bool:
        """True when a relative clause without a relative pronoun starts at word ``j``
        before verb ``c``: a personal pronoun and its verb ("people [I have spoken with]
        said", "officials [we interviewed] say")."""
        words = self.words
        return j + 1 < c and words[j].lower in _PERSONAL_SUBJECTS and \
            words[j + 1].upos in ("VERB", "AUX") and \
            any(words[x].upos == "VERB" for x in range(j + 1, c))  # not "[something] she asked"

    def _possessor(self, k: int, a: int) -> tuple[int, int] | None:
        """The name or "the NOUN" before the possessive "'s" at word ``k`` ("Mr. Trump's",
        "the campaign's"), not a longer phrase that merely ends there."""
        words = self.words
        j = k - 1
        while j >= a and k - j <= _NAME_WORDS and self.in_quote[j] < 0 and \
                (words[j].upos == "PROPN" or words[j].is_capitalised and words[j].upos != "DET"):
            j -= 1
        if j < k - 1:
            return (j + 1, k)
        if k - 2 >= a and words[k - 2].lower == "the" and words[k - 1].upos == "NOUN":
            return (k - 2, k)
        return None

    def _reduced_relative(self, k: int, of_text: bool = False) -> bool:
        """True for a participle and a preposition or a date at word ``k`` that modify the
        noun before them ("people briefed on the move", "voters interviewed at rallies", "a
        report published Wednesday", "a memo seen by reporters", "a letter sent to parents";
        not "used to go", "expected to rise"); with ``of_text`` (the noun is a text, which
        finds or reports nothing itself) also a cue's participle but "said" ("messages found
        on the phones", "figures reported on Sunday"), and a cue's passive with its
        preposition ("a man accused of murder", "a woman charged with fraud")."""
        words = self.words
        if not (k + 1 < len(words) and words[k].upos == "VERB" and
                (words[k].lower.endswith(("ed", "en")) or
                 words[k].lower in _PARTICIPLE_MODIFIERS) and
                (not is_cue_word(words[k]) or words[k].lower.endswith("n") or  # "shown"
                 of_text and words[k].lower != "said" or
                 _PASSIVE_CUE_PREPOSITIONS.get(words[k].lower) == words[k + 1].lower)):
            return False
        nxt = words[k + 1]
        if nxt.lower == "to":
            return k + 2 < len(words) and words[k + 2].upos in ("DET", "PROPN", "NOUN", "NUM") \
                and not self._infinitive_at(k + 1, len(words))
        if nxt.lower in ("last", "this") and k + 2 < len(words) and \
                words[k + 2].lower in _TIME_NOUNS | _TIME_PERIODS:
            return True  # "a story published this week", "an interview aired last night"
        return nxt.upos == "ADP" and nxt.lower != "that" or _is_date(nxt)

    def _count_of_times(self, k: int, c: int) -> bool:
        """True for a participle at word ``k`` and a count of times that ends right before
        cue ``c`` ("a post [shared more than 40,000 times] claims", "a video [viewed 2
        million times] says"), as a fact check describes the claim it rates."""
        words = self.words
        return 1 < c - k <= _TIMES_COUNT_WORDS and words[c - 1].lower == "times" and \
            words[k].upos == "VERB" and words[k].lower.endswith("ed") and \
            any(words[x].upos == "NUM" for x in range(k + 1, c - 1)) and \
            all(words[x].upos in ("NUM", "ADJ", "ADV", "DET") or words[x].lower == "than"
                for x in range(k + 1, c - 1))

    def _infinitive_at(self, k: int, b: int) -> bool:
        """True for "to" and a verb at word ``k`` ("to fight", "to be", "to never give up"); a
        lower-case singular noun counts, as the model-free tagger reads many verbs so
        ("vowed to boycott the product")."""
        words = self.words
        if k + 1 >= b or words[k].lower != "to" or self.in_quote[k] >= 0:
            return False
        nxt = words[k + 1]
        if nxt.upos == "ADV" and (nxt.lower.endswith("ly") or nxt.lower in _SPLITTING_ADVERBS) \
                and k + 2 < b:
            nxt = words[k + 2]  # "to immediately declare", "to also raise"
        return nxt.upos in ("VERB", "AUX") or nxt.lower in ("not", "never") or \
            nxt.upos in ("NOUN", "PROPN") and (
                not nxt.is_capitalised or words[k].text == "To" and nxt.ner in ("", "O")) and (
                not nxt.lower.endswith("s") or nxt.lower.endswith(("ss", "us")))  # "to focus"
        # (a title-case "To" and a capitalised word no tagger names: "Calls On Roe [To
        # Resign]", which the model-free tagger reads as a name's word)
