"""Reported speech read from the surface: the rules that need no parse (``_surface_reported``
and what it calls).
"""

from __future__ import annotations

import bisect
from functools import cached_property

from ..lexicon import (
    CLAUSE_NOUNS,
    INVERTING_VERBS,
    REPORTING_VERB_FORMS,
    SENDING_VERBS,
    SHARE_QUALIFIERS,
    SHARE_WORDS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STANCE_VERB_FORMS,
    STANCE_VERBS,
    STATEMENT_NOUNS,
    TOPIC_VERB_FORMS,
)
from ..resolve import expletive_frame_end
from ..tokens import Word
from .direct import _DirectQuotes
from .results import Attribution, Found
from .words import (
    _ADDRESSEE_CUES,
    _ADJUNCT_CLAUSE_STARTS,
    _ADJUNCT_PREPOSITIONS,
    _ADJUNCT_SUBORDINATORS,
    _AFTER_CUE_WORDS,
    _APPEAL_SUBJECTS,
    _AS_FRAME_ADJUNCT,
    _ASIDE_WORDS,
    _ASKED_ADJUNCT_WORDS,
    _ASKED_QUESTION_STARTS,
    _ASSAULT_WORDS,
    _BARE_CLAUSE_VERBS,
    _BE_FORMS,
    _CAUSING_FORMS,
    _CLAUSE_LINKS,
    _CLAUSE_ONLY_CUES,
    _CLAUSE_OPENERS,
    _CLAUSE_STOPS,
    _COMPLEMENTIZERS,
    _CONTRACTED_IS,
    _CUE_ADJUNCT_WORDS,
    _CUE_ADJUNCTS,
    _CURRENCY_SIGNS,
    _DASHES,
    _DETERMINERS,
    _DURATIONS,
    _EVIDENCE_FORMS,
    _EVIDENCE_SUBJECTS,
    _FINITE_AUXILIARIES,
    _FIRST_REPORT_ADVERBS,
    _FLOATING,
    _GAP_AUXILIARIES,
    _GERUND_CUES,
    _GESTURE_OBJECTS,
    _GOING_ON_VERBS,
    _INFINITIVE_JOINTS,
    _IRREGULAR_PARTICIPLES,
    _IRREGULAR_PAST_CUES,
    _JOINING_WORDS,
    _LEAD_SUBORDINATORS,
    _LINKING_VERBS,
    _LISTING_PARTICIPLES,
    _LITTLE_AMOUNTS,
    _LITTLE_DEGREES,
    _MADE_REMARK_DETERMINERS,
    _MADE_REMARK_NOUNS,
    _MEDIUM_NOUNS,
    _MODIFIER_WORDS,
    _NAME_WORDS,
    _NAMING_AS_WINNER,
    _NOUN_MODIFIER_RELS,
    _NULL_RELATIVE_SUBJECTS,
    _OBJECT_CUES,
    _OBJECT_NOT_SAID,
    _OBJECT_PRONOUNS,
    _OCCASION_NOUNS,
    _PARTICIPLE_SUBORDINATORS,
    _PASSIVE_AUX,
    _PASSIVE_SUBJECT_CUES,
    _PERFECT_AUXILIARIES,
    _PERSONAL_SUBJECTS,
    _PHRASAL_CUE_FORMS,
    _PHRASAL_CUES,
    _PHRASE_PREPOSITIONS,
    _PHRASE_WORDS,
    _PLACE_PLURALS,
    _PLACE_PREPOSITIONS,
    _POLL_MODIFIER_WORDS,
    _POLL_NAME_MARKS,
    _POLL_NAME_TAGS,
    _POLL_NAME_WORDS,
    _POLL_NOUNS,
    _POLL_TAKEN,
    _POSSESSIVES,
    _PROMISE_END_SUBORDINATORS,
    _PROMISE_VERB_FORMS,
    _PROMISE_VERBS,
    _QUANTIFIERS,
    _QUESTION_STARTS,
    _QUESTION_VERBS,
    _QUOTE_CHARS,
    _RELATIVE_CLAUSE_WORDS,
    _RELATIVES,
    _REPLY_CUES,
    _REPORT_FORMS,
    _ROLE_PREPOSITIONS,
    _SETTING_SUBORDINATORS,
    _SHARE_SUBJECT_WORDS,
    _SHORT_NP_TAGS,
    _SIDE_TAKING_VERBS,
    _SOURCE_WORDS,
    _SPEECH_ACT_VERBS,
    _STANCE_CHAIN_GOVERNORS,
    _STANCE_FIRSTS,
    _STANCE_MEANS,
    _STANCE_MODALS,
    _STANCE_NON_OBJECTS,
    _STANCE_OBJECT_OPENERS,
    _STANCE_TIME_OPENERS,
    _STORY_NOUNS,
    _SUBJECT_ONLY_STATEMENT_NOUNS,
    _SUBJECT_OPENERS,
    _SUBJECT_PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _SUMMING_RELATIVES,
    _TAIL_PARTICIPLES,
    _TAIL_STOPS,
    _TALLY_WORDS,
    _TELLING_CUES,
    _TIME_NOUNS,
    _TITLE_WORDS,
    _TO_CHAIN_CUES,
    _TO_STATEMENT_NOUNS,
    _TO_VERBS,
    _TOPIC_FRAME_WORDS,
    _TOPIC_GAP_WORDS,
    _TOPIC_PARTICIPLES,
    _TOPIC_QUESTION_WORDS,
    _WEEKDAYS,
    _WHEN_OR_HOW_MUCH,
    _WINDOW,
    _WITHHELD_WORDS,
    _WITHHOLDING_FORMS,
    _WRITERS_LIKENING_AUXILIARIES,
    POLL_FINDING_REASON,
    _adverbial,
    _direct_cue,
    _finite_form,
    _is_date,
    _is_number,
    _nounish,
    _person_word,
    _plain_speech_verb,
    _possessive_mark,
    _text_noun,
    _time_word,
    is_cue_word,
    is_title,
)


