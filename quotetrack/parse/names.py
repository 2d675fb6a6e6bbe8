"""Model-free annotator, part 3: names (BIOES ``ner`` tags).

``_Info`` (what the annotator knows of one word out of context) and ``_Namer``, which
finds the names of people, places, organisations and nationalities in a sentence from
the word lists of :mod:`quotetrack.lexicon`, :mod:`quotetrack.parse.gazetteer` and
:mod:`quotetrack.given_names`; also the name words and word tests the Document section
(:mod:`quotetrack.parse.rules`) shares (``_finite_verb``, ``_plural_noun_word``,
``_VIET_FAMILY``, ``_PEER_TITLES``, ``_NICKNAME_MARKS``, ...).  It takes the ``Tok``
type and sentence-level word sets from :mod:`quotetrack.parse.tokenizer`, and word
fields and word forms (``_LEX``, ``_shape``, ``_verb_form``, ...) from
:mod:`quotetrack.parse.tags`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon as lx
from ..given_names import AMBIGUOUS, given_name_gender, unaccented
from . import gazetteer as gz
from .tags import (
    _APOSTROPHES,
    _CLOSED,
    _COORDINATORS,
    _HEADLINE_INTENT_S,
    _HEADLINE_STANCE_ED,
    _HEADLINE_STANCE_S,
    _HEADLINE_VERB_LEMMAS,
    _LEX,
    _LEX_S,
    _OBJ_UPOS,
    _PLURAL_SUBJECTS,
    _SUBJ_PRON,
    _VERB_LEMMAS,
    _s_verb_lemma,
    _shape,
    _verb_form,
)
from .tokenizer import _CLOSERS_ANY, _MONTHS_DAYS, Tok

# ---------------------------------------------------------------------------
# Names (BIOES ner tags)
# ---------------------------------------------------------------------------

_GIVEN = lx.GIVEN_NAMES
_NOT_NAMES = lx.NOT_NAMES
_ORG_SUFFIXES = lx.ORG_SUFFIXES
_COMPANY_SUFFIXES = lx.COMPANY_SUFFIXES
#: Words after a business noun that leave it the head of a phrase set off after a name
#: ("Allergan, the maker of Botox", "..., a firm that"), not a modifier ("a company man").
_FIRM_NOUN_FOLLOWERS = frozenset({"of", "that", "which", "whose", "based", "behind"})
#: What sets off a description after a name ("Allergan, the maker", "Verizon is the parent
#: company of AOL").
_APPOSITION_OPENERS = frozenset({",", "is", "was"})
#: Nouns right after a business's or a title's name that are never verbs: they follow it
#: at the start of a sentence too ("Forbes magazine started the list").
_NOUNS_AFTER_BUSINESS = frozenset({"shareholders", "stockholders", "magazine", "newspaper"})
#: All nouns right after a business's or a title's name ("Valeant shares", "Time
#: magazine"); "shares" and "stock" may be verbs at a sentence start ("Media shares blame").
_AFTER_BUSINESS = _NOUNS_AFTER_BUSINESS | {"shares", "stock"}
_SURNAMES = gz.PERSON_SURNAMES
_TITLES = frozenset(lx.TITLES) | frozenset(lx.HONORIFICS)
_TITLE_WORDS = frozenset(w for t in _TITLES for w in t.split())
#: Words of a title of several words that are names too: the surnames Tan and Toh ("Tan
#: Cheng Bock", but "Tan Sri Ahmad"), the given name Sri ("Sri Mulyani Indrawati").
_NAMES_IN_TITLES = frozenset({"tan", "toh", "sri"})
#: Whole-span lookups: lower-cased, space-joined span -> type ("" = a bare title).
_WHOLE: dict[str, str] = {}
for _n in gz.NORP:
    _WHOLE[_n] = "NORP"
for _n in gz.GPE:
    _WHOLE[_n] = "GPE"
for _n in gz.ORGS | lx.KNOWN_ORGS:
    _WHOLE[_n] = "ORG"
for _n in _TITLES:
    _WHOLE.setdefault(_n, "")
_WHOLE["us"] = "GPE"
del _n
#: Listed names that are not titles (a title word that is one too is no surname).
_TYPED_NOT_TITLES = frozenset(k for k, v in _WHOLE.items() if v)
#: Lower-case words that may sit inside a name between capitalised words.
_CONNECT = frozenset({"of", "and", "for", "de", "da", "di", "du", "del", "della", "der",
                      "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos", "das",
                      "dela", "delos", "los", "las", "&", "bint", "binti", "ter", "ten", "zu",
                      "y"})
#: A Korean or Cantonese given name after the surname, its second syllable in lower case
#: after a hyphen ("Park Ji-hoon", "Moon Jae-in", "Wong Kar-fai", "Li Ka-shing").
_KOREAN_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|wh|sh|[gkndtrlmbpsjhywf])?" \
    r"(?:yae|yeo|wae|ae|ai|au|oi|iu|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeiou])" \
    r"(?:ng|[kntlmpgbr])?"
_HYPHENED_GIVEN = re.compile(rf"(?i:{_KOREAN_SYLLABLE})-(?-i:{_KOREAN_SYLLABLE})$")
#: Inner lower-case words at which a run that is not one organisation is split.
_POSSESSIVE_MARKS = _LEX_S | _APOSTROPHES
_PLURAL_POSSESSORS = ("men", "people", "children")   # plurals that take 's
_SPLITTERS = frozenset({"of", "and", "for"})
#: Capitalised modals that are given names inside a name ("Chairman Will Rogers").
_NAME_MODALS = frozenset({"will"})
#: Capitalised ordinary words that go on a name begun before them (Theresa May, George Will).
_NAME_HOMOGRAPHS = _MONTHS_DAYS | _NAME_MODALS
#: Time words that open or sit inside a paper's or programme's title-case name ("the Sunday
#: Times", "the Daily Mail", "Good Morning America", "the Tonight Show"): not the time
#: adverb or the paper's type alone.
_TITLE_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday", "today", "tonight", "morning", "evening",
                               "daily", "weekly", "nightly"})
#: Of those, the ones no name run opens with (not namey), which open one after "the" or a
#: possessive before a capitalised word ("the Sunday Times", "NBC's Today Show").
_TIME_TITLE_OPENERS = frozenset(w for w in _TITLE_TIME_WORDS if w in _NOT_NAMES)
#: Words before such an opener: an article or a possessive mark.
_TITLE_OPENER_BEFORE = frozenset({"the"}) | _POSSESSIVE_MARKS
_NAME_VERBS = frozenset({"said", "read"})   # surnames that are verbs ("Omar Said", "Ian Read")
#: Name particles, which open a name when capitalised ("De Blasio", "Van Hollen").
_PARTICLES = _CONNECT - _SPLITTERS - {"&"}
#: Closed-class words that may open a name before a capitalised word.
_NAME_OPENERS = _PARTICLES | _NAME_MODALS
#: Words whose presence before "of" makes the whole run an organisation.
_ORG_HEADS = _ORG_SUFFIXES | frozenset({
    "university", "department", "bank", "council", "bureau", "office", "institute",
    "school", "college", "house", "court", "ministry", "federation", "union", "league",
    "church", "museum", "academy", "chamber", "daughters", "sons", "friends", "board",
    "federal", "national", "united"})
#: Heads of the names of bodies that go on with "of" or "of the" ("Ministry of the
#: Environment", "Friends of the Earth", "Department of Justice"), not of outlets or things
#: whose first word is an ordinary noun too ("News of the move", "Times of crisis").
_BODY_HEADS = frozenset({
    "university", "department", "bank", "council", "bureau", "office", "institute", "school",
    "college", "court", "ministry", "federation", "union", "league", "church", "museum",
    "academy", "chamber", "daughters", "sons", "friends", "board", "committee", "commission",
    "agency", "foundation", "association", "society", "organization", "organisation",
    "authority", "center", "centre", "corps", "army", "fund", "trust", "alliance",
    "coalition"})
_STATES = gz.US_STATES | gz.STATE_ABBREVIATIONS
_NAME_SUFFIX = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
#: All-caps words that are not organisations.
_ACRO_STOP = frozenset({
    "tv", "ok", "am", "pm", "ceo", "cfo", "coo", "id", "dna", "gdp", "ii", "iii", "iv", "vi",
    "vii", "viii", "ix", "xi", "xii", "lol", "omg", "ps", "faq", "pdf", "usb", "ad", "ai",
    "it", "llc", "aids", "hiv", "vip", "ufo", "diy", "asap", "rip", "mvp", "gop", "pr",
    "no", "yes", "not", "the", "and", "for", "but", "new", "all", "now", "wow", "mr",
    "ms", "mrs", "dr", "jr", "sr", "st", "re", "fyi", "btw", "aka", "eta", "tba", "ip",
    "iq", "kg", "km", "mph", "lb", "lbs", "oz", "ft", "hd", "uv", "co", "inc", "ltd",
    # a heading's word, time zones, offices and taxes, and "O.K." with its periods
    "text", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "vp", "vat", "o.k.",
})
#: Capitalised inflected reporting verbs ("Says", "Warned") never start a name.
_VERB_NOT_NAME = frozenset(
    f for f, lemma in lx.REPORTING_VERB_FORMS.items()
    if f != lemma and (f.endswith("ed") or (f.endswith("s") and not f.endswith("ss")))
) - {"states", "reports", "news", "charges", "comments", "remarks", "points", "thanks"} \
    | _HEADLINE_STANCE_S | _HEADLINE_INTENT_S | _HEADLINE_STANCE_ED  # "Roe Endorses Doe",
#   "Roe Refuses To Go", "Senator Endorsed Doe": a headline's verb of stance or intention,
#   no name's word; and "Calls", a listed verb ("Hale Calls On Roe To Quit", "Mayor Roe
#   Calls For Audit": no name "Hale Calls")
_VERB_NOT_NAME |= {"calls"}
#: Irregular past forms of verbs of speech and thought ("Memo Shows Mayor Knew Of Plan",
#: "Hale Told Roe To Quit"): no name's word either ("Felt", a surname, is left out).
_VERB_NOT_NAME |= {"knew", "thought", "told", "wrote", "written"}
#: Forms of the verbs that introduce speech right before or after a speaker.
_SAID_FORMS = frozenset({"said", "says", "told", "tells", "added"})  # verbs, never nouns
_SPEECH_FORMS = frozenset(f for f, lemma in lx.REPORTING_VERB_FORMS.items()
                          if lemma in lx.INVERTING_VERBS or lemma == "tell")
#: Marks that close a quote before its frame ('“...,” SAYS X').
_QUOTE_CLOSERS = frozenset({"”", "\"", "’", "'", "»"})
#: A token after one of these is at the start of a clause (like a sentence start).
_INIT_PREV = frozenset({"“", "\"", "‘", "'", "(", "[", ":", "—", "–", "―", "--", "…", "...",
                        "•", "*", ">", "|", "-", "``", "«"})
#: Words that make a capitalised run something other than a person's name.
_NON_PERSON = frozenset(_ORG_SUFFIXES | gz.NORP | gz.GPE | _TITLE_WORDS - _NAMES_IN_TITLES |
                        _ORG_HEADS
                        | _MONTHS_DAYS | frozenset("""
    day amendment act war plan bill law forum prize award street avenue road tower
    building hall island islands bay river lake mountain park county city hospital circuit
    corps show grants grant fellow research relations coverage beach springs fort port
    church cathedral airport station bridge square summit conference convention debate
    games olympics cup series bowl championship program programme initiative treaty
    accord agreement deal doctrine rule code report poll survey index award awards
    medal trophy stadium arena theater theatre museum library prison base camp zone
    valley heights falls creek canyon desert sea ocean gulf coast harbor harbour peninsula
    avenue boulevard lane drive plaza mall hotel resort restaurant cafe bar farm ranch
    reservoir reservoirs dam pond wharf quay jetty swamp lagoon estuary canal reef cove inlet
    waterfall waterfalls glacier volcano plateau wetland wetlands woodland woodlands hills
    mountains highway expressway freeway motorway tunnel gorge strait straits basin
    true false mostly half pants fire""".split()))
#: Last words of the names of things, events, shows and eras, never a surname: a run that
#: ends in one names no person even after a given name ("the Kelly File", "the Great
#: Recession", "Saturday Night Live", "the New Year", "the Trans-Pacific Partnership").
_THING_HEADS = frozenset("""
    recession depression revolution era crisis reform policy system dialogue statement
    strategy partnership clause rights room side week year eve time file live again
    """.split())
_NON_PERSON = _NON_PERSON | _THING_HEADS
#: First words of place names, never a given name ("San Bernardino", "West Point").
_PLACE_OPENERS = frozenset({"san", "santa", "los", "las", "north", "south", "east", "west",
                            "upper", "lower", "mount", "cape"})
#: Lower-case forms of ordinary words that often start a sentence capitalised.
_COMMON_START = frozenset(lx.SPEAKER_NOUNS | frozenset("""
    earlier later several critics officials voters polls sources experts analysts
    democrats republicans supporters opponents residents police authorities americans
    among despite under during following without within unlike like asked speaking
    writing meanwhile instead indeed still even perhaps maybe yet so thus hence overall
    finally ultimately eventually separately similarly likewise additionally already
    breaking exclusive update watch read listen look see""".split()))


#: Endings of connective adverbs no list holds ("Nevertheless", "Thereafter", "Otherwise")
_ADVERB_ENDINGS = ("less", "after", "wise", "where", "ever", "fore")
#: Closed classes a surname may look like ("Al From", "George Will"); no pronouns.
_NAME_LIKE_CLOSED = frozenset({"ADP", "AUX"})


def _closing_quote(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is a straight quote that closes a quote: it sticks to the
    word or punctuation before it and a space follows (``...,\" Jane said``)."""
    s, e, t = toks[k]
    return (t == '"' or t == "'") and k > 0 and toks[k - 1][1] == s \
        and k + 1 < len(toks) and toks[k + 1][0] > e


_LOWER_TAIL = re.compile(r"-[a-z]+$")


def _modifier_compound(t: str) -> bool:
    """Whether a capitalised word is a modifier that a lower-case word after its hyphen ends
    ("Frankfurt-based", "Botox-maker", "Oscar-winner", "Indiana-born", "Spanish-language"), not
    a name ("Seitz-Wald", a Korean given name "Jae-in")."""
    return "-" in t and _LOWER_TAIL.search(t) is not None and not _HYPHENED_GIVEN.match(t)


#: Adjectives of a faith that open a body's name ("Islamic Jihad", "Muslim Brotherhood"),
#: never a given name ("Christian" is one) nor a people's name before a surname.
_FAITH_ADJECTIVES = frozenset({
    "islamic", "islamist", "jewish", "catholic", "protestant", "evangelical", "muslim",
    "hindu", "sikh", "buddhist", "mormon", "sunni", "shiite", "shia", "lutheran",
    "methodist", "baptist", "presbyterian", "episcopal", "orthodox",
})

#: What :func:`_rare_kind` says of a token text: none of the below, a nickname's opening
#: mark (:func:`_join_nicknames` starts from nothing else), a Vietnamese family name
#: (:func:`_vietnamese_names`), a peer's title (:func:`_peers_seats`).
_RARE_NONE, _RARE_NICKNAME, _RARE_VIET, _RARE_PEER = 0, 1, 2, 4


def _rare_kind(t: str, low: str) -> int:
    """Which rare pass of :func:`_rows` token text ``t`` (lower case ``low``) can start: each
    of those passes asks this of a word before anything else, so a sentence with no such
    word is passed over whole (:data:`_RARE_NONE` for most words).  The three sets share no
    word, so one kind a word is enough."""
    if t in _NICKNAME_MARKS:
        return _RARE_NICKNAME
    if low in _VIET_FAMILY and t[:1].isupper():
        return _RARE_VIET
    if low in _PEER_TITLES:
        return _RARE_PEER
    return _RARE_NONE


