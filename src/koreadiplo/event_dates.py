"""Which date an event mention takes (rule 5 of :mod:`koreadiplo.events`).

:class:`DateRules` holds the dating half of the sentence reader: the date mention in the trigger's clause nearest
the trigger, else one in an attached "after / before / when" clause, else the nearest in the sentence; dates that
belong to another verb, a plan, a gap ("the first ... since") or a report are skipped; month-day dates without a
year are settled by the reference chronology; a sentence without date words inherits the previous sentence's
date or falls back to the publication day with precision ``reported``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import replace
from types import SimpleNamespace

import pandas as pd

from .dates import _SAID_ON_BEFORE  # the verb of a saying right before its day ("officials said on Monday")
from .mentions import (
    _APPOSITIVE_BEFORE,
    _AUX_TAIL,
    _BOUNDARY,
    _DETERMINERS,
    _FUTURE_STATUSES,
    _NEXT_WORD,
    _NUMBER_WORDS,
    _OBJECT_RELATIVE_GAP,
    _PARENTHETICAL,
    _POSSESSIVE,
    _PREPOSITIONS,
    _REL_BEFORE,
    _REL_GAP,
    _REL_SUBJ,
    _SETTLED_CATEGORIES,
    _SUBJECT_RELATIVE_GAP,
    Mention,
    SentenceContext,
    _Trig,
    _words,
    find_date_mentions,
)

_PERFECT_BEFORE = re.compile(r"\bhave\s+(?:\w+ly\s+)?$")  # "could have returned in July": the past

#: reference rows a mention without a channel may be settled by when their category differs
_OPEN_CHANNELS = frozenset(("summit", "talks", "other", "relations", None, ""))

# "in March 2009 during drills": a word between a date and a noun that keeps the date its own
_TIME_LINKS = frozenset("during after before since until amid despite following".split())

# "the so-called May 24 measures", "the 1950-53 Korean War": a date between a determiner and a noun names the noun
# a document or meeting named by the year after "of" ("the joint declaration of 2000", "the accord of 1991")
_DOCUMENT_OF = re.compile(
    r"\b(?:declaration|declarations|accord|accords|agreement|agreements|deal|pact|statement|communique|"
    r"communiqu\u00e9|treaty|charter|summit|summits)\s+of\s+$"
)
# a date counted from the publication day ("last month", "this week", "yesterday"): never a noun's modifier
# a list of the parties to talks after the talks ("involving | the two Koreas, the United States and China"): the
# words before its first party, and what may stand between two parties of the actor vocabulary
_PARTY_LIST_OPENER = re.compile(r"\b(?:among|involving|between|with|including|grouping|bringing\s+together)\s+$")
_PARTY_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_DEICTIC_DATE = re.compile(r"(?:last|this|next|yesterday|today|tomorrow)\b(?!\s+\w+(?:'s|\u2019s|s')\s)")
_NAME_DETERMINER = re.compile(r"\b(?:the|so-called|its|their)\s+$")
_AND_YEAR = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(\d{4})\b")

# measures named by their date that are the subject of a trigger date it ("the Dec. 1 curbs had cut ...")
_DATED_CAUSES = frozenset("curbs measures restrictions ban sanctions decision order steps move crackdown".split())

_AUX_OR_ADVERB = frozenset("had has have also effectively already then largely".split())

# ... unless the word after it is a function word, a part of the day, or an event noun that may be the trigger's
# own event ("demolished in the June 16 explosion")
_NAMED_BY_DATE_NOT = frozenset(
    "and or but when after before until since as at in on of by for from to with was were is are had has have "
    "that which who while last this next morning afternoon evening night explosion explosions blast blasts attack "
    "attacks shelling launch launches test tests demolition incident clash clashes operation".split()
)

# an offer's complement up to a date: "proposal for a liaison meeting at Panmunjom on", "offer to hold talks next"
_OFFER_COMPLEMENT = re.compile(
    r"\b(?:offer|offers|proposal|proposals|request|requests|invitation|invitations)\s+(?:for|of|to)\s+"
    r"[^,;:.()]{0,40}?\b(?:meeting|meetings|talks|dialogue|round|session|summit|reunions?|visit)\b[^,;:.()]{0,50}?"
    r"\s(?:on|in|from|starting|beginning)\s+$"
)
_BARE_SINCE = re.compile(r"\s+since\s*(?:[.,;:]|$)")
# right before a verb: a break or restoration that never came, or has not come yet ("and the tours never resumed",
# "the talks have not resumed"): a state up to the publication, not dated by another clause's day (not "had not
# been restored by Monday", a past day's state; a "since" after the verb still dates its start, `_SINCE_AFTER`)
_DENIED_STATE = re.compile(r"\b(?:never|(?:has|have)\s+(?:not|never)|hasn't|haven't)\s+(?:\w+\s+){0,2}$")
_SINCE_AFTER = re.compile(r"[^,;:.]{0,60}?\bsince\b")

# "have not resumed", "has yet to reopen", "has never answered": a denial that runs up to the publication
_PERFECT_NEGATION = re.compile(
    r"\b(?:ha(?:ve|s)(?:\s+(?:still|so\s+far|yet))?\s+(?:not|never)|ha(?:ve|s)n['\u2019]t|ha(?:ve|s)\s+yet\s+to)\b"
    r"|\bnone\s+of\s+[^,;:]{0,40}?\s(?:has|have)\b"  # "none of them has been restored"
    r"|\bno\s+[^,;:]{0,40}?\s(?:has|have)\b"  # "though no train has yet crossed the line"
)

# between a contest's year and its name: nothing, or up to two capitalised words of the host ("2002 Busan")
_HOST_NAMES = re.compile(r"\s?|\s(?:[A-Z][\w'\u2019-]*\s){1,2}")
# between a verb and the noun heading its object: a determiner, then at most two modifiers ("its boycott"); after
# that noun, a prepositional phrase before the date ("of the talks | on Monday"), not a clause ("the aid Seoul offered")
_OBJECT_HEAD_GAP = re.compile(r"\s+(?:its|their|his|her|the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}")
_OBJECT_PP = re.compile(r"\s+(?:(?:of|on|in|at|with|for|over|between|from|about)\s+(?:[^,;:]{0,40}?\s+)?)?")
_ZONE_WORD = re.compile(r"\b(?:gmt|utc)\b")
# an infinitive resumed after a clause set off by commas ("agreed in October, when ..., to hold")
_COMMA_TO_BEFORE = re.compile(r",\s+to\s+$")
# a noun telling the verb's own act ("crossed the zone in a one-day test on May 17")
_IN_A_BEFORE = re.compile(r"\bin\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$")

_ATTACHED = re.compile(r"\W*(?:after|before|when|following|as|until|since)\b", re.IGNORECASE)

# an appositive that renames its noun (no verb of its own): ", the last round in 2015,", ", vice-ministerial meetings"
_NOUN_APPOSITIVE = re.compile(
    r",\s*(?:the|a|an|its|their|[a-z]+-[a-z]+|[a-z]+(?:ial|al))\s+(?![a-z]+(?:ed|en)\b)(?:[\w'-]+\s+){0,2}?[a-z]+s?\b"
)

_POSSESSIVE_S = re.compile(r"['\u2019]s\s+")
_CAUSE_BEFORE = re.compile(r"\b(?:over|for|about|despite|against|amid|protesting)\s+(?:the\s+)?(?:this|last|next)?\s*$")
# an appositive that dates its noun's own event: "the fourth round, held at Panmunjom on Wednesday, ended ..."
_OWN_DATE_APPOSITIVE = re.compile(r",\s*(?:held|convened|(?:which|that)\s+(?:was|were)\s+held)\b")

# a participle set off after an object, with a time of its own: ", made on Thursday", ", issued last week"
_PARTICIPLE_APPOSITIVE = re.compile(
    r",\s+(?:\w+ly\s+)?([a-z]+ed|made|sent|given|written|taken|put forward)\s+"
    r"(?:on|in|at|last|this|earlier|by|with|during|through)\b"
)

_BY_AGENT = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_THEN_CLAUSE = re.compile(r",\s*(?:and\s+)?then\b")

# "answered the next day | by declaring ...": the means of the verb before the date
_BY_MEANS = re.compile(r"\s*,?\s*by\s+[a-z]+ing\b")
# "did not | switch it back on until June", "had not | reopened it until": a negation right before the verb
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['\u2019]t)\s+(?:\w+\s+)?$")
_COORD_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:\w+ly\s+|then\s+|later\s+|also\s+)?(?:to\s+)?$")
# "... and threatened to | scrap the agreement": a second verb of the same subject that only gives the status
# "it would | open ...": a verb of what is planned or threatened, whose date is its own
_PLAN_AUX_BEFORE = re.compile(r"\b(?:would|will|to|could|may|might|shall)\s+$")
_COORD_INTENT = re.compile(r"\band\s+(?:\w+ly\s+)?\w+ed\s+to\s+$")
# ", and border traffic | returns", ", and the two sides | reopen": a coordinated clause's subject before its verb
_COORD_SUBJECT_BEFORE = re.compile(r",\s*(?:and|but)\s+(?:[a-z'\u2019-]+\s+){1,4}$")

# ", and the delegates settled ...": a coordinated clause with a subject of its own (a determiner, up to three
# words, then a verb), not another item of a list ("..., and the military line on June 9")
_AND_NEW_CLAUSE = re.compile(
    r",\s*(?:and|but|so)\s+(?:(?:the|a|an|its|their|his|her|both|two)\s+(?:[a-z'-]+\s+){0,4}?"
    # (or a bare plural subject with its own phrase: "..., and plans for a celebration of the summit in 2000 fell
    # through this month")
    r"|[a-z]+s\s+(?:for|of|on|over|with|to)\s+(?:[\w'\u2019-]+\s+){1,16}?)"
    r"(?:was|were|had|has|have|is|are|will|would|could|said|met|left|went|came|took|gave|made|kept|fell|broke|"
    r"began|held|sent|froze|ran|lost|stood|[a-z]+ed)\b"
)

# a main clause in the present after an opening "<N> <unit>s after ..., " ("the phones are still silent")
_PRESENT_MAIN = re.compile(r"[^,;.:]{0,80}?\b(?:is|are|remains?|has|have|stays?|still)\b")
_SUB_OFFSET = re.compile(
    r"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|the(?=\s+(?:day|week|month|year)\s))"  # ("the day after")
    r"\s+(day|week|month|year)s?\s+(after|before|since)\s+"
    r"(?!(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))"
)

# "at their April 27 summit": the meeting at which something was done
#: the nouns of a meeting at which something was said, agreed or done ("at those talks", "at their April 27 summit")
MEETING_NOUNS = (r"(?:meetings?|talks|summits?|sessions?|rounds?|conferences?|negotiations|encounter|gathering|"
                 r"plenum|plenary)")
# a phrase opening the sentence on a meeting ("At their first talks in two years, held ... on Jan. 9, ...")
_OPENING_AT = re.compile(rf"\W*(?:at|during)\s+(?:(?:the|their|its|a|an)\s+)?(?:[\w'-]+\s+){{0,6}}?{MEETING_NOUNS}\b")
_OPENING_COMMA = re.compile(r"\s*,\s+")
_OPENING_ASIDE = re.compile(r",\s+(?:held|which|convened|hosted|opened)\b")  # (the meeting's own participle)
_AT_OCCASION = re.compile(r"\bat\s+(?:the|their|its|his|her|a)\s+$")
_DURING_BEFORE = re.compile(r"\bduring\s+(?:the\s+)?$")
_OCCASIONS = frozenset({"summit", "talks", "meeting", "session", "summits", "meetings"})
# "agreed to revive the reunions at ministerial talks in Pyongyang in early March": a date after the meeting at
# which a plan was made (and its place) is that meeting's, not the plan's
# ("signed during Moon's visit to Pyongyang in September 2018": a visit or trip is such an occasion too)
_AT_OCCASION_UP_TO_DATE = (
    rf"\b(?:at|during)\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?{MEETING_NOUNS}"
    r"(?:\s+(?:in|at)\s+[\w-]+)?\s+(?:(?:in|on)\s+)?$"
    r"|\bduring\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:visit|trip)"
    r"(?:\s+(?:to|in)\s+[\w-]+)?\s+(?:(?:in|on)\s+)?$"
)
_AT_OCCASION_THEN = re.compile(
    _AT_OCCASION_UP_TO_DATE
    # ("agreed to restart talks when they met at Panmunjom on June 30": a past clause of the occasion)
    + r"|\bwhen\s+(?:[\w'\u2019-]+\s+){1,4}?(?:met|held|sat|spoke|[a-z]{3,}ed)\b(?:\s+[\w'\u2019-]+){0,10}?\s+"
    r"(?:(?:in|on)\s+)?$"
)

# "at a party meeting in December", "during talks in Pyongyang on May 3": an occasion up to the date it was held on
_AT_OCCASION_BEFORE = re.compile(_AT_OCCASION_UP_TO_DATE)

# a phrase of time opening the sentence up to a date naming its noun ("Days after the June 2020 cut, ...")
_OPENING_AFTER = re.compile(
    r"\W*(?:just\s+|only\s+)?(?:shortly|soon|immediately|(?:(?:a\s+few|several|some|\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+)?(?:hours?|days?|weeks?))\s+(?:after|following|before)\s+"
    r"(?:the|its|their|a|an)\s+"
)

# an anniversary ("Wednesday marks one year since ...") and a span up to a date ("by then it had been a year since")
_ANNIVERSARY_BEFORE = re.compile(r"\b(?:marks?|marked|marking)\s+(?:exactly\s+)?$")
_BEEN_BEFORE = r"\s+been\s+(?:(?:about|nearly|almost|more\s+than|over)\s+)?$"
_HAS_BEEN_BEFORE = re.compile(r"\b(?:has|have|had|it's|it\u2019s)" + _BEEN_BEFORE)
# (in the present: "it has been nearly three weeks since", not "it had been")
_HAS_BEEN_NOW_BEFORE = re.compile(r"\b(?:has|have|it's|it\u2019s)" + _BEEN_BEFORE)

# "days after Pyongyang cut the lines": an offset without a count, and its window in days (nearest, farthest)
# ("hours after" is left to the main clause's day)
_SUB_VAGUE = re.compile(r"\b(?:(?:a\s+few|several|some|just)\s+)?(days|weeks|months)\s+(after|before)\s+")

_VAGUE_WINDOWS = {"days": (1, 14), "weeks": (7, 56), "months": (30, 365)}

_PROPOSAL_LEMMAS = frozenset({"propose", "offer"})
# verbs that put a planned meeting off (the day it was due is the meeting's, not theirs)
_PUT_OFF_LEMMAS = frozenset({"postpone", "put off", "push back", "delay", "call off", "cancel", "scrap", "shelve",
                             "defer"})
# a meeting's relative clause telling when it was due ("..., which was to open in Seoul on", "that was to have been
# held in")
_WAS_TO_BE_HELD = re.compile(
    r"(?:(?!\band\b)[^;,]){0,60}?,?\s*\b(?:which|that)\s+(?:was|were)\s+(?:(?:due|scheduled|set|supposed|expected|planned)\s+)?"
    r"to\s+(?:have\s+been\s+held|be\s+held|have\s+opened|open|start|begin|take\s+place|convene)\b[^;,]{0,40}?"
    r"\s(?:on|in|for|from)?\s*"
)

_FROM_BEFORE = re.compile(r"\b(?:from|starting|beginning|effective|as of)\s+(?:on\s+)?$")
#: the words before a date that opens the sentence ("In April,", "Late on Monday,")
_OPENING_DATE_BEFORE = re.compile(r"\s*(?:(?:in|on|at|by|late|early|earlier|later|then)\s+)*")
#: a phrase set off after an opening date, before the main clause ("In April, after the test in February, ...")
_SET_OFF_PHRASE = re.compile(
    r"\s*(?:after|before|following|amid|at|during|despite|with|as|when|while|weeks|days|months|shortly|soon|just)\b"
)

_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")
# a noun phrase set beside the date right before it: "on Thursday, the first such session in three months"
_APPOSED_AFTER_DATE = re.compile(
    # (also past an infinitive of purpose, and with the noun's own first words: "will meet on Friday to prepare a
    # joint session, the first direct talks in three years", "from November 14, the first such meeting")
    r"(?:\s+to\s+[^,;:]{1,80})?,\s+(?:the|their|its)\s+(?:(?:first|such|last|latest|new|next|second|third)\s+){0,3}")
# a modal of what was said would be done, with no boundary after it ("warned it would restrict crossings from ...")
_WOULD_BEFORE = re.compile(r"\b(?:would|will)\b[^,;:.]*$")

# a determiner and up to two words between a verb and a later trigger: that trigger is the noun of the verb's object
_DETERMINER_GAP = re.compile(
    r"\s+(?:a|an|the|its|their|his|her)\s+(?:(?!(?:and|or|but|to|that|which|who|whom|whose)\b)[a-z][\w-]*\s+){0,2}")


def _offset_count(sub: re.Match) -> int | None:
    """The N of a "<N> <unit>s after / before" match of ``_SUB_OFFSET`` ("two", "13", "a", "the day after": 1)."""
    word = sub.group(1)
    return _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None) or (1 if word == "the" else None)


# "... the day after the first closure and let traffic move again on March 17": a second verb of the main clause
_AND_PAST_VERB = re.compile(r"\band\s+(?!united\b)(?:let|put|cut|set|[a-z]{3,}ed)\s")
_AND_THEN_END = re.compile(r"\s(?:and|,)\s+(?:then\s+|later\s+)?$")
_COMMA_AND = re.compile(r",\s*(?:and|but)\s")
# "..., 13 months after the North cut them, following an exchange of letters since April": a participle phrase
# after the comma belongs to the main clause, and so does its date
_COMMA_PARTICIPLE = re.compile(r",\s*\w+ing\s")
_AND_ONLY = re.compile(r"\s+and\s+(?:on\s+)?")  # "on Sept 17 and Sept 24", "on July 10 and on Monday"
# between the dates of a list ("on June 11, June 19 and July 2", "on July 10, last Monday and last Wednesday")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:on\s+)?|\s+and\s+(?:on\s+)?")
# the bare days after a month and its day, a list closed by "and" ("on July 10, 15, 17 and 22"; not "on July 10, 15
# people ...": no count of anything after the last one)
_BARE_DAYS = re.compile(
    r"((?:\s*,\s*(?:[1-9]|[12]\d|3[01])(?![\d.,]\d))*),?\s+and\s+([1-9]|[12]\d|3[01])\b(?![.,]?\d)"
    r"(?!\s*(?:%|percent\b|per\b|of\b|[a-z]+s\b(?<!\bwas\b)(?<!\bhas\b)))")
# the object of a verb and the start of a phrase describing it ("a clause | banning", "a 2018 military agreement
# meant to | ease"): a short noun phrase with no comma, verb or preposition of time
_OBJECT_MODIFIER_GAP = re.compile(
    r"\s+(?:a|an|the|its|their|part\s+of\s+the|all\s+of\s+the)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+\s+"
    r"(?:(?:meant|designed|intended|aimed|supposed)\s+to\s+)?")
_PURPOSE_BEFORE = re.compile(r"\b(?:meant|designed|intended|aimed|supposed)\s+to\s+$")
# between the dates of one act done again ("restored the lines in July 2021 and again in October that year", "cut it
# in 2008, in 2010 and in 2013")
_AGAIN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:again\s+|once\s+more\s+)?(?:(?:in|on)\s+)?")

_HAS_SINCE = re.compile(r"\b(?:has|have|had)\s+since\s+(?:\w+\s+)?$")

_REL_OPEN = re.compile(r",\s*(?:which|who)\b")
# a noun phrase set off by a comma whose relative clause is still open (", the body that has policed the truce since")
_APPOSED_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:that|which|who)\s[^,;:]*$")

# "and" joining two verbs of one "when" clause (no comma, no other clause word between)
_AND_IN_CLAUSE = re.compile(r"[^,;:]*?\band\b(?![^,;:]*\b(?:when|after|before|because|as|since|until|while)\b)[^,;:]*")
# a date followed by a clause it dates: "in April last year, when a round in Beijing broke up"
_WHEN_AFTER = re.compile(r"\s*,\s*when\b")
_FIRST_BEFORE_SINCE = re.compile(r"\bthe\s+first\b")
_VERB_AND_VERB = re.compile(r"\s+(?:and|or)\s+")
# "stopped answering | the telephone links and | broke off working-level talks ... in 1980": two verb phrases of one
# subject share the date that ends the second
# verbs that set the occasion the main verb goes on with ("The round, held in July, ended without a statement")
_OCCASION_LEMMAS = frozenset(
    ("hold", "plan", "schedule", "set", "convene", "stage", "open", "start", "begin", "launch")
)
_REDUCED_RELATIVE = re.compile(r"\s+[a-z]+(?:ed|en|wn|ut|ld)\s+(?:in|on|during|last|by|since)\s")
# "talks that Seoul had proposed for Thursday": the day the subject was set for
_FOR_DATE = re.compile(
    r"\bfor\s+(?:(?:this|next|last)\s+)?[a-z]+day\b|\bfor\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)"
)
_PHASE_BEFORE = re.compile(r"\b(?:stopped|stop|stops|ceased|started|began|resumed|kept)\s+$")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|its|their|all|both|his|her)\s")
_PHRASE_AND_VERB = re.compile(
    # (or a plural noun phrase without one: "expelled South Korean managers and cut the hotline the next day")
    r"\s+(?:(?:the|its|their|all|both|every|each|two|most)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,4}"
    r"|(?:[\w'\u2019-]+\s+){0,3}[a-z]{3,}s)\s+and\s+"
)
_GERUND_IN_PHRASE = re.compile(r"\b(?:on|of|for|about|over|in)\s+\w$")

# an infinitive: a date after it is that of the intended action ("agreed to hold a ceremony in November")
# "... on Monday | proposed that the two sides meet | ...": a proposal between a date and the meeting it proposes
_PROPOSED_BETWEEN = re.compile(r"\b(?:propos|suggest)(?:ed|es|ing)\b")
_TO_VERB = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b)([a-z]+)\b")

# The text before a date that opens its clause: a conjunction, then nothing or a preposition ("and, in October, ...")
_CLAUSE_OPENER = re.compile(
    r"^\W*(?:(?:and|but|then|so|yet)\s+)?\W*(?:(?:on|in|by|since|from|at|early|late|later)\s+)?$", re.I
)

# A relative clause open right before a date, with or without its pronoun: "the curbs (that) it had placed | in
# December", "the lines which Seoul cut | in 2016"
_RELATIVE_BEFORE_DATE = re.compile(
    r"(?:\b(?:that|which)|\b(?:it|they|he|she|seoul|pyongyang|washington|the\s+(?:north|south)))\s+"
    r"(?:(?:had|has|have|was|were|then|first|later)\s+)?(?:[a-z]{2,}(?:ed|t|n)|due)\b[^,;]{0,30}?\s+"
    r"(?:on|in|at|since|from)?\s*$"  # ("the talks that were due to open Thursday")
)

# The text before a date that opens its sentence: nothing, or a preposition ("On May 2, ...")
_SENTENCE_OPENER = re.compile(r"^\W*(?:(?:on|in|by|since|from|at|early|late|later)\s+)?$", re.I)
# "the curbs | it had | imposed": the subject of a relative clause right before its verb
_RELATIVE_SUBJECT_BEFORE = re.compile(
    r"\s(?:(?:that|which)\s+)?(?:it|they|pyongyang|seoul|the\s+north|the\s+south)\s+(?:(?:had|has|have)\s+)?$"
)
# "North Korea on ", "The Unification Ministry on ": a short subject without a comma, then the date's preposition
_SUBJECT_BEFORE_DATE = re.compile(r"\W*(?:[A-Za-z][\w'\u2019.-]*\s+){1,5}on\s+")

# "... frozen since the North's missile launches in ": a "since" phrase up to a date
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:[\w'\u2019.-]+\s+){0,8}?(?:in\s+|on\s+)?$")
# the same words opening the sentence ("Nearly a year after ...")
_APPROX_OPENING = re.compile(r"\s*(?:more than|over|nearly|almost|about|some|roughly|around|less than|just)\s+")
# Words that make the span of "<N> <unit>s after" rough ("more than two years after ...")
_APPROX_BEFORE = re.compile(
    r"\b(?:more than|over|nearly|almost|about|some|roughly|around|less than|just over|just under)\s+$"
)

# a clause set off by a comma that opens with "after": what it tells came before the main clause's event
_AFTER_CLAUSE = re.compile(r"\s*(?:after|following)\s")

# a state up to the report: "have gone unanswered", "has been shut", "has stood empty" ...
# a clause opened by "since" right after a span, up to its verb ("for 16 months, since the North cut it", "..., since
# the North cut it, together with a military line, after Seoul closed the park")
_SINCE_CLAUSE = re.compile(r",?\s+since\s+(?:[\w'\u2019-]+,?\s+){1,14}")
_PERFECT_STATE = re.compile(r"\b(?:has|have)\s+(?:(?:now|not|also)\s+)?(?:been|gone|stayed|remained|stood|sat|lain)\b")
# ... held for a span: "for eight months", "for more than two years"
_FOR_SPAN = re.compile(
    r"\bfor\s+(?:(?:more\s+than|nearly|almost|over|about|some|roughly)\s+)?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>week|month|year)s?\b"
)
# "for the first time since March 3", "the first talks in two years since May", "their highest-level talks since
# 2007": the date opens the gap the event ends, it is never the event's own date
_GAP_START = re.compile(
    r"\b(?:first|highest(?:-level)?|most\s+senior|biggest|largest|longest)\b[\w\s-]{0,50}?\bsince\s+(?:the\s+)?$"
)

# A quotation this short is a scare quote inside the narration: the dates around it are the event's
_SCARE_QUOTE_WORDS = 4

_STARTING_DATE = re.compile(r"(?:starting|beginning)\s+(?:on\s+|in\s+|from\s+)?")

# a date opening the clause, its subject (up to five words) and a future auxiliary ("On Monday, South Korea will")
_WILL_GAP = re.compile(
    r"\s*,?\s*(?:[\w'\u2019.-]+\s+){1,5}?(?P<aux>will|shall|(?:is|are)\s+(?:due\s+|scheduled\s+|set\s+)?to"
    r"|plans?\s+to)\b"
)

_SAID_GAP = re.compile(r"\b(?:said|says|say|announced|told|stated|reported|added|declared|warned)\b")

_REPORTED_BEFORE = re.compile(r"\b(?:said|reported|announced|added|stated|declared)\s+(?:on\s+)?$")

_ADVERBIAL_BEFORE = re.compile(r"\b(?:in|on|since|until|from|during)\s+$")

_DID_NOT_BEFORE = re.compile(r"\b(?:did\s+not|didn['\u2019]t|never)\s+$")

_SCHEDULED_APPOSITIVE = re.compile(
    # (also a relative clause of schedule: "The fourth round, which was due to open in Pyongyang on Tuesday, did not
    # take place", "which was to have opened on Dec. 21")
    r",\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:due|scheduled|set|planned|slated)\b"
    r"|,\s*(?:which|that)\s+(?:was|were)\s+to\s")

# a postponement's new date after the verb: "put off until October", "pushed back to Saturday" (the day of the
# postponing is another; the old date, "postponed the reunions set for late September", stays: it is put off then)
_POSTPONE_LEMMAS = frozenset({"postpone", "put off", "push back", "delay"})
# a later clause about the next meeting: "..., next round set for May 30", ", with another session scheduled for"
_NEXT_SET_FOR = re.compile(
    r",\s*(?:with\s+|and\s+)?(?:the\s+|a\s+)?(?:next|another|new|further|second|third|fourth|fifth)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:is|was|are|were)\s+)?(?:set|scheduled|slated|planned|due)\s+(?:for|on)\s+(?:the\s+)?$"
)
_MOVED_DATE_BEFORE = re.compile(r"\b(?:until|till|to)\s+(?:on\s+|the\s+)?$")
# the work of an event, whose start dates it ("Work on reconnecting the railway began on Sept. 18")
_WORK_HEAD = re.compile(
    r"\b(?:work|works|construction|reconstruction|repairs?|preparations?)\s+(?:on|to|of|for)\s+(?:the\s+)?$"
)
_PHASE_LEMMAS = frozenset({"begin", "start", "open"})
# "The demolition of the office began in March", "The dismantling of the hotel, a floating hotel towed from
# Australia, started last month": an event noun opening the sentence as the subject of a phase verb
_NOUN_SUBJECT_OPENING = re.compile(r"(?:^|[;:]\s*)(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}$")
_NOUN_SUBJECT_GAP = re.compile(r"\s+of\s+[^,;]{1,80}?(?:,\s+[^,;]{1,160}?,)?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?")
# a ceremony held for the event: "held a groundbreaking ceremony for reconnecting the railways on Dec. 26" (its date
# is the ceremony's, which is past)
_HELD_CEREMONY_FOR = re.compile(
    r"\b(?:(?:held|staged|hosted|attended)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ceremony|ceremonies|event|rite)|broke\s+ground)"  # ("broke ground for reconnecting ... on Wednesday")
    r"\s+(?:(?:at|in)\s+(?:[\w.'\u2019-]+\s+){1,4}?)?(?:for|to\s+mark|marking|on)\s+(?:the\s+)?$"
)
# an order told in the past tense with its object right after it (no "to": what it asks for has no date of its own)
_ORDER_GIVEN = re.compile(r"\bordered\s+(?:(?!to\b)[^\s,;]+\s+){0,10}$")
# a proposal's content up to a date in it ("proposed on Thursday that the two sides meet at the resort on")
_PROPOSED_THAT = re.compile(r"\b(?:propos|suggest)(?:ed|es|ing|s)\b[^;,]{0,30}?\bthat\b[^;]*$")
# what sets a day after a vaguer date as its restatement ("earlier this month, on March 3", "last week, Tuesday")
_RESTATED_DAY = re.compile(r",\s*(?:on\s+)?")
# (also a plan's place before its day: "talks due in Seoul next week", "a round set to open in Pyongyang on Monday";
# "proposed on Monday that the two sides meet" is the day of the proposal, "proposed for Monday" the meeting's)
# a sentence that goes on with what the same speaker said ("It also threatened to ...", "The North also said ...":
# a verb of the statements' reporting or speech-act cues)
_ALSO_SAID = re.compile(
    r"\W*(?:it|they|he|she|pyongyang|seoul|(?:the\s+)?(?:north|south)(?:\s+korea)?|the\s+[a-z]+)\s+also\s+"
    r"(?P<verb>[a-z]+)\b")
# "The two sides also agreed to ...": an agreement told on from the sentence before (made the same day)
_ALSO_AGREED = re.compile(r"\W*(?:[\w'\u2019-]+\s+){1,4}?also\s+agreed\b")
# "She threatened to close the office ...": the speaker of the sentence before, saying more (that day)
_PRONOUN_SAID = re.compile(r"\W*(?:she|he|they)\s+(?P<verb>[a-z]+)\b")
# a day chosen for what is to come: "set | Aug. 15 | as the date for ..."
_SET_AS_DATE_BEFORE = re.compile(r"\b(?:set|sets|fixed|fixes|chose|chosen|picked|named)\s+$")
_AS_THE_DATE = re.compile(r"\s+as\s+the\s+(?:target\s+)?(?:date|day)\b")
# "trial trains due to cross on Oct. 14", "reunions scheduled to start on Sept. 25": a day set for what was to happen
_DUE_TO_ON = re.compile(r"\b(?:scheduled|set|planned|due|slated)\s+to\s+[a-z]+\s+(?:on\s+)?$")
_SCHEDULED_FOR = re.compile(
    r"\bproposed\s+for\s+$|\b(?:scheduled|set|planned|due|slated)\s+(?:for|on)\s+$"
    r"|\b(?:scheduled|set|planned|due|slated)\s+(?:to\s+(?:open|start|begin|resume|be\s+held)\s+)?"
    r"(?:in|at)\s+(?:[\w'\u2019.-]+\s+){1,3}?(?:for\s+|on\s+)?$"
)


# "..., on April 21" ending the sentence after the verb's clause
_AFTERTHOUGHT_DAY = re.compile(r",\s+on\s+$")
# (not past another event the day may be of: "a week after the vote, on April 21"; "after just 22 minutes" is none)
_EVENT_AFTER = re.compile(r"\b(?:after|before|since|following)\s+(?:the|a|an|its|their|his|her|seoul|pyongyang)\b")


def _add_months(d: dt.date, months: int) -> dt.date:
    y, mo = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, mo + 1, 1) if d.day > 28 else dt.date(d.year + y, mo + 1, d.day)


# the end of a span after its first day ("to open on Tuesday and run through Friday")
_OPEN_THEN_RUN = re.compile(r"\s+and\s+(?:to\s+)?(?:run|last|continue|go\s+on)\s+(?:through|until|till|to)\s+")
# a relative clause of schedule after a subject ("that had been set for", "which had been due to")
_SCHEDULE_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:had|has|have)\s+been\s+(?:set|scheduled|due|planned|slated)\s+(?:to|for)\b")
_WORD = re.compile(r"[a-z]+")
# a phrase set off by commas that tells when a statement came out (", carried by KCNA on Thursday,")
_RELEASE_PARENTHETICAL = re.compile(
    r",\s*(?:carried|released|published|issued|broadcast|relayed|run)\s+(?:by|on|in)\b")
# a participle of plan right before a date, after the verb ("maneuvers planned for next year")
_PLANNED_FOR_BEFORE = re.compile(r"\b[a-z]+\s+(?:planned|scheduled|slated|set)\s+(?:for|in)\s+$")
# a comma and a conjunction that open the next conjunct ("talks on Feb. 1, which ended without agreement, and
# separate talks on Feb. 8")
_NEXT_CONJUNCT = re.compile(r",\s*(?:and|but|while|whereas)\b")
# a progressive perfect before a verb ("had been removing", "has been dismantling")
_BEEN_BEFORE = re.compile(r"\b(?:had|has|have)\s+been\s+$")
# what opens a cause after a verb ("called it off in protest against drills planned for next year")
_CAUSE_WORD = re.compile(r"\b(?:citing|in\s+protest|in\s+response|in\s+retaliation|because\s+of|over|against|"
                         r"blaming)\b")
# what tells that a day between a verb and it belongs to another action ("called off talks that had been set for
# May 16")
_DAY_OF_ANOTHER = re.compile(r"\b(?:that|which|who|when|set|scheduled|planned|due|slated|and|but)\b")
# between "which" and its verb: nothing but an adverb ("which also broke up", "which quickly ended"), no auxiliary
_SIMPLE_PAST_GAP = re.compile(r"\s*(?:(?:also|then|later|soon|again|\w+ly)\s+)?")
# a clause set before the main one, after a line's date label ("July 27, 2021: After ..., the lines were reconnected")
_OPENING_SUB = re.compile(
    # (with the span it counts: "Feb. 11, 2016 -- A day after Seoul suspends operations at Kaesong, the North ...")
    r"(?:(?:an?|one|two|three|four|five|six|seven|\d{1,2}|several|a\s+few)\s+(?:days?|weeks?|months?)\s+"
    r"|(?:hours|days|weeks|shortly|soon|just|only)\s+)?"
    r"(?:after|before|as|while|when|although|though|once|until)\b[^,;:]{0,160},", re.I)
# what ends a date that labels a line ("May 24: ...", "March 9, 2009 -- ...")
_LABEL_END = re.compile(r"\s*(?::|--|\u2014|\u2013|-)\s*")
# a span of days told with both days ("Nov. 27-29", "Oct. 20 to 26", "Aug. 28-Sept. 2")
_DAY_SPAN = re.compile(r"\b\d{1,2}\s*(?:-|\u2013|to|through|until|and)\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}\b"
                       # "reunions held from Monday to Wednesday" ("between Monday and Wednesday" says no day)
                       r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:-|\u2013|to|through|until)\s*"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _days_of_one_event(text: str, date, date_end) -> bool:
    """Is the date mention ``text`` (``date`` .. ``date_end``) a span of days of one event ("on Nov. 27-29", "from
    Monday to Wednesday"), dated by its first day?"""
    return date < date_end and (date_end - date).days < 31 and _DAY_SPAN.search(text) is not None


#: how far back a yearless month or day named with a plan is still read as just past, not as next year's
_RECENT_DAYS = 60


def _next_occurrence(d, published: dt.date) -> tuple[dt.date, dt.date, str]:
    """An announced event's date without a year names the next such day or month, not the last one."""
    if d.precision == "day" and d.rule.startswith("weekday"):
        step = dt.timedelta(days=7)
        return d.date + step, d.date_end + step, f"{d.rule}+next"
    try:
        from .dates import _with_year

        start = _with_year(d.date, d.date.year + 1)
        end = _with_year(d.date_end, d.date_end.year + 1)
    except ValueError:  # 29 February
        return d.date, d.date_end, d.rule
    if start < published:
        return d.date, d.date_end, d.rule
    return start, end, f"{d.rule}+next"


_AND_TO_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+(?:also\s+)?to\s+")

_COORD_GAP = re.compile(r"\s*,?\s*(?:and|but|then|and then|before|while)\s+(?:(?:later|also|then)\s+)?"
                        # ("... since March 30 and has restricted ...", "... in June 2020 and has not answered the
                        # lines since April 7")
                        r"(?:(?:has|have|had)\s+(?:also\s+|not\s+|never\s+)?|(?:did|does|do)\s+not\s+)?")


def _distance(d, t: _Trig, base: int) -> int:
    s, e = d.start - base, d.end - base
    return t.start - e if e <= t.start else max(0, s - t.end)


@functools.lru_cache(maxsize=1)
def _reference_days() -> tuple:
    """The day-precision rows of the bundled reference chronology as plain tuples, read once."""
    from .chronology import load_chronology

    ref = load_chronology()
    dates = pd.to_datetime(ref["date"])
    rows = []
    for d, prec, cat, chan, eid in zip(
        dates, ref["date_precision"], ref["category"], ref["channel"], ref["event_id"], strict=True
    ):
        if prec == "day":
            rows.append((d.date(), str(cat), str(chan), str(eid)))
    return tuple(rows)


def _settle(m: Mention, date: dt.date, ctx: SentenceContext) -> dt.date | None:
    """Year of a month-day date from the reference chronology: "On June 9" in an October 2021 article is
    the 2020-06-09 cut. The rule is :func:`koreadiplo.chronology.settle_date` at day precision (most recent
    reference event on or before publication, at most three years old, with a compatible category and
    channel, that month and day), run over rows read once. None when no reference event settles it."""
    try:
        from .chronology import CATEGORY_MATCHES, LINE_CHANNELS

        rows = _reference_days()
    except Exception:  # noqa: BLE001 - the chronology is an optional refinement, never a failure
        return None
    pub = ctx.today
    recent = dt.timedelta(0) <= pub - date <= dt.timedelta(days=31)
    oldest = pub - dt.timedelta(days=3 * 366)
    cats = CATEGORY_MATCHES.get(m.category, (m.category,))
    family = (LINE_CHANNELS if m.channel in LINE_CHANNELS else {m.channel}) if m.channel else None
    hits = [
        (d.year, chan == m.channel, d)
        for d, cat, chan, _eid in rows
        if d.month == date.month
        and d.day == date.day
        and oldest <= d <= pub
        and cat in cats
        and (chan in family if family is not None else (cat == m.category or chan in _OPEN_CHANNELS)
             and not (chan == "summit" and recent))
    ]  # (a meeting without a channel is not settled by the day a factory park closed, nor by a summit's a year before
    # when that day came round again weeks ago: "military talks on Oct. 2" in an October 2008 article are not the
    # summit of Oct. 2, 2007; "April 27: Moon and Kim met at Panmunjom" in July 2019 is the summit of 2018)
    return max(hits)[2] if hits else None


# a plan told in the past tense by its own relative clause ("talks that were to open", "the round that was due to
# open"): not moved to next year
_WERE_TO_OPEN = re.compile(
    r"\b(?:that|which)\s+(?:was|were)\s+(?:(?:due|scheduled|set|supposed|slated)\s+)?to\s+(?:open|begin|start|be\s+held|"
    r"take\s+place|resume|meet|convene)\b"
)


@functools.cache
def _past_plan() -> re.Pattern:
    """The pluperfect of a plan ("had been due to", "had been scheduled to"), shared with the date reader."""
    from .dates import PAST_PLAN

    return PAST_PLAN


def _past_after(text: str, pos: int) -> bool:
    """A past verb right after a plan's date ("talks due to open on Thursday did not take place"), as the date
    reader tells it."""
    from .dates import PAST_AFTER

    return PAST_AFTER.match(text, pos) is not None


# between a verb of saying and its day: "warned | on", "warned in a statement carried by state media | on"
_SAYING_DAY_GAP = re.compile(
    r"\s+(?:in\s+(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+)?(?:statement|speech|message|letter|commentary|interview)"
    r"(?:\s+(?:carried|released|published|issued|broadcast|relayed)\s+by\s+[^,;.]{1,60}?)?\s+)?(?:on\s+)?"
)
# "take the "special measure" of scrapping the pact", "take the step of abrogating": one act with its gerund
_TAKE_STEP_OF = re.compile(
    r"\s+(?:the|a|an)\s+(?:[\"\u201c]?[\w-]+\s+){0,2}[\"\u201c]?(?:measures?|steps?|action)[\"\u201d]?\s+of\s+"
    r"(?:[\"\u201c]?(?:\w+ly\s+)?)?"
)
# verbs of threatening that introduce what is threatened, as a verb of saying does ("vowed that", "threatened to"; not
# "pledged", whose plans name their own day: "Under an accord reached on June 5, officials pledged to test-run trains in
# October")
_THREAT_SAYING = frozenset({"threatened", "threatens", "vowed", "vows"})


def _is_saying(o: _Trig) -> bool:
    """Is the trigger a verb of saying or threatening ("warned", "threatened", "vowed"), which hands its day on to
    what it says?"""
    word = o.text.split()[0].lower() if o.text else ""
    return word in _reporting_verbs() or word in _THREAT_SAYING


@functools.cache
def _reporting_verbs() -> frozenset[str]:
    """The reporting verbs of ``data/cues.yaml`` (said, reported, announced, ...)."""
    from .statements import load_cues

    return load_cues().reporting


def _goes_on_saying(low: str) -> bool:
    """Does the sentence open with a subject and "also", or with a personal pronoun, then a verb of saying ("It also
    threatened to ...", "She threatened to ...")?"""
    from .statements import load_cues

    m = _ALSO_SAID.match(low) or _PRONOUN_SAID.match(low)
    return m is not None and m.group("verb") in load_cues().reporting | load_cues().speech_act


# what may stand before the year leading an entry of a "today in history" list ("In 1950, ...", "- 2021 -- ...")
_ENTRY_LEAD = re.compile(r"\W*(?:in\s+)?")
# ---- "today in history" lists: a page of entries, each the same day of another year
_HISTORY_LIST = re.compile(
    r"\b(?:today|this\s+day|this\s+date)\s+in\s+(?:[a-z]+\s+){0,2}history\b|\bon\s+this\s+(?:day|date)\s*:",
    re.IGNORECASE,
)
_LIST_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b(?!\s*,?\s*\d{4})")
_LIST_HEADING = re.compile(r"\s*(?:today\s+is\s+\w+,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b", re.IGNORECASE)
_ENTRY_YEAR = re.compile(r"\W*(?:in\s+)?(\d{3,4})\s*(?:--|[\u2014\u2013:,-])", re.IGNORECASE)
_ENTRY_AGO = re.compile(r"\W*([a-z]+|\d+)\s+years?\s+ago\s*:", re.IGNORECASE)


def history_list_day(article) -> dt.date | None:
    """The day a "today in history" list tells of, or None when ``article`` is no such list.

    A list says so in its title or an early heading ("Today in Korean History", "Today in History: July 27",
    "On this date:"); its day is the month and day its title or a heading line names ("Oct. 4", "Today is
    Wednesday, July 27"), in the year that puts it nearest the publication (agencies file the list the day
    before), else the publication day.
    """
    from .dates import _patterns

    header = [line for line in article.text[: article.body_start].splitlines() if line.strip()]
    blocks = [article.text[b.content_start : b.char_end] for b in article.blocks[:6]]
    head = [article.title or ""] + header[:8] + blocks
    if not any(_HISTORY_LIST.search(h) for h in head):
        return None
    months = _patterns().v.month_number
    pub = article.published
    for i, h in enumerate(head):
        if i and not (len(h) <= 40 or _LIST_HEADING.match(h)):
            continue  # (a heading line, not an entry that names another day)
        for m in _LIST_DAY.finditer(h):
            month = months.get(m.group(1).lower())
            if month is None:
                continue
            days = []
            for year in (pub.year - 1, pub.year, pub.year + 1):
                try:
                    days.append(dt.date(year, month, int(m.group(2))))
                except ValueError:
                    pass
            if days:
                return min(days, key=lambda d: abs((d - pub).days))
    return pub


#: a timeline entry's lead: a date with its year, then a dash or a colon ("March 9, 2009 - ", "Aug 1976 -- ",
#: "June 9, 2020: "; a bare year, "2016 - "), at the start of its paragraph
# ("March-September 2013 - ...": a range of months of a year leads its entry too)
_TIMELINE_LEAD = re.compile(r"[\s*\u2022-]*(?P<date>(?:(?:[A-Z][a-z]{2,8}\.?\s*(?:-|\u2013|\s(?:to|through)\s)\s*)?"
                            r"[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?,?\s+)?"
                            r"(?P<year>1[89]\d\d|20\d\d))\**\s*(?:-{1,2}|\u2013|\u2014|:)\**\s+\S")
# a chronology's line whose date gives no year ("June 25 -- The North releases ...", "August -- The cruises sail
# again"): in the year of the line before it
_YEARLESS_LEAD = re.compile(r"[\s*\u2022-]*(?P<date>[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)\**\s*(?:-{1,2}|\u2013|\u2014|:)"
                            r"\**\s+\S")


def timeline_entry_lead(text: str, published: dt.date) -> dt.date | None:
    """The first day of the date a paragraph opening a timeline entry states ("March 9, 2009 - The North's
    military cuts ..."; the last day for a bare year, "2016 - ..."), else None."""
    from .dates import find_dates

    m = _TIMELINE_LEAD.match(text)
    if m is None:
        return None
    found = [d for d in find_dates(m.group("date"), published) if not d.year_inferred]
    if not found:
        return None
    # ("2016 - Seoul shut the park on Feb. 10 ..."): a bare year leads the whole year, its last day the lead, so
    # that every month and day of the entry is in it
    return found[0].date_end if found[0].precision == "year" else found[0].date


# a chronology's year heading on a line of its own ("2009", "**2019:**"), over the yearless lines of that year
_YEAR_HEADING = re.compile(r"[\s*#]*(1[89]\d\d|20\d\d)\**:?\**\s*")


def year_heading(text: str) -> int | None:
    """The year of a paragraph that is only a year, as a chronology heads each year's lines, else None."""
    m = _YEAR_HEADING.fullmatch(text)
    return int(m.group(1)) if m else None


# the same heading on the first line of its year's first entry ("2006\nMarch 2 -- General-level talks resume")
_YEAR_HEADING_LINE = re.compile(r"[ \t*#]*(1[89]\d\d|20\d\d)\**:?\**[ \t]*\n")


def year_heading_line(text: str) -> tuple[int, str] | None:
    """(year, the rest) of a paragraph whose first line is a chronology's year heading and whose next line opens
    with a yearless date ("2006\nMarch 2 -- ..."), else None."""
    m = _YEAR_HEADING_LINE.match(text)
    if m is None or _YEARLESS_LEAD.match(text, m.end()) is None:
        return None
    return int(m.group(1)), text[m.end() :]


def timeline_lead_is_year(text: str) -> bool:
    """Whether a timeline entry opens with a bare year ("2016 - ...", "**2019:** ...")."""
    m = _TIMELINE_LEAD.match(text)
    return m is not None and m.group("date").strip() == m.group("year")


def yearless_lead(text: str) -> bool:
    """Whether a paragraph opens with a chronology line's date that gives no year ("June 25 -- ...")."""
    return _YEARLESS_LEAD.match(text) is not None and _TIMELINE_LEAD.match(text) is None


def carried_entry_lead(text: str, published: dt.date, before: dt.date, before_is_year: bool) -> dt.date | None:
    """The first day of a chronology line's yearless date ("June 25 -- ...", "Sept. 1 -- ...") in the year of the
    line before it (``before``, a bare year's last day when ``before_is_year``), or the next year when the date
    would come before that line; None for a paragraph that is no such line."""
    from .dates import find_dates

    m = _YEARLESS_LEAD.match(text)
    if m is None:
        return None
    found = [d for d in find_dates(text[: m.end()], published)
             if d.year_inferred and d.rule in ("month", "month_day") and d.end == m.end("date")]
    if not found:
        return None
    try:
        start = found[0].date.replace(year=before.year)
        if not before_is_year and start < before.replace(day=1):
            start = start.replace(year=before.year + 1)
    except ValueError:  # (February 29)
        return None
    return start if start <= published else None


def _in_year(d, lead: dt.date, headed: bool = False):
    """``d`` (a month or a day whose year was inferred) moved to the year of the entry ``lead``, unless that puts
    it more than about three months after the lead (anywhere in the year when a year heading leads the entry)."""
    year = lead.year
    try:
        start = d.date.replace(year=year)
    except ValueError:  # (February 29)
        return d
    if (start - lead).days > 100 and not headed:
        return d
    last = calendar.monthrange(year, d.date_end.month)[1]  # ("in February": the 28th or the 29th)
    end = d.date_end.replace(year=year, day=last if d.date_end.day >= 28 and d.precision == "month"
                             else min(d.date_end.day, last))
    return replace(d, date=start, date_end=end, rule=f"{d.rule}_entry_year", year_inferred=False)


# a heading over the entries of one year back ("FIVE YEARS AGO" on a line of its own, as AP's list prints it)
_AGO_HEADING = re.compile(r"\W*([a-z]+|\d+)\s+years?\s+ago\W*", re.IGNORECASE)
# any other heading of such a list ("TODAY'S HIGHLIGHT", "ON THIS DATE:", "TODAY'S BIRTHDAYS"): the lines under a
# heading of years back end there
_CAPS_HEADING = re.compile(r"[A-Z0-9 '\u2019:,.&-]{3,60}")


def ago_heading_day(text: str, list_day: dt.date) -> dt.date | None:
    """The day the entries under a heading "FIVE YEARS AGO" tell of (the list's day that many years back), else
    None (for any other paragraph)."""
    m = _AGO_HEADING.fullmatch(text)
    return entry_day(f"{m.group(1)} years ago:", list_day) if m is not None else None


def other_heading(text: str) -> bool:
    """Whether a paragraph is a list's heading in capitals ("TODAY'S BIRTHDAYS")."""
    return _CAPS_HEADING.fullmatch(text.strip()) is not None


def entry_day(text: str, list_day: dt.date) -> dt.date | None:
    """The day an entry of a list for ``list_day`` tells of: "2021 -- ..." / "In 1950, ..." name that day of their
    year, "One year ago: ..." / "Ten years ago: ..." count back from it; None for any other paragraph."""
    from .dates import _patterns

    year = None
    if (m := _ENTRY_YEAR.match(text)) is not None:
        year = int(m.group(1))
    elif (m := _ENTRY_AGO.match(text)) is not None:
        n = m.group(1).lower()
        count = int(n) if n.isdigit() else _patterns().v.numbers.get(n)
        year = list_day.year - count if count else None
    if year is None or not 1 <= year <= list_day.year:
        return None
    try:
        return list_day.replace(year=year)
    except ValueError:  # (February 29 in another year)
        return None


# "from Aug. 10 until Oct. 4", "from April to September 2013": a break's span
_SPAN_FROM = re.compile(r"\bfrom\s+$")
_RANGE_JOIN = re.compile(r",?\s+(?:until|till|to|through)\s+|\s*[-\u2013]\s*")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)


