"""Word sets, constants and small word predicates of the attribution rules."""

from __future__ import annotations

import re

from ..lexicon import (
    CHARACTERISING_FORMS,
    DATA_NOUNS,
    FRAGMENT_VERB_FORMS,
    INTENTION_VERB_FORMS,
    MESSAGE_NOUNS,
    NAMING_FORMS,
    NAMING_VERBS,
    NUMBER_WORDS,
    PHRASAL_CUE_FORMS,
    PHRASAL_CUES,
    POLL_NOUNS,
    QUOTE_CUE_FORMS,
    QUOTE_ONLY_FORMS,
    REPORTED_TRIGGER_FORMS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
    SHARE_UNITS,
    SHARE_WORDS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    STANCE_VERB_FORMS,
    STANCE_VERB_GROUPS,
    STATEMENT_NOUNS,
    TEXT_SOURCE_NOUNS,
    THOUGHT_VERBS,
    TITLES,
    TOPIC_PARTICIPLES,
    verb_forms,
)
from ..tokens import Word

#: Words of a forecast before "to" and a cue of remarks not yet given ("“A,” he is
#: expected to say", "is set to tell", "is going to say").
_FORECAST_WORDS = frozenset({"expected", "set", "going", "scheduled", "poised", "due"})
#: Words that may stand between a subject and its cue ("Pompeo has also said").
_BETWEEN_SUBJECT_AND_CUE = frozenset({
    "has", "have", "had", "also", "later", "then", "previously", "recently", "once",
    "would", "will", "did", "does", "do", "reportedly", "further", "again", "repeatedly",
    "publicly", "privately", "quickly", "simply", "often", "frequently", "just", "already",
    "since", "still", "even", "never", "always", "was", "is",
    "were", "are", "be", "been", "could", "might", "may", "can", "should", "must",
    "originally", "first", "subsequently", "earlier", "famously", "flatly", "bluntly",
    "angrily", "openly", "explicitly", "specifically", "separately", "initially",
})
#: Adverbs that never stand between a subject and its cue ("so X said", "not", "where").
_NOT_BETWEEN = frozenset({"not", "so", "as", "there", "here", "where", "when", "why", "how",
                          "however", "instead", "too"})
#: Words that may follow a cue before the reported clause ("said Wednesday that").
_CUE_ADJUNCTS = frozenset({
    "on", "in", "at", "during", "last", "this", "earlier", "later", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
    "recently", "again", "repeatedly", "publicly", "privately", "also", "previously", "aloud",
    "statement", "interview", "a", "an", "the", "twitter", "tweet", "speech", "rally",
    "reporters", "times", "once", "twice", ",",
})
#: Fixed adverbial phrases that may stand between a subject and its verb ("X has in the
#: past described"): their nouns are no subject.
_ADVERBIAL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("in", "the", "past"), ("at", "last"), ("at", "times"), ("in", "turn"), ("of", "course"),
    ("in", "recent", "days"), ("in", "recent", "weeks"), ("in", "recent", "months"),
    ("in", "recent", "years"), ("over", "the", "years"), ("for", "years"),
    ("in", "particular"), ("in", "fact"), ("in", "private"), ("in", "public"),
    ("on", "occasion"), ("at", "first"), ("for", "months"), ("for", "decades"),
    ("at", "one", "point"), ("at", "some", "point"),
    # hearsay of a speaker's words: "X is said to have told allies A", "X is reported to
    # have said A" (X's words, which the news did not hear itself)
    ("said", "to", "have"), ("reported", "to", "have"), ("understood", "to", "have"),
    ("believed", "to", "have"),
)
#: Those phrases by their last word, so that a word that ends none costs one lookup.
_ADVERBIAL_PHRASES_BY_END: dict[str, tuple[tuple[str, ...], ...]] = {
    end: tuple(p for p in _ADVERBIAL_PHRASES if p[-1] == end)
    for end in {p[-1] for p in _ADVERBIAL_PHRASES}
}
#: Subordinators that open a sentence with a clause of its own ("After X said ..., Y").
_LEAD_SUBORDINATORS = frozenset({"when", "while", "after", "before", "because", "although",
                                 "though", "since", "once", "as", "if", "until", "whereas"})
#: Subordinators of time or contrast that open a clause with a subject of its own inside a
#: sentence, with no comma before them ("a fight in June when X attacked Y"); not those of
#: cause or concession, whose clause argues the main clause's case ("X portrayed Y as a
#: hypocrite because he took “...”"), nor "as" or "if", which also open phrases.
_BARE_SUBORDINATORS = frozenset({"when", "after", "before", "once", "until", "while",
                                 "whereas"})
#: Subordinators before a participle cue that shares its clause's subject ("X is under
#: fire after saying ..."); not "as" ("read as saying") or "without" (nothing said).
_PARTICIPLE_SUBORDINATORS = frozenset({"after", "before", "while", "when", "since", "by", "upon"})
#: Subordinators of a clause whose own subject a participle after it goes with ("..., where
#: protesters had gathered, chanting"; "even as he defended Y, saying"); not "after",
#: "before" or "because" ("X said after the senator won, remarking": X).
_PARTICIPLE_CLAUSE_SUBORDINATORS = frozenset({"where", "as", "while", "though", "although",
                                              "whereas"})
#: Coordinators that open, after a comma, a clause of its own before a participle ("X was
#: pressed, but Ann Lee stayed calm, saying A"): the participle goes with that clause.
_PARTICIPLE_CLAUSE_COORDINATORS = frozenset({"but", "and", "yet"})
#: Subordinators that open an adjunct after a cue, not its statement ("said as he left").
_ADJUNCT_SUBORDINATORS = frozenset({"when", "as", "after", "before", "while", "because", "since",
                                    "until"})
#: Subordinators of time or concession that open the setting of a sentence, not its
#: statement ("After the vote, X said ...", "Though A, X maintains B").
_SETTING_SUBORDINATORS = frozenset({"when", "while", "after", "before", "as", "since", "once",
                                    "until", "though", "although", "despite", "whereas"})
#: Words that open a clause of time or cause and that a parser may read as prepositions
#: when a noun phrase follows ("after [the governor] suggested ...").
_PREPOSITION_SUBORDINATORS = frozenset({"after", "before", "as", "since", "until", "once",
                                        "while", "when", "because", "though", "although"})
#: Tags of the words of a short noun phrase: between such a word and its verb, or of an
#: occasion between a noun of saying and its "that" ("her assertion during [the debate] that").
_SHORT_NP_TAGS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PART"})
#: Words before "as" that make it a comparison or a list ("such as", "as well as").
_AS_COMPARATIVES = frozenset({"such", "well", "same", "much", "many", "long", "soon"})
_SUBORDINATORS = frozenset({"when", "as", "while", "after", "before", "if", "because", "although",
                            "though", "since", "until", "unless", "whether", "but", "and", "so",
                            "yet", "meanwhile", "however", "then", "once", "where"})
#: How many words around a quote, or before a cue, the surface rules look at:
#: news frames are short, and a bound keeps hostile input linear.
_WINDOW = 60
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "yesterday", "tonight"})
#: Reflexives used to stress a noun just before them ("Doe himself said").
_INTENSIVES = frozenset({"himself", "herself", "itself", "themselves"})
#: Nouns of time that a parser may take for the subject of a cue ("X last week said").
_TIME_NOUNS = frozenset({"week", "weekend", "month", "year", "day", "morning", "afternoon",
                         "evening", "night", "hour", "minute"})
#: Periods that end a time phrase after "this" or "last" ("last fall", "this October").
_TIME_PERIODS = frozenset({"spring", "summer", "fall", "autumn", "winter", "season", "term",
                           "session", "cycle", "quarter", "decade", "century", "january",
                           "february", "march", "april", "may", "june", "july", "august",
                           "september", "october", "november", "december"})
#: A clock time ("7:45", "11 a.m."), which a parser may take for a subject in a live blog.
_CLOCK_TIME = re.compile(r"\d{1,2}:\d\d")
_CLOCK_SUFFIXES = frozenset({"a.m.", "p.m."})
#: Adverbs that can be the subject of a cue as quantities ("most say"); other adverbs cannot.
_QUANTITY_ADVERBS = frozenset({"most", "more", "many", "few", "half", "all"})
#: Prepositions that tie people to their organisation ("parents at X", "fans from X").
_PEOPLE_AT = frozenset({"at", "from"})
#: Prepositions whose object is the one a subject's words came through ("in a statement
#: by his spokesman", "through his media aide", "via her lawyer").
_AGENT_PREPOSITIONS = frozenset({"by", "through", "via"})
#: The most words from the comma that sets off such a phrase to its agent.
_AGENT_ADJUNCT_WORDS = 12
#: Marks that may stand before a sentence's subject.
_OPENING_PUNCT = frozenset({"“", '"', "‘", "'", "(", "—", "–", "-"})
_NP_INNER = frozenset({"of", "for", "’s", "'s", "-", "&", "de", "van", "von", "al", "bin",
                       "bint", "binti", "and", "at", "on", "in", "the"})
#: Records that speak for whoever made them ("a report by the Audit Board found").
_RECORD_NOUNS = frozenset({"report", "reports", "study", "studies", "survey", "surveys",
                           "poll", "polls", "analysis", "review", "audit", "investigation",
                           "inquiry", "count", "tally", "memo", "statement", "filing",
                           "research", "paper", "assessment", "estimate", "estimates",
                           "records", "documents", "emails", "files", "memos",
                           "messages", "texts", "filings", "transcripts"})
#: Participles between a record and its maker or holder ("records obtained by The Ledger
#: show", "documents reviewed by the paper show"): the record still is the source.
_RECORD_PARTICIPLES = frozenset({"obtained", "reviewed", "seen", "released", "published",
                                 "provided", "filed", "examined", "analyzed", "analysed"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who"})
#: Nouns of saying whose "that" clause is their possessor's statement when they head the
#: subject ("Doe's accusation that A touched off a debate") or a possessive pronoun owns
#: them ("X repeated his accusation that A"): after a verb, another's are most often the
#: object of a cue ("X dismissed Doe's accusations that A").
_SUBJECT_ONLY_STATEMENT_NOUNS = frozenset({"accusation", "accusations"})
#: Subject pronouns of a person or group the story tells of ("as he keeps", "and she").
_THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
#: Pronouns that stand for a thing or for nothing ("It gets worse:"), never for a speaker.
_THING_PRONOUNS = frozenset({"it", "this", "that", "which"})
#: First words that make a clause subject a thing rather than a speaker ("That view", "It").
_THING_STARTS = frozenset({"that", "this", "these", "those", "such", "it", "its"})
#: Subject pronouns of people: "he said", "they argued".
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
#: Quote marks as the tokenizer gives them: one character, or a doubled mark ("''").
_QUOTE_CHARS = frozenset("\"“”„«»‹›‘’'`") | {"''", "``", "‘‘", "’’"}
#: Dashes, with the horizontal bar that some outlets set for an em dash ("much like he did
#: ― Jane Doe cast"); it opens a signature line under or after a quote ("― Jane Doe", "--
#: Jane Doe") and closes a dateline ("BOSTON ― The mayor said").
_DASHES = frozenset({"—", "–", "―", "-", "--"})
#: Word classes of the capitalised words of a place in a dateline ("New Haven (AP) —").
_PLACE_UPOS = frozenset({"PROPN", "ADJ", "NOUN"})
#: The reason of a lead-in signed after a dash ("Pollsters agree - Jane Doe: “...”").
_SIGNED_LEAD = "X - name: quote"
#: What may stand before a signed quote on its line: nothing, or a list's bullet or number.
_LIST_MARKER = re.compile(r"\s*(?:[•·▪*\-–—]|\d{1,2}[.)])?\s*")
#: How many words may follow the name on a signature line ("— Tom Reed, a retired teacher").
_SIGNATURE_WORDS = 12
#: Phrasal verbs of a retort or a remark ("X shot back, “...”"; in the lexicon, with the
#: trigger spellings :class:`~quotetrack.tokens.Words` records): particle -> verb forms.
_PHRASAL_CUES = PHRASAL_CUES
_PHRASAL_CUE_FORMS = PHRASAL_CUE_FORMS
#: Words before "as" and the name a speaker goes by ("gave his name as Pietro", "a man
#: identified only as Jo").
_NAMING_AS = frozenset({"name", "known", "identified", "named", "called"})
#: Words that may open a sentence before its subject ("But officials said").
_OPENING_SKIP = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "however", "now",
                           "instead", "also", "indeed", "even", "only", "nearly", "almost"})