class _Info:
    """Context-free facts about one token text (cached: :data:`_INFO_CACHE`)."""

    __slots__ = ("low", "plain", "upos", "lemma", "feats", "cap", "namey", "acro", "closed",
                 "rare")

    def __init__(self, t: str) -> None:
        low = t.lower()
        self.low = low
        self.plain = unaccented(low)   # "maría" -> "maria": a given name without its accents
        hit = _LEX.get(low)
        if hit is None:
            hit = _shape(t, low)
        self.upos, self.lemma, self.feats = hit
        # which of the rare per-sentence passes of _rows this word can start (_RARE_*)
        self.rare = _rare_kind(t, low)
        c = t[0]
        acro = len(t) > 1 and t.isupper() and t.isalpha()
        self.acro = acro
        closed = low in _CLOSED and not (acro and low in _WHOLE)
        self.closed = closed
        cap = c.isupper() or (len(t) > 4 and low[:3] in ("al-", "el-") and t[3].isupper())
        self.cap = cap
        # "V." is an initial ("Vladimir V. Putin"), "v." the "versus" of "Roe v. Wade"
        initial = cap and len(t) == 2 and t[1] == "."
        self.namey = bool(cap and c.isalpha()
                          and (acro or low not in _NOT_NAMES)
                          and not _modifier_compound(t)  # "Frankfurt-based Keller Motors"
                          and (not closed or low in _GIVEN or initial)
                          and (low not in _VERB_NOT_NAME or low in _GIVEN))


def _title_case_verb(low: str) -> bool:
    """Whether a capitalised word inside a title-case run is a listed verb in -s rather
    than a surname ("Jane Doe Calls Transit Plan", not "Jane Banks")."""
    return _s_verb_lemma(low) in _HEADLINE_VERB_LEMMAS and low not in _SURNAMES and \
        low not in _GIVEN


def _org_word(low: str) -> bool:
    """Whether a lower-cased word ends an organisation's name, also as the last part of a
    hyphenated word ("Sun-Times")."""
    return low in _ORG_SUFFIXES or "-" in low and low.rpartition("-")[2] in _ORG_SUFFIXES


def _person_run(lows: list[str], a: int, b: int) -> bool:
    """True when the words [a, b) open with a given name and hold no word that names no
    person ("Alex Seitz-Wald", not "Jordan Valley Authority")."""
    return (lows[a] in _GIVEN or bool(given_name_gender(lows[a]))) and \
        not any(lows[k] in _NON_PERSON for k in range(a, b))


#: What a lower-case word after a name is when the name modifies it ("the Jo Lee
#: shooting", "the Kel Tec handgun").
_NOUNISH_AFTER_NAME = frozenset({"NOUN", "ADJ", "PROPN", "X"})
#: "versus" between the parties of a case ("Roe v. Wade").
_VERSUS = frozenset({"v.", "vs.", "v", "vs", "versus"})
#: Word classes before a nationality word that make it no one's surname ("the Cuban").
_NOT_BEFORE_SURNAME = frozenset({"DET", "ADP", "ADJ", "NUM"})
#: Last words of a school's short name ("Oakfield Primary", "Sandy Hook Elementary").
_SCHOOL_LAST_WORDS = frozenset({"primary", "elementary"})
#: Describing words before a title ("Interim CEO Jo Lee", "Founding Chairman Ed Roe").
_BEFORE_TITLES = frozenset({"interim", "acting", "outgoing", "incoming", "founding", "longtime",
                            "retired", "former", "then", "current", "new", "late"})
#: Levels of government before a title ("Federal Minister for ...", "Provincial Minister").
_GOVERNMENT_LEVELS = frozenset({"federal", "provincial", "regional", "state", "national"})
#: Surnames that also end the names of organisations ("Anita Hill", "Vicente Fox", "Mayor Don
#: Guardian", not "the Hill", "Fox News", "The Guardian").
_SURNAME_ORG_WORDS = frozenset({"hill", "fox", "guardian", "court", "post",
                                # outlet words that are surnames too ("Tom Herald", "Lena
                                # Sun", "Bill Press"), after a given name
                                "herald", "sun", "star", "ledger", "courier", "press",
                                "mirror"})


def _surname_org_name(lows: list[str], a: int, b: int) -> bool:
    """Whether the words [a, b) are a given name, perhaps an initial, and one of those
    surnames, also as a hyphenated surname's last part ("Anita Hill", "Michael J. Fox",
    "Tom Herald", "Ann Taylor-Post"): a person; not a place named
    for one ("Clinton Hill"), nor a paper after "the" ("the Jackson Sun": no one's name)."""
    return 2 <= b - a <= 3 and lows[b - 1].rpartition("-")[2] in _SURNAME_ORG_WORDS \
        and not (a > 0 and lows[a - 1] == "the") \
        and (lows[a] in _GIVEN or bool(given_name_gender(lows[a])) and lows[a] not in _SURNAMES) \
        and (b - a == 2 or len(lows[a + 1]) == 2 and lows[a + 1][1] == ".")


#: Nouns of people that open a sentence before a name with a capital they owe only to
#: their place ("Actor Jo Lee said", "Celebrities Ann Roe and ..."); titles are read apart.
_PEOPLE_NOUNS = frozenset(lx.GENDERED_NOUNS) | lx.UNNAMED_SOURCE_NOUNS | frozenset({
    "actor", "actors", "actresses", "celebrity", "celebrities", "singer", "singers",
    "musician", "filmmaker", "novelist", "writer", "poet", "designer",
    "entrepreneur", "veteran", "farmer", "teacher", "student", "journalist", "journalists",
    "columnist", "activist", "activists", "artist", "economist", "historian",
    # trades and jobs that describe a person before the name ("Architect Simone Drake",
    # "Caretaker Bill Hensley", "Hawker Lim Ah Huat")
    "architect", "caretaker", "janitor", "hawker", "vendor", "trader", "shopkeeper",
    "owner", "landlord", "tenant", "resident", "engineer", "nurse", "surgeon", "pilot",
    "driver", "miner", "fisherman", "fisher", "chef", "cook", "baker", "butcher",
    "mechanic", "plumber", "electrician", "carpenter", "contractor", "gardener", "cleaner",
    "guard", "firefighter", "paramedic", "pharmacist", "dentist", "vet", "lecturer",
    "professor", "researcher", "scientist", "photographer", "director",
    "producer", "editor", "reporter", "blogger", "coach", "player", "athlete", "runner",
    "climber", "hiker", "survivor", "victim", "witness", "passenger", "commuter",
    "shopper", "customer", "patient", "parent", "pensioner", "retiree", "volunteer",
    "organiser", "campaigner", "protester", "lawyer", "attorney", "doctor",
    "manager", "shipowner", "trucker", "rancher", "grower", "welder", "bartender", "waiter",
    "cashier", "clerk", "courier", "midwife", "carer", "labourer", "laborer",
    # business and office jobs ("chief executive Lina Park", "analyst Jo Hill")
    "executive", "officer", "analyst", "strategist", "founder", "co-founder", "cofounder",
    "investor", "consultant", "adviser", "advisor", "aide", "staffer", "official",
    "spokesperson", "homeowner", "neighbor", "neighbour", "biologist", "physician"})


#: Plural nouns of people that open a sentence before "of" and a name ("Fans of Caldmoor
#: Rovers", "Residents of Brackford"): a group, no part of the name after "of"; not the
#: first word of an organisation's name ("Friends of the Earth", "Sons of Liberty").
_PEOPLE_OF = frozenset(w for w in lx.SPEAKER_NOUNS | lx.UNNAMED_SOURCE_NOUNS | _PEOPLE_NOUNS
                       if w.endswith("s")) - {"friends", "sons", "daughters", "brothers",
                                              "sisters", "news"} | {
    # nor is what a business has ("Shares of Halden Motors fell")
    "shares", "stock", "stocks", "bonds", "sales", "profits", "earnings", "revenue",
    "revenues"}
#: Plural nouns of people left out of :data:`_PEOPLE_OF` for the bodies they open
#: ("Friends of the Earth"), people again before an honorific ("Friends of Mr. Hale").
_KIN_OF = frozenset({"friends", "sons", "daughters", "brothers", "sisters"})


def _describes_named(lows: list[str], a: int, b: int) -> bool:
    """Whether the first word of a run that opens its sentence is a noun of people before a
    name, a given name or two words or three ("Actor Clint Howard", "Actress Amandla
    Stenberg"), not the name's own first word nor an organisation's ("Sons of Liberty")."""
    return lows[a] in _PEOPLE_NOUNS and not given_name_gender(lows[a]) \
        and lows[a + 1] not in _CONNECT \
        and (3 <= b - a <= 4 or lows[a + 1] in _GIVEN or bool(given_name_gender(lows[a + 1])))


#: Words that name what comes after them ("a phone called Lumora Vue", "a firm named").
_NAMING_WORDS = frozenset({"called", "named", "dubbed"})
#: Nouns of things (products, works, programmes) before "called" or "named", whose name is
#: no person's; "so" of "so called".
_NAMED_THINGS = frozenset("""
    phone smartphone app application device product brand model car truck vehicle drug
    medicine pill vaccine software program programme website site platform service tool
    system game show series film movie documentary book novel album song podcast
    newsletter blog plan initiative project scheme operation campaign fund index so
    """.split())


#: Owners before a kin noun ("his wife, Carys,"), and what may follow the name after it.
_KIN_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})
_KIN_NAME_CLOSERS = frozenset({",", ".", ";", ")", "—", "–"})
#: Business nouns that, opening a sentence before a name, describe it rather than begin
#: it ("Developer Kestrel Homes said", "Carmaker Vantor said"); not the ones that are
#: companies' own first words too ("Maker Studios", "Carrier Global").
_FIRM_DESCRIBERS = frozenset(
    w for w in lx.FIRM_NOUNS if w.endswith(("er", "or")) and w not in {"maker", "carrier"}
) | {"developer", "builder", "housebuilder", "homebuilder", "wholesaler", "distributor"}

#: Business nouns that, capitalised before another capitalised word, begin a business's
#: name rather than describe it ("Network Rail", "Bank Leumi", "Club Med", "Maker
#: Studios"): no false title like "Retailer" or "Startup" is among them.
_FIRM_NAME_OPENERS = lx.FIRM_NOUNS - _FIRM_DESCRIBERS - {"startup", "start-up", "giant",
                                                         "conglomerate"}
#: Of the business nouns, the trades of people too ("developer Mel Sembler", "publisher
#: Jo Kent"): before a name of unknown words they tell no business from a person.
_PEOPLE_TRADES = frozenset({"developer", "builder", "grocer", "broadcaster", "publisher",
                            "operator", "miner", "brewer", "carrier", "maker", "giant"})
#: Business nouns before a business's name only ("carmaker Vantor Motors", "the law firm
#: Perkins Coie", "lender Brackford Mutual"), not a person's ("retailing giant Amancio
#: Ortega").
_BUSINESS_ONLY_NOUNS = (lx.FIRM_NOUNS | _FIRM_DESCRIBERS) - _PEOPLE_TRADES


#: A capitalised word of two capitalised parts ("EgyptAir"), and the surname prefixes
#: that make such a word a person's ("VandeHei", "FitzGerald", "MacKenzie").
_RUN_TOGETHER = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]+)")
_SURNAME_PREFIXES = ("van", "fitz", "mac")


def _run_together_org(t: str) -> bool:
    """Whether one word is a company's two words run together ("EgyptAir", "LinkedIn",
    "CrowdStrike"): a first part of four letters or more, not a surname's prefix ("Mc",
    "De", "VandeHei", "FitzGerald") and no given name after it ("MaryAnn")."""
    m = _RUN_TOGETHER.fullmatch(t)
    return m is not None and not m.group(1).lower().startswith(_SURNAME_PREFIXES) \
        and m.group(2).lower() not in _GIVEN and m.group(1).lower() not in _GIVEN


#: Prefixes before a hyphen ("ANTI-WAR", "PRO-TRUMP", "NON-PROFIT").
_WORD_PREFIXES = frozenset({"anti", "pro", "non", "post", "pre", "ex", "co", "self", "semi",
                            "multi", "mid", "neo", "ultra", "over", "under", "re", "de"})
_JOINED_LETTERS = re.compile(r"[A-Z]{2,}(?:-[A-Z]+)+")


#: Capital letters joined by "&" that are common nouns, not a company's ("Q&A", "R&D").
_AMPERSAND_WORDS = frozenset({"q&a", "r&d", "m&a", "b&b", "p&l"})


def _joined_letters(t: str) -> bool:
    """Whether one word is an organisation's capital letters joined by a hyphen ("AFL-CIO",
    "UC-AFT"), none of them an ordinary word, a prefix or a name ("ANTI-WAR", "PRO-TRUMP")."""
    return _JOINED_LETTERS.fullmatch(t) is not None and not any(
        low in _LEX or low in _NOT_NAMES or low in _ACRO_STOP or low in _COMMON_START
        or low in _WORD_PREFIXES or low in _SURNAMES or low in _GIVEN or low in _WHOLE
        for low in t.lower().split("-"))


#: Last words of towns' names ("Colorado Springs", "Myrtle Beach", "Shaker Heights").
_TOWN_LAST_WORDS = frozenset({"springs", "beach", "heights", "falls", "hills", "township",
                              "borough", "harbor", "harbour"})
#: Last words of buildings and streets, no town ("in City Hall", "on Elm Street").
_BUILDING_WORDS = frozenset({"hall", "tower", "towers", "building", "square", "street",
                             "avenue", "road", "park", "airport", "station", "stadium",
                             "arena", "church", "cathedral", "bridge", "plaza", "mall",
                             "garden", "gardens", "field", "center", "centre", "house"})
#: Nouns after a body that speaks through them ("a Police Scotland spokesman").
_BODY_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official",
                            "officials", "statement", "spokespeople", "chief", "director"})
#: Words that open a role set off after a name ("Jo Roe, a lawyer", "another strategist").
_ROLE_DETERMINERS = frozenset({"a", "an", "the", "another", "one"})
#: Prepositions before a town ("in Palo Alto") that come before a person's name seldom.
_TOWN_PREPOSITIONS = frozenset({"in", "near", "outside"})
#: Marks after a town's name ("in Palo Alto, Calif.", "in Boca Raton.").
_AFTER_TOWN = frozenset({",", ".", ";", ":", ")", "—", "–"})
#: Singular nationality words, surnames too ("Bryan English", "Mark Cuban").
_NATIONALITY_WORDS = frozenset(w for w in gz.NATIONALITY_WORDS if " " not in w)
#: Countries and provinces that a body's name may end in ("Transport Scotland"); not the
#: ones that are given names or surnames too.
_BODY_COUNTRIES = (gz.COUNTRIES | gz.PROVINCES) - frozenset(
    {"chad", "georgia", "israel", "jordan", "england", "holland", "us", "uk", "usa", "u.s.",
     "u.k.", "u.s.a.", "america", "korea", "niger", "cuba", "india", "kenya", "alberta"})
#: Endings of describing words before a place ("Central", "Northern", "Greater",
#: "Corporate", "Historic", "Occupied").
_DESCRIBING_ENDINGS = ("al", "ern", "ic", "ish", "ian", "ed", "er", "ese", "ate", "ive",
                       "ous", "ful", "ary", "ory", "ing", "le", "ly")


