"""Speaker mentions: noun phrases, names and the word tests the readers of clause subjects
in :mod:`.subjects` build on (the Attributor's first layer).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import (
    CLOSE_TO_ADJECTIVES,
    DATA_NOUNS,
    FIRM_NOUNS,
    GROUP_COUNTS,
    GROUP_SHARE_NOUNS,
    HONORIFICS,
    INDEFINITE_THINGS,
    INSTITUTION_NOUNS,
    INVERTING_VERBS,
    KNOWN_ORGS,
    MESSAGE_NOUNS,
    OF_PHRASE_PRONOUNS,
    REPORTING_VERB_FORMS,
    SET_OFF_DOCUMENTS,
    SHARE_QUALIFIERS,
    SHARE_UNITS,
    SHARE_WORDS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    SURVEYED,
    TEXT_SOURCE_NOUNS,
    THING_SOURCE_NOUNS,
    TITLES,
    UNNAMED_SOURCE_NOUNS,
)
from ..quotes import QuoteSpan
from ..tokens import Word, Words
from .results import Found
from .words import (
    _ADJECTIVE_ENDINGS,
    _ADJUNCT_PHRASE_WORDS,
    _ADJUNCT_PREPOSITIONS,
    _ADVERBIAL_PHRASES_BY_END,
    _AFTER_CUE_WORDS,
    _AGENT_ADJUNCT_WORDS,
    _AGENT_PREPOSITIONS,
    _AGO_AMOUNTS,
    _AGO_ROUGHLY,
    _AS_COMPARATIVES,
    _BARE_VERB_OPENERS,
    _BE_FORMS,
    _BETWEEN_SUBJECT_AND_CUE,
    _CLAUSE_LINKS,
    _CLAUSE_STOPS,
    _CLOCK_SUFFIXES,
    _CLOCK_TIME,
    _CONTRAST_SUBORDINATORS,
    _DASHES,
    _DATE_PHRASE_WORDS,
    _DETERMINERS,
    _FINITE_AUXILIARIES,
    _FLOATING_QUANTIFIERS,
    _FRAGMENT_VERB_FORMS,
    _INTENTION_QUANTIFIERS,
    _INVERTING_NEGATIVES,
    _LEAD_SUBORDINATORS,
    _MODIFIER_PHRASES,
    _MODIFIER_WORDS,
    _NAME_WORDS,
    _NAMED_OBJECT_WORDS,
    _NAMING_AS,
    _NAMING_FORMS,
    _NAMING_PARTICIPLES,
    _NOT_BETWEEN,
    _NOUN_CUE_AUXILIARIES,
    _NOUN_CUE_FORMS,
    _NOUN_MODIFIERS,
    _NP_INNER,
    _OBJECT_PREPOSITIONS,
    _OPENING_PUNCT,
    _OPENING_SKIP,
    _PARENTHETICAL_WORDS,
    _PARTICIPLE_CLAUSE_COORDINATORS,
    _PARTICIPLE_CLAUSE_SUBORDINATORS,
    _PARTITIVE_HEADS,
    _PASSIVE_NAMING_FORMS,
    _PEOPLE_AT,
    _PERCEPTION_FORMS,
    _PERFECT_AUXILIARIES,
    _PERSON_OWNING_PRONOUNS,
    _PERSONAL_SUBJECTS,
    _PHRASE_PREPOSITIONS,
    _PLACE_UPOS,
    _POLL_NOUNS,
    _POSSESSIVE_PRONOUNS,
    _POSSESSIVES,
    _POSTMODIFIER_ADJECTIVES,
    _POSTMODIFIER_PREPOSITIONS,
    _PREPOSITION_SUBORDINATORS,
    _QUANTITY_ADVERBS,
    _QUESTION_WORDS,
    _QUOTE_CHARS,
    _QUOTING_VERBS,
    _RECORD_NOUNS,
    _RECORD_PARTICIPLES,
    _RELATIVES,
    _SEEN_MODIFIER_PREPOSITIONS,
    _SET_OFF_CHAIN,
    _SET_OFF_WORDS,
    _SHORT_NP_TAGS,
    _SHOWING_VERB_FORMS,
    _SINGULAR_DETERMINERS,
    _SUBJECT_PHRASE_WORDS,
    _SUBJECT_PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _THING_PRONOUNS,
    _THING_STARTS,
    _THIRD_PERSON_SUBJECTS,
    _TIME_NOUNS,
    _TIME_PERIODS,
    _VERB_PARTICLES,
    _WEEKDAYS,
    _WINDOW,
    PERSON_GOES_ON,
    PERSON_OPEN,
    _adverbial,
    _is_date,
    _is_number,
    _nounish,
    _person_word,
    _personal_pronoun,
    _plain_speech_verb,
    _possessive_mark,
    _stance_prefixed,
    _Subject,
    _time_word,
    is_cue_word,
    is_title,
)

#: The most words an adjunct takes between a subordinator and a pronoun subject ("though
#: [in a news conference last week] he used ...").
_ADJUNCT_TO_PRONOUN_WORDS = 9

#: Words that open a clause right after a noun, no word of its noun phrase ("his page
#: [that] newcomers should ...", "the man [who] spoke").
_CLAUSE_OPENING_RELATIVES = frozenset({"that", "which", "who", "whom"})
#: Relations of the words of a subject's noun phrase that a parse hangs from the verb after
#: it when it reads that verb as the phrase's plural noun ("[the] [FBI] lists “...”").
_MISREAD_NOUN_PHRASE_RELS = frozenset({"det", "compound", "flat", "amod", "nmod:poss"})


#: How many words back from a relative's antecedent a copula may stand ("Doe is a serial
#: liar, racist and bully who ...": see ``copula_subject``).
_COPULA_REACH = 20
#: How many words back a relative joined by "and" looks for the one it is joined to.
_COORDINATED_RELATIVE_REACH = 40
_COPULA_FORMS = frozenset({"is", "was", "are", "were"})
_CLOSING_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})


#: Texts of a court or an office besides the nouns of messages and texts, which speak for
#: whoever issued them ("issued a formal opinion on Thursday saying A").
_ISSUED_TEXTS = frozenset({"opinion", "opinions", "decision", "brief", "motion", "notice"})

class _Mentions:
    """Speaker mentions: noun phrases, names, clause subjects (the Attributor's helpers)."""

    def __init__(self, words: Words, quote_spans: Sequence[QuoteSpan]) -> None:
        self.W = words
        self.words = words.words
        self.spans = list(quote_spans)
        # word index -> quote span index (depth 0), -1 outside quotes
        self.in_quote = in_quote = [-1] * len(self.words)
        ws = self.words
        for k, q in enumerate(self.spans):
            # the words of Words.between(q.start, q.end), by index (no list of them made)
            i, j = words.span_range(q.start, q.end)
            end = q.end
            for x in range(i, j):
                if ws[x].end <= end:
                    in_quote[x] = k
        # cue word -> its parse subject (syntax_subject): the quote and reported-speech
        # rules ask for the same cue's subject again and again
        self._syntax_subjects: dict[int, tuple[int, int] | None] = {}
        # cue word -> its subject as the parse rules read it (_cue_subject): asked about
        # twice per cue on average, by the rule and by the frame checks
        self._cue_subjects: dict[int, tuple[int, int] | None] = {}
        # (verb word, ``after``) -> its parse subject (_parse_subject), (cue word,
        # ``shared``) -> what _own_subject reads of it, head word -> its mention
        # (expand_mention): the subject rules climb to the same verbs from several cues and
        # ask for the same heads' mentions again (all read from the words and quotes alone,
        # which never change after __init__)
        self._parse_subjects: dict[tuple[int, bool], Word | None] = {}
        self._own_subjects: dict[tuple[int, bool], tuple[bool, tuple[int, int] | None]] = {}
        self._mentions: dict[int, tuple[int, int]] = {}
        # sentence word span -> the words that may be a quote's cue there (_quote_cues):
        # the quotes of a paragraph ask for the same sentences
        self._quote_cues: dict[tuple[int, int], list[int]] = {}
        # (first word, sentence end, cue word) -> where the reported clause begins
        # (_clause_start): the surface rules ask again for the same cue's clause
        self._clause_starts: dict[tuple[int, int, int], int | None] = {}
        # the parse's statement (or None) at each cue of the window read last
        # (_syntax_reported): _reported_in_window asks again from each statement's cue on
        self._syntax_window = (-1, -1)
        self._syntax_at: dict[int, Found | None] = {}
        # a quote's first word -> (speaker, cue, quoted paragraphs between) of the sentence
        # after it, or after the quoted paragraphs that follow it, that points back and
        # names their speaker (_named_after: each quote of a run walked over once)
        self._pointed_back: dict[int, tuple[tuple[int, int], tuple[int, int], int] | None] = {}

    # ------------------------------------------------------------------ helpers
    def _parsed(self, i: int) -> bool:
        """True when word ``i``'s sentence has a dependency parse (see Words.sentence_has_parse)."""
        W = self.W  # (its flags read directly: this runs for most cue words, often twice)
        return W.has_parse and 0 <= i < len(self.words) and W._parsed[self.words[i].sent]

    def _sentence_range(self, i: int) -> tuple[int, int]:
        return self.W.sentences[self.words[i].sent]

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
        if w.lower in ("them", "us") and k - 2 >= limit and words[k - 1].lower == "of" and \
                self.in_quote[k - 2] < 0 and (words[k - 2].lower in _PARTITIVE_HEADS or
                                              words[k - 2].upos == "NUM"):
            return (k - 2, k + 1)  # "one of them", "neither of us"
        if not _nounish(w) or w.is_pronoun:
            return None
        a = k
        while a - 1 >= limit and self.in_quote[a - 1] < 0:
            p = words[a - 1]
            if self._np_joint(a - 1) and a - 2 >= limit and _nounish(words[a - 2]) and \
                    not words[a - 2].is_pronoun and p.lower not in ("and", "the") or \
                    a < k and a - 2 >= limit and self._joins_modifiers(a - 1) or \
                    p.lower in _PEOPLE_AT and a - 2 >= limit and self._people_at(a - 1, k + 1):
                a -= 1  # "aides to the mayor", "[current and] former officials"
                continue
            if p.is_capitalised and p.lower in _SUBORDINATORS and p.ner == "O" or \
                    self._clock_time(p):
                break  # "When Trump", "As reported", a live blog's "22:58 [Tom Beck] says"
            if p.lower == "as" and a - 2 >= limit and words[a].is_capitalised and \
                    words[a - 2 - (words[a - 2].lower == "only")].lower in _NAMING_AS:
                break  # "who gave his name only as [Pietro]", "identified as [Jo Lee]"
            approx = next((n for n in (1, 2) if a - n >= limit and
                           self._past_approximation(a - n, k + 1) == a), 0)
            if approx:
                a -= approx  # "[about] three in 10", "[at least] six aides"
                continue
            if p.upos == "NOUN" and p.lower != "as" and words[a].lower in _DETERMINERS:
                # "at one point [the crowd]": an article opens its noun phrase (the
                # annotator's "as" is a noun by design: "described himself as a Catholic")
                break
            if p.lower == "the" or (_nounish(p) and not p.is_pronoun) or \
                    p.lower in _POSSESSIVES:
                a -= 1
                continue
            if p.upos == "VERB" and p.lower.endswith(("ing", "ed")) and not is_cue_word(p) and \
                    a - 2 >= limit and (words[a - 2].upos in ("DET", "ADJ", "NUM") or
                                        words[a - 2].lower == "of") and \
                    words[a].upos in ("NOUN", "PROPN"):
                a -= 1
                continue
            if a - 1 == limit and p.is_capitalised and p.lower.endswith("ing") and \
                    not is_cue_word(p) and words[a].upos == "NOUN":
                # "[Licensing] officer Amy Shore", "[Investigating] officers": the noun's
                # modifier that opens the sentence
                a -= 1
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
        if not _nounish(w) or w.is_pronoun and w.lower not in _POSSESSIVE_PRONOUNS and \
                not (w.lower in _PERSON_OWNING_PRONOUNS and any(
                    _person_word(words[x]) for x in range(k + 1, min(k + 3, limit)))):
            # "its [managing] director, Jane Doe, said", "its narrator tells", "my mother
            # looked up and said", not "its FEC reports"
            return None
        b = k + 1
        while b < limit and self.in_quote[b] < 0 and b - k < 10:
            n = words[b]
            if self._past_time_phrase(b, limit) > b:
                break  # "said Jane Doe [last week]": an adjunct, not part of the name
            if n.ner in PERSON_GOES_ON and words[b - 1].ner in PERSON_OPEN:
                b += 1  # 'Mick "Mad Dog" Doherty': the marks of a nickname inside the name
                continue
            if self._np_joint(b) and b + 1 < limit and _nounish(words[b + 1]) and \
                    (words[b + 1].is_capitalised or _possessive_mark(n) or n.lower == "of") and \
                    n.lower not in ("and", "on", "in", "at") or \
                    n.lower in _PEOPLE_AT and self._people_at(b, limit):
                b += 1
                continue
            if n.lower == "with" and words[b - 1].lower == "familiar":
                # "people familiar with the matter": what they know is part of who they are
                known = self._np_forward(b + 1, limit)
                if known is not None:
                    b = known[1]
                break
            if n.lower in CLOSE_TO_ADJECTIVES and b + 2 < limit and \
                    words[b + 1].lower == "to" and \
                    (_person_word(words[b - 1]) or words[b - 1].lower in UNNAMED_SOURCE_NOUNS):
                # "a person close to the Clintons", "sources privy to the talks" (after a
                # noun of people): whom they are close to is part of who they are (the
                # mention stopped at "a person close"); not "the vote came close to"
                known = self._np_forward(b + 2, limit)
                b = known[1] if known is not None else b
                break
            if n.lower in _DETERMINERS and words[b - 1].upos == "NOUN" and \
                    words[b - 1].lower != "as":
                break  # "[at] one point the crowd": an article opens a noun phrase of its own
            if _nounish(n) and not n.is_pronoun and not is_cue_word(n) or \
                    b + 2 < limit and self._joins_modifiers(b):
                b += 1  # "former officials", "current [and] former officials"
                continue
            break
        return (k, b)

    def _past_time_phrase(self, b: int, limit: int) -> int:
        """The word after the time phrase that opens at word ``b`` before ``limit`` ("last
        week", "this past month", "earlier this year"), or ``b``."""
        words = self.words
        if b >= limit or words[b].lower not in ("last", "this", "next", "earlier"):
            return b
        j = b + 1
        if j < limit and words[j].lower in ("past", "this", "last"):
            j += 1  # "this past week", "earlier this year"
        return j + 1 if j < limit and _time_word(words[j]) else b

    def _people_of_joined_names(self, near: tuple[int, int], limit: int
                                ) -> tuple[int, int] | None:
        """The plural of people whose "to", "for" or "of" phrase ends in names joined by
        "and", ``near`` the last of them ("[Aides to Ann Lowe and Tom Reed] said",
        "[Strategists for Lowe and Reed] agree"): the people speak, not the last name;
        None for any other phrase ("Ann Lowe and Tom Reed said": both named)."""
        words = self.words
        x = near[0] - 1
        if x - 1 <= limit or words[x].lower != "and" or \
                not all(words[y].is_capitalised for y in range(*near)):
            return None
        y = x - 1
        while y > limit and y > x - _NAME_WORDS and words[y].is_capitalised and \
                self.in_quote[y] < 0:
            y -= 1  # back over the first name ("Gov. Ann Lowe")
        if y == x - 1 or y - 1 < limit or words[y].lower not in ("to", "for", "of"):
            return None
        if not self.people_before_names(y - 1):
            return None
        return (y - 1, near[1])

    def people_before_names(self, x: int) -> bool:
        """True when word ``x`` is a plural of people (a speaker noun: "aides",
        "strategists") and a "to", "for" or "of" follows it: the people of those named after
        it ("Aides to Lowe and Reed" are one group, not the aides and Reed)."""
        words = self.words
        head = words[x]
        return x + 1 < len(words) and words[x + 1].lower in ("to", "for", "of") and \
            head.lower in SPEAKER_NOUNS and head.lower.endswith("s") and self.in_quote[x] < 0

    def _np_joint(self, x: int) -> bool:
        """True when word ``x`` may join two parts of a noun phrase ("aides [to] the mayor",
        "Sanders[’] campaign", "Doe[-]Smith"); not a dash set off by spaces ("hands - as")."""
        words = self.words
        w = words[x]
        if w.text in _DASHES and (x == 0 or words[x - 1].end < w.start or
                                  x + 1 < len(words) and w.end < words[x + 1].start):
            return False
        return w.lower in _NP_INNER or _possessive_mark(w)

    def _people_at(self, x: int, limit: int) -> bool:
        """True when word ``x`` is an "at" or "from" that ties people to the organisation or
        place named after it ("parents [at] Oakfield School", "fans [from] Caldmoor"), not
        a name to where it spoke ("said Doe at the White House")."""
        words = self.words
        if not 0 < x < limit - 1 or words[x].lower not in _PEOPLE_AT:
            return False
        people, after = words[x - 1], words[x + 1]
        if after.lower == "the" and x + 2 < limit:
            after = words[x + 2]
        return after.is_capitalised and people.upos == "NOUN" and \
            (people.lower in UNNAMED_SOURCE_NOUNS or _person_word(people)) and \
            people.lower.endswith("s") and self.in_quote[x + 1] < 0

    def _joins_modifiers(self, x: int) -> bool:
        """True when word ``x`` is an "and" or "or" between two adjectives outside quotes
        ("current and former officials"): inside the noun phrase they modify."""
        words = self.words
        return 0 < x < len(words) - 1 and words[x].lower in ("and", "or") and \
            words[x - 1].upos == "ADJ" and words[x + 1].upos == "ADJ" and \
            self.in_quote[x - 1] < 0 and self.in_quote[x + 1] < 0

    def _skip_back(self, k: int, limit: int) -> int:
        """Step back over auxiliaries, adverbs and time words between a subject and its cue."""
        words = self.words
        while k >= limit:
            w = words[k]
            # "X has in the past described", "X less than two weeks ago said", "X has also",
            # "X’ve said", "X last week said", "X, a lawyer, this past week announced"
            step = self._adverbial_phrase_ending(k, limit) or \
                self._ago_phrase_ending(k, limit) or \
                int(w.lower in _FLOATING_QUANTIFIERS and k - 1 >= limit and
                    words[k - 1].upos in ("NOUN", "PROPN", "PRON", "NUM")) or \
                int(w.lower in _BETWEEN_SUBJECT_AND_CUE or w.lower in _WEEKDAYS or
                    w.upos == "AUX" or w.upos == "ADV" and w.lower not in _NOT_BETWEEN and
                    w.lower.isalpha()) or \
                (w.lower == "on" or w.ner.endswith("DATE")) and self._on_date_ending(k, limit) or \
                self._time_phrase_ending(k, limit)
            if not step:
                break
            k -= step
        return k

    def _time_phrase_ending(self, k: int, limit: int) -> int:
        """The length of a time phrase such as "last week", "this past month" that ends at
        word ``k``, starting no earlier than ``limit``, or 0."""
        words = self.words
        if words[k].lower not in _TIME_NOUNS and words[k].lower not in _TIME_PERIODS:
            return 0
        j = k - 1
        if j - 1 >= limit and words[j].lower == "past":
            j -= 1  # "this past week"
        return k - j + 1 if j >= limit and words[j].lower in ("last", "this", "earlier", "next") \
            else 0

    def _on_date_ending(self, k: int, limit: int) -> int:
        """The length of a date phrase with "on" that ends at word ``k`` before a finite verb
        ("X [on Monday] urged", "X [on March 3] demanded"), starting no earlier than
        ``limit``, or 0; not before a participle ("launched a campaign with Y on Monday
        asking", whose subject is the clause's)."""
        words = self.words
        j = k
        while j >= limit and k - j < _DATE_PHRASE_WORDS and _is_date(words[j]):
            j -= 1
        end = k + 1  # past the date, whose weekday may have been stepped over
        while end < len(words) and end - j <= _DATE_PHRASE_WORDS and _is_date(words[end]):
            end += 1
        if j < limit or words[j].lower != "on" or end == j + 1 or end >= len(words) or \
                words[end].lower.endswith("ing"):
            return 0
        return k - j + 1

    def _ago_phrase_ending(self, k: int, limit: int) -> int:
        """The length of a time phrase with "ago" that ends at word ``k`` ("two weeks ago",
        "less than a year ago", "just days ago"), starting no earlier than ``limit``, or 0."""
        words = self.words
        if words[k].lower != "ago" or k - 1 < limit:
            return 0
        unit = words[k - 1].lower.rstrip("s")
        if unit not in _TIME_NOUNS and unit not in _TIME_PERIODS:
            return 0
        j = k - 1
        if j - 1 >= limit and (words[j - 1].upos == "NUM" or words[j - 1].lower in _AGO_AMOUNTS):
            j -= 1
        if j - 2 >= limit and words[j - 1].lower == "than" and \
                words[j - 2].lower in ("less", "more"):
            j -= 2
        elif j - 1 >= limit and words[j - 1].lower in _AGO_ROUGHLY:
            j -= 1
        return k - j + 1

    def _before_parenthetical(self, k: int, limit: int) -> int:
        """The word before the parenthetical that ends at word ``k`` ("Jane Doe [(D-Ore.)]"),
        or ``k`` when no short one ends there."""
        words = self.words
        if words[k].text != ")":
            return k
        j = k - 1
        while j > limit and k - j < _PARENTHETICAL_WORDS and words[j].text != "(":
            j -= 1
        return j - 1 if j > limit and words[j].text == "(" else k

    def _adverbial_phrase_ending(self, k: int, limit: int) -> int:
        """The length of a fixed adverbial phrase ("in the past", "at last", "in recent
        years") that ends at word ``k`` and starts no earlier than ``limit``, or 0."""
        for phrase in _ADVERBIAL_PHRASES_BY_END.get(self.words[k].lower, ()):
            n = len(phrase)
            if k - n + 1 >= limit and all(self.words[k - n + 1 + j].lower == p
                                          for j, p in enumerate(phrase)):
                return n
        return 0

    def _quoted_as_saying(self, c: int, limit: int) -> tuple[int, int] | None:
        """The one an outlet quotes or cites before "as saying" at cue word ``c`` ("The
        paper quoted the director, Jane Doe, as saying A": Jane Doe), or None."""
        words = self.words
        if words[c].lower != "saying" or c - 2 < limit or words[c - 1].lower != "as":
            return None
        k = c - 2
        if words[k].text == ",":
            k -= 1  # the comma that closes an apposition
        near = self._np_back(k, limit) if k >= limit else None
        if near is None:
            return None
        j = near[0] - 1
        outer = None
        if j > limit and words[j].text == ",":
            outer = self._np_back(j - 1, limit)  # "quoted the director, Jane Doe, as"
            if outer is not None and outer[1] - outer[0] > 2 and \
                    words[outer[0]].lower in ("which", "that", "who") and \
                    words[outer[0] + 1].lower in _QUOTING_VERBS:
                # "The Ledger, which quoted Jo Lee, an aide, as saying": the tagger's phrase
                # runs over the relative and its verb
                outer = (outer[0] + 2, outer[1])
            j = outer[0] - 1 if outer is not None else j
        if j < limit or words[j].lower not in _QUOTING_VERBS or self.in_quote[j] >= 0:
            return None
        if outer is not None and words[near[0]].lower in ("a", "an", "the") and \
                words[outer[0]].upos == "PROPN" and words[outer[0]].is_capitalised:
            return outer  # "cited Jane Doe, an aide, as saying": the name, not her role
        return near

    def _relative_closed_at(self, k: int, limit: int) -> bool:
        """True when the comma at word ``k`` closes a relative clause set off by a comma
        after a noun phrase, from word ``limit`` on ("Jo Hale, who won two races[,]")."""
        words = self.words
        for x in range(k - 1, max(limit, k - _SET_OFF_WORDS) - 1, -1):
            t = words[x]
            if self.in_quote[x] >= 0 or t.text in (";", ":") or t.text in _DASHES:
                return False
            if t.text == ",":
                return x + 1 < k and words[x + 1].lower in ("who", "which")
        return False

    def _subject_before_agent_adjunct(self, near: tuple[int, int],
                                      limit: int) -> tuple[int, int] | None:
        """The subject before a set-off phrase that names the one the words came through,
        when the name ``near`` stands in apposition to that phrase's agent: "The governor,
        in a statement by his Chief Press Secretary, Mr. Tunde Olaniyan, said" and "Ajayi,
        who spoke through his spokesman, Tunde Olaniyan, said" give the governor's word, not
        the aide's; None otherwise ("The mayor's aide, Jane Doe, said")."""
        words = self.words
        comma = near[0] - 1
        if comma - 1 < limit or words[comma].text != ",":
            return None
        host = self._np_back(comma - 1, limit)
        if host is None or host[0] - 1 < limit or \
                words[host[0] - 1].lower not in _AGENT_PREPOSITIONS or \
                not _person_word(words[host[1] - 1]):
            return None
        y = host[0] - 2
        while y > limit and host[0] - y < _AGENT_ADJUNCT_WORDS and words[y].text != ",":
            y -= 1
        if y <= limit or words[y].text != "," or self.in_quote[y] >= 0:
            return None
        sub = self._np_back(y - 1, limit)
        if sub is None or sub[0] != limit and words[sub[0] - 1].text not in _OPENING_PUNCT or \
                not self.is_named_or_pronoun(sub):
            return None
        return sub

    def _apposed_name(self, near: tuple[int, int]) -> bool:
        """True when the noun phrase ``near``, set off by a comma before a cue, is a person's
        name in apposition ("the mayor's aide, [Jane Doe], said"); not a role whose
        preposition governs the name ("X, [a spokesman for Jane Doe], said", "X, a lawyer
        who sued [Jane Doe], said"), nor the second of two names after "and" in such a
        phrase ("X, the daughter of A [and B], said"): X speaks there; but "Two analysts,
        A [and B], found" lists the speakers."""
        words = self.words
        a, b = near
        # "Mrs. Doe's running mate, Senator Tim Roe [of Virginia], said": a name and the
        # state or city it serves, not a role whose "of" governs the name
        of = next((x for x in range(a + 1, b - 1) if words[x].lower == "of"), None)
        if of is not None and words[of - 1].ner.endswith("PERSON") and \
                all(words[x].ner.endswith(("GPE", "LOC")) for x in range(of + 1, b)):
            b = of
        if not words[b - 1].ner.endswith("PERSON") or \
                any(words[x].lower in _PHRASE_PREPOSITIONS for x in range(a, b)):
            return False
        if words[a - 1].text == ",":
            return True
        # "Two analysts, [Jo Lee and] Tom Reed, found": names listed in the apposition
        before = self._np_back(a - 2, 0) if a >= 2 and words[a - 1].lower == "and" else None
        return before is not None and before[0] > 0 and words[before[0] - 1].text == "," and \
            self._names_person(before) and \
            not any(words[x].lower in _PHRASE_PREPOSITIONS for x in range(*before))

    def _role_of_name(self, np: tuple[int, int], limit: int) -> bool:
        """True when the noun phrase ``np`` is a role whose preposition governs the name in
        it ("a spokesman for Tom Reed", "the chairman for the Northern Virginia exurb"), or
        the second name after "and" in such a phrase ("the daughter of A [and Senator B]"):
        the name there is the object, not the one the phrase is set off after."""
        words = self.words
        a, b = np
        if any(words[x].lower in _PHRASE_PREPOSITIONS and not words[x].is_capitalised and
               any(words[y].upos == "PROPN" for y in range(x + 1, b)) for x in range(a + 1, b)):
            return True
        if a - 2 < limit or words[a - 1].lower != "and":
            return False
        before = self._np_back(a - 2, limit)
        return before is not None and before[1] - before[0] > 1 and \
            self._role_of_name(before, limit)

    def _unclosed_role_subject(self, np: tuple[int, int], limit: int,
                               c: int) -> tuple[int, int] | None:
        """The person's name that opens the clause before a comma and a role set off after
        it that the writer left open before cue word ``c`` ("Jane Doe, a spokesman for Tom
        Reed said", "Jane Doe, president and CEO of Acme stated"); None when the role ``np``
        has no preposition ("Jane Doe, officials said", "Doe, a top aide said, “is ...”":
        a frame set off inside the sentence), when no name
        opens the clause, or when a comma after the cue sets the frame off inside a
        sentence ("Jane Doe, a rival of Reed said, is ...")."""
        words = self.words
        a, b = np
        j = a - 1
        if j <= limit or words[j].text != "," and words[j].lower != "and":
            return None
        if not any(_person_word(words[x]) for x in range(a, b)) or \
                not any(words[x].lower in _PHRASE_PREPOSITIONS for x in range(a + 1, b)):
            return None  # (not "Doe, a top aide said, “is ...”": a frame set off)
        if j > limit and words[j].lower == "and":
            # "president and CEO of Acme": the roles joined before the one read
            y = j - 1
            while y > limit and j - y <= 3 and words[y].text != "," and _nounish(words[y]):
                y -= 1
            if not any(_person_word(words[x]) for x in range(y + 1, j)):
                return None
            j = y
        if j - 1 < limit or words[j].text != "," or self.in_quote[j] >= 0:
            return None
        if c + 2 < len(words) and words[c + 1].text == "," and self.in_quote[c + 2] < 0 or \
                self._parsed(c):
            return None  # (a parse knows the subject)
        name = self._np_back(j - 1, limit)
        if name is None or not self._names_person(name) or \
                name[0] != limit and words[name[0] - 1].text not in _OPENING_PUNCT:
            return None
        return name

    def _past_manner_adverbs(self, k: int, limit: int) -> int:
        """The word before the manner adverbs in "-ly" that end at word ``k`` between a
        subject and its cue ("It [proudly] declared", "X has [ridiculously] claimed"), with
        the auxiliaries and time words before them; ``k`` when none ends there.  Only off
        the parse: a parse's subject already spans them."""
        words = self.words
        while k >= limit and words[k].upos == "ADV" and words[k].lower.endswith("ly") and \
                not words[k].is_capitalised and self.in_quote[k] < 0:
            k = self._skip_back(k - 1, limit)
        return k

    def _text_before_time(self, k: int, limit: int) -> tuple[int, int] | None:
        """The text before the time that ends at word ``k``, right before a participle
        ("issued [a statement] on Thursday saying A", "released [a letter] Tuesday saying
        A"): the text that says A, whose releaser speaks; else None."""
        words = self.words
        j = k
        while j > limit and (_time_word(words[j]) or
                             words[j].lower in ("last", "this", "early", "late")):
            j -= 1
        if j - 1 > limit and words[j].lower in ("on", "in"):
            j -= 1
        if j <= limit or j == k or not (words[j].lower in MESSAGE_NOUNS or
                                        words[j].lower in TEXT_SOURCE_NOUNS or
                                        words[j].lower in _ISSUED_TEXTS):
            return None
        text = self._np_back(j, limit)
        return text if text is not None and text[1] == j + 1 else None

    def _joined_roles(self, np: tuple[int, int] | None, b: int) -> tuple[int, int] | None:
        """``np``, a bare role with no name ("lobbyist", "union leader"), with the role and
        the name that "and" joins to it before word ``b`` ("said [lobbyist and GOP strategist
        Jo Hale], his former partner"): one person with two roles; else ``np``."""
        words = self.words
        if np is None or np[1] + 1 >= b or words[np[1]].lower != "and" or \
                not all(words[x].upos in ("NOUN", "ADJ") and not words[x].is_capitalised
                        for x in range(*np)):
            return np
        more = self._np_forward(np[1] + 1, b)
        if more is None or not self._names_person(more) or not any(
                words[x].upos == "NOUN" and not words[x].is_capitalised for x in range(*more)):
            return np  # (not "said the mayor and Jo Hale": two speakers)
        return np[0], more[1]

    def _verb_particle(self, x: int, limit: int) -> bool:
        """True when word ``x`` is the particle of a phrasal verb before it ("fired [back]",
        "put [out]", "sent [out]"), which the annotator may tag as an adverb."""
        words = self.words
        return x - 1 >= limit and words[x].lower in _VERB_PARTICLES and \
            words[x - 1].upos == "VERB" and not words[x - 1].lower.endswith("ing")

    def _frame_before_participle(self, k: int, limit: int) -> tuple[int, int] | None:
        """The speaker of a bare frame "Y said" or "said Y" that ends right before the comma
        at word ``k`` after a clause or a quote it frames ("A, Jane Doe said, adding ...", "A,
        said Jane Doe, adding ...", '“A,” Jane Doe said, adding ...'): the subject of a
        participle after it, not the framed clause's."""
        words = self.words
        v = k - 1
        if v - 1 < limit:
            return None
        if _plain_speech_verb(words[v]):
            np = self._np_back(v - 1, limit)
            opens = np[0] if np is not None else None
        else:
            np = self._np_back(v, limit)
            opens = np[0] - 1 if np is not None and np[0] - 1 >= limit and \
                _plain_speech_verb(words[np[0] - 1]) else None
            if opens is None and np is not None and np[0] - 2 > limit and \
                    words[np[0] - 1].text == "," and not self._names_person(np):
                # "A, said Thomas Okello, the transport minister, adding that B": the name
                # the inverted "said" put before its role set off by commas
                name = self._np_back(np[0] - 2, limit)
                if name is not None and name[0] - 1 >= limit and \
                        _plain_speech_verb(words[name[0] - 1]) and self._names_person(name):
                    np, opens = name, name[0] - 1
        # the frame may open right after the quote it closes, which ends the words read
        # before the participle's quote ('“A,” said Jane Doe, calling it “B”'): the quote
        # before is read back to the sentence's start
        lo = min(limit, self._sentence_range(v)[0])
        if np is None or opens is None or opens - 1 < lo or not (
                words[opens - 1].text == "," or
                self._quote_ends_at(opens - 1, lo, comma=True)) or \
                not self.is_named_or_pronoun(np):
            return None  # '“A,” Jane Doe said, adding': the frame of the quote before
        return np

    def _subordinate_subject(self, k: int, limit: int) -> tuple[int, int] | None:
        """Without a parse, the subject of a clause of place, manner or contrast that ends
        at the comma at word ``k`` before a participle ("X spoke down the street, where
        [protesters] had gathered, chanting “...”", "X admitted it even as [he] defended Y,
        saying ..."): the participle goes with the nearest clause when a person, a group or
        a pronoun is that clause's subject; else None ("as a ladder to ...": no clause)."""
        x = self._clause_opener_before(k, limit, _PARTICIPLE_CLAUSE_SUBORDINATORS)
        if x is None:
            return None
        start = self._past_adjunct_to_pronoun(x + 1, k)
        np = self._np_forward(self._past_approximation(start, k), k)
        if np is None or np[1] >= k or not self.is_named_or_pronoun((start, np[1])) or \
                not self._one_finite_verb(np[1], k):
            return None
        return start, np[1]

    def _clause_opener_before(self, k: int, limit: int, openers: frozenset[str]) -> int | None:
        """The word of ``openers`` (a subordinator or a coordinator) that opens the clause
        ending at word ``k``: the nearest before ``k``, within a window and past no clause
        stop or quote, not before ``limit``; None when there is none."""
        words, in_quote = self.words, self.in_quote
        x = k - 1
        while x >= max(limit, k - _WINDOW) and in_quote[x] < 0 and \
                words[x].text not in _CLAUSE_STOPS and words[x].lower not in openers:
            x -= 1
        return x if x >= limit and words[x].lower in openers and in_quote[x] < 0 else None

    def _past_adjunct_to_pronoun(self, j: int, k: int) -> int:
        """The personal subject pronoun after a short adjunct that opens a clause at word
        ``j`` ("though [in a news conference last week] he used stronger words, saying
        ...": he), before ``k``; else ``j``.  Only a pronoun: a name there may be the
        adjunct's object ("in a talk with Jane Doe")."""
        words = self.words
        if j >= k or words[j].upos != "ADP":
            return j
        for y in range(j + 1, min(k, j + _ADJUNCT_TO_PRONOUN_WORDS)):
            w = words[y]
            if w.lower in _PERSONAL_SUBJECTS:
                return y
            if w.is_punct or w.upos in ("VERB", "AUX") or self.in_quote[y] >= 0:
                return j
        return j

    def _coordinated_clause_subject(self, k: int, limit: int) -> tuple[int, int] | None:
        """Without a parse, the subject of a clause that a comma and "but", "and" or "yet"
        open and that ends at the comma at word ``k`` before a participle ("The mayor was
        pressed on the budget, but Ann Lee stayed calm, saying A": Ann Lee, not the mayor):
        a name or a personal pronoun right before a finite verb; None otherwise (no such
        clause, or another coordinator inside it: "... but she spoke of jobs and taxes,
        saying": left to the clause's first subject, as before)."""
        words = self.words
        x = self._clause_opener_before(k, limit, _PARTICIPLE_CLAUSE_COORDINATORS)
        if x is None or x - 1 < limit or words[x - 1].text != ",":
            return None
        np = self._np_forward(x + 1, k)
        if np is None or np[1] >= k or words[np[0]].lower in ("it", "there", "this", "that") \
                or not self.is_named_or_pronoun(np):
            return None
        verb = words[np[1]]
        return np if verb.upos in ("VERB", "AUX") and not verb.lower.endswith("ing") else None

    def _one_finite_verb(self, j: int, k: int) -> bool:
        """True when the words [j, k) after a subject open with a finite verb and hold no
        other verb ("[had gathered] on Wednesday", "[is increasingly relying] on him"), not a
        participle ("senator [representing] the state") nor a second clause's verb ("while
        she [was] secretary of state [pleaded] guilty": the subject's own clause)."""
        words = self.words
        if not self._verb_follows(j, k):
            return False
        groups = 0
        in_group = False
        for x in range(j, k):
            w = words[x]
            verbal = w.upos in ("VERB", "AUX")
            if verbal and not in_group:
                groups += 1
                if groups == 1 and w.lower.endswith("ing"):
                    return False
            in_group = verbal or in_group and (w.upos == "ADV" or w.lower == "not")
        return groups == 1

    def _place_only(self, span: tuple[int, int]) -> bool:
        """True when the words ``span`` name only a place ("Raleigh", "N.C.")."""
        return all(self.words[x].ner.endswith(("GPE", "LOC")) for x in range(*span))

    def _message_to(self, np: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
        """The message whose addressees ``np`` are ("[The campaign’s email] to its
        supporters notes"): the cue's subject, not the object of "to"; else None."""
        words = self.words
        if np is None or np[0] - 2 < limit or words[np[0] - 1].lower != "to" or \
                words[np[0] - 2].lower not in MESSAGE_NOUNS:
            return None
        return self._np_back(np[0] - 2, limit)

    def _message_from(self, np: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
        """The sender of a message whose phrase "from X" (with "to Y" before or after it)
        ends in ``np`` before the cue: "A 2019 memo to staff from [Munoz] said", "a letter
        from [the governor] to lawmakers said", "An email from [Hart's aide] said" (the
        writer's words); None for any other phrase or a sender no name, pronoun or role
        names (not "A report from the agency said", "a letter from 2019", "a letter signed
        by X")."""
        words = self.words
        if np is None or np[0] - 2 < limit:
            return None
        sender: tuple[int, int] | None = np
        if words[np[0] - 1].lower == "to":
            # "a letter from the governor to [lawmakers]": the sender before the addressee
            sender = self._np_back(np[0] - 2, limit)
        if sender is None or sender[0] - 2 < limit:
            return None
        if words[sender[0] - 1].lower == "of" and sender[0] - 3 >= limit:
            # "An email from [Hart's chief of staff] said": the head before "of"
            head = self._np_back(sender[0] - 2, limit)
            sender = (head[0], sender[1]) if head is not None else sender
        if words[sender[0] - 1].lower != "from":
            return None
        j = sender[0] - 2
        if words[j].lower not in MESSAGE_NOUNS and sender is np:
            # "a memo to [staff] from Munoz": past the addressee to the message
            to = self._np_back(j, limit)
            j = to[0] - 2 if to is not None and to[0] - 2 >= limit and \
                words[to[0] - 1].lower == "to" else -1
        if j < limit or words[j].lower not in MESSAGE_NOUNS or words[j].upos != "NOUN" or \
                self.in_quote[j] >= 0 or not (self.is_named_or_pronoun(sender) or
                                               words[sender[1] - 1].lower in TITLES):
            return None
        return sender

    def _opening_subject_of(self, a: int, v: int) -> tuple[int, int] | None:
        """Without a parse, the noun phrase that opens the clause at word ``a`` and ends
        right before the verb at word ``v`` (or before the verb of its particle: "put out"),
        with a conjunct before it: "His office put out", "The mayor and the governor issued"."""
        words = self.words
        if v - 1 > a and words[v].lower in _VERB_PARTICLES and words[v - 1].upos == "VERB":
            v -= 1
        while a < v and words[a].is_punct:
            a += 1
        np = self._np_back(self._skip_back(v - 1, a), a) if v - 1 >= a else None
        if np is None:
            return None
        np = self._with_conjunct_before(np, a)
        return np if np[0] == a else None

    def _named_by_noun(self, np: tuple[int, int], limit: int) -> bool:
        """True when the name ``np`` follows a common noun and "named" or "called" ("One of
        the hostages, [a teller named] Joy Amadi, said"): the person the noun describes."""
        words = self.words
        if not (np[0] - 2 >= limit and words[np[0] - 1].lower in ("named", "called") and
                words[np[0] - 2].upos == "NOUN" and not words[np[0] - 2].is_capitalised and
                self._names_person(np)):
            return False
        # the noun heads the phrase set off ("The man, a friend of [a teller named] X,
        # said": the friend speaks)
        x = np[0] - 2
        while x - 1 >= limit and words[x - 1].upos in ("DET", "ADJ", "NOUN", "NUM"):
            x -= 1
        return x == limit or words[x - 1].text == ","

    def _postmodified_speaker(self, np: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The people that a prepositional phrase ending in ``np`` modifies ("[People] close
        to the mayor", "[Those] around him", "[Voters] over 60", "[a source] familiar with
        the plan"): the speaker, not the object; None when ``np`` ends no such phrase."""
        words = self.words
        p = np[0] if words[np[0]].lower in _POSTMODIFIER_PREPOSITIONS else np[0] - 1
        if p - 1 < limit or words[p].lower not in _POSTMODIFIER_PREPOSITIONS or \
                self.in_quote[p - 1] >= 0:
            return None
        j = p - 1
        if (words[j].lower in _POSTMODIFIER_ADJECTIVES or
                words[j].lower in CLOSE_TO_ADJECTIVES) and j - 1 >= limit:
            j -= 1  # "close to", "familiar with", "privy to" ("Sources privy to X say")
        head = (j, j + 1) if words[j].lower == "those" else self._np_back(j, limit)
        if head is None or not (words[j].lower == "those" or _person_word(words[j]) or
                                words[j].lower in UNNAMED_SOURCE_NOUNS or
                                words[j].upos == "PROPN" and words[j].ner.endswith("NORP")):
            return None
        return head

    def _record_by(self, np: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The record and its maker (or its date) as one mention when ``np`` follows "by"
        or "from" ("[A report by] the National Audit Board found", "[a survey from] Comcast
        showed", "[another study from] 2011 noted"); None when it follows no such phrase."""
        words = self.words
        p = np[0] - 1
        if p - 1 < limit or words[p].lower not in ("by", "from"):
            return None
        if words[p - 1].lower not in _RECORD_NOUNS:
            return None  # (a participle's agent is no maker: "A memo seen by reporters")
        head = self._np_back(p - 1, limit)
        return (head[0], np[1]) if head is not None else None

    def _modified_subject(self, k: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase before the modifier that ends at word ``k`` and opens with a
        relative or a participle ("source [speaking to]", "official [who spoke to]"), no
        further back than a few words and no comma."""
        words = self.words
        j = k
        while j > limit and k - j < _MODIFIER_WORDS and not words[j].is_punct and \
                self.in_quote[j] < 0:
            w = words[j]
            if w.lower in ("who", "that") or j < k and w.upos == "VERB" and \
                    w.lower.endswith("ing") and not is_cue_word(w):  # not "planning director"
                head = self._np_back(j - 1, limit)
                if head is not None and not words[head[0]].is_pronoun and \
                        not self._modifier_object(head, limit):
                    return self._with_conjunct_before(head, limit)
                return None
            j -= 1
        return None

    def _with_conjunct_before(self, np: tuple[int, int], limit: int) -> tuple[int, int]:
        """``np`` widened over a conjunct before it ("[Current and] former aides", "[the mayor
        and] her aides"), not before ``limit``."""
        words = self.words
        k = np[0] - 1
        if k - 1 < limit or words[k].lower not in ("and", "or") or self.in_quote[k] >= 0:
            return np
        if words[k - 1].upos == "ADJ" or _nounish(words[k - 1]) and not words[k - 1].is_pronoun:
            first = self._np_back(k - 1, limit)
            return (first[0], np[1]) if first is not None else (k - 1, np[1])
        return np

    def _thing_relative(self, k: int) -> bool:
        """True when word ``k`` is a restrictive "that"/"which" after a noun that names no
        person ("an ad that urges"), the subject of the cue after it."""
        words = self.words
        return words[k].lower in ("that", "which") and k > 0 and not words[k - 1].is_punct and \
            not words[k - 1].ner.endswith("PERSON") and words[k - 1].lower not in SPEAKER_NOUNS

    def _chained_verb(self, k: int, limit: int) -> int | None:
        """The verb (or adjective) whose subject a cue after word ``k`` shares: "went on to
        say", "was quick to add", "continued by saying", "drew boos upon saying" (``k`` is
        "to", "by" or "upon")."""
        words = self.words
        if words[k].lower not in ("to", "by", "upon") or k - 1 < limit:
            return None
        j = k - 1
        if words[j].lower in ("on", "out") and j - 1 >= limit:
            j -= 1  # "went on to", "set out to"
        while j >= limit and j > k - 5 and words[j].upos not in ("VERB", "AUX") and \
                not words[j].is_punct and words[k].lower != "to":
            j -= 1  # "drew boos upon": over the verb's object
        if j < limit or self.in_quote[j] >= 0:
            return None
        w = words[j]
        verb = w.upos in ("VERB", "AUX") and not w.lower.endswith("ing")
        # "was quick to note", "is right to add": the word after the copula is an
        # adjective even where the model-free tagger reads it as a noun
        adjective = w.upos == "ADJ" or w.upos == "NOUN" and j - 1 >= limit and \
            words[j - 1].lower in _BE_FORMS and words[j - 1].upos == "AUX" and \
            self.in_quote[j - 1] < 0  # (not a possessive: "the campaign’s decision to tell")
        return j if verb or adjective and words[k].lower == "to" else None

    def _final_cue_read_as_noun(self, i: int, b: int) -> bool:
        """True for a present-tense cue form that a tagger read as a plural noun where it
        ends its sentence [.., b) after a capitalised name set off by a comma ("..., the
        Chicago Tribune reports.", "..., the Daily Caller notes."): the frame's verb."""
        words = self.words
        w = words[i]
        if w.upos != "NOUN" or not w.lower.endswith("s") or w.lower not in REPORTING_VERB_FORMS \
                or i + 2 != b or words[i + 1].text not in (".", "!") or i < 2 or \
                not words[i - 1].is_capitalised:
            return False
        j = i - 1
        while j > i - _NAME_WORDS and (words[j].is_capitalised or words[j].upos == "DET"):
            j -= 1
        return words[j].text == ","

    def _bare_cue_read_as_noun(self, i: int, b: int) -> bool:
        """True for a bare cue form that a tagger read as a noun between "to", a form of
        "do" or a modal and the "that" of its clause ("did [note] that A", "is likely to
        [stress] that A"): the verb of the frame."""
        words = self.words
        w = words[i]
        return w.upos == "NOUN" and w.lower == w.lemma and w.lower in REPORTING_VERB_FORMS and \
            0 < i and i + 1 < b and words[i - 1].lower in _BARE_VERB_OPENERS and \
            words[i + 1].lower == "that" and self.in_quote[i - 1] < 0 and \
            self.in_quote[i + 1] < 0

    def _noun_use(self, i: int, limit: int) -> bool:
        """True for a cue form that is also a common noun, used as one after a determiner,
        number, possessive, quantifier or adjective ("his remarks", "eight state
        candidates", "all five states held", "the October report"), or as the subject of a
        past-tense verb right after it ("and then states doled it out"); a parse knows better."""
        words = self.words
        if i - 1 < limit or words[i].lower not in _NOUN_CUE_FORMS:
            return False
        n = words[i + 1] if i + 1 < len(words) else None
        if n is not None and n.upos == "VERB" and n.lower.endswith("ed") and \
                self.in_quote[i + 1] < 0:
            return True  # even a parse can read "states doled" as two verbs
        if n is not None and self.in_quote[i + 1] < 0 and not words[i].lower.endswith("s") and \
                words[i - 1].upos in ("DET", "ADJ", "NOUN", "PROPN") and (
                    n.upos == "AUX" and n.lower in _NOUN_CUE_AUXILIARIES or
                    n.upos == "VERB" and n.lower.endswith("s") and not n.lower.endswith("ss")
                    and not is_cue_word(n)):
            # "the jobs report has cleared the way", "a new report compares": a singular
            # cue form after a noun's modifier, right before a finite verb of its own, is
            # that verb's subject (not "the report shows ...": a reporting verb keeps its
            # own rule; nor "the video she would claim was fake": a verb after its subject)
            return True
        p = words[i - 1]
        if words[i].lower == "states" and (
                p.text in (",", "and", "or") or p.upos == "ADJ" or
                p.upos == "PROPN" and p.ner != "E-PERSON"):
            # "Ohio and Iowa, states that vote in March", "Rust Belt states", "Southern
            # states": the plural noun (not "It states that", "The law states", "Judge Ann
            # Lee states": the end of a full name; a lone capitalised word before a cue the
            # annotator may have named a person)
            return True
        if self._parsed(i) or self._after_record_agent(i, limit):
            return False
        if self._determiner(p) and not self._relative_which(i - 1) or p.upos == "ADJ" or \
                self._determined_name(i - 1, limit) or _stance_prefixed(p):
            return True  # "his remarks", "absurd - and dangerous - anti-Latino remarks"
        if words[i].lower.endswith("s") and self._plural_noun_modifier(i - 1, limit):
            return True
        # "an NBC show", "the Associated Press report", "her opening remarks": modifiers
        # between a determiner and the noun
        j = i - 1
        while j > limit and i - j <= _NOUN_MODIFIERS and self._noun_modifier(words[j], words[i]):
            j -= 1
            if self._determiner(words[j]):
                return True
        return False

    def _after_record_agent(self, i: int, limit: int) -> bool:
        """True when the words before cue form ``i`` are the agent of a record's participle
        ("Records obtained by The Ledger show", "emails reviewed by the newspaper show"):
        the phrase ends the subject, so the cue form is its verb, no noun ("an NBC
        show")."""
        words = self.words
        j = i - 1
        while j > limit and i - j <= _NOUN_MODIFIERS + 1 and words[j].lower != "by":
            if words[j].upos not in ("DET", "PROPN", "NOUN", "ADJ"):
                return False
            j -= 1
        return j - 2 >= limit and words[j].lower == "by" and \
            words[j - 1].lower in _RECORD_PARTICIPLES and words[j - 2].lower in _RECORD_NOUNS

    def _relative_which(self, j: int) -> bool:
        """True for a "which" at word ``j`` after a word of its sentence: a relative ("the
        report, which notes"), not the determiner of a question ("Which notes ...?")."""
        words = self.words
        return words[j].lower == "which" and j > 0 and words[j - 1].sent == words[j].sent

    def _determined_name(self, j: int, limit: int) -> bool:
        """True for a name at word ``j`` after a determiner that is no determiner of one
        ("the Post report", "many Asian states"), unlike "A Republican claims" or a name's
        own "The" ("The Journal notes", tagged as part of the name)."""
        if self.words[j].upos != "PROPN" or j - 1 < limit:
            return False
        d = self.words[j - 1]
        return self._determiner(d) and d.lower not in _SINGULAR_DETERMINERS

    def _plural_noun_modifier(self, j: int, limit: int) -> bool:
        """True when word ``j`` modifies a plural noun after it with no determiner, which a
        singular subject could not do with a verb in -s: a nationality or party ("Republican
        claims", "Asian states"), or a lower-case word that opens a phrase after a
        preposition or a participle ("in somber comments", "making racist remarks")."""
        words = self.words
        w = words[j]
        if w.is_pronoun or w.lower.endswith("s") or self.in_quote[j] >= 0 or \
                w.upos not in ("ADJ", "NOUN", "PROPN", "X", ""):
            return False  # not "denies it and points out"
        if w.ner.endswith("NORP"):  # not the subject "a Republican" ("A Republican claims")
            return j - 1 < limit or words[j - 1].lower not in _SINGULAR_DETERMINERS
        if w.is_capitalised or w.is_punct or j - 1 < limit:
            return False
        b = words[j - 1]
        return b.lower in _PHRASE_PREPOSITIONS or b.upos == "VERB" and b.lower.endswith("ing")

    @staticmethod
    def _determiner(w: Word) -> bool:
        """True for a word that opens a noun phrase: a determiner, number, possessive or
        quantifier."""
        return w.upos in ("DET", "NUM") or w.lower in _POSSESSIVES or \
            w.lower in ("other", "all", "many", "several", "few")

    @staticmethod
    def _noun_modifier(w: Word, cue: Word) -> bool:
        """True when ``w`` can modify the noun ``cue`` between it and its determiner: any
        singular word before a base form, which cannot be the verb of a singular subject
        ("an NBC show", "a snappy retort"); an adjective-like word before a form in -s
        ("her opening remarks", "his anti-union remarks")."""
        if w.is_punct or w.is_pronoun or w.upos in ("AUX", "ADP", "CCONJ", "SCONJ"):
            return False
        if not cue.lower.endswith("s"):
            return not w.lower.endswith("s") and (w.upos != "VERB" or w.lower.endswith("ing"))
        if w.upos == "NOUN" and w.lower in TEXT_SOURCE_NOUNS:
            return False  # "The filing shows that A", "the ruling states": the text speaks
        return w.upos == "ADJ" or w.lower.endswith(_ADJECTIVE_ENDINGS) or _stance_prefixed(w)

    def _modifier_object(self, np: tuple[int, int], limit: int) -> bool:
        """True when a verb or preposition governs the noun phrase: the object inside a
        modifier between a subject and its cue ("X, speaking to Iowans, said"), no speaker."""
        if np[0] - 1 < limit:
            return False
        p = self.words[np[0] - 1]
        j = np[0] - 1
        while j > limit and self.words[j].upos == "ADV" and self.words[j].lower.isalpha() and \
                self.in_quote[j] < 0:
            j -= 1  # "X, who is [now] a fellow at Y, said": the verb before the adverb
        if j < np[0] - 1 and self.words[j].upos in ("VERB", "AUX"):
            return True
        if p.upos == "VERB" and p.lower.endswith("ed") and self.words[np[0]].lower in TITLES \
                and self._opens_clause_with(np[0] - 1, limit):
            # "Retired Gen. Jane Doe, who ..., said": the participle opening the clause is
            # her title's (not "X echoed Mr. Y's view": an object)
            return False
        if p.lower in _LEAD_SUBORDINATORS and np[1] + 1 < len(self.words) and \
                self.words[np[1]].text == "," and self.words[np[1] + 1].lower in ("who", "which"):
            # "after the Ledger, which had said A, said B": the subordinate clause's subject
            return False
        return p.upos in ("ADP", "VERB", "AUX") and not p.is_punct

    def _names_person(self, span: tuple[int, int]) -> bool:
        """True when a word of the mention is tagged as a person's name."""
        return any(w.ner.endswith("PERSON") for w in self.words[span[0]:span[1]])

    def _plausible_subject(self, w: Word) -> bool:
        """False for parser subjects that cannot speak: times, datelines and adverbs."""
        if w.lower in _WEEKDAYS or w.lower in _TIME_NOUNS or w.lemma in _TIME_NOUNS or \
                w.ner.endswith(("DATE", "TIME")):
            return False  # "X last week said": the parser took the time for the subject
        if w.text.isupper() and len(w.text) > 3 and w.ner.endswith("GPE"):
            return False  # "WASHINGTON —"
        if self._clock_time(w) or w.upos == "ADV" and w.lower not in _QUANTITY_ADVERBS:
            # a live blog's "11 a.m. / X says", "X offered ..., then says": the parser took
            # the time stamp or the adverb for the subject
            return False
        return True

    def _clock_time(self, w: Word) -> bool:
        """True for a clock time ("7:45", or "11" before "a.m."/"p.m.") or its "a.m."."""
        if w.lower in _CLOCK_SUFFIXES:
            return True
        if w.upos != "NUM":
            return False
        nxt = self.words[w.i + 1] if w.i + 1 < len(self.words) else None
        return bool(_CLOCK_TIME.fullmatch(w.text)) or nxt is not None and \
            nxt.lower in _CLOCK_SUFFIXES

    def _subject_past_stop(self, c: int, sub: tuple[int, int] | None
                           ) -> tuple[int, int] | None:
        """The noun phrase right before finite cue ``c`` (past adverbs) when the parse's
        subject ``sub`` stands before a dash, colon or semicolon outside quotes that comes
        between them, and no verb stands between that mark and the phrase ("... unless Doe
        wins over the holdouts - something Doe aides insist is likely": the aides, not the
        phrase the tagger made of "Doe wins"); None otherwise (not "Jane Doe - a lawyer -
        said", whose cue follows the closing dash, nor a share of those polled after a
        colon: "The survey brought Doe bad news: 40% of voters say A" credits the survey)."""
        words = self.words
        w = words[c]
        if sub is None or sub[1] >= c - 1 or w.upos != "VERB" or w.lower.endswith("ing") or \
                words[c - 1].lower == "to":
            return None
        k = c - 1
        while k > sub[1] and words[k].upos == "ADV" and k > c - 3:
            k -= 1
        np = self._np_back(k, sub[1] + 1)
        if np is None or np[0] <= sub[1]:
            return None
        stop = next((x for x in range(np[0] - 1, sub[1] - 1, -1) if self.in_quote[x] < 0 and (
            words[x].text in (";", ":") or words[x].text in _DASHES or
            words[x].lower in _PARTICIPLE_CLAUSE_COORDINATORS and words[x - 1].text == ",")), None)
        if stop is None or any(words[x].upos in ("VERB", "AUX") and
                               not words[x].deprel.startswith("acl") or self.in_quote[x] >= 0
                               for x in range(stop + 1, np[0])):
            return None
        if stop + 1 < np[0] and not any(words[x].is_punct for x in range(stop + 1, np[0])):
            # "and text messages found on his phone suggested": the whole phrase
            np = (stop + 1, np[1])
        if words[stop].text in _DASHES and any(words[x].text in _DASHES
                                                for x in range(sub[1], stop)):
            return None  # "The two senators — whose ... — both suggested": an aside closes
        if any(words[x].lemma in _POLL_NOUNS for x in range(sub[0], sub[1])):
            return None  # "The survey brought bad news: 40% say ...": the survey's finding
        if words[np[1] - 1].deprel == "conj" and sub[0] <= words[np[1] - 1].head < sub[1]:
            return None  # "Unions, farm groups, and many lawmakers claim": one subject
        if np[1] - np[0] > 1 and words[np[0]].lower in INDEFINITE_THINGS:
            return np[0] + 1, np[1]  # "something Doe aides argue": the aides
        return np

    def _subordinated_subject(self, c: int, sub: tuple[int, int] | None
                              ) -> tuple[int, int] | None:
        """The noun phrase right before finite cue ``c`` (past adverbs) that a word such as
        "after" or "as" opens, when the parse read that word as a preposition and gave the
        cue ``sub``, a subject before it, instead ("The bill stalled after the governor
        suggested he would veto it", "Years after Ann Roe claimed that A, ...": the governor,
        Ann Roe; not "the bill", "Years").  Only when a verb stands between ``sub`` and that
        word, or ``sub`` names no one who can speak ("Officials after the vote said": the
        officials); None otherwise."""
        words = self.words
        w = words[c]
        if w.upos != "VERB" or w.lower.endswith("ing") or c < 2 or \
                words[c - 1].lower == "to":
            return None
        k = c - 1
        while k > c - 3 and words[k].upos == "ADV":
            k -= 1
        end = k + 1
        if words[k].upos not in ("NOUN", "PROPN"):
            return None
        a = self._sentence_range(c)[0]
        while k >= max(a, end - 8) and self.in_quote[k] < 0 and (
                words[k].upos in _SHORT_NP_TAGS or words[k].deprel == "nmod:poss" or
                words[k].lower in ("'s", "’s")):
            k -= 1
        if k < a or k + 1 == end or words[k].lower not in _PREPOSITION_SUBORDINATORS or \
                self.in_quote[k] >= 0 or words[k].lower == "as" and (
                    words[k + 1].upos != "DET" and words[k + 1].upos not in ("NOUN", "PROPN") or
                    k > a and words[k - 1].lower in _AS_COMPARATIVES):
            return None  # not "as many voters said", "such as Ann Roe said"
        if sub is not None and sub[0] < end and sub[1] > k or any(
                x.deprel.startswith("nsubj") and k < x.i < end for x in self.W.children(w)):
            # the parse's subject is in the phrase: it stands, as does what the rules made
            # of it ("while 60 percent said" in a poll: the poll)
            return None
        if sub is not None and sub[1] <= k and self._speaking_group(sub) and \
                not any(words[x].upos in ("VERB", "AUX") for x in range(sub[1], k)):
            return None
        return k + 1, end

    def _thing_over_person(self, sub: tuple[int, int], np: tuple[int, int]) -> bool:
        """True when the parse's subject ``sub`` of a cue names no one while the surface
        subject ``np`` is a person ("She told X on Monday the tone was cordial, and predicted
        ...": the parse shares the subject of "the tone was")."""
        return not self.is_named_or_pronoun(sub) and (
            np[1] - np[0] == 1 and _personal_pronoun(self.words[np[0]]) or self._names_person(np))

    def _extraposed_it(self, verb: Word, sub: tuple[int, int] | None, below: Word) -> bool:
        """True when ``sub`` is the "it" that stands in for the infinitive ``below`` of
        ``verb``, a copula with an adjective ("how hard it will be to deny ...", "it is
        easy to say ..."): it names no speaker, so the cue's subject is sought further
        up."""
        if sub is None or sub[1] - sub[0] != 1 or self.words[sub[0]].lower != "it" or \
                below.deprel not in ("xcomp", "csubj") or \
                not any(x.lower == "to" and x.i < below.i for x in self.W.children(below)):
            return False
        # an adjective says how the infinitive is ("hard", "easy"), not "it was to report"
        if verb.upos == "ADJ":
            return any(x.deprel == "cop" for x in self.W.children(verb))
        return verb.lemma == "be" and any(x.upos == "ADJ" for x in self.W.children(verb))

    def _verb_read_noun_subject(self, verb: Word) -> tuple[int, int] | None:
        """The subject a parser read as a clause when its first noun opens the sentence and
        has a verb's spelling ("Protest groups say A", "Parent groups say A": the parse
        makes "Protest" a verb, the clausal subject of the cue, and "groups" its object):
        the words from that noun to the cue, when the object is a noun right before the
        cue and the phrase can speak.  None otherwise."""
        words = self.words
        for x in self.W.children(verb):
            if x.deprel != "csubj" or x.upos != "VERB" or x.i >= verb.i or \
                    x.i != self._sentence_range(verb.i)[0] or not x.is_capitalised or \
                    self.in_quote[x.i] >= 0:
                continue
            kids = list(self.W.children(x))
            if any(k.deprel in ("mark", "aux", "nsubj", "advmod") for k in kids):
                return None  # "To say A is B", "Saying A helps": a clause indeed
            obj = next((k for k in kids if k.deprel == "obj"), None)
            if obj is None or obj.i + 1 != verb.i or obj.upos != "NOUN" or \
                    any(words[y].upos not in ("ADJ", "NOUN") for y in range(x.i + 1, obj.i)):
                return None
            np = (x.i, verb.i)
            return np if self._can_speak(np) else None
        return None

    def _closes_a_title(self, x: int) -> bool:
        """True when word ``x`` is the closing mark of a quoted title ("Morning Desk") or of
        marks no quote span holds; not of a quote of speech."""
        q = self.in_quote[x]
        if q < 0:
            return True
        span = self.spans[q]
        return is_title(self.W.text[span.content_start:span.content_end])

    def _noun_root_read_as_verb(self, root: Word, k: int) -> tuple[int, int] | None:
        """The subject of a verb in -s that the parse read as a plural noun right before
        the quote at word ``k`` ("On its website, the FBI lists “...”": "the FBI lists"
        read as one noun phrase, "lists" its head and the sentence's root): the words that
        hang from it before it, when they open with a determiner, a name or noun stands
        right before it and no word of the sentence outside quotes is a verb; None
        otherwise."""
        words = self.words
        r = root.i
        if root.upos != "NOUN" or r + 1 != k or r < 2 or not root.text.islower() or \
                not root.lower.endswith("s") or root.lower.endswith(("ss", "us", "is")):
            return None
        before = words[r - 1]
        if before.head != r or before.deprel not in ("compound", "flat") or \
                before.upos not in ("PROPN", "NOUN"):
            return None
        lo, hi = self._sentence_range(r)
        if any(words[x].upos in ("VERB", "AUX") and self.in_quote[x] < 0
               for x in range(lo, hi)):
            return None
        s0 = r - 1
        while s0 > lo and words[s0 - 1].head == r and \
                words[s0 - 1].deprel in _MISREAD_NOUN_PHRASE_RELS:
            s0 -= 1
        if words[s0].deprel != "det":
            return None  # "Trump delegates “...”": a caption's noun phrase, no clause
        np = (s0, r)
        return np if self._can_speak(np) else None

    def _singular_person_pronoun(self, span: tuple[int, int]) -> bool:
        """True for a mention that is "he" or "she"."""
        return span[1] - span[0] == 1 and self.words[span[0]].lower in ("he", "she")

    def _embedded_question(self, verb: Word) -> bool:
        """True when parse word ``verb`` heads a clause that a question word opens ("no
        details about how he planned to ..."): a participle after it ("..., saying") speaks
        for the clause that asks, not for the subject of the question."""
        return any(x.lower in _QUESTION_WORDS and x.i < verb.i and
                   x.deprel in ("advmod", "mark", "obj", "nsubj")
                   for x in self.W.children(verb))

    def _participle_noun(self, c: int) -> Word | None:
        """The noun right before participle cue ``c`` that the parse hangs it from ("with X
        saying", "a sign saying"), past adverbs only; None for a participle set off by a
        comma ("with X, saying": a participle of the whole clause)."""
        words = self.words
        w = words[c]
        if w.deprel != "acl" or not w.lower.endswith("ing") or not 0 <= w.head < c or \
                any(words[k].upos != "ADV" for k in range(w.head + 1, c)):
            return None
        return words[w.head]

    def _set_off_absolute_text(self, opener: Word, noun: Word) -> bool:
        """True when ``noun``, a text that speaks (an ad, a video, a sign), is the subject
        of an absolute phrase that ``opener`` (it, or the "one" it is a part of) opens with a
        "with" set off by a comma ("X tied Y to Z, with one of her ads asking, “...”"): the
        text speaks; not "X closed with a letter saying", the means by which X speaks, nor
        a message ("..., with a statement saying": its sender's)."""
        words = self.words
        w = next((x for x in self.W.children(opener)
                  if x.lower == "with" and x.deprel == "case"), None)
        return w is not None and w.i > 0 and words[w.i - 1].text == "," and \
            noun.lower.removesuffix("s") in TEXT_SOURCE_NOUNS and \
            noun.lower not in MESSAGE_NOUNS

    def _speaking_group(self, np: tuple[int, int]) -> bool:
        """True for a mention of someone who can speak: a person, a personal pronoun, a
        group of people or a name ("voters", "Republicans"), not a date or a thing ("in
        April", "of the memo")."""
        head = self.words[np[1] - 1]
        if head.is_pronoun:
            return _personal_pronoun(head)
        return self._names_person(np) or _person_word(head) or \
            head.upos == "PROPN" and not _time_word(head)

    def _prepositions_of(self, noun: Word) -> set[str]:
        """The prepositions the parse marks ``noun`` with ("with", "of", "to")."""
        return {x.lower for x in self.W.children(noun) if x.deprel == "case"}

    def _absolute_speaker(self, np: tuple[int, int]) -> bool:
        """True for a person, a name, a pronoun or a poll share that can speak in "with X
        saying" ("with 61 percent saying"), not a thing ("with a statement saying": its maker
        speaks)."""
        words = self.words
        head = words[np[1] - 1]
        if np[1] - np[0] == 1 and head.is_pronoun:
            return _personal_pronoun(head)
        return self._names_person(np) or head.upos == "PROPN" or head.lower in TITLES or \
            head.lower in _POLL_NOUNS or self._share_start(np[1] - 1, np[0]) is not None or \
            any(words[j].lower == "of" and self._share_start(j - 1, np[0]) == np[0]
                for j in range(np[0] + 1, np[1] - 1))  # "with 30 percent of voters saying"

    def _past_its_clause(self, w: Word, verb: Word) -> bool:
        """True when parse subject ``w`` of ``verb`` follows a clause that the verb takes
        after it, opened by "that", "if" or "whether" ("X said Thursday that the city
        “welcomes” [a federal role]"): no subject inverts past the verb's own complement, so
        the parse misread a noun further on (not '“A,” said Clinton ally Jane Doe', whose
        "ally" a parse may take for a clause, with no subordinator)."""
        return w.i > verb.i and any(
            x.deprel == "ccomp" and verb.i < x.i < w.i and
            any(m.deprel == "mark" and m.i < x.i for m in self.W.children(x))
            for x in self.W.children(verb))

    @staticmethod
    def _object_after(w: Word, cue: Word) -> bool:
        """True for a parse subject ``w`` after a verb that does not invert ("told NPR's
        Jane Doe that ...", "described his intent to lead a party"): the parser's misread
        object or a noun further on, no subject ("said Jane Doe" inverts)."""
        return w.i > cue.i and cue.lemma not in INVERTING_VERBS

    def coordinated_relative(self, a: int) -> int | None:
        """For a relative at word ``a`` that "and" or "but" joins to an earlier one of its
        sentence ("Roe, who sued the city last year, and who has said A"; "Doe, a
        senator whose district backed her but who said A"), that earlier relative word; None
        otherwise."""
        words = self.words
        if a < 2 or words[a - 1].lower not in ("and", "but"):
            return None
        family = ("which",) if words[a].lower == "which" else ("who", "whom", "whose")
        lo = self._sentence_range(a)[0]
        for k in range(a - 2, max(lo, a - _COORDINATED_RELATIVE_REACH) - 1, -1):
            if self.in_quote[k] >= 0 or words[k].text in (";", ":"):
                return None
            if words[k].lower in family:
                return k
        return None

    def _thing_before_people(self, h: int, a: int) -> bool:
        """True when a parse hangs the "who" at word ``a`` from ``h``, a noun of no people,
        past a noun of people or a name right before the "who" ("a backlash from party
        leaders who say A": the leaders, not the backlash)."""
        words = self.words
        if words[a].lower != "who" or words[h].upos != "NOUN" or _person_word(words[h]) or \
                words[h].lower in UNNAMED_SOURCE_NOUNS:
            return False
        k = a - 1 if words[a - 1].text == "," else a
        k -= 1
        return k > h and self.in_quote[k] < 0 and (
            words[k].upos == "PROPN" or words[k].upos == "NOUN" and (
                _person_word(words[k]) or words[k].lower in UNNAMED_SOURCE_NOUNS))

    def copula_subject(self, np: tuple[int, int]) -> tuple[int, int] | None:
        """For a relative's antecedent ``np`` that a copula predicates of the clause's subject
        ("Doe is a serial liar and bully [who] has pledged A", "Roe was the only senator who
        said B"), that subject when it is a name or a pronoun: the predicate noun describes
        the one the relative stands for.  None when anything but the words of a noun phrase
        (articles, adjectives, nouns, "and", commas) comes between the copula and ``np``
        ("Doe is among those who": no predicate noun)."""
        words = self.words
        head = words[np[1] - 1]
        if head.upos != "NOUN" or head.is_capitalised:
            return None  # ("... are Title I, which": a name of its own)
        lo = self._sentence_range(np[0])[0]
        k = np[0] - 1
        while k > lo and np[0] - k < _COPULA_REACH:
            w = words[k]
            if self.in_quote[k] >= 0:
                return None
            if w.lower in _COPULA_FORMS:
                sub = self._np_back(k - 1, lo)
                if words[k - 1].lower == "and":
                    # "Doe regularly attacks rivals and is a bully who": the subject the
                    # sentence opens with
                    # (past a label the sentence opens with: "Editor's note: Doe ...")
                    start = next((x + 1 for x in range(k - 1, lo - 1, -1)
                                  if words[x].text == ":"), lo)
                    sub = self._np_forward(start, k)
                if sub is None or not self.is_named_or_pronoun(sub) or \
                        words[sub[0]].lower in _CLOSING_RELATIVE_WORDS:
                    return None
                return sub
            if w.upos not in ("DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "ADV") and \
                    w.text != ",":
                return None
            k -= 1
        return None

    # ------------------------------------------------------- coordinated speakers
    def _names_in(self, span: tuple[int, int]) -> bool:
        """True when a word of the span is a name (tagged, or a proper noun), not a title."""
        return any((w.ner != "O" or w.upos == "PROPN") and w.lower not in TITLES and
                   w.lower not in HONORIFICS for w in self.words[span[0]:span[1]])

    def _adverbial_clause(self, w: Word) -> bool:
        """True when parse word ``w`` heads an adverbial clause that a subordinator opens
        ("although Y says ...", "as Y yelled", "while Y called it ..."), or a "when" that
        the parse takes for an adverb ("when Y shouted, “...”")."""
        return w.deprel == "advcl" and any(x.deprel in ("mark", "advmod") and
                                           x.lower in _LEAD_SUBORDINATORS
                                           for x in self.W.children(w))

    def _above(self, c: int, o: int) -> bool:
        """True when word ``c`` is an ancestor of word ``o`` in the parse."""
        k, steps = self.words[o].head, 0
        while k >= 0 and steps < 30:
            if k == c:
                return True
            k = self.words[k].head
            steps += 1
        return False

    def counts_a_group(self, h: int) -> bool:
        """Whether word ``h``, the head of a speaker before "of", counts or shares out the
        group the "of" phrase names ("Hundreds", "a majority", "16 percent", "some",
        "one"), so that the whole phrase names a group if its "of" phrase does."""
        w = self.words[h]
        return w.lower in GROUP_SHARE_NOUNS or w.lower in OF_PHRASE_PRONOUNS or \
            w.upos == "NUM"

    # ------------------------------------------------------------- direct quotes
    def _past_prepositional(self, k: int, end: int,
                            not_after: tuple[str, ...] = ("to", "that", "of")) -> int:
        """The word after a prepositional phrase that starts at word ``k`` ("in the room")
        and ends before ``end``, else ``k``; none opened by a word of ``not_after``."""
        words = self.words
        if words[k].upos != "ADP" or words[k].lower in not_after:
            return k
        np = self._np_forward(k + 1, end)
        return np[1] if np is not None and np[1] < end else k

    def _inverted_aside_speaker(self, c: int, end: int) -> tuple[int, int] | None:
        """The speaker of an inverted frame set off by commas inside the clause before a
        quote ("The paradox of it, says Jane Doe, a historian, is that “...”"): the named
        noun phrase after cue word ``c``, between it and a comma before ``end``; else None."""
        words = self.words
        if c == 0 or words[c - 1].text != "," or words[c].lemma not in INVERTING_VERBS:
            return None
        np = self._np_forward(c + 1, end)
        if np is None or np[1] >= end or words[np[1]].text != "," or \
                not self.is_named_or_pronoun(np):
            return None
        return np

    def speech_act_between(self, sub: tuple[int, int], q0: int, q1: int) -> bool:
        """True when a reporting, stance, naming or showing verb stands between the subject
        ``sub`` and the quote on words [q0, q1): "X slammed the plan as “reckless”", not
        "X produced an “autopsy”" (a scare quote, nobody's words)."""
        a, b = (sub[1], q0) if sub[1] <= q0 else (q1, sub[0])
        return any(self._speech_act_word(x) and not self._names_the_subject(sub, x)
                   for x in range(max(a, b - _WINDOW), b))

    def _past_name_articles(self, q0: int) -> int:
        """The word before the articles (and the "as" after a naming participle) that open
        a name quoted at word ``q0`` ("labeled [as a] “...”"); -1 at the start."""
        w = self.words
        x = q0 - 1
        while x >= 0 and w[x].lower in ("a", "an", "the") and self.in_quote[x] < 0:
            x -= 1
        if x > 0 and w[x].lower == "as" and w[x - 1].lower in _PASSIVE_NAMING_FORMS:
            x -= 1
        return x

    def _names_the_subject(self, sub: tuple[int, int], x: int) -> bool:
        """True when the naming participle at word ``x`` gives the subject ``sub`` a name
        rather than the subject naming something: in the passive ("Doe has been called the
        “...”", "the so called “...”") or right after a subject that names nobody ("a
        formula called the “...”"; but "Doe called Roe “...”")."""
        w = self.words
        return w[x].lower in _PASSIVE_NAMING_FORMS and (
            self.in_the_passive(x) or w[x - 1].lower == "so" or
            self._named_by_participle(sub, x) and not self.is_named_or_pronoun(sub))

    def in_the_passive(self, k: int) -> bool:
        """True when a form of "be" or "get" stands before the participle at word ``k``,
        adverbs aside ("was officially named", "got named"; not "has named")."""
        k -= 1
        while k >= 0 and self.words[k].upos == "ADV":
            k -= 1
        return k >= 0 and self.words[k].lemma in ("be", "get")

    def _speech_act_word(self, x: int) -> bool:
        """True when word ``x``, outside quotes, is a verb of reporting, stance, naming or
        showing ("said", "slammed", "called", "lists"), not a noun or adjective of the same
        form."""
        w = self.words[x]
        if self.in_quote[x] < 0 and self._verb_read_as_noun(x):
            return True
        return self.in_quote[x] < 0 and w.upos not in ("NOUN", "PROPN", "ADJ") and \
            (is_cue_word(w) or w.lower in _FRAGMENT_VERB_FORMS or w.lemma in _FRAGMENT_VERB_FORMS or
             w.lower in _SHOWING_VERB_FORMS)

    def _verb_read_as_noun(self, x: int) -> bool:
        """True when word ``x`` is a reporting verb in its "-s" form that a parser tagged as
        a plural noun ("Germany pledges to expand ...", "He rails against A and pledges to
        stand firm against “...”", "Pew notes that the surveys ..."): a name, a subject
        pronoun or "and" before it, and after it "to" and a verb or a "that" that opens a
        clause, not a relative one ("the states that voted", "news reports to discredit",
        "his pledges to voters" keep the noun)."""
        w = self.words
        wx = w[x]
        if wx.upos != "NOUN" or not wx.lower.endswith("s") or \
                wx.lower not in REPORTING_VERB_FORMS or x == 0 or x + 2 >= len(w) or \
                w[x + 1].sent != wx.sent or w[x - 1].sent != wx.sent:
            return False
        nxt, after, prev = w[x + 1], w[x + 2], w[x - 1]
        if not (nxt.lower == "to" and after.upos == "VERB" or
                nxt.lower == "that" and after.upos not in ("VERB", "AUX", "PUNCT")):
            return False
        return prev.upos == "PROPN" or prev.upos == "NOUN" and prev.is_capitalised or \
            prev.lower in ("he", "she", "it", "and")

    def _past_modifier_to_speech(self, j: int, k: int) -> int:
        """The verb of speech after a prepositional phrase that modifies the subject from word
        ``j`` ("A letter to members calls it “...”", "Democrats with ties to both cited a
        “trap”"), before word ``k``; else ``j``."""
        if j >= k or self.words[j].lower not in _SUBJECT_PREPOSITIONS:
            return j
        x = j + 1
        while x < k and x - j <= _SUBJECT_PHRASE_WORDS and self.in_quote[x] < 0 and \
                not self.words[x].is_punct and not self._speech_act_word(x) and \
                self.words[x].upos not in ("VERB", "AUX"):
            x += 1
        return x if x < k and self._speech_act_word(x) else j

    def _noun_phrase_speaks(self, np: tuple[int, int], j: int) -> bool:
        """True when the noun phrase ``np`` ("The campaign", "Officials") is the subject of
        the verb of speech, stance or naming at word ``j`` ("The campaign called it “...”"),
        not a possessor's thing ("his remarks calling it"), a place ringing "with" sounds
        ("The hall echoed with “...”") or a thing's name ("a band called Foo")."""
        w = self.words
        return self.is_speaking_noun_phrase(np) and self._speech_act_word(j) and \
            w[np[0]].lower not in _POSSESSIVES and \
            not (j + 1 < len(w) and w[j + 1].lower == "with") and \
            not self._named_by_participle(np, j)

    def _named_by_participle(self, np: tuple[int, int], j: int) -> bool:
        """True when the naming participle at word ``j`` follows the noun phrase ``np`` with
        no pronoun object after it: the thing's name ("a band called Foo", "a formula called
        the “...”"), not the subject calling something ("The memo called it “...”")."""
        w = self.words
        return j == np[1] and w[j].lower in _NAMING_PARTICIPLES and \
            not (j + 1 < len(w) and w[j + 1].is_pronoun)

    def is_speaking_noun_phrase(self, span: tuple[int, int]) -> bool:
        """True for a mention headed by a noun that opens with no demonstrative, "it" or
        "its" ("the campaign", not "that view"): it may speak when a verb of speech follows."""
        return self.words[span[1] - 1].upos in ("NOUN", "PROPN") and \
            self.words[span[0]].lower not in _THING_STARTS

    def is_text_subject(self, span: tuple[int, int]) -> bool:
        """True for a mention headed by a text or record with no owner before it ("One such
        contract", "That letter", "The footnote"): what it holds is its words ("The
        contract includes a “no-disparagement” clause"); not "His letter" (his words)."""
        words = self.words
        head = words[span[1] - 1]
        return (head.lower in MESSAGE_NOUNS or head.lower.removesuffix("s") in TEXT_SOURCE_NOUNS) \
            and head.upos == "NOUN" and words[span[0]].lower not in _POSSESSIVES and \
            not any(_possessive_mark(w) for w in words[span[0]:span[1]])

    def _sent_by_someone(self, span: tuple[int, int], k: int) -> bool:
        """True when "from" or "by" and a name or pronoun follow the text ``span`` before
        word ``k`` ("A memo from the Tax Institute"): the sender's words, left to the rules
        that credit the sender."""
        words = self.words
        p = span[1]
        if p + 1 >= k or words[p].lower not in ("from", "by"):
            return False
        sender = self._np_forward(p + 1, k)
        return sender is not None and self.is_named_or_pronoun(sender)

    def text_holds_quote(self, span: tuple[int, int], q0: int) -> bool:
        """True when the text ``span`` (:meth:`is_text_subject`) is the subject of the clause
        of the quote at word ``q0`` and the quote is no name a participle gives a thing
        after it ("One message read A, a site linked to a group called the “...”")."""
        if not self.is_text_subject(span) or self._sent_by_someone(span, q0):
            return False
        x = self._past_name_articles(q0)
        return not (x > 0 and self.words[x].lower in _NAMING_PARTICIPLES and
                    self.words[x - 1].upos == "NOUN")

    def is_named_or_pronoun(self, span: tuple[int, int]) -> bool:
        """True when the mention is a pronoun, contains a name, or is headed by a role noun."""
        ws = self.words[span[0]:span[1]]
        if len(ws) == 1 and ws[0].is_pronoun:
            return ws[0].lower not in _THING_PRONOUNS
        return any(w.ner not in ("O", "") or w.upos == "PROPN" for w in ws) or \
            _person_word(ws[-1])

    def _subject_past_relative(self, sub: tuple[int, int], a: int, k: int
                               ) -> tuple[int, int] | None:
        """The noun phrase opening the clause at word ``a`` when the surface subject ``sub``
        is the "who" of its relative clause and the main clause's own verb follows that
        clause before word ``k``: "The lawyer who ran three marathons is already talking
        about “...”" is the lawyer's (a verb with no subject of its own after the relative
        clause's verb), unlike "The aide who called it “a mess” resigned"."""
        words = self.words
        x = sub[0]
        if sub[1] - x != 1 or words[x].lower != "who" or x - 1 < a or x + 2 >= k:
            return None
        ante = self._np_back(x - 1, a)
        if ante is None or ante[0] != a or not self.is_named_or_pronoun(ante) and \
                not self._speaks(ante):
            return None
        verb = False
        for y in range(x + 1, k):
            w = words[y]
            if w.text in (",", ";", ":", "—", "–") or self.in_quote[y] >= 0:
                return None
            if w.upos not in ("AUX", "VERB"):
                continue
            if verb and w.upos == "AUX" and w.lower in _FINITE_AUXILIARIES and \
                    words[y - 1].upos not in ("NOUN", "PROPN", "PRON", "AUX", "VERB", "PART"):
                return ante  # "... before his knee blew out | is talking"
            verb = True
        return None

    def _speaks(self, span: tuple[int, int]) -> bool:
        """True for a mention headed by a name, a personal pronoun or a noun of people."""
        head = self.words[span[1] - 1]
        if head.is_pronoun:
            return _personal_pronoun(head)
        return head.upos == "PROPN" or head.ner != "O" or _person_word(head) or \
            head.lower in UNNAMED_SOURCE_NOUNS

    def _mute_thing(self, span: tuple[int, int]) -> bool:
        """True for a mention headed by a common noun that names no one and no text,
        body or record that speaks ("the performance", "the timeline"); not one with an
        owner, who may speak ("Trump's call", "his assumption")."""
        words = self.words
        head = words[span[1] - 1]
        low = head.lower
        return head.upos == "NOUN" and head.ner == "O" and not self._speaks(span) and \
            not any(w.deprel == "nmod:poss" or _possessive_mark(w)
                    for w in words[span[0]:span[1]]) and \
            low not in THING_SOURCE_NOUNS and low.rstrip("s") not in THING_SOURCE_NOUNS and \
            low not in MESSAGE_NOUNS and low not in DATA_NOUNS and \
            low not in STATEMENT_NOUNS and low not in _POLL_NOUNS and \
            low not in INSTITUTION_NOUNS and low not in FIRM_NOUNS

    def _nationality_of_thing(self, x: int, k: int) -> bool:
        """True when word ``x`` is a nationality or party word that modifies a thing after it,
        before word ``k`` ("his Mexican heritage", "the Republican nomination", "Chinese
        goods"): no one who speaks opens there, unlike "Chinese officials", "Republican
        leaders", "the Kazakh government", and "Republican claims of “...”" (the party's
        claims)."""
        words = self.words
        if not words[x].ner.endswith("NORP") or x + 1 >= k or words[x].lower.endswith("s"):
            return False  # (not "the Republicans try to": the people)
        nxt = words[x + 1]
        if nxt.is_capitalised or nxt.is_punct or nxt.upos not in ("NOUN", "VERB") or \
                self.in_quote[x + 1] >= 0:
            return False
        low = nxt.lower
        return not any(w in SPEAKER_NOUNS or w in UNNAMED_SOURCE_NOUNS or w in TITLES or
                       w in THING_SOURCE_NOUNS or w in STATEMENT_NOUNS
                       for w in (low, low[:-1] if low.endswith("s") else low))

    def _relative_subject(self, np: tuple[int, int], a: int) -> bool:
        """True when the noun phrase ``np`` opens right after a relative pronoun, past the
        capitalised words of a name and its title ("a clip that [U.S. District Judge] Jane
        Doe"), from word ``a`` on: the subject of a relative clause."""
        words = self.words
        j = np[0] - 1
        while j >= a and words[j].is_capitalised and not words[j].is_punct:
            j -= 1
        if j < a or words[j].lower not in _RELATIVES:
            return False
        # "a clip that": a relative; "shows that": the opening of a complement clause
        return words[j].lower != "that" or j - 1 >= a and words[j - 1].upos in ("NOUN", "PROPN")

    def _lead_in_past(self, verb: int, k: int) -> bool:
        """True when the colon at word ``k`` ends a lead-in that the naming clause of
        ``verb`` does not hold ("X contrasted Y, whom he described as “volatile,” with Z:
        “...”"): the quote after the colon is the lead-in's subject's, not the namer's."""
        return k < len(self.words) and self.words[k].text == ":" and not self._above(verb, k)

    def _subordinated(self, verb: Word) -> bool:
        """True when parse word ``verb`` heads a clause that a subordinator of contrast marks
        ("X calls him “Mr. Doe,” while Y refers to him as “...”"), whatever relation the
        parse hangs it by (a relative clause of the noun before it, at times)."""
        return any(c.deprel == "mark" and c.lower in _CONTRAST_SUBORDINATORS
                   for c in self.W.children(verb))

    def _free_relative(self, subject: Word) -> bool:
        """True when the person pronoun ``subject`` opens a free relative clause after its
        "what" ("X condemned what he called “...”"): a noun phrase of the clause around it,
        which the parse may hang anywhere; not "it" ("The group backs what it calls “...”":
        the news credits the body by the pronoun)."""
        return subject.i > 0 and self.words[subject.i - 1].lower == "what" and \
            subject.lower != "it"

    def _as_clause(self, x: int) -> bool:
        """True when word ``x`` is an "as" that opens a clause of time or manner with a
        third-person subject pronoun ("X is winning applause [as he] keeps talking about
        the “...”"), not a phrase ("known as", "read as saying")."""
        words = self.words
        return words[x].lower == "as" and x + 2 < len(words) and \
            words[x + 1].lower in _THIRD_PERSON_SUBJECTS and words[x + 2].upos in ("VERB", "AUX")

    def _after_what(self, x: int) -> bool:
        """True when word ``x`` follows the "what" of a free relative outside quotes ("is what
        former aides have called “...”"): it may open the relative clause's subject."""
        return x > 0 and self.words[x - 1].lower == "what" and self.in_quote[x - 1] < 0

    def _object_of_preposition(self, x: int) -> bool:
        """True when word ``x`` follows a preposition ("in Dover", "against Doe"): the
        object of a phrase, not a clause's subject (but "a spokesman for Doe" may speak)."""
        return x > 0 and self.words[x - 1].lower in _OBJECT_PREPOSITIONS

    def _pronoun_after_and(self, x: int) -> bool:
        """True when word ``x`` is a third-person subject pronoun right after "and" or "but"
        that joins a clause with a verb of its own before it ("X is the only one to have
        visited every county [and he] has long used that fact to call them “lazy”"), not
        the second of two subjects ("Doe [and he] met")."""
        words = self.words
        if x < 2 or words[x].lower not in _THIRD_PERSON_SUBJECTS or \
                words[x - 1].lower not in ("and", "but"):
            return False
        sent = words[x].sent
        for y in range(x - 2, -1, -1):
            w = words[y]
            if w.sent != sent or w.text in _CLAUSE_STOPS or self.in_quote[y] >= 0:
                return False
            if w.upos in ("VERB", "AUX"):
                return True
        return False

    def _perceived_speaker(self, a: int, k: int) -> tuple[int, int] | None:
        """On the surface, the object of a verb of perception or memory whose participle
        speaks the quote at word ``k`` ("I remember Jane Doe telling voters that “...”", "we
        watch the envoys calling it the “...”"): the one seen or heard speaking, not the
        subject who sees; else None."""
        words = self.words
        for x in range(k - 1, max(a, k - _WINDOW // 2) - 1, -1):
            w = words[x]
            if self.in_quote[x] >= 0 or w.text in _CLAUSE_STOPS and w.text != ",":
                return None
            if w.lower not in _PERCEPTION_FORMS or w.upos not in ("VERB", "AUX"):
                continue
            np = self._np_forward(x + 1, k)
            if np is None:
                return None
            p = np[1]
            if p < k and words[p].lower in _SEEN_MODIFIER_PREPOSITIONS:
                # "the envoys [from Tehran] calling": over a phrase that modifies them
                place = self._np_forward(p + 1, k)
                p = place[1] if place is not None else p
            while p < k and words[p].upos == "ADV" and p - np[1] < 4:
                p += 1  # "the envoys [relentlessly] calling"
            if p < k and words[p].lower.endswith("ing") and words[p].upos == "VERB" and \
                    (self.is_named_or_pronoun(np) or self.is_speaking_noun_phrase(np)) and \
                    self.speech_act_between((np[0], p), k, k + 1):
                return np
            return None
        return None

    def _opens_subordinate(self, x: int) -> bool:
        """True when word ``x`` is a subordinator after a comma, opening an adverbial clause
        with a subject of its own ("X backed it, although she made it clear that ...")."""
        words = self.words
        return words[x].lower in _LEAD_SUBORDINATORS and words[x - 1].text == ","

    def _after_clause_link(self, x: int) -> bool:
        """True when word ``x`` follows a comma and a word that links a clause with a subject
        of its own (", while Y ...", "..., whereas Y ..."), or a quote that closes on a comma
        and "and" ('voiced a “wish,” and he pronounced')."""
        words = self.words
        if x < 2 or words[x - 1].lower not in _CLAUSE_LINKS:
            return False
        before = words[x - 2]
        if before.text == ",":
            return True
        return self.in_quote[x - 2] >= 0 and before.text in _QUOTE_CHARS and \
            words[x - 3].text == ","

    def _before_relative_word(self, np: tuple[int, int]) -> int:
        """The end of the noun phrase ``np`` cut before a relative word that follows one of
        its nouns ("his Facebook page [that] newcomers should ...": the clause after it has
        a subject of its own, and the phrase, read as a subject, would take its verb)."""
        words = self.words
        x = next((x for x in range(np[0] + 1, np[1])
                  if words[x].lower in _CLAUSE_OPENING_RELATIVES and
                  words[x - 1].upos in ("NOUN", "PROPN")), np[1])
        # "the campaign's website [states] that A": a verb of reporting read as a noun
        return x - 1 if x < np[1] and x - 1 > np[0] and (
            self._verb_read_as_noun(x - 1) or
            words[x - 1].lower.endswith("s") and words[x - 1].lower[:-1] in SPEECH_VERBS) else x

    def _quote_comma_between(self, a: int, k: int) -> bool:
        """True when a quote that closes on a comma lies in words [a, k) and a verb follows
        it, or an adverb and a verb ("X, who called him “unfit,” [clearly] wanted"): the
        comma the writer's clause takes there, inside the marks, closes a clause set off
        before the verb (not a list of quoted words: "called it “A,” “B” and “C”")."""
        words, text = self.words, self.W.text
        for x in range(a + 1, k):
            q = self.in_quote[x - 1]
            if q < 0 or self.in_quote[x] == q or \
                    text[self.spans[q].content_end - 1:self.spans[q].content_end] != ",":
                continue
            v = x + 1 if words[x].upos == "ADV" and x + 1 < k else x
            if words[v].upos in ("VERB", "AUX"):
                return True
        return False

    def _marching_group(self, np: tuple[int, int], k: int) -> bool:
        """True when ``np``, right before the finite verb of the clause a participle after
        the comma at word ``k`` hangs from, is a group of people the story counts or sets
        before the reader ("Hundreds of students marched ..., chanting “...”", "About 200
        parents gathered ..., chanting", "The students marched ..., chanting"), headed by
        a plural noun of unnamed sources (``UNNAMED_SOURCE_NOUNS``): the group does what
        the participle says.  Only here: elsewhere such nouns are people the news talks
        about, not speakers ("The principal told the students, “...”", a scare quote in a
        clause about immigrants)."""
        words = self.words
        a, b = np
        head = words[b - 1]
        if b >= k or head.upos != "NOUN" or head.lower not in UNNAMED_SOURCE_NOUNS or \
                not head.lower.endswith("s") or words[b].upos not in ("VERB", "AUX") or \
                self.in_quote[a] >= 0:
            return False
        if b - a == 2 and words[a].lower == "the":
            return True  # "The students marched"
        x = self._past_approximation(a, b)
        if words[x].lower in GROUP_COUNTS and x + 2 < b and words[x + 1].lower == "of":
            x += 2  # "Hundreds of students", "Dozens of parents"
        elif words[x].upos == "NUM":
            x += 1  # "About 200 parents", "300 workers"
        else:
            return False
        return all(words[y].upos == "ADJ" for y in range(x, b - 1))

    def _past_approximation(self, i: int, k: int) -> int:
        """The number after the words that make it approximate at word ``i`` ("[about]
        200 protesters", "[at least] six aides"), before ``k``; else ``i``."""
        if not self._approximate_number(i, k):
            return i
        return i + 2 if self.words[i].lower == "at" else i + 1

    def _past_set_offs(self, j: int, k: int) -> int:
        """The word after the modifiers set off one after another from word ``j`` ("X
        (R-Ky.), a former chairman, called"), closing before ``k`` (see :meth:`_past_set_off`)."""
        for _ in range(_SET_OFF_CHAIN):
            nxt = self._past_set_off(j, k, quotes=True)
            if nxt == j or self._clause_set_off(j, nxt):
                break
            j = nxt
        return j

    def _clause_set_off(self, j: int, k: int) -> bool:
        """True when the words set off from the comma at word ``j`` to word ``k`` open with
        a subject and its finite verb ("in Dover, Delaware[, Doe went after Roe,] calling
        ...", "Outside the hall[, about 200 protesters gathered,] chanting ..."): a
        clause of its own, not a modifier of the noun phrase before it (unlike ", who runs
        Y," or ", a lawyer appointed by Y,")."""
        words = self.words
        x = j + 1
        if x >= k or words[x].lower in _RELATIVES:
            return False
        np = self._np_forward(self._past_approximation(x, k), k)
        if np is None or np[1] >= k - 1 or not (
                self.is_named_or_pronoun(np) or words[np[0]].upos == "NUM") or \
                any(words[y].lower in _RELATIVES for y in range(*np)):
            return False  # not ", the group that Doe chaired,"
        v = words[np[1]]
        return v.upos in ("VERB", "AUX") and not v.lower.endswith("ing") and \
            words[np[1] + 1].lower != "by"

    def _skip_adjuncts(self, j: int, k: int) -> int:
        """The word after adverbs and time phrases that start at word ``j`` ("on Tuesday",
        "immediately"), at most four words and not past word ``k``."""
        words = self.words
        j0 = j
        j = self._past_time_phrase(j, k)  # "X last week invited", "X this past month said"
        # "Mayor X on Tuesday postponed", "X immediately posted": step over adjuncts
        while j < k and j - j0 < 4 and (words[j].upos == "ADV" or
                                        words[j].lower.endswith("ly") or
                                        words[j].lower in ("on", "last", "this", "earlier",
                                                           "also", "later", "then")):
            j += 1
            while j < k and j - j0 < 4 and words[j].is_capitalised and \
                    words[j - 1].lower in ("on", "last", "this"):
                j += 1
        return self._past_adjunct_phrase(j, k)

    def _past_adjunct_phrase(self, j: int, k: int) -> int:
        """The verb after a short adjunct that opens at word ``j`` ("[during a Sunday rally]
        thanked", "[in his speech] called"), before ``k``; ``j`` when no verb follows one."""
        words = self.words
        if j >= k or words[j].lower not in _ADJUNCT_PREPOSITIONS:
            return j
        for x in range(j + 1, min(k, j + 2 + _ADJUNCT_PHRASE_WORDS)):
            w = words[x]
            if x > j + 1 and w.upos == "VERB" and not w.lower.endswith("ing"):
                return x
            if self.in_quote[x] >= 0 or not self._adjunct_word(w):
                return j
        return j

    @staticmethod
    def _adjunct_word(w: Word) -> bool:
        """True for a word of an adjunct's noun phrase ("a Sunday rally", "his speech")."""
        return w.upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN") or w.lower in _POSSESSIVES

    def _naming_subject(self, a: int, k: int, nearest: list[tuple[int, _Subject | None]]
                        ) -> tuple[int, int] | None:
        """Without a parse, the subject of a verb of naming whose object is the quote at
        word ``k`` ("in what aide X called “...”", "when she called him “...”"): the
        nearest subject before the quote whose verb names it, in the quote's clause
        (``nearest`` holds the subject read at each clause start, nearest first)."""
        words = self.words
        for _, found in nearest:
            if found is None:
                continue
            np = found[1]
            if words[np[0]].is_pronoun and np[0] > a and self._free_relative(words[np[0]]):
                continue  # "X railed against what he calls “...”": X, as in a parse
            if self.names_the_quote(np, k):
                # "Gov. Jane Doe, a lawyer, called “...”": the whole name, from its title on
                return next((f[0] for _, f in reversed(nearest)
                             if f is not None and f[1][1] == np[1] and
                             not words[f[1][0]].is_pronoun and
                             not any(words[y].lower in _RELATIVES for y in range(*f[1]))),
                            found[0])
        return None

    def it_names_the_quote(self, np: tuple[int, int], k: int) -> bool:
        """True when the noun phrase ``np`` is an "it" that names the quote at word ``k``
        ("The group backs what it calls “...”"): a body the news refers to by the pronoun."""
        return np[1] - np[0] == 1 and self.words[np[0]].lower == "it" and \
            self.names_the_quote(np, k)

    def names_the_quote(self, np: tuple[int, int], k: int) -> bool:
        """True when the noun phrase ``np`` is the subject of a verb of naming whose object
        is the quote at word ``k`` ("what it calls “...”", "she called him “...”")."""
        words = self.words
        # "in what Jane Doe, a former aide, called “...”": past the apposition, to a finite
        # verb (not the participle of a main clause: "X attacked Doe, a rival, calling him")
        v = self._past_set_offs(np[1], k)
        if v > np[1] and words[v].lower.endswith("ing"):
            return False
        v = self._skip_adjuncts(v, k)
        if v < k and words[v].lower in _PERFECT_AUXILIARIES:
            v = self._skip_adjuncts(v + 1, k)  # "what one critic has [long] called “...”"
        return v < k and words[v].lower in _NAMING_FORMS and words[v].upos == "VERB" and \
            k - v <= _NAMED_OBJECT_WORDS and \
            not any(words[x].text in _CLAUSE_STOPS for x in range(v, k))

    # ----------------------------------------------------------- reported speech
    def _subtree(self, h: int, a: int, b: int) -> tuple[int, int]:
        """Word span [lo, hi) of the subtree of ``h`` within sentence words [a, b)."""
        # (every word of the subtree is in the sentence of ``h``: its dependents read once)
        # (the span's ends kept on the way: no min() and max() over the words afterwards)
        dependents = self.W.dependents_in(self.words[h].sent)
        inside = {h}
        todo = [h]
        lo = hi = h
        while todo:
            for x in dependents.get(todo.pop(), ()):
                i = x.i
                if a <= i < b and i not in inside:
                    inside.add(i)
                    todo.append(i)
                    if i < lo:
                        lo = i
                    elif i > hi:
                        hi = i
        return lo, hi + 1

    def _has_subject(self, h: int) -> bool:
        """True when parse word ``h`` heads a clause with a subject of its own."""
        return any(x.deprel.startswith(("nsubj", "csubj", "expl"))
                   for x in self.W.children(self.words[h]))

    def _subject_before_split(self, c: int) -> tuple[int, int] | None:
        """The name before "(...)" that ends the first parse of a sentence the parser split
        after it (see tokens.split_after_parenthesis), when cue ``c`` is in the clause that
        opens the second parse and has no subject there; None otherwise."""
        words = self.words
        a, b = self._sentence_range(c)
        root = words[c]
        while root.head >= 0 and root.deprel in ("xcomp", "conj", "advcl", "ccomp"):
            root = words[root.head]
        if root.head < 0 and root.i > a and words[a].text == ",":
            return self._noun_sentence_before_split(a)
        if root.head >= 0 or root.i <= a:
            return None
        start = self._subtree(root.i, a, b)[0]
        if start + 1 < root.i and words[start + 1].text == ")" and words[start].text != "(":
            start += 2  # "Rep. Jane Doe (D-N. | Y) said": the abbreviation's tail opens it
        if start - 1 <= a or words[start - 1].text != ")":
            return None
        opening = next((x for x in range(start - 2, max(a, start - 8) - 1, -1)
                        if words[x].text == "("), None)
        if opening is None or opening - 1 < a or words[opening - 1].upos != "PROPN":
            return None
        h = opening - 1
        lo = h  # the name with its title and modifiers ("Sen. Jane Doe")
        while lo - 1 >= a and lo - 1 < words[lo - 1].head <= h and \
                words[lo - 1].deprel in ("compound", "flat", "det", "amod", "nmod:poss"):
            lo -= 1
        return lo, h + 1

    def _noun_sentence_before_split(self, a: int) -> tuple[int, int] | None:
        """The noun phrase that the parse before sentence start ``a`` (a comma) makes its
        root, in the same paragraph: the subject of a sentence the parser split inside a
        phrase set off after it ('The ad, titled “Unity?” | , concludes that A'); None
        when that parse's root is no noun (a sentence of its own)."""
        words = self.words
        if a == 0 or words[a - 1].par != words[a].par:
            return None
        pa, pb = self._sentence_range(a - 1)
        roots = [x for x in range(pa, pb) if words[x].head < 0]
        if len(roots) != 1 or words[roots[0]].upos not in ("NOUN", "PROPN"):
            return None
        h = roots[0]
        lo = h  # the noun with its article and modifiers ("The new ad")
        while lo - 1 >= pa and lo - 1 < words[lo - 1].head <= h and \
                words[lo - 1].deprel in ("compound", "flat", "det", "amod", "nmod:poss"):
            lo -= 1
        return lo, h + 1

    def _past_set_off(self, j: int, k: int, quotes: bool = False, commas: bool = False) -> int:
        """The word after a modifier set off by commas, dashes or brackets that opens at word
        ``j`` ("X, a former chairman, became", "X -- who ... -- said", "X (R-Ky.) said"),
        closing before ``k``; ``j`` itself when none does.  With ``quotes`` the modifier may
        hold quoted words, and a comma that ends a quote closes it ("X, citing “A,” said");
        with ``commas`` a modifier between dashes may hold commas ("— on Twitter, as it
        happens —")."""
        words, in_quote = self.words, self.in_quote
        if j >= k or not (words[j].text in (",", "(") or words[j].text in _DASHES):
            return j
        dash = words[j].text in _DASHES
        closer = ")" if words[j].text == "(" else ","
        for x in range(j + 1, min(k, j + _AFTER_CUE_WORDS)):
            t = words[x].text
            if in_quote[x] >= 0:
                if not quotes:
                    return j
                end = x + 1
                while end < len(words) and in_quote[end] == in_quote[x]:
                    end += 1
                if t == closer and all(words[y].text in _QUOTE_CHARS for y in range(x + 1, end)):
                    return end  # “reckless,” closes the modifier with the quote
                continue
            if t in (";", ":") or t == "," and dash and not commas:
                return j
            if (t in _DASHES) if dash else t == closer:
                return x + 1
        return j

    def _skip_opening(self, i: int, end: int) -> int:
        """The first word at or after ``i`` (before ``end``) past punctuation and opening
        words ("But", "Now", a quote mark)."""
        words = self.words
        while i < end and (words[i].is_punct or words[i].lower in _OPENING_SKIP):
            i += 1
        return i

    def _past_dateline(self, a: int, c: int) -> int:
        """The word after a dateline that opens words [a, c) ("WASHINGTON (AP) —", "LOS
        ANGELES, Feb. 2 —": names, a date and an agency in brackets up to a dash; "Boston
        (AFP) –": a place in title case before an agency in capitals), or ``a``."""
        words = self.words
        if a >= c:
            return a
        if words[a].text == "(":
            return self._agency_dateline(a, c)  # "(AP) —" after a place the splitter cut off
        if len(words[a].text) < 2:
            return a
        if not words[a].text.isupper():
            # a dateline opens with a place in capitals ("Murphy — who ...": no), or with
            # one in title case right before an agency in brackets
            return self._agency_dateline(a, c)
        for x in range(a, min(c, a + _NAME_WORDS + 4)):
            w = words[x]
            if w.text in _DASHES:
                return x + 1 if x > a else a
            if w.text == ":" and x > a and all(v.text.isupper() for v in words[a:x]):
                # a dateline closed by a colon, as Indian, Pakistani, Malaysian and Gulf
                # papers set it ("NEW DELHI: A, police said")
                return x + 1
            if not (w.is_punct or w.upos in ("PROPN", "NUM") or w.text.isupper() or
                    w.is_capitalised and words[x - 1].text == "(" and x + 1 < c and
                    words[x + 1].text == ")"):
                # (an agency in title case in brackets: "KUALA LUMPUR, June 3 (Bernama) --")
                return a
        return a

    def _agency_dateline(self, a: int, c: int) -> int:
        """The word after a dateline in title case that words [a, c) open with: capitalised
        words or none, an agency in capitals in brackets and a dash ("New Haven (AP) —"), or
        ``a``."""
        words = self.words
        x = a
        while x < min(c, a + 3) and words[x].is_capitalised and words[x].upos in _PLACE_UPOS:
            x += 1                               # "New Haven", "Port Alder": ADJ or NOUN too
        # (x == a: "(AP) —" alone, when a splitter ended the sentence at "Ore." before it)
        if x + 3 >= c or words[x].text != "(" or words[x + 2].text != ")" or \
                not (len(words[x + 1].text) > 1 and words[x + 1].text.isupper() or
                     words[x + 1].lower in KNOWN_ORGS) or \
                words[x + 3].text not in _DASHES:
            return a
        return x + 4

    def _past_time_opening(self, a: int, c: int) -> int:
        """The word after a time phrase that opens words [a, c) ("A few minutes later",
        "Two days ago,"), or ``a``."""
        words = self.words
        for x in range(a + 1, min(c - 1, a + 4)):
            if words[x].lower in ("later", "earlier", "ago") and _time_word(words[x - 1]):
                return x + 2 if words[x + 1].text == "," else x + 1
            if not (words[x].upos in ("ADJ", "NUM", "NOUN") or words[x].lower in ("a", "an")):
                return a
        return a

    def _subject_start(self, a: int, c: int) -> int | None:
        """Where the subject of the clause in words [a, c) can start: past opening words
        ("But", a quote mark), a dateline, a time phrase and an introductory phrase up to its
        comma ("In a statement Monday, X ...", "Reached by phone, X ..."); None when such a
        phrase has no comma before ``c``."""
        words = self.words
        s = self._skip_opening(self._past_time_opening(self._past_dateline(a, c), c), c)
        if s < c and (words[s].upos in ("ADP", "SCONJ") or words[s].lower in _SUBORDINATORS or
                      words[s].upos == "VERB" and words[s].lower.endswith(("ed", "ing"))):
            comma = next((x for x in range(s, c) if words[x].text == ","), None)
            if comma is None:
                # a phrase that ends at the second of two dashes ("In a speech from Ohio --
                # which votes Tuesday -- X claimed")
                dash = next((x for x in range(s, c) if words[x].text in _DASHES), None)
                comma = None if dash is None else \
                    next((x for x in range(dash + 1, c) if words[x].text in _DASHES), None)
            # past the closing mark of a quote that the comma ends ('On “This Week,” X')
            return None if comma is None else self._skip_opening(comma + 1, c)
        return s

    def _quantifier_subject(self, np: tuple[int, int]) -> bool:
        """True when ``np`` is a quantifier that stands alone for people as a subject ("Some
        seek relief and argue that ...", "Many left early and said ..."), before its verb."""
        j = np[1]
        return np[1] - np[0] == 1 and self.words[np[0]].lower in _INTENTION_QUANTIFIERS and \
            j < len(self.words) and self.words[j].upos in ("VERB", "AUX")

    def _with_listed_names(self, np: tuple[int, int], k: int) -> tuple[int, int]:
        """The noun phrase ``np`` with the names listed after it before word ``k`` when it is
        a name that opens a list closed by "and" or "or" ("[Doe, Roe and Poe] have all
        described ... and say"), else ``np``: not a name set off by commas ("Doe, Roe's
        aide, ...") nor a list of things."""
        words = self.words
        if not self._names_person(np):
            return np
        j, end = np[1], np[0]
        for _ in range(_MODIFIER_PHRASES + 2):
            p = j
            if p < k and words[p].text == ",":
                p += 1
            closing = p < k and words[p].lower in ("and", "or")
            if closing:
                p += 1
            if p == j or p >= k or self.in_quote[p] >= 0:
                break
            nxt = self._np_forward(p, k)
            if nxt is None or not self._names_person(nxt):
                break
            j = nxt[1]
            if closing:
                end = j
                break
        return (np[0], end) if end > np[1] else np

    def _past_prepositional_phrases(self, j: int, k: int) -> int:
        """The word after the prepositional phrases that modify a subject from word ``j`` on,
        before ``k`` ("officers [with no knowledge of the case but with experience in war
        zones] chafed"), or ``j``."""
        words = self.words
        for _ in range(_MODIFIER_PHRASES):
            p = j + 1 if j + 1 < k and words[j].lower in ("but", "and") else j
            after = self._past_prepositional(p, k, ("that",)) if p < k else p
            if after == p:
                break
            j = after
        return j

    def _before_aside(self, k: int, a: int) -> int:
        """Word ``k`` ("and", "but"), or the "(" of an aside in brackets that ends right
        before it: "X called A a crisis (although he allowed B) and promised C" (the aside's
        clause is not the one the verb after ``k`` goes on)."""
        words = self.words
        if k - 1 <= a or words[k - 1].text != ")":
            return k
        o = next((y for y in range(k - 2, max(a, k - _PARENTHETICAL_WORDS) - 1, -1)
                  if words[y].text in ("(", ")")), None)
        return o if o is not None and o > a and words[o].text == "(" else k

    def _share_subject(self, a: int, c: int) -> tuple[int, int] | None:
        """A share of a group as the subject of cue ``c``, as poll reports put it: "47%
        say", "More than six in 10 said", "85% of Democrats said", "those surveyed say",
        "Nine in 10 registered voters say"; None unless it opens a clause in words [a, c)."""
        words = self.words
        k = c - 1
        while k >= a and _adverbial(words[k]) and words[k].upos != "AUX":
            k -= 1  # "still say"
        while k >= a and words[k].upos == "AUX":
            k -= 1  # "have said"
        j = k
        while j >= a and k - j < 8 and (self._group_word(words[j]) or
                                        words[j].lower in ("and", "or") and j - 1 >= a and
                                        j < k and self._group_word(words[j - 1])):
            j -= 1  # the group: "Democratic registered voters", "Cuban-Americans polled",
            # "Democrats and Democratic-leaning voters"
        s = None
        if j == k and j - 1 >= a and words[j].lower in ("them", "us", "you", "those") and \
                words[j - 1].lower == "of":
            j -= 1  # "most of them"
        elif j >= a and words[j].lower == "those" and j < k and words[k].lower in SURVEYED:
            s, j = j, j - 1  # "those surveyed"
        if j >= a and words[j].lower == "of" and j < c - 1:
            s = self._share_start(j - 1, a)  # "85% of Democrats", "most of those polled"
        elif s is None:
            s = self._share_start(j, a)  # "47%", "six in 10 voters"
        if s is None or s > a and not self._starts_clause(a, s, words[c]):
            return None
        return s, k + 1

    def _group_word(self, w: Word) -> bool:
        """True for a word of the group a share is taken of ("registered voters polled", "Mr.
        Doe's backers")."""
        if w.lower in SHARE_UNITS or _is_number(w) or w.is_punct:
            return False
        return (w.upos in ("NOUN", "PROPN", "ADJ") or w.lower in SURVEYED or _possessive_mark(w) or
                w.upos == "VERB" and w.lower.endswith("ed")) and not is_cue_word(w)

    def _share_start(self, k: int, a: int) -> int | None:
        """The first word of a share ending at word ``k`` ("nearly nine out of 10",
        "26 percent", "a majority"), or None."""
        words = self.words
        if k < a:
            return None
        w = words[k]
        number = _is_number(w)
        if w.lower in SHARE_UNITS and k - 1 >= a and _is_number(words[k - 1]):
            s = k - 1  # "47%", "26 percent"
        elif number and k - 2 >= a and words[k - 1].lower == "in" and \
                _is_number(words[k - 2]):
            s = k - 2  # "six in 10"
        elif number and k - 3 >= a and words[k - 1].lower == "of" and \
                words[k - 2].lower == "out" and _is_number(words[k - 3]):
            s = k - 3  # "nine out of 10"
        elif w.lower in SHARE_WORDS or number and "-" in w.lower and \
                w.lower.rsplit("-", 1)[1] in SHARE_WORDS:
            s = k  # "most", "a majority", "two-thirds", "[as many as] three-fourths"
        elif number and w.lower not in ("one",) and k - 1 >= a and \
                words[k - 1].lower in SHARE_QUALIFIERS:
            s = k  # "more than 300 of those polled"
        else:
            return None
        while s - 1 >= a and words[s - 1].lower in SHARE_QUALIFIERS:
            s -= 1
        if s - 3 >= a and words[s - 3].lower == "as" and words[s - 1].lower == "as" and \
                words[s - 2].lower in ("many", "much", "few"):
            s -= 3  # "as many as 30 percent"
        return s

    def _can_speak(self, np: tuple[int, int]) -> bool:
        """True when a noun phrase can be the subject of a verb of saying: a name, a
        pronoun or a noun ("a large body of work suggests"), not a time or a number."""
        ws = self.words[np[0]:np[1]]
        if self.is_named_or_pronoun(np):
            return True
        head = ws[-1]
        return head.upos in ("NOUN", "PROPN") and not head.ner.endswith(("DATE", "TIME")) and \
            head.lower not in _WEEKDAYS

    def _verb_follows(self, j: int, k: int) -> bool:
        """True when a verb comes right after the noun phrase ending at ``j`` (adverbs aside)."""
        words = self.words
        while j < k and _adverbial(words[j]) and words[j].upos != "AUX":
            j += 1
        return j < k and (words[j].upos in ("VERB", "AUX") or
                          words[j].lower.endswith("ed") and not words[j].is_capitalised)

    def _quote_ends_at(self, k: int, a: int, comma: bool = False) -> bool:
        """True when word ``k`` (after punctuation outside quotes, back to ``a``) ends a
        quote; with ``comma``, only a quote closed by a comma ('“A,”' or '“A”,')."""
        words = self.words
        seen = False
        while k >= a and words[k].is_punct and (comma or self.in_quote[k] < 0):
            seen = seen or words[k].text == ","
            k -= 1
        return k >= a and self.in_quote[k] >= 0 and (seen or not comma)

    def _approximate_number(self, j: int, b: int) -> bool:
        """True when words from ``j`` open an approximate number ("about half", "at least
        six"), a subject's, not a preposition's object; False from past the last word."""
        words = self.words
        b = min(b, len(words))
        if j >= b:
            return False
        k = j + 2 if words[j].lower == "at" and j + 1 < b and \
            words[j + 1].lower in ("least", "most") else j + 1 if words[j].lower == "about" else j
        if words[j].lower == "as" and j + 2 < b and words[j + 2].lower == "as" and \
                words[j + 1].lower in ("many", "much", "few", "little"):
            k = j + 3  # "as many as 300 homes", "as much as 20 inches" (disaster copy)
        return j < k < b and (_is_number(words[k]) or words[k].lower == "half")

    def _opens_absolute_phrase(self, x: int, np: tuple[int, int]) -> bool:
        """True when the noun phrase ``np`` at word ``x`` opens an absolute phrase after a
        comma and "with" (", with Doe taking to Twitter to call it “...”")."""
        absolute = self._absolute_phrase(x - 2) if x >= 2 else None
        return absolute is not None and absolute[0] == np

    def _absolute_phrase(self, x: int) -> tuple[tuple[int, int], int] | None:
        """Without a parse, the speaker that opens an absolute phrase after the comma at word
        ``x`` (", with Sen. Jane Doe taking to Twitter to call it “...”", ", with the campaign
        of the former senator from Ohio saying"): a person, name, pronoun or share before a
        participle, past the phrases that modify it, and the participle; else None."""
        words = self.words
        if x + 2 >= len(words) or words[x].text != "," or words[x + 1].lower != "with" or \
                self.in_quote[x + 1] >= 0:
            return None
        np = self._np_forward(x + 2, min(len(words), x + 2 + _NAME_WORDS))
        if np is None or not self._absolute_speaker(np):
            return None
        end = np[1]
        for _ in range(2):  # "the campaign of the senator [from Ohio]": over its modifiers
            if end < len(words) and words[end].lower in _SEEN_MODIFIER_PREPOSITIONS:
                place = self._np_forward(end + 1, min(len(words), end + 1 + _NAME_WORDS))
                end = place[1] if place is not None else end
        if end + 2 < len(words) and words[end].text == "," and self.in_quote[end + 1] < 0:
            name = self._np_forward(end + 1, min(len(words), end + 1 + _NAME_WORDS))
            if name is not None and name[1] < len(words) and words[name[1]].text == "," and \
                    self._names_person(name):
                np, end = name, name[1] + 1  # "with the press secretary, Jo Hale, saying"
        if end >= len(words) or not words[end].lower.endswith("ing") or words[end].upos != "VERB":
            return None
        return np, end

    def _starts_clause(self, a: int, k: int, cue: Word) -> bool:
        """True when the words a..k before a subject do not make it an object."""
        words = self.words
        last = words[k - 1]
        if _plain_speech_verb(cue) and (
                words[k].lower in ("who", "which", "that") or
                last.upos in ("NOUN", "PROPN", "ADJ", "NUM", "ADV")):
            # "voters who said", "78 percent of voters in a recent poll said",
            # "some technologists say": what precedes is part of the subject
            return True
        if words[k].lower == "who" and cue.lemma in SPEECH_VERBS:
            return True  # "women who claim A": after "who", "claim" is no noun
        if words[k].lower in _PERSONAL_SUBJECTS and cue.lower.endswith("ed") and (
                last.upos == "NUM" or last.ner.endswith("DATE") or last.lower in _WEEKDAYS or
                last.lower in _TIME_NOUNS or last.lower in _TIME_PERIODS):
            # "On Tuesday he clarified that A", "In May she posited that A": a subject
            # pronoun after a time phrase (not "an office he's wanted to hold")
            return True
        if last.lemma in ("do", "have") and last.upos == "AUX" and k - 2 >= a and \
                words[k - 2].lower in _INVERTING_NEGATIVES:
            return True  # "Nor did he report that A": the subject after the auxiliary
        if last.lower in ("which", "whom") and k - 2 >= a and words[k - 2].upos == "ADP":
            return True  # "a year in which most voters say"
        if last.upos == "VERB" and last.lower.endswith(("ing", "ed")) and \
                not is_cue_word(last) and (
                    k - 1 == a or words[k - 2].lower in _OPENING_SKIP or
                    words[k - 2].text == "," and words[a].lower in _LEAD_SUBORDINATORS):
            # "Leading Democrats say", "Although A, elected officials say": a participle
            # that modifies the subject opens its clause
            return True
        if last.upos == "VERB" and last.lower.endswith("ed") and words[k].lower in TITLES and \
                self._opens_clause_with(k - 1, a):
            return True  # "Retired Gen. Jane Doe said": the participle is her title's
        if last.lower in ("that", "which") and k - 2 >= a and not cue.lower.endswith("ing") and \
                (words[k].upos == "PROPN" or words[k].is_pronoun) and not self._parsed(k) and \
                words[k - 2].upos in ("NOUN", "PROPN") and \
                not any(words[x].upos in ("VERB", "AUX") and
                        words[x + 1].upos not in ("NOUN", "PROPN", "ADJ") for x in range(a, k - 2)):
            # "The number of deleted emails that X asked Y to find": a name or pronoun, the
            # subject of a relative clause in the sentence's subject (no verb before it but
            # a participle that modifies a noun; not "The laws require that doctors at
            # clinics have admitting privileges", where a tagger may read no verb); a parse
            # has its own subject
            return True
        if last.lower == "that" and k - 2 >= a and words[k - 2].lemma == "be" or \
                k - 2 >= a and self._subordinating_that(k - 1):
            return True  # "One thing is that 78 percent of voters said A", "Now that X said A"
        if last.lower in _QUOTING_VERBS and cue.lower == "saying":
            return True  # "The paper quoted Jane Doe as saying A": the one quoted
        if last.lower == "with" and cue.lower.endswith("ing") and cue.lemma != "add":
            return True  # "with 50 percent saying A": the subject of an absolute phrase
        return last.is_punct or last.lower in ("where", "whose", "about", "nearly", "almost",
                                                "some", "only", "roughly", "around", "most",
                                                "many", "all", "both", "several", "two",
                                                "three", "few") or \
            last.lower in ("and", "but", "nor", "yet", "so", "meanwhile", "however", "instead",
                           "now", "then", "also", "than") or last.lower in _LEAD_SUBORDINATORS

    def _document_before_set_off(self, k: int, limit: int) -> tuple[int, int] | None:
        """The document or study that opens its clause, with the "of" phrase after it, when
        a participle phrase set off by commas (the second at word ``k``) stands between it
        and its cue: "A study of 2,000 adults, published Wednesday in Sleep, found that A",
        "Minutes of the bank's meeting, released on Monday, showed that A" (not "Voters
        in the county, polled last week, said A": people are read as names are)."""
        words, in_quote = self.words, self.in_quote
        j = k - 1
        while j > limit and k - j <= _SET_OFF_WORDS and words[j].text != "," and \
                in_quote[j] < 0:
            j -= 1
        if j <= limit or words[j].text != "," or in_quote[j] >= 0 or \
                words[j + 1].upos != "VERB" or not words[j + 1].lower.endswith(("ed", "en")):
            return None
        s = limit
        while s < j and words[s].is_punct:
            s += 1
        of = next((x for x in range(s + 1, j) if words[x].lower == "of"), j)
        if j - s > _NAME_WORDS + 4 or words[of - 1].lower not in SET_OFF_DOCUMENTS or any(
                words[x].upos in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or
                words[x].is_punct and words[x].text not in ("'s", "’s")
                for x in range(s, j)):
            return None  # the noun's own words only ("of the bank's previous meeting")
        return (s, j)

    def _opens_clause_with(self, j: int, a: int) -> bool:
        """True when word ``j`` opens its clause from word ``a`` on: first, or after "and",
        "but" or a comma ("And retired Gen. Jane Doe said")."""
        return j == a or j > a and (self.words[j - 1].lower in ("and", "but") or
                                    self.words[j - 1].text == ",")

    def _subordinating_that(self, j: int) -> bool:
        """True for a "that" at word ``j`` that "now" or "so" before it makes a subordinator
        ("Now that X has claimed A, B"): its clause ends where the main clause begins."""
        return j > 0 and self.words[j].lower == "that" and self.words[j - 1].lower in ("now", "so")