#: Words that start a modifier between a subject and its verb ("officials who spoke").
_SUBJECT_MODIFIER_STARTS = frozenset({
    "who", "whose", "which", "that", "of", "from", "with", "in", "at", "for", "including",
    "close", "familiar", "on", "inside", "within", "outside", "across", "around", "near",
    "like", "among", "such", "both", "alike", "involved", "based", "aligned", "allied",
    "by", "to", "about",
})
#: Prepositions of a phrase after people that says which ones speak ("those around him",
#: "voters over 60", "people close to the mayor").
_POSTMODIFIER_PREPOSITIONS = frozenset({"to", "around", "over", "under", "near", "with",
                                        "among", "inside", "within"})
#: Adjectives before such a preposition ("close to", "familiar with").
_POSTMODIFIER_ADJECTIVES = frozenset({"close", "closest", "familiar", "loyal", "near"})
#: Prepositions that join a role set off before a name to its organisation ("a spokeswoman
#: for the airline, Carla Diaz,").
_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "with"})
#: Prepositions that join a modifier to a speaker noun ("aides to the governor").
_SUBJECT_PREPOSITIONS = frozenset({"of", "to", "for", "from", "with", "close", "over", "among"})
#: The most words from a verb that puts out a message to the colon after it ("issued a
#: short written statement:").
_RELEASE_LEAD_WORDS = 6
#: Cues that take a question ("asked if ...", "told reporters when ...").
_QUESTION_VERBS = frozenset({"ask", "tell", "explain", "wonder", "question", "inquire"})
_QUESTION_STARTS = frozenset({"what", "how", "whether", "why", "if", "who", "when", "where",
                              "to"})
#: Most words between a topic verb and its preposition ("talked to two reporters about").
_TOPIC_GAP_WORDS = 6
#: Words that open an embedded question after a speech verb whatever it is ("explained
#: why A", "would not comment on whether B"); not "when" or "where", which open a clause of
#: time or place as often ("said when the polls closed"), nor "who", which opens a relative
#: clause as often.
_EMBEDDED_QUESTION_WORDS = frozenset({"what", "how", "whether", "why"})
#: Question words that may open a topic verb's statement right after its preposition
#: ("spoke about [how] A", "talked about [when] B": after "about" no clause of time).
_TOPIC_QUESTION_WORDS = _EMBEDDED_QUESTION_WORDS | {"when", "where"}
#: The prepositions of a topic that may come before such a question ("commented on
#: whether A", "asked about how B").
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "of", "over", "into"})
#: Prepositions of what a talk or a feeling is about, before a person and a participle
#: that is the person's own saying ("interviewed about Pope Francis calling A", "angry at
#: Roe calling B", "heard from Lee saying C"): the person speaks.
_GERUND_SUBJECT_PREPOSITIONS = frozenset({"about", "of", "over", "at", "from"})
#: Words that open the question after the one asked ("asked the mayor whether A"); not
#: "who", which may open a relative clause on the one asked.
_ASKED_QUESTION_STARTS = _QUESTION_STARTS - {"who", "to"}
#: Subordinators of time or contrast whose clause, set off by a comma after a promise in the
#: infinitive, is the writer's ("vowed to fight, while A", "pledged to act, after A").
_PROMISE_END_SUBORDINATORS = frozenset({"after", "before", "while", "whereas"})
#: Participles that go on listing what a phrase holds ("to cut taxes, including A").
_LISTING_PARTICIPLES = frozenset({"including", "excluding", "notably", "especially"})
#: Cues that take a promise or a request with "to" ("vowed to fight", "asked him to go").
_TO_VERBS = frozenset({"vow", "promise", "pledge", "ask", "tell", "warn", "claim"})
#: Verbs of a source's request for anonymity ("who asked not to be named", "requested not
#: to be identified", "spoke on condition ..."): the request is to the writer, no statement.
_ANONYMITY_CUES = frozenset({"ask", "request", "insist", "demand", "beg"})
_ANONYMITY_VERBS = frozenset({"named", "identified", "quoted", "cited"})
#: Nouns and participles of a request that a name be kept out of print ("asked that her
#: name not be used", "requested that his identity be withheld").
_WITHHELD_NOUNS = frozenset({"name", "names", "identity", "surname"})
#: What else of the speaker's a request keeps out of print ("asked that her [employer] not
#: be identified", "that his [employer's] name not be used").
_WITHHELD_AFFILIATIONS = frozenset({
    "employer", "employers", "company", "firm", "workplace", "school", "hometown", "town",
    "village", "neighborhood", "neighbourhood", "street", "family", "children", "husband",
    "wife", "relatives", "unit", "agency", "department", "hospital", "clinic", "church",
    "office", "bank", "store", "restaurant", "newspaper", "country", "city"})
_OWN_NAME_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "full"})
#: The speaker's own possessives before a withheld affiliation ("her employer").
_WITHHELD_OWNERS = frozenset({"his", "her", "their", "my", "our"})
_WITHHELD_VERBS = frozenset({"used", "published", "printed", "withheld", "given", "disclosed",
                             "revealed", "identified", "named"})
#: Words between "that" and a withheld name ("asked that [only her first] name be used",
#: "asked that her [last] name not be published").
_NAME_MODIFIERS = frozenset({"only", "first", "last", "full", "real", "middle", "family"})
#: Subject pronouns of a request that the speaker be kept out of print ("asked that she
#: not be named", "asked that he be identified only by his first name").
_WITHHELD_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
#: What a request "to be identified" is made by ("asked to be identified [only] by her
#: first [name]", "by his initials"): the name the writer may print.
_NAME_LIMITS = frozenset({"only", "name", "names", "initials", "initial"})
#: Forms of the verbs of causing whose object speaks in the "to" cue after it ("led her
#: to declare A", "prompted Republicans to say A"), unlike a request's ("asked her to say").
_CAUSING_FORMS = frozenset({
    "lead", "leads", "led", "leading", "drive", "drives", "drove", "driven", "driving",
    "prompt", "prompts", "prompted", "prompting", "force", "forces", "forced", "forcing",
    "push", "pushes", "pushed", "pushing", "spur", "spurs", "spurred", "spurring",
    "cause", "causes", "caused", "causing", "compel", "compels", "compelled", "compelling",
    "inspire", "inspires", "inspired", "inspiring", "persuade", "persuades", "persuaded",
    "persuading", "convince", "convinces", "convinced", "convincing"})
#: Verbs after which "to" and a verb of thought or evidence keep their meaning ("polls
#: continue to show", "I continue to believe"), unlike a wish ("hopes to show").
_GOING_ON_VERBS = frozenset({"continue"})
#: Verbs and adjectives before "to" whose subject takes (or holds back from) the side of a
#: stance verb after it ("refused to endorse", "went on to criticize", "was quick to praise",
#: "has yet to endorse"); forecasts, wishes and duties ("plans to", "expected to", "wants
#: to", "had to defend") are not among them.
_STANCE_CHAIN_GOVERNORS = frozenset({
    "refuse", "refused", "decline", "declined", "go", "quick", "reluctant", "seem",
    "seemed", "tend", "tended", "continue", "continued", "try", "tried", "hasten", "rush",
    "vote", "voted", "decide", "decided", "agree", "agreed"})
#: Verbs of a means or an appearance whose subject takes the side of a stance verb after
#: their object and "to" ("used her speech to call for A", "appeared on CNN to defend B",
#: "took to the talk shows to defend C", "held a news conference to criticize D").
_STANCE_MEANS = frozenset({"used", "uses", "use", "appeared", "appears", "took", "takes",
                           "held", "holds"})
#: Words that make a noun the first or only one to take a side ("the first senator to
#: endorse Doe", "the only mayor to oppose A").
_STANCE_FIRSTS = frozenset({"first", "only", "earliest", "lone"})  # not "last chance to"
#: Cues that keep their meaning after "to" ("went on to say", "refused to concede that",
#: "declined to comment on A").
_TO_CHAIN_CUES = frozenset({"say", "add", "explain", "insist", "argue", "claim", "note", "tell",
                            "ask", "suggest", "acknowledge", "admit", "warn", "complain",
                            "stress", "declare", "announce", "predict", "concede", "deny",
                            "assert", "recall", "promise", "vow", "write", "tweet", "comment",
                            "respond", "question", "assure"})
#: Passive participles whose subject is what was said when nothing follows ("The merger
#: was announced on Monday", "Both fires were claimed by the group").
_PASSIVE_SUBJECT_CUES = frozenset({"announced", "claimed", "argued", "reported", "stated"})
#: Subjects of a standing appeal, no reported request ("Anyone with information is asked to
#: call police").
_APPEAL_SUBJECTS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
#: Quantifiers that float after a subject, before its verb ("Smith and Jones both said",
#: "The senators all said", "They each said"): not part of the subject.
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
_RELATIVES = frozenset({"which", "that", "what", "whom", "who"})
#: How many words back from the "and" before a cue a relative clause that the cue goes
#: on may start ("X, who answered the door and said A").
_RELATIVE_CONJUNCT_WORDS = 25
#: Relative words that open the clause on a noun phrase summing up a statement ("A, a move
#: that ...", "A, one which ...").
_SUMMING_RELATIVES = frozenset({"that", "which", "who", "whose"})
#: Auxiliaries after ", as" that liken another's case to the statement ("A, as have other
#: Democrats", "A, as was the case in May"): the writer's note, not what was said.
_WRITERS_LIKENING_AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do", "is",
                                           "are", "was", "were"})
#: Relatives that open a clause of naming whose own subject names the quote ("whom he
#: called “...”"); not "what" ("what he calls “...”" is the main clause's, as in a parse).
_NAMING_RELATIVES = _RELATIVES - {"what", "that"}
#: Relatives that open a clause (after a comma, or before its subject: "to which Doe
#: replied"), never a determiner of it ("that" may be one: "that senator").
_CLAUSE_RELATIVES = _RELATIVES - {"that"}
#: Question words that open a relative clause of place, time or manner ("the room where").
_WH_ADVERBS = frozenset({"where", "when", "whose", "why", "how"})
#: How many words an adjunct may take between "Asked" and its question.
_ASKED_ADJUNCT_WORDS = 8
#: The most words of a label before a colon ("Update:", "Editor's note:", "Read more:").
_LABEL_WORDS = 2
#: The most places of a label's word the article is searched at for it as a name elsewhere.
_LABEL_NAME_LOOKS = 20
#: How far a new speaker's cue may follow a semicolon ("A; six in 10 voters said B").
_SHARE_SUBJECT_WORDS = 8
_TAIL_STOPS = frozenset({";", "—", "–", "―", "--"})
_CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "―"})
_PLAIN_SPEECH_FORMS = frozenset({"said", "says", "say", "told", "tells", "tell", "wrote",
                                 "writes", "argues", "insists", "warns", "adds", "explains",
                                 "acknowledges", "admits", "predicts", "suggests", "argue",
                                 "insist", "warn", "explain", "acknowledge", "admit", "predict",
                                 "suggest"})
_LOOSE_INNER = frozenset({"of", "in", "at", "for", "from", "the", "a", "an", "'s", "’s", "'", "’",
                          "-", "."})
#: Durations after "for" that may stand between a cue and its clause ("said for years").
_DURATIONS = frozenset({"years", "months", "weeks", "days", "decades"})
#: Forms of "be" before a passive participle ("was asked", "has been told").
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Things that carry someone's words ("carrying signs saying “...”"): their holder speaks.
_CARRIER_NOUNS = frozenset({"sign", "signs", "banner", "banners", "placard", "placards",
                            "poster", "posters", "cover", "shirt", "shirts", "t-shirt",
                            "t-shirts", "billboard", "billboards"})
#: "is" contracted ("it’s implied", "That’s according to X").
_CONTRACTED_IS = frozenset({"’s", "'s"})
#: Forms of "be" before a progressive ("is saying", "they’re saying").
_BE_FORMS = _PASSIVE_AUX - {"being"} | _CONTRACTED_IS | {"am", "’re", "'re", "’m", "'m"}
#: The most words of a participle and its count of times ("shared more than 40,000 times").
_TIMES_COUNT_WORDS = 7
#: The most words of a date after "on" between a subject and its verb ("on March 3, 2016").
_DATE_PHRASE_WORDS = 4
#: Past participles of cues that do not end in "-ed" ("had been told", "it is known").
_IRREGULAR_PARTICIPLES = frozenset({"told", "known", "written", "shown", "said", "thought"})
#: Participles not in "-ed"/"-en" that may modify the noun before them ("a letter [sent]
#: to parents", "notes [made] during the meeting", "talks [held] in Geneva"), also those of
#: what befalls a person ("One farmer [hit] by the drought said", "a woman [struck] by a
#: car", "families [caught] in the flood", "workers [paid] by the hour").
_PARTICIPLE_MODIFIERS = _IRREGULAR_PARTICIPLES | {
    "sent", "made", "held", "kept", "brought", "heard", "read", "left", "built", "found",
    "hit", "struck", "caught", "hurt", "shot", "stung", "swept", "stuck", "paid", "bound",
    "fed", "led", "sold", "bought", "taught", "met"}
