"""Reported speech read from the surface: the rules that need no parse (``_surface_reported``
and what it calls).
"""

from __future__ import annotations

import bisect

from .._lazy import lazy_attribute
from ..entity_words import expletive_frame_end
from ..lexicon import (
    CHARACTERISING_FORMS,
    INTENTION_VERB_FORMS,
    INVERTING_VERBS,
    KIN_NOUNS,
    REPORTING_VERB_FORMS,
    SENDING_VERBS,
    SHARE_QUALIFIERS,
    SHARE_WORDS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STANCE_VERB_FORMS,
    STATEMENT_NOUNS,
    TOPIC_STATEMENT_NOUNS,
    TOPIC_VERB_FORMS,
    UNNAMED_SOURCE_NOUNS,
)
from ..tokens import Word, plural_subject_before
from .results import Attribution, Found
from .spans import _StatementSpans
from .words import (
    _ADDRESSEE_CUES,
    _ADJUNCT_CLAUSE_STARTS,
    _ADJUNCT_PREPOSITIONS,
    _AFTER_CUE_WORDS,
    _ANONYMITY_CUES,
    _ANONYMITY_VERBS,
    _APPEAL_SUBJECTS,
    _AS_FRAME_ADJUNCT,
    _ASIDE_WORDS,
    _ASKED_ADJUNCT_WORDS,
    _ASKED_QUESTION_STARTS,
    _BARE_CLAUSE_VERBS,
    _BE_FORMS,
    _CAUSING_FORMS,
    _CLAUSE_LINKS,
    _CLAUSE_ONLY_CUES,
    _CLAUSE_STOPS,
    _CONTRACTED_IS,
    _CUE_ADJUNCT_WORDS,
    _CUE_ADJUNCTS,
    _CUE_BREAK_WORDS,
    _DASHES,
    _DETERMINERS,
    _EVIDENCE_FORMS,
    _EVIDENCE_SUBJECTS,
    _FIRST_REPORT_ADVERBS,
    _FLOATING,
    _GAP_AUXILIARIES,
    _GOING_ON_VERBS,
    _HAVE_FORMS,
    _HEADLINE_SUBJECT_STOPS,
    _INFINITIVE_JOINTS,
    _INTENTION_QUANTIFIERS,
    _IRREGULAR_PARTICIPLES,
    _IRREGULAR_PAST_CUES,
    _LEAD_SUBORDINATORS,
    _LITTLE_AMOUNTS,
    _LITTLE_DEGREES,
    _MADE_REMARK_DETERMINERS,
    _MADE_REMARK_NOUNS,
    _MEDIUM_NOUNS,
    _MODAL_AUXILIARIES,
    _MODIFIER_WORDS,
    _NAME_LIMITS,
    _NAME_MODIFIERS,
    _NAME_WORDS,
    _NAMING_AS_WINNER,
    _NESTED_CUE_FORMS,
    _NOUN_MODIFIER_RELS,
    _OBJECT_CUES,
    _OBJECT_PRONOUNS,
    _OCCASION_NOUNS,
    _OCCASION_PREPOSITIONS,
    _OWN_NAME_POSSESSIVES,
    _OWNED_STATEMENT_MODIFIERS,
    _OWNED_STATEMENT_TOPICS,
    _PARENTHETICAL_WORDS,
    _PARTICIPLE_SUBORDINATORS,
    _PARTITIVE_HEADS,
    _PASSIVE_AUX,
    _PASSIVE_CUE_PREPOSITIONS,
    _PASSIVE_SUBJECT_CUES,
    _PERFECT_AUXILIARIES,
    _PERSONAL_SUBJECTS,
    _PHRASAL_CUE_FORMS,
    _PHRASAL_CUES,
    _POLL_NAME_MARKS,
    _POLL_NAME_TAGS,
    _POLL_NAME_WORDS,
    _POLL_NOUNS,
    _POLL_TAKEN,
    _POSSESSIVE_PRONOUNS,
    _POSSESSIVES,
    _PROMISE_VERB_FORMS,
    _PROMISE_VERBS,
    _QUANTIFIERS,
    _QUESTION_STARTS,
    _QUESTION_VERBS,
    _QUOTE_CHARS,
    _QUOTING_VERBS,
    _RECALLED_HEADS,
    _RECORD_PARTICIPLES,
    _REFUSING,
    _RELATIVES,
    _RELAY_DOCUMENT_NOUNS,
    _RELAY_FINDING_FORMS,
    _REMARK_TOPIC_PREPOSITIONS,
    _REPORT_FORMS,
    _ROLE_PREPOSITIONS,
    _SAY_FORMS,
    _SET_OFF_ROLE_WORDS,
    _SET_OFF_WORDS,
    _SETTING_SUBORDINATORS,
    _SHARE_SUBJECT_WORDS,
    _SHORT_NP_TAGS,
    _SOURCE_WORDS,
    _SPEECH_ACT_VERBS,
    _STATEMENT_AGENT_WORDS,
    _STIRRING_VERB_FORMS,
    _STORY_NOUNS,
    _SUBJECT_ONLY_STATEMENT_NOUNS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TAIL_STOPS,
    _TALK_AMOUNTS,
    _TELLING_CUES,
    _THING_STARTS,
    _TIME_NOUNS,
    _TITLE_WORDS,
    _TO_CHAIN_CUES,
    _TO_STATEMENT_NOUNS,
    _TOPIC_CLAUSE_HEADS,
    _TOPIC_PARTICIPLES,
    _TURN_WORDS,
    _WEEKDAYS,
    _WHEN_OR_HOW_MUCH,
    _WINDOW,
    _WITHHELD_AFFILIATIONS,
    _WITHHELD_NOUNS,
    _WITHHELD_OWNERS,
    _WITHHELD_PRONOUNS,
    _WITHHELD_VERBS,
    INTENTION_REASON,
    PASSIVE_ASKED_REASON,
    POLL_FINDING_REASON,
    REFUSAL_REASON,
    _adverbial,
    _direct_cue,
    _finite_form,
    _is_date,
    _is_number,
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

#: Conjunctions that open a subordinate clause after "that" ("arguing that if A, B").
_CONDITION_STARTS = frozenset({"if", "unless", "when", "because", "although", "though",
                               "while", "once"})


#: The most characters of a headline's label before its colon ("Busted: ...").
_LABEL_CHARS = 40


class _SurfaceReported(_StatementSpans):
    """Reported speech read from the surface: the rules that need no parse
    (``_surface_reported`` and what it calls)."""

    # ----------------------------------------------------------- reported speech
    @lazy_attribute
    def _surface_trigger_index(self) -> list[int]:
        """The article's words a rule of reported speech can start from, in order: those
        spelled as in ``_REPORTED_TRIGGER_FORMS`` or with a reporting verb's lemma (every
        cue word among them).  A rule of :meth:`_surface_reported` that starts from
        another word must add its spelling there."""
        # read with the words (Words.trigger_index), not in a pass of its own here
        return self.W.trigger_index

    @lazy_attribute
    def _cue_index(self) -> list[int]:
        """The article's cue words (:func:`is_cue_word`), in order: the parse rules look at
        these alone, not at every word of every sentence."""
        words = self.words
        return [i for i in self._surface_trigger_index if is_cue_word(words[i])]

    @staticmethod
    def _indices_in(index: list[int], a: int, b: int) -> list[int]:
        """The indices of sorted ``index`` in [a, b)."""
        return index[bisect.bisect_left(index, a):bisect.bisect_left(index, b)]

    def _aside_speech_verb(self, close: int, b: int) -> int | None:
        """The verb of saying right after the comma at word ``close`` that ends an aside
        "according to X" (or "per X") splitting its clause from the subject before it ("Lee,
        according to a person familiar with the matter, [has told] aides that A"), past
        auxiliaries and adverbs; None for any other verb ("Fundraising, according to the
        campaign, has surged": the aside frames the sentence)."""
        words = self.words
        v = close + 1
        while v < b and words[v].upos in ("AUX", "ADV", "PART") and self.in_quote[v] < 0:
            v += 1
        if v < b and words[v].lower in _NESTED_CUE_FORMS and self.in_quote[v] < 0:
            return v
        return None

    def _surface_reported(self, a: int, b: int, start: int, stop: int) -> Found | None:
        """The first reported statement in sentence words [a, b) whose cue is in [start,
        stop), by the surface rules."""
        words = self.words
        first = max(a, start)
        # the words outside quotes that can start a rule below (_surface_trigger_index:
        # a rule that starts from a new spelling adds it there)
        outside = [i for i in self._indices_in(self._surface_trigger_index, first, stop)
                   if self.in_quote[i] < 0]
        if not outside:
            # every rule below, the poll's finding at the end too, starts from one of them
            # (asked first: most calls, the last of a sentence's after its last cue, have
            # none, and need not walk past an opening quote)
            return None
        # skip sentences wholly inside one quote (in_quote is -1 outside quotes: count()
        # reads a slice in C)
        if self.in_quote[a:b].count(-1) < 3 or self.in_quote[first:stop].count(-1) < 3:
            return None
        # "according to X, CLAUSE" / "CLAUSE, according to X" / "A, according to X, B"
        for i in outside:
            w = words[i]
            per = w.lower == "per" and self._source_per(i, b)
            if per or w.lower == "according" and i + 2 < b and words[i + 1].lower == "to":
                np = self._according_source(i + 1 if per else i + 2, b)
                if np is None or i - 1 >= a and words[i - 1].lower == "that" or \
                        i - 2 >= a and words[i - 1].text == "," and words[i - 2].lower == "that":
                    # "X said that according to its count, A", "X reported that, according to
                    # an analysis, A": A is X's statement, the frame an aside in it
                    continue
                # a colon or semicolon opens a clause of its own ("It was noticed: according
                # to X, A")
                clause = next((x + 1 for x in range(i - 1, a - 1, -1)
                               if words[x].text in (":", ";") and self.in_quote[x] < 0), a)
                lead = self._skip_opening(clause, i)
                if per and lead != i and not (words[i - 1].text == "," and
                                              self._per_tail_ends(np[1])):
                    # "Per X, A" opens its clause, "A, per coach X." closes the sentence;
                    # "$5 per share, ..." is none
                    continue
                # the comma that closes the frame ("according to interviews with aides,")
                close = next((x for x in range(np[1], min(b, np[1] + _SOURCE_WORDS))
                              if words[x].text == "," and self.in_quote[x] < 0), None)
                pointer = self._pointer_before(lead, i)
                if lead == i:
                    close = self._opening_source_close(np[1], close, b)
                    c0 = np[1] if close is None else close
                    while c0 < b and words[c0].is_punct:
                        c0 += 1
                    c1 = self._content_end(c0, b)
                elif words[i - 1].text == "," and close is not None and \
                        self._content_end(close, b) - close >= 3 and \
                        not any(words[x].upos in ("VERB", "AUX") and not (
                            x == lead and words[x].lower.endswith("ing"))
                                for x in range(lead, i)):
                    # "Fundraising, according to the campaign, has surged": the frame
                    # splits a clause whose verb comes after it, so it is the sentence (an
                    # "-ing" word that opens it is its subject, a gerund, whatever its tag)
                    if self._aside_speech_verb(close, b) is not None:
                        continue  # "Lee, according to X, has told aides A": Lee's A
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
            if w.lower in TOPIC_STATEMENT_NOUNS:
                found = self._owned_remark_topic(i, a, b)
                if found is None and w.lower in _MADE_REMARK_NOUNS:
                    # "the comments she made on A": from the "made" of its relative clause
                    made = next((x for x in range(i + 2, min(b - 2, i + 8))
                                 if words[x].lemma == "make" or words[x].lower == "made"), None)
                    found = None if made is None else self._relative_topic(made, a, b)
                if found is not None:
                    return found
            if w.lower in _SAY_FORMS:
                found = self._relative_topic(i, a, b)
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
            # "X wants [more money]", "X plans [to cut jobs]": a verb of intention's, alike
            intention = w.lower in INTENTION_VERB_FORMS and w.lower not in STANCE_VERB_FORMS
            stance_at = self._stance_object_at(i, b) \
                if intention or w.lower in STANCE_VERB_FORMS else None
            # "X called [the deal a disaster]", "X sees [the ruling as a win]": a verb of
            # characterising in its shape, read as a stance verb
            character = None if stance_at is not None or w.lower not in CHARACTERISING_FORMS \
                else self._characterisation_at(i, b)
            if character is not None:
                stance_at = character[0]
            stance = stance_at is not None and not self._closing_frame_after(i, b)
            if not (is_cue_word(w) or w.lower in TOPIC_VERB_FORMS and self._topic_cue(i, b) or
                    self._final_cue_read_as_noun(i, b) or self._bare_cue_read_as_noun(i, b) or
                    stance or
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
            # "a super PAC backing Doe", "voters supporting Roe": the group the participle
            # names by whom it is for
            group = self._group_participle(i) if stance else None
            if group is not None and any(words[x].upos in ("VERB", "AUX")
                                         for x in range(a, group[0])):
                continue  # "gave $5 million to a super PAC backing Doe": what the gift was for
            if np is None and (stance or is_cue_word(w)):
                # "Lee and Hale, both of whom opposed the deal", "the farmers, most of whom
                # say A": the share is the speaker
                group = self._quantified_whom(i, a)
                np = group
            if group is not None:
                np, how = group, "subject"
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
            if np is not None and self.W.has_parse and group is None:
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
            # (not "The doctor, Lee said, would resign": the frame set off by commas splits
            # the clause whose subject is the role, no apposition of the name)
            splits_clause = np is not None and np[1] == i and i + 2 < b and \
                words[i + 1].text == "," and words[i + 2].upos in ("VERB", "AUX") and \
                self.in_quote[i + 2] < 0
            if np0 is not None and np is not None and self._names_person(np) and \
                    not splits_clause:
                np0 = self._role_before_name(np0, a)
            if np0 is not None and np0 - 1 > a and words[np0 - 1].text in (",", "—", "–", "―") \
                    and not self._coordinated_cue(i, a) and \
                    not (np is not None and self._relative_speaker(np)) and \
                    not self._object_relative_in((np0, i)):
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
                    if not adjunct and r1 - r0 > c1 - a and r1 - r0 >= 3 and \
                            not self._sentence_quote_after_setting(a, r0, left_clause):
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
                        not self._opening_phrase(a, c1, gerund=True) and not quote_next and \
                        not (self._setting_clause(a, c1) and words[i + 1].text != ",") and \
                        not (self._quote_closed_sentence_before(a) and not any(
                            words[x].upos in ("VERB", "AUX") for x in range(a, c1))):
                    # (not '“A!” Scott's niece, Marcia Price, said': a role set off before
                    # the name of the quote's frame, which the "!" split from the quote)
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
                if w.lower == "saying" and words[i - 1].lower == "as" and \
                        words[np[0]].lower in _QUOTING_VERBS:
                    # "The report, which quoted Lee as saying A, angered B": the one quoted
                    # (the tagger's noun "as" joins "Lee as" into one phrase)
                    quoted = self._np_forward(np[0] + 1, i - 1)
                    np = quoted if quoted is not None and quoted[1] == i - 1 else np
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
                    np = self._open_relative_before(lead, k) or \
                        self._subject_after_link(lead, k) or self._shared_subject(lead, k)
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
                            (self.is_speaking_noun_phrase(np) or self._quantifier_subject(np))
                            and self._clause_opens_after(i, b)) \
                            and not (np[0] == lead and self._untagged_surname(np) and
                                     self._clause_opens_after(i, b)):
                        # "The fracas ... and said": a speaker, not an event; but "Some
                        # owners seek A, and argue that B", "Some seek A and argue that B",
                        # "The order gave no reasons and did not say how B": a clause
                        # plainly follows the cue
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
            # "A, said Transport Minister X, adding that B": the subject an inverted "said"
            # put after itself opens no clause, and is the participle's subject all the same
            inverted = how == "participle" and np0 is not None and np0 - 2 >= a and \
                words[i - 1].text == "," and \
                words[np0 - 1].lower in ("said", "says") and \
                (words[np0 - 2].text == "," or words[np0 - 2].text in _QUOTE_CHARS)
            if np is None or how not in ("object", "antecedent") and np0 is not None and \
                    not inverted and \
                    np0 > lead and not self._starts_clause(lead, np0, w) and \
                    not (stance and self._relative_holder(np, lead)) and group is None and \
                    self._message_from(np, lead) != np:
                # "did not respond to Y", "would not say whether A": across the negation
                # (not the sender of "A memo to staff from Munoz said A", who wrote it)
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
            if w.lower == "asked" and words[i - 1].text == "," and np[1] == i - 1 and \
                    self._verb_after_comma(i, b):
                # a reduced passive: "after X, asked about A, said B"; but "An analyst,
                # Jo Lee, asked whether A.": no main verb follows, the appositive asks
                continue
            if w.lemma in _ANONYMITY_CUES and i + 4 < b and \
                    words[i + 1].lower == "not" and words[i + 2].lower == "to" and \
                    words[i + 3].lower == "be" and words[i + 4].lower in _ANONYMITY_VERBS:
                continue  # "X, who asked not to be named, said A": a request to the writer
            if w.lemma in _ANONYMITY_CUES and self._name_withheld(i, b):
                continue  # "who asked that her name not be used": the same request
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
            quoting = rel
            quoted_which = False  # "The report, which quoted Lee as saying A, angered B"
            if w.lower == "saying" and words[i - 1].lower == "as":
                # "A report that quoted Lee as saying A angered B": the relative before the
                # verb of quoting (A ends before the main clause's verb)
                quoting = next((x - 1 for x in range(np[0] - 1, max(a, np[0] - _NAME_WORDS), -1)
                                if words[x].lower in _QUOTING_VERBS), rel)
                rel = quoting if words[quoting].lower in ("who", "that") else rel
                # a relative set off by commas: A ends at the comma that closes it
                quoted_which = words[quoting].lower == "which" and quoting - 1 > a and \
                    words[quoting - 1].text == ","
            relative = words[rel].lower in ("who", "that") and rel > a
            restrictive = relative and words[rel - 1].text != "," and not any(
                words[x].upos in ("VERB", "AUX") for x in range(a, rel))
            # A ends before the main clause's verb ("Businesses that warn A were not
            # consulted"), or at the sentence's end when the tagger read that verb as none
            in_subject = restrictive and (rel > np[0] or rel == quoting < np[0])
            restrictive = restrictive and not in_subject
            if restrictive and words[lead].upos != "ADP" and not stance:
                continue  # "Voters who said A were split": A ends where we cannot see
            # (a stance verb's or an intention's object ends where the main clause's verb
            # starts: "Voters who back [the plan] were split", "Those who want [to stay]
            # left early"; see below)
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
            if character is not None and not self._characteriser(np, character[1]):
                continue  # "the storm saw the town as ...": no one's view
            clause_at = stance_at if stance else self._clause_start(c0, b, w)
            if clause_at is None and c0 == i + 1 and c0 + 3 < b and words[c0].text == "," and \
                    _plain_speech_verb(w) and np[0] == lead == a and self.in_quote[c0 + 1] < 0 and \
                    not (a > 0 and self.in_quote[a - 1] >= 0 and
                         "\n" not in self.W.text[words[a - 1].end:words[a].start]) and \
                    words[i - 1].text != "," and \
                    (words[c0 + 1].upos in ("DET", "NOUN", "PROPN", "NUM") or
                     words[c0 + 1].lower in _SUBJECT_PRONOUNS) and \
                    self._clause_opens_at(c0 + 1, b) and \
                    not any(self._next_cue_at(x) for x in range(c0 + 2, b)
                            if self._may_take_over_at(x)):
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
            if not (words[c0 - 1].lower == "that" and words[c0].lower in _CONDITION_STARTS) and \
                    self._after_quote_frame(np, a) and (
                    self._manner_or_place_at(c0) or self._verbless(c0, b) or
                    w.lemma in ("say", "tell") and not self._clause_opens_at(c0, b) or
                    w.lemma == "ask" and not self._clause_opens_at(c0, b) and
                    not self._quote_after_addressee(c0, b)):
                # '“A,” X said from his plane', '“A,” X said late last month': the quote
                # is the statement; words after the frame need a verb of their own (a
                # clause after "that" and a conjunction has one: '“A!” she wrote, arguing
                # that if B, C'; not "said that for young people, “A”": a fragment)
                continue
            # the "of" of an accusation's charge ("accused him [of] sexism"), read once for
            # the two tests below
            charge_of = self._charge_of(c0, b) if w.lemma == "accuse" else None
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
                    charge_of is None:
                continue  # but "urged voters to turn out": a request, as "asked X to" is
            if w.lemma in _CLAUSE_ONLY_CUES and words[c0 - 1].lower != "that" and \
                    self._opens_object(c0):
                continue  # "she has maintained her lead": an object, not a statement
            if w.lemma == "request" and words[c0 - 1].lower != "that" and \
                    not self._bare_clause_after(c0, b):
                continue  # "requested anonymity to speak": a thing asked for, no clause
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
            # (a quote in the object is read through, "decried the rise of “graft”", unless
            # the sentence ends in a report that may credit it: "..., the Ledger reported")
            through = not self._ends_in_report(i, b)
            if group is not None and not any(words[x].upos in ("VERB", "AUX")
                                             for x in range(lead, group[0])):
                # "Voters supporting Roe [are] older": inside the subject, the object ends at
                # the main clause's verb (none seen: unclear, skipped)
                restrictive = True
            if stance and restrictive:
                # "Voters who back [the plan] were split": the relative's object ends at
                # the main clause's verb; none seen, its end is unclear (skipped below)
                main = self._main_verb_after(c0, c1)
                if main == c1 or intention and not self._parsed(i) and \
                        words[lead].upos != "ADP":
                    # (an infinitive's end needs a parse: the tagger alone misses the main
                    # verb after it too often, "Those who plan to go include Doe"; but
                    # "Among those who want A, most B": a comma ends A)
                    continue
                c1 = main
            # (a refusal's infinitive ends before a clause with a subject of its own:
            # "declined to comment and aides later said A")
            refusing = intention and INTENTION_VERB_FORMS[w.lower] in _REFUSING
            if stance:
                # a stance verb's object ends early (at a comma, a time, a second verb: see
                # below): trimmed first, so the scans for a next cue and a narrator's clause
                # read only the object, not the rest of the sentence
                # (a quote that goes on with the object is read through: "decried the
                # issue of “systemic racism”")
                c1 = object_end = next(
                    (x for x in range(c0, c1) if (
                        not (through and self._quote_goes_on_object(c0, x))
                        if self.in_quote[x] >= 0 else
                        words[x].text in _CLAUSE_STOPS and not self._object_list_comma(x, c1) or
                        self._after_quoted_comma(x) or self._second_clause_at(x, c1, False) or
                        refusing and self._subject_clause_at(x, c1) or
                        x > c0 and (self._stance_object_ends_at(x, c1) or
                                    self._occasion_at(x, c1) or
                                    self._weekday_after_object(x, c1)))), c1)
            # "X, who said A, said B", "X said A and argued B": A ends where the next
            # cue takes over
            nxt_cue = next((x for x in range(c0, c1 - 1)
                            if self._may_take_over_at(x) and self._next_cue_at(x, w)), None)
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
                    set_off or quoted_which:
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
                # (both start at punctuation only: no call for the other words)
                c1 = next((x for x in range(c0 + 2, c1 - 1) if words[x].is_punct and (
                    self._narrator_clause_at(x) or
                    x - c0 >= 3 and self._statement_tail_at(x, c1))), c1)
                if not (stance or topic):
                    c1 = self._speakers_second_verb(c0, c1, w)
            # "has said A and has called for B", "by pledging to A and trying B"
            c1 = self._speakers_parallel_verb(c0, c1, i)
            if w.lemma == "recall" and c0 == i + 1 and _is_number(words[c0]) and \
                    c0 + 1 < c1 and not words[c0 + 1].is_punct:
                continue  # "recalled 12,000 jars of peanut butter": goods, no words
            if w.lemma == "recall" and self._recalled_thing(c0, c1):
                continue  # "Voters recalled the mayor", "Ford recalled the trucks": no words
            # "X announced his resignation", "X tweeted her thanks": an object statement
            obj = stance or not question and words[c0 - 1].lower != "that" and \
                w.lemma in _OBJECT_CUES and (not w.lower.endswith("ing") or
                                             words[i - 1].lower in _PASSIVE_AUX or
                                             words[i - 1].lower == "by") and \
                (self._opens_object(c0) or self._named_object(c0, w) or
                 self._bare_noun_object(c0, i)) and \
                not self._clause_after_object(c0, c1) or \
                self._gerund_object(c0, w)
            # "accused him of sexism": a charge without a verb ends as an object does (not
            # "of lying about A", which ends as a clause does)
            # (not one with a quote, read as before: 'accused them of a “breach of trust” in
            # trying to A', whose quote the mixed-quote rules frame)
            charge = charge_of is not None and words[charge_of + 1].upos != "VERB" and \
                not words[charge_of + 1].lower.endswith("ing") and \
                not any(self.in_quote[x] >= 0 for x in range(charge_of + 1, c1))
            if (obj or topic or request or charge) and c1 != object_end:
                # the object ends at a clause stop, a quote or a second verb ("and said ..."),
                # a topic also at an adjunct clause ("talked about jobs when he was in Ohio"),
                # a request also at a new subject ("asked for a photo and Clinton agreed");
                # not at the commas of a list of topics ("talked about fire, failure and
                # family"), though at one before "or" ("the Bloc, or Oppo Bloc": a name)
                c1 = next((x for x in range(c0, c1) if (
                    not (through and self._quote_goes_on_object(c0, x))
                    if self.in_quote[x] >= 0 else
                    words[x].text in _CLAUSE_STOPS and not (
                        (stance or topic and words[x + 1].lower not in ("and", "or")) and
                        self._object_list_comma(x, c1)) or
                    self._after_quoted_comma(x) or self._second_clause_at(x, c1, request) or
                    topic and x > c0 and words[x].lower in _LEAD_SUBORDINATORS or
                    stance and x > c0 and self._stance_object_ends_at(x, c1) or
                    x > c0 and self._occasion_at(x, c1) or
                    obj and x > c0 and (self._weekday_after_object(x, c1) or
                                        self._time_clause_after_object(x, c1)))), c1)
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
                                                       request or charge_of is not None) and (
                    self._manner_phrase(c0, c1) or not any(
                        words[x].upos in ("VERB", "AUX") for x in range(c0 + 1, c1)) and
                    not (words[c0].lower in _SUBJECT_PRONOUNS and c1 - c0 >= 3) and c1 - c0 < 6):
                continue  # "the crowd shouted back at him for minutes": how, not what
            if character is not None and c1 < character[2]:
                continue  # "called a vote the next day": the object alone, called nothing
            conf = 0.8 if how == "subject" else 0.7
            if stance and self._statement_in_object(c0, c1):
                continue  # "mocked Doe's promise that A", "shows voters who say A": Doe's, theirs
            if stance and w.lower in _QUOTING_VERBS and self._cited_as_saying(c0, a, b):
                continue  # "cited Jo Lee, an aide, as saying A": Lee's words, no stance
            if stance and np is not None and self._speaker_credential(np[0], a):
                continue  # "“A,” said Jane Roe, who endorsed Doe": who she is, no news
            if stance and STANCE_VERB_FORMS.get(w.lower) == "back" and \
                    self._backing_aside(np, i, c0, c1, b):
                continue  # "Roe, who backs Doe, warned ...": who Roe is, no news
            if stance and STANCE_VERB_FORMS.get(w.lower) == "attack" and \
                    self._attack_aside(np, i, c0, c1):
                continue  # "ads attacking Doe", "a man attacked a guard": no one's words
            if stance and intention:
                if not self._intention_holder(np) or self._intention_told(i, a, b):
                    continue  # "The bill wants A", "you want A": no one's position
                cue0 = i - 1 if words[i].lower == "like" else i  # "would like"
                refusal = INTENTION_VERB_FORMS[w.lower] in _REFUSING
                return self._found(c0, c1, Attribution(
                    np, (cue0, i + 1), None, conf - 0.1,
                    REFUSAL_REASON if refusal else INTENTION_REASON))
            if stance:
                key = "" if character is None else character[1]
                return self._found(c0, c1, Attribution(
                    np, (i, c0 if c0 - i <= 2 else i + 1), None, conf - 0.1,
                    "X criticized Y" if not key else "X called on Y to" if key == "call on"
                    else "X called Y Z" if key == "call" else "X expressed Y"
                    if key == "express" else "X sees Y as Z"))
            # "In a CNN poll, 38 percent of voters said A": the news credits the poll
            np = self._poll_before_share(np, i) or np
            # "explained his reasoning [in an appearance on CBS]": a verbless object ends at
            # the saying's occasion, whatever the cue (trimmed once the statement is kept)
            c1 = self._before_occasion(c0, c1)
            # the particle is the phrasal cue's ("shot back")
            cue_end = i + 2 if words[i + 1].lower in _PHRASAL_CUES and not is_cue_word(w) \
                else i + 1
            if w.lower == "asked" and self._passive_aux(i - 1) and words[i + 1].lower != "by":
                # "Clinton was asked about the wall", "X was asked whether A": the one asked
                # is no speaker of the question, and the one who asked goes unnamed
                return self._found(c0, c1, Attribution(None, (i, cue_end), None, 0.3,
                                                      PASSIVE_ASKED_REASON))
            return self._found(c0, c1, Attribution(np, (i, cue_end), addressee, conf,
                                                  "X said CLAUSE"))
        # "In a new poll, Doe leads Roe": no cue but the poll's
        return self._poll_finding(a, b, outside, first, stop)

    def _sentence_quote_after_setting(self, a: int, r0: int, left_clause: bool) -> bool:
        """True when the words after "ADJUNCT, X said," at word ``r0`` open a quote that is
        a sentence of its own (a capital after the quote mark: "On Tuesday, X said, “We
        will win.”", "Asked about it, X said, “A.”"), and the words before the frame are a
        setting (no verb, or a participle opening them): the frame's direct quote, not the
        longer side of one statement around the cue (as in 'The plan, X said, “would cost
        millions”', whose quote goes on the subject before)."""
        words = self.words
        if self.in_quote[r0] < 0 or r0 + 1 >= len(words) or \
                not words[r0 + 1].text[:1].isupper():
            return False
        return not left_clause or words[a].upos == "VERB" and \
            words[a].lower.endswith(("ed", "ing"))

    def _relative_holder(self, np: tuple[int, int], lead: int) -> bool:
        """True when the subject ``np`` of a stance verb or a verb of intention is a "who"
        right after the noun or pronoun it restricts, from word ``lead`` ("Republicans [who]
        back the bill", "others [who] want to ban A", "those [who] oppose it"): the one
        whose position it is, though the relative sits inside the sentence's subject (its
        object ends where the main clause's verb starts).  Not after a verb ("met a mayor
        who backs Doe", "said Jo Hale, a donor who backs Doe": who someone is, which the
        news rarely reports as a position)."""
        words = self.words
        r = np[0]
        return np[1] - r == 1 and words[r].lower == "who" and r - 1 >= lead and \
            (words[r - 1].upos in ("NOUN", "PROPN", "PRON") or words[r - 1].lower == "those") \
            and self.in_quote[r - 1] < 0 and \
            not _possessive_mark(words[r - 1]) and \
            not any(words[x].upos in ("VERB", "AUX") for x in range(lead, r)) and \
            not self._apposed_role(r - 1, lead)

    def _quantified_whom(self, i: int, a: int) -> tuple[int, int] | None:
        """The share of a group set off by a comma before a stance verb, a verb of
        intention or a cue at word ``i``, from word ``a`` ("Lee and Hale, [both of whom]
        opposed A", "ten senators, [all of whom] want B", "aides, [two of whom] backed C",
        "farmers, [most of whom] say D"), or None."""
        words = self.words
        q = i - 3
        if q - 1 < a or words[i - 1].lower != "whom" or words[i - 2].lower != "of" or \
                words[q - 1].text != "," or any(self.in_quote[x] >= 0 for x in range(q, i)):
            return None
        wq = words[q]
        if wq.lower in ("none", "neither"):
            return None  # "none of whom backed A": a denial, no one's stance told
        return (q, i) if wq.lower in _INTENTION_QUANTIFIERS or wq.lower in _QUANTIFIERS or \
            wq.lower in _PARTITIVE_HEADS or _is_number(wq) else None

    def _apposed_role(self, k: int, lead: int) -> bool:
        """True when the noun phrase that ends at word ``k`` is set off by a comma or a dash
        a few words before it, from word ``lead`` ("Jo Hale, [a donor] who backs Doe, said
        A", "Jo Hale, a co-founder of [the fund] who backed Doe": who Hale is)."""
        words = self.words
        return any(words[x].text in (",", "–", "—", "(") and self.in_quote[x] < 0
                   for x in range(max(lead, k - _SET_OFF_ROLE_WORDS), k))

    def _main_verb_after(self, c0: int, c1: int) -> int:
        """The main clause's verb after the object that starts at word ``c0`` of a stance
        verb in a relative inside the sentence's subject, before word ``c1`` ("Voters who
        back the plan [were] split", "Those who want to stay [left]"): the first verb or
        auxiliary outside quotes that no "to", verb, auxiliary or relative pronoun comes
        right before ("to [stay]", "be [heard]", "that [passed]"), and no -ing form; else
        ``c1``."""
        words, in_quote = self.words, self.in_quote
        for x in range(c0 + 1, c1):
            wx = words[x]
            if wx.upos in ("VERB", "AUX") and in_quote[x] < 0 and \
                    not wx.lower.endswith("ing") and words[x - 1].upos not in ("VERB", "AUX") \
                    and words[x - 1].lower not in ("to", "not", "n't", "n’t") and \
                    words[x - 1].lower not in _RELATIVES:
                return x
        return c1

    def _intention_told(self, i: int, a: int, b: int) -> bool:
        """True when the verb of intention at word ``i``, in sentence words [a, b), is part
        of what someone else tells: its sentence has a verb of speech of its own outside
        quotes ("It failed, Roe said, so the leaders decided to A", "Rather than A, said
        Jo Hale, the firm wants B": the speaker's account), or its paragraph is a turn of a
        transcript, opened by a label and a colon ("ROE: They want safe streets.")."""
        words, in_quote = self.words, self.in_quote
        # a refusal is told only by a verb of speech before it (not a passive one: "was
        # charged, but prosecutors declined to A") or by a closing frame: one after it is
        # its holder's own next act ("declined to comment, saying A", "refused to answer
        # but said A")
        refusal = INTENTION_VERB_FORMS.get(words[i].lower) in _REFUSING
        if any(x != i and in_quote[x] < 0 and words[x].lemma in SPEECH_VERBS and
               not self._noun_use(x, a) and
               not (refusal and (x > i or x > a and self._passive_aux(x - 1)))
               for x in self._indices_in(self._cue_index, a, b)):
            return True
        if refusal and self._closing_frame_after(i, b):
            return True
        par = words[i].par
        x, lo = a, max(0, a - _TURN_WORDS)
        while x > lo and words[x - 1].par == par:
            x -= 1
        return (x == 0 or words[x - 1].par != par) and any(
            words[y].text == ":" and in_quote[y] < 0 for y in range(x, min(i, x + 4)))

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

    @lazy_attribute
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
            # (not the frame's opening even when the sentence opens with "When": "When X
            # used the words, Y, who used them when asked if A, ...")
            opening = False
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
        # the occasion of the question after it, a quoted title in it ('Asked why A during
        # an appearance Friday on “Morning Show,” X said B': why A, no mixed quote)
        end = next((x for x in range(q + 2, end) if self._occasion_at(x, end) and not any(
            words[y].upos == "AUX" or words[y].upos == "VERB" and
            not words[y].lower.endswith(("ed", "ing")) for y in range(x, end))), end)
        if end - q < 2 and words[q].lower not in _QUESTION_STARTS and not (
                words[q - 1].lower == "about" and words[q].upos in ("PROPN", "NOUN")):
            return None  # (but "Asked about Sullivan, X said": a topic of one name)
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
        nxt_cue = next((x for x in range(c0, c1 - 1)
                        if self._may_take_over_at(x) and self._next_cue_at(x)), None)
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
        if words[i].lower in ("said", "reported") and j + 2 < b and words[j].lower == "to" and \
                words[j + 1].lower == "have" and words[j + 2].lower in SPEECH_PARTICIPLES:
            return None  # "X is said to have told allies A": X's words (the rules of the cue)
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
        if agent is None and self._closing_said_after(i, b):
            # "No injuries were reported, police said", "Two deaths were reported in the
            # county, officials said Sunday" (local crime, fire and weather copy): the frame
            # closing the sentence says the whole clause, the passive is no statement
            return None
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
            if p - 2 > a and words[p].upos == "VERB" and words[p - 1].lower == "to" and \
                    words[p - 2].upos == "NOUN" and self.in_quote[p] < 0:
                p -= 1  # "[the decision to close] the academy was announced": an infinitive
            head = self._np_back(p - 1, a) if p - 1 >= a and \
                (words[p].upos == "ADP" or words[p].lower == "to") and \
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
                words[c].lemma not in SPEECH_VERBS and not (
                    words[c].lower in _EVIDENCE_FORMS and
                    any(words[x].lower in _EVIDENCE_SUBJECTS for x in range(*np))):
            return None  # (a verb of evidence after its poll or records: "As records show, A")
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
        participle of a noun ("a think tank known for"): no one's statement.  Also the
        idiom "time will tell (whether A)": the writer's doubt, with no speaker."""
        words = self.words
        w = words[i]
        if w.lemma == "tell" and i >= 2 and words[i - 2].lower == "time" and \
                words[i - 1].lower in ("will", "would", "can", "may", "might", "shall"):
            return True
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

    def _open_relative_before(self, a: int, k: int) -> tuple[int, int] | None:
        """The relative pronoun of a clause still open at word ``k``, the subordinator of a
        participle, in words [a, k): "met Ann Lee, [who] last week surprised the board by
        declaring A" (the one the relative stands for declares, not the main clause's
        subject); None when a clause stop or a quote comes between (a comma before the
        subordinator closes the relative), when the relative has no verb of its own before
        ``k``, or when the "who" asks rather than relates ("asked who would ...")."""
        words = self.words
        if words[k].text == ",":
            return None  # "Lee, who met the board, while saying A": the comma closes it
        verb = False
        for x in range(k - 1, max(a, k - _SET_OFF_WORDS) - 1, -1):
            t = words[x]
            if self.in_quote[x] >= 0 or t.text in (",", ";", ":", "(", ")") or \
                    t.text in _DASHES:
                return None
            if t.lower in ("who", "which") and x - 1 >= a:
                before = words[x - 1]
                return (x, x + 1) if verb and (
                    before.text == "," or before.upos in ("NOUN", "PROPN")) else None
            verb = verb or t.upos in ("VERB", "AUX")
        return None

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

    def _list_runs_on(self, x: int, b: int) -> int:
        """The comma that closes a list whose first comma is word ``x`` ("interviews with
        his friends, aides and allies, A": the comma after "allies"), or ``x``."""
        words = self.words
        y = next((y for y in range(x + 1, min(b, x + 6)) if words[y].text == "," or
                  words[y].upos in ("VERB", "AUX", "ADP")), None)
        if y is not None and words[y].text == "," and words[x - 1].lower.endswith("s") and \
                any(words[z].lower in ("and", "or") for z in range(x + 1, y)) and \
                all(words[z].lower in ("and", "or") or words[z].upos == "NOUN" and
                    words[z].lower.endswith("s") for z in range(x + 1, y)):
            # a list of plural nouns (not "the poll, voters in Ohio and Iowa, who vote
            # first, back A", "the poll, Lee and Park, the two leaders, are tied")
            return y
        return x

    def _opening_source_close(self, j: int, close: int | None, b: int) -> int | None:
        """The comma that ends an opening "According to X" whose source runs on past the
        noun phrase ending at word ``j`` (``close``: the first comma after it, if near):
        a participle or a prepositional phrase with no comma near ("According to exit
        polls conducted by Edison Research for the networks, A"; "According to the
        officer in charge of the base that night, A"), or an aside after the source's
        comma, a participle ("According to Rita Olsen, writing for the Review, A") or a
        description with a relative clause ("According to papers from Ann Lowe, a friend
        of the governor's who died in 2000, A"): A starts after that comma."""
        words = self.words
        if j >= b:
            return close
        stop = min(b, j + _PARENTHETICAL_WORDS)
        if close is None:
            # only the participle may open the stretch; no other verb in it
            first = words[j]
            if not (first.upos == "ADP" and first.lower != "that" or
                    first.upos == "VERB" and first.lower.endswith(("ed", "ing", "en"))):
                return close
            for x in range(j + 1, stop):
                w = words[x]
                if self.in_quote[x] >= 0 or w.upos in ("VERB", "AUX") or \
                        w.lower in _RELATIVES and not (x + 1 < b and words[x + 1].upos == "NOUN") \
                        or w.text in (";", ":"):
                    return close  # ("that night" is no relative clause)
                if w.text == ",":
                    x = self._list_runs_on(x, b)
                    return x if self._content_end(x, b) - x >= 4 else close
            return close
        nxt = close + 1
        if nxt >= b or self.in_quote[nxt] >= 0:
            return close
        listed = self._list_runs_on(close, b)
        if listed != close:
            return listed if self._content_end(listed, b) - listed >= 4 else close
        w = words[nxt]
        participle = w.upos == "VERB" and w.lower.endswith("ing") and nxt + 1 < b and \
            words[nxt + 1].upos == "ADP"
        if not participle and w.lower not in ("a", "an"):
            return close
        relative = False
        for x in range(nxt + 1, min(b, nxt + _PARENTHETICAL_WORDS)):
            v = words[x]
            if self.in_quote[x] >= 0 or v.text in (";", ":"):
                return close
            if v.lower == "who":
                relative = True
            elif v.upos == "AUX" or v.upos == "VERB" and not relative:
                return close
            if v.text == ",":
                if (participle or relative) and self._content_end(x, b) - x >= 4:
                    return x
                return close
        return close

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
        # (a kin noun is a role too: "The cause was cancer, his daughter, Ruth Hale, said",
        # the obituary's shape)
        if role is None or role[0] != k + 1 or not _person_word(words[role[1] - 1]) and \
                words[role[1] - 1].lower not in KIN_NOUNS:
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

    def _object_relative_in(self, np: tuple[int, int]) -> bool:
        """True when a relative word inside words ``np`` opens a clause with a subject of its
        own right after it ("A, a charge that party leaders denied": the noun the relative
        clause describes is set off after A, and its subject denies it, not frames A)."""
        words = self.words
        return any(words[x].lower in _RELATIVES and x + 1 < np[1] and
                   (words[x + 1].upos in ("PROPN", "PRON", "DET", "NOUN") and
                    words[x + 1].lower not in _RELATIVES)
                   for x in range(np[0] + 1, np[1] - 1))

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
        # "claims by intelligence agencies that A", "complaints from rivals that A"
        agent = None if promise or words[i + 1].lower not in _STATEMENT_AGENT_WORDS else \
            self._np_forward(i + 2, b)
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
        owned = words[k].lower in _POSSESSIVES or _possessive_mark(words[k])
        outer = self._owned_noun_taker(k if words[k].lower in _POSSESSIVES else speaker[0], a) \
            if owned and agent is None else None
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
        if outer is not None:
            # "Roe rejected Doe's claim that A": the whole phrase is Roe's statement
            # (the cue runs from the verb to the noun: "rejected Doe's claim")
            o = k if words[k].lower in _POSSESSIVES else speaker[0]
            return self._found(o, c1, Attribution(outer[1], (outer[0], i + 1), None, 0.6,
                                                  "X rejected Y's claim that"))
        return self._found(c0, c1, Attribution(speaker, (i, i + 1), None, 0.6,
                                               "X's claim that"))

    def _verb_subject(self, v: int, a: int) -> tuple[int, int] | None:
        """The subject mention of verb ``v`` (sentence from word ``a``): the parse's where
        the word is parsed, else the surface rule's for a cue."""
        if self._parsed(v):
            x = self._parse_subject(self.words[v], after=False)
            return self.expand_mention(x.i) if x is not None else None
        return self._subject_of_cue(v, a)[0]

    def _owned_noun_taker(self, o: int, a: int) -> tuple[int, tuple[int, int]] | None:
        """For an owned noun of saying whose owner starts at word ``o``, the verb it is the
        object of and that verb's subject, a person other than the owner ("Roe rejected
        Doe's claim that A", "Roe welcomed the firm's pledge to A", "Roe repeated his
        claim that A"): (the verb, its subject); None when a preposition or
        nothing stands before the owner, or the verb's subject is no person ("the wins
        solidify her argument that A": the owner's words)."""
        words = self.words
        v = o - 1
        if v <= a or words[v].upos != "VERB" or words[v].lemma in ("be", "have") or \
                words[v].lower == "including" or self.in_quote[v] >= 0:
            return None
        sub = self._verb_subject(v, a)
        if not self._parsed(v):
            if sub is None and words[v - 1].lower == "to":
                sub = self._infinitive_subject(a, v - 1)  # "X sought to clarify Y's claim"
            elif sub is None and words[v].lower.endswith("ing"):
                sub = self.clause_subject(a, v)  # "X raises money while keeping her promise"
        if sub is None or not a <= sub[0] < sub[1] <= v or words[sub[0]].lower in _THING_STARTS:
            return None
        # the head, before any preposition: a name, a pronoun of people or a noun of
        # people ("A strong finish in Ohio would bolster Doe's claim": a thing's)
        h = next((x - 1 for x in range(sub[0] + 1, sub[1]) if words[x].upos == "ADP"),
                 sub[1] - 1)
        head = words[h]
        if not (head.upos == "PROPN" or _personal_pronoun(head) or _person_word(head) or
                head.lower in UNNAMED_SOURCE_NOUNS):
            return None
        return v, sub

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

    def _owned_remark_topic(self, i: int, a: int, b: int) -> Found | None:
        """ "his remarks about the tax plan", "Roe's criticism of the agency", "her
        attacks on the mayor": the topic after the noun of saying at word ``i`` is the
        statement of the person who owns the noun; None when the owner is no person, the
        preposition opens a time or a medium ("his remarks on Monday", "her comments on
        Twitter"), the phrase is a verb's object ("Roe slammed Doe's remarks about A",
        "Roe responded to his attacks on A") or another noun's ("audio of Doe's remarks
        on A"), the sentence reports someone's words ("Roe said his attacks on A were
        fair", "Doe's comments on A speak to B, Roe said": Roe's report), or what the
        words stirred is told ("Doe's comments about A angered Roe": Roe's view)."""
        words, in_quote = self.words, self.in_quote
        if i + 3 >= b or in_quote[i + 2] >= 0 or words[i].is_capitalised or \
                words[i + 1].lower not in TOPIC_STATEMENT_NOUNS[words[i].lower]:
            return None  # (not a headline's "Doe's Attacks On Roe Could Backfire")
        k = i - 1
        while k > a and i - k <= _OWNED_STATEMENT_MODIFIERS and in_quote[k] < 0 and (
                words[k].upos in ("ADJ", "ADV") or "-" in words[k].text[1:-1]):
            k -= 1  # "his controversial remarks", "Doe's strikingly personal attacks"
        if k < a or in_quote[k] >= 0:
            return None
        if words[k].lower in _POSSESSIVE_PRONOUNS:
            speaker = self._named_owner(k, a) or (k, k + 1)
            owner = k
        elif _possessive_mark(words[k]) and k - 1 >= a:
            found_owner = self._possessor(k, a)  # "Doe's remarks", "the mayor's remarks"
            if found_owner is None or not self._speaks(found_owner):
                return None
            speaker, owner = found_owner, found_owner[0]
        else:
            return None
        x = owner - 1
        if x >= a and words[x].lower in _REMARK_TOPIC_PREPOSITIONS and not (
                x - 1 >= a and words[x - 1].lower == "as"):
            return None  # "questions about Doe's remarks on A" (but "As for Doe's attacks")
        while x >= a and owner - x <= 2 and words[x].upos in ("ADP", "PART", "ADV"):
            x -= 1  # "responded to", "doubled down on"
        if x >= a and words[x].upos == "VERB":
            return None
        if any(x != i and in_quote[x] < 0 and (is_cue_word(words[x]) or
                                               words[x].lower in STANCE_VERB_FORMS)
               for x in range(a, b)):
            return None
        c0 = i + 2
        t = words[c0]
        if t.lower in _WEEKDAYS or t.lower in _TIME_NOUNS or t.upos == "NUM" or \
                t.ner.endswith(("DATE", "TIME")) or not _nounish(t) or t.upos == "PRON" and \
                t.lower not in _OBJECT_PRONOUNS:
            return None
        c1 = self._topic_phrase_end(c0, b)
        if any(words[x].lower in _STIRRING_VERB_FORMS for x in range(c1, min(b, c1 + 3))):
            return None  # "Doe's comments about A [angered] Roe"
        if any(words[x].lower in _MEDIUM_NOUNS or words[x].lower == "floor"
               for x in range(c0, c1)):
            return None  # "her comments on Twitter", "his remarks on the Senate floor"
        return self._found(c0, c1, Attribution(speaker, (i, i + 2), None, 0.6,
                                               "X's remarks about A"))

    def _remark_told_by_other(self, h: int, i: int, a: int, b: int) -> bool:
        """True when the noun of a remark at word ``h`` (its relative clause's verb at
        word ``i``) is told of in another's words or acts: the object of a verb or a
        preposition ("Roe cited comments Doe had made about A", "confronted him with
        remarks he had made about A"), or in a sentence with another cue."""
        words = self.words
        x = h - 1
        while x > a and h - x <= _OWNED_STATEMENT_MODIFIERS and (
                words[x].upos in ("ADJ", "ADV", "DET") or "-" in words[x].text[1:-1]):
            x -= 1  # "cited [the derogatory] comments"
        if x >= a and (words[x].upos in ("VERB", "ADP") or is_cue_word(words[x])):
            return True
        return any(x not in (h, i) and self.in_quote[x] < 0 and (
            is_cue_word(words[x]) or words[x].lower in STANCE_VERB_FORMS) for x in range(a, b))

    def _topic_phrase_end(self, c0: int, b: int) -> int:
        """The end of the noun phrase of a topic that starts at word ``c0`` (sentence up
        to word ``b``): before a stop or a quote, the sentence's own verb ("Doe's attacks
        on Roe [are] rare"), a relative clause, or a phrase of time ("things Doe has said
        about A [in the last year]"), past no trailing joint ("Roe [and]")."""
        words = self.words
        c1 = self._clause_stop(c0, b, at_quote=True)
        c1 = self._content_end(c0, b) if c1 is None else c1
        c1 = next((x for x in range(c0 + 1, c1) if words[x].upos in ("VERB", "AUX") or
                   words[x].lower in _RELATIVES or words[x].upos == "ADP" and any(
                       _time_word(words[y]) or words[y].lower == "time"
                       for y in range(x + 1, min(c1, x + 4)))), c1)
        while c1 > c0 + 1 and (words[c1 - 1].upos in ("CCONJ", "ADP", "DET", "PART") or
                               words[c1 - 1].is_punct):
            c1 -= 1  # "his comments about Roe [and] ..."
        return c1

    def _relative_topic(self, i: int, a: int, b: int) -> Found | None:
        """ "the things Doe has said about A", "what the mayor says about A", "the comments
        she made on A", "Doe had nothing bad to say about A": the topic after the form of
        "say" or "make" at word ``i`` is the statement of the subject of the relative
        clause (of "have" before "to say"); None in other shapes."""
        words, in_quote = self.words, self.in_quote
        made = words[i].lower not in _SAY_FORMS
        if i + 3 >= b or in_quote[i + 2] >= 0 or \
                words[i + 1].lower not in (_OWNED_STATEMENT_TOPICS if made else ("about",)):
            return None
        if not made and i - 1 > a and words[i - 1].lower == "to":
            # "X had nothing bad to say about A", "X will have more to say about A"
            h = next((x for x in range(i - 2, max(a, i - 8) - 1, -1)
                      if words[x].lower in _HAVE_FORMS), None)
            if h is None or words[h + 1].lower not in _TALK_AMOUNTS or any(
                    in_quote[x] >= 0 or words[x].is_punct or words[x].upos in ("VERB", "AUX")
                    for x in range(h + 1, i - 1)):
                return None
            speaker = self._subject_of_cue(h, a)[0]
            if speaker is None or not speaker[1] <= h:
                return None
        else:
            x = i - 1
            while x > a and i - x <= 3 and (words[x].lower in _GAP_AUXILIARIES or
                                            words[x].lower in _MODAL_AUXILIARIES or
                                            words[x].upos == "ADV"):
                x -= 1  # "has [repeatedly] said", "would say"
            speaker = self._np_back(x, a)
            if speaker is None:
                return None
            heads = _MADE_REMARK_NOUNS if made else _TOPIC_CLAUSE_HEADS
            # the head may end up in the subject's phrase ("[things Mayor Doe] has said")
            y = next((y for y in range(speaker[1] - 2, speaker[0] - 1, -1)
                      if words[y].lower in heads), None)
            speaker = speaker if y is None else (y + 1, speaker[1])
            h = speaker[0] - 1
            if h > a and words[h].lower in ("that", "which"):
                h -= 1
            if h < a or words[h].lower not in heads or in_quote[h] >= 0:
                return None
            if words[h].lower in _MADE_REMARK_NOUNS and self._remark_told_by_other(h, i, a, b):
                return None
        if not self._speaks(speaker) and not words[speaker[0]].is_pronoun:
            return None
        c0 = i + 2
        t = words[c0]
        if t.lower in _WEEKDAYS or t.lower in _TIME_NOUNS or t.upos == "NUM" or \
                t.ner.endswith(("DATE", "TIME")) or not _nounish(t):
            return None
        c1 = self._topic_phrase_end(c0, b)
        return self._found(c0, c1, Attribution(speaker, (i, i + 2), None, 0.6,
                                               "things X said about A"))

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
        sub = self._verb_subject(j, a)
        if sub is None or not a <= sub[0] < sub[1] <= j or words[sub[0]].is_pronoun:
            return None
        head = words[sub[1] - 1]
        # a name heads it: not "Doe's wins solidify her argument that", nor a role ("The
        # mayor repeated his claim": "his" stays the mention)
        return sub if head.upos == "PROPN" and self._names_in(sub) else None

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
        if j >= b or words[j].lower not in _OCCASION_PREPOSITIONS or self.in_quote[j] >= 0:
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
        of the clause ("X took to Twitter to say", "X stood at a rally to say"), a name, a
        pronoun or a quantifier that stands for people ("Others called friends to say")."""
        words = self.words
        obj = self._np_back(t - 1, a)
        core = None if obj is None else self._object_core(obj)
        if obj is not None and core is not None and obj[0] - 1 >= a and \
                words[obj[0] - 1].upos == "VERB" and self.is_named_or_pronoun(core) and \
                self._speaks(core):
            return obj  # (not "invoked Reagan's polling deficit to claim A": a thing's head)
        sub = self.clause_subject(a, t)
        if sub is None and a + 1 < t and self._quantifier_subject((a, a + 1)):
            sub = (a, a + 1)  # "Others took to Twitter to say A", "Some called in to say A"
        return sub if sub is not None and sub[1] <= t else None

    def _object_core(self, obj: tuple[int, int]) -> tuple[int, int]:
        """The object ``obj`` without the phrase of place or time after its noun ("[a news
        conference] on Monday", "[a rally] Tuesday"): a date names no one who speaks."""
        words = self.words
        end = next((x for x in range(obj[0] + 1, obj[1]) if words[x].upos == "ADP"), obj[1])
        while end - 1 > obj[0] and _is_date(words[end - 1]):
            end -= 1
        return (obj[0], end)

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

    def _may_take_over_at(self, x: int) -> bool:
        """False where :meth:`_next_cue_at` answers no for sure: word ``x`` is in a quote, or
        is no punctuation, no word of ``_CUE_BREAK_WORDS`` and not right after a quote.  A
        scan for the next cue asks this first: most words are such, and this costs less."""
        in_quote = self.in_quote
        if in_quote[x] >= 0:
            return False
        w = self.words[x]
        return w.is_punct or w.lower in _CUE_BREAK_WORDS or x > 0 and in_quote[x - 1] >= 0

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
        if self.words[x].lower not in ("he", "she", "i", "we") and \
                self.fragment_goes_on_clause(c0, k):
            # 'Kim said the talks were “a waste of time,” state media reported': the
            # fragment ends Kim's clause; the frame after it relays the whole statement
            # (not '..., she said': the speaker's own frame again, which credits the quote)
            return x
        return k

    def fragment_goes_on_clause(self, c0: int, k: int) -> bool:
        """True when the quote that opens at word ``k`` is a lower-case fragment that
        goes on with the clause from word ``c0`` before it ("the talks were “a waste of
        time,”": no stop, "that" or subordinator before its mark), not a quote of its own."""
        words = self.words
        if k - 1 <= c0 or k + 1 >= len(words) or self.in_quote[k - 1] >= 0:
            return False
        prev, first = words[k - 1], words[k + 1]
        return not prev.is_punct and prev.lower != "that" and \
            prev.lower not in _LEAD_SUBORDINATORS and self.in_quote[k + 1] == self.in_quote[k] \
            and first.text[:1].islower()

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
        if self._document_relay(x, end):
            return True  # "Lee said A, the report found.", "..., court documents show."
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

    def _name_withheld(self, i: int, b: int) -> bool:
        """Whether the request at word ``i`` is "that" a name be kept out of print ("asked
        that her name not be used", "requested that his name be withheld"): a request to
        the writer, no statement."""
        words = self.words
        if i + 4 >= b:
            return False
        if words[i + 1].lower == "to" and words[i + 2].lower == "be" and \
                words[i + 3].lower in _ANONYMITY_VERBS:
            # "asked to be identified only by her first name", "by his initials"; not
            # "asked to be named to the committee" (an office, no limit on the name)
            return any(words[k].lower in _NAME_LIMITS for k in range(i + 4, min(b, i + 9)))
        if words[i + 1].lower != "that":
            return False
        if words[i + 2].lower in _WITHHELD_PRONOUNS:
            # "asked that she not be named", "that he be identified only by his first name";
            # not "asked that she be named to the board" (an office)
            k = i + 4 if words[i + 3].lower == "not" else i + 3
            return k + 1 < b and words[k].lower == "be" and \
                words[k + 1].lower in _WITHHELD_VERBS and \
                (k + 2 >= b or words[k + 2].lower != "to")
        # "asked that her name not be used", "that only her first name be used", "that her
        # last name not be published"
        noun = None
        for k in range(i + 2, min(b, i + 7)):
            lw = words[k].lower
            if lw in _WITHHELD_NOUNS and any(
                    words[x].lower in _OWN_NAME_POSSESSIVES for x in range(i + 2, k)):
                noun = k
                break
            if lw in _WITHHELD_AFFILIATIONS and k + 4 < b and \
                    words[k - 1].lower in _WITHHELD_OWNERS and \
                    words[k + 1].lower == "not" and words[k + 2].lower == "be" and \
                    words[k + 3].lower in _WITHHELD_VERBS and \
                    words[k + 4].lower not in ("to", "as", "after") and \
                    (words[k + 4].lower != "for" or words[k + 3].lower != "named"):
                # "asked that her employer not be identified", "that his hometown not be
                # published": what would name the speaker (not "asked that her son not be
                # named to the board", "that the company not be named": no owner)
                return True
            if lw not in _NAME_MODIFIERS and lw not in _OWN_NAME_POSSESSIVES and \
                    lw not in _WITHHELD_AFFILIATIONS and lw not in ("'s", "’s"):
                return False
        return noun is not None and any(words[k].lower in _WITHHELD_VERBS
                                        for k in range(noun + 1, min(b, noun + 5)))

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

    def _after_quote_frame(self, np: tuple[int, int], a: int) -> bool:
        """True when the subject ``np`` of a cue follows a quote and its comma ('“A,” X
        said'): the cue frames that quote.  Also past a role set off before the name ('“A,”
        the lawyer, Jo Roe, told'), and after a quote that ends in "!" or "?", where the
        sentence splits ('“Go!” X shouted')."""
        words = self.words
        start = self._subject_phrase_start(np, a)
        if self._quote_ends_at(start - 1, a):
            return True
        if start == a:
            # '“Get in there!” X shouted over the radio': the quote closed the sentence before
            return self._quote_closed_sentence_before(a)
        if start - 2 > a and words[start - 1].text == "," and self.in_quote[start - 2] < 0 and \
                words[start].lower not in _RELATIVES:
            # '“A,” the lawyer, Jo Roe, told reporters'; not '“A,” Roe, who has proposed B,
            # said': the relative's own cue
            role = self._np_back(start - 2, a)
            return role is not None and role[0] > a and words[role[0] - 1].is_punct and \
                self._quote_ends_at(role[0] - 1, a, comma=True)
        return False

    def _quote_closed_sentence_before(self, a: int) -> bool:
        """True when a quote ending in "!" or "?" closes the sentence right before word ``a``
        in its line ('“Go!” X shouted'): the sentence at ``a`` may be that quote's frame."""
        words = self.words
        return a >= 2 and self.in_quote[a - 1] >= 0 and words[a - 1].is_punct and \
            words[a - 2].text in ("!", "?") and \
            "\n" not in self.W.text[words[a - 1].end:words[a].start]

    def _inverted_frame(self, c: int, a: int) -> bool:
        """True for a finite cue at ``c`` right after a quote and its comma ('“A,” said
        X'): the words after it name the speaker, whatever the parse hangs there."""
        return not self.words[c].lower.endswith("ing") and \
            self._quote_ends_at(c - 1, a, comma=True)

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

    def _charge_of(self, c0: int, b: int) -> int | None:
        """The "of" that opens the charge when words from ``c0`` are the one charged and an
        "of" phrase of it ("accused the mayor [of] lying about the budget", "accused him
        [of] sexism", "accused Roe [of] fraud": a noun charge the noun phrase reads on with,
        not "accused the Department of Justice": a name), or None."""
        words = self.words
        if c0 < b and words[c0].lower in _OBJECT_PRONOUNS:
            np: tuple[int, int] | None = (c0, c0 + 1)
        else:
            np = self._np_forward(c0, b)
        if np is None:
            return None
        of = next((x for x in range(np[0] + 1, min(np[1] + 1, b - 1))
                   if words[x].lower == "of" and (x == np[1] or not words[x + 1].is_capitalised)),
                  None)
        if of is None or self.in_quote[of + 1] >= 0 or \
                of < np[1] < b and self.in_quote[np[1]] >= 0:
            # not 'accused him of “lying”': the quote is all; nor 'accused them of a “breach
            # of trust” in A': a charge that opens a quote is the mixed quote's to frame
            return None
        return of

    def _says_this(self, i: int, b: int) -> bool:
        """True for a cue at word ``i`` whose object is a "this" that points back to what
        was said before ("X stated this on Thursday while addressing journalists", "X said
        this in an interview"): no statement in its own sentence (not "said this week",
        "said this: ...", "said this is wrong"); or a likeness, not a reminder: "X reminds
        [us of] the guest who won't leave", "reminded me of my father" (but "reminded voters
        of his record" is X's statement)."""
        words = self.words
        if words[i].lemma == "remind" and i + 2 < b and words[i + 1].lower in ("me", "us") \
                and words[i + 2].lower == "of":
            return True
        if i + 1 >= b or words[i + 1].lower != "this" or self.in_quote[i + 1] >= 0:
            return False
        nxt = words[i + 2] if i + 2 < b else None
        return nxt is None or nxt.text in (".", ",") or \
            nxt.upos in ("ADP", "SCONJ") and nxt.lower != "that"

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
            if self.in_quote[k] >= 0:
                # a quoted title that names the occasion ("during a “Harbor Town Forum”")
                end = self._past_title(k, c1)
                return end > k and any(words[y].lower in nouns for y in range(k, end))
            if w.lower in nouns or p == "through" and w.lower in _MEDIUM_NOUNS:
                return True
            if not (w.upos in ("DET", "ADJ", "NUM", "PROPN") or w.lower in _POSSESSIVES or
                    w.lower.endswith("ing") or w.upos == "NOUN" and k + 1 < c1 and
                    words[k + 1].upos == "NOUN"):
                return False
        return False

    def _ends_in_report(self, i: int, b: int) -> bool:
        """True when the sentence of cue ``i`` ends in a report set off by a comma, a comma
        in a quote too ("..., on his show, “Roe Talks,” the Ledger first reported."): a
        frame that may credit a quote in the cue's object, which is then not read through
        (not ", and the council agreed": a clause of its own)."""
        words = self.words
        last = self._content_end(i, b) - 1
        if last <= i + 1 or words[last].upos != "VERB" or \
                words[last].lower not in REPORTING_VERB_FORMS and \
                words[last].lower not in _REPORT_FORMS:
            return False
        comma = next((y for y in range(last - 1, max(i, last - _SOURCE_WORDS - 1), -1)
                      if words[y].text == ","), None)
        return comma is not None and not any(
            words[y].upos in ("VERB", "AUX") or words[y].lower in ("and", "but", "or")
            for y in range(comma, last))

    def _before_occasion(self, c0: int, c1: int) -> int:
        """Where a statement [c0, c1) that is an object with no verb ends before the occasion
        of the saying (:meth:`_occasion_at`), perhaps after its weekday ("explained his
        reasoning [in an appearance on CBS]", "asked about the case [during an interview
        published Monday]", "stressed those worries [on Sunday at a forum]"): the occasion
        is the writer's, not what was said.  Not in a clause ("said the plan in the
        interview was bad": a verb of its own after the phrase); ``c1`` when none."""
        words, in_quote = self.words, self.in_quote
        for x in range(c0 + 1, c1):
            w = words[x]
            if in_quote[x] >= 0 or w.upos in ("VERB", "AUX") or w.text in _CLAUSE_STOPS or \
                    w.lower in _RELATIVES:
                return c1
            k = x + 1 if w.lower == "on" and x + 2 < c1 and words[x + 1].lower in _WEEKDAYS \
                else x
            if self._occasion_at(k + 1 if k > x else x, c1):
                # (the words after it hold no finite verb: only the occasion's participles)
                if any(words[y].upos == "AUX" or words[y].upos == "VERB" and
                       not words[y].lower.endswith(("ed", "ing")) for y in range(x, c1)):
                    return c1
                return x
        return c1

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

    def _quote_after_addressee(self, c0: int, b: int) -> bool:
        """True when a quote opens within three words from ``c0``, before ``b`` ("before
        asking her, “A?”": the quote is what was asked)."""
        return any(self.in_quote[x] >= 0 for x in range(c0, min(b, c0 + 3)))

    def _manner_phrase(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) after a cue open with an adverb or a preposition and
        hold no verb: how or where it was said ("back at him", "loudly at the stage"), not
        a statement; a participle after a determiner is an adjective ("the packed hall").
        A clause of time after the phrase is its setting too ("shouted from the touchline
        as the game ended": the verbs after "as" are no statement's)."""
        words = self.words
        if words[c0].upos not in ("ADV", "ADP") or self._approximate_number(c0, c1):
            return False
        for x in range(c0, c1):
            if x > c0 + 1 and words[x].lower in _LEAD_SUBORDINATORS and \
                    words[c0].upos == "ADP" and self.in_quote[x] < 0 and \
                    not any(is_cue_word(words[y]) or words[y].lower.endswith("tweeted")
                            for y in range(x + 1, c1)):
                # (not "said just because A did not mean B": a clause; nor "responded from
                # the heart as he live-tweeted A", whose clause holds the saying: read on)
                return True
            if words[x].upos in ("VERB", "AUX") and words[x - 1].upos != "DET":
                return False
        return True

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

    def _cited_as_saying(self, c0: int, a: int, b: int) -> bool:
        """True when the object at word ``c0`` of a verb of quoting is the one it quotes
        "as saying", past a role set off after the name ("quoted Jo Lee, an aide, as saying
        A"): the statement is Lee's, the quoting no stance of its own."""
        words = self.words
        x = next((x for x in range(c0 + 1, min(b - 1, c0 + 2 * _NAME_WORDS))
                  if words[x].lower == "as" and words[x + 1].lower == "saying"), None)
        return x is not None and self._quoted_as_saying(x + 1, a) is not None

    def _recalled_thing(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) after "recalled" are an office holder or goods taken
        back, with at most a phrase of time or reason after them ("Voters recalled [the
        mayor in 2019]", "Ford recalled [the trucks after a fire]"), not a memory ("recalled
        the mayor telling him A", "recalled the mayor as a kind man", "recalled the
        governor's words", "recalled the night the mill closed")."""
        words = self.words
        np = self._np_forward(c0, c1)
        if np is None or words[np[1] - 1].lower not in _RECALLED_HEADS or \
                any(_possessive_mark(words[x]) for x in range(*np)):
            return False
        nxt = words[np[1]] if np[1] < c1 else None
        return nxt is None or nxt.is_punct or nxt.lower != "as" and (
            nxt.upos == "ADP" or _time_word(nxt) or nxt.lower in ("last", "this"))

    def _document_relay(self, x: int, b: int) -> tuple[int, int] | None:
        """The document of a frame that the comma at word ``x`` sets off at the end of its
        sentence (before ``b``), a short noun phrase of a report, a filing or records and a
        verb of finding: ", the report found.", ", court documents show.", ", the lawsuit
        alleges.", with a participle's phrase or an "of" after the noun (", emails obtained
        by the Post show.", ", minutes of the meeting show.") (not ", the report, which found
        A": a relative clause), or None."""
        words = self.words
        stop = b - 1 if b - 1 > x and words[b - 1].is_punct else b
        if words[x].text != "," or stop - x < 3:
            return None
        # the verb of finding, with at most a short adjunct after it ("..., the report
        # found on Monday.", "..., court documents showed last week.")
        v = next((v for v in range(x + 2, min(stop, x + _NAME_WORDS + 5))
                  if words[v].lower in _RELAY_FINDING_FORMS), None)
        if v is None or v + 1 < stop and not (
                words[v + 1].upos == "ADP" or _time_word(words[v + 1]) or
                words[v + 1].lower in _WEEKDAYS or words[v + 1].lower in ("last", "this")) or \
                stop - v > _NAME_WORDS or any(
                    words[t].upos in ("VERB", "AUX") or words[t].lower in ("that", "whether")
                    for t in range(v + 1, stop)):
            return None  # (not "..., the report found in May that B": a finding of its own)
        np = self._np_forward(x + 1, v)
        if np is None or any(self.in_quote[t] >= 0 for t in range(x + 1, stop)):
            return None
        # the document's noun, before an "of" the phrase holds ("minutes of the meeting")
        head = next((t - 1 for t in range(np[0] + 1, np[1]) if words[t].lower == "of"),
                    np[1] - 1)
        if words[head].lower not in _RELAY_DOCUMENT_NOUNS:
            return None
        if np[1] < v and words[np[1]].lower in _RECORD_PARTICIPLES and all(
                words[t].upos in ("ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM") or
                words[t].lower in _WEEKDAYS for t in range(np[1] + 1, v)):
            # a participle between the document and its verb ("..., minutes released on
            # Wednesday showed.", "..., emails obtained by the Post show."): the document
            return np
        if np[1] < v and words[np[1]].lower == "of" and v - x <= _NAME_WORDS:
            of = self._np_forward(np[1] + 1, v)  # "..., minutes of the meeting show."
            return (np[0], v) if of is not None and of[1] == v else None
        return np if np[1] == v and v - x <= _NAME_WORDS else None

    def _bare_clause_after(self, c0: int, b: int) -> bool:
        """True when words from ``c0`` (before ``b``) open a clause with no "that": a
        subject of a few words and its verb ("requested [Kim and Moon meet] again"), not an
        object and an infinitive ("requested [anonymity to speak]") nor a verb past a
        comma or a subordinator ("requested anonymity because they were not allowed to
        speak": the reason for the request to the writer)."""
        words = self.words
        for x in range(c0 + 1, min(b, c0 + _NAME_WORDS + 2)):
            if words[x].is_punct or self.in_quote[x] >= 0 or words[x].lower == "to" or \
                    words[x].lower in _LEAD_SUBORDINATORS:
                return False
            if words[x].upos in ("VERB", "AUX"):
                return True
        return False

    def _verb_after_comma(self, i: int, b: int) -> bool:
        """True when a comma outside quotes after word ``i`` is followed by a verb or
        auxiliary before word ``b``: the main verb after a reduced passive set off by commas
        ("X, asked about A, [said] B", "X, asked whether A, [shrugged]")."""
        words, in_quote = self.words, self.in_quote
        return any(words[x].text == "," and in_quote[x] < 0 and
                   words[x + 1].upos in ("VERB", "AUX")
                   for x in range(i + 1, b - 1))

    def _closing_said_after(self, i: int, b: int) -> bool:
        """True when the clause of word ``i`` runs to a comma and a speech frame that closes
        the sentence: a noun phrase, a verb of saying and at most a short adjunct ("...,
        police said.", "..., the fire chief said Tuesday.", "..., officials said in a
        statement.").  Bounded: the comma within 12 words of ``i``, the adjunct 6."""
        words, in_quote = self.words, self.in_quote
        stop = self._content_end(i, b)
        x = next((x for x in range(i + 1, min(stop, i + 12))
                  if words[x].text == "," and in_quote[x] < 0), None)
        if x is None:
            return False
        np = self._np_forward(x + 1, stop)
        if np is None or np[1] >= stop or in_quote[np[1]] >= 0:
            return False
        if words[np[1]].text == "," and np[1] + 1 < stop:
            # a name set off after the role ("..., the company's chief executive, Tom
            # Reed, said."): the frame's verb after the name's closing comma
            name = self._np_forward(np[1] + 1, stop)
            if name is None or name[1] + 1 >= stop or words[name[1]].text != "," or \
                    not self.is_named_or_pronoun(name):
                return False
            np = (np[0], name[1] + 1)
        v = words[np[1]]
        if REPORTING_VERB_FORMS.get(v.lower) not in SPEECH_VERBS:
            return False
        tail = [y for y in range(np[1] + 1, stop) if not words[y].is_punct]
        return len(tail) <= 6 and self._short_adjunct(tail, v)

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

    def _opening_phrase(self, a: int, c1: int, gerund: bool = False) -> bool:
        """True when words [a, c1) before "X said" are only a prepositional phrase ("In a
        1963 speech, he declared", "During the service, the pastor asked ..."): a setting of
        the sentence, not a statement; with ``gerund``, also one whose object is a gerund,
        with no finite verb ("By continuing to browse, you agree": for the words before "X
        said" only, as "X cautioned against drawing lessons" is a statement)."""
        words = self.words
        k = self._skip_opening(a, c1)
        if not (k < c1 and words[k].upos == "ADP" and words[k].lower != "according"):
            return False
        gerund = gerund and k + 1 < c1 and words[k + 1].upos == "VERB" and \
            words[k + 1].lower.endswith("ing")
        return not any(
            words[x].text == "," or self.in_quote[x] >= 0 or
            words[x].upos in ("VERB", "AUX") and not (
                gerund and (words[x].lower.endswith("ing") or words[x - 1].lower == "to"))
            for x in range(k, c1))

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

    def _headline_report(self, a: int, b: int) -> Found | None:
        """"Jane Doe Announces Plans To Run" on a title-case headline line: a parser or the
        model-free tagger reads the capitalised words as one name and finds no cue, so the
        first reporting verb form after a capitalised subject is the cue (a base form after a
        plural too: "Emails Reveal Aide Knew", after a label's colon: "Busted: ...") and the
        rest of the line its statement; None on other lines or when the surface rules read
        it."""
        words, text = self.words, self.W.text
        first, last = words[a].start, words[b - 1].end
        if a + 2 < b and words[a + 1].text == ":" and words[a + 2].text[:1].isupper():
            a += 2  # "Busted: Emails Reveal ...": the label before the colon is no subject
        # (a label before the colon is short: look back a few characters only)
        label = text[max(text.rfind("\n", max(0, first - _LABEL_CHARS), first) + 1,
                         first - _LABEL_CHARS):first].rstrip() if first > 0 else ""
        if label and not (label.endswith(":") and len(label.split()) <= 3 and
                          (first <= _LABEL_CHARS or "\n" in text[first - _LABEL_CHARS:first])) or \
                not words[a + 1].text[:1].isupper() or \
                last < len(text) and text[last] != "\n" or \
                not is_title(text[first:last], max_words=4 * _TITLE_WORDS) or \
                not self._parsed(a) and text[first:last].isupper():
            return None  # (a line in capitals gives the tagger no names to go by)
        c = next((x for x in range(a + 1, min(b, a + 7)) if words[x].lower in REPORTING_VERB_FORMS
                  and (words[x].lower != REPORTING_VERB_FORMS[words[x].lower] or
                       plural_subject_before(words, x))), None)
        if c is None or self.in_quote[c] >= 0 or words[c].lower.endswith("ing"):
            return None
        if c + 1 < b and _PASSIVE_CUE_PREPOSITIONS.get(words[c].lower) == words[c + 1].lower:
            return None  # "Jane Doe Accused Of Fraud": a passive, Doe is the one accused
        s1 = c - 1 if words[c - 1].lower == "just" else c
        # "How Jane Doe Thinks About A": the question word opens the line, not the subject
        s0 = a + 1 if words[a].lower in ("how", "why", "what") else a
        if s1 <= s0 or s1 - s0 > 5 or not all(
                words[x].text[:1].isupper() and words[x].text.isalpha() and
                words[x].lower not in _HEADLINE_SUBJECT_STOPS or
                words[x].lower in ("’s", "'s") for x in range(s0, s1)):
            return None
        c1 = self._content_end(c + 1, b)
        if c1 - c - 1 < 2:
            return None
        return self._found(c + 1, c1, Attribution((s0, s1), (c, c + 1), None, 0.6,
                                                  "X said CLAUSE"))
