"""Coordinated speakers ("Doe and Roe said") and the clauses around a cue.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import (
    DATA_NOUNS,
    HONORIFICS,
    MESSAGE_NOUNS,
    NOUN_POSTMODIFIERS,
    POLL_NOUNS,
    REPORTING_VERBS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    TEXT_SOURCE_NOUNS,
    TITLES,
    UNNAMED_SOURCE_NOUNS,
)
from ..quotes import QuoteSpan
from ..tokens import Word
from .results import Attribution
from .subjects import _Subjects
from .words import (
    _ASKED_QUESTION_STARTS,
    _BETWEEN_CONJUNCTS_AND_CUE,
    _CLAUSE_END_MARKS,
    _CLAUSE_RELATIVES,
    _CLAUSE_STOPS,
    _CONJUNCT_ASIDE,
    _CONJUNCTS,
    _COORDINATE_RELS,
    _COORDINATION_OPENERS,
    _COORDINATORS,
    _DASHES,
    _DETERMINERS,
    _FLOATING,
    _FRAGMENT_VERB_FORMS,
    _GROUP_OPENERS,
    _LEAD_SUBORDINATORS,
    _NAMING_FORMS,
    _NAMING_RELATIVES,
    _NON_SPEECH_PARTICLES,
    _OBJECT_PRONOUNS,
    _ON_WHOM_TO,
    _PARTICIPLE_CLAUSE_SUBORDINATORS,
    _PARTICIPLE_RELS,
    _PEOPLE_AT,
    _PERSONAL_SUBJECTS,
    _PLACE_PREPOSITIONS,
    _POSSESSIVES,
    _QUOTE_CHARS,
    _QUOTE_CUE_FORMS,
    _RELATIVES,
    _ROLE_ASIDE_WORDS,
    _SPEAKER_NAME_TYPES,
    _TIME_NOUNS,
    _direct_cue,
    _person_word,
    _possessive_mark,
    _time_word,
    is_cue_word,
)


class _Coordination(_Subjects):
    """Coordinated speakers ("Doe and Roe said") and the clauses around a cue."""

    # ------------------------------------------------------- coordinated speakers
    def speaker_conjuncts(self, span: tuple[int, int], cue: tuple[int, int] | None,
                          relative: bool = False) -> list[tuple[int, int]] | None:
        """The speakers, first to last, of a statement several made together ("Doe and Roe
        said", "said Sen. Jane Doe and Rep. Tom Roe", "Doe, Roe and Poe wrote"), when the
        mention ``span`` a rule found is one of them or spans them all; None for one speaker.

        Each conjunct is a name, a personal pronoun or a noun phrase of people or of an
        organisation ("the police", "her aides"); not a second role of one person ("the
        businessman and reality star"), a title's own "and" ("Secretary of Health and Human
        Services Ann Lee") or an "and" inside a tagged name ("Center for Economic and Policy
        Research").  A coordination begun before the mention must open its noun phrase
        (at the sentence's start, after a stop or a subordinator: not "talks between Doe and
        Roe"); on a parsed sentence the parse must join the conjuncts by ``conj``.  With
        ``relative``, ``span`` is the antecedent of a "who" set off after it: two people's
        names joined anywhere ("particularly Govs. Doe and Roe, who say A": both).
        """
        words = self.words
        a, b = span
        while b - a > 1 and words[b - 1].lower in _FLOATING:
            b -= 1  # "Doe and Roe [both]"
        s0, s1 = self._sentence_range(a)
        inner = [x for x in range(a + 1, b - 1) if words[x].lower == "and"]
        if inner:
            parts = self._split_conjuncts(a, b, inner)
            if parts is None:
                return None
        else:
            parts = [(a, b)]
            self._conjuncts_before(parts, s0)
            if len(parts) == 1:
                self._conjunct_after(parts, cue, s1)
            if len(parts) == 1:
                return None
            if relative:
                # two names only: in a longer list ("celebrities like A, B, C and D, who
                # joked") the "who" is mostly the last one's
                if len(parts) != 2 or not all(words[p[1] - 1].ner.endswith("PERSON")
                                              for p in parts):
                    return None
            elif parts[0][0] < a and not self._opens_coordination(parts[0][0], s0):
                return None
        if parts[0][0] == a and self.people_before_names(a):
            return None  # "Aides to Ann Lowe and Tom Reed said": one group, the aides
        named = [self._speaker_conjunct(p) for p in parts]
        if not all(named) and any(words[p[1] - 1].ner.endswith("PERSON") for p in parts):
            # "Holloway and Ostrander said" with only Ostrander known: a surname too
            named = [ok or self._untagged_surname(p) for ok, p in zip(named, parts, strict=True)]
        elif not any(named) and cue is not None and len(parts) == 2 and \
                (cue[0] >= b and all(words[x].lower in _FLOATING for x in range(b, cue[0])) or
                 cue[1] == parts[0][0]) and all(map(self._untagged_surname, parts)):
            # "“A,” Smith and Jones both said", "“A,” said Smith and Jones": two surnames
            # no tagger named, right at the cue, are two people as "Smith and Jones said" is
            named = [True, True]
        if not all(named) or \
                any(self._name_goes_on(p, q) for p, q in zip(parts, parts[1:], strict=False)) or \
                not self._conjuncts_parsed_so(parts):
            return None
        return parts

    def _name_goes_on(self, left: tuple[int, int], right: tuple[int, int]) -> bool:
        """True when the "and" between two conjuncts is a name's or a title's own: after an
        "of" or "for" phrase ("Center for Economic [and] Policy Research", "Secretary of Health
        [and] Human Services Ann Lee"), unless what follows opens a noun phrase of its own
        with a determiner, a title or a person's name ("Ted Cruz of Texas and Sen. Ann Lee")."""
        words = self.words
        if any(words[x].ner[:1] in ("I", "E") for x in range(left[1], right[0])):
            return True  # "[Cooperation and Development]" tagged as one name
        if not any(w.lower in ("of", "for") for w in words[left[0]:left[1]]):
            return False
        w = words[right[0]]
        return not (w.lower in _DETERMINERS or w.lower in _POSSESSIVES or w.lower in TITLES or
                    w.lower in HONORIFICS or w.ner == "B-PERSON")

    def _split_conjuncts(self, a: int, b: int, joints: list[int]) -> list[tuple[int, int]] | None:
        """A mention that spans "X and Y" (or "X, Y and Z") cut into its conjuncts, or None
        when an "and" lies inside a tagged name or joins two modifiers."""
        words = self.words
        if len(joints) > 1 or any(words[x].ner[:1] in ("I", "E") for x in joints) or \
                self._joins_modifiers(joints[0]):
            return None
        x = joints[0]
        cuts = [k for k in range(a + 1, x) if words[k].text == ","]
        if words[x - 1].text == ",":
            x -= 1  # "Doe, Roe, and Poe"
        bounds = [a, *cuts, x]
        parts = [(bounds[k] + (k > 0), bounds[k + 1]) for k in range(len(bounds) - 1)]
        parts.append((joints[0] + 1, b))
        if len(parts) > _CONJUNCTS or any(p[0] >= p[1] for p in parts):
            return None
        return parts

    def _conjuncts_before(self, parts: list[tuple[int, int]], s0: int) -> None:
        """Prepend the conjuncts that an "and" before ``parts[0]`` joins to it ("[Doe and]
        Roe", "[Doe, Poe and] Roe"); a comma only before an "and" has been read."""
        words = self.words
        joined = oxford = False
        while len(parts) < _CONJUNCTS:
            j = parts[0][0] - 1
            if j - 1 < s0:
                break
            joint = words[j]
            if joint.lower == "and" and not joined:
                joined = True
                if words[j - 1].text == ",":
                    j -= 1  # an Oxford comma
                    oxford = True
            elif not (joint.text == "," and joined):
                break
            k = j - 1
            if words[k].text == ")":
                k = next((x for x in range(k - 1, max(s0, k - _CONJUNCT_ASIDE) - 1, -1)
                          if words[x].text == "("), s0) - 1
            np = self._np_back(k, s0) if k >= s0 else None
            if np is None or words[k].upos == "NUM":
                break
            if joint.text == "," and not self._names_in(np):
                break  # "A, Doe and Roe said": a list's commas join names only
            if oxford and len(parts) == 1 and np[0] - 2 >= s0 and \
                    words[np[0] - 1].text == "," and \
                    self._past_role_aside(np[0] - 1, j + 1) == j + 1:
                # "Lee, a Democrat, and Ortiz said": the person before the role
                named = self._np_back(np[0] - 2, s0)
                if named is not None and words[named[1] - 1].ner.endswith("PERSON"):
                    parts.insert(0, named)
                    return
            parts.insert(0, (np[0], j))
        if oxford and len(parts) < 3:
            del parts[:-1]  # ", and Roe said": a clause of its own, unless a list goes before

    def _conjunct_after(self, parts: list[tuple[int, int]], cue: tuple[int, int] | None,
                        s1: int) -> None:
        """Append the conjunct that an "and" right after ``parts[-1]`` joins to it, when the
        cue comes right after it ("Doe [and Roe] said") or the sentence's frame ends with it
        ("said Doe [and Roe]." after the cue)."""
        words = self.words
        j = parts[-1][1]
        set_off = cue is not None and cue[0] > j and words[j].text == ","
        if set_off:
            # "Lee, a Democrat, and Ortiz, a Republican, said": past each one's role
            j = self._past_role_aside(j, s1)
        if cue is None or j + 1 >= s1 or words[j].lower != "and":
            return
        np = self._np_forward(j + 1, s1)
        if np is None:
            return
        k = np[1]
        if set_off and k < cue[0] and words[k].text == ",":
            k = self._past_role_aside(k, cue[0])
        if cue[0] > j:
            while k < cue[0] and words[k].lower in _BETWEEN_CONJUNCTS_AND_CUE:
                k += 1
            if k != cue[0]:
                return
        elif k < s1 and words[k].text not in (".", ",", ";", "!", "?") and \
                words[k].text not in _QUOTE_CHARS:
            return
        parts.append(np)

    def _past_role_aside(self, j: int, end: int) -> int:
        """The word after the comma that closes a role set off by the comma at word ``j``
        ("Lee[,] a Democrat from Ohio, and": the "and"), a phrase of a few words that a
        determiner, a possessive or a title opens, with no verb, name of a person or quote;
        ``j`` when none."""
        words = self.words
        if j + 2 >= end:
            return j
        first = words[j + 1]
        if not (first.lower in _DETERMINERS or first.lower in _POSSESSIVES or
                first.lower in TITLES):
            return j
        for x in range(j + 2, min(end, j + 2 + _ROLE_ASIDE_WORDS)):
            w = words[x]
            if w.text == ",":
                return x + 1
            if w.is_punct or w.upos in ("VERB", "AUX") or w.ner.endswith("PERSON") or \
                    self.in_quote[x] >= 0 or w.lower in ("and", "who", "which"):
                return j
        return j

    def _opens_coordination(self, x: int, s0: int) -> bool:
        """True when a coordinated subject may start at word ``x``: at the sentence's start,
        after a stop, a quote mark, a subordinator or "according to"."""
        words = self.words
        if x == s0:
            return True
        p = words[x - 1]
        return p.text in _CLAUSE_STOPS or p.text in _QUOTE_CHARS or p.text in _DASHES or \
            p.text in ("(", ".") or p.lower in _COORDINATION_OPENERS or \
            p.lower == "to" and x - 2 >= s0 and words[x - 2].lower == "according"

    def _speaker_conjunct(self, span: tuple[int, int]) -> bool:
        """True for one speaker of a coordination: a personal pronoun, a name that ends it
        (not "Doe's lawyer", not a title's "Secretary of Health"), or a noun phrase of people
        or an organisation that a determiner opens or that is plural ("her aides", "the
        police", "officials"); not a bare role ("[reality star]" of one person)."""
        words = self.words
        a, b = span
        if words[b - 1].text == ")":  # "Sen. Jane Doe (D-Ore.)"
            b = next((x for x in range(b - 2, a, -1) if words[x].text == "("), a)
        state_of = next((x for x in range(b - 2, a, -1) if not words[x].ner.endswith("GPE")), a)
        if state_of > a + 1 and words[state_of].lower == "of" and \
                words[state_of - 1].ner.endswith("PERSON"):
            b = state_of  # "Sens. Jane Doe [of Maine] and Ann Roe of Alaska": the person's state
        if b <= a or any(self.in_quote[x] >= 0 for x in range(a, b)):
            return False
        ws = words[a:b]
        head = ws[-1]
        if b - a == 1 and head.lower in _PERSONAL_SUBJECTS:
            return True
        if _possessive_mark(head) or head.is_punct or \
                any(w.lower in _PLACE_PREPOSITIONS for w in ws):
            return False  # "exit polls [in] New Hampshire and Iowa"
        word = head.lower
        if head.ner.endswith(_SPEAKER_NAME_TYPES) and word not in TITLES and \
                word not in HONORIFICS:
            if head.ner.endswith("NORP"):
                return word.endswith("s")  # "Democrats", not "[Popular Christian] and ..."
            # "Secretary of [Health]": a name after "of" needs a name before it too
            of = next((w.i for w in ws if w.lower in ("of", "for")), None)
            return of is None or self._names_in((a, of))
        if word in POLL_NOUNS and b - a >= 2 and words[b - 2].ner.endswith(_SPEAKER_NAME_TYPES):
            # "A Kestrel University and [Marlow College poll] found": one poll of two
            # makers, each a speaker (the last alone was)
            return True
        if word in SPEAKER_NOUNS or word in TITLES or word.endswith("s") and word[:-1] in TITLES:
            if word.endswith("s") and not word.endswith("ss"):
                return True  # "officials", "her aides"
            return ws[0].lower in _DETERMINERS or ws[0].lower in _POSSESSIVES or \
                any(_possessive_mark(w) for w in ws[:-1])  # "the police", "Doe's lawyer"
        return self._owned_plural(ws)

    @staticmethod
    def _owned_plural(ws: list[Word]) -> bool:
        """True for a plural of people that a possessive or a quantifier opens, its head
        before the phrase that modifies it ("Doe and [his rivals for the nomination] said",
        "Mr. Roe and [his colleagues] found"); not a plural of texts or data ("his remarks",
        "their figures")."""
        if ws[0].lower not in _GROUP_OPENERS or len(ws) < 2:
            return False
        head = next((ws[x - 1] for x in range(2, len(ws)) if ws[x].lower in NOUN_POSTMODIFIERS),
                    ws[-1])
        low = head.lower
        return head.upos == "NOUN" and not head.is_capitalised and low.endswith("s") and \
            not low.endswith("ss") and low not in STATEMENT_NOUNS and \
            low not in MESSAGE_NOUNS and low not in DATA_NOUNS and \
            low.rstrip("s") not in TEXT_SOURCE_NOUNS and low not in _TIME_NOUNS

    def _untagged_surname(self, span: tuple[int, int]) -> bool:
        """True for a conjunct that is one capitalised word no tagger named, no role, people
        noun or time ("[Holloway] and Ostrander said"; not "Officials", "Monday")."""
        a, b = span
        w = self.words[a]
        return b - a == 1 and w.is_capitalised and w.ner == "O" and \
            w.upos in ("PROPN", "NOUN") and not _person_word(w) and \
            w.lower not in UNNAMED_SOURCE_NOUNS and not _time_word(w) and \
            w.lower not in HONORIFICS and not w.text.isupper()

    def _conjuncts_parsed_so(self, parts: list[tuple[int, int]]) -> bool:
        """True unless the sentence has a parse that does not join the conjuncts' heads by
        ``conj`` (to the first conjunct, or to the one before)."""
        a = parts[0][0]
        if not self._parsed(a):
            return True
        words = self.words
        heads = []
        last0, last1 = parts[-1]
        poll = last1 - last0 >= 2 and words[last1 - 1].lower in POLL_NOUNS
        if poll:
            # "The Kestrel University and Marlow College poll": the makers' names are the
            # conjuncts; the poll's noun and the article that hangs from it are theirs both
            parts = [*parts[:-1], (last0, last1 - 1)]
        for p0, p1 in parts:
            h = next((x for x in range(p0, p1) if not p0 <= words[x].head < p1 and
                      not (poll and words[x].deprel == "det")), None)
            if h is None:
                return False
            heads.append(h)
        return all(words[h].deprel.startswith("conj") and words[h].head in (heads[0], heads[k])
                   for k, h in enumerate(heads[1:]))

    def dominates(self, c: int, a: int, b: int) -> bool:
        """True when word ``c`` governs some word in [a, b) or hangs from one (parataxis);
        the comma and marks that close the quote, which a parser hangs from the next verb,
        do not count ("After X said A “B,” Y said: “C”"), nor the mark that opens it, which
        a splitter may leave at the end of the sentence before ("..., said Ann Roe. “ | B,”
        Ms. Roe added")."""
        words = self.words
        if a <= words[c].head < b:
            return True
        end = next((i + 1 for i in range(b - 1, a - 1, -1) if not words[i].is_punct), b)
        start = next((i for i in range(a, end) if not words[i].is_punct), a)
        if start <= c < end:
            return True
        # (the path up from a word of [start, end) to a ``c`` outside leaves the span last at
        # a word whose head is outside it, and ``c`` is above that word in fewer steps: so
        # those words alone are asked, not every word of a long quote)
        return any(self._above(c, i) for i in range(start, end)
                   if not start <= words[i].head < end)

    def _next_clause_after(self, c: int, first: int, last: int) -> bool:
        """True when cue ``c`` after the quote on words [first, last] heads a clause with a
        subject of its own after a coordinator, which the parse joins to the quote's words
        ("..., saying, “A,” but he denied that B"): the writer's next clause, not the quote's
        frame."""
        words = self.words
        w = words[c]
        return c > last and w.deprel == "conj" and first <= w.head <= last and \
            self._has_subject(c) and \
            any(words[x].lower in _COORDINATORS for x in range(last + 1, c))

    def _syntax_quote(self, q: QuoteSpan, first: int, last: int) -> Attribution | None:
        """The cue that governs the quote in the parse, and its subject."""
        words = self.words
        a = self.W.sentences[words[first].sent][0]
        b = self.W.sentences[words[last].sent][1]
        par = words[first].par
        # the quote's own heads (the words it holds whose head lies outside it), read when a
        # cue first gets as far as asking for them
        roots: list[int] | None = None
        cands = []
        for c in self._quote_cue_candidates(a, b):
            w = words[c]
            if self.in_quote[c] >= 0 or w.par != par or not (
                    _direct_cue(w) or self._naming_frame(c) or self._personal_relative_cue(c)) \
                    or self._particle_verb(w):
                continue
            if not self.dominates(c, first, last + 1) or self._semicolon_between(c, first, last) \
                    or self._own_clause_between(c, first, last) \
                    or self._clause_around_quote(c, first, last) or \
                    self._term_in_earlier_frame(c, first):
                continue
            if roots is None:
                roots = [x for x in range(first, last + 1)
                         if not words[x].is_punct and not first <= words[x].head <= last]
            if self._quote_in_subject(c, roots) or self._next_clause_after(c, first, last):
                continue
            # the outermost speech cue: "X said the group lost a voice that said “...”" is X's
            depth, k = 0, c
            while words[k].head >= 0 and depth < 30:
                k = words[k].head
                depth += 1
            dist = first - c if c < first else c - last
            cands.append((w.lemma not in SPEECH_VERBS, depth, dist, c))
        order = [c for *_, c in sorted(cands)]
        near: tuple[int, int] | None = None
        if len(order) > 1:
            # (each test below picks one of the other cues: with one cue, none to pick)
            # 'said X, who said “...”': the cue in the speaker's relative clause governs
            inner = self._relative_cue_of_subject(order[0], order[1:]) or \
                self._subordinate_cue(order[0], order[1:]) or \
                self._absolute_cue(order[0], order[1:]) or \
                self._relative_with_own_subject(order[1:]) or \
                self._inverted_frame_cue(order[0], order[1:])
            if inner is not None:
                if self._participle_in_adverbial(order[0], inner) and \
                        self._participle_of_simultaneous_clause(inner):
                    # "X asks as Y walks past her, saying “...”": the participle goes on
                    # with what Y does, so Y says it, not the main clause's subject that
                    # the climb from the participle would reach ("X said after Y won,
                    # remarking ..." stays X's)
                    near = self._nearest_clause_subject(inner)
                order.remove(inner)
                order.insert(0, inner)
        for c in order:
            c = self._leading_report_frame(c, a) or c
            sub = near if c == order[0] else None
            sub = sub or self._participle_past_noun_clause(c, a) or self.syntax_subject(c)
            if sub is None and words[c].lower.endswith("ing") and \
                    words[c].deprel in _PARTICIPLE_RELS:
                # "X hailed the vote, telling reporters that he thinks it “great”": the
                # participle has no subject of its own; the clause it hangs from speaks
                sub = self._nearest_clause_subject(c) or self.clause_subject(a, c, inside=c)
                if sub is not None and sub[0] > c and \
                        not any(is_cue_word(words[x]) for x in range(sub[1], min(
                            len(words), self._sentence_range(c)[1]))):
                    sub = None
            if sub is None or self._relative_of_the_quote(c, sub, first, last):
                continue
            sub = self._with_relative_antecedent(sub)
            return Attribution(sub, (c, c + 1), self._addressee(c, b if c > last else first),
                               0.95 if c > last else 0.93, "cue governs quote (parse)")
        return None

    def _participle_past_noun_clause(self, c: int, a: int) -> tuple[int, int] | None:
        """The subject of the clause a noun stands in, for a participle of speech after a
        comma that the parse hangs from a clause on that noun ("X repeated claims that Y
        recites the same points, calling him a “...”", "X went on TV to discuss his
        remarks about Y, saying “...”"): the participle goes with the main clause, whose
        subject speaks, not with the clause that describes the noun; None otherwise, or
        when that clause has no subject before it in the parse (nor a name before a false
        split after parentheses, :meth:`_subject_before_split`)."""
        words = self.words
        w = words[c]
        if not w.lower.endswith("ing") or c <= a or words[c - 1].text != "," or \
                w.deprel not in ("advcl", "xcomp", "conj", "dep") or w.head < 0:
            return None
        h = words[w.head]
        if not h.deprel.startswith("acl") or h.head < 0 or \
                words[h.head].upos not in ("NOUN", "PROPN"):
            return None
        k, steps = words[h.head].head, 0
        while k >= 0 and steps < 12:
            v = words[k]
            if v.upos in ("VERB", "AUX", "ADJ") or v.head < 0:
                if self._parse_subject(v, after=False) is not None or v.head < 0:
                    sub = self._cue_subject(k)  # with the parse's misreadings mended
                    return sub if sub is not None and sub[1] <= h.head and \
                        not self._place_only(sub) else None
                if v.deprel.startswith("acl"):
                    return None
            k, steps = v.head, steps + 1
        return None

    def _semicolon_between(self, c: int, first: int, last: int) -> bool:
        """True when a semicolon outside quotes stands between cue ``c`` and the quote on
        words [first, last] ("X prompted Y to call a debate; one lawmaker called Trump
        “...”", with the second clause hung under "call"): clauses the writer set apart,
        whatever the parse joins."""
        words = self.words
        lo, hi = (c + 1, first) if c < first else (last + 1, c)
        return any(words[x].text == ";" and self.in_quote[x] < 0 for x in range(lo, hi))

    def _quote_cue_candidates(self, a: int, b: int) -> list[int]:
        """The words of [a, b) spelled as in ``_QUOTE_CUE_FORMS`` or with a reporting verb's
        lemma, in order: the only ones :meth:`_syntax_quote` can take for a cue (read once
        per span: the quotes of a sentence share it).  Read from the word indexes, not the
        span's words: every such word is in ``Words.trigger_index`` (a trigger spelling or a
        reporting verb's lemma) or ``Words.cue_form_index`` (a quote cue's spelling only)."""
        found = self._quote_cues.get((a, b))
        if found is None:
            index, words = self.W.trigger_index, self.words
            # a trigger spelling that is no cue's ("according", "poll") needs the lemma
            found = [i for i in index[bisect_left(index, a):bisect_left(index, b)]
                     if words[i].lower in _QUOTE_CUE_FORMS or words[i].lemma in REPORTING_VERBS]
            index = self.W.cue_form_index
            more = index[bisect_left(index, a):bisect_left(index, b)]
            if more:  # (a cue spelling with a reporting verb's lemma is in both)
                found = sorted(set(found).union(more))
            self._quote_cues[a, b] = found
        return found

    def _nearest_clause_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of the nearest clause above participle ``c`` when it is a personal
        pronoun or that clause is adverbial ("X acknowledged A even as he defended B, saying
        “C”": he; "X spoke as Y left the stage, shouting “C”": Y), which the climb to the
        outermost clause would pass for X; None otherwise."""
        words = self.words
        k, steps = words[c].head, 0
        while k >= 0 and steps < 12:
            x = self._parse_subject(words[k])
            if x is not None:
                if x.i > c or not (x.lower in _PERSONAL_SUBJECTS or
                                   self._adverbial_clause(words[k])):
                    return None
                return self._antecedent(self.expand_mention(x.i), words[k])
            k = words[k].head
            steps += 1
        return None

    def _quote_in_subject(self, c: int, roots: list[int]) -> bool:
        """True when the quoted words, whose own heads are ``roots``, stand inside the
        subject of cue ``c`` ("Some in the “Bernie or Bust” crowd suggest ...", "this CNN
        “reporter” has revealed ..."): a word of the phrase that names the speaker, not
        what it says."""
        words = self.words
        for x in roots:
            k, steps = x, 0
            while words[k].head >= 0 and words[k].head != c and steps < 30:
                k = words[k].head
                steps += 1
            if words[k].head == c and words[k].deprel.startswith("nsubj"):
                return True
        return False

    def _relative_of_the_quote(self, c: int, sub: tuple[int, int], first: int,
                               last: int) -> bool:
        """True when cue ``c`` heads a relative clause on the quoted words [first, last] whose
        subject ``sub`` is the relative pronoun standing for them ('the so-called “rebels”
        that would find their way ...'): the quoted thing does something, nobody says it
        ('the “plan” that she described' has a subject of its own)."""
        words = self.words
        return sub[1] - sub[0] == 1 and sub[0] > last and \
            words[sub[0]].lower in _RELATIVES and \
            words[c].deprel.startswith("acl") and first <= words[c].head <= last

    def _term_in_earlier_frame(self, c: int, first: int) -> bool:
        """True when cue ``c`` is the inverted frame of an earlier quote in its sentence
        ('“A,” said X, ...'; a participle is none: '“A,” saying ...'), and the quote at
        word ``first`` opens after a word, inside a phrase of that frame ('“A,” said X, who
        waited in an “endless line”', '“A,” wrote the authors of the “Renewal Project”'):
        a term in the frame, as :meth:`_term_in_frame` reads it without a parse, not more
        of the speech ('“A,” said X, “B”').  A cue of its own in the phrase may still
        frame it."""
        words = self.words
        if not 0 < c < first - 1 or words[c].lower.endswith("ing") or \
                self.in_quote[first] < 0 or words[first - 1].is_punct or \
                words[first - 1].text[-1] in _CLAUSE_END_MARKS or \
                words[first - 1].sent != words[c].sent:
            return False  # not after "Fla." either: '..., of Jacksonville, Fla. “B”'
        k = c - 1
        lo = self.W.sentences[words[c].sent][0]
        while k >= lo and self.in_quote[k] < 0 and words[k].is_punct:
            k -= 1
        if k < lo or self.in_quote[k] < 0 or self.in_quote[k] == self.in_quote[first]:
            return False
        sub = self.syntax_subject(c)  # the frame inverts: not 'X, star of “Y,” praised'
        return sub is None or sub[0] > c

    def _particle_verb(self, w: Word) -> bool:
        """True when cue word ``w`` takes a particle that makes it no verb of speech ("add
        back the “Golden Week”", "added up to a “win”")."""
        return w.lemma in _NON_SPEECH_PARTICLES and any(
            x.deprel == "compound:prt" and x.lower in _NON_SPEECH_PARTICLES[w.lemma]
            for x in self.W.children(w))

    def _with_relative_antecedent(self, sub: tuple[int, int]) -> tuple[int, int]:
        """Speaker mention ``sub`` with the thing before it when it is a restrictive "that"
        or "which" whose clause the parse hangs from that thing ("a headline that said
        “...”": "a headline that"), as the surface method keeps it ("water bottles that
        said", "a study that found"); ``sub`` otherwise."""
        a, b = sub
        words = self.words
        verb = words[words[a].head] if b - a == 1 and words[a].head >= 0 else None
        if verb is None or words[a].lower not in ("that", "which") or a == 0 or \
                words[a - 1].is_punct or words[a - 1].ner.endswith("PERSON") or \
                not verb.deprel.startswith("acl") or not 0 <= verb.head < a:
            return sub
        thing = self.expand_mention(verb.head)
        if thing[1] != a:
            # "a 2014 University of California at San Diego paper that found": the parse
            # hangs the clause from a noun before the one "that" follows; a restrictive
            # relative follows its noun phrase, which the words before it give
            thing = self._np_back(a - 1, self.W.sentences[words[a].sent][0]) or thing
        return (thing[0], b) if thing[1] == a else sub

    def _clause_around_quote(self, c: int, first: int, last: int) -> bool:
        """True when cue ``c`` heads an adverbial clause that the parse hangs from the verb of
        the quote on words [first, last] ("When I asked him, he said, “...”", "After X
        criticized Y, Z shot back, “...”"): the clause sets the scene of the sentence whose
        frame the parse missed, it does not frame the quote ("As X put it, “...”" does)."""
        w = self.words[c]
        return first <= w.head <= last and self._adverbial_clause(w) and not any(
            x.lower == "as" for x in self.W.children(w))

    def _own_clause_between(self, c: int, first: int, last: int) -> bool:
        """True when a clause coordinated with cue ``c`` has a subject of its own and holds
        the quote on words [first, last]: "X said A, and Y vowed to “...”" is not X's (but
        "X notes that A, and Y called it “...”" is)."""
        words = self.words
        top = next((i for i in range(first, last + 1) if not first <= words[i].head <= last),
                   first)
        k, steps = words[top].head, 0
        while k >= 0 and k != c and steps < 30:
            if words[k].deprel in _COORDINATE_RELS and words[k].head == c and \
                    self.in_quote[k] < 0 and self._own_subject(words[k])[0]:
                return True
            k = words[k].head
            steps += 1
        return False

    def _leading_report_frame(self, c: int, a: int) -> int | None:
        """The speech verb with its own subject that opens the clause of cue ``c`` and that
        the parse hung from ``c`` ("Ann Roe said Tom Reed had told the board ...", "She
        said, if elected, she would ask ..."): the writer's frame around the report, whose
        speaker the quote inside it is credited to, as on the surface; None otherwise."""
        words = self.words
        for x in self.W.children(words[c]):
            d = x.i
            if d >= c:
                break
            if x.deprel not in ("ccomp", "parataxis") or x.lemma not in SPEECH_VERBS:
                continue
            sub = self._parse_subject(x, after=False)
            if sub is not None and a <= sub.i < d and \
                    not any(y.deprel == "mark" for y in self.W.children(x)) and \
                    not any(self.in_quote[i] >= 0 for i in range(sub.i, c)):
                return d
        return None

    def _inverted_frame_cue(self, c: int, others: list[int]) -> int | None:
        """The speech cue among ``others`` under cue ``c`` whose subject follows a quote
        closed by its comma ("X cannot say that “A,” Jane Doe added, saying “B”"): the
        frame of a quote of its own, whose statement goes on in the participle after it,
        whatever clause the parse hangs it from."""
        words = self.words
        for o in others:
            sub = self._parse_subject(words[o], after=False)
            if words[o].lemma in SPEECH_VERBS and sub is not None and sub.i < o and \
                    self._above(c, o) and self._after_quote_comma(sub):
                return o
        return None

    def _relative_cue_of_subject(self, c: int, others: list[int]) -> int | None:
        """The cue among ``others`` that heads a relative clause of cue ``c``'s subject
        ("said Jane Doe, who added that “...”"), if any."""
        words = self.words
        subjects = {x.i for x in self.W.children(words[c]) if x.deprel.startswith("nsubj")}
        for o in others:
            if words[o].deprel.startswith("acl") and words[o].head in subjects:
                return o
        return None

    def _relative_with_own_subject(self, others: list[int]) -> int | None:
        """The cue among ``others`` that heads a relative clause with a subject of its own
        besides the relative: one of naming ("..., whom he described as “...”", "who she
        blasted as a “...”"), as :meth:`_relative_naming` reads it without a parse, or one
        after a preposition ("..., to which Doe replied: “...”"); that subject speaks."""
        words = self.words
        for o in others:
            if not (self._naming_relative(o) or self._prepositional_relative(words[o])):
                continue
            sub = self._parse_subject(words[o], after=False)
            if sub is not None and sub.lower not in _RELATIVES and \
                    self.is_named_or_pronoun(self.expand_mention(sub.i)) and \
                    any(x.lower in _NAMING_RELATIVES and not x.deprel.startswith("nsubj")
                        for x in self.W.children(words[o])):
                return o
        return None

    def _naming_relative(self, c: int) -> bool:
        """True when parse word ``c`` is a verb of naming that heads a relative clause
        ("..., which he called “...”", "X, who has called it “...”"), a frame though no verb
        of speech; not after "what" ("what he calls “...”" is the main clause's)."""
        return self.words[c].deprel.startswith("acl") and self._naming_verb(c) and \
            any(x.lower in _NAMING_RELATIVES for x in self.W.children(self.words[c]))

    def _personal_relative_cue(self, c: int) -> bool:
        """True when parse word ``c`` is a reporting verb, one of thought too, whose subject
        is "who" ("said X, who thinks the plan “will fail”"): the relative clause frames a
        quote it holds (see :meth:`_relative_cue_of_subject`)."""
        w = self.words[c]
        return w.deprel.startswith("acl") and is_cue_word(w) and \
            any(x.deprel.startswith("nsubj") and x.lower == "who" for x in self.W.children(w))

    def _naming_frame(self, c: int) -> bool:
        """True when parse word ``c`` is a verb of naming that frames the quote it names
        ("X called it “...”", "..., calling him a “...”", "..., which he called “...”"),
        though no verb of speech; not one after "what" ("X railed against what he calls
        “...”" is the main clause's, as :meth:`_naming_relative` reads it), nor one that
        names its own subject (:meth:`_names_the_subject`)."""
        if not self._naming_verb(c):
            return False
        sub = self._parse_subject(self.words[c], after=False)
        if sub is not None and self._names_the_subject(self.expand_mention(sub.i), c):
            return False  # "a formula called the “...”", "X was dubbed “...”": X's name
        opener = self.expand_mention(sub.i)[0] - 1 if sub is not None and sub.i < c else c - 1
        return opener < 0 or self.words[opener].lower != "what"

    def _prepositional_relative(self, w: Word) -> bool:
        """True when parse word ``w`` opens with a preposition and a relative ("to which",
        "at which"), as a reply to the clause before does."""
        words = self.words
        return any(x.lower in _CLAUSE_RELATIVES and 0 < x.i < w.i and
                   (words[x.i - 1].upos == "ADP" or words[x.i - 1].deprel in ("case", "mark"))
                   for x in self.W.children(w))

    def _subordinate_cue(self, c: int, others: list[int]) -> int | None:
        """The cue among ``others`` that heads an adverbial clause under cue ``c`` with a
        subject of its own ("X said as Y yelled: “...”", "Although Y says that “...”, X
        argues ..."): the quote in that clause is Y's, not the main clause's."""
        words = self.words
        for o in others:
            w = words[o]
            if w.lemma in SPEECH_VERBS and self._adverbial_clause(w) and self._above(c, o) and \
                    self._own_subject(w)[1] is not None:
                return o
            if self._participle_in_adverbial(c, o):
                return o
        return None

    def _participle_in_adverbial(self, c: int, o: int) -> bool:
        """True when cue ``o`` is a participle of speech under cue ``c`` in an adverbial
        clause with a subject of its own, not ``c``'s ("X said A as Y left the stage,
        shouting “...”": see :meth:`_nearest_clause_subject`)."""
        words = self.words
        w = words[o]
        if w.lemma not in SPEECH_VERBS or not w.lower.endswith("ing") or \
                w.deprel not in _PARTICIPLE_RELS or not self._above(c, o) or \
                self._parse_subject(w) is not None:
            return False
        nearest = self._nearest_clause_subject(o)
        return nearest is not None and not (self._parse_subject(words[c]) is not None and
                                            nearest == self._syntax_subject(c))

    def _participle_of_simultaneous_clause(self, o: int) -> bool:
        """True when participle ``o`` hangs from the verb of a clause of place, manner or
        contrast (``_PARTICIPLE_CLAUSE_SUBORDINATORS``: "as Y walks past her, saying"), as
        the model-free path reads it (:meth:`_subordinate_subject`): an action going on with
        that clause's, not a later remark of the main clause's ("after Y won, saying")."""
        words = self.words
        h = words[o].head
        return h >= 0 and words[h].deprel == "advcl" and any(
            x.deprel in ("mark", "advmod") and x.lower in _PARTICIPLE_CLAUSE_SUBORDINATORS
            for x in self.W.children(words[h]))

    def _absolute_start(self, lo: int, hi: int) -> int:
        """The comma before an absolute "with X V-ing" that a parse statement on words [lo,
        hi) holds ("X denied [it happened], with Doe taking to Twitter to ..."): the writer's
        addition, not the statement; ``hi`` when there is none."""
        words = self.words
        for k in range(lo + 1, hi - 2):
            if words[k].lower == "with" and words[k - 1].text == "," and \
                    self.in_quote[k] < 0 and words[k].head > k and \
                    any(self._absolute_subject(x.i) is not None
                        for x in self.W.children(words[words[k].head])):
                return k - 1
        return hi

    def _absolute_cue(self, c: int, others: list[int]) -> int | None:
        """The cue among ``others`` under cue ``c`` that an absolute "with X V-ing" holds
        ("X denied it happened, with Doe taking to Twitter to call her “delusional”"): X
        frames the quote, not the clause the phrase hangs from."""
        words = self.words
        for o in others:
            if not self._above(c, o):
                continue
            k, steps = o, 0
            while k != c and steps < 4:
                if self._absolute_subject(k) is not None:
                    return o
                if words[k].deprel not in ("xcomp", "acl"):
                    break
                k, steps = words[k].head, steps + 1
        return None

    # ------------------------------------------------------------- direct quotes
    def _naming_verb(self, x: int) -> bool:
        """True for a verb of naming at word ``x`` ("called", "described"), or one of stance
        followed by "as" ("blasted as a “...”")."""
        words = self.words
        w = words[x]
        return w.upos == "VERB" and (w.lower in _NAMING_FORMS or w.lower in _FRAGMENT_VERB_FORMS and
                                     x + 1 < len(words) and words[x + 1].lower == "as")

    def _addressee(self, c: int, end: int) -> tuple[int, int] | None:
        """The object of "told" (told The Hill's Bob Cusack) or "informed", or of "asked"
        before the question it was asked ("asked the mayor whether A": the question is A)."""
        words = self.words
        if words[c].lemma not in ("tell", "ask", "inform") or c + 1 >= end:
            return None
        np = self._np_forward(c + 1, end)
        if np is None and words[c].lemma == "ask":
            # "asked him what A", "asked my father whether A": a pronoun, or a possessive
            # and its noun
            k = c + 2 if words[c + 1].lower in _OBJECT_PRONOUNS else \
                c + 3 if words[c + 1].lower in _POSSESSIVES and c + 2 < end and \
                words[c + 2].upos == "NOUN" else c
            np = (c + 1, k) if k > c else None
        if np is None:
            return None
        if words[c].lemma == "ask":
            # "asked my father what A": the noun phrase may run over the question's word
            np = next(((np[0], x) for x in range(np[0] + 1, np[1])
                       if words[x].lower in _ASKED_QUESTION_STARTS or self._which_question(x)),
                      np)
            if (np[1] >= end or words[np[1]].text in (".", "?", "!")) and \
                    self._names_person(np):
                return np  # '“A?” X asked Jane Doe.': the one asked, at the frame's end
            # "asked the mayor whether A", "asked the mayor about the budget": the topic
            return np if np[1] < end and self.in_quote[np[1]] < 0 and (
                words[np[1]].lower in _ASKED_QUESTION_STARTS or self._which_question(np[1]) or
                words[np[1]].lower == "about" and np[1] + 1 < end and
                not words[np[1] + 1].is_punct) else None
        if words[np[0]].lower in ("that", "it") :
            return None
        # "told reporters the plan would fail": a determiner after the first word opens the
        # statement's subject (not after a possessive: "told The Hill's Bob Cusack")
        # nor past a subordinator the tagger may read as a noun ("told aides as he worked")
        # the people told end before "at"/"from" ("told attendees at the Caldmoor Party's
        # gala how A": the statement is past the phrase)
        cut = next((x for x in range(np[0] + 1, np[1]) if words[x].upos == "DET" and
                    words[x - 1].lower not in ("’s", "'s") or
                    words[x].lower in _PEOPLE_AT and self._people_at(x, end) or
                    words[x].lower in _LEAD_SUBORDINATORS and not words[x].is_capitalised),
                   None)
        return np if cut is None else (np[0], cut)

    # ----------------------------------------------------------- reported speech
    def _cue_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of cue ``c`` from the parse, or the name before a false sentence
        split after its parentheses ("Sen. Jane Doe (D-Ore.) | issued a statement").  That
        name also wins over a subject the split left the parse to misread: a phrase with a
        preposition ("Jane Doe (D-Ore.), for example, asked": not "example") or a noun past
        the cue's own clause ("Jane Doe (D-Ore.), one of its authors, said he remembers
        working with Tom Roe and Al Poe (R-Ky.)": not Al Poe)."""
        if c not in self._cue_subjects:
            self._cue_subjects[c] = self._read_cue_subject(c)
        return self._cue_subjects[c]

    def _read_cue_subject(self, c: int) -> tuple[int, int] | None:
        """:meth:`_cue_subject`, read from the parse and the words around the cue."""
        sub = self.syntax_subject(c)
        on_whom = None if sub is None else self._asked_on_to(c)
        if on_whom is not None:
            return on_whom
        if sub is None or self._misread_subject(c, sub):
            return self._subject_before_split(c) or sub
        return self._roles_before_name(c, sub) or sub

    def _roles_before_name(self, c: int, sub: tuple[int, int]) -> tuple[int, int] | None:
        """The parse's subject ``sub`` of cue ``c`` run on over "and" to the name that ends
        right before the cue, when ``sub`` is a role that names no one and the words after
        "and" are another role and that name ("Presidential contender and former surgeon
        Ben Carson responded": one man, whom the parse leaves out of the subject); None
        otherwise (not "The mayor and Ann Lee said": no role before the name)."""
        words = self.words
        j = sub[1]
        if j + 3 >= c or words[j].lower != "and" or words[sub[1] - 1].upos != "NOUN" or \
                any(words[x].ner.endswith("PERSON") for x in range(sub[0], j)):
            return None
        k, role = j + 1, False
        while k < c and words[k].upos in ("ADJ", "NOUN", "PROPN") and \
                not words[k].ner.endswith("PERSON") and self.in_quote[k] < 0:
            role = role or words[k].upos == "NOUN"
            k += 1
        n = k
        while n < c and words[n].ner.endswith("PERSON") and words[n].upos == "PROPN":
            n += 1
        return (sub[0], n) if role and k < n == c else None

    def _asked_on_to(self, c: int) -> tuple[int, int] | None:
        """For an infinitive cue after a noun phrase that "on" opens after a word of asking
        or trusting ("the decision raises the pressure on her to say whether A", "they
        called on the mayor to explain A"), that noun phrase: the one to speak, not the
        subject of the verb the parse hangs the cue from; None otherwise.  (Asked only
        when the parse gives the cue a subject: it mends a speaker, it makes no
        statement.)"""
        words = self.words
        if c < 4 or words[c - 1].lower != "to" or words[c].upos != "VERB" or \
                self.in_quote[c - 1] >= 0:
            return None
        a = self._sentence_range(c)[0]
        np = (c - 2, c - 1) if words[c - 2].lower in _OBJECT_PRONOUNS else \
            self._np_back(c - 2, a + 2)
        if np is None or np[0] < a + 2 or words[np[0] - 1].lower != "on" or \
                words[np[0] - 2].lower not in _ON_WHOM_TO and \
                words[np[0] - 2].lemma not in _ON_WHOM_TO:
            return None
        return np

    def _misread_subject(self, c: int, sub: tuple[int, int]) -> bool:
        """True when the parse's subject ``sub`` of cue ``c`` cannot be one: its head takes
        a preposition ("for example"), or it comes after a clause the cue governs."""
        words = self.words
        head = next((x for x in range(sub[0], sub[1]) if not sub[0] <= words[x].head < sub[1]),
                    None)
        if head is None:
            return False
        if any(x.deprel == "case" and x.i < head and x.lower not in ("'s", "’s")
               for x in self.W.children(words[head])):
            return True
        return sub[0] > c and any(c < x.i < sub[0] and x.deprel in ("ccomp", "parataxis")
                                  for x in self.W.children(words[c]))

    def _which_question(self, k: int) -> bool:
        """True for a question that "which" and a noun open at word ``k`` ("asked Doe which
        states he could win"); not a relative clause ("which had", "which he")."""
        words = self.words
        if words[k].lower != "which" or k + 2 >= len(words) or self.in_quote[k + 1] >= 0:
            return False
        noun, nxt = words[k + 1], words[k + 2]
        if nxt.upos == "ADV" and k + 3 < len(words):
            nxt = words[k + 3]  # "which states specifically he could win"
        # (a plural noun the tagger reads as a verb: a subject comes after it, "which states
        # he could win")
        return noun.upos == "NOUN" or noun.upos == "VERB" and not noun.is_capitalised and \
            (nxt.lower in _PERSONAL_SUBJECTS or nxt.lower in _DETERMINERS)