#: Participles of cues whose active form takes the one they are about as object ("X
#: accused Y of A"), so that, with this preposition right after a noun, they are a reduced
#: passive modifying it ("A man [accused of] murder said", "a woman [charged with] fraud
#: told the court"), not the noun's own cue.
_PASSIVE_CUE_PREPOSITIONS = {"accused": "of", "charged": "with", "blamed": "for",
                             "criticised": "for", "criticized": "for", "praised": "for",
                             "cleared": "of"}
#: Participles of verbs done to a person, never intransitive, that after a person noun are
#: a reduced passive on it ("A man [arrested] after the raid said", "a nurse [interviewed]
#: after the fire"), unlike "The minister [resigned] after the inquiry said".
_DONE_TO_PARTICIPLES = frozenset({
    "arrested", "detained", "injured", "wounded", "rescued", "interviewed", "questioned",
    "jailed", "sentenced", "convicted", "hospitalised", "hospitalized", "evacuated",
    "kidnapped", "abducted", "freed", "hired", "fired", "sacked", "appointed", "elected",
    "treated", "acquitted", "deported", "displaced"})
#: Cues whose statement is the object of a preposition ("responded to", "commented on").
_REPLY_CUES = {"respond": "to", "reply": "to", "comment": "on"}
#: What police, firefighters and crews "respond to" in person, no remark ("Officers
#: responded to the scene", "Firefighters responded to the blaze", "Deputies responded to
#: a report of a break-in": the last two only before "of" or "about").
_EMERGENCY_OBJECTS = frozenset({
    "scene", "scenes", "blaze", "fire", "fires", "crash", "collision", "accident", "wreck",
    "shooting", "stabbing", "incident", "disturbance", "emergency", "alarm", "home",
    "house", "residence", "apartment", "area", "location", "address", "building", "store",
    "intersection", "block", "street", "road", "highway"})
#: Objects of "respond to" that are in-person calls only before "of" or "about" ("a call
#: about a fight", "reports of shots fired"; not "calls for his resignation", "reports
#: that A").
_EMERGENCY_CALLS = frozenset({"call", "calls", "report", "reports"})
#: Nouns of a remark that "make" turns into a cue whose statement is the topic after "on"
#: or "about" ("X made [favorable] comments about A", "X made no comment on A").
_MADE_REMARK_NOUNS = frozenset({"comment", "comments", "remark", "remarks"})
#: Verbs of stirring a feeling whose object's view the news tells when a remark is
#: their subject ("Doe's comments about A [angered] Roe": Roe's reaction, not Doe's words).
_STIRRING_VERB_FORMS = frozenset(form for lemma in (
    "anger", "alarm", "offend", "outrage", "infuriate", "enrage", "worry", "frustrate",
    "dismay", "irk", "rankle", "unsettle", "spook", "trouble", "disturb", "please",
    "delight", "prompt", "spark", "trigger", "provoke") for form in verb_forms(lemma)) | {
    "upset", "upsets", "upsetting", "draw", "draws", "drew", "drawn"}
#: Prepositions before a remark's owner that make the remark the topic or the target of
#: another's words or acts ("audio [of] Doe's remarks on A", "questions [about] his
#: criticism of A", "a shield [against] Doe's attacks on A", "turmoil [over] his attacks").
_REMARK_TOPIC_PREPOSITIONS = frozenset({"of", "about", "over", "against", "for"})
#: Forms of "say" whose topic after "about" a relative clause may hold ("the things Doe
#: has [said] about A", "what the mayor [says] about A", "had nothing to [say] about A").
_SAY_FORMS = frozenset({"say", "says", "said"})
#: Forms of "have" before an amount of talk and "to say about" ("X [had] nothing bad to
#: say about A").
_HAVE_FORMS = frozenset({"have", "has", "had", "having"})
#: First words of such an amount ("had [nothing] bad to say", "has [more] to say", "have
#: [less] than kind words to say").
_TALK_AMOUNTS = frozenset({"nothing", "little", "much", "more", "less", "plenty", "lots",
                           "a", "some", "something", "anything", "good", "kind", "harsh",
                           "positive", "negative", "nice", "only"})
#: Heads of a relative clause whose "said about" tells what its subject spoke of ("the
#: [things] Doe has said about A", "[what] the mayor says about A").
_TOPIC_CLAUSE_HEADS = frozenset({"things", "thing", "what", "everything", "anything",
                                 "nothing", "something", "words", "comments", "remarks",
                                 "statements"})
#: Words that may stand between "made" and such a noun ("made [no] comment", "has made
#: [several controversial] statements").
_MADE_REMARK_DETERMINERS = frozenset({"a", "an", "no", "some", "several", "many", "more",
                                      "further", "similar", "public"})
#: Cues whose statement may be a gerund's clause ("reported spending $1 million on ads",
#: "recalled sitting in on focus groups", "proposed taxing carbon").
_GERUND_CUES = frozenset({"report", "recall", "acknowledge", "admit", "deny", "propose",
                          "suggest"})
#: Cue forms that are also common nouns ("the states", "a report", "his claims").
_NOUN_CUE_FORMS = frozenset({"state", "states", "report", "reports", "claim", "claims", "note",
                             "notes", "comment", "comments", "tweet", "tweets", "vow", "vows",
                             "promise", "promises", "remark", "remarks", "pledge", "pledges",
                             "charge", "charges", "estimate", "estimates", "show", "shows",
                             "demand", "demands", "point", "points", "fear", "fears", "hope",
                             "hopes", "reply", "replies", "answer", "answers", "counter", "cry",
                             "retort", "retorts"})
#: Auxiliaries after a singular cue form that make it a noun, the auxiliary's subject ("the
#: jobs report has cleared the way", "the state will appeal").
_NOUN_CUE_AUXILIARIES = frozenset({"has", "had", "is", "was", "will", "would", "could",
                                   "can", "may", "might", "should", "must"})
#: Determiners of one: "a Republican claims" has a subject and a verb.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "each", "every", "another", "this", "that"})
#: Words before a noun phrase that make the next two words a phrase of their own ("in
#: somber comments"), unlike subordinators that open a clause ("as Doe claims").
_PHRASE_PREPOSITIONS = frozenset({"in", "of", "with", "to", "for", "by", "about", "over",
                                  "against", "amid", "despite", "through"})
#: Prepositions before a cue participle that modifies the noun after it ("a lead in
#: [pledged] delegates", "declined to comment on [continued] fighting").
_PARTICIPLE_PREPOSITIONS = _PHRASE_PREPOSITIONS | {"on"}
#: Prepositions whose object is no speaker, unlike "aides to the governor" (a quote's clause
#: "in Dover, Delaware, shows that ..." is not Dover's).
_OBJECT_PREPOSITIONS = _PHRASE_PREPOSITIONS - _SUBJECT_PREPOSITIONS
#: Participles of getting a record rather than making it ("a letter obtained by the Post").
_RECEIVED_FORMS = frozenset({"obtained", "reviewed", "seen", "received", "acquired", "viewed"})
#: Speech verbs whose object can be the statement ("announced his resignation").
#: Verbs of a speech act that are no verbs of saying: after "and" in the tense of a cue they
#: are the speaker's second act ("said A and urged B").
_SPEECH_ACT_VERBS = frozenset({"accuse", "criticize", "blast", "slam", "praise", "thank", "urge",
                               "demand", "describe", "characterize"})
#: Past forms of the commonest cues that do not end in -ed.
_IRREGULAR_PAST_CUES = frozenset({"said", "told", "wrote"})
#: Talks whose other side said what "according to" credits ("according to interviews
#: with a dozen county chairmen", "according to an interview he gave to the Review").
_INTERVIEW_NOUNS = frozenset({"interview", "interviews", "conversation", "conversations",
                              "discussions", "talks"})
#: The verb of "an interview X gave (to Y)".
_INTERVIEW_GIVING = frozenset({"gave", "granted", "did", "gives"})
#: Nouns of a speech event, the occasion of a saying ("in an interview", "during the debate").
#: Participles after a reported statement that tell what the saying drew on or drew
#: ("X said A, employing a maxim", "X said A, drawing a sharp reply"): the writer's, not the
#: statement ("citing", "echoing" are left in it: the rules of "X said, referring to B" would
#: read the statement's subject as their speaker).
_TAIL_PARTICIPLES = frozenset({"drawing", "prompting", "sparking", "employing", "appearing"})
_OCCASION_NOUNS = frozenset({"interview", "interviews", "appearance", "appearances", "statement",
                             "speech", "speeches", "debate", "debates", "remarks", "address",
                             "op-ed", "letter", "tweet", "tweets", "post", "column", "editorial",
                             "conference", "hearing", "rally", "rallies", "briefing", "memo",
                             "email", "podcast", "broadcast", "testimony", "town", "forum",
                             "commercial", "ad", "ads", "video", "videos", "memoir"})
#: What a saying goes out on or through after its object ("touted [the endorsement] on
#: its Facebook page", "denied [the charges] through his lawyer", "on the condition of
#: anonymity"): more of the occasion, not of the object.
_MEDIUM_NOUNS = frozenset({"twitter", "facebook", "instagram", "page", "account", "website",
                           "feed", "show", "program", "radio", "television", "condition",
                           "spokesman", "spokeswoman", "spokesperson", "spokespeople",
                           "lawyer", "lawyers", "attorney", "attorneys", "representative"})
#: Signs of a currency before a sum ("$8.04", "€ 5").
_CURRENCY_SIGNS = frozenset("$€£¥")
_OBJECT_CUES = frozenset({"acknowledge", "admit", "announce", "claim", "confirm", "deny",
                          "disclose", "mention", "predict", "pledge", "promise", "propose",
                          "reveal", "tweet", "report", "stress", "emphasize", "tout", "recall",
                          "state", "vow", "concede", "suggest", "write", "note", "accuse"})
#: Nouns of saying whose "to" infinitive is the statement ("her vow to fight on").
_TO_STATEMENT_NOUNS = frozenset({"promise", "promises", "pledge", "pledges", "vow", "vows",
                                 "claim"})
#: Verbs (lemmas) whose subject makes the promise that is their object ("delivered a
#: forceful promise to ...", "has made public promises to ...").
_PROMISE_VERBS = frozenset({"make", "deliver", "offer", "issue", "repeat", "renew", "reiterate"})
#: Their forms, for the annotator, which leaves a regular past as its own lemma
#: ("delivered a forceful promise to A").
_PROMISE_VERB_FORMS = frozenset(f for v in _PROMISE_VERBS - {"make"} for f in verb_forms(v)
                                if not f.endswith("ing")) | {"make", "makes", "made"}
#: Words after which a verb still belongs to an infinitive phrase ("to build and [run]",
#: "companies that [ship] jobs").
_INFINITIVE_JOINTS = frozenset({"to", "and", "or", "that", "who", "which", "not"})
#: Verbs a past participle goes on ("got elected", "seemed tired"): no new verb group.
_LINKING_VERBS = frozenset({"get", "become", "seem", "appear", "remain", "stay", "feel", "look",
                            "keep"})
#: Words that join two verbs of one subject or two clauses ("lied and cheated").
_JOINING_WORDS = frozenset({"and", "or", "but"})
#: Words that open a clause with a verb of its own inside a statement ("the man who lied",
#: "what he did", "because it failed").
_CLAUSE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "what", "whether",
                             "because", "although", "though", "if", "when", "while", "where"})
#: Pronouns that open a relative clause with no "that" after a noun ("the money he raised").
_NULL_RELATIVE_SUBJECTS = _PERSONAL_SUBJECTS | {"you"}
#: Cues whose object is the one addressed ("told reporters", "urged voters").
#: Verbs of speech of a frame nested in another speaker's report ("Reuters reported that
#: [Moon said] A", '“A,” [Kim said], state media reported'): plain verbs of saying, not of
#: thought or of data ("polls show"), whose words are the speaker's own; no form that is
#: as often a noun ("the United States", "the new claims").
_NESTED_CUE_FORMS = frozenset({
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated",
    "claimed", "insisted", "insists", "warned", "warns", "argued", "argues",
    "explained", "explains", "declared", "announced", "acknowledged", "admitted",
    # a cry or a reply a memoir or a witness relays ('“Get down!” my father shouted, she
    # writes', '“No,” he replied, the court heard')
    "shouted", "shouts", "yelled", "yells", "screamed", "screams", "cried", "whispered",
    "replied", "replies", "answered", "recalled", "recalls",
    "requested",
    # "The Ledger reported that Lee noted A", "Lee noted that A, reported the Ledger": a
    # remark relayed as "said" is ("a noted author", "as noted above" are no frame: see
    # ``Attributor._adjective_noted``)
    "noted",
    # testimony a transcript or a filing relays ('“I don't recall,” Munoz testified,
    # according to a transcript'; not "asked", whose reported object is a request: "He
    # said her family asked for privacy")
    "testified", "testifies"})
