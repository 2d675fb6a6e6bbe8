"""Word sets and word tests of entity resolution (:mod:`.resolve`): titles, organisations'
words, plural and group nouns, name tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter

from .given_names import AMBIGUOUS, given_name_gender
from .lexicon import (
    BARE_TITLE_ABBREVIATIONS,
    COMPANY_SUFFIXES,
    GENDERED_NOUNS,
    GIVEN_NAME_TITLES,
    GIVEN_NAMES,
    GROUP_HEADS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    KIN_NOUNS,
    KNOWN_ORGS,
    NOUN_POSTMODIFIERS,
    ORG_LAST_WORDS,
    ORG_SUFFIXES,
    REPORTING_VERB_FORMS,
    SPEAKER_NOUNS,
    SURNAME_PARTICLES,
    TEXT_SOURCE_NOUNS,
    THING_SOURCE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLES,
    UNNAMED_SOURCE_NOUNS,
)
from .parse import gazetteer as gz
from .tokens import Word

_POSSESSIVE = ("’s", "'s", "’", "'")
#: Pronouns that make the noun after them someone's ("his son", "their daughter").
_POSSESSOR_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: People who comment on a company from outside it ("analysts at Brightwater Capital").
_OUTSIDE_EXPERTS = frozenset({"analyst", "analysts", "economist", "economists", "strategist",
                              "strategists", "researcher", "researchers", "expert", "experts"})
#: Determiners of a noun phrase that brings someone new into the story ("a pal of X",
#: "one senior strategist").
_INDEFINITES = frozenset({"a", "an", "another", "one"})
#: Words of a quantity that may stand alone as a subject ("Some said", "Others disagreed"):
#: capitalised at a sentence's start, no one's name.
_QUANTITY_SUBJECTS = frozenset({"some", "others", "many", "most", "few", "several", "both",
                                "all", "another", "each", "either", "neither", "none"})
#: Words that may open a sentence as its subject or before it but never name anyone
#: ("Nobody opposed him", "Whenever asked, ...", "Prior to May"): beside ``NOT_NAMES``.
_NO_NAME_OPENERS = frozenset({"nobody", "anybody", "anyone", "someone", "somebody",
                              "everyone", "everybody", "whoever", "whenever", "wherever",
                              "prior", "part", "few", "whatever", "nothing", "something"})
#: Words that qualify a title before a name ("Former Secretary", "Acting Director").
_TITLE_ONLY_WORDS = frozenset({"former", "acting", "deputy", "vice", "senior", "chief",
                               "interim", "assistant", "associate", "then", "ex"})
#: Tags of words that open a sentence and name no one, whatever the name tagger says.
_NO_NAME_TAGS = frozenset({"VERB", "ADV", "PRON", "DET", "NUM", "ADP", "SCONJ", "CCONJ",
                           "AUX"})
#: Endings of abstract nouns, no surname's ("Analysis", "Amendment", "Footage" is not).
_ABSTRACT_ENDINGS = ("ment", "sis", "ness", "ity", "tion", "sion")
#: Words a tagger may take into a name from before it at a sentence's start ("As The
#: Daily Ledger reported", "Both Tom Roe and ..."): no name begins with them.
_RUN_OPENERS = frozenset({
    "as", "both", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before",
    "because", "although", "though", "since", "until", "unless", "whether", "also",
    "meanwhile", "however", "instead", "indeed", "according", "like", "unlike", "despite",
})
#: Last words of the name of an organisation or programme named after a person ("the Ann
#: Doe Foundation", "the Roe campaign", "The Tom Roe Show") that are no one's surname.
_INSTITUTION_HEADS = frozenset({
    "foundation", "campaign", "show", "institute", "administration", "committee", "library",
    "museum", "university", "college", "school", "association", "society", "corporation",
    "organization", "organisation", "initiative", "center", "centre", "program", "programme",
    "podcast", "hour", "report", "prize", "award", "awards", "fellowship", "scholarship",
    "poll",
})
#: Head nouns of a body named as "X of Y" ("Board of Elections", "Department of Revenue"):
#: an organisation when no tagger named it.
_BODY_OF_HEADS = _INSTITUTION_HEADS | frozenset({
    "board", "department", "bureau", "office", "council", "commission", "agency", "ministry",
    "authority", "chamber", "federation", "league", "union"})
#: Heads of a body inside another ("Senate Judiciary Committee", "House Majority PAC"):
#: the bare first word names the larger body, not this one.
_SUB_BODY_HEADS = frozenset({"committee", "subcommittee", "caucus", "panel", "pac", "fund",
                             "conference", "delegation", "minority", "majority"})
#: Bare words that head organisations' names rather than name one ("Department",
#: "University", "Senate", "House"): never an organisation's short name.
_GENERIC_ORG_WORDS = (ORG_SUFFIXES | INSTITUTION_NOUNS | _BODY_OF_HEADS) - KNOWN_ORGS
#: Last words that close an organisation's whole name ("Quinnipiac University", "Fox News",
#: "Harrow Energy"), less the sub-bodies'.
_FIRM_CLOSERS = (ORG_SUFFIXES | ORG_LAST_WORDS | COMPANY_SUFFIXES) - _SUB_BODY_HEADS
#: Last words of a body's show, product or place, not of a body ("Harrow Live", "Harrow
#: Unplugged", "Harrow Tower"): its first word alone names the body, not this.
_NOT_BODY_TAILS = frozenset({"live", "unplugged", "plus", "premium", "app", "podcast", "show",
                             "tower", "park", "bill", "videos", "video"})
#: Words after an organisation's name that give only its legal form or its medium ("Podesta
#: Group Inc.", "Fox News Channel"; the name's words, without their periods): the same body.
_LEGAL_FORM_TAILS = frozenset({"inc", "corp", "co", "llc", "ltd", "plc", "l.p", "lp",
                               "channel"})
#: Names of outlets, platforms, pollsters and institutions a tagger may take for a person,
#: a place or a nationality ("Politico reveals", "according to Gallup", "in Axios' words"):
#: an organisation, whatever the tag says; not the names that are also well-known surnames
#: ("Bloomberg"), which stay the person when one of that name is known.
_ORG_NAMES = (gz.ORGS | KNOWN_ORGS | {"forbes", "huffpost pollster", "buzzfeed news",
                                      "washington examiner", "heritage foundation"}) - \
    gz.PERSON_SURNAMES - gz.NORP - {"who"}
#: The last words of those names and of ``gazetteer.THE_ORGS``: a run that ends in none of
#: them names no listed organisation (one set lookup before the name is spelled out).
_ORG_LAST_WORDS = frozenset(name.rsplit(" ", 1)[-1] for name in _ORG_NAMES | gz.THE_ORGS)
#: Last words of organisations' names that end places' names too ("the Soviet Union",
#: "Capitol Hill"): a run tagged as a place that ends so stays a place.
_PLACE_SUFFIXES = frozenset({"union", "hill"})
#: Records of counts, besides the texts of TEXT_SOURCE_NOUNS ("results of a poll of ...").
_COUNT_RECORDS = frozenset({"results", "polls", "surveys", "studies", "estimates", "tally"})
#: Of those, the ones that are no one's surname either ("Twitter", "Politico"): a lone
#: mention of them never joins a person who happens to bear the word as a last name (a
#: headline's "Will Twitter ..." tagged as a person).
_ORG_NOT_SURNAMES = _ORG_NAMES - {"forbes", "gallup", "pew", "fox"}
_NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
_DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "one"}
#: Lower-case words inside an office written in capitals ("Director of the Office of ...").
_OFFICE_JOINS = frozenset({"of", "for", "the", "and", "&"})
_MAX_TITLE_WORDS = 5
#: The last word of every title: a phrase whose last word is none of these is no title.
_TITLE_ENDS = frozenset(t.rsplit(" ", 1)[-1] for t in TITLES)
#: How many named mentions back a pronoun or role noun looks for its entity.
_LOOKBACK = 200
#: Words after "asked" that make it no question ("asked not to be named", "asked for
#: anonymity", "asked that his name be withheld", "asked to remain anonymous").
_NOT_A_QUESTION = frozenset({"not", "for", "that", "to", "anonymity"})
#: The most words a transcript label may take before its colon ("SEN. DOE:").
_MAX_LABEL_WORDS = 3
#: Generational suffixes that end a person's name, as its tokens are keyed ("Jr." -> "jr").
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: The Arabic article joined to a surname, which a later mention may leave off
#: ("Abdullah al-Rashid", then "Rashid").
_ARTICLE_PREFIXES = ("al-", "el-")
#: Words for "son of" and "daughter of" inside a name: the given names before them are what
#: the story calls the person ("Nurul Aisyah binti Kamal", then "Nurul Aisyah").
_PATRONYMIC_WORDS = frozenset({"bin", "binti", "bint", "ibn"})
#: Quote marks around a one-word nickname inside a name.
_NICK_MARKS = frozenset("\"“”‘’'")
#: A person's pronouns given as "they/them".
_THEY_THEM = re.compile(r"they/them")
#: Given names of the short list (lower case).
_GIVEN_WORDS = frozenset(GIVEN_NAMES)
#: Particles of Portuguese and Spanish surnames ("Lula da Silva", "Ruiz de la Torre").
_NAME_JOINERS = frozenset({"da", "de", "do", "dos", "das", "del"})
#: How many line breaks back a lone surname takes up a person named as a subject (two:
#: the paragraph before, with a blank line between).
_SUBJECT_LINES = 2
#: How many paragraphs back a pronoun may take up the latest speaker.
_PRONOUN_PARAGRAPHS = 3
#: Plurals without an "s" that a "they" can stand for ("these people said A. They ...").
_IRREGULAR_PLURALS = frozenset({"people", "police", "men", "women", "children", "media"})
#: The confidence factor of a "he" or "she" when another person of that gender spoke
#: recently too (a guess between two).
_RIVAL_PRONOUN = 0.8
#: How many of the latest speakers a "he" or "she" looks back over for a rival.
_RIVAL_SPEAKERS = 12
#: How many named mentions back a sentence's subject is looked for.
_SENTENCE_MENTIONS = 20
#: How far into its sentence a "he" or "she" may stand and still lead it.
_PRONOUN_LEAD_WORDS = 8
#: How far the comma that ends a clause opening with "After he ..." may stand from it, the
#: marks that end the search for it (a colon, a dash: no plain opening clause), and the
#: closing quote marks after the comma of a quoted phrase that ends the clause.
_CATAPHOR_WORDS = 20
_CATAPHOR_STOPS = frozenset({",", ";", ":", "—", "(", ")"})
_CLOSING_MARKS = frozenset({'"', "”", "''", "’"})
#: How many of a person's latest mentions a lone surname looks back over for a subject.
_SUBJECT_MENTIONS = 12
#: How many sentences before its own a speaking "it" or "they" looks back over for its subject.
_IT_SENTENCES = 3
#: How many words back a "who" looks for the person its noun phrase is set off after.
_APPOSITION_WORDS = 25
#: Prepositions before a place, never before a person set off by a comma.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "outside", "inside"})
#: Adjectives of an "it" that only holds the subject's place for a clause or an infinitive
#: after them ("It is important to note that", "it's fair to say", "it is hard not to
#: think"), not of an "it" that stands for something ("It is confident that", "ready to").
_EXPLETIVE_ADJECTIVES = frozenset({
    "clear", "unclear", "important", "likely", "unlikely", "possible", "impossible", "true",
    "obvious", "evident", "apparent", "fair", "safe", "hard", "difficult", "easy", "worth",
    "interesting", "notable", "noteworthy", "ironic", "odd", "strange", "surprising",
    "necessary", "essential", "crucial", "vital", "unfair", "telling", "doubtful", "striking",
    "remarkable", "tempting", "unusual", "fitting", "significant", "reasonable", "wrong",
})
#: Participles of an "it" that holds the place of a clause they report ("it is said, ...",
#: "it was reported that").
_EXPLETIVE_PARTICIPLES = frozenset({"said", "reported", "believed", "thought", "known",
                                    "rumored", "rumoured", "alleged", "claimed", "understood"})
#: The forms of "be", "seem" and "appear" an expletive "it" opens its clause with.
_EXPLETIVE_VERBS = frozenset({"is", "was", "'s", "’s", "be", "been", "seems", "seemed",
                              "appears", "appeared", "remains", "remained"})
#: The most words of a noun phrase a speaking "it" takes up ("Thursday's long memo").
_THING_WORDS = 5

def expletive_frame_end(words: Sequence[Word], a: int) -> int | None:
    """The word after the adjective or participle of an expletive frame whose "it" is word
    ``a`` ("It is fair [to] say", "it's worth [noting]", "it is said[,]", "It seems unfair
    [to]"): the "it" only holds the subject's place for the clause that follows; None when
    word ``a`` opens no such frame."""
    n = len(words)
    if words[a].lower != "it":
        return None
    k = a + 1
    while k < n and k - a <= 3 and words[k].lower not in _EXPLETIVE_VERBS and \
            words[k].upos in ("AUX", "PART", "ADV"):
        k += 1  # "it would be", "it has been", "it may not be"
    if k + 2 >= n or words[k].lower not in _EXPLETIVE_VERBS:
        return None
    k += 1
    while k + 2 < n and words[k].lower != "worth" and words[k].upos in ("ADV", "PART") \
            and words[k].lower not in _EXPLETIVE_ADJECTIVES:
        k += 1  # "it is not clear", "it is also worth"
    w, after = words[k], words[k + 1]
    if w.lower in _EXPLETIVE_PARTICIPLES:
        framed = after.lower == "that" or after.text == ","
    elif w.lower in ("likely", "unlikely"):
        framed = after.lower == "that"  # "It is likely to say A": the firm, raised
    else:
        framed = w.lower in _EXPLETIVE_ADJECTIVES and (
            after.lower in ("to", "that", "not", "whether", "how", "why", "what") or
            after.lower.endswith("ing"))
    return k + 1 if framed else None

def _east_asian_given_name(word: str) -> bool:
    """True for a romanised Chinese or Korean given name of two syllables joined by a
    hyphen, the second in lower case ("Chi-hung", "Suk-yee", "Jae-in"): it follows the
    surname, so the word before it is the one a later "Mr"/"Ms" takes."""
    first, _, second = word.partition("-")
    return bool(second) and first[:1].isupper() and first[1:].islower() and second.isalpha() \
        and second.islower() and len(first) <= 5 and len(second) <= 5

_NO_JOBS: frozenset[str] = frozenset()

def _initials(toks: Sequence[str]) -> str:
    """The initials of middle names, however written ("h.w.", "herbert walker": "hw")."""
    return "".join(part[0] for t in toks for part in t.split(".") if part)

def _place_title_prefix(ws: Sequence[Word]) -> int:
    """How many words open an untagged name with a place's or a body's word and a title
    before the name itself ("OK Gov Fallin", "Texas Gov. Abbott", "Acme CEO Roe": two, the
    name being "Fallin", "Abbott", "Roe"); 0 when there is none: one or two words before
    the title, none of them a given name or a title, and one or two after it."""
    k = next((k for k in (1, 2) if k < len(ws) - 1 and ws[k].lower in TITLES), 0)
    if not k or len(ws) - k - 1 > 2 or \
            any(w.lower in TITLES or w.lower in HONORIFICS or given_name_gender(w.text) or
                w.lower in ("of", "for", "and", "&") for w in ws[:k]) or \
            ws[k + 1].lower in ("of", "for", "and", "&"):
        return 0
    return k + 1

def _double_surname(toks: tuple[str, ...]) -> bool:
    """Whether a name of three or four words ends in a double surname whose first part a
    later "Ms."/"Mr." goes on with ("Lidia Ortega Prado", then "Ms. Ortega"; "Andrés Manuel
    López Obrador", then "Mr. López"): the word before the last is no given name, initial,
    particle, nickname or generation ("Tanner Lee Smith", "Jamie Lee Curtis", "Gregory T.
    Angelo", "Robert Hayes Jr." keep their one surname)."""
    if not 3 <= len(toks) <= 4 or toks[-1] in _GENERATIONS:
        return False
    mid = toks[-2]
    return len(mid) > 2 and mid.isalpha() and mid not in SURNAME_PARTICLES \
        and mid not in _NAME_JOINERS and mid not in _GIVEN_WORDS \
        and given_name_gender(mid) is None and mid not in AMBIGUOUS \
        and given_name_gender(toks[0]) is not None

@lru_cache(maxsize=4096)
def _name_tokens(text: str) -> tuple[str, ...]:
    """The lower-cased words of a name, without the periods and commas at their edges;
    cached, as an article names the same people again and again."""
    return tuple(t.lower().strip(".,") for t in text.split())

#: The most words of a description that stands for a person named before ("the
#: 45-year-old", "the mother of three").
_DESCRIPTION_WORDS = 4
#: How many mentions back an epithet ("the billionaire") looks for the person it means.
_EPITHET_MENTIONS = 12
#: Party words before an epithet or a name ("the GOP front-runner", "Democrat Ann Lee"), to
#: the party's letter as in "Sen. Ann Lee, D-Ohio".
_PARTY_LETTERS = {"democratic": "D", "democrat": "D", "republican": "R", "gop": "R"}
_PARTY_PLURALS = {"democrats": "D", "republicans": "R"}
#: Epithets of a candidate or officeholder a party word may come before ("the Democratic
#: front-runner", "the Republican incumbent").
_PARTY_EPITHETS = frozenset({
    "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender",
    "incumbent", "challenger", "senator", "governor", "congressman", "congresswoman",
    "lawmaker",
})
#: Words that may stand between "the" and the party word or after it in such an epithet.
_PARTY_EPITHET_WORDS = frozenset({"presumptive", "presidential", "likely", "leading",
                                  "top", "senate", "gubernatorial"})
#: Verbs of a relative clause that give a person's position ("who plays as a striker").
_PLAYS_AS = frozenset({"plays", "played", "is", "was", "bats", "batted"})
#: Words that set one of two namesakes apart by age ("the elder Brandt"): True for the elder.
_AGE_RANKS = {"elder": True, "older": True, "eldest": True, "oldest": True,
              "younger": False, "youngest": False}
#: How far before a name the words of its title phrase reach ("Kelworth Town FC manager").
_TITLE_PHRASE_WORDS = 5
#: An abbreviation of a title in capitals ("the DCP", "the CS"), and the small words its
#: title's initials skip ("Commissioner of Police").
_ACRONYM_RE = re.compile(r"[A-Z]{2,4}")
#: "polling" in any case: a joint poll's makers may end before it ("a Roe/Doe polling")
_POLLING = re.compile("polling", re.IGNORECASE)
_ACRONYM_LINKS = frozenset({"of", "for", "the", "and"})
#: Styles of address after "His" or "Her" that stand for the one styled so ("His
#: Highness", "Her Excellency").
_STYLES_OF_ADDRESS = frozenset({"highness", "excellency", "majesty", "holiness", "eminence"})
#: Entity types of a word in a title phrase that says whose title it is ("UN envoy").
_OWNER_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: Entity types of a name that tells only where someone is from ("a European negotiator").
_PLACE_TYPES = frozenset({"GPE", "NORP"})
#: The most words of a phrase that opens a sentence before its subject ("In her new novel,
#: the writer").
_OPENER_WORDS = 12
#: How many words before a "he" or "she" the unnamed person it may stand for is sought.
_UNNAMED_WORDS = 60
#: Words that open an adverbial clause after a main clause ("..., just as Lee did"):
#: its subject is not the one a next "he" goes on with.
_ADVERBIAL_SUBORDINATORS = frozenset({"because", "after", "when", "as", "if", "while",
                                      "although", "though", "since", "until", "unless",
                                      "before", "once", "whereas"})
#: Abbreviated titles without their period that are given names too (the Japanese "Gen"),
#: and an abbreviated title so written before a name (British style: "Mr Lee", "Gen Roe"):
#: in a text writing none so, "Gen Nakano" is a given name and a surname.
_GIVEN_TITLE_ABBREVS = GIVEN_NAME_TITLES
_BARE_TITLE_RE = re.compile(rf"\b(?:{'|'.join(sorted(BARE_TITLE_ABBREVIATIONS))}) [A-Z]")
#: Capitalised words that may stand between a subordinator and a name ("because Mr.
#: Lee", "as President Jo Lee"), lower case and without a final period.
_TITLE_WORDS_BEFORE_NAMES = frozenset(t for t in TITLES if " " not in t) | frozenset(
    h.rstrip(".") for h in HONORIFICS) | frozenset(a.rstrip(".") for a in TITLE_ABBREVIATIONS)
#: Nationality words that are surnames too ("Mark Cuban", "Mr. English"), and the party,
#: faith and nationality words no given name is when they open a name ("Christian Arab").
_NATIONALITY_WORDS = gz.NATIONALITY_WORDS
_NORP_WORDS = gz.NORP
#: Parts of speech of the words between "a" and a party word ("one senior Democrat").
_MEMBER_MODIFIER_UPOS = frozenset({"ADJ", "PROPN", "NOUN", "ADV"})
#: Honorifics that only a person's surname follows ("Mr. English", "Mrs. Cuban").
_PERSON_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"})
#: Articles before a name that only modifies the noun after it ("the Doe campaign").
_ARTICLES = frozenset({"the", "a", "an"})
#: Words that open a noun phrase for someone the story describes ("the widow", "his wife").
_DEFINITE_OPENERS = frozenset({"the", "his", "her", "their", "a", "an"})

def _strip_possessive(words: Sequence[Word]) -> list[Word]:
    """``words`` without the possessive ending and punctuation at the end, nor punctuation
    at the start (a new list: one slice, where the edges are found)."""
    j = len(words)
    while j and (words[j - 1].text in _POSSESSIVE or words[j - 1].is_punct):
        j -= 1
    i = 0
    while i < j and words[i].is_punct:
        i += 1
    return list(words[i:j])

def _may_hold_polling(text: str) -> bool:
    """False only when ``_POLLING`` finds nothing in ``text``: a search without case costs
    some ten times a plain one, and most articles hold no "polling".  A match lower-cases
    to "polling" but where its "i" is one of the two letters the search also takes for it
    (U+0130, U+0131), whose ``str.lower`` is no "i"."""
    return "polling" in text.lower() or "\u0130" in text or "\u0131" in text

#: The getter of a word's NER tag, for the pass over every word of an article.
_NER = attrgetter("ner")

def _headline_name_end(ws: Sequence[Word]) -> int:
    """Where a name tagged on into a title-case headline ends: at the verb of speech, the
    present-tense verb or the adverb before a verb that follows its proper nouns ("Ann Doe
    Says Party Must Change", "Tom Roe Denies Deal", "Roe Just Vowed To Quit"); the whole
    run when there is none ("Citizens United", "Save the Children", "United States Postal
    Service", "Consumer Reports Guide") or when only a common noun would be left ("Woman
    Says ..."), or nothing when a run of more words is a headline that opens with a common
    noun or a title before its verb ("Pastor Wants Leaders To Resign", "Son Says The Race
    Will Be Close": no one's name).  A capitalised common noun may open the name before a
    proper noun ("Rush Limbaugh" tagged a noun), and in a run of more than three words any
    verb after the proper nouns ends it ("[Ann Doe] Questioned Why Actors Play Roles")."""
    n = len(ws) - 1  # a verb of speech ends no headline ("The Tom Roe Show")
    if _headline_verb(ws[-1]) and ws[-1].lower.endswith("s") and ws[-1].is_capitalised:
        n = len(ws)  # but a capitalised "Says" ends a name run ("[Ann Doe] Responds", "[Roe]
        #              Says"): a headline's verb after the name, no name of its own
    k = 0
    while k < n and (ws[k].upos == "PROPN" or k == 0 and ws[k].upos == "NOUN" and
                     ws[k].is_capitalised and ws[k + 1].upos == "PROPN") and \
            not _headline_verb(ws[k]):
        k += 1
    if k == 0 or k >= n:
        return len(ws)
    w = ws[k]
    long_run = len(ws) > 3
    if not (_headline_verb(w) or w.upos == "VERB" and (
            long_run and w.is_capitalised or w.lower.endswith("s") and
            not w.lower.endswith("ss")) or w.upos == "ADV" and k + 1 < len(ws) and (
                ws[k + 1].upos == "VERB" or _headline_verb(ws[k + 1]))):
        return len(ws)
    first = ws[0].lower
    if k == 1 and (first in GENDERED_NOUNS or first in SPEAKER_NOUNS or
                   first in THING_SOURCE_NOUNS or first in KIN_NOUNS or
                   long_run and first in TITLES):
        return 0 if long_run else len(ws)
    return k

def _headline_verb(w: Word) -> bool:
    """Whether ``w`` is a verb of speech a headline puts after a name ("Says", "Warns",
    "Vowed"), not one of the words that also end names ("United States", "Consumer
    Reports", "Field Notes")."""
    return w.lower in REPORTING_VERB_FORMS and \
        REPORTING_VERB_FORMS[w.lower] not in _NAME_WORD_VERBS

#: Verbs of speech whose forms are also words of names ("States", "Reports", "Notes").
_NAME_WORD_VERBS = frozenset({"state", "report", "note", "post", "record", "mark", "print"})

def _role_of_title(title: str) -> str:
    """A title in the lower-case words of a role noun that stands for its bearer: "Sen."
    as "senator", "Lt. Gov." as "lieutenant governor"."""
    t = title.lower()
    return TITLE_ABBREVIATIONS.get(t) or " ".join(TITLE_ABBREVIATIONS.get(w, w)
                                                  for w in t.split())

#: Words of a person's youth that describe one the story named ("the young rider", "the
#: teenage striker").
_YOUTH_WORDS = frozenset({"young", "teenage"})

def _past_or_age(w: Word) -> bool:
    """True for a word that gives a person's age or past ("24-year-old", "former", "young")."""
    return w.lower.endswith("-year-old") or w.lower in ("former", "veteran", "retired") or \
        w.lower in _YOUTH_WORDS

def _plural_title(word: str) -> bool:
    """True for the plural of a title ("senators", "lawyers")."""
    return word.endswith("s") and word[:-1] in TITLES

def _plural_noun(word: str) -> bool:
    """True for a noun in the plural ("aides", "companies", "people"), not "boss", "analysis"
    or "census"."""
    return word.endswith("s") and not word.endswith(("ss", "is", "us")) or \
        word in _IRREGULAR_PLURALS

def _people_noun(word: str) -> bool:
    """True for a common noun that names people ("aides", "governor", "son"), not a text or
    an institution ("poll", "campaign")."""
    if word in INSTITUTION_NOUNS:
        return False
    return word in SPEAKER_NOUNS or word in TITLES or word in GENDERED_NOUNS or \
        word in UNNAMED_SOURCE_NOUNS or _plural_title(word)

def _group_head(head: Word, first: Word) -> bool:
    """True for a noun of people that heads its noun phrase (``first`` opening it) past a
    name that only modifies it: a plural ("Cruz associates", "Iowa political hands"), or a
    singular opened by "a", "one" or "another" ("one Doe confidant")."""
    return head.lower in GROUP_HEADS and head.upos == "NOUN" and (
        _plural_noun(head.lower) or first.lower in _INDEFINITES)

#: Prepositions that end the head of a group's name ("a spokesman [for] the ministry",
#: "officials [at] the agency").
_HEAD_ENDING_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from", "in", "on", "to"})

def is_group_noun(words: Sequence[Word]) -> bool:
    """True for a noun phrase naming an unnamed source ("officials", "a spokesman", "the
    senator's lawyers", "a representative for Doe", "another strategist", "the memo"), or someone's
    relative ("Doe's son", "his brother"; not "the actor", who may be a person named
    before)."""
    if any(w.lower in SPEAKER_NOUNS or w.lower in UNNAMED_SOURCE_NOUNS or
           _plural_title(w.lower) for w in words):
        return True
    if words and any(_group_head(w, words[0]) and not w.is_capitalised for w in words):
        return True  # "Several Doe associates", "one Doe confidant"
    if len(words) > 1 and words[-1].lower in TEXT_SOURCE_NOUNS and words[-1].upos == "NOUN" \
            and not any(w.lower in NOUN_POSTMODIFIERS for w in words):
        return True  # "the email read", "Thursday's memo stated": a text that speaks
    if len(words) > 1 and words[0].lower in _INDEFINITES and (
            words[1].upos != "PROPN" or words[1].ner[2:] in _PLACE_TYPES):
        # "a pal of the couple", "a representative for Doe", "a European negotiator":
        # someone new
        return True
    if len(words) > 2 and words[-1].upos == "NOUN" and not words[-1].is_capitalised and \
            any(w.text in _POSSESSIVE for w in words[1:-1]):
        return True  # "the Marlow Islands' central bank": the body a name owns
    if words and words[0].lower in _INDEFINITES:
        head = next((w for w, after in zip(words, words[1:], strict=False)
                     if after.lower in NOUN_POSTMODIFIERS), words[-1])
        if head.lower in TITLES:
            return True
    owned = any(w.text in _POSSESSIVE or w.lower in _POSSESSOR_PRONOUNS for w in words)
    return owned and any(w.lower in GENDERED_NOUNS for w in words)

