"""Pairing of the event sentence reader (rule 2 of :mod:`koreadiplo.events`): the object a trigger takes, and how."""

from __future__ import annotations

import re

from .actions import Lemma, Pattern
from .event_objects import _PLACE_OF_HEAD, _TALKS_OFFERED
from .mentions import (
    _APPOSITIVE_BEFORE,
    _AUX_TAIL,
    _BOUNDARY,
    _DETERMINERS,
    _LINE_CLASSES,
    _NUMBER_WORDS,
    _OBJECT_RELATIVE_GAP,
    _PARENTHETICAL,
    _PP_END,
    _PREPOSITIONS,
    _REL_BEFORE,
    _REL_GAP,
    _REL_SUBJ,
    _SUBJECT_RELATIVE_GAP,
    _Trig,
    _words,
)

#: Most words allowed between an active verb and its object ("cut off all inter-Korean communication lines").
MAX_GAP = 6
#: Most words between an object and a passive verb ("the liaison office in Kaesong was demolished").
MAX_BACK_GAP = 6
#: Most words between the subject object and an intransitive verb ("talks between the two sides collapsed").
MAX_INTRANS_GAP = 4
# what "close" is a verb after ("will close to all traffic", "decided to close", "they close")
_CLOSE_VERB_BEFORE = frozenset(
    "to will would could can may might must should shall not never and or they we i you also".split())
# a verb's time or place told before "and" ("restarted in March and reunions came back"): what follows starts a clause
_ADJUNCT_AND = re.compile(r"\b(?:in|on|at|since|after|before|during|last|this)\b.*\sand\s+(?:\S+\s+){0,3}$")
# between a subject and its verb: an auxiliary or an adverb at most ("shipments restarted", "shipments were resumed")
_SUBJECT_VERB_GAP = re.compile(r"\s+(?:(?:was|were|had|has|have|also|then|later|soon|\w+ly)\s+){0,2}")

# adjectives between a determiner and a noun that is also a verb ("a new offer", "a fresh proposal")
_NOUN_MODIFIERS = frozenset("new fresh latest formal renewed similar separate joint written earlier previous recent "
                            "further later subsequent final follow-up "
                            "repeated last first second third rare surprise fourth fifth sixth seventh eighth ninth "
                            "tenth eleventh twelfth".split())
# a state, not a change: "the office will stay closed", "the park remained shut"
_STATE_VERB_BEFORE = re.compile(r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept)\s+"
                                r"(?:\w+ly\s+)?$")
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")
# one modifier word before a noun ("subcommittee", "10th", "working-level"; not a name: "the Singapore meeting" is
# the summit held there)
_MODIFIER_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")
_ROUTINE_ADJECTIVES = frozenset("weekly monthly daily regular routine annual".split())
_ADVERB_DETERMINERS = frozenset("previously once long already recently now".split())
# determiners of number before a noun that is also a verb form ("neither meeting", "each session")
_QUANTIFIERS = frozenset("neither either each every".split())
_AUXILIARIES = frozenset("has have had was were is are been be having".split())
_PRONOUNS = frozenset("it they he she we".split())
# words ending in -ly that are not adverbs ("The assembly abolished ...")
_LY_NOUNS = frozenset("assembly family rally ally supply reply july italy monopoly anomaly".split())
_BODY_SUBJECTS = frozenset(
    "government administration military army regime authorities side sides ministry cabinet parliament "
    "assembly leader leadership president predecessor successor predecessors".split()
)
_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|got|gets|get|has|have|had)\b")
_REL_BEFORE_END = re.compile(_REL_BEFORE.pattern + "$")  # the relative pronoun right before a verb
# a phrase of place between a head noun and the noun before a relative pronoun ("guard posts | along the | border")
_PLACE_PP_GAP = re.compile(
    r"\s+(?:along|across|near|on|at|in|inside|by|over)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}"
)
# a place named by its kind first ("the liaison office in its border town of | Kaesong, which ...")
_PLACE_OF_END = re.compile(
    r"\s(?:along|across|near|at|on|in|inside)\s+(?:the\s+|its\s+|their\s+|[\w.-]+(?:'s|\u2019s)\s+)?"
    r"(?:[\w-]+\s+){0,2}of\s+$"
)
# "..., and that did not resume": a second relative clause coordinated with the first
_AND_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|but)\s+$")
_REL_WORD = re.compile(r"\b(?:that|which)\b")
_FINITE_IN_GAP = re.compile(r"\b(?:\w+ed|is|are|was|were|has|have|had|will|would|could|said|says)\b")
_LAST_TRAINS_BEFORE = re.compile(r"\b(?:last|final)\s+(?:[a-z-]+\s+){0,2}trains?\s+$")
_TRAINS_BEFORE = re.compile(
    r"\b(?P<no>no\s+(?:[a-z-]+\s+)?)?trains?\s+(?:(?!last\b)[a-z]+ly\s+)?"
    # "trains have not crossed the border since 1951", "no train has yet crossed the line" (_trains_run)
    r"(?P<aux>(?:has|have|had)\s+(?P<neg>(?:not|never)\s+)?(?:yet\s+(?P<yet>to\s+)?)?)?$"
)
# a "since" with a day, month or year of its own ("since June 1951", "since the line was cut in 1951"; not "since
# then")
_SINCE_DATE_AFTER = re.compile(
    r"[^.;]{0,60}?\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec"
    r"|(?:the|its)\b[^.;,]{0,50}?\b(?:in|of)\s+\d{4})"
)
# trains as the subject of "ran" / "have run", with what tells the run apart from a habit: a test or a first run,
# "finally", the last run, or "not ... since" (_trains_ran)
_TRAINS_RAN_BEFORE = re.compile(
    r"\b(?:(?P<kind>test|trial|first|last|final)\s+(?:(?!an?\b|the\b)[a-z-]+\s+){0,2}?)?(?P<trains>trains?)"
    r"(?:\s+(?:on|between|across|from|to|along)(?:\s+(?!that\b|which\b)[\w'\u2019.-]+){1,6}?)?"
    r"\s+(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?(?P<neg>(?:not|never|yet\s+to)\s+)?(?P<adv>(?:\w+ly|then|also)\s+)?$"
)
# "Regular freight service between the two Koreas began on Dec. 11", "passenger trains started running": a train
# service (its head noun "service" or "trains") that begins runs the rail link again; a short phrase of the route may
# stand between it and the verb (never "to begin": a plan, read by the status cues only with an object after it)
_SERVICE_HEAD = re.compile(r"(?:services?|trains?)$")
_ROUTE_GAP = re.compile(
    r"\s+(?:(?:between|across|from|to|on|along)\s+(?:[\w'.-]+\s+){1,5}?)?"
    r"(?:(?:will|would|could|may|might|can|should|did|had|have|has|then|again|finally|\w+ly)\s+){0,2}$"
)
# a verb that holds its object in a state ("kept the tours suspended", "left the lines cut")
_SINCE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?since\b")
# a state with its start: "Tours to the resort remain suspended since July last year", "remain shut, as they have been
# since 2008" (the state's verb stands for "have been": a passive dated by "since"; "will remain closed" alone is no
# event)
_REMAIN_GAP = re.compile(r"\b(?:remain|remains|remained|stay|stays|stayed)\s+(?:\w+ly\s+)?$")
_SINCE_OR_AS_SINCE_AFTER = re.compile(_SINCE_AFTER.pattern + r"|,?\s+as\s+(?:they|it)\s+(?:have|has)\s+been\s+since\b")
_KEEP_BEFORE = re.compile(
    r"\b(?:keep|keeps|kept|keeping|leave|leaves|left|leaving)\s+(?:(?:the|its|their|all|both)\s+)*$")
_SINCE_AFTER_RUN = re.compile(r"[^.;,]{0,60}?\bsince\b")
# the day a run began: "ran between Munsan in the South and Bongdong in the North from Dec. 11", "From December 2007,
# a freight train ran ..."
_START_DATE = (
    r"(?:from|since)\s+(?:(?:early|late|mid-?)\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last\b|\d{4})"
)
_PHASE_BEFORE_ING = re.compile(r"\b(?:start|starts|started|begin|begins|began|begun|resume|resumes|resumed)\s+$")
# trains as the object of "run" ("run | test trains", "ran | a test train", "test-run | trains")
_TRAINS_AFTER_RUN = re.compile(
    r"\s+(?:(?:the|a|an|one|two|their|its)\s+)?(?:(?:test|trial|freight|passenger|regular|cross-border|first|more)\s+)*"
    r"(?P<trains>trains?)\b")
_RAN_FROM_AFTER = re.compile(rf"[^.;]{{0,100}}?\b{_START_DATE}")
_RAN_FROM_BEFORE = re.compile(rf"(?:^|[.;:]\s+){_START_DATE}[^,.;]{{0,20}},\s+(?:[\w-]+\s+){{0,4}}$")
_HABIT_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:daily|every\s+day|regularly|each\s+day|routinely)\b")
_BORDER_AFTER = re.compile(
    r"\s+(?:the\s+)?((?:(?:military\s+)?demarcation\s+)?(?:line|border|frontier|dmz|demilitari[sz]ed\s+zone))\b"
)
# how far a pattern's tail may follow the object: "declared the contracts on wages and rent at the park void"
_TAIL_WORDS = 9
# the occasion and its date right after a verb ("declared | at a party meeting in December | that ..."): not counted
# in the words between the verb and its tail
_AT_OCCASION_AFTER = re.compile(
    r"\s+(?:at|during)\s+(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:meeting|plenum|session|congress|"
    r"conference|rally|speech)(?:\s+(?:in|on)\s+(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:\d{4}|[a-z]+))?")
# "<object>, cut in 1976, ...", "a line between Seoul and Pyongyang, cut by the North": a short phrase may stand
# between the noun and the comma
_REDUCED_GAP = re.compile(
    r"^\s*(?:(?:between|with|at|in|from|to|of|across|along)\s+[\w' .-]{1,40}?)?,\s*(?:\w+ly\s+)?$"
)
# "ordered | the South's | hotels | at the resort | torn down": an order, its object, a place, what is to be done
_ORDERED_BEFORE = re.compile(
    r"\b(?:order|orders|ordered|ordering)\s+"
    # (its day before "that": "ordered on Jan. 15 that the roads be cut off")
    r"(?:(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+|\d{4}),?\s+that\s+)?"
    # (up to six words before the head, none a preposition: "ordered South Korean-built hotels and other | facilities",
    # not "ordered the loudspeaker broadcasts along the | border halted")
    r"(?:(?!(?:along|at|in|on|near|of|from|to|by|with|across|inside)\s)[\w'\u2019\"\u201c\u201d-]+\s+){0,6}$",
    re.IGNORECASE)
_ORDER_GAP = re.compile(r"\s*(?:(?:at|in|on|near|along|of)\s+[\w'\u2019 .-]{1,50}?|there)?\s*")
# a count of time and "later" right after a verb: no object ("returned three days later", "resumed weeks later")
_LATER_AFTER_VERB = re.compile(
    r"\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|afterwards?)\b")
# a passive coordinated after a comma, with no subject of its own (", and was partly restored")
_AND_AUX_BEFORE = re.compile(r",\s+(?:and|but)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")
# between two verbs of one relative clause: the first verb's adjuncts, then "and" ("cut in June 2020 and restored")
_REL_COORD_GAP = re.compile(r"[^,;:]{0,60}?\s+and\s+(?:(?:then|later|again|eventually|finally|\w+ly)\s+)?")
# people a verb moves "out of" or "from" a place ("pulled its delegates out of the commission")
_OUT_OF_AFTER = re.compile(r"\s+(?:out\s+of|from)\s")
# a span of time right after a verb: no object ("It shut down for about five months in 2013")
_SPAN_AFTER_VERB = re.compile(
    r"\s+for\s+(?:(?:about|nearly|almost|more\s+than|over|some|roughly|just)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|years?)\b")
_COME_BACK_LEMMAS = frozenset(("return", "come back"))
_COMMA_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")
# (an occasion after "at": "signed at a summit in Pyongyang", "agreed at their talks")
_REDUCED_AFTER = re.compile(
    r"\s+(?:since|in|on|after|until|last|earlier|by|amid|for|over|during|at\s+(?:the|a|an|their|its)\b)\b"
)
# words that may follow an intransitive verb with no object ("resumed in Pyongyang", "reopened on Monday")
_PREPOSITIONS_AFTER_VERB = frozenset("in on at after before since until last this early late".split())
# ... after an adverb ("resumed only in August 2000")
_ADVERBS_AFTER_VERB = frozenset("only again also briefly temporarily fully partly finally eventually soon later"
                                .split())
