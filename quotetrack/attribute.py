"""Cues and speaker mentions: who is credited with each quote, and by which words.

Rules work on :class:`~quotetrack.tokens.Words`, so they run the same on a
Document from Stanza, from CoNLL-U or from the model-free annotator.  Surface
patterns always run ("X said", "said X", "X told Y:", "according to X");
when the Document has a dependency parse, the cue's subject and clausal
complement from the parse are preferred.

All offsets here are into the text the Document was built from; the pipeline
maps them back to the user's text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

import attrs

from .lexicon import (
    CLAUSE_NOUNS,
    DATA_NOUNS,
    FIRM_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    INVERTING_VERBS,
    KNOWN_ORGS,
    MESSAGE_NOUNS,
    NOUN_POSTMODIFIERS,
    NUMBER_WORDS,
    PHRASAL_CUE_FORMS,
    PHRASAL_CUES,
    POLL_NOUNS,
    POSTNOMINALS,
    QUOTE_ONLY_FORMS,
    RELEASE_FORMS,
    REPORTED_TRIGGER_FORMS,
    REPORTING_VERB_FORMS,
    REPORTING_VERBS,
    SENDING_VERBS,
    SHARE_QUALIFIERS,
    SHARE_UNITS,
    SHARE_WORDS,
    SPEAKER_NOUNS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STANCE_VERB_FORMS,
    STANCE_VERB_GROUPS,
    STANCE_VERBS,
    STATEMENT_NOUNS,
    SURVEYED,
    TEXT_SOURCE_NOUNS,
    THING_SOURCE_NOUNS,
    THOUGHT_VERBS,
    TITLES,
    TOPIC_PARTICIPLES,
    TOPIC_VERB_FORMS,
    UNNAMED_SOURCE_NOUNS,
    VENUE_PREPOSITIONS,
    verb_forms,
)
from .quotes import QuoteSpan
from .resolve import expletive_frame_end
from .tokens import Word, Words

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
    "recently", "again", "repeatedly", "publicly", "privately", "also", "previously",
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
                           "research", "paper", "assessment", "estimate", "estimates"})
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
#: Question words that may open a topic verb's statement right after its preposition
#: ("spoke about [how] A", "talked about [why] B").
_TOPIC_QUESTION_WORDS = frozenset({"how", "why", "what", "whether", "when", "where"})
#: Most words between a topic verb and its preposition ("talked to two reporters about").
_TOPIC_GAP_WORDS = 6
#: Words that open an embedded question after a speech verb whatever it is ("explained
#: why A", "would not comment on whether B"); not "when" or "where", which open a clause of
#: time or place as often ("said when the polls closed"), nor "who", which opens a relative
#: clause as often.
_EMBEDDED_QUESTION_WORDS = frozenset({"what", "how", "whether", "why"})
#: The prepositions of a topic that may come before such a question ("commented on
#: whether A", "asked about how B").
_TOPIC_PREPOSITIONS = frozenset({"about", "on", "of", "over", "into"})
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
                            "respond", "question"})
#: Passive participles whose subject is what was said when nothing follows ("The merger
#: was announced on Monday", "Both fires were claimed by the group").
_PASSIVE_SUBJECT_CUES = frozenset({"announced", "claimed", "argued", "reported", "stated"})
#: Subjects of a standing appeal, no reported request ("Anyone with information is asked to
#: call police").
_APPEAL_SUBJECTS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
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
#: to parents", "notes [made] during the meeting", "talks [held] in Geneva").
_PARTICIPLE_MODIFIERS = _IRREGULAR_PARTICIPLES | {"sent", "made", "held", "kept", "brought",
                                                  "heard", "read", "left", "built", "found"}
#: Cues whose statement is the object of a preposition ("responded to", "commented on").
_REPLY_CUES = {"respond": "to", "reply": "to", "comment": "on"}
#: Nouns of a remark that "make" turns into a cue whose statement is the topic after "on"
#: or "about" ("X made [favorable] comments about A", "X made no comment on A").
_MADE_REMARK_NOUNS = frozenset({"comment", "comments", "remark", "remarks"})
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
#: Determiners of one: "a Republican claims" has a subject and a verb.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "each", "every", "another", "this", "that"})
#: Words before a noun phrase that make the next two words a phrase of their own ("in
#: somber comments"), unlike subordinators that open a clause ("as Doe claims").
_PHRASE_PREPOSITIONS = frozenset({"in", "of", "with", "to", "for", "by", "about", "over",
                                  "against", "amid", "despite", "through"})
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
#: Speech verbs whose other sense takes an object ("maintained a lead", "maintains a
#: blog"), or whose object is the one addressed ("assured the crowd"): they report a
#: statement only with a clause, never with an object.
_CLAUSE_ONLY_CUES = frozenset({"maintain", "assure"})
#: Speech verbs whose bare object of one or two words is a thing written, taken or let in,
#: not words said ("wrote a letter", "claimed victory", "admit refugees", "pledged
#: delegates", "tweeted a photo").
_OBJECT_NOT_SAID = frozenset({"write", "claim", "admit", "pledge", "tweet"})
#: Nouns of amount that stand for no words said as a bare object ("said a lot").
_AMOUNT_OBJECTS = frozenset({"lot", "nothing", "something", "anything", "everything", "much",
                             "little", "following", "more"})
#: Words that open a time after a stance verb's object ("in March", "last week", "earlier
#: this month", "on Monday", "in early 2015").
_STANCE_TIME_OPENERS = frozenset({"in", "on", "during", "since", "last", "this", "next",
                                  "earlier", "early", "late", "mid", "the"})
#: Tags of a word that may open a stance verb's object ("criticized [the] plan", "[Doe]",
#: "[her]", "[recent] remarks", "[rising] costs").
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
#: The most words of a relative clause on an adjunct's noun between a cue and its "that"
#: ("said in an interview [that aired on Sunday night] that A").
_RELATIVE_CLAUSE_WORDS = 8
#: Parts of speech that can open a clause: its subject, or an adjunct before it.
_SUBJECT_OPENERS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "ADP", "SCONJ"})
#: Words that open a reported clause after a cue's adjuncts.
_COMPLEMENTIZERS = frozenset({"that", "how", "why", "whether"})
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


@attrs.frozen
class Attribution:
    """A cue and the speaker mention it credits, found in the text."""

    speaker: tuple[int, int] | None  # word index span [a, b) of the speaker mention
    cue: tuple[int, int] | None  # word index span of the cue
    addressee: tuple[int, int] | None = None
    confidence: float = 0.0
    reason: str = ""


@attrs.frozen
class Found:
    """A quote or reported statement found in the text, with its attribution."""

    start: int
    end: int
    kind: str
    attribution: Attribution
    statement: tuple[int, int] | None = None  # a mixed quote's reported clause (chars)


#: Spellings a rule of reported speech can start from, with a reporting verb's lemma
#: (see ``Attributor._surface_trigger_index``; in the lexicon, where Words reads them).
_REPORTED_TRIGGER_FORMS = REPORTED_TRIGGER_FORMS
#: Participles set off after a clause whose object is a statement of the clause's subject
#: ("“A,” X said, referring to B"; in the lexicon, among the trigger spellings): the
#: preposition that opens the object, and whether the clause must be one of speech.
_TOPIC_PARTICIPLES = TOPIC_PARTICIPLES
#: The most words between such a participle's comma and the cue of the clause before it
#: ("said Jane Roe, a former aide to the mayor of the city, referring to B").
_TOPIC_FRAME_WORDS = 24
#: The words that open a phrase :meth:`Attributor._source_phrase` reads ("according to X",
#: "per X", "as X put it", "in the words of X"): it finds none at any other word.
_SOURCE_PHRASE_OPENERS = frozenset({"according", "per", "as", "in"})
#: The spellings a word before a quote needs for :meth:`Attributor._before_pattern` to read
#: it (besides a reporting verb's lemma): a cue word's (:func:`is_cue_word`), a verb that
#: only quotes (:func:`_direct_cue`), or "according".  Any other word is passed at once.
_BEFORE_QUOTE_FORMS = frozenset(REPORTING_VERB_FORMS) | QUOTE_ONLY_FORMS | {"according"}
#: Adverbs that split an infinitive besides those in -ly ("urged it to also raise").
_SPLITTING_ADVERBS = frozenset({"also", "further", "then", "still", "even", "soon", "first",
                                "once", "again", "finally", "instead"})
#: Latin phrases with "per" that name no source ("per capita", "per se").
_LATIN_PER = frozenset({"capita", "se", "cent", "annum", "diem", "curiam", "mille"})


def is_cue_word(w: Word) -> bool:
    """True for a reporting verb used as a verb."""
    if w.lemma in REPORTING_VERBS or w.lower in REPORTING_VERB_FORMS:
        if w.upos in ("NOUN", "PROPN", "ADJ", "ADV", "PUNCT", "DET", "ADP", "NUM"):
            return False
        return True
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
        return w.text in (".", "-", "&") and w.upos != "PUNCT"
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
_NAMING_VERBS = frozenset({"call", "dub", "label", "term", "brand", "nickname", "describe",
                           "characterize", "deride"})
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
#: Nouns of a poll or its data whose verb of evidence reports a finding as a noun phrase
#: ("A poll shows [Doe with a lead]").
_EVIDENCE_SUBJECTS = _POLL_NOUNS | DATA_NOUNS | {
    "polling", "study", "studies", "analysis", "report", "documents", "filings", "audit"}
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
_NAMING_FORMS = frozenset(form for lemma in _NAMING_VERBS for form in verb_forms(lemma)) | \
    {"dubbed", "dubbing"}


#: Verbs of naming and stance that make a quoted fragment in their clause someone's words
#: ("X denounced “self-deportation”", "X blamed it on “sickos”"), besides reporting verbs.
_FRAGMENT_VERB_FORMS = frozenset(
    form for lemma in _NAMING_VERBS | {
        "attack", "blame", "denounce", "decry", "cite", "vent", "refer", "defend", "mock",
        "condemn", "echo", "chant", "mouth", "recite", "repeat", "reject", "dismiss",
        "question", "invoke", "boast", "joke", "embrace", "hail", "herald", "ridicule",
        "scold", "chide", "taunt", "lambast", "hit", "blast", "slam", "portray"}
    for form in verb_forms(lemma)) | {"dubbed", "dubbing", "referred", "referring", "hitting"}
#: The spellings a word needs (besides a reporting verb's lemma) for :meth:`Attributor.
#: _syntax_quote` to read it as a quote's cue: _direct_cue, _naming_frame (_naming_verb) and
#: _personal_relative_cue (is_cue_word) are false for every other word.
_QUOTE_CUE_FORMS = frozenset(REPORTING_VERB_FORMS) | QUOTE_ONLY_FORMS | _NAMING_FORMS | \
    _FRAGMENT_VERB_FORMS

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


class Attributor:
    """Finds quotes, reported speech and their speakers in one Document."""

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
        # sentence word span -> the words that may be a quote's cue there (_quote_cues):
        # the quotes of a paragraph ask for the same sentences
        self._quote_cues: dict[tuple[int, int], list[int]] = {}
        # the parse's statement (or None) at each cue of the window read last
        # (_syntax_reported): _reported_in_window asks again from each statement's cue on
        self._syntax_window = (-1, -1)
        self._syntax_at: dict[int, Found | None] = {}

    # ------------------------------------------------------------------ helpers
    def _parsed(self, i: int) -> bool:
        """True when word ``i``'s sentence has a dependency parse (see Words.sentence_has_parse)."""
        W = self.W  # (its flags read directly: this runs for most cue words, often twice)
        return W.has_parse and 0 <= i < len(self.words) and W._parsed[self.words[i].sent]

    def _sentence_range(self, i: int) -> tuple[int, int]:
        return self.W.sentences[self.words[i].sent]

    def _word_span_chars(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.words[span[0]].start, self.words[span[1] - 1].end

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
        if j > limit and words[j].text == ",":
            outer = self._np_back(j - 1, limit)  # "quoted the director, Jane Doe, as"
            j = outer[0] - 1 if outer is not None else j
        if j < limit or words[j].lower not in _QUOTING_VERBS or self.in_quote[j] >= 0:
            return None
        return near

    def _subject_of_cue(self, c: int, limit: int) -> tuple[tuple[int, int] | None, str]:
        """The speaker noun phrase before cue word ``c`` (surface), and how it was found."""
        words = self.words
        quoted = self._quoted_as_saying(c, limit)
        if quoted is not None:
            return quoted, "participle"
        k = self._skip_back(c - 1, limit)
        k = k if self._parsed(c) else self._past_manner_adverbs(k, limit)
        if k < limit:
            return None, ""
        k = self._before_parenthetical(k, limit)  # "Sen. Jane Doe (D-Ore.) said"
        if words[k].text in ("–", "—", "―") and words[c].lower.endswith("ing"):
            sub = self.clause_subject(limit, k, inside=c if self._parsed(c) else None)
            return sub, "participle"
        if words[k].text in _DASHES and self.in_quote[k] < 0 and not self._parsed(c):
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
            sub = self.clause_subject(limit, k, inside=c if self._parsed(c) else None)
            if sub is None or words[sub[0]].lower not in _RELATIVES:
                return sub, "coordination"
        if words[k].text == ",":
            if words[c].lower.endswith("ing"):
                with_at = None if self._parsed(c) else next(
                    (y for y in range(k - 1, max(limit + 1, c - _ABSOLUTE_WORDS) - 1, -1)
                     if words[y].lower == "with" and words[y - 1].text == ","), None)
                absolute = self._absolute_phrase(with_at - 1) if with_at is not None else None
                if absolute is not None and absolute[1] == c:
                    return absolute[0], "subject"  # ", with the aide, Jo Hale, saying"
                # "X postponed the vote, saying ...": the subject of the main clause; but
                # "A, Y said, adding ...": the set-off frame's own subject
                sub = self._frame_before_participle(k, limit) or \
                    (None if self._parsed(c) else self._subordinate_subject(k, limit)) or \
                    self.clause_subject(limit, k, inside=c if self._parsed(c) else None)
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
                    first = self._np_forward(self._past_dateline(i, k), k)
                    if first is not None and self.is_named_or_pronoun(first):
                        sub = first
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
            if near is not None and self.is_named_or_pronoun(near) and \
                    not self._modifier_object(near, limit) and \
                    not all(words[x].ner.endswith("GPE") or words[x].ner == "O" and not
                            words[x].is_capitalised for x in range(*near)) and (
                    near[0] - 1 < limit or
                    words[near[0] - 1].lower not in _APPOSITION_JOINS and
                    not self._inside_set_off(near[0] - 1) or
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
                    if name is not None and self.is_named_or_pronoun(name) and \
                            not self._modifier_object(name, limit) and \
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
            return None, ""
        if words[k].lower in ("and", "but", "or") and k > limit:
            # "Clinton celebrated ... and said": the subject of the first verb, in the clause
            # a link opens ("X signed it, while Y proposed A and said B": Y)
            if not self._parsed(c):
                k = self._before_aside(k, limit)
            sub = None if self._parsed(c) else \
                self._relative_clause_subject(limit, k) or self._subject_after_link(limit, k)
            sub = sub or self.clause_subject(limit, k, inside=c if self._parsed(c) else None)
            return sub, "coordination"
        np = self._np_back(k, limit)
        if (np is None or np[1] == k + 1) and not self._parsed(c) and \
                self._thing_relative(k) and words[k].lower == "that" and k - 1 > limit:
            # "walked them through a slide show that predicted A", "a suit against the
            # college that promised A": the thing the relative follows, after a preposition
            # (not a verb's object: "X ran a piece that noted A", the releaser below)
            thing = self._np_back(k - 1, limit) if np is None else np
            if thing is not None and thing[0] - 1 >= limit and \
                    words[thing[0] - 1].upos == "ADP" and words[thing[0] - 1].lower != "of":
                return (thing[0], k + 1), "antecedent"
        np = self._subject_before_adjunct(np, limit) or self._message_to(np, limit) or np
        opener = self._unclosed_role_subject(np, limit, c) if np is not None else None
        if opener is not None:
            return opener, "subject"  # "Jane Doe, a lawyer for Tom Reed said"
        if np is not None and np[0] - 2 > limit and not self._parsed(c) and \
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
        if np is not None and words[c].lower.endswith("ing") and not self._parsed(c):
            # "..., with the campaign of the former senator saying": the whole noun phrase
            # after "with", past the phrases that modify it
            y = next((y for y in range(np[0] - 1, max(limit, c - _ABSOLUTE_WORDS) - 1, -1)
                      if words[y].text == ","), None)
            absolute = self._absolute_phrase(y) if y is not None else None
            if absolute is not None and absolute[1] == c:
                return absolute[0], "subject"
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
        if np is not None and not words[c].lower.endswith("ing") and not self._parsed(c) and \
                self._modifier_object(np, limit):
            # "A source speaking to Fox News said", "an official who spoke anonymously to
            # discuss strategy said": the noun the modifier follows (a parse knows it)
            head = self._modified_subject(np[0] - 1, limit)
            if head is not None:
                return head, "subject"
        return np, "subject"

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

    def _apposed_name(self, near: tuple[int, int]) -> bool:
        """True when the noun phrase ``near``, set off by a comma before a cue, is a person's
        name in apposition ("the mayor's aide, [Jane Doe], said"); not a role whose
        preposition governs the name ("X, [a spokesman for Jane Doe], said", "X, a lawyer
        who sued [Jane Doe], said"), nor the second of two names after "and" in such a
        phrase ("X, the daughter of A [and B], said"): X speaks there; but "Two analysts,
        A [and B], found" lists the speakers."""
        words = self.words
        a, b = near
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

    def _releaser(self, limit: int, o: int, c: int) -> tuple[int, int] | None:
        """The subject of the clause whose verb takes the object that opens at word ``o``
        and speaks through cue ``c`` ("[The town council] released a statement saying",
        "[The council] voted 6-1 for the resolution which said"), from ``limit`` on."""
        words = self.words
        sub = self.clause_subject(limit, o, inside=c if self._parsed(c) else None)
        if sub is None and not self._parsed(c):
            v = o - 1
            if v - 1 > limit and words[v].upos == "ADP" and words[v - 1].upos == "VERB":
                v -= 1  # "The news service pointed to [X finding]"
            sub = self._opening_subject_of(limit, v)  # not a name: "The town council"
        return sub

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
        words = self.words
        x = k - 1
        while x >= max(limit, k - _WINDOW) and self.in_quote[x] < 0 and \
                words[x].text not in _CLAUSE_STOPS and \
                words[x].lower not in _PARTICIPLE_CLAUSE_SUBORDINATORS:
            x -= 1
        if x < limit or words[x].lower not in _PARTICIPLE_CLAUSE_SUBORDINATORS:
            return None
        np = self._np_forward(self._past_approximation(x + 1, k), k)
        if np is None or np[1] >= k or not self.is_named_or_pronoun((x + 1, np[1])) or \
                not self._one_finite_verb(np[1], k):
            return None
        return x + 1, np[1]

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

    def _message_to(self, np: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
        """The message whose addressees ``np`` are ("[The campaign’s email] to its
        supporters notes"): the cue's subject, not the object of "to"; else None."""
        words = self.words
        if np is None or np[0] - 2 < limit or words[np[0] - 1].lower != "to" or \
                words[np[0] - 2].lower not in MESSAGE_NOUNS:
            return None
        return self._np_back(np[0] - 2, limit)

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
        if words[j].lower in _POSTMODIFIER_ADJECTIVES and j - 1 >= limit:
            j -= 1  # "close to", "familiar with"
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
        if p - 1 < limit or words[p].lower not in ("by", "from") or \
                words[p - 1].lower not in _RECORD_NOUNS:
            return None
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
        return j if verb or w.upos == "ADJ" and words[k].lower == "to" else None

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
        p = words[i - 1]
        if words[i].lower == "states" and (
                p.text in (",", "and", "or") or p.upos == "ADJ" or
                p.upos == "PROPN" and p.ner != "E-PERSON"):
            # "Ohio and Iowa, states that vote in March", "Rust Belt states", "Southern
            # states": the plural noun (not "It states that", "The law states", "Judge Ann
            # Lee states": the end of a full name; a lone capitalised word before a cue the
            # annotator may have named a person)
            return True
        if self._parsed(i):
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
        return self._subordinated_subject(c, sub) or sub

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

    def _parse_tree_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of parsed cue word ``c`` from the dependency tree, if any."""
        words = self.words
        quoted = self._quoted_as_saying(c, self._sentence_range(c)[0])
        if quoted is not None:
            return quoted  # "The paper quoted Jane Doe as saying A": the one quoted speaks
        absolute = self._absolute_subject(c) or self._gerund_subject(c) or \
            self._maker_subject(c) or self._charge_subject(c) or \
            self._bare_participle_subject(c) or self._reduced_passive_agent(words[c])
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

    def _own_subject(self, cue: Word,
                     shared: bool = False) -> tuple[bool, tuple[int, int] | None]:
        """(whether ``cue`` has a subject in the parse, the speaker mention it gives); with
        ``shared``, the subject a conjoined verb takes from it, which is a passive one's own
        subject when it has an agent ("X was angered by Y and predicted A": X, not Y)."""
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
        subjects = [w for w in self.W.children(verb)
                    if w.deprel.startswith("nsubj") and self.in_quote[w.i] < 0 and
                    self._plausible_subject(w) and (after or not self._object_after(w, verb)) and
                    not self._past_its_clause(w, verb)]
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

    @staticmethod
    def _object_after(w: Word, cue: Word) -> bool:
        """True for a parse subject ``w`` after a verb that does not invert ("told NPR's
        Jane Doe that ...", "described his intent to lead a party"): the parser's misread
        object or a noun further on, no subject ("said Jane Doe" inverts)."""
        return w.i > cue.i and cue.lemma not in INVERTING_VERBS

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

    def antecedent_of(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """For a relative pronoun mention ("Beck, who has said ..."), the noun it stands for."""
        words = self.words
        a, b = span
        if b - a != 1 or words[a].lower not in ("who", "which", "that", "whom"):
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
                return self.expand_mention(h if name is None else name)
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

    # ------------------------------------------------------- coordinated speakers
    def speaker_conjuncts(self, span: tuple[int, int], cue: tuple[int, int] | None
                          ) -> list[tuple[int, int]] | None:
        """The speakers, first to last, of a statement several made together ("Doe and Roe
        said", "said Sen. Jane Doe and Rep. Tom Roe", "Doe, Roe and Poe wrote"), when the
        mention ``span`` a rule found is one of them or spans them all; None for one speaker.

        Each conjunct is a name, a personal pronoun or a noun phrase of people or of an
        organisation ("the police", "her aides"); not a second role of one person ("the
        businessman and reality star"), a title's own "and" ("Secretary of Health and Human
        Services Ann Lee") or an "and" inside a tagged name ("Center for Economic and Policy
        Research").  A coordination begun before the mention must open its noun phrase
        (at the sentence's start, after a stop or a subordinator: not "talks between Doe and
        Roe"); on a parsed sentence the parse must join the conjuncts by ``conj``.
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
            if parts[0][0] < a and not self._opens_coordination(parts[0][0], s0):
                return None
        named = [self._speaker_conjunct(p) for p in parts]
        if not all(named) and any(words[p[1] - 1].ner.endswith("PERSON") for p in parts):
            # "Holloway and Ostrander said" with only Ostrander known: a surname too
            named = [ok or self._untagged_surname(p) for ok, p in zip(named, parts, strict=True)]
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
        if cue is None or j + 1 >= s1 or words[j].lower != "and":
            return
        np = self._np_forward(j + 1, s1)
        if np is None:
            return
        k = np[1]
        if cue[0] > j:
            while k < cue[0] and words[k].lower in _BETWEEN_CONJUNCTS_AND_CUE:
                k += 1
            if k != cue[0]:
                return
        elif k < s1 and words[k].text not in (".", ",", ";", "!", "?") and \
                words[k].text not in _QUOTE_CHARS:
            return
        parts.append(np)

    def _names_in(self, span: tuple[int, int]) -> bool:
        """True when a word of the span is a name (tagged, or a proper noun), not a title."""
        return any((w.ner != "O" or w.upos == "PROPN") and w.lower not in TITLES and
                   w.lower not in HONORIFICS for w in self.words[span[0]:span[1]])

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
        for p0, p1 in parts:
            h = next((x for x in range(p0, p1) if not p0 <= words[x].head < p1), None)
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
        return any(i == c or self._above(c, i) for i in range(start, end))

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
        if order:
            # 'said X, who said “...”': the cue in the speaker's relative clause governs
            inner = self._relative_cue_of_subject(order[0], order[1:]) or \
                self._subordinate_cue(order[0], order[1:]) or \
                self._absolute_cue(order[0], order[1:]) or \
                self._relative_with_own_subject(order[1:]) or \
                self._inverted_frame_cue(order[0], order[1:])
            if inner is not None:
                order.remove(inner)
                order.insert(0, inner)
        for c in order:
            c = self._leading_report_frame(c, a) or c
            sub = self._participle_past_noun_clause(c, a) or self.syntax_subject(c)
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
        per span: the quotes of a sentence share it)."""
        found = self._quote_cues.get((a, b))
        if found is None:
            # (over the slice's words, not their indices: no lookup of each word twice)
            found = self._quote_cues[a, b] = [
                w.i for w in self.words[a:b]
                if w.lower in _QUOTE_CUE_FORMS or w.lemma in REPORTING_VERBS]
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
            # "X said A as Y left the stage, shouting “...”": a participle in that clause
            if w.lemma in SPEECH_VERBS and w.lower.endswith("ing") and \
                    w.deprel in _PARTICIPLE_RELS and self._above(c, o) and \
                    self._parse_subject(w) is None and \
                    (nearest := self._nearest_clause_subject(o)) is not None and \
                    not (self._parse_subject(words[c]) is not None and
                         nearest == self._syntax_subject(c)):
                return o
        return None

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

    def expand_mention(self, h: int) -> tuple[int, int]:
        """A compact mention around head word ``h``: its name or noun phrase."""
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

    # ------------------------------------------------------------- direct quotes
    def attribute_quote(self, q: QuoteSpan) -> tuple[Attribution, str]:
        """Attribution and kind (direct/mixed) for one quote span, or no speaker."""
        words = self.words
        W = self.W
        first = W.index_at(q.start)
        last = W.index_at(max(q.start, q.end - 1))
        if first >= len(words):
            return Attribution(None, None), "direct"
        last = min(last, len(words) - 1)
        par = W.paragraph_of(q.start)
        s_first = W.sentences[words[first].sent]
        s_last = W.sentences[words[last].sent]
        # the quote's last character, past the closer of a quote nested at its end
        ce = q.content_end
        while ce > q.content_start + 1 and (self.W.text[ce - 1] in _QUOTE_CHARS or
                                            self.W.text[ce - 1].isspace()):
            ce -= 1
        # a quote ending in "!" or "?" may end the tagger's sentence, not the writer's
        runs_on = ce > q.content_start and self.W.text[ce - 1] in ",!?"
        # words after the quote, in its last sentence (up to the next quote)
        after: list[int] = []
        i = last + 1
        end = s_last[1]
        while i < end and i < len(words) and words[i].par == par and len(after) < _WINDOW:
            if self.in_quote[i] >= 0:
                past = self._term_in_frame(i, after, end)
                if past is None:
                    break
                after.extend(range(i, past))  # '“A,” X, wearing “Vote Doe” pins, said'
                i = past
                continue
            after.append(i)
            i += 1
            if i == end and after and self._split_mid_frame(i):
                end = W.sentences[words[i].sent][1]  # '“A,” Sen. Jane Doe (R-Fla.) | said'
        # after a quote that ends its sentence with a full stop, a frame read from the next
        # sentence must be all of it ("“A.” Tom Reed said."), unless it runs on in lower
        # case ("“A.” he said, ...")
        frame_in_next_sentence = False
        if not after and i < len(words) and self.in_quote[i] < 0 and words[i].par == par \
                and words[i].sent != words[last].sent:
            # "...." he said. -- the quote ended its sentence, the cue opens the next
            s = W.sentences[words[i].sent]
            j = i
            # a quote that runs on in "!" or "?" may have its frame cut off by the splitter
            # ("“... today?” Miller, a retired worker, said"): read as far as after a comma
            reach = _AFTER_CUE_WORDS if runs_on else _NEXT_SENTENCE_FRAME_WORDS
            while j < s[1] and self.in_quote[j] < 0 and j - i < reach:
                after.append(j)
                j += 1
            frame_in_next_sentence = words[i].is_capitalised and not runs_on
            if frame_in_next_sentence and j < s[1]:
                after = []  # "“A.” He added, “B.”", "“A.” She said that ...": B's frame
        # '“A,”\n\n(Photo: ...)\n\nhe said.': a comma says the frame follows; a paragraph
        # break that scraped junk left cuts it off, and the frame is all its sentence
        frame_in_next_paragraph = not after and i == last + 1 < len(words) and \
            self.in_quote[i] < 0 and words[i].par != par and self.W.text[ce - 1] == "," and \
            self._frame_sentence_at(i)
        if frame_in_next_paragraph:
            after = list(range(i, W.sentences[words[i].sent][1]))
        before: list[int] = []
        i = first - 1
        while i >= s_first[0] and words[i].par == par and self.in_quote[i] < 0 and \
                len(before) < _WINDOW:
            before.append(i)
            i -= 1
        before.reverse()
        boundary = ce > q.content_start and \
            self.W.text[ce - 1] in ",.!?;:—–-…" or \
            bool(after) and words[after[0]].text in (",", "—", "–", "―", "--", "-", ":", ";")
        # the tagger's errors are read past only right after a quote that ends its clause
        same_sentence = not after or words[after[0]].sent == words[last].sent or runs_on
        cand_after = self._after_pattern(after, runs_on and same_sentence, same_sentence) \
            if boundary else None
        if cand_after is None and after and (after[-1] + 1 == s_last[1] or
                                             words[after[-1]].text in (".", "!", "?")):
            cand_after = self._tail_frame(after)
        if (frame_in_next_sentence or frame_in_next_paragraph) and cand_after is not None and \
                not self._bare_frame(cand_after, after):
            cand_after = None  # "“A.” Cruz says he agrees.": a statement of its own
        if cand_after is not None and self._statement_after_question(ce, after, cand_after):
            cand_after = None  # "“A?” She replied that B.": a statement of its own
        if cand_after is not None and cand_after.reason == "X verb" and self._embedded(before):
            # "When X wrapped up — “...” — the balloons cascaded": a verb that is no cue frames
            # no quote its own sentence already holds in a clause
            cand_after = None
        cand_before = self._before_pattern(before)
        if cand_after is not None and cand_before is not None and \
                self._introduces_quotes(before, after, cand_before[0]):
            cand_after = None  # 'Y responds with, “A?” X writes back, “B”': that frame is B's
        # a name signed before the colon speaks, whatever the parse hangs the quote from
        signed = cand_before is not None and cand_before[0].reason == _SIGNED_LEAD
        if cand_before is not None and cand_after is not None and s_first == s_last and \
                self._double_frame(cand_before[0], cand_after, before, last):
            # 'X said “A,” she said.': a quote framed twice; the lead-in names the speaker
            cand_after, signed = None, True
        if (self._parsed(first) or self._parsed(last)) and not signed:
            syn = self._syntax_quote(q, first, last)
            if syn is not None and self._in_owned_statement(syn, first):
                syn = None
            if syn is not None:
                if cand_after is not None and cand_after.cue == syn.cue:
                    syn = attrs.evolve(syn, speaker=cand_after.speaker)
                elif cand_after is not None and runs_on and same_sentence and \
                        self._closing_frame(cand_after, syn, first, last):
                    # 'Y declared the need: “A,” she said.': the frame that closes the quote
                    # speaks it, whatever clause of the lead-in the parse hung it from
                    syn = attrs.evolve(cand_after, confidence=min(cand_after.confidence, 0.9))
                elif cand_before is not None and self._opening_frame(cand_before[0], syn, first):
                    # 'X said A, though he said, “B”': the frame that leads in the quote
                    syn = cand_before[0]
                cand_after, cand_before = syn, None
        kind = "direct"
        if self._embedded(before):
            kind = "mixed"
        chosen: Attribution | None = None
        if cand_after is not None and (cand_before is None or
                                       cand_after.confidence >= cand_before[0].confidence):
            chosen = cand_after
        elif cand_before is not None:
            chosen = cand_before[0]
        if chosen is None or chosen.reason != "according to X":
            # "“A,” the judge said, according to the Post": the news credits the Post
            cue = chosen.cue if chosen is not None else None
            frame_end = cue[0] if cue is not None and cue[0] > last else last
            chosen = self._according_in_sentence(first, last, cue is not None, frame_end,
                                                 cue[0] if cue is not None else None) or chosen
        if chosen is None:
            return Attribution(None, None), kind
        if chosen.reason in ("X verb:", "X: quote", _SIGNED_LEAD) or \
                chosen.reason == "said X:" and (self._frame_after_quote(chosen) or
                                                self._opening_cue(chosen)):
            # "..., Jane Doe fired back, “...”", "“A,” said X, “B.”": the frame ends the clause
            kind = "direct"
        return self._without_subordinator(chosen), kind

    def _in_owned_statement(self, syn: Attribution, first: int) -> bool:
        """True when the quote at word ``first`` stands in the phrase of a named possessor's
        noun of what was said, after the cue the parse found governing it ("Roe called
        Doe's assertion of a “blanket privilege” reckless"): Doe's words, which the
        cue's subject only judges (see :meth:`statement_noun_owner`)."""
        if syn.cue is None or syn.cue[0] >= first:
            return False
        owner = self.statement_noun_owner(first)
        return owner is not None and syn.cue[0] < owner[0] and \
            not self.words[owner[0]].is_pronoun

    def _frame_sentence_at(self, i: int) -> bool:
        """True when word ``i`` opens a short sentence that ends in a full stop and holds no
        quote: the only kind a frame cut off from its quote by a paragraph break can be."""
        start, end = self.W.sentences[self.words[i].sent]
        return start == i and end - i <= _NEXT_SENTENCE_FRAME_WORDS + 4 and \
            self.words[end - 1].text == "." and \
            all(self.in_quote[j] < 0 for j in range(i, end))

    def _double_frame(self, lead: Attribution, tail: Attribution, before: list[int],
                      last: int) -> bool:
        """True when a quote has a frame on each side in one sentence: a subject and its
        speech cue right before its opening mark (past a comma or colon) and a subject with a
        plain speech cue right after it ("Asked about it, X said “A,” she said.", "he warned,
        “A,” X told NBC"); not "X said A but added, “B,” X said", whose lead-in is no clause
        of its own."""
        words = self.words
        if lead.cue is None or lead.speaker is None or tail.cue is None or \
                tail.speaker is None or not before or tail.speaker[0] <= last or \
                tail.cue[0] < tail.speaker[1] or tail.cue[0] - last > _NAME_WORDS + 2:
            return False
        if words[tail.cue[0]].lower not in _PLAIN_SPEECH_FORMS:
            return False  # "X said: “A,” the Times reported": the outlet relays it
        k = before[-1]
        if words[k].text in (",", ":"):
            k -= 1
        return k == lead.cue[1] - 1 and _direct_cue(words[k]) and \
            words[k].lemma in SPEECH_VERBS and lead.speaker[1] == lead.cue[0] and \
            self.is_named_or_pronoun(lead.speaker) and words[lead.speaker[0]].lower != "it" \
            and not self._embedded(before) and self._opens_clause_at(lead.speaker[0])

    def _opens_clause_at(self, j: int) -> bool:
        """True when word ``j`` opens its sentence or follows punctuation or a conjunction
        ("Asked about it, X said", "but he said"), not a word of the clause before
        ("Nothing the president said")."""
        words = self.words
        return j == 0 or words[j - 1].sent != words[j].sent or words[j - 1].is_punct or \
            words[j - 1].upos == "CCONJ"

    def _without_subordinator(self, att: Attribution) -> Attribution:
        """``att`` with a subordinator that opens its speaker left out ("as Rubio has said",
        "As the Post reported": "Rubio", "the Post"); not "as many as 40 voters"."""
        words = self.words
        sp = att.speaker
        if sp is None or sp[1] - sp[0] < 2 or words[sp[0]].lower not in _LEAD_SUBORDINATORS or \
                words[sp[0]].ner != "O" or self._past_approximation(sp[0], sp[1]) > sp[0]:
            return att
        return attrs.evolve(att, speaker=(sp[0] + 1, sp[1]))

    def _statement_after_question(self, ce: int, after: list[int], att: Attribution) -> bool:
        """True when a quote ends in "?" or "!" (its content ending at ``ce``) and the words
        ``after`` it open a new sentence, in upper case, whose cue ``att`` takes a
        that-clause of its own ("“A?” She replied to him that B."): a report, no frame."""
        words = self.words
        if self.W.text[ce - 1] not in "!?" or att.cue is None or not after or \
                not words[after[0]].is_capitalised or att.cue[0] < after[0]:
            return False
        k = att.cue[1]
        if att.addressee is not None and att.addressee[0] >= k:
            k = att.addressee[1]  # "told the mayor that"
        elif k in after and words[k].lower == "to":
            # "replied to the mayor that", "replied to him that" (an object pronoun)
            k = (self._np_forward(k + 1, after[-1] + 1) or (k + 1, k + 2))[1]
        elif k in after and words[k].is_pronoun and words[k].lower != "that":
            k += 1  # "told him that"
        return k in after and words[k].lower == "that"

    def _introduces_quotes(self, before: list[int], after: list[int], lead: Attribution) -> bool:
        """True when the frame ``lead`` on the words ``before`` a quote introduces it with a
        comma or colon and the words ``after`` it introduce the next quote the same way
        ("Y responds with, “A?” X writes back, “B”"): each frame speaks its own quote; not
        when a participle cue there leads on ("“A,” he said, adding, “B”": "he said" is A's)."""
        words = self.words
        if lead.cue is None or not before or not after or \
                words[before[-1]].text not in (",", ":") or words[after[-1]].text not in (",", ":"):
            return False
        if any(_direct_cue(words[x]) and words[x].lower.endswith("ing") for x in after):
            return False
        nxt = after[-1] + 1
        return nxt < len(words) and self.in_quote[nxt] >= 0 and \
            words[nxt].par == words[after[-1]].par

    def _term_in_frame(self, i: int, after: list[int], end: int) -> int | None:
        """The word after a short quoted term that opens at word ``i`` inside a phrase set
        off by a comma in the frame ``after`` a quote, before ``end`` ('“A,” X, wearing a
        hat and “Vote Doe” pins, said'), or None when the quote is more speech."""
        words, text = self.words, self.W.text
        q = self.spans[self.in_quote[i]]
        if not any(words[x].text == "," for x in after[1:]) or \
                len(text[q.content_start:q.content_end].split()) > _TERM_WORDS or \
                text[q.content_start:q.content_end].rstrip()[-1:] in _CLAUSE_END_MARKS:
            return None
        j = i
        while j < end and self.in_quote[j] >= 0:
            j += 1
        if j >= end or words[j].is_punct or words[j].par != words[i].par:
            return None
        return j

    def _according_in_sentence(self, first: int, last: int, framed: bool = False,
                               frame_end: int | None = None, cue: int | None = None
                               ) -> Attribution | None:
        """The source of an "according to X" outside quotes in the sentences of the quote on
        words [first, last] and of its cue at word ``frame_end`` (the splitter may cut
        '“... mean?” she asked, according to X' after the "?"): the one the news credits
        with the quote, over a speaker it reports ("“A,” she said, according to the Post";
        "According to X, Y praised “...”").  "As X put it" credits a quote with no cue of
        its own (``framed`` False): "As X put it, Y wants “...”", not "Y pledged “...”, as
        she put it"; a participle ``cue`` of the "as" clause is none ("As X put it in a
        memo explaining the deal, “...”"), and a phrase between the ``cue`` and the quote is
        part of the statement ("X said that according to its count, A won but “B”")."""
        words = self.words
        end = max(last, frame_end if frame_end is not None else last)
        a = max(self._sentence_range(first)[0], first - _WINDOW)
        b = min(self._sentence_range(end)[1], last + _WINDOW)
        for i in range(a, b - 2):
            if words[i].text != "," and words[i].lower not in _SOURCE_PHRASE_OPENERS:
                continue  # opens neither a source phrase nor a closing report frame
            if self.in_quote[i] >= 0 and framed and i > end and words[i].text == ",":
                # '“A,” X said on the show “Y,” CNN reported.': a title's comma sets it off
                report = self._closing_report(i, b)
                if report is not None:
                    return Attribution(report[0], report[1], None, 0.85, "according to X")
            if self.in_quote[i] < 0 and words[i].par == words[first].par:
                found = self._source_phrase(i, b)
                if found is not None and framed and words[i].lower == "as" and \
                        not self._participle_of_phrase(cue, found[1][1], first):
                    continue
                if found is not None and cue is not None and cue < i < first:
                    continue  # 'X said that according to its count, A won but “B”': X's words
                if found is None and framed and i > end:
                    found = self._closing_report(i, b)  # '“A,” X said, CNN reported.'
                    if found is not None:
                        return Attribution(found[0], found[1], None, 0.85, "according to X")
                if found is not None and (words[i].lower in ("according", "as", "per") or
                                          words[i].lower == "in" and i == self._skip_opening(
                                              self._sentence_range(i)[0], i) or
                                          self._next_to((min(found[0][0], found[1][0]),
                                                         max(found[0][1], found[1][1])),
                                                        first, last)):
                    # "In the words of X, the valley is “A”": the frame opens the sentence
                    return Attribution(found[0], found[1], None, 0.85, "according to X")
        return None

    def _next_to(self, span: tuple[int, int], first: int, last: int) -> bool:
        """True when only punctuation stands between the words ``span`` and the quote on
        words [first, last] ("in X's words, “A”", "“A,” in the words of X")."""
        gap = range(span[1], first) if span[1] <= first else range(last + 1, span[0])
        return all(self.words[x].is_punct for x in gap)

    def _source_per(self, i: int, b: int) -> bool:
        """True for a "per" at word ``i`` that a source follows ("Per a former employee,",
        "Per the filing,", "Per CNN,"), not a rate or a Latin phrase ("per share", "per
        capita"); whether it opens its clause, as a source "per" must, the caller checks."""
        words = self.words
        if i + 2 >= b or words[i + 1].lower in _LATIN_PER or self.in_quote[i] >= 0:
            return False
        nxt = words[i + 1]
        return nxt.upos in ("DET", "PROPN") or nxt.is_capitalised and i + 1 != \
            self._sentence_range(i)[0] or nxt.lower in _PERSONAL_POSSESSIVES

    def _source_phrase(self, i: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(source, cue) of a phrase at word ``i`` that names whose words the sentence
        gives, before word ``b``: "according to X", "in the words of X", "in X's words",
        "as X put it"; None unless the word is one of ``_SOURCE_PHRASE_OPENERS``."""
        words = self.words
        if words[i].lower == "according" and words[i + 1].lower == "to":
            np = self._according_source(i + 2, b)
            return (np, (i, i + 2)) if np is not None else None
        if words[i].lower == "per":
            if not self._source_per(i, b) or \
                    self._skip_opening(self._sentence_range(i)[0], i) != i:
                return None
            np = self._according_source(i + 1, b)
            return (np, (i, i + 1)) if np is not None else None
        if words[i].lower == "as":
            np = self._np_forward(i + 1, b)
            if np is None and words[i + 1].lower in _PERSONAL_POSSESSIVES:
                # "as my neighbour put it" in a letter or a column
                noun = self._np_forward(i + 2, b)
                np = (i + 1, noun[1]) if noun is not None else None
            np = self._with_apposition(np, b) if np is not None else None
            v = np[1] + (words[np[1]].text == ",") if np is not None else b
            if np is not None and v > np[1] and v < b and words[v].lower not in _PUT_FORMS and \
                    self._names_person(np):
                # "as Tom Reed, a former mayor, put it": past the role set off after the name
                role = self._np_forward(v, b)
                if role is not None and role[1] + 1 < b and words[role[1]].text == ",":
                    v = role[1] + 1
            if np is None or np[0] != i + 1 or v + 1 >= b or \
                    words[v].lower not in _PUT_FORMS or words[v + 1].lower != "it":
                return None
            return np, (v, v + 2)
        if words[i].lower != "in":
            return None
        if i + 4 < b and [w.lower for w in words[i + 1:i + 4]] == ["the", "words", "of"]:
            np = self._np_forward(i + 4, b)
            # "in the words of its officer, Ann Roe,": the name set off after the role too
            return (self._with_apposition(np, b), (i, i + 4)) if np is not None else None
        k = next((x for x in range(i + 2, min(b - 1, i + 2 + _NAME_WORDS))
                  if _possessive_mark(words[x])), None)
        if k is None or words[k + 1].lower != "words" or self.in_quote[k + 1] >= 0:
            return None
        np = self._possessor(k, i + 1)  # "in Jane Doe's words"
        return (np, (i, k + 2)) if np is not None and np[0] == i + 1 else None

    def _closing_report(self, i: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(source, cue) of a report frame that a comma at word ``i`` sets off at the end of
        its sentence (before ``b``): ", CNN reported.", ", reports the Daily News.", ", the
        Daily News first reported." (a tagger may read "reports" as a noun of the name)."""
        words = self.words
        if words[i].text != "," or i + 2 >= b:
            return None
        stop = b - 1 if words[b - 1].text == "." else b
        if words[i + 1].text in _QUOTE_CHARS:
            i += 1  # '..., “The Show,” CNN reported.': past the mark that closes a title
        if words[i + 1].lower in _REPORT_FORMS:
            np = self._np_forward(i + 2, stop)
            return (np, (i + 1, i + 2)) if np is not None and np[1] == stop else None
        np = self._np_forward(i + 1, stop)
        if np is None or words[stop - 1].lower not in _REPORT_FORMS:
            return None
        if np[1] == stop and np[1] - np[0] > 1:
            return (np[0], stop - 1), (stop - 1, stop)  # "the Daily News reports" as one noun
        if np[1] + 2 == stop and words[np[1]].upos == "ADV" or np[1] + 1 == stop:
            return np, (stop - 1, stop)  # "first reported"
        return None

    def _participle_of_phrase(self, cue: int | None, k: int, first: int) -> bool:
        """True when ``cue`` is a participle between the end ``k`` of a source phrase and
        the quote at word ``first``, with no comma before it: a modifier inside the phrase
        ("As X put it in a memo explaining the deal, “...”"), not the quote's own frame."""
        words = self.words
        return cue is not None and k <= cue < first and words[cue].lower.endswith("ing") and \
            not any(words[x].text == "," for x in range(k, cue))

    def _with_apposition(self, np: tuple[int, int], b: int) -> tuple[int, int]:
        """``np`` widened over the name set off by commas after it, before ``b`` ("the
        group's chief, Jane Doe,"), the closing comma left out; ``np`` when none follows."""
        words = self.words
        if np[1] + 1 >= b or words[np[1]].text != ",":
            return np
        name = self._np_forward(np[1] + 1, b)
        if name is None or name[1] >= b or words[name[1]].text != "," or \
                not self._names_person(name):
            return np
        return np[0], name[1]

    def _split_mid_frame(self, i: int) -> bool:
        """True when word ``i`` opens a sentence that the splitter cut off from the one
        before it in mid-frame: it starts in lower case ("(R-Fla.) said Saturday")."""
        words = self.words
        return i < len(words) and self.in_quote[i] < 0 and words[i].text[:1].islower() and \
            words[i].par == words[i - 1].par

    def _closing_frame(self, after: Attribution, syn: Attribution, first: int, last: int) -> bool:
        """True when the surface frame right after a quote ("“A,” she said") should win
        over a cue that the parse found governing it: one before the quote, or one further
        on ("“A,” she said, but “B,” said Y", "“A,” X said, after Y said ...")."""
        words = self.words
        if syn.cue is None or after.cue is None or after.speaker is None or \
                first <= syn.cue[0] <= after.cue[0] or \
                after.reason not in ("X said (parse)", "X said", "said X"):
            return False
        k = last + 1
        while k < len(words) and (words[k].is_punct or words[k].lower in HONORIFICS):
            k += 1  # "''A,'' Mr. Doe said": the mention leaves the honorific out
        # the frame opens right after the quote: not "“A,” and he vowed", "“A,” while X
        # said"
        if k not in (after.speaker[0], after.cue[0]):
            return False
        cue = words[after.cue[0]]
        if cue.i + 1 < len(words) and words[cue.i + 1].text == ":":
            return False  # "After X said “A,” Y said: “B”": Y's frame leads in B
        # "“A,” Y argues the plan will work": a statement of its own, no closing frame
        return cue.lemma in SPEECH_VERBS and \
            not any(x.deprel == "ccomp" and x.i > cue.i for x in self.W.children(cue))

    def _opening_frame(self, lead: Attribution, syn: Attribution, first: int) -> bool:
        """True when the surface frame that leads in a quote, right before it ("..., he
        said, “A”"), should win over a cue further before that the parse found governing it
        ("X said A, though he said, “B”", "X was asked Y, and he said, “B”")."""
        words = self.words
        if syn.cue is None or lead.cue is None or lead.speaker is None or \
                not syn.cue[0] < lead.cue[0] < first or \
                lead.reason not in ("X said: (parse)", "X said:"):
            return False
        cue = words[lead.cue[0]]
        # (or a crowd's cry: 'He said, “A” - at which point the crowd chanted “B!” - “C”':
        # the crowd's, whatever the parse hangs B from; but not a text's "which reads")
        if cue.lemma not in SPEECH_VERBS and cue.lemma not in _CRY_VERBS or \
                cue.head == syn.cue[0] and \
                cue.deprel in ("ccomp", "xcomp") or \
                not all(words[k].is_punct for k in range(cue.i + 1, first)):
            return False  # not "X said he responded: “...”", a report of X's
        # its own subject leads in the quote: not "X said A but added, “...”"
        sub = self._parse_subject(cue, after=False)
        return sub is not None and sub.i < cue.i and lead.speaker[0] <= sub.i < lead.speaker[1]

    def _embedded(self, before: list[int]) -> bool:
        """True when the words before a quote leave it inside a clause (a mixed quote)."""
        words = self.words
        seq = [i for i in before if not words[i].is_punct or words[i].text in (":", ",")]
        while seq and words[seq[-1]].text == ",":
            seq.pop()
        seq = [i for i in self._without_quote_formula(seq) if words[i].text != ","]
        while seq and self._clock_time(words[seq[0]]):
            seq.pop(0)  # '14:20 “A,” X tells MPs.': the time stamp of a live blog's entry
        if not seq:
            return False
        if words[seq[-1]].text == ":" or self._opening_put_it(seq) or \
                self._opening_according(seq) or self._opening_as_told(seq):
            return False
        last = words[seq[-1]]
        if is_cue_word(last) or _direct_cue(last) or \
                last.lower == "that" and len(seq) > 1 and is_cue_word(words[seq[-2]]):
            return last.lower == "that"
        # "X told Y, “...”": the addressee ends the frame
        for j in range(len(seq) - 1, -1, -1):
            if is_cue_word(words[seq[j]]):
                ad = self._addressee(seq[j], seq[-1] + 1)
                if ad is not None and self._past_time_phrase(ad[1], seq[-1] + 1) - 1 == seq[-1] \
                        and before and words[before[-1]].is_punct:  # "X told CNN last year:"
                    return False
                break
        return True

    def _opening_put_it(self, seq: list[int]) -> bool:
        """True when the words ``seq`` before a quote are only "As X put it" after a
        conjunction ("But as one voter put it, “...”"): the frame of a whole sentence."""
        words = self.words
        if len(seq) < 4 or words[seq[-1]].lower != "it" or words[seq[-2]].lower not in _PUT_FORMS:
            return False
        k = 0
        while k < len(seq) and words[seq[k]].lower in ("but", "and", "so", "yet"):
            k += 1
        return k < len(seq) and words[seq[k]].lower == "as"

    def _opening_as_told(self, seq: list[int]) -> bool:
        """True when the words ``seq`` before a quote are only "As X said" or "As X told Y
        [last year]" opening the sentence ("As the planner Omar Reyes told me last year,
        “...”"): the frame of a whole sentence, as "As X put it" is."""
        words = self.words
        if len(seq) < 3 or words[seq[0]].lower != "as":
            return False
        end = seq[-1] + 1
        for j in range(len(seq) - 1, 0, -1):
            cue = words[seq[j]]
            if not (is_cue_word(cue) and cue.lemma in SPEECH_VERBS):
                continue
            np = self._np_forward(seq[1], seq[j])
            if np is None or np[1] != seq[j]:
                return False
            if j == len(seq) - 1:
                return True
            ad = self._addressee(seq[j], end)
            rest = seq[j] + 1 if ad is None else ad[1]
            if ad is None and words[rest].lower in _OBJECT_PRONOUNS:
                rest += 1  # "As X told me last year"
            return rest == end or self._past_time_phrase(rest, end) == end
        return False

    def _opening_according(self, seq: list[int]) -> bool:
        """True when the words ``seq`` before a quote are only "According to X" opening the
        sentence ("According to him, “...”", common in Nigerian news): the frame of a whole
        sentence, a direct quote."""
        words = self.words
        if len(seq) < 3 or words[seq[0]].text != "According" or words[seq[1]].lower != "to":
            return False
        np = self._according_source(seq[2], seq[-1] + 1)
        return np is not None and np[1] == seq[-1] + 1

    def _tail_frame(self, after: list[int]) -> Attribution | None:
        """The frame that closes the sentence after a quote with no boundary of its own:
        "“A” if she lost, said X." / "“A” Grubbs said." (the quote runs on into the clause)."""
        words = self.words
        commas = [k for k, i in enumerate(after) if words[i].text == ","]
        # the last clause first; then one that a comma opens and a set-off phrase closes
        # ("“A” but B, says X, a consultant in Y, Va."); without a comma, only a bare frame
        # ("“A” as examples of X's comments about Y": no frame); last, the whole of it
        # ("“A” said X, a spokesman.")
        for c in [*reversed(commas), *([0] if not commas or commas[0] else [])]:
            tail = after[c:]
            if len(tail) > _AFTER_CUE_WORDS:
                return None
            att = self._after_pattern(tail)
            if att is None or att.reason not in ("said X", "X said", "X said (parse)") or \
                    att.cue is None or att.reason == "X said (parse)" and \
                    not self._opens_tail(att, tail):
                continue
            # a phrase after the cue needs a comma before the frame or a cue that is no
            # noun ("“A” X said after an event", not "“A” as X's comments about Y", "“A”
            # TV show, which ...")
            phrases = words[tail[0]].text == "," or _plain_speech_verb(words[att.cue[0]])
            if self._bare_frame(att, tail, phrases) or phrases and self._adjunct_frame(att, tail):
                return attrs.evolve(att, confidence=att.confidence - 0.1)
        return None

    def _opens_tail(self, att: Attribution, tail: list[int]) -> bool:
        """True when the speaker the parse found for a tail frame stands in the noun phrase
        that opens ``tail`` ("“A” the paper's editor Jo Hale responded"), as the surface
        "X said" reads it; not a subject further on ("“A” standard that the court set",
        "“A” compared to 24 percent who said otherwise")."""
        words = self.words
        first = next((i for i in tail if not words[i].is_punct), None)
        if first is None or att.speaker is None:
            return False
        np = self._np_forward(first, tail[-1] + 1)
        return np is not None and np[0] <= att.speaker[0] < np[1]

    def _adjunct_frame(self, att: Attribution, frame: list[int]) -> bool:
        """True when the speaker of ``att`` is a name, a pronoun or a role, and the words of
        ``frame`` past its cue and speaker are set off by a comma (", whose group ...", ", a
        lawyer") or are prepositional phrases ("wrote in a court filing."), not a clause."""
        words = self.words
        if att.cue is None or att.speaker is None or not self.is_named_or_pronoun(att.speaker):
            return False  # '“poison pill” measures added by Republicans': no speaker
        end = max(att.cue[1], att.speaker[1])
        if end in frame and words[end].text == ",":
            return True
        in_phrase = False
        for i in (x for x in frame if x >= end and not words[x].is_punct):
            w = words[i]
            if w.upos == "ADP" and w.lower != "that":
                in_phrase = True
            elif not (w.lower in _CUE_ADJUNCTS or w.upos == "ADV" or
                      in_phrase and (_nounish(w) or w.lower.endswith("ing"))):
                return False
        return True

    def closing_frame(self, q: QuoteSpan) -> Attribution | None:
        """The bare frame that closes quote ``q`` in its sentence ("“A,” he claimed.",
        "“A,” said X on Monday."), when the quote runs on into it with a comma, "?" or "!"."""
        words = self.words
        if self.W.text[q.content_end - 1:q.content_end] not in (",", "?", "!"):
            return None
        last = self.W.index_at(max(q.start, q.end - 1))
        if last + 1 >= len(words):
            return None
        _, end = self.W.sentences[words[last].sent]
        frame: list[int] = []
        for i in range(last + 1, min(end, last + 1 + _WINDOW)):
            if self.in_quote[i] >= 0 or words[i].text == ":":
                return None  # 'A, X said: “B”': the frame leads into the next quote
            if words[i].text == ";" or words[i].text in _DASHES and frame:
                break  # '“B,” she said - and charged ...': the frame between dashes
            if words[i].text == "," and frame and i + 1 < end and \
                    (words[i + 1].lower in _LEAD_SUBORDINATORS | _CLAUSE_RELATIVES or
                     self._participle_phrase_at(i + 1, end) or
                     i + 2 < end and words[i + 1].lower == "according" and
                     words[i + 2].lower == "to") and \
                    any(_direct_cue(words[x]) for x in frame):
                # '“B,” she said, as Reed went on', '“B,” X wrote in a memo, which the
                # Sun reported', '“B,” X said, explaining the decision': a clause of its
                # own after the frame (before its cue: 'X, who was polled, said')
                break
            frame.append(i)
        att = self._after_pattern(frame)
        if att is None or att.reason not in ("X said", "said X", "X said (parse)") or \
                not self._bare_frame(att, frame, told_too=True):
            return None
        return att

    def _reduced_relative_subject(self, np: tuple[int, int] | None, limit: int,
                                  c: int) -> tuple[int, int] | None:
        """The noun phrase that opens a frame when only a past participle and a day come
        between it and cue ``c`` ("“A,” a statement issued Tuesday said", "the ruling
        released on Friday said"): a reduced relative clause on the speaker, which the
        subject rules read as a verb of its own."""
        words = self.words
        if np is None or np[0] != limit or np[1] + 1 >= c or \
                words[np[1] - 1].upos not in ("NOUN", "PROPN") or \
                not any(words[x].text == "," for x in range(max(0, limit - 2), limit)):
            return None  # only after a quote that runs on into its frame: '“A,” the ...'
        v = words[np[1]]
        if v.upos != "VERB" or not v.lower.endswith(("ed", "en")) or _direct_cue(v):
            return None
        rest = [words[x].lower for x in range(np[1] + 1, c)]
        if rest[:1] == ["on"]:
            rest = rest[1:]
        if rest[:1] in (["last"], ["this"]) and len(rest) == 2 and \
                rest[1] in _TIME_NOUNS | _TIME_PERIODS:
            return np
        return np if len(rest) == 1 and rest[0] in _WEEKDAYS else None

    def _participle_phrase_at(self, i: int, end: int) -> bool:
        """True for a verb in -ing at word ``i``, or after adverbs or a degree word there,
        before ``end`` ("..., explaining the decision", "..., half joking")."""
        words = self.words
        while i + 1 < end and (words[i].upos == "ADV" or words[i].lower in _DEGREE_WORDS):
            i += 1
        return words[i].upos == "VERB" and words[i].lower.endswith("ing")

    def _bare_frame(self, att: Attribution, frame: list[int], phrases: bool = True,
                    told_too: bool = False) -> bool:
        """True when the words of ``frame`` past the cue and speaker are only adjuncts
        ("said X on Monday.", with ``phrases`` "wrote in the email"; with ``told_too`` the
        one told: "X told a committee"), not a clause or a quote of their own ("X added
        that ...")."""
        words = self.words
        if att.cue is None or att.speaker is None or \
                att.cue[1] < len(words) and words[att.cue[1]].lower == "by":
            return False  # "measures added by Republicans": a passive, no frame
        apposition = self._inverted_apposition(att, frame)
        told = range(*att.addressee) if told_too and att.addressee is not None else range(0)
        rest = [i for i in frame if i >= att.cue[1] and not words[i].is_punct and
                not (att.speaker[0] <= i < att.speaker[1]) and i not in apposition and
                i not in told]
        return len(rest) <= 8 and all(words[i].lower in _CUE_ADJUNCTS or words[i].is_capitalised or
                                      words[i].upos in ("ADP", "NUM", "DET", "ADV") and
                                      words[i].lower != "that" or
                                      phrases and self._in_phrase(i, rest) for i in rest)

    def _inverted_apposition(self, att: Attribution, frame: list[int]) -> range:
        """The words of a noun phrase set off by a comma right after the speaker of an
        inverted frame ("said X, a co-chairman of the caucus", up to the frame's end or
        next comma): the speaker's apposition, no clause; an empty range otherwise."""
        words = self.words
        sp = att.speaker
        if att.cue is None or sp is None or sp[0] < att.cue[1] or sp[1] not in frame or \
                words[sp[1]].text != ",":
            return range(0)
        stop = next((x for x in frame if x > sp[1] and words[x].text == ","), frame[-1] + 1)
        np = self._np_forward(sp[1] + 1, stop)
        return range(sp[1] + 1, stop) if np is not None and np[1] == stop else range(0)

    def _in_phrase(self, i: int, rest: list[int]) -> bool:
        """True when word ``i`` is a noun or adjective of a prepositional phrase that opens
        among the words ``rest`` after a frame's cue ("said in a statement", "wrote in the
        email"): an adjunct, not an object or a clause."""
        words = self.words
        if words[i].upos not in ("NOUN", "ADJ", "PRON") and not _possessive_mark(words[i]):
            return False
        k = rest.index(i) - 1
        # "after the court's action", "in the North Carolina case"
        while k >= 0 and (words[rest[k]].upos in ("DET", "ADJ", "NOUN", "PROPN", "PRON") or
                          _possessive_mark(words[rest[k]])):
            k -= 1
        return k >= 0 and words[rest[k]].upos == "ADP" and words[rest[k]].lower != "that"

    def reporter_over_thought(self, att: Attribution) -> Attribution | None:
        """The speaker whose verb of speech reports the clause that holds ``att``'s cue, a
        verb of thought or of data with a parse ("Jane Roe argues that polls show voters
        think the town is on the “wrong track”", "Doe recalled that listeners, who
        wondered if “...”, ..."): a mind or a poll utters no words, so the quoted words
        are the reporter's; None when no verb of speech takes the cue's clause as its
        complement within a few heads, or for a cue of speech itself."""
        cue = att.cue
        if cue is None or not self._parsed(cue[0]):
            return None
        words = self.words
        w = words[cue[0]]
        if w.lemma in SPEECH_VERBS or not (w.lemma in THOUGHT_VERBS or w.lemma in _DATA_CUES):
            return None
        k, steps, complement = cue[0], 0, False
        while words[k].head >= 0 and steps < 8:
            complement = complement or words[k].deprel in ("ccomp", "parataxis")
            k = words[k].head
            steps += 1
            v = words[k]
            if complement and v.upos == "VERB" and v.lemma in SPEECH_VERBS:
                sub = self.syntax_subject(k)
                if sub is None or self.in_quote[sub[0]] >= 0 or \
                        not self.is_named_or_pronoun(sub):
                    return None
                return Attribution(sub, (k, k + 1), None, att.confidence, att.reason)
        return None

    def _reporter_of_relative_cue(self, i: int, sub: tuple[int, int],
                                  limit: int) -> tuple[int, int] | None:
        """The subject of the speech verb whose reported clause holds the noun that parsed
        cue ``i`` describes in a relative clause with "that" or "which" as its subject
        ("Jane Roe said the town lost a voice that said “...”"): the one who reports the
        words, as the parse's outermost cue is (:meth:`_syntax_quote`) and as the model-free
        path reads it; None when no verb of speech takes that clause as its complement
        ("Last spring the town lost a voice that said “...”": the voice's words)."""
        words = self.words
        w = words[i]
        if sub[1] - sub[0] != 1 or words[sub[0]].lower not in ("that", "which") or \
                not w.deprel.startswith("acl") or w.head < limit:
            return None
        k, steps, complement = w.head, 0, False
        while words[k].head >= limit and steps < 8:
            complement = complement or words[k].deprel in ("ccomp", "parataxis")
            k = words[k].head
            steps += 1
            v = words[k]
            if complement and v.lemma in SPEECH_VERBS and v.upos == "VERB":
                outer = self.syntax_subject(k)
                if outer is not None and outer[0] >= limit and \
                        self.is_named_or_pronoun(outer):
                    return outer
                return None
        return None

    def _relative_on_noun_after(self, i: int, limit: int) -> bool:
        """True when parsed cue ``i`` heads a relative clause with a subject of its own on a
        noun after ``limit``, the first word after a quote ("“A!” Her father worried that
        voters skip the news they read"): a clause of the writer's sentence, no frame."""
        words = self.words
        w = words[i]
        if w.deprel != "acl:relcl" or not limit <= w.head < i:
            return False
        noun = words[w.head]
        if not limit <= noun.head < noun.i or words[noun.head].upos != "VERB":
            return False  # '“A” the paper's editor Jo Hale responded': no verb takes it
        sub = self._parse_subject(w, after=False)
        return sub is not None and w.head < sub.i and sub.lower not in _RELATIVES

    def _after_pattern(self, after: list[int], loose: bool = False,
                       same_sentence: bool = True) -> Attribution | None:
        """The frame after a quote: "said X", "X said", "according to X", "X beamed".

        ``loose`` reads past tagger errors ("Bennett shot back"); ``same_sentence`` is
        False when the words come from the sentence after the quote's.
        """
        words = self.words
        seq = [i for i in after]
        # drop leading punctuation (", " / "— ")
        while seq and words[seq[0]].is_punct:
            seq.pop(0)
        if not seq or words[seq[0]].lower in ("and", "but"):
            return None  # 'Y called it “A,” and I agree': a clause of its own, no frame
        limit = seq[0]
        end = seq[-1] + 1
        w0 = words[seq[0]]
        # "said X" (inverted); never a participle ('“A,” noting the slump in China': its
        # object, whose speaker is the clause's subject)
        if not w0.lower.endswith("ing") and (
                is_cue_word(w0) and w0.lemma in INVERTING_VERBS or
                w0.lower in QUOTE_ONLY_FORMS and _direct_cue(w0)):  # "“A,” read one"
            np = self._np_forward(seq[0] + 1, end) or self._participle_title(seq[0] + 1, end)
            if np is not None and np[1] - np[0] == 1 and words[np[0]].upos in ("DET", "NUM"):
                title = self._participle_title(np[1], end)  # "said one unaligned strategist"
                np = (np[0], title[1]) if title is not None else np
            if np is not None and np[1] - np[0] > 1 and words[np[1] - 1].lower in _RELATIVES:
                np = np[0], np[1] - 1  # "said one owner of a shop [that] sells shoes"
            if np is not None:
                # "said Jane Doe [as] she left": a subordinator the tagger took for a noun
                np = np[0], next((x for x in range(np[0] + 1, np[1])
                                  if words[x].lower in _LEAD_SUBORDINATORS and
                                  not words[x].is_capitalised), np[1])
            if np is not None and self._opens_clause(np, end):
                np = None  # "“reckless,” said the council would vote": a clause, not its speaker
            if np is not None:
                conf = 0.93 if not words[np[0]].is_pronoun else 0.85
                return Attribution(np, (seq[0], seq[0] + 1), self._addressee(seq[0], end),
                                   conf, "said X")
        # "“A,” shot back Jane Doe": a phrasal cue of a retort inverts as "said" does
        if len(seq) > 2 and w0.lower in _PHRASAL_CUES.get(words[seq[1]].lower, ()):
            np = self._np_forward(seq[1] + 1, end)
            if np is not None and np[0] == seq[2] and self.is_named_or_pronoun(np) and \
                    not self._opens_clause(np, end):
                return Attribution(np, (seq[0], seq[1] + 1), None, 0.85, "said X")
        # "“A,” came shouts from the crowd": the source after "from"
        came = self._came_from(seq[0], end)
        if came is not None:
            return Attribution(came, (seq[0], seq[0] + 1), None, 0.8, "said X")
        # "according to X"
        if w0.lower == "according" and len(seq) > 2 and words[seq[1]].lower == "to":
            np = self._according_source(seq[2], end)
            if np is not None:
                return Attribution(np, (seq[0], seq[1] + 1), None, 0.9, "according to X")
        # "X said" within the first words (past an apposition: "X, a lawyer for Y, said")
        first_np = self._np_forward(limit, end)
        # a name set off by a comma may take a long apposition before its cue ("“A,” X, the
        # frontrunner nationally and polling leader in the state by a wide margin, said")
        set_off = first_np is not None and first_np[1] < end and \
            words[first_np[1]].text == "," and self.is_named_or_pronoun(first_np)
        # "“A,” the assailant, John Doe, told ...": a role set off before the name
        named_after = self._name_set_off_after(first_np, end) if not set_off else None
        set_off = set_off or named_after is not None
        for i in seq[:_WINDOW if set_off else _AFTER_CUE_WORDS]:
            w = words[i]
            if self.in_quote[i] >= 0:
                continue  # a quoted term in the frame (see :meth:`_term_in_frame`)
            if self._concessive_said(i):
                break  # '“A.” (That said, she noted, “B.”)': an adverbial, no frame
            if _direct_cue(w):
                if self._set_off_relative_cue(i, limit):
                    continue  # "“A,” X, who has proposed B, said": the apposition's cue
                if self._parsed(i) and self._relative_on_noun_after(i, limit):
                    continue  # '“A!” Her father worried voters skip the news they read'
                if self._parsed(i):
                    sub = self.syntax_subject(i)
                    if sub is not None and limit <= sub[0] <= i + 4:
                        return Attribution(sub, (i, i + 1), self._addressee(i, end),
                                           0.95, "X said (parse)")
                verb = self._verb_before_gerund(i, limit)
                # "“A,” she recounted telling them": the subject of the verb the cue is the
                # object of
                np, how = self._subject_of_cue(i if verb is None else verb, limit)
                if np is not None and verb is None and w.lower.endswith("ing") and \
                        not self._speaks(np):
                    # '“A,” a nod to the mayor acknowledging that ...': a participle that
                    # modifies a thing set after the quote, no frame of it
                    break
                if np is not None and np[0] == limit or (np is not None and how == "apposition"):
                    conf = 0.92 if how == "subject" else 0.85
                    return Attribution(np, (i, i + 1), self._addressee(i, end), conf, "X said")
                if np is not None and np == named_after:
                    return Attribution(np, (i, i + 1), self._addressee(i, end), 0.85, "X said")
                affiliated = self._affiliated_subject(first_np, i)
                if affiliated is not None:
                    # "“A,” experts Jane Doe and Tom Roe of the Z Institute wrote"
                    return Attribution(affiliated, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                if first_np is not None and first_np[1] < i and \
                        words[first_np[1]].text in (",", "(") and words[i - 1].text in (",", ")") \
                        and self.is_named_or_pronoun(first_np):
                    return Attribution(first_np, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                if first_np is not None and first_np[0] == limit and \
                        self._adverbs_only(first_np[1], i):
                    # "“A,” it now says": an adverb the subject rules do not step over
                    return Attribution(first_np, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                joined = self._joined_subject(first_np, np)
                if joined is not None:
                    return Attribution(joined, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                reduced = self._reduced_relative_subject(first_np, limit, i) \
                    if same_sentence else None
                if reduced is not None:
                    # "“A,” the order released Friday said": a noun whose participle and
                    # day word come between it and the cue
                    return Attribution(reduced, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                b = self._skip_back(i - 1, limit) + 1
                loose_np = self._loose_subject(limit, b if b > limit else i)
                if loose_np is not None:
                    return Attribution(loose_np, (i, i + 1), self._addressee(i, end), 0.85,
                                       "X said")
                break
            if w.is_punct and w.text not in (",", "’s", "'s", "’", "'", "-", "(", ")", "&") and \
                    not (w.text == "." and i + 1 < end and words[i + 1].text == ")"):
                break  # but "(R-Fla.)" and "a P&G employee" go on
        if not same_sentence:
            return None  # a quote that ends its sentence: the next one is not its frame
        # any verb right after the quote: "“This is fantastic!” beamed X" / "..., X beamed."
        if w0.upos == "VERB" and not w0.lower.endswith("ing"):
            np = self._np_forward(seq[0] + 1, end)
            if np is not None and self.is_named_or_pronoun(np):
                return Attribution(np, (seq[0], seq[0] + 1), None, 0.8, "verb X")
        np = self._np_forward(seq[0], end)
        if np is not None and np[1] < end and self.is_named_or_pronoun(np):
            # "..., a staffer in the room wondered.", "..., X barked and a guard ..."
            k = self._past_prepositional(np[1], end)
            v = words[k]
            if v.upos == "VERB" and not v.lower.endswith("ing") and \
                    (k + 1 >= end or words[k + 1].is_punct or
                     words[k + 1].upos in ("ADP", "ADV", "CCONJ")):
                return Attribution(np, (k, k + 1), None, 0.8, "X verb")
        # "“...,” Bennett shot back.", "“...,” the suit reads.": a short clause whose
        # verb the tagger took for a noun
        if not loose:
            return None
        mistagged = self._mistagged_cue(limit, end)
        if mistagged is not None:
            return mistagged
        e = limit + 1
        while e < end and e - limit < 7 and not words[e].is_punct and \
                words[e].upos not in ("ADP", "ADV") and words[e].lower not in ("back", "out"):
            e += 1
        k = e - 1
        v = words[k]
        if 1 <= k - limit < 6 and v.text.isalpha() and v.text.islower() and \
                v.upos in ("VERB", "NOUN", "") and (
                    v.upos == "VERB" or v.lower.endswith(("s", "ed")) or
                    e < end and words[e].lower in ("back", "out")):
            sub = self._loose_subject(limit, k)
            if sub is not None:
                return Attribution(sub, (k, k + 1), None, 0.75, "X verb")
        return None

    def _affiliated_subject(self, np: tuple[int, int] | None, c: int) -> tuple[int, int] | None:
        """The whole subject before cue word ``c`` when it is the name ``np`` (or two names
        joined by "and") followed by an affiliation of "of", "from" or "at" that runs to
        the cue with no punctuation or verb ("experts Jane Doe and Tom Roe of Washington's
        Institute for Science wrote"); else None."""
        words = self.words
        if np is None or np[1] >= c or not self.is_named_or_pronoun(np):
            return None
        j = np[1]
        if any(words[x].is_punct or words[x].upos in ("VERB", "AUX") or self.in_quote[x] >= 0
               for x in range(j, c)):
            return None
        if words[j].lower == "and":
            # "Jane Doe and Tom Roe of ...": the second name may take the affiliation in
            second = self._np_forward(j + 1, c)
            if second is None or second[0] != j + 1 or not self.is_named_or_pronoun(second):
                return None
            j = next((x for x in range(j + 1, c) if words[x].lower in _AFFILIATIONS), c)
        return (np[0], c) if j < c and words[j].lower in _AFFILIATIONS else None

    def _name_set_off_after(self, np: tuple[int, int] | None, end: int
                            ) -> tuple[int, int] | None:
        """The name or pronoun set off by commas right after the noun phrase ``np`` that
        opens a frame ("the assailant, John Doe, told"), ending before ``end``; else None."""
        words = self.words
        if np is None or np[1] + 1 >= end or words[np[1]].text != ",":
            return None
        name = self._np_forward(np[1] + 1, end)
        if name is None or name[0] != np[1] + 1 or name[1] >= end or \
                words[name[1]].text != "," or not self.is_named_or_pronoun(name):
            return None
        return name

    def _came_from(self, c: int, end: int) -> tuple[int, int] | None:
        """The source in an inverted frame of "came" with a noun of utterance and "from"
        right after a quote ("“A,” came shouts from the crowd", "“B,” came the reply from
        Jane Doe"), before ``end``; else None."""
        words = self.words
        if words[c].lower not in ("came", "comes") or c + 1 >= end:
            return None
        # a bare plural the tagger may take for a verb ("came shouts from")
        said = (c + 1, c + 2) if words[c + 1].lower in _UTTERANCE_NOUNS else \
            self._np_forward(c + 1, end)
        if said is None or said[0] != c + 1 or said[1] + 1 >= end or \
                words[said[1] - 1].lower not in _UTTERANCE_NOUNS or \
                words[said[1]].lower != "from":
            return None
        return self._np_forward(said[1] + 1, end)

    def _verb_before_gerund(self, c: int, limit: int) -> int | None:
        """The finite verb right before cue word ``c`` when the cue is a gerund it takes as
        object ("recounted telling", "recalled saying"), not before ``limit``; else None."""
        words = self.words
        v = c - 1
        if v < limit or not words[c].lower.endswith("ing") or self.in_quote[v] >= 0:
            return None
        w = words[v]
        return v if w.upos == "VERB" and w.text.islower() and \
            not w.lower.endswith("ing") else None

    def _concessive_said(self, c: int) -> bool:
        """True when word ``c`` is the "said" of the phrase "That said," or "That being
        said," ("this" too): a sentence adverb meaning "even so", not a cue."""
        words = self.words
        if words[c].lower != "said" or c + 1 >= len(words) or words[c + 1].text != ",":
            return False
        k = c - 2 if c >= 2 and words[c - 1].lower == "being" else c - 1
        return k >= 0 and words[k].lower in ("that", "this")

    def _set_off_relative_cue(self, c: int, limit: int) -> bool:
        """True when cue word ``c`` is the verb of a relative clause set off by a comma
        ("X, who has proposed ..., said"; not after ``limit``): it frames nothing after a
        quote, the main clause's cue further on does."""
        words = self.words
        k = self._skip_back(c - 1, limit)
        return k - 1 >= limit and words[k].lower in _CLAUSE_RELATIVES and \
            words[k - 1].text == ","

    def _participle_title(self, k: int, end: int) -> tuple[int, int] | None:
        """A speaker whose title opens with a participle the tagger read as a verb, after an
        inverted cue ("said retired neurosurgeon Jane Doe", "said undecided voter Tom Reed"),
        the participle included; None when word ``k`` is no such participle."""
        words = self.words
        if k >= end:
            return None
        w = words[k]
        if w.upos != "VERB" or not w.lower.endswith(("ed", "ing")) or is_cue_word(w):
            return None
        np = self._np_forward(k + 1, end)
        if np is None or np[0] != k + 1 or words[np[0]].is_pronoun or \
                not self.is_named_or_pronoun(np):
            return None
        return k, np[1]

    def _mistagged_cue(self, limit: int, end: int) -> Attribution | None:
        """The frame on words [limit, end) after a quote whose cue the tagger or parser took
        for a noun: a short noun phrase, maybe with a prepositional phrase, then a cue form
        that ends the frame or comes before an adjunct ("“A,” the Saudis state in a paper",
        "“A,” a voice-over in the ad states.", "“A,” the editorial read.")."""
        words = self.words
        for k in range(limit + 1, min(end, limit + _MODIFIER_WORDS)):
            w = words[k]
            if w.is_punct or w.upos in ("VERB", "AUX"):
                return None
            if w.lower not in REPORTING_VERB_FORMS and w.lower not in QUOTE_ONLY_FORMS:
                continue
            if w.lower.endswith("ing") or REPORTING_VERB_FORMS.get(w.lower) in THOUGHT_VERBS:
                return None
            if k + 1 < end and not (words[k + 1].is_punct or words[k + 1].upos in ("ADP", "ADV")):
                return None  # "the states voted": a noun after all
            np = self._np_forward(limit, k)
            if np is None or words[np[0]].is_pronoun or np[1] != k and not (
                    words[np[1]].upos == "ADP" and
                    self._np_forward(np[1] + 1, k) == (np[1] + 1, k)):
                return None  # "a voice-over [in the ad] states"
            return Attribution(np, (k, k + 1), None, 0.75, "X verb")
        return None

    def _adverbs_only(self, a: int, b: int) -> bool:
        """True when the words [a, b) are one or more adverbs, no negation ("now", "again")."""
        return a < b and all(w.upos == "ADV" and w.lower not in ("not", "n't", "never")
                             for w in self.words[a:b])

    def _past_prepositional(self, k: int, end: int,
                            not_after: tuple[str, ...] = ("to", "that", "of")) -> int:
        """The word after a prepositional phrase that starts at word ``k`` ("in the room")
        and ends before ``end``, else ``k``; none opened by a word of ``not_after``."""
        words = self.words
        if words[k].upos != "ADP" or words[k].lower in not_after:
            return k
        np = self._np_forward(k + 1, end)
        return np[1] if np is not None and np[1] < end else k

    def _opens_clause(self, np: tuple[int, int], end: int) -> bool:
        """True when a finite verb follows the noun phrase after a verb ("said the council
        would vote", "said he would lose"): the subject of a clause, not an inverted speaker."""
        nxt = self.words[np[1]] if np[1] < end else None
        return nxt is not None and nxt.upos in ("AUX", "VERB") and not nxt.lower.endswith("ing")

    def _loose_subject(self, a: int, b: int) -> tuple[int, int] | None:
        """Words [a, b) right after a quote as its speaker when the tagger misread them:
        a capitalised name tagged as a verb ("Will wrote", "columnist Ai Jun wrote")."""
        words = self.words
        if b <= a or b - a > 8:
            return None
        ws = words[a:b]
        if any(self.in_quote[w.i] >= 0 for w in ws):
            return None
        if not (ws[-1].is_capitalised or _nounish(ws[-1])) or ws[-1].is_punct or \
                ws[-1].upos in ("ADP", "DET"):
            return None
        if len(ws) == 1 and ws[0].is_pronoun:
            return (a, b) if ws[0].lower in _SUBJECT_PRONOUNS else None
        for w in ws:
            if w.is_pronoun and w.lower not in ("his", "her", "their", "its"):
                return None
            if not (w.is_capitalised or _nounish(w) or w.lower in _LOOSE_INNER or
                    self._title_gerund(w, a, b)):
                return None
        if ws[0].text.islower() and ws[0].upos not in ("DET", "NOUN", "ADJ", "PROPN", "NUM"):
            return None
        if not (self.is_named_or_pronoun((a, b)) or ws[0].lower in ("the", "a", "an", "one") or
                any(w.is_capitalised for w in ws)):
            return None
        return (a, b)

    def _title_gerund(self, w: Word, a: int, b: int) -> bool:
        """True for a word in -ing inside a title, between nouns ("policy planning
        director"), within the words [a, b)."""
        return a < w.i < b - 1 and w.lower.endswith("ing") and not is_cue_word(w) and \
            _nounish(self.words[w.i - 1]) and _nounish(self.words[w.i + 1])

    def _joined_subject(self, first: tuple[int, int] | None, np: tuple[int, int] | None
                        ) -> tuple[int, int] | None:
        """The mention "X and Y" when the cue's subject ``np`` is the second of two names
        joined by "and" after the quote ("“...,” Jane Doe and Tom Reyes wrote.")."""
        if first is None or np is None or np[0] != first[1] + 1 or \
                self.words[first[1]].lower != "and":
            return None
        if not (self.is_named_or_pronoun(first) and self.is_named_or_pronoun(np)):
            return None
        return first[0], np[1]

    def _opening_cue(self, att: Attribution) -> bool:
        """True when the cue of ``att`` opens its sentence ("Said Doe, “...”")."""
        return att.cue is not None and \
            self.W.sentences[self.words[att.cue[0]].sent][0] == att.cue[0]

    def _opening_inverted_cue(self, seq: list[int], tail_punct: str) -> Attribution | None:
        """'Said Jane Doe, “...”' with "Said" opening the sentence: a tagger may take the
        capitalised verb for a name; the name after it, all the lead-in up to its comma or
        colon, speaks."""
        words = self.words
        if len(seq) < 2 or tail_punct[:1] not in (",", ":") or \
                words[seq[0]].text not in _OPENING_INVERTED_FORMS or \
                words[seq[0]].upos == "VERB" or \
                self.W.sentences[words[seq[0]].sent][0] != seq[0]:
            return None
        np = self._np_forward(seq[1], seq[-1] + 1)
        if np is None or np[0] != seq[1] or np[1] != seq[-1] + 1 or \
                not self.is_named_or_pronoun(np):
            return None
        return Attribution(np, (seq[0], seq[0] + 1), None, 0.85, "said X:")

    def _before_pattern(self, before: list[int]) -> tuple[Attribution, bool] | None:
        """(attribution, quote-is-embedded) from the words before a quote."""
        words = self.words
        if not before:
            return None
        seq = list(before)
        # strip trailing punctuation and "that"
        tail_punct = ""
        while seq and (words[seq[-1]].is_punct or words[seq[-1]].lower == "that"):
            tail_punct = words[seq[-1]].text + tail_punct
            seq.pop()
        seq = self._without_quote_formula(seq)
        if not seq:
            return None
        limit = before[0]
        if tail_punct.startswith(":"):
            signed = self._signed_lead(seq)
            if signed is not None:
                # a roundup's "Pollsters agree - Jane Doe: “...”": the name after the dash
                return Attribution(signed, None, None, 0.8, _SIGNED_LEAD), False
        named = self._relative_naming(seq)
        if named is not None:
            # "Y said groups were sent with the marchers, whom he described as “...”"
            return named, True
        opening = self._opening_inverted_cue(seq, tail_punct)
        if opening is not None:
            return opening, False
        # the clause that introduces the quote: after the last comma before it
        last_comma = max((j for j, x in enumerate(seq) if words[x].text in (",", ";")), default=-1)
        # a cue that ends the lead-in ("..., to which Y interjected: “...”"), else the last
        # speech verb before the quote, else the last reporting verb
        order = list(range(len(seq) - 1, -1, -1))
        closing = len(seq) - 1 if tail_punct[:1] in (",", ":") and \
            _direct_cue(words[seq[-1]]) else None
        order.sort(key=lambda j: (j != closing, words[seq[j]].lemma not in SPEECH_VERBS))
        if self._absolute_clause(seq[last_comma + 1:]):
            # "Y were irritated, with Sen. Jane Doe calling it “...”": the absolute's own
            # subject frames the quote, not a cue of the clause before it
            order = [j for j in order if j > last_comma]
        for j in order:
            i = seq[j]
            w = words[i]
            if w.lower not in _BEFORE_QUOTE_FORMS and w.lemma not in REPORTING_VERBS:
                continue  # no cue word, no "according": nothing below reads it
            # (the "as" frame matters only to a cue before the last comma)
            as_source = is_cue_word(w) and j < last_comma and self._as_source_cue(i, limit)
            if is_cue_word(w) and j < last_comma and tail_punct[:1] in (",", ":") and \
                    last_comma + 1 < len(seq) and not as_source:
                # "After X criticized Y, Hillary shot back, “...”": the last clause speaks
                # (its own subject: not the main clause's "As X explained, taxes rose,
                # depriving the city of “...”" that a parse climbs to)
                lead = self.clause_subject(seq[last_comma + 1], seq[-1] + 1) or \
                    self._named_opening(seq[last_comma + 1], seq[-1] + 1)
                if lead is not None and lead[0] > seq[last_comma] and \
                        not self._relative_without_cue(lead, seq[-1] + 1):
                    return Attribution(lead, None, None, 0.75, "X verb:"), False
            if is_cue_word(w) and j < last_comma and last_comma + 1 < len(seq) and \
                    not as_source and \
                    words[seq[0]].is_capitalised and words[seq[0]].lower in _LEAD_SUBORDINATORS \
                    and not any(words[x].text in (",", ";") for x in seq[j + 1:last_comma]):
                # "When X announced Y, he called them “criminals”": the cue sits in the
                # opening subordinate clause; the main clause's subject speaks
                lead = self.clause_subject(seq[last_comma + 1], seq[-1] + 1)
                if lead is not None and lead[0] > i:
                    return Attribution(lead, None, None, 0.7, "main clause after X said,"), True
            if w.lower == "according" and j + 2 < len(seq) and words[seq[j + 1]].lower == "to":
                np = self._according_source(seq[j + 2], seq[-1] + 1)
                if np is not None:
                    # "According to him, “A.”": the whole sentence after the frame is direct
                    embedded = any(not words[x].is_punct for x in seq[j + 2:] if x >= np[1])
                    return (Attribution(np, (i, seq[j + 1] + 1), None, 0.85, "according to X"),
                            embedded)
            if not _direct_cue(w) or self._noun_use(i, limit) or self._unreported_cue(i, limit) \
                    or self._possessed_noun(i, limit):
                continue
            if j != closing and self._inside_reported_clause(seq, j):
                # "The mayor said she seldom asks aides to campaign, “except for friends”":
                # the verb inside the reported clause is not the quote's frame; the one
                # who reports it is
                continue
            embedded = any(not words[x].is_punct for x in seq[j + 1:])
            addressee = self._addressee(i, seq[-1] + 1)
            if addressee is not None and addressee[1] - 1 == seq[-1]:
                embedded = False
            later = self._later_clause_speaker(seq, j)
            if later is not None:
                # "X mentioned Y, and the crowd reprised the chant “...”": the crowd's
                return Attribution(later, None, None, 0.7, "X verb:"), embedded
            if self._parsed(i) and not self._term_in_earlier_frame(i, seq[-1] + 1):
                sub = self.syntax_subject(i)
                if sub is not None and sub[0] >= limit:
                    sub = self._reporter_of_relative_cue(i, sub, limit) or sub
                    conf = 0.93 if not embedded else 0.88
                    return (Attribution(sub, (i, i + 1), addressee, conf, "X said: (parse)"),
                            embedded)
            if i - 1 >= limit and words[i - 1].lower in _PASSIVE_AUX and \
                    w.lemma not in _PASSIVE_SPEAKER_CUES and j + 2 < len(seq) and \
                    words[seq[j + 1]].lower == "by":
                # "X was asked by host Y, “...”": the agent speaks, not the subject
                agent = self._np_forward(seq[j + 2], seq[-1] + 1)
                if agent is not None and self.is_named_or_pronoun(agent):
                    return Attribution(agent, (i, i + 1), None, 0.8, "X was asked by Y:"), embedded
            aside = self._inverted_aside_speaker(i, seq[-1] + 1)
            if aside is not None:
                # "The paradox of it, says Jane Doe, a historian, is that “...”"
                return Attribution(aside, (i, i + 1), addressee, 0.85, "said X:"), embedded
            np, how = self._main_clause_subject(seq, j, last_comma) or \
                self._subject_of_cue(i, limit)
            chained = self._chained_verb(self._skip_back(i - 1, limit), limit) \
                if np is None and i - 1 >= limit else None
            if chained is not None:
                # "X went on to say, “...”", "X continued by saying, “...”": the subject of
                # the verb before
                np, how = self._subject_of_cue(chained, limit)
            if np is None and j + 1 < len(seq) and w.lemma in INVERTING_VERBS and \
                    tail_punct[:1] in (":", ","):
                np2 = self._np_forward(seq[j + 1], seq[-1] + 1)
                if np2 is not None and np2[1] - 1 == seq[-1]:
                    return Attribution(np2, (i, i + 1), None, 0.85, "said X:"), False
            if np is None and i == limit and i > 0 and self.in_quote[i - 1] >= 0 and \
                    w.lemma in INVERTING_VERBS:
                # '“A,” said Jane Doe, calling it “B”': the inverted frame of the quote
                # before, whose speaker the participle right after it shares; else a cue
                # after it may frame this quote
                np2 = self._np_forward(seq[j + 1], seq[-1] + 1) if j + 1 < len(seq) else None
                p = np2[1] if np2 is not None else -1
                if np2 is not None and p + 1 <= seq[-1] and words[p].text == "," and \
                        words[p + 1].lower.endswith("ing") and words[p + 1].upos == "VERB" and \
                        self.is_named_or_pronoun(np2):
                    return Attribution(np2, (i, i + 1), None, 0.85, "said X, participle"), True
                continue
            if np is None:
                return None
            conf = 0.9 if not embedded else 0.85
            if how == "apposition":
                conf -= 0.05
            np = self._poll_before_share(np, i) or np
            np = self._reporting_subject(np, limit) or np
            np = self._carrier_holder(np, limit) or np
            if np[1] - np[0] > 1 and words[np[0]].lower in _CLAUSE_RELATIVES:
                np = (np[0] + 1, np[1])  # "..., to which Doe replied: “...”"
            return Attribution(np, (i, i + 1), addressee, conf, "X said:"), embedded
        retort = self._phrasal_retort(seq, tail_punct)
        if retort is not None:
            return retort, False
        # a colon lead-in without a verb: "Pompeo: “...”", "Rep. Jane Doe (R-Ohio): “...”"
        if tail_punct.startswith((":", "):", ".):")) and seq:
            # past a party tag ("Rep. Jane Doe (R-Ohio):"), its full stop split off by the
            # tokenizer ("(R-S.C.):")
            close = seq[-1] + tail_punct.index(")") + 1 if tail_punct[0] != ":" else seq[-1]
            owner = self._label_owner(seq[0], seq[-1] + 1) if tail_punct[0] == ":" else None
            if owner is not None:
                return Attribution(owner, None, None, 0.7, "X: quote"), False  # "Her message:"
            np = self._np_back(self._before_parenthetical(close, limit), limit)
            if np is not None and (np[0] == seq[0] and self.label_names_speaker(np) or
                                   self._from_label(seq[0], np[0])):
                return Attribution(np, None, None, 0.8, "X: quote"), False  # "From the report:"
            if np is not None and self.is_named_or_pronoun(np) and \
                    any(words[x].ner.endswith(("PERSON", "ORG")) for x in range(*np)) and \
                    not self._object_before_colon(np):
                # "surprise pollster Daron Shaw: “...”"
                return Attribution(np, None, None, 0.7, "X: quote"), False
        if tail_punct[:1] in _DASHES and len(seq) > 1:
            # "Doe's stock answer then — “...” — is likely to ...": a possessive label set off
            # by a dash, as by a colon; "then" or "now" may close it
            k = seq[-1] + (words[seq[-1]].lower not in _LABEL_TIME_ADVERBS)
            owner = self._label_owner(seq[0], k)
            if owner is not None:
                return Attribution(owner, None, None, 0.7, "X: quote"), False
        return None

    def _reporting_subject(self, np: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The subject of a reporting verb whose that-clause the cue's subject ``np`` opens
        ("The Journal notes that Y tweeted ... “...”", "prosecutors say that he told an
        agent, “...”": the Journal, prosecutors), as a parse climbs from a complement to
        the verb that reports it; else None."""
        words = self.words
        t = np[0] - 1
        if t - 1 < limit or words[t].lower != "that" or words[t].upos != "SCONJ":
            return None
        c = t - 1
        if not is_cue_word(words[c]) or self._noun_use(c, limit):
            return None
        outer, _ = self._subject_of_cue(c, limit)
        return outer if outer is not None and outer[1] <= c else None

    def _possessed_noun(self, i: int, limit: int) -> bool:
        """True for a cue form that is also a noun, after a possessive and at most two names
        or nouns ("Smith’s Russia Remarks", "the mayor's budget remarks"): the noun a
        headline's capitals or the tagger may take for a verb, not from ``limit`` on."""
        words = self.words
        if words[i].lower not in _NOUN_CUE_FORMS:
            return False
        j = i - 1
        while j >= limit and i - j <= 2 and words[j].upos in ("PROPN", "NOUN") and \
                not _possessive_mark(words[j]):
            j -= 1
        return j >= limit and _possessive_mark(words[j])

    def _later_clause_speaker(self, seq: list[int], j: int) -> tuple[int, int] | None:
        """The subject of a clause of its own that follows the clause of the cue at
        ``seq[j]`` after ", and", "- but" or ";" and runs into the quote, when the cue takes a
        noun phrase as its object ("X mentioned Y, and the crowd reprised the chant “...”",
        "X proposed a debate - but Y rejected the idea as “...”": the crowd, Y); None when
        the cue takes a clause ("X said A, but most were “...”" stays X's), the later
        clause has a cue of its own or its subject cannot speak."""
        words = self.words
        c, end = seq[j], seq[-1] + 1
        if c + 1 >= end or c > 0 and words[c - 1].lower == "to":
            return None  # "to counter threats, but ...": no clause of the cue's own
        obj = self._np_forward(c + 1, end)
        if obj is None or obj[0] != c + 1 or obj[1] >= end or words[c + 1].lower == "that" or \
                words[obj[1]].upos in ("VERB", "AUX"):
            return None
        joint = next((y for y in range(len(seq) - 2, j, -1)
                      if words[seq[y]].text == ";" or
                      words[seq[y]].text in _DASHES | {","} and
                      words[seq[y + 1]].lower in _COORDINATORS), None)
        if joint is None or seq[joint] < obj[1]:
            return None
        start = seq[joint] + 1 + (words[seq[joint] + 1].lower in _COORDINATORS)
        if start < end:
            # "and at one point the crowd", "and later the crowd"
            start = self._skip_adjuncts(self._past_prepositional(start, end), end)
        # a parse climbs from the later clause to the outermost one unless read as a
        # quote's own clause, whose climb stops at a coordinated clause with a subject
        sub = self.clause_subject(start, end, deep=self._parsed(start)) if start < end else None
        if (sub is None or sub[0] < start) and start < end and self._parsed(start):
            # "and at one point the crowd loudly reprised the chant": a parse that takes
            # the crowd for a word on the adverb leaves the clause no subject; read its words
            sub = self.clause_subject(start, end, deep=True, unparsed=True)
        if sub is None or sub[0] < start or words[sub[0]].lower in _RELATIVES or \
                any(_direct_cue(words[x]) for x in range(sub[1], end)) or \
                not (self.is_named_or_pronoun(sub) or self.is_speaking_noun_phrase(sub)):
            return None
        return sub

    def _carrier_holder(self, np: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """The one who holds up, carries or prints the sign, banner or cover ``np`` that
        "says" the quote: "nurses carrying signs saying “...”", "the paper ran a cover
        saying “...”" (a sign that stands alone, "A sign read “...”", keeps the sign)."""
        words = self.words
        if words[np[1] - 1].lower not in _CARRIER_NOUNS:
            return None
        v = np[0] - 1
        if v < limit or words[v].lemma in SPEECH_VERBS or \
                words[v].upos != "VERB" and words[v].lower not in ("do", "did", "does"):
            return None
        if words[v].lower.endswith("ing") and words[v].upos == "VERB":
            # "a man carrying a sign saying": the man; "X amassed at the hall, chanting and
            # carrying signs saying": the clause's subject
            sub = self._np_back(v - 1, limit) if v - 1 >= limit and \
                words[v - 1].upos in ("NOUN", "PROPN") else self._participle_host(v, limit)
        elif v - 2 >= limit and words[v - 1].lower == "to":
            # "prompted the paper to run a cover saying": the object the infinitive hangs
            # on; "The union plans to carry signs": the subject of the verb before
            sub = self._np_back(v - 2, limit) if words[v - 2].upos in ("NOUN", "PROPN", "PRON") \
                else self._subject_of_cue(v - 2, limit)[0]
        else:
            sub, _ = self._subject_of_cue(v, limit)
        if sub is None or sub[1] > np[0] or words[sub[1] - 1].lower in _CARRIER_NOUNS or \
                words[sub[1] - 1].upos not in ("NOUN", "PROPN", "PRON"):
            return None
        return sub

    def _participle_host(self, v: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase before the finite verb of the clause that participle ``v``
        follows after a comma ("the nurses had gathered at the hall, chanting and carrying
        ..."): the one doing what the participle says; None if no such clause."""
        words = self.words
        comma = False
        for p in range(v - 1, max(limit, v - _WINDOW), -1):
            w = words[p]
            if self.in_quote[p] >= 0 or w.text in (";", ":", "—", "–"):
                return None
            if w.text == ",":
                comma = True
            elif comma and w.upos in ("AUX", "VERB") and \
                    words[p - 1].upos in ("NOUN", "PROPN", "PRON"):
                return self._np_back(p - 1, limit)
        return None

    def _inside_reported_clause(self, seq: list[int], j: int) -> bool:
        """True when the cue ``seq[j]`` sits in the clause an earlier speech verb reports,
        with no comma between them: "X said (that) she rarely asks ...", the earlier
        verb's object clause opening with a personal pronoun."""
        words = self.words
        addressee = self._addressee(seq[j], seq[-1] + 1)
        if addressee is not None and addressee[1] - 1 == seq[-1]:
            return False  # "X said he asked them, “...”": the question he asked
        for j0 in range(j - 1, max(-1, j - 8), -1):
            w0 = words[seq[j0]]
            if w0.text in (",", ";", ":"):
                return False
            if w0.lemma in SPEECH_VERBS and _direct_cue(w0) and j0 + 1 < j:
                nxt = words[seq[j0 + 1]]
                if nxt.lower == "that" and j0 + 2 < j:
                    nxt = words[seq[j0 + 2]]
                return nxt.is_pronoun and _personal_pronoun(nxt) and nxt.lower != "it"
        return False

    def _main_clause_subject(self, seq: list[int], j: int, last_comma: int
                             ) -> tuple[tuple[int, int], str] | None:
        """The subject of the cue at ``seq[j]`` found within the main clause after an opening
        subordinate clause ("When X was asked if ..., he laughed and said, “...”": he, not
        X), or None when the lead-in opens no such clause or the main clause before the
        cue names nobody ("When asked, Doe, a lawyer, said": read as usual)."""
        words = self.words
        if last_comma < 0 or j <= last_comma + 1 or not words[seq[0]].is_capitalised or \
                words[seq[0]].lower not in _LEAD_SUBORDINATORS:
            return None
        np, how = self._subject_of_cue(seq[j], seq[last_comma] + 1)
        return (np, how) if np is not None else None

    def _as_source_cue(self, c: int, limit: int) -> bool:
        """True when cue word ``c`` closes an "as" phrase that names a source for the
        sentence ("As the Ledger reported, the White House refused ...: “...”"), not a
        clause of its own whose subject the quote's clause outranks."""
        words = self.words
        np = self._np_back(self._skip_back(c - 1, limit), limit) if c - 1 >= limit else None
        return np is not None and c + 1 < len(words) and words[c + 1].text == "," and (
            words[np[0]].lower == "as" or np[0] - 1 >= limit and words[np[0] - 1].lower == "as")

    def _relative_without_cue(self, sub: tuple[int, int], end: int) -> bool:
        """True when the subject ``sub`` is a relative pronoun whose clause, up to ``end``,
        holds no cue ("X, who was responsible for the file: “...”"): a modifier of the
        noun before it, not the clause that speaks (unlike "the report, which notes, “...”")."""
        words = self.words
        return words[sub[0]].lower in _CLAUSE_RELATIVES and \
            not any(_direct_cue(words[x]) for x in range(sub[1], end))

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

    def _unreported_cue(self, c: int, limit: int) -> bool:
        """True when the subject of cue word ``c`` (its words from ``limit``) made no
        statement: a proposal after "should" or "must" ("the party should reiterate its
        support for “...”"), or a passive without its agent ("the name was announced", "an
        “error” that was reported"); not "X is said to have called it “...”"."""
        words = self.words
        if words[c].lemma == "report" and self._reports_to(c):
            return True
        k = c - 1
        while k >= limit and (words[k].upos == "ADV" or words[k].lower in _NEGATIONS):
            k -= 1  # "should not ask", "was also told"
        if k < limit:
            return False
        aux = words[k].lower
        if aux in _PROPOSAL_MODALS or aux == "to" and k - 1 >= limit and \
                words[k - 1].lower == "ought":
            return True
        cue = words[c]
        participle = cue.lower.endswith("ed") or cue.lower in _IRREGULAR_PARTICIPLES
        after = words[c + 1].lower if c + 1 < len(words) else ""
        return aux in _PASSIVE_AUX and participle and cue.lemma not in _PASSIVE_SPEAKER_CUES \
            and after not in ("by", "to")

    def _reports_to(self, c: int) -> bool:
        """True when "report" at word ``c`` says whom its subject answers to, with nothing
        reported ("a czar who reports directly to the mayor, and ..."): "to" and a noun phrase
        after it that a comma, a stop or "and" ends."""
        words = self.words
        k = c + 1
        while k < len(words) and words[k].upos == "ADV" and self.in_quote[k] < 0:
            k += 1  # "reports directly to"
        if k + 1 >= len(words) or words[k].lower != "to" or self.in_quote[k + 1] >= 0:
            return False
        np = self._np_forward(k + 1, min(len(words), k + 1 + _NAME_WORDS + 2))
        e = np[1] if np is not None else len(words)
        return e + 1 < len(words) and self.in_quote[e] < 0 and self.in_quote[e + 1] < 0 and \
            words[e].text in (",", ".", ";", "and")  # not 'reported to X, “A”'

    def _phrasal_retort(self, seq: list[int], tail_punct: str) -> Attribution | None:
        """The subject of a phrasal cue that ends the words ``seq`` before a quote, after which
        only ``tail_punct`` (a comma or a colon) stands: "Reed shot back, “...”", "Doe
        chimed in: “...”" (the tagger may read the verb as a noun)."""
        words = self.words
        if len(seq) < 3 or tail_punct[:1] not in (",", ":"):
            return None
        particle, verb = words[seq[-1]], words[seq[-2]]
        if verb.lower not in _PHRASAL_CUES.get(particle.lower, ()):
            return None
        np = self._np_back(self._skip_back(seq[-3], seq[0]), seq[0])
        if np is None or not (self.is_named_or_pronoun(np) or self._loose_subject(*np)):
            return None  # "Reed shot back": a name the tagger read as a noun
        return Attribution(np, (seq[-2], seq[-1] + 1), None, 0.8, "X verb:")

    def _without_quote_formula(self, seq: list[int]) -> list[int]:
        """The words ``seq`` before a quote without the writer's formula that ends them, set
        off by a comma ("X said, [and I quote,] “...”"): X's frame, not the writer's."""
        words = self.words
        for n in (3, 2):
            if len(seq) > n and [words[x].lower for x in seq[-n:]] == \
                    ["and", "i", "quote"][3 - n:] and words[seq[-n - 1]].text == ",":
                return seq[:-n - 1]
        return seq

    def _absolute_clause(self, clause: list[int]) -> bool:
        """True when the words ``clause`` before a quote are an absolute phrase "with X
        V-ing" whose X can speak ("with Sen. Jane Doe calling it a")."""
        words = self.words
        if len(clause) < 3 or words[clause[0]].lower != "with":
            return False
        v = next((x for x in clause[2:] if words[x].upos == "VERB" and
                  words[x].lower.endswith("ing")), None)
        np = self._np_back(v - 1, clause[1]) if v is not None else None
        return np is not None and np[0] == clause[1] and self._absolute_speaker(np)

    def _relative_naming(self, seq: list[int]) -> Attribution | None:
        """The subject of a relative clause of naming that ends right before a quote, the
        words before it being ``seq`` ("..., whom he described as", "which she called a"):
        the one who names what the relative stands for speaks the name."""
        words = self.words
        c = next((x for x in reversed(seq) if seq[-1] - x < _NAMED_OBJECT_WORDS and
                  (words[x].text in _CLAUSE_STOPS or self._naming_verb(x))), None)
        if c is None or c - 2 < seq[0] or words[c].text in _CLAUSE_STOPS:
            return None
        # "whom he called", "who Jane Doe on Monday called", "which he has called"
        np = self._np_back(c - 1, seq[0]) or self._np_back(self._skip_back(c - 1, seq[0]), seq[0])
        # the verb names the quote itself ("called “...”", "described as “...”"), so a
        # "that" before its subject is the relative, its object; not "reports that Doe
        # called the winner “...”", where "that" opens the report's clause
        bare = c == seq[-1] or c + 1 == seq[-1] and words[seq[-1]].lower == "as"
        if np is not None and bare:
            # "a move that critics called", "fares, which critics called": the noun phrase
            # may run over a relative "that" or "which"; the subject of "called" follows it
            np = next(((x + 1, np[1]) for x in range(np[1] - 2, np[0] - 1, -1)
                       if self._relative_after_noun(x, seq[0])), np)
        zero = bare and np is not None and self._zero_relative(np)
        if zero and np is not None:
            np = (np[0] + 2, np[1])  # "a figure critics call": "critics call" it so
        if np is None or np[0] - 1 < seq[0] or not (zero or self.is_named_or_pronoun(np)) or \
                words[np[0] - 1].lower not in _NAMING_RELATIVES and not zero and \
                not (bare and self._relative_after_noun(np[0] - 1, seq[0])):
            return None
        return Attribution(np, (c, c + 1), None, 0.8, "which X called")

    def _zero_relative(self, np: tuple[int, int]) -> bool:
        """True when the noun phrase ``np`` before a verb of naming runs over a relative
        clause without "that": "a" and a singular noun, then a name or a plural noun of
        people, which "a" cannot open ("a figure critics call", "a sum Jane Doe calls", "a
        figure campaigners call")."""
        words = self.words
        a, b = np
        if b - a < 3 or words[a].lower not in _SINGULAR_DETERMINERS:
            return False
        noun, last = words[a + 1], words[b - 1]
        if noun.upos != "NOUN" or noun.is_capitalised or noun.lower.endswith("s"):
            return False
        return words[a + 2].ner.endswith(("PERSON", "ORG")) and last.ner == words[a + 2].ner \
            or (_person_word(last) or last.lower in UNNAMED_SOURCE_NOUNS) and \
            last.lower.endswith("s") and \
            all(not w.is_capitalised or w.ner != "O" for w in words[a + 2:b])

    def _relative_after_noun(self, x: int, limit: int) -> bool:
        """True for a relative "that" or "which" at word ``x`` (not before ``limit``) right
        after a noun or a comma, its antecedent's end ("a move that", "fares, which")."""
        words = self.words
        return x > limit and words[x].lower in ("that", "which") and \
            (words[x - 1].upos == "NOUN" or words[x - 1].text == ",")

    def _naming_verb(self, x: int) -> bool:
        """True for a verb of naming at word ``x`` ("called", "described"), or one of stance
        followed by "as" ("blasted as a “...”")."""
        words = self.words
        w = words[x]
        return w.upos == "VERB" and (w.lower in _NAMING_FORMS or w.lower in _FRAGMENT_VERB_FORMS and
                                     x + 1 < len(words) and words[x + 1].lower == "as")

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

    def _named_opening(self, a: int, b: int) -> tuple[int, int] | None:
        """A name or pronoun that opens the clause on words [a, b) with more words after it,
        its verb one the tagger may have missed ("..., Hillary shot back, “...”")."""
        words = self.words
        while a < b and words[a].is_punct:
            a += 1
        np = self._np_forward(a, b)
        if np is None or np[0] != a or np[1] >= b or not self.is_named_or_pronoun(np):
            return None
        nxt = words[np[1]]
        if nxt.is_punct or nxt.upos in ("ADP", "CCONJ", "SCONJ") or nxt.lower in _RELATIVES:
            return None
        if np[1] - np[0] > 1 and words[np[1] - 2].is_capitalised and \
                words[np[1] - 1].text.islower() and not _person_word(words[np[1] - 1]):
            return np[0], np[1] - 1  # "Hillary shot [back]": the verb read as a noun
        return np

    def _object_before_colon(self, np: tuple[int, int]) -> bool:
        """True when the name ``np`` before a colon is the object of a verb or a preposition
        ("delivered a message to Trump:", "quoting Jane Doe:"): the lead-in's subject
        speaks, not the name; not a source after "by" or "from" ('“Headline,” by Jane Doe:')."""
        w = self.words[np[0] - 1] if np[0] > 0 else None
        return w is not None and not w.is_punct and w.lower not in ("by", "from") and \
            w.upos in ("ADP", "VERB", "AUX")

    def label_names_speaker(self, np: tuple[int, int]) -> bool:
        """True when the words ``np`` alone before a colon name who speaks ("Doe:", "Mayor:",
        "Partial transcript as follows:"): a phrase longer than a label, a named entity, a
        pronoun, a word for people, or a word the article tags as a name elsewhere ("Doe:"
        over "Jane Doe said"); not a label of a word or two ("Update:", "Correction:",
        "Editor's note:", "Watch:"), which a tagger may take for a name at the head of a
        line."""
        ws = self.words[np[0]:np[1]]
        head = ws[-1]
        if sum(not w.is_punct and w.upos != "PART" for w in ws) > _LABEL_WORDS or \
                any(w.ner not in ("O", "") or w.upos == "NUM" for w in ws) or \
                _person_word(head) or \
                len(ws) == 1 and head.is_pronoun and head.lower not in _THING_PRONOUNS:
            return True
        if not head.is_capitalised:
            return False
        for n, m in enumerate(re.finditer(rf"\b{re.escape(head.text)}\b", self.W.text)):
            if n >= _LABEL_NAME_LOOKS:
                break
            w = self.words[self.W.index_at(m.start())]
            if w.i != head.i and w.text == head.text and (w.upos == "PROPN" or
                                                          w.ner not in ("O", "")):
                return True
        return False

    def _from_label(self, a: int, k: int) -> bool:
        """True when the words [a, k) are a source label's "From" or "More from" ("More from
        the report: “...”")."""
        labels = [w.lower for w in self.words[a:k]]
        return labels in (["from"], ["more", "from"])

    def _signed_lead(self, seq: list[int]) -> tuple[int, int] | None:
        """The name that fills the words ``seq`` after their last dash, as a signature line
        does ("Pollsters agree - Jane Doe, a pollster"), or None."""
        dash = next((j for j in range(len(seq) - 1, 0, -1)
                     if self.words[seq[j]].text in _DASHES), None)
        if dash is None or dash + 1 >= len(seq):
            return None
        a = seq[dash + 1]
        if self.words[a].par != self.words[a - 1].par:
            return None
        return self.signed_name(a, seq[-1] + 1)

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

    def previous_colon_lead(self, q: QuoteSpan) -> Attribution | None:
        """A lead-in sentence ending with a colon just before the quote ("X continued:")."""
        words = self.words
        first = self.W.index_at(q.start)
        k = first - 1
        if k >= 0 and words[k].text == "." and \
                words[k].par == words[min(first, len(words) - 1)].par:
            return self._cue_sentence_lead(k)
        if k < 0 or words[k].text != ":":
            return None
        # the lead-in runs back to its sentence start (or the previous quote)
        a = k
        while a - 1 >= 0 and words[a - 1].sent == words[k].sent and self.in_quote[a - 1] < 0:
            a -= 1
        if a == k and a - 1 >= 0 and words[a - 1].par == words[k].par and \
                self.in_quote[a - 1] < 0:
            # a splitter that ends the sentence at an abbreviation's full stop before the
            # colon ("Rep. Jane Doe (R-S.C.):"): the lead-in is the sentence before
            s = words[a - 1].sent
            while a - 1 >= 0 and words[a - 1].sent == s and self.in_quote[a - 1] < 0:
                a -= 1
        found = self._before_pattern(list(range(a, k + 1)))
        if not found:
            comma = self._venue_participle(a, k)
            if comma is not None:
                # "According to X, writing for the Ledger:": the frame before the
                # participle of where the words ran
                found = self._before_pattern(list(range(a, comma + 1)))
        if found:
            return self._without_subordinator(found[0])
        # "Cruz called them on it:" -- no reporting verb, but a subject (read from the words
        # when the parse finds none: "X, a group, emailed a link with one sentence:" parsed
        # with the name for its root)
        sub = self._own_clause_subject(a, k) or self.clause_subject(a, k)
        if sub is None and self._parsed(a):
            sub = self.clause_subject(a, k, unparsed=True)
        elif sub is not None and self._parsed(a) and self._mute_thing(sub):
            # "X supports A, opposes B and recalled the freeze on pay:": a parse that takes
            # a thing that cannot speak for the subject; the words' subject speaks
            # (from the sentence's start when a quote cuts the lead-in from its subject)
            surface = self.clause_subject(a, k, unparsed=True) or \
                self.clause_subject(self._sentence_range(a)[0], k, unparsed=True)
            if surface is not None and self._speaks(surface):
                sub = surface
        if sub is not None and not (sub[1] - sub[0] == 1 and
                                    words[sub[0]].lower in _THING_PRONOUNS) and \
                not self._relative_without_cue(sub, k):  # "It gets worse:", "who ran it:"
            return Attribution(sub, None, None, 0.75, "lead-in sentence:")
        return self._release_lead(a, k) or self._text_subject_lead(a, k)

    def _venue_participle(self, a: int, k: int) -> int | None:
        """The comma before a closing participle of speech and the venue it names, in
        words [a, k) ("..., writing for the Ledger", "..., speaking on Fox"), else None."""
        words = self.words
        for c in range(k - 1, max(a, k - 10), -1):
            w = words[c]
            if w.text == ",":
                nxt = words[c + 1]
                if c + 2 < k and nxt.lower.endswith("ing") and \
                        REPORTING_VERB_FORMS.get(nxt.lower) is not None and \
                        words[c + 2].lower in VENUE_PREPOSITIONS:
                    return c
                return None
            if w.upos in ("VERB", "AUX") and c > a and words[c - 1].text != ",":
                return None
        return None

    def _own_clause_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """For a lead-in [a, k) that a quote before it cuts from its sentence's start ('X
        said A is “B,” but he gave Y a compliment:'), the parse subject of the clause it
        holds, when that subject lies in it: the lead-in's own, not the subject of the
        clause before the quote that the parse hangs it from (X)."""
        words = self.words
        if not self._parsed(a) or self.W.sentences[words[a].sent][0] == a:
            return None
        roots = [i for i in range(a, k) if not a <= words[i].head < k]
        verb = next((i for i in roots if words[i].upos in ("VERB", "AUX")), None)
        if verb is None:
            return None
        x = self._parse_subject(words[verb], after=False)
        if x is None or not a <= x.i < k:
            return None
        return self._antecedent(self.expand_mention(x.i), words[verb])

    def _label_owner(self, a: int, k: int) -> tuple[int, int] | None:
        """The possessor of a lead-in [a, k) that is only a possessive and a noun of a
        message ("Her message:", "The mayor's blunt answer:"), the quote's speaker; None
        for any other lead-in."""
        words = self.words
        if not 1 < k - a <= _POSSESSIVE_LABEL_WORDS or \
                words[k - 1].lower not in _MESSAGE_LABEL_NOUNS or \
                any(words[x].upos in ("VERB", "AUX") or words[x].is_punct
                    for x in range(a, k - 1)):
            return None
        # modifiers of the noun: adjectives, or a noun ("Doe's stock answer")
        if words[a].lower in _POSSESSIVE_PRONOUNS and \
                all(words[x].upos in ("ADJ", "NOUN") for x in range(a + 1, k - 1)):
            return (a, a + 1)
        mark = next((x for x in range(a + 1, k - 1) if _possessive_mark(words[x])), None)
        if mark is None or not all(words[x].upos in ("ADJ", "NOUN")
                                   for x in range(mark + 1, k - 1)):
            return None
        owner = (a, mark)
        return owner if self.is_named_or_pronoun(owner) else None  # not "Editor's note:"

    def _text_subject_lead(self, a: int, k: int) -> Attribution | None:
        """A lead-in [a, k) whose subject is a text or record and whose verb is no verb of
        speech ("A footnote in the audit makes that clear:", "The memo, dated May 2, puts it
        plainly:"): the text speaks the quote after the colon, as it does with "says";
        also a lead-in that is only "From" or "More from" and a text ("More from the
        report:").  None otherwise ("The hearing went on:", a thing that says nothing)."""
        words = self.words
        # "More from the report:", also after a dash that closes the writer's own words
        f = max((x + 1 for x in range(a, k) if words[x].text in _DASHES), default=a)
        while f < k and (words[f].is_punct or words[f].lower in ("but", "and", "more")):
            f += 1
        if f + 1 < k and words[f].lower == "from" and f - a <= 2 or \
                f + 1 < k and words[f].lower == "from" and words[f - 1].lower == "more":
            np = self._np_forward(f + 1, k)
            if np is not None and np[1] == k and _text_noun(words[k - 1]):
                return Attribution(np, None, None, 0.6, "lead-in sentence:")
            return None
        s = a
        while s < k and (words[s].is_punct or words[s].lower in ("but", "and")):
            s += 1
        np = self._np_forward(s, k)
        if np is None or np[1] >= k or not _text_noun(words[np[1] - 1]) or \
                words[np[0]].lower in _POSSESSIVES or self._sent_by_someone(np, k):
            return None
        j = self._skip_adjuncts(self._past_set_offs(
            self._past_prepositional_phrases(np[1], k), k), k)
        if j >= k or words[j].upos not in ("VERB", "AUX") or words[j].lower.endswith("ing"):
            return None
        return Attribution(np, None, None, 0.6, "lead-in sentence:")

    def _release_lead(self, a: int, k: int) -> Attribution | None:
        """A lead-in [a, k) that puts out a message right before its colon ("The club's
        owner, Jane Doe, issued a short statement:", "The league released a statement:"):
        the noun phrase that opens it, any noun, issued the quote after it."""
        words = self.words
        v = next((x for x in range(max(a + 1, k - _RELEASE_LEAD_WORDS), k)
                  if words[x].lower in RELEASE_FORMS and words[x].upos == "VERB"), None)
        if v is None or not any(words[y].lower in MESSAGE_NOUNS for y in range(v + 1, k)):
            return None
        sub = self._opening_subject_of(a, v) or self._opening_subject(a, v)
        if sub is None and words[v - 1].text == ",":
            # "The club's owner, Jane Doe, issued": the name set off after the role
            name = self._np_back(v - 2, a)
            role = self._np_back(name[0] - 2, a) if name is not None and name[0] - 2 >= a \
                and words[name[0] - 1].text == "," else None
            if name is not None and role is not None and role[0] == a and \
                    self._names_person(name):
                sub = name
        if sub is None or self.in_quote[sub[0]] >= 0:
            return None
        return Attribution(sub, None, None, 0.7, "lead-in sentence:")

    def signature_line(self, start: int, end: int) -> Attribution | None:
        """A quote paragraph [start, end) signed by a dash line, on the same line ('“...” ―
        Jane Doe') or as the next one ('“...”\n\n- Jane Doe, a teacher.'): the name speaks."""
        W, words = self.W, self.words
        text = W.text
        p0, _ = W.paragraph_bounds(start)
        _, p1 = W.paragraph_bounds(end)
        if not _LIST_MARKER.fullmatch(text, p0, start):
            return None  # the quote is inside a sentence: 'Doe called him “A” – Reuters.'
        k = W.index_at(end)
        if k < len(words) and words[k].start < p1 and words[k].text in _DASHES and \
                not text[end:words[k].start].strip(" .\u00a0"):
            pass  # '“...” ― Jane Doe'
        elif not text[end:p1].strip(" .\u00a0"):
            k = W.index_at(p1)  # '“...”\n\n- Jane Doe'
            if k >= len(words) or words[k].text not in _DASHES or \
                    text[p1:words[k].start].strip():
                return None
        else:
            return None  # not a paragraph of its own: '... called him “A.”\n\n- Reuters.'
        _, line_end = W.paragraph_bounds(words[k].start)
        a = k + 1
        np = self.signed_name(a, W.index_at(line_end)) if a < len(words) and \
            words[a].par == words[k].par else None
        if np is None:
            return None
        return Attribution(np, None, None, 0.8, "signature line after the quote")

    def signed_name(self, a: int, b: int) -> tuple[int, int] | None:
        """The name that fills a signature line on words [a, b), or None: a name with at most
        a comma apposition, a place or a handle in parentheses after it ("Jane Doe, a retired
        teacher, Ohio", "Jane Doe (@jdoe)"), not a sentence ("Jane Doe said it was late")."""
        words = self.words
        np = self._np_forward(a, b) if a < b else None
        if np is None or words[np[0]].is_pronoun or not self.is_named_or_pronoun(np) or \
                all(words[x].ner.endswith(("GPE", "LOC", "DATE")) for x in range(*np)):
            return None  # not a place or a date: "Updated Monday - Ohio: “...”"
        rest = words[np[1]:b]
        if rest and rest[0].text not in (",", "(", "."):
            return None  # "– Jane Doe said the plan was bad": a sentence after a dash
        if len(rest) > _SIGNATURE_WORDS or any(self._clause_verb(x, b) for x in range(np[1], b)):
            return None  # "– Jane Doe, the mayor, said ..."
        return np

    def _clause_verb(self, x: int, b: int) -> bool:
        """True for a word that makes a clause of a signature's apposition (ending before
        ``b``): an auxiliary or a verb that is no participle: "runs", "said", not "tweeting
        after the speech" or "a retired teacher"."""
        w = self.words[x]
        if w.upos == "AUX":
            return True
        if w.upos != "VERB" and not is_cue_word(w):
            return False
        if w.lower.endswith("ing"):
            return False
        return not (w.lower.endswith(("ed", "en")) and x + 1 < b and _nounish(self.words[x + 1]))

    def _cue_sentence_lead(self, k: int) -> Attribution | None:
        """A short sentence ending with its cue before the quote: "X agreed. “...”"; or with
        a verb of taking the floor ("Her husband cut in. “...”", "The judge interrupted me.
        “...”"), also in a clause after an earlier quote ("“A,” Doe said, and her husband
        cut in. “B”": B is his)."""
        words = self.words
        a = self._sentence_range(k)[0]
        turn = self._turn_taking_verb(k, a)
        if turn is not None:
            a = max([a] + [i + 1 for i in range(a, k) if self.in_quote[i] >= 0])
            # the noun phrase right before the verb, which a parse may not take for its
            # subject ("Doe said, and her husband cut in": "cut" read as a noun)
            sub = self._np_back(turn - 1, a)
            if sub is None or sub[1] != turn or not self.is_named_or_pronoun(sub):
                return None
            return Attribution(sub, (turn, turn + 1), None, 0.7, "lead-in sentence:")
        if k - a > 15 or any(self.in_quote[i] >= 0 for i in range(a, k)):
            return None
        c = k - 1
        while c > a and (words[c].lower in _CUE_ADJUNCTS or words[c].lower in _WEEKDAYS or
                         words[c].upos == "ADV"):
            c -= 1
        if c <= a or not is_cue_word(words[c]) or words[c].lower.endswith("ing"):
            return None
        if self._parsed(c):
            sub = self.syntax_subject(c)
            if sub is not None and sub[0] >= a:
                return Attribution(sub, (c, c + 1), None, 0.7, "lead-in sentence:")
        np, how = self._subject_of_cue(c, a)
        if np is None or how != "subject" or not self.is_named_or_pronoun(np):
            return None
        return Attribution(np, (c, c + 1), None, 0.7, "lead-in sentence:")

    def _turn_taking_verb(self, k: int, a: int) -> int | None:
        """The verb of taking the floor that ends the words [a, k) before a full stop at
        ``k`` ("cut in", "chimed in", "piped up", "interrupted me", "interjected"), else None."""
        words = self.words
        c = k - 1
        if c - 1 > a and words[c].lower in _OBJECT_PRONOUNS and \
                words[c - 1].lower in _INTERRUPT_VERBS:
            c -= 1  # "interrupted me"
        elif c - 1 > a and words[c].lower in ("in", "up") and \
                words[c - 1].lower in _FLOOR_VERBS.get(words[c].lower, ()):
            return c - 1
        return c if c > a and words[c].lower in _INTERRUPT_VERBS else None

    def reports_after(self, j: int, b: int) -> bool:
        """True when a reporting verb opens at word ``j`` before ``b``, adverbs and time
        phrases aside: the verb of a subject that ends before ``j`` ("The pastor [further]
        related that ...")."""
        v = self._skip_adjuncts(j, b)
        return v < b and is_cue_word(self.words[v])

    def speaks_right_after(self, np: tuple[int, int], k: int) -> bool:
        """True when noun phrase ``np`` is followed at once, before word ``k``, by a verb of
        reporting, stance or naming, adverbs, time phrases and one short aside set off by
        commas aside ("the rally denounced", "Limbaugh, for one, called", "he calls"): the
        subject's own verb of speech; not one of thought ("the distrust her voters feel
        about the “rigged” courts")."""
        words = self.words
        j = np[1]
        if j < k and words[j].text == "," and self.in_quote[j] < 0:
            close = next((x for x in range(j + 1, min(k, j + _ASIDE_WORDS + 2))
                          if words[x].text == ","), None)
            if close is None:
                return False
            j = close + 1
        v = self._skip_adjuncts(j, k)
        return v < k and self._speech_act_word(v) and words[v].lemma not in THOUGHT_VERBS and \
            REPORTING_VERB_FORMS.get(words[v].lower, words[v].lemma) not in THOUGHT_VERBS

    def speech_act_between(self, sub: tuple[int, int], q0: int, q1: int) -> bool:
        """True when a reporting, stance, naming or showing verb stands between the subject
        ``sub`` and the quote on words [q0, q1): "X slammed the plan as “reckless”", not
        "X produced an “autopsy”" (a scare quote, nobody's words)."""
        a, b = (sub[1], q0) if sub[1] <= q0 else (q1, sub[0])
        return any(self._speech_act_word(x) and not self._names_the_subject(sub, x)
                   for x in range(max(a, b - _WINDOW), b))

    def crowd_cry(self, q0: int) -> Attribution | None:
        """The attribution of a quote at word ``q0`` right after an utterance noun and "of"
        ("their chants of “...”", "a chorus of “No!”"): words a crowd called out, speech
        though no verb frames them.  The noun's possessor speaks them ("their", "the
        crowd's"), or the subject of an active verb that takes them with "in", "into" or
        "with" ("Fans broke into chants of", not "He was met with chants of"), else nobody
        named; None when no such noun stands before the quote."""
        w = self.words
        k = q0 - 2
        if k < 0 or w[q0 - 1].lower != "of" or w[k].lower not in _CRY_NOUNS or \
                self.in_quote[k] >= 0:
            return None
        j = k - 1  # over the adjectives: "their loud chants of"
        while j >= 0 and k - j <= _CRY_MODIFIERS and w[j].upos in ("ADJ", "ADV", "NOUN") and \
                not w[j].is_capitalised and self.in_quote[j] < 0:
            j -= 1
        owner: tuple[int, int] | None = None
        if j >= 0 and w[j].lower in _POSSESSIVES:
            owner = (j, j + 1)
        elif j >= 0 and _possessive_mark(w[j]):
            owner = self._possessor(j, max(0, j - _NAME_WORDS))
        else:
            j -= j >= 0 and w[j].lower in ("a", "an", "the")
            if j >= 1 and w[j].lower in _CRY_TAKING and w[j - 1].upos == "VERB" and \
                    not self.in_the_passive(j - 1):
                a = self._sentence_range(j)[0]
                v = j - 1  # the verb, then the subject before it: "Fans [quickly] broke into"
                while v - 1 >= a and w[v - 1].upos == "ADV":
                    v -= 1
                owner = self.clause_subject(a, j) or self._np_back(v - 1, a)
                if owner is not None and owner[1] > v:
                    owner = None
        if owner is not None and (self.is_named_or_pronoun(owner) or
                                  self.is_speaking_noun_phrase(owner)):
            return Attribution(owner, None, None, _CRY_CONFIDENCE, CRY_OF_X)
        return Attribution(None, None, None, 0.0, CRY_REASON)

    def remark_owner(self, q0: int, q1: int) -> Attribution | None:
        """The attribution of a quote on words [q0, q1) between a named possessor and a noun
        of what was said ("Romney's “47 percent” comment", "Doe's “...” rallying cry"): the
        possessor said it; else None."""
        w = self.words
        k = q1 + (q1 + 1 < len(w) and w[q1].lower not in _REMARK_NOUNS and
                  w[q1].upos in ("ADJ", "NOUN", "VERB") and not w[q1].is_capitalised)
        # (over one modifier: "rallying cry")
        if q0 < 2 or k >= len(w) or w[k].lower not in _REMARK_NOUNS or self.in_quote[k] >= 0:
            return None
        j = q0 - 1  # a name's, not "his" (who may be someone else than the pronoun's)
        owner = self._possessor(j, max(0, j - _NAME_WORDS)) if _possessive_mark(w[j]) else None
        if owner is None or not self.is_named_or_pronoun(owner):
            return None
        return Attribution(owner, None, None, _CRY_CONFIDENCE, "X's “...” remark")

    def speech_noun_owner(self, q0: int) -> Attribution | None:
        """The attribution of a quote at word ``q0`` after a named possessor's noun of a
        speech act and its preposition ("Doe's call for a “total ban”", "Doe's repeated
        promise to “fix the roads”", "Doe's broadside against “easy money”"): the possessor
        said the words; else None."""
        w = self.words
        x = q0 - 1
        while x >= 0 and w[x].lower in ("a", "an", "the") and self.in_quote[x] < 0:
            x -= 1
        if x < 2 or self.in_quote[x] >= 0:
            return None
        n = x - 1
        if w[n].lower not in _SPEECH_ACT_NOUNS or w[x].lower not in _SPEECH_ACT_NOUNS[w[n].lower]:
            return None
        k = n - 1  # over a few modifiers: "Doe's recent, evidence-free call for"
        while k > 0 and n - k <= _SPEECH_NOUN_MODIFIERS and self.in_quote[k] < 0 and \
                not _possessive_mark(w[k]) and (w[k].upos in ("ADJ", "ADV", "NOUN", "VERB") or
                                                w[k].text == ",") and not w[k].is_capitalised:
            k -= 1
        if w[k].lower in _POSSESSIVE_PRONOUNS:
            owner: tuple[int, int] | None = (k, k + 1)  # "his call for “...”"
        else:
            owner = self._possessor(k, max(0, k - _NAME_WORDS)) if _possessive_mark(w[k]) \
                else None
        if owner is not None:
            # "But Clinton's", "X.\n\nNixon's": the name only
            a = next((y for y in range(owner[0], owner[1]) if w[y].upos == "PROPN" or
                      w[y].ner != "O" or w[y].is_pronoun), owner[1])
            owner = (a, owner[1]) if a < owner[1] and w[a].par == w[q0].par else None
        if owner is None or not self.is_named_or_pronoun(owner):
            return None
        return Attribution(owner, None, None, _CRY_CONFIDENCE, "X's call for “...”")

    def statement_noun_owner(self, q0: int) -> tuple[int, int] | None:
        """The possessor of a noun of what was said whose own phrase holds the quote at word
        ``q0`` ("Doe's assertion of a “blanket privilege”", "her comments before the panel that
        “...”", "her comment that, “...”", "his argument in favour of “...”"): the
        possessor's words, not the clause subject's ("The group ran ads using her comments
        that ..."); None with no "that" or "of" between nor "on" or "about" after the noun,
        when "as", a copula, "and", a clause stop, a relative or a verb of speech stands
        between (the subject's
        label for the remark: "Roe denounced Doe's remarks as “cruel”", "said his claims
        were “a joke”", "her remarks, which Roe called “...”"), or with no such noun."""
        w = self.words
        if q0 < 2 or q0 >= len(w):
            return None
        lo = max(0, q0 - 1 - _OWNED_STATEMENT_WORDS)
        x = q0 - 1
        if w[x].text == "," and w[x - 1].lower == "that":
            x -= 1  # "her comment that, “...”"
        n, linked = None, False
        while x >= lo and self.in_quote[x] < 0 and w[x].sent == w[q0].sent:
            if w[x].lower in _OWNED_STATEMENT_NOUNS and w[x].upos == "NOUN":
                n = x
                break
            if w[x].is_punct or w[x].lower in _RELATIVES and w[x].lower != "that" or \
                    w[x].lower == "as" or w[x].upos in ("AUX", "CCONJ") or w[x].lemma == "be" \
                    or is_cue_word(w[x]) and w[x].upos == "VERB":
                return None
            linked = linked or w[x].lower in _OWNED_STATEMENT_LINKS
            x -= 1
        if n is None or not (linked or self._remark_topic(n)):
            return None
        k = n - 1  # over a few modifiers: "her March comment", "his confusing argument"
        while k > 0 and n - k <= _OWNED_STATEMENT_MODIFIERS and self.in_quote[k] < 0 and \
                not w[k].is_punct and not _possessive_mark(w[k]) and \
                w[k].lower not in _POSSESSIVE_PRONOUNS and w[k].upos in ("ADJ", "NOUN", "PROPN"):
            k -= 1
        if w[k].lower in _POSSESSIVE_PRONOUNS:
            owner: tuple[int, int] | None = (k, k + 1)
        elif _possessive_mark(w[k]):
            owner = self._possessor(k, max(0, k - _NAME_WORDS))
        else:
            return None
        if owner is None or w[owner[0]].sent != w[q0].sent or \
                not self.is_named_or_pronoun(owner):
            return None
        if not linked and owner[0] > 0 and w[owner[0] - 1].lower in _NAMING_FORMS:
            return None  # "X called Y's remarks about race “an alarm bell”": X's label
        return owner

    def _remark_topic(self, n: int) -> bool:
        """True when "on" or "about" after the noun of a remark at word ``n`` opens its
        topic ("her comments on closing the pool"), not a time ("his remarks on Saturday")."""
        w = self.words
        if n + 2 >= len(w) or w[n + 1].lower not in _OWNED_STATEMENT_TOPICS:
            return False
        t = w[n + 2]
        return not (t.lower in _WEEKDAYS or t.lower in _TIME_NOUNS or
                    t.ner.endswith(("DATE", "TIME")) or t.upos == "NUM")

    def holding_relative(self, a: int, k: int) -> tuple[int, int] | None:
        """Without a parse, the relative "who" after a person's name whose clause runs on to
        the quote at word ``k`` with no punctuation between ("X contrasted that with Y who is
        looking to bring “both sides to the table”", "Y, who could be celebrating being dubbed the
        “...”"):
        that clause's subject, as a parse's climb stops at a relative clause of a person;
        None when punctuation, another quote or a second finite verb after the relative's
        own verbs ("The lawyer who ran races is already talking about “...”": the main
        clause's) stands between, or from word ``a`` on no such "who" stands."""
        w = self.words
        x, finite = k - 1, 0
        while x > a and k - x <= _OWNED_RELATIVE_WORDS:
            if self.in_quote[x] >= 0 or w[x].is_punct:
                return None
            if w[x].lower == "who":
                break
            # a run of verbs and auxiliaries counts once ("could be celebrating being")
            if w[x].upos in ("VERB", "AUX") and w[x - 1].upos not in ("VERB", "AUX", "PART",
                                                                      "ADV"):
                finite += w[x - 1].lower != "to"
            x -= 1
        else:
            return None
        named = w[x - 2] if w[x - 1].text == "," and x >= 2 else w[x - 1]
        if finite > 1 or named.upos != "PROPN" or not named.ner.endswith("PERSON"):
            return None  # "X casts Y as a liberal who would “gut” ...": X's description
        return (x, x + 1)

    def perspective_holder(self, a: int, k: int) -> tuple[int, int] | None:
        """The one in whose eyes an opening phrase sets the sentence from word ``a`` ("To
        Doe, Reed is the “gentle and generous” man who ...", "To many voters, ...", "In Doe's mind,
        his refusal to ... is “...”"): whose words the quote at word ``k`` in the main clause
        gives; None without such a phrase ("To be sure,", "To Doe's credit,"), or with a
        verb of speech after it ("To reporters, Reed described it as “...”": Reed's)."""
        w = self.words
        if k - a < 4 or w[a].lower not in ("to", "in") or self.in_quote[a] >= 0:
            return None
        comma = next((x for x in range(a + 2, min(k, a + _NAME_WORDS + 3))
                      if w[x].text == "," or self.in_quote[x] >= 0), None)
        if comma is None or w[comma].text != ",":
            return None
        holder: tuple[int, int] | None = None
        if w[a].lower == "to":
            holder = self._np_forward(a + 1, comma)
            last = w[comma - 1]
            if holder is None or holder[1] != comma or not (
                    last.upos == "PROPN" or _personal_pronoun(last) or _person_word(last)):
                return None
        elif comma - 2 > a and w[comma - 1].lower in _VIEW_NOUNS:
            j = comma - 2  # "In Doe's mind", "In her view"
            if w[j].lower in _POSSESSIVE_PRONOUNS:
                holder = (j, j + 1)
            elif _possessive_mark(w[j]):
                holder = self._possessor(j, a + 1)
        if holder is None or not self.is_named_or_pronoun(holder) or \
                any(self._speech_act_word(x) for x in range(comma + 1, k)):
            return None
        return holder

    def names_a_person(self, span: tuple[int, int]) -> bool:
        """True when the mention is a person's name or a personal subject pronoun."""
        return self._names_person(span) or \
            span[1] - span[0] == 1 and self.words[span[0]].lower in ("he", "she", "they", "i")

    def passive_namer(self, q0: int, q1: int) -> tuple[int, int] | None:
        """The agent of a naming participle in the passive that gives the quote on words
        [q0, q1) as a name, when it may speak: "labeled as a “witch hunt” by Democrats",
        "known by some Republicans as a “hug”"; else None."""
        w = self.words
        x = self._past_name_articles(q0)
        if x >= 0 and w[x].lower in _PASSIVE_NAMING_FORMS:
            by = q1 + (q1 < len(w) and w[q1].text == ",")  # '... “witch hunt,” by Democrats'
            end = self._sentence_range(by)[1] if by < len(w) else by
        elif x >= 0 and w[x].lower == "as":
            # "known by some Republicans as a “hug”": walk back over the agent to "by"
            by = next((y for y in range(x - 1, max(-1, x - _AGENT_WORDS - 2), -1)
                       if w[y].lower == "by"), -1)
            if by < 1 or w[by - 1].lower not in _PASSIVE_NAMING_FORMS:
                return None
            end = x
        else:
            return None
        if by >= len(w) or w[by].lower != "by" or self.in_quote[by] >= 0:
            return None
        np = self._np_forward(by + 1, end)
        if np is None or not (self.is_named_or_pronoun(np) or self.is_speaking_noun_phrase(np)):
            return None
        return np

    def report_controller(self, q0: int) -> tuple[tuple[int, int], int] | None:
        """For a quote at parse word ``q0`` inside what a speech verb with no subject of its
        own reports, the subject of the clause that verb hangs from, wherever it stands, and
        the verb ("After saying her ankle was “so swollen ...,” she was taken to hospital":
        she said it, not her ankle); None otherwise."""
        words = self.words
        if not self._parsed(q0):
            return None
        w, steps = words[q0], 0
        while w.head >= 0 and steps < 6 and (self.in_quote[w.i] >= 0 or not is_cue_word(w)):
            w, steps = words[w.head], steps + 1
        if self.in_quote[w.i] >= 0 or w.lemma not in SPEECH_VERBS or not is_cue_word(w) or \
                w.deprel not in ("advcl", "xcomp") or w.head < 0 or self._has_subject(w.i):
            return None
        sub = self._parse_subject(words[w.head])
        if sub is None or words[sub.i].sent != words[q0].sent:
            return None
        return self.expand_mention(sub.i), w.i

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
        starts = [a] + [x + 1 for x in range(a, k)
                        if words[x].text in (",", "–", "—", "―", ")", ":", ";") and
                        self.in_quote[x] < 0]
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
            if pick:
                return self._subject_past_relative(pick[0][0], a, k) or pick[0][0]
            return None
        for i in starts:
            surface = self._surface_subject_at(i, k, boundaries)
            if surface is not None:
                return surface[0]
        return None

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

    def complement_reporter(self, sub: tuple[int, int], a: int) -> tuple[int, int] | None:
        """The subject of the reporting verb whose "that" clause the noun phrase ``sub``
        opens, in words from ``a`` ("X demanded that Y make “...”", "X may have thought that,
        for a fee, Y might ...", "X, adding hopefully that Y ..."): the quoted words in that
        clause are X's report, as a parse's climb to the outermost clause finds; else None."""
        words = self.words
        j = sub[0] - 1
        if j > a and words[j].text == ",":
            # "that, for $35,000, they": past a phrase set off before the clause's subject
            j = next((x for x in range(j - 1, max(a, j - _MODIFIER_WORDS) - 1, -1)
                      if words[x].text == ","), a) - 1
        if j <= a or words[j].lower != "that" or self.in_quote[j] >= 0:
            return None
        v = j - 1
        while v > a and words[v].upos == "ADV" and words[v].lower.endswith("ly"):
            v -= 1  # "adding hopefully that"
        if not is_cue_word(words[v]) or self.in_quote[v] >= 0:
            return None
        return self._subject_of_cue(v, a)[0]

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

    def _after_inner_as(self, np: tuple[int, int]) -> tuple[int, int]:
        """The noun phrase ``np`` from after the last lower-case "as" inside it ("steam this
        week as [a number of writers]"), where the surface reading ran back across it; else
        ``np``."""
        words = self.words
        return next(((x + 1, np[1]) for x in range(np[1] - 2, np[0], -1)
                     if words[x].text == "as"), np)

    def _object_of_preposition(self, x: int) -> bool:
        """True when word ``x`` follows a preposition ("in Dover", "against Doe"): the
        object of a phrase, not a clause's subject (but "a spokesman for Doe" may speak)."""
        return x > 0 and self.words[x - 1].lower in _OBJECT_PREPOSITIONS

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
        np = i, np[1]  # "[about 200 protesters] gathered"
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
    @cached_property
    def _surface_trigger_index(self) -> list[int]:
        """The article's words a rule of reported speech can start from, in order: those
        spelled as in ``_REPORTED_TRIGGER_FORMS`` or with a reporting verb's lemma (every
        cue word among them).  A rule of :meth:`_surface_reported` that starts from
        another word must add its spelling there."""
        # read with the words (Words.trigger_index), not in a pass of its own here
        return self.W.trigger_index

    @cached_property
    def _cue_index(self) -> list[int]:
        """The article's cue words (:func:`is_cue_word`), in order: the parse rules look at
        these alone, not at every word of every sentence."""
        words = self.words
        return [i for i in self._surface_trigger_index if is_cue_word(words[i])]

    @staticmethod
    def _indices_in(index: list[int], a: int, b: int) -> list[int]:
        """The indices of sorted ``index`` in [a, b)."""
        return index[bisect.bisect_left(index, a):bisect.bisect_left(index, b)]

    def reported_speech(self) -> list[Found]:
        """Indirect speech: "X said (that) ...", "..., X said", "according to X, ..."."""
        out: list[Found] = []
        for a0, b0 in self.W.sentences:
            # a "sentence" of thousands of words (scraped junk) is read in windows
            for a in range(a0, b0, 4 * _WINDOW):
                b = min(b0, a + 4 * _WINDOW)
                self._reported_in_window(a, b, out)
        return out

    def _reported_in_window(self, a: int, b: int, out: list[Found]) -> None:
        """Append the reported statements of sentence words [a, b) to ``out``."""
        triggers = self._indices_in(self._surface_trigger_index, a, b)
        if not triggers:
            # every rule below starts from a word of _surface_trigger_index (the question
            # frame's "asked" and the headline's verb too): none, no statement
            return
        a = self._past_dateline(a, b)  # "GENEVA (Reuters) - A, officials said": not A's
        if a < b and _CLOCK_TIME.fullmatch(self.words[a].text):
            # a live blog's time stamp ("14:05 Police say A"), with its "a.m." or "p.m."
            a += 2 if a + 1 < b and self.words[a + 1].lower in _CLOCK_SUFFIXES else 1
        if b - a < 4:
            return
        # several statements can share a sentence ("X, who said A, said B")
        start = a
        asked = self._asked_frame(a, b)  # a question frame wins over the cue it holds
        here: list[Found] = [asked] if asked is not None else []
        in_quote = self.in_quote
        if in_quote[triggers[0]] >= 0 and all(in_quote[x] >= 0 for x in triggers):
            # every trigger stands inside a quote ('“Critics said A and claimed B.”'
            # alone): the parse rules take no cue inside a quote, the surface rules start
            # from the triggers outside quotes only, and a headline's verb outside quotes
            # is a trigger too, so none of them finds a statement
            out.extend(here)
            return
        while start < b:
            found = self._reported_in_sentence(a, b, start)
            if found is None:
                break
            over = [k for k, f in enumerate(here) if f.start < found.end and found.start < f.end]
            if len(over) == 1 and self._final_frame_credits_all(here[over[0]], found):
                # "X declared A, officials said.": the frame that ends the sentence credits
                # all of it, X's statement included (not "when X said A, Y shouted")
                here[over[0]] = found
            elif len(over) == 1 and self._final_frame_credits_all(here[over[0]], found,
                                                                  cut=True):
                # "X noted that A – what Y calls “B” – is “C”, reported the Post.": the
                # frame's statement was cut before the aside's quote; X's statement is the
                # frame's too
                here[over[0]] = attrs.evolve(here[over[0]], attribution=found.attribution)
            elif len(over) == 1:
                # "X said A, while Y suggested B": A ends before Y's clause
                cut = self._cut_before_cue(here[over[0]], found)
                if cut is not None:
                    here[over[0]] = cut
                    over = []
                else:
                    # "A, X said, while B, Y said": B starts after X's frame
                    found = self._start_after(here[over[0]], found) or found
                    over = [] if found.start >= here[over[0]].end else over
            if not over:
                here.append(found)
                lead = self._clause_before_quote(found) if found.kind == "mixed" else None
                if lead is not None:
                    here.append(lead)
                self._final_frame_over_participles(here, found)
            cue = found.attribution.cue
            start = cue[1] if cue else b
        out.extend(here)

    def _final_frame_credits_all(self, inner: Found, found: Found, cut: bool = False) -> bool:
        """True when ``found``, a statement its frame ends ("A, officials said."), holds all
        of ``inner``, a statement whose subject opens ``found`` ("X declared A, officials
        said.", "Doe's claim that A hurt B, officials said."): the closing frame credits the
        whole sentence.  A parse's statement may run
        on over the frame that a parse hangs inside it ("X explained how A, those people
        said": "those people" as words of A).  With ``cut``, ``inner`` runs on past the end
        of ``found``, which stopped before a quote after a comma or dash, to the frame."""
        cue, sp = found.attribution.cue, inner.attribution.speaker
        return cue is not None and (
            found.attribution.reason in ("CLAUSE, X said", "CLAUSE, said X") or
            found.attribution.reason == "cue with a clause (parse)" and
            found.end <= self.words[cue[0]].start and self._ends_sentence(found.attribution)) and \
            inner.attribution.reason in ("X said CLAUSE", "cue with a clause (parse)",
                                         "X's claim that", "X criticized Y") and \
            self.words[cue[0]].lemma in SPEECH_VERBS and sp is not None and \
            self._title_before(self.W.index_at(found.start), sp[0]) and \
            (inner.end <= found.end or inner.attribution.reason == "cue with a clause (parse)" and
             inner.end <= self.words[cue[0]].end or cut and self._runs_to_frame(inner, found))

    def _runs_to_frame(self, inner: Found, found: Found) -> bool:
        """True when ``inner``, a statement with quoted words, starts inside ``found`` and
        ends before the frame of ``found``, a frame that ends its sentence."""
        frame = found.attribution
        if inner.kind != "mixed" or frame.cue is None or frame.speaker is None or \
                not self._ends_sentence(frame):
            return False
        opens = self.words[min(frame.cue[0], frame.speaker[0])].start
        return found.start <= inner.start < found.end and inner.end <= opens

    def _final_frame_over_participles(self, here: list[Found], found: Found) -> None:
        """Credit to ``found``, a statement its frame ends ("X welcomed A, CNN reported."),
        the statements in ``here`` of the participles between it and its frame whose
        subject opens it ("X welcomed A, saying B, suggesting C, CNN reported."): the
        closing frame credits the whole sentence, as "X declared A, officials said." and a
        closing "according to X" do; the statement was cut before the participle's quote."""
        att = found.attribution
        cue = att.cue
        words = self.words
        if att.reason != "CLAUSE, X said" or cue is None or \
                words[cue[0]].lemma not in SPEECH_VERBS or not self._ends_sentence(att):
            return
        k0 = self.W.index_at(found.start)
        frame = words[min(cue[0], att.speaker[0]) if att.speaker else cue[0]].start
        for n, f in enumerate(here):
            fc, sp = f.attribution.cue, f.attribution.speaker
            if fc is not None and sp is not None and found.end <= f.start and \
                    f.end <= frame and f.attribution.reason == "X said CLAUSE" and \
                    words[fc[0]].lower.endswith("ing") and self._title_before(k0, sp[0]) and \
                    (words[fc[0] - 1].text == "," or
                     self._quote_ends_at(fc[0] - 1, k0, comma=True)):
                here[n] = attrs.evolve(f, attribution=att)

    def _ends_sentence(self, frame: Attribution) -> bool:
        """True when no verb follows the cue and speaker of ``frame`` in their sentence ("...,
        the report said."; not "- “A,” X said twice - and reminded the crowd ...")."""
        cue, sp = frame.cue, frame.speaker
        if cue is None or sp is None:
            return False
        tail = max(cue[1], sp[1])
        return not any(w.upos in ("VERB", "AUX") for w in
                       self.words[tail:self._sentence_range(cue[0])[1]])

    def _title_before(self, k: int, s: int) -> bool:
        """True when words [k, s) are none, or a title or name before the speaker at word
        ``s`` that a parse left out of the mention ("Rep. Mia Love": "Mia Love")."""
        return k <= s and all(self.words[x].upos in ("PROPN", "NOUN") or
                              self.words[x].lower in TITLES for x in range(k, s))

    def _cut_before_cue(self, kept: Found, found: Found) -> Found | None:
        """``kept`` cut before the clause of a later statement ``found`` whose cue lies
        inside it ("X said A, while Y suggested B", "X noted A and saying B": A ends before
        Y, or before the cue), or None when ``found`` does not start inside ``kept`` after
        its start, or too little of ``kept`` is left ("X said Y told him B")."""
        cue = found.attribution.cue
        if cue is None or found.start <= kept.start:
            return None
        words = self.words
        if not kept.start < words[cue[0]].start < kept.end or \
                words[cue[0]].lemma not in SPEECH_VERBS:
            return None
        cut = min(cue[0], self.W.index_at(found.start))
        speaker = found.attribution.speaker
        k0 = self.W.index_at(kept.start)
        if speaker is not None and kept.start < words[speaker[0]].start:
            cut = min(cut, speaker[0])
        elif speaker is not None and words[speaker[1] - 1].lower in _POLL_NOUNS:
            # "In a poll, 79 percent said A and 60 percent said B": the poll's share opens B
            share = self._share_subject(k0, cue[0])
            cut = min(cut, share[0]) if share is not None else cut
        # the later clause opens after a comma, dash or semicolon, or a link ("and",
        # "while"), or after a quote that its comma closes ('“A,” Y said B')
        end = cut
        while end > k0 and (words[end - 1].text in _CLAUSE_STOPS or
                            words[end - 1].text in _DASHES or
                            words[end - 1].lower in _CLAUSE_LINKS):
            end -= 1
        quote_closed = end > k0 + 1 and words[end - 1].text in _QUOTE_CHARS and \
            words[end - 2].text == ","
        if end == cut and not quote_closed or end - k0 < 3 or self._opening_phrase(k0, end):
            return None  # (a setting alone is no statement: "that during the visit, Y said")
        return self._found(k0, end, kept.attribution)

    def _start_after(self, kept: Found, found: Found) -> Found | None:
        """A statement ``found`` before its final cue ("CLAUSE, X said") that runs back over
        an earlier statement ``kept`` and its cue, started after them ("A, X reported,
        while B, Y reported"; "Though X boasts of A, B, analysts say"; "Asked whether A, she
        said B, according to a translation"), or None when it does not or too little is
        left."""
        att, cue = found.attribution, kept.attribution.cue
        # a closing "according to X" credits the whole sentence, but not the question put
        framed = att.reason == "CLAUSE, X said" or att.reason == "according to X" and \
            kept.attribution.reason == "Asked A, X said"
        if not framed or cue is None or att.cue is None or \
                found.start > kept.start or kept.end >= found.end or cue[0] >= att.cue[0]:
            return None
        words = self.words
        c0 = max(self.W.index_at(kept.end), cue[1])
        c1 = self.W.index_at(found.end - 1) + 1
        while c0 < c1 and (words[c0].is_punct and words[c0].text not in _QUOTE_CHARS or
                           words[c0].lower in _CLAUSE_LINKS):
            c0 += 1
        if c1 - c0 < 3 or words[c0].start < kept.end:
            return None
        return self._found(c0, c1, att)

    def _clause_before_quote(self, found: Found) -> Found | None:
        """The reported clause before a second verb that brings the quote of a mixed
        statement ("X says [he respects her] and calls her “...”"), as a statement of its
        own; None when the quote is not in such a second verb phrase."""
        words = self.words
        c0 = self.W.index_at(found.start)
        q = next((x for x in range(c0, len(words)) if self.in_quote[x] >= 0), None)
        if q is None:
            return None
        conj = next((x for x in range(q - 1, c0 + 2, -1) if words[x].lower in ("and", "but") and
                     words[x + 1].upos == "VERB" and self.in_quote[x + 1] < 0), None)
        if conj is None or not any(words[x].upos in ("VERB", "AUX") for x in range(c0, conj)):
            return None
        c1 = self._content_end(c0, conj)
        return Found(found.start, words[c1 - 1].end, "indirect", found.attribution)

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

    def _subtree(self, h: int, a: int, b: int) -> tuple[int, int]:
        """Word span [lo, hi) of the subtree of ``h`` within sentence words [a, b)."""
        words = self.words
        inside = {h}
        todo = [h]
        while todo:
            for x in self.W.children(words[todo.pop()]):
                if a <= x.i < b and x.i not in inside:
                    inside.add(x.i)
                    todo.append(x.i)
        return min(inside), max(inside) + 1

    def _syntax_reported(self, a: int, b: int, start: int) -> Found | None:
        """Reported speech from the parse: a cue with a clausal complement and a subject.

        What a cue gives depends on the cue and the window [a, b) only, not on ``start``;
        :meth:`_reported_in_window` asks again from each statement's cue on, and from an
        earlier surface cue back over the parse's ("X, who said A, said B"), so each cue's
        answer is kept for the window and read once."""
        words = self.words
        if self._syntax_window != (a, b):
            self._syntax_window = (a, b)
            self._syntax_at = {}
        known = self._syntax_at
        prev = -1  # the cue read last, which found nothing when the loop goes on
        for c in self._indices_in(self._cue_index, start, b):
            if prev >= 0:
                known[prev] = None
            prev = -1
            if c in known:
                if known[c] is None:
                    continue
                return known[c]
            prev = c
            w = words[c]
            obj = None
            if self.in_quote[c] >= 0 or not is_cue_word(w) or self._knowing_aside(c) or \
                    self._participle_modifier(c) or self._inverted_frame(c, a) or \
                    self._told_clause_as_relative(c, a, b) or \
                    w.lower == "states" and self._noun_use(c, a):
                continue
            comp = [x.i for x in self.W.children(w) if a <= x.i < b and
                    x.deprel in ("ccomp", "parataxis") and
                    (self.in_quote[x.i] < 0 or self._statement_into_quote(c, x.i, a, b)) and
                    not self._coordinated_clause(x)]
            if not comp:
                comp = self._question_clause(c, a, b)
            if len(comp) > 1:
                that = self._that_clause(c, a, b)
                if that in comp:
                    # "said — on Twitter, as it happens — that A", "argued - rebuking X -
                    # that A": the parse hangs the aside as a clause too; the statement is
                    # the clause the complementizer opens
                    comp = [that]
            # two clauses under one cue (a misparse): the one after it is the statement;
            # a clause after it that a semicolon sets off is none ("A, analysts say; in
            # 2012, B", "X tweeted a note of concern; hours later, she B": the writer's next
            # clause)
            comp.sort(key=lambda x: x < c)
            if comp and comp[0] > c and any(
                    words[x].text == ";" and self.in_quote[x] < 0 for x in range(c + 1, comp[0])
            ) and any(words[x].text == ";" and self.in_quote[x] < 0
                      for x in range(c + 1, self._subtree(comp[0], a, b)[0])):
                comp = comp[1:]
            if comp and comp[0] > c and words[comp[0]].deprel == "parataxis" and \
                    self._object_before_colon_clause(c, comp[0], a, b):
                comp = comp[1:]
            if not comp and w.deprel in ("parataxis",) and a <= w.head < b:
                if any(x.lower in _RELATIVES and x.i < c for x in self.W.children(w)):
                    continue  # '“A,” which X thinks will B': X's words are B, not A
                comp = [w.head]
                lo, hi = a, c
                sub_lo, sub_hi = self._subtree(c, a, b)
                hi = sub_lo
                if self._frame_opens_its_head(c, sub_lo, sub_hi):
                    # "In a book, Ann Roe said Tom Reed had told the board B": the frame
                    # opens the clause the parse hung it from, which is the statement
                    lo, hi = sub_hi, self._subtree(w.head, a, b)[1]
                elif hi - 1 > lo and words[hi - 1].text in _DASHES:
                    continue  # "NEW YORK (AP) — X announced A": a dateline, not X's words
                elif self._quote_after_frame(w.head, sub_hi, b) and \
                        not self._condition_at(lo, hi) and not any(
                            x.deprel.startswith(("nsubj", "csubj")) and lo <= x.i < hi
                            for x in self.W.children(words[w.head])):
                    # "After A, X warned, “B”": the frame brings the quote the parse hung it
                    # from, and the words before it are the quote's setting; but a condition
                    # is said with the quote ("If A, X said, “B”"), and so is the subject
                    # of its clause ("An economic downturn, he said, “could be ...”")
                    continue
            elif not comp and w.deprel == "advcl" and a <= w.head < b and \
                    w.lemma in SPEECH_VERBS and any(words[x].head == c and words[x].lower == "as"
                                                    for x in range(max(a, c - _WINDOW), c)):
                # "As X noted, CLAUSE" / "CLAUSE, as X noted": the clause the frame modifies
                comp = [w.head]
                sub_lo, sub_hi = self._subtree(c, a, b)
                lo, hi = self._subtree(w.head, a, b)
                if words[sub_lo].lower != "as" or sub_hi - sub_lo > _AS_FRAME_WORDS:
                    continue  # "as" must open a short frame: not "such as", "as soon as"
                if sub_lo == lo and sub_hi < hi and words[sub_hi].text == ",":
                    lo = sub_hi
                elif (sub_hi == hi or self._content_end(sub_hi, hi) == sub_hi) and \
                        sub_lo - 1 > lo and words[sub_lo - 1].text == ",":
                    hi = sub_lo
                else:
                    continue
            elif comp:
                lo, hi = self._subtree(comp[0], a, b)
                if self.in_quote[comp[0]] >= 0:
                    hi = self._to_quote_end(comp[0], hi, b)
                if comp[0] == w.head or comp[0] < c and not self._has_subject(comp[0]):
                    continue  # not "Touring the plant, X said": a fronted phrase, no clause
                if comp[0] < c and self._says_more_after(c, lo, b):
                    continue  # "After A, X announced B", "When A, X said, “B”": a setting
            else:
                obj = self._syntax_object(c, a, b)
                if obj is None:
                    continue
                comp = [obj]
                lo, hi = self._subtree(obj, a, b)
            own = self._participle_past_noun_clause(c, a) or \
                self._relative_conjunct_subject(c) or self._cue_subject(c)
            frame = self._according_frame(c, b) or self._sentence_according(c, a, b)
            sub = frame or own and (
                self._misjoined_cue_subject(c) or self._cue_past_auxiliary(c)) or \
                own or self._modified_noun_subject(c)
            if sub is None:
                continue
            if frame is None:
                # "a 2014 paper that found A": the thing with its relative, as on the surface
                sub = self._with_relative_antecedent(
                    self._coordinated_person_over_thing(c, a, sub))
            if lo < c < hi:
                continue  # the cue sits inside its own clause: a parse we cannot use
            if words[lo].text == "(" or w.deprel == "parataxis" and comp[0] == w.head and \
                    not any(words[x].upos in ("VERB", "AUX", "ADJ") for x in range(lo, hi)):
                continue  # a bracketed aside, or a name the parse hung as the clause
            while lo < hi and (words[lo].lower == "that" and words[lo].head == comp[0] or
                               words[lo].is_punct and words[lo].text not in _QUOTE_CHARS):
                lo += 1
            if lo > c and self._frame_words_after_cue(c, comp[0], lo, hi, a, obj is not None):
                continue
            if lo > c and w.lemma == "tell" and words[lo].lower != "that":
                past = self._past_addressee(c, comp[0], lo, hi, a)
                if past is None:
                    continue  # "X told Channel Four on Monday": the addressee, no statement
                lo = past
            hi = self._content_end(lo, self._absolute_start(lo, hi))
            hi = self._infinitive_end(lo, hi)
            if lo > c:
                # a parse may hang the writer's next clause inside the statement after its cue
                # ("said A, and the city has sued"), or a clause with a speaker of its own
                # ("say A, compared with 64 percent who say B"): it ends there, as on the surface
                # (both answer no inside a quote: its words are not asked)
                in_quote = self.in_quote
                hi = next((x for x in range(lo + 2, hi - 1) if in_quote[x] < 0 and (
                    self._narrator_clause_at(x) or self._next_speaker_at(x) or
                    x - lo >= 3 and self._statement_tail_at(x, hi))), hi)
            if frame is not None:
                hi = self._before_closing_according(lo, hi)
            if self._frame_alone(lo, hi):
                # "He believes, he said, that A", "The effects are hard to predict, many
                # experts say": the parse hangs the other frame as the cue's clause
                continue
            if hi - lo < 2 or hi - lo == 2 and not any(
                    words[x].deprel.startswith("nsubj") for x in range(lo, hi)):
                # "They said she could" is a statement; "said so" is not; "police reported
                # no arrests", "it did not admit wrongdoing" are (a noun the cue reports)
                short = None if obj is None else self._short_object_end(c, obj, lo, hi)
                if short is None:
                    continue
                hi = short
            if hi <= c and self._quote_set_off_before_frame(hi, c):
                continue
            conf = 0.85 if w.lemma in SPEECH_VERBS else 0.7
            known[c] = self._found(lo, hi, Attribution(sub, (c, c + 1), self._addressee(c, b),
                                                       conf, "cue with a clause (parse)"))
            return known[c]
        if prev >= 0:
            known[prev] = None
        return None

    def _quote_set_off_before_frame(self, hi: int, c: int) -> bool:
        """True when a paragraph break lies between a statement that ends at word ``hi`` and
        cue ``c`` after it (a parse sentence that runs on over the break: "X spoke for an
        hour.\n\n“A,” he said"), or a colon sets a quote off between them ("X ran an ad in
        Iowa: “A,” the senator says"): the frame brings the quote, and the words before it
        are the writer's, not the speaker's (the parse hangs them from the cue)."""
        words, W = self.words, self.W
        if W.paragraph_of(words[hi - 1].end) != W.paragraph_of(words[c].start):
            return True
        first = next((x for x in range(hi, c) if self.in_quote[x] >= 0), None)
        return first is not None and any(words[x].text == ":" and self.in_quote[x] < 0
                                         for x in range(hi, first))

    def _frame_words_after_cue(self, c: int, h: int, lo: int, hi: int, a: int,
                               from_object: bool) -> bool:
        """True when the words [lo, hi) that the parse hangs after cue ``c`` (its object,
        or the clause headed by ``h``) belong to the frame, not to what was said:

        - "A, said Tom Reed, a former aide.": the parse takes the name after a cue set off
          by a comma, with no subject or the subject of the clause before it, for its
          object; it is the speaker;
        - '“A,” Jo Hale said Saturday at the White House.', '“A,” she said of the visit.':
          the quote before the frame is the statement; words after the frame need a verb
          of their own and may not open with a preposition or manner adverb."""
        words = self.words
        w = words[c]
        subject = self._cue_subject(c)
        if from_object and c - 1 >= a and (subject is None or subject[1] <= c and any(
                words[x].upos in ("VERB", "AUX") for x in range(subject[1], c))) and \
                (words[c - 1].text == "," or self.in_quote[c - 1] >= 0) and \
                not w.lower.endswith("ing") and \
                (words[h].upos == "PROPN" or words[h].ner.endswith("PERSON") or
                 _person_word(words[h])):
            return True
        if subject is None or subject[1] > c or w.lower.endswith("ing") or \
                not all(_adverbial(words[x]) for x in range(subject[1], c)):
            return False
        if self._quote_ends_at(subject[0] - 1, a) and (
                self._manner_or_place_at(lo) or
                not any(words[x].upos in ("VERB", "AUX") for x in range(lo, hi))):
            return True
        return False

    def _past_addressee(self, c: int, h: int, lo: int, hi: int, a: int) -> int | None:
        """Where the statement of "tell" at ``c`` starts when the parse takes the addressee
        right after it for the subject of the clause headed by ``h`` ("Jo Hale told the
        Star last week she would run": after "the Star"; past a "that" the parse hangs
        inside the addressee); ``lo`` when the clause's subject is not there; None when no
        clause with a subject of its own before its verb is left ("Jo Hale told Channel
        Four on Monday.", "Tom Reed told the local station in an interview aired Monday":
        the addressee and when, not a statement)."""
        words = self.words
        sub = next((x for x in self.W.children(words[h])
                    if x.deprel.startswith("nsubj") and x.i > c), None)
        if sub is None:
            return lo
        start, end = self._subtree(sub.i, a, hi)
        if start != c + 1:
            return lo
        that = next((x for x in range(start, end) if words[x].lower == "that" and
                     words[x].deprel == "mark"), None)
        k = end if that is None else that + 1
        while k < hi and (words[k].lower == "that" or
                          words[k].is_punct and words[k].text not in _QUOTE_CHARS):
            k += 1
        verbs = [x for x in range(k, hi) if words[x].upos in ("VERB", "AUX")]
        if not verbs or that is None and not any(words[x].deprel.startswith("nsubj")
                                                 for x in range(k, verbs[0])):
            return None
        return k

    def _quote_after_frame(self, h: int, k: int, b: int) -> bool:
        """True when parse word ``h`` stands in a quote that opens at word ``k``, the end
        of a frame, or right after its punctuation (before sentence end ``b``)."""
        q = self.in_quote[h]
        if q < 0:
            return False
        while k < b and self.in_quote[k] < 0 and self.words[k].is_punct:
            k += 1
        return k < b and self.in_quote[k] == q

    def _object_before_colon_clause(self, c: int, h: int, a: int, b: int) -> bool:
        """True when parse cue ``c`` has an object of its own before a colon that opens the
        clause of parse word ``h`` hung beside it, and a verb of another clause comes
        between them ("X suggests a broader difference when it comes to A: when B, C", "X
        explained the phenomenon decades ago, but people keep falling for it: B"): the
        object is what the cue reports, the clause after the colon the writer's (not "X
        points out some other statistics: A", whose object announces A)."""
        words = self.words
        lo = self._subtree(h, a, b)[0]
        colon = next((x for x in range(lo - 1, c, -1) if words[x].text == ":" and
                      self.in_quote[x] < 0), None)
        if colon is None:
            return False
        obj = next((x.i for x in self.W.children(words[c]) if x.deprel == "obj" and
                    c < x.i < colon and x.upos in ("NOUN", "PROPN") and not x.is_pronoun), None)
        return obj is not None and any(words[x].upos in ("VERB", "AUX") for x in range(obj, colon))

    def _that_clause(self, c: int, a: int, b: int) -> int | None:
        """The head of the clause that a complementizer "that" opens right after parse cue
        ``c`` in sentence words [a, b), past adverbs and an aside that dashes or commas set
        off ("saying that A", "argued emphatically - rebuking X - that A", "said — on
        Twitter, as it happens — that A"), when the parse hangs it from the cue; None when
        there is none."""
        words, in_quote = self.words, self.in_quote
        j = c + 1
        while j < b and words[j].upos == "ADV" and in_quote[j] < 0:
            j += 1
        if j < b and in_quote[j] < 0 and (words[j].text == "," or words[j].text in _DASHES):
            opener = words[j].text
            j = next((x + 1 for x in range(j + 1, min(b, j + _THAT_ASIDE_WORDS))
                      if in_quote[x] < 0 and (words[x].text == opener or
                                              opener in _DASHES and words[x].text in _DASHES)),
                     b)
        if j >= b or words[j].lower != "that" or words[j].deprel != "mark" or in_quote[j] >= 0:
            return None
        h = words[j].head
        return h if j < h < b and words[h].head == c else None

    def _frame_opens_its_head(self, c: int, sub_lo: int, sub_hi: int) -> bool:
        """True when cue ``c``, whose subtree is words [sub_lo, sub_hi), is a frame with its
        subject before it the parse hung as parataxis from a clause that follows it and has
        its own subject after the frame, none before ("In the long run, economists say, the
        effect could ripple ...", "In a book, Ann Roe said Tom Reed had told ..."); not the
        frame of a quote before it, nor a frame before a closing one ("X added B, the Times
        reported")."""
        words = self.words
        h = words[c].head
        if not (sub_lo < c and sub_hi < h) or is_cue_word(words[h]) and not any(
                x.i > h and not x.is_punct for x in self.W.children(words[h])):
            return False
        subject = next((x.i for x in self.W.children(words[c]) if x.deprel.startswith("nsubj")),
                       None)
        if subject is None or subject > c:
            return False
        p = self._subtree(subject, sub_lo, c)[0] - 1
        while p >= 0 and words[p].is_punct and words[p].text not in _QUOTE_CHARS:
            p -= 1
        if p >= 0 and (self.in_quote[p] >= 0 or words[p].text in _QUOTE_CHARS) or \
                any(self.in_quote[x] >= 0 for x in range(sub_hi, h + 1)):
            return False
        subjects = [x.i for x in self.W.children(words[h])
                    if x.deprel.startswith(("nsubj", "csubj", "expl"))]
        return bool(subjects) and all(x > sub_hi for x in subjects)

    def _coordinated_person_over_thing(self, c: int, a: int, sub: tuple[int, int]
                                       ) -> tuple[int, int]:
        """The person whose verb cue ``c`` is coordinated with on the surface when the
        parse's subject ``sub`` names no one ("Ann Roe rejected the idea that the changes
        were a purge and said that A": the parse joins "said" to "were", whose subject is
        "the changes"); ``sub`` otherwise."""
        if self.is_named_or_pronoun(sub):
            if self.words[c].deprel != "conj":
                return sub
            np, how = self._subject_of_cue(c, a)
            return np if np is not None and how == "coordination" and \
                self._joined_below_subject_of(c, np, sub) else sub
        np, how = self._subject_of_cue(c, a)
        if np is not None and how == "coordination" and self._thing_over_person(sub, np):
            return np
        return sub

    def _joined_below_subject_of(self, c: int, np: tuple[int, int], sub: tuple[int, int]
                                 ) -> bool:
        """True when the parse joins cue ``c`` to a verb that a clause of another verb holds,
        whose own subject is ``np``, the subject the surface coordination gives, while the
        parse's ``sub`` is the inner verb's ("Mr. Lane said he did not own the jets to
        burnish his brand, but agreed that A", "X told the paper her group never worked for
        Y and said A", "X question whether she opposes it and worry that A": the cue is the
        outer verb's conjunct).  Not through a relative or a subordinate clause, which may
        hold the cue ("X, though she praised Y and said A": she)."""
        words = self.words
        if words[c].upos != "VERB" or np[0] < sub[1] and sub[0] < np[1]:
            return False
        k, steps = words[words[c].head], 0
        while k.deprel in _EMBEDDED_RELS | {"xcomp"} and k.head >= 0 and steps < 5:
            if k.deprel == "acl:relcl" and any(x.lower in _RELATIVES for x in self.W.children(k)) \
                    or k.deprel == "advcl" and not any(x.deprel == "mark" and x.lower == "to"
                                                       for x in self.W.children(k)):
                return False
            k, steps = words[k.head], steps + 1
            has, own = self._own_subject(k) if k.upos == "VERB" else (False, None)
            if has and (own is None or not (own[0] < sub[1] and sub[0] < own[1])):
                # past verbs of the inner subject ("he did not own"), to the next subject,
                # named by the role the parse gives it or by the name set off after the role
                head = self._parse_subject(k, after=False)
                return own is not None and own[0] < np[1] and np[0] < own[1] or \
                    head is not None and np[0] <= head.i < np[1]
        return False

    def _statement_into_quote(self, c: int, h: int, a: int, b: int) -> bool:
        """True when the clause of parse word ``h``, which stands in a quote, is what speech
        cue ``c`` reports: its subject comes before the quote ("X said Y is “telling voters
        ...”": the quoted verb heads the clause), and no other report frames the sentence,
        neither a cue above ``c`` ("A, X noted, is “central,” reported the Post") or beside
        it ("X noted that A is “central,” reported the Post") nor an "according to" in
        sentence words [a, b) (the parse may hang it anywhere)."""
        words = self.words
        if not _direct_cue(words[c]) or not any(
                x.deprel.startswith("nsubj") and x.i < h and self.in_quote[x.i] < 0
                for x in self.W.children(words[h])) or any(
                x.deprel == "parataxis" and is_cue_word(x) for x in self.W.children(words[c])):
            return False
        k, steps = words[c].head, 0
        while k >= 0 and steps < 30:
            if is_cue_word(words[k]):
                return False
            k, steps = words[k].head, steps + 1
        return not any(words[x].lower == "according" and self.in_quote[x] < 0
                       for x in range(a, b))

    def _to_quote_end(self, h: int, hi: int, b: int) -> int:
        """``hi`` past the closing marks of the quote that holds parse word ``h`` when only
        punctuation of that quote follows before them (a parse hangs the closing period and
        mark from the root): the statement keeps its quoted words whole."""
        k = hi
        while k < b and self.in_quote[k] == self.in_quote[h] and self.words[k].is_punct:
            k += 1
        return k if k == b or self.in_quote[k] != self.in_quote[h] else hi

    def _coordinated_clause(self, verb: Word) -> bool:
        """True when parse word ``verb`` heads a clause beside its head that a coordinator
        opens, with a subject of its own ("X proposed a debate - but the Y campaign
        rejected the idea as “ludicrous”"): a second statement of the writer's, not what
        the verb before it reports."""
        return verb.deprel == "parataxis" and self._has_subject(verb.i) and any(
            x.deprel == "cc" and x.i < verb.i for x in self.W.children(verb))

    def _says_more_after(self, c: int, lo: int, b: int) -> bool:
        """True when parse cue ``c`` brings words of its own after it in sentence words [c,
        b), so the clause the parse hangs before it, from word ``lo``, is its setting, not
        its statement: an object that is no one addressed ("Minutes after A, X announced
        [four votes]"), or a quote after a clause that opens with a subordinator or a
        preposition ("When A, X said, “B”")."""
        words = self.words
        opening = words[lo]
        if opening.upos in ("SCONJ", "ADP") or opening.lower in _SETTING_SUBORDINATORS:
            q = next((x for x in range(c + 1, min(b, c + 5)) if self.in_quote[x] >= 0), None)
            if q is not None and words[q - 1].text in (",", ":"):
                return True
        sub = self.syntax_subject(c)
        return sub is not None and sub[1] <= c and words[c].lemma not in _ADDRESSEE_CUES and \
            any(x.deprel == "obj" and x.i > c and x.upos == "NOUN"
                for x in self.W.children(words[c]))

    def _told_clause_as_relative(self, c: int, a: int, b: int) -> bool:
        """True when the parse hangs cue ``c`` as a relative clause on the one a verb of
        telling with a subject addresses, though no relative word opens it ("X told
        [reporters] she believed A", "X told [the Post] he thinks A"): the clause is what
        was told, so its cue is no frame of its own and the surface rules read the
        sentence."""
        words = self.words
        w = words[c]
        if w.deprel != "acl:relcl" or not 0 <= w.head < c:
            return False
        obj = words[w.head]
        told = words[obj.head] if obj.deprel in ("obj", "iobj") and 0 <= obj.head < obj.i \
            else None
        if told is None or told.lemma not in _TELLING_CUES or \
                self._cue_subject(told.i) is None:
            return False  # without a teller the clause's own subject is the best speaker
        return not self._set_off_as_relative(w, obj.i, a, b)

    def _set_off_as_relative(self, w: Word, n: int, a: int, b: int) -> bool:
        """True when parse clause ``w`` reads as a true relative clause of noun ``n``: it
        opens with a relative word ("who", "that", "where") or a subordinator ("as she
        left"), or a comma sets it off."""
        words = self.words
        lo = self._subtree(w.i, a, b)[0]
        return lo <= n or words[lo].lower in _RELATIVES | _WH_ADVERBS or \
            any(x.deprel == "mark" for x in self.W.children(w)) or \
            any(words[x].text == "," for x in range(n, lo))

    def _according_frame(self, c: int, b: int) -> tuple[int, int] | None:
        """The source of an "according to X" that the parse hangs from cue ``c`` ("According
        to the Post, X said A", "N percent say A, according to the survey"): the news
        credits the whole report, and so the statement, to X; None if there is none."""
        words = self.words
        for x in self.W.children(words[c]):
            if x.deprel.startswith("obl") and x.i > 0 and self.in_quote[x.i] < 0:
                case = next((k for k in self.W.children(x) if k.lower == "according" and
                             k.i + 1 < b and words[k.i + 1].lower == "to"), None)
                if case is not None:
                    return self._according_source(case.i + 2, b)
        return self._closing_according(c, b)

    def _sentence_according(self, c: int, a: int, b: int) -> tuple[int, int] | None:
        """The source of an "according to X," that opens the sentence of cue ``c`` (words
        [a, b)), wherever the parse hangs it ("According to the Post, the aides looked into
        what would happen if their candidate announced A", or read as a verb: "According to
        their friends, Ann and Tom Roe have worried that A"): it credits the whole sentence;
        else None."""
        words = self.words
        if b - a < 4 or words[a].lower != "according" or words[a + 1].lower != "to" or \
                self.in_quote[a] >= 0:
            return None
        found = self._source_phrase(a, c)
        if found is None:
            return None
        np = found[0]
        return np if np[1] < c and words[np[1]].text == "," else None

    def _closing_according(self, c: int, b: int) -> tuple[int, int] | None:
        """The source of an "according to X" that a comma sets off at the end of the
        sentence after cue ``c``, wherever the parse hangs it ("Nearly three in four say
        A, but B, according to the survey."; the comma may close a quote: 'X said A was
        “B,” according to the report'; a participle phrase may follow the source: "...,
        according to a poll released Monday"): it credits the whole sentence; else None."""
        words = self.words
        end = b
        while end > c and words[end - 1].is_punct:
            end -= 1
        for i in range(end - 3, max(c, end - _CLOSING_SOURCE_WORDS - 3), -1):
            if words[i].lower == "according" and words[i + 1].lower == "to" and \
                    self.in_quote[i] < 0 and (words[i - 1].text == "," or
                                              words[i - 1].text in _QUOTE_CHARS and
                                              words[i - 2].text == ","):
                np = self._according_source(i + 2, end)
                if np is not None and np[1] < end and self._participle_phrase_to(np[1], end):
                    np = np[0], end  # "a poll released Monday": the whole source
                if np is None or np[1] != end and not self._source_modifier_to(np[1], end) or \
                        self._in_other_relative(words[i].head, c):
                    return None  # "..., which stood at 263, according to the AP": the number's
                return np
        return None

    def _before_closing_according(self, lo: int, hi: int) -> int:
        """The end of statement words [lo, hi) before a closing ", according to X" in them
        (the frame that credits the statement is not part of it), or ``hi``."""
        words = self.words
        for x in range(lo + 2, hi):
            if words[x].lower == "according" and words[x - 1].text == "," and \
                    self.in_quote[x] < 0 and x + 1 < hi and words[x + 1].lower == "to":
                return self._content_end(lo, x - 1)
        return hi

    def _source_modifier_to(self, j: int, end: int) -> bool:
        """True when words [j, end) that end the sentence after a closing "according to"
        source are a short phrase of that source, with no punctuation ("according to two
        senators present", "to someone in attendance", "to an account she gave to the
        Courier", "to polling reported by CNN and the Herald")."""
        return end - j <= _MODIFIER_WORDS and not any(
            self.words[x].is_punct and self.in_quote[x] < 0 for x in range(j, end))

    def _participle_phrase_to(self, j: int, end: int) -> bool:
        """True when words [j, end) are a past participle and its short phrase, with no
        punctuation ("released Thursday", "conducted in February")."""
        words = self.words
        return words[j].upos == "VERB" and words[j].lower.endswith(("ed", "en")) and \
            end - j <= _MODIFIER_WORDS and not any(words[x].is_punct for x in range(j, end))

    def _in_other_relative(self, h: int, c: int) -> bool:
        """True when parse word ``h`` hangs inside a relative clause that does not hold cue
        ``c`` (a reduced one may be a misparse: "the threshold needed to secure it, according
        to the AP"); not a clause on a name with no relative word, which the parse misread
        as one ('X said they doubt Doe “cares,” according to a poll')."""
        words = self.words
        k, steps = h, 0
        while k >= 0 and k != c and steps < 30:
            if words[k].deprel == "acl:relcl" and not self._above(k, c) and not (
                    words[words[k].head].upos == "PROPN" and
                    not any(x.lower in _RELATIVES for x in self.W.children(words[k]))):
                return True
            k, steps = words[k].head, steps + 1
        return False

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

    def _relative_conjunct_subject(self, c: int) -> tuple[int, int] | None:
        """The relative subject of the clause that cue ``c`` goes on when "and" joins the cue
        to it but the parse hangs the cue from the verb the relative clause sits under ("Tom
        met Ann Roe, who answered the door and said A", "Jo Hale, who is enjoying her role
        and is saying A": "who", Ann Roe or Jo Hale, not Tom or the main clause's subject).
        Only for a relative set off by a comma, with no stop between its clause and the
        "and", and no verb outside that clause but the cue's own auxiliaries; None otherwise
        (not "Tom met Ann Roe, who answered the door, and said A", nor "Tom thanked the
        voters who came and said A": Tom)."""
        words = self.words
        w = words[c]
        if w.deprel != "conj" or not 0 <= w.head < c or self._own_subject(w)[0]:
            return None
        k = c - 1
        while k > w.head and (words[k].head == c and words[k].deprel == "aux" or
                              words[k].upos == "ADV"):
            k -= 1
        if words[k].lower != "and" or words[k - 1].is_punct:
            return None
        for r in range(k - 1, max(w.head, k - _RELATIVE_CONJUNCT_WORDS), -1):
            x = words[r]
            if x.is_punct or self.in_quote[r] >= 0:
                return None
            if x.deprel != "acl:relcl":
                continue
            rel = self._parse_subject(x, after=False)
            if rel is None or rel.lower not in ("who", "which") or \
                    not w.head < rel.i < r or words[rel.i - 1].text != "," or any(
                        words[y].upos in ("VERB", "AUX") and y != r and not self._above(r, y)
                        for y in range(rel.i, k)):
                return None
            return self._own_subject(x)[1]
        return None

    def _has_subject(self, h: int) -> bool:
        """True when parse word ``h`` heads a clause with a subject of its own."""
        return any(x.deprel.startswith(("nsubj", "csubj", "expl"))
                   for x in self.W.children(self.words[h]))

    def _cue_subject(self, c: int) -> tuple[int, int] | None:
        """The subject of cue ``c`` from the parse, or the name before a false sentence
        split after its parentheses ("Sen. Jane Doe (D-Ore.) | issued a statement")."""
        return self.syntax_subject(c) or self._subject_before_split(c)

    def _subject_before_split(self, c: int) -> tuple[int, int] | None:
        """The name before "(...)" that ends the first parse of a sentence the parser split
        after it (see tokens.split_after_parenthesis), when cue ``c`` is in the clause that
        opens the second parse and has no subject there; None otherwise."""
        words = self.words
        a, b = self._sentence_range(c)
        root = words[c]
        while root.head >= 0 and root.deprel in ("xcomp", "conj", "advcl", "ccomp"):
            root = words[root.head]
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

    def _misjoined_cue_subject(self, c: int) -> tuple[int, int] | None:
        """For a cue without a subject that the parse joins to the verb of an earlier cue's
        clause ("X said he did not A, but agreed that B": "agreed" as a conjunct of "did"),
        the earlier cue's subject, not the one of the verb it hangs from; also past a verb of
        another form in that clause, which no cue is coordinated with ("X said he has not
        taken gigs since announcing it and suggested that B", "X indicated he would try to
        curb critics, vowing A and suggesting B"); None otherwise."""
        words = self.words
        w = words[c]
        if w.deprel != "conj" or not 0 <= w.head < c or self._own_subject(w)[0]:
            return None
        verb = words[w.head]
        steps = 0
        while verb.deprel in ("advcl", "xcomp", "conj") and 0 <= verb.head < verb.i and \
                steps < 4 and verb.lower.endswith("ing") != w.lower.endswith("ing"):
            verb, steps = words[verb.head], steps + 1
        outer = words[verb.head] if verb.deprel == "ccomp" and 0 <= verb.head < verb.i else None
        if outer is None or outer.lemma not in SPEECH_VERBS or not is_cue_word(outer):
            return None
        return self.syntax_subject(outer.i)

    def _cue_past_auxiliary(self, c: int) -> tuple[int, int] | None:
        """For a cue without a subject that the parse joins to an embedded verb whose
        auxiliary the cue's form cannot share ("X refused questions on whom Y would back but
        said A": no "would said"; "X fear that Y has missed a chance and warn that A": no
        "has warn"), the subject of the verb above that verb's clause, which the cue joins;
        None otherwise."""
        words = self.words
        w = words[c]
        if w.deprel != "conj" or not 0 <= w.head < c or self._own_subject(w)[0]:
            return None
        verb = words[w.head]
        aux = [x.lower for x in self.W.children(verb) if x.deprel == "aux" and x.i < verb.i]
        if not aux:
            return None
        base = w.lower == w.lemma
        if aux[-1] in _PERFECT_AUXILIARIES:
            fits = not base and not w.lower.endswith("s")
        elif aux[-1] in _MODAL_AUXILIARIES:
            fits = base
        else:
            return None
        if fits:
            return None
        k, steps = verb, 0
        while k.deprel in _EMBEDDED_RELS and 0 <= k.head and steps < 4:
            k, steps = words[k.head], steps + 1
            if k.upos == "VERB":
                return self.syntax_subject(k.i)
        return None

    def _modified_noun_subject(self, c: int) -> tuple[int, int] | None:
        """For a cue that modifies a noun ("issued [a statement] saying that A", "went out
        of [his way] to say that A", "shot back in [an article] stating that A"), the
        subject of the verb that noun hangs from; None for any other cue or parse."""
        words = self.words
        n = words[c]
        if n.deprel != "acl" or n.head < 0:
            return None
        for _ in range(3):  # "a pitch to [voters] saying": over nouns up to the verb
            n = words[n.head]
            if n.upos == "VERB":
                return self._cue_subject(n.i)
            if n.upos not in ("NOUN", "PROPN") or n.head < 0:
                return None
        return None

    def _question_clause(self, c: int, a: int, b: int) -> list[int]:
        """The head of an embedded question after speech verb ``c`` that the parse hangs
        from it as a clause of its own (advcl) rather than its complement ("explained to
        reporters [why the mill closed]", "would not comment on [whether he would run]",
        "asked voters [if the vote was fair]"), as a one-item list; [] when none: the
        question must open its clause right after the cue, its object or addressee, or a
        preposition, with no verb between; not a clause of time or place ("said [when
        the vote closed]", "added [where he was]") nor an "if" after a verb that does not
        ask ("added [if the vote fails], ...")."""
        words = self.words
        w = words[c]
        if w.lemma not in SPEECH_VERBS:
            return []
        for x in self.W.children(w):
            if x.deprel != "advcl" or not c < x.i < b or self.in_quote[x.i] >= 0:
                continue
            lo = self._subtree(x.i, a, b)[0]
            if lo <= c:
                continue
            k = lo + 1 if words[lo].lower in _TOPIC_PREPOSITIONS else lo
            if k < x.i and (words[k].lower in _EMBEDDED_QUESTION_WORDS or
                            words[k].lower == "if" and w.lemma in _QUESTION_VERBS) and \
                    not any(words[y].upos in ("VERB", "AUX") or self.in_quote[y] >= 0
                            for y in range(c + 1, lo)):
                return [x.i]
        return []

    def _frame_alone(self, lo: int, hi: int) -> bool:
        """True when words [lo, hi) are a frame alone: a subject of a few words and the
        speech verb that ends them ("he said", "many economists say", "Jo Hale wrote"), no
        statement (not "he hoped", which a "said" before it reports)."""
        words = self.words
        if not 2 <= hi - lo <= _NAME_WORDS or any(self.in_quote[x] >= 0 for x in range(lo, hi)):
            return False
        last = words[hi - 1]
        return last.upos == "VERB" and last.lemma in SPEECH_VERBS and \
            any(words[x].deprel.startswith("nsubj") and words[x].head == hi - 1
                for x in range(lo, hi - 1)) and \
            not any(words[x].upos in ("VERB", "AUX", "SCONJ") or words[x].is_punct
                    for x in range(lo, hi - 1))

    def _short_object_end(self, c: int, obj: int, lo: int, hi: int) -> int | None:
        """Where the statement ends when the one or two words [lo, hi) headed by noun
        ``obj``, the parse's object of speech verb ``c``, are what was said ("Police
        reported [no arrests]", "The firm denied [wrongdoing]", "he said [Ryan]"), phrases
        the parse hangs from the cue left out ("announced [his candidacy] in June", as
        the statement is usually marked): not a time the parse took for
        the object ("said [Tuesday]"), an amount ("said [a lot]"), nor the object of a
        verb that writes, takes or lets in ("wrote [a letter]", "claimed [the
        nomination]", "admit [refugees]", "pledged [delegates]"), nor a subject whose
        verb follows ("said his work [was] ..."); None for those."""
        words = self.words
        o = words[obj]
        if not (lo < hi and lo <= obj < hi and o.deprel == "obj") or \
                words[c].lemma in _OBJECT_NOT_SAID or o.lower in _AMOUNT_OBJECTS or \
                _time_word(o) or o.ner.endswith(("DATE", "TIME")):
            return None
        # "announced plans Tuesday to expand A", "said his work was B", "say any efforts
        # to C could backfire": a verb after the object before the next clause stop
        # carries the statement on (the surface rules read it whole)
        end = self._sentence_range(c)[1]
        stop = self._clause_stop(hi, end)
        stop = self._content_end(hi, end if stop is None else stop)
        if any(words[x].upos in ("VERB", "AUX") or words[x].lower == "to"
               for x in range(hi, stop)):
            return None
        return hi

    def _syntax_object(self, c: int, a: int, b: int) -> int | None:
        """A statement that is not a clause: "announced [his resignation]", "vowed [to
        fight on]" -- the object (or "to" complement) after speech verb ``c``, or None."""
        words = self.words
        w = words[c]
        if w.lemma not in SPEECH_VERBS or w.lemma in _CLAUSE_ONLY_CUES or \
                w.lemma in ("tell", "ask", "add") and w.lemma not in _TO_VERBS:
            return None
        for x in range(c + 1, b):
            k = words[x]
            if k.head != c or self.in_quote[x] >= 0:
                continue
            if k.deprel == "obj" and w.lemma not in ("tell", "ask", "add") and \
                    not k.is_pronoun and k.upos in ("NOUN", "PROPN"):
                return x
            if k.deprel == "xcomp" and w.lemma in _TO_VERBS and x - 1 > c and \
                    any(m.head == x and m.lower == "to" for m in words[c + 1:x]):
                return x
        return None

    def _reported_in_sentence(self, a: int, b: int, start: int) -> Found | None:
        """The first reported statement in sentence words [a, b) whose cue is at or after
        ``start``."""
        if self.W.has_parse:
            found = self._syntax_reported(a, b, start)
            if found is not None:
                # a cue before the parse's whose parse failed ("Protest groups say A, and
                # B sued, saying C"): the surface rules read it
                cue = found.attribution.cue
                earlier = self._surface_reported(a, b, start, cue[0]) if cue else None
                return earlier if earlier is not None and (
                    earlier.end <= found.start or self._frames(earlier, found)) else found
        found = self._surface_reported(a, b, start, b)
        return found if found is not None or start > a else self._headline_report(a, b)

    def _frames(self, outer: Found, inner: Found) -> bool:
        """True when the surface statement ``outer`` holds the parse's statement ``inner``
        and its cue is a verb that heads no relative clause in the parse ("In 1990, Doe said,
        when she was a clerk, she thought A": Doe's statement, which the parse missed, holds
        what she thought; not "While everything X says is true, Y said A", nor "According to
        X, Y said A", whose source the parse's statement credits already)."""
        cue = outer.attribution.cue
        if cue is None or not (outer.start <= inner.start and inner.end <= outer.end):
            return False
        verb = self.words[cue[0]]
        return verb.lower != "according" and verb.deprel != "acl:relcl"

    def _surface_reported(self, a: int, b: int, start: int, stop: int) -> Found | None:
        """The first reported statement in sentence words [a, b) whose cue is in [start,
        stop), by the surface rules."""
        words = self.words
        # skip sentences wholly inside one quote (in_quote is -1 outside quotes: count()
        # reads a slice in C)
        if self.in_quote[a:b].count(-1) < 3:
            return None
        first = max(a, start)
        if self.in_quote[first:stop].count(-1) < 3:
            return None
        # the words outside quotes that can start a rule below (_surface_trigger_index:
        # a rule that starts from a new spelling adds it there)
        outside = [i for i in self._indices_in(self._surface_trigger_index, first, stop)
                   if self.in_quote[i] < 0]
        # "according to X, CLAUSE" / "CLAUSE, according to X" / "A, according to X, B"
        for i in outside:
            w = words[i]
            per = w.lower == "per" and self._source_per(i, b)
            if per or w.lower == "according" and i + 2 < b and words[i + 1].lower == "to":
                np = self._according_source(i + 1 if per else i + 2, b)
                if np is None or i - 1 >= a and words[i - 1].lower == "that":
                    continue  # "X said that according to its count, A": A is X's statement
                # a colon or semicolon opens a clause of its own ("It was noticed: according
                # to X, A")
                clause = next((x + 1 for x in range(i - 1, a - 1, -1)
                               if words[x].text in (":", ";") and self.in_quote[x] < 0), a)
                lead = self._skip_opening(clause, i)
                if per and lead != i:
                    continue  # "Per X, A" opens its clause; "$5 per share, ..." is none
                # the comma that closes the frame ("according to interviews with aides,")
                close = next((x for x in range(np[1], min(b, np[1] + _SOURCE_WORDS))
                              if words[x].text == "," and self.in_quote[x] < 0), None)
                pointer = self._pointer_before(lead, i)
                if lead == i:
                    c0 = np[1] if close is None else close
                    while c0 < b and words[c0].is_punct:
                        c0 += 1
                    c1 = self._content_end(c0, b)
                elif words[i - 1].text == "," and close is not None and \
                        self._content_end(close, b) - close >= 3 and \
                        not any(words[x].upos in ("VERB", "AUX") for x in range(lead, i)):
                    # "Fundraising, according to the campaign, has surged": the frame
                    # splits a clause whose verb comes after it, so it is the sentence
                    c0, c1 = lead, self._content_end(close, b)
                elif words[i - 1].text == "," and close is not None and i - 2 >= lead and \
                        words[i - 2].lower in _LEAD_SUBORDINATORS and \
                        self._content_end(close, b) - close >= 4:
                    # "He left after, according to him, the network censured his report":
                    # the frame opens the clause its subordinator leaves open
                    c0, c1 = close + 1, self._content_end(close, b)
                elif pointer:
                    # "That's according to exit polls": the pronoun stands for the
                    # statement of the sentence before
                    c0, c1 = lead, lead + 1
                else:
                    c0 = clause
                    c1 = i
                    if self._says_how_in_statement(lead, i):
                        continue
                    while c1 > c0 and words[c1 - 1].is_punct:
                        c1 -= 1
                    rel = self._before_trailing_relative(c0, c1)
                    if rel < c1:
                        # "X says A, which B, according to Y": Y's words are B, after X's A
                        if start <= c0 and any(is_cue_word(words[x]) for x in range(c0, rel)):
                            continue  # X's statement is read first, then this frame
                        c0 = rel + 1
                if c1 - c0 >= 3 or pointer:
                    # "A, which B, according to X": the frame may credit the relative clause
                    return self._found(c0, c1, Attribution(np, (i, i + 2 - per), None, 0.8,
                                                            "according to X"), relative=True)
        # a quote opening the sentence is a statement of its own: the clause after
        # its frame starts where the quote and its punctuation end
        # ("“A,” X said, adding that B": B's speaker opens the rest)
        lead = a
        while lead < b and (self.in_quote[lead] >= 0 or words[lead].is_punct):
            lead += 1
        for i in outside:
            w = words[i]
            if w.lower in STATEMENT_NOUNS:
                found = self._statement_noun(i, a, b)
                if found is not None:
                    return found
            if w.lower in _MADE_REMARK_NOUNS:
                found = self._made_remarks(i, a, b)
                if found is not None:
                    return found
            if w.lower in _TOPIC_PARTICIPLES:
                found = self._participle_topic(i, lead, b)
                if found is not None:
                    return found
            if w.lower == "reported" and i + 1 < b and words[i + 1].lower == "by":
                found = self._reported_by(i, a, b)
                if found is not None:
                    return found
            found = self._passive_report(i, a, b) if w.lower in SPEECH_PARTICIPLES else None
            if found is None and (w.lower in _PASSIVE_SUBJECT_CUES or
                                  w.lower in ("said", "asked")):
                found = self._passive_subject(i, a, b)
            if found is None and w.lower in _NAMING_AS_WINNER:
                found = self._declared_winner(i, a, b)
            if found is not None:
                return found
            # "X criticized [the plan]", "X called for [a ban]": a stance verb's object
            stance = w.lower in STANCE_VERB_FORMS and self._stance_object_at(i, b) is not None \
                and not self._closing_frame_after(i, b)
            if not (is_cue_word(w) or w.lower in TOPIC_VERB_FORMS and self._topic_cue(i, b) or
                    self._final_cue_read_as_noun(i, b) or stance or
                    w.lower in _PHRASAL_CUE_FORMS and self._phrasal_cue_at(i, b)) or \
                    i == a and not self._opening_participle_at(i, b) or \
                    self._noun_use(i, a) or self._knowing_aside(i) or \
                    self._participle_modifier(i) or self._adds_an_object(i, b) or \
                    self._says_this(i, b) or self._parsed(i) and w.deprel == "amod":
                continue  # "his remarks", "a racially charged argument": no cue
            nxt = words[i + 1] if i + 1 < b else None
            # "CLAUSE, X said." / "CLAUSE, said X." at the end of the sentence
            # what follows the cue up to a semicolon or dash ("A, X noted; B")
            tail_end = next((x for x in range(i + 1, min(b, i + 34))
                             if words[x].text in _TAIL_STOPS and self.in_quote[x] < 0), b)
            tail = [x for x in range(i + 1, min(tail_end, i + 24)) if not words[x].is_punct]
            if i + 24 < tail_end:
                # only "is it short?" is asked of the rest
                tail.extend(range(i + 24, min(tail_end, i + 34)))
            if w.lemma == "tell" and tail:
                told = self._addressee(i, b)  # "A, the campaign told USA TODAY."
                if told is not None:
                    tail = [x for x in tail if x >= told[1]]
            # subject before the cue
            np, how = self._subject_of_cue(i, a)
            if stance and w.upos == "NOUN" and (np is None or not self._can_speak(np)) and \
                    words[i - 1].lower not in _RELATIVES:
                # "Men under 35 [support] Doe", "Half of the voters polled [support] Roe" (a
                # verb read as a noun): the first noun phrase of the sentence that can speak
                np = next((nb for x in range(a, i) if words[x].upos in ("NOUN", "PROPN") and
                           self.in_quote[x] < 0 and (nb := self._np_back(x, a)) is not None and
                           self._can_speak(nb)), np)
            if np is not None and np[1] - np[0] == 1 and words[np[0]].lower in ("why", "how") \
                    and np[0] == lead:
                continue  # "Why write a book now?": a question with no one in it
            if np is not None and np[1] - np[0] == 1 and words[np[0]].lower in _FLOATING:
                np = self._floating_host(np[0], a) or np
            if np is not None and self.W.has_parse:
                sub = self.syntax_subject(i)
                if sub is not None and not self._subject_beyond_clause(sub, np, a) and \
                        not self._thing_over_person(sub, np):
                    np = sub
            if w.lower in _EVIDENCE_FORMS and (np is None or not any(
                    words[x].lower in _EVIDENCE_SUBJECTS for x in range(*np))):
                # "A poll of Ohio released Tuesday shows A": the poll, not "Tuesday"
                ev = self._poll_subject_before(i)
                np, how = (ev, "subject") if ev is not None else (np, how)
            if np is not None and np[1] - np[0] == 1 and words[np[0]].lower == "as":
                continue  # "The bank held rates, as expected, and said A": no one expected
            # ---- "As X noted, CLAUSE." / "CLAUSE, as X noted." / "As reported by X, CLAUSE."
            # (a stance verb frames no clause: its statement is its object, after it)
            found = None if stance else self._as_frame(a, b, np, i)
            if found is not None:
                return found
            if np is not None and not self._parsed(i):
                # "The idea gathered steam as writers suggested A": the annotator's "as" (a
                # noun by design) opens the subject of the cue's own clause
                np = self._after_inner_as(np)
            # ---- "CLAUSE, X said [adjunct]."
            # the comma that sets the frame off after the cue, or after the one told ("The
            # plan, X told reporters, was simple")
            told_to = self._addressee(i, b) if w.lemma in _TELLING_CUES else None
            if told_to is None and w.lemma == "tell" and i + 1 < b and \
                    words[i + 1].lower in _OBJECT_PRONOUNS:
                told_to = (i + 1, i + 2)  # "told them"
            comma_at = told_to[1] if told_to is not None and told_to[1] + 1 < b and \
                words[told_to[1]].text == "," and self.in_quote[told_to[1] + 1] < 0 else i + 1
            # (not "A, X continues to build a lead": an infinitive is the verb's complement)
            final = self._short_adjunct(tail, w) and not self._infinitive_at(i + 1, b) or \
                comma_at < b and words[comma_at].text == ","
            final = final or self._long_final_adjunct(i, tail, b) or \
                self._time_distance_after(i, b)
            # "her ratings (at one point as low as 19%, X says) hurt her": a frame closing
            # brackets ends there, and credits the words in them
            open_at = self._before_parenthetical(i + 1, a) + 1 if i + 1 < b and \
                words[i + 1].text == ")" else b
            bracket = open_at if open_at < i and words[open_at].text == "(" else None
            final = (final or bracket is not None) and not stance
            if final and tail and words[tail[0]].lower in _CUE_ADJUNCTS:
                # "The new leader, Jane Doe, said on Monday she would go": the adjunct is
                # followed by a clause with a verb (not "said the next day")
                clause_at = self._clause_start(i + 1, b, w)
                final = clause_at is None or not self._finite_verb_in(
                    [x for x in range(clause_at, b) if not words[x].is_punct])
            if final and not (np is not None and np[0] - 1 > a and
                              words[np[0] - 1].text in (",", "—", "–", "―")) and \
                    self._clause_start(i + 1, b, w) is None and not self._infinitive_at(i + 1, b):
                # "A, a source close to him said": the noun phrase after the comma (not
                # "A, and officials who attended said the plan failed")
                framing = self._postmodified_subject(a, i)
                if framing is not None:
                    np, how = framing, "opening subject"
            # "A, he and Mr. Allen said", "A, current and former officials said": the
            # comma is before the whole coordinated subject
            np0 = None if np is None or not final else \
                self._subject_phrase_start(np, a) if w.lemma in SPEECH_VERBS else np[0]
            if np0 is not None and np is not None and self._names_person(np):
                np0 = self._role_before_name(np0, a)
            if np0 is not None and np0 - 1 > a and words[np0 - 1].text in (",", "—", "–", "―") \
                    and not self._coordinated_cue(i, a) and \
                    not (np is not None and self._relative_speaker(np)):
                c1 = np0 - 1
                while c1 > a and words[c1 - 1].is_punct and \
                        words[c1 - 1].text not in _QUOTE_CHARS and words[c1 - 1].text != "%":
                    c1 -= 1  # (the sign of "rose 5%" is no punctuation of the frame)
                att = Attribution(np, (i, i + 1), None, 0.85 if how == "subject" else 0.75,
                                  "CLAUSE, X said")
                if comma_at < b and words[comma_at].text == ",":
                    # "That, X explained, is by design": the statement's longer side
                    r0 = comma_at + 1
                    r1 = self._content_end(r0, b)
                    r = words[r0] if r0 < b else None
                    left_clause = any(words[x].upos in ("VERB", "AUX") for x in range(a, c1))
                    # "If A, X said, B": the condition is said with B, and B may quote
                    condition = left_clause and self._condition_at(a, c1)
                    adjunct = left_clause and (r is None or r.upos in ("ADP", "SCONJ") or
                                               r.lower.endswith("ing") and r.upos == "VERB" or
                                               r.lower in _SUBORDINATORS or
                                               self._time_distance_after(i, b)) or condition
                    if not adjunct and r is not None and r.upos in ("VERB", "AUX") and \
                            r1 - r0 >= 2 and not left_clause:
                        # "This campaign, he says, is different": one statement around the cue
                        return self._found(a, r1, att)
                    if not adjunct and r1 - r0 > c1 - a and r1 - r0 >= 3:
                        return self._found(r0, r1, att)
                if bracket is not None and bracket + 2 < c1:
                    return self._found(bracket + 1, c1, att)
                # not the setting of a quote the cue brings ("In February, as A, X said,
                # “B”"), though a condition is said with it ("If A, X said, “B”")
                quote_next = i + 2 < b and words[i + 1].text in (",", ":") and \
                    self.in_quote[i + 2] >= 0 and not self._condition_at(a, c1)
                # "Evacuations continue, officials said.": a subject and its verb are a clause
                # (not "He hoped, he said, that A")
                if (c1 - a >= 3 or c1 - a == 2 and self.in_quote[a] < 0 and
                        (i + 1 >= b or words[i + 1].text != ",") and
                        self._two_word_clause(a, plural_base=True)) and \
                        not self._opening_phrase(a, c1) and not quote_next and \
                        not (self._setting_clause(a, c1) and words[i + 1].text != ","):
                    return self._found(a, c1, att)
            # ---- "CLAUSE, said X." (also "CLAUSE, reported the Post.", the frame's end)
            if i - 1 > a and words[i - 1].text == "," and not stance and (
                    w.lemma in INVERTING_VERBS or self._closing_report(i - 1, b) is not None and
                    self.in_quote[self._skip_opening(a, i)] < 0):
                np2 = self._np_forward(i + 1, b)
                np2 = self._joined_roles(np2, b)  # "said lobbyist and strategist Jo Hale"
                if np2 is not None and words[np2[0]].lower in _SUBJECT_PRONOUNS and \
                        np2[1] < b and not words[np2[1]].is_punct:
                    np2 = None  # "X, who A, said he would B": "he" opens the statement
                if np2 is not None and w.lemma in SENDING_VERBS and \
                        not self.is_named_or_pronoun(np2):
                    np2 = None  # "X, a candidate who A, tweeted a warning": its object
                if np2 is not None and (_time_word(words[np2[1] - 1]) or
                                        np2[1] - np2[0] == 1 and
                                        words[np2[0]].lower in _WHEN_OR_HOW_MUCH):
                    # "X, a chairman, responded hours later", "X, Y, said early on Monday
                    # that A", "X said little": a time or an amount, no speaker
                    np2 = None
                if np2 is not None and np2[1] < b and words[np2[1]].upos == "ADP" and \
                        self._auxiliary_after_phrase(np2[1], b):
                    np2 = None  # "X, 62, said the damp in his flat had made her ill": a subject
                around = None if np2 is None else self._statement_around_inverted(a, i, np2, b)
                if around is not None:
                    # "The plan, said Jane Doe, would cost millions": one statement around
                    return self._found(a, around[1], Attribution(around[0], (i, i + 1), None,
                                                                 0.85, "CLAUSE, said X"))
                if np2 is not None and (self._short_adjunct([x for x in range(np2[1], b)
                                                             if not words[x].is_punct], w) or
                                        np2[1] < b and words[np2[1]].text == "," or
                                        self._relative_after(np2, a, i, b)):
                    # "A, said X." / "A, said X, who runs Y." / "A, said an aide who B."
                    c1 = i - 1
                    if c1 - a >= 3:
                        return self._found(a, c1, Attribution(np2, (i, i + 1), None, 0.85,
                                                              "CLAUSE, said X"))
            # ---- "X said (that) CLAUSE"
            if nxt is None:
                continue
            set_off = False  # the cue's phrase is set off after its subject's name
            relative_at = None if np is None else self._relative_pronoun_in(np)
            if np is not None and relative_at is not None:
                # "which Jane Doe said", "a year in which most voters say", "the strike that
                # company executives said": the noun phrase after the relative pronoun is
                # the subject
                np = (relative_at + 1, np[1])
            zero = None if np is None or self._parsed(i) else self._zero_relative_speaker(np, i, b)
            if zero is not None:
                # "It is a plan officials say would cost $5 billion", "a dynamic Greenberg
                # said could drive A": a relative clause with no pronoun, whose gap is the
                # subject of the statement; the speaker follows the noun it modifies
                clause_end = self._clause_stop(i + 2, b)
                r1 = self._content_end(i + 1, b) if clause_end is None else clause_end
                if r1 - i - 1 >= 3:
                    return self._found(i + 1, r1, Attribution(zero, (i, i + 1), None, 0.7,
                                                              "which X said"))
            if np is not None and np[0] > a and self._relative_gap(np, i, b):
                # "policies, which he said had harmed the economy": the relative clause
                r0 = np[0] - 1 if words[np[0] - 1].lower in _RELATIVES else np[0]
                clause_end = self._clause_stop(i + 2, b)
                r1 = self._content_end(i + 1, b) if clause_end is None else clause_end
                if r1 - r0 >= 4:
                    return self._found(r0, r1, Attribution(np, (i, i + 1), None, 0.7,
                                                           "which X said"))
            if np is None and i - 3 >= a and words[i - 1].lower == "to":
                # "though it's fair to say that A", "It is fair to say A": an "it" that holds
                # the place of "to say" speaks for no one, not the sentence's subject
                np = self._expletive_before(i - 1, a)
                how = "expletive" if np is not None else how
            if np is None and i - 2 >= a and words[i - 1].lower == "to" and (
                    w.lemma in _TO_CHAIN_CUES or
                    w.lemma in _BARE_CLAUSE_VERBS and words[i - 2].lemma in _GOING_ON_VERBS):
                # (a verb of thought or evidence after "continue to": "polls continue to show
                # that A", "I continue to believe that A")
                # "X went on to say", "X was quick to add": the subject of the verb before
                j = self._chained_verb(i - 1, a)
                if j is not None and self._passive_aux(j - 1) and \
                        words[j].lemma in _ADDRESSEE_CUES:
                    continue  # "X was asked to comment on A": X is asked, and says nothing yet
                if j is not None:
                    np, how = self._subject_of_cue(j, a)
                    if np is None or np[0] > a and not self._starts_clause(a, np[0], w):
                        np, how = self._opening_subject(a, j, chained=True), "opening subject"
                elif self.in_quote[i - 2] < 0 and not self._parsed(i):
                    np, how = self._caused_speaker(a, i - 1), "object"
                    if np is None:
                        np, how = self._infinitive_subject(a, i - 1), "infinitive"
            if np is None and stance and i - 2 >= a and words[i - 1].lower == "to":
                np, how = self._stance_infinitive_speaker(i, a)
                if np is None:
                    continue  # "plans to endorse Doe", "asked him to condemn A": no side yet
            if np is None and i - 2 > lead and words[i - 1].text == ",":
                share = self._share_start(i - 2, lead)  # "about two-thirds, 67 percent, say A"
                if share is not None:
                    np, how = (share, i - 1), "subject"
            # the comma before a participle, across adverbs ("..., eventually saying")
            comma = self._before_adverbs(i, lead) if w.lower.endswith("ing") else i - 1
            if np is None and w.lower.endswith("ing") and comma - 1 >= lead and \
                    words[comma].text == "," and words[comma - 1].upos == "VERB":
                # "X said, adding that ...": the participle shares the main verb's subject
                np, how = self._subject_of_cue(comma - 1, lead)
            if np is None and w.lower.endswith("ing") and comma > lead and \
                    (words[comma].text == "," or self._after_framed_quote(comma + 1)):
                # "The agency declined to give details, saying ...", "X sued over the
                # “Golden Week,” saying ...": the clause's subject
                np, how = self._shared_subject(lead, comma), "participle"
            opening = self._opening_participle(lead, i, b) if np is None else None
            if opening is not None:
                # "After saying A, the man B", "Having announced that A, Judge X B": the
                # participle frame before the comma; its subject follows the comma
                comma, sub = opening
                framed_at = self._clause_start(i + 1, b, w)
                if framed_at is not None and comma - framed_at >= 3:
                    return self._found(framed_at, comma, Attribution(sub, (i, i + 1), None, 0.7,
                                                                     "X said CLAUSE"))
            if np is None and w.lower.endswith("ing") and \
                    (w.lemma != "add" or nxt.lower == "that"):
                # "X is facing doubts after saying ...", "X added, while also saying ..." (not
                # "while adding two states": "add" without "that" is no cue of speech)
                k = self._subordinator_before(i, lead)
                if k is not None:
                    # the subject of the nearest clause with one of its own ("X argued A,
                    # while Y has gained ground by saying B": Y)
                    np = self._subject_after_link(lead, k) or self._shared_subject(lead, k)
                    how = "participle"
                    if np is None and not self._parsed(i):
                        # "Mr. Doe, after initially saying A, took B": the name the
                        # participle's phrase is set off after, before its own verb
                        np = self._subject_set_off_before(lead, k)
                        set_off = np is not None
            listed = False  # the cue is the next verb of a list after a comma
            if np is None:
                # "The order gave no reasons and did not say ...": the first verb's subject
                k = i - 1
                while k > lead and (_adverbial(words[k]) or words[k].lower in ("not", "n't")):
                    k -= 1
                listed = k > lead and words[k].text == "," and self._listed_verb(k, i, lead)
                if k > lead and self.in_quote[k] < 0 and (
                        words[k].lower in ("and", "but") or listed):
                    np, how = self._coordinated_subject(lead, k), "coordination"
                    if np is not None and not self.is_named_or_pronoun(np) and not (
                            self.is_speaking_noun_phrase(np) and self._clause_opens_after(i, b)) \
                            and not (np[0] == lead and self._untagged_surname(np) and
                                     self._clause_opens_after(i, b)):
                        # "The fracas ... and said": a speaker, not an event; but "Some
                        # owners seek A, and argue that B", "The order gave no reasons
                        # and did not say how B": a clause plainly follows the cue
                        np = None
            reply = self._reply_object(i, b)  # "did not respond to Y": Y is the statement
            if np is not None and np[0] - 2 >= lead and words[np[0] - 1].lower == "than" and \
                    words[np[0] - 2].lower in SHARE_QUALIFIERS:
                np = (np[0] - 2, np[1])  # "[More than] six in 10 said": the share's qualifier
            if np is not None and np[0] - 2 >= lead and \
                    words[np[0] - 1].lower in ("named", "called") and \
                    words[np[0] - 2].upos == "NOUN" and not words[np[0] - 2].is_capitalised \
                    and self._names_person(np):
                person = self._np_back(np[0] - 2, lead)  # "[A voter named] Walt Gibbons said"
                np = (person[0], np[1]) if person is not None else np
            # a parse's subject may leave out the title or role that opens its noun
            # phrase ("[Mr.] Obama revised his plans, saying that A")
            np0 = None if np is None else \
                self._subject_phrase_start(np, lead - 1) if self._parsed(i) else np[0]
            near = np  # the noun phrase right before the cue, kept for the inner clause
            if np is None or how not in ("object", "antecedent") and np0 is not None and \
                    np0 > lead and not self._starts_clause(lead, np0, w):
                # "did not respond to Y", "would not say whether A": across the negation
                negated = reply is not None or (w.lemma in SPEECH_VERBS or stance) and \
                    self._negated(i, lead)
                np, how = (self._subject_across_adjuncts(lead, i, negation=negated), "subject") \
                    if _plain_speech_verb(w) or negated or self._progressive(i, lead) \
                    else (None, "")
            if np is None:
                # "Gov. X of Ohio, a Republican who ..., said", "officials who spoke
                # with us said": the noun phrase that opens the clause
                np = self._opening_subject(lead, i) if lead < i else None
                if np is None and near is not None:
                    np = self._inner_opening_subject(near, lead, i)
                if np is None:
                    continue
                how = "opening subject"
            if self._passive_aux(i - 1) and \
                    (w.lower.endswith("ed") or w.lower in _IRREGULAR_PARTICIPLES) and \
                    (w.lemma != "ask" or self._infinitive_at(i + 1, b)):
                continue  # passive: "the judge who has been confirmed", "X was asked to go"
            if w.lower == "asked" and words[i - 1].text == "," and np[1] == i - 1:
                continue  # a reduced passive: "after X, asked about A, said B"
            if np[1] == i and self._modifies_text_before_verb(i, b):
                continue  # "Figures reported on Sunday suggest A": "suggest" is the cue
            if w.lemma == "ask" and i + 2 < b and words[i + 1].lower == "by" and \
                    self._passive_aux(i - 1):
                # "X was asked by host Jane Doe whether A": the one who asks is the agent
                agent = self._np_forward(i + 2, b)
                if agent is not None and self._can_speak(agent):
                    np, how = agent, "subject"
            # the relative opens the subject, or ends the noun phrase it is read with
            # ("Businesses that warn A were not consulted": "Businesses that")
            rel = np[0] if words[np[0]].lower in ("who", "that") else np[1] - 1
            relative = words[rel].lower in ("who", "that") and rel > a
            restrictive = relative and words[rel - 1].text != "," and not any(
                words[x].upos in ("VERB", "AUX") for x in range(a, rel))
            # A ends before the main clause's verb ("Businesses that warn A were not
            # consulted"), or at the sentence's end when the tagger read that verb as none
            in_subject = restrictive and rel > np[0]
            restrictive = restrictive and not in_subject
            if restrictive and words[lead].upos != "ADP":
                continue  # "Voters who said A were split": A ends where we cannot see
            if w.lower == "said" and np == (i - 1, i) and np[0] == lead and \
                    words[np[0]].lower in ("that", "this") and i + 1 < b and \
                    words[i + 1].text == "," and self.in_quote[i + 1] < 0:
                continue  # "That said, A": the writer's own turn of phrase, no speaker
            c0 = i + 1
            # (the one a stance verb thanks or praises is its statement's object, not told)
            addressee = None if stance else self._addressee(i, b)
            if addressee is None and w.lemma == "tell" and c0 < b and \
                    words[c0].lower in _OBJECT_PRONOUNS:
                addressee = (c0, c0 + 1)  # "told me he ...": the pronoun is told, not said
            if addressee is not None:
                c0 = addressee[1]
            if reply is not None:
                # "X did not respond to requests for comment": the object is the statement
                return self._found(reply[0], reply[1], Attribution(np, (i, i + 1), None, 0.6,
                                                                    "X responded to Y"))
            story = self._told_story(i, b, np) if w.lemma == "tell" else None
            if story is not None:
                return story
            if addressee is not None and c0 < b and (
                    words[c0].upos == "AUX" and words[c0].lower.endswith("ing") or
                    words[c0].upos == "VERB" and words[c0].lower.endswith("ed")):
                # "told a meeting being held in X", "told a crowd gathered there that A":
                # the participle is the object's; only a "that" after it opens a statement
                # (an -ing verb may be a noun the tagger missed: "told a rally gathering")
                c0 = next((x for x in range(c0 + 1, b) if words[x].lower == "that"), b)
                if c0 >= b:
                    continue
            clause_at = self._stance_object_at(i, b) if stance else self._clause_start(c0, b, w)
            if clause_at is None and c0 == i + 1 and c0 + 3 < b and words[c0].text == "," and \
                    _plain_speech_verb(w) and np[0] == lead == a and self.in_quote[c0 + 1] < 0 and \
                    not (a > 0 and self.in_quote[a - 1] >= 0 and
                         "\n" not in self.W.text[words[a - 1].end:words[a].start]) and \
                    words[i - 1].text != "," and \
                    (words[c0 + 1].upos in ("DET", "NOUN", "PROPN", "NUM") or
                     words[c0 + 1].lower in _SUBJECT_PRONOUNS) and \
                    self._clause_opens_at(c0 + 1, b) and \
                    not any(self._next_cue_at(x) for x in range(c0 + 2, b)):
                # "The Times previously reported, the city refused to name them": a comma
                # where "that" would stand, before a clause that runs to the sentence's end
                # (not '"A!" X shouted, a point he makes often', nor "than, say, X's plan")
                clause_at = c0 + 1
            if clause_at is None or clause_at >= b:
                continue  # no clause, or "X said that" ends the text
            c0 = clause_at
            if c0 == i + 1 and w.lemma == "say":
                # "X has said little about the plan": the topic after "about" is what X
                # spoke of (as after "talked about"); "said little" alone says nothing
                # (a speaker by name, pronoun or role: not "The meeting ran late and said
                # little about taxes")
                about = self._said_little_about(c0, b) if self.is_named_or_pronoun(np) \
                    else None
                if about is None and self._said_little(c0, b):
                    continue
                c0 = about if about is not None else c0
            if self._after_quote_frame(np, a) and (self._manner_or_place_at(c0) or
                                                   self._verbless(c0, b) or
                                                   w.lemma in ("say", "tell") and
                                                   not self._clause_opens_at(c0, b)):
                # '“A,” X said from his plane', '“A,” X said late last month': the quote
                # is the statement; words after the frame need a verb of their own
                continue
            p = self._topic_prep(i, b)
            topic = p is not None and (c0 == p + 1 or c0 == p and
                                       words[c0].lower in _QUESTION_STARTS)
            if words[c0 - 1].lower != "that" and w.lemma not in SPEECH_VERBS and \
                    w.lemma not in ("believe", "think", "argue") and not topic and not stance and \
                    not (w.lemma in _QUESTION_VERBS and words[c0].lower in _QUESTION_STARTS) and \
                    not (
                        w.lemma in _ADDRESSEE_CUES and c0 == i + 1 and any(
                            self._infinitive_at(x, b)
                            for x in range(c0 + 1, min(b, c0 + _NAME_WORDS)))) and \
                    not self._evidence_clause(w, c0, b) and \
                    not (w.lemma == "accuse" and self._charged_of(c0, b)):
                continue  # but "urged voters to turn out": a request, as "asked X to" is
            if w.lemma in _CLAUSE_ONLY_CUES and words[c0 - 1].lower != "that" and \
                    self._opens_object(c0):
                continue  # "she has maintained her lead": an object, not a statement
            # "asked about X", "asked whether ...", "vowed to ...": no finite verb needed
            request = w.lemma == "ask" and words[c0 - 1].lower == "for"  # "asked for a photo"
            question = words[c0 - 1].lower == "about" or words[c0].lower in _QUESTION_STARTS or \
                request
            answer_end = self._answer_end(c0, b) if w.lemma == "say" and \
                words[c0 - 1].lower != "that" else None
            answer = answer_end is not None
            c1 = answer_end if answer_end is not None else self._content_end(c0, b)
            if listed:
                # "X hid A, admitted B, and delayed C": B ends where the list goes on
                c1 = next((x for x in range(c0 + 1, c1 - 2) if words[x].text == "," and
                           words[x + 1].lower in ("and", "or") and words[x + 2].upos == "VERB"
                           and _finite_form(words[x + 2]) == _finite_form(w)), c1)
            object_end = None
            if stance and not restrictive:
                # a stance verb's object ends early (at a comma, a time, a second verb: see
                # below): trimmed first, so the scans for a next cue and a narrator's clause
                # read only the object, not the rest of the sentence
                c1 = object_end = next(
                    (x for x in range(c0, c1) if words[x].text in _CLAUSE_STOPS or
                     self.in_quote[x] >= 0 or self._second_clause_at(x, c1, False) or
                     x > c0 and (self._stance_object_ends_at(x, c1) or self._occasion_at(x, c1) or
                                 self._weekday_after_object(x, c1))), c1)
            # "X, who said A, said B", "X said A and argued B": A ends where the next
            # cue takes over
            nxt_cue = next((x for x in range(c0, c1 - 1) if self._next_cue_at(x, w)), None)
            subordinate = np[0] > a and (
                words[np[0] - 1].lower in _LEAD_SUBORDINATORS | {"which", "whom", "with"} or
                np[0] - 2 >= a and self._subordinating_that(np[0] - 1)) or \
                how == "coordination" and self._in_relative_clause(np, i, lead)
            if nxt_cue is not None:
                # 'X said that “A,” Y added', 'X suggested A — “B,” X said — and C': the
                # quote's own frame credits it, so the statement ends before it (not in
                # 'After X said A “B,” Y said': Y's clause follows X's)
                cut = self._content_end(c0, nxt_cue if subordinate else
                                        self._framed_quote_start(c0, nxt_cue))
                if all(self.in_quote[x] >= 0 for x in range(c0, cut)):
                    continue
                if not self._opening_phrase(c0, cut):
                    # (not 'X reported that during the visit, Y reiterated A': the
                    # setting opens X's statement, which runs on over Y's clause)
                    c1 = cut
            elif relative and (words[np[0] - 1].text == "," or restrictive) or subordinate or \
                    set_off:
                # "Cruz, who says A, said B", "Though X said A, B", "in a year in which X
                # says A, B", "with half saying A, B": A ends at the comma, though not at
                # one that sets off a role after the person A opens with ("with polls
                # showing that Ann Roe, the governor, leads")
                first_np = self._np_forward(c0, c1)
                past = self._past_set_off(first_np[1], c1) \
                    if first_np is not None and self._names_person(first_np) else c0
                c1 = next((x for x in range(past, c1) if words[x].text == "," and
                           self.in_quote[x] < 0), c1)
            if restrictive and (c1 == self._content_end(c0, b) or nxt_cue is not None):
                continue  # "Among those who said A, most backed B": only a comma ends A
            if in_subject:
                c1 = self._subject_clause_end(c0, c1)
            if question:
                # "would not say whether A, and B said C": the question ends before a new clause
                c1 = next((x for x in range(c0, c1 - 1) if words[x].text == "," and
                           words[x + 1].lower in ("and", "but") and self.in_quote[x] < 0), c1)
                c1 = self._infinitive_end(c0, c1)
                if words[c0 - 1].lower == "about":
                    # "tried to ask about immigration when X shot back that A": the topic
                    # ends at a clause of time, as after "talked about"
                    c1 = self._content_end(c0, next(
                        (x for x in range(c0 + 1, c1) if self.in_quote[x] < 0 and
                         words[x].lower in _LEAD_SUBORDINATORS and words[x].lower != "as"), c1))
            else:
                # "X said A, but he has not endorsed B": the writer's own clause
                # (or its tail: "X said A, though B", "X said A, a record")
                c1 = next((x for x in range(c0 + 2, c1 - 1) if self._narrator_clause_at(x) or
                           x - c0 >= 3 and self._statement_tail_at(x, c1)), c1)
                if not (stance or topic):
                    c1 = self._speakers_second_verb(c0, c1, w)
            # "has said A and has called for B", "by pledging to A and trying B"
            c1 = self._speakers_parallel_verb(c0, c1, i)
            if w.lemma == "recall" and c0 == i + 1 and _is_number(words[c0]) and \
                    c0 + 1 < c1 and not words[c0 + 1].is_punct:
                continue  # "recalled 12,000 jars of peanut butter": goods, no words
            # "X announced his resignation", "X tweeted her thanks": an object statement
            obj = stance or not question and words[c0 - 1].lower != "that" and \
                w.lemma in _OBJECT_CUES and (not w.lower.endswith("ing") or
                                             words[i - 1].lower in _PASSIVE_AUX or
                                             words[i - 1].lower == "by") and \
                (self._opens_object(c0) or self._named_object(c0, w) or
                 self._bare_noun_object(c0, i)) and \
                not self._clause_after_object(c0, c1) or \
                self._gerund_object(c0, w)
            if (obj or topic or request) and c1 != object_end:
                # the object ends at a clause stop, a quote or a second verb ("and said ..."),
                # a topic also at an adjunct clause ("talked about jobs when he was in Ohio"),
                # a request also at a new subject ("asked for a photo and Clinton agreed")
                c1 = next((x for x in range(c0, c1) if words[x].text in _CLAUSE_STOPS or
                           self.in_quote[x] >= 0 or self._second_clause_at(x, c1, request) or
                           topic and x > c0 and words[x].lower in _LEAD_SUBORDINATORS or
                           stance and x > c0 and self._stance_object_ends_at(x, c1) or
                           x > c0 and self._occasion_at(x, c1) or
                           obj and x > c0 and (self._weekday_after_object(x, c1) or
                                               self._time_clause_after_object(x, c1))), c1)
            # "claimed victory", "asked about immigration"
            bare_noun = (obj or words[c0 - 1].lower == "about") and c1 == c0 + 1 and \
                words[c0].upos == "NOUN"
            if c1 - c0 < (1 if answer or topic or bare_noun or stance else 2 if question or obj or
                          self._elliptic_clause(c0, c1) or self._bare_clause(i, c0, c1)
                          else 3):
                continue
            if how == "infinitive" and not (question or words[c0 - 1].lower == "that" or
                                            words[c0].lower in _SUBJECT_PRONOUNS or
                                            self._subject_and_verb(c0, c1)):
                continue  # "to claim the nomination": an object, not words
            # "has asked the court to intervene": the one asked and the infinitive, whose
            # verb the tagger may read as a noun
            request = request or w.lemma in _ADDRESSEE_CUES and \
                any(self._infinitive_at(x, c1) for x in range(c0 + 1, min(c1, c0 + _NAME_WORDS)))
            if words[c0 - 1].lower != "that" and not (question or obj or answer or topic or
                                                       request) and (
                    self._manner_phrase(c0, c1) or not any(
                        words[x].upos in ("VERB", "AUX") for x in range(c0 + 1, c1)) and
                    not (words[c0].lower in _SUBJECT_PRONOUNS and c1 - c0 >= 3) and c1 - c0 < 6):
                continue  # "the crowd shouted back at him for minutes": how, not what
            conf = 0.8 if how == "subject" else 0.7
            if stance and self._statement_in_object(c0, c1):
                continue  # "mocked Doe's promise that A", "shows voters who say A": Doe's, theirs
            if stance and np is not None and self._speaker_credential(np[0], a):
                continue  # "“A,” said Jane Roe, who endorsed Doe": who she is, no news
            if stance and STANCE_VERB_FORMS[w.lower] == "back" and \
                    self._backing_aside(np, i, c0, c1, b):
                continue  # "Roe, who backs Doe, warned ...": who Roe is, no news
            if stance:
                return self._found(c0, c1, Attribution(np, (i, c0 if c0 - i <= 2 else i + 1),
                                                      None, conf - 0.1, "X criticized Y"))
            # "In a CNN poll, 38 percent of voters said A": the news credits the poll
            np = self._poll_before_share(np, i) or np
            # the particle is the phrasal cue's ("shot back")
            cue_end = i + 2 if words[i + 1].lower in _PHRASAL_CUES and not is_cue_word(w) \
                else i + 1
            return self._found(c0, c1, Attribution(np, (i, cue_end), addressee, conf,
                                                  "X said CLAUSE"))
        # "In a new poll, Doe leads Roe": no cue but the poll's
        return self._poll_finding(a, b, outside, first, stop)

    def _poll_finding(self, a: int, b: int, outside: list[int], first: int,
                      stop: int) -> Found | None:
        """The finding of a poll that an opening "in" names in sentence words [a, b), its "in"
        in [first, stop) ("In a new CNN survey, Doe leads Roe", "In the poll, conducted in
        May, Doe led Roe"): the clause after the poll's comma.  The news credits the poll,
        as it does "according to the poll".  Only a clause with a verb, in a sentence with
        no cue of speech ("In a poll, 8 percent said A": the share's cue, which credits the
        poll, reads it), and not a poll's noun that opens a name of something else ("In the
        poll's margin of error, ...") nor another opening "in" ("In Iowa, Doe leads in the
        polls").  A trailing "in the polls" ("Doe has led in the polls") is left alone: the
        news uses it as often for a candidate's standing as for a poll's finding."""
        words, in_quote = self.words, self.in_quote
        for p in outside:
            w = words[p]
            if w.lower not in _POLL_NOUNS or w.upos not in ("NOUN", "PROPN") or \
                    p + 1 >= b or _possessive_mark(words[p + 1]):
                continue
            # back over the poll's name to its "in"
            x = p - 1
            while x >= max(a, p - _POLL_NAME_WORDS) and in_quote[x] < 0 and \
                    words[x].lower != "in" and (
                        words[x].upos in _POLL_NAME_TAGS or words[x].text in _POLL_NAME_MARKS or
                        words[x].lower == "of" and x > a and words[x - 1].lower == "average"):
                x -= 1
            if x < first or x >= stop or words[x].lower != "in" or in_quote[x] >= 0:
                continue
            clause = next((y + 1 for y in range(x - 1, a - 1, -1)
                           if words[y].text in (":", ";") and in_quote[y] < 0), a)
            if x != self._skip_opening(clause, b):
                continue
            # the comma that closes the poll's name ("In a poll released Monday,", "In the
            # poll, conducted in May,")
            c = p + 1
            if words[c].text == "," and c + 1 < b and words[c + 1].lower in _POLL_TAKEN:
                c += 1
            c = next((y for y in range(c, min(b, c + _SOURCE_WORDS))
                      if words[y].text == "," and in_quote[y] < 0), b)
            if c >= b or any(words[y].upos in ("VERB", "AUX") and
                             words[y].lower not in _POLL_TAKEN for y in range(p + 1, c)):
                continue
            c0, c1 = c + 1, self._content_end(c + 1, b)
            # "..., largely because B": the writer's reason, not the poll's
            c1 = next((y for y in range(c0 + 2, c1 - 1) if words[y].text == "," and
                       "because" in (words[y + 1].lower, words[min(y + 2, c1 - 1)].lower)), c1)
            # a clause with a verb, or a share's, whose verb a tagger may miss ("40 percent
            # of voters [back] Roe")
            if c1 - c0 < 2 or any(in_quote[y] >= 0 for y in range(c0, c1)) or \
                    not any(words[y].upos in ("VERB", "AUX") for y in range(c0, c1)) and \
                    not (c1 - c0 >= 4 and (_is_number(words[c0]) or
                                           words[c0].lower in SHARE_WORDS)) or \
                    any(in_quote[y] < 0 and not self._noun_use(y, a) and
                        not (y > a and (words[y - 1].upos == "NUM" or
                                        words[y - 1].lower == "percentage"))
                        for y in self._indices_in(self._cue_index, a, b)):
                continue  # (a sentence with a cue of speech: its rules read it; not a cue
                # form a tagger read as a verb, "1 percentage [point]")
            return self._found(c0, c1, Attribution((x + 1, p + 1), (x, x + 1), None, 0.7,
                                                   POLL_FINDING_REASON))
        return None

    @cached_property
    def _asked_index(self) -> list[int]:
        """The article's words spelled "asked", in order: the question frames of
        :meth:`_asked_frame` all turn on one, and most windows have none (read from the
        trigger index, which holds every one as a reporting-verb form)."""
        words = self.words
        return [i for i in self._surface_trigger_index if words[i].lower == "asked"]

    def _asked_frame(self, a: int, b: int) -> Found | None:
        """A question put to the speaker as a frame: "Asked whether A, X said ...",
        "Asked by Y if A, X ...", "..., X said when asked what A", "Asked about A, X
        said ..." (the question's topic).  The asker is Y when named, else unknown (the one
        who answers is not the one who asked)."""
        asked = self._indices_in(self._asked_index, a, b)
        if not asked:
            return None  # (most windows: every frame below turns on an "asked")
        words = self.words
        i = self._skip_opening(a, b)
        opening = i < b and words[i].lower == "when"
        if opening:
            i += 1
        if i >= b or words[i].lower != "asked" or self.in_quote[i] >= 0:
            # "..., X said when asked about A": the question ends the sentence
            # "asked" is a reporting-verb form: the trigger index holds every one
            i = next((x for x in asked
                      if x > i and words[x].lower == "asked" and words[x - 1].lower == "when" and
                      self.in_quote[x - 1] < 0), b)
            if i >= b:
                return None
        else:
            opening = True
        asker = None
        j = i + 1
        if j < b and words[j].lower == "by":
            asker = self._np_forward(j + 1, b)
            if asker is None:
                return None
            j = asker[1]
        elif not opening:
            # "X told Y on Monday when asked A": Y asked
            told = next((x for x in range(i - 2, a - 1, -1) if words[x].lemma == "tell" and
                         self.in_quote[x] < 0), None)
            asker = self._addressee(told, b) if told is not None else None
        # over a short adjunct ("on Fox News", "at a briefing Monday") to the question, or
        # to the topic after "about"
        q = next((x for x in range(j, min(b, j + _ASKED_ADJUNCT_WORDS))
                  if words[x].lower in _QUESTION_STARTS | {"which", "whom", "about"} or
                  words[x].is_punct), None)  # "asked which county", "asked whom she backed"
        if q is None or words[q].is_punct or self.in_quote[q] >= 0:
            return None
        if words[q].lower == "about":
            q += 1  # "Asked about the budget, X said": the topic
            if q >= b or words[q].is_punct or self.in_quote[q] >= 0:
                return None
        comma = next((x for x in range(q + 1, b) if words[x].text in _CLAUSE_STOPS and (
            self.in_quote[x] < 0 or x + 1 < b and words[x + 1].text in _QUOTE_CHARS)), None)
        if opening and (comma is None or self._content_end(comma + 1, b) - comma < 3):
            return None  # no answer after the frame: not a frame
        end = self._content_end(q, b if comma is None else comma)
        if end - q < 2 and words[q].lower not in _QUESTION_STARTS:
            return None
        return self._found(q, end, Attribution(asker, (i, i + 1), None, 0.5 if asker else 0.3,
                                               "Asked A, X said"))

    def _reported_by(self, c: int, a: int, b: int) -> Found | None:
        """A news item credited to the outlet that broke it: "The meeting was first reported
        by Politico", "Her remarks, first reported by the Times, ...", "a fact first reported
        by X": the item is the statement, the agent after "by" at ``c + 1`` its speaker."""
        words = self.words
        agent = self._np_forward(c + 2, b)
        if agent is None or not self._can_speak(agent):
            return None
        k = c - 1
        first = k >= a and words[k].lower in _FIRST_REPORT_ADVERBS
        if first:
            k -= 1
        if k > a and words[k].lower in _PASSIVE_AUX:
            k -= 1  # "was first reported by"
            if k > a and words[k].lower in _PERFECT_AUXILIARIES:
                k -= 1
        elif not first:
            return None  # "exit polling reported by CNN": a source, no news it broke
        elif words[k].text == ",":
            k -= 1  # "Her remarks, first reported by the Times,"
        elif words[k].lower == "as":
            # "A, as first reported by the Times": the clause before the frame
            lead = self._skip_opening(a, k)
            c1 = self._content_end(lead, k)
            if k - 1 <= a or words[k - 1].text != "," or c1 - lead < 3:
                return None
            return self._found(lead, c1, Attribution(agent, (c, c + 1), None, 0.75,
                                                      "as X said"))
        item = self._np_back(k, a)
        if item is not None and words[item[0]].lower in _RELATIVES and item[0] - 2 >= a and \
                words[item[0] - 1].text == ",":
            item = self._np_back(item[0] - 2, a)  # "the email, which was first reported by"
        if item is None or words[item[0]].lower in _RELATIVES or \
                item[1] - item[0] == 1 and words[item[0]].is_pronoun:
            return None  # "it was first reported by": the item is named elsewhere
        return self._found(item[0], item[1], Attribution(agent, (c, c + 1), None, 0.75,
                                                          "X was reported by Y"))

    def _by_agent(self, j: int, b: int) -> tuple[tuple[int, int] | None, int] | None:
        """The agent a "by" at word ``j`` names after a passive participle, and the word
        after it ("was announced [by the club] that A"): ``(None, j)`` when no "by" stands
        there, None when the "by" opens no phrase that can speak."""
        if j >= b or self.words[j].lower != "by":
            return None, j
        agent = self._np_forward(j + 1, b)
        if agent is None or not self._can_speak(agent):
            return None
        return agent, agent[1]

    def _passive_report(self, i: int, a: int, b: int) -> Found | None:
        """Reported speech in the passive with a "that" clause, whose speaker the news does
        not name: "it was widely reported that A", "It's been said that A", "I was told
        that A" (the one told is no speaker); an agent after "by" speaks ("it was announced
        by the club that A").  ``i`` is the participle; None for any other use."""
        words = self.words
        k = i - 1
        if k > a and not self._passive_aux(k) and words[k].lower.endswith("ly"):
            k -= 1  # "was widely reported"
        if k <= a or not self._passive_aux(k) or words[k - 1].upos == "AUX" and \
                words[k - 1].lower not in _BE_FORMS | _PERFECT_AUXILIARIES:
            return None  # "It should be noted that A": the writer's own note
        j = i + 1
        by_agent = self._by_agent(j, b)
        if by_agent is None:
            return None
        agent, j = by_agent
        c0 = self._clause_start(j, b, words[i]) if j < b else None
        if c0 is None or c0 >= b or words[c0 - 1].lower != "that" or self.in_quote[c0] >= 0 or \
                c0 - 1 > j and words[j].upos not in ("ADP", "ADV"):
            return None  # not "was declared the winner of a race that was marred by fraud"
        c1 = self._content_end(c0, b)
        nxt_cue = next((x for x in range(c0, c1 - 1) if self._next_cue_at(x)), None)
        if nxt_cue is not None:
            c1 = self._content_end(c0, nxt_cue)
        # "X said A, but he has not endorsed B": the writer's own clause; "At a time when
        # it was said that A, B": the subordinate clause ends at its comma
        subordinate = any(words[x].lower in _LEAD_SUBORDINATORS for x in range(max(a, k - 4), k))
        c1 = next((x for x in range(c0 + 2, c1 - 1) if self._narrator_clause_at(x) or
                   subordinate and words[x].text == "," and self.in_quote[x] < 0), c1)
        if c1 - c0 < 3 or not any(words[x].upos in ("VERB", "AUX") for x in range(c0, c1)):
            return None
        return self._found(c0, c1, Attribution(agent, (i, i + 1), None, 0.6 if agent else 0.3,
                                               "it was said that A"))

    def _passive_subject(self, i: int, a: int, b: int) -> Found | None:
        """The subject of a passive verb of announcing that ends its clause: "The merger was
        announced on Monday", "Both fires were claimed by the group", "The case was argued
        in May": the subject is what was announced, claimed or argued, by the agent after
        "by" when there is one (else by no one named).  ``i`` is the participle; None for a
        person or a pronoun as subject ("He was reported missing"), a relative ("which was
        reported by X"), or when a complement follows ("was announced as the winner", "is
        claimed to be")."""
        words = self.words
        k = i - 1
        while k > a and words[k].upos == "ADV" and words[k].lower not in ("not", "n't"):
            k -= 1  # "was first reported", "were widely claimed"
        if k <= a or not self._passive_aux(k) or words[k].lower == "being":
            return None
        while k - 1 > a and (words[k - 1].upos == "AUX" or words[k - 1].lower in ("not", "n't")):
            k -= 1  # "will be announced", "had been reported", "might not be claimed"
        j = i + 1
        while j < b and words[j].upos == "ADV" and words[j].lower != "as":
            j += 1
        if words[i].lower in ("said", "reported") and j + 1 < b and words[j].lower == "to" and \
                words[j + 1].upos in ("VERB", "AUX") and self.in_quote[j + 1] < 0:
            # "Several bankers are said to be pressing A", "X, who is said to have drafted A":
            # the subject and the infinitive's clause are the statement, no one named
            x = k - 1
            np = (x, k) if x >= a and words[x].lower in ("who", "which", "he", "she", "they",
                                                         "it") else self._np_back(x, a)
            if np is None or np[1] != k:
                return None
            stop = self._clause_stop(j + 2, b)
            c1 = self._content_end(j, b) if stop is None else stop
            c1 = next((x for x in range(j + 2, c1) if words[x].text == ")" and
                       self.in_quote[x] < 0), c1)  # "(he was said to A)": the aside's end
            return self._found(np[0], c1, Attribution(None, (i, i + 1), None, 0.3,
                                                      "A is said to B"))
        if words[i].lower == "asked" and j + 1 < b and words[j].lower == "to" and \
                words[j + 1].upos in ("VERB", "AUX") and self.in_quote[j + 1] < 0:
            # "The coach was asked to name one player", "diners are asked to rank
            # the dishes": a request whose asker the news does not name
            if any(words[x].lower in _APPEAL_SUBJECTS for x in range(max(a, k - 6), k)):
                return None  # "Anyone with information is asked to call police": an appeal
            stop = self._clause_stop(j + 2, b)
            c1 = self._content_end(j, b) if stop is None else stop
            # (not "... and declined": the one asked answers in a verb of its own)
            c1 = next((x for x in range(j + 2, c1 - 1) if words[x].lower in ("and", "but") and
                       words[x + 1].upos in ("VERB", "AUX") and
                       _finite_form(words[x + 1]) is not None), c1)
            # "X had been asked to keep them by the committee": the asker, at the end
            by = next((x for x in range(j + 2, c1 - 1) if words[x].lower == "by"), None)
            asker = None if by is None else self._np_forward(by + 1, c1)
            if asker is None or asker[1] != c1 and words[asker[1]].lower not in ("of", "on") or \
                    _time_word(words[asker[1] - 1]) or words[asker[1] - 1].lower in _WEEKDAYS or \
                    not self.is_named_or_pronoun(asker) and \
                    not self.is_speaking_noun_phrase(asker):
                asker = None
            c1 = c1 if asker is None or by is None else by
            if c1 - j < 3:
                return None
            return self._found(j, c1, Attribution(asker, (i, i + 1), None,
                                                  0.6 if asker else 0.3, "A was asked to B"))
        if words[i].lower in ("said", "asked"):
            return None
        by_agent = self._by_agent(j, b)
        if by_agent is None:
            return None
        agent, j = by_agent
        if j < b and not (words[j].is_punct and words[j].text not in _QUOTE_CHARS or
                          words[j].upos == "ADP" and words[j].lower not in ("as", "to", "for") or
                          _time_word(words[j]) or words[j].lower in _WEEKDAYS or
                          words[j].lower in ("last", "this", "earlier", "later", "and", "but")):
            return None  # "was announced as the winner", "was reported missing"
        np = self._np_back(k - 1, a)
        if np is None or np[1] != k or words[np[0]].is_pronoun or \
                words[np[1] - 1].lower in _RELATIVES or self._names_person(np) or \
                words[np[1] - 1].upos == "PROPN" or not any(
                    words[x].upos == "NOUN" for x in range(np[0], np[1])):
            return None
        for _ in range(3):
            # "[the breach of] the bank's computers by hackers was reported": the phrase's
            # head is before its prepositions
            p = np[0] - 1
            head = self._np_back(p - 1, a) if p - 1 >= a and words[p].upos == "ADP" and \
                self.in_quote[p] < 0 else None
            if head is None or head[1] != p:
                break
            np = (head[0], np[1])
        return self._found(np[0], np[1], Attribution(agent, (i, i + 1), None,
                                                     0.6 if agent else 0.3,
                                                     "A was announced"))

    def _declared_winner(self, i: int, a: int, b: int) -> Found | None:
        """A declared result: "X was declared the winner in Ohio (by the networks)" is a
        statement of its own, subject and cue included, said by the agent after "by" or by
        no one named.  ``i`` is the participle; None for any other use."""
        words = self.words
        k = i - 1
        if k <= a or not self._passive_aux(k):
            return None
        j = i + 1
        if j < b and words[j].lower == "as":
            j += 1
        n = next((x for x in range(j, min(b, j + 4)) if words[x].lower in ("winner", "winners")),
                 None)
        if n is None or not all(words[x].upos in ("DET", "ADJ", "NOUN", "NUM", "PUNCT")
                                for x in range(j, n)):
            return None
        s = self._np_back(self._skip_back(k - 1, a), a)
        if s is None or words[s[0]].lower in _RELATIVES or not self.is_named_or_pronoun(s):
            return None
        c1 = n + 1  # the race after the noun ("the winner of the Iowa caucuses")
        while c1 < b and self.in_quote[c1] < 0 and words[c1].text not in _CLAUSE_STOPS and \
                words[c1].lower not in _RELATIVES | _SUBORDINATORS | {"by"}:
            c1 += 1
        c1 = self._content_end(s[0], c1)
        agent = self._np_forward(c1 + 1, b) if c1 < b and words[c1].lower == "by" else None
        if agent is not None and not self._can_speak(agent):
            agent = None
        return self._found(s[0], c1, Attribution(agent, (i, i + 1), None, 0.6 if agent else 0.3,
                                                 "X was declared the winner"))

    def _told_story(self, i: int, b: int, np: tuple[int, int]) -> Found | None:
        """The story that the verb of telling ``i`` tells ("X told a joke", "X tells them
        [the story of how A]", "exit polls told [a tale of two parties]"): its noun phrase,
        with a complement after "of" or "about", is the statement; None otherwise."""
        words = self.words
        j = i + 1
        if j < b and words[j].lower in _OBJECT_PRONOUNS:
            j += 1  # "told them a story"
        # the noun and its modifiers ("a slightly different tale", "their family stories")
        k = j
        while k < min(b, j + 5) and words[k].lower not in _STORY_NOUNS and \
                self.in_quote[k] < 0 and words[k].upos in ("DET", "ADV", "ADJ", "NUM", "PRON",
                                                            "NOUN", "PROPN", "PART"):
            k += 1
        if k >= b or words[k].lower not in _STORY_NOUNS or self.in_quote[k] >= 0:
            return None
        c1 = k + 1
        if k + 1 < b and words[k + 1].lower in ("of", "about"):
            c1 = next((x for x in range(k + 1, b) if words[x].text in _CLAUSE_STOPS or
                       self.in_quote[x] >= 0 or self._second_clause_at(x, b)), b)
            c1 = self._stop_or_dash(k + 1, self._content_end(j, c1))
        return self._found(j, c1, Attribution(np, (i, i + 1), None, 0.7, "X told a story"))

    def _pointer_before(self, c0: int, i: int) -> bool:
        """True when words [c0, i) before "according to" at ``i`` are "that" or "this" and
        a form of "be" alone ("That's according to X", "This is according to X")."""
        words = self.words
        return i - c0 == 2 and words[c0].lower in ("that", "this") and \
            (words[c0 + 1].lower in _CONTRACTED_IS or words[c0 + 1].lower in ("is", "was"))

    def _according_source(self, k: int, b: int) -> tuple[int, int] | None:
        """The source after "according to" at word ``k``: a noun phrase, or, when the
        tagger reads a noun as a verb ("according to exit polls"), the words up to the
        next punctuation if a noun ends them; a work by its quoted title ("according to
        “The Harbor Years,” a memoir by Ann Lowe"); an object pronoun ("according to him")."""
        words = self.words
        q = self.in_quote[k] if k < b else -1
        if q >= 0 and words[k].text in _QUOTE_CHARS:
            span = self.spans[q]
            if is_title(self.W.text[span.content_start:span.content_end]):
                j = k
                while j < b and self.in_quote[j] == q:
                    j += 1
                work = (k, j)
                # "“The Harbor Years,” a 1998 book by Ann Lowe,": its description too
                after = j + 1 if j < b and words[j].text == "," else \
                    j if words[j - 2].text == "," else None
                if after is not None and after < b:
                    work = self._np_forward(after, b) or work
                if work[1] < b and words[work[1]].lower == "by":
                    # "“The Harbor Years” by Ann Lowe": its author too
                    author = self._np_forward(work[1] + 1, b)
                    if author is not None and self._names_person(author):
                        return k, author[1]
                return k, j
        np = self._np_forward(k, b)
        if np is not None:
            return self._with_agent(np, b)
        if words[k].lower in _OBJECT_PRONOUNS and self.in_quote[k] < 0:
            return (k, k + 1)
        j = k
        while j < b and j - k < _SOURCE_WORDS and not words[j].is_punct and self.in_quote[j] < 0:
            j += 1
        if j > k + 1 and (words[j - 1].upos in ("NOUN", "PROPN") or
                          self._noun_read_as_verb(k, j)):
            return (k, j)
        return None

    def _noun_read_as_verb(self, k: int, j: int) -> bool:
        """True when words [k, j) open with a determiner or possessive and end in a plural
        or an "-ing" noun the tagger read as a verb ("its FEC reports", "the campaign's
        filings", "its annual filing")."""
        words = self.words
        last = words[j - 1]
        return words[k].lower in _DETERMINERS | _POSSESSIVES and last.upos == "VERB" and \
            (last.lower.endswith("s") and not last.lower.endswith("ss") or
             last.lower.endswith("ing") and j - k > 1)

    def _with_agent(self, np: tuple[int, int], b: int) -> tuple[int, int]:
        """The source ``np`` of "according to" stretched over the one who made it when a
        thing is named ("a count by the AP", "audio provided by X", "a document filed by
        X", "a statement from X"), so the mention holds both the record and its maker."""
        words = self.words
        j = np[1]
        if j + 1 < b and words[j].lower == "from":
            # "a statement from the association": whoever put it out, named or not
            agent = self._np_forward(j + 1, b)
            if agent is not None and self.is_named_or_pronoun(agent):
                return np[0], agent[1]
        if self.is_named_or_pronoun(np):
            return np
        if j + 1 < b and words[j].upos == "VERB" and words[j + 1].lower == "by" and \
                words[j].lower.endswith(("ed", "en")):
            if words[j].lower in _RECEIVED_FORMS:
                return np  # "a copy of the letter obtained by the Post": not its maker
            j += 1  # "provided by", "filed by", "written by"
        if j >= b or words[j].lower != "by":
            return np
        agent = self._np_forward(j + 1, b)
        if agent is None or not self.is_named_or_pronoun(agent):
            return np
        return np[0], agent[1]

    def _as_frame(self, a: int, b: int, np: tuple[int, int] | None, c: int) -> Found | None:
        """ "As X noted, CLAUSE" / "CLAUSE, as X noted." / "As reported by X, CLAUSE": the
        clause outside the as-frame, for speaker ``np`` of cue ``c`` in sentence words
        [a, b) (without ``np``, the agent of a passive cue speaks)."""
        words = self.words
        if np is None or np == (c - 1, c) and words[c - 1].lower == "as":
            # no subject, or the tagger read "As" as one (not "As Reuters reported")
            if c - 1 < a or words[c - 1].lower != "as" or c + 2 >= b or \
                    words[c + 1].lower != "by" or not words[c].lower.endswith("ed"):
                return None
            np = self._np_forward(c + 2, b)
            if np is None:
                return None
            s, j0 = c - 1, np[1]
        else:
            if np[1] - np[0] > 1 and words[np[0]].lower == "as":
                np = (np[0] + 1, np[1])  # the model-free tagger may read "As" as a noun
            s, j0 = np[0] - 1, c + 1
        if s < a or words[s].lower != "as" or words[c].lower.endswith("ing") or \
                words[c].lemma not in SPEECH_VERBS:
            return None
        j = j0  # a short adjunct may close the frame ("as X noted recently,")
        while j < b and j - j0 < _AS_FRAME_ADJUNCT and words[j].text not in _CLAUSE_STOPS and \
                words[j].text != "." and self.in_quote[j] < 0:
            j += 1
        close = j if j < b and words[j].text in (",", "—", "–", "―") else None
        lead = self._skip_opening(a, s)
        att = Attribution(np, (c, c + 1), None, 0.75, "as X said")
        # the frame opens the sentence, or a clause after ", and" ("..., and as X noted, B")
        opens = lead == s or s - 2 >= a and words[s - 1].lower in ("and", "but") and \
            words[s - 2].text == ","
        if opens and close is not None:
            c0 = close + 1
            c1 = self._content_end(c0, b)
            if self.in_quote[c0] >= 0 and self.in_quote[c0] == self.in_quote[c1 - 1] and \
                    words[s].upos != "NOUN":
                # "As X told me, “A.”": a direct quote the frame leads in (unless the tagger
                # read "as" as a noun, which the frame before the quote would take in)
                return None
            if c1 - c0 >= 3:
                return self._found(c0, c1, att)
            return None
        if s - 1 > a and words[s - 1].text in (",", "—", "–", "―") and \
                self._content_end(j, b) == j:
            c1 = self._content_end(a, s - 1)
            if c1 - lead >= 3:
                return self._found(lead, c1, att)
        return None

    def _passive_aux(self, k: int) -> bool:
        """True for a form of "be" at word ``k`` before a participle, also an expletive's
        contracted one ("it's implied that": no one is named; "he's said" has said)."""
        words = self.words
        return words[k].lower in _PASSIVE_AUX or words[k].lower in _CONTRACTED_IS and \
            k > 0 and words[k - 1].lower == "it"

    def _floating_host(self, q: int, a: int) -> tuple[int, int] | None:
        """The noun phrase that floating quantifier ``q`` ("both", "all") belongs to, before
        a modifier set off by dashes or commas ("Party elders — whose ... — both said"),
        not before word ``a``; None when no such modifier closes right before it."""
        words = self.words
        if q - 1 <= a or not (words[q - 1].text in _DASHES or words[q - 1].text == ","):
            return None
        opener = next((x for x in range(q - 2, max(a, q - _AFTER_CUE_WORDS) - 1, -1)
                       if words[x].text == words[q - 1].text and self.in_quote[x] < 0), None)
        if opener is None or self._past_set_off(opener, q) != q:
            return None
        return self._np_back(opener - 1, a)

    def _knowing_aside(self, i: int) -> bool:
        """True for "know" as an aside ("you know, ...", "(Yes, we know, A)") or as the
        participle of a noun ("a think tank known for"): no one's statement."""
        words = self.words
        w = words[i]
        if w.lemma != "know" or i == 0:
            return False
        if w.lower == "known":
            return words[i - 1].upos != "AUX"
        return words[i - 1].lower == "you" or i + 1 < len(words) and words[i + 1].text == ","

    def _subject_set_off_before(self, a: int, k: int) -> tuple[int, int] | None:
        """The name or pronoun that opens the clause at word ``a`` and ends at the comma at
        word ``k`` ("[Mr. Doe], after initially saying A, took B"), or None."""
        words = self.words
        if k >= len(words) or words[k].text != ",":
            return None
        s = self._subject_start(a, k)
        np = None if s is None else self._np_forward(s, k)
        return np if np is not None and np[1] == k and self.is_named_or_pronoun(np) and \
            words[np[0]].lower not in _RELATIVES else None

    def _subordinator_before(self, c: int, a: int) -> int | None:
        """The subordinator that opens participle ``c`` after a clause in words [a, c)
        ("... after saying", "..., while also saying"), or None."""
        words = self.words
        k = c - 1
        while k > a and _adverbial(words[k]) and words[k].upos != "ADP":
            k -= 1
        if k > a and words[k].lower in _PARTICIPLE_SUBORDINATORS and self.in_quote[k] < 0:
            return k - 1 if words[k - 1].text == "," else k
        return None

    def _before_adverbs(self, c: int, a: int) -> int:
        """The last word before word ``c`` that is no adverb, auxiliary or time word, or
        ``a`` when all of (a, c) are."""
        k = c - 1
        while k > a and _adverbial(self.words[k]):
            k -= 1
        return k

    def _progressive(self, c: int, a: int) -> bool:
        """True for speech verb ``c`` in "-ing" after a form of "be" and adverbs in words
        (a, c) ("is now saying", "are quietly saying"): a verb, not a noun."""
        words = self.words
        if words[c].lemma not in SPEECH_VERBS or not words[c].lower.endswith("ing"):
            return False
        k = c - 1
        while k > a and _adverbial(words[k]) and words[k].lower not in _BE_FORMS:
            k -= 1
        return k > a and k < c - 1 and words[k].lower in _BE_FORMS

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

    def _subject_beyond_clause(self, sub: tuple[int, int], np: tuple[int, int], a: int) -> bool:
        """True when the parse's subject ``sub`` of a cue lies in the clause before the
        comma that opens the surface subject ``np`` ("The man traveled for work, the news
        site X reported": a misparse took "The man"), a verb between them."""
        words = self.words
        start = self._subject_phrase_start(np, a)
        return sub[1] < start and words[start - 1].text == "," and \
            any(words[x].upos in ("VERB", "AUX") for x in range(sub[1], start))

    def _parsed_modifier(self, k: int, np: tuple[int, int]) -> bool:
        """True when the parse makes word ``k`` an article, adjective, number or noun that
        modifies a word of the noun phrase ``np`` ("the [nonpartisan] Budget Office", which
        a parse's subject leaves out)."""
        w = self.words[k]
        return w.deprel in _NOUN_MODIFIER_RELS and np[0] <= w.head < np[1] and self._parsed(k)

    def _subject_phrase_start(self, np: tuple[int, int], a: int) -> int:
        """Where a subject noun phrase ``np`` starts once its article or title (a parse's
        subject may leave it out: "Mrs.") and a short first conjunct before "and" are taken
        in: a pronoun or a name ("he and Mr. Allen", "Tom and Jane"), or a modifier or noun
        phrase that follows a comma ("A, current and former officials said")."""
        words = self.words
        start = np[0]
        while start - 1 > a and (words[start - 1].lower in _DETERMINERS or
                                 words[start - 1].upos == "PROPN" or
                                 self._parsed_modifier(start - 1, np)) and \
                self.in_quote[start - 1] < 0:
            start -= 1
        j = start - 1
        if j - 1 < a or words[j].lower not in ("and", "&") or self.in_quote[j - 1] >= 0:
            return start
        first = (j - 1, j) if words[j - 1].lower in _PERSONAL_SUBJECTS or \
            words[j - 1].upos == "ADJ" else self._np_back(j - 1, a)
        if first is None or first[1] - first[0] > _NAME_WORDS:
            return start
        named = all(words[x].upos == "PROPN" or words[x].lower in _PERSONAL_SUBJECTS
                    for x in range(*first))
        # a lone modifier or noun phrase must open the subject after the comma
        opens = first[0] - 1 >= a and words[first[0] - 1].text in (",", "—", "–", "―")
        return first[0] if named or opens else start

    def _frame_after_quote(self, att: Attribution) -> bool:
        """True when the cue of ``att`` comes right after a quote and its punctuation ("“A,”
        said X, “B.”"): the frame splits one quote."""
        if att.cue is None:
            return False
        k = att.cue[0] - 1
        while k >= 0 and self.in_quote[k] < 0 and self.words[k].is_punct:
            k -= 1
        return k >= 0 and self.in_quote[k] >= 0

    def _role_before_name(self, n: int, a: int) -> int:
        """Where the subject that opens with a name at word ``n`` starts once a role set
        off by commas before it is taken in ("A, the city's mayor, Jane Doe, said"; "The new
        director, Jane Doe, said A", the role opening the sentence): that role's first word;
        ``n`` when none is there."""
        words = self.words
        if n - 2 <= a or words[n - 1].text != ",":
            return n
        k = next((x for x in range(n - 2, max(a, n - 2 - _NAME_WORDS) - 1, -1)
                  if words[x].text in (",", "—", "–", "―") or self.in_quote[x] >= 0), None)
        if k is None and n - 2 - a < _NAME_WORDS:
            k = a - 1  # "The new director, Jane Doe, said A": the role opens the sentence
        if k is None:
            return n
        role = self._np_forward(k + 1, n - 1)
        if role is None or role[0] != k + 1 or not _person_word(words[role[1] - 1]):
            return n
        if role[1] + 1 < n - 1 and words[role[1]].lower in _ROLE_PREPOSITIONS:
            # "A, a spokeswoman for the airline, Carla Diaz, said": the role's object too
            role = (role[0], (self._np_forward(role[1] + 1, n - 1) or role)[1])
        return k + 1 if role == (k + 1, n - 1) else n

    def _coordinated_cue(self, c: int, a: int) -> bool:
        """True for a cue joined to a verb before it ("X said A and added", "who was named
        and confirmed"), adverbs aside: its clause is that verb's, not a final frame."""
        k = self._before_adverbs(c, a)
        return k > a and self.words[k].lower in ("and", "but", "or")

    def _relative_after(self, np: tuple[int, int], a: int, c: int, b: int) -> bool:
        """True when a relative clause follows speaker ``np`` after an inverted final cue
        ``c`` ("A, said an official who was briefed on B") and the words [a, c) before the
        cue hold a verb, as a statement does ("X's aide, Y, said the man who ..." has none)."""
        words = self.words
        return np[1] < b and words[np[1]].lower in ("who", "whose") and \
            any(words[x].upos in ("VERB", "AUX") for x in range(a, c))

    def _postmodified_subject(self, a: int, c: int) -> tuple[int, int] | None:
        """The subject of a final cue ``c`` that opens right after the last comma or dash
        before it and carries a modifier ("A, a source close to him said", "A, officials
        who attended the meeting said"); None otherwise."""
        words = self.words
        stop = next((x for x in range(c - 1, max(a, c - _AFTER_CUE_WORDS) - 1, -1)
                     if words[x].text in (",", "—", "–", "―") and self.in_quote[x] < 0), None)
        if stop is None or stop - a < 3:
            return None
        if self._coordinated_cue(c, stop):
            return None
        np = self._opening_subject(stop + 1, c)
        return np if np is not None and np[0] == stop + 1 else None

    def _opening_subject(self, a: int, c: int, chained: bool = False) -> tuple[int, int] | None:
        """The noun phrase opening sentence words [a, c) when it can be the subject of
        verb ``c`` across a modifier: an apposition, a relative clause or a prepositional
        phrase ("Gov. X of Ohio, a Republican who ..., said"); None otherwise.

        ``c`` is the cue, or with ``chained`` the verb whose subject the cue shares
        ("went on to say")."""
        words = self.words
        if c - a > 40:
            return None
        # a cue that is often a noun ("claims", "show") only after a participle's modifier
        # and before "that" ("a video shared online claims that A")
        plain = chained or _plain_speech_verb(words[c])
        if not plain and not (words[c].upos == "VERB" and is_cue_word(words[c]) and
                              c + 1 < len(words) and words[c + 1].lower == "that"):
            return None
        s = self._subject_start(a, c)
        if s is None:
            return None
        np = self._np_forward(s, c)
        if np is not None and np[1] + 1 < c and words[np[1]].lower == "and":
            more = self._np_forward(np[1] + 1, c)  # "Current and former officials who ..."
            np = np if more is None else (np[0], more[1])
        if np is not None and np[1] < c and words[np[1] - 1].lower in ("'s", "’s"):
            more = self._np_forward(np[1], c)  # "a copy of the inspector general's memo"
            np = np if more is None else (np[0], more[1])
        while np is not None and np[1] - np[0] > 1 and \
                words[np[1] - 1].lower in _SUBJECT_MODIFIER_STARTS:
            np = (np[0], np[1] - 1)  # "a source [close] to him": the modifier's first word
        # "Messages found on the phones suggested", "Figures reported on Sunday suggest": a
        # text or a count finds and reports nothing itself
        of_text = np is not None and _text_noun(words[np[1] - 1])
        if np is None or np[1] >= c or not self._can_speak(np) or \
                not plain and not (words[np[1] - 1].upos == "NOUN" and
                                   (self._reduced_relative(np[1], of_text) or
                                    self._count_of_times(np[1], c))):
            return None
        # adverbs, auxiliaries and time words before the cue ("X politely suggested")
        k = c - 1
        while k >= np[1] and _adverbial(words[k]):
            k -= 1
        # quoted words may stand in a relative clause or a modifier set off by commas or
        # dashes ("X, who called it “reckless,” said", "X, citing “A,” said"), not elsewhere
        # between subject and cue; one between dashes may hold commas ("X — like Y, a Z —")
        relative = words[np[1]].text == "," and np[1] + 1 < c and \
            words[np[1] + 1].lower in ("who", "which")
        # the modifier may follow a prepositional phrase ("A representative for the brand
        # - a firm pitched as “A” - noted")
        j = self._past_prepositional_phrases(np[1], k + 1)
        j = j if j < k and words[j].text in _DASHES else np[1]
        framed = relative or \
            self._past_set_off(j, k + 1, quotes=True, commas=True) == k + 1 > j
        if any(self.in_quote[x] < 0 and words[x].text in (";", ":") or
               self.in_quote[x] >= 0 and not framed for x in range(np[1], c)):
            return None
        if k < np[1]:
            return np
        if words[k].lower in ("and", "but") and words[k - 1].text != ",":
            # "Some senators vented about X and said ...", "X, a former chairman, became a
            # delegate and said ...": the subject of the first verb
            return np if self._verb_follows(self._past_set_off(np[1], k), k) else None
        nxt = words[np[1]]
        if nxt.text in _DASHES:
            # "X -- who ... -- said": the cue right after the closing dash
            return np if framed else None
        if not (nxt.text in (",", "(") or nxt.lower in _SUBJECT_MODIFIER_STARTS or
                nxt.upos == "VERB" and nxt.lower.endswith("ing") or
                self._reduced_relative(np[1], of_text)
                or self._count_of_times(np[1], c)
                or self._contact_relative(np[1], c)):
            return None
        # (not a text's participle: "Figures reported on Sunday suggest")
        if any(is_cue_word(words[x]) and words[x].lemma in SPEECH_VERBS and x + 1 < c and
               words[x + 1].text != "," and words[x - 1].lower not in ("who", "that") and
               not (x == np[1] and of_text and self._reduced_relative(x, of_text))
               for x in range(np[1], c)):
            return None  # another verb of saying takes this subject (not "who wrote to her")
        return self._surface_sender(np, c) or np

    def _inner_opening_subject(self, near: tuple[int, int], lead: int, c: int
                               ) -> tuple[int, int] | None:
        """The subject of cue ``c`` when ``near``, the noun phrase right before it, is the
        object of a modifier of a subject that opens a clause after ", and", ", but" or a
        subordinator inside the sentence ("The gang planned raids, and letters found in the
        locker room suggested that A", "Sales rose after a slip by the founder suggested A"):
        :meth:`_opening_subject` read from that clause's start; None otherwise."""
        words = self.words
        for x in range(near[0] - 1, max(lead, near[0] - _MODIFIER_WORDS) - 1, -1):
            w = words[x]
            if self.in_quote[x] >= 0 or w.lower in _RELATIVES:
                return None  # (not "savings that he says A": a relative's own subject)
            if w.lower in _LEAD_SUBORDINATORS and w.lower not in ("as", "if") or \
                    w.lower in ("and", "but") and x - 1 > lead and words[x - 1].text == ",":
                return self._opening_subject(x + 1, c) if x + 1 < near[0] else None
            if w.is_punct:
                return None
        return None

    def _surface_sender(self, np: tuple[int, int], c: int) -> tuple[int, int] | None:
        """The one named after "by" in a participle of sending right after a message noun
        that ends ``np`` ("a fundraising email sent out by Jane Doe on Tuesday warned", "a
        letter signed by Tom Reed said"), before cue ``c``: the news credits a message to
        whoever put it out, as :meth:`_sender_of` does on a parse; None otherwise."""
        words = self.words
        k = np[1]
        if words[k - 1].lower not in MESSAGE_NOUNS or words[k].upos != "VERB" or \
                REPORTING_VERB_FORMS.get(words[k].lower, words[k].lemma) not in SENDING_VERBS \
                and words[k].lower not in RELEASE_FORMS:
            return None
        k += 1
        if k < c and words[k].lower == "out":
            k += 1
        if k + 1 >= c or words[k].lower != "by":
            return None
        agent = self._np_forward(k + 1, c)
        return agent if agent is not None and self.is_named_or_pronoun(agent) else None

    def _contact_relative(self, j: int, c: int) -> bool:
        """True when a relative clause without a relative pronoun starts at word ``j``
        before verb ``c``: a personal pronoun and its verb ("people [I have spoken with]
        said", "officials [we interviewed] say")."""
        words = self.words
        return j + 1 < c and words[j].lower in _PERSONAL_SUBJECTS and \
            words[j + 1].upos in ("VERB", "AUX") and \
            any(words[x].upos == "VERB" for x in range(j + 1, c))  # not "[something] she asked"

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
            return None
        return head if self._can_speak(head) else None

    def _statement_around_inverted(self, a: int, c: int, np: tuple[int, int], b: int
                                   ) -> tuple[tuple[int, int], int] | None:
        """(speaker, statement end) when an inverted frame ", said X," at cue ``c`` stands
        between a subject that opens words [a, c) and its verb after X and the modifiers
        set off after X ("The plan, said Jane Doe, would cost millions", "The contrast,
        said Doe and others, would be clear", "Part of the problem, say experts like Tom
        Roe, a geologist, is the ground"): one statement around the frame, as in "The
        plan, she said, would cost millions", spoken by the words from ``np`` (the noun
        phrase after the cue) to the comma; None when the cue is a participle, the words
        before the frame hold a verb or a quote, a quote follows in the sentence (a rule of
        quotes frames it) or no verb follows."""
        words = self.words
        if words[c].lower.endswith("ing") or any(self.in_quote[x] >= 0 for x in range(c, b)):
            return None  # "X, noting A, said": a participle; "..., is that “A”": the quote's
        if any(words[x].upos in ("VERB", "AUX") and not (
                words[x].lower.endswith("ing") and words[x - 1].upos == "ADP") or
               self.in_quote[x] >= 0 for x in range(a, c)):
            return None  # (a gerund after a preposition is no verb of the clause: "in finding")
        e = next((x for x in range(np[1], min(b, np[1] + _NAME_WORDS))
                  if words[x].text == "," or words[x].upos in ("VERB", "AUX") or
                  self.in_quote[x] >= 0), None)
        if e is None or words[e].text != "," or e + 1 >= b:
            return None
        v = e + 1 if words[e + 1].upos in ("VERB", "AUX") else self._past_set_offs(e, b)
        if v <= e or v >= b or words[v].upos not in ("VERB", "AUX") or \
                words[v].lower.endswith("ing"):
            return None
        r1 = self._content_end(v, b)
        return ((np[0], e), r1) if r1 - v >= 2 else None

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
            if not (w.is_punct or w.upos in ("PROPN", "NUM") or w.text.isupper()):
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
        if np is None or not self._can_speak(np):
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

    def _subject_after_link(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject of the last clause before word ``k`` that a comma and a link open in
        words [a, k) (", while Y has gained ground by saying", ", but Y criticized it and
        said": Y), or None when there is none or it has no subject of its own."""
        link = next((x for x in range(k - 1, a + 1, -1)
                     if self.in_quote[x] < 0 and self._after_clause_link(x)), None)
        return None if link is None else self._shared_subject(link, k)

    def _listed_verb(self, k: int, c: int, a: int) -> bool:
        """True when cue ``c`` after the comma at word ``k`` is the next verb of a list of
        verbs that share the subject of the clause before the comma, in the same tense as a
        verb there ("The agency hid facts, admitted it withheld A, and delayed B", "Doe wins
        the county, vows to press on"); words [a, k) are that clause, with no comma of its
        own, and "that", "to" or a subject pronoun opens the statement."""
        words = self.words
        form = _finite_form(words[c])
        if form is None or c + 1 >= len(words) or \
                words[c + 1].lower not in _SUBJECT_PRONOUNS | {"that", "to"} or \
                any(words[x].text == "," for x in range(a, k)):
            return False  # not "A, reported the Ledger", nor "X, who A, has B, declared"
        return any(words[x].upos == "VERB" and self.in_quote[x] < 0 and
                   _finite_form(words[x]) == form and words[x - 1].lower != "to"
                   for x in range(a + 1, k))

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

    def _coordinated_subject(self, a: int, k: int) -> tuple[int, int] | None:
        """The subject that a verb after the "and" or "but" at word ``k`` shares with the
        verb before it: the subject after the last subordinator before ``k`` ("..., and
        when X thanked them and said ...", "though X praised him and said"), else the
        clause's subject from its start at ``a`` ("X gave no reasons and did not say ...")."""
        if not self._parsed(k):
            k = self._before_aside(k, a)
        sub = next((x for x in range(k - 1, a, -1) if self.in_quote[x] < 0 and
                    self.words[x].lower in _LEAD_SUBORDINATORS), None)
        np = None if sub is None else self._shared_subject(sub + 1, k)
        np = np or (None if self._parsed(k) else self._relative_clause_subject(a, k))
        return self._shared_subject(a, k) if np is None else np

    def _in_relative_clause(self, np: tuple[int, int], c: int, a: int) -> bool:
        """True when ``np``, the subject of cue ``c`` after "and" or "but", is the subject of
        the relative clause that the link goes on (:meth:`_relative_clause_subject`): the
        statement ends with that clause ("In a year in which X did A, and vowed B, Y ...")."""
        words = self.words
        k = c - 1
        while k > a and (_adverbial(words[k]) or words[k].lower in ("not", "n't")):
            k -= 1
        return k > a and words[k].lower in ("and", "but") and not self._parsed(c) and \
            self._relative_clause_subject(a, k) == np

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

    def _clause_opens_after(self, c: int, b: int) -> bool:
        """True when a reported clause plainly opens right after cue ``c`` (past an object
        pronoun after "tell"): "that", a question word or a subject pronoun ("and argue
        that A", "and did not say how A", "and tells them why A", "and say they A")."""
        words = self.words
        x = c + 1
        if x < b and words[c].lemma in _ADDRESSEE_CUES and words[x].lower in _OBJECT_PRONOUNS:
            x += 1
        if x + 1 >= b or self.in_quote[x] >= 0:
            return False
        t = words[x].lower
        if t == "that" or t in _ASKED_QUESTION_STARTS or \
                t in _PERSONAL_SUBJECTS and words[x + 1].upos in ("VERB", "AUX"):
            return True
        # "The bank raised fees, and said [customers would] pay more": a short noun phrase
        # and a finite auxiliary (not "and said goodbye", "and said a prayer")
        if words[x].upos not in ("DET", "NOUN", "PROPN", "ADJ") or words[x].lower in ("a", "an"):
            return False
        y = x + 1
        while y < b and y - x < 4 and words[y].upos in ("NOUN", "PROPN", "ADJ") and \
                self.in_quote[y] < 0:
            y += 1
        return y < b and words[y - 1].upos in ("NOUN", "PROPN") and \
            words[y].upos == "AUX" and words[y].lower in _GAP_AUXILIARIES

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

    def _statement_noun(self, i: int, a: int, b: int) -> Found | None:
        """ "his claim that CLAUSE", "the senator's promise that CLAUSE", "her vow to
        VERB ...": the clause (or promised act) after a noun of saying, credited to its
        possessor; None without one."""
        words = self.words
        if i + 3 >= b or self.in_quote[i + 1] >= 0 or \
                words[i].upos == "VERB" and not self._possessed_noun(i, a):
            return None  # (but "Doe's by-now-familiar claims that": no verb after "'s")
        if words[i].lower in _SUBJECT_ONLY_STATEMENT_NOUNS and \
                words[i - 1].lower not in _POSSESSIVES and \
                any(words[x].upos in ("VERB", "AUX") for x in range(a, i)):
            # "X dismissed Y's accusations that A": X's report holds A (but "X repeated his
            # accusation that A" is X's own)
            return None
        promise = words[i].lower in _TO_STATEMENT_NOUNS and self._infinitive_at(i + 1, b)
        # "his claim in November that A", "Doe's assertion Monday that A": a time between
        that_at = i + 1 if promise else self._past_noun_time(i + 1, b)
        agent = None if promise or words[i + 1].lower != "by" else \
            self._np_forward(i + 2, b)  # "claims by intelligence agencies that A"
        if agent is not None and self._can_speak(agent):
            that_at = agent[1]
        if not promise and (that_at + 1 >= b or words[that_at].lower != "that" or
                            words[that_at + 1].upos in ("VERB", "AUX")):
            return None  # "the claim that was made" is a relative clause
        k = i - 1
        while k > a and (words[k].upos == "ADJ" or "-" in words[k].text[1:-1]) and i - k <= 2:
            k -= 1  # "his repeated claim", "Doe's by-now-familiar claims"
        if k < a:
            return None
        if agent is not None and that_at == agent[1]:
            speaker: tuple[int, int] | None = agent
        elif words[k].lower in _POSSESSIVES:
            speaker = self._named_owner(k, a) or (k, k + 1)
        elif _possessive_mark(words[k]) and k - 1 >= a:
            speaker = self._possessor(k, a)  # "Doe's claim", "the Census' vow"
        elif promise or words[k].lower in ("a", "an"):
            # "X delivered a forceful promise to A", "X made a promise that A"
            speaker = self._promise_maker(k, a)
            p = k - 1 if words[k].lower in ("a", "an") else k
            if speaker is None and promise and p > a and words[p].lower in ("with", "on") and \
                    words[p - 1].upos in ("NOUN", "PROPN", "PRON", "ADJ"):
                # "X wooed voters with promises to A", "X made good on a promise to A": the
                # subject of the clause whose verb the phrase follows
                sub = self.clause_subject(a, p)
                speaker = sub if sub is not None and sub[1] <= p and \
                    self.is_named_or_pronoun(sub) else None
        else:
            return None
        if speaker is None:
            return None
        c0 = i + 1 if promise else that_at + 1
        # the clause ends at a stop, or after a quote closed by its comma ('his claim that
        # X “founded it,” saying A')
        c1 = self._clause_stop(c0, b)
        c1 = self._content_end(c0, b) if c1 is None else c1
        c1 = next((x for x in range(c0 + 1, c1) if self._after_framed_quote(x) or
                   words[x].text in ("-", "--") and words[x - 1].end < words[x].start), c1)
        if not promise and not any(words[x].upos in ("VERB", "AUX") for x in range(a, i)):
            # "Doe's claim that A is false": the noun phrase is the subject, and A ends
            # before the sentence's own verb
            c1 = self._subject_clause_end(c0, c1)
        if promise:
            # "her vow to close the plant [drew] jeers": the noun phrase is a subject
            c1 = next((x for x in range(c0 + 2, c1) if words[x].upos in ("VERB", "AUX") and
                       not words[x].lower.endswith("ing") and
                       words[x - 1].lower not in _INFINITIVE_JOINTS), c1)
        if c1 - c0 < 3 or not promise and not any(words[x].upos in ("VERB", "AUX")
                                                  for x in range(c0, c1)):
            return None
        return self._found(c0, c1, Attribution(speaker, (i, i + 1), None, 0.6,
                                               "X's claim that"))

    def _made_remarks(self, i: int, a: int, b: int) -> Found | None:
        """ "X made comments about A", "X has made several critical remarks on A",
        "X made no comment on A": the topic after the remark noun at word ``i`` is X's
        statement, as after "commented on"; None when no form of "make" governs the noun
        (" X's comments on A": whose words the sentence reports is unclear), or the
        preposition opens a time ("made remarks on Monday")."""
        words = self.words
        # (the tagger may read "comments" as a verb: "make" before it settles it)
        if i + 3 >= b or not self._remark_topic(i) or \
                self.in_quote[i + 2] >= 0 or words[i + 2].is_punct:
            return None
        k = i - 1
        while k > a and i - k <= 3 and self.in_quote[k] < 0 and (
                words[k].upos in ("ADJ", "ADV") or words[k].lower in _MADE_REMARK_DETERMINERS):
            k -= 1
        if k <= a or words[k].lemma != "make" or words[k].upos != "VERB":
            return None
        speaker = self._subject_of_cue(k, a)[0]
        if speaker is None:
            return None
        c0 = i + 2
        c1 = self._clause_stop(c0, b, at_quote=True)
        c1 = self._content_end(c0, b) if c1 is None else c1
        if c1 - c0 < 2 or not _nounish(words[c0]):
            return None
        return self._found(c0, c1, Attribution(speaker, (k, i + 2), None, 0.6,
                                               "X made comments on A"))

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
        if by := comma > lead and words[comma].lower == "by" and not speech_only:
            pass  # "X defended the plan by citing B": the clause ends at "by"
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
            speaker = self._shared_subject(lead, comma)
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

    def _named_owner(self, k: int, a: int) -> tuple[int, int] | None:
        """The named subject of the verb that takes the noun possessive ``k`` ("his",
        "her", "their") opens ("Doe repeated his claim that", "Doe stood by her remark
        that"): the one the possessive stands for, named in the same clause; None when the
        verb has no named subject before it."""
        words = self.words
        if words[k].lower not in ("his", "her", "their"):
            return None
        j = k - 1
        if j > a and words[j].upos == "ADP":
            j -= 1  # "stood by his comment"
        if j <= a or words[j].upos != "VERB":
            return None
        if self._parsed(j):
            x = self._parse_subject(words[j], after=False)
            sub = self.expand_mention(x.i) if x is not None else None
        else:
            sub = self._subject_of_cue(j, a)[0]
        if sub is None or not a <= sub[0] < sub[1] <= j or words[sub[0]].is_pronoun:
            return None
        head = words[sub[1] - 1]
        # a name heads it: not "Doe's wins solidify her argument that", nor a role ("The
        # mayor repeated his claim": "his" stays the mention)
        return sub if head.upos == "PROPN" and self._names_in(sub) else None

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

    def _past_noun_time(self, j: int, b: int) -> int:
        """The word after a short time phrase that starts at word ``j`` after a noun of
        saying ("his claim [in November] that", "her assertion [Monday] that", "a pledge
        [last week] that"), or ``j``."""
        words = self.words
        if j + 1 < b and words[j].lower == "yet" and words[j + 1].lower == "that":
            return j + 1  # "her firmest promise [yet] that A"
        k = j + 1 if j < b and words[j].lower in ("in", "on") else j
        end = self._past_time_phrase(k, b)
        while end < b and end - k < 3 and _time_word(words[end]) and self.in_quote[end] < 0:
            end += 1  # "Monday", "in November", "on March 3"
        end = end if end > k else j
        return self._past_occasion(end, b)

    def _past_occasion(self, j: int, b: int) -> int:
        """The "that" after a short phrase of the occasion that starts at word ``j`` after
        a noun of saying ("her assertion [during the debate] that", "his claim [at a
        rally] that", "her remark [in an interview on Fox] that"), or ``j``: a preposition
        and a noun phrase of at most four words, no verb or mark among them."""
        words = self.words
        if j >= b or words[j].lower not in _ADJUNCT_PREPOSITIONS or self.in_quote[j] >= 0:
            return j
        for x in range(j + 1, min(b, j + 6)):
            w = words[x]
            if w.lower == "that" and x > j + 1:
                return x
            if self.in_quote[x] >= 0 or w.upos not in _SHORT_NP_TAGS and \
                    w.lower not in _ADJUNCT_PREPOSITIONS:
                return j
        return j

    def _promise_maker(self, k: int, a: int) -> tuple[int, int] | None:
        """The subject of a verb that makes the promise whose modifiers end at word ``k``
        ("X delivered [a forceful] promise to ...", "X has made [other public] promises to
        ..."), or None."""
        words = self.words
        v = k - 1 if words[k].lower in ("a", "an") else k
        if v <= a or words[v].upos != "VERB" or not (
                words[v].lemma in _PROMISE_VERBS or words[v].lower in _PROMISE_VERB_FORMS):
            return None
        return self._subject_of_cue(v, a)[0]

    def _infinitive_subject(self, a: int, t: int) -> tuple[int, int] | None:
        """Who speaks in "to CUE" at word ``t`` ("to") when no verb stands right before
        it: the object of a verb ("led the chairwoman to announce"), else the subject
        of the clause ("X took to Twitter to say", "X stood at a rally to say")."""
        words = self.words
        obj = self._np_back(t - 1, a)
        if obj is not None and obj[0] - 1 >= a and words[obj[0] - 1].upos == "VERB" and \
                self.is_named_or_pronoun(obj):
            return obj
        sub = self.clause_subject(a, t)
        return sub if sub is not None and sub[1] <= t else None

    def _expletive_before(self, t: int, a: int) -> tuple[int, int] | None:
        """The "it" of an expletive frame that ends at "to" at word ``t``, from word ``a``
        ("it's fair to", "It would be wrong to"); None otherwise."""
        words = self.words
        for x in range(t - 2, max(a, t - 7) - 1, -1):
            if words[x].lower == "it" and expletive_frame_end(words, x) == t:
                return (x, x + 1)
        return None

    def _caused_speaker(self, a: int, t: int) -> tuple[int, int] | None:
        """The one a verb of causing brings to speak in "to CUE" at word ``t`` ("to"),
        from word ``a``: its object, a name, a pronoun or a role ("a win that led her to
        declare A", "criticism drives candidate to say A", "the delay prompted
        Republicans to say A"); else None."""
        words = self.words
        if t - 2 >= a and words[t - 2].lower in ("on", "for") and \
                words[t - 1].lower in _OBJECT_PRONOUNS and self.in_quote[t - 1] < 0:
            # "the pressure on her to say whether A", "enough for him to claim A": the one
            # the preposition names is brought to speak
            return (t - 1, t)
        x = next((x for x in range(t - 2, max(a, t - 1 - _NAME_WORDS) - 1, -1)
                  if words[x].lower in _CAUSING_FORMS and self.in_quote[x] < 0), None)
        if x is None or x - 1 >= a and self._passive_aux(x - 1):
            return None
        obj = (x + 1, t) if x + 2 == t and words[x + 1].lower in _OBJECT_PRONOUNS else \
            self._np_forward(x + 1, t)
        return obj if obj == (x + 1, t) and self.is_named_or_pronoun(obj) else None

    def _possessor(self, k: int, a: int) -> tuple[int, int] | None:
        """The name or "the NOUN" before the possessive "'s" at word ``k`` ("Mr. Trump's",
        "the campaign's"), not a longer phrase that merely ends there."""
        words = self.words
        j = k - 1
        while j >= a and k - j <= _NAME_WORDS and self.in_quote[j] < 0 and \
                (words[j].upos == "PROPN" or words[j].is_capitalised and words[j].upos != "DET"):
            j -= 1
        if j < k - 1:
            return (j + 1, k)
        if k - 2 >= a and words[k - 2].lower == "the" and words[k - 1].upos == "NOUN":
            return (k - 2, k)
        return None

    def _next_cue_at(self, x: int, cue: Word | None = None) -> bool:
        """True when word ``x`` ends one statement and a second cue of the same speaker
        follows: "A, said B" (a comma), "said A and argued B", "A but suggested B"; after
        the statement of ``cue``, also a verb of a speech act in the cue's own tense ("said
        A, and urged B", "says A and accuses B")."""
        words = self.words
        if self._next_speaker_at(x):
            return True
        if self.in_quote[x] >= 0 or x + 1 >= len(words):
            return False
        if cue is not None and words[x].lower in ("and", "but") and \
                self._second_speech_act_at(x + 1, cue):
            return True
        if words[x].lower in ("and", "but"):
            # "A but did not suggest B", "A and would not say B": over the auxiliaries
            k = x + 1
            while k < len(words) and k - x <= 3 and (words[k].upos == "AUX" or
                                                      words[k].lower in ("not", "n't")):
                k += 1
            if k > x + 1 and k < len(words) and words[k].upos == "VERB" and \
                    words[k].lemma in SPEECH_VERBS and is_cue_word(words[k]) and \
                    not self._backshifted_at(x + 1, k, cue):
                return True
        if not is_cue_word(words[x + 1]):
            return False
        if words[x].text == ",":
            return True
        nxt = words[x + 1]
        return words[x].lower in ("and", "but") and nxt.upos == "VERB" and _plain_speech_verb(nxt)

    def _backshifted_at(self, x: int, k: int, cue: Word | None) -> bool:
        """True when the auxiliaries in words [x, k) before a verb of speech hold "had" and
        ``cue`` (when given) has none: a past perfect of the reported clause, whose subject
        it shares ("said his client was ashamed and [had] written a letter"), not the
        speaker's second act ("said A and would not say B")."""
        words = self.words
        if not any(words[y].lower == "had" for y in range(x, k)):
            return False
        return cue is None or cue.i < 1 or words[cue.i - 1].lower != "had"

    def _second_speech_act_at(self, k: int, cue: Word) -> bool:
        """True when words from ``k`` (after "and" or "but") are a verb of a speech act that
        is no verb of saying ("urged", "accused", "praised", "described"), past adverbs,
        in the tense of ``cue``: the speaker's second act, no more of the statement ("said
        the party was not in crisis, and urged calm"; not "said police urge calm")."""
        words = self.words
        while k < len(words) and words[k].upos == "ADV" and words[k].lower not in ("not", "n't"):
            k += 1  # "and also urged", "and then accused"
        if k >= len(words) or words[k].upos != "VERB" or words[k].lemma not in _SPEECH_ACT_VERBS \
                or self.in_quote[k] >= 0:
            return False
        v, c = words[k].lower, cue.lower
        past = c.endswith("ed") or c in _IRREGULAR_PAST_CUES
        return v.endswith("ed") if past else c.endswith("s") and v.endswith("s")

    def _framed_quote_start(self, c0: int, x: int) -> int:
        """Where the statement from word ``c0`` ends before the next cue's subject at word
        ``x``: at the start of the quote right before ``x`` when that cue frames it ('A —
        “B,” X said'), else at ``x``."""
        if x - 1 <= c0 or not self._after_framed_quote(x) or self.words[x].is_punct or \
                self.words[x].upos == "CCONJ":
            return x  # not 'X said A is a “B,” and said C': the quote is A's
        k = x - 1
        q = self.in_quote[k]
        while k - 1 >= c0 and self.in_quote[k - 1] == q:
            k -= 1
        return k

    def _after_framed_quote(self, x: int) -> bool:
        """True when word ``x`` follows the closing mark of a quote that ends in a comma
        ('“A,” | Y added'), where the quote's own frame may start."""
        words = self.words
        return x - 2 >= 0 and self.in_quote[x - 1] >= 0 and words[x - 1].text in _QUOTE_CHARS \
            and words[x - 2].text == ","

    def _next_speaker_at(self, x: int) -> bool:
        """True when word ``x`` opens a clause with a speaker of its own: "A; 46 percent said
        B", "A, while nine in 10 said B", "A, but he said B", "that “A,” Y added" (a
        semicolon, a comma and "while", "but" or "and", or the end of a quote with its comma
        and maybe such a word, then a short subject and a plain verb of saying)."""
        words = self.words
        if self.in_quote[x] >= 0:
            return False
        if words[x].lower == "when" and x + 1 < len(words) and words[x + 1].lower == "asked":
            return True  # "X said A when asked B": B is a question to X
        if words[x].lower == "and" and self._named_participle_after(x):
            return True  # "X saying A and Y calling it B": Y's own frame
        if words[x].text == ";":
            k = x + 1
        elif words[x].text == "," and x + 1 < len(words) and \
                words[x + 1].lower in ("while", "whereas", "but", "and", "yet", "after"):
            k = x + 2  # "A, after half said so in May"
        elif words[x].text == "," and x + 2 < len(words) and words[x + 1].lower == "compared" \
                and words[x + 2].lower in ("with", "to"):
            # "A, compared with 64 percent who say B": the writer's comparison, B theirs
            k = x + 3
        elif self._after_framed_quote(x):
            # the quote's own frame closes it, its words Y's; or a clause of a new
            # speaker opens after it ('that “A,” but Y said B')
            k = x + 1 if words[x].lower in _CLAUSE_LINKS else x
        elif words[x].text == ",":
            return self._final_frame_at(x)
        else:
            return False
        for y in range(k + 1, min(len(words), k + _SHARE_SUBJECT_WORDS)):
            if words[y].is_punct or self.in_quote[y] >= 0:
                return False
            if _plain_speech_verb(words[y]) and words[y].upos == "VERB":
                return self._share_subject(k, y) is not None or \
                    self._subject_across_adjuncts(k, y) == (k, y) or \
                    y - 1 > k and words[y - 1].lower == "who"
        return False

    def _final_frame_at(self, x: int) -> bool:
        """True when the comma at word ``x`` opens the frame that ends its sentence, a short
        subject, a plain verb of saying and at most a short adjunct ("X declared A, officials
        said.", "..., sources told Reuters on Monday."): the statement before it ends there."""
        words = self.words
        end = self.W.sentences[words[x].sent][1]
        y = next((y for y in range(x + 2, min(end, x + _SHARE_SUBJECT_WORDS))
                  if words[y].is_punct or self.in_quote[y] >= 0 or
                  _plain_speech_verb(words[y]) and words[y].upos == "VERB"), None)
        if y is None or words[y].is_punct or self.in_quote[y] >= 0 or \
                self._subject_across_adjuncts(x, y) != (x + 1, y):
            return False
        tail = [t for t in range(y + 1, end) if not words[t].is_punct]
        return self._short_adjunct(tail, words[y]) and \
            not any(self.in_quote[t] >= 0 for t in range(y + 1, end))

    def _named_participle_after(self, x: int) -> bool:
        """True when "and" at word ``x`` opens a name and a participle cue of its own ("both
        spoke - Ryan saying A and Trump calling it B"): a second absolute frame in the
        list, not more of the first statement."""
        words = self.words
        y = x + 1
        while y < len(words) and y - x <= _NAME_WORDS and words[y].upos == "PROPN" and \
                self.in_quote[y] < 0:
            y += 1
        return x + 1 < y < len(words) and words[y].lower.endswith("ing") and \
            (_direct_cue(words[y]) or self._naming_verb(y)) and \
            self.is_named_or_pronoun((x + 1, y))

    def _reduced_relative(self, k: int, of_text: bool = False) -> bool:
        """True for a participle and a preposition or a date at word ``k`` that modify the
        noun before them ("people briefed on the move", "voters interviewed at rallies", "a
        report published Wednesday", "a memo seen by reporters", "a letter sent to parents";
        not "used to go", "expected to rise"); with ``of_text`` (the noun is a text, which
        finds or reports nothing itself) also a cue's participle but "said" ("messages found
        on the phones", "figures reported on Sunday")."""
        words = self.words
        if not (k + 1 < len(words) and words[k].upos == "VERB" and
                (words[k].lower.endswith(("ed", "en")) or
                 words[k].lower in _PARTICIPLE_MODIFIERS) and
                (not is_cue_word(words[k]) or words[k].lower.endswith("n") or  # "shown"
                 of_text and words[k].lower != "said")):
            return False
        nxt = words[k + 1]
        if nxt.lower == "to":
            return k + 2 < len(words) and words[k + 2].upos in ("DET", "PROPN", "NOUN", "NUM") \
                and not self._infinitive_at(k + 1, len(words))
        return nxt.upos == "ADP" and nxt.lower != "that" or _is_date(nxt)

    def _modifies_text_before_verb(self, k: int, b: int) -> bool:
        """True when the cue's participle at word ``k`` and its prepositional phrases only
        modify the text or count before it, a finite verb following them ("Figures
        [reported on Sunday] now suggest", "messages [found on the phones] showed")."""
        words = self.words
        if not _text_noun(words[k - 1]) or not self._reduced_relative(k, of_text=True):
            return False
        j = self._past_prepositional_phrases(k + 1, b)
        while j < b and _adverbial(words[j]):
            j += 1
        return j > k + 1 and j < b and words[j].upos == "VERB" and \
            not words[j].lower.endswith("ing")

    def _count_of_times(self, k: int, c: int) -> bool:
        """True for a participle at word ``k`` and a count of times that ends right before
        cue ``c`` ("a post [shared more than 40,000 times] claims", "a video [viewed 2
        million times] says"), as a fact check describes the claim it rates."""
        words = self.words
        return 1 < c - k <= _TIMES_COUNT_WORDS and words[c - 1].lower == "times" and \
            words[k].upos == "VERB" and words[k].lower.endswith("ed") and \
            any(words[x].upos == "NUM" for x in range(k + 1, c - 1)) and \
            all(words[x].upos in ("NUM", "ADJ", "ADV", "DET") or words[x].lower == "than"
                for x in range(k + 1, c - 1))

    def _relative_speaker(self, np: tuple[int, int]) -> bool:
        """True when subject ``np`` after a comma opens a relative clause ("A, who said B",
        "A, which Y conceded", "A, the results of which will be announced"): the clause
        before the comma is no statement of it."""
        words = self.words
        return any(words[x].lower in ("who", "which", "whom") and
                   (x == np[0] or words[x - 1].upos == "ADP") for x in range(*np))

    def _relative_pronoun_in(self, np: tuple[int, int]) -> int | None:
        """The relative pronoun inside a subject noun phrase read too far back ("which" in
        "which Jane Doe", "in which most voters", "that" in "the strike that company
        executives"), or None."""
        words = self.words
        for x in range(np[1] - 2, np[0] - 1, -1):
            w = words[x]
            before = words[x - 1].upos if x > np[0] else None
            if w.lower in ("which", "what", "whom") and before in (None, "ADP", "NOUN") or \
                    w.lower == "that" and before == "NOUN" and not _time_word(words[x + 1]) and \
                    words[x + 1].upos in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
                return x
        return None

    def _zero_relative_speaker(self, np: tuple[int, int], c: int, b: int
                               ) -> tuple[int, int] | None:
        """The speaker inside noun phrase ``np`` before cue ``c`` when the phrase is a noun
        and a relative clause with no pronoun whose gap is the subject of the statement: a
        finite auxiliary follows the cue at once ("a plan [officials] say would cost A",
        "the policies [Jane Doe] says have hurt B"); None otherwise."""
        words = self.words
        if np[1] != c or c + 1 >= b or words[c].lemma != "say" or \
                words[c + 1].lower not in _GAP_AUXILIARIES or self.in_quote[c + 1] >= 0 or \
                self._relative_pronoun_in(np) is not None or \
                np[0] - 1 >= 0 and words[np[0] - 1].lower in _RELATIVES:
            return None  # (not "what many analysts said was A": the relative holds it)
        # the article that opens the noun ("[It's] a dynamic Doe said could A")
        det = next((y for y in range(np[0], min(c, np[0] + 2)) if words[y].upos == "DET"), None)
        if det is None:
            return None
        for x in range(det + 2, c):
            head = words[x - 1]
            if head.upos not in ("NOUN", "ADJ") or head.is_capitalised or \
                    head.lower in SHARE_WORDS | SHARE_QUALIFIERS:
                continue
            sub = (x, c)
            if self._names_person(sub) and all(words[y].upos == "PROPN" for y in range(*sub)) \
                    or c - x == 1 and (words[x].lower in _PERSONAL_SUBJECTS or
                                       _person_word(words[x]) and words[x].lower.endswith("s")):
                return sub
        return None

    def _relative_gap(self, np: tuple[int, int], c: int, b: int) -> bool:
        """True for a cue inside a relative clause whose gap is the statement: "which he
        said had harmed", "what many analysts said was", "a decision they say allowed"."""
        words = self.words
        before = words[np[0] - 1]
        nxt = words[c + 1] if c + 1 < b else None
        if nxt is None or self.in_quote[c + 1] >= 0 or not _plain_speech_verb(words[c]) or \
                words[c - 1].lower in _PASSIVE_AUX:
            return False
        if before.lower in _RELATIVES:
            if before.lower in ("which", "whom") and words[np[0] - 2].upos == "ADP":
                return False  # "a year in which most voters say A": A is a clause
            if before.lower == "that":
                return nxt.upos in ("VERB", "AUX")  # not "reports that X said in ..."
            return nxt.lower != "that" and not nxt.is_punct and nxt.upos != "ADP"
        if not (np[1] - np[0] == 1 and words[np[0]].lower in _PERSONAL_SUBJECTS):
            return False
        return before.upos == "NOUN" and nxt.upos in ("VERB", "AUX") and \
            not nxt.lower.endswith("ing")

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

    def _clause_start(self, c0: int, b: int, cue: Word) -> int | None:
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
        while j < b and j - c0 < _CUE_ADJUNCT_WORDS and words[j].lower not in _COMPLEMENTIZERS and \
                (words[j].upos not in ("VERB", "AUX") or self._adjunct_participle(j, c0) or
                 j > c0 and _nounish(words[j - 1]) and self._reduced_relative(j)) and \
                words[j].text not in (".", ";", ":") and not self._clause_joint(j, b):
            if self.in_quote[j] >= 0:
                past = self._past_title(j, b)
                if past == j:
                    break
                j = past
            else:
                past = self._past_set_off(j, b, commas=True)
                set_off = set_off or past > j
                j = max(j + 1, past)
        if j > c0 and j + 1 < b and words[j].lower == "that":
            j = self._past_adjunct_relative(c0, j, b)
        # (not after a noun or a sum: "reported a profit well above the $1.11 [that]
        # analysts expected" opens a relative)
        sum_before = j - 1 >= c0 and words[j - 1].upos == "NUM" and (
            words[j - 1].text[:1] in _CURRENCY_SIGNS or
            j - 2 >= c0 and words[j - 2].text in _CURRENCY_SIGNS)
        if j + 1 < b and words[j].lower == "that" and not self._pronoun_that(j) and \
                not sum_before and not self._demonstrative_that(j, b) \
                and (j == c0 or words[j - 1].upos != "NOUN" or words[j - 1].lower in _CUE_ADJUNCTS
                     or words[j - 1].lower in _DURATIONS or
                     self._phrase_before_clause(c0, j, b)) and \
                not (set_off and (j + 1 >= b or words[j + 1].upos not in _SUBJECT_OPENERS and
                                  words[j + 1].text not in _DASHES)) and \
                not self._determiner_that(j, b):
            # past a set-off modifier, "that" must open a clause, or an aside in dashes
            # ("says, however, that – in her view – A"; not "..., but which is red -- that
            # takes us to 314": a relative)
            return j + 1
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
            if lw in ("last", "this"):
                if not (j + 1 < b and _time_word(words[j + 1])):
                    break  # "said this is ...": a subject, not "said this week"
                j += 2  # "said last summer (that) ..."
                if j < b and words[j].lower == "that":
                    return j + 1
                prev_prep = open_pp = False
                continue
            if lw in ("on", "in", "at", "during", "last", "this", "earlier", "later") or \
                    words[j].ner == "DATE":
                prev_prep = True
                open_pp = lw in ("on", "in", "at", "during") and words[j].ner != "DATE"
            elif lw in _DETERMINERS and prev_prep:
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
        if w.is_punct or w.lower in ("to", "in", "on", "so", "of", "about", "for", "with", "at",
                                     "by", "nothing", "something", "anything", "what", "how",
                                     "goodbye", "hello", "yes", "thanks") or \
                w.lower in _ADJUNCT_SUBORDINATORS:
            return None  # "said when she was asked": the statement is elsewhere
        if w.lower == "no" and not (j + 2 < b and words[j + 1].upos in ("NOUN", "PRON", "NUM")
                                    and words[j + 2].upos in ("VERB", "AUX")) and not (
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

    def _after_quote_frame(self, np: tuple[int, int], a: int) -> bool:
        """True when the subject ``np`` of a cue follows a quote and its comma ('“A,” X
        said'): the cue frames that quote."""
        return self._quote_ends_at(self._subject_phrase_start(np, a) - 1, a)

    def _quote_ends_at(self, k: int, a: int, comma: bool = False) -> bool:
        """True when word ``k`` (after punctuation outside quotes, back to ``a``) ends a
        quote; with ``comma``, only a quote closed by a comma ('“A,”' or '“A”,')."""
        words = self.words
        seen = False
        while k >= a and words[k].is_punct and (comma or self.in_quote[k] < 0):
            seen = seen or words[k].text == ","
            k -= 1
        return k >= a and self.in_quote[k] >= 0 and (seen or not comma)

    def _inverted_frame(self, c: int, a: int) -> bool:
        """True for a finite cue at ``c`` right after a quote and its comma ('“A,” said
        X'): the words after it name the speaker, whatever the parse hangs there."""
        return not self.words[c].lower.endswith("ing") and \
            self._quote_ends_at(c - 1, a, comma=True)

    def _adjunct_participle(self, j: int, c0: int) -> bool:
        """True for a participle at word ``j`` that a subordinator after the cue at ``c0 - 1``
        opens ("said [before attending the rally] that ..."): an adjunct, not the clause."""
        words = self.words
        return j > c0 and words[j].lower.endswith("ing") and \
            words[j - 1].lower in _PARTICIPLE_SUBORDINATORS

    def _manner_or_place_at(self, j: int) -> bool:
        """True for a word after a cue that opens how, where or while it was said, not what:
        a preposition ("said from his plane"), a manner adverb ("said happily") or a
        participle ("said answering a question")."""
        words = self.words
        w = words[j]
        if j + 1 < len(words) and _is_number(words[j + 1]) or \
                self._approximate_number(j, len(words)):
            return False  # "nearly 200 countries signed", "about half of them"
        return w.upos == "ADP" or w.upos == "ADV" and w.lower.endswith("ly") or \
            w.upos == "VERB" and w.lower.endswith("ing")

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
        return k == i - 1 and (p.upos == "NUM" or p.lower in _QUANTIFIERS) and \
            n.upos == "NOUN" and n.lower.endswith("s")

    def _charged_of(self, c0: int, b: int) -> bool:
        """True when words from ``c0`` are the one charged and an "of" phrase of the charge
        ("accused the mayor of lying about the budget")."""
        np = self._np_forward(c0, b)
        return np is not None and np[1] + 1 < b and self.words[np[1]].lower == "of" and \
            self.in_quote[np[1] + 1] < 0  # not 'accused him of “lying”': the quote is all

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

    def _says_this(self, i: int, b: int) -> bool:
        """True for a cue at word ``i`` whose object is a "this" that points back to what
        was said before ("X stated this on Thursday while addressing journalists", "X said
        this in an interview"): no statement in its own sentence (not "said this week",
        "said this: ...", "said this is wrong")."""
        words = self.words
        if i + 1 >= b or words[i + 1].lower != "this" or self.in_quote[i + 1] >= 0:
            return False
        nxt = words[i + 2] if i + 2 < b else None
        return nxt is None or nxt.text in (".", ",") or \
            nxt.upos in ("ADP", "SCONJ") and nxt.lower != "that"

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

    def _occasion_at(self, x: int, c1: int) -> bool:
        """True when words from ``x`` before ``c1`` open the occasion of the saying, not more
        of its object: a preposition of time or place and a noun of a speech event ("touted
        his wins [in his opening statement]", "explained his reasoning [in an appearance on
        CBS]", "took a cautious stance [in other interviews]"), or what it went out on or
        through ("touted it [on its Facebook page]", "denied it [through a spokeswoman]")."""
        words = self.words
        p = words[x].lower
        if p not in ("in", "during", "at", "on", "through") or self.in_quote[x] >= 0:
            return False
        nouns = _MEDIUM_NOUNS if p == "on" else _OCCASION_NOUNS
        for k in range(x + 1, min(c1, x + 5)):
            w = words[k]
            if w.lower in nouns or p == "through" and w.lower in _MEDIUM_NOUNS:
                return True
            if not (w.upos in ("DET", "ADJ", "NUM", "PROPN") or w.lower in _POSSESSIVES or
                    w.lower.endswith("ing") or w.upos == "NOUN" and k + 1 < c1 and
                    words[k + 1].upos == "NOUN"):
                return False
        return False

    def _bare_noun_object(self, c0: int, i: int) -> bool:
        """True when a noun without a determiner at word ``c0`` opens the object of the cue
        at word ``i`` ("claimed victory", "reported earnings of $8 a share"), not after a
        cue that is itself an adjective ("among pledged delegates", "the pledged votes") nor
        a handle ("tweets @jdoe"); what is written is a thing ("wrote messages in the sky")."""
        words = self.words
        before = words[i - 1] if i > 0 else None
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

    def _elliptic_clause(self, c0: int, c1: int) -> bool:
        """True for a clause of a subject pronoun and an auxiliary alone, its verb left
        out ("said [he would].", "They said [she could].")."""
        words = self.words
        return c1 - c0 == 2 and words[c0].lower in _SUBJECT_PRONOUNS and \
            words[c0 + 1].upos == "AUX"

    def _bare_clause(self, i: int, c0: int, c1: int) -> bool:
        """True for a clause of two words that ends its sentence right after the speech verb
        ``i`` (or its "that"), a subject and its verb in the past or in -s ("X said [sales
        rose].", "said that [she agreed].", "said [it works]."); not a relative clause
        ("a profit above what [analysts expected]") nor a thought ("knew [I knew]")."""
        words = self.words
        if c1 - c0 != 2 or words[i].lemma not in SPEECH_VERBS or not (
                c0 == i + 1 or c0 == i + 2 and words[i + 1].lower == "that"):
            return False
        return self._two_word_clause(c0) and c1 < len(words) and words[c1].text in (".", "!")

    def _two_word_clause(self, c0: int, plural_base: bool = False) -> bool:
        """True when the two words from ``c0`` are a subject and its verb in the past or in
        -s ("sales rose", "it works"); with ``plural_base``, a plural's verb in its base form
        too ("evacuations continue", "we agree"), not a set phrase ("Thank you", "Of
        course", "Lashing out")."""
        subject, verb = self.words[c0], self.words[c0 + 1]
        plural = subject.lower in ("i", "we", "they", "you") or \
            subject.upos == "NOUN" and subject.lower.endswith("s")
        return verb.upos == "VERB" and not verb.lower.endswith("ing") and \
            (verb.lower != verb.lemma.lower() or plural_base and plural) and \
            (subject.lower in _SUBJECT_PRONOUNS or subject.upos in ("NOUN", "PROPN"))

    def _approximate_number(self, j: int, b: int) -> bool:
        """True when words from ``j`` open an approximate number ("about half", "at least
        six"), a subject's, not a preposition's object."""
        words = self.words
        k = j + 2 if words[j].lower == "at" and j + 1 < b and \
            words[j + 1].lower in ("least", "most") else j + 1 if words[j].lower == "about" else j
        return j < k < b and (_is_number(words[k]) or words[k].lower == "half")

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

    def _demonstrative_that(self, j: int, b: int) -> bool:
        """True for a "that" at word ``j`` that is the subject of a verb right after it
        ("said that was false", "said that would be a mistake"), no complementizer; not an
        inverted condition ("said that were it not for A", "that had he known"), nor one
        set off ("As X pointed out, that's A": the frame's clause, whatever "that" is)."""
        words = self.words
        return j + 2 < b and words[j + 1].upos == "AUX" and words[j - 1].text != "," and \
            words[j + 1].lower not in ("had", "were", "should")

    def _clause_joint(self, j: int, b: int) -> bool:
        """True for a comma and a coordinator at word ``j`` ("..., and"): a new clause."""
        words = self.words
        return words[j].text == "," and j + 1 < b and words[j + 1].lower in ("and", "but", "or")

    def _manner_phrase(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) after a cue open with an adverb or a preposition and
        hold no verb: how or where it was said ("back at him", "loudly at the stage"), not
        a statement; a participle after a determiner is an adjective ("the packed hall")."""
        words = self.words
        return words[c0].upos in ("ADV", "ADP") and not self._approximate_number(c0, c1) and \
            not any(words[x].upos in ("VERB", "AUX") and words[x - 1].upos != "DET"
                    for x in range(c0, c1))

    def _said_little(self, c0: int, b: int) -> bool:
        """True when words from ``c0``, right after a form of "say", are an amount of
        talk and no clause: "said little", "has said almost nothing", "said very little
        at the hearing" (not "said little had changed", "said much of the work was done")."""
        words = self.words
        k = c0
        if k < b and words[k].lower in _LITTLE_DEGREES:
            k += 1
        if k >= b or words[k].lower not in _LITTLE_AMOUNTS or self.in_quote[k] >= 0:
            return False
        return k + 1 >= b or words[k + 1].upos not in ("VERB", "AUX") and \
            words[k + 1].lower not in ("of", ",")  # (a participle may follow a comma)

    def _said_little_about(self, c0: int, b: int) -> int | None:
        """The first word of the topic in "said little about A", "said almost nothing
        about A", "has said much about A" (words from ``c0``), else None."""
        words = self.words
        if not self._said_little(c0, b):
            return None
        k = c0 + 1 if words[c0].lower in _LITTLE_DEGREES else c0
        # "said little publicly about A", "has said much over the years about A": past a
        # short adjunct with no verb or stop
        for x in range(k + 1, min(b - 1, k + 7)):
            if words[x].lower == "about":
                ok = self.in_quote[x + 1] < 0 and not words[x + 1].is_punct
                return x + 1 if ok else None
            if words[x].is_punct or words[x].upos in ("VERB", "AUX") or self.in_quote[x] >= 0:
                return None
        return None

    def _stance_object_at(self, i: int, b: int) -> int | None:
        """The first word of the object of a stance verb at word ``i`` (lexicon
        ``STANCE_VERBS``), after its particle ("criticized [the plan]", "endorsed [her]",
        "called for [a ban]"), or None: not a verb the tagger read as a noun or adjective
        ("his support", "the criticized plan"), a particle of another sense ("backed
        down"), a clause ("questioned whether": a topic verb's), a subject pronoun or a
        reflexive ("defended himself"), a time ("backed Tuesday") nor a quote; a gerund
        may open it ("opposed [raising] taxes"), and a side not yet taken has none
        (``_stance_hedged``: "would endorse Doe", "a fund supporting Doe")."""
        words = self.words
        w = words[i]
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
        if o.upos not in _STANCE_OBJECT_OPENERS and o.lower not in _POSSESSIVES and \
                not (particle == "" and self._stance_gerund_at(c0, b)) or \
                o.lower in _STANCE_NON_OBJECTS or _time_word(o) or _is_date(o):
            return None
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
            not _possessive_mark(p)

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

    def _statement_in_object(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1), a stance verb's object, hold a statement of their own: a
        cue verb ("an electorate in which most voters say A") or a noun of saying with its
        "that" ("Doe's promise that A")."""
        words = self.words
        # (not an infinitive: "praised Doe for her decision to speak out")
        return any(is_cue_word(words[x]) and words[x].upos == "VERB" and
                   words[x - 1].lower != "to" or
                   words[x].lower in STATEMENT_NOUNS and x + 1 < c1 and
                   words[x + 1].lower == "that" for x in range(c0, c1))

    def _closing_frame_after(self, i: int, b: int) -> bool:
        """True when the sentence of word ``i`` ends in a frame set off by a comma that
        credits all of it ("X welcomed A, saying B, CNN reported.", "..., officials said."):
        the frame's source speaks for what the stance verb at ``i`` reports."""
        words, in_quote = self.words, self.in_quote
        stop = self._content_end(i, b)
        if stop - 1 <= i or words[stop - 1].lemma not in SPEECH_VERBS and \
                words[stop - 1].lower not in REPORTING_VERB_FORMS and \
                words[stop - 1].lower not in _REPORT_FORMS:
            return False
        for x in range(stop - 2, max(i, stop - _SOURCE_WORDS), -1):
            if words[x].text == "," and in_quote[x] < 0:
                if self._closing_report(x, b) is not None:
                    return True
                np = self._np_forward(x + 1, stop - 1)
                return np is not None and np[1] == stop - 1 and \
                    REPORTING_VERB_FORMS.get(words[stop - 1].lower) in SPEECH_VERBS
        return False

    def _stance_object_ends_at(self, x: int, c1: int) -> bool:
        """True when word ``x`` before ``c1``, inside a stance verb's object, ends it: an
        adjunct clause ("backed the bill [when] it came up"; not "as" nor "because of",
        which belong to the statement: "praised Doe as a leader", "called for a ban
        because of fears"), a time ("endorsed Doe [in March]", "[last week]"), a margin
        ("backed her [by] 40 points") or a second verb ("backing Doe [and attacking]
        Roe")."""
        words = self.words
        if self.in_quote[x] >= 0:
            return False
        lw = words[x].lower
        if lw in _LEAD_SUBORDINATORS:
            return lw != "as" and not (lw == "because" and x + 1 < c1 and
                                       words[x + 1].lower == "of")
        if lw == "by" or lw in _JOINING_WORDS and x + 1 < c1 and words[x + 1].upos == "VERB":
            return True
        if lw not in _STANCE_TIME_OPENERS:
            return False
        k = x + 1
        while k < c1 and k - x <= 2 and words[k].lower in _STANCE_TIME_OPENERS:
            k += 1  # "in early June", "earlier this month"
        return k < c1 and (_time_word(words[k]) or words[k].text.isdigit() and
                           len(words[k].text) == 4) and \
            not (k + 1 < c1 and _possessive_mark(words[k + 1]))  # "this year's budget"

    def _speakers_second_verb(self, c0: int, c1: int, cue: Word) -> int:
        """Where the statement [c0, c1) of a cue in the past ends before "and" and a second
        verb in the past that is the cue subject's, not the statement's: the statement's
        own first verb is not in the past, so a past verb joined after it goes back to the
        cue ("X said she would run and [called] on Y to A", "X said the plan has flaws, and
        [asked] for time", "X vowed to fight and [thanked] her staff").  Not after a
        statement in the past ("X said prices rose and fell") nor a passive ("X said he
        was fired and replaced"); ``c1`` when none."""
        words, in_quote = self.words, self.in_quote
        if _finite_form(cue) != "past":
            return c1
        first = None
        for x in range(c0, c1 - 1):
            wx = words[x]
            if in_quote[x] >= 0:
                continue
            if first is None:
                if wx.upos in ("VERB", "AUX") and not wx.lower.endswith("ing"):  # (a subject's
                    # participle: "a man wearing a cap who was beaten and kicked")
                    if _finite_form(wx) == "past" or wx.lemma == "be":
                        return c1  # (a statement in the past, or a passive: ambiguous)
                    first = x
                continue
            if wx.lower != "and" or x - first < 2:
                continue
            k = x + 1
            while k < c1 and words[k].upos == "ADV" and words[k].lower.endswith("ly"):
                k += 1
            if k < c1 and words[k].upos == "VERB" and in_quote[k] < 0 and \
                    _finite_form(words[k]) == "past":
                return x - 1 if words[x - 1].text == "," else x
        return c1

    def _speakers_parallel_verb(self, c0: int, c1: int, i: int) -> int:
        """Where the statement [c0, c1) of the cue at word ``i`` ends before "and" and a
        verb in the cue's own perfect or "-ing" form, which goes back to the speaker ("X
        has said she backs A and has called for B", "by pledging reform and trying to
        reach voters"), when the statement's own first verb is not of that form ("has said
        the firm has grown and has hired staff" is all said); ``c1`` when none."""
        words, in_quote = self.words, self.in_quote
        cue = words[i]
        k = i - 1
        while k > i - _ASIDE_WORDS and k >= 0 and words[k].upos == "ADV":
            k -= 1  # ("has also said", "have long argued")
        perfect = words[k].lower if k >= 0 and words[k].lower in ("has", "have", "had") \
            else None
        ing = cue.lower.endswith("ing") and cue.upos == "VERB" and perfect is None
        if perfect is None and not ing:
            return c1
        for x in range(c0, c1 - 1):
            wx = words[x]
            if in_quote[x] >= 0:
                continue
            if wx.upos in ("VERB", "AUX") and (wx.lower == perfect or
                                               ing and wx.lower.endswith("ing")):
                return c1  # (a verb of the statement has the same form: ambiguous)
            if wx.lower != "and" or x - c0 < 2 or \
                    not any(words[y].upos in ("VERB", "AUX") for y in range(c0, x)):
                continue  # (a verbless object would be lost: "pledging more police and B")
            j = x + 1
            while j < c1 and words[j].upos == "ADV":
                j += 1
            if perfect is not None and j < c1 and words[j].lower == perfect:
                j += 1
                while j < c1 and words[j].upos == "ADV":
                    j += 1
                if j < c1 and words[j].upos == "VERB" and not words[j].lower.endswith("ing"):
                    return x - 1 if words[x - 1].text == "," else x
            elif ing and j < c1 and words[j].upos == "VERB" and words[j].lower.endswith("ing") \
                    and in_quote[j] < 0:
                return x - 1 if words[x - 1].text == "," else x
        return c1

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

    def _phrase_before_clause(self, c0: int, j: int, b: int) -> bool:
        """True when words [c0, j) after a cue are a prepositional phrase or an addressee
        that ends in a noun, so the "that" or question word at ``j`` opens the statement
        ("wrote to the senator's office that A", "told allies in the party that A"), not a
        relative clause of the noun ("said the same thing that happened": a verb follows)."""
        words = self.words
        if j + 1 >= b or words[j + 1].upos not in _SUBJECT_OPENERS or \
                words[j - 1].lower in STATEMENT_NOUNS | CLAUSE_NOUNS:
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
        hi = self._clause_stop(lo, b, at_quote=True)
        hi = self._content_end(lo, b) if hi is None else hi
        # "responded to criticism [by pointing to her record]": the reply itself is the
        # statement, the gerund's phrase to its stop or quote
        by = next((x for x in range(lo + 1, hi - 1) if words[x].lower == "by" and
                   words[x + 1].lower.endswith("ing") and words[x + 1].upos == "VERB"), None)
        if by is not None:
            stop = self._clause_stop(by + 1, b, at_quote=True)
            lo, hi = by + 1, self._content_end(by + 1, b) if stop is None else stop
            return (lo, hi) if hi - lo >= 2 else None
        return (lo, hi) if hi - lo >= 2 and _nounish(words[lo]) else None

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

    def _phrasal_cue_at(self, i: int, b: int) -> bool:
        """True for the verb of a phrasal retort at word ``i`` whose "that" clause is a
        statement: "X shot back that A", "Y fired back that A", "Z weighed in that A" (the
        tagger may read the verb as a noun); not "a shot back that ...", nor "fired back
        that night" or "pushed back that was" (a time, a relative clause)."""
        words = self.words
        if i < 1 or i + 3 >= b or self.in_quote[i + 1] >= 0 or words[i + 2].lower != "that":
            return False
        w, before, after = words[i], words[i - 1], words[i + 3]
        return w.lower in _PHRASAL_CUES.get(words[i + 1].lower, ()) and \
            w.upos in ("VERB", "NOUN") and before.lower not in _DETERMINERS | _POSSESSIVES and \
            not _possessive_mark(before) and after.upos not in ("VERB", "AUX") and \
            not _time_word(after)

    def _infinitive_at(self, k: int, b: int) -> bool:
        """True for "to" and a verb at word ``k`` ("to fight", "to be", "to never give up"); a
        lower-case singular noun counts, as the model-free tagger reads many verbs so
        ("vowed to boycott the product")."""
        words = self.words
        if k + 1 >= b or words[k].lower != "to" or self.in_quote[k] >= 0:
            return False
        nxt = words[k + 1]
        if nxt.upos == "ADV" and (nxt.lower.endswith("ly") or nxt.lower in _SPLITTING_ADVERBS) \
                and k + 2 < b:
            nxt = words[k + 2]  # "to immediately declare", "to also raise"
        return nxt.upos in ("VERB", "AUX") or nxt.lower in ("not", "never") or \
            nxt.upos == "NOUN" and not nxt.is_capitalised and (
                not nxt.lower.endswith("s") or nxt.lower.endswith(("ss", "us")))  # "to focus"

    def _narrator_clause_at(self, x: int) -> bool:
        """True when word ``x`` (a comma, semicolon or dash) joins a clause of the writer's
        own to a reported statement: "; B", ", but B", ", while B", ", and he B", "- but the
        campaign B" (not ", but that B", which goes on reporting)."""
        words = self.words
        if self.in_quote[x] >= 0 or x + 2 >= len(words):
            return False
        nxt, after = words[x + 1], words[x + 2]
        if words[x].text == ";":
            return after.lower != "that" and nxt.lower != "that"
        if words[x].text in _DASHES and nxt.lower == "but":
            # "X proposed a debate - but the Y campaign rejected it": a clause with a subject
            # of its own, not an aside ("- but not the budget -")
            return after.upos in ("DET", "PROPN", "NOUN") and after.lower != "that" and \
                self._finite_verb_in(list(range(x + 2, min(len(words), x + 2 + _NAME_WORDS))))
        if words[x].text != ",":
            return False
        if nxt.lower in ("but", "while", "whereas"):
            # a clause, not an aside ("the plan, while costly, would work"; "the scandal,
            # while troublesome, was handled": a comma within a few words, then the verb)
            if after.lower == "that" or self.in_quote[x + 1] >= 0 or \
                    after.upos in ("ADJ", "ADV"):
                return False
            close = next((y for y in range(x + 2, min(len(words) - 1, x + 2 + _ASIDE_WORDS))
                          if words[y].text == ","), None)
            verb = None if close is None else words[close + 1]
            return verb is None or verb.upos not in ("VERB", "AUX") or verb.lower.endswith("ing")
        if nxt.lower == "with":
            # "X denied it, with Doe taking to Twitter to call it “...”": an absolute phrase
            # of the writer's whose participle has a speaker of its own (not "X notes A,
            # with few workers earning it": part of what X notes)
            absolute = self._absolute_phrase(x)
            return absolute is not None and any(
                self._speech_act_word(y)
                for y in range(absolute[1], min(len(words), absolute[1] + _NAME_WORDS)))
        if nxt.lower != "and":
            return False
        if after.lower in _PERSONAL_SUBJECTS:
            return x + 3 < len(words) and (words[x + 3].upos in ("VERB", "AUX") or
                                           _adverbial(words[x + 3]))
        # ", and the city has already sued", ", and Lee released the video": a clause with a
        # subject of its own, named or with an article, and its verb
        return (after.upos == "PROPN" or after.lower in _DETERMINERS or
                after.lower in _POSSESSIVES) and self.in_quote[x + 2] < 0 and \
            self._subject_and_verb(x + 2, min(len(words), x + 2 + _NAME_WORDS + 2))

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

    def _opening_phrase(self, a: int, c1: int) -> bool:
        """True when words [a, c1) before "X said" are only a prepositional phrase ("In a
        1963 speech, he declared", "During the service, the pastor asked ..."): a setting of
        the sentence, not a statement."""
        words = self.words
        k = self._skip_opening(a, c1)
        return k < c1 and words[k].upos == "ADP" and words[k].lower != "according" and \
            not any(words[x].upos in ("VERB", "AUX") or words[x].text == "," or
                    self.in_quote[x] >= 0 for x in range(k, c1))

    def _condition_at(self, a: int, c1: int) -> bool:
        """True when words [a, c1) open with a condition ("If A", "Unless A")."""
        return self.words[self._skip_opening(a, c1)].lower in ("if", "unless")

    def _setting_clause(self, a: int, c1: int) -> bool:
        """True when words [a, c1) before "X said" are one adverbial clause of time or
        concession ("After the court refused, X asked ...", "As boos erupt, X says “...”"):
        the setting of what X says, not a statement (a condition is: "If A, X said")."""
        words = self.words
        k = self._skip_opening(a, c1)
        return k < c1 and words[k].lower in _SETTING_SUBORDINATORS and \
            self._clause_stop(k, c1) is None

    def _opening_participle_at(self, c: int, b: int) -> bool:
        """True for a cue participle in "-ing" that opens its sentence before the frame's
        comma and a named subject ("Noting that A, X said B", "Acknowledging A, X
        argued"), which :meth:`_opening_participle` reads, with what it says right after
        it."""
        w = self.words[c]
        opening = self._opening_participle(c, c, b) if w.lower.endswith("ing") and \
            w.upos == "VERB" else None
        if opening is None or self.in_quote[c + 1:opening[0]].count(-1) < opening[0] - c - 1:
            # (a quote in the frame is left to the rules of quotes: "Insisting that the
            # vote was “rigged” and that A, X left" names no speaker of the quote)
            return False
        # what it says opens right after it, or after "that" (not "Writing for a panel
        # that all agreed A, X said B": the relative clause of its object)
        framed_at = self._clause_start(c + 1, b, w)
        return framed_at is not None and framed_at <= c + 2

    def _opening_participle(self, lead: int, c: int, b: int) -> tuple[int, tuple[int, int]] | None:
        """(comma, subject) for a participle cue ``c`` that opens its sentence ("Having
        announced A, X ...", "After saying A, X ..."): the comma that ends the frame and the
        named subject of the main clause after it (its verb must follow); None otherwise."""
        words = self.words
        k = c - 1
        if k >= lead and words[k].lower == "having":
            k -= 1
        if k >= lead and words[k].lower in _PARTICIPLE_SUBORDINATORS:
            k -= 1
        cue = words[c]
        if k != lead - 1 or not (cue.lower.endswith("ing") or words[c - 1].lower == "having"):
            return None
        comma = self._clause_stop(c + 1, min(b, c + _WINDOW))
        if comma is None or words[comma].text != ",":
            return None
        sub = self._np_forward(comma + 1, b)
        if sub is None or not self.is_named_or_pronoun(sub) or sub[1] >= b or \
                not (words[sub[1]].upos in ("VERB", "AUX") or _adverbial(words[sub[1]])):
            return None
        return comma, sub

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
        if last.lemma in ("do", "have") and last.upos == "AUX" and k - 2 >= a and \
                words[k - 2].lower in _INVERTING_NEGATIVES:
            return True  # "Nor did he report that A": the subject after the auxiliary
        if last.lower in ("which", "whom") and k - 2 >= a and words[k - 2].upos == "ADP":
            return True  # "a year in which most voters say"
        if last.upos == "VERB" and last.lower.endswith("ing") and not is_cue_word(last) and \
                (k - 1 == a or words[k - 2].lower in _OPENING_SKIP):
            return True  # "Leading Democrats say": a participle that modifies the subject
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

    def _opens_clause_with(self, j: int, a: int) -> bool:
        """True when word ``j`` opens its clause from word ``a`` on: first, or after "and",
        "but" or a comma ("And retired Gen. Jane Doe said")."""
        return j == a or j > a and (self.words[j - 1].lower in ("and", "but") or
                                    self.words[j - 1].text == ",")

    def _subordinating_that(self, j: int) -> bool:
        """True for a "that" at word ``j`` that "now" or "so" before it makes a subordinator
        ("Now that X has claimed A, B"): its clause ends where the main clause begins."""
        return j > 0 and self.words[j].lower == "that" and self.words[j - 1].lower in ("now", "so")

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
        # "A, X said on Monday, adding that B": a participle set off after the adjunct
        # opens a clause of its own, however long
        ing = next((k for k, t in enumerate(tail[:8]) if k and words[t - 1].text == "," and
                    words[t].upos == "VERB" and words[t].lower.endswith("ing")), None)
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

    def _second_clause_at(self, x: int, c1: int, with_subject: bool = False) -> bool:
        """True for "and" or "but" at word ``x`` that opens a second verb phrase before word
        ``c1`` ("and said ..."), or with ``with_subject`` also a clause with its own subject
        ("and the senator agreed")."""
        words = self.words
        if words[x].lower not in ("and", "but") or x + 1 >= c1:
            return False
        nxt = words[x + 1]  # not a second gerund ("reported raising and spending $9 million")
        return nxt.upos in ("VERB", "AUX") and not nxt.lower.endswith("ing") or \
            with_subject and self._finite_verb_in(list(range(x + 1, c1)))

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

    def _clause_opens_at(self, c0: int, b: int) -> bool:
        """True when a reported clause opens at word ``c0`` after a cue: "that", a question
        word, or a subject and its finite verb ("he would", "the plan will"); not an
        adjunct of the saying ("aboard his plane on Monday", "two days after the vote",
        "in a statement issued an hour before", "the mayors who gathered there")."""
        words = self.words
        if c0 >= b or self.in_quote[c0] >= 0:
            return True  # a quote: its own rules decide
        w = words[c0]
        if w.lower in ("who", "which") and words[c0 - 1].upos in ("NOUN", "PROPN"):
            return False  # "told the mayors who gathered there": a relative clause
        if words[c0 - 1].lower == "that" or w.lower in _QUESTION_STARTS:
            return True
        if w.lower in _SUBJECT_PRONOUNS:
            return c0 + 1 < b and words[c0 + 1].upos in ("VERB", "AUX", "ADV")
        if w.lower in ("yes", "no", "that"):
            return True  # '“Is it fair?” most said yes': the answer; 'said: That A'
        if w.upos not in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON") and \
                w.lower not in _POSSESSIVES:
            return False  # "aboard his plane", "issued an hour before", "late last month"
        # a noun phrase (with its prepositional phrases) and then a finite verb, before any
        # clause stop, relative or subordinator
        for x in range(c0 + 1, min(b, c0 + 14)):
            t = words[x]
            if self.in_quote[x] >= 0:
                continue  # a quoted word of the subject ("X's “judgment” is in question")
            if t.text in _CLAUSE_STOPS or t.text in _DASHES or t.text in ("(", ")") or \
                    t.lower in _ADJUNCT_CLAUSE_STARTS:
                return False
            if t.upos == "AUX" or t.upos == "VERB" and not t.lower.endswith("ing"):
                return True
        return False

    def _subject_and_verb(self, c0: int, c1: int) -> bool:
        """True when words [c0, c1) open with a noun phrase and its finite verb ("the
        dispute is a misunderstanding", not "the nomination" or "a victory in Ohio")."""
        words = self.words
        return c0 < c1 and (words[c0].upos in ("DET", "NOUN", "PROPN", "NUM") or
                            words[c0].lower in _POSSESSIVES) and \
            self._finite_verb_in(list(range(c0 + 1, min(c1, c0 + _NAME_WORDS + 2))))

    def _auxiliary_after_phrase(self, x0: int, b: int) -> bool:
        """True when an auxiliary follows the prepositional phrase at ``x0`` before any comma,
        relative or subordinator ("said the damp in his flat had made her ill": the noun
        before the phrase is a subject; not "said the mayor in a statement")."""
        words = self.words
        for x in range(x0 + 1, min(b, x0 + _CUE_ADJUNCT_WORDS)):
            w = words[x]
            if w.is_punct or self.in_quote[x] >= 0 or w.lower in _RELATIVES or \
                    w.lower in _SUBORDINATORS or w.upos == "VERB":
                return False
            if w.upos == "AUX":
                return True
        return False

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
                    not self._mark_inside_statement(c0, comma, q, att):
                c1 = comma
                q = None
        start, end = words[c0].start, words[c1 - 1].end
        kind = "mixed" if q is not None else "indirect"
        return Found(start, end, kind, att)

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

    def _says_how_in_statement(self, lead: int, i: int) -> bool:
        """True when "according to" at word ``i``, with no comma before it, ends the
        statement of a cue in words [lead, i) ("X said the work went according to plan",
        "X said it paid staff according to their contracts"): unset off, the phrase tells
        how, inside X's words, not whose they are.  The cue's statement has a verb after it
        and no comma before "according" ('X said in a statement according to Y' and "by
        271 pledged delegates according to Y" name their source)."""
        words = self.words
        prev = words[i - 1].text
        if prev == "," or prev in _QUOTE_CHARS and words[i - 2].text == ",":
            return False
        for x in range(i - 1, lead - 1, -1):
            if words[x].text == ",":
                return False
            if self.in_quote[x] < 0 and is_cue_word(words[x]):
                return any(words[y].upos in ("VERB", "AUX") for y in range(x + 1, i))
        return False

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

    def _headline_report(self, a: int, b: int) -> Found | None:
        """"Jane Doe Announces Plans To Run" on a title-case headline line of a parsed
        text: the parser reads the capitalised words as one name and finds no cue, so the
        first reporting verb form after a capitalised subject is the cue and the rest of
        the line its statement; None on other lines or when the surface rules read it."""
        words, text = self.words, self.W.text
        first, last = words[a].start, words[b - 1].end
        if first > 0 and text[first - 1] != "\n" or not words[a + 1].text[:1].isupper() or \
                last < len(text) and text[last] != "\n" or not self._parsed(a) or \
                not is_title(text[first:last], max_words=4 * _TITLE_WORDS):
            return None
        c = next((x for x in range(a + 1, min(b, a + 7)) if words[x].lower in REPORTING_VERB_FORMS
                  and words[x].lower != REPORTING_VERB_FORMS[words[x].lower]), None)
        if c is None or self.in_quote[c] >= 0 or words[c].lower.endswith("ing"):
            return None
        s1 = c - 1 if words[c - 1].lower == "just" else c
        if s1 <= a or s1 - a > 5 or not all(
                words[x].text[:1].isupper() and words[x].text.isalpha() or
                words[x].lower in ("’s", "'s") for x in range(a, s1)):
            return None
        c1 = self._content_end(c + 1, b)
        if c1 - c - 1 < 2:
            return None
        return self._found(c + 1, c1, Attribution((a, s1), (c, c + 1), None, 0.6, "X said CLAUSE"))


def _is_number(w: Word) -> bool:
    """True for a number in digits or words ("47", "Seventy-four", "two-thirds")."""
    return w.upos == "NUM" or w.text.replace(",", "").replace(".", "").isdigit() or \
        bool(w.lower) and all(part in NUMBER_WORDS or part.rstrip("s") in SHARE_WORDS
                              for part in w.lower.split("-"))