#: Heads of what a recall takes back, no memory told: an office holder voted out ("Voters
#: recalled the mayor", "recalled two school board members") or goods ("Ford recalled the
#: trucks", "recalled 40,000 cribs").
_RECALLED_HEADS = frozenset({
    "mayor", "governor", "senator", "sheriff", "judge", "judges", "justices", "members",
    "officials", "lawmakers", "legislators", "councilman", "councilwoman", "councilmembers",
    "trustees", "commissioners", "supervisors", "prosecutor", "attorney",
    "cars", "vehicles", "trucks", "suvs", "models", "products", "units", "devices",
    "batteries", "phones", "laptops", "toys", "cribs", "strollers", "appliances", "airbags",
    "tires", "drugs", "pills", "medicines", "food", "foods", "meat", "beef", "chicken",
    "lettuce", "eggs", "cheese", "jars", "cans", "bottles", "packages", "pounds", "batches",
    "lots", "shipments", "ambassador", "envoy", "ambassadors"})
#: The frame of a direct quote that a relay after it names: the verbs of
#: ``_NESTED_CUE_FORMS`` and "asked", which frames a quoted question ('“Q?” the prosecutor
#: asked, according to the transcript': the prosecutor's, relayed) though in reported speech
#: its object is a request ("He said her family asked for privacy": no inner frame).
_DIRECT_FRAME_FORMS = _NESTED_CUE_FORMS | frozenset({"asked", "asks"})
#: Verbs of a stance, a characterisation or a position whose subject a relay may report
#: ("Reuters reported that [Moon opposed] the deal", "The Ledger reported that [Lee called]
#: the plan “a disgrace”", "According to the Ledger, [Lee wants] a recount"): the surface
#: rules read their object as the statement; not the data verbs "show" and "find".
_NESTED_STANCE_FORMS = frozenset(
    f for f, lemma in (STANCE_VERB_FORMS | CHARACTERISING_FORMS | INTENTION_VERB_FORMS).items()
    if lemma not in ("show", "find", "see", "like") and not f.endswith("ing")) | frozenset(
    # a request or a demand relayed ("Moon urged Kim to meet Trump, Reuters reported")
    {"urged", "urges", "demanded", "demands"})
#: Documents whose finding may close a sentence as its relay ("Lee said A, [the report]
#: found", "..., [court documents] show", "..., [the lawsuit] alleges").
_RELAY_DOCUMENT_NOUNS = frozenset({
    "report", "study", "review", "audit", "investigation", "inquiry", "memo", "filing",
    "filings", "lawsuit", "suit", "complaint", "indictment", "affidavit", "documents",
    "records", "transcript", "transcripts", "ruling", "analysis", "probe",
    # papers of a meeting or a mailbox ("..., minutes of the meeting show", "..., emails
    # obtained by the Post show")
    "minutes", "emails", "memos", "letters", "messages"})
#: Verbs of a document's closing relay ("the report found", "records show").
_RELAY_FINDING_FORMS = frozenset({
    "found", "finds", "show", "shows", "showed", "alleges", "alleged", "concluded",
    "concludes", "states", "stated", "says", "said", "indicate", "indicates", "indicated"})
#: Cues of a reporter's frame, the only one that relays a stance or a position.
_RELAY_CUE_FORMS = frozenset({"reported", "reports", "according", "per", "reporting"})
#: Reflexives that stress a nested frame's subject ("Sanders himself has acknowledged A").
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
#: Words a nested frame's subject may span before its verb ("the foreign ministry
#: spokesman said").
_NESTED_SUBJECT_WORDS = 6
#: Words a nested frame between a quote and the outer frame may span, with its adjunct
#: ('“A,” Kim said at a rally in Ohio on Monday, state media reported').
_NESTED_FRAME_WORDS = 20
_ADDRESSEE_CUES = frozenset({"tell", "ask", "warn", "urge", "remind", "assure", "inform"})
#: Those whose object is told a clause ("told reporters she would run"), not asked one.
_TELLING_CUES = _ADDRESSEE_CUES - {"ask"}
#: The articles ("the announced plan", "the campaign", "a spokesman").
_DETERMINERS = frozenset({"a", "an", "the"})
#: Quantifiers that may precede a participle modifying a noun ("more pledged delegates").
_QUANTIFIERS = frozenset({"more", "most", "fewer", "many", "several", "all"})
#: Words that take one or some of a group named by a pronoun after "of" ("one of them",
#: "each of us", "neither of them"), besides numbers; a share ("most of them") is read as
#: a poll's share is.
_PARTITIVE_HEADS = frozenset({"each", "either", "neither", "none", "both", "another"})
#: Words before "on" whose object is the one asked or trusted to do the infinitive after
#: it ("the pressure on her to say", "called on the mayor to explain", "rely on voters to
#: tell"): that object speaks, not the subject of the clause.
_ON_WHOM_TO = frozenset({"pressure", "call", "press", "rely", "count", "depend", "prevail",
                         "onus", "burden", "calls", "called", "calling", "relies", "relied",
                         "relying", "pressed", "pressing"})
#: Speech verbs whose other sense takes an object ("maintained a lead", "maintains a
#: blog"), or whose object is the one addressed ("assured the crowd") or a thing asked for
#: ("requested a meeting", "requested anonymity"): they report a
#: statement only with a clause, never with an object.
_CLAUSE_ONLY_CUES = frozenset({"maintain", "assure", "request"})
#: Speech verbs whose bare object of one or two words is a thing written, taken or let in,
#: not words said ("wrote a letter", "claimed victory", "admit refugees", "pledged
#: delegates", "tweeted a photo").
_OBJECT_NOT_SAID = frozenset({"write", "claim", "admit", "pledge", "tweet"})
#: The relations of the words before a noun that belong to its noun phrase ("just [nine
#: odd] things", "[the] sort", "[the mayor's] remarks").
_NOUN_PHRASE_RELS = frozenset({"det", "det:predet", "amod", "compound", "nummod", "nmod:poss"})
#: Those of them that open a noun phrase as a determiner does.
_NOUN_PHRASE_DETERMINERS = frozenset({"det", "det:predet", "nummod", "nmod:poss"})
#: Speech verbs of replying, whose bare object is what is replied to, not what is said
#: ("the ways the candidates respond").
_REPLY_VERBS = frozenset({"respond", "reply"})
#: Nouns of amount that stand for no words said as a bare object ("said a lot").
_AMOUNT_OBJECTS = frozenset({"lot", "nothing", "something", "anything", "everything", "much",
                             "little", "following", "more"})
#: Infinitives after a verb of intention that state no position: a wish to learn or to
#: hear something ("wants to know whether A", "hopes to hear from them"), to talk ("wants
#: to talk about A": a topic, not a position) or to show a claim ("hopes to show that A":
#: neither a finding nor a stance).
_NO_POSITION_INFINITIVES = frozenset({"know", "learn", "hear", "ask", "find", "understand",
                                      "talk", "speak", "say", "show", "prove", "demonstrate"})
#: Verbs of intention whose infinitive is a refusal: PolNeAR marks "X declined [to
#: comment]", "X refused [to answer questions]" as X's statement, a verb of speech after
#: "to" included.
_REFUSING = frozenset({"decline", "refuse"})
#: First words after a verb of intention that open no position as its object ("wants
#: [what] he has", "want [it] all", "wanted [something] else").
_INTENTION_NON_OBJECTS = frozenset({"what", "which", "that", "this", "these", "those", "it",
                                    "something", "anything", "nothing", "everything", "one"})
#: Words before a verb of intention, in its clause, that make it no one's position: a
#: condition, an alternative, a question word or a relative of the thing wanted ("if you
#: want", "whether she wants A", "what voters want", "how they plan to pay", "areas in
#: which the party would like to A"), or the
#: setting or the reason of another clause ("as she sought to calm them, ...", "came
#: because they wanted to help", "longer than she had planned").
_INTENTION_HEDGES = _LEAD_SUBORDINATORS | {
    "unless", "whether", "what", "whatever", "how", "why", "where", "wherever", "whoever",
    "whenever", "than", "which"}
#: Modals of a guess before a verb of intention ("may want to rethink", "might decide to
#: run", "could want a recount"): no position held yet.
_GUESSING_MODALS = frozenset({"may", "might", "could", "should", "must", "can"})
#: "would" and its clitic, before "like" ("would like to", "I'd like to").
_WOULD_FORMS = frozenset({"would", "'d", "’d"})
#: Subject pronouns that may hold a position (not "it", "this": a thing, when we cannot
#: tell; not "you": mostly the generic reader, "if you want"; not "I", "we" outside
#: quotes: a transcript's or a column's voice, whose speaker frames it elsewhere).
_INTENTION_PRONOUNS = frozenset({"he", "she", "they", "who"})
#: Pronouns and quantifiers that stand for people as the whole subject of a verb of
#: intention ("Both want A", "Many hope to", "Neither side wants A" is a noun's).
_INTENTION_QUANTIFIERS = frozenset({"both", "many", "most", "some", "others", "few", "neither",
                                    "everyone", "everybody", "nobody", "somebody", "someone"})
#: Nouns of groups that hold a position (beyond SPEAKER_NOUNS' people and bodies: "Neither
#: side wants A", "the party hopes to", "the team plans to").
_HOLDER_NOUNS = frozenset({"side", "sides", "party", "parties", "team", "union", "unions",
                           "council", "board", "panel", "coalition", "bank", "banks",
                           "companies", "firms", "groups", "candidates", "countries", "nation",
                           "nations", "family", "families", "leadership", "establishment",
                           "regulators", "businesses", "investors", "owners", "conservatives",
                           "liberals", "progressives", "moderates", "delegates", "donors",
                           "americans", "women", "men", "millennials", "citizens", "majority",
                           "couple", "executives", "manufacturers", "lobbyists", "employers",
                           "congress", "senate", "house",
                           # "the mayor's office declined to comment": its people's word
                           "office", "offices"})
#: Prepositions after a noun of people in a subject, before the body they speak for
#: ("Spokesmen [for] the port", "an aide [at] the agency"): the noun before holds the
#: position.
_HOLDER_FOR_WORDS = frozenset({"for", "at"})
#: Head nouns of a subject that holds no position of its own, though SPEAKER_NOUNS lets it
#: speak ("The survey wants ...": none; "The report wants A": its authors').
_NO_HOLDER_NOUNS = frozenset({"poll", "polls", "survey", "report", "statement", "study", "data",
                              "paper", "website", "site", "voice", "network", "outlet"})
#: How far back from a sentence the rules look for its paragraph's first words, to find a
#: transcript's turn ("ROE: They want safe streets. They want jobs.").
_TURN_WORDS = 120
#: Words of amount that open an object however a tagger reads them ("wants [more] money",
#: "prefers [fewer] rules").
_AMOUNT_OPENERS = frozenset({"more", "less", "fewer"})
#: Words that open a time after a stance verb's object ("in March", "last week", "earlier
#: this month", "on Monday", "in early 2015").
_STANCE_TIME_OPENERS = frozenset({"in", "on", "during", "since", "last", "this", "next",
                                  "earlier", "early", "late", "mid", "the"})
#: Tags of a word that may open a stance verb's object ("criticized [the] plan", "[Doe]",
#: "[her]", "[recent] remarks", "[rising] costs").
#: Reflexives a verb of characterising takes as its object ("called himself a moderate").
_CHARACTERISED_SELVES = frozenset({"himself", "herself", "themselves", "itself", "myself",
                                   "ourselves", "yourself"})
#: Words after a verb of characterising that open no object of it ("see you", "saw that").
#: Words after "called NAME a" of how often one called, not of what one was called ("called
#: Hale a dozen times", "called Roe a second time").
_CALL_COUNTS = frozenset({"dozen", "few", "couple", "number", "lot", "second", "third",
                          "half", "hundred", "total"})
#: Endings of an adjective or a participle that a verb of characterising may call its
#: object ("called the plan unworkable", "calls Roe unqualified", "called it lawful").
_PREDICATE_ENDINGS = ("able", "ible", "ous", "ful", "less", "ied", "ated", "ized", "ised")
_CHARACTERISING_NON_OBJECTS = frozenset({
    "i", "he", "she", "we", "they", "you", "who", "whom", "which", "what", "there", "here",
    "that", "this", "up", "down", "off", "out", "away", "back", "so", "each", "one", "fit",
    "how", "why", "whether", "if", "no", "any", "some", "more", "much", "many", "little"})
#: Words around an "as" of comparison, not of what something is seen as ("as well", "such
#: as", "as much as").
_SEEN_AS_COMPARATIVES = frozenset({"well", "such", "much", "many", "soon", "long", "far",
                                   "as", "same", "little", "few", "good", "likely"})