#: Endings of abstract nouns, seldom of a surname ("Journalism", "Solutions", "Decisions",
#: "Empowerment", "Awareness", "Economics"; not "Vance", "Champion").
_ABSTRACT_NOUN_ENDINGS = ("ism", "isms", "tion", "sion", "ions", "ment", "ments", "ness", "ity",
                          "ities", "ics", "ship", "ships", "ances", "ences")
#: Endings of words in -s that are no plural of a common noun ("Congress", "Hastings",
#: "Jesus", "Davis").
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ys", "as", "os", "ings")
#: Polls, done by a pollster, no person ("a survey by ...", "...'s poll").
_POLL_NOUNS = frozenset({"poll", "polls", "polling", "survey", "surveys"})
#: Endings of plurals of people ("Officeholders", "Lawmakers", "Activists", "Students").
_PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ents")


def _common_noun_word(low: str) -> bool:
    """Whether a capitalised word is shaped like a common noun, not a surname: an abstract
    noun ("Journalism", "Solutions", "Empowerment") or the plural of one ("Crossroads",
    "Books", "Insights", "Voices"); not a given name, a listed surname, a plural of a
    nation or a given name ("Williams", "Roberts"), nor a plural of people ("Voters",
    "Officeholders")."""
    if len(low) < 5 or not low.isalpha() or low in _SURNAMES or low in _GIVEN \
            or low in _WHOLE or given_name_gender(low) or low in lx.SPEAKER_NOUNS \
            or low in lx.UNNAMED_SOURCE_NOUNS:
        return False
    if low.endswith(_ABSTRACT_NOUN_ENDINGS):
        return True
    if not low.endswith("s") or low.endswith(_NOT_PLURAL_ENDINGS):
        return False
    stem = low[:-1]
    return not low.endswith(_PEOPLE_PLURAL_ENDINGS) and stem not in _GIVEN \
        and not given_name_gender(stem) and stem not in _WHOLE \
        and not _people_of_place(low) and low not in _PEOPLE_OF


def _fuller_given(low: str) -> bool:
    """Whether a lower-cased word is a given name of the fuller lists, one borne by men
    and women alike too ("Charlie", "Billie"), and no listed place, group or title."""
    return low not in _NON_PERSON and bool(given_name_gender(low)
                                           or unaccented(low) in AMBIGUOUS)


#: Endings of agent nouns no list holds that stand before a name as a role ("Keeper Lotte
#: Ambrose", "Harbourmaster Dulcie Farrow", "Committeeman Curly Haugland"): a compound's
#: last part, or a suffix long words only have (not "Victor", "Asher", "Tanner").
_AGENT_ENDINGS = ("keeper", "master", "maker", "woman", "sman", "eeman", "person", "worker",
                  "leader", "player", "writer", "holder", "seller", "owner", "rider", "driver",
                  "builder", "fighter", "singer", "dancer", "farmer", "teacher", "trainer",
                  "runner", "manager", "grapher", "ologist", "ician")
#: Endings of nouns for people no list holds ("Stylist", "Librarian", "Trainee", "Juror",
#: "Barber", "Chaplain", "Tourist"): such a word before a name is a role, no given name.
_ROLE_ENDINGS = ("ist", "ian", "ee", "ary", "or", "er", "ain", "ant", "ent", "ive", "ic",
                 "man", "ier", "ess", "ard")
#: Words in -ie or -ey that are no given name ("Rookie Jo Ames", "Goalie Tim Roe").
_NOT_PET_NAMES = frozenset({
    "rookie", "goalie", "newbie", "bookie", "roadie", "foodie", "techie", "junkie", "hippie",
    "yuppie", "aussie", "bestie", "hottie", "cutie", "sweetie", "auntie", "groupie", "indie",
    "jockey", "monkey", "donkey", "turkey", "hockey", "jersey", "valley", "alley", "money",
    "honey", "lackey", "whiskey", "trolley", "journey", "survey", "attorney", "kidney"})


#: Plural nouns that end the name of an office ("Foreign Affairs"), no surname in -s.
_OFFICE_PLURALS = frozenset({"affairs", "services", "resources", "works", "veterans"})
#: Portfolios a minister or secretary holds ("Minister of State for Trade"), words no list
#: gives a person: before a lone surname the office's last word, not a first name.
_PORTFOLIOS = frozenset("""
    trade health finance defence education energy industry labor transport agriculture
    culture housing commerce sport sports youth interior infrastructure planning science
    technology welfare children water heritage revenue climate budget environment tourism
    """.split())


def _office_word(low: str) -> bool:
    """Whether a capitalised word after a title's "for"/"of" is the last word of its office,
    no first name ("... for Trade Lee", "... of Homeland Security Noem"): a listed
    portfolio or a common noun by its shape, never a given name of any list."""
    return (low in _PORTFOLIOS or _common_noun_word(low)) and not _fuller_given(low) \
        and low not in _GIVEN


def _office_after_title(lows: list[str], a: int, b: int) -> bool:
    """Whether the words ``[a, b)`` after a title are its office, no one's name: two or more
    words ending in an office's plural ("Affairs"), an abstract noun or a listed non-name
    word, with no given name or surname of the lists among them ("Minister for Foreign
    Affairs said", "Secretary for Northern Ireland Affairs said", "... for Trade Policy
    said"; not "Senator Ann Hughes", "Mayor Tom Affleck", "Mr. de Vries", "Director Avril
    Haines": a surname in -s)."""
    last = lows[b - 1]
    office = last in _NON_PERSON or last in _OFFICE_PLURALS or \
        last.endswith(_ABSTRACT_NOUN_ENDINGS) and _common_noun_word(last)
    return b - a >= 2 and office and not any(
        lows[k] in _GIVEN or lows[k] in _SURNAMES or given_name_gender(lows[k])
        or lows[k] in _CONNECT or lows[k] in _PARTICLES for k in range(a, b))


def _agent_noun(low: str) -> bool:
    """Whether a capitalised word no list holds is a role by its shape: an agent noun made
    from a listed verb ("Keeper", "Voter", "Winner") or with an ending of
    :data:`_AGENT_ENDINGS`; never a given name or surname of the lists."""
    if len(low) < 5 or not low.isalpha() or _fuller_given(low) or low in _GIVEN \
            or low in _SURNAMES:
        return False
    if low.endswith(_AGENT_ENDINGS):
        return True
    if not low.endswith("er"):
        return False
    stem = low[:-2]
    return stem in _VERB_LEMMAS or stem + "e" in _VERB_LEMMAS or (
        len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _VERB_LEMMAS)


#: Abbreviated titles without their period that are given names too (the Japanese "Gen"):
#: before a surname a given name, unless the text writes titles that way (lower case).
_GIVEN_TITLE_ABBREVS = frozenset(t.lower() for t in lx.GIVEN_NAME_TITLES)
#: Abbreviated titles as a text writing them without their periods has them mid-sentence.
_BARE_TITLES = lx.BARE_TITLE_ABBREVIATIONS

#: Plurals of titles that stand before the names of two or more ("Senators Rubio and
#: Cruz", "Professors Foner and Alba"), not plural roles that head a body's name
#: ("Executives for Acme", "Delegates Unbound").
_PLURAL_TITLES = frozenset({
    "presidents", "senators", "representatives", "professors", "justices", "governors",
    "generals", "judges", "mayors", "doctors", "bishops", "cardinals", "rabbis", "sheriffs",
    "ambassadors", "admirals", "commissioners", "congressmen", "congresswomen",
    "councilmen", "councilwomen", "ministers", "chancellors", "presidents-elect"})


#: Letters of bodies and places written with periods, never a person's initials.
_DOTTED_BODIES = frozenset({"u.n.", "e.u.", "u.k.", "u.s.", "d.c.", "l.a.", "n.y.", "n.j."})


def _initial(low: str) -> bool:
    """Whether a lower-cased word is an initial or two ("j.", "a.e.")."""
    return len(low) in (2, 4) and low[-1] == "." and low[0].isalpha() and (
        len(low) == 2 or low[1] == "." and low[2].isalpha())


def _pet_name_shape(low: str) -> bool:
    """Whether a word no list holds has the shape of a given name's familiar form
    ("Scottie", "Kenzie", "Dorsey"): ends in -ie or -ey, no listed ordinary word."""
    return len(low) >= 4 and low.endswith(("ie", "ey")) and low.isalpha() \
        and low not in _NOT_PET_NAMES and low not in _LEX and low not in _NON_PERSON \
        and low not in _PEOPLE_NOUNS and low not in lx.SPEAKER_NOUNS


def _people_of_place(key: str) -> bool:
    """Whether lower-cased words in the plural name the people of a nation or place: the
    plural of a listed nationality ("Armenians") or a listed place with "-ans", "-ns" or
    "-ers" ("Ohioans", "Iowans", "New Yorkers")."""
    return _WHOLE.get(key[:-1]) == "NORP" or key.endswith(("ans", "ers")) \
        and _WHOLE.get(key[:-3]) == "GPE" or key.endswith("ns") and _WHOLE.get(key[:-2]) == "GPE"