_AT_GAP = re.compile(r"\s*at\s+(?!least\b|most\b|once\b|all\b|the\s+same\b)")
_FOR_END = re.compile(r"(?<![\w-])for\s+(?:the\s+)?$")
_AT_END = re.compile(r"(?<![\w-])at\s+(?:the\s+|their\s+|its\s+)?$")
_BORDER_AHEAD = re.compile(
    r"(?:the\s+|their\s+|its\s+)?(?:(?:inter-korean|heavily\s+armed|heavily\s+fortified|land|sea|maritime)\s+)?"
    r"(?:border|frontier|demarcation\s+line|dmz|demilitari[sz]ed\s+zone)\b"
)
_NEW_CLAUSE_GAP = re.compile(r",\s*(?:and|but|while)\s+(?:the|a|an|its|their|his|her)\s")
# what may not stand between a verb and the head noun of its object phrase, and what may follow that head
_HEAD_GAP_STOP = re.compile(r"[,;:\"\u201c\u201d()]|\b(?:of|for|to|on|in|at|with|from|by|and|or|after|before)\b")
_HEAD_AFTER = re.compile(r"\s*(?:[,;:.]|$|(?:for|on|with|to|at|over|about)\b)")
_PRONOUN_GAP = re.compile(r"\s*(?:it|them)\b")
# a word opening a clause or phrase of time of its own inside the gap between a verb and an object
_CLAUSE_OPENER = re.compile(r"\b(?:after|before|when|since|until|once|following)\s")
# "agreed to end the propaganda war at talks on June 4": a phrase of its own after the verb, then "at"/"during"
# talks or a summit: that is where it was agreed, not what was ended (operations "at the complex" are its own)
_OCCASION_GAP = re.compile(
    r"\s*(?:the|a|an|its|their|his|her|this|that|all)\s+(?:[\w-]+\s+){1,3}(?:at|during)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$"
)
# an offer named again: "the offer", "that proposal", "Seoul's proposal" (not "an offer", nor one with a complement
# of its own: "the offer of rice")
_OFFER_DETERMINER = re.compile(r"(?:\b(?:the|that|this|these|those|its|their|his|her|such)|[a-z]['\u2019]s)\s+"
                               r"(?:[\w-]+\s+){0,2}$")
_OFFER_COMPLEMENT_AFTER = re.compile(r"\s*(?:of|for|to|about|regarding|on\s+(?!\w+day\b)[a-z])\b")
# verbs whose to-infinitive takes the object ("refused to resume talks" is no refusal of talks; "offered to hold
# talks" stays an offer of talks)
_INFINITIVE_GOVERNORS = frozenset({"refuse"})
_TO_INFINITIVE = re.compile(r"\s*to\s+\w")
_BY_ING = re.compile(r"\b(?:by|after|before|while|without)\s+\w+ing\b")
_PP_BEFORE_AUX = re.compile(
    r"\s+(?:to|in|at|of|from|near|on|across|along|with|between|for|by)\s+"
    r"(?:(?!(?:that|which|who|it|they|he|she|we|i)\s)[\w'\u2019.-]+\s+){1,10}?"  # (no relative clause's subject)
    r"(?:has|have|had|was|were|is|are)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+)?(?:been\s+|being\s+)?$"
)
# " that once carried South Koreans there were ": a relative clause of the head noun, then its passive auxiliary
_REL_CLAUSE_BEFORE_AUX = re.compile(
    # (its verb in the past right after the pronoun: not a clause of what was said, "told reporters before the talks
    # that the rice was being delayed", nor a relative clause's own past perfect, "the border that the pact had barred")
    r"\s+(?:that|which)\s+(?:once\s+|\w+ly\s+)?(?:[a-z]+ed|took|ran|brought|led|sent|drew|kept|met|began|made)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,6}?"
    r"(?:(?:has|have|had)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+)?been\s+"
    r"|(?:was|were|is|are)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+)?(?:being\s+)?)$"
)
_SCHEDULED_GAP = re.compile(
    # "talks between the two Koreas that were due to ...", "Talks on linking railways and roads across the border
    # that were due to open ..."
    r"(?P<topic>\s+(?:between|with|of|in|at|on|about)\s+[^,;]{1,60}?)?"
    r"\s+(?:(?:that|which)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    # "talks that Seoul had proposed for Thursday will not take place"
    # (or without "that": "A meeting the South proposed for last Friday did not take place")
    r"|(?:(?:that|which)\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:had\s+|has\s+|have\s+)?(?=proposed\s+for\b))?"
    # ("a summit planned between the leaders of the two sides for last July was called off")
    # ("A test run first planned for October 2004 never took place")
    r"(?:(?:(?:first|originally|initially|once|previously)\s+)?(?:scheduled|set|planned|due|slated|expected|proposed)\s+"
    r"(?:(?:between\s+[^,;]{1,60}?\s+)?(?:to|for|on|in|at|next|this)"
    # ("A summit planned that year between Kim Young-sam and Kim Il-sung was cancelled")
    r"|(?:that|last|the\s+same)\s+year\s+between)"
    # ("talks that was to have opened at Panmunjom on Wednesday did not take place": the plan in the verb)
    r"|(?:(?<=\bwas\s)|(?<=\bwere\s))to\s+(?:have\s+(?:been\s+)?[a-z]+|be\s+[a-z]+)?)\b"
)
# (an adverb among them: "were also put off", "was abruptly called off")
_AUX_NOT_TAIL = re.compile(
    r"(?:(?:\b(?:did|does|do|will|would|could|may|might|has|have|had|was|were|is|are|not|never|also|then|later|again"
    r"|\w+ly)|n['\u2019]t)\s+)+$"
)


#: a phrase of place right after a noun ("the office in Kaesong"; not "talks held in Kaesong": a participle's)
_PLACE_PREP = re.compile(r"\s+(?:in|at|near|inside)\s")


def _scheduled_gap(gap: str) -> bool:
    """Is ``gap`` (between a subject and its verb) a phrase of schedule describing the subject ("scheduled for
    Friday", "that were due to open in Pyongyang on Monday"), with no finite verb of its own?"""
    sched = _SCHEDULED_GAP.match(gap)
    return (
        sched is not None
        # (the subject's topic, up to 60 characters, and the verb's own "did not" are no part of the gap)
        and _words(_AUX_NOT_TAIL.sub("", gap[sched.end("topic") if sched.group("topic") else 0 :])) <= 3 * MAX_GAP
        and not re.search(r"[,;:!?\"\u201c\u201d]", gap)
        and not _FINITE_IN_GAP.search(_AUX_NOT_TAIL.sub("", gap[sched.end() :]))
    )


_HELD_GAP = re.compile(r"^\s+(?:(?:held|convened|staged|hosted)\s+(?:in|at|on|last|this|earlier|under)"
                       # "the first talks promised under the August deal collapsed": a participle of the accord
                       r"|(?:promised|agreed|arranged|brokered|mandated|called\s+for)\s+(?:under|in|at|by)"
                       # "Negotiations meant to replace the armistice broke up": a participle of purpose
                       r"|(?:meant|aimed|designed|intended)\s+(?:to|at))\b")
_HELD_AT = re.compile(r"^\s+(?:held|convened|staged|hosted)\s+(?:in|at|on|last|this|earlier)\b")  # (placing talks)
_LAST_MINUTE = re.compile(r"\s*\bat\s+(?:the\s+(?:last|eleventh)\s+(?:minute|moment|hour)|short\s+notice)\b")
# ("aid to North in bid to reopen", "calls for the two sides to resume": an infinitive with a subject of its own)
_TO_THEN_INFINITIVE = re.compile(r"^\s+(?:to|for)\s.*\bto\s*$")
# "reunions of families separated by the 1950-53 war resumed": a participle phrase of the subject's noun, no verb
_BY_PARTICIPLE_GAP = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,3})?[a-z]+(?:ed|en)\s+(?:by|since|during)\s+"
                                r"(?:[\w'\u2019-]+\s+){1,5}")
_PP_GAP = re.compile(r"^\s+(?:between|with|among|involving|of|in|on|at|over|across|along|to|for)\s")
# the two sides of talks between a subject and its verb ("between U.S. President Donald Trump and North Korean leader
# Kim Jong Un")
_PARTIES_GAP = re.compile(r"\s+between\s+[^,;:()]+?\s+and\s+[^,;:()]+")
_GAP_BLOCK = re.compile(
    r'[;:!?\u201d]|"(?!\w)|\b(?:but|while|which|who|whereas|although|because|whom|unless|if)\b'
    r"|(?<!such )(?<!as well )(?<!\bas )\bas\s+(?:the\s+|a\s+|an\s+|\w+\s+){0,3}$"
)  # "exploded on Aug. 4 as South Korean soldiers patrolled": "as" opens a clause of its own
# (not a part of a hyphenated name: "President Moon Jae-in's offer")
_GAP_PREP = re.compile(
    r"(?<![\w-])(?:along|across|near|toward|towards|against|in|into|over|about|through)(?![\w'\u2019-])")
# words that may stand before such a preposition without being the verb's object ("work in the complex")
_GAP_GENERIC = re.compile(
    r"(?:(?:all|the|its|their|some|most|further|remaining|again|back|fully|completely|partly|temporarily|new)\s*)*"
    r"(?:work|works|operations?|activities|activity|production|business|sections?|parts?|portions?|participation|"
    r"investments?|"
    r"segments?|stretches|ones?|those|all|both|it|them|this|that)?"
)
# "suspended the rest of it": a pronoun object after a partitive of three words
_REST_OF_GAP = re.compile(r"\s+the\s+(?:rest|remainder)\s+of\s+")
_COORD = re.compile(r"(?:\band|\bor|,)\s")
_TIME_THEN_COORD = re.compile(
    r"^\s*(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|"
    r"year)\s+and\s+$"
)
_COORD_ONLY = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:\w+ly\s+|then\s+|later\s+)?$")
# ", on Sept 17 and Sept 24," / ", in June," between a subject and its verb: the dates of the subject's event
_DATE_PARENTHETICAL = re.compile(
    r",\s*(?:on|in)\s+(?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s+and\s+(?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2})?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{4}|\s+(?:last|that|this)\s+year)?|\d{4})\s*,"
    # ", last May,", ", last year,": a relative date set off by commas
    r"|,\s*(?:last|that|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\s*,"
)


def _parentheticals_out(gap: str) -> str:
    """``gap`` without the relative, participle, date and place phrases set off by commas."""
    return _PLACE_PARENTHETICAL.sub(" ", _DATE_PARENTHETICAL.sub(" ", _PARENTHETICAL.sub(" ", gap)))


# a site right after a groundbreaking ("on the shipyard", "there")
_SITE_AFTER = re.compile(r"\s+(?:(?:on|for|at)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?=[\w-]+\b)|there\b)")
# nouns whose object follows "for": "the groundbreaking for the railway"
_FOR_NOUNS = frozenset({"break ground"})
# ... and "from" after a withdrawal from a treaty ("its withdrawal from the Nuclear Nonproliferation Treaty"; not "the
# withdrawal from the Kaesong park", told by its own verb)
_FROM_NOUNS = frozenset({"withdraw"})
_FROM_NOUN_OBJECTS = frozenset({"npt"})
# goods and property a participle "left" follows ("equipment left behind at the park", "the assets left in the zone")
_THINGS_LEFT = re.compile(
    r"\b(?:equipment|goods|assets|property|properties|materials|machinery|machines|products|facilities|belongings|"
    r"items|inventory|vehicles|stock|supplies|finished\s+products|raw\s+materials)\s+$"
)
# ", also in Beijing," between a subject and its verb
_PLACE_PARENTHETICAL = re.compile(r",\s*(?:also\s+|again\s+|both\s+)?(?:in|at)\s+[a-z .'\u2019-]{2,40},")
_QUOTED_MODIFIER = re.compile(r"(?<=\s)[\"\u201c][\w' -]{1,30}[\"\u201d]\s*$")  # right before the object
_COORD_PARTICIPLE = re.compile(  # ("... and was partly restored in January")
    r"(?:\band|\bor|\bbut|,)\s+(?:\w+ly\s+|later\s+|then\s+)?(?:(?:was|were|had been|has been|have been)\s+"
    r"(?:\w+ly\s+|later\s+|then\s+|again\s+)?)?$"
)
# between a pronoun subject and its verb without object: "They never resumed", "It quickly reopened"
_PRONOUN_ADVERBS = re.compile(
    r"\s+(?:(?:never|not|again|also|later|then|soon|quickly|finally|eventually|only|did|do|does|have|has|had|"
    r"would|will|could|(?:didn|haven|hasn|hadn)['\u2019]t)\s+){1,2}"
)
# a verb coordinated with an earlier one, sharing its subject: "..., and came back", "..., went quiet again"
_COORD_VERB_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+|but\s+|then\s+)?|\s(?:and|but)\s+)(?:later\s+|then\s+|\w+ly\s+)?"
    r"(?:(?:did|does|do|has|have|had|would|could|will|may|might|should)\s+"
    # "... and are to resume", "... and are scheduled to resume on June 20"
    r"|(?:are|is|was|were)\s+(?:(?:scheduled|set|due|expected|slated|likely|going)\s+)?to\s+)?(?:not\s+|never\s+)?$"
)
# "... before reopening", "... after resuming": a gerund with the subject of the verb before it
_BEFORE_GERUND = re.compile(r"\s(?:before|after)\s+$")
# "pulled out | of the office": a preposition right after the verb, no object of its own
_PREP_AFTER_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:of|from|for|to|at|in|on)\b")
# a form of "be" right before a participle: a passive ("had been frozen", "were quietly closed")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
_ONLY_TO = re.compile(r",\s*only\s+to\s+(?:\w+ly\s+)?$")


