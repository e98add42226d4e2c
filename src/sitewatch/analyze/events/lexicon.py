"""Words that signal an activity, the basis of knowledge, hedging and negation.

Lemmas, lower case. Each list is a vocabulary an analyst can read and extend; the
extractor never matches on whole sentences.
"""

from __future__ import annotations

# activity -> trigger lemmas (single tokens)
SITE_ACTIVITY: dict[str, frozenset[str]] = {
    "construction": frozenset(
        {
            "build",
            "construct",
            "construction",
            "erect",
            "excavate",
            "excavation",
            "expand",
            "expansion",
            "extend",
            "extension",
            "complete",
            "completion",
            "install",
            "installation",
            "upgrade",
            "modernise",
            "modernize",
            "enlarge",
            "dig",
            "finish",
        }
    ),
    "dismantling": frozenset(
        {
            "dismantle",
            "dismantling",
            "disassemble",
            "disassembly",
            "dismantlement",
            "remove",
            "removal",
            "deconstruct",
            "deconstruction",
        }
    ),
    "demolition": frozenset(
        {"demolish", "demolition", "raze", "destroy", "destruction", "explode"}
    ),
    "restoration": frozenset(
        {
            "rebuild",
            "restore",
            "restoration",
            "reassemble",
            "reconstruct",
            "reconstruction",
            "reinstall",
            "repair",
            "rebuilding",
            "reassembly",
            "reassembling",
        }
    ),
    "vehicle_activity": frozenset(
        {
            "vehicle",
            "truck",
            "crane",
            "container",
            "railcar",
            "transporter",
            "personnel",
            "worker",
            "movement",
            "traffic",
            "train",
            "trailer",
            "car",
            "chassis",
            "convoy",
            "excavator",
            "bulldozer",
            "loader",
        }
    ),
    "production": frozenset(
        {
            "produce",
            "production",
            "manufacture",
            "manufacturing",
            "enrich",
            "enrichment",
            "reprocess",
            "reprocessing",
            "plume",
            "steam",
            "assemble",
            "assembly",
        }
    ),
    "launch_preparation": frozenset({"prepare", "preparation", "preparing"}),
    "launch": frozenset({"launch", "fire", "test-fire", "liftoff"}),
    "test": frozenset({"test"}),
}

# A trigger word right before one of these names a thing, not an event ("test stand",
# "launch pad", "construction site"), whatever the parser makes of it.
FACILITY_NOUNS = frozenset({
    "stand", "stands", "site", "sites", "pad", "pads", "facility", "facilities", "station",
    "center", "centre", "building", "buildings", "area", "range", "complex", "ground",
    "grounds", "tower", "vehicle", "vehicles", "equipment", "crane", "cranes", "hall", "shed",
    "platform", "platforms", "plant", "plants", "halls", "sheds", "factory", "factories",
})  # fmt: skip

# "heavy construction equipment" is vehicle activity only with these heads
LAUNCH_OBJECTS = frozenset(
    {
        "missile",
        "rocket",
        "projectile",
        "satellite",
        "icbm",
        "slbm",
        "weapon",
        "launch",
    }
)

POLITICAL: dict[str, frozenset[str]] = {
    "summit": frozenset({"summit", "meet", "meeting", "talk", "negotiation", "negotiate"}),
    "pledge": frozenset(
        {"pledge", "commit", "commitment", "promise", "vow", "undertake", "undertaking"}
    ),
    "sanctions": frozenset({"sanction"}),
    "inspection": frozenset({"inspect", "inspection", "inspector", "verification", "verify"}),
}

# a signed or joint accord is a pledge ("the June 12 statement the North signed", "a joint
# statement", "a declaration Moon and Kim unveiled")
ACCORDS = frozenset({"statement", "declaration", "agreement", "accord", "document", "deal"})
SIGNING = frozenset({"sign", "adopt", "unveil", "conclude", "initial", "ratify"})

# "sanctions relief", "sanctions resolutions": the compound still names sanctions
SANCTION_HEADS = frozenset({
    "relief", "resolution", "regime", "package", "measure", "enforcement", "waiver",
    "exemption", "easing", "relaxation",
})  # fmt: skip

# verbs of a decision on sanctions: told in a report, the report's news ("sanctions would
# remain until ...", "wanted all sanctions removed", "refused to lift")
SANCTION_DECISIONS = frozenset({
    "remain", "stay", "lift", "remove", "impose", "ease", "tighten", "keep", "adopt",
    "extend", "relieve", "maintain", "suspend", "waive", "refuse", "reject", "grant", "seek",
})  # fmt: skip

