"""The words the claims stage listens for: cues, hedges, estimative terms, source kinds.

Everything here is data, kept in one place so that a reader can see (and an analyst
can extend) what counts as an attribution cue, a hedge or a likelihood term.
Lemmas are spaCy's (``en_core_web_sm``) lower-case lemmas.
"""

from __future__ import annotations

# -- cues ---------------------------------------------------------------------

# Verbs of saying: their clausal complement (or a quotation) is what was said.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "insist", "warn", "claim", "state", "declare", "announce",
    "report", "write", "tweet", "post", "explain", "note", "argue", "contend", "assert",
    "maintain", "stress", "emphasize", "emphasise", "reiterate", "repeat", "acknowledge",
    "admit", "concede", "confirm", "deny", "reject", "dispute", "allege", "suggest",
    "predict", "forecast", "caution", "point", "complain", "charge", "accuse", "reply",
    "respond", "answer", "ask", "question", "wonder", "urge", "call", "demand", "boast",
    "brag", "quip", "joke", "recall", "remark", "comment", "observe", "testify", "disclose",
    "reveal", "indicate", "signal", "hint", "imply", "mention", "describe", "characterize",
    "characterise", "pledge", "commit", "promise", "vow", "swear", "guarantee", "agree",
    "threaten", "propose", "recommend", "advise", "inform", "assure", "reassure",
    "brief", "concur", "conclude", "estimate", "assess", "judge", "calculate", "project",
    "find", "learn", "show", "demonstrate", "prove", "depict",
    "quote", "cite", "release", "publish", "counter", "retort", "insinuate", "speculate",
    "theorize", "theorise", "posit", "opine", "proclaim", "trumpet", "tout", "highlight",
    "underline", "underscore", "vouch", "attest", "certify",
})

# Verbs of thinking, knowing and wanting: PolNeAR counts these as attribution too.
MENTAL_VERBS = frozenset({
    "believe", "think", "feel", "expect", "hope", "fear", "worry", "doubt", "suspect",
    "know", "understand", "realize", "realise", "consider", "figure", "assume", "presume",
    "guess", "reckon", "imagine", "want", "wish", "intend", "plan", "decide", "see",
    "view", "regard", "recognize", "recognise", "remember", "forget", "notice", "sense",
    "anticipate", "envision", "envisage", "trust", "bet", "hold", "prefer", "aim",
})

# Verbs of judging someone or something aloud: their object is the content
# ("Trump praised Kim", "officials dismissed the report").
EVALUATIVE_VERBS = frozenset({
    "praise", "criticize", "criticise", "endorse", "support", "thank", "mock", "dismiss",
    "attack", "blast", "slam", "blame", "condemn", "applaud", "welcome", "oppose", "defend",
    "back", "ridicule", "denounce", "hail", "laud", "lambast", "chide", "fault", "question",
    "label", "brand", "exclaim", "decry", "deride", "rebuke", "scold", "tout", "champion",
    "name", "list", "cite", "recommend", "refuse", "veto", "reject", "accept", "acknowledge",
})

# Verbs of voicing a stance on a topic: their object is the content ("Clinton discussed
# the deal", "Cruz echoed the charge", "the crowd booed Trump").
STANCE_VERBS = frozenset({
    "discuss", "express", "voice", "echo", "congratulate", "bemoan", "lament", "protest",
    "cheer", "boo", "heckle", "insult", "downplay", "admire", "extol", "extoll", "pan",
    "hammer", "outline", "detail", "recite", "chant", "dub", "favor", "favour", "embrace",
    "ignore", "challenge", "reference", "debate", "bash", "tout", "mock", "lecture",
    "savage", "trash", "dispute", "rebut", "refute", "reaffirm", "predict", "forecast",
    "assail", "disavow", "celebrate", "articulate", "recount", "contemplate",
})

# Verbs of wanting and feeling toward something (volition and emotion): what is wanted,
# liked or feared is the content ("Cruz sought the nomination", "voters like his plan").
DESIRE_VERBS = frozenset({
    "seek", "desire", "crave", "covet", "yearn", "long", "like", "love", "hate", "dislike",
    "enjoy", "loathe", "detest", "despise", "resent", "relish", "appreciate", "cherish",
    "distrust", "mistrust", "respect", "adore", "dread", "regret", "deplore", "lament",
})