#: Heads of a subject that holds a view besides names, pronouns and nouns of people
#: (``SPEAKER_NOUNS``): shares, groups and bodies ("many see A as B", "the union saw"): the
#: holders of a position (``_HOLDER_NOUNS``, ``_INTENTION_QUANTIFIERS``) and a few more.
_VIEW_HOLDERS = _HOLDER_NOUNS | _INTENTION_QUANTIFIERS | frozenset({
    "all", "minority", "half", "percent", "group", "court", "evangelicals", "independents",
    "staff", "majorities", "public", "electorate"})
#: Adverbs of how voters view someone ("view Doe favorably").
_VIEWED_MANNERS = frozenset({"favorably", "unfavorably", "favourably", "unfavourably",
                             "positively", "negatively", "skeptically", "warily"})
_STANCE_OBJECT_OPENERS = frozenset({"DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON"})
#: Words after a stance verb that open no object of it: subject pronouns (a clause),
#: reflexives, relatives and words of another sense ("defended himself", "backed that
#: up").
_STANCE_NON_OBJECTS = frozenset({"i", "he", "she", "we", "they", "you", "himself", "herself",
                                 "themselves", "itself", "myself", "ourselves", "yourself",
                                 "who", "whom", "which", "there", "here", "up", "down", "off",
                                 "out", "away", "back", "so", "each", "one"})
#: Words that make the subject of "backed" a tally of votes or answers ("Most members",
#: "15 percent", "a majority"), and plural places that vote ("states", "counties").
_TALLY_WORDS = frozenset({"most", "majority", "plurality", "half", "percent", "%"})
_PLACE_PLURALS = frozenset({"states", "counties", "districts", "precincts", "towns",
                            "cities", "provinces", "wards", "parishes"})
#: Words that make "attacked" a physical attack, not a criticism, in its object or the
#: few words after it ("attacked a guard", "attacked the embassy", "attacked them with a
#: knife", "attacking troops"): people of force or at risk, places, buildings, arms.
_ASSAULT_WORDS = frozenset({
    "guard", "guards", "officer", "officers", "police", "policeman", "soldier", "soldiers",
    "troops", "forces", "civilians", "victim", "victims", "base", "bases", "embassy",
    "consulate", "compound", "building", "city", "town", "village", "camp", "convoy", "checkpoint",
    "station", "church", "mosque", "synagogue", "school", "hospital", "ship", "plane",
    "knife", "gun", "guns", "weapon", "weapons", "bomb", "bombs", "machete", "rifle",
    "stabbed", "shot", "killed", "wounded", "injured", "beat", "punched", "dog", "shark",
    "bear", "militants", "rebels", "terrorists", "gunmen"})
#: Nouns that make "pointed to [A]" a gesture, not an argument: people in the room, body
#: parts and things in sight ("pointed to a man in the crowd", "pointing to his ear",
#: "pointed to the sky"), read at the object's first noun.
_GESTURE_OBJECTS = frozenset({
    "man", "men", "woman", "women", "boy", "girl", "child", "children", "person", "people",
    "crowd", "audience", "reporter", "reporters", "protester", "protesters", "ear", "ears",
    "head", "chest", "heart", "eye", "eyes", "hand", "arm", "face", "sky", "ceiling", "door",
    "window", "floor", "wall", "screen", "bottle", "bottles", "sign", "stage", "podium"})
#: Stance verbs of taking a side ("endorsed Doe", "opposes the levy"): as a participle
#: after a noun they name whom a group or thing is for, no statement ("a super PAC
#: supporting Doe", "ads opposing Roe").
_SIDE_TAKING_VERBS = frozenset(STANCE_VERB_GROUPS["endorsement"])
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: Possessives of a person that may open a speaker's noun phrase ("my neighbour", "her
#: lawyer"); not "its" ("its FEC reports").
_PERSONAL_POSSESSIVES = _POSSESSIVES - {"its"}
#: Adverbs that make "reported by X" credit X with breaking the news ("first reported by").
_FIRST_REPORT_ADVERBS = frozenset({"first", "previously", "originally", "initially"})
#: How many words an as-frame may span in a parse ("as the Times reported last week,").
_AS_FRAME_WORDS = 12
#: The most words of an aside set off by dashes or commas between a cue and the "that" of
#: its statement ("said — on Twitter, as it happens — that A").
_THAT_ASIDE_WORDS = 12
#: How many words may follow the cue of an as-frame before its comma ("as X noted recently,").
_AS_FRAME_ADJUNCT = 4
#: How many words a source after "according to" may span when it is read loosely.
_SOURCE_WORDS = 6
#: The most words the source of a closing ", according to X." may take, with the agent
#: of its participle ("preliminary exit polling reported by CNN and The New York Times").
_CLOSING_SOURCE_WORDS = 12
#: How many words a parenthetical between a subject and its cue may span ("Sen. Jane
#: Doe (a Democrat so young she has been taken for an intern) says").
_PARENTHETICAL_WORDS = 20
#: How many words an aside after ", while" or ", but" may span before its closing comma
#: ("the scandal, while troublesome, was handled").
_ASIDE_WORDS = 3
#: How many words a possessor name may span ("Senate Majority Leader Jane Doe's").
_NAME_WORDS = 6
#: Forms of "put" in a source phrase that credits the sentence's words ("as X put it").
_PUT_FORMS = frozenset({"put", "puts"})
#: Nouns of a story told ("told a joke", "tells the story of how ...").
_STORY_NOUNS = frozenset({"story", "stories", "tale", "tales", "joke", "jokes", "anecdote",
                          "anecdotes"})
#: Object pronouns that a verb of telling may address before what it tells.
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
#: Verbs of taking the floor that, closing a sentence before a quote, give its speaker
#: ("Her husband cut in. “...”", "The judge interrupted me. “...”"): by their particle.
_FLOOR_VERBS = {"in": frozenset({"cut", "cuts", "chimed", "chimes", "broke", "breaks",
                                  "jumped", "jumps", "butted", "butts"}),
                "up": frozenset({"piped", "pipes", "spoke", "speaks"})}
_INTERRUPT_VERBS = frozenset({"interrupted", "interrupts", "interjected", "interjects"})
#: Participles of a result declared in the passive ("X was declared the winner").
_NAMING_AS_WINNER = frozenset({"declared", "announced"})
#: Verbs of a news report that closes a sentence after a comma (", CNN reported.").
_REPORT_FORMS = frozenset({"reported", "reports"})
#: How many prepositional phrases may modify a subject before its verb.
_MODIFIER_PHRASES = 4
#: Finite auxiliaries that open a statement with no subject right after a cue, in a
#: relative clause with no pronoun ("a plan officials say [would] cost $5 billion").
_GAP_AUXILIARIES = frozenset({"would", "could", "will", "can", "may", "might", "should",
                              "must", "is", "are", "was", "were", "has", "have", "had"})
#: Words that open a relative or an adjunct clause after a noun phrase that follows a
#: quote's frame ("told the mayors [who] gathered", "his plane [as] he flew"): a reported
#: clause has its verb before them ("and" or "that" do not stop one: "shootings and
#: protests demand that ...").
_ADJUNCT_CLAUSE_STARTS = frozenset({"who", "which", "whom", "whose", "when", "as", "while",
                                    "after", "before", "if", "because", "although", "though",
                                    "since", "until", "unless", "once", "where"})
#: Amounts of talk after "said" that are no clause ("has said little about A").
_LITTLE_AMOUNTS = frozenset({"little", "nothing", "much"})
#: Degree words before such an amount ("said almost nothing", "said very little").
_LITTLE_DEGREES = frozenset({"almost", "very", "so", "too", "relatively"})
#: Particles of phrasal verbs that release a text or frame a quote ("fired back a response
#: saying A", "put out a statement saying A").
_VERB_PARTICLES = frozenset({"back", "out", "off", "up"})
#: Most words of a modifier set off by dashes between a speaker and the cue ("Jones —
#: who guarded the office for three years — states that A").
_SET_OFF_WORDS = 20
#: Quantifiers that float after their noun phrase ("the parties [both] said").
_FLOATING = frozenset({"both", "all", "each"})
#: How many modifiers may stand between a determiner and a cue form used as a noun.
_NOUN_MODIFIERS = 2
#: Endings of words that modify a noun rather than head one ("opening", "racist").
_ADJECTIVE_ENDINGS = ("ing", "ist", "ic", "ous", "ful", "less")
#: How many words a modifier between a subject and its cue may span ("who spoke
#: anonymously to discuss strategy").
_MODIFIER_WORDS = 8
#: How many words may stand between a verb of naming and its quoted name ("called the
#: Republican frontrunner “...”").
_NAMED_OBJECT_WORDS = 8
#: Forms of "have" that make a perfect tense with the participle after them ("has called").
_PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
#: Auxiliaries a bare infinitive follows ("would say", "will tell").
#: Words after which a bare cue form is a verb, whatever a tagger made of it ("did [note]
#: that", "is likely to [stress] that", "will [warn] that").
_BARE_VERB_OPENERS = frozenset({"to", "do", "did", "does", "will", "would", "can", "could",
                                "may", "might", "shall", "should", "must"})
_MODAL_AUXILIARIES = frozenset({"will", "would", "can", "could", "may", "might", "shall",
                                "should", "must", "'ll", "’ll", "'d", "’d"})
#: Modals before a verb of taking a side that make it a forecast, no side taken yet ("he
#: would endorse Doe", "the union may oppose the plan"; "can" states one: "I can support
#: either of them").
_STANCE_MODALS = _MODAL_AUXILIARIES - {"can"}
#: Finite auxiliaries: after a lexical verb, one starts the next verb group ("the claim
#: that he lied [is] false"), while "be", "have", "been" may go on the group ("wanted to be").
_FINITE_AUXILIARIES = _MODAL_AUXILIARIES | _CONTRACTED_IS | {
    "is", "are", "was", "were", "am", "has", "does", "did", "'re", "’re", "wo", "ca"}
#: Parse relations of the words that modify a noun before it ("the", "nonpartisan").
_NOUN_MODIFIER_RELS = frozenset({"det", "amod", "compound", "nummod"})
#: Relations of an embedded clause, or of the noun it hangs from, to what is above it.
_EMBEDDED_RELS = frozenset({"ccomp", "acl", "acl:relcl", "advcl", "obj", "obl", "nmod"})
#: Prepositions of an adjunct of time or occasion that may stand between a subject and its
#: verb ("X during a rally thanked", "X in his speech called"), or between a noun of saying
#: and its "that" ("his claim at a rally that").
_ADJUNCT_PREPOSITIONS = frozenset({"during", "in", "at", "on"})
#: Those and "to" of an addressee, between a noun of saying and its "that" ("his warning
#: [to lawmakers] that A", "her promise [to voters] that A").
_OCCASION_PREPOSITIONS = _ADJUNCT_PREPOSITIONS | {"to"}
#: Words before the one who made a statement, after its noun and before its "that"
#: ("claims [by] intelligence agencies that A", "complaints [from] rivals that A").
_STATEMENT_AGENT_WORDS = frozenset({"by", "from"})
#: Words that end the subject of a title-case headline before its cue ("Ben Carson Defends
#: Himself Against [Claims] ...", "Obama To Asians Worried ..."): a headline's subject is a
#: name or a noun phrase, not a verb's object or a preposition's ("Bank of X" keeps "of").
_HEADLINE_SUBJECT_STOPS = frozenset({"to", "against", "about", "for", "with", "on", "in",
                                     "at", "from", "by", "over", "after", "before",
                                     "himself", "herself", "themselves"})
#: How many words such an adjunct may span after its preposition.
_ADJUNCT_PHRASE_WORDS = 4
#: Words before the last noun phrase of an apposition ("X, [a donor and] president of Y,
#: said"): that phrase describes the subject before the comma, it is none itself.
_APPOSITION_JOINS = frozenset({",", "and"})
#: Modifiers set off one after another that a subject may carry before its verb ("X (R-Ky.),
#: a former chairman, said").
_SET_OFF_CHAIN = 3
#: How many words the noun phrase of an adjunct after a cue may span ("in [an MSNBC forum]").
_PHRASE_WORDS = 5
#: How many words of the sentence after a quote are read as its frame ("“A.” Tom Reed said.").
_NEXT_SENTENCE_FRAME_WORDS = 8
#: How many adjunct words may stand between a cue and the "that" of its statement.
_CUE_ADJUNCT_WORDS = 16
#: Nouns a quoted programme's title stands before ("told NBC's “Harlow” program that A").
_PROGRAMME_NOUNS = frozenset({"show", "program", "programme", "series", "podcast",
                              "broadcast", "special", "documentary"})