# verbs of watching and who watches: "with experts observing" is an inspection
OBSERVING = frozenset({"observe", "watch", "witness", "monitor"})
INSPECTORS = frozenset({"expert", "inspector", "observer", "monitor", "specialist"})

# a meeting or inspection with one of these modifiers, or below one of these words, is
# planned ("a planned meeting", "agreed to restart negotiations", "looked forward to meeting")
PLAN_MODIFIERS = frozenset({
    "plan", "planned", "schedule", "scheduled", "upcoming", "forthcoming", "expected",
    "future", "next", "prospective",
})  # fmt: skip
PLAN_HEADS = frozenset({
    "plan", "schedule", "due", "expect", "agree", "promise", "pledge", "undertake",
    "undertaking", "commit", "commitment", "intend", "forward", "set", "announce", "vow",
})  # fmt: skip
# ... and below one of these, an offer or wish, not an event ("offered further closures,
# with international inspections")
OFFER_HEADS = frozenset({
    "offer", "propose", "proposal", "demand", "want", "seek", "ready", "willing",
    "prepared", "consider", "hope", "urge",
})  # fmt: skip
# present-tense verbs that make a political event the report's news ("Kim reaffirms his
# commitment", "the summit ends", "talks resume")
NEWS_VERBS = frozenset({
    "make", "give", "reaffirm", "renew", "sign", "announce", "issue", "reach", "hold",
    "open", "begin", "start", "end", "conclude", "resume", "agree", "seal", "unveil", "call",
    "break", "collapse", "stall",
})  # fmt: skip
# prepositions that name a political event as a reference point for something else
# ("despite Kim's pledge", "since the Singapore summit", "after that meeting"): the
# sentence's own date is not the event's
REFERENCE_PREPOSITIONS = frozenset({
    "despite", "after", "since", "before", "following", "unlike", "until", "ahead",
})  # fmt: skip
# verbs of saying: "would" under them is a reported "will" ("announced that talks would
# resume")
REPORTING_SPEECH = frozenset({
    "say", "announce", "tell", "state", "add", "declare", "report", "confirm", "insist",
})  # fmt: skip

# basis -> cue lemmas or lower-case phrases found in the sentence
BASIS: dict[str, tuple[str, ...]] = {
    "commercial_imagery": (
        "satellite",
        "imagery",
        "image",
        "photo",
        "photograph",
        "planet labs",
        "planet",
        "digitalglobe",
        "maxar",
        "airbus",
        "commercial",
    ),
    "intelligence": (
        "intelligence",
        "spy agency",
        "spy agencies",
        "officials familiar",
        "national intelligence",
        "nis",
        "dia",
        "cia",
        "us official",
        "u.s. official",
        "american official",
    ),
    "analysts": (
        "analyst",
        "think tank",
        "38 north",
        "csis",
        "beyond parallel",
        "middlebury",
        "miis",
        "james martin",
        "researcher",
        "expert",
        "research associate",
        "arms control",
    ),
    "state_media": ("kcna", "korean central news agency", "state media", "rodong", "kctv"),
    "official_statement": (
        "ministry",
        "statement",
        "spokesman",
        "spokeswoman",
        "joint chiefs",
        "jcs",
        "military said",
        "government said",
        "told lawmakers",
    ),
}

IMAGERY_PROVIDERS: dict[str, str] = {
    "planet labs": "Planet Labs",
    "planet": "Planet Labs",
    "digitalglobe": "DigitalGlobe",
    "digital globe": "DigitalGlobe",
    "maxar": "Maxar",
    "airbus": "Airbus",
    "google earth": "Google Earth",
    "cnes": "CNES/Airbus",
}

IMAGERY_DATE_CUES = (
    "taken",
    "captured",
    "acquired",
    "dated",
    "collected",
    "imagery from",
    "images from",
)

# verb + particle -> activity ("taking apart", "came down", "put back up", "went up")
PHRASAL: dict[tuple[str, str], str] = {
    ("take", "apart"): "dismantling", ("take", "down"): "dismantling",
    ("tear", "down"): "dismantling", ("pull", "down"): "dismantling",
    ("come", "down"): "dismantling", ("come", "off"): "dismantling",
    ("cut", "away"): "dismantling", ("haul", "away"): "dismantling",
    ("break", "up"): "dismantling", ("knock", "down"): "dismantling",
    ("put", "back"): "restoration", ("bring", "back"): "restoration",
    ("put", "up"): "construction", ("go", "up"): "construction",
    ("blow", "up"): "demolition", ("turn", "out"): "production",
    ("haul", "out"): "dismantling", ("take", "away"): "dismantling",
    ("cart", "away"): "dismantling", ("strip", "out"): "dismantling",
    ("rip", "out"): "dismantling", ("tear", "out"): "dismantling",
    ("set", "off"): "test", ("shore", "up"): "construction", ("prop", "up"): "construction",
}  # fmt: skip