# "... is the one the North cut", "... was one of the channels that Pyongyang severed": group 1 is the relative
# clause's subject (_pair_copular_one)
_COPULAR_ONE = re.compile(
    r"\b(?:is|was|are|were)\s+(?:the\s+one|one\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:channels|lines|links|hotlines|offices|projects|talks))\s+(?:that\s+|which\s+)?"
    r"((?:[\w'\u2019.-]+\s+){0,3}?[\w'\u2019.-]+)\s+(?:(?:had|has|have|then|later|\w+ly)\s+){0,2}$"
)
# "the accord he and Roh signed": the subject of a relative clause without "that" (_pair_contact_relative)
_CONTACT_GAP = re.compile(
    r"\s+((?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+)\s+(?:(?:had|has|have|would|will|then|later|\w+ly)\s+){0,2}"
)
# a subordinate clause's opening and subject between an object and an intransitive verb ("... the border after
# Seoul restarted"): the verb is not the object's
# a subordinate clause's opening right before a subject of its own ("... when allied drills | began")
_OPENS_OWN_CLAUSE = re.compile(
    r"\b(?:when|after|before|as|because|while|until|once)\s+(?:[\w'\u2019-]+\s+){0,2}$"
)
# "<talks> | lasted about five hours and | ended ...": a past-tense verb, a few words without a clause of their own,
# then "and" before the verb
_SHARED_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:[a-z]+ed|met|began|ran|went|sat|held|saw|took)"
    r"(?:\s+(?!(?:and|but|or|which|who|that|after|before|when|while|because|as)\b)[\w'\u2019.:-]+){0,6}\s+and\s+"
    r"(?:then\s+|later\s+|finally\s+|eventually\s+)?"
)
_OWN_SUBJECT_GAP = re.compile(
    r"\b(?:after|before|when|until|because|while|once|unless|although|though)\s+(?:the\s+)?"
    r"(?!(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|this|next|a\b|an\b))"
    r"[\w'\u2019-]+\s+(?:[\w'\u2019-]+\s+)?$"
)
# "the hotline so that it can | return the body": a clause with a pronoun subject of its own between a noun and the
# verb
_PRONOUN_SUBJECT_GAP = re.compile(
    r"\bthat\s+(?:it|they|he|she|we)\s+(?:can|could|will|would|may|might|should|must|be)\b[\w\s'\u2019-]{0,24}$"
)
# a time phrase set off by commas between a subject and its verb ("the last round of talks, in July, broke up")
_TIME_APPOSITIVE = re.compile(
    r",\s*(?:(?:in|on|since|during|early|late|last|earlier|later|this|that)\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4}|year|month|week|spring|summer|autumn|fall|winter)\s*,\s*$"
)
_CONTACT_DETERMINERS = frozenset("the their his her its both two our".split())
# the rest of a relative clause without "that" after its verb, up to the head's own auxiliaries ("[Liaison offices
# the two sides set] up at Panmunjom in 1992 have been [shut]")
_THAT_AFTER = re.compile(r"\s+(?:that|which)(?=\s)")
# (a phrase of place of up to five words: "that the two sides set up at the truce village of Panmunjom in 1992")
_CONTACT_CLAUSE_REST = re.compile(
    r"(?:\s+(?:up|off|down|out))?(?:\s+(?:in|on|at|last|during|along|across|between)"
    r"(?:\s+(?!(?:to|once|after|before|when|and|but|because|while|until|if|as|that|which)\b)[\w.'\u2019-]+){1,5})"
    r"{0,2}\s+(?:(?:has|have|had|was|were|is|are)\s+(?:not\s+|never\s+)?(?:been\s+)?)?(?:\w+ly\s+)?"
)


def _untimed(gap: str) -> str:
    """The gap before an intransitive verb without a time phrase set off by commas at its end."""
    m = _TIME_APPOSITIVE.search(gap)
    return gap if m is None else gap[: m.start()] + " "


_CONTACT_NOT_SUBJECT = frozenset(
    "of in on at to for with from by over about between after before since during until under into as than "
    "is are was were be been said says that which who whom not no but or nor if when while last this next "
    "year years month months week weeks day days".split()
)
# a time named with a determiner right after the verb: "It reopened that September", "resumed the same month"
_THAT_TIME_AFTER_VERB = re.compile(
    r"\s+(?:that|the\s+same|the\s+following|the\s+next)\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|year|month|week|day|spring|summer|autumn|fall|winter|morning|afternoon|"
    r"evening|night|weekend)\b"
)
_TIME_PREP_IN_GAP = re.compile(r"\b(?:after|before|since|following)\s")
_TIME_PREP_END = re.compile(
    r"\b(?:after|before|since|until|following|during|amid)\s+(?:(?:a|an|the|its|their|his|her|first|second|"
    r"third|fourth|fifth|last|latest|next|new|another)\s+){0,2}$"
)
# a base form that is also a common noun is a verb only after "to", a modal or "not" ("to ship rice", not "the
# first ship to carry the rice")
_BASE_VERB_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|could|can|may|might|must|should|shall|not|did|does|do)|n['\u2019]t)\s+$"
)
# (", on May 26 at the resort,", ", between vice ministers in Kaesong in December,")
_PLACE_APPOSITIVE_BEFORE = re.compile(r",\s*(?:in|at|on|between|during)\s+[^,;:\"\u201c\u201d]{2,60},\s*$")
_OF_END = re.compile(r"\sof\s+(?:the\s+)?$")
_PREP_END = re.compile(r"\b(?:in|at|near|to|from|of|into)\s+$")
# the same between a head noun and the noun of its topic ("talks | on resuming the | reunions")
_TOPIC_GERUND_GAP = re.compile(r"\s+(?:on|about|over)\s+[a-z]{3,}ing\s+(?:(?:the|a|an|its|their)\s+)?")
# "Talks between Washington and Pyongyang on the | nuclear programme | were suspended": talks and their topic noun
_TOPIC_NOUN_GAP = re.compile(
    r"\s+(?:between\s+[^,;:]{1,60}?\s+)?(?:on|about|over)\s+"
    r"(?:(?:the|a|an|its|their|[\w.-]+(?:'s|\u2019s))\s+)?(?:[\w'\u2019-]+\s+){0,3}"
)
_TOPIC_HEADS = frozenset({"talks", "summit"})
#: objects of a step on the way to an event, never what a later verb of the sentence acts on ("the lists of
#: participants had been exchanged when the North announced it was postponing the event": the reunions)
SIDE_STEPS = frozenset({"family_lists"})
# "Talks on the cross-border rail and | road links that had been due to open ...": the second noun of a topic
_TOPIC_COORD_END = re.compile(r"\s(?:on|about|over)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){1,3}(?:and|or)\s+$")
_TOPIC_GERUND_BEFORE = re.compile(r"\b(?:on|about|over)\s+$")
_TOPIC_GERUND_END = re.compile(r"\s(?:on|about|over)\s+[a-z]{3,}ing\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?$")


# adverbs that stand before a verb, never before a noun: "which the North also cut in February"
_VERB_ADVERBS = frozenset({"also", "again", "never", "already", "just", "later"})


# "has not picked up", "stopped answering", "never answered": a reply that did not come
_NOT_REPLYING = re.compile(
    r"\b(?:not|never|n['\u2019]t|stopped|stop|stops|ceased|refused\s+to|failed\s+to)\s+(?:\w+\s+)?$")


#: the object of a reduction: "cut | the number of its citizens ...", "reduced | the size of the delegation"
_QUANTITY_OBJECT = re.compile(r"\s+(?:back\s+)?(?:the|its|their)\s+(?:number|size|amount|frequency|scale)\s+of\b")


# "kept it dead", "kept them shut": a pronoun object in a state of being cut
_KEPT_CUT = re.compile(r"\s+(?:it|them)\s+(?:silent|dead|cut|closed|shut|severed|disconnected)\b")
_IT_NEXT = re.compile(r"\s+(?:it|them)\b")


def _opposite(a: Pattern | None, b: Pattern | None) -> bool:
    """Are ``a`` and ``b`` a break and a restoration of the same object ("ended ... to relink the railway")?"""
    return a is not None and b is not None and {a.category, b.category} == {"break", "restoration"}

# "of Yeonpyeong Island", "of the South Korean island of Yeonpyeong": a place named after an attack's noun
# a clash that is a fight of the armed forces, not a quarrel ("a deadly naval clash", "a clash between the two navies
# near the sea border"; not "clashes over the agenda")
_ARMED_BEFORE = re.compile(
    r"\b(?:naval|armed|military|border|deadly|fatal|bloody|maritime|navy|sea|gun)\s+(?:[a-z-]+\s+)?$"
)
_ARMED_AFTER = re.compile(
    r"\s+(?:between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?(?:navies|militaries|troops|soldiers|warships|patrol\s+boats|"
    r"forces|border\s+guards)|(?:in|near|off|along)\s+(?:the\s+)?(?:yellow\s+sea|west\s+sea|sea\s+border|"
    r"western\s+sea\s+border|disputed\s+sea\s+border|maritime\s+border|northern\s+limit\s+line|nll)\b)"
)
_OF_PLACE_NAME = re.compile(
    r"\s+of\s+(?:the\s+(?:[a-z-]+\s+){0,3}?(?:[A-Z][\w-]*\s+){0,2}island\s+of\s+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]"
)


