"""Where a reported statement starts and ends: the clause after a cue, the objects of
stance and topic verbs, the writer's tails cut off a statement, and the speaker words
those need (the helpers of :mod:`.reported_surface`)."""

from __future__ import annotations

from ..lexicon import (
    CHARACTERISING_FORMS,
    CLAUSE_NOUNS,
    INTENTION_VERB_FORMS,
    INTENTION_VERBS,
    INVERTING_VERBS,
    REPORTING_VERB_FORMS,
    SHARE_QUALIFIERS,
    SPEECH_VERBS,
    STANCE_VERB_FORMS,
    STANCE_VERBS,
    STATEMENT_NOUN_PLURALS,
    STATEMENT_NOUNS,
    THOUGHT_VERBS,
    TITLES,
    TOPIC_VERB_FORMS,
    UNNAMED_SOURCE_NOUNS,
)
from ..tokens import Word
from .direct import _DirectQuotes
from .results import Attribution, Found
from .words import (
    _ADDRESSEE_CUES,
    _ADJUNCT_SUBORDINATORS,
    _AMOUNT_OPENERS,
    _ASIDE_WORDS,
    _ASSAULT_WORDS,
    _BARE_CLAUSE_VERBS,
    _CALL_COUNTS,
    _CHARACTERISED_SELVES,
    _CHARACTERISING_NON_OBJECTS,
    _CLAUSE_OPENERS,
    _CLAUSE_STOPS,
    _COMPLEMENTIZERS,
    _CUE_ADJUNCT_WORDS,
    _CUE_ADJUNCTS,
    _CURRENCY_SIGNS,
    _DASHES,
    _DETERMINERS,
    _DURATIONS,
    _EMERGENCY_CALLS,
    _EMERGENCY_OBJECTS,
    _EVIDENCE_HEDGES,
    _EVIDENCE_SUBJECTS,
    _FINITE_AUXILIARIES,
    _GERUND_CUES,
    _GESTURE_OBJECTS,
    _GROUP_PARTICIPLE_VERBS,
    _GUESSING_MODALS,
    _HOLDER_FOR_WORDS,
    _HOLDER_NOUNS,
    _INTENTION_HEDGES,
    _INTENTION_NON_OBJECTS,
    _INTENTION_PRONOUNS,
    _INTENTION_QUANTIFIERS,
    _JOINING_WORDS,
    _LEAD_SUBORDINATORS,
    _LINKING_VERBS,
    _LISTING_PARTICIPLES,
    _NAME_WORDS,
    _NAMING_FORMS,
    _NO_HOLDER_NOUNS,
    _NO_POSITION_INFINITIVES,
    _NULL_RELATIVE_SUBJECTS,
    _OBJECT_CUES,
    _OBJECT_NOT_SAID,
    _PARTICIPLE_PREPOSITIONS,
    _PARTICIPLE_SUBORDINATORS,
    _PASSIVE_AUX,
    _PERSONAL_SUBJECTS,
    _PHRASE_PREPOSITIONS,
    _PHRASE_WORDS,
    _PLACE_PLURALS,
    _PLACE_PREPOSITIONS,
    _POLL_MODIFIER_WORDS,
    _POLL_NAME_MARKS,
    _POLL_NAME_TAGS,
    _POLL_NAME_WORDS,
    _POLL_TAKEN,
    _POSSESSIVES,
    _PREDICATE_ENDINGS,
    _PROGRAMME_NOUNS,
    _PROMISE_END_SUBORDINATORS,
    _QUANTIFIERS,
    _QUESTION_STARTS,
    _QUESTION_VERBS,
    _QUESTION_WORDS,
    _QUOTE_CHARS,
    _QUOTED_TERM_NOUNS,
    _REFUSING,
    _RELATIVE_CLAUSE_WORDS,
    _RELATIVES,
    _REPLY_CUES,
    _SEEN_AS_COMPARATIVES,
    _SIDE_TAKING_VERBS,
    _SOURCE_WORDS,
    _SPEAKER_NAME_TYPES,
    _STANCE_CHAIN_GOVERNORS,
    _STANCE_FIRSTS,
    _STANCE_MEANS,
    _STANCE_MODALS,
    _STANCE_NON_OBJECTS,
    _STANCE_OBJECT_OPENERS,
    _STANCE_TIME_OPENERS,
    _SUBJECT_OPENERS,
    _SUBJECT_PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _SUMMING_RELATIVES,
    _TAIL_PARTICIPLES,
    _TAIL_STOPS,
    _TALLY_WORDS,
    _TELLING_CUES,
    _THAT_PREPOSITIONS,
    _THING_STARTS,
    _TIME_NOUNS,
    _TO_VERBS,
    _TOPIC_FRAME_WORDS,
    _TOPIC_GAP_WORDS,
    _TOPIC_PARTICIPLE_LINKS,
    _TOPIC_PARTICIPLES,
    _TOPIC_QUESTION_WORDS,
    _VIEW_HOLDERS,
    _VIEWED_MANNERS,
    _WEEKDAYS,
    _WINDOW,
    _WITHHELD_WORDS,
    _WITHHOLDING_FORMS,
    _WOULD_FORMS,
    _WRITERS_LIKENING_AUXILIARIES,
    _adverbial,
    _finite_form,
    _is_date,
    _is_number,
    _nounish,
    _person_plural,
    _person_word,
    _possessive_mark,
    _time_word,
    is_cue_word,
    is_title,
)

#: Nouns of a statement or of a thing stated that a "that" clause may follow ("the claim
#: that A", "his assertion that B").
_SAID_NOUNS = (STATEMENT_NOUNS - STATEMENT_NOUN_PLURALS) | CLAUSE_NOUNS