# phrasal verbs that name an activity only with an object ("turn out uranium", not "it
# turned out that"), and subjects that make "break up" a meeting ending, not a structure
PHRASAL_NEEDS_OBJECT = frozenset({("turn", "out")})
# phrasal verbs that name building work only on a structure ("shoring up the embankment",
# not "shoring up support")
PHRASAL_NEEDS_STRUCTURE_OBJECT = frozenset({("shore", "up"), ("prop", "up")})
# what is processed when a plant processes ("ore is being processed"): production
PROCESSED = frozenset({
    "ore", "fuel", "uranium", "concentrate", "yellowcake", "rod", "material", "plutonium",
})  # fmt: skip
# intransitive phrasal verbs that name site activity only when what comes down or goes up
# is a structure ("the gantry came down", not a missile "coming down in the sea")
PHRASAL_NEEDS_STRUCTURE = frozenset({
    ("come", "down"), ("come", "off"), ("go", "up"), ("break", "up"),
})  # fmt: skip
# words for a part of something ("much of the stand", "part of the roof")
PARTITIVES = frozenset({
    "much", "part", "parts", "most", "all", "half", "some", "section", "sections", "portion",
    "rest", "one", "piece", "pieces",
})  # fmt: skip
NOT_STRUCTURES = frozenset({
    "summit", "meeting", "talk", "talks", "negotiation", "conference", "session", "party",
})  # fmt: skip

# verbs whose infinitive complement still reports an event ("appears to be rebuilding",
# "began to dismantle", "is said to have removed"), unlike plans and purposes
RAISING = frozenset({
    "appear", "seem", "begin", "start", "continue", "resume", "keep", "proceed",
    "say", "report", "believe", "think", "know", "understand", "estimate", "assess", "judge",
    "tend", "happen",
})  # fmt: skip

# verbs that present a clause as observed ("imagery showed the stand being taken apart")
EVIDENTIAL = frozenset({
    "show", "reveal", "indicate", "suggest", "see", "spot", "observe", "capture", "find",
    "detect", "depict", "confirm", "document",
})  # fmt: skip

IMAGERY_NOUNS = frozenset({
    "image", "imagery", "picture", "photo", "photograph", "shot", "footage", "pass", "scene",
})  # fmt: skip

# building one of these is production, not construction ("ICBMs are being built")
PRODUCTS = frozenset({
    "missile", "icbm", "rocket", "launcher", "warhead", "bomb", "weapon", "engine",
    "slbm", "hwasong-15", "hwasong-14", "centrifuge",
})  # fmt: skip

# a trigger governed by one of these is a plan, offer or condition, not an observation
INTENT = frozenset({
    "promise", "offer", "propose", "proposal", "pledge", "agree", "ready", "willing", "plan",
    "want", "demand", "return", "exchange", "provide", "provided", "intend", "vow", "commit",
    "commitment", "consider", "could", "would", "will", "if", "unless", "whether",
})  # fmt: skip

HEDGES = frozenset(
    {
        "appear",
        "appears",
        "apparently",
        "seem",
        "seemingly",
        "suggest",
        "supposedly",
        "reportedly",
        "believe",
        "likely",
        "possible",
        "possibly",
        "may",
        "might",
        "could",
        "sign",
        "signs",
        "indicate",
        "indication",
        "allegedly",
        "suspect",
        "suspected",
        "probable",
        "probably",
    }
)

NEGATIONS = ("no sign", "no signs", "no evidence", "no indication", "no activity", "no new")

# nouns that, made definite ("the plant", "the site's headquarters", "its test stand"),
# refer to a site or a part of one already named
SITE_PARTS = frozenset({
    "site", "facility", "plant", "complex", "compound", "station", "stand", "building",
    "shipyard", "yard", "factory", "laboratory", "lab", "reactor", "pad", "hall", "area",
    "town", "mine", "tunnel", "base", "centre", "center", "institute", "basin", "dock",
    "portal", "headquarters", "grounds", "structure", "annex", "quay", "pier", "berth",
    "wharf", "slipway",
})  # fmt: skip

# nouns for a whole site (a trigger's object that is one of these and names no watched site
# is a site the text does not name)
WHOLE_SITES = frozenset({
    "site", "facility", "base", "complex", "compound", "plant", "factory", "station",
    "shipyard", "institute", "centre", "center", "laboratory", "mine", "airfield", "port",
})  # fmt: skip

