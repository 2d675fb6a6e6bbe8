"""Word lists that drive the rules: reporting verbs, titles, pronouns, name hints.

Data, not code: every rule that needs a list of words reads it from here.
"""

from __future__ import annotations

# Reporting verbs, base form -> inflected forms.  "say" and "tell" are the
# commonest cues in news; the rest cover the scorer's speech cues and more.
_REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "state": ("state", "states", "stated", "stating"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "ask": ("ask", "asks", "asked", "asking"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "inform": ("inform", "informs", "informed", "informing"),
    # "assured farmers that prices would fall": the clause after the one assured (the
    # rules that read "told voters that" read it)
    "assure": ("assure", "assures", "assured", "assuring"),
    # "X reminded reporters that A": the clause after the one reminded, as for "assure"
    "remind": ("remind", "reminds", "reminded", "reminding"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "continue": ("continue", "continues", "continued"),
    "respond": ("respond", "responds", "responded", "responding"),
    "reply": ("reply", "replies", "replied", "replying"),
    "remark": ("remark", "remarks", "remarked"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "report": ("report", "reports", "reported", "reporting"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "quip": ("quip", "quips", "quipped"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "tout": ("tout", "touts", "touted", "touting"),
    "contend": ("contend", "contends", "contended", "contending"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "proclaim": ("proclaim", "proclaims", "proclaimed", "proclaiming"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing",
                  "emphasise", "emphasises", "emphasised"),
    "observe": ("observe", "observes", "observed"),
    "point": ("point", "points", "pointed"),  # "pointed out"
    "complain": ("complain", "complains", "complained", "complaining"),
    "charge": ("charge", "charges", "charged"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "disclose": ("disclose", "discloses", "disclosed"),
    "mention": ("mention", "mentions", "mentioned"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "cry": ("cry", "cries", "cried"),
    "shout": ("shout", "shouts", "shouted"),
    "yell": ("yell", "yells", "yelled"),
    "exclaim": ("exclaim", "exclaims", "exclaimed"),
    "whisper": ("whisper", "whispers", "whispered"),
    "murmur": ("murmur", "murmurs", "murmured"),
    "lament": ("lament", "laments", "lamented"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "counter": ("counter", "counters", "countered"),
    "retort": ("retort", "retorts", "retorted"),
    "agree": ("agree", "agrees", "agreed"),
    "testify": ("testify", "testifies", "testified"),
    "speculate": ("speculate", "speculates", "speculated"),
    "estimate": ("estimate", "estimates", "estimated"),
    "describe": ("describe", "describes", "described"),
    "characterize": ("characterize", "characterizes", "characterized"),
    "urge": ("urge", "urges", "urged"),
    "demand": ("demand", "demands", "demanded"),
    # "requested that Kim meet Trump", "has requested Trump and Kim meet again": only with a
    # clause (see attribute.words._CLAUSE_ONLY_CUES; not "requested a meeting")
    "request": ("requested",),  # ("a request", "requests for comment": nouns)
    "caution": ("caution", "cautions", "cautioned"),
    "accuse": ("accuse", "accuses", "accused"),
    "criticize": ("criticize", "criticizes", "criticized"),
    "blast": ("blast", "blasts", "blasted"),
    "slam": ("slam", "slams", "slammed"),
    "praise": ("praise", "praises", "praised"),
    "thank": ("thank", "thanks", "thanked"),
    "pledge": ("pledge", "pledges", "pledged"),
    "propose": ("propose", "proposes", "proposed"),
    "believe": ("believe", "believes", "believed"),
    "think": ("think", "thinks", "thought"),
    "feel": ("feel", "feels", "felt"),
    "know": ("know", "knows", "knew"),
    "hope": ("hope", "hopes", "hoped"),
    "fear": ("fear", "fears", "feared"),
    "worry": ("worry", "worries", "worried"),
    "wonder": ("wonder", "wonders", "wondered"),
    "expect": ("expect", "expects", "expected"),
    # "reckons his side can win": British and Australian English for "thinks"
    "reckon": ("reckon", "reckons", "reckoned"),
    "doubt": ("doubt", "doubts", "doubted", "doubting"),
    "suspect": ("suspect", "suspects", "suspected", "suspecting"),
    "show": ("show", "shows", "showed", "shown"),
    "find": ("find", "finds", "found"),
    "rule": ("ruled",),  # "the judge ruled that A"; not "the rules say" nor "a ruling"
    "indicate": ("indicate", "indicates", "indicated"),
    "imply": ("imply", "implies", "implied"),
    # "opined that the team should play a spinner": an opinion voiced (Indian English
    # news above all)
    "opine": ("opine", "opines", "opined", "opining"),
    "aver": ("aver", "avers", "averred", "averring"),  # "averred (that) he was innocent"
    # a statement only with "that": "clarified that A" (not "clarified the rules"),
    # "posited that A" (not "posited a theory"), "flagged that A" (not "flagged concerns")
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "posit": ("posit", "posits", "posited", "positing"),
    "flag": ("flagged", "flagging"),
    # "signalled that cuts could come": a statement only with "that" (not "signalled its
    # support")
    "signal": ("signal", "signals", "signaled", "signalled", "signalling"),
    # "disputed that the rules had hurt shops": a denial, only with "that" (not "disputed
    # the figures", "disputed territory", "the disputes that followed")
    "dispute": ("disputes", "disputed", "disputing"),
}

def _ing(lemma: str) -> str:
    """The -ing form of a regular verb ("quip" has its own list entry)."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye")):
        return lemma[:-1] + "ing"
    return lemma + "ing"


def verb_forms(lemma: str) -> set[str]:
    """The regular inflections of a verb: "cite", "cites", "cited", "citing"."""
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    third = lemma[:-1] + "ies" if past.endswith("ied") else \
        lemma + ("es" if lemma.endswith(("sh", "ch", "ss", "o")) else "s")
    return {lemma, third, past, _ing(lemma)}


#: Inflected form -> lemma, for every reporting verb (-ing forms derived when not listed).
REPORTING_VERB_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in _REPORTING_VERBS.items() for form in forms
}
#: Verbs whose -ing form is a noun first ("the court's ruling that ..."): no cue.
_ING_NOUNS = frozenset({"ruling", "reckoning"})
for _lemma in _REPORTING_VERBS:
    if _ing(_lemma) not in _ING_NOUNS:
        REPORTING_VERB_FORMS.setdefault(_ing(_lemma), _lemma)
#: Verbs of thought and expectation: they report a belief, not words.
THOUGHT_VERBS: frozenset[str] = frozenset(
    {"believe", "think", "feel", "know", "hope", "fear", "worry", "wonder", "expect",
     "reckon", "doubt", "suspect"})
#: Lemmas of the verbs that report speech (as opposed to thought or evidence).
SPEECH_VERBS: frozenset[str] = frozenset(
    lemma for lemma in _REPORTING_VERBS
    if lemma not in THOUGHT_VERBS and lemma not in {
        "show", "find", "rule", "indicate", "imply", "describe", "characterize", "accuse",
        "criticize", "blast", "slam", "praise", "thank", "urge", "demand", "point", "estimate",
        "speculate", "agree", "continue", "signal", "clarify", "posit", "flag",
        "dispute"}
)
#: Past participles of the speech verbs, for reports in the passive ("it was reported
#: that", "I was told that").
SPEECH_PARTICIPLES: frozenset[str] = frozenset(
    form for form, lemma in REPORTING_VERB_FORMS.items()
    if lemma in SPEECH_VERBS and (form.endswith("ed") or form in ("said", "told", "written"))
)
#: Verbs that introduce a quote but report no statement of their own ("the crowd chanted,
#: “...”"; not "protesters chanting outside"): cues of direct quotes only.
QUOTE_ONLY_VERBS: frozenset[str] = frozenset(
    {"chant", "scream", "scoff", "muse", "interject", "read",
     # '“A,” he finally answers': a reply to a question (not "answered questions")
     "answer"})
#: Their forms ("chanted", "screaming").
QUOTE_ONLY_FORMS: frozenset[str] = frozenset(
    form for lemma in QUOTE_ONLY_VERBS for form in verb_forms(lemma))
#: Lemmas of every reporting verb (speech, thought and evidence).
REPORTING_VERBS: frozenset[str] = frozenset(_REPORTING_VERBS)
#: Verbs that commonly introduce a direct quote after a colon or comma
#: and that can invert with their subject ("said Pompeo").
INVERTING_VERBS: frozenset[str] = frozenset(
    {"say", "add", "ask", "write", "continue", "reply", "respond", "explain",
     "note", "argue", "quip", "joke", "warn", "insist", "state", "declare", "exclaim",
     "recall", "retort", "counter", "concede", "cry", "shout", "yell", "whisper",
     "remark", "observe", "tweet", "comment", "conclude", "predict", "promise", "opine"}
)

#: Plurals of nouns of saying ("his earlier statements that A", "her warnings that A"),
#: among ``STATEMENT_NOUNS``; the span readers do not take them for a noun that holds the
#: "that" after a cue ("know from his disclosure statements that A": the cue's clause).
STATEMENT_NOUN_PLURALS: frozenset[str] = frozenset({
    "statements", "warnings", "complaints", "arguments", "suggestions", "predictions"})
#: Nouns of saying whose "that" clause is a statement of their possessor ("his claim
#: that ...").  Lower case.
STATEMENT_NOUNS: frozenset[str] = frozenset({
    "claim", "claims", "assertion", "assertions", "statement", "promise", "promises",
    "pledge", "vow", "warning", "insistence", "argument", "contention", "suggestion",
    "admission", "prediction", "allegation", "allegations", "announcement", "declaration",
    "assurance", "assurances", "boast", "complaint", "comment", "remark", "charge",
    # "Doe's aside that A"
    "aside",
    # "Doe's accusation that Roe is playing the “race card” set off a row": the accuser's
    # only when the noun heads the subject, not the object of another's cue ("X dismissed
    # Y's accusations that A"; see attribute.words._SUBJECT_ONLY_STATEMENT_NOUNS)
    "accusation", "accusations",
}) | STATEMENT_NOUN_PLURALS

#: Nouns of what someone said whose topic, after one of these prepositions, is their
#: possessor's statement ("his remarks [about] the tax plan", "Roe's criticism [of] the
#: agency", "her attacks [on] the mayor"): noun -> the prepositions of its topic.
TOPIC_STATEMENT_NOUNS: dict[str, tuple[str, ...]] = {
    **{n: ("about", "on") for n in ("remarks", "remark", "comments", "comment",
                                    "statements", "statement")},
    "claims": ("about",), "claim": ("about",),
    "criticism": ("of",), "criticisms": ("of",),
    "attacks": ("on", "against"), "attack": ("on", "against"),
    "rhetoric": ("on", "about", "toward", "towards", "against"),
}

#: Nouns that take a "that" clause of their own ("the fact that", "on the condition that"):
#: after such a noun, "that" does not open the statement of a cue before it.
CLAUSE_NOUNS: frozenset[str] = frozenset({
    "fact", "condition", "notion", "idea", "belief", "hope", "hopes", "sense", "assumption",
    "possibility", "evidence", "rumor", "rumors", "rumour", "fear", "fears", "concern",
    "concerns", "theory", "impression", "expectation", "expectations", "allegation",
    "speculation", "suspicion", "grounds", "premise", "reports",
})

#: Verbs whose statement may be only its topic, after one of these prepositions ("talked
#: about the economy", "warned of a recession", "joked about moving abroad"), or the
#: question after one of these words ("questioned whether the plan was legal").
TOPIC_VERBS: dict[str, tuple[str, ...]] = {
    "talk": ("about", "of"), "speak": ("about", "of"), "joke": ("about",),
    "complain": ("about",), "boast": ("about", "of"), "brag": ("about",),
    "warn": ("about", "of", "against"), "write": ("about",), "argue": ("for", "against"),
    "question": ("whether", "why", "how", "if"),
    "opine": ("on", "about", "against"),  # "opined on the state of the world"
}
#: Form of a topic verb -> the prepositions before its topic ("spoke" -> about, of).
TOPIC_VERB_FORMS: dict[str, tuple[str, ...]] = {
    form: preps for lemma, preps in TOPIC_VERBS.items() for form in verb_forms(lemma)
} | {"spoke": TOPIC_VERBS["speak"], "spoken": TOPIC_VERBS["speak"],
     "wrote": TOPIC_VERBS["write"], "written": TOPIC_VERBS["write"]}
#: Verbs of stance whose statement is their object, a noun phrase ("criticized [the mayor's
#: budget]", "endorsed [Jane Doe]", "praised [Doe for her work]", "called for [a ban]"):
#: what the subject said of someone or something, by group.  Lemma -> the particle that
#: must follow the verb ("" for none).  They are no cues of a clause ("criticized that A"
#: is read as any reporting verb's clause is).  "attack" and "back" by their inflected
#: forms only, their other senses ("attacked the city", "backed by a loan") filtered in
#: ``attribute.spans`` (``_attack_aside``, ``_backing_aside``); not "question"
#: ("Police questioned the driver": no words reported).
STANCE_VERB_GROUPS: dict[str, dict[str, str]] = {
    # "attack" by its inflected forms only ("X attacked [Doe]"): the bare form is a noun far
    # more often ("the attack", "attack ads"); the physical sense is filtered at the object
    # (``attribute.words._ASSAULT_WORDS``)
    "criticism": {v: "" for v in (
        "criticize", "condemn", "denounce", "blast", "slam", "blame", "decry",
        "lambaste", "chide", "rebuke", "scold", "mock", "ridicule", "castigate", "attack",
        "assail", "deride", "berate")},
    "praise": {v: "" for v in (
        "praise", "thank", "hail", "laud", "applaud", "commend", "welcome")},
    # "back" by its inflected forms only ("X backs [Doe]", "backed [the plan]"): the bare
    # form is an adverb far more often ("came back"), see ``STANCE_VERB_FORMS``
    "endorsement": {v: "" for v in (
        "endorse", "support", "oppose", "defend", "reject", "dismiss", "back")},
    "call": {"call": "for"},
    "citation": {"cite": ""},
    # "X pointed to [the jobs report]", "Critics point to [A]": the evidence offered
    "argument": {"point": "to"},
    "description": {"describe": ""},
    # "A poll shows [Doe with a lead]", "The survey found [Roe ahead]": only after a poll
    # or its data (see attribute.words._EVIDENCE_SUBJECTS); "police found a gun" reports none
    "evidence": {"show": "", "find": ""},
}
#: Lemma -> particle of every stance verb.
STANCE_VERBS: dict[str, str] = {
    lemma: particle for group in STANCE_VERB_GROUPS.values() for lemma, particle in group.items()}
#: Form of a stance verb -> its lemma ("endorsed" -> "endorse").
STANCE_VERB_FORMS: dict[str, str] = {
    form: lemma for lemma in STANCE_VERBS for form in verb_forms(lemma)
    # ("thanks to A": no verb; bare "back", "attack": see above)
    if form not in ("slamed", "slaming", "thanks", "finded", "back", "attack")
} | {"slammed": "slam", "slamming": "slam", "found": "find", "shown": "show",
     "criticised": "criticize", "criticises": "criticize", "criticising": "criticize"}
#: Verbs of characterising, whose statement is what their subject calls, sees or expresses
#: something as (see ``attribute.Attributor._characterisation_at``), form -> lemma: "call"
#: only in "X called [the deal a disaster]" and "X called on [Congress to act]"; "see" and
#: "view" only in "X sees [the ruling as a win]" ("view" also "[Doe favorably]"); "express"
#: with its object ("X expressed [concern about the plan]").
CHARACTERISING_FORMS: dict[str, str] = {
    form: lemma for lemma in ("call", "view", "express") for form in verb_forms(lemma)
} | {"see": "see", "sees": "see", "saw": "see", "seeing": "see"}

#: Verbs of a position or an intention whose statement is what the subject wants, plans,
#: hopes or prefers ("Rep. Jane Doe wants [more money for schools]", "The firm plans [to
#: cut 200 jobs]", "Roe hopes [to win Ohio]"): lemma -> the complements read as the
#: statement, "np" an object noun phrase, "to" an infinitive.  "hope" and "agree" report
#: a clause as any reporting verb does ("hopes that A", "agreed that A"); here only their
#: infinitive ("agreed [to debate] in May").  "like" only after "would" ("would like [to
#: see A]").  Not "seek" ("sought to calm his supporters") nor "decide" ("decided to sell
#: his jet"): the news tells them as acts more often than as positions; not "expect to"
#: (mostly a forecast: "expected to close in May"), "consider" ("considered X a threat")
#: nor sourceless "seems to".  "threaten", "decline" and "refuse" take an infinitive
#: ("threatened [to sink the rule]", "declined [to comment]", "refused [to answer
#: questions]"): PolNeAR marks them as the subject's statements (a refusal has its own
#: reason, ``attribute.words.REFUSAL_REASON``).
INTENTION_VERBS: dict[str, tuple[str, ...]] = {
    "want": ("np", "to"), "prefer": ("np", "to"), "like": ("np", "to"),
    "plan": ("to",), "hope": ("to",), "intend": ("to",), "agree": ("to",),
    "decline": ("to",), "refuse": ("to",), "threaten": ("to",),
}
#: Form of an intention verb -> its lemma ("planned" -> "plan").
INTENTION_VERB_FORMS: dict[str, str] = {
    form: lemma for lemma in INTENTION_VERBS for form in verb_forms(lemma)
    if form not in ("planed", "planing", "prefered", "prefering", "likes", "liked", "liking",
                    "wanting")
} | {"planned": "plan", "planning": "plan", "preferred": "prefer", "preferring": "prefer"}
#: Phrasal verbs of a retort or a remark that frame a direct quote after a comma or a colon
#: ("X shot back, “...”", "X chimed in: “...”"): particle -> the verb forms before it.
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "back": frozenset({"shot", "shoots", "fired", "fires", "hit", "hits", "struck", "strikes",
                       "snapped", "snaps", "pushed", "pushes", "wrote", "writes"}),
    "in": frozenset({"chimed", "chimes", "weighed", "weighs", "cut", "cuts"}),
}
#: The verb forms of those phrasal cues ("shot", "weighed").
PHRASAL_CUE_FORMS: frozenset[str] = frozenset().union(*PHRASAL_CUES.values())
#: Participles set off after a clause whose object is a statement of the clause's subject
#: ("“A,” X said, referring to B", "The firm pulled out, citing B"): the preposition that
#: opens the object ("" for none), and whether the clause must be one of speech (a term
#: "referring to" something says nothing).  "pointing to" is a stance verb's participle
#: (``STANCE_VERB_GROUPS``' "argument"), read only when its object is no gesture's.
TOPIC_PARTICIPLES: dict[str, tuple[str, bool]] = {
    "referring": ("to", True), "alluding": ("to", True), "citing": ("", False),
    "talking": ("about", False)}
#: Nouns of a survey: the news credits a poll with what it finds ("In a new poll, Doe leads
#: Roe"; see ``attribute.Attributor._poll_finding``).
POLL_NOUNS: frozenset[str] = frozenset({"poll", "survey", "polls", "surveys"})
#: Spellings a rule of reported speech can start from, with a reporting verb's lemma
#: (``REPORTING_VERBS``): every reporting-verb form, the statement nouns, topic verbs,
#: "according (to X)", "reported (by X)", "per X", the phrasal cues' verbs, stance verbs,
#: the topic participles, the nouns of a poll and the verbs of intention.
#: :class:`~quotetrack.tokens.Words` records the article's words spelled so as it reads
#: them (``Words.trigger_index``), for the attribution rules.
REPORTED_TRIGGER_FORMS: frozenset[str] = frozenset(REPORTING_VERB_FORMS) | STATEMENT_NOUNS | \
    frozenset(TOPIC_STATEMENT_NOUNS) | \
    frozenset(TOPIC_VERB_FORMS) | {"according", "reported", "per"} | PHRASAL_CUE_FORMS | \
    frozenset(STANCE_VERB_FORMS) | frozenset(TOPIC_PARTICIPLES) | POLL_NOUNS | \
    frozenset(CHARACTERISING_FORMS) | frozenset(INTENTION_VERB_FORMS)
#: Verbs that name or label what is quoted ("what it calls “...”", "X dubbed him “...”"):
#: their subject speaks the quoted words, whatever clause holds them.
NAMING_VERBS: frozenset[str] = frozenset({
    "call", "dub", "label", "term", "brand", "nickname", "describe", "characterize", "deride"})
#: The forms of the verbs of naming ("calls", "dubbed"), whatever lemma a tagger gives them.
NAMING_FORMS: frozenset[str] = frozenset(
    form for lemma in NAMING_VERBS for form in verb_forms(lemma)) | {"dubbed", "dubbing"}
#: Verbs of naming and stance that make a quoted fragment in their clause someone's words
#: ("X denounced “self-deportation”", "X blamed it on “sickos”"), besides reporting verbs.
_FRAGMENT_VERBS: frozenset[str] = NAMING_VERBS | {
    "attack", "blame", "denounce", "decry", "cite", "vent", "refer", "defend", "mock",
    "condemn", "echo", "chant", "mouth", "recite", "repeat", "reject", "dismiss",
    "question", "invoke", "boast", "joke", "embrace", "hail", "herald", "ridicule",
    "scold", "chide", "taunt", "lambast", "hit", "blast", "slam", "portray"}
FRAGMENT_VERB_FORMS: frozenset[str] = frozenset(
    form for lemma in _FRAGMENT_VERBS
    for form in verb_forms(lemma)) | {"dubbed", "dubbing", "referred", "referring", "hitting"}
#: The spellings a word needs (besides a reporting verb's lemma) for the parse's rule of a
#: quote's cue (``attribute.Attributor._syntax_quote``) to read it as one.
#: :class:`~quotetrack.tokens.Words` records the article's words spelled so that are no
#: ``REPORTED_TRIGGER_FORMS`` (``Words.cue_form_index``) as it reads them.
QUOTE_CUE_FORMS: frozenset[str] = frozenset(REPORTING_VERB_FORMS) | QUOTE_ONLY_FORMS | \
    NAMING_FORMS | FRAGMENT_VERB_FORMS
#: Form -> lemma of the verbs the rules know by their lemma (reporting, quote-only, naming,
#: fragment, topic, stance, characterising and intention verbs): the lemma of a word that a
#: Document gives none (a pipeline without the lemma processor; see
#: :class:`~quotetrack.tokens.Words`), "called" -> "call" as a lemmatizer would give it.
VERB_FORM_LEMMAS: dict[str, str] = {
    form: lemma for lemma in QUOTE_ONLY_VERBS | _FRAGMENT_VERBS | frozenset(TOPIC_VERBS)
    for form in verb_forms(lemma)} | {
    "dubbed": "dub", "dubbing": "dub", "referred": "refer", "referring": "refer",
    "hitting": "hit", "spoke": "speak", "spoken": "speak", "wrote": "write",
    "written": "write"} | CHARACTERISING_FORMS | STANCE_VERB_FORMS | INTENTION_VERB_FORMS | \
    REPORTING_VERB_FORMS
#: Every word form that can cue an attribution: reporting verbs, topic verbs, verbs that
#: only quote and statement nouns.  A sentence without one (and without a quote or a cue
#: phrase) carries none.
CUE_FORMS: frozenset[str] = frozenset(REPORTING_VERB_FORMS) | frozenset(TOPIC_VERB_FORMS) | \
    QUOTE_ONLY_FORMS | STATEMENT_NOUNS

#: Multi-word cues, matched case-insensitively on whole words.
PHRASE_CUES: tuple[str, ...] = (
    "according to",
    "was quoted as saying",
    "is quoted as saying",
    "were quoted as saying",
    "went on to say",
    "in a statement",
    "in an interview",
    "pointed out",
    "points out",
)

#: Pronouns that can be the subject of a cue, with gender/number.
SUBJECT_PRONOUNS: dict[str, str] = {
    "he": "male", "she": "female", "they": "plural", "i": "speaker", "we": "plural",
    "it": "neuter", "him": "male", "her": "female", "them": "plural",
}
PRONOUNS: frozenset[str] = frozenset(
    {"i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he", "him",
     "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we",
     "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
     "who", "whom", "whose", "this", "that", "these", "those"}
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
#: Pronouns of the first and second person.
FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our",
                                     "ourselves", "you", "your", "yourself", "yourselves"})
#: Prepositions that end the head of a noun phrase and open its modifier ("a spokeswoman
#: [for] X", "the head [of] Y").
NOUN_POSTMODIFIERS = frozenset({"for", "of", "at", "to", "with", "from", "in"})
#: Prepositions of where a lead-in's words ran ("X wrote in the Ledger:", ", writing for
#: the Ledger:").
VENUE_PREPOSITIONS = frozenset({"in", "for", "on", "to", "at"})

#: Abbreviated titles a text may write without their period before a name ("Mr Lee", "Sen
#: Roe": British style), as written.
BARE_TITLE_ABBREVIATIONS: frozenset[str] = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev",
    "Supt", "Insp", "Det", "Cllr", "Maj", "Adm"})
#: Titles abbreviated without their period that are given names too (the Japanese "Gen"):
#: before a surname, in a text that writes none of ``BARE_TITLE_ABBREVIATIONS`` so, a given
#: name ("Defence Minister Gen Nakano said").
GIVEN_NAME_TITLES: frozenset[str] = frozenset({"Gen"})
#: Honorifics that precede a name and tell its gender when they can.
HONORIFICS: dict[str, str | None] = {
    "mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female",
    "ms.": "female", "miss": "female", "dr": None, "dr.": None, "sir": "male",
    "dame": "female", "lady": "female", "lord": "male", "mister": "male", "madam": "female",
    "madame": "female", "mme": "female", "mme.": "female",
    # of other languages and cultures, as English news prints them ("Sheikh Hamad", "Herr
    # Vogt", "Señora Núñez", "Alhaji Musa Danjuma", "Datuk Lim", "Daw Aye Aye Mon", "Khun
    # Nattaya")
    "sheikh": "male", "sheikha": "female", "herr": "male", "frau": "female",
    "monsieur": "male", "mademoiselle": "female", "señor": "male", "señora": "female",
    "señorita": "female", "signor": "male", "signora": "female", "alhaji": "male",
    "alhaja": "female", "datuk": None, "datin": "female", "daw": "female", "khun": None,
    # Malaysian: "Dato' Razak Omar", "Puan Aminah" (Mrs.), "Encik Hamid" (Mr.)
    "dato": None, "puan": "female", "encik": "male",
    # Nigerian news: a union leader's "Comrade Ifeanyi Eze", an engineer's "Engr. Musa Bello"
    "comrade": None, "engr.": None, "engr": None,
    # Indian news: "Shri Venkatesh Iyengar", "Smt. Lakshmi Narayanan" (Mr., Mrs.); Nigerian
    # and Ghanaian: "Hon. Chinedu Okafor" (a lawmaker): no part of the name
    "shri": "male", "shri.": "male", "smt.": "female", "smt": "female", "shrimati": "female",
    "hon.": None,
    # Pakistani "Ch. Imran Warraich" (Chaudhry); an Arab engineer's "Eng. Saeed Al Hammadi"
    "ch.": "male", "eng.": None,
    # Philippine: "Aling Nena Cruz" (an older woman, as "Mrs.")
    "aling": "female",
}

#: Lower-case particles of a surname ("van der Berg", "de la Vega", "dos Santos"), and
#: the Irish ones, which keep their capital ("Seán Ó Briain", "Aoife Nic Giolla").
SURNAME_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "le", "la", "dos",
    "das", "ter", "ten", "ó", "ní", "nic", "uí",
    # Spanish and Filipino: "de los Reyes", "dela Cruz", "delos Santos"
    "los", "las", "dela", "delos"})

#: Kin, rank and role nouns that tell a name's gender when neither an honorific nor a
#: given name does: right before it ("his late son Beau Doe", "her sister Ann Roe",
#: "actress Ann Roe"), or in apposition after it ("Ann Roe, his wife,"); they also give
#: the gender of an unnamed speaker they head ("a spokeswoman for X said").
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(("son", "sons", "brother", "father", "husband", "uncle", "nephew",
                     "grandson", "grandfather", "stepfather", "stepson", "boyfriend",
                     "widower", "king", "prince", "spokesman", "chairman", "congressman",
                     "councilman", "assemblyman", "businessman", "man", "dad", "grandpa",
                     "fiance", "fiancé", "duke", "emperor", "baron", "monk", "gentleman",
                     "boy", "schoolboy", "policeman", "fireman", "alderman", "committeeman",
                     "anchorman", "newsman", "sportsman", "frontman", "patriarch"), "male"),
    **dict.fromkeys(("daughter", "daughters", "sister", "mother", "wife", "aunt", "niece",
                     "granddaughter", "grandmother", "stepmother", "stepdaughter",
                     "girlfriend", "widow", "queen", "princess", "spokeswoman", "chairwoman",
                     "congresswoman", "councilwoman", "assemblywoman", "businesswoman",
                     "woman", "mom", "mum", "grandma", "fiancee", "fiancée", "bride",
                     "duchess", "empress", "baroness", "countess", "nun", "actress",
                     "waitress", "heiress", "hostess", "girl", "schoolgirl", "housewife",
                     "policewoman", "alderwoman", "committeewoman", "anchorwoman",
                     "newswoman", "sportswoman", "frontwoman", "matriarch", "lady"),
                  "female"),
}

#: Kin nouns that stand for a relative the story named in apposition ("her daughter,
#: Anne Roe," and then "her daughter said"); an unknown word set off after one ("his wife,
#: Carys,") is a given name.
KIN_NOUNS: frozenset[str] = frozenset({
    "son", "daughter", "brother", "sister", "father", "mother", "husband", "wife", "uncle",
    "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather",
    "grandmother", "stepfather", "stepmother", "stepson", "stepdaughter", "widow",
    "widower", "fiance", "fiancé", "fiancee", "fiancée", "boyfriend", "girlfriend", "mum",
    "mom", "dad"})

#: Titles and roles that precede names ("Secretary of State Mike Pompeo") or
#: stand for them ("the secretary of State said").  Lower case; multi-word.
TITLES: frozenset[str] = frozenset({
    "president", "vice president", "secretary", "secretary of state", "deputy secretary",
    "deputy secretary of state", "secretary of defense", "defense secretary",
    "secretary of the treasury", "treasury secretary", "attorney general",
    "senator", "sen.", "sen", "representative", "rep.", "rep", "congressman",
    "congresswoman", "governor", "gov.", "gov", "lt. gov.", "lieutenant governor", "mayor",
    "speaker", "house speaker", "majority leader", "minority leader",
    "senate majority leader", "senate minority leader", "house majority leader",
    "house minority leader", "chairman", "chairwoman", "chair", "ceo", "chief executive",
    "director", "spokesman", "spokeswoman", "spokesperson", "press secretary",
    "white house press secretary", "ambassador", "minister", "prime minister",
    "foreign minister", "chancellor", "judge", "justice", "chief justice", "general",
    "gen.", "gen", "admiral", "adm.", "colonel", "col.", "lt.", "lieutenant", "captain",
    "capt.", "sergeant", "sgt.", "commissioner", "superintendent", "sheriff", "professor",
    "prof.", "dr.", "dr", "rev.", "reverend", "pastor", "father", "pope", "king", "queen",
    "prince", "princess", "candidate", "nominee", "presidential candidate",
    "democratic nominee", "republican nominee", "former president", "first lady",
    "campaign manager", "chief of staff", "adviser", "advisor", "strategist", "pollster",
    "analyst", "economist", "lawyer", "attorney", "host", "anchor", "correspondent",
    "reporter", "editor", "columnist", "author", "founder", "leader", "official",
    "officer", "agent", "deputy", "envoy", "diplomat", "aide", "coach", "executive",
    "vice chairman", "chief", "commander", "inspector general", "special counsel",
    "counsel", "prosecutor", "district attorney", "solicitor general", "surgeon general",
    "national security adviser", "national security advisor", "communications director",
    "manager", "treasurer",
    # members of a provincial or county assembly, as Commonwealth papers title them before
    # a name ("Gauteng Health MEC Johan Steyn", "Nyeri MCA Peter Otieno", "Liberal MNA
    # Sarah Whitfield", "Ontario MPP", "Congress MLA")
    "mec", "mca", "mna", "mpp", "mla",
    # titles hyphenated as Commonwealth and UN copy sets them ("Inspector-General of Police
    # X", "Director-General X", "the Secretary-General said")
    "inspector-general", "director-general", "secretary-general", "attorney-general",
    "solicitor-general", "auditor-general", "governor-general",
    "whip", "delegate", "assemblyman", "assemblywoman", "councilman", "councilwoman",
    "council member", "lawmaker", "legislator", "premier", "emir", "sultan",
    "general secretary", "supreme leader", "dictator", "billionaire", "businessman",
    "businesswoman", "activist", "scientist", "researcher", "doctor", "nurse",
    "ms.", "mr.", "mrs.",
    # roles that open a name as titles do ("Archbishop Aris Vale", "Co-anchor Jo Lee")
    "pres.", "sens.", "reps.", "archbishop", "bishop", "cardinal", "rabbi", "imam", "moderator",
    "co-moderator", "co-anchor", "co-host", "comedian", "rapper", "commentator",
    # a start-up's founders, before "and CEO" as often as alone ("Co-founder and CEO X")
    "co-founder", "cofounder",
    # roles of sport, court, school and council that open a name ("Skipper Eoin Walsh",
    # "defender Ann Lee") or stand for it ("the defender said")
    "defender", "striker", "midfielder", "goalkeeper", "winger", "skipper", "quarterback",
    "pitcher", "referee", "head coach", "assistant coach", "magistrate", "coroner",
    "detective", "constable", "headteacher", "headmaster", "headmistress", "teacher",
    "marshal", "fire marshal",  # ("Deputy Fire Marshal X", "the fire marshal said")
    "inspector", "chief inspector", "detective inspector",
    "detective sergeant", "detective superintendent", "chief superintendent", "det.",
    "insp.", "supt.", "det. insp.", "det. supt.", "det. sgt.",
    # British police ranks as British papers abbreviate them, without periods ("PC Jo Lee",
    # "DCI Ann Roe", "Det Insp Ann Roe", "Ch Supt Tom Hale"); "DC", "DS" and "DI" stay out
    # ("Washington DC")
    "pc", "pcso", "dci", "det", "insp", "supt", "det insp", "det supt", "det sgt",
    "det con", "det ch insp", "det ch supt", "ch insp", "ch supt",
    # British, Irish and Australian councillors ("Cllr Jo Lee", "Cr Jo Lee")
    "councillor", "cllr", "cllr.", "cr", "cr.",
    # US local offices that open a name ("Supervisor Dale Hutch", "Ald. Jo Lee (36th)",
    # "Councilmember Tasha Greene", "Selectwoman Ann Roe", "County Executive Marc Elrich")
    # (and "Supervisor of Elections Susan Bucher", "Del. Marcus Simon, D-Fairfax,")
    "supervisor", "county supervisor", "supervisor of elections", "alderman", "alderwoman",
    "ald.", "del.", "councilmember", "selectman", "selectwoman", "selectboard member",
    "freeholder", "county executive", "county commissioner", "comptroller",
    # military ranks that open a name ("Pfc. Jo Lee", "Sgt. Maj. Jo Lee"); short forms and
    # words no one is named ("Major", "Seaman" and "Lance" are names too)
    "maj.", "pfc.", "pvt.", "spc.", "cpl.", "cmdr.", "brig.", "corporal", "brigadier",
    "lieutenant colonel",
    # ranks of two words, often after an office ("Police Commissioner Major General X")
    "major general", "lieutenant general", "brigadier general", "rear admiral",
    "vice admiral", "air marshal", "air vice marshal", "air chief marshal", "maj gen",
    "maj. gen.", "lt gen", "lt. gen.", "brig gen", "brig. gen.",
    # a scientist's or a doctor's field before a name ("Climatologist Ben Arora said",
    # "epidemiologist Jo Hale"), as "economist" is
    "climatologist", "meteorologist", "epidemiologist", "virologist", "immunologist",
    "cardiologist", "oncologist", "neurologist", "nephrologist", "psychologist",
    "psychiatrist", "sociologist", "criminologist", "seismologist", "volcanologist",
    "hydrologist", "geologist", "biologist", "ecologist", "toxicologist", "pathologist",
    "archaeologist", "anthropologist", "physicist", "astronomer", "historian",
    # Malaysian titles of two words ("Datuk Seri Rahim bin Osman", "Tan Sri Ahmad Zainal",
    # "Puan Sri Noraini Hassan", "Toh Puan Aishah")
    "datuk seri", "dato seri", "datin seri", "datuk sri", "dato sri", "datin sri",
    "tan sri", "puan sri", "toh puan", "datin paduka",
})

#: Letters after a British or Irish name that are no part of it ("Ann Roe KC", "Tom Hurst MP"),
#: and those of Commonwealth news: a Welsh Senedd member ("Eluned Rhys MS"), an Ontario or
#: Quebec member ("MPP", "MNA"), Senior Counsel ("SC") and a Senior Advocate of Nigeria
#: ("Femi Adeyemi SAN").
POSTNOMINALS: frozenset[str] = frozenset({
    "kc", "qc", "mp", "mep", "msp", "mla", "td", "obe", "mbe", "cbe", "kbe", "dbe", "frs",
    "ms", "mpp", "mna", "sc", "san"})

#: Abbreviated titles and the role noun that stands for their bearer ("Sen. Tom Roe" is
#: "the senator").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen.": "senator", "sen": "senator", "sens.": "senator", "rep.": "representative",
    "rep": "representative", "reps.": "representative", "gov.": "governor", "gov": "governor",
    "lt. gov.": "lieutenant governor", "pres.": "president", "gen.": "general",
    "gen": "general", "adm.": "admiral", "col.": "colonel", "lt.": "lieutenant",
    "capt.": "captain", "sgt.": "sergeant", "prof.": "professor", "rev.": "reverend",
    "det.": "detective", "insp.": "inspector", "supt.": "superintendent",
    "det. insp.": "detective inspector", "det. supt.": "detective superintendent",
    "det. sgt.": "detective sergeant",
    "pc": "constable", "pcso": "police community support officer",
    "dci": "detective chief inspector", "det": "detective", "insp": "inspector",
    "supt": "superintendent", "det insp": "detective inspector",
    "det supt": "detective superintendent", "det sgt": "detective sergeant",
    "det con": "detective constable", "det ch insp": "detective chief inspector",
    "det ch supt": "detective chief superintendent", "ch insp": "chief inspector",
    "ch supt": "chief superintendent",
    "cllr": "councillor", "cllr.": "councillor", "atty.": "attorney",
    "maj.": "major", "pfc.": "private", "pvt.": "private", "spc.": "specialist",
    "cpl.": "corporal", "cmdr.": "commander", "brig.": "brigadier", "ald.": "alderman",
    "del.": "delegate",
}

#: Words between a title and its office ("Minister for Trade", "Secretary of Health").
TITLE_JOINERS: frozenset[str] = frozenset({"of", "for"})

#: Jobs, each with the role nouns that name it.
_JOBS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lawyer", ("lawyer", "attorney", "counsel", "solicitor", "barrister")),
    ("spokesperson", ("spokesman", "spokeswoman", "spokesperson")),
    ("manager", ("manager", "boss", "coach", "head coach")),
    ("chief executive", ("chief executive", "ceo", "boss", "chief executive officer")),
    # a British or Irish High Court judge is titled "Mr Justice X", "Mrs Justice X"
    ("judge", ("judge", "justice")),
)
#: Role nouns that name one job, each with the jobs it may name: "the defense attorney" is
#: the person called "Tom Doe's lawyer", "the boss" a club's manager or a company's chief
#: executive.  ("representative" stays out: it is a lawmaker's title too.)
SAME_ROLES: dict[str, frozenset[str]] = {
    word: frozenset(job for job, words in _JOBS if word in words)
    for _, words in _JOBS for word in words
}

#: Verbs of a relative clause after a name that give its role ("Mark Dunne, who coaches the
#: side," is "the coach").
ROLE_VERBS: dict[str, str] = {
    "coaches": "coach", "manages": "manager", "captains": "captain", "chairs": "chair",
    "directs": "director", "represents": "representative", "hosts": "host",
    "edits": "editor", "advises": "adviser", "founded": "founder", "leads": "leader",
    "teaches": "teacher", "referees": "referee", "prosecuted": "prosecutor",
    "anchors": "anchor", "moderated": "moderator", "moderates": "moderator",
}

#: Common nouns that can head a speaker phrase without a name ("officials said").
SPEAKER_NOUNS: frozenset[str] = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source",
    "sources", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst",
    "analysts", "expert", "experts", "critics", "critic", "supporters", "supporter",
    "people", "police", "authorities", "officers", "prosecutors", "lawmakers",
    "democrats", "republicans", "voters", "residents", "witnesses", "leaders",
    "diplomats", "investigators", "researchers", "scientists", "economists", "poll",
    "polls", "survey", "report", "statement", "study", "data", "campaign", "committee",
    "administration", "department", "ministry", "agency", "government", "white house",
    "pentagon", "kremlin", "court", "group", "organization", "company", "firm",
    "network", "newspaper", "paper", "website", "site", "outlet", "magazine",
    "candidate", "nominee", "president", "senator", "governor", "secretary",
    "director", "chairman", "lawyer", "attorney", "barrister", "solicitor", "man", "woman",
    "mother", "father",
    "wife", "husband", "friend", "neighbor", "doctor", "judge", "officer", "observers",
    "insiders", "operatives", "strategists", "pollsters", "pundits",
    "commentators", "activists", "members", "member", "staff", "staffers",
    "crowd", "audience", "protesters", "demonstrators", "attendees", "ally", "allies",
    # people of a story, as a review names them ("its narrator", "the film's heroine")
    "narrator", "protagonist", "hero", "heroine",
    # people at work whom a report names by their job ("the pilot asked", "a farmer said")
    "pilot", "pilots", "farmer", "farmers", "firefighter",
    "firefighters", "paramedic", "paramedics", "nurses", "teachers", "cashier", "surgeon",
    "surgeons", "pharmacist", "mechanic", "engineer", "engineers", "chef", "plumber",
    "electrician", "soldier", "soldiers", "trooper", "troopers", "ranger", "lifeguard",
    "journalist", "journalists", "actor", "actress", "pediatrician",
    "neurosurgeon", "physician", "physicians", "dentist", "veterinarian", "shopkeeper",
    "landlord", "tenant", "tenants", "bystander", "bystanders", "motorist",
    "passenger", "student", "survivor", "survivors", "victim", "eyewitness", "eyewitnesses",
    # one heard but not named ("a familiar voice cheered on Twitter:", "a voice-over says")
    "voice",
})

#: More nouns of people who speak unnamed ("a person familiar with", "one employee",
#: "Trump's opponents"): entity resolution makes a source of a speaker they name, but
#: unlike SPEAKER_NOUNS they do not open a speaker's slot for the attributor.
UNNAMED_SOURCE_NOUNS: frozenset[str] = frozenset({
    "person", "employee", "employees", "worker", "workers", "organizer", "organizers",
    "advocate", "advocates", "opponent", "opponents", "friends", "user", "users",
    # people of a place or an organisation ("parents at Oakfield School", "fans of the club")
    "parents", "pupils", "students", "fans", "players", "passengers", "patients",
    "families", "relatives", "locals", "neighbours", "campaigners", "shoppers", "customers",
    "villagers", "colleagues", "teammates", "volunteers",
    # a family that speaks as one ("the family said in a statement", "the Lee family said")
    "family",
})
#: Adjectives before "to" in a description of people that the description keeps ("a person
#: close to the mayor", "sources privy to the talks", "aides loyal to him"): whom they are
#: close to is part of who they are, and never the one who speaks.
CLOSE_TO_ADJECTIVES: frozenset[str] = frozenset({"close", "closest", "privy", "loyal"})

#: Speaker nouns that name a text or an institution, not people ("poll", "campaign"): "the
#: Clinton campaign" speaks for Clinton, "Clinton aides" do not.
INSTITUTION_NOUNS: frozenset[str] = frozenset({
    "poll", "polls", "survey", "report", "statement", "study", "data", "campaign",
    "committee", "administration", "department", "ministry", "agency", "government",
    "white house", "pentagon", "kremlin", "court", "group", "organization", "company", "firm",
    "network", "newspaper", "paper", "website", "site", "outlet", "magazine",
})

#: Last words of a business's name ("Corvane Systems", "Yahoo Studios", "Allergan Inc."):
#: the word before one alone is the business's short name ("Allergan said").
COMPANY_SUFFIXES: frozenset[str] = frozenset({
    "company", "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "group",
    "services", "partners", "systems", "foods", "holdings", "industries", "technologies",
    "motors", "airlines", "airways", "pharmaceuticals", "stores", "plc", "ltd", "ltd.", "llc",
    "studios", "films", "entertainment", "productions", "ventures", "laboratories",
    "enterprises", "investments",
    # technology firms ("Lumen AI", "Halcyon Robotics", "Corvex Labs")
    "ai", "labs", "robotics", "therapeutics", "biosciences", "analytics", "software",
})

#: Last words of a business's or a football club's name ("Corvane Systems", "Yahoo Studios",
#: "Caldmoor Rovers"): organisations, and "the company" or "the club" the story names.
BUSINESS_SUFFIXES: frozenset[str] = COMPANY_SUFFIXES | frozenset({
    "bank",
    # football clubs ("Caldmoor Rovers", "Dunmore Athletic")
    "rovers", "wanderers", "rangers", "athletic", "albion", "fc", "afc",
})

#: Nouns only a business has, after its name and a possessive mark ("Allergan's shares",
#: "Corvane's merger"; also "Allergan's chief executive").
BUSINESS_POSSESSIONS: frozenset[str] = frozenset({
    "shares", "stock", "shareholders", "stockholders", "ceo", "subsidiary", "subsidiaries",
    "merger", "takeover",
})

#: Jobs held "at" a business or a school ("a partner at Centerview", "an analyst at Evercore",
#: "a professor at Harwick"): the name after "at" names no person.
JOBS_AT: frozenset[str] = frozenset({
    "partner", "partners", "analyst", "analysts", "economist", "economists", "director",
    "executive", "executives", "banker", "bankers", "engineer", "engineers", "employee",
    "employees", "professor", "researcher", "researchers", "scientist", "scientists",
    "strategist", "strategists", "manager", "managers", "trader", "traders", "consultant",
    "consultants", "staffer", "staffers",
    # a hospital's or a company's officers and clinicians ("chief medical officer at Riverside
    # Health", "a nurse at Lakeside Medical", "a spokeswoman at Corvane Labs")
    "officer", "officers", "physician", "physicians", "surgeon", "surgeons", "nurse",
    "nurses", "doctor", "doctors", "epidemiologist", "specialist", "spokesperson",
    "spokesman", "spokeswoman",
})

#: A business's heads and holders, "of" it ("chief executive of Intel", "founder of
#: Corvane", "shares of Valeant").
BUSINESS_HEADS: frozenset[str] = frozenset({
    "ceo", "executive", "chairman", "chairwoman", "founder", "co-founder", "cofounder",
    "shares", "shareholders", "stockholders",
})
#: Nouns for what a business is: before its name or set off after it ("drugmaker Allergan",
#: "Allergan, the far smaller company,"), and as "the company said" after the story named it.
FIRM_NOUNS: frozenset[str] = frozenset({
    "company", "firm", "bank", "giant", "drugmaker", "automaker", "carmaker", "chipmaker",
    "retailer", "manufacturer", "insurer", "lender", "conglomerate", "startup", "start-up",
    "airline", "broadcaster", "maker", "channel", "network", "website", "chain", "supplier",
    "operator", "publisher", "studio", "brand", "business", "club", "carrier", "miner",
    "utility", "grocer", "brewer",
})

#: Words that mark an organisation when they end a capitalised name.
ORG_SUFFIXES: frozenset[str] = frozenset({
    "news", "times", "post", "journal", "press", "network", "party", "committee",
    "commission", "council", "department", "ministry", "agency", "bureau", "office",
    "institute", "university", "college", "school", "foundation", "association",
    "union", "corporation", "corp", "corp.", "inc", "inc.", "co", "co.", "company",
    "group", "center", "centre", "court", "senate", "house", "congress", "campaign",
    "administration", "reuters", "bank", "fund", "board", "service", "services",
    "organization", "society", "club", "league", "federation", "army", "navy", "force",
    "forces", "police", "tribune", "herald", "gazette", "magazine", "channel", "media",
    "pac", "caucus", "coalition", "alliance", "movement", "project", "review",
    "examiner", "observer", "daily", "weekly", "monitor", "guardian", "telegraph",
    "blaze", "hill", "cnn", "nbc", "abc", "cbs", "fox", "msnbc", "npr", "bbc", "ap",
    "authority", "trust", "institution", "chamber",
    # British spellings and public bodies named by their office
    "organisation", "directorate", "secretariat", "inspectorate",
    # newspaper titles ("the Harlow Ledger", "the Dunmore Courier")
    "ledger", "courier", "sentinel", "chronicle", "dispatch", "bulletin", "inquirer",
    "enquirer", "register", "globe", "mirror", "recorder", "advertiser", "star", "beacon",
    "insider", "radio",
    # bodies named in the plural, and other heads of an organisation's name
    "centers", "centres", "institutes", "academy", "academies", "museum", "consortium",
    "partners", "corps", "division", "watch",
    # outlets and agencies by the last word of their names ("Getty Images", "Agence
    # France-Presse", "the Border Patrol")
    "images", "presse", "patrol",
}) | BUSINESS_SUFFIXES

#: Words of news outlets' names, as the last word of a name after "the" ("the Jackson Sun",
#: a given name before a surname-like word) or as a part of a hyphenated last word
#: ("KXAN-TV", "a Harbor Press-Ipsos poll"): an organisation, not a person; and the last
#: word of a paper's short name ("the Post" after "The Washington Post").
OUTLET_WORDS: frozenset[str] = frozenset({
    "sun", "tv", "radio", "news", "press", "post", "times", "journal", "herald", "tribune",
    "gazette", "ledger", "star", "courier",
})
#: Of those, the common nouns that open sentences with a capital ("News footage showed",
#: "Press reports said"): alone, no paper's short name ("the Sun-Times", "the Daily News"
#: are).
OUTLET_COMMON_NOUNS: frozenset[str] = frozenset({"news", "press", "radio", "tv", "sun", "star"})

#: The last parts of web addresses' domains: a name that ends in one ("GunBroker.com",
#: "Factcheck.org") is a site, so an organisation, whatever a tagger typed it.
WEB_DOMAIN_ENDINGS: frozenset[str] = frozenset({
    "com", "org", "net", "gov", "edu", "io", "co", "info", "tv",
})

#: Words that end an organisation's name but also sit inside others ("Bain Capital" but
#: "Capital Markets", "Dow Chemical" but "American Chemical Society"): an organisation
#: when they close a name of two words or more.
ORG_LAST_WORDS: frozenset[str] = frozenset({
    "capital", "international", "politics", "front", "enforcement", "securities",
    "chemical", "chemicals", "pictures", "communications", "electric", "electronics",
    # hospitals and programmes ("Eastbrook General Hospital", "the Dorn Global Initiative")
    "hospital", "clinic", "infirmary", "initiative",
    # clubs and movements after a place or a group ("Ashby Town", "Dunmore United",
    # "Citizens United"; "Cape Town" is a listed place)
    "town", "united",
    # businesses by their trade ("Kestrel Homes", "Marnock Builders", "Harrow Properties")
    "homes", "builders", "developments", "properties", "supermarkets",
    # and by what they make or move ("Castell Paper", "Harrow Steel", "Dunmore Shipping")
    "paper", "steel", "mining", "shipping", "logistics", "textiles", "pharma",
    "brewery", "breweries", "semiconductor", "semiconductors", "robotics", "biotech",
    "aerospace",
    # utilities, oil firms and insurers ("Norvale Energy", "Harrow Oil", "Castell
    # Insurance"): "it said" after one is the firm's
    "energy", "oil", "petroleum", "insurance", "utilities", "telecom", "telecoms",
    # carmakers ("Ford Motor", "Harrow Motors"): "Ford said" after one is the firm's
    "motor", "motors",
})

#: Single-word organisations that often speak in news.
KNOWN_ORGS: frozenset[str] = frozenset({
    "reuters", "ap", "afp", "bloomberg", "cnn", "msnbc", "nbc", "abc", "cbs", "fox",
    "npr", "bbc", "politico", "axios", "breitbart", "gallup", "rasmussen", "quinnipiac",
    "pew", "fbi", "cia", "nsa", "doj", "dhs", "pentagon", "kremlin", "nato", "un",
    "who", "epa", "irs", "gop", "dnc", "rnc", "twitter", "facebook", "google",
})

#: Adverbs a title-case headline puts between a name and its verb ("Tom Hale Finally
#: Endorses Roe", "Roe Quietly Backs Doe"): no word of the name.
NAME_ADVERBS: frozenset[str] = frozenset({
    "finally", "again", "already", "really", "actually", "officially", "reportedly",
    "quietly", "publicly", "privately", "secretly", "openly", "suddenly", "never",
    "repeatedly", "apparently", "allegedly", "formally", "reluctantly", "abruptly",
})
#: Words that are capitalised but do not start names.
NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
    "we", "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or",
    "so", "yet", "if", "when", "while", "after", "before", "as", "at", "in", "on", "of",
    "for", "to", "from", "with", "by", "about", "into", "over", "under", "then", "there",
    "here", "what", "who", "why", "how", "where", "which", "not", "no", "yes", "all",
    "some", "many", "most", "more", "one", "two", "three", "now", "today", "yesterday",
    "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
    "oct.", "nov.", "dec.", "also", "still", "even", "just", "only", "because", "although",
    "though", "since", "until", "unless", "whether", "every", "each", "both", "either",
    "neither", "such", "other", "another", "last", "next", "first", "according",
    "meanwhile", "however", "instead", "indeed", "asked", "said", "says", "read", "updated",
    "photo", "image", "video", "watch", "related", "advertisement",
}) | NAME_ADVERBS

#: Common given names (a small list) and their usual gender, used only as a hint.
GIVEN_NAMES: dict[str, str] = {
    **{n: "male" for n in (
        "donald", "mike", "michael", "bill", "william", "barack", "joe", "joseph", "john",
        "james", "robert", "bob", "david", "richard", "thomas", "charles", "chris",
        "christopher", "paul", "mark", "george", "steven", "stephen", "kevin", "brian",
        "jeff", "jeffrey", "ted", "marco", "rand", "mitch", "chuck", "bernie", "tim",
        "rudy", "newt", "jeb", "ben", "eric", "jared", "reince", "sean", "steve",
        "rick", "scott", "jim", "tom", "dan", "daniel", "matt", "matthew",
        "peter", "andrew", "anthony", "frank", "gary", "harry", "jack", "larry", "lindsey",
        "mitt", "pat", "patrick", "ron", "ronald", "roger", "sam", "vladimir",
        "xi", "kim", "jong", "emmanuel", "boris", "justin", "benjamin", "bibi", "alex",
        "howard", "jason", "josh", "kenneth", "ken", "lou", "nick", "corey", "jon",
        "jonathan", "adam", "al", "alan", "bret", "bruce", "carl", "dick", "don", "doug",
        "ed", "edward", "fred", "greg", "henry", "jerry", "jesse", "keith", "martin",
        "max", "mohammed", "muhammad", "nate", "nathan", "pete", "phil", "ralph", "ray",
        "russ", "ryan", "stan", "terry", "todd", "tony", "trey", "vince", "walter",
        "wayne", "zach", "moon", "hunter", "beto", "cory", "jay", "kirk", "lee", "luis",
        "carlos", "jose", "juan", "bobby", "billy", "willie", "eddie", "colin", "glenn",
    )},
    **{n: "female" for n in (
        "hillary", "nancy", "elizabeth", "kamala", "michelle", "melania", "ivanka",
        "kellyanne", "sarah", "huma", "donna", "debbie", "kate", "katie", "mary",
        "patricia", "jennifer", "linda", "barbara", "susan", "jessica", "karen", "lisa",
        "betsy", "nikki", "amy", "kirsten", "dianne", "maxine", "alexandria", "ilhan",
        "rashida", "ayanna", "tulsi", "marianne", "condoleezza", "madeleine", "angela",
        "theresa", "marine", "christine", "hope", "laura", "megyn", "rachel", "anne",
        "ann", "ellen", "emily", "emma", "hannah", "helen", "jane", "janet", "jill",
        "joan", "judy", "julia", "julie", "kathleen", "kathy", "kelly", "lauren",
        "margaret", "maria", "marsha", "martha", "melissa", "monica", "nina", "pam",
        "pamela", "rebecca", "rosa", "sally", "samantha", "sandra", "sharon", "stephanie",
        "tammy", "teresa", "valerie", "wendy", "claire", "loretta", "chelsea", "omarosa",
        "carly", "sheryl", "liz", "beth", "heidi", "jeanne", "jeanine", "katrina",
        "cheryl", "carol", "caroline", "diane", "gina", "gretchen", "ivana", "jan",
    )},
}

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "sen.", "rep.", "gov.",
    "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "rev.", "hon.", "pres.", "atty.", "ald.",
    "u.s.", "u.k.", "u.n.", "u.s.a.", "d.c.", "e.u.", "inc.", "corp.", "co.", "ltd.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.", "no.", "vs.", "v.", "etc.", "e.g.", "i.e.", "a.m.", "p.m.", "ft.",
    "mt.", "ave.", "blvd.", "dept.", "est.", "approx.", "fig.", "op.", "ed.", "r-",
    "d-", "calif.", "fla.", "ill.", "mass.", "mich.", "minn.", "pa.", "tex.", "va.",
    "wash.", "wis.", "ariz.", "ark.", "colo.", "conn.", "del.", "ga.", "ind.", "kan.",
    "ky.", "la.", "md.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.",
    "tenn.", "vt.", "wyo.", "n.y.", "n.j.", "n.c.", "s.c.", "n.h.", "n.m.", "n.d.",
    "s.d.", "w.va.",
})

# Shares of a group that speak in poll reports ("47% say", "six in 10 voters said",
# "most of those surveyed say"): the words that end or open such a share.
SHARE_UNITS: frozenset[str] = frozenset({"%", "percent", "per", "cent"})
SHARE_WORDS: frozenset[str] = frozenset({
    "most", "half", "majority", "minority", "plurality", "third", "thirds", "quarter",
    "quarters", "fifth", "fifths", "many", "few", "some", "all", "none",
    # "Several of them said A", "three-fourths of them tell pollsters A"
    "several", "fourth", "fourths",
})
SHARE_QUALIFIERS: frozenset[str] = frozenset({
    "more", "fewer", "less", "than", "nearly", "about", "almost", "roughly", "only", "just",
    "some", "over", "around", "under", "a", "the", "full", "barely", "slightly", "approximately",
})
NUMBER_WORDS: frozenset[str] = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred",
})
#: Participles that make "those surveyed" a group of respondents.
SURVEYED: frozenset[str] = frozenset({
    "surveyed", "polled", "questioned", "interviewed", "asked", "sampled", "responding",
})
#: Written messages that speak for whoever put them out ("a letter sent by X warned", "the
#: party issued a statement").
MESSAGE_NOUNS: frozenset[str] = frozenset({
    "letter", "letters", "email", "emails", "e-mail", "e-mails", "memo", "memos", "statement",
    "statements", "release", "message", "messages", "note", "tweet", "tweets", "post", "posts",
})
#: Counts and records that a story lets speak ("Figures reported on Sunday suggest that A"):
#: like a text, they find and report nothing themselves.
DATA_NOUNS: frozenset[str] = frozenset({
    "figures", "data", "numbers", "statistics", "records", "results", "findings",
})
#: Trades of a business that a person may ply too ("the grocer said"): no "it".
_PEOPLE_TOO = frozenset({"giant", "maker", "publisher", "operator", "miner", "brewer",
                         "grocer", "supplier", "data"})
#: Texts and records that speak as "it" when a story says so of them ("The memo warned of
#: cuts. ... it said"), never as "they".
TEXT_SOURCE_NOUNS: frozenset[str] = frozenset(
    w for w in MESSAGE_NOUNS if not w.endswith("s")
) | frozenset({
    "report", "study", "survey", "poll", "document", "memorandum", "filing", "affidavit",
    "complaint", "lawsuit", "ruling", "order", "petition", "resolution", "constitution",
    "law", "bill", "treaty", "agreement", "platform", "manifesto", "editorial", "article",
    "column", "blog", "analysis", "review", "audit", "assessment", "ad", "advert",
    "advertisement", "commercial", "video", "film", "documentary", "book", "sign", "banner",
    "page", "website", "site", "footnote", "passage", "transcript", "excerpt",
})
#: Texts, records and bodies no one names that a speaking "it" takes up from a subject
#: before it ("The memo warned ...", "The union opposed the plan, which it called unfair").
THING_SOURCE_NOUNS: frozenset[str] = TEXT_SOURCE_NOUNS | frozenset(
    w for w in INSTITUTION_NOUNS | FIRM_NOUNS if not w.endswith("s") and " " not in w and
    w not in _PEOPLE_TOO
) | frozenset({
    "investigation", "inquiry", "association", "union", "party", "panel", "board",
    "council", "commission", "bureau", "office", "institute", "foundation", "center",
    "centre", "team", "coalition", "alliance", "club", "charity", "university", "school",
})
#: Forms of the verbs that put a message out ("the party issued a statement"): the
#: model-free annotator gives no lemma to every form.
RELEASE_FORMS: frozenset[str] = frozenset({"issued", "issues", "released", "releases", "sent",
                                           "sends", "posted", "posts", "published",
                                           "publishes"})
#: Verbs (lemmas) that put a message out and name its sender ("sent out by", "issued a
#: statement"; not "obtained by").
SENDING_VERBS: frozenset[str] = frozenset({
    "send", "issue", "release", "write", "sign", "post", "pen", "tweet", "publish",
})
#: Nouns by which news refers back to the person it is about without a title the story
#: gave them ("the billionaire", "the retired neurosurgeon", "the candidate").
EPITHET_NOUNS: frozenset[str] = frozenset({
    "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender",
    "incumbent", "challenger", "businessman", "businesswoman", "billionaire", "mogul",
    "tycoon", "magnate", "neurosurgeon", "socialist", "populist", "star", "actor",
    "actress", "singer", "rapper", "comedian", "senator", "governor", "congressman",
    "congresswoman", "lawmaker", "politician",
    # heads of government and ministers, named before without the title ("Olaf Scholz ...
    # The chancellor added", "Keir Starmer ... the prime minister said")
    "chancellor", "premier", "minister",
})
#: Roles and standings by which sports, arts and business news refers back to the one
#: person it is about, never titled so ("Nathan Blake's unbeaten 142 ... the opener said",
#: "the two-time champion", "the Oscar winner"): positions and crafts, which a person the
#: story describes as something else (a manager, a senator) never holds ...
STORY_ROLE_JOBS: frozenset[str] = frozenset({
    "striker", "forward", "midfielder", "defender", "winger", "goalkeeper", "keeper",
    "goalie", "full-back", "fullback", "centre-back", "center-back", "playmaker", "opener",
    "batsman", "batter", "bowler", "spinner", "seamer", "paceman", "all-rounder",
    "wicketkeeper", "quarterback", "pitcher", "shortstop", "outfielder", "slugger",
    "linebacker", "sprinter", "swimmer", "golfer", "boxer", "jockey", "gymnast", "skater",
    "novelist", "playwright", "poet", "songwriter", "singer-songwriter", "filmmaker",
    "painter", "sculptor", "dancer", "entrepreneur",
})
#: ... and standings of a career, which a person with a title may hold too ("the
#: veteran", "the freshman", "the two-time champion", "the former world No. 1").
STORY_ROLE_STANDINGS: frozenset[str] = frozenset({
    "rookie", "veteran", "freshman", "sophomore", "newcomer", "debutant", "champion",
    "titleholder", "winner", "runner-up", "finalist", "medallist", "medalist", "no. 1",
    "laureate",
})
#: Roles of those who coach, judge, report on or speak for the people a story is about:
#: never "the rookie", "the champion" or "the winner" of it.
SIDELINE_ROLES: frozenset[str] = frozenset({
    "coach", "manager", "boss", "referee", "umpire", "judge", "analyst", "commentator",
    "pundit", "host", "moderator", "reporter", "correspondent", "anchor", "spokesman",
    "spokeswoman", "spokesperson", "agent", "promoter", "trainer", "chairman",
    "chairwoman", "chair", "owner", "president", "commissioner",
})

# -- descriptions of bodies and groups, read by the resolver (quotetrack.resolve) --

#: Last words of a public body's name that "the agency" stands for ("National Weather
#: Service", "Food and Drug Administration", "Census Bureau", "Centers for Disease Control
#: and Prevention").
AGENCY_NAME_ENDS = frozenset({"service", "administration", "agency", "bureau", "commission",
                              "prevention"})
#: Nouns of a body that a story calls by them once it has named it ("the group", "the
#: advocacy group", "the organization"): an organisation, or a group of people named so.
BODY_NOUNS = frozenset({"group", "organization", "organisation"})
#: Words between a named body and "the group" that name some other group ("a group of
#: protesters", "other groups", "the crowd"): "the group" may be those, so no one.
OTHER_GROUP_WORDS = frozenset({"group", "groups", "crowd", "crowds"})
#: Last words of names of bodies that a story never calls "the group" (a government's
#: department or house, a court, an outlet): never what "the group" stands for.
NOT_GROUP_NAME_ENDS = AGENCY_NAME_ENDS | frozenset({
    "department", "ministry", "office", "house", "senate", "congress", "court", "government",
    "police", "army", "university", "college", "school", "times", "post", "news", "journal",
    "tribune", "herald", "press", "gazette", "tv", "radio"})
#: Words before "company", "bank" or "agency" that set another body apart from the one
#: the story named ("the rival company", "the parent company", "the combined company").
OTHER_BODY_WORDS = frozenset({
    "rival", "other", "another", "competing", "parent", "sister", "partner", "new",
    "former", "combined", "merged", "acquiring", "acquired", "target", "smaller", "larger",
    "bigger", "older", "younger", "first", "second", "third", "last", "next", "same",
    "only", "outside", "separate", "different", "successor"})
#: First words of an unnamed speaker's noun phrase that a definite role refers back to
#: ("a representative for the couple", "another source close to him", "the prime
#: minister's spokesman").
UNNAMED_OPENERS = frozenset({"the", "a", "an", "another", "one"})
#: Words that end the role of an unnamed speaker's noun phrase and begin what it is
#: about ("for the couple", "close to him", "familiar with the talks", "who spoke").
UNNAMED_ROLE_ENDS = frozenset({"for", "of", "at", "close", "familiar", "who", "with",
                               "from", "in", "to", "on", ","})
#: Singular nouns of many people, whom no "he" or "she" stands for.
CROWD_NOUNS = frozenset({"crowd", "audience", "public", "family", "couple", "team", "staff",
                         "panel", "jury", "majority", "minority", "group"})
#: Words after a description that go on to say which body it means ("the bank that lent
#: the money", "the company behind the app").
WHICH_ONE_AFTER = frozenset({"that", "which", "who", "whose", "of", "for", "in", "behind",
                             "at", "with"})
#: Nouns for what a business does that open a sentence before its name ("Promoter Aldgate
#: Live said", "Retailer Harwell said"): no part of the name.
FIRM_ROLES = frozenset({
    "promoter", "retailer", "manufacturer", "insurer", "lender", "broadcaster", "carmaker",
    "automaker", "drugmaker", "chipmaker", "publisher", "supplier", "grocer", "brewer",
    "organiser", "organizer", "developer", "distributor", "wholesaler", "landlord"})
#: Nouns of people or of the outlets they write for that head a speaker's noun phrase
#: whose name only modifies them ("Several Doe associates", "six Harwick newspapers",
#: "old Iowa political hands", "a 2008 Doe veteran"): the group or person speaks, not the
#: name; the singulars after "a", "one" or "another" only (someone new).  Nouns that
#: :func:`is_group_noun` reads already ("delegates", "defenders") are not repeated here.
GROUP_HEADS = frozenset({
    "associate", "associates", "backer", "backers", "confidant", "confidants", "donor",
    "donors", "elders", "hands", "loyalist", "loyalists", "newspapers", "outlets", "media",
    "businesses", "contender", "contenders", "politician", "politicians", "lobbyist",
    "lobbyists", "hacker", "hackers", "trader", "traders", "veteran", "veterans", "staffer",
    "native", "natives", "insider", "voter", "delegate", "speechwriter", "spymaster", "operative",
    "boosters", "questioners", "consultant", "consultants", "surrogate", "surrogates",
})

# -- group shares, documents and set-off phrases (read by attribute.mentions) --

#: Indefinite pronouns of things that may open the phrase before a cue ("something Doe
#: aides argue is likely": the aides speak, see ``_subject_past_stop``).
INDEFINITE_THINGS = frozenset({"something", "anything", "everything", "nothing"})
#: Pronouns that take a share of the group after "of" ("some of the women", "many of her
#: aides", "one of them"): see ``of_phrase_end``.
OF_PHRASE_PRONOUNS = frozenset({"some", "many", "most", "all", "both", "none", "several",
                                "few", "each", "one", "any", "either", "neither"})
#: Counts of a crowd before "of" ("Hundreds of students"): see ``_marching_group``.
GROUP_COUNTS = frozenset({"hundreds", "dozens", "thousands", "scores"})
#: Nouns that count or share out a group named after "of" ("hundreds of protesters", "a
#: majority of voters", "16 percent of Democrats"): see ``counts_a_group``.
GROUP_SHARE_NOUNS = GROUP_COUNTS | frozenset({
    "millions", "dozen", "handful", "majority", "majorities", "minority", "plurality",
    "number", "half", "third", "thirds", "quarter", "percent", "%", "fraction", "share",
    "crowd", "group", "lot"})
#: Documents and studies that may open a clause before a participle phrase set off by
#: commas and then speak ("A study of 2,000 adults, published Wednesday, found that A").
SET_OFF_DOCUMENTS = frozenset({"study", "studies", "report", "reports", "survey", "poll",
                               "analysis", "review", "minutes", "audit", "paper", "memo",
                               "letter", "filing", "documents", "records", "investigation",
                               "inquiry"})
#: Adverbs of time that may open a phrase set off after a name ("X, a former aide, now a
#: CNN commentator, said").
SET_OFF_TIME_ADVERBS = frozenset({"now", "currently", "later", "then", "once"})
