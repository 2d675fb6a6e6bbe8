"""Entities of one article: name variants, titles, pronouns and role nouns.

Named mentions (from the Document's NER) are clustered into entities:
"Secretary of State Mike Pompeo", "Pompeo" and "Mr. Pompeo" become one
entity named by its fullest form, with the title kept.  A speaker mention
then resolves to an entity: a name to its cluster, "he"/"she" to the most
recent compatible speaker or person, "the secretary of State" to the
entity that carried that title.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, compress, islice
from typing import NamedTuple

import attrs

from .entity_words import (
    _ABSTRACT_ENDINGS,
    _ACRONYM_LINKS,
    _ACRONYM_RE,
    _ADVERBIAL_SUBORDINATORS,
    _AGE_RANKS,
    _APPOSITION_WORDS,
    _ARTICLE_PREFIXES,
    _ARTICLES,
    _BARE_TITLE_RE,
    _BODY_OF_HEADS,
    _CATAPHOR_STOPS,
    _CATAPHOR_WORDS,
    _CLOSING_MARKS,
    _COUNT_RECORDS,
    _DEFINITE_OPENERS,
    _DESCRIPTION_WORDS,
    _DETERMINERS,
    _EPITHET_MENTIONS,
    _FIRM_CLOSERS,
    _GENERATIONS,
    _GENERIC_ORG_WORDS,
    _GIVEN_TITLE_ABBREVS,
    _HEAD_ENDING_PREPOSITIONS,
    _INDEFINITES,
    _INSTITUTION_HEADS,
    _IT_SENTENCES,
    _LEGAL_FORM_TAILS,
    _LOOKBACK,
    _MAX_LABEL_WORDS,
    _MAX_TITLE_WORDS,
    _MEMBER_MODIFIER_UPOS,
    _NAME_JOINERS,
    _NAME_TYPES,
    _NATIONALITY_WORDS,
    _NER,
    _NICK_MARKS,
    _NO_JOBS,
    _NO_NAME_OPENERS,
    _NO_NAME_TAGS,
    _NORP_WORDS,
    _NOT_A_QUESTION,
    _NOT_BODY_TAILS,
    _OFFICE_JOINS,
    _OPENER_WORDS,
    _ORG_LAST_WORDS,
    _ORG_NAMES,
    _ORG_NOT_SURNAMES,
    _OUTSIDE_EXPERTS,
    _OWNER_TYPES,
    _PARTY_EPITHET_WORDS,
    _PARTY_EPITHETS,
    _PARTY_LETTERS,
    _PARTY_PLURALS,
    _PATRONYMIC_WORDS,
    _PERSON_HONORIFICS,
    _PLACE_PREPOSITIONS,
    _PLACE_SUFFIXES,
    _PLACE_TYPES,
    _PLAYS_AS,
    _POLLING,
    _POSSESSIVE,
    _PRONOUN_LEAD_WORDS,
    _PRONOUN_PARAGRAPHS,
    _QUANTITY_SUBJECTS,
    _RIVAL_PRONOUN,
    _RIVAL_SPEAKERS,
    _RUN_OPENERS,
    _SENTENCE_MENTIONS,
    _STYLES_OF_ADDRESS,
    _SUB_BODY_HEADS,
    _SUBJECT_LINES,
    _SUBJECT_MENTIONS,
    _THEY_THEM,
    _THING_WORDS,
    _TITLE_ENDS,
    _TITLE_ONLY_WORDS,
    _TITLE_PHRASE_WORDS,
    _TITLE_WORDS_BEFORE_NAMES,
    _UNNAMED_WORDS,
    _YOUTH_WORDS,
    _double_surname,
    _east_asian_given_name,
    _group_head,
    _headline_name_end,
    _headline_verb,
    _initials,
    _may_hold_polling,
    _name_tokens,
    _past_or_age,
    _people_noun,
    _place_title_prefix,
    _plural_noun,
    _plural_title,
    _role_of_title,
    _strip_possessive,
    expletive_frame_end,
)
from .given_names import AMBIGUOUS, given_name_gender
from .identity import NICKNAMES
from .lexicon import (
    AGENCY_NAME_ENDS,
    BODY_NOUNS,
    BUSINESS_SUFFIXES,
    CLOSE_TO_ADJECTIVES,
    COMPANY_SUFFIXES,
    CROWD_NOUNS,
    EPITHET_NOUNS,
    FEMALE_PRONOUNS,
    FIRM_NOUNS,
    FIRM_ROLES,
    GENDERED_NOUNS,
    GROUP_HEADS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    INVERTING_VERBS,
    KIN_NOUNS,
    MALE_PRONOUNS,
    NOT_GROUP_NAME_ENDS,
    NOT_NAMES,
    NOUN_POSTMODIFIERS,
    NUMBER_WORDS,
    ORG_SUFFIXES,
    OTHER_BODY_WORDS,
    OTHER_GROUP_WORDS,
    OUTLET_WORDS,
    PLURAL_PRONOUNS,
    POLL_NOUNS,
    REPORTING_VERB_FORMS,
    ROLE_VERBS,
    SAME_ROLES,
    SIDELINE_ROLES,
    SPEAKER_NOUNS,
    STORY_ROLE_JOBS,
    STORY_ROLE_STANDINGS,
    SUBJECT_PRONOUNS,
    SURNAME_PARTICLES,
    TEXT_SOURCE_NOUNS,
    THING_SOURCE_NOUNS,
    TITLE_JOINERS,
    TITLES,
    UNNAMED_OPENERS,
    UNNAMED_ROLE_ENDS,
    UNNAMED_SOURCE_NOUNS,
    WHICH_ONE_AFTER,
)
from .model import Entity, Mention
from .parse import gazetteer as gz
from .parse.names import one_body_names, web_domain
from .tokens import Word, Words
from .transcripts import (
    GLUED_Q,
    GLUED_Q_LINE,
    QA_KINDS,
    QA_LINE,
    TURN_LABEL,
    TURNS_MIN,
    ends_turn,
    glued_question,
    qa_transcript,
)


@attrs.define
class _Cluster:
    id: str
    type: str
    names: list[str] = attrs.field(factory=list)  # name forms seen
    tokens: list[tuple[str, ...]] = attrs.field(factory=list)
    mentions: list[tuple[int, int, str, str]] = attrs.field(factory=list)  # start, end, text, form
    titles: list[str] = attrs.field(factory=list)
    gender: str | None = None
    last_seen: int = -1
    card_names: list[str] = attrs.field(factory=list)  # fuller names from link hover cards

    @property
    def name(self) -> str:
        names = self.names  # (one name, most clusters: no key to read for it)
        best = names[0] if len(names) == 1 else \
            max(names, key=lambda n: (len(n.split()), len(n)))
        for card in self.card_names:
            if len(card.split()) > len(best.split()):
                best = card
        return best


class _NameHint(NamedTuple):
    """What the words before a name say of whom it names: a title, a gendered honorific.
    (A named tuple: one is made for every named mention, and a tuple is made fast.)"""
    title: str | None = None
    gender: str | None = None


_NO_HINT = _NameHint()


















class ArticleEntities:
    """Entities of one article and the resolution of speaker mentions to them."""

    def __init__(self, words: Words, card_names: dict[int, str] | None = None,
                 quote_spans: Sequence[tuple[int, int]] = ()) -> None:
        self.W = words
        self._card_names = card_names or {}
        self._quotes = sorted(quote_spans)
        self._quote_starts = [s for s, _ in self._quotes]
        self.clusters: list[_Cluster] = []
        # clusters made so far: ids count them, as folding surnames shortens ``clusters`` and
        # an id reused would make a later cluster overwrite a person in the entities
        self._made = 0
        self._by_word: dict[int, _Cluster] = {}
        self._exact: dict[tuple[str, tuple[str, ...]], _Cluster] = {}  # (type, name tokens)
        self._they_them: list[int] | None = None  # where a person's pronouns are given
        self._parties: dict[str, str] | None = None  # each person's party the story gives
        self._index: dict[tuple[str, str], list[_Cluster]] = {}  # ("last"|"first"|..., word)
        self._merged: dict[str, _Cluster] = {}  # folded cluster id -> the cluster it joined
        # (surname, gender) -> the "Mrs. Doe" of an article whose first "Doe" is a man
        self._namesakes: dict[tuple[tuple[str, ...], str], _Cluster] = {}
        # start chars of lone names that several people fit alike ("Mr. Doe" of two Does)
        self._guessed: set[int] = set()
        # the clusters that bore a title, with their titles as role nouns
        self._titled_clusters: list[tuple[_Cluster, list[str]]] | None = None
        self._mentions: list[tuple[int, _Cluster]] = []  # (start char, cluster), sorted
        self._mention_pos: list[int] = []  # the start chars, for bisect
        # (char position, cluster) of attributed speakers
        self._speakers: list[tuple[int, _Cluster]] = []
        # char position -> the people who spoke there together ("Doe and Roe said")
        self._together: dict[int, tuple[_Cluster, ...]] = {}
        self._interviewee_of: tuple[_Cluster | None] | None = None  # a Q/A's answerer, once
        # the first word of each organisation's name of two words or more -> (the bodies
        # named so, where the first was first named): "Norvale" for "Norvale Bank"
        self._firm_firsts: dict[str, tuple[list[_Cluster], int]] = {}
        self._qa_labels: list[re.Match[str]] | None = None  # its labels, once
        self._turn_starts: list[int] | None = None  # its transcript labels' starts, once
        self._glues_labels: bool | None = None  # its "Q" labels run into words ("QYou"), once
        self._collect()

    # ---------------------------------------------------------------- mentions
    def _ner_runs(self) -> list[tuple[int, int, str]]:
        runs = []
        words = self.W.words
        n = len(words)
        resume = 0  # the word after the last run read
        # only tagged words can start a run: those Words read with the words (else their
        # indices picked in C: one pass over every word of the article, most of them "O")
        tagged: Iterable[int] | None = self.W.ner_index
        if tagged is None:
            tagged = compress(range(n), map("O".__ne__, map(_NER, words)))
        for i in tagged:
            tag = words[i].ner
            if i < resume or "-" not in tag:
                continue
            pos, typ = tag.split("-", 1)
            if pos == "S":
                # "Guy Roe, the group's strategist", "Sen. Rand Doe" with only the surname
                # tagged: the untagged given name just before it is part of the name
                a = i - 1 if typ == "PERSON" and i > resume and self._given_before(i) else i
                e = self._body_after_people(i + 1) if typ == "NORP" else \
                    self._label_rest(i) if typ == "PERSON" else i + 1
                runs.append((a, e, "ORG" if typ == "NORP" and e > i + 1 else typ))
                resume = e
                continue
            if pos == "B":
                j = i + 1
                inside, last = "I-" + typ, "E-" + typ  # (spelled once a run, not per word)
                while j < n and words[j].ner in (inside, last):
                    j += 1
                    if words[j - 1].ner == last:
                        break
                a = i
                if "\n" in self.W.text[words[i].end:words[j - 1].start]:
                    # "X.\n\nSexton" tagged as one name over a paragraph break (a parser's
                    # sentence run on): the name is the part after the last break
                    a = next(k for k in range(j - 1, i, -1)
                             if "\n" in self.W.text[words[k - 1].end:words[k].start])
                e = self._body_after_people(j) if typ == "NORP" else j
                runs.append((a, e, typ if e == j else "ORG"))
                resume = e
                continue
            # a stray I-/E- tag: treat it as its own mention
            runs.append((i, i + 1, typ))
            resume = i + 1
        # a joint poll's makers end right before a poll's noun: none in the article (most
        # articles), nothing to join and no run to look at
        # (the joint asked first: no run ends at a "/" or "-" in most articles, and then
        # no poll's noun need be looked for)
        if any("/" in w.text or "-" in w.text for r in runs for w in words[r[1] - 1:r[1] + 1]):
            heads = self._poll_heads()
            if heads:
                runs = self._joint_poll_makers(runs, heads)
        named = [r for r in runs if r[2] in _NAME_TYPES]
        # "QAfghanistan is ...", "QYou said ...": a question's label a scraped page ran into
        # its first word names nothing (no such "Q" in the article, most articles: no run
        # to look at)
        if GLUED_Q.search(self.W.text) is None:
            return named
        return [r for r in named if not self._glued_label(r[0])]

    def _label_rest(self, i: int) -> int:
        """The end of a transcript label in capitals whose first word ``i`` alone the tagger
        named a person ("JAKE TAPPER: ..." with "TAPPER" untagged): the colon, so the
        person is "JAKE TAPPER" whom a later "TAPPER:" is; ``i + 1`` for any other word."""
        words = self.W.words
        w = words[i]
        if not w.text.isupper() or self.W.paragraph_bounds(w.start)[0] != w.start:
            return i + 1
        colon = next((k for k in range(i + 1, min(i + _MAX_LABEL_WORDS, len(words)))
                      if words[k].text == ":"), None)
        if colon is None or colon == i + 1 or not all(
                x.text.isupper() and x.text.isalpha() and x.ner == "O"
                for x in words[i + 1:colon]):
            return i + 1
        return colon

    def _glued_label(self, i: int) -> bool:
        """True when word ``i`` is a question's "Q" label run into the question's first
        word at the head of a paragraph ("QYou said ...", "QAfghanistan is ..."), in a
        question-and-answer transcript that runs its labels so (:func:`glued_question` for
        one of its paragraphs at least)."""
        w = self.W.words[i]
        text = self.W.text
        if GLUED_Q.match(text, w.start) is None or \
                self.W.paragraph_bounds(w.start)[0] != w.start:
            return False
        if self._glues_labels is None:
            self._glues_labels = bool(self._qa_transcript()) and any(
                glued_question(text, m.start()) for m in GLUED_Q_LINE.finditer(text))
        return self._glues_labels

    def _body_after_people(self, j: int) -> int:
        """The end of a body's name that a tagger cut after its nationality or faith word
        ending at word ``j``: "The Islamic State said", "the Kordavian Unity Party" tagged
        "Islamic" / "Kordavian" (NORP) alone, the rest untagged, named the body "Islamic".
        One or two untagged capitalised nouns after it, in its sentence, that end the
        name ("State", or an organisation's last word: "Party", "Coalition", "Center"), with
        no capitalised word after them; ``j`` otherwise ("Israeli Prime Minister", "Election
        Day", "Republican Sen.", "the Democratic Party leader Ann Roe": a title, a day, a
        name with more after it)."""
        words = self.W.words
        n = len(words)
        e = j
        while e < n and e - j < 3 and words[e].ner == "O" and words[e].is_capitalised and \
                words[e].upos in ("PROPN", "NOUN") and words[e].sent == words[j - 1].sent:
            e += 1
        if not j < e <= j + 2 or e < n and words[e].is_capitalised:
            return j
        last = words[e - 1].lower
        if last != "state" and last not in ORG_SUFFIXES and last not in _INSTITUTION_HEADS or \
                any(w.lower in TITLES or w.lower in _TITLE_ENDS and w.lower != "state"
                    for w in words[j:e]) or \
                e < n and words[e].upos in ("NOUN", "PROPN"):
            return j
        return e

    def _poll_heads(self) -> list[int]:
        """The indices of the article's words a joint poll's makers can end before, in
        order: its poll nouns ("poll", "surveys": ``Words.trigger_index`` holds them, read
        with the words) and each "polling" (no index holds it: found in the text, where
        Words reads each word's spelling from)."""
        words = self.W.words
        heads = [i for i in self.W.trigger_index if words[i].lower in POLL_NOUNS]
        text = self.W.text
        polling = [i for i in map(self.W.index_at, map(re.Match.start, _POLLING.finditer(text)))
                   if i < len(words) and words[i].lower == "polling"] \
            if _may_hold_polling(text) else []
        return sorted(heads + polling) if polling else heads

    def _joint_poll_makers(self, runs: list[tuple[int, int, str]],
                           heads: list[int]) -> list[tuple[int, int, str]]:
        """Join the makers of a joint poll into one organisation: "a New York Times/CBS
        News poll", "a USA Today/Rock the Vote survey", "a Lake Post-ABC News poll" were
        tagged in parts ("New York" a place and "News"; "USA" a place; "Post-ABC News"
        without "Lake"), so the poll's source was named "News" or "USA".  Only a run of
        capitalised words (with "the"/"of" between two of them) that holds a joint ("/",
        "-" or "&") and ends right before a poll's noun is joined ("CNN/ORC and Acme
        polls" are two makers: "and" joins no name).  ``heads``: :meth:`_poll_heads`, the
        only words such a run can end before (a run with none within reach stays)."""
        words = self.W.words
        n = len(words)
        reach = 6  # the most words a run grows by to its right (a head right after them)

        def part(k: int) -> bool:
            w = words[k]
            return w.is_capitalised or w.text in ("/", "-", "&") or \
                w.lower in ("the", "of") and 0 < k < n - 1 and \
                words[k - 1].is_capitalised and words[k + 1].is_capitalised

        out: list[tuple[int, int, str]] = []
        for a, b, typ in runs:
            if out and out[-1][1] > a:
                continue  # inside the joint name just made
            k = bisect.bisect_left(heads, b)
            if k == len(heads) or heads[k] > b + reach:
                out.append((a, b, typ))  # no poll's noun within the reach of the loop below
                continue
            e = b
            while e < n and e < b + reach and part(e):
                e += 1
            if e - 1 > b and words[e - 1].lower in POLL_NOUNS and words[e - 2].is_capitalised:
                e -= 1  # "a Kestrel University/Lakeview Globe Poll": the noun in capitals
            if e >= n or words[e].lower not in POLL_NOUNS and words[e].lower != "polling":
                out.append((a, b, typ))
                continue
            s = a
            while s > 0 and s > a - 6 and part(s - 1) and words[s - 1].upos != "DET" and \
                    words[s - 1].lower not in _DETERMINERS and \
                    words[s - 1].lower not in ("the", "of"):
                s -= 1
            if not any("/" in w.text or w.text in ("-", "&") or
                       "-" in w.text and w.is_capitalised for w in words[s:e]) or \
                    not words[e - 1].is_capitalised:
                out.append((a, b, typ))
                continue
            while out and out[-1][0] >= s:
                out.pop()
            out.append((s, e, "ORG"))
        return out

    def _given_before(self, i: int) -> bool:
        """Whether the word before word ``i`` (a surname tagged alone) is an untagged given
        name of its sentence, tagged as a proper noun ("Guy", "April", "Tad"; not "Will" of
        "Will Roe win?")."""
        w = self.W.words[i - 1]
        return w.ner == "O" and w.upos == "PROPN" and w.sent == self.W.words[i].sent and \
            w.text.istitle() and w.text.isalpha() and w.lower not in TITLES and \
            w.lower not in HONORIFICS and given_name_gender(w.text) is not None

    def _title_before(self, i: int) -> str | None:
        """The title written just before word ``i`` ("Secretary of State" Mike Pompeo)."""
        words = self.W.words
        if i == 0:
            return None
        prev = words[i - 1]
        if prev.lower.rsplit(" ", 1)[-1] not in _TITLE_ENDS:
            # "Minister for Trade" Jo Kent, or none (none after a word in lower case)
            return self._title_with_office(i) \
                if prev.is_capitalised or prev.lower in TITLE_JOINERS else None
        best = None
        start = i
        sent = words[i].sent
        phrase = ""
        for k in range(1, _MAX_TITLE_WORDS + 1):
            a = i - k
            if a < 0 or words[a].sent != sent:
                break
            # the lower-cased words [a, i): one word more on the left each step, not
            # joined anew (" ".join(w.lower for w in words[a:i]))
            phrase = words[a].lower if k == 1 else words[a].lower + " " + phrase
            if phrase in TITLES:
                best, start = " ".join(w.text for w in words[a:i]), a
        if best is not None and not best.lower().startswith("former "):
            # "former Florida Gov. Jeb Doe": a former governor, never "the governor"
            for k in range(start - 1, max(-1, start - 3), -1):
                if words[k].lower == "former":
                    return "former " + best
                if not words[k].is_capitalised or words[k].sent != words[i].sent:
                    break
        return best

    def _title_with_office(self, i: int) -> str | None:
        """A title with its office in capitals written just before word ``i`` ("Minister
        for Trade" Jo Kent, "Secretary of Health and Human Services" Tom Hale), whose title
        noun the story may use alone later ("the minister"); None when there is none."""
        words = self.W.words
        for k in range(i - 1, max(-1, i - 2 - _MAX_TITLE_WORDS), -1):
            w = words[k]
            if w.sent != words[i].sent:
                return None
            if w.lower in TITLE_JOINERS and k + 1 < i and words[k + 1].is_capitalised:
                return words[k - 1].text + " " + " ".join(x.text for x in words[k:i]) \
                    if k > 0 and words[k - 1].lower in TITLES and words[k - 1].is_capitalised \
                    else None
            if not (w.is_capitalised or w.lower in ("and", "&")):
                return None
        return None

    def _title_tail(self, ws: Sequence[Word]) -> int:
        """How many leading words of a name run end a title begun before it.

        "Secretary of State Clinton" with only "State Clinton" tagged: 1.
        """
        words = self.W.words
        first = ws[0].i
        for k in range(len(ws) - 1, 0, -1):
            if words[first + k - 1].lower.rsplit(" ", 1)[-1] not in _TITLE_ENDS:
                continue  # no title ends at the k-th word
            for j in range(1, _MAX_TITLE_WORDS):
                a = first - j
                if a < 0 or words[a].sent != ws[0].sent:
                    break
                if " ".join(w.lower for w in words[a:first + k]) in TITLES:
                    return k
        return 0

    def _collect(self) -> None:
        words = self.W.words
        n = len(words)
        for a, b, typ in self._ner_runs():
            ws = _strip_possessive(words[a:b])
            while len(ws) > 1 and ws[0].lower in _RUN_OPENERS:
                ws = ws[1:]  # "[As] The Daily Ledger reported", "[Both] the Ledger and ..."
            host: list[Word] = []
            if typ != "ORG" and ws and ws[-1].is_capitalised and (
                    self._org_name(ws) or typ in ("NORP", "GPE") and len(ws) > 1 and
                    (ws[-1].lower in ORG_SUFFIXES or ws[-1].lower in _INSTITUTION_HEADS) and
                    not (typ == "GPE" and ws[-1].lower in _PLACE_SUFFIXES)):
                # "Politico reveals", "as The Hill reported", "the Guardian" tagged as a
                # person, place or nationality, "the Tax Policy Center", "a Gallup Poll"
                # as a place or nationality: the outlet or organisation
                typ = "ORG"
            if typ != "ORG" and ws and web_domain(ws[-1].text):
                typ = "ORG"  # "GunBroker.com" tagged a place or a person: the site
            if typ == "PERSON" and ws and ws[-1].is_capitalised and (
                    len(ws) > 1 and ws[0].i > 0 and words[ws[0].i - 1].lower == "the" and
                    (ws[-1].lower in OUTLET_WORDS or ws[-1].lower in ORG_SUFFIXES) or
                    "-" in ws[-1].lower and not given_name_gender(ws[0].text) and
                    any(p in OUTLET_WORDS for p in ws[-1].lower.split("-"))):
                # "the Jackson Sun reported" tagged as a person for its given name: no one
                # is "the Ann Sun"; a paper ("Lena Sun said" stays a person); "an Acme
                # Press-Ipsos poll", "KXAN-TV" tagged as a person: the outlet
                typ = "ORG"
            if typ == "PERSON" and len(ws) > 1 and ws[-1].is_capitalised and \
                    ws[-1].lower in _INSTITUTION_HEADS:
                # "the Ann Doe Foundation", "The Tom Roe Show" tagged as a person: the
                # organisation or programme named after them, no one who speaks
                typ = "ORG"
                if len(ws) > 2 and given_name_gender(ws[0].text):
                    host = ws[:-1]
            if typ == "ORG" and len(ws) >= 4 and ws[-3].lower in _TITLE_ENDS and \
                    ws[-2].is_capitalised and ws[-1].is_capitalised and \
                    given_name_gender(ws[-2].text):
                # "United Steelworkers Political Director Tim Waters said" tagged as one
                # organisation: the person named after the title speaks
                typ, ws = "PERSON", ws[-2:]
            if typ == "NORP" and ws and ws[-1].lower in _NATIONALITY_WORDS and \
                    ws[-1].is_capitalised and (
                        len(ws) == 2 and ws[0].is_capitalised and ws[0].lower not in _NORP_WORDS
                        and given_name_gender(ws[0].text) is not None or
                        len(ws) == 1 and ws[0].i > 0 and
                        words[ws[0].i - 1].lower in _PERSON_HONORIFICS):
                # "Mark Cuban", "Bryan English" (a given name and a surname that is a
                # nationality word), "Mr. English" tagged as a nationality: the person
                typ = "PERSON"
            # "Mr. Pompeo", "Sen. Cruz" tagged whole by some taggers: the title is no name
            lead_title = None
            while typ == "PERSON" and len(ws) > 1 and (ws[0].lower in HONORIFICS or
                                                       ws[0].lower in TITLES) \
                    and not (ws[0].text in _GIVEN_TITLE_ABBREVS and len(ws) == 2
                             and not given_name_gender(ws[1].text)
                             and not _BARE_TITLE_RE.search(self.W.text)):
                # (not "Defence Minister Gen Nakano": a given name spelled like a title
                # without its period, in a text writing titles with their periods)
                lead_title = ws[0].text if ws[0].lower not in HONORIFICS else lead_title
                ws = ws[1:]
            if typ == "PERSON" and ws:
                ws = ws[self._title_tail(ws):]  # "Secretary of [State Clinton]"
            if len(ws) > 2 or len(ws) == 2 and _headline_verb(ws[1]):
                # "[Ann Doe] Says Party Must Change", "[Roe] Says"
                cut = _headline_name_end(ws)
                if 0 < cut < len(ws) and typ != "PERSON" and \
                        given_name_gender(ws[0].text) is not None:
                    # "[Ann Doe] Got Real About Fame" tagged whole as an organisation: the
                    # person the headline is about
                    typ = "PERSON"
                ws = ws[:cut]
            if not ws or typ == "PERSON" and len(ws) == 1 and self._opens_without_name(ws[0]):
                # "Nobody said", "Analysis shows", "Walking to the car, ..." tagged as a
                # person
                continue
            text = self.W.text[ws[0].start:ws[-1].end]
            title = self._title_before(ws[0].i) if typ == "PERSON" else None
            title = title or lead_title
            prev = words[ws[0].i - 1].lower if ws[0].i > 0 else ""  # Mr./Mrs./Ms.
            honorific = HONORIFICS.get(prev) or HONORIFICS.get(prev.rstrip("."))
            if honorific is None and title and " " in title:
                # a title of two words that opens with an honorific ("Puan Sri Noraini")
                honorific = HONORIFICS.get(title.split(" ", 1)[0].lower())
            cl = self._cluster_for(text, typ, ws[0].start, _NameHint(title, honorific))
            # "President Roe" when two Roes are known and neither bore the title: the pick is
            # a guess, and the title would make it the answer to every "the president"
            if title and title.lower() not in HONORIFICS and title not in cl.titles and \
                    ws[0].start not in self._guessed:
                cl.titles.append(title)
                # an office before a rank ("Police Commissioner Major General Delroy
                # Henry", "Army chief Gen. Asif Khan"): "the commissioner" is him too
                office = self._title_before(ws[0].i - len(title.split())) \
                    if title != lead_title and ws[0].i > len(title.split()) else None
                if office and office.lower() not in HONORIFICS and office not in cl.titles:
                    cl.titles.append(office)
            # nor does a guessed "Mrs. Doe" make the one picked a woman
            if typ == "PERSON" and cl.gender is None and ws[0].start not in self._guessed:
                g = honorific
                if g is None and len(ws) >= 2:
                    # a role word the tagger took in ("Actress Ann Roe"), or a given name,
                    # unless its sentence says otherwise ("In her new novel, the writer
                    # Chidi Okafor": a name the table gives to men borne by a woman)
                    g = GENDERED_NOUNS.get(ws[0].lower) or \
                        self._sentence_gender(ws, given_name_gender(ws[0].text))
                if g is None:
                    g = GENDERED_NOUNS.get(prev)  # "his late son Beau Doe"
                if g is None and prev == "," and ws[0].i > 1:
                    g = GENDERED_NOUNS.get(words[ws[0].i - 2].lower)  # "his wife, Ann Doe"
                if g is None:
                    g = self._apposed_gender(ws[-1].i + 1)  # "Ann Doe, his wife,"
                if g is None:
                    g = self._coordinated_gender(ws[-1].i + 1)  # "Ann Doe and her husband"
                if g is None and title:  # "Congresswoman Ann Doe", "Father Tom Doe"
                    g = GENDERED_NOUNS.get(title.lower().rsplit(" ", 1)[-1])
                cl.gender = g
            k = ws[-1].i + 1
            if typ == "PERSON" and ws[0].start not in self._guessed and (
                    k < n and words[k].text == "," or prev == ","):
                role = self._apposed_role(k)  # "Eoin Walsh, a defender,"
                if role is None and prev == "," and ws[0].i > 1:
                    role = self._role_set_before(ws[0].i - 2)  # "A spokeswoman, Ann Roe,"
                    if role is None and k < n and words[k].text == ",":
                        # "The Minister for Health, Ann Roe, said": the title with its office
                        role = self._title_with_office(ws[0].i - 1)
                if role is not None and role not in cl.titles:
                    cl.titles.append(role)
            card = self._card_names.get(ws[-1].end)
            if card and typ == "PERSON" and card not in cl.card_names and \
                    _name_tokens(card)[-1:] == _name_tokens(text)[-1:]:
                cl.card_names.append(card)
            cl.mentions.append((ws[0].start, ws[-1].end, text, "name"))
            cl.last_seen = ws[0].start
            for w in words[a:b]:
                self._by_word[w.i] = cl
            self._add_mention(ws[0].start, cl)
            if host:
                # and the person it is named after known by name, not mentioned: a later
                # "Roe" is Tom Roe, not the show ("The Tom Roe Show ... Roe asked")
                self._cluster_for(self.W.text[host[0].start:host[-1].end], "PERSON",
                                  host[0].start)
        # a surname-only cluster seen before the full name: fold it into the full name
        self._fold_surnames()
        self._full_names_in_other_runs()
        # the named words in order (the keys of _by_word, set above only), for spans that
        # ask which names they hold (clusters_in_span)
        self._named_words = sorted(self._by_word)

    def _org_name(self, ws: Sequence[Word]) -> bool:
        """Whether the name run ``ws`` names a known outlet or organisation ("Politico",
        "The Hill", "the Guardian"): listed whole, or a listed last word of a paper after
        "the" ("the Ledger" is not listed; "the Hill", "The Examiner" are)."""
        if ws[-1].lower not in _ORG_LAST_WORDS:
            return False
        low = " ".join(w.lower for w in ws)
        if low.startswith("the "):
            return low[4:] in _ORG_NAMES or low[4:] in gz.THE_ORGS
        if low in _ORG_NAMES:
            return True
        i = ws[0].i
        return i > 0 and self.W.words[i - 1].lower == "the" and low in gz.THE_ORGS

    def _sentence_gender(self, ws: Sequence[Word], usual: str | None) -> str | None:
        """The gender of the person named by ``ws``, its given name usually of gender
        ``usual``: the other one when the words around the name say so ("the actress Chidi
        Okafor", "Chidi Okafor, the actress,", or a possessive in the phrase that opens its
        sentence and ends right before it: "In her new novel, the writer Chidi Okafor");
        else ``usual``."""
        if usual is None:
            return None
        words = self.W.words
        first = ws[0].i
        # ("Trump spokesman Hope Hicks": a "-man" title is given to women too)
        said = GENDERED_NOUNS.get(words[first - 1].lower) \
            if first > 0 and not words[first - 1].lower.endswith("man") else None
        said = said or self._apposed_gender(ws[-1].i + 1)
        lo, hi = self.W.sentences[ws[0].sent]
        if said is None and words[lo].upos == "ADP" and first - lo <= _OPENER_WORDS and \
                not self._others_near(ws, lo, hi):
            comma = next((k for k in range(lo + 1, first) if words[k].text == ","), None)
            if comma is not None and first - comma <= 3 and \
                    all(words[k].upos in ("DET", "NOUN", "ADJ") and not words[k].is_capitalised
                        and words[k].lower not in GENDERED_NOUNS
                        for k in range(comma + 1, first)):
                told = {"male" if w.lower == "his" else "female" for w in words[lo:comma]
                        if w.lower in ("his", "her")}
                said = told.pop() if len(told) == 1 else None
        return said or usual

    def _others_near(self, ws: Sequence[Word], lo: int, hi: int) -> bool:
        """Whether someone other than the person ``ws`` names is named in its sentence
        (words [lo, hi)), or in the sentence before outside quotes, or a "he" or "she" there
        stands for someone: one a possessive opening the sentence may mean instead."""
        words = self.W.words
        own = {w.text for w in ws}
        before = self.W.sentences[ws[0].sent - 1][0] if ws[0].sent > 0 else lo
        return any(w.ner.endswith("PERSON") and w.text not in own or
                   w.lower in GENDERED_NOUNS or
                   k < lo and not self._in_quote(w.start) and
                   (w.lower in MALE_PRONOUNS or w.lower in FEMALE_PRONOUNS)
                   for k, w in enumerate(words[before:hi], before))

    def _apposed_gender(self, k: int) -> str | None:
        """The gender a kin or role noun set off right after a name tells, the name ending
        before word ``k``: "Ann Roe, his wife, said", "Roe, 41, the actress.", "Roe, a mother
        of three".  Not a list of people ("Tom Roe, his wife and son"; "Tom Roe, his wife,
        Ann, and ..."), whose noun is no apposition."""
        words = self.W.words
        n = len(words)
        if k + 2 >= n or words[k].text != ",":
            return None
        a = k + 1
        if a + 2 < n and words[a].upos == "NUM" and words[a + 1].text == ",":
            a += 2  # an age: "Ann Roe, 41, ..."
        if a < n and words[a].lower in _DETERMINERS:
            a += 1
        for j in range(a, min(a + 2, n)):  # one modifier at most: "his late wife"
            g = GENDERED_NOUNS.get(words[j].lower)
            if g is None:
                continue
            after = words[j + 1] if j + 1 < n else None
            if after is None or after.text in (".", ";", "?", "!") or after.lower in ("of", "for"):
                return g
            if after.text == "," and not (j + 2 < n and words[j + 2].is_capitalised):
                return g
            return None
        return None

    def _apposed_role(self, k: int) -> str | None:
        """The role set off right after a name that ends before word ``k``: a title noun
        with the words that describe it ("Eoin Walsh, a Caldmoor defender,", "Ann Roe, 41,
        the club's captain."), or the noun of a relative clause's verb ("Mark Dunne, who
        coaches the side,": "coach"); None for anything else (a list of names, "Ann Roe, a
        member of the club")."""
        words = self.W.words
        n = len(words)
        if k + 2 >= n or words[k].text != ",":
            return None
        a = k + 1
        if words[a].lower == "who":
            role = ROLE_VERBS.get(words[a + 1].lower)
            if role is None and words[a + 1].lower in _PLAYS_AS:
                # "Nathan Blake, who plays as a striker,", "who is a striker": the position
                j = a + 2
                if j < n and words[j].lower == "as":
                    j += 1
                if j + 1 < n and words[j].lower in ("a", "an") and words[j + 1].lower in \
                        STORY_ROLE_JOBS and words[j + 2].text in (",", ".", ";"):
                    role = words[j + 1].lower
            return role
        if a + 2 < n and words[a].upos == "NUM" and words[a + 1].text == ",":
            a += 2  # an age: "Ann Roe, 41, ..."
        if words[a].lower in _DETERMINERS:
            a += 1
        if a + 1 < n and words[a + 1].text in _POSSESSIVE:
            a += 2  # "the club's captain": the owner is no part of the role
        for j in range(a, min(a + _DESCRIPTION_WORDS, n)):
            w = words[j]
            if w.sent != words[k].sent or w.is_punct or j in self._by_word and \
                    self._by_word[j].type == "PERSON":
                return None
            after = words[j + 1] if j + 1 < n else None
            if after is None or after.text in (",", ".", ";", "?", "!") or \
                    after.lower in NOUN_POSTMODIFIERS:
                if w.lower not in TITLES or w.is_capitalised and j == a:
                    return None  # "Ann Roe, a member of ...", "Tom Roe, Senator Ann Roe"
                end = j + 1
                if after is not None and after.lower == "of":  # "former secretary of state"
                    end = next((e for e in (j + 4, j + 3) if e < n and words[e].is_punct and
                                " ".join(x.lower for x in words[j:e]) in TITLES), end)
                return " ".join(x.text for x in words[a:end])
        return None

    def _role_set_before(self, j: int) -> str | None:
        """The title or kin noun at word ``j`` that ends a noun phrase set off before a name
        ("A district spokeswoman, Ann Roe,", "Tom Doe's lawyer, Ann Roe,", "confirmed by her
        daughter, Ann Roe."): the role the name bears; None when word ``j`` is no such
        noun."""
        w = self.W.words[j]
        if w.lower not in TITLES and w.lower not in KIN_NOUNS or w.is_capitalised or \
                w.upos != "NOUN":
            return None
        return w.lower

    def _coordinated_gender(self, k: int) -> str | None:
        """The gender of a "his"/"her" that a name coordinates with, the name ending before
        word ``k``: "Dale Roe and her husband" (not "between Dale Roe and her.")."""
        words = self.W.words
        if k + 2 >= len(words) or words[k].lower != "and":
            return None
        pronoun, after = words[k + 1].lower, words[k + 2]
        if after.upos not in ("NOUN", "ADJ") or after.sent != words[k].sent:
            return None
        return "male" if pronoun == "his" else "female" if pronoun == "her" else None

    def _cluster_for(self, text: str, typ: str, pos: int,
                     hint: _NameHint = _NO_HINT) -> _Cluster:
        """The cluster a named mention joins (or a new one); indexed, so linear overall."""
        toks = _name_tokens(text)
        found: _Cluster | None
        if typ == "PERSON":
            # (the first word asked alone first: most names open with no particle)
            if len(toks) >= 2 and toks[0] in SURNAME_PARTICLES and \
                    all(t in SURNAME_PARTICLES for t in toks[1:-1]):
                # "de Blasio" after "Bill de Blasio": a surname used alone
                cands = self._index.get(("last", toks[-1]))
                if cands:
                    cl = self._namesake(cands, toks[-1:], hint, pos)
                    self._add_name(cl, text, toks)
                    return cl
            if len(toks) >= 2:
                for cl in self._index.get(("last", toks[-1]), ()):
                    if any(self._same_person(toks, t) for t in cl.tokens):
                        self._add_name(cl, text, toks)
                        return cl
                given = self._index.get(("given", " ".join(toks)))
                if given and len(given) == 1:
                    self._add_name(given[0], text, toks)
                    return given[0]
            else:
                # surname first, then a given name used alone ("Hillary"); "Mrs. Doe" is
                # never the one known to be a man, nor "Mr. Doe" the woman
                for key in ("last", "first"):
                    cands = self._index.get((key, toks[0]))
                    if cands and hint.gender is not None:
                        cands = [c for c in cands if c.gender in (None, hint.gender)]
                    if cands:
                        cl = self._namesake(cands, toks, hint, pos)
                        if pos in self._guessed and self._turn_label_at(pos) == pos:
                            break  # "QUILLON:" with two Quillons named: either, so neither
                        self._add_name(cl, text, toks)
                        return cl
                cands = self._index.get(("penult", toks[0]))
                if cands and len(cands) == 1 and ("PERSON", toks) not in self._exact:
                    # "Lidia Ortega Prado ... Ms. Ortega": the first part of a double surname,
                    # when no one of the story has it as a surname of its own
                    self._add_name(cands[0], text, toks)
                    return cands[0]
                found = self._exact.get(("PERSON", toks))
                if found is not None and hint.gender is not None and \
                        found.gender not in (None, hint.gender):
                    # the other "Doe" of the article: his wife, her husband
                    found = self._namesakes.get((toks, hint.gender))
                    if found is None:
                        found = self._namesakes[toks, hint.gender] = self._new_cluster(
                            text, typ, toks)
                if found is not None:
                    return found
        else:
            if len(toks) == 1:
                # a tagger calling "Trump" an ORG after "Donald Trump": the person it is
                people = self._index.get(("last", toks[0]), [])
                if len(people) == 1 and (typ != "ORG" or toks[0] not in _ORG_NOT_SURNAMES):
                    self._add_name(people[0], text, toks)
                    return people[0]
            found = self._exact.get((typ, toks))
            if found is None and len(toks) == 1:
                cands = [c for c in self._index.get(("initials", toks[0].replace(".", "")), ())
                         if c.type == typ]
                found = cands[0] if cands else None
            if found is None and len(toks) == 1:
                # "Veltrix" after "Veltrix Systems": the business's name without its suffix
                cands = [c for c in self._index.get(("firm", toks[0]), ()) if c.type == typ]
                found = cands[0] if len(cands) == 1 else None
            if found is not None:
                self._add_name(found, text, toks)
                return found
        return self._new_cluster(text, typ, toks)

    def _new_cluster(self, text: str, typ: str, toks: tuple[str, ...]) -> _Cluster:
        cl = _Cluster(id=self._next_id(), type=typ)
        self._add_name(cl, text, toks)
        self.clusters.append(cl)
        return cl

    def _next_id(self) -> str:
        """A cluster id no other cluster of the article has had."""
        self._made += 1
        return f"e{self._made}"

    def _namesake(self, cands: Sequence[_Cluster], toks: tuple[str, ...],
                  hint: _NameHint, pos: int) -> _Cluster:
        """Which of several people a lone surname or given name stands for.

        The title or "Mrs." before it picks the one it fits ("former President
        Clinton", "Mrs. Clinton"); else the one the article already calls by
        that word alone, since news names a second person with the same surname
        in full ("Clinton ... her husband, Bill Clinton, ... Clinton said" is
        still her); else the one named as a subject in this paragraph or the one
        before, not the one named in an aside about them ("Jane Roe, mother of
        the late Tim Roe, said ... Roe said" is her); else the one named in this
        paragraph; else the one named last as a subject (not "one of Ann Roe's pupils");
        else the one named last. "Mr." never picks a woman.
        """
        if len(cands) == 1:
            return cands[0]
        par = self.W.paragraph_of(pos)

        def recent_subject(c: _Cluster) -> bool:
            return par - self.W.paragraph_of(c.last_seen) <= _SUBJECT_LINES and \
                self._is_subject(c.last_seen)

        def last_subject(c: _Cluster) -> int:
            # where the story last named it as a subject, not in an aside ("one of Ann Roe's
            # pupils") nor as a possessor ("Tom Roe's daughter, 34, has built")
            # (its last few mentions only: a name may come back a thousand times)
            return next((m[0] for m in reversed(c.mentions[-_SUBJECT_MENTIONS:])
                         if self._is_subject(m[0]) and
                         not self._possessor(self.W.index_at(m[0]))), -1)

        def fit(c: _Cluster) -> tuple[bool, bool, bool, bool, bool, bool, int, int]:
            titled = hint.title is not None and \
                hint.title.lower() in (t.lower() for t in c.titles)
            gendered = hint.gender is not None and c.gender == hint.gender
            # "Mr. Doe" is never the one known to be a woman
            compatible = hint.gender is None or c.gender in (None, hint.gender)
            # named in this paragraph ("a march with Ammon Doe. Doe says"), else the one last
            # named as a subject
            here = self.W.paragraph_of(c.last_seen) == par
            return titled, gendered, compatible, toks in c.tokens, recent_subject(c), here, \
                last_subject(c), c.last_seen
        fits = [fit(c) for c in cands]  # once each: the walk over the mentions is not free
        ranked = sorted(fits, reverse=True)
        if ranked[0][:2] == (False, False) and ranked[1][2]:
            self._guessed.add(pos)  # neither title nor "Mrs." told them apart
        return cands[max(range(len(cands)), key=fits.__getitem__)]  # the first that fits best

    @staticmethod
    def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """Two multi-word names of one person: same surname and compatible given names."""
        if a == b:
            return True
        if len(a) < 2 or len(b) < 2:
            return False  # a lone surname is matched by the caller, against one person
        if (a[-1] in _GENERATIONS) != (b[-1] in _GENERATIONS):
            return False
        if a[-1] != b[-1]:
            return False
        short, full = (a, b) if len(a) < len(b) else (b, a)
        if len(short) < len(full) and full[-len(short):] == short:
            # "García Ortega" for "María José García Ortega", "Thein Aung" for "U Thein
            # Aung": a surname of two words or more, the given names left off
            return True
        # "George H.W. Bush" / "George W. Bush": father and son
        if len(a) > 2 and len(b) > 2 and _initials(a[1:-1]) != _initials(b[1:-1]):
            return False
        # "Donald J. Trump" / "Donald Trump"; "J. Smith" / "John Smith"; "Sandy" / "Sandra";
        # never Bill / Hillary
        return NICKNAMES.get(a[0], a[0]) == NICKNAMES.get(b[0], b[0]) or \
            (len(a[0]) == 1 or len(b[0]) == 1) and a[0][0] == b[0][0]

    def _fold_into(self, s: _Cluster, target: _Cluster) -> None:
        """Fold cluster ``s`` into ``target`` (its names, mentions and titles); the indexes
        are mapped afterwards (:meth:`_fold_surnames`)."""
        for n in s.names:
            if n not in target.names:
                target.names.append(n)
        target.tokens.extend(t for t in s.tokens if t not in target.tokens)
        target.mentions.extend(s.mentions)
        target.titles.extend(t for t in s.titles if t not in target.titles)
        target.gender = target.gender or s.gender
        target.card_names.extend(c for c in s.card_names if c not in target.card_names)
        for folded, into in self._merged.items():
            if into is s:  # folded into ``s`` before: into where ``s`` goes now
                self._merged[folded] = target
        self._merged[s.id] = target

    def _add_name(self, cl: _Cluster, text: str, toks: tuple[str, ...]) -> None:
        """Record a name form of ``cl`` and index it for the mentions to come."""
        if text not in cl.names:
            cl.names.append(text)
        if toks in cl.tokens:
            return
        cl.tokens.append(toks)
        self._exact.setdefault((cl.type, toks), cl)
        if len(toks) >= 2:
            keys = [("last", toks[-1]), ("first", toks[0])] if cl.type == "PERSON" else [
                ("initials", "".join(x[0] for x in toks if x not in ("of", "the", "and", "for")))]
            if cl.type == "PERSON" and (_east_asian_given_name(text.rsplit(None, 1)[-1]) or
                                        len(toks) >= 3 and toks[-1] in _GENERATIONS and
                                        ("last", toks[-2]) not in self._index):
                # "Kenneth Lau Chi-hung", later "Mr Lau"; "Robert Hayes Jr.", later "Hayes"
                # (not when "Robert Hayes" came first: "his father, Robert Hayes Sr.")
                keys.append(("last", toks[-2]))
            if cl.type == "PERSON" and toks[-1].startswith(_ARTICLE_PREFIXES) and \
                    len(toks[-1]) > 4:
                keys.append(("last", toks[-1][3:]))  # "al-Rashid", later "Rashid"
            if cl.type == "PERSON" and len(toks) >= 3:
                nick = next((t[1:-1] for t in toks[1:-1] if len(t) > 3 and
                             t[0] in _NICK_MARKS and t[-1] in _NICK_MARKS), None)
                if nick:
                    keys.append(("last", nick))  # 'Kim "Frost" Ji-ho', later "Frost"
            if cl.type == "PERSON" and _double_surname(toks):
                keys.append(("penult", toks[-2]))  # "Lidia Ortega Prado", later "Ms. Ortega"
            if cl.type == "PERSON" and len(toks) >= 4 and toks[-2] in _NAME_JOINERS:
                # "Luiz Inácio Lula da Silva", later "Lula": the name before a Portuguese
                # or Spanish surname's particle is the one the story goes on with
                keys.append(("last", toks[-3]))
            if cl.type == "PERSON":
                of = next((i for i, t in enumerate(toks) if t in _PATRONYMIC_WORDS), 0)
                if of >= 2:
                    keys.append(("given", " ".join(toks[:of])))
            if cl.type != "PERSON" and toks[1] in COMPANY_SUFFIXES and \
                    all(t in COMPANY_SUFFIXES for t in toks[2:]):
                keys.append(("firm", toks[0]))  # "Veltrix Systems", later "Veltrix"
            for key in keys:
                entry = self._index.setdefault(key, [])
                if cl not in entry:
                    entry.append(cl)

    def _fold_surnames(self) -> None:
        """A surname seen before its full name joins the one person with that surname."""
        singles = [cl for cl in self.clusters if cl.type == "PERSON" and
                   all(len(t) == 1 for t in cl.tokens)]
        for s in singles:
            full = [cl for cl in self._index.get(("last", s.tokens[0][0]), ()) if cl is not s]
            if not full and len(s.tokens) == 1 and given_name_gender(s.tokens[0][0]) is not None:
                # a given name alone before the full name ("Hillary Says ..." in a headline,
                # "Hillary Clinton" in the story): the one person of the story it opens,
                # when no one has it as a surname
                full = [cl for cl in self._index.get(("first", s.tokens[0][0]), ())
                        if cl is not s and len(cl.names[0].split()) >= 2]
            if len(full) != 1 or s.gender is not None and \
                    full[0].gender not in (None, s.gender):
                continue  # "Mrs. Doe" is not "John Doe"
            self._fold_into(s, full[0])
        for s in self.clusters:
            if s.type == "PERSON" or s.type == "GROUP":
                continue
            # "Glenn Beck" tagged an organisation once and a person elsewhere in the article:
            # one person, not two entities of one name
            # (more often a person: not "Scarborough Shoal" or "Fox News" tagged a person once)
            person = next((p for t in s.tokens if len(t) >= 2 and
                           (p := self._exact.get(("PERSON", t))) is not None), None)
            if person is not None:
                person = self._merged.get(person.id, person)
                if len(person.mentions) > len(s.mentions):
                    self._fold_into(s, person)
        self._fold_firm_short_names()
        bodies = [cl for cl in self.clusters if cl.type == "ORG" and cl.id not in self._merged]
        for i, j in one_body_names([cl.tokens for cl in bodies]).items():
            self._fold_into(bodies[i], bodies[j])  # "The Post", "Post", "Washington Post"
        if self._merged:
            self.clusters = [cl for cl in self.clusters if cl.id not in self._merged]
            self._by_word = {k: self._merged.get(v.id, v) for k, v in self._by_word.items()}
            # a later "Trump" no tagger marked looks its name up here: the person, not the
            # folded cluster no entity is made of
            self._exact = {k: self._merged.get(v.id, v) for k, v in self._exact.items()}
            self._mentions = [(p, self._merged.get(c.id, c)) for p, c in self._mentions]

    def _fold_firm_short_names(self) -> None:
        """An organisation called by its first word alone, tagged as a person ("Shares of
        Norvale Bank fell ... Norvale said", "Harrow Energy ... Harrow said"): the body, not
        a person of that name, when no person of the article bears the word as a given name
        or surname ("Tom Ford ... Ford said" after "Ford Motor" stays him; "Ann Harrow ...
        Harrow said" joined her already), and nothing marks a person ("Mr. Harrow", "CEO
        Harrow"); the body named first, and the only one of the article that word opens."""
        self._fold_legal_names()
        firsts = self._firm_firsts
        for cl in self.clusters:
            if cl.type != "ORG" or cl.id in self._merged:
                continue
            for t in cl.tokens:
                if len(t) >= 2 and t[0].isalpha():
                    bodies, first = firsts.get(t[0], ([], -1))
                    if cl not in bodies:
                        bodies.append(cl)
                    at = min(m[0] for m in cl.mentions) if cl.mentions else -1
                    firsts[t[0]] = (bodies, at if first < 0 or 0 <= at < first else first)
        if not firsts:
            return
        for s in self.clusters:
            if s.type != "PERSON" or s.id in self._merged or len(s.tokens) != 1 or \
                    len(s.tokens[0]) != 1 or not s.mentions:
                continue
            firm = self._firm_short_name(s.tokens[0][0], min(m[0] for m in s.mentions))
            if firm is not None and s.gender is None and not s.titles:
                self._fold_into(s, firm)
        for s in self.clusters:
            # the tagger typed the bare word an organisation too ("Quinnipiac University
            # ... Quinnipiac found", "Exxon Mobil ... Exxon said"): one body, not two
            if s.type != "ORG" or s.id in self._merged or len(s.tokens) != 1 or \
                    len(s.tokens[0]) != 1 or not s.mentions or \
                    (word := s.tokens[0][0]) in gz.GPE:
                continue
            firm = self._firm_short_name(word, min(m[0] for m in s.mentions))
            if firm is not None and (
                    self._headed_by(firm, word, s) if word in _GENERIC_ORG_WORDS
                    else self._whole_body_name(firm, word)):
                self._fold_into(s, firm)

    def _headed_by(self, firm: _Cluster, word: str, bare: _Cluster) -> bool:
        """Whether the generic head ``word`` alone (the cluster ``bare``) stands for the
        body ``firm`` it heads: each name of the body that the word opens is "<word> of/for
        ..." ("House of Representatives", then "this House"; "Centers for Disease
        Control"), named before the bare word, which never closes another name ("the County
        Sheriff's Department", "Senate Judiciary Committee ... the Senate": not bodies
        headed by the word)."""
        names = [t for t in firm.tokens if len(t) >= 2 and t[0] == word]
        if not names or any(len(t) < 3 or t[1] not in ("of", "for") for t in names) or \
                min(m[0] for m in firm.mentions) > min(m[0] for m in bare.mentions):
            return False
        words = self.W.words
        for start, *_ in bare.mentions:
            i = self.W.index_at(start)
            prev = words[i - 1] if i > 0 else None
            if prev is not None and prev.sent == words[i].sent and (
                    prev.text in _POSSESSIVE or prev.text.endswith(_POSSESSIVE) or
                    prev.is_capitalised and prev.i > self.W.sentences[prev.sent][0]):
                return False
        return True

    def _fold_legal_names(self) -> None:
        """An organisation named again with its legal form or medium after its name ("Fox
        News" and "Fox News Channel", "Podesta Group" and "Podesta Group Inc."): one body,
        the longer name folded into the shorter (the entity keeps the fuller name); not
        another body that opens with the name ("Fox News Poll", "Kelbrook Action Fund")."""
        bodies = [cl for cl in self.clusters
                  if cl.type == "ORG" and cl.id not in self._merged and cl.mentions]
        if len(bodies) < 2:
            return
        by_name: dict[tuple[str, ...], _Cluster] = {}
        for cl in bodies:
            for t in cl.tokens:
                if len(t) >= 2:
                    by_name.setdefault(t, cl)
        for cl in bodies:
            for t in list(cl.tokens):
                k = len(t) - 1
                while k >= 2 and t[k] in _LEGAL_FORM_TAILS and cl.id not in self._merged:
                    short = by_name.get(t[:k])
                    if short is not None and short is not cl and short.id not in self._merged:
                        self._fold_into(cl, short)
                    k -= 1

    def _whole_body_name(self, firm: _Cluster, word: str) -> bool:
        """Whether the organisation ``firm`` that ``word`` opens is a body of its own that the
        word can stand for: its name of two or three words closes as organisations' names do
        ("Harrow University", "Norvale News") or is a listed one, or is two words named in
        the story below its headline ("Exxon Mobil"); not a body inside another ("Senate
        Judiciary Committee"), nor its show or product ("Harrow Live"), nor a title-case
        headline run ("Acme Spring Into Action")."""
        headline_end = max(self.W.text.find("\n"), 0)
        names = [t for t in firm.tokens if len(t) >= 2 and t[0] == word]
        return bool(names) and all(
            len(t) <= 3 and t[-1] not in _SUB_BODY_HEADS and t[-1] not in _NOT_BODY_TAILS and
            (t[-1] in _FIRM_CLOSERS or " ".join(t) in gz.ORGS or
             len(t) == 2 and any(m[0] >= headline_end for m in firm.mentions))
            for t in names)

    def _firm_short_name(self, word: str, pos: int) -> _Cluster | None:
        """The one organisation whose name opens with ``word`` (lower case), when no person
        of the article has ``word`` as a given name or surname: what "Norvale" alone names
        after "Norvale Bank"; one named only after ``pos`` when the word is its short name
        (:meth:`_short_name_first`: "Norvale said ... Norvale Corp."). Not a well-known
        person's surname ("Trump" after "the Trump Train" is still the man), nor a
        nationality or group word ("Latino" after "the Latino Caucus")."""
        found = self._firm_firsts.get(word)
        if found is None or len(found[0]) != 1 or found[1] < 0 or \
                ("last", word) in self._index or ("first", word) in self._index or \
                word in gz.PERSON_SURNAMES or word in _NORP_WORDS:
            return None
        firm = self._merged.get(found[0][0].id, found[0][0])
        if found[1] < pos:
            return firm
        # the word came first ("Norvale said on Monday ... Norvale Corp. shares", a
        # headline's "Norvale"): the body it stands for when that body's name is the word
        # and its legal form or kind, and the word no common noun of the article
        # ("destroyed City" before "City Council", a story writing "the city") nor a place
        return firm if word not in gz.GPE and word not in self._lower_words and \
            self._short_name_first(firm, word) else None

    @staticmethod
    def _short_name_first(firm: _Cluster, word: str) -> bool:
        """Whether ``word``, used before the organisation ``firm`` is named in full, is
        that body's short name: every name of ``firm`` it opens is the word and then only
        the words that close a body's name ("Norvale Corp.", "Harwick University", "Kelbrook
        Motor Co."), at most one of them other than a business's suffix; not its show or a
        body inside it ("Norvale Live", "Norvale Rules Committee"), nor a paper or division
        named after it ("Harwick Daily News", "Norvale News Daily"), nor a name of two words
        whose second no organisation's name ends with ("Kelbrook Mobil")."""
        names = [t for t in firm.tokens if len(t) >= 2 and t[0] == word]
        return bool(names) and all(
            all(x in _FIRM_CLOSERS and x not in _NOT_BODY_TAILS for x in t[1:]) and
            sum(x not in COMPANY_SUFFIXES for x in t[1:]) <= 1
            for t in names)

    def _full_names_in_other_runs(self) -> None:
        """A person the tagger named by the surname alone, whose full name it put in an
        organisation's or a place's run ("a station's Gloria Vance", "Nadia Ford" tagged a
        body; later "Vance said"): a given name of the lists before that surname there
        gives the person's name ("Gloria Vance", not "Vance"); not a body listed whole
        ("Clinton Foundation"), nor when two people bear the surname."""
        singles: dict[str, list[_Cluster]] = {}
        for cl in self.clusters:
            if cl.type == "PERSON" and all(len(t) == 1 for t in cl.tokens):
                singles.setdefault(cl.tokens[0][0], []).append(cl)
        if not singles:
            return
        for cl in self.clusters:
            if cl.type in ("PERSON", "GROUP"):
                continue
            for name in cl.names:
                parts = name.split()
                people = singles.get(parts[-1].lower().strip(".,")) if len(parts) >= 2 else None
                if not people or len(people) != 1:
                    continue
                given = parts[-2]
                if given.istitle() and given.isalpha() and given.lower() not in TITLES and \
                        (given_name_gender(given) or given.lower() in AMBIGUOUS) and \
                        " ".join(parts[-2:]).lower() not in gz.ORGS:
                    full = f"{given} {parts[-1]}"
                    self._add_name(people[0], full, _name_tokens(full))

    # -------------------------------------------------------------- resolution
    def cluster_in(self, a: int, b: int) -> _Cluster | None:
        """The named entity inside word span [a, b), preferring people."""
        found = [self._by_word[i] for i in range(a, b) if i in self._by_word]
        if not found:
            return None
        if len(found) > 1 and found[0] is not found[-1]:
            found = self._record_maker(a, b, found)
        people = [c for c in found if c.type == "PERSON"]
        return people[-1] if people else found[-1]

    def _record_maker(self, a: int, b: int, found: list[_Cluster]) -> list[_Cluster]:
        """The names before a record's "of" when its maker is named there: "a Gallup poll
        of Ohio voters", "an Acme News survey on Monday of Democratic delegates" are the
        maker's (was Ohio, "Democratic": the last name inside), not whom it counted."""
        words = self.W.words
        record = -1
        for i in range(a, b):
            w = words[i]
            if w.lower in POLL_NOUNS or w.lower in TEXT_SOURCE_NOUNS or w.lower in _COUNT_RECORDS:
                if record < 0 and any(j in self._by_word for j in range(a, i)):
                    record = i
            elif w.lower == "of" and record >= 0:
                before = [self._by_word[j] for j in range(a, record) if j in self._by_word]
                return before or found
        return found

    def mention_form(self, a: int, b: int) -> str:
        words = self.W.words[a:b]
        if len(words) == 1 and words[0].is_pronoun:
            return "pronoun"
        core = [w.lower for w in words if w.lower not in _DETERMINERS]
        if core and words[0].lower in _DETERMINERS and " ".join(core) in TITLES:
            return "role"  # "the secretary of State", whatever NER made of "State"
        if core and words[0].lower in _DETERMINERS and self._title_headed(a, b):
            return "role"  # "the Florida senator": a place or party names no person
        if core and words[0].lower in _DETERMINERS and self._office_title(a, b):
            return "role"  # "the Minister for Health", "the Governor of Texas"
        # the three tests below ask of a phrase that holds a name, and answer no for
        # any other: asked once here ("the spokesman", "officials" hold none)
        by_word = self._by_word
        named = not by_word.keys().isdisjoint(range(a, b))
        if named and self._people_noun_head(a, b):
            return "noun"  # "Democratic leaders": the people, not the party
        if named and self._nationality_modifier(a, b):
            return "noun"  # "The Kazakh government", "a group of Mexican comedians"
        if named and self._record_of_places(a, b):
            return "noun"  # "a poll of Ohio voters": the poll, not Ohio
        if named:
            return "name"
        if " ".join(core) in TITLES or (core and (core[-1] in TITLES or
                                                  core[-1] in SAME_ROLES)):
            return "role"  # "the defense attorney", "the Bramhall boss"
        if len(core) == 1 and core[0] in KIN_NOUNS:
            return "role"  # "her daughter": the one named "her daughter, Anne Roe," before
        return "noun"

    def _record_of_places(self, a: int, b: int) -> bool:
        """True for a record of a population named by place or party only ("a recent poll
        of Ohio voters", "results of an entrance poll of Ohio Democratic caucus-goers"): the
        names only say whom it counted, so the record speaks (was the place or "Democratic");
        not "a Gallup poll of voters" (its maker named before "of")."""
        words = self.W.words
        k = next((i for i in range(a + 1, b - 1) if words[i].lower == "of"), b)
        if k >= b - 1 or words[k - 1].is_capitalised or \
                words[k - 1].lower not in TEXT_SOURCE_NOUNS and \
                words[k - 1].lower not in _COUNT_RECORDS:
            return False
        named = [self._by_word[i] for i in range(a, b) if i in self._by_word]
        return bool(named) and not any(i in self._by_word for i in range(a, k)) and \
            all(cl.type in ("GPE", "NORP") for cl in named)

    def _people_noun_head(self, a: int, b: int) -> bool:
        """True for a noun phrase that names people and has a name only as a modifier
        ("Democratic leaders", "Nevada's governor", "Smith's spokesman"): they speak,
        not the party, place or person their name is."""
        ws = _strip_possessive(self.W.words[a:b])
        by_word = self._by_word
        if not ws or not any(w.i in by_word for w in ws) or all(w.i in by_word for w in ws):
            # no name, or a name and nothing else ("Ann Lee", "Acme"): the head below, a
            # word of ``ws``, would be a name's own, no people noun (most mentions asked)
            return False
        # "a spokesman for Doe", "an aide to Doe": the noun before the preposition
        head = next((w for w, after in zip(ws, ws[1:], strict=False)
                     if after.lower in NOUN_POSTMODIFIERS and w.upos == "NOUN" and
                     w.i not in self._by_word), None) or self._title_head(ws[0].i, ws[-1].i + 1)
        if head.i in self._by_word:
            return False  # a name's own head ("Ann Lee"): no people noun, nor titles to read
        last = self._by_word.get(ws[-1].i)
        if last is not None and last.type == "PERSON":
            k = ws[-1].i
            while k > ws[0].i and self._by_word.get(k - 1) is last:
                k -= 1
            title = self._title_before(k)
            if title is not None and head.i >= k - len(title.split()):
                # "former secretary of state Ann Vale": a titled name, its head the title's
                # (not "the spokesman of Sen. Ann Vale")
                return False
            if self._office_before_name(ws[0].i, head, k - len(title.split()) if title else k):
                return False
        # a capital that only opens the sentence ("Economists at the Harwick Institute")
        lower_case = not head.is_capitalised or head.i == self.W.sentences[head.sent][0]
        return lower_case and (
            _people_noun(head.lower) or _group_head(head, ws[0]) or
            # "Norway's central bank", "China's commerce ministry", "Japan's biggest
            # carmaker": the body a place's possessive only modifies, not the place (nor
            # the name set off after it: "Britain's biggest bank, Harwell Holdings,")
            head.upos == "NOUN" and head.i == ws[-1].i and
            (head.lower in FIRM_NOUNS or head.lower in INSTITUTION_NOUNS) and
            any(w.lower in ("'s", "’s") for w in ws[1:]) and
            self._names_in(ws[0].i, head.i) <= _PLACE_TYPES and
            self._appositive_person(head.i + 1, closed=True, types=("PERSON", "ORG")) is None or
            # "a European negotiator", "a Texas rancher": someone new of that nation or
            # place, not the nation or the place (but "a Gallup poll" may well be the
            # pollster's, whatever a tagger makes of its name)
            ws[0].lower in _INDEFINITES and head.upos == "NOUN" and head.i == ws[-1].i and
            head.lower not in TEXT_SOURCE_NOUNS and
            bool(self._names_in(ws[0].i, head.i)) and
            self._names_in(ws[0].i, head.i) <= _PLACE_TYPES)

    def _office_before_name(self, a: int, head: Word, t: int) -> bool:
        """Whether a capitalised title opens [a, t) and its office in capitals runs up to the
        name (or the name's own title) at ``t``: "Chairman of the Joint Chiefs of Staff Gen.
        Mark Milley", "Director of the Office of Management and Budget Ann Roe" open a
        sentence as the person's title, not a people noun (not "Spokesman for Sen. Ann
        Vale": a preposition before the name's title)."""
        words = self.W.words
        return head.i == a and head.is_capitalised and head.lower in TITLES and \
            t - a >= 3 and words[t - 1].is_capitalised and \
            words[t - 1].lower not in TITLE_JOINERS and \
            all(w.is_capitalised or w.lower in _OFFICE_JOINS for w in words[a:t])

    def _nationality_modifier(self, a: int, b: int) -> bool:
        """True for a noun phrase whose only names are nationality or party words that
        modify a lower-case noun heading it ("The Kazakh government", "a group of Mexican
        comedians", "his Mexican heritage"): the body, the people or the thing the noun
        names, not the nation or the party (nor "the Saudis", "a New Hampshire Republican",
        whose nationality word is the head, nor "percent of Americans", a plural of the
        people themselves)."""
        by_word = self._by_word
        words = self.W.words
        norp = False
        for i in range(a, b):
            cl = by_word.get(i)
            if cl is None:
                continue
            if cl.type != "NORP" or words[i].lower.endswith("s"):
                return False  # (not "75 percent of Democrats": the people themselves)
            norp = True
        if not norp:
            return False
        ws = _strip_possessive(words[a:b])
        named = [w for w in ws if w.i in by_word]
        if not named:
            return False
        head = next((w for w, after in zip(ws, ws[1:], strict=False)
                     if after.lower in NOUN_POSTMODIFIERS and w.upos == "NOUN"), None) or ws[-1]
        return head.i not in self._by_word and head.upos == "NOUN" and \
            (not head.is_capitalised or head.i == self.W.sentences[head.sent][0]) and \
            (head.i > named[-1].i or head.i < named[0].i)

    def _title_head(self, a: int, b: int) -> Word:
        """The head noun of a noun phrase: the word before "of", else the last word."""
        words = self.W.words[a:b]
        for k, w in enumerate(words):
            if w.lower == "of" and k > 0:
                return words[k - 1]
        return words[-1]

    def _appositive_person(self, b: int, closed: bool = False,
                           types: tuple[str, ...] = ("PERSON",)) -> _Cluster | None:
        """The person (or entity of ``types``) named right after a role noun ending at word
        ``b``: "the director, James Comey, said", past a title or an honorific ("the lead
        author, Dr. Helen Marsh, said"); with ``closed`` only when a comma or the sentence's
        end follows the name."""
        words = self.W.words
        if b + 1 < len(words) and words[b].text == ",":
            k = b + 1
            while k + 1 < len(words) and k - b <= 2 and words[k].is_capitalised and \
                    k not in self._by_word and (words[k].lower in HONORIFICS or
                                                words[k].lower in TITLES):
                k += 1
            cl = self._by_word.get(k)
            if cl is not None and cl.type in types:
                if not closed:
                    return cl
                while k < len(words) and self._by_word.get(k) is cl:
                    k += 1
                if k == len(words) or words[k].text in (",", ".", "!", "?") or \
                        words[k].sent != words[b].sent:
                    return cl
        return None

    def _office_title(self, a: int, b: int) -> bool:
        """Whether [a, b) is a determiner and a title in capitals with its office after "for"
        or "of" and no person ("the Minister for Health", "the Governor of Texas"): the one who
        holds that office, not the office or the place."""
        words = self.W.words
        k = next((k for k in range(a + 2, b - 1) if words[k].lower in TITLE_JOINERS), None)
        return k is not None and " ".join(w.lower for w in words[a + 1:k]) in TITLES and \
            all(w.is_capitalised and not w.text.isupper() for w in words[a + 1:k]) and \
            all(w.is_capitalised for w in words[k + 1:b]) and \
            "PERSON" not in self._names_in(k + 1, b)

    def _names_in(self, a: int, b: int) -> set[str]:
        """The entity types named inside word span [a, b)."""
        return {self._by_word[i].type for i in range(a, b) if i in self._by_word}

    def _title_headed(self, a: int, b: int) -> bool:
        """A title noun phrase whose names are no person ("the GOP nominee")."""
        head = self._title_head(a, b)
        # a capitalised head names something itself ("The Union Leader")
        return "PERSON" not in self._names_in(a, b) and head.lower in TITLES and \
            not head.is_capitalised

    def resolve(self, a: int, b: int, at: int | None = None
                ) -> tuple[_Cluster | None, str, float]:
        """Resolve the speaker mention at word span [a, b): (cluster, form, confidence factor).

        A "he" or "she" is resolved as though it stood at word ``at`` when given: before a
        name it cannot stand for ('“A,” Ada Obi said, she writes': the writer who relays
        Ada Obi, so the names before Ada Obi's)."""
        words = self.W.words
        # "a person familiar with Doe's views", "people close to Doe", "sources privy to
        # the talks": the people, whatever they know about or whom they are close to
        # (a phrase of three words or more: most mentions are shorter, and hold none)
        if b - a > 2:
            b = next((k for k in range(a + 1, b - 1) if
                      words[k].lower == "familiar" and words[k + 1].lower == "with" or
                      words[k].lower in CLOSE_TO_ADJECTIVES and words[k + 1].lower == "to"), b)
        pos = words[a].start
        if b - a == 1 and QA_KINDS.get(words[a].text.rstrip(".")) == "A" and \
                self._qa_label(pos) == "A" and \
                self.W.paragraph_bounds(pos)[0] + 3 > pos:
            # the label of an interview's answer ("A: We had no choice."): the one asked
            return self._interviewee(), "name", 1.0
        if b - a == 1 and words[a].text.startswith("Q") and self._glued_label(a):
            # "QYou said the bridge would open.": the question's "you", the one asked;
            # "QOthers say ...": no one named
            asked = words[a].text[1:].lower() == "you"
            return (self._interviewee() if asked else None), "pronoun", 0.5
        form = self.mention_form(a, b)
        party = self._party_epithet(a, b) if form != "pronoun" else None
        if party is not None:
            # "the Democratic front-runner", "the GOP nominee": the person of that party
            cl = self._appositive_person(b)
            if cl is None or self._party_map().get(cl.id, party) != party:
                cl = self._party_person(a, b, pos, party)
            return cl, "role", 0.8
        if words[a].sent == 0 and form != "pronoun" and self._headline_role(a, b):
            # "Roe's Son Says A", "Former Roe Pollster Says A" in a title-case headline: the
            # son, the pollster (the one person the story titles so), never Roe
            return self._titled_later(words[b - 1].lower, pos), "role", 0.7
        kind = self._org_description(a, b) if form != "pronoun" else None
        if kind is not None:
            # "NASA said ... the space agency said", "Zoomly said ... the ride-hailing
            # company said", "the advocacy group said", "the Swiss bank": what "the
            # agency", "the group" and "the company" stand for, past words that only
            # describe it (not a NORP "Swiss"); the body named right after comes first
            # ("the Swiss bank, Banque Lemaire, said")
            cl = self._appositive_person(b, closed=True, types=("PERSON", "ORG")) or (
                self._recent_agency(pos) if kind == "agency" else
                self._recent_body(pos) if kind == "body" else self._recent_org(pos))
            if cl is None and form == "name":
                # no body named before: the description itself, not its nation ("Swiss")
                cl = self.group_cluster(
                    self.W.text[words[a].start:words[b - 1].end].replace("\xa0", " "), pos)
            if cl is not None:
                return cl, "noun", 0.85
        if form == "name":
            if self._demonym_person(a, b):
                # "the Croatian said", "the Republican said": a person of that nation or
                # party, the one the story is about; of a party, never one the story gave
                # the other party ("Lee and Hale run. Hale, a Republican, ... the Democrat
                # said": no one, not Hale)
                cl = self._recent_person(pos, None)
                letter = _PARTY_LETTERS.get(words[b - 1].lower)
                if cl is not None and letter is not None and \
                        self._party_map().get(cl.id, letter) != letter:
                    return None, "role", 0.8
                return cl, "role", 0.8
            if self._someone_of_a_party(a, b):
                # "said a New Hampshire Republican", "one senior Democrat said": someone new
                # of that party or nation, set apart from the party itself; the person
                # named right after ("a Maine Republican, Tom Hale, said")
                named = self._appositive_person(b, closed=True)
                if named is not None:
                    return named, form, 1.0
                phrase = self.W.text[words[a].start:words[b - 1].end].replace("\xa0", " ")
                return self.group_cluster(phrase, pos), "noun", 1.0
            last = words[b - 1]
            if last.upos == "NOUN" and not last.is_capitalised and b - 1 not in self._by_word:
                # "Britain's biggest water supplier, Thamesworth, said": the name set off
                # after a noun its own name only modifies
                cl = self._appositive_person(b, closed=True, types=("PERSON", "ORG"))
                if cl is not None:
                    return cl, form, 1.0
            if b - a == 3 and words[a].lower == "the" and words[a + 1].lower in _AGE_RANKS:
                # "the elder Brandt": of two people of one surname, the one given the
                # greater age ("Carl Brandt, 68, ... Peter Brandt, 64,")
                cl = self._namesake_by_age(words[a + 2].lower, _AGE_RANKS[words[a + 1].lower])
                if cl is not None:
                    return cl, form, 0.9
            if words[a].lower == "the" and b - a <= _DESCRIPTION_WORDS and \
                    not words[b - 1].is_capitalised and (words[b - 1].lower in STORY_ROLE_JOBS
                                                         or words[b - 1].lower in
                                                         STORY_ROLE_STANDINGS):
                # "the Oscar winner said": the one person the story could mean, not a
                # person "Oscar"; "the England opener" is no team; no one when none fits
                return self._role_person(a, b, pos), "role", 0.7
            if b - a == 2 and words[a].lower == "the" and _ACRONYM_RE.fullmatch(words[a + 1].text):
                # "the DCP said", "said the CS": the person a title of those initials named
                # ("Deputy Commissioner of Police K. Srinivas Reddy", "Interior Cabinet
                # Secretary Peter Kamau"), not an organisation "DCP"
                cl = self._acronym_titled(words[a + 1].text, pos)
                if cl is not None:
                    return cl, "role", 0.8
            if b - a == 2 and words[a].lower in ("his", "her") and \
                    words[a + 1].lower in _STYLES_OF_ADDRESS:
                # "His Highness said", "Her Excellency said": the one the story styled so
                # ("His Highness Sheikh Khalid bin Rashid"), not a person "Highness"
                cl = self._styled(words[a + 1].lower, pos)
                if cl is not None:
                    return cl, "role", 0.8
            owned = self._owned_body(a, b)
            if owned is not None:
                return owned, form, 1.0
            return self.cluster_in(a, b), form, 1.0
        if form == "pronoun":
            p = words[a].lower
            if p in MALE_PRONOUNS or p in FEMALE_PRONOUNS:
                gender = "male" if p in MALE_PRONOUNS else "female"
                if at is not None:
                    a, pos = at, words[at].start
                cl = self._recent_person(pos, gender, unnamed=p in ("he", "she"))
                if cl is None:
                    cl = self._cataphor(a, gender)
                if cl is None or cl.gender is None:
                    # "Justice Pemberton ... The widow described the fire. She said": the
                    # woman a noun just made a subject, not one of unknown gender before
                    unnamed = self._gendered_subject_before(a, gender, cl)
                    if unnamed is not None:
                        return unnamed, form, 0.8
                if cl is not None and self._rival(pos, gender, cl):
                    # two people it may stand for: a guess
                    return cl, form, _RIVAL_PRONOUN
                return cl, form, 0.92
            if p in PLURAL_PRONOUNS or p == "it":
                cl = self._recent_group(pos, plural=p != "it")
                if cl is None and p == "they":
                    cl = self._they_person(pos)
                if cl is None and p == "it":
                    # "Corvex Inc. unveiled a phone, which it calls ...": no organisation
                    # spoke, so the one its sentence is about
                    cl = self._org_subject_before(pos) or self._thing_subject_before(a)
                return cl, form, 0.7
            if p == "i":
                return self._line_label_person(pos), form, 0.5
            if p == "you" and self._qa_label(pos) == "Q":
                # "Q: You said A. Why?": the one the interview asks
                return self._interviewee(), form, 0.5
            if p == "you":
                # "HOST: Mr. Jones, you said A.": the person the turn opens by addressing
                return self._addressed_in_turn(a), form, 0.5
            return None, form, 0.5
        if form == "role":
            core = " ".join(w.lower for w in words[a:b] if w.lower not in _DETERMINERS)
            cl = self._appositive_person(b)
            if cl is None and words[a].lower not in _INDEFINITES:
                # "the senator": the one the story titled so; never "a senator", someone new;
                # "the Kelworth boss": first the one whose title phrase holds "Kelworth"
                head = self._title_head(a, b)
                owners = frozenset(w.lower for w in words[a:head.i] if w.is_capitalised and
                                   w.lower not in _DETERMINERS)
                cl = (self._titled(head.lower, pos, owners) if owners else None)
                if cl is None:
                    cl = self._titled(core, pos) or self._titled(head.lower, pos)
                    if cl is not None and owners and self._holds_other_office(cl, a, b):
                        # "President Tom Hale had a talk with Jean Moreau. The French
                        # president said": a nation's office Hale's title never gave him
                        cl = self._office_holder_nearby(cl, a, b, pos) or cl
                if cl is not None and owners and self._owned_by_another(cl, pos, owners):
                    # "Kastoria's envoy" is not the one titled "the UN's special envoy"
                    cl = None
            if cl is not None:
                return cl, form, 0.9
            if words[a].lower == "the" and self._names_in(a, b):
                # "the Florida senator", no one titled so: the person the story is about, of
                # the gender its noun gives ("the New York businessman": no woman)
                cl = self._recent_person(pos, GENDERED_NOUNS.get(words[b - 1].lower))
                if cl is not None:
                    return cl, form, 0.8
            described = self._described_person(a, b)
            if described is not None:
                # "the 57-year-old scientist", "the former Caldmoor midfielder" (not "the
                # former president", who may be one the story never titled: a brother)
                return self._described_as(a, b, pos, described), form, 0.8
            epithet = self._epithet_person(a, b, pos) or self._role_person(a, b, pos)
            if epithet is not None:
                return epithet, form, 0.7
            if words[a].lower not in _INDEFINITES:
                # "A, its chief executive said." in a lede that names no one, then "said
                # Mara Lind, the chief executive": the one person the story gives the whole
                # title after (not "the state's governor" for a governor of elsewhere)
                # (nor "the executive" after "a Carrier executive": the one named before)
                later = None if self._role_word_before(core.rsplit(" ", 1)[-1], pos) else \
                    self._titled_later(core, pos)
                if later is None and words[a].lower == "the":
                    # "The inspector general for the Labor Department said A ... the
                    # inspector general added B": the same unnamed official
                    later = self._unnamed_role_before(a, b, pos)
                    if later is not None:
                        return later, form, 0.75
                return later, form, 0.75 if later is not None else 0.8
            return None, form, 0.8
        # "said another passenger, Jane Doe": the person named in apposition, set off on
        # both sides (not "according to the results, Doe leads")
        cl = self._appositive_person(b, closed=True)
        if cl is None and b - a == 2 and words[a].lower == "the" and \
                words[a + 1].lower in FIRM_NOUNS:
            # "the company said": the organisation the story just named
            cl = self._recent_org(pos)
        if cl is None and words[a].lower == "the" and 1 < b - a <= 3:
            # "the foundation said", "the budget office": the organisation whose name ends so
            cl = self._org_named_by_head(a + 1, b)
        if cl is None and b - a == 2 and words[a].lower == "the" and \
                words[a + 1].lower == "agency":
            # "the agency warned" after "the National Weather Service said", "the Food and
            # Drug Administration", "NASA": a public body the story just named
            cl = self._recent_agency(pos)
        if cl is None and b - a == 2 and words[a].lower == "the" and \
                words[a + 1].lower in BODY_NOUNS:
            # "the group said" after "Parents for Parks said": the body the story just named
            cl = self._recent_body(pos)
        if cl is None and b - a == 2 and words[a].lower == "the" and \
                words[a + 1].lower == "campaign":
            # "the campaign said" after "the Hale campaign said" or "Hale's campaign": the
            # candidate's campaign, named as that mention is (the candidate)
            cl = self._campaign_owner(a)
        if cl is None and form == "noun":
            described = self._described_person(a, b)
            if described is not None:
                # "the 45-year-old said", "the mother of three said": the person the story
                # just named, of the gender the noun gives
                return self._described_as(a, b, pos, described), form, 0.8
            epithet = self._epithet_person(a, b, pos) or self._role_person(a, b, pos)
            if epithet is not None:
                return epithet, form, 0.7
            if b - a == 2 and words[a].lower == "the" and _people_noun(words[a + 1].lower) \
                    and not _plural_noun(words[a + 1].lower):
                # "a source close to the senator said ... the source said": the same
                # unnamed one (see the role branch)
                cl = self._unnamed_role_before(a, b, pos)
                if cl is not None:
                    return cl, form, 0.75
        return cl, form, 0.85

    def _owned_body(self, a: int, b: int) -> _Cluster | None:
        """The organisation a mention [a, b) names after a place's or an organisation's
        possessive, when no tagger tagged it: "Portland's Morning Courant reported" tagged
        "Portland" alone was named Portland (the last name inside); now the outlet "Morning
        Courant".  Its words are untagged capitalised proper nouns that end the mention, no
        title ("Kordavia's Ambassador": the envoy), and the owner is no person ("Roe's
        Running Mate")."""
        words = self.W.words
        k = b
        while k > a and k - 1 not in self._by_word and words[k - 1].upos == "PROPN" and \
                words[k - 1].is_capitalised and words[k - 1].lower not in TITLES and \
                words[k - 1].lower not in _TITLE_ENDS:
            k -= 1
        if k == b or k - a < 2 or b - k > 4 or words[k - 1].text not in _POSSESSIVE or \
                b < len(words) and words[b].upos in ("NOUN", "PROPN"):
            return None  # (not "Acme's Today [show]": a noun the words only modify)
        owner = self._by_word.get(k - 2)
        if owner is None or owner.type == "PERSON":
            return None
        return self.group_cluster(self.W.text[words[k].start:words[b - 1].end],
                                  words[k].start, type="ORG")

    def _headline_role(self, a: int, b: int) -> bool:
        """Whether [a, b) is a title-case headline's role or kin noun that a name before it
        only owns or modifies ("Roe's Son", "Former Roe Pollster"; not "Roe Campaign", nor
        "Former Senator" cut from before a name, nor the name "Tom Roe" itself)."""
        words = self.W.words
        last = words[b - 1]
        if b - a < 2 or not last.is_capitalised or last.i in self._by_word or \
                not (last.lower in TITLES or last.lower in KIN_NOUNS):
            return False
        owned = any(w.text in _POSSESSIVE for w in words[a + 1:b - 1])
        return owned or b - a > 2 and words[a].lower in _TITLE_ONLY_WORDS and \
            words[b - 2].lower not in TITLES and words[b - 2].lower not in _TITLE_ONLY_WORDS

    def expletive_it(self, a: int, b: int) -> bool:
        """Whether the speaker mention [a, b) is an "it" that only holds the subject's place
        for the clause after it ("It is important to note that A", "it's worth noting A",
        "It seems unfair to tell A", "where, it is said, A"): no one speaks there."""
        return b - a == 1 and expletive_frame_end(self.W.words, a) is not None

    def person_set_off_before(self, who: int) -> _Cluster | None:
        """The person a "who" at word ``who`` stands for when the noun phrase before it is
        set off after a person's name: "Ann Roe, a Texas banker who said", "Ann Roe, 34, a
        plaintiff in the suit who", "Tom Lee, a doctor from Dover, Ohio, who", "Sen. Ann Roe
        of Ohio, the ranking Democrat on the panel, who"; the first person named reading
        back decides, past a name that only owns a noun ("the girlfriend of Tom Doe's
        friend"); None when a verb, a pronoun, an "and" or the sentence's start comes first,
        when that person's name is not followed by a comma (or by "of" and a place), or is
        the last of several ("Ann Roe and Tom Lee, who say")."""
        words = self.W.words
        sent = words[who].sent
        for k in range(who - 1, max(-1, who - 1 - _APPOSITION_WORDS), -1):
            w = words[k]
            if w.sent != sent or w.upos in ("VERB", "AUX", "PRON") or \
                    w.lower in ("and", "or") or self._in_quote(w.start):
                return None
            cl = self._by_word.get(k)
            if cl is None or cl.type != "PERSON" or self._by_word.get(k + 1) is cl:
                continue
            first = k
            while first > 0 and self._by_word.get(first - 1) is cl:
                first -= 1
            if first > 0 and words[first - 1].lower in _PLACE_PREPOSITIONS:
                continue  # "the leader of the opposition in North-Rhine Westphalia": a place
            if first > 0 and words[first - 1].lower in ("and", "or"):
                return None  # "Govs. Ann Roe and Tom Lee, who say": both of them
            after = words[k + 1]
            if after.text in _POSSESSIVE or w.text.endswith(_POSSESSIVE):
                continue  # "Tom Doe's friend": an owner, no person set off
            if after.lower in ("of", "from") and k + 2 < who:
                place = self._by_word.get(k + 2)
                j = k + 2
                while place is not None and place.type == "GPE" and self._by_word.get(j) is place:
                    j += 1
                after = words[j] if place is not None and place.type == "GPE" else after
            return cl if after.text == "," and after.i < who else None
        return None

    def _namesake_by_age(self, surname: str, elder: bool) -> _Cluster | None:
        """Of the people named ``surname``, the one given the greatest age (``elder``) or
        the least, when each was given one right after a name ("Carl Brandt, 68,") and no
        two the same; else None."""
        words = self.W.words
        aged: dict[int, _Cluster] = {}
        people = [c for c in self._index.get(("last", surname), ()) if c.type == "PERSON"]
        for cl in people:
            for start, _end, _text, _form in cl.mentions:
                j = self._after_name(self.W.index_at(start))
                if j + 1 < len(words) and words[j].text == "," and words[j + 1].text.isdigit():
                    aged.setdefault(int(words[j + 1].text), cl)
                    break
        if len(people) < 2 or len(aged) != len(people):
            return None
        return aged[max(aged) if elder else min(aged)]

    def _demonym_person(self, a: int, b: int) -> bool:
        """Whether [a, b) is "the" and one singular nationality or party word right after a
        quote ('"...," the Croatian said', "the Israeli", "the Democrat"), or after the name
        of a place anywhere ("the New York Democrat"; not "the Swiss",
        "the British", "the Chinese", peoples or states; nor a newspaper's name reporting:
        "The Tennessean first reported")."""
        words = self.W.words
        if b - a < 2 or words[a].lower != "the" or a == 0:
            return False
        # "the New York Democrat", "the Texas Republican": a place first, anywhere; "the
        # South Korean", "the New Zealander": one nationality of more words, after a quote
        one_word = b - a == 2 or all(words[x].ner.endswith("NORP") for x in range(a + 1, b))
        if not one_word and not all(words[x].ner.endswith("GPE") for x in range(a + 1, b - 1)) \
                or one_word and not self._in_quote(words[a - 1].start):
            return False
        cl = self._by_word.get(b - 1)
        word = words[b - 1].lower
        return cl is not None and cl.type == "NORP" and \
            not word.endswith(("s", "ese", "ish", "ch", "ic"))

    def _someone_of_a_party(self, a: int, b: int) -> bool:
        """Whether [a, b) is one unnamed member of a party, faith or nation: "a", "an",
        "another" or "one", then words that are no person's name, and a singular party or
        nationality word at the end ("a New Hampshire Republican", "one senior Democrat",
        "another Muslim"; not "a Republican senator", "a Gallup poll", "the Republican")."""
        words = self.W.words
        if b - a < 2 or words[a].lower not in _INDEFINITES:
            return False
        cl = self._by_word.get(b - 1)
        if cl is None or cl.type != "NORP" or words[b - 1].lower not in _NORP_WORDS or \
                not words[b - 1].is_capitalised:
            return False
        for k in range(a + 1, b - 1):
            named = self._by_word.get(k)
            if named is not None and named.type not in _PLACE_TYPES or named is None and \
                    words[k].upos not in _MEMBER_MODIFIER_UPOS:
                return False  # (not "a reversal for the Ohio Republican": someone named)
        return True

    def _described_person(self, a: int, b: int) -> str | None:
        """For a definite description that stands for a person already named ("the
        45-year-old", "the mother of three"), the gender its noun gives or ""
        for none; None for any other noun phrase ("the mother of the victim" is someone
        else)."""
        words = self.W.words
        if words[a].lower != "the" or b - a > _DESCRIPTION_WORDS:
            return None
        head = self._title_head(a, b)
        after = head.i + 1
        if head.i > a + 1 and after == b and head.upos == "NOUN" and not head.is_capitalised \
                and head.lower not in SPEAKER_NOUNS and head.lower not in ORG_SUFFIXES and \
                head.lower not in FIRM_NOUNS and \
                not (head.lower.endswith("s") and not head.lower.endswith("ss")) and \
                all(self._describes(w) for w in words[a + 1:head.i]) and \
                any(_past_or_age(w) for w in words[a + 1:head.i]) and (
                    any(w.lower not in _YOUTH_WORDS for w in words[a + 1:head.i] if
                        _past_or_age(w)) or
                    not self._role_word_before(head.lower, words[a].start, introduced=True)):
            # "the 24-year-old striker", "the former Caldmoor midfielder": an age, a past, a
            # place or a team before a noun; "the young rider" too, unless the story brought
            # in "a young rider" of its own
            return GENDERED_NOUNS.get(head.lower, "")
        if after < b:
            # "the mother of three", "the father of two": a count of children only
            if not (after + 2 == b and words[after].lower == "of" and
                    words[after + 1].upos == "NUM"):
                return None
        elif not head.lower.endswith("-year-old"):
            return None  # "the man" may be one the story never named ("One man shouted")
        if head.lower.endswith("-year-old"):
            return ""
        return GENDERED_NOUNS.get(head.lower)

    def _described_as(self, a: int, b: int, pos: int, gender: str) -> _Cluster | None:
        """The person a description at [a, b) stands for (``gender`` as
        :meth:`_described_person` gives it): the one last given its age, else the latest of
        its gender; a gendered description whose latest candidate is of unknown gender is an
        unnamed person of its own ("Justice Pemberton ... the 84-year-old widow said")."""
        cl = self._person_of_age(a, b, pos, gender or None)
        if cl is not None:
            return cl
        cl = self._recent_person(pos, gender or None)
        if cl is not None and gender and cl.gender is None:
            words = self.W.words
            return self.group_cluster(self.W.text[words[a].start:words[b - 1].end],
                                      words[a].start)
        return cl

    def _epithet_person(self, a: int, b: int, pos: int) -> _Cluster | None:
        """The person a definite epithet at [a, b) refers back to ("the billionaire", "the
        retired neurosurgeon", "the candidate" after the one the story is about): the
        latest person of the noun's gender; None for other nouns, when the story brought in
        someone new by that noun before ("a candidate ... the candidate"), or when that
        person held the role before ("former Gov. Jeb Hale ... the governor")."""
        words = self.W.words
        head = words[b - 1]
        if words[a].lower != "the" or b - a > _DESCRIPTION_WORDS or \
                head.lower not in EPITHET_NOUNS and not (  # "the former first lady"
                    head.lower == "lady" and words[b - 2].lower == "first") or \
                head.is_capitalised or \
                any(w.is_capitalised or w.upos not in ("ADJ", "NOUN", "PROPN") or
                    w.lower in ("other", "new", "same") for w in words[a + 1:b - 1]):
            return None
        if self._role_word_before(head.lower, pos, introduced=True):
            return None
        if b < len(words) and words[b].lower in ("of", "for"):
            return None  # "The minister of the economy, Mr. X,": a role of its own, no epithet
        cl = self._story_person(pos, GENDERED_NOUNS.get(head.lower))
        if cl is not None and any(role.startswith("former ") and role.endswith(" " + head.lower)
                                  for role in map(_role_of_title, cl.titles)):
            return None  # "former Gov. Jeb Hale" is no "the governor"
        return cl

    def _story_role(self, a: int, b: int) -> str | None:
        """The role or standing noun that heads a definite description at [a, b) of the kind
        news refers back to its subject by ("the striker", "the two-time champion", "the
        Oscar winner", "the former world No. 1"), with only describing words before it; else
        None."""
        words = self.W.words
        if words[a].lower != "the" or b - a > _DESCRIPTION_WORDS + 1:
            return None
        if b - a >= 3 and words[b - 2].lower in ("no.", "no") and words[b - 1].text == "1":
            head, end = "no. 1", b - 2  # "the former world No. 1"
        else:
            head = words[b - 1].lower
            if head not in STORY_ROLE_JOBS and head not in STORY_ROLE_STANDINGS or \
                    words[b - 1].is_capitalised or b - a > _DESCRIPTION_WORDS:
                return None
            end = b - 1
        for w in words[a + 1:end]:
            cl = self._by_word.get(w.i)
            if w.is_punct or w.lower in ("other", "new", "same", "last") or \
                    cl is not None and cl.type == "PERSON" and len(cl.mentions) > 1 or \
                    cl is None and w.upos not in ("ADJ", "NOUN", "PROPN", "NUM", "ADV") or \
                    w.is_capitalised and self.W.text.find(w.text, 0, words[a].start) >= 0:
                # (not "Kelworth beat Ashby ... the Ashby striker", a team the story named,
                # whose player it may never have named; "the Oscar winner", "the Air Force
                # veteran" are no team's; nor "the Blake winner", a person named before)
                return None
        return head

    def _role_person(self, a: int, b: int, pos: int) -> _Cluster | None:
        """The person a definite role or standing at [a, b) refers back to when no one was
        titled so (:meth:`_story_role`): the one person named before ``pos`` outside quotes
        whom it may fit ("Nathan Blake scored twice ... Kelworth manager Tom Pike praised
        his players. “A,” the striker said": Blake), else of several the one the sentence
        before made its subject; a position never fits someone the story titled otherwise
        (a manager), a standing no one titled to coach, judge, host or speak for others,
        and a gendered noun no person of the other gender. None when two may hold it, none
        does, or the story used the noun for someone else before ("beat the top seed ...
        the top seed said", "hopes to sign a striker")."""
        head = self._story_role(a, b)
        if head is None:
            return None
        if self._role_word_before(head, pos):
            return None
        gender = GENDERED_NOUNS.get(head)
        job = head in STORY_ROLE_JOBS
        k = bisect.bisect_left(self._mention_pos, pos)
        fits: dict[str, _Cluster] = {}
        for p, cl in self._mentions[:k]:
            if cl.id in fits or not self._compatible(cl, gender) or self._in_quote(p):
                continue
            roles = [_role_of_title(t).rsplit(" ", 1)[-1] for t in cl.titles]
            if any(r != head for r in roles) if job else any(r in SIDELINE_ROLES
                                                             for r in roles):
                # a position: "Kelworth manager Tom Pike" is no "the striker"; a standing:
                # "Coach Dan Reilly" is no "the rookie", "Sen. Ana Ruiz" may be "the freshman"
                continue
            fits[cl.id] = cl
        if len(fits) == 1:
            return next(iter(fits.values()))
        # of several it may fit, the one person the sentence before made its subject ("Gov.
        # Ann Hale ... Sen. Tom Roe ... “A,” Hale said. The Army veteran also believes");
        # none for two players of one sentence ("Blake and Hart scored")
        before = self._subject_of_sentence_before(k, pos, gender) if fits else None
        return before if before is not None and before.id in fits else None

    def _holds_other_office(self, cl: _Cluster, a: int, b: int) -> bool:
        """Whether a nation's office at [a, b) ("the French president") is not ``cl``'s:
        the story titled ``cl`` with that office's noun but never with that nation's word,
        and the words before the noun are nationalities only."""
        words = self.W.words
        head = words[b - 1].lower
        owners = [w.lower for w in words[a + 1:b - 1]]
        if not owners or not all(o in _NORP_WORDS and o not in _PARTY_LETTERS for o in owners):
            return False
        roles = [t.lower() for t in cl.titles]
        return any(r.rsplit(" ", 1)[-1] == head for r in roles) and \
            not any(o in r.split() for r in roles for o in owners)

    def _office_holder_nearby(self, titled: _Cluster, a: int, b: int,
                              pos: int) -> _Cluster | None:
        """For a nation's office at [a, b) that ``titled`` may not hold (see
        :meth:`_holds_other_office`), the latest other person named in its sentence or the
        one before, never as a subject, nor titled with that office ("President Tom Hale
        had a talk with Jean Moreau. The French president said": Moreau); None when there
        is none ("Hale met President Luis Ortega. Hale endured a lecture. The Mexican
        president said": Ortega stays)."""
        words = self.W.words
        sent = words[a].sent
        gender = GENDERED_NOUNS.get(words[b - 1].lower)
        k = bisect.bisect_left(self._mention_pos, pos)
        for j in range(k - 1, max(-1, k - 1 - 2 * _SENTENCE_MENTIONS), -1):
            p, cl = self._mentions[j]
            at = words[self.W.index_at(p)].sent
            if at < sent - 1:
                break
            if cl is titled or not self._compatible(cl, gender) or self._in_quote(p) or \
                    self._is_subject(p) or self._holds_other_office(cl, a, b) \
                    or any(t.lower().rsplit(" ", 1)[-1] == words[b - 1].lower
                           for t in cl.titles):
                continue
            return cl
        return None

    def _unnamed_role_before(self, a: int, b: int, pos: int) -> _Cluster | None:
        """The unnamed speaker a definite role at [a, b) refers back to: the latest one
        made before ``pos`` whose noun phrase ends in the same words, before "for", "of",
        "at", "close to", "familiar with" or "who" and what follows ("The inspector general
        for the Labor Department said ... the inspector general added"), also one brought in
        with "a" and describing words ("a representative for the couple said ... the
        representative added", "A senior state health official said ... the official
        said", "a source close to the senator ... the source", "the prime minister's
        spokesman ... the spokesman"); None when the story named no such one."""
        key = tuple(w.lower for w in self.W.words[a + 1:b])
        n = len(key)
        best: tuple[int, _Cluster] | None = None
        for cl in self.clusters:
            if cl.type != "GROUP" or not cl.mentions:
                continue
            start, _end, text, _form = cl.mentions[0]
            if start >= pos or best is not None and start <= best[0]:
                continue
            parts = text.lower().split()
            if parts[0] not in UNNAMED_OPENERS:
                continue
            cut = next((i for i, w in enumerate(parts) if w in UNNAMED_ROLE_ENDS), len(parts))
            if n < cut and tuple(parts[cut - n:cut]) == key:
                best = (start, cl)
        if best is None or any(best[0] < p < pos and c.type == "PERSON"
                               for p, c in self._speakers):
            # a named person spoke since: the story may have named the one it brought in
            # ("A lawmaker ... wants X. ... Ana Brix said ... The lawmaker"), or moved on
            # to another scene ("One man shouted A. ... Senator Hale said ... the man")
            return None
        last = max(end for start, end, _t, _f in best[1].mentions if start < pos)
        between = self.W.text[last:pos].lower()
        word = " " + " ".join(key)
        at = between.find(word)
        while at >= 0:
            after = at + len(word)
            if not between.endswith("the", 0, at) and \
                    (after == len(between) or not between[after].isalpha()):
                # another one brought in since ("... said one source. A separate source
                # familiar with the inquiry did so: “A,” the source said"): no guess
                return None
            at = between.find(word, at + 1)
        return best[1]

    def _party_epithet(self, a: int, b: int) -> str | None:
        """The party letter ("D", "R") of a definite candidate's or officeholder's epithet
        at [a, b) with one party word in it ("the Democratic front-runner", "the GOP
        nominee", "the presumptive Republican presidential nominee"); else None."""
        words = self.W.words
        if b - a < 3 or b - a > _DESCRIPTION_WORDS + 1 or words[a].lower != "the" or \
                words[b - 1].lower not in _PARTY_EPITHETS or words[b - 1].is_capitalised:
            return None
        letters = [_PARTY_LETTERS[w.lower] for w in words[a + 1:b - 1]
                   if w.lower in _PARTY_LETTERS]
        if len(letters) != 1 or any(w.lower not in _PARTY_LETTERS and
                                    w.lower not in _PARTY_EPITHET_WORDS
                                    for w in words[a + 1:b - 1]):
            return None
        return letters[0]

    def _party_map(self) -> dict[str, str]:
        """Each person's party as the story gives it (computed once): a party word in the
        title phrase before a name ("Democrat Ann Lee", "Republican presidential candidate
        Tom Hale") or in a title, a party letter set off after it ("Sen. Ann Lee, D-Ohio",
        "(R-Texas)"), or "a Democrat", "the Republican ..." set off after it; no party for
        one given both."""
        if self._parties is None:
            words = self.W.words
            n = len(words)
            found: dict[str, set[str]] = {}
            for cl in self.clusters:
                if cl.type == "PERSON":
                    for t in cl.titles:
                        for part in t.lower().split():
                            if part in _PARTY_LETTERS:
                                found.setdefault(cl.id, set()).add(_PARTY_LETTERS[part])
            for p, cl in self._mentions:
                if cl.type != "PERSON":
                    continue
                i = self.W.index_at(p)
                letter = None
                joined = False  # past "and" and another name: "Republican candidates Tom
                # Hale and Rick Dunn" gives both, a plural title only
                for w in reversed(words[max(0, i - 2 * _TITLE_PHRASE_WORDS):i]):
                    other = self._by_word.get(w.i)
                    if w.lower == "and" or other is not None and other is not cl and \
                            other.type == "PERSON" and joined:
                        joined = True
                        continue
                    if w.sent != words[i].sent or w.is_punct or w.upos in ("VERB", "AUX") or \
                            other not in (None, cl) and w.lower not in _PARTY_LETTERS:
                        break
                    if w.lower in _PARTY_LETTERS or w.lower in _PARTY_PLURALS:
                        if not joined or w.lower in _PARTY_PLURALS or \
                                words[w.i + 1].lower.endswith("s"):
                            letter = _PARTY_LETTERS.get(w.lower) or _PARTY_PLURALS[w.lower]
                        break
                j = self._after_name(i)
                if letter is None and j + 2 < n and words[j].text in (",", "("):
                    t = words[j + 1].text
                    if len(t) > 2 and t[0] in "DR" and t[1] == "-" and t[2].isupper() or \
                            t in ("D", "R") and words[j + 2].text in ("-", "–"):
                        letter = t[0]  # "Sen. Ann Lee, D-Ohio", "Rep. Tom Roe (R-Texas)"
                    elif t.lower() in ("a", "an", "the") and \
                            words[j + 2].lower in _PARTY_LETTERS:
                        letter = _PARTY_LETTERS[words[j + 2].lower]  # "Ann Lee, a Democrat,"
                if letter is not None:
                    found.setdefault(cl.id, set()).add(letter)
            self._parties = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return self._parties

    def _party_person(self, a: int, b: int, pos: int, party: str) -> _Cluster | None:
        """The person a party's epithet at [a, b) refers back to ("the Democratic
        front-runner", "the Republican incumbent"): the one person named before whom the
        story gave that party, of several the one the sentence before made its subject;
        when it gave that party to no one, the person the story is about unless the story
        gave that one the other party ("Democrat Ann Lee ... the Republican nominee": no
        one)."""
        parties = self._party_map()
        gender = GENDERED_NOUNS.get(self.W.words[b - 1].lower)
        k = bisect.bisect_left(self._mention_pos, pos)

        def fits(cl: _Cluster | None) -> bool:
            # not one the story gave the other party or a title of another trade ("said
            # Carl Romo, president of Romo Strategies ... The GOP nominee": no one)
            return cl is not None and parties.get(cl.id, party) == party and not any(
                " of " in t or t.rsplit(" ", 1)[-1].lower() in SIDELINE_ROLES
                for t in cl.titles)

        # the subject of the sentence before ("... Ayotte said. The Republican incumbent
        # said"), whoever else the story gave that party
        cl = self._subject_before(k, pos, gender)
        if fits(cl):
            return cl
        same: dict[str, _Cluster] = {}
        for p, c in self._mentions[max(0, k - _LOOKBACK):k]:
            if parties.get(c.id) == party and self._compatible(c, gender) and \
                    not self._in_quote(p):
                same[c.id] = c
        if same:
            # the one of that party named before; none of two ("Republicans Tom Hale and
            # Rick Dunn ... the Republican front-runner")
            return next(iter(same.values())) if len(same) == 1 else None
        # no one of that party: the person just named or speaking, never the subject of the
        # epithet's own sentence ("Mr. Hale took on Ann Lee after the Democratic front-runner
        # had said": Lee, the one named after him in it)
        sent = self.W.words[self.W.index_at(pos)].sent
        own: list[tuple[int, _Cluster]] = []
        for j in range(k - 1, max(-1, k - 1 - _SENTENCE_MENTIONS), -1):
            p, c = self._mentions[j]
            if self.W.words[self.W.index_at(p)].sent != sent:
                break
            if c.type == "PERSON" and not self._in_quote(p):
                own.append((p, c))
        subjects = {c.id for p, c in own if self._is_subject(p)}
        cl = self._recent_person(pos, gender)
        if cl is not None and cl.id in subjects:
            cl = next((c for _, c in own if c.id not in subjects and
                       self._compatible(c, gender)), None)
        return cl if fits(cl) else None

    def _subject_before(self, k: int, pos: int, gender: str | None) -> _Cluster | None:
        """The last person of that gender named as a subject outside quotes in the sentence
        before the one at ``pos`` (mention ``k`` the first after ``pos``), whoever else it
        names; else None."""
        sent = self.W.words[self.W.index_at(pos)].sent
        for j in range(k - 1, max(-1, k - 1 - _SENTENCE_MENTIONS), -1):
            p, cl = self._mentions[j]
            at = self.W.words[self.W.index_at(p)].sent
            if at < sent - 1:
                break
            if at == sent - 1 and self._compatible(cl, gender) and not self._in_quote(p) and \
                    self._is_subject(p):
                return cl
        return None

    def _role_word_before(self, word: str, pos: int, introduced: bool = False) -> bool:
        """Whether the text before ``pos`` holds the role word ``word``; with ``introduced``,
        only where "a", "an", "one" and the like bring in someone new by it ("a Carrier
        executive", "a candidate from the north")."""
        lead = r"\b(?:a|an|one|another|every|each)\s+(?:[\w-]+\s+){0,3}" if introduced else r"\b"
        pattern = re.compile(lead + re.escape(word) + r"\b", re.IGNORECASE)
        return pattern.search(self.W.text, 0, pos) is not None

    def _story_person(self, pos: int, gender: str | None) -> _Cluster | None:
        """The person of that gender the story is about at ``pos``, as for a pronoun,
        unless named at most twice while another in the last _EPITHET_MENTIONS mentions was
        named four times or more: the one an epithet refers back to, not a host named in
        passing ("Hannity asked Kasich ... The candidate said")."""
        k = bisect.bisect_left(self._mention_pos, pos)
        before = self._subject_of_sentence_before(k, pos, gender)
        if before is not None:
            return before
        latest = self._recent_person(pos, gender)
        recent = [cl for p, cl in self._mentions[max(0, k - _EPITHET_MENTIONS):k]
                  if self._compatible(cl, gender) and not self._in_quote(p)]
        if latest is None or not recent:
            return latest
        ids = {cl.id for cl in recent} | {latest.id}
        counts = Counter(cl.id for _, cl in self._mentions[:k] if cl.id in ids)
        most = max(reversed(recent), key=lambda cl: counts[cl.id])
        return most if counts[latest.id] <= 2 and counts[most.id] >= 4 else latest

    def _subject_of_sentence_before(self, k: int, pos: int,
                                    gender: str | None) -> _Cluster | None:
        """The person of that gender named as a subject outside quotes in the sentence before
        the one at ``pos`` (mention ``k`` the first after ``pos``), the only person it
        names: the one an epithet goes on with ("Ina Vos opened up about A. The actress
        explained"); None when that sentence names no such subject, or others too."""
        words = self.W.words
        sent = words[self.W.index_at(pos)].sent
        people: set[str] = set()
        found = None
        for j in range(k - 1, max(-1, k - 1 - _SENTENCE_MENTIONS), -1):
            p, cl = self._mentions[j]
            i = self.W.index_at(p)
            at = words[i].sent
            if at < sent - 1:
                break
            if at == sent - 1 and cl.type == "PERSON" and not self._in_quote(p):
                people.add(cl.id)
                # (not "Roe: Doe misled voters", a headline that gives Roe's word)
                if self._compatible(cl, gender) and self._is_subject(p) and not any(
                        w.text == ":" for w in words[self.W.sentences[at][0]:i]):
                    found = cl
        # ("Host Carla Diaz asked Pryce about A. The candidate said": of two, the one asked)
        return found if len(people) == 1 else None

    def _person_of_age(self, a: int, b: int, pos: int, gender: str | None) -> _Cluster | None:
        """The person last given the age that a description at [a, b) states, set off after
        the name ("Jack Doe, 67, ..." is "the 67-year-old"), when it states one."""
        words = self.W.words
        age = next((w.lower[:-len("-year-old")] for w in words[a:b]
                    if w.lower.endswith("-year-old")), "")
        if not age.isdigit():
            return None
        k = bisect.bisect_left(self._mention_pos, pos)
        for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k]):
            if not self._compatible(cl, gender) or self._in_quote(p):
                continue
            j = self._after_name(self.W.index_at(p))
            if j + 1 < len(words) and words[j].text == "," and words[j + 1].text == age:
                return cl
        return None

    def _describes(self, w: Word) -> bool:
        """True for a word before a noun that describes a person the story named: an age, a
        past, a place or a team ("24-year-old", "former", "Caldmoor"), no person's name."""
        cl = self._by_word.get(w.i)
        if cl is not None:
            return cl.type in ("ORG", "GPE", "NORP")
        return _past_or_age(w) or w.is_capitalised

    def _line_label_person(self, pos: int) -> _Cluster | None:
        """The person a transcript label names at the head of the paragraph at ``pos``
        ("DOE: Well, I think ..."), known by a name or a surname of the article."""
        qa = self._qa_label(pos)
        if qa is not None:
            # "A: I think A.": the one the interview asks answers; "Q: I wonder ...": the
            # interviewer, whom the text seldom names
            return self._interviewee() if qa == "A" else None
        label = self.W.line_label(pos, _MAX_LABEL_WORDS)
        if label is None:
            # "A: We had no choice.\n\nI think ...": a paragraph that continues an answer
            if self._continued_answer(pos):
                return self._interviewee()
            # "SMITH: I think ...\n\nI also said ...": one that continues a named turn
            start = self._continued_turn(pos)
            label = None if start is None else \
                self.W.line_label(self.W.paragraph_bounds(start)[1], _MAX_LABEL_WORDS)
            if label is None:
                return None
        a, colon = label
        words = self.W.words
        if not all(w.is_capitalised for w in words[a:colon]):
            return None
        toks = tuple(w.lower for w in words[a:colon])
        # "JONES: I ..." where the story calls him "Mr. Jones" alone: that one name too
        cl = self.cluster_in(a, colon) or self._person_by_surname(toks) or \
            self._exact.get(("PERSON", toks))
        return cl if cl is not None and cl.type == "PERSON" else None

    def _addressed_in_turn(self, i: int) -> _Cluster | None:
        """The person a transcript turn opens by addressing, when word ``i`` ("you") comes
        right after the name and its comma that follow the label in capitals ("HOST: Mr.
        Jones, you said ..."): the one the name stands for; None for any other "you"."""
        words = self.W.words
        label = self.W.line_label(words[i].start, _MAX_LABEL_WORDS)
        if label is None or not label[1] + 3 <= i <= label[1] + 6 or \
                words[i - 1].text != "," or \
                not all(w.text.isupper() for w in words[label[0]:label[1]]) or \
                not all(w.is_capitalised for w in words[label[1] + 1:i - 1]):
            return None  # (not "HOST: When Ann Roe spoke, you said ...": no one addressed)
        cl = self.cluster_in(label[1] + 1, i - 1)
        return cl if cl is not None and cl.type == "PERSON" else None

    def _qa_label(self, pos: int) -> str | None:
        """"Q" or "A" when the paragraph at ``pos`` opens with that label of an interview's
        question or answer in one of the styles of :data:`QA_LINE` ("Q: You said ...",
        "A. I think ...", "**A:** ...", "Answer: ..."), else None."""
        p0 = self.W.paragraph_bounds(pos)[0]
        m = QA_LINE.match(self.W.text, p0)
        if m is None:
            # "QLast year, you said ...": a scraped page's question label run into its
            # first word, inside a transcript with answer labels
            return "Q" if pos > p0 and self.W.text.startswith("Q", p0) and \
                glued_question(self.W.text, p0) and bool(self._qa_transcript()) else None
        return None if m.start(1) > pos else QA_KINDS[m.group(1)]

    def _qa_transcript(self) -> list[re.Match[str]]:
        """The labels of the article's question-and-answer interview
        (:func:`qa_transcript`), computed once."""
        if self._qa_labels is None:
            self._qa_labels = qa_transcript(self.W.text)
        return self._qa_labels

    def _continued_answer(self, pos: int) -> bool:
        """True when the unlabelled paragraph at ``pos`` continues an interview's answer:
        every paragraph since the last label is one (see :func:`ends_turn`) and that label
        is an answer's ("A: We had no choice.\n\nI think the pools cost too much.")."""
        labels = self._qa_transcript()
        if not labels:
            return False
        k = bisect.bisect_right([m.start() for m in labels], pos) - 1
        return k >= 0 and QA_KINDS[labels[k].group(1)] == "A" and \
            self._continues(labels[k].start(), pos)

    def _turn_lines(self) -> list[int]:
        """The starts of the transcript lines labelled by a name in capitals
        (:data:`TURN_LABEL`), in a text of two such lines or more; found once."""
        if self._turn_starts is None:
            text = self.W.text
            starts = [m.start() for m in TURN_LABEL.finditer(text)] if ":" in text else []
            self._turn_starts = starts if len(starts) >= TURNS_MIN else []
        return self._turn_starts

    def _turn_label_at(self, pos: int) -> int | None:
        """Where the name or the letter of the label that opens the paragraph at ``pos`` as a
        transcript's line starts ("QUILLON: ...", "A: ..."), in a transcript; else None."""
        if not self._turn_lines() and not self._qa_transcript():
            return None
        p0, text = self.W.paragraph_bounds(pos)[0], self.W.text
        m = TURN_LABEL.match(text, p0) if self._turn_lines() else None
        if m is not None:
            return m.start(2)
        m = QA_LINE.match(text, p0) if self._qa_transcript() else None
        return None if m is None else m.start(1)

    def _continued_turn(self, pos: int) -> int | None:
        """The start of the transcript line labelled by a name in capitals (:data:`TURN_LABEL`)
        whose turn the unlabelled paragraph at ``pos`` continues ("SMITH: I think ...\n\nI
        also said ..."), in a text of two such lines or more; else None."""
        starts = self._turn_lines()
        k = bisect.bisect_right(starts, pos) - 1
        if k < 0:
            return None
        start = starts[k]
        return start if self._continues(start, pos) else None

    def _continues(self, label: int, pos: int) -> bool:
        """True when the paragraph at ``pos``, after the labelled line at ``label``, is
        one of the paragraphs that continue its turn: no paragraph from the one after the
        label's to ``pos``'s ends the turn (see :func:`ends_turn`)."""
        text = self.W.text
        at = self.W.paragraph_bounds(label)[1]
        while at < len(text):
            while at < len(text) and text[at].isspace():
                at += 1
            p0, p1 = self.W.paragraph_bounds(at)
            end = p1
            while end > at and text[end - 1].isspace():
                end -= 1
            if ends_turn(text, at, end):
                return False
            if p0 <= pos <= p1:
                return True
            at = p1
        return False

    def _interviewee(self) -> _Cluster | None:
        """The person a question-and-answer interview asks: in a text with two answers or
        more (:func:`qa_transcript`), the person its lead-in names most often before the
        first question or answer line (the first named of those named as often), as "Vice
        President Jane Doe spoke with reporters ... Doe said ... Q: ... A: ..." introduces
        Doe; computed once."""
        if self._interviewee_of is None:
            labels = self._qa_transcript()
            cl = None
            if labels:
                first = labels[0].start()
                counts: dict[str, int] = {}
                firsts: dict[str, _Cluster] = {}
                for _, c in self._mentions[:bisect.bisect_left(self._mention_pos, first)]:
                    if c.type == "PERSON":
                        counts[c.id] = counts.get(c.id, 0) + 1
                        firsts.setdefault(c.id, c)
                if counts:
                    cl = firsts[max(counts, key=counts.__getitem__)]  # ties: the first named
            self._interviewee_of = (cl,)
        return self._interviewee_of[0]

    def _compatible(self, cl: _Cluster, gender: str | None) -> bool:
        """A person of that gender (any gender for None) or of unknown gender."""
        if cl.type != "PERSON":
            return False
        return gender is None or cl.gender in (None, gender)

    def _they_person(self, pos: int) -> _Cluster | None:
        """The person a "they" at ``pos`` stands for when the story said that person uses
        the pronoun ("Sam Ortega, who uses they/them pronouns, said A. “B,” they said") and
        no group spoke before it: the person named last before that remark, in the
        paragraphs just before ``pos``; else None."""
        if self._they_them is None:  # where the story says so, found once
            text = self.W.text
            self._they_them = [m.start() for m in _THEY_THEM.finditer(text)] \
                if "they/them" in text else []
        k = bisect.bisect_left(self._they_them, pos)
        at = self._they_them[k - 1] if k else -1
        if at < 0 or self.W.paragraph_of(pos) - self.W.paragraph_of(at) > _PRONOUN_PARAGRAPHS:
            return None
        k = bisect.bisect_left(self._mention_pos, at)
        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
            _, cl = self._mentions[j]
            if cl.type == "PERSON":
                return cl
        return None

    def _recent_person(self, pos: int, gender: str | None,
                       unnamed: bool = False) -> _Cluster | None:
        """The person a "he" or "she" (``gender``) at ``pos`` stands for: the latest
        compatible speaker when recent, else the latest compatible name; with ``unnamed``
        (a subject "he" or "she") also the latest speaker when one person no one named
        (:meth:`_unnamed_one`)."""
        par = self.W.paragraph_of(pos)
        # the latest compatible speaker, when recent and no other was named a subject since
        # (a "she" who spoke in between does not hide the "he" before her)
        older: tuple[int, _Cluster] | None = None
        in_turn = self._turn_label_at(pos) is not None
        back = reversed(self._speakers)
        for p, cl in back:
            if p >= pos or in_turn and self._turn_label_at(p) == p:
                continue  # ("TAPPER: Do you think Roe won? / FALLIN: He did": not the host)
            if par - self.W.paragraph_of(p) > _PRONOUN_PARAGRAPHS:
                # too far back to win outright, but the last one known to be of that
                # gender who spoke: no name from before that turn wins over them (below)
                if gender is not None:
                    older = next(((q, c) for q, c in
                                  chain([(p, cl)], islice(back, _RIVAL_SPEAKERS))
                                  if q <= p and c.type == "PERSON" and c.gender == gender),
                                 None)
                break
            if self._compatible(cl, gender) or gender is not None and cl.gender == gender or \
                    unnamed and gender is not None and self._unnamed_one(cl) and \
                    not self._asker_at(p) and self._just_after(p, pos):
                # an unnamed speaker of that gender too ("a spokeswoman for X said"), or of
                # none the story gave ("My neighbor, a retired nurse, said A. She told me B")
                if not self._named_between(p, pos, gender, cl):
                    return cl
                break
        k = bisect.bisect_left(self._mention_pos, pos)
        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
            p, cl = self._mentions[j]
            # a person named inside a quote is talked about, not talking
            if self._compatible(cl, gender) and not self._in_quote(p):
                if gender is not None and self._led_by_pronoun(p, gender) and \
                        not self._is_subject(p) and not self._relative_subject(p):
                    continue  # "He led it through the Obama years. He said": not Obama
                if gender is not None and cl.gender is None and not self._is_subject(p):
                    # "... a song by Robin Varga. “...,” she said": a woman named before
                    j = self._known_gender_before(j, gender)
                    p, cl = self._mentions[j]
                if older is not None and older[0] > p:
                    # "Actress Jo Roe ... if Clinton wins, she replied ... The actress said
                    # A. She hinted at B. “...,” she said": the woman who spoke last (by a
                    # "she" or a role noun), not a name from before her turn
                    return older[1]
                return self._subject_of_sentence(j, gender) or cl
        return older[1] if older is not None else None

    def _unnamed_one(self, cl: _Cluster) -> bool:
        """True for an unnamed speaker of no known gender who is one person, brought in by
        "a", "one" or "my" ("my neighbor", "a source close to the mayor", "a retired
        nurse"): a singular noun of people heads its words (not "officials", "a crowd", "the
        former president" no one was found for), not set off after a name ("Ann Roe, 44, a
        pharmacist, said")."""
        if cl.type != "GROUP" or cl.gender is not None or cl.mentions[0][3] != "noun":
            return False
        start, _end, text, _form = cl.mentions[0]
        key = text.lower().split()
        if len(key) < 2 or key[0] not in UNNAMED_OPENERS and key[0] != "my" or \
                key[0] == "the":
            return False
        head = next((key[k - 1] for k in range(1, len(key)) if key[k] in UNNAMED_ROLE_ENDS),
                    key[-1])
        if not _people_noun(head) or _plural_noun(head) or head in CROWD_NOUNS:
            return False
        i = self.W.index_at(start)
        words = self.W.words
        # (not an apposition: "Ann Roe, 44, a pharmacist, said", "Tom Roe, a nurse, said")
        return not (i > 0 and words[i - 1].text == "," and any(
            j in self._by_word and self._by_word[j].type == "PERSON"
            for j in range(max(0, i - 5), i - 1)))

    def _just_after(self, p: int, pos: int) -> bool:
        """True when ``pos`` is in the paragraph of ``p``, or in the next one and in a
        sentence that opens with a quote ("A reporter for a news agency said A. / “B,”
        he said"): how close a "he" or "she" must be to an unnamed speaker."""
        par, at = self.W.paragraph_of(p), self.W.paragraph_of(pos)
        if at == par:
            return True
        if at > par + _SUBJECT_LINES or \
                any(line.strip() for line in self.W.text[p:pos].split("\n")[1:-1]):
            return False  # (a blank line between is no paragraph)
        words = self.W.words
        i = self.W.index_at(pos)
        while i > 0 and words[i - 1].sent == words[i].sent:
            i -= 1
        return words[i].text in _NICK_MARKS

    def _asker_at(self, p: int) -> bool:
        """True for a speaker at ``p`` who asked ("a reporter asked if A. “B,” he said"):
        the "he" after is the one asked."""
        words = self.W.words
        i = self.W.index_at(p)
        # (not "a neighbor who asked not to be named", "asked for anonymity")
        return any((w.lemma == "ask" or w.lower in ("asked", "asks", "asking")) and
                   w.i + 1 < len(words) and words[w.i + 1].lower not in _NOT_A_QUESTION
                   for w in words[i + 1:i + 6] if w.sent == words[i].sent)

    def _cataphor(self, i: int, gender: str) -> _Cluster | None:
        """The person a "he" or "she" at word ``i`` stands for ahead of the name, when it
        is the subject of a clause that opens its sentence and the main clause's subject
        after the clause's comma is a named person of that gender (or of unknown gender):
        "After he blasted the film, Pastor Kevin Swanson took aim at ..." (Swanson);
        None otherwise (only asked when no one before the pronoun fits it)."""
        words = self.W.words
        a, b = self.W.sentences[words[i].sent]
        if i != a + 1 or words[a].lower not in _ADVERBIAL_SUBORDINATORS:
            return None
        c = next((k for k in range(i + 2, min(b, i + _CATAPHOR_WORDS))
                  if words[k].text in _CATAPHOR_STOPS), None)
        if c is None or words[c].text != ",":
            return None
        k = c + 1
        while k < b and words[k].text in _CLOSING_MARKS:
            k += 1  # ('After he called the film “pro-gay,” Pastor Jo Lee ...')
        while k < b and words[k].lower.rstrip(".") in _TITLE_WORDS_BEFORE_NAMES:
            k += 1
        cl = self._by_word.get(k)
        if cl is None or not self._compatible(cl, gender) or not self._is_subject(words[k].start):
            return None
        return cl

    def _gendered_subject_before(self, i: int, gender: str,
                                 named: _Cluster | None) -> _Cluster | None:
        """An unnamed person a "he" or "she" at word ``i`` stands for: the last noun phrase
        of that gender made the subject of a clause ("the 84-year-old widow described",
        "his wife said") outside quotes in its sentence or the one before, after the last
        mention of ``named`` (the person the pronoun would stand for otherwise); None when
        there is none, or the noun titles a name ("the writer's wife, Ann Roe")."""
        words = self.W.words
        sent = words[i].sent
        first = max(self.W.sentences[sent - 1][0] if sent > 0 else 0, i - _UNNAMED_WORDS)
        if named is not None:
            last = max((s for s, *_ in named.mentions if s < words[i].start), default=-1)
            first = max(first, self.W.index_at(last) + 1 if last >= 0 else 0)
        for h in range(i - 2, first, -1):
            head = words[h]
            if GENDERED_NOUNS.get(head.lower) != gender or head.upos != "NOUN" or \
                    head.is_capitalised or head.lower.endswith("s") and \
                    not head.lower.endswith("ss") or h in self._by_word or \
                    self._in_quote(head.start):
                continue
            after = words[h + 1]
            if after.upos not in ("VERB", "AUX") or after.sent != head.sent:
                continue
            k = h - 1
            while k > first and words[k].upos in ("ADJ", "NUM", "NOUN") and \
                    not words[k].is_capitalised and k not in self._by_word:
                k -= 1
            if words[k].lower not in _DEFINITE_OPENERS or not self._is_subject(words[k].start):
                continue
            return self.group_cluster(self.W.text[words[k].start:head.end], words[k].start)
        return None

    def _rival(self, pos: int, gender: str, chosen: _Cluster) -> bool:
        """Whether a person other than ``chosen`` known to be of ``gender`` spoke recently
        before ``pos`` (two women taking turns): one a "she" there may stand for as well."""
        par = self.W.paragraph_of(pos)
        # the last few speakers only: a paragraph may run on for a whole article
        for p, cl in islice(reversed(self._speakers), _RIVAL_SPEAKERS):
            if p >= pos:
                continue
            if par - self.W.paragraph_of(p) > _PRONOUN_PARAGRAPHS:
                return False
            if cl is not chosen and cl.type == "PERSON" and cl.gender == gender:
                return True
        return False

    def _known_gender_before(self, j: int, gender: str) -> int:
        """Mention ``j`` (a person of unknown gender, no subject), or a person known to be of
        ``gender`` named outside quotes before it in its sentence or the one before ("Jane
        Doe spoke. The band played a song by Smith. She said": Doe, not Smith)."""
        words = self.W.words
        sent = words[self.W.index_at(self._mentions[j][0])].sent
        for i in range(j - 1, max(-1, j - 1 - _LOOKBACK), -1):
            p, cl = self._mentions[i]
            if words[self.W.index_at(p)].sent < sent - 1:
                break
            if cl.type == "PERSON" and cl.gender == gender and not self._in_quote(p):
                return i
        return j

    def _relative_subject(self, pos: int) -> bool:
        """Whether the named mention at ``pos`` opens a relative clause as its subject, after
        "whom", "who", "that" or "which" and any title ("friends whom Mr. Doe has known"):
        the person the "he" before it may be."""
        words = self.W.words
        k = self.W.index_at(pos) - 1
        while k >= 0 and words[k].is_capitalised and \
                words[k].lower.rstrip(".") in _TITLE_WORDS_BEFORE_NAMES:
            k -= 1
        return k >= 0 and words[k].lower in ("whom", "who", "that", "which")

    def _led_by_pronoun(self, pos: int, gender: str) -> bool:
        """Whether the sentence of the mention at ``pos`` opens with a "he" ("she" for a
        woman), or has one among its first words before the mention ("At 29, she still
        lives ..."): that pronoun is its subject and the one a next "he" goes on with, not a
        person named later in it ("He led the network through the Obama years. He ...")."""
        words = self.W.words
        i = self.W.index_at(pos)
        first = self.W.sentences[words[i].sent][0]
        pronoun = "he" if gender == "male" else "she"
        # (or after a clause opener: "At 29, she still lives in a room with Dirty Dancing
        # posters. “...,” she said": not the film)
        return any(words[x].lower == pronoun and not self._in_quote(words[x].start)
                   for x in range(first, min(i, first + _PRONOUN_LEAD_WORDS)))

    def _subject_of_sentence(self, j: int, gender: str | None) -> _Cluster | None:
        """The compatible subject of the sentence holding mention ``j``, when ``j`` is not it.

        "X attacked Y and Z. He said ...": he is X, the subject, not Z.
        """
        p, _ = self._mentions[j]
        if self._is_subject(p) and not self._subordinate_subject(p):
            return None
        # (the main clause's subject, too, over that of a clause it subordinates: "Doe said
        # he ran only because Roe asked. He said": Doe)
        return next((other for q, other in self._subjects_before(j, self.W.index_at(p))
                     if self._compatible(other, gender) and not self._subordinate_subject(q)),
                    None)

    def _subordinate_subject(self, pos: int) -> bool:
        """Whether the named mention at ``pos`` is the subject of an adverbial clause that
        follows its sentence's main verb ("Doe said he ran only because [Roe] agreed",
        "X hired Y, just as [President Jo Lee] did"): right after a subordinator and the
        title words before the name, with a verb before the subordinator."""
        words = self.W.words
        i = self.W.index_at(pos)
        sent = words[i].sent
        k = i - 1
        while k >= 0 and words[k].sent == sent and words[k].is_capitalised and \
                words[k].lower.rstrip(".") in _TITLE_WORDS_BEFORE_NAMES:
            k -= 1
        if k < 1 or words[k].sent != sent or words[k].lower not in _ADVERBIAL_SUBORDINATORS:
            return False
        return any(words[x].upos in ("VERB", "AUX") and not self._in_quote(words[x].start)
                   for x in range(self.W.sentences[sent][0], k)) and self._is_subject(pos)

    def _org_subject_before(self, pos: int) -> _Cluster | None:
        """The organisation named outside quotes as a subject before ``pos`` in its
        sentence ("Corvex Inc. unveiled its phone, which it calls ..."), not one of a list
        ("the bosses at The Times, The Post")."""
        k = bisect.bisect_left(self._mention_pos, pos)
        return next((cl for q, cl in self._subjects_before(k, self.W.index_at(pos))
                     if cl.type == "ORG" and not self._in_name_list(q)), None)

    def _in_name_list(self, pos: int) -> bool:
        """Whether the name at ``pos`` follows another in a list ("the bosses at The Times,
        The Post")."""
        words = self.W.words
        i = self.W.index_at(pos)
        return i > 1 and words[i - 1].text in (",", "and", "or") and \
            (i - 2 in self._by_word or words[i - 2].lower == "the" and i - 3 in self._by_word)

    def _sentences_back(self, i: int) -> Iterator[tuple[int, int]]:
        """The word spans of the sentence of word ``i`` up to ``i`` and of the few sentences
        before it, nearest first, within a couple of paragraphs, where a speaking "it" or
        "they" looks for its subject; sentences with no words before ``i`` are skipped."""
        words = self.W.words
        sent, par = words[i].sent, self.W.paragraph_of(words[i].start)
        for s in range(sent, max(-1, sent - 1 - _IT_SENTENCES), -1):
            a, b = self.W.sentences[s]
            if par - self.W.paragraph_of(words[a].start) > _SUBJECT_LINES:
                return
            if a < min(b, i):
                yield a, min(b, i)  # (not "It said ...": nothing before it)

    def _thing_subject_before(self, i: int) -> _Cluster | None:
        """What a speaking "it" at word ``i`` stands for when no organisation spoke or is
        its sentence's subject: the nearest subject before it, in its sentence or the few
        before, that is an organisation, a name no tagger marked ("Corvex unveiled ...")
        or a text, record or body no one named ("The memo warned of cuts. ... “A,” it
        said": the memo; "The union opposed the plan, which it called unfair"); None when
        the nearest subject is none of these."""
        words = self.W.words
        for a, b in self._sentences_back(i):
            k = bisect.bisect_left(self._mention_pos, words[b - 1].end)
            named = next(((q, cl) for q, cl in self._subjects_before(k, a)
                          if not self._in_name_list(q)), None)
            np = self._opening_subject(a, b)
            if named is not None and (np is None or named[0] > words[np[0]].start):
                return named[1] if named[1].type == "ORG" else None
            if np is None:
                continue
            head = words[np[1] - 1]
            if head.lower in THING_SOURCE_NOUNS:
                g0, g1 = words[np[0]].start, head.end
                return self.group_cluster(self.W.text[g0:g1], g0)
            if head.upos == "PRON" or _people_noun(head.lower):
                return None  # "A spokesman said A. It also said B": no thing the spokesman
            if all(w.upos == "PROPN" or self._unknown_capital(w) for w in words[np[0]:np[1]]):
                # "Corvex unveiled its phone, which it calls ...": a name no tagger marked,
                # and one an "it" stands for is no person's
                g0 = words[np[0]].start
                return self.group_cluster(self.W.text[g0:head.end], g0, "ORG")
        return None

    def _unknown_capital(self, w: Word) -> bool:
        """Whether ``w`` is a capitalised noun that opens its sentence, has no ending of a
        common noun, and the article never writes in lower case ("Corvex unveiled ...", not
        "Funding dried up"): a name."""
        return w.upos == "NOUN" and w.is_capitalised and \
            w.i == self.W.sentences[w.sent][0] and \
            not w.lower.endswith(("ing", "ed", "ly", "s", "ion", "ment")) and \
            re.search(rf"\b{re.escape(w.lower)}\b", self.W.text) is None

    def plural_subject_before(self, i: int) -> tuple[_Cluster, ...]:
        """Whom a speaking "they" at word ``i`` stands for when no group spoke before it: the
        nearest subject before it, in its sentence or the few before, that is a plural of
        people ("Democratic leaders met on Monday. They said ...") or two people named
        together ("Mr. Roe and Mr. Reed, who have feuded for months, agreed. They said
        ..."); empty when the nearest is one person ("A spokesman said A. They ...")."""
        words = self.W.words
        sent = words[i].sent
        for a, b in self._sentences_back(i):
            while a < b and (words[a].is_punct or self._in_quote(words[a].start)):
                a += 1
            pair = self._named_pair(a, b)
            if pair:
                return pair
            np = self._opening_subject(a, b)
            if np is None:
                k = bisect.bisect_left(self._mention_pos, words[b - 1].end)
                named = next((cl for _, cl in self._subjects_before(k, a)), None)
                if named is not None:
                    # "Senate Democrats blocked it because they said"; "Mr. Doe spoke.
                    # They said": not Doe
                    return (named,) if named.type in ("NORP", "GROUP") and \
                        _group_agrees(named, True) else ()
                if words[a].upos == "PRON" and words[a].lower not in PLURAL_PRONOUNS:
                    return ()  # "It contradicted them. They said": not the ones before
                continue
            head = words[np[1] - 1]
            if head.upos == "PRON":
                if head.lower in PLURAL_PRONOUNS:
                    continue  # "They met. They said": further back
                return ()  # "It contradicted them. They said": not the ones before
            g0 = words[np[0]].start
            if _people_noun(head.lower) and _plural_noun(head.lower) or \
                    head.lower in INSTITUTION_NOUNS and head.lower not in TEXT_SOURCE_NOUNS:
                # "Democratic leaders", "Doe's campaign": an organisation in plural use
                return (self.group_cluster(self.W.text[g0:head.end], g0),)
            if words[a].sent == sent and not _people_noun(head.lower):
                continue  # "The outreach, they said, raised worries": the content's subject
            return ()  # "a spokesman", "the memo": the nearest subject is no group
        return ()

    def _named_pair(self, a: int, b: int) -> tuple[_Cluster, ...]:
        """The people named together as the subject that opens words [a, b), its own or
        that of a clause opening it ("Mr. Roe and Mr. Reed, who ..., agreed"; "As Roe, Reed
        and Vale stumped, ..."); empty otherwise."""
        words = self.W.words
        k = a + 1 if a < b and words[a].upos == "SCONJ" else a
        people: list[_Cluster] = []
        last = False
        while k < b:
            while k < b and (words[k].lower in HONORIFICS or words[k].lower in TITLES):
                k += 1
            cl = self._by_word.get(k) if k < b else None
            if cl is None or cl.type != "PERSON" or cl in people:
                return ()
            while k < b and self._by_word.get(k) is cl:
                k += 1
            people.append(cl)
            if last or k >= b:
                break
            if words[k].lower == "and":
                last = True
            elif words[k].text != "," or len(people) > 4:
                return ()
            k += 1
        if not last or k >= b or words[k].text != "," and words[k].upos not in ("VERB", "AUX"):
            return ()
        return tuple(people)

    def _opening_subject(self, a: int, b: int) -> tuple[int, int] | None:
        """The noun phrase or personal pronoun that opens the clause at words [a, b) as its
        subject, past an opening phrase set off by a comma ("Still, the memo ..."), its
        head last ("The email includes", "Thursday's memo from the panel seemed", "A
        spokesman said", "He said"); None when no such phrase opens it."""
        words = self.W.words
        while a < b and (words[a].is_punct or self._in_quote(words[a].start)):
            a += 1
        if a < b and words[a].upos in ("ADP", "ADV", "SCONJ", "CCONJ"):
            # "In a blog post on Friday, the firm ...", "But the memo ..."
            comma = next((k for k in range(a, min(b, a + 12)) if words[k].text == ","), None)
            a = comma + 1 if comma is not None else a + 1
        if a < b and SUBJECT_PRONOUNS.get(words[a].lower, "neuter") != "neuter":
            return a, a + 1
        head = None
        for k in range(a, min(b, a + _THING_WORDS)):
            w = words[k]
            if w.upos in ("NOUN", "PROPN", "ADJ", "NUM", "DET") or w.text in _POSSESSIVE:
                if w.upos in ("NOUN", "PROPN"):
                    head = k
                continue
            break
        if head is None or head + 1 >= b or self._by_word.get(head) is not None:
            return None
        nxt = words[head + 1]
        if nxt.upos not in ("VERB", "AUX", "ADV", "ADP") and nxt.text != ",":
            return None
        return a, head + 1

    def _subjects_before(self, j: int, i: int) -> Iterator[tuple[int, _Cluster]]:
        """The named mentions before mention ``j`` (of the latest few) in the sentence of
        word ``i``, last first, that stand outside quotes as a subject; not the label that
        opens a transcript's line or a headline ("DANE: Do you think Osk can win?")."""
        words = self.W.words
        sent = words[i].sent
        label = self.W.line_label(words[i].start, _MAX_LABEL_WORDS)
        for q, cl in reversed(self._mentions[max(0, j - _SENTENCE_MENTIONS):j]):
            k = self.W.index_at(q)
            if words[k].sent != sent:
                break
            if not self._in_quote(q) and self._is_subject(q) and \
                    (label is None or not label[0] <= k < label[1]):
                yield q, cl

    def _is_subject(self, pos: int) -> bool:
        """Whether the named mention at ``pos`` can be its clause's subject.

        Reading back through its clause: a verb of the narration (an object,
        "... praised Obama") or a preposition ("an interview with Smith") says
        no, unless it is a saying verb put before its subject ("..., said
        Smith"); a comma after a phrase that names no person ends the clause.
        """
        words = self.W.words
        i = self.W.index_at(pos)
        if self._modifies_people_noun(i):
            return False
        for k in range(i - 1, -1, -1):
            w = words[k]
            if w.sent != words[i].sent or self._in_quote(w.start):
                return True
            if w.lower == "whose":
                return False  # "Ann Roe, whose son Tim Roe died, said": her aside
            if w.text == ",":
                before = self._by_word.get(k - 1)
                if before is None or before.type != "PERSON":
                    # "In 2010, he ..."; not a list of names; but "Ann Roe, whose son, Tim
                    # Roe, died": a name set off after a "whose" noun is her aside too
                    return not self._whose_noun_before(k)
                if all(x.lower in TITLES or x.lower in HONORIFICS for x in words[k + 1:i]) \
                        and self._verb_follows(i):
                    return True  # "With Jim Cole, Mayor Tom Baker made ...": no list either
            elif w.lower in ("and", "but") and k == i - 1 and self._verb_follows(i):
                # "As the debate went on and Doe stood by his remark": the subject of a
                # clause the coordinator opens, not an object of the verb before it
                return True
            elif w.upos in ("VERB", "AUX"):
                return self._inverted_cue(k, i) or self._question_inversion(k)
            elif w.upos == "ADP":
                return self._topic_opener(k)
        return True

    def _whose_noun_before(self, k: int) -> bool:
        """Whether a noun opened by "whose" ends just before word ``k`` ("whose late son")."""
        words = self.W.words
        if k < 2 or words[k - 1].upos != "NOUN":
            return False
        return any(words[j].lower == "whose" and words[j].sent == words[k].sent
                   for j in range(max(0, k - 4), k - 1))

    def _after_name(self, i: int) -> int:
        """The word after the name that word ``i`` opens."""
        cl = self._by_word.get(i)
        j = i + 1
        while cl is not None and self._by_word.get(j) is cl:
            j += 1
        return j

    def _possessor(self, i: int) -> bool:
        """Whether the name that word ``i`` opens ends in a possessive mark ("Roe's")."""
        words = self.W.words
        k = self._after_name(i)
        return words[i].text.endswith(_POSSESSIVE) or \
            k < len(words) and words[k].text in _POSSESSIVE

    def _verb_follows(self, i: int) -> bool:
        """Whether a verb comes right after the name that word ``i`` opens."""
        words = self.W.words
        k = self._after_name(i)
        return k < len(words) and words[k].upos in ("VERB", "AUX") and \
            words[k].sent == words[i].sent

    def _modifies_people_noun(self, i: int) -> bool:
        """True when the name that opens at word ``i``, or its possessive, modifies a noun of
        people after it ("Michael Briggs, [Sanders]'s spokesman,", "a staunch [Trump] ally"):
        the noun is the head of the subject, never the person named in it (but "[Doe]'s fate
        is unclear, but she said": Doe)."""
        words = self.W.words
        j = self._after_name(i)
        if j >= len(words) or words[j].sent != words[i].sent:
            return False
        nxt = words[j]
        if nxt.lower in ("'s", "’s") and j + 1 < len(words):
            nxt = words[j + 1]
        return not nxt.is_capitalised and _people_noun(nxt.lower)

    def _modifies_noun_after_article(self, i: int) -> bool:
        """True when the name that opens at word ``i`` stands between an article and a
        common noun it modifies ("said [the Doe campaign] has yet to reply", "[a Doe
        rally] drew"): the noun heads the subject, not the person named."""
        words = self.W.words
        j = self._after_name(i)
        if i == 0 or j >= len(words) or words[j].sent != words[i].sent or \
                words[i - 1].lower not in _ARTICLES or words[i - 1].sent != words[i].sent:
            return False
        nxt = words[j]
        return nxt.upos == "NOUN" and not nxt.is_capitalised and nxt.text.isalpha()

    def _question_inversion(self, k: int) -> bool:
        """An auxiliary at word ``k`` that opens its sentence, a question that puts it before
        its subject ("Was Doe satisfied?", "Did Doe vote for it?")."""
        words = self.W.words
        return words[k].upos == "AUX" and (k == 0 or words[k - 1].sent != words[k].sent)

    def _topic_opener(self, k: int) -> bool:
        """"As for" at word ``k``: it puts the clause's subject first ("As for Smith, he ...")."""
        words = self.W.words
        return words[k].lower == "for" and k > 0 and words[k - 1].lower == "as"

    def _inverted_cue(self, k: int, i: int) -> bool:
        """A saying verb at word ``k`` put right before the name at ``i``, after a
        quote or a comma ('...," said Smith'); not "said the Smiths were ..."."""
        words = self.W.words
        if k == 0 or not (words[k - 1].is_punct or self._in_quote(words[k - 1].start)):
            return False
        between = words[k + 1:i]
        lemma = REPORTING_VERB_FORMS.get(words[k].lower, words[k].lemma)
        return lemma in INVERTING_VERBS and all(
            w.lower in TITLES or w.lower in HONORIFICS or w.upos in ("PROPN", "DET")
            for w in between)

    def _add_mention(self, pos: int, cl: _Cluster) -> None:
        k = bisect.bisect_right(self._mention_pos, pos)
        self._mention_pos.insert(k, pos)
        self._mentions.insert(k, (pos, cl))

    def _in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and self._quotes[k][0] <= pos < self._quotes[k][1]

    def _named_between(self, a: int, b: int, gender: str | None, speaker: _Cluster) -> bool:
        """True when another compatible person was named between a and b as a subject."""
        lo = bisect.bisect_right(self._mention_pos, a)
        hi = bisect.bisect_left(self._mention_pos, b)
        for p, cl in self._mentions[lo:min(hi, lo + _LOOKBACK)]:
            if cl is not speaker and self._compatible(cl, gender) and not self._in_quote(p) \
                    and self._is_subject(p) and not self._subordinate_subject(p) \
                    and not self._modifies_noun_after_article(self.W.index_at(p)):
                # (not one that only modifies a noun: "said the Doe campaign has yet to")
                return True
        return False

    def _recent_group(self, pos: int, plural: bool) -> _Cluster | None:
        """The latest speaker when it is a group or an organisation a plural ("they") or
        singular ("it") pronoun can stand for, and recent."""
        par = self.W.paragraph_of(pos)
        for p, cl in reversed(self._speakers):
            if p < pos:
                recent = par - self.W.paragraph_of(p) <= _PRONOUN_PARAGRAPHS
                return cl if recent and _group_agrees(cl, plural) else None
        return None

    def _org_named_by_head(self, a: int, b: int) -> _Cluster | None:
        """The organisation last named before word ``a`` outside quotes whose name ends in
        the lower-case words [a, b) ("the foundation" after "the Clinton Foundation", "the
        budget office" after "the Congressional Budget Office"); None when none is."""
        words = self.W.words
        if not all(w.upos == "NOUN" and not w.is_capitalised for w in words[a:b]) or \
                words[b - 1].lower in TEXT_SOURCE_NOUNS:
            return None  # "the survey", "the post": a text, not the body that put it out
        tail = tuple(w.lower for w in words[a:b])
        k = bisect.bisect_left(self._mention_pos, words[a].start)
        p, cl = next(((p, cl) for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k])
                      if cl.type == "ORG" and not self._in_quote(p) and
                      any(t[-len(tail):] == tail and len(t) > len(tail) for t in cl.tokens)),
                     (-1, None))
        if cl is None:
            return None
        # "UnitedHealth Group ... the trade group for X ... the group": the nearer group
        end = words[self._after_name(self.W.index_at(p)) - 1].end
        between = self.W.text[end:words[a].start].lower().replace("the " + " ".join(tail), "")
        return None if f" {tail[-1]}" in between else cl

    def _org_description(self, a: int, b: int) -> str | None:
        """"agency", "body" or "firm" for a definite description of an organisation at [a, b)
        that only describes the one the story named: "the" and one to three describing words
        before "agency", "group" or "organization", or a business's noun ("the space agency",
        "the law enforcement agency", "the advocacy group", "the Swiss bank", "the
        ride-hailing company", "the Cupertino-based company"); None for a bare noun (read
        as before), a word that sets another body apart ("the rival company", "the parent
        company", "the combined company"), a superlative ("the largest bank"), a name of a
        person or an organisation ("the Trump campaign", "the Future45 group"), or a phrase
        that goes on to say which one ("the bank that lent")."""
        words = self.W.words
        if not 3 <= b - a <= 5 or words[a].lower != "the":
            return None
        head = words[b - 1]
        if head.is_capitalised or head.lower != "agency" and head.lower not in FIRM_NOUNS and \
                head.lower not in BODY_NOUNS or \
                b < len(words) and words[b].lower in WHICH_ONE_AFTER:
            return None
        for w in words[a + 1:b - 1]:
            cl = self._by_word.get(w.i)
            if w.is_punct or w.lower in OTHER_BODY_WORDS or w.lower in _DETERMINERS or \
                    cl is not None and cl.type in ("PERSON", "ORG") or \
                    w.upos == "ADJ" and len(w.lower) > 4 and w.lower.endswith("est") or \
                    w.upos not in ("ADJ", "NOUN", "PROPN", "VERB") or \
                    head.lower in BODY_NOUNS and w.is_capitalised and \
                    (w.ner or "O")[2:] != "NORP":
                # (nor "the Future45 group", a group's own name; but "the Kurdish group")
                return None
        return "agency" if head.lower == "agency" else "body" if head.lower in BODY_NOUNS \
            else "firm"

    def _recent_agency(self, pos: int) -> _Cluster | None:
        """The organisation last named before ``pos`` outside quotes when its name is a
        public body's ("... Service", "... Administration", "... Bureau", "... Commission",
        "Centers for ... Prevention") or an acronym ("NASA"): what "the agency" stands
        for in science, health and weather news; None otherwise."""
        k = bisect.bisect_left(self._mention_pos, pos)
        p, cl = next(((p, cl) for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k])
                      if cl.type == "ORG" and not self._in_quote(p)), (-1, None))
        if cl is None:
            return None
        parts = cl.name.split()
        last = parts[-1].lower()
        acronym = len(parts) == 1 and 3 <= len(parts[0]) <= 5 and parts[0].isupper()
        return cl if acronym or last in AGENCY_NAME_ENDS else None

    def _recent_body(self, pos: int) -> _Cluster | None:
        """The organisation last named before ``pos`` outside quotes, in the last few
        paragraphs, that "the group" or "the organization" stands for: one that does or
        says something (no outlet that was told, no body named only after a preposition,
        "ads about Harrow University"), and not a government's body or an outlet; None when
        words between name some other group ("a group of protesters", "the crowd")."""
        words = self.W.words
        par = self.W.paragraph_of(pos)
        k = bisect.bisect_left(self._mention_pos, pos)
        end = pos
        for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k]):
            if par - self.W.paragraph_of(p) > _PRONOUN_PARAGRAPHS:
                return None
            i = self.W.index_at(p)
            if any(w.lower in OTHER_GROUP_WORDS and not self._in_quote(w.start) and
                   self._names_other_group(w.i)
                   for w in words[self._after_name(i):self.W.index_at(end)]):
                return None
            end = p
            if cl.type != "ORG" or self._in_quote(p) or self._told_outlet(p) or \
                    self._works_at(p) or self._after_preposition(i):
                continue
            last = cl.name.lower().split()[-1]
            opening = next(w.i for w in words[i::-1] if w.i == 0 or words[w.i - 1].sent != w.sent)
            if last in NOT_GROUP_NAME_ENDS or any(
                    w.lower in OTHER_GROUP_WORDS and self._names_other_group(w.i)
                    for w in words[opening:i]):
                return None  # (nor "A group of protesters gathered outside Harrow Energy")
            return cl
        return None

    def _names_other_group(self, k: int) -> bool:
        """Whether the group noun at word ``k`` names a group other than the body named
        before it: a plural or a crowd ("other groups", "the crowd"), one new ("a group of
        protesters") or one said which ("the trade group for the insurers"); not "the
        group" or "the advocacy group" for the body named, nor "Harrow, an advocacy group"
        in apposition to its name."""
        words = self.W.words
        if words[k].lower != "group":
            return True
        if k + 1 < len(words) and words[k + 1].lower in WHICH_ONE_AFTER:
            return True
        j = k - 1
        while j > 0 and k - j <= 4 and words[j].upos in ("ADJ", "NOUN", "PROPN", "VERB") and \
                not words[j].is_punct:
            j -= 1
        if words[j].lower == "the":
            return False
        before = self._by_word.get(j - 2)
        return not (words[j].lower in _INDEFINITES and words[j - 1].text == "," and
                    before is not None and before.type == "ORG")

    def _after_preposition(self, i: int) -> bool:
        """Whether the name at word ``i`` follows a preposition, past "the" ("ads about
        [Harrow University]", "a member of [the Guild]"), but not "according to" nor "by"."""
        words = self.W.words
        j = i - 1
        if j > 0 and words[j].lower == "the":
            j -= 1
        return j > 0 and words[j].upos == "ADP" and words[j].lower != "by" and \
            not (words[j].lower == "to" and words[j - 1].lower == "according")

    def _campaign_owner(self, a: int) -> _Cluster | None:
        """The person whose campaign "the campaign" at word ``a`` is: the one the nearest
        campaign named before it belongs to ("the Hale campaign", "Tom Hale's campaign", "a
        Hale campaign aide"), in the last few paragraphs and outside quotes, past other
        "the campaign"s and "campaign" as a modifier ("campaign finance"); None when that
        campaign is no named person's ("his campaign", "a long campaign", "the Save Our
        Parks campaign")."""
        words = self.W.words
        par = self.W.paragraph_of(words[a].start)
        for k in range(a - 1, 0, -1):
            w = words[k]
            if par - self.W.paragraph_of(w.start) > _PRONOUN_PARAGRAPHS:
                return None
            if w.lower != "campaign" or self._in_quote(w.start):
                continue
            j = k - 1
            while j > 0 and (words[j].upos in ("ADJ", "NUM") and not words[j].is_capitalised
                             or words[j].text in _POSSESSIVE):
                j -= 1  # "Hale's presidential campaign", "the Hale 2016 campaign"
            owner = self._by_word.get(j)
            if owner is not None and owner.type == "PERSON":
                return owner
            after = words[k + 1] if k + 1 < len(words) else None
            if j == k - 1 and words[j].lower == "the" or \
                    after is not None and after.upos == "NOUN" and not after.is_capitalised:
                continue  # another "the campaign", or "campaign finance"
            return None
        return None

    def _recent_org(self, pos: int) -> _Cluster | None:
        """The organisation last named before ``pos`` outside quotes (a story names the
        company once, in its lead, and then calls it "the company")."""
        k = bisect.bisect_left(self._mention_pos, pos)
        # not one whose people speak on it ("analysts at Brightwater Capital")
        found = [(p, cl) for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k])
                 if cl.type == "ORG" and not self._in_quote(p) and not self._works_at(p)]
        untagged = self._untagged_org_before(pos, found[0][0] if found else -1)
        if untagged is not None:
            # "Twitter Takes Steps" (a headline no tagger tagged), "Twitter acknowledged A":
            # the organisation the story names so elsewhere
            found = [(pos, untagged)]
        if not found:
            return None
        p, cl = found[0]
        if len(found) > 1 and self._told_outlet(p):
            # "a Google spokesperson told The Verge. The company ...": the company that
            # told it, in the same sentence (not the outlet; not one named sentences before)
            sent = self.W.words[self.W.index_at(p)].sent
            p2, cl2 = found[1]
            if self.W.words[self.W.index_at(p2)].sent == sent:
                cl = cl2
        # not an institute, a party, a newspaper: no company
        parts = cl.name.lower().split()
        return cl if all(w not in ORG_SUFFIXES or w in BUSINESS_SUFFIXES for w in parts) \
            else None

    def _untagged_org_before(self, pos: int, after: int) -> _Cluster | None:
        """The organisation whose whole name the nearest run of untagged capitalised proper
        nouns between ``after`` and ``pos`` spells, outside quotes, in the last few
        paragraphs or the headline ("Twitter acknowledged A", "Twitter Takes Steps" with
        "Twitter" tagged nowhere there, but an organisation elsewhere); None when no run
        does."""
        words = self.W.words
        k = self.W.index_at(pos) - 1
        first = self.W.paragraph_of(pos) - _PRONOUN_PARAGRAPHS
        while k >= 0 and words[k].end > after and (
                words[k].sent == 0 or self.W.paragraph_of(words[k].start) >= first):
            w = words[k]
            if w.is_capitalised and w.upos == "PROPN" and k not in self._by_word and \
                    not self._in_quote(w.start):
                j = k
                while j > 0 and k - j < 3 and words[j - 1].is_capitalised and \
                        words[j - 1].upos == "PROPN" and j - 1 not in self._by_word and \
                        words[j - 1].sent == w.sent:
                    j -= 1
                for start in range(j, k + 1):
                    cl = self._exact.get(("ORG", tuple(x.lower for x in words[start:k + 1])))
                    if cl is not None:
                        return cl
            k -= 1
        return None

    def _told_outlet(self, pos: int) -> bool:
        """True for a name at ``pos`` told something or spoken to ("told [The Verge]", "said
        in an interview with [WXYZ]"): the outlet that reports, not the story's company."""
        words = self.W.words
        j = self.W.index_at(pos) - 1
        if j > 0 and words[j].lower == "the":
            j -= 1
        return j > 0 and (words[j].lemma == "tell" and words[j].upos == "VERB" or
                          words[j].lower == "with" and words[j - 1].lower == "interview")

    def _works_at(self, pos: int) -> bool:
        """True for a name at ``pos`` where outside experts work ("analysts at [X]"), not
        the story's company ("a director at [X]")."""
        words = self.W.words
        j = self.W.index_at(pos) - 1
        if j > 0 and words[j].lower == "the":
            j -= 1
        return j > 0 and words[j].lower == "at" and words[j - 1].lower in _OUTSIDE_EXPERTS

    def _titled(self, role: str, pos: int,
                owners: frozenset[str] = frozenset()) -> _Cluster | None:
        """The entity most recently mentioned before ``pos`` that bore this title or role
        (before its name, abbreviated or not: "Sen. Tom Roe" is "the senator"; or set off
        after it: "Eoin Walsh, a defender,"); with ``owners`` (lower-case words) only one
        named right after one of them ("Kelworth Town manager Sam Pike" for "the Kelworth
        boss").

        An exact title ("secretary of state") beats a longer one that ends with
        it ("deputy secretary of state"); a former one is only "the former ...".
        """
        last_before: dict[str, int] = {}
        k = bisect.bisect_left(self._mention_pos, pos)
        for p, cl in reversed(self._mentions[max(0, k - 10 * _LOOKBACK):k]):
            if not owners or self._named_after(p, owners):
                last_before.setdefault(cl.id, p)
        best: tuple[int, int, _Cluster] | None = None
        jobs = SAME_ROLES.get(role, _NO_JOBS)
        for cl, titles in self._titled_list():
            if cl.id not in last_before:
                continue
            for t in titles:
                if t == role:
                    rank = 2
                elif t.startswith("former ") and not role.startswith("former "):
                    continue  # "the president" is not "former President Doe"
                elif t.endswith(" " + role) or t.startswith((role + " of ", role + " for ")) or \
                        SAME_ROLES.get(t, _NO_JOBS) & jobs:
                    # "deputy secretary of state"; "secretary of state" for "the secretary";
                    # "lawyer" for "the attorney", "manager" for "the boss"
                    rank = 1
                else:
                    continue
                key = (rank, last_before[cl.id], cl)
                if best is None or key[:2] > best[:2]:
                    best = key
        return best[2] if best else None

    def _styled(self, style: str, pos: int) -> _Cluster | None:
        """The person most recently mentioned before ``pos`` whose name follows this style
        of address within three words ("His Highness Sheikh Khalid" for "Highness")."""
        words = self.W.words
        k = bisect.bisect_left(self._mention_pos, pos)
        for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k]):
            i = self.W.index_at(p)
            if cl.type == "PERSON" and any(w.lower == style and w.sent == words[i].sent
                        for w in words[max(0, i - 3):i]):
                return cl
        return None

    def _acronym_titled(self, acronym: str, pos: int) -> _Cluster | None:
        """The person most recently mentioned before ``pos`` whose title phrase right before
        the name has capitals ending in ``acronym`` ("Deputy Commissioner of Police K.
        Srinivas Reddy" for "DCP": an initial of the name is no part of the title)."""
        words = self.W.words
        k = bisect.bisect_left(self._mention_pos, pos)
        for p, cl in reversed(self._mentions[max(0, k - _LOOKBACK):k]):
            if cl.type != "PERSON":
                continue
            i = self.W.index_at(p)
            initials: list[str] = []
            j = i
            while j > max(0, i - _TITLE_PHRASE_WORDS - 6):
                j -= 1
                w = words[j]
                if w.sent != words[i].sent:
                    break
                if w.text == ")" and j > 2 and words[j - 2].text == "(":
                    j -= 2  # a district in brackets ("Commissioner of Police (South)")
                    continue
                if w.lower in _ACRONYM_LINKS:
                    continue
                if not w.is_capitalised or w.text.isupper() and len(w.text) > 1 and \
                        not w.text.endswith("."):
                    break
                if not (len(w.text) == 2 and w.text.endswith(".")):
                    # not "K." of the name; both halves of "Inspector-General" ("IGP")
                    initials.extend(part[0] for part in reversed(w.text.split("-")) if part)
            if initials and "".join(reversed(initials)).endswith(acronym):
                return cl
        return None

    def _owned_by_another(self, cl: _Cluster, pos: int, owners: frozenset[str]) -> bool:
        """Whether the title phrase of the last mention of ``cl`` before ``pos`` names an
        owner, with a possessive or as a place or organisation, that is none of ``owners``
        ("the UN's special envoy, Mariam Toure," or "UN envoy Mariam Toure" for "Kastoria's
        envoy")."""
        words = self.W.words
        last = next((p for p, c in reversed(self._mentions) if c is cl and p < pos), None)
        if last is None:
            return False
        i = self.W.index_at(last)
        before = [w for w in words[max(0, i - _TITLE_PHRASE_WORDS):i] if w.sent == words[i].sent]
        if any(w.lower in owners for w in before):
            return False  # "Kelworth Town manager Sam Pike" for "the Kelworth boss"
        return any(w.is_capitalised and (nxt.text in _POSSESSIVE or w.ner[2:] in _OWNER_TYPES)
                   for w, nxt in zip(before, before[1:], strict=False))

    def _titled_list(self) -> list[tuple[_Cluster, list[str]]]:
        """The entities given a title, each with its titles as roles (made once)."""
        if self._titled_clusters is None:
            self._titled_clusters = [(cl, [_role_of_title(t) for t in cl.titles])
                                     for cl in self.clusters if cl.titles]
        return self._titled_clusters

    def _titled_later(self, role: str, pos: int) -> _Cluster | None:
        """The one entity mentioned after ``pos`` with exactly this title or role (a
        lede's "its director said" named in the next paragraph as "Director Paula Grant");
        None when no one or more than one bears it, or a sentence before names a person."""
        sent = self.W.words[self.W.index_at(pos)].sent
        first = self.W.sentence_words(sent)[0].start
        k = bisect.bisect_left(self._mention_pos, pos)
        if any(cl.type == "PERSON" for p, cl in self._mentions[:k] if p < first):
            return None  # someone named before may bear it untitled ("Christie ... The governor")
        later = {cl.id for _, cl in self._mentions[k:k + _LOOKBACK]}
        bearers = [cl for cl, titles in self._titled_list() if role in titles]
        return bearers[0] if len(bearers) == 1 and bearers[0].id in later else None

    def _named_after(self, pos: int, owners: frozenset[str]) -> bool:
        """Whether the name at ``pos`` follows one of ``owners`` within its title phrase
        ("Kelworth Town manager Sam Pike", "Kelworth's manager, Sam Pike")."""
        words = self.W.words
        i = self.W.index_at(pos)
        return any(w.lower in owners and w.sent == words[i].sent
                   for w in words[max(0, i - _TITLE_PHRASE_WORDS):i])

    def note_speaker(self, pos: int, cl: _Cluster) -> None:
        """Record that ``cl`` spoke at ``pos`` (for later pronouns)."""
        self._speakers.append((pos, cl))

    def note_speakers(self, pos: int, clusters: Sequence[_Cluster]) -> None:
        """Record that ``clusters`` spoke together at ``pos`` ("Doe and Roe said"), first to
        last: a later "he" or "she" looks back from the last, a "they" may stand for all."""
        for cl in clusters:
            self.note_speaker(pos, cl)
        if len(clusters) > 1:
            self._together[pos] = tuple(clusters)

    def speakers_together(self, pos: int) -> tuple[_Cluster, ...]:
        """The people a "they" at ``pos`` stands for when the latest speaker before it, in
        this paragraph or the ones just before, was several people speaking together ("Doe
        and Roe said A. They added B"); empty otherwise."""
        par = self.W.paragraph_of(pos)
        for p, _ in reversed(self._speakers):
            if p < pos:
                recent = par - self.W.paragraph_of(p) <= _PRONOUN_PARAGRAPHS
                return self._together.get(p, ()) if recent else ()
        return ()

    def speaker_between(self, start: int, end: int, other_than: _Cluster) -> _Cluster | None:
        """The latest speaker noted in characters [start, end) but ``other_than`` (the one
        who "said in a statement" in that sentence), or None."""
        return next((cl for p, cl in reversed(self._speakers)
                     if start <= p < end and cl is not other_than), None)

    def latest_speaker_relative(self, pos: int) -> bool:
        """Whether the latest speaker before ``pos`` spoke through a relative "who" ("those
        who say A", "23 percent who said A"): a group a later "they" stands for only when
        no plural subject comes nearer ("Democratic senators met. They said")."""
        for p, _ in reversed(self._speakers):
            if p < pos:
                return self.W.words[self.W.index_at(p)].lower == "who"
        return False

    def group_cluster(self, text: str, pos: int, type: str = "GROUP") -> _Cluster:
        """A cluster for a speaker no tagger named ("officials", "Vasquez")."""
        key = tuple(text.lower().split())
        known = self._exact.get((type, key))
        if known is not None:
            return known
        person = self._person_by_surname(key) if type == "PERSON" else None
        if person is None and type == "PERSON" and len(key) == 2:
            # "Bay Redfield" (a given name no list knows), whose surname the tagger found
            # alone ("Redfield said"): that person's full name
            person = self._exact.get(("PERSON", key[1:]))
        if person is None and type == "PERSON" and len(key) == 1 and \
                (firm := self._firm_short_name(key[0], pos)) is not None:
            # "Harrow Energy ... Harrow said" with "Harrow" untagged: the body
            self._add_name(firm, text, key)
            firm.mentions.append((pos, pos + len(text), text, "name"))
            self._add_mention(pos, firm)
            return firm
        if person is not None:  # "Mr. Hedge" no tagger marked, after "Oliver K. Hedge"
            self._add_name(person, text, key)
            person.mentions.append((pos, pos + len(text), text, "name"))
            self._add_mention(pos, person)
            return person
        cl = _Cluster(id=self._next_id(), type=type)
        self._add_name(cl, text, key)
        cl.last_seen = pos
        if type == "GROUP":
            # "a spokeswoman for the forum": a "she" can stand for her
            head = next((key[k - 1] for k in range(1, len(key)) if key[k] in NOUN_POSTMODIFIERS),
                        key[-1])
            cl.gender = GENDERED_NOUNS.get(head)
        cl.mentions.append((pos, pos + len(text), text, "name" if type != "GROUP" else "noun"))
        self.clusters.append(cl)
        self._add_mention(pos, cl)
        return cl

    def names_person_called(self, surname: str) -> bool:
        """Whether a person of the article goes by ``surname`` (in any case) as the last word
        of a name written in other than capitals ("Dana Whitcombe" for "WHITCOMBE")."""
        return any(cl.type == "PERSON" and any(not n.isupper() for n in cl.names)
                   for cl in self._index.get(("last", surname.lower()), ()))

    def _person_by_surname(self, toks: tuple[str, ...]) -> _Cluster | None:
        """The one known person this name (a surname alone, or a full name) belongs to."""
        people = self._index.get(("last", toks[-1]), [])
        if len(people) != 1:
            return None
        if len(toks) > 1 and not any(self._same_person(toks, t) for t in people[0].tokens):
            return None
        return people[0]

    def untagged_name(self, a: int, b: int) -> tuple[str, str, int] | None:
        """(name, type, start) for a capitalised speaker phrase no tagger marked as a name.

        "Vasquez said" with Vasquez never given in full, "The Harbor Authority
        said": a person for a single word, an organisation when its last word
        says so.
        """
        ws = [w for w in self.W.words[a:b] if w.lower not in _DETERMINERS]
        ws = _strip_possessive(ws)
        if not ws or not all(w.is_capitalised or w.lower in ("of", "for", "and", "&")
                             for w in ws) or not any(w.is_capitalised for w in ws):
            return None  # (nor "one of" cut from "one of his aides": no capital at all)
        if len(ws) > 1 and ws[0].lower in _TITLE_ONLY_WORDS and \
                all(w.lower in _TITLE_ONLY_WORDS or w.lower in TITLES for w in ws[1:]):
            return None  # "Former Secretary" cut from before a name: a title, no name
        if len(ws) > 2 and ws[0].lower in _TITLE_ONLY_WORDS and ws[-1].lower in TITLES:
            # "Former Roe Pollster Says A" that no one later bears: the description, not a
            # person named so
            return self.W.text[ws[0].start:ws[-1].end], "GROUP", ws[0].start
        if len(ws) == 1 and (ws[0].lower in TITLES or ws[0].lower in SPEAKER_NOUNS or
                             ws[0].lower in UNNAMED_SOURCE_NOUNS or _plural_title(ws[0].lower)
                             or ws[0].lower in _QUANTITY_SUBJECTS):
            # "Officials said", "Parents said", "Some said": a sentence's first word, no name
            return None
        if len(ws) > 3 and any(w.upos == "VERB" or w.upos == "AUX" for w in ws[1:]):
            # "Woman Reveals What The Senator Did": a title-case headline, no one's name
            return None
        if len(ws) > 2 and ws[0].lower in TITLES and ws[1].lower in ("of", "for") and \
                not self._names_in(ws[2].i, ws[-1].i + 1) - {"ORG", "GPE", "NORP"}:
            # "The Secretary of Health Services said", no name after it: the one who
            # holds the office (as "The Governor of Texas"), not an organisation named so
            return self.W.text[ws[0].start:ws[-1].end], "PERSON", ws[0].start
        if len(ws) > 2 and ws[1].lower in ("of", "for") and ws[0].lower in _BODY_OF_HEADS:
            # "Board Of Elections Finds ...", "Office of Budget Review said": a body named by
            # its head noun and what it is of, no person
            return self.W.text[ws[0].start:ws[-1].end], "ORG", ws[0].start
        if len(ws) > 2 and ws[0].lower.endswith("ly") and ws[1].lower.endswith("ed") and \
                not ws[1].lower.endswith("eed") and given_name_gender(ws[0].text) is None and \
                given_name_gender(ws[1].text) is None:
            # "Newly Released Memo Reveals A", "Secretly Recorded Tape Shows A": an adverb
            # and a participle open a title-case description, no one's name
            return self.W.text[ws[0].start:ws[-1].end], "GROUP", ws[0].start
        if len(ws) > 2 and ws[1].lower in ("of", "for") and _plural_noun(ws[0].lower) and \
                (_people_noun(ws[0].lower) or ws[0].lower in GROUP_HEADS):
            # "Supporters of Sanders say", "Friends of Mr. Hale say", "Attorneys for Roe
            # argued": the people of that kind, a group (was a person for a one-word name
            # after "of", an organisation for a longer one)
            return self.W.text[ws[0].start:ws[-1].end], "GROUP", ws[0].start
        while len(ws) > 1 and (ws[0].lower in HONORIFICS or ws[0].lower in TITLES) and \
                ws[1].lower not in ("of", "for", "and", "&"):
            ws = ws[1:]  # "Mr. Hedge": the honorific is no part of the name
        ws = ws[_place_title_prefix(ws):]
        firm = len(ws) > 1 and ws[0].lower in FIRM_ROLES and \
            ws[0].i == self.W.sentences[ws[0].sent][0]
        if firm:
            ws = ws[1:]  # "Promoter Aldgate Live wrote": the business, not its noun
        text = self.W.text[ws[0].start:ws[-1].end]
        typ = "ORG" if firm or ws[-1].lower in ORG_SUFFIXES or len(ws) > 3 or \
            "-" in ws[-1].lower and not (len(ws) > 1 and given_name_gender(ws[0].text)) and \
            any(p in OUTLET_WORDS for p in ws[-1].lower.split("-")) or \
            len(ws) > 1 and ws[-1].lower in _INSTITUTION_HEADS or \
            self._org_name(ws) else "PERSON"  # ("Facebook reported", "As POLITICO revealed")
        if len(ws) == 1 and ws[0].upos == "NOUN" and _plural_noun(ws[0].lower) and \
                ("last", ws[0].lower) not in self._index:
            # "Companies say": a plural noun opening the sentence, no one's surname
            typ = "GROUP"
        elif typ == "PERSON" and len(ws) == 2 and _plural_noun(ws[1].lower) and \
                ("last", ws[1].lower) not in self._index and (
                    ws[1].lower in self._lower_words or
                    ws[0].sent == 0 and given_name_gender(ws[0].text) is None):
            # "New Polls Show A", "Leaked Emails Reveal A": a plural noun the article writes
            # in lower case too, or after no given name in the headline, is no one's surname
            typ = "GROUP"
        elif len(ws) == 1 and self._opens_without_name(ws[0]):
            # "Research suggests", "Nobody opposed him", "Six in 10 say": a common word
            # that opens its sentence, no one's name
            return None
        return text, typ, ws[0].start

    @property
    def _lower_words(self) -> set[str]:
        """The words the article writes in lower case (:attr:`Words.lower_words`, built
        the first time it is asked)."""
        return self.W.lower_words

    @property
    def _inner_capitals(self) -> set[str]:
        """The words it capitalises other than as a sentence's first word
        (:attr:`Words.inner_capitals`, built with ``_lower_words``)."""
        return self.W.inner_capitals

    def _opens_without_name(self, w: Word) -> bool:
        """Whether ``w`` opens its sentence and names no one, unless the article gave a
        person that surname: a word of no name ("Nobody", "Whenever", "Six"); a word tagged
        as a verb, an adverb, a function word, or a noun of an abstract noun's ending
        ("Walking to the car", "Analysis shows", "Amendment would shield"); or one the
        article also writes in lower case ("Research shows ... the research")."""
        if w.i != self.W.sentences[w.sent][0] or ("last", w.lower) in self._index:
            return False
        if w.lower in NOT_NAMES or w.lower in NUMBER_WORDS or w.lower in _NO_NAME_OPENERS or \
                w.upos in _NO_NAME_TAGS or w.upos == "NOUN" and w.lower.endswith(_ABSTRACT_ENDINGS):
            return True
        # "Footage from the game shows", "Polling shows", "Transcript as follows:": a word
        # a parser tagged as a common noun (the model-free annotator calls any unknown word
        # that opens a sentence a noun, "Earhardt then asked") and capitalised only where it
        # opens a sentence (a surname is written mid-sentence too: "Sen. Ann Tester", "said
        # Tester"); an abstract noun even when tagged as a proper one ("Amendment would
        # shield")
        return w.lower in self._lower_words or w.lower not in self._inner_capitals and (
            w.upos != "PROPN" and self.W.sentence_has_parse(w.sent)
            or w.lower.endswith(_ABSTRACT_ENDINGS))

    def clusters_in_span(self, start: int, end: int) -> list[_Cluster]:
        """Named entities mentioned inside a character span, in order, once each."""
        out: list[_Cluster] = []
        # the named words among those :meth:`Words.between` gives (one bisect into the
        # few named words, not a look-up per word of a long statement)
        i, j = self.W.span_range(start, end)
        named, words = self._named_words, self.W.words
        for k in named[bisect.bisect_left(named, i):bisect.bisect_left(named, j)]:
            cl = self._by_word.get(k)
            if cl is not None and words[k].end <= end and cl not in out:
                out.append(cl)
        return out
























