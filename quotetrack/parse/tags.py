"""Model-free annotator, part 2: word fields (lemma, upos, feats) out of context.

The word lists that give a word its lemma, part of speech and features (``_LEX``,
``_LEX_S``, the pronoun, determiner and auxiliary tables), the shape of an unknown word
(``_shape``), and the word forms and word classes that the names
(:mod:`quotetrack.parse.names`) and the Document section (:mod:`quotetrack.parse.rules`)
share (``_verb_form``, ``_s_verb_lemma``, ``_VERB_LEMMAS``, ``_SUBJ_PRON``, ...).  It
takes nothing from the other parts of the annotator.
"""

from __future__ import annotations

from .. import lexicon as lx

# ---------------------------------------------------------------------------
# Word fields: lemma, upos, feats
# ---------------------------------------------------------------------------

_PRS = "PronType=Prs"
_PRON_INFO: dict[str, tuple[str, str]] = {
    "i": ("i", "Case=Nom|Number=Sing|Person=1|" + _PRS),
    "me": ("i", "Case=Acc|Number=Sing|Person=1|" + _PRS),
    "my": ("i", "Case=Gen|Number=Sing|Person=1|Poss=Yes|" + _PRS),
    "mine": ("i", "Case=Gen|Number=Sing|Person=1|Poss=Yes|" + _PRS),
    "myself": ("i", "Case=Acc|Number=Sing|Person=1|PronType=Prs|Reflex=Yes"),
    "you": ("you", "Person=2|" + _PRS),
    "your": ("you", "Person=2|Poss=Yes|" + _PRS),
    "yours": ("you", "Person=2|Poss=Yes|" + _PRS),
    "yourself": ("you", "Case=Acc|Number=Sing|Person=2|PronType=Prs|Reflex=Yes"),
    "yourselves": ("you", "Case=Acc|Number=Plur|Person=2|PronType=Prs|Reflex=Yes"),
    "he": ("he", "Case=Nom|Gender=Masc|Number=Sing|Person=3|" + _PRS),
    "him": ("he", "Case=Acc|Gender=Masc|Number=Sing|Person=3|" + _PRS),
    "his": ("he", "Case=Gen|Gender=Masc|Number=Sing|Person=3|Poss=Yes|" + _PRS),
    "himself": ("he", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    "she": ("she", "Case=Nom|Gender=Fem|Number=Sing|Person=3|" + _PRS),
    "her": ("she", "Case=Acc|Gender=Fem|Number=Sing|Person=3|" + _PRS),
    "hers": ("she", "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|" + _PRS),
    "herself": ("she", "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    "it": ("it", "Gender=Neut|Number=Sing|Person=3|" + _PRS),
    "its": ("it", "Case=Gen|Gender=Neut|Number=Sing|Person=3|Poss=Yes|" + _PRS),
    "itself": ("it", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"),
    "we": ("we", "Case=Nom|Number=Plur|Person=1|" + _PRS),
    "us": ("we", "Case=Acc|Number=Plur|Person=1|" + _PRS),
    "our": ("we", "Case=Gen|Number=Plur|Person=1|Poss=Yes|" + _PRS),
    "ours": ("we", "Case=Gen|Number=Plur|Person=1|Poss=Yes|" + _PRS),
    "ourselves": ("we", "Case=Acc|Number=Plur|Person=1|PronType=Prs|Reflex=Yes"),
    "they": ("they", "Case=Nom|Number=Plur|Person=3|" + _PRS),
    "them": ("they", "Case=Acc|Number=Plur|Person=3|" + _PRS),
    "their": ("they", "Case=Gen|Number=Plur|Person=3|Poss=Yes|" + _PRS),
    "theirs": ("they", "Case=Gen|Number=Plur|Person=3|Poss=Yes|" + _PRS),
    "themselves": ("they", "Case=Acc|Number=Plur|Person=3|PronType=Prs|Reflex=Yes"),
    "who": ("who", "PronType=Rel"),
    "whom": ("who", "Case=Acc|PronType=Rel"),
    "whose": ("who", "Poss=Yes|PronType=Rel"),
}
#: Feats of "her" when it is a possessive determiner ("her team").
_HER_POSS = "Case=Gen|Gender=Fem|Number=Sing|Person=3|Poss=Yes|" + _PRS

_DET_INFO: dict[str, str | None] = {
    "the": "Definite=Def|PronType=Art", "a": "Definite=Ind|PronType=Art",
    "an": "Definite=Ind|PronType=Art", "this": "Number=Sing|PronType=Dem",
    "that": "Number=Sing|PronType=Dem", "these": "Number=Plur|PronType=Dem",
    "those": "Number=Plur|PronType=Dem", "some": None, "any": None, "no": None,
    "every": None, "each": None, "all": None, "another": None, "either": None,
    "neither": None, "both": None, "which": None, "what": None, "whatever": None,
}
_ADP = ("of in on at by for with from to about into over under after before during "
        "between against through without within among amid amidst across behind beyond "
        "toward towards upon via per like near despite around throughout along alongside "
        "onto off until till than inside outside beside besides below above unlike regarding "
        "concerning versus vs. vs v. atop underneath up down out de van von der bin ibn al")
_CCONJ = "and or but nor & plus"
_SCONJ = "if because although though while whether unless whereas since once lest"
_ADV = ("also very just now then still even only never already soon here there too again "
        "ever however maybe perhaps really almost always often later instead indeed "
        "meanwhile rather quite else back away yet so how when where why ago once "
        "today yesterday tomorrow tonight recently currently nearly mostly least less "
        "furthermore moreover therefore thus hence otherwise somewhat anyway sometimes "
        "well further somehow together forever anywhere everywhere somewhere nowhere "
        "aloud afterward afterwards abroad")
_ADJ = ("new old good bad big small great high low long short large little own other same "
        "different last next first former few many more most much several such top major "
        "political public national federal local presidential last early late full real "
        "true false sure free able likely possible clear hard easy important best worst "
        "better worse whole young social economic foreign military senior key final "
        "earlier recent latest longtime private significant strong difficult certain "
        "particular simple friendly deadly daily weekly monthly quarterly costly unlikely "
        "elderly current similar entire popular regulatory statutory mandatory")
#: Gradable adjectives whose forms in -er and -est the suffix rules would leave nouns
#: ("her firmest promise yet", "younger voters", "a wider war"): read as adjectives, so
#: the noun after them is no verb (see ``_graded_adjective``).
_GRADABLE = ("firm strong weak clear harsh sharp broad wide deep soft bold loud quick slow "
             "fast rich poor young old high big large small great late long short tough "
             "strict fierce keen fine pure rare fair dear near close safe wise brave calm "
             "cheap dark bright warm cold hot cool kind nice proud plain loose tight thin "
             "thick heavy easy happy angry busy early wealthy healthy funny ugly lucky "
             "narrow shallow hard steep grave stark blunt crude smart")
_VERBS = ("go get make take come see want need help give work call try keep begin seem "
          "run move live win lose pay meet lead stop stay change vote face become leave "
          "put bring hold turn start show hear play believe happen provide sit stand "
          "allow build spend send fall cut kill raise pass sell decide pull force seek "
          "remain open join serve die release sign ban block push fight avoid attack "
          "look understand "
          # verbs whose -s forms look like plural nouns ("Doe appears", "Doe refers")
          "appear refer deliver consider differ fail prevail unveil appreciate illustrate "
          "investigate deserve seem include exceed ignore represent sing focus prefer remind "
          "speak assail berate castigate excoriate deride decry")
#: Nouns in -ing, -ly, -ed and -ic, which the suffix would make verbs, adverbs and
#: adjectives ("a town hall meeting in", "the polling average", "their hatred", "housing
#: critic Jo Lee").
_SUFFIX_NOUNS = ("morning evening family rally ally assembly supply tally bully anomaly monopoly "
                 "meeting polling shooting ruling briefing wedding hatred housing funding "
                 "financing lending policing critic cleric medic mechanic clinic topic")
_NUMW = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
         "seventy eighty ninety hundred thousand million billion trillion dozen zero")
_PRON_IND = ("something someone somebody anything anyone anybody everything everyone "
             "everybody nothing nobody none")

#: Auxiliary forms -> lemma.
_AUX: dict[str, str] = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "be": "be",
    "been": "be", "being": "be", "'m": "be", "’m": "be", "'re": "be", "’re": "be",
    "has": "have", "have": "have", "had": "have", "having": "have", "'ve": "have",
    "’ve": "have", "do": "do", "does": "do", "did": "do", "will": "will",
    "would": "would", "can": "can", "could": "could", "should": "should", "may": "may",
    "might": "might", "must": "must", "shall": "shall", "'ll": "will", "’ll": "will",
    "'d": "would", "’d": "would", "ca": "can", "wo": "will", "ai": "be",
    "ought": "ought",
}
#: Irregular forms of common verbs -> lemma (reporting verbs come from the lexicon).
_IRREGULAR: dict[str, str] = {
    "went": "go", "gone": "go", "goes": "go", "made": "make", "took": "take",
    "taken": "take", "came": "come", "gave": "give", "given": "give", "got": "get",
    "gotten": "get", "saw": "see", "seen": "see", "began": "begin", "begun": "begin",
    "left": "leave", "kept": "keep", "held": "hold", "brought": "bring", "met": "meet",
    "ran": "run", "won": "win", "lost": "lose", "paid": "pay", "sent": "send",
    "spent": "spend", "built": "build", "led": "lead", "meant": "mean", "heard": "hear",
    "became": "become", "chose": "choose", "chosen": "choose", "fell": "fall",
    "fallen": "fall", "stood": "stand", "understood": "understand", "sought": "seek",
    "bought": "buy", "caught": "catch", "taught": "teach", "spoke": "speak",
    "spoken": "speak", "broke": "break", "broken": "break", "drove": "drive",
    "driven": "drive", "rose": "rise", "risen": "rise", "ate": "eat", "eaten": "eat",
    "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw",
    "sat": "sit", "lay": "lie", "laid": "lay", "read": "read", "put": "put", "set": "set",
    "let": "let", "cut": "cut", "hit": "hit", "hurt": "hurt", "quit": "quit",
    "known": "know", "shown": "show", "drawn": "draw", "withdrawn": "withdraw",
    "sworn": "swear", "hidden": "hide", "forgotten": "forget", "fought": "fight",
    "struck": "strike", "sold": "sell", "shook": "shake", "dealt": "deal", "swore": "swear",
    "wore": "wear", "forgave": "forgive", "forgot": "forget", "drew": "draw", "flew": "fly",
    "blew": "blow", "slept": "sleep", "swept": "sweep", "sank": "sink", "stole": "steal",
    "done": "do", "sang": "sing", "sung": "sing", "born": "bear",
    # past forms no noun shares, and "cast", a noun after an article ("the cast of")
    "cast": "cast", "fled": "flee", "flown": "fly", "forgiven": "forgive", "froze": "freeze",
    "frozen": "freeze", "hid": "hide", "knelt": "kneel", "slid": "slide", "spun": "spin",
    "swung": "swing", "tore": "tear", "torn": "tear", "wept": "weep", "borne": "bear",
    "bred": "breed", "dug": "dig", "leapt": "leap", "lent": "lend", "rode": "ride",
    "ridden": "ride", "rang": "ring", "overcame": "overcome", "overtook": "overtake",
    "overtaken": "overtake", "overran": "overrun", "oversaw": "oversee", "overseen": "oversee",
    "undertook": "undertake", "undertaken": "undertake", "underwent": "undergo",
    "undergone": "undergo", "withdrew": "withdraw", "withheld": "withhold",
    "withstood": "withstand", "upheld": "uphold", "mistook": "mistake",
    "mistaken": "mistake", "foresaw": "foresee", "foreseen": "foresee",
}

_LEX: dict[str, tuple[str, str, str | None]] = {}
for _w in _ADV.split():
    _LEX[_w] = ("ADV", _w, None)
for _w in _ADJ.split():
    _LEX[_w] = ("ADJ", _w, None)
for _w in _VERBS.split():
    _LEX[_w] = ("VERB", _w, None)
for _w in _SUFFIX_NOUNS.split():
    _LEX[_w] = ("NOUN", _w, None)
for _w in _NUMW.split():
    _LEX[_w] = ("NUM", _w, "NumType=Card")
for _w, _l in _IRREGULAR.items():
    _LEX[_w] = ("VERB", _l, None)
for _w, _l in lx.REPORTING_VERB_FORMS.items():
    _LEX[_w] = ("VERB", _l, None)
for _w in _ADP.split():
    _LEX[_w] = ("ADP", _w, None)
for _w in _SCONJ.split():
    _LEX[_w] = ("SCONJ", _w, None)
for _w in _CCONJ.split():
    _LEX[_w] = ("CCONJ", _w, None)
for _w in _PRON_IND.split():
    _LEX[_w] = ("PRON", _w, "PronType=Ind")
for _w, _f in _DET_INFO.items():
    _LEX[_w] = ("DET", "a" if _w == "an" else _w, _f)
for _w, _l in _AUX.items():
    _LEX[_w] = ("AUX", _l, None)
_LEX["not"] = ("PART", "not", None)
_LEX["n't"] = _LEX["n’t"] = ("PART", "not", "Polarity=Neg")
for _w in lx.PRONOUNS - {"this", "that", "these", "those"}:
    _l, _f = _PRON_INFO.get(_w, (_w, _PRS))
    _LEX[_w] = ("PRON", _l, _f)
#: The clitic "'s": a possessive, "is", "has", or "us" after "let".
_LEX_S = frozenset({"'s", "’s"})
#: Apostrophes that mark a plural possessive on their own ("voters’ anger") or close a
#: single quote.
_APOSTROPHES = frozenset({"’", "'"})
for _w in _LEX_S:
    _LEX[_w] = ("PART", "'s", None)
del _w, _l, _f

#: Closed-class words: never part of a name.  "as" keeps its context-free NOUN tag
#: (the attributor reads its frames by the word) but is closed class all the same.
_CLOSED = frozenset(w for w, v in _LEX.items()
                    if v[0] in {"ADP", "SCONJ", "CCONJ", "DET", "AUX", "PART", "PRON"}) | {"as"}
_PRE_POSS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your",
                       "this", "that", "these", "those", "no", "every", "each"}) | _LEX_S