class PairingMixin:
    """The pairing rules of the event sentence reader (mixed into ``events._SentenceReader``): :meth:`_pair`
    gives the pattern, object span and mode (active, passive, intransitive, relative, nominal, ...) of a
    trigger, or None when it is no event (a noun, an adjective, a participle describing its noun)."""

    def _noun_slot(self, pos: int, cls: str | None = None, subject: bool = False) -> bool:
        """Does the word at ``pos`` follow a determiner or an -ed modifier ("the", "a scheduled")? An offer also
        after a possessive ("Seoul's proposal") or a determiner and names or modifiers ("a North Korean offer");
        the ``subject`` of a later verb also after a possessive or a modifier ("the generals' previous meeting,
        in July, broke down"); the object of a verb that breaks or restores talks after a determiner and one
        lower-case modifier ("postponed a subcommittee meeting", "skipped the fifth meeting")."""
        prev = self.low[:pos].split()[-1:]
        if not prev:
            return False
        if prev[0] in _DETERMINERS or prev[0].endswith("ed") or prev[0] in ("its", "their"):
            return True
        if prev[0] in _QUANTIFIERS:  # "Neither meeting took place", "each session": the noun
            return True
        if prev[0] in _ROUTINE_ADJECTIVES:  # "the weekly meeting", "their regular meetings": the noun
            before = self.low[:pos].split()[-2:-1]
            if before and (before[0] in _DETERMINERS or before[0] in ("its", "their", "his", "her")):
                return True
        if subject and prev[0].endswith(("s'", "s\u2019", "'s", "\u2019s")) and len(prev[0]) > 3:
            return True
        words = self.low[max(0, pos - 120) : pos].split()  # (the last few words are enough)
        before = words[-3:-1]
        # the object of a verb that breaks or restores talks: "skipped the fifth meeting", "postponed a subcommittee
        # meeting" (any one modifier between the determiner and the noun)
        talks_verb = len(before) == 2 and _MODIFIER_WORD.fullmatch(
            # (a place's name too: "called off the Pyongyang meeting"; "cancelled the Singapore meeting" is the summit
            # held abroad, events._SentenceReader._mention)
            self.text[max(0, pos - 60) : pos].split()[-1].lower()) is not None and any(
            (form := self.vocab.forms.get(verb)) is not None and form.verb
            and (tp := self.vocab.pattern(form.lemma, "talks")) is not None and tp.category in ("break", "restoration")
            # ("put off a subcommittee meeting", "pulled out of the four-day meeting": a particle verb before "of")
            for verb in (before[0], " ".join(words[-4:-2])) + (
                (" ".join(words[-5:-3]),) if before[0] in ("of", "from") else ())
        )
        determined = bool(before) and (
            before[-1] in _DETERMINERS or before[-1].endswith(("s'", "s\u2019", "'s", "\u2019s")))
        if determined and (talks_verb or subject and (prev[0] in _NOUN_MODIFIERS or _NUMBERED.fullmatch(prev[0]))):
            return True  # (the subject of a later verb: "the generals' previous meeting, in July, broke down")
        if cls != "offers":
            return False
        words = self.text[:pos].split()[-4:]
        names = False
        for k, w in enumerate(reversed(words)):
            lw = w.lower()
            if lw.endswith(("'s", "\u2019s")) and len(lw) > 2:
                return not names  # "Seoul's offer", "Moon's new offer" (not "S.Korea's Kim offers": a verb)
            names = names or w[:1].isupper()
            if k and (lw in _DETERMINERS or lw in ("its", "their", "his", "her")):
                return True
            if not (w[:1].isupper() or lw in _NOUN_MODIFIERS or "-" in lw) or k == 3:
                return False
        return False

    # ----------------------------------------------------------------------------------- pairing
    @staticmethod
    def _resolve_overlaps(trigs: list[_Trig], objs: list[tuple[int, int, str]]):
        keep_t, keep_o = [], []
        for t in trigs:
            if any(s <= t.start and t.end <= e and (e - s) > (t.end - t.start) for s, e, _ in objs):
                continue
            keep_t.append(t)
        for o in objs:
            if any(t.start <= o[0] and o[1] <= t.end and (t.end - t.start) >= (o[1] - o[0]) for t in keep_t):
                continue
            keep_o.append(o)
        return keep_t, keep_o

    def _is_noun_reading(self, t: _Trig) -> bool:
        if not t.form.noun:
            return False
        if not t.form.verb and not t.form.participle:
            return True
        prev = self.low[: t.start].split()[-1:] or [""]
        if prev[0] in ("had", "has", "have", "was", "were", "been", "be", "is", "are", "to", "would", "will"):
            return False  # "had cut in May": a verb form
        if t.form.lemma == "clash" and _ARMED_BEFORE.search(self.low, max(0, t.start - 30), t.start):
            return True  # "a deadly naval clash", "naval clashes in 1999 and 2002": the noun after its adjective
        if t.form.participle and prev[0].endswith(","):
            return False  # "The hotline, cut in 1976, ...": a participle after its noun and a comma
        if prev[0] in _VERB_ADVERBS and (self.low[: t.start].split()[-2:-1] or [""])[0] not in (
            "the", "a", "an", "its", "their", "his", "her"
        ):
            return False  # "which the North also cut in February" (not "the later cut in aid")
        if prev[0] in ("it", "they", "he", "she", "we", "which", "who") or any(
            0 <= t.start - (a.end - self.offset) <= 1 for a in self.actors
        ):
            return False  # "which the North cut in March", "after it cut in": a verb after its subject
        if any(
            re.fullmatch(r"\s", self.low[e : t.start]) and not self.low[s:e].endswith("s") for s, e, _c in self.objs
        ):  # "an ICBM launch", "its sixth nuclear test": a singular object before the noun is its modifier
            return True
        if not t.form.participle and t.text.lower() == t.form.lemma and prev[0].isalpha() and (
            self.low[: t.start].split()[-2:-1] or [""]
        )[0] in _DETERMINERS:
            return True  # "the entry ban", "a travel ban": a base form after a determiner and a noun is a noun
        if t.text.lower().endswith("ing") and _BEFORE_GERUND.search(self.low, max(0, t.start - 10), t.start) and not (
            re.match(r"\s+of\b", self.low[t.end :])
        ):
            return False  # "stood idle before reopening in September": a gerund after "before" is a verb
        return (
            prev[0] in ("the", "a", "an", "its", "their", "his", "her")
            or re.match(r"\s+(?:of|in)\b", self.low[t.end :]) is not None
        )

    def _bare_noun(self, t: _Trig) -> bool:
        """A verb form with no noun reading in the vocabulary, right after an article, is a noun that is no
        event ("the blast was caused by ...", "a fire broke out")."""
        if t.form.noun or t.form.participle:
            return False
        lemma = self.vocab.lemmas.get(t.form.lemma)
        if lemma is not None and lemma.noun_base and t.text.lower() == lemma.name and not _BASE_VERB_BEFORE.search(
            self.low, max(0, t.start - 12), t.start
        ):
            return True  # "the first ship to carry the rice": a noun
        prev = self.low[: t.start].split()[-2:]
        if prev and prev[-1] in ("the", "a", "an", "no"):
            return True  # ("has given no sign that it wants them back": a noun)
        words = self.low[max(0, t.start - 60) : t.start].split()[-4:]
        if len(words) == 4 and words[0] in ("the", "a", "an") and words[2] == "and" and (
            words[1].isalpha() and words[3].isalpha() and self.low.startswith(" of ", t.end)
        ):
            prev = words[:1] + words[3:]  # "the western and eastern ends of the border": two adjectives, one noun
        # "the eastern end of the border": an article and an adjective before, "of" after
        return len(prev) == 2 and prev[0] in ("the", "a", "an") and prev[1].isalpha() and (
            self.low.startswith(" of ", t.end) and not self.low.endswith("ing", t.start, t.end)
        )  # ("an emergency meeting of officials" is a meeting)

    def _close_to(self, t: _Trig) -> bool:
        """ "sending warplanes close to the border", "came close to collapse": "close to" after anything but a
        modal, "to" or a subject pronoun is an adjective, no verb."""
        if t.text.lower() != "close" or not self.low.startswith(" to ", t.end):
            return False
        prev = self.low[: t.start].split()[-1:] or [""]
        return prev[0] not in _CLOSE_VERB_BEFORE

    def _attributive(self, t: _Trig) -> bool:
        """A participle used as an adjective right before its object ("the cutoff lines")."""
        if (
            not (t.form.participle or t.form.noun)
            or t.form.lemma in self.vocab.lemmas
            and self.vocab.lemmas[t.form.lemma].intransitive
            and not t.form.participle
            # (a noun of a verb intransitive only in the past stays a noun: "that closing the park would cost jobs")
            and not (self.vocab.lemmas[t.form.lemma].intransitive_past and t.form.noun)
        ):
            return False
        prev = self.low[: t.start].split()[-3:]
        if prev and prev[-1] in ("a", "an") and t.form.participle and not t.form.noun:
            return True  # "a limited number of trucks": an adjective whatever follows
        if prev and prev[-1].endswith("ly") and prev[-1] not in _LY_NOUNS:
            prev = prev[:-1]
        if prev and t.form.participle and t.text.lower().endswith(("ed", "built", "laid")) and (
            prev[-1] in _NUMBER_WORDS or prev[-1].isdigit() or prev[-1] in _PREPOSITIONS and prev[-1] != "to"
        ) and not self._date_ends_before(t):
            # "test runs on two reconnected railways", "trains on reconnected tracks", "two rebuilt lines": an
            # adjective (not after a date: "the North in 2013 suspended operations", "on April 3 barred South Koreans")
            prev = ["the"]
        if not prev or prev[-1] not in _DETERMINERS:
            return False
        if len(prev) > 1 and prev[-1] in _ADVERB_DETERMINERS and prev[-2] in _AUXILIARIES:
            return False  # "had already suspended shipments": a verb after its auxiliary, not an adjective
        for s, _e, _c in self.objs:
            if s >= t.end:
                return _words(self.low[t.end : s]) <= 2 and not _GAP_BLOCK.search(self.low[t.end : s])
        return False

    def _own_subject_before(self, t: _Trig, lemma: Lemma) -> bool:
        """Does an object of a class the verb takes as its subject (``intransitive_subjects``) stand right before it
        ("staff pulled out", "the staff abruptly pulled out")?"""
        if not lemma.intransitive or not lemma.subjects or not _PREP_AFTER_VERB.match(self.low, t.end):
            return False  # ("staff left the office": an object right after the verb is its own)
        return any(
            e <= t.start and cls in lemma.subjects and _words(self.low[e : t.start]) <= 1
            and not re.search(r"[,;:]", self.low[e : t.start])
            for _s, e, cls in self.objs
        )

    def _date_ends_before(self, t: _Trig) -> bool:
        """Does a date mention end right before the trigger ("in 2013 suspended", "on April 3 barred")?"""
        end = len(self.low[: t.start].rstrip()) + self.offset
        return any(d.end == end for d in self._date_mentions())

    def _pair(self, t: _Trig, later: list[_Trig]):
        vocab = self.vocab
        lemma = vocab.lemmas.get(t.form.lemma, Lemma(t.form.lemma))
        if self._is_noun_reading(t):
            return self._pair_noun(t)
        if self._attributive(t) or self._bare_noun(t) or self._close_to(t):
            return None
        if t.form.lemma == "leave" and t.form.participle and (
            _THINGS_LEFT.search(self.low, max(0, t.start - 30), t.start)
        ):
            return None  # "retrieve equipment left behind at the park": goods left there, nobody leaving
        q = _QUANTITY_OBJECT.match(self.low, t.end)
        if q is not None and not any(q.end() <= s <= q.end() + 24 for s, _e, _c in self.objs):
            # "has cut the number of its citizens allowed to stay": a quantity reduced, no channel cut (but "cut
            # back the number of daily border crossings" restricts the crossings)
            return None
        # 1. active: first compatible object after the verb (not after a subject the verb takes without an object:
        # "North Korean staff pulled out of the office, then came back": the staff left, and came back)
        if lemma.transitive and not self._own_subject_before(t, lemma):
            inner = [o for o in later]
            for s, e, cls in self.objs:
                if s < t.end:
                    continue
                gap = self.low[t.end : s]
                if _words(gap) > MAX_GAP or self._gap_blocked(gap, t) or _PRONOUN_GAP.match(gap):
                    break  # "called it off, citing the drills": the pronoun is the object
                if cls in ("talks", "summit") and _OCCASION_GAP.fullmatch(gap):
                    break
                if self._owned_by_later(t, s, inner):
                    break
                if ("," in gap or _ADJUNCT_AND.search(gap)) and any(
                    o.form.verb and _SUBJECT_VERB_GAP.fullmatch(self.low, e, o.start)
                    and not self.low.startswith(" by ", o.end) for o in later
                ):
                    break  # "talks resumed in Pyongyang in February, fertilizer shipments restarted in March (and
                    # reunions came back in May)": the noun after the comma is the subject of a verb of its own (not
                    # "reconnect the rail and road links severed by the war": one object, a participle after it)
                if _CLAUSE_OPENER.search(gap) and any(
                    t.end + _CLAUSE_OPENER.search(gap).end() <= o.start and o.end <= s for o in later
                ):
                    break  # "reopened in September after the North shut the complex": the later verb's object
                if any(o.start - t.end <= 1 and self.low[o.start : o.end].split()[0].endswith("ing") for o in later):
                    break  # "stopped answering calls, protesting drills": the gerund right after is the complement
                if s in self._pronouns and (_words(gap) > 2 and not _REST_OF_GAP.fullmatch(gap)
                                            or any(t.end <= o.start < s for o in later)):
                    continue  # "severed them": a pronoun object follows its verb closely
                p = vocab.pattern(lemma.name, cls)
                if p is not None and (
                    lemma.transitive_objects is not None and cls not in lemma.transitive_objects or p.subject_only
                ):
                    continue  # "returned for talks", "opened the way to reunions": not an object this verb takes
                if p is not None and self._tail_ok(p, e, (s, e)):
                    self._suppress_inside(t.end, s, later)
                    if p.obj == "victims" and p.tail is not None:
                        # ("barred South Korean officials from crossing the military demarcation line": what they
                        # were kept from is no act of theirs)
                        self._suppress_inside(e, self._tail_end(p, e), later)
                    return p, (s, e), "active"
                if p is None and cls in ("talks_delegates", "delegations") and _OUT_OF_AFTER.match(self.low, e):
                    continue  # "pulled its delegates out of the Military Armistice Commission": where they left
                if p is None and self._head_object(gap, e):
                    break  # "Seal Military Deal for Work on Border Rail Links": the deal is what is sealed
        # "..., only to go dead again": the infinitive shares the subject of the main clause
        if self._last_obj is not None and _ONLY_TO.search(self.low, max(0, t.start - 40), t.start):
            s, e, cls = self._last_obj
            p = vocab.pattern(lemma.name, cls)
            if p is not None:  # (a verb with an object of its own was paired with it above)
                return p, (s, e), "intransitive"
        # "pulled its staff out of the office, returning three days later": the staff withdrawn come back
        if lemma.name in _COME_BACK_LEMMAS and _LATER_AFTER_VERB.match(self.low, t.end) and (
            self.low[max(0, t.start - 2) : t.start] == ", " and self.low[t.start : t.end].split()[0].endswith("ing")
            or self.low[max(0, t.start - 5) : t.start] == " and " and self.low[t.start : t.end].split()[0] in (
                "returned", "came")  # ("walked out of the office on March 22(,) and came back three days later")
        ):
            staff = [(s, e, c) for s, e, c in self.objs if e <= t.start and c == "office_staff"]
            p = vocab.pattern(lemma.name, "office_staff") if staff else None
            if p is not None:
                return p, staff[-1][:2], "intransitive"
        # "has kept the tours suspended since July 2008", "left the lines cut": the object held in that state
        kept = self._held_in_state(t)
        if kept is not None:
            return kept
        # 2. passive / intransitive / relative: object before the verb
        # ("The line was cut ... in 2016, after Seoul shut the park, and was partly restored in January": ", and was"
        # goes on with the main clause's subject, not with the object just before it)
        first = (self._pair_coordinated_passive(t, lemma)
                 if _AND_AUX_BEFORE.search(self.low, max(0, t.start - 40), t.start) else None)
        back = (
            first
            or self._pair_back(t, lemma)
            or self._pair_coordinated_passive(t, lemma)
            or self._pair_coordinated_intransitive(t, lemma)
        )
        # the limits of an intransitive reading (not for a passive, whatever its subject: "the reunions, which had
        # been frozen")
        limited = back is not None and back[2] == "intransitive" and not (
            lemma.intransitive and lemma.transitive and t.form.participle
            and _BE_BEFORE.search(self.low, max(0, t.start - 24), t.start)
        )
        if limited and lemma.subjects is not None and (
            back[0].obj not in lemma.subjects or self.low[max(0, t.start - 3) : t.start] == "to "
        ):  # "told people living near the park to leave": the park does not leave; "had 72 hours to leave":
            back = None  # an order, not the departure
        elif limited and lemma.intransitive_past and (
            not (
                self.low.endswith("ed", t.start, t.end)
                or self.low[t.start : t.end] == lemma.past
                and not _BASE_VERB_BEFORE.search(self.low, max(0, t.start - 12), t.start)  # ("the park shut in April")
            )
            or _STATE_VERB_BEFORE.search(self.low, max(0, t.start - 24), t.start)
        ):  # "the road that ends at the border", "a stay ending on Sept. 23", "the park will stay closed": no event
            back = None
        if back is None and lemma.transitive and self._last_rel is not None:
            # "lines, which the North cut in June 2020 and restored in October 2021": a second verb of the relative
            # clause, right after "and", takes the antecedent too
            s, e, cls, end = self._last_rel
            if end <= t.start and _REL_COORD_GAP.fullmatch(self.low, end, t.start) and self._no_object_after(t):
                p = vocab.pattern(lemma.name, cls)
                if p is not None and self._tail_ok(p, t.end):
                    back = (p, (s, e), "relative")
        if back is not None:
            if back[2] in ("passive", "intransitive"):
                if self._last_back is not None and _OPENS_OWN_CLAUSE.search(self.low, 0, back[1][0]):
                    self._main_back = self._last_back  # (the subject before a "when" clause's own subject)
                self._last_back = (*back[1], back[0].obj)
            return back
        # 3. loose verbs: a compatible object anywhere in the sentence
        if lemma.loose and not self._own_site_after(t):
            best = None
            for s, e, cls in self.objs:
                if cls in ("office_staff", "complex_staff"):
                    continue  # (staff are a subject or an object of their own verb: "keeps its staff in Kaesong after
                    # North walks out")
                p = vocab.pattern(lemma.name, cls)
                if p is not None and self._tail_ok(p, e) and not (s >= t.end and _BY_ING.search(self.low, t.end, s)):
                    d = abs(s - t.start)
                    if best is None or d < best[0]:
                        best = (d, p, (s, e))
            if best is not None:
                return best[1], best[2], "loose"
        # 4. verbs that are events without an object
        p = vocab.pattern(lemma.name, "any")
        if p is not None and self._tail_ok(p, t.end):
            return p, None, "any"
        # 5. no object in the sentence: "Back online after 13 months", "The North stopped responding"
        return self._pair_implicit(t, lemma)

    def _head_object(self, gap: str, end: int) -> bool:
        """Is an object right after the verb (only a determiner or modifiers between) the head of its phrase
        (a preposition, a comma or the end follows)? Then it is the verb's object, and no later one is."""
        if _words(gap) > 3 or _HEAD_GAP_STOP.search(gap):
            return False
        return _HEAD_AFTER.match(self.low, end) is not None

    def _pair_implicit(self, t: _Trig, lemma: Lemma):
        """A verb with no object of its own reads the channel of the previous sentence when it stands first
        in a verbless fragment (a headline, a bullet), or is a loose verb ("stopped responding")."""
        head = self.low[: t.start]
        opening = not head.strip(" \t\n-\u2022*\u2014:\"\u201c'")
        if not (lemma.loose or (opening and not lemma.transitive)):
            return None
        if any(s < t.start for s, _e, _c in self.objs) and not lemma.loose:
            return None
        ref = self._prev_referent()
        if ref is None and lemma.name in ("answer", "pick up") and self.ctx.last_line is not None and (
            _NOT_REPLYING.search(self.low, max(0, t.start - 30), t.start)
        ):
            # "The Panmunjom hotline came back ... . [...] since North Korea stopped picking up in February 2016": a
            # reply verb with nothing in reach to reply to is about the line the article named last
            ref = (self.ctx.last_line, "")
        if ref is None:
            return None
        p = self.vocab.pattern(lemma.name, ref[0])
        if p is None or p.category not in ("break", "restoration"):
            return None
        return p, None, "implicit"

    def _kaesong_city(self, s: int, e: int) -> bool:
        """Is "Kaesong" here the city, named after a preposition ("talks in the city of Kaesong", "the office in
        Kaesong"), not the joint park?"""
        return self.low[s:e] == "kaesong" and _PREP_END.search(self.low, max(0, s - 8), s) is not None

    def _pair_back(self, t: _Trig, lemma: Lemma):
        vocab = self.vocab
        before = [(s, e, c) for s, e, c in self.objs if e <= t.start
                  and (c not in SIDE_STEPS or vocab.pattern(lemma.name, c) is not None)]
        if not before:
            return None
        if (one := self._pair_copular_one(t, lemma, before)) is not None:
            return one
        rel = _REL_BEFORE_END.search(self.low, max(0, t.start - 80), t.start)
        if rel is not None:
            # "..., which broke down" / "the office that the North blew up": the nearest compatible object
            # before the relative pronoun is the antecedent
            at = rel.start()
            if _AND_BEFORE.search(self.low, max(0, at - 12), at):
                # "the talks that X broke off ..., and that did not resume": the first clause's antecedent
                prev = [m.start() for m in _REL_WORD.finditer(self.low, 0, at)]
                at = prev[-1] if prev else at
            in_pp = False
            for s, e, cls in reversed(before):
                if e > at or re.search(r"[;:!?\"\u201c\u201d]", self.low[e:at]):
                    continue
                pp = _PP_END.search(self.low, max(0, s - 48), s) is not None or (
                    _PLACE_OF_END.search(self.low, max(0, s - 48), s) is not None)
                p = vocab.pattern(lemma.name, cls)
                if p is not None and not self._tail_ok(p, t.end):
                    p = None  # "the railway, which Seoul began rebuilding": "start" needs its tail ("across")
                if not in_pp and not _REL_GAP.fullmatch(self.low[e:at]):
                    return None  # "The summit caps a fast thaw that began": the noun before "that" is no object
                if p is not None and pp and not in_pp and at - e <= 2:
                    # "guard posts along the border that had been dismantled": the head the phrase of place
                    # follows is the antecedent when the verb takes it too
                    head = next(
                        (o for o in reversed(before) if o[1] <= s and _PLACE_PP_GAP.fullmatch(self.low, o[1], s)),
                        None,
                    )
                    hp = vocab.pattern(lemma.name, head[2]) if head is not None else None
                    if hp is not None and self._tail_ok(hp, t.end):
                        s, e, p = head[0], head[1], hp
                if p is not None and p.action == "open" and self._kaesong_city(s, e):
                    p = None  # "talks in the city of Kaesong that opened on May 16": the city, no park that opened
                if p is not None and not (in_pp and pp):
                    subj_rel = lemma.intransitive or (t.form.participle and _AUX.search(rel.group()))
                    if not lemma.intransitive and not _AUX.search(rel.group()):
                        return None  # "Red Cross talks that ended on Aug 28": the talks end, nobody ends them
                    return p, (s, e), "intransitive" if subj_rel else "relative"
                if at - e <= 2:
                    # "guard posts along the border that had been dismantled": past a noun inside a phrase, to
                    # a noun that is not in one; "... at the resort in reunions that ended": nothing
                    if not pp:
                        return None
                    in_pp = True
            return None
        rel = _REL_SUBJ.search(self.low, max(0, t.start - 200), t.start) if lemma.transitive else None
        if rel is not None and self._is_subject_phrase(rel.start(1), rel.end(1)):
            for s, e, cls in reversed(before):
                if e > rel.start() or re.search(r"[;:!?\"\u201c\u201d]", self.low[e : rel.start()]):
                    continue
                p = vocab.pattern(lemma.name, cls)
                if p is not None and self._tail_ok(p, t.end) and not (p.action == "open" and self._kaesong_city(s, e)):
                    # ("the office in Kaesong, which the two sides opened in 2018": the office, not the city)
                    return p, (s, e), "relative"
                if not (_PP_END.search(self.low, max(0, s - 48), s) or _OF_END.search(self.low, max(0, s - 8), s)
                        or _TOPIC_GERUND_END.search(self.low, max(0, s - 48), s)):
                    break  # "a hotline used to clear traffic to Kaesong, which the North cut": past the phrase
                    # (not past the topic of talks: "talks on exchanging special envoys, which the North called off")
                # ("the overland passage of South Koreans, which it curtailed": the passage)
        contact = self._pair_contact_relative(t, lemma, before)
        if contact is not None:
            return contact
        # "..., due to start Wednesday, has not been canceled": the appositive ends before the auxiliaries
        aux = _AUX_TAIL.search(self.low, max(0, t.start - 60), t.start)
        head_end = aux.start() if aux else t.start
        # (a list of days before the verb is one phrase: "Talks on June 11, June 19 and July 2 ended")
        low = self._delisted() if "," in self.low[before[-1][1] : t.start] else self.low
        app = (
            _APPOSITIVE_BEFORE.search(low, max(0, head_end - 200), head_end)
            or _PLACE_APPOSITIVE_BEFORE.search(low, max(0, head_end - 100), head_end)
            if low[:head_end].rstrip().endswith(",") else None
        )  # ("Their second summit, in Hanoi in February 2019, collapsed": a phrase of place and time set off by commas)
        if app is not None and self._series_verb_phrase(app.start(), head_end):
            return None  # "It cut them in June, reconnected them in July, went silent in August": a verb of the
            # series with its own object, no phrase set off after a subject (the series' object is the subject)
        if app is not None and any(e <= app.start() for _s, e, _c in before):
            # "Talks in Beijing, the first official dialogue in four years, broke down": the subject stands
            # before the appositive or participle phrase, and the objects inside it are not the subject
            before = [o for o in before if o[1] <= app.start()]
            if (
                len(before) > 1 and self._topic_of_talks(before)
                and vocab.pattern(lemma.name, before[-2][2]) is not None
            ):  # ("Talks ... on the nuclear programme, which opened on Friday, were suspended")
                before = before[:-1]
            s, e, cls = before[-1]
            gap = _parentheticals_out(low[e : app.start()]) + " " + low[head_end : t.start]
        else:
            while len(before) > 1 and _PLACE_OF_HEAD.fullmatch(self.low, before[-2][1], before[-1][0]) and (
                vocab.pattern(lemma.name, before[-2][2]) is not None and _PLACE_PREP.match(self.low, before[-2][1])
            ):  # "The joint liaison office in Kaesong has been closed since January": the office, not its place
                before = before[:-1]
            if len(before) > 1 and before[-1][0] not in self._pronouns and (
                _TOPIC_GERUND_GAP.fullmatch(self.low, before[-2][1], before[-1][0])
                or self._topic_of_talks(before) and "," not in self.low[before[-1][1] : t.start]
            ) and vocab.pattern(lemma.name, before[-2][2]) is not None:
                # "Red Cross talks on resuming the reunions did not take place", "Talks on the nuclear programme
                # were suspended": the talks, not their topic
                before = before[:-1]
            s, e, cls = before[-1]
            gap = _parentheticals_out(low[e : t.start])
        if re.search(r"[;!?\"\u201c\u201d]|:(?!\d)", gap):  # (not a clock's colon: "ran from 10:05 a.m. until ...")
            return None
        p = vocab.pattern(lemma.name, cls)
        if p is None and lemma.intransitive:
            # "the meetings at Kaesong broke down": the object inside the prepositional phrase is no subject
            for s2, e2, cls2 in reversed(before[:-1]):
                gap2 = _untimed(low[e2 : t.start])
                if app is not None and e2 <= app.start() and any(e <= app.start() for _s, e, _c in before):
                    # ("Working-level talks on exchanging special envoys, which the North called off in November,
                    # resumed in March": the phrase set off by commas stands between the subject and its verb)
                    gap2 = _untimed(_parentheticals_out(low[e2 : app.start()]) + " " + low[head_end : t.start])
                if _scheduled_gap(gap2):  # "talks that were due to open in Kaesong on Friday did not take place"
                    p2 = vocab.pattern(lemma.name, cls2)
                    if p2 is not None and self._tail_ok(p2, t.end):
                        return p2, (s2, e2), "intransitive"
                    if p2 is None and (_PP_END.search(self.low, max(0, s2 - 48), s2)
                                       or _TOPIC_GERUND_END.search(self.low, max(0, s2 - 48), s2)
                                       or _TOPIC_COORD_END.search(self.low, max(0, s2 - 48), s2)):
                        continue  # ("Talks on (reconnecting) the railways that were due to open ...": their topic)
                    break
                if re.search(r"[,;:!?\"\u201c\u201d]", gap2):
                    break
                held = _HELD_GAP.match(gap2)
                if held and _words(gap2) <= 2 * MAX_GAP and not _FINITE_IN_GAP.search(gap2, held.end()):
                    # "vice-ministerial talks held in the North's border city of Kaesong in December collapsed":
                    # a participle phrase placing the subject, then its verb
                    p2 = vocab.pattern(lemma.name, cls2)
                    if p2 is not None and self._tail_ok(p2, t.end):
                        return p2, (s2, e2), "intransitive"
                if not _PP_GAP.match(gap2):
                    if _PP_END.search(self.low, max(0, s2 - 48), s2):
                        continue  # "talks on the Olympics held in Lausanne ... broke down": past a noun in a phrase
                    break
                if _words(gap2) > 2 * MAX_GAP and (_words(gap2) > 3 * MAX_GAP or _FINITE_IN_GAP.search(gap2)):
                    break  # ("talks between the two Koreas on reopening their park in Kaesong broke down": no verb)
                p2 = vocab.pattern(lemma.name, cls2)
                if p2 is not None and self._tail_ok(p2, t.end):
                    return p2, (s2, e2), "intransitive"
            return None
        if p is None and t.form.participle and len(before) > 1 and _AUX.search(gap):
            # "Tours to Mount Kumgang by ordinary South Koreans have been suspended": past the noun of a phrase
            s2, e2, cls2 = before[-2]
            p2 = vocab.pattern(lemma.name, cls2)
            gap2 = self.low[e2 : t.start]
            if app is not None and e2 <= app.start():  # ("Tours ... to Mount Kumgang, once a source of cash for the
                gap2 = low[e2 : app.start()] + " " + low[head_end : t.start]  # North, have been suspended")
            if p2 is not None and self._tail_ok(p2, t.end) and (
                _PP_BEFORE_AUX.match(gap2) or _REL_CLAUSE_BEFORE_AUX.match(gap2)
            ) and _words(gap2) <= 2 * MAX_BACK_GAP and "," not in gap2:
                # ("The tours that once carried South Koreans there were halted": past the relative clause's noun)
                return p2, (s2, e2), "passive"
        if p is not None and lemma.transitive_objects is not None and cls not in lemma.transitive_objects and (
            t.form.participle and _AUX.search(gap)
        ):
            return None  # a passive is a transitive reading: "the channel that they be rescued and returned"
        reduced = self._reduced_relative(t, gap, p)
        if reduced or self._ordered_done(t, s, gap, p):
            return p, (s, e), "passive"
        if p is None or not self._tail_ok(p, t.end, (s, e)):
            return None
        n = _words(gap)
        if t.form.participle and (
            _AUX.search(gap) or _REMAIN_GAP.search(gap) and _SINCE_OR_AS_SINCE_AFTER.match(self.low, t.end)
        ) and (
            n <= MAX_BACK_GAP or _PP_BEFORE_AUX.match(gap) and n <= 2 * MAX_BACK_GAP and "," not in gap
            or _scheduled_gap(gap)  # "A meeting between the two that was set for last Thursday was postponed"
        ):  # "Tours to the Mount Kumgang resort have been suspended": a prepositional phrase before the verb
            return p, (s, e), "passive"
        if (t.form.participle or lemma.intransitive) and self._relative_clause_verb(t, e) is not None:
            return p, (s, e), "passive" if t.form.participle else "intransitive"
        if s in self._pronouns and lemma.transitive and not (
            lemma.intransitive and (_words(gap) == 0 or _PRONOUN_ADVERBS.fullmatch(gap)) and self._no_object_after(t)
        ):  # "it reopened the office": "it" is the actor; "They resumed in Pyongyang in October": the talks
            return None
        if _COORD_ONLY.match(gap) or _TIME_THEN_COORD.match(gap):
            # "reopen the park and restart tours", "... along the border last Wednesday and resumed flights": a
            # coordinated verb, not a subject
            return None
        if lemma.intransitive and _TIME_APPOSITIVE.search(gap):
            gap = _untimed(gap)
            n = _words(gap)
        if (
            lemma.intransitive and _SHARED_SUBJECT_GAP.fullmatch(gap)
            and not any(e <= o.start < t.start for o in self.trigs)
        ):
            # "The talks lasted about five hours and ended without agreement": a first verb that is no event shares
            # its subject with the coordinated one
            return p, (s, e), "intransitive"
        if lemma.intransitive and "," not in gap and not _OWN_SUBJECT_GAP.search(gap) and not (
            _PRONOUN_SUBJECT_GAP.search(gap)
        ):
            # "talks collapsed", "the summit between Trump and Kim ended without a deal" (not "fire across the
            # border after Seoul restarted": the verb has a subject of its own)
            if n <= MAX_INTRANS_GAP or (
                (_PP_GAP.match(gap) and not _TO_THEN_INFINITIVE.match(gap) or _SUBJECT_RELATIVE_GAP.match(gap)
                 or _BY_PARTICIPLE_GAP.fullmatch(gap))
                and n <= 2 * MAX_GAP
                # ("the summit between U.S. President Donald Trump and North Korean leader Kim Jong Un collapsed": the
                # two sides named with their titles, no verb among them)
                or _PARTIES_GAP.fullmatch(gap) and n <= 3 * MAX_GAP and not _FINITE_IN_GAP.search(gap)
                # ("Rounds held on July 10 and July 15 ended without agreement": a participle placing the subject)
                or (held := _HELD_AT.match(gap)) and n <= 2 * MAX_GAP and not _FINITE_IN_GAP.search(gap, held.end())
            ):  # ("tours to the North's scenic mountain have been on hold", not "aid to North in bid to reopen")
                return p, (s, e), "intransitive"
            rel = _OBJECT_RELATIVE_GAP.fullmatch(gap)
            if rel is not None and any(e + rel.start("verb") <= o.start < e + rel.end("verb") for o in self.trigs):
                # "The hotlines that Pyongyang cut in 2020 came back in 2021": a relative clause whose verb is
                # another event of the head noun, then the head's own verb
                return p, (s, e), "intransitive"
            if _scheduled_gap(gap):
                # "talks that were due to open in Pyongyang on Monday did not take place", "the summit set for
                # June 12 will not go ahead": the schedule describes the subject
                return p, (s, e), "intransitive"
        return None

    def _topic_of_talks(self, before: list[tuple[int, int, str]]) -> bool:
        """Is the last object before the verb the topic of talks or a summit named right before it ("Talks between
        Washington and Pyongyang on the nuclear programme"), not talks itself ("talks on a meeting of ...")?"""
        return (
            before[-2][2] in _TOPIC_HEADS and before[-1][2] not in _TOPIC_HEADS
            and _TOPIC_NOUN_GAP.fullmatch(self.low, before[-2][1], before[-1][0]) is not None
        )

    def _pair_copular_one(self, t: _Trig, lemma: Lemma, before: list[tuple[int, int, str]]):
        """ "The military line is one of the channels the North cut on June 9", "The line that carried the notice is
        the one the North cut in June 2020": the relative clause after "is (one of) the ..." tells of the copula's
        subject, the sentence's first object."""
        if not lemma.transitive or t.text.lower().endswith("ing"):
            return None
        g = _COPULAR_ONE.search(self.low, max(0, t.start - 120), t.start)
        if g is None or not self._contact_subject(g) or not self._no_object_after(t):
            return None
        head = [o for o in before if o[1] <= g.start()]
        if not head or re.search(r"[;:!?\"\u201c\u201d]|,\s", self.low[: head[0][0]]):
            return None
        s, e, cls = head[0]
        p = self.vocab.pattern(lemma.name, cls)
        if p is None or not self._tail_ok(p, t.end):
            return None
        return p, (s, e), "relative"

    def _pair_contact_relative(self, t: _Trig, lemma: Lemma, before: list[tuple[int, int, str]]):
        """ "the accord he and Roh signed in Pyongyang", "the deal their leaders struck": a relative clause without
        "that", its subject between the object and a verb that takes no object of its own."""
        if not lemma.transitive or t.text.lower().endswith("ing"):
            return None
        s, e, cls = before[-1]
        if s in self._pronouns and len(before) > 1 and _words(self.low[e : t.start]) == 0:
            # "reopened the military line it cut in February": the pronoun, read as the line, is the clause's subject
            s, e, cls = before[-2]
        g = _CONTACT_GAP.fullmatch(self.low, e, t.start)
        if g is None or not self._no_object_after(t):
            return None
        pp = _PP_END.search(self.low, max(0, s - 48), s)
        if pp is not None and (not self.low[: pp.start()].strip() or self.low[: pp.start()].rstrip()[-1] in ",;:"):
            return None  # (a place phrase opening the clause: "At the office the North ..."; not "a suit over the
            # office the North blew up")
        if not self._contact_subject(g):
            return None
        p = self.vocab.pattern(lemma.name, cls)
        if p is None or not self._tail_ok(p, t.end):
            return None
        return p, (s, e), "relative"

    def _contact_subject(self, g: re.Match) -> bool:
        """Is group 1 of a ``_CONTACT_GAP`` match the subject of a relative clause without "that" ("he and Roh",
        "their leaders", "the two sides", "Pyongyang")?"""
        words = g.group(1).split()
        subject = (
            words[0] in _PRONOUNS and (len(words) == 1 or len(words) == 3 and words[1] == "and")
            or words[0] in _CONTACT_DETERMINERS and len(words) >= 2
            or self.text[g.start(1)].isupper() and words[0] not in _CONTACT_NOT_SUBJECT
        )
        return subject and not any(w in _CONTACT_NOT_SUBJECT for w in words[1:])

    def _relative_clause_verb(self, t: _Trig, e: int | None = None) -> _Trig | None:
        """The verb of a relative clause (with or without "that") between a head noun ending at ``e`` (any object
        before ``t`` when None) and the head's own verb ``t``: "Liaison offices the two sides set up at Panmunjom in
        1992 have been shut since 1996", "the lines that Pyongyang cut last year have not been restored"."""
        if t.form.noun:
            return None
        heads = [e] if e is not None else [
            oe for _s, oe, c in self.objs if oe < t.start and self.vocab.pattern(t.form.lemma, c) is not None]
        for head in heads:
            rel = _THAT_AFTER.match(self.low, head)
            at = rel.end() if rel else head
            for o in self.trigs:
                if not at < o.start < o.end <= t.start:
                    continue
                g = _CONTACT_GAP.fullmatch(self.low, at, o.start)
                if g is not None and self._contact_subject(g) and _CONTACT_CLAUSE_REST.fullmatch(
                    self.low, o.end, t.start
                ):
                    return o
        return None

    def _object_follows(self, t: _Trig, objs: list[tuple[int, int, str]]) -> bool:
        """An object the verb takes starts within three words after it ("made test runs of trains")."""
        return any(
            t.end <= s and _words(self.low[t.end : s]) <= 3 and not _BOUNDARY.search(self.low, t.end, s)
            and self.vocab.pattern(t.form.lemma, c) is not None
            for s, _e, c in objs
        ) or t.form.lemma == "stop using" and _IT_NEXT.match(self.low, t.end) is not None or (  # ("stopped using it")
            t.form.lemma == "keep" and _KEPT_CUT.match(self.low, t.end) is not None  # ("kept it dead until 1980")
        )

    def _no_object_after(self, t: _Trig) -> bool:
        """No object phrase follows the verb in its clause ("They resumed in Pyongyang in October")."""
        b = _BOUNDARY.search(self.low, t.end)
        end = b.start() if b else len(self.low)
        nc = _NEW_CLAUSE_GAP.search(self.low, t.end, end)  # ("They resumed in October, and the accord was signed
        end = nc.start() if nc is not None else end  # two months later": another clause, its own subject)
        part = _COMMA_PARTICIPLE.search(self.low, t.end, end)  # ("failed to attend last Tuesday, leaving dialogue
        end = part.start() if part is not None else end  # frozen": the participle's object is its own)
        tp = _TIME_PREP_IN_GAP.search(self.low, t.end, end)  # ("It reopened that September after months of talks":
        end = tp.start() if tp is not None else end  # the phrase of time holds its own nouns)
        words = [x.strip(".,;:!?\"'\u201d\u2019)") for x in self.low[t.end : end].split()[:3]]
        while words and words[0] in _ADVERBS_AFTER_VERB:  # "They resumed only in August 2000", "reopened again on"
            words = words[1:]
        words = words[:1] if words and words[0] else []  # (a comma or a quotation mark right after the verb ends it)
        return not any(t.end <= s < end for s, _e, _c in self.objs) and (
            not words or words[0] in _PREPOSITIONS_AFTER_VERB
            or _LATER_AFTER_VERB.match(self.low, t.end) is not None  # ("they returned three days later")
            or _THAT_TIME_AFTER_VERB.match(self.low, t.end) is not None  # ("It reopened that September")
            or _SPAN_AFTER_VERB.match(self.low, t.end) is not None  # ("It shut down for five months in 2013")
        )

    def _reduced_relative(self, t: _Trig, gap: str, p: Pattern | None) -> bool:
        """ "Tours to Mount Kumgang, suspended since July 2008, ...", "the office, closed in 2020, ...": a past
        participle right after "<object>," and followed by a preposition or a date is a passive."""
        if p is not None and self.low.endswith(" since", t.start, t.end) and _REDUCED_GAP.match(gap):
            return self._tail_ok(p, t.end)  # "the hotline, silent since February 2016, ...": a state and its start
        if (
            p is not None and p.category == "cooperation" and p.obj == "agreement" and t.form.participle
            and not gap.strip() and _REDUCED_AFTER.match(self.low, t.end) is not None and self._tail_ok(p, t.end)
            and any(0 <= d.start - self.offset - t.end and _words(self.low[t.end : d.start - self.offset]) <= 6
                    and not re.search(r"[,;:]", self.low[t.end : d.start - self.offset])
                    for d in self._date_mentions() or ())
        ):
            return True  # "an agreement reached on July 26", "the accord signed in December": the deal and its day
            # (with no date of its own, "the agreements reached by the two prime ministers" is no event of its own)
        return (
            p is not None
            and t.form.participle
            and not self.low[t.start : t.end].endswith("ing")
            and _REDUCED_GAP.match(gap) is not None
            and _REDUCED_AFTER.match(self.low, t.end) is not None
            and self._tail_ok(p, t.end)
        )

    def _ordered_done(self, t: _Trig, s: int, gap: str, p: Pattern | None) -> bool:
        """ "ordered the South's hotels at the resort torn down", "ordered them removed": the object of an order and
        the participle saying what is to be done to it (the order's status cue makes it announced). A break only:
        "ordered the channel reopened" is told with the reopening itself ("came back to life when Kim ordered it
        reopened")."""
        return (
            p is not None
            and p.category == "break"
            and t.form.participle
            and not self.low[t.start : t.end].endswith("ing")
            and _ORDER_GAP.fullmatch(gap) is not None
            and _ORDERED_BEFORE.search(self.low, max(0, s - 60), s) is not None
            and self._tail_ok(p, t.end)
        )

    def _is_subject_phrase(self, start: int, end: int) -> bool:
        """Is ``low[start:end]`` the subject of a relative clause (a pronoun, or an actor standing first)?"""
        words = self.low[start:end].split()
        if len(words) == 1 and words[0] in _PRONOUNS:
            return True
        if 2 <= len(words) <= 4 and words[-1] in _BODY_SUBJECTS and (
            words[0] in ("the", "his", "her", "its", "their") or words[0].endswith(("'s", "\u2019s"))
        ):  # "which his predecessor's government suspended", "that the previous administration signed"
            return True
        base = self.offset
        return any(a.start - base == start and a.end - base <= end for a in self.actors)

    def _pair_coordinated_passive(self, t: _Trig, lemma: Lemma):
        """ "The line was cut in June and restored in July": the second participle shares the subject."""
        if self._last_back is None or not t.form.participle:
            return None
        if not _COORD_PARTICIPLE.search(self.low[: t.start]):  # ("... opened on Friday and were suspended Saturday")
            return None
        s, e, cls = self._last_back
        p = self.vocab.pattern(lemma.name, cls)
        return (p, (s, e), "passive") if p is not None and self._tail_ok(p, t.end) else None

    def _series_verb_phrase(self, start: int, end: int) -> bool:
        """Does the stretch ", reconnected them in July 2021," (``start``..``end``) open with a verb of the sentence
        that takes an object right after it, another verb standing before it: a series of verbs, not a phrase set
        off after a subject?"""
        first = next((o for o in self.trigs if start < o.start and not self.low[start : o.start].strip(" ,")), None)
        if first is None or not any(o.end <= start and not _TOPIC_GERUND_BEFORE.search(self.low, max(0, o.start - 8),
                                                                                        o.start)
                                    for o in self.trigs):
            return False  # (a gerund naming the topic of talks is no verb of the series: "talks on resuming the tours")
        return any(first.end <= s and e <= end and _words(self.low[first.end : s]) <= 1 for s, e, _c in self.objs)

    def _pair_coordinated_intransitive(self, t: _Trig, lemma: Lemma):
        """ "The lines went dead in August, ... and came back in October", "It reconnected them in July, went
        quiet again in August": a verb that takes no object, coordinated with an earlier verb of the sentence,
        is about that verb's channel (its subject, else its object)."""
        if not lemma.intransitive or lemma.transitive and not self._no_object_after(t):
            return None
        gerund = t.text.lower().endswith("ing") and _BEFORE_GERUND.search(self.low, max(0, t.start - 10), t.start)
        if not (_COORD_VERB_BEFORE.search(self.low, max(0, t.start - 40), t.start) or gerund):
            return None
        subject = self._last_back
        candidates = [o for o in (self._last_back, self._last_obj) if o is not None]
        if gerund and subject is None:
            # ("the park stood idle for five months before reopening in September": the park reopened; the nearest
            # object before it in its clause, no verb of ours between)
            before = [o for o in self.objs if o[1] <= t.start and _words(self.low[o[1] : t.start]) <= 10
                      and not _BOUNDARY.search(self.low, o[1], t.start)
                      and not any(o[1] <= x.start < t.start for x in self.trigs)]
            if before:
                subject = max(before, key=lambda o: o[1])
                candidates.append(subject)
        if self._main_back is not None and subject is not None and _OPENS_OWN_CLAUSE.search(self.low, 0, subject[0]):
            # "The lines were restored in July, went silent in August when allied drills began, and came back in
            # October": the verb after the "when" clause goes on with the main clause's subject
            candidates.append(self._main_back)
            subject = None
        for s, e, cls in sorted(candidates, key=lambda o: o[0], reverse=True):
            # the earlier verb's subject ("talks ... broke up ..., and did not resume"), or a line it acted on
            if e > t.start or (cls not in _LINE_CLASSES and (s, e, cls) not in (subject, self._main_back)):
                continue
            p = self.vocab.pattern(lemma.name, cls)
            if p is not None and self._tail_ok(p, t.end):
                return p, (s, e), "intransitive"
        return None

    def _pair_noun(self, t: _Trig):
        vocab = self.vocab
        end = self._date_before_of(t)  # ("the reopening on Jan. 3 last year of the Panmunjom line")
        after = self.low[end:]
        m = re.match(r"\s+(?:of|in|on|to)\s+", after) or (
            # (and "at": "a groundbreaking ceremony at Panmun Station", the rail link's station)
            re.match(r"\s+(?:for|at)\s+", after) if t.form.lemma in _FOR_NOUNS
            else re.match(r"\s+from\s+", after) if t.form.lemma in _FROM_NOUNS else None
        )
        if m:
            for s, e, cls in self.objs:
                if s < end + m.end():
                    continue
                gap = self.low[end + m.end() : s]
                if '"' in gap or "\u201c" in gap:  # 'the removal of the "unpleasant-looking" facilities'
                    gap = _QUOTED_MODIFIER.sub(" ", gap)
                if _words(gap) > 4 or _GAP_BLOCK.search(gap):
                    break
                pp = _PP_END.search(self.low, end + m.end(), s)
                if pp is not None and not _GAP_GENERIC.fullmatch(self.low[end + m.end() : pp.start()].strip()):
                    break  # "a halt to hostile acts along the border": the border only places the acts (not
                    # "a complete halt to operations at the complex")
                if m.group().strip() == "from" and cls not in _FROM_NOUN_OBJECTS:
                    continue
                p = vocab.pattern(t.form.lemma, cls)
                if p is not None and self._tail_ok(p, e):  # ("a declaration on inter-Korean relations": no
                    return p, (s, e), "nominal"  # "hostile states" after it, no break)
        for s, e, cls in self.objs:  # "hotline restoration", "the office's demolition"
            if e <= t.start and re.fullmatch(r"(?:'s|\u2019s|'|\u2019)?\s+", self.low[e : t.start]):
                p = vocab.pattern(t.form.lemma, cls)
                if p is not None and self._tail_ok(p, t.end):
                    return p, (s, e), "compound"
        p = vocab.pattern(t.form.lemma, "any")
        if p is not None and p.category == "escalation" and _OF_PLACE_NAME.match(self.text, end):
            return p, None, "nominal"  # "the North's shelling of Yeonpyeong Island": an attack on a place named
        if p is not None and p.category == "escalation" and t.form.lemma == "clash" and (
            _ARMED_BEFORE.search(self.low, max(0, t.start - 30), t.start) or _ARMED_AFTER.match(self.low, t.end)
        ):
            return p, None, "nominal"  # "a naval clash in the Yellow Sea on June 29": a fight between the forces
        return None

    def _date_before_of(self, t: _Trig) -> int:
        """Where a noun event's date right after it ends when "of" and the object follow ("the reopening on Jan. 3
        of the line"); else the end of the noun."""
        m = re.match(r"\s+(?:on|in)\s+", self.low[t.end :])
        if m is None:
            return t.end
        for d in self._date_mentions():
            if d.start - self.offset == t.end + m.end() and self.low.startswith(" of ", d.end - self.offset):
                return d.end - self.offset
        return t.end

    def _held_in_state(self, t: _Trig):
        """ "Seoul has kept the tours suspended since July 2008": a participle right after the object of "keep" or
        "leave", then "since", is that object's state (read as a passive, so that "since" dates its start)."""
        if not t.form.participle or not _SINCE_AFTER.match(self.low, t.end):
            return None  # (only with the start of the state: "keeps aid frozen" alone is no event of that day)
        for s, e, cls in self.objs:
            if e <= t.start and _words(self.low[e : t.start]) == 0 and _KEEP_BEFORE.search(
                self.low, max(0, s - 40), s
            ):
                p = self.vocab.pattern(t.form.lemma, cls)
                if p is not None and p.category == "break":
                    return p, (s, e), "passive"
        return None

    def _trains_run(self, t: _Trig):
        """ "Two passenger trains crossed the border on Thursday": trains (not troops or trucks) that cross the
        border run on the rail link again, whatever follows; "trains last crossed in 2008" is the last run; a train
        service that begins (:meth:`_service_begins`) runs it again too."""
        if t.form.lemma in ("begin", "start"):
            return self._service_begins(t)
        if t.form.lemma == "run":
            return self._trains_ran(t)
        if t.form.lemma not in ("cross", "run across"):
            return None
        m = _TRAINS_BEFORE.search(self.low, max(0, t.start - 60), t.start)
        p = self.vocab.pattern(t.form.lemma, "roads_railways")
        negated = m is not None and (m.group("no") or m.group("neg") or m.group("yet"))
        if m is None or p is None or self.low.endswith("ing", t.start, t.end) or (
            not negated and (_HABIT_AFTER.match(self.low, t.end) or m.group("aux"))
        ):
            # ("trains crossed the border daily in 2008": a habit, not a resumption; "any train crossing the zone"; "the
            # first time a train has crossed the border": what is told in the perfect is so only when denied)
            return None
        if negated and _SINCE_DATE_AFTER.match(self.low, t.end):
            # "Trains have not crossed the border since June 1951", "no train has crossed it since 1951": the link
            # broke then (the negated run, as with "have not run since"); "no train has yet crossed" denies it runs
            p = self.vocab.pattern("run", "roads_railways") or p
        elif negated and _SINCE_AFTER_RUN.match(self.low, t.end):
            return None  # ("have not crossed the border since the war", "since then": no day for the break)
        obj = next(((s, e) for s, e, c in self.objs if c == "roads_railways" and t.end <= s <= t.end + 30), None)
        if obj is None:  # "trains crossed the line", "... the military demarcation line": the border itself
            b = _BORDER_AFTER.match(self.low, t.end)
            obj = b.span(1) if b else None
        if obj is not None and _LAST_TRAINS_BEFORE.search(self.low, max(0, t.start - 40), t.start):
            # "The last train crossed the line in 1951": the last run, the link ended then
            p = self.vocab.pattern("make its last run", "roads_railways") or p
        return (p, obj, "active") if obj is not None else None

    def _trains_ran(self, t: _Trig):
        """ "Freight trains ran between Munsan and Bongdong from December 2007", "test trains ran on both lines in May
        2007", "the trains finally ran on May 17": the rail link runs again; "the last train ran on Nov. 28" is its
        last run and "trains have not run since December 2008" its break. Trains that merely ran ("ran daily in
        2008", "the train that ran to the park") are no event."""
        ran = _TRAINS_AFTER_RUN.match(self.low, t.end)
        if ran is not None and not _HABIT_AFTER.match(self.low, ran.end()) and not (
            self.low.endswith("ing", t.start, t.end) and not _PHASE_BEFORE_ING.search(self.low, max(0, t.start - 20),
                                                                                      t.start)
        ):  # (not a gerund: "Running trains needs more trust", "accords on running trains"; "began running" is)
            # "agreed to run test trains on the two lines in October", "ran a test train across the border in May
            # 2007", "will test-run trains on May 25": trains run on the link (not "ran trains daily": a habit)
            obj = next(((s, e) for s, e, cls in self.objs if cls == "roads_railways" and t.end < s < ran.end()
                        and ran.start("trains") < e <= ran.end()), None)
            p = self.vocab.pattern("run", "roads_railways")
            if obj is not None and p is not None:
                return p, obj, "active"
        m = _TRAINS_RAN_BEFORE.search(self.low, max(0, t.start - 90), t.start)
        if m is None or self.low.endswith("ing", t.start, t.end):
            return None
        subject = next(((s, e) for s, e, cls in self.objs
                        if cls == "roads_railways" and s <= m.start("trains") and m.end("trains") <= e), None)
        if subject is None:
            return None
        kind, p = m.group("kind"), self.vocab.pattern("run", "roads_railways")
        if m.group("neg") and _SINCE_DATE_AFTER.match(self.low, t.end):
            pass  # (the pattern's negated reading: the break then)
        elif m.group("neg"):  # "trains have yet to run on them": not running again ("since the war": no day)
            p = self.vocab.pattern("run again", "roads_railways") if m.group("neg").startswith("yet") else None
        elif kind in ("last", "final"):
            p = self.vocab.pattern("make its last run", "roads_railways")
        elif not (kind or m.group("adv") == "finally " or _RAN_FROM_AFTER.match(self.low, t.end)
                  or _RAN_FROM_BEFORE.search(self.low, 0, m.start())):
            return None
        return (p, subject, "intransitive") if p is not None else None

    def _service_begins(self, t: _Trig):
        """ "Freight service between Munsan and Panmun began on Dec. 11": a train service as the subject right
        before "began" or "started" (not "work on the railway began": the head noun is the service or the trains)."""
        p = self.vocab.pattern(t.form.lemma, "roads_railways")
        if p is None or self.low[max(0, t.start - 3) : t.start] == "to " or self.low.endswith("ing", t.start, t.end):
            return None  # ("halt the train service starting Dec. 1": the day the halt begins)
        for s, e, cls in self.objs:
            if (
                cls == "roads_railways" and e <= t.start and _SERVICE_HEAD.search(self.low, s, e)
                and _ROUTE_GAP.fullmatch(self.low, e, t.start) and not re.search(r"[,;:]", self.low[e : t.start])
            ):
                return p, (s, e), "intransitive"
        return None

    def _tail_match(self, p: Pattern, pos: int) -> tuple[re.Match | None, str]:
        """The tail of ``p`` in the rest of the clause after ``pos`` (and that stretch of text)."""
        occasion = _AT_OCCASION_AFTER.match(self.low, pos)  # (not counted in the reach either)
        window = self.low[pos : pos + 80 + (occasion.end() - pos if occasion is not None else 0)]
        b = _BOUNDARY.search(window)
        if b is not None:
            window = window[: b.start()]
        return (p.tail.search(window) if p.tail is not None else None), window

    def _tail_end(self, p: Pattern, pos: int) -> int:
        """Where the tail of ``p`` found after ``pos`` ends (``pos`` when there is none)."""
        m, _window = self._tail_match(p, pos)
        return pos + m.end() if m is not None else pos

    def _tail_ok(self, p: Pattern, pos: int, obj: tuple[int, int] | None = None) -> bool:
        """A pattern with a ``tail`` ("reduced X to rubble") needs it within a few words after ``pos`` in the clause;
        an offer named again (``obj``) has its tail in the offer of talks made before it."""
        if p.tail is None:
            return True
        m, window = self._tail_match(p, pos)
        if m is not None and _words(window[: m.start()]) <= _TAIL_WORDS:
            return True
        occasion = _AT_OCCASION_AFTER.match(window)
        if m is not None and occasion is not None and _words(window[occasion.end() : m.start()]) <= _TAIL_WORDS:
            return True  # "declared at a party meeting in December that the Koreas were hostile states"
        return obj is not None and p.obj == "offers" and self._offer_named_before(*obj)

    def _offer_named_before(self, s: int, e: int) -> bool:
        """ "Seoul proposed talks on Monday. The North turned it down", "... The proposal was rebuffed": a pronoun
        standing for an offer, or a definite offer noun without a complement, after an offer of talks in this
        sentence or the one before."""
        if s not in self._pronouns and (
            _OFFER_DETERMINER.search(self.low, max(0, s - 40), s) is None or _OFFER_COMPLEMENT_AFTER.match(self.low, e)
        ):
            return False
        prev = self.ctx.prev_text
        return _TALKS_OFFERED.search(self.low, 0, s) is not None or (
            prev is not None and _TALKS_OFFERED.search(prev.lower()) is not None
        )

    def _gap_blocked(self, gap: str, t: _Trig) -> bool:
        """Does the gap between a verb and its object cross a clause? A closing quote mark does not when the
        quotation opened right before the verb ('would "completely cut off" roads')."""
        if _BY_ING.search(gap):  # "responded by cutting the hotline": the -ing verb takes the object
            return True
        # ("called off at the last minute a test run of trains": an adverb of time in words, no place)
        gap = _LAST_MINUTE.sub(" ", gap)
        if (
            t.form.lemma in _INFINITIVE_GOVERNORS and _TO_INFINITIVE.match(gap)
            and any(t.end < o.start < t.end + len(gap) for o in self.trigs)
        ):
            return True  # "refused to resume talks": the infinitive takes the object
        if _NEW_CLAUSE_GAP.search(gap):  # "have not been restored, and the accord sets no date": another subject
            return True
        if _AT_GAP.match(gap):  # "the motorcade stopped at the border": a place, not the verb's object
            return True
        if t.form.lemma == "leave" and _FOR_END.search(gap):
            return True  # "a train will leave Munsan for Kaesong": where it goes, not what it leaves
        at = _AT_END.search(gap)
        if at is not None and _BORDER_AHEAD.match(self.low, t.end + len(gap)) and (
            _words(gap[: at.start()]) >= 1 and not _GAP_GENERIC.fullmatch(gap[: at.start()].strip())
        ):  # "halt hostile acts at the border": the acts are the object; the border is where they are
            return True
        if _TIME_PREP_END.search(gap):  # "They broke off on Monday after a third session": a time, no object
            return True
        if _TIME_PREP_IN_GAP.search(gap):  # "Talks resumed weeks after its Feb. 12 nuclear test": the phrase of time
            return True  # holds the noun, no object of the verb
        if '"' in gap or "\u201c" in gap:  # a quoted modifier inside the phrase: 'promised "searing" consequences'
            gap = _QUOTED_MODIFIER.sub(" ", gap)
        b = _GAP_BLOCK.search(gap)
        if b is None:
            return self._prep_blocked(gap)
        if b.group() not in ('"', "\u201d") or _GAP_BLOCK.search(gap, b.end()):
            return True
        head = self.low[max(0, t.start - 40) : t.start]
        q = max(head.rfind('"'), head.rfind("\u201c"))
        if q < 0 or _words(head[q + 1 :]) > 3:  # not a scare quote opened right before the verb
            return True
        return not (q + 1 < len(head) and (head[q + 1].isalpha()) or q + 1 == len(head)) or self._prep_blocked(gap)

    def _own_site_after(self, t: _Trig) -> bool:
        """ "break ground on the shipyard", "broke ground there": a groundbreaking whose own site follows, which is
        no object of ours, takes no object from elsewhere in the sentence."""
        if t.form.lemma != "break ground":
            return False
        m = _SITE_AFTER.match(self.low, t.end)
        return m is not None and not any(s == m.end() for s, _e, _c in self.objs)

    @staticmethod
    def _prep_blocked(gap: str) -> bool:
        """ "restore trust in relations", "stop hostile acts along the border": a noun, then a preposition
        before the object; the verb's own object came first."""
        p = _GAP_PREP.search(gap)
        if p is None:
            return False
        before = gap[: p.start()].strip(" \t\n\"\u201d,")
        return _words(before) >= 1 and not _GAP_GENERIC.fullmatch(before)

    def _owned_by_later(self, t: _Trig, obj_start: int, later: list[_Trig]) -> bool:
        """Is the object after a later, coordinated verb ("restore X and develop Y": Y is develop's)?"""
        for o in later:
            if o.start >= obj_start:
                return False
            if t.end <= o.start and o.form.verb and self.low.endswith(" to ", 0, o.start) and any(
                s == obj_start and _opposite(self.vocab.pattern(t.form.lemma, c), self.vocab.pattern(o.form.lemma, c))
                for s, _e, c in self.objs
            ):
                return True  # "talks that ended Aug. 30 to relink the railway": the infinitive's object
            if t.end <= o.start and _COORD.search(self.low, t.end, o.start):
                head = self.low[t.end : o.start]
                return not _COORD_ONLY.match(head)
        return False

    def _suppress_inside(self, start: int, end: int, later: list[_Trig]) -> None:
        """Triggers between a verb and its object are modifiers ("resume previously suspended channels"),
        unless coordinated ("cut and later restored the line")."""
        for t in later:
            if start <= t.start and t.end <= end:
                if not _COORD_ONLY.match(self.low[start : t.start]):
                    t.suppressed = True
