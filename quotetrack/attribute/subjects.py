"""Clause subjects: the speaker of a cue from its clause, on the parse and on the surface
(the Attributor's layer over :mod:`.mentions`).
"""

from __future__ import annotations

from ..lexicon import (
    MESSAGE_NOUNS,
    OF_PHRASE_PRONOUNS,
    POSTNOMINALS,
    SENDING_VERBS,
    SET_OFF_TIME_ADVERBS,
    SHARE_QUALIFIERS,
    SHARE_WORDS,
    SPEECH_VERBS,
    TITLES,
)
from ..tokens import Word
from .mentions import _Mentions
from .words import (
    _ABSOLUTE_WORDS,
    _ADJUNCT_PREPOSITIONS,
    _APPOSITION_JOINS,
    _BARE_SUBORDINATORS,
    _BE_FORMS,
    _CAUSING_FORMS,
    _CAUSING_VERBS,
    _CLAUSE_STOPS,
    _COORDINATE_RELS,
    _COORDINATORS,
    _DASHES,
    _DEPICTION_NOUNS,
    _DONE_TO_PARTICIPLES,
    _FINDING_RELS,
    _GERUND_SUBJECT_PREPOSITIONS,
    _INTENSIVES,
    _LEAD_SUBORDINATORS,
    _NAME_WORDS,
    _NAMING_VERBS,
    _NOMINAL_TAGS,
    _OBJECT_PREPOSITIONS,
    _OBJECT_RELS,
    _PARENTHETICAL_WORDS,
    _PARTICIPLE_CLIMB,
    _PASSIVE_SPEAKER_CUES,
    _PEOPLE_AT,
    _PERSONAL_SUBJECTS,
    _POLL_NOUNS,
    _PORTION_NOUNS,
    _POSTMODIFIER_ADJECTIVES,
    _QUOTE_CHARS,
    _RELATIVES,
    _SET_OFF_WORDS,
    _SUBJECT_MODIFIER_STARTS,
    _WINDOW,
    _adverbial,
    _is_number,
    _nounish,
    _person_word,
    _Subject,
    _text_noun,
    _time_word,
    is_cue_word,
)

#: How many words after "of" the head of its phrase may stand ("of the party's top brass").
_OF_PHRASE_REACH = 5