# Directive and commissive acts (asking, ordering, offering, declining): their object or
# infinitive is what was asked for, ordered, offered or declined.
DIRECTIVE_VERBS = frozenset({
    "offer", "decline", "request", "order", "encourage", "invite", "instruct", "command",
    "beg", "implore", "forbid", "petition", "lobby", "solicit", "remind", "persuade",
    "convince", "beseech", "entreat",
})

# Acts done in words or on paper, where the act itself is the attribution: signing,
# nominating, issuing, sharing, comparing ("Obama signed the bill", "Trump retweeted a
# meme", "she compared him to Nixon").
TEXT_ACT_VERBS = frozenset({
    "adopt", "unveil", "issue", "share", "retweet", "promote", "compare", "introduce",
    "submit", "present", "pitch", "float", "sponsor", "cosponsor", "co-sponsor", "restate",
    "rephrase", "paraphrase", "invoke", "broach", "lay", "spell", "sketch", "draft",
})


# Verbs that introduce a quotation without being verbs of saying ("Clinton continued, “…”").
QUOTE_VERBS = SPEECH_VERBS | frozenset({
    "continue", "shout", "yell", "scream", "chant", "exclaim", "read", "interject", "muse",
    "whisper", "mutter", "bark", "sing", "conclude", "begin", "tweete", "retweet",
    "retweete", "email", "text", "thunder", "gush", "snap", "scoff", "sigh", "plead",
    "rail", "lament", "bemoan", "lecture", "recount", "echo", "summarize", "put",
})

# Verbs whose prepositional object is the content ("pointed to Cruz's organisation",
# "called for a ban", "apologized for the remark"): lemma -> the prepositions.
PREP_CUES: dict[str, frozenset[str]] = {
    "know": frozenset({"for"}),
    "talk": frozenset({"about"}), "speak": frozenset({"about", "of", "against", "out"}),
    "refer": frozenset({"to"}), "comment": frozenset({"on", "about"}),
    "point": frozenset({"to"}), "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}), "worry": frozenset({"about"}),
    "complain": frozenset({"about", "of"}), "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}), "call": frozenset({"for"}),
    "ask": frozenset({"about", "for"}), "warn": frozenset({"about", "of", "against"}),
    "argue": frozenset({"for", "against"}), "rail": frozenset({"against"}),
    "testify": frozenset({"about"}), "joke": frozenset({"about"}),
    "speculate": frozenset({"about", "on"}), "push": frozenset({"for"}),
    "advocate": frozenset({"for"}), "wonder": frozenset({"about"}),
    "insist": frozenset({"on"}), "object": frozenset({"to"}),
    "respond": frozenset({"to"}), "react": frozenset({"to"}), "weigh": frozenset({"on"}),
    "lash": frozenset({"at"}), "hint": frozenset({"at"}), "allude": frozenset({"to"}),
    "campaign": frozenset({"for", "against"}), "vote": frozenset({"for", "against"}),
    "criticize": frozenset({"for"}), "criticise": frozenset({"for"}),
    "praise": frozenset({"for"}), "blame": frozenset({"for"}), "thank": frozenset({"for"}),
    "attack": frozenset({"for"}), "fault": frozenset({"for"}), "slam": frozenset({"for"}),
    "blast": frozenset({"for"}), "accuse": frozenset({"of"}), "hope": frozenset({"for"}),
    "write": frozenset({"about"}), "tweet": frozenset({"about"}), "care": frozenset({"about"}),
    "disagree": frozenset({"with"}), "agree": frozenset({"with", "on"}),
    "plead": frozenset({"for"}), "appeal": frozenset({"for"}), "reflect": frozenset({"on"}),
    "focus": frozenset({"on"}), "liken": frozenset({"to"}), "credit": frozenset({"with", "for"}),
    "attribute": frozenset({"to"}),
}

# Verbs that name what someone or something is called: "called Trump a liar",
# "described the meeting as positive" (object plus predicate, or object plus "as").
NAMING_VERBS = frozenset({
    "call", "describe", "label", "brand", "dub", "deem", "characterize", "characterise",
    "term", "portray", "paint", "depict", "cast", "consider", "see", "view", "regard",
    "declare", "pronounce", "hail", "denounce", "praise", "criticize", "criticise",
})

CUE_VERBS = (SPEECH_VERBS | MENTAL_VERBS | EVALUATIVE_VERBS | STANCE_VERBS | DESIRE_VERBS
             | DIRECTIVE_VERBS | TEXT_ACT_VERBS | NAMING_VERBS)