class _Namer:
    """Finds names over a whole document: three passes, linear time."""

    def __init__(self, sents: list[list[Tok]], infos: list[list[_Info]]) -> None:
        self.sents = sents
        self.infos = infos
        self.tags: list[list[str]] = [["O"] * len(s) for s in sents]
        self.ents: list[tuple[int, int, int, str]] = []       # (sent, a, b, type)
        self.pending: list[tuple[int, int, bool]] = []         # (sent, k, initial)
        self.pending_runs: list[tuple[int, int, int]] = []     # (sent, a, b) in headlines
        self.midcap: set[str] = set()
        self.titles: set[tuple[int, int]] = set()              # (sent, k) of title words
        self.flags: list[tuple[list[bool], bool, bool]] = []   # initial, headline, shouty
        self._bare_titles: bool | None = None                  # _writes_bare_titles

    # -- pass A: sentence shapes and capitalised words seen mid-sentence -----
    def _shapes(self) -> None:
        """Mark clause-initial tokens, headline and all-caps sentences; collect midcap."""
        midcap = self.midcap
        for toks, infos in zip(self.sents, self.infos, strict=True):
            n = len(toks)
            initial = [False] * n
            seen_word = False
            long_words = caps = shout = alpha = common = cap_subjects = 0
            prev = ""
            for k in range(n):
                t = toks[k][2]
                inf = infos[k]
                if t[0].isalnum():
                    if not seen_word or prev in _INIT_PREV and not _closing_quote(toks, k - 1):
                        initial[k] = True
                    seen_word = True
                    if t[0].isalpha():
                        alpha += 1
                        if inf.closed and inf.cap and not initial[k] \
                                and inf.low in _SUBJ_PRON:
                            cap_subjects += 1   # "Mayor Says She Backs Plan": title case
                        if len(t) > 2 and not inf.closed and not initial[k]:
                            long_words += 1
                            if inf.cap:
                                caps += 1
                                if self._common(inf.low) or inf.low in _HEADLINE_STANCE_S \
                                        or inf.low in _HEADLINE_INTENT_S \
                                        or inf.low in _HEADLINE_STANCE_ED:
                                    common += 1     # "Worries", "Headed", "Endorses": title case
                        if inf.acro and len(t) > 2:
                            shout += 1
                prev = t
            headline = (long_words >= 4 or long_words >= 2 and cap_subjects > 0) \
                and caps >= 0.9 * long_words and common > 0
            shouty = shout >= 3 and shout * 2 > alpha
            self.flags.append((initial, headline, shouty))
            if headline or shouty:
                continue
            for k in range(n):
                if not initial[k] and infos[k].namey:
                    midcap.add(toks[k][2])

    # -- helpers -----------------------------------------------------------
    def _emit(self, si: int, a: int, b: int, typ: str) -> None:
        """Record tokens a..b-1 of sentence si as an entity of type typ."""
        if a < b:
            self.ents.append((si, a, b, typ))

    @staticmethod
    def _key(lows: list[str], a: int, b: int) -> str:
        """The lower-cased words a..b-1 joined by spaces (a gazetteer key)."""
        return lows[a] if b - a == 1 else " ".join(lows[a:b])

    def _strong1(self, si: int, k: int, shouty: bool) -> str | None:
        """The type one word has on its own, from the word lists, or None."""
        inf = self.infos[si][k]
        low = inf.low
        typ = _WHOLE.get(low)
        if typ:
            return typ
        if _org_word(low):
            return "ORG"
        if low in _SURNAMES or low in _GIVEN:
            return "PERSON"
        if inf.acro and not shouty and low not in _ACRO_STOP \
                and (len(low) <= 4 or self._lone_long_acronym(si, k)) \
                and low not in _LEX and low not in _NOT_NAMES and low not in _COMMON_START:
            return "ORG"      # FBI, NAACP; an all-caps word of five letters or more too
        if _run_together_org(self.sents[si][k][2]):
            return "ORG"                         # EgyptAir, LinkedIn; not McDonald, LeVell
        if not shouty and _joined_letters(self.sents[si][k][2]):
            return "ORG"                         # AFL-CIO
        if len(low) > 2 and "&" in low and not shouty and low not in _AMPERSAND_WORDS:
            return "ORG"                         # AT&T, P&G; not "Q&A", "R&D"
        if low.count(".") >= 2 and len(low) > 3 and not shouty and low not in _ACRO_STOP \
                and all(len(part) == 1 for part in low.split(".") if part):
            return "ORG"                         # E.U., I.R.S., S.E.C.; not "Sens."
        return None

    def _named_business(self, si: int, k: int, shouty: bool) -> bool:
        """Whether the one word before a business's title ("CEO", "chief executive",
        "chairman", "founder") is that business's name: no word the lists type, no ordinary
        or describing word ("Interim CEO")."""
        low = self.infos[si][k].low
        return self._strong1(si, k, shouty) is None and not self._common(low) \
            and low not in _TITLE_WORDS and low not in _BEFORE_TITLES

    def _lone_long_acronym(self, si: int, k: int) -> bool:
        """Whether an all-caps word of five letters or more is an organisation's letters
        (NAACP, UNESCO) in running text: not a common word, not first in its sentence, and
        no all-caps word beside it ("ABSTRACT:" and "NUCLEAR WEAPONS" are headings)."""
        infos = self.infos[si]
        low = infos[k].low
        if self._common(low) or low in gz.NORP or self.flags[si][0][k]:
            return False
        n = len(infos)
        return not (k > 0 and infos[k - 1].acro or k + 1 < n and infos[k + 1].acro
                    or k + 1 < n and self.sents[si][k + 1][2] == ":")

    def _strong(self, si: int, lows: list[str], a: int, b: int, shouty: bool) -> None:
        """Tag a run (a title's prefix) only from strong evidence."""
        if a >= b:
            return
        typ = _WHOLE.get(self._key(lows, a, b))
        if typ:
            self._emit(si, a, b, typ)
            return
        if lows[a] in _GIVEN and b - a <= 3:
            self._emit(si, a, b, "PERSON")
            return
        if b - a >= 2 and (lows[b - 1] in _ORG_SUFFIXES or lows[b - 1] in lx.ORG_LAST_WORDS):
            self._emit(si, a, b, "ORG")
            return
        if b - a >= 2 and any(lows[k] in _TITLE_TIME_WORDS for k in range(a, b - 1)):
            self._emit(si, a, b, "ORG")  # "the Daily Mail", "Good Morning America": one title
            return
        for k in range(a, b):
            typ = self._strong1(si, k, shouty)
            if typ:
                self._emit(si, k, k + 1, typ)

    def _writes_bare_titles(self) -> bool:
        """Whether the text writes an abbreviated title without its period ("Mr Lee", "Sen
        Roe", British style) anywhere mid-sentence; found once per document."""
        found = self._bare_titles
        if found is None:
            found = self._bare_titles = not self.midcap.isdisjoint(_BARE_TITLES)
        return found

    def _given_not_title(self, lows: list[str], i: int, b: int) -> bool:
        """Whether "Gen" before a surname is a given name, not the title "Gen." without its
        period after another title ("Defence Minister Gen Nakano said"): the next word is no
        given name or title, and the text never writes titles without their periods (then
        "Gen Roe" is one)."""
        return lows[i] in _GIVEN_TITLE_ABBREVS and i + 1 < b \
            and lows[i + 1] not in _TITLE_WORDS and lows[i + 1] not in _GIVEN \
            and not given_name_gender(lows[i + 1]) and not self._writes_bare_titles()

    def _title(self, lows: list[str], a: int, b: int) -> tuple[int, int] | None:
        """The title match in lows[a:b] that ends last, as (i, j)."""
        best = None
        for i in range(a, b):
            if lows[i] not in _TITLE_WORDS and not lows[i].endswith("-elect") \
                    and not lows[i].startswith(("ex-", "then-")) \
                    or i > a and self._given_not_title(lows, i, b):
                continue
            if i > a and lows[i - 1] in _SPLITTERS:
                continue                         # Department of Justice
            after_given = i > a and (lows[i - 1] in _GIVEN or len(lows[i - 1]) == 2
                                     and lows[i - 1][1] == "." and lows[i - 1][0].isalpha()
                                     or i + 1 == b and _fuller_given(lows[i - 1]))
            for j in range(min(b, i + 5), i, -1):
                parts = lows[i:j]
                key = " ".join(parts)
                if key not in _TITLES:
                    w = parts[0]
                    if w.startswith(("ex-", "then-")):
                        w = w.split("-", 1)[1]
                    if w.endswith("-elect"):
                        w = w[:-6]
                    key = " ".join([w] + parts[1:])
                if key in _TITLES:
                    if after_given and j == i + 1:
                        break                    # the surname of "Rep. Peter T. King"
                    if best is None or j > best[1]:
                        best = (i, j)
                    break
        if best is not None and best[1] + 3 < b and lows[best[1]] in lx.TITLE_JOINERS:
            # "Commissioner of Agriculture Sid Miller", "Minister for Trade Jo Lee": the
            # office after "of" is the title's, up to a given name two or three words
            # before the run's end, or else up to the run's last two words
            for m in range(best[1] + 2, min(b - 1, best[1] + 5)):
                if b - m <= 3 and (lows[m] in _GIVEN or _fuller_given(lows[m])):
                    return (best[0], m)
            if b - best[1] <= 5:
                return (best[0], b - 2)
        return best

    # -- pass B: runs of capitalised words ----------------------------------
    def _runs(self) -> None:
        """Find maximal runs of capitalised words (with inner connectors) and type them."""
        for si, (toks, infos) in enumerate(zip(self.sents, self.infos, strict=True)):
            initial, headline, shouty = self.flags[si]
            if shouty:
                continue
            n = len(toks)
            # "María", "José": a given name with its accents is the one without them
            lows = [inf.plain for inf in infos]
            k = 0
            while k < n:
                inf = infos[k]
                if inf.acro and inf.low in lx.POSTNOMINALS and k > 0 and infos[k - 1].namey:
                    k += 1  # "Ann Roe KC": her letters, no organisation
                    continue
                if inf.cap and inf.low in _NAME_MODALS and k + 1 < n and not headline \
                        and _finite_verb(infos[k + 1]):
                    self.pending.append((si, k, initial[k]))  # "Will wrote": no modal
                    k += 1
                    continue
                if not inf.namey and inf.cap and inf.low in _TIME_TITLE_OPENERS and k \
                        and not headline and k + 1 < n and infos[k + 1].namey \
                        and lows[k - 1] in _TITLE_OPENER_BEFORE:
                    pass                 # "the Sunday Times", "NBC's Today Show": a title
                elif not inf.namey and not (inf.cap and inf.low in _NAME_OPENERS
                                          and self._opens_name(infos, k, initial, headline)) \
                        and not (inf.cap and inf.upos in _NAME_LIKE_CLOSED
                                 and self._named_by_cue(si, k)) \
                        and not (inf.cap and inf.low in _NAME_HOMOGRAPHS and initial[k]
                                 and not headline and k + 1 < n and infos[k + 1].namey
                                 and self._role_set_off_after(si, k + 2)):
                    # (the last: "Will Ostrander, the treasurer, said", "April Mellors, a
                    # spokeswoman, said": a modal or month opens the name a role follows)
                    k += 1
                    continue
                a = k
                k += 1
                while k < n:
                    inf = infos[k]
                    if inf.acro and inf.low in lx.POSTNOMINALS:
                        break
                    if inf.namey:
                        k += 1
                    elif (inf.low in _CONNECT and k + 1 < n and infos[k + 1].namey
                          and (toks[k][2][0].islower() or inf.low == "&")):
                        k += 2
                    elif inf.cap and inf.low in _PARTICLES and k + 1 < n and infos[k + 1].namey:
                        k += 2                                   # Jason Van Dyke
                    elif toks[k][2][:2] in ("d'", "d’") and toks[k][2][2:3].isupper():
                        k += 1                                   # Giscard d'Estaing
                    elif k == a + 1 and self._head_of_the(si, lows, a):
                        k += 3                   # Friends of the Earth, Ministry of the Interior
                    elif (inf.low in _CONNECT and k + 2 < n and toks[k][2][0].islower()
                          and infos[k + 1].low in _CONNECT and infos[k + 2].namey
                          and toks[k + 1][2][0].islower()):
                        k += 3                                   # von der Leyen
                    elif inf.cap and inf.low in _ORG_SUFFIXES:
                        k += 1                   # Human Rights Watch: ends an organisation
                        break
                    elif inf.low in _POSSESSIVE_MARKS and self._possessive_org(infos, a, k):
                        k += 1                   # the Harlow Teachers' Union: one name
                    elif inf.cap and inf.low in _NAME_HOMOGRAPHS and (
                            infos[k - 1].low in _GIVEN or inf.low in _NAME_MODALS
                            and not headline and k + 1 < n and infos[k + 1].namey):
                        k += 1                   # Theresa May, George Will, Chair Will Rogers
                    elif inf.cap and inf.low in _NAME_VERBS and not headline \
                            and (lows[k - 1] in _GIVEN or given_name_gender(lows[k - 1])) \
                            and not (k + 1 < n and toks[k + 1][2][:1].isupper()):
                        k += 1                   # Omar Said: a capital verb mid-sentence,
                        #                          not the title case of "Al Said She Would
                    elif inf.cap and inf.upos in _NAME_LIKE_CLOSED and not headline \
                            and (lows[k - 1] in _GIVEN or given_name_gender(lows[k - 1])) \
                            and not (k + 1 < n and toks[k + 1][2][:1].isupper()):
                        k += 1                   # "said Al From, who ...": a capital
                        #                          preposition mid-sentence after a given name
                    elif inf.cap and self._key(lows, a, k + 1) in _WHOLE:
                        k += 1                   # "USA Today": a listed name
                    else:
                        break
                if k < n and infos[k].cap and _modifier_compound(toks[k][2]):
                    continue             # "an Elizabeth Warren-style plan": no one named
                self._run(si, lows, a, k, initial, headline, shouty)

    def _head_of_the(self, si: int, lows: list[str], a: int) -> bool:
        """Whether an organisation's head word at ``a`` goes on with "of the" and a
        capitalised word, its name ("Friends of the Earth", "Ministry of the Environment"),
        not a title ("Office of the Director of ...")."""
        toks = self.sents[si]
        return a + 3 < len(toks) and lows[a] in _BODY_HEADS and toks[a + 1][2] == "of" \
            and toks[a + 2][2] == "the" and self.infos[si][a + 3].namey \
            and lows[a + 3] not in _TITLE_WORDS

    @staticmethod
    def _possessive_org(infos: list[_Info], a: int, k: int) -> bool:
        """Whether the possessive mark at k of a run from a sits inside an organisation's
        name: it marks a plural ("Teachers' Union", "People's Party"), not a person ("Jo
        Doe's Labour Party", "Sanders' Senate"), and one to three capitalised words after it
        end in an organisation word."""
        owner = infos[k - 1].low
        if not (owner.endswith("s") if infos[k].low in _APOSTROPHES
                else owner.endswith(_PLURAL_POSSESSORS)) or owner in _SURNAMES \
                or owner in _GIVEN or owner in _WHOLE or infos[a].low in _GIVEN:
            return False                 # "Sanders' Senate", "Democrats' Senate"
        end = min(len(infos), k + 4)
        j = k + 1
        while j < end and infos[j].namey:
            if infos[j].cap and infos[j].low in _ORG_SUFFIXES and not infos[j].acro:
                return j + 1 == len(infos) or not infos[j + 1].namey
            j += 1
        return False

    def _named_by_cue(self, si: int, k: int) -> bool:
        """Whether a capitalised preposition or modal between a closing quote and a speech
        verb is a surname ("“...,” From said"): a name may look like a preposition."""
        infos = self.infos[si]
        toks = self.sents[si]
        if k < 2 or k + 1 >= len(infos) or infos[k + 1].low not in _SPEECH_FORMS:
            return False
        prev = toks[k - 1][2]
        return (prev in _CLOSERS_ANY or _closing_quote(toks, k - 1)) and toks[k - 2][2] in ",?!"

    def _listing(self, si: int, lows: list[str], a: int, b: int, shouty: bool) -> bool:
        """Whether a run is a list joined by "and" ("FBI and CNN"), not one name."""
        if "and" not in lows[a:b]:
            return False
        cut = lows.index("and", a, b)
        if cut == a + 1 and _org_word(lows[b - 1]) and all(
                lows[k] in _GIVEN or given_name_gender(lows[k]) for k in (a, cut + 1)):
            return False                 # "the Bill and Ada Roe Foundation": one name
        if 2 <= cut - a <= 3 and _person_run(lows, a, cut):
            return True                  # "Alex Seitz-Wald and Reuters": a person first
        return cut > a and bool(_WHOLE.get(self._key(lows, a, cut))
                                or self._strong1(si, cut - 1, shouty)
                                or cut - a >= 2 and lows[cut - 1] in lx.ORG_LAST_WORDS
                                and not any(lows[m] in _SPLITTERS for m in range(a, cut)))

    def _before_state(self, si: int, b: int) -> bool:
        """Whether tokens b, b+1 of a sentence are ", <US state>" (a city comes before);
        not when a title follows the state ("Jon Doe, Ohio Secretary of State")."""
        toks = self.sents[si]
        infos = self.infos[si]
        return (b + 1 < len(toks) and toks[b][2] == "," and infos[b + 1].low in _STATES
                and not (b + 2 < len(toks) and infos[b + 2].low in _TITLE_WORDS))

    @staticmethod
    def _common(low: str) -> bool:
        """Whether a lower-cased word is an ordinary word rather than a name (an ending of
        adverbs or verbs makes one, unless a given name has it: "Kimberly", "Sterling")."""
        return (low in _LEX or low in _COMMON_START or low in lx.REPORTING_VERB_FORMS
                or low.endswith(("ly", "ing", "ed")) and given_name_gender(low) is None)

    @staticmethod
    def _opens_name(infos: list[_Info], k: int, initial: list[bool], headline: bool) -> bool:
        """Whether a capitalised particle or modal begins the name after it.

        "De Blasio" and "Van der Berg" anywhere, "said Will Doyle" but not "Will Trump win?".
        """
        if headline or k + 1 >= len(infos):
            return False
        if not infos[k + 1].namey:
            return (infos[k].low in _PARTICLES and k + 2 < len(infos) and infos[k + 2].namey
                    and infos[k + 1].low in _PARTICLES)
        return infos[k].low in _PARTICLES or not initial[k]

    def _known_start(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Whether a run's first word is a name even at the start of a sentence."""
        inf = self.infos[si][a]
        low = inf.low
        if low in _GIVEN or low in _SURNAMES or low in _WHOLE or inf.acro:
            return True
        if low in _PARTICLES and b - a >= 2:
            return True                          # De Blasio, Van Hollen
        if 2 <= b - a <= 3 and _fuller_given(low) and self._heads_headline(si, lows, b):
            return True      # headlines "Darrell Dunn: ‘...’", "Francine Roe Says ..."
        if self.sents[si][a][2] in self.midcap:
            return True
        for j in range(a + 2, min(b, a + 5) + 1):
            if self._key(lows, a, j) in _WHOLE:
                return True
        if low in _FIRM_DESCRIBERS and b - a >= 3:
            return False                         # "Retailer Pellbrook Stores said"
        if self._firm_name(lows, a, b):
            return True                          # "Network Rail said"
        if b - a >= 3 and lows[a] in _BODY_HEADS and lows[a + 1] in ("of", "for"):
            return True                          # "Department of Justice officials said"
        return b - a >= 2 and (lows[b - 1] in _ORG_SUFFIXES or lows[b - 1] in lx.ORG_LAST_WORDS)

    def _heads_headline(self, si: int, lows: list[str], b: int) -> bool:
        """Whether a run ending before word ``b`` is what a headline's colon or title-case
        verb in -s follows ("Darrell Dunn: ‘...’", "Francine Roe Says ...")."""
        return b < len(lows) and (self.sents[si][b][2] == ":" or self.infos[si][b].cap
                                  and _title_case_verb(lows[b]))

    def _run(self, si: int, lows: list[str], a: int, b: int, initial: list[bool],
             headline: bool, shouty: bool) -> None:
        """Drop an unknown sentence-initial word and edge connectors, then resolve."""
        if b - a > 20:                   # a name list at most; else title-case junk
            return
        toks = self.sents[si]
        if initial[a] and b - a >= 3 and lows[a + 1] == "of" and (
                lows[a] in _PEOPLE_OF or lows[a] in _KIN_OF and lows[a + 2] in lx.HONORIFICS):
            a += 2                       # "Fans of Caldmoor Rovers said": the fans speak;
            #                              "Friends of Mr. Hale say": his friends, no body
        while a < b and (initial[a] or headline) and not self._known_start(si, lows, a, b):
            if not headline and b - a >= 2 and not self._common(lows[a]) and (
                    not _describes_named(lows, a, b) or lows[a + 1] not in _NON_PERSON
                    and self._given_after_noun(lows, a, a + 1)) \
                    and lows[a] not in _FIRM_DESCRIBERS:
                break                    # "Douglas Brinkley, a historian, ..."; "Parent
                #                          Lucy Grant" is typed by the given name after it
            if self._set_off_person(si, lows, a, b, headline):
                if b - a == 1:
                    self._emit(si, a, b, "PERSON")  # "Walz, 60, a former teacher, said"
                    return
                break                    # "Hope Reed, 35, said": a given name that is a word
            self.pending.append((si, a, True))   # a name only if seen as one elsewhere
            a += 1
            if not headline:
                break
        while a < b and lows[a] in _CONNECT and not toks[a][2][0].isupper():
            a += 1
        while b > a and lows[b - 1] in _CONNECT and not toks[b - 1][2][0].isupper():
            b -= 1
        if a >= b:
            return
        if self._ends_org_list(si, lows, a, b):
            return
        found = len(self.ents)
        self._resolve(si, lows, a, b, initial[a] or headline, headline, shouty)
        if a > 0 and lows[a - 1] in _BUSINESS_ONLY_NOUNS:
            self._firm_named(si, lows, a, found)
        elif a > 1 and lows[a - 1] in _NAMING_WORDS and not toks[a - 1][2][0].isupper():
            self._thing_named(si, lows, a, found)

    @staticmethod
    def _firm_name(lows: list[str], a: int, b: int) -> bool:
        """Whether a run of two to four words is a business's name opened by a business
        noun ("Network Rail", "Bank Leumi"): no given name, title or listed name after it."""
        return 2 <= b - a <= 4 and lows[a] in _FIRM_NAME_OPENERS \
            and lows[a + 1] not in _GIVEN and lows[a + 1] not in _TITLE_WORDS \
            and not given_name_gender(lows[a + 1]) \
            and not any(lows[k] in _WHOLE or lows[k] in _CONNECT for k in range(a + 1, b))

    @staticmethod
    def _listed_firm_first(lows: list[str], a: int, b: int) -> bool:
        """Whether two or three words open with a listed organisation's one-word name and go
        on with words no list knows, a longer name of the same body ("Exxon Mobil", "Acme
        Reports"), not a person ("Dell Curry": a surname; "Apple Martin": a given name;
        "Mercedes Schlapp": a given name first), nor a body's word before what it holds or
        does ("Senate Dems", "Congress Gets"; letters: "GOP Convention", see the caller)."""
        return 2 <= b - a <= 3 and _WHOLE.get(lows[a]) == "ORG" and lows[a] not in _GIVEN \
            and lows[a] not in _ORG_SUFFIXES and not given_name_gender(lows[a]) and not any(
            lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
            or lows[k] in _WHOLE or lows[k] in _CONNECT or lows[k] in _TITLE_WORDS
            for k in range(a + 1, b))

    def _firm_named(self, si: int, lows: list[str], a: int, found: int) -> None:
        """Retype as a business the person read from the words a noun of businesses only
        describes ("Carmaker Vantor Kell said", "the law firm Perkins Coie"), unless they
        open with a given name or end in a surname ("lender Tom Hale", "insurer Jo Lee"), or
        "who" follows them ("supplier Nguyen Van Thanh, who runs a plant")."""
        if lows[a] in _GIVEN or given_name_gender(lows[a]):
            return
        for m in range(found, len(self.ents)):
            esi, ea, eb, typ = self.ents[m]
            if ea == a and typ == "PERSON" and lows[eb - 1] not in _SURNAMES and \
                    lows[eb + 1:eb + 2] != ["who"]:
                self.ents[m] = (esi, ea, eb, "ORG")

    def _thing_named(self, si: int, lows: list[str], a: int, found: int) -> None:
        """Retype the person read from the words after "called" or "named" when the noun
        before them names a business ("a company called Vantor Kell": a business) or a
        thing ("a phone called Lumora Vue", "the so-called Never Trumpers": no entity),
        also set off by a comma ("The app, called Vibe Check,"), where a plural noun names
        no person either ("The glasses, called Lumora Vue,": one name for several things;
        without the comma "Protesters called Jo Roe" is a verb and its object)."""
        noun = lows[a - 2]
        set_off = noun == "," and a > 2
        if set_off:
            noun = lows[a - 3]
        if noun in _BUSINESS_ONLY_NOUNS:
            self._firm_named(si, lows, a, found)
        elif noun in _NAMED_THINGS or set_off and _plural_noun_word(self.infos[si][a - 3]):
            self.ents[found:] = [e for e in self.ents[found:]
                                 if e[1] != a or e[3] != "PERSON"]

    def _ends_org_list(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Extend an organisation whose "of"/"for" complement is a list over the run that
        closes the list ("the Academy of Arts, Music and Dance"): True when done."""
        if a < 2 or "and" not in lows[a + 1:b - 1] or self.sents[si][a - 1][2] != "," \
                or not self.ents:
            return False
        esi, ea, eb, typ = self.ents[-1]
        if esi != si or eb != a - 1 or typ != "ORG" or not any(
                lows[m] in _SPLITTERS for m in range(ea + 1, eb - 1)) \
                or any(self._strong1(si, m, False) for m in range(a, b)):
            return False
        self.ents[-1] = (si, ea, b, "ORG")
        return True

    @staticmethod
    def _headed(lows: list[str], a: int, b: int) -> bool:
        """Whether a run is one organisation named by a head before its first "of" or
        "for" ("Organisation for Economic Co-operation and Development")."""
        first = next((m for m in range(a + 1, b - 1) if lows[m] in _SPLITTERS), b)
        if first == b or lows[first] == "and":
            return False
        return any(lows[m] in _ORG_HEADS for m in range(a, first))

    @staticmethod
    def _two_word_name(lows: list[str], b: int, known: bool = True) -> bool:
        """Whether the last two words of a run [.., b) after an office can be a person's
        name: no place, title, body or organisation word, and (``known``) a listed surname
        last or a given name first ("... for Trade Jo Lee")."""
        if any(lows[k] in _NON_PERSON or lows[k] in _CONNECT or lows[k] in _WHOLE
               or _org_word(lows[k]) for k in (b - 2, b - 1)) or _office_word(lows[b - 2]):
            return False                         # "... for Trade Lee": the surname alone
        return not known or lows[b - 1] in _SURNAMES or lows[b - 2] in _GIVEN \
            or bool(given_name_gender(lows[b - 2]))

    def _title_of(self, si: int, lows: list[str], a: int, b: int, headline: bool,
                  shouty: bool) -> bool:
        """Type "<title> of <office> <name>" ("Secretary of Health and Human Services Jo
        Li", "Minister of Trade and Industry Tom Hale"): the office after "of" is part of
        the title, the name starts at a given name after it or after the office's last
        "and"/"of" word. False when the run is not of that shape (or a title is listed whole
        up to the office, "Secretary of State", "Deputy Chief of Staff"): the caller types
        it."""
        while a < b - 1 and (lows[a] in _BEFORE_TITLES or lows[a] in _GOVERNMENT_LEVELS) \
                and lows[a + 1] in _TITLE_WORDS:
            a += 1                               # "Federal Minister for ...": no name
        j = a
        while j < b and lows[j] in _TITLE_WORDS and lows[j] not in lx.TITLE_JOINERS:
            j += 1
        if j > a and j + 2 == b and lows[j] in lx.TITLE_JOINERS and \
                self._key(lows, a, j) in _TITLES and not any(
                self._key(lows, k, b) in _TITLES for k in range(a, j)):
            # "The Minister for Health said", "the Bishop of Durham": an office or a place,
            # no one's name; a business after its head ("CEO of Hewlett-Packard")
            self.titles.update((si, k) for k in range(a, j))
            typ = _WHOLE.get(lows[j + 1]) or \
                ("ORG" if lows[j] == "of" and lows[j - 1] in lx.BUSINESS_HEADS else None)
            if typ:
                self._emit(si, j + 1, b, typ)
            return True
        if j == a or j + 2 >= b or lows[j] not in lx.TITLE_JOINERS or any(
                self._key(lows, k, j + 2) in _TITLES
                or j + 3 <= b and self._key(lows, k, j + 3) in _TITLES for k in range(a, j)):
            return False                         # "(Deputy) Chief of Staff Jo Lee": listed
        m = next((m for m in range(j + 2, b)
                  if lows[m] in _GIVEN and lows[m] not in _NON_PERSON), b)
        if m == b and lows[j] == "for":          # "Minister for Water Resources Shahid Khan"
            m = next((m for m in range(j + 2, b) if given_name_gender(lows[m])
                      and lows[m] not in _NON_PERSON and not _org_word(lows[m])), b)
        if m == b - 1 and m - 1 >= j + 2 and self._two_word_name(lows, b):
            m = b - 2                            # "Minister for Trade Jo Lee": not "Lee"
        if m == b:
            last = max((k for k in range(j + 1, b) if lows[k] in _SPLITTERS), default=j)
            if last == j and b - j >= 4 and self._two_word_name(lows, b):
                # "Minister for Trade Jo Lee": an office word, then a name whose surname no
                # list gives a first name of
                last = b - 4
            elif last == j and b - j >= 3 and _office_word(lows[b - 2]) and not (
                    lows[b - 1] in _NON_PERSON or lows[b - 1] in _CONNECT
                    or lows[b - 1] in _WHOLE or lows[b - 1] in _OFFICE_PLURALS
                    or _org_word(lows[b - 1]) or _office_word(lows[b - 1])):
                # "Secretary of Homeland Security Noem", "... of Energy Granholm": the
                # office's last word, then the surname alone
                last = b - 3
            elif last == j:
                return False                     # "Mayor of Dunmore Hale": no cue
            m = min(last + 2, b)
            while m < b - 1 and _org_word(lows[m]):
                m += 1                           # "... and Human Services Jo Li"
            if m < b and _office_after_title(lows, last + 1, b):
                # "The Minister of State for Trade Policy said": the office runs to the
                # run's end, no one's name ("Policy") after it
                self.titles.update((si, k) for k in range(a, j))
                return True
        self.titles.update((si, k) for k in range(a, j))
        typ = _WHOLE.get(self._key(lows, j + 1, m))
        port = max((k for k in range(j + 1, m) if lows[k] == "for"), default=j)
        if typ:
            self._emit(si, j + 1, m, typ)
        elif port > j:
            # "Minister of State for Trade (Lee)": a portfolio, no body; a place or a body
            # after its "for" is one ("... for Northern Ireland", "... for Health and Human
            # Services")
            typ = _WHOLE.get(self._key(lows, port + 1, m))
            if typ:
                self._emit(si, port + 1, m, typ)
            elif m - port > 3 or lows[m - 1] in _ORG_SUFFIXES:
                self._emit(si, port + 1, m, "ORG")
        elif m - j > 2 or lows[m - 1] in _ORG_SUFFIXES:
            self._emit(si, j + 1, m, "ORG")      # Health and Human Services
        if m < b:
            self._resolve(si, lows, m, b, False, headline, shouty)
        return True

    def _resolve(self, si: int, lows: list[str], a: int, b: int, init: bool,
                 headline: bool, shouty: bool) -> None:
        """Type a run: gazetteers, lists, titles, org cues, places, given names, shape."""
        n = b - a
        key = self._key(lows, a, b)
        typ = _WHOLE.get(key)
        if typ is not None:
            if typ:
                self._emit(si, a, b, typ)
            return
        if key[-1] == "s" and n <= 3 and _people_of_place(key):
            self._emit(si, a, b, "NORP")         # "Armenians", "New Yorkers", "Ohioans"
            return
        if n == 1 and self._set_off_person(si, lows, a, b, headline):
            self._emit(si, a, b, "PERSON")       # "Walz, 60, a former teacher, said"
            return
        if n == 1 and not headline and a >= 2 and self.sents[si][a - 1][2] == "The" \
                and lows[a] not in _GIVEN and not given_name_gender(lows[a]) and not (
                    b < len(self.sents[si]) and self.sents[si][b][2][0].islower()
                    and self.infos[si][b].upos in _NOUNISH_AFTER_NAME):
            # "Jane Roe of The Nation", "asked The Sentinel": one word after a capital "The"
            # mid-sentence is a title (a paper, a site, a show), no person; not a modifier
            # ("... The Obama administration")
            self._emit(si, a, b, "ORG")
            return
        if n == 2 and _HYPHENED_GIVEN.match(self.sents[si][a + 1][2]) and \
                self.sents[si][a][2].istitle():
            self._emit(si, a, b, "PERSON")   # "Park Ji-hoon", "Kim Jong-un": surname first
            return
        if n == 2 and _HYPHENED_GIVEN.match(self.sents[si][a][2]) and \
                self.sents[si][a + 1][2].istitle() and lows[a + 1] not in _ORG_HEADS:
            self._emit(si, a, b, "PERSON")   # "Jae-won Park", "Min-jun Lee": given name first,
            return                           # its surname a word ("Park") or not
        org_end = _org_word(lows[b - 1]) or n >= 2 and lows[b - 1] in lx.ORG_LAST_WORDS
        listing = self._listing(si, lows, a, b, shouty)
        if not listing and self._title_of(si, lows, a, b, headline, shouty):
            return
        if not (listing or org_end) and "and" in lows[a + 1:b - 1] and self._headed(lows, a, b):
            last = max(m for m in range(a + 1, b - 1) if lows[m] in _SPLITTERS)
            name = next((m for m in range(last + 2, b)
                         if lows[m] in _GIVEN and lows[m] not in _NON_PERSON), b)
            if name == b and b - last == 4 and self._two_word_name(lows, b, known=False):
                name = b - 2             # "... Management and Budget Shalanda Young"
            self._emit(si, a, name, "ORG")   # Organisation for ... and Development
            if name < b:                     # ... Office of Management and Budget Jo Li
                self._resolve(si, lows, name, b, False, headline, shouty)
            return
        if "and" in lows[a + 1:b - 1] and (listing or not org_end):
            start = a                            # Joe Biden and Bernie Sanders
            for m in range(a, b + 1):
                if m == b or lows[m] == "and":
                    if start < m:
                        self._resolve(si, lows, start, m, init and start == a, headline,
                                      shouty)
                    start = m + 1
            return
        if n >= 2 and lows[a] in _PLURAL_TITLES and not headline \
                and lows[a + 1] not in _CONNECT:
            self.titles.add((si, a))         # "Senators Rubio and Cruz": the title of both
            cut = next((m for m in range(a + 1, b) if lows[m] in _SPLITTERS), b)
            if cut - a <= 5:                 # a name after a title, as a title's is
                self._emit(si, a + 1, cut, _WHOLE.get(self._key(lows, a + 1, cut)) or "PERSON")
            if cut + 1 < b:                  # ... of Nevada
                self._resolve(si, lows, cut + 1, b, False, headline, shouty)
            return
        best = self._title(lows, a, b)
        if best is not None:
            i, j = best
            self.titles.update((si, k) for k in range(i, j))
            name_a = j
            while name_a < b and lows[name_a] in _CONNECT and not self.infos[si][name_a].cap \
                    and not (lows[name_a] in _PARTICLES and name_a + 1 < b):
                name_a += 1  # not "Al" of "Sen. Al Franken"; "de" of "Mr. de Vries" is the name's
            if i > a and lows[a] in _GIVEN and i - a <= 2 and n <= 5 and all(
                    lows[k] in _NAME_SUFFIX for k in range(name_a, b)):
                self._emit(si, a, b, "PERSON")   # Larry King, Martin Luther King Jr.
                return
            if name_a >= b or not org_end or _surname_org_name(lows, name_a, b):
                if i == a + 1 and lows[j - 1] in lx.BUSINESS_HEADS and not init \
                        and self._named_business(si, a, shouty):
                    self._emit(si, a, i, "ORG")  # "the former Hewlett-Packard CEO Jo Lee"
                else:
                    self._strong(si, lows, a, i, shouty)
                if name_a < b:
                    cut = next((m for m in range(name_a, b) if lows[m] in _SPLITTERS), b)
                    typ = _WHOLE.get(self._key(lows, name_a, cut))
                    if typ:
                        self._emit(si, name_a, cut, typ)
                    elif cut - name_a - sum(lows[m] in _CONNECT for m in range(name_a, cut)) <= 4 \
                            and not _office_after_title(lows, name_a, cut):
                        # Senator John McCain, Mayor Juan Carlos Martínez de la Fuente
                        self._emit(si, name_a, cut, "PERSON")
                    if cut < b:                                 # ... of Arizona
                        self._resolve(si, lows, cut + 1, b, False, headline, shouty)
                return
        if n >= 3 and not headline and not org_end and lows[a + 1] not in _CONNECT \
                and _agent_noun(lows[a]) and lows[a] not in _NON_PERSON and lows[a] not in _WHOLE:
            # "Keeper Lotte Ambrose said": an agent noun no list holds is the role before
            # the name, as a listed title is ("Warden Kofi Mensah")
            self._resolve(si, lows, a + 1, b, False, headline, shouty)
            return
        if n >= 3 and _HYPHENED_GIVEN.match(self.sents[si][b - 1][2]) and \
                self.sents[si][b - 2][2].istitle() and not given_name_gender(lows[a]):
            self._strong(si, lows, a, b - 2, shouty)   # "Fishmonger Jung Eun-ji said"
            self._emit(si, b - 2, b, "PERSON")
            return
        if org_end and (n >= 2 or not init) and not listing:
            if _surname_org_name(lows, a, b):
                self._emit(si, a, b, "PERSON")   # "Anita Hill", "Vicente Fox"
                return
            of = next((m for m in range(a + 2, b - 1) if lows[m] == "of"), b)
            name = a
            while name < of - 2 and lows[name] in _TITLE_WORDS:
                name += 1  # "Climatologist Ben Arora of Prairie State University"
            if of < b and of - name <= 3 and _person_run(lows, name, of):
                if name > a:
                    self._resolve(si, lows, a, of, init, headline, shouty)
                else:
                    self._emit(si, a, of, "PERSON")  # "Megyn Kelly of Fox News": a person
                self._resolve(si, lows, of + 1, b, False, headline, shouty)
                return
            self._emit(si, a, b, "ORG")
            return
        if "&" in lows[a:b]:
            self._emit(si, a, b, "ORG")
            return
        inner = [m for m in range(a + 1, b - 1) if lows[m] in _SPLITTERS]
        if inner:
            first = inner[0]
            if org_end and lows[first] == "and" and not listing or any(
                    lows[m] in _ORG_HEADS for m in range(a, first)):
                self._emit(si, a, b, "ORG")      # Department of Justice, Securities and
                return                           # Exchange Commission, Center for ...
            start = a
            for m in range(a, b + 1):
                if m == b or lows[m] in _SPLITTERS:
                    if start < m:
                        self._resolve(si, lows, start, m, init and start == a, headline,
                                      shouty)
                    start = m + 1
            return
        if n <= 3 and self._before_state(si, b):
            self._emit(si, a, b, "GPE")          # Toledo, Ohio / Fort Wayne, Ind.
            return
        if 2 <= n <= 3 and lows[b - 1] == "city" and not any(
                lows[k] in _ORG_HEADS or lows[k] in _TITLE_WORDS for k in range(a, b - 1)):
            # "Oklahoma City", "Dodge City": a place; a city's name before it, its club
            self._emit(si, a, b, "ORG" if n == 2 and lows[a] in gz.CITIES else "GPE")
            return                               # ("Harwell City" is, "Leicester City")
        if 2 <= n <= 3 and lows[b - 1] in _SCHOOL_LAST_WORDS and not any(
                lows[k] in _WHOLE or self._common(lows[k]) for k in range(a, b - 1)):
            self._emit(si, a, b, "ORG")          # "Oakfield Primary", "Sandy Hook Elementary"
            return                               # (not "Democratic Primary": an election)
        if 2 <= n <= 3 and not headline and self._place_name(si, lows, a, b):
            self._emit(si, a, b, "GPE")          # "Colorado Springs", "in Palo Alto"
            return
        for p in (3, 2, 1):
            if p < n and _WHOLE.get(self._key(lows, a, a + p)) in ("GPE", "NORP"):
                if not headline and (self._body_after_place(si, lows, a, a + p, b)
                                     or self._body_after_nationality(lows, a, a + p, b)
                                     or self._speaking_body_after_faith(si, lows, a, a + p, b)):
                    self._emit(si, a, b, "ORG")
                    return
                if n == 2 and p == 1 and (a == 0 and self._role_set_off_after(si, b)
                                          or self._role_set_off_before(si, lows, a)
                                          or lows[a] in _GIVEN_DEMONYMS):
                    self._emit(si, a, b, "PERSON")  # "Jordan Pike, a lawyer for ...,"
                    return
                self._emit(si, a, a + p, _WHOLE[self._key(lows, a, a + p)])
                self._resolve(si, lows, a + p, b, False, headline, shouty)
                return
        if 2 <= n <= 3 and lows[a] in _PLACE_OPENERS and lows[b - 1] not in _WHOLE \
                and not org_end and "-" not in lows[b - 1]:
            self._emit(si, a, b, "GPE")          # San Bernardino, West Point, Cape Breton
            return
        if n == 2 and not headline and self._body_of_country(si, lows, a):
            self._emit(si, a, b, "ORG")          # "Transport Scotland", "Health Canada"
            return
        if lows[b - 1] in _THING_HEADS and n >= 2:
            return                               # "the Kelly File": no one's name
        if self._firm_name(lows, a, b) or not headline and not self.infos[si][a].acro \
                and self._listed_firm_first(lows, a, b):
            self._emit(si, a, b, "ORG")          # "Network Rail", "Club Med", "Exxon Mobil"
            return
        if n == 1:
            typ = self._strong1(si, a, shouty)
            if typ:
                self._emit(si, a, b, typ)
            else:
                self.pending.append((si, a, init))
            return
        if n >= 3 and (lows[a] in _GIVEN or headline and _fuller_given(lows[a])):
            verb = next((m for m in range(a + 2, min(b, a + 4)) if _title_case_verb(lows[m])), b)
            if verb < b:                         # "Jane Doe Calls Transit Plan ‘...’"
                self._emit(si, a, verb, "PERSON")
                if verb + 1 < b:
                    self._resolve(si, lows, verb + 1, b, False, headline, shouty)
                return
        if lows[a] in _GIVEN and n - sum(lows[k] in _CONNECT for k in range(a, b)) <= 4:
            self._emit(si, a, b, "PERSON")   # "María Fernanda García de la Vega"
            return
        if n == 2 and not headline and lows[b - 1] in _NATIONALITY_WORDS \
                and given_name_gender(lows[a]) and lows[a] not in _NON_PERSON:
            self._emit(si, a, b, "PERSON")   # "Bryan English", "Rosa Cuban": a surname that
            return                           # is a nationality word after a given name
        if n == 2 and _WHOLE.get(lows[b - 1]) == "GPE" and given_name_gender(lows[a]) and \
                lows[a] not in _WHOLE and lows[a] not in _NON_PERSON and \
                lows[a] not in _PLACE_OPENERS:
            # "Gemma Flint", "Nadia Hull": a given name of the fuller list before a surname
            # that is a town's name too (the shorter list already knows "Jack London")
            self._emit(si, a, b, "PERSON")
            return
        if n == 2 and a > 0 and (
                self.sents[si][a - 1][2] in _PEOPLE_NOUNS or
                b < len(self.sents[si]) and self.sents[si][b][2] == "," and
                self._role_set_off_before(si, lows, a)) and \
                given_name_gender(lows[a]) and lows[a] not in _NON_PERSON and \
                lows[b - 1] not in _WHOLE:
            # "midwife Tessa Grant": after a lower-case noun of people, a given name of the
            # fuller list and a surname that is a word too (not "Jackson Park" alone); so
            # also set off after one ("the owner, Keisha Hall, said", "its chief executive,
            # Lina Park,")
            self._emit(si, a, b, "PERSON")
            return
        if n == 3 and not headline and self._given_place_given(si, lows, a):
            self._emit(si, a, b, "PERSON")   # "Deborah Jordan Whitlock", "Tanner Lee Smith"
            return
        # "Jamie Lee Curtis", "Scottie Nell Hughes", "J. Michael Pearl": a given name or an
        # initial before the given name opens the name; it does not describe the person
        lead = not headline and (self._initials(si, lows, a) or n == 3 and (
            _fuller_given(lows[a]) and not self.infos[si][a].acro or _pet_name_shape(lows[a])))
        for k in range(a + 1, b - 1):
            if (lows[k] in _GIVEN or k < a + 3 and self._given_after_noun(lows, a, k)) and (
                    lows[k] not in _NON_PERSON or self._given_homograph(si, lows, k, b, headline)
            ) and (k < a + 3 or b - k <= 3 and not any(lows[m] in _NON_PERSON
                                                       for m in range(k, b))):
                if k == a + 1 and lead:
                    self._emit(si, a, b, "PERSON")
                    return
                # "House Intelligence Republican Mike Pompeo", "Parent Lucy Moran": the name
                # after what describes
                self._strong(si, lows, a, k, shouty)
                self._emit(si, k, b, "PERSON")
                return
        if n == 2 and given_name_gender(lows[a]) and not self.infos[si][a].acro and \
                self.infos[si][a + 1].acro and len(lows[a + 1]) >= 4 and \
                lows[a + 1] not in _WHOLE and lows[a] not in _NON_PERSON:
            self._emit(si, a, b, "PERSON")   # "Rémi LEBLANC": a surname in capitals
            return
        if self._set_off_person(si, lows, a, b, headline):
            self._emit(si, a, b, "PERSON")   # "Grant Young, a pastor, said", "Hope Reed, 35,"
            return
        # (not "Jr.": "C. Stewart Verdon Jr." has three words of name)
        words = [k for k in range(a, b) if lows[k] not in _CONNECT
                 and (n < 4 or lows[k] not in _NAME_SUFFIX)]
        # "Billie Jean King said": a surname that is a title word too ends the name after a
        # given name (the title path skips a title right after a given name); not "Burger
        # King" (no given name) or "Jordan King Abdullah" (a name after the title)
        last = b - 1 if n >= 2 and not headline and lows[b - 1] in _TITLE_WORDS \
            and lows[b - 1] not in _TYPED_NOT_TITLES \
            and (lows[a] in _GIVEN or _fuller_given(lows[a])) else b
        # "João Pedro Sousa Ferreira": two given names and a double surname
        personal = (len(words) <= 3 or len(words) == 4 and all(
            given_name_gender(lows[k]) for k in words[:2])) and not any(
                k != last and lows[k] in _NON_PERSON or self.infos[si][k].acro
                or "&" in lows[k] for k in words)
        if personal and n >= 2 and not headline and self._the_name(si, lows, a, b):
            self._emit(si, a, b, "ORG")          # "the Ku Klux Klan", "the Common Core"
            return
        if personal and not headline and 2 <= n <= 3 and (
                lows[b - 1].endswith(_ABSTRACT_NOUN_ENDINGS) and _common_noun_word(lows[b - 1])
                or self._business_run(si, a, b)) and not any(
                lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
                for k in range(a, b)):
            # two or three unknown words ending in an abstract noun, or where only a body
            # stands, name a body, no person ("Harlow Empowerment", "Dunmore Economics", "an
            # analyst at Vantor Kell"; not "Tom Wolf", "Ann Rich")
            self._emit(si, a, b, "ORG")
            return
        if len(words) <= 3 and lows[b - 1] in _SURNAMES or personal and not headline:
            self._emit(si, a, b, "PERSON")
            return
        if 2 <= n <= 3 and lows[a] not in _WHOLE and given_name_gender(lows[a]) \
                and all(self.infos[si][k].acro for k in range(a, b)) \
                and not any(lows[k] in _NON_PERSON for k in range(a, b)):
            self._emit(si, a, b, "PERSON")       # "JOEL BENENSON: ...", a name in capitals
            return
        if personal and headline and 2 <= n <= 3 and _fuller_given(lows[a]) \
                and self._heads_headline(si, lows, b):
            self._emit(si, a, b, "PERSON")       # "Darrell Dunn: ‘...’" heads a headline
            return
        if (headline or init) and 3 <= n <= 5 and _fuller_given(lows[b - 2]) \
                and lows[b - 1] not in _NON_PERSON and lows[b - 3] not in _CONNECT \
                and not self.infos[si][b - 1].acro and self._heads_headline(si, lows, b):
            # "Hale Challenger Kelli Ward: ‘...’": a given name of the fuller lists and a
            # surname end the run that opens a headline before its colon or verb in -s;
            # what comes before is read apart
            self._strong(si, lows, a, b - 2, shouty)
            self._emit(si, b - 2, b, "PERSON")
            return
        found = len(self.ents)
        self._strong(si, lows, a, b, shouty)
        if personal and len(self.ents) == found:
            self.pending_runs.append((si, a, b))   # "Jane Doe: ..." heads a headline

    def _given_place_given(self, si: int, lows: list[str], a: int) -> bool:
        """Whether three capitalised words are one person's given name, middle name and
        surname though the tagger's lists read the middle or first word otherwise: a middle
        name that is a place too ("Deborah Jordan Whitlock", "Ann Georgia Hale": no place
        "Jordan" inside), or a first name no list holds before a middle name that is a
        listed surname too ("Tanner Lee Smith": not "Tanner" describing "Lee Smith"). The
        first word is no ordinary word, title, agent noun or noun of people ("Quarterback
        Tom Ames", "Parent Lucy Moran", "Keeper Jo Lee" keep their role apart), the last
        no place, body or title word."""
        first, mid, last = lows[a], lows[a + 1], lows[a + 2]
        infos = self.infos[si]
        if any(infos[k].acro or not infos[k].cap or not lows[k].isalpha()
               for k in range(a, a + 3)) or last in _WHOLE or last in _NON_PERSON \
                or self._common(last):
            return False
        mid_given = bool(given_name_gender(mid)) or unaccented(mid) in AMBIGUOUS
        if _WHOLE.get(mid) == "GPE":
            return mid_given and _fuller_given(first) and first not in _WHOLE
        return mid_given and mid in _SURNAMES and mid in _GIVEN and len(first) >= 4 \
            and first not in _GIVEN and not given_name_gender(first) \
            and unaccented(first) not in AMBIGUOUS and first not in _SURNAMES \
            and first not in _WHOLE and first not in _NON_PERSON and not self._common(first) \
            and first not in _PEOPLE_NOUNS and first not in lx.SPEAKER_NOUNS \
            and not _agent_noun(first) and not _common_noun_word(first) \
            and not first.endswith(_ADVERB_ENDINGS) and not first.endswith(_ROLE_ENDINGS)

    def _body_after_place(self, si: int, lows: list[str], a: int, m: int, b: int) -> bool:
        """Whether one or two capitalised words ``[m, b)`` after "the" and a listed place or
        nationality from ``a`` end the name of a body ("the American Legion", "the Islamic
        State", "the Toledo Lantern"): no person's given name or surname, no thing, member or
        ordinary word ("the Vietnam War", "the Kentucky Republican", "the Democratic
        Primary"), no modifier of a noun after it ("the Ohio Legion post").  Without "the"
        the words may be a person's name ("German Ortega", "America Ferrera")."""
        toks = self.sents[si]
        if b - m > 2 or a == 0 or toks[a - 1][2].lower() != "the" or lows[m] in _GIVEN \
                or given_name_gender(lows[m]) or lows[b - 1] in _SURNAMES or any(
                    lows[k] in _NON_PERSON or lows[k] in _WHOLE or lows[k] in _SCHOOL_LAST_WORDS
                    or self._common(lows[k]) for k in range(m, b)):
            return False
        return b == len(toks) or not (toks[b][2][0].islower()
                                      and self.infos[si][b].upos in _NOUNISH_AFTER_NAME)

    def _business_run(self, si: int, a: int, b: int) -> bool:
        """Whether the words [a, b) stand where only a business or a pollster does: after a
        job "at" it or a head "of" it ("a managing director at Vantor Kell", "the founder of
        Vantor Kell"), after "a poll by" or "a survey by" ("a survey by Vantor Kell"), or
        before its "'s" and a poll or what a business owns ("Vantor Kell's poll", "Vantor
        Kell's shares"), like one unknown word (:meth:`_business_context`)."""
        infos = self.infos[si]
        if a >= 2:
            prev, prev2 = infos[a - 1].low, infos[a - 2].low
            if prev == "at" and prev2 in lx.JOBS_AT or prev == "of" and prev2 in lx.BUSINESS_HEADS \
                    or prev == "by" and prev2 in _POLL_NOUNS:
                return True
        return b + 1 < len(infos) and infos[b].low in _LEX_S and (
            infos[b + 1].low in _POLL_NOUNS or infos[b + 1].low in lx.BUSINESS_POSSESSIONS)

    @staticmethod
    def _body_after_nationality(lows: list[str], a: int, m: int, b: int) -> bool:
        """Whether one or two capitalised words ``[m, b)`` after a nationality or party word
        from ``a`` end the name of an outlet or a group, with or without "the": the last is
        a common noun by its shape ("Western Journalism", "Latino Decisions", "American
        Crossroads", "Conservative Solutions", "American Family Voices"), not a surname, and
        the first word is no given name ("Christian Banks")."""
        if not 1 <= b - m <= 2 or _WHOLE.get(" ".join(lows[a:m])) != "NORP" \
                or lows[a] in _GIVEN or given_name_gender(lows[a]) \
                or lows[b - 1] in _NON_PERSON or not _common_noun_word(lows[b - 1]):
            return False
        return b - m == 1 or not (lows[m] in _GIVEN or lows[m] in _SURNAMES or lows[m] in _WHOLE
                                  or lows[m] in _TITLE_WORDS or _fuller_given(lows[m]))

    def _speaking_body_after_faith(self, si: int, lows: list[str], a: int, m: int, b: int
                                   ) -> bool:
        """Whether one or two capitalised words ``[m, b)`` after a nationality or faith word
        from ``a`` end the name of a body without "the": "Islamic State" (a state that is a
        movement, not a place), or a body that speaks right there ("..., Muslim Advocates
        said", "said Muslim Advocates", "Ohio State said"), its last word a plural of people
        in running text or an ordinary word (:meth:`_body_after_nationality` takes the
        abstract nouns).  Not a person ("German Ortega said", "Christian Banks said"), a
        title ("the German Chancellor said") or a group at a sentence's start ("Democratic
        Lawmakers said")."""
        if not 1 <= b - m <= 2 or lows[a] in _GIVEN or given_name_gender(lows[a]):
            return False
        typ = _WHOLE.get(" ".join(lows[a:m]))
        if b - m == 1 and lows[m] == "state" and typ == "NORP":
            return True                          # "Islamic State", "so-called Islamic State"
        infos = self.infos[si]
        if m == a + 1 and lows[a] in _FAITH_ADJECTIVES and not any(
                lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
                or lows[k] in _WHOLE or lows[k] in _TITLE_WORDS or infos[k].acro
                or self._common(lows[k]) or _common_noun_word(lows[k]) for k in range(m, b)):
            # "Islamic Jihad", "Muslim Brotherhood": a word no list knows after a faith, no
            # surname (not "the Islamic Revolution", a thing)
            return True
        nxt = infos[b].low if b < len(infos) else ""
        if not (nxt in _SPEECH_FORMS or nxt in _VERB_NOT_NAME or nxt in _BODY_SPEAKERS
                or a > 0 and infos[a - 1].low in _SPEECH_FORMS):
            return False
        last = lows[b - 1]
        if typ == "GPE":
            return b - m == 1 and last == "state"      # "Ohio State said": its university
        if typ != "NORP" or any(lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
                                or lows[k] in _WHOLE or lows[k] in _TITLE_WORDS or infos[k].acro
                                for k in range(m, b)):
            return False
        # a plural of people capitalised in running text, not where a sentence opens
        # ("Democratic Lawmakers said little": title case of a group)
        return last in _LEX or last.endswith("s") and last in _PEOPLE_OF \
            and not self.flags[si][0][a]

    def _place_name(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Whether two or three capitalised words name a town: they end in a word of towns
        ("Colorado Springs", "Myrtle Beach", "Shaker Heights"), or they come after "in" or
        "near" with no given name, surname, title or organisation's word among them ("in
        Palo Alto", "near Boca Raton"; not "in Jane Roe's view", "in Acme Corp")."""
        if any(lows[k] in _GIVEN or lows[k] in _SURNAMES or _fuller_given(lows[k])
               or lows[k] in _TITLE_WORDS or _org_word(lows[k]) or lows[k] in lx.ORG_LAST_WORDS
               or lows[k] in _TYPED_NOT_TITLES or self.infos[si][k].acro
               for k in range(a if lows[a] not in _WHOLE else a + 1, b)):
            return False
        if lows[b - 1] in _BUILDING_WORDS:
            return False                         # "in City Hall", "in Trump Tower"
        if lows[b - 1] in _TOWN_LAST_WORDS:
            return True
        toks = self.sents[si]
        return b - a == 2 and a > 0 and toks[a - 1][2] in _TOWN_PREPOSITIONS \
            and lows[a] not in _WHOLE and (b == len(toks) or toks[b][2] in _AFTER_TOWN
                                           or toks[b][2][:1].islower()
                                           and self.infos[si][b].upos not in _OBJ_UPOS)

    def _body_of_country(self, si: int, lows: list[str], a: int) -> bool:
        """Whether two capitalised words, a word that is no name and a country or province
        ("Transport Scotland", "Health Canada", "Police Scotland"), name a body of that
        country that speaks, not the place: no given name or surname first ("Jack
        England"), no describing word ("Central America", "Rural Ontario", "Greater
        Manchester"), no country that is a given name too ("Chad", "Georgia")."""
        first, place = lows[a], lows[a + 1]
        if place not in _BODY_COUNTRIES or first in _WHOLE or first in _SURNAMES \
                or first in _GIVEN or _fuller_given(first) or first in _PLACE_OPENERS \
                or first in _TITLE_WORDS or first.endswith(_DESCRIBING_ENDINGS) \
                or "." in first or "-" in first:
            return False
        lex = _LEX.get(first)
        if lex is not None and lex[0] != "NOUN" or not self.infos[si][a].cap:
            return False
        # only where a body speaks ("Transport Scotland said", "a Police Scotland
        # spokesman"): "Nazi Germany" or "Vichy France" is a place in its time
        toks = self.sents[si]
        nxt = self.infos[si][a + 2].low if a + 2 < len(toks) else ""
        prv = self.infos[si][a - 1].low if a > 0 else ""
        return nxt in _SPEECH_FORMS or nxt in _BODY_SPEAKERS or prv in _SPEECH_FORMS

    def _role_set_off_after(self, si: int, b: int) -> bool:
        """Whether a comma, an article and a noun of people (perhaps after one modifier)
        follow word ``b``: "Jordan Pike, a lawyer for ...": two words that open the sentence
        before them are a person, though the first is a place too."""
        toks = self.sents[si]
        if b + 2 >= len(toks) or toks[b][2] != "," or toks[b + 1][2].lower() not in (
                "a", "an", "the"):
            return False
        if any(toks[k][2] in _PEOPLE_NOUNS or toks[k][2] in lx.TITLES
               for k in range(b + 2, min(len(toks), b + 4))):
            return True
        return self._long_role_set_off(si, b)

    def _long_role_set_off(self, si: int, b: int) -> bool:
        """Whether the role set off after two words that open the sentence ends, before its
        comma, in a noun of people after a modifier of three or four words: "Chad Mercer, the
        Hale campaign's chairman, said" (the first word a place that is a given name too);
        not when no comma closes it within reach."""
        toks = self.sents[si]
        if b < 2 or not (given_name_gender(toks[b - 2][2]) or
                         unaccented(toks[b - 2][2].lower()) in AMBIGUOUS):
            return False
        for k in range(b + 4, min(len(toks) - 1, b + 7)):
            if toks[k + 1][2] == ",":
                return toks[k][2] in _PEOPLE_NOUNS or toks[k][2] in lx.TITLES
        return False

    def _role_then_speech(self, si: int, b: int) -> bool:
        """Whether a role set off by two commas after word ``b - 1`` is followed right away by
        a speech verb: "Kamau, a member, said": a surname alone that opens the sentence (not
        "Nevertheless, the official said", nor "Still, a spokesman, Jo Lee, said")."""
        toks = self.sents[si]
        if b + 3 >= len(toks) or toks[b + 1][2].lower() not in _ROLE_DETERMINERS \
                or not (toks[b - 1][2].isalpha() and toks[b - 1][2].istitle()):
            return False
        for k in range(b + 2, min(len(toks) - 1, b + 6)):
            t = toks[k][2]
            if t == ",":
                return k > b + 2 and toks[k + 1][2] in _SAID_FORMS and (
                    toks[k - 1][2] in _PEOPLE_NOUNS or toks[k - 1][2] in lx.TITLES
                    or toks[k - 1][2] in lx.SPEAKER_NOUNS) and \
                    not toks[b - 1][2].endswith(_ADVERB_ENDINGS)
            if not t[:1].isalpha() or not t.islower():
                return False
        return False

    def _set_off_person(self, si: int, lows: list[str], a: int, b: int, headline: bool) -> bool:
        """Whether two capitalised words are a person's name because a role or an age is set
        off after them ("Grant Young, a pastor, said", "Hope Reed, 35, said"), though both are
        ordinary words too (a given name of the fuller lists that is a noun, a verb or a
        title word, a surname that is an adjective): no listed place or group, body or title
        word last ("Chase Bank, a lender,", "Virginia Beach, a city,"); a surname alone
        before an age ("Walz, 60, a former teacher, said": a story's second mention)."""
        if headline or self.infos[si][a].acro:
            return False
        if b - a == 1:
            toks = self.sents[si]
            return b + 2 < len(toks) and toks[b][2] == "," and (
                toks[b + 2][2] == "," and toks[b + 1][2].isdigit()
                and 0 < int(toks[b + 1][2]) < 111 or self._role_then_speech(si, b)) and \
                len(lows[a]) > 2 and lows[a] not in _WHOLE and not _org_word(lows[a]) and \
                lows[a] not in lx.ORG_LAST_WORDS and lows[a] not in _TITLE_WORDS and \
                lows[a] not in _TOWN_LAST_WORDS and not self._common(lows[a])
        if b - a != 2 or not given_name_gender(lows[a]):
            return False
        last = lows[a + 1]
        if last in _WHOLE or last in _TITLE_WORDS or _org_word(last) \
                or last in lx.ORG_LAST_WORDS or last in _TOWN_LAST_WORDS \
                or last in _BUILDING_WORDS or self.infos[si][a + 1].acro:
            return False
        toks = self.sents[si]
        if b + 2 >= len(toks) or toks[b][2] != ",":
            return False
        if toks[b + 1][2].isdigit():
            return toks[b + 2][2] == ","         # an age: "Hope Reed, 35,"
        # "Grant Young, another Iowa strategist," or, with no article, a role in lower case:
        # "Kristen Day, executive director of ..."
        first, end = (b + 2, b + 7) if toks[b + 1][2].lower() in _ROLE_DETERMINERS \
            else (b + 1, b + 4)
        for k in range(first, min(len(toks), end)):
            t = toks[k][2]
            if t in _PEOPLE_NOUNS or t in lx.TITLES or t in lx.SPEAKER_NOUNS:
                return True
            if not t[:1].isalnum() or first == b + 1 and not t.islower():
                return False
        return False

    def _role_set_off_before(self, si: int, lows: list[str], a: int) -> bool:
        """Whether a noun of people and a comma come just before word ``a``, itself a given
        name too: "a spokesman, Jordan Ellis, said": a place that opens a name set off after
        a role is the person's given name."""
        toks = self.sents[si]
        return a >= 2 and toks[a - 1][2] == "," and (
            toks[a - 2][2] in _PEOPLE_NOUNS or toks[a - 2][2] in lx.TITLES) and bool(
            given_name_gender(lows[a]) or unaccented(lows[a]) in AMBIGUOUS)

    def _the_name(self, si: int, lows: list[str], a: int, b: int) -> bool:
        """Whether a run of capitals is the head of a noun phrase opened by "the": a body or a
        thing ("the Ku Klux Klan said", "the Common Core"), no person, unless it opens with a
        given name or ends in a surname, or a noun after it makes it a modifier ("the Lois
        Lerner email", "the Abe Ruiz shooting")."""
        toks = self.sents[si]
        if a == 0 or toks[a - 1][2].lower() != "the" or lows[b - 1] in _SURNAMES \
                or lows[a] in _GIVEN or given_name_gender(lows[a]):
            return False
        if b == len(toks):
            return True
        nxt = self.infos[si][b]
        return not (toks[b][2][0].islower() and nxt.upos in _NOUNISH_AFTER_NAME)

    def _initials(self, si: int, lows: list[str], a: int) -> bool:
        """Whether word ``a`` is a person's initial or two ("J.", "A.E."), not the letters of a
        body or place ("the U.N.", "U.S.", "D.C.")."""
        low = lows[a]
        if not _initial(low):
            return False
        return len(low) == 2 or low not in _WHOLE and low not in _DOTTED_BODIES and not (
            a > 0 and lows[a - 1] in _ROLE_DETERMINERS)

    def _given_homograph(self, si: int, lows: list[str], k: int, b: int, headline: bool) -> bool:
        """Whether a given name that is an ordinary word too ("Bill", "Mark") opens the name
        at the end of a run, before one more word that is no ordinary word ("Groundskeeper
        Bill Hensley"), outside headlines ("Farm Bill Vote Fails")."""
        if headline or k + 2 != b:
            return False
        last = lows[k + 1]
        return self.infos[si][k + 1].cap and not self._common(last) \
            and last not in _NON_PERSON and last not in _WHOLE

    @staticmethod
    def _given_after_noun(lows: list[str], a: int, k: int) -> bool:
        """Whether word ``k`` of a run from ``a`` is a given name of the fuller list after
        one or two words that are neither given names, surnames nor initials ("Parent Lucy
        Moran", "Co-author Lukas Brenner"): the words describe the person; not "Lucy Grace
        Moran" or "J. Gerald Doe"."""
        return bool(given_name_gender(lows[k])) and not any(
            "." in lows[m] or lows[m] in _SURNAMES or given_name_gender(lows[m])
            for m in range(a, k))

    # -- pass C: single words seen elsewhere as part of a name ---------------
    def _resolve_pending(self) -> None:
        """Type words left open: surnames and words typed elsewhere, speech cues, and
        headline runs that end in a surname the text names."""
        surnames: set[str] = set()
        singles: dict[str, str] = {}
        businesses: set[str] = set()
        for si, a, b, typ in self.ents:
            toks = self.sents[si]
            if typ == "PERSON":
                last = b - 1
                while last > a and self.infos[si][last].low in _NAME_SUFFIX:
                    last -= 1
                t = toks[last][2]
                if len(t) > 1 and t[0].isalpha():
                    surnames.add(t)
                if b - a == 2 and given_name_gender(self.infos[si][a + 1].plain) and \
                        not given_name_gender(self.infos[si][a].plain):
                    surnames.add(toks[a][2])     # "Kovács Péter": the surname first
            elif b - a == 1:
                singles.setdefault(toks[a][2], typ)
            elif b - a == 2 and typ == "ORG" and self.infos[si][a + 1].low in _COMPANY_SUFFIXES:
                businesses.add(toks[a][2])          # "Allergan Inc.": then "Allergan said"
        for si, k, _ in self.pending:
            if self._business_context(si, k):
                businesses.add(self.sents[si][k][2])
        businesses -= surnames
        self._surname_nationalities(surnames)
        if any(t.lower() in _SURNAME_ORG_WORDS for t in surnames):
            self._surname_org_words(surnames)
        for si, a, b in self.pending_runs:
            if self.sents[si][b - 1][2] in surnames:
                self.ents.append((si, a, b, "PERSON"))   # a headline name, named in the text
        left = []
        for si, k, init in self.pending:
            t = self.sents[si][k][2]
            if t in surnames:
                self.ents.append((si, k, k + 1, "PERSON"))
            elif t in businesses:
                self.ents.append((si, k, k + 1, "ORG"))
            elif t in singles:
                self.ents.append((si, k, k + 1, singles[t]))
            elif not init and self._speaks(si, k) and not self._people_plural(si, k):
                self.ents.append((si, k, k + 1, "PERSON"))
                surnames.add(t)
            elif init and self._opens_speech(si, k) or self._given_name(si, k) \
                    or not init and self._named_kin(si, k):
                self.ents.append((si, k, k + 1, "PERSON"))   # this mention only
            else:
                left.append((si, k))
        for si, k in left:           # "Doe continued": Doe speaks elsewhere ("..., Doe said")
            if self.sents[si][k][2] in surnames:
                self.ents.append((si, k, k + 1, "PERSON"))
        self._firms_by_first_word()

    def _people_plural(self, si: int, k: int) -> bool:
        """Whether a lone capitalised word is a plural of people ("Muslim Advocates said":
        "Advocates" names a group, never one person)."""
        low = self.infos[si][k].low
        return low.endswith("s") and low in _PEOPLE_OF and low not in _SURNAMES

    def _firms_by_first_word(self) -> None:
        """Retype as an organisation two words read as a person whose first word the text
        names an organisation by on its own ("Vantor Kell said ... Vantor, the company,
        said", "snack maker Vantor"): a person's short name is the surname, a firm's the
        first word.  Not when the first word is a given name or a surname ("Mark Kell")."""
        firms = {self.sents[si][a][2] for si, a, b, typ in self.ents
                 if typ == "ORG" and b - a == 1}
        if not firms:
            return
        for n, (si, a, b, typ) in enumerate(self.ents):
            if typ == "PERSON" and b - a == 2 and self.sents[si][a][2] in firms:
                low = self.infos[si][a].low
                if low not in _GIVEN and low not in _SURNAMES and not _fuller_given(low):
                    self.ents[n] = (si, a, b, "ORG")

    def _surname_nationalities(self, surnames: set[str]) -> None:
        """Retype as the person a lone nationality word that the text has as a person's
        surname ("Mark Cuban ... Cuban said", "Sarah English ... English told"), where it
        stands as a noun: no article or preposition before it ("the Cuban", "of Cuban"), no
        noun after it ("Cuban officials")."""
        if not surnames:
            return
        for n, (si, a, b, typ) in enumerate(self.ents):
            if b - a != 1 or typ != "NORP" or self.sents[si][a][2] not in surnames:
                continue
            infos = self.infos[si]
            if a > 0 and infos[a - 1].upos in _NOT_BEFORE_SURNAME:
                continue
            if a + 1 < len(infos) and (self.sents[si][a + 1][2][0].isalpha()
                                       and infos[a + 1].upos in _NOUNISH_AFTER_NAME
                                       or infos[a + 1].low in _COORDINATORS):
                continue
            self.ents[n] = (si, a, b, "PERSON")

    def _surname_org_words(self, surnames: set[str]) -> None:
        """Retype as the person the lone words the lists make an organisation but the text
        names a person by ("Mayor Don Guardian ... Guardian said", "Anita Hill ... Hill
        told"); not after "the" ("the Guardian reported")."""
        for n, (si, a, b, typ) in enumerate(self.ents):
            if b - a == 1 and typ == "ORG" and self.sents[si][a][2] in surnames \
                    and self.infos[si][a].low in _SURNAME_ORG_WORDS \
                    and (a == 0 or self.infos[si][a - 1].low != "the"):
                self.ents[n] = (si, a, b, "PERSON")

    def _business_context(self, si: int, k: int) -> bool:
        """Whether a single unknown capitalised word stands where only a business's name does:
        before what a business owns ("Allergan's shares", "Allergan's chief executive",
        "Corvane shareholders", "Forbes magazine"), after a job "at" it or a head "of" it ("a
        partner at Centerview", "chief executive of Intel", "shares of Allergan"), after what
        it is ("investment bank Centerview said", "snack giant Nabisco on Monday") or with
        that set off after it or said of it ("Allergan, the far smaller company,", "Verizon is
        the parent company of AOL", "Univision, a US Spanish-language channel,")."""
        infos = self.infos[si]
        if infos[k].acro:
            return False                         # "network TV": letters are typed apart
        n = len(infos)
        nxt = infos[k + 1].low if k + 1 < n else ""
        if nxt in _POSSESSIVE_MARKS:
            owned = infos[k + 2].low if k + 2 < n else ""
            return owned in lx.BUSINESS_POSSESSIONS or owned == "chief" and k + 3 < n \
                and infos[k + 3].low == "executive"
        if nxt in _AFTER_BUSINESS:               # not "Media shares blame for ..."
            initial, headline, _ = self.flags[si]
            return not headline and (not initial[k] or nxt in _NOUNS_AFTER_BUSINESS
                                     and not self._common(infos[k].low))
        if k >= 2:
            prev = infos[k - 1].low
            if prev == "at" and infos[k - 2].low in lx.JOBS_AT \
                    or prev == "of" and infos[k - 2].low in lx.BUSINESS_HEADS:
                return True
        toks = self.sents[si]
        if k >= 2 and toks[k - 1][2] == "," and infos[k - 2].low in lx.FIRM_NOUNS \
                and not infos[k - 2].cap and (not nxt or nxt in _KIN_NAME_CLOSERS):
            return True                          # "Britain's third-largest grocer, Fairmarket,"
        if k >= 1 and (infos[k - 1].low in lx.FIRM_NOUNS and not infos[k - 1].cap
                       or infos[k - 1].low in _BUSINESS_ONLY_NOUNS):
            return not nxt[:1].isalpha() or infos[k + 1].upos == "ADP" or nxt in _SAID_FORMS
        if nxt not in _APPOSITION_OPENERS or k + 2 >= n \
                or infos[k + 2].low not in ("the", "a", "an"):
            return False
        j = k + 3
        while j < min(n - 1, k + 8):
            word = toks[j][2]
            place = next((p for p in (3, 2, 1) if j + p < n and
                          self._key([inf.low for inf in infos[j:j + p]], 0, p) in gz.GPE), 0)
            if place and not word[0].islower():
                j += place  # "Brightwell, a London start-up that", "a San Francisco firm"
                continue
            if not word[0].islower() and not self._describing_capital(infos[j], word):
                return False
            if infos[j].low in lx.FIRM_NOUNS:
                after = infos[j + 1].low
                return not after[:1].isalpha() or after in _FIRM_NOUN_FOLLOWERS
            j += 1
        return False

    @staticmethod
    def _describing_capital(inf: _Info, word: str) -> bool:
        """Whether a capitalised word describes inside a phrase set off after a name ("a US
        Spanish-language channel", "a Dutch bank", "a U.K. lender"): letters, a nationality,
        a modifier with a lower-case tail; not the start of another name."""
        return inf.acro or "." in word or inf.low in gz.NORP or _modifier_compound(word)

    def _given_name(self, si: int, k: int) -> bool:
        """Whether a word is a given name the short list lacks ("Greta went home", "his
        brother Freddy, who"), from the fuller list of given names, alone: not a common word,
        not the first word of a name the headline rules cut off, not a party to a case
        ("Roe v. Wade")."""
        infos = self.infos[si]
        low = infos[k].low
        return bool(given_name_gender(low)) and not self._common(low) \
            and low not in _NON_PERSON and low not in _NOT_NAMES and "-" not in low \
            and k + 1 < len(infos) and not infos[k + 1].namey \
            and (k == 0 or infos[k - 1].low not in _VERSUS)   # not "Amanda Becker" cut

    def _named_kin(self, si: int, k: int) -> bool:
        """Whether an unknown word set off by commas names a relative just mentioned ("his
        wife, Carys, said", "her late son, Taliesin,", "Pryce's brother, Iolo."): a given name
        no list holds."""
        infos = self.infos[si]
        toks = self.sents[si]
        if k < 3 or toks[k - 1][2] != "," or infos[k - 2].low not in lx.KIN_NOUNS \
                or k + 1 < len(toks) and toks[k + 1][2] not in _KIN_NAME_CLOSERS:
            return False
        det = k - 4 if infos[k - 3].low == "late" and k >= 4 else k - 3
        return infos[det].low in _KIN_OWNERS or infos[det].low in _POSSESSIVE_MARKS

    def _opens_speech(self, si: int, k: int) -> bool:
        """Whether an unknown word that opens its clause is a name as the subject of "said"
        or "told" after it ("Maddox said", "Kristen told"), not a plural or common noun
        ("Critics said", "Police said", "Enough said.")."""
        toks = self.sents[si]
        inf = self.infos[si][k]
        return (k + 2 < len(toks) and toks[k + 1][2] in _SAID_FORMS and not inf.acro
                and toks[k + 2][2][0].isalnum()      # not the idiom "Enough said."
                and not self._common(inf.low) and inf.low not in _NON_PERSON
                and not inf.low.endswith("s"))

    def _speaks(self, si: int, k: int) -> bool:
        """Whether word k of a sentence is next to a speech verb as its subject ("Doe
        said", "said Doe." but not "said Doe Street", nor the object of a preposition:
        "the mayor of Brackford said")."""
        toks = self.sents[si]
        infos = self.infos[si]
        nxt = infos[k + 1].low if k + 1 < len(toks) else ""
        prv = infos[k - 1].low if k > 0 else ""
        if nxt in _SPEECH_FORMS:     # not "Residents of Brackford said": the residents speak
            return k == 0 or infos[k - 1].upos != "ADP"
        return (prv in _SPEECH_FORMS and (
            k + 1 == len(toks) or not toks[k + 1][2][0].isalnum()))

    def _the(self) -> None:
        """Let "The" start the names of papers and magazines (The Washington Post)."""
        for n, (si, a, b, typ) in enumerate(self.ents):
            if typ == "ORG" and a > 0 and self.sents[si][a - 1][2] == "The" \
                    and self.infos[si][b - 1].low in gz.THE_ORGS:
                self.ents[n] = (si, a - 1, b, typ)

    def _particles(self) -> None:
        """Let the lower-case particles of a surname that opens its clause start the person's
        name ('“...,” van der Berg said', "de la Vega said"): the run of capitals began after
        them."""
        for n, (si, a, b, typ) in enumerate(self.ents):
            if typ != "PERSON" or a == 0 or self.infos[si][a - 1].low not in lx.SURNAME_PARTICLES:
                continue
            k = a - 1
            while k > 0 and self.infos[si][k - 1].low in lx.SURNAME_PARTICLES:
                k -= 1
            before = self.sents[si][k - 1][2] if k > 0 else ""
            if k - a < -2 or self.sents[si][k][2][0].isupper() or before[:1].isalnum():
                continue  # "the van Smith drove": a noun, not a particle
            self.ents[n] = (si, k, b, typ)

    def run(self) -> list[list[str]]:
        """BIOES tags for every token of every sentence."""
        self._shapes()
        self._runs()
        self._resolve_pending()
        self._the()
        self._particles()
        tags = self.tags
        for si, a, b, typ in self.ents:
            row = tags[si]
            if b - a == 1:
                row[a] = "S-" + typ
            else:
                row[a] = "B-" + typ
                for k in range(a + 1, b - 1):
                    row[k] = "I-" + typ
                row[b - 1] = "E-" + typ
        return tags


# ---------------------------------------------------------------------------
# Name words and word tests the Document section shares
# ---------------------------------------------------------------------------

def _finite_verb(inf: _Info) -> bool:
    """Whether a word is a verb's distinct past or -s form ("wrote", "acknowledges"), which
    no modal comes before ("Will wrote", "While Will acknowledges": a person)."""
    return inf.upos == "VERB" and _verb_form(inf.low, inf.lemma) in ("past", "s")


def _plural_noun_word(inf: _Info) -> bool:
    """Whether a lower-case word is a plural noun out of context ("voters", "people",
    "percent"; not "news"), one that can be the subject of a base-form verb."""
    return not inf.cap and (inf.low in _PLURAL_SUBJECTS or inf.upos == "NOUN"
                            and inf.low.endswith("s") and not inf.low.endswith("ss")
                            and inf.low != "news")


#: Nationality nouns that are given names too: before one capitalised word they open a
#: person's name ("Scot Ross", "Brit Hume"), not a nationality ("the Scot said").
_GIVEN_DEMONYMS = frozenset({"scot", "brit"})
#: Marks that open and close a nickname set inside a name, each with its closer.
_NICKNAME_MARKS = {'"': '"', "“": "”", "‘": "’", "'": "'"}
#: Vietnamese family names, and the middle names that follow them in a name of three or
#: four words written family name first ("Nguyen Van An", "Tran Thi Mai", "Pham Minh
#: Chinh"); both are needed, so "Le Monde" or "Do Van" alone open no name.
_VIET_FAMILY = frozenset({
    "nguyen", "nguyễn", "tran", "trần", "pham", "phạm", "hoang", "hoàng", "huynh", "huỳnh",
    "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ho", "hồ",
    "ngo", "ngô", "duong", "dương", "ly", "lý", "le", "lê", "truong", "trương", "dinh",
    "đinh", "doan", "đoàn", "luong", "lương", "trinh", "trịnh"})
#: Titles of British peers, whose seat follows the name after "of" ("Lord Hadley of
#: Brent", "Baroness Kemp of Ashby").
_PEER_TITLES = frozenset({"lord", "baroness", "baron", "viscount", "viscountess", "earl",
                          "countess"})


def web_domain(word: str) -> bool:
    """Whether ``word`` is a web site's domain ("GunBroker.com", "Factcheck.org"): a name
    of two letters or more, a period and a listed ending (not "U.S.", "St.", a URL's path)."""
    site, dot, ending = word.rpartition(".")
    return bool(dot) and ending.lower() in lx.WEB_DOMAIN_ENDINGS and len(site) >= 2 and \
        site[0].isalnum() and all(c.isalnum() or c in ".-_" for c in site)


def _without_the(name: tuple[str, ...]) -> tuple[str, ...]:
    return name[1:] if len(name) > 1 and name[0] == "the" else name


def _paper_short_name(name: tuple[str, ...]) -> bool:
    """A name of one or two words whose last word (or its last hyphened part) is a news
    outlet's ("Post", "Daily News", "Sun-Times"); not a common noun alone ("News")."""
    return len(name) <= 2 and name[-1].rsplit("-", 1)[-1] in lx.OUTLET_WORDS and \
        not (len(name) == 1 and name[0] in lx.OUTLET_COMMON_NOUNS)


def one_body_names(names: Sequence[Sequence[tuple[str, ...]]]) -> dict[int, int]:
    """Which organisations of an article are one body named two ways, ``names[i]`` the name
    forms (lower-case words) of organisation ``i``: named with and without "the" ("The
    Washington Post", "Washington Post"), or a paper named by the last words of its name
    alone ("the Post", "Times", "Daily News" after "The New York Times"), when only one
    body's name ends so (not "the Post" beside the Washington Post and the New York Post).
    {i: j}: organisation i is organisation j, which is no key."""
    forms = [{_without_the(t) for t in ts} for ts in names]
    root = list(range(len(names)))
    first: dict[tuple[str, ...], int] = {}
    for i, fs in enumerate(forms):
        for f in sorted(fs):
            j = first.setdefault(f, root[i])
            if j != root[i]:  # named so by an organisation before: one body
                old = root[i]
                root = [j if r == old else r for r in root]
    for i in sorted(set(root)):
        group = set().union(*(forms[k] for k in range(len(root)) if root[k] == i))
        if not group or not all(_paper_short_name(f) for f in group):
            continue
        longer = {root[k] for k in range(len(root)) if root[k] != i and any(
            len(f) > len(s) and f[-len(s):] == s for f in forms[k] for s in group)}
        if len(longer) == 1:
            j = longer.pop()
            root = [j if r == i else r for r in root]
    return {i: r for i, r in enumerate(root) if r != i}