class _SurfaceReported(_DirectQuotes):
    """Reported speech read from the surface: the rules that need no parse
    (``_surface_reported`` and what it calls)."""

    # ----------------------------------------------------------- reported speech
    @cached_property
    def _surface_trigger_index(self) -> list[int]:
        """The article's words a rule of reported speech can start from, in order: those
        spelled as in ``_REPORTED_TRIGGER_FORMS`` or with a reporting verb's lemma (every
        cue word among them).  A rule of :meth:`_surface_reported` that starts from
        another word must add its spelling there."""
        # read with the words (Words.trigger_index), not in a pass of its own here
        return self.W.trigger_index

    @cached_property
    def _cue_index(self) -> list[int]:
        """The article's cue words (:func:`is_cue_word`), in order: the parse rules look at
        these alone, not at every word of every sentence."""
        words = self.words
        return [i for i in self._surface_trigger_index if is_cue_word(words[i])]

    @staticmethod
    def _indices_in(index: list[int], a: int, b: int) -> list[int]:
        """The indices of sorted ``index`` in [a, b)."""
        return index[bisect.bisect_left(index, a):bisect.bisect_left(index, b)]

    def _clause_stop(self, a: int, b: int, at_quote: bool = False) -> int | None:
        """The first clause stop (comma, semicolon, colon, dash) outside quotes in words
        [a, b), or with ``at_quote`` the first word of a quote or a stop; None if none."""
        words, in_quote = self.words, self.in_quote
        for x in range(a, b):
            if in_quote[x] >= 0:
                if at_quote:
                    return x
            elif words[x].text in _CLAUSE_STOPS:
                return x
        return None

    def _content_end(self, a: int, b: int) -> int:
        """The end of words [a, b) past trailing punctuation, keeping a closing quote mark
        (not the opening mark of a quote that starts there: a parse may end a sentence
        with the mark that opens the next paragraph)."""
        words, in_quote = self.words, self.in_quote
        while b > a and words[b - 1].is_punct and (
                words[b - 1].text not in _QUOTE_CHARS or
                in_quote[b - 1] >= 0 and (b - 2 < a or in_quote[b - 2] != in_quote[b - 1])):
            b -= 1
        return b

    def _surface_reported(self, a: int, b: int, start: int, stop: int) -> Found | None:
        """The first reported statement in sentence words [a, b) whose cue is in [start,
        stop), by the surface rules."""
        words = self.words
        # skip sentences wholly inside one quote (in_quote is -1 outside quotes: count()
        # reads a slice in C)
        if self.in_quote[a:b].count(-1) < 3:
            return None
        first = max(a, start)
        if self.in_quote[first:stop].count(-1) < 3:
            return None
        # the words outside quotes that can start a rule below (_surface_trigger_index:
        # a rule that starts from a new spelling adds it there)
        outside = [i for i in self._indices_in(self._surface_trigger_index, first, stop)
                   if self.in_quote[i] < 0]
        # "according to X, CLAUSE" / "CLAUSE, according to X" / "A, according to X, B"
        for i in outside:
            w = words[i]
            per = w.lower == "per" and self._source_per(i, b)
            if per or w.lower == "according" and i + 2 < b and words[i + 1].lower == "to":
                np = self._according_source(i + 1 if per else i + 2, b)
                if np is None or i - 1 >= a and words[i - 1].lower == "that":
                    continue  # "X said that according to its count, A": A is X's statement
                # a colon or semicolon opens a clause of its own ("It was noticed: according
                # to X, A")
                clause = next((x + 1 for x in range(i - 1, a - 1, -1)
                               if words[x].text in (":", ";") and self.in_quote[x] < 0), a)
                lead = self._skip_opening(clause, i)
                if per and lead != i:
                    continue  # "Per X, A" opens its clause; "$5 per share, ..." is none
                # the comma that closes the frame ("according to interviews with aides,")
                close = next((x for x in range(np[1], min(b, np[1] + _SOURCE_WORDS))
                              if words[x].text == "," and self.in_quote[x] < 0), None)
                pointer = self._pointer_before(lead, i)
                if lead == i:
                    c0 = np[1] if close is None else close
                    while c0 < b and words[c0].is_punct:
                        c0 += 1
                    c1 = self._content_end(c0, b)
                elif words[i - 1].text == "," and close is not None and \
                        self._content_end(close, b) - close >= 3 and \
                        not any(words[x].upos in ("VERB", "AUX") for x in range(lead, i)):
                    # "Fundraising, according to the campaign, has surged": the frame
                    # splits a clause whose verb comes after it, so it is the sentence
                    c0, c1 = lead, self._content_end(close, b)
                elif words[i - 1].text == "," and close is not None and i - 2 >= lead and \
                        words[i - 2].lower in _LEAD_SUBORDINATORS and \
                        self._content_end(close, b) - close >= 4:
                    # "He left after, according to him, the network censured his report":
                    # the frame opens the clause its subordinator leaves open
                    c0, c1 = close + 1, self._content_end(close, b)
                elif pointer:
                    # "That's according to exit polls": the pronoun stands for the
                    # statement of the sentence before
                    c0, c1 = lead, lead + 1
                else:
                    c0 = clause
                    c1 = i
                    if self._says_how_in_statement(lead, i):
                        continue
                    while c1 > c0 and words[c1 - 1].is_punct:
                        c1 -= 1
                    rel = self._before_trailing_relative(c0, c1)
                    if rel < c1:
                        # "X says A, which B, according to Y": Y's words are B, after X's A
                        if start <= c0 and any(is_cue_word(words[x]) for x in range(c0, rel)):
                            continue  # X's statement is read first, then this frame
                        c0 = rel + 1
                if c1 - c0 >= 3 or pointer:
                    # "A, which B, according to X": the frame may credit the relative clause
                    return self._found(c0, c1, Attribution(np, (i, i + 2 - per), None, 0.8,
                                                            "according to X"), relative=True)
        # a quote opening the sentence is a statement of its own: the clause after
        # its frame starts where the quote and its punctuation end
        # ("“A,” X said, adding that B": B's speaker opens the rest)
        lead = a
        while lead < b and (self.in_quote[lead] >= 0 or words[lead].is_punct):
            lead += 1
        for i in outside:
            w = words[i]
            if w.lower in STATEMENT_NOUNS:
                found = self._statement_noun(i, a, b)
                if found is not None:
                    return found
            if w.lower in _MADE_REMARK_NOUNS:
                found = self._made_remarks(i, a, b)
                if found is not None:
                    return found
            if w.lower in _TOPIC_PARTICIPLES:
                found = self._participle_topic(i, lead, b)
                if found is not None:
                    return found
            if w.lower == "reported" and i + 1 < b and words[i + 1].lower == "by":
                found = self._reported_by(i, a, b)
                if found is not None:
                    return found
            found = self._passive_report(i, a, b) if w.lower in SPEECH_PARTICIPLES else None
            if found is None and (w.lower in _PASSIVE_SUBJECT_CUES or
                                  w.lower in ("said", "asked")):
                found = self._passive_subject(i, a, b)
            if found is None and w.lower in _NAMING_AS_WINNER:
                found = self._declared_winner(i, a, b)
            if found is not None:
                return found
            # "X criticized [the plan]", "X called for [a ban]": a stance verb's object
            stance = w.lower in STANCE_VERB_FORMS and self._stance_object_at(i, b) is not None \
                and not self._closing_frame_after(i, b)
            if not (is_cue_word(w) or w.lower in TOPIC_VERB_FORMS and self._topic_cue(i, b) or
                    self._final_cue_read_as_noun(i, b) or stance or
                    w.lower in _PHRASAL_CUE_FORMS and self._phrasal_cue_at(i, b)) or \
                    i == a and not self._opening_participle_at(i, b) or \
                    self._noun_use(i, a) or self._knowing_aside(i) or \
                    self._participle_modifier(i) or self._adds_an_object(i, b) or \
                    self._says_this(i, b) or self._parsed(i) and w.deprel == "amod":
                continue  # "his remarks", "a racially charged argument": no cue
            nxt = words[i + 1] if i + 1 < b else None
            # "CLAUSE, X said." / "CLAUSE, said X." at the end of the sentence
            # what follows the cue up to a semicolon or dash ("A, X noted; B")
            tail_end = next((x for x in range(i + 1, min(b, i + 34))
                             if words[x].text in _TAIL_STOPS and self.in_quote[x] < 0), b)
            tail = [x for x in range(i + 1, min(tail_end, i + 24)) if not words[x].is_punct]
            if i + 24 < tail_end:
                # only "is it short?" is asked of the rest
                tail.extend(range(i + 24, min(tail_end, i + 34)))
            if w.lemma == "tell" and tail:
                told = self._addressee(i, b)  # "A, the campaign told USA TODAY."
                if told is not None:
                    tail = [x for x in tail if x >= told[1]]
            # subject before the cue
            np, how = self._subject_of_cue(i, a)
            if stance and w.upos == "NOUN" and (np is None or not self._can_speak(np)) and \
                    words[i - 1].lower not in _RELATIVES:
                # "Men under 35 [support] Doe", "Half of the voters polled [support] Roe" (a
                # verb read as a noun): the first noun phrase of the sentence that can speak
                np = next((nb for x in range(a, i) if words[x].upos in ("NOUN", "PROPN") and
                           self.in_quote[x] < 0 and (nb := self._np_back(x, a)) is not None and
                           self._can_speak(nb)), np)
            if np is not None and np[1] - np[0] == 1 and words[np[0]].lower in ("why", "how") \
                    and np[0] == lead:
                continue  # "Why write a book now?": a question with no one in it
            if np is not None and np[1] - np[0] == 1 and words[np[0]].lower in _FLOATING:
                np = self._floating_host(np[0], a) or np
            if np is not None and self.W.has_parse:
                sub = self.syntax_subject(i)
                if sub is not None and not self._subject_beyond_clause(sub, np, a) and \
                        not self._thing_over_person(sub, np):
                    np = sub
            if w.lower in _EVIDENCE_FORMS and (np is None or not any(
                    words[x].lower in _EVIDENCE_SUBJECTS for x in range(*np))):
                # "A poll of Ohio released Tuesday shows A": the poll, not "Tuesday"
                ev = self._poll_subject_before(i)
                np, how = (ev, "subject") if ev is not None else (np, how)
            if np is not None and np[1] - np[0] == 1 and words[np[0]].lower == "as":
                continue  # "The bank held rates, as expected, and said A": no one expected
            # ---- "As X noted, CLAUSE." / "CLAUSE, as X noted." / "As reported by X, CLAUSE."
            # (a stance verb frames no clause: its statement is its object, after it)
            found = None if stance else self._as_frame(a, b, np, i)
            if found is not None:
                return found
            if np is not None and not self._parsed(i):
                # "The idea gathered steam as writers suggested A": the annotator's "as" (a
                # noun by design) opens the subject of the cue's own clause
                np = self._after_inner_as(np)
            # ---- "CLAUSE, X said [adjunct]."
            # the comma that sets the frame off after the cue, or after the one told ("The
            # plan, X told reporters, was simple")
            told_to = self._addressee(i, b) if w.lemma in _TELLING_CUES else None
            if told_to is None and w.lemma == "tell" and i + 1 < b and \
                    words[i + 1].lower in _OBJECT_PRONOUNS:
                told_to = (i + 1, i + 2)  # "told them"
            comma_at = told_to[1] if told_to is not None and told_to[1] + 1 < b and \
                words[told_to[1]].text == "," and self.in_quote[told_to[1] + 1] < 0 else i + 1
            # (not "A, X continues to build a lead": an infinitive is the verb's complement)
            final = self._short_adjunct(tail, w) and not self._infinitive_at(i + 1, b) or \
                comma_at < b and words[comma_at].text == ","
            final = final or self._long_final_adjunct(i, tail, b) or \
                self._time_distance_after(i, b)
            # "her ratings (at one point as low as 19%, X says) hurt her": a frame closing
            # brackets ends there, and credits the words in them
            open_at = self._before_parenthetical(i + 1, a) + 1 if i + 1 < b and \
                words[i + 1].text == ")" else b
            bracket = open_at if open_at < i and words[open_at].text == "(" else None
            final = (final or bracket is not None) and not stance
            if final and tail and words[tail[0]].lower in _CUE_ADJUNCTS:
                # "The new leader, Jane Doe, said on Monday she would go": the adjunct is
                # followed by a clause with a verb (not "said the next day")
                clause_at = self._clause_start(i + 1, b, w)
                final = clause_at is None or not self._finite_verb_in(
                    [x for x in range(clause_at, b) if not words[x].is_punct])
            if final and not (np is not None and np[0] - 1 > a and
                              words[np[0] - 1].text in (",", "—", "–", "―")) and \
                    self._clause_start(i + 1, b, w) is None and not self._infinitive_at(i + 1, b):
                # "A, a source close to him said": the noun phrase after the comma (not
                # "A, and officials who attended said the plan failed")
                framing = self._postmodified_subject(a, i)
                if framing is not None:
                    np, how = framing, "opening subject"
            # "A, he and Mr. Allen said", "A, current and former officials said": the
            # comma is before the whole coordinated subject
            np0 = None if np is None or not final else \
                self._subject_phrase_start(np, a) if w.lemma in SPEECH_VERBS else np[0]
            if np0 is not None and np is not None and self._names_person(np):
                np0 = self._role_before_name(np0, a)
            if np0 is not None and np0 - 1 > a and words[np0 - 1].text in (",", "—", "–", "―") \
                    and not self._coordinated_cue(i, a) and \
                    not (np is not None and self._relative_speaker(np)):
                c1 = np0 - 1
                while c1 > a and words[c1 - 1].is_punct and \
                        words[c1 - 1].text not in _QUOTE_CHARS and words[c1 - 1].text != "%":
                    c1 -= 1  # (the sign of "rose 5%" is no punctuation of the frame)
                att = Attribution(np, (i, i + 1), None, 0.85 if how == "subject" else 0.75,
                                  "CLAUSE, X said")
                if comma_at < b and words[comma_at].text == ",":
                    # "That, X explained, is by design": the statement's longer side
                    r0 = comma_at + 1
                    r1 = self._content_end(r0, b)
                    r = words[r0] if r0 < b else None
                    left_clause = any(words[x].upos in ("VERB", "AUX") for x in range(a, c1))
                    # "If A, X said, B": the condition is said with B, and B may quote
                    condition = left_clause and self._condition_at(a, c1)
                    adjunct = left_clause and (r is None or r.upos in ("ADP", "SCONJ") or
                                               r.lower.endswith("ing") and r.upos == "VERB" or
                                               r.lower in _SUBORDINATORS or
                                               self._time_distance_after(i, b)) or condition
                    if not adjunct and r is not None and r.upos in ("VERB", "AUX") and \
                            r1 - r0 >= 2 and not left_clause:
                        # "This campaign, he says, is different": one statement around the cue
                        return self._found(a, r1, att)
                    if not adjunct and r1 - r0 > c1 - a and r1 - r0 >= 3:
                        return self._found(r0, r1, att)
                if bracket is not None and bracket + 2 < c1:
                    return self._found(bracket + 1, c1, att)
                # not the setting of a quote the cue brings ("In February, as A, X said,
                # “B”"), though a condition is said with it ("If A, X said, “B”")
                quote_next = i + 2 < b and words[i + 1].text in (",", ":") and \
                    self.in_quote[i + 2] >= 0 and not self._condition_at(a, c1)
                # "Evacuations continue, officials said.": a subject and its verb are a clause
                # (not "He hoped, he said, that A")
                if (c1 - a >= 3 or c1 - a == 2 and self.in_quote[a] < 0 and
                        (i + 1 >= b or words[i + 1].text != ",") and
                        self._two_word_clause(a, plural_base=True)) and \
                        not self._opening_phrase(a, c1) and not quote_next and \
                        not (self._setting_clause(a, c1) and words[i + 1].text != ","):
                    return self._found(a, c1, att)
            # ---- "CLAUSE, said X." (also "CLAUSE, reported the Post.", the frame's end)
            if i - 1 > a and words[i - 1].text == "," and not stance and (
                    w.lemma in INVERTING_VERBS or self._closing_report(i - 1, b) is not None and
                    self.in_quote[self._skip_opening(a, i)] < 0):
                np2 = self._np_forward(i + 1, b)
                np2 = self._joined_roles(np2, b)  # "said lobbyist and strategist Jo Hale"
                if np2 is not None and words[np2[0]].lower in _SUBJECT_PRONOUNS and \
                        np2[1] < b and not words[np2[1]].is_punct:
                    np2 = None  # "X, who A, said he would B": "he" opens the statement
                if np2 is not None and w.lemma in SENDING_VERBS and \
                        not self.is_named_or_pronoun(np2):
                    np2 = None  # "X, a candidate who A, tweeted a warning": its object
                if np2 is not None and (_time_word(words[np2[1] - 1]) or
                                        np2[1] - np2[0] == 1 and
                                        words[np2[0]].lower in _WHEN_OR_HOW_MUCH):
                    # "X, a chairman, responded hours later", "X, Y, said early on Monday
                    # that A", "X said little": a time or an amount, no speaker
                    np2 = None
                if np2 is not None and np2[1] < b and words[np2[1]].upos == "ADP" and \
                        self._auxiliary_after_phrase(np2[1], b):
                    np2 = None  # "X, 62, said the damp in his flat had made her ill": a subject
                around = None if np2 is None else self._statement_around_inverted(a, i, np2, b)
                if around is not None:
                    # "The plan, said Jane Doe, would cost millions": one statement around
                    return self._found(a, around[1], Attribution(around[0], (i, i + 1), None,
                                                                 0.85, "CLAUSE, said X"))
                if np2 is not None and (self._short_adjunct([x for x in range(np2[1], b)
                                                             if not words[x].is_punct], w) or
                                        np2[1] < b and words[np2[1]].text == "," or
                                        self._relative_after(np2, a, i, b)):
                    # "A, said X." / "A, said X, who runs Y." / "A, said an aide who B."
                    c1 = i - 1
                    if c1 - a >= 3:
                        return self._found(a, c1, Attribution(np2, (i, i + 1), None, 0.85,
                                                              "CLAUSE, said X"))
            # ---- "X said (that) CLAUSE"
            if nxt is None:
                continue
            set_off = False  # the cue's phrase is set off after its subject's name
            relative_at = None if np is None else self._relative_pronoun_in(np)
            if np is not None and relative_at is not None:
                # "which Jane Doe said", "a year in which most voters say", "the strike that
                # company executives said": the noun phrase after the relative pronoun is
                # the subject
                np = (relative_at + 1, np[1])
            zero = None if np is None or self._parsed(i) else self._zero_relative_speaker(np, i, b)
            if zero is not None:
                # "It is a plan officials say would cost $5 billion", "a dynamic Greenberg
                # said could drive A": a relative clause with no pronoun, whose gap is the
                # subject of the statement; the speaker follows the noun it modifies
                clause_end = self._clause_stop(i + 2, b)
                r1 = self._content_end(i + 1, b) if clause_end is None else clause_end
                if r1 - i - 1 >= 3:
                    return self._found(i + 1, r1, Attribution(zero, (i, i + 1), None, 0.7,
                                                              "which X said"))
            if np is not None and np[0] > a and self._relative_gap(np, i, b):
                # "policies, which he said had harmed the economy": the relative clause
                r0 = np[0] - 1 if words[np[0] - 1].lower in _RELATIVES else np[0]
                clause_end = self._clause_stop(i + 2, b)
                r1 = self._content_end(i + 1, b) if clause_end is None else clause_end
                if r1 - r0 >= 4:
                    return self._found(r0, r1, Attribution(np, (i, i + 1), None, 0.7,
                                                           "which X said"))
            if np is None and i - 3 >= a and words[i - 1].lower == "to":
                # "though it's fair to say that A", "It is fair to say A": an "it" that holds
                # the place of "to say" speaks for no one, not the sentence's subject
                np = self._expletive_before(i - 1, a)
                how = "expletive" if np is not None else how
            if np is None and i - 2 >= a and words[i - 1].lower == "to" and (
                    w.lemma in _TO_CHAIN_CUES or
                    w.lemma in _BARE_CLAUSE_VERBS and words[i - 2].lemma in _GOING_ON_VERBS):
                # (a verb of thought or evidence after "continue to": "polls continue to show
                # that A", "I continue to believe that A")
                # "X went on to say", "X was quick to add": the subject of the verb before
                j = self._chained_verb(i - 1, a)
                if j is not None and self._passive_aux(j - 1) and \
                        words[j].lemma in _ADDRESSEE_CUES:
                    continue  # "X was asked to comment on A": X is asked, and says nothing yet
                if j is not None:
                    np, how = self._subject_of_cue(j, a)
                    if np is None or np[0] > a and not self._starts_clause(a, np[0], w):
                        np, how = self._opening_subject(a, j, chained=True), "opening subject"
                elif self.in_quote[i - 2] < 0 and not self._parsed(i):
                    np, how = self._caused_speaker(a, i - 1), "object"
                    if np is None:
                        np, how = self._infinitive_subject(a, i - 1), "infinitive"
            if np is None and stance and i - 2 >= a and words[i - 1].lower == "to":
                np, how = self._stance_infinitive_speaker(i, a)
                if np is None:
                    continue  # "plans to endorse Doe", "asked him to condemn A": no side yet
            if np is None and i - 2 > lead and words[i - 1].text == ",":
                share = self._share_start(i - 2, lead)  # "about two-thirds, 67 percent, say A"
                if share is not None:
                    np, how = (share, i - 1), "subject"
            # the comma before a participle, across adverbs ("..., eventually saying")
            comma = self._before_adverbs(i, lead) if w.lower.endswith("ing") else i - 1
            if np is None and w.lower.endswith("ing") and comma - 1 >= lead and \
                    words[comma].text == "," and words[comma - 1].upos == "VERB":
                # "X said, adding that ...": the participle shares the main verb's subject
                np, how = self._subject_of_cue(comma - 1, lead)
            if np is None and w.lower.endswith("ing") and comma > lead and \
                    (words[comma].text == "," or self._after_framed_quote(comma + 1)):
                # "The agency declined to give details, saying ...", "X sued over the
                # “Golden Week,” saying ...": the clause's subject
                np, how = self._shared_subject(lead, comma), "participle"
            opening = self._opening_participle(lead, i, b) if np is None else None
            if opening is not None:
                # "After saying A, the man B", "Having announced that A, Judge X B": the
                # participle frame before the comma; its subject follows the comma
                comma, sub = opening
                framed_at = self._clause_start(i + 1, b, w)
                if framed_at is not None and comma - framed_at >= 3:
                    return self._found(framed_at, comma, Attribution(sub, (i, i + 1), None, 0.7,
                                                                     "X said CLAUSE"))
            if np is None and w.lower.endswith("ing") and \
                    (w.lemma != "add" or nxt.lower == "that"):
                # "X is facing doubts after saying ...", "X added, while also saying ..." (not
                # "while adding two states": "add" without "that" is no cue of speech)
                k = self._subordinator_before(i, lead)
                if k is not None:
                    # the subject of the nearest clause with one of its own ("X argued A,
                    # while Y has gained ground by saying B": Y)
                    np = self._subject_after_link(lead, k) or self._shared_subject(lead, k)
                    how = "participle"
                    if np is None and not self._parsed(i):
                        # "Mr. Doe, after initially saying A, took B": the name the
                        # participle's phrase is set off after, before its own verb
                        np = self._subject_set_off_before(lead, k)
                        set_off = np is not None
            listed = False  # the cue is the next verb of a list after a comma
            if np is None:
                # "The order gave no reasons and did not say ...": the first verb's subject
                k = i - 1
                while k > lead and (_adverbial(words[k]) or words[k].lower in ("not", "n't")):
                    k -= 1
                listed = k > lead and words[k].text == "," and self._listed_verb(k, i, lead)
                if k > lead and self.in_quote[k] < 0 and (
                        words[k].lower in ("and", "but") or listed):
                    np, how = self._coordinated_subject(lead, k), "coordination"
                    if np is not None and not self.is_named_or_pronoun(np) and not (
                            self.is_speaking_noun_phrase(np) and self._clause_opens_after(i, b)) \
                            and not (np[0] == lead and self._untagged_surname(np) and
                                     self._clause_opens_after(i, b)):
                        # "The fracas ... and said": a speaker, not an event; but "Some
                        # owners seek A, and argue that B", "The order gave no reasons
                        # and did not say how B": a clause plainly follows the cue
                        np = None
            reply = self._reply_object(i, b)  # "did not respond to Y": Y is the statement
            if np is not None and np[0] - 2 >= lead and words[np[0] - 1].lower == "than" and \
                    words[np[0] - 2].lower in SHARE_QUALIFIERS:
                np = (np[0] - 2, np[1])  # "[More than] six in 10 said": the share's qualifier
            if np is not None and np[0] - 2 >= lead and \
                    words[np[0] - 1].lower in ("named", "called") and \
                    words[np[0] - 2].upos == "NOUN" and not words[np[0] - 2].is_capitalised \
                    and self._names_person(np):
                person = self._np_back(np[0] - 2, lead)  # "[A voter named] Walt Gibbons said"
                np = (person[0], np[1]) if person is not None else np
            # a parse's subject may leave out the title or role that opens its noun
            # phrase ("[Mr.] Obama revised his plans, saying that A")
            np0 = None if np is None else \
                self._subject_phrase_start(np, lead - 1) if self._parsed(i) else np[0]
            near = np  # the noun phrase right before the cue, kept for the inner clause
            if np is None or how not in ("object", "antecedent") and np0 is not None and \
                    np0 > lead and not self._starts_clause(lead, np0, w):
                # "did not respond to Y", "would not say whether A": across the negation
                negated = reply is not None or (w.lemma in SPEECH_VERBS or stance) and \
                    self._negated(i, lead)
                np, how = (self._subject_across_adjuncts(lead, i, negation=negated), "subject") \
                    if _plain_speech_verb(w) or negated or self._progressive(i, lead) \
                    else (None, "")
            if np is None:
                # "Gov. X of Ohio, a Republican who ..., said", "officials who spoke
                # with us said": the noun phrase that opens the clause
                np = self._opening_subject(lead, i) if lead < i else None
                if np is None and near is not None:
                    np = self._inner_opening_subject(near, lead, i)
                if np is None:
                    continue
                how = "opening subject"
            if self._passive_aux(i - 1) and \
                    (w.lower.endswith("ed") or w.lower in _IRREGULAR_PARTICIPLES) and \
                    (w.lemma != "ask" or self._infinitive_at(i + 1, b)):
                continue  # passive: "the judge who has been confirmed", "X was asked to go"
            if w.lower == "asked" and words[i - 1].text == "," and np[1] == i - 1:
                continue  # a reduced passive: "after X, asked about A, said B"
            if np[1] == i and self._modifies_text_before_verb(i, b):
                continue  # "Figures reported on Sunday suggest A": "suggest" is the cue
            if w.lemma == "ask" and i + 2 < b and words[i + 1].lower == "by" and \
                    self._passive_aux(i - 1):
                # "X was asked by host Jane Doe whether A": the one who asks is the agent
                agent = self._np_forward(i + 2, b)
                if agent is not None and self._can_speak(agent):
                    np, how = agent, "subject"
            # the relative opens the subject, or ends the noun phrase it is read with
            # ("Businesses that warn A were not consulted": "Businesses that")
            rel = np[0] if words[np[0]].lower in ("who", "that") else np[1] - 1
            relative = words[rel].lower in ("who", "that") and rel > a
            restrictive = relative and words[rel - 1].text != "," and not any(
                words[x].upos in ("VERB", "AUX") for x in range(a, rel))
            # A ends before the main clause's verb ("Businesses that warn A were not
            # consulted"), or at the sentence's end when the tagger read that verb as none
            in_subject = restrictive and rel > np[0]
            restrictive = restrictive and not in_subject
            if restrictive and words[lead].upos != "ADP":
                continue  # "Voters who said A were split": A ends where we cannot see
            if w.lower == "said" and np == (i - 1, i) and np[0] == lead and \
                    words[np[0]].lower in ("that", "this") and i + 1 < b and \
                    words[i + 1].text == "," and self.in_quote[i + 1] < 0:
                continue  # "That said, A": the writer's own turn of phrase, no speaker
            c0 = i + 1
            # (the one a stance verb thanks or praises is its statement's object, not told)
            addressee = None if stance else self._addressee(i, b)
            if addressee is None and w.lemma == "tell" and c0 < b and \
                    words[c0].lower in _OBJECT_PRONOUNS:
                addressee = (c0, c0 + 1)  # "told me he ...": the pronoun is told, not said
            if addressee is not None:
                c0 = addressee[1]
            if reply is not None:
                # "X did not respond to requests for comment": the object is the statement
                return self._found(reply[0], reply[1], Attribution(np, (i, i + 1), None, 0.6,
                                                                    "X responded to Y"))
            story = self._told_story(i, b, np) if w.lemma == "tell" else None
            if story is not None:
                return story
            if addressee is not None and c0 < b and (
                    words[c0].upos == "AUX" and words[c0].lower.endswith("ing") or
                    words[c0].upos == "VERB" and words[c0].lower.endswith("ed")):
                # "told a meeting being held in X", "told a crowd gathered there that A":
                # the participle is the object's; only a "that" after it opens a statement
                # (an -ing verb may be a noun the tagger missed: "told a rally gathering")
                c0 = next((x for x in range(c0 + 1, b) if words[x].lower == "that"), b)
                if c0 >= b:
                    continue
            clause_at = self._stance_object_at(i, b) if stance else self._clause_start(c0, b, w)
            if clause_at is None and c0 == i + 1 and c0 + 3 < b and words[c0].text == "," and \
                    _plain_speech_verb(w) and np[0] == lead == a and self.in_quote[c0 + 1] < 0 and \
                    not (a > 0 and self.in_quote[a - 1] >= 0 and
                         "\n" not in self.W.text[words[a - 1].end:words[a].start]) and \
                    words[i - 1].text != "," and \
                    (words[c0 + 1].upos in ("DET", "NOUN", "PROPN", "NUM") or
                     words[c0 + 1].lower in _SUBJECT_PRONOUNS) and \
                    self._clause_opens_at(c0 + 1, b) and \
                    not any(self._next_cue_at(x) for x in range(c0 + 2, b)):
                # "The Times previously reported, the city refused to name them": a comma
                # where "that" would stand, before a clause that runs to the sentence's end
                # (not '"A!" X shouted, a point he makes often', nor "than, say, X's plan")
                clause_at = c0 + 1
            if clause_at is None or clause_at >= b:
                continue  # no clause, or "X said that" ends the text
            c0 = clause_at
            if c0 == i + 1 and w.lemma == "say":
                # "X has said little about the plan": the topic after "about" is what X
                # spoke of (as after "talked about"); "said little" alone says nothing
                # (a speaker by name, pronoun or role: not "The meeting ran late and said
                # little about taxes")
                about = self._said_little_about(c0, b) if self.is_named_or_pronoun(np) \
                    else None
                if about is None and self._said_little(c0, b):
                    continue
                c0 = about if about is not None else c0
            if self._after_quote_frame(np, a) and (self._manner_or_place_at(c0) or
                                                   self._verbless(c0, b) or
                                                   w.lemma in ("say", "tell") and
                                                   not self._clause_opens_at(c0, b)):
                # '“A,” X said from his plane', '“A,” X said late last month': the quote
                # is the statement; words after the frame need a verb of their own
                continue
            p = self._topic_prep(i, b)
            topic = p is not None and (c0 == p + 1 or c0 == p and
                                       words[c0].lower in _QUESTION_STARTS)
            if words[c0 - 1].lower != "that" and w.lemma not in SPEECH_VERBS and \
                    w.lemma not in ("believe", "think", "argue") and not topic and not stance and \
                    not (w.lemma in _QUESTION_VERBS and words[c0].lower in _QUESTION_STARTS) and \
                    not (
                        w.lemma in _ADDRESSEE_CUES and c0 == i + 1 and any(
                            self._infinitive_at(x, b)
                            for x in range(c0 + 1, min(b, c0 + _NAME_WORDS)))) and \
                    not self._evidence_clause(w, c0, b) and \
                    not (w.lemma == "accuse" and self._charged_of(c0, b)):
                continue  # but "urged voters to turn out": a request, as "asked X to" is
            if w.lemma in _CLAUSE_ONLY_CUES and words[c0 - 1].lower != "that" and \
                    self._opens_object(c0):
                continue  # "she has maintained her lead": an object, not a statement
            # "asked about X", "asked whether ...", "vowed to ...": no finite verb needed
            request = w.lemma == "ask" and words[c0 - 1].lower == "for"  # "asked for a photo"
            question = words[c0 - 1].lower == "about" or words[c0].lower in _QUESTION_STARTS or \
                request
            answer_end = self._answer_end(c0, b) if w.lemma == "say" and \
                words[c0 - 1].lower != "that" else None
            answer = answer_end is not None
            c1 = answer_end if answer_end is not None else self._content_end(c0, b)
            if listed:
                # "X hid A, admitted B, and delayed C": B ends where the list goes on
                c1 = next((x for x in range(c0 + 1, c1 - 2) if words[x].text == "," and
                           words[x + 1].lower in ("and", "or") and words[x + 2].upos == "VERB"
                           and _finite_form(words[x + 2]) == _finite_form(w)), c1)
            object_end = None
            if stance and not restrictive:
                # a stance verb's object ends early (at a comma, a time, a second verb: see
                # below): trimmed first, so the scans for a next cue and a narrator's clause
                # read only the object, not the rest of the sentence
                c1 = object_end = next(
                    (x for x in range(c0, c1) if words[x].text in _CLAUSE_STOPS or
                     self.in_quote[x] >= 0 or self._second_clause_at(x, c1, False) or
                     x > c0 and (self._stance_object_ends_at(x, c1) or self._occasion_at(x, c1) or
                                 self._weekday_after_object(x, c1))), c1)
            # "X, who said A, said B", "X said A and argued B": A ends where the next
            # cue takes over
            nxt_cue = next((x for x in range(c0, c1 - 1) if self._next_cue_at(x, w)), None)
            subordinate = np[0] > a and (
                words[np[0] - 1].lower in _LEAD_SUBORDINATORS | {"which", "whom", "with"} or
                np[0] - 2 >= a and self._subordinating_that(np[0] - 1)) or \
                how == "coordination" and self._in_relative_clause(np, i, lead)
            if nxt_cue is not None:
                # 'X said that “A,” Y added', 'X suggested A — “B,” X said — and C': the
                # quote's own frame credits it, so the statement ends before it (not in
                # 'After X said A “B,” Y said': Y's clause follows X's)
                cut = self._content_end(c0, nxt_cue if subordinate else
                                        self._framed_quote_start(c0, nxt_cue))
                if all(self.in_quote[x] >= 0 for x in range(c0, cut)):
                    continue
                if not self._opening_phrase(c0, cut):
                    # (not 'X reported that during the visit, Y reiterated A': the
                    # setting opens X's statement, which runs on over Y's clause)
                    c1 = cut
            elif relative and (words[np[0] - 1].text == "," or restrictive) or subordinate or \
                    set_off:
                # "Cruz, who says A, said B", "Though X said A, B", "in a year in which X
                # says A, B", "with half saying A, B": A ends at the comma, though not at
                # one that sets off a role after the person A opens with ("with polls
                # showing that Ann Roe, the governor, leads")
                first_np = self._np_forward(c0, c1)
                past = self._past_set_off(first_np[1], c1) \
                    if first_np is not None and self._names_person(first_np) else c0
                c1 = next((x for x in range(past, c1) if words[x].text == "," and
                           self.in_quote[x] < 0), c1)
            if restrictive and (c1 == self._content_end(c0, b) or nxt_cue is not None):
                continue  # "Among those who said A, most backed B": only a comma ends A
            if in_subject:
                c1 = self._subject_clause_end(c0, c1)
            if question:
                # "would not say whether A, and B said C": the question ends before a new clause
                c1 = next((x for x in range(c0, c1 - 1) if words[x].text == "," and
                           words[x + 1].lower in ("and", "but") and self.in_quote[x] < 0), c1)
                c1 = self._infinitive_end(c0, c1)
                if words[c0 - 1].lower == "about":
                    # "tried to ask about immigration when X shot back that A": the topic
                    # ends at a clause of time, as after "talked about"
                    c1 = self._content_end(c0, next(
                        (x for x in range(c0 + 1, c1) if self.in_quote[x] < 0 and
                         words[x].lower in _LEAD_SUBORDINATORS and words[x].lower != "as"), c1))
            else:
                # "X said A, but he has not endorsed B": the writer's own clause
                # (or its tail: "X said A, though B", "X said A, a record")
                c1 = next((x for x in range(c0 + 2, c1 - 1) if self._narrator_clause_at(x) or
                           x - c0 >= 3 and self._statement_tail_at(x, c1)), c1)
                if not (stance or topic):
                    c1 = self._speakers_second_verb(c0, c1, w)
            # "has said A and has called for B", "by pledging to A and trying B"
            c1 = self._speakers_parallel_verb(c0, c1, i)
            if w.lemma == "recall" and c0 == i + 1 and _is_number(words[c0]) and \
                    c0 + 1 < c1 and not words[c0 + 1].is_punct:
                continue  # "recalled 12,000 jars of peanut butter": goods, no words
            # "X announced his resignation", "X tweeted her thanks": an object statement
            obj = stance or not question and words[c0 - 1].lower != "that" and \
                w.lemma in _OBJECT_CUES and (not w.lower.endswith("ing") or
                                             words[i - 1].lower in _PASSIVE_AUX or
                                             words[i - 1].lower == "by") and \
                (self._opens_object(c0) or self._named_object(c0, w) or
                 self._bare_noun_object(c0, i)) and \
                not self._clause_after_object(c0, c1) or \
                self._gerund_object(c0, w)
            if (obj or topic or request) and c1 != object_end:
                # the object ends at a clause stop, a quote or a second verb ("and said ..."),
                # a topic also at an adjunct clause ("talked about jobs when he was in Ohio"),
                # a request also at a new subject ("asked for a photo and Clinton agreed")
                c1 = next((x for x in range(c0, c1) if words[x].text in _CLAUSE_STOPS or
                           self.in_quote[x] >= 0 or self._second_clause_at(x, c1, request) or
                           topic and x > c0 and words[x].lower in _LEAD_SUBORDINATORS or
                           stance and x > c0 and self._stance_object_ends_at(x, c1) or
                           x > c0 and self._occasion_at(x, c1) or
                           obj and x > c0 and (self._weekday_after_object(x, c1) or
                                               self._time_clause_after_object(x, c1))), c1)
            # "claimed victory", "asked about immigration"
            bare_noun = (obj or words[c0 - 1].lower == "about") and c1 == c0 + 1 and \
                words[c0].upos == "NOUN"
            if c1 - c0 < (1 if answer or topic or bare_noun or stance else 2 if question or obj or
                          self._elliptic_clause(c0, c1) or self._bare_clause(i, c0, c1)
                          else 3):
                continue
            if how == "infinitive" and not (question or words[c0 - 1].lower == "that" or
                                            words[c0].lower in _SUBJECT_PRONOUNS or
                                            self._subject_and_verb(c0, c1)):
                continue  # "to claim the nomination": an object, not words
            # "has asked the court to intervene": the one asked and the infinitive, whose
            # verb the tagger may read as a noun
            request = request or w.lemma in _ADDRESSEE_CUES and \
                any(self._infinitive_at(x, c1) for x in range(c0 + 1, min(c1, c0 + _NAME_WORDS)))
            if words[c0 - 1].lower != "that" and not (question or obj or answer or topic or
                                                       request) and (
                    self._manner_phrase(c0, c1) or not any(
                        words[x].upos in ("VERB", "AUX") for x in range(c0 + 1, c1)) and
                    not (words[c0].lower in _SUBJECT_PRONOUNS and c1 - c0 >= 3) and c1 - c0 < 6):
                continue  # "the crowd shouted back at him for minutes": how, not what
            conf = 0.8 if how == "subject" else 0.7
            if stance and self._statement_in_object(c0, c1):
                continue  # "mocked Doe's promise that A", "shows voters who say A": Doe's, theirs
            if stance and np is not None and self._speaker_credential(np[0], a):
                continue  # "“A,” said Jane Roe, who endorsed Doe": who she is, no news
            if stance and STANCE_VERB_FORMS[w.lower] == "back" and \
                    self._backing_aside(np, i, c0, c1, b):
                continue  # "Roe, who backs Doe, warned ...": who Roe is, no news
            if stance and STANCE_VERB_FORMS[w.lower] == "attack" and \
                    self._attack_aside(np, i, c0, c1):
                continue  # "ads attacking Doe", "a man attacked a guard": no one's words
            if stance:
                return self._found(c0, c1, Attribution(np, (i, c0 if c0 - i <= 2 else i + 1),
                                                      None, conf - 0.1, "X criticized Y"))
            # "In a CNN poll, 38 percent of voters said A": the news credits the poll
            np = self._poll_before_share(np, i) or np
            # the particle is the phrasal cue's ("shot back")
            cue_end = i + 2 if words[i + 1].lower in _PHRASAL_CUES and not is_cue_word(w) \
                else i + 1
            return self._found(c0, c1, Attribution(np, (i, cue_end), addressee, conf,
                                                  "X said CLAUSE"))
        # "In a new poll, Doe leads Roe": no cue but the poll's
        return self._poll_finding(a, b, outside, first, stop)

    def _poll_finding(self, a: int, b: int, outside: list[int], first: int,
                      stop: int) -> Found | None:
        """The finding of a poll that an opening "in" names in sentence words [a, b), its "in"
        in [first, stop) ("In a new CNN survey, Doe leads Roe", "In the poll, conducted in
        May, Doe led Roe"): the clause after the poll's comma.  The news credits the poll,
        as it does "according to the poll".  Only a clause with a verb, in a sentence with
        no cue of speech ("In a poll, 8 percent said A": the share's cue, which credits the
        poll, reads it), and not a poll's noun that opens a name of something else ("In the
        poll's margin of error, ...") nor another opening "in" ("In Iowa, Doe leads in the
        polls").  A trailing "in the polls" ("Doe has led in the polls") is left alone: the
        news uses it as often for a candidate's standing as for a poll's finding."""
        words, in_quote = self.words, self.in_quote
        for p in outside:
            w = words[p]
            if w.lower not in _POLL_NOUNS or w.upos not in ("NOUN", "PROPN") or \
                    p + 1 >= b or _possessive_mark(words[p + 1]):
                continue
            # back over the poll's name to its "in"
            x = p - 1
            while x >= max(a, p - _POLL_NAME_WORDS) and in_quote[x] < 0 and \
                    words[x].lower != "in" and (
                        words[x].upos in _POLL_NAME_TAGS or words[x].text in _POLL_NAME_MARKS or
                        words[x].lower == "of" and x > a and words[x - 1].lower == "average"):
                x -= 1
            if x < first or x >= stop or words[x].lower != "in" or in_quote[x] >= 0:
                continue
            clause = next((y + 1 for y in range(x - 1, a - 1, -1)
                           if words[y].text in (":", ";") and in_quote[y] < 0), a)
            if x != self._skip_opening(clause, b):
                continue
            # the comma that closes the poll's name ("In a poll released Monday,", "In the
            # poll, conducted in May,")
            c = p + 1
            if words[c].text == "," and c + 1 < b and words[c + 1].lower in _POLL_TAKEN:
                c += 1
            c = next((y for y in range(c, min(b, c + _SOURCE_WORDS))
                      if words[y].text == "," and in_quote[y] < 0), b)
            if c >= b or any(words[y].upos in ("VERB", "AUX") and
                             words[y].lower not in _POLL_TAKEN for y in range(p + 1, c)):
                continue
            c0, c1 = c + 1, self._content_end(c + 1, b)
            # "..., largely because B": the writer's reason, not the poll's
            c1 = next((y for y in range(c0 + 2, c1 - 1) if words[y].text == "," and
                       "because" in (words[y + 1].lower, words[min(y + 2, c1 - 1)].lower)), c1)
            # a clause with a verb, or a share's, whose verb a tagger may miss ("40 percent
            # of voters [back] Roe")
            if c1 - c0 < 2 or any(in_quote[y] >= 0 for y in range(c0, c1)) or \
                    not any(words[y].upos in ("VERB", "AUX") for y in range(c0, c1)) and \
                    not (c1 - c0 >= 4 and (_is_number(words[c0]) or
                                           words[c0].lower in SHARE_WORDS)) or \
                    any(in_quote[y] < 0 and not self._noun_use(y, a) and
                        not (y > a and (words[y - 1].upos == "NUM" or
                                        words[y - 1].lower == "percentage"))
                        for y in self._indices_in(self._cue_index, a, b)):
                continue  # (a sentence with a cue of speech: its rules read it; not a cue
                # form a tagger read as a verb, "1 percentage [point]")
            return self._found(c0, c1, Attribution((x + 1, p + 1), (x, x + 1), None, 0.7,
                                                   POLL_FINDING_REASON))
        return None

    @cached_property
    def _asked_index(self) -> list[int]:
        """The article's words spelled "asked", in order: the question frames of
        :meth:`_asked_frame` all turn on one, and most windows have none (read from the
        trigger index, which holds every one as a reporting-verb form)."""
        words = self.words
        return [i for i in self._surface_trigger_index if words[i].lower == "asked"]

    def _asked_frame(self, a: int, b: int) -> Found | None:
        """A question put to the speaker as a frame: "Asked whether A, X said ...",
        "Asked by Y if A, X ...", "..., X said when asked what A", "Asked about A, X
        said ..." (the question's topic).  The asker is Y when named, else unknown (the one
        who answers is not the one who asked)."""
        asked = self._indices_in(self._asked_index, a, b)
        if not asked:
            return None  # (most windows: every frame below turns on an "asked")
        words = self.words
        i = self._skip_opening(a, b)
        opening = i < b and words[i].lower == "when"
        if opening:
            i += 1
        if i >= b or words[i].lower != "asked" or self.in_quote[i] >= 0:
            # "..., X said when asked about A": the question ends the sentence
            # "asked" is a reporting-verb form: the trigger index holds every one
            i = next((x for x in asked
                      if x > i and words[x].lower == "asked" and words[x - 1].lower == "when" and
                      self.in_quote[x - 1] < 0), b)
            if i >= b:
                return None
        else:
            opening = True
        asker = None
        j = i + 1
        if j < b and words[j].lower == "by":
            asker = self._np_forward(j + 1, b)
            if asker is None:
                return None
            j = asker[1]
        elif not opening:
            # "X told Y on Monday when asked A": Y asked
            told = next((x for x in range(i - 2, a - 1, -1) if words[x].lemma == "tell" and
                         self.in_quote[x] < 0), None)
            asker = self._addressee(told, b) if told is not None else None
        # over a short adjunct ("on Fox News", "at a briefing Monday") to the question, or
        # to the topic after "about"
        q = next((x for x in range(j, min(b, j + _ASKED_ADJUNCT_WORDS))
                  if words[x].lower in _QUESTION_STARTS | {"which", "whom", "about"} or
                  words[x].is_punct), None)  # "asked which county", "asked whom she backed"
        if q is None or words[q].is_punct or self.in_quote[q] >= 0:
            return None
        if words[q].lower == "about":
            q += 1  # "Asked about the budget, X said": the topic
            if q >= b or words[q].is_punct or self.in_quote[q] >= 0:
                return None
        comma = next((x for x in range(q + 1, b) if words[x].text in _CLAUSE_STOPS and (
            self.in_quote[x] < 0 or x + 1 < b and words[x + 1].text in _QUOTE_CHARS)), None)
        if opening and (comma is None or self._content_end(comma + 1, b) - comma < 3):
            return None  # no answer after the frame: not a frame
        end = self._content_end(q, b if comma is None else comma)
        if end - q < 2 and words[q].lower not in _QUESTION_STARTS:
            return None
        return self._found(q, end, Attribution(asker, (i, i + 1), None, 0.5 if asker else 0.3,
                                               "Asked A, X said"))

    def _reported_by(self, c: int, a: int, b: int) -> Found | None:
        """A news item credited to the outlet that broke it: "The meeting was first reported
        by Politico", "Her remarks, first reported by the Times, ...", "a fact first reported
        by X": the item is the statement, the agent after "by" at ``c + 1`` its speaker."""
        words = self.words
        agent = self._np_forward(c + 2, b)
        if agent is None or not self._can_speak(agent):
            return None
        k = c - 1
        first = k >= a and words[k].lower in _FIRST_REPORT_ADVERBS
        if first:
            k -= 1
        if k > a and words[k].lower in _PASSIVE_AUX:
            k -= 1  # "was first reported by"
            if k > a and words[k].lower in _PERFECT_AUXILIARIES:
                k -= 1
        elif not first:
            return None  # "exit polling reported by CNN": a source, no news it broke
        elif words[k].text == ",":
            k -= 1  # "Her remarks, first reported by the Times,"
        elif words[k].lower == "as":
            # "A, as first reported by the Times": the clause before the frame
            lead = self._skip_opening(a, k)
            c1 = self._content_end(lead, k)
            if k - 1 <= a or words[k - 1].text != "," or c1 - lead < 3:
                return None
            return self._found(lead, c1, Attribution(agent, (c, c + 1), None, 0.75,
                                                      "as X said"))
        item = self._np_back(k, a)
        if item is not None and words[item[0]].lower in _RELATIVES and item[0] - 2 >= a and \
                words[item[0] - 1].text == ",":
            item = self._np_back(item[0] - 2, a)  # "the email, which was first reported by"
        if item is None or words[item[0]].lower in _RELATIVES or \
                item[1] - item[0] == 1 and words[item[0]].is_pronoun:
            return None  # "it was first reported by": the item is named elsewhere
        return self._found(item[0], item[1], Attribution(agent, (c, c + 1), None, 0.75,
                                                          "X was reported by Y"))

    def _by_agent(self, j: int, b: int) -> tuple[tuple[int, int] | None, int] | None:
        """The agent a "by" at word ``j`` names after a passive participle, and the word
        after it ("was announced [by the club] that A"): ``(None, j)`` when no "by" stands
        there, None when the "by" opens no phrase that can speak."""
        if j >= b or self.words[j].lower != "by":
            return None, j
        agent = self._np_forward(j + 1, b)
        if agent is None or not self._can_speak(agent):
            return None
        return agent, agent[1]

    def _passive_report(self, i: int, a: int, b: int) -> Found | None:
        """Reported speech in the passive with a "that" clause, whose speaker the news does
        not name: "it was widely reported that A", "It's been said that A", "I was told
        that A" (the one told is no speaker); an agent after "by" speaks ("it was announced
        by the club that A").  ``i`` is the participle; None for any other use."""
        words = self.words
        k = i - 1
        if k > a and not self._passive_aux(k) and words[k].lower.endswith("ly"):
            k -= 1  # "was widely reported"
        if k <= a or not self._passive_aux(k) or words[k - 1].upos == "AUX" and \
                words[k - 1].lower not in _BE_FORMS | _PERFECT_AUXILIARIES:
            return None  # "It should be noted that A": the writer's own note
        j = i + 1
        by_agent = self._by_agent(j, b)
        if by_agent is None:
            return None
        agent, j = by_agent
        c0 = self._clause_start(j, b, words[i]) if j < b else None
        if c0 is None or c0 >= b or words[c0 - 1].lower != "that" or self.in_quote[c0] >= 0 or \
                c0 - 1 > j and words[j].upos not in ("ADP", "ADV"):
            return None  # not "was declared the winner of a race that was marred by fraud"
        c1 = self._content_end(c0, b)
        nxt_cue = next((x for x in range(c0, c1 - 1) if self._next_cue_at(x)), None)
        if nxt_cue is not None:
            c1 = self._content_end(c0, nxt_cue)
        # "X said A, but he has not endorsed B": the writer's own clause; "At a time when
        # it was said that A, B": the subordinate clause ends at its comma
        subordinate = any(words[x].lower in _LEAD_SUBORDINATORS for x in range(max(a, k - 4), k))
        c1 = next((x for x in range(c0 + 2, c1 - 1) if self._narrator_clause_at(x) or
                   subordinate and words[x].text == "," and self.in_quote[x] < 0), c1)
        if c1 - c0 < 3 or not any(words[x].upos in ("VERB", "AUX") for x in range(c0, c1)):
            return None
        return self._found(c0, c1, Attribution(agent, (i, i + 1), None, 0.6 if agent else 0.3,
                                               "it was said that A"))

    def _passive_subject(self, i: int, a: int, b: int) -> Found | None:
        """The subject of a passive verb of announcing that ends its clause: "The merger was
        announced on Monday", "Both fires were claimed by the group", "The case was argued
        in May": the subject is what was announced, claimed or argued, by the agent after
        "by" when there is one (else by no one named).  ``i`` is the participle; None for a
        person or a pronoun as subject ("He was reported missing"), a relative ("which was
        reported by X"), or when a complement follows ("was announced as the winner", "is
        claimed to be")."""
        words = self.words
        k = i - 1
        while k > a and words[k].upos == "ADV" and words[k].lower not in ("not", "n't"):
            k -= 1  # "was first reported", "were widely claimed"
        if k <= a or not self._passive_aux(k) or words[k].lower == "being":
            return None
        while k - 1 > a and (words[k - 1].upos == "AUX" or words[k - 1].lower in ("not", "n't")):
            k -= 1  # "will be announced", "had been reported", "might not be claimed"
        j = i + 1
        while j < b and words[j].upos == "ADV" and words[j].lower != "as":
            j += 1
        if words[i].lower in ("said", "reported") and j + 1 < b and words[j].lower == "to" and \
                words[j + 1].upos in ("VERB", "AUX") and self.in_quote[j + 1] < 0:
            # "Several bankers are said to be pressing A", "X, who is said to have drafted A":
            # the subject and the infinitive's clause are the statement, no one named
            x = k - 1
            np = (x, k) if x >= a and words[x].lower in ("who", "which", "he", "she", "they",
                                                         "it") else self._np_back(x, a)
            if np is None or np[1] != k:
                return None
            stop = self._clause_stop(j + 2, b)
            c1 = self._content_end(j, b) if stop is None else stop
            c1 = next((x for x in range(j + 2, c1) if words[x].text == ")" and
                       self.in_quote[x] < 0), c1)  # "(he was said to A)": the aside's end
            return self._found(np[0], c1, Attribution(None, (i, i + 1), None, 0.3,
                                                      "A is said to B"))
        if words[i].lower == "asked" and j + 1 < b and words[j].lower == "to" and \
                words[j + 1].upos in ("VERB", "AUX") and self.in_quote[j + 1] < 0:
            # "The coach was asked to name one player", "diners are asked to rank
            # the dishes": a request whose asker the news does not name
            if any(words[x].lower in _APPEAL_SUBJECTS for x in range(max(a, k - 6), k)):
                return None  # "Anyone with information is asked to call police": an appeal
            stop = self._clause_stop(j + 2, b)
            c1 = self._content_end(j, b) if stop is None else stop
            # (not "... and declined": the one asked answers in a verb of its own)
            c1 = next((x for x in range(j + 2, c1 - 1) if words[x].lower in ("and", "but") and
                       words[x + 1].upos in ("VERB", "AUX") and
                       _finite_form(words[x + 1]) is not None), c1)
            # "X had been asked to keep them by the committee": the asker, at the end
            by = next((x for x in range(j + 2, c1 - 1) if words[x].lower == "by"), None)
            asker = None if by is None else self._np_forward(by + 1, c1)
            if asker is None or asker[1] != c1 and words[asker[1]].lower not in ("of", "on") or \
                    _time_word(words[asker[1] - 1]) or words[asker[1] - 1].lower in _WEEKDAYS or \
                    not self.is_named_or_pronoun(asker) and \
                    not self.is_speaking_noun_phrase(asker):
                asker = None
            c1 = c1 if asker is None or by is None else by
            if c1 - j < 3:
                return None
            return self._found(j, c1, Attribution(asker, (i, i + 1), None,
                                                  0.6 if asker else 0.3, "A was asked to B"))
        if words[i].lower in ("said", "asked"):
            return None
        by_agent = self._by_agent(j, b)
        if by_agent is None:
            return None
        agent, j = by_agent
        if j < b and not (words[j].is_punct and words[j].text not in _QUOTE_CHARS or
                          words[j].upos == "ADP" and words[j].lower not in ("as", "to", "for") or
                          _time_word(words[j]) or words[j].lower in _WEEKDAYS or
                          words[j].lower in ("last", "this", "earlier", "later", "and", "but")):
            return None  # "was announced as the winner", "was reported missing"
        np = self._np_back(k - 1, a)
        if np is None or np[1] != k or words[np[0]].is_pronoun or \
                words[np[1] - 1].lower in _RELATIVES or self._names_person(np) or \
                words[np[1] - 1].upos == "PROPN" or not any(
                    words[x].upos == "NOUN" for x in range(np[0], np[1])):
            return None
        for _ in range(3):
            # "[the breach of] the bank's computers by hackers was reported": the phrase's
            # head is before its prepositions
            p = np[0] - 1
            head = self._np_back(p - 1, a) if p - 1 >= a and words[p].upos == "ADP" and \
                self.in_quote[p] < 0 else None
            if head is None or head[1] != p:
                break
            np = (head[0], np[1])
        return self._found(np[0], np[1], Attribution(agent, (i, i + 1), None,
                                                     0.6 if agent else 0.3,
                                                     "A was announced"))

    def _declared_winner(self, i: int, a: int, b: int) -> Found | None:
        """A declared result: "X was declared the winner in Ohio (by the networks)" is a
        statement of its own, subject and cue included, said by the agent after "by" or by
        no one named.  ``i`` is the participle; None for any other use."""
        words = self.words
        k = i - 1
        if k <= a or not self._passive_aux(k):
            return None
        j = i + 1
        if j < b and words[j].lower == "as":
            j += 1
        n = next((x for x in range(j, min(b, j + 4)) if words[x].lower in ("winner", "winners")),
                 None)
        if n is None or not all(words[x].upos in ("DET", "ADJ", "NOUN", "NUM", "PUNCT")
                                for x in range(j, n)):
            return None
        s = self._np_back(self._skip_back(k - 1, a), a)
        if s is None or words[s[0]].lower in _RELATIVES or not self.is_named_or_pronoun(s):
            return None
        c1 = n + 1  # the race after the noun ("the winner of the Iowa caucuses")
        while c1 < b and self.in_quote[c1] < 0 and words[c1].text not in _CLAUSE_STOPS and \
                words[c1].lower not in _RELATIVES | _SUBORDINATORS | {"by"}:
            c1 += 1
        c1 = self._content_end(s[0], c1)
        agent = self._np_forward(c1 + 1, b) if c1 < b and words[c1].lower == "by" else None
        if agent is not None and not self._can_speak(agent):
            agent = None
        return self._found(s[0], c1, Attribution(agent, (i, i + 1), None, 0.6 if agent else 0.3,
                                                 "X was declared the winner"))

    def _told_story(self, i: int, b: int, np: tuple[int, int]) -> Found | None:
        """The story that the verb of telling ``i`` tells ("X told a joke", "X tells them
        [the story of how A]", "exit polls told [a tale of two parties]"): its noun phrase,
        with a complement after "of" or "about", is the statement; None otherwise."""
        words = self.words
        j = i + 1
        if j < b and words[j].lower in _OBJECT_PRONOUNS:
            j += 1  # "told them a story"
        # the noun and its modifiers ("a slightly different tale", "their family stories")
        k = j
        while k < min(b, j + 5) and words[k].lower not in _STORY_NOUNS and \
                self.in_quote[k] < 0 and words[k].upos in ("DET", "ADV", "ADJ", "NUM", "PRON",
                                                            "NOUN", "PROPN", "PART"):
            k += 1
        if k >= b or words[k].lower not in _STORY_NOUNS or self.in_quote[k] >= 0:
            return None
        c1 = k + 1
        if k + 1 < b and words[k + 1].lower in ("of", "about"):
            c1 = next((x for x in range(k + 1, b) if words[x].text in _CLAUSE_STOPS or
                       self.in_quote[x] >= 0 or self._second_clause_at(x, b)), b)
            c1 = self._stop_or_dash(k + 1, self._content_end(j, c1))
        return self._found(j, c1, Attribution(np, (i, i + 1), None, 0.7, "X told a story"))

    def _pointer_before(self, c0: int, i: int) -> bool:
        """True when words [c0, i) before "according to" at ``i`` are "that" or "this" and
        a form of "be" alone ("That's according to X", "This is according to X")."""
        words = self.words
        return i - c0 == 2 and words[c0].lower in ("that", "this") and \
            (words[c0 + 1].lower in _CONTRACTED_IS or words[c0 + 1].lower in ("is", "was"))

    def _as_frame(self, a: int, b: int, np: tuple[int, int] | None, c: int) -> Found | None:
        """ "As X noted, CLAUSE" / "CLAUSE, as X noted." / "As reported by X, CLAUSE": the
        clause outside the as-frame, for speaker ``np`` of cue ``c`` in sentence words
        [a, b) (without ``np``, the agent of a passive cue speaks)."""
        words = self.words
        if np is None or np == (c - 1, c) and words[c - 1].lower == "as":
            # no subject, or the tagger read "As" as one (not "As Reuters reported")
            if c - 1 < a or words[c - 1].lower != "as" or c + 2 >= b or \
                    words[c + 1].lower != "by" or not words[c].lower.endswith("ed"):
                return None
            np = self._np_forward(c + 2, b)
            if np is None:
                return None
            s, j0 = c - 1, np[1]
        else:
            if np[1] - np[0] > 1 and words[np[0]].lower == "as":
                np = (np[0] + 1, np[1])  # the model-free tagger may read "As" as a noun
            s, j0 = np[0] - 1, c + 1
        if s < a or words[s].lower != "as" or words[c].lower.endswith("ing") or \
                words[c].lemma not in SPEECH_VERBS:
            return None
        j = j0  # a short adjunct may close the frame ("as X noted recently,")
        while j < b and j - j0 < _AS_FRAME_ADJUNCT and words[j].text not in _CLAUSE_STOPS and \
                words[j].text != "." and self.in_quote[j] < 0:
            j += 1
        close = j if j < b and words[j].text in (",", "—", "–", "―") else None
        lead = self._skip_opening(a, s)
        att = Attribution(np, (c, c + 1), None, 0.75, "as X said")
        # the frame opens the sentence, or a clause after ", and" ("..., and as X noted, B")
        opens = lead == s or s - 2 >= a and words[s - 1].lower in ("and", "but") and \
            words[s - 2].text == ","
        if opens and close is not None:
            c0 = close + 1
            c1 = self._content_end(c0, b)
            if self.in_quote[c0] >= 0 and self.in_quote[c0] == self.in_quote[c1 - 1] and \
                    words[s].upos != "NOUN":
                # "As X told me, “A.”": a direct quote the frame leads in (unless the tagger
                # read "as" as a noun, which the frame before the quote would take in)
                return None
            if c1 - c0 >= 3:
                return self._found(c0, c1, att)
            return None
        if s - 1 > a and words[s - 1].text in (",", "—", "–", "―") and \
                self._content_end(j, b) == j:
            c1 = self._content_end(a, s - 1)
            if c1 - lead >= 3:
                return self._found(lead, c1, att)
        return None

    def _passive_aux(self, k: int) -> bool:
        """True for a form of "be" at word ``k`` before a participle, also an expletive's
        contracted one ("it's implied that": no one is named; "he's said" has said)."""
        words = self.words
        return words[k].lower in _PASSIVE_AUX or words[k].lower in _CONTRACTED_IS and \
            k > 0 and words[k - 1].lower == "it"

    def _floating_host(self, q: int, a: int) -> tuple[int, int] | None:
        """The noun phrase that floating quantifier ``q`` ("both", "all") belongs to, before
        a modifier set off by dashes or commas ("Party elders — whose ... — both said"),
        not before word ``a``; None when no such modifier closes right before it."""
        words = self.words
        if q - 1 <= a or not (words[q - 1].text in _DASHES or words[q - 1].text == ","):
            return None
        opener = next((x for x in range(q - 2, max(a, q - _AFTER_CUE_WORDS) - 1, -1)
                       if words[x].text == words[q - 1].text and self.in_quote[x] < 0), None)
        if opener is None or self._past_set_off(opener, q) != q:
            return None
        return self._np_back(opener - 1, a)

    def _knowing_aside(self, i: int) -> bool:
        """True for "know" as an aside ("you know, ...", "(Yes, we know, A)") or as the
        participle of a noun ("a think tank known for"): no one's statement."""
        words = self.words
        w = words[i]
        if w.lemma != "know" or i == 0:
            return False
        if w.lower == "known":
            return words[i - 1].upos != "AUX"
        return words[i - 1].lower == "you" or i + 1 < len(words) and words[i + 1].text == ","

    def _subject_set_off_before(self, a: int, k: int) -> tuple[int, int] | None:
        """The name or pronoun that opens the clause at word ``a`` and ends at the comma at
        word ``k`` ("[Mr. Doe], after initially saying A, took B"), or None."""
        words = self.words
        if k >= len(words) or words[k].text != ",":
            return None
        s = self._subject_start(a, k)
        np = None if s is None else self._np_forward(s, k)
        return np if np is not None and np[1] == k and self.is_named_or_pronoun(np) and \
            words[np[0]].lower not in _RELATIVES else None

    def _subordinator_before(self, c: int, a: int) -> int | None:
        """The subordinator that opens participle ``c`` after a clause in words [a, c)
        ("... after saying", "..., while also saying"), or None."""
        words = self.words
        k = c - 1
        while k > a and _adverbial(words[k]) and words[k].upos != "ADP":
            k -= 1
        if k > a and words[k].lower in _PARTICIPLE_SUBORDINATORS and self.in_quote[k] < 0:
            return k - 1 if words[k - 1].text == "," else k
        return None

    def _before_adverbs(self, c: int, a: int) -> int:
        """The last word before word ``c`` that is no adverb, auxiliary or time word, or
        ``a`` when all of (a, c) are."""
        k = c - 1
        while k > a and _adverbial(self.words[k]):
            k -= 1
        return k

    def _progressive(self, c: int, a: int) -> bool:
        """True for speech verb ``c`` in "-ing" after a form of "be" and adverbs in words
        (a, c) ("is now saying", "are quietly saying"): a verb, not a noun."""
        words = self.words
        if words[c].lemma not in SPEECH_VERBS or not words[c].lower.endswith("ing"):
            return False
        k = c - 1
        while k > a and _adverbial(words[k]) and words[k].lower not in _BE_FORMS:
            k -= 1
        return k > a and k < c - 1 and words[k].lower in _BE_FORMS

    def _withheld(self, c: int) -> bool:
        """True for a cue that someone would not say, adverbs aside ("did not say", "would
        not immediately say", "declined to say", "refused to say"): a "when" or "if" after it
        opens the question left open, not a time or a condition of the statement."""
        words = self.words
        if self._negated(c, max(0, c - _WITHHELD_WORDS)):
            return True
        return c - 2 >= 0 and words[c - 1].lower == "to" and \
            words[c - 2].lower in _WITHHOLDING_FORMS

    def _negated(self, c: int, a: int) -> bool:
        """True for a cue after "not" or "n't", adverbs aside ("would not say", "did not
        immediately explain")."""
        k = self._before_adverbs(c, a)
        return k >= a and self.words[k].lower in ("not", "n't")

    def _subject_beyond_clause(self, sub: tuple[int, int], np: tuple[int, int], a: int) -> bool:
        """True when the parse's subject ``sub`` of a cue lies in the clause before the
        comma that opens the surface subject ``np`` ("The man traveled for work, the news
        site X reported": a misparse took "The man"), a verb between them."""
        words = self.words
        start = self._subject_phrase_start(np, a)
        return sub[1] < start and words[start - 1].text == "," and \
            any(words[x].upos in ("VERB", "AUX") for x in range(sub[1], start))

    def _parsed_modifier(self, k: int, np: tuple[int, int]) -> bool:
        """True when the parse makes word ``k`` an article, adjective, number or noun that
        modifies a word of the noun phrase ``np`` ("the [nonpartisan] Budget Office", which
        a parse's subject leaves out)."""
        w = self.words[k]
        return w.deprel in _NOUN_MODIFIER_RELS and np[0] <= w.head < np[1] and self._parsed(k)

    def _subject_phrase_start(self, np: tuple[int, int], a: int) -> int:
        """Where a subject noun phrase ``np`` starts once its article or title (a parse's
        subject may leave it out: "Mrs.") and a short first conjunct before "and" are taken
        in: a pronoun or a name ("he and Mr. Allen", "Tom and Jane"), or a modifier or noun
        phrase that follows a comma ("A, current and former officials said")."""
        words = self.words
        start = np[0]
        while start - 1 > a and (words[start - 1].lower in _DETERMINERS or
                                 words[start - 1].upos == "PROPN" or
                                 self._parsed_modifier(start - 1, np)) and \
                self.in_quote[start - 1] < 0:
            start -= 1
        j = start - 1
        if j - 1 < a or words[j].lower not in ("and", "&") or self.in_quote[j - 1] >= 0:
            return start
        first = (j - 1, j) if words[j - 1].lower in _PERSONAL_SUBJECTS or \
            words[j - 1].upos == "ADJ" else self._np_back(j - 1, a)
        if first is None or first[1] - first[0] > _NAME_WORDS:
            return start
        named = all(words[x].upos == "PROPN" or words[x].lower in _PERSONAL_SUBJECTS
                    for x in range(*first))
        # a lone modifier or noun phrase must open the subject after the comma
        opens = first[0] - 1 >= a and words[first[0] - 1].text in (",", "—", "–", "―")
        return first[0] if named or opens else start

    def _role_before_name(self, n: int, a: int) -> int:
        """Where the subject that opens with a name at word ``n`` starts once a role set
        off by commas before it is taken in ("A, the city's mayor, Jane Doe, said"; "The new
        director, Jane Doe, said A", the role opening the sentence): that role's first word;
        ``n`` when none is there."""
        words = self.words
        if n - 2 <= a or words[n - 1].text != ",":
            return n
        k = next((x for x in range(n - 2, max(a, n - 2 - _NAME_WORDS) - 1, -1)
                  if words[x].text in (",", "—", "–", "―") or self.in_quote[x] >= 0), None)
        if k is None and n - 2 - a < _NAME_WORDS:
            k = a - 1  # "The new director, Jane Doe, said A": the role opens the sentence
        if k is None:
            return n
        role = self._np_forward(k + 1, n - 1)
        if role is None or role[0] != k + 1 or not _person_word(words[role[1] - 1]):
            return n
        if role[1] + 1 < n - 1 and words[role[1]].lower in _ROLE_PREPOSITIONS:
            # "A, a spokeswoman for the airline, Carla Diaz, said": the role's object too
            role = (role[0], (self._np_forward(role[1] + 1, n - 1) or role)[1])
        return k + 1 if role == (k + 1, n - 1) else n

    def _coordinated_cue(self, c: int, a: int) -> bool:
        """True for a cue joined to a verb before it ("X said A and added", "who was named
        and confirmed"), adverbs aside: its clause is that verb's, not a final frame."""
        k = self._before_adverbs(c, a)
        return k > a and self.words[k].lower in ("and", "but", "or")

    def _relative_after(self, np: tuple[int, int], a: int, c: int, b: int) -> bool:
        """True when a relative clause follows speaker ``np`` after an inverted final cue
        ``c`` ("A, said an official who was briefed on B") and the words [a, c) before the
        cue hold a verb, as a statement does ("X's aide, Y, said the man who ..." has none)."""
        words = self.words
        return np[1] < b and words[np[1]].lower in ("who", "whose") and \
            any(words[x].upos in ("VERB", "AUX") for x in range(a, c))

    def _postmodified_subject(self, a: int, c: int) -> tuple[int, int] | None:
        """The subject of a final cue ``c`` that opens right after the last comma or dash
        before it and carries a modifier ("A, a source close to him said", "A, officials
        who attended the meeting said"); None otherwise."""
        words = self.words
        stop = next((x for x in range(c - 1, max(a, c - _AFTER_CUE_WORDS) - 1, -1)
                     if words[x].text in (",", "—", "–", "―") and self.in_quote[x] < 0), None)
        if stop is None or stop - a < 3:
            return None
        if self._coordinated_cue(c, stop):
            return None
        np = self._opening_subject(stop + 1, c)
        return np if np is not None and np[0] == stop + 1 else None

    def _inner_opening_subject(self, near: tuple[int, int], lead: int, c: int
                               ) -> tuple[int, int] | None:
        """The subject of cue ``c`` when ``near``, the noun phrase right before it, is the
        object of a modifier of a subject that opens a clause after ", and", ", but" or a
        subordinator inside the sentence ("The gang planned raids, and letters found in the
        locker room suggested that A", "Sales rose after a slip by the founder suggested A"):
        :meth:`_opening_subject` read from that clause's start; None otherwise."""
        words = self.words
        for x in range(near[0] - 1, max(lead, near[0] - _MODIFIER_WORDS) - 1, -1):
            w = words[x]
            if self.in_quote[x] >= 0 or w.lower in _RELATIVES:
                return None  # (not "savings that he says A": a relative's own subject)
            if w.lower in _LEAD_SUBORDINATORS and w.lower not in ("as", "if") or \
                    w.lower in ("and", "but") and x - 1 > lead and words[x - 1].text == ",":
                return self._opening_subject(x + 1, c) if x + 1 < near[0] else None
            if w.is_punct:
                return None
        return None

    def _subject_across_adjuncts(self, a: int, c: int, negation: bool = False
                                 ) -> tuple[int, int] | None:
        """The subject of cue ``c`` across what the plain subject rule does not step
        over: a date ("X on Tuesday said"), a prepositional modifier ("aides to the
        governor say", "85 percent of voters said") and, with ``negation``, a "not"
        ("X did not respond"); None unless the noun phrase opens a clause in words [a, c)."""
        words = self.words
        share = self._share_subject(a, c)
        if share is not None:
            return share
        k = c - 1
        while k >= a and (_adverbial(words[k]) or words[k].lower in ("on", "long", "both", "all")
                          or negation and words[k].lower in ("not", "n't")):
            k -= 1  # "X has long said", "X and Y have both argued"
        np = self._np_back(k, a) if k >= a else None
        if np is None:
            return None
        np = self._over_compound_modifier(np, a)
        head = np
        while head[0] - 2 >= a and words[head[0] - 1].lower in _SUBJECT_PREPOSITIONS and \
                np[1] - head[0] < _WINDOW // 5:
            before = self._np_back(head[0] - 2, a)
            if before is None:
                break
            head = before
        if head[0] > a and not self._starts_clause(a, head[0], words[c]) and \
                words[head[0] - 1].lower not in _LEAD_SUBORDINATORS:
            return None
        return head if self._can_speak(head) else None

    def _statement_around_inverted(self, a: int, c: int, np: tuple[int, int], b: int
                                   ) -> tuple[tuple[int, int], int] | None:
        """(speaker, statement end) when an inverted frame ", said X," at cue ``c`` stands
        between a subject that opens words [a, c) and its verb after X and the modifiers
        set off after X ("The plan, said Jane Doe, would cost millions", "The contrast,
        said Doe and others, would be clear", "Part of the problem, say experts like Tom
        Roe, a geologist, is the ground"): one statement around the frame, as in "The
        plan, she said, would cost millions", spoken by the words from ``np`` (the noun
        phrase after the cue) to the comma; None when the cue is a participle, the words
        before the frame hold a verb or a quote, a quote follows in the sentence (a rule of
        quotes frames it) or no verb follows."""
        words = self.words
        if words[c].lower.endswith("ing") or any(self.in_quote[x] >= 0 for x in range(c, b)):
            return None  # "X, noting A, said": a participle; "..., is that “A”": the quote's
        if any(words[x].upos in ("VERB", "AUX") and not (
                words[x].lower.endswith("ing") and words[x - 1].upos == "ADP") or
               self.in_quote[x] >= 0 for x in range(a, c)):
            return None  # (a gerund after a preposition is no verb of the clause: "in finding")
        e = next((x for x in range(np[1], min(b, np[1] + _NAME_WORDS))
                  if words[x].text == "," or words[x].upos in ("VERB", "AUX") or
                  self.in_quote[x] >= 0), None)
        if e is None or words[e].text != "," or e + 1 >= b:
            return None
        v = e + 1 if words[e + 1].upos in ("VERB", "AUX") else self._past_set_offs(e, b)
        if v <= e or v >= b or words[v].upos not in ("VERB", "AUX") or \
                words[v].lower.endswith("ing"):
            return None
        r1 = self._content_end(v, b)
        return ((np[0], e), r1) if r1 - v >= 2 else None

    def _over_compound_modifier(self, np: tuple[int, int], a: int) -> tuple[int, int]:
        """``np`` widened over a hyphenated modifier the tagger reads as a verb and the
        article before it ("the self-described socialist", "a so-called expert")."""
        words = self.words
        s = np[0]
        if s - 1 >= a and "-" in words[s - 1].text.strip("-") and \
                words[s - 1].upos in ("VERB", "ADJ") and self.in_quote[s - 1] < 0:
            s -= 1
            if s - 1 >= a and words[s - 1].upos == "DET":
                s -= 1
        return s, np[1]

    def _listed_verb(self, k: int, c: int, a: int) -> bool:
        """True when cue ``c`` after the comma at word ``k`` is the next verb of a list of
        verbs that share the subject of the clause before the comma, in the same tense as a
        verb there ("The agency hid facts, admitted it withheld A, and delayed B", "Doe wins
        the county, vows to press on"); words [a, k) are that clause, with no comma of its
        own, and "that", "to" or a subject pronoun opens the statement."""
        words = self.words
        form = _finite_form(words[c])
        if form is None or c + 1 >= len(words) or \
                words[c + 1].lower not in _SUBJECT_PRONOUNS | {"that", "to"} or \
                any(words[x].text == "," for x in range(a, k)):
            return False  # not "A, reported the Ledger", nor "X, who A, has B, declared"
        return any(words[x].upos == "VERB" and self.in_quote[x] < 0 and
                   _finite_form(words[x]) == form and words[x - 1].lower != "to"
                   for x in range(a + 1, k))

    def _coordinated_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject that a verb after the "and" or "but" at word ``k`` shares with the
        verb before it: the subject after the last subordinator before ``k`` ("..., and
        when X thanked them and said ...", "though X praised him and said"), else the
        clause's subject from its start at ``a`` ("X gave no reasons and did not say ...")."""
        if not self._parsed(k):
            k = self._before_aside(k, a)
        sub = next((x for x in range(k - 1, a, -1) if self.in_quote[x] < 0 and
                    self.words[x].lower in _LEAD_SUBORDINATORS), None)
        np = None if sub is None else self._shared_subject(sub + 1, k)
        np = np or (None if self._parsed(k) else self._relative_clause_subject(a, k))
        return self._shared_subject(a, k) if np is None else np

    def _in_relative_clause(self, np: tuple[int, int], c: int, a: int) -> bool:
        """True when ``np``, the subject of cue ``c`` after "and" or "but", is the subject of
        the relative clause that the link goes on (:meth:`_relative_clause_subject`): the
        statement ends with that clause ("In a year in which X did A, and vowed B, Y ...")."""
        words = self.words
        k = c - 1
        while k > a and (_adverbial(words[k]) or words[k].lower in ("not", "n't")):
            k -= 1
        return k > a and words[k].lower in ("and", "but") and not self._parsed(c) and \
            self._relative_clause_subject(a, k) == np

    def _clause_opens_after(self, c: int, b: int) -> bool:
        """True when a reported clause plainly opens right after cue ``c`` (past an object
        pronoun after "tell"): "that", a question word or a subject pronoun ("and argue
        that A", "and did not say how A", "and tells them why A", "and say they A")."""
        words = self.words
        x = c + 1
        if x < b and words[c].lemma in _ADDRESSEE_CUES and words[x].lower in _OBJECT_PRONOUNS:
            x += 1
        if x + 1 >= b or self.in_quote[x] >= 0:
            return False
        t = words[x].lower
        if t == "that" or t in _ASKED_QUESTION_STARTS or \
                t in _PERSONAL_SUBJECTS and words[x + 1].upos in ("VERB", "AUX"):
            return True
        # "The bank raised fees, and said [customers would] pay more": a short noun phrase
        # and a finite auxiliary (not "and said goodbye", "and said a prayer")
        if words[x].upos not in ("DET", "NOUN", "PROPN", "ADJ") or words[x].lower in ("a", "an"):
            return False
        y = x + 1
        while y < b and y - x < 4 and words[y].upos in ("NOUN", "PROPN", "ADJ") and \
                self.in_quote[y] < 0:
            y += 1
        return y < b and words[y - 1].upos in ("NOUN", "PROPN") and \
            words[y].upos == "AUX" and words[y].lower in _GAP_AUXILIARIES

    def _statement_noun(self, i: int, a: int, b: int) -> Found | None:
        """ "his claim that CLAUSE", "the senator's promise that CLAUSE", "her vow to
        VERB ...": the clause (or promised act) after a noun of saying, credited to its
        possessor; None without one."""
        words = self.words
        if i + 3 >= b or self.in_quote[i + 1] >= 0 or \
                words[i].upos == "VERB" and not self._possessed_noun(i, a):
            return None  # (but "Doe's by-now-familiar claims that": no verb after "'s")
        if words[i].lower in _SUBJECT_ONLY_STATEMENT_NOUNS and \
                words[i - 1].lower not in _POSSESSIVES and \
                any(words[x].upos in ("VERB", "AUX") for x in range(a, i)):
            # "X dismissed Y's accusations that A": X's report holds A (but "X repeated his
            # accusation that A" is X's own)
            return None
        promise = words[i].lower in _TO_STATEMENT_NOUNS and self._infinitive_at(i + 1, b)
        # "his claim in November that A", "Doe's assertion Monday that A": a time between
        that_at = i + 1 if promise else self._past_noun_time(i + 1, b)
        agent = None if promise or words[i + 1].lower != "by" else \
            self._np_forward(i + 2, b)  # "claims by intelligence agencies that A"
        if agent is not None and self._can_speak(agent):
            that_at = agent[1]
        if not promise and (that_at + 1 >= b or words[that_at].lower != "that" or
                            words[that_at + 1].upos in ("VERB", "AUX")):
            return None  # "the claim that was made" is a relative clause
        k = i - 1
        while k > a and (words[k].upos == "ADJ" or "-" in words[k].text[1:-1]) and i - k <= 2:
            k -= 1  # "his repeated claim", "Doe's by-now-familiar claims"
        if k < a:
            return None
        if agent is not None and that_at == agent[1]:
            speaker: tuple[int, int] | None = agent
        elif words[k].lower in _POSSESSIVES:
            speaker = self._named_owner(k, a) or (k, k + 1)
        elif _possessive_mark(words[k]) and k - 1 >= a:
            speaker = self._possessor(k, a)  # "Doe's claim", "the Census' vow"
        elif promise or words[k].lower in ("a", "an"):
            # "X delivered a forceful promise to A", "X made a promise that A"
            speaker = self._promise_maker(k, a)
            p = k - 1 if words[k].lower in ("a", "an") else k
            if speaker is None and promise and p > a and words[p].lower in ("with", "on") and \
                    words[p - 1].upos in ("NOUN", "PROPN", "PRON", "ADJ"):
                # "X wooed voters with promises to A", "X made good on a promise to A": the
                # subject of the clause whose verb the phrase follows
                sub = self.clause_subject(a, p)
                speaker = sub if sub is not None and sub[1] <= p and \
                    self.is_named_or_pronoun(sub) else None
        else:
            return None
        if speaker is None:
            return None
        c0 = i + 1 if promise else that_at + 1
        # the clause ends at a stop, or after a quote closed by its comma ('his claim that
        # X “founded it,” saying A')
        c1 = self._clause_stop(c0, b)
        c1 = self._content_end(c0, b) if c1 is None else c1
        c1 = next((x for x in range(c0 + 1, c1) if self._after_framed_quote(x) or
                   words[x].text in ("-", "--") and words[x - 1].end < words[x].start), c1)
        if not promise and not any(words[x].upos in ("VERB", "AUX") for x in range(a, i)):
            # "Doe's claim that A is false": the noun phrase is the subject, and A ends
            # before the sentence's own verb
            c1 = self._subject_clause_end(c0, c1)
        if promise:
            # "her vow to close the plant [drew] jeers": the noun phrase is a subject
            c1 = next((x for x in range(c0 + 2, c1) if words[x].upos in ("VERB", "AUX") and
                       not words[x].lower.endswith("ing") and
                       words[x - 1].lower not in _INFINITIVE_JOINTS), c1)
        if c1 - c0 < 3 or not promise and not any(words[x].upos in ("VERB", "AUX")
                                                  for x in range(c0, c1)):
            return None
        return self._found(c0, c1, Attribution(speaker, (i, i + 1), None, 0.6,
                                               "X's claim that"))

    def _made_remarks(self, i: int, a: int, b: int) -> Found | None:
        """ "X made comments about A", "X has made several critical remarks on A",
        "X made no comment on A": the topic after the remark noun at word ``i`` is X's
        statement, as after "commented on"; None when no form of "make" governs the noun
        (" X's comments on A": whose words the sentence reports is unclear), or the
        preposition opens a time ("made remarks on Monday")."""
        words = self.words
        # (the tagger may read "comments" as a verb: "make" before it settles it)
        if i + 3 >= b or not self._remark_topic(i) or \
                self.in_quote[i + 2] >= 0 or words[i + 2].is_punct:
            return None
        k = i - 1
        while k > a and i - k <= 3 and self.in_quote[k] < 0 and (
                words[k].upos in ("ADJ", "ADV") or words[k].lower in _MADE_REMARK_DETERMINERS):
            k -= 1
        if k <= a or words[k].lemma != "make" or words[k].upos != "VERB":
            return None
        speaker = self._subject_of_cue(k, a)[0]
        if speaker is None:
            return None
        c0 = i + 2
        c1 = self._clause_stop(c0, b, at_quote=True)
        c1 = self._content_end(c0, b) if c1 is None else c1
        if c1 - c0 < 2 or not _nounish(words[c0]):
            return None
        return self._found(c0, c1, Attribution(speaker, (k, i + 2), None, 0.6,
                                               "X made comments on A"))

    def _participle_topic(self, i: int, lead: int, b: int) -> Found | None:
        """ "“A,” X said, referring to B", "X said at the rally, likely referring to B",
        "The firm dropped the deal, citing B": the object of the participle at word ``i``,
        set off by a comma after a clause, is a statement of that clause's subject (words
        from ``lead``, the sentence past an opening quote).  "referring to" and "alluding
        to" need a speech verb in the clause ("The term, referring to B" and "Referring to
        oneself as A, ..." say nothing); "citing" and "talking about" go with any clause
        whose subject can speak ("it declined, citing legal risks", "He did it in the
        debate, talking about B").  None for no such clause or object."""
        words = self.words
        prep, speech_only = _TOPIC_PARTICIPLES[words[i].lower]
        c0 = i + 1
        if prep:
            if c0 >= b or words[c0].lower != prep:
                return None
            c0 += 1
        comma = self._before_adverbs(i, lead)  # "..., likely referring to"
        if by := comma > lead and words[comma].lower == "by" and not speech_only:
            pass  # "X defended the plan by citing B": the clause ends at "by"
        elif comma - 1 > lead and words[comma].text in _QUOTE_CHARS and \
                words[comma - 1].text == "," and self.in_quote[comma] >= 0:
            comma -= 1  # 'X said things “would be fine,” referring to B'
        elif comma <= lead or words[comma].text != "," or self.in_quote[comma] >= 0:
            return None
        if c0 + 1 >= b or self.in_quote[c0] >= 0 or words[c0].is_punct:
            return None
        # the clause's last cue word outside quotes: its subject speaks ("“A,” X said in
        # Concord, referring to B", "said Y, a former aide who ran Z, referring to B"); a
        # verb of another clause comes first ("When X asked for A, Y declined, citing B")
        v = None
        for x in range(comma - 1, max(lead, comma - _TOPIC_FRAME_WORDS) - 1, -1):
            if self.in_quote[x] >= 0:
                continue
            if is_cue_word(words[x]):
                v = x
                break
            if words[x].upos == "VERB" and not any(
                    words[y].lower in _RELATIVES for y in range(max(lead, x - 3), x)):
                break
        speaker = None
        if v is not None and v + 1 < comma and words[v].lemma in INVERTING_VERBS and (
                v == lead or words[v - 1].text == "," or self.in_quote[v - 1] >= 0):
            # "“A,” said Y, a former aide, referring to B": the name after the cue
            speaker = self._joined_roles(self._np_forward(v + 1, comma), comma)
        elif v is not None and not self._noun_use(v, lead):
            speaker = self._subject_of_cue(v, lead)[0]
        if speaker is not None:
            pass
        elif speech_only:
            return None
        elif words[comma - 1].upos == "VERB" and self.in_quote[comma - 1] < 0 and not by:
            # "When A asked for it, the firm declined, citing B": the verb's own subject
            speaker = self._subject_of_cue(comma - 1, lead)[0]
        elif any(words[x].upos in ("VERB", "AUX") and words[x].lemma != "be" and
                 self.in_quote[x] < 0 for x in range(lead, comma)):
            # (not "The next stop was, of course, talking about B": a copula acts in nothing)
            speaker = self._shared_subject(lead, comma)
        c1 = self._clause_stop(c0, b)
        if speaker is None and c1 is not None and c1 + 1 < b and words[c1].text == "," and \
                words[c1 + 1].upos == "VERB" and self.in_quote[comma - 1] < 0:
            # "The paper, citing B, reported that A": the subject the participle sets off
            np = self._np_back(comma - 1, lead)
            speaker = np if np is not None and np[0] == lead and self._can_speak(np) else None
        if speaker is None:
            return None
        c1 = self._content_end(c0, b if c1 is None else c1)
        if c1 <= c0:
            return None
        return self._found(c0, c1, Attribution(speaker, (i, c0), None, 0.6,
                                               "X said, referring to B"))  # (or "citing B")

    def _named_owner(self, k: int, a: int) -> tuple[int, int] | None:
        """The named subject of the verb that takes the noun possessive ``k`` ("his",
        "her", "their") opens ("Doe repeated his claim that", "Doe stood by her remark
        that"): the one the possessive stands for, named in the same clause; None when the
        verb has no named subject before it."""
        words = self.words
        if words[k].lower not in ("his", "her", "their"):
            return None
        j = k - 1
        if j > a and words[j].upos == "ADP":
            j -= 1  # "stood by his comment"
        if j <= a or words[j].upos != "VERB":
            return None
        if self._parsed(j):
            x = self._parse_subject(words[j], after=False)
            sub = self.expand_mention(x.i) if x is not None else None
        else:
            sub = self._subject_of_cue(j, a)[0]
        if sub is None or not a <= sub[0] < sub[1] <= j or words[sub[0]].is_pronoun:
            return None
        head = words[sub[1] - 1]
        # a name heads it: not "Doe's wins solidify her argument that", nor a role ("The
        # mayor repeated his claim": "his" stays the mention)
        return sub if head.upos == "PROPN" and self._names_in(sub) else None

    def _subject_clause_end(self, c0: int, c1: int) -> int:
        """The end of a "that" clause in words [c0, c1) that a subject holds ("Doe's claim
        that [taxes will rise] is false", "Voters who said [taxes rose] were wrong"): the
        first finite verb group left once the clause and the clauses it opens have each
        had theirs; ``c1`` when none.

        A verb group ends at a finite form after its lexical verb ("the city [was broke]
        was false", "taxes [would rise] proved wrong"); a relative or other clause opener
        asks for one more group ("the man who [lied] [was elected] is false"); a verb
        right after "and" shares its group's subject ("he lied and cheated is false");
        and after a joined noun ("taxes rose and jobs fell is false", "he met Smith and
        Jones was false") a group is the main verb only when no later one is."""
        words, in_quote = self.words, self.in_quote
        pending = 1  # groups still owed: the clause's own, then one per opener in it
        fallback = None  # a group after a joined noun: the main verb unless one follows
        lexical: bool | None = None  # in a verb group: whether its lexical verb came
        last = c0  # the group's last verb
        joined = False  # "and", "or", "but" since the last group
        for x in range(c0, c1):
            w = words[x]
            upos = w.upos
            if lexical is not None:
                if upos in ("ADV", "PART") or w.lower == "to":
                    continue
                if upos == "AUX" and not (
                        (w.lower in _FINITE_AUXILIARIES or words[last].upos == "VERB" and
                         w.lower in ("have", "had", "do")) and words[x - 1].lower != "to") or \
                        upos == "VERB" and not (lexical and _finite_form(w) is not None and
                                                words[last].upos == "VERB" and
                                                words[last].lemma not in _LINKING_VERBS):
                    lexical = lexical or upos == "VERB"
                    last = x
                    continue  # "will be kept", "was broke", "wanted to be elected"
                lexical = None
            if upos == "AUX" or upos == "VERB" and _finite_form(w) is not None:
                lexical, last = upos == "VERB", x
                p = x - 1
                while p > c0 and words[p].upos == "ADV":
                    p -= 1
                if p >= c0 and words[p].lower in _JOINING_WORDS:
                    joined = False  # "he lied and [then] cheated": one subject's verbs
                elif pending:
                    pending -= 1
                elif in_quote[x] >= 0:
                    pass
                elif joined:
                    fallback = x if fallback is None else fallback
                    joined = False
                else:
                    return x
            elif w.lower in _JOINING_WORDS:
                joined = True
            elif w.lower in _CLAUSE_OPENERS and (
                    w.lower != "that" or words[x - 1].upos in ("NOUN", "PROPN", "PRON",
                                                               "VERB")) or \
                    w.lower in _NULL_RELATIVE_SUBJECTS and x > c0 and \
                    words[x - 1].upos in ("NOUN", "PROPN"):
                # "the man who lied", "what he did", "the money he raised": a clause
                # with a verb of its own
                pending += 1
        return c1 if fallback is None else fallback

    def _past_noun_time(self, j: int, b: int) -> int:
        """The word after a short time phrase that starts at word ``j`` after a noun of
        saying ("his claim [in November] that", "her assertion [Monday] that", "a pledge
        [last week] that"), or ``j``."""
        words = self.words
        if j + 1 < b and words[j].lower == "yet" and words[j + 1].lower == "that":
            return j + 1  # "her firmest promise [yet] that A"
        k = j + 1 if j < b and words[j].lower in ("in", "on") else j
        end = self._past_time_phrase(k, b)
        while end < b and end - k < 3 and _time_word(words[end]) and self.in_quote[end] < 0:
            end += 1  # "Monday", "in November", "on March 3"
        end = end if end > k else j
        return self._past_occasion(end, b)

    def _past_occasion(self, j: int, b: int) -> int:
        """The "that" after a short phrase of the occasion that starts at word ``j`` after
        a noun of saying ("her assertion [during the debate] that", "his claim [at a
        rally] that", "her remark [in an interview on Fox] that"), or ``j``: a preposition
        and a noun phrase of at most four words, no verb or mark among them."""
        words = self.words
        if j >= b or words[j].lower not in _ADJUNCT_PREPOSITIONS or self.in_quote[j] >= 0:
            return j
        for x in range(j + 1, min(b, j + 6)):
            w = words[x]
            if w.lower == "that" and x > j + 1:
                return x
            if self.in_quote[x] >= 0 or w.upos not in _SHORT_NP_TAGS and \
                    w.lower not in _ADJUNCT_PREPOSITIONS:
                return j
        return j

    def _promise_maker(self, k: int, a: int) -> tuple[int, int] | None:
        """The subject of a verb that makes the promise whose modifiers end at word ``k``
        ("X delivered [a forceful] promise to ...", "X has made [other public] promises to
        ..."), or None."""
        words = self.words
        v = k - 1 if words[k].lower in ("a", "an") else k
        if v <= a or words[v].upos != "VERB" or not (
                words[v].lemma in _PROMISE_VERBS or words[v].lower in _PROMISE_VERB_FORMS):
            return None
        return self._subject_of_cue(v, a)[0]

    def _infinitive_subject(self, a: int, t: int) -> tuple[int, int] | None:
        """Who speaks in "to CUE" at word ``t`` ("to") when no verb stands right before
        it: the object of a verb ("led the chairwoman to announce"), else the subject
        of the clause ("X took to Twitter to say", "X stood at a rally to say")."""
        words = self.words
        obj = self._np_back(t - 1, a)
        if obj is not None and obj[0] - 1 >= a and words[obj[0] - 1].upos == "VERB" and \
                self.is_named_or_pronoun(obj):
            return obj
        sub = self.clause_subject(a, t)
        return sub if sub is not None and sub[1] <= t else None

    def _expletive_before(self, t: int, a: int) -> tuple[int, int] | None:
        """The "it" of an expletive frame that ends at "to" at word ``t``, from word ``a``
        ("it's fair to", "It would be wrong to"); None otherwise."""
        words = self.words
        for x in range(t - 2, max(a, t - 7) - 1, -1):
            if words[x].lower == "it" and expletive_frame_end(words, x) == t:
                return (x, x + 1)
        return None

    def _caused_speaker(self, a: int, t: int) -> tuple[int, int] | None:
        """The one a verb of causing brings to speak in "to CUE" at word ``t`` ("to"),
        from word ``a``: its object, a name, a pronoun or a role ("a win that led her to
        declare A", "criticism drives candidate to say A", "the delay prompted
        Republicans to say A"); else None."""
        words = self.words
        if t - 2 >= a and words[t - 2].lower in ("on", "for") and \
                words[t - 1].lower in _OBJECT_PRONOUNS and self.in_quote[t - 1] < 0:
            # "the pressure on her to say whether A", "enough for him to claim A": the one
            # the preposition names is brought to speak
            return (t - 1, t)
        x = next((x for x in range(t - 2, max(a, t - 1 - _NAME_WORDS) - 1, -1)
                  if words[x].lower in _CAUSING_FORMS and self.in_quote[x] < 0), None)
        if x is None or x - 1 >= a and self._passive_aux(x - 1):
            return None
        obj = (x + 1, t) if x + 2 == t and words[x + 1].lower in _OBJECT_PRONOUNS else \
            self._np_forward(x + 1, t)
        return obj if obj == (x + 1, t) and self.is_named_or_pronoun(obj) else None

    def _next_cue_at(self, x: int, cue: Word | None = None) -> bool:
        """True when word ``x`` ends one statement and a second cue of the same speaker
        follows: "A, said B" (a comma), "said A and argued B", "A but suggested B"; after
        the statement of ``cue``, also a verb of a speech act in the cue's own tense ("said
        A, and urged B", "says A and accuses B")."""
        words = self.words
        if self._next_speaker_at(x):
            return True
        if self.in_quote[x] >= 0 or x + 1 >= len(words):
            return False
        if cue is not None and words[x].lower in ("and", "but") and \
                self._second_speech_act_at(x + 1, cue):
            return True
        if words[x].lower in ("and", "but"):
            # "A but did not suggest B", "A and would not say B": over the auxiliaries
            k = x + 1
            while k < len(words) and k - x <= 3 and (words[k].upos == "AUX" or
                                                      words[k].lower in ("not", "n't")):
                k += 1
            if k > x + 1 and k < len(words) and words[k].upos == "VERB" and \
                    words[k].lemma in SPEECH_VERBS and is_cue_word(words[k]) and \
                    not self._backshifted_at(x + 1, k, cue):
                return True
        if not is_cue_word(words[x + 1]):
            return False
        if words[x].text == ",":
            return True
        nxt = words[x + 1]
        return words[x].lower in ("and", "but") and nxt.upos == "VERB" and _plain_speech_verb(nxt)

    def _backshifted_at(self, x: int, k: int, cue: Word | None) -> bool:
        """True when the auxiliaries in words [x, k) before a verb of speech hold "had" and
        ``cue`` (when given) has none: a past perfect of the reported clause, whose subject
        it shares ("said his client was ashamed and [had] written a letter"), not the
        speaker's second act ("said A and would not say B")."""
        words = self.words
        if not any(words[y].lower == "had" for y in range(x, k)):
            return False
        return cue is None or cue.i < 1 or words[cue.i - 1].lower != "had"

    def _second_speech_act_at(self, k: int, cue: Word) -> bool:
        """True when words from ``k`` (after "and" or "but") are a verb of a speech act that
        is no verb of saying ("urged", "accused", "praised", "described"), past adverbs,
        in the tense of ``cue``: the speaker's second act, no more of the statement ("said
        the party was not in crisis, and urged calm"; not "said police urge calm")."""
        words = self.words
        while k < len(words) and words[k].upos == "ADV" and words[k].lower not in ("not", "n't"):
            k += 1  # "and also urged", "and then accused"
        if k >= len(words) or words[k].upos != "VERB" or words[k].lemma not in _SPEECH_ACT_VERBS \
                or self.in_quote[k] >= 0:
            return False
        v, c = words[k].lower, cue.lower
        past = c.endswith("ed") or c in _IRREGULAR_PAST_CUES
        return v.endswith("ed") if past else c.endswith("s") and v.endswith("s")

    def _framed_quote_start(self, c0: int, x: int) -> int:
        """Where the statement from word ``c0`` ends before the next cue's subject at word
        ``x``: at the start of the quote right before ``x`` when that cue frames it ('A —
        “B,” X said'), else at ``x``."""
        if x - 1 <= c0 or not self._after_framed_quote(x) or self.words[x].is_punct or \
                self.words[x].upos == "CCONJ":
            return x  # not 'X said A is a “B,” and said C': the quote is A's
        k = x - 1
        q = self.in_quote[k]
        while k - 1 >= c0 and self.in_quote[k - 1] == q:
            k -= 1
        return k

    def _after_framed_quote(self, x: int) -> bool:
        """True when word ``x`` follows the closing mark of a quote that ends in a comma
        ('“A,” | Y added'), where the quote's own frame may start."""
        words = self.words
        return x - 2 >= 0 and self.in_quote[x - 1] >= 0 and words[x - 1].text in _QUOTE_CHARS \
            and words[x - 2].text == ","

    def _next_speaker_at(self, x: int) -> bool:
        """True when word ``x`` opens a clause with a speaker of its own: "A; 46 percent said
        B", "A, while nine in 10 said B", "A, but he said B", "that “A,” Y added" (a
        semicolon, a comma and "while", "but" or "and", or the end of a quote with its comma
        and maybe such a word, then a short subject and a plain verb of saying)."""
        words = self.words
        if self.in_quote[x] >= 0:
            return False
        if words[x].lower == "when" and x + 1 < len(words) and words[x + 1].lower == "asked":
            return True  # "X said A when asked B": B is a question to X
        if words[x].lower == "and" and self._named_participle_after(x):
            return True  # "X saying A and Y calling it B": Y's own frame
        if words[x].text == ";":
            k = x + 1
        elif words[x].text == "," and x + 1 < len(words) and \
                words[x + 1].lower in ("while", "whereas", "but", "and", "yet", "after"):
            k = x + 2  # "A, after half said so in May"
        elif words[x].text == "," and x + 2 < len(words) and words[x + 1].lower == "compared" \
                and words[x + 2].lower in ("with", "to"):
            # "A, compared with 64 percent who say B": the writer's comparison, B theirs
            k = x + 3
        elif self._after_framed_quote(x):
            # the quote's own frame closes it, its words Y's; or a clause of a new
            # speaker opens after it ('that “A,” but Y said B')
            k = x + 1 if words[x].lower in _CLAUSE_LINKS else x
        elif words[x].text == ",":
            return self._final_frame_at(x)
        else:
            return False
        for y in range(k + 1, min(len(words), k + _SHARE_SUBJECT_WORDS)):
            if words[y].is_punct or self.in_quote[y] >= 0:
                return False
            if _plain_speech_verb(words[y]) and words[y].upos == "VERB":
                return self._share_subject(k, y) is not None or \
                    self._subject_across_adjuncts(k, y) == (k, y) or \
                    y - 1 > k and words[y - 1].lower == "who"
        return False

    def _final_frame_at(self, x: int) -> bool:
        """True when the comma at word ``x`` opens the frame that ends its sentence, a short
        subject, a plain verb of saying and at most a short adjunct ("X declared A, officials
        said.", "..., sources told Reuters on Monday."): the statement before it ends there."""
        words = self.words
        end = self.W.sentences[words[x].sent][1]
        y = next((y for y in range(x + 2, min(end, x + _SHARE_SUBJECT_WORDS))
                  if words[y].is_punct or self.in_quote[y] >= 0 or
                  _plain_speech_verb(words[y]) and words[y].upos == "VERB"), None)
        if y is None or words[y].is_punct or self.in_quote[y] >= 0 or \
                self._subject_across_adjuncts(x, y) != (x + 1, y):
            return False
        tail = [t for t in range(y + 1, end) if not words[t].is_punct]
        return self._short_adjunct(tail, words[y]) and \
            not any(self.in_quote[t] >= 0 for t in range(y + 1, end))

    def _named_participle_after(self, x: int) -> bool:
        """True when "and" at word ``x`` opens a name and a participle cue of its own ("both
        spoke - Ryan saying A and Trump calling it B"): a second absolute frame in the
        list, not more of the first statement."""
        words = self.words
        y = x + 1
        while y < len(words) and y - x <= _NAME_WORDS and words[y].upos == "PROPN" and \
                self.in_quote[y] < 0:
            y += 1
        return x + 1 < y < len(words) and words[y].lower.endswith("ing") and \
            (_direct_cue(words[y]) or self._naming_verb(y)) and \
            self.is_named_or_pronoun((x + 1, y))

    def _modifies_text_before_verb(self, k: int, b: int) -> bool:
        """True when the cue's participle at word ``k`` and its prepositional phrases only
        modify the text or count before it, a finite verb following them ("Figures
        [reported on Sunday] now suggest", "messages [found on the phones] showed")."""
        words = self.words
        if not _text_noun(words[k - 1]) or not self._reduced_relative(k, of_text=True):
            return False
        j = self._past_prepositional_phrases(k + 1, b)
        while j < b and _adverbial(words[j]):
            j += 1
        return j > k + 1 and j < b and words[j].upos == "VERB" and \
            not words[j].lower.endswith("ing")

    def _relative_speaker(self, np: tuple[int, int]) -> bool:
        """True when subject ``np`` after a comma opens a relative clause ("A, who said B",
        "A, which Y conceded", "A, the results of which will be announced"): the clause
        before the comma is no statement of it."""
        words = self.words
        return any(words[x].lower in ("who", "which", "whom") and
                   (x == np[0] or words[x - 1].upos == "ADP") for x in range(*np))

    def _relative_pronoun_in(self, np: tuple[int, int]) -> int | None:
        """The relative pronoun inside a subject noun phrase read too far back ("which" in
        "which Jane Doe", "in which most voters", "that" in "the strike that company
        executives"), or None."""
        words = self.words
        for x in range(np[1] - 2, np[0] - 1, -1):
            w = words[x]
            before = words[x - 1].upos if x > np[0] else None
            if w.lower in ("which", "what", "whom") and before in (None, "ADP", "NOUN") or \
                    w.lower == "that" and before == "NOUN" and not _time_word(words[x + 1]) and \
                    words[x + 1].upos in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
                return x
        return None

    def _zero_relative_speaker(self, np: tuple[int, int], c: int, b: int
                               ) -> tuple[int, int] | None:
        """The speaker inside noun phrase ``np`` before cue ``c`` when the phrase is a noun
        and a relative clause with no pronoun whose gap is the subject of the statement: a
        finite auxiliary follows the cue at once ("a plan [officials] say would cost A",
        "the policies [Jane Doe] says have hurt B"); None otherwise."""
        words = self.words
        if np[1] != c or c + 1 >= b or words[c].lemma != "say" or \
                words[c + 1].lower not in _GAP_AUXILIARIES or self.in_quote[c + 1] >= 0 or \
                self._relative_pronoun_in(np) is not None or \
                np[0] - 1 >= 0 and words[np[0] - 1].lower in _RELATIVES:
            return None  # (not "what many analysts said was A": the relative holds it)
        # the article that opens the noun ("[It's] a dynamic Doe said could A")
        det = next((y for y in range(np[0], min(c, np[0] + 2)) if words[y].upos == "DET"), None)
        if det is None:
            return None
        for x in range(det + 2, c):
            head = words[x - 1]
            if head.upos not in ("NOUN", "ADJ") or head.is_capitalised or \
                    head.lower in SHARE_WORDS | SHARE_QUALIFIERS:
                continue
            sub = (x, c)
            if self._names_person(sub) and all(words[y].upos == "PROPN" for y in range(*sub)) \
                    or c - x == 1 and (words[x].lower in _PERSONAL_SUBJECTS or
                                       _person_word(words[x]) and words[x].lower.endswith("s")):
                return sub
        return None

    def _relative_gap(self, np: tuple[int, int], c: int, b: int) -> bool:
        """True for a cue inside a relative clause whose gap is the statement: "which he
        said had harmed", "what many analysts said was", "a decision they say allowed"."""
        words = self.words
        before = words[np[0] - 1]
        nxt = words[c + 1] if c + 1 < b else None
        if nxt is None or self.in_quote[c + 1] >= 0 or not _plain_speech_verb(words[c]) or \
                words[c - 1].lower in _PASSIVE_AUX:
            return False
        if before.lower in _RELATIVES:
            if before.lower in ("which", "whom") and words[np[0] - 2].upos == "ADP":
                return False  # "a year in which most voters say A": A is a clause
            if before.lower == "that":
                return nxt.upos in ("VERB", "AUX")  # not "reports that X said in ..."
            return nxt.lower != "that" and not nxt.is_punct and nxt.upos != "ADP"
        if not (np[1] - np[0] == 1 and words[np[0]].lower in _PERSONAL_SUBJECTS):
            return False
        return before.upos == "NOUN" and nxt.upos in ("VERB", "AUX") and \
            not nxt.lower.endswith("ing")

    def _clause_start(self, c0: int, b: int, cue: Word) -> int | None:
        """Where the reported clause begins after a cue at ``c0 - 1``, or None.

        Steps over "that", and over short adjuncts before it ("said on Friday
        during a news conference that", "said Wednesday he").  With the ``cue``
        word, also a question ("asked whether ...", "asked about X") or a promise
        ("vowed to ...").
        """
        words = self.words
        if c0 >= b:
            return None
        if self.in_quote[c0] < 0:
            w = words[c0]
            if w.lower in ("what", "how", "whether", "why") or \
                    w.lower in ("if", "who", "when", "where") and (
                        cue.lemma in _QUESTION_VERBS or
                        cue.lemma == "say" and c0 == cue.i + 1 and self._withheld(cue.i)):
                return c0  # "asked if A", "would not say when A"
            if cue.lemma in _QUESTION_VERBS and self._which_question(c0):
                return c0  # "asked Doe which states he could win"
            if w.lower in ("about", "for") and cue.lemma == "ask" and c0 + 1 < b and \
                    not words[c0 + 1].is_punct:
                return c0 + 1  # "asked about X", "asked for X": the topic or the request
            p = self._topic_prep(c0 - 1, b)
            if p is not None:
                # "talked about the economy": the topic is the statement; "questioned
                # whether A": the question, its opening word with it; "spoke out about
                # A", "talked to reporters about A": after the words between
                return p if words[p].lower in _QUESTION_STARTS else p + 1
            if cue.lemma == "say" and self._answer_end(c0, b) is not None:
                return c0  # "46 percent said yes", "half said so": the answer is the statement
            if cue.lemma in _TO_VERBS:
                k = c0  # "promised Monday to ...", "vowed last month to": a date first
                if k + 1 < b and words[k].lower == "again":
                    k += 1  # "vowed again Wednesday to", "vowed again to"
                if k + 1 < b and words[k].lower == "on" and (
                        words[k + 1].lower in _WEEKDAYS or words[k + 1].ner.endswith("DATE")):
                    k += 1  # "vowed on Tuesday to"
                first = k
                while k < b and k - first < 2 and (words[k].lower in _WEEKDAYS or
                                                words[k].ner.endswith("DATE") or
                                                words[k].lower in ("last", "this", "next") or
                                                k > first and _time_word(words[k])):
                    k += 1
                if self._infinitive_at(k, b):
                    return k
        # a "that" within a few adjunct words, which may name a show ("said on ABC's “This
        # Week” that") or be set off ("said — on Twitter, as it happens — that")
        j = c0
        set_off = False
        while j < b and j - c0 < _CUE_ADJUNCT_WORDS and words[j].lower not in _COMPLEMENTIZERS and \
                (words[j].upos not in ("VERB", "AUX") or self._adjunct_participle(j, c0) or
                 j > c0 and _nounish(words[j - 1]) and self._reduced_relative(j)) and \
                words[j].text not in (".", ";", ":") and not self._clause_joint(j, b):
            if self.in_quote[j] >= 0:
                past = self._past_title(j, b)
                if past == j:
                    break
                j = past
            else:
                past = self._past_set_off(j, b, commas=True)
                set_off = set_off or past > j
                j = max(j + 1, past)
        if j > c0 and j + 1 < b and words[j].lower == "that":
            j = self._past_adjunct_relative(c0, j, b)
        # (not after a noun or a sum: "reported a profit well above the $1.11 [that]
        # analysts expected" opens a relative)
        sum_before = j - 1 >= c0 and words[j - 1].upos == "NUM" and (
            words[j - 1].text[:1] in _CURRENCY_SIGNS or
            j - 2 >= c0 and words[j - 2].text in _CURRENCY_SIGNS)
        if j + 1 < b and words[j].lower == "that" and not self._pronoun_that(j) and \
                not sum_before and not self._demonstrative_that(j, b) \
                and (j == c0 or words[j - 1].upos != "NOUN" or words[j - 1].lower in _CUE_ADJUNCTS
                     or words[j - 1].lower in _DURATIONS or
                     self._phrase_before_clause(c0, j, b)) and \
                not (set_off and (j + 1 >= b or words[j + 1].upos not in _SUBJECT_OPENERS and
                                  words[j + 1].text not in _DASHES)) and \
                not self._determiner_that(j, b):
            # past a set-off modifier, "that" must open a clause, or an aside in dashes
            # ("says, however, that – in her view – A"; not "..., but which is red -- that
            # takes us to 314": a relative)
            return j + 1
        if j < b and j > c0 and words[j].lower in ("how", "why", "whether") and \
                cue.lemma in _QUESTION_VERBS and \
                self._phrase_before_clause(c0, j, b):
            return j  # "told attendees at the gala how ...", "explained to CBS why ..."
        if words[c0].text == "," and self._clause_after_aside(c0, b):
            return c0 + 1  # "says, win or lose, he is staying": the aside opens the statement
        if words[c0].text == ":" and self._clause_after_colon(c0, b, cue):
            return c0 + 1  # "Some residents say: It is time to leave.", "X asked: Did A?"
        if words[c0].is_punct:
            return None  # "she said, as she had the day before": no complement clause
        # short time/place adjuncts, then a clause ("said on Friday he ...")
        j = c0
        prev_prep = False
        open_pp = False  # a preposition whose noun has not come yet ("told CBS on Super ...")
        while j < b and j - c0 < 5 and not self._approximate_number(j, b):
            lw = words[j].lower
            if lw == "for" and j + 1 < b and words[j + 1].lower in _DURATIONS:
                j += 2  # "has said for years that"
                open_pp = False
                continue
            if lw in ("last", "this"):
                if not (j + 1 < b and _time_word(words[j + 1])):
                    break  # "said this is ...": a subject, not "said this week"
                j += 2  # "said last summer (that) ..."
                if j < b and words[j].lower == "that":
                    return j + 1
                prev_prep = open_pp = False
                continue
            if lw in ("on", "in", "at", "during", "last", "this", "earlier", "later") or \
                    words[j].ner == "DATE":
                prev_prep = True
                open_pp = lw in ("on", "in", "at", "during") and words[j].ner != "DATE"
            elif lw in _DETERMINERS and prev_prep:
                pass
            elif lw in _CUE_ADJUNCTS and lw not in ("a", "an", "the", "on", "in", "at"):
                prev_prep = lw in ("last", "this")
                open_pp = False
            else:
                break
            j += 1
        if j < b and open_pp:
            return self._after_phrase(j, b, cue)
        if j >= b:
            return None
        w = words[j]
        if j > c0 and words[j - 1].text == "," and w.upos == "VERB" and w.lower.endswith("ing"):
            return None  # "A, officials said Monday, citing B": a participle, not a clause
        if self._approximate_number(j, b):
            return j  # "said about half of them were new", "reported at least six planes"
        if j > c0 and w.lower in ("what", "how", "whether", "why"):
            return j  # "wouldn't say Tuesday how the party would vote"
        if w.is_punct or w.lower in ("to", "in", "on", "so", "of", "about", "for", "with", "at",
                                     "by", "nothing", "something", "anything", "what", "how",
                                     "goodbye", "hello", "yes", "thanks") or \
                w.lower in _ADJUNCT_SUBORDINATORS:
            return None  # "said when she was asked": the statement is elsewhere
        if w.lower == "no" and not (j + 2 < b and words[j + 1].upos in ("NOUN", "PRON", "NUM")
                                    and words[j + 2].upos in ("VERB", "AUX")) and not (
                j == c0 and j + 1 < b and words[j + 1].upos == "NOUN" and
                cue.lemma in _OBJECT_CUES and cue.lemma not in _OBJECT_NOT_SAID):
            # "said no to the war", not "said no one was hurt", nor an object cue's
            # negated object ("Police reported [no arrests]", "confirmed [no deaths]")
            return None
        if w.lower in ("it", "this", "that"):
            v = j + 1
            while v < b and v - j <= _NAME_WORDS and w.lower != "it" and \
                    words[v].upos in ("NOUN", "PROPN", "ADJ") and self.in_quote[v] < 0:
                v += 1  # "suggest this gap has": a determiner and its noun
            while v < b and words[v].upos == "ADV" and words[v].lower.endswith("ly"):
                v += 1  # "said it actively investigated"
            if not (v < b and words[v].upos in ("VERB", "AUX")):
                return None
        return j

    def _past_adjunct_relative(self, c0: int, j: int, b: int) -> int:
        """The "that" that opens the statement after a relative clause at word ``j`` on the
        noun of an adjunct after a cue at ``c0 - 1`` ("said in an interview [that aired
        Sunday] that A", "told X in a story [that posted this week] that A"), or ``j``: a
        "that" right before a verb, after a preposition's noun, is the relative's subject."""
        words = self.words
        if words[j - 1].upos != "NOUN" or words[j + 1].upos not in ("VERB", "AUX") or \
                not any(words[x].upos == "ADP" for x in range(c0, j)):
            return j
        for m in range(j + 2, min(b, j + _RELATIVE_CLAUSE_WORDS)):
            if words[m].is_punct or self.in_quote[m] >= 0:
                return j
            if words[m].lower == "that":
                return m if self._phrase_before_clause(c0, m, b) else j
        return j

    def _after_quote_frame(self, np: tuple[int, int], a: int) -> bool:
        """True when the subject ``np`` of a cue follows a quote and its comma ('“A,” X
        said'): the cue frames that quote."""
        return self._quote_ends_at(self._subject_phrase_start(np, a) - 1, a)

    def _inverted_frame(self, c: int, a: int) -> bool:
        """True for a finite cue at ``c`` right after a quote and its comma ('“A,” said
        X'): the words after it name the speaker, whatever the parse hangs there."""
        return not self.words[c].lower.endswith("ing") and \
            self._quote_ends_at(c - 1, a, comma=True)

    def _adjunct_participle(self, j: int, c0: int) -> bool:
        """True for a participle at word ``j`` that a subordinator after the cue at ``c0 - 1``
        opens ("said [before attending the rally] that ..."): an adjunct, not the clause."""
        words = self.words
        return j > c0 and words[j].lower.endswith("ing") and \
            words[j - 1].lower in _PARTICIPLE_SUBORDINATORS

    def _manner_or_place_at(self, j: int) -> bool:
        """True for a word after a cue that opens how, where or while it was said, not what:
        a preposition ("said from his plane"), a manner adverb ("said happily") or a
        participle ("said answering a question")."""
        words = self.words
        w = words[j]
        if j + 1 < len(words) and _is_number(words[j + 1]) or \
                self._approximate_number(j, len(words)):
            return False  # "nearly 200 countries signed", "about half of them"
        return w.upos == "ADP" or w.upos == "ADV" and w.lower.endswith("ly") or \
            w.upos == "VERB" and w.lower.endswith("ing")

    def _clause_after_aside(self, c0: int, b: int) -> bool:
        """True when the comma at word ``c0`` after a cue opens a short aside closed by a
        comma and followed by a clause with its own subject ("says, after the vote, he is
        staying"), not a participle or a quote ("said, adding that", 'said, “A”')."""
        words = self.words
        k = self._past_set_off(c0, b)
        if k <= c0 + 2 or k >= b or words[k - 1].text != ",":
            return False
        np = self._np_forward(k, b)
        return np is not None and self._verb_follows(np[1], b) and \
            not words[np[1]].lower.endswith("ing")

    def _clause_after_colon(self, c0: int, b: int, cue: Word) -> bool:
        """True when the colon at word ``c0`` right after a verb of speech opens a clause
        without quote marks that runs to the end of the sentence: its first word capitalised
        and a verb in it ("Some residents say: It is time to leave.", "A reporter asked:
        Did they talk about the wall?"); not a quote ('said: “A”'), a list or a noun
        phrase ("said: roads, schools and parks")."""
        words = self.words
        if cue.lemma not in SPEECH_VERBS or c0 + 2 >= b or self.in_quote[c0 + 1] >= 0:
            return False
        first = words[c0 + 1]
        return first.text[:1].isupper() and not first.is_punct and \
            not self._verbless(c0 + 1, b)

    def _participle_modifier(self, i: int) -> bool:
        """True for a cue participle that modifies the noun after it: between a number or
        quantifier and a plural noun ("475 pledged delegates", "more reported cases"; not
        "three told reporters", whose object is the one told), or after a determiner or
        possessive and adverbs ("a racially charged argument", "Britain's widely reported
        exit")."""
        words = self.words
        w = words[i]
        if i < 1 or i + 1 >= len(words) or not w.lower.endswith("ed") or \
                w.lemma in _ADDRESSEE_CUES or self.in_quote[i + 1] >= 0:
            return False
        n = words[i + 1]
        k = i - 1
        while k > 0 and words[k].upos == "ADV" and words[k].lower.endswith("ly"):
            k -= 1
        p = words[k]
        if p.lower in _DETERMINERS or p.lower in _POSSESSIVES or p.upos == "PART" and \
                p.lower in ("'s", "’s"):  # not "he's predicted big wins"
            # the tagger may read the noun as a verb form ("charged uprising")
            return n.upos in ("NOUN", "ADJ") or n.lower.endswith("ing")
        return k == i - 1 and (p.upos == "NUM" or p.lower in _QUANTIFIERS) and \
            n.upos == "NOUN" and n.lower.endswith("s")

    def _charged_of(self, c0: int, b: int) -> bool:
        """True when words from ``c0`` are the one charged and an "of" phrase of the charge
        ("accused the mayor of lying about the budget")."""
        np = self._np_forward(c0, b)
        return np is not None and np[1] + 1 < b and self.words[np[1]].lower == "of" and \
            self.in_quote[np[1] + 1] < 0  # not 'accused him of “lying”': the quote is all

    def _adds_an_object(self, i: int, b: int) -> bool:
        """True for "add" at word ``i`` that adds a thing, not words: "add up to", "added to
        her lead", "added another link to the chain" (a finite form's object with no verb
        after it; not "added the plan would fail")."""
        words = self.words
        if words[i].lemma != "add" or i + 1 >= b or self.in_quote[i + 1] >= 0:
            return False
        if words[i + 1].lower in ("up", "to"):
            return True
        if words[i].lower.endswith("ing") or not self._opens_object(i + 1):
            return False  # "..., adding a plug for himself": a participle's object is said
        np = self._np_forward(i + 1, b)
        return np is not None and (np[1] >= b or words[np[1]].upos not in ("VERB", "AUX"))

    def _says_this(self, i: int, b: int) -> bool:
        """True for a cue at word ``i`` whose object is a "this" that points back to what
        was said before ("X stated this on Thursday while addressing journalists", "X said
        this in an interview"): no statement in its own sentence (not "said this week",
        "said this: ...", "said this is wrong")."""
        words = self.words
        if i + 1 >= b or words[i + 1].lower != "this" or self.in_quote[i + 1] >= 0:
            return False
        nxt = words[i + 2] if i + 2 < b else None
        return nxt is None or nxt.text in (".", ",") or \
            nxt.upos in ("ADP", "SCONJ") and nxt.lower != "that"

    def _opens_object(self, c0: int) -> bool:
        """True when word ``c0`` after a cue opens a noun phrase object ("announced [his]
        resignation", "[a] plan"), not a clause ("said [that] ...", "said [this] is")."""
        w = self.words[c0]
        return (w.upos in ("DET", "NUM") or w.lower in _POSSESSIVES) and \
            w.lower not in ("that", "this", "these", "those", "what", "which")

    def _named_object(self, c0: int, cue: Word) -> bool:
        """True when a name at word ``c0`` opens the object of an object cue: a possessive
        ("acknowledged [Lee's success]", "reported [Gore's decision]") or any name after
        "mention" ("never mentioned [Lee] by name"), not a name that opens a clause
        ("noted Lee would run")."""
        words = self.words
        if words[c0].upos != "PROPN" or self.in_quote[c0] >= 0:
            return False
        k = c0 + 1
        while k < len(words) and k - c0 <= _NAME_WORDS and words[k].upos == "PROPN":
            k += 1
        if k < len(words) and words[k].upos == "PART" and words[k].lemma == "'s":
            return True
        return cue.lemma == "mention" and (k >= len(words) or
                                            words[k].upos not in ("VERB", "AUX"))

    def _weekday_after_object(self, x: int, c1: int) -> bool:
        """True when words from ``x`` before ``c1`` are a weekday that dates the saying after
        an object statement ("reported [no arrests] late Monday", "announced [a ban] on
        Friday", "confirmed [the report] earlier Sunday"), not more of the object."""
        words = self.words
        if x + 1 < c1 and words[x].lower in ("on", "late", "early", "earlier", "last") and \
                self.in_quote[x] < 0:
            x += 1
        if words[x].lower not in _WEEKDAYS or self.in_quote[x] >= 0:
            return False
        # it ends the object, maybe with a time of day ("late Monday night"): not "announced
        # [a Monday rally]", "reported [Friday's results]", "announced plans Tuesday [to
        # expand ...]"
        k = x + 1
        while k < c1 and _time_word(words[k]):
            k += 1
        return k >= c1 or words[k].is_punct and self.in_quote[k] < 0

    def _time_clause_after_object(self, x: int, c1: int) -> bool:
        """True when word ``x`` after an object statement opens a clause of when or despite
        what it was said ("announced [the deal] after cutting ties with B", "tweeted [his
        thanks] as he boarded the plane", "confirmed [the plan] before he left"), not more
        of the object: a subject and its verb or a gerund follow ("as" only a clause:
        "touted [the plan] as a model" is how it was touted; not "[an assessment of cases]
        before the Supreme Court", "[a ruling] after the election")."""
        words = self.words
        w = words[x]
        if self.in_quote[x] >= 0 or x + 1 >= c1 or \
                w.lower not in ("after", "as", "while", "despite", "before"):
            return False
        nxt = words[x + 1]
        if w.lower == "as":  # (not "[her years] as senator representing the state")
            return nxt.lower in _SUBJECT_PRONOUNS or nxt.upos in ("DET", "PROPN") and \
                self._subject_and_verb(x + 1, c1)
        return nxt.lower in _SUBJECT_PRONOUNS or self._subject_and_verb(x + 1, c1) or \
            nxt.upos == "VERB" and nxt.lower.endswith("ing")

    def _occasion_at(self, x: int, c1: int) -> bool:
        """True when words from ``x`` before ``c1`` open the occasion of the saying, not more
        of its object: a preposition of time or place and a noun of a speech event ("touted
        his wins [in his opening statement]", "explained his reasoning [in an appearance on
        CBS]", "took a cautious stance [in other interviews]"), or what it went out on or
        through ("touted it [on its Facebook page]", "denied it [through a spokeswoman]")."""
        words = self.words
        p = words[x].lower
        if p not in ("in", "during", "at", "on", "through") or self.in_quote[x] >= 0:
            return False
        nouns = _MEDIUM_NOUNS if p == "on" else _OCCASION_NOUNS
        for k in range(x + 1, min(c1, x + 5)):
            w = words[k]
            if w.lower in nouns or p == "through" and w.lower in _MEDIUM_NOUNS:
                return True
            if not (w.upos in ("DET", "ADJ", "NUM", "PROPN") or w.lower in _POSSESSIVES or
                    w.lower.endswith("ing") or w.upos == "NOUN" and k + 1 < c1 and
                    words[k + 1].upos == "NOUN"):
                return False
        return False

    def _bare_noun_object(self, c0: int, i: int) -> bool:
        """True when a noun without a determiner at word ``c0`` opens the object of the cue
        at word ``i`` ("claimed victory", "reported earnings of $8 a share"), not after a
        cue that is itself an adjective ("among pledged delegates", "the pledged votes") nor
        a handle ("tweets @jdoe"); what is written is a thing ("wrote messages in the sky")."""
        words = self.words
        before = words[i - 1] if i > 0 else None
        return words[i].lemma != "write" and words[c0].upos == "NOUN" and \
            self.in_quote[c0] < 0 and \
            not words[c0].text.startswith("@") and before is not None and \
            not (before.upos == "ADP" and before.lower != "to" or before.lower in _DETERMINERS)

    def _clause_after_object(self, c0: int, c1: int) -> bool:
        """True when what looks like an object cue's object is the subject of a clause
        without "that" ("notes [the minimum wage is mostly for new workers, with ...]",
        "predicted [the campaign would “lose its way”]"): a finite verb follows within a
        name's length, past an aside in parentheses, before any comma, conjunction or
        preposition ("announced his resignation and said ..." stays an object).  A word
        right after a determiner or possessive is the object's noun or adjective ("the
        need", "a detailed letter"), and neither an infinitive nor an -ing form is finite
        ("touted her plans to invest", "denied any wrongdoing")."""
        words = self.words
        t, seen = c0 + 1, 0
        while t < c1 and seen <= _NAME_WORDS:
            w = words[t]
            if w.text == "(":
                # "suggest a challenger (that could be, well, you know) might win": an aside
                t = next((x for x in range(t + 1, c1) if words[x].text == ")"), c1) + 1
                continue
            if w.upos in ("ADP", "SCONJ", "CCONJ", "PUNCT") or w.lower in _SUBORDINATORS:
                return False
            if w.upos == "AUX" and self.in_quote[t] < 0:
                return True
            before = words[t - 1]
            if w.upos == "VERB" and self.in_quote[t] < 0 and not w.lower.endswith("ing") and \
                    before.upos != "DET" and before.lower not in _POSSESSIVES and \
                    before.lower != "to":
                return True
            t, seen = t + 1, seen + 1
        return False

    def _gerund_object(self, c0: int, cue: Word) -> bool:
        """True for a gerund at word ``c0`` right after a cue that reports what was done
        ("reported [spending $1 million]", "recalled [meeting him]")."""
        w = self.words[c0]
        return cue.lemma in _GERUND_CUES and c0 == cue.i + 1 and not cue.lower.endswith("ing") \
            and w.upos == "VERB" and w.lower.endswith("ing")

    def _elliptic_clause(self, c0: int, c1: int) -> bool:
        """True for a clause of a subject pronoun and an auxiliary alone, its verb left
        out ("said [he would].", "They said [she could].")."""
        words = self.words
        return c1 - c0 == 2 and words[c0].lower in _SUBJECT_PRONOUNS and \
            words[c0 + 1].upos == "AUX"

    def _bare_clause(self, i: int, c0: int, c1: int) -> bool:
        """True for a clause of two words that ends its sentence right after the speech verb
        ``i`` (or its "that"), a subject and its verb in the past or in -s ("X said [sales
        rose].", "said that [she agreed].", "said [it works]."); not a relative clause
        ("a profit above what [analysts expected]") nor a thought ("knew [I knew]")."""
        words = self.words
        if c1 - c0 != 2 or words[i].lemma not in SPEECH_VERBS or not (
                c0 == i + 1 or c0 == i + 2 and words[i + 1].lower == "that"):
            return False
        return self._two_word_clause(c0) and c1 < len(words) and words[c1].text in (".", "!")

    def _two_word_clause(self, c0: int, plural_base: bool = False) -> bool:
        """True when the two words from ``c0`` are a subject and its verb in the past or in
        -s ("sales rose", "it works"); with ``plural_base``, a plural's verb in its base form
        too ("evacuations continue", "we agree"), not a set phrase ("Thank you", "Of
        course", "Lashing out")."""
        subject, verb = self.words[c0], self.words[c0 + 1]
        plural = subject.lower in ("i", "we", "they", "you") or \
            subject.upos == "NOUN" and subject.lower.endswith("s")
        return verb.upos == "VERB" and not verb.lower.endswith("ing") and \
            (verb.lower != verb.lemma.lower() or plural_base and plural) and \
            (subject.lower in _SUBJECT_PRONOUNS or subject.upos in ("NOUN", "PROPN"))

    def _pronoun_that(self, j: int) -> bool:
        """True for a "that" at word ``j`` that is a preposition's or "all"'s object before a
        clause stop ("knew all about that, to his chagrin"), no complementizer."""
        words = self.words
        return j + 1 < len(words) and words[j + 1].text in _CLAUSE_STOPS and j > 0 and \
            (words[j - 1].upos == "ADP" or words[j - 1].lower == "all")

    def _determiner_that(self, j: int, b: int) -> bool:
        """True for a "that" at word ``j`` that is the determiner of the cue's object: a
        singular noun after it ends its phrase before a preposition, a mark or the end,
        and no verb comes after it ("denied that report on Monday", "confirmed that
        account."; not "said that report was false", "said that voters in Iowa")."""
        words = self.words
        k = j + 1
        return words[k].upos == "NOUN" and not words[k].lower.endswith("s") and (
            k + 1 == b or words[k + 1].upos in ("ADP", "PUNCT")) and \
            not any(words[x].upos in ("VERB", "AUX") for x in range(k + 1, b))

    def _demonstrative_that(self, j: int, b: int) -> bool:
        """True for a "that" at word ``j`` that is the subject of a verb right after it
        ("said that was false", "said that would be a mistake"), no complementizer; not an
        inverted condition ("said that were it not for A", "that had he known"), nor one
        set off ("As X pointed out, that's A": the frame's clause, whatever "that" is)."""
        words = self.words
        return j + 2 < b and words[j + 1].upos == "AUX" and words[j - 1].text != "," and \
            words[j + 1].lower not in ("had", "were", "should")

    def _clause_joint(self, j: int, b: int) -> bool:
        """True for a comma and a coordinator at word ``j`` ("..., and"): a new clause."""
        words = self.words
        return words[j].text == "," and j + 1 < b and words[j + 1].lower in ("and", "but", "or")

    def _manner_phrase(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) after a cue open with an adverb or a preposition and
        hold no verb: how or where it was said ("back at him", "loudly at the stage"), not
        a statement; a participle after a determiner is an adjective ("the packed hall")."""
        words = self.words
        return words[c0].upos in ("ADV", "ADP") and not self._approximate_number(c0, c1) and \
            not any(words[x].upos in ("VERB", "AUX") and words[x - 1].upos != "DET"
                    for x in range(c0, c1))

    def _said_little(self, c0: int, b: int) -> bool:
        """True when words from ``c0``, right after a form of "say", are an amount of
        talk and no clause: "said little", "has said almost nothing", "said very little
        at the hearing" (not "said little had changed", "said much of the work was done")."""
        words = self.words
        k = c0
        if k < b and words[k].lower in _LITTLE_DEGREES:
            k += 1
        if k >= b or words[k].lower not in _LITTLE_AMOUNTS or self.in_quote[k] >= 0:
            return False
        return k + 1 >= b or words[k + 1].upos not in ("VERB", "AUX") and \
            words[k + 1].lower not in ("of", ",")  # (a participle may follow a comma)

    def _said_little_about(self, c0: int, b: int) -> int | None:
        """The first word of the topic in "said little about A", "said almost nothing
        about A", "has said much about A" (words from ``c0``), else None."""
        words = self.words
        if not self._said_little(c0, b):
            return None
        k = c0 + 1 if words[c0].lower in _LITTLE_DEGREES else c0
        # "said little publicly about A", "has said much over the years about A": past a
        # short adjunct with no verb or stop
        for x in range(k + 1, min(b - 1, k + 7)):
            if words[x].lower == "about":
                ok = self.in_quote[x + 1] < 0 and not words[x + 1].is_punct
                return x + 1 if ok else None
            if words[x].is_punct or words[x].upos in ("VERB", "AUX") or self.in_quote[x] >= 0:
                return None
        return None

    def _stance_object_at(self, i: int, b: int) -> int | None:
        """The first word of the object of a stance verb at word ``i`` (lexicon
        ``STANCE_VERBS``), after its particle ("criticized [the plan]", "endorsed [her]",
        "called for [a ban]"), or None: not a verb the tagger read as a noun or adjective
        ("his support", "the criticized plan"), a particle of another sense ("backed
        down"), a clause ("questioned whether": a topic verb's), a subject pronoun or a
        reflexive ("defended himself"), a time ("backed Tuesday") nor a quote; a gerund
        may open it ("opposed [raising] taxes"), and a side not yet taken has none
        (``_stance_hedged``: "would endorse Doe", "a fund supporting Doe")."""
        words = self.words
        w = words[i]
        if w.upos != "VERB" and not self._stance_verb_read_as_noun(i, b) or \
                self.in_quote[i] >= 0:
            return None
        c0 = i + 1
        particle = STANCE_VERBS[STANCE_VERB_FORMS[w.lower]]
        if particle:
            if c0 >= b or words[c0].lower != particle:
                return None
            c0 += 1
        if c0 >= b or self.in_quote[c0] >= 0:
            return None
        o = words[c0]
        if o.upos not in _STANCE_OBJECT_OPENERS and o.lower not in _POSSESSIVES and \
                not (particle == "" and self._stance_gerund_at(c0, b)) or \
                o.lower in _STANCE_NON_OBJECTS or _time_word(o) or _is_date(o):
            return None
        if self._stance_hedged(i):
            return None
        if o.lower in ("a", "an") and self._negated(i, max(0, i - _WITHHELD_WORDS)):
            return None  # "has not endorsed a candidate": no one in particular
        if particle == "to" and self._gesture_object(c0, b):
            return None  # "pointed to a man in the crowd": a finger's, no argument
        if particle == "" and STANCE_VERB_FORMS[w.lower] in ("show", "find") and (
                not self._evidence_subject_before(i) or self._evidence_clause(w, c0, b)):
            return None  # a poll's finding only; a clause after it is read as any cue's
        return c0

    def _gesture_object(self, c0: int, b: int) -> bool:
        """True when the first noun of the object at word ``c0`` of "pointed to", within
        four words, is one of a gesture (``_GESTURE_OBJECTS``: "pointing to [his] ear",
        "pointed to a man in the crowd")."""
        words = self.words
        for x in range(c0, min(b, c0 + 4)):
            if words[x].upos in ("NOUN", "PROPN", "PRON"):
                return words[x].lower in _GESTURE_OBJECTS
        return False

    def _stance_infinitive_speaker(self, i: int, a: int) -> tuple[tuple[int, int] | None, str]:
        """(speaker, how) of a stance verb at word ``i`` after "to", from word ``a``: the
        subject of a verb or adjective of taking the side, or of holding back from it
        ("X refused to endorse Doe", "X went on to criticize A", "X was quick to praise
        A", "X has yet to endorse Doe", "X seemed to blame A"); or the one first or alone
        in taking it ("X was the first senator to endorse Doe": X; "the only mayor to
        oppose A": the noun phrase).  A forecast or a request takes no side yet ("X plans
        to endorse Doe", "asked him to condemn A"): (None, "")."""
        words = self.words
        g = i - 2
        if words[g].lower == "yet" and g - 1 >= a and words[g - 1].lemma == "have":
            g -= 1  # "has yet to endorse"
        elif words[g].lower == "on" and g - 1 >= a:
            g -= 1  # "went on to criticize"
            if words[g].lemma != "go":
                return None, ""
        gw = words[g]
        if self.in_quote[g] >= 0:
            return None, ""
        if g < i - 2 and gw.lemma == "have" or \
                gw.lemma in _STANCE_CHAIN_GOVERNORS or gw.lower in _STANCE_CHAIN_GOVERNORS:
            np, how = self._subject_of_cue(g, a)
            if np is None or np[0] > a and not self._starts_clause(a, np[0], words[i]):
                np, how = self._opening_subject(a, g, chained=True), "opening subject"
            return np, how
        if gw.upos not in ("NOUN", "PROPN", "PRON"):
            return None, ""
        used = self._used_for_stance(g, a)
        if used is not None:
            np, how = self._subject_of_cue(used, a)  # "X used her speech to call for A"
            return (np, how) if np is not None and self._can_speak(np) else (None, "")
        for x in range(g - 1, max(a, g - 4), -1):
            if words[x].lower in ("of", "in") and words[x - 1].upos in ("NOUN", "PROPN") and \
                    self.in_quote[x] < 0:
                g, gw = x - 1, words[x - 1]  # "the first member [of Congress] to endorse"
                break
            if words[x].upos not in ("NOUN", "PROPN", "ADJ", "DET"):
                break
        if gw.upos not in ("NOUN", "PROPN") or gw.is_capitalised and \
                words[g - 1].lower not in _STANCE_FIRSTS:
            return None, ""
        head = self._np_back(g, a)
        if head is None or not any(words[x].lower in _STANCE_FIRSTS for x in range(*head)):
            return None, ""
        start = head[0]
        if start == a:
            return None, ""  # "The first mayor to endorse Doe was Roe": the one after the verb
        if start - 2 >= a and words[start - 1].lower == "of" and \
                words[start - 2].lower in ("one", "among"):
            start -= 2  # "one of the earliest members to endorse Doe"
        if start - 1 >= a and words[start - 1].lemma in ("be", "become") and \
                words[start - 1].upos in ("AUX", "VERB"):
            np, how = self._subject_of_cue(start - 1, a)  # "X was the first senator to"
            if np is not None:
                return np, how
        return ((start, head[1]), "subject") if self._can_speak((start, head[1])) else (None, "")

    def _backing_aside(self, np: tuple[int, int] | None, i: int, c0: int, c1: int,
                       b: int) -> bool:
        """True when "backs", "backed" or "backing" at word ``i``, with its object [c0, c1),
        reports no stance: a relative clause set off by commas inside the subject of the
        sentence's own verb ("Jo Hale, [who backs] Doe, warned of a fight": it says who Hale
        is), or evidence that bears out a claim ("The records backed that up")."""
        words = self.words
        if words[c0].lower in ("that", "this", "it") and c0 + 1 < b and \
                words[c0 + 1].lower == "up":
            return True
        if np is not None and self._backing_tally(np):
            return True
        if np is None or words[np[0]].lower != "who" or np[0] == 0 or \
                words[np[0] - 1].text != "," or c1 + 1 >= b or words[c1].text != ",":
            return False
        k = c1 + 1
        while k < b and k - c1 <= 3 and _adverbial(words[k]) and words[k].upos != "AUX":
            k += 1
        return k < b and words[k].upos in ("VERB", "AUX") and self.in_quote[k] < 0

    def _attack_aside(self, np: tuple[int, int] | None, i: int, c0: int, c1: int) -> bool:
        """True when "attacks", "attacked" or "attacking" at word ``i``, with its object
        [c0, c1), reports no criticism by its subject ``np``: a physical attack (its object or
        the words after it hold a guard, a place or a weapon: ``_ASSAULT_WORDS``), a denial
        ("has not attacked Doe"), a relative clause of a thing ("a super PAC [that] attacks
        Doe": the group's ads, not its words) or a participle that is not set off by a comma
        nor after an auxiliary ("ads attacking Doe", "spent May attacking Roe", "ads backing
        Roe and attacking Doe": what an ad or a time is for)."""
        words = self.words
        if any(words[x].lower in _ASSAULT_WORDS for x in range(c0, min(c1 + 4, len(words)))) \
                or np is not None and any(words[x].lower in _ASSAULT_WORDS for x in range(*np)):
            return True
        a = self._sentence_range(i)[0]
        k = i - 1
        while k > a and words[k].upos == "ADV":
            k -= 1
        if self._negated(i, a) or words[k].lower in ("that", "which"):
            return True
        return words[i].lower.endswith("ing") and k >= a and words[k].text != "," and \
            words[k].upos != "AUX"

    def _backing_tally(self, np: tuple[int, int]) -> bool:
        """True when the subject ``np`` of "backed" is a tally of a vote or a poll, not a
        speaker: a share ("Most members backed the plan", "15 percent backed Roe", "three
        in 10 backed it") or places ("Two states backed Reed", "Rust Belt states Indiana
        and Ohio backed Reed", "most counties")."""
        words = self.words
        for x in range(np[0], min(np[1], np[0] + 3)):
            lw = words[x].lower
            if lw in _TALLY_WORDS or lw == "in" and x > np[0] and _is_number(words[x - 1]):
                return True
        if words[np[1] - 1].lower in _PLACE_PLURALS:
            return True
        a = self._sentence_range(np[0])[0]
        for x in range(np[0] - 1, max(a, np[0] - 6) - 1, -1):
            if words[x].lower in _PLACE_PLURALS:
                return True  # "states Indiana and [Ohio]"
            if words[x].upos != "PROPN" and words[x].lower not in ("and", ","):
                return False
        return False

    def _speaker_credential(self, r: int, a: int) -> bool:
        """True when word ``r`` is "who" that opens a relative on the speaker of a closing
        frame, from word ``a`` ("“A,” said Jane Roe, a state senator, [who] endorsed Doe",
        "A, said Roe, [who] backs Doe"): the clause says who the speaker is, as a title
        does, and reports no stance of theirs; not "Roe, who endorsed Doe, said A"."""
        words = self.words
        if words[r].lower != "who" or r - 1 <= a or words[r - 1].text != ",":
            return False
        for x in range(r - 2, max(a, r - 2 * _SOURCE_WORDS) - 1, -1):
            wx = words[x]
            if self.in_quote[x] >= 0:
                return False
            if wx.lower in ("said", "says") and x < r - 2:
                return x - 1 >= a and (words[x - 1].text == "," or self.in_quote[x - 1] >= 0 or
                                       words[x - 1].text in _QUOTE_CHARS)
            if wx.upos in ("VERB", "AUX"):
                return False
        return False

    def _used_for_stance(self, g: int, a: int) -> int | None:
        """The verb of a means or an appearance (``_STANCE_MEANS``) before the phrase that
        ends at word ``g``, right before "to" and a stance verb, from word ``a``: the
        subject took the stance that way ("X used her speech [to call for] A", "used a crude
        word [to describe] Y", "X appeared on Fox News [to defend] her", "X took to the
        talk shows [to defend] A", "held a news conference [to criticize] B"); not "the
        money used to back Doe" (no noun after "used"), "hired a lawyer to defend A"."""
        words = self.words
        for x in range(g - 1, max(a, g - 7) - 1, -1):
            wx = words[x]
            if wx.lower in _STANCE_MEANS and wx.upos == "VERB":
                return x
            if wx.upos not in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM") and \
                    wx.lower not in ("of", "on", "to", "'s", "’s") or self.in_quote[x] >= 0:
                return None
        return None

    def _stance_gerund_at(self, c0: int, b: int) -> bool:
        """True when a gerund, after at most two adverbs, opens the object at word ``c0`` of a
        stance verb ("support [raising] the wage", "opposes [temporarily banning] visas",
        "defended [cutting] taxes"): what its subject is for or against is an act."""
        words = self.words
        k = c0
        while k < b and k - c0 < 2 and words[k].upos == "ADV" and words[k].lower.endswith("ly"):
            k += 1
        return k < b and words[k].upos == "VERB" and words[k].lower.endswith("ing") and \
            self.in_quote[k] < 0 and k + 1 < b and not words[k + 1].is_punct

    def _stance_hedged(self, i: int) -> bool:
        """True when the verb of taking a side at word ``i`` (lexicon ``STANCE_VERB_GROUPS``'s
        endorsements) takes none yet: after a modal, over adverbs ("would [endorse] Doe",
        "may well [oppose] it", "will [support] the bill": a forecast of a vote; not "who'd
        previously endorsed", whose "'d" is "had"), or as a participle right after a noun,
        over adverbs ("a super PAC [supporting] Doe", "delegates now [supporting] Roe": whom
        the noun is for; not "those supporting Doe", "Doe, [supporting] the plan, ...", "is
        [supporting] Doe").  Other stance verbs keep them ("may blame trade deals")."""
        words = self.words
        w = words[i]
        if STANCE_VERB_FORMS[w.lower] not in _SIDE_TAKING_VERBS:
            return self._stance_participle_in_subject(i)
        k = i - 1
        while k > 0 and words[k].upos == "ADV" and words[k].lower not in ("not", "n't", "n’t"):
            k -= 1
        if k < 0:
            return False
        p = words[k]
        if p.lower in _STANCE_MODALS and self.in_quote[k] < 0:
            return not (p.lower in ("'d", "’d") and w.lower.endswith("ed"))
        return w.lower.endswith("ing") and p.upos in ("NOUN", "PROPN", "NUM") and \
            not _possessive_mark(p)

    def _stance_participle_in_subject(self, i: int) -> bool:
        """True for a stance participle at word ``i`` right after a noun, with no verb before
        it in its sentence: it sits in the sentence's subject, and its object runs on into
        the main verb ("Officials citing the budget left early", "Critics denouncing the plan
        grew louder"); not "The council approved a resolution condemning the plan"."""
        words = self.words
        w = words[i]
        if not w.lower.endswith("ing") or i == 0 or \
                words[i - 1].upos not in ("NOUN", "PROPN") or _possessive_mark(words[i - 1]):
            return False
        a = self._sentence_range(i)[0]
        return not any(words[x].upos in ("VERB", "AUX") for x in range(a, i - 1))

    def _evidence_subject_before(self, i: int) -> bool:
        """True when a poll, survey or its data ends one of the few words before the verb of
        evidence at word ``i`` ("A new poll shows", "the survey, taken in May, found",
        "results released Monday show"), with no verb of its own between."""
        words = self.words
        a = self._sentence_range(i)[0]
        for x in range(i - 1, max(a, i - _SOURCE_WORDS) - 1, -1):
            if words[x].lower in _EVIDENCE_SUBJECTS:
                return True
            if words[x].upos == "AUX" or words[x].upos == "VERB" and \
                    not words[x].lower.endswith("ed"):
                return False
        return self._poll_subject_before(i) is not None

    def _poll_subject_before(self, i: int) -> tuple[int, int] | None:
        """The poll, survey or its data that heads the subject of the verb of evidence at word
        ``i`` across the words that say where, when and by whom it was taken ("[A CNN poll]
        of Ohio released on Tuesday showed", "[A new poll] from Quinnipiac University
        released Wednesday found", "[Polls] there show"): a noun phrase that opens its clause
        (not "Roe leads in a poll released Monday": the poll is no subject there)."""
        words, in_quote = self.words, self.in_quote
        a = self._sentence_range(i)[0]
        for x in range(i - 1, max(a, i - _POLL_NAME_WORDS) - 1, -1):
            w = words[x]
            if in_quote[x] >= 0:
                return None
            if w.lower in _EVIDENCE_SUBJECTS and w.upos in ("NOUN", "PROPN"):
                if x == i - 1:
                    return None  # ("Records show A", "A, campaign records show": read as ever)
                np = self._np_back(x, a) or (x, x + 1)
                before = words[np[0] - 1] if np[0] > a else None
                if any(words[y].upos in ("VERB", "AUX") for y in range(*np)):
                    return None  # ("The poll comes in the wake of polls from X that show")
                return np if before is None or before.upos in ("CCONJ", "SCONJ", "PUNCT") or \
                    before.lower in _RELATIVES or before.lower in _LEAD_SUBORDINATORS else None
            if not (w.upos in _POLL_NAME_TAGS or w.text in _POLL_NAME_MARKS or
                    w.lower in _POLL_TAKEN or w.lower in _POLL_MODIFIER_WORDS) or \
                    w.lower in _RELATIVES:
                return None  # (not "polls from X [that] show": the relative's own subject)
        return None

    def _stance_verb_read_as_noun(self, i: int, b: int) -> bool:
        """True for "support" or "oppose" at word ``i`` that a tagger read as a noun after a
        plural subject, before a noun phrase ("Most voters [support] the plan", "Two-thirds
        [support] a ban"; not "their support for", "the support staff")."""
        words = self.words
        w = words[i]
        if w.upos != "NOUN" or w.lower not in ("support", "oppose") or i == 0 or i + 1 >= b:
            return False
        before, after = words[i - 1], words[i + 1]
        plural = before.upos in ("NOUN", "PROPN") and before.lower.endswith("s") and \
            not before.lower.endswith("ss") and not _possessive_mark(before) or \
            before.lower in ("percent", "%", "who", "that")
        opener = after.upos in ("DET", "PROPN", "NUM") or after.lower in _POSSESSIVES or \
            after.upos in ("NOUN", "VERB") and after.lower.endswith("ing")
        if plural and (opener or after.upos == "NOUN" and self.in_quote[i + 1] < 0 and
                       before.upos in ("NOUN", "PROPN")):
            return True  # "young voters [support] background checks"
        if not opener or _possessive_mark(before) or before.upos not in ("NOUN", "PROPN", "NUM") \
                and not (before.upos == "VERB" and before.lower.endswith("ed")):
            return False
        # the subject runs on with a modifier or a count ("Half of the voters surveyed in a
        # new poll [support] Doe", "Men under 35 [support] Roe"): the sentence's verb, when
        # no verb but a participle after a noun ("surveyed", "voting") comes before it
        a = self._sentence_range(i)[0]
        return not any(words[x].upos in ("VERB", "AUX") and not (
            x > a and words[x - 1].upos in ("NOUN", "PROPN") and
            words[x].lower.endswith(("ed", "ing"))) for x in range(a, i))

    def _statement_in_object(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1), a stance verb's object, hold a statement of their own: a
        cue verb ("an electorate in which most voters say A") or a noun of saying with its
        "that" ("Doe's promise that A")."""
        words = self.words
        # (not an infinitive: "praised Doe for her decision to speak out")
        return any(is_cue_word(words[x]) and words[x].upos == "VERB" and
                   words[x - 1].lower != "to" or
                   words[x].lower in STATEMENT_NOUNS and x + 1 < c1 and
                   words[x + 1].lower == "that" for x in range(c0, c1))

    def _closing_frame_after(self, i: int, b: int) -> bool:
        """True when the sentence of word ``i`` ends in a frame set off by a comma that
        credits all of it ("X welcomed A, saying B, CNN reported.", "..., officials said."):
        the frame's source speaks for what the stance verb at ``i`` reports."""
        words, in_quote = self.words, self.in_quote
        stop = self._content_end(i, b)
        if stop - 1 <= i or words[stop - 1].lemma not in SPEECH_VERBS and \
                words[stop - 1].lower not in REPORTING_VERB_FORMS and \
                words[stop - 1].lower not in _REPORT_FORMS:
            return False
        for x in range(stop - 2, max(i, stop - _SOURCE_WORDS), -1):
            if words[x].text == "," and in_quote[x] < 0:
                if self._closing_report(x, b) is not None:
                    return True
                np = self._np_forward(x + 1, stop - 1)
                return np is not None and np[1] == stop - 1 and \
                    REPORTING_VERB_FORMS.get(words[stop - 1].lower) in SPEECH_VERBS
        return False

    def _stance_object_ends_at(self, x: int, c1: int) -> bool:
        """True when word ``x`` before ``c1``, inside a stance verb's object, ends it: an
        adjunct clause ("backed the bill [when] it came up"; not "as" nor "because of",
        which belong to the statement: "praised Doe as a leader", "called for a ban
        because of fears"), a time ("endorsed Doe [in March]", "[last week]"), a margin
        ("backed her [by] 40 points") or a second verb ("backing Doe [and attacking]
        Roe")."""
        words = self.words
        if self.in_quote[x] >= 0:
            return False
        lw = words[x].lower
        if lw in _LEAD_SUBORDINATORS:
            return lw != "as" and not (lw == "because" and x + 1 < c1 and
                                       words[x + 1].lower == "of")
        if lw == "by" or lw in _JOINING_WORDS and x + 1 < c1 and (
                words[x + 1].upos == "VERB" or words[x + 1].upos == "ADV" and x + 2 < c1 and
                words[x + 2].upos == "VERB" and words[x + 2].lower.endswith("ed")):
            return True  # (also "attacked her record [and] even questioned her motives")
        if lw in _JOINING_WORDS and x + 2 < c1 and words[x + 1].upos in ("PROPN", "PRON"):
            # "attacked the banks [and] Mr. Poe has insulted farmers", "[but] it hasn't": a new
            # subject's clause (an auxiliary after a name: "and White House unclassified
            # systems" is no clause)
            y = x + 1
            while y < min(c1, x + 5) and words[y].upos == "PROPN":
                y += 1
            y = max(y, x + 2)
            return y < c1 and (words[y].upos == "AUX" or words[x + 1].upos == "PRON" and
                               words[y].upos == "VERB" and _finite_form(words[y]) is not None)
        if lw not in _STANCE_TIME_OPENERS:
            return False
        k = x + 1
        while k < c1 and k - x <= 2 and words[k].lower in _STANCE_TIME_OPENERS:
            k += 1  # "in early June", "earlier this month"
        return k < c1 and (_time_word(words[k]) or words[k].text.isdigit() and
                           len(words[k].text) == 4) and \
            not (k + 1 < c1 and _possessive_mark(words[k + 1]))  # "this year's budget"

    def _speakers_second_verb(self, c0: int, c1: int, cue: Word) -> int:
        """Where the statement [c0, c1) of a cue in the past ends before "and" and a second
        verb in the past that is the cue subject's, not the statement's: the statement's
        own first verb is not in the past, so a past verb joined after it goes back to the
        cue ("X said she would run and [called] on Y to A", "X said the plan has flaws, and
        [asked] for time", "X vowed to fight and [thanked] her staff").  Not after a
        statement in the past ("X said prices rose and fell") nor a passive ("X said he
        was fired and replaced"); ``c1`` when none."""
        words, in_quote = self.words, self.in_quote
        if _finite_form(cue) != "past":
            return c1
        first = None
        for x in range(c0, c1 - 1):
            wx = words[x]
            if in_quote[x] >= 0:
                continue
            if first is None:
                if wx.upos in ("VERB", "AUX") and not wx.lower.endswith("ing"):  # (a subject's
                    # participle: "a man wearing a cap who was beaten and kicked")
                    if _finite_form(wx) == "past" or wx.lemma == "be":
                        return c1  # (a statement in the past, or a passive: ambiguous)
                    first = x
                continue
            if wx.lower != "and" or x - first < 2:
                continue
            k = x + 1
            while k < c1 and words[k].upos == "ADV" and words[k].lower.endswith("ly"):
                k += 1
            if k < c1 and words[k].upos == "VERB" and in_quote[k] < 0 and \
                    _finite_form(words[k]) == "past":
                return x - 1 if words[x - 1].text == "," else x
        return c1

    def _speakers_parallel_verb(self, c0: int, c1: int, i: int) -> int:
        """Where the statement [c0, c1) of the cue at word ``i`` ends before "and" and a
        verb in the cue's own perfect or "-ing" form, which goes back to the speaker ("X
        has said she backs A and has called for B", "by pledging reform and trying to
        reach voters"), when the statement's own first verb is not of that form ("has said
        the firm has grown and has hired staff" is all said); ``c1`` when none."""
        words, in_quote = self.words, self.in_quote
        cue = words[i]
        k = i - 1
        while k > i - _ASIDE_WORDS and k >= 0 and words[k].upos == "ADV":
            k -= 1  # ("has also said", "have long argued")
        perfect = words[k].lower if k >= 0 and words[k].lower in ("has", "have", "had") \
            else None
        ing = cue.lower.endswith("ing") and cue.upos == "VERB" and perfect is None
        if perfect is None and not ing:
            return c1
        for x in range(c0, c1 - 1):
            wx = words[x]
            if in_quote[x] >= 0:
                continue
            if wx.upos in ("VERB", "AUX") and (wx.lower == perfect or
                                               ing and wx.lower.endswith("ing")):
                return c1  # (a verb of the statement has the same form: ambiguous)
            if wx.lower != "and" or x - c0 < 2 or \
                    not any(words[y].upos in ("VERB", "AUX") for y in range(c0, x)):
                continue  # (a verbless object would be lost: "pledging more police and B")
            j = x + 1
            while j < c1 and words[j].upos == "ADV":
                j += 1
            if perfect is not None and j < c1 and words[j].lower == perfect:
                j += 1
                while j < c1 and words[j].upos == "ADV":
                    j += 1
                if j < c1 and words[j].upos == "VERB" and not words[j].lower.endswith("ing"):
                    return x - 1 if words[x - 1].text == "," else x
            elif ing and j < c1 and words[j].upos == "VERB" and words[j].lower.endswith("ing") \
                    and in_quote[j] < 0:
                return x - 1 if words[x - 1].text == "," else x
        return c1

    def _topic_cue(self, i: int, b: int) -> bool:
        """True for a verb at word ``i`` whose statement is the topic after it (see
        ``_topic_prep``)."""
        return self._topic_prep(i, b) is not None

    def _topic_prep(self, i: int, b: int) -> int | None:
        """The preposition after a verb at word ``i`` whose statement is the topic after it
        ("talked [about] the economy", "warned [of] a recession", "is talking [about] jobs",
        "spoke [about] how A"), or None; not a participle without its auxiliary ("footage
        of X talking about A": whose words is unclear), nor a preposition that has lost its
        object ("the change X warned about in 2013").  A manner adverb, "out", "at length"
        or a short addressee may come between ("spoke passionately about", "spoke out
        about", "talked to reporters about", "spoke with the paper about")."""
        words = self.words
        preps = TOPIC_VERB_FORMS.get(words[i].lower)
        if preps is None or words[i].upos != "VERB" or i + 2 >= b:
            return None
        if words[i].lower.endswith("ing") and (i == 0 or words[i - 1].upos != "AUX"):
            return None
        p = i + 1
        if words[p].lower not in preps:
            gap_end = self._past_topic_gap(p, min(b - 2, p + 1 + _TOPIC_GAP_WORDS), preps)
            if gap_end is None:
                return None
            p = gap_end
        if self.in_quote[p] >= 0:
            return None
        nxt = words[p + 1]
        if nxt.upos in ("ADP", "ADV", "PUNCT") and not (
                nxt.lower in _TOPIC_QUESTION_WORDS and p + 2 < b and not words[p + 2].is_punct):
            return None
        return p

    def _past_topic_gap(self, k: int, stop: int, preps: tuple[str, ...]) -> int | None:
        """The topic preposition (one of ``preps``) after the words from ``k`` that may sit
        between a topic verb and it, before ``stop``: "-ly" adverbs ("spoke [passionately]
        about"), "out" ("spoke [out] about"), "at length", and "to" or "with" and a short
        noun phrase with no comma nor verb ("talked [to reporters] about", "spoke [with the
        paper] about"); None for any other word first."""
        words = self.words
        addressee = False
        while k < stop and self.in_quote[k] < 0:
            w = words[k]
            if w.lower in preps:
                return k
            if w.upos == "ADV" and w.lower.endswith("ly") or \
                    w.lower == "out" and words[k - 1].upos == "VERB":
                k += 1
            elif w.lower == "at" and words[k + 1].lower == "length":
                k += 2
            elif w.lower in ("to", "with") and not addressee:
                # (after an addressee only "about": "spoke to the Club [of] Ohio" is a name)
                addressee, preps = True, ("about",)
                k += 1
                while k < stop and (words[k].upos in ("DET", "PROPN", "NOUN", "ADJ", "PRON") or
                                    words[k].lower == "of") and \
                        words[k].lower not in preps and self.in_quote[k] < 0:
                    k += 1
            else:
                return None
        return None

    def _phrase_before_clause(self, c0: int, j: int, b: int) -> bool:
        """True when words [c0, j) after a cue are a prepositional phrase or an addressee
        that ends in a noun, so the "that" or question word at ``j`` opens the statement
        ("wrote to the senator's office that A", "told allies in the party that A"), not a
        relative clause of the noun ("said the same thing that happened": a verb follows)."""
        words = self.words
        if j + 1 >= b or words[j + 1].upos not in _SUBJECT_OPENERS or \
                words[j - 1].lower in STATEMENT_NOUNS | CLAUSE_NOUNS:
            return False  # "the fact that A", "a war that, for years, has ..."
        return any(words[x].upos == "ADP" and words[x].lower not in ("of", "that")
                   for x in range(c0, j))

    def _past_title(self, j: int, b: int) -> int:
        """The word after a quoted title that opens at word ``j`` (a show, a book: “This
        Week”), or ``j`` when no quote opens there or it holds words, not a name."""
        words = self.words
        q = self.in_quote[j]
        if q < 0 or j > 0 and self.in_quote[j - 1] == q:
            return j
        end = j
        while end < b and self.in_quote[end] == q:
            end += 1
        return end if is_title(self.W.text[words[j].start:words[end - 1].end]) else j

    def _answer_end(self, c0: int, b: int) -> int | None:
        """Where a short answer after "say" at word ``c0`` ends ("said yes.", "half said so
        in May", "said no to the war", "said yes while ...", "26 percent say the same of
        X,", "said the same thing.", "say the opposite about X", "said thanks."); None when
        no such answer starts there."""
        words = self.words
        if c0 >= b or self.in_quote[c0] >= 0:
            return None
        if words[c0].lower in ("yes", "no", "so") and (
                c0 + 1 == b or words[c0 + 1].is_punct or
                words[c0 + 1].upos == "ADP" and words[c0 + 1].lower != "that" or
                words[c0 + 1].lower in _LEAD_SUBORDINATORS):
            return c0 + 1
        if words[c0].lower in ("thanks", "goodbye") and (
                c0 + 1 == b or words[c0 + 1].is_punct and words[c0 + 1].text not in _QUOTE_CHARS
                or words[c0 + 1].upos == "ADP" and words[c0 + 1].lower != "that"):
            return c0 + 1  # "fans can't quite say goodbye.", "was saying goodbye to a guest"
        # "26 percent say the same of X", "the two had said the same thing.", "voters say
        # the opposite about Y": a pro-form of an earlier statement is what was said
        k = c0 + 2
        if k < b and words[k].lower == "thing":
            k += 1
        if words[c0].lower == "the" and c0 + 1 < b and \
                words[c0 + 1].lower in ("same", "opposite") and \
                (k >= b or words[k].is_punct or words[k].upos == "ADP"):
            stop = self._clause_stop(c0, b, at_quote=True)
            end = self._content_end(c0, b if stop is None else stop)
            return end if end - c0 <= 2 * _PHRASE_WORDS else None
        return None

    def _reply_object(self, c: int, b: int) -> tuple[int, int] | None:
        """Words [lo, hi) of what cue ``c`` replies to or comments on ("respond to [requests
        for comment]", "declined to comment on [the report]"), or None."""
        words = self.words
        if words[c].lemma not in _REPLY_CUES:
            return None
        p = c + 1  # "responded on Sunday to ...": a date may come first
        if p + 1 < b and words[p].lower == "on" and _is_date(words[p + 1]):
            p += 1
        while p < b and p - c <= 2 and _is_date(words[p]):
            p += 1
        if p + 2 >= b or words[p].lower != _REPLY_CUES[words[c].lemma] or \
                self.in_quote[p + 1] >= 0:
            return None
        lo = p + 1
        hi = self._clause_stop(lo, b, at_quote=True)
        hi = self._content_end(lo, b) if hi is None else hi
        # "responded to criticism [by pointing to her record]": the reply itself is the
        # statement, the gerund's phrase to its stop or quote
        by = next((x for x in range(lo + 1, hi - 1) if words[x].lower == "by" and
                   words[x + 1].lower.endswith("ing") and words[x + 1].upos == "VERB"), None)
        if by is not None:
            stop = self._clause_stop(by + 1, b, at_quote=True)
            lo, hi = by + 1, self._content_end(by + 1, b) if stop is None else stop
            return (lo, hi) if hi - lo >= 2 else None
        return (lo, hi) if hi - lo >= 2 and _nounish(words[lo]) else None

    def _after_phrase(self, j: int, b: int, cue: Word) -> int | None:
        """Where the statement begins after the rest of a prepositional phrase at word
        ``j`` ("said in an interview [on his plane] he ...", "... “...”", "... that ..."),
        or None: the words after a preposition are its object, not a clause."""
        words = self.words
        k = j
        while k < b and k - j < _PHRASE_WORDS and self.in_quote[k] < 0 and \
                (_nounish(words[k]) or words[k].ner.endswith("DATE")) and \
                words[k].upos not in ("VERB", "AUX") and words[k].lower not in _SUBJECT_PRONOUNS:
            k += 1
        if k < b and (self.in_quote[k] >= 0 or words[k].lower in _PERSONAL_SUBJECTS):
            return k
        if k + 1 < b and words[k].lower == "it" and words[k + 1].upos in ("VERB", "AUX"):
            return k  # "said in politics it takes time"
        if cue.lemma in _TO_VERBS and self._infinitive_at(k, b):
            return k
        while k < b and k - j < 2 * _PHRASE_WORDS and words[k].lower != "that" and \
                words[k].upos not in ("VERB", "AUX") and words[k].text not in (".", ";", ":") \
                and self.in_quote[k] < 0:
            k += 1
        return k + 1 if k + 1 < b and words[k].lower == "that" else None

    def _phrasal_cue_at(self, i: int, b: int) -> bool:
        """True for the verb of a phrasal retort at word ``i`` whose "that" clause is a
        statement: "X shot back that A", "Y fired back that A", "Z weighed in that A" (the
        tagger may read the verb as a noun); not "a shot back that ...", nor "fired back
        that night" or "pushed back that was" (a time, a relative clause)."""
        words = self.words
        if i < 1 or i + 3 >= b or self.in_quote[i + 1] >= 0 or words[i + 2].lower != "that":
            return False
        w, before, after = words[i], words[i - 1], words[i + 3]
        return w.lower in _PHRASAL_CUES.get(words[i + 1].lower, ()) and \
            w.upos in ("VERB", "NOUN") and before.lower not in _DETERMINERS | _POSSESSIVES and \
            not _possessive_mark(before) and after.upos not in ("VERB", "AUX") and \
            not _time_word(after)

    def _narrator_clause_at(self, x: int) -> bool:
        """True when word ``x`` (a comma, semicolon or dash) joins a clause of the writer's
        own to a reported statement: "; B", ", but B", ", while B", ", and he B", "- but the
        campaign B" (not ", but that B", which goes on reporting)."""
        words = self.words
        if self.in_quote[x] >= 0 or x + 2 >= len(words):
            return False
        nxt, after = words[x + 1], words[x + 2]
        if words[x].text == ";":
            return after.lower != "that" and nxt.lower != "that"
        if words[x].text in _DASHES and nxt.lower == "but":
            # "X proposed a debate - but the Y campaign rejected it": a clause with a subject
            # of its own, not an aside ("- but not the budget -")
            return after.upos in ("DET", "PROPN", "NOUN") and after.lower != "that" and \
                self._finite_verb_in(list(range(x + 2, min(len(words), x + 2 + _NAME_WORDS))))
        if words[x].text != ",":
            return False
        if nxt.lower in ("but", "while", "whereas"):
            # a clause, not an aside ("the plan, while costly, would work"; "the scandal,
            # while troublesome, was handled": a comma within a few words, then the verb)
            if after.lower == "that" or self.in_quote[x + 1] >= 0 or \
                    after.upos in ("ADJ", "ADV"):
                return False
            close = next((y for y in range(x + 2, min(len(words) - 1, x + 2 + _ASIDE_WORDS))
                          if words[y].text == ","), None)
            verb = None if close is None else words[close + 1]
            return verb is None or verb.upos not in ("VERB", "AUX") or verb.lower.endswith("ing")
        if nxt.lower == "with":
            # "X denied it, with Doe taking to Twitter to call it “...”": an absolute phrase
            # of the writer's whose participle has a speaker of its own (not "X notes A,
            # with few workers earning it": part of what X notes)
            absolute = self._absolute_phrase(x)
            return absolute is not None and any(
                self._speech_act_word(y)
                for y in range(absolute[1], min(len(words), absolute[1] + _NAME_WORDS)))
        if nxt.lower != "and":
            return False
        if after.lower in _PERSONAL_SUBJECTS:
            return x + 3 < len(words) and (words[x + 3].upos in ("VERB", "AUX") or
                                           _adverbial(words[x + 3]))
        # ", and the city has already sued", ", and Lee released the video": a clause with a
        # subject of its own, named or with an article, and its verb
        return (after.upos == "PROPN" or after.lower in _DETERMINERS or
                after.lower in _POSSESSIVES) and self.in_quote[x + 2] < 0 and \
            self._subject_and_verb(x + 2, min(len(words), x + 2 + _NAME_WORDS + 2))

    def _statement_tail_at(self, x: int, c1: int) -> bool:
        """True when the comma or dash at word ``x`` sets off the writer's tail after a
        reported statement that ends before ``c1``: an appositive on the statement or its
        last noun ("X said sales rose 5 percent, a record for the firm", "X said the bill
        would pass - a bold claim"), a concession with a speech act of its own ("X said
        the vote would pass, though she did not say when"), or a participle of what the
        saying drew ("X said A, drawing a sharp reply", "X said A, prompting protests").
        Not an aside that a second comma or dash closes ("said the plan, a costly one, would
        fail"); nor, as gold reads them, a concession of fact (", though the gap has
        narrowed"), "including" and other participles, which often go on with the statement."""
        words, in_quote = self.words, self.in_quote
        if x + 2 >= c1 or in_quote[x] >= 0 or in_quote[x + 1] >= 0 or \
                words[x].text != "," and words[x].text not in _DASHES:
            return False
        nxt, after = words[x + 1], words[x + 2]
        stop = min(c1, x + 3 + 4 * _ASIDE_WORDS)
        if nxt.lower in ("though", "although") or \
                nxt.lower == "even" and after.lower == "though":
            close = next((y for y in range(x + 2, stop) if words[y].text == "," or
                          words[y].text in _DASHES), stop)
            if close + 1 < c1 and words[close + 1].upos in ("VERB", "AUX"):
                return False  # (an aside in the statement: "A - though he said so - is B")
            return any(self._speech_act_word(y) and words[y].upos == "VERB"
                       for y in range(x + 2, close))
        if nxt.lower in _TAIL_PARTICIPLES and nxt.upos == "VERB":
            return True
        if not (nxt.lower in ("a", "an") and after.upos in ("ADJ", "NOUN", "NUM", "ADV")):
            return False
        # (an appositive that a second comma or dash closes is an aside inside the statement;
        # a noun phrase whose own verb follows is a clause: ", a recount could not be done")
        relative = False  # (a relative clause of the noun: "a plan the city has modified")
        for y in range(x + 2, stop):
            if in_quote[y] >= 0 or words[y].text == "," or words[y].text in _DASHES or \
                    words[y].upos == "AUX" and not relative or self._speech_act_word(y):
                # (nor "A, a charge that the party denied": the sentence's other frame)
                return False
            relative = relative or words[y].upos in ("DET", "PRON", "VERB") or \
                words[y].lower in _SUBORDINATORS
        return True

    def _opening_phrase(self, a: int, c1: int) -> bool:
        """True when words [a, c1) before "X said" are only a prepositional phrase ("In a
        1963 speech, he declared", "During the service, the pastor asked ..."): a setting of
        the sentence, not a statement."""
        words = self.words
        k = self._skip_opening(a, c1)
        return k < c1 and words[k].upos == "ADP" and words[k].lower != "according" and \
            not any(words[x].upos in ("VERB", "AUX") or words[x].text == "," or
                    self.in_quote[x] >= 0 for x in range(k, c1))

    def _condition_at(self, a: int, c1: int) -> bool:
        """True when words [a, c1) open with a condition ("If A", "Unless A")."""
        return self.words[self._skip_opening(a, c1)].lower in ("if", "unless")

    def _setting_clause(self, a: int, c1: int) -> bool:
        """True when words [a, c1) before "X said" are one adverbial clause of time or
        concession ("After the court refused, X asked ...", "As boos erupt, X says “...”"):
        the setting of what X says, not a statement (a condition is: "If A, X said")."""
        words = self.words
        k = self._skip_opening(a, c1)
        return k < c1 and words[k].lower in _SETTING_SUBORDINATORS and \
            self._clause_stop(k, c1) is None

    def _opening_participle_at(self, c: int, b: int) -> bool:
        """True for a cue participle in "-ing" that opens its sentence before the frame's
        comma and a named subject ("Noting that A, X said B", "Acknowledging A, X
        argued"), which :meth:`_opening_participle` reads, with what it says right after
        it."""
        w = self.words[c]
        opening = self._opening_participle(c, c, b) if w.lower.endswith("ing") and \
            w.upos == "VERB" else None
        if opening is None or self.in_quote[c + 1:opening[0]].count(-1) < opening[0] - c - 1:
            # (a quote in the frame is left to the rules of quotes: "Insisting that the
            # vote was “rigged” and that A, X left" names no speaker of the quote)
            return False
        # what it says opens right after it, or after "that" (not "Writing for a panel
        # that all agreed A, X said B": the relative clause of its object)
        framed_at = self._clause_start(c + 1, b, w)
        return framed_at is not None and framed_at <= c + 2

    def _opening_participle(self, lead: int, c: int, b: int) -> tuple[int, tuple[int, int]] | None:
        """(comma, subject) for a participle cue ``c`` that opens its sentence ("Having
        announced A, X ...", "After saying A, X ..."): the comma that ends the frame and the
        named subject of the main clause after it (its verb must follow); None otherwise."""
        words = self.words
        k = c - 1
        if k >= lead and words[k].lower == "having":
            k -= 1
        if k >= lead and words[k].lower in _PARTICIPLE_SUBORDINATORS:
            k -= 1
        cue = words[c]
        if k != lead - 1 or not (cue.lower.endswith("ing") or words[c - 1].lower == "having"):
            return None
        comma = self._clause_stop(c + 1, min(b, c + _WINDOW))
        if comma is None or words[comma].text != ",":
            return None
        sub = self._np_forward(comma + 1, b)
        if sub is None or not self.is_named_or_pronoun(sub) or sub[1] >= b or \
                not (words[sub[1]].upos in ("VERB", "AUX") or _adverbial(words[sub[1]])):
            return None
        return comma, sub

    def _in_title_or_unquoted(self, t: int) -> bool:
        """True for a word outside quotes, or inside a quoted title ("on MSNBC's “Morning
        Joe”")."""
        q = self.in_quote[t]
        if q < 0:
            return True
        s = t
        while s > 0 and self.in_quote[s - 1] == q:
            s -= 1
        return self._past_title(s, len(self.words)) > s

    def _short_adjunct(self, tail: list[int], cue: Word) -> bool:
        """True when what follows a final cue is only a short adjunct."""
        words = self.words
        if not tail:
            return True
        first = words[tail[0]]
        if first.lower in ("that",):
            return False
        if first.lower in _ADJUNCT_SUBORDINATORS:
            # "A, X told aides as he labored over the speech": an adverbial clause of any
            # length (whatever the tagger made of "as")
            return all(self._in_title_or_unquoted(t) for t in tail)
        # "A, X said on Monday, adding that B": a participle set off after the adjunct
        # opens a clause of its own, however long
        ing = next((k for k, t in enumerate(tail[:8]) if k and words[t - 1].text == "," and
                    words[t].upos == "VERB" and words[t].lower.endswith("ing")), None)
        if ing is not None and self._adjunct_words(tail[:ing]):
            return True
        if (first.upos in ("DET", "NOUN", "PROPN", "NUM") or self._approximate_number(
                tail[0], tail[-1] + 1)) and self._finite_verb_in(tail[1:]):
            return False  # "who said the plan would fail": a clause, not "said the next day"
        if first.lower in ("late", "early") and len(tail) > 1 and (
                _time_word(words[tail[1]]) or words[tail[1]].lower in ("on", "in", "last", "this")):
            tail = tail[1:]  # "A, the Courier reported late Thursday", "... early last week"
            first = words[tail[0]]
        if first.lower in ("a", "an", "the") and cue.lemma in _OBJECT_CUES and len(tail) > 1 and \
                words[tail[1]].upos not in ("ADJ", "NUM") and not _time_word(words[tail[1]]):
            return False  # "A, X claimed the nomination": an object, not "a day later"
        if (first.lower in _DETERMINERS or first.lower in _POSSESSIVES) and \
                cue.lemma not in _ADDRESSEE_CUES and cue.lemma != "say" and \
                self._object_head_in(tail[1:5]):
            # "But in Ohio, X found a receptive audience", "..., members criticized the
            # decision": the verb's object opens a clause of its own after the comma, so
            # the words before it are no statement (not "X reported the next day")
            return False
        return len(tail) <= 8 and all(self._in_title_or_unquoted(t) for t in tail) and \
            words[tail[0]].lower in _CUE_ADJUNCTS | {"to", "after", "before", "when", "while",
                                                     "adding", "citing", "according", "referring",
                                                     "speaking", "noting", "as", "of", "by"}

    def _adjunct_words(self, xs: list[int]) -> bool:
        """True when words ``xs`` after a final cue are adjuncts of time or place only:
        adjunct words and dates ("said on Monday"), and the name a place preposition opens
        ("said Tuesday in Paris", "said at Fort Bragg"), so that a participle set off after
        them opens a clause of its own ("A, X said Tuesday in Paris, noting B")."""
        words = self.words
        place = False  # inside the phrase an adjunct preposition opened
        for t in xs:
            w = words[t]
            if w.lower in _PLACE_PREPOSITIONS:
                place = True
            elif not (w.lower in _CUE_ADJUNCTS or w.ner.endswith("DATE") or
                      place and w.upos == "PROPN" and w.text[:1].isupper()):
                return False
        return True

    def _object_head_in(self, xs: list[int]) -> bool:
        """True when the first noun among words ``xs`` (past adjectives) heads an object
        that is no time ("a receptive audience", "the president's actions"; not "the next
        day", "a week later", "the same day")."""
        words = self.words
        for x in xs:
            w = words[x]
            if w.upos in ("ADJ", "NUM") or _possessive_mark(w) or w.lower in _POSSESSIVES:
                continue
            if w.upos in ("NOUN", "PROPN"):
                return not _time_word(w) and not w.ner.endswith(("DATE", "TIME")) and \
                    w.lower not in _CUE_ADJUNCTS
            return False
        return False

    def _infinitive_end(self, c0: int, c1: int) -> int:
        """Where a promise or claim in the infinitive that opens at ``c0`` ends before
        ``c1``: at a colon, semicolon or dash outside quotes ("claim to object to A: Sens.
        X, Y", "as X claims to desire - B"); ``c1`` for an empty span."""
        if c0 >= c1 or self.words[c0].lower != "to":
            return c1
        c1 = self._stop_or_dash(c0 + 2, c1)
        # "pledged to shut down the centers, after he introduced a bill", "vowed to win back
        # trust, while acknowledging A", "pledged to bolster its army, reversing B": a
        # clause of time or contrast, or a participle, set off after the promise is the
        # writer's (not ", including A", which goes on listing what was promised)
        words = self.words
        return next((x for x in range(c0 + 3, c1 - 1) if words[x].text == "," and
                     self.in_quote[x] < 0 and (
                         words[x + 1].lower in _PROMISE_END_SUBORDINATORS or
                         words[x + 1].upos == "VERB" and words[x + 1].lower.endswith("ing") and
                         words[x + 1].lower not in _LISTING_PARTICIPLES)), c1)

    def _stop_or_dash(self, x0: int, c1: int) -> int:
        """The first colon, semicolon or dash set off by spaces outside quotes in words
        [x0, c1), or ``c1``."""
        words = self.words
        return next((x for x in range(x0, c1) if self.in_quote[x] < 0 and (
            words[x].text in _TAIL_STOPS | {":"} or
            words[x].text == "-" and words[x - 1].end < words[x].start)), c1)

    def _long_final_adjunct(self, i: int, tail: list[int], b: int) -> bool:
        """True when what follows the final cue ``i`` is one longer adjunct of time, place or
        medium and no clause ("A, X said during his speech to the state convention", "A, X
        wrote in a memo to the inspector general"): at most _CUE_ADJUNCT_WORDS words that
        open with an adjunct word, outside quotes, with no verb but an infinitive's."""
        words = self.words
        if not tail or len(tail) > _CUE_ADJUNCT_WORDS or tail[-1] + 1 < self._content_end(i, b) \
                or words[tail[0]].lower not in _CUE_ADJUNCTS or words[tail[0]].upos == "DET":
            return False
        for t in tail:
            x = words[t]
            if self.in_quote[t] >= 0 or x.lower in _COMPLEMENTIZERS | _SUBORDINATORS | _RELATIVES:
                return False
            if x.upos in ("VERB", "AUX") and words[t - 1].lower != "to":
                return False
        return self._clause_start(i + 1, b, words[i]) is None

    def _time_distance_after(self, i: int, b: int) -> bool:
        """True when final cue ``i`` is followed, past a short adjunct and its comma, by a
        phrase of time from an event to the sentence's end ("A, X declared on Thursday,
        [two days after voters went to the polls]", "A, X said, hours after B"): the clause
        in it tells when, and is not what was said."""
        words = self.words
        j = i + 1
        if j < b and words[j].text != ",":
            if words[j].lower not in _CUE_ADJUNCTS and not _is_date(words[j]):
                return False
            j = next((x for x in range(j, min(b, j + 6)) if words[x].text == ","), b)
            if j >= b or any(words[x].upos in ("VERB", "AUX") or self.in_quote[x] >= 0
                             for x in range(i + 1, j)):
                return False
        j += 1
        while j < b and words[j].lower in SHARE_QUALIFIERS | {"just", "only"}:
            j += 1
        if j < b and (_is_number(words[j]) or words[j].lower in ("a", "an", "several", "few")):
            j += 1
        return j + 1 < b and words[j].lower.rstrip("s") in _TIME_NOUNS and \
            words[j + 1].lower in ("after", "before", "since")

    def _second_clause_at(self, x: int, c1: int, with_subject: bool = False) -> bool:
        """True for "and" or "but" at word ``x`` that opens a second verb phrase before word
        ``c1`` ("and said ..."), or with ``with_subject`` also a clause with its own subject
        ("and the senator agreed")."""
        words = self.words
        if words[x].lower not in ("and", "but") or x + 1 >= c1:
            return False
        nxt = words[x + 1]  # not a second gerund ("reported raising and spending $9 million")
        return nxt.upos in ("VERB", "AUX") and not nxt.lower.endswith("ing") or \
            with_subject and self._finite_verb_in(list(range(x + 1, c1)))

    def _verbless(self, c0: int, b: int) -> bool:
        """True when the words from ``c0`` to the end of the sentence at ``b`` hold no verb,
        in quotes or not ("Dec. 6 on CNN", "late last month, “and the state”")."""
        return not any(self.words[x].upos in ("VERB", "AUX")
                       for x in range(c0, self._content_end(c0, b)))

    def _evidence_clause(self, cue: Word, c0: int, b: int) -> bool:
        """True when a verb of evidence ("show", "find", "indicate") is followed by a clause
        without "that" at word ``c0``: a subject and its finite verb ("records show he
        backed both", "polls showed the race is tied"; not "showed the crowd")."""
        words = self.words
        if REPORTING_VERB_FORMS.get(cue.lower, cue.lemma) not in _BARE_CLAUSE_VERBS or \
                c0 >= b or words[c0].lower == "who":
            return False
        np = (c0, c0 + 1) if words[c0].lower in _SUBJECT_PRONOUNS else self._np_forward(c0, b)
        if np is None or words[np[1] - 1].lower in _RELATIVES:
            return False  # "showed a video of a seizure that was ...": a relative clause
        v = np[1]
        while v < b and words[v].upos == "ADV":
            v += 1
        if v >= b or words[v].upos not in ("VERB", "AUX") or self.in_quote[v] >= 0 or \
                words[v].upos == "AUX" and v + 1 < b and words[v + 1].lower == "to":
            return False
        # "The film shows X talking about A": the words are X's, not the film's
        return not (words[v].lower.endswith("ing") and
                    (is_cue_word(words[v]) or words[v].lower in TOPIC_VERB_FORMS))

    def _clause_opens_at(self, c0: int, b: int) -> bool:
        """True when a reported clause opens at word ``c0`` after a cue: "that", a question
        word, or a subject and its finite verb ("he would", "the plan will"); not an
        adjunct of the saying ("aboard his plane on Monday", "two days after the vote",
        "in a statement issued an hour before", "the mayors who gathered there")."""
        words = self.words
        if c0 >= b or self.in_quote[c0] >= 0:
            return True  # a quote: its own rules decide
        w = words[c0]
        if w.lower in ("who", "which") and words[c0 - 1].upos in ("NOUN", "PROPN"):
            return False  # "told the mayors who gathered there": a relative clause
        if words[c0 - 1].lower == "that" or w.lower in _QUESTION_STARTS:
            return True
        if w.lower in _SUBJECT_PRONOUNS:
            return c0 + 1 < b and words[c0 + 1].upos in ("VERB", "AUX", "ADV")
        if w.lower in ("yes", "no", "that"):
            return True  # '“Is it fair?” most said yes': the answer; 'said: That A'
        if w.upos not in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON") and \
                w.lower not in _POSSESSIVES:
            return False  # "aboard his plane", "issued an hour before", "late last month"
        # a noun phrase (with its prepositional phrases) and then a finite verb, before any
        # clause stop, relative or subordinator
        for x in range(c0 + 1, min(b, c0 + 14)):
            t = words[x]
            if self.in_quote[x] >= 0:
                continue  # a quoted word of the subject ("X's “judgment” is in question")
            if t.text in _CLAUSE_STOPS or t.text in _DASHES or t.text in ("(", ")") or \
                    t.lower in _ADJUNCT_CLAUSE_STARTS:
                return False
            if t.upos == "AUX" or t.upos == "VERB" and not t.lower.endswith("ing"):
                return True
        return False

    def _subject_and_verb(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) open with a noun phrase and its finite verb ("the
        dispute is a misunderstanding", not "the nomination" or "a victory in Ohio")."""
        words = self.words
        return c0 < c1 and (words[c0].upos in ("DET", "NOUN", "PROPN", "NUM") or
                            words[c0].lower in _POSSESSIVES) and \
            self._finite_verb_in(list(range(c0 + 1, min(c1, c0 + _NAME_WORDS + 2))))

    def _auxiliary_after_phrase(self, x0: int, b: int) -> bool:
        """True when an auxiliary follows the prepositional phrase at ``x0`` before any comma,
        relative or subordinator ("said the damp in his flat had made her ill": the noun
        before the phrase is a subject; not "said the mayor in a statement")."""
        words = self.words
        for x in range(x0 + 1, min(b, x0 + _CUE_ADJUNCT_WORDS)):
            w = words[x]
            if w.is_punct or self.in_quote[x] >= 0 or w.lower in _RELATIVES or \
                    w.lower in _SUBORDINATORS or w.upos == "VERB":
                return False
            if w.upos == "AUX":
                return True
        return False

    def _finite_verb_in(self, phrase: list[int]) -> bool:
        """True when the words ``phrase`` (indices in order) hold a verb outside quotes before
        any preposition or subordinator ("the plan would fail", not "a day after he won")."""
        words = self.words
        for t in phrase:
            w = words[t]
            if w.upos in ("ADP", "SCONJ") or w.lower in _SUBORDINATORS:
                return False
            if w.upos in ("VERB", "AUX") and self.in_quote[t] < 0:
                return True
        return False

    def _found(self, c0: int, c1: int, att: Attribution, relative: bool = False) -> Found:
        """A reported statement over words [c0, c1): mixed when it carries quoted words.

        A quote that only follows a later comma ("he said X, which he called
        “a cartel”") belongs to another frame: the content stops at that comma.  So does
        a relative clause that ends the statement, unless ``relative`` keeps it (the
        clause an "according to" frame after it may credit).
        """
        words = self.words
        if not relative:
            c1 = self._before_trailing_relative(c0, c1)
            if att.cue is not None and att.cue[1] <= c0:
                # (a frame that closes the sentence credits all of it: "The victim was taken
                # to X, where he remains, a spokeswoman said")
                c1 = self._before_writers_addition(c0, c1)
        q = next((x for x in range(c0, c1) if self.in_quote[x] >= 0), None)
        if q is not None and q > c0:
            comma = next((x for x in range(q - 1, c0, -1)
                          if words[x].text in (",", ";", "—", "–", "―")), None)
            if comma is not None and comma - c0 >= 3 and \
                    not self._mark_inside_statement(c0, comma, q, att):
                c1 = comma
                q = None
        start, end = words[c0].start, words[c1 - 1].end
        kind = "mixed" if q is not None else "indirect"
        return Found(start, end, kind, att)

    def _mark_inside_statement(self, c0: int, mark: int, q: int, att: Attribution) -> bool:
        """True when the comma or dash at word ``mark``, the last before the statement's
        first quoted word ``q``, lies inside the statement that opens at ``c0`` rather than
        before another frame: it closes a relative clause or an apposition, or the
        statement's own frame set inside it ("The plan, she said, was “dead on arrival”"),
        or parts the names of a list."""
        return self._closes_relative(c0, mark) or \
            att.cue is not None and c0 < att.cue[0] < mark or self._list_comma(c0, mark, q)

    def _list_comma(self, c0: int, mark: int, end: int) -> bool:
        """True when the comma at word ``mark`` parts the names of a list that "and" or
        "or" closes within two words before word ``end`` ("nations that include Chile,
        Peru and Ghana should show ..."), with no verb in between, in a clause that opens
        at ``c0`` with a verb before the comma (not the comma of a fronted phrase: "Since
        the ruling, Doe and Hale said")."""
        words = self.words
        if words[mark].text != "," or not any(words[x].upos in ("VERB", "AUX")
                                              for x in range(c0, mark)):
            return False
        joint = next((x for x in range(mark + 1, min(mark + 4, end))
                      if words[x].lower in ("and", "or")), None)
        return joint is not None and joint + 1 < end and \
            words[mark - 1].upos in ("PROPN", "NOUN") and \
            words[joint + 1].upos in ("PROPN", "NOUN") and \
            not any(words[x].upos in ("VERB", "AUX") or words[x].is_punct and x > mark
                    for x in range(mark + 1, joint))

    def _closes_relative(self, c0: int, mark: int) -> bool:
        """True when the comma or dash at word ``mark`` closes a relative clause or a noun
        phrase in apposition set off inside the statement that opens at ``c0`` and a verb
        of the statement follows it ("X said the estimate, which rose by 40 percent, was
        “not acceptable”", "X said that the governor, Tina Marsh, had “freed thousands”")."""
        words = self.words
        nxt = words[mark + 1] if mark + 1 < len(words) else None
        return nxt is not None and nxt.upos in ("VERB", "AUX") and not nxt.lower.endswith("ing") \
            and any(words[x].text == words[mark].text and (
                words[x + 1].lower in ("who", "which") or
                (self._np_forward(x + 1, mark) or (0, 0))[1] == mark)
                for x in range(c0 + 1, mark - 1))

    def _says_how_in_statement(self, lead: int, i: int) -> bool:
        """True when "according to" at word ``i``, with no comma before it, ends the
        statement of a cue in words [lead, i) ("X said the work went according to plan",
        "X said it paid staff according to their contracts"): unset off, the phrase tells
        how, inside X's words, not whose they are.  The cue's statement has a verb after it
        and no comma before "according" ('X said in a statement according to Y' and "by
        271 pledged delegates according to Y" name their source)."""
        words = self.words
        prev = words[i - 1].text
        if prev == "," or prev in _QUOTE_CHARS and words[i - 2].text == ",":
            return False
        for x in range(i - 1, lead - 1, -1):
            if words[x].text == ",":
                return False
            if self.in_quote[x] < 0 and is_cue_word(words[x]):
                return any(words[y].upos in ("VERB", "AUX") for y in range(x + 1, i))
        return False

    def _before_trailing_relative(self, c0: int, c1: int) -> int:
        """The end of statement words [c0, c1) before a relative clause set off by a comma
        that runs to its end ("X said it would be Trump[, who leads the race]"): the writer's
        note on the last noun, not the speaker's words; ``c1`` when there is none (nor when
        the clause closes inside the statement: "the plan, which passed, will fail")."""
        words, in_quote = self.words, self.in_quote
        x = next((x for x in range(c0 + 2, c1 - 1) if words[x].text == "," and
                  in_quote[x] < 0 and words[x + 1].lower in ("who", "which") and
                  not words[x - 1].is_punct), None)
        if x is None or any(words[y].text == "," and in_quote[y] < 0 and
                            words[y + 1].upos in ("VERB", "AUX") and
                            not words[y + 1].lower.endswith("ing") for y in range(x + 2, c1 - 1)):
            return c1
        return x

    def _before_writers_addition(self, c0: int, c1: int) -> int:
        """The end of statement words [c0, c1) after their cue, which hold no quote, before a
        note of the writer's that a comma or dash sets off at its end: a comparison ("52
        percent said A[, compared with 41 percent who B]"), a clause that likens another to
        it ("she said A[, as have other Democrats]", "[, as was the case in May]"), a
        relative clause on its last noun that "whose", "where" or a preposition opens ("[,
        whose findings will be published]", "[, for whom he raised money]"), or a noun
        phrase that sums up the clause ("A[, a move that B]", "A[ - a landslide win based on
        B]", "A[, one that will B]", "A[, a 21-point increase from May]"); ``c1`` when there
        is none."""
        words, in_quote = self.words, self.in_quote
        if c1 - c0 < 6 or any(in_quote[x] >= 0 for x in range(c0, c1)):
            return c1
        for x in range(c0 + 3, c1 - 2):
            mark = words[x].text
            if mark != "," and mark not in _DASHES:
                continue
            nxt, after = words[x + 1].lower, words[x + 2].lower
            if mark == "," and (
                    nxt == "compared" and after in ("with", "to") or
                    nxt == "as" and after in _WRITERS_LIKENING_AUXILIARIES or
                    (nxt in ("whose", "where") or nxt in _PHRASE_PREPOSITIONS and
                     after in ("which", "whom")) and self._runs_to_end(x + 2, c1)):
                return x
            if nxt in ("a", "an", "one") and self._summing_phrase(c0, x, c1):
                return x
        return c1

    def _runs_to_end(self, x0: int, c1: int) -> bool:
        """True when no comma or dash in words [x0, c1) closes a clause set off before
        them with the statement's own verb after it ("the plan, which passed, will
        fail")."""
        words = self.words
        return not any(words[y].text in _CLAUSE_STOPS and words[y + 1].upos in ("VERB", "AUX") and
                       not words[y + 1].lower.endswith("ing") for y in range(x0, c1 - 1))

    def _summing_phrase(self, c0: int, x: int, c1: int) -> bool:
        """True when the comma or dash at word ``x`` sets off a noun phrase that runs to the
        end ``c1`` of a statement whose words before it hold a verb, and that sums the
        statement up: its noun takes a relative clause before any verb ("A, a move that
        B", "A, one that B"), or no verb nor clause stop follows it ("A, a 21-point
        increase from May").  Not a noun phrase that a verb follows ("In May, a poll
        found B", "the island, a fortress, will B")."""
        words = self.words
        if words[x - 1].upos == "PROPN" or \
                not any(words[k].upos in ("VERB", "AUX") for k in range(c0, x)):
            return False  # a name's apposition ("met Jo Hale, a lawyer who B, in May")
        one = words[x + 1].lower == "one"
        for k in range(x + 2, c1):
            w = words[k]
            if w.lower in _SUMMING_RELATIVES:
                return not one or k == x + 2
            if one or w.upos in ("VERB", "AUX") and not w.lower.endswith(("ing", "ed")) or \
                    w.text in _CLAUSE_STOPS or w.text in _DASHES:
                return False
        return True

    def _headline_report(self, a: int, b: int) -> Found | None:
        """"Jane Doe Announces Plans To Run" on a title-case headline line of a parsed
        text: the parser reads the capitalised words as one name and finds no cue, so the
        first reporting verb form after a capitalised subject is the cue and the rest of
        the line its statement; None on other lines or when the surface rules read it."""
        words, text = self.words, self.W.text
        first, last = words[a].start, words[b - 1].end
        if first > 0 and text[first - 1] != "\n" or not words[a + 1].text[:1].isupper() or \
                last < len(text) and text[last] != "\n" or not self._parsed(a) or \
                not is_title(text[first:last], max_words=4 * _TITLE_WORDS):
            return None
        c = next((x for x in range(a + 1, min(b, a + 7)) if words[x].lower in REPORTING_VERB_FORMS
                  and words[x].lower != REPORTING_VERB_FORMS[words[x].lower]), None)
        if c is None or self.in_quote[c] >= 0 or words[c].lower.endswith("ing"):
            return None
        s1 = c - 1 if words[c - 1].lower == "just" else c
        if s1 <= a or s1 - a > 5 or not all(
                words[x].text[:1].isupper() and words[x].text.isalpha() or
                words[x].lower in ("’s", "'s") for x in range(a, s1)):
            return None
        c1 = self._content_end(c + 1, b)
        if c1 - c - 1 < 2:
            return None
        return self._found(c + 1, c1, Attribution((a, s1), (c, c + 1), None, 0.6, "X said CLAUSE"))