def _group_agrees(cl: _Cluster, plural: bool) -> bool:
    """Whether "they" (``plural``) or "it" can stand for the group or organisation ``cl``:
    "it" for an organisation or a thing ("the report"), never for people ("aides", "a
    spokesman"); "they" for any but one person ("a spokesman") or one text ("the memo")."""
    if cl.type not in ("ORG", "GROUP", "NORP"):
        return False
    parts = cl.name.lower().split()
    # the head before a prepositional phrase: "a spokesman [for the ministry]" is one person
    cut = next((k for k, p in enumerate(parts) if k > 0 and p in _HEAD_ENDING_PREPOSITIONS),
               len(parts))
    head = parts[cut - 1] if parts else ""
    many = _plural_noun(head) and head not in TEXT_SOURCE_NOUNS
    # ("a New Hampshire Democrat": one person of a party, no "it")
    people = cl.type == "GROUP" and (_people_noun(head) or head in GROUP_HEADS or
                                     head in _NORP_WORDS)
    if plural:
        # a text is one: "the memo said A. They ..." are others
        return not people and head not in TEXT_SOURCE_NOUNS or many
    return cl.type == "ORG" or cl.type == "GROUP" and not people and not many




def to_entities(clusters: Sequence[_Cluster], to_original) -> dict[str, Entity]:
    """Entities with mentions mapped to the user's text by ``to_original(start, end)``."""
    out = {}
    for cl in clusters:
        if not cl.mentions:
            continue  # a person known only from a name inside another's ("the Doe Show")
        mentions = []
        for s, e, text, form in sorted(set(cl.mentions)):
            os_, oe = to_original(s, e)
            mentions.append(Mention(os_, oe, text, form))  # type: ignore[arg-type]
        name = cl.name
        aliases = tuple(n for n in dict.fromkeys(cl.names + cl.card_names) if n != name)
        # (by position, in the class's order: id, name, type, aliases, titles, mentions,
        # gender; keywords cost a third more)
        out[cl.id] = Entity(cl.id, name, cl.type, aliases, tuple(cl.titles), tuple(mentions),
                            cl.gender)
    return out