class _Subjects(_Mentions):
    """The subjects of cues' clauses, read from the parse or from the words."""

    def _subject_of_cue(self, c: int, limit: int) -> tuple[tuple[int, int] | None, str]:
        """The speaker noun phrase before cue word ``c`` (surface), and how it was found."""
        words = self.words
        quoted = self._quoted_as_saying(c, limit)
        if quoted is not None:
            return quoted, "participle"
        k = self._skip_back(c - 1, limit)
        parsed = self._parsed(c)  # (read once: the rules below ask it at each turn)
        k = k if parsed else self._past_manner_adverbs(k, limit)
        if k < limit:
            return None, ""
        k = self._before_parenthetical(k, limit)  # "Sen. Jane Doe (D-Ore.) said"
        if words[k].text in ("–", "—", "―") and words[c].lower.endswith("ing"):
            sub = self.clause_subject(limit, k, inside=c if parsed else None)
            return sub, "participle"
        if words[k].text in _DASHES and self.in_quote[k] < 0 and not parsed:
            # "Jones — who guarded the office for years — states that A": the name before
            # the modifier that the dashes set off (not "A – B states": a thing)
            o = next((y for y in range(k - 1, max(limit, k - _SET_OFF_WORDS) - 1, -1)
                      if words[y].text in _DASHES or self.in_quote[y] >= 0), None)
            near = self._np_back(o - 1, limit) if o is not None and o - 1 >= limit and \
                words[o].text in _DASHES and o + 1 < k and \
                words[o + 1].lower in _RELATIVES | {"a", "an", "the"} else None
            if near is not None and self.is_named_or_pronoun(near) and \
                    words[near[0]].lower not in _RELATIVES:
                return near, "apposition"
        if words[k].text == "," and words[c - 1].lower in ("then", "and") and c - 1 > k:
            # "X offered the man a job, then says ...": the subject of the first verb; not
            # the relative of "X, who runs Y, then added" (the name before it, below)
            sub = self.clause_subject(limit, k, inside=c if parsed else None)
            if sub is None or words[sub[0]].lower not in _RELATIVES:
                return sub, "coordination"
        if words[k].text == ",":
            # (not a progressive after the comma that closes a relative: "Jo Hale, who won
            # two races, is calling for A" is Hale's, read below as "X, who runs Y, said")
            if words[c].lower.endswith("ing") and not (
                    any(words[x].lower in _BE_FORMS for x in range(k + 1, c)) and
                    self._relative_closed_at(k, limit)):
                with_at = None if parsed else next(
                    (y for y in range(k - 1, max(limit + 1, c - _ABSOLUTE_WORDS) - 1, -1)
                     if words[y].lower == "with" and words[y - 1].text == ","), None)
                absolute = self._absolute_phrase(with_at - 1) if with_at is not None else None
                if absolute is not None and absolute[1] == c:
                    return absolute[0], "subject"  # ", with the aide, Jo Hale, saying"
                # "X postponed the vote, saying ...": the subject of the main clause; but
                # "A, Y said, adding ...": the set-off frame's own subject
                sub = self._frame_before_participle(k, limit) or \
                    (self._parsed_conjunct_subject(c, limit) if parsed else
                     self._subordinate_subject(k, limit) or
                     self._coordinated_clause_subject(k, limit)) or \
                    self.clause_subject(limit, k, inside=c if parsed else None)
                if sub is not None and sub[0] > c and \
                        not any(is_cue_word(words[x]) for x in range(sub[1], min(
                            len(words), self._sentence_range(c)[1]))):
                    # "X sounded off, saying she did not “want” the effects Y would have":
                    # a parse that puts the clause after the quote on top names no speaker
                    # of the participle; read the words before it (but "..., CNN
                    # reported": the news credits the outlet)
                    sub = self.clause_subject(limit, k, unparsed=True)
                if sub is None:
                    # "Clinton, clearly frustrated, responded ..., saying": the opening name,
                    # past a dateline ("Washington (AFP) – Jane Doe has ..., saying")
                    i = limit
                    while i < k and words[i].is_punct:
                        i += 1
                    i = self._past_dateline(i, k)
                    first = self._np_forward(i, k)
                    if first is not None and self.is_named_or_pronoun(first):
                        sub = first
                    else:
                        # "About 200 parents gathered ..., chanting": a counted crowd
                        first = self._np_forward(self._past_approximation(i, k), k)
                        if first is not None and self._marching_group((i, first[1]), k):
                            sub = i, first[1]
                return sub, "participle"
            # "Gov. John Kasich (R-OH), said"
            j = k - 1
            if j > limit and words[j].text == ")":
                while j > limit and k - j < _PARENTHETICAL_WORDS and words[j].text != "(":
                    j -= 1
                j -= 1
            if j > limit and words[j].lower in POSTNOMINALS and words[j].text.isupper() and \
                    words[j - 1].ner.endswith("PERSON"):
                j -= 1  # "Thorne's barrister, Clare Dunmore KC, said": her letters
            near = self._np_back(j, limit) if j >= limit else None
            through = self._subject_before_agent_adjunct(near, limit) if near else None
            if through is not None:
                return through, "subject"  # "The governor, in a statement by his aide, X, said"
            if near is not None and near[0] - 2 >= limit and \
                    words[near[0] - 1].lower in _PEOPLE_AT:
                # "One caller, Maureen from Ashgrove, told": the person from the place
                person = self._np_back(near[0] - 2, limit)
                if person is not None and words[person[1] - 1].ner.endswith("PERSON"):
                    near = person
            join = near[0] - 1 if near is not None else limit
            if join - 1 >= limit and words[join].lower in SET_OFF_TIME_ADVERBS and \
                    words[join - 1].text == ",":
                join -= 1  # "X, a former aide, [now] a CNN commentator, said": set off too
            if near is not None and self._named_by_noun(near, limit):
                return near, "apposition"  # "One of them, a teller named Jo Amadi, said"
            if near is not None and self.is_named_or_pronoun(near) and \
                    not self._modifier_object(near, limit) and \
                    not all(words[x].ner.endswith("GPE") or words[x].ner == "O" and not
                            words[x].is_capitalised for x in range(*near)) and (
                    join < limit or
                    words[join].lower not in _APPOSITION_JOINS and
                    not self._inside_set_off(join) or
                    self._apposed_name(near)):
                # "the mayor's aide, Jane Doe, said"; not "X (R), a staunch Y ally, said",
                # whose name only modifies the role (X, the first person named, below)
                return near, "subject"
            # "X, a spokesman for Y, said" / "X, who runs Y, said" / "X, in her dissent, said":
            # the name before the nearest comma, or the first person named before a comma
            # ("X, president of Y, a group allied with Z, said")
            commas = 0
            j = k - 1
            names: list[tuple[int, int]] = []
            while j > limit and k - j < 30 and commas < 3:
                if words[j].text == "," and self.in_quote[j] < 0:
                    commas += 1
                    # "Sen. X (D-Ill.), noting Y, said": past the party tag
                    name = self._np_back(self._before_parenthetical(j - 1, limit), limit)
                    obj = name or ((j - 1, j) if words[j - 1].is_pronoun else None)
                    held = self._postmodified_speaker(obj, limit) \
                        if obj is not None and obj[0] - 2 > limit and \
                        words[obj[0] - 2].lower in _POSTMODIFIER_ADJECTIVES else None
                    if held is not None:
                        # "A, a person familiar with the matter, who spoke on condition of
                        # anonymity, said", "A, people close to him, who ..., said": the
                        # people, not the matter or the one they are close to
                        names.append(held)
                    elif name is not None and self.is_named_or_pronoun(name) and (
                            not self._modifier_object(name, limit) or
                            self._named_by_noun(name, limit)) and \
                            not self._place_only(name):  # "X, of Raleigh, N.C., said"
                        names.append(name)
                j -= 1
            # "Dale, a spokesman for House Speaker Tom Reed, said": a role whose preposition
            # governs a name is no speaker while a name stands before it
            owned = [n for n in names if not self._role_of_name(n, limit)] or names
            persons = [n for n in owned if self._names_person(n)]
            if names:
                chosen = (persons or owned[:1])[-1]
                # "The governor, in a statement by his aide, X, on Sunday in Akure, said"
                return self._subject_before_agent_adjunct(chosen, limit) or chosen, \
                    "apposition"
            appos = self._np_back(k - 1, limit)
            if appos is not None and self.is_named_or_pronoun(appos) and \
                    not self._modifier_object(appos, limit):
                return appos, "apposition"
            document = self._document_before_set_off(k, limit)
            return (document, "subject") if document is not None else (None, "")
        if words[k].lower in ("and", "but", "or") and k > limit:
            # "Clinton celebrated ... and said": the subject of the first verb, in the clause
            # a link opens ("X signed it, while Y proposed A and said B": Y)
            if not parsed:
                k = self._before_aside(k, limit)
            sub = None if parsed else \
                self._relative_clause_subject(limit, k) or self._subject_after_link(limit, k) or \
                self._linked_subordinate_subject(limit, k)
            sub = sub or self.clause_subject(limit, k, inside=c if parsed else None)
            return sub, "coordination"
        np = self._np_back(k, limit)
        if (np is None or np[1] == k + 1) and not parsed and \
                self._thing_relative(k) and words[k].lower == "that" and k - 1 > limit:
            # "walked them through a slide show that predicted A", "a suit against the
            # college that promised A": the thing the relative follows, after a preposition
            # (not a verb's object: "X ran a piece that noted A", the releaser below)
            thing = self._np_back(k - 1, limit) if np is None else np
            if thing is not None and thing[0] - 1 >= limit and \
                    words[thing[0] - 1].upos == "ADP" and words[thing[0] - 1].lower != "of":
                return (thing[0], k + 1), "antecedent"
        sender = self._message_from(np, limit)
        if sender is not None:
            return sender, "subject"  # "A memo to staff from Munoz said": Munoz wrote it
        np = self._subject_before_adjunct(np, limit) or self._message_to(np, limit) or np
        if np is not None:
            # "Aides to Ann Lowe and Tom Reed said": the aides, not the last name
            np = self._people_of_joined_names(np, limit) or np
        opener = self._unclosed_role_subject(np, limit, c) if np is not None else None
        if opener is not None:
            return opener, "subject"  # "Jane Doe, a lawyer for Tom Reed said"
        if np is not None and np[0] - 2 > limit and not parsed and \
                words[np[0] - 1].lower in _OBJECT_PREPOSITIONS and \
                words[np[0] - 2].lower in ("and", "but", "or"):
            # "X first said A, but in a later interview said B": the phrase's object is no
            # subject; the verb shares the first one's
            link = np[0] - 2
            verb = next((x for x in range(limit, link) if is_cue_word(words[x])), None)
            sub = self._subject_of_cue(verb, limit)[0] if verb is not None else \
                self._subject_after_link(limit, link) or self.clause_subject(limit, link)
            if sub is not None:
                return sub, "coordination"
        if np is not None and np[0] < k and self._thing_relative(k) and np[0] - 1 >= limit and \
                words[np[0] - 1].upos == "VERB" and \
                words[np[0] - 1].lower not in _SUBJECT_MODIFIER_STARTS:  # not "including one that"
            # "X ran a piece that noted ...": the one who released it (the mention keeps
            # "that" otherwise: "water bottles that said “...”" speak for nobody else)
            sub = self._releaser(limit, np[0], c)
            if sub is not None and sub[1] <= np[0]:
                return sub, "relative"
        if np is not None and words[c].lower.endswith("ing") and np[0] - 1 >= limit and \
                words[np[0] - 1].lower == "with" and self._absolute_speaker(np):
            return np, "subject"  # "..., with Sen. Jane Doe calling it “...”"
        if np is not None and words[c].lower.endswith("ing") and not parsed:
            # "..., with the campaign of the former senator saying": the whole noun phrase
            # after "with", past the phrases that modify it
            y = next((y for y in range(np[0] - 1, max(limit, c - _ABSOLUTE_WORDS) - 1, -1)
                      if words[y].text == ","), None)
            absolute = self._absolute_phrase(y) if y is not None else None
            if absolute is not None and absolute[1] == c:
                return absolute[0], "subject"
        if words[c].lower.endswith("ing") and not parsed and c - 1 > k and \
                _time_word(words[c - 1]):
            np = self._text_before_time(c - 1, limit) or np
        named = self._named_gerund_subject(c, limit) if words[c].lower.endswith("ing") else None
        if named is not None:
            # "X was interviewed about Pope Francis calling A": the person the participle
            # follows says it (not "a statement about the deal saying A", the statement's
            # releaser below)
            return named, "subject"
        if np is not None and words[c].lower.endswith("ing") and np[0] - 1 >= limit and \
                (words[np[0] - 1].upos in ("VERB", "ADP") or is_cue_word(words[np[0] - 1]) or
                 self._verb_particle(np[0] - 1, limit)):
            # "The town released a statement saying ...", "... with a letter saying ...",
            # "X fired back a response saying ...": the one who released it
            sub = self._releaser(limit, np[0], c)
            if sub is not None and sub[1] <= np[0]:
                return sub, "participle"
        obj = np or ((k, k + 1) if words[k].is_pronoun else None)  # "Those around [him]"
        head = self._postmodified_speaker(obj, limit) if obj is not None else None
        if head is not None:
            return head, "subject"  # "People close to the mayor say", "Those over 60 say"
        made = self._record_by(np, limit) if np is not None else None
        if made is not None:
            return made, "subject"  # "A report by the Audit Board found": record and maker
        if np is not None and not parsed and np[0] - 3 >= limit and \
                words[np[0] - 1].lower in ("after", "before", "since") and \
                words[np[0] - 2].lower in _DONE_TO_PARTICIPLES and \
                not self.is_named_or_pronoun(np) and not _person_word(words[np[1] - 1]) and \
                not _text_noun(words[np[1] - 1]):
            # "A man arrested after the raid said", "A nurse interviewed after the fire
            # said": the event closes a participle's phrase on the person before it, who
            # speaks (not "Crowds gathered after the mayor said", "Prices fell after the
            # report said": the clause's own subject)
            head = self._np_back(np[0] - 3, limit)
            if head is not None and (head[0] == limit or words[head[0] - 1].is_punct) and \
                    _person_word(words[head[1] - 1]):
                return head, "subject"
        if np is not None and not words[c].lower.endswith("ing") and not parsed and \
                self._modifier_object(np, limit):
            # "A source speaking to Fox News said", "an official who spoke anonymously to
            # discuss strategy said": the noun the modifier follows (a parse knows it)
            head = self._modified_subject(np[0] - 1, limit)
            if head is not None:
                return head, "subject"
        return np, "subject"

    def _inside_set_off(self, x: int) -> bool:
        """True when word ``x``, right before a noun phrase read back from a comma before a
        cue, shows that phrase is only the end of a longer one: a noun or article the
        reading cut at its length limit ("X, who appraises golf [course properties for the
        firm Y], said"), or an adverb inside an apposition ("X, a former aide and [now] the
        chairman of Y, said").  The phrase is then no subject of its own; the name before
        the set-off phrase is (see :meth:`_subject_of_cue`)."""
        w = self.words[x]
        return self.in_quote[x] < 0 and not w.is_capitalised and \
            (w.upos in ("NOUN", "DET", "ADJ") or w.upos == "ADV" and x > 0 and
             self.words[x - 1].lower in ("and", "but"))

    def _named_gerund_subject(self, c: int, limit: int) -> tuple[int, int] | None:
        """The person's name right before the participle cue ``c`` after a verb's or an
        adjective's preposition of what a talk or a feeling is about ("interviewed about
        [Pope Francis] calling A", "upset over [Sen. Jo Lee] calling B", "heard from [Ann
        Roe] saying C"): the participle's own subject, who speaks, as the parse path reads
        it (:meth:`_gerund_subject`); None otherwise."""
        words = self.words
        j = c - 1
        while j > limit and c - j <= _NAME_WORDS and words[j].upos == "PROPN" and \
                self.in_quote[j] < 0:
            j -= 1
        if j == c - 1 or j - 1 < limit or words[j].lower not in _GERUND_SUBJECT_PREPOSITIONS or \
                words[j - 1].upos not in ("VERB", "ADJ") or not self._names_person((j + 1, c)):
            return None  # (not "a clip of X saying", "an account of X telling": the teller's)
        return j + 1, c

    def _releaser(self, limit: int, o: int, c: int) -> tuple[int, int] | None:
        """The subject of the clause whose verb takes the object that opens at word ``o``
        and speaks through cue ``c`` ("[The town council] released a statement saying",
        "[The council] voted 6-1 for the resolution which said"), from ``limit`` on."""
        words = self.words
        parsed = self._parsed(c)
        # "X led the charge, and [the committee] placed ads calling it a “...”": the clause
        # that releases it has a subject of its own after a coordinator
        sub = self._parsed_releasing_conjunct(limit, o, c) if parsed else \
            self._subject_of_linked_list(limit, o)
        if sub is not None:
            return sub
        sub = self.clause_subject(limit, o, inside=c if parsed else None)
        if sub is None and not parsed:
            v = o - 1
            if v - 1 > limit and words[v].upos == "ADP" and words[v - 1].upos == "VERB":
                v -= 1  # "The news service pointed to [X finding]"
            sub = self._opening_subject_of(limit, v)  # not a name: "The town council"
        return sub

    def _parsed_releasing_conjunct(self, limit: int, o: int, c: int) -> tuple[int, int] | None:
        """With a parse, the subject of the coordinated clause whose verb takes the object
        that opens at word ``o`` before cue ``c`` ("X led the charge, and the committee
        sent letters and placed ads calling it a “...”": the committee), when that clause,
        or the first one above the verb with a subject, is a conjunct with a subject of its
        own after ``limit``; None otherwise (the outermost clause's subject, as before)."""
        words = self.words
        noun = next((x for x in range(o, c) if not o <= words[x].head < c), None)
        if noun is None or words[noun].head < 0:
            return None
        w = words[words[noun].head]
        for _ in range(4):
            if w.upos not in ("VERB", "AUX"):
                return None
            sub = self._parse_subject(w, after=False)
            if sub is not None:
                return self.expand_mention(sub.i) \
                    if w.deprel == "conj" and limit <= sub.i < o else None
            if w.deprel not in ("conj", "xcomp") or w.head < 0:
                return None
            w = words[w.head]
        return None

    def _parsed_conjunct_subject(self, c: int, limit: int) -> tuple[int, int] | None:
        """With a parse, the subject of the coordinated clause a participle cue at word ``c``
        hangs from, when that clause has a subject of its own ("Gov. Ann Roe made the port a
        priority, and she has battled the union, at one point calling its leader a “bully”":
        she, not the first clause's Ann Roe); None when the first verb with a subject above
        the participle is no conjunct (the usual climb decides), or its subject is no
        person's name or pronoun before the cue."""
        words = self.words
        x = words[c].head
        for _ in range(4):
            if x < limit or x >= c:
                return None
            w = words[x]
            if w.upos in ("VERB", "AUX"):
                sub = self._parse_subject(w, after=False)
                if sub is not None:
                    if w.deprel != "conj" or not limit <= sub.i < x:
                        return None
                    # a person's (not "and Mr. Hurt's book included a statement from Ms.
                    # Roe, clarifying A": the statement's, which the climb finds)
                    return self.expand_mention(sub.i) \
                        if sub.is_pronoun or sub.ner.endswith("PERSON") else None
            x = w.head
        return None

    def _subject_before_adjunct(self, np: tuple[int, int] | None, limit: int
                                ) -> tuple[int, int] | None:
        """The person before an adjunct whose object is ``np`` ("Doe [during a Sunday
        rally] thanked"), or the subject of the clause before "and" or "but" that opens
        the adjunct ("Doe first said A, but [in a later interview] said B"): the cue's
        subject, not the object; None when there is none."""
        words = self.words
        if np is None or self._names_person(np) or words[np[0]].is_pronoun or \
                np[0] - 2 < limit or words[np[0] - 1].lower not in _ADJUNCT_PREPOSITIONS:
            return None
        if words[np[0] - 2].lower in ("and", "but") and not self._parsed(np[0]):
            return self.clause_subject(limit, np[0] - 2)
        subject = self._np_back(np[0] - 2, limit)
        if subject is None or not (self._names_person(subject) or
                                   words[subject[0]].is_pronoun):
            return None
        return subject

    def syntax_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of cue word ``c`` from the dependency parse, if any; none from
        another paragraph (a parse sentence that runs on over a paragraph break without a
        period: "... to tighten gun laws\n\nSen. Jane Doe says ...")."""
        if c not in self._syntax_subjects:
            self._syntax_subjects[c] = self._syntax_subject(c)
        return self._syntax_subjects[c]

    def _syntax_subject(self, c: int) -> tuple[int, int] | None:
        """:meth:`syntax_subject`, read from the parse."""
        if not self._parsed(c):
            return None
        sub = self._parse_tree_subject(c)
        if sub is not None and self.W.paragraph_of(self.words[sub[1] - 1].start) != \
                self.W.paragraph_of(self.words[c].start):
            return None
        if sub is not None and self.W.sentences[self.words[sub[0]].sent][0] == sub[0] and \
                self._past_dateline(sub[0], c) > sub[0]:
            return None  # "WASHINGTON (AP) — X said": the parse took the place for the subject
        return self._subordinated_subject(c, sub) or self._subject_past_stop(c, sub) or \
            self._conjunct_subject_past_stop(c, sub) or sub

    def _conjunct_subject_past_stop(self, c: int, sub: tuple[int, int] | None
                                    ) -> tuple[int, int] | None:
        """For cue ``c`` with no subject of its own that the parse joins to an earlier verb
        ("..., and the league strongly denounced A and said B"), the noun phrase right before
        that verb past a stop (:meth:`_subject_past_stop`), when the parse hangs that phrase
        elsewhere and gives the verb ``sub``, a subject before the stop ("a group of rabbis
        called for a boycott, and the league denounced A and said B": the league, which the
        parse made a conjunct of "boycott"); None otherwise."""
        words = self.words
        w = words[c]
        if sub is None or w.deprel != "conj" or not 0 <= w.head < c or \
                self._parse_subject(w, after=False) is not None:
            return None
        return self._subject_past_stop(w.head, sub)

    def _parse_tree_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of parsed cue word ``c`` from the dependency tree, if any."""
        words = self.words
        quoted = self._quoted_as_saying(c, self._sentence_range(c)[0])
        if quoted is not None:
            return quoted  # "The paper quoted Jane Doe as saying A": the one quoted speaks
        cue_word = words[c]
        absolute = None
        if cue_word.lower.endswith("ing") and cue_word.deprel.startswith("acl"):
            # (these five read a participle in -ing that the parse hangs from a noun, an
            # "acl" relation, and answer None for any other cue: asked once, here)
            absolute = self._absolute_subject(c) or self._gerund_subject(c) or \
                self._maker_subject(c) or self._charge_subject(c) or \
                self._bare_participle_subject(c)
        if absolute is None:
            absolute = self._reduced_passive_agent(cue_word)
        if absolute is not None:
            return absolute
        # "X apologized after they came out, saying": a participle after a comma speaks for
        # the main clause, above any subordinate clause the parse hung it from
        # (or after a comma and a coordinator: "X indicated A, vowing B, and suggesting C";
        # or after a comma inside closing quote marks: "X sued after Y ended the “Golden
        # Week,” saying")
        comma = c - 2 if c > 1 and words[c - 1].text in _QUOTE_CHARS and \
            words[c - 2].text == "," else c - 1
        outermost = words[c].lower.endswith("ing") and c > 0 and (
            words[comma].text == "," or
            c > 1 and words[c - 1].lower in _COORDINATORS and words[c - 2].text == ",")
        if outermost and words[comma].text == ",":
            # "X spoke down the street, where protesters had gathered, chanting “...”": the
            # clause of place, manner or contrast right before speaks, as without a parse
            near = self._subordinate_subject(comma, self._sentence_range(c)[0])
            if near is not None:
                return near
        climb = _PARTICIPLE_CLIMB if outermost else ("xcomp", "conj", "advcl", "ccomp")
        seen = 0
        cue = words[c]
        found, settled = None, False
        below: Word | None = None
        while cue is not None and seen < 8:
            if below is not None and below.deprel == "xcomp":
                absolute = self._absolute_subject(cue.i)
                if absolute is not None:
                    return absolute  # "..., with Doe taking to Twitter to call it “...”"
            if outermost and below is not None and self._relative_with_other_subject(cue):
                # "X attacked Y, with whom he clashed, calling him a “loser”": the participle
                # after the comma speaks for the clause the relative hangs from, not for the
                # relative's own subject
                noun = words[cue.head]
                below, cue = noun, words[noun.head]
                seen += 1
                continue
            if below is not None and below.i == c and below.deprel == "conj" and \
                    self._object_relative(cue):
                # "He praised those who left but said, “...”": the cue is coordinated with the
                # verb whose object the relative clause is on, not with the relative clause
                below, cue = cue, words[words[cue.head].head]
                seen += 1
            has, sub = self._own_subject(cue, shared=below is not None and below.deprel == "conj")
            if has and below is not None and self._extraposed_it(cue, sub, below):
                has = False  # "a poll shows how hard it will be to deny ...": the poll's
            if not has:
                sub = self._object_controller(cue)
                if sub is None and (below is None or outermost and below.i == c):
                    sub = self._misread_main_subject(cue)  # the cue's or its participle's
                if sub is None and below is None:
                    sub = self._verb_read_noun_subject(cue)
                has = sub is not None
            if has:
                if not outermost:
                    return sub
                if sub is not None and not settled and not self._embedded_question(cue) and \
                        (found is None or self.is_named_or_pronoun(sub) and sub[0] < c):
                    # not "It was a blow, as X echoed it, saying ...", nor a subject after
                    # the participle of a clause the parse wrongly put above ("X attacked Y,
                    # saying A, and reminded them of comments Y made": X)
                    found = sub
                    # "X was criticized, though he used stronger words, saying", "X weighed
                    # in: “A,” he said, adding": the "he" of the clause it hangs from speaks,
                    # not one of a report ("X indicated he would try, vowing": X)
                    settled = self._singular_person_pronoun(sub) and cue.deprel != "ccomp"
            # "..., adding that": the subject of the verb it hangs from
            if cue.deprel in climb and cue.head >= 0:
                below, cue = cue, words[cue.head]
                seen += 1
                continue
            break
        return found

    def _object_relative(self, verb: Word) -> bool:
        """True when ``verb`` heads a restrictive relative clause whose subject is its
        relative pronoun, on the object of a verb before it ("praised [those] who left"); not
        one set off by a comma, which a coordinated verb may go on ("met Ann Roe, who
        answered the door and said A")."""
        if verb.deprel != "acl:relcl" or verb.head < 0:
            return False
        noun = self.words[verb.head]
        sub = self._parse_subject(verb, after=False)
        return noun.deprel in _OBJECT_RELS and 0 <= noun.head < noun.i and \
            self.words[noun.head].upos == "VERB" and sub is not None and \
            sub.lower in _RELATIVES and self.words[sub.i - 1].text != ","

    def _relative_with_other_subject(self, verb: Word) -> bool:
        """True when ``verb`` heads a relative clause on the object of a verb, with a
        relative pronoun and a subject of its own after it ("attacked Y, with whom he
        clashed"; not "Y, who clashed", nor a misparsed main clause with no relative)."""
        if verb.deprel != "acl:relcl" or verb.head < 0:
            return False
        noun = self.words[verb.head]
        if noun.deprel not in _OBJECT_RELS or noun.head < 0:
            return False
        sub = self._parse_subject(verb, after=False)
        return sub is not None and sub.lower not in _RELATIVES and \
            any(noun.i < x.i < sub.i and x.lower in _RELATIVES for x in self.W.children(verb))

    def _object_controller(self, verb: Word) -> tuple[int, int] | None:
        """The object of a causing verb that the infinitive ``verb`` completes: the one it
        made do so ("That prompted Jane Doe to call it “...”").  None for an infinitive
        without one ("X tried to call it"), or after a verb of asking ("a clause requires
        staff to promise “...”": the words are the asker's)."""
        if verb.deprel not in ("xcomp", "advcl") or verb.head < 0 or \
                self.words[verb.head].lemma not in _CAUSING_VERBS:
            return None
        to = next((x for x in self.W.children(verb) if x.lower == "to" and x.i < verb.i), None)
        if to is None:
            return None
        obj = next((x for x in self.W.children(self.words[verb.head])
                    if x.deprel == "obj" and x.i < verb.i and self.in_quote[x.i] < 0 and
                    _nounish(x)), None)
        if obj is None:
            return None
        np = self.expand_mention(obj.i)
        if verb.deprel == "advcl" and np[1] != to.i:
            return None  # "led Republicans to say": a parse may take the infinitive for a
            # clause of purpose; only with the object right before its "to"
        return np

    def _misread_main_subject(self, verb: Word) -> tuple[int, int] | None:
        """The speaker a parser took for the noun a reduced relative ``verb`` modifies when
        no verb governs that noun ("Ali called on fellow Muslims to “...”", "WASHINGTON —
        The Committee released a statement, offering “...”": the parse hangs the verb from
        the name as "acl", the name from nothing or the dateline): the verb is the sentence's
        own, the name right before it its subject.  None with a relative pronoun, or for a
        thing that cannot speak."""
        if verb.deprel not in ("acl", "acl:relcl") or not 0 <= verb.head < verb.i or \
                any(x.lower in _RELATIVES and x.i < verb.i for x in self.W.children(verb)):
            return None
        noun = self.words[verb.head]
        if noun.deprel not in ("root", "dep") or self.in_quote[noun.i] >= 0:
            return None
        np = self.expand_mention(noun.i)
        return np if np[1] == verb.i and self._speaking_group(np) else None

    def _absolute_subject(self, c: int) -> tuple[int, int] | None:
        """In the parse, the person after "with" that participle cue ``c`` modifies ("...,
        with Sen. Jane Doe calling it “...”"): the one who speaks, not the main clause."""
        noun = self._participle_noun(c)
        if noun is None:
            return None
        if "with" in self._prepositions_of(noun):
            np = self.expand_mention(noun.i)
            if self._absolute_speaker(np) or self._set_off_absolute_text(noun, noun):
                return np
            return None
        head = self.words[noun.head] if noun.head >= 0 else None
        if head is not None and noun.deprel == "nmod" and head.i < noun.i and \
                head.upos in ("NUM", "PRON") and "of" in self._prepositions_of(noun) and \
                self._set_off_absolute_text(head, noun):
            # ", with one of her ads asking": the part of the texts that speaks
            return head.i, self.expand_mention(noun.i)[1]
        return None

    def _gerund_subject(self, c: int) -> tuple[int, int] | None:
        """Who speaks with participle cue ``c`` that the parse hangs from a noun after a
        preposition: a person or group that a verb takes after "of", "about" or "from"
        ("What do you make of Jane Doe saying “...”"), with the part of it that the noun is
        of ("the share of voters saying “...”"); the subject of the verb whose recipient the
        noun is ("sent a message to supporters saying").  None for a thing or a date ("in
        April explaining"), or a person in a report of someone else's ("an account of X
        telling": the one who gives it)."""
        shown = self._shown_speaker(c)
        if shown is not None:
            return shown
        noun = self._participle_noun(c)
        if noun is None:
            return None
        cases = self._prepositions_of(noun)
        head = self.words[noun.head] if noun.head >= 0 else None
        if "to" in cases and head is not None and head.upos == "VERB":
            return self.syntax_subject(head.i)
        np = self.expand_mention(noun.i)
        if head is None or not self._speaking_group(np):
            return None
        if "of" in cases and head.i < noun.i and head.lower in _PORTION_NOUNS:
            return self.expand_mention(head.i)[0], np[1]  # "the share of voters"
        if cases & {"of", "about", "from"} and head.upos == "VERB":
            return np  # "think of X saying", "heard from X saying"; not "an account of X"
        if "of" in cases and head.i < noun.i and head.lower in _DEPICTION_NOUNS:
            return np  # "The ad shows footage of X saying", "a video of X asking": X
        return None

    def _shown_speaker(self, c: int) -> tuple[int, int] | None:
        """The person a recording shows, when the parse hangs participle cue ``c`` from the
        recording rather than from the person ("an ad with footage of X saying", "a video
        of X asking"): X speaks, not the one who shows the recording."""
        w = self.words[c]
        if w.deprel != "acl" or not w.lower.endswith("ing") or not 0 <= w.head < c or \
                self.words[w.head].lower not in _DEPICTION_NOUNS:
            return None
        shown = next((x for x in self.W.children(self.words[w.head]) if x.deprel == "nmod" and
                      w.head < x.i < c and "of" in self._prepositions_of(x)), None)
        if shown is None:
            return None
        np = self.expand_mention(shown.i)
        return np if np[1] == c and self._speaking_group(np) else None

    def _maker_subject(self, c: int) -> tuple[int, int] | None:
        """Who speaks with participle cue ``c`` that the parse hangs from a thing a verb
        takes for its object ("X issued a statement saying", "That prompted the paper to run
        a cover saying"): the subject of that verb, who put the thing out.  None for a
        person or group ("X quoted voters saying": they speak)."""
        noun = self._participle_noun(c)
        if noun is None or noun.deprel != "obj" or noun.head < 0 or \
                self.words[noun.head].upos != "VERB" or \
                self._speaking_group(self.expand_mention(noun.i)):
            return None
        return self.syntax_subject(noun.head)

    def _charge_subject(self, c: int) -> tuple[int, int] | None:
        """Who speaks with a gerund cue ``c`` after "of" or "for" that the parse hangs from
        the object of a verb ("X accused the moderators of asking “...” questions", "X
        mocked Y for calling himself “...”"): the subject of that verb, whose charge the
        quoted words put."""
        w = self.words[c]
        if not w.lower.endswith("ing") or not w.deprel.startswith("acl") or w.head < 0:
            return None
        noun = self.words[w.head]
        if noun.deprel != "obj" or noun.head < 0 or self.words[noun.head].upos != "VERB" or \
                not any(x.lower in ("of", "for") and x.i < c for x in self.W.children(w)):
            return None
        return self.syntax_subject(noun.head)

    def _bare_participle_subject(self, c: int) -> tuple[int, int] | None:
        """The person right before participle cue ``c`` that the parse hangs it from, with
        no preposition before the person ("both issued statements – Ryan saying he was
        “encouraged” and Trump calling it a “great meeting”"): the one who speaks, not the
        clause the person's phrase belongs to (but "X issued a statement saying": X)."""
        noun = self._participle_noun(c)
        if noun is None or self._prepositions_of(noun):
            return None
        np = self.expand_mention(noun.i)
        return np if self._absolute_speaker(np) else None

    def _reduced_passive_agent(self, cue: Word) -> tuple[int, int] | None:
        """The agent of a past participle cue with no subject of its own ("As reported by
        the Courier, A", "after being warned by the ministry that A"): the one after "by"
        speaks, not the subject of the clause the participle hangs from (not a time: "had
        confirmed 68 nominees by this point"); None otherwise."""
        if cue.deprel != "advcl" or cue.lower.endswith("ing") or self._has_subject(cue.i):
            return None
        agent = self._passive_agent(cue)
        return agent if agent is not None and (
            self.is_named_or_pronoun(agent) or self._speaking_group(agent)) else None

    def _own_subject(self, cue: Word,
                     shared: bool = False) -> tuple[bool, tuple[int, int] | None]:
        """(whether ``cue`` has a subject in the parse, the speaker mention it gives); with
        ``shared``, the subject a conjoined verb takes from it, which is a passive one's own
        subject when it has an agent ("X was angered by Y and predicted A": X, not Y)."""
        key = (cue.i, shared)
        own = self._own_subjects.get(key)
        if own is None:
            own = self._own_subjects[key] = self._read_own_subject(cue, shared)
        return own

    def _read_own_subject(self, cue: Word, shared: bool) -> tuple[bool, tuple[int, int] | None]:
        """:meth:`_own_subject`, read from the parse."""
        w = self._parse_subject(cue, after=False) or self._name_after_quoted_subject(cue)
        if w is None:
            return False, None
        person = self._person_after_setting(w, cue)
        if person is not None:
            return True, person
        if w.deprel == "nsubj:pass" and cue.lemma not in _PASSIVE_SPEAKER_CUES:
            # "X was asked by Y": the one who asked; "X's name was announced": nobody
            agent = self._passive_agent(cue)
            if not shared or agent is None:
                return True, agent
        closed = self._closed_relative_antecedent(w, cue)
        if closed is not None:
            return True, closed
        sub = self.expand_mention(w.i)
        if not self.is_named_or_pronoun(sub):
            # "The problem with A, says Jane Doe, a lawyer, is ...": the name after the cue
            aside = self._inverted_aside_speaker(cue.i, self._sentence_range(cue.i)[1])
            sub = self._name_before_cue(w, cue) or aside or self._sender_of(w) or \
                self._appositive_name(w, cue) or sub
        elif not w.is_pronoun and not self._names_in(sub) and \
                not any(x.upos == "CCONJ" for x in self.words[w.i:cue.i]):
            # "One pastor backing Tom Reed, Jo Hale of Grace Church, said": the role's name
            # (not another's in a coordination: "The firm and its chief, Jo Hale, said")
            sub = self._appositive_name(w, cue) or sub
        sub = self._title_holder(w, cue) or sub
        # a misparse may hang the poll anywhere ("In a CBS survey released Thursday, 79
        # percent said ..." read as "survey released"): the poll that opens the sentence
        return True, self._poll_of_share(sub, cue) or self._poll_before_share(sub, cue.i) or \
            self._antecedent(sub, cue)

    def _person_after_setting(self, w: Word, cue: Word) -> tuple[int, int] | None:
        """The person named right before ``cue`` whom the parse hangs from its subject
        ``w``, a noun of place or occasion that an opening phrase without a comma ends ("At
        the party's convention Sen. Jane Doe said ...": the parse takes "convention" for the
        subject, the senator for a word on it); None otherwise."""
        if w.upos != "NOUN" or _person_word(w) or not w.i < cue.i:
            return None
        name = next((x for x in self.W.children(w) if x.deprel in ("dep", "appos", "flat") and
                     w.i < x.i < cue.i and x.ner.endswith("PERSON") and x.upos == "PROPN"),
                    None)
        if name is None:
            return None
        np = self.expand_mention(name.i)
        if np[0] != w.i + 1 and not all(self.words[k].upos == "PROPN" or
                                        self.words[k].lower in TITLES
                                        for k in range(w.i + 1, np[0])):
            return None
        return np

    def _closed_relative_antecedent(self, who: Word, cue: Word) -> tuple[int, int] | None:
        """The person before a relative clause that a comma closes right before ``cue``,
        whose relative subject ``who`` the parse takes for the cue's ("Jane Doe, who has
        9 million followers, tweeted"): the cue is the main clause's verb, its subject the
        person the relative clause is about.  None when the relative clause holds nothing
        but the cue ("Jane Doe, who later tweeted")."""
        words = self.words
        if who.lower != "who" or cue.deprel != "acl:relcl" or not 0 <= cue.head < who.i or \
                words[cue.i - 1].text != "," or who.i + 2 >= cue.i or \
                not any(words[k].upos in ("VERB", "AUX") for k in range(who.i + 1, cue.i - 1)):
            return None
        person = self.expand_mention(cue.head)
        return person if self._absolute_speaker(person) else None

    def _name_after_quoted_subject(self, cue: Word) -> Word | None:
        """The name right after a quote that the parse takes for the subject of ``cue``
        and hangs the name from ('“A,” Jane Doe, the party's leader in the state, said'):
        the name is the subject that the quote's closing comma sets off."""
        for sub in self.W.children(cue):
            if sub.deprel.startswith("nsubj") and self.in_quote[sub.i] >= 0 and sub.i < cue.i:
                return next((x for x in self.W.children(sub) if x.i < cue.i and
                             x.upos in ("PROPN", "PRON") and self._after_quote_comma(x)), None)
        return None

    def _after_quote_comma(self, w: Word) -> bool:
        """True when the mention of parse word ``w`` follows a quote that ends in a comma
        ('“A,” Jane Doe'), past the closing marks only."""
        words = self.words
        k = self.expand_mention(w.i)[0] - 1
        while k > 0 and words[k].is_punct and self.in_quote[k] < 0:
            k -= 1
        return self.in_quote[k] >= 0 and self.in_quote[w.i] < 0 and \
            any(words[j].text == "," for j in range(k - 1, w.i))

    def _title_holder(self, subject: Word, cue: Word) -> tuple[int, int] | None:
        """The person named at the end of a title phrase whose title the parse takes for
        the subject of ``cue`` ("Vice President for news and talk Jane Doe called it",
        the parse's subject "President"): the phrase up to the name right before the cue,
        inside the subject's phrase with no comma or verb between, so that the name, not the
        title, tells who speaks.  None for a title with a determiner ("a spokesman for Jane
        Doe said", "his aide": the name says whose)."""
        words = self.words
        if subject.lower not in TITLES or self._names_person((subject.i, subject.i + 1)) or \
                any(x.deprel in ("det", "nmod:poss") for x in self.W.children(subject)):
            return None
        k = cue.i - 1
        while k > subject.i and words[k].upos in ("ADV", "AUX"):
            k -= 1
        if k <= subject.i or not self._above(subject.i, k):
            return None
        np = self.expand_mention(k)
        between = range(subject.i + 1, np[0])
        if not between or words[np[0] - 1].upos in ("ADP", "DET") or not self._names_person(np) or \
                any(words[j].text == "," or words[j].upos == "VERB" for j in between):
            return None
        return self.expand_mention(subject.i)[0], np[1]

    def _name_before_cue(self, subject: Word, cue: Word) -> tuple[int, int] | None:
        """The name that the parse hangs inside the phrase of ``subject``, set off by a comma
        right before ``cue`` ("During a meeting in Dover, Jane Doe told ...", "Earlier
        Tuesday, his aide, Tom Reed, says"), or by a comma and a coordinator ("The crowd
        cheers, and then Jane Doe continues"): the one who speaks, not the phrase before
        it."""
        words = self.words
        k = cue.i - 1
        while k > subject.i and (words[k].upos == "ADV" or words[k].text == ","):
            k -= 1
        if k <= subject.i or not self._above(subject.i, k):
            return None
        np = self.expand_mention(k)
        j = np[0] - 1
        while j > subject.i and words[j].upos in ("CCONJ", "ADV"):
            j -= 1  # "The crowd cheers, and then Jane Doe continues:"
        if j > subject.i and words[j].text == "," and self._names_person(np):
            return np
        return None

    def _appositive_name(self, subject: Word, cue: Word) -> tuple[int, int] | None:
        """The person's name that commas set off as an apposition in the phrase of
        ``subject`` before ``cue`` ("One of the men, Tom Reed, 70, said", "A lifelong
        independent, Jane Doe said"): the name tells who speaks, not the description."""
        words = self.words
        for k in range(subject.i + 1, cue.i):
            x = words[k]
            if x.deprel == "appos" and words[k - 1].text == "," or \
                    x.deprel == "appos" and words[k - 1].upos == "PROPN" and \
                    words[self.expand_mention(k)[0] - 1].text == ",":
                np = self.expand_mention(k)
                if words[np[0] - 1].text == "," and self._names_person(np) and \
                        self._above(subject.i, k):
                    return np
        return None

    def _sender_of(self, message: Word) -> tuple[int, int] | None:
        """The person a participle of sending names as the sender of ``message`` ("A letter
        sent out by Jane Doe warned"): the news credits a statement to whoever issued it, not
        to one who got hold of it ("an email obtained by X shows")."""
        if message.lower not in MESSAGE_NOUNS:
            return None
        for x in self.W.children(message):
            if x.deprel.startswith("acl") and x.lemma in SENDING_VERBS and x.i > message.i:
                agent = self._passive_agent(x)
                if agent is not None and self.is_named_or_pronoun(agent):
                    return agent
        return None

    def _parse_subject(self, verb: Word, after: bool = True) -> Word | None:
        """The parse subject of ``verb`` outside quotes that can speak; of two, the one
        nearest before it ("The industry, she said, is ...", "Flying home, she vented");
        one after it only when ``after`` allows, or the verb inverts ("said Jane Doe")."""
        key = (verb.i, after)
        if key not in self._parse_subjects:
            self._parse_subjects[key] = self._read_parse_subject(verb, after)
        return self._parse_subjects[key]

    def _read_parse_subject(self, verb: Word, after: bool) -> Word | None:
        """:meth:`_parse_subject`, read from the parse."""
        subjects = [w for w in self.W.children(verb)
                    if w.deprel.startswith("nsubj") and self.in_quote[w.i] < 0 and
                    self._plausible_subject(w) and (after or not self._object_after(w, verb)) and
                    not self._past_its_clause(w, verb)]
        if not subjects:
            return None  # (most verbs asked: none, and nothing below to read)
        label = next((w for w in subjects if self._speaker_label(w)), None)
        if label is not None:
            return label  # "Jane Doe: Voters want ...": the one who speaks the line
        # a noun or pronoun over a word the parse took for one ("“A,” it further wrote")
        subjects = [w for w in subjects if w.upos in _NOMINAL_TAGS] or subjects
        before = [w for w in subjects if w.i < verb.i]
        if before:
            return self._unclosed_apposition(before[-1], verb) or before[-1]
        return subjects[0] if subjects else None

    def _unclosed_apposition(self, w: Word, verb: Word) -> Word | None:
        """The apposition in the phrase of parse subject ``w`` that a comma opens and nothing
        closes before ``verb`` ("A self-professed independent, Jane Doe said", "Ahead of the
        Ohio primary, Doe's campaign says", "Absent a defense of his plans, voters may
        conclude"): a phrase set off by one comma only is the subject after a fronted phrase
        the parse took for it.  None when the subject is a person, whose apposition a writer
        left open ("Jane Doe, a lawyer for Tom Reed said"), for one in parentheses ("Sen. Jane
        Doe (D-Ore.) said"), or when the verb ends its sentence ("A, B and C, Jane Doe
        stated."): the writer's frame after a clause the parse read as the subject."""
        if w.deprel != "nsubj" or w.is_pronoun:
            return None
        words = self.words
        k = verb.i - 1
        while k > w.i and words[k].upos in ("ADV", "AUX", "PART"):
            k -= 1
        for y in words[w.i + 1:k + 1]:
            if y.deprel != "appos" or self.in_quote[y.i] >= 0 or not self._above(w.i, y.i):
                continue
            lo, hi = self._subtree(y.i, *self._sentence_range(y.i))
            if hi - 1 != k or words[lo - 1].text != "," or not self._plausible_subject(y):
                continue
            end = self._sentence_range(verb.i)[1]
            if _person_word(w) or self._names_person(self.expand_mention(w.i)) or \
                    all(x.is_punct for x in words[verb.i + 1:end]):
                return None
            return y
        return None

    def _speaker_label(self, w: Word) -> bool:
        """True when the mention of parse word ``w`` opens its sentence before a colon, as a
        transcript or a headline names who speaks ("Jane Doe: Voters want ...")."""
        a, b = self.expand_mention(w.i)
        return a == self._sentence_range(w.i)[0] and b < len(self.words) and \
            self.words[b].text == ":"

    def _poll_of_share(self, sub: tuple[int, int], cue: Word) -> tuple[int, int] | None:
        """The poll that reports what the share ``sub`` of those asked said with cue ``cue``:
        one the cue's clause names in "in a poll" ("In a CNN poll, 31% of voters said ..."),
        or the subject of a verb the cue's clause is the finding of ("The poll finds that
        22 percent say ..."); the news credits the poll.  None otherwise ("31% of voters
        in a CNN poll said" keeps the share)."""
        if self._share_start(sub[1] - 1, sub[0]) is None:
            return None
        w, steps = cue, 0
        while steps < 4:
            for x in self.W.children(w):
                if x.lemma in _POLL_NOUNS and self.in_quote[x.i] < 0 and (
                        x.deprel.startswith("nsubj") and w is not cue or
                        x.deprel.startswith("obl") and any(
                            y.deprel == "case" and y.lower == "in" for y in self.W.children(x))):
                    return self.expand_mention(x.i)
            if w.deprel not in _FINDING_RELS or w.head < 0:
                return None
            w = self.words[w.head]
            steps += 1
        return None

    def _passive_agent(self, cue: Word) -> tuple[int, int] | None:
        """The agent of a passive cue ("was asked by host Jane Doe"), if the parse has one."""
        words = self.words
        for x in self.W.children(cue):
            if x.deprel == "obl:agent" or x.deprel == "obl" and x.i > cue.i and \
                    any(y.deprel == "case" and y.lower == "by" for y in self.W.children(x)):
                if self.in_quote[x.i] < 0 and _nounish(words[x.i]):
                    return self.expand_mention(x.i)
        return None

    def _antecedent(self, sub: tuple[int, int], cue: Word) -> tuple[int, int]:
        """The subject as written: a relative "who" stays the mention (see
        :meth:`antecedent_of`); but a restrictive "that" after the object of a verb gives
        that verb's subject, or the one it shares ("X released an ad that urges “...”", "X
        plans to air an ad that urges “...”": X, as on the surface)."""
        a, b = sub
        if b - a == 1 and self._thing_relative(a) and cue.deprel.startswith("acl") and \
                cue.head >= 0:
            thing = self.words[cue.head]
            if thing.deprel == "obj" and thing.head >= 0:
                owner = self.syntax_subject(thing.head)
                if owner is not None:
                    return owner
        return sub

    def antecedent_of(self, span: tuple[int, int], whose: bool = False
                      ) -> tuple[int, int] | None:
        """For a relative pronoun mention ("Beck, who has said ..."), the noun it stands for;
        with ``whose``, for a "whose" too (see :meth:`coordinated_relative`)."""
        words = self.words
        a, b = span
        if b - a != 1 or words[a].lower not in ("who", "which", "that", "whom") and \
                not (whose and words[a].lower == "whose"):
            return None
        w = words[a]
        if self._parsed(a) and w.head >= 0:
            verb = words[w.head]
            if verb.deprel.startswith("acl") and verb.head >= 0:
                # "his wife, Laura, who spoke": the parse hangs the clause from "wife", but
                # the name in apposition just before the pronoun says who
                h = verb.head
                name = next((k for k in range(a - 1, h, -1) if words[k].head == h and
                             words[k].deprel == "appos" and words[k].upos == "PROPN"), None)
                if name is None and not self._thing_before_people(h, a):
                    return self.expand_mention(h)
                if name is not None:
                    return self.expand_mention(name)
        k = a - 1
        lo = self.W.sentences[w.sent][0]
        if k >= lo and (words[k].text == "," or words[k].text in _DASHES and
                        self.in_quote[k] < 0):
            k -= 1  # "Roe, who", "Roe - who previously said"
        if k > lo and words[k].lower in _INTENSIVES:
            k -= 1  # "Roe himself, who has said": the one "himself" stresses
        np = self._np_back(k, lo) if k >= lo else None
        if np is not None and np[1] - np[0] > 2 and words[np[0]].lower in ("that", "those") \
                and words[np[0] + 1].lower == "of":
            return np[0] + 2, np[1]  # "than that of [her campaign's leadership], who"
        return np

    def relative_holder(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """For a "he" or "she" that a subordinator opens inside a relative clause ("The nurse
        who quit because she believed A"), the noun phrase the "who" stands for: the one the
        clause is about, with no other person named in the clause before the pronoun; None
        otherwise."""
        words = self.words
        a, b = span
        if b - a != 1 or words[a].lower not in ("he", "she") or a < 2 or \
                words[a - 1].lower not in _LEAD_SUBORDINATORS:
            return None
        lo = self.W.sentences[words[a].sent][0]
        for k in range(a - 2, max(lo, a - _WINDOW) - 1, -1):
            w = words[k]
            if self.in_quote[k] >= 0 or w.text in (",", ";", ":") or w.text in _DASHES or \
                    w.ner.endswith("PERSON") or w.lower in _PERSONAL_SUBJECTS:
                return None  # the clause ends, or names someone else
            if w.lower == "who":
                return self.antecedent_of((k, k + 1)) if k + 1 < a - 1 else None
        return None

    def expand_mention(self, h: int) -> tuple[int, int]:
        """A compact mention around head word ``h``: its name or noun phrase."""
        mention = self._mentions.get(h)
        if mention is None:
            mention = self._mentions[h] = self._read_mention(h)
        return mention

    def _read_mention(self, h: int) -> tuple[int, int]:
        """:meth:`expand_mention`, read from the words."""
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
            while a < h and words[a].head != h and words[a].deprel in ("mark", "cc"):
                a += 1  # "[As] Breitbart News reported": a subordinator the tagger named
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

    def of_phrase_end(self, a: int, b: int) -> int:
        """The end of a speaker mention [a, b) with the "of" phrase its last word heads in
        the parse ("[Hundreds] of protesters chanted", "[The director] of the museum
        said", "[16 percent] of voters say", "[Some] of the women said"): the parse's head
        alone names no one (a count, a share, an office), where the noun phrase, as the
        model-free path and annotators give it, does.  ``b`` when the last word is a name
        or a personal pronoun, or no such phrase follows it."""
        words = self.words
        h = b - 1
        w = words[h]
        if b >= len(words) or words[b].lower != "of" or not self._parsed(h) or \
                w.ner != "O" or w.is_pronoun and w.lower not in OF_PHRASE_PRONOUNS or \
                self.in_quote[b] >= 0:
            return b
        x = words[b].head
        if not (b < x < self._sentence_range(h)[1] and x - b <= _OF_PHRASE_REACH) or \
                words[x].head != h or words[x].deprel != "nmod" or words[b].deprel != "case":
            return b
        end = max(x + 1, self.expand_mention(x)[1])
        if any(self.in_quote[k] >= 0 or words[k].is_punct for k in range(b, end)):
            return b
        return end

    def _poll_before_share(self, np: tuple[int, int], c: int) -> tuple[int, int] | None:
        """Without a parse, the poll named earlier in its sentence that reports what the
        share ``np`` of those asked said with cue ``c`` ("In a CNN poll, 31% of voters
        said “...”", "A new poll shows ...: Six in 10 voters said “...”"): the news credits
        the poll, as :meth:`_poll_of_share` reads a parse.  None when ``np`` is no share or
        no poll comes before it ("31% of voters in a CNN poll said" keeps the share), or a
        relative clause holds the share."""
        words = self.words
        joined = np[0] >= 1 and words[np[0] - 1].lower in ("and", "or")
        if not joined and words[np[0]].upos in ("PROPN", "PRON") and \
                words[np[0]].lower != "those":
            return None  # (the common case, a name or "he", at once)
        a = self._sentence_range(np[0])[0]
        if joined and np[0] - 1 > a:
            # "31% of Democrats and [Democratic-leaning voters] said": the share holds both
            share = self._share_subject(a, c)
            if share is not None and share[0] < np[0] and share[1] == np[1]:
                np = share
        first = words[np[0]]
        if not (_is_number(first) or first.lower in SHARE_WORDS or first.lower in ("as", "those")
                or first.lower in SHARE_QUALIFIERS) or words[np[1] - 1].lower in _POLL_NOUNS or \
                self._share_subject(np[0], c) is None:
            return None  # (a share opens with a number or a share word; "some polls" is the
            # poll itself)
        for x in range(np[0] - 1, a - 1, -1):
            if words[x].lower in ("which", "whom", "where") and self.in_quote[x] < 0:
                return None  # "The poll shows an electorate in which 67 percent say A": a
                # relative clause's share speaks, as a parse reads it
            if words[x].lower in _POLL_NOUNS and words[x].upos in ("NOUN", "PROPN") and \
                    self.in_quote[x] < 0:  # "a poll", "a CNN/ORC International Poll"
                return self._np_back(x, a) or (x, x + 1)
        return None

    def clause_subject(self, a: int, k: int, inside: int | None = None,
                       deep: bool = False, unparsed: bool = False) -> tuple[int, int] | None:
        """The subject of the clause spanning words [a, k) (or governing word ``inside``).

        ``deep`` reads a quote's clause that no frame names: without a parse, any name or
        pronoun may be the subject, and a verb of naming or a coordinated clause before
        word ``k`` gives the nearest one; with a parse, a coordinated clause with a subject
        of its own stops the climb to the outermost clause.  ``unparsed`` reads the words as
        if the sentence had no parse.
        """
        words = self.words
        a = max(a, k - _WINDOW)
        if not unparsed and self._parsed(inside if inside is not None else max(a, k - 1)):
            if deep:
                # "we watch the envoys calling it the “...”": the one seen speaking, which
                # the parse may hang anywhere
                seen = self._perceived_speaker(a, k)
                if seen is not None:
                    return seen
            start = inside if inside is not None else None
            if start is None:
                roots = [i for i in range(a, k) if words[i].head < 0 or
                         not (a <= words[words[i].head].i < k)]
                start = roots[0] if roots else None
            # the outermost clause's subject: "Rubio bemoaned the climate in which people
            # “hate each other”" is Rubio's, not people's
            steps = 0
            found = speaker = None
            while start is not None and start >= 0 and steps < 12:
                x = self._parse_subject(words[start])
                own = x is not None
                if deep and found is not None and self._speaks(found):
                    speaker = found
                if x is None and found is not None and deep and is_cue_word(words[start]) and \
                        words[start].lemma in SPEECH_VERBS:
                    # "Sen. Jane Doe (R-Wis.) | kept asking why the agency called it
                    # “spontaneous”": the cue's subject ends the parse before a false split
                    split = self._subject_before_split(start)
                    if split is not None:
                        return split
                if x is not None and found is not None and deep and x.i > k:
                    break  # "X denounced it as “...” and warned of what Y would have": a
                    # head after the quote that the parse put above names another clause
                if x is not None:
                    found = self._antecedent(self.expand_mention(x.i), words[start])
                    if words[start].lemma in _NAMING_VERBS and x.deprel == "nsubj" and \
                            not (x.is_pronoun and self._free_relative(x)) and \
                            not self._lead_in_past(start, k):
                        # "... what the mayor calls “a tax on joy”", "X met Y, who called
                        # him “unfit”", "in videos he calls “...”": the one who names it
                        # ("X condemned what he called ...": a pronoun stands for X; but
                        # "what it calls" names the body "it" is)
                        return found
                if x is None and found is None and deep and words[start].head < 0:
                    # "the FBI lists “...”": a verb the parse read as a plural noun, the
                    # root of a sentence with no verb, hung with the subject before it
                    found = self._noun_root_read_as_verb(words[start], k)
                if deep and own and x is not None and x.lower == "who" and x.i < k and \
                        words[start].deprel == "acl:relcl" and words[start].head >= 0 and \
                        words[words[start].head].ner.endswith("PERSON"):
                    # "X contrasted that with Y, who is looking to bring “both sides to the table”",
                    # "Y, who has styled herself as the “...”, has taken": the relative
                    # clause of a named person that holds the quote tells what its own
                    # subject says (not "X casts Y as a liberal who would “...”": X's words)
                    break
                if deep and own and (words[start].deprel in _COORDINATE_RELS or
                                     self._adverbial_clause(words[start]) or
                                     self._subordinated(words[start])):
                    # "X shook hands, and Y called it a “hug”", "X won, while Y called it a
                    # “fluke”": Y's clause, not X's
                    reporter = self._reporter_of_conjunct(words[start])
                    if reporter is not None and reporter[1] <= k:
                        # "He said A, and Democrats would need to “depend on Bernie”": the
                        # second clause is his report too
                        return reporter
                    break
                start = words[start].head
                steps += 1
            if speaker is not None and found is not None and self._mute_thing(found):
                # "The rally drew cheers, showing the anger that her fans feel about the
                # “rigged” system": a thing that cannot speak opens the outermost clause;
                # the speaker of the clause below it speaks
                return speaker
            if found is None or not a <= found[0] < self._past_dateline(a, k):
                return found
            # "JACKSON, Miss. - Judge X issued": a dateline the parse took for the subject
        # surface: a named or pronoun noun phrase that opens the clause (or follows an
        # introductory phrase and its comma) when a verb-like word follows it; a dateline
        # ("DENVER, May 2 (AP) —") names a place, no subject
        a = self._past_dateline(a, k)
        # (and after the closing mark of a title, its comma inside the marks: 'On “Morning
        # Desk,” Sen. Jane Doe ...')
        text = self.W.text
        starts = [a] + [x + 1 for x in range(a, k)
                        if words[x].text in (",", "–", "—", "―", ")", ":", ";") and
                        self.in_quote[x] < 0 or
                        words[x].text in _QUOTE_CHARS and x > a and words[x - 1].text == "," and
                        x + 1 < k and text[words[x].end:words[x].end + 1].isspace() and
                        self._closes_a_title(x)]
        boundaries = starts[1:]
        if inside is None and deep:
            # then any name or pronoun in the clause that a verb follows
            starts += [x for x in range(a, k) if x not in starts and
                       ((words[x].ner != "O" or words[x].is_pronoun) and
                        (x == a or words[x - 1].ner == "O" and not self._object_of_preposition(x))
                        and not self._nationality_of_thing(x, k)
                        or self._after_what(x))]
            # each start read once: the rules below try them nearest first
            subjects = {i: self._surface_subject_at(i, k, boundaries, deep=True)
                        for i in set(starts)}
            nearest = [(i, subjects[i]) for i in sorted(subjects, reverse=True)]
            named = self._naming_subject(a, k, nearest) or self._conjunct_subject(k, nearest) \
                or self._perceived_speaker(a, k) or \
                self._subordinate_clause_subject(a, k, boundaries, nearest)
            if named is not None:
                return named
            read = [s for i in starts if (s := subjects[i]) is not None]
            # "in a clip that Judge X called “A,” Y expressed a wish to “B”": a relative
            # clause's subject in a phrase before the main clause's is not the main one's
            main = [s for s in read if not self._relative_subject(s[1], a)]
            pick = main or read
            held = self._person_relative_holding(a, k)
            if held is not None and (not pick or pick[0][1][0] < held[0]):
                return held
            if pick:
                return self._subject_past_relative(pick[0][0], a, k) or pick[0][0]
            return None
        for i in starts:
            surface = self._surface_subject_at(i, k, boundaries)
            if surface is not None:
                return surface[0]
        return None

    def _person_relative_holding(self, a: int, k: int) -> tuple[int, int] | None:
        """Without a parse, the "who" of a relative clause set off after a person's name
        that runs on to word ``k`` (the quote) in words [a, k): "X's tone was a contrast to
        the speech by his daughter Jane Doe, who portrayed him as a generous, kind man who
        would be “...”" tells what Jane Doe says, not the main clause's subject (as a parse
        reads it, see :meth:`clause_subject`); None when the relative clause closes before
        the quote ("Jane Doe, who has a lead, mocked Y for “...”": a verb after its comma),
        or the antecedent is no person's name ("a man who would “...”": X's words)."""
        words = self.words
        for x in range(k - 1, max(a, k - _SET_OFF_WORDS * 2), -1):
            w = words[x]
            if self.in_quote[x] >= 0:
                continue
            if w.text in (";", ":") or w.text in _DASHES:
                return None
            if w.text == "," and x + 1 < k and words[x + 1].upos in ("VERB", "AUX"):
                return None  # the relative clause closed: the main clause goes on
            if w.lower == "who" and x - 2 >= a and words[x - 1].text == "," and \
                    words[x - 2].ner.endswith("PERSON") and x + 1 < k and \
                    words[x + 1].upos in ("VERB", "AUX"):
                # (its verb one of speech, stance or naming: not "Lauer, who took heat
                # for his questions at a “...” forum", a name in his clause)
                y = next((y for y in range(x + 1, min(k, x + 4))
                          if words[y].upos == "VERB"), None)
                return (x, x + 1) if y is not None and self._speech_act_word(y) else None
        return None

    def _subordinate_clause_subject(self, a: int, k: int, boundaries: list[int],
                                    nearest: list[tuple[int, _Subject | None]]
                                    ) -> tuple[int, int] | None:
        """Without a parse, the subject of the clause of time or contrast that holds the
        quote at word ``k`` after a main clause, with no comma before its subordinator ("The
        feud echoes a fight [when Doe attacked a judge for her “roots”]"): that clause's
        own, as a parse's climb stops at an adverbial clause with a subject of its own;
        else None (also when ``nearest``, the subjects read at the clause starts, holds one
        after the subordinator, or with no quote at ``k`` in the sentence read)."""
        words = self.words
        if k >= len(words) or self.in_quote[k] < 0 or words[k].sent != words[k - 1].sent:
            return None
        x = next((x for x in range(k - 1, a, -1) if (words[x].lower in _BARE_SUBORDINATORS
                  or self._as_clause(x)) and self.in_quote[x] < 0 or
                  words[x].text in _CLAUSE_STOPS and words[x].text != ","), a)
        as_clause = x > a and self._as_clause(x)
        if as_clause and any(words[y].text == "," for y in range(x, k)):
            # "X mocked it, as they competed for the job, as “...”": the "as" clause closes
            # before the quote
            return None
        if x <= a or not (words[x].lower in _BARE_SUBORDINATORS or as_clause) or \
                words[x - 1].text == "," \
                or any(i > x + 1 and f is not None for i, f in nearest) or \
                not any(w.upos in ("VERB", "AUX") for w in words[a:x]):
            # "Only when a woman can run without being told to “smile” will ...": the
            # clause opens the sentence, before the main one
            return None
        found = self._surface_subject_at(x + 1, k, boundaries, deep=True)
        return found[0] if found is not None else None

    def _conjunct_subject(self, k: int, nearest: list[tuple[int, _Subject | None]]
                          ) -> tuple[int, int] | None:
        """Without a parse, the subject of the last clause before word ``k`` that is
        coordinated with the one before it (", and Y called it a “hug”", "; Y called
        ...", "- Y called ...", ", while Y refers to it as “...”") or subordinate to it
        (", although Y made it clear ..."), as
        :meth:`clause_subject` reads a parse; ``nearest`` holds the subject read at each
        clause start, nearest first."""
        words = self.words
        for x, found in nearest:
            if found is not None and 0 < x < k and \
                    (words[x].lower in _COORDINATORS or words[x - 1].text == ";" or
                     self._pronoun_after_and(x) or
                     self._opens_absolute_phrase(x, found[1]) or
                     words[x - 1].text in _DASHES and words[x].lower not in _RELATIVES or
                     self._after_clause_link(x) or self._opens_subordinate(x)):
                return found[0]  # "she drew his ire - he called her “weak”"
        return None

    def _surface_subject_at(self, i: int, k: int, boundaries: list[int],
                            deep: bool = False) -> _Subject | None:
        """(speaker, noun phrase) when a named or pronoun noun phrase at word ``i`` is the
        subject of a verb before word ``k``; a relative "who" closed by a comma before ``k``
        gives the noun it stands for.  ``deep`` (a quote's clause that no frame names) reads
        the subject of a subordinate clause that holds the quote ("when X called it “...”")."""
        words = self.words
        while i < k and (words[i].is_punct or words[i].lower in ("but", "and", "so", "then")):
            i += 1
        if i < k and words[i].lower in _LEAD_SUBORDINATORS:
            if any(i < x < k for x in boundaries):
                # "As X spoke, Y was whipping votes against “...”": the main clause's
                return None
            if deep:
                i += 1  # "..., when critics called him “...”": the subordinate clause's own
        np = self._np_forward(self._past_approximation(i, k), k)
        if np is None or np[1] >= k:
            return None
        np = i, self._before_relative_word(np)  # "[about 200 protesters] gathered"
        j = self._skip_adjuncts(self._past_set_offs(np[1], k), k)
        if deep:
            j = self._past_modifier_to_speech(j, k)
        if j >= k:
            return None
        nxt = words[j]
        if not self.is_named_or_pronoun(np) and \
                not (deep and (self._noun_phrase_speaks(np, j) or self.it_names_the_quote(np, k)
                               or self.text_holds_quote(np, k) and words[j].upos in ("VERB", "AUX")
                               and not words[j].lower.endswith("ing")
                               or self._after_what(i) and self.is_speaking_noun_phrase(np) and
                               self.names_the_quote(np, k))):
            return None
        speaker = np
        if any(np[1] <= x < k for x in boundaries) or self._quote_comma_between(np[1], k):
            # "X, who has a lead, mocked Y for “...”", "X, who called him “unfit,” wanted
            # us to “see” it": the relative clause closes before the quote, whose clause X
            # governs
            speaker = self.antecedent_of(np) or np
        if nxt.upos in ("VERB", "AUX") or is_cue_word(nxt) or nxt.lower.endswith("ed") or \
                (nxt.lower.endswith("s") and not nxt.is_capitalised and nxt.upos != "PRON"):
            return speaker, np
        if deep and nxt.lower == "to" and i > 0 and words[i - 1].lower in _CAUSING_FORMS:
            # "That prompted Doe to make a joke and call Roe “very nimble”": the one a verb
            # of causing makes speak is the infinitive's subject
            return speaker, np
        return None

    def _reporter_of_conjunct(self, verb: Word) -> tuple[int, int] | None:
        """The subject of the speech cue whose report parse word ``verb`` continues: a
        second clause, not itself a cue, that the parse joins to the reported clause or to
        the cue past its report ("He said Sanders had been vital, and Democrats would need
        to “depend on Bernie”": his words); None otherwise."""
        words = self.words
        if verb.deprel != "conj" or not 0 <= verb.head < verb.i or is_cue_word(verb):
            return None
        cue = words[verb.head]
        if cue.deprel == "ccomp" and 0 <= cue.head < cue.i:
            cue = words[cue.head]  # the second clause joined to the first one
        elif not any(x.deprel == "ccomp" and cue.i < x.i < verb.i for x in self.W.children(cue)):
            return None  # the second clause joined to the cue, after its report
        if cue.lemma not in SPEECH_VERBS or not is_cue_word(cue):
            return None
        sub = self._parse_subject(cue, after=False)
        return self._antecedent(self.expand_mention(sub.i), cue) if sub is not None else None

    def _shared_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject of the clause in words [a, k) that a participle or a second verb
        after it shares ("Both parents denounced him, saying ...", "One aide at the firm
        declined to speak, saying ...", "X gave no reasons and did not say ..."): the noun
        phrase opening the clause, then its verb."""
        words = self.words
        s = self._subject_start(a, k)
        if s is None:
            return None
        np = self._np_forward(s, k)
        if np is None or not (self._can_speak(np) or self._quantifier_subject(np)):
            return None
        np = self._with_listed_names(np, k)  # "Doe, Roe and Poe have ... and say"
        j = self._past_set_off(np[1], k)  # "X, a former chairman, became ... and said"
        j = self._past_prepositional_phrases(j, k)  # "One employee at a software firm"
        j = self._past_set_off(j, k)  # "The candidate on the stage, Jane Doe, drew"
        while j < k and _adverbial(words[j]) and words[j].upos != "AUX":
            j += 1  # "Gov. X on Thursday blamed"
        if j < k and words[j].lower in ("who", "that") and self.in_quote[j] < 0:
            # "The official who led the talks said A and warned that B": past a restrictive
            # relative, the subject of the clause's cue, as that cue's own rules read it
            c = next((x for x in range(j + 2, k) if is_cue_word(words[x]) and
                      self.in_quote[x] < 0), None)
            sub = None if c is None else self._subject_of_cue(c, s)[0]
            return np if sub is not None and sub[0] == np[0] else None
        if j >= k or words[j].upos not in ("VERB", "AUX") or words[j].lower.endswith("ing"):
            return None
        if any(self.in_quote[x] >= 0 or words[x].text in (";", ":") for x in range(s, j)):
            return None
        return np

    def _subject_after_link(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject of the last clause before word ``k`` that a comma and a link open in
        words [a, k) (", while Y has gained ground by saying", ", but Y criticized it and
        said": Y), or None when there is none or it has no subject of its own."""
        link = next((x for x in range(k - 1, a + 1, -1)
                     if self.in_quote[x] < 0 and self._after_clause_link(x)), None)
        return None if link is None else self._shared_subject(link, k)

    def _subject_of_linked_list(self, a: int, k: int) -> tuple[int, int] | None:
        """Without a parse, the subject of the last clause before word ``k`` that a comma and
        a link open in words [a, k) with a subject of its own, past links that open only a
        verb sharing it (", and the committee had sent letters, hired lawyers, and placed
        ads": the committee); None when there is none."""
        words = self.words
        for x in range(k - 1, a + 1, -1):
            if self.in_quote[x] >= 0 or not self._after_clause_link(x):
                continue
            sub = self._shared_subject(x, k)
            if sub is not None or words[x].upos not in ("VERB", "AUX"):
                return sub
        return None

    def _linked_subordinate_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject of the subordinate clause that the "and" or "but" at word ``k`` goes
        on, when a subordinator opens one after word ``a`` with a subject and a verb of its
        own before ``k`` and no clause stop between ("X gained after [she] attacked A
        and blamed B", "Union leaders distrust him because [he] backs A and opposes B"); None
        when there is none (not "X spoke after the vote and said B": no verb of its own; not
        "X quit after the talks failed and said B": no speaker)."""
        words = self.words
        for x in range(k - 1, max(a, k - _SET_OFF_WORDS) - 1, -1):
            t = words[x]
            if self.in_quote[x] >= 0 or t.text in (";", ":", ",") or t.text in _DASHES:
                return None  # (not "when I asked him if he would, he smiled and said")
            if t.lower in _LEAD_SUBORDINATORS and x > a:
                # (a name, pronoun or role: not "resigned after the talks collapsed")
                np = self._shared_subject(x + 1, k)
                return np if np is not None and self.is_named_or_pronoun(np) else None
        return None

    def _relative_clause_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject of the relative clause that the "and" or "but" at word ``k`` goes on,
        when one opens after word ``a`` with no comma or other clause stop before ``k``:
        the relative pronoun itself ("Jones, [who] runs a farm and says A", "the bank,
        [which] manages the debt - and says A"), or the subject after "in which" or "where"
        ("the meeting, in which [the board] sits down with analysts and tells them why A");
        None when no relative clause holds the link."""
        words = self.words
        for x in range(k - 1, max(a, k - _SET_OFF_WORDS) - 1, -1):
            t = words[x]
            if self.in_quote[x] >= 0 or t.text in (";", ":") or \
                    (t.text == "," or t.text in _DASHES) and x < k - 1:
                return None  # (not "Wyoming -- which holds a caucus -- X claimed A and")
            if x - 1 < a or t.lower not in ("who", "which", "where", "whom"):
                continue
            before = words[x - 1]
            if t.lower in ("who", "which") and before.text in (",",) + tuple(_DASHES) and \
                    x + 1 < k and words[x + 1].upos in ("VERB", "AUX", "ADV"):
                # "X, who runs A and says B": the pronoun, read as X; not "X, which let
                # him go, and said B" nor "X–which keeps A–and found B", whose closing mark
                # (the one that opened the relative) ends it before the link
                closed = words[k - 1].text == before.text or \
                    words[k - 1].text in _DASHES and before.text in _DASHES
                return None if closed else (x, x + 1)
            if t.lower == "where" and before.text == "," or \
                    t.lower in ("which", "whom") and before.upos == "ADP":
                # the nearest clause's subject ("in which X has done A and Y has done B,
                # and vowed C": Y)
                for y in range(k - 2, x + 1, -1):
                    if words[y].lower in ("and", "but"):
                        np = self._shared_subject(y + 1, k)
                        if np is not None and self.is_named_or_pronoun(np):
                            return np
                return self._shared_subject(x + 1, k)
            return None
        return None