class _StatementSpans(_DirectQuotes):
    """Where a reported statement starts and ends: the helpers of the surface rules of
    reported speech (:class:`~.reported_surface._SurfaceReported`)."""

    # ----------------------------------------------------------- statement spans
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

    def _before_adverbs(self, c: int, a: int) -> int:
        """The last word before word ``c`` that is no adverb, auxiliary or time word, or
        ``a`` when all of (a, c) are."""
        k = c - 1
        while k > a and _adverbial(self.words[k]):
            k -= 1
        return k

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
            inner = self._subject_after_opening_phrase(a, np)
            return inner if inner is not None and self._can_speak(inner) else None
        return head if self._can_speak(head) else None

    def _subject_after_opening_phrase(self, a: int, np: tuple[int, int]
                                      ) -> tuple[int, int] | None:
        """The subject that an opening prepositional phrase with no comma after it runs
        into, at the end of noun phrase ``np``: "On Monday [Trump] said", "In Ohio [the
        senator] said", "At the time [Jane Doe] said", "In an interview [Smith] said".
        None unless the clause (from word ``a``) opens with a preposition and holds no verb
        or punctuation before ``np``, and ``np`` splits where a new phrase starts: an
        article, a title, or a capitalised word after a weekday or a lower-case noun."""
        words = self.words
        if words[a].upos != "ADP" or words[a].lower in _LEAD_SUBORDINATORS or any(
                words[x].upos in ("VERB", "AUX") or words[x].is_punct or self.in_quote[x] >= 0
                for x in range(a, np[1])):
            return None
        for s in range(max(np[0], a + 2), np[1]):
            w, p = words[s], words[s - 1]
            if w.lower in _DETERMINERS and p.upos in ("NOUN", "PROPN") or \
                    w.is_capitalised and (w.lower in TITLES or p.lower in _WEEKDAYS or
                                          p.upos == "NOUN" and not p.is_capitalised):
                return s, np[1]
        return None

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
        if i - 1 > lead and words[i - 1].lower in _TOPIC_PARTICIPLE_LINKS:
            comma = i - 1  # ("when", "while": adverbs to a tagger)
        if by := comma > lead and words[comma].lower in _TOPIC_PARTICIPLE_LINKS and \
                not speech_only:
            pass  # "X defended the plan by citing B", "X stumbled while talking about B": the
            # clause ends at "by" or "while"
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
            # ("When X opened by talking about B, ...": the subordinate clause's subject)
            speaker = self._shared_subject(
                lead + 1 if by and words[lead].lower in _LEAD_SUBORDINATORS else lead, comma)
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

    def _clause_start(self, c0: int, b: int, cue: Word) -> int | None:
        """Where the reported clause begins after a cue at ``c0 - 1``, or None: what
        :meth:`_read_clause_start` reads, once for each question (a third of the questions
        the rules ask are asked again)."""
        key = (c0, b, cue.i)
        known = self._clause_starts
        if key in known:
            return known[key]
        got = known[key] = self._read_clause_start(c0, b, cue)
        return got

    def _told_ones(self, c0: int, j: int) -> bool:
        """True when words [c0, j) after a cue of telling are a short noun phrase of the
        ones told and word ``j`` is the "that" of the clause told them ("warned colleagues
        that A", "assured his donors that A"), not a relative ("warned voters that
        backed him": the verb after "that" is read by the caller's other checks).  One
        body told is as plain ("assured the bench that A", "reminded the house that A",
        "warned the government that A"), but not a word for what is said ("reminded the
        message that")."""
        words = self.words
        if not 0 < j - c0 <= 3 or j + 1 >= len(words) or \
                words[j + 1].upos not in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"):
            return False
        last = words[j - 1]
        return last.upos in ("NOUN", "PROPN") and (
            last.lower.endswith("s") or last.lower not in _SAID_NOUNS) \
            and all(words[x].upos in ("DET", "ADJ", "NOUN", "PROPN") or
                    words[x].lower in ("his", "her", "their", "its", "our", "fellow")
                    for x in range(c0, j)) and self.in_quote[j] < 0

    def _read_clause_start(self, c0: int, b: int, cue: Word) -> int | None:
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
        title_end = -1  # the word after a quoted title passed on the way ("“This Week”")
        while j < b and j - c0 < _CUE_ADJUNCT_WORDS and (
                words[j].lower not in _COMPLEMENTIZERS or self._time_that(j, b) or
                j > c0 and self._preposition_that(j, b)) and \
                (words[j].upos not in ("VERB", "AUX") or self._adjunct_participle(j, c0) or
                 j > c0 and _nounish(words[j - 1]) and self._reduced_relative(j)) and \
                words[j].text not in (".", ";", ":") and not self._clause_joint(j, b):
            if self.in_quote[j] >= 0:
                past = self._past_title(j, b)
                if past == j:
                    break
                j = title_end = past
            else:
                past = self._past_set_off(j, b, commas=True)
                set_off = set_off or past > j
                j = max(j + 1, past)
        if j > c0 and j + 1 < b and words[j].lower == "that":
            j = self._past_adjunct_relative(c0, j, b)
            if cue.lemma in _TELLING_CUES and j + 1 < b and words[j + 1].upos == "VERB" and \
                    words[j + 1].lower.endswith("ed") and self.in_quote[j + 1] < 0 and \
                    _nounish(words[j - 1]):
                # "told a crowd at the diner [that spilled out onto the street]": a "that"
                # right before a past verb, after the noun of the one told (or of its
                # place), opens a relative clause on it, not what was told (that is
                # elsewhere: a quote before)
                return None
        # (not after a noun or a sum: "reported a profit well above the $1.11 [that]
        # analysts expected" opens a relative)
        sum_before = j - 1 >= c0 and words[j - 1].upos == "NUM" and (
            words[j - 1].text[:1] in _CURRENCY_SIGNS or
            j - 2 >= c0 and words[j - 2].text in _CURRENCY_SIGNS)
        if j + 1 < b and words[j].lower == "that" and not self._pronoun_that(j) and \
                not sum_before and not self._demonstrative_that(j, b) \
                and (j == c0 or words[j - 1].upos != "NOUN" or words[j - 1].lower in _CUE_ADJUNCTS
                     or j - 2 >= c0 and self._time_that(j - 2, b)
                     or words[j - 1].lower in _DURATIONS or
                     # "told NBC's “Harlow” program that A": the noun a quoted
                     # programme's title names, before a clause (not "... program
                     # that airs on Sundays": a relative)
                     title_end == j - 1 and words[j - 1].lower in _PROGRAMME_NOUNS and
                     words[j + 1].upos not in ("VERB", "AUX") or
                     self._phrase_before_clause(c0, j, b) or
                     cue.lemma in _TELLING_CUES and self._told_ones(c0, j)) and \
                not (set_off and (j + 1 >= b or words[j + 1].upos not in _SUBJECT_OPENERS and
                                  words[j + 1].text not in _DASHES)) and \
                not self._determiner_that(j, b) and not self._noun_clause_past_time(c0, j):
            # past a set-off modifier, "that" must open a clause, or an aside in dashes
            # ("says, however, that – in her view – A"; not "..., but which is red -- that
            # takes us to 314": a relative); the comma of "said that, while B, A" is no
            # word of the statement
            return j + 2 if words[j + 1].text == "," and j + 2 < b and \
                words[j + 2].lower in _LEAD_SUBORDINATORS else j + 1
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
            if lw in ("last", "this") or lw == "that" and self._time_that(j, b):
                if not (j + 1 < b and _time_word(words[j + 1])):
                    break  # "said this is ...": a subject, not "said this week"
                j += 2  # "said last summer (that) ..."
                if j < b and words[j].lower == "that":
                    return j + 1
                prev_prep = open_pp = False
                continue
            if lw in ("on", "in", "at", "during", "last", "this", "earlier", "later") or \
                    words[j].ner == "DATE" or self._time_preposition_at(j, b):
                prev_prep = True
                open_pp = lw in ("on", "in", "at", "during", "after", "before") and \
                    words[j].ner != "DATE"
            elif (lw in _DETERMINERS or lw == "that") and prev_prep:  # "at that point"
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
        if j == c0 and w.lower in ("and", "or") and j + 1 < b and words[j + 1].upos == "VERB" and \
                not words[j + 1].lower.endswith("ing") and not is_cue_word(words[j + 1]):
            # "the protester yelled and held up a banner": a second verb, no clause (not
            # "tweeting and emailing a video", "wrote and said that": two cues, one object)
            return None
        if j == c0 and self._subject_clause_at(j, b):
            # "declined to comment and aides later said A": a second clause with a subject
            # of its own, no complement of the cue (not "telling voters and followers that
            # A": one object of two nouns)
            return None
        if w.upos == "ADV" and w.lower.endswith("ly") and (j + 1 >= b or words[j + 1].is_punct):
            return None  # "asked rhetorically, shaking his head": how it was said, not what
        if w.is_punct or w.lower in ("to", "in", "on", "so", "of", "about", "for", "with", "at",
                                     "by", "nothing", "something", "anything", "what", "how",
                                     "goodbye", "hello", "yes", "thanks") or \
                w.lower in _ADJUNCT_SUBORDINATORS:
            return None  # "said when she was asked": the statement is elsewhere
        # the noun after "no", past its modifiers ("said no [immediate] decision was made")
        head = j + 1
        while head + 2 < b and head - j <= _NAME_WORDS and \
                words[head].upos in ("ADJ", "NOUN") and words[head + 1].upos in ("ADJ", "NOUN"):
            head += 1
        if w.lower == "no" and not (head + 1 < b and words[head].upos in ("NOUN", "PRON", "NUM")
                                    and words[head + 1].upos in ("VERB", "AUX")) and not (
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

    def _adjunct_participle(self, j: int, c0: int) -> bool:
        """True for a participle at word ``j`` that a subordinator after the cue at ``c0 - 1``
        opens ("said [before attending the rally] that ..."): an adjunct, not the clause."""
        words = self.words
        return j > c0 and words[j].lower.endswith("ing") and \
            words[j - 1].lower in _PARTICIPLE_SUBORDINATORS

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

    def _graded_object(self, c0: int) -> bool:
        """True when an adverb in -ly at word ``c0`` grades the adjective of a noun after it,
        outside quotes ("reported [sharply lower] profits", "disappointingly flat growth"),
        not an adverb of the saying ("said [publicly] the plan ...")."""
        words = self.words
        if c0 + 2 >= len(words) or any(self.in_quote[x] >= 0 for x in range(c0, c0 + 3)):
            return False
        w, mod, head = words[c0], words[c0 + 1], words[c0 + 2]
        return w.upos == "ADV" and w.lower.endswith("ly") and \
            mod.upos in ("ADJ", "NOUN") and not mod.is_capitalised and \
            head.upos == "NOUN" and not head.is_capitalised

    def _bare_noun_object(self, c0: int, i: int) -> bool:
        """True when a noun without a determiner at word ``c0`` opens the object of the cue
        at word ``i`` ("claimed victory", "reported earnings of $8 a share"), not after a
        cue that is itself an adjective ("among pledged delegates", "the pledged votes") nor
        a handle ("tweets @jdoe"); what is written is a thing ("wrote messages in the sky")."""
        words = self.words
        before = words[i - 1] if i > 0 else None
        if self._graded_object(c0):
            c0 += 2  # "reported [disappointingly weak sales]": the noun after its modifier
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

    def _preposition_that(self, j: int, b: int) -> bool:
        """True for a "that" at word ``j`` after a preposition, the determiner of a noun
        that the clause's verb follows ("said outages [of that length] were rare"), no
        complementizer."""
        words = self.words
        return words[j].lower == "that" and words[j - 1].lower in _THAT_PREPOSITIONS and any(
            words[k].upos == "NOUN" and words[k + 1].upos in ("VERB", "AUX")
            for k in range(j + 1, min(b - 1, j + 4)))

    def _time_that(self, j: int, b: int) -> bool:
        """True for a "that" at word ``j`` that points to a time after the cue ("said later
        [that day] that A", "said that evening the plan"): an adjunct, no complementizer;
        not the subject of the clause ("said that week was hard")."""
        words = self.words
        return words[j].lower == "that" and j + 2 < b and _time_word(words[j + 1]) and \
            not words[j + 1].is_capitalised and words[j + 2].upos not in ("VERB", "AUX")

    def _demonstrative_that(self, j: int, b: int) -> bool:
        """True for a "that" at word ``j`` that is the subject of a verb right after it
        ("said that was false", "said that would be a mistake", "said that week was
        hard"), no complementizer; not an inverted condition ("said that were it not for
        A", "that had he known"), nor one set off ("As X pointed out, that's A": the
        frame's clause, whatever "that" is)."""
        words = self.words
        if j + 3 < b and _time_word(words[j + 1]) and not words[j + 1].is_capitalised and \
                words[j + 2].upos in ("VERB", "AUX"):
            return True  # "said that week was hard": "that week" is the subject
        return j + 2 < b and words[j + 1].upos == "AUX" and words[j - 1].text != "," and \
            words[j + 1].lower not in ("had", "were", "should")

    def _clause_joint(self, j: int, b: int) -> bool:
        """True for a comma and a coordinator at word ``j`` ("..., and"): a new clause."""
        words = self.words
        return words[j].text == "," and j + 1 < b and words[j + 1].lower in ("and", "but", "or")

    def _stance_object_at(self, i: int, b: int) -> int | None:
        """The first word of the object of a stance verb at word ``i`` (lexicon
        ``STANCE_VERBS``), after its particle ("criticized [the plan]", "endorsed [her]",
        "called for [a ban]"), or None: not a verb the tagger read as a noun or adjective
        ("his support", "the criticized plan"), a particle of another sense ("backed
        down"), a clause ("questioned whether": a topic verb's), a subject pronoun or a
        reflexive ("defended himself"), a time ("backed Tuesday", "found last week") nor a
        quote; a gerund may open it ("opposed [raising] taxes"), and a side not yet taken
        has none (``_stance_hedged``: "would endorse Doe", "a fund supporting Doe")."""
        words = self.words
        w = words[i]
        if w.lower not in STANCE_VERB_FORMS:
            return self._intention_object_at(i, b)
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
        if o.lower in _CHARACTERISED_SELVES and c0 + 2 < b and words[c0 + 1].lower == "as" and \
                STANCE_VERB_FORMS[w.lower] == "describe":
            return c0  # "Most voters described [themselves as moderates]": a view of oneself
        if o.lower in _EVIDENCE_HEDGES and c0 + 1 < b and \
                STANCE_VERB_FORMS[w.lower] in ("show", "find") and \
                words[c0 + 1].upos in ("DET", "NUM", "ADJ", "PROPN", "NOUN"):
            o = words[c0 + 1]  # "The survey shows [only a small gap]": the hedge is the object's
        if o.lower in _QUESTION_WORDS and STANCE_VERB_FORMS[w.lower] in ("show", "find") and \
                c0 + 2 < b and self._evidence_subject_before(i):
            return c0  # "Polling shows [why A]", "A review shows [how A]": what it bears out
        if o.upos not in _STANCE_OBJECT_OPENERS and o.lower not in _POSSESSIVES and \
                not (particle == "" and self._stance_gerund_at(c0, b)) or \
                o.lower in _STANCE_NON_OBJECTS or _time_word(o) or _is_date(o):
            return None
        if o.lower in ("last", "this", "next", "earlier") and any(
                self._time_phrase_ending(k, c0) == k - c0 + 1 for k in (c0 + 1, c0 + 2) if k < b):
            return None  # "the report found last week", "backed this past month": a time
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

    def _characterisation_at(self, i: int, b: int) -> tuple[int, str, int] | None:
        """(first word of the statement, its reason's key, the least end of the statement:
        past the first word of what the object is called or seen as) of a verb of characterising at
        word ``i`` (lexicon ``CHARACTERISING_FORMS``), or None: only in the shape that makes
        it one.  "call" with an object and what it is called ("X called [the deal a
        disaster]"; not "called a meeting", "called 911", "called him Tuesday", "called
        the race for Doe"; a quote of what it is called is the quote's: "called it “a
        sham”") or "called on" someone to act ("X called
        on [Congress to act]"); "see" or "view" with an object and its "as" ("X sees [the
        ruling as a win]", "voters who view [Doe as honest]", "view [Doe favorably]"; not
        "saw the fire", "see you"); "express" with its object ("expressed [concern about
        A]").  The statement is read as a stance verb's object (``_stance_object_ends_at``);
        the subject must be one that speaks (see ``_characteriser``)."""
        words, in_quote = self.words, self.in_quote
        w = words[i]
        lemma = CHARACTERISING_FORMS[w.lower]
        c0 = i + 1
        if w.upos != "VERB" or c0 + 1 >= b or in_quote[i] >= 0 or in_quote[c0] >= 0:
            return None
        if lemma == "call" and words[c0].lower == "on":
            # "called on [X to Y]": the one called on, then the act, within a few words
            o = words[c0 + 1]
            if o.upos not in _STANCE_OBJECT_OPENERS and o.lower not in _POSSESSIVES or \
                    o.lower in _STANCE_NON_OBJECTS or _time_word(o):
                return None
            to = next((x for x in range(c0 + 2, min(b, c0 + 2 + _NAME_WORDS))
                       if words[x].lower == "to" or words[x].is_punct), None)
            return (c0 + 1, "call on", to + 2) if to is not None and \
                self._infinitive_at(to, b) else None
        o = words[c0]
        if o.upos not in _STANCE_OBJECT_OPENERS and o.lower not in _POSSESSIVES and \
                o.lower not in _CHARACTERISED_SELVES or o.lower in _CHARACTERISING_NON_OBJECTS \
                or _time_word(o) or _is_date(o) or _is_number(o):
            return None
        if lemma == "express":
            return (c0, lemma, c0 + 1) if o.upos != "PRON" or o.lower in _POSSESSIVES \
                else None
        if lemma == "call":
            # a pronoun is the object, a possessive opens it ("called [his plan] a sham"),
            # "her" either ("called her a liar", "called [her plan] a sham")
            own = o.lower in _POSSESSIVES and not (
                o.lower == "her" and words[c0 + 1].lower in ("a", "an", "the"))
            np = (c0, c0 + 1) if (o.upos == "PRON" or o.lower in _CHARACTERISED_SELVES) and \
                not own else self._np_forward(c0, b)
            if np is not None and o.upos == "PROPN":
                # "called Hale a liar", "Calls Roe A Disgrace": the name ends before the
                # article of what it is called (the phrase ran on over it)
                art = next((x for x in range(c0 + 1, np[1]) if words[x].lower in ("a", "an")
                            and words[x - 1].upos == "PROPN"), None)
                if art is not None and art + 1 < b and words[art + 1].lower in _CALL_COUNTS:
                    return None  # "called Hale a dozen times", "a second time": by phone
                np = np if art is None else (c0, art)
            if np is not None and np[1] + 1 < b and words[np[1]].lower in ("of", "with", "in") \
                    and in_quote[np[1]] < 0:
                # "called Doe's feud [with the press] unusual": over one phrase after it
                pp = self._np_forward(np[1] + 1, b)
                np = (np[0], pp[1]) if pp is not None else np
            if np is not None and np[1] - np[0] >= 2 and np[1] <= b and \
                    self._predicate_adjective(np[1] - 1, b) and \
                    words[np[1] - 2].upos in ("NOUN", "PROPN", "PRON"):
                np = (np[0], np[1] - 1)  # "called the actions [lawful]": no noun's modifier
            if np is None or np[1] >= b:
                return None
            p = words[np[1]]
            if p.upos == "VERB" and self._predicate_adjective(np[1], b) and \
                    p.lower not in REPORTING_VERB_FORMS:
                # "calls Roe [unqualified];": a participle that ends the clause says what the
                # object is called (a model-free tagger reads it as a verb)
                return c0, lemma, np[1] + 1
            if p.upos == "ADV" and np[1] + 1 < b and (
                    words[np[1] + 1].upos == "ADJ" or words[np[1] + 1].lower.endswith("ed")):
                p = words[np[1] + 1]  # "called the plan deeply flawed"
            if p.lower in ("a", "an", "the") or p.upos == "ADJ" or p is not words[np[1]] or \
                    p.upos == "NOUN" and not p.is_capitalised and p.lower not in ("quits",):
                # (not "called a vote the next day": a time, no name for the vote)
                pred = self._np_forward(np[1], b)
                return None if pred is not None and any(
                    _time_word(words[x]) for x in range(*pred)) else \
                    (c0, lemma, np[1] + (2 if p.upos == "DET" else 1))
            return None
        # "see"/"view": an "as" after the object, within a few words, with no break before
        for x in range(c0 + 1, min(b, c0 + 2 * _NAME_WORDS)):
            wx = words[x]
            if in_quote[x] >= 0 and not wx.is_punct:
                continue
            if wx.lower == "as":
                nxt = words[x + 1] if x + 1 < b else None
                if nxt is None or nxt.lower in _SUBJECT_PRONOUNS or \
                        nxt.lower in _SEEN_AS_COMPARATIVES or \
                        words[x - 1].lower in _SEEN_AS_COMPARATIVES:
                    return None
                # (not "saw the water rise as the storm hit": a clause of time)
                np = self._np_forward(x + 1, b)
                clause = np is not None and np[1] < b and words[np[1]].upos in ("VERB", "AUX") \
                    and not words[np[1]].lower.endswith(("ing", "ed"))  # ("a plan designed")
                return None if clause else (c0, lemma, x + 2)
            if lemma == "view" and wx.lower in _VIEWED_MANNERS:
                return c0, lemma, x + 1  # "view Doe favorably"
            if wx.is_punct or wx.upos in ("VERB", "AUX") or wx.lower in _LEAD_SUBORDINATORS \
                    or wx.lower in ("to", "that"):
                return None
        return None

    def _predicate_adjective(self, x: int, b: int) -> bool:
        """True when word ``x`` is spelled as an adjective or a participle ("lawful",
        "unworkable", "unqualified") and ends its clause (a stop, "and" or "but" after it, or
        the sentence's end ``b``): what a verb of characterising calls its object."""
        words = self.words
        w = words[x]
        if w.is_capitalised or self.in_quote[x] >= 0 or \
                not w.lower.endswith(_PREDICATE_ENDINGS) or len(w.lower) < 5:
            return False
        return x + 1 >= b or words[x + 1].is_punct and self.in_quote[x + 1] < 0 or \
            words[x + 1].lower in ("and", "but")

    def _characteriser(self, np: tuple[int, int] | None, lemma: str) -> bool:
        """True when ``np``, the subject of a verb of characterising whose lemma is
        ``lemma``, can hold a view: one that can speak (``_can_speak``); of "see" and "view"
        only a person, a group or a body by name, role or pronoun, or a plural ("Doe",
        "Republicans", "voters", "who", "many", "the union", "42 percent", "developers"),
        not a thing ("the storm saw the town as ...", "it")."""
        if np is None or not self._can_speak(np):
            return False
        if lemma not in ("see", "view"):
            return True  # ("A petition calling on Congress to act", "the report called")
        head = self.words[np[1] - 1]
        # one who sees as a view: no thing, but many of them ("developers see A as B")
        return self.is_named_or_pronoun(np) or head.lower in _VIEW_HOLDERS or \
            head.upos == "NUM" and head.lower not in _TIME_NOUNS or \
            head.upos == "NOUN" and head.lower.endswith("s") and not head.lower.endswith("ss")
    def _intention_object_at(self, i: int, b: int) -> int | None:
        """The first word of what the verb of intention at word ``i`` (lexicon
        ``INTENTION_VERBS``) says its subject wants, plans, hopes or prefers: its infinitive,
        "to" with it ("plans [to cut] jobs", "hopes [to win] Ohio", "would like [to see]
        A"), or for "want", "prefer" and "would like" an object noun phrase ("wants
        [more money] for schools", "prefers [Doe]"); or None: no verb (a noun, "the
        plans to A", an adjective, "a planned cut"), a quote, a subject pronoun (a clause,
        "hopes he wins": a reporting verb's), a time, or a question or a condition around
        it (``_intention_hedged``)."""
        words = self.words
        w = words[i]
        lemma = INTENTION_VERB_FORMS.get(w.lower)
        if lemma is None or self.in_quote[i] >= 0 or i + 1 >= b:
            return None
        if lemma == "like":
            if i == 0 or words[i - 1].lower not in _WOULD_FORMS:
                return None  # ("like" alone is a preposition or a liking, no position)
        elif w.upos != "VERB" and not self._intention_verb_read_as_noun(i, b):
            return None
        c0 = i + 1
        if self._infinitive_at(c0, b):
            k = c0 + 1
            if words[k].upos == "ADV" and k + 1 < b:
                k += 1
            if lemma in _REFUSING:
                # "declined to comment", "refused to answer questions": PolNeAR marks the
                # refusal as the subject's statement; "declined to say when A" is read by
                # the withholding rule, "declined to comment on A" by the reply's object
                if words[k].lower in ("say", "tell") or \
                        words[k].lemma in _REPLY_CUES and self._reply_object(k, b) is not None:
                    return None
            elif words[k].lower in _NO_POSITION_INFINITIVES:
                return None  # "wants to know whether A": a question; "hopes to hear"
            if words[k].lower in STANCE_VERB_FORMS:
                return None  # "plans to endorse Doe": the stance verb's rules read it
            found: int | None = c0
        elif "np" in INTENTION_VERBS[lemma]:
            o = words[c0]
            # ("wants [more] funding": a tagger may read "more" as an adverb)
            if o.upos not in _STANCE_OBJECT_OPENERS and o.lower not in _POSSESSIVES and \
                    o.lower not in _AMOUNT_OPENERS or o.lower in _STANCE_NON_OBJECTS or \
                    o.lower in _INTENTION_NON_OBJECTS or _time_word(o) or _is_date(o) or \
                    self.in_quote[c0] >= 0:
                return None
            found = c0
        else:
            return None
        return None if self._intention_hedged(i) else found

    def _intention_verb_read_as_noun(self, i: int, b: int) -> bool:
        """True for a verb of intention at word ``i`` that a tagger read as a noun, before an
        infinitive, as the first verb of its sentence after its subject ("The company
        [plans] to cut jobs", "Ms. Doe [hopes] to win"; not "Roe's plans to expand A", "the
        plans to A", nor after a verb: "He unveiled tax plans to A")."""
        words = self.words
        if words[i].upos != "NOUN" or i == 0 or not self._infinitive_at(i + 1, b):
            return False
        if self._parsed(i):
            # the parse's clause head with a subject ("David Jolly [hopes] to A", whose name
            # a tagger may read as an adjective)
            return any(x.deprel.startswith("nsubj") for x in self.W.children(words[i]))
        p = words[i - 1]
        if p.upos not in ("NOUN", "PROPN", "PRON") or _possessive_mark(p) or \
                p.lower in _POSSESSIVES:
            return False
        a = self._sentence_range(i)[0]
        return not any(words[x].upos in ("VERB", "AUX") for x in range(a, i))

    def _intention_hedged(self, i: int) -> bool:
        """True when the verb of intention at word ``i`` states no one's position: in a
        question ("Do you want A?", "Who wants A?": the sentence ends in "?"), a condition
        or an alternative ("if you want A", "unless they plan to", "whether she wants A"),
        a relative of "what" or "how" ("what voters want", "how they plan to pay": the
        sentence's topic, not a position), a setting or a reason ("as she planned to
        leave", "because they wanted to help"), a denial ("did not want to A", "never
        intended to": mostly a motive told), or after a modal of a guess ("may want to
        rethink", "might plan to run"; not "would like")."""
        words = self.words
        a, b = self._sentence_range(i)
        if words[b - 1].text == "?" or b - 2 >= a and words[b - 2].text == "?":
            return True
        if self._negated(i, a) or i > a and words[i - 1].lower == "never":
            return True  # "doesn't want to be involved": mostly a motive, not a position
        k = i - 1
        while k > a and words[k].upos == "ADV":
            k -= 1
        if k >= a and words[k].lower in _GUESSING_MODALS:
            return True
        for x in range(i - 1, max(a, i - _SOURCE_WORDS) - 1, -1):
            lw = words[x].lower
            if lw in _INTENTION_HEDGES:
                return True
            if words[x].text in (",", ";", ":") or self.in_quote[x] >= 0:
                break
        return False

    def _intention_holder(self, np: tuple[int, int] | None) -> bool:
        """True when the subject ``np`` of a verb of intention can hold a position: a
        person's or a group's pronoun ("she", "they", "who"; not "it", "you"), a name (not
        of a text: "the Senate bill"), a noun of people or of a body ("aides", "the
        company", "Neither side", "Some senators"), or a quantifier of people alone ("Both
        want A")."""
        if np is None:
            return False
        words = self.words
        head = words[np[1] - 1]
        if head.lower == "whom" and np[1] - np[0] == 3:
            return True  # "three leaders, all of whom want A" (``_quantified_whom``)
        if np[1] - np[0] == 1 and (head.is_pronoun or head.lower in _INTENTION_PRONOUNS or
                                   head.lower in _INTENTION_QUANTIFIERS):
            return head.lower in _INTENTION_PRONOUNS or head.lower in _INTENTION_QUANTIFIERS
        if words[np[0]].lower in _THING_STARTS and not (
                words[np[0]].lower == "its" and _person_word(head)) or \
                head.lower in _NO_HOLDER_NOUNS:
            return False  # (but "its members refused to A": a body's people)
        if head.upos == "PROPN" or head.ner.endswith(_SPEAKER_NAME_TYPES + ("GPE",)):
            return True
        if self._holder_noun(head):
            return True
        # "Spokesmen [for] the port declined to A", "An aide [at] the agency": the noun
        # before the preposition holds the position, not the body it speaks for
        at = next((x for x in range(np[0] + 1, np[1] - 1)
                   if words[x].lower in _HOLDER_FOR_WORDS), None)
        return at is not None and self._holder_noun(words[at - 1])

    @staticmethod
    def _holder_noun(head: Word) -> bool:
        """True for a noun of people or of a body that can hold a position ("aides", "the
        company", a title)."""
        return head.upos in ("NOUN", "PROPN", "PRON") and (
            _person_word(head) or head.lower in UNNAMED_SOURCE_NOUNS or
            head.lower in _HOLDER_NOUNS or _person_plural(head))

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
            not _possessive_mark(p) and self._group_participle(i) is None

    def _group_participle(self, i: int) -> tuple[int, int] | None:
        """The group or people a participle of taking a side at word ``i`` (lexicon
        ``STANCE_VERB_GROUPS``' endorsements) names by whom they are for, right after their
        noun over adverbs ("a super PAC [backing] Doe", "voters [supporting] Roe", "groups
        now [opposing] the plan"): the news credits them with the position, as "who back"
        would; or None: a thing's or a text's ("ads backing Doe", "a resolution supporting
        A": ``_intention_holder``), not after a noun, an adjective's form ("a [supporting]
        role"), or not one of "supporting", "backing", "opposing", "endorsing" ("others
        defending the law": a lawsuit's side, not a position told)."""
        words = self.words
        w = words[i]
        if not w.lower.endswith("ing") or \
                STANCE_VERB_FORMS.get(w.lower, "") not in _GROUP_PARTICIPLE_VERBS:
            return None
        if i + 2 < len(words) and words[i + 1].upos == "NOUN" and \
                words[i + 2].upos not in ("NOUN", "PROPN") and \
                words[i + 1].lower not in _POSSESSIVES:
            return None  # "a supporting role", "the backing vocals": an adjective
        a = self._sentence_range(i)[0]
        k = i - 1
        while k > a and words[k].upos == "ADV" and words[k].lower not in ("not", "n't", "n’t"):
            k -= 1
        p = words[k]
        if k < a or p.upos not in ("NOUN", "PROPN") or _possessive_mark(p) or \
                self.in_quote[k] >= 0:
            return None
        np = self._np_back(k, a)
        return np if np is not None and np[1] == k + 1 and self._intention_holder(np) else None

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
        if p.upos == "ADP" and p.lower in _PARTICIPLE_PREPOSITIONS and \
                p.lower not in ("to", "by") and \
                (n.upos == "NOUN" or n.lower.endswith("ing") and n.upos != "AUX"):
            # after a preposition, before its noun: "her lead in pledged delegates", "a
            # manhunt for alleged plotters", "declined to comment on continued fighting"
            # (a tagger may read the noun as a verb); not "was told by ...", "agreed to ..."
            return True
        return k == i - 1 and (p.upos == "NUM" or p.lower in _QUANTIFIERS) and \
            n.upos == "NOUN" and n.lower.endswith("s")

    def _statement_in_object(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1), a stance verb's object, hold a statement of their own: a
        cue verb ("an electorate in which most voters say A") or a noun of saying with its
        "that" ("Doe's promise that A").  A verb of belief before a preposition holds no
        clause ("groups suspected of ties to A")."""
        words = self.words
        # (not an infinitive: "praised Doe for her decision to speak out")
        return any(is_cue_word(words[x]) and words[x].upos == "VERB" and
                   words[x - 1].lower != "to" and not (
                       words[x].lemma in THOUGHT_VERBS and x + 1 < c1 and
                       words[x + 1].upos == "ADP") and
                   not (x > c0 and self._participle_modifier(x)) or
                   words[x].lower in STATEMENT_NOUNS and x + 1 < c1 and
                   words[x + 1].lower == "that" and self._owned_noun(x, c0)
                   for x in range(c0, c1))

    def _owned_noun(self, x: int, c0: int) -> bool:
        """True when the noun at word ``x`` (from ``c0``) has an owner before it, past up
        to two adjectives ("Doe's claim", "her repeated claims"): a statement of the
        owner's.  "X rejected [claims that A]", "X dismissed [the claim that A]" name
        no one else's: PolNeAR marks the rejection as X's statement."""
        words = self.words
        k = x - 1
        while k > c0 and words[k].upos == "ADJ" and x - k <= 2:
            k -= 1
        return k >= c0 and (words[k].lower in _POSSESSIVES or _possessive_mark(words[k]))

    def _stance_object_ends_at(self, x: int, c1: int) -> bool:
        """True when word ``x`` before ``c1``, inside a stance verb's object, ends it: an
        adjunct clause ("backed the bill [when] it came up"; not "as" nor "because of",
        which belong to the statement: "praised Doe as a leader", "called for a ban
        because of fears"), a time ("endorsed Doe [in March]", "[last week]"), a margin
        ("backed her [by] 40 points"), an occasion after "amid" ("defended Doe [amid] the
        probe") or a second verb ("backing Doe [and attacking] Roe")."""
        words = self.words
        if self.in_quote[x] >= 0:
            return False
        lw = words[x].lower
        if lw == "amid":
            return True  # "defended Doe [amid] the probe": the occasion, no part of it
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
            not (k + 1 < c1 and _possessive_mark(words[k + 1])) and \
            not (k + 1 < c1 and words[k].lower in _QUOTED_TERM_NOUNS and
                 self.in_quote[k + 1] >= 0)  # "this year's budget", "the term “thug”"

    def _quote_goes_on_object(self, c0: int, x: int) -> bool:
        """True when word ``x`` lies in a quote that carries on, mid-phrase, the object or
        topic that opens at word ``c0``: the word before the quote ends no phrase (a
        determiner, preposition, "as", a possessive, an adjective or adverb, an auxiliary, or a verb
        that is no cue), so the statement runs through the quote and is mixed ("decried
        the issue of “systemic racism”", "described them as “all very good”", "blamed the
        law on “reckless officials”", "boasted a plan to spend “whatever it takes”"), not
        a fragment that stops at "of" or "as".  Not a quote that opens the object, nor one
        after a noun or a stop ("criticized the plan “a disaster”" is left to the quote's
        own rules), nor a quoted title, nor a quote that a cue inside the object frames
        ("backed what the mayor calls a “tax on joy”": the mayor's words)."""
        q = self.in_quote[x]
        if q < 0:
            return False
        span = self.spans[q]
        s = self.W.span_range(span.start, span.end)[0]
        if s <= c0 or self.in_quote[s - 1] >= 0:
            return False
        if self._past_title(s, len(self.words)) > s:
            return False  # a quoted title ("during a “Town Hall Forum”"): a name, no words
        words = self.words
        if any(self._speech_act_word(y) and not self._speakers_own_act(c0, y)
               for y in range(c0, s)):
            return False  # "backed what the mayor calls a “tax”": the quote's own frame
        prev = words[s - 1]
        # (by the word too: a tagger may read "as" as a noun)
        if prev.upos in ("DET", "ADP", "PART", "ADJ", "ADV", "AUX", "SCONJ") or \
                prev.upos == "VERB" and not is_cue_word(prev) or \
                prev.lower in _DETERMINERS or prev.lower in _PHRASE_PREPOSITIONS or \
                prev.lower in _PLACE_PREPOSITIONS or prev.lower in ("as", "that") or \
                prev.lower in _POSSESSIVES or _possessive_mark(prev) or \
                prev.lower in _NAMING_FORMS or prev.lower in _QUOTED_TERM_NOUNS:
            # (also "mocked him for calling himself the “king”", "the term “thug”")
            return True
        if prev.text in ("’", "'") and s - 2 >= c0 and \
                words[s - 2].upos in ("PROPN", "NOUN") and words[s - 2].lower.endswith("s"):
            return True  # a possessive in a bare apostrophe: "slammed Ross’ “revolution”"
        # a quote inside a noun phrase, a noun after it ("the city's “backroom” deals", "the
        # rage and “erratic” conduct")
        e = self.W.span_range(span.start, span.end)[1]
        if e < len(words) and words[e].upos in ("NOUN", "ADJ") and \
                not words[e - 2].is_punct and words[e].sent == prev.sent and \
                prev.upos in ("NOUN", "PROPN", "NUM", "CCONJ"):
            return True
        if prev.upos not in ("NOUN", "PROPN", "PRON", "NUM"):
            return False
        # after a noun: a quote that opens the verb phrase of a clause whose subject the
        # noun is ("predicted voters “will be uneasy”"), or the name that a naming verb a
        # few words back gives ("calling Doe “dopey”")
        first = words[s + 1] if s + 1 < e else None
        if first is not None and (first.upos == "AUX" or first.lower in _FINITE_AUXILIARIES or
                                  first.upos == "VERB" and _finite_form(first) is not None):
            return True
        if first is not None and first.text.islower() and (
                first.lower in _RELATIVES or first.lower in _LEAD_SUBORDINATORS or
                first.lower in ("to", "not", "and", "or", "whose") or first.upos == "ADP"):
            # a quote that opens with a word that goes on the phrase before it: a relative,
            # a subordinator, "to", a preposition ("backed candidates “who share our
            # values”", "voiced confidence “that it will pass”", "a ban “to protect kids”")
            return True
        return any(words[y].lower in _NAMING_FORMS and self._speakers_own_act(c0, y)
                   for y in range(max(c0, s - 4), s - 1)) and \
            not any(words[y].is_punct or words[y].upos in ("VERB", "AUX")
                    for y in range(max(c0, s - 4), s - 1) if words[y].lower not in _NAMING_FORMS)

    def _speakers_own_act(self, c0: int, y: int) -> bool:
        """True when the verb of speech or naming at word ``y``, in a statement's object that
        opens at ``c0``, is the speaker's own act, not a frame of another's: it opens the
        object, or is a participle or gerund with no subject of its own ("mocked Doe for
        calling himself the “king”", "talked about continuing the “progress”", "wrote a
        letter asking the city to probe the “fiasco”"); not "backed what the mayor calls a
        “tax”" nor "what some are calling a “tax”"."""
        words = self.words
        return y == c0 or words[y].lower.endswith("ing") and \
            words[y - 1].upos != "AUX" and words[y - 1].lower not in _PASSIVE_AUX

    def _after_quoted_comma(self, x: int) -> bool:
        """True when word ``x``, outside quotes, follows a quote that closes on a comma
        ("praised Hale for his “steady hand,” and ...": the comma inside the marks ends the
        object that :meth:`_quote_goes_on_object` read through)."""
        in_quote = self.in_quote
        return x >= 2 and in_quote[x] < 0 and in_quote[x - 1] >= 0 and \
            in_quote[x - 2] == in_quote[x - 1] and self.words[x - 2].text == ","

    def _object_list_comma(self, x: int, c1: int) -> bool:
        """True when the comma at word ``x`` in a stance verb's object parts the items of a
        list that "and" or "or" closes before ``c1`` ("criticized Texas, Ohio and Utah",
        "praised the nurses, the teachers, and the police"): the object is the whole list,
        not its first item.  The items are nouns with their modifiers, each at most a few
        words, with no verb, quote, relative or subordinator, and the list closes on a noun
        phrase (not ", and it has sued", nor ", who ran, and Roe")."""
        words, in_quote = self.words, self.in_quote
        if words[x].text != "," or x < 1 or words[x - 1].upos not in ("NOUN", "PROPN"):
            return False
        item = 0  # words in the current item
        for y in range(x + 1, min(c1, x + 4 * _ASIDE_WORDS)):
            w = words[y]
            if in_quote[y] >= 0 or w.upos in ("VERB", "AUX", "ADV") or w.lower in _RELATIVES or \
                    w.lower in _SUBORDINATORS and w.lower not in ("and", "or") or \
                    w.text in _CLAUSE_STOPS and w.text != "," or w.text in _DASHES:
                return False
            if w.text == ",":
                if item == 0 or words[y - 1].upos not in ("NOUN", "PROPN"):
                    return False
                item = 0
                continue
            if w.lower in ("and", "or"):
                if y + 1 >= c1 or words[y + 1].upos not in ("DET", "NOUN", "PROPN", "ADJ",
                                                              "NUM") and \
                        words[y + 1].lower not in _POSSESSIVES:
                    return False
                # (the last item is a noun phrase too: not ", and the league denounced it")
                last = next((z for z in range(y + 1, c1) if words[z].text in _CLAUSE_STOPS or
                             words[z].text in _DASHES or in_quote[z] >= 0 or
                             words[z].upos in ("VERB", "AUX", "ADV") or
                             words[z].lower in _RELATIVES or "\n" in self.W.text[
                                 words[z - 1].end:words[z].start]), c1)
                return (item > 0 or words[y - 1].text == ",") and \
                    (last >= c1 or words[last].upos not in ("VERB", "AUX", "ADV") and
                     "\n" not in self.W.text[words[last - 1].end:words[last].start])
            item += 1
            if item > _ASIDE_WORDS:
                return False
        return False

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

    def _noun_clause_past_time(self, c0: int, j: int) -> bool:
        """True when the "that" at word ``j`` follows a noun of saying, the object of the
        cue before ``c0``, and a time after it ("doubted Doe's assertion Monday that A",
        "the pledge last week that A"): the noun's clause, not the cue's.  A noun after a
        preposition is the cue's medium ("said in a statement Monday that A")."""
        words = self.words
        k = j - 1
        while k > c0 and j - k <= 3 and (
                _time_word(words[k]) or words[k].lower in ("last", "this", "next")):
            k -= 1
        return c0 <= k < j - 1 and words[k].lower in _SAID_NOUNS and \
            not any(words[x].upos == "ADP" for x in range(c0, k))

    def _phrase_before_clause(self, c0: int, j: int, b: int) -> bool:
        """True when words [c0, j) after a cue are a prepositional phrase or an addressee
        that ends in a noun, so the "that" or question word at ``j`` opens the statement
        ("wrote to the senator's office that A", "told allies in the party that A"), not a
        relative clause of the noun ("said the same thing that happened": a verb follows)."""
        words = self.words
        if j + 1 >= b or words[j + 1].upos not in _SUBJECT_OPENERS or \
                words[j - 1].lower in _SAID_NOUNS:
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
        if words[c].lemma == "respond":
            # "Officers responded to the scene", "Crews responded to a 911 call about a
            # fire" (local crime and fire copy): a place or an incident is gone to, not
            # replied to; its head is the last of the first few nouns
            h = lo
            while h + 1 < min(b, lo + 5) and words[h].upos in ("DET", "NUM", "ADJ", "NOUN") and \
                    (words[h + 1].upos in ("NOUN", "NUM", "ADJ") or
                     words[h + 1].lower in _EMERGENCY_CALLS):  # "a 911 call" (a verb's tag)
                h += 1
            head = words[h].lower
            if head in _EMERGENCY_OBJECTS or head in _EMERGENCY_CALLS and h + 1 < b and \
                    words[h + 1].lower in ("of", "about"):
                return None
        hi = self._clause_stop(lo, b, at_quote=True)
        hi = self._content_end(lo, b) if hi is None else hi
        with_at = next((x for x in range(lo + 1, hi) if words[x].lower == "with"), None)
        if with_at is not None and with_at + 2 < b and words[with_at + 1].text in (",", ":") and \
                self.in_quote[with_at + 2] >= 0:
            return None  # "responded to critics with, “A?”": the reply is the quote, direct
        # "responded to criticism [by pointing to her record]": the reply itself is the
        # statement, the gerund's phrase to its stop or quote
        by = next((x for x in range(lo + 1, hi - 1) if words[x].lower == "by" and
                   words[x + 1].lower.endswith("ing") and words[x + 1].upos == "VERB"), None)
        if by is not None:
            stop = self._clause_stop(by + 1, b, at_quote=True)
            lo, hi = by + 1, self._content_end(by + 1, b) if stop is None else stop
            return (lo, hi) if hi - lo >= 2 else None
        return (lo, hi) if hi - lo >= 2 and _nounish(words[lo]) else None

    def _time_preposition_at(self, j: int, b: int) -> bool:
        """True for "after" or "before" at word ``j`` that opens a noun phrase, not a
        clause ("said after the debate he would ...", not "said after he won that ..." nor
        "said before, he ...")."""
        words = self.words
        return words[j].lower in ("after", "before") and j + 1 < b and \
            self.in_quote[j + 1] < 0 and \
            words[j + 1].lower not in _SUBJECT_PRONOUNS and \
            (words[j + 1].upos in ("DET", "NOUN", "PROPN", "NUM") or
             words[j + 1].lower in ("his", "her", "their", "its", "our"))

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
        if nxt.lower == "something":
            # "X said A - something Roe denied", "A, something that Doe mocked": another's
            # saying of the statement, the writer's note on it (not "A, something few can
            # afford": no saying)
            for y in range(x + 2, stop):
                if in_quote[y] >= 0 or words[y].text in _CLAUSE_STOPS or words[y].text in _DASHES:
                    return False
                if self._speech_act_word(y) and words[y].upos == "VERB":
                    return True
            return False
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
        if nxt.lower in ("the", "a", "an") and self._hearing_tail(x + 2, c1):
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

    def _hearing_tail(self, k: int, c1: int) -> bool:
        """True when words [k, c1) after a comma and an article are the court report's
        closing "the court heard", "a jury at Leeds Crown Court heard", "the inquest was
        told": where the statement was made, the writer's, which ends the statement ("X told
        police he had acted in self-defence, the court heard"); not a relative clause on the
        statement's last noun ("A, the ones the neighbours heard")."""
        words, in_quote = self.words, self.in_quote
        if k >= c1 or words[k].upos not in ("NOUN", "PROPN", "ADJ"):
            return False
        for y in range(k + 1, min(c1, k + _NAME_WORDS + 2)):
            t = words[y]
            if in_quote[y] >= 0 or t.is_punct:
                return False
            if t.lower == "heard":
                return y + 1 == c1
            if t.lower in ("was", "were"):
                return y + 2 == c1 and words[y + 1].lower == "told"
            if t.upos not in ("NOUN", "PROPN", "ADJ", "ADP", "NUM") and not (
                    t.upos == "DET" and words[y - 1].upos == "ADP"):
                return False  # "A, the ones the neighbours heard": a relative clause
        return False

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
        # "A, X said on Monday, adding that B", "A, X said Friday, as they left": a
        # participle or an adverbial clause set off after the adjunct opens a clause of its
        # own, however long
        ing = next((k for k, t in enumerate(tail[:8]) if k and words[t - 1].text == "," and (
            words[t].upos == "VERB" and words[t].lower.endswith("ing") or
            words[t].lower in _ADJUNCT_SUBORDINATORS)), None)
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

    def _subject_and_verb(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) open with a noun phrase and its finite verb ("the
        dispute is a misunderstanding", not "the nomination" or "a victory in Ohio")."""
        words = self.words
        return c0 < c1 and (words[c0].upos in ("DET", "NOUN", "PROPN", "NUM") or
                            words[c0].lower in _POSSESSIVES) and \
            self._finite_verb_in(list(range(c0 + 1, min(c1, c0 + _NAME_WORDS + 2))))

    def _subject_clause_at(self, x: int, c1: int) -> bool:
        """True for "and" or "but" at word ``x`` before a noun phrase and its finite verb,
        before word ``c1`` ("declined to comment [and] aides later said A"; not "refused
        to let the union and the board meet", whose verb is no finite one)."""
        words = self.words
        if words[x].lower not in ("and", "but") or x + 2 >= c1 or \
                words[x + 1].upos not in ("DET", "NOUN", "PROPN") or self.in_quote[x + 1] >= 0:
            return False
        np = self._np_forward(x + 1, c1)
        if np is None:
            return False
        k = np[1]
        while k < c1 and _adverbial(words[k]):
            k += 1
        return k < c1 and (words[k].upos == "AUX" or
                           words[k].upos == "VERB" and _finite_form(words[k]) is not None)

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
                    not self._mark_inside_statement(c0, comma, q, att) and \
                    not self._asked_before_quote(c0, comma, q, att):
                c1 = comma
                q = None
        start, end = words[c0].start, words[c1 - 1].end
        kind = "mixed" if q is not None else "indirect"
        return Found(start, end, kind, att)

    def _asked_before_quote(self, c0: int, mark: int, q: int, att: Attribution) -> bool:
        """True when the words [c0, mark) of a statement are only the one its cue "ask"
        or "tell" names before the comma or colon at word ``mark`` and a quote at ``q``
        ("He asked the cheering crowd, “Can she stay?”"), or only the one asked or answered
        and adjuncts before a quote that is a whole sentence ("asked the crowd at the rally,
        “A?”", "responded to critics with, “A?”"; see ``frame_only_between``): the quote
        is what was asked and the statement keeps it, to be read as direct; not cut off as
        a statement of the one asked alone (a short one, "asked her, “A?”", is never cut)."""
        cue = att.cue
        return cue is not None and c0 - 1 <= cue[1] <= c0 and q == mark + 1 and (
            self._asked_object(cue[0], q) == (c0, mark) or
            self.frame_only_between(cue[1] - 1, q))

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