# reporting verbs: a relative clause with one dates the nominal it qualifies ("the
# dismantling we reported last month")
REPORTING = frozenset({"report", "describe", "note", "document", "mention", "announce"})

# a vehicle word with one of these modifiers is a rocket or warhead, not traffic at a site
NOT_GROUND = frozenset({"launch", "re-entry", "reentry", "entry", "space", "glide", "hypersonic"})

# verbs of taking a picture: their date is the imagery's acquisition date
CAPTURE = frozenset({"take", "capture", "acquire", "collect", "date", "shoot", "snap", "record"})

# nouns that name a stretch of time ("around the time of", "in the weeks before")
TIME_NOUNS = frozenset({
    "time", "week", "day", "month", "period", "run-up", "runup", "eve", "aftermath", "wake",
})  # fmt: skip

# adverbs that put an undated activity some time before the report
EARLIER = frozenset({"earlier", "previously", "formerly", "once", "before"})

# verbs of doing that take the activity as a pronoun ("carried it out in May")
PRO_VERBS = frozenset({"carry", "do", "conduct", "perform", "undertake", "complete", "finish"})

# "building started", "construction resumed": with these heads "building" is the activity
ASPECTUAL = frozenset({
    "start", "begin", "continue", "resume", "finish", "stop", "halt", "pause", "proceed",
    "accelerate", "slow",
})  # fmt: skip

# nouns through which an activity noun still belongs to the verb's clause ("signs of
# construction were seen", "the pace of rebuilding has picked up")
LIGHT_NOUNS = frozenset({
    "sign", "evidence", "indication", "pace", "start", "beginning", "bulk", "progress",
    "resumption", "continuation", "part", "stage", "phase", "process", "kind", "type",
    "amount", "level", "work", "round", "series", "some", "much", "most", "all", "half",
})  # fmt: skip

# verbs of perception: "can be seen", "could be seen" report what is seen, not a capability
PERCEPTION = frozenset({"see", "spot", "observe", "detect", "make", "discern", "identify"})

# "the plant kept running", "the reactor operated": a facility at work is production
OPERATE = frozenset({"run", "operate", "work"})
OPERATING_SUBJECTS = frozenset({
    "plant", "reactor", "facility", "factory", "centrifuge", "cascade", "mill", "laboratory",
    "lab", "line", "hall", "furnace",
})  # fmt: skip

# head nouns of a site description and the gazetteer kinds (``sites.json``) they fit: "the
# mine" is a uranium mill's, "the shipyard" a submarine or naval base
KIND_NOUNS: dict[str, frozenset[str]] = {
    "mine": frozenset({"uranium_mill"}),
    "mill": frozenset({"uranium_mill"}),
    "reactor": frozenset({"reactor", "nuclear_complex"}),
    "shipyard": frozenset({"submarine_base", "naval_base"}),
    "dock": frozenset({"submarine_base", "naval_base"}),
    "pad": frozenset({"launch_site"}),
    "gantry": frozenset({"launch_site"}),
    "tunnel": frozenset({"nuclear_test_site"}),
    "portal": frozenset({"nuclear_test_site"}),
    "centrifuge": frozenset({"enrichment", "nuclear_complex"}),
}

# a new one of these shown in imagery is construction ("images show a new annex")
NEW_STRUCTURES = frozenset({
    "building", "annex", "structure", "wall", "roof", "hall", "shed", "garage", "road",
    "pond", "bunker", "warehouse", "extension", "berm", "tower", "pier", "dock", "tunnel",
    "entrance", "portal", "facility",
})  # fmt: skip

# participles that date a publication of imagery, not its acquisition ("images published
# on Thursday")
PUBLISHING = frozenset({"publish", "release", "post", "issue", "circulate", "share"})

# a boat, vessel or ship is traffic only when it moves ("boats moving in and out", "a ship
# left the dock"); otherwise at a shipyard it is as often the submarine being built
CRAFT = frozenset({"boat", "vessel", "ship", "tug", "barge", "tugboat"})
# vehicles and craft: never the structure a phrasal verb of building or taking down acts on
VEHICLE_WORDS = SITE_ACTIVITY["vehicle_activity"] | CRAFT
MOVEMENT = frozenset({
    "move", "tow", "leave", "arrive", "sail", "depart", "dock", "berth", "enter", "come",
    "go", "shift", "relocate", "pull", "ferry", "steam", "return", "head",
})  # fmt: skip