#: The most words of a relative clause on an adjunct's noun between a cue and its "that"
#: ("said in an interview [that aired on Sunday night] that A").
_RELATIVE_CLAUSE_WORDS = 8
#: Parts of speech that can open a clause: its subject, or an adjunct before it.
_SUBJECT_OPENERS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "ADP", "SCONJ"})
#: Words that open a reported clause after a cue's adjuncts.
_COMPLEMENTIZERS = frozenset({"that", "how", "why", "whether"})
#: Prepositions after which "that" is a determiner, no complementizer ("said outages [of
#: that] length were rare", "said [at that] point the talks ended").
_THAT_PREPOSITIONS = frozenset({"of", "at", "on", "from", "by", "with", "about", "like",
                                "during"})
#: The most words of a quoted term inside the frame after a quote ("wearing “Vote Doe” pins").
_TERM_WORDS = 4
#: Marks that end a quoted clause or sentence: a quote ending in one is more speech.
_CLAUSE_END_MARKS = frozenset(",.!?;:…")
#: How far after a quote its cue may come ("..., X, a lawyer for the group Y, said").
_AFTER_CUE_WORDS = 24
#: Nouns of an utterance that "came" from its speaker after a quote ("came shouts from").
_UTTERANCE_NOUNS = frozenset({"shout", "shouts", "cry", "cries", "chant", "chants", "reply",
                              "response", "answer", "retort", "voice", "voices", "call",
                              "calls", "yell", "yells", "scream", "screams", "word"})
#: Nouns of what a crowd calls out, before "of" and a quote ("chants of “...”").
_CRY_NOUNS = _UTTERANCE_NOUNS - {"reply", "response", "answer", "retort", "word"} | \
    {"chorus", "cheer", "cheers", "roar", "roars"}
#: The most modifiers between a possessor and an utterance noun ("their loud, angry chants").
_CRY_MODIFIERS = 3
#: Prepositions by which a verb takes the cries its subject calls out ("broke into chants of").
_CRY_TAKING = frozenset({"in", "into", "with"})
#: The confidence in the possessor of the cries as their speaker.
_CRY_CONFIDENCE = 0.6
#: Nouns of a speech act and the prepositions after which a quote gives its words
#: ("Doe's call for a “total ban”", "her promise to “fix the roads”").
_SPEECH_ACT_NOUNS: dict[str, tuple[str, ...]] = {
    "call": ("for",), "calls": ("for",), "demand": ("for",), "demands": ("for",),
    "plea": ("for",), "pleas": ("for",), "appeal": ("for",), "promise": ("to", "of"),
    "promises": ("to", "of"), "pledge": ("to", "of"), "vow": ("to",),
    "broadside": ("against",), "attack": ("on",), "attacks": ("on",),
    "denunciation": ("of",), "dismissal": ("of",)}
#: Nouns of what someone said whose possessor owns a quote in the noun's own phrase ("her
#: comments to the panel that “...”", "Doe's assertion of a “...”"); not "charge" ("in
#: charge of") or "aside" ("set aside"), nor the nouns of :data:`_SPEECH_ACT_NOUNS` ("the
#: rally denounced Doe's call for “...”": news credits the subject first; see
#: :meth:`Attributor.speech_noun_owner`).
_OWNED_STATEMENT_NOUNS = (STATEMENT_NOUNS | frozenset({
    "comments", "remarks", "statements", "arguments", "warnings", "complaints", "suggestions",
    "predictions", "description", "characterization", "dictum", "retort", "quip"})) - \
    {"charge", "aside", "promise", "promises", "pledge", "vow"}
#: Words that tie such a noun to the words it holds ("comment that", "assertion of"), and
#: prepositions of its topic right after it ("her comments on closing the pool to so-called
#: “...”"; not "his statements and actions on Sunday “...”").
_OWNED_STATEMENT_LINKS = frozenset({"that", "of"})
_OWNED_STATEMENT_TOPICS = frozenset({"on", "about"})
#: The most words between such a noun and the quote it owns ("her comments before a
#: special committee that “...”").
_OWNED_STATEMENT_WORDS = 8
#: The most modifiers between the possessive and such a noun ("her March comment").
_OWNED_STATEMENT_MODIFIERS = 3
#: Nouns of a mind that "In X's ...," sets a sentence in ("In Doe's view, ...").
_VIEW_NOUNS = frozenset({"view", "mind", "eyes", "estimation", "opinion", "telling",
                         "words", "account"})
#: The most words between a relative "who" and a quote its clause holds.
_OWNED_RELATIVE_WORDS = 14
#: The most modifiers between a possessive and its noun of a speech act ("Doe's recent,
#: evidence-free call").
_SPEECH_NOUN_MODIFIERS = 4
#: Possessive pronouns of a person who may own a speech act ("his call for “...”").
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
#: Possessives that open a speaker's noun phrase only when a noun of people follows ("its
#: director", "my mother", "our reporter"; not "its FEC reports", "our analysis").
_PERSON_OWNING_PRONOUNS = frozenset({"its", "my", "our", "your"})
#: Nouns for the quoted words themselves that head a roundup's heading ("Quotes of the
#: week:", "Quote of the day:", "Notable quotes:"): the heading names no speaker.
_QUOTE_LABEL_NOUNS = frozenset({"quote", "quotes", "quotation", "quotations", "quotables",
                                "soundbite", "soundbites", "sayings"})
#: Subjects of a roundup heading "What they said:" / "What people are saying:" that name no
#: one: the quotes under it are signed one by one, or unsigned.
_HEADING_GENERIC_SUBJECTS = frozenset({"they", "people", "others"})
#: Nouns of a message that, with its sayer's possessive and a colon, label the quote after
#: them ("Her message: “...”", "The mayor's answer: “...”"); not "note" ("Editor's note:").
_MESSAGE_LABEL_NOUNS = (STATEMENT_NOUNS | MESSAGE_NOUNS | {
    "answer", "reply", "response", "retort", "words", "advice", "verdict", "assessment",
    "explanation", "question", "plea", "request", "excuse", "conclusion", "pitch",
    "view"}) - {"note"}
#: Adverbs of time that may close a possessive label before its dash ("Doe's answer then —").
_LABEL_TIME_ADVERBS = frozenset({"then", "now", "again", "today"})
#: The most words of a possessive label before a colon ("The police chief's blunt warning:").
_POSSESSIVE_LABEL_WORDS = 6
#: The most words of the one a message is addressed to in such a lead-in ("His message [to
#: the crowd]:").
_ADDRESSEE_LABEL_WORDS = 5
#: Prepositions after a possessive label's noun of a message, before its addressee or its
#: occasion ("His message to the crowd:", "The coach's verdict after the loss:").
_LABEL_PREPOSITIONS = frozenset({"to", "after", "on", "following", "before", "at",
                                 "during"})
#: Nouns of what someone said, after a quote its sayer's possessive opens ("Doe's “...” line").
_REMARK_NOUNS = STATEMENT_NOUNS | {
    "line", "lines", "slogan", "mantra", "answer", "quip", "joke", "catchphrase", "refrain",
    "cry", "motto", "retort", "rant", "phrase", "jab", "taunt", "insult", "remarks",
    "comments", "promise", "tweet"}
#: Verbs of perception and memory whose object may be seen or heard speaking ("I remember
#: Doe saying", "to see the party defending").
_PERCEPTION_FORMS = frozenset({
    "see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched", "watching", "hear",
    "hears", "heard", "hearing", "remember", "remembers", "remembered", "recall", "recalls",
    "recalled"})
#: The most words of an absolute phrase before its participle (", with the campaign of the
#: former senator from Ohio saying").
_ABSOLUTE_WORDS = 16
#: Prepositions of a phrase that modifies the one seen speaking ("the envoys [from Tehran]").
_SEEN_MODIFIER_PREPOSITIONS = frozenset({"in", "from", "of", "at", "for", "with"})
#: The reasons of a quoted cry with its speaker, and of one that names none: kept as speech
#: all the same.
CRY_OF_X = "cries of X"
CRY_REASON = "cries of a crowd"
#: Prepositions that tie a speaker to a body after the name ("Jane Doe of the Institute").
_AFFILIATIONS = frozenset({"of", "from", "at"})


#: A subject read without a parse: (the speaker mention, the noun phrase it was read from).
_Subject = tuple[tuple[int, int], tuple[int, int]]


#: Spellings a rule of reported speech can start from, with a reporting verb's lemma
#: (see ``Attributor._surface_trigger_index``; in the lexicon, where Words reads them).
_REPORTED_TRIGGER_FORMS = REPORTED_TRIGGER_FORMS
#: Participles set off after a clause whose object is a statement of the clause's subject
#: ("“A,” X said, referring to B"; in the lexicon, among the trigger spellings): the
#: preposition that opens the object, and whether the clause must be one of speech.
_TOPIC_PARTICIPLES = TOPIC_PARTICIPLES
#: Words that join a topic participle to its clause without a comma ("X opened the rally
#: [by] citing B", "X has struggled [while] talking about B").
_TOPIC_PARTICIPLE_LINKS = frozenset({"by", "while", "when"})
#: The most words between such a participle's comma and the cue of the clause before it
#: ("said Jane Roe, a former aide to the mayor of the city, referring to B").
_TOPIC_FRAME_WORDS = 24
#: The words that open a phrase :meth:`Attributor._source_phrase` reads ("according to X",
#: "per X", "as X put it", "in the words of X"): it finds none at any other word.
_SOURCE_PHRASE_OPENERS = frozenset({"according", "per", "as", "in"})
#: The reason of quotes credited by the sentence after them that points back to them and
#: names their speaker ("“A.” That quote from Jane Doe ...", "So said Jane Doe", "That was
#: how Jane Doe put it", "Those were Jane Doe's words"): see ``_POINTING_BACK``.
NAMED_AFTER_REASON = "that was how X put it"
#: Forms of "So said X", the sentence after a quote that stands alone naming its speaker.
_SO_SAID_FORMS = frozenset({"said", "says", "wrote", "writes", "spoke", "speaks"})
#: Determiners that open a sentence naming the source of the quote before it ("That quote
#: from X", "The remark, by X,"), and the nouns for those words after them.
_CREDIT_DETERMINERS = frozenset({"that", "this", "the", "those", "these"})
_CREDITED_NOUNS = frozenset({"quote", "quotation", "remark", "remarks", "line", "lines",
                             "comment", "comments", "words", "statement", "warning", "boast",
                             "quip", "tweet"})
#: Those nouns and the nouns of a judgement the words give, where the sentence says whose
#: they are ("Such was the verdict of X", "Those were X's words", "The view is X's"); not
#: after "from" ("The response from X": X answered the quote, not spoke it).
_OWNED_WORDS_NOUNS = _CREDITED_NOUNS | frozenset({
    "verdict", "view", "views", "assessment", "advice", "message", "answer", "reply",
    "response", "thoughts"})
#: Words that point back to what was just quoted ("That was how", "Those were the words
#: of", "Such was the verdict of"), and the forms of "be" after them.
_POINTING_WORDS = frozenset({"that", "this", "those", "these", "such"})
_POINTING_BE = frozenset({"is", "was", "are", "were", "'s", "’s"})
#: Verbs of speech or description after "That was how X" / "That's what X" ("put it",
#: "described the day", "told me"), and with them after "how" the verbs of a view ("That
#: is how X sees it"; not "That is what X saw": what X saw need not be X's words).
_BACK_VERBS = frozenset({"said", "says", "put", "puts", "described", "describes",
                         "recalled", "recalls", "remembered", "remembers", "summed",
                         "sums", "explained", "explains", "recounted", "recounts", "told",
                         "tells", "wrote", "writes"})
_HOW_VERBS = _BACK_VERBS | frozenset({"sees", "saw", "views", "viewed"})
#: Adverbs that may stand in "That is exactly how X once put it" ("" marks the slot as one
#: that may be empty; no "not": "That's not what X said" denies the credit).
_POINTING_ADVERBS = frozenset({"", "exactly", "just", "precisely", "also", "once", "later",
                               "famously", "memorably", "recently", "then", "best"})