#: Determiners of one thing that are also pronouns: a base form after them is a noun.
_SINGLE_QUANTIFIERS = frozenset({"one", "any"})
_IS_BEFORE_S = frozenset({"he", "she", "it", "that", "there", "what", "who", "here", "where",
                          "how", "this", "everyone", "nobody", "someone", "everything",
                          "nothing", "something", "one"})
_CURRENCY = frozenset("$€£¥")
_SYMBOLS = frozenset("$%+=<>|~^©®™°§¶#@*€£¥")


_VOWELS = frozenset("aeiouy")


def _shape(t: str, low: str) -> tuple[str, str, str | None]:
    """Context-free (upos, lemma, feats) of a token that is not in the word lists."""
    c = t[0]
    if not c.isalnum() and (c != "_" or not t.strip("_")):
        if c in _CURRENCY and len(t) > 1:
            return "NUM", low, "NumType=Card"
        if len(t) > 1 and (t[1].isalnum() and (c == "@" or c == "#")):
            return "PROPN" if c == "@" else "NOUN", low, None
        if c in _SYMBOLS or (ord(c) >= 0x2100 and not 0x3000 <= ord(c) <= 0x303F):
            return "SYM", low, None
        return "PUNCT", low, None
    if c.isdigit():
        if any(ch.isalpha() for ch in t):
            return "NOUN" if not t[-1].isdigit() and "-" not in t else "NUM", low, None
        return "NUM", low, "NumType=Card"
    if low.startswith(("http", "www.")) or "@" in t:
        return "X", low, None
    if low.endswith("ly") and len(low) > 4:
        return "ADV", low, None
    if low.endswith("ing") and (len(low) > 5 or len(low) == 5 and _VOWELS.intersection(low[:2])):
        return "VERB", low, None  # "going", "doing", "using"; not "thing", "sting"
    if low.endswith("ed") and not low.endswith("eed") and len(low) > 3:
        if "-" in low:
            return _hyphen_ed(low), low, None
        return "VERB", low, None  # fired, hired, asked: short past forms too
    if low.endswith(("ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "ary",
                     "ic", "ian", "ese", "al", "some")) and len(low) > 4:
        return "ADJ", low, None
    graded = _graded_adjective(low)
    if graded is not None:
        return "ADJ", graded, None
    return "NOUN", low, None