def _range_part(text: str, start: dt.date, end: dt.date, first: bool) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of the first or the last part of a range ``text`` spanning ``start`` ..
    ``end`` ("Aug. 10, 2021, until Oct. 4": Aug. 10, day; "April to September 2013": April, month), or None when
    the text is no range of two parts."""
    parts = _RANGE_JOIN.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    part = parts[0] if first else parts[1]
    if _MONTH_WORD.search(part) and re.search(r"\b\d{1,2}\b", part):
        day = start if first else end
        return day, day, "day"
    if _MONTH_WORD.search(part):
        if first:
            last = calendar.monthrange(start.year, start.month)[1]
            return start, start.replace(day=last), "month"
        return end.replace(day=1), end, "month"
    return None
#: a comma then a participle closing the subordinate clause's own verb phrase ("after the North cut them, citing ...")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+\w+ing\b")


# a name set off by commas right after a lower-case noun ("the North's founder, Kim Il Sung, ..."; not a list of
# names: "Japan, China, ...")
_NAME_SET_OFF = re.compile(r"\b[a-z]{3,}(,)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*,(?=\s)")

class DateRules:
    """The dating rules of the sentence reader (mixed into ``events._SentenceReader``).

    They read the reader's ``text``, ``low``, ``offset``, ``ctx``, ``trigs``, ``objs`` and its clause helpers.
    """

    # ----------------------------------------------------------------------------------- dates
    def _date_mentions(self):
        if self._dates is None:
            self._dates = find_date_mentions(
                self.text, self.ctx.today, self.offset, self.ctx.anchor, self.ctx.year_anchor, self.ctx.story_date,
                self.ctx.step_anchor,
            )
            day = self.ctx.entry_day
            if day is not None and self._dates:
                # "2021 -- North Korea restores the lines", "In 2018, ...", "One year ago: ..." in a list for Oct. 4:
                # the year leading the entry names the list's day of that year
                first = self._dates[0]
                lead = self.low[: first.start - self.offset]
                if first.precision == "year" and _ENTRY_LEAD.fullmatch(lead) and (
                    first.date.year == day.year or _ENTRY_AGO.match(self.low)
                ):
                    self._dates[0] = replace(first, date=day, date_end=day, precision="day", rule="history_entry",
                                             year_inferred=False, approximate=False)
            lead = self.ctx.entry_lead
            if lead is not None and self._dates:
                # "March 11, 2013 - The North stops answering ... . It cuts the last military line on March 27.":
                # a month or a day without a year in a timeline entry is in the entry's year (up to 100 days
                # after its lead: "Jan. 12, 2011 - The North reopens a line that it cut off in May" is not May 2011)
                # (under a year heading, any day of that year: "2003 / February -- ... . Bus tours resume on Sept. 1.")
                self._dates = [_in_year(d, lead, self.ctx.entry_headed)
                               if d.year_inferred and d.rule in ("month", "month_day") else d for d in self._dates]
        return self._dates

    def _date_lists(self) -> list[list]:
        """The lists of days in the sentence, each as its date mentions in order: three or more named in full ("on
        June 11, June 19 and July 2", "on July 10, last Monday and last Wednesday": commas between, "and" before the
        last), or two or more bare days after a month and its day ("on July 10, 15, 17 and 22", "on May 4 and 9": each
        a date of that month)."""
        dates, base, lists = self._date_mentions() or [], self.offset, []
        run: list = []
        for d in dates:
            if d.precision == "day" and run and _LIST_SEP.fullmatch(self.low, run[-1].end - base, d.start - base):
                run.append(d)
                continue
            if len(run) >= 3:
                lists.append(run)
            run = [d] if d.precision == "day" else []
        if len(run) >= 3:
            lists.append(run)
        lists = [r for r in lists if "and" in self.low[r[-2].end - base : r[-1].start - base]
                 and all("," in self.low[a.end - base : b.start - base] for a, b in zip(r, r[1:-1], strict=False))]
        for d in dates:
            bare = _BARE_DAYS.match(self.low, d.end - base) if d.precision == "day" and d.text[-1:].isdigit() else None
            if bare is None or any(d in r for r in lists):
                continue
            run, at = [d], d.end - base
            for g in re.finditer(r"\d+", self.low[at : bare.end()]):
                try:
                    day = d.date.replace(day=int(g.group()))
                except ValueError:
                    run = []
                    break
                run.append(replace(d, start=base + at + g.start(), end=base + at + g.end(), text=g.group(), date=day,
                                   date_end=day))
            if len(run) >= 2 and all(a.date < b.date for a, b in zip(run, run[1:], strict=False)):
                lists.append(run)
        return lists

    def _delisted(self) -> str:
        """The sentence with the commas inside its lists of days turned to spaces (the same length): "Talks on June 11,
        June 19 and July 2 ended" has no comma between its subject and its verb."""
        low, base = self.low, self.offset
        for r in self._date_lists():
            a, b = r[0].start - base, r[-1].end - base
            low = low[:a] + low[a:b].replace(",", " ") + low[b:]
        for a, b in self._party_lists():  # ("Talks among the two Koreas, the United States and China ended")
            low = low[:a] + low[a:b].replace(",", " ") + low[b:]
        for m in _NAME_SET_OFF.finditer(self.text):
            # ("A summit between Kim Young-sam and the North's founder, Kim Il Sung, was called off": a name set off
            # after the noun it names)
            low = low[: m.start(1)] + " " + low[m.start(1) + 1 : m.end() - 1] + " " + low[m.end() :]
        return low

    def _party_lists(self) -> list[tuple[int, int]]:
        """Spans of lists of three or more parties of the actor vocabulary after "among", "involving", "between",
        "with" ... ("involving the two Koreas, the United States and China"), ending in "and <party>"."""
        base, low, out = self.offset, self.low, []
        acts = sorted((a.start - base, a.end - base) for a in self.actors)
        i = 0
        while i < len(acts):
            s = acts[i][0]
            det = s - 4 if low.endswith("the ", 0, s) else s
            if not _PARTY_LIST_OPENER.search(low, max(0, det - 30), det):
                i += 1
                continue
            j = i
            while j + 1 < len(acts) and _PARTY_SEP.fullmatch(low, acts[j][1], acts[j + 1][0]):
                j += 1
            if j - i >= 2 and "and" in low[acts[j - 1][1] : acts[j][0]] and "," in low[s : acts[j][0]]:
                out.append((s, acts[j][1]))
            i = j + 1
        return out

    def _placing_participle(self, o: _Trig) -> bool:
        """Is ``o`` a participle right after an object that places it ("Rounds held on July 10 and July 15 ended")?"""
        return self.low[o.start : o.end] in ("held", "convened") and any(
            e < o.start and not self.low[e : o.start].strip() for _s, e, _c in self.objs)

    def _list_twins(self, m: Mention, t: _Trig) -> list[Mention]:
        """The same break or restoration at each other day of a list before its verb ("Rounds of talks on June 11,
        June 19 and July 2 ended without agreement": three breaks)."""
        if m.category not in ("break", "restoration") or m.date_precision != "day" or not self._dates:
            return []
        base = self.offset
        for r in self._date_lists():
            if r[-1].end - base > t.start or not any((d.date, d.text) == (m.date, m.date_text) for d in r):
                continue
            if any(o is not t and r[-1].end - base <= o.start < t.start for o in self.trigs):
                return []  # (a verb of its own after the list)
            return [replace(m, date=d.date, date_end=d.date_end, date_text=d.text, date_rule=d.rule)
                    for d in r if (d.date, d.text) != (m.date, m.date_text)]
        return []

    def _date_twin(self, m: Mention, t: _Trig) -> Mention | None:
        """The same break or restoration at the other date of "on Sept 17 and Sept 24" set off before its verb."""
        if m.category not in ("break", "restoration") or m.date_precision != "day" or not self._dates:
            return None
        base = self.offset
        listed = {id(d) for r in self._date_lists() for d in r}
        for a, b in zip(self._dates, self._dates[1:], strict=False):
            if b.end - base > t.start or not _AND_ONLY.fullmatch(self.low[a.end - base : b.start - base]):
                continue
            if id(a) in listed or id(b) in listed:
                continue  # (a list of three or more: koreadiplo.event_dates.DateRules._list_twins)
            if (a.date, a.text) == (m.date, m.date_text):
                other = b
            elif (b.date, b.text) == (m.date, m.date_text):
                other = a
            else:
                continue
            if other.precision != "day":
                return None
            if any(o is not t and o.end <= a.start - base and _words(self.low[o.end : a.start - base]) <= 4
                   and not self._placing_participle(o) for o in self.trigs):
                return None  # "cut the lines on June 9 and on June 16 blew up the office": the first date is the cut's
            return replace(m, date=other.date, date_end=other.date_end, date_text=other.text, date_rule=other.rule)
        return None

    def _object_modifier(self, t: _Trig, o: _Trig) -> bool:
        """Is ``o`` a verb describing the object of ``t`` ("suspended a clause banning flights near the border in
        November", "suspended a 2018 military agreement meant to ease border tension in June"), whose phrase does
        not keep a later date from ``t``?"""
        gap = self.low[t.end : o.start]
        if not _OBJECT_MODIFIER_GAP.fullmatch(gap) or not any(
            t.end <= s and e <= o.start and _words(self.low[e:o.start]) <= 2 for s, e, _c in self.objs
        ):
            return False
        return o.text.lower().endswith("ing") or _PURPOSE_BEFORE.search(gap) is not None

    def _again_twins(self, m: Mention, t: _Trig) -> list[Mention]:
        """The same break or restoration at each further date of a list right after its own date, after the verb:
        "restored the lines in July 2021 and again in October that year" (the one date after "again" / "once more"),
        "cut it in 2008, in 2010 and in 2013" (a list of three dates or more joined by commas and closed by "and";
        "in" / "on" may be left out; no other words between)."""
        if m.category not in ("break", "restoration") or not self._dates or m.date_precision == "reported":
            return []
        base = self.offset
        dates = [d for d in self._dates if d.start - base >= t.end]
        for i, a in enumerate(dates):
            if a.text != m.date_text:
                continue
            if a.relative_to:  # ("has not answered since April 2023, and in January ...": a bound, no list)
                return []
            prev, gaps, more = a, [], []
            for b in dates[i + 1 :]:
                gap = self.low[prev.end - base : b.start - base]
                if not _AGAIN_LIST.fullmatch(gap) or b.relative_to:
                    break
                gaps.append(gap)
                more.append(b)
                prev = b
            again = next((k for k, g in enumerate(gaps) if "again" in g or "once more" in g), None)
            if again is not None:
                more = more[: again + 1]  # "and again in October", "in 2008 and 2010 and again in March 2013"
            elif len(more) == 1 and gaps[0].strip() == "and" and a.precision == more[0].precision == "year":
                pass  # "cut the line in 2008 and 2010": two years
            elif not (len(more) >= 2 and all("," in g for g in gaps[:-1]) and "and" in gaps[-1]):
                more = []  # (two dates without "again" are no list: "in May 2010, in the middle of a crisis")
            return [replace(m, date=b.date, date_end=b.date_end, date_text=b.text, date_rule=b.rule,
                            date_precision=b.precision) for b in more]
        return []

    def _until_twin(self, m: Mention, t: _Trig) -> Mention | None:
        """The restoration that ends a break told "from" one date "until" another ("went silent from Aug. 10, 2021,
        until Oct. 4 that year", "was shut from April to September 2013"): the same channel restored at the span's
        last day, month or year, when that is past."""
        if m.category != "break" or m.status != "happened" or not (m.date_rule or "").endswith("_start"):
            return None
        pick = next((d for d in self._dates or () if d.text == m.date_text), None)
        span = _range_part(pick.text, pick.date, pick.date_end, first=False) if pick is not None else None
        back = self.vocab.pattern("restore", m.obj) if m.obj else None
        if span is None or back is None or back.category != "restoration" or span[1] > self.ctx.today:
            return None
        if m.cameo == "1712":
            return None  # ("out of service from June 2020 to July 2021 after the North ... blew up the office": what
            # was destroyed does not come back at the span's end)
        return replace(m, category="restoration", action=back.action, cameo=back.cameo,
                       quad_class=self.vocab.quad_class(back.cameo), goldstein=self.vocab.goldstein(back.cameo),
                       date=span[0], date_end=span[1], date_precision=span[2], date_rule="range_end", actor=None)

    def _in_relative_after(self, d, t: _Trig) -> bool:
        """Does ``d`` stand after ``t`` inside a relative clause still open (", which KCNA reported on Wednesday")?"""
        ds = d.start - self.offset
        if ds < t.end:
            return False
        rel = next(reversed(list(_REL_OPEN.finditer(self.low, t.end, ds))), None)
        return rel is not None and "," not in self.low[rel.end() : ds]

    def _dated_noun(self, d, t: _Trig) -> bool:
        """ "the 2010 sinking of the warship Cheonan", "the June 2020 demolition": a date right before an event
        noun (or before one word that qualifies it: "the June 29 naval clash") dates that event."""
        ds, de = d.start - self.offset, d.end - self.offset
        return (
            de <= t.start and re.fullmatch(r"\s*(?:[a-z-]+\s+)?", self.low[de : t.start]) is not None
            and (t.form.noun or t.text.lower().endswith("ing"))
            and re.search(r"\b(?:the|a|an|its|their|his|her)\s+$|'s\s+$", self.low[max(0, ds - 12) : ds]) is not None
        )

    def _dated_occasion(self, d) -> bool:
        """ "pledged at their April 27 summit to reconnect the railways": a date naming the meeting at which the
        sentence's act was done dates the act, as "agreed at Wednesday's talks" does; so does a date naming the
        period during which it was done ("cut during the 1950-53 Korean War")."""
        start = d.start - self.offset
        if _DURING_BEFORE.search(self.low, max(0, start - 12), start):
            return True
        end = d.end - self.offset
        # (a comma closing a full date: "signed at the June 15, 2000, summit")
        nxt = _NEXT_WORD.match(self.low, end + 1 if self.low.startswith(",", end) and d.precision == "day" else end)
        return (
            nxt is not None and nxt.group(1) in _OCCASIONS
            and _AT_OCCASION.search(self.low, max(0, start - 16), start) is not None
        )

    def _dated_opening(self, d, t: _Trig) -> bool:
        """ "Days after the June 2020 cut, the North blew up the office": a date naming the event of a phrase of
        time opening the sentence dates the main clause as that phrase does when the date follows its noun."""
        comma = self.low.find(",", d.end - self.offset)
        return 0 <= comma < t.start and _OPENING_AFTER.fullmatch(self.low, 0, d.start - self.offset) is not None

    def _dated_subject(self, d, m: Mention) -> bool:
        """ "The 2019 Hanoi summit ... ended without a deal", "Kim's February 2019 summit with Trump ended without a
        deal": a year (or a month, a day) naming the summit or talks that are the subject of an intransitive verb
        dates what they did."""
        if m.mode != "intransitive" or m.obj not in ("summit", "talks") or d.precision not in ("year", "month", "day"):
            return False
        de, start = d.end - self.offset, m.char_start - self.offset
        return 0 <= start - de <= 20 and re.fullmatch(r"\s*(?:[A-Z][\w-]*\s+){0,2}", self.text[de:start]) is not None

    def _dated_cause(self, d, t: _Trig) -> bool:
        """ "The Dec. 1 curbs had cut the crossings", "the May 24 measures cut off trade": a date naming the
        measures that are the trigger's subject dates the trigger (``_DATED_CAUSES``)."""
        end = d.end - self.offset
        if end > t.start:
            return False
        m = _NEXT_WORD.match(self.low, end)
        if m is None or m.group(1) not in _DATED_CAUSES:
            return False
        def verb_next(a: int, b: int) -> bool:
            gap = self.low[a:b].split()
            return len(gap) <= 2 and all(w in _AUX_OR_ADVERB for w in gap)

        if verb_next(m.end(), t.start):
            return True
        # "... had cut the crossings and halted the train": a verb coordinated with the first one
        first = next((o for o in self.trigs if m.end() <= o.start < t.start), None)
        return (
            first is not None and verb_next(m.end(), first.start)
            and re.search(r"(?:^|\s|,)and\s+$", self.low[first.end : t.start]) is not None
            and not re.search(r"[;.]", self.low[first.end : t.start])
        )

    def _modifier_date(self, d) -> bool:
        """A date naming a thing, not the event: "the 2018 military agreement", "a 2019 summit", "the so-called
        May 24 measures"."""
        start, end = d.start - self.offset, d.end - self.offset
        if any(a <= start and end <= b for a, b in self._adverbials):
            # "ended in Kaesong on Dec. 12 without agreement": the stretch is read moved ("ended without agreement
            # in Kaesong on Dec. 12"), so the date's own offsets no longer line up with the objects; it is the
            # verb's adverbial all the same
            return False
        if "gmt" in self.low or "utc" in self.low:  # "at 8 a.m. (2300 GMT Friday)": a clock converted, not a date
            opened = self.low.rfind("(", 0, start)
            if opened != -1 and ")" not in self.low[opened:start] and _ZONE_WORD.search(
                self.low, opened, self.low.find(")", end) if ")" in self.low[end:] else len(self.low)
            ):
                return True
        if any(c == "games" and (s <= start < e or 0 <= s - end and _HOST_NAMES.fullmatch(self.text, end, s))
               for s, e, c in self.objs):
            # "boycotted the 1988 Olympics", "the 2002 Busan Asian Games": a contest's year is when it was
            # boycotted or joined
            return False
        if _NAME_DETERMINER.search(self.low, max(0, start - 12), start) and (
            (nxt := _NEXT_WORD.match(self.low, end))
            # "the June 15, 2000, summit declaration": AP sets a full date's year off by commas
            or (d.precision == "day" and self.low.startswith(",", end) and (nxt := _NEXT_WORD.match(self.low, end + 1)))
        ):
            if nxt.group(1) not in _NAMED_BY_DATE_NOT:
                return True
        if d.precision == "year" and _NAME_DETERMINER.search(self.low, max(0, start - 12), start) and (
            pair := _AND_YEAR.match(self.low, end)
        ):  # "the agreements reached at the 2000 and 2007 summits": both years name the summits
            other = next((x for x in self._date_mentions() if x.start - self.offset == pair.start(1)), None)
            if other is not None and other.precision == "year" and self._modifier_date(other):
                return True
        if re.search(r"\ban?\s+$", self.low[max(0, start - 4) : start]) and (nxt := _NEXT_WORD.match(self.low, end)):
            if nxt.group(1) in ("deadline", "ultimatum", "target"):  # "missed a Sunday deadline": no event's date
                return True
            if any(o.form.noun and o.start >= end and _words(self.low[end : o.start]) <= 1
                   for o in getattr(self, "trigs", ())):
                return True  # "regret over a June 29 naval clash": the day names the clash, as "the June 29 clash"
        if d.precision == "year" and _DOCUMENT_OF.search(self.low, max(0, start - 30), start):
            return True  # "the June 15 joint declaration of 2000", "the accord of 1991": the document's year
        if _ADVERBIAL_BEFORE.search(self.low, max(0, start - 8), start):
            return False  # "in October that year troops blew up ...": a date after a preposition dates the verb
        if _DEICTIC_DATE.match(self.low, start):
            return False  # "Last month its delegates failed to appear": "last month" names no thing after it
        for s, e, _c in self.objs:
            if s in self._pronouns:
                continue
            if s <= start and end <= e:
                return True
            if s >= end:
                gap = self.low[end:s]
                words = gap.split()
                return (
                    len(words) <= 3  # ("a 2018 military tension reduction agreement")
                    and not re.search(r"[^\w\s-]|(?<!\S)-+(?!\S)", gap)  # (a dash sets off a timeline's date)
                    and not any(w in _PREPOSITIONS or w in _TIME_LINKS or w in self._trig_words or w in _DETERMINERS
                                or w in ("without", "within", "when", "while", "where", "as", "if", "because", "once")
                                # (more than one word: modifiers only, "a 2018 military tension reduction agreement",
                                # not "last year and tied large-scale aid")
                                or len(words) > 1 and (w in ("and", "or", "but", "another") or w.endswith("ed"))
                                for w in words)  # ("called off on May 24 the test runs", "died Saturday when boats")
                )
        return False

    def _mirror(self, d, t: _Trig):
        """ "It came a week after Pyongyang cut the lines": the date words sit before the clause of the
        trigger and count from the anchor forward, but that clause happened a week *before* the anchor."""
        if d.rule not in ("offset_after",) or not d.relative_to:
            return None
        if not d.text.lower().endswith("after"):  # "the next morning, X did": an adverb, never mirrored
            return None
        anchor = self.ctx.step_anchor or self.ctx.anchor
        if anchor is None or anchor.text != d.relative_to:
            return None
        gap = self.low[d.end - self.offset : t.start]
        # ("a year after the North cut the lines in anger over leaflets and then blew up the office": a verb
        # coordinated with the clause's first one is mirrored too)
        coordinated = _AND_THEN_END.search(gap) is not None and _words(gap) <= 20 and "," not in gap
        if (_words(gap) > 8 and not coordinated) or _BOUNDARY.search(gap):
            return None  # ("a week after the North said it would permanently block")
        if ", " in gap and _words(self.low[: d.start - self.offset]) == 0:
            return None  # "Two months after the sinking, Seoul halted trade": an opening phrase, the main clause after
        if d.precision in ("month", "year") and re.search(r"\b(?:months?|years?)\b", d.text.lower()):
            # "13 months after": whole months (years) back from the anchor's month, not the days counted forward
            months = (d.date.year - anchor.date.year) * 12 + d.date.month - anchor.date.month
            start = _add_months(anchor.date.replace(day=1), -months)
            if d.precision == "year":
                return start.replace(month=1), start.replace(month=12, day=31), "offset_before_anchor"
            return start, _add_months(start, 1) - dt.timedelta(days=1), "offset_before_anchor"
        back = d.date - anchor.date
        return anchor.date - back, anchor.date_end - back, "offset_before_anchor"

    def _antecedent_date(self, t: _Trig):
        """The date of the main clause when ``t`` is the verb of a relative clause set off after it (", which also
        broke up quickly") in the simple past, with no date of its own: the last date before the relative."""
        rel = next(reversed(list(_REL_OPEN.finditer(self.low, 0, t.start))), None)
        if rel is None or "," in self.low[rel.end() : t.start] or not _SIMPLE_PAST_GAP.fullmatch(
            self.low, rel.end(), t.start
        ):
            return None
        told = [d for d in self._date_mentions() if d.end - self.offset <= rel.start() and d.precision != "reported"]
        if not told:
            return None
        d = told[-1]
        gap = self.low[d.end - self.offset : rel.start()]
        # the date of the antecedent's own clause: no comma between them, except the one after a date that opens
        # the sentence ("On Oct. 2, ..."); not "met on Feb. 22, five days before the summit, which ended ..."
        opener = _SENTENCE_OPENER.match(self.text[: d.start - self.offset]) is not None and gap.lstrip().startswith(",")
        return d if gap.count(",") == (1 if opener else 0) else None

    def _same_phrase_day(self, d, t: _Trig) -> bool:
        """Is the day ``d`` told of the verb ``t`` itself: no other verb of ours, relative clause or plan ("set for
        May 16") between them?"""
        a, b = (t.end, d.start - self.offset) if d.start - self.offset >= t.end else (d.end - self.offset, t.start)
        return not any(o is not t and a <= o.start < b for o in self.trigs) and _DAY_OF_ANOTHER.search(
            self.low, a, b) is None

    def _own_plan_days(self, ds: list, t: _Trig) -> list:
        """``ds`` without the dates after ``t`` that a noun's plan takes in a cause ("the meeting did not take place
        after the North called it off in protest against maneuvers planned for next year": the maneuvers' year)."""
        base = self.offset
        out = []
        for d in ds:
            plan = _PLANNED_FOR_BEFORE.search(self.low, max(t.end, d.start - base - 24), d.start - base) if (
                d.start - base >= t.end) else None
            # (only in a cause told after the verb: "called off talks planned for Monday" is dated by that Monday,
            # "stalled after the North canceled reunions scheduled for late September" by that month)
            if plan is None or not _CAUSE_WORD.search(self.low, t.end, plan.start()):
                out.append(d)
        return out

    def _saying_over(self, o: _Trig, t: _Trig, de: int) -> bool:
        """Is ``o`` a verb of saying whose clause holds ``t`` and whose own day ends at ``de`` before it ("In a
        statement carried by KCNA on Tuesday, Kim warned that the North may scrap the pact"): the saying's day dates
        what it says, as for "said". Not a day of a clause coordinated before the saying ("said it would open the
        resort in April and threatened to scrap the contracts")."""
        return (
            _is_saying(o)
            and o.end <= t.start and not _BOUNDARY.search(self.low, o.end, t.start)
            and ";" not in self.low[o.end : t.start]
            and not re.search(r"\band\b", self.low[de : o.start])
            and not any(de <= x.start < o.start for x in self.trigs)
        )

    def _saying_after(self, o: _Trig, t: _Trig) -> bool:
        """Is ``o`` a verb of saying after ``t``'s clause, its speaker set off by a comma ("..., her sister warned")?"""
        comma = self.low.rfind(", ", t.end, o.start)
        return (
            _is_saying(o) and comma != -1
            and 1 <= _words(self.low[comma + 2 : o.start]) <= 8 and not _BOUNDARY.search(self.low, t.end, o.start)
        )

    def _saying_after_day(self, d, t: _Trig) -> bool:
        """Is ``d`` the day of a saying told after ``t``'s clause ("..., Kim warned on Tuesday", "..., she said in a
        statement carried by KCNA on Tuesday")?"""
        ds = d.start - self.offset
        return self._saying_date(d) or any(
            self._saying_after(o, t) and o.end <= ds and _SAYING_DAY_GAP.fullmatch(self.low, o.end, ds)
            for o in self.trigs)

    def _eligible(self, d, t: _Trig, clause: int) -> bool:
        """A date after the trigger belongs to it unless another trigger comes first; a date before it
        belongs to it if no trigger stands between them, or if it opens the clause ("In June, X cut ...,
        resumed ... and demolished ...")."""
        ds, de = d.start - self.offset, d.end - self.offset
        if ds >= t.end and (o := _OFFER_COMPLEMENT.search(self.low, t.end, ds)) is not None and o.end() == ds:
            return False  # "rejected Seoul's proposal for a liaison meeting on Monday": the meeting's day
        if ds >= t.end and t.form.lemma not in _PUT_OFF_LEMMAS and _WAS_TO_BE_HELD.fullmatch(self.low, t.end, ds):
            # "stayed away from the round, which was to open in Seoul on March 13": the day it was due (not for a
            # meeting put off: "asked on Tuesday to put off talks that were to have been held Thursday")
            return True
        if ds >= t.end and _APPOSED_RELATIVE.search(self.low, t.end, ds):
            return False  # ("pulled its officers out of the commission, the body that has policed the truce since
            # 1953, ...": a date of the relative clause inside a noun phrase set off by commas)
        if ds >= t.end:  # ("cut off all passage starting Dec. 1": "starting" is a preposition there, no verb)
            # (nor is a noun heading the verb's object: "ended its boycott of the talks on Monday")
            return not any(t.end <= o.start < ds and not o.suppressed
                           # ("North Korea could scrap the pact, Kim's sister warned in a statement on Tuesday": the
                           # saying after the clause, as "said" would be)
                           and not self._saying_after(o, t)
                           and not _STARTING_DATE.fullmatch(self.low, o.start, ds)
                           # ("restrict and cut off all passage starting Dec. 1": verbs sharing one object)
                           and not _VERB_AND_VERB.fullmatch(self.low, t.end, o.start)
                           and not ((not o.form.noun or o.form.verb and _DETERMINER_AFTER.match(self.low, o.end))
                                    # ("stopped answering the hotline and cut the military lines in February 2016":
                                    # "cut" is a noun too, but a verb before its object)
                                    and _PHRASE_AND_VERB.fullmatch(self.low, t.end, o.start)
                                    and _words(self.low[o.end : ds]) <= 10
                                    # (an offset from a date of this sentence is the second verb's alone; one from
                                    # the story's day dates both: "expelled the managers and cut the hotline the
                                    # next day")
                                    and not (d.rule.startswith("offset") and (
                                        not d.relative_to or d.relative_to in self.text[:ds]))
                                    and not _CLAUSE_COMMA.search(self.low, t.end, ds)
                                    # (a gerund only after a phase verb: "stopped answering the lines and broke
                                    # off", not "blames the North for planting the mines and switched")
                                    and (not t.text.lower().endswith("ing")
                                         or _PHASE_BEFORE.search(self.low, max(0, t.start - 12), t.start)))
                           and not (o.form.noun and _OBJECT_HEAD_GAP.fullmatch(self.low, t.end, o.start)
                                    and _OBJECT_PP.fullmatch(self.low, o.end, ds)
                                    # ("reopen the channels Pyongyang cut in June": a verb after its subject; "restore
                                    # the lines cut in 2020": a participle right after the object)
                                    and not any(t.end < e < o.start and (0 < _words(self.low[e : o.start]) <= 2
                                                                         or o.form.participle and e == o.start - 1)
                                                for _s, e, _c in self.objs))
                           # ("a test run of trains on the reconnected railways in the first half of the year")
                           and not self._attributive(o)
                           # ("crossed the zone in a one-day test on May 17": the verb's act told as a noun, the same
                           # day)
                           and not (o.form.noun and _IN_A_BEFORE.search(self.low, max(t.end, o.start - 30), o.start)
                                    and _OBJECT_PP.fullmatch(self.low, o.end, ds))
                           # ("lines, dead since the Korean War broke out in 1950,": the verb of the state's own
                           # "since" clause dates when the state began)
                           and not (t.text.lower().endswith(" since") and _words(self.low[t.end : o.start]) <= 6
                                    and not _BOUNDARY.search(self.low, t.end, o.start))
                           # ("blew up sections of the two roads crossing the border in October": a present
                           # participle after the object's noun says what the thing is, not what happened then)
                           and not (o.text.split()[0].lower().endswith("ing") and not o.form.noun
                                    and any(e == o.start - 1 and s_ > t.end for s_, e, _c in self.objs))
                           # ("made a test run across the border on May 17": "run" heads the verb's object noun;
                           # not a participle after the object's noun, "suspended the dialogue begun with ...", nor a
                           # verb after a relative clause's subject, "replied to a message Seoul sent on Monday")
                           and not (_DETERMINER_GAP.fullmatch(self.low, t.end, o.start)
                                    and not any(e in (o.start - 1, o.start) for _s, e, _c in self.objs)
                                    and self.text[t.end : o.start].islower())
                           # ("knocked out by a forest fire in 2010": the agent's noun, no event of its own)
                           and not (not o.text.lower().endswith("ing") and _BY_AGENT.search(
                               self.low, max(t.end, o.start - 30), o.start))
                           # ("suspended tours to the resort, developed by Hyundai, in July 2008": a participle
                           # phrase set off by commas before the date is not what it dates)
                           and not (o.form.participle and self.low[max(0, o.start - 2) : o.start] == ", "
                                    and "," in self.low[o.end : ds])
                           and not self._object_modifier(t, o)
                           and not self._work_begins(t, o)
                           # ("trains would start running across the border next Tuesday": one event)
                           and not (t.form.lemma in _PHASE_LEMMAS and o.start - t.end <= 1
                                    and o.text.split()[0].lower().endswith("ing"))
                           # ("talks failed to open on Monday": failing and its infinitive are one act)
                           and not (t.form.lemma == "fail" and self.low[t.end : o.start] == " to ")
                           # ("declared the South a hostile state at a party meeting in December": the meeting at
                           # which it was done and the act share its date)
                           and not ((m := _AT_OCCASION_BEFORE.search(self.low, max(t.end, ds - 70), ds)) is not None
                                    and m.start() <= o.start and o.end <= m.end())
                           for o in self.trigs)
        if (o := self._relative_clause_verb(t)) is not None and o.end <= ds:
            return False  # "the lines Pyongyang cut last year have not been restored": the clause's own date
        if not any(de <= o.start < t.start and not self._phase_of(o, t) and not self._saying_over(o, t, de)
                   and not (o.form.lemma == "take" and _TAKE_STEP_OF.fullmatch(self.low, o.end, t.start))
                   for o in self.trigs):
            return True  # ("held ceremonies Wednesday to begin reconnecting the railways": "begin" is part of it)
        if self._opening_occasion(d, t):
            return True
        rel = _REL_SUBJ.search(self.low, de, t.start) or _REL_BEFORE.search(self.low, de, t.start)
        if (
            rel is not None and rel.end() == t.start
            and any(de <= o.start and o.end <= rel.start() for o in self.trigs)
            and any(e <= rel.start() and _REL_GAP.fullmatch(self.low[e : rel.start()]) for _s, e, _c in self.objs)
        ):  # "On Friday X lifted the curbs that it imposed in 2008": Friday dates the lifting, not the imposing
            return False
        if not any(clause <= o.start < ds for o in self.trigs):
            return True
        if _BY_MEANS.match(self.low, de) is not None and _BOUNDARY.search(self.low, de, t.start) is None:
            # "Pyongyang answered the next day by declaring it would sever all relations": the date of the clause's
            # verb, given right after it, dates the means told by "by <verb>ing" and what that declares
            # ("North Korea, which denies sinking the ship, answered on May 25 by declaring ...": the verb right
            # before the date)
            first = [o for o in self.trigs if clause <= o.start and o.end <= ds]
            if first and _words(self.low[first[-1].end : ds]) <= 3 and "," not in self.low[first[-1].end : ds]:
                return True
        # a coordinated verb shares the date of the verb it is coordinated with
        # ("threatened on Thursday to scrap the deal and close the office")
        if _COORD_BEFORE.search(self.low, max(0, t.start - 40), t.start):
            prev = [o for o in self.trigs if o.end <= t.start and o.start >= de]
            if prev:
                return self._eligible(d, prev[0], clause)
        intent = _COORD_INTENT.search(self.low, max(0, t.start - 40), t.start)
        if intent is not None:
            # "accused Seoul on June 4 of ignoring the launches and threatened to scrap the pact": the date of the
            # clause's first verb, given right after it, dates the verb coordinated with it
            first = [o for o in self.trigs if clause <= o.start and o.end <= ds and not o.suppressed]
            if d.relative_to in ("since", "until", "by"):
                return False  # ("had exchanged letters since April and agreed to restore the lines": how long)
            return (
                # (a place between is still the first verb's: "met at the border village of Panmunjom on June 30
                # and agreed to restart talks"; not a plan's own day: "said it would open the resort to tourists in
                # April and threatened to ...")
                len(first) == 1 and (
                    _words(self.low[first[0].end : ds]) <= 3
                    or _words(self.low[first[0].end : ds]) <= 8
                    and not _PLAN_AUX_BEFORE.search(self.low, max(0, first[0].start - 12), first[0].start)
                )
                # (no finite verb between: "of turning a blind eye to the launches" is the first verb's complement)
                and not any(de <= o.start < intent.start() and not (o.form.noun or o.text.lower().endswith("ing"))
                            for o in self.trigs)
                and "," not in self.low[de : t.start] and _BOUNDARY.search(self.low, de, t.start) is None
            )
        return False

    def _opening_occasion(self, d, t: _Trig) -> bool:
        """ "At their first talks in two years, held at Panmunjom on Jan. 9, the South proposed resuming the
        reunions": a date ending the phrase that opens the sentence on a meeting dates the main clause after it."""
        de = d.end - self.offset
        comma = _OPENING_COMMA.match(self.low, de)
        return (
            comma is not None and comma.end() <= t.start
            and _OPENING_AT.match(self.low) is not None
            and "," not in _OPENING_ASIDE.sub("", self.low[: d.start - self.offset])
            and _BOUNDARY.search(self.low, comma.end(), t.start) is None
        )

    def _phase_of(self, o: _Trig, t: _Trig) -> bool:
        """Is ``o`` a phase verb ("begin", "start") right before ``t`` ("to begin reconnecting", "start by
        restoring"), or one weighing it ("was considering shutting the office": one threat)?"""
        return (o.form.lemma in _PHASE_LEMMAS or o.form.lemma == "consider") and o.end <= t.start and (
            self.low[o.end : t.start].strip(" ") in ("", "by"))  # ("start by restoring the lines": the means)

    def _work_begins(self, t: _Trig, o: _Trig) -> bool:
        """ "Work on reconnecting the railway began on Sept. 18", "Work to reconnect it will start on Oct. 5": the
        verb of the work's start (``o``, after the trigger's object) dates the trigger's event; so does the phase
        verb of an event noun that is the sentence's subject ("The demolition of the office began in March")."""
        if o.form.lemma not in _PHASE_LEMMAS:
            return False
        if t.form.noun and _NOUN_SUBJECT_OPENING.search(self.low, max(0, t.start - 40), t.start) is not None and (
            _NOUN_SUBJECT_GAP.fullmatch(self.low, t.end, o.start) is not None
        ):
            return True
        return (
            _WORK_HEAD.search(self.low, max(0, t.start - 30), t.start) is not None
            and _words(self.low[t.end : o.start]) <= 8
            and _CLAUSE_COMMA.search(self.low, t.end, o.start) is None
        )

    def _planned_back_then(self, d, clause: int, t: _Trig) -> bool:
        """ "agreed last summer to hold a round in September" (a February article): the plan has a past date of
        its own before ``d``, and ``d`` read in the recent past still falls after it, so the plan was for then
        (not a date of a relative clause before the verb: "a hotline that it cut off in 2016 would be reconnected
        on Wednesday")."""
        ds = d.start - self.offset
        rv = self._relative_clause_verb(t)
        if rv is not None:
            clause = max(clause, t.start)
        elif _COMMA_TO_BEFORE.search(self.low, max(0, t.start - 8), t.start):
            clause = 0  # ("agreed in October last year, when ..., to hold a round by early November": the plan's verb)
        return any(
            clause <= o.start - self.offset and o.end - self.offset <= ds and o.date_end < d.date <= self.ctx.today
            # ("to resume reunions of families separated by the 1950-53 Korean War in late August": a year naming
            # a thing is no time of the plan)
            and not (o.precision == "year" and self._modifier_date(o))
            for o in self._date_mentions()
        )

    def _will_after_date(self, d, t: _Trig) -> bool:
        """A future auxiliary between a date before the trigger and the trigger, with no verb of speech between
        ("On Monday, South Korea will break ground on restoring the railway"; not "On Monday, X said it will")."""
        de = d.end - self.offset
        if de > t.start:
            return False
        gap = self.low[de : t.start]
        m = _WILL_GAP.match(gap)
        return m is not None and _SAID_GAP.search(gap) is None and not re.search(
            r"\b(?:and|but|while|which|that)\b|\w+ed\b", gap[: m.start("aux")]
        )

    def _intended_date(self, d, clause: int) -> bool:
        """Does ``d`` stand in an infinitive phrase with no event of its own before it ("agreed to hold a
        ceremony in late November for reconnecting ...")?"""
        ds = d.start - self.offset
        if _SET_AS_DATE_BEFORE.search(self.low, max(clause, ds - 16), ds) and _AS_THE_DATE.match(
            self.low, d.end - self.offset
        ):  # "set Aug. 15 as the date for the offices to resume work": the day set is ahead
            return True
        # (not a name after "to": "expressed regret to Pyongyang over the flights on Feb. 10")
        last = next(reversed([x for x in _TO_VERB.finditer(self.low, clause, ds) if self.text[x.start(1)].islower()]),
                    None)
        return (
            last is not None
            and "," not in self.low[last.end() : ds]
            and not any(last.start() + 3 < o.start < ds for o in self.trigs)  # (the infinitive's own verb may be one)
        )

    def _looks_ahead(self, m: Mention, t: _Trig, d) -> bool:
        """Is a yearless date about something still to come: an intended event, a proposal's date after the
        verb ("proposed talks on Jan. 9"), or a starting point ("from Nov. 1", "starting Monday")?"""
        if d.rule not in ("month_day", "month") and not (
            d.rule.startswith("weekday") and not re.search(r"(?i)\b(?:last|past|earlier)\b", d.text)
            and not d.rule.startswith("weekday_reported")  # (counted from the day of its saying already)
        ):
            return False
        before = self.low[max(0, d.start - self.offset - 12) : d.start - self.offset]
        if _FROM_BEFORE.search(before) and m.status != "happened":
            return True
        return t.form.lemma in _PROPOSAL_LEMMAS and d.start - self.offset >= t.end

    def _day_label_end(self) -> int | None:
        """Where the day that labels the line ends, with its dash or colon ("Feb. 11, 2016 -- ", "May 24: "), when
        the sentence opens with one; None otherwise."""
        ds = self._date_mentions()
        if not ds or ds[0].start - self.offset > 4 or ds[0].precision != "day":
            return None
        g = _LABEL_END.match(self.text, ds[0].end - self.offset)
        return g.end() if g is not None else None

    def _label_opening_sub(self, t: _Trig):
        """(the line's day, the clause set before the main one) when a day label opens the line and a clause ending
        before ``t`` follows it ("July 27, 2021: After ..., the lines were reconnected"); None otherwise."""
        pos = self._day_label_end()
        sub = _OPENING_SUB.match(self.text, pos) if pos is not None else None
        return (self._date_mentions()[0], sub) if sub is not None and sub.end() <= t.start else None

    def _counted_from_set_day(self, dates: list) -> list:
        """The offsets among ``dates`` counted back from a day something was set for, also among them ("a test run
        set for May 25 ... the day before", "... a day before it was due")."""
        base = self.offset
        set_days = [x for x in dates if _SCHEDULED_FOR.search(self.low, max(0, x.start - base - 40), x.start - base)
                    or _DUE_TO_ON.search(self.low, max(0, x.start - base - 40), x.start - base)]
        return [d for d in dates if d.rule == "offset_before"
                and any(x.text == d.relative_to and x.end <= d.start for x in set_days)]

    def _subordinate_offset(self, m: Mention, t: _Trig, dates: list, clause: int = 0) -> bool:
        """ "..., 13 months after North Korea cut them off": the event of a clause opened by "<N> <unit>s
        after / before" happened N units before / after the main clause's date, not on it."""
        base = self.offset
        if "after" not in self.low and "before" not in self.low and "since" not in self.low:
            return False
        sub = None
        for x in _SUB_OFFSET.finditer(self.low, 0, t.start):
            sub = x
        if sub is None:
            return self._vague_offset(m, t, dates, clause)
        between = self.low[sub.end() : t.start]
        limit = 16 if between.endswith(" and ") and "," not in between else 10
        if limit == 10 and "," not in between and not any(sub.end() <= o.start < t.start for o in self.trigs):
            limit = 14  # (a long subject, no verb of ours before this one: "a day after the first government-level
            # talks between the rivals in almost four years broke down")
        if _words(between) > limit or _BOUNDARY.search(
            self.low, sub.end(), t.start
        ):  # ("a day after Pyongyang announced it would halt all dialogue with the South and bar ...": the second
            return False  # verb of the clause's one plan, no comma between)
        if (
            "," in self.low[sub.end() : t.start] and not _PARTICIPLE_AFTER_COMMA.search(self.low, sub.end(), t.start)
            and (self.low[: sub.start()].rstrip().endswith(",") or _words(self.low[: sub.start()]) == 0
                 or _APPROX_OPENING.fullmatch(self.low, 0, sub.start()) is not None
                 or self._day_label_end() == sub.start())
        ):  # "On March 21, a day after the drills ended, the North restored ...": an opening phrase between commas
            # (or after a line's day label: "Feb. 11, 2016 -- A day after Seoul suspends ..., the North expels ...");
            return False  # the verb is the main clause's
        clause_end = _BOUNDARY.search(self.low, t.end)
        stop = clause_end.start() if clause_end else len(self.low)
        coordinated = _COMMA_AND.search(self.low, t.end, stop)  # ("..., and at talks on Jan. 9 ...": another clause)
        stop = coordinated.start() if coordinated else stop
        participle = _COMMA_PARTICIPLE.search(self.low, t.end, stop)
        stop = participle.start() if participle else stop
        # ("Nearly a year after ...": a rough span opens the sentence too)
        opens = _words(self.low[: sub.start()]) == 0 or _APPROX_OPENING.fullmatch(self.low, 0, sub.start()) is not None
        opening_comma = self.low.find(", ", t.end) if opens else -1
        if opening_comma != -1 and not _BOUNDARY.search(self.low, t.end, opening_comma):
            stop = min(stop, opening_comma)  # ("Two days after X did Y, Z ... on Friday": the clause ends at its comma)
        else:
            opening_comma = -1
        # "Seoul is still waiting, two days after the talks broke down, officials said on Monday": the day of the
        # saying that closes the sentence is the main clause's, past the comma that ends the counted clause
        said_on = [
            d for d in dates if d.start - base > t.end and d.precision == "day"
            and "," in self.low[t.end : d.start - base]
            and _SAID_ON_BEFORE.search(self.low, max(0, d.start - base - 40), d.start - base)][-1:]
        if said_on and not opens:
            stop = min(stop, self.low.index(",", t.end))
        if any(sub.end() <= d.start - base < stop and self._eligible(d, t, clause) for d in dates):
            return False  # the clause has its own date ("a year after Pyongyang severed them in June 2020")
        # (not a year naming a thing: "last year's detente a month after the Hanoi summit collapsed"; "Friday's
        # meeting, held a day after ..." is the main clause's day)
        def owns(d) -> bool:  # "last year's detente", "next month's Olympics": a date owning a noun
            return self.low.startswith(("'s ", "\u2019s "), d.end - base)

        main = [d for d in dates if d.end - base <= sub.start() and not self._modifier_date(d)
                and not (d.precision == "year" and owns(d))]
        if len(main) > 1 and not all(owns(d) for d in main):
            # ("on Tuesday urged the North to keep to the deals for next month's Olympics, a day after ...": the
            # verb's own day, not the day owning a noun)
            main = [d for d in main if not owns(d)]
        if not main and said_on and (not opens or opening_comma != -1):
            # (the saying's day stands for the main clause's; a main clause in the present is the publication day's:
            # "Eleven days after the talks collapsed, the two sides have set no date, an official said on Tuesday")
            comma = opening_comma if opens else self.low.index(",", t.end)
            if _PRESENT_MAIN.match(self.low, 0, sub.start()) or _PRESENT_MAIN.match(self.low, comma + 1):
                pub = self.ctx.published
                main = [SimpleNamespace(date=pub, date_end=pub, precision="day")]
            else:
                main = said_on
        if not main and opening_comma != -1:
            # "Two days after the North called off the test runs, Seoul officials were still weighing on Friday
            # ...": an opening clause counts from the main clause's date after its comma
            main = [d for d in dates if d.start - base > opening_comma and d.precision != "reported"
                    and not _BOUNDARY.search(self.low, opening_comma + 2, d.start - base)][:1]
            # (not "..., which had opened in September 2018": a date in a relative clause is not the main clause's)
        since = sub.group(3) == "since"
        anniversary = since and _ANNIVERSARY_BEFORE.search(self.low, max(0, sub.start() - 24), sub.start())
        if since and (
            not (anniversary or _HAS_BEEN_BEFORE.search(self.low, max(0, sub.start() - 24), sub.start()))
            or "," in self.low[sub.end() : t.start]
        ):
            return False  # ("the first talks in two years since ...": the gap rules read it; "a message marking 25
            # years since the first summit, Lee vowed to restore ...": the verb is outside the clause)
        from_publication = False
        if not main and (
            opening_comma != -1 and not since and _PRESENT_MAIN.match(self.low, opening_comma + 1)
            or since and _HAS_BEEN_NOW_BEFORE.search(self.low, max(0, sub.start() - 24), sub.start())
        ):
            # "Seven weeks after North Korea cut every official line, the phones are still silent", "It has been
            # nearly three weeks since ...": a main clause in the present without a date of its own is the
            # publication day (a rough date: it joins the dated mention of the event, when the article has one)
            pub = self.ctx.published
            main = [SimpleNamespace(date=pub, date_end=pub, precision="day")]
            from_publication = True
        if not main:
            return False
        d = main[-1]
        n = _offset_count(sub)
        if n is None:
            return False
        unit = sub.group(2)
        sign = -1 if sub.group(3) in ("after", "since") else 1
        if anniversary and d.precision == "day" and unit in ("month", "year") and not _APPROX_BEFORE.search(
            self.low, 0, sub.start()
        ):
            # "Wednesday marks one year since North Korea reconnected the lines": the same day N years before
            date = _add_months(d.date, sign * n * (12 if unit == "year" else 1))
            m.date, m.date_end, m.date_precision = date, date, "day"
            m.date_text, m.date_rule = self.text[sub.start() : sub.end()].strip(), "anniversary"
            return True
        if unit in ("day", "week"):
            step = dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
            date, end, precision = d.date + step, d.date_end + step, d.precision
            if precision != "day":  # a month or a year shifted by days: the one holding most of the shifted span
                mid = d.date + (d.date_end - d.date) / 2 + step
                if precision == "year":
                    date, end = mid.replace(month=1, day=1), mid.replace(month=12, day=31)
                else:
                    date, precision = mid.replace(day=1), "month"
                    end = _add_months(date, 1) - dt.timedelta(days=1)
        else:
            months = sign * n * (12 if unit == "year" else 1)
            date = _add_months(d.date, months)
            if unit == "year" and d.precision == "year":
                date, end, precision = date.replace(month=1, day=1), date.replace(month=12, day=31), "year"
            else:
                date = date.replace(day=1)
                end, precision = _add_months(date, 1) - dt.timedelta(days=1), "month"
        rule = "subordinate_offset"
        if from_publication:
            rule = "subordinate_offset_approx"
            if unit != "day" and precision == "day" and _APPROX_BEFORE.search(self.low, 0, sub.start()):
                # ("nearly three weeks since" the publication day: the month)
                date = date.replace(day=1)
                end, precision = _add_months(date, 1) - dt.timedelta(days=1), "month"
        elif _APPROX_BEFORE.search(self.low, 0, sub.start()):
            # "more than two years after the North cut them": a rough span, so a rough date (the year for
            # years) that joins the article's own dated mention of that event (see `_compatible`)
            rule = "subordinate_offset_approx"
            if unit == "year":
                date, end, precision = date.replace(month=1, day=1), date.replace(month=12, day=31), "year"
        m.date, m.date_end, m.date_precision = date, end, precision
        m.date_text, m.date_rule = self.text[sub.start() : sub.end()].strip(), rule
        return True

    def _vague_offset(self, m: Mention, t: _Trig, dates: list, clause: int) -> bool:
        """ "..., days after Pyongyang cut off all communication lines": with no count, the clause's event lies in
        a window before (after) the main clause's day date: days 1-14, weeks 1-8, months 1-12; its precision is
        the finest unit holding the window (rule ``subordinate_offset_approx``). Nothing when the window
        straddles two years, the main clause has no day date or the clause has a date of its own."""
        base = self.offset
        sub = None
        for x in _SUB_VAGUE.finditer(self.low, 0, t.start):
            sub = x
        if sub is None or _words(self.low[sub.end() : t.start]) > 6 or _BOUNDARY.search(self.low, sub.end(), t.start):
            return False
        clause_end = _BOUNDARY.search(self.low, t.end)
        stop = clause_end.start() if clause_end else len(self.low)
        if any(sub.end() <= d.start - base < stop for d in dates):
            return False
        main = [d for d in dates if d.end - base <= sub.start() and d.precision == "day"]
        if not main:
            return False
        day = main[-1].date
        near, far = _VAGUE_WINDOWS[sub.group(1)]
        if sub.group(2) == "after":
            date, end = day - dt.timedelta(days=far), day - dt.timedelta(days=near)
        else:
            date, end = day + dt.timedelta(days=near), day + dt.timedelta(days=far)
        if date.year != end.year:
            return False
        precision = "day" if date == end else "month" if (date.year, date.month) == (end.year, end.month) else "year"
        if precision == "year":
            date, end = date.replace(month=1, day=1), date.replace(month=12, day=31)
        m.date, m.date_end, m.date_precision = date, end, precision
        m.date_text, m.date_rule = self.text[sub.start() : sub.end()].strip(), "subordinate_offset_approx"
        return True

    def _offset_from_clause_after(self, m: Mention, t: _Trig, pick) -> None:
        """"called off the test runs a day before they were due on May 25", "cut the hotline two days after Seoul
        proposed talks on May 3": a date inside a clause of "<N> <unit>s before / after" that follows the verb is the
        clause's; the verb is N units from it."""
        base = self.offset
        if m.date_precision not in ("day", "month") or pick.start - base < t.end:
            return
        sub = None
        for x in _SUB_OFFSET.finditer(self.low, t.end, pick.start - base):
            sub = x
        if sub is None or sub.group(3) == "since" or _BOUNDARY.search(self.low, t.end, sub.start()) or (
            _BOUNDARY.search(self.low, sub.end(), pick.start - base)
        ) or self.low.endswith("by ", 0, sub.start()) or re.fullmatch(r"\s*for\s+", self.low[t.end : sub.start()]) or (
            sub.group(2) in ("day", "week") and _APPROX_BEFORE.search(self.low, 0, sub.start())
        ):
            return  # ("pushed back by a day after ...", "had been dead for 13 months after ...": no offset; "less
            # than two weeks after": a rough one, where a month is a month)
        seg = self.low[sub.end() : pick.start - base]
        if "," in seg.rstrip().rstrip(",") or _AND_PAST_VERB.search(seg) or any(
            sub.end() < o.start < pick.start - base and " and " in self.low[sub.end() : o.start] for o in self.trigs
        ):  # (not "a week after Seoul asked ..., officials said Sunday", nor "the day after the first closure and
            # let traffic move again on March 17": the date is another clause's)
            return
        n = _offset_count(sub)
        unit = sub.group(2)
        if n is None or unit == "year" or m.date_precision == "month" and unit in ("day", "week"):
            return
        sign = 1 if sub.group(3) == "after" else -1
        if unit == "month":
            date = _add_months(m.date, sign * n).replace(day=1)
            end, precision = _add_months(date, 1) - dt.timedelta(days=1), "month"
        else:
            step = dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
            date, end, precision = m.date + step, m.date + step, "day"
        m.date, m.date_end, m.date_precision = date, end, precision
        m.date_text = self.text[sub.start() : pick.end - base].strip()
        m.date_rule = f"{m.date_rule}+clause_offset"

    def _sub_offset_before(self, t: _Trig) -> tuple[int, int] | None:
        """Span of "<N> <unit>s after / before" opening the trigger's clause, if any."""
        sub = None
        for x in _SUB_OFFSET.finditer(self.low, 0, t.start):
            sub = x
        if sub is None or _words(self.low[sub.end() : t.start]) > 6 or _BOUNDARY.search(self.low, sub.end(), t.start):
            return None
        return sub.start(), sub.end()

    def _same_semicolon_clause(self, dates: list, t: _Trig) -> list:
        """Dates never cross a semicolon ("X cut the line on June 9; Seoul later suspended the pact"),
        except a date that opens the sentence ("On May 2, the North ...; it also ...")."""
        base = self.offset
        before = self.text.rfind(";", 0, t.start)
        after = self.text.find(";", t.end)
        keep = []
        for d in dates:
            s, e = d.start - base, d.end - base
            if after >= 0 and s > after:
                continue
            if before >= 0 and e <= before and not _SENTENCE_OPENER.match(self.text[:s]):
                continue
            keep.append(d)
        return keep

    def _saying_date(self, d) -> bool:
        """Does ``d`` follow a reporting verb ("the ministry said Wednesday", "KCNA reported on Friday")?"""
        before = self.low[max(0, d.start - self.offset - 30) : d.start - self.offset].split()
        if before and before[-1] == "on":
            before = before[:-1]
        return bool(before) and before[-1] in _reporting_verbs()

    def _report_date(self, d, t: _Trig) -> bool:
        """Does ``d`` date the reporting of the trigger's clause rather than the event ("state media reported
        Wednesday that ...", "Seoul said on Tuesday the North had ...")?"""
        ds = d.start - self.offset
        if ds >= t.start:
            return False
        if self._saying_date(d):
            return True
        before = self.low[max(0, ds - 60) : ds].split()
        if before and before[-1] == "on":
            before = before[:-1]
        # "told a visiting South Korean minister Friday that ...": the date after the listener
        tail = before[-6:]
        told = max((i for i, w in enumerate(tail) if w in ("told", "tells", "informed", "assured")), default=None)
        stops = ("that", "had", "has", "have", "was", "were", "would", "will")
        return told is not None and not any(w in stops or w.endswith(",") for w in tail[told + 1 :])

    def _near(self, d, t: _Trig) -> bool:
        """Is ``d`` close to the trigger: before it, or after it within 12 words and no comma?"""
        ds = d.start - self.offset
        if ds < t.start:
            return True
        # (counted from the verb coordinated with it: "restrict and cut off all passage ...")
        # (or from the second of two verb phrases that share the date ending it: "cut the hotlines and blew up a
        # liaison office on its side of the border in June 2020")
        end = next(
            (o.end for o in self.trigs if o.start > t.end and o.end <= ds and (
                _VERB_AND_VERB.fullmatch(self.low, t.end, o.start)
                or _PHRASE_AND_VERB.fullmatch(self.low, t.end, o.start)
            )), t.end
        )
        gap = self.low[end:ds]
        return _CLAUSE_COMMA.search(gap) is None and _words(gap) <= 12  # (not the comma of "53,000")

    def _past_tail(self, m: Mention, t: _Trig) -> _Trig:
        """The trigger stretched to the end of its pattern's tail after the object ("put their liaison offices at the
        truce village of Panmunjom back into operation | on Monday"): a date right after the tail is near it."""
        p = self.vocab.pattern(t.form.lemma, m.obj) if m.obj else None
        obj_end = m.char_end - self.offset
        if p is None or p.tail is None or obj_end <= t.end:
            return t
        end = self._tail_end(p, obj_end)
        return replace(t, end=end) if end > t.end else t

    def _when_date(self, t: _Trig):
        """ "the first since April last year, when a round in Beijing broke up": the date the trigger's "when"
        clause hangs on (also a gap's start, which the dates of :meth:`_date` leave out), or None."""
        if "when" not in self.low:
            return None
        pick = None
        for d in self._date_mentions():
            w = _WHEN_AFTER.match(self.low, d.end - self.offset)
            if w is not None and w.end() <= t.start and not any(
                w.end() <= o.start < t.start
                and not _GERUND_IN_PHRASE.search(self.low, max(0, o.start - 8), o.start + 1)
                # ("when it stopped answering the lines": a verb of stopping or starting and its gerund are one act)
                and not (o.end < t.start and not self.low[o.end : t.start].strip() and t.text.lower().endswith("ing"))
                # ("when a soldier shot a tourist and Seoul suspended the tours": two verbs of the one clause)
                and not (o.end < t.start and _AND_IN_CLAUSE.fullmatch(self.low, o.end, t.start))
                for o in self.trigs
            ):  # ("when talks on exchanging envoys broke up": a gerund after a preposition is no verb of the clause)
                pick = d
        return pick

    def _past_opening_phrase(self, dates: list, t: _Trig) -> list:
        """ "In April, after the nuclear test in February, Pyongyang withdrew its workers": a date that opens the
        sentence dates the main clause; a date in the phrase set off between it and the clause is the phrase's."""
        base = self.offset
        first = dates[0] if dates else None
        if first is None or not _OPENING_DATE_BEFORE.fullmatch(self.low, 0, first.start - base) or not (
            self.low.startswith(",", first.end - base)
        ):
            return dates
        opening = first.end - base
        if re.search(r"\b(?:later|earlier|ago)\b", self.low[first.start - base : opening]):
            return dates  # ("Days later, at their first talks on Jan. 9, the North agreed": the day is in the phrase)
        last = self.low.rfind(", ", opening + 1, t.start)
        if last == -1 or _BOUNDARY.search(self.low, last, t.start) or re.search(r"[;:]", self.low[opening:t.start]):
            return dates
        if not _SET_OFF_PHRASE.match(self.low, opening + 1):  # (", the Red Cross societies agreed ...": the clause)
            return dates
        # (not a date told again: "A year later, in October 2019, Kim ordered")
        return [d for d in dates if not (
            opening < d.start - base < last
            and not _OPENING_DATE_BEFORE.fullmatch(self.low, opening + 1, d.start - base)
        )]

    def _date(self, m: Mention, t: _Trig, clause: int, subject: int | None = None) -> None:
        """Date ``m`` (its trigger ``t``, its clause starting at ``clause``; ``subject``: where the subject of an
        intransitive verb starts, when it stands before the verb)."""
        base = self.offset
        if m.status == "denied" and (_BARE_SINCE.match(self.low, t.end) or (
            m.category in ("break", "restoration") and _DENIED_STATE.search(self.low, max(0, t.start - 40), t.start)
            and not _SINCE_AFTER.match(self.low, t.end)
            # (the day of a saying after the verb still dates the state: "has not reconnected the line, officials
            # said on Sunday")
            and not any(d.start - base >= t.end and self._saying_date(d) for d in self._date_mentions())
        )):
            self._reported(m)  # "talks have not resumed since": up to the publication, whatever dates stand before
            return
        dates = [
            d
            for d in self._date_mentions()
            if (not self._modifier_date(d) or self._dated_cause(d, t) or self._dated_noun(d, t)
                or self._dated_subject(d, m) or self._dated_opening(d, t) or self._dated_occasion(d))
            and not _GAP_START.search(self.low, max(0, d.start - base - 60), d.start - base)
        ]
        if m.status == "happened" and len(dates) > 1 and (
            ahead := [d for d in dates if d.start - base < t.start and d.relative_to == "since"
                      and _FROM_BEFORE.search(self.low, max(0, d.start - base - 12), d.start - base)
                      and _WOULD_BEFORE.search(self.low, max(0, d.start - base - 80), d.start - base)]
        ) and len(ahead) < len(dates):
            # ("On Nov. 12, the North warned it would restrict crossings from Dec. 1, and it shut its office"): the
            # start of what it said it would do is no date of what it did
            dates = [d for d in dates if d not in ahead]
        if m.mode == "intransitive" and len(dates) > 1:
            # "Five rounds of talks in June ended in acrimony on July 25": a date inside the subject names the
            # subject; the verb's own date after it dates the verb
            own = [d for d in dates if d.start >= m.char_end and _words(self.low[t.end : d.start - base]) <= 6
                   and not _BOUNDARY.search(self.low, t.end, d.start - base)
                   and "," not in self.low[t.end : d.start - base]]
            inside = [d for d in dates if m.char_start <= d.start and d.end <= t.start + base]
            if own and inside:
                dates = [d for d in dates if d not in inside]
        dates = self._past_opening_phrase(dates, t)
        if m.status == "happened" and dates and (ante := self._antecedent_date(t)) is not None and not (
            self._modifier_date(ante)  # (not a date naming a thing: "the Dec. 1 measures, which cut crossings")
        ) and not any(
            d.start - base >= t.start and not _NEXT_CONJUNCT.search(self.low, t.start, d.start - base) for d in dates
        ):
            # "talks on Feb. 1, which ended without agreement, and separate talks on Feb. 8": a relative clause with
            # no date of its own tells of its antecedent's day, not of a date past its end
            dates = [ante]
        if m.status == "happened" and len(dates) > 1 and _BEEN_BEFORE.search(self.low, max(0, t.start - 12), t.start):
            # "said in July that the North had been removing rails ... since late June": what has gone on since a
            # date began then, whatever day it was told on
            since = [d for d in dates if d.start - base >= t.end and d.relative_to == "since"
                     and not re.search(r"[,;:]", self.low[t.end : d.start - base])]
            if since:
                dates = since[:1]
        when = self._when_date(t)
        if when is not None:
            # "the first since March 19, when talks ... broke up": no date before the date the "when" clause hangs
            # on ("Tuesday's contact was the first since ...")
            dates = [d for d in dates if d.start >= when.end]
        if dates:
            # "reconsider next month's summit", "called off this year's drills": a date still ahead names the object,
            # not the action ("the collapse of last month's summit" is dated by it)
            dates = [
                d for d in dates
                if not (
                    m.char_start <= d.start and d.end <= m.char_end and _POSSESSIVE.match(self.low, d.end - base)
                    and d.date_end > self.ctx.today
                )
            ]
        if dates:
            # "broke up over a demand for an apology for this month's naval battle", "despite Saturday's clash": a
            # date owning a noun that is the cause or the topic is that noun's ("agreed at Wednesday's talks",
            # "march at Thursday's ceremony": the occasion dates the event)
            dates = [
                d for d in dates
                if not (
                    d.start - base >= t.end and _POSSESSIVE_S.match(self.low, d.end - base) is not None
                    and _CAUSE_BEFORE.search(self.low, max(0, d.start - base - 24), d.start - base) is not None
                )
            ]
        if dates and "," in self.low[t.end :]:
            # "rejected its offer of formal talks, made on Thursday": a participle set off after the verb's object
            # dates the object's own action (the offer), not the verb's, when another date is left
            spans = [
                (x.start(), self.low.find(",", x.end()) % (len(self.low) + 1))
                for x in _PARTICIPLE_APPOSITIVE.finditer(self.low, t.end)
                if not any(o.start <= x.start(1) < o.end for o in self.trigs)
                and "," not in self.low[t.end : x.start()]  # (", Kwon Ho-ung, protested on Thursday": the verb)
            ]
            if spans:
                dates = [d for d in dates if not any(a <= d.start - base < b for a, b in spans)] or dates
        if dates:  # ("talks end without progress, next round set for May 30": the next round's day)
            dates = [d for d in dates if not (
                d.start - base >= t.end
                and _NEXT_SET_FOR.search(self.low, max(t.end, d.start - base - 80), d.start - base)
            )]
        if dates and m.category != "break" and (m.status in _FUTURE_STATUSES or m.status == "hypothetical"):
            # ("intends to reopen dialogue and may soon restart aid frozen since the missile launches in July": a
            # date in a "since" phrase after the verb is how long a state has lasted, not when a plan is for)
            dates = [d for d in dates if not (
                d.start - base >= t.end
                and (sp := _SINCE_PHRASE.search(self.low, max(t.end, d.start - base - 70), d.start - base))
                and _words(self.low[t.end : sp.start()]) >= 2  # (not a state's own "closed since February"; nor a
                # break's: "the office, shut by the North since 1996")
            )]
        if dates and (t.form.lemma in _POSTPONE_LEMMAS or self.low.startswith("adjourn", t.start)):
            # ("had been adjourned without agreement until June 10": the day it is to resume is not the adjournment's)
            dates = [d for d in dates if not (
                d.start - base >= t.end
                and _MOVED_DATE_BEFORE.search(self.low, max(0, d.start - base - 12), d.start - base)
            )]
        pick = None
        if dates and m.quoted:  # a quotation names the event; the dates around it are the speaker's
            q0 = max(self.text.rfind('"', 0, t.start), self.text.rfind("\u201c", 0, t.start))
            q1 = min((i for i in (self.text.find('"', t.end), self.text.find("\u201d", t.end)) if i >= 0),
                     default=len(self.text))
            # not a scare quote ('would "seal off"'), nor the verb alone quoted with its object outside ('will
            # "strictly restrict and cut off" all overland passage')
            if _words(self.text[q0 + 1 : q1]) > _SCARE_QUOTE_WORDS and m.char_end - base <= q1:
                dates = [d for d in dates if q0 < d.start - base and d.end - base <= q1]
        if dates and ";" in self.text:
            dates = self._same_semicolon_clause(dates, t)
        if dates and "," in self.low[: t.start]:
            # "Tours ..., suspended since July 2008, have not resumed": the parenthetical's date is its own
            spans = [(x.start(), x.end()) for x in _PARENTHETICAL.finditer(self.low, 0, t.start)]
            aux = _AUX_TAIL.search(self.low, max(0, t.start - 60), t.start)
            head_end = aux.start() if aux else t.start
            app = _APPOSITIVE_BEFORE.search(self.low, max(0, head_end - 200), head_end)
            if app is not None and not _OWN_DATE_APPOSITIVE.match(self.low, app.start()) and not (
                _NOUN_APPOSITIVE.match(self.low, app.start())
                and all(app.start() <= d.start - base < head_end for d in dates)
            ) and not (
                t.form.lemma == "take place" and _SCHEDULED_APPOSITIVE.match(self.low, app.start())
                and _DID_NOT_BEFORE.search(self.low, max(0, t.start - 12), t.start)
            ):  # (a noun phrase renaming the subject dates it when nothing else does: "The most recent talks,
                # vice-ministerial meetings at Kaesong in December, broke down"; "an 11th round, due at Panmunjom
                # on Friday, did not take place": the day it failed to meet, while "the summit, set for July 25,
                # would not take place" is dated by the day it was called off)
                spans.append((app.start(), head_end))  # "The training, due to start Wednesday, has not been ..."
            if spans:
                kept = [d for d in dates if not any(a <= d.start - base and d.end - base <= b for a, b in spans)]
                if not kept and _reporting_verbs().intersection(_WORD.findall(self.low, 0, t.start)):
                    # ("In the statement, carried by KCNA on Thursday, Kim said the North could shut the office":
                    # the day the statement came out is the saying's, when nothing else dates it)
                    kept = [d for d in dates if any(a <= d.start - base and d.end - base <= b
                                                    and _RELEASE_PARENTHETICAL.match(self.low, a) for a, b in spans)]
                if kept or not (app is not None and m.category == "break" and m.status == "happened"
                                and _SCHEDULED_APPOSITIVE.match(self.low, app.start())):
                    dates = kept  # ("A first summit, planned for July 1994, was scrapped": its day when nothing else)
        if subject is None and m.mode == "intransitive":
            subject = m.char_start - base
        if dates and subject is not None and subject < t.start:
            # "Economic talks that opened at Panmunjom last November resumed on May 17": the relative clause's
            # date is the opening's
            rel = _SUBJECT_RELATIVE_GAP.search(self.low, subject, t.start)
            if rel is not None and _SCHEDULE_RELATIVE.match(self.low, rel.start()):
                rel = None  # ("Talks ... that had been set for Wednesday did not take place": the day set)
            own = _OBJECT_RELATIVE_GAP.search(self.low, subject, t.start) if rel is None else None
            if own is not None and any(own.start() < o.start < own.end("verb") for o in self.trigs) and not (
                _FOR_DATE.search(self.low, own.end("verb"), t.start)
            ):  # (one with a subject of its own whose verb is another event: "The office that the two sides opened in
                # 2018 has been closed since January 2020"; not "Talks that Seoul had proposed for Thursday will not
                # take place": the day they were set for)
                rel = own
            reduced = _REDUCED_RELATIVE.search(self.low, subject, t.start)
            if rel is None and reduced is not None and any(
                o is not t and reduced.start() < o.start < reduced.end() and o.form.lemma not in _OCCASION_LEMMAS
                for o in self.trigs
            ):  # (or a verb of another event right after the subject: "The lines cut in 2020 came back in July
                # 2021"; not "The last round, held in July, ended": the same meeting)
                rel = reduced
            if rel is not None:
                dates = [d for d in dates if not (rel.start() <= d.start - base < t.start)] or dates
        if (dates or "after " in self.low or "since " in self.low) and self._subordinate_offset(m, t, dates, clause):
            return  # (with no date at all, a clause in the present counts from the publication day)
        if dates and ("after" in self.low or "before" in self.low):
            # "... a year after it cut them off in June 2020": the span dates the main clause, not "cut"
            sub = self._sub_offset_before(t)
            # (not the main verb after the "after" phrase's comma: "Two months after that meeting, the Koreas
            # reopened the offices, which had been shut in 1996")
            if sub is not None and not ("," in self.low[sub[1] : t.start] and not self.low[: sub[0]].strip()):
                counted = self._counted_from_set_day(dates) if m.category == "break" else []
                dates = [d for d in dates if not (d.start - base < sub[1] and sub[0] < d.end - base)
                         or d in counted] or dates
        if dates and clause and (lab := self._date_mentions()[0]) in dates and lab.start - base <= 4 and (
            lab.precision == "day"  # (not "2016 - Seoul shut the park on Feb. 10": the day in the line dates it)
            or lab.precision == "month" and lab.rule == "month"  # ("June: Seoul suspended the deal after ... in May")
        ) and (
            (g := _LABEL_END.match(self.text, lab.end - base)) is not None and g.end() >= clause
        ):  # "May 24: Seoul halts trade ..., after ... the sinking in March": a line's date label opens its clause
            clause = 0
        if dates:
            clause_end = len(self.text)
            b = _BOUNDARY.search(self.text, t.end)
            if b and m.category == "break" and any(d.start - base < b.start() < d.end - base
                                                   for d in self._counted_from_set_day(dates)):
                b = _BOUNDARY.search(self.text, b.end())  # ("a day before it was due": the offset's own "before")
            if b:
                clause_end = b.start()
            nc = _AND_NEW_CLAUSE.search(self.low, t.end, clause_end)
            if nc is not None:  # "..., and the delegates settled on a date, Nov. 20": another clause's date
                clause_end = nc.start()
                dates = [d for d in dates if d.start - base < clause_end]
            in_clause = [
                d
                for d in dates
                if clause <= d.start - base and d.end - base <= clause_end and self._eligible(d, t, clause)
            ]
            in_clause = self._own_plan_days(in_clause, t)
            if any(d.start - base >= t.end for d in in_clause):
                # "X, which cut the lines after ... in May, restored them on Tuesday": a date cut off from the
                # verb by a comma belongs to the phrase before, unless it opens the clause ("On Tuesday, X ...")
                in_clause = [
                    d
                    for d in in_clause
                    if d.end - base > t.start
                    or "," not in self.low[d.end - base : t.start]
                    or _CLAUSE_OPENER.match(self.text[clause : d.start - base])
                    or _SENTENCE_OPENER.match(self.text[: d.start - base])
                    # ("will hold talks on Thursday, the first such session in months, the ministry said Wednesday":
                    # a noun set beside the date names what happens then; the date after it is the saying's)
                    or _APPOSED_AFTER_DATE.fullmatch(self.low, d.end - base, t.start)
                    and all(self._saying_date(x) for x in in_clause if x.start - base >= t.end)
                ]
            if (
                in_clause and m.mode in ("relative", "passive") and (head := m.char_start - base) < t.start
                and _RELATIVE_SUBJECT_BEFORE.search(self.low, head, t.start)
                and "," not in self.low[head : t.start]
                and (any(d.start - base >= t.end and not self._saying_date(d) for d in in_clause)
                     or re.search(r"\bhad\s+$", self.low[head : t.start]))
            ):  # "lifted on Friday the curbs it had imposed on traffic last December": a verb of a relative clause
                # after its head is dated in that clause, not by the main verb's date before the head (nor when the
                # clause has no date and its pluperfect puts it before that day: "the curbs it had imposed")
                in_clause = [d for d in in_clause if d.end - base > head]
            if len(in_clause) > 1 and (lab_sub := self._label_opening_sub(t)) is not None and lab_sub[0] in in_clause:
                sub = lab_sub[1]
                # "July 27, 2021: After Moon and Kim had exchanged letters since April, the lines were reconnected":
                # the line's day dates its main clause, not a date of the clause set before it
                in_clause = [d for d in in_clause if not (sub.start() <= d.start - base < sub.end())] or in_clause
            if len(in_clause) > 1 and m.status in _FUTURE_STATUSES:
                # "agreed Monday to reopen the offices on Aug. 15 and to reconnect the railway": the date ending
                # the first infinitive's phrase is that verb's; the second one is dated by the agreement
                in_clause = [
                    d for d in in_clause
                    if not (d.end - base <= t.start and _AND_TO_GAP.fullmatch(self.low, d.end - base, t.start)
                            and any(o.end <= d.start - base and o.start >= clause for o in self.trigs))
                ] or in_clause
            if len(in_clause) > 1 and any(
                d.start - base >= t.end and _CLAUSE_COMMA.search(self.low, t.end, d.start - base) is None
                and _words(self.low[t.end : d.start - base]) <= 20 for d in in_clause
            ):
                # "stopped answering X on March 11 and cut Y on March 27", "... and cut the military line used to
                # clear traffic in and out of Kaesong on March 27": a date that ends the previous verb's phrase
                # right before "and" is that verb's when this one has its own after it
                in_clause = [
                    d for d in in_clause
                    if not (d.end - base <= t.start and _COORD_GAP.fullmatch(self.low[d.end - base : t.start])
                            and any(o.end <= d.start - base and o.start >= clause for o in self.trigs))
                ] or in_clause
            if len(in_clause) > 1 and m.category == "break" and m.status in ("happened", "announced"):
                # "On Saturday, the North cut the line and put off talks planned for Oct. 2": the day the talks were
                # set for is theirs, not the day they were put off
                in_clause = [
                    d for d in in_clause
                    if not (d.start - base >= t.end
                            and _SCHEDULED_FOR.search(self.low, max(t.end, d.start - base - 48), d.start - base))
                ] or in_clause
            if len(in_clause) > 1 and m.category == "break" and (counted := self._counted_from_set_day(in_clause)):
                # "A test run set for May 25 was called off the day before", "... a day before it was due": the day
                # counted back from the day set is the call-off's, the day set is the plan's
                in_clause = [d for d in in_clause if d.text not in {c.relative_to for c in counted}]
            if len(in_clause) > 1:  # "reported Wednesday that ... cut the lines on Tuesday": Tuesday
                near_t = self._past_tail(m, t)
                own = [d for d in in_clause if not self._report_date(d, t) and self._near(d, near_t)]
                told = [d for d in in_clause if self._report_date(d, t)]
                if own and told and m.status in ("announced", "threatened") and all(
                    d.end <= told[0].start for d in own
                ) and "," not in self.low[told[-1].end - base : t.start]:
                    # ("shut the zone on April 3 and said on April 8 that it would cut the line": what it said is
                    # dated by the saying, not by the verb before it)
                    own = told[-1:]
                in_clause = own or in_clause
            if len(in_clause) > 1 and m.status in _FUTURE_STATUSES:
                # "agreed on Monday to hold talks in November": the date of the intended action, not the agreement's
                # ("proposed on Monday that officers meet at Panmunjom on Thursday", "proposed on Tuesday holding
                # talks on Sept. 25": the day proposed for the meeting)
                ahead = [d for d in in_clause if d.start - base >= t.end]
                if ahead and any(
                    d.end - base <= t.start and (_TO_VERB.search(self.low, d.end - base, t.end)
                                                 or _PROPOSED_BETWEEN.search(self.low, max(clause, d.start - base - 16),
                                                                             t.start))
                    for d in in_clause
                ):
                    in_clause = ahead
            if len(in_clause) > 1 and (
                self.low[max(0, t.start - 2) : t.start] == ", " and t.text.split()[0].lower().endswith("ing")
                or _COORD_BEFORE.search(self.low, max(0, t.start - 40), t.start)
                or _COORD_SUBJECT_BEFORE.search(self.low, max(0, t.start - 60), t.start)
            ):  # "On Aug 21, X lifted the curbs it had placed in December, reopening the route": the participle
                # takes the date opening the sentence; a date inside a relative clause of the main one is that
                # clause's ("In December, it halted the train that had run since late 2007 and stopped tours"), also
                # for a verb with a subject of its own ("Sept. 1: X lifts the curbs it imposed in May, and traffic
                # returns to normal")
                opener = [d for d in in_clause if d.end - base <= t.start and (
                    _SENTENCE_OPENER.match(self.text[: d.start - base])
                    # "North Korea on Saturday postponed the reunions that were set to start Wednesday and put off
                    # talks": a date between the subject and the first verb opens the sentence too
                    or _SUBJECT_BEFORE_DATE.fullmatch(self.text, 0, d.start - base)
                    and not any(o.start < d.start - base for o in self.trigs)
                    and any(_words(self.low[d.end - base : o.start]) <= 1
                            for o in self.trigs if o.start >= d.end - base)
                )]
                if opener and all(
                    d.end - base <= t.start and _RELATIVE_BEFORE_DATE.search(self.low, opener[0].end - base,
                                                                             d.start - base)
                    for d in in_clause if d is not opener[0]
                ):
                    in_clause = opener[:1]
            if len(in_clause) > 1 and m.mode == "nominal":
                # "a firefight in 2009 and the sinking of the corvette Cheonan in 2010": an event noun is dated by
                # the date that ends its own phrase, not by the one ending the item before it
                phrase_end = max(t.end, m.char_end - base)
                own = [d for d in in_clause if d.start - base >= phrase_end
                       and _words(self.low[phrase_end : d.start - base]) <= 4
                       and not re.search(r"[,;]", self.low[phrase_end : d.start - base])]
                if own:
                    in_clause = own
            if len(in_clause) > 1 and m.status == "happened" and _NOT_BEFORE.search(
                self.low, max(clause, t.start - 16), t.start
            ):  # "cut the hotline in March and did not switch it back on until June": June, not the first verb's date
                until = [d for d in in_clause if d.relative_to == "until" and d.start - base >= t.end
                         and _words(self.low[t.end : d.start - base]) <= 6]
                in_clause = until or in_clause
            if in_clause:
                pick = min(in_clause, key=lambda d: _distance(d, t, base))
                opener = [d for d in in_clause if d.end <= pick.start
                          and _OPEN_THEN_RUN.fullmatch(self.low, d.end - base, pick.start - base)]
                if opener:  # ("which was to open in Seoul on Tuesday and run through Friday": the opening day)
                    pick = opener[-1]
                if (
                    when is not None and pick.precision == "year" and when.precision in ("day", "month")
                    and pick.date <= when.date and when.date_end <= pick.date_end
                ):  # ("came on Nov. 21, when the North made its third launch attempt this year": the day the "when"
                    # clause hangs on, not a year inside it that holds that day)
                    pick = when
                if pick.precision in ("month", "year") and pick.date.day == 1 and (
                    (pick.date_end + dt.timedelta(days=1)).day == 1
                    or pick.precision == "year" and pick.date.month == 1  # ("Earlier this year": up to the story)
                ):
                    # "In March, the North switched off the line on March 9", "In 2013 the North cut the line on
                    # March 27", "Earlier this year, the North severed the line on March 9": a day (or a month) of
                    # that period in the clause tells when
                    finer = ("day",) if pick.precision == "month" else ("day", "month")
                    days = [d for d in in_clause if d.precision in finer and pick.date <= d.date <= pick.date_end
                            and self._same_phrase_day(d, t)]
                    if days:
                        pick = min(days, key=lambda d: _distance(d, t, base))
                    else:  # ("Talks last month broke up after just 22 minutes, on April 21": a day told after a
                        # comma as an afterthought, past the clause, names the day of that month)
                        days = [d for d in dates if d.precision in finer and pick.date <= d.date <= pick.date_end
                                and d.start - base >= t.end and _AFTERTHOUGHT_DAY.search(self.low, 0, d.start - base)
                                and not _EVENT_AFTER.search(self.low, t.end, d.start - base)
                                and self._same_phrase_day(d, t)]
                        if days:
                            pick = days[0]
            elif (
                b is not None and _ATTACHED.match(self.text, b.start()) and when is None
                # ("did not answer ..., noting it was the first time it had failed to since the lines were restored
                # in 2018": the "since" clause dates the last time, not this one)
                and not _FIRST_BEFORE_SINCE.search(self.low, max(clause, t.start - 60), b.start())
            ):
                # ("since February last year, when Seoul shut the park after a test in January": February)
                nxt = _BOUNDARY.search(self.text, b.end())
                stop = nxt.start() if nxt else len(self.text)
                then = _THEN_CLAUSE.search(self.low, b.end(), stop)  # "..., then sent her south two days later"
                if then is not None:
                    stop = then.start()
                attached = self._own_plan_days([d for d in dates if b.start() <= d.start - base < stop], t)
                if attached:
                    pick = min(attached, key=lambda d: _distance(d, t, base))
            if pick is None:  # ("since February last year, when Seoul shut the park after a test in January")
                pick = when
            if pick is None and not (m.status == "denied" and _PERFECT_NEGATION.search(self.low, clause, t.start)):
                # ("tours, suspended in July 2008, have not resumed": a denial up to now takes no other clause's date)
                other = [
                    d
                    for d in dates
                    if not (clause <= d.start - base < clause_end) and self._eligible(d, t, clause)
                ]
                if (
                    other and _AFTER_CLAUSE.match(self.low, clause) and self.low[:clause].rstrip().endswith(",")
                    and "," not in self.low[clause : t.start]
                ):
                    # "fired on Wednesday, ..., after Seoul suspended the deal": the suspension came before that
                    # day, on one the sentence does not give (a month or a year still holds it)
                    other = [d for d in other if d.precision != "day"]
                    if not other:
                        self._reported(m)
                        return
                if (lab_sub := self._label_opening_sub(t)) is not None and lab_sub[0] in other:
                    # "Feb. 11, 2016 -- A day after Seoul suspends operations, the North expels ...": the line's
                    # day dates the main clause after the opening clause, not a date counted in it
                    other = [lab_sub[0]]
                other = self._own_plan_days(other, t) or other
                if other:
                    pick = min(other, key=lambda d: _distance(d, t, base))
        if pick is None:
            pick = when
        if pick is not None and pick.precision in ("month", "week") and (finer := next((
            d for d in dates if _RESTATED_DAY.fullmatch(self.low, pick.end - base, d.start - base)
            and d.precision == "day" and pick.date <= d.date <= pick.date_end), None)) is not None:
            pick = finer  # "had resumed earlier this month, on March 3": the day that restates the month
        if pick is not None:
            date, date_end, precision, rule = pick.date, pick.date_end, pick.precision, pick.rule
            if (
                pick.rule == "month_day" and pick.year_inferred and m.category in _SETTLED_CATEGORIES
                and pick.start not in self._unsettled
            ):
                settled = _settle(m, date, self.ctx)
                if settled is not None:
                    self._settled[pick.text] = settled - date
                    if m.category in ("break", "restoration"):
                        self._settled_acts[pick.text] = settled - date
                    date, date_end, rule = settled, settled, "chronology"
                elif pick.text in self._settled_acts:
                    # ("On Feb. 11, Pyongyang expelled ..., froze their assets and cut the hotline": the day a break
                    # or a restoration settled is the same day for the verbs joined to it; not a meeting's day
                    # settled by a summit)
                    shift = self._settled_acts[pick.text]
                    date, date_end, rule = date + shift, date_end + shift, "chronology"
            elif pick.rule == "month_day" and pick.year_inferred and pick.text in self._settled_acts:
                shift = self._settled_acts[pick.text]  # (also for a verb of another category: "froze their assets")
                date, date_end, rule = date + shift, date_end + shift, "chronology"
            if rule != "chronology" and m.category in _SETTLED_CATEGORIES:
                # "skipped the call on Oct. 4 ... but picked up again that day": one year
                self._unsettled.add(pick.start)
            delta = self._settled.get(pick.relative_to) if pick.relative_to else None
            if delta:
                date, date_end, rule = date + delta, date_end + delta, f"{rule}+chronology"
            mirrored = self._mirror(pick, t)
            if mirrored is not None:
                date, date_end, rule = mirrored
            if (
                (m.status in _FUTURE_STATUSES or m.status == "hypothetical" and not _PERFECT_BEFORE.search(
                    self.low, max(0, t.start - 20), t.start))
                and pick.year_inferred
                # ("In January the parliament abolished ... . In a speech that month, Kim called for the links to be
                # cut": that January, whose year the sentence before settled)
                and not pick.anchored_before
                and date_end < self.ctx.today
                and pick.rule != "weekday_last"  # ("proposed talks last Thursday": past, whatever the plan)
                # ("The North may shut the office, Kim warned in a statement on Tuesday": the saying's day is past)
                and not (pick.start - base >= t.end and self._saying_after_day(pick, t))
                # ("Kim ordered the hotels torn down in October", "ordered the demolition of ... in October": the
                # order was given then; not "ordered the troops to withdraw in October")
                and not _ORDER_GIVEN.search(self.low, clause, t.start)
                # ("offered to reopen tours to Kaesong in March", an April article: the March just past, when the
                # offer was made, not the next one eleven months away)
                and not (pick.rule in ("month", "month_day") and (self.ctx.today - date_end).days <= _RECENT_DAYS)
                # ("In July, Seoul proposed that officers meet on July 21", a September article: a day of the month
                # the sentence opens with, which is past; not "agreed to launch commissions in November, and a
                # hotline is due that month": a month still ahead)
                and not (pick.rule == "month_day" and any(
                    d.end <= pick.start and d.rule == "month" and d.year_inferred and d.date <= date <= d.date_end
                    and _SENTENCE_OPENER.match(self.low, 0, d.start - base)
                    for d in self._date_mentions()
                ))
                and (
                    pick.start - base >= t.end or self._intended_date(pick, clause)
                    or self._will_after_date(pick, t)  # "On Monday, South Korea will break ground on restoring"
                    # "proposed on Thursday that the two sides meet on January 26 to discuss resuming tours": a day
                    # inside what was proposed
                    or _PROPOSED_THAT.search(self.low, clause, pick.start - base) is not None
                    # "talks that Seoul had proposed for Thursday will not take place": the Thursday ahead
                    or _SCHEDULED_FOR.search(self.low, max(0, pick.start - base - 48), pick.start - base) is not None
                )
                and not self._planned_back_then(pick, clause, t)
                and not _HELD_CEREMONY_FOR.search(self.low, clause, t.start)
                # ("broke ground on Wednesday on two railways": the groundbreaking is past, its object planned)
                and not (t.form.lemma == "break ground" and self.low.startswith("broke", t.start))
                and not (pick.start - base >= t.end and _AT_OCCASION_THEN.search(
                    self.low, max(t.end, pick.start - base - 70), pick.start - base))
                and not self._in_relative_after(pick, t)  # "..., which KCNA reported on Wednesday": no plan's date
                # "..., KCNA reported on Oct. 23": the day of a report, which is past
                and not _REPORTED_BEFORE.search(self.low, max(0, pick.start - base - 30), pick.start - base)
                and not _past_plan().search(self.low, clause, t.end)  # "had been due to open Monday"
                # "talks that were to open in Seoul on Aug. 3" (a December article): a plan of that August (not
                # "talks that were to open on Wednesday", put off the day before: the Wednesday ahead)
                # ("talks that were due to open on Thursday did not take place": the Thursday past)
                and not (_WERE_TO_OPEN.search(self.low, max(clause, t.start - 40), t.end)
                         and ((self.ctx.today - date_end).days > 31 or _past_after(self.low, pick.end - base)))
                # "ruled out talks on Saturday": a refusal stated in the past is dated by the day it was stated
                and not (m.action == "refuse talks" and t.form.participle)
            ):  # "could return to the talks as early as July" (a June article): next July, not last; "agreed to
                # hold a ceremony in late November for reconnecting the railways" (an October article): this one
                date, date_end, rule = _next_occurrence(pick, self.ctx.today)
            elif (
                (m.status in _FUTURE_STATUSES or m.status == "hypothetical") and m.mode == "nominal"
                and pick.end - base <= t.start
                and (ahead := self.adjusted.get(id(pick))) is not None
                and (date, date_end) == (pick.date, pick.date_end) and ahead.date > self.ctx.today
            ):  # "will send a delegation to Pyongyang on Feb. 27 for the first cabinet-level talks in seven months":
                # the day another verb of the sentence read ahead is ahead for the plan named after it too (and for
                # what it would be: "proposed talks on Jan. 9, which would be the first government talks since ...")
                date, date_end, rule = ahead.date, ahead.date_end, f"{rule}+next"
            elif (pick.year_inferred and not pick.anchored_before and date_end < self.ctx.today
                  and self._looks_ahead(m, t, pick)):
                # "proposed talks on Jan. 9" (3 Jan), "from Nov. 1" in a plan: the nearer reading is ahead
                nxt = _next_occurrence(pick, self.ctx.today)
                if (nxt[0] - self.ctx.today) < (self.ctx.today - date_end):
                    date, date_end, rule = nxt
            m.date, m.date_end, m.date_precision = date, date_end, precision
            m.date_text, m.date_rule = pick.text, rule
            if (date, date_end) != (pick.date, pick.date_end):
                self.adjusted[id(pick)] = replace(pick, date=date, date_end=date_end)
            self._offset_from_clause_after(m, t, pick)
            if _days_of_one_event(pick.text, date, date_end):
                # "will meet in Pyongyang on Nov. 27-29", "reunions from Oct. 20 to 26": the event is on its
                # first day (the span stays the date mention's)
                m.date_end, m.date_precision, m.date_rule = date, "day", f"{rule}_first_day"
            elif pick is when and pick.rule == "range" and (
                span := _range_part(pick.text, date, date_end, first=False)
            ) is not None:
                # "ran tours from 1998 until July 2008, when a soldier shot a tourist": the "when" clause hangs on
                # the span's last part
                m.date, m.date_end, m.date_precision = span
                m.date_rule = f"{rule}_end"
            elif m.category in ("break", "restoration") and (
                span := _range_part(pick.text, date, date_end, first=True)
            ) is not None and _SPAN_FROM.search(self.low, max(0, pick.start - base - 6), pick.start - base) and not any(
                t.end <= d.start - base < pick.start - base for d in self._dates or ()
            ):
                # "went silent from Aug. 10, 2021, until Oct. 4": the break is on the span's first day (and the
                # restoration on its last: _until_twin)
                m.date, m.date_end, m.date_precision = span
                m.date_rule = f"{rule}_start"
            return
        if m.status == "happened" and (told := self._antecedent_date(t)) is not None:
            # "On Oct. 2, officers held their first talks in eight months, which also broke up quickly": a relative
            # clause without a date of its own tells of the main clause's occasion
            m.take_date(told, f"{told.rule}_antecedent")
            return
        if m.status == "happened" and m.category == "break" and (began := self._state_began(t)) is not None:
            # "For eight months, the calls ... have gone unanswered": a state held for a span up to the report began
            # that span before it
            m.date, m.date_end, m.date_precision, m.date_text, m.date_rule = began
            return
        prev = self.ctx.prev_date
        if prev is not None and (
            m.status == "happened" or self.ctx.occasion
            # "On Thursday, the North said it would cut the line. It also threatened to bar South Koreans from
            # Kaesong": a saying that goes on from the one before is dated by it
            or m.status in ("announced", "threatened") and prev[2] == "day" and _goes_on_saying(self.low)
            # ("They met on Aug. 25. The two sides also agreed to hold reunions": agreed that day)
            or m.status == "planned" and prev[2] == "day" and prev[1] < self.ctx.published
            and _ALSO_AGREED.match(self.low) is not None  # (not the day set before: "agreed to meet on Sept. 25")
        ) and not _HAS_SINCE.search(
            self.low, max(0, t.start - 24), t.start
        ):  # (not "It has since rebuilt guard posts": some time between then and the story)
            m.date, m.date_end, m.date_precision, m.date_text = prev
            m.date_rule = "inherited"
            return
        self._reported(m)

    def _state_began(self, t: _Trig):
        """The start of a state the verb ``t`` tells in the present perfect for a span up to the report ("have gone
        unanswered for eight months", "For two years, the office has stood empty"): the month (or the year) that span
        before the publication, as (date, date_end, precision, text, rule); None without both."""
        span = _FOR_SPAN.search(self.low)
        if span is not None and span.end() <= t.start and _SINCE_CLAUSE.fullmatch(self.low, span.end(), t.start) and (
            _PERFECT_STATE.search(self.low, max(0, span.start() - 40), span.start())
        ):
            pass  # "It has been dead for 16 months, since the North cut it ...": what began the state began with it
        elif not _PERFECT_STATE.search(self.low, max(0, t.start - 30), t.end):
            return None
        elif span is None or _BOUNDARY.search(self.low, min(span.end(), t.start), max(span.start(), t.end)):
            return None
        from .dates import _patterns

        word = span.group("n")
        n = int(word) if word.isdigit() else 1 if word in ("a", "an") else _patterns().v.numbers.get(word)
        if not n:
            return None
        pub = self.ctx.published
        unit = span.group("unit")
        if unit == "year":
            year = pub.year - n
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", span.group().strip(), "state_for_span"
        months = n if unit == "month" else 0
        day = pub - dt.timedelta(weeks=n) if unit == "week" else pub
        y, mo = divmod(day.year * 12 + day.month - 1 - months, 12)
        start = dt.date(y, mo + 1, 1)
        end = dt.date(y, mo + 1, calendar.monthrange(y, mo + 1)[1])
        return start, end, "month", span.group().strip(), "state_for_span"

    def _reported(self, m: Mention) -> None:
        """No date words for ``m``: it is dated by the publication (precision ``reported``)."""
        m.date = m.date_end = self.ctx.published
        m.date_precision, m.date_text, m.date_rule = "reported", None, "reported"