# Light verbs: with a noun of saying or stance as object they form a cue together
# ("made the case that …", "took aim at …", "raised questions about …", "had doubts about …").
LIGHT_VERBS = frozenset({"make", "take", "have", "give", "deliver", "raise", "voice",
                         "express", "offer", "issue", "lodge", "file", "pose", "register"})
# Nouns that make a cue with a light verb (besides CUE_NOUNS and STANCE_NOUNS).
LIGHT_NOUNS = frozenset({
    "case", "plea", "point", "speech", "prediction", "aim", "issue", "swipe", "shot",
    "stand", "objection", "objections", "question", "questions", "doubts", "reservations",
    "remarks", "comments", "statement", "argument", "pitch", "appeal", "complaint",
    "interview", "address", "announcement", "promise", "pledge", "vow", "threat",
    "accusation", "allegation", "allegations", "joke", "jokes", "reference", "mention",
    "note", "suggestion", "proposal", "demand", "request", "call", "bet", "guess",
})
# Prepositions whose object, on such a noun, is the content ("questions about X",
# "a swipe at X", "issue with X"); "to" only after nouns that point to a topic.
LIGHT_PREPS = frozenset({"of", "about", "on", "for", "against", "over", "at", "with"})
TOPIC_TO = frozenset({"reference", "objection", "mention", "allusion", "commitment"})
# Nouns that, had by someone, are another's stance ("has the support of X").
HELD_FROM_OTHERS = frozenset({"support", "backing", "endorsement", "appeal", "approval",
                              "shot", "blessing", "praise", "criticism"})
# Adjectives that make a cue with "make": "made clear that …", "made it plain …".
MAKE_ADJECTIVES = frozenset({"clear", "plain", "known", "obvious", "explicit"})

# Raising verbs: "the strategy did not appear to pay dividends" has no source.
RAISING_VERBS = frozenset({"seem", "appear"})

# spaCy's small model lemmatises some cue verbs wrongly ("hoping" -> "hop").
LEMMA_FIXES = {"hop": "hope", "tweete": "tweet", "retweete": "retweet"}

# Verbs that are cues only with a clause, never with a plain noun object ("see a car").
CLAUSE_ONLY = frozenset({
    "see", "know", "find", "feel", "hold", "figure", "add", "point",
    "call", "answer", "reply", "respond", "ask", "learn", "understand", "recognize",
    "recognise", "remember", "forget", "notice", "sense", "consider", "guess", "bet",
    "trust", "view", "regard", "want", "wish", "prefer", "aim", "decide", "hope",
    "expect", "plan", "intend", "write", "post", "tweet", "release", "publish",
    "quote", "cite", "project", "brief", "inform", "comment", "charge", "describe",
    "cast", "paint", "term", "deem", "portray", "pronounce",
})

# Verbs of knowing, perceiving, wanting and publishing whose plain object is content even
# though they are listed above as clause-only or mental ("voters know his record",
# "the campaign released its plan", "Trump cited the poll", "she prefers the Senate bill").
OBJECT_CUES = frozenset({
    "know", "see", "understand", "recognize", "recognise", "remember", "consider", "view",
    "expect", "fear", "want", "wish", "prefer", "believe", "anticipate", "envision",
    "envisage", "write", "post", "tweet", "release", "publish", "quote", "cite", "describe",
    "charge", "answer", "project", "call",
})

# Verbs whose infinitival complement is the content: "pledged to dismantle ...".
INFINITIVE_CUES = frozenset({
    "pledge", "commit", "promise", "vow", "agree", "threaten", "swear", "plan",
    "intend", "decide", "aim", "want", "hope", "expect", "propose", "refuse", "offer",
    "urge", "ask", "call", "demand", "claim", "deny", "wish", "prefer", "seek", "decline",
    "desire", "long", "yearn", "like", "love", "hate", "request", "encourage", "invite",
    "instruct", "order", "beg", "persuade", "convince",
})