_GRADABLE_SET = frozenset(_GRADABLE.split())


def _graded_adjective(low: str) -> str | None:
    """The base of ``low`` read as the comparative or superlative of a gradable adjective
    ("firmest" -> "firm", "wider" -> "wide", "biggest" -> "big", "happier" -> "happy"),
    else None."""
    for ending in ("est", "er"):
        if not low.endswith(ending) or len(low) < len(ending) + 3:
            continue
        stem = low[:-len(ending)]
        bases = [stem, stem + "e"]
        if stem.endswith("i"):
            bases.append(stem[:-1] + "y")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            bases.append(stem[:-1])
        return next((base for base in bases if base in _GRADABLE_SET), None)
    return None


#: Prefixes that keep a hyphenated past form a verb ("co-founded", "re-elected").
_VERB_PREFIXES = frozenset({"co", "re", "pre", "de"})


def _hyphen_ed(low: str) -> str:
    """The upos of a hyphenated word in -ed: a noun when "ed" stands alone ("op-ed"),
    a verb after a verbal prefix ("co-founded", "re-elected"), else a compound
    adjective ("so-called", "self-described", "like-minded")."""
    if low.endswith("-ed"):
        return "NOUN"
    return "VERB" if low.partition("-")[0] in _VERB_PREFIXES else "ADJ"