# modifiers that make an event noun a possibility, proposal or plan, not something that
# happened ("a possible test", "the proposed dismantling", "any future launch")
IRREALIS_MODIFIERS = frozenset({
    "possible", "potential", "planned", "proposed", "future", "prospective", "hypothetical",
    "eventual", "intended", "contemplated", "expected", "imminent", "promised", "pledged",
    "offered", "envisaged", "mooted",
})  # fmt: skip
# predicates that say an event is only in prospect ("a test is possible", "a launch looks
# imminent")
IRREALIS_PREDICATES = frozenset({
    "possible", "imminent", "likely", "unlikely", "expected", "planned", "probable",
})  # fmt: skip

# head nouns that say an activity does not take place ("a moratorium on tests", "a ban on
# launches", "a halt to construction", "the suspension of work")
PROHIBITIONS = frozenset({
    "moratorium", "ban", "halt", "freeze", "suspension", "cessation", "prohibition",
    "stop", "end",
})  # fmt: skip

# determiners and prepositions that negate the noun they govern ("no renewed
# excavation", "neither construction nor", "without removal of")
NEGATING_DETERMINERS = frozenset({"no", "neither", "nor"})
NEGATING_PREPOSITIONS = frozenset({"without"})

# nouns of undertaking: an activity noun compounded with one ("restoration work") is the
# event, an infinitive on one ("work to restore the stand") reports it under way, not a
# purpose, and "work on" a structure is building it ("work on a new pump house")
WORK_NOUNS = frozenset({
    "work", "works", "effort", "project", "operation", "activity", "job", "campaign",
})  # fmt: skip

# concrete things work is done on: "work on" one, or "work to strengthen" one, is building
STRUCTURES = frozenset({
    "house", "apron", "embankment", "dyke", "dike", "levee", "canal", "bridge", "railway",
    "rail", "track", "line", "channel", "foundation", "hull", "submarine", "pipeline", "gantry",
    "stand", "pad", "berth", "basin", "quay", "pier", "dam", "spillway", "fence", "barracks",
    "silo", "shelter", "hangar", "runway", "taxiway", "platform", "ramp", "shaft",
})  # fmt: skip

# "laid the foundations", "poured concrete": verbs of building with the thing they build
LAYING = frozenset({"lay", "pour", "sink"})
LAID = frozenset({"foundation", "concrete", "keel", "cornerstone", "footing", "slab", "pile"})

# what is exploded or detonated in a test, not a structure demolished ("the device it
# exploded on Sunday")
DEVICES = frozenset({"device", "bomb", "warhead", "weapon", "nuke", "charge"})

# verbs that set a stopped facility working again ("the reactor was restarted")
RESTART = frozenset({"restart", "reactivate", "resume", "reopen", "relaunch"})

# "sometime between April 11 and May 5": one moment in a window, seen at its end
WINDOW_CUES = ("sometime between", "some time between", "some point between",
               "at a point between")

# nouns of aim: an event named as one is not one that happened ("the goal remained the
# complete dismantlement of ...")
AIMS = frozenset({
    "goal", "aim", "objective", "target", "purpose", "demand", "intention", "plan", "hope",
    "priority", "condition", "requirement",
})  # fmt: skip

# words that deny what they govern: "nothing suggests that a launch is being prepared",
# "said nothing about the production of", "no evidence that"
NEGATIVE_QUANTIFIERS = frozenset({"nothing", "none", "nobody", "neither"})
# nouns of evidence: with "no" they deny their complement ("no firm evidence that ...")
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "trace", "proof", "hint"})
# verbs of stopping: what they take as object or complement does not go on ("will stop
# testing", "halted construction")
CEASING = frozenset({"stop", "halt", "cease", "end", "suspend", "quit", "abandon", "freeze"})
# prepositions that name an event as a reference point for something else ("in the days
# before the launch", "after the tests"): the sentence does not report it at its site
REFERENCE_POINTS = frozenset({"before", "after", "since", "until", "following", "prior"})
# nouns that make an activity a place's function ("the centre of its production of ...")
FUNCTION_NOUNS = frozenset({
    "centre", "center", "hub", "heart", "home", "core", "cradle", "mainstay", "backbone",
})  # fmt: skip

# names of missile and rocket families: a launch word needs one of these, or a word of
# LAUNCH_OBJECTS, in its sentence ("the July 4 launch of the Hwasong-14")
MISSILE_NAMES = ("hwasong", "pukguksong", "musudan", "nodong", "rodong", "taepodong", "unha",
                 "kn-", "scud")  # fmt: skip

# the start of the watch period: site activity dated wholly before it is history (the
# annotation guide's rule 4: tests of 2006-2016, launches of 2012 and 2016), not a
# timeline entry
RECORDED_FROM = "2017-01-01"