# Adjectives of knowing, wanting and feeling: with a clause, an infinitive or an object
# they attribute a state of mind to whoever they describe ("confident that …",
# "willing to …", "critical of …", "worried about …").
STANCE_ADJECTIVES = frozenset({
    "confident", "sure", "certain", "convinced", "aware", "unaware", "conscious", "mindful",
    "cognizant", "willing", "unwilling", "reluctant", "eager", "keen", "anxious", "afraid",
    "fearful", "worried", "concerned", "nervous", "wary", "skeptical", "sceptical",
    "doubtful", "hopeful", "optimistic", "pessimistic", "critical", "supportive",
    "dismissive", "proud", "ashamed", "happy", "glad", "pleased", "delighted", "thrilled",
    "excited", "angry", "furious", "upset", "unhappy", "disappointed", "frustrated",
    "satisfied", "dissatisfied", "comfortable", "uncomfortable", "adamant", "insistent",
    "determined", "intent", "prepared", "inclined", "hesitant", "outspoken",
    "vocal", "grateful", "thankful", "enthusiastic", "ambivalent", "receptive",
    "sympathetic", "hostile", "suspicious", "appreciative", "fond", "jealous", "resentful",
    "contemptuous", "bullish", "bearish", "quick", "opposed", "unsure", "uncertain",
    "undecided", "torn", "alarmed", "troubled", "disturbed", "offended", "outraged",
    "incensed", "appalled", "horrified", "shocked", "surprised", "amazed", "impressed",
})

# Nouns that carry content in a "that" clause: "an estimate that North Korea is ...".
CUE_NOUNS = frozenset({
    "claim", "statement", "assessment", "estimate", "report", "warning", "pledge",
    "promise", "commitment", "belief", "view", "assertion", "allegation", "conclusion",
    "finding", "suggestion", "prediction", "denial", "insistence", "announcement",
    "declaration", "assurance", "argument", "contention", "suspicion", "fear", "hope",
    "expectation", "concern", "word", "news", "indication", "sign", "evidence", "notion",
    "idea", "impression", "judgment", "judgement", "recognition", "acknowledgment",
    "criticism", "accusation", "charge", "praise", "remark", "comment", "message",
    "position", "stance", "opinion", "verdict", "forecast", "projection", "admission",
    "complaint", "threat", "vow", "acknowledgement", "confidence", "doubt",
})

# Nouns of stance whose "of"/"for"/"on" object is the content when the noun names its
# source: "Trump's criticism of the deal", "Cruz's support for the ban".
STANCE_NOUNS = frozenset({
    "criticism", "support", "endorsement", "praise", "call", "demand", "refusal",
    "comment", "comments", "remark", "remarks", "attack", "attacks", "condemnation",
    "defense", "defence", "opposition", "rejection", "denial", "embrace", "view", "views",
    "proposal", "plan", "request", "appeal", "push", "disagreement", "assessment",
    "description", "characterization", "dismissal", "warning", "warnings", "question",
    "questions", "concern", "concerns", "fear", "fears", "hope", "hopes", "assurance",
    "promise", "pledge", "vow", "threat", "claim", "claims", "account", "take", "position",
    "stance", "opinion", "argument", "case", "rhetoric", "statement", "statements",
    "announcement", "endorsements", "mockery", "swipe", "dig", "jab", "slam", "blast",
    "backing", "approval", "disapproval", "skepticism", "scepticism", "reference",
})
STANCE_PREPS = frozenset({"of", "for", "on", "about", "against", "to", "over"})

# Sources found "in": "in a Post-ABC News poll, 67 percent said …", "in the report, …".
IN_SOURCES = frozenset({
    "poll", "polls", "survey", "surveys", "study", "studies",
})

# Prepositional cues: their object is the source, the clause around them the content.
ACCORDING_TO = ("according", "to")

# -- claim kinds --------------------------------------------------------------

PLEDGE_CUES = frozenset({
    "pledge", "commit", "promise", "vow", "swear", "guarantee", "agree", "undertake",
    "assure", "commitment",
})
DENIAL_CUES = frozenset({"deny", "reject", "dispute", "refute", "dismiss", "denial", "rebut"})
ASSESSMENT_CUES = frozenset({
    "assess", "estimate", "believe", "judge", "conclude", "think", "suspect", "calculate",
    "project", "forecast", "predict", "assessment", "conclusion", "judgment",
    "judgement", "finding", "reckon", "expect", "doubt", "consider", "suggest", "indicate",
    })
PLAN_CUES = frozenset({"plan", "intend", "propose", "aim", "schedule", "prepare"})
PLAN_WORDS = frozenset({"plan", "timeline", "schedule", "roadmap", "intend", "intention"})
QUESTION_CUES = frozenset({"ask", "wonder", "question", "inquire", "enquire"})