# ---------------------------------------------------------------------------
# Word forms and word classes the Names and Document sections share
# ---------------------------------------------------------------------------

_OBJ_UPOS = frozenset({"PRON", "PROPN", "NOUN"})
_SUBJ_PRON = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "this"})
#: Lemmas of the verbs in the word lists (base forms of "calls", "focuses", ...).
_VERB_LEMMAS = frozenset(v[1] for v in _LEX.values() if v[0] == "VERB")
#: Lemmas whose capitalised form in -s after a name is a title-case headline's verb ("Jane
#: Doe Calls ...", "Roe Endorses Doe", "Group Denounces Plan"): the listed verbs and the
#: verbs of stance, but for those whose form in -s is a plural noun far more often ("Paris
#: Attacks", "Talking Points", "TV Shows", "Key Finds", "Doe Backs" is kept).
_HEADLINE_VERB_LEMMAS = _VERB_LEMMAS | (frozenset(lx.STANCE_VERBS) - {
    "attack", "point", "show", "find", "cite", "thank"})
#: Their capitalised forms in -s that are no listed verb ("Endorses", "Defends", "Denounces"):
#: never a name's word in a headline, a verb after a subject there.
_HEADLINE_STANCE_S = frozenset(
    f for f, lemma in lx.STANCE_VERB_FORMS.items() if lemma in _HEADLINE_VERB_LEMMAS and
    lemma not in _VERB_LEMMAS and f in (lemma + "s", lemma + "es"))