#: Slots of a pointing-back shape other than a set of words: the person named (a noun
#: phrase that ends in a person's name or a noun of people, an apposition after it or
#: not: "Jane Doe", "Jane Doe's lawyer", "the mayor"), the person named with a possessive
#: mark ("Jane Doe's", "the mayor's"), a comma-set aside ("That, at least, is how"),
#: and the end of the sentence (or ", not ...": "Jane Doe's words, not mine.").
_P_NAME, _P_OWNER, _P_ASIDE, _P_END = "<name>", "<owner>", "<aside>", "<end>"
#: The sentences that point back to the quote or quoted paragraphs just before them and
#: name who spoke them, as (slots, the slot that holds the cue): a slot is a set of words
#: (one of which must stand there, or none when the set holds "") or one of the slots
#: above.  One list for every shape :meth:`Attributor._named_after` reads.
_POINTING_BACK: tuple[tuple[tuple[frozenset[str] | str, ...], int], ...] = (
    # "So said Jane Doe, a driver.", "So says Jane Doe."
    ((frozenset({"so"}), _SO_SAID_FORMS, _P_NAME), 1),
    # "That quote from Jane Doe appeared ...", "The remark, by Jane Doe, ...", "Those words
    # came from Jane Doe"
    ((_CREDIT_DETERMINERS, _CREDITED_NOUNS, frozenset({",", ""}),
      frozenset({"came", "comes", ""}), frozenset({"from", "by"}), _P_NAME), 1),
    # "The quote was attributed to Jane Doe" (not "is often attributed to": a guess)
    ((_CREDIT_DETERMINERS, _CREDITED_NOUNS, _POINTING_BE, frozenset({"attributed"}),
      frozenset({"to"}), _P_NAME), 1),
    # "That was how Jane Doe, a nurse, described the day.", "That, at least, is how Jane
    # Doe sees it"
    ((frozenset({"that", "this"}), _P_ASIDE, _POINTING_BE, _POINTING_ADVERBS,
      frozenset({"how"}), _P_NAME, _POINTING_ADVERBS, _HOW_VERBS), 7),
    # "That's what Jane Doe said", "That is exactly what Jane Doe told me"
    ((frozenset({"that", "this"}), _P_ASIDE, _POINTING_BE, _POINTING_ADVERBS,
      frozenset({"what"}), _P_NAME, _POINTING_ADVERBS, _BACK_VERBS), 7),
    # "Those were the words of Jane Doe", "Such was the verdict of Jane Doe"
    ((_POINTING_WORDS, _POINTING_BE, frozenset({"the"}), _OWNED_WORDS_NOUNS,
      frozenset({"of"}), _P_NAME), 3),
    # "Those were Jane Doe's words"
    ((_POINTING_WORDS, _POINTING_BE, _P_OWNER, _OWNED_WORDS_NOUNS), 3),
    # "The words are Jane Doe's."
    ((_CREDIT_DETERMINERS, _OWNED_WORDS_NOUNS, _POINTING_BE, _P_OWNER, _P_END), 1),
    # "Jane Doe's words, not mine."
    ((_P_OWNER, _OWNED_WORDS_NOUNS, _P_END), 1),
    # "The words belong to Jane Doe, who won silver in Paris." (a feature's opening quote)
    ((_CREDIT_DETERMINERS, _OWNED_WORDS_NOUNS, frozenset({"belong", "belonged"}),
      frozenset({"to"}), _P_NAME), 2),
)
#: The words a shape of ``_POINTING_BACK`` may open with (or a person's name, for
#: "Jane Doe's words"): any other sentence is no pointer, read at its first word.
_POINTING_OPENERS = frozenset().union(*(slots[0] for slots, _ in _POINTING_BACK
                                        if isinstance(slots[0], frozenset)))
#: Nouns after "in X's" that make X the one whose words or thinking a sentence gives ("in
#: Jane Doe's words", "in Doe's view", "In Doe's mind, ..."), not "in Doe's account" (an
#: email account) nor "in Doe's eyes" (what someone saw).
_SOURCE_PHRASE_NOUNS = frozenset({"words", "view", "opinion", "estimation", "telling", "mind",
                                  "judgment", "judgement"})
#: The spellings a word before a quote needs for :meth:`Attributor._before_pattern` to read
#: it (besides a reporting verb's lemma): a cue word's (:func:`is_cue_word`), a verb that
#: only quotes (:func:`_direct_cue`), or "according".  Any other word is passed at once.
_BEFORE_QUOTE_FORMS = frozenset(REPORTING_VERB_FORMS) | QUOTE_ONLY_FORMS | {"according"}
#: Adverbs that split an infinitive besides those in -ly ("urged it to also raise").
_SPLITTING_ADVERBS = frozenset({"also", "further", "then", "still", "even", "soon", "first",
                                "once", "again", "finally", "instead"})
#: Latin phrases with "per" that name no source ("per capita", "per se").
_LATIN_PER = frozenset({"capita", "se", "cent", "annum", "diem", "curiam", "mille"})
#: Counts before the people a closing "per" names as its source (", per two people
#: familiar with the talks.", ", per several aides.").
_PER_COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "multiple",
                         "many", "some", "numerous"})


#: Tags of a reporting verb's spelling used as no verb (:func:`is_cue_word`): a set, as
#: the rules ask of every trigger word, most often of a verb, which a tuple compares eight
#: times.
_NOT_CUE_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "PUNCT", "DET", "ADP", "NUM"})


def is_cue_word(w: Word) -> bool:
    """True for a reporting verb used as a verb."""
    if w.lemma in REPORTING_VERBS or w.lower in REPORTING_VERB_FORMS:
        return w.upos not in _NOT_CUE_TAGS
    return False


#: The most words a quoted name or title may take ("Gang of Eight").
_TITLE_WORDS = 8


def is_title(content: str, max_words: int = _TITLE_WORDS) -> bool:
    """True for a quoted name or title ("Cake Boss", "Gang of Eight") of at most
    ``max_words`` words, not speech."""
    ws: list[str] = []
    for w in content.split():
        w = w.strip(".,!?;:’'\"“”")
        if w:
            ws.append(w)
            if len(ws) > max_words:
                return False  # (a long quote's words are not all stripped first)
    if not ws:
        return False
    small = {"of", "the", "a", "an", "and", "&", "in", "on", "for", "to", "at", "with", "or"}
    # a number may open one ("60 Minutes", "30 Rock"), not stand alone ("99.9", "50-50")
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in ws) and \
        (ws[0][:1].isupper() or ws[0][:1].isdigit() and any(w[:1].isupper() for w in ws[1:]))


def _direct_cue(w: Word) -> bool:
    """True for a reporting verb that can introduce a direct quote: not a verb of thought
    ("He thinks Trump is a “total opportunist”" is someone's word, not a quote of him), but
    a verb that only quotes ("the crowd chanted, “...”")."""
    if w.lower in QUOTE_ONLY_FORMS:
        return w.upos not in ("NOUN", "PROPN", "ADJ", "PUNCT", "DET", "ADP", "NUM")
    return is_cue_word(w) and w.lemma not in THOUGHT_VERBS and \
        REPORTING_VERB_FORMS.get(w.lower, w.lemma) not in THOUGHT_VERBS


def _text_noun(w: Word) -> bool:
    """True for a text or a count that a story lets speak but that finds or reports nothing
    itself ("messages", "the memo", "figures")."""
    return w.lower in MESSAGE_NOUNS or w.lower in DATA_NOUNS or \
        w.lower.removesuffix("s") in TEXT_SOURCE_NOUNS


def _plain_speech_verb(w: Word) -> bool:
    """True for a speech verb in a form that is rarely a noun ("said", "argued", "says")."""
    return w.lemma in SPEECH_VERBS and (w.lower.endswith("ed") or w.lower in _PLAIN_SPEECH_FORMS)


def _adverbial(w: Word) -> bool:
    """True for a word that may stand between a subject and its verb ("also", "on Tuesday")."""
    return w.lower in _BETWEEN_SUBJECT_AND_CUE or w.lower in _WEEKDAYS or \
        w.upos in ("ADV", "AUX", "PART") and w.lower not in ("not", "n't", "to") or \
        w.lower.endswith("ly") and not w.is_capitalised or \
        w.lower in ("on", "last", "this") or w.lower in _INTENSIVES or \
        w.ner.endswith("DATE")


def _finite_form(w: Word) -> str | None:
    """The tense of a finite verb form: "past" ("admitted", "hid", "said"), "s" ("vows"),
    or None for a base form or a participle in -ing."""
    low, lemma = w.lower, w.lemma
    if low.endswith("ing"):
        return None
    if low.endswith("ed") and not low.endswith("eed"):
        return "past"  # a verb the lemmatizer does not know ("obfuscated"), not "need"
    if low == lemma or not lemma:
        return None
    return "s" if low.endswith("s") else "past"


def _is_date(w: Word) -> bool:
    """True for a weekday or a word the tagger marks as part of a date."""
    return w.lower in _WEEKDAYS or w.ner.endswith("DATE")


#: Adjectives after a cue that tell when or how much was said, not who ("said early on
#: Monday", "conceded late", "said little").
_WHEN_OR_HOW_MUCH = frozenset({"early", "late", "earlier", "later", "little", "much"})


def _time_word(w: Word) -> bool:
    """True for a word that ends a time phrase after "this" or "last" ("week", "Monday",
    "summer")."""
    return w.lower.rstrip("s") in _TIME_NOUNS or w.lower in _TIME_PERIODS or _is_date(w)


def _possessive_mark(w: Word) -> bool:
    """True for a possessive "'s", or an apostrophe that marks one on its own ("Sanders’
    campaign", "voters' anger")."""
    return w.lower in ("’s", "'s") or w.lower in ("’", "'") and w.upos == "PART"


def _stance_prefixed(w: Word) -> bool:
    """True for a modifier of stance in "anti-" or "pro-" ("anti-union", "pro-Doe"): no
    subject of a verb after it."""
    return w.lower.startswith(("anti-", "pro-"))


def _nounish(w: Word) -> bool:
    if w.is_punct:
        # (the marks of a nickname inside a name: 'Marcia "Cia" Price, his niece, said')
        return w.text in (".", "-", "&") and w.upos != "PUNCT" or w.ner == "I-PERSON"
    if w.upos in ("PROPN", "NOUN", "ADJ", "NUM", "DET", "PRON"):
        return True
    if w.ner != "O":
        return True
    if w.upos in ("", "X") and (w.is_capitalised or w.lower in SPEAKER_NOUNS):
        return True
    if _possessive_mark(w):
        return True
    return w.is_capitalised and w.upos not in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") and \
        w.lower not in _SUBORDINATORS  # "When asked about A, X said": no name


def _person_word(w: Word) -> bool:
    """True for a common noun or title that names people ("aides", "senator")."""
    return w.lower in SPEAKER_NOUNS or w.lower in TITLES


def _person_plural(w: Word) -> bool:
    """True for the plural of a title or of a noun of people or bodies that the word lists
    hold only in the singular ("senators", "governors", "congressmen", "campaigns",
    "agencies"; not texts: "reports", "surveys")."""
    low = w.lower
    if len(low) < 5 or not low.endswith(("s", "men")) or _person_word(w):
        return False
    singulars = (low[:-3] + "y",) if low.endswith("ies") else \
        (low[:-3] + "man", low[:-1]) if low.endswith("men") else (low[:-1],)
    return any((s in SPEAKER_NOUNS or s in TITLES) and s not in _NO_HOLDER_NOUNS
               for s in singulars)


def _personal_pronoun(w: Word) -> bool:
    """True for a pronoun that stands for people ("she", "them"), not a thing ("it")."""
    return w.lower in _PERSONAL_SUBJECTS or w.lower in ("him", "her", "them")


#: Parts of speech that head a noun phrase, a subject that can speak.
_NOMINAL_TAGS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Relations a participle cue ("..., saying") hangs from its clause by in a parse.
_PARTICIPLE_RELS = frozenset({"dep", "acl", "advcl", "xcomp", "conj", "parataxis", "ccomp"})
#: Words that join a clause with a subject of its own to the one before it (", and Y ...").
_COORDINATORS = frozenset({"and", "but", "so", "yet"})
#: Subordinators that set a clause with a subject of its own against the one before it.
_CONTRAST_SUBORDINATORS = frozenset({"while", "whereas"})
#: Words after a comma that open a clause with a subject of its own (", while Y ...").
_CLAUSE_LINKS = _COORDINATORS | _CONTRAST_SUBORDINATORS
#: The words besides punctuation where a statement can stop for a clause of another speaker
#: (``Attributor._next_speaker_at``: "X said A when asked B", "X saying A and Y calling it
#: B"); a word right after a quote's closing mark is the other (a quote's own frame).  The
#: writer's clauses and tails (``_narrator_clause_at``, ``_statement_tail_at``) start at
#: punctuation only.
_SPEAKER_BREAK_WORDS = frozenset({"when", "and"})
#: The words besides punctuation where a second cue of the same speaker can take over a
#: statement (``Attributor._next_cue_at``: "said A and argued B", "A but suggested B"), with
#: the speaker-break words; a word right after a quote's closing mark is the other.
_CUE_BREAK_WORDS = _SPEAKER_BREAK_WORDS | {"but"}
#: Relations of a clause coordinated with the one before it, with a subject of its own.
_COORDINATE_RELS = frozenset({"conj", "parataxis"})
#: Relations a participle after a comma climbs through to its main clause's subject.
_PARTICIPLE_CLIMB = _PARTICIPLE_RELS - {"parataxis"}
#: Relations of a noun to the verb whose object it is ("attacked [Y], who ...").
_OBJECT_RELS = frozenset({"obj", "iobj", "obl"})
#: Particles that make a reporting verb one of doing ("add back", "add up to").
_NON_SPEECH_PARTICLES: dict[str, frozenset[str]] = {
    "add": frozenset({"back", "up", "on", "in"}),
}
#: Verbs of data whose clause a reporter may hold ("X argues that polls [show] A").
_DATA_CUES = frozenset({"show", "find", "indicate", "suggest"})
#: Verbs that name or label what is quoted ("what it calls “...”", "X dubbed him “...”"):
#: their subject speaks the quoted words, whatever clause holds them.
_NAMING_VERBS = NAMING_VERBS
#: Verbs of an outlet that reports what its object said ("quoted X as saying A").
_QUOTING_VERBS = frozenset({"quote", "quotes", "quoted", "quoting", "cite", "cites", "cited",
                            "citing"})