# -- certainty ----------------------------------------------------------------

# Words that weaken a statement: on the cue, on the verb above it, or on the content's verb.
HEDGE_WORDS = frozenset({
    "appear", "seem", "supposedly", "reportedly", "apparently", "allegedly", "may", "might",
    "could", "possibly", "perhaps", "maybe", "purportedly", "ostensibly", "seemingly",
    "presumably", "arguably", "reputedly", "suggest", "indicate", "believe", "think",
    "suspect", "speculate", "likely", "probably", "potentially", "conceivably",
})
HEDGE_PHRASES = (
    "appears to", "appear to", "appeared to", "seems to", "seem to", "seemed to",
    "is said to", "are said to", "is believed to", "are believed to", "is thought to",
    "are thought to", "is understood to", "is reported to", "are reported to",
)
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided", "providing", "assuming", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})

# The ICD 203 likelihood scale, with common synonyms: term -> (low, high).
ICD203: dict[str, tuple[float, float]] = {
    "almost no chance": (0.01, 0.05),
    "remote": (0.01, 0.05),
    "remote chance": (0.01, 0.05),
    "remote possibility": (0.01, 0.05),
    "very unlikely": (0.05, 0.20),
    "highly unlikely": (0.05, 0.20),
    "highly improbable": (0.05, 0.20),
    "very improbable": (0.05, 0.20),
    "extremely unlikely": (0.05, 0.20),
    "unlikely": (0.20, 0.45),
    "improbable": (0.20, 0.45),
    "improbably": (0.20, 0.45),
    "probably not": (0.20, 0.45),
    "not likely": (0.20, 0.45),
    "roughly even chance": (0.45, 0.55),
    "roughly even odds": (0.45, 0.55),
    "even chance": (0.45, 0.55),
    "even odds": (0.45, 0.55),
    "fifty-fifty": (0.45, 0.55),
    "toss-up": (0.45, 0.55),
    "likely": (0.55, 0.80),
    "probable": (0.55, 0.80),
    "probably": (0.55, 0.80),
    "very likely": (0.80, 0.95),
    "highly likely": (0.80, 0.95),
    "very probable": (0.80, 0.95),
    "highly probable": (0.80, 0.95),
    "almost certain": (0.95, 0.99),
    "almost certainly": (0.95, 0.99),
    "nearly certain": (0.95, 0.99),
    "nearly certainly": (0.95, 0.99),
    "virtually certain": (0.95, 0.99),
    "virtually certainly": (0.95, 0.99),
}

# -- speakers -----------------------------------------------------------------

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "i", "me", "my"})
PRONOUNS_THING = frozenset({"it", "its"})
PRONOUNS_GROUP = frozenset({"they", "them", "their", "we", "us", "our"})
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_GROUP | {"who", "which", "that"}

OUTLET_WORDS = frozenset({"newspaper", "paper", "daily", "report", "outlet", "broadcaster",
                          "network", "agency", "magazine", "website", "site", "publication",
                          "article", "story", "tabloid", "channel", "post", "times"})
# Named outlets and wire services (lower case): matched against a source's text.
AGENCIES = frozenset({"reuters", "associated press", "ap", "afp", "agence france-presse",
                      "yonhap", "kyodo", "xinhua", "kcna", "korean central news agency",
                      "bloomberg", "tass", "interfax", "dpa", "ani", "pti", "efe"})
OUTLETS = frozenset({
    "the washington post", "washington post", "the new york times", "new york times", "cnn",
    "axios", "nbc", "nbc news", "cbs", "cbs news", "abc", "abc news", "fox news", "bbc",
    "the wall street journal", "wall street journal", "the guardian", "npr", "politico",
    "the times", "the post", "usa today", "the hill", "the independent", "the telegraph",
    "nk news", "daily nk", "the diplomat", "the national", "the straits times",
    "the japan times", "the korea herald", "korea herald", "the chosun ilbo", "chosun ilbo",
    "joongang ilbo", "the hankyoreh", "hankyoreh", "rodong sinmun", "msnbc", "cnbc",
    "the atlantic", "newsweek", "time", "vox", "breitbart", "huffington post", "huffpost",
    "the daily beast", "buzzfeed", "reuters", "associated press", "yonhap", "kyodo",
})
OUTLET_SUFFIXES = ("post", "times", "news", "herald", "journal", "daily", "tribune", "ilbo",
                   "press", "tv", "radio", "broadcasting", "gazette", "telegraph", "monitor",
                   "sinmun", "today", "network", "magazine", "guardian", "inquirer")