#: Their past forms in -ed ("Endorsed", "Dismissed", "Denounced"; "Slammed" and "Blasted"
#: are listed verbs of speech already): a title-case headline's verb after its subject
#: ("Tom Hale Just Endorsed Jane Roe", "Panel Dismissed Tax Plan"), no name's word.
_HEADLINE_STANCE_ED = frozenset(
    f for f, lemma in lx.STANCE_VERB_FORMS.items() if lemma in _HEADLINE_VERB_LEMMAS and
    f != lemma and f.endswith("ed") and f not in lx.REPORTING_VERB_FORMS)
#: Capitalised forms in -s of the verbs of intention ("Roe Refuses To Quit", "Union Threatens
#: To Strike"): a headline's verb before "to" only ("Plans", "Hopes" are nouns more often).
_HEADLINE_INTENT_S = frozenset(
    f for f, lemma in lx.INTENTION_VERB_FORMS.items() if lemma != "like" and
    f in (lemma + "s", lemma + "es"))
#: Nouns without a final -s that take a plural verb ("people say", "police report").
_PLURAL_SUBJECTS = frozenset({"people", "police", "staff", "media", "personnel", "clergy",
                              "percent", "public", "military", "men", "women", "children", "data",
                              "majority", "minority", "team", "family", "crowd", "audience"})
#: Words joining a coordinated (plural) subject.
_COORDINATORS = frozenset({"and", "&", "or", "nor"})
#: Endings of -s verb forms that drop "-es" for their base form ("pushes" -> "push").
_ES_STEMS = ("sses", "ches", "shes", "xes", "zes", "uses", "oes")


def _verb_form(low: str, lemma: str) -> str:
    """The form of a verb: "ing", "past", "s" (third person) or "base"."""
    if low.endswith("ing"):
        return "ing"
    if low.endswith("ed") or (low != lemma and low[-1] != "s"):
        return "past"
    return "s" if low != lemma else "base"


def _s_verb_lemma(low: str) -> str | None:
    """The base form of ``low`` read as a verb in -s ("calls" -> "call"), or None."""
    if len(low) < 4 or low[-1] != "s" or low.endswith(("ss", "us", "is")) or low == "news":
        return None
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(_ES_STEMS):
        return low[:-2]
    return low[:-1]