#: Passive cues whose subject is the speaker ("X was quoted as saying").
_PASSIVE_SPEAKER_CUES = frozenset({"quote", "hear", "overhear", "record", "film"})
#: Modals of a proposal: their subject reports nothing ("the party should reiterate").
_PROPOSAL_MODALS = frozenset({"should", "must", "shouldn't", "shouldn’t", "mustn't", "mustn’t"})
#: Degree words before a participle that are no adverb to the annotator ("half joking").
_DEGREE_WORDS = frozenset({"half", "partly", "mostly"})
#: Negation words between an auxiliary and its verb ("should not ask").
_NEGATIONS = frozenset({"not", "n't", "n’t", "never"})
#: Forms of the verbs of refusing before "to say" ("declined to say when A").
_WITHHOLDING_FORMS = frozenset(form for lemma in ("decline", "refuse")
                               for form in verb_forms(lemma))
#: The most words before a cue that may hold its negation and adverbs ("would not
#: immediately say").
_WITHHELD_WORDS = 4
#: Verbs of evidence and of thought whose clause may come without "that" ("records show he
#: gave", "she hopes the council will agree"), as after "said"; not "wonder", whose
#: question opens with "whether" or "if".
_BARE_CLAUSE_VERBS = frozenset({"show", "find", "indicate"}) | (THOUGHT_VERBS - {"wonder"})
#: Negative words that open a clause and put its auxiliary before the subject ("Nor did
#: he say", "Never has she claimed").
_INVERTING_NEGATIVES = frozenset({"nor", "neither", "never", "rarely", "seldom"})
#: Nouns of a survey that the news credits with what a share of those asked said ("In a
#: poll, 8 percent said A", "Polls show 30 percent of voters say A").
_POLL_NOUNS = POLL_NOUNS
#: Tags of the words of a poll's name between "in" and its noun ("in [the latest CNN/ORC]
#: poll"), with the marks inside such names ("Post-ABC", "NBC/WSJ").
_POLL_NAME_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
_POLL_NAME_MARKS = frozenset({"-", "/", "–", "&", "and"})
#: The most words of a poll's name before its noun ("in the NBC News/Wall Street Journal/
#: Marist South Carolina poll").
_POLL_NAME_WORDS = 14
#: Participles that set off when and how a poll was taken ("In a poll [released] Monday,").
_POLL_TAKEN = frozenset({"released", "conducted", "taken", "published", "completed",
                         "carried"})
#: Words after a poll's noun that say where, when and by whom it was taken ("a poll [of]
#: Ohio [released on] Tuesday [by] the Herald", "polls [out] Monday", "polls [there]").
_POLL_MODIFIER_WORDS = frozenset({"of", "from", "by", "on", "in", "among", "for", "out",
                                  "there", "this", "last"})
#: The finite forms of the verbs of evidence ("A poll [shows] A").
_EVIDENCE_FORMS = frozenset({"show", "shows", "showed", "find", "finds", "found"})
#: The reason of a poll's finding.
POLL_FINDING_REASON = "in X, CLAUSE"
#: Reason of a position or an intention: what a verb of intention says its subject wants,
#: plans, hopes or prefers (see ``Attributor._intention_object_at``).
INTENTION_REASON = "X wants Y"
#: Reason of a refusal: "X declined [to comment]", "X refused [to answer questions]" (a
#: verb of ``_REFUSING`` and its infinitive); it says X said nothing, so no later quote
#: goes on with X's words.
REFUSAL_REASON = "X declined to Y"
#: Reason of a question put to one named in the passive ("Doe was asked about A"), whose
#: asker goes unnamed.
PASSIVE_ASKED_REASON = "X was asked A"
#: Nouns of a poll or its data whose verb of evidence reports a finding as a noun phrase
#: ("A poll shows [Doe with a lead]").
_EVIDENCE_SUBJECTS = _POLL_NOUNS | DATA_NOUNS | {
    "polling", "study", "studies", "analysis", "report", "documents", "filings", "audit",
    # records and recordings: "The reports show [A]", "Emails released Monday showed [A]",
    # "Footage from the scene showed [the car riddled with holes]"
    "reports", "emails", "tallies", "footage", "video", "videos", "photo", "photos",
    "picture", "pictures", "images", "recording", "recordings",
    # inquiries: "The investigation found [no evidence of A]"
    "investigation", "inquiry", "probe", "review"}
#: Hedges between a verb of evidence and its object ("The survey shows [only] a small gap",
#: "found [nearly] half of voters"), and the "both" of a pair, a conjunction to a parser
#: ("The poll shows [both] Doe and Roe beating Poe").
_EVIDENCE_HEDGES = frozenset({"only", "just", "nearly", "almost", "roughly", "about", "both"})
#: Words that open an embedded question ("how he planned to ...").
_QUESTION_WORDS = frozenset({"how", "why", "whether", "what", "where"})
#: Nouns of a part of a group, who speak for the part that a participle hung from the
#: group names ("the share of voters saying “...”").
#: Inverted cues that open a sentence before their speaker ("Said Doe, “...”"), which a
#: tagger may read as the first word of a name.
_OPENING_INVERTED_FORMS = frozenset({"Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote",
                                     "Writes", "Replied", "Replies", "Explained", "Explains"})
#: Verbs of a cry that only quotes ("the crowd chanted “...”").
_CRY_VERBS = frozenset({"chant", "scream"})
#: Nouns of a recording that shows someone speaking ("footage of X saying", "a video of X
#: asking"): the one shown speaks, not the ad or outlet that shows it.
_DEPICTION_NOUNS = frozenset({
    "footage", "video", "videos", "clip", "clips", "tape", "tapes", "recording", "recordings",
    "audio", "image", "images", "photo", "photos", "picture", "pictures", "scene", "scenes",
    "film", "montage", "snippet", "snippets", "soundbite", "soundbites"})
_PORTION_NOUNS = frozenset({"share", "proportion", "percentage", "number", "fraction"}) | \
    SHARE_WORDS | SHARE_UNITS
#: Relations that join a share's statement to the clause that names its poll ("The poll
#: finds that 22 percent say", "In a poll, 8 percent said A and 1 percent said B", "...
#: said A; 1 percent said B").
_FINDING_RELS = frozenset({"ccomp", "conj", "advcl", "parataxis"})


#: Verbs whose object does what the infinitive after it says ("That prompted X to call
#: it “...”"), unlike verbs of asking ("urged X to", "requires X to").
_CAUSING_VERBS = frozenset({"prompt", "lead", "cause", "force", "spur", "drive", "push",
                            "inspire", "move", "provoke", "compel"})


#: The forms of the verbs of naming ("calls", "dubbed"), whatever lemma a tagger gives them.
_NAMING_FORMS = NAMING_FORMS


#: Verbs of naming and stance that make a quoted fragment in their clause someone's words
#: ("X denounced “self-deportation”", "X blamed it on “sickos”"), besides reporting verbs.
_FRAGMENT_VERB_FORMS = FRAGMENT_VERB_FORMS
#: The spellings a word needs (besides a reporting verb's lemma) for :meth:`Attributor.
#: _syntax_quote` to read it as a quote's cue: _direct_cue, _naming_frame (_naming_verb) and
#: _personal_relative_cue (is_cue_word) are false for every other word.
_QUOTE_CUE_FORMS = QUOTE_CUE_FORMS

#: Verbs by which a text or a sign presents quoted words ("The ad targets a “...”", "the
#: page lists him as “...”", "a sign reading “...”"; not "to read from a text").
_SHOWING_VERB_FORMS = frozenset(form for lemma in (
    "target", "list", "quote", "feature", "display", "tout", "urge", "highlight",
    "promise", "accuse", "pledge", "proclaim", "advertise")
    for form in verb_forms(lemma)) | {"reads", "reading"}

#: Past participles of the naming verbs ("called", "dubbed"), which may name a thing after
#: its noun ("a band called Foo").
_NAMING_PARTICIPLES = frozenset(form for lemma in _NAMING_VERBS for form in verb_forms(lemma)
                                if form.endswith("ed"))
#: Participles that give a thing a name in the passive, whose agent ("by X") named it
#: ("labeled as a “witch hunt” by Democrats", "known by some as a “hug”").
_PASSIVE_NAMING_FORMS = _NAMING_PARTICIPLES | {"dubbed", "known"}
#: Nouns that name the quoted term after them ("using the term “thug”", "the slogan
#: “Yes we can”"): the quote goes on with the statement that holds the noun.
_QUOTED_TERM_NOUNS = frozenset({"term", "phrase", "word", "words", "label", "slogan", "moniker",
                                "nickname", "epithet", "catchphrase"})
#: The most words of the agent between "by" and "as" in "known by X as “...”".
_AGENT_WORDS = 6

#: Amounts of such a phrase that are no numeral ("a year ago", "several weeks ago").
_AGO_AMOUNTS = frozenset({"a", "an", "few", "several", "many", "some"})
#: Words that hedge such a phrase ("nearly two years ago", "just days ago").
_AGO_ROUGHLY = frozenset({"about", "nearly", "almost", "just", "only", "roughly", "some"})
#: The most words a prepositional phrase after a subject may take before its verb of speech.
_SUBJECT_PHRASE_WORDS = 6

#: The most people one coordinated speaker names ("Doe, Roe and Poe said").
_CONJUNCTS = 4
#: The most words a bracketed aside after a conjunct may take ("Sen. Jane Doe (D-Ore.) and").
_CONJUNCT_ASIDE = 6
#: Words a role set off after a coordinated speaker may span ("Lee, [a Democrat from
#: Ohio], and Ortiz, [a Republican], said").
_ROLE_ASIDE_WORDS = 10
#: Words that may open a coordination of speakers after a word of the sentence before it
#: ("[But] Doe and Roe said", "[Both] Doe and Roe", "[As] Doe and Roe said").
_COORDINATION_OPENERS = _SUBORDINATORS | {"both", "instead", "also", "now"}
#: Words between a coordinated subject and its cue ("Doe and Roe [have both] said").
_BETWEEN_CONJUNCTS_AND_CUE = _BETWEEN_SUBJECT_AND_CUE | _FLOATING | {"jointly", "together"}
#: Entity types a conjunct of a coordinated speaker may be named as.
_SPEAKER_NAME_TYPES = ("PERSON", "ORG", "NORP")
#: Prepositions of place and time: no coordinated speaker holds them ("polls [in] Iowa and"),
#: and they open an adjunct after a final cue ("said Tuesday [in] Paris").
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "since", "from"})
#: Words that open a plural of people in a coordinated subject ("Doe and [his] rivals").
_GROUP_OPENERS = frozenset({"his", "her", "their", "its", "our", "other", "some", "many",
                            "several", "most", "both"})


#: NER tags of a word after which a person's name goes on, and of a word that goes on
#: with it ('Mick "Mad Dog" Doherty': the nickname's marks between the two).
PERSON_OPEN = frozenset({"B-PERSON", "I-PERSON"})
PERSON_GOES_ON = frozenset({"I-PERSON", "E-PERSON"})


def _is_number(w: Word) -> bool:
    """True for a number in digits or words ("47", "Seventy-four", "two-thirds")."""
    if w.upos == "NUM" or w.text.replace(",", "").replace(".", "").isdigit():
        return True
    low = w.lower
    if "-" not in low:  # (most words: one part, no split and no generator)
        return bool(low) and (low in NUMBER_WORDS or low.rstrip("s") in SHARE_WORDS)
    return all(part in NUMBER_WORDS or part.rstrip("s") in SHARE_WORDS
               for part in low.split("-"))
#: Words back from a relative "who" over which a comma sets off the role it restricts
#: ("Jo Hale, a top adviser to the campaign who backed Doe": see
#: ``Attributor._apposed_role``).
_SET_OFF_ROLE_WORDS = 10
#: Side-taking verbs whose participle names a group by whom it is for ("a super PAC
#: backing Doe": see ``Attributor._group_participle``).
_GROUP_PARTICIPLE_VERBS = frozenset({"support", "back", "oppose", "endorse"})