GOVERNMENT_WORDS = frozenset({
    "ministry", "department", "government", "pentagon", "white house", "state department",
    "senate", "congress", "committee", "command", "joint chiefs", "nis", "dia", "cia",
    "nsa", "intelligence agency", "defence intelligence agency",
    "defense intelligence agency", "administration", "military", "army", "navy",
    "air force", "kremlin", "cabinet", "parliament", "assembly", "council", "embassy",
    "foreign office", "spy agency", "national intelligence service", "un", "united nations",
    "iaea", "office", "regime", "pyongyang", "washington", "seoul", "beijing", "tokyo",
})
ANONYMOUS_HEADS = frozenset({
    "official", "officials", "source", "sources", "person", "people", "diplomat",
    "diplomats", "analyst", "analysts", "expert", "experts", "officer", "officers",
    "agency", "agencies", "insider", "insiders", "aide", "aides", "observer", "observers",
    "lawmaker", "lawmakers", "staffer", "staffers", "member", "members", "others", "some",
    "many", "critic", "critics", "researcher", "researchers", "specialist", "specialists",
    "someone", "residents", "witness", "witnesses", "spy", "spies",
})
ANONYMOUS_MARKERS = frozenset({
    "unidentified", "unnamed", "anonymous", "anonymity", "familiar", "some", "several",
    "senior", "a", "an", "one", "two", "three", "many", "other", "others", "multiple",
    "various", "spy", "intelligence",
})
IMAGERY_WORDS = frozenset({"photo", "photos", "photograph", "photographs", "image",
                           "images", "imagery", "picture", "pictures", "satellite",
                           "footage", "video", "videos", "snapshot"})
DOCUMENT_WORDS = frozenset({
    "report", "reports", "statement", "statements", "estimate", "assessment", "document",
    "documents", "study", "analysis", "letter", "declaration", "survey", "poll", "polls",
    "data", "findings", "intelligence", "memo", "cable", "briefing", "briefings", "record",
    "records", "paper", "article", "evidence", "research", "figures", "filing", "review",
    "communique", "communiqué", "resolution", "agreement", "text", "transcript", "ad",
    "advertisement", "release", "tweet", "post",
})
PERSON_ROLE_WORDS = frozenset({
    "president", "adviser", "advisor", "secretary", "minister", "spokesman",
    "spokeswoman", "spokesperson", "leader", "director", "chairman", "chair", "senator",
    "governor", "ambassador", "envoy", "general", "admiral", "commander", "associate",
    "fellow", "professor", "scholar", "analyst", "researcher", "official", "chief", "head",
    "candidate", "nominee", "mayor", "representative", "lawmaker", "diplomat", "expert",
    "aide", "deputy", "vice", "premier", "chancellor", "king", "dictator", "founder", "ceo",
    "manager", "author", "editor", "reporter", "correspondent", "journalist", "writer",
})
IMAGERY_PROVIDERS = ("planet labs", "planet", "digitalglobe", "maxar", "airbus",
                     "airbus defence and space", "google earth", "satellogic", "spot",
                     "geoeye", "worldview", "pleiades", "kompsat", "capella", "iceye",
                     "sentinel", "landsat", "blacksky", "umbra")

# Nouns that can be the source of an attribution without a name: people, groups, texts,
# images ("photos showing …", "a report saying …"); other nouns ("a chance to show …")
# pass the source on to whoever has them.
SOURCE_NOUNS = (ANONYMOUS_HEADS | PERSON_ROLE_WORDS | DOCUMENT_WORDS | IMAGERY_WORDS
                | OUTLET_WORDS | frozenset({
    "ad", "campaign", "group", "party", "voter", "voters", "supporter", "supporters",
    "opponent", "opponents", "candidate", "man", "woman", "men", "women", "crowd",
    "audience", "committee", "court", "judge", "company", "organization", "organisation",
    "poll", "survey", "message", "email", "letter", "speech", "video", "sign", "banner",
    "platform", "plank", "bill", "law", "rule", "resolution", "policy", "proposal",
}))
